package web_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	cdppage "github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"llmtutor/corpus"
)

// watchCSP records, from before any script of the page runs, every CSP violation and whether a
// hostile figure's script ran (it would set window.__pwned).
const watchCSP = `window.__csp = [];
document.addEventListener("securitypolicyviolation", (e) => window.__csp.push(e.violatedDirective + " " + e.blockedURI + " " + e.sourceFile + ":" + e.lineNumber));`

func installCSPWatch(tb *tab) {
	tb.t.Helper()
	_, err := chromedp.Call(tb.ctx, cdppage.AddScriptToEvaluateOnNewDocument, cdppage.AddScriptToEvaluateOnNewDocumentParams{Source: watchCSP})
	tb.must("installing the CSP watch", err)
}

// TestBrowserFigures opens every chapter with figures under the server's CSP, at 375 and 1280 px
// wide, light and dark: no CSP violation and no script from a figure; every figure drawn, its
// text at least 11 px on a phone and coloured by the page's theme. Each figure is screenshot
// into $TUTOR_ARTIFACTS/figures.
func TestBrowserFigures(t *testing.T) {
	requireChromium(t)
	f := sharedFixture(t)
	_, ts := startServer(t, nil, limitsWith(nil))
	tb := openTab(t, 4*time.Minute)
	installCSPWatch(tb)
	dir := filepath.Join(tb.artifacts, "figures")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	byChapter := map[string][]*corpus.Figure{}
	var slugs []string
	for _, fig := range f.report.Figures() {
		slug := fig.Section.Chapter.Slug
		if byChapter[slug] == nil {
			slugs = append(slugs, slug)
		}
		byChapter[slug] = append(byChapter[slug], fig)
	}
	for _, width := range []int64{375, 1280} {
		for _, dark := range []bool{false, true} {
			mode := map[bool]string{false: "light", true: "dark"}[dark]
			tb.do("sizing the window", chromedp.EmulateViewport(width, 900))
			emulateDark(tb, dark)
			for _, slug := range slugs {
				tb.do("opening /report/"+slug, chromedp.Navigate(ts.URL+"/report/"+slug), chromedp.WaitVisible(chromedp.CSS("main")))
				for _, fig := range byChapter[slug] {
					sel := "#" + fig.Anchor
					// The smallest text on screen, in CSS pixels, and the luminance of the text colour
					// (the fill of the figure's first <text> without a class).
					got := evalIn[[]float64](tb, fmt.Sprintf(`(() => {
						const svg = document.querySelector(%q + " svg");
						if (!svg) return [-1, -1, -1];
						const scale = svg.getScreenCTM().a;
						let min = 1e9;
						for (const el of svg.querySelectorAll("text, tspan")) {
							if (!el.textContent.trim()) continue;
							min = Math.min(min, parseFloat(getComputedStyle(el).fontSize) * scale);
						}
						const plain = [...svg.querySelectorAll("text")].find((el) => !el.getAttribute("class"));
						const m = getComputedStyle(plain || svg).fill.match(/\d+(\.\d+)?/g).map(Number);
						const lin = (c) => { c /= 255; return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4); };
						return [svg.getBoundingClientRect().width, min, 0.2126 * lin(m[0]) + 0.7152 * lin(m[1]) + 0.0722 * lin(m[2])];
					})()`, sel))
					if got[0] <= 0 {
						t.Errorf("%s at %d px (%s): the figure is not drawn", fig.Anchor, width, mode)
						continue
					}
					if width == 375 && !dark {
						// Text that runs past the drawing's edge is cut off on every screen.
						out := evalIn[[]string](tb, fmt.Sprintf(`(() => {
							const svg = document.querySelector(%q + " svg"), s = svg.getBoundingClientRect(), out = [];
							for (const el of svg.querySelectorAll("text")) {
								const b = el.getBoundingClientRect();
								if (b.left < s.left - 1 || b.right > s.right + 1 || b.top < s.top - 1 || b.bottom > s.bottom + 1) out.push(el.textContent);
							}
							return out;
						})()`, sel))
						if len(out) > 0 {
							t.Errorf("%s: text runs past the drawing's edge: %q", fig.Anchor, out)
						}
					}
					if width == 375 && got[1] < 11 {
						t.Errorf("%s at 375 px: text as small as %.1f px, want at least 11", fig.Anchor, got[1])
					}
					if dark && got[2] < 0.4 || !dark && got[2] > 0.1 {
						t.Errorf("%s in %s mode: text luminance %.2f does not follow the theme", fig.Anchor, mode, got[2])
					}
					buf, err := chromedp.Run(tb.ctx, chromedp.Screenshot(chromedp.CSS(sel)))
					tb.must("screenshot of "+fig.Anchor, err)
					name := filepath.Join(dir, fmt.Sprintf("%s-%d-%s.png", fig.Anchor, width, mode))
					tb.must("writing "+name, os.WriteFile(name, buf, 0o644))
				}
				if v := evalIn[[]string](tb, `window.__csp`); len(v) > 0 {
					t.Errorf("/report/%s: CSP violations: %v", slug, v)
				}
			}
		}
	}
	t.Logf("figure screenshots: %s", dir)
}

// hostileSVG tries every way an SVG could run code in the page. The corpus check refuses it,
// so the page must show no drawing, and nothing of it may run.
const hostileSVG = `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 100 100" onload="window.__pwned='onload'">
  <title>恶意图</title>
  <desc>试图执行脚本的图。</desc>
  <script>window.__pwned = "script";</script>
  <foreignObject width="100" height="100"><img xmlns="http://www.w3.org/1999/xhtml" src="x" onerror="window.__pwned='foreignObject'"/></foreignObject>
  <image href="https://evil.example/x.png" width="10" height="10"/>
  <a xlink:href="javascript:window.__pwned='link'"><text x="10" y="20">点我</text></a>
  <style>@import url(https://evil.example/x.css);</style>
  <rect x="0" y="0" width="10" height="10" style="fill:red"/>
</svg>
`

// trickySVG passes the check but carries markup in its text: the sanitizer writes it as text.
const trickySVG = `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 360 60">
  <title>看似无害的图</title>
  <desc>文字里藏着 &lt;/svg&gt;&lt;script&gt;window.__pwned="desc"&lt;/script&gt; 这样的标记。</desc>
  <text x="8" y="30">&lt;/svg&gt;&lt;img src=x onerror="window.__pwned='text'"&gt;</text>
</svg>
`

// TestBrowserHostileFigure serves a report with a hostile and a tricky figure under the real
// CSP: the check refuses the hostile one, which the page then leaves out; the tricky one shows
// its markup as text; no script runs and no request leaves the server.
func TestBrowserHostileFigure(t *testing.T) {
	requireChromium(t)
	fx := sharedFixture(t)
	chapter := `---
title: 图的安全
summary: 两张图：一张恶意，一张看似无害。
---

两张图的导语，见[图](#fig-evil)和[图](#fig-tricky) [@paper-a]。

![恶意图 [@paper-a]](../figures/fig-evil.svg "一张试图执行脚本的图。") {#fig-evil}

![看似无害的图 [@paper-a]](../figures/fig-tricky.svg "一张文字里藏着标记的图。") {#fig-tricky}
`
	r, err := corpus.Parse(fstest.MapFS{
		"report/01-safety.md":    {Data: []byte(chapter)},
		"figures/fig-evil.svg":   {Data: []byte(hostileSVG)},
		"figures/fig-tricky.svg": {Data: []byte(trickySVG)},
		"sources/a.yaml":         {Data: []byte("- key: paper-a\n  title: Paper A\n  publisher: Lab A\n  date: 2023\n  url: https://example.com/a\n  type: paper\n  lang: en\n")},
	})
	if err != nil {
		t.Fatal(err)
	}
	var refused []string
	for _, p := range r.Check() {
		if p.File == "figures/fig-evil.svg" {
			refused = append(refused, p.Msg)
		}
	}
	for _, want := range []string{"onload", "<script>", "<foreignObject>", "<image>", "<style>", "style attribute", "element <a>"} {
		if !strings.Contains(strings.Join(refused, "\n"), want) {
			t.Errorf("the check does not refuse the hostile figure's %s; it says:\n%s", want, strings.Join(refused, "\n"))
		}
	}
	_, ts, stop := newServer(r, fx.index, fx.tutor, limitsWith(nil))
	t.Cleanup(stop)

	tb := openTab(t, time.Minute)
	installCSPWatch(tb)
	tb.do("opening the chapter", chromedp.Navigate(ts.URL+"/report/safety"), chromedp.WaitVisible(chromedp.CSS("#fig-tricky svg")))
	if n := evalIn[int](tb, `document.querySelectorAll("#fig-evil svg").length`); n != 0 {
		t.Errorf("the refused figure was inlined (%d svg)", n)
	}
	if got := evalIn[string](tb, `document.querySelector("#fig-tricky svg text").textContent`); !strings.Contains(got, "<img src=x onerror=") {
		t.Errorf("the tricky figure's text is %q, want its markup shown as text", got)
	}
	// The refused figure is not served alone either; the tricky one is, as an image.
	if p := get(t, ts.URL+"/figures/fig-evil.svg"); p.status != 404 {
		t.Errorf("the refused figure is served alone: status %d", p.status)
	}
	tb.do("loading the tricky figure as an image", chromedp.Evaluate[chromedp.Void](`{ const i = new Image(); i.src = "/figures/fig-tricky.svg"; document.body.appendChild(i); }`))
	tb.wait("the tricky figure loads as an image", `[...document.images].some((i) => i.src.endsWith("fig-tricky.svg") && i.complete)`)
	if v := evalIn[string](tb, `String(window.__pwned)`); v != "undefined" {
		t.Errorf("a figure ran a script: window.__pwned = %s", v)
	}
	if v := evalIn[[]string](tb, `window.__csp`); len(v) > 0 {
		t.Errorf("CSP violations: %v", v)
	}
}

// TestBrowserFigureThumbnail asks the offline tutor what a Transformer looks like: the answer
// cites the Transformer figure, the chat shows its thumbnail, and the thumbnail opens the
// figure, highlighted, in the report.
func TestBrowserFigureThumbnail(t *testing.T) {
	requireChromium(t)
	_, ts := startServer(t, nil, limitsWith(nil))
	tb := openTab(t, 90*time.Second)
	installCSPWatch(tb)
	tb.do("opening the chat", chromedp.Navigate(ts.URL+"/"), chromedp.WaitVisible(chromedp.CSS("#question")))
	tb.ask("Transformer 长什么样？")
	tb.wait("the figure's thumbnail", `document.querySelector('a.fig-thumb[data-figure="fig-transformer-block"] svg text') !== null`)
	if label := evalIn[string](tb, `document.querySelector("a.fig-thumb").textContent`); !strings.Contains(label, "Transformer") {
		t.Errorf("thumbnail label %q", label)
	}
	tb.screenshot("figure-thumbnail.png")
	tb.click("opening the thumbnail", "a.fig-thumb")
	tb.wait("the report with the figure highlighted", `location.pathname === "/report/principles" && document.querySelector("#fig-transformer-block.hl") !== null`)
	if v := evalIn[[]string](tb, `window.__csp`); len(v) > 0 {
		t.Errorf("CSP violations: %v", v)
	}
}
