package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"

	"llmtutor/eval"
)

func evaluate(ctx context.Context, cfg config, log *slog.Logger, path, dump string, k int, fit bool, out io.Writer) error {
	if k <= 0 || k > 20 {
		return fmt.Errorf("-k must be between 1 and 20")
	}
	qs, err := eval.Load(path)
	if err != nil {
		return err
	}
	a, err := build(ctx, cfg, slog.New(slog.DiscardHandler))
	if err != nil {
		return err
	}
	outcomes, err := eval.Run(ctx, a.tutor, qs, k)
	if err != nil {
		return err
	}
	if dump != "" {
		f, err := os.Create(dump)
		if err != nil {
			return fmt.Errorf("creating the dump: %w", err)
		}
		if err := eval.WriteDump(f, outcomes); err != nil {
			f.Close()
			return err
		}
		if err := f.Close(); err != nil {
			return fmt.Errorf("writing the dump: %w", err)
		}
	}
	if fit {
		f, err := eval.FitCoverage(outcomes)
		if err != nil {
			return err
		}
		f.Print(out)
		cv, err := eval.CrossValidate(outcomes, 5)
		if err != nil {
			return err
		}
		fmt.Fprintf(out, "// %d-fold cross-validated on this set: decline %.3f, false declines %.3f\n", cv.Folds, cv.DeclineRate, cv.FalseDecline)
		return nil
	}
	eval.Summarize(outcomes).Print(out)
	return nil
}
