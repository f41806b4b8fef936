package corpus

import (
	"fmt"
	"regexp"
	"strings"

	"gopkg.in/yaml.v3"
)

var sourceFields = map[string]bool{"key": true, "title": true, "publisher": true, "date": true, "url": true, "type": true, "lang": true}

func parseSources(file string, data []byte) ([]Source, error) {
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		return nil, fmt.Errorf("parsing %s: %w", file, err)
	}
	if len(root.Content) == 0 {
		return nil, nil // an empty file holds no sources
	}
	seq := root.Content[0]
	if seq.Kind != yaml.SequenceNode {
		return nil, fmt.Errorf("parsing %s: the bibliography must be a YAML list", file)
	}
	out := make([]Source, 0, len(seq.Content))
	for _, item := range seq.Content {
		if item.Kind != yaml.MappingNode {
			return nil, fmt.Errorf("parsing %s:%d: each source must be a mapping", file, item.Line)
		}
		for i := 0; i < len(item.Content); i += 2 {
			if k := item.Content[i].Value; !sourceFields[k] {
				return nil, fmt.Errorf("parsing %s:%d: unknown source field %q", file, item.Content[i].Line, k)
			}
		}
		var s Source
		if err := item.Decode(&s); err != nil {
			return nil, fmt.Errorf("parsing %s:%d: %w", file, item.Line, err)
		}
		s.File, s.Line = file, item.Line
		out = append(out, s)
	}
	return out, nil
}

var (
	headingRe   = regexp.MustCompile(`^(#{1,6})\s+(.*?)\s*$`)
	anchorRe    = regexp.MustCompile(`^(.*?)\s*\{#([^}\s]*)\}$`)
	validAnchor = regexp.MustCompile(`^[a-z0-9]+(?:-[a-z0-9]+)*$`)
	listItemRe  = regexp.MustCompile(`^(\s*)([-*]|\d+\.)\s+(.*)$`)
	// A figure is a line of its own: ![caption [@key]](../figures/fig-x.svg "description") {#fig-x}
	figureRe = regexp.MustCompile(`^!\[(.*)\]\(\s*(\S+)(?:\s+"([^"]*)")?\s*\)\s*(?:\{#([^}\s]*)\})?$`)
)

// FigureSyntax is how a figure line is written, for messages.
const FigureSyntax = `![说明 [@key]](../figures/fig-name.svg "一句话描述。") {#fig-name}`

func validFigureAnchor(a string) bool {
	return strings.HasPrefix(a, "fig-") && validAnchor.MatchString(a)
}

// parseChapter splits a chapter's text into front matter, sections and blocks. It records what
// it cannot make sense of as problems and goes on, so one mistake does not hide the next.
func parseChapter(ch *Chapter, text string) []Problem {
	var probs []Problem
	add := func(line int, format string, args ...any) {
		probs = append(probs, Problem{ch.File, line, fmt.Sprintf(format, args...)})
	}
	text = strings.ReplaceAll(text, "\r\n", "\n")
	lines := strings.Split(text, "\n")

	// Front matter: a --- fenced block of "key: value" lines.
	start := 0
	if len(lines) > 0 && strings.TrimSpace(lines[0]) == "---" {
		end := -1
		for i := 1; i < len(lines); i++ {
			if strings.TrimSpace(lines[i]) == "---" {
				end = i
				break
			}
			k, v, ok := strings.Cut(lines[i], ":")
			if !ok {
				add(i+1, "front matter line must be key: value")
				continue
			}
			switch strings.TrimSpace(k) {
			case "title":
				ch.Title = strings.TrimSpace(v)
			case "summary":
				ch.Summary = strings.TrimSpace(v)
			default:
				add(i+1, "unknown front matter key %q (only title and summary)", strings.TrimSpace(k))
			}
		}
		if end < 0 {
			add(1, "front matter is not closed with ---")
			return probs
		}
		start = end + 1
	} else {
		add(1, "chapter must start with front matter (--- title, summary ---)")
	}
	if ch.Title == "" {
		add(1, "front matter has no title")
	}
	if ch.Summary == "" {
		add(1, "front matter has no summary")
	}

	intro := &Section{Anchor: IntroAnchor(ch.Slug), Title: ch.Title, Level: 1, Kind: KindIntro, Chapter: ch, Line: start + 1}
	ch.Sections = append(ch.Sections, intro)
	cur := intro
	var parent *Section

	var buf []Item // lines of the block being gathered
	inFence := false
	flush := func() {
		if len(buf) == 0 {
			return
		}
		b := makeBlock(buf)
		n := 1 // figures are addressed by their anchors and take no block number
		for _, prev := range cur.Blocks {
			if prev.Kind != FigureBlock {
				n++
			}
		}
		b.ID = fmt.Sprintf("%s-p%d", cur.Anchor, n)
		cur.Blocks = append(cur.Blocks, b)
		buf = nil
	}
	for i := start; i < len(lines); i++ {
		ln := i + 1
		line := lines[i]
		if strings.HasPrefix(strings.TrimSpace(line), "```") {
			inFence = !inFence
			buf = append(buf, Item{line, ln})
			if !inFence {
				flush()
			}
			continue
		}
		if inFence {
			buf = append(buf, Item{line, ln})
			continue
		}
		if strings.HasPrefix(strings.TrimSpace(line), "![") {
			flush()
			f := &Figure{Section: cur, Line: ln}
			if m := figureRe.FindStringSubmatch(strings.TrimSpace(line)); m != nil {
				f.Caption, f.Src, f.Desc, f.Anchor = strings.TrimSpace(m[1]), m[2], strings.TrimSpace(m[3]), m[4]
			} else {
				add(ln, "a figure is one line of its own: %s", FigureSyntax)
			}
			switch {
			case f.Anchor == "":
				add(ln, "figure has no {#fig-…} anchor: %s", FigureSyntax)
			case !validFigureAnchor(f.Anchor):
				add(ln, "figure anchor %q must be fig- followed by kebab-case ASCII", f.Anchor)
			}
			id := f.Anchor
			if !validFigureAnchor(id) {
				id = fmt.Sprintf("%s-fig%d", cur.Anchor, len(cur.Blocks)+1) // reported above; an ID still
			}
			cur.Blocks = append(cur.Blocks, Block{ID: id, Kind: FigureBlock, Line: ln, Figure: f,
				Items: []Item{{f.Caption, ln}}})
			continue
		}
		if m := headingRe.FindStringSubmatch(line); m != nil {
			flush()
			level := len(m[1])
			title, anchor := m[2], ""
			if am := anchorRe.FindStringSubmatch(title); am != nil {
				title, anchor = am[1], am[2]
			}
			switch {
			case level != 2 && level != 3:
				add(ln, "only ## and ### headings are allowed inside a chapter (found %d #)", level)
			case anchor == "":
				add(ln, "heading %q has no {#anchor}", title)
			case !validAnchor.MatchString(anchor):
				add(ln, "anchor %q must be kebab-case ASCII: [a-z0-9] words joined by -", anchor)
			}
			if level < 2 {
				level = 2
			}
			if level > 3 {
				level = 3
			}
			sec := &Section{Anchor: anchor, Title: title, Level: level, Kind: kindOf(anchor), Chapter: ch, Line: ln}
			if level == 2 {
				parent = sec
			} else {
				sec.Parent = parent
			}
			ch.Sections = append(ch.Sections, sec)
			cur = sec
			continue
		}
		if strings.TrimSpace(line) == "" {
			flush()
			continue
		}
		buf = append(buf, Item{line, ln})
	}
	if inFence {
		add(len(lines), "code fence is not closed")
	}
	flush()
	return probs
}

// makeBlock classifies gathered lines. List items absorb their continuation lines.
func makeBlock(lines []Item) Block {
	first := strings.TrimSpace(lines[0].Markdown)
	b := Block{Line: lines[0].Line}
	join := func(ls []Item) string {
		parts := make([]string, len(ls))
		for i, l := range ls {
			parts[i] = strings.TrimSpace(l.Markdown)
		}
		return strings.Join(parts, "\n")
	}
	switch {
	case strings.HasPrefix(first, "```"):
		b.Kind = Code
		raw := make([]string, len(lines))
		for i, l := range lines {
			raw[i] = l.Markdown
		}
		b.Items = []Item{{strings.Join(raw, "\n"), lines[0].Line}}
	case strings.HasPrefix(first, "|"):
		b.Kind = Table
		for _, l := range lines {
			row := splitRow(l.Markdown)
			if isSeparatorRow(row) {
				continue
			}
			b.Rows = append(b.Rows, row)
		}
		b.Items = []Item{{join(lines), lines[0].Line}}
	case strings.HasPrefix(first, ">"):
		b.Kind = Quote
		parts := make([]string, len(lines))
		for i, l := range lines {
			parts[i] = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(l.Markdown), ">"))
		}
		b.Items = []Item{{strings.Join(parts, "\n"), lines[0].Line}}
	case listItemRe.MatchString(lines[0].Markdown):
		b.Kind = List
		b.Ordered = !strings.HasPrefix(first, "-") && !strings.HasPrefix(first, "*")
		for _, l := range lines {
			// An indented first line still opens an item: there is no item yet to continue.
			if m := listItemRe.FindStringSubmatch(l.Markdown); m != nil && (len(m[1]) < 2 || len(b.Items) == 0) {
				b.Items = append(b.Items, Item{m[3], l.Line})
				continue
			}
			last := &b.Items[len(b.Items)-1]
			last.Markdown += "\n" + strings.TrimSpace(l.Markdown)
		}
	default:
		b.Kind = Paragraph
		b.Items = []Item{{join(lines), lines[0].Line}}
	}
	return b
}

func splitRow(line string) []string {
	line = strings.TrimSpace(line)
	line = strings.TrimPrefix(line, "|")
	line = strings.TrimSuffix(line, "|")
	cells := strings.Split(line, "|")
	for i := range cells {
		cells[i] = strings.TrimSpace(cells[i])
	}
	return cells
}

func isSeparatorRow(row []string) bool {
	for _, c := range row {
		if strings.Trim(c, ":- ") != "" || c == "" {
			return false
		}
	}
	return len(row) > 0
}
