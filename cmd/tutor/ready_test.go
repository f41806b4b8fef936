package main

import (
	"context"
	"flag"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"runtime/debug"
	"testing"
)

// BenchmarkReady measures start-up in process: everything `tutor serve` builds from the
// embedded report (offline mode, local embeddings) up to a server whose /readyz answers 200.
// The target is a ready server within 300 ms of process start on a 2-core machine; a fresh
// process pays a little more than an iteration here (the Go runtime's start, a heap that
// still has to grow), so an iteration should stay well under it.
func BenchmarkReady(b *testing.B) {
	b.Setenv("OPENAI_API_KEY", "")
	b.Setenv("TUTOR_EMBED_BASE_URL", "")
	var cfg config
	var envErrs []string
	fs := flag.NewFlagSet("tutor serve", flag.ContinueOnError)
	bindConfig(fs, &cfg, &envErrs)
	if err := fs.Parse(nil); err != nil || len(envErrs) > 0 {
		b.Fatalf("default config: %v %v", err, envErrs)
	}
	ctx := context.Background()
	log := slog.New(slog.DiscardHandler)
	b.ReportAllocs()
	for b.Loop() {
		b.StopTimer()
		debug.FreeOSMemory()
		b.StartTimer()
		_, srv, err := newServer(ctx, ctx, cfg, log)
		if err != nil {
			b.Fatal(err)
		}
		rec := httptest.NewRecorder()
		srv.Handler().ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/readyz", nil))
		if rec.Code != http.StatusOK {
			b.Fatalf("/readyz answered %d", rec.Code)
		}
	}
}
