package eval

import (
	"context"
	"math"
	"strings"
	"sync"
	"testing"

	"llmtutor/corpus"
	"llmtutor/retriever"
	"llmtutor/tutor"
)

var (
	buildOnce sync.Once
	shared    *tutor.Tutor
	buildErr  error
)

func offlineTutor(t *testing.T) *tutor.Tutor {
	t.Helper()
	buildOnce.Do(func() {
		r, err := corpus.Embedded()
		if err != nil {
			buildErr = err
			return
		}
		ix, err := retriever.Build(context.Background(), r, retriever.Options{})
		if err != nil {
			buildErr = err
			return
		}
		shared, buildErr = tutor.New(tutor.Config{Index: ix})
	})
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	return shared
}

// Floors the project's question set must keep: the targets. The tutor measures above
// them (see the issue notes); a change that drops any figure below its target fails.
const (
	floorHit5         = 0.97
	floorMRR          = 0.85
	floorDecline      = 0.97
	ceilFalseDeclines = 0.02
)

// runSet runs a question set once per test binary: the retrieval test and the answer test
// read the same outcomes.
var runSet = func() func(t *testing.T, path string) []Outcome {
	var mu sync.Mutex
	done := map[string][]Outcome{}
	return func(t *testing.T, path string) []Outcome {
		t.Helper()
		mu.Lock()
		defer mu.Unlock()
		if out, ok := done[path]; ok {
			return out
		}
		qs, err := Load(path)
		if err != nil {
			t.Fatal(err)
		}
		out, err := Run(context.Background(), offlineTutor(t), qs, 5)
		if err != nil {
			t.Fatal(err)
		}
		done[path] = out
		return out
	}
}()

// Floors of what the reader sees, over the covered questions whose passages retrieval found
// (composition is judged apart from retrieval): the expected words in the answer's first 160
// characters, and anywhere in it. The targets are 0.95 and 0.85 for the first figure;
// these floors are just below what composition reaches today (2026-12-03: 0.895/0.980,
// 0.901/0.995, 0.871/0.992), so a change that loses ground fails.
var answerFloors = []struct {
	path           string
	lead, anywhere float64
}{
	{"questions.jsonl", 0.88, 0.97},
	{"reader-questions.jsonl", 0.89, 0.99},
	{"reader-questions-3.jsonl", 0.86, 0.98},
}

func TestAnswersStateWhatWasAsked(t *testing.T) {
	for _, f := range answerFloors {
		t.Run(f.path, func(t *testing.T) {
			s := Summarize(runSet(t, f.path))
			t.Logf("%s: first %d characters %.3f of %d found (%.3f of covered); anywhere %.3f of found (%.3f of covered); answer p50 %s",
				f.path, AnswerLeadRunes, s.AnswerLeadFound, s.Found, s.AnswerLead, s.AnswerAnywhereFound, s.AnswerAnywhere, s.AnswerP50)
			if s.AnswerLeadFound < f.lead || s.AnswerAnywhereFound < f.anywhere {
				t.Errorf("answers regressed: expected words in the opening %.3f (floor %.2f), anywhere %.3f (floor %.2f)",
					s.AnswerLeadFound, f.lead, s.AnswerAnywhereFound, f.anywhere)
			}
		})
	}
}

func TestJudgeAnswer(t *testing.T) {
	q := Question{ID: "x", Question: "?", All: []string{"GPQA"}, Any: []string{"198 题"}}
	long := strings.Repeat("很长的铺垫。", 40)
	for _, c := range []struct {
		answer         string
		lead, anywhere bool
	}{
		{"**GPQA Diamond**：共 198 题 [1]。", true, true},
		{"[GPQA](/report/benchmarks#bench-gpqa-diamond) 有 198 题[2]", true, true},
		{long + "GPQA 有 198 题", false, true},
		{"GPQA 有 448 题", false, false},
		{"GPQA 有 19[1]8 题", true, true}, // a marker inside a number is not what the reader reads
	} {
		lead, anywhere := judgeAnswer(q, c.answer)
		if lead != c.lead || anywhere != c.anywhere {
			t.Errorf("judgeAnswer(%.40q) = %v, %v; want %v, %v", c.answer, lead, anywhere, c.lead, c.anywhere)
		}
	}
}

func TestProjectQuestionSet(t *testing.T) {
	qs, err := Load("questions.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	if len(qs) < 150 {
		t.Fatalf("the project's set has %d questions; at least 150", len(qs))
	}
	var none, followups int
	for _, q := range qs {
		if !q.Covered() {
			none++
		}
		if len(q.History) > 0 {
			followups++
		}
	}
	if none < 20 || followups < 10 {
		t.Fatalf("the set needs at least 20 off-topic questions (has %d) and 10 follow-ups (has %d)", none, followups)
	}
	checkRetrieval(t, "questions.jsonl", retrievalFloors{floorHit5, floorMRR, floorDecline, ceilFalseDeclines})
}

// retrievalFloors are the figures a question set must keep.
type retrievalFloors struct{ hit5, mrr, decline, falseDeclines float64 }

// checkRetrieval runs a set (once per test binary), logs its report and fails below a floor.
func checkRetrieval(t *testing.T, path string, f retrievalFloors) {
	t.Helper()
	s := Summarize(runSet(t, path))
	var b strings.Builder
	s.Print(&b)
	t.Log("\n" + b.String())
	if s.Hit5 < f.hit5 || s.MRR < f.mrr || s.DeclineRate < f.decline || s.FalseDeclineRate > f.falseDeclines {
		t.Errorf("retrieval regressed on %s: hit@5 %.3f (floor %.2f), MRR %.3f (floor %.2f), decline %.3f (floor %.2f), false declines %.3f (ceiling %.2f)",
			path, s.Hit5, f.hit5, s.MRR, f.mrr, s.DeclineRate, f.decline, s.FalseDeclineRate, f.falseDeclines)
	}
}

func TestMatchingNormalises(t *testing.T) {
	q := Question{ID: "x", Question: "?", All: []string{"GPT-4o"}, Any: []string{"2024 年 5 月", "May 2024"}}
	for _, c := range []struct {
		text string
		want bool
	}{
		{"ＧＰＴ-4o 发布于 2024年5月", true},
		{"gpt-4o was released in may 2024", true},
		{"GPT-4o 发布于 2024 年", false},
		{"GPT-4 发布于 2024 年 5 月", false},
	} {
		if got := q.Matches(c.text); got != c.want {
			t.Errorf("Matches(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

func TestReadRejectsMalformedLines(t *testing.T) {
	for _, c := range []struct{ name, in, want string }{
		{"bad json", `{"id":"a",`, "set:1"},
		{"unknown field", `{"id":"a","question":"q","any":["x"],"extra":1}`, "unknown field"},
		{"duplicate id", "{\"id\":\"a\",\"question\":\"q\",\"any\":[\"x\"]}\n{\"id\":\"a\",\"question\":\"q\",\"any\":[\"x\"]}", "duplicate id"},
		{"no expectation", `{"id":"a","question":"q"}`, "needs all or any"},
		{"bad expect", `{"id":"a","question":"q","expect":"some"}`, "expect must be"},
	} {
		_, err := Read(strings.NewReader(c.in), "set")
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: error %v, want it to mention %q", c.name, err, c.want)
		}
	}
}

func TestFitSeparatesTheClasses(t *testing.T) {
	// A synthetic set where coverage alone separates answered from declined questions: the fit
	// must give Cov3 a positive weight and classify every point right.
	var os []Outcome
	for i := 0; i < 20; i++ {
		x := float64(i) / 20
		q := Question{ID: "q", Question: "q", Any: []string{"x"}}
		if x < 0.5 {
			q = Question{ID: "q", Question: "q", Expect: "none"}
		}
		os = append(os, Outcome{Question: q, Signals: retriever.Signals{Cov3: x, Cov1: x}})
	}
	f, err := FitCoverage(os)
	if err != nil {
		t.Fatal(err)
	}
	if f.Weights.Cov3 <= 0 {
		t.Fatalf("Cov3 weight %.3f, want positive", f.Weights.Cov3)
	}
	for _, o := range os {
		s := o.Signals
		z := f.Bias + f.Weights.Cov3*s.Cov3 + f.Weights.Cov1*s.Cov1
		if (z >= 0) != o.Question.Covered() {
			t.Errorf("point %.2f classified %v", s.Cov3, z >= 0)
		}
	}
}

func TestCrossValidate(t *testing.T) {
	// Covered questions have strong, on-topic signals; declined ones weak signals. Two of the
	// off-topic questions look covered, so a fold that holds them answers them: the figures
	// must say so, not echo the fit.
	var os []Outcome
	for i := 0; i < 40; i++ {
		x := float64(i%20) / 20
		q := Question{ID: "q", Question: "q", Any: []string{"x"}}
		s := retriever.Signals{Cov3: 0.5 + x/2, Cov1: 0.5 + x/2, Lead: 0.5, Domain: 0.5}
		if i%2 == 1 {
			q = Question{ID: "q", Question: "q", Expect: "none"}
			s = retriever.Signals{Cov3: x / 4, Cov1: x / 4, Lead: 0.1, Domain: 0.1}
			if i == 1 || i == 3 {
				s = retriever.Signals{Cov3: 1, Cov1: 1, Lead: 0.5, Domain: 0.5}
			}
		}
		os = append(os, Outcome{Question: q, Signals: s})
	}
	cv, err := CrossValidate(os, 5)
	if err != nil {
		t.Fatal(err)
	}
	if cv.Folds != 5 || cv.FalseDecline != 0 {
		t.Errorf("cross-validation %+v: want 5 folds and no false declines", cv)
	}
	if want := 18.0 / 20; math.Abs(cv.DeclineRate-want) > 1e-9 {
		t.Errorf("decline rate %.3f, want %.3f (the two look-alikes answered)", cv.DeclineRate, want)
	}
	if _, err := CrossValidate(os[:1], 1); err == nil {
		t.Error("cross-validating one class gave no error")
	}
}

// Floors of the reader-phrased set (eval/reader-questions.jsonl: questions as people type them,
// written from topics before their writer read the report). They hold the figures measured when
// the set was added, so a change that loses ground on everyday questions fails. The decline
// floor was 0.90 over the first 55 off-topic questions; r269–r308 added 40 harder ones whose
// everyday words collide with report terms (「空调温度」「量化宽松」「word 里文字对齐」), of
// which 0.825 were declined then, 0.884 over all 95. Raised on 2026-12-02 after the thesaurus
// and the Clash signal (measured: hit@5 0.948, MRR 0.841, decline 0.905, false declines 0.005).
const (
	readerFloorHit5    = 0.93
	readerFloorMRR     = 0.82
	readerFloorDecline = 0.89
	readerCeilFalse    = 0.02
)

func TestReaderQuestionSet(t *testing.T) {
	qs, err := Load("reader-questions.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	counts := map[string]int{}
	for _, q := range qs {
		counts[q.Topic]++
	}
	if len(qs) < 200 || counts["topic-change"] < 30 || counts["follow-up"] < 30 || counts["off-topic"]+counts["off-topic-near"] < 40 {
		t.Fatalf("the reader set needs 200 questions with 30 topic changes, 30 follow-ups and 40 off-topic ones; has %d: %v", len(qs), counts)
	}
	checkRetrieval(t, "reader-questions.jsonl", retrievalFloors{readerFloorHit5, readerFloorMRR, readerFloorDecline, readerCeilFalse})
}

// TestThirdReaderQuestionSet holds the third reader set (eval/reader-questions-3.jsonl) just
// below what later fixes reached; raised on 2026-12-03 to just below hit@5 0.978, MRR 0.877,
// decline 0.956, false declines 0.000 (measured blind when it was added: 0.919, 0.798, 0.822,
// 0.052).
func TestThirdReaderQuestionSet(t *testing.T) {
	checkRetrieval(t, "reader-questions-3.jsonl", retrievalFloors{hit5: 0.97, mrr: 0.87, decline: 0.95, falseDeclines: 0.01})
}

// TestFifthReaderQuestionSet holds the figures of a working set written in readers' voices,
// many of its questions in two clauses (see README.md); raised on 2026-12-03 to just below
// hit@5 0.947, MRR 0.827, decline 0.973, false declines 0.000.
func TestFifthReaderQuestionSet(t *testing.T) {
	checkRetrieval(t, "reader-questions-5.jsonl", retrievalFloors{hit5: 0.94, mrr: 0.82, decline: 0.96, falseDeclines: 0.01})
}

// TestSixthReaderQuestionSet holds a working set in yet other readers' voices (see README.md)
// just below what it reaches on 2026-12-03 (hit@5 0.951, MRR 0.860, decline 0.973, false
// declines 0.008; blind: 0.894, 0.778, 0.919, 0.041).
func TestSixthReaderQuestionSet(t *testing.T) {
	checkRetrieval(t, "reader-questions-6.jsonl", retrievalFloors{hit5: 0.94, mrr: 0.85, decline: 0.96, falseDeclines: 0.02})
}

// TestSeventhReaderQuestionSet holds the seventh working set (see README.md) just below
// what it reaches on 2026-12-03 (hit@5 0.925, MRR 0.822, decline 0.950, false declines 0.000;
// blind: 0.842, 0.733, 0.950, 0.058).
func TestSeventhReaderQuestionSet(t *testing.T) {
	checkRetrieval(t, "reader-questions-7.jsonl", retrievalFloors{hit5: 0.92, mrr: 0.81, decline: 0.94, falseDeclines: 0.01})
}

// TestEighthReaderQuestionSet holds the working set written last (see README.md) just below
// what it reaches on 2026-12-03 (hit@5 0.933, MRR 0.816, decline 0.968, false declines 0.000;
// blind: 0.891, 0.756, 0.935, 0.034).
func TestEighthReaderQuestionSet(t *testing.T) {
	checkRetrieval(t, "reader-questions-8.jsonl", retrievalFloors{hit5: 0.93, mrr: 0.81, decline: 0.96, falseDeclines: 0.01})
}

// TestTenthReaderQuestionSet holds the tenth working set (see README.md) just below what it
// reaches on 2026-12-05 (hit@5 0.983, MRR 0.909, decline 1.000, false declines 0.000; blind:
// 0.864, 0.797, 1.000, 0.119).
func TestTenthReaderQuestionSet(t *testing.T) {
	checkRetrieval(t, "reader-questions-10.jsonl", retrievalFloors{hit5: 0.96, mrr: 0.89, decline: 0.98, falseDeclines: 0.01})
}

// TestEleventhReaderQuestionSet holds the eleventh working set (see README.md) just below what
// it reaches on 2026-12-05 (hit@5 0.957, MRR 0.873, decline 0.971, false declines 0.009;
// blind: 0.843, 0.781, 0.971, 0.113).
func TestEleventhReaderQuestionSet(t *testing.T) {
	checkRetrieval(t, "reader-questions-11.jsonl", retrievalFloors{hit5: 0.94, mrr: 0.85, decline: 0.96, falseDeclines: 0.02})
}

// TestTwelfthReaderQuestionSet holds the twelfth working set (see README.md) just below what
// it reaches on 2026-12-05, seventh session (hit@5 0.929, MRR 0.814, decline 0.921, false
// declines 0.027; blind: 0.812, 0.704, 0.921, 0.125).
func TestTwelfthReaderQuestionSet(t *testing.T) {
	checkRetrieval(t, "reader-questions-12.jsonl", retrievalFloors{hit5: 0.91, mrr: 0.79, decline: 0.9, falseDeclines: 0.04})
}

// TestFourteenthReaderQuestionSet holds the fourteenth working set (see README.md) just below
// what it reaches on 2026-12-05, seventh session (hit@5 0.931, MRR 0.820, decline 0.923, false
// declines 0.010; blind: 0.794, 0.686, 0.923, 0.137).
func TestFourteenthReaderQuestionSet(t *testing.T) {
	checkRetrieval(t, "reader-questions-14.jsonl", retrievalFloors{hit5: 0.91, mrr: 0.80, decline: 0.9, falseDeclines: 0.03})
}

// TestSixteenthReaderQuestionSet holds the sixteenth working set (see README.md) just below
// what it reaches on 2026-12-05, eighth session (hit@5 0.933, MRR 0.817, decline 0.935, false
// declines 0.029; blind: 0.904, 0.793, 0.935, 0.058).
func TestSixteenthReaderQuestionSet(t *testing.T) {
	checkRetrieval(t, "reader-questions-16.jsonl", retrievalFloors{hit5: 0.91, mrr: 0.80, decline: 0.9, falseDeclines: 0.04})
}

// TestSeventeenthReaderQuestionSet holds the seventeenth working set (see README.md), weighted
// towards using AI and its outlook, just below what it reaches on 2026-12-05, eighth session
// (hit@5 0.814, MRR 0.652, decline 0.895, false declines 0.078; blind: 0.755, 0.602, 0.895,
// 0.137). Its figures are far under the targets; the floor keeps them from falling.
func TestSeventeenthReaderQuestionSet(t *testing.T) {
	checkRetrieval(t, "reader-questions-17.jsonl", retrievalFloors{hit5: 0.80, mrr: 0.64, decline: 0.88, falseDeclines: 0.09})
}

func TestEighteenthReaderQuestionSet(t *testing.T) {
	checkRetrieval(t, "reader-questions-18.jsonl", retrievalFloors{hit5: 0.93, mrr: 0.82, decline: 0.93, falseDeclines: 0.03})
}

func TestNineteenthReaderQuestionSet(t *testing.T) {
	checkRetrieval(t, "reader-questions-19.jsonl", retrievalFloors{hit5: 0.95, mrr: 0.86, decline: 0.88, falseDeclines: 0.01})
}

func TestTwentiethReaderQuestionSet(t *testing.T) {
	checkRetrieval(t, "reader-questions-20.jsonl", retrievalFloors{hit5: 0.85, mrr: 0.76, decline: 0.88, falseDeclines: 0.10})
}

func TestTwentyFirstReaderQuestionSet(t *testing.T) {
	checkRetrieval(t, "reader-questions-21.jsonl", retrievalFloors{hit5: 0.89, mrr: 0.77, decline: 0.93, falseDeclines: 0.05})
}

func TestTwentySecondReaderQuestionSet(t *testing.T) {
	checkRetrieval(t, "reader-questions-22.jsonl", retrievalFloors{hit5: 0.88, mrr: 0.80, decline: 0.92, falseDeclines: 0.06})
}

func TestTwentyThirdReaderQuestionSet(t *testing.T) {
	checkRetrieval(t, "reader-questions-23.jsonl", retrievalFloors{hit5: 0.90, mrr: 0.80, decline: 0.88, falseDeclines: 0.02})
}

func TestTwentyFourthReaderQuestionSet(t *testing.T) {
	checkRetrieval(t, "reader-questions-24.jsonl", retrievalFloors{hit5: 0.90, mrr: 0.76, decline: 0.93, falseDeclines: 0.02})
}

func TestTwentyFifthReaderQuestionSet(t *testing.T) {
	checkRetrieval(t, "reader-questions-25.jsonl", retrievalFloors{hit5: 0.85, mrr: 0.72, decline: 0.92, falseDeclines: 0.03})
}

func TestTwentySixthReaderQuestionSet(t *testing.T) {
	checkRetrieval(t, "reader-questions-26.jsonl", retrievalFloors{hit5: 0.85, mrr: 0.74, decline: 0.90, falseDeclines: 0.02})
}

func TestTwentySeventhReaderQuestionSet(t *testing.T) {
	checkRetrieval(t, "reader-questions-27.jsonl", retrievalFloors{hit5: 0.86, mrr: 0.70, decline: 0.85, falseDeclines: 0.02})
}

func TestTwentyEighthReaderQuestionSet(t *testing.T) {
	checkRetrieval(t, "reader-questions-28.jsonl", retrievalFloors{hit5: 0.77, mrr: 0.64, decline: 0.95, falseDeclines: 0.04})
}

func TestTwentyNinthReaderQuestionSet(t *testing.T) {
	checkRetrieval(t, "reader-questions-29.jsonl", retrievalFloors{hit5: 0.87, mrr: 0.70, decline: 0.97, falseDeclines: 0.06})
}

func TestThirtiethReaderQuestionSet(t *testing.T) {
	checkRetrieval(t, "reader-questions-30.jsonl", retrievalFloors{hit5: 0.86, mrr: 0.70, decline: 0.95, falseDeclines: 0.03})
}

func TestThirtyFirstReaderQuestionSet(t *testing.T) {
	checkRetrieval(t, "reader-questions-31.jsonl", retrievalFloors{hit5: 0.86, mrr: 0.74, decline: 0.95, falseDeclines: 0.05})
}

func TestThirtySecondReaderQuestionSet(t *testing.T) {
	checkRetrieval(t, "reader-questions-32.jsonl", retrievalFloors{hit5: 0.84, mrr: 0.71, decline: 0.90, falseDeclines: 0.07})
}

func TestThirtyThirdReaderQuestionSet(t *testing.T) {
	checkRetrieval(t, "reader-questions-33.jsonl", retrievalFloors{hit5: 0.86, mrr: 0.68, decline: 0.90, falseDeclines: 0.03})
}

func TestThirtyFourthReaderQuestionSet(t *testing.T) {
	checkRetrieval(t, "reader-questions-34.jsonl", retrievalFloors{hit5: 0.90, mrr: 0.75, decline: 0.92, falseDeclines: 0.02})
}

func TestThirtyFifthReaderQuestionSet(t *testing.T) {
	checkRetrieval(t, "reader-questions-35.jsonl", retrievalFloors{hit5: 0.91, mrr: 0.74, decline: 0.92, falseDeclines: 0.02})
}

func TestThirtySixthReaderQuestionSet(t *testing.T) {
	checkRetrieval(t, "reader-questions-36.jsonl", retrievalFloors{hit5: 0.90, mrr: 0.77, decline: 0.95, falseDeclines: 0.02})
}

func TestThirtySeventhReaderQuestionSet(t *testing.T) {
	checkRetrieval(t, "reader-questions-37.jsonl", retrievalFloors{hit5: 0.83, mrr: 0.67, decline: 0.89, falseDeclines: 0.05})
}

func TestThirtyEighthReaderQuestionSet(t *testing.T) {
	checkRetrieval(t, "reader-questions-38.jsonl", retrievalFloors{hit5: 0.84, mrr: 0.66, decline: 0.88, falseDeclines: 0.06})
}

// TestThirtyNinthReaderQuestionSet checks set 39 (ap001–ap150), written in ten new voices and run
// once blind at d40af52 (see README.md), a working set since.
func TestThirtyNinthReaderQuestionSet(t *testing.T) {
	checkRetrieval(t, "reader-questions-39.jsonl", retrievalFloors{hit5: 0.88, mrr: 0.71, decline: 0.95, falseDeclines: 0.03})
}

// TestFortiethReaderQuestionSet checks set 40 (aq001–aq150), written in ten new voices and run
// once blind at 93b8fa4 (see README.md), a working set since.
func TestFortiethReaderQuestionSet(t *testing.T) {
	checkRetrieval(t, "reader-questions-40.jsonl", retrievalFloors{hit5: 0.75, mrr: 0.64, decline: 0.80, falseDeclines: 0.06})
}

// TestFortyFirstReaderQuestionSet checks set 41 (ar001–ar150), written in ten new voices (one
// in the half-classical written register) and run once blind at ce20037 (see README.md), a
// working set since.
func TestFortyFirstReaderQuestionSet(t *testing.T) {
	checkRetrieval(t, "reader-questions-41.jsonl", retrievalFloors{hit5: 0.73, mrr: 0.53, decline: 0.85, falseDeclines: 0.12})
}

// TestFortySecondReaderQuestionSet checks set 42 (as001–as150), written in ten new voices (two
// in traditional characters, one of them in Cantonese) and run once blind at f7d537e (see
// README.md), a working set since.
func TestFortySecondReaderQuestionSet(t *testing.T) {
	checkRetrieval(t, "reader-questions-42.jsonl", retrievalFloors{hit5: 0.64, mrr: 0.49, decline: 0.74, falseDeclines: 0.16})
}

// TestFortyThirdReaderQuestionSet checks set 43 (at001–at150), written in ten new voices
// (regional Mandarin of Sichuan, the Northeast and Malaysia among them) and run once blind at
// 5f66ae9 (see README.md), a working set since.
func TestFortyThirdReaderQuestionSet(t *testing.T) {
	checkRetrieval(t, "reader-questions-43.jsonl", retrievalFloors{hit5: 0.64, mrr: 0.51, decline: 0.78, falseDeclines: 0.17})
}

// TestFortyFourthReaderQuestionSet checks set 44 (au001–au150), written in ten new voices
// (Shanghainese, Henan and Beijing Mandarin, the written register and voice input among them)
// and run once blind at d89eba2 (see README.md), a working set since.
func TestFortyFourthReaderQuestionSet(t *testing.T) {
	checkRetrieval(t, "reader-questions-44.jsonl", retrievalFloors{hit5: 0.75, mrr: 0.66, decline: 0.82, falseDeclines: 0.14})
}

// TestFortyFifthReaderQuestionSet checks set 45 (av001–av150), written in ten new voices
// (Changsha and Tianjin Mandarin, officialese, pinyin initials and a grandfather's dictation
// among them) and run once blind at e38d98f (see README.md), a working set since.
func TestFortyFifthReaderQuestionSet(t *testing.T) {
	checkRetrieval(t, "reader-questions-45.jsonl", retrievalFloors{hit5: 0.72, mrr: 0.58, decline: 0.70, falseDeclines: 0.09})
}
