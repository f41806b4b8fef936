package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/gorilla/websocket"

	"llmtutor/eval"
	"llmtutor/tutor"
	"llmtutor/web"
)

// loadOptions configure `tutor loadtest`.
type loadOptions struct {
	clients   int
	questions int
	questionF string
	// tokensPerSec > 0 answers through an in-process OpenAI-compatible server streaming at that
	// rate (generative mode); 0 answers offline.
	tokensPerSec int
	tokens       int // tokens per streamed answer
	timeout      time.Duration
}

// loadResult is what a load run measured.
type loadResult struct {
	Answers, Errors                   int
	P50, P99, Max                     time.Duration
	Elapsed                           time.Duration
	GoroutinesBefore, GoroutinesAfter int
	HeapBeforeMiB, HeapAfterMiB       float64
	FirstErrors                       []string
}

// loadtest starts the tutor in process on loopback and has opts.clients websocket clients ask
// opts.questions questions each, all at once, checking that every answer arrives complete.
func loadtest(ctx context.Context, cfg config, opts loadOptions, out io.Writer) error {
	if opts.clients <= 0 || opts.questions <= 0 || opts.clients > 5000 || opts.questions > 1000 {
		return errors.New("loadtest: -clients must be 1..5000 and -n 1..1000")
	}
	qs, err := eval.Load(opts.questionF)
	if err != nil {
		return err
	}
	var pool []string
	for _, q := range qs {
		if len(q.History) == 0 {
			pool = append(pool, q.Question)
		}
	}
	if len(pool) == 0 {
		return errors.New("loadtest: the question set has no standalone questions")
	}

	quiet := slog.New(slog.DiscardHandler)
	var upstream *httptest.Server
	if opts.tokensPerSec > 0 {
		upstream = fakeStreamingModel(opts.tokensPerSec, opts.tokens)
		defer upstream.Close()
		cfg.APIKey, cfg.BaseURL, cfg.ChatModel = "loadtest-key", upstream.URL+"/v1", "loadtest-model"
	}
	a, err := build(ctx, cfg, quiet)
	if err != nil {
		return err
	}
	answers, endAnswers := context.WithCancel(context.Background())
	limits := web.Limits{AsksPerMinute: opts.questions + 1, MaxStreams: opts.clients, AnswerTimeout: opts.timeout}
	srv := web.New(answers, web.Config{Report: a.report, Tutor: a.tutor, Index: a.index, Limits: limits, Logger: quiet})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		endAnswers()
		return fmt.Errorf("loadtest: listening on loopback: %w", err)
	}
	hs := &http.Server{Handler: srv.Handler()}
	go hs.Serve(ln)

	runtime.GC()
	res := loadResult{GoroutinesBefore: runtime.NumGoroutine(), HeapBeforeMiB: heapMiB()}
	url := "ws://" + ln.Addr().String() + "/ws"
	var mu sync.Mutex
	var lat []time.Duration
	fail := func(msg string) {
		mu.Lock()
		res.Errors++
		if len(res.FirstErrors) < 5 {
			res.FirstErrors = append(res.FirstErrors, msg)
		}
		mu.Unlock()
	}
	start := time.Now()
	var wg sync.WaitGroup
	for c := 0; c < opts.clients; c++ {
		wg.Add(1)
		go func(c int) {
			defer wg.Done()
			d := websocket.Dialer{HandshakeTimeout: opts.timeout}
			ws, _, err := d.DialContext(ctx, url, nil)
			if err != nil {
				fail("dial: " + err.Error())
				return
			}
			defer ws.Close()
			for i := 0; i < opts.questions; i++ {
				q := pool[(c*opts.questions+i)%len(pool)]
				t0 := time.Now()
				if err := askOnce(ws, fmt.Sprintf("c%d-%d", c, i), q, opts.timeout); err != nil {
					fail(err.Error())
					continue
				}
				mu.Lock()
				lat = append(lat, time.Since(t0))
				mu.Unlock()
			}
		}(c)
	}
	wg.Wait()
	res.Elapsed = time.Since(start)
	res.Answers = len(lat)

	sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	hs.Shutdown(sctx)
	cancel()
	endAnswers()
	srv.Wait()
	if upstream != nil {
		upstream.CloseClientConnections()
	}
	// Give exiting goroutines a moment, then compare with the baseline.
	for i := 0; i < 50 && runtime.NumGoroutine() > res.GoroutinesBefore; i++ {
		time.Sleep(20 * time.Millisecond)
	}
	runtime.GC()
	res.GoroutinesAfter, res.HeapAfterMiB = runtime.NumGoroutine(), heapMiB()
	runtime.KeepAlive(a) // the index stays in both heap figures

	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	if len(lat) > 0 {
		res.P50, res.P99, res.Max = lat[len(lat)/2], lat[min(len(lat)-1, len(lat)*99/100)], lat[len(lat)-1]
	}
	mode := "offline"
	if opts.tokensPerSec > 0 {
		mode = fmt.Sprintf("generative, in-process model at %d tokens/s, %d tokens an answer", opts.tokensPerSec, opts.tokens)
	}
	fmt.Fprintf(out, "loadtest: %d clients × %d questions, %s\n", opts.clients, opts.questions, mode)
	fmt.Fprintf(out, "answers complete: %d of %d, errors: %d, elapsed %s\n", res.Answers, opts.clients*opts.questions, res.Errors, res.Elapsed.Round(time.Millisecond))
	fmt.Fprintf(out, "answer latency p50 %s p99 %s max %s\n", res.P50.Round(time.Microsecond), res.P99.Round(time.Microsecond), res.Max.Round(time.Microsecond))
	fmt.Fprintf(out, "goroutines before %d after %d; heap before %.1f MiB after %.1f MiB\n", res.GoroutinesBefore, res.GoroutinesAfter, res.HeapBeforeMiB, res.HeapAfterMiB)
	for _, e := range res.FirstErrors {
		fmt.Fprintln(out, "error:", e)
	}
	if res.Errors > 0 || res.Answers != opts.clients*opts.questions {
		return fmt.Errorf("loadtest: %d errors", res.Errors)
	}
	if res.GoroutinesAfter > res.GoroutinesBefore+2 {
		return fmt.Errorf("loadtest: %d goroutines before, %d after: something leaked", res.GoroutinesBefore, res.GoroutinesAfter)
	}
	return nil
}

func heapMiB() float64 {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return float64(m.HeapAlloc) / (1 << 20)
}

// askOnce asks one question and reads events until done, checking the answer is complete:
// a retrieval event, then text, then citations, then done, and no error.
func askOnce(ws *websocket.Conn, id, q string, timeout time.Duration) error {
	ws.SetWriteDeadline(time.Now().Add(timeout))
	frame, _ := json.Marshal(map[string]any{"type": "ask", "id": id, "question": q})
	if err := ws.WriteMessage(websocket.TextMessage, frame); err != nil {
		return fmt.Errorf("%s: sending: %w", id, err)
	}
	var sawRetrieval, sawCitations bool
	var text strings.Builder
	for {
		ws.SetReadDeadline(time.Now().Add(timeout))
		_, data, err := ws.ReadMessage()
		if err != nil {
			return fmt.Errorf("%s: reading: %w", id, err)
		}
		var ev struct {
			ID string `json:"id"`
			tutor.Event
		}
		if err := json.Unmarshal(data, &ev); err != nil {
			return fmt.Errorf("%s: bad frame: %w", id, err)
		}
		if ev.ID != id {
			return fmt.Errorf("%s: frame for another ask %q", id, ev.ID)
		}
		switch ev.Type {
		case tutor.EventRetrieval:
			sawRetrieval = true
		case tutor.EventToken:
			text.WriteString(ev.Text)
		case tutor.EventCitations:
			sawCitations = true
		case tutor.EventError:
			return fmt.Errorf("%s: error event %s: %s", id, ev.Error.Code, ev.Error.Message)
		case tutor.EventDone:
			if !sawRetrieval || !sawCitations || text.Len() == 0 {
				return fmt.Errorf("%s: incomplete answer (retrieval %v, citations %v, %d bytes of text)", id, sawRetrieval, sawCitations, text.Len())
			}
			return nil
		}
	}
}

// fakeStreamingModel is an OpenAI-compatible chat endpoint on loopback that streams a fixed
// answer citing [1] at a steady token rate, so a load run measures the tutor, not a provider.
func fakeStreamingModel(tokensPerSec, tokens int) *httptest.Server {
	if tokens <= 0 {
		tokens = 50
	}
	gap := time.Second / time.Duration(tokensPerSec)
	return httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !strings.HasSuffix(r.URL.Path, "/chat/completions") {
			http.NotFound(w, r)
			return
		}
		io.Copy(io.Discard, r.Body)
		w.Header().Set("Content-Type", "text/event-stream")
		fl, _ := w.(http.Flusher)
		t := time.NewTicker(gap)
		defer t.Stop()
		for i := 0; i < tokens; i++ {
			piece := "词"
			if i == tokens-1 {
				piece = "。[1]"
			}
			chunk, _ := json.Marshal(map[string]any{"id": "x", "object": "chat.completion.chunk", "model": "loadtest-model",
				"choices": []map[string]any{{"index": 0, "delta": map[string]any{"content": piece}}}})
			select {
			case <-r.Context().Done():
				return
			case <-t.C:
			}
			fmt.Fprintf(w, "data: %s\n\n", chunk)
			if fl != nil {
				fl.Flush()
			}
		}
		fmt.Fprint(w, "data: [DONE]\n\n")
	}))
}
