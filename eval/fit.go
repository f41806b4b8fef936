package eval

import (
	"fmt"
	"io"
	"math"

	"llmtutor/retriever"
)

// Fit is a logistic model of the coverage decision fitted on a question set's signals.
type Fit struct {
	Weights retriever.Signals
	Bias    float64
}

// features lists a Signals' values in a fixed order.
func features(s retriever.Signals) []float64 {
	return []float64{s.Cov3, s.Cov1, s.Unknown, s.Heading, s.Named, s.Topical, s.Lead}
}

func fromFeatures(w []float64) retriever.Signals {
	return retriever.Signals{Cov3: w[0], Cov1: w[1], Unknown: w[2], Heading: w[3], Named: w[4], Topical: w[5], Lead: w[6]}
}

// FitCoverage fits the coverage decision by class-balanced logistic regression with a small L2
// penalty (plain gradient descent: seven features and a few hundred questions need no more).
// Covered questions are the positives, "none" questions the negatives.
func FitCoverage(os []Outcome) (Fit, error) {
	var pos, neg float64
	for _, o := range os {
		if o.Question.Covered() {
			pos++
		} else {
			neg++
		}
	}
	if pos == 0 || neg == 0 {
		return Fit{}, fmt.Errorf("fitting needs covered and not-covered questions (have %v and %v)", pos, neg)
	}
	n := float64(len(os))
	weightOf := map[bool]float64{true: n / (2 * pos), false: n / (2 * neg)}
	const (
		l2    = 0.01
		rate  = 0.5
		steps = 4000
	)
	w := make([]float64, len(features(retriever.Signals{})))
	b := 0.0
	for range steps {
		gw := make([]float64, len(w))
		gb := 0.0
		for _, o := range os {
			x := features(o.Signals)
			z := b
			for i := range w {
				z += w[i] * x[i]
			}
			y := 0.0
			if o.Question.Covered() {
				y = 1
			}
			e := (1/(1+math.Exp(-z)) - y) * weightOf[o.Question.Covered()]
			for i := range w {
				gw[i] += e * x[i]
			}
			gb += e
		}
		for i := range w {
			w[i] -= rate * (gw[i]/n + l2*w[i])
		}
		b -= rate * gb / n
	}
	return Fit{Weights: fromFeatures(w), Bias: b}, nil
}

// Print writes the fitted weights as Go, ready to paste into retriever/coverage.go.
func (f Fit) Print(w io.Writer) {
	s := f.Weights
	fmt.Fprintf(w, "coverageWeights = Signals{Cov3: %.3f, Cov1: %.3f, Unknown: %.3f, Heading: %.3f, Named: %.3f, Topical: %.3f, Lead: %.3f}\n", s.Cov3, s.Cov1, s.Unknown, s.Heading, s.Named, s.Topical, s.Lead)
	fmt.Fprintf(w, "coverageBias    = %.3f\n", f.Bias)
}
