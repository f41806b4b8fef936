package web_test

import (
	"context"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"llmtutor/tutor"
)

// chromium finds the browser: the Debian package's path, else chromium on PATH.
func chromium() string {
	if _, err := os.Stat("/usr/bin/chromium"); err == nil {
		return "/usr/bin/chromium"
	}
	if p, err := exec.LookPath("chromium"); err == nil {
		return p
	}
	return ""
}

// artifactsDir is where screenshots go: $TUTOR_ARTIFACTS, else a new temporary directory that
// outlives the test so the screenshots can be looked at.
func artifactsDir(t *testing.T) string {
	t.Helper()
	if d := os.Getenv("TUTOR_ARTIFACTS"); d != "" {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatalf("creating TUTOR_ARTIFACTS: %v", err)
		}
		return d
	}
	d, err := os.MkdirTemp("", "tutor-artifacts-")
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// pageWatch records what a tab did that a test must fail on: a request to a host other than
// the test server, an uncaught exception, a console or browser error (CSP violations among them).
type pageWatch struct {
	host       string
	mu         sync.Mutex
	bad        []string
	requests   int // seen, so a listener that hears nothing cannot pass
	websockets int
}

func (w *pageWatch) add(format string, args ...any) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.bad = append(w.bad, fmt.Sprintf(format, args...))
}

func (w *pageWatch) checkURL(kind, raw string) {
	u, err := url.Parse(raw)
	if err != nil {
		w.add("%s to an unparsable URL %q", kind, raw)
		return
	}
	switch u.Scheme {
	case "http", "https", "ws", "wss":
		if u.Hostname() != w.host {
			w.add("%s to another host: %s", kind, raw)
		}
	case "data", "blob", "about":
	default:
		w.add("%s with scheme %q: %s", kind, u.Scheme, raw)
	}
}

// listen is a chromedp listener; it runs in the tab's event loop and only records.
func (w *pageWatch) listen(ev any) {
	switch e := ev.(type) {
	case *network.EventRequestWillBeSent:
		w.mu.Lock()
		w.requests++
		w.mu.Unlock()
		w.checkURL("request", e.Request.URL)
	case *network.EventWebSocketCreated:
		w.mu.Lock()
		w.websockets++
		w.mu.Unlock()
		w.checkURL("websocket", e.URL)
	case *runtime.EventExceptionThrown:
		d := e.ExceptionDetails
		desc := d.Text
		if d.Exception != nil {
			desc += " " + d.Exception.Description
		}
		w.add("uncaught exception at %s:%d: %s", d.URL, d.LineNumber, desc)
	case *runtime.EventConsoleAPICalled:
		if e.Type == runtime.ConsoleAPICalledTypeError {
			var parts []string
			for _, a := range e.Args {
				parts = append(parts, string(a.Value)+a.Description)
			}
			w.add("console.error: %s", strings.Join(parts, " "))
		}
	case *log.EventEntryAdded:
		// Chromium closes a page's websocket when the page goes into the back-forward cache;
		// the chat reconnects on the next question.
		if e.Entry.Level == log.EntryLevelError && !strings.Contains(e.Entry.Text, "Back-Forward Cache") {
			w.add("browser error (%s): %s %s", e.Entry.Source, e.Entry.Text, e.Entry.URL)
		}
	}
}

func (w *pageWatch) problems() []string {
	w.mu.Lock()
	defer w.mu.Unlock()
	out := append([]string(nil), w.bad...)
	if w.requests < 5 || w.websockets == 0 {
		out = append(out, fmt.Sprintf("the network listener saw %d requests and %d websockets; it is not hearing the page", w.requests, w.websockets))
	}
	return out
}

// pressEnter presses Enter as a person does. chromedp's SendKeys adds a char event that inserts
// a line break even when the page cancels the keydown, which a real key press does not.
func pressEnter() chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		for _, typ := range []input.DispatchKeyEventType{input.DispatchKeyEventTypeRawKeyDown, input.DispatchKeyEventTypeKeyUp} {
			if _, err := cdp.Call(ctx, t, input.DispatchKeyEvent, input.DispatchKeyEventParams{
				Type: typ, Key: "Enter", Code: "Enter", WindowsVirtualKeyCode: 13, NativeVirtualKeyCode: 13,
			}); err != nil {
				return err
			}
		}
		return nil
	})
}

// waitTrue evaluates expr until it is true, for up to 10 s. (chromedp.Poll does not see a page
// restored from the back-forward cache.)
func waitTrue(ctx context.Context, expr string) error {
	deadline := time.Now().Add(10 * time.Second)
	for {
		c, cancel := context.WithTimeout(ctx, time.Second)
		ok, err := chromedp.Run(c, chromedp.Evaluate[bool](expr))
		cancel()
		if err == nil && ok {
			return nil
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("%s is still not true after 10 s (last error %v)", expr, err)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// TestBrowserChat drives the chat in headless Chromium: ask, hover and follow a citation to its
// highlighted passage, come back and find the conversation kept; then check the narrow layout.
func TestBrowserChat(t *testing.T) {
	path := requireChromium(t)
	f := sharedFixture(t)
	_, ts := startServer(t, nil, limitsWith(nil))
	base, _ := url.Parse(ts.URL)
	if base.Hostname() != "127.0.0.1" {
		t.Fatalf("the test server listens on %s, want 127.0.0.1", base.Host)
	}
	artifacts := artifactsDir(t)

	// What the page must show: the offline tutor's citations for the question.
	const question = "GPQA Diamond 是什么？"
	var cites []tutor.Citation
	if err := f.tutor.Answer(context.Background(), tutor.Request{Question: question}, func(e tutor.Event) error {
		if e.Type == tutor.EventCitations {
			cites = e.Citations
		}
		return nil
	}); err != nil || len(cites) == 0 {
		t.Fatalf("the tutor gives no citations for %q (err %v)", question, err)
	}

	opts := browserOptions(t, path)
	timeout, cancelTimeout := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancelTimeout()
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(timeout, opts...)
	defer cancelAlloc() // closes the browser and waits for it, before t.TempDir is removed

	watch := &pageWatch{host: "127.0.0.1"}
	ctx, cancelTab := chromedp.NewContext(allocCtx, chromedp.WithListener(watch.listen))
	defer cancelTab()
	defer func() {
		for _, p := range watch.problems() {
			t.Error(p)
		}
	}()

	last := time.Now()
	must := func(what string, err error) {
		t.Helper()
		if err != nil {
			t.Fatalf("%s: %v", what, err)
		}
		if d := time.Since(last); d > 2*time.Second {
			t.Logf("%s took %v", what, d.Round(time.Millisecond))
		}
		last = time.Now()
	}
	screenshot := func(t *testing.T, ctx context.Context, name string) {
		t.Helper()
		buf, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
		if err == nil {
			err = os.WriteFile(filepath.Join(artifacts, name), buf, 0o644)
		}
		if err != nil {
			t.Fatalf("screenshot %s: %v", name, err)
		}
		t.Logf("screenshot: %s", filepath.Join(artifacts, name))
	}

	// Ask.
	must("opening the chat", chromedp.Do(ctx,
		chromedp.Navigate(ts.URL+"/"),
		chromedp.WaitVisible(chromedp.CSS("#question")),
		chromedp.SendKeys(chromedp.CSS("#question"), question),
		pressEnter(),
	))
	const cite = "article.msg.assistant .answer a.cite"
	must("waiting for a cited answer", chromedp.Do(ctx,
		chromedp.WaitVisible(chromedp.CSS(cite)),
		chromedp.WaitVisible(chromedp.CSS("article.msg.assistant .msg-actions")), // done
	))
	userText, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS("article.msg.user")))
	must("reading the question", err)
	if strings.TrimSpace(userText) != question {
		t.Errorf("the user message reads %q, want %q", userText, question)
	}
	if v, err := chromedp.Run(ctx, chromedp.Value(chromedp.CSS("#question"))); err != nil || v != "" {
		t.Errorf("the input still holds %q after sending (err %v)", v, err)
	}

	// Hover the first citation: the card shows its passage.
	n, err := chromedp.Run(ctx, chromedp.AttributeValue(chromedp.CSS(cite), "data-n"))
	must("reading the citation number", err)
	var want *tutor.Citation
	for i := range cites {
		if fmt.Sprint(cites[i].N) == n.Value {
			want = &cites[i]
		}
	}
	if want == nil {
		t.Fatalf("the first citation marker is [%s]; the tutor cites %+v", n.Value, cites)
	}
	must("scrolling to the citation", chromedp.Do(ctx, chromedp.ScrollIntoView(chromedp.CSS(cite))))
	type point struct{ X, Y float64 }
	pt, err := chromedp.Run(ctx, chromedp.Evaluate[point](`(() => {
		const r = document.querySelector(`+"`"+cite+"`"+`).getBoundingClientRect();
		return {X: r.left + r.width / 2, Y: r.top + r.height / 2};
	})()`))
	must("locating the citation", err)
	must("hovering the citation", chromedp.Do(ctx,
		chromedp.MouseEvent(chromedp.MouseMoved, pt.X, pt.Y),
		chromedp.WaitVisible(chromedp.CSS("#cite-card")),
	))
	card, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS("#cite-card")))
	must("reading the card", err)
	passage := []rune(want.Text)
	if len(passage) > 40 {
		passage = passage[:40]
	}
	if want.Quote != "" {
		// The card shows the first cited sentence in its context.
		first, _, _ := strings.Cut(want.Quote, "\n")
		passage = []rune(first)
	}
	if !strings.Contains(card, want.Title) || !strings.Contains(card, string(passage)) {
		t.Errorf("the citation card reads %q; want the title %q and the passage %q…", card, want.Title, string(passage))
	}
	screenshot(t, ctx, "chat.png")

	// Follow it: the chapter opens with the passage highlighted inside its section.
	if want.Anchor != "bench-gpqa-diamond" {
		t.Fatalf("the first citation points at #%s, want #bench-gpqa-diamond", want.Anchor)
	}
	must("following the citation", chromedp.Do(ctx,
		chromedp.Click(chromedp.CSS(cite)),
		chromedp.WaitVisible(chromedp.CSS(".passage.hl")),
	))
	loc, err := chromedp.Run(ctx, chromedp.Location())
	must("reading the location", err)
	if u, _ := url.Parse(loc); u == nil || u.Path != "/report/benchmarks" || u.Fragment != "bench-gpqa-diamond" || u.Query().Get("hl") == "" {
		t.Errorf("the citation opened %s, want /report/benchmarks?hl=…#bench-gpqa-diamond", loc)
	}
	inSection, err := chromedp.Run(ctx, chromedp.Evaluate[bool](
		`[...document.querySelectorAll(".hl")].some((e) => e.closest("section#bench-gpqa-diamond") !== null)`))
	must("checking the highlight", err)
	if !inSection {
		t.Errorf("no element with class hl inside #bench-gpqa-diamond")
	}
	screenshot(t, ctx, "chapter-highlight.png")

	// Back and reload: the conversation is still listed, with its cited answer.
	// history.back, not chromedp.NavigateBack: a page restored from the back-forward cache fires
	// no load event for NavigateBack to wait for.
	must("going back", chromedp.Do(ctx, chromedp.Evaluate[chromedp.Void](`setTimeout(() => history.back(), 0)`)))
	must("waiting for the chat", waitTrue(ctx, `location.pathname === "/" && document.getElementById("question") !== null`))
	must("reloading", chromedp.Do(ctx,
		chromedp.Reload(),
		chromedp.WaitVisible(chromedp.CSS("#conv-list button.conv")),
	))
	convs, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`[...document.querySelectorAll("#conv-list button.conv")].map((b) => b.textContent)`))
	must("listing conversations", err)
	if len(convs) == 0 || !strings.Contains(strings.Join(convs, "|"), question) {
		t.Errorf("after a reload the conversations are %q, want one titled %q", convs, question)
	}
	kept, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll("`+cite+`").length`))
	must("counting citations", err)
	if kept == 0 {
		t.Errorf("after a reload the answer has lost its citations")
	}

	// A phone-sized viewport: nothing is wider than the screen.
	for _, p := range []string{"/", "/report/benchmarks", "/glossary", "/sources"} {
		t.Run("375px "+p, func(t *testing.T) {
			tab, cancel := chromedp.NewContext(ctx, chromedp.WithListener(watch.listen))
			defer cancel()
			if err := chromedp.Do(tab,
				chromedp.EmulateViewport(375, 812),
				chromedp.Navigate(ts.URL+p),
				chromedp.WaitVisible(chromedp.CSS("main")),
			); err != nil {
				t.Fatalf("opening %s at 375 px: %v", p, err)
			}
			type widths struct{ Inner, Scroll int }
			w, err := chromedp.Run(tab, chromedp.Evaluate[widths](`({Inner: window.innerWidth, Scroll: document.documentElement.scrollWidth})`))
			if err != nil {
				t.Fatal(err)
			}
			if w.Inner != 375 {
				t.Fatalf("window.innerWidth %d, want 375: the viewport was not emulated", w.Inner)
			}
			if w.Scroll > 375 {
				t.Errorf("%s at 375 px: scrollWidth %d, a horizontal scrollbar", p, w.Scroll)
			}
			if p == "/" {
				screenshot(t, tab, "chat-375.png")
			}
		})
	}
}

// browserOptions are the launch flags of every browser test: headless, sandbox and GPU off (the
// tests run as root in a VM), no background connections (this machine has no network and
// Chromium would keep trying), and a fresh profile per test.
func browserOptions(t *testing.T, path string) []chromedp.ExecAllocatorOption {
	t.Helper()
	return append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(path),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 900),
	)
}

// requireChromium returns the browser's path, or skips the test (fails it when
// TUTOR_REQUIRE_BROWSER=1) when there is none.
func requireChromium(t *testing.T) string {
	t.Helper()
	path := chromium()
	if path == "" {
		if os.Getenv("TUTOR_REQUIRE_BROWSER") == "1" {
			t.Fatal("TUTOR_REQUIRE_BROWSER=1 but no Chromium: neither /usr/bin/chromium nor chromium on PATH")
		}
		t.Skip("skipping the browser test: no Chromium (/usr/bin/chromium or chromium on PATH); set TUTOR_REQUIRE_BROWSER=1 to make this a failure")
	}
	return path
}
