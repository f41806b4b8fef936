package tutor

import (
	"context"
	"slices"
	"strings"
	"testing"
)

func TestMentions(t *testing.T) {
	tests := []struct {
		text, name string
		want       bool
	}{
		{"2023 年 3 月 14 日,openai 发布 gpt 4。", "gpt 4", true},
		{"gpt 4o 名字里的「o」代表 omni", "gpt 4", false},   // another model
		{"gpt 4.5 的局限主要在成本", "gpt 4", false},        // a later version
		{"deepseek r1 的意义在于", "r1", true},           // the reader's short name
		{"r1 zero 在训练中自发出现了更长的思考", "r1 zero", true}, // hyphens read as spaces
		{"原版 swe bench 里有些题的问题描述含糊", "swe bench", true},
		{"swe bench verified 考的是", "swe bench", true},
		{"world model", "rl", false}, // not inside a word
		// A tier after a name makes it another model's: o3-mini is not o3, R1-Zero not R1.
		{"openai o3 mini 是 o 系列里的小型推理模型", "o3", false},
		{"deepseek r1 zero 是这个系列的起点", "r1", false},
		{"向 chatgpt pro 用户开放", "chatgpt", false},
		{"openai o3 是 o1 之后的旗舰推理模型", "o3", true},
		{"混合专家让模型总参数很大", "混合专家", true},
		{"", "gpt 4", false},
	}
	for _, tt := range tests {
		if got := mentions(tt.text, tt.name); got != tt.want {
			t.Errorf("mentions(%q, %q) = %v, want %v", tt.text, tt.name, got, tt.want)
		}
	}
}

func TestSquashAndNamesName(t *testing.T) {
	for in, want := range map[string]string{
		"GPT-4o":              "gpt 4o",
		"Claude 4":            "claude 4",
		"Chain-of-Thought 提示": "chain of thought提示",
		"混合专家 （MoE）":          "混合专家(moe)",
	} {
		if got := squash(in); got != want {
			t.Errorf("squash(%q) = %q, want %q", in, got, want)
		}
	}
	// A reader runs a name and its version together.
	if !namesName(squash("Claude 4 家族"), squash("claude4")) {
		t.Error("claude4 should name Claude 4")
	}
	if namesName(squash("Claude 3.5 Sonnet"), squash("claude3")) {
		t.Error("claude3 should not name Claude 3.5")
	}
}

// TestReadQuestion reads questions with the real index: what each asks about, what it asks of
// it, and whether it asks two things.
func TestReadQuestion(t *testing.T) {
	tu := newTutor(t, nil)
	tests := []struct {
		question string
		history  []string
		kind     kind
		subject  []string // each must be among the subject's names
		not      []string // none may be
		parts    []kind
		aspect   bool // it asks something of its subject (see aspects)
	}{
		{question: "gpt4 啥时候出的", kind: kindWhen, subject: []string{"gpt 4"}, not: []string{"gpt 4o", "gpt 5家族"}, aspect: true},
		{question: "r1 开源吗", kind: kindYesNo, subject: []string{"r1", "deepseek r1"}, not: []string{"开源"}, aspect: true},
		{question: "开源是啥意思", kind: kindWhat, subject: []string{"开源"}, aspect: true},
		{question: "AI 为什么老是瞎编", kind: kindWhy, not: []string{"ai"}},
		{question: "llama 4 scout 能读多长的上下文", kind: kindCount, subject: []string{"llama 4", "scout"}, aspect: true},
		{question: "那它开源吗", history: []string{"kimi k2 是谁家的"}, kind: kindYesNo, subject: []string{"kimi k2"}, not: []string{"开源"}, aspect: true},
		{question: "幻觉是啥意思 有办法避免吗", kind: kindRemedy, subject: []string{"幻觉"}, parts: []kind{kindWhat, kindRemedy}},
		{question: "bert 是哪家做的，和 gpt 有啥区别", kind: kindCompare, parts: []kind{kindWho, kindCompare}, aspect: true},
		// A space after the words that end a question ends its clause, before a Latin word too.
		{question: "多模态是啥意思 ai能看懂我的设计稿吗", kind: kindWhat, subject: []string{"多模态"}, parts: []kind{kindWhat, kindYesNo}, aspect: true},
		{question: "openai 的 preparedness framework 是啥", kind: kindWhat, subject: []string{"preparedness framework"}},
		{question: "为啥聊久了它就忘了", kind: kindWhy},
		// 系统卡 only says where the metrics are, run into their name with a bare 里.
		{question: "系统卡里not_unsafe跟not_overrefuse是啥", kind: kindWhat, not: []string{"系统卡"}},
		{question: "那 dpo 呢", history: []string{"rlhf 是啥"}, kind: kindWhat, subject: []string{"dpo"}},
	}
	for _, tt := range tests {
		req := Request{Question: tt.question}
		for _, h := range tt.history {
			req.History = append(req.History, Turn{Role: "user", Content: h})
		}
		found, err := tu.Retrieve(context.Background(), req)
		if err != nil {
			t.Fatal(err)
		}
		a := tu.readQuestion(tt.question, found)
		if a.kind != tt.kind {
			t.Errorf("%s: kind %v, want %v", tt.question, a.kind, tt.kind)
		}
		for _, s := range tt.subject {
			if !slices.Contains(a.subject, s) {
				t.Errorf("%s: subject %q lacks %q", tt.question, a.subject, s)
			}
		}
		for _, s := range tt.not {
			if slices.Contains(a.subject, s) {
				t.Errorf("%s: subject %q has %q", tt.question, a.subject, s)
			}
		}
		var parts []kind
		for _, p := range a.parts {
			parts = append(parts, p.kind)
		}
		if !slices.Equal(parts, tt.parts) {
			t.Errorf("%s: parts %v, want %v", tt.question, parts, tt.parts)
		}
		if got := len(a.aspects) > 0; got != tt.aspect {
			t.Errorf("%s: asks an aspect %v, want %v", tt.question, got, tt.aspect)
		}
	}
}

func TestCountCue(t *testing.T) {
	tests := []struct {
		question string
		yes, no  []string
	}{
		{"训练时用了多少块 gpu", []string{"deepseek-v3 则使用了 2048 块 h800 gpu。"}, []string{"它沿用了两项设计。", "上下文窗口：128k 词元"}},
		{"一共多少道题", []string{"diamond 是其中质量最高的 198 题。", "每套 15 道题"}, []string{"2023 年发布"}},
		{"一般流程分几步", []string{"一般流程有四步："}, []string{"2020 年提出"}},
		{"训练花了多少钱", []string{"训练成本约 557.6 万美元", "约 278.8 万个 h800 gpu 小时"}, []string{"用了 14.8 万亿词元", "上下文窗口：128k 词元"}},
		{"用了多少张卡", []string{"使用了 2048 块 h800 gpu"}, []string{"约 278.8 万个 h800 gpu 小时"}},
		{"有多少人参与编写", []string{"aarohi srivastava 等 400 多位作者", "由 3 名专家审核"}, []string{"204 项任务"}},
		{"要多少显存", []string{"约需 14gb", "每个参数占 2 个字节"}, []string{"有 70 亿参数", "显存是图形处理器自带的高速内存"}},
		// What is counted may come before 多少.
		{"显存多少够用", []string{"约需 14gb"}, []string{"有 70 亿参数"}},
		{"训练的钱大概花了多少", []string{"训练成本约 557.6 万美元"}, []string{"用了 14.8 万亿词元"}},
		// Two counts: either answers; a card counted is a GPU, not 「一张卡片」.
		{"要多少张卡 花多少钱", []string{"使用了 2048 块 h800 gpu", "训练成本约 557.6 万美元"}, []string{"一张卡片里混了好几个主题", "用了 14.8 万亿词元"}},
		// A stray 几 after the first count adds nothing.
		{"一共多少道题 几乎都是选择题吗", []string{"diamond 是其中质量最高的 198 题。"}, []string{"几乎都是"}},
		// A score asked in points is a share too; minutes are a time, not a score.
		{"专家能拿多少分", []string{"专家的正确率约为 65%", "满分 100 分，平均 72 分"}, []string{"2024 年发布", "198 道题"}},
		{"要等多少分钟", []string{"约 30 分钟"}, []string{"正确率约为 65%"}},
	}
	for _, tt := range tests {
		re := countCue(tt.question)
		if re == nil {
			t.Errorf("%s: no count cue", tt.question)
			continue
		}
		for _, s := range tt.yes {
			if !re.MatchString(s) {
				t.Errorf("%s: %q should give the count", tt.question, s)
			}
		}
		for _, s := range tt.no {
			if re.MatchString(s) {
				t.Errorf("%s: %q should not give the count", tt.question, s)
			}
		}
	}
	if countCue("有多长") != nil {
		t.Error("「有多长」 names no measure: any number may answer")
	}
}

// TestOfflineAnswerSaysWhatItLacks checks the note that the passages found do not give the
// fact asked for: said when no direct sentence could give it, never when one might.
func TestOfflineAnswerSaysWhatItLacks(t *testing.T) {
	tu := newTutor(t, nil)
	tests := []struct {
		question string
		note     bool
	}{
		{"量化是谁提出来的", true},            // the report tells what it is, not who proposed it
		{"知识截止日期是谁定的", true},          // a property of a model, which no one is said to set
		{"Kimi 是哪家公司做的", false},       // 月之暗面
		{"o1 有多少层", false},            // 「未公开」 is the answer
		{"反向传播是谁让它出名的", false},        // 「Rumelhart、Hinton 和 Williams……使这一方法广为人知」
		{"GPQA Diamond 有多少道题", false}, // 198
		{"SimpleQA 有多少个参数", false},    // 「4326 道问题」 is a number: the note is said only when sure
	}
	for _, tt := range tests {
		evs, err := collect(context.Background(), tu, Request{Question: tt.question})
		if err != nil {
			t.Fatalf("%s: %v", tt.question, err)
		}
		answer := text(evs, EventToken)
		if got := strings.HasPrefix(answer, "报告里没有找到"); got != tt.note {
			t.Errorf("%s: note %v, want %v:\n%.200s", tt.question, got, tt.note, answer)
		}
	}
}

func TestInsideLongerName(t *testing.T) {
	tests := []struct {
		title, name string
		want        bool
	}{
		{"gray swan 越狱竞技场", "越狱", true},
		{"越狱（jailbreak）", "越狱", false},
		{"越狱评测", "越狱", false}, // a title that opens with the name is about it
		{"混合专家（mixture of experts, moe）", "混合专家", false},
		{"gpqa diamond", "gpqa", false}, // Latin names are matched as words elsewhere
		// The end of an entry's longer name, before its English one: a method of alignment.
		{"审慎对齐(deliberative alignment)", "对齐", true},
		{"旋转位置编码(rotary position embedding, rope)", "位置编码", true},
		// So with the English name: the end of a longer one, not the short name after a comma.
		{"审慎对齐(deliberative alignment)", "alignment", true},
		{"对齐(alignment)", "alignment", false},
		{"检索增强生成(retrieval augmented generation, rag)", "rag", false},
		{"为什么会产生幻觉", "幻觉", false},       // a heading that is a sentence
		{"混合专家:路由与负载均衡", "负载均衡", false}, // two names joined
	}
	for _, tt := range tests {
		if got := insideLongerName(tt.title, tt.name); got != tt.want {
			t.Errorf("insideLongerName(%q, %q) = %v, want %v", tt.title, tt.name, got, tt.want)
		}
	}
}
