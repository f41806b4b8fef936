package web_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/gorilla/websocket"

	"llmtutor/tutor"
	"llmtutor/web"
)

// testKey is the API key the tutor is configured with; keyMark is the part of it that must
// appear nowhere a reader or an operator's log can see.
const (
	testKey = "sk-test-SECRET-123"
	keyMark = "SECRET"
)

// lockedBuffer collects bytes from several goroutines.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// tapConn copies every byte the server sends into raw.
type tapConn struct {
	net.Conn
	raw io.Writer
}

func (c tapConn) Read(p []byte) (int, error) {
	n, err := c.Conn.Read(p)
	c.raw.Write(p[:n])
	return n, err
}

func tapDial(raw io.Writer) func(ctx context.Context, network, addr string) (net.Conn, error) {
	return func(ctx context.Context, network, addr string) (net.Conn, error) {
		c, err := (&net.Dialer{}).DialContext(ctx, network, addr)
		if err != nil {
			return nil, err
		}
		return tapConn{c, raw}, nil
	}
}

// echoKey is an upstream error body that quotes the request's credentials back, as some
// gateways do.
func echoKey(w http.ResponseWriter, r *http.Request, status int) {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("X-Echo-Authorization", r.Header.Get("Authorization"))
	w.WriteHeader(status)
	fmt.Fprintf(w, `{"error":{"message":"Incorrect API key provided: %s (%s)","type":"invalid_request_error","code":"invalid_api_key"}}`,
		r.Header.Get("Authorization"), strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer "))
}

// TestKeyNeverLeaks runs a generative server whose upstream fails in every way while quoting
// the key back, with debug logging, and checks that the key is in no HTTP response (body or
// header), no websocket byte and no log line.
func TestKeyNeverLeaks(t *testing.T) {
	var mode atomic.Value
	mode.Store("ok")
	up := newScriptedUpstream(t, 500*time.Millisecond, func(w http.ResponseWriter, r *http.Request, user string) {
		switch mode.Load().(string) {
		case "ok":
			writeSSE(w, r, 0, pieces("GPQA Diamond 是研究生水平的问答基准[1]。", 4)...)
		case "401":
			echoKey(w, r, http.StatusUnauthorized)
		case "403":
			echoKey(w, r, http.StatusForbidden)
		case "429":
			echoKey(w, r, http.StatusTooManyRequests)
		case "500":
			echoKey(w, r, http.StatusInternalServerError)
		case "timeout": // longer than the client's 500 ms
			select {
			case <-r.Context().Done():
			case <-time.After(5 * time.Second):
			}
		case "error mid-stream": // an error event inside the stream, quoting the key
			w.Header().Set("Content-Type", "text/event-stream")
			fmt.Fprint(w, "data: {\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"GPQA\"}}]}\n\n")
			fmt.Fprintf(w, "data: {\"error\":{\"message\":\"key %s revoked\",\"type\":\"server_error\"}}\n\n", r.Header.Get("Authorization"))
		case "garbage":
			w.Header().Set("Content-Type", "text/event-stream")
			fmt.Fprintf(w, "data: {not json %s\n\n", r.Header.Get("Authorization"))
		case "dropped": // two chunks, then the connection is cut mid-stream
			writeSSEPartial(w, "GPQA Diamond ", "是研究生")
			conn, _, err := http.NewResponseController(w).Hijack()
			if err == nil {
				conn.Close()
			}
		}
	})

	logs := &lockedBuffer{}
	log := slog.New(slog.NewJSONHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	f := sharedFixture(t)
	tu := up.tutor(t, testKey, tutor.Config{Logger: log})
	ctx, cancel := context.WithCancel(context.Background())
	srv := web.New(ctx, web.Config{Report: f.report, Tutor: tu, Index: f.index, Logger: log,
		Limits: limitsWith(func(l *web.Limits) { l.AsksPerMinute = 1000; l.MaxFrameBytes = 4096 })})
	ts := httptest.NewServer(srv.Handler())
	defer func() {
		cancel()
		ts.Close()
		srv.Wait()
	}()

	rawHTTP := &lockedBuffer{}
	tr := &http.Transport{DialContext: tapDial(rawHTTP), DisableCompression: true}
	defer tr.CloseIdleConnections()
	client := &http.Client{Transport: tr, Timeout: 10 * time.Second}
	fetch := func(path string) {
		t.Helper()
		resp, err := client.Get(ts.URL + path)
		if err != nil {
			t.Fatalf("GET %s: %v", path, err)
		}
		body, err := io.ReadAll(resp.Body)
		resp.Body.Close()
		if err != nil {
			t.Fatalf("GET %s: %v", path, err)
		}
		if strings.Contains(string(body), keyMark) {
			t.Errorf("GET %s: the body holds the key", path)
		}
		for k, vs := range resp.Header {
			if strings.Contains(k+strings.Join(vs, " "), keyMark) {
				t.Errorf("GET %s: the header %s holds the key", path, k)
			}
		}
	}

	rawWS := &lockedBuffer{}
	d := websocket.Dialer{HandshakeTimeout: 5 * time.Second, NetDialContext: tapDial(rawWS)}
	c, _, err := d.Dial(wsURL(ts), http.Header{"Origin": {ts.URL}})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	w := &wsClient{t: t, c: c}

	for i, m := range []string{"ok", "401", "403", "429", "500", "timeout", "error mid-stream", "garbage", "dropped", "ok"} {
		mode.Store(m)
		id := fmt.Sprintf("k%d", i)
		w.ask(id, gpqaQuestion, nil)
		var fs []frame
		for {
			f := w.next(10 * time.Second)
			fs = append(fs, f)
			if f.Type == tutor.EventDone {
				break
			}
		}
		done := fs[len(fs)-1].Done
		var code string
		for _, f := range fs {
			if f.Type == tutor.EventError {
				code = f.Error.Code
			}
		}
		if (m == "ok") == done.Fallback || (m == "ok") != (code == "") {
			t.Errorf("upstream %s: done %+v after error %q; want an upstream error and the offline answer for every failure", m, done, code)
		}
		t.Logf("upstream %s → %s, fallback %v", m, code, done.Fallback)
	}
	for _, bad := range [][]byte{[]byte(`{"type":"ask",`), []byte(`{"type":"hello","id":"x"}`), []byte(`{"type":"ask","id":"y","question":"GPQA","key":"` + testKey + `"}`),
		[]byte("{\"type\":\"ask\",\"question\":\"\xff\"}"), []byte(`{"type":"ask","id":"z","question":"` + strings.Repeat("长", 2000) + `"}`)} {
		w.sendRaw(websocket.TextMessage, bad)
		if f := w.next(5 * time.Second); f.Type != tutor.EventError {
			t.Errorf("frame %.40q: got %+v, want an error event", bad, f)
		}
	}
	w.sendRaw(websocket.BinaryMessage, []byte(testKey))
	if f := w.next(5 * time.Second); f.Type != tutor.EventError {
		t.Errorf("a binary frame: got %+v, want an error event", f)
	}

	paths := []string{"/", "/report", "/glossary", "/sources", "/search?q=GPQA", "/api/terms", "/metrics", "/healthz", "/readyz",
		"/static/chat.js", "/no-such-page", "/report/no-such-chapter", "/ws"}
	for _, ch := range f.report.Chapters {
		paths = append(paths, "/report/"+ch.Slug)
	}
	for _, p := range paths {
		fetch(p)
	}
	c.Close()

	// The key did reach the upstream, so its absence elsewhere means something.
	if a := up.authHeaders(); len(a) == 0 || a[0] != "Bearer "+testKey {
		t.Fatalf("the upstream got Authorization %q, want the key", a)
	}
	if !strings.Contains(logs.String(), `"level":"WARN"`) || !strings.Contains(logs.String(), `"level":"DEBUG"`) && !strings.Contains(logs.String(), `"level":"INFO"`) {
		t.Errorf("the server logged too little for this test to mean anything:\n%s", logs.String())
	}
	for _, where := range []struct{ name, text string }{
		{"HTTP responses", rawHTTP.String()}, {"websocket bytes", rawWS.String()}, {"logs", logs.String()},
	} {
		if len(where.text) == 0 {
			t.Errorf("nothing captured from the %s", where.name)
		}
		for _, line := range strings.Split(where.text, "\n") {
			if strings.Contains(line, keyMark) {
				t.Errorf("the key leaks into the %s: %.300s", where.name, line)
			}
		}
	}
	var lines int
	for _, l := range strings.Split(strings.TrimSpace(logs.String()), "\n") {
		var v map[string]any
		if err := json.Unmarshal([]byte(l), &v); err != nil {
			t.Errorf("a log line is not JSON: %q", l)
		}
		lines++
	}
	t.Logf("%d log lines, %d bytes of HTTP and %d of websocket traffic checked", lines, len(rawHTTP.String()), len(rawWS.String()))
}

// writeSSEPartial writes content chunks and flushes them, without ending the stream.
func writeSSEPartial(w http.ResponseWriter, chunks ...string) {
	w.Header().Set("Content-Type", "text/event-stream")
	for _, c := range chunks {
		b, _ := json.Marshal(map[string]any{"id": "c", "object": "chat.completion.chunk", "choices": []any{map[string]any{"index": 0, "delta": map[string]any{"content": c}}}})
		fmt.Fprintf(w, "data: %s\n\n", b)
	}
	w.(http.Flusher).Flush()
}
