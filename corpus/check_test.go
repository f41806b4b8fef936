package corpus

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

// The fixture is a tiny report that keeps every rule: two chapters (concepts; a benchmark, a
// metric, an evaluation and a model) and one bibliography file. Each case of TestCheck breaks it
// in one way and names the exact problems that must follow.

const fixtureAlpha = `---
title: 第一章
summary: 本章讲两个基础概念。
---

本章导语：介绍两个基础概念。

## 概念 {#alpha-concepts}

### 混合专家（Mixture of Experts, MoE） {#term-moe}

混合专家是一种把模型拆成许多小型专家网络的结构，每次只让其中少数几个专家处理当前的输入，其余专家保持休息。这样做的好处是模型的总容量可以很大，而每次计算的开销却只和被选中的专家数量有关。打个比方，一家大医院有很多科室的医生，病人来了只需要挂一两个科室的号，而不必让所有医生都来会诊。这个比喻的局限在于，模型里的专家并不像医生那样有清楚的分工，它们擅长什么是在训练中自己形成的。

相关概念：[注意力](#term-attention)。

### 注意力（Attention） {#term-attention}

注意力是让模型在处理一个词时回头查看句子里其他词的机制，它会给每个词打一个相关程度的分数，再按分数把这些词的信息加权汇总起来。打个比方，读者读到一个代词时，会自然地往前找它指的是谁，注意力做的就是这件事。这个比喻的局限在于，模型并不理解指代关系，它只是学会了哪些位置的信息对预测下一个词最有帮助。注意力之所以重要，是因为它让模型能够同时看到很长的上下文，而不必像早期的循环网络那样一个词一个词地传递信息。

相关概念：[混合专家](#term-moe)。
`

const fixtureBeta = `---
title: 第二章
summary: 本章讲一个基准、一个指标、一项评测和一个模型。
---

本章介绍一个基准和一个模型 [@paper-a]。

## 基准 {#beta-benchmarks}

### GPQA Diamond {#bench-gpqa-diamond}

- **全称**：Graduate-Level Google-Proof Q&A
- **出自**：纽约大学等研究者
- **考查能力**：研究生水平的科学推理
- **题目形式与规模**：四选一的选择题
- **评分方式**：准确率
- **出现在**：DeepSeek-R1 报告、OpenAI o1（未确认）

GPQA Diamond 是一个很难的科学问答基准，发布于 2023 年 [@paper-a]。

| 项目 | 说明 |
| --- | --- |
| 发布 | 2023 年，约 20% 的题目 |

### 一次通过率（pass@1） {#metric-pass-1}

一次通过率是模型只答一次就答对的比例 [@paper-a]。

### 拒答评测 {#eval-refusal}

拒答评测检查模型会不会拒绝有害的请求 [@card-b]。

## 模型 {#beta-models}

### GPT-4o {#model-gpt-4o}

- **发布方**：OpenAI
- **发布时间**：2024 年 5 月 [@card-b]
- **开放程度**：闭源，只提供接口
- **架构**：未公开（OpenAI 未披露）
- **模态**：文本、图像和音频
- **上下文窗口**：未公开
- **关键技术**：端到端的多模态训练

GPT-4o 是一个能同时处理文字、图像和声音的模型 [@card-b]。
`

const fixtureSources = `- key: paper-a
  title: Paper A
  publisher: Lab A
  date: 2023-11
  url: https://example.com/a
  type: paper
  lang: en

- key: card-b
  title: Card B
  publisher: Lab B
  date: 2024-05-13
  url: https://example.com/b
  type: system-card
  lang: en
`

const (
	alpha = "report/01-alpha.md"
	beta  = "report/02-beta.md"
	srcA  = "sources/a.yaml"
	srcB  = "sources/b.yaml"
)

func baseFiles() map[string]string {
	return map[string]string{alpha: fixtureAlpha, beta: fixtureBeta, srcA: fixtureSources}
}

// edit changes one fixture file: it replaces old, which must occur exactly once, with new.
// An empty old sets the whole file to new.
type edit struct{ file, old, new string }

func applyEdits(t *testing.T, edits []edit) map[string]string {
	t.Helper()
	files := baseFiles()
	for _, e := range edits {
		if e.old == "" {
			files[e.file] = e.new
			continue
		}
		if n := strings.Count(files[e.file], e.old); n != 1 {
			t.Fatalf("fixture edit: %q occurs %d times in %s, want once", e.old, n, e.file)
		}
		files[e.file] = strings.Replace(files[e.file], e.old, e.new, 1)
	}
	return files
}

func mapFS(files map[string]string) fstest.MapFS {
	fsys := fstest.MapFS{}
	for name, data := range files {
		fsys[name] = &fstest.MapFile{Data: []byte(data)}
	}
	return fsys
}

func parseFiles(t *testing.T, files map[string]string) *Report {
	t.Helper()
	r, err := Parse(mapFS(files))
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	return r
}

// lineOf is the 1-based number of the only line of text that contains marker.
func lineOf(t *testing.T, text, marker string) int {
	t.Helper()
	found := 0
	for i, l := range strings.Split(text, "\n") {
		if strings.Contains(l, marker) {
			if found != 0 {
				t.Fatalf("marker %q is on lines %d and %d", marker, found, i+1)
			}
			found = i + 1
		}
	}
	if found == 0 {
		t.Fatalf("marker %q is on no line", marker)
	}
	return found
}

// wantProblem is a problem Check must report: in file, on the line holding marker (or on line
// when marker is empty), with a message containing msg.
type wantProblem struct {
	file, marker string
	line         int
	msg          string
}

func TestCheckValidFixture(t *testing.T) {
	r := parseFiles(t, baseFiles())
	if probs := r.Check(); len(probs) != 0 {
		t.Fatalf("the valid fixture has problems:\n%s", problemList(probs))
	}
	if got := len(r.Chapters); got != 2 {
		t.Fatalf("parsed %d chapters, want 2", got)
	}
	if got := len(r.Sources); got != 2 {
		t.Fatalf("parsed %d sources, want 2", got)
	}
}

func problemList(probs []Problem) string {
	var b strings.Builder
	for _, p := range probs {
		b.WriteString("  " + p.String() + "\n")
	}
	return b.String()
}

func TestCheck(t *testing.T) {
	const intro = "本章导语：介绍两个基础概念。"
	// addPara puts a paragraph (or any block) into the first chapter, after its opening text.
	addPara := func(md string) []edit { return []edit{{alpha, intro, intro + "\n\n" + md}} }

	type tc struct {
		name  string
		edits []edit
		want  []wantProblem
	}
	cases := []tc{
		{
			name:  "no front matter",
			edits: []edit{{alpha, "---\ntitle: 第一章\nsummary: 本章讲两个基础概念。\n---\n", ""}},
			want: []wantProblem{
				{file: alpha, line: 1, msg: "must start with front matter"},
				{file: alpha, line: 1, msg: "no title"},
				{file: alpha, line: 1, msg: "no summary"},
			},
		},
		{
			name:  "front matter without title",
			edits: []edit{{alpha, "title: 第一章\n", ""}},
			want:  []wantProblem{{file: alpha, line: 1, msg: "no title"}},
		},
		{
			name:  "front matter without summary",
			edits: []edit{{alpha, "summary: 本章讲两个基础概念。\n", ""}},
			want:  []wantProblem{{file: alpha, line: 1, msg: "no summary"}},
		},
		{
			name:  "front matter with an unknown key",
			edits: []edit{{alpha, "title: 第一章\n", "title: 第一章\nauthor: 某人\n"}},
			want:  []wantProblem{{file: alpha, marker: "author:", msg: `unknown front matter key "author"`}},
		},
		{
			name:  "heading without anchor",
			edits: []edit{{alpha, "## 概念 {#alpha-concepts}", "## 概念"}},
			want:  []wantProblem{{file: alpha, marker: "## 概念", msg: "has no {#anchor}"}},
		},
		{
			name:  "invalid anchor",
			edits: []edit{{alpha, "{#alpha-concepts}", "{#Alpha_Concepts}"}},
			want:  []wantProblem{{file: alpha, marker: "{#Alpha_Concepts}", msg: "must be kebab-case"}},
		},
		{
			name:  "anchor with a trailing hyphen",
			edits: []edit{{alpha, "{#alpha-concepts}", "{#alpha-}"}},
			want:  []wantProblem{{file: alpha, marker: "{#alpha-}", msg: "must be kebab-case"}},
		},
		{
			name:  "duplicate anchor across chapters",
			edits: []edit{{beta, "## 模型 {#beta-models}", "## 重复 {#alpha-concepts}\n\n## 模型 {#beta-models}"}},
			want: []wantProblem{{file: beta, marker: "## 重复", msg: fmt.Sprintf(`anchor "alpha-concepts" is already used at %s:%d`,
				alpha, lineOf(t, fixtureAlpha, "{#alpha-concepts}"))}},
		},
		{
			name:  "# heading",
			edits: addPara("# 大标题 {#big-title}"),
			want:  []wantProblem{{file: alpha, marker: "# 大标题", msg: "only ## and ### headings"}},
		},
		{
			name:  "#### heading",
			edits: []edit{{alpha, "相关概念：[注意力](#term-attention)。", "相关概念：[注意力](#term-attention)。\n\n#### 小标题 {#tiny-title}"}},
			want:  []wantProblem{{file: alpha, marker: "#### 小标题", msg: "only ## and ### headings"}},
		},
		{
			name:  "citation key not in the bibliography",
			edits: addPara("这一段引用了不存在的来源 [@no-such-key]。"),
			want:  []wantProblem{{file: alpha, marker: "no-such-key", msg: `citation key "no-such-key" is not in the bibliography`}},
		},
		{
			name:  "source never cited",
			edits: []edit{{srcA, "", fixtureSources + "\n- key: unused-c\n  title: C\n  publisher: Lab C\n  date: 2024\n  url: https://example.com/c\n  type: blog\n  lang: en\n"}},
			want:  []wantProblem{{file: srcA, marker: "unused-c", msg: `source "unused-c" is never cited`}},
		},
		{
			name:  "non-English source",
			edits: []edit{{srcA, "system-card\n  lang: en", "system-card\n  lang: zh"}},
			want:  []wantProblem{{file: srcA, marker: "key: card-b", msg: `source "card-b" must be English`}},
		},
		{
			name:  "bad source type",
			edits: []edit{{srcA, "type: system-card", "type: video"}},
			want:  []wantProblem{{file: srcA, marker: "key: card-b", msg: `type "video" is not one of`}},
		},
		{
			name:  "bad source date",
			edits: []edit{{srcA, "date: 2024-05-13", "date: May 2024"}},
			want:  []wantProblem{{file: srcA, marker: "key: card-b", msg: `date "May 2024" must be YYYY`}},
		},
		{
			name:  "bad source url",
			edits: []edit{{srcA, "url: https://example.com/b", "url: ftp://example.com/b"}},
			want:  []wantProblem{{file: srcA, marker: "key: card-b", msg: `source "card-b" url must be http(s)`}},
		},
		{
			name:  "source without title",
			edits: []edit{{srcA, "  title: Card B\n", ""}},
			want:  []wantProblem{{file: srcA, marker: "key: card-b", msg: "needs a title, a publisher and a url"}},
		},
		{
			name:  "duplicate source key in two files",
			edits: []edit{{srcB, "", "- key: paper-a\n  title: Again\n  publisher: Lab\n  date: 2024\n  url: https://example.com/again\n  type: paper\n  lang: en\n"}},
			want: []wantProblem{{file: srcB, line: 1, msg: fmt.Sprintf(`source key "paper-a" is already defined at %s:%d`,
				srcA, lineOf(t, fixtureSources, "key: paper-a"))}},
		},
		{
			name:  "link to a missing anchor",
			edits: addPara("详见[不存在的条目](#term-nowhere)。"),
			want:  []wantProblem{{file: alpha, marker: "term-nowhere", msg: `link to "#term-nowhere" points at no anchor`}},
		},
		{
			name:  "link to a relative file",
			edits: addPara("详见[笔记](notes.md)。"),
			want:  []wantProblem{{file: alpha, marker: "notes.md", msg: `link target "notes.md" must be #anchor or an http(s) URL`}},
		},
		{
			name:  "javascript link",
			edits: addPara("详见[这里](javascript:void)。"),
			want:  []wantProblem{{file: alpha, marker: "javascript:", msg: `link target "javascript:void" must be #anchor`}},
		},
		{
			name:  "uncited fact in a table is exempt",
			edits: addPara("| 年份 | 占比 |\n| --- | --- |\n| 2024 年 | 30% |\n| 2025 年 | 700 亿 |"),
		},
		{
			name:  "Chinese next to Latin without a space",
			edits: addPara("这个模型GPT很强。"),
			want:  []wantProblem{{file: alpha, marker: "这个模型GPT", msg: "put a space between Chinese and Latin"}},
		},
		{
			name:  "Chinese next to a digit without a space",
			edits: addPara("它有3个版本。"),
			want:  []wantProblem{{file: alpha, marker: "它有3个", msg: "put a space between Chinese and Latin"}},
		},
		{
			name:  "half-width comma next to Chinese",
			edits: addPara("这个模型很强,也很快。"),
			want:  []wantProblem{{file: alpha, marker: "很强,也", msg: "use full-width punctuation"}},
		},
		{
			name:  "half-width parenthesis in a heading",
			edits: []edit{{alpha, "## 概念 {#alpha-concepts}", "## 概念(基础) {#alpha-concepts}"}},
			want:  []wantProblem{{file: alpha, marker: "## 概念(基础)", msg: "use full-width punctuation"}},
		},
		{
			name:  "code spans are exempt from typography",
			edits: addPara("参数写作 `温度,采样k值` 即可。"),
		},
		{
			name:  "link targets and citations are exempt from typography",
			edits: addPara("详见 [官网](https://example.com/中文页面) [@paper-a]。"),
		},
		{
			name: "concept entry too short",
			edits: []edit{{alpha, fixtureAlpha[strings.Index(fixtureAlpha, "注意力是让模型") : strings.Index(fixtureAlpha, "传递信息。")+len("传递信息。")],
				"注意力是一种让模型回头看的机制。"}},
			want: []wantProblem{{file: alpha, marker: "{#term-attention}", msg: `concept entry "term-attention" has 23 Chinese characters; at least 150`}},
		},
		{
			name:  "concept heading without English",
			edits: []edit{{alpha, "### 注意力（Attention）", "### 注意力（注意机制）"}},
			want:  []wantProblem{{file: alpha, marker: "{#term-attention}", msg: "needs its English term"}},
		},
		{
			name:  "concept heading with English outside full-width parentheses",
			edits: []edit{{alpha, "### 注意力（Attention）", "### 注意力 Attention"}},
			want:  []wantProblem{{file: alpha, marker: "{#term-attention}", msg: "needs its English term"}},
		},
		{
			name:  "concept entry without a link",
			edits: []edit{{alpha, "相关概念：[混合专家](#term-moe)。", "相关概念：混合专家。"}},
			want:  []wantProblem{{file: alpha, marker: "{#term-attention}", msg: `concept entry "term-attention" links to no other entry`}},
		},
		{
			name:  "concept entry linking only to itself",
			edits: []edit{{alpha, "相关概念：[混合专家](#term-moe)。", "相关概念：[注意力](#term-attention)。\n\n再说一次。"}},
			want:  []wantProblem{{file: alpha, marker: "{#term-attention}", msg: "links to no other entry"}},
		},
		{
			name:  "benchmark entry with a missing field",
			edits: []edit{{beta, "- **评分方式**：准确率\n", ""}},
			want:  []wantProblem{{file: beta, marker: "{#bench-gpqa-diamond}", msg: "found 全称 · 出自 · 考查能力 · 题目形式与规模 · 出现在"}},
		},
		{
			name:  "benchmark entry with misordered fields",
			edits: []edit{{beta, "- **全称**：Graduate-Level Google-Proof Q&A\n- **出自**：纽约大学等研究者\n", "- **出自**：纽约大学等研究者\n- **全称**：Graduate-Level Google-Proof Q&A\n"}},
			want:  []wantProblem{{file: beta, marker: "{#bench-gpqa-diamond}", msg: "found 出自 · 全称 · 考查能力"}},
		},
		{
			name:  "出现在 names an unknown source",
			edits: []edit{{beta, "OpenAI o1（未确认）", "Claude 报告"}},
			want:  []wantProblem{{file: beta, marker: "**出现在**", msg: `出现在 names "Claude 报告"`}},
		},
		{
			name:  "出现在 with 未确认 before the name",
			edits: []edit{{beta, "OpenAI o1（未确认）", "（未确认）OpenAI o1"}},
			want:  []wantProblem{{file: beta, marker: "**出现在**", msg: "出现在 names"}},
		},
		{
			name:  "benchmark entry without citation",
			edits: []edit{{beta, "发布于 2023 年 [@paper-a]。", "是一个难题集。"}},
			want:  []wantProblem{{file: beta, marker: "{#bench-gpqa-diamond}", msg: `entry "bench-gpqa-diamond" cites no source`}},
		},
		{
			name:  "metric entry without citation",
			edits: []edit{{beta, "答对的比例 [@paper-a]。", "答对的比例。"}},
			want:  []wantProblem{{file: beta, marker: "{#metric-pass-1}", msg: `entry "metric-pass-1" cites no source`}},
		},
		{
			name:  "evaluation entry without citation",
			edits: []edit{{beta, "有害的请求 [@card-b]。", "有害的请求。"}},
			want:  []wantProblem{{file: beta, marker: "{#eval-refusal}", msg: `entry "eval-refusal" cites no source`}},
		},
		{
			name:  "model entry with an empty field",
			edits: []edit{{beta, "- **架构**：未公开（OpenAI 未披露）", "- **架构**："}},
			want:  []wantProblem{{file: beta, marker: "**架构**", msg: `field 架构 of "model-gpt-4o" is empty`}},
		},
		{
			name:  "model entry with a missing field",
			edits: []edit{{beta, "- **模态**：文本、图像和音频\n", ""}},
			want:  []wantProblem{{file: beta, marker: "{#model-gpt-4o}", msg: `entry "model-gpt-4o" must open with the fields 发布方 · 发布时间`}},
		},
		{
			name:  "chapter file name without number",
			edits: []edit{{"report/gamma.md", "", fixtureAlpha}},
			want:  []wantProblem{{file: "report/gamma.md", line: 1, msg: "chapter file name must be NN-slug.md"}},
		},
		{
			name:  "two chapters with one slug",
			edits: []edit{{"report/03-alpha.md", "", "---\ntitle: 重复\nsummary: 重复的章节。\n---\n\n短短的导语。\n"}},
			want: []wantProblem{
				{file: "report/03-alpha.md", line: 1, msg: `chapter slug "alpha" is already used by ` + alpha},
				// The opening text's section starts on the line after the front matter.
				{file: "report/03-alpha.md", line: 5, msg: fmt.Sprintf(`anchor "intro-alpha" is already used at %s:`, alpha)},
			},
		},
		{
			name:  "two chapters with one number",
			edits: []edit{{"report/02-gamma.md", "", "---\ntitle: 重复\nsummary: 重复的章节。\n---\n\n短短的导语。\n"}},
			want:  []wantProblem{{file: "report/02-gamma.md", line: 1, msg: "chapter number 02 is already used by " + beta}},
		},
		{
			name:  "unclosed code fence",
			edits: addPara("```\ncode"),
			want:  []wantProblem{{file: alpha, line: strings.Count(fixtureAlpha, "\n") + 4, msg: "code fence is not closed"}},
		},
	}

	// A year, a percentage and a number of scale, each in a paragraph and in a list item: without
	// a citation a problem, with one none.
	facts := []struct{ name, text, shown string }{
		{"year", "这个模型发布于 2024 年", "2024"},
		{"percentage", "准确率提高了 5%", "5%"},
		{"number with 亿", "参数量约 700 亿", "亿"},
		{"number with B", "参数量约 70B", "B"},
	}
	for _, f := range facts {
		cases = append(cases,
			tc{
				name:  "uncited " + f.name + " in a paragraph",
				edits: addPara(f.text + "。"),
				want:  []wantProblem{{file: alpha, marker: f.text, msg: "without a citation"}, {file: alpha, marker: f.text, msg: f.shown}},
			},
			tc{
				name:  "uncited " + f.name + " in a list item",
				edits: addPara("- 第一项没有事实。\n- " + f.text + "。\n- 第三项也没有。"),
				want:  []wantProblem{{file: alpha, marker: f.text, msg: "without a citation"}, {file: alpha, marker: f.text, msg: f.shown}},
			},
			tc{
				name:  "cited " + f.name + " in a paragraph",
				edits: addPara(f.text + " [@paper-a]。"),
			},
			tc{
				name:  "cited " + f.name + " in a list item",
				edits: addPara("- 第一项没有事实。\n- " + f.text + " [@paper-a]。"),
			},
		)
	}

	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			files := applyEdits(t, c.edits)
			r := parseFiles(t, files)
			probs := r.Check()
			used := make([]bool, len(probs))
			for _, w := range c.want {
				line := w.line
				if w.marker != "" {
					line = lineOf(t, files[w.file], w.marker)
				}
				found := false
				for i, p := range probs {
					if p.File == w.file && p.Line == line && strings.Contains(p.Msg, w.msg) {
						used[i], found = true, true
					}
				}
				if !found {
					t.Errorf("missing problem %s:%d: …%s…; got:\n%s", w.file, line, w.msg, problemList(probs))
				}
			}
			for i, p := range probs {
				if !used[i] {
					t.Errorf("unexpected problem %s", p)
				}
			}
		})
	}
}

func TestCheckSortsProblems(t *testing.T) {
	files := applyEdits(t, []edit{
		{beta, "本章介绍一个基准和一个模型 [@paper-a]。", "本章介绍一个基准和一个模型 [@missing-b]。"},
		{alpha, "本章导语：介绍两个基础概念。", "本章导语：介绍两个基础概念 [@missing-a]。"},
		{alpha, "相关概念：[混合专家](#term-moe)。", "相关概念：[混合专家](#term-moe) [@missing-c]。"},
	})
	probs := parseFiles(t, files).Check()
	if len(probs) != 3 {
		t.Fatalf("got %d problems, want 3:\n%s", len(probs), problemList(probs))
	}
	for i := 1; i < len(probs); i++ {
		a, b := probs[i-1], probs[i]
		if a.File > b.File || a.File == b.File && a.Line > b.Line {
			t.Errorf("problems out of order: %s before %s", a, b)
		}
	}
}

func TestParseErrors(t *testing.T) {
	cases := []struct {
		name    string
		sources string
		want    []string // substrings of the error
	}{
		{
			name:    "unknown source field",
			sources: "- key: a\n  title: A\n  doi: 10.1/x\n",
			want:    []string{srcA + ":3", `unknown source field "doi"`},
		},
		{
			name:    "misspelled field in a later source",
			sources: fixtureSources + "\n- key: c\n  titel: C\n",
			want:    []string{fmt.Sprintf("%s:%d", srcA, strings.Count(fixtureSources, "\n")+3), `unknown source field "titel"`},
		},
		{
			name:    "bibliography is not a list",
			sources: "key: a\ntitle: A\n",
			want:    []string{srcA, "must be a YAML list"},
		},
		{
			name:    "invalid YAML",
			sources: "- key: [unclosed\n",
			want:    []string{"parsing " + srcA},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			files := baseFiles()
			files[srcA] = c.sources
			_, err := Parse(mapFS(files))
			if err == nil {
				t.Fatal("Parse succeeded, want an error")
			}
			for _, w := range c.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not contain %q", err, w)
				}
			}
		})
	}
}

func TestPlainText(t *testing.T) {
	cases := []struct{ md, want string }{
		{"**粗体**和*斜体*", "粗体和斜体"},
		{"见[幻觉](#term-hallucination)一节", "见幻觉一节"},
		{"发布于 2024 年 [@a]。", "发布于 2024 年。"},
		{"两个来源 [@a; @b]，然后继续", "两个来源，然后继续"},
		{"参数 `top_p` 控制采样", "参数 top_p 控制采样"},
		{"**[加粗链接](#x)**", "加粗链接"},
		{"未闭合的 **粗体", "未闭合的 **粗体"},
		{"未闭合的 `代码", "未闭合的 `代码"},
		{"  前后空白  ", "前后空白"},
		{"a < b & c", "a < b & c"},
		{"", ""},
	}
	for _, c := range cases {
		if got := PlainText(c.md); got != c.want {
			t.Errorf("PlainText(%q) = %q, want %q", c.md, got, c.want)
		}
	}
}

func TestCitationKeys(t *testing.T) {
	cases := []struct {
		md   string
		want []string
	}{
		{"没有引用。", nil},
		{"一处 [@a]。", []string{"a"}},
		{"两处 [@a; @b] 和 [@c]。", []string{"a", "b", "c"}},
		{"空格随意 [@a;@b ;  @c]", []string{"a", "b", "c"}},
		{"代码里的 `[@not-a-key]` 不算", nil},
		{"链接 [文本](#x) 不是引用", nil},
		{"**粗体里 [@in-bold]**", []string{"in-bold"}},
		{"未闭合 [@a", nil},
	}
	for _, c := range cases {
		if got := CitationKeys(c.md); !reflect.DeepEqual(got, c.want) {
			t.Errorf("CitationKeys(%q) = %q, want %q", c.md, got, c.want)
		}
	}
}

func TestLinkTargets(t *testing.T) {
	cases := []struct {
		md   string
		want []string
	}{
		{"没有链接", nil},
		{"[甲](#term-a) 和 [乙](https://example.com/b)", []string{"#term-a", "https://example.com/b"}},
		{"**[粗体链接](#x)**", []string{"#x"}},
		{"[带空格]( #y )", []string{"#y"}},
		{"引用 [@a] 不是链接", nil},
		{"`[代码](#z)` 不是链接", nil},
		{"[没有目标] 的方括号", nil},
		{"[嵌套 [方括号]](#n)", []string{"#n"}},
	}
	for _, c := range cases {
		if got := LinkTargets(c.md); !reflect.DeepEqual(got, c.want) {
			t.Errorf("LinkTargets(%q) = %q, want %q", c.md, got, c.want)
		}
	}
}

func TestBlockHTML(t *testing.T) {
	r := parseFiles(t, baseFiles())
	para := func(md string) Block {
		return Block{ID: "intro-alpha-p9", Kind: Paragraph, Items: []Item{{md, 1}}}
	}
	cases := []struct {
		name       string
		block      Block
		contain    []string
		notContain []string
	}{
		{
			name:       "script in text is escaped",
			block:      para("危险 <script>alert(1)</script> 文本"),
			contain:    []string{`<p id="intro-alpha-p9" class="passage">`, "&lt;script&gt;alert(1)&lt;/script&gt;"},
			notContain: []string{"<script"},
		},
		{
			name:       "link to an unknown anchor renders as text",
			block:      para("见[幽灵](#term-ghost)。"),
			contain:    []string{"见幽灵。"},
			notContain: []string{"<a", "href", "term-ghost"},
		},
		{
			name:       "javascript link is not a link",
			block:      para("[点我](javascript:alert(1))"),
			contain:    []string{"点我"},
			notContain: []string{"<a", "href"},
		},
		{
			name:       "javascript link without parentheses is not a link",
			block:      para("[点我](javascript:void)"),
			notContain: []string{"<a", "href", "javascript"},
		},
		{
			name:    "link to a known concept goes to its chapter",
			block:   para("见[混合专家](#term-moe)。"),
			contain: []string{`<a href="/report/alpha#term-moe" class="term" data-term="term-moe">混合专家</a>`},
		},
		{
			name:    "link to a known section in another chapter",
			block:   para("见[模型](#model-gpt-4o)。"),
			contain: []string{`<a href="/report/beta#model-gpt-4o">模型</a>`},
		},
		{
			name:    "external link opens safely",
			block:   para("[官网](https://example.com/?a=1&b=2)"),
			contain: []string{`<a href="https://example.com/?a=1&amp;b=2" rel="noopener noreferrer" target="_blank">官网</a>`},
		},
		{
			name:       "citation becomes a numbered link; an unknown key a marker",
			block:      para("事实 [@card-b; @nope]。"),
			contain:    []string{`<sup class="src-cite"><a href="/sources#src-card-b" title="Card B">[2]</a>,[?]</sup>`},
			notContain: []string{"nope"},
		},
		{
			name:       "markup in link text and code is escaped",
			block:      para("`<b>` 与 **<i>粗</i>**"),
			contain:    []string{"<code>&lt;b&gt;</code>", "<strong>&lt;i&gt;粗&lt;/i&gt;</strong>"},
			notContain: []string{"<b>", "<i>"},
		},
		{
			name:       "attribute injection through the ID is escaped",
			block:      Block{ID: `x" onmouseover="alert(1)`, Kind: Paragraph, Items: []Item{{"文本", 1}}},
			contain:    []string{`id="x&#34; onmouseover=&#34;alert(1)"`},
			notContain: []string{`" onmouseover="`},
		},
		{
			name:       "list items and quotes are escaped",
			block:      Block{ID: "l-p1", Kind: List, Ordered: true, Items: []Item{{"<img src=x>", 1}, {"第二项", 2}}},
			contain:    []string{`<ol id="l-p1" class="passage"><li>&lt;img src=x&gt;</li><li>第二项</li></ol>`},
			notContain: []string{"<img"},
		},
		{
			name:       "quote",
			block:      Block{ID: "q-p1", Kind: Quote, Items: []Item{{"<iframe>", 1}}},
			contain:    []string{`<blockquote id="q-p1" class="passage">&lt;iframe&gt;</blockquote>`},
			notContain: []string{"<iframe"},
		},
		{
			name:       "code block body is escaped",
			block:      Block{ID: "c-p1", Kind: Code, Items: []Item{{"```\n<script>x</script>\n```", 1}}},
			contain:    []string{`<pre id="c-p1"><code>&lt;script&gt;x&lt;/script&gt;</code></pre>`},
			notContain: []string{"<script"},
		},
		{
			name:       "table header and cells are escaped",
			block:      Block{ID: "t-p1", Kind: Table, Rows: [][]string{{"<th>", "列"}, {"<td>", "[幽灵](#term-ghost)"}}},
			contain:    []string{"<thead><tr><th>&lt;th&gt;</th><th>列</th></tr></thead><tbody><tr><td>&lt;td&gt;</td><td>幽灵</td></tr></tbody>"},
			notContain: []string{"<a"},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := r.BlockHTML(c.block)
			for _, w := range c.contain {
				if !strings.Contains(got, w) {
					t.Errorf("BlockHTML = %s\nwant it to contain %s", got, w)
				}
			}
			for _, w := range c.notContain {
				if strings.Contains(got, w) {
					t.Errorf("BlockHTML = %s\nwant it not to contain %s", got, w)
				}
			}
		})
	}
}

func TestBlockIDs(t *testing.T) {
	files := baseFiles()
	r1 := parseFiles(t, files)
	n := 0
	for _, s := range r1.AllSections() {
		for i, b := range s.Blocks {
			n++
			if want := fmt.Sprintf("%s-p%d", s.Anchor, i+1); b.ID != want {
				t.Errorf("block %d of %s has ID %q, want %q", i, s.Anchor, b.ID, want)
			}
		}
	}
	if n == 0 {
		t.Fatal("the fixture has no blocks")
	}

	// The same text gives the same IDs; an edit in one section leaves other sections' IDs alone.
	ids := func(r *Report) map[string][]string {
		out := map[string][]string{}
		for _, s := range r.AllSections() {
			for _, b := range s.Blocks {
				out[s.Anchor] = append(out[s.Anchor], b.ID)
			}
		}
		return out
	}
	before := ids(r1)
	if again := ids(parseFiles(t, files)); !reflect.DeepEqual(before, again) {
		t.Errorf("parsing twice gave different IDs:\n%v\n%v", before, again)
	}
	edited := applyEdits(t, []edit{{alpha, "本章导语：介绍两个基础概念。", "本章导语：介绍两个基础概念。\n\n新加的一段。\n\n又一段。"}})
	after := ids(parseFiles(t, edited))
	if got, want := len(after["intro-alpha"]), len(before["intro-alpha"])+2; got != want {
		t.Errorf("the edited intro has %d blocks, want %d", got, want)
	}
	for anchor, want := range before {
		if anchor == "intro-alpha" {
			continue
		}
		if !reflect.DeepEqual(after[anchor], want) {
			t.Errorf("IDs of %s changed after an edit elsewhere: %v → %v", anchor, want, after[anchor])
		}
	}

	intro, ok := r1.Section("intro-alpha")
	if !ok || intro.Kind != KindIntro || intro.Level != 1 {
		t.Fatalf("intro section: %+v, %v", intro, ok)
	}
	if len(intro.Blocks) != 1 || intro.Blocks[0].ID != "intro-alpha-p1" {
		t.Errorf("intro blocks = %+v, want one block intro-alpha-p1", intro.Blocks)
	}
}

func TestSectionStructure(t *testing.T) {
	r := parseFiles(t, baseFiles())
	cases := []struct {
		anchor string
		kind   Kind
		level  int
		parent string
		title  string
	}{
		{"alpha-concepts", KindSection, 2, "", "概念"},
		{"term-moe", KindTerm, 3, "alpha-concepts", "混合专家（Mixture of Experts, MoE）"},
		{"bench-gpqa-diamond", KindBenchmark, 3, "beta-benchmarks", "GPQA Diamond"},
		{"metric-pass-1", KindMetric, 3, "beta-benchmarks", "一次通过率（pass@1）"},
		{"eval-refusal", KindEval, 3, "beta-benchmarks", "拒答评测"},
		{"model-gpt-4o", KindModel, 3, "beta-models", "GPT-4o"},
	}
	for _, c := range cases {
		s, ok := r.Section(c.anchor)
		if !ok {
			t.Errorf("no section %s", c.anchor)
			continue
		}
		parent := ""
		if s.Parent != nil {
			parent = s.Parent.Anchor
		}
		if s.Kind != c.kind || s.Level != c.level || parent != c.parent || s.Title != c.title {
			t.Errorf("%s: kind %d level %d parent %q title %q; want %d %d %q %q", c.anchor, s.Kind, s.Level, parent, s.Title, c.kind, c.level, c.parent, c.title)
		}
	}
	if got := len(r.Terms()); got != 2 {
		t.Errorf("Terms() has %d entries, want 2", got)
	}
	bench, _ := r.Section("bench-gpqa-diamond")
	var tbl *Block
	for i := range bench.Blocks {
		if bench.Blocks[i].Kind == Table {
			tbl = &bench.Blocks[i]
		}
	}
	if tbl == nil {
		t.Fatal("the benchmark's table was not parsed as a table")
	}
	wantRows := [][]string{{"项目", "说明"}, {"发布", "2023 年，约 20% 的题目"}}
	if !reflect.DeepEqual(tbl.Rows, wantRows) {
		t.Errorf("table rows = %q, want %q (separator row removed)", tbl.Rows, wantRows)
	}
	if got, want := tbl.PlainText(), "项目 | 说明\n发布 | 2023 年，约 20% 的题目"; got != want {
		t.Errorf("table PlainText = %q, want %q", got, want)
	}
}

func TestSectionFields(t *testing.T) {
	r := parseFiles(t, baseFiles())
	bench, _ := r.Section("bench-gpqa-diamond")
	line := func(m string) int { return lineOf(t, fixtureBeta, m) }
	wantBench := []Field{
		{"全称", "Graduate-Level Google-Proof Q&A", line("**全称**")},
		{"出自", "纽约大学等研究者", line("**出自**")},
		{"考查能力", "研究生水平的科学推理", line("**考查能力**")},
		{"题目形式与规模", "四选一的选择题", line("**题目形式与规模**")},
		{"评分方式", "准确率", line("**评分方式**")},
		{"出现在", "DeepSeek-R1 报告、OpenAI o1（未确认）", line("**出现在**")},
	}
	if got := bench.Fields(); !reflect.DeepEqual(got, wantBench) {
		t.Errorf("benchmark Fields() =\n%v\nwant\n%v", got, wantBench)
	}
	model, _ := r.Section("model-gpt-4o")
	fields := model.Fields()
	var names []string
	for _, f := range fields {
		names = append(names, f.Name)
	}
	if !reflect.DeepEqual(names, EntryFields[KindModel]) {
		t.Errorf("model field names = %v, want %v", names, EntryFields[KindModel])
	}
	if fields[1].Value != "2024 年 5 月 [@card-b]" {
		t.Errorf("a field value keeps its inline Markdown: got %q", fields[1].Value)
	}

	list := func(items ...string) Block {
		b := Block{Kind: List}
		for i, it := range items {
			b.Items = append(b.Items, Item{it, i + 10})
		}
		return b
	}
	cases := []struct {
		name   string
		blocks []Block
		want   []Field
	}{
		{"no blocks", nil, nil},
		{"no list", []Block{{Kind: Paragraph, Items: []Item{{"**全称**：甲", 1}}}}, nil},
		{"half-width colon", []Block{list("**全称**: 甲")}, []Field{{"全称", "甲", 10}}},
		{"colon inside the bold", []Block{list("**全称：**乙")}, []Field{{"全称", "乙", 10}}},
		{"empty value", []Block{list("**架构**：")}, []Field{{"架构", "", 10}}},
		{"items that are not fields are skipped", []Block{list("普通一项", "**出自**：丙")}, []Field{{"出自", "丙", 11}}},
		{"only the first list counts", []Block{
			{Kind: Paragraph, Items: []Item{{"导语", 1}}},
			list("**全称**：甲"),
			list("**出自**：乙"),
		}, []Field{{"全称", "甲", 10}}},
		{"unclosed bold is not a field", []Block{list("**全称：甲")}, nil},
	}
	for _, c := range cases {
		s := &Section{Blocks: c.blocks}
		if got := s.Fields(); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: Fields() = %v, want %v", c.name, got, c.want)
		}
	}
}

func TestParseAppearsIn(t *testing.T) {
	cases := []struct {
		value   string
		want    AppearsIn
		wantErr string
	}{
		{"DeepSeek-R1 报告、OpenAI o1、OpenAI o3-mini", AppearsIn{"DeepSeek-R1 报告": true, "OpenAI o1": true, "OpenAI o3-mini": true}, ""},
		{"OpenAI o1（未确认）、OpenAI o3-mini", AppearsIn{"OpenAI o1": false, "OpenAI o3-mini": true}, ""},
		{"DeepSeek-R1 报告 [@deepseek-r1-paper]", AppearsIn{"DeepSeek-R1 报告": true}, ""},
		{"其他", AppearsIn{"其他": true}, ""},
		{"OpenAI o1，OpenAI o3-mini（未确认）", AppearsIn{"OpenAI o1": true, "OpenAI o3-mini": false}, ""},
		{"GPT-4 报告", nil, `names "GPT-4 报告"`},
		{"OpenAI o1 (未确认)", nil, "names"},
		{"", nil, "empty"},
		{"[@only-a-citation]", nil, "empty"},
	}
	for _, c := range cases {
		got, err := ParseAppearsIn(c.value)
		if c.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), c.wantErr) {
				t.Errorf("ParseAppearsIn(%q) error = %v, want one containing %q", c.value, err, c.wantErr)
			}
			continue
		}
		if err != nil || !reflect.DeepEqual(got, c.want) {
			t.Errorf("ParseAppearsIn(%q) = %v, %v; want %v", c.value, got, err, c.want)
		}
	}
}

// Parse decodes the YAML while it parses the chapters, yet reports as if it read one file
// after another: the bibliography's problems, then the chapters', then the 常见问法's; and an
// error in the bibliography wins over one in an asks file.
func TestParseReportsInReadingOrder(t *testing.T) {
	files := baseFiles()
	files[srcB] = "- key: paper-a\n  title: Again\n" // a duplicate key: a bibliography problem
	files["report/3-bad.md"] = "# 不合规\n"             // a chapter problem
	files["asks/09-none.yaml"] = "x: [a]\n"          // an asks problem: no such chapter
	r := parseFiles(t, files)
	var kinds []string
	for _, p := range r.parseProblems {
		switch {
		case strings.Contains(p.Msg, "already defined"):
			kinds = append(kinds, "source")
		case strings.Contains(p.Msg, "chapter file name"):
			kinds = append(kinds, "chapter")
		case strings.Contains(p.Msg, "asks file name"):
			kinds = append(kinds, "asks")
		}
	}
	if want := []string{"source", "chapter", "asks"}; !slices.Equal(kinds, want) {
		t.Errorf("problems in the order %v, want %v: %v", kinds, want, r.parseProblems)
	}

	files["asks/01-alpha.yaml"] = "[unclosed\n"
	if _, err := Parse(mapFS(files)); err == nil || !strings.Contains(err.Error(), "asks/01-alpha.yaml") {
		t.Errorf("a malformed asks file: error %v", err)
	}
	files[srcA] = "- key: [unclosed\n"
	if _, err := Parse(mapFS(files)); err == nil || !strings.Contains(err.Error(), "parsing "+srcA) {
		t.Errorf("a malformed bibliography and asks file: error %v, want the bibliography's", err)
	}
}
