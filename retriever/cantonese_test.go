package retriever

import (
	"strings"
	"testing"
)

func TestPlainCantonese(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"点解ChatGPT会作嘢", "为什么ChatGPT会瞎编"},
		{"o1同GPT-4o有咩分别", "o1同GPT-4o有什么区别"},
		{"DeepSeek系咪开源嘅", "DeepSeek是不是开源的"},
		{"RAG系咩嚟㗎", "RAG是什么"},
		{"佢哋点样训练AI嘅", "它们怎样训练AI的"},
		{"大模型有冇意识", "大模型有没有意识"},
		{"老师睇唔睇得出", "老师看不看得出"},
		{"点知佢讲嘅系咪真", "怎么知它讲的是不是真"},
		{"MMLU考乜嘢", "MMLU考什么"},
		{"几时出嘅", "什么时候出的"},
		{"AI 系边个发明㗎", "AI 是谁发明"},
		{"要train几耐先得", "要train多久才行"},
		{"定系佢净系识估下一个字", "还是它只是会猜下一个字"},
		{"点解同佢倾耐咗佢会唔记得我头先讲过嘅嘢", "为什么同它聊久了它会不记得我刚才讲过的东西"},
		{"呢个AI好平 使唔使畀钱", "这个AI很便宜 需不需要给钱"},
		{"模型有冇政治倾向", "模型有没有政治倾向"},
		// Mandarin that holds the same characters: 重点, 一点, 系统, 关系.
		{"重点用在哪", "重点用在哪"},
		{"能不能便宜一点用", "能不能便宜一点用"},
		{"推荐系统和大模型有什么关系", "推荐系统和大模型有什么关系"},
	} {
		if got := plainCantonese(c.in); got != c.want {
			t.Errorf("plainCantonese(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// The report is written in simplified characters and Mandarin: reading it as a reader's
// question would be must leave every word of it as it is, or a traditional or Cantonese word
// of the tables collides with one of the report's.
func TestMandarinLeavesTheReportAlone(t *testing.T) {
	_, ix := sharedIndex(t)
	for _, p := range ix.passages {
		for _, text := range []string{p.Title, p.Text} {
			if got := ix.Mandarin(text); got != text {
				t.Errorf("%s: Mandarin changed the report's text near %q", p.Anchor, firstDifference(text, got))
			}
		}
		for _, a := range ix.AsksOf(p.Anchor) {
			if got := ix.Mandarin(a); got != a {
				t.Errorf("%s: Mandarin changed the 常见问法 %q to %q", p.Anchor, a, got)
			}
		}
	}
}

func firstDifference(a, b string) string {
	ra, rb := []rune(a), []rune(b)
	i := 0
	for i < len(ra) && i < len(rb) && ra[i] == rb[i] {
		i++
	}
	from, to := max(0, i-8), min(len(ra), i+8)
	return strings.TrimSpace(string(ra[from:to]))
}
