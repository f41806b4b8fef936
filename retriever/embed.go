package retriever

import (
	"context"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"hash/fnv"
	"math"
	"os"
	"path/filepath"

	"github.com/philippgille/chromem-go"
)

// LocalDims is the width of the local embedding.
const LocalDims = 1024

// LocalEmbedder is the embedded default: a hashed TF-IDF vector over the same terms the
// lexical index uses (character bigrams, words). It needs no model download and no network;
// its IDF comes from the report itself, so it is built from the passages it will embed.
// Unlike a neural embedding it knows no synonyms; glossary expansion covers that gap.
type LocalEmbedder struct {
	terms  *lexical // the texts' terms, numbered
	df     []int32  // by term number: how many texts use the term
	hashes []uint64 // by term number: its FNV-1a hash, which picks and signs its dimension
	n      float64  // how many texts
	maxIDF float64
}

// NewLocalEmbedder learns term weights from the texts it will embed.
func NewLocalEmbedder(texts []string) *LocalEmbedder {
	toks := make([][]string, len(texts))
	for i, t := range texts {
		toks[i] = Tokens(t)
	}
	lex, docs := newLexical(toks, nil, nil)
	return newLocalEmbedderTerms(lex, docs)
}

// newLocalEmbedderTerms is NewLocalEmbedder for texts already counted by newLexical: docs are
// each text's terms, counted in the text alone.
func newLocalEmbedderTerms(lex *lexical, docs [][]termCount) *LocalEmbedder {
	e := &LocalEmbedder{terms: lex, df: make([]int32, len(lex.terms)), hashes: make([]uint64, len(lex.terms)),
		n: float64(len(docs)), maxIDF: math.Log(1 + float64(len(docs)))}
	for _, d := range docs {
		for _, c := range d {
			if c.tf > 0 {
				e.df[c.term]++
			}
		}
	}
	for i, t := range lex.terms {
		e.hashes[i] = hashTerm(t)
	}
	return e
}

// idf is a term's weight in the embedding.
func (e *LocalEmbedder) idf(df int32) float64 { return math.Log(1 + e.n/float64(df)) }

// hashTerm is a term's 64-bit FNV-1a hash.
func hashTerm(t string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(t))
	return h.Sum64()
}

// Embed returns the normalised vector of a text. It is safe for concurrent use.
func (e *LocalEmbedder) Embed(_ context.Context, text string) ([]float32, error) {
	toks := Tokens(text)
	tf := make(map[string]float64, len(toks))
	var order []string // each term once, in order of first use
	for _, t := range toks {
		if tf[t] == 0 {
			order = append(order, t)
		}
		tf[t]++
	}
	vec := make([]float32, LocalDims)
	// (In one order: float sums in a map's random order differ in their last bits, and two
	// passages nearly tied for a question would swap places from one run to the next.)
	for _, t := range order {
		c := tf[t]
		w, sum := e.maxIDF, uint64(0)
		if n, ok := e.terms.ids[t]; ok && e.df[n] > 0 {
			w, sum = e.idf(e.df[n]), e.hashes[n]
		} else {
			sum = hashTerm(t)
		}
		addTerm(vec, sum, c, w)
	}
	return normalize(vec), nil
}

// embedTerms is the vector of a text counted by newLexical.
func (e *LocalEmbedder) embedTerms(terms []termCount, vec []float32) []float32 {
	for _, c := range terms {
		if c.tf > 0 {
			addTerm(vec, e.hashes[c.term], float64(c.tf), e.idf(e.df[c.term]))
		}
	}
	return normalize(vec)
}

// addTerm adds a term used c times, of weight w, to its dimension of vec, chosen by its hash.
func addTerm(vec []float32, sum uint64, c, w float64) {
	sign := float32(1)
	if sum>>63 == 1 {
		sign = -1 // signed hashing keeps collisions from adding up in one direction
	}
	vec[sum%LocalDims] += sign * float32((1+math.Log(c))*w)
}

// normalize scales vec to length 1. A text with no terms, or whose terms cancel out, points
// nowhere in particular; chromem-go rejects a zero vector.
func normalize(vec []float32) []float32 {
	var norm float64
	for _, v := range vec {
		norm += float64(v) * float64(v)
	}
	if norm == 0 {
		vec[0] = 1
		return vec
	}
	inv := float32(1 / math.Sqrt(norm))
	for i := range vec {
		vec[i] *= inv
	}
	return vec
}

// CachedEmbedding wraps a remote embedding function with an on-disk cache keyed by model and
// content hash, so a restart does not pay for the report's embeddings again. A cache that
// cannot be read or written is skipped, never fatal: the remote call still answers.
func CachedEmbedding(dir, model string, f chromem.EmbeddingFunc) chromem.EmbeddingFunc {
	return func(ctx context.Context, text string) ([]float32, error) {
		sum := sha256.Sum256([]byte(model + "\x00" + text))
		path := filepath.Join(dir, hex.EncodeToString(sum[:]))
		if v, err := readVector(path); err == nil {
			return v, nil
		}
		v, err := f(ctx, text)
		if err != nil {
			return nil, err
		}
		_ = writeVector(path, v) // best effort: a full disk costs a re-embed later, nothing else
		return v, nil
	}
}

func readVector(path string) ([]float32, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	if len(data) == 0 || len(data)%4 != 0 {
		return nil, errors.New("corrupt cache entry")
	}
	v := make([]float32, len(data)/4)
	for i := range v {
		v[i] = math.Float32frombits(binary.LittleEndian.Uint32(data[i*4:]))
	}
	return v, nil
}

// writeVector writes atomically (temp file, then rename), so a crash never leaves a torn entry.
func writeVector(path string, v []float32) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return fmt.Errorf("creating the embedding cache: %w", err)
	}
	data := make([]byte, 4*len(v))
	for i, x := range v {
		binary.LittleEndian.PutUint32(data[i*4:], math.Float32bits(x))
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".tmp-*")
	if err != nil {
		return err
	}
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		os.Remove(tmp.Name())
		return err
	}
	if err := tmp.Close(); err != nil {
		os.Remove(tmp.Name())
		return err
	}
	return os.Rename(tmp.Name(), path)
}
