package tutor

import (
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

// filterAll runs text through a markerFilter for n passages, written in the given pieces.
func filterAll(t *testing.T, n int, pieces []string) string {
	t.Helper()
	var b strings.Builder
	f := newMarkerFilter(n, func(s string) error {
		b.WriteString(s)
		return nil
	})
	for _, p := range pieces {
		if err := f.Write(p); err != nil {
			t.Fatalf("Write: %v", err)
		}
	}
	if err := f.Flush(); err != nil {
		t.Fatalf("Flush: %v", err)
	}
	return b.String()
}

// splitRunes cuts s at rune boundaries into pieces of the sizes (in runes) cuts gives, cycling;
// a size of 0 adds an empty piece.
func splitRunes(s string, cuts []byte) []string {
	if len(cuts) == 0 {
		return []string{s}
	}
	var out []string
	runes := []rune(s)
	for i, k := 0, 0; i < len(runes); k++ {
		size := int(cuts[k%len(cuts)]) % 8
		if size == 0 { // an empty write, then one rune, so the stream always moves on
			out = append(out, "")
			size = 1
		}
		end := min(i+size, len(runes))
		out = append(out, string(runes[i:end]))
		i = end
	}
	return out
}

// streamedMarker is a citation marker as the answer view and checkCitations read it. Brackets
// holding more than maxMarkerRunes runes are let through as text by design.
var streamedMarker = regexp.MustCompile(`\[(\d{1,11})\]`)

func FuzzMarkerFilter(f *testing.F) {
	for _, s := range []struct {
		text string
		n    int
		cuts []byte
	}{
		{"GPQA Diamond 只有 198 题，四选一纯猜就有 25% 的期望正确率 [1]。专家正确率约为 65% [2][3]。", 3, []byte{1, 3, 2}},
		{"DeepSeek-R1 报告用 [pass@1](#metric-pass-1) 估计准确率［2］，o1 还给出 cons@64 [1, 4]。", 2, []byte{5}},
		{"模型答一次、答 64 次投票 [1，7、3]，见 [注] 与 [] 以及 [ 2 ]。", 5, []byte{0, 1}},
		{"[[5] [1[9]] [[9]5] [1234567890123] [1 2 3 4 5 6 7 8 9", 3, []byte{2, 7}},
		{"答案[", 1, nil},
	} {
		f.Add(s.text, s.n, s.cuts)
	}
	f.Fuzz(func(t *testing.T, text string, n int, cuts []byte) {
		// Deltas arrive decoded from JSON, so always as whole runes of valid UTF-8.
		text = strings.ToValidUTF8(text, "\uFFFD")
		n = int(uint(n) % 12)
		whole := filterAll(t, n, []string{text})
		if got := filterAll(t, n, splitRunes(text, cuts)); got != whole {
			t.Fatalf("n=%d: output depends on how the stream is split:\ninput: %q\npieces: %q\nwhole: %q\nsplit: %q", n, text, splitRunes(text, cuts), whole, got)
		}
		if got := filterAll(t, n, strings.Split(text, "")); got != whole {
			t.Fatalf("n=%d: rune-by-rune output differs:\ninput: %q\nwhole: %q\nrunes: %q", n, text, whole, got)
		}
		for _, m := range streamedMarker.FindAllStringSubmatch(whole, -1) {
			if k, _ := strconv.Atoi(m[1]); k < 1 || k > n {
				t.Fatalf("n=%d: marker %s names no passage but survived:\ninput:  %q\noutput: %q", n, m[0], text, whole)
			}
		}
		if !strings.Contains(text, "[") && !strings.Contains(text, "［") && whole != text {
			t.Fatalf("text without brackets changed: %q → %q", text, whole)
		}
	})
}

func FuzzCheckCitations(f *testing.F) {
	passages := []Passage{
		{N: 1, Anchor: "bench-gpqa-diamond", Title: "能力评测基准 › GPQA Diamond", URL: "/report/benchmarks?hl=bench-gpqa-diamond-p1#bench-gpqa-diamond",
			Text: "GPQA Diamond 的局限首先是题量小：只有 198 题，对错几道就会让分数变动几个百分点；四选一也意味着纯猜就有 25% 的期望正确率。"},
		{N: 2, Anchor: "metric-pass-1", Title: "pass@1", Text: "DeepSeek-R1 报告用多次采样估计的 pass@1，o1 的发布文章还给出多数投票的 cons@64。"},
		{N: 3, Anchor: "history-timeline-overview", Title: "时间线一览", Text: "2017 年 6 月 | Transformer | Google"},
	}
	for _, s := range []string{
		"GPQA Diamond 只有 198 题 [1]。纯猜有 25% 的正确率 [1][2]。",
		"Transformer 发布于 2017 年 [3]，GPT-5 发布于 2030 年 [3]！DeepSeek-R1 用 pass@1 [2]",
		"无出处的一句话。[9] [0] [] [1",
		"ＧＰＴ－４ｏ 的上下文窗口是 128K [1]？v1.2.3- 与 x.-y [2]\n换行 [3]",
	} {
		f.Add(s, 3)
	}
	f.Fuzz(func(t *testing.T, answer string, n int) {
		n = int(uint(n) % uint(len(passages)+1))
		ps := passages[:n]
		cites := checkCitations(answer, ps)
		seen := map[int]bool{}
		for _, c := range cites {
			if c.N < 1 || c.N > n {
				t.Fatalf("citation %d names no passage (n=%d): %q", c.N, n, answer)
			}
			if seen[c.N] {
				t.Fatalf("citation %d listed twice: %q", c.N, answer)
			}
			seen[c.N] = true
			if c.Anchor != ps[c.N-1].Anchor || c.Text != ps[c.N-1].Text {
				t.Fatalf("citation %d carries another passage's anchor or text", c.N)
			}
			if c.Supported != (len(c.Unsupported) == 0) {
				t.Fatalf("citation %d: Supported=%v with unsupported terms %q", c.N, c.Supported, c.Unsupported)
			}
			if !sort.StringsAreSorted(c.Unsupported) {
				t.Fatalf("citation %d: unsupported terms not sorted: %q", c.N, c.Unsupported)
			}
		}
		if utf8.ValidString(answer) && !strings.ContainsAny(answer, "0123456789") && len(cites) > 0 {
			t.Fatalf("citations without any marker in the answer: %q → %+v", answer, cites)
		}
	})
}
