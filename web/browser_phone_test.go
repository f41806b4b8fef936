package web_test

import (
	"context"
	"fmt"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/input"
	cdppage "github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"llmtutor/web"
)

// tap touches the centre of the element selector names, as a finger does.
func tap(tb *tab, selector string) {
	tb.t.Helper()
	type point struct{ X, Y float64 }
	pt := evalIn[point](tb, fmt.Sprintf(`(() => { const r = document.querySelector(%q).getBoundingClientRect(); return {X: r.left + r.width / 2, Y: r.top + r.height / 2}; })()`, selector))
	tapAt(tb, pt.X, pt.Y)
}

func tapAt(tb *tab, x, y float64) {
	tb.t.Helper()
	tb.do(fmt.Sprintf("tapping at %.0f,%.0f", x, y), chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		if _, err := cdp.Call(ctx, t, input.DispatchTouchEvent, input.DispatchTouchEventParams{Type: input.DispatchTouchEventTypeTouchStart, TouchPoints: []*input.TouchPoint{{X: x, Y: y}}}); err != nil {
			return err
		}
		_, err := cdp.Call(ctx, t, input.DispatchTouchEvent, input.DispatchTouchEventParams{Type: input.DispatchTouchEventTypeTouchEnd, TouchPoints: []*input.TouchPoint{}})
		return err
	}))
}

// pressKey presses a key as a person does; Enter also sends its character, which is what
// activates a focused button.
func pressKey(key, code string, vk int64) chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		text := ""
		if key == "Enter" {
			text = "\r"
		}
		for _, typ := range []input.DispatchKeyEventType{input.DispatchKeyEventTypeKeyDown, input.DispatchKeyEventTypeKeyUp} {
			p := input.DispatchKeyEventParams{Type: typ, Key: key, Code: code, WindowsVirtualKeyCode: vk, NativeVirtualKeyCode: vk}
			if typ == input.DispatchKeyEventTypeKeyDown {
				p.Text, p.UnmodifiedText = text, text
			}
			if _, err := cdp.Call(ctx, t, input.DispatchKeyEvent, p); err != nil {
				return err
			}
		}
		return nil
	})
}

func clearQuestion(tb *tab) {
	tb.t.Helper()
	tb.do("clearing the question", chromedp.Evaluate[chromedp.Void](`(() => { const q = document.getElementById("question"); q.value = ""; q.dispatchEvent(new Event("input")); })()`))
}

// composerInView is a JS check: the question box and the send button are inside the window,
// and the page itself does not scroll.
const composerInView = `(() => {
	const q = document.getElementById("question").getBoundingClientRect();
	const s = document.getElementById(document.getElementById("send").hidden ? "stop" : "send").getBoundingClientRect();
	return q.top >= 0 && q.bottom <= innerHeight && s.bottom <= innerHeight && s.width > 0 &&
		document.scrollingElement.scrollHeight <= innerHeight;
})()`

// lastAnswerInView: the newest answer's start is inside the visible part of the thread.
const lastAnswerInView = `(() => {
	const all = document.querySelectorAll("article.msg.assistant");
	const a = all[all.length - 1].getBoundingClientRect();
	const m = document.getElementById("messages").getBoundingClientRect();
	return a.top >= m.top - 1 && a.top < m.bottom - 40;
})()`

// TestBrowserPhone drives the chat at two phone sizes with touch: the composer stays in view
// while typing, as answers arrive and after a reload of a long conversation; each new answer
// scrolls into view; 「回到最新」 appears when the reader scrolls up; the drawer opens and closes
// with keys and touch; an empty 新对话 is reused; the list puts the latest conversation first
// and can be searched.
func TestBrowserPhone(t *testing.T) {
	requireChromium(t)
	_, ts := startServer(t, nil, limitsWith(func(l *web.Limits) { l.AsksPerMinute = 1000 }))
	for _, size := range []struct{ w, h int64 }{{390, 844}, {375, 667}} {
		t.Run(fmt.Sprintf("%dx%d", size.w, size.h), func(t *testing.T) {
			tb := openTab(t, 150*time.Second)
			tb.do("opening the chat", chromedp.EmulateViewport(size.w, size.h, chromedp.EmulateMobile), chromedp.Navigate(ts.URL+"/"), chromedp.WaitVisible(chromedp.CSS("#question")))
			if w := evalIn[int](tb, `innerWidth`); w != int(size.w) {
				t.Fatalf("innerWidth %d, want %d", w, size.w)
			}
			if !evalIn[bool](tb, composerInView) {
				t.Error("the composer is not in view on the empty chat")
			}
			// Typing several lines keeps the composer, and its send button, in view.
			tb.do("typing", chromedp.Focus(chromedp.CSS("#question")), chromedp.SendKeys(chromedp.CSS("#question"), strings.Repeat("大模型为什么会产生幻觉，", 12)))
			if !evalIn[bool](tb, composerInView) {
				t.Error("the composer left the window while typing a long question")
			}
			clearQuestion(tb)

			// Each new answer scrolls into view, and the composer stays.
			for _, q := range []string{"什么是混合专家？", "它有什么好处？", "GPQA Diamond 是什么？"} {
				tb.ask(q)
				if !evalIn[bool](tb, lastAnswerInView) {
					t.Errorf("the answer to %q is not in view", q)
				}
				if !evalIn[bool](tb, composerInView) {
					t.Errorf("the composer left the window after the answer to %q", q)
				}
			}
			// Scrolled up, the reader gets 「回到最新」, which takes them to the bottom.
			tb.do("scrolling up", chromedp.Evaluate[chromedp.Void](`document.getElementById("messages").scrollTop = 0`))
			tb.wait("waiting for 回到最新", `!document.getElementById("to-latest").hidden`)
			if !evalIn[bool](tb, `(() => { const r = document.getElementById("to-latest").getBoundingClientRect(); return r.top > 0 && r.bottom < innerHeight; })()`) {
				t.Error("「回到最新」 is not inside the window")
			}
			tap(tb, "#to-latest")
			tb.wait("waiting for the bottom", `(() => { const m = document.getElementById("messages"); return m.scrollHeight - m.scrollTop - m.clientHeight < 48 && document.getElementById("to-latest").hidden; })()`)

			// A long conversation, reloaded: the composer is in view and the thread is at its end.
			tb.do("making the conversation long", chromedp.Evaluate[chromedp.Void](`(() => {
				const all = JSON.parse(localStorage.getItem("llmtutor.conversations.v1"));
				const c = all[0];
				const ms = c.messages.slice();
				for (let i = 0; i < 8; i++) c.messages.push(...ms.map((m) => Object.assign({}, m, {ask: m.ask ? m.ask + "x" + i : undefined})));
				localStorage.setItem("llmtutor.conversations.v1", JSON.stringify(all));
			})()`), chromedp.Reload(), chromedp.WaitVisible(chromedp.CSS("#question")))
			tb.wait("waiting for the long conversation", `document.querySelectorAll("article.msg").length === 54`)
			if !evalIn[bool](tb, composerInView) {
				t.Error("after reloading a long conversation the composer is not in view")
			}
			if !evalIn[bool](tb, `(() => { const m = document.getElementById("messages"); return m.scrollHeight > 5 * m.clientHeight && m.scrollHeight - m.scrollTop - m.clientHeight < 48; })()`) {
				t.Error("after a reload the long thread is not scrolled to its end")
			}
			tb.do("typing after the reload", chromedp.Focus(chromedp.CSS("#question")), chromedp.SendKeys(chromedp.CSS("#question"), "还有别的吗"))
			if !evalIn[bool](tb, composerInView) {
				t.Error("the composer left the window while typing in a long conversation")
			}
			clearQuestion(tb)

			// The drawer: closed, it is out of sight and out of the tab order.
			drawerShown := `(() => { const r = document.getElementById("drawer").getBoundingClientRect(); return getComputedStyle(document.getElementById("drawer")).visibility === "visible" && r.left >= -1 && r.right > 100; })()`
			drawerGone := `(() => { const d = document.getElementById("drawer"); return d.inert && document.getElementById("open-drawer").getAttribute("aria-expanded") === "false" && getComputedStyle(d).visibility === "hidden"; })()`
			tb.wait("waiting for the drawer to be closed", drawerGone)
			// Keyboard: Enter on ☰ opens it with focus inside; Esc closes it and gives focus back.
			tb.do("focusing ☰", chromedp.Focus(chromedp.CSS("#open-drawer")), pressKey("Enter", "Enter", 13))
			tb.wait("waiting for the drawer to open by keyboard", drawerShown+` && document.getElementById("drawer").contains(document.activeElement) && document.getElementById("open-drawer").getAttribute("aria-expanded") === "true"`)
			if !evalIn[bool](tb, `document.querySelector(".thread").inert`) {
				t.Error("the thread behind the open drawer still takes focus")
			}
			tb.do("pressing Esc", pressKey("Escape", "Escape", 27))
			tb.wait("waiting for the drawer to close by keyboard", drawerGone+` && document.activeElement.id === "open-drawer"`)
			// Touch: a tap on ☰ opens it, a tap beside it closes it.
			tap(tb, "#open-drawer")
			tb.wait("waiting for the drawer to open by touch", drawerShown)
			tapAt(tb, float64(size.w)-12, float64(size.h)/2)
			tb.wait("waiting for the drawer to close by touch", drawerGone)

			// 新对话 three times makes one empty conversation, listed first; the answered one
			// follows. Then the search finds a conversation by its content.
			for range 3 {
				tap(tb, "#open-drawer")
				tb.wait("waiting for the drawer", drawerShown)
				tap(tb, "#new-conv")
				tb.wait("waiting for the empty conversation", `document.querySelectorAll("article.msg").length === 0 && !document.getElementById("empty").hidden`)
			}
			titles := evalIn[[]string](tb, `[...document.querySelectorAll("#conv-list button.conv")].map((b) => b.textContent)`)
			if len(titles) != 2 || titles[0] != "新对话" || titles[1] != "什么是混合专家？" {
				t.Errorf("after 新对话 three times the list reads %q, want one 新对话 before 什么是混合专家？", titles)
			}
			tb.ask("什么是 token？")
			titles = evalIn[[]string](tb, `[...document.querySelectorAll("#conv-list button.conv")].map((b) => b.textContent)`)
			if len(titles) != 2 || titles[0] != "什么是 token？" {
				t.Errorf("the conversation just used is not listed first: %q", titles)
			}
			tap(tb, "#open-drawer")
			tb.wait("waiting for the drawer", drawerShown)
			tb.do("searching", chromedp.SendKeys(chromedp.CSS("#conv-search"), "GPQA"))
			tb.wait("waiting for the search", `[...document.querySelectorAll("#conv-list button.conv")].map((b) => b.textContent).join("|") === "什么是混合专家？"`)
			tb.do("clearing the search", chromedp.Evaluate[chromedp.Void](`document.getElementById("conv-search").value = ""`), chromedp.SendKeys(chromedp.CSS("#conv-search"), "没有这个词"))
			tb.wait("waiting for no match", `document.querySelectorAll("#conv-list button.conv").length === 0 && !document.getElementById("conv-none").hidden`)
			tb.screenshot(fmt.Sprintf("phone-%dx%d-drawer.png", size.w, size.h))
		})
	}
}

// TestBrowserFiftyTurns asks 50 questions in one conversation and gets 50 answers; the page
// keeps every frame it sends small, whatever the length of the conversation.
func TestBrowserFiftyTurns(t *testing.T) {
	requireChromium(t)
	_, ts := startServer(t, nil, limitsWith(func(l *web.Limits) { l.AsksPerMinute = 1000 }))
	tb := openTab(t, 280*time.Second)
	// Record the size of every frame the page sends.
	tb.must("watching the frames", func() error {
		_, err := chromedp.Call(tb.ctx, cdppage.AddScriptToEvaluateOnNewDocument, cdppage.AddScriptToEvaluateOnNewDocumentParams{Source: `(() => {
			window.__frames = [];
			const send = WebSocket.prototype.send;
			WebSocket.prototype.send = function (d) { window.__frames.push(new Blob([d]).size); return send.call(this, d); };
		})()`})
		return err
	}())
	tb.do("opening the chat", chromedp.Navigate(ts.URL+"/"), chromedp.WaitVisible(chromedp.CSS("#question")))
	questions := []string{"什么是混合专家？", "它有什么好处？", "GPQA Diamond 是什么？", "它一共有多少道题？", "什么是 token？",
		"Transformer 的注意力机制是什么意思？", "大模型是怎么训练出来的？", "什么是幻觉？", "为什么会产生幻觉？", "RLHF 和 DPO 有什么区别"}
	for i := range 50 {
		q := questions[i%len(questions)]
		tb.ask(q)
		if errs := evalIn[[]string](tb, `[...document.querySelectorAll("article.msg.assistant:last-of-type .error")].map((e) => e.textContent)`); len(errs) > 0 {
			t.Fatalf("question %d (%q) got errors: %q", i+1, q, errs)
		}
	}
	if n := evalIn[int](tb, `[...document.querySelectorAll("article.msg.assistant .answer")].filter((a) => a.textContent.trim().length > 10).length`); n != 50 {
		t.Errorf("%d answers with text, want 50", n)
	}
	if n := evalIn[int](tb, `JSON.parse(localStorage.getItem("llmtutor.conversations.v1"))[0].messages.length`); n != 100 {
		t.Errorf("the stored conversation has %d messages, want 100", n)
	}
	frames := evalIn[[]int](tb, `window.__frames`)
	if len(frames) != 50 {
		t.Fatalf("the page sent %d frames, want 50", len(frames))
	}
	biggest := 0
	for _, n := range frames {
		biggest = max(biggest, n)
	}
	if biggest > 4096 {
		t.Errorf("the largest frame is %d bytes, want at most 4096 (a quarter of the server's limit)", biggest)
	}
	t.Logf("50 answers; the largest frame sent was %d bytes", biggest)
}

// A question linked from the report (/?ask=…, a 「常见问法」 or 「就本节提问」) is asked once, in an
// empty conversation, and the address loses it so a reload does not ask it again.
func TestBrowserAskFromAddress(t *testing.T) {
	requireChromium(t)
	_, ts := startServer(t, nil, limitsWith(nil))
	tb := openTab(t, 120*time.Second)
	tb.do("opening a linked question", chromedp.Navigate(ts.URL+"/?ask="+url.QueryEscape("混合专家是什么？")), chromedp.WaitVisible(chromedp.CSS("#question")))
	tb.wait("waiting for its answer", `document.querySelectorAll("article.msg.assistant .msg-actions").length === 1 && document.getElementById("stop").hidden`)
	if q := evalIn[string](tb, `document.querySelector("article.msg.user").textContent`); !strings.Contains(q, "混合专家是什么？") {
		t.Errorf("the question asked was %q", q)
	}
	if a := evalIn[string](tb, `document.querySelector("article.msg.assistant .answer").textContent`); !strings.Contains(a, "混合专家") {
		t.Errorf("the answer does not speak of 混合专家: %q", a)
	}
	if s := evalIn[string](tb, `location.search`); s != "" {
		t.Errorf("the address still asks: %q", s)
	}
	tb.do("reloading", chromedp.Reload(), chromedp.WaitVisible(chromedp.CSS("#question")))
	if n := evalIn[int](tb, `document.querySelectorAll("article.msg.user").length`); n != 1 {
		t.Errorf("after a reload the conversation has %d questions, want 1", n)
	}
}
