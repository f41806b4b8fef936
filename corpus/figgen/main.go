// Command figgen redraws the figures that are generated from the report's data
// (corpus.GeneratedFigures). Run it with go generate ./corpus/.
package main

import (
	"fmt"
	"os"
	"path/filepath"

	"llmtutor/corpus"
)

func main() {
	r, err := corpus.Parse(os.DirFS("."))
	if err != nil {
		fmt.Fprintln(os.Stderr, "figgen:", err)
		os.Exit(1)
	}
	for file, draw := range corpus.GeneratedFigures {
		if err := os.WriteFile(filepath.FromSlash(file), draw(r), 0o644); err != nil {
			fmt.Fprintln(os.Stderr, "figgen:", err)
			os.Exit(1)
		}
		fmt.Println("wrote", file)
	}
}
