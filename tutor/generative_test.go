package tutor

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"llmtutor/retriever"
)

// assertPrompt checks what the model was sent: the rules, the history, the numbered
// passages and, last, the question; and that the retrieval event shows exactly that.
func assertPrompt(t *testing.T, got chatRequest, ret *Retrieval, req Request) {
	t.Helper()
	if got.Model != "test-model" || !got.Stream {
		t.Errorf("request model %q stream %v, want test-model streamed", got.Model, got.Stream)
	}
	msgs := got.Messages
	if len(msgs) != len(req.History)+2 {
		t.Fatalf("model got %d messages, want system + %d turns + question", len(msgs), len(req.History))
	}
	if msgs[0].Role != "system" || msgs[0].Content != SystemPrompt {
		t.Errorf("first message is not the system prompt: %+v", msgs[0])
	}
	for i, turn := range req.History {
		if msgs[1+i] != (Message{Role: turn.Role, Content: turn.Content}) {
			t.Errorf("message %d = %+v, want history turn %+v", 1+i, msgs[1+i], turn)
		}
	}
	last := msgs[len(msgs)-1]
	if last.Role != "user" {
		t.Errorf("last message role %q, want user", last.Role)
	}
	if !strings.HasSuffix(last.Content, "问题："+strings.TrimSpace(req.Question)) {
		t.Errorf("the question is not last: %q", last.Content)
	}
	if len(ret.Passages) == 0 {
		t.Fatal("no passages retrieved")
	}
	at := 0
	for i, p := range ret.Passages {
		entry := fmt.Sprintf("[%d]《%s》%s\n", i+1, p.Title, p.Text)
		j := strings.Index(last.Content[at:], entry)
		if j < 0 {
			t.Errorf("passage [%d] is missing or out of order in the prompt", i+1)
			continue
		}
		at += j + len(entry)
		if !p.Used {
			t.Errorf("passage [%d] was given to the model but is not marked used", i+1)
		}
	}
	if ret.Prompt != PromptText(msgs) {
		t.Errorf("the retrieval event's prompt is not what the model was sent:\n%s", ret.Prompt)
	}
}

func TestGenerativeAnswer(t *testing.T) {
	const question = "GPQA Diamond 是什么？"
	tests := []struct {
		name          string
		chunks        []chunk
		wantTokens    string
		wantReasoning string
		wantCited     []int
	}{
		{
			name: "plain",
			chunks: []chunk{
				{Content: "GPQA Diamond 是一个基准"}, {Content: "["}, {Content: "1"}, {Content: "]。它考研究生"},
				{Content: "水平的科学题[2]["}, {Content: "3]，另见[1, 2]。"},
				{Content: "无效标记[9]和[0"}, {Content: "]应删除[注]。"},
			},
			wantTokens: "GPQA Diamond 是一个基准[1]。它考研究生水平的科学题[2][3]，另见[1][2]。无效标记和应删除[注]。",
			wantCited:  []int{1, 2, 3},
		},
		{
			name:       "full-width and listed markers",
			chunks:     content("它是基准［2］。它考科学题[3，9、1]。", 4, 1, 5),
			wantTokens: "它是基准[2]。它考科学题[3][1]。",
			wantCited:  []int{2, 3, 1},
		},
		{
			name: "reasoning first",
			chunks: []chunk{
				{Reasoning: "用户问 GPQA Diamond，"}, {Reasoning: "段落 [1] 有定义。"},
				{Content: "GPQA Diamond 是"}, {Content: "一个基准[1]。"},
			},
			wantTokens:    "GPQA Diamond 是一个基准[1]。",
			wantReasoning: "用户问 GPQA Diamond，段落 [1] 有定义。",
			wantCited:     []int{1},
		},
		{
			name:       "no markers",
			chunks:     content("报告没有涉及这个问题。", 2),
			wantTokens: "报告没有涉及这个问题。",
			wantCited:  []int{},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			llm := newFakeLLM(t, llmScript{Chunks: tt.chunks})
			tu := newTutor(t, llm.model())
			if tu.Mode() != ModeGenerative || tu.ModelName() != "test-model" {
				t.Fatalf("mode %q model %q", tu.Mode(), tu.ModelName())
			}
			req := Request{Question: question}
			evs, err := collect(context.Background(), tu, req)
			if err != nil {
				t.Fatalf("Answer: %v", err)
			}
			pattern := `^RT+CD$`
			if tt.wantReasoning != "" {
				pattern = `^RZ+T+CD$`
			}
			assertShape(t, evs, pattern)
			ret := retrievalOf(t, evs)
			if len(ret.Passages) != 5 {
				t.Fatalf("%d passages retrieved, want 5 (the invalid markers assume it)", len(ret.Passages))
			}
			if ret.Mode != ModeGenerative || ret.Model != "test-model" || !ret.Covered {
				t.Errorf("retrieval: mode %q model %q covered %v", ret.Mode, ret.Model, ret.Covered)
			}
			if got := text(evs, EventToken); got != tt.wantTokens {
				t.Errorf("tokens = %q\nwant     %q", got, tt.wantTokens)
			}
			if got := text(evs, EventReasoning); got != tt.wantReasoning {
				t.Errorf("reasoning = %q, want %q", got, tt.wantReasoning)
			}
			if tt.wantReasoning != "" && strings.Contains(text(evs, EventToken), "用户问") {
				t.Error("reasoning leaked into the answer")
			}
			cites := citationsOf(t, evs)
			var cited []int
			for _, c := range cites {
				cited = append(cited, c.N)
				if !c.Supported {
					t.Errorf("citation [%d] unsupported: %v", c.N, c.Unsupported)
				}
			}
			if !slices.Equal(cited, tt.wantCited) {
				t.Errorf("cited %v, want %v", cited, tt.wantCited)
			}
			if cites == nil {
				t.Error("citations event carries nil, want a list")
			}
			assertCitationsMatchPassages(t, cites, ret.Passages)
			if d := doneOf(t, evs); !reflect.DeepEqual(d, Done{Mode: ModeGenerative, Covered: true}) {
				t.Errorf("done = %+v", d)
			}
			reqs := llm.recorded()
			if len(reqs) != 1 {
				t.Fatalf("model asked %d times, want once", len(reqs))
			}
			assertPrompt(t, reqs[0], ret, req)
			assertNoSecret(t, evs, testKey)
		})
	}
}

func TestGenerativePromptCarriesHistory(t *testing.T) {
	llm := newFakeLLM(t, llmScript{Chunks: content("GPQA Diamond 共有若干道题[1]。")})
	tu := newTutor(t, llm.model())
	req := Request{Question: " 它一共有多少道题？ ", History: []Turn{
		{Role: "user", Content: "GPQA Diamond 是什么？"},
		{Role: "assistant", Content: "GPQA Diamond 是一个研究生水平的科学问答基准[1]。"},
	}}
	evs, err := collect(context.Background(), tu, req)
	if err != nil {
		t.Fatalf("Answer: %v", err)
	}
	ret := retrievalOf(t, evs)
	if !ret.Followup {
		t.Error("not treated as a follow-up")
	}
	reqs := llm.recorded()
	if len(reqs) != 1 {
		t.Fatalf("model asked %d times", len(reqs))
	}
	assertPrompt(t, reqs[0], ret, req)
}

// firstNumber returns a number the passage states, as the support check reads numbers.
func firstNumber(p Passage) string {
	return regexp.MustCompile(`\d+(?:\.\d+)?`).FindString(retriever.Normalize(p.Text))
}

func TestCitationSupport(t *testing.T) {
	tu := newTutor(t, nil)
	req := Request{Question: "GPQA Diamond 是什么？"}
	found, err := tu.Retrieve(context.Background(), req)
	if err != nil {
		t.Fatalf("Retrieve: %v", err)
	}
	ps := found.passages()
	if len(ps) < 2 {
		t.Fatalf("%d passages; the cases need two", len(ps))
	}
	num1 := firstNumber(ps[0])
	if num1 == "" {
		t.Fatalf("passage [1] states no number: %q", ps[0].Text)
	}
	// A number passage [k] states and passage [1] does not.
	k, numK := 0, ""
	for i := 1; i < len(ps) && k == 0; i++ {
		for _, n := range regexp.MustCompile(`\d+`).FindAllString(retriever.Normalize(ps[i].Text), -1) {
			if !strings.Contains(retriever.Normalize(ps[0].Title+ps[0].Text), n) {
				k, numK = i+1, n
				break
			}
		}
	}
	if k == 0 {
		t.Fatal("no passage states a number passage [1] lacks")
	}
	const absent = "987654"
	for _, p := range ps {
		if strings.Contains(retriever.Normalize(p.Title+p.Text), absent) {
			t.Fatalf("passage [%d] contains %s", p.N, absent)
		}
	}

	tests := []struct {
		name            string
		answer          string
		wantUnsupported map[int][]string // cited passages not listed are supported
	}{
		{"number in passage", fmt.Sprintf("报告提到的数字是 %s[1]。", num1), nil},
		{"number not in passage", "GPQA Diamond 共有 " + absent + " 道题[1]。", map[int][]string{1: {absent}}},
		{"marker after the full stop", "GPQA Diamond 共有 " + absent + " 道题。[1]", map[int][]string{1: {absent}}},
		{"marker after the full stop and a space", "GPQA Diamond 共有 " + absent + " 道题。 [1]\n\n它是基准[2]。", map[int][]string{1: {absent}}},
		{"latin name not in passage", "它由 Zorblax 提出[1]。", map[int][]string{1: {"zorblax"}}},
		{"combined passages support a claim", fmt.Sprintf("数字 %s 和 %s 都出现了[1][%d]。", num1, numK, k), nil},
		{"number of another passage", fmt.Sprintf("题目共有 %s 道[1]。", numK), map[int][]string{1: {numK}}},
		{"only the citing sentence is charged", fmt.Sprintf("共有 %s 道题[1]。数字是 %s[%d]。", absent, numK, k), map[int][]string{1: {absent}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			llm := newFakeLLM(t, llmScript{Chunks: content(tt.answer, 5, 3)})
			tu := newTutor(t, llm.model())
			evs, err := collect(context.Background(), tu, req)
			if err != nil {
				t.Fatalf("Answer: %v", err)
			}
			assertShape(t, evs, `^RT+CD$`)
			ret := retrievalOf(t, evs)
			var ids, wantIDs []string
			for i := range ret.Passages {
				ids, wantIDs = append(ids, ret.Passages[i].ID), append(wantIDs, ps[i].ID)
			}
			if !slices.Equal(ids, wantIDs) {
				t.Fatalf("Answer retrieved %v, Retrieve %v", ids, wantIDs)
			}
			cites := citationsOf(t, evs)
			if want := markersIn(tt.answer); len(cites) != len(want) {
				t.Fatalf("%d citations, want %d (%v)", len(cites), len(want), want)
			}
			for _, c := range cites {
				want := tt.wantUnsupported[c.N]
				if c.Supported != (len(want) == 0) || !slices.Equal(c.Unsupported, want) {
					t.Errorf("citation [%d]: supported %v, unsupported %q; want unsupported %q", c.N, c.Supported, c.Unsupported, want)
				}
			}
		})
	}
}

func TestUpstreamFailureFallsBackOffline(t *testing.T) {
	before := []chunk{{Content: "GPQA Diamond "}, {Content: "是一个"}, {Content: "基准[1"}}
	tests := []struct {
		name       string
		script     llmScript
		wantCode   string
		wantBefore string // the model's text given before it failed
	}{
		{"401", llmScript{Status: http.StatusUnauthorized,
			Body: `{"error":{"message":"Incorrect API key provided: %KEY%","type":"invalid_request_error","code":"invalid_api_key"}}`},
			"upstream_auth", ""},
		{"403", llmScript{Status: http.StatusForbidden, Body: `{"error":{"message":"forbidden","type":"permission_error"}}`}, "upstream_auth", ""},
		{"429", llmScript{Status: http.StatusTooManyRequests, Body: `{"error":{"message":"slow down","type":"rate_limit"}}`}, "upstream_rate_limited", ""},
		{"500 json", llmScript{Status: http.StatusInternalServerError, Body: `{"error":{"message":"internal","type":"server_error"}}`}, "upstream_failed", ""},
		{"500 text", llmScript{Status: http.StatusInternalServerError, Body: "upstream crashed for key %KEY%"}, "upstream_failed", ""},
		{"connection dropped", llmScript{Chunks: append(slices.Clone(before), chunk{Content: "]。"}), Fail: failAbort, FailAfter: 2},
			"upstream_failed", "GPQA Diamond 是一个"},
		{"malformed chunk", llmScript{Chunks: append(slices.Clone(before), chunk{Content: "]。"}), Fail: failMalformed, FailAfter: 3},
			"upstream_failed", "GPQA Diamond 是一个基准"}, // the unfinished marker held back is dropped
		{"error in stream", llmScript{Chunks: append(slices.Clone(before), chunk{Content: "]。"}), Fail: failErrorEvent, FailAfter: 1},
			"upstream_failed", "GPQA Diamond "},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			llm := newFakeLLM(t, tt.script)
			tu := newTutor(t, llm.model())
			req := Request{Question: "GPQA Diamond 是什么？"}
			evs, err := collect(context.Background(), tu, req)
			if err != nil {
				t.Fatalf("Answer: %v", err)
			}
			assertShape(t, evs, `^RT*ET+CD$`)
			if len(llm.recorded()) != 1 {
				t.Errorf("model asked %d times, want once", len(llm.recorded()))
			}
			errAt := slices.IndexFunc(evs, func(e Event) bool { return e.Type == EventError })
			e := evs[errAt].Error
			if e == nil || e.Code != tt.wantCode || e.Message == "" {
				t.Fatalf("error event %+v, want code %s", e, tt.wantCode)
			}
			if got := text(evs[:errAt], EventToken); got != tt.wantBefore {
				t.Errorf("tokens before the failure = %q, want %q", got, tt.wantBefore)
			}
			after := text(evs[errAt:], EventToken)
			// The fallback follows the model's text in a paragraph of its own and opens with a
			// cited sentence, as every offline answer does.
			if first, _, _ := strings.Cut(strings.TrimPrefix(after, "\n\n"), "\n"); !strings.HasPrefix(after, "\n\n") || len(markersIn(first)) == 0 {
				t.Errorf("the fallback does not open with a cited sentence: %q", after)
			}
			ret := retrievalOf(t, evs)
			cites := citationsOf(t, evs)
			var cited []int
			for i, c := range cites {
				cited = append(cited, c.N)
				// Every passage was given to the model, so all stay Used; the offline answer's
				// citations still name retrieved sections and quote them.
				if c.N != i+1 || !slices.ContainsFunc(ret.Passages, func(p Passage) bool {
					return p.Anchor == c.Anchor && p.Title == c.Title && strings.Contains(c.Text, p.Text)
				}) {
					t.Errorf("fallback citation %d = [%d] %s names no retrieved section", i, c.N, c.Anchor)
				}
				for _, q := range strings.Split(c.Quote, "\n") {
					if q == "" || !strings.Contains(c.Text, q) || !strings.Contains(after, strings.TrimRight(q, "。；")) {
						t.Errorf("fallback citation [%d] quotes %q", c.N, q)
					}
				}
			}
			if m := markersIn(after); len(m) == 0 || !slices.Equal(cited, m) {
				t.Errorf("fallback markers %v, citations %v", m, cited)
			}
			if d := doneOf(t, evs); !reflect.DeepEqual(d, Done{Mode: ModeOffline, Covered: true, Fallback: true}) {
				t.Errorf("done = %+v, want an offline fallback", d)
			}
			assertNoSecret(t, evs, testKey)
		})
	}
}

func TestCancelledSlowStream(t *testing.T) {
	var chunks []chunk
	for i := range 200 { // ten seconds if nobody stops it
		chunks = append(chunks, chunk{Content: fmt.Sprintf("第 %d 段[1]。", i)})
	}
	llm := newFakeLLM(t, llmScript{Chunks: chunks, Interval: 50 * time.Millisecond})
	tu := newTutor(t, llm.model())
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()

	var evs []Event
	var cancelledAt time.Time
	start := time.Now()
	err := tu.Answer(ctx, Request{Question: "GPQA Diamond 是什么？"}, func(e Event) error {
		evs = append(evs, e)
		if e.Type == EventToken && cancelledAt.IsZero() && strings.Count(text(evs, EventToken), "段") >= 3 {
			cancelledAt = time.Now()
			cancel()
		}
		return nil
	})
	returned := time.Now()
	if cancelledAt.IsZero() {
		t.Fatalf("the stream ended before three chunks arrived: %v, events %q", err, shape(evs))
	}
	if !errors.Is(err, context.Canceled) {
		t.Errorf("Answer = %v, want context.Canceled", err)
	}
	if d := returned.Sub(cancelledAt); d > time.Second {
		t.Errorf("Answer returned %v after the cancel", d)
	}
	if d := returned.Sub(start); d > 5*time.Second {
		t.Errorf("Answer took %v: the stream was read to its end", d)
	}
	assertShape(t, evs, `^RT+$`)
	llm.assertEndedSoon(t, cancelledAt, "the cancel")
}
