// Package lexicon segments Chinese into words with a general dictionary, so the tutor reads a
// question the way a person does: 「红烧肉」 is one everyday word the report never uses, 「到底」
// and 「来着」 are filler, 「啥」 and 「咋」 are question words. The report's own statistics cannot
// tell these apart: they know only the words the report happens to contain.
//
// The dictionary is a compact, sorted list generated from the one that ships with
// github.com/go-ego/gse (see gen/). It is embedded and binary-searched in place, line by line,
// so the tutor starts fast: building a Lexicon notes only where the words of each first
// character begin and end (some 10,000 ranges), and a look-up bisects the bytes of its
// character's range. (An offset table of all 266,000 lines cost 5 MB of fresh memory and some
// 10 ms at every start; bisecting the whole list took three times as many steps per look-up.)
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

// Function reports whether the word carries grammar rather than subject. A word the
// dictionary calls a numeral carries grammar only when it is all numbers and measure words
// (「一次」「几个」「三档」): 「两端」「多头」「二手」 say what about.
func (w Word) Function() bool {
	if w.POS == "" || w.POS == "x" || !functionPOS[w.POS[0]] {
		return false
	}
	if w.POS[0] == 'm' {
		for _, r := range w.Text {
			if !strings.ContainsRune(numeralChars, r) && !unicode.IsDigit(r) {
				return false
			}
		}
	}
	return true
}

// numeralChars are the characters of numbers and of the measure words that go with them.
const numeralChars = "零〇一二三四五六七八九十百千万亿两俩仨几多少好久半第每数若干些余来" +
	"个次步年岁本张下遍天回条道届种代套篇部块句段点会分秒钟周月号位名家台只件项层类份成级档批轮把根颗起页行章节场倍期款"

// Lexicon is a read-only dictionary; it is safe for concurrent use.
type Lexicon struct {
	list     string // the generated list; its entries are the lines from body on
	body     int    // byte offset of the first entry line, after the header
	first    map[rune]lines
	logTotal float64
	extra    map[string]int
	prefixes map[string]bool // every proper prefix of the caller's and the colloquial words
	maxRunes int
	sounds   map[rune]string // the pinyin of characters that are no word of their own (#pinyin)
}

// lines are the entry lines from byte offset lo up to hi: the words of one first character.
type lines struct{ lo, hi int32 }

// colloquial are the filler and question words of everyday typing that the dictionary, built
// from edited text, lacks or tags as content: they frame a question and never say what it is
// about.
var colloquial = map[string]string{
	"来着": "y", "啥玩意": "r", "啥玩意儿": "r", "咋回事": "r", "咋整": "r", "咋办": "r", "咋样": "r",
	"干啥": "r", "干嘛": "r", "为啥": "r", "啥子": "r", "神马": "r", "肿么": "r", "一共": "d",
	"到底": "d", "究竟": "d", "是不是": "d", "有没有": "d", "能不能": "d", "会不会": "d", "可不可以": "d",
	"呗": "y", "嘛": "y", "哈": "y", "咧": "y", "滴": "y", "哇": "y", "呐": "y", "耶": "y",
	"搞": "d", "弄": "d", "整": "d", "搞的": "d", "出来": "d", "放出来": "d", "来着的": "y",
	"弄出来": "d", "搞出来": "d", "整出来": "d", // made, as 「哪年弄出来的」 asks when

	"听说": "d", "请问": "d", "说正经的": "d", "对了": "d", "换个话题": "d", "顺便问": "d",
}

// extraFreq is the frequency given to words the caller adds: high enough that a report's
// own term (「词元」「思维链」) is kept whole against two common characters.
const extraFreq = 5000

// New returns the embedded dictionary, with the caller's words added (the report's terms).
func New(extra []string) *Lexicon { return FromList(zhWords, extra) }

// FromList builds a Lexicon from a list in the generated format: a header of "#" lines (one
// of them "#total<TAB>N", the sum of all frequencies, and one "#longest<TAB>N", the most
// characters in a word; and "#pinyin<TAB>…", the sounds of characters that are no word of
// their own, "character+pinyin" separated by spaces), then lines
// "word<TAB>frequency<TAB>pos[<TAB>pinyin]" sorted by word
// in byte order, the last one ending in a newline too. A list without "#longest" (a test's) is
// read through once to find its longest word.
func FromList(list string, extra []string) *Lexicon {
	if list != "" && !strings.HasSuffix(list, "\n") {
		list += "\n" // every line, the last too, ends where the search expects
	}
	lx := &Lexicon{list: list, extra: map[string]int{}, prefixes: map[string]bool{}, maxRunes: 1}
	total, longest := 0.0, -1
	for lx.body < len(list) && list[lx.body] == '#' {
		end := lx.body + strings.IndexByte(list[lx.body:], '\n')
		key, val, _ := strings.Cut(list[lx.body:end], "\t")
		switch n, _ := strconv.Atoi(val); key {
		case "#total":
			total += float64(n)
		case "#longest":
			longest = n
		case "#pinyin":
			lx.sounds = map[rune]string{}
			for _, cs := range strings.Fields(val) {
				if r, size := utf8.DecodeRuneInString(cs); size < len(cs) {
					lx.sounds[r] = cs[size:]
				}
			}
		}
		lx.body = end + 1
	}
	if longest < 0 {
		longest = 0
		for off := lx.body; off < len(list); {
			end := off + strings.IndexByte(list[off:], '\n')
			longest = max(longest, utf8.RuneCountInString(lx.word(off)))
			off = end + 1
		}
	}
	lx.maxRunes = max(lx.maxRunes, longest)
	// The list is sorted by bytes, so the words of one first character are consecutive lines.
	lx.first = make(map[rune]lines, 1<<14)
	cur, from := rune(-1), lx.body
	for off := lx.body; off < len(list); {
		if r, _ := utf8.DecodeRuneInString(list[off:]); r != cur {
			if cur >= 0 {
				lx.first[cur] = lines{int32(from), int32(off)}
			}
			cur, from = r, off
		}
		off += strings.IndexByte(list[off:], '\n') + 1
	}
	if cur >= 0 {
		lx.first[cur] = lines{int32(from), int32(len(list))}
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

// Len is the number of dictionary words (without the caller's). It counts the lines.
func (lx *Lexicon) Len() int { return strings.Count(lx.list[lx.body:], "\n") }

// Lookup returns a word's frequency and part of speech.
func (lx *Lexicon) Lookup(w string) (freq int, pos string, ok bool) {
	freq, pos, ok, _ = lx.lookup(w)
	return freq, pos, ok
}

// lookup is Lookup, and when w is no word, whether the dictionary has a word starting with it
// (the half of hasPrefix the same search answers).
func (lx *Lexicon) lookup(w string) (freq int, pos string, ok, prefix bool) {
	if p, ok := colloquial[w]; ok {
		return extraFreq, p, true, false
	}
	if f, ok := lx.extra[w]; ok {
		// A report term that is also an everyday word keeps its everyday part of speech.
		if _, p, found, _ := lx.entry(w); found {
			return f, p, true, false
		}
		return f, "x", true, false
	}
	return lx.entry(w)
}

func (lx *Lexicon) find(w string) (int, string, bool) {
	f, pos, ok, _ := lx.entry(w)
	return f, pos, ok
}

// entry looks w up in the dictionary with one search: its frequency and part of speech when
// it is a word, or else whether some word starts with it.
func (lx *Lexicon) entry(w string) (freq int, pos string, found, prefix bool) {
	off, ok := lx.search(w)
	if !ok {
		return 0, "", false, false
	}
	if word := lx.word(off); word != w {
		return 0, "", false, strings.HasPrefix(word, w)
	}
	line := lx.line(off)
	_, rest, _ := strings.Cut(line, "\t")
	f, pos, _ := strings.Cut(rest, "\t")
	pos, _, _ = strings.Cut(pos, "\t")
	n, _ := strconv.Atoi(f)
	return n, pos, true, true
}

// Pinyin is a character's pronunciation without tones (its most common reading), or "" when
// the dictionary does not know it. Two characters with the same pinyin are what a pinyin input
// method confuses: 「换觉」 typed for 幻觉.
func (lx *Lexicon) Pinyin(r rune) string {
	w := string(r)
	off, ok := lx.search(w)
	if !ok || lx.word(off) != w {
		return lx.sounds[r] // a character that is no word of its own: 灵 of 图灵
	}
	// The fourth field of "word<TAB>frequency<TAB>pos<TAB>pinyin", if any.
	line := lx.line(off)
	for range 3 {
		tab := strings.IndexByte(line, '\t')
		if tab < 0 {
			return ""
		}
		line = line[tab+1:]
	}
	pinyin, _, _ := strings.Cut(line, "\t")
	return pinyin
}

// hasPrefix reports whether some dictionary word starts with p: when none does, no longer
// run starting with p can be a word either.
func (lx *Lexicon) hasPrefix(p string) bool {
	if _, _, _, prefix := lx.entry(p); prefix {
		return true
	}
	return lx.prefixes[p]
}

// search returns the byte offset of the line of the first word not less than w among the
// words of w's first character, and false when there is none (then no word starts with w).
func (lx *Lexicon) search(w string) (int, bool) {
	lo, hi := lx.body, len(lx.list)
	if w != "" {
		r, size := utf8.DecodeRuneInString(w)
		ls, ok := lx.first[r]
		if !ok {
			return 0, false
		}
		lo, hi = int(ls.lo), int(ls.hi)
		if size == len(w) {
			return lo, true // every word there starts with w: the first is not less
		}
	}
	off := lx.searchIn(w, lo, hi)
	return off, off < hi
}

// searchIn returns the byte offset of the line of the first word not less than w between the
// lines at lo and hi, or hi when every word there is less. It bisects the bytes: lo and hi are
// always the starts of lines (or the end), and the line around the middle byte is the one
// compared. The scans are written out byte by byte: the lines are short, and a call of
// IndexByte per step cost more than the step itself.
func (lx *Lexicon) searchIn(w string, lo, hi int) int {
	list := lx.list
	for lo < hi {
		// The line holding the middle byte starts after the last newline before it; lo starts a
		// line, so that is never before lo.
		start := int(uint(lo+hi) >> 1)
		for start > lo && list[start-1] != '\n' {
			start--
		}
		// Compare the line's word, up to its tab, with w.
		i := start
		less := false
		for k := 0; ; k++ {
			c := list[i]
			if c == '\t' || c == '\n' {
				less = k < len(w) // the word ends first: it is a proper prefix of w, or w itself
				break
			}
			if k == len(w) {
				break // w is a proper prefix of the word: the word is greater
			}
			if c != w[k] {
				less = c < w[k]
				break
			}
			i++
		}
		if less {
			for list[i] != '\n' {
				i++
			}
			lo = i + 1
		} else {
			hi = start
		}
	}
	return lo
}

// line returns the entry line starting at byte offset off, without its newline.
func (lx *Lexicon) line(off int) string {
	return lx.list[off : off+strings.IndexByte(lx.list[off:], '\n')]
}

// word returns the word of the entry line starting at byte offset off.
func (lx *Lexicon) word(off int) string {
	line := lx.line(off)
	if tab := strings.IndexByte(line, '\t'); tab >= 0 {
		return line[:tab]
	}
	return line
}

// Segment splits a run of Chinese characters into words, choosing the split whose words are
// jointly most probable (as jieba does without its HMM): 「红烧肉怎么做」 → 红烧肉/怎么/做.
// Characters that are not Chinese come out one word each, unknown.
func (lx *Lexicon) Segment(run string) []Word {
	rs := []rune(run)
	n := len(rs)
	if n == 0 {
		return nil
	}
	// at[k] is where character k starts in run, so a candidate word is a slice of run.
	at := make([]int, 0, n+1)
	for k := range run {
		at = append(at, k)
	}
	at = append(at, len(run))
	best := make([]float64, n+1)
	next := make([]int, n+1)
	pos := make([]string, n+1)
	for i := n - 1; i >= 0; i-- {
		// A character alone, known or not; one that is not Chinese is unknown.
		f, p, ok := 1, "", false
		if unicode.Is(unicode.Han, rs[i]) {
			f, p, ok = lx.Lookup(run[at[i]:at[i+1]])
		}
		if !ok {
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
			w := run[at[i]:at[j]]
			f, p, ok, prefix := lx.lookup(w)
			if !ok {
				if !prefix && !lx.prefixes[w] {
					break // no word starts with w: none longer can be one
				}
				continue
			}
			if s := math.Log(float64(f)) - lx.logTotal + best[j]; s > best[i] {
				best[i], next[i], pos[i] = s, j, p
			}
		}
	}
	out := make([]Word, 0, n)
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
