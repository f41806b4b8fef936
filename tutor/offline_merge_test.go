package tutor

import (
	"context"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// TestOfflineAnswerLayout checks the layout of an offline answer: the direct answer first (one
// paragraph of cited sentences, or a comparison's labelled sides), at most two supporting
// excerpts of one sentence each, then 「更多原文」, where each section appears once, under its
// title, with the marker of its citation; no sentence is quoted twice.
func TestOfflineAnswerLayout(t *testing.T) {
	tu := newTutor(t, nil)
	tests := []struct {
		question string
		more     int // sections under 「更多原文」
	}{
		{"GPQA Diamond 是什么？", 2},
		{"什么是混合专家（MoE）？", 4},
		{"o3-mini 的越狱评测结果", 5}, // five passages from five sections: the jailbreak entry, its two evaluations, the arena and o3-mini
		{"RLHF 和 DPO 有什么区别", 4},
	}
	para := regexp.MustCompile(`^\*\*([^*]+)\*\*：(.+)$`)
	quoteMarker := regexp.MustCompile(`[^\s\[\]] \[(\d+)\]`)
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			evs, err := collect(context.Background(), tu, Request{Question: tt.question})
			if err != nil {
				t.Fatal(err)
			}
			answer := text(evs, EventToken)
			cites := citationsOf(t, evs)
			assertOfflineCitations(t, answer, cites, retrievalOf(t, evs).Passages)
			titleOf := map[int]string{}
			for _, c := range cites {
				titleOf[c.N] = c.Title
			}
			if strings.Count(answer, MoreHeading) != 1 {
				t.Fatalf("want one %s section:\n%s", MoreHeading, answer)
			}
			top, more, _ := strings.Cut(answer, "\n\n"+MoreHeading+"\n\n")
			ps := strings.Split(top, "\n\n")
			if len(ps) > 4 {
				t.Errorf("%d paragraphs before %s, want the answer, an optional contrast and at most two excerpts:\n%s", len(ps), MoreHeading, top)
			}
			for _, p := range ps {
				if !strings.HasSuffix(p, "]") {
					t.Errorf("a paragraph of the answer does not end with a marker: %q", p)
				}
			}
			for _, p := range ps[1:] {
				if n := len(quoteMarker.FindAllString(p, -1)); n != 1 && !strings.HasPrefix(p, "- ") {
					t.Errorf("a supporting excerpt quotes %d sentences, want one: %q", n, p)
				}
			}
			seen := map[string]bool{}
			sections := 0
			for _, p := range strings.Split(more, "\n\n") {
				m := para.FindStringSubmatch(p)
				if m == nil {
					t.Fatalf("paragraph under %s does not open with a bold title: %q", MoreHeading, p)
				}
				if seen[m[1]] {
					t.Errorf("section %q appears twice under %s", m[1], MoreHeading)
				}
				seen[m[1]] = true
				sections++
				ns := markersIn(m[2])
				if len(ns) != 1 || titleOf[ns[0]] != m[1] {
					t.Errorf("the quotes under %q carry markers %v, want the one of its citation", m[1], ns)
				}
				if !strings.HasSuffix(p, "]") {
					t.Errorf("the paragraph does not end with a marker: %q", p)
				}
			}
			if sections != tt.more {
				t.Errorf("%d sections under %s, want %d:\n%s", sections, MoreHeading, tt.more, more)
			}
			var all []string
			for _, c := range cites {
				all = append(all, strings.Split(c.Quote, "\n")...)
			}
			for _, s := range sentences(strings.NewReplacer("**", "", MoreHeading, "").Replace(markerInText.ReplaceAllString(answer, "\n"))) {
				if strings.Count(answer, s) > 1 && utf8Len(s) > 12 && slices.Contains(all, s) {
					t.Errorf("sentence quoted twice: %q", s)
				}
			}
		})
	}
}

func utf8Len(s string) int { return len([]rune(s)) }

// TestCitationCheckIgnoresLinkTargets checks that a Markdown link's address in a generated
// answer is not taken for a claim the cited passage must support; its text still is.
func TestCitationCheckIgnoresLinkTargets(t *testing.T) {
	ps := []Passage{{N: 1, Anchor: "term-hallucination", Title: "幻觉（Hallucination）", Text: "幻觉指模型生成流畅、自信，却与事实不符的内容。", URL: "/report/concepts-use#term-hallucination"}}
	cs := checkCitations("模型会产生[幻觉](/report/concepts-use#term-hallucination) [1]。", ps)
	if len(cs) != 1 || !cs[0].Supported {
		t.Errorf("a link to the report is taken for a claim: %+v", cs)
	}
	cs = checkCitations("[GPT-9](/report/x) 会产生幻觉 [1]。", ps)
	if len(cs) != 1 || cs[0].Supported || !slices.Contains(cs[0].Unsupported, "gpt-9") {
		t.Errorf("a link's text is no longer checked: %+v", cs)
	}
}
