// Package pages holds the tutor's templ pages. The generated _templ.go files are committed so
// that `go build` needs no extra tool; regenerate with `go tool templ generate`.
package pages

import (
	"context"
	"strconv"
)

func itoa(n int) string { return strconv.Itoa(n) }

type assetsKey struct{}

// WithAssets returns ctx carrying url, which maps a static file's name ("style.css") to the
// URL pages load it from (versioned by its content, so it can be cached for good).
func WithAssets(ctx context.Context, url func(name string) string) context.Context {
	return context.WithValue(ctx, assetsKey{}, url)
}

// asset is the URL of a static file: versioned when the context carries WithAssets' function.
func asset(ctx context.Context, name string) string {
	if url, ok := ctx.Value(assetsKey{}).(func(string) string); ok {
		return url(name)
	}
	return "/static/" + name
}
