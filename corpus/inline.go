package corpus

import (
	"html"
	"strconv"
	"strings"
	"unicode/utf8"
)

// spanKind is one kind of inline Markdown element the report allows.
type spanKind int

const (
	spanText spanKind = iota
	spanBold
	spanItalic
	spanCode
	spanLink
	spanCite
)

// span is one parsed inline element. Bold, italic and link spans have children.
type span struct {
	kind     spanKind
	text     string   // text and code spans
	target   string   // link target
	keys     []string // citation keys
	children []span
}

// parseInline parses the report's inline Markdown subset. Anything that does not close is kept
// as literal text, so parsing never fails.
func parseInline(s string) []span {
	var out []span
	scanInline(s, func(kind spanKind, text, target string) {
		sp := span{kind: kind}
		switch kind {
		case spanText, spanCode:
			sp.text = text
		case spanCite:
			for _, k := range strings.Split(text, ";") {
				sp.keys = append(sp.keys, strings.TrimPrefix(strings.TrimSpace(k), "@"))
			}
		default:
			sp.target, sp.children = target, parseInline(text)
		}
		out = append(out, sp)
	})
	return out
}

// scanInline reads inline Markdown and calls on for each element, in order: literal text and
// code with their text; a citation with what stands between its brackets ("@a; @b"); bold,
// italic and a link with the Markdown inside them (for the caller to read in turn), and a
// link with its target. Anything that does not close is literal text.
func scanInline(s string, on func(kind spanKind, text, target string)) {
	// The literal text not yet emitted is always s[text:i]: markup that closes is emitted at
	// once, and markup that does not stays literal where it stands. A slice of s, not a copy.
	text := 0
	emit := func(i int, kind spanKind, inner, target string) {
		if i > text {
			on(spanText, s[text:i], "")
		}
		on(kind, inner, target)
	}
	for i := 0; i < len(s); {
		switch {
		case s[i] == '`':
			if j := strings.IndexByte(s[i+1:], '`'); j >= 0 {
				emit(i, spanCode, s[i+1:i+1+j], "")
				i += j + 2
				text = i
				continue
			}
		case strings.HasPrefix(s[i:], "[@"):
			if j := strings.IndexByte(s[i:], ']'); j >= 0 {
				emit(i, spanCite, s[i+1:i+j], "")
				i += j + 1
				text = i
				continue
			}
		case s[i] == '[':
			if j := matchBracket(s, i); j > 0 && j+1 < len(s) && s[j+1] == '(' {
				if k := strings.IndexByte(s[j+2:], ')'); k >= 0 {
					emit(i, spanLink, s[i+1:j], strings.TrimSpace(s[j+2:j+2+k]))
					i = j + 2 + k + 1
					text = i
					continue
				}
			}
		case strings.HasPrefix(s[i:], "**"):
			if j := strings.Index(s[i+2:], "**"); j > 0 {
				emit(i, spanBold, s[i+2:i+2+j], "")
				i += j + 4
				text = i
				continue
			}
		case s[i] == '*':
			if j := strings.IndexByte(s[i+1:], '*'); j > 0 && s[i+1] != ' ' {
				emit(i, spanItalic, s[i+1:i+1+j], "")
				i += j + 2
				text = i
				continue
			}
		}
		i++
	}
	if len(s) > text {
		on(spanText, s[text:], "")
	}
}

// matchBracket returns the index of the ] that closes the [ at i, or -1.
func matchBracket(s string, i int) int {
	depth := 0
	for j := i; j < len(s); j++ {
		switch s[j] {
		case '[':
			depth++
		case ']':
			depth--
			if depth == 0 {
				return j
			}
		}
	}
	return -1
}

// PlainText is the inline Markdown as a reader hears it: markup and citations removed, link
// texts kept. Retrieval indexes and quotes this text.
func PlainText(md string) string {
	var b strings.Builder
	b.Grow(len(md))
	writePlainMarkdown(&b, md)
	return strings.TrimSpace(dropSpaceBeforePunct(b.String()))
}

// writePlainMarkdown writes inline Markdown as writePlain writes its parsed spans, reading it
// as it goes instead of building the spans: the plain text of every block is made at start-up.
func writePlainMarkdown(b *strings.Builder, md string) {
	scanInline(md, func(kind spanKind, text, _ string) {
		switch kind {
		case spanText, spanCode:
			b.WriteString(text)
		case spanCite:
			// Citations are shown apart from the quoted text.
		default:
			writePlainMarkdown(b, text)
		}
	})
}

// dropSpaceBeforePunct removes the space a removed citation leaves before full-width
// punctuation: every run of spaces and tabs just before one of 。，；：！？、）」』. (Written out
// rather than as a regular expression: every passage of the report goes through it.)
func dropSpaceBeforePunct(s string) string {
	if !strings.ContainsAny(s, " \t") {
		return s
	}
	var b strings.Builder
	kept := 0 // s[kept:] is not yet written
	for i := 0; i < len(s); {
		if s[i] != ' ' && s[i] != '\t' {
			i++
			continue
		}
		j := i
		for j < len(s) && (s[j] == ' ' || s[j] == '\t') {
			j++
		}
		if r, _ := utf8.DecodeRuneInString(s[j:]); strings.ContainsRune("。，；：！？、）」』", r) {
			if kept == 0 {
				b.Grow(len(s))
			}
			b.WriteString(s[kept:i])
			kept = j
		}
		i = j
	}
	if kept == 0 {
		return s
	}
	b.WriteString(s[kept:])
	return b.String()
}

func writePlain(b *strings.Builder, spans []span) {
	for _, sp := range spans {
		switch sp.kind {
		case spanText, spanCode:
			b.WriteString(sp.text)
		case spanCite:
			// Citations are shown apart from the quoted text.
		default:
			writePlain(b, sp.children)
		}
	}
}

// CitationKeys returns the source keys cited in inline Markdown, in order of appearance.
func CitationKeys(md string) []string {
	var keys []string
	walk(parseInline(md), func(sp span) {
		if sp.kind == spanCite {
			keys = append(keys, sp.keys...)
		}
	})
	return keys
}

// LinkTargets returns every link target in inline Markdown.
func LinkTargets(md string) []string {
	var out []string
	walk(parseInline(md), func(sp span) {
		if sp.kind == spanLink {
			out = append(out, sp.target)
		}
	})
	return out
}

func walk(spans []span, f func(span)) {
	for _, sp := range spans {
		f(sp)
		walk(sp.children, f)
	}
}

// renderInline writes inline Markdown as escaped HTML. Links to anchors go to the chapter that
// holds them; citations become numbered links into the bibliography.
func (r *Report) renderInline(b *strings.Builder, md string) {
	r.renderSpans(b, parseInline(md))
}

func (r *Report) renderSpans(b *strings.Builder, spans []span) {
	for _, sp := range spans {
		switch sp.kind {
		case spanText:
			b.WriteString(html.EscapeString(sp.text))
		case spanCode:
			b.WriteString("<code>" + html.EscapeString(sp.text) + "</code>")
		case spanBold:
			b.WriteString("<strong>")
			r.renderSpans(b, sp.children)
			b.WriteString("</strong>")
		case spanItalic:
			b.WriteString("<em>")
			r.renderSpans(b, sp.children)
			b.WriteString("</em>")
		case spanLink:
			href, external := r.linkHref(sp.target)
			if href == "" {
				r.renderSpans(b, sp.children) // an unresolvable link is shown as text, never as a link
				continue
			}
			b.WriteString(`<a href="` + html.EscapeString(href) + `"`)
			if external {
				b.WriteString(` rel="noopener noreferrer" target="_blank"`)
			} else if strings.HasPrefix(sp.target, "#term-") {
				b.WriteString(` class="term" data-term="` + html.EscapeString(strings.TrimPrefix(sp.target, "#")) + `"`)
			}
			b.WriteString(">")
			if f, ok := r.figureOf(sp.target); ok && plainSpans(sp.children) == "图" {
				b.WriteString(html.EscapeString(f.Label())) // 「见[图](#fig-x)」 reads 「见图 2-1」
			} else {
				r.renderSpans(b, sp.children)
			}
			b.WriteString("</a>")
		case spanCite:
			b.WriteString(`<sup class="src-cite">`)
			for i, k := range sp.keys {
				if i > 0 {
					b.WriteString(",")
				}
				src, n, ok := r.Source(k)
				if !ok {
					b.WriteString("[?]")
					continue
				}
				b.WriteString(`<a href="/sources#src-` + html.EscapeString(k) + `" title="` + html.EscapeString(src.Title) + `">[` + strconv.Itoa(n) + `]</a>`)
			}
			b.WriteString("</sup>")
		}
	}
}

// linkHref maps a Markdown link target to a URL, or "" when it cannot be resolved.
func (r *Report) linkHref(target string) (href string, external bool) {
	if strings.HasPrefix(target, "#") {
		if s, ok := r.target(target[1:]); ok {
			return "/report/" + s.Chapter.Slug + target, false
		}
		return "", false
	}
	if strings.HasPrefix(target, "https://") || strings.HasPrefix(target, "http://") {
		return target, true
	}
	return "", false
}

// figureOf returns the figure a link target #fig-… points at.
func (r *Report) figureOf(target string) (*Figure, bool) {
	if !strings.HasPrefix(target, "#fig-") {
		return nil, false
	}
	return r.Figure(target[1:])
}

func plainSpans(spans []span) string {
	var b strings.Builder
	writePlain(&b, spans)
	return strings.TrimSpace(b.String())
}

// FigureURL is where a figure is seen: its chapter page, scrolled to it and highlighted.
func FigureURL(f *Figure) string {
	return "/report/" + f.Section.Chapter.Slug + "?hl=" + f.Anchor + "#" + f.Anchor
}

// SectionURL is where a section is read: its chapter page, scrolled to its anchor.
func SectionURL(s *Section) string {
	return "/report/" + s.Chapter.Slug + "#" + s.Anchor
}
