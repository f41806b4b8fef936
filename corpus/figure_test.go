package corpus

import (
	"bytes"
	"testing"
)

// TestGeneratedFiguresAreCurrent keeps the figures drawn from the report's data in step with
// it: a writer who changes a benchmark's 出现在 field must regenerate the figure.
func TestGeneratedFiguresAreCurrent(t *testing.T) {
	r, err := Embedded()
	if err != nil {
		t.Fatal(err)
	}
	for file, draw := range GeneratedFigures {
		if got := draw(r); !bytes.Equal(got, r.figureFiles[file]) {
			t.Errorf("%s is out of date with the report: run go generate ./corpus/", file)
		}
	}
}
