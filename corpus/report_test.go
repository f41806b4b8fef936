package corpus

import (
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestEmbeddedReportIsValid is the gate that keeps a broken report from shipping: every rule of
// corpus/README.md holds for the report compiled into the binary.
func TestEmbeddedReportIsValid(t *testing.T) {
	r, err := Embedded()
	if err != nil {
		t.Fatalf("parsing the embedded report: %v", err)
	}
	planned := plannedAnchors(t)
	for _, p := range r.Check() {
		msg := p.String()
		// A link to an entry that another writer is still writing is still an error, but say so,
		// so nobody deletes a good link to silence it.
		if i := strings.Index(p.Msg, `link to "#`); i >= 0 {
			anchor := strings.TrimSuffix(strings.TrimPrefix(p.Msg[i:], `link to "#`), `" points at no anchor`)
			if planned[anchor] {
				msg += " (the anchor is planned in corpus/plan: keep the link; it resolves once that entry is written)"
			}
		}
		t.Error(msg)
	}
}

func plannedAnchors(t *testing.T) map[string]bool {
	t.Helper()
	out := map[string]bool{}
	files, _ := filepath.Glob("plan/*.tsv")
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(string(data), "\n") {
			cols := strings.Split(line, "\t")
			for _, c := range cols {
				if strings.Contains(c, "-") && !strings.ContainsAny(c, " ,(") && !strings.HasPrefix(c, "#") {
					out[c] = true
				}
			}
		}
	}
	return out
}

func TestAskURL(t *testing.T) {
	tests := []struct{ q, about, want string }{
		{"混合专家是什么？", "term-moe", "/?ask=混合专家是什么？&about=term-moe"},
		{"inference 是什么意思？", "", "/?ask=inference+是什么意思？"},
		{"a&b=c#d%e+f?", "", "/?ask=a%26b%3Dc%23d%25e%2Bf%3F"},
		{"全角　空格\u200b", "", "/?ask=全角%E3%80%80空格%E2%80%8B"},
	}
	for _, tc := range tests {
		got := AskURL(tc.q, tc.about)
		if got != tc.want {
			t.Errorf("AskURL(%q, %q) = %q, want %q", tc.q, tc.about, got, tc.want)
		}
		u, err := url.Parse(got)
		if err != nil {
			t.Errorf("AskURL(%q): %v", tc.q, err)
			continue
		}
		if u.Query().Get("ask") != tc.q || u.Query().Get("about") != tc.about {
			t.Errorf("AskURL(%q, %q) reads back as ask=%q about=%q", tc.q, tc.about, u.Query().Get("ask"), u.Query().Get("about"))
		}
	}
}
