package tutor

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"unicode/utf8"

	"llmtutor/retriever"
)

// Turn is one earlier message of the conversation, oldest first.
type Turn struct {
	Role    string `json:"role"` // user or assistant
	Content string `json:"content"`
}

// Request is one question in its conversation.
type Request struct {
	Question string
	History  []Turn
}

// Limits bound what a request may carry.
type Limits struct {
	MaxQuestionRunes int // a longer question is refused
	MaxHistoryTurns  int // older turns are dropped, not refused
	MaxTurnRunes     int // each kept turn is cut to this length
}

// DefaultLimits are sane for a public chat.
var DefaultLimits = Limits{MaxQuestionRunes: 500, MaxHistoryTurns: 12, MaxTurnRunes: 2000}

// Config builds a Tutor.
type Config struct {
	Index *retriever.Index
	// Model, when set, writes answers from the passages (generative mode); nil answers offline.
	Model  Model
	Limits Limits
	// TopK is how many passages are retrieved and shown; 5 by default.
	TopK   int
	Logger *slog.Logger
}

// Tutor answers questions. It holds no per-conversation state: the client sends the history
// with each question, so any server instance can answer any question.
type Tutor struct {
	ix     *retriever.Index
	model  Model
	limits Limits
	topK   int
	log    *slog.Logger
	// suits holds, by model entry, the passage that says what the model suits (suitsWord), read
	// once: a question on what a model is good at is answered from it (see withSuits).
	suits map[string]retriever.Passage
	// sentences keeps the sentences of the passages read so far (see sentenceCache).
	sentences *sentenceCache
}

// New builds a Tutor.
func New(cfg Config) (*Tutor, error) {
	if cfg.Index == nil {
		return nil, errors.New("building the tutor: no index")
	}
	t := &Tutor{ix: cfg.Index, model: cfg.Model, limits: cfg.Limits, topK: cfg.TopK, log: cfg.Logger, sentences: newSentenceCache()}
	if t.limits == (Limits{}) {
		t.limits = DefaultLimits
	}
	if t.topK <= 0 {
		t.topK = 5
	}
	if t.log == nil {
		t.log = slog.New(slog.DiscardHandler)
	}
	t.suits = map[string]retriever.Passage{}
	for _, p := range t.ix.Passages() {
		if _, seen := t.suits[p.Anchor]; !seen && strings.HasPrefix(p.Anchor, "model-") && strings.Contains(p.Text, suitsWord) {
			t.suits[p.Anchor] = p
		}
	}
	return t, nil
}

// Mode says how answers are composed.
func (t *Tutor) Mode() Mode {
	if t.model != nil {
		return ModeGenerative
	}
	return ModeOffline
}

// ModelName names the chat model, or "" offline.
func (t *Tutor) ModelName() string {
	if t.model == nil {
		return ""
	}
	return t.model.Name()
}

// RequestError is a request the tutor refuses, with a message for the reader.
type RequestError struct{ Info *Error }

func (e RequestError) Error() string { return e.Info.Code + ": " + e.Info.Message }

// Validate checks a question before any work is done.
func (t *Tutor) Validate(req Request) error {
	q := strings.TrimSpace(req.Question)
	switch {
	case !utf8.ValidString(req.Question):
		return RequestError{Info: &Error{Code: "invalid_utf8", Message: "问题包含无效的字符编码，请重新输入。"}}
	case q == "":
		return RequestError{Info: &Error{Code: "empty_question", Message: "问题是空的，请输入想了解的内容。"}}
	case utf8.RuneCountInString(q) > t.limits.MaxQuestionRunes:
		return RequestError{Info: &Error{Code: "question_too_long", Message: fmt.Sprintf("问题太长了（超过 %d 个字），请精简后再问。", t.limits.MaxQuestionRunes)}}
	}
	for _, turn := range req.History {
		if !utf8.ValidString(turn.Content) {
			return RequestError{Info: &Error{Code: "invalid_utf8", Message: "对话历史包含无效的字符编码。"}}
		}
		if turn.Role != "user" && turn.Role != "assistant" {
			return RequestError{Info: &Error{Code: "invalid_history", Message: "对话历史的格式不正确：role 只能是 user 或 assistant。"}}
		}
	}
	return nil
}

// Answer answers one question, calling emit for each event in order: retrieval, then tokens
// (and reasoning), then citations, then done. A refused request emits one error event. When
// the model fails, an error event is followed by the offline answer. emit's error stops the
// answer (the reader went away) and is returned.
func (t *Tutor) Answer(ctx context.Context, req Request, emit func(Event) error) error {
	if err := t.Validate(req); err != nil {
		var re RequestError
		errors.As(err, &re)
		if eerr := emit(Event{Type: EventError, Error: re.Info}); eerr != nil {
			return eerr
		}
		return err
	}
	req.Question = strings.TrimSpace(req.Question)
	req.History = t.trimHistory(req.History)

	found, err := t.Retrieve(ctx, req)
	if err != nil {
		_ = emit(Event{Type: EventError, Error: &Error{Code: "retrieval_failed", Message: "检索报告时出错，请稍后再试。"}})
		return err
	}
	ret := found.event(t)
	if !found.Result.Covered {
		if err := emit(Event{Type: EventRetrieval, Retrieval: ret}); err != nil {
			return err
		}
		text := NotCoveredText
		if found.Unlisted != Listed {
			// The report's scope and where the numbers stand: the official sources its entries
			// cite, and the entries. No model is asked, in either mode: it would answer from
			// memory what the report leaves out.
			text = strings.TrimSpace(scopeNote(found.Unlisted.kind(), nil, found.Result, t.ix))
		}
		return t.decline(emit, text, t.suggest(found.Result))
	}
	if t.model == nil {
		return t.answerOffline(req, found, ret, emit, false)
	}
	return t.answerGenerative(ctx, req, found, ret, emit)
}

// NotCoveredText is what the tutor says when the report does not cover a question.
const NotCoveredText = "这份报告没有涉及这个问题，所以我无法根据报告回答。你可以换个与大语言模型相关的问题，例如「什么是混合专家（MoE）？」或「GPQA Diamond 考什么？」。"

// decline says text instead of an answer and offers suggestions.
func (t *Tutor) decline(emit func(Event) error, text string, suggestions []string) error {
	for _, e := range []Event{
		{Type: EventToken, Text: text},
		{Type: EventCitations, Citations: []Citation{}},
		{Type: EventDone, Done: &Done{Mode: t.Mode(), Covered: false, Suggestions: suggestions}},
	} {
		if err := emit(e); err != nil {
			return err
		}
	}
	return nil
}

// maxSuggestions bounds the questions offered with a decline.
const maxSuggestions = 3

// minSuggestConfidence is how close to covered a declined question must have come for its
// passages to be offered, with a named entry, a 「常见问法」 or the report's own vocabulary (see
// suggest): 「llama 能在树莓派上跑吗」 comes to about 0.09; 「红烧肉怎么做」, which touches
// nothing, gets no suggestions either way.
const minSuggestConfidence = 0.05

// suggest offers, for a declined question that touched the report, questions that the sections
// it came nearest do answer: each section's first 「常见问法」, or 「<title>是什么？」.
func (t *Tutor) suggest(res retriever.Result) []string {
	s := res.Signals
	if res.Coverage < minSuggestConfidence || (s.Named == 0 && s.Ask == 0 && s.Domain == 0) {
		return nil
	}
	var out []string
	seen := map[string]bool{}
	for _, h := range res.Hits {
		if len(out) >= maxSuggestions {
			break
		}
		if seen[h.Anchor] || h.Example || strings.HasPrefix(h.Anchor, "intro-") || strings.HasSuffix(h.Anchor, "-summary") {
			continue // an overview answers no particular question
		}
		seen[h.Anchor] = true
		if asks := t.ix.AsksOf(h.Anchor); len(asks) > 0 {
			out = append(out, asks[0])
			continue
		}
		title := h.Title
		if i := strings.LastIndex(title, " › "); i >= 0 {
			title = title[i+len(" › "):]
		}
		if zh, _, ok := strings.Cut(title, "（"); ok {
			title = zh
		}
		out = append(out, strings.TrimSpace(title)+"是什么？")
	}
	return out
}

func (t *Tutor) trimHistory(h []Turn) []Turn {
	if n := t.limits.MaxHistoryTurns; len(h) > n {
		h = h[len(h)-n:]
	}
	out := make([]Turn, len(h))
	for i, turn := range h {
		c := turn.Content
		if utf8.RuneCountInString(c) > t.limits.MaxTurnRunes {
			c = string([]rune(c)[:t.limits.MaxTurnRunes])
		}
		out[i] = Turn{Role: turn.Role, Content: c}
	}
	return out
}

// Found is what retrieval gave for a request.
type Found struct {
	Result   retriever.Result
	Followup bool
	Lean     Lean   // how the question relies on the conversation
	Subject  string // the earlier subject searched with it, when Followup
	// Unlisted says what the question asks for when it asks only for what the report leaves
	// out on purpose (a model's score, a ranking, a price): it is declined with where to find
	// it, not answered from passages that explain the benchmark or the billing.
	Unlisted Unlisted
}

// Unlisted is what a question asks for that the report leaves out on purpose, if anything.
type Unlisted int

const (
	Listed        Unlisted = iota // nothing the report leaves out: answered or declined as usual
	UnlistedScore                 // a model's score or a ranking
	UnlistedPrice                 // a model's or a service's price
)

// kind is the kind of question whose scope note says where such a thing stands.
func (u Unlisted) kind() kind {
	if u == UnlistedPrice {
		return kindPrice
	}
	return kindScore
}

// Passages returns the hits numbered as the reader and the model see them.
func (f Found) passages() []Passage {
	out := make([]Passage, len(f.Result.Hits))
	for i, h := range f.Result.Hits {
		out[i] = Passage{N: i + 1, ID: h.ID, Anchor: h.Anchor, Chapter: h.Chapter, ChapterTitle: h.ChapterTitle,
			Title: h.Title, Text: h.Text, URL: h.URL(), Figure: h.Figure, Score: h.Score, Lexical: h.Lexical, Vector: h.Vector}
	}
	return out
}

func (f Found) event(t *Tutor) *Retrieval {
	return &Retrieval{Query: f.Result.Rewritten, Followup: f.Followup, Subject: f.Subject, Added: f.Result.Expansion, Covered: f.Result.Covered, Unlisted: f.Unlisted != Listed,
		Coverage: f.Result.Coverage, Mode: t.Mode(), Model: t.ModelName(), Embedding: t.ix.EmbedName(),
		Passages: f.passages()}
}
