package web_test

import (
	"bytes"
	"compress/gzip"
	"context"
	"io"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/andybalholm/brotli"
	"golang.org/x/net/html"
)

// rawGet fetches a URL as the bytes on the wire: no transparent decompression.
func rawGet(t *testing.T, rawURL string, header map[string]string) (*http.Response, []byte) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second) // generous: a chapter is compressed under -race on a busy machine
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, rawURL, nil)
	if err != nil {
		t.Fatal(err)
	}
	for k, v := range header {
		req.Header.Set(k, v)
	}
	client := &http.Client{Transport: &http.Transport{DisableCompression: true}}
	defer client.CloseIdleConnections()
	resp, err := client.Do(req)
	if err != nil {
		t.Fatalf("GET %s: %v", rawURL, err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatalf("GET %s: reading: %v", rawURL, err)
	}
	return resp, b
}

func gunzip(t *testing.T, b []byte) []byte {
	t.Helper()
	zr, err := gzip.NewReader(strings.NewReader(string(b)))
	if err != nil {
		t.Fatalf("not gzip: %v", err)
	}
	out, err := io.ReadAll(zr)
	if err != nil {
		t.Fatalf("bad gzip: %v", err)
	}
	return out
}

func unbrotli(t *testing.T, b []byte) []byte {
	t.Helper()
	out, err := io.ReadAll(brotli.NewReader(bytes.NewReader(b)))
	if err != nil {
		t.Fatalf("bad brotli: %v", err)
	}
	return out
}

// pageAssets lists the scripts and stylesheets a page loads.
func pageAssets(t *testing.T, doc *html.Node) []string {
	t.Helper()
	var out []string
	elements(doc, func(n *html.Node) {
		if src, ok := attr(n, "src"); ok && n.Data == "script" {
			out = append(out, src)
		}
		if href, ok := attr(n, "href"); ok && n.Data == "link" {
			out = append(out, href)
		}
	})
	return out
}

// TestStaticFilesAreVersionedAndCached: a page asks for its scripts and styles by a URL that
// carries their content hash; that URL is cached for a year, revalidates with its ETag, and is
// gzipped for a client that accepts it.
func TestStaticFilesAreVersionedAndCached(t *testing.T) {
	f := sharedFixture(t)
	seen := map[string]bool{}
	for _, path := range []string{"/report/concepts-core", "/glossary", "/"} {
		for _, a := range pageAssets(t, get(t, f.ts.URL+path).doc) {
			seen[a] = true
		}
	}
	var names []string
	for a := range seen {
		names = append(names, a)
	}
	for _, want := range []string{"style.css", "reading.css", "print.css", "reading.js", "report.js", "terms.js"} {
		found := false
		for _, a := range names {
			found = found || strings.HasPrefix(a, "/static/"+want+"?v=")
		}
		if !found {
			t.Errorf("no page loads /static/%s?v=<hash>; loaded: %v", want, names)
		}
	}
	for _, a := range names {
		if !strings.HasPrefix(a, "/static/") || !strings.Contains(a, "?v=") {
			continue // chat.js is linked by the chat page's own template
		}
		t.Run(a, func(t *testing.T) {
			resp, body := rawGet(t, f.ts.URL+a, map[string]string{"Accept-Encoding": "gzip"})
			if resp.StatusCode != http.StatusOK {
				t.Fatalf("status %d", resp.StatusCode)
			}
			if got := resp.Header.Get("Cache-Control"); got != "public, max-age=31536000, immutable" {
				t.Errorf("Cache-Control %q, want a year, immutable", got)
			}
			etag := resp.Header.Get("ETag")
			if etag == "" {
				t.Fatal("no ETag")
			}
			if len(body) >= 1024 || resp.Header.Get("Content-Encoding") != "" {
				if resp.Header.Get("Content-Encoding") != "gzip" {
					t.Errorf("%d bytes sent uncompressed to a client that accepts gzip", len(body))
				} else {
					gunzip(t, body)
				}
			}
			if !strings.Contains(resp.Header.Get("Vary"), "Accept-Encoding") {
				t.Errorf("Vary %q lacks Accept-Encoding", resp.Header.Get("Vary"))
			}
			resp, _ = rawGet(t, f.ts.URL+a, map[string]string{"If-None-Match": etag})
			if resp.StatusCode != http.StatusNotModified {
				t.Errorf("revalidating with its ETag: status %d, want 304", resp.StatusCode)
			}
			u, _ := url.Parse(a)
			resp, _ = rawGet(t, f.ts.URL+u.Path, nil)
			if resp.StatusCode != http.StatusOK || resp.Header.Get("Cache-Control") != "no-cache" {
				t.Errorf("unversioned %s: status %d, Cache-Control %q, want 200 and no-cache", u.Path, resp.StatusCode, resp.Header.Get("Cache-Control"))
			}
			if resp, _ := rawGet(t, f.ts.URL+u.Path+"?v=0000", nil); resp.Header.Get("Cache-Control") != "no-cache" {
				t.Errorf("a stale ?v= is cached: Cache-Control %q", resp.Header.Get("Cache-Control"))
			}
		})
	}
}

// TestPagesAreCompressedAndRevalidated: every reading page is gzipped for a client that
// accepts it (and only then), carries an ETag and answers 304 to it.
func TestPagesAreCompressedAndRevalidated(t *testing.T) {
	f := sharedFixture(t)
	for _, path := range []string{"/", "/report", "/report/all", "/report/concepts-core", "/glossary", "/sources", "/search?q=" + url.QueryEscape("混合专家"), "/api/terms"} {
		t.Run(path, func(t *testing.T) {
			plain, plainBody := rawGet(t, f.ts.URL+path, nil)
			if plain.StatusCode != http.StatusOK {
				t.Fatalf("status %d", plain.StatusCode)
			}
			if ce := plain.Header.Get("Content-Encoding"); ce != "" {
				t.Errorf("Content-Encoding %q for a client that accepts none", ce)
			}
			resp, body := rawGet(t, f.ts.URL+path, map[string]string{"Accept-Encoding": "deflate;q=1.0, gzip;q=0.8"})
			if resp.Header.Get("Content-Encoding") != "gzip" {
				t.Fatalf("Content-Encoding %q, want gzip", resp.Header.Get("Content-Encoding"))
			}
			if got := gunzip(t, body); string(got) != string(plainBody) {
				t.Errorf("the gzipped page (%d bytes unpacked) differs from the plain one (%d bytes)", len(got), len(plainBody))
			}
			etag := resp.Header.Get("ETag")
			if etag == "" || etag != plain.Header.Get("ETag") {
				t.Fatalf("ETag %q (plain %q), want one, the same for both encodings", etag, plain.Header.Get("ETag"))
			}
			if r, b := rawGet(t, f.ts.URL+path, map[string]string{"If-None-Match": etag, "Accept-Encoding": "gzip"}); r.StatusCode != http.StatusNotModified || len(b) != 0 {
				t.Errorf("If-None-Match: status %d with %d bytes, want an empty 304", r.StatusCode, len(b))
			}
			if r, _ := rawGet(t, f.ts.URL+path, map[string]string{"Accept-Encoding": "gzip;q=0"}); r.Header.Get("Content-Encoding") != "" {
				t.Errorf("gzip;q=0 still gets %q", r.Header.Get("Content-Encoding"))
			}
		})
	}
}

// maxChapterTransfer is the most a chapter may weigh on the wire (issue 14).
const maxChapterTransfer = 80 << 10

// TestChapterTransferSize measures every chapter as sent to a browser (gzip) and holds the
// longest to maxChapterTransfer.
func TestChapterTransferSize(t *testing.T) {
	f := sharedFixture(t)
	var worst, worstRaw int
	var worstSlug string
	for _, c := range f.report.Chapters {
		// What Chromium sends (over HTTPS, where it offers brotli).
		resp, body := rawGet(t, f.ts.URL+"/report/"+c.Slug, map[string]string{"Accept-Encoding": "gzip, deflate, br, zstd"})
		if resp.StatusCode != http.StatusOK {
			t.Fatalf("/report/%s: status %d", c.Slug, resp.StatusCode)
		}
		if resp.Header.Get("Content-Encoding") != "br" {
			t.Errorf("/report/%s: Content-Encoding %q, want br", c.Slug, resp.Header.Get("Content-Encoding"))
		}
		raw := len(unbrotli(t, body))
		gzResp, gzBody := rawGet(t, f.ts.URL+"/report/"+c.Slug, map[string]string{"Accept-Encoding": "gzip"})
		if gzResp.Header.Get("Content-Encoding") != "gzip" || len(gunzip(t, gzBody)) != raw {
			t.Errorf("/report/%s: a gzip-only client gets %q, %d bytes", c.Slug, gzResp.Header.Get("Content-Encoding"), len(gzBody))
		}
		t.Logf("/report/%-16s %6.1f KiB with gzip only", c.Slug, float64(len(gzBody))/1024)
		t.Logf("/report/%-16s %6.1f KiB transferred (%6.1f KiB uncompressed)", c.Slug, float64(len(body))/1024, float64(raw)/1024)
		if len(body) > worst {
			worst, worstRaw, worstSlug = len(body), raw, c.Slug
		}
		if len(body) > maxChapterTransfer {
			t.Errorf("/report/%s: %d bytes on the wire, want ≤ %d", c.Slug, len(body), maxChapterTransfer)
		}
	}
	t.Logf("longest chapter: /report/%s, %.1f KiB transferred, %.1f KiB uncompressed", worstSlug, float64(worst)/1024, float64(worstRaw)/1024)
}
