package retriever

import (
	"math"
	"regexp"
	"strings"

	"llmtutor/corpus"
)

// pointer is a cross-reference the report writes as 「中文版见 [C-SimpleQA](#bench-c-simpleqa)」:
// what the linked section is to the section that points (its Chinese version, its successor,
// its multilingual extension), in the words a reader asks for it with.
type pointer struct {
	phrase string // normalised: 「中文版」「多语言翻译版」「后继者」
	target string // the anchor pointed to
	title  string // its heading
}

// linkRe is a Markdown link to a section of the report: 「[C-SimpleQA](#bench-c-simpleqa)」.
var linkRe = regexp.MustCompile(`^\s*\[[^\]]*\]\(#([a-z0-9-]+)\)`)

// pointerDelims end the phrase before 「见」: it is the rest of its clause.
const pointerDelims = "，。；：、（）()「」[]"

// pointerFiller is what a phrase may open with that says nothing of the relation: 「它的多语言
// 扩展」 is a 多语言扩展.
var pointerFiller = regexp.MustCompile(`^(它的|其|这项的|该|本)`)

// pointersIn finds 「<phrase>见 [<name>](#<anchor>)」 in a block's Markdown. (Found by hand: a
// regular expression that looks back from 「见」 over a phrase of any length tries every
// position of the report, tens of milliseconds at every start.)
func pointersIn(md string) []pointer {
	var out []pointer
	for rest, at := md, 0; ; {
		i := strings.Index(rest, "见")
		if i < 0 {
			return out
		}
		m := linkRe.FindStringSubmatch(rest[i+len("见"):])
		if m != nil {
			before := []rune(md[:at+i])
			start := len(before)
			for start > 0 && len(before)-start < 14 && !strings.ContainsRune(pointerDelims, before[start-1]) {
				start--
			}
			phrase := strings.TrimSuffix(strings.TrimSuffix(string(before[start:]), "可参"), "另")
			phrase = Normalize(pointerFiller.ReplaceAllString(strings.TrimSpace(phrase), ""))
			if len([]rune(phrase)) >= 2 {
				out = append(out, pointer{phrase: phrase, target: m[1]})
			}
		}
		at += i + len("见")
		rest = md[at:]
	}
}

// buildPointers reads every section's cross-references. A phrase of one character, or one that
// names no relation a reader asks about (「相关概念」), is kept too: no question asks for it.
func buildPointers(r *corpus.Report) map[string][]pointer {
	out := map[string][]pointer{}
	titles := map[string]string{}
	for _, s := range r.AllSections() {
		titles[s.Anchor] = s.Title
	}
	for _, s := range r.AllSections() {
		for _, b := range s.Blocks {
			for _, it := range b.Items {
				for _, p := range pointersIn(it.Markdown) {
					if p.target == s.Anchor || titles[p.target] == "" {
						continue
					}
					p.title = titles[p.target]
					out[s.Anchor] = append(out[s.Anchor], p)
				}
			}
		}
	}
	return out
}

// followPointers adds to named the sections that entries the question names point to under
// the relation it asks for: 「那它的中文版有多少道题」 after a question on SimpleQA is about
// C-SimpleQA, which SimpleQA's entry says is its Chinese version. The section pointed to counts
// as much as the entry that points to it; the question is about it, so that entry counts less.
func (ix *Index) followPointers(question string, named map[string]float64) {
	norm := Normalize(question)
	type found struct {
		from string
		to   pointer
		spec float64
	}
	var fs []found
	for a, spec := range named {
		if p, ok := ix.pointerAsked(norm, a); ok && spec > 0 {
			fs = append(fs, found{a, p, spec})
		}
	}
	for _, f := range fs {
		named[f.to.target] = math.Max(named[f.to.target], f.spec)
		named[f.from] *= pointedFromShare
	}
}

// pointerAsked returns the cross-reference of a section whose relation a normalised question
// asks for.
func (ix *Index) pointerAsked(norm, anchor string) (pointer, bool) {
	for _, p := range ix.pointers[anchor] {
		if strings.Contains(norm, p.phrase) {
			return p, true
		}
	}
	return pointer{}, false
}

// pointedFromShare is how much an entry still counts once the question is found to ask about
// what it points to.
const pointedFromShare = 0.5

// Pointed returns the section that one of anchors points to under a relation the question asks
// for, and its heading: 「那它的中文版有多少道题」 of SimpleQA asks about C-SimpleQA. It returns
// "" for both when the question asks for no such relation.
func (ix *Index) Pointed(question string, anchors []string) (anchor, title string) {
	norm := Normalize(question)
	for _, a := range anchors {
		if p, ok := ix.pointerAsked(norm, a); ok {
			return p.target, p.title
		}
	}
	return "", ""
}
