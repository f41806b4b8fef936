package tutor

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"llmtutor/corpus"
	"llmtutor/retriever"
)

// sharedIndex is the real index, built once from the embedded report for every test.
var sharedIndex = sync.OnceValues(func() (*retriever.Index, error) {
	r, err := corpus.Embedded()
	if err != nil {
		return nil, err
	}
	return retriever.Build(context.Background(), r, retriever.Options{})
})

func testIndex(t *testing.T) *retriever.Index {
	t.Helper()
	ix, err := sharedIndex()
	if err != nil {
		t.Fatalf("building the index: %v", err)
	}
	return ix
}

// newTutor builds a tutor over the real index; m nil answers offline.
func newTutor(t *testing.T, m Model) *Tutor {
	t.Helper()
	tu, err := New(Config{Index: testIndex(t), Model: m})
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	return tu
}

// collect runs Answer and returns every event it emitted.
func collect(ctx context.Context, tu *Tutor, req Request) ([]Event, error) {
	var evs []Event
	err := tu.Answer(ctx, req, func(e Event) error {
		evs = append(evs, e)
		return nil
	})
	return evs, err
}

// answerOf runs Answer and returns the answer's text as the reader sees it.
func answerOf(t *testing.T, tu *Tutor, req Request) string {
	t.Helper()
	evs, err := collect(context.Background(), tu, req)
	if err != nil {
		t.Fatalf("%s: %v", req.Question, err)
	}
	return text(evs, EventToken)
}

// shape writes the events' types as letters, so their order can be matched by a pattern:
// R retrieval, T token, Z reasoning, C citations, D done, E error.
func shape(evs []Event) string {
	letters := map[EventType]string{EventRetrieval: "R", EventToken: "T", EventReasoning: "Z",
		EventCitations: "C", EventDone: "D", EventError: "E"}
	var b strings.Builder
	for _, e := range evs {
		l, ok := letters[e.Type]
		if !ok {
			l = "?"
		}
		b.WriteString(l)
	}
	return b.String()
}

func assertShape(t *testing.T, evs []Event, pattern string) {
	t.Helper()
	if s := shape(evs); !regexp.MustCompile(pattern).MatchString(s) {
		t.Fatalf("event order %q does not match %s", s, pattern)
	}
}

// text concatenates the Text of the events of one type.
func text(evs []Event, typ EventType) string {
	var b strings.Builder
	for _, e := range evs {
		if e.Type == typ {
			b.WriteString(e.Text)
		}
	}
	return b.String()
}

// only returns the single event of a type, failing when there is not exactly one.
func only(t *testing.T, evs []Event, typ EventType) Event {
	t.Helper()
	var found []Event
	for _, e := range evs {
		if e.Type == typ {
			found = append(found, e)
		}
	}
	if len(found) != 1 {
		t.Fatalf("want one %s event, got %d (order %q)", typ, len(found), shape(evs))
	}
	return found[0]
}

func retrievalOf(t *testing.T, evs []Event) *Retrieval {
	t.Helper()
	e := only(t, evs, EventRetrieval)
	if e.Retrieval == nil {
		t.Fatal("retrieval event without Retrieval")
	}
	return e.Retrieval
}

func citationsOf(t *testing.T, evs []Event) []Citation {
	t.Helper()
	return only(t, evs, EventCitations).Citations
}

func doneOf(t *testing.T, evs []Event) Done {
	t.Helper()
	e := only(t, evs, EventDone)
	if e.Done == nil {
		t.Fatal("done event without Done")
	}
	return *e.Done
}

var testMarker = regexp.MustCompile(`\[(\d+)\]`)

// markersIn lists the distinct marker numbers of a text in order of first appearance.
func markersIn(s string) []int {
	var out []int
	seen := map[int]bool{}
	for _, m := range testMarker.FindAllStringSubmatch(s, -1) {
		n, _ := strconv.Atoi(m[1])
		if !seen[n] {
			seen[n] = true
			out = append(out, n)
		}
	}
	return out
}

// assertCitationsMatchPassages checks each citation against the passage its number names.
func assertCitationsMatchPassages(t *testing.T, cites []Citation, ps []Passage) {
	t.Helper()
	for _, c := range cites {
		if c.N < 1 || c.N > len(ps) {
			t.Errorf("citation [%d] names no passage (%d retrieved)", c.N, len(ps))
			continue
		}
		p := ps[c.N-1]
		if p.N != c.N {
			t.Errorf("passage %d is numbered %d", c.N-1, p.N)
		}
		if c.Anchor != p.Anchor || c.URL != p.URL || c.Title != p.Title || c.Text != p.Text {
			t.Errorf("citation [%d] = {%q %q %q}, passage = {%q %q %q}", c.N, c.Anchor, c.URL, c.Title, p.Anchor, p.URL, p.Title)
		}
		if !strings.HasPrefix(c.URL, "/report/") || !strings.HasSuffix(c.URL, "#"+c.Anchor) {
			t.Errorf("citation [%d] URL %q does not open /report/…#%s", c.N, c.URL, c.Anchor)
		}
	}
}

// assertNoSecret marshals every event and fails when the secret appears in any of them.
func assertNoSecret(t *testing.T, evs []Event, secret string) {
	t.Helper()
	for i, e := range evs {
		b, err := json.Marshal(e)
		if err != nil {
			t.Fatalf("marshalling event %d: %v", i, err)
		}
		if strings.Contains(string(b), secret) {
			t.Errorf("event %d (%s) carries the API key: %s", i, e.Type, b)
		}
	}
}

// The fake OpenAI-compatible server.

const testKey = "sk-test-0123456789abcdefSECRET"

// chunk is one streamed delta.
type chunk struct {
	Content   string
	Reasoning string
}

type failure int

const (
	failNone       failure = iota
	failAbort              // drop the connection
	failMalformed          // send a chunk that is not JSON
	failErrorEvent         // send an error object in the stream
)

// llmScript is how the fake model answers.
type llmScript struct {
	Status    int    // when set, answer with this status and Body instead of a stream
	Body      string // "%KEY%" is replaced with the API key, as some providers echo it
	Chunks    []chunk
	Interval  time.Duration // wait before each chunk
	Fail      failure
	FailAfter int // chunks sent before the failure
}

type chatRequest struct {
	Model    string    `json:"model"`
	Stream   bool      `json:"stream"`
	Messages []Message `json:"messages"`
}

type fakeLLM struct {
	srv    *httptest.Server
	script llmScript

	mu       sync.Mutex
	requests []chatRequest

	// ended receives when the handler saw a request's context end before its stream was done.
	ended chan time.Time
}

// assertEndedSoon fails unless the endpoint sees a request's context end within 2 s of since
// (waiting 3 s at most); what names the event in the message.
func (f *fakeLLM) assertEndedSoon(t *testing.T, since time.Time, what string) {
	t.Helper()
	select {
	case at := <-f.ended:
		if d := at.Sub(since); d > 2*time.Second {
			t.Errorf("the endpoint saw the request end %v after %s", d, what)
		}
	case <-time.After(3 * time.Second):
		t.Errorf("the endpoint never saw the request end after %s", what)
	}
}

func newFakeLLM(t *testing.T, s llmScript) *fakeLLM {
	t.Helper()
	f := &fakeLLM{script: s, ended: make(chan time.Time, 1)}
	f.srv = httptest.NewServer(http.HandlerFunc(f.serve))
	t.Cleanup(f.srv.Close)
	return f
}

func (f *fakeLLM) model() Model {
	return NewOpenAIModel(testKey, f.srv.URL+"/v1", "test-model", f.srv.Client())
}

func (f *fakeLLM) recorded() []chatRequest {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]chatRequest(nil), f.requests...)
}

func (f *fakeLLM) serve(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost || r.URL.Path != "/v1/chat/completions" {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	body, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	var req chatRequest
	if err := json.Unmarshal(body, &req); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	f.mu.Lock()
	f.requests = append(f.requests, req)
	f.mu.Unlock()

	s := f.script
	if r.Header.Get("Authorization") != "Bearer "+testKey {
		s = llmScript{Status: http.StatusUnauthorized, Body: `{"error":{"message":"no key","type":"invalid_request_error"}}`}
	}
	if s.Status != 0 {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(s.Status)
		io.WriteString(w, strings.ReplaceAll(s.Body, "%KEY%", testKey))
		return
	}
	if !req.Stream {
		http.Error(w, `{"error":{"message":"stream expected"}}`, http.StatusBadRequest)
		return
	}
	w.Header().Set("Content-Type", "text/event-stream")
	w.WriteHeader(http.StatusOK)
	flusher := w.(http.Flusher)
	flusher.Flush()
	for i, c := range s.Chunks {
		if s.Fail != failNone && i == s.FailAfter {
			f.fail(w, s.Fail)
			return
		}
		if s.Interval > 0 {
			select {
			case <-r.Context().Done():
				select {
				case f.ended <- time.Now():
				default:
				}
				return
			case <-time.After(s.Interval):
			}
		}
		delta := map[string]string{}
		if c.Content != "" {
			delta["content"] = c.Content
		}
		if c.Reasoning != "" {
			delta["reasoning_content"] = c.Reasoning
		}
		b, _ := json.Marshal(map[string]any{
			"id": "chatcmpl-test", "object": "chat.completion.chunk", "created": 1, "model": req.Model,
			"choices": []any{map[string]any{"index": 0, "delta": delta, "finish_reason": nil}},
		})
		if _, err := io.WriteString(w, "data: "+string(b)+"\n\n"); err != nil {
			return
		}
		flusher.Flush()
	}
	io.WriteString(w, "data: [DONE]\n\n")
	flusher.Flush()
}

func (f *fakeLLM) fail(w http.ResponseWriter, how failure) {
	switch how {
	case failAbort:
		panic(http.ErrAbortHandler) // the server drops the connection without ending the stream
	case failMalformed:
		io.WriteString(w, "data: {\"id\":\"chatcmpl-test\",\"choices\":[{\"delta\":\n\n")
	case failErrorEvent:
		io.WriteString(w, `data: {"error":{"message":"overloaded, key `+testKey+`","type":"server_error"}}`+"\n\n")
	}
	w.(http.Flusher).Flush()
}

// content splits a text into chunks of the given sizes (in runes), the rest in the last.
func content(s string, sizes ...int) []chunk {
	rs := []rune(s)
	var out []chunk
	for _, n := range sizes {
		n = min(n, len(rs))
		out = append(out, chunk{Content: string(rs[:n])})
		rs = rs[n:]
	}
	if len(rs) > 0 {
		out = append(out, chunk{Content: string(rs)})
	}
	return out
}

// assertOfflineCitations checks an offline answer's citations: numbered 1…n in the order their
// markers first appear, one per section, each made of the used passages of its section (their
// texts in the section's order, their blocks highlighted), quoting sentences those passages
// contain; and a passage is used exactly when its section is cited and a quote comes from it.
func assertOfflineCitations(t *testing.T, answer string, cites []Citation, ps []Passage) {
	t.Helper()
	markers := markersIn(answer)
	if len(markers) == 0 {
		t.Fatalf("answer has no citation markers: %q", answer)
	}
	var ns []int
	anchors := map[string]bool{}
	for i, c := range cites {
		ns = append(ns, c.N)
		if c.N != i+1 {
			t.Errorf("citation %d is numbered %d; want 1…n", i, c.N)
		}
		if anchors[c.Anchor] {
			t.Errorf("section %s is cited twice", c.Anchor)
		}
		anchors[c.Anchor] = true
		if !c.Supported || len(c.Unsupported) > 0 {
			t.Errorf("quoted section [%d] is not supported: %v", c.N, c.Unsupported)
		}
		var texts, blocks []string
		used := slices.Clone(ps)
		slices.SortStableFunc(used, func(a, b Passage) int { return blockNumber(a.ID) - blockNumber(b.ID) })
		for _, p := range used {
			if p.Anchor == c.Anchor && p.Used {
				texts = append(texts, p.Text)
				if p.Title != c.Title {
					t.Errorf("citation [%d] titled %q, its passage %q", c.N, c.Title, p.Title)
				}
				_, hl, _ := strings.Cut(p.URL, "?hl=")
				hl, _, _ = strings.Cut(hl, "#")
				blocks = append(blocks, strings.Split(hl, ",")...)
			}
		}
		if len(texts) == 0 {
			t.Errorf("citation [%d] (%s) has no used passage", c.N, c.Anchor)
			continue
		}
		joined := strings.Join(texts, "\n")
		if c.Text != joined {
			t.Errorf("citation [%d] text is not its used passages' text:\n%q\nwant the passages of\n%q", c.N, c.Text, joined)
		}
		for _, b := range blocks {
			if !strings.Contains(c.URL, b) {
				t.Errorf("citation [%d] URL %q does not highlight block %s", c.N, c.URL, b)
			}
		}
		if !strings.HasPrefix(c.URL, "/report/") || !strings.HasSuffix(c.URL, "#"+c.Anchor) {
			t.Errorf("citation [%d] URL %q does not open /report/…#%s", c.N, c.URL, c.Anchor)
		}
		if c.Quote == "" {
			t.Errorf("citation [%d] quotes nothing", c.N)
		}
		for _, q := range strings.Split(c.Quote, "\n") {
			if !strings.Contains(c.Text, q) {
				t.Errorf("citation [%d] quotes %q, which its passages do not contain", c.N, q)
			}
			if !strings.Contains(answer, strings.TrimRight(q, "。；")) && !strings.Contains(answer, q) {
				t.Errorf("citation [%d] quotes %q, which the answer does not", c.N, q)
			}
		}
	}
	if !slices.Equal(ns, markers) {
		t.Errorf("citations %v, markers in the answer %v", ns, markers)
	}
	for _, p := range ps {
		if p.Used && !anchors[p.Anchor] {
			t.Errorf("passage [%d] is used but its section %s is not cited", p.N, p.Anchor)
		}
	}
}
