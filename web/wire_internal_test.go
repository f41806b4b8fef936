package web

import (
	"net/http/httptest"
	"testing"
)

func TestAcceptsGzip(t *testing.T) {
	tests := []struct {
		header string
		want   bool
	}{
		{"", false},
		{"gzip", true},
		{"gzip, deflate, br", true},
		{"br;q=1.0, gzip;q=0.8", true},
		{"GZIP", true},
		{"gzip;q=0", false},
		{"gzip; q=0.0", false},
		{"deflate, br", false},
		{"*", true},
		{"identity", false},
	}
	for _, tc := range tests {
		r := httptest.NewRequest("GET", "/", nil)
		if tc.header != "" {
			r.Header.Set("Accept-Encoding", tc.header)
		}
		if got := acceptsGzip(r); got != tc.want {
			t.Errorf("Accept-Encoding %q: acceptsGzip = %v, want %v", tc.header, got, tc.want)
		}
	}
}

func TestEtagMatches(t *testing.T) {
	tests := []struct {
		inm, etag string
		want      bool
	}{
		{"", `W/"abc"`, false},
		{`W/"abc"`, `W/"abc"`, true},
		{`"abc"`, `W/"abc"`, true},
		{`"x", W/"abc"`, `W/"abc"`, true},
		{`"abd"`, `W/"abc"`, false},
		{`*`, `"abc"`, true},
	}
	for _, tc := range tests {
		r := httptest.NewRequest("GET", "/", nil)
		if tc.inm != "" {
			r.Header.Set("If-None-Match", tc.inm)
		}
		if got := etagMatches(r, tc.etag); got != tc.want {
			t.Errorf("If-None-Match %q vs %s: %v, want %v", tc.inm, tc.etag, got, tc.want)
		}
	}
}

func TestCompressible(t *testing.T) {
	for ctype, want := range map[string]bool{
		"text/html; charset=utf-8": true, "text/css; charset=utf-8": true, "text/javascript; charset=utf-8": true,
		"image/svg+xml": true, "application/json": true, "image/png": false, "font/woff2": false,
	} {
		if got := compressible(ctype); got != want {
			t.Errorf("compressible(%q) = %v, want %v", ctype, got, want)
		}
	}
}
