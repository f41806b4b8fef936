package tutor

import (
	"context"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// TestOfflineAnswerGroupsPassagesOfOneSection checks that consecutive quotes from sections with
// the same title share one paragraph under one title, each quote still followed by its marker.
func TestOfflineAnswerGroupsPassagesOfOneSection(t *testing.T) {
	tu := newTutor(t, nil)
	tests := []struct {
		question   string
		paragraphs int // how many paragraphs the quotes take
	}{
		{"GPQA Diamond 是什么？", 1}, // three passages of one entry
		{"什么是混合专家（MoE）？", 2},     // two of one entry, then another section
		{"o3-mini 的越狱评测结果", 3},   // three different sections
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
			body, ok := strings.CutPrefix(answer, OfflineLabel)
			if !ok {
				t.Fatalf("no offline label: %q", answer)
			}
			ret := retrievalOf(t, evs)
			var used []Passage
			for _, p := range ret.Passages {
				if p.Used {
					used = append(used, p)
				}
			}
			ps := strings.Split(body, "\n\n")
			if len(ps) != tt.paragraphs {
				t.Fatalf("%d paragraphs, want %d:\n%s", len(ps), tt.paragraphs, body)
			}
			k := 0
			prevTitle := ""
			for _, p := range ps {
				m := para.FindStringSubmatch(p)
				if m == nil {
					t.Fatalf("paragraph does not open with a bold title: %q", p)
				}
				title := m[1]
				if title == prevTitle {
					t.Errorf("two paragraphs in a row are titled %q", title)
				}
				prevTitle = title
				if strings.Count(p, "**") != 2 {
					t.Errorf("the title is written more than once in %q", p)
				}
				var ns []int
				for _, mm := range quoteMarker.FindAllStringSubmatch(m[2], -1) {
					ns = append(ns, atoi(mm[1]))
				}
				if got := markersIn(p); !slices.Equal(got, ns) {
					t.Errorf("markers %v, but only %v directly follow a quote in %q", got, ns, p)
				}
				for _, n := range ns {
					if k >= len(used) || used[k].N != n || used[k].Title != title {
						t.Fatalf("marker [%d] under %q does not match used passage %d of %+v", n, title, k, used)
					}
					k++
				}
				if !strings.HasSuffix(p, "]") {
					t.Errorf("the paragraph does not end with a marker: %q", p)
				}
			}
			if k != len(used) {
				t.Errorf("%d markers for %d used passages", k, len(used))
			}
		})
	}
}

func atoi(s string) int {
	n := 0
	for _, r := range s {
		n = n*10 + int(r-'0')
	}
	return n
}

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
