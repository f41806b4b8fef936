package retriever

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"llmtutor/corpus"
)

// normalizeReference is Normalize without normalizeSimple: the general path, which the fast
// one must agree with.
func normalizeReference(s string) string {
	s = norm.NFKC.String(s)
	if strings.ContainsAny(s, "\u2019\u2018") {
		s = apostrophes.Replace(s)
	}
	return strings.ToLower(s)
}

// tokensReference is Tokens as first written, over a slice of runes with a string made for
// every term: the straightforward reading of Tokens' rules. Tokens, rewritten for speed, must
// agree with it on every text.
func tokensReference(text string) []string {
	text = normalizeReference(text)
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
				if !functionSet.has(run[0]) {
					out = append(out, string(run))
				}
			}
			for k := 0; k+1 < len(run); k++ {
				if (functionSet.has(run[k]) && functionSet.has(run[k+1])) || particleSet.has(run[k]) || particleSet.has(run[k+1]) {
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
			word := stem(strings.TrimRight(strings.ReplaceAll(string(runes[i:j]), "_", "-"), ".-"))
			// A version number after a name is part of it: "Llama 2" is not "Llama 3"; a year
			// (four digits from 1900 to 2099, then 年) is not.
			year := strings.Trim(word, "0123456789") == "" && len(word) == 4 && (word[:2] == "19" || word[:2] == "20") &&
				strings.HasPrefix(strings.TrimLeft(string(runes[j:]), " "), "年")
			if prevWord != "" && unicode.IsDigit([]rune(word)[0]) && i > 0 && runes[i-1] == ' ' && !year {
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
	texts := []string{"", "Llama 2 和 Llama 3", "ＧＰＴ－４ｏ", "x.-y", "a- b", "v1.2.3-", "的了吗", "字", "İstanbul ǅ ﬁ ẞ Ⅻ ① ㎏", "\xff\xfe 模型 \xffa 2", "deepseek 2025年1月", "deepseek 2025 年", "gpt 2019", "llama 1999年x"}
	for _, p := range Chunk(r) {
		texts = append(texts, indexText(p), p.Lead)
	}
	for _, s := range r.AllSections() {
		texts = append(texts, s.Asks...)
	}
	for _, text := range texts {
		if got, want := Normalize(text), normalizeReference(text); got != want {
			t.Fatalf("Normalize(%q) = %q, want %q", text, got, want)
		}
		if got, want := Tokens(text), tokensReference(text); !slices.Equal(got, want) || (got == nil) != (want == nil) {
			t.Fatalf("Tokens(%q)\n= %q\nwant %q", text, got, want)
		}
	}
}

// isHan answers the CJK Unified Ideographs block without unicode.Is: it must agree with it on
// every character.
func TestIsHan(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if isHan(r) != unicode.Is(unicode.Han, r) {
			t.Fatalf("isHan(%U) = %v", r, isHan(r))
		}
	}
}

func TestRuneSet(t *testing.T) {
	s := newRuneSet("的了a")
	for r, want := range map[rune]bool{'的': true, '了': true, 'a': true, 'b': false, '模': false, -1: false, 0x1F600: false, unicode.MaxRune: false} {
		if s.has(r) != want {
			t.Errorf("has(%U) = %v, want %v", r, !want, want)
		}
	}
}

// isAnalogyReference is isAnalogy as first written, over a slice of runes.
func isAnalogyReference(sent string) bool {
	for _, m := range analogyMarkers {
		if strings.Contains(strings.ReplaceAll(sent, "偏好比", ""), m) {
			return true
		}
	}
	rs := []rune(sent)
	for i, r := range rs {
		if r != '像' {
			continue
		}
		if i > 0 && strings.ContainsRune("图影画肖录想偶映头", rs[i-1]) {
			continue
		}
		if i+1 < len(rs) && rs[i+1] == '素' {
			continue
		}
		return true
	}
	return false
}

func TestIsAnalogyAgreesWithReference(t *testing.T) {
	r, err := corpus.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	sents := []string{"像", "像素", "图像", "图像像", "像像素", "头像就是", "好像", "\xff像", "它像一本书。", "像素很高"}
	for _, p := range Chunk(r) {
		sents = append(sents, splitSentences(p.Text)...)
	}
	analogies := 0
	for _, s := range sents {
		got := isAnalogy(s)
		if want := isAnalogyReference(s); got != want {
			t.Fatalf("isAnalogy(%q) = %v, want %v", s, got, want)
		}
		if got {
			analogies++
		}
	}
	if analogies < 100 {
		t.Fatalf("only %d analogies among %d sentences", analogies, len(sents))
	}
}

// Every character normalizeSimple accepts must be one NFKC maps as simpleForm says, and one
// that starts a segment and combines with nothing on its left (nor may what it maps to): then
// the NFKC form of a text of such characters is their forms one after another. Pairs of them
// are checked against the general path too.
func TestNormalizeSimple(t *testing.T) {
	var accepted []string
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if r >= 0xD800 && r <= 0xDFFF {
			continue // surrogates are no characters
		}
		to, ok := r, r < utf8.RuneSelf
		if !ok {
			to, ok = simpleForm(r)
		}
		if !ok {
			continue
		}
		accepted = append(accepted, string(r))
		s := string(r)
		if got, want := Normalize(s), normalizeReference(s); got != want || got != strings.ToLower(string(to)) {
			t.Fatalf("%U: Normalize = %q, the general path %q, simpleForm %q", r, got, want, string(to))
		}
		for _, c := range s + norm.NFKC.String(s) {
			if p := norm.NFKC.PropertiesString(string(c)); !p.BoundaryBefore() || p.CCC() != 0 {
				t.Fatalf("%U (in the form of %U) may combine with what precedes it", c, r)
			}
		}
	}
	if len(accepted) < 20000 {
		t.Fatalf("only %d characters accepted", len(accepted))
	}
	var sample []string
	for i, s := range accepted {
		if r, _ := utf8.DecodeRuneInString(s); !(r >= 0x4E00 && r <= 0x9FFF) || i%997 == 0 {
			sample = append(sample, s)
		}
	}
	for _, a := range sample {
		for _, b := range sample {
			if got, want := Normalize(a+b), normalizeReference(a+b); got != want {
				t.Fatalf("Normalize(%q) = %q, want %q", a+b, got, want)
			}
		}
	}
	// A character outside the set sends the whole text down the general path.
	for _, s := range []string{"Ａ\u0301", "e\u0301", "…", "x²", "İ", "\xff", "ﬁ"} {
		if _, ok := normalizeSimple(s); ok {
			t.Errorf("normalizeSimple accepted %q", s)
		}
		if got, want := Normalize(s), normalizeReference(s); got != want {
			t.Errorf("Normalize(%q) = %q, want %q", s, got, want)
		}
	}
}

// phraseDF reads only the passages that have every bigram of a Chinese phrase: it must count
// what reading every passage's plain text counts.
func TestPhraseDFCountsEveryPassage(t *testing.T) {
	_, ix := sharedIndex(t)
	phrases := map[string]bool{"红烧肉": true, "大语言模型": true, "上下文窗口": true, "的模型": true, "思维链": true}
	for i, p := range ix.plain {
		if i%7 != 0 {
			continue
		}
		rs := []rune(p)
		for k := 0; k+4 <= len(rs); k += 13 {
			if w := string(rs[k : k+3+k%2]); !strings.ContainsFunc(w, func(r rune) bool { return !isHan(r) }) {
				phrases[w] = true
			}
		}
	}
	counted := 0
	for w := range phrases {
		want := 0
		for _, p := range ix.plain {
			if strings.Contains(p, w) {
				want++
			}
		}
		if got := ix.phraseDF(w); got != want {
			t.Errorf("phraseDF(%q) = %d, want %d", w, got, want)
		}
		if want > 1 {
			counted++
		}
	}
	if counted < 100 {
		t.Fatalf("only %d phrases in more than one passage", counted)
	}
}
