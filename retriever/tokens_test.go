package retriever

import (
	"slices"
	"strings"
	"testing"
	"unicode"

	"llmtutor/corpus"
)

// tokensReference is Tokens as first written, over a slice of runes with a string made for
// every term: the straightforward reading of Tokens' rules. Tokens, rewritten for speed, must
// agree with it on every text.
func tokensReference(text string) []string {
	text = Normalize(text)
	var out []string
	prevWord := "" // the Latin word just before, for model names such as "llama 2"
	runes := []rune(text)
	for i := 0; i < len(runes); {
		r := runes[i]
		switch {
		case unicode.Is(unicode.Han, r):
			j := i
			for j < len(runes) && unicode.Is(unicode.Han, runes[j]) {
				j++
			}
			run := runes[i:j]
			prevWord = ""
			if len(run) == 1 {
				if !functionSet[run[0]] {
					out = append(out, string(run))
				}
			}
			for k := 0; k+1 < len(run); k++ {
				if (functionSet[run[k]] && functionSet[run[k+1]]) || particleSet[run[k]] || particleSet[run[k+1]] {
					continue
				}
				out = append(out, string(run[k:k+2]))
			}
			i = j
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j := i
			for j < len(runes) && (isWordRune(runes[j]) || (isJoiner(runes[j]) && j+1 < len(runes) && isWordRune(runes[j+1]))) {
				j++
			}
			word := stem(strings.TrimRight(string(runes[i:j]), ".-"))
			// A version number after a name is part of it: "Llama 2" is not "Llama 3".
			if prevWord != "" && unicode.IsDigit([]rune(word)[0]) && i > 0 && runes[i-1] == ' ' {
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
			continue
		default:
			if r != ' ' {
				prevWord = ""
			}
			i++
		}
	}
	return out
}

func TestTokensAgreeWithReference(t *testing.T) {
	r, err := corpus.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{"", "Llama 2 和 Llama 3", "ＧＰＴ－４ｏ", "x.-y", "a- b", "v1.2.3-", "的了吗", "字", "İstanbul ǅ ﬁ ẞ Ⅻ ① ㎏", "\xff\xfe 模型 \xffa 2"}
	for _, p := range Chunk(r) {
		texts = append(texts, indexText(p), p.Lead)
	}
	for _, s := range r.AllSections() {
		texts = append(texts, s.Asks...)
	}
	for _, text := range texts {
		if got, want := Tokens(text), tokensReference(text); !slices.Equal(got, want) || (got == nil) != (want == nil) {
			t.Fatalf("Tokens(%q)\n= %q\nwant %q", text, got, want)
		}
	}
}
