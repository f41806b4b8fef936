package web_test

import (
	"context"
	"net/http"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	cdppage "github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"llmtutor/tutor"
	"llmtutor/web"
)

// citeCheck reads the last answer's markers and sources: the numbers shown, in reading order,
// and the sections listed under 出处.
const citeCheck = `(() => {
	const all = document.querySelectorAll("article.msg.assistant");
	const el = all[all.length - 1];
	return {
		Marks: [...el.querySelectorAll(".answer a.cite")].map((a) => a.textContent),
		Sources: [...el.querySelectorAll(".answer-sources > li")].map((li) => { const a = li.querySelector("a"); return a ? new URL(a.href).hash : ""; }),
		Values: [...el.querySelectorAll(".answer-sources > li")].map((li) => li.value),
	};
})()`

type citeShown struct {
	Marks, Sources []string
	Values         []int
}

// checkCites: markers run 1…n by first appearance, each number names one 出处 entry, and each
// cited section is listed once.
func checkCites(t *testing.T, what string, c citeShown) {
	t.Helper()
	if len(c.Marks) == 0 {
		t.Errorf("%s: no citation markers", what)
		return
	}
	next := 1
	for _, m := range c.Marks {
		mm := markerRe.FindStringSubmatch(m)
		if mm == nil {
			t.Errorf("%s: marker %q is not [n]", what, m)
			continue
		}
		n, _ := strconv.Atoi(mm[1])
		if n > next {
			t.Errorf("%s: markers %q do not run 1…n in reading order", what, c.Marks)
			break
		}
		if n == next {
			next++
		}
	}
	if len(c.Sources) != next-1 {
		t.Errorf("%s: %d sources for markers %q, want %d", what, len(c.Sources), c.Marks, next-1)
	}
	seen := map[string]bool{}
	for i, s := range c.Sources {
		if seen[s] {
			t.Errorf("%s: the section %s is listed twice in 出处 %q", what, s, c.Sources)
		}
		seen[s] = true
		if i < len(c.Values) && c.Values[i] != i+1 {
			t.Errorf("%s: 出处 entry %d is numbered %d", what, i+1, c.Values[i])
		}
	}
}

var markerRe = regexp.MustCompile(`^\[(\d+)\]$`)

// TestBrowserCitations asks the offline tutor real questions: markers run 1…n, each section is
// listed once, the 「检索过程」 summary is in plain words with the scores behind a toggle, and a
// citation's link marks the cited sentence inside its paragraph on the report page.
func TestBrowserCitations(t *testing.T) {
	requireChromium(t)
	f := sharedFixture(t)
	_, ts := startServer(t, nil, limitsWith(func(l *web.Limits) { l.AsksPerMinute = 1000 }))
	tb := openTab(t, 150*time.Second)
	tb.do("opening the chat", chromedp.Navigate(ts.URL+"/"), chromedp.WaitVisible(chromedp.CSS("#question")))
	for _, q := range []string{"GPQA Diamond 是什么？", "它一共有多少道题？", "o1 和 4o 有啥不一样", "什么是混合专家？"} {
		tb.ask(q)
		checkCites(t, q, evalIn[citeShown](tb, citeCheck))
	}

	// The inspector: plain words first, relevance bars, scores only on request.
	const last = `[...document.querySelectorAll("article.msg.assistant")].pop()`
	tb.do("opening 检索过程", chromedp.Evaluate[chromedp.Void](last+`.querySelector("details.retrieval").open = true`))
	plain := evalIn[string](tb, last+`.querySelector(".retrieval .plain").textContent`)
	if !regexp.MustCompile(`^在报告里找到 \d 段，用了其中 \d 段；第 \d 段最相关，因为它讲的正是「[^」]+」。$`).MatchString(plain) {
		t.Errorf("the inspector's summary reads %q", plain)
	}
	if n := evalIn[int](tb, last+`.querySelectorAll(".retrieval .rel-fill").length`); n == 0 {
		t.Error("the inspector shows no relevance bars")
	}
	if how := evalIn[string](tb, last+`.querySelector(".retrieval .how").textContent`); !strings.Contains(how, "词法检索") || !strings.Contains(how, "向量检索") {
		t.Errorf("the inspector does not explain lexical and vector search: %q", how)
	}
	scoresShown := last + `.querySelector(".retrieval .passages .scores").offsetParent !== null`
	if evalIn[bool](tb, scoresShown) {
		t.Error("raw scores are shown before 显示分数 is pressed")
	}
	tb.do("pressing 显示分数", chromedp.Evaluate[chromedp.Void](last+`.querySelector(".retrieval .show-scores").click()`))
	if !evalIn[bool](tb, scoresShown) || !strings.Contains(evalIn[string](tb, last+`.querySelector(".retrieval .passages .scores").textContent`), "融合") {
		t.Error("显示分数 does not show the raw scores")
	}
	tb.screenshot("inspector.png")

	// A score question: the report lists no scores and points to the official sources it cites;
	// the inspector says why nothing was quoted, and questions the report answers are offered.
	tb.ask("o3-mini 在 GPQA 上多少分")
	type scoreShown struct {
		Text, Plain string
		Sources     []string
		Offered     int
	}
	sc := evalIn[scoreShown](tb, `({Text: `+last+`.querySelector(".answer").textContent, Plain: `+last+`.querySelector(".retrieval .plain").textContent, `+
		`Sources: [...`+last+`.querySelectorAll(".answer a[href^='/sources#src-']")].map((a) => a.getAttribute("href")), Offered: `+last+`.querySelectorAll(".did-you-mean button").length})`)
	if !strings.Contains(sc.Text, "不收录模型的分数") || len(sc.Sources) == 0 {
		t.Errorf("the score question's answer reads %q with source links %q; want the report's scope and its official sources", sc.Text, sc.Sources)
	}
	if !strings.Contains(sc.Plain, "不收录模型的分数") || sc.Offered == 0 {
		t.Errorf("the score question's inspector reads %q and %d questions are offered; want the reason and some", sc.Plain, sc.Offered)
	}

	// The jump: the cited sentence is marked inside its paragraph, and only that paragraph is
	// highlighted. The quote is the tutor's when it sends one, else a sentence of the passage.
	var cites []tutor.Citation
	if err := f.tutor.Answer(context.Background(), tutor.Request{Question: "GPQA Diamond 是什么？"}, func(e tutor.Event) error {
		if e.Type == tutor.EventCitations {
			cites = e.Citations
		}
		return nil
	}); err != nil || len(cites) == 0 {
		t.Fatalf("no citations for the GPQA question (err %v)", err)
	}
	c := cites[0]
	quote, _, _ := strings.Cut(c.Quote, "\n") // the first cited sentence, as the chat links it
	if quote == "" {
		// The longest sentence or line of the passage.
		for _, s := range strings.FieldsFunc(c.Text, func(r rune) bool { return r == '\n' || r == '。' }) {
			if s = strings.TrimSpace(s); len(s) > len(quote) {
				quote = s
			}
		}
	}
	u, err := url.Parse(c.URL)
	if err != nil || quote == "" {
		t.Fatalf("citation %+v: no URL or sentence to mark", c)
	}
	qv := u.Query()
	qv.Set("q", quote)
	u.RawQuery = qv.Encode()
	tb.do("opening the cited passage", chromedp.Navigate(ts.URL+u.String()), chromedp.WaitVisible(chromedp.CSS("mark.quote")))
	type marked struct {
		Text           string
		InSection      bool
		Highlighted    int
		HighlightHolds bool
	}
	got := evalIn[marked](tb, `(() => {
		const ms = [...document.querySelectorAll("mark.quote")];
		const hl = [...document.querySelectorAll(".hl")];
		return {Text: ms.map((m) => m.textContent).join(""), InSection: ms.every((m) => m.closest("section#`+c.Anchor+`") !== null),
			Highlighted: hl.length, HighlightHolds: hl.length === 1 && hl[0].contains(ms[0])};
	})()`)
	norm := func(s string) string { return strings.Join(strings.Fields(s), "") }
	if norm(got.Text) != norm(quote) {
		t.Errorf("the report marks %q, want the cited sentence %q", got.Text, quote)
	}
	if !got.InSection || !got.HighlightHolds {
		t.Errorf("the mark is not inside #%s's highlighted paragraph (%d highlighted)", c.Anchor, got.Highlighted)
	}
	tb.screenshot("cited-sentence.png")
	// A sentence that is not there: the cited blocks are highlighted whole, as before.
	qv.Set("q", "这句话不在报告里。")
	u.RawQuery = qv.Encode()
	tb.do("opening with a missing sentence", chromedp.Navigate(ts.URL+u.String()), chromedp.WaitVisible(chromedp.CSS(".passage.hl")))
	if n := evalIn[int](tb, `document.querySelectorAll("mark.quote").length`); n != 0 {
		t.Errorf("%d marks for a sentence that is not in the passage", n)
	}
	if n, want := evalIn[int](tb, `document.querySelectorAll(".passage.hl").length`), len(strings.Split(qv.Get("hl"), ",")); n != want {
		t.Errorf("the fallback highlights %d blocks, want the %d cited", n, want)
	}
}

// fakeSocket replaces the page's WebSocket with one that answers from window.__script, so the
// page can be shown events the tutor does not send yet (a quote, a carried subject, decline
// suggestions) and numbering it must repair.
const fakeSocket = `(() => {
	window.__asked = [];
	class FakeWS extends EventTarget {
		constructor() { super(); this.readyState = 0; setTimeout(() => { this.readyState = 1; this.dispatchEvent(new Event("open")); }, 0); }
		send(d) {
			const f = JSON.parse(d);
			if (f.type !== "ask") return;
			window.__asked.push(f.question);
			const frames = window.__script(f.question);
			let i = 0;
			const next = () => {
				if (i >= frames.length) return;
				this.dispatchEvent(new MessageEvent("message", {data: JSON.stringify(Object.assign({id: f.id}, frames[i++]))}));
				setTimeout(next, 0);
			};
			setTimeout(next, 0);
		}
		close() {}
	}
	FakeWS.CONNECTING = 0; FakeWS.OPEN = 1;
	window.WebSocket = FakeWS;
	const gpqa = "/report/benchmarks?hl=bench-gpqa-diamond-p1#bench-gpqa-diamond";
	const passages = [
		{n: 1, anchor: "bench-gpqa-diamond", chapter: "benchmarks", chapter_title: "能力评测基准", title: "知识与科学推理 › GPQA Diamond", text: "GPQA Diamond 是难题。", url: gpqa, score: 0.3, lexical: 12.5, vector: 0.41, used: true},
		{n: 2, anchor: "bench-gpqa-diamond", chapter: "benchmarks", chapter_title: "能力评测基准", title: "知识与科学推理 › GPQA Diamond", text: "题目由专家编写。", url: gpqa, score: 0.2, lexical: 8.1, vector: 0.3, used: true},
		{n: 3, anchor: "bench-mmlu", chapter: "benchmarks", chapter_title: "能力评测基准", title: "知识与科学推理 › MMLU", text: "MMLU 有 57 个学科。", url: "/report/benchmarks#bench-mmlu", score: 0.1, lexical: 3.2, vector: 0.1, used: false},
	];
	window.__script = (q) => {
		if (q.includes("红烧肉")) return [
			{type: "retrieval", retrieval: {query: q, followup: false, covered: false, coverage: 0.1, mode: "offline", embedding: "local", passages: []}},
			{type: "token", text: "这份报告没有涉及这个问题。你可以问「什么是混合专家（MoE）？」或「GPQA Diamond 考什么？」。"},
			{type: "citations", citations: []},
			{type: "done", done: {mode: "offline", covered: false, suggestions: ["DeepSeek-R1 是怎样训练出来的？", "什么是推理模型？"]}},
		];
		return [
			{type: "retrieval", retrieval: {query: q + " GPQA Diamond graduate-level", followup: true, covered: true, coverage: 0.9, mode: "offline", embedding: "local",
				subject: "GPQA Diamond", added: ["graduate-level", "Google-proof"], passages}},
			{type: "token", text: "MMLU 不同 [3]。GPQA Diamond 共 198 题 [1][2]，题目由专家编写 [2]。MMLU 更宽 [3]。"},
			{type: "citations", citations: [
				{n: 1, anchor: "bench-gpqa-diamond", title: "知识与科学推理 › GPQA Diamond", url: gpqa, text: "这是前面的一段很长的铺垫文字，用来检验卡片会把被引用的句子放在上下文中间显示。这是前面的一段很长的铺垫文字，用来检验卡片会把被引用的句子放在上下文中间显示。GPQA Diamond 共 198 题。后面还有一句话，说明这些题目的来源。", quote: "GPQA Diamond 共 198 题。", supported: true},
				{n: 2, anchor: "bench-gpqa-diamond", title: "知识与科学推理 › GPQA Diamond", url: "/report/benchmarks?hl=bench-gpqa-diamond-p2#bench-gpqa-diamond", text: "题目由专家编写。", supported: true},
				{n: 3, anchor: "bench-mmlu", title: "知识与科学推理 › MMLU", url: "/report/benchmarks#bench-mmlu", text: "MMLU 有 57 个学科。", supported: true},
			]},
			{type: "done", done: {mode: "offline", covered: true}},
		];
	};
})()`

// TestBrowserCitationRendering shows the page events from a scripted socket: markers the server
// numbered out of order are renumbered 1…n with one 出处 entry per section; a citation's link
// carries its sentence and its card shows it in context; the inspector explains a carried
// subject and added words; a decline's suggestions and example questions ask when clicked.
func TestBrowserCitationRendering(t *testing.T) {
	requireChromium(t)
	_, ts := startServer(t, nil, limitsWith(nil))
	tb := openTab(t, 90*time.Second)
	tb.must("replacing the socket", func() error {
		_, err := chromedp.Call(tb.ctx, cdppage.AddScriptToEvaluateOnNewDocument, cdppage.AddScriptToEvaluateOnNewDocumentParams{Source: fakeSocket})
		return err
	}())
	tb.do("opening the chat", chromedp.Navigate(ts.URL+"/"), chromedp.WaitVisible(chromedp.CSS("#question")))
	tb.ask("它一共有多少道题？")
	c := evalIn[citeShown](tb, citeCheck)
	checkCites(t, "scripted answer", c)
	if strings.Join(c.Marks, "") != "[1][2][2][1]" || strings.Join(c.Sources, " ") != "#bench-mmlu #bench-gpqa-diamond" {
		t.Errorf("markers %q and sources %q; want [1][2][2][1] and MMLU before GPQA Diamond", c.Marks, c.Sources)
	}
	// The marker for [1] of the server (now 2) links with its sentence; its card shows it marked
	// in the middle of its passage.
	href := evalIn[string](tb, `document.querySelector("article.msg.assistant .answer a.cite[data-n='1']").getAttribute("href")`)
	if u, err := url.Parse(href); err != nil || u.Query().Get("q") != "GPQA Diamond 共 198 题。" || u.Query().Get("hl") != "bench-gpqa-diamond-p1" || u.Fragment != "bench-gpqa-diamond" {
		t.Errorf("the citation links %q; want hl, q= the sentence and the anchor", href)
	}
	tb.do("hovering the citation", chromedp.Evaluate[chromedp.Void](`document.querySelector("article.msg.assistant .answer a.cite[data-n='1']").dispatchEvent(new MouseEvent("mouseover", {bubbles: true}))`))
	tb.wait("waiting for the card", `!document.getElementById("cite-card").hidden`)
	type cardText struct{ Mark, Text string }
	ct := evalIn[cardText](tb, `({Mark: (document.querySelector("#cite-card mark") || {}).textContent || "", Text: document.getElementById("cite-card").textContent})`)
	if ct.Mark != "GPQA Diamond 共 198 题。" || !strings.Contains(ct.Text, "…") || !strings.Contains(ct.Text, "后面还有一句话") {
		t.Errorf("the card reads %q with %q marked; want the sentence marked inside its context", ct.Text, ct.Mark)
	}
	tb.do("closing the card", pressKey("Escape", "Escape", 27))
	tb.wait("waiting for Esc to close the card", `document.getElementById("cite-card").hidden`)

	// The inspector explains the carried subject and the added words.
	const last = `[...document.querySelectorAll("article.msg.assistant")].pop()`
	plain := evalIn[string](tb, last+`.querySelector(".retrieval .plain").textContent`)
	if plain != "在报告里找到 3 段，用了其中 2 段；第 1 段最相关，因为它讲的正是「GPQA Diamond」。" {
		t.Errorf("the inspector's summary reads %q", plain)
	}
	qx := evalIn[string](tb, last+`.querySelector(".retrieval .query-explain").textContent`)
	if !strings.Contains(qx, "「GPQA Diamond」") || !strings.Contains(qx, "「graduate-level」「Google-proof」") {
		t.Errorf("the inspector explains the query as %q; want the subject and the added words", qx)
	}

	// A decline: 「你是不是想问」 chips and the example questions ask when clicked.
	tb.ask("红烧肉怎么做？")
	chips := evalIn[[]string](tb, last+`.querySelectorAll(".did-you-mean button").length ? [...`+last+`.querySelectorAll(".did-you-mean button")].map((b) => b.textContent) : []`)
	if strings.Join(chips, "|") != "DeepSeek-R1 是怎样训练出来的？|什么是推理模型？" {
		t.Errorf("the decline offers %q", chips)
	}
	if h := evalIn[string](tb, last+`.querySelector(".did-you-mean .chips-head").textContent`); h != "你是不是想问：" {
		t.Errorf("the suggestions are headed %q", h)
	}
	tb.do("clicking a suggestion", chromedp.Evaluate[chromedp.Void](last+`.querySelector(".did-you-mean button").click()`))
	tb.wait("waiting for the suggestion to be asked", `window.__asked[window.__asked.length - 1] === "DeepSeek-R1 是怎样训练出来的？" && document.getElementById("stop").hidden`)
	tb.ask("红烧肉怎么做？")
	examples := evalIn[[]string](tb, `[...`+last+`.querySelectorAll(".answer button.inline-ask")].map((b) => b.textContent)`)
	if strings.Join(examples, "|") != "什么是混合专家（MoE）？|GPQA Diamond 考什么？" {
		t.Errorf("the decline's example questions are %q, want two buttons", examples)
	}
	tb.do("clicking an example", chromedp.Evaluate[chromedp.Void](last+`.querySelector(".answer button.inline-ask").click()`))
	tb.wait("waiting for the example to be asked", `window.__asked[window.__asked.length - 1] === "什么是混合专家（MoE）？" && document.getElementById("stop").hidden`)
	if n := evalIn[int](tb, `document.querySelectorAll("button.regen").length`); n != 0 {
		t.Errorf("%d 重新生成 buttons in offline mode, want none", n)
	}
}

// termAnswer uses glossary terms inside longer terms and compounds.
const termAnswer = "o1 这类推理模型擅长数学推理，也会犯推理错误 [1]。它的总参数很多，推理（运行）时只用激活参数 [1]。"

// TestBrowserTermsCardsAndStatus drives a generated answer: glossary terms link longest-first
// and never inside a compound; cards stay open while the pointer is on them and close on Esc;
// the status moves 检索 → 思考（N 秒）→ 作答, with the reasoning live while it lasts.
func TestBrowserTermsCardsAndStatus(t *testing.T) {
	requireChromium(t)
	reasoning := make([]sseDelta, 0, 40)
	for range 14 {
		reasoning = append(reasoning, sseDelta{reasoning: "先想一想。"})
	}
	up := newScriptedUpstream(t, 0, func(w http.ResponseWriter, r *http.Request, _ string) {
		writeSSE(w, r, 100*time.Millisecond, append(append([]sseDelta(nil), reasoning...), pieces(termAnswer, 6)...)...)
	})
	_, ts := startServer(t, up.tutor(t, "sk-test", tutor.Config{}), limitsWith(nil))
	tb := openTab(t, 120*time.Second)
	tb.do("opening the chat", chromedp.Navigate(ts.URL+"/"), chromedp.WaitVisible(chromedp.CSS("#question")),
		chromedp.Evaluate[chromedp.Void](`(() => {
			window.__phases = [];
			new MutationObserver(() => {
				const p = document.querySelector("article.msg.assistant:last-of-type .phase");
				const v = p ? p.dataset.phase : "";
				if (v && window.__phases[window.__phases.length - 1] !== v) window.__phases.push(v);
			}).observe(document.getElementById("messages"), {childList: true, subtree: true});
		})()`))
	tb.do("asking", chromedp.SendKeys(chromedp.CSS("#question"), "推理模型是什么？"), pressEnter())
	tb.wait("waiting for the thinking status", `(() => { const p = document.querySelector("article.msg.assistant .phase"); return p && /^正在思考（\d+ 秒）……$/.test(p.textContent) && document.querySelector("article.msg.assistant details.reasoning").open; })()`)
	tb.wait("waiting for a second of thinking", `/（[1-9]\d* 秒）/.test(document.querySelector("article.msg.assistant .phase").textContent)`)
	tb.wait("waiting for the answer", `document.querySelector("article.msg.assistant .msg-actions") !== null && document.getElementById("stop").hidden`)
	if ph := strings.Join(evalIn[[]string](tb, `window.__phases`), " "); ph != "retrieve think answer" {
		t.Errorf("the status went %q, want retrieve think answer", ph)
	}
	if s := evalIn[string](tb, `document.querySelector("article.msg.assistant details.reasoning summary").textContent`); !regexp.MustCompile(`^思考过程（用时 [1-9]\d* 秒）$`).MatchString(s) {
		t.Errorf("the finished reasoning is headed %q", s)
	}
	if open := evalIn[bool](tb, `document.querySelector("article.msg.assistant details.reasoning").open`); open {
		t.Error("the reasoning stays open after the answer")
	}
	if n := evalIn[int](tb, `document.querySelectorAll("button.regen").length`); n != 1 {
		t.Errorf("%d 重新生成 buttons in generative mode, want 1", n)
	}

	// Terms: 推理模型 and 激活参数 whole; 推理 only where it stands alone; nothing in 数学推理,
	// 推理错误 or 总参数.
	const ans = "article.msg.assistant .answer"
	tb.wait("waiting for glossary terms", `document.querySelectorAll("`+ans+` a.term").length > 0`)
	type link struct{ Text, Term, After string }
	links := evalIn[[]link](tb, `[...document.querySelectorAll("`+ans+` a.term")].map((a) => ({Text: a.textContent, Term: a.dataset.term, After: (a.nextSibling && a.nextSibling.textContent || "").slice(0, 4)}))`)
	got := map[string]link{}
	for _, l := range links {
		got[l.Text] = l
	}
	if got["推理模型"].Term != "term-reasoning-model" || got["激活参数"].Term != "term-active-parameters" {
		t.Errorf("terms linked %+v; want 推理模型 and 激活参数 as whole terms", links)
	}
	if l, ok := got["推理"]; ok && !strings.HasPrefix(l.After, "（运行）") {
		t.Errorf("推理 is linked before %q, inside a compound", l.After)
	}
	if _, ok := got["参数"]; ok {
		t.Errorf("参数 is linked inside 总参数 or 激活参数: %+v", links)
	}
	text := evalIn[string](tb, `document.querySelector("`+ans+`").textContent`)
	if !strings.Contains(text, "数学推理") || !strings.Contains(text, "推理错误") || !strings.Contains(text, "总参数") {
		t.Errorf("the answer reads %q", text)
	}

	// Cards: the term card stays while the pointer moves onto it, goes when it leaves, and Esc
	// closes it.
	type point struct{ X, Y float64 }
	center := func(sel string) point {
		return evalIn[point](tb, `(() => { const r = document.querySelector("`+sel+`").getBoundingClientRect(); return {X: r.left + r.width / 2, Y: r.top + r.height / 2}; })()`)
	}
	term := ans + ` a.term[data-term='term-reasoning-model']`
	p := center(term)
	tb.do("hovering the term", chromedp.MouseEvent(chromedp.MouseMoved, p.X, p.Y))
	tb.wait("waiting for the term card", `!document.querySelector(".term-tip").hidden`)
	c := center(".term-tip")
	tb.do("moving onto the card", chromedp.MouseEvent(chromedp.MouseMoved, (p.X+c.X)/2, (p.Y+c.Y)/2), chromedp.MouseEvent(chromedp.MouseMoved, c.X, c.Y))
	time.Sleep(700 * time.Millisecond) // longer than the card's grace period
	if hidden := evalIn[bool](tb, `document.querySelector(".term-tip").hidden`); hidden {
		t.Error("the term card vanished while the pointer was on it")
	}
	tb.do("pressing Esc", pressKey("Escape", "Escape", 27))
	tb.wait("waiting for Esc to close the term card", `document.querySelector(".term-tip").hidden`)
	cite := ans + " a.cite"
	p = center(cite)
	tb.do("hovering the citation", chromedp.MouseEvent(chromedp.MouseMoved, p.X, p.Y))
	tb.wait("waiting for the citation card", `!document.getElementById("cite-card").hidden`)
	c = center("#cite-card")
	tb.do("moving onto the card", chromedp.MouseEvent(chromedp.MouseMoved, c.X, c.Y))
	time.Sleep(700 * time.Millisecond)
	if hidden := evalIn[bool](tb, `document.getElementById("cite-card").hidden`); hidden {
		t.Error("the citation card vanished while the pointer was on it")
	}
	tb.do("leaving the card", chromedp.MouseEvent(chromedp.MouseMoved, 2, 2))
	tb.wait("waiting for the card to go", `document.getElementById("cite-card").hidden`)
	tb.do("hovering the citation again", chromedp.MouseEvent(chromedp.MouseMoved, p.X, p.Y))
	tb.wait("waiting for the citation card", `!document.getElementById("cite-card").hidden`)
	tb.do("pressing Esc", pressKey("Escape", "Escape", 27))
	tb.wait("waiting for Esc to close the citation card", `document.getElementById("cite-card").hidden`)
}
