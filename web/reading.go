package web

import (
	"net/http"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"llmtutor/corpus"
	"llmtutor/web/pages"
)

// renderSections renders a chapter's sections for a page that holds the chapters named in
// local: links into them become bare #anchors, each table gets a labelled, focusable scroll region, and each heading
// a 「就本节提问」 link.
func (s *Server) renderSections(c *corpus.Chapter, local ...string) []pages.RenderedSection {
	var out []pages.RenderedSection
	for _, sec := range c.Sections {
		var b strings.Builder
		tables := 0
		for _, blk := range sec.Blocks {
			h := s.report.BlockHTML(blk)
			if blk.Kind == corpus.Table {
				tables++
				h = labelTable(h, tableLabel(sec, c, tables))
			}
			b.WriteString(h)
		}
		b.WriteString(sec.AsksHTML())
		html := b.String()
		for _, slug := range local {
			html = strings.ReplaceAll(html, `href="/report/`+slug+`#`, `href="#`)
		}
		rs := pages.RenderedSection{Anchor: sec.Anchor, Title: sec.Title, Level: sec.Level, HTML: html}
		if sec.Level > 1 {
			rs.Ask = corpus.AskURL(sectionQuestion(sec), sec.Anchor)
		}
		out = append(out, rs)
	}
	return out
}

// tableLabel names a table's scroll region after its section (and its place in the section
// when there are several), so each region's name is distinct.
func tableLabel(sec *corpus.Section, c *corpus.Chapter, n int) string {
	title := sec.Title
	if sec.Level == 1 {
		title = c.Title
	}
	label := "表格：" + title
	if n > 1 {
		label += "（" + strconv.Itoa(n) + "）"
	}
	return label
}

var (
	tableWrapOpen = `<div class="table-wrap">`
	// dateCell is a table cell holding only a date or a number, which must not wrap.
	dateCell = regexp.MustCompile(`<td>([0-9][0-9.,:/-]*[0-9KMBk%]?)</td>`)
)

// labelTable makes a rendered table's scroll wrapper a focusable region named label, so a
// keyboard can scroll it and a screen reader announces it, and keeps dates on one line.
func labelTable(h, label string) string {
	h = strings.Replace(h, tableWrapOpen, `<div class="table-wrap" tabindex="0" role="region" aria-label="`+htmlEscape(label)+`">`, 1)
	return dateCell.ReplaceAllString(h, `<td class="nowrap">$1</td>`)
}

func htmlEscape(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;", "'", "&#39;").Replace(s)
}

// isEntry says whether a section is a dictionary-style entry (a concept, benchmark, metric,
// evaluation or model), which a reader asks about with 「……是什么？」.
func isEntry(sec *corpus.Section) bool {
	switch sec.Kind {
	case corpus.KindTerm, corpus.KindBenchmark, corpus.KindMetric, corpus.KindEval, corpus.KindModel:
		return true
	}
	return false
}

// sectionQuestion is the question 「就本节提问」 asks: 「<entry>是什么？」 for an entry,
// 「讲讲<section>」 for other sections, spaced as the report spaces Chinese and Latin.
func sectionQuestion(sec *corpus.Section) string {
	t := shortTitle(sec.Title)
	if isEntry(sec) {
		return joinCJK(t, "是什么？")
	}
	return joinCJK("讲讲", t)
}

// joinCJK joins two strings with a space only where a Latin letter or digit meets a Chinese
// character, the report's spacing rule.
func joinCJK(a, b string) string {
	l, _ := utf8.DecodeLastRuneInString(a)
	r, _ := utf8.DecodeRuneInString(b)
	latin := func(r rune) bool { return r < utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r)) }
	han := func(r rune) bool { return unicode.Is(unicode.Han, r) }
	if latin(l) && han(r) || han(l) && latin(r) {
		return a + " " + b
	}
	return a + b
}

// sourceTypes are the bibliography's source types as a Chinese reader calls them.
var sourceTypes = map[string]string{
	"paper": "论文", "announcement": "官方公告", "docs": "官方文档", "blog": "博客文章",
	"model-card": "模型卡", "system-card": "系统卡", "repo": "代码仓库", "encyclopedia": "百科",
}

func sourceTypeLabel(t string) string {
	if l, ok := sourceTypes[t]; ok {
		return l
	}
	return t
}

// citingPlaces maps each source key to the first passage of the report that cites it, as a
// link that opens the passage highlighted: where 「返回正文」 leads by default.
func (s *Server) citingPlaces() map[string]string {
	out := map[string]string{}
	for _, c := range s.report.Chapters {
		for _, sec := range c.Sections {
			for _, b := range sec.Blocks {
				for _, k := range b.Citations() {
					if _, ok := out[k]; !ok {
						out[k] = "/report/" + c.Slug + "?hl=" + b.ID + "#" + b.ID
					}
				}
			}
		}
	}
	return out
}

// highlightTerms are the parts of a search query to mark in the results: the query, its
// words, and the two-character pieces of a longer run of Chinese (「混合专家模型」 finds
// 「专家」). Longest first, so the longest match wins.
func highlightTerms(q string) []string {
	seen := map[string]bool{}
	var out []string
	add := func(t string) {
		t = strings.TrimSpace(t)
		if utf8.RuneCountInString(t) < 2 && !(utf8.RuneCountInString(t) == 1 && unicode.Is(unicode.Han, []rune(t)[0])) {
			return
		}
		if k := asciiLower(t); !seen[k] {
			seen[k] = true
			out = append(out, k)
		}
	}
	add(q)
	fields := strings.FieldsFunc(q, func(r rune) bool { return unicode.IsSpace(r) || unicode.IsPunct(r) })
	for _, f := range fields {
		add(f)
		// Han runs inside the field.
		var run []rune
		flush := func() {
			if len(run) > 2 {
				for i := 0; i+2 <= len(run); i++ {
					add(string(run[i : i+2]))
				}
			}
			run = run[:0]
		}
		for _, r := range f {
			if unicode.Is(unicode.Han, r) {
				run = append(run, r)
			} else {
				flush()
			}
		}
		flush()
	}
	sortLongestFirst(out)
	return out
}

func sortLongestFirst(ts []string) {
	for i := 1; i < len(ts); i++ {
		for j := i; j > 0 && len(ts[j]) > len(ts[j-1]); j-- {
			ts[j], ts[j-1] = ts[j-1], ts[j]
		}
	}
}

// asciiLower lowercases ASCII letters only, so byte offsets stay those of the original.
func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// snippetRunes is about how long a search result's excerpt is.
const snippetRunes = 140

// snippet cuts text to about snippetRunes around the first place a term occurs and marks every
// occurrence of the terms in it.
func snippet(text string, terms []string) []pages.Span {
	low := asciiLower(text)
	first := -1
	for _, t := range terms {
		if i := strings.Index(low, t); i >= 0 && (first < 0 || i < first) {
			first = i
		}
	}
	runes := []rune(text)
	start := 0
	if first > 0 {
		start = max(0, utf8.RuneCountInString(text[:first])-snippetRunes/4)
	}
	end := min(len(runes), start+snippetRunes)
	if end-start < snippetRunes {
		start = max(0, end-snippetRunes)
	}
	cut := string(runes[start:end])
	var out []pages.Span
	if start > 0 {
		out = append(out, pages.Span{Text: "…"})
	}
	lowCut := asciiLower(cut)
	plain := 0
	for i := 0; i < len(cut); {
		matched := ""
		for _, t := range terms {
			if strings.HasPrefix(lowCut[i:], t) {
				matched = t
				break
			}
		}
		if matched == "" {
			_, n := utf8.DecodeRuneInString(cut[i:])
			i += n
			continue
		}
		if plain < i {
			out = append(out, pages.Span{Text: cut[plain:i]})
		}
		out = append(out, pages.Span{Text: cut[i : i+len(matched)], Mark: true})
		i += len(matched)
		plain = i
	}
	if plain < len(cut) {
		out = append(out, pages.Span{Text: cut[plain:]})
	}
	if end < len(runes) {
		out = append(out, pages.Span{Text: "…"})
	}
	return out
}

// handleWholeReport serves every chapter on one page, with the contents first and the
// bibliography last: the page to print or save as PDF.
func (s *Server) handleWholeReport(w http.ResponseWriter, r *http.Request) {
	slugs := make([]string, len(s.report.Chapters))
	for i, c := range s.report.Chapters {
		slugs[i] = c.Slug
	}
	p := pages.WholeReport{}
	for _, c := range s.report.Chapters {
		secs := s.renderSections(c, slugs...)
		for i := range secs {
			secs[i].HTML = strings.ReplaceAll(secs[i].HTML, `href="/sources#src-`, `href="#src-`)
		}
		p.Chapters = append(p.Chapters, pages.WholeChapter{Link: chapterLink(c, true), Sections: secs})
	}
	for i, src := range s.report.Sources {
		p.Sources = append(p.Sources, pages.SourceEntry{N: i + 1, Key: src.Key, Title: src.Title, Publisher: src.Publisher, Date: src.Date, URL: src.URL, Type: sourceTypeLabel(src.Type)})
	}
	s.renderShared(w, r, pages.Whole(p))
}
