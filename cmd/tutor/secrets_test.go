package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
)

// TestNoSubcommandShowsTheKey: every subcommand's -h, a configuration error, and an ask whose
// endpoint refuses the key and quotes it back, logged at debug level in both formats, print
// nothing of the key.
func TestNoSubcommandShowsTheKey(t *testing.T) {
	const key, mark = "sk-test-SECRET-123", "SECRET"
	t.Setenv("OPENAI_API_KEY", key)
	t.Setenv("TUTOR_EMBED_API_KEY", "sk-embed-SECRET-456")
	var sawKey atomic.Bool
	refusing := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Authorization") == "Bearer "+key {
			sawKey.Store(true)
		}
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusUnauthorized)
		fmt.Fprintf(w, `{"error":{"message":"Incorrect API key provided: %s","code":"invalid_api_key"}}`, r.Header.Get("Authorization"))
	}))
	defer refusing.Close()
	runs := [][]string{
		{"-h"}, {"serve", "-h"}, {"ask", "-h"}, {"eval", "-h"}, {"check", "-h"}, {"loadtest", "-h"}, {"healthcheck", "-h"},
		{"serve", "-log-level", "loud"}, {"ask", "-base-url", "ftp://x", "q"}, {"frobnicate"},
		{"ask", "-base-url", refusing.URL + "/v1", "-log-level", "debug", "GPQA Diamond 是什么？"},
		{"ask", "-base-url", refusing.URL + "/v1", "-log-level", "debug", "-log-format", "json", "GPQA Diamond 是什么？"},
	}
	for _, args := range runs {
		code, out, errOut := runCmd(t, args...)
		if strings.Contains(out+errOut, mark) {
			t.Errorf("tutor %s (exit %d) prints the key:\nstdout: %s\nstderr: %s", strings.Join(args, " "), code, out, errOut)
		}
	}
	if !sawKey.Load() {
		t.Errorf("the refusing endpoint never got the key; the ask runs did not reach it")
	}
	_, out, errOut := runCmd(t, "ask", "-base-url", refusing.URL+"/v1", "-log-level", "debug", "GPQA Diamond 是什么？")
	if !strings.Contains(out, "拒绝了访问") || !strings.Contains(errOut, "model failed") {
		t.Errorf("the refused ask did not report the refusal and log it:\nstdout: %s\nstderr: %s", out, errOut)
	}
}
