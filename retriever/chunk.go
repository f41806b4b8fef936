package retriever

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"llmtutor/corpus"
)

// Passage is the unit of retrieval and of citation: one or more consecutive blocks of one
// section, never split inside a block, so it never ends mid-sentence.
type Passage struct {
	ID           string   // stable: the first block's ID, plus a row range for split tables
	Anchor       string   // the section's anchor: where a citation lands
	Chapter      string   // chapter slug
	ChapterTitle string   //
	Title        string   // section title, prefixed with its parent ## title for ### sections
	Text         string   // plain text as quoted to the reader and the model
	BlockIDs     []string // the blocks to highlight when the passage is opened
	// Lead is the section's subject sentence: its first sentence, which by the report's style
	// names what the section is about (「GPQA Diamond 是……」).
	Lead string
	// Figure is the anchor of the figure this passage describes (its caption and description),
	// or "": a citation of it can show the drawing.
	Figure string
	// Example marks an invented sample item (「示例（自拟）」): it shows what a benchmark's
	// question looks like, and its words (photosynthesis, say) are not what the report is about.
	Example bool
}

// examplePrefix opens a paragraph that is an invented sample item.
const examplePrefix = "示例（自拟）"

func isExample(text string) bool { return strings.HasPrefix(text, examplePrefix) }

// URL opens the passage's section with its blocks highlighted.
func (p Passage) URL() string {
	if p.Figure != "" {
		return "/report/" + p.Chapter + "?hl=" + p.Figure + "#" + p.Figure
	}
	return "/report/" + p.Chapter + "?hl=" + strings.Join(p.BlockIDs, ",") + "#" + p.Anchor
}

// maxPassageRunes bounds how much text one passage gathers from consecutive short blocks.
// A single longer block stays whole: splitting it would cut a sentence.
const maxPassageRunes = 420

// minBlockRunes is the length below which a block never opens a passage of its own.
const minBlockRunes = 80

// Chunk cuts the report into passages. Every section's blocks are gathered in order until
// adding the next would pass maxPassageRunes; tables are cut into row groups that repeat the
// header, so each row group reads alone.
func Chunk(r *corpus.Report) []Passage {
	// The chapters are cut side by side, then joined in reading order.
	chapters := make([][]Passage, len(r.Chapters))
	parallel(len(r.Chapters), func(i int) { chapters[i] = chunkChapter(r.Chapters[i]) })
	n := 0
	for _, ps := range chapters {
		n += len(ps)
	}
	out := make([]Passage, 0, n)
	for _, ps := range chapters {
		out = append(out, ps...)
	}
	return out
}

// chunkChapter cuts one chapter into passages.
func chunkChapter(ch *corpus.Chapter) []Passage {
	var out []Passage
	for _, s := range ch.Sections {
		title := s.Title
		if s.Parent != nil {
			title = s.Parent.Title + " › " + s.Title
		}
		// The lead's block is read once, for the lead and for its passage.
		leadAt, leadText := leadBlock(s)
		base := Passage{Anchor: s.Anchor, Chapter: ch.Slug, ChapterTitle: ch.Title, Title: title, Lead: leadOf(leadText)}
		var cur *Passage
		var parts []string // cur's blocks' texts, joined by a line break when it is done
		runes := 0         // how many characters cur's text has
		flush := func() {
			if cur != nil {
				cur.Text = strings.Join(parts, "\n")
				if strings.TrimSpace(cur.Text) != "" {
					out = append(out, *cur)
				}
			}
			cur, parts, runes = nil, nil, 0
		}
		for k, b := range s.Blocks {
			if b.Kind == corpus.Code {
				continue
			}
			if b.Kind == corpus.FigureBlock {
				// A figure is a passage of its own: its caption and description, cited as the
				// figure.
				flush()
				p := base
				p.ID, p.BlockIDs, p.Figure = b.ID, []string{b.ID}, b.Figure.Anchor
				p.Title = title + " › " + b.Figure.Label()
				p.Text = b.PlainText()
				out = append(out, p)
				continue
			}
			if b.Kind == corpus.Table {
				flush()
				out = append(out, chunkTable(base, b)...)
				continue
			}
			text := leadText
			if k != leadAt {
				text = b.PlainText()
			}
			// An example stands alone, so the passages around it stay about their subject.
			// A short block (「相关概念：……」, a one-line remark) joins the passage before it even
			// past the bound: alone it would be a passage of a few names, matching any question
			// that names one of them and answering none.
			n := utf8.RuneCountInString(text)
			if cur != nil && (isExample(text) || cur.Example ||
				(runes+n > maxPassageRunes && n >= minBlockRunes)) {
				flush()
			}
			if cur == nil {
				p := base
				p.ID = b.ID
				cur = &p
				cur.Example = isExample(text)
				parts, runes = []string{text}, n
			} else {
				parts = append(parts, text)
				runes += 1 + n // the line break, then the block
			}
			cur.BlockIDs = append(cur.BlockIDs, b.ID)
		}
		flush()
	}
	return out
}

func chunkTable(base Passage, b corpus.Block) []Passage {
	if len(b.Rows) == 0 {
		return nil
	}
	header := strings.Join(b.Rows[0], " | ")
	var out []Passage
	var rows []string
	start := 1
	emit := func(end int) {
		if len(rows) == 0 {
			return
		}
		p := base
		p.ID = b.ID + "-r" + strconv.Itoa(start) + "-" + strconv.Itoa(end)
		p.BlockIDs = []string{b.ID}
		p.Text = corpus.PlainText(header) + "\n" + strings.Join(rows, "\n")
		if strings.TrimSpace(p.Text) != "" { // a table of blank cells says nothing
			out = append(out, p)
		}
		rows = nil
	}
	size := 0
	for i := 1; i < len(b.Rows); i++ {
		cells := make([]string, len(b.Rows[i]))
		for j, c := range b.Rows[i] {
			cells[j] = corpus.PlainText(c)
		}
		row := strings.Join(cells, " | ")
		if size+utf8.RuneCountInString(row) > maxPassageRunes && len(rows) > 0 {
			emit(i - 1)
			start, size = i, 0
		}
		rows = append(rows, row)
		size += utf8.RuneCountInString(row)
	}
	emit(len(b.Rows) - 1)
	return out
}

// leadBlock returns the index and the plain text of a section's first paragraph or list, or
// -1 and "" when it has none.
func leadBlock(s *corpus.Section) (int, string) {
	for k, b := range s.Blocks {
		if b.Kind == corpus.Paragraph || b.Kind == corpus.List {
			return k, b.PlainText()
		}
	}
	return -1, ""
}

// leadOf is the first sentence of the lead block's text: the section's subject sentence.
func leadOf(text string) string {
	if i := strings.IndexAny(text, "。！？\n"); i > 0 {
		return text[:i]
	}
	return text
}
