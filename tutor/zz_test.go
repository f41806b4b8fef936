package tutor

import (
	"context"
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"
)

func TestZZCands(t *testing.T) {
	dc := os.Getenv("DC")
	if dc == "" {
		t.Skip()
	}
	tu := newTutor(t, nil)
	for _, item := range strings.Split(dc, "##") {
		q, hs, _ := strings.Cut(item, "@@")
		req := Request{Question: q}
		if hs != "" {
			for _, h := range strings.Split(hs, "||") {
				req.History = append(req.History, Turn{Role: "user", Content: h})
			}
		}
		found, err := tu.Retrieve(context.Background(), req)
		if err != nil {
			t.Fatal(err)
		}
		a := tu.readQuestion(q, found)
		fmt.Printf("== %s lean=%v fu=%v subj=%q kind=%v cue=%q covered=%v answers=%s asked=%q named=%v\n  sig=%+v\n  about=%q terms=%v\n", q, found.Lean, found.Followup, found.Subject, a.kind, a.cue, found.Result.Covered, a.answers, found.Result.Asked, found.Result.Named, found.Result.Signals, a.canonical, a.words)
		for i, h := range found.Result.Hits {
			if i < 6 {
				fmt.Printf("  hit%d %s %.3f\n", i, h.Anchor, h.Score)
			}
		}
		if os.Getenv("DCC") != "" {
			terms := contentTerms(a, found.Result)
			fmt.Printf("  terms %v\n", terms)
			cs := candidates(found.Result.Hits, tokenCache{})
			weigh(cs, found.Result.Hits, a.kind, a, terms, found.Result.Named, defaultScoring())
			idx := make([]int, len(cs))
			for i := range idx {
				idx[i] = i
			}
			sort.Slice(idx, func(x, y int) bool { return cs[idx[x]].score > cs[idx[y]].score })
			for _, i := range idx[:min(12, len(idx))] {
				c := cs[i]
				r := []rune(c.text)
				fmt.Printf("  %.3f h%d on=%v def=%v st=%v as=%v lead=%v %s\n", c.score, c.hit, c.onSubject, c.defines, c.states, c.aside, c.lead, string(r[:min(70, len(r))]))
			}
		}
		fmt.Println(strings.Split(answerOf(t, tu, req), "\n")[0])
	}
}

func TestZZOpen(t *testing.T) {
	dc := os.Getenv("DO")
	if dc == "" {
		t.Skip()
	}
	tu := newTutor(t, nil)
	for _, q := range strings.Split(dc, "##") {
		a := answerOf(t, tu, Request{Question: q})
		r := []rune(a)
		fmt.Printf("== %s\n   %s\n", q, strings.ReplaceAll(string(r[:min(100, len(r))]), "\n", " "))
	}
}

func TestZZAbout(t *testing.T) {
	q := os.Getenv("DA")
	if q == "" {
		t.Skip()
	}
	tu := newTutor(t, nil)
	fmt.Printf("%+v\n", tu.ix.About(q).Names)
}

func TestZZClassify(t *testing.T) {
	q := os.Getenv("DK")
	if q == "" {
		t.Skip()
	}
	for _, c := range strings.Split(q, "##") {
		k, cue := classify(c, nil)
		fmt.Printf("%s -> %v %q | parts %v\n", c, k, cue, parts(c, nil))
	}
}
