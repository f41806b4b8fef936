package corpus

import (
	"html"
	"net/url"
	"strings"
	"unicode"
	"unicode/utf8"
)

// PlainText is the block as a reader hears it: list items on their own lines, table rows with
// cells separated by " | ", no markup and no citations.
func (b Block) PlainText() string {
	switch b.Kind {
	case Code:
		return ""
	case FigureBlock:
		return b.Figure.PlainText()
	case Table:
		rows := make([]string, len(b.Rows))
		for i, row := range b.Rows {
			cells := make([]string, len(row))
			for j, c := range row {
				cells[j] = PlainText(c)
			}
			rows[i] = strings.Join(cells, " | ")
		}
		return strings.Join(rows, "\n")
	}
	parts := make([]string, len(b.Items))
	for i, it := range b.Items {
		parts[i] = strings.ReplaceAll(PlainText(it.Markdown), "\n", "")
	}
	return strings.Join(parts, "\n")
}

// PlainText is the figure as a passage of text: its label, caption and description, so a
// question about what the figure shows finds it.
func (f *Figure) PlainText() string {
	caption := PlainText(f.Caption)
	if caption != "" && !strings.HasSuffix(caption, "。") && !strings.HasSuffix(caption, "？") && !strings.HasSuffix(caption, "！") {
		caption += "。"
	}
	return f.Label() + "：" + caption + f.Desc
}

// Citations returns the keys the block cites, each once, in order of first appearance.
func (b Block) Citations() []string {
	seen := map[string]bool{}
	var out []string
	for _, it := range b.Items {
		for _, k := range CitationKeys(it.Markdown) {
			if !seen[k] {
				seen[k] = true
				out = append(out, k)
			}
		}
	}
	return out
}

// AsksHTML renders a section's 「常见问法」 as one line of questions, each a link that asks it
// in the chat; "" when the section lists none.
func (s *Section) AsksHTML() string {
	if len(s.Asks) == 0 {
		return ""
	}
	var sb strings.Builder
	sb.WriteString(`<p class="asks"><span class="asks-label">常见问法：</span>`)
	for i, q := range s.Asks {
		if i > 0 {
			sb.WriteString("　")
		}
		sb.WriteString(`<a class="ask" href="` + html.EscapeString(AskURL(q, "")) + `">` + html.EscapeString(q) + `</a>`)
	}
	sb.WriteString("</p>")
	return sb.String()
}

// AskURL is the chat page asking question q, about the section with the given anchor when
// about is not "". Non-ASCII letters stay as they are (browsers encode them when following the
// link): a Chinese question percent-encoded is three times longer and compresses badly.
func AskURL(q, about string) string {
	u := "/?ask=" + queryIRI(q)
	if about != "" {
		u += "&about=" + queryIRI(about)
	}
	return u
}

// queryIRI escapes s for a query value like url.QueryEscape, except for non-ASCII runes.
func queryIRI(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r < utf8.RuneSelf {
			b.WriteString(url.QueryEscape(string(r)))
		} else if r == utf8.RuneError || !unicode.IsGraphic(r) || unicode.IsSpace(r) {
			b.WriteString(url.QueryEscape(string(r)))
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// BlockHTML renders one block as escaped HTML carrying its ID, so a cited passage can be
// highlighted and scrolled to.
func (r *Report) BlockHTML(b Block) string {
	var sb strings.Builder
	id := html.EscapeString(b.ID)
	switch b.Kind {
	case Paragraph:
		sb.WriteString(`<p id="` + id + `" class="passage">`)
		r.renderInline(&sb, strings.ReplaceAll(b.Items[0].Markdown, "\n", ""))
		sb.WriteString("</p>")
	case Quote:
		sb.WriteString(`<blockquote id="` + id + `" class="passage">`)
		r.renderInline(&sb, b.Items[0].Markdown)
		sb.WriteString("</blockquote>")
	case FigureBlock:
		f := b.Figure
		sb.WriteString(`<figure id="` + id + `" class="fig passage">`)
		if f.SVG != "" {
			sb.WriteString(`<div class="fig-svg">` + f.SVG + `</div>`)
		} else {
			sb.WriteString(`<p class="fig-missing">（图缺失）</p>`)
		}
		sb.WriteString(`<figcaption><span class="fig-label">` + html.EscapeString(f.Label()) + `</span>　`)
		r.renderInline(&sb, f.Caption)
		if f.Desc != "" {
			sb.WriteString(`<span class="fig-desc">` + html.EscapeString(f.Desc) + `</span>`)
		}
		sb.WriteString("</figcaption></figure>")
	case Code:
		sb.WriteString(`<pre id="` + id + `"><code>`)
		lines := strings.Split(b.Items[0].Markdown, "\n")
		if len(lines) >= 2 {
			lines = lines[1 : len(lines)-1]
		}
		sb.WriteString(html.EscapeString(strings.Join(lines, "\n")))
		sb.WriteString("</code></pre>")
	case List:
		tag := "ul"
		if b.Ordered {
			tag = "ol"
		}
		sb.WriteString("<" + tag + ` id="` + id + `" class="passage">`)
		for _, it := range b.Items {
			sb.WriteString("<li>")
			r.renderInline(&sb, strings.ReplaceAll(it.Markdown, "\n", ""))
			sb.WriteString("</li>")
		}
		sb.WriteString("</" + tag + ">")
	case Table:
		sb.WriteString(`<div class="table-wrap"><table id="` + id + `" class="passage">`)
		for i, row := range b.Rows {
			cell := "td"
			if i == 0 {
				cell = "th"
				sb.WriteString("<thead>")
			}
			sb.WriteString("<tr>")
			for _, c := range row {
				sb.WriteString("<" + cell + ">")
				r.renderInline(&sb, c)
				sb.WriteString("</" + cell + ">")
			}
			sb.WriteString("</tr>")
			if i == 0 {
				sb.WriteString("</thead><tbody>")
			}
		}
		if len(b.Rows) > 0 {
			sb.WriteString("</tbody>")
		}
		sb.WriteString("</table></div>")
	}
	return sb.String()
}

// InlineHTML renders one line of inline Markdown (a heading, a summary) as escaped HTML.
func (r *Report) InlineHTML(md string) string {
	var sb strings.Builder
	r.renderInline(&sb, md)
	return sb.String()
}

// Definition is the first sentence-bearing paragraph of a section, as plain text: what a
// glossary card or a hover shows.
func (s *Section) Definition() string {
	for _, b := range s.Blocks {
		if b.Kind == Paragraph {
			return b.PlainText()
		}
	}
	return ""
}

// Fields returns the "- **name**：value" field list at the head of an entry (benchmarks and
// models), in order, as name → inline Markdown value.
func (s *Section) Fields() []Field {
	for _, b := range s.Blocks {
		if b.Kind != List {
			continue
		}
		var out []Field
		for _, it := range b.Items {
			if f, ok := parseField(it); ok {
				out = append(out, f)
			}
		}
		return out
	}
	return nil
}

// Field is one "- **名称**：值" line of an entry's field list.
type Field struct {
	Name  string
	Value string
	Line  int
}

func parseField(it Item) (Field, bool) {
	md := strings.TrimSpace(it.Markdown)
	if !strings.HasPrefix(md, "**") {
		return Field{}, false
	}
	end := strings.Index(md[2:], "**")
	if end < 0 {
		return Field{}, false
	}
	name := md[2 : 2+end]
	rest := strings.TrimSpace(md[2+end+2:])
	name = strings.TrimRight(name, "：:")
	for _, p := range []string{"：", ":"} {
		rest = strings.TrimPrefix(rest, p)
	}
	return Field{Name: strings.TrimSpace(name), Value: strings.TrimSpace(rest), Line: it.Line}, true
}
