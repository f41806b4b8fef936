package web_test

import (
	"context"
	"fmt"
	"math"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/input"
	cdppage "github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"llmtutor/tutor"
)

// tab is one Chromium tab for a test, with the page watch of browser_test.go and an answer
// ready for the page's prompt and confirm dialogs.
type tab struct {
	t         *testing.T
	ctx       context.Context
	watch     *pageWatch
	artifacts string

	mu         sync.Mutex
	dialogs    []string // messages of the dialogs seen
	acceptNext bool
	promptText string
}

// openTab starts Chromium, with the launch flags of TestBrowserChat, and opens a tab. The
// browser closes when the test ends; anything the page watch recorded fails the test.
func openTab(t *testing.T, timeout time.Duration) *tab {
	t.Helper()
	path := requireChromium(t)
	opts := browserOptions(t, path)
	timeoutCtx, cancelTimeout := context.WithTimeout(context.Background(), timeout)
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(timeoutCtx, opts...)
	tb := &tab{t: t, watch: &pageWatch{host: "127.0.0.1"}, artifacts: artifactsDir(t), acceptNext: true}
	ctx, cancelTab := chromedp.NewContext(allocCtx, chromedp.WithListener(tb.listen))
	tb.ctx = ctx
	t.Cleanup(func() {
		cancelTab()
		cancelAlloc() // closes the browser and waits for it, before t.TempDir is removed
		cancelTimeout()
		tb.watch.mu.Lock()
		defer tb.watch.mu.Unlock()
		for _, p := range tb.watch.bad {
			t.Error(p)
		}
	})
	if err := chromedp.Do(ctx); err != nil { // start the browser now
		t.Fatalf("starting Chromium: %v", err)
	}
	return tb
}

func (tb *tab) listen(ev any) {
	tb.watch.listen(ev)
	if e, ok := ev.(*cdppage.EventJavascriptDialogOpening); ok {
		tb.mu.Lock()
		tb.dialogs = append(tb.dialogs, e.Message)
		p := cdppage.HandleJavaScriptDialogParams{Accept: tb.acceptNext, PromptText: tb.promptText}
		tb.mu.Unlock()
		// The listener runs in the tab's event loop: answer from another goroutine.
		go chromedp.Call(tb.ctx, cdppage.HandleJavaScriptDialog, p)
	}
}

// answerDialogs sets how the next dialogs are answered.
func (tb *tab) answerDialogs(accept bool, promptText string) {
	tb.mu.Lock()
	defer tb.mu.Unlock()
	tb.acceptNext, tb.promptText = accept, promptText
}

func (tb *tab) dialogCount() int {
	tb.mu.Lock()
	defer tb.mu.Unlock()
	return len(tb.dialogs)
}

func (tb *tab) must(what string, err error) {
	tb.t.Helper()
	if err != nil {
		tb.t.Fatalf("%s: %v", what, err)
	}
}

func (tb *tab) do(what string, actions ...chromedp.Action[chromedp.Void]) {
	tb.t.Helper()
	tb.must(what, chromedp.Do(tb.ctx, actions...))
}

func (tb *tab) wait(what, expr string) {
	tb.t.Helper()
	tb.must(what, waitTrue(tb.ctx, expr))
}

func evalIn[T any](tb *tab, expr string) T {
	tb.t.Helper()
	v, err := chromedp.Run(tb.ctx, chromedp.Evaluate[T](expr))
	tb.must("evaluating "+expr, err)
	return v
}

func (tb *tab) screenshot(name string) {
	tb.t.Helper()
	buf, err := chromedp.Run(tb.ctx, chromedp.CaptureScreenshot())
	if err == nil {
		err = os.WriteFile(filepath.Join(tb.artifacts, name), buf, 0o644)
	}
	tb.must("screenshot "+name, err)
	tb.t.Logf("screenshot: %s", filepath.Join(tb.artifacts, name))
}

// click clicks an element from a timer, so a dialog it opens cannot block the click's call.
func (tb *tab) click(what, selector string) {
	tb.t.Helper()
	tb.do(what, chromedp.Evaluate[chromedp.Void](fmt.Sprintf(`setTimeout(() => document.querySelector(%q).click(), 0)`, selector)))
}

// ask types a question and presses Enter, then waits until the answer is complete.
func (tb *tab) ask(question string) {
	tb.t.Helper()
	n := evalIn[int](tb, `document.querySelectorAll("article.msg.assistant .msg-actions").length`)
	tb.do("asking "+question,
		chromedp.SendKeys(chromedp.CSS("#question"), question),
		pressEnter(),
	)
	tb.wait("waiting for the answer to "+question, fmt.Sprintf(`document.querySelectorAll("article.msg.assistant .msg-actions").length > %d && document.getElementById("stop").hidden`, n))
}

// shiftEnter presses Shift+Enter as a person does: the key goes down with Shift held and types
// a line break, unless the page cancels it.
func shiftEnter() chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		const shift = 8
		for _, p := range []input.DispatchKeyEventParams{
			{Type: input.DispatchKeyEventTypeRawKeyDown, Key: "Shift", Code: "ShiftLeft", WindowsVirtualKeyCode: 16, Modifiers: shift},
			{Type: input.DispatchKeyEventTypeKeyDown, Key: "Enter", Code: "Enter", Text: "\r", UnmodifiedText: "\r", WindowsVirtualKeyCode: 13, NativeVirtualKeyCode: 13, Modifiers: shift},
			{Type: input.DispatchKeyEventTypeKeyUp, Key: "Enter", Code: "Enter", WindowsVirtualKeyCode: 13, NativeVirtualKeyCode: 13, Modifiers: shift},
			{Type: input.DispatchKeyEventTypeKeyUp, Key: "Shift", Code: "ShiftLeft", WindowsVirtualKeyCode: 16},
		} {
			if _, err := cdp.Call(ctx, t, input.DispatchKeyEvent, p); err != nil {
				return err
			}
		}
		return nil
	})
}

// ---- a slow OpenAI-compatible endpoint ----

// sseModel is an OpenAI-compatible chat endpoint that streams the chunks it is given, one per
// interval, and notes when a client goes away before the end.
type sseModel struct {
	up *scriptedUpstream

	mu       sync.Mutex
	chunks   []string
	interval time.Duration
	gone     chan struct{} // receives when a request ends before its stream does
}

func newSSEModel(t *testing.T) *sseModel {
	m := &sseModel{gone: make(chan struct{}, 4)}
	m.up = newScriptedUpstream(t, 0, func(w http.ResponseWriter, r *http.Request, _ string) {
		m.mu.Lock()
		deltas := make([]sseDelta, len(m.chunks))
		for i, c := range m.chunks {
			deltas[i] = sseDelta{content: c}
		}
		interval := m.interval
		m.mu.Unlock()
		if !streamSSE(w, r, interval, nil, deltas...) {
			m.gone <- struct{}{}
		}
	})
	return m
}

func (m *sseModel) script(interval time.Duration, chunks ...string) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.interval, m.chunks = interval, chunks
}

// markdownAnswer is a generated answer using every Markdown form the chat renders, and some
// it must not: raw HTML and a link to another host.
const markdownAnswer = "### 概览\n" +
	"GPQA Diamond 是一个**研究生水平**的*选择题*基准 [1]。\n\n" +
	"- 题目由博士编写 [1]\n- 共 `198` 题\n\n" +
	"1. 先读题\n2. 再作答\n\n" +
	"```\nfmt.Println(\"<b>hi</b>\") // 幻觉\n**不加粗**\n```\n\n" +
	"`幻觉` 之外，[幻觉](/report/concepts-use#term-hallucination)也常见于推理模型和幻觉 [1]。\n\n" +
	"详见[完整条目](/report/benchmarks#bench-gpqa-diamond)，不要点[外链](https://evil.example/x)。" +
	"<img src=x onerror=alert(1)><script>alert(2)</script>"

// TestBrowserGenerative drives generated answers from a slow endpoint: Markdown rendered
// safely with glossary terms, the stop button, and regenerating an answer.
func TestBrowserGenerative(t *testing.T) {
	requireChromium(t)
	llm := newSSEModel(t)
	_, ts := startServer(t, llm.up.tutor(t, "sk-test", tutor.Config{}), limitsWith(nil))
	tb := openTab(t, 120*time.Second)
	tb.do("opening the chat", chromedp.Navigate(ts.URL+"/"), chromedp.WaitVisible(chromedp.CSS("#question")))

	// Markdown.
	var pieces []string
	for r := []rune(markdownAnswer); len(r) > 0; {
		n := min(len(r), 7)
		pieces = append(pieces, string(r[:n]))
		r = r[n:]
	}
	llm.script(5*time.Millisecond, pieces...)
	tb.ask("GPQA Diamond 是什么？")
	const ans = "article.msg.assistant:last-of-type .answer"
	type rendered struct {
		H4, Strong, Em, Code, Pre, Text string
		UL, OL, Cites, Terms, BadTerms  int
		Links, Images, Scripts          int
		ReportLink                      string
	}
	got := evalIn[rendered](tb, `(() => {
		const a = document.querySelector("`+ans+`");
		const q = (s) => a.querySelector(s);
		const t = (s) => (q(s) ? q(s).textContent : "");
		return {
			H4: t("h4"), Strong: t("strong"), Em: t("em"), Code: t("p code, li code"), Pre: t("pre code"), Text: a.textContent,
			UL: a.querySelectorAll("ul > li").length, OL: a.querySelectorAll("ol > li").length,
			Cites: a.querySelectorAll("a.cite").length,
			Terms: a.querySelectorAll("a.term").length,
			BadTerms: a.querySelectorAll("a a.term, code a.term, pre a.term, a.term a").length,
			Links: [...a.querySelectorAll("a[href]")].filter((l) => !l.getAttribute("href").startsWith("/report/")).length,
			Images: a.querySelectorAll("img").length, Scripts: a.querySelectorAll("script").length,
			ReportLink: (a.querySelector("a:not(.cite):not(.term)") || {}).textContent || "",
		};
	})()`)
	if got.H4 != "概览" || got.Strong != "研究生水平" || got.Em != "选择题" || got.Code != "198" {
		t.Errorf("inline Markdown: h4 %q, strong %q, em %q, code %q", got.H4, got.Strong, got.Em, got.Code)
	}
	if got.UL != 2 || got.OL != 2 {
		t.Errorf("lists: %d bullet items, %d numbered items; want 2 and 2", got.UL, got.OL)
	}
	if got.Pre != "fmt.Println(\"<b>hi</b>\") // 幻觉\n**不加粗**" {
		t.Errorf("the code block reads %q", got.Pre)
	}
	if got.Cites == 0 {
		t.Errorf("no citation links in the Markdown answer")
	}
	if got.ReportLink != "幻觉" {
		t.Errorf("the first link to the report reads %q, want 幻觉", got.ReportLink)
	}
	if got.Links != 0 || got.Images != 0 || got.Scripts != 0 {
		t.Errorf("the answer holds %d links off the report, %d images, %d scripts", got.Links, got.Images, got.Scripts)
	}
	if !strings.Contains(got.Text, "<img src=x onerror=alert(1)><script>alert(2)</script>") || !strings.Contains(got.Text, "外链") {
		t.Errorf("raw HTML in the answer is not shown as text: %q", got.Text)
	}
	// Glossary terms are linked once the answer is complete.
	tb.wait("waiting for glossary terms", `document.querySelectorAll("`+ans+` a.term").length > 0`)
	terms := evalIn[[]string](tb, `[...document.querySelectorAll("`+ans+` a.term")].map((a) => a.textContent + "|" + a.dataset.term + "|" + a.getAttribute("href"))`)
	if len(terms) > 8 {
		t.Errorf("%d glossary terms linked, want at most 8: %q", len(terms), terms)
	}
	seen := map[string]bool{}
	for _, s := range terms {
		p := strings.Split(s, "|")
		if len(p) != 3 || !strings.HasPrefix(p[1], "term-") || !strings.HasPrefix(p[2], "/report/") || seen[p[0]] {
			t.Errorf("glossary link %q: want a term anchor, a report URL, and one link per term", s)
		}
		seen[p[0]] = true
	}
	if got := evalIn[int](tb, `document.querySelectorAll("`+ans+` a a.term, `+ans+` code a.term, `+ans+` pre a.term").length`); got != 0 {
		t.Errorf("%d glossary links inside links or code", got)
	}
	// 幻觉 occurs in code and in a link first: only its plain-text occurrence is linked.
	if !seen["幻觉"] || !seen["推理模型"] {
		t.Errorf("glossary links %q, want 幻觉 and 推理模型 among them", terms)
	}
	if s := evalIn[string](tb, `(() => { const a = [...document.querySelectorAll("`+ans+` a.term")].find((a) => a.textContent === "幻觉"); return a ? a.previousSibling.textContent.slice(-3) : ""; })()`); !strings.HasSuffix(s, "和") {
		t.Errorf("幻觉 is linked after %q, want after 「推理模型和」", s)
	}
	tb.screenshot("markdown.png")

	// Stop: a slow answer ends when the button is pressed, and the endpoint sees it go.
	slow := []string{"GPQA Diamond 是"}
	for range 300 {
		slow = append(slow, "很难的")
	}
	llm.script(100*time.Millisecond, slow...)
	tb.do("asking the slow question", chromedp.SendKeys(chromedp.CSS("#question"), "GPQA Diamond 有多难？"), pressEnter())
	tb.wait("waiting for the answer to start", `(document.querySelector("`+ans+`") || {}).textContent?.includes("很难的很难的")`)
	if hidden := evalIn[bool](tb, `document.getElementById("stop").hidden`); hidden {
		t.Fatal("the stop button is hidden while an answer streams")
	}
	tb.do("stopping", chromedp.Click(chromedp.CSS("#stop")))
	tb.wait("waiting for the answer to end", `document.getElementById("stop").hidden && !document.getElementById("send").hidden && document.querySelector("article.msg.assistant:last-of-type .msg-actions") !== null`)
	select {
	case <-llm.gone:
	case <-time.After(5 * time.Second):
		t.Error("the endpoint's stream was not cancelled within 5 s of pressing stop")
	}
	before := evalIn[string](tb, `document.querySelector("`+ans+`").textContent`)
	time.Sleep(400 * time.Millisecond)
	after := evalIn[string](tb, `document.querySelector("`+ans+`").textContent`)
	if before != after {
		t.Errorf("the answer kept growing after stop: %d then %d characters", len(before), len(after))
	}
	if n := strings.Count(after, "很难的"); n >= 300 || n == 0 {
		t.Errorf("the stopped answer has %d of 300 pieces", n)
	}
	if disabled := evalIn[bool](tb, `document.getElementById("question").disabled`); disabled {
		t.Error("the input is disabled after stop")
	}
	if note := evalIn[string](tb, `(document.querySelector("article.msg.assistant:last-of-type .stopped-note") || {}).textContent || ""`); note != "已停止生成。" {
		t.Errorf("the stopped answer says %q, want 已停止生成。", note)
	}
	tb.screenshot("stopped.png")

	// Regenerate: the last answer is replaced by a new one to the same question, and the old
	// answer is not sent as history.
	llm.script(5*time.Millisecond, "第二次回答：GPQA Diamond 是研究生水平的科学问答基准 [1]。")
	nMsgs := evalIn[int](tb, `document.querySelectorAll("article.msg").length`)
	reqs := len(llm.up.recorded())
	tb.do("regenerating", chromedp.Click(chromedp.CSS("article.msg.assistant:last-of-type button.regen")))
	tb.wait("waiting for the new answer", `(document.querySelector("`+ans+`") || {}).textContent?.includes("第二次回答") && document.getElementById("stop").hidden && document.querySelector("article.msg.assistant:last-of-type .msg-actions") !== null`)
	if n := evalIn[int](tb, `document.querySelectorAll("article.msg").length`); n != nMsgs {
		t.Errorf("%d messages after regenerating, want %d (the answer replaced)", n, nMsgs)
	}
	if s := evalIn[string](tb, `document.querySelector("`+ans+`").textContent`); strings.Contains(s, "很难的") {
		t.Errorf("the regenerated answer still holds the old text: %q", s)
	}
	rs := llm.up.recorded()
	if len(rs) != reqs+1 {
		t.Fatalf("%d requests to the endpoint after regenerating, want %d", len(rs), reqs+1)
	}
	last := rs[len(rs)-1]
	for _, m := range last[:len(last)-1] {
		if strings.Contains(m.Content, "很难的") {
			t.Errorf("the regenerated ask sent the replaced answer as history: %q", m.Content)
		}
	}
	if q := last[len(last)-1].Content; !strings.HasSuffix(q, "GPQA Diamond 有多难？") {
		t.Errorf("the regenerated ask is not the same question: %q", q)
	}
	tb.screenshot("regenerated.png")
	tb.watch.mu.Lock()
	ws := tb.watch.websockets
	tb.watch.mu.Unlock()
	if ws == 0 {
		t.Error("the page watch saw no websocket")
	}
}

// TestBrowserConversation drives the offline chat: Enter and Shift+Enter, glossary terms and
// follow-up questions under an answer, exporting Markdown, renaming and deleting.
func TestBrowserConversation(t *testing.T) {
	requireChromium(t)
	_, ts := startServer(t, nil, limitsWith(nil))
	tb := openTab(t, 120*time.Second)
	downloads := t.TempDir()
	tb.must("allowing downloads", func() error {
		_, err := chromedp.CallBrowser(tb.ctx, browser.SetDownloadBehavior, browser.SetDownloadBehaviorParams{Behavior: browser.SetDownloadBehaviorBehaviorAllow, DownloadPath: downloads})
		return err
	}())
	tb.do("opening the chat", chromedp.Navigate(ts.URL+"/"), chromedp.WaitVisible(chromedp.CSS("#question")))

	// Shift+Enter inserts a line break and sends nothing; Enter sends.
	tb.do("typing two lines",
		chromedp.SendKeys(chromedp.CSS("#question"), "什么是混合专家？"),
		shiftEnter(),
		chromedp.SendKeys(chromedp.CSS("#question"), "请举个例子"),
	)
	if v := evalIn[string](tb, `document.getElementById("question").value`); v != "什么是混合专家？\n请举个例子" {
		t.Errorf("after Shift+Enter the input holds %q, want two lines", v)
	}
	if n := evalIn[int](tb, `document.querySelectorAll("article.msg").length`); n != 0 {
		t.Fatalf("Shift+Enter sent the question (%d messages)", n)
	}
	tb.do("pressing Enter", pressEnter())
	tb.wait("waiting for the answer", `document.querySelector("article.msg.assistant .msg-actions") !== null && document.getElementById("stop").hidden`)
	if v := evalIn[string](tb, `document.querySelector("article.msg.user").textContent`); v != "什么是混合专家？\n请举个例子" {
		t.Errorf("the question sent reads %q", v)
	}
	if v := evalIn[string](tb, `document.getElementById("question").value`); v != "" {
		t.Errorf("Enter left %q in the input", v)
	}

	// Glossary terms in the answer, with their hover card.
	const ans = "article.msg.assistant:last-of-type .answer"
	tb.wait("waiting for glossary terms", `document.querySelectorAll("`+ans+` a.term").length > 0`)
	if n := evalIn[int](tb, `document.querySelectorAll("`+ans+` a.term").length`); n > 8 {
		t.Errorf("%d glossary terms linked, want at most 8", n)
	}
	if n := evalIn[int](tb, `document.querySelectorAll("`+ans+` a a.term, `+ans+` a.term a").length`); n != 0 {
		t.Errorf("%d glossary links nested in links", n)
	}
	type point struct{ X, Y float64 }
	// The term at the bottom of the window: its card opens above it, inside the window.
	tb.do("scrolling to a term", chromedp.Evaluate[chromedp.Void](`document.querySelector("`+ans+` a.term").scrollIntoView({block: "end"})`))
	pt := evalIn[point](tb, `(() => { const r = document.querySelector("`+ans+` a.term").getBoundingClientRect(); return {X: r.left + r.width / 2, Y: r.top + r.height / 2}; })()`)
	tb.do("hovering a term", chromedp.MouseEvent(chromedp.MouseMoved, pt.X, pt.Y))
	tb.wait("waiting for the term card", `(() => { const t = document.querySelector(".term-tip"); return t && !t.hidden && t.textContent.length > 4; })()`)
	if in := evalIn[bool](tb, `(() => { const r = document.querySelector(".term-tip").getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; })()`); !in {
		t.Error("the term card runs off the window")
	}

	// Follow-up questions from the entry's related concepts; one asks its question.
	tb.wait("waiting for follow-up questions", `document.querySelectorAll("article.msg.assistant:last-of-type .followups button.followup").length > 0`)
	fus := evalIn[[]string](tb, `[...document.querySelectorAll("article.msg.assistant:last-of-type .followups button.followup")].map((b) => b.textContent)`)
	if len(fus) == 0 || len(fus) > 3 {
		t.Errorf("%d follow-up questions, want 1 to 3: %q", len(fus), fus)
	}
	for _, q := range fus {
		if !strings.HasPrefix(q, "什么是") || !strings.HasSuffix(q, "？") {
			t.Errorf("follow-up %q is not a question 什么是…？", q)
		}
	}
	tb.do("showing the follow-ups",
		chromedp.MouseEvent(chromedp.MouseMoved, 5, 5),
		chromedp.Evaluate[chromedp.Void](`document.querySelector("article.msg.assistant:last-of-type .followups").scrollIntoView({block: "end"})`),
	)
	tb.screenshot("followups.png")
	tb.do("asking a follow-up", chromedp.Click(chromedp.CSS("article.msg.assistant:last-of-type .followups button.followup")))
	tb.wait("waiting for the follow-up's answer", `document.querySelectorAll("article.msg.assistant .msg-actions").length === 2 && document.getElementById("stop").hidden`)
	if q := evalIn[string](tb, `document.querySelectorAll("article.msg.user")[1].textContent`); len(fus) > 0 && q != fus[0] {
		t.Errorf("the follow-up asked %q, want %q", q, fus[0])
	}
	// A long conversation scrolls inside the thread: the page itself does not, and the input
	// stays on screen.
	type fit struct {
		Scroll, Inner int
		InputBottom   float64
	}
	tb.do("moving the mouse away", chromedp.MouseEvent(chromedp.MouseMoved, 5, 5))
	ft := evalIn[fit](tb, `({Scroll: document.scrollingElement.scrollHeight, Inner: innerHeight, InputBottom: document.getElementById("question").getBoundingClientRect().bottom})`)
	if ft.Scroll > ft.Inner || ft.InputBottom > float64(ft.Inner) {
		below := evalIn[[]string](tb, `[...document.body.querySelectorAll("*")].filter((e) => !e.closest(".messages, .convs") && e.getBoundingClientRect().bottom + scrollY > innerHeight).map((e) => e.tagName + "." + e.className + "#" + e.id + " " + Math.round(e.getBoundingClientRect().bottom + scrollY)).slice(0, 10)`)
		t.Errorf("the chat page is %d px tall in a %d px window, the input's bottom at %.0f px: the page scrolls instead of the thread (below the window: %q)", ft.Scroll, ft.Inner, ft.InputBottom, below)
	}

	// Export: a Markdown file with the questions and citation links to the report.
	tb.click("exporting", "#export-conv")
	var md []byte
	deadline := time.Now().Add(10 * time.Second)
	for {
		es, _ := os.ReadDir(downloads)
		for _, e := range es {
			if strings.HasSuffix(e.Name(), ".md") {
				md, _ = os.ReadFile(filepath.Join(downloads, e.Name()))
			}
		}
		if len(md) > 0 || time.Now().After(deadline) {
			break
		}
		time.Sleep(100 * time.Millisecond)
	}
	if len(md) == 0 {
		t.Fatalf("no Markdown file was downloaded into %s", downloads)
	}
	text := string(md)
	for _, want := range []string{"# 什么是混合专家？", "**问：** 什么是混合专家？\n请举个例子", "**答：** ", "出处：", "[[1]](" + ts.URL + "/report/", "1. [", "**问：** " + fus[0]} {
		if !strings.Contains(text, want) {
			t.Errorf("the export lacks %q:\n%s", want, text)
		}
	}
	if err := os.WriteFile(filepath.Join(tb.artifacts, "export.md"), md, 0o644); err != nil {
		t.Error(err)
	}

	// Rename in place, from the ⋯ menu: Esc keeps the old name, Enter sets the new one, which
	// survives a reload. No browser dialog opens.
	rename := func(name string, key chromedp.Action[chromedp.Void]) {
		t.Helper()
		tb.click("opening the menu", "#conv-menu-btn")
		tb.wait("waiting for the menu", `!document.getElementById("conv-menu").hidden`)
		tb.click("renaming", "#rename-conv")
		tb.wait("waiting for the name box", `document.activeElement && document.activeElement.id === "rename-input"`)
		tb.do("typing the name", chromedp.SetValue(chromedp.CSS("#rename-input"), name), key)
		tb.wait("waiting for the name box to close", `document.getElementById("rename-input") === null`)
	}
	rename("不要这个名字", escape())
	if s := evalIn[string](tb, `document.querySelector("#conv-list button.conv.active").textContent`); s != "什么是混合专家？ 请举个例子" {
		t.Errorf("after Esc the conversation is named %q, want the old name", s)
	}
	rename("混合专家笔记", pressEnter())
	tb.wait("waiting for the new name", `document.querySelector("#conv-list button.conv.active").textContent === "混合专家笔记" && document.getElementById("conv-title").textContent === "混合专家笔记"`)
	tb.do("reloading", chromedp.Reload(), chromedp.WaitVisible(chromedp.CSS("#conv-list button.conv.active")))
	if s := evalIn[string](tb, `document.querySelector("#conv-list button.conv.active").textContent`); s != "混合专家笔记" {
		t.Errorf("after a reload the conversation is named %q", s)
	}

	// Delete: the conversation goes at once, from the page and the store; undo brings it back
	// with its messages; a second deletion, not undone, stays.
	del := func() {
		t.Helper()
		tb.click("opening the menu", "#conv-menu-btn")
		tb.wait("waiting for the menu", `!document.getElementById("conv-menu").hidden`)
		tb.click("deleting", "#delete-conv")
		tb.wait("waiting for the conversation to go", `document.querySelectorAll("article.msg").length === 0 && ![...document.querySelectorAll("#conv-list button.conv")].some((b) => b.textContent === "混合专家笔记")`)
		if s := evalIn[string](tb, `localStorage.getItem("llmtutor.conversations.v1") || ""`); strings.Contains(s, "混合专家笔记") || strings.Contains(s, "请举个例子") {
			t.Errorf("the deleted conversation is still stored: %.200s", s)
		}
		if hidden := evalIn[bool](tb, `document.getElementById("empty").hidden`); hidden {
			t.Error("after deleting the only conversation the empty screen is not shown")
		}
	}
	del()
	tb.wait("waiting for the undo button", `document.getElementById("undo-delete") !== null && !document.getElementById("toast").hidden`)
	tb.click("undoing", "#undo-delete")
	tb.wait("waiting for the conversation to come back", `document.querySelectorAll("article.msg").length === 4 && document.querySelector("#conv-list button.conv.active").textContent === "混合专家笔记"`)
	if s := evalIn[string](tb, `localStorage.getItem("llmtutor.conversations.v1") || ""`); !strings.Contains(s, "混合专家笔记") || !strings.Contains(s, "请举个例子") {
		t.Errorf("the restored conversation is not stored: %.200s", s)
	}
	if n := evalIn[int](tb, `document.querySelectorAll("#conv-list button.conv").length`); n != 1 {
		t.Errorf("%d conversations listed after undo, want 1 (the empty one opened in its place is dropped)", n)
	}
	del()
	if n := tb.dialogCount(); n != 0 {
		t.Errorf("%d browser dialogs opened; renaming and deleting need none", n)
	}
}

// escape presses Esc as a person does.
func escape() chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		for _, typ := range []input.DispatchKeyEventType{input.DispatchKeyEventTypeRawKeyDown, input.DispatchKeyEventTypeKeyUp} {
			if _, err := cdp.Call(ctx, t, input.DispatchKeyEvent, input.DispatchKeyEventParams{
				Type: typ, Key: "Escape", Code: "Escape", WindowsVirtualKeyCode: 27, NativeVirtualKeyCode: 27,
			}); err != nil {
				return err
			}
		}
		return nil
	})
}

// luminance is the relative luminance of a CSS rgb() or rgba() colour, or -1.
func luminance(css string) float64 {
	var r, g, b float64
	if _, err := fmt.Sscanf(strings.ReplaceAll(css, " ", ""), "rgb(%g,%g,%g)", &r, &g, &b); err != nil {
		if _, err := fmt.Sscanf(strings.ReplaceAll(css, " ", ""), "rgba(%g,%g,%g,", &r, &g, &b); err != nil {
			return -1
		}
	}
	lin := func(c float64) float64 {
		c /= 255
		if c <= 0.03928 {
			return c / 12.92
		}
		return math.Pow((c+0.055)/1.055, 2.4)
	}
	return 0.2126*lin(r) + 0.7152*lin(g) + 0.0722*lin(b)
}

func emulateDark(tb *tab, dark bool) {
	tb.t.Helper()
	v := "light"
	if dark {
		v = "dark"
	}
	_, err := chromedp.Call(tb.ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: v}}})
	tb.must("emulating prefers-color-scheme: "+v, err)
}

// TestBrowserDarkMode checks that the pages follow the system's dark colour scheme.
func TestBrowserDarkMode(t *testing.T) {
	requireChromium(t)
	_, ts := startServer(t, nil, limitsWith(nil))
	tb := openTab(t, 90*time.Second)
	emulateDark(tb, true)
	for _, p := range []struct{ path, shot string }{{"/", "chat-dark.png"}, {"/report/benchmarks?hl=bench-gpqa-diamond-p2#bench-gpqa-diamond", "chapter-dark.png"}, {"/glossary", "glossary-dark.png"}} {
		tb.do("opening "+p.path, chromedp.Navigate(ts.URL+p.path), chromedp.WaitVisible(chromedp.CSS("main")))
		if !evalIn[bool](tb, `matchMedia("(prefers-color-scheme: dark)").matches`) {
			t.Fatal("the page does not see prefers-color-scheme: dark")
		}
		if p.path == "/" {
			tb.ask("什么是混合专家？")
			tb.wait("waiting for follow-ups", `document.querySelector(".followups") !== null`)
		}
		bg := evalIn[string](tb, `getComputedStyle(document.body).backgroundColor`)
		fg := evalIn[string](tb, `getComputedStyle(document.body).color`)
		lb, lf := luminance(bg), luminance(fg)
		if lb < 0 || lb > 0.05 {
			t.Errorf("%s: dark mode body background %s (luminance %.3f), want a dark colour", p.path, bg, lb)
		}
		if lf < 0.5 {
			t.Errorf("%s: dark mode text colour %s (luminance %.3f), want a light colour", p.path, fg, lf)
		}
		tb.screenshot(p.shot)
	}
	// And light is light.
	emulateDark(tb, false)
	tb.do("reloading in light mode", chromedp.Reload(), chromedp.WaitVisible(chromedp.CSS("main")))
	if bg := evalIn[string](tb, `getComputedStyle(document.body).backgroundColor`); luminance(bg) < 0.8 {
		t.Errorf("light mode body background %s, want a light colour", bg)
	}
}

// axeViolation is what the test keeps of an axe-core result.
type axeViolation struct {
	ID     string   `json:"id"`
	Impact string   `json:"impact"`
	Help   string   `json:"help"`
	Nodes  []string `json:"nodes"`
}

// TestBrowserAccessibility scans the chat (with an answer), a chapter and the glossary with
// axe-core, in light and dark mode; a serious or critical violation fails the test. The
// scanner comes from npm: TUTOR_AXE_JS names its axe.min.js (.ci/run installs it).
func TestBrowserAccessibility(t *testing.T) {
	requireChromium(t)
	axePath := os.Getenv("TUTOR_AXE_JS")
	if axePath == "" {
		if os.Getenv("TUTOR_REQUIRE_BROWSER") == "1" {
			t.Fatal("TUTOR_REQUIRE_BROWSER=1 but TUTOR_AXE_JS is unset: install axe-core (npm install axe-core) and point TUTOR_AXE_JS at its axe.min.js")
		}
		t.Skip("skipping the axe-core scan: TUTOR_AXE_JS is unset (npm install axe-core, then TUTOR_AXE_JS=…/node_modules/axe-core/axe.min.js)")
	}
	axeJS, err := os.ReadFile(axePath)
	if err != nil {
		t.Fatalf("reading TUTOR_AXE_JS: %v", err)
	}
	_, ts := startServer(t, nil, limitsWith(nil))
	tb := openTab(t, 150*time.Second)
	for _, dark := range []bool{false, true} {
		emulateDark(tb, dark)
		// The chat on a phone is scanned with its drawer closed and open.
		for _, p := range []string{"/", "/report/benchmarks", "/glossary", "/about", "/ phone", "/ phone drawer"} {
			name := p
			if dark {
				name += " (dark)"
			}
			t.Run(name, func(t *testing.T) {
				tb.t = t
				path, _, phone := strings.Cut(p, " ")
				if phone {
					tb.do("emulating a phone", chromedp.EmulateViewport(390, 844, chromedp.EmulateMobile))
				} else {
					tb.do("emulating a desktop", chromedp.EmulateViewport(1280, 900))
				}
				tb.do("opening "+path, chromedp.Navigate(ts.URL+path), chromedp.WaitVisible(chromedp.CSS("main")))
				if path == "/" {
					tb.ask("什么是混合专家？")
					tb.wait("waiting for follow-ups", `document.querySelector(".followups") !== null && document.querySelector("article.msg.assistant a.term") !== null`)
					tb.do("opening 检索过程", chromedp.Evaluate[chromedp.Void](`document.querySelector("article.msg.assistant:last-of-type details.retrieval").open = true`))
				}
				if strings.HasSuffix(p, "drawer") {
					tb.do("opening the drawer", chromedp.Evaluate[chromedp.Void](`document.getElementById("open-drawer").click()`))
					tb.wait("waiting for the drawer", `document.getElementById("open-drawer").getAttribute("aria-expanded") === "true" && getComputedStyle(document.getElementById("drawer")).visibility === "visible"`)
				}
				tb.do("injecting axe-core", chromedp.Evaluate[chromedp.Void](string(axeJS)))
				type axeResult struct {
					Version    string         `json:"version"`
					Passes     int            `json:"passes"`
					Violations []axeViolation `json:"violations"`
				}
				res, err := chromedp.Run(tb.ctx, chromedp.Evaluate[axeResult](`axe.run(document, {resultTypes: ["violations"]}).then((r) => ({
					version: r.testEngine.version, passes: r.passes.length,
					violations: r.violations.map((v) => ({
						id: v.id, impact: v.impact || "", help: v.help,
						nodes: v.nodes.slice(0, 5).map((n) => n.target.join(" ") + " — " + (n.failureSummary || "").replace(/\s+/g, " ")),
					})),
				}))`, chromedp.EvalAwaitPromise))
				tb.must("running axe-core", err)
				if res.Passes < 10 {
					t.Fatalf("axe-core %s passed only %d rules: it did not scan the page", res.Version, res.Passes)
				}
				t.Logf("axe-core %s: %d rules passed, %d violated", res.Version, res.Passes, len(res.Violations))
				for _, v := range res.Violations {
					msg := fmt.Sprintf("%s [%s] %s: %s", v.ID, v.Impact, v.Help, strings.Join(v.Nodes, "; "))
					if v.Impact == "serious" || v.Impact == "critical" {
						t.Error(msg)
					} else {
						t.Log(msg)
					}
				}
			})
		}
	}
	tb.t = t
}
