package web_test

import (
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"llmtutor/corpus"
)

func hasClass(n *html.Node, c string) bool {
	v, _ := attr(n, "class")
	for _, f := range strings.Fields(v) {
		if f == c {
			return true
		}
	}
	return false
}

// TestChapterNavigationMarkup: a chapter's 「本页目录」 lists each of its sections, each section
// has 「就本节提问」 asking the chat about it, and each table is a named, focusable region.
func TestChapterNavigationMarkup(t *testing.T) {
	f := sharedFixture(t)
	for _, c := range f.report.Chapters {
		t.Run(c.Slug, func(t *testing.T) {
			p := get(t, f.ts.URL+"/report/"+c.Slug)
			got := ids(p.doc)
			toc := map[string]bool{}
			if nav := got["page-toc"]; nav != nil {
				elements(nav, func(n *html.Node) {
					if h, ok := attr(n, "href"); ok && n.Data == "a" {
						toc[h] = true
					}
				})
			}
			var headed int
			for _, sec := range c.Sections {
				if sec.Level == 1 {
					continue
				}
				headed++
				if len(c.Sections) > 2 && !toc["#"+sec.Anchor] {
					t.Errorf("the contents lack #%s", sec.Anchor)
				}
				el := got[sec.Anchor]
				if el == nil {
					continue
				}
				var ask string
				elements(el, func(n *html.Node) {
					if hasClass(n, "sec-ask") && ask == "" {
						ask, _ = attr(n, "href")
					}
				})
				u, err := url.Parse(ask)
				if err != nil || u.Path != "/" || u.Query().Get("about") != sec.Anchor {
					t.Errorf("#%s: 就本节提问 links to %q, want /?ask=…&about=%s", sec.Anchor, ask, sec.Anchor)
					continue
				}
				q := u.Query().Get("ask")
				switch sec.Kind {
				case corpus.KindTerm, corpus.KindBenchmark, corpus.KindMetric, corpus.KindEval, corpus.KindModel:
					if !strings.HasSuffix(q, "是什么？") {
						t.Errorf("#%s: entry question %q, want 「……是什么？」", sec.Anchor, q)
					}
				default:
					if !strings.HasPrefix(q, "讲讲") {
						t.Errorf("#%s: section question %q, want 「讲讲……」", sec.Anchor, q)
					}
				}
				if strings.Contains(q, "（") || strings.Contains(q, "  ") {
					t.Errorf("#%s: question %q carries the title's gloss or a double space", sec.Anchor, q)
				}
			}
			if headed > 1 && len(toc) == 0 {
				t.Error("no 本页目录")
			}
			labels := map[string]bool{}
			elements(p.doc, func(n *html.Node) {
				if n.Data != "table" {
					return
				}
				w := n.Parent
				tab, _ := attr(w, "tabindex")
				label, _ := attr(w, "aria-label")
				role, _ := attr(w, "role")
				if !hasClass(w, "table-wrap") || tab != "0" || role != "region" || !strings.HasPrefix(label, "表格：") {
					t.Errorf("a table's wrapper is not a focusable, named region: class/tabindex/role/label %v", w.Attr)
				}
				if labels[label] {
					t.Errorf("two tables are both named %q", label)
				}
				labels[label] = true
			})
		})
	}
}

// TestWholeReport: /report/all holds the contents, every chapter with every section and block,
// and the bibliography, with each id once and links kept within the page.
func TestWholeReport(t *testing.T) {
	f := sharedFixture(t)
	p := get(t, f.ts.URL+"/report/all")
	if p.status != http.StatusOK {
		t.Fatalf("status %d", p.status)
	}
	count := map[string]int{}
	elements(p.doc, func(n *html.Node) {
		if id, ok := attr(n, "id"); ok {
			count[id]++
		}
	})
	for id, n := range count {
		if n > 1 {
			t.Errorf("id %q appears %d times", id, n)
		}
	}
	for _, c := range f.report.Chapters {
		if count["chapter-"+c.Slug] != 1 {
			t.Errorf("no chapter-%s", c.Slug)
		}
		for _, s := range c.Sections {
			if count[s.Anchor] != 1 {
				t.Errorf("section #%s missing", s.Anchor)
			}
			for _, b := range s.Blocks {
				if count[b.ID] != 1 {
					t.Errorf("block #%s missing", b.ID)
				}
			}
		}
	}
	for _, s := range f.report.Sources {
		if count["src-"+s.Key] != 1 {
			t.Errorf("source src-%s missing from the bibliography", s.Key)
		}
	}
	elements(p.doc, func(n *html.Node) {
		h, _ := attr(n, "href")
		if n.Data == "a" && hasAncestor(n, "main") && (strings.HasPrefix(h, "/report/") || strings.HasPrefix(h, "/sources")) {
			t.Errorf("a link leaves the page for %q; the whole report links within itself", h)
		}
	})
}

// TestSearchShowsCountAndMarks: a search says how many passages it found, marks the query in
// each excerpt and offers to ask the tutor.
func TestSearchShowsCountAndMarks(t *testing.T) {
	f := sharedFixture(t)
	p := get(t, f.ts.URL+"/search?q="+url.QueryEscape("混合专家"))
	var count string
	var marks, hits, asks int
	elements(p.doc, func(n *html.Node) {
		switch {
		case hasClass(n, "search-count"):
			count = textOf(n)
		case n.Data == "mark":
			marks++
			if m := textOf(n); m != "混合专家" && m != "混合" && m != "专家" {
				t.Errorf("marked %q", m)
			}
		case n.Data == "li" && n.Parent != nil && hasClass(n.Parent, "results"):
			hits++
		case hasClass(n, "ask-tutor"):
			h, _ := attr(n, "href")
			if u, err := url.Parse(h); err != nil || u.Path != "/" || u.Query().Get("ask") == "" {
				t.Errorf("问导师 links to %q", h)
			}
			asks++
		}
	})
	if !strings.Contains(count, "找到") || !strings.Contains(count, strconv.Itoa(hits)) {
		t.Errorf("the count says %q for %d hits", count, hits)
	}
	if marks < hits {
		t.Errorf("%d marks in %d hits", marks, hits)
	}
	if asks < 2 {
		t.Errorf("%d 问导师 links", asks)
	}
}

// TestGlossaryFilter: the glossary filters by query and by category on the server (the page's
// script does the same as one types), and names the categories in tabs.
func TestGlossaryFilter(t *testing.T) {
	f := sharedFixture(t)
	cat := f.report.Terms()[0].Parent.Title
	tests := []struct {
		name, query string
		keep        func(title, def, cat string) bool
	}{
		{"all", "", func(string, string, string) bool { return true }},
		{"query", "q=" + url.QueryEscape("注意力"), func(ti, de, _ string) bool { return strings.Contains(ti+" "+de, "注意力") }},
		{"latin query any case", "q=moe", func(ti, de, _ string) bool { return strings.Contains(strings.ToLower(ti+" "+de), "moe") }},
		{"category", "cat=" + url.QueryEscape(cat), func(_, _, c string) bool { return c == cat }},
		{"unknown category shows all", "cat=nope", func(string, string, string) bool { return true }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := get(t, f.ts.URL+"/glossary?"+tc.query)
			var shown, hidden, tabs int
			elements(p.doc, func(n *html.Node) {
				if n.Data == "a" && n.Parent != nil && n.Parent.Parent != nil && hasClass(n.Parent.Parent, "cat-tabs") {
					tabs++
				}
				if n.Data != "div" || n.Parent == nil || !hasClass(n.Parent, "glossary") {
					return
				}
				_, isHidden := attr(n, "hidden")
				var title, def string
				elements(n, func(m *html.Node) {
					if m.Data == "dt" {
						title = textOf(m)
					}
					if m.Data == "dd" {
						def = textOf(m)
					}
				})
				c, _ := attr(n, "data-cat")
				if want := tc.keep(title, def, c); want == isHidden {
					t.Errorf("%q: hidden=%v, want %v", title, isHidden, !want)
				}
				if isHidden {
					hidden++
				} else {
					shown++
				}
			})
			if shown == 0 || shown+hidden != len(f.report.Terms()) {
				t.Errorf("%d shown + %d hidden, want some of %d", shown, hidden, len(f.report.Terms()))
			}
			if tabs < 3 {
				t.Errorf("%d category tabs", tabs)
			}
			if !strings.Contains(p.body, strconv.Itoa(shown)) {
				t.Errorf("the page does not say how many are shown (%d)", shown)
			}
		})
	}
}

// TestSourcesBackToText: each cited source offers 「返回正文」 to the first passage citing it,
// and names its type in Chinese.
func TestSourcesBackToText(t *testing.T) {
	f := sharedFixture(t)
	p := get(t, f.ts.URL+"/sources")
	got := ids(p.doc)
	english := map[string]bool{"paper": true, "docs": true, "announcement": true, "blog": true, "repo": true}
	var backs int
	for _, s := range f.report.Sources {
		li := got["src-"+s.Key]
		if li == nil {
			continue
		}
		elements(li, func(n *html.Node) {
			if hasClass(n, "back") {
				backs++
				h, _ := attr(n, "href")
				u, err := url.Parse(h)
				if err != nil || !strings.HasPrefix(u.Path, "/report/") || u.Query().Get("hl") != u.Fragment || got[u.Fragment] != nil {
					t.Errorf("src-%s: 返回正文 links to %q", s.Key, h)
				}
			}
			if hasClass(n, "type") && english[textOf(n)] {
				t.Errorf("src-%s: type %q in English", s.Key, textOf(n))
			}
		})
	}
	if backs < len(f.report.Sources)*9/10 {
		t.Errorf("only %d of %d sources lead back to the text", backs, len(f.report.Sources))
	}
}
