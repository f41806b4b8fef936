package hans

import (
	"bufio"
	"encoding/json"
	"os"
	"testing"

	"github.com/longbridgeapp/opencc"
)

// TestRoundTripThroughTaiwanScript writes the project's own questions as a reader in Taiwan
// would (OpenCC's s2twp: traditional characters and Taiwan's words, 数据 as 資料, 窗口 as 視窗)
// and reads them back: nearly all must come back word for word. The few that may not are
// words both places use with another sense (文字, which the report more often calls 文本).
func TestRoundTripThroughTaiwanScript(t *testing.T) {
	cc, err := opencc.New("s2twp")
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Open("../../eval/questions.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	c := New()
	n, same := 0, 0
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var q struct{ Question string }
		if err := json.Unmarshal(sc.Bytes(), &q); err != nil || q.Question == "" {
			continue
		}
		tw, err := cc.Convert(q.Question)
		if err != nil {
			t.Fatal(err)
		}
		n++
		if got := c.Simplify(tw); got == q.Question {
			same++
		} else if testing.Verbose() {
			t.Logf("%s → %s → %s", q.Question, tw, got)
		}
	}
	if n < 300 || float64(same) < 0.98*float64(n) {
		t.Errorf("%d of %d questions came back as written; want at least 98%%", same, n)
	}
}
