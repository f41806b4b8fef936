package main

import (
	"context"
	"encoding/json"
	"hash/fnv"
	"log/slog"
	"math"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"llmtutor/retriever"
)

// fakeEmbeddings is an OpenAI-compatible /embeddings endpoint on loopback: it embeds a text as a
// hashed bag of its terms, so similar texts get similar vectors, and counts its calls.
func fakeEmbeddings(t *testing.T, calls *atomic.Int64, wantKey string) *httptest.Server {
	t.Helper()
	return httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/v1/embeddings" || r.Header.Get("Authorization") != "Bearer "+wantKey {
			http.Error(w, "no", http.StatusUnauthorized)
			return
		}
		calls.Add(1)
		var req struct {
			Input string `json:"input"`
			Model string `json:"model"`
		}
		if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		vec := make([]float64, 64)
		for _, tok := range retriever.Tokens(req.Input) {
			h := fnv.New32a()
			h.Write([]byte(tok))
			vec[h.Sum32()%64]++
		}
		var n float64
		for _, v := range vec {
			n += v * v
		}
		if n == 0 {
			vec[0], n = 1, 1
		}
		for i := range vec {
			vec[i] /= math.Sqrt(n)
		}
		json.NewEncoder(w).Encode(map[string]any{"object": "list", "model": req.Model,
			"data": []map[string]any{{"object": "embedding", "index": 0, "embedding": vec}}})
	}))
}

// TestRemoteEmbeddingsAreCachedOnDisk builds the tutor twice against a remote embeddings
// endpoint: the first build embeds every passage through it, the second finds them all in the
// cache and calls it only for questions.
func TestRemoteEmbeddingsAreCachedOnDisk(t *testing.T) {
	var calls atomic.Int64
	srv := fakeEmbeddings(t, &calls, "embed-key")
	defer srv.Close()
	cache := t.TempDir()
	cfg := config{EmbedBaseURL: srv.URL + "/v1", EmbedAPIKey: "embed-key", EmbedModel: "fake-embed", EmbedCache: cache,
		UpstreamTimeout: 10 * time.Second, MaxQuestion: 500, TopK: 5}
	quiet := slog.New(slog.DiscardHandler)

	a, err := build(context.Background(), cfg, quiet)
	if err != nil {
		t.Fatal(err)
	}
	passages := int64(len(a.index.Passages()))
	if got := calls.Load(); got != passages {
		t.Fatalf("first build made %d embedding calls, want one per passage (%d)", got, passages)
	}
	if a.index.EmbedName() != "fake-embed" {
		t.Errorf("embedding name %q", a.index.EmbedName())
	}
	entries, _ := os.ReadDir(cache)
	if int64(len(entries)) != passages {
		t.Errorf("cache holds %d entries, want %d", len(entries), passages)
	}

	calls.Store(0)
	b, err := build(context.Background(), cfg, quiet)
	if err != nil {
		t.Fatal(err)
	}
	if got := calls.Load(); got != 0 {
		t.Fatalf("second build made %d embedding calls; the cache should answer them all", got)
	}
	res, err := b.index.Search(context.Background(), retriever.Query{Text: "GPQA Diamond 是什么？"}, 5)
	if err != nil {
		t.Fatal(err)
	}
	if !res.Covered || res.Hits[0].Anchor != "bench-gpqa-diamond" {
		t.Fatalf("with remote embeddings, top hit %v (covered %v)", res.Hits, res.Covered)
	}
	if calls.Load() != 1 {
		t.Errorf("a question should cost one embedding call, made %d", calls.Load())
	}

	// A different model must not reuse the other model's vectors.
	calls.Store(0)
	cfg.EmbedModel = "fake-embed-2"
	if _, err := build(context.Background(), cfg, quiet); err != nil {
		t.Fatal(err)
	}
	if calls.Load() != passages {
		t.Errorf("another model made %d calls, want %d", calls.Load(), passages)
	}
}

func TestRemoteEmbeddingsRefusedFailsClearly(t *testing.T) {
	var calls atomic.Int64
	srv := fakeEmbeddings(t, &calls, "right-key")
	defer srv.Close()
	cfg := config{EmbedBaseURL: srv.URL + "/v1", EmbedAPIKey: "wrong-key", EmbedModel: "m", EmbedCache: t.TempDir(),
		UpstreamTimeout: 10 * time.Second, MaxQuestion: 500, TopK: 5}
	_, err := build(context.Background(), cfg, slog.New(slog.DiscardHandler))
	if err == nil {
		t.Fatal("a refused embeddings endpoint must fail the start, not serve a broken index")
	}
	if got := err.Error(); !contains(got, "embedding") || contains(got, "wrong-key") {
		t.Errorf("error %q should say embedding failed and never show the key", got)
	}
}

func contains(s, sub string) bool { return strings.Contains(s, sub) }
