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

// The report's cross-references (「中文版见 C-SimpleQA」) say what a section is to another, in the
// words a reader asks for it with.
func TestPointed(t *testing.T) {
	_, ix := sharedIndex(t)
	for _, c := range []struct {
		question string
		anchors  []string
		want     string
	}{
		{"那它的中文版有多少道题", []string{"bench-simpleqa"}, "bench-c-simpleqa"},
		{"它有多语言翻译版吗", []string{"bench-gsm8k"}, "bench-mgsm"},
		{"它有多少道题", []string{"bench-simpleqa"}, ""},          // asks for no relation
		{"那它的中文版有多少道题", []string{"bench-gpqa-diamond"}, ""}, // which points to none
	} {
		if got, _ := ix.Pointed(c.question, c.anchors); got != c.want {
			t.Errorf("Pointed(%q, %v) = %q, want %q", c.question, c.anchors, got, c.want)
		}
	}
}

// An entry named only as what the subject is measured against (after 比) is not what the
// question is about.
func TestMeasuredAgainstComesSecond(t *testing.T) {
	_, ix := sharedIndex(t)
	for _, c := range []struct{ q, first string }{
		{"dpo是啥，为啥说它比rlhf省事", "term-dpo"},
	} {
		res := mustSearch(t, ix, Query{Text: c.q})
		if len(res.Hits) == 0 || res.Hits[0].Anchor != c.first {
			t.Errorf("%s: top %v; want %s first", c.q, topAnchors(res, 3), c.first)
		}
	}
	if got := ix.measuredAgainst("dpo比rlhf省事，rlhf是啥"); len(got) != 0 {
		t.Errorf("measuredAgainst counts an entry also named on its own: %v", got)
	}
}
