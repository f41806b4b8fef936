package retriever

import (
	_ "embed"
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Readers who do not know a concept's name describe it: 「为啥 AI 会胡编乱造」 asks about 幻觉,
// 「一反驳就认怂」 about 谄媚, 「聊久了就失忆」 about 上下文窗口. Neither the report's words nor
// its English names catch such phrases, so colloquial.txt lists, for each report term, the
// everyday phrases that in a question about chat models almost always mean it. The file says
// how its entries were chosen; parseColloquial enforces its format.

//go:embed colloquial.txt
var colloquialText string

// Phrase length bounds, in characters. A single character is never specific enough to stand for
// a term; a phrase longer than maxColloquialRunes is a sentence a reader would not type verbatim.
const (
	minColloquialRunes = 2
	maxColloquialRunes = 8
)

// parseColloquial reads a thesaurus in the format of colloquial.txt — one line per report term,
// 「term：phrase phrase …」, blank lines and lines starting with # ignored — and returns each
// phrase mapped to its term. It fails on the first line that breaks the format: no full-width
// colon, an empty term, a term without phrases, a term given on two lines, a phrase that is not
// 2–8 Chinese characters, or a phrase listed twice (it could then send a reader to two places).
func parseColloquial(text string) (map[string]string, error) {
	out := map[string]string{}
	termLine := map[string]int{}
	for i, line := range strings.Split(text, "\n") {
		n := i + 1
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		term, rest, ok := strings.Cut(line, "：")
		if !ok {
			return nil, fmt.Errorf("colloquial thesaurus line %d: no 「：」 between term and phrases", n)
		}
		term = strings.TrimSpace(term)
		if term == "" {
			return nil, fmt.Errorf("colloquial thesaurus line %d: empty term", n)
		}
		if prev, dup := termLine[term]; dup {
			return nil, fmt.Errorf("colloquial thesaurus line %d: term %q already has line %d", n, term, prev)
		}
		termLine[term] = n
		phrases := strings.Fields(rest)
		if len(phrases) == 0 {
			return nil, fmt.Errorf("colloquial thesaurus line %d: term %q has no phrases", n, term)
		}
		for _, p := range phrases {
			if err := checkColloquialPhrase(p); err != nil {
				return nil, fmt.Errorf("colloquial thesaurus line %d: phrase %q: %w", n, p, err)
			}
			if prev, dup := out[p]; dup {
				return nil, fmt.Errorf("colloquial thesaurus line %d: phrase %q is already listed under %q", n, p, prev)
			}
			out[p] = term
		}
	}
	return out, nil
}

// checkColloquialPhrase reports why p is not a well-formed phrase: 2–8 Chinese characters, no
// punctuation or other script. Keeping phrases to plain Han text means they look the same before
// and after the retriever's Normalize, so they can be matched against a normalised question.
func checkColloquialPhrase(p string) error {
	n := utf8.RuneCountInString(p)
	if n < minColloquialRunes || n > maxColloquialRunes {
		return fmt.Errorf("has %d characters, want %d to %d", n, minColloquialRunes, maxColloquialRunes)
	}
	for _, r := range p {
		if !unicode.Is(unicode.Han, r) {
			return fmt.Errorf("holds %q, which is not a Chinese character", r)
		}
	}
	return nil
}

// thesaurus rewrites a reader's descriptions into the report's terms.
type thesaurus struct {
	byFirst map[rune][]string // phrases by first character, longest first
	term    map[string]string // phrase → the report's term
}

func newThesaurus(phrases map[string]string) thesaurus {
	t := thesaurus{byFirst: map[rune][]string{}, term: phrases}
	for p := range phrases {
		r, _ := utf8.DecodeRuneInString(p)
		t.byFirst[r] = append(t.byFirst[r], p)
	}
	for _, ps := range t.byFirst {
		sort.Slice(ps, func(i, j int) bool {
			if len(ps[i]) != len(ps[j]) {
				return len(ps[i]) > len(ps[j])
			}
			return ps[i] < ps[j]
		})
	}
	return t
}

// paraphrase replaces every phrase of the thesaurus in text with its term, unless the phrase
// would cut through a word of the text (「人设」 in 「由人设计」): 「为啥会胡编乱造」 becomes
// 「为啥会幻觉」. A phrase the report itself uses (used(phrase)) is kept and the term added after
// it: 「大海捞针」 is the report's own name for the test it also files under 长上下文. spans
// gives a text's word spans (see wordSpans); either func may be nil to skip its check.
func (t thesaurus) paraphrase(text string, spans func([]rune) [][2]int, used func(string) bool) string {
	return t.paraphraseOnly(text, spans, used, nil)
}

// paraphraseOnly is paraphrase of the phrases only(phrase) allows (all when only is nil).
func (t thesaurus) paraphraseOnly(text string, spans func([]rune) [][2]int, used, only func(string) bool) string {
	if len(t.term) == 0 {
		return text
	}
	rs := []rune(text)
	var within [][2]int
	var b strings.Builder
	changed := false
	for i := 0; i < len(rs); {
		hit := ""
		for _, p := range t.byFirst[rs[i]] {
			n := utf8.RuneCountInString(p)
			if i+n > len(rs) || string(rs[i:i+n]) != p || only != nil && !only(p) {
				continue
			}
			if spans != nil {
				if within == nil {
					within = spans(rs)
				}
				if cutsWord(within, i, i+n) {
					continue
				}
			}
			hit = p
			break
		}
		if hit == "" {
			b.WriteRune(rs[i])
			i++
			continue
		}
		if used != nil && used(hit) {
			b.WriteString(hit + " ")
		}
		// 「一个字一个字往外蹦」 is two phrases of one term: say it once; so is a name the reader
		// wrote just before in other letters (「chatbot arena大模型竞技场」).
		n := utf8.RuneCountInString(hit)
		if term := t.term[hit]; !strings.HasSuffix(strings.ToLower(strings.TrimSpace(b.String())), strings.ToLower(term)) {
			// (A Latin term stands apart from Latin letters beside it: 「arenaChatbot」 is no word.)
			if before, _ := utf8.DecodeLastRuneInString(b.String()); isLatinWordRune(before) && startsLatin(term) {
				b.WriteByte(' ')
			}
			b.WriteString(term)
			if i+n < len(rs) && isLatinWordRune(rs[i+n]) && endsLatin(term) {
				b.WriteByte(' ')
			}
		}
		i += n
		changed = true
	}
	if !changed {
		return text
	}
	return b.String()
}

//go:embed everyday.txt
var everydayText string

// everydayWords are the words of everyday.txt: words of the 2020s the general dictionary lacks.
func everydayWords() []string {
	var out []string
	for _, line := range strings.Split(everydayText, "\n") {
		if i := strings.Index(line, "#"); i >= 0 {
			line = line[:i]
		}
		out = append(out, strings.Fields(line)...)
	}
	return out
}

// startsLatin and endsLatin report whether a term opens or ends with an ASCII letter or digit.
func startsLatin(term string) bool {
	r, _ := utf8.DecodeRuneInString(term)
	return isLatinWordRune(r)
}

func endsLatin(term string) bool {
	r, _ := utf8.DecodeLastRuneInString(term)
	return isLatinWordRune(r)
}
