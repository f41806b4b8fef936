package corpus

import (
	"reflect"
	"regexp"
	"strings"
	"testing"
)

// parseInlineReference and plainTextReference are parseInline and PlainText as first written
// (literal text gathered byte by byte, the space before punctuation removed by a regular
// expression). The faster versions must agree with them on every text.
func parseInlineReference(s string) []span {
	var out []span
	var text strings.Builder
	emit := func(sp span) {
		if text.Len() > 0 {
			out = append(out, span{kind: spanText, text: text.String()})
			text.Reset()
		}
		out = append(out, sp)
	}
	for i := 0; i < len(s); {
		switch {
		case s[i] == '`':
			if j := strings.IndexByte(s[i+1:], '`'); j >= 0 {
				emit(span{kind: spanCode, text: s[i+1 : i+1+j]})
				i += j + 2
				continue
			}
		case strings.HasPrefix(s[i:], "[@"):
			if j := strings.IndexByte(s[i:], ']'); j >= 0 {
				var keys []string
				for _, k := range strings.Split(s[i+1:i+j], ";") {
					k = strings.TrimPrefix(strings.TrimSpace(k), "@")
					keys = append(keys, k)
				}
				emit(span{kind: spanCite, keys: keys})
				i += j + 1
				continue
			}
		case s[i] == '[':
			if j := matchBracket(s, i); j > 0 && j+1 < len(s) && s[j+1] == '(' {
				if k := strings.IndexByte(s[j+2:], ')'); k >= 0 {
					emit(span{kind: spanLink, target: strings.TrimSpace(s[j+2 : j+2+k]), children: parseInlineReference(s[i+1 : j])})
					i = j + 2 + k + 1
					continue
				}
			}
		case strings.HasPrefix(s[i:], "**"):
			if j := strings.Index(s[i+2:], "**"); j > 0 {
				emit(span{kind: spanBold, children: parseInlineReference(s[i+2 : i+2+j])})
				i += j + 4
				continue
			}
		case s[i] == '*':
			if j := strings.IndexByte(s[i+1:], '*'); j > 0 && s[i+1] != ' ' {
				emit(span{kind: spanItalic, children: parseInlineReference(s[i+1 : i+1+j])})
				i += j + 2
				continue
			}
		}
		text.WriteByte(s[i])
		i++
	}
	if text.Len() > 0 {
		out = append(out, span{kind: spanText, text: text.String()})
	}
	return out
}

var spaceBeforePunctReference = regexp.MustCompile(`[ \t]+([。，；：！？、）」』])`)

func plainTextReference(md string) string {
	var b strings.Builder
	writePlain(&b, parseInlineReference(md))
	return strings.TrimSpace(spaceBeforePunctReference.ReplaceAllString(b.String(), "$1"))
}

// checkInlineAgrees fails when parseInline or PlainText differ from the reference on md.
func checkInlineAgrees(t *testing.T, md string) {
	t.Helper()
	if got, want := parseInline(md), parseInlineReference(md); !reflect.DeepEqual(got, want) {
		t.Fatalf("parseInline(%q)\n= %#v\nwant %#v", md, got, want)
	}
	if got, want := PlainText(md), plainTextReference(md); got != want {
		t.Fatalf("PlainText(%q) = %q, want %q", md, got, want)
	}
}

func TestInlineAgreesWithReference(t *testing.T) {
	r, err := Embedded()
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, s := range r.AllSections() {
		checkInlineAgrees(t, s.Title)
		for _, b := range s.Blocks {
			for _, it := range b.Items {
				checkInlineAgrees(t, it.Markdown)
				n++
			}
			for _, row := range b.Rows {
				for _, c := range row {
					checkInlineAgrees(t, c)
					n++
				}
			}
			if b.Figure != nil {
				checkInlineAgrees(t, b.Figure.Caption)
			}
		}
	}
	for _, md := range []string{"", " ", "a \t 。", "\t，", "x  [@k]。", "[@k] ！", "a `b", "**a", "*a", "[a](b", "[@a", "。 ", " 」x 」"} {
		checkInlineAgrees(t, md)
	}
	if n < 1000 {
		t.Fatalf("only %d texts checked", n)
	}
}
