package retriever

import (
	"math"
	"unicode"
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
}

// Weights of the logistic coverage decision, fitted (class-balanced, L2 0.01) on the signals
// of the project's question set, eval/questions.jsonl, and checked on a held-out set. Refit
// them when the report or the signals change: eval/README.md says how.
var (
	coverageWeights = Signals{Cov3: 1.512, Cov1: 1.620, Unknown: -1.882, Heading: 1.100, Named: 1.880, Topical: 0.987, Lead: 0.882}
	coverageBias    = -2.347
)

// confidence is the decision's estimate that the report covers the question.
func (s Signals) confidence() float64 {
	w := coverageWeights
	z := coverageBias + w.Cov3*s.Cov3 + w.Cov1*s.Cov1 + w.Unknown*s.Unknown + w.Heading*s.Heading + w.Topical*s.Topical + w.Lead*s.Lead + w.Named*s.Named
	return 1 / (1 + math.Exp(-z))
}

// onTopic says whether the question touches any of the report's topics at all: a heading, a
// section's subject sentence or a named entry. A question whose words the report uses only in
// its analogies (「明天天气怎么样」 meets the weather-forecast analogy) touches none, however many
// of its words the passages contain.
func (s Signals) onTopic() bool {
	return s.Heading > 0 || s.Named > 0 || s.Lead > 0 || s.Topical > 0
}

// queryWeight is how much a query term says about what the question is about. A term the
// report uses weighs its IDF. A Chinese bigram the report never uses is either a real word the
// report lacks (「红烧」: it has a rare character) or the seam between two words (「少道」 from
// 「多少道题」: both characters are common); it weighs as much as its rarer character.
func (ix *Index) queryWeight(t string) float64 {
	if w, ok := ix.lex.idf[t]; ok {
		return w
	}
	rs := []rune(t)
	if len(rs) == 2 && unicode.Is(unicode.Han, rs[0]) && unicode.Is(unicode.Han, rs[1]) {
		w := 0.0
		for _, r := range rs {
			cw, ok := ix.charIDF[r]
			if !ok {
				cw = ix.lex.maxIDF()
			}
			w = math.Max(w, cw)
		}
		return w
	}
	return ix.lex.maxIDF()
}

// signals measures how well the top hits answer the question. A follow-up is judged together
// with the subject it carries: 「它有多少道题」 after a question about GPQA is about GPQA.
func (ix *Index) signals(question, context string, hits []Hit, named map[string]float64) Signals {
	var s Signals
	toks := uniq(append(Tokens(question), Tokens(context)...))
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
			for _, t := range Tokens(indexText(h.Passage)) {
				inTop3[t] = true
				if first {
					inTop1[t] = true
				}
			}
			first = false
		}
		for _, t := range Tokens(h.Title) {
			inHeading[t] = true
		}
		for _, t := range Tokens(h.Lead) {
			inLead[t] = true
		}
		s.Named = math.Max(s.Named, named[h.Anchor])
	}
	var all, got3, got1, unknown, topical, lead float64
	for _, t := range toks {
		w := ix.queryWeight(t)
		all += w
		if ix.topics[t] {
			topical += w
		}
		if inLead[t] {
			lead += w
		}
		if !ix.vocab[t] {
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
	return s
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
