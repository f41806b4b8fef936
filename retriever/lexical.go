package retriever

import (
	"maps"
	"math"
	"slices"
	"sort"
	"strings"
)

// lexical is a BM25 index over Tokens. It is built once and only read afterwards.
type lexical struct {
	ids      map[string]int32 // every term of the documents, numbered in order of first use
	terms    []string         // by number
	postings [][]posting      // by number: the documents that use the term, in order
	docLen   []float64
	avgLen   float64
	n        int
}

// posting is a document that uses a term, and how often (tf, a whole number).
type posting struct {
	doc int32
	tf  float32
}

// termCount is one term of a document (by number), how often the document's tokens use it
// (tf, 0 for a term of its title alone) and how often its tokens and title together do (all).
type termCount struct {
	term, tf, all int32
}

// BM25's term-frequency saturation and length normalisation.
type bm25Params struct{ k1, b float64 }

var defaultBM25 = bm25Params{k1: 1.2, b: 0.3}

// newLexical indexes documents given as token lists: document i is toks[i] followed by
// titles[i] (titles may be nil), so a heading counts more than a passing mention. When wait is
// not nil, wait(i) is called before toks[i] is read and returns once it is there.
//
// It also returns each document's distinct terms in order of first use, with how often toks[i]
// alone uses each (the terms with tf 0 are in its title alone): what the local embedding
// weighs, counted here once instead of again.
//
// It counts first and then fills the postings in one array, sized exactly: growing tens of
// thousands of small slices one posting at a time was most of the cost of building the index.
func newLexical(toks, titles [][]string, wait func(i int)) (*lexical, [][]termCount) {
	ix := &lexical{ids: make(map[string]int32, 1<<15), docLen: make([]float64, len(toks)), n: len(toks)}
	ix.terms = make([]string, 0, 1<<15)
	inDoc := make([]int32, 0, 1<<15) // by term number: uses in the current document so far
	// Room for 140 distinct terms a document: the report's passages have 123 on average.
	size := 140 * len(toks)
	// Every document's distinct terms, one document after another.
	flat := make([]termCount, 0, size)
	starts := make([]int, len(toks)+1)
	id := func(t string) int32 {
		n, ok := ix.ids[t]
		if !ok {
			n = int32(len(ix.terms))
			t = strings.Clone(t) // a token is a slice of its whole passage: keep only the term
			ix.ids[t] = n
			ix.terms = append(ix.terms, t)
			inDoc = append(inDoc, 0)
		}
		return n
	}
	total := 0.0
	for d := range toks {
		if wait != nil {
			wait(d)
		}
		ts := toks[d]
		starts[d] = len(flat)
		for _, t := range ts {
			n := id(t)
			if inDoc[n] == 0 {
				flat = append(flat, termCount{term: n})
			}
			inDoc[n]++
		}
		for i := starts[d]; i < len(flat); i++ {
			flat[i].tf = inDoc[flat[i].term]
		}
		var title []string
		if titles != nil {
			title = titles[d]
		}
		for _, t := range title {
			n := id(t)
			if inDoc[n] == 0 {
				flat = append(flat, termCount{term: n}) // a title term the text lacks: tf 0
			}
			inDoc[n]++
		}
		for i := starts[d]; i < len(flat); i++ {
			flat[i].all = inDoc[flat[i].term]
			inDoc[flat[i].term] = 0
		}
		ix.docLen[d] = float64(len(ts) + len(title))
		total += ix.docLen[d]
	}
	starts[len(toks)] = len(flat)
	if len(toks) > 0 {
		ix.avgLen = total / float64(len(toks))
	}

	// Each term's postings are a slice of one array, in document order.
	df := make([]int32, len(ix.terms))
	for _, c := range flat {
		df[c.term]++
	}
	all := make([]posting, len(flat))
	ix.postings = make([][]posting, len(ix.terms))
	off := 0
	for n, k := range df {
		ix.postings[n] = all[off : off : off+int(k)]
		off += int(k)
	}
	docs := make([][]termCount, len(toks))
	for d := range toks {
		docs[d] = flat[starts[d]:starts[d+1]:starts[d+1]]
		for _, c := range docs[d] {
			ix.postings[c.term] = append(ix.postings[c.term], posting{int32(d), float32(c.all)})
		}
	}
	return ix, docs
}

// lookup returns the postings of a term, and whether any document uses it.
func (ix *lexical) lookup(t string) ([]posting, bool) {
	n, ok := ix.ids[t]
	if !ok {
		return nil, false
	}
	return ix.postings[n], true
}

// df is how many documents use a term.
func (ix *lexical) df(t string) int {
	ps, _ := ix.lookup(t)
	return len(ps)
}

// idf is the weight of a term that df documents use.
func (ix *lexical) idf(df int) float64 {
	d := float64(df)
	return math.Log(1 + (float64(ix.n)-d+0.5)/(d+0.5))
}

// maxIDF is the weight of a term the report never uses: as informative as a term can be.
func (ix *lexical) maxIDF() float64 {
	return math.Log(1 + (float64(ix.n)+0.5)/0.5)
}

// termWeight is a query term's IDF, or maxIDF for a term the report lacks.
func (ix *lexical) termWeight(t string) float64 {
	if ps, ok := ix.lookup(t); ok {
		return ix.idf(len(ps))
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
	// (Summed in one order of the terms: float sums in a map's random order differ in their
	// last bits, and two nearly tied passages would swap places from one run to the next.)
	for _, t := range slices.Sorted(maps.Keys(query)) {
		qw := query[t]
		pss, ok := ix.lookup(t)
		if !ok {
			continue
		}
		idf := ix.idf(len(pss))
		for _, ps := range pss {
			tf := float64(ps.tf)
			norm := tf * (p.k1 + 1) / (tf + p.k1*(1-p.b+p.b*ix.docLen[ps.doc]/ix.avgLen))
			acc[int(ps.doc)] += qw * idf * norm
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
