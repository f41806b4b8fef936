package web_test

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// TestFigurePages: every figure is inlined into its chapter with its caption and the figures'
// stylesheet, and served alone (for the chat's thumbnails) as SVG under a CSP that allows nothing.
func TestFigurePages(t *testing.T) {
	f := sharedFixture(t)
	figs := f.report.Figures()
	if len(figs) < 12 {
		t.Fatalf("the report has %d figures, want at least 12", len(figs))
	}
	chapters := map[string]page{}
	for _, fig := range figs {
		slug := fig.Section.Chapter.Slug
		p, ok := chapters[slug]
		if !ok {
			p = get(t, f.ts.URL+"/report/"+slug)
			chapters[slug] = p
		}
		var el *html.Node
		elements(p.doc, func(n *html.Node) {
			if n.Data == "figure" && attrIs(n, "id", fig.Anchor) {
				el = n
			}
		})
		if el == nil {
			t.Errorf("/report/%s has no <figure id=%q>", slug, fig.Anchor)
			continue
		}
		var svg, caption bool
		elements(el, func(n *html.Node) {
			svg = svg || n.Data == "svg" && attrIs(n, "role", "img")
			caption = caption || n.Data == "figcaption" && strings.Contains(textOf(n), fig.Label())
		})
		if !svg || !caption {
			t.Errorf("%s: inlined svg %v, caption with %q %v", fig.Anchor, svg, fig.Label(), caption)
		}

		alone := get(t, f.ts.URL+"/figures/"+fig.Anchor+".svg")
		if alone.status != 200 || !strings.HasPrefix(alone.header.Get("Content-Type"), "image/svg+xml") {
			t.Errorf("/figures/%s.svg: status %d, type %q", fig.Anchor, alone.status, alone.header.Get("Content-Type"))
		}
		if csp := alone.header.Get("Content-Security-Policy"); !strings.HasPrefix(csp, "default-src 'none'") {
			t.Errorf("/figures/%s.svg: CSP %q, want default-src 'none'", fig.Anchor, csp)
		}
		if alone.body != fig.SVG {
			t.Errorf("/figures/%s.svg is not the sanitized figure", fig.Anchor)
		}
	}
	for slug, p := range chapters {
		if !strings.Contains(p.body, `<link rel="stylesheet" href="/static/figures.css?v=`) {
			t.Errorf("/report/%s does not link figures.css", slug)
		}
	}
	for _, path := range []string{"/figures/fig-nothing.svg", "/figures/fig-kv-cache", "/figures/..%2Fcorpus.go"} {
		if p := get(t, f.ts.URL+path); p.status != 404 {
			t.Errorf("GET %s: status %d, want 404", path, p.status)
		}
	}
	if p := get(t, f.ts.URL+"/"); !strings.Contains(p.body, `<script src="/static/figthumb.js?v=`) {
		t.Error("the chat page does not load figthumb.js")
	}
}

func attrIs(n *html.Node, key, want string) bool {
	v, ok := attr(n, key)
	return ok && v == want
}
