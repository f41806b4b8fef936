package tutor

import (
	"context"
	"slices"
	"strings"
	"testing"
)

// How a question relies on the conversation: topic changes both ways, pronouns, filler 那个,
// elliptical follow-ups and subject swaps. Each case names the history, the question, whether
// the subject is carried, and whether the report covers the question in that conversation.
func TestFollowUpsAndTopicChanges(t *testing.T) {
	tu := newTutor(t, nil)
	for _, c := range []struct {
		name     string
		history  []string
		question string
		carried  bool
		covered  bool
		anchor   string // one of the top 3 passages, when covered
	}{
		{"a new topic outside the report", []string{"GPQA Diamond 是什么？"}, "红烧肉怎么做？", false, false, ""},
		// How long a text (文档, 文本) it reads at once asks of the model before: its window.
		{"what a model reads, elliptically", []string{"qwen3是谁家的"}, "一次能看多长的文档", true, true, "model-qwen3"},
		// A subject named by a broader entry (人工智能) than the section whose 「常见问法」 the
		// earlier question asked (AI regulation's 「欧盟 ai 法案是啥？」) is that section's.
		{"it, of a subject asked in a section's words", []string{"欧盟的人工智能法案是什么"}, "它什么时候生效", true, true, "term-ai-regulation"},
		// Data sent out (数据会传出去) is privacy, which local deployment's entry speaks of.
		{"an elliptical worry about data", []string{"本地部署是啥"}, "那数据会传出去吗", true, true, "term-local-deployment"},
		{"a new topic inside the report", []string{"大模型的幻觉是啥意思？"}, "deepseek r1 是哪家公司做的", false, true, "models-deepseek"},
		{"back to the report after small talk", []string{"周末带娃去哪玩比较好？"}, "说正经的，o3mini能看图吗？", false, true, "model-o3-mini"},
		{"a pronoun points back", []string{"GPQA Diamond 是什么？"}, "它一共有多少道题？", true, true, "bench-gpqa-diamond"},
		// A question that says it changes the subject (换个事问问) stands alone: its 它 is the AI.
		{"a change of subject said outright", []string{"GPQA Diamond 是什么？"}, "问个别的，它会不会自己上网", false, true, "faq-web-search"},
		// 这 right before a word for the matter (这毛病) points back as 这个 does.
		{"这 before the matter's word", []string{"ai动不动就瞎编，咋回事"}, "那这毛病有办法治吗", true, true, "term-hallucination"},
		{"another question, asked as such", []string{"mmlu是考啥的"}, "另外想请教，它能自己上网查东西吗", false, true, "faq-web-search"},
		// The field set beside a subject the report does not cover asks how that subject relates
		// to it: no passage that merely says 「今天的大模型」 answers.
		{"the field compared with an uncovered subject", []string{"塞尔的中文房间论证讲的是啥"}, "跟今天的大模型有什么联系", true, false, ""},
		{"a demonstrative used as a pronoun", []string{"transformer 是啥"}, "这个是谁提出来的", true, true, "term-transformer"},
		{"filler 那个 before a new subject", []string{"MMLU 是考啥的"}, "那个，transformer 是啥", false, true, "term-transformer"},
		{"an elliptical follow-up", []string{"GSM8K 是什么？"}, "一共多少道题？", true, true, "bench-gsm8k"},
		// What the subject may be put to (拿来, 拿去) is asked of any subject: 商用 is the aspect.
		{"what it may be put to, elliptically", []string{"qwen3 是开源的吗"}, "那我能拿来商用不", true, true, "model-qwen3"},
		// A limit passed (超, 满) and what to do then (咋办, 咋整) are asked of any limit.
		{"a limit passed, elliptically", []string{"上下文窗口是啥"}, "满了咋办", true, true, "term-context-window"}, // guard: carried before
		{"a limit passed, asked of a described subject", []string{"大模型一次能读多少字"}, "超了咋整", true, true, "term-context-window"},
		// What the subject is compared with, said alone after 跟 (the other side is the
		// conversation's), even by a vague name (gpt) or as 一个路子.
		{"compared with, as 一个路子", []string{"mamba是啥"}, "跟transformer一个路子吗", true, true, "term-ssm"},
		{"compared with a vague name", []string{"扩散模型是什么"}, "跟gpt是一回事吗", true, true, "term-diffusion-model"},
		{"a limit passed, of no subject", []string{"周末带娃去哪玩比较好？"}, "超了咋整", false, false, ""}, // guard
		{"这上面 points back as 在上面 does", []string{"gpqa是啥"}, "专家在这上面能拿多少分", true, true, "bench-gpqa-diamond"},
		// AI in general asked an aspect of (考多少分) is the last subject's models: the aspect is the
		// subject's. Asked nothing else, it is a new subject for the last question's aspect.
		{"AI in general, asked its score on the subject", []string{"GPQA Diamond 是什么？"}, "那ai一般能考多少分", true, false, ""},
		{"AI in general, swapped in", []string{"机器学习是啥"}, "那人工智能呢", true, true, "term-ai"}, // guard
		// A value to set, with a task that says when (写代码的时候), is the setting's.
		{"higher or lower for a task", []string{"温度是啥"}, "写诗的时候调高点还是调低点", true, true, "term-temperature"},
		{"a task named without a setting", []string{"温度是啥"}, "写代码的时候ai会出bug吗", false, true, "term-code-generation"},
		// A comparison of a thing it names with another stands alone, however common the name:
		// 「它们」 after it are the reasoning models, not the chain of thought asked about before.
		{"them after a comparison", []string{"什么是思维链？", "推理模型和普通模型有啥区别？"}, "它们用起来是不是更贵", true, true, "faq-chatbot-vs-reasoning"},
		// What a concept is stands alone, though the concept is also an aspect of a model; how
		// big it is, of the model, does not.
		{"filler 那个 before what a concept is", []string{"claude3.5是啥"}, "那个，上下文窗口是啥意思", false, true, "term-context-window"},
		{"an aspect asked of the subject", []string{"claude3.5是啥"}, "上下文窗口多大", true, true, ""},
		{"an elliptical follow-up asking who invented it", []string{"word2vec 是啥"}, "谁发明的", true, true, "term-word2vec"},
		{"an elliptical follow-up asking for the first version", []string{"llama是哪家出的"}, "啥时候发布的第一版", true, true, ""},
		// An English word that names nothing, after a demonstrative, is a word of the name said
		// before, not a new subject.
		{"a demonstrative before a word of the subject's name", []string{"swe-bench verified是考啥的"}, "这个verified是谁来核验的", true, true, "bench-swe-bench-verified"},
		// How to avoid or guard against it asks a remedy of the subject, in words its passages
		// need not use (they say 「减少」, not 「避免」).
		{"an elliptical follow-up asking how to avoid it", []string{"幻觉是啥"}, "咋避免", true, true, "term-hallucination"},
		{"an elliptical follow-up asking how to guard against it", []string{"提示注入是啥"}, "那咋防呢", true, true, "term-prompt-injection"},
		{"a remedy for something outside the report", []string{"幻觉是啥"}, "失眠咋解决", false, false, ""},
		// A pronoun or a demonstrative whose question the report has no words for, and the
		// subject's passages say nothing of, points at something outside the report.
		{"a pronoun for something outside the report", []string{"llama3是啥"}, "它这两天老打喷嚏咋回事", false, false, ""},
		{"a demonstrative for something outside the report", []string{"deepseek r1是啥"}, "那个洗碗机咋清洗滤网", false, false, ""},
		// What the subject's own entry does not say may be said where another section names it:
		// why LiveCodeBench keeps updating is told on data contamination.
		{"an elliptical follow-up answered where another section names the subject", []string{"livecodebench是干啥的"}, "为啥要不断更新题目", true, true, "bench-livecodebench"},
		// How much it can take in is asked of any subject: 「处理」 and 「内容」 are no subject of
		// their own.
		{"an elliptical follow-up asking how long an input it takes", []string{"gemini是啥"}, "能处理多长的内容", true, true, "model-gemini-2-0-pro"},
		// Which ones, and how much worse, are asked of any subject.
		{"an elliptical follow-up asking which sizes", []string{"llama3是啥"}, "有哪几个型号", true, true, "model-llama-3"},
		{"an elliptical follow-up asking how much worse", []string{"量化是啥"}, "性能会掉多少", true, true, "term-quantization"},
		{"an elliptical follow-up asking why it helps", []string{"思维链是啥"}, "为啥有用", true, true, "term-chain-of-thought"},
		{"an elliptical request to be told plainly", []string{"注意力机制是啥"}, "能通俗点讲吗", true, true, "term-attention"},
		// 「事」 is the thing said before: when it happened is asked of the subject.
		{"an elliptical follow-up asking when the thing happened", []string{"chatgpt是哪家公司做的"}, "啥时候的事儿", true, true, "history-chatgpt"},
		// A product's service asked of the subject is still no question the report answers.
		{"a product's service asked of the subject", []string{"gemini是啥"}, "它会员一个月多少钱 能退款不", true, false, ""},
		{"an elliptical follow-up asking whether it still holds", []string{"scaling law是啥"}, "现在还成立吗", true, true, "term-scaling-laws"},
		{"an elliptical follow-up asking whether anyone can do it", []string{"微调是啥"}, "普通人能做吗", true, true, "term-fine-tuning"},
		{"a new topic in words asked of anything", []string{"gpt4o是啥"}, "普通人能学编程吗", false, false, ""},
		{"an elliptical follow-up asking how much it saves", []string{"lora是啥"}, "省多少显存", true, true, "term-lora"},
		// How good a model is, its entry says; not when an account's trouble is asked with it.
		{"how good a named model is", nil, "o1厉害吗", false, true, "model-openai-o1"},
		{"an account's trouble asked with how good it is", nil, "claude账号被封了 claude好用吗", false, false, ""},
		// Small talk borrows no word from outside the report, yet asks nothing of the subject.
		{"the time of day", []string{"幻觉是啥"}, "现在几点了", false, false, ""},
		{"an acknowledgement", []string{"幻觉是啥"}, "好的", false, false, ""},
		{"what to eat for lunch", []string{"注意力机制是啥"}, "今天中午吃啥好", false, false, ""},
		// A word the report never uses but readers ask of anything gives no subject of its own.
		{"an elliptical question in a word the report never uses", []string{"scaling law是啥"}, "现在还管用吗", true, true, "term-scaling-laws"},
		// How good it is at a task, asked after a question on a model, is asked of that model,
		// though the task names an entry of its own; not after a question on a concept.
		{"a model's skill at a task", []string{"claude3.5 sonnet是啥"}, "写代码咋样", true, true, ""},
		{"a task after a concept", []string{"transformer是啥"}, "写代码咋样", false, true, "term-code-generation"},
		// 「跟全量微调比」 measures the subject against a name a word qualifies.
		{"a comparison with a qualified name", []string{"lora是啥"}, "跟全量微调比有啥缺点", true, true, "term-lora"},
		{"what a model feeds on", []string{"gpt3是啥"}, "它吃了多少数据", true, true, ""},
		// Why a thing made a stir is asked of it in words its passages need not use.
		{"an elliptical why it made a stir", []string{"chatgpt啥时候发布的"}, "当时为啥那么火", true, true, "history-chatgpt"},
		{"a bare why still asks of the subject", []string{"幻觉是啥"}, "为什么", true, true, "term-hallucination"},
		{"an elliptical question that is a new topic", []string{"gpt4o 是啥时候出的"}, "今晚吃啥好 推荐个快手菜", false, false, ""},
		// The words of a short question borrowed from an example elsewhere in the report (a
		// weather forecast, an agent task that makes a bitcoin wallet) are no part of the subject.
		{"an elliptical question whose words only other sections use", []string{"o1 是啥"}, "北京天气咋样", false, false, ""},
		{"an elliptical question that names another trade's thing", []string{"词元是什么"}, "比特币钱包怎么弄", false, false, ""},
		{"a pronoun in a complete question about the model in general", []string{"moe 是啥"}, "为啥我一反驳它就改口", false, true, "term-sycophancy"},
		// After a question that described the AI's behaviour without naming anything (答案不一样,
		// the thesaurus's 采样), 它 is the AI, asked something new; after one that named sampling,
		// it is sampling (guard).
		{"a pronoun after a question that named nothing", []string{"为啥同一句话问两次它回答不一样"}, "那它知道最近发生的新闻吗", false, true, "faq-recent-events"},
		{"a pronoun after a question that named its subject", []string{"采样是啥"}, "它跟温度有啥关系", true, true, "term-sampling"},
		// 「一次最多能读多少」 is how readers say the context window.
		{"a pronoun asking what the window holds", []string{"gpt3 啥时候出的"}, "那它一次最多能读多少词元", true, true, "principles-context-window"},
		// 「这个」 stands for the last subject even when the question alone matches a section's
		// 常见问法 (on 显存): unlike 「它」, it never means the model in general.
		{"a demonstrative before a verb in a question that reads complete", []string{"kv cache是干嘛的"}, "这个会占很多显存吗", true, true, "term-kv-cache"},
		{"a 它 that opens a question that reads complete", []string{"kv cache是啥"}, "那它为啥占那么多显存", true, true, "term-kv-cache"},
		// A question that opens with what its unsaid subject is compared with means 「它跟……」.
		{"a comparison with the subject unsaid", []string{"kimi k1.5 是啥"}, "跟r1同一天发的？", true, true, "model-kimi-k1-5"},
		{"a difference with the subject unsaid", []string{"gpt是啥"}, "跟bert有啥区别", true, true, "history-pretraining-2018"},
		{"a comparison that names both sides", []string{"gpt是啥"}, "和gpt-4o比，claude 3.5 sonnet 强在哪", false, true, "model-claude-3-5-sonnet"},
		{"a word that starts with 比", []string{"gpt是啥"}, "比特币是啥", false, false, ""},
		// 家里 says where it runs, like 本地 and 电脑: an aspect, no subject of its own.
		{"an elliptical follow-up on running it at home", []string{"llama3.1有几个尺寸"}, "最大的能在家里电脑上跑吗", true, true, "model-llama-3"},
		// 「这样」 stands for what the answer described: how it works, asked why it helps.
		{"a demonstrative adverb points back", []string{"思维链提示是什么"}, "凭啥这样模型就变聪明了", true, true, "term-chain-of-thought"},
		{"这么干 points back to the way just asked about", []string{"蒸馏是啥意思"}, "为啥要这么干，直接用大模型不行吗", true, true, "term-distillation"},
		// A 它 after an earlier question is what that question spoke of, not the AI the reader
		// uses: whether GPT-4o books flights is not what the 「常见问法」 on agents asks.
		{"a 它 after a model is not AI in general", []string{"gpt4o是啥"}, "它能帮我订机票吗", false, false, ""},
		// After a question on the AI in general, 它 is that AI, asked of as the 「常见问法」 ask.
		{"a 它 after the AI in general", []string{"ai是怎么学会说话的"}, "能不能跟它说话让它把答案念出来", false, true, "term-speech"},
		// A place (国外, 美国) is asked of any subject: where the rule before holds.
		{"a place asked of the subject before", []string{"ai画的图有版权吗"}, "那在国外呢 像美国那边", true, true, "faq-copyright"},
		// How to have it err less (少犯) is asked of any fault: 犯 and 才能 are no subject.
		{"how to have it err less, of the fault before", []string{"什么叫AI幻觉"}, "那它咋样才能少犯这毛病", true, true, ""},
		// A formal follow-up whose own words (具有, 几成) the subject's passages do not use, but
		// which the subject makes covered: it asks of GPQA's experts.
		{"a formal follow-up in words of its own", []string{"GPQA Diamond这个基准考的是什么"}, "持有博士学位的专家在其中大约能答对几成？", true, true, "bench-gpqa-diamond"},
	} {
		t.Run(c.name, func(t *testing.T) {
			var h []Turn
			for _, q := range c.history {
				h = append(h, Turn{Role: "user", Content: q}, Turn{Role: "assistant", Content: "……"})
			}
			f, err := tu.Retrieve(context.Background(), Request{Question: c.question, History: h})
			if err != nil {
				t.Fatal(err)
			}
			var top []string
			for i, hit := range f.Result.Hits {
				if i < 3 {
					top = append(top, hit.Anchor)
				}
			}
			if f.Followup != c.carried {
				t.Errorf("carried the subject = %v (lean %v, query %q), want %v", f.Followup, f.Lean, f.Result.Rewritten, c.carried)
			}
			if f.Result.Covered != c.covered {
				t.Errorf("covered = %v (coverage %.2f, top %v), want %v", f.Result.Covered, f.Result.Coverage, top, c.covered)
			}
			if c.anchor != "" && !slices.Contains(top, c.anchor) {
				t.Errorf("top 3 = %v, want %s among them", top, c.anchor)
			}
		})
	}
}

// The subject of a conversation survives follow-ups that lean on it, and a swap keeps the aspect
// asked before: 「那 o1 呢？」 after a question on GPT-4o's context window asks about o1's.
func TestSubjectAcrossTurns(t *testing.T) {
	tu := newTutor(t, nil)
	f, err := tu.Retrieve(context.Background(), Request{Question: "哪年提出的？", History: []Turn{
		{Role: "user", Content: "GSM8K 是什么？"}, {Role: "assistant", Content: "……"},
		{Role: "user", Content: "一共多少道题？"}, {Role: "assistant", Content: "……"},
	}})
	if err != nil {
		t.Fatal(err)
	}
	if !f.Followup || f.Result.Hits[0].Anchor != "bench-gsm8k" {
		t.Errorf("second follow-up: followup %v, top %s; want the GSM8K entry", f.Followup, f.Result.Hits[0].Anchor)
	}
	f, err = tu.Retrieve(context.Background(), Request{Question: "那 o1 呢？", History: []Turn{
		{Role: "user", Content: "GPT-4o 的上下文窗口多大？"}, {Role: "assistant", Content: "……"},
	}})
	if err != nil {
		t.Fatal(err)
	}
	var top []string
	for _, h := range f.Result.Hits {
		top = append(top, h.Anchor)
	}
	if f.Lean != Swaps || !f.Result.Covered || !slices.Contains(top, "model-openai-o1") || !strings.Contains(f.Result.Rewritten, "上下文窗口") {
		t.Errorf("swap: lean %v covered %v top %v (query %q); want the context window asked of o1", f.Lean, f.Result.Covered, top, f.Result.Rewritten)
	}
}

// A question that comes near the report but is not covered is declined with up to three
// questions the report does answer; each of them, asked, is covered. A question far from the
// report (「红烧肉怎么做？」, see TestUncoveredQuestion) gets none.
func TestDeclineSuggestions(t *testing.T) {
	tu := newTutor(t, nil)
	for _, q := range []string{"ai 能当我的心理医生吗", "llama 能在树莓派上跑吗"} {
		t.Run(q, func(t *testing.T) {
			evs, err := collect(context.Background(), tu, Request{Question: q})
			if err != nil {
				t.Fatal(err)
			}
			d := doneOf(t, evs)
			if d.Covered {
				t.Fatalf("%q is covered (coverage of the report changed?): the test needs a near miss", q)
			}
			if n := len(d.Suggestions); n == 0 || n > maxSuggestions {
				t.Fatalf("suggestions = %q, want 1 to %d", d.Suggestions, maxSuggestions)
			}
			for _, s := range d.Suggestions {
				f, err := tu.Retrieve(context.Background(), Request{Question: s})
				if err != nil {
					t.Fatal(err)
				}
				if !f.Result.Covered {
					t.Errorf("suggested %q, which the report does not cover", s)
				}
			}
		})
	}
}
