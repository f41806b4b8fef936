package web_test

import (
	"context"
	"encoding/json"
	"io"
	"mime"
	"net/http"
	"net/http/httptest"
	"net/url"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode"

	"golang.org/x/net/html"

	"llmtutor/corpus"
	"llmtutor/retriever"
	"llmtutor/tutor"
	"llmtutor/web"
)

// shared is built once for the whole package: the embedded report, its index, an offline tutor
// and a server with the default limits. Tests that need other limits or another tutor start
// their own server on the same index with startServer. TestMain (ws_test.go) closes it.
var shared struct {
	once   sync.Once
	err    error
	report *corpus.Report
	index  *retriever.Index
	tutor  *tutor.Tutor
	srv    *web.Server
	ts     *httptest.Server
	stop   func()
}

type fixture struct {
	report *corpus.Report
	index  *retriever.Index
	tutor  *tutor.Tutor // offline
	srv    *web.Server
	ts     *httptest.Server
}

func sharedFixture(t testing.TB) fixture {
	t.Helper()
	shared.once.Do(func() {
		r, err := corpus.Embedded()
		if err != nil {
			shared.err = err
			return
		}
		ix, err := retriever.Build(context.Background(), r, retriever.Options{})
		if err != nil {
			shared.err = err
			return
		}
		tu, err := tutor.New(tutor.Config{Index: ix})
		if err != nil {
			shared.err = err
			return
		}
		shared.report, shared.index, shared.tutor = r, ix, tu
		shared.srv, shared.ts, shared.stop = newServer(r, ix, tu, web.DefaultLimits)
	})
	if shared.err != nil {
		t.Fatalf("building the shared fixture: %v", shared.err)
	}
	return fixture{report: shared.report, index: shared.index, tutor: shared.tutor, srv: shared.srv, ts: shared.ts}
}

// closeShared shuts the shared server down the way cmd/tutor does: answers end, then every
// websocket connection is waited for.
func closeShared() {
	if shared.stop != nil {
		shared.stop()
	}
}

// newServer starts a web.Server on 127.0.0.1. stop cancels its answers, closes the listener
// and waits for every websocket connection to end.
func newServer(r *corpus.Report, ix *retriever.Index, tu *tutor.Tutor, limits web.Limits) (*web.Server, *httptest.Server, func()) {
	ctx, cancel := context.WithCancel(context.Background())
	srv := web.New(ctx, web.Config{Report: r, Tutor: tu, Index: ix, Limits: limits})
	ts := httptest.NewServer(srv.Handler())
	var once sync.Once
	stop := func() {
		once.Do(func() {
			cancel()
			ts.Close()
			srv.Wait()
		})
	}
	return srv, ts, stop
}

// startServer is newServer for one test, stopped when the test ends; a server whose
// connections do not end within 10 s fails the test.
func startServer(t *testing.T, tu *tutor.Tutor, limits web.Limits) (*web.Server, *httptest.Server) {
	t.Helper()
	f := sharedFixture(t)
	if tu == nil {
		tu = f.tutor
	}
	srv, ts, stop := newServer(f.report, f.index, tu, limits)
	t.Cleanup(func() {
		done := make(chan struct{})
		go func() { stop(); close(done) }()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			t.Errorf("the server's websocket connections did not end within 10 s of shutdown")
		}
	})
	return srv, ts
}

// limitsWith returns the default limits changed by f; web.New replaces a zero Limits whole, so
// tests never pass a partly filled one.
func limitsWith(f func(*web.Limits)) web.Limits {
	l := web.DefaultLimits
	l.AllowedOrigins = nil
	if f != nil {
		f(&l)
	}
	return l
}

// ---- HTTP and HTML helpers ----

type page struct {
	url    string
	status int
	header http.Header
	body   string
	doc    *html.Node // nil unless the response is HTML
}

func get(t testing.TB, rawURL string) page {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, rawURL, nil)
	if err != nil {
		t.Fatal(err)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatalf("GET %s: %v", rawURL, err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatalf("GET %s: reading the body: %v", rawURL, err)
	}
	p := page{url: rawURL, status: resp.StatusCode, header: resp.Header, body: string(b)}
	if mt, _, _ := mime.ParseMediaType(resp.Header.Get("Content-Type")); mt == "text/html" {
		doc, err := html.Parse(strings.NewReader(p.body))
		if err != nil {
			t.Fatalf("GET %s: parsing the HTML: %v", rawURL, err)
		}
		p.doc = doc
	}
	return p
}

// elements calls f for every element of the document, in document order.
func elements(n *html.Node, f func(*html.Node)) {
	if n == nil {
		return
	}
	if n.Type == html.ElementNode {
		f(n)
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		elements(c, f)
	}
}

func attr(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Namespace == "" && a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

// ids maps every id in the document to its element.
func ids(doc *html.Node) map[string]*html.Node {
	out := map[string]*html.Node{}
	elements(doc, func(n *html.Node) {
		if id, ok := attr(n, "id"); ok {
			out[id] = n
		}
	})
	return out
}

// hasAncestor reports whether n lies inside an element with the given id.
func hasAncestor(n *html.Node, id string) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if v, ok := attr(p, "id"); ok && v == id {
			return true
		}
	}
	return false
}

func hasHan(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Han, r) {
			return true
		}
	}
	return false
}

// sitePages are the pages a reader can reach, with every chapter.
func sitePages(f fixture) []string {
	paths := []string{"/", "/report", "/glossary", "/sources", "/about", "/search?q=" + url.QueryEscape("混合专家"), "/search?q=", "/report/no-such-chapter", "/no-such-page"}
	for _, c := range f.report.Chapters {
		paths = append(paths, "/report/"+c.Slug)
	}
	return paths
}

// ---- tests ----

func TestChapterPagesCarryEveryAnchorAndBlock(t *testing.T) {
	f := sharedFixture(t)
	if len(f.report.Chapters) == 0 {
		t.Fatal("the embedded report has no chapters")
	}
	for _, c := range f.report.Chapters {
		t.Run(c.Slug, func(t *testing.T) {
			p := get(t, f.ts.URL+"/report/"+c.Slug)
			if p.status != http.StatusOK {
				t.Fatalf("status %d, want 200", p.status)
			}
			got := ids(p.doc)
			var blocks int
			for _, sec := range c.Sections {
				if sec.Anchor == "" {
					t.Errorf("section %q (line %d) has no anchor", sec.Title, sec.Line)
					continue
				}
				el, ok := got[sec.Anchor]
				if !ok {
					t.Errorf("no element with id=%q (section %q)", sec.Anchor, sec.Title)
				} else if el.Data != "section" {
					t.Errorf("id=%q is on a <%s>, want the <section>", sec.Anchor, el.Data)
				}
				for _, b := range sec.Blocks {
					blocks++
					el, ok := got[b.ID]
					if !ok {
						t.Errorf("no element with id=%q (block of section %q, line %d)", b.ID, sec.Anchor, b.Line)
						continue
					}
					if !hasAncestor(el, sec.Anchor) {
						t.Errorf("block %q is not inside its section #%s", b.ID, sec.Anchor)
					}
				}
			}
			if blocks == 0 {
				t.Errorf("chapter %q rendered no blocks", c.Slug)
			}
			if !strings.Contains(p.body, html.EscapeString(c.Title)) {
				t.Errorf("the page does not show the chapter title %q", c.Title)
			}
		})
	}
}

func TestTableOfContents(t *testing.T) {
	f := sharedFixture(t)
	p := get(t, f.ts.URL+"/report")
	if p.status != http.StatusOK {
		t.Fatalf("status %d, want 200", p.status)
	}
	hrefs := map[string]bool{}
	elements(p.doc, func(n *html.Node) {
		if h, ok := attr(n, "href"); ok && n.Data == "a" {
			hrefs[h] = true
		}
	})
	for _, c := range f.report.Chapters {
		if !hrefs["/report/"+c.Slug] {
			t.Errorf("no link to chapter /report/%s", c.Slug)
		}
		for _, s := range c.Sections {
			if s.Level == 2 && !hrefs["/report/"+c.Slug+"#"+s.Anchor] {
				t.Errorf("no link to section /report/%s#%s", c.Slug, s.Anchor)
			}
		}
	}
}

func TestGlossaryListsEveryTerm(t *testing.T) {
	f := sharedFixture(t)
	terms := f.report.Terms()
	if len(terms) == 0 {
		t.Fatal("the report has no term- entries")
	}
	p := get(t, f.ts.URL+"/glossary")
	if p.status != http.StatusOK {
		t.Fatalf("status %d, want 200", p.status)
	}
	got := ids(p.doc)
	for _, term := range terms {
		el, ok := got["g-"+term.Anchor]
		if !ok {
			t.Errorf("no element with id=g-%s", term.Anchor)
			continue
		}
		var link string
		elements(el, func(n *html.Node) {
			if h, ok := attr(n, "href"); ok && link == "" {
				link = h
			}
		})
		if want := corpus.SectionURL(term); link != want {
			t.Errorf("g-%s links to %q, want %q", term.Anchor, link, want)
		}
	}
}

func TestSourcesListsEveryTitleAndURL(t *testing.T) {
	f := sharedFixture(t)
	if len(f.report.Sources) == 0 {
		t.Fatal("the report has no sources")
	}
	p := get(t, f.ts.URL+"/sources")
	if p.status != http.StatusOK {
		t.Fatalf("status %d, want 200", p.status)
	}
	type link struct{ text, rel string }
	byURL := map[string][]link{}
	elements(p.doc, func(n *html.Node) {
		if h, ok := attr(n, "href"); ok && n.Data == "a" {
			rel, _ := attr(n, "rel")
			byURL[h] = append(byURL[h], link{strings.TrimSpace(textOf(n)), rel})
		}
	})
	got := ids(p.doc)
	for _, s := range f.report.Sources {
		if _, ok := got["src-"+s.Key]; !ok {
			t.Errorf("no element with id=src-%s", s.Key)
		}
		links, ok := byURL[s.URL]
		if !ok {
			t.Errorf("source %q: no link to %s", s.Key, s.URL)
			continue
		}
		if !slices.ContainsFunc(links, func(l link) bool { return l.text == strings.TrimSpace(s.Title) }) {
			t.Errorf("source %q: no link to %s titled %q (got %v)", s.Key, s.URL, s.Title, links)
		}
	}
}

func TestSearch(t *testing.T) {
	f := sharedFixture(t)
	tests := []struct {
		name       string
		q          string
		wantAnchor string // a hit must link to this section; "" for none
		wantText   string // the page must say this
	}{
		{"chinese term", "混合专家", "term-moe", ""},
		{"benchmark name", "GPQA Diamond", "bench-gpqa-diamond", ""},
		{"empty", "", "", "搜索报告"},
		{"overlong query is cut, not refused", strings.Repeat("混合专家", 100), "term-moe", ""},
		{"html in the query is escaped", "<script>alert(1)</script>", "", "&lt;script&gt;alert(1)&lt;/script&gt;"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := get(t, f.ts.URL+"/search?q="+url.QueryEscape(tc.q))
			if p.status != http.StatusOK {
				t.Fatalf("status %d, want 200", p.status)
			}
			if strings.Contains(p.body, "<script>alert(1)") {
				t.Fatalf("the query is echoed unescaped")
			}
			if tc.wantText != "" && !strings.Contains(p.body, tc.wantText) {
				t.Errorf("the page does not contain %q", tc.wantText)
			}
			if tc.wantAnchor == "" {
				return
			}
			var hits []string
			elements(p.doc, func(n *html.Node) {
				if n.Data != "a" || n.Parent == nil || n.Parent.Data != "li" {
					return
				}
				if h, ok := attr(n, "href"); ok && strings.HasPrefix(h, "/report/") {
					hits = append(hits, h)
				}
			})
			if !slices.ContainsFunc(hits, func(h string) bool { return strings.HasSuffix(h, "#"+tc.wantAnchor) }) {
				t.Errorf("no hit links to #%s; hits: %v", tc.wantAnchor, hits)
			}
		})
	}
}

func TestTermsAPI(t *testing.T) {
	f := sharedFixture(t)
	p := get(t, f.ts.URL+"/api/terms")
	if p.status != http.StatusOK {
		t.Fatalf("status %d, want 200", p.status)
	}
	if mt, params, _ := mime.ParseMediaType(p.header.Get("Content-Type")); mt != "application/json" || params["charset"] != "utf-8" {
		t.Errorf("Content-Type %q, want application/json; charset=utf-8", p.header.Get("Content-Type"))
	}
	var terms map[string]struct {
		Title      string `json:"title"`
		Definition string `json:"definition"`
		URL        string `json:"url"`
	}
	if err := json.Unmarshal([]byte(p.body), &terms); err != nil {
		t.Fatalf("decoding /api/terms: %v", err)
	}
	if len(terms) != len(f.report.Terms()) {
		t.Errorf("%d terms, want %d", len(terms), len(f.report.Terms()))
	}
	for _, s := range f.report.Terms() {
		got, ok := terms[s.Anchor]
		switch {
		case !ok:
			t.Errorf("term %s is missing", s.Anchor)
		case got.Title != s.Title:
			t.Errorf("term %s: title %q, want %q", s.Anchor, got.Title, s.Title)
		case got.URL != corpus.SectionURL(s):
			t.Errorf("term %s: url %q, want %q", s.Anchor, got.URL, corpus.SectionURL(s))
		case got.Definition == "" || !hasHan(got.Definition):
			t.Errorf("term %s: definition %q is not a Chinese sentence", s.Anchor, got.Definition)
		}
	}
}

func TestHealthAndReadiness(t *testing.T) {
	srv, ts := startServer(t, nil, limitsWith(nil))
	check := func(path string, want int, body string) {
		t.Helper()
		p := get(t, ts.URL+path)
		if p.status != want || !strings.Contains(p.body, body) {
			t.Errorf("GET %s: %d %q, want %d with %q", path, p.status, p.body, want, body)
		}
	}
	check("/healthz", http.StatusOK, "ok")
	check("/readyz", http.StatusOK, "ready")
	srv.SetReady(false)
	check("/readyz", http.StatusServiceUnavailable, "draining")
	check("/healthz", http.StatusOK, "ok") // alive while draining
	srv.SetReady(true)
	check("/readyz", http.StatusOK, "ready")
}

func TestNotFound(t *testing.T) {
	f := sharedFixture(t)
	tests := []struct {
		path string
		want string
	}{
		{"/report/no-such-chapter", "报告中没有这一章。"},
		{"/report/" + url.PathEscape("第一章"), "报告中没有这一章。"},
		{"/no-such-page", "没有这个页面。"},
		{"/static/no-such-file.js", ""},
		{"/report/benchmarks/extra", "没有这个页面。"},
	}
	for _, tc := range tests {
		t.Run(tc.path, func(t *testing.T) {
			p := get(t, f.ts.URL+tc.path)
			if p.status != http.StatusNotFound {
				t.Fatalf("status %d, want 404", p.status)
			}
			if tc.want == "" {
				return
			}
			if !strings.Contains(p.body, tc.want) || !strings.Contains(p.body, "未找到") {
				t.Errorf("the 404 page does not say %q / 未找到:\n%s", tc.want, p.body)
			}
			if !strings.Contains(p.body, `href="/report"`) {
				t.Errorf("the 404 page has no way back to the report")
			}
		})
	}
}

func TestSecurityHeadersOnEveryResponse(t *testing.T) {
	f := sharedFixture(t)
	paths := append(sitePages(f), "/static/chat.js", "/static/style.css", "/api/terms", "/healthz", "/readyz", "/ws")
	for _, path := range paths {
		t.Run(path, func(t *testing.T) {
			p := get(t, f.ts.URL+path)
			csp := p.header.Get("Content-Security-Policy")
			directives := map[string][]string{}
			for _, d := range strings.Split(csp, ";") {
				if fs := strings.Fields(d); len(fs) > 0 {
					directives[fs[0]] = fs[1:]
				}
			}
			for _, d := range []string{"default-src", "script-src", "style-src", "connect-src"} {
				if v := directives[d]; !slices.Equal(v, []string{"'self'"}) {
					t.Errorf("CSP %s = %v, want only 'self' (CSP %q)", d, v, csp)
				}
			}
			if v := directives["frame-ancestors"]; !slices.Equal(v, []string{"'none'"}) {
				t.Errorf("CSP frame-ancestors = %v, want 'none'", v)
			}
			if v := directives["object-src"]; !slices.Equal(v, []string{"'none'"}) {
				t.Errorf("CSP object-src = %v, want 'none'", v)
			}
			for _, bad := range []string{"'unsafe-inline'", "'unsafe-eval'", "*", "http:", "https:"} {
				for d, v := range directives {
					if slices.Contains(v, bad) {
						t.Errorf("CSP %s allows %s", d, bad)
					}
				}
			}
			for h, want := range map[string]string{
				"X-Content-Type-Options": "nosniff",
				"X-Frame-Options":        "DENY",
				"Referrer-Policy":        "no-referrer",
			} {
				if got := p.header.Get(h); got != want {
					t.Errorf("%s = %q, want %q", h, got, want)
				}
			}
		})
	}
}

// TestPagesReferenceNoOtherHost: a page loads nothing from another host, and links out only
// from the bibliography and the chapters' citations, always with rel="noopener noreferrer".
// Nothing inline either: the CSP would block it.
func TestPagesReferenceNoOtherHost(t *testing.T) {
	f := sharedFixture(t)
	for _, path := range sitePages(f) {
		t.Run(path, func(t *testing.T) {
			p := get(t, f.ts.URL+path)
			if p.doc == nil {
				t.Fatalf("not an HTML page: %q", p.header.Get("Content-Type"))
			}
			mayLinkOut := path == "/sources" || (strings.HasPrefix(path, "/report/") && p.status == http.StatusOK)
			elements(p.doc, func(n *html.Node) {
				for _, a := range n.Attr {
					key := strings.ToLower(a.Key)
					switch {
					case strings.HasPrefix(key, "on"):
						t.Errorf("<%s %s=…>: inline event handler", n.Data, a.Key)
					case key == "style":
						t.Errorf("<%s style=%q>: inline style", n.Data, a.Val)
					}
					if key != "src" && key != "href" && key != "action" && key != "srcset" && key != "formaction" && key != "poster" {
						continue
					}
					v := strings.TrimSpace(strings.ToLower(a.Val))
					if strings.HasPrefix(v, "javascript:") {
						t.Errorf("<%s %s=%q>: javascript: URL", n.Data, a.Key, a.Val)
					}
					u, err := url.Parse(strings.TrimSpace(a.Val))
					if err != nil {
						t.Errorf("<%s %s=%q>: %v", n.Data, a.Key, a.Val, err)
						continue
					}
					if u.Host == "" && u.Scheme == "" {
						continue // same host
					}
					if !mayLinkOut || n.Data != "a" || key != "href" || (u.Scheme != "https" && u.Scheme != "http") {
						t.Errorf("<%s %s=%q> refers to another host", n.Data, a.Key, a.Val)
						continue
					}
					rel, _ := attr(n, "rel")
					if fs := strings.Fields(rel); !slices.Contains(fs, "noopener") || !slices.Contains(fs, "noreferrer") {
						t.Errorf("<a href=%q rel=%q>: an external link needs rel=\"noopener noreferrer\"", a.Val, rel)
					}
				}
				switch n.Data {
				case "script":
					if src, _ := attr(n, "src"); src == "" || strings.TrimSpace(textOf(n)) != "" {
						t.Errorf("inline <script>: %q", textOf(n))
					}
				case "style":
					t.Errorf("inline <style>")
				case "iframe", "object", "embed", "base":
					t.Errorf("<%s> element", n.Data)
				}
			})
		})
	}
}

// TestInternalLinksResolve follows every link from page to page within the site: each target
// answers 200, each #fragment names an element on it, and each ?hl= block exists there.
func TestInternalLinksResolve(t *testing.T) {
	f := sharedFixture(t)
	base, _ := url.Parse(f.ts.URL)
	type fetched struct {
		page
		ids map[string]*html.Node
	}
	pages := map[string]fetched{}
	fetch := func(u *url.URL) fetched {
		key := u.Path // a chapter is the same page whatever its ?hl=
		if u.Path == "/search" {
			key += "?" + u.RawQuery
		}
		if p, ok := pages[key]; ok {
			return p
		}
		p := get(t, base.ResolveReference(&url.URL{Path: u.Path, RawQuery: u.RawQuery}).String())
		pages[key] = fetched{p, ids(p.doc)}
		return pages[key]
	}
	queue := []string{"/", "/report", "/glossary", "/sources", "/search?q=" + url.QueryEscape("混合专家")}
	seen := map[string]bool{}                   // links checked
	crawled := map[string]bool{"/report": true} // pages whose links are followed
	var checked int
	for len(queue) > 0 {
		from := queue[0]
		queue = queue[1:]
		fu, _ := url.Parse(from)
		p := fetch(fu)
		if p.status != http.StatusOK {
			t.Errorf("%s: status %d", from, p.status)
			continue
		}
		elements(p.doc, func(n *html.Node) {
			for _, key := range []string{"href", "src"} {
				v, ok := attr(n, key)
				if !ok {
					continue
				}
				u, err := fu.Parse(v)
				if err != nil || u.Host != "" && u.Host != fu.Host || u.Scheme != "" && u.Scheme != "http" {
					continue // external, checked elsewhere
				}
				if u.Host != "" {
					u = &url.URL{Path: u.Path, RawQuery: u.RawQuery, Fragment: u.Fragment}
				}
				link := u.String()
				if seen[link] {
					continue
				}
				seen[link] = true
				checked++
				target := fetch(u)
				if target.status != http.StatusOK {
					t.Errorf("%s links to %s: status %d", from, link, target.status)
					continue
				}
				if target.doc == nil {
					continue
				}
				got := target.ids
				if u.Fragment != "" && got[u.Fragment] == nil {
					t.Errorf("%s links to %s: no element with id=%q there", from, link, u.Fragment)
				}
				for _, id := range strings.Split(u.Query().Get("hl"), ",") {
					if id != "" && got[id] == nil {
						t.Errorf("%s links to %s: highlighted block %q is not on the page", from, link, id)
					}
				}
				if strings.HasPrefix(u.Path, "/report") && !crawled[u.Path] {
					crawled[u.Path] = true
					queue = append(queue, u.Path)
				}
			}
		})
	}
	if checked < len(f.report.Chapters)+len(f.report.Terms()) {
		t.Errorf("only %d links checked; the crawl missed pages", checked)
	}
}

func TestStaticAssets(t *testing.T) {
	f := sharedFixture(t)
	tests := []struct {
		path     string
		wantType string
		contains string
	}{
		{"/static/chat.js", "text/javascript", "use strict"},
		{"/static/report.js", "text/javascript", "hl"},
		{"/static/terms.js", "text/javascript", "/api/terms"},
		{"/static/style.css", "text/css", ".cite-card"},
		{"/static/favicon.svg", "image/svg+xml", "<svg"},
	}
	for _, tc := range tests {
		t.Run(tc.path, func(t *testing.T) {
			p := get(t, f.ts.URL+tc.path)
			if p.status != http.StatusOK {
				t.Fatalf("status %d, want 200", p.status)
			}
			mt, _, err := mime.ParseMediaType(p.header.Get("Content-Type"))
			if err != nil || mt != tc.wantType {
				t.Errorf("Content-Type %q, want %s", p.header.Get("Content-Type"), tc.wantType)
			}
			if !strings.Contains(p.body, tc.contains) {
				t.Errorf("body does not contain %q", tc.contains)
			}
			if strings.Contains(p.body, "http://") && tc.wantType != "image/svg+xml" || strings.Contains(p.body, "https://") {
				t.Errorf("%s refers to another host", tc.path)
			}
		})
	}
	// Every script and stylesheet a page asks for is served.
	p := get(t, f.ts.URL+"/")
	var assets []string
	elements(p.doc, func(n *html.Node) {
		if src, ok := attr(n, "src"); ok {
			assets = append(assets, src)
		}
		if href, ok := attr(n, "href"); ok && n.Data == "link" {
			assets = append(assets, href)
		}
	})
	if len(assets) < 3 {
		t.Errorf("the chat page loads only %v", assets)
	}
	for _, a := range assets {
		if got := get(t, f.ts.URL+a); got.status != http.StatusOK {
			t.Errorf("%s: status %d", a, got.status)
		}
	}
}

func TestChatPage(t *testing.T) {
	f := sharedFixture(t)
	p := get(t, f.ts.URL+"/")
	if p.status != http.StatusOK {
		t.Fatalf("status %d, want 200", p.status)
	}
	got := ids(p.doc)
	for _, id := range []string{"chat", "messages", "question", "ask-form", "send", "stop", "cite-card", "conv-list", "mode-badge", "suggestions"} {
		if got[id] == nil {
			t.Errorf("no element with id=%q", id)
		}
	}
	if el := got["mode-badge"]; el != nil && textOf(el) != "离线检索模式" {
		t.Errorf("mode badge %q, want 离线检索模式", textOf(el))
	}
	if el := got["chat"]; el != nil {
		if v, _ := attr(el, "data-max-runes"); v != "500" {
			t.Errorf("data-max-runes=%q, want 500", v)
		}
	}
	var suggestions []string
	elements(got["suggestions"], func(n *html.Node) {
		if n.Data == "button" {
			suggestions = append(suggestions, textOf(n))
		}
	})
	if !slices.Contains(suggestions, "GPQA Diamond 是什么？") {
		t.Errorf("suggestions %q lack 「GPQA Diamond 是什么？」", suggestions)
	}
	// Every suggestion is a question the report covers.
	for _, s := range suggestions {
		res, err := f.index.Search(context.Background(), retriever.Query{Text: s}, 5)
		if err != nil || !res.Covered {
			t.Errorf("suggestion %q is not covered by the report (err %v)", s, err)
		}
	}
}

// TestAboutPage: the 「关于」 page states the report's date, links the report's section on RAG,
// says conversations stay in the browser, and states the sources policy and the licence.
func TestAboutPage(t *testing.T) {
	f := sharedFixture(t)
	p := get(t, f.ts.URL+"/about")
	if p.status != http.StatusOK || p.doc == nil {
		t.Fatalf("status %d, want an HTML page", p.status)
	}
	text := textOf(p.doc)
	for _, want := range []string{"截至 2026 年 12 月", "只保存在这个浏览器", "服务器不保存任何对话", "只引用英文信息源", "许可", "离线检索模式"} {
		if !strings.Contains(text, want) {
			t.Errorf("the about page does not say %q", want)
		}
	}
	var rag bool
	elements(p.doc, func(n *html.Node) {
		if href, ok := attr(n, "href"); ok && n.Data == "a" && strings.HasSuffix(href, "#principles-rag") {
			rag = true
		}
	})
	if !rag {
		t.Error("the about page does not link the report's RAG section (#principles-rag)")
	}
}
