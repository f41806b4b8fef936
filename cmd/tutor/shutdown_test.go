package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/gorilla/websocket"

	"llmtutor/tutor"
)

// syncBuffer collects a process's output while it runs.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

type wsFrame struct {
	ID string `json:"id"`
	tutor.Event
}

// TestServeShutsDownGracefully builds the binary and serves in generative mode from a model
// streaming 20 tokens over 2 s. Once an answer's tokens flow it sends SIGTERM: the server stops
// being ready, refuses new questions with shutting_down on connections still open, lets the
// answer in flight finish with its done event, and exits 0 well within the 20 s grace.
func TestServeShutsDownGracefully(t *testing.T) {
	switch runtime.GOOS {
	case "windows", "plan9", "js", "wasip1":
		t.Skipf("SIGTERM is a Unix signal; skipping on %s", runtime.GOOS)
	}
	const key = "sk-test-SECRET-123"
	bin := filepath.Join(t.TempDir(), "tutor")
	build := exec.Command("go", "build", "-o", bin, ".")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	model := fakeStreamingModel(10, 20) // 20 tokens, 100 ms apart
	defer model.Close()

	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()

	cmd := exec.Command(bin, "serve", "-addr", addr)
	cmd.Env = []string{"PATH=" + os.Getenv("PATH"), "HOME=" + t.TempDir(), "TMPDIR=" + t.TempDir(),
		"OPENAI_API_KEY=" + key, "OPENAI_BASE_URL=" + model.URL + "/v1", "TUTOR_LOG_FORMAT=json", "TUTOR_LOG_LEVEL=debug"}
	var stdout, stderr syncBuffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan struct{})
	var exitErr error
	go func() { exitErr = cmd.Wait(); close(exited) }()
	defer func() {
		select {
		case <-exited:
		default:
			cmd.Process.Kill()
			<-exited
		}
		if t.Failed() {
			t.Logf("stdout:\n%s\nstderr:\n%s", stdout.String(), stderr.String())
		}
	}()

	client := &http.Client{Timeout: 2 * time.Second, Transport: &http.Transport{DisableKeepAlives: true}}
	readyz := func() (int, error) {
		resp, err := client.Get("http://" + addr + "/readyz")
		if err != nil {
			return 0, err
		}
		resp.Body.Close()
		return resp.StatusCode, nil
	}
	deadline := time.Now().Add(60 * time.Second)
	for {
		if code, _ := readyz(); code == http.StatusOK {
			break
		}
		select {
		case <-exited:
			t.Fatalf("the server exited before it was ready: %v", exitErr)
		default:
		}
		if time.Now().After(deadline) {
			t.Fatal("the server was not ready within 60 s")
		}
		time.Sleep(50 * time.Millisecond)
	}

	dial := func() *websocket.Conn {
		t.Helper()
		d := websocket.Dialer{HandshakeTimeout: 5 * time.Second}
		c, _, err := d.Dial("ws://"+addr+"/ws", nil)
		if err != nil {
			t.Fatalf("dialling the websocket: %v", err)
		}
		return c
	}
	read := func(c *websocket.Conn) (wsFrame, error) {
		c.SetReadDeadline(time.Now().Add(10 * time.Second))
		var f wsFrame
		err := c.ReadJSON(&f)
		return f, err
	}
	ask := func(c *websocket.Conn, id string) {
		t.Helper()
		c.SetWriteDeadline(time.Now().Add(5 * time.Second))
		if err := c.WriteJSON(map[string]string{"type": "ask", "id": id, "question": "GPQA Diamond 是什么？"}); err != nil {
			t.Fatalf("asking %s: %v", id, err)
		}
	}
	busy, idle := dial(), dial()
	defer busy.Close()
	defer idle.Close()

	ask(busy, "s1")
	tokens := 0
	for tokens == 0 {
		f, err := read(busy)
		if err != nil {
			t.Fatalf("waiting for the first token: %v", err)
		}
		if f.Type == tutor.EventToken {
			tokens++
		} else if f.Type != tutor.EventRetrieval && f.Type != tutor.EventReasoning {
			t.Fatalf("before the first token: %+v", f)
		}
	}

	signalled := time.Now()
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	// Not ready any more: 503 while the listener lives, a refused connection once it is closed.
	var notReady string
	for notReady == "" {
		switch code, err := readyz(); {
		case err != nil:
			notReady = "listener closed (" + err.Error() + ")"
		case code == http.StatusServiceUnavailable:
			notReady = "503"
		case code != http.StatusOK:
			t.Fatalf("/readyz answered %d after SIGTERM", code)
		}
		if notReady == "" && time.Since(signalled) > 5*time.Second {
			t.Fatal("/readyz still answers 200 5 s after SIGTERM")
		}
	}
	t.Logf("after SIGTERM /readyz: %s", notReady)
	if c, _, err := (&websocket.Dialer{HandshakeTimeout: 2 * time.Second}).Dial("ws://"+addr+"/ws", nil); err == nil {
		c.Close()
		t.Errorf("a new websocket connection was accepted after SIGTERM")
	}

	// An open connection asking anew is told the server is shutting down.
	ask(idle, "i1")
	f, err := read(idle)
	if err != nil {
		t.Fatalf("the idle connection, asking after SIGTERM: %v", err)
	}
	if f.ID != "i1" || f.Type != tutor.EventError || f.Error.Code != "shutting_down" {
		t.Errorf("a question after SIGTERM got %+v, want error shutting_down", f)
	}
	ask(busy, "s2")

	// The answer in flight finishes.
	var done *tutor.Done
	var refusedS2 bool
	for done == nil {
		f, err := read(busy)
		if err != nil {
			t.Fatalf("the answer in flight ended without done after %d tokens: %v", tokens, err)
		}
		switch {
		case f.ID == "s2":
			refusedS2 = f.Type == tutor.EventError && f.Error.Code == "shutting_down"
			if !refusedS2 {
				t.Errorf("the second ask on the busy connection got %+v, want error shutting_down", f)
			}
		case f.Type == tutor.EventToken:
			tokens++
		case f.Type == tutor.EventDone:
			done = f.Done
		case f.Type == tutor.EventCitations:
		default:
			t.Fatalf("unexpected frame while the answer finishes: %+v", f)
		}
	}
	if !refusedS2 {
		t.Errorf("the second ask on the busy connection got no shutting_down before the answer ended")
	}
	if done.Fallback || done.Mode != tutor.ModeGenerative || tokens < 15 {
		t.Errorf("done %+v after %d tokens; want the whole generative answer", done, tokens)
	}
	// Then the connections are closed as going away.
	for _, c := range []*websocket.Conn{busy, idle} {
		for {
			if _, err := read(c); err != nil {
				if !websocket.IsCloseError(err, websocket.CloseGoingAway) {
					t.Errorf("a connection ended with %v, want close 1001", err)
				}
				break
			}
		}
	}

	select {
	case <-exited:
		var ee *exec.ExitError
		if errors.As(exitErr, &ee) {
			t.Errorf("the server exited with %v, want 0", exitErr)
		} else if exitErr != nil {
			t.Errorf("waiting for the server: %v", exitErr)
		}
	case <-time.After(25 * time.Second):
		t.Fatal("the server did not exit within 25 s of SIGTERM")
	}
	if took := time.Since(signalled); took > shutdownGrace {
		t.Errorf("the server took %v to exit, more than the %v grace", took, shutdownGrace)
	} else {
		t.Logf("exited %v after SIGTERM", took.Round(time.Millisecond))
	}

	logs := stderr.String()
	for _, want := range []string{"shutting down", `"msg":"stopped"`} {
		if !strings.Contains(logs, want) {
			t.Errorf("the log lacks %q", want)
		}
	}
	if strings.Contains(logs, "still running at the deadline") {
		t.Errorf("the answer was cut at the deadline")
	}
	for _, line := range strings.Split(strings.TrimSpace(logs), "\n") {
		var v map[string]any
		if json.Unmarshal([]byte(line), &v) != nil {
			t.Errorf("a log line is not JSON: %q", line)
		}
	}
	if strings.Contains(stdout.String()+logs, "SECRET") {
		t.Errorf("the key appears in the server's output")
	}
}
