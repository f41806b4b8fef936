package lexicon

import (
	"strings"
	"testing"
)

func TestSegment(t *testing.T) {
	lx := New([]string{"思维链", "词元"})
	cases := []struct {
		in   string
		want string // words joined by /
	}{
		{"红烧肉怎么做", "红烧肉/怎么/做"},
		{"大模型的幻觉问题能彻底解决吗", "大/模型/的/幻觉/问题/能/彻底解决/吗"},
		{"思维链是啥", "思维链/是/啥"}, // a report term added by the caller stays whole
		{"词元到底是什么", "词元/到底/是/什么"},
		{"", ""},
	}
	for _, c := range cases {
		var got []string
		for _, w := range lx.Segment(c.in) {
			got = append(got, w.Text)
		}
		if g := strings.Join(got, "/"); g != c.want {
			t.Errorf("Segment(%q) = %s, want %s", c.in, g, c.want)
		}
	}
}

func TestFunctionWords(t *testing.T) {
	lx := New(nil)
	cases := map[string]bool{"啥": true, "咋": true, "到底": true, "为啥": true, "吗": true, "来着": true,
		"红烧肉": false, "幻觉": false, "模型": false, "反驳": false}
	for w, want := range cases {
		_, pos, ok := lx.Lookup(w)
		if !ok {
			t.Errorf("%q is not in the dictionary", w)
			continue
		}
		if got := (Word{Text: w, POS: pos, Known: true}).Function(); got != want {
			t.Errorf("%q (pos %s): Function() = %v, want %v", w, pos, got, want)
		}
	}
}

func TestUnknownCharacters(t *testing.T) {
	lx := FromList("# test\n模型\t10\tn\n", nil)
	ws := lx.Segment("模型x囧")
	if len(ws) != 3 || ws[0].Text != "模型" || !ws[0].Known || ws[1].Known || ws[2].Known {
		t.Errorf("Segment = %+v; want 模型 known, then x and 囧 unknown", ws)
	}
}

func BenchmarkNew(b *testing.B) {
	for b.Loop() {
		New(nil)
	}
}

func BenchmarkSegment(b *testing.B) {
	lx := New(nil)
	for b.Loop() {
		lx.Segment("同一个问题我点重新生成答案咋每次都不一样")
	}
}

func TestPinyin(t *testing.T) {
	lx := New(nil)
	for _, c := range []struct {
		a, b rune
		same bool
	}{{'换', '幻', true}, {'留', '馏', true}, {'连', '链', true}, {'听', '幻', false}} {
		pa, pb := lx.Pinyin(c.a), lx.Pinyin(c.b)
		if pa == "" || pb == "" {
			t.Errorf("no pinyin for %c (%q) or %c (%q)", c.a, pa, c.b, pb)
		}
		if (pa == pb) != c.same {
			t.Errorf("%c=%s %c=%s: same = %v, want %v", c.a, pa, c.b, pb, pa == pb, c.same)
		}
	}
}
