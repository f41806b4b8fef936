package main

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"
)

func runCmd(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(args, &out, &errb)
	return code, out.String(), errb.String()
}

func TestAskPrintsACitedAnswer(t *testing.T) {
	t.Setenv("OPENAI_API_KEY", "")
	code, out, errOut := runCmd(t, "ask", "GPQA Diamond 是什么？")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, want := range []string{"GPQA Diamond", "[1]", "出处：", "/report/benchmarks"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}

func TestAskDeclinesWhatTheReportDoesNotCover(t *testing.T) {
	t.Setenv("OPENAI_API_KEY", "")
	code, out, _ := runCmd(t, "ask", "红烧肉怎么做？")
	if code != 0 || !strings.Contains(out, "没有涉及") || strings.Contains(out, "出处：") {
		t.Fatalf("exit %d, output:\n%s", code, out)
	}
}

func TestAskFollowUp(t *testing.T) {
	t.Setenv("OPENAI_API_KEY", "")
	code, out, _ := runCmd(t, "ask", "-history", "GPQA Diamond 是什么？", "它一共有多少道题？")
	if code != 0 || !strings.Contains(out, "198") {
		t.Fatalf("exit %d, the follow-up should be answered from the GPQA entry:\n%s", code, out)
	}
}

func TestBadInputExitsWithUsageErrors(t *testing.T) {
	for _, c := range []struct {
		name string
		env  map[string]string
		args []string
		want string
	}{
		{"unknown command", nil, []string{"frobnicate"}, "unknown command"},
		{"ask without question", nil, []string{"ask"}, "give a question"},
		{"bad env number", map[string]string{"TUTOR_MAX_STREAMS": "many"}, []string{"check"}, "TUTOR_MAX_STREAMS"},
		{"bad duration", map[string]string{"TUTOR_UPSTREAM_TIMEOUT": "soon"}, []string{"check"}, "TUTOR_UPSTREAM_TIMEOUT"},
		{"bad base url", nil, []string{"ask", "-base-url", "ftp://x", "q"}, "-base-url"},
		{"bad log level", nil, []string{"ask", "-log-level", "loud", "q"}, "-log-level"},
		{"too long question", nil, []string{"ask", strings.Repeat("问", 501)}, "问题太长"},
	} {
		t.Run(c.name, func(t *testing.T) {
			for k, v := range c.env {
				t.Setenv(k, v)
			}
			code, _, errOut := runCmd(t, c.args...)
			if code == 0 || !strings.Contains(errOut, c.want) {
				t.Errorf("exit %d, stderr %q; want a failure mentioning %q", code, errOut, c.want)
			}
		})
	}
}

func TestHelpNamesEveryVariable(t *testing.T) {
	code, _, errOut := runCmd(t, "-h")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	for _, e := range envVars {
		if !strings.Contains(errOut, e.name) {
			t.Errorf("-h does not mention %s", e.name)
		}
	}
}

func TestHelpAndErrorsNeverShowTheKey(t *testing.T) {
	const key = "sk-secret-test-key-0123456789"
	t.Setenv("OPENAI_API_KEY", key)
	_, out, errOut := runCmd(t, "-h")
	_, out2, errOut2 := runCmd(t, "ask", "-base-url", "http://127.0.0.1:1/v1", "GPQA Diamond 是什么？")
	for _, s := range []string{out, errOut, out2, errOut2} {
		if strings.Contains(s, key) {
			t.Fatalf("the API key leaked into output: %q", s)
		}
	}
}

func TestCheckPassesOnTheEmbeddedReport(t *testing.T) {
	code, out, _ := runCmd(t, "check")
	if code != 0 || !strings.Contains(out, " 0 problems") {
		t.Fatalf("exit %d:\n%s", code, out)
	}
}

func TestLoadtestSmall(t *testing.T) {
	var out bytes.Buffer
	cfg := config{Addr: "127.0.0.1:0", ChatModel: "m", UpstreamTimeout: 10 * time.Second, MaxQuestion: 500,
		AsksPerMinute: 20, MaxStreams: 8, TopK: 5, LogLevel: "info", LogFormat: "text"}
	for _, rate := range []int{0, 200} {
		opts := loadOptions{clients: 8, questions: 3, questionF: "../../eval/questions.jsonl", tokensPerSec: rate, tokens: 20, timeout: 30 * time.Second}
		if err := loadtest(context.Background(), cfg, opts, &out); err != nil {
			t.Fatalf("tokens/s %d: %v\n%s", rate, err, out.String())
		}
	}
	if !strings.Contains(out.String(), "answers complete: 24 of 24, errors: 0") {
		t.Fatalf("output:\n%s", out.String())
	}
}

func TestDisplayAddr(t *testing.T) {
	for _, c := range []struct{ actual, configured, want string }{
		{"127.0.0.1:8080", "localhost:8080", "localhost:8080"},
		{"[::]:8080", ":8080", "localhost:8080"},
		{"0.0.0.0:9000", ":9000", "localhost:9000"},
		{"10.0.0.5:80", "10.0.0.5:80", "10.0.0.5:80"},
	} {
		if got := displayAddr(c.actual, c.configured); got != c.want {
			t.Errorf("displayAddr(%q, %q) = %q, want %q", c.actual, c.configured, got, c.want)
		}
	}
}
