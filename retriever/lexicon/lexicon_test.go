package lexicon

import (
	"strconv"
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
		// Common function characters keep a common character's count (see gen): 里 and 给
		// are not glued to their neighbours.
		{"参数里存的是啥", "参数/里/存/的/是/啥"},
		{"词表里有多少词", "词表/里/有/多少/词"},
		{"给我讲讲", "给/我/讲讲"},
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
		"红烧肉": false, "幻觉": false, "模型": false, "反驳": false,
		// numerals: a number with its measure word is grammar; 两端 (both ends) is not
		"几个": true, "一次": true, "多久": true, "好多": true, "两端": false}
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
	}{{'换', '幻', true}, {'留', '馏', true}, {'连', '链', true}, {'听', '幻', false},
		{'灵', '零', true}, // 灵 is no word of its own here (a name's character): its sound is in #pinyin
	} {
		pa, pb := lx.Pinyin(c.a), lx.Pinyin(c.b)
		if pa == "" || pb == "" {
			t.Errorf("no pinyin for %c (%q) or %c (%q)", c.a, pa, c.b, pb)
		}
		if (pa == pb) != c.same {
			t.Errorf("%c=%s %c=%s: same = %v, want %v", c.a, pa, c.b, pb, pa == pb, c.same)
		}
	}
}

// The search bisects the list's bytes: every word of the embedded list must be found with its
// own line, words between two entries and past either end must not, and the header's
// #longest must be the longest word.
func TestSearchFindsEveryWord(t *testing.T) {
	lx := New(nil)
	lines := strings.Split(strings.TrimSuffix(zhWords[lx.body:], "\n"), "\n")
	if len(lines) != lx.Len() || len(lines) < 200000 {
		t.Fatalf("%d lines, Len() = %d", len(lines), lx.Len())
	}
	longest := 0
	for i, line := range lines {
		fields := strings.Split(line, "\t")
		w := fields[0]
		longest = max(longest, len([]rune(w)))
		freq, pos, ok := lx.find(w)
		if !ok || strconv.Itoa(freq) != fields[1] || pos != fields[2] {
			t.Fatalf("find(%q) = %d %q %v; want the line %q", w, freq, pos, ok, line)
		}
		if !lx.hasPrefix(w) {
			t.Fatalf("hasPrefix(%q) = false", w)
		}
		if i > 0 && lines[i-1] >= line {
			t.Fatalf("not sorted: %q before %q", lines[i-1], line)
		}
		// A string just after w sorts between it and the next word.
		if _, _, ok := lx.find(w + "\x00"); ok {
			t.Fatalf("find(%q) found a word the list lacks", w+"\x00")
		}
	}
	if header := "\n#longest\t" + strconv.Itoa(longest) + "\n"; !strings.Contains(zhWords[:lx.body], header) {
		t.Errorf("the longest word has %d characters; the header says otherwise (run go generate ./retriever/lexicon)", longest)
	}
	for _, w := range []string{"", "\x00", "A", "\U0010FFFF", "模型模型模型"} {
		if _, _, ok := lx.find(w); ok {
			t.Errorf("find(%q) found a word the list lacks", w)
		}
	}
}

// A list without #longest, or without a final newline, reads the same.
func TestFromListWithoutLongest(t *testing.T) {
	for _, list := range []string{"#total\t30\n大语言模型\t10\tn\n模型\t20\tn\n", "#total\t30\n大语言模型\t10\tn\n模型\t20\tn"} {
		lx := FromList(list, nil)
		// The longest word, 大语言模型, is longer than every colloquial word.
		if lx.maxRunes != 5 || lx.Len() != 2 {
			t.Errorf("FromList(%q): longest %d, %d words; want 5 and 2", list, lx.maxRunes, lx.Len())
		}
		for _, w := range []string{"大语言模型", "模型"} {
			if _, _, ok := lx.Lookup(w); !ok {
				t.Errorf("FromList(%q): %q not found", list, w)
			}
		}
		if _, _, ok := lx.Lookup("型"); ok {
			t.Errorf("FromList(%q): 型 found", list)
		}
	}
}

func BenchmarkLookup(b *testing.B) {
	lx := New(nil)
	words := []string{"模型", "大模型", "红烧肉", "幻觉", "啥", "彻底解决", "型大", "重新生成", "一", "龘龘"}
	for b.Loop() {
		for _, w := range words {
			lx.Lookup(w)
		}
	}
}
