package tutor

import (
	"context"
	"strings"
	"testing"
)

// TestAnswerCitesFigure: a question about what something looks like is answered from a figure,
// and the citation names the figure so the chat can show it.
func TestAnswerCitesFigure(t *testing.T) {
	tu := newTutor(t, nil)
	tests := []struct {
		question, figure string
	}{
		{"Transformer 长什么样？", "fig-transformer-block"},
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			evs, err := collect(context.Background(), tu, Request{Question: tt.question})
			if err != nil {
				t.Fatalf("Answer: %v", err)
			}
			var cited *Citation
			for _, c := range citationsOf(t, evs) {
				if c.Figure == tt.figure {
					cited = &c
				}
			}
			if cited == nil {
				t.Fatalf("no citation of %s: %+v", tt.figure, citationsOf(t, evs))
			}
			if want := "?hl=" + tt.figure + "#" + tt.figure; !strings.HasSuffix(cited.URL, want) {
				t.Errorf("citation URL %q does not open the figure (%s)", cited.URL, want)
			}
			if !strings.HasPrefix(cited.Text, "图 ") || !strings.Contains(text(evs, EventToken), "图 ") {
				t.Errorf("the figure's caption is not quoted: passage %q, answer %q", cited.Text, text(evs, EventToken))
			}
			for _, p := range retrievalOf(t, evs).Passages {
				if p.N == cited.N && p.Figure != tt.figure {
					t.Errorf("passage [%d] figure %q, want %q", p.N, p.Figure, tt.figure)
				}
			}
		})
	}
}
