// Command exportchunks writes the tutor's retrieval passages, exactly as retriever.Chunk cuts
// the embedded report, as JSON lines {"id","anchor","title","text"} so that another search
// engine can index the very same units the tutor retrieves and cites.
//
//	go run ./bench/exportchunks -out /tmp/passages.jsonl
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"

	"llmtutor/corpus"
	"llmtutor/retriever"
)

type passage struct {
	ID     string `json:"id"`
	Anchor string `json:"anchor"`
	Title  string `json:"title"`
	Text   string `json:"text"`
}

func main() {
	out := flag.String("out", "", "file to write the passages to (JSON lines)")
	flag.Parse()
	if *out == "" || flag.NArg() > 0 {
		fmt.Fprintln(os.Stderr, "usage: exportchunks -out FILE")
		os.Exit(2)
	}
	n, err := export(*out)
	if err != nil {
		fmt.Fprintln(os.Stderr, "exportchunks:", err)
		os.Exit(1)
	}
	fmt.Fprintf(os.Stderr, "exportchunks: %d passages written to %s\n", n, *out)
}

func export(path string) (int, error) {
	report, err := corpus.Embedded()
	if err != nil {
		return 0, fmt.Errorf("loading the report: %w", err)
	}
	ps := retriever.Chunk(report)
	if len(ps) == 0 {
		return 0, fmt.Errorf("the report has no passages")
	}
	seen := make(map[string]bool, len(ps))
	for _, p := range ps {
		if seen[p.ID] {
			return 0, fmt.Errorf("duplicate passage id %q", p.ID)
		}
		seen[p.ID] = true
	}
	f, err := os.Create(path)
	if err != nil {
		return 0, err
	}
	w := bufio.NewWriter(f)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, p := range ps {
		if err := enc.Encode(passage{ID: p.ID, Anchor: p.Anchor, Title: p.Title, Text: p.Text}); err != nil {
			f.Close()
			return 0, fmt.Errorf("writing %s: %w", path, err)
		}
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return 0, fmt.Errorf("writing %s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return 0, fmt.Errorf("writing %s: %w", path, err)
	}
	return len(ps), nil
}
