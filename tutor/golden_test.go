package tutor

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"testing"
	"time"
)

var update = flag.Bool("update", false, "rewrite tutor/testdata/golden-answers.jsonl from the current composition")

// goldenQuestions mix the kinds of question the offline answer tells apart, in the report's
// words and in everyday phrasing, with two follow-ups.
var goldenQuestions = []struct {
	Question string
	History  []string
}{
	{Question: "什么是词元？"},
	{Question: "GPQA Diamond 是什么？"},
	{Question: "token 是啥"},
	{Question: "幻觉是怎么产生的？"},
	{Question: "AI 为什么会胡说八道"},
	{Question: "为什么模型的知识有截止日期？"},
	{Question: "大模型是怎么训练出来的？"},
	{Question: "RAG 是怎么工作的"},
	{Question: "RLHF 和 DPO 有什么区别"},
	{Question: "开源和开放权重有啥不一样"},
	{Question: "o1 跟 GPT-4o 比有什么不同"},
	{Question: "GPQA Diamond 一共有多少道题？"},
	{Question: "GPT-3 有多少参数"},
	{Question: "Transformer 是哪一年提出的？"},
	{Question: "ChatGPT 啥时候发布的"},
	{Question: "Kimi 是哪家公司做的？"},
	{Question: "DeepSeek-R1 是谁开发的"},
	{Question: "o3-mini 能看图吗？"},
	{Question: "量化会让模型变笨吗"},
	{Question: "混合专家有什么好处？"},
	{Question: "量化的代价是什么"},
	{Question: "思维链有啥用"},
	{Question: "MMLU 有什么局限？"},
	{Question: "o3-mini 在 GPQA 上多少分"},
	{Question: "哪个模型最强"},
	{Question: "我该选哪个大模型写代码？"},
	{Question: "上下文窗口是什么意思"},
	{Question: "温度参数调高了会怎样"},
	{Question: "它一共有多少道题？", History: []string{"GPQA Diamond 是什么？"}},
	{Question: "它有什么好处？", History: []string{"什么是混合专家？"}},
}

// goldenAnswer is one line of the golden file: what the reader is shown.
type goldenAnswer struct {
	Question string   `json:"question"`
	History  []string `json:"history,omitempty"`
	Answer   string   `json:"answer"`
	Cited    []string `json:"cited"` // the anchors of the citations, in marker order
}

// TestGoldenAnswers regenerates the offline answers to fixed questions and compares them with
// the golden file, so any change to composition shows up in review as a diff of what readers
// read. Run with -update to accept the change.
func TestGoldenAnswers(t *testing.T) {
	tu := newTutor(t, nil)
	var got []goldenAnswer
	for i, g := range goldenQuestions {
		evs, err := collect(context.Background(), tu, goldenRequest(i))
		if err != nil {
			t.Fatalf("%s: %v", g.Question, err)
		}
		a := goldenAnswer{Question: g.Question, History: g.History, Answer: text(evs, EventToken), Cited: []string{}}
		for _, c := range citationsOf(t, evs) {
			a.Cited = append(a.Cited, c.Anchor)
		}
		got = append(got, a)
	}
	path := filepath.Join("testdata", "golden-answers.jsonl")
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	for _, a := range got {
		if err := enc.Encode(a); err != nil {
			t.Fatal(err)
		}
	}
	if *update {
		if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatalf("%v (run go test ./tutor/ -run TestGoldenAnswers -update to create it)", err)
	}
	defer f.Close()
	var want []goldenAnswer
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		var a goldenAnswer
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		want = append(want, a)
	}
	if len(want) != len(got) {
		t.Fatalf("%s has %d answers, the test asks %d questions (-update to rewrite)", path, len(want), len(got))
	}
	for i := range got {
		g, w := got[i], want[i]
		if g.Question != w.Question {
			t.Errorf("answer %d is to %q, the golden file's to %q", i, g.Question, w.Question)
			continue
		}
		if g.Answer != w.Answer || !slices.Equal(g.Cited, w.Cited) {
			t.Errorf("the answer to %q changed (review, then -update):\n--- golden\n%s\n%v\n--- now\n%s\n%v", g.Question, w.Answer, w.Cited, g.Answer, g.Cited)
		}
	}
}

// BenchmarkOfflineAnswer measures a whole offline answer, retrieval included, as the server
// gives it: the time from question to the done event, over the golden questions. Besides the
// mean it reports the median (p50-ns), which a few slow retrievals do not move.
func BenchmarkOfflineAnswer(b *testing.B) {
	tu := benchTutor(b)
	ctx := context.Background()
	discard := func(Event) error { return nil }
	var took []time.Duration
	for i := 0; b.Loop(); i++ {
		start := time.Now()
		if err := tu.Answer(ctx, goldenRequest(i), discard); err != nil {
			b.Fatal(err)
		}
		took = append(took, time.Since(start))
	}
	slices.Sort(took)
	b.ReportMetric(float64(took[len(took)/2].Nanoseconds()), "p50-ns")
}

// BenchmarkOfflineComposition measures composition alone, on passages already retrieved.
func BenchmarkOfflineComposition(b *testing.B) {
	tu := benchTutor(b)
	var found []Found
	var qs []asked
	for i := range goldenQuestions {
		f, err := tu.Retrieve(context.Background(), goldenRequest(i))
		if err != nil {
			b.Fatal(err)
		}
		found = append(found, f)
		qs = append(qs, tu.readQuestion(goldenQuestions[i].Question, f))
	}
	for i := 0; b.Loop(); i++ {
		composeOffline(qs[i%len(found)], found[i%len(found)].Result, tu.ix, tu.sentences)
	}
}

func benchTutor(b *testing.B) *Tutor {
	ix, err := sharedIndex()
	if err != nil {
		b.Fatal(err)
	}
	tu, err := New(Config{Index: ix})
	if err != nil {
		b.Fatal(err)
	}
	return tu
}

func goldenRequest(i int) Request {
	g := goldenQuestions[i%len(goldenQuestions)]
	req := Request{Question: g.Question}
	for _, h := range g.History {
		req.History = append(req.History, Turn{Role: "user", Content: h})
	}
	return req
}

// Answers given at once, by one Tutor whose passages are read for the first time by several
// questions together, read as the same questions answered one by one by another (see
// sentenceCache).
func TestConcurrentAnswersReadAsAlone(t *testing.T) {
	alone := newTutor(t, nil)
	want := make([]string, len(goldenQuestions))
	for i := range goldenQuestions {
		evs, err := collect(context.Background(), alone, goldenRequest(i))
		if err != nil {
			t.Fatal(err)
		}
		want[i] = text(evs, EventToken)
	}
	together := newTutor(t, nil)
	got := make([]string, 2*len(goldenQuestions))
	errs := make([]error, len(got))
	var wg sync.WaitGroup
	for i := range got {
		wg.Go(func() {
			evs, err := collect(context.Background(), together, goldenRequest(i))
			got[i], errs[i] = text(evs, EventToken), err
		})
	}
	wg.Wait()
	for i := range got {
		if errs[i] != nil {
			t.Fatal(errs[i])
		}
		if q := i % len(goldenQuestions); got[i] != want[q] {
			t.Errorf("%s: answered together\n%s\nalone\n%s", goldenQuestions[q].Question, got[i], want[q])
		}
	}
}
