package retriever

import (
	"cmp"
	"context"
	"fmt"
	"math"
	"slices"

	chromem "github.com/philippgille/chromem-go"
)

// sparseVectors holds the local embedding's passage vectors by dimension: for each of its
// dimensions, the passages that use it, with their weights. A local vector is sparse (a
// question sets a few dozen of its LocalDims dimensions), so scoring a question on its own
// dimensions alone gives each passage the cosine chromem-go's query gives it, bit for bit — the
// same products summed in the same order, less the zeros — at a small part of the work of
// chromem-go's scan of every dimension of every passage, which was the largest single cost of
// an offline answer. chromem-go still holds the passages and answers any other embedding.
type sparseVectors struct {
	dims     [][]dimWeight // by dimension, in passage order
	passages int
}

// dimWeight is one passage's weight on a dimension.
type dimWeight struct {
	passage int32
	weight  float32
}

// newSparseVectors reads the vectors coll holds for the passages ids name (passage i is
// ids[i]), as coll compares them.
func newSparseVectors(ctx context.Context, coll *chromem.Collection, ids []string) (*sparseVectors, error) {
	s := &sparseVectors{dims: make([][]dimWeight, LocalDims), passages: len(ids)}
	for i, id := range ids {
		doc, err := coll.GetByID(ctx, id)
		if err != nil {
			return nil, fmt.Errorf("reading passage %s's vector back: %w", id, err)
		}
		if len(doc.Embedding) != LocalDims {
			return nil, fmt.Errorf("reading passage %s's vector back: %d dimensions, want %d", id, len(doc.Embedding), LocalDims)
		}
		for d, w := range doc.Embedding {
			if w != 0 {
				s.dims[d] = append(s.dims[d], dimWeight{passage: int32(i), weight: w})
			}
		}
	}
	return s, nil
}

// rank returns the n passages most similar to the query vector q (as queried: see asQueried)
// that share anything with it, most similar first, ties in passage order.
func (s *sparseVectors) rank(q []float32, n int) []vectorHit {
	sims := make([]float32, s.passages)
	for d, qw := range q {
		if qw == 0 {
			continue
		}
		for _, e := range s.dims[d] {
			sims[e.passage] += qw * e.weight
		}
	}
	var out []vectorHit
	for i, sim := range sims {
		if sim > 0 {
			out = append(out, vectorHit{passage: i, similarity: float64(sim)})
		}
	}
	slices.SortFunc(out, func(a, b vectorHit) int {
		if c := cmp.Compare(b.similarity, a.similarity); c != 0 {
			return c
		}
		return a.passage - b.passage
	})
	return out[:min(n, len(out))]
}

// unitTolerance is how far from 1 a vector's length may be for chromem-go to take it as a unit
// vector (its isNormalizedPrecisionTolerance).
const unitTolerance = 1e-6

// asQueried is a query vector as chromem-go compares it with the passages: as it is when its
// length is within unitTolerance of 1, else divided by its length, summed in float32 as
// chromem-go sums it.
func asQueried(v []float32) []float32 {
	var sq float64
	for _, x := range v {
		sq += float64(x) * float64(x)
	}
	if math.Abs(math.Sqrt(sq)-1) < unitTolerance {
		return v
	}
	var norm float32
	for _, x := range v {
		norm += x * x
	}
	norm = float32(math.Sqrt(float64(norm)))
	out := make([]float32, len(v))
	for i, x := range v {
		out[i] = x / norm
	}
	return out
}
