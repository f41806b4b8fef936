package tutor

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	openai "github.com/sashabaranov/go-openai"
)

// scriptModel streams fixed deltas, in process.
type scriptModel []string

func (scriptModel) Name() string { return "script" }

func (m scriptModel) Stream(ctx context.Context, msgs []Message, on func(Delta) error) error {
	for _, s := range m {
		if err := on(Delta{Content: s}); err != nil {
			return err
		}
	}
	return nil
}

func TestMarkerFilterDropsSignedMarkers(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"甲[-1]乙", "甲乙"},
		{"甲[+2]乙", "甲乙"},
		{"甲[-0]乙", "甲乙"},
		{"甲[1, -2]乙", "甲[1]乙"},
		{"甲[-]乙", "甲[-]乙"},
		{"甲[1-2]乙", "甲[1-2]乙"},
		{"甲[-a]乙", "甲[-a]乙"},
	} {
		if got := filterAll(t, 5, []string{c.in}); got != c.want {
			t.Errorf("%q → %q, want %q", c.in, got, c.want)
		}
		if got := filterAll(t, 5, strings.Split(c.in, "")); got != c.want {
			t.Errorf("%q rune by rune → %q, want %q", c.in, got, c.want)
		}
	}
}

// TestDroppedMarkersEmitNoEmptyTokens: a marker the filter drops sends no token event; one
// without text reads as "undefined" in the chat.
func TestDroppedMarkersEmitNoEmptyTokens(t *testing.T) {
	tu := newTutor(t, scriptModel{"GPQA Diamond 是问答基准[1]。", "[99]", "[0]", "[-1]", "[9", "]", "。"})
	evs, err := collect(context.Background(), tu, Request{Question: "GPQA Diamond 是什么？"})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range evs {
		if e.Type == EventToken && e.Text == "" {
			t.Errorf("an empty token event: %s", shape(evs))
		}
	}
	if got := text(evs, EventToken); got != "GPQA Diamond 是问答基准[1]。。" {
		t.Errorf("answer %q", got)
	}
}

// TestOpenAIModelRedactsTheKey: an endpoint that quotes the key back in its refusal does not
// put the key into the error, which is logged; the error still classifies as a refusal.
func TestOpenAIModelRedactsTheKey(t *testing.T) {
	const key = "sk-test-SECRET-123"
	for _, status := range []int{http.StatusUnauthorized, http.StatusInternalServerError} {
		ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(status)
			fmt.Fprintf(w, `{"error":{"message":"Incorrect API key provided: %s"}}`, r.Header.Get("Authorization"))
		}))
		m := NewOpenAIModel(key, ts.URL+"/v1", "m", ts.Client())
		err := m.Stream(context.Background(), []Message{{Role: "user", Content: "q"}}, func(Delta) error { return nil })
		ts.Close()
		if err == nil {
			t.Fatalf("status %d: no error", status)
		}
		for e := err; e != nil; e = errors.Unwrap(e) {
			if _, isAPI := e.(*openai.APIError); !isAPI && strings.Contains(e.Error(), "SECRET") {
				t.Errorf("status %d: %T says %q", status, e, e.Error())
			}
		}
		if !strings.Contains(err.Error(), "[redacted]") {
			t.Errorf("status %d: %q shows no redaction; did the endpoint quote the key?", status, err)
		}
		var apiErr *openai.APIError
		if !errors.As(err, &apiErr) || apiErr.HTTPStatusCode != status {
			t.Errorf("status %d: errors.As finds %+v", status, apiErr)
		}
		want := map[int]string{http.StatusUnauthorized: "upstream_auth", http.StatusInternalServerError: "upstream_failed"}[status]
		if got := describeModelError(err).Code; got != want {
			t.Errorf("status %d: classified %s, want %s", status, got, want)
		}
	}
}
