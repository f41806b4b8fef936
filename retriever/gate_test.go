package retriever

import (
	"regexp"
	"testing"
)

// A gate admits every text its expression matches, whatever the case of the letters (the
// Kelvin sign and the long s match k and s under (?i)), and passes over texts that lack what
// every match holds.
func TestGateAdmitsWhatItsExpressionMatches(t *testing.T) {
	for _, c := range []struct {
		pattern string
		text    string
		admit   bool // for a text the expression does not match: does the gate still admit it?
	}{
		{`(?i)哪(?:个|家)\s*(?:ai|大模型)\s*(?:最)?(?:好用|合适)`, "写周报哪个AI最好用", true},
		{`(?i)哪(?:个|家)\s*(?:ai|大模型)\s*(?:最)?(?:好用|合适)`, "哪家大模型合适", true},
		{`(?i)哪(?:个|家)\s*(?:ai|大模型)\s*(?:最)?(?:好用|合适)`, "哪个手机好用", false},
		{`(?i)哪(?:个|家)\s*(?:ai|大模型)\s*(?:最)?(?:好用|合适)`, "今天天气好", false},
		{`(?i)(?:mac|windows)\s*(?:电脑)?上`, "WINDOWS上能装吗", true},
		{`(?i)(?:mac|windows)\s*(?:电脑)?上`, "电脑上能装吗", false},
		{`(?i)kimi`, "\u212aIMI", true}, // the Kelvin sign
		{`(?i)sora`, "\u017fORA", true}, // the long s
		{`(?:还有前途|有前途)[^。]{0,8}(?:ai|机器)`, "这行有前途吗 ai来了", true},
		{`(?:还有前途|有前途)[^。]{0,8}(?:ai|机器)`, "这行有前途吗", false},
		{`(?:数据|语料)(?:快|都)?(?:用|吃)(?:光|完)`, "数据快用光了", true},
		{`(?:数据|语料)(?:快|都)?(?:用|吃)(?:光|完)`, "数据很多", false},
		{`\p{Han}{2,}`, "任何文字", true}, // nothing every match holds: no gate
		{`a*`, "", true},
	} {
		re := regexp.MustCompile(c.pattern)
		g := gateOf(re)
		got := g.admits(readable(c.text))
		if re.MatchString(c.text) {
			if !got {
				t.Errorf("%s matches %q, but its gate %v passes over it", c.pattern, c.text, g)
			}
			continue
		}
		if got != c.admit {
			t.Errorf("gate %v of %s admits %q = %v, want %v", g, c.pattern, c.text, got, c.admit)
		}
	}
}
