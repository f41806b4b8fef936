// Command tutor serves LLM 科普导师: the report and a chat that answers from it with citations.
// It reads flags and the environment into one config, builds the corpus, retriever, tutor and
// web pieces from it, and runs the chosen subcommand.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"github.com/philippgille/chromem-go"

	"llmtutor/corpus"
	"llmtutor/retriever"
	"llmtutor/tutor"
	"llmtutor/web"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// stringList is a repeatable flag.
type stringList []string

func (s *stringList) String() string     { return strings.Join(*s, " | ") }
func (s *stringList) Set(v string) error { *s = append(*s, v); return nil }

func run(args []string, stdout, stderr io.Writer) int {
	cmd := "serve"
	if len(args) > 0 && !strings.HasPrefix(args[0], "-") {
		cmd, args = args[0], args[1:]
	}
	fs := flag.NewFlagSet("tutor "+cmd, flag.ContinueOnError)
	fs.SetOutput(stderr)
	var cfg config
	var envErrs []string
	bindConfig(fs, &cfg, &envErrs)
	var history stringList
	var questions, dump string
	var k int
	var fit bool
	var lopts loadOptions
	switch cmd {
	case "ask":
		fs.Var(&history, "history", "an earlier question of the conversation, oldest first (repeatable)")
	case "loadtest":
		fs.IntVar(&lopts.clients, "clients", 200, "concurrent websocket clients")
		fs.IntVar(&lopts.questions, "n", 10, "questions each client asks, one after another")
		fs.StringVar(&lopts.questionF, "questions", "eval/questions.jsonl", "where the questions come from")
		fs.IntVar(&lopts.tokensPerSec, "tokens-per-sec", 0, "answer through an in-process model streaming at this rate (0: offline)")
		fs.IntVar(&lopts.tokens, "tokens", 60, "tokens in each streamed answer")
		fs.DurationVar(&lopts.timeout, "timeout", 2*time.Minute, "longest wait for one answer")
	case "eval":
		fs.StringVar(&questions, "questions", "eval/questions.jsonl", "question set (JSON lines, see eval/README)")
		fs.StringVar(&dump, "dump", "", "write each question's retrieved passages to this file")
		fs.IntVar(&k, "k", 5, "passages per question")
		fs.BoolVar(&fit, "fit", false, "fit the coverage decision on the question set and print its weights")
	}
	fs.Usage = func() { usage(stderr, fs) }
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if len(envErrs) > 0 {
		fmt.Fprintln(stderr, "tutor: invalid environment:", strings.Join(envErrs, "; "))
		return 2
	}
	if err := cfg.validate(); err != nil {
		fmt.Fprintln(stderr, "tutor:", err)
		return 2
	}
	log := newLogger(cfg, stderr)

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	switch cmd {
	case "serve":
		if fs.NArg() > 0 {
			fmt.Fprintln(stderr, "tutor serve: unexpected arguments:", strings.Join(fs.Args(), " "))
			return 2
		}
		return exit(stderr, serve(ctx, cfg, log, stdout))
	case "ask":
		q := strings.TrimSpace(strings.Join(fs.Args(), " "))
		if q == "" {
			fmt.Fprintln(stderr, `tutor ask: give a question, e.g. tutor ask "GPQA Diamond 是什么？"`)
			return 2
		}
		return exit(stderr, ask(ctx, cfg, log, q, history, stdout))
	case "eval":
		return exit(stderr, evaluate(ctx, cfg, log, questions, dump, k, fit, stdout))
	case "check":
		return check(stdout, stderr)
	case "loadtest":
		return exit(stderr, loadtest(ctx, cfg, lopts, stdout))
	case "healthcheck":
		return exit(stderr, healthcheck(ctx, cfg.Addr))
	}
	fmt.Fprintf(stderr, "tutor: unknown command %q (serve, ask, eval, check, loadtest, healthcheck; -h for help)\n", cmd)
	return 2
}

func exit(stderr io.Writer, err error) int {
	if err != nil {
		fmt.Fprintln(stderr, "tutor:", err)
		return 1
	}
	return 0
}

func newLogger(cfg config, w io.Writer) *slog.Logger {
	var level slog.Level
	_ = level.UnmarshalText([]byte(cfg.LogLevel))
	opts := &slog.HandlerOptions{Level: level}
	if cfg.LogFormat == "json" {
		return slog.New(slog.NewJSONHandler(w, opts))
	}
	return slog.New(slog.NewTextHandler(w, opts))
}

// app is the wired pieces every subcommand shares.
type app struct {
	report *corpus.Report
	index  *retriever.Index
	tutor  *tutor.Tutor
}

func build(ctx context.Context, cfg config, log *slog.Logger) (*app, error) {
	start := time.Now()
	report, err := corpus.Embedded()
	if err != nil {
		return nil, fmt.Errorf("loading the report: %w", err)
	}
	log.Info("report parsed", "chapters", len(report.Chapters), "ms", time.Since(start).Milliseconds())
	// The report's rules are checked by the tests (and `tutor check`), not at every start:
	// checking costs more than building the index.
	opts := retriever.Options{}
	httpClient := &http.Client{Timeout: cfg.UpstreamTimeout}
	if cfg.EmbedBaseURL != "" {
		remote := chromem.NewEmbeddingFuncOpenAICompat(strings.TrimRight(cfg.EmbedBaseURL, "/"), cfg.EmbedAPIKey, cfg.EmbedModel, nil)
		opts.Embed = retriever.CachedEmbedding(cfg.EmbedCache, cfg.EmbedBaseURL+"|"+cfg.EmbedModel, remote)
		opts.EmbedName = cfg.EmbedModel
	}
	start = time.Now()
	index, err := retriever.Build(ctx, report, opts)
	if err != nil {
		return nil, err
	}
	log.Info("index built", "passages", len(index.Passages()), "embedding", index.EmbedName(), "ms", time.Since(start).Milliseconds())
	tcfg := tutor.Config{Index: index, TopK: cfg.TopK, Logger: log,
		Limits: tutor.Limits{MaxQuestionRunes: cfg.MaxQuestion, MaxHistoryTurns: tutor.DefaultLimits.MaxHistoryTurns, MaxTurnRunes: tutor.DefaultLimits.MaxTurnRunes}}
	if cfg.APIKey != "" {
		tcfg.Model = tutor.NewOpenAIModel(cfg.APIKey, cfg.BaseURL, cfg.ChatModel, httpClient)
	}
	t, err := tutor.New(tcfg)
	if err != nil {
		return nil, err
	}
	return &app{report: report, index: index, tutor: t}, nil
}

// shutdownGrace is how long in-flight answers may run on after SIGTERM.
const shutdownGrace = 20 * time.Second

// newServer builds everything serving needs, up to the point where /readyz answers ready: the
// report, the index, the tutor and the web server. answers bounds every answer. BenchmarkReady
// measures it.
func newServer(ctx, answers context.Context, cfg config, log *slog.Logger) (*app, *web.Server, error) {
	a, err := build(ctx, cfg, log)
	if err != nil {
		return nil, nil, err
	}
	limits := web.Limits{MaxFrameBytes: int64(cfg.MaxFrame), AsksPerMinute: cfg.AsksPerMinute, MaxStreams: cfg.MaxStreams,
		AnswerTimeout: cfg.AnswerTimeout, WriteTimeout: cfg.WriteTimeout, IdleTimeout: cfg.IdleTimeout}
	if cfg.AllowedOrigins != "" {
		limits.AllowedOrigins = strings.Split(cfg.AllowedOrigins, ",")
	}
	srv := web.New(answers, web.Config{Report: a.report, Tutor: a.tutor, Index: a.index, Limits: limits, Logger: log})
	return a, srv, nil
}

func serve(ctx context.Context, cfg config, log *slog.Logger, stdout io.Writer) error {
	// Listen before building: a taken port fails at once, and a client that connects while the
	// server is being built waits in the listen queue for its answer (/readyz included, which
	// is served only once everything is built) instead of being refused.
	ln, err := net.Listen("tcp", cfg.Addr)
	if err != nil {
		return fmt.Errorf("listening on %s: %w", cfg.Addr, err)
	}
	defer ln.Close()
	answers, endAnswers := context.WithCancel(context.Background())
	defer endAnswers()
	a, srv, err := newServer(ctx, answers, cfg, log)
	if err != nil {
		return err
	}
	hs := &http.Server{Handler: srv.Handler(), ReadHeaderTimeout: 10 * time.Second, IdleTimeout: 120 * time.Second}
	mode := "离线检索模式 (offline, extractive answers)"
	if a.tutor.Mode() == tutor.ModeGenerative {
		mode = "生成模式 (generative, model " + a.tutor.ModelName() + ")"
	}
	fmt.Fprintf(stdout, "LLM 科普导师 is serving http://%s — %s\n", displayAddr(ln.Addr().String(), cfg.Addr), mode)

	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("serving: %w", err)
	case <-ctx.Done():
	}
	log.Info("shutting down: no new connections; letting answers finish", "grace", shutdownGrace)
	srv.SetReady(false)
	dctx, cancel := context.WithTimeout(context.Background(), shutdownGrace)
	defer cancel()
	_ = hs.Shutdown(dctx) // stops accepting; websockets are hijacked and drained below
	if err := srv.Drain(dctx); err != nil {
		log.Warn("answers still running at the deadline are ended", "err", err)
	}
	endAnswers()
	srv.Wait()
	log.Info("stopped")
	return nil
}

// displayAddr turns a listen address into one a browser can open.
func displayAddr(actual, configured string) string {
	host, port, err := net.SplitHostPort(actual)
	if err != nil {
		return actual
	}
	if ch, _, err := net.SplitHostPort(configured); err == nil && ch != "" {
		host = ch
	} else if ip := net.ParseIP(host); ip != nil && ip.IsUnspecified() {
		host = "localhost"
	}
	return net.JoinHostPort(host, port)
}

func ask(ctx context.Context, cfg config, log *slog.Logger, q string, history []string, out io.Writer) error {
	quiet := slog.New(slog.DiscardHandler)
	if cfg.LogLevel == "debug" {
		quiet = log
	}
	a, err := build(ctx, cfg, quiet)
	if err != nil {
		return err
	}
	req := tutor.Request{Question: q}
	for _, h := range history {
		req.History = append(req.History, tutor.Turn{Role: "user", Content: h})
	}
	var cites []tutor.Citation
	var reasoning bool
	err = a.tutor.Answer(ctx, req, func(e tutor.Event) error {
		switch e.Type {
		case tutor.EventReasoning:
			if !reasoning {
				fmt.Fprint(out, "〔思考〕")
				reasoning = true
			}
			fmt.Fprint(out, e.Text)
		case tutor.EventToken:
			if reasoning {
				fmt.Fprint(out, "\n〔回答〕")
				reasoning = false
			}
			fmt.Fprint(out, e.Text)
		case tutor.EventCitations:
			cites = e.Citations
		case tutor.EventError:
			fmt.Fprintf(out, "\n〔%s〕\n", e.Error.Message)
		}
		return nil
	})
	fmt.Fprintln(out)
	if len(cites) > 0 {
		fmt.Fprintln(out, "\n出处：")
		for _, c := range cites {
			mark := ""
			if !c.Supported {
				mark = "（未能核实：" + strings.Join(c.Unsupported, "、") + "）"
			}
			fmt.Fprintf(out, "[%d] %s — %s%s\n", c.N, c.Title, c.URL, mark)
		}
	}
	var reqErr tutor.RequestError
	if errors.As(err, &reqErr) {
		return errors.New(reqErr.Info.Message)
	}
	return err
}

func check(stdout, stderr io.Writer) int {
	r, err := corpus.Embedded()
	if err != nil {
		fmt.Fprintln(stderr, "tutor check:", err)
		return 1
	}
	probs := r.Check()
	for _, p := range probs {
		fmt.Fprintln(stdout, p)
	}
	terms := len(r.Terms())
	fmt.Fprintf(stdout, "%d chapters, %d sections, %d concept entries, %d sources, %d problems\n",
		len(r.Chapters), len(r.AllSections()), terms, len(r.Sources), len(probs))
	if len(probs) > 0 {
		return 1
	}
	return 0
}

func healthcheck(ctx context.Context, addr string) error {
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		return fmt.Errorf("healthcheck: bad address %q: %w", addr, err)
	}
	if host == "" || host == "0.0.0.0" || host == "::" {
		host = "127.0.0.1"
	}
	ctx, cancel := context.WithTimeout(ctx, 3*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, "http://"+net.JoinHostPort(host, port)+"/healthz", nil)
	if err != nil {
		return err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return fmt.Errorf("healthcheck: %w", err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("healthcheck: /healthz answered %s", resp.Status)
	}
	return nil
}
