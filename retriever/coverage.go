package retriever

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Signals are what the coverage decision weighs. Each lies in [0, 1].
type Signals struct {
	Confidence float64 `json:"confidence"` // the decision's estimate, from the signals below
	// Cov3 is the rarity-weighted share of the query's terms that the top three passages
	// contain; Cov1 the same for the best passage alone.
	Cov3, Cov1 float64
	// Unknown is the rarity-weighted share of the query's terms the report never uses:
	// 「番茄」「失眠」 are in no passage.
	Unknown float64
	// Heading is the rarity of the rarest query term standing in a top passage's heading.
	Heading float64
	// Lead is the rarity-weighted share of the query's terms in the subject sentence of a top
	// passage's section: what the section says it is about, not an analogy in its middle.
	Lead float64
	// Topical is the rarity-weighted share of the query's terms that stand in some heading of
	// the report: its topics. 「明天天气怎么样」 borrows words from an analogy, none from a topic.
	Topical float64
	// Named is how specifically the question (or its subject) names the entry of a top passage:
	// 0 when it names none.
	Named float64
	// Domain is the share of the question's terms, each counted once however common, that are
	// the report's own vocabulary: words of its headings that many passages use (「模型」「训练」
	// 「Transformer」). Rarity weighting, right for the other signals, makes such words count
	// for nothing, yet they are what sets 「模型的刻板印象从哪来」 apart from 「简历上写什么」.
	Domain float64
}

// Weights of the logistic coverage decision, fitted (class-balanced, L2 0.01) on the signals
// of the project's question set, eval/questions.jsonl, and checked on a held-out set. Refit
// them when the report or the signals change: eval/README.md says how.
var (
	coverageWeights = Signals{Cov3: 1.888, Cov1: 1.625, Unknown: -1.214, Heading: 0.958, Named: 1.374, Topical: 0.656, Lead: 0.723, Domain: 1.220}
	coverageBias    = -2.997
)

// confidence is the decision's estimate that the report covers the question.
func (s Signals) confidence() float64 {
	w := coverageWeights
	z := coverageBias + w.Cov3*s.Cov3 + w.Cov1*s.Cov1 + w.Unknown*s.Unknown + w.Heading*s.Heading + w.Topical*s.Topical + w.Lead*s.Lead + w.Named*s.Named + w.Domain*s.Domain
	return 1 / (1 + math.Exp(-z))
}

// OnTopic says whether the question touches any of the report's topics at all: a heading, a
// section's subject sentence or a named entry. A question whose words the report uses only in
// its analogies (「明天天气怎么样」 meets the weather-forecast analogy) touches none, however many
// of its words the passages contain.
func (s Signals) OnTopic() bool {
	anchored := s.Named > 0 || s.Domain > 0
	return anchored && (s.Heading > 0 || s.Named > 0 || s.Lead > 0 || s.Topical > 0)
}

// queryWeight is how much a query term says about what the question is about. A term the
// report uses weighs its IDF; a single Chinese character, the IDF of the character; a term the
// report never uses weighs most, unless it is half a function word (keyTerms has already left out the seams between words, which
// would otherwise count as such terms).
func (ix *Index) queryWeight(t string) float64 {
	if w, ok := ix.lex.idf[t]; ok {
		return w
	}
	rs := []rune(t)
	if len(rs) == 1 && unicode.Is(unicode.Han, rs[0]) {
		if w, ok := ix.charIDF[rs[0]]; ok {
			return w
		}
		return ix.lex.maxIDF()
	}
	if len(rs) == 2 && (functionSet[rs[0]] || functionSet[rs[1]]) {
		// Half a function word (「一天」「这次」): a common phrase, as informative as its other
		// character.
		w := 0.0
		for _, r := range rs {
			if cw, ok := ix.charIDF[r]; ok && !functionSet[r] {
				w = math.Max(w, cw)
			}
		}
		return w
	}
	return ix.lex.maxIDF()
}

// signals measures how well the top hits answer the question. A follow-up is judged together
// with the subject it carries: 「它有多少道题」 after a question about GPQA is about GPQA.
func (ix *Index) signals(question, context string, hits []Hit, named map[string]float64) Signals {
	var s Signals
	toks := uniq(append(ix.keyTerms(question), ix.keyTerms(context)...))
	if len(toks) == 0 || len(hits) == 0 {
		return s
	}
	maxW := ix.lex.maxIDF()
	inTop3, inTop1, inHeading, inLead := map[string]bool{}, map[string]bool{}, map[string]bool{}, map[string]bool{}
	first := true
	for i, h := range hits {
		if i >= 3 {
			break
		}
		if !h.Example {
			// Matching an invented sample item word for word is no sign of coverage.
			for _, t := range termsAndChars(h.Title + "\n" + literal(h.Text)) {
				inTop3[t] = true
				if first {
					inTop1[t] = true
				}
			}
			first = false
		}
		for _, t := range termsAndChars(h.Title) {
			inHeading[t] = true
		}
		for _, t := range termsAndChars(h.Lead) {
			inLead[t] = true
		}
		s.Named = math.Max(s.Named, named[h.Anchor])
	}
	var all, got3, got1, unknown, topical, lead float64
	domain := 0
	for _, t := range toks {
		if ix.isDomainTerm(t) {
			domain++
		}
		w := ix.queryWeight(t)
		all += w
		if ix.topics[t] {
			topical += w
		}
		if inLead[t] {
			lead += w
		}
		if !ix.vocab[t] && !ix.usesChar(t) {
			unknown += w
		}
		if inTop3[t] {
			got3 += w
		}
		if inTop1[t] {
			got1 += w
		}
		if inHeading[t] {
			s.Heading = math.Max(s.Heading, w/maxW)
		}
	}
	if all > 0 {
		s.Cov3, s.Cov1, s.Unknown, s.Topical, s.Lead = got3/all, got1/all, unknown/all, topical/all, lead/all
	}
	s.Domain = float64(domain) / float64(len(toks))
	return s
}

// literal is a passage's text without its analogies. The report explains every concept with an
// everyday comparison (「重排序像招聘中的两轮筛选：第一轮按关键词快速筛简历……」); a question about
// résumés finds its words there, but the passage is not about résumés.
func literal(text string) string {
	var b strings.Builder
	for _, sent := range splitSentences(text) {
		if !isAnalogy(sent) {
			b.WriteString(sent)
		}
	}
	return b.String()
}

// splitSentences cuts text after every Chinese sentence end and line break, keeping them.
func splitSentences(text string) []string {
	var out []string
	start := 0
	for i, r := range text {
		if r == '。' || r == '！' || r == '？' || r == '；' || r == '\n' {
			end := i + utf8.RuneLen(r)
			out = append(out, text[start:end])
			start = end
		}
	}
	if start < len(text) {
		out = append(out, text[start:])
	}
	return out
}

// analogyMarkers introduce a comparison; 「像」 alone does too, but not inside 图像, 影像, 像素.
var analogyMarkers = []string{"好比", "比作", "比喻", "比方", "类比", "如同", "就像", "仿佛"}

func isAnalogy(sent string) bool {
	for _, m := range analogyMarkers {
		if strings.Contains(sent, m) {
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

// termsAndChars are the Tokens of a text and each of its Chinese characters, so that a
// question's single-character words (「山」「快」) can be looked for in it.
func termsAndChars(text string) []string {
	out := Tokens(text)
	for _, r := range Normalize(text) {
		if unicode.Is(unicode.Han, r) {
			out = append(out, string(r))
		}
	}
	return out
}

// usesChar reports whether t is a single Chinese character that some passage uses.
func (ix *Index) usesChar(t string) bool {
	rs := []rune(t)
	if len(rs) != 1 || !unicode.Is(unicode.Han, rs[0]) {
		return false
	}
	_, ok := ix.charIDF[rs[0]]
	return ok
}

func uniq(ts []string) []string {
	seen := map[string]bool{}
	out := ts[:0:0]
	for _, t := range ts {
		if !seen[t] {
			seen[t] = true
			out = append(out, t)
		}
	}
	return out
}

// keyTerms are the terms of a question the coverage decision weighs: Tokens, less the Chinese
// bigrams that straddle two words. Overlapping bigrams are right for ranking (they catch every
// word) but wrong for judging coverage: in 「哪一天发布」 the seam 「天发」 is a rare string the
// report happens to contain once, and it would count as a rare word found, or, missing, as a
// rare word the report lacks. Each run of Chinese characters is segmented into the bigrams the
// report uses most (a dynamic programme over the run; function-word pairs such as 「多少」 count
// as common words, pairs with a particle never); the bigrams left out are seams.
func (ix *Index) keyTerms(text string) []string {
	words := map[string]bool{} // the bigrams the segmentation keeps
	var singles []string       // and its one-character words, in reading order
	han := []rune{}
	segment := func() {
		for _, w := range ix.segmentRun(han) {
			if utf8.RuneCountInString(w) == 1 {
				singles = append(singles, w)
			} else {
				words[w] = true
			}
		}
		han = han[:0]
	}
	for _, r := range Normalize(text) {
		if unicode.Is(unicode.Han, r) {
			han = append(han, r)
			continue
		}
		segment()
	}
	segment()
	var out []string
	for _, t := range Tokens(text) {
		rs := []rune(t)
		if len(rs) == 2 && unicode.Is(unicode.Han, rs[0]) && unicode.Is(unicode.Han, rs[1]) && (!words[t] || questionFrame[t]) {
			continue
		}
		out = append(out, t)
	}
	return append(out, singles...)
}

// segmentRun splits a run of Chinese characters into single characters and bigrams,
// maximising the bigrams' summed log document frequency.
func (ix *Index) segmentRun(run []rune) []string {
	n := len(run)
	if n < 2 {
		return nil
	}
	score := func(i int) float64 { // of the bigram run[i:i+2]; -1 when it cannot be a word
		a, b := run[i], run[i+1]
		switch {
		case particleSet[a] || particleSet[b]:
			return -1
		case functionSet[a] && functionSet[b]:
			return math.Log(1 + functionPairDF)
		}
		df := len(ix.lex.postings[string(run[i:i+2])])
		if df == 0 && (functionSet[a] || functionSet[b]) {
			return -1 // half a function word the report never uses: a seam (「会拍」 in 会拍马屁)
		}
		return math.Log(1+float64(df)) + 0.01
	}
	best := make([]float64, n+1)
	take := make([]bool, n+1)
	for i := n - 1; i >= 0; i-- {
		best[i] = best[i+1]
		if i+1 < n {
			if s := score(i); s >= 0 && s+best[i+2] >= best[i] { // on a tie, the earlier bigram, as forward maximum matching reads
				best[i], take[i] = s+best[i+2], true
			}
		}
	}
	var out []string
	for i := 0; i < n; {
		if take[i] {
			out = append(out, string(run[i:i+2]))
			i += 2
			continue
		}
		if !functionSet[run[i]] && !particleSet[run[i]] {
			out = append(out, string(run[i])) // a word of one character: 「山」「快」
		}
		i++
	}
	return out
}

// domainDF is how many passages must use a heading word for it to count as the report's own
// vocabulary.
const domainDF = 10

// isDomainTerm reports whether a question term is the report's own vocabulary: a heading word
// many passages use, or an English word or name the report uses more than once (the report
// writes English only for technical terms: 「Elo」「Hugging Face」).
func (ix *Index) isDomainTerm(t string) bool {
	df := len(ix.lex.postings[t])
	if isLatin(t) && strings.ContainsFunc(t, unicode.IsLetter) {
		return df >= 2
	}
	return ix.topics[t] && df >= domainDF
}

// questionFrame are words that frame a question rather than name its subject: 「是什么意思」,
// 「有什么好处」, 「到底是怎么回事」 ask the same of any subject, so whether the report contains
// them says nothing about whether it covers the question.
var questionFrame = map[string]bool{
	"意思": true, "回事": true, "为啥": true, "请问": true, "讲讲": true, "说说": true, "解释": true,
	"告诉": true, "通俗": true, "一下": true, "到底": true, "具体": true, "大概": true, "一般": true,
	"主要": true, "区别": true, "好处": true, "坏处": true, "作用": true, "原因": true, "关系": true,
	"用来": true, "干什": true, "啥是": true, "简单": true, "介绍": true, "自己": true, "应该": true,
	"需要": true, "知道": true,
}

// functionPairDF is the document frequency a pair of function characters (「多少」「什么」) is
// taken to have when segmenting: they are common words, though the index leaves them out.
const functionPairDF = 100
