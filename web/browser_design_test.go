package web_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// TestBrowserDesignShots writes screenshots of the chat with two answers, on a desktop and a
// phone, in light and dark, to $TUTOR_ARTIFACTS/design/after-*.png, and copies the shots taken
// before the redesign (testdata/design-before) beside them as before-*.png, so the two can be
// set side by side.
func TestBrowserDesignShots(t *testing.T) {
	requireChromium(t)
	_, ts := startServer(t, nil, limitsWith(nil))
	tb := openTab(t, 150*time.Second)
	dir := filepath.Join(tb.artifacts, "design")
	tb.must("creating the design directory", os.MkdirAll(dir, 0o755))
	before, _ := filepath.Glob(filepath.Join("testdata", "design-before", "*.png"))
	for _, p := range before {
		b, err := os.ReadFile(p)
		if err == nil {
			err = os.WriteFile(filepath.Join(dir, "before-"+filepath.Base(p)), b, 0o644)
		}
		tb.must("copying "+p, err)
	}
	prefix := os.Getenv("TUTOR_DESIGN_PREFIX") // "before-" when shooting the old design
	if prefix == "" {
		prefix = "after-"
	}
	views := []struct {
		name string
		w, h int64
	}{{"desktop", 1280, 900}, {"phone", 390, 844}}
	for _, v := range views {
		for _, dark := range []bool{false, true} {
			scheme := "light"
			if dark {
				scheme = "dark"
			}
			emulateDark(tb, dark)
			tb.do("opening the chat", chromedp.EmulateViewport(v.w, v.h), chromedp.Navigate(ts.URL+"/"),
				chromedp.WaitVisible(chromedp.CSS("#question")),
				chromedp.Evaluate[chromedp.Void](`localStorage.clear()`), chromedp.Reload(), chromedp.WaitVisible(chromedp.CSS("#question")))
			name := prefix + v.name + "-" + scheme
			shot := func(suffix string) {
				buf, err := chromedp.Run(tb.ctx, chromedp.CaptureScreenshot())
				if err == nil {
					err = os.WriteFile(filepath.Join(dir, name+suffix+".png"), buf, 0o644)
				}
				tb.must("screenshot", err)
			}
			shot("-empty")
			tb.ask("什么是混合专家？")
			tb.ask("它有什么好处？")
			tb.do("moving the mouse away", chromedp.MouseEvent(chromedp.MouseMoved, 1, 1))
			shot("")
			if v.name == "phone" && evalIn[bool](tb, `document.getElementById("open-drawer") !== null`) {
				tb.do("opening the drawer", chromedp.Evaluate[chromedp.Void](`document.getElementById("open-drawer").click()`))
				tb.wait("waiting for the drawer", `getComputedStyle(document.getElementById("drawer")).visibility === "visible" && document.getElementById("drawer").getBoundingClientRect().left >= 0`)
				shot("-drawer")
			}
		}
	}
	if strings.HasPrefix(prefix, "after") {
		t.Logf("design screenshots in %s", dir)
	}
}
