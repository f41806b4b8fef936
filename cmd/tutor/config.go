package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// config is everything the tutor reads from flags and the environment. Nothing below cmd reads
// the environment.
type config struct {
	Addr            string
	APIKey          string
	BaseURL         string
	ChatModel       string
	EmbedBaseURL    string
	EmbedAPIKey     string
	EmbedModel      string
	EmbedCache      string
	UpstreamTimeout time.Duration
	MaxQuestion     int
	MaxFrame        int
	AnswerTimeout   time.Duration
	WriteTimeout    time.Duration
	IdleTimeout     time.Duration
	AsksPerMinute   int
	MaxStreams      int
	AllowedOrigins  string
	TopK            int
	LogLevel        string
	LogFormat       string
}

// envVar documents one environment variable and the flag it backs.
type envVar struct {
	name, flag, help string
}

var envVars = []envVar{
	{"TUTOR_ADDR", "addr", "address to listen on (serve) or to check (healthcheck)"},
	{"OPENAI_API_KEY", "", "API key of an OpenAI-compatible chat endpoint; set it to switch on generative mode"},
	{"OPENAI_BASE_URL", "base-url", "base URL of the chat endpoint (default: OpenAI's)"},
	{"TUTOR_CHAT_MODEL", "model", "chat model name"},
	{"TUTOR_EMBED_BASE_URL", "embed-base-url", "base URL of an OpenAI-compatible embeddings endpoint (optional; default: local embeddings)"},
	{"TUTOR_EMBED_API_KEY", "", "API key of the embeddings endpoint"},
	{"TUTOR_EMBED_MODEL", "embed-model", "embedding model name"},
	{"TUTOR_EMBED_CACHE", "embed-cache", "directory caching remote embeddings"},
	{"TUTOR_UPSTREAM_TIMEOUT", "upstream-timeout", "longest wait for the chat or embeddings endpoint"},
	{"TUTOR_MAX_QUESTION", "max-question", "longest question, in characters"},
	{"TUTOR_MAX_FRAME", "max-frame", "largest websocket message, in bytes (question and history together)"},
	{"TUTOR_ANSWER_TIMEOUT", "answer-timeout", "longest time one answer may take"},
	{"TUTOR_WS_WRITE_TIMEOUT", "ws-write-timeout", "longest time one websocket write may take"},
	{"TUTOR_WS_IDLE_TIMEOUT", "ws-idle-timeout", "close a websocket that answers no ping for this long (pings every 2/5 of it)"},
	{"TUTOR_ASKS_PER_MINUTE", "asks-per-minute", "questions one connection may ask per minute"},
	{"TUTOR_MAX_STREAMS", "max-streams", "answers in progress across all connections"},
	{"TUTOR_ALLOWED_ORIGINS", "allowed-origins", "extra origins allowed to open the websocket, comma-separated"},
	{"TUTOR_TOP_K", "top-k", "passages retrieved per question"},
	{"TUTOR_LOG_LEVEL", "log-level", "debug, info, warn or error"},
	{"TUTOR_LOG_FORMAT", "log-format", "text or json"},
}

func env(name, def string) string {
	if v, ok := os.LookupEnv(name); ok && strings.TrimSpace(v) != "" {
		return strings.TrimSpace(v)
	}
	return def
}

func defaultCacheDir() string {
	if d, err := os.UserCacheDir(); err == nil {
		return filepath.Join(d, "llmtutor", "embeddings")
	}
	return filepath.Join(os.TempDir(), "llmtutor-embeddings")
}

// bindConfig registers the flags of every subcommand on fs, with defaults from the environment.
// Parse errors in environment values are reported after parsing, by validate.
func bindConfig(fs *flag.FlagSet, c *config, envErrs *[]string) {
	intEnv := func(name string, def int) int {
		v := env(name, "")
		if v == "" {
			return def
		}
		n, err := strconv.Atoi(v)
		if err != nil || n <= 0 {
			*envErrs = append(*envErrs, fmt.Sprintf("%s=%q is not a positive whole number", name, v))
			return def
		}
		return n
	}
	durEnv := func(name string, def time.Duration) time.Duration {
		v := env(name, "")
		if v == "" {
			return def
		}
		d, err := time.ParseDuration(v)
		if err != nil || d <= 0 {
			*envErrs = append(*envErrs, fmt.Sprintf("%s=%q is not a duration such as 60s", name, v))
			return def
		}
		return d
	}
	c.APIKey = env("OPENAI_API_KEY", "")
	c.EmbedAPIKey = env("TUTOR_EMBED_API_KEY", "")
	fs.StringVar(&c.Addr, "addr", env("TUTOR_ADDR", "localhost:8080"), "")
	fs.StringVar(&c.BaseURL, "base-url", env("OPENAI_BASE_URL", ""), "")
	fs.StringVar(&c.ChatModel, "model", env("TUTOR_CHAT_MODEL", "gpt-4o-mini"), "")
	fs.StringVar(&c.EmbedBaseURL, "embed-base-url", env("TUTOR_EMBED_BASE_URL", ""), "")
	fs.StringVar(&c.EmbedModel, "embed-model", env("TUTOR_EMBED_MODEL", "text-embedding-3-small"), "")
	fs.StringVar(&c.EmbedCache, "embed-cache", env("TUTOR_EMBED_CACHE", defaultCacheDir()), "")
	fs.DurationVar(&c.UpstreamTimeout, "upstream-timeout", durEnv("TUTOR_UPSTREAM_TIMEOUT", 60*time.Second), "")
	fs.IntVar(&c.MaxQuestion, "max-question", intEnv("TUTOR_MAX_QUESTION", 500), "")
	fs.IntVar(&c.MaxFrame, "max-frame", intEnv("TUTOR_MAX_FRAME", 16<<10), "")
	fs.DurationVar(&c.AnswerTimeout, "answer-timeout", durEnv("TUTOR_ANSWER_TIMEOUT", 3*time.Minute), "")
	fs.DurationVar(&c.WriteTimeout, "ws-write-timeout", durEnv("TUTOR_WS_WRITE_TIMEOUT", 10*time.Second), "")
	fs.DurationVar(&c.IdleTimeout, "ws-idle-timeout", durEnv("TUTOR_WS_IDLE_TIMEOUT", 60*time.Second), "")
	fs.IntVar(&c.AsksPerMinute, "asks-per-minute", intEnv("TUTOR_ASKS_PER_MINUTE", 20), "")
	fs.IntVar(&c.MaxStreams, "max-streams", intEnv("TUTOR_MAX_STREAMS", 64), "")
	fs.StringVar(&c.AllowedOrigins, "allowed-origins", env("TUTOR_ALLOWED_ORIGINS", ""), "")
	fs.IntVar(&c.TopK, "top-k", intEnv("TUTOR_TOP_K", 5), "")
	fs.StringVar(&c.LogLevel, "log-level", env("TUTOR_LOG_LEVEL", "info"), "")
	fs.StringVar(&c.LogFormat, "log-format", env("TUTOR_LOG_FORMAT", "text"), "")
}

func (c *config) validate() error {
	var errs []string
	if c.MaxQuestion <= 0 || c.AsksPerMinute <= 0 || c.MaxStreams <= 0 || c.TopK <= 0 {
		errs = append(errs, "-max-question, -asks-per-minute, -max-streams and -top-k must be positive")
	}
	if c.MaxFrame < 1024 || c.MaxFrame > 1<<20 {
		errs = append(errs, "-max-frame must be between 1024 and 1048576 bytes")
	}
	if c.AnswerTimeout <= 0 || c.WriteTimeout <= 0 || c.IdleTimeout < time.Second {
		errs = append(errs, "-answer-timeout and -ws-write-timeout must be positive, -ws-idle-timeout at least 1s")
	}
	if c.TopK > 20 {
		errs = append(errs, "-top-k must be at most 20")
	}
	if c.UpstreamTimeout <= 0 {
		errs = append(errs, "-upstream-timeout must be positive")
	}
	for _, u := range []struct{ name, v string }{{"-base-url", c.BaseURL}, {"-embed-base-url", c.EmbedBaseURL}} {
		if u.v != "" && !strings.HasPrefix(u.v, "http://") && !strings.HasPrefix(u.v, "https://") {
			errs = append(errs, u.name+" must start with http:// or https://")
		}
	}
	switch c.LogLevel {
	case "debug", "info", "warn", "error":
	default:
		errs = append(errs, "-log-level must be debug, info, warn or error")
	}
	switch c.LogFormat {
	case "text", "json":
	default:
		errs = append(errs, "-log-format must be text or json")
	}
	if len(errs) > 0 {
		return fmt.Errorf("invalid configuration: %s", strings.Join(errs, "; "))
	}
	return nil
}

// usage explains the subcommands, every flag and every variable.
func usage(w io.Writer, fs *flag.FlagSet) {
	fmt.Fprint(w, `LLM 科普导师 — a Chinese popular-science report on large language models, with a RAG chat.

Usage:
  tutor [serve] [flags]          serve the chat and the report (default)
  tutor ask [flags] "问题"        answer one question in the terminal (-history "earlier question", repeatable)
  tutor eval [flags]             measure retrieval on a question set (-questions FILE -k 5 -dump FILE)
  tutor check                    validate the embedded report and print every problem
  tutor healthcheck [flags]      exit 0 when the server at -addr answers /healthz (for Docker)

Flags (each defaults to its environment variable):
`)
	fs.VisitAll(func(f *flag.Flag) {
		v := ""
		for _, e := range envVars {
			if e.flag == f.Name {
				v = e.name
			}
		}
		help := f.Usage
		for _, e := range envVars {
			if e.flag == f.Name {
				help = e.help
			}
		}
		def := f.DefValue
		fmt.Fprintf(w, "  -%-18s %s", f.Name, help)
		if v != "" {
			fmt.Fprintf(w, " [$%s]", v)
		}
		if def != "" {
			fmt.Fprintf(w, " (now: %s)", def)
		}
		fmt.Fprintln(w)
	})
	fmt.Fprint(w, "\nEnvironment variables without a flag (secrets are never taken from the command line):\n")
	for _, e := range envVars {
		if e.flag == "" {
			fmt.Fprintf(w, "  %-22s %s\n", e.name, e.help)
		}
	}
}
