package retriever

import "testing"

func TestEverydayEnglishInChinese(t *testing.T) {
	_, ix := sharedIndex(t)
	for _, c := range []struct{ in, want string }{
		{"这个model怎么train出来的", "这个模型怎么训练出来的"},
		{"ai model是怎么train的", "ai 模型是怎么训练的"},
		{"用咩 programming language 嘅题目", "用咩 编程 语言 嘅题目"},
		// An English question keeps its words; so do English phrases and names in Chinese.
		{"how is a model trained", "how is a model trained"},
		{"这个data wall是真的吗", "这个data wall是真的吗"},
		{"这个data的format不对", "这个data的format不对"},
		{"deep learning和machine learning的区别", "deep learning和machine learning的区别"},
	} {
		if got := ix.respell(c.in); got != c.want {
			t.Errorf("respell(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
