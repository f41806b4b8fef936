package web_test

import (
	"testing"
	"time"

	"github.com/gorilla/websocket"

	"llmtutor/web"
)

// TestIdleConnectionIsClosed: a client that never reads (so never answers a ping) is closed by
// the server once the idle timeout passes, while one that reads stays open.
func TestIdleConnectionIsClosed(t *testing.T) {
	f := sharedFixture(t)
	_, ts := startServer(t, f.tutor, limitsWith(func(l *web.Limits) { l.IdleTimeout = time.Second }))

	silent, _, err := dialWS(ts, "")
	if err != nil {
		t.Fatal(err)
	}
	defer silent.Close()
	// Do not read (gorilla answers pings only while reading) until well past the timeout.
	time.Sleep(2500 * time.Millisecond)
	silent.SetReadDeadline(time.Now().Add(3 * time.Second))
	start := time.Now()
	for {
		if _, _, err := silent.ReadMessage(); err != nil {
			if time.Since(start) > 2*time.Second {
				t.Fatalf("the idle connection was still open 2 s after its timeout: %v", err)
			}
			break
		}
	}

	live, _, err := dialWS(ts, "")
	if err != nil {
		t.Fatal(err)
	}
	defer live.Close()
	done := make(chan error, 1)
	go func() {
		live.SetReadDeadline(time.Now().Add(2500 * time.Millisecond))
		_, _, err := live.ReadMessage() // answers pings while it waits
		done <- err
	}()
	err = <-done
	if ne, ok := err.(interface{ Timeout() bool }); !ok || !ne.Timeout() {
		if websocket.IsUnexpectedCloseError(err) || err != nil {
			t.Fatalf("a reading client should stay connected past the idle timeout, got %v", err)
		}
	}
}
