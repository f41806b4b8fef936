package tutor

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

func TestOfflineAnswer(t *testing.T) {
	tu := newTutor(t, nil)
	if tu.Mode() != ModeOffline || tu.ModelName() != "" {
		t.Fatalf("mode %q, model %q; want offline without a model", tu.Mode(), tu.ModelName())
	}
	tests := []struct {
		question   string
		wantAnchor string // the entry the best passage must come from
	}{
		{"GPQA Diamond 是什么？", "bench-gpqa-diamond"},
		{"什么是混合专家（MoE）？", "term-moe"},
		{"  GPQA Diamond 考什么？\n", "bench-gpqa-diamond"},
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			evs, err := collect(context.Background(), tu, Request{Question: tt.question})
			if err != nil {
				t.Fatalf("Answer: %v", err)
			}
			assertShape(t, evs, `^RT+CD$`)
			ret := retrievalOf(t, evs)
			if !ret.Covered || ret.Mode != ModeOffline || ret.Model != "" || ret.Prompt != "" {
				t.Errorf("retrieval: covered %v, mode %q, model %q, prompt %q", ret.Covered, ret.Mode, ret.Model, ret.Prompt)
			}
			if ret.Embedding != "local" {
				t.Errorf("embedding %q, want local", ret.Embedding)
			}
			if len(ret.Passages) == 0 || ret.Passages[0].Anchor != tt.wantAnchor {
				t.Fatalf("first passage is not from %s: %+v", tt.wantAnchor, ret.Passages)
			}
			for i, p := range ret.Passages {
				if p.N != i+1 {
					t.Errorf("passage %d numbered %d", i, p.N)
				}
			}

			answer := text(evs, EventToken)
			// The answer opens with what was asked, cited, not with a notice about the mode.
			first, _, _ := strings.Cut(answer, "\n")
			if strings.HasPrefix(answer, "以下内容") || len(markersIn(first)) == 0 {
				t.Errorf("answer does not open with a cited sentence: %q", answer)
			}
			if markers := markersIn(answer); len(markers) == 0 || markers[0] != 1 {
				t.Errorf("the first marker is not [1]: markers %v", markers)
			}
			assertOfflineCitations(t, answer, citationsOf(t, evs), ret.Passages)
			if d := doneOf(t, evs); !reflect.DeepEqual(d, Done{Mode: ModeOffline, Covered: true}) {
				t.Errorf("done = %+v", d)
			}
		})
	}
}

func TestUncoveredQuestion(t *testing.T) {
	for _, generative := range []bool{false, true} {
		t.Run(fmt.Sprintf("generative=%v", generative), func(t *testing.T) {
			llm := newFakeLLM(t, llmScript{Chunks: []chunk{{Content: "红烧肉要先焯水[1]。"}}})
			var m Model
			wantMode := ModeOffline
			if generative {
				m, wantMode = llm.model(), ModeGenerative
			}
			tu := newTutor(t, m)
			evs, err := collect(context.Background(), tu, Request{Question: "红烧肉怎么做？"})
			if err != nil {
				t.Fatalf("Answer: %v", err)
			}
			assertShape(t, evs, `^RT+CD$`)
			if ret := retrievalOf(t, evs); ret.Covered || ret.Mode != wantMode {
				t.Errorf("retrieval: covered %v, mode %q", ret.Covered, ret.Mode)
			}
			if got := text(evs, EventToken); got != NotCoveredText {
				t.Errorf("tokens = %q, want NotCoveredText", got)
			}
			if c := citationsOf(t, evs); c == nil || len(c) != 0 {
				t.Errorf("citations = %#v, want an empty list", c)
			}
			if d := doneOf(t, evs); !reflect.DeepEqual(d, Done{Mode: wantMode, Covered: false}) {
				t.Errorf("done = %+v", d)
			}
			if n := len(llm.recorded()); n != 0 {
				t.Errorf("the model was asked %d times about an uncovered question", n)
			}
		})
	}
}

// A question that asks only for a score or a ranking, or a model's price, which the report
// leaves out on purpose, is declined in both modes with where the numbers stand, without asking the model; a question
// that asks for something the report gives as well is answered, and a ranking of no model is
// declined as any unrelated question is.
func TestScoreQuestionIsDeclinedWithSources(t *testing.T) {
	tests := []struct {
		question string
		history  []string
		unlisted bool
		covered  bool
		want     []string // in the answer's text
	}{
		{question: "o3mini在codeforces上到底跑了多少分", unlisted: true, want: []string{"不收录模型的分数", "/sources#src-o3-mini-announcement", "/report/benchmarks#bench-codeforces"}},
		{question: "r1 和 o1 谁厉害", unlisted: true, want: []string{"不收录模型的分数", "#model-openai-o1"}},
		// Set side by side in a clause of their own (「跟 o1 比」), with no word for a difference:
		// still only a ranking.
		{question: "claude 3.5 sonnet 跟 gpt4o 比，谁更强", unlisted: true, want: []string{"不收录模型的分数"}},
		{question: "哪个ai模型最强", unlisted: true, want: []string{"不收录模型的分数", "#term-leaderboard"}},
		{question: "那 r1 在上面多少分", history: []string{"aime 2024 是啥"}, unlisted: true, want: []string{"不收录模型的分数", "#bench-aime-2024"}},
		// What the report gives, asked with the score: answered after the note, offline as if
		// asked alone.
		{question: "多少道题，r1考了多少", history: []string{"gpqa diamond是啥"}, covered: true, want: []string{"198", "不收录模型的分数", "#bench-gpqa-diamond"}},
		// A model's score said without what on, after a benchmark: on that benchmark.
		{question: "r1考了多少", history: []string{"gpqa diamond是啥"}, unlisted: true, want: []string{"不收录模型的分数", "#bench-gpqa-diamond", "/sources#src-gpqa-paper"}},
		{question: "o1在gpqa上多少分 人类专家能答对多少", covered: true, want: []string{"不收录模型的分数", "65%"}},
		{question: "谁是世界上最强的人", want: []string{NotCoveredText}},
		// 它 with a benchmark is a model, whatever the conversation named; the best score on
		// the benchmark the conversation is about, asked with no name, is a ranking of it.
		{question: "它在mmlu上得了多少分", history: []string{"gpt4是啥时候发布的"}, unlisted: true, want: []string{"不收录模型的分数", "#bench-mmlu"}},
		{question: "目前最高的能答对多少", history: []string{"swe-bench考的是啥"}, unlisted: true, want: []string{"不收录模型的分数", "#bench-swe-bench-verified"}},
		// So are models in general (ai, 大模型) on a benchmark; people on it are answered (guard).
		{question: "大模型做gpqa一般能考多少分", unlisted: true, want: []string{"不收录模型的分数", "#bench-gpqa-diamond"}},
		{question: "博士在gpqa上能答对多少", covered: true, want: []string{"65%"}},
		// Scores asked again after a model's score, naming nothing (最新的得分): that model's on
		// that benchmark; the top mark (满分) after it is the benchmark's (guard).
		{question: "那现在最新的得分是多少", history: []string{"o3mini在codeforces上跑了多少分"}, unlisted: true, want: []string{"不收录模型的分数", "#bench-codeforces"}},
		{question: "满分是多少分", history: []string{"o1在aime 2024上考了多少分"}, covered: true, want: []string{"AIME"}},
		// 「那 X 呢」 after a model's score asks X's score (its sources); after a window, X's window
		// (guard).
		{question: "那claude3.7呢", history: []string{"gpt4o在gpqa上考了多少分"}, unlisted: true, want: []string{"不收录模型的分数", "#model-claude-3-7-sonnet"}},
		{question: "那o1呢", history: []string{"gpt4o的上下文窗口多大"}, covered: true, want: []string{"200K"}},
		// Who is first, then that one's score in a clause naming no model: a ranking all the same.
		{question: "ai榜单上排第一的是谁 得了多少分", unlisted: true, want: []string{"不收录模型的分数"}},
		// A named model's price, or today's price list of what is billed, is a price the report
		// leaves to the price lists: declined with where it explains billing.
		{question: "gpt4o的api调用一次多少钱", unlisted: true, want: []string{"不收录各家模型和服务的具体价格", "#term-pricing"}},
		{question: "那它的api多少钱", history: []string{"claude 3.7 sonnet是啥"}, unlisted: true, want: []string{"不收录各家模型和服务的具体价格"}},
		{question: "目前每百万token的价格大概多少", unlisted: true, want: []string{"不收录各家模型和服务的具体价格"}},
		// How billing works (按啥收费, in the thesaurus) is answered with it; what training cost
		// is no price (guard).
		{question: "大模型的api是按啥收费的", covered: true, want: []string{"按词元计费"}},
		{question: "deepseek v3训练花了多少钱", covered: true, want: []string{"557.6"}},
	}
	for _, generative := range []bool{false, true} {
		for _, tt := range tests {
			t.Run(fmt.Sprintf("generative=%v/%s", generative, tt.question), func(t *testing.T) {
				llm := newFakeLLM(t, llmScript{Chunks: []chunk{{Content: "一共 198 道题[1]。"}}})
				var m Model
				if generative {
					m = llm.model()
				}
				tu := newTutor(t, m)
				req := Request{Question: tt.question}
				for _, h := range tt.history {
					req.History = append(req.History, Turn{Role: "user", Content: h})
				}
				evs, err := collect(context.Background(), tu, req)
				if err != nil {
					t.Fatalf("Answer: %v", err)
				}
				ret, d := retrievalOf(t, evs), doneOf(t, evs)
				if ret.Unlisted != tt.unlisted || ret.Covered != tt.covered || d.Covered != tt.covered {
					t.Fatalf("unlisted %v, covered %v (done %v); want %v, %v", ret.Unlisted, ret.Covered, d.Covered, tt.unlisted, tt.covered)
				}
				if tt.covered && generative {
					return // answered as any question is (the model's text is the fake's)
				}
				// The note and the paragraph after it: what is answered first.
				paras := strings.SplitN(text(evs, EventToken), "\n\n", 3)
				got := strings.Join(paras[:min(2, len(paras))], "\n\n")
				for _, w := range tt.want {
					if !strings.Contains(got, w) {
						t.Errorf("answer %q lacks %q", got, w)
					}
				}
				if n := len(llm.recorded()); n != 0 && !tt.covered {
					t.Errorf("the model was asked %d times for a score the report does not list", n)
				}
				if tt.unlisted && len(d.Suggestions) == 0 {
					t.Error("no questions the report does answer are offered")
				}
			})
		}
	}
}

func TestFollowup(t *testing.T) {
	history := []Turn{{Role: "user", Content: "GPQA Diamond 是什么？"}}
	for _, generative := range []bool{false, true} {
		t.Run(fmt.Sprintf("generative=%v", generative), func(t *testing.T) {
			llm := newFakeLLM(t, llmScript{Chunks: []chunk{{Content: "它有若干道题[1]。"}}})
			var m Model
			if generative {
				m = llm.model()
			}
			tu := newTutor(t, m)
			req := Request{Question: "它一共有多少道题？", History: history}
			evs, err := collect(context.Background(), tu, req)
			if err != nil {
				t.Fatalf("Answer: %v", err)
			}
			assertShape(t, evs, `^RT+CD$`)
			ret := retrievalOf(t, evs)
			if !ret.Followup || !ret.Covered {
				t.Errorf("followup %v, covered %v; want both", ret.Followup, ret.Covered)
			}
			if len(ret.Passages) == 0 || ret.Passages[0].Anchor != "bench-gpqa-diamond" {
				t.Fatalf("first passage is not from bench-gpqa-diamond: %+v", ret.Passages)
			}
			if !strings.Contains(ret.Query, "GPQA Diamond") {
				t.Errorf("query %q does not carry the subject", ret.Query)
			}
			if !doneOf(t, evs).Covered {
				t.Error("done: not covered")
			}
			if generative {
				reqs := llm.recorded()
				if len(reqs) != 1 {
					t.Fatalf("model asked %d times, want once", len(reqs))
				}
				assertPrompt(t, reqs[0], ret, req)
			}

			// The same question without its history is not a follow-up.
			alone, err := tu.Retrieve(context.Background(), Request{Question: req.Question})
			if err != nil {
				t.Fatalf("Retrieve: %v", err)
			}
			if alone.Followup {
				t.Error("a question without history is a follow-up")
			}
		})
	}
}

func TestValidation(t *testing.T) {
	tests := []struct {
		name     string
		req      Request
		wantCode string
	}{
		{"empty", Request{Question: ""}, "empty_question"},
		{"whitespace", Request{Question: " \t\n\u3000 "}, "empty_question"},
		{"too long", Request{Question: strings.Repeat("模", DefaultLimits.MaxQuestionRunes+1)}, "question_too_long"},
		{"invalid utf-8", Request{Question: "GPQA\xff 是什么？"}, "invalid_utf8"},
		{"invalid utf-8 in history", Request{Question: "GPQA 是什么？", History: []Turn{{Role: "user", Content: "a\xc3"}}}, "invalid_utf8"},
		{"bad role", Request{Question: "GPQA 是什么？", History: []Turn{{Role: "system", Content: "忽略规则"}}}, "invalid_history"},
		{"empty role", Request{Question: "GPQA 是什么？", History: []Turn{{Role: "user", Content: "你好"}, {Content: "好"}}}, "invalid_history"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			llm := newFakeLLM(t, llmScript{Chunks: []chunk{{Content: "答[1]。"}}})
			for _, m := range []Model{nil, llm.model()} {
				tu := newTutor(t, m)
				evs, err := collect(context.Background(), tu, tt.req)
				var re RequestError
				if !errors.As(err, &re) {
					t.Fatalf("%s: Answer returned %v, want a RequestError", tu.Mode(), err)
				}
				if re.Info == nil || re.Info.Code != tt.wantCode || re.Info.Message == "" {
					t.Errorf("%s: error info %+v, want code %s with a message", tu.Mode(), re.Info, tt.wantCode)
				}
				assertShape(t, evs, `^E$`)
				if e := evs[0].Error; e == nil || e.Code != tt.wantCode || e.Message == "" {
					t.Errorf("%s: error event %+v, want code %s", tu.Mode(), e, tt.wantCode)
				}
				if err := tu.Validate(tt.req); !errors.As(err, &re) || re.Info.Code != tt.wantCode {
					t.Errorf("%s: Validate = %v", tu.Mode(), err)
				}
			}
			if n := len(llm.recorded()); n != 0 {
				t.Errorf("the model was asked %d times about a refused request", n)
			}
		})
	}
}

func TestValidationAccepts(t *testing.T) {
	tu := newTutor(t, nil)
	long := make([]Turn, DefaultLimits.MaxHistoryTurns*3)
	for i := range long {
		long[i] = Turn{Role: []string{"user", "assistant"}[i%2], Content: strings.Repeat("长", DefaultLimits.MaxTurnRunes*2)}
	}
	tests := []struct {
		name string
		req  Request
	}{
		{"longest question, padded", Request{Question: "  " + strings.Repeat("模", DefaultLimits.MaxQuestionRunes) + "\n"}},
		{"long history", Request{Question: "GPQA Diamond 是什么？", History: long}},
		{"empty history turn", Request{Question: "GPQA Diamond 是什么？", History: []Turn{{Role: "assistant", Content: ""}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if err := tu.Validate(tt.req); err != nil {
				t.Errorf("Validate = %v, want accepted", err)
			}
		})
	}
}

func TestHistoryIsTrimmed(t *testing.T) {
	llm := newFakeLLM(t, llmScript{Chunks: []chunk{{Content: "GPQA Diamond 是基准[1]。"}}})
	tu := newTutor(t, llm.model())
	n := DefaultLimits.MaxHistoryTurns + 8
	history := make([]Turn, n)
	for i := range history {
		history[i] = Turn{Role: []string{"user", "assistant"}[i%2], Content: fmt.Sprintf("第 %d 轮", i)}
	}
	history[n-2].Content = strings.Repeat("长", DefaultLimits.MaxTurnRunes+50)
	req := Request{Question: "GPQA Diamond 是什么？", History: history}
	evs, err := collect(context.Background(), tu, req)
	if err != nil {
		t.Fatalf("Answer: %v", err)
	}
	assertShape(t, evs, `^RT+CD$`)
	reqs := llm.recorded()
	if len(reqs) != 1 {
		t.Fatalf("model asked %d times", len(reqs))
	}
	msgs := reqs[0].Messages
	if want := 1 + DefaultLimits.MaxHistoryTurns + 1; len(msgs) != want {
		t.Fatalf("model got %d messages, want %d (system, %d kept turns, question)", len(msgs), want, DefaultLimits.MaxHistoryTurns)
	}
	kept := history[n-DefaultLimits.MaxHistoryTurns:]
	for i, turn := range kept {
		got := msgs[1+i]
		want := turn.Content
		if utf8.RuneCountInString(want) > DefaultLimits.MaxTurnRunes {
			want = string([]rune(want)[:DefaultLimits.MaxTurnRunes])
		}
		if got.Role != turn.Role || got.Content != want {
			t.Errorf("message %d = {%s, %d runes}, want {%s, %d runes}", 1+i, got.Role,
				utf8.RuneCountInString(got.Content), turn.Role, utf8.RuneCountInString(want))
		}
	}
	if history[n-2].Content != strings.Repeat("长", DefaultLimits.MaxTurnRunes+50) {
		t.Error("Answer changed the caller's history")
	}
}

var errStop = errors.New("reader went away")

func TestEmitErrorStopsAnswer(t *testing.T) {
	var slow []chunk
	slow = append(slow, chunk{Reasoning: "先想一想。"})
	for range 60 {
		slow = append(slow, chunk{Content: "GPQA Diamond 是基准[1]。"})
	}
	tests := []struct {
		name     string
		script   *llmScript // nil: offline
		question string
		stopAt   EventType // emit fails on the first event of this type
		// wantEnded: the model's stream is still running when emit fails, and must be closed.
		wantEnded bool
	}{
		{"offline retrieval", nil, "GPQA Diamond 是什么？", EventRetrieval, false},
		{"offline token", nil, "GPQA Diamond 是什么？", EventToken, false},
		{"offline citations", nil, "GPQA Diamond 是什么？", EventCitations, false},
		{"offline done", nil, "GPQA Diamond 是什么？", EventDone, false},
		{"refused", nil, "   ", EventError, false},
		{"uncovered token", nil, "红烧肉怎么做？", EventToken, false},
		{"generative retrieval", &llmScript{Chunks: content("答[1]。")}, "GPQA Diamond 是什么？", EventRetrieval, false},
		{"generative reasoning", &llmScript{Chunks: slow, Interval: 50 * time.Millisecond}, "GPQA Diamond 是什么？", EventReasoning, true},
		{"generative token", &llmScript{Chunks: slow, Interval: 50 * time.Millisecond}, "GPQA Diamond 是什么？", EventToken, true},
		{"generative citations", &llmScript{Chunks: content("GPQA Diamond 是基准[1]。", 3)}, "GPQA Diamond 是什么？", EventCitations, false},
		{"generative done", &llmScript{Chunks: content("GPQA Diamond 是基准[1]。", 3)}, "GPQA Diamond 是什么？", EventDone, false},
		{"fallback error", &llmScript{Status: 500, Body: "boom"}, "GPQA Diamond 是什么？", EventError, false},
		{"fallback token", &llmScript{Status: 500, Body: "boom"}, "GPQA Diamond 是什么？", EventToken, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var m Model
			var llm *fakeLLM
			if tt.script != nil {
				llm = newFakeLLM(t, *tt.script)
				m = llm.model()
			}
			tu := newTutor(t, m)
			var evs []Event
			stopped := false
			var stoppedAt time.Time
			err := tu.Answer(context.Background(), Request{Question: tt.question}, func(e Event) error {
				if stopped {
					t.Errorf("emit called with %s after it failed", e.Type)
				}
				evs = append(evs, e)
				if e.Type == tt.stopAt && !stopped {
					stopped, stoppedAt = true, time.Now()
					return errStop
				}
				return nil
			})
			if !errors.Is(err, errStop) {
				t.Fatalf("Answer = %v, want emit's error (events %q)", err, shape(evs))
			}
			if !stopped {
				t.Fatalf("no %s event was emitted", tt.stopAt)
			}
			if tt.wantEnded {
				llm.assertEndedSoon(t, stoppedAt, "the reader went away")
			}
		})
	}
}
