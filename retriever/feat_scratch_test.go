package retriever

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"

	"llmtutor/corpus"
)

func TestFeatScratch(t *testing.T) {
	r, _ := corpus.Embedded()
	ix, _ := Build(context.Background(), r, Options{})
	out, _ := os.Create("/tmp/feats.jsonl")
	defer out.Close()
	for _, file := range strings.Split(os.Getenv("QFILES"), ",") {
		f, _ := os.Open(file)
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			var q struct {
				ID, Question, Expect, Topic string
				History                     []string
			}
			json.Unmarshal(sc.Bytes(), &q)
			ctx := ""
			if n := len(q.History); n > 0 {
				if n > 2 {
					q.History = q.History[n-2:]
				}
				ctx = strings.Join(q.History, " ")
			}
			res, _ := ix.Search(context.Background(), Query{Text: q.Question, Context: ctx}, 5)
			b, _ := json.Marshal(map[string]any{"file": file, "id": q.ID, "y": q.Expect != "none", "s": res.Signals, "q": q.Question, "topic": q.Topic})
			fmt.Fprintln(out, string(b))
		}
	}
}
