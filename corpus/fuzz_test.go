package corpus

import (
	"regexp"
	"strings"
	"sync"
	"testing"
	"testing/fstest"
	"unicode/utf8"
)

// fuzzSources is a valid bibliography for the fuzzed chapters.
const fuzzSources = `- key: gpqa-paper
  title: "GPQA: A Graduate-Level Google-Proof Q&A Benchmark"
  publisher: Rein et al. (arXiv)
  date: 2023-11
  url: https://arxiv.org/abs/2311.12022
  type: paper
  lang: en

- key: deepseek-r1-paper
  title: "DeepSeek-R1: Incentivizing Reasoning Capability in LLMs via Reinforcement Learning"
  publisher: DeepSeek-AI (arXiv)
  date: 2025-01
  url: https://arxiv.org/abs/2501.12948
  type: paper
  lang: en
`

// fuzzChapter is a small real-looking chapter whose anchors the fuzzed links may resolve to.
const fuzzChapter = `---
title: 能力评测基准
summary: 逐一介绍评测基准。
---

评测基准（Benchmark）是一套固定的题目加一套固定的打分规则，参见 [评测基准](#term-benchmark)。

## 知识与科学推理 {#benchmarks-knowledge}

### GPQA Diamond {#bench-gpqa-diamond}

- **全称**：GPQA 的 Diamond 子集
- **出现在**：DeepSeek-R1 报告 [@deepseek-r1-paper]

## 评测基准（Benchmark） {#term-benchmark}

完整 GPQA 共 448 题 [@gpqa-paper]。
`

func fuzzFS(chapter string) fstest.MapFS {
	return fstest.MapFS{
		"sources/common.yaml":    {Data: []byte(fuzzSources)},
		"report/06-bench.md":     {Data: []byte(fuzzChapter)},
		"report/07-fuzzed-ch.md": {Data: []byte(chapter)},
	}
}

// chapterSeeds are real snippets of the report: front matter, headings, lists, tables, quotes,
// code, links and citations.
var chapterSeeds = []string{
	"---\ntitle: 发展史\nsummary: 按时间顺序梳理语言模型的关键里程碑。\n---\n\n大语言模型（Large Language Model, LLM）不是一夜之间出现的。本章的时间线止于 2026 年 4 月 [@gpqa-paper; @deepseek-r1-paper]。\n\n## 时间线一览 {#history-timeline-overview}\n\n下表按时间列出本章讲到的主要里程碑。\n\n| 时间 | 里程碑 | 发布方或作者 |\n|---|---|---|\n| 1948 年 | 香农用 n 元近似生成英文 | Claude Shannon |\n| 2017 年 6 月 | Transformer | Google |\n",
	"---\ntitle: 原理\nsummary: 检索增强生成。\n---\n\n1. 分块：把文档切成段落大小的片段，参见[文本分块](#term-chunking)。\n2. **[冷启动](#term-benchmark)**：先收集数千条长思维链示例 [@deepseek-r1-paper]。\n   续行\n\n> 引用一段话 [@gpqa-paper]\n> 第二行\n\n```\ncode <script>alert(1)</script>\n```\n",
	"---\ntitle: 基准\nsummary: s\n---\n\n### GPQA Diamond {#bench-gpqa-diamond2}\n\n- **全称**：Graduate-Level Google-Proof Q&A（Diamond 子集）\n- **评分方式**：准确率；[pass@1](#metric-pass-1)，[cons@64](https://example.com/x) [@gpqa-paper]\n\n**示例（自拟）**：A. 竞争性抑制 B. 非竞争性抑制。\n",
	"no front matter\n# Title {#Bad Anchor}\n#### deep {#x}\n## {#}\n```\nunclosed",
	"---\ntitle: x\n---\n<script>alert(1)</script> [a](javascript:alert(1)) [b](#x\"><script>) [@<img src=x>]\n\n  - indented list\n- item\n\n| [x](https://e.com/\"onclick=\"x) | `<b>` |\n",
	"---\r\ntitle: t\r\nsummary: s\r\n---\r\n\r\n## 标题 {#a\"<x>}\r\n\r\n[t](#a\"<x>)\r\n",
	"---\ntitle: 图\nsummary: s\n---\n\n见[图](#fig-a)。\n![图 [@gpqa-paper]](../figures/fig-a.svg \"描述。\") {#fig-a}\n![<b>](javascript:x \"<i>\") {#fig-\"x}\n![未闭合](x\n\n![](../figures/fig-b.svg)\n",
}

// htmlTag is one tag the renderer writes: a name and double-quoted attributes.
var htmlTag = regexp.MustCompile(`<(/?)([a-z0-9]+)((?: [a-z-]+="[^"<>]*")*)>`)
var htmlAttr = regexp.MustCompile(` ([a-z-]+)="([^"<>]*)"`)

var rendererTags = map[string]map[string]bool{
	"p": {"id": true, "class": true}, "blockquote": {"id": true, "class": true}, "pre": {"id": true},
	"code": {}, "ul": {"id": true, "class": true}, "ol": {"id": true, "class": true}, "li": {},
	"div": {"class": true}, "table": {"id": true, "class": true}, "thead": {}, "tbody": {}, "tr": {},
	"th": {}, "td": {}, "strong": {}, "em": {}, "sup": {"class": true},
	"figure": {"id": true, "class": true}, "figcaption": {}, "span": {"class": true},
	"a": {"href": true, "rel": true, "target": true, "class": true, "data-term": true, "title": true},
}

// checkRenderedHTML asserts that out holds only the renderer's own tags and attributes: nothing
// of the input became markup, a script or a javascript: link.
func checkRenderedHTML(t *testing.T, in, out string) {
	t.Helper()
	lower := strings.ToLower(out)
	if strings.Contains(lower, "<script") {
		t.Fatalf("rendered HTML holds a raw <script from the input:\ninput: %q\nhtml:  %q", in, out)
	}
	if strings.Contains(lower, `href="javascript:`) {
		t.Fatalf("rendered HTML holds a javascript: link from the input:\ninput: %q\nhtml:  %q", in, out)
	}
	for _, m := range htmlTag.FindAllStringSubmatch(out, -1) {
		attrs, ok := rendererTags[m[2]]
		if !ok {
			t.Fatalf("rendered HTML holds tag <%s%s> the renderer never writes:\ninput: %q\nhtml:  %q", m[1], m[2], in, out)
		}
		for _, a := range htmlAttr.FindAllStringSubmatch(m[3], -1) {
			if !attrs[a[1]] {
				t.Fatalf("rendered HTML holds attribute %s on <%s>:\ninput: %q\nhtml:  %q", a[1], m[2], in, out)
			}
			if a[1] == "href" && !strings.HasPrefix(a[2], "/report/") && !strings.HasPrefix(a[2], "/sources#") &&
				!strings.HasPrefix(a[2], "https://") && !strings.HasPrefix(a[2], "http://") {
				t.Fatalf("rendered HTML links to %q:\ninput: %q\nhtml:  %q", a[2], in, out)
			}
		}
	}
	if rest := htmlTag.ReplaceAllString(out, ""); strings.ContainsAny(rest, "<>") {
		t.Fatalf("rendered HTML holds an unescaped < or > outside the renderer's tags:\ninput: %q\nhtml:  %q", in, out)
	}
}

func FuzzParseChapter(f *testing.F) {
	for _, s := range chapterSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		r, err := Parse(fuzzFS(text))
		if err != nil {
			t.Fatalf("Parse failed on a readable chapter: %v", err)
		}
		_ = r.Check()
		ch, ok := r.Chapter("fuzzed-ch")
		if !ok {
			t.Fatal("the fuzzed chapter was not parsed")
		}
		// Unclosed front matter leaves the chapter without sections (Check reports it).
		if len(ch.Sections) > 0 && ch.Sections[0].Kind != KindIntro {
			t.Fatalf("the chapter does not open with its intro section: %+v", ch.Sections)
		}
		for _, s := range ch.Sections {
			_ = s.Definition()
			_ = s.Fields()
			_ = HanCount(s)
			for _, b := range s.Blocks {
				if b.ID == "" || len(b.Items) == 0 {
					t.Fatalf("block without ID or items: %+v", b)
				}
				checkRenderedHTML(t, text, r.BlockHTML(b))
				_ = b.PlainText()
				_ = b.Citations()
			}
			checkRenderedHTML(t, text, r.InlineHTML(s.Title))
		}
	})
}

var inlineReport = sync.OnceValues(func() (*Report, error) { return Parse(fuzzFS(chapterSeeds[0])) })

func FuzzInline(f *testing.F) {
	for _, s := range []string{
		"评测基准（Benchmark）是一套固定的题目，参见 [评测基准](#term-benchmark)。",
		"DeepSeek-R1 技术报告（2025 年 1 月）[@deepseek-r1-paper]、OpenAI o1 的发布文章与系统卡 [@o1-learning-to-reason; @gpqa-paper]",
		"**[冷启动](#term-cold-start)**：先收集数千条格式规范的 *长思维链* 示例 `code` [@deepseek-r1-paper]。",
		"见 [GPQA](https://arxiv.org/abs/2311.12022) 与 [数据污染](#term-data-contamination)",
		"<script>alert(1)</script>",
		"[x](javascript:alert(1)) [y](#bench-gpqa-diamond\" onclick=\"x) [<b>z</b>](https://a.b/\"><script>)",
		"**<img src=x onerror=alert(1)>** *<i>* `<code>` [@<k>; @gpqa-paper]",
		"[[[a](#b)](#c)](#d) ** * [@ [ ] ( ) `",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, md string) {
		r, err := inlineReport()
		if err != nil {
			t.Fatal(err)
		}
		checkInlineAgrees(t, md)
		plain := PlainText(md)
		if utf8.ValidString(md) && !utf8.ValidString(plain) {
			t.Fatalf("PlainText(%q) = %q is not valid UTF-8", md, plain)
		}
		_ = CitationKeys(md)
		_ = LinkTargets(md)
		_ = proseText(md)
		var b strings.Builder
		r.renderInline(&b, md)
		checkRenderedHTML(t, md, b.String())
	})
}
