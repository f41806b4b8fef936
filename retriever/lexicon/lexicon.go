// Package lexicon segments Chinese into words with a general dictionary, so the tutor reads a
// question the way a person does: 「红烧肉」 is one everyday word the report never uses, 「到底」
// and 「来着」 are filler, 「啥」 and 「咋」 are question words. The report's own statistics cannot
// tell these apart: they know only the words the report happens to contain.
//
// The dictionary is a compact, sorted list generated from the one that ships with
// github.com/go-ego/gse (see gen/). It is embedded and binary-searched in place: building a
// Lexicon reads no file and allocates one small offset table, so the tutor starts fast.
package lexicon

import (
	_ "embed"
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

//go:generate go run ./gen

//go:embed zh_words.txt
var zhWords string

// Word is one word of a segmented text.
type Word struct {
	Text string
	// POS is the dictionary's part of speech (jieba's tag set: n noun, v verb, r pronoun, d
	// adverb, y modal particle …); "" for a character the dictionary does not know, and "x" for
	// a word added by the caller.
	POS string
	// Known is false for a character no dictionary word covers.
	Known bool
}

// functionPOS are the parts of speech that carry grammar, not subject: pronouns and question
// words (啥 咋 什么 哪), adverbs (到底 一共 就), particles (吗 呢 来着), conjunctions,
// prepositions, interjections, measure words, numerals and directions.
var functionPOS = map[byte]bool{'r': true, 'd': true, 'u': true, 'y': true, 'c': true, 'p': true, 'e': true, 'o': true, 'q': true, 'm': true, 'f': true}

// Function reports whether the word carries grammar rather than subject.
func (w Word) Function() bool {
	return w.POS != "" && w.POS != "x" && functionPOS[w.POS[0]]
}

// Lexicon is a read-only dictionary; it is safe for concurrent use.
type Lexicon struct {
	list     string
	starts   []uint32 // byte offset of each entry line in list, in sorted order
	words    []string // each entry's word (a slice of list, nothing copied), for the search
	logTotal float64
	extra    map[string]int
	prefixes map[string]bool // every proper prefix of the caller's and the colloquial words
	maxRunes int
}

// colloquial are the filler and question words of everyday typing that the dictionary, built
// from edited text, lacks or tags as content: they frame a question and never say what it is
// about.
var colloquial = map[string]string{
	"来着": "y", "啥玩意": "r", "啥玩意儿": "r", "咋回事": "r", "咋整": "r", "咋办": "r", "咋样": "r",
	"干啥": "r", "干嘛": "r", "为啥": "r", "啥子": "r", "神马": "r", "肿么": "r", "一共": "d",
	"到底": "d", "究竟": "d", "是不是": "d", "有没有": "d", "能不能": "d", "会不会": "d", "可不可以": "d",
	"呗": "y", "嘛": "y", "哈": "y", "咧": "y", "滴": "y", "哇": "y", "呐": "y", "耶": "y",
	"搞": "d", "弄": "d", "整": "d", "搞的": "d", "出来": "d", "放出来": "d", "来着的": "y",
	"听说": "d", "请问": "d", "说正经的": "d", "对了": "d", "换个话题": "d", "顺便问": "d",
}

// extraFreq is the frequency given to words the caller adds: high enough that a report's
// own term (「词元」「思维链」) is kept whole against two common characters.
const extraFreq = 5000

// New returns the embedded dictionary, with the caller's words added (the report's terms).
func New(extra []string) *Lexicon { return FromList(zhWords, extra) }

// FromList builds a Lexicon from a list in the generated format: a header of "#" lines (one
// of them "#total<TAB>N", the sum of all frequencies), then lines "word<TAB>frequency<TAB>pos"
// sorted by word.
func FromList(list string, extra []string) *Lexicon {
	n := strings.Count(list, "\n")
	lx := &Lexicon{list: list, extra: map[string]int{}, prefixes: map[string]bool{}, maxRunes: 1, starts: make([]uint32, 0, n), words: make([]string, 0, n)}
	total := 0.0
	for off := 0; off < len(list); {
		end := strings.IndexByte(list[off:], '\n')
		if end < 0 {
			end = len(list) - off
		}
		switch line := list[off : off+end]; {
		case strings.HasPrefix(line, "#total\t"):
			n, _ := strconv.Atoi(strings.TrimPrefix(line, "#total\t"))
			total += float64(n)
		case line != "" && line[0] != '#':
			lx.starts = append(lx.starts, uint32(off))
			tab := strings.IndexByte(line, '\t')
			if tab < 0 {
				tab = len(line)
			}
			lx.words = append(lx.words, line[:tab])
			if tab > 3*lx.maxRunes {
				lx.maxRunes = utf8.RuneCountInString(line[:tab])
			}
		}
		off += end + 1
	}
	for _, w := range extra {
		if n := utf8.RuneCountInString(w); n >= 2 && allHan(w) {
			lx.extra[w] = extraFreq
			lx.maxRunes = max(lx.maxRunes, n)
			total += extraFreq
		}
	}
	for w := range colloquial {
		lx.maxRunes = max(lx.maxRunes, utf8.RuneCountInString(w))
		lx.addPrefixes(w)
	}
	for w := range lx.extra {
		lx.addPrefixes(w)
	}
	lx.logTotal = math.Log(math.Max(total, 1))
	return lx
}

func (lx *Lexicon) addPrefixes(w string) {
	rs := []rune(w)
	for n := 1; n < len(rs); n++ {
		lx.prefixes[string(rs[:n])] = true
	}
}

// Len is the number of dictionary words (without the caller's).
func (lx *Lexicon) Len() int { return len(lx.starts) }

// Lookup returns a word's frequency and part of speech.
func (lx *Lexicon) Lookup(w string) (freq int, pos string, ok bool) {
	if p, ok := colloquial[w]; ok {
		return extraFreq, p, true
	}
	if f, ok := lx.extra[w]; ok {
		// A report term that is also an everyday word keeps its everyday part of speech.
		if _, p, found := lx.find(w); found {
			return f, p, true
		}
		return f, "x", true
	}
	return lx.find(w)
}

func (lx *Lexicon) find(w string) (int, string, bool) {
	lo := lx.search(w)
	if lo >= len(lx.starts) || lx.word(lo) != w {
		return 0, "", false
	}
	line := lx.line(lo)
	_, rest, _ := strings.Cut(line, "\t")
	f, pos, _ := strings.Cut(rest, "\t")
	pos, _, _ = strings.Cut(pos, "\t")
	n, _ := strconv.Atoi(f)
	return n, pos, true
}

// Pinyin is a character's pronunciation without tones (its most common reading), or "" when
// the dictionary does not know it. Two characters with the same pinyin are what a pinyin input
// method confuses: 「换觉」 typed for 幻觉.
func (lx *Lexicon) Pinyin(r rune) string {
	w := string(r)
	lo := lx.search(w)
	if lo >= len(lx.starts) || lx.word(lo) != w {
		return ""
	}
	fields := strings.Split(lx.line(lo), "\t")
	if len(fields) < 4 {
		return ""
	}
	return fields[3]
}

// hasPrefix reports whether some dictionary word starts with p: when none does, no longer
// run starting with p can be a word either.
func (lx *Lexicon) hasPrefix(p string) bool {
	if lo := lx.search(p); lo < len(lx.starts) && strings.HasPrefix(lx.word(lo), p) {
		return true
	}
	return lx.prefixes[p]
}

// search returns the index of the first word not less than w.
func (lx *Lexicon) search(w string) int {
	lo, hi := 0, len(lx.starts)
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if lx.word(mid) < w {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo
}

func (lx *Lexicon) line(i int) string {
	off := int(lx.starts[i])
	end := strings.IndexByte(lx.list[off:], '\n')
	if end < 0 {
		return lx.list[off:]
	}
	return lx.list[off : off+end]
}

func (lx *Lexicon) word(i int) string { return lx.words[i] }

// Segment splits a run of Chinese characters into words, choosing the split whose words are
// jointly most probable (as jieba does without its HMM): 「红烧肉怎么做」 → 红烧肉/怎么/做.
// Characters that are not Chinese come out one word each, unknown.
func (lx *Lexicon) Segment(run string) []Word {
	rs := []rune(run)
	n := len(rs)
	if n == 0 {
		return nil
	}
	best := make([]float64, n+1)
	next := make([]int, n+1)
	pos := make([]string, n+1)
	for i := n - 1; i >= 0; i-- {
		// A character alone, known or not.
		f, p, ok := lx.Lookup(string(rs[i]))
		if !ok || !unicode.Is(unicode.Han, rs[i]) {
			f, p = 1, ""
		}
		best[i], next[i], pos[i] = math.Log(float64(max(f, 1)))-lx.logTotal+best[i+1], i+1, p
		if !unicode.Is(unicode.Han, rs[i]) {
			continue
		}
		for j := i + 2; j <= n && j-i <= lx.maxRunes; j++ {
			if !unicode.Is(unicode.Han, rs[j-1]) {
				break
			}
			w := string(rs[i:j])
			f, p, ok := lx.Lookup(w)
			if !ok {
				if !lx.hasPrefix(w) {
					break
				}
				continue
			}
			if s := math.Log(float64(f)) - lx.logTotal + best[j]; s > best[i] {
				best[i], next[i], pos[i] = s, j, p
			}
		}
	}
	var out []Word
	for i := 0; i < n; i = next[i] {
		out = append(out, Word{Text: string(rs[i:next[i]]), POS: pos[i], Known: pos[i] != ""})
	}
	return out
}

func allHan(s string) bool {
	for _, r := range s {
		if !unicode.Is(unicode.Han, r) {
			return false
		}
	}
	return s != ""
}
