package web

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"io/fs"
	"mime"
	"net/http"
	"path"
	"strconv"
	"strings"
	"sync"

	"github.com/andybalholm/brotli"
)

// What travels over the wire: static files are read and hashed once at start-up, gzipped once
// when first asked for, and served with long cache lifetimes when asked for by their versioned URL (?v=<hash>); pages
// are rendered whole, given an ETag from their content and gzipped when the client accepts it.
// Everything compressed is produced by this package as a whole byte slice, so the standard
// library's compress/gzip is all it takes: no middleware library wrapping http.ResponseWriter
// (which would have to know about websocket hijacking and Prometheus' own encoding).

// minGzipBytes is the size below which compressing costs more than it saves.
const minGzipBytes = 1024

// immutable is the Cache-Control of a versioned static file: its URL changes with its content.
const immutable = "public, max-age=31536000, immutable"

// asset is one static file, ready to serve.
type asset struct {
	body     []byte
	compress bool // worth gzipping
	ctype    string
	hash     string // of body, hex; the ?v= of its URL
	etag     string
	gzOnce   sync.Once
	gzBody   []byte
}

// gz returns the gzipped body, or nil when it is not worth compressing. It is compressed when
// first asked for, not at start-up: compressing every file at best compression took longer
// than all the rest of building the server, and a deployment may never serve some of them.
func (a *asset) gz() []byte {
	if !a.compress {
		return nil
	}
	a.gzOnce.Do(func() { a.gzBody = gzipBytes(a.body) })
	return a.gzBody
}

// assets are the static files by name ("style.css"); immutable after loadAssets.
type assets map[string]*asset

// loadAssets reads every file of fsys. The files are embedded in the binary, so an error is a
// build defect.
func loadAssets(fsys fs.FS) assets {
	out := assets{}
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		body, err := fs.ReadFile(fsys, p)
		if err != nil {
			return err
		}
		sum := sha256.Sum256(body)
		a := &asset{body: body, ctype: mime.TypeByExtension(path.Ext(p)), hash: hex.EncodeToString(sum[:6])}
		if a.ctype == "" {
			a.ctype = http.DetectContentType(body)
		}
		a.etag = `"` + a.hash + `"`
		a.compress = compressible(a.ctype) && len(body) >= minGzipBytes
		out[p] = a
		return nil
	})
	if err != nil {
		panic("reading the embedded static files: " + err.Error())
	}
	return out
}

// url is where a page asks for a static file: its path with the content hash, so a changed
// file is fetched anew and an unchanged one never again.
func (as assets) url(name string) string {
	if a, ok := as[name]; ok {
		return "/static/" + name + "?v=" + a.hash
	}
	return "/static/" + name
}

// ServeHTTP serves /static/<name>. The current version's URL is cached for a year; any other
// (no ?v=, or an old one) must be revalidated, which its ETag makes cheap.
func (as assets) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	a, ok := as[strings.TrimPrefix(r.URL.Path, "/static/")]
	if !ok {
		http.NotFound(w, r)
		return
	}
	h := w.Header()
	if r.URL.Query().Get("v") == a.hash {
		h.Set("Cache-Control", immutable)
	} else {
		h.Set("Cache-Control", "no-cache")
	}
	var gz []byte
	if acceptsGzip(r) {
		gz = a.gz()
	}
	writeEncoded(w, r, http.StatusOK, a.ctype, a.etag, a.body, gz)
}

// compressible says whether a content type is text that gzip shrinks.
func compressible(ctype string) bool {
	mt, _, _ := mime.ParseMediaType(ctype)
	switch mt {
	case "text/html", "text/css", "text/javascript", "application/javascript", "image/svg+xml", "application/json", "text/plain":
		return true
	}
	return false
}

func gzipBytes(b []byte) []byte {
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	zw.Write(b)
	zw.Close()
	return buf.Bytes()
}

// acceptsGzip reads Accept-Encoding: gzip (or *) with a non-zero quality.
func acceptsGzip(r *http.Request) bool { return accepts(r, "gzip") }

// accepts reads Accept-Encoding: coding (or *) with a non-zero quality.
func accepts(r *http.Request, coding string) bool {
	for _, h := range r.Header.Values("Accept-Encoding") {
		for _, part := range strings.Split(h, ",") {
			name, params, _ := strings.Cut(strings.TrimSpace(part), ";")
			name = strings.ToLower(strings.TrimSpace(name))
			if name != coding && name != "*" {
				continue
			}
			q := 1.0
			if k, v, ok := strings.Cut(strings.TrimSpace(params), "="); ok && strings.TrimSpace(k) == "q" {
				if f, err := strconv.ParseFloat(strings.TrimSpace(v), 64); err == nil {
					q = f
				}
			}
			if q > 0 {
				return true
			}
		}
	}
	return false
}

// etagMatches is If-None-Match's weak comparison against etag.
func etagMatches(r *http.Request, etag string) bool {
	inm := r.Header.Get("If-None-Match")
	if inm == "" {
		return false
	}
	bare := strings.TrimPrefix(etag, "W/")
	for _, t := range strings.Split(inm, ",") {
		t = strings.TrimSpace(t)
		if t == "*" || strings.TrimPrefix(t, "W/") == bare {
			return true
		}
	}
	return false
}

// writeEncoded writes a whole response: 304 when the client holds this etag, else the body,
// gzipped when the client accepts it and a compressed form exists (gz may be nil).
func writeEncoded(w http.ResponseWriter, r *http.Request, status int, ctype, etag string, body, gz []byte) {
	writeEncodings(w, r, status, ctype, etag, body, nil, gz)
}

// writeEncodings is writeEncoded with a brotli form too, preferred when the client takes it.
func writeEncodings(w http.ResponseWriter, r *http.Request, status int, ctype, etag string, body, br, gz []byte) {
	h := w.Header()
	h.Set("Content-Type", ctype)
	h.Add("Vary", "Accept-Encoding")
	if etag != "" && status == http.StatusOK {
		h.Set("ETag", etag)
		if etagMatches(r, etag) {
			w.WriteHeader(http.StatusNotModified)
			return
		}
	}
	switch {
	case br != nil && accepts(r, "br"):
		h.Set("Content-Encoding", "br")
		body = br
	case gz != nil && acceptsGzip(r):
		h.Set("Content-Encoding", "gzip")
		body = gz
	}
	h.Set("Content-Length", strconv.Itoa(len(body)))
	w.WriteHeader(status)
	if r.Method != http.MethodHead {
		w.Write(body)
	}
}

// pageHash is the ETag of a generated body.
func pageHash(body []byte) string {
	sum := sha256.Sum256(body)
	return `W/"` + hex.EncodeToString(sum[:8]) + `"`
}

// writePage writes a generated body (a page, a JSON answer) with an ETag of its content,
// gzipped on the fly when the client accepts it and it is worth it.
func writePage(w http.ResponseWriter, r *http.Request, status int, ctype string, body []byte) {
	var gz []byte
	if len(body) >= minGzipBytes && compressible(ctype) && acceptsGzip(r) {
		var buf bytes.Buffer
		zw, _ := gzip.NewWriterLevel(&buf, gzip.DefaultCompression)
		zw.Write(body)
		zw.Close()
		gz = buf.Bytes()
	}
	writeEncoded(w, r, status, ctype, pageHash(body), body, gz)
}

// packed is a page compressed both ways, best effort, once.
type packed struct{ br, gz []byte }

// maxPacked bounds the pages kept compressed: the report's chapters and their few companions.
const maxPacked = 64

// pageCache keeps the compressed forms of pages that are the same for every reader (the
// report's chapters), by ETag. Brotli at its best level takes most of a second on a long
// chapter, so it is done once per page and process, and buys a fifth off gzip's size.
type pageCache struct {
	mu    sync.Mutex
	pages map[string]*packed
}

// writeStatic writes a page that is the same for every reader: compressed once at the best
// levels of brotli and gzip, then served from the cache.
func (c *pageCache) writeStatic(w http.ResponseWriter, r *http.Request, ctype string, body []byte) {
	etag := pageHash(body)
	if etagMatches(r, etag) || !accepts(r, "br") && !acceptsGzip(r) {
		writeEncoded(w, r, http.StatusOK, ctype, etag, body, nil)
		return
	}
	wantBr := accepts(r, "br")
	c.mu.Lock()
	p := c.pages[etag]
	var have packed
	if p != nil {
		have = *p
	}
	c.mu.Unlock()
	// Only the form this client takes is made; a second reader asking at once may make it too.
	if wantBr && have.br == nil {
		have.br = brotliBytes(body)
	} else if !wantBr && have.gz == nil {
		have.gz = gzipBytes(body)
	}
	c.mu.Lock()
	if c.pages == nil || len(c.pages) >= maxPacked && c.pages[etag] == nil {
		c.pages = map[string]*packed{}
	}
	if q := c.pages[etag]; q != nil {
		if q.br != nil {
			have.br = q.br
		}
		if q.gz != nil {
			have.gz = q.gz
		}
	}
	c.pages[etag] = &have
	c.mu.Unlock()
	writeEncodings(w, r, http.StatusOK, ctype, etag, body, have.br, have.gz)
}

// brotliBytes compresses at the best level, or a faster one for a very long page (the whole
// report), which would take seconds.
func brotliBytes(b []byte) []byte {
	var buf bytes.Buffer
	level := brotli.BestCompression
	if len(b) > 512<<10 {
		level = 7
	}
	bw := brotli.NewWriterLevel(&buf, level)
	bw.Write(b)
	bw.Close()
	return buf.Bytes()
}
