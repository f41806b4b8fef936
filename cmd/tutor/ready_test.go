package main

import (
	"context"
	"flag"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"runtime/debug"
	"testing"
	"time"
)

// The start-up target: a fresh `tutor serve` answers /readyz with 200 within 300 ms of the
// process starting, on a 2-core machine, offline (local embeddings). BenchmarkReadyProcess
// measures exactly that; BenchmarkReady measures the part that is the tutor's own work, in
// process, so a profile of it (-cpuprofile) shows where start-up time goes.

// BenchmarkReady measures start-up in process: everything `tutor serve` builds from the
// embedded report up to a server whose /readyz answers 200. Each iteration starts from memory
// returned to the OS, as a fresh process does: page faults on fresh memory are a large part
// of start-up on small VMs, and a warm loop would hide them. A fresh process pays a little
// more than an iteration (the Go runtime's and the packages' initialisation, a heap that grows
// from nothing).
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

// BenchmarkReadyProcess measures the target itself: from starting the binary (built once,
// before timing) to its first 200 from /readyz. The server listens before it builds, so one
// request, made as soon as the port is open, waits for the answer.
func BenchmarkReadyProcess(b *testing.B) {
	bin := filepath.Join(b.TempDir(), "tutor")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		b.Fatalf("go build: %v\n%s", err, out)
	}
	env := []string{"PATH=" + os.Getenv("PATH"), "HOME=" + b.TempDir(), "TMPDIR=" + b.TempDir(), "TUTOR_LOG_LEVEL=error"}
	client := &http.Client{Timeout: 30 * time.Second, Transport: &http.Transport{DisableKeepAlives: true}}
	for b.Loop() {
		b.StopTimer()
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			b.Fatal(err)
		}
		addr := ln.Addr().String()
		ln.Close()
		cmd := exec.Command(bin, "serve", "-addr", addr)
		cmd.Env = env
		b.StartTimer()
		if err := cmd.Start(); err != nil {
			b.Fatal(err)
		}
		deadline := time.Now().Add(30 * time.Second)
		for {
			resp, err := client.Get("http://" + addr + "/readyz")
			if err == nil {
				resp.Body.Close()
				if resp.StatusCode != http.StatusOK {
					b.Fatalf("/readyz answered %d", resp.StatusCode)
				}
				break
			}
			if time.Now().After(deadline) {
				b.Fatalf("not ready within 30 s: %v", err)
			}
			time.Sleep(time.Millisecond) // the port is not open yet
		}
		b.StopTimer()
		cmd.Process.Kill()
		cmd.Wait()
		b.StartTimer()
	}
}
