package retriever

import "testing"

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
