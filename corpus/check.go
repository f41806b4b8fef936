package corpus

import (
	"fmt"
	"regexp"
	"sort"
	"strings"
	"unicode"
)

// Rules the report must keep. Tests run Check on the embedded report, so a report that breaks
// one never ships. Each rule is documented for writers in corpus/README.md.
var (
	sourceTypes = map[string]bool{"paper": true, "announcement": true, "system-card": true, "model-card": true,
		"repo": true, "docs": true, "encyclopedia": true, "blog": true}
	dateRe = regexp.MustCompile(`^\d{4}(-\d{2}(-\d{2})?)?$`)

	// A statement of a year, a percentage or a number of scale is a fact that needs a source.
	factRe = regexp.MustCompile(`(^|[^0-9A-Za-z.])(19|20)\d{2}([^0-9]|$)|\d\s*[%％]|\d\s*(万|亿|千)|\d(\.\d+)?\s?[BMKT]([^A-Za-z]|$)`)

	hanLatin        = regexp.MustCompile(`\p{Han}[A-Za-z0-9]|[A-Za-z0-9]\p{Han}`)
	hanHalfPunc     = regexp.MustCompile(`\p{Han}[,;:?!()]|[,;:?!()]\p{Han}`)
	englishInParens = regexp.MustCompile(`（[^）]*[A-Za-z][^）]*）`)
)

// EntryFields lists the field list each kind of entry must open with, in order.
var EntryFields = map[Kind][]string{
	KindBenchmark: {"全称", "出自", "考查能力", "题目形式与规模", "评分方式", "出现在"},
	KindModel:     {"发布方", "发布时间", "开放程度", "架构", "模态", "上下文窗口", "关键技术"},
}

// AppearsInNames is the closed list of sources a benchmark's 出现在 field may name.
var AppearsInNames = []string{"DeepSeek-R1 报告", "OpenAI o1", "OpenAI o3-mini", "其他"}

// MinTermHan is the least number of Chinese characters a concept entry's body must have.
const MinTermHan = 150

// Check reports every violation of the report's rules, sorted by file and line.
func (r *Report) Check() []Problem {
	probs := append([]Problem(nil), r.parseProblems...)
	add := func(file string, line int, format string, args ...any) {
		probs = append(probs, Problem{file, line, fmt.Sprintf(format, args...)})
	}

	cited := map[string]bool{}
	slugs := map[string]string{}
	numbers := map[int]string{}
	for _, ch := range r.Chapters {
		if prev, dup := slugs[ch.Slug]; dup {
			add(ch.File, 1, "chapter slug %q is already used by %s", ch.Slug, prev)
		}
		slugs[ch.Slug] = ch.File
		if prev, dup := numbers[ch.Number]; dup {
			add(ch.File, 1, "chapter number %02d is already used by %s", ch.Number, prev)
		}
		numbers[ch.Number] = ch.File
		for _, s := range ch.Sections {
			if s.Kind != KindIntro {
				r.checkTypography(add, ch.File, s.Line, s.Title)
			}
			for _, b := range s.Blocks {
				for _, it := range b.Items {
					if b.Kind == Code {
						continue
					}
					for _, k := range CitationKeys(it.Markdown) {
						cited[k] = true
						if _, _, ok := r.Source(k); !ok {
							add(ch.File, it.Line, "citation key %q is not in the bibliography", k)
						}
					}
					for _, t := range LinkTargets(it.Markdown) {
						if strings.HasPrefix(t, "#") {
							if _, ok := r.target(t[1:]); !ok {
								add(ch.File, it.Line, "link to %q points at no anchor", t)
							}
						} else if !strings.HasPrefix(t, "https://") && !strings.HasPrefix(t, "http://") {
							add(ch.File, it.Line, "link target %q must be #anchor or an http(s) URL", t)
						}
					}
					if b.Kind == Table {
						continue // tables summarise entries that carry the citations
					}
					r.checkTypography(add, ch.File, it.Line, it.Markdown)
					if len(CitationKeys(it.Markdown)) == 0 {
						if m := factRe.FindString(PlainText(it.Markdown)); m != "" {
							add(ch.File, it.Line, "states a fact (%q) without a citation [@key]", strings.TrimSpace(m))
						}
					}
				}
			}
			r.checkEntry(add, s)
			for _, b := range s.Blocks {
				if b.Figure != nil {
					r.checkFigure(add, b.Figure)
				}
			}
		}
	}
	referenced := map[string]bool{}
	for _, f := range r.Figures() {
		if f.Anchor != "" {
			referenced[f.File()] = true
		}
	}
	files := make([]string, 0, len(r.figureFiles))
	for f := range r.figureFiles {
		files = append(files, f)
	}
	sort.Strings(files)
	for _, f := range files {
		switch {
		case !strings.HasSuffix(f, ".svg"):
			add(f, 1, "only SVG files belong in figures/")
		case !referenced[f]:
			add(f, 1, "figure file is referenced by no chapter: add a figure line %s or delete the file", FigureSyntax)
		}
	}

	for _, s := range r.Sources {
		switch {
		case s.Key == "" || !validAnchor.MatchString(s.Key):
			add(s.File, s.Line, "source key %q must be kebab-case ASCII", s.Key)
		case s.Title == "" || s.Publisher == "" || s.URL == "":
			add(s.File, s.Line, "source %q needs a title, a publisher and a url", s.Key)
		case !strings.HasPrefix(s.URL, "https://") && !strings.HasPrefix(s.URL, "http://"):
			add(s.File, s.Line, "source %q url must be http(s)", s.Key)
		case !dateRe.MatchString(s.Date):
			add(s.File, s.Line, "source %q date %q must be YYYY, YYYY-MM or YYYY-MM-DD", s.Key, s.Date)
		case !sourceTypes[s.Type]:
			add(s.File, s.Line, "source %q type %q is not one of paper, announcement, system-card, model-card, repo, docs, encyclopedia, blog", s.Key, s.Type)
		case s.Lang != "en":
			add(s.File, s.Line, "source %q must be English (lang: en); the report uses English sources only", s.Key)
		case !cited[s.Key]:
			add(s.File, s.Line, "source %q is never cited", s.Key)
		}
	}

	sort.SliceStable(probs, func(i, j int) bool {
		if probs[i].File != probs[j].File {
			return probs[i].File < probs[j].File
		}
		return probs[i].Line < probs[j].Line
	})
	return probs
}

type addFunc func(file string, line int, format string, args ...any)

// checkFigure applies the rules of a figure line and its SVG file.
func (r *Report) checkFigure(add addFunc, f *Figure) {
	file := f.Section.Chapter.File
	if f.Anchor == "" || !validFigureAnchor(f.Anchor) {
		return // reported by the parser
	}
	if want := "../figures/" + f.Anchor + ".svg"; f.Src != want {
		add(file, f.Line, "figure %q must show the file %q (the file is named after the anchor)", f.Anchor, want)
	}
	if PlainText(f.Caption) == "" {
		add(file, f.Line, "figure %q has no caption", f.Anchor)
	}
	if len(CitationKeys(f.Caption)) == 0 {
		add(file, f.Line, "figure %q caption cites no source: cite the facts the figure shows [@key]", f.Anchor)
	}
	if f.Desc == "" {
		add(file, f.Line, "figure %q has no description: ![说明](file \"一句话描述。\")", f.Anchor)
	} else {
		r.checkTypography(add, file, f.Line, f.Desc)
		if !strings.HasSuffix(f.Desc, "。") {
			add(file, f.Line, "figure %q description must be a sentence ending with 。", f.Anchor)
		}
	}
	data, ok := r.figureFiles[f.File()]
	if !ok {
		add(file, f.Line, "figure %q shows %s, which does not exist", f.Anchor, f.File())
		return
	}
	_, probs := SanitizeSVG(data, f.Anchor)
	for _, p := range probs {
		add(f.File(), p.Line, "%s", p.Msg)
	}
}

// target is what an in-report link #anchor lands on: a section or a figure, with its chapter.
func (r *Report) target(anchor string) (*Section, bool) {
	if s, ok := r.sections[anchor]; ok {
		return s, true
	}
	if f, ok := r.figures[anchor]; ok {
		return f.Section, true
	}
	return nil, false
}

// checkTypography applies the spacing and punctuation rules to text outside code, link targets
// and citations.
func (r *Report) checkTypography(add addFunc, file string, line int, md string) {
	text := proseText(md)
	if m := hanLatin.FindString(text); m != "" {
		add(file, line, "put a space between Chinese and Latin letters or digits: %q", m)
	}
	if m := hanHalfPunc.FindString(text); m != "" {
		add(file, line, "use full-width punctuation next to Chinese: %q", m)
	}
}

// proseText is inline Markdown without code spans, link targets and citations.
func proseText(md string) string {
	var b strings.Builder
	var write func([]span)
	write = func(spans []span) {
		for _, sp := range spans {
			switch sp.kind {
			case spanText:
				b.WriteString(sp.text)
			case spanCode, spanCite:
				b.WriteString(" ")
			default:
				write(sp.children)
			}
		}
	}
	write(parseInline(md))
	return b.String()
}

// checkEntry applies the rules of concept, benchmark, metric, evaluation and model entries.
func (r *Report) checkEntry(add addFunc, s *Section) {
	file := s.Chapter.File
	citations := 0
	for _, b := range s.Blocks {
		citations += len(b.Citations())
	}
	switch s.Kind {
	case KindTerm:
		if !englishInParens.MatchString(s.Title) {
			add(file, s.Line, "concept heading %q needs its English term in full-width parentheses: 中文名（English Term）", s.Title)
		}
		if n := HanCount(s); n < MinTermHan {
			add(file, s.Line, "concept entry %q has %d Chinese characters; at least %d", s.Anchor, n, MinTermHan)
		}
		linked := false
		for _, b := range s.Blocks {
			for _, it := range b.Items {
				for _, t := range LinkTargets(it.Markdown) {
					if strings.HasPrefix(t, "#") && t[1:] != s.Anchor {
						linked = true
					}
				}
			}
		}
		if !linked {
			add(file, s.Line, "concept entry %q links to no other entry", s.Anchor)
		}
	case KindBenchmark, KindModel:
		want := EntryFields[s.Kind]
		got := s.Fields()
		names := make([]string, len(got))
		for i, f := range got {
			names[i] = f.Name
			if f.Value == "" {
				add(file, f.Line, "field %s of %q is empty (write 未公开 where a fact is not disclosed)", f.Name, s.Anchor)
			}
		}
		if strings.Join(names, "·") != strings.Join(want, "·") {
			add(file, s.Line, "entry %q must open with the fields %s; found %s", s.Anchor, strings.Join(want, " · "), strings.Join(names, " · "))
		}
		if s.Kind == KindBenchmark {
			for _, f := range got {
				if f.Name == "出现在" {
					if _, err := ParseAppearsIn(f.Value); err != nil {
						add(file, f.Line, "%s", err)
					}
				}
			}
		}
		if citations == 0 {
			add(file, s.Line, "entry %q cites no source", s.Anchor)
		}
	case KindMetric, KindEval:
		if citations == 0 {
			add(file, s.Line, "entry %q cites no source", s.Anchor)
		}
	}
}

// AppearsIn is a benchmark's 出现在 field: each named source and whether it is confirmed.
type AppearsIn map[string]bool

// ParseAppearsIn reads a 出现在 value such as 「DeepSeek-R1 报告、OpenAI o1（未确认）」.
func ParseAppearsIn(value string) (AppearsIn, error) {
	text := PlainText(value)
	out := AppearsIn{}
	for _, part := range strings.FieldsFunc(text, func(r rune) bool { return r == '、' || r == '，' || r == ',' || r == '；' }) {
		part = strings.TrimSpace(part)
		confirmed := true
		if strings.HasSuffix(part, "（未确认）") {
			confirmed = false
			part = strings.TrimSpace(strings.TrimSuffix(part, "（未确认）"))
		}
		known := false
		for _, n := range AppearsInNames {
			if part == n {
				known = true
			}
		}
		if !known {
			return nil, fmt.Errorf("出现在 names %q; use only %s, each optionally followed by （未确认）", part, strings.Join(AppearsInNames, "、"))
		}
		out[part] = confirmed
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("出现在 is empty")
	}
	return out, nil
}

// HanCount counts the Chinese characters in a section's body.
func HanCount(s *Section) int {
	n := 0
	for _, b := range s.Blocks {
		for _, r := range b.PlainText() {
			if unicode.Is(unicode.Han, r) {
				n++
			}
		}
	}
	return n
}
