package retriever

import "testing"

func TestSpokenNames(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"那个拉玛四是哪家的", "那个 llama 4 是哪家的"},
		{"拉玛3.1支持中文吗", " llama 3.1 支持中文吗"},
		{"欧三迷你能看图吗", " o3-mini 能看图吗"},
		// An o-series name without 「迷你」 is one beside a name said in full.
		{"欧三迷你跟欧一比", " o3-mini 跟 o1 比"},
		// The same characters that are no model's name stay as they are.
		{"泰国拉玛四世是谁", "泰国拉玛四世是谁"},
		{"欧三排放标准是什么", "欧三排放标准是什么"},
		{"拉玛是哪里", "拉玛是哪里"},
		{"欧洲杯谁赢了", "欧洲杯谁赢了"},
	} {
		if got := spokenNames(c.in); got != c.want {
			t.Errorf("spokenNames(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// A dictated model name finds the model's entry.
func TestSpokenNameFindsTheModel(t *testing.T) {
	_, ix := sharedIndex(t)
	for _, c := range []struct{ q, anchor string }{
		{"那个拉玛四是哪家的开源的吗", "model-llama-4"},
		{"欧三迷你能看图吗", "model-o3-mini"},
	} {
		res := mustSearch(t, ix, Query{Text: c.q})
		if !res.Covered || len(res.Hits) == 0 || res.Hits[0].Anchor != c.anchor {
			t.Errorf("%s: covered %v, top %v; want %s first", c.q, res.Covered, topAnchors(res, 3), c.anchor)
		}
	}
}
