// Package hans reads Traditional Chinese as Simplified Chinese, so that a reader who types
// 「大型語言模型的幻覺是怎麼產生的？」 is read as one who types 「大型语言模型的幻觉是怎么产生的？」:
// the report is written in simplified characters, and a question in traditional ones shares
// almost none of its words with it.
//
// The table is generated from OpenCC's dictionaries (see gen/): traditional characters, the
// phrases whose characters convert differently together (頭髮 → 头发), and the vocabulary of
// Taiwan and Hong Kong (軟體 → 软件, 人工智慧 → 人工智能, 記憶體 → 内存), except where the
// report uses the word the characters spell more than OpenCC's mainland word (指標 stays 指标,
// not the programmer's 指针). It is embedded and read once into maps when a Converter is made
// (about 5,000 entries).
package hans

import (
	_ "embed"
	"strings"
	"unicode/utf8"
)

//go:generate go run ./gen

//go:embed t2s.txt
var table string

// A Converter turns traditional characters into simplified ones. It is safe for concurrent
// use; its zero value converts nothing.
type Converter struct {
	chars   map[rune]string   // one traditional character to its simplified form
	shared  map[rune]bool     // characters both scripts write, converted only in a traditional text
	phrases map[string]string // a phrase of two or more characters to its simplified form
	longest map[rune]int      // the most characters of a phrase beginning with a character
}

// New returns a Converter with the embedded table.
func New() *Converter { return FromTable(table) }

// FromTable returns a Converter with the pairs of t: one "traditional<TAB>simplified" per line,
// with a third column "shared" for a character both scripts write (see Traditional); lines
// beginning with # are comments.
func FromTable(t string) *Converter {
	c := &Converter{chars: map[rune]string{}, shared: map[rune]bool{}, phrases: map[string]string{}, longest: map[rune]int{}}
	for line := range strings.Lines(t) {
		line = strings.TrimSuffix(line, "\n")
		if line == "" || line[0] == '#' {
			continue
		}
		k, v, ok := strings.Cut(line, "\t")
		if !ok || k == "" {
			continue
		}
		v, mark, _ := strings.Cut(v, "\t")
		r, size := utf8.DecodeRuneInString(k)
		if size == len(k) {
			c.chars[r] = v
			if mark == "shared" {
				c.shared[r] = true
			}
			continue
		}
		c.phrases[k] = v
		c.longest[r] = max(c.longest[r], utf8.RuneCountInString(k))
	}
	return c
}

// Traditional reports whether s holds a character written only in Traditional Chinese (not a
// shared one: 著 is also the simplified 著 of 著名).
func (c *Converter) Traditional(s string) bool {
	for _, r := range s {
		if r >= 0x3400 {
			if _, ok := c.chars[r]; ok && !c.shared[r] {
				return true
			}
		}
	}
	return false
}

// Simplify returns s in simplified characters, each phrase the longest the table knows at its
// place. A text that holds no traditional character comes back as it is: a word of Taiwan's
// vocabulary that both scripts write alike (程式, 影片, 支援) is read as Taiwan's only in a text
// written in traditional characters, where it is meant so.
func (c *Converter) Simplify(s string) string {
	if !c.Traditional(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	var ends [16]int // byte offsets after each of the next characters
next:
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if n := c.longest[r]; n > 1 {
			n = min(n, len(ends))
			m, at := 0, i
			for m < n && at < len(s) {
				_, w := utf8.DecodeRuneInString(s[at:])
				at += w
				ends[m] = at
				m++
			}
			for j := m - 1; j >= 1; j-- {
				if v, ok := c.phrases[s[i:ends[j]]]; ok {
					b.WriteString(v)
					i = ends[j]
					continue next
				}
			}
		}
		if v, ok := c.chars[r]; ok {
			b.WriteString(v)
		} else {
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}
