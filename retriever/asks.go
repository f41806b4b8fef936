package retriever

import (
	"maps"
	"math"
	"slices"
	"strings"
	"unicode/utf8"

	"llmtutor/corpus"
)

// ask is one of a section's 「常见问法」, the questions readers ask that it answers, as the
// terms the coverage decision weighs.
type ask struct {
	anchor string
	text   string
	terms  map[string]float64 // key term → weight
	norm   float64            // the weights' Euclidean length
	names  bool               // it names an entry (「ai」「大模型」「gpt-4o」)
	// models are the models it names (「llama 3 能看图吗？」: Llama 3).
	models []string
	// plain is the text as the report's plain text is searched for a word beside a name (see
	// strangerBeside).
	plain string
}

// modelsNamed returns the models' entries that weighed terms name.
func modelsNamed(terms map[string]float64) []string {
	var out []string
	for t := range terms {
		if a, ok := strings.CutPrefix(t, "@"); ok && strings.HasPrefix(a, "model-") {
			out = append(out, a)
		}
	}
	slices.Sort(out)
	return out
}

// buildAsks reads every section's questions, on every core. It needs the lexical index, the
// dictionary and the names.
func (ix *Index) buildAsks(r *corpus.Report) {
	var all []ask
	for _, s := range r.AllSections() {
		for _, q := range s.Asks {
			all = append(all, ask{anchor: s.Anchor, text: q})
		}
		// A question of the FAQ is one readers ask in its own heading (「训练一个大模型要花多少钱？」).
		if strings.HasPrefix(s.Anchor, "faq-") {
			all = append(all, ask{anchor: s.Anchor, text: s.Title})
		}
	}
	ix.askText = map[string]string{}
	var said strings.Builder
	for _, a := range all {
		ix.askText[a.anchor] += a.text + "\n"
		said.WriteString(Normalize(a.text) + "\n")
	}
	ix.asksSaid = said.String()
	parallel(len(all), func(i int) {
		// Weighed in the same words as questions are searched: 「认怂」 in a section's question
		// and in a reader's both read 谄媚. The text stays the section's, for the reader.
		all[i].terms = ix.weighted(ix.colloquial.paraphrase(recast(all[i].text), nil, ix.reportWord))
		all[i].norm = length(all[i].terms)
		for t := range all[i].terms {
			all[i].names = all[i].names || strings.HasPrefix(t, "@")
		}
		all[i].models = modelsNamed(all[i].terms)
		all[i].plain = stemPhrase(Normalize(all[i].text))
	})
	for _, a := range all {
		if a.norm > 0 {
			ix.asks = append(ix.asks, a)
		}
	}
	ix.apart = ix.namesApart()
}

// weighted is a text's key terms with their weights, where each entry the text names counts as
// one term of its own ("@models-deepseek") instead of the words of its name: 「deepseek」 and
// 「深度求索」, two names of one maker, then match, and a name is not counted twice. A name of
// several entries (「deepseek」: the maker and four models) spreads its weight over them.
func (ix *Index) weighted(text string) map[string]float64 {
	out := map[string]float64{}
	norm := Normalize(text)
	low := stemPhrase(norm)
	spans := map[[2]int][]nameMatch{}
	for _, m := range ix.nameMatches(low) {
		k := [2]int{m.start, m.end}
		spans[k] = append(spans[k], m)
	}
	named := map[string]bool{} // the words inside the names
	for k, ms := range spans {
		for _, t := range ix.keyTerms(low[k[0]:k[1]]) {
			named[t] = true
		}
		for _, m := range ms {
			// A common name (「大模型」) says little about which question is asked.
			out["@"+m.anchor] = math.Max(out["@"+m.anchor], m.spec*m.spec*ix.lex.maxIDF()/float64(len(ms)))
		}
	}
	for _, t := range ix.keyTermsOf(norm) {
		if !named[t] {
			out[t] = ix.queryWeight(t)
		}
	}
	return out
}

func length(ts map[string]float64) float64 {
	s := 0.0
	for _, t := range slices.Sorted(maps.Keys(ts)) {
		w := ts[t]
		s += w * w
	}
	return math.Sqrt(s)
}

// askMatch is how closely a question matches a section's best 「常见问法」.
type askMatch struct {
	score float64 // cosine of the weighted key terms, 0..1
	text  string  // the question matched
}

// minAskScore is the similarity at which a question counts as asking what a section's
// question asks.
const minAskScore = 0.5

// minAskShared is how many terms a question must share with a section's question to match it.
const minAskShared = 2

// matchAsks compares a question with every section's 「常见问法」 and returns, for each section
// one of whose questions is close enough, the best match. Two questions that share only a word
// every question uses weigh little: the terms are weighted by rarity.
func (ix *Index) matchAsks(question string) map[string]askMatch {
	if len(ix.asks) == 0 {
		return nil
	}
	q := ix.weighted(question)
	qn := length(q)
	if qn == 0 {
		return nil
	}
	qNames := false
	for t := range q {
		qNames = qNames || strings.HasPrefix(t, "@")
	}
	qModels := modelsNamed(q)
	// (An entry's name written apart names it too: see namedApart.)
	apart := ix.namedApart(Normalize(question), q)
	qNames = qNames || len(apart) > 0
	out := map[string]askMatch{}
	terms := slices.Sorted(maps.Keys(q)) // summed in one order (see lexical.search)
	for _, a := range ix.asks {
		if a.names && !qNames {
			continue // 「ai 筛简历会有偏见吗」 answers nothing about 「招聘时怎么筛简历」
		}
		// A question about one model asks nothing of another's 「常见问法」, whatever else they
		// share: 「o3-mini 能看图吗？」 is not 「llama 3 能看图吗？」. (A maker or a product named
		// as an example may be another's: 「开源模型能追上 chatgpt 这些闭源的吗？」.)
		if len(qModels) > 0 && len(a.models) > 0 && !slices.ContainsFunc(a.models, func(e string) bool { return slices.Contains(qModels, e) }) {
			continue
		}
		dot, shared, entries := 0.0, 0, 0
		for _, t := range terms {
			w := q[t]
			if aw, ok := a.terms[t]; ok {
				dot += w * aw
				if strings.HasPrefix(t, "@") {
					entries = 1 // the entries a question names count once, however many
				} else {
					shared++
				}
			}
		}
		shared += entries
		// One word in common (「面试」) is a coincidence, not the same question. (Unless it is
		// all either says, in a rare word that names no entry: 「蒸馏是啥意思」 asks 「蒸馏是什么
		// 意思？」; a name is weighed by the entry's own signal, and 「这么多ai该用哪个」 asks
		// nothing of 「ai 到底是什么意思？」.)
		s := 0.0
		if shared >= minAskShared || shared == len(q) && shared == len(a.terms) && loneAsk(q) {
			s = dot / (qn * a.norm)
		}
		if alt := apartScore(q, qn, a, apart); alt > s {
			s = alt
		}
		if s >= minAskScore && s > out[a.anchor].score {
			out[a.anchor] = askMatch{score: s, text: a.text}
		}
	}
	return out
}

// A name written apart is two words of an entry's name that a question writes with other
// words between them (「训练大模型用的数据」 for 训练数据, 「上下文的窗口」): the question names the
// entry as a 「常见问法」 that writes it whole does. nameApart is one way to cut a name in two.
type nameApart struct {
	anchor      string
	first, last string // the name's two words, each one the dictionary or the report knows
}

// maxApartGap is how many characters may stand between the two words of a name written apart.
const maxApartGap = 6

// namesApart cuts every Chinese name of an entry of four characters or more into two words of
// two or more characters each, where the dictionary or the report knows both.
func (ix *Index) namesApart() map[string][]nameApart {
	out := map[string][]nameApart{}
	for _, e := range ix.entities {
		for _, n := range e.names {
			rs := []rune(n)
			if len(rs) < 4 || strings.ContainsFunc(n, func(r rune) bool { return !isHan(r) }) {
				continue
			}
			for i := 2; i+2 <= len(rs); i++ {
				first, last := string(rs[:i]), string(rs[i:])
				if ix.knownWord(first) && ix.knownWord(last) {
					out[first] = append(out[first], nameApart{anchor: e.anchor, first: first, last: last})
				}
			}
		}
	}
	return out
}

// namedApart returns, for each entry whose name a question (normalised) writes apart in one
// clause and does not write whole, the question's terms that are the name's two words.
// (Read in one order, the question's terms sorted and the cuts in the entries' order: of two
// cuts of one name that both fit, the first found stands.)
func (ix *Index) namedApart(norm string, q map[string]float64) map[string][]string {
	var out map[string][]string
	for _, first := range slices.Sorted(maps.Keys(q)) {
		for _, c := range ix.apart[first] {
			if _, ok := q[c.last]; !ok || q["@"+c.anchor] > 0 || out["@"+c.anchor] != nil {
				continue
			}
			for _, clause := range Clauses(norm) {
				i := strings.Index(clause, c.first)
				if i < 0 {
					continue
				}
				j := strings.Index(clause[i+len(c.first):], c.last)
				if j <= 0 || utf8.RuneCountInString(clause[i+len(c.first):][:j]) > maxApartGap {
					continue
				}
				if out == nil {
					out = map[string][]string{}
				}
				out["@"+c.anchor] = []string{c.first, c.last}
				break
			}
		}
	}
	return out
}

// apartScore is how closely a question matches a 「常见问法」 when each entry the question names
// apart (see namedApart) is read as named: its two words give way to the entry, weighed as the
// 「常见问法」 weighs it. 0 when the question names apart no entry the 「常见问法」 names.
func apartScore(q map[string]float64, qn float64, a ask, apart map[string][]string) float64 {
	if len(apart) == 0 || !a.names {
		return 0
	}
	dot, qq, shared, swapped := 0.0, qn*qn, 0, false
	for _, t := range slices.Sorted(maps.Keys(q)) {
		if aw, ok := a.terms[t]; ok {
			dot += q[t] * aw
			shared++
		}
	}
	for _, e := range slices.Sorted(maps.Keys(apart)) { // summed in one order
		words := apart[e]
		aw, ok := a.terms[e]
		if !ok {
			continue
		}
		swapped = true
		for _, w := range words {
			if x, ok := a.terms[w]; ok {
				dot -= q[w] * x
				shared--
			}
			qq -= q[w] * q[w]
		}
		dot += aw * aw
		qq += aw * aw
		shared++
	}
	if !swapped || shared < minAskShared || qq <= 0 {
		return 0
	}
	return dot / (math.Sqrt(qq) * a.norm)
}

// loneAsk reports whether a question of one key term asks through it alone what a 「常见问法」
// of that one term asks: a word rare in the report (not 「训练」) that is no entry's name.
func loneAsk(q map[string]float64) bool {
	for t, w := range q {
		return !strings.HasPrefix(t, "@") && w >= minLoneAskWeight
	}
	return false
}

// minLoneAskWeight is how rare (see weighted) a question's only term must be to ask alone.
const minLoneAskWeight = 2

// AsksOf returns a section's 「常见问法」, in the order the report gives them.
func (ix *Index) AsksOf(anchor string) []string {
	var out []string
	for _, a := range ix.asks {
		if a.anchor == anchor {
			out = append(out, a.text)
		}
	}
	return out
}
