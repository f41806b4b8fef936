package web_test

import (
	"bytes"
	"fmt"
	"math"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/emulation"
	cdppage "github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// viewport is a window the reading pages are checked in.
type viewport struct {
	name          string
	width, height int64
	mobile        bool
}

var readingViewports = []viewport{{"desktop", 1280, 900, false}, {"phone", 375, 812, true}}

func setViewport(tb *tab, v viewport) {
	tb.t.Helper()
	scale := 1.0
	if v.mobile {
		scale = 2
	}
	_, err := chromedp.Call(tb.ctx, emulation.SetDeviceMetricsOverride, emulation.SetDeviceMetricsOverrideParams{
		Width: v.width, Height: v.height, DeviceScaleFactor: scale, Mobile: v.mobile,
	})
	tb.must("setting the viewport to "+v.name, err)
}

// readingShots are the pages photographed for the typography review: a long chapter, the
// chapter with the models table (scrolled to it), the glossary, a search and the sources.
var readingShots = []struct{ name, path, scrollTo string }{
	{"concepts", "/report/concepts-core", ""},
	{"models-table", "/report/models", "models-overview-table"},
	{"glossary", "/glossary", ""},
	{"search", "/search?q=" + url.QueryEscape("混合专家"), ""},
	{"sources", "/sources", ""},
}

// TestBrowserReadingScreenshots photographs the reading pages at desktop and phone width, in
// light and dark, into the artifacts directory (reading-<page>-<width>-<scheme>.png).
func TestBrowserReadingScreenshots(t *testing.T) {
	requireChromium(t)
	_, ts := startServer(t, nil, limitsWith(nil))
	tb := openTab(t, 180*time.Second)
	for _, v := range readingViewports {
		setViewport(tb, v)
		for _, dark := range []bool{false, true} {
			emulateDark(tb, dark)
			scheme := "light"
			if dark {
				scheme = "dark"
			}
			for _, s := range readingShots {
				tb.do("opening "+s.path, chromedp.Navigate(ts.URL+s.path), chromedp.WaitVisible(chromedp.CSS("main")))
				if s.scrollTo != "" {
					tb.do("scrolling to #"+s.scrollTo, chromedp.Evaluate[chromedp.Void](fmt.Sprintf(`document.getElementById(%q).scrollIntoView()`, s.scrollTo)))
				}
				tb.wait("waiting for the fonts", `document.fonts.status === "loaded"`)
				tb.screenshot(strings.Join([]string{"reading", s.name, v.name, scheme}, "-") + ".png")
			}
		}
	}
}

// pdfPages counts the pages of a PDF by its page objects.
func pdfPages(pdf []byte) int {
	return len(regexp.MustCompile(`/Type\s*/Page[^s]`).FindAll(pdf, -1))
}

// TestBrowserWholeReportPDF prints /report/all to an A4 PDF as a reader would save it: the page
// count is that of the whole report, and nothing of the site's navigation or controls prints.
func TestBrowserWholeReportPDF(t *testing.T) {
	requireChromium(t)
	f := sharedFixture(t)
	_, ts := startServer(t, nil, limitsWith(nil))
	tb := openTab(t, 240*time.Second)
	tb.do("opening /report/all", chromedp.Navigate(ts.URL+"/report/all"), chromedp.WaitVisible(chromedp.CSS("#bibliography")))
	_, err := chromedp.Call(tb.ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: "print"})
	tb.must("emulating print media", err)
	// In print, no navigation, header, form, button or chat control takes any room.
	visible := evalIn[[]string](tb, `Array.from(document.querySelectorAll(
		"header, nav, [role=navigation], [role=banner], form, button, .page-toc, .to-top, .read-progress, .sec-ask, .sec-copy, .asks, .skip"))
		.filter((e) => e.getClientRects().length > 0)
		.map((e) => e.outerHTML.slice(0, 100))`)
	if len(visible) > 0 {
		t.Errorf("%d navigation elements print, e.g. %q", len(visible), visible[:min(3, len(visible))])
	}
	// Each chapter and the bibliography begin a page; the outside links show their address.
	if got := evalIn[string](tb, `getComputedStyle(document.getElementById("bibliography")).breakBefore`); got != "page" {
		t.Errorf("the bibliography's break-before is %q, want page", got)
	}
	if got := evalIn[string](tb, `getComputedStyle(document.querySelector("ol.sources a[href^='http']"), "::after").content`); !strings.Contains(got, "http") {
		t.Errorf("an outside link prints without its address: ::after content %q", got)
	}
	setViewport(tb, viewport{"a4", 794, 1123, false})
	tb.do("scrolling to the first chapter", chromedp.Evaluate[chromedp.Void](`document.querySelector(".whole-chapter").scrollIntoView()`))
	tb.screenshot("report-all-print.png")
	landscape, background, cssSize := false, false, true
	res, err := chromedp.Call(tb.ctx, cdppage.PrintToPDF, cdppage.PrintToPDFParams{
		Landscape: &landscape, PrintBackground: &background, PreferCSSPageSize: &cssSize,
	})
	tb.must("printing to PDF", err)
	if !bytes.HasPrefix(res.Data, []byte("%PDF-")) {
		t.Fatalf("not a PDF: %q", res.Data[:min(20, len(res.Data))])
	}
	n := pdfPages(res.Data)
	path := filepath.Join(tb.artifacts, "report-all.pdf")
	tb.must("writing the PDF", os.WriteFile(path, res.Data, 0o644))
	t.Logf("the whole report prints to %d A4 pages, %.1f MiB: %s", n, float64(len(res.Data))/(1<<20), path)
	// About 600 characters of text per chapter section would be a few hundred pages; a page
	// count far below means chapters are missing, far above that the layout broke.
	var runes int
	for _, c := range f.report.Chapters {
		for _, s := range c.Sections {
			for _, b := range s.Blocks {
				runes += utf8.RuneCountInString(b.PlainText())
			}
		}
	}
	lo, hi := runes/2500, runes/500
	if n < lo || n > hi {
		t.Errorf("%d pages for %d characters of text, want %d–%d", n, runes, lo, hi)
	}
	// A4 at the CSS page size: 595.3×841.9 points, every page.
	boxes := regexp.MustCompile(`/MediaBox\s*\[\s*0\s+0\s+([0-9.]+)\s+([0-9.]+)\s*\]`).FindAllSubmatch(res.Data, -1)
	if len(boxes) == 0 {
		t.Error("the PDF has no page size")
	}
	for _, m := range boxes {
		w, _ := strconv.ParseFloat(string(m[1]), 64)
		h, _ := strconv.ParseFloat(string(m[2]), 64)
		if math.Abs(w-595.3) > 1.5 || math.Abs(h-841.9) > 1.5 {
			t.Errorf("a page is %.1f×%.1f points, want A4 (595.3×841.9)", w, h)
			break
		}
	}
}

// TestBrowserChapterNavigation: on a long chapter the contents follow the reader, 「复制本节链接」
// copies the section's address, tables scroll by keyboard, and on a phone the contents fold.
func TestBrowserChapterNavigation(t *testing.T) {
	requireChromium(t)
	_, ts := startServer(t, nil, limitsWith(nil))
	tb := openTab(t, 120*time.Second)
	var err error
	for _, name := range []string{"clipboard-read", "clipboard-write"} {
		_, err = chromedp.Call(tb.ctx, browser.SetPermission, browser.SetPermissionParams{
			Permission: &browser.PermissionDescriptor{Name: name}, Setting: browser.PermissionSettingGranted,
		})
		tb.must("granting "+name, err)
	}
	_, err = chromedp.Call(tb.ctx, emulation.SetFocusEmulationEnabled, emulation.SetFocusEmulationEnabledParams{Enabled: true})
	tb.must("emulating focus", err)
	setViewport(tb, readingViewports[0])
	tb.do("opening a long chapter", chromedp.Navigate(ts.URL+"/report/concepts-core"), chromedp.WaitVisible(chromedp.CSS("#page-toc")))
	if !evalIn[bool](tb, `document.getElementById("page-toc").open`) {
		t.Error("on a wide screen the contents are folded")
	}
	if pos := evalIn[string](tb, `getComputedStyle(document.getElementById("page-toc")).position`); pos != "sticky" {
		t.Errorf("the contents are position %q, want sticky", pos)
	}
	// Scroll to an entry deep in the chapter: its contents entry becomes current, the header
	// and the way back to the top stay in view.
	tb.do("scrolling to #term-scaling-laws", chromedp.Evaluate[chromedp.Void](`document.getElementById("term-scaling-laws").scrollIntoView()`))
	tb.wait("waiting for the scroll-spy", `(document.querySelector("#page-toc a[aria-current]") || {}).hash === "#term-scaling-laws"`)
	if top := evalIn[float64](tb, `document.querySelector("header.site").getBoundingClientRect().top`); top != 0 {
		t.Errorf("the site header scrolled away (top %v)", top)
	}
	tb.wait("waiting for 回到顶部", `getComputedStyle(document.querySelector(".to-top")).visibility === "visible"`)
	// The progress line has grown with the scroll: part of the way, not all of it.
	tb.wait("waiting for the reading progress", `(() => { const m = new DOMMatrix(getComputedStyle(document.querySelector(".read-progress span")).transform); return m.a > 0.05 && m.a < 0.95; })()`)
	// 「复制本节链接」 copies the absolute URL with the anchor.
	tb.click("clicking 复制本节链接", `#term-scaling-laws .sec-copy`)
	tb.wait("waiting for the notice", `(document.querySelector(".toast") || {}).textContent !== undefined && document.querySelector(".toast").textContent !== ""`)
	if got := evalIn[string](tb, `document.querySelector(".toast").textContent`); got != "已复制本节链接" {
		t.Errorf("the notice says %q, want 已复制本节链接", got)
	}
	copied, err := chromedp.Run(tb.ctx, chromedp.Evaluate[string](`navigator.clipboard.readText()`, chromedp.EvalAwaitPromise))
	tb.must("reading the clipboard", err)
	if got, want := copied, ts.URL+"/report/concepts-core#term-scaling-laws"; got != want {
		t.Errorf("copied %q, want %q", got, want)
	}
	// 「就本节提问」 asks the chat about the section.
	ask := evalIn[string](tb, `document.querySelector("#term-scaling-laws .sec-ask").href`)
	u, err := url.Parse(ask)
	if err != nil || u.Path != "/" || !strings.HasSuffix(u.Query().Get("ask"), "是什么？") || u.Query().Get("about") != "term-scaling-laws" {
		t.Errorf("就本节提问 links to %q", ask)
	}
	// A table is a named region a keyboard can scroll.
	tb.do("opening the models", chromedp.Navigate(ts.URL+"/report/models"), chromedp.WaitVisible(chromedp.CSS(".table-wrap")))
	info := evalIn[map[string]any](tb, `(() => { const w = document.querySelector("#models-overview-table .table-wrap"); w.focus();
		const first = w.querySelector("tbody td"); const before = first.getBoundingClientRect().left; w.scrollLeft = 200;
		return {focused: document.activeElement === w, label: w.getAttribute("aria-label"), role: w.getAttribute("role"),
			stuck: Math.abs(first.getBoundingClientRect().left - before) < 1, width: w.clientWidth}; })()`)
	if info["focused"] != true || !strings.HasPrefix(fmt.Sprint(info["label"]), "表格：") || info["role"] != "region" {
		t.Errorf("the table's scroll region: %v", info)
	}
	if info["stuck"] != true {
		t.Errorf("the first column scrolls away with the table: %v", info)
	}
	// On a phone the contents fold into a bar that names the current section.
	setViewport(tb, readingViewports[1])
	tb.do("reopening on a phone", chromedp.Navigate(ts.URL+"/report/concepts-core#term-scaling-laws"), chromedp.WaitVisible(chromedp.CSS("#page-toc")))
	if evalIn[bool](tb, `document.getElementById("page-toc").open`) {
		t.Error("on a phone the contents start open")
	}
	tb.wait("waiting for the folded contents to name the section", `document.querySelector("#page-toc .toc-current").textContent.startsWith("缩放定律")`)
	tb.click("opening the contents", "#page-toc summary")
	tb.wait("waiting for the contents to open", `document.getElementById("page-toc").open`)
	tb.click("choosing an entry", `#page-toc nav a[href="#term-moe"]`)
	tb.wait("waiting for the contents to fold after the choice", `!document.getElementById("page-toc").open && location.hash === "#term-moe"`)
}

// readingPages are every kind of reading page: the contents, the whole report (every
// chapter's text), two chapters with their navigation, the glossary, sources and a search.
var readingPages = []string{"/report", "/report/all", "/report/concepts-core", "/report/models", "/glossary?cat=" + url.QueryEscape("模型与架构"), "/sources#src-transformer-paper", "/search?q=" + url.QueryEscape("混合专家")}

// TestBrowserReadingAccessibility scans every kind of reading page with axe-core at desktop and
// phone width, light and dark; a serious or critical violation fails. The whole report (every
// chapter's text, a long scan) is scanned at desktop width.
func TestBrowserReadingAccessibility(t *testing.T) {
	requireChromium(t)
	axePath := os.Getenv("TUTOR_AXE_JS")
	if axePath == "" {
		if os.Getenv("TUTOR_REQUIRE_BROWSER") == "1" {
			t.Fatal("TUTOR_REQUIRE_BROWSER=1 but TUTOR_AXE_JS is unset")
		}
		t.Skip("skipping the axe-core scan: TUTOR_AXE_JS is unset (npm install axe-core, then TUTOR_AXE_JS=…/node_modules/axe-core/axe.min.js)")
	}
	axeJS, err := os.ReadFile(axePath)
	if err != nil {
		t.Fatalf("reading TUTOR_AXE_JS: %v", err)
	}
	_, ts := startServer(t, nil, limitsWith(nil))
	for _, v := range readingViewports {
		for _, dark := range []bool{false, true} {
			// A browser per width and scheme, so each gets the whole time limit.
			t.Run(fmt.Sprintf("%s dark=%v", v.name, dark), func(t *testing.T) {
				tb := openTab(t, 300*time.Second)
				setViewport(tb, v)
				emulateDark(tb, dark)
				for _, p := range readingPages {
					if p == "/report/all" && v.mobile {
						continue // its text is every chapter's, scanned at desktop width; its frame is a chapter's
					}
					combo := t
					t.Run(p, func(t *testing.T) {
						tb.t = t
						defer func() { tb.t = combo }()
						scanAxe(t, tb, axeJS, ts.URL+p)
					})
				}
			})
		}
	}
}

// scanAxe opens a page, runs axe-core on it and fails on a serious or critical violation.
func scanAxe(t *testing.T, tb *tab, axeJS []byte, pageURL string) {
	t.Helper()
	tb.do("opening "+pageURL, chromedp.Navigate(pageURL), chromedp.WaitVisible(chromedp.CSS("main")))
	tb.do("injecting axe-core", chromedp.Evaluate[chromedp.Void](string(axeJS)))
	type axeResult struct {
		Passes     int            `json:"passes"`
		Violations []axeViolation `json:"violations"`
	}
	res, err := chromedp.Run(tb.ctx, chromedp.Evaluate[axeResult](`axe.run(document, {resultTypes: ["violations"]}).then((r) => ({
		passes: r.passes.length,
		violations: r.violations.map((v) => ({
			id: v.id, impact: v.impact || "", help: v.help,
			nodes: v.nodes.slice(0, 5).map((n) => n.target.join(" ") + " — " + (n.failureSummary || "").replace(/\s+/g, " ")),
		})),
	}))`, chromedp.EvalAwaitPromise))
	tb.must("running axe-core", err)
	if res.Passes < 10 {
		t.Fatalf("axe-core passed only %d rules: it did not scan the page", res.Passes)
	}
	for _, v := range res.Violations {
		msg := fmt.Sprintf("%s [%s] %s: %s", v.ID, v.Impact, v.Help, strings.Join(v.Nodes, "; "))
		if v.Impact == "serious" || v.Impact == "critical" {
			t.Error(msg)
		} else {
			t.Log(msg)
		}
	}
}

// TestBrowserGlossaryAndSources: the glossary filters as one types and by tab without a reload;
// a citation's source is highlighted and 「返回正文」 goes back to the very place it was clicked.
func TestBrowserGlossaryAndSources(t *testing.T) {
	requireChromium(t)
	_, ts := startServer(t, nil, limitsWith(nil))
	tb := openTab(t, 90*time.Second)
	tb.do("opening the glossary", chromedp.Navigate(ts.URL+"/glossary"), chromedp.WaitVisible(chromedp.CSS("#glossary-q")))
	total := evalIn[int](tb, `document.querySelectorAll("dl.glossary > div").length`)
	tb.do("typing a filter", chromedp.Focus(chromedp.CSS("#glossary-q")), insertText("注意力"))
	tb.wait("waiting for the filter", `document.getElementById("glossary-count").textContent.startsWith("显示 ")`)
	shown := evalIn[int](tb, `document.querySelectorAll("dl.glossary > div:not([hidden])").length`)
	if shown == 0 || shown >= total {
		t.Errorf("filtering by 注意力 shows %d of %d", shown, total)
	}
	if bad := evalIn[int](tb, `Array.from(document.querySelectorAll("dl.glossary > div:not([hidden])")).filter((d) => !d.textContent.includes("注意力")).length`); bad > 0 {
		t.Errorf("%d entries shown without 注意力", bad)
	}
	if !strings.Contains(evalIn[string](tb, `location.search`), "q=") {
		t.Error("the filter is not kept in the address")
	}
	tb.do("clearing the filter", chromedp.Evaluate[chromedp.Void](`const q = document.getElementById("glossary-q"); q.value = ""; q.dispatchEvent(new Event("input"))`))
	tb.click("choosing the second category", ".cat-tabs li:nth-child(3) a")
	tb.wait("waiting for the tab", `document.querySelector(".cat-tabs li:nth-child(3) a").getAttribute("aria-current") === "true"`)
	cat := evalIn[string](tb, `document.querySelector(".cat-tabs li:nth-child(3) a").dataset.cat`)
	if off := evalIn[int](tb, fmt.Sprintf(`Array.from(document.querySelectorAll("dl.glossary > div:not([hidden])")).filter((d) => d.dataset.cat !== %q).length`, cat)); off > 0 {
		t.Errorf("%d entries of other categories shown under %q", off, cat)
	}

	// From a citation in a chapter to the source and back.
	tb.do("opening a chapter", chromedp.Navigate(ts.URL+"/report/principles"), chromedp.WaitVisible(chromedp.CSS(".src-cite a")))
	tb.do("scrolling to a citation", chromedp.Evaluate[chromedp.Void](`document.querySelectorAll(".src-cite a")[5].scrollIntoView({block: "center"})`))
	y := evalIn[float64](tb, `scrollY`)
	target := evalIn[string](tb, `document.querySelectorAll(".src-cite a")[5].hash`)
	tb.do("clicking the sixth citation", chromedp.Evaluate[chromedp.Void](`setTimeout(() => document.querySelectorAll(".src-cite a")[5].click(), 0)`))
	tb.wait("waiting for the sources", `location.pathname === "/sources" && document.readyState === "complete"`)
	if got := evalIn[string](tb, `location.hash`); got != target {
		t.Fatalf("landed on %q, want %q", got, target)
	}
	if bg := evalIn[string](tb, fmt.Sprintf(`getComputedStyle(document.getElementById(%q)).backgroundColor`, target[1:])); bg == "rgba(0, 0, 0, 0)" {
		t.Error("the cited source is not highlighted")
	}
	if vis := evalIn[bool](tb, fmt.Sprintf(`document.getElementById(%q).querySelector("a.back").getClientRects().length > 0`, target[1:])); !vis {
		t.Fatal("no 返回正文 on the cited source")
	}
	tb.click("clicking 返回正文", target+" a.back")
	tb.wait("waiting to be back", `location.pathname === "/report/principles" && document.readyState === "complete"`)
	tb.wait("waiting for the scroll to be restored", fmt.Sprintf(`Math.abs(scrollY - %f) < 5`, y))
}
