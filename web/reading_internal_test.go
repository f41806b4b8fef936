package web

import (
	"strings"
	"testing"
)

func TestJoinCJK(t *testing.T) {
	tests := []struct{ a, b, want string }{
		{"检索增强生成", "是怎么工作的？", "检索增强生成是怎么工作的？"},
		{"GPQA Diamond", "是什么？", "GPQA Diamond 是什么？"},
		{"DeepSeek-R1", "是怎样训练出来的？", "DeepSeek-R1 是怎样训练出来的？"},
		{"讲讲", "Transformer：一层层加工", "讲讲 Transformer：一层层加工"},
		{"讲讲", "「中国的首都是」", "讲讲「中国的首都是」"},
		{"什么是", "混合专家", "什么是混合专家"},
	}
	for _, tc := range tests {
		if got := joinCJK(tc.a, tc.b); got != tc.want {
			t.Errorf("joinCJK(%q, %q) = %q, want %q", tc.a, tc.b, got, tc.want)
		}
	}
}

func TestHighlightAndSnippet(t *testing.T) {
	tests := []struct {
		q, text  string
		wantMark []string
	}{
		{"混合专家", "所谓混合专家，是把网络拆成多个专家。", []string{"混合专家", "专家"}},
		{"MoE 路由", "The moe router 把词元路由给专家。", []string{"moe", "路由"}},
		{"<b>", "a <b> tag", []string{"<b>"}},
	}
	for _, tc := range tests {
		var marks []string
		var all strings.Builder
		for _, sp := range snippet(tc.text, highlightTerms(tc.q)) {
			all.WriteString(sp.Text)
			if sp.Mark {
				marks = append(marks, sp.Text)
			}
		}
		if all.String() != tc.text {
			t.Errorf("%q: the snippet %q is not the whole short text", tc.q, all.String())
		}
		if strings.Join(marks, "|") != strings.Join(tc.wantMark, "|") {
			t.Errorf("%q in %q: marked %q, want %q", tc.q, tc.text, marks, tc.wantMark)
		}
	}
	long := strings.Repeat("甲", 300) + "混合专家" + strings.Repeat("乙", 300)
	sn := snippet(long, highlightTerms("混合专家"))
	if len(sn) < 3 || sn[0].Text != "…" || sn[len(sn)-1].Text != "…" {
		t.Errorf("a long text is not cut around the match: %v", sn)
	}
}
