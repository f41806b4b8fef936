package retriever

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Normalize folds text the way every comparison in the retriever sees it: Unicode NFKC (so
// full-width letters and digits match half-width ones) and lower case.
func Normalize(s string) string {
	if out, ok := normalizeSimple(s); ok {
		return out
	}
	s = norm.NFKC.String(s)
	if strings.ContainsAny(s, "\u2019\u2018") {
		s = apostrophes.Replace(s)
	}
	return strings.ToLower(s)
}

// normalizeSimple is Normalize for a text made only of the characters the report is written
// in: ASCII, the CJK Unified Ideographs, full-width ASCII and the ideographic space (which NFKC
// maps to ASCII), and a few punctuation marks NFKC keeps. Each of these starts a new segment
// for NFKC and combines with nothing before it, so the text's NFKC form is the characters'
// forms one after another, and one pass does NFKC, the apostrophes and the lower case at
// once. (The general path copies the text three times; normalising the report's passages and
// 常见问法 was a tenth of building the index.) It reports false, doing nothing, when the text
// holds any other character; TestNormalizeSimple checks every character it accepts against
// the NFKC tables.
func normalizeSimple(s string) (string, bool) {
	changed := false
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			changed = changed || ('A' <= c && c <= 'Z')
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		to, ok := simpleForm(r)
		if !ok {
			return "", false
		}
		changed = changed || to != r
		i += size
	}
	if !changed {
		return s, true
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if r >= utf8.RuneSelf {
			r, _ = simpleForm(r)
		}
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		b.WriteRune(r)
	}
	return b.String(), true
}

// simpleForm is what NFKC and the apostrophe folding make of a non-ASCII character that
// normalizeSimple handles, before lower-casing; ok is false for any other.
func simpleForm(r rune) (rune, bool) {
	switch {
	case r >= 0x4E00 && r <= 0x9FFF: // CJK Unified Ideographs
		return r, true
	case r >= 0xFF01 && r <= 0xFF5E: // full-width ASCII
		return r - 0xFF01 + '!', true
	}
	switch r {
	case '\u3000': // ideographic space
		return ' ', true
	case '\u2018', '\u2019': // typographic apostrophes, folded as apostrophes.Replace does
		return '\'', true
	case '、', '。', '〈', '〉', '《', '》', '「', '」', '『', '』', '【', '】',
		'“', '”', '–', '—', '‹', '›', '·', '×', '÷', '−', '→':
		return r, true
	}
	return 0, false
}

// apostrophes folds typographic apostrophes, which NFKC keeps, into the ASCII one readers type:
// 「Humanity’s Last Exam」 is asked as "humanity's last exam".
var apostrophes = strings.NewReplacer("’", "'", "‘", "'")

// functionChars are Chinese characters that carry grammar, not subject: a bigram made only of
// them (「是什」「什么」「怎么」) says nothing about what a question is about.
const functionChars = "的了吗呢吧啊呀是在有和与或及就都也还又很太更最这那哪些个么什怎样为吗如何请问一下给我你他她它们其该此能会可以要把被对从向到于而且但并如果因所以之么啥几多少里中上下时候方面还是是否不没"

// particles never begin or end a content word worth searching for; a bigram with one of them
// is the seam between two words (「型把」「布的」「气怎」) and is left out.
const particles = "的了吗呢吧啊呀么怎哪谁把被也就都还很太是这那些个叫嘛哦"

var (
	particleSet = newRuneSet(particles)
	functionSet = newRuneSet(functionChars)
)

// runeSet is a set of characters of the Basic Multilingual Plane, one bit each: Tokens asks
// about every character of the report, and a map lookup each was a good part of its cost.
type runeSet [1 << 16 / 64]uint64

func newRuneSet(chars string) *runeSet {
	var s runeSet
	for _, r := range chars {
		s[r/64] |= 1 << (r % 64)
	}
	return &s
}

// has reports whether r is in the set.
func (s *runeSet) has(r rune) bool {
	return r >= 0 && r < 1<<16 && s[r/64]&(1<<(r%64)) != 0
}

// isHan reports whether r is a Chinese character (unicode.Han), answering at once for the CJK
// Unified Ideographs block, where nearly every character of the report lies.
func isHan(r rune) bool {
	return (r >= 0x4E00 && r <= 0x9FFF) || unicode.Is(unicode.Han, r)
}

// latinStop are English words too common to say what a question is about.
var latinStop = map[string]bool{"the": true, "a": true, "an": true, "of": true, "and": true, "or": true, "is": true,
	"are": true, "what": true, "how": true, "why": true, "to": true, "in": true, "on": true, "for": true, "it": true,
	"does": true, "do": true, "with": true, "about": true, "this": true, "that": true, "be": true, "by": true}

// Tokens splits text into the terms the lexical index and the local embedding use:
//   - runs of Chinese characters become character bigrams (and the character itself for a lone
//     one), since Chinese has no spaces and bigrams catch most two-character words;
//   - runs of letters and digits (with inner - . +) become lower-case words, plus their parts
//     split at - and ., so 「GPT-4o」 matches both "gpt-4o" and "gpt", "4o".
//
// Bigrams made only of function characters, bigrams with a particle, and English stop words
// are left out.
//
// The terms are slices of the normalised text, not copies: tokenising the report is most of
// what building the index costs, and a string per term was most of that. A caller that keeps a
// term for long (an index's vocabulary) should keep a copy (strings.Clone) rather than pin the
// whole text it came from.
func Tokens(text string) []string {
	return tokensOf(Normalize(text))
}

// tokensOf is Tokens of a text already normalised (the result of Normalize).
func tokensOf(text string) []string {
	// Room for a term per four bytes: the report's passages have one per five (the densest, one
	// per four), a character of Chinese being three bytes.
	out := make([]string, 0, len(text)/4)
	prevWord := "" // the Latin word just before, for model names such as "llama 2"
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case isHan(r):
			// The run of Chinese characters from i: each character with the one before it
			// makes a bigram, text[prevAt:j].
			prevWord = ""
			prevAt, n := i, 1
			prevFunction, prevParticle := functionSet.has(r), particleSet.has(r)
			j := i + size
			for j < len(text) {
				c, csize := utf8.DecodeRuneInString(text[j:])
				if !isHan(c) {
					break
				}
				function, particle := functionSet.has(c), particleSet.has(c)
				if !((prevFunction && function) || prevParticle || particle) {
					out = append(out, text[prevAt:j+csize])
				}
				prevAt, n, prevFunction, prevParticle = j, n+1, function, particle
				j += csize
			}
			if n == 1 && !functionSet.has(r) {
				out = append(out, text[i:j])
			}
			i = j
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j := i + size
			for j < len(text) {
				c, csize := utf8.DecodeRuneInString(text[j:])
				if !isWordRune(c) {
					if !isJoiner(c) || j+csize >= len(text) {
						break
					}
					if d, _ := utf8.DecodeRuneInString(text[j+csize:]); !isWordRune(d) {
						break
					}
				}
				j += csize
			}
			// (An underscore joins as a hyphen does: 「top_p」 is the API's spelling of Top-p.)
			word := stem(strings.TrimRight(strings.ReplaceAll(text[i:j], "_", "-"), ".-"))
			// A version number after a name is part of it: "Llama 2" is not "Llama 3". (A year is
			// not: 「deepseek 2025年1月发布了啥」.)
			if first, _ := utf8.DecodeRuneInString(word); prevWord != "" && unicode.IsDigit(first) && i > 0 && text[i-1] == ' ' && !yearAt(word, text[j:]) {
				out = append(out, prevWord+" "+word)
			}
			prevWord = word
			if !latinStop[word] {
				out = append(out, word)
				if strings.ContainsAny(word, "-.+") {
					for _, p := range strings.FieldsFunc(word, func(r rune) bool { return r == '-' || r == '.' || r == '+' }) {
						if p != "" && !latinStop[p] {
							out = append(out, p)
						}
					}
				}
			}
			i = j
		default:
			if r != ' ' {
				prevWord = ""
			}
			i += size
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

func isWordRune(r rune) bool {
	return (unicode.IsLetter(r) || unicode.IsDigit(r)) && !unicode.Is(unicode.Han, r)
}

func isJoiner(r rune) bool { return r == '-' || r == '.' || r == '+' || r == '_' }

// stem folds a regular English plural, so "scaling law" finds "Scaling Laws" and "agent"
// finds "agents". Words ending in ss, us, is, as or os keep their s (loss, bias, corpus), and so
// do names that only look plural: Windows is no window.
func stem(w string) string {
	if len(w) < 4 || !strings.HasSuffix(w, "s") || strings.ContainsAny(w, "0123456789") || pluralNames[w] {
		return w
	}
	for _, keep := range []string{"ss", "us", "is", "as", "os"} {
		if strings.HasSuffix(w, keep) {
			return w
		}
	}
	// (「abilities」 is the plural of 「ability」, as readers write it: 「emergent ability」.)
	if strings.HasSuffix(w, "ies") && len(w) > 4 && !pluralNames[w] {
		return w[:len(w)-3] + "y"
	}
	return w[:len(w)-1]
}

// pluralNames are names (lower case) ending in s that are no plural.
var pluralNames = map[string]bool{"windows": true, "ios": true, "macos": true, "series": true, "species": true}

// yearAt reports whether word, followed in its text by rest, is a year: four digits from 1900
// to 2099 followed by 年.
func yearAt(word, rest string) bool {
	return len(word) == 4 && (strings.HasPrefix(word, "19") || strings.HasPrefix(word, "20")) && strings.Trim(word, "0123456789") == "" &&
		strings.HasPrefix(strings.TrimLeft(rest, " "), "年")
}
