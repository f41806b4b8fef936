// Package web serves the tutor over HTTP: the chat page and its websocket, the report's
// chapters, glossary and sources, and health endpoints. It knows HTTP, websockets and pages,
// nothing about ranking.
package web

import (
	"bytes"
	"context"
	"embed"
	"encoding/json"
	"fmt"
	"io/fs"
	"log/slog"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/a-h/templ"

	"llmtutor/corpus"
	"llmtutor/retriever"
	"llmtutor/tutor"
	"llmtutor/web/pages"
)

//go:embed static
var staticFS embed.FS

// Limits bound what one client and all clients together may ask of the server. A connection
// runs one answer at a time (the protocol's stop and ids assume it).
type Limits struct {
	MaxFrameBytes  int64 // a larger websocket frame is refused with an error event
	AsksPerMinute  int   // per connection
	MaxStreams     int   // answers in progress across all connections
	AllowedOrigins []string
	AnswerTimeout  time.Duration // one answer, start to done
	WriteTimeout   time.Duration // one websocket write
	IdleTimeout    time.Duration // a connection that answers no ping for this long is closed
}

// DefaultLimits suit a small public deployment.
var DefaultLimits = Limits{MaxFrameBytes: 16 << 10, AsksPerMinute: 20, MaxStreams: 64,
	AnswerTimeout: 3 * time.Minute, WriteTimeout: 10 * time.Second, IdleTimeout: 60 * time.Second}

// withDefaults fills every unset limit from DefaultLimits.
func (l Limits) withDefaults() Limits {
	d := DefaultLimits
	if l.MaxFrameBytes <= 0 {
		l.MaxFrameBytes = d.MaxFrameBytes
	}
	if l.AsksPerMinute <= 0 {
		l.AsksPerMinute = d.AsksPerMinute
	}
	if l.MaxStreams <= 0 {
		l.MaxStreams = d.MaxStreams
	}
	if l.AnswerTimeout <= 0 {
		l.AnswerTimeout = d.AnswerTimeout
	}
	if l.WriteTimeout <= 0 {
		l.WriteTimeout = d.WriteTimeout
	}
	if l.IdleTimeout <= 0 {
		l.IdleTimeout = d.IdleTimeout
	}
	return l
}

// Config builds a Server.
type Config struct {
	Report *corpus.Report
	Tutor  *tutor.Tutor
	Index  *retriever.Index
	Limits Limits
	Logger *slog.Logger
}

// Server is the tutor's HTTP service. Its routes are all in Handler.
type Server struct {
	report  *corpus.Report
	tutor   *tutor.Tutor
	index   *retriever.Index
	limits  Limits
	log     *slog.Logger
	streams chan struct{} // a slot per answer in progress
	ready   atomic.Bool
	nextID  atomic.Uint64
	static  assets
	// baseCtx ends when the server shuts down, ending every answer still streaming.
	baseCtx context.Context
	conns   sync.WaitGroup // websocket connections still open
	metrics *metrics
	packed  pageCache // compressed chapters
}

// New builds a Server. ctx bounds every answer: cancelling it ends them all.
func New(ctx context.Context, cfg Config) *Server {
	s := &Server{report: cfg.Report, tutor: cfg.Tutor, index: cfg.Index, limits: cfg.Limits.withDefaults(), log: cfg.Logger, baseCtx: ctx}
	if s.log == nil {
		s.log = slog.New(slog.DiscardHandler)
	}
	s.streams = make(chan struct{}, s.limits.MaxStreams)
	s.metrics = newMetrics(func() float64 { return float64(len(s.streams)) })
	sub, _ := fs.Sub(staticFS, "static")
	s.static = loadAssets(sub)
	s.ready.Store(true)
	return s
}

// Drain waits until no answer is in progress, or ctx ends.
func (s *Server) Drain(ctx context.Context) error {
	t := time.NewTicker(20 * time.Millisecond)
	defer t.Stop()
	for len(s.streams) > 0 {
		select {
		case <-ctx.Done():
			return fmt.Errorf("%d answers still running: %w", len(s.streams), ctx.Err())
		case <-t.C:
		}
	}
	return nil
}

// Wait returns when every websocket connection has closed. Cancel the context given to New
// first, or it waits for the readers to leave.
func (s *Server) Wait() { s.conns.Wait() }

// ActiveStreams is how many answers are in progress.
func (s *Server) ActiveStreams() int { return len(s.streams) }

// SetReady flips /readyz, so a draining server stops receiving new traffic.
func (s *Server) SetReady(ok bool) { s.ready.Store(ok) }

// Handler returns the server's routes, wrapped in the security headers.
func (s *Server) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /{$}", s.handleChat)
	mux.HandleFunc("GET /ws", s.handleWS)
	mux.HandleFunc("GET /report", s.handleTOC)
	mux.HandleFunc("GET /report/all", s.handleWholeReport)
	mux.HandleFunc("GET /report/{slug}", s.handleChapter)
	mux.HandleFunc("GET /glossary", s.handleGlossary)
	mux.HandleFunc("GET /sources", s.handleSources)
	mux.HandleFunc("GET /about", s.handleAbout)
	mux.HandleFunc("GET /search", s.handleSearch)
	mux.HandleFunc("GET /figures/{file}", s.handleFigure)
	mux.HandleFunc("GET /api/terms", s.handleTerms)
	mux.HandleFunc("GET /api/suggest", s.handleSuggest)
	mux.Handle("GET /static/", s.static)
	mux.Handle("GET /metrics", s.metrics.handler())
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.Write([]byte("ok\n"))
	})
	mux.HandleFunc("GET /readyz", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		if !s.ready.Load() {
			http.Error(w, "draining", http.StatusServiceUnavailable)
			return
		}
		w.Write([]byte("ready\n"))
	})
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		s.notFound(w, r, "没有这个页面。")
	})
	return securityHeaders(mux)
}

// securityHeaders forbids inline scripts and anything from another host, framing and sniffing.
func securityHeaders(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("X-Frame-Options", "DENY")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("Cross-Origin-Opener-Policy", "same-origin")
		h.Set("Permissions-Policy", "camera=(), microphone=(), geolocation=()")
		next.ServeHTTP(w, r)
	})
}

// render writes a whole page: rendered first, so it gets an ETag and is gzipped in one piece.
// Pages are revalidated on every visit (a deploy changes them); an unchanged one costs a 304.
func (s *Server) render(w http.ResponseWriter, r *http.Request, status int, c templ.Component) {
	if page, ok := s.renderPage(w, r, c); ok {
		writePage(w, r, status, "text/html; charset=utf-8", page)
	}
}

// renderPage renders a component whole, answering 500 when it cannot.
func (s *Server) renderPage(w http.ResponseWriter, r *http.Request, c templ.Component) ([]byte, bool) {
	var buf bytes.Buffer
	if err := c.Render(pages.WithAssets(r.Context(), s.static.url), &buf); err != nil {
		s.log.Warn("rendering a page", "path", r.URL.Path, "err", err)
		http.Error(w, "页面生成失败。", http.StatusInternalServerError)
		return nil, false
	}
	w.Header().Set("Cache-Control", "no-cache")
	return buf.Bytes(), true
}

// renderShared is render for a page that is the same for every reader and every visit until
// the next deploy (a chapter): its compressed forms are made once, at the best levels.
func (s *Server) renderShared(w http.ResponseWriter, r *http.Request, c templ.Component) {
	if page, ok := s.renderPage(w, r, c); ok {
		s.packed.writeStatic(w, r, "text/html; charset=utf-8", page)
	}
}

func (s *Server) notFound(w http.ResponseWriter, r *http.Request, msg string) {
	s.render(w, r, http.StatusNotFound, pages.NotFound(msg))
}

// ModeLabel is the badge that tells the reader how answers are made.
func (s *Server) ModeLabel() string {
	if s.tutor.Mode() == tutor.ModeGenerative {
		return "生成模式 · " + s.tutor.ModelName()
	}
	return "离线检索模式"
}

// suggestions are questions drawn from the report: one about a concept, a benchmark, a model
// and a principle, so the empty screen shows what the report can answer.
func (s *Server) suggestions() []string {
	var out []string
	pick := func(anchor, format string) {
		if sec, ok := s.report.Section(anchor); ok {
			name := sec.Title
			if i := strings.Index(name, "（"); i > 0 {
				name = name[:i]
			}
			// The report's spacing: a space only where Latin meets Chinese, so 「检索增强生成是……」
			// but 「GPQA Diamond 是……」.
			before, after, _ := strings.Cut(format, "%s")
			out = append(out, joinCJK(joinCJK(strings.TrimRight(before, " "), name), strings.TrimLeft(after, " ")))
		}
	}
	pick("bench-gpqa-diamond", "%s 是什么？")
	pick("term-moe", "什么是%s？")
	pick("model-deepseek-r1", "%s 是怎样训练出来的？")
	pick("term-hallucination", "大模型为什么会产生%s？")
	pick("term-rag", "%s 是怎么工作的？")
	return out
}

func (s *Server) handleChat(w http.ResponseWriter, r *http.Request) {
	s.render(w, r, http.StatusOK, pages.Chat(pages.ChatData{
		ModeLabel: s.ModeLabel(), Mode: string(s.tutor.Mode()), Suggestions: s.suggestions(), MaxRunes: tutor.DefaultLimits.MaxQuestionRunes,
	}))
}

// ReportAsOf is the date the report is current to, as the 「关于」 page states it.
const ReportAsOf = "2026 年 12 月"

func (s *Server) handleAbout(w http.ResponseWriter, r *http.Request) {
	d := pages.AboutData{AsOf: ReportAsOf, Chapters: len(s.report.Chapters), Terms: len(s.report.Terms()),
		Sources: len(s.report.Sources), Mode: string(s.tutor.Mode()), RAGURL: "/report", RAGTitle: "报告目录"}
	// The report's section on retrieval-augmented generation explains how the tutor works; the
	// glossary entry stands in if the section is renamed.
	for _, a := range []string{"principles-rag", "term-rag"} {
		if sec, ok := s.report.Section(a); ok {
			d.RAGURL, d.RAGTitle = corpus.SectionURL(sec), sec.Title
			break
		}
	}
	s.render(w, r, http.StatusOK, pages.About(d))
}

func chapterLink(c *corpus.Chapter, withSections bool) pages.ChapterLink {
	l := pages.ChapterLink{Number: c.Number, Slug: c.Slug, Title: c.Title, Summary: c.Summary}
	if withSections {
		for _, sec := range c.Sections {
			if sec.Level == 2 {
				l.Sections = append(l.Sections, pages.SectionLink{Anchor: sec.Anchor, Title: sec.Title})
			}
		}
	}
	return l
}

func (s *Server) handleTOC(w http.ResponseWriter, r *http.Request) {
	var links []pages.ChapterLink
	for _, c := range s.report.Chapters {
		links = append(links, chapterLink(c, true))
	}
	s.render(w, r, http.StatusOK, pages.TOC(links))
}

func (s *Server) handleChapter(w http.ResponseWriter, r *http.Request) {
	slug := r.PathValue("slug")
	var idx = -1
	for i, c := range s.report.Chapters {
		if c.Slug == slug {
			idx = i
		}
	}
	if idx < 0 {
		s.notFound(w, r, "报告中没有这一章。")
		return
	}
	c := s.report.Chapters[idx]
	p := pages.ChapterPage{Slug: c.Slug, Title: c.Title, Summary: c.Summary, Sections: s.renderSections(c, c.Slug)}
	if idx > 0 {
		l := chapterLink(s.report.Chapters[idx-1], false)
		p.Prev = &l
	}
	if idx+1 < len(s.report.Chapters) {
		l := chapterLink(s.report.Chapters[idx+1], false)
		p.Next = &l
	}
	s.renderShared(w, r, pages.Chapter(p))
}

// handleFigure serves a figure's sanitized SVG (what the report page inlines), for the chat's
// thumbnails. A figure opened on its own gets a CSP that allows nothing at all.
func (s *Server) handleFigure(w http.ResponseWriter, r *http.Request) {
	anchor, ok := strings.CutSuffix(r.PathValue("file"), ".svg")
	f, found := s.report.Figure(anchor)
	if !ok || !found || f.SVG == "" {
		http.NotFound(w, r)
		return
	}
	h := w.Header()
	h.Set("Content-Type", "image/svg+xml; charset=utf-8")
	h.Set("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'")
	h.Set("Cache-Control", "public, max-age=3600")
	w.Write([]byte(f.SVG))
}

func (s *Server) glossary() []pages.GlossaryEntry {
	var out []pages.GlossaryEntry
	for _, t := range s.report.Terms() {
		cat := ""
		if t.Parent != nil {
			cat = t.Parent.Title
		}
		out = append(out, pages.GlossaryEntry{Anchor: t.Anchor, Title: t.Title, Definition: firstSentence(t.Definition()), URL: corpus.SectionURL(t), Category: cat})
	}
	return out
}

// firstSentence keeps a definition short enough for a hover card.
func firstSentence(s string) string {
	if i := strings.Index(s, "。"); i > 0 {
		return s[:i+len("。")]
	}
	return s
}

func (s *Server) handleGlossary(w http.ResponseWriter, r *http.Request) {
	q := strings.TrimSpace(r.URL.Query().Get("q"))
	if len([]rune(q)) > maxSearchRunes {
		q = string([]rune(q)[:maxSearchRunes])
	}
	p := pages.GlossaryPage{Query: q, Cat: r.URL.Query().Get("cat")}
	entries := s.glossary()
	seen := map[string]bool{}
	for _, e := range entries {
		if !seen[e.Category] {
			seen[e.Category] = true
			p.Cats = append(p.Cats, e.Category)
		}
	}
	if !seen[p.Cat] {
		p.Cat = ""
	}
	lq := asciiLower(q)
	for _, e := range entries {
		e.Hidden = p.Cat != "" && e.Category != p.Cat || q != "" && !strings.Contains(asciiLower(e.Title+" "+e.Definition+" "+e.Category), lq)
		if !e.Hidden {
			p.Shown++
		}
		p.Entries = append(p.Entries, e)
	}
	s.render(w, r, http.StatusOK, pages.Glossary(p))
}

// handleTerms serves the glossary for hover cards in answers and chapters.
func (s *Server) handleTerms(w http.ResponseWriter, r *http.Request) {
	type term struct {
		Title      string `json:"title"`
		Definition string `json:"definition"`
		URL        string `json:"url"`
	}
	out := map[string]term{}
	for _, g := range s.glossary() {
		out[g.Anchor] = term{g.Title, g.Definition, g.URL}
	}
	body, _ := json.Marshal(out)
	w.Header().Set("Cache-Control", "public, max-age=300")
	writePage(w, r, http.StatusOK, "application/json; charset=utf-8", append(body, '\n'))
}

// Follow-up suggestions: at most maxSuggestAnchors anchors are read, at most maxSuggestions
// questions returned.
const (
	maxSuggestAnchors = 5
	maxSuggestions    = 3
)

var (
	anchorRe      = regexp.MustCompile(`^[a-z0-9][a-z0-9-]{0,79}$`)
	relatedLinkRe = regexp.MustCompile(`\[[^\]]+\]\(#([a-z0-9-]+)\)`)
)

// relatedOf lists the entries an entry's 「相关概念」 line links to, in order.
func (s *Server) relatedOf(sec *corpus.Section) []*corpus.Section {
	var out []*corpus.Section
	for _, b := range sec.Blocks {
		if b.Kind != corpus.Paragraph || len(b.Items) == 0 || !strings.HasPrefix(b.Items[0].Markdown, "相关概念") {
			continue
		}
		for _, m := range relatedLinkRe.FindAllStringSubmatch(b.Items[0].Markdown, -1) {
			if r, ok := s.report.Section(m[1]); ok {
				out = append(out, r)
			}
		}
	}
	return out
}

// shortTitle is a title without its parenthesised gloss: 「混合专家（Mixture of Experts, MoE）」
// becomes 「混合专家」.
func shortTitle(t string) string {
	if i := strings.Index(t, "（"); i > 0 {
		return strings.TrimSpace(t[:i])
	}
	return t
}

// handleSuggest serves follow-up questions for an answer that cited the given entries: one
// question per related concept, taken in turn from each entry, skipping the entries cited.
func (s *Server) handleSuggest(w http.ResponseWriter, r *http.Request) {
	anchors := r.URL.Query()["anchor"]
	if len(anchors) > maxSuggestAnchors {
		anchors = anchors[:maxSuggestAnchors]
	}
	cited := map[string]bool{}
	var secs []*corpus.Section
	for _, a := range anchors {
		if !anchorRe.MatchString(a) {
			w.Header().Set("Content-Type", "application/json; charset=utf-8")
			w.WriteHeader(http.StatusBadRequest)
			json.NewEncoder(w).Encode(map[string]string{"error": "锚点格式不正确。"})
			return
		}
		if cited[a] {
			continue
		}
		cited[a] = true
		if sec, ok := s.report.Section(a); ok {
			secs = append(secs, sec)
		}
	}
	var lists [][]*corpus.Section
	for _, sec := range secs {
		lists = append(lists, s.relatedOf(sec))
	}
	out := []string{}
	seen := map[string]bool{}
	for i := 0; len(out) < maxSuggestions; i++ {
		more := false
		for _, l := range lists {
			if i >= len(l) || len(out) >= maxSuggestions {
				continue
			}
			more = true
			rel := l[i]
			if cited[rel.Anchor] || seen[rel.Anchor] {
				continue
			}
			seen[rel.Anchor] = true
			out = append(out, "什么是"+shortTitle(rel.Title)+"？")
		}
		if !more {
			break
		}
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "public, max-age=300")
	json.NewEncoder(w).Encode(map[string][]string{"questions": out})
}

func (s *Server) handleSources(w http.ResponseWriter, r *http.Request) {
	var out []pages.SourceEntry
	back := s.citingPlaces()
	for i, src := range s.report.Sources {
		out = append(out, pages.SourceEntry{N: i + 1, Key: src.Key, Title: src.Title, Publisher: src.Publisher, Date: src.Date, URL: src.URL, Type: sourceTypeLabel(src.Type), Back: back[src.Key]})
	}
	s.render(w, r, http.StatusOK, pages.Sources(out))
}

// maxSearchRunes bounds the report search box's query.
const maxSearchRunes = 200

func (s *Server) handleSearch(w http.ResponseWriter, r *http.Request) {
	q := strings.TrimSpace(r.URL.Query().Get("q"))
	if len([]rune(q)) > maxSearchRunes {
		q = string([]rune(q)[:maxSearchRunes])
	}
	var hits []pages.SearchHit
	if q != "" {
		res, err := s.index.Search(r.Context(), retriever.Query{Text: q}, 20)
		if err != nil {
			s.log.Warn("searching the report", "err", err)
		}
		terms := highlightTerms(q)
		for _, h := range res.Hits {
			hit := pages.SearchHit{Title: h.Title, Chapter: h.ChapterTitle, Text: h.Text, URL: h.URL(), Snippet: snippet(h.Text, terms)}
			if sec, ok := s.report.Section(h.Anchor); ok && sec.Level > 1 {
				hit.Ask = corpus.AskURL(sectionQuestion(sec), sec.Anchor)
			}
			hits = append(hits, hit)
		}
	}
	ask := ""
	if q != "" {
		ask = corpus.AskURL(q, "")
	}
	s.render(w, r, http.StatusOK, pages.Search(q, hits, ask))
}

// sameOrigin accepts a websocket handshake only from this site's own pages (or an allowed
// origin), which blocks cross-site websocket hijacking. Clients that send no Origin (the CLI,
// scripts) are not browsers and carry no ambient credentials, so they are let through.
func (s *Server) sameOrigin(r *http.Request) bool {
	origin := r.Header.Get("Origin")
	if origin == "" {
		return true
	}
	u, err := url.Parse(origin)
	if err != nil {
		return false
	}
	if strings.EqualFold(u.Host, r.Host) {
		return true
	}
	for _, o := range s.limits.AllowedOrigins {
		if strings.EqualFold(strings.TrimRight(o, "/"), strings.TrimRight(origin, "/")) {
			return true
		}
	}
	return false
}
