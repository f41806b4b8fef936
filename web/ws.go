package web

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/gorilla/websocket"

	"llmtutor/tutor"
)

// Websocket protocol (documented in the README).
//
// Client → server, one JSON object a text frame:
//
//	{"type":"ask","id":"a1","question":"…","history":["earlier question", {"role":"assistant","content":"…"}]}
//	{"type":"stop","id":"a1"}
//
// Server → client: the tutor's events, each with the id of the ask it answers:
//
//	{"id":"a1","type":"retrieval"|"token"|"reasoning"|"citations"|"done"|"error", …}

const (
	// hardFrameLimit is where gorilla closes the connection; below it, frames over the soft
	// limit (Limits.MaxFrameBytes) are drained and answered with an error event, so a too-large
	// question does not cost the reader the connection.
	hardFrameLimit = 1 << 20
)

// clientFrame is what a browser sends.
type clientFrame struct {
	Type string `json:"type"`
	ID   string `json:"id"`
	// Conversation names the reader's conversation in logs; it is optional and never trusted.
	Conversation string        `json:"conversation,omitempty"`
	Question     string        `json:"question"`
	History      []historyItem `json:"history"`
}

// historyItem accepts an earlier question as a plain string (the evaluation format) or a
// {role, content} turn (the chat keeps both sides).
type historyItem tutor.Turn

func (h *historyItem) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err == nil {
		*h = historyItem{Role: "user", Content: s}
		return nil
	}
	var t tutor.Turn
	if err := json.Unmarshal(b, &t); err != nil {
		return errors.New("history items must be strings or {role, content} objects")
	}
	*h = historyItem(t)
	return nil
}

// serverFrame is an event addressed to one ask.
type serverFrame struct {
	ID string `json:"id"`
	tutor.Event
}

// conn is one websocket client. Writes are serialised; one answer runs at a time.
type conn struct {
	s       *Server
	ws      *websocket.Conn
	connID  uint64
	writeMu sync.Mutex
	mu      sync.Mutex
	cancel  context.CancelFunc // of the answer in progress
	running string             // its ask id
	asks    []time.Time        // recent asks, for the rate limit
}

var upgraderBuffers = websocket.Upgrader{ReadBufferSize: 4096, WriteBufferSize: 4096}

func (s *Server) handleWS(w http.ResponseWriter, r *http.Request) {
	up := upgraderBuffers
	up.CheckOrigin = s.sameOrigin
	ws, err := up.Upgrade(w, r, nil)
	if err != nil {
		s.log.Info("websocket handshake refused", "err", err, "origin", r.Header.Get("Origin"))
		return // Upgrade has written the HTTP error
	}
	s.conns.Add(1)
	defer s.conns.Done()
	s.metrics.connections.Inc()
	defer s.metrics.connections.Dec()
	c := &conn{s: s, ws: ws, connID: s.nextID.Add(1)}
	ctx, cancel := context.WithCancel(s.baseCtx)
	defer cancel() // closing the tab ends the answer and its upstream request
	c.serve(ctx)
}

func (c *conn) send(f serverFrame) error {
	data, err := json.Marshal(f)
	if err != nil {
		return fmt.Errorf("encoding a frame: %w", err)
	}
	c.writeMu.Lock()
	defer c.writeMu.Unlock()
	c.ws.SetWriteDeadline(time.Now().Add(c.s.limits.WriteTimeout))
	return c.ws.WriteMessage(websocket.TextMessage, data)
}

func (c *conn) sendError(id, code, msg string) {
	_ = c.send(serverFrame{ID: id, Event: tutor.Event{Type: tutor.EventError, Error: &tutor.Error{Code: code, Message: msg}}})
}

func (c *conn) serve(ctx context.Context) {
	defer c.ws.Close()
	log := c.s.log.With("conn", c.connID)
	c.ws.SetReadLimit(hardFrameLimit)
	idle := c.s.limits.IdleTimeout
	c.ws.SetReadDeadline(time.Now().Add(idle))
	c.ws.SetPongHandler(func(string) error { return c.ws.SetReadDeadline(time.Now().Add(idle)) })

	var wg sync.WaitGroup
	defer wg.Wait()
	defer c.stop("")
	pingDone := make(chan struct{})
	defer close(pingDone)
	wg.Add(1)
	go func() {
		defer wg.Done()
		t := time.NewTicker(idle * 2 / 5) // two pings fit in the idle time
		defer t.Stop()
		for {
			select {
			case <-pingDone:
				return
			case <-ctx.Done():
				c.writeMu.Lock()
				c.ws.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(websocket.CloseGoingAway, "服务器正在关闭"), time.Now().Add(time.Second))
				c.writeMu.Unlock()
				c.ws.Close()
				return
			case <-t.C:
				c.writeMu.Lock()
				err := c.ws.WriteControl(websocket.PingMessage, nil, time.Now().Add(c.s.limits.WriteTimeout))
				c.writeMu.Unlock()
				if err != nil {
					return
				}
			}
		}
	}()

	for {
		kind, rd, err := c.ws.NextReader()
		if err != nil {
			if !websocket.IsCloseError(err, websocket.CloseNormalClosure, websocket.CloseGoingAway) && ctx.Err() == nil {
				log.Debug("websocket closed", "err", err)
			}
			return
		}
		// Frames up to the hard limit are read whole: a question whose history is long can
		// still be answered once the history is cut to what the tutor uses.
		data, err := io.ReadAll(rd)
		if err != nil {
			return
		}
		if int64(len(data)) > c.s.limits.MaxFrameBytes {
			f, ok := c.trimmedAsk(kind, data)
			if !ok {
				c.sendError("", "frame_too_large", fmt.Sprintf("消息太大（超过 %d 字节），请缩短问题。", c.s.limits.MaxFrameBytes))
				continue
			}
			log.Debug("trimmed the history of a large frame", "bytes", len(data), "kept", len(f.History))
			c.ask(ctx, &wg, f)
			continue
		}
		if kind != websocket.TextMessage {
			c.sendError("", "bad_frame", "只接受 JSON 文本消息。")
			continue
		}
		if !utf8.Valid(data) {
			c.sendError("", "invalid_utf8", "消息包含无效的字符编码。")
			continue
		}
		var f clientFrame
		dec := json.NewDecoder(bytes.NewReader(data))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&f); err != nil {
			c.sendError("", "bad_frame", "消息格式不正确：需要 {\"type\":\"ask\",\"question\":\"…\"} 形式的 JSON。")
			continue
		}
		switch f.Type {
		case "ask":
			c.ask(ctx, &wg, f)
		case "stop":
			c.stop(f.ID)
		default:
			c.sendError(f.ID, "bad_frame", "未知的消息类型："+truncate(f.Type, 20))
		}
	}
}

// trimmedAsk rescues a frame over the soft limit when it is a valid ask whose history makes it
// large: the history is cut as the tutor would cut it (its last turns, each shortened), then
// the oldest turns are dropped until the frame fits. Anything else stays refused.
func (c *conn) trimmedAsk(kind int, data []byte) (clientFrame, bool) {
	var f clientFrame
	if kind != websocket.TextMessage || !utf8.Valid(data) {
		return f, false
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&f); err != nil || f.Type != "ask" || len(f.History) == 0 {
		return f, false
	}
	for _, h := range f.History {
		if h.Role != "user" && h.Role != "assistant" {
			return f, true // refused by the tutor's validation, as a small frame would be
		}
	}
	lim := tutor.DefaultLimits
	if n := lim.MaxHistoryTurns; len(f.History) > n {
		f.History = f.History[len(f.History)-n:]
	}
	for i, h := range f.History {
		f.History[i].Content = truncateRunes(h.Content, lim.MaxTurnRunes)
	}
	if !c.fits(f) {
		// The questions carry the subject of a follow-up; answers go short first.
		for i, h := range f.History {
			if h.Role == "assistant" {
				f.History[i].Content = truncateRunes(h.Content, maxTrimmedAnswerRunes)
			}
		}
	}
	for !c.fits(f) {
		if len(f.History) == 0 {
			return f, false
		}
		f.History = f.History[1:]
	}
	return f, true
}

// maxTrimmedAnswerRunes is how much of each earlier answer a trimmed frame keeps.
const maxTrimmedAnswerRunes = 200

func (c *conn) fits(f clientFrame) bool {
	b, err := json.Marshal(f)
	return err == nil && int64(len(b)) <= c.s.limits.MaxFrameBytes
}

// truncateRunes keeps the first n runes of s.
func truncateRunes(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n])
}

func truncate(s string, n int) string {
	r := []rune(s)
	if len(r) > n {
		return string(r[:n]) + "…"
	}
	return s
}

// stop cancels the answer in progress; id "" stops whatever runs.
func (c *conn) stop(id string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.cancel != nil && (id == "" || id == c.running) {
		c.cancel()
	}
}

// admit applies the one-answer-at-a-time rule and the per-connection rate limit. It returns
// the refusal to send, or nil.
func (c *conn) admit() *tutor.Error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.cancel != nil {
		return &tutor.Error{Code: "busy", Message: "上一个回答还没有结束，请稍候或先停止它。"}
	}
	now := time.Now()
	recent := c.asks[:0]
	for _, t := range c.asks {
		if now.Sub(t) < time.Minute {
			recent = append(recent, t)
		}
	}
	c.asks = recent
	if len(c.asks) >= c.s.limits.AsksPerMinute {
		return &tutor.Error{Code: "rate_limited", Message: "提问太频繁了，请一分钟后再试。"}
	}
	c.asks = append(c.asks, now)
	return nil
}

func (c *conn) ask(ctx context.Context, wg *sync.WaitGroup, f clientFrame) {
	if !c.s.ready.Load() {
		c.sendError(f.ID, "shutting_down", "服务器正在关闭，请稍后刷新页面再试。")
		return
	}
	req := tutor.Request{Question: f.Question}
	for _, h := range f.History {
		req.History = append(req.History, tutor.Turn(h))
	}
	// A refused question is answered here, not by an answer goroutine, so the reader may ask
	// again at once without being told the connection is busy.
	var refused tutor.RequestError
	if err := c.s.tutor.Validate(req); errors.As(err, &refused) {
		c.sendError(f.ID, refused.Info.Code, refused.Info.Message)
		return
	}
	if refusal := c.admit(); refusal != nil {
		c.sendError(f.ID, refusal.Code, refusal.Message)
		return
	}
	select {
	case c.s.streams <- struct{}{}:
	default:
		c.sendError(f.ID, "busy", "繁忙，请稍后再试。")
		return
	}
	actx, cancel := context.WithTimeout(ctx, c.s.limits.AnswerTimeout)
	c.mu.Lock()
	c.cancel, c.running = cancel, f.ID
	c.mu.Unlock()

	// release frees the connection and the stream slot. It runs before the answer's last frame
	// is sent: a reader who asks again as soon as it has that frame must not be told it is busy.
	release := sync.OnceFunc(func() {
		c.mu.Lock()
		c.cancel, c.running = nil, ""
		c.mu.Unlock()
		<-c.s.streams
	})
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer cancel()
		defer release()
		start := time.Now()
		obs := c.s.metrics.observe(c.s.tutor.Mode())
		err := c.s.tutor.Answer(actx, req, func(e tutor.Event) error {
			if actx.Err() != nil {
				return actx.Err()
			}
			obs.event(e)
			if e.Type == tutor.EventDone {
				release()
			}
			return c.send(serverFrame{ID: f.ID, Event: e})
		})
		obs.finish(errors.Is(err, context.Canceled) && ctx.Err() == nil)
		var reqErr tutor.RequestError
		switch {
		case err == nil, errors.As(err, &reqErr):
		case errors.Is(err, context.Canceled) && ctx.Err() == nil:
			// Stopped by the reader: say so, so the page can close the answer.
			release()
			c.send(serverFrame{ID: f.ID, Event: tutor.Event{Type: tutor.EventDone, Done: &tutor.Done{Mode: c.s.tutor.Mode(), Covered: true}}})
		case errors.Is(err, context.DeadlineExceeded):
			release()
			c.sendError(f.ID, "timeout", "回答超时，请稍后再试。")
		case ctx.Err() != nil:
		default:
			c.s.log.Warn("answering", "conn", c.connID, "err", err)
		}
		c.s.log.Info("answered", "conn", c.connID, "conversation", truncate(f.Conversation, 40), "ask", truncate(f.ID, 32),
			"outcome", obs.outcome, "ms", time.Since(start).Milliseconds())
	}()
}
