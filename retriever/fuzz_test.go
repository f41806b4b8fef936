package retriever

import (
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"unicode/utf8"

	"llmtutor/corpus"
)

func FuzzTokens(f *testing.F) {
	for _, s := range []string{
		"评测基准（Benchmark）是一套固定的题目加一套固定的打分规则，用来给模型“统一考试”。",
		"DeepSeek-R1 技术报告（2025 年 1 月）、OpenAI o1 的发布文章与系统卡，以及 OpenAI o3-mini",
		"什么是 GPT-4o？Scaling Laws 和 agents 的 pass@1、cons@64 怎么算？",
		"ＧＰＴ－４ｏ　全角字母与数字 C++ v1.2.3- x.-y ...",
		"的了吗 is the a 是什么 怎么",
		"İstanbul ǅ ﬁ ẞ Ⅻ ① ㎏ \u0301e\u200d",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			t.Skip("text reaches the retriever as valid UTF-8")
		}
		if got, want := Normalize(text), normalizeReference(text); got != want {
			t.Fatalf("Normalize(%q) = %q; the general path gives %q", text, got, want)
		}
		if got, want := Tokens(text), tokensReference(text); !slices.Equal(got, want) {
			t.Fatalf("Tokens(%q) = %q; the reference reads %q", text, got, want)
		}
		for i, tok := range Tokens(text) {
			if tok == "" {
				t.Fatalf("Tokens(%q)[%d] is empty", text, i)
			}
			if !utf8.ValidString(tok) {
				t.Fatalf("Tokens(%q)[%d] = %q is not valid UTF-8", text, i, tok)
			}
		}
	})
}

const fuzzSources = `- key: gpqa-paper
  title: "GPQA: A Graduate-Level Google-Proof Q&A Benchmark"
  publisher: Rein et al. (arXiv)
  date: 2023-11
  url: https://arxiv.org/abs/2311.12022
  type: paper
  lang: en
`

func FuzzChunk(f *testing.F) {
	for _, s := range []string{
		"---\ntitle: 发展史\nsummary: 按时间顺序梳理语言模型的关键里程碑。\n---\n\n大语言模型（Large Language Model, LLM）不是一夜之间出现的 [@gpqa-paper]。\n\n## 时间线一览 {#history-timeline-overview}\n\n下表按时间列出本章讲到的主要里程碑。\n\n| 时间 | 里程碑 | 发布方或作者 |\n|---|---|---|\n| 1948 年 | 香农用 n 元近似生成英文 | Claude Shannon |\n| 2017 年 6 月 | Transformer | Google |\n",
		"---\ntitle: 基准\nsummary: s\n---\n\n## 知识与科学推理 {#benchmarks-knowledge}\n\n### GPQA Diamond {#bench-gpqa-diamond}\n\n- **全称**：GPQA 的 Diamond 子集\n- **出现在**：DeepSeek-R1 报告 [@gpqa-paper]\n\n**示例（自拟）**：A. 竞争性抑制 B. 非竞争性抑制。答案是 B。\n\nGPQA Diamond 的局限首先是题量小：只有 198 题 [@gpqa-paper]。\n",
		"---\ntitle: t\nsummary: s\n---\n\n| | |\n|---|---|\n| | |\n\n[@gpqa-paper]\n\n```\ncode\n```\n\n> 引用\n",
		"no front matter\n  - indented\n### orphan {#orphan}\n|a|\n",
		"|  |\n|--|\n|  |\n", // a table of blank cells once made a passage without text
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		r, err := corpus.Parse(fstest.MapFS{
			"sources/common.yaml": {Data: []byte(fuzzSources)},
			"report/01-fuzz.md":   {Data: []byte(text)},
		})
		if err != nil {
			t.Fatalf("Parse: %v", err)
		}
		blocks := map[string]bool{}
		for _, s := range r.AllSections() {
			for _, b := range s.Blocks {
				blocks[b.ID] = true
			}
		}
		for _, p := range Chunk(r) {
			if strings.TrimSpace(p.Text) == "" {
				t.Fatalf("passage %q has no text:\n%q", p.ID, text)
			}
			if p.ID == "" || len(p.BlockIDs) == 0 {
				t.Fatalf("passage %+v has no ID or no blocks", p)
			}
			for _, id := range p.BlockIDs {
				if !blocks[id] {
					t.Fatalf("passage %q names block %q, which is not in the report", p.ID, id)
				}
			}
		}
	})
}
