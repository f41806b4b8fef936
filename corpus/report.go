// Package corpus holds the report: Markdown chapters and a bibliography, parsed into immutable
// chapters, sections and blocks, validated against the report's rules and rendered to HTML.
// It knows nothing about search or chat.
package corpus

import (
	"embed"
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

//go:embed report/*.md sources/*.yaml asks/*.yaml figures/*.svg
var embedded embed.FS

// Embedded parses the report compiled into the binary.
func Embedded() (*Report, error) {
	return Parse(embedded)
}

// Report is the whole parsed report. It is immutable after Parse returns, so one value can be
// shared by every request.
type Report struct {
	Chapters []*Chapter
	Sources  []Source

	sections      map[string]*Section // by anchor
	figures       map[string]*Figure  // by anchor
	figureFiles   map[string][]byte   // figures/*.svg by path
	sourceIndex   map[string]int      // key → position in Sources
	parseProblems []Problem
}

// Chapter is one file of the report.
type Chapter struct {
	Number  int
	Slug    string // URL name: /report/<Slug>
	File    string // path inside the corpus, for messages
	Title   string
	Summary string
	// Sections in document order. The first one holds the chapter's opening text (the part before
	// the first heading) under the anchor IntroAnchor(Slug); it has Level 1.
	Sections []*Section
}

// Kind says what a section is, derived from its anchor prefix.
type Kind int

const (
	KindSection   Kind = iota // ordinary prose section
	KindIntro                 // a chapter's opening text
	KindTerm                  // concept entry, term-…
	KindBenchmark             // bench-…
	KindMetric                // metric-…
	KindEval                  // eval-… (safety and preparedness evaluations)
	KindModel                 // model-…
)

// Section is a heading and the blocks under it, up to the next heading of any level.
type Section struct {
	Anchor  string
	Title   string
	Level   int // 1 for the chapter intro, 2 for ##, 3 for ###
	Kind    Kind
	Chapter *Chapter
	Parent  *Section // the enclosing ## section of a ### section, else nil
	Line    int
	Blocks  []Block
	// Asks are the questions readers ask that this section answers (its 「常见问法」).
	Asks []string
}

// BlockKind tells paragraphs from lists, tables, quotes and code.
type BlockKind int

const (
	Paragraph BlockKind = iota
	List
	Table
	Quote
	Code
	FigureBlock // a figure line; Block.Figure holds it
)

// Figure is a drawing in a chapter: an SVG file under figures/ with a numbered caption. Its
// anchor (fig-…) is unique across the report like a heading's, so text can link to it.
type Figure struct {
	Anchor  string
	Src     string // as written: ../figures/<anchor>.svg
	Caption string // inline Markdown, with the citation of the facts the figure shows
	Desc    string // one sentence saying what the figure shows, plain text
	Number  string // generated: chapter number and position in the chapter, "2-1"
	Section *Section
	Line    int
	// SVG is the sanitized markup to inline into a page; "" when the file is missing or refused.
	SVG string
}

// Label is the figure's number as the text refers to it: 「图 2-1」.
func (f *Figure) Label() string { return "图 " + f.Number }

// File is the figure's path inside the corpus.
func (f *Figure) File() string { return "figures/" + f.Anchor + ".svg" }

// Block is one paragraph-level element. Its ID (anchor-index) addresses it in the rendered
// chapter, so a citation in an answer can highlight the exact passage.
type Block struct {
	ID      string
	Kind    BlockKind
	Line    int
	Ordered bool       // for lists
	Items   []Item     // list items; for other kinds a single item holding the whole text
	Rows    [][]string // table cells, header first, separator row removed
	Figure  *Figure    // for figures; the block's ID is the figure's anchor
}

// Item is one list item or the whole text of a non-list block, with its source line.
type Item struct {
	Markdown string
	Line     int
}

// Source is one entry of the bibliography.
type Source struct {
	Key       string `yaml:"key"`
	Title     string `yaml:"title"`
	Publisher string `yaml:"publisher"`
	Date      string `yaml:"date"`
	URL       string `yaml:"url"`
	Type      string `yaml:"type"`
	Lang      string `yaml:"lang"`
	File      string `yaml:"-"`
	Line      int    `yaml:"-"`
}

// Problem is one violation of the report's rules, located in a file.
type Problem struct {
	File string
	Line int
	Msg  string
}

func (p Problem) String() string { return fmt.Sprintf("%s:%d: %s", p.File, p.Line, p.Msg) }

// IntroAnchor is the anchor of a chapter's opening text.
func IntroAnchor(slug string) string { return "intro-" + slug }

// Section returns the section with the given anchor.
func (r *Report) Section(anchor string) (*Section, bool) {
	s, ok := r.sections[anchor]
	return s, ok
}

// Figure returns the figure with the given anchor.
func (r *Report) Figure(anchor string) (*Figure, bool) {
	f, ok := r.figures[anchor]
	return f, ok
}

// Figures returns every figure in reading order.
func (r *Report) Figures() []*Figure {
	var out []*Figure
	for _, s := range r.AllSections() {
		for _, b := range s.Blocks {
			if b.Figure != nil {
				out = append(out, b.Figure)
			}
		}
	}
	return out
}

// Chapter returns the chapter with the given slug.
func (r *Report) Chapter(slug string) (*Chapter, bool) {
	for _, c := range r.Chapters {
		if c.Slug == slug {
			return c, true
		}
	}
	return nil, false
}

// Source returns the bibliography entry with the given key and its 1-based number.
func (r *Report) Source(key string) (Source, int, bool) {
	i, ok := r.sourceIndex[key]
	if !ok {
		return Source{}, 0, false
	}
	return r.Sources[i], i + 1, true
}

// Sections returns every section of the report in reading order.
func (r *Report) AllSections() []*Section {
	var out []*Section
	for _, c := range r.Chapters {
		out = append(out, c.Sections...)
	}
	return out
}

// Terms returns the concept entries, sorted by reading order.
func (r *Report) Terms() []*Section {
	var out []*Section
	for _, s := range r.AllSections() {
		if s.Kind == KindTerm {
			out = append(out, s)
		}
	}
	return out
}

var chapterFile = regexp.MustCompile(`^(\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)\.md$`)

// Parse reads every chapter under report/ and every bibliography file under sources/ of fsys.
// It fails only when a file cannot be read or a bibliography file is not valid YAML; rule
// violations, including malformed headings, are reported by Check.
func Parse(fsys fs.FS) (*Report, error) {
	r := &Report{sections: map[string]*Section{}, sourceIndex: map[string]int{}, figures: map[string]*Figure{}, figureFiles: map[string][]byte{}}

	figFiles, err := fs.Glob(fsys, "figures/*")
	if err != nil {
		return nil, fmt.Errorf("listing figures: %w", err)
	}
	for _, f := range figFiles {
		data, err := fs.ReadFile(fsys, f)
		if err != nil {
			return nil, fmt.Errorf("reading %s: %w", f, err)
		}
		r.figureFiles[f] = data
	}

	srcFiles, err := fs.Glob(fsys, "sources/*.yaml")
	if err != nil {
		return nil, fmt.Errorf("listing sources: %w", err)
	}
	sort.Strings(srcFiles)
	// Decoding the YAML (the bibliography, the 常见问法) takes longer than parsing the chapters,
	// and neither needs the other: it is done on another core meanwhile. What each step finds
	// is then taken in the order of reading them one after another: the same errors win, and
	// the problems come in the same order.
	sources := make([]parsedSources, len(srcFiles))
	var asks asksFiles
	yamlDone := make(chan struct{})
	go func() {
		defer close(yamlDone)
		for i, f := range srcFiles {
			data, err := fs.ReadFile(fsys, f)
			if err != nil {
				sources[i].err = fmt.Errorf("reading %s: %w", f, err)
				continue
			}
			sources[i].list, sources[i].err = parseSources(f, data)
		}
		asks = decodeAsks(fsys)
	}()
	chapterProblems, chapterErr := r.parseChapters(fsys)
	<-yamlDone

	for _, srcs := range sources {
		if srcs.err != nil {
			return nil, srcs.err
		}
		for _, s := range srcs.list {
			if _, dup := r.sourceIndex[s.Key]; dup {
				prev := r.Sources[r.sourceIndex[s.Key]]
				r.parseProblems = append(r.parseProblems, Problem{s.File, s.Line,
					fmt.Sprintf("source key %q is already defined at %s:%d", s.Key, prev.File, prev.Line)})
				continue
			}
			r.sourceIndex[s.Key] = len(r.Sources)
			r.Sources = append(r.Sources, s)
		}
	}
	if chapterErr != nil {
		return nil, chapterErr
	}
	r.parseProblems = append(r.parseProblems, chapterProblems...)
	if err := r.applyAsks(asks); err != nil {
		return nil, err
	}
	return r, nil
}

// parsedSources is what one bibliography file holds, or the error reading it.
type parsedSources struct {
	list []Source
	err  error
}

// parseChapters parses every chapter under report/, files the sections and figures by anchor
// and sanitises the figures, returning the problems it finds in reading order. Its error is a
// chapter that cannot be listed or read.
func (r *Report) parseChapters(fsys fs.FS) ([]Problem, error) {
	var problems []Problem
	chFiles, err := fs.Glob(fsys, "report/*.md")
	if err != nil {
		return problems, fmt.Errorf("listing chapters: %w", err)
	}
	sort.Strings(chFiles)
	for _, f := range chFiles {
		m := chapterFile.FindStringSubmatch(path.Base(f))
		if m == nil {
			problems = append(problems, Problem{f, 1, "chapter file name must be NN-slug.md (two digits, kebab-case ASCII slug)"})
			continue
		}
		data, err := fs.ReadFile(fsys, f)
		if err != nil {
			return problems, fmt.Errorf("reading %s: %w", f, err)
		}
		n, _ := strconv.Atoi(m[1])
		ch := &Chapter{Number: n, Slug: m[2], File: f}
		problems = append(problems, parseChapter(ch, string(data))...)
		r.Chapters = append(r.Chapters, ch)
	}
	for _, ch := range r.Chapters {
		for _, s := range ch.Sections {
			if s.Anchor == "" {
				continue
			}
			if prev, dup := r.sections[s.Anchor]; dup {
				problems = append(problems, Problem{ch.File, s.Line,
					fmt.Sprintf("anchor %q is already used at %s:%d", s.Anchor, prev.Chapter.File, prev.Line)})
				continue
			}
			r.sections[s.Anchor] = s
		}
	}
	for _, ch := range r.Chapters {
		n := 0
		for _, s := range ch.Sections {
			for _, b := range s.Blocks {
				f := b.Figure
				if f == nil {
					continue
				}
				n++
				f.Number = fmt.Sprintf("%d-%d", ch.Number, n)
				if f.Anchor == "" {
					continue
				}
				if prev, dup := r.sections[f.Anchor]; dup {
					problems = append(problems, Problem{ch.File, f.Line,
						fmt.Sprintf("anchor %q is already used at %s:%d", f.Anchor, prev.Chapter.File, prev.Line)})
					continue
				}
				if prev, dup := r.figures[f.Anchor]; dup {
					problems = append(problems, Problem{ch.File, f.Line,
						fmt.Sprintf("anchor %q is already used at %s:%d", f.Anchor, prev.Section.Chapter.File, prev.Line)})
					continue
				}
				r.figures[f.Anchor] = f
				if data, ok := r.figureFiles[f.File()]; ok && validFigureAnchor(f.Anchor) {
					f.SVG, _ = SanitizeSVG(data, f.Anchor)
				}
			}
		}
	}
	return problems, nil
}

func kindOf(anchor string) Kind {
	switch {
	case strings.HasPrefix(anchor, "term-"):
		return KindTerm
	case strings.HasPrefix(anchor, "bench-"):
		return KindBenchmark
	case strings.HasPrefix(anchor, "metric-"):
		return KindMetric
	case strings.HasPrefix(anchor, "eval-"):
		return KindEval
	case strings.HasPrefix(anchor, "model-"):
		return KindModel
	}
	return KindSection
}
