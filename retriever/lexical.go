package retriever

import (
	"math"
	"sort"
)

// lexical is a BM25 index over Tokens. It is built once and only read afterwards.
type lexical struct {
	postings map[string][]posting
	docLen   []float64
	avgLen   float64
	idf      map[string]float64
	n        int
}

type posting struct {
	doc int
	tf  float64
}

// BM25's term-frequency saturation and length normalisation.
type bm25Params struct{ k1, b float64 }

var defaultBM25 = bm25Params{k1: 1.2, b: 0.3}

// newLexical indexes documents given as token lists. A document's title tokens are passed in
// again by the caller, so a heading counts more than a passing mention.
func newLexical(docs [][]string) *lexical {
	ix := &lexical{postings: make(map[string][]posting, 1<<15), docLen: make([]float64, len(docs)), n: len(docs)}
	total := 0.0
	tf := map[string]float64{}
	for d, toks := range docs {
		clear(tf)
		for _, t := range toks {
			tf[t]++
		}
		for t, c := range tf {
			ix.postings[t] = append(ix.postings[t], posting{d, c})
		}
		ix.docLen[d] = float64(len(toks))
		total += float64(len(toks))
	}
	if len(docs) > 0 {
		ix.avgLen = total / float64(len(docs))
	}
	ix.idf = make(map[string]float64, len(ix.postings))
	for t, ps := range ix.postings {
		df := float64(len(ps))
		ix.idf[t] = math.Log(1 + (float64(ix.n)-df+0.5)/(df+0.5))
	}
	return ix
}

// maxIDF is the weight of a term the report never uses: as informative as a term can be.
func (ix *lexical) maxIDF() float64 {
	return math.Log(1 + (float64(ix.n)+0.5)/0.5)
}

// termWeight is a query term's IDF, or maxIDF for a term the report lacks.
func (ix *lexical) termWeight(t string) float64 {
	if w, ok := ix.idf[t]; ok {
		return w
	}
	return ix.maxIDF()
}

type scored struct {
	doc   int
	score float64
}

// search returns every document that shares a term with the query, best first, with BM25
// scores. Query terms are weighted (expansion terms count less than the reader's own words).
func (ix *lexical) search(query map[string]float64, p bm25Params) []scored {
	acc := map[int]float64{}
	for t, qw := range query {
		idf, ok := ix.idf[t]
		if !ok {
			continue
		}
		for _, ps := range ix.postings[t] {
			norm := ps.tf * (p.k1 + 1) / (ps.tf + p.k1*(1-p.b+p.b*ix.docLen[ps.doc]/ix.avgLen))
			acc[ps.doc] += qw * idf * norm
		}
	}
	out := make([]scored, 0, len(acc))
	for d, s := range acc {
		out = append(out, scored{d, s})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].score != out[j].score {
			return out[i].score > out[j].score
		}
		return out[i].doc < out[j].doc
	})
	return out
}
