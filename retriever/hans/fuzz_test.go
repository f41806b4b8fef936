package hans

import (
	"testing"
	"unicode/utf8"
)

// FuzzSimplify checks what every question relies on: valid UTF-8 stays valid, a text read once
// reads the same again (no simplified form is itself traditional), and a text with no
// traditional character comes back as it is.
func FuzzSimplify(f *testing.F) {
	for _, s := range []string{"大型語言模型的幻覺是怎麼產生的？", "點解", "訓練資料從哪裡來", "來著", "著名", "显著", "GPT-4o", "", "\xff\xfe"} {
		f.Add(s)
	}
	c := New()
	f.Fuzz(func(t *testing.T, s string) {
		got := c.Simplify(s)
		if utf8.ValidString(s) && !utf8.ValidString(got) {
			t.Fatalf("Simplify(%q) = %q, not valid UTF-8", s, got)
		}
		if again := c.Simplify(got); again != got {
			t.Fatalf("Simplify(%q) = %q, and again %q", s, got, again)
		}
		if !c.Traditional(s) && got != s {
			t.Fatalf("Simplify(%q) = %q, though it holds no traditional character", s, got)
		}
	})
}
