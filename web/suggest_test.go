package web_test

import (
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
	"testing"
)

func suggest(t *testing.T, base string, anchors ...string) (int, []string) {
	t.Helper()
	q := url.Values{"anchor": anchors}
	resp, err := http.Get(base + "/api/suggest?" + q.Encode())
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		t.Errorf("Content-Type %q, want JSON", ct)
	}
	var body struct {
		Questions []string `json:"questions"`
		Error     string   `json:"error"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&body); err != nil {
		t.Fatalf("decoding: %v", err)
	}
	if resp.StatusCode == http.StatusOK && body.Questions == nil {
		t.Errorf("questions is null, want a list")
	}
	return resp.StatusCode, body.Questions
}

func TestSuggestAPI(t *testing.T) {
	f := sharedFixture(t)
	base := f.ts.URL

	// term-moe links to 路由器、稠密模型、激活参数、前馈网络、专家并行.
	code, qs := suggest(t, base, "term-moe")
	if code != http.StatusOK || len(qs) != 3 {
		t.Fatalf("term-moe: status %d, questions %q; want 3", code, qs)
	}
	sec, _ := f.report.Section("term-moe")
	for _, q := range qs {
		if !strings.HasPrefix(q, "什么是") || !strings.HasSuffix(q, "？") || strings.Contains(q, "（") {
			t.Errorf("question %q is not of the form 什么是X？", q)
		}
		if strings.Contains(q, "混合专家？") {
			t.Errorf("question %q asks about the cited entry itself (%s)", q, sec.Title)
		}
		name := strings.TrimSuffix(strings.TrimPrefix(q, "什么是"), "？")
		found := false
		for _, b := range sec.Blocks {
			if len(b.Items) > 0 && strings.HasPrefix(b.Items[0].Markdown, "相关概念") && strings.Contains(b.Items[0].Markdown, "["+name) {
				found = true
			}
		}
		if !found {
			t.Errorf("%q is not from term-moe's 相关概念 line", q)
		}
	}

	// Two entries: questions come from both, none repeated, none about a cited entry.
	code, qs = suggest(t, base, "term-moe", "term-rag", "term-moe")
	if code != http.StatusOK || len(qs) != 3 {
		t.Fatalf("two entries: status %d, questions %q", code, qs)
	}
	seen := map[string]bool{}
	for _, q := range qs {
		if seen[q] {
			t.Errorf("%q suggested twice", q)
		}
		seen[q] = true
	}

	// Entries with no 相关概念, unknown anchors and no anchors give an empty list.
	for _, as := range [][]string{{"bench-gpqa-diamond"}, {"no-such-entry"}, nil} {
		if code, qs := suggest(t, base, as...); code != http.StatusOK || len(qs) != 0 {
			t.Errorf("%q: status %d, questions %q; want 200 and none", as, code, qs)
		}
	}

	// Malformed anchors are refused.
	for _, a := range []string{"<script>", "term moe", "", "Term-MOE", strings.Repeat("a", 200), "../etc"} {
		if code, _ := suggest(t, base, a); code != http.StatusBadRequest {
			t.Errorf("anchor %q: status %d, want 400", a, code)
		}
	}

	// Only the first five anchors count: a sixth, malformed one is never read.
	as := []string{"bench-gpqa-diamond", "bench-gpqa-diamond", "bench-gpqa-diamond", "bench-gpqa-diamond", "bench-gpqa-diamond", "<bad>", "term-moe"}
	if code, qs := suggest(t, base, as...); code != http.StatusOK || len(qs) != 0 {
		t.Errorf("seven anchors: status %d, questions %q; want 200 and none (only five read)", code, qs)
	}
}
