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
	idf    map[string]float64
	maxIDF float64
}

// NewLocalEmbedder learns term weights from the texts it will embed.
func NewLocalEmbedder(texts []string) *LocalEmbedder {
	toks := make([][]string, len(texts))
	for i, t := range texts {
		toks[i] = Tokens(t)
	}
	return newLocalEmbedderTokens(toks)
}

// newLocalEmbedderTokens is NewLocalEmbedder for texts already split into Tokens.
func newLocalEmbedderTokens(docs [][]string) *LocalEmbedder {
	df := map[string]int{}
	for _, d := range docs {
		seen := make(map[string]bool, len(d))
		for _, tok := range d {
			if !seen[tok] {
				seen[tok] = true
				df[tok]++
			}
		}
	}
	n := float64(len(docs))
	e := &LocalEmbedder{idf: make(map[string]float64, len(df)), maxIDF: math.Log(1 + n)}
	for t, d := range df {
		e.idf[t] = math.Log(1 + n/float64(d))
	}
	return e
}

// Embed returns the normalised vector of a text. It is safe for concurrent use.
func (e *LocalEmbedder) Embed(_ context.Context, text string) ([]float32, error) {
	return e.embedTokens(Tokens(text)), nil
}

func (e *LocalEmbedder) embedTokens(toks []string) []float32 {
	vec := make([]float32, LocalDims)
	tf := make(map[string]float64, len(toks))
	for _, t := range toks {
		tf[t]++
	}
	if len(tf) == 0 {
		// chromem-go rejects a zero vector; a text with no terms points nowhere in particular.
		vec[0] = 1
		return vec
	}
	for t, c := range tf {
		w, ok := e.idf[t]
		if !ok {
			w = e.maxIDF
		}
		h := fnv.New64a()
		h.Write([]byte(t))
		sum := h.Sum64()
		sign := float32(1)
		if sum>>63 == 1 {
			sign = -1 // signed hashing keeps collisions from adding up in one direction
		}
		vec[sum%LocalDims] += sign * float32((1+math.Log(c))*w)
	}
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
