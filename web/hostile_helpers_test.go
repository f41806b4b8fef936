package web_test

import (
	"bufio"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"llmtutor/tutor"
)

// scriptedModel is the model name the scripted endpoint is asked for and answers as.
const scriptedModel = "scripted-model"

// sseDelta is one streamed piece of a scripted model's reply.
type sseDelta struct{ content, reasoning string }

// scriptedUpstream is an OpenAI-compatible chat endpoint on 127.0.0.1 whose replies the test
// writes: handle gets each request with the last user message (the question and its passages)
// and answers it, with writeSSE or a failure of its own.
type scriptedUpstream struct {
	ts       *httptest.Server
	client   *http.Client
	requests atomic.Int32
	mu       sync.Mutex
	auth     []string          // the Authorization header of each request
	messages [][]tutor.Message // the messages of each well-formed request
	handle   func(w http.ResponseWriter, r *http.Request, user string)
}

// newScriptedUpstream starts the endpoint; timeout (0: none) is the tutor's upstream timeout.
func newScriptedUpstream(t *testing.T, timeout time.Duration, handle func(w http.ResponseWriter, r *http.Request, user string)) *scriptedUpstream {
	t.Helper()
	u := &scriptedUpstream{handle: handle}
	u.ts = httptest.NewServer(http.HandlerFunc(u.serve))
	u.client = &http.Client{Transport: &http.Transport{}, Timeout: timeout}
	t.Cleanup(func() {
		u.client.CloseIdleConnections()
		u.ts.Close()
	})
	return u
}

func (u *scriptedUpstream) serve(w http.ResponseWriter, r *http.Request) {
	u.requests.Add(1)
	u.mu.Lock()
	u.auth = append(u.auth, r.Header.Get("Authorization"))
	u.mu.Unlock()
	var req struct {
		Stream   bool            `json:"stream"`
		Messages []tutor.Message `json:"messages"`
	}
	if r.URL.Path != "/v1/chat/completions" || json.NewDecoder(r.Body).Decode(&req) != nil || !req.Stream || len(req.Messages) == 0 {
		http.Error(w, `{"error":{"message":"bad request"}}`, http.StatusBadRequest)
		return
	}
	u.mu.Lock()
	u.messages = append(u.messages, req.Messages)
	u.mu.Unlock()
	u.handle(w, r, req.Messages[len(req.Messages)-1].Content)
}

// recorded returns the messages of every well-formed request so far.
func (u *scriptedUpstream) recorded() [][]tutor.Message {
	u.mu.Lock()
	defer u.mu.Unlock()
	return append([][]tutor.Message(nil), u.messages...)
}

// authHeaders returns the Authorization headers received so far.
func (u *scriptedUpstream) authHeaders() []string {
	u.mu.Lock()
	defer u.mu.Unlock()
	return append([]string(nil), u.auth...)
}

// tutor is a generative tutor on the shared index that talks to this endpoint with key.
func (u *scriptedUpstream) tutor(t *testing.T, key string, cfg tutor.Config) *tutor.Tutor {
	t.Helper()
	cfg.Index = sharedFixture(t).index
	cfg.Model = tutor.NewOpenAIModel(key, u.ts.URL+"/v1", scriptedModel, u.client)
	tu, err := tutor.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	return tu
}

// writeSSE streams deltas as chat.completion.chunk events, delay apart, then [DONE]. It stops
// early when the client goes away.
func writeSSE(w http.ResponseWriter, r *http.Request, delay time.Duration, deltas ...sseDelta) {
	streamSSE(w, r, delay, nil, deltas...)
}

// streamSSE is writeSSE that calls flushed (when not nil) after the first event is sent and
// reports whether the whole stream went out before the client went away.
func streamSSE(w http.ResponseWriter, r *http.Request, delay time.Duration, flushed func(), deltas ...sseDelta) bool {
	w.Header().Set("Content-Type", "text/event-stream")
	bw := bufio.NewWriter(w)
	fl := w.(http.Flusher)
	for i, d := range deltas {
		delta := map[string]any{}
		if d.content != "" {
			delta["content"] = d.content
		}
		if d.reasoning != "" {
			delta["reasoning_content"] = d.reasoning
		}
		chunk, _ := json.Marshal(map[string]any{
			"id": "chatcmpl-1", "object": "chat.completion.chunk", "created": 1, "model": scriptedModel,
			"choices": []any{map[string]any{"index": 0, "delta": delta}},
		})
		fmt.Fprintf(bw, "data: %s\n\n", chunk)
		bw.Flush()
		fl.Flush()
		if i == 0 && flushed != nil {
			flushed()
		}
		if delay > 0 {
			select {
			case <-r.Context().Done():
				return false
			case <-time.After(delay):
			}
		}
	}
	fmt.Fprint(bw, "data: [DONE]\n\n")
	bw.Flush()
	fl.Flush()
	return true
}

// pieces cuts s into content deltas of n runes, so markup and markers arrive split.
func pieces(s string, n int) []sseDelta {
	var out []sseDelta
	r := []rune(s)
	for i := 0; i < len(r); i += n {
		out = append(out, sseDelta{content: string(r[i:min(i+n, len(r))])})
	}
	return out
}
