package retriever

import (
	_ "embed"
	"fmt"
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
