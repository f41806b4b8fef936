// Package pages holds the tutor's templ pages. The generated _templ.go files are committed so
// that `go build` needs no extra tool; regenerate with `go tool templ generate`.
package pages

import "strconv"

func itoa(n int) string { return strconv.Itoa(n) }
