package tutor

import (
	"errors"
	"strings"
	"testing"
)

func TestMarkerFilter(t *testing.T) {
	tests := []struct {
		name   string
		n      int      // passages retrieved
		writes []string // the stream, as it arrives
		after  []string // all text let through after each write
		final  string   // all text after Flush
	}{
		{"marker split in three", 5, []string{"答案[", "1", "]。"}, []string{"答案", "答案", "答案[1]。"}, "答案[1]。"},
		{"invalid marker split", 5, []string{"甲[", "9", "]乙"}, []string{"甲", "甲", "甲乙"}, "甲乙"},
		{"zero", 5, []string{"甲[0]乙"}, []string{"甲乙"}, "甲乙"},
		{"adjacent markers", 5, []string{"甲[2][", "3]"}, []string{"甲[2]", "甲[2][3]"}, "甲[2][3]"},
		{"listed markers", 5, []string{"甲[1, 2]"}, []string{"甲[1][2]"}, "甲[1][2]"},
		{"listed with an invalid one", 5, []string{"甲[1，", "7、3]"}, []string{"甲", "甲[1][3]"}, "甲[1][3]"},
		{"all listed invalid", 2, []string{"甲[3,4]乙"}, []string{"甲乙"}, "甲乙"},
		{"last valid passage", 5, []string{"[5]"}, []string{"[5]"}, "[5]"},
		{"full-width brackets", 5, []string{"甲［", "2］"}, []string{"甲", "甲[2]"}, "甲[2]"},
		{"note bracket", 5, []string{"[注]", "甲"}, []string{"[注]", "[注]甲"}, "[注]甲"},
		{"note bracket split", 5, []string{"[", "注", "]"}, []string{"", "[注", "[注]"}, "[注]"},
		{"empty bracket", 5, []string{"[]"}, []string{"[]"}, "[]"},
		{"link text", 5, []string{"见 [GPQA](x)"}, []string{"见 [GPQA](x)"}, "见 [GPQA](x)"},
		{"too long to be a marker", 5, []string{"[1 2 3 4 5 6 7 8 9"}, []string{"[1 2 3 4 5 6 7 8 9"}, "[1 2 3 4 5 6 7 8 9"},
		{"stream ends inside a bracket", 5, []string{"答案[", "1"}, []string{"答案", "答案"}, "答案[1"},
		{"stream ends on an open bracket", 5, []string{"答案["}, []string{"答案"}, "答案["},
		{"no brackets", 5, []string{"甲", "乙"}, []string{"甲", "甲乙"}, "甲乙"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got strings.Builder
			f := newMarkerFilter(tt.n, func(s string) error {
				got.WriteString(s)
				return nil
			})
			for i, w := range tt.writes {
				if err := f.Write(w); err != nil {
					t.Fatalf("Write(%q): %v", w, err)
				}
				if got.String() != tt.after[i] {
					t.Errorf("after Write(%q): %q, want %q", w, got.String(), tt.after[i])
				}
			}
			if err := f.Flush(); err != nil {
				t.Fatalf("Flush: %v", err)
			}
			if got.String() != tt.final {
				t.Errorf("after Flush: %q, want %q", got.String(), tt.final)
			}
			if err := f.Flush(); err != nil || got.String() != tt.final {
				t.Errorf("a second Flush changed the text to %q (%v)", got.String(), err)
			}
		})
	}
}

func TestMarkerFilterOutputError(t *testing.T) {
	stop := errors.New("stop")
	tests := []struct {
		name  string
		write string
		flush bool
	}{
		{"plain text", "甲乙", false},
		{"marker", "[1]", false},
		{"text before a marker", "甲[1]", false},
		{"held-back text", "[1", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			calls := 0
			f := newMarkerFilter(5, func(string) error {
				calls++
				return stop
			})
			err := f.Write(tt.write)
			if tt.flush {
				if err != nil {
					t.Fatalf("Write(%q) = %v; nothing should have been let through", tt.write, err)
				}
				err = f.Flush()
			}
			if !errors.Is(err, stop) {
				t.Errorf("got %v, want the output's error", err)
			}
			if calls != 1 {
				t.Errorf("output called %d times after it failed once", calls)
			}
		})
	}
}
