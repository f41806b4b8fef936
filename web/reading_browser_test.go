package web_test

import (
	"fmt"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
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
