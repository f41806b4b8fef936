package web_test

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/input"
	cdppage "github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"llmtutor/tutor"
	"llmtutor/web"
)

// xssPayloads would each, if the page ran them, set window.__xss or document.title to "XSS"
// (some also open a dialog). None holds a line break: a question is typed on one line.
var xssPayloads = []string{
	// script elements
	`<script>window.__xss=1</script>`,
	`<SCRIPT SRC=data:text/javascript,window.__xss=1></SCRIPT>`,
	`<scr<script>ipt>window.__xss=1</scr</script>ipt>`,
	`<svg><script>window.__xss=1</script></svg>`,
	// event handlers
	`<img src=x onerror="window.__xss=1;alert(1)">`,
	`<img src=x onerror=window.__xss=1//`,
	`<img src="x" onerror="eval('window.__xss=1')">`,
	`<img src=x onerror=&#119;indow.__xss=1>`,
	`<svg onload=window.__xss=1>`,
	`<svg/onload=document.title='XSS'>`,
	`<body onload=window.__xss=1>`,
	`<details open ontoggle=window.__xss=1>`,
	`<input autofocus onfocus=window.__xss=1>`,
	`<video><source onerror="window.__xss=1;confirm(1)"></video>`,
	`<math><mtext><table><mglyph><style><img src=x onerror=window.__xss=1>`,
	`<noscript><p title="</noscript><img src=x onerror=window.__xss=1>">`,
	// javascript: and data: URLs
	`<a href="javascript:window.__xss=1">点我</a>`,
	`<a href="jav&#x09;ascript:window.__xss=1">tab</a>`,
	`<a href=" javascript:window.__xss=1">space</a>`,
	`<iframe src="javascript:parent.__xss=1"></iframe>`,
	`<iframe srcdoc="<script>parent.__xss=1</script>"></iframe>`,
	`<object data="data:text/html,<script>parent.__xss=1</script>"></object>`,
	`<embed src="data:image/svg+xml,<svg onload='parent.__xss=1'/>">`,
	`<a href="data:text/html;base64,PHNjcmlwdD5wYXJlbnQuX194c3M9MTwvc2NyaXB0Pg==">data</a>`,
	`<form action="javascript:window.__xss=1"><button>送出</button></form>`,
	`<base href="javascript:window.__xss=1//">`,
	`<meta http-equiv="refresh" content="0;url=javascript:window.__xss=1">`,
	`javascript:window.__xss=1`,
	`<img src="http://xss.invalid/x.png" onerror=window.__xss=1>`,
	// breaking out of an attribute or an element
	`"><img src=x onerror=window.__xss=1>`,
	`'><svg onload=window.__xss=1>`,
	`" onmouseover="window.__xss=1" x="`,
	`' autofocus onfocus='window.__xss=1`,
	"`><img src=x onerror=window.__xss=1>",
	`</textarea><script>window.__xss=1</script>`,
	`</title><script>document.title='XSS'</script>`,
	`</p></article><img src=x onerror=window.__xss=1>`,
	`--><img src=x onerror=window.__xss=1><!--`,
	// markdown links and forged citations
	`[点我](javascript:window.__xss=1)`,
	`[1](javascript:document.title='XSS')`,
	`[[1](javascript:window.__xss=1)]`,
	`[99](javascript:window.__xss=1) [0] [-1]`,
	`[<img src=x onerror=window.__xss=1>](/report/x)`,
	`**<img src=x onerror=window.__xss=1>**`,
	`**" onmouseover="window.__xss=1**`,
	`<a class="cite" href="javascript:window.__xss=1" data-n="1">[1]</a>`,
	// entities and escapes
	`&lt;img src=x onerror=window.__xss=1&gt;`,
	`&#60;script&#62;window.__xss=1&#60;/script&#62;`,
	`\u003cimg src=x onerror=window.__xss=1\u003e`,
	`\x3cscript\x3ewindow.__xss=1\x3c/script\x3e`,
	"＜script＞window.__xss=1＜/script＞",
	"\u2028<script>window.__xss=1</script>\u2029",
	"<img\u200bsrc=x onerror=window.__xss=1>\u202e",
	// template literals and template engines
	"${window.__xss=1}",
	"`${document.title='XSS'}`",
	`{{constructor.constructor('window.__xss=1')()}}`,
	`#{window.__xss=1}`,
	// CSS
	`<div style="background-image:url(javascript:window.__xss=1)">css</div>`,
	`<div style="width:expression(window.__xss=1)">css</div>`,
	`<style>*{background:url("javascript:window.__xss=1")}</style>`,
	`<link rel=stylesheet href="data:text/css,*{x:expression(window.__xss=1)}">`,
}

// forgedCitations follow every answer: markers naming no passage, markers and links with
// javascript: and data: URLs, and a forged citation anchor.
const forgedCitations = ` 另见[99][0][-1]、[1](javascript:document.title='XSS')、[2](javascript:window.__xss=1)、` +
	`[原文](data:text/html,<script>parent.__xss=1</script>)、<a class="cite" href="javascript:window.__xss=1" data-n="1">[1]</a>。`

// xssAnswer is what the scripted model streams for a payload: it in the reasoning, in plain
// text, in bold and as a link's text, after a valid citation and before forged ones.
func xssAnswer(p string) []sseDelta {
	out := []sseDelta{{reasoning: "思考：" + p}}
	return append(out, pieces("GPQA Diamond 是一个研究生水平的问答基准[1]。"+p+"\n\n**"+p+"**[1]"+forgedCitations+"["+p+"](javascript:window.__xss=1)", 7)...)
}

// domCheck lists what a payload would have left in the page had it been inserted as markup or
// run: the markers, handler attributes, script URLs, injected elements, citation links that
// do not open the report.
const domCheck = `((title) => {
	const bad = [];
	if (window.__xss !== undefined) bad.push("window.__xss was set to " + String(window.__xss));
	if (document.title !== title) bad.push("document.title changed to " + JSON.stringify(document.title));
	for (const e of document.querySelectorAll("*")) {
		for (const a of e.attributes) {
			const v = a.value.replace(/[\s\u0000-\u001f]/g, "").toLowerCase();
			if (/^on/i.test(a.name)) bad.push("<" + e.localName + "> has the handler " + a.name + "=" + JSON.stringify(a.value));
			if (/^(href|src|action|formaction|data|srcdoc|xlink:href|background|poster|style)$/i.test(a.name) &&
				(/^(javascript|vbscript):/.test(v) || (v.startsWith("data:") && a.name !== "style") || v.includes("expression(") || v.includes("url(javascript") || a.name === "srcdoc")) {
				bad.push("<" + e.localName + "> has " + a.name + "=" + JSON.stringify(a.value));
			}
		}
	}
	const injected = "script,iframe,frame,object,embed,base,meta,link,style,svg,math,img,video,audio,source,form,input,textarea,select,template,noscript,body,title";
	for (const zone of ["#messages", "#conv-list", "#cite-card"]) {
		for (const e of document.querySelectorAll(zone + " :is(" + injected + ")")) bad.push("an injected <" + e.localName + "> in " + zone);
	}
	for (const s of document.scripts) {
		if (!(s.getAttribute("src") || "").startsWith("/static/")) bad.push("a script that is not the page's own: " + s.outerHTML.slice(0, 80));
	}
	for (const a of document.querySelectorAll("a.cite")) {
		const h = a.getAttribute("href") || "";
		const n = Number(a.dataset.n);
		if (!h.startsWith("/report/") || h.startsWith("//")) bad.push("a.cite [" + a.dataset.n + "] opens " + JSON.stringify(h));
		if (!(n >= 1 && n <= 20)) bad.push("a.cite for the marker " + JSON.stringify(a.dataset.n));
	}
	for (const a of document.querySelectorAll("[href]")) {
		const h = a.getAttribute("href");
		if (!((h.startsWith("/") && !h.startsWith("//")) || h.startsWith("#"))) bad.push("<" + a.localName + "> links to " + JSON.stringify(h));
	}
	return bad;
})`

// dialogWatch records JavaScript dialogs a tab opens, and dismisses them so the page goes on.
type dialogWatch struct {
	mu      sync.Mutex
	opened  []string
	tab     atomic.Pointer[context.Context]
	pending sync.WaitGroup
}

func (d *dialogWatch) listen(ev any) {
	e, ok := ev.(*cdppage.EventJavascriptDialogOpening)
	if !ok {
		return
	}
	d.mu.Lock()
	d.opened = append(d.opened, fmt.Sprintf("%s(%q)", e.Type, e.Message))
	d.mu.Unlock()
	if ctx := d.tab.Load(); ctx != nil {
		d.pending.Add(1)
		go func() { // a listener must not block the tab's event loop
			defer d.pending.Done()
			_, _ = chromedp.Call(*ctx, cdppage.HandleJavaScriptDialog, cdppage.HandleJavaScriptDialogParams{Accept: false})
		}()
	}
}

func (d *dialogWatch) dialogs() []string {
	d.mu.Lock()
	defer d.mu.Unlock()
	return append([]string(nil), d.opened...)
}

// insertText types text into the focused element as an input method commits it.
func insertText(text string) chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		_, err := cdp.Call(ctx, t, input.InsertText, input.InsertTextParams{Text: text})
		return err
	})
}

func bypassCSP() chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		_, err := cdp.Call(ctx, t, cdppage.SetBypassCSP, cdppage.SetBypassCSPParams{Enabled: true})
		return err
	})
}

// browserAlloc starts headless Chromium as TestBrowserChat does, or skips (fails when
// TUTOR_REQUIRE_BROWSER=1) without it.
func browserAlloc(t *testing.T, timeout time.Duration) context.Context {
	t.Helper()
	opts := browserOptions(t, requireChromium(t))
	ctx, cancelTimeout := context.WithTimeout(context.Background(), timeout)
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(ctx, opts...)
	t.Cleanup(func() {
		cancelAlloc() // closes the browser and waits for it, before t.TempDir is removed
		cancelTimeout()
	})
	return allocCtx
}

// TestBrowserXSS types every payload as a question, has the model stream it back (reasoning,
// answer, bold, link text) beside forged citation markers and URLs, and checks in headless
// Chromium that nothing ran, no dialog opened, no handler attribute or foreign element entered
// the DOM and every citation link opens /report/. The page's CSP is bypassed while asking, so
// only the page's own escaping stands between a payload and its execution; the stored
// conversations are then replayed after a reload, and again with the CSP enforced, where any
// blocked attempt would show as a CSP violation.
func TestBrowserXSS(t *testing.T) {
	allocCtx := browserAlloc(t, 4*time.Minute)

	seen := map[string]bool{}
	for _, p := range xssPayloads {
		if seen[p] {
			t.Fatalf("payload listed twice: %s", p)
		}
		seen[p] = true
	}
	if len(xssPayloads) < 30 {
		t.Fatalf("%d payloads, want at least 30", len(xssPayloads))
	}

	var current atomic.Int32
	up := newScriptedUpstream(t, 0, func(w http.ResponseWriter, r *http.Request, user string) {
		writeSSE(w, r, 0, xssAnswer(xssPayloads[current.Load()])...)
	})
	_, ts := startServer(t, up.tutor(t, "sk-xss", tutor.Config{}), limitsWith(func(l *web.Limits) { l.AsksPerMinute = 1000 }))

	watch := &pageWatch{host: "127.0.0.1"}
	dw := &dialogWatch{}
	ctx, cancelTab := chromedp.NewContext(allocCtx, chromedp.WithListener(func(ev any) {
		watch.listen(ev)
		dw.listen(ev)
	}))
	defer cancelTab()
	dw.tab.Store(&ctx)
	defer dw.pending.Wait()
	defer func() {
		if d := dw.dialogs(); len(d) > 0 {
			t.Errorf("dialogs opened: %q", d)
		}
		for _, p := range watch.problems() {
			t.Error(p)
		}
	}()
	if err := chromedp.Do(ctx, bypassCSP(), chromedp.Navigate(ts.URL+"/"), chromedp.WaitVisible(chromedp.CSS("#question"))); err != nil {
		t.Fatalf("opening the chat: %v", err)
	}
	// The marker-detection itself must work: with the CSP bypassed, markup inserted as HTML
	// runs, opens a dialog, and the DOM check reports it.
	t.Run("the detectors see an injection", func(t *testing.T) {
		dw := &dialogWatch{}
		ctx, cancel := chromedp.NewContext(ctx, chromedp.WithListener(dw.listen))
		defer cancel()
		dw.tab.Store(&ctx)
		defer dw.pending.Wait()
		if err := chromedp.Do(ctx, bypassCSP(), chromedp.Navigate(ts.URL+"/"), chromedp.WaitVisible(chromedp.CSS("#question"))); err != nil {
			t.Fatal(err)
		}
		title, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.title`))
		if err != nil {
			t.Fatal(err)
		}
		if err := chromedp.Do(ctx, chromedp.Evaluate[chromedp.Void](
			`document.getElementById("messages").insertAdjacentHTML("beforeend", '<img src="data:," onerror="window.__xss=1;setTimeout(() => alert(1), 0)">')`)); err != nil {
			t.Fatal(err)
		}
		if err := waitTrue(ctx, `window.__xss === 1`); err != nil {
			t.Fatalf("an inserted handler did not run: %v", err)
		}
		bad, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](domCheck+`(`+jsString(title)+`)`))
		if err != nil {
			t.Fatal(err)
		}
		joined := strings.Join(bad, "\n")
		for _, want := range []string{"window.__xss was set", "has the handler onerror", "an injected <img> in #messages"} {
			if !strings.Contains(joined, want) {
				t.Errorf("the DOM check missed %q; it reported:\n%s", want, joined)
			}
		}
		deadline := time.Now().Add(5 * time.Second)
		for len(dw.dialogs()) == 0 && time.Now().Before(deadline) {
			time.Sleep(20 * time.Millisecond)
		}
		if len(dw.dialogs()) == 0 {
			t.Errorf("the dialog listener did not hear alert(1)")
		}
	})
	if t.Failed() {
		return
	}

	title, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.title`))
	if err != nil {
		t.Fatal(err)
	}
	check := func(t *testing.T, ctx context.Context, what string) {
		t.Helper()
		// Hover the first citation so its card is filled too.
		bad, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](
			`(() => { const a = document.querySelector("a.cite"); if (a) a.dispatchEvent(new MouseEvent("mouseover", {bubbles: true})); })(), `+
				domCheck+`(`+jsString(title)+`)`))
		if err != nil {
			t.Fatalf("%s: running the DOM check: %v", what, err)
		}
		for _, b := range bad {
			t.Errorf("%s: %s", what, b)
		}
	}

	type shown struct {
		User, Title, Answer, Reasoning string
		Cites                          int
	}
	const readBubble = `(() => {
		const last = (sel) => { const all = document.querySelectorAll(sel); return all.length ? all[all.length - 1] : null; };
		const text = (e) => e ? e.textContent : "";
		return {User: text(last("article.msg.user")).trim(), Title: text(document.querySelector("#conv-list button.conv.active")),
			Answer: text(last("article.msg.assistant .answer")), Reasoning: text(last("article.msg.assistant .reasoning")),
			Cites: document.querySelectorAll("article.msg.assistant .answer a.cite").length};
	})()`
	declined := 0
	for i, p := range xssPayloads {
		current.Store(int32(i))
		q := p + " GPQA Diamond 是什么？"
		what := fmt.Sprintf("payload %d %q", i+1, p)
		ask := func(question string, answers int) {
			t.Helper()
			if err := chromedp.Do(ctx,
				chromedp.Focus(chromedp.CSS("#question")),
				insertText(question),
				pressEnter(),
			); err != nil {
				t.Fatalf("%s: asking: %v", what, err)
			}
			if err := waitTrue(ctx, fmt.Sprintf(`document.querySelectorAll("article.msg.assistant .msg-actions").length === %d`, answers)); err != nil {
				t.Fatalf("%s: the answer did not finish: %v", what, err)
			}
			check(t, ctx, what)
		}
		before := up.requests.Load()
		if err := chromedp.Do(ctx, chromedp.Evaluate[chromedp.Void](`document.getElementById("new-conv").click()`)); err != nil {
			t.Fatal(err)
		}
		ask(q, 1)
		s, err := chromedp.Run(ctx, chromedp.Evaluate[shown](readBubble))
		if err != nil {
			t.Fatalf("%s: reading the bubbles: %v", what, err)
		}
		// The payload is shown as the text it is: not parsed, not decoded, not dropped.
		if s.User != strings.TrimSpace(q) {
			t.Errorf("%s: the question bubble reads %q", what, s.User)
		}
		if s.Title == "" || !strings.HasPrefix(strings.TrimSpace(q), strings.TrimSuffix(s.Title, "…")) {
			t.Errorf("%s: the conversation is titled %q, not the start of the question", what, s.Title)
		}
		if up.requests.Load() == before {
			// The payload crowded the question out of the report: ask a covered question in the
			// same conversation, so the model still streams the payload back.
			declined++
			ask("GPQA Diamond 是什么？", 2)
			if s, err = chromedp.Run(ctx, chromedp.Evaluate[shown](readBubble)); err != nil {
				t.Fatalf("%s: reading the bubbles: %v", what, err)
			}
		}
		if n := up.requests.Load(); n != before+1 {
			t.Fatalf("%s: the model was asked %d times, want once", what, n-before)
		}
		// Payloads holding Markdown ([…](…), **, `) are shown formatted, so not verbatim.
		if !strings.ContainsAny(p, "[]*`［］") && !strings.Contains(s.Answer, p) {
			t.Errorf("%s: the answer does not show the payload as text: %q", what, s.Answer)
		}
		if strings.Contains(s.Answer, "undefined") {
			t.Errorf("%s: the answer shows \"undefined\": %q", what, s.Answer)
		}
		if s.Reasoning != "" && !strings.Contains(s.Reasoning, p) {
			t.Errorf("%s: the reasoning does not show the payload as text: %q", what, s.Reasoning)
		}
		if s.Cites == 0 {
			t.Errorf("%s: the valid marker [1] was not rendered as a citation link", what)
		}
		if t.Failed() {
			t.FailNow()
		}
	}
	t.Logf("%d distinct XSS payloads, each typed as a question (bubble and conversation title) and streamed back by the model (reasoning, answer, bold, link text) beside forged citations; %d questions the report did not cover were followed by a covered one for the model's turn", len(xssPayloads), declined)

	// The stored conversations, rendered again from localStorage: after a reload with the CSP
	// bypassed, then in a tab that enforces it.
	replay := func(t *testing.T, ctx context.Context, label string) {
		n, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll("#conv-list button.conv").length`))
		if err != nil {
			t.Fatal(err)
		}
		if n < len(xssPayloads) {
			t.Fatalf("%s: %d conversations kept, want at least %d", label, n, len(xssPayloads))
		}
		for i := range n {
			if err := chromedp.Do(ctx, chromedp.Evaluate[chromedp.Void](fmt.Sprintf(`document.querySelectorAll("#conv-list button.conv")[%d].click()`, i))); err != nil {
				t.Fatal(err)
			}
			check(t, ctx, fmt.Sprintf("%s, conversation %d", label, i+1))
		}
	}
	if err := chromedp.Do(ctx, chromedp.Reload(), chromedp.WaitVisible(chromedp.CSS("#conv-list button.conv"))); err != nil {
		t.Fatalf("reloading: %v", err)
	}
	replay(t, ctx, "after a reload")

	dwEnforced := &dialogWatch{}
	enforced, cancelEnforced := chromedp.NewContext(ctx, chromedp.WithListener(func(ev any) {
		watch.listen(ev)
		dwEnforced.listen(ev)
	}))
	defer cancelEnforced()
	dwEnforced.tab.Store(&enforced)
	defer dwEnforced.pending.Wait()
	defer func() {
		if d := dwEnforced.dialogs(); len(d) > 0 {
			t.Errorf("dialogs opened with the CSP enforced: %q", d)
		}
	}()
	if err := chromedp.Do(enforced, chromedp.Navigate(ts.URL+"/"), chromedp.WaitVisible(chromedp.CSS("#conv-list button.conv"))); err != nil {
		t.Fatalf("opening the chat with its CSP: %v", err)
	}
	replay(t, enforced, "with the CSP enforced")
}

// jsString quotes s as a JavaScript string literal.
func jsString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}
