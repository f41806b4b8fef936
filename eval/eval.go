// Package eval measures retrieval on a question set: for each question it runs the same path
// the chat uses (follow-up handling included) and checks whether a matching passage was found
// and whether the tutor's decision to answer or decline was right. It also composes the offline
// answer a reader would see and checks whether the expected words stand in it, and how early.
package eval

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"regexp"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"llmtutor/retriever"
	"llmtutor/tutor"
)

// Question is one line of a question set.
type Question struct {
	ID       string   `json:"id"`
	Question string   `json:"question"`
	History  []string `json:"history,omitempty"`
	All      []string `json:"all,omitempty"`
	Any      []string `json:"any,omitempty"`
	Expect   string   `json:"expect,omitempty"` // "none": the report does not cover it
	Topic    string   `json:"topic,omitempty"`
}

// Covered reports whether the question expects an answer from the report.
func (q Question) Covered() bool { return q.Expect != "none" }

// Load reads a question set, rejecting malformed lines with their line number.
func Load(path string) ([]Question, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("opening the question set: %w", err)
	}
	defer f.Close()
	return Read(f, path)
}

// Read parses a question set from r; name is used in messages.
func Read(r io.Reader, name string) ([]Question, error) {
	var out []Question
	ids := map[string]bool{}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for ln := 1; sc.Scan(); ln++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		var q Question
		dec := json.NewDecoder(strings.NewReader(line))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&q); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", name, ln, err)
		}
		switch {
		case q.ID == "" || strings.TrimSpace(q.Question) == "":
			return nil, fmt.Errorf("%s:%d: id and question are required", name, ln)
		case ids[q.ID]:
			return nil, fmt.Errorf("%s:%d: duplicate id %q", name, ln, q.ID)
		case q.Expect != "" && q.Expect != "none":
			return nil, fmt.Errorf("%s:%d: expect must be \"none\" or absent", name, ln)
		case q.Covered() && len(q.All) == 0 && len(q.Any) == 0:
			return nil, fmt.Errorf("%s:%d: a covered question needs all or any", name, ln)
		}
		ids[q.ID] = true
		out = append(out, q)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("reading %s: %w", name, err)
	}
	return out, nil
}

// Fold normalises text for matching: NFKC, lower case, no white space.
func Fold(s string) string {
	s = strings.ToLower(norm.NFKC.String(s))
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}

// Matches reports whether a passage text satisfies a question's all and any lists.
func (q Question) Matches(text string) bool {
	t := Fold(text)
	for _, a := range q.All {
		if !strings.Contains(t, Fold(a)) {
			return false
		}
	}
	if len(q.Any) == 0 {
		return true
	}
	for _, a := range q.Any {
		if strings.Contains(t, Fold(a)) {
			return true
		}
	}
	return false
}

// DumpPassage is one retrieved passage in the dump.
type DumpPassage struct {
	Anchor string  `json:"anchor"`
	Title  string  `json:"title"`
	Score  float64 `json:"score"`
	Text   string  `json:"text"`
}

// Outcome is what happened to one question.
type Outcome struct {
	Question Question
	Covered  bool // the tutor's decision
	Rank     int  // 1-based rank of the first matching passage among those shown; 0 if none
	Passages []DumpPassage
	Latency  time.Duration
	Signals  retriever.Signals // what the coverage decision weighed
	// Answer is the offline answer's text exactly as streamed to the reader (Markdown).
	Answer string
	// AnswerLead and AnswerAnywhere say whether the question's expected strings stand in the
	// first AnswerLeadRunes characters of the answer as shown, and anywhere in it.
	AnswerLead, AnswerAnywhere bool
	AnswerLatency              time.Duration
}

// AnswerLeadRunes is how much of an answer counts as its opening: about what a phone shows
// before the reader scrolls.
const AnswerLeadRunes = 160

var (
	markerRe = regexp.MustCompile(`\[\d+\]`)
	linkRe   = regexp.MustCompile(`\[([^\]]*)\]\([^()\s]*\)`)
)

// Shown is an answer's Markdown as the chat renders it for reading: bold marks, citation
// markers and link targets removed, link texts kept.
func Shown(answer string) string {
	s := linkRe.ReplaceAllString(answer, "$1")
	s = markerRe.ReplaceAllString(s, "")
	return strings.ReplaceAll(s, "**", "")
}

// judgeAnswer checks a question's expected strings against the answer as shown.
func judgeAnswer(q Question, answer string) (lead, anywhere bool) {
	shown := Shown(answer)
	anywhere = q.Matches(shown)
	if r := []rune(shown); len(r) > AnswerLeadRunes {
		shown = string(r[:AnswerLeadRunes])
	}
	return anywhere && q.Matches(shown), anywhere
}

// Run asks every question through t's retrieval, keeping the top k passages, then composes
// the offline answer the reader would see (whatever t's mode: the offline answer is what most
// readers get, and the one that can be measured without a model).
func Run(ctx context.Context, t *tutor.Tutor, qs []Question, k int) ([]Outcome, error) {
	offline := t.Offline()
	out := make([]Outcome, 0, len(qs))
	for _, q := range qs {
		req := tutor.Request{Question: q.Question}
		for _, h := range q.History {
			req.History = append(req.History, tutor.Turn{Role: "user", Content: h})
		}
		start := time.Now()
		found, err := t.Retrieve(ctx, req)
		lat := time.Since(start)
		if err != nil {
			return nil, fmt.Errorf("question %s: %w", q.ID, err)
		}
		o := Outcome{Question: q, Covered: found.Result.Covered, Latency: lat, Signals: found.Result.Signals}
		hits := found.Result.Hits
		if len(hits) > k {
			hits = hits[:k]
		}
		if o.Covered {
			// Only what the reader is shown counts: a declined question shows nothing.
			for i, h := range hits {
				// The text as the model is given it: its section title, then the passage. A
				// field list (「上下文窗口：128K」) reads as an answer only under its title.
				shown := h.Title + "\n" + h.Text
				o.Passages = append(o.Passages, DumpPassage{Anchor: h.Anchor, Title: h.Title, Score: h.Score, Text: shown})
				if o.Rank == 0 && q.Covered() && q.Matches(shown) {
					o.Rank = i + 1
				}
			}
		}
		start = time.Now()
		answer, err := answerText(ctx, offline, req)
		o.AnswerLatency = time.Since(start)
		if err != nil {
			return nil, fmt.Errorf("question %s: answering: %w", q.ID, err)
		}
		o.Answer = answer
		if q.Covered() {
			o.AnswerLead, o.AnswerAnywhere = judgeAnswer(q, answer)
		}
		out = append(out, o)
	}
	return out, nil
}

// answerText runs the whole answer and returns its text as the reader is shown it.
func answerText(ctx context.Context, t *tutor.Tutor, req tutor.Request) (string, error) {
	var b strings.Builder
	err := t.Answer(ctx, req, func(e tutor.Event) error {
		if e.Type == tutor.EventToken {
			b.WriteString(e.Text)
		}
		return nil
	})
	return b.String(), err
}

// Summary holds the figures of a run.
type Summary struct {
	Covered, None    int
	Hit1, Hit3, Hit5 float64
	MRR              float64
	DeclineRate      float64 // share of "none" questions declined
	FalseDeclineRate float64 // share of covered questions declined
	P50, P99         time.Duration
	// Answer-level figures over the covered questions: the share whose expected strings stand
	// in the answer's first AnswerLeadRunes characters (AnswerLead) or anywhere in it
	// (AnswerAnywhere); the Found variants count only questions with a matching passage in the
	// top 5, so composition can be judged apart from retrieval.
	AnswerLead, AnswerAnywhere           float64
	AnswerLeadFound, AnswerAnywhereFound float64
	Found                                int // covered questions with a hit@5
	AnswerP50, AnswerP99                 time.Duration
	AnswerMisses                         []Outcome // found, but not in the answer's opening
	ByTopic                              map[string]TopicSummary
	Misses                               []Outcome
	WrongAnswers                         []Outcome // "none" questions the tutor answered
	FalseDeclines                        []Outcome
}

// TopicSummary is hit@5 for one topic.
type TopicSummary struct {
	N    int
	Hit5 float64
}

// Summarize computes the figures.
func Summarize(os []Outcome) Summary {
	s := Summary{ByTopic: map[string]TopicSummary{}}
	var lats, alats []time.Duration
	var declined, falseDeclined int
	for _, o := range os {
		lats = append(lats, o.Latency)
		alats = append(alats, o.AnswerLatency)
		ts := s.ByTopic[o.Question.Topic]
		ts.N++
		if !o.Question.Covered() {
			s.None++
			if !o.Covered {
				declined++
				ts.Hit5++
			} else {
				s.WrongAnswers = append(s.WrongAnswers, o)
			}
			s.ByTopic[o.Question.Topic] = ts
			continue
		}
		s.Covered++
		if o.AnswerLead {
			s.AnswerLead++
		}
		if o.AnswerAnywhere {
			s.AnswerAnywhere++
		}
		if o.Rank >= 1 && o.Rank <= 5 {
			s.Found++
			if o.AnswerLead {
				s.AnswerLeadFound++
			} else {
				s.AnswerMisses = append(s.AnswerMisses, o)
			}
			if o.AnswerAnywhere {
				s.AnswerAnywhereFound++
			}
		}
		if !o.Covered {
			falseDeclined++
			s.FalseDeclines = append(s.FalseDeclines, o)
		}
		switch r := o.Rank; {
		case r == 0:
			s.Misses = append(s.Misses, o)
		default:
			if r == 1 {
				s.Hit1++
			}
			if r <= 3 {
				s.Hit3++
			}
			if r <= 5 {
				s.Hit5++
				ts.Hit5++
				s.MRR += 1 / float64(r)
			}
		}
		s.ByTopic[o.Question.Topic] = ts
	}
	if s.Covered > 0 {
		n := float64(s.Covered)
		s.Hit1, s.Hit3, s.Hit5, s.MRR = s.Hit1/n, s.Hit3/n, s.Hit5/n, s.MRR/n
		s.FalseDeclineRate = float64(falseDeclined) / n
		s.AnswerLead, s.AnswerAnywhere = s.AnswerLead/n, s.AnswerAnywhere/n
	}
	if s.Found > 0 {
		n := float64(s.Found)
		s.AnswerLeadFound, s.AnswerAnywhereFound = s.AnswerLeadFound/n, s.AnswerAnywhereFound/n
	}
	if s.None > 0 {
		s.DeclineRate = float64(declined) / float64(s.None)
	}
	for t, ts := range s.ByTopic {
		if ts.N > 0 {
			ts.Hit5 /= float64(ts.N)
		}
		s.ByTopic[t] = ts
	}
	s.P50, s.P99 = percentiles(lats)
	s.AnswerP50, s.AnswerP99 = percentiles(alats)
	return s
}

// percentiles returns the median and the 99th percentile of some durations.
func percentiles(ds []time.Duration) (p50, p99 time.Duration) {
	if len(ds) == 0 {
		return 0, 0
	}
	ds = slices.Clone(ds)
	slices.Sort(ds)
	return ds[len(ds)/2], ds[min(len(ds)-1, len(ds)*99/100)]
}

// Print writes the report of a run; its last line is a one-line summary.
func (s Summary) Print(w io.Writer) {
	fmt.Fprintf(w, "questions: %d covered, %d not covered\n", s.Covered, s.None)
	var topics []string
	for t := range s.ByTopic {
		topics = append(topics, t)
	}
	sort.Strings(topics)
	fmt.Fprintln(w, "per topic (hit@5 for covered topics, decline rate for off-topic):")
	for _, t := range topics {
		fmt.Fprintf(w, "  %-12s n=%-3d %.3f\n", t, s.ByTopic[t].N, s.ByTopic[t].Hit5)
	}
	for _, o := range s.Misses {
		top := "(declined)"
		if len(o.Passages) > 0 {
			top = o.Passages[0].Anchor
		}
		fmt.Fprintf(w, "miss  %s %s → top: %s\n", o.Question.ID, o.Question.Question, top)
	}
	for _, o := range s.WrongAnswers {
		fmt.Fprintf(w, "answered-but-not-covered  %s %s → %s\n", o.Question.ID, o.Question.Question, o.Passages[0].Anchor)
	}
	for _, o := range s.FalseDeclines {
		fmt.Fprintf(w, "false-decline  %s %s\n", o.Question.ID, o.Question.Question)
	}
	for _, o := range s.AnswerMisses {
		lead := []rune(Shown(o.Answer))
		lead = lead[:min(len(lead), AnswerLeadRunes)]
		fmt.Fprintf(w, "answer-miss  %s %s → %s\n", o.Question.ID, o.Question.Question, strings.ReplaceAll(string(lead), "\n", " "))
	}
	fmt.Fprintf(w, "retrieval latency p50 %s p99 %s\n", s.P50.Round(time.Microsecond), s.P99.Round(time.Microsecond))
	fmt.Fprintf(w, "offline answer (retrieval included) p50 %s p99 %s\n", s.AnswerP50.Round(time.Microsecond), s.AnswerP99.Round(time.Microsecond))
	fmt.Fprintf(w, "ANSWERS expected in the first %d characters: %.3f of covered, %.3f of the %d with a hit@5; anywhere: %.3f of covered, %.3f with a hit@5\n",
		AnswerLeadRunes, s.AnswerLead, s.AnswerLeadFound, s.Found, s.AnswerAnywhere, s.AnswerAnywhereFound)
	fmt.Fprintf(w, "SUMMARY hit@1=%.3f hit@3=%.3f hit@5=%.3f MRR=%.3f decline=%.3f false-decline=%.3f n=%d p50=%s\n",
		s.Hit1, s.Hit3, s.Hit5, s.MRR, s.DeclineRate, s.FalseDeclineRate, s.Covered+s.None, s.P50.Round(time.Microsecond))
}

// WriteDump writes one JSON line per question in the dump format.
func WriteDump(w io.Writer, os []Outcome) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, o := range os {
		ps := o.Passages
		if ps == nil {
			ps = []DumpPassage{}
		}
		if err := enc.Encode(struct {
			ID       string            `json:"id"`
			Covered  bool              `json:"covered"`
			Passages []DumpPassage     `json:"passages"`
			Signals  retriever.Signals `json:"signals"`
			Answer   string            `json:"answer"`
		}{o.Question.ID, o.Covered, ps, o.Signals, o.Answer}); err != nil {
			return fmt.Errorf("writing the dump: %w", err)
		}
	}
	return nil
}
