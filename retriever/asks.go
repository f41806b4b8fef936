package retriever

import (
	"maps"
	"math"
	"slices"
	"strings"

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
	ix.askText = map[string]string{}
	for _, a := range all {
		ix.askText[a.anchor] += a.text + "\n"
	}
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
		// (Unless it is all either says, in a rare word that names no entry: 「蒸馏是啥意思」
		// asks 「蒸馏是什么意思？」; a name is weighed by the entry's own signal, and 「这么多ai
		// 该用哪个」 asks nothing of 「ai 到底是什么意思？」.)
		if shared < minAskShared && !(shared == len(q) && shared == len(a.terms) && loneAsk(q)) {
			continue // one word in common (「面试」) is a coincidence, not the same question
		}
		if s := dot / (qn * a.norm); s >= minAskScore && s > out[a.anchor].score {
			out[a.anchor] = askMatch{score: s, text: a.text}
		}
	}
	return out
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
