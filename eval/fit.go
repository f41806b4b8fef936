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
	return []float64{s.Cov3, s.Cov1, s.Unknown, s.Heading, s.Named, s.Topical, s.Lead, s.Domain, s.Ask, s.Stray, s.Clash}
}

func fromFeatures(w []float64) retriever.Signals {
	return retriever.Signals{Cov3: w[0], Cov1: w[1], Unknown: w[2], Heading: w[3], Named: w[4], Topical: w[5], Lead: w[6], Domain: w[7], Ask: w[8], Stray: w[9], Clash: w[10]}
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
	fmt.Fprintf(w, "coverageWeights = Signals{Cov3: %.3f, Cov1: %.3f, Unknown: %.3f, Heading: %.3f, Named: %.3f, Topical: %.3f, Lead: %.3f, Domain: %.3f, Ask: %.3f, Stray: %.3f, Clash: %.3f}\n", s.Cov3, s.Cov1, s.Unknown, s.Heading, s.Named, s.Topical, s.Lead, s.Domain, s.Ask, s.Stray, s.Clash)
	fmt.Fprintf(w, "coverageBias    = %.3f\n", f.Bias)
}

// Confidence is the fitted model's estimate for one question's signals.
func (f Fit) Confidence(s retriever.Signals) float64 {
	z := f.Bias
	for i, x := range features(s) {
		z += features(f.Weights)[i] * x
	}
	return 1 / (1 + math.Exp(-z))
}

// CrossValidation is how the coverage decision does on questions its fit did not see.
type CrossValidation struct {
	Folds                     int
	DeclineRate, FalseDecline float64
}

// CrossValidate fits the coverage decision on all folds but one and decides the questions of
// that one (with the decision's threshold and on-topic gate), for each fold in turn: the
// figures a new question set of the same kind can expect, unlike the fit's own.
func CrossValidate(os []Outcome, folds int) (CrossValidation, error) {
	var negs, declined, poss, falseDeclines float64
	for f := range folds {
		var train, test []Outcome
		for i, o := range os {
			if i%folds == f {
				test = append(test, o)
			} else {
				train = append(train, o)
			}
		}
		fit, err := FitCoverage(train)
		if err != nil {
			return CrossValidation{}, fmt.Errorf("fold %d: %w", f+1, err)
		}
		for _, o := range test {
			covered := fit.Confidence(o.Signals) >= retriever.DefaultMinCoverage && o.Signals.OnTopic()
			if o.Question.Covered() {
				poss++
				if !covered {
					falseDeclines++
				}
			} else {
				negs++
				if !covered {
					declined++
				}
			}
		}
	}
	cv := CrossValidation{Folds: folds}
	if negs > 0 {
		cv.DeclineRate = declined / negs
	}
	if poss > 0 {
		cv.FalseDecline = falseDeclines / poss
	}
	return cv, nil
}
