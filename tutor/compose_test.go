package tutor

import (
	"context"
	"regexp"
	"strings"
	"testing"

	"llmtutor/retriever"
)

func TestClassify(t *testing.T) {
	tests := []struct {
		question string
		named    []string
		want     kind
	}{
		{"GPQA Diamond 是什么？", nil, kindWhat},
		// 好在哪 asks what is good; measured against another (比好在哪) it still asks the
		// difference (a guard: so it did before).
		{"混合专家好在哪", nil, kindGood},
		// How it is told which is stronger asks how, of benchmarks; not a ranking.
		{"怎么判断哪个模型更强", nil, kindHow},
		// 为何 after what is asked of, ending the clause, is the written 「是什么」: not why.
		{"多头注意力的原理为何？", nil, kindHow},
		{"这个指标的含义为何", nil, kindWhat},
		{"为何大模型会产生幻觉", nil, kindWhy}, // guard
		{"混合专家跟稠密模型比好在哪", nil, kindCompare},
		// What it will become asks no definition; what kind of structure it is does.
		{"二十年后的ai会是什么样", nil, kindOpen},
		{"transformer是什么样的结构", nil, kindWhat},
		// 靠啥 asks by what means.
		{"上下文窗口越来越大是靠啥", nil, kindHow},
		// 机制 of 「注意力机制」 asks no how; a request before a comma asks to be told.
		{"注意力机制能不能通俗讲讲，我上学那会儿还没这个", nil, kindWhat},
		{"注意力机制是不是最早用在机器翻译上", nil, kindYesNo},
		// A claim doubted asks for its limit; the 真 of 认真 doubts nothing; 吗 before a
		// further clause asks yes or no.
		{"一百万字的文件它真能记住吗", nil, kindBad},
		{"榜单分数高的模型就一定好用吗", nil, kindBad}, // 就一定 doubts as 真 does
		// A ranking doubted, of no model, asks for the ranking's limit; of a model, it still
		// asks for a rank the report does not give.
		{"大模型排行榜排名第一的就一定最好用吗", []string{"term-leaderboard", "term-llm"}, kindBad},
		{"deepseek真的是最强的吗", []string{"models-deepseek"}, kindScore},
		// What it requires, asked of its parts.
		{"开源 AI 定义要求公开哪些东西", []string{"tech-osaid"}, kindList},
		// 「过了没」 asks yes or no; how to tell a fake asks for a measure.
		{"那个图灵测试现在的ai过了没", []string{"term-turing-test"}, kindYesNo},
		{"深度伪造的视频咋认出来", []string{"term-deepfake"}, kindRemedy},
		{"认真能学会编程吗", nil, kindYesNo},
		{"r1 是开源的吗 用的啥协议", nil, kindYesNo},
		// A size the reader heard of asks for no count; 「指的啥」 asks what it means.
		{"动不动几千亿参数 参数到底指的啥", nil, kindWhat},
		{"deepseek v3有几千亿参数", nil, kindCount},
		// (So is one of two magnitudes with no verb before it, wherever it stands.)
		{"模型几千亿参数 这参数到底指的是个啥", nil, kindWhat},
		{"deepseek v3训练只花了几百万美元 真的假的", nil, kindOpen},
		{"token 是啥", nil, kindWhat},
		{"mmlu是考啥的", nil, kindWhat},
		// Which of two models is stronger asks for a ranking; which of two concepts, how they
		// differ.
		{"它和r1哪个强", []string{"model-deepseek-r1", "model-openai-o1"}, kindScore},
		{"transformer和rnn哪个强", []string{"term-transformer", "term-rnn"}, kindCompare},
		// Answers that differ, asked why, are a why, whatever entries the everyday words reach;
		// two things named side by side are still compared.
		{"为啥同一个问题问两遍ai回答不一样", []string{"intro-principles", "term-sampling", "term-prompt", "term-ai"}, kindWhy},
		{"为啥gpt4和gpt4o不一样", []string{"model-gpt-4", "model-gpt-4o"}, kindCompare},
		// 「跟啥有关」 asks what causes it.
		{"ai出字慢跟啥有关", []string{"term-latency"}, kindWhy},
		// A reasoning model's 「思考过程」 is a thing seen, not a how.
		{"那思考过程能看到吗", []string{"term-chain-of-thought"}, kindYesNo},
		// How many a model gets right is its score; how many people get right is a count.
		{"o1能做对几道", []string{"model-openai-o1", "bench-aime-2024"}, kindScore},
		{"人类专家能答对多少", []string{"bench-gpqa-diamond"}, kindCount},
		// The best model's score is a ranking, whichever benchmark it is asked of.
		{"现在最好的模型能考多少分", []string{"bench-mmlu"}, kindScore},
		// 「咋还能」 asks how come: a cause.
		{"那它咋还能写出整本小说", nil, kindWhy},
		{"AI 为什么会胡说八道", nil, kindWhy},
		{"deepseek 为啥火", nil, kindWhy},
		{"大模型是怎么训练出来的？", nil, kindHow},
		{"RAG 咋工作的", nil, kindHow},
		{"越狱怎么防", nil, kindRemedy},
		// How to have it err less asks the measures.
		{"咋样才能让它少出错", nil, kindRemedy},
		{"那怎么才能让大模型别胡说", nil, kindRemedy},
		{"怎么让它写短点", nil, kindHow}, // guard: a manner of writing, no error
		// 「是咋回事」 asks what the thing is, not the steps of a process.
		{"蒸馏是咋回事", nil, kindWhat},
		{"混合专家到底是怎么一回事", nil, kindWhat},
		{"qwen是阿里做的吧", nil, kindWho},
		{"deepseek是幻方搞出来的吗", nil, kindWho},
		{"r1是开源的吗", nil, kindYesNo},
		{"llama到底算不算开源", nil, kindYesNo}, // A-not-A asks yes or no
		{"做客服要不要微调", nil, kindYesNo},
		{"mmmu 是个什么样的基准", nil, kindWhat},
		{"那篇论文讲了啥", nil, kindWhat},
		{"claude4 有啥厉害的", nil, kindGood},
		// Whether two can be compared at all is a yes or no; what sets them apart is a comparison.
		{"deepseek报的跟openai报的能直接比吗", nil, kindYesNo},
		{"mmlu和mmlu-pro的分数能放一块比吗", nil, kindYesNo},
		{"mmlu和mmlu-pro能比吗 有啥区别", nil, kindCompare},
		{"o1跟gpt4o比怎么样", nil, kindCompare},
		// Answers that differ are no comparison; two things pointed back at are.
		{"同一个问题问两遍回答不一样 正常吗", nil, kindYesNo},
		{"它们俩有什么不同", nil, kindCompare},
		{"bert跟gpt当年是不是走的两条路子", nil, kindCompare},
		{"用ai写公文要注意啥", nil, kindRemedy},
		{"本地部署划算还是直接调api划算", nil, kindCompare},
		{"chatgpt和deepseek哪个靠谱", []string{"model-gpt-4o", "model-deepseek-r1"}, kindRecommend},
		{"本地部署有哪些注意事项", nil, kindRemedy},
		{"预训练和微调是两码事吗", nil, kindCompare},
		// 比较 before what it qualifies is 「rather」.
		{"为啥rnn处理长句子就不行，给学生讲这个咋说比较好", nil, kindWhy},
		// 同样 is 「same」, no 「with」; 几级 counts; a clause ending in 不 asks yes or no.
		{"为啥同样一段话中文比英文更费token", nil, kindWhy},
		{"准备度框架的风险分几级", nil, kindCount},
		{"用ai写报告有什么风险", nil, kindBad},
		{"gemini2.5 pro算推理模型不", nil, kindYesNo},
		{"claude3.5 sonnet有啥特点", nil, kindWhat},
		{"claude3.5 sonnet擅长啥", nil, kindGood},
		// A request put as a question asks to be told, not whether it can be.
		{"大模型的历史能简单捋一下吗", nil, kindOpen},
		{"可以给我讲讲混合专家吗", nil, kindOpen},
		{"混合专家能省显存吗", nil, kindYesNo},
		{"对齐到底是在对齐个啥", nil, kindWhat}, // what it aligns is what alignment is
		// How a score is arrived at asks of the metric, not for the number.
		{"o1 在 aime 上的得分是怎么算出来的", []string{"model-openai-o1", "bench-aime-2024"}, kindHow},
		{"o1 在 aime 上成绩是多少", []string{"model-openai-o1", "bench-aime-2024"}, kindScore},
		{"qwen 强在哪", nil, kindGood},
		{"llama3 商用有啥限制", nil, kindBad},
		{"模型老是胡编 有啥办法", nil, kindRemedy},
		{"过拟合了咋办", nil, kindRemedy},
		{"怎么办一张借书证", nil, kindHow}, // 办 is to apply for here
		{"RLHF 和 DPO 有什么区别", nil, kindCompare},
		{"o1 和 4o 有啥不一样", nil, kindCompare},
		{"GPT-4o 跟 o1 比怎么样", nil, kindCompare},
		{"它一共有多少道题？", nil, kindCount},
		{"llama 3 有多大", nil, kindCount},
		{"chatgpt 啥时候出的", nil, kindWhen},
		// How far off it still is asks when it comes; how long a thing takes is a count.
		{"通用人工智能离我们还有多远", nil, kindWhen},
		{"agi还要多久才能实现", nil, kindWhen},
		{"训练一次要多久", nil, kindCount},
		{"Transformer 是哪一年提出的？", nil, kindWhen},
		{"Kimi 是哪家公司做的？", nil, kindWho},
		{"o3-mini 能看图吗？", nil, kindYesNo},
		{"量化会不会让模型变笨", nil, kindYesNo},
		{"混合专家有什么好处？", nil, kindGood},
		{"量化的代价是什么", nil, kindBad},
		{"o3-mini 在 GPQA 上多少分", []string{"bench-gpqa-diamond", "model-o3-mini"}, kindScore},
		{"deepseek的蒸馏模型是基于什么模型训的", []string{"model-deepseek-r1"}, kindFrom},
		{"它一开始用的是什么模型", nil, kindFrom},    // 用的是: the model it was made from
		{"chatgpt当初咋一下子火了", nil, kindWhy}, // how it caught on is why it did
		{"推理跟训练哪个更烧钱", []string{"term-inference"}, kindCompare},
		{"gpt5有啥新东西", []string{"model-gpt-5"}, kindChange},
		// To be told plainly is to be told what it is.
		{"能用通俗的话解释下吗", []string{"model-llama-3"}, kindWhat},
		{"说人话", []string{"term-transformer"}, kindWhat},
		{"qwen3擅长干啥", []string{"model-qwen3"}, kindGood},
		{"llama3写代码咋样", []string{"model-llama-3"}, kindGood},
		{"llama3和qwen3写代码有啥不一样", []string{"model-llama-3", "model-qwen3"}, kindCompare},
		{"o1为啥做数学题比4o强那么多", []string{"model-openai-o1", "model-gpt-4o"}, kindWhy},
		{"o1做数学题比4o强吗", []string{"model-openai-o1", "model-gpt-4o"}, kindYesNo},
		// How a score is computed is no score asked for; another clause may ask one.
		{"r1在codeforces上的分数是怎么算出来的", []string{"bench-codeforces", "model-deepseek-r1"}, kindHow},
		{"codeforces上得分是咋算的，r1拿了多少分", []string{"bench-codeforces", "model-deepseek-r1"}, kindScore},
		{"那人类在这上面能得多少分", []string{"bench-arc-agi"}, kindCount}, // the report gives it
		{"哪个模型最强", nil, kindScore},
		{"deepseek开源了 那是不是谁都能拿来用", []string{"model-deepseek-r1"}, kindYesNo}, // 谁都: anyone
		{"deepseek r1 和 o1 谁更强", []string{"model-deepseek-r1", "model-o1"}, kindScore},
		{"我该选哪个大模型写代码？", nil, kindRecommend},
		// What is bad about it, measured against another: no two sides.
		{"它跟稠密模型比有啥缺点", nil, kindBad},
		{"moe 跟稠密模型有啥区别", nil, kindCompare},
		// The model's choice, not the reader's.
		{"路由器咋决定用哪个专家", nil, kindHow},
		{"我纠结决定不了用哪个ai", nil, kindRecommend},
		{"Base 版和 Instruct 版该选哪个？", nil, kindCompare}, // the report weighs the two
		{"chatgpt 和 deepseek 哪个好", []string{"history-chatgpt", "models-deepseek"}, kindRecommend},
		// The strongest asked for the reader's task, and two weighed by plain 好: which to use.
		{"编程哪个模型最强 claude还是gemini", []string{"model-claude-4", "model-gemini-2-5"}, kindRecommend},
		{"哪家做的模型最强", []string{"models-deepseek"}, kindScore}, // a maker's rank
		{"翻译文章 kimi好还是deepseek好", []string{"models-moonshot", "models-deepseek"}, kindRecommend},
		{"chatgpt 是哪一天上线的", nil, kindWhen},
		{"向量数据库是干什么用的", nil, kindWhat},
		{"幻觉是怎么产生的", nil, kindWhy},
		{"gsm8k 的题是从哪来的", nil, kindFrom},
		{"chatgpt跟gpt4是一个东西吗", nil, kindCompare}, // whether two are the same
		{"gpt3和gpt4差在哪", nil, kindCompare},
		// 「咋来的」 of a phenomenon asks its cause; of a benchmark, where its questions are from.
		{"幻觉到底咋来的", []string{"term-hallucination"}, kindWhy},
		{"gpqa 的题是咋来的", []string{"bench-gpqa-diamond"}, kindFrom},
		{"偏见是从训练数据里学来的吗", nil, kindFrom},
		{"mmlu 都有哪些学科", nil, kindList},
		{"ifeval 检查哪些指令", nil, kindList},
		{"llama 3.1 改了什么", nil, kindChange},
		{"o3-mini 比 o1-mini 强在哪", nil, kindChange},
		{"grpo 比 ppo 省掉了啥", nil, kindChange},
		{"pass@1 怎么理解", nil, kindWhat},
		{"ai 智能体能干啥", nil, kindWhat},
		{"讲讲注意力", nil, kindOpen},
	}
	for _, tt := range tests {
		if got, _ := classify(tt.question, tt.named); got != tt.want {
			t.Errorf("classify(%q) = %v, want %v", tt.question, got, tt.want)
		}
	}
}

// TestOfflineAnswerOpensWithWhatWasAsked checks that the opening (the first 160 characters, as
// the evaluation reads them) gives the fact the kind of question asks for, from the report.
func TestOfflineAnswerOpensWithWhatWasAsked(t *testing.T) {
	tu := newTutor(t, nil)
	tests := []struct {
		question string
		history  []string
		want     []string // every one must stand in the opening
		not      string   // must not open the answer
		absent   []string // none may stand in the opening
		notFirst string   // must not stand in the first paragraph, the direct answer
		notShown string   // must not stand above 「更多原文」, in what the reader reads unfolded
		shown    string   // must stand above 「更多原文」
	}{
		{question: "GPQA Diamond 一共有多少道题？", want: []string{"198"}},
		// How to write a prompt is not told by the FAQ on copyright, which says writing one
		// makes no author.
		{question: "咋写提示词", notFirst: "版权局"},
		// What GPT's letters stand for.
		{question: "gpt是啥的缩写", want: []string{"Generative Pre-trained Transformer"}},
		{question: "咋写提示词？有没有现成的模板", notFirst: "版权局"},
		// A task put to AI by 叫 (叫ai帮我……), asked what to watch out for, is told the FAQ's
		// advice on using AI, as with 让 or 用.
		{question: "平时叫ai帮我写工作总结 要注意啥", want: []string{"助手"}},
		// A question in two parts is not answered by a sentence whose 这 is a sentence not
		// shown, nor by the limit of an analogy before the analogy.
		{question: "kv cache 为什么可以加速 inference，代价是不是显存", not: "这是", absent: []string{"比喻的局限"}},
		// How much a window holds, asked as a second part, is answered by how much: the words
		// that ask it (能装多少字) are no thesaurus phrase for the window.
		{question: "上下文窗口指的是啥？128k大概能装多少字", want: []string{"折合多少词元"}},
		// What to do about it, asked 咋整 (the Northeast's 怎么办), is a remedy.
		{question: "ai老是瞎编 咋整", want: []string{"核对"}},
		// A share asked as 几成 or 百分之几 is a number asked for.
		{question: "同领域的专家能答对几成", history: []string{"GPQA Diamond这个基准测试考察的是哪些内容？"}, want: []string{"65%"}, not: "GPQA Diamond 的特点"},
		{question: "专家能答对百分之几", history: []string{"GPQA Diamond这个基准测试考察的是哪些内容？"}, want: []string{"65%"}, not: "GPQA Diamond 的特点"},
		// A chat product the reader puts to use, in what a FAQ asks of AI in general, is no
		// subject: the FAQ answers, not the product's launch.
		{question: "我家娃几岁才可以用chatgpt", want: []string{"13 岁"}},
		// In traditional characters and in Cantonese, the kind is read as in Mandarin: a
		// difference (區別), why (点解), how many of a follow-up's pronoun (佢).
		{question: "RLHF和DPO有什麼區別", want: []string{"不单独训练奖励模型"}},
		{question: "點解大模型會有幻覺", want: []string{"根源"}},
		{question: "佢有幾多道題", history: []string{"GPQA Diamond係咩"}, want: []string{"198"}},
		// Who does a step of a process is a role, not a maker: 「先请标注员……」, not 「报告里没有
		// 找到奖励模型出自谁」.
		{question: "奖励模型的分数是谁来打的", want: []string{"标注员"}, not: "报告里没有找到"},
		// A comparison that asks why of one side too is answered that after the two sides.
		{question: "o1和gpt4o有啥区别，为什么o1要想这么久", shown: "回答更慢"},
		// (Whether or not the whole question finds the passage that says why: its clause alone
		// does.)
		{question: "o1和gpt4o有啥不一样，o1回答为啥这么慢", shown: "回答更慢"},
		// Using AI for learning or for writing is told the FAQ's advice for that task; a
		// professional's matter, that the answer is a reference, though 报告 is written (the
		// last two are guards: they opened so before).
		{question: "大学生用ai学编程 咋用才合适", want: []string{"学习时"}},
		{question: "公众号文案用ai写 有啥要注意的", want: []string{"写作时"}},
		{question: "用ai看体检报告要注意啥", want: []string{"专业人士"}},
		// (A fault is no illness: 毛病 of writing is writing's.)
		{question: "用ai写文案老出毛病 有啥要注意的", want: []string{"写作时"}},
		// Asked what is bad, a limit said outright opens before an analogy's limit, which needs
		// its analogy read first.
		{question: "那它有啥不足", history: []string{"rlhf是什么"}, want: []string{"RLHF 的局限出在打分上"}},
		// A name that says where the subject is found is no side of a comparison: two settings
		// of temperature, not the API set against temperature.
		{question: "api里有个temperature参数 调大调小有啥不同", want: []string{"温度"}, absent: []string{"应用程序接口"}},
		// Who made what a section was written to answer is said from that section, though the
		// question's named subject is a broader one (word vectors' makers, not 「报告里没有找到
		// 嵌入出自谁」).
		{question: "电脑把词变成一串数字 国王减男人加女人等于女王那个 是谁发明的", want: []string{"Mikolov"}, not: "报告里没有找到"},
		// Who made a thing the report has no entry on is said by the sentence after the one that
		// names it, which points back to it (「……提出这一模型」).
		{question: "感知机是谁发明的来着，当年为什么被人批评得一塌糊涂？", want: []string{"罗森布拉特"}},
		// 「修好」「治好」 ask what 「消除」「根除」 say: whether it can be got rid of, not what it is.
		{question: "幻觉能治好吗", want: []string{"不能消除"}},
		// Which AI to use, whatever the reader's task, is told the report recommends none.
		{question: "我是老师 备课用哪个ai比较好", want: []string{"这份报告不推荐具体的产品或模型"}},
		// Whether AI can do the reader's writing: the FAQ's advice on drafts, not which AI to pick.
		{question: "用ai写文章靠谱吗", want: []string{"起草"}},
		// A reader who doubts what is claimed (「真能」「就真的」) is told the limit: that fitting
		// in is not reading well, that rankings can be gamed; not the claim again.
		{question: "都说现在能塞进去几十万字的文件 它真能记住吗", want: []string{"两回事"}},
		{question: "排行第一的模型就真的好用吗", want: []string{"刷分"}},
		{question: "刷榜刷上去的高分模型就一定好用吗", want: []string{"刷分"}},
		// Whether scaling has come to its end is told where it still works and what limits it.
		{question: "scaling law到头了吗", want: []string{"瓶颈"}},
		// Which AI to use, of no model named: the FAQ's own advice at once, what to compare and
		// the way to try, not a list of links before it.
		{question: "这么多模型 普通人日常用该选哪个", want: []string{"不推荐具体的产品或模型", "主要用途"}, absent: []string{"可以对照这些条目"}},
		// A model's price is told the report lists none, with where it explains billing; what
		// training cost is no price (guard).
		{question: "o1的api多少钱", want: []string{"不收录各家模型和服务的具体价格", "term-pricing"}},
		{question: "deepseek v3训练花了多少钱", want: []string{"557.6"}, absent: []string{"不收录"}},
		// Asked yes or no what an outlook section was written to answer, its sentence that says
		// what was asked opens (the gap, of 追上), with the paragraph retrieval left out; a
		// sentence that shares one word of the reader's situation (论文) does not (guard).
		{question: "开源的跟闭源的差距大吗", want: []string{"差距"}},
		{question: "大学生用ai写论文会被查出来吗", want: []string{"没有可靠的办法"}},
		// Who is first on a leaderboard (第一是哪个, 榜首), and what a model 考多少, are a ranking
		// and a score: the report lists neither.
		{question: "现在竞技场排行榜第一是哪个模型", want: []string{"不收录模型的分数和排名"}},
		{question: "o1在这上面考多少", history: []string{"gpqa diamond是啥"}, want: []string{"不收录模型的分数和排名"}},
		// Which maker's model is best is a ranking too, though no passage's words meet it; which
		// one to use for a thing is still a recommendation (guard).
		{question: "哪家的模型最好", want: []string{"不收录模型的分数和排名"}},
		// What AI scores in an exam or a contest the question only describes is a score too,
		// whatever the reader cries after it; what people score is the report's (guard).
		{question: "ai参加数学竞赛能考多少分 救命", want: []string{"不收录模型的分数和排名"}},
		{question: "人类专家在gpqa上考多少分", want: []string{"65"}, absent: []string{"不收录"}},
		{question: "哪个ai最好用", want: []string{"不推荐具体的产品或模型"}},
		// Asked who made it, the maker names a maker, not the product dated by its own launch
		// (「ChatGPT 在发布约两个月后……」); 做 only says made, and what ELIZA did is answered
		// though the report names no maker of it.
		{question: "chatgpt是哪家做的", want: []string{"OpenAI"}, absent: []string{"瑞银"}},
		{question: "eliza是干啥的 谁做的来着", want: []string{"ELIZA", "心理咨询师"}},
		// The first part asks what tool use is: web search's definition, of the entry the
		// second part names, mentions tool use but does not say what it is.
		{question: "工具调用是啥意思，ai咋会自己去用计算器搜网页的", want: []string{"工具调用（Tool Use"}, not: "联网搜索"},
		// A question of AI's prices asks about prices, not about AI itself: a definition that
		// happens to mention AI is no answer.
		{question: "用ai会越来越贵吗还是越来越便宜", want: []string{"280"}, not: "模型崩溃"},
		// 看病 is said 医疗 in the report: the sentence that says to take its answer on medical
		// matters as a reference.
		{question: "看病能问ai吗", want: []string{"医疗"}},
		// AI that no longer obeys people is the risk of losing control, not instruction
		// following.
		{question: "ai会不会有一天不听人类的话", want: []string{"AI 安全"}},
		// What to watch out for in using AI for a task of one's own is the FAQ on using AI
		// well (not attention's analogy that says 查资料); a task the report has an entry on is
		// that entry's (guard).
		{question: "用ai查资料要注意啥", want: []string{"核对"}, absent: []string{"注意力"}},
		{question: "用ai写代码要注意啥", want: []string{"代码"}, absent: []string{"怎样用好 AI"}},
		// The reader's job before 用ai is who is using it, the reader (not the bank's own system
		// of the retriever's declines).
		{question: "记者用ai查资料要注意啥", want: []string{"核对"}, absent: []string{"注意力"}},
		{question: "会计用ai做账要注意啥", want: []string{"核对"}},
		// Confiding in an AI, said in everyday words (解闷, 树洞), is the FAQ on it, which opens
		// with what the study found.
		{question: "一个人住 晚上老找ai聊天解闷 这样好吗", want: []string{"孤独"}},
		{question: "把ai当树洞 天天跟它说心事 会不会上瘾", want: []string{"孤独"}},
		// A voice faked to cheat the family, and an AI-made fake picture, are deepfakes; asking
		// AI how to make drugs is a harmful request, which models are trained to refuse.
		{question: "有人用ai冒充我声音找我爸 这咋防", want: []string{"核实"}},
		{question: "网上那些ai生成的假地震照片 会误导人吗", want: []string{"深度伪造"}},
		{question: "有人问ai怎么制毒 它会告诉他吗", want: []string{"拒绝"}},
		// The reader's (or a child's) own use asked as harm (有坏处没) or accuracy (准吗), with
		// 天天 before 用 and a long task between: the FAQs on use.
		{question: "我女儿每天用ai做作业 对学习有坏处没", want: []string{"孩子"}},
		// Assistants listed and asked which is better to use: the report recommends none (not
		// DeepSeek-R1's use, nor Kimi's maker).
		{question: "deepseek 豆包 元宝 这几个哪个好用", want: []string{"推荐"}},
		// 红队 alone is the concept of red teaming, not the system card's pairwise comparison.
		{question: "听说发布前要找红队 红队是干啥的", want: []string{"攻击者"}},
		{question: "豆包 kimi 通义 文心 这几个国产的哪个好用", want: []string{"推荐"}},
		{question: "我想用ai帮我写景区导游词 它给的年代地名准吗", want: []string{"核对"}},
		// ChatGPT named for AI in general asks what the 「常见问法」 of AI ask; not so an app the
		// report does not cover, nor what ChatGPT itself is (guards).
		{question: "chatgpt能联网吗", want: []string{"不会上网"}},
		{question: "豆包是啥", want: []string{"没有涉及"}},
		{question: "chatgpt是什么东西", want: []string{"ChatGPT"}, absent: []string{"大语言模型是"}},
		// When it came is the date of its release, not a date counted from it (「在发布约两个月
		// 后的 2023 年 1 月」).
		{question: "chatgpt哪年上线的", want: []string{"2022 年 11 月 30 日"}, not: "路透社"},
		// Which company makes a family of models is told by the company's own section.
		{question: "claude是谁家公司的", want: []string{"Anthropic 是一家"}},
		// Where a model keeps what it learned is its parameters, not the vector database of a
		// retrieval system.
		{question: "模型学到的知识存在哪儿，里面是有个数据库吗", want: []string{"参数"}, absent: []string{"向量数据库"}},
		// A company's own server is a local deployment.
		{question: "我们公司想把大模型装在自己服务器上，数据不外传，这个可行吗", want: []string{"本地部署"}},
		// What came before the subject is what it replaced: 「在 Transformer 出现之前」.
		{question: "那在它之前大家用啥", history: []string{"transformer是谁提出的"}, want: []string{"循环神经网络"}},
		// A subject the earlier question described without naming it is carried by the section
		// that answered it (the chatbot entry, with ELIZA's year); 弄出来 only says made.
		{question: "它是哪年弄出来的", history: []string{"以前那个假装心理医生陪人聊天的老程序叫什么"}, want: []string{"1966"}},
		// Asked by a word that is no entry's name (蒸馏), the earlier subject is the section whose
		// 「常见问法」 answered it: its drawbacks, not those of the small models found beside it.
		{question: "那它有啥短板", history: []string{"蒸馏是怎么回事"}, want: []string{"明显下降"}},
		// A sentence that says a name only inside another entry's (神经网络 in 循环神经网络) is
		// about that entry: when neural networks took off is AlexNet's year, not why the
		// Transformer replaced RNNs.
		{question: "神经网络啥时候火起来的", want: []string{"2012"}, notFirst: "循环神经网络"},
		// A FAQ whose 「常见问法」 asks the same kind of thing (咋防 and 怎么防), less closely in
		// words, answers with its measures, not with what the thing means to readers.
		{question: "有人用ai换脸冒充我领导 这种咋防", want: []string{"换一个渠道核实"}},
		// Which meeting a name came from (哪次) asks when and where: the sentence that dates it.
		{question: "人工智能这个叫法是在哪次会上定下来的", want: []string{"达特茅斯"}},
		// By how much a price fell asks a multiple, not any number near the word price.
		{question: "这几年用大模型的价格降了多少", want: []string{"280"}},
		// 「那 X 呢」 asks the last question's aspect (训练花了多少钱) of X: its sentence with the
		// amount, not X's first sentence.
		{question: "那gpt4呢", history: []string{"deepseek v3训练花了多少钱"}, want: []string{"数千万美元"}},
		// Whether what an AI does for the reader can be trusted, whatever the task: the FAQ on
		// using it well.
		{question: "我是做会计的 让ai帮我核对发票金额靠谱吗", want: []string{"待核实"}},
		// Data running out, with AI between the data and the verb, is the outlook's bottleneck.
		{question: "要是网上的文本都被大模型用完了 以后还拿什么训练", want: []string{"300 万亿词元"}},
		// 「干点啥」 asks what it does: what it is, with what it does.
		{question: "智能体能替我干点啥", want: []string{"调用工具"}},
		{question: "它一共有多少道题？", history: []string{"GPQA Diamond 是什么？"}, want: []string{"198"}},
		{question: "它有什么好处？", history: []string{"什么是混合专家？"}, want: []string{"较低"}},
		// The first version is the earliest the report dates: LLaMA's, not Llama 3.1's.
		{question: "啥时候发布的第一版", history: []string{"llama是哪家出的"}, want: []string{"2023 年 2 月"}},
		// How much electricity a question takes is said in watt-hours; 「问ai一个问题」 asks of
		// one question, not of any sentence that says 问题.
		{question: "用ai问一次问题大概耗多少电", want: []string{"瓦时"}},
		{question: "向ai问一个问题要耗多少电", want: []string{"瓦时"}},
		// How to ask for better writing is prompting, whatever 「好一点」 matches.
		{question: "想让ai写得好一点 该咋提问", want: []string{"提示工程"}},
		// Where AI goes from here is told the outlook's trends, whatever words of time and
		// change the reader uses.
		{question: "今后几年大模型会朝哪个方向走", want: []string{"几条趋势"}},
		{question: "过几年人工智能会发展成什么样", want: []string{"几条趋势"}},
		// Whether an AI's answer is right is told to check it.
		{question: "豆包回答的东西怎么知道真假", want: []string{"待核实"}},
		// The reader's trade is no term to search for: 水果 is in word2vec's example.
		{question: "我是卖水果的 用ai写文案靠谱吗", notShown: "苹果"},
		// 「是……的结果」 says a cause outright; 「不回答我」 is a refusal.
		{question: "为啥ai有时候不回答我", want: []string{"的结果"}},
		// Of an entry on two things, what the one asked is opens (GGUF is the other).
		{question: "llama.cpp 是做什么用的？", want: []string{"开源的本地推理工具"}, not: "**GGUF"},
		// A key fact the report says is undisclosed answers only a question that asks for it.
		{question: "gpt4.5和gpt5啥关系 4.5是不是不会推理", want: []string{"GPT-4.5"}, notShown: "架构：未公开"},
		// (Whichever rule picks the opening: of a yes-or-no question, too.)
		{question: "gemini说能读两百万token 真的每个字都看了吗", notFirst: "未公开"},
		// What a computer needs is a number: the FAQ says it can be done, then 「约需 14 GB」.
		{question: "我想在自己电脑上跑个大模型 要啥配置", want: []string{"14 GB", "本地跑"}, not: "例如", absent: []string{"gpt-oss"}},
		// 「只是猜下一个字，咋还能……」 is told why predicting well takes more than guessing.
		{question: "大模型其实就是在猜下一个字？那它咋还能写代码解数学题", want: []string{"被迫学会"}},
		// What the report gives is answered where it was asked, before the note on scores, and
		// of the benchmark the conversation is about.
		{question: "多少道题，r1考了多少", history: []string{"gpqa diamond是啥"}, want: []string{"198"}, notFirst: "不收录"},
		// How the score is computed is answered where it was asked, then the note on R1's score.
		{question: "codeforces上的分是咋算的，r1拿了多少分", want: []string{"等级分"}, notFirst: "不收录", absent: []string{"出自"}},
		// What a model was made from is the sentence that says where its base came from.
		{question: "r1蒸馏出来的那些小模型是拿哪些底座做的", want: []string{"Qwen2.5 和 Llama 3"}, not: "开源项目"},
		// 「刷满了」 is what the report calls saturation: its entry answers, not the benchmark's.
		{question: "benchmark都刷满了咋办", want: []string{"基准饱和"}, not: "基准测试（Benchmark）"},
		// What a model is good at is what its entry says it suits, found though the question
		// says 写代码 and the entry 编程.
		{question: "claude3.5 sonnet写代码是不是特别强", want: []string{"适合编程"}, absent: []string{"架构"}},
		{question: "deepseek r1写代码厉害吗", want: []string{"DeepSeek-R1 适合数学、编程"}, not: "Pass@1-COT"},
		{question: "gpt4o数学咋样", want: []string{"GPT-4o 适合"}},
		// How good a model is, asked without a task: what its entry says it suits (「o1厉害吗」
		// was declined, 厉害 standing in no passage).
		{question: "o1厉害吗", want: []string{"OpenAI o1 适合"}},
		{question: "llama4到底强不强", want: []string{"Llama 4 适合"}, not: "Meta 在 2025 年 4 月发布时预告"},
		// 「X 是 Y 吗」: the sentence that says X is or is not Y.
		{question: "gpt4.5是推理模型吗", want: []string{"不是推理模型"}},
		// The limit of an analogy that goes on to the cause opens with the cause, not the analogy.
		{question: "为啥同样一段话中文比英文更费token，我们公司按token付费心疼", want: []string{"比英文切得更碎"}, not: "打个比方", notFirst: "里程"},
		// A family's member asked by its own name is said by the item that names it.
		{question: "gemini 2.0 flash是个啥", want: []string{"Gemini 2.0 Flash：面向大规模、高频任务的主力型号"}, absent: []string{"发布方"}},
		// A proper name that says where, with nothing else named, is what is asked about: the
		// arena, not the chatbot its name contains.
		{question: "Chatbot Arena 上的排名是怎么产生的？", want: []string{"让用户向两个匿名模型提问并投票"}, not: "聊天机器人（Chatbot）"},
		// Asked why, the cause said outright opens, not a sentence saying that what came before
		// it explains what was asked.
		{question: "为什么同一个问题问两遍，模型的答案可能不一样？", want: []string{"主要是因为"}, not: "**采样：从概率里挑一个词**：对用户来说"},
		// An FAQ answer's opening sentence goes on with the sentence after it, not with another
		// section's that shares a word of the question.
		{question: "我是会计，ai会不会抢我饭碗", want: []string{"国际劳工组织"}},
		// A model's skill at a task, asked in a follow-up: what its entry says it suits.
		{question: "写代码咋样", history: []string{"claude3.5 sonnet是啥"}, want: []string{"Claude 3.5 Sonnet 适合编程"}},
		// Asked who, a definition that names no one gives way to the sentence that does.
		{question: "谁提出来的", history: []string{"思维链是啥"}, want: []string{"Wei 等人"}, not: "思维链（Chain of Thought, CoT）是"},
		{question: "kimi是哪家公司的", want: []string{"月之暗面"}, not: "Kimi K2：发布方"},
		// Which of two concepts is better, one of them the conversation's: the report's sentence
		// that weighs one against the other.
		{question: "跟微调比哪个好", history: []string{"rag是啥"}, want: []string{"比微调更合适"}, absent: []string{"不推荐具体的产品"}},
		// Asked for a drawback, a benefit is no answer: the limit LoRA's analogy states is.
		{question: "跟全量微调比有啥缺点", history: []string{"lora是啥"}, want: []string{"秩太低"}, absent: []string{"1 万倍"}},
		// The API's top_p is said by the sentence that spells it so.
		{question: "接口参数里的 top_p 是干什么用的？", want: []string{"通常写作 top_p"}},
		// 「X 跟 Y 比 有啥坏处」 asks one thing, what is bad about X: no two sides, no definition.
		{question: "只给api的闭源模型跟开放权重的比 有啥坏处", want: []string{"比开放权重模型少得多"}, not: "闭源模型（Closed / Proprietary Model）"},
		// The FAQ's short answer to a question's last part is read with the sentence after it.
		{question: "上下文窗口是啥，为啥聊久了它就把前面说的忘了", want: []string{"是因为", "丢掉或压缩"}},
		// Which costs more, training or inference (not a reasoning model): the entry on
		// inference weighs the two.
		{question: "推理跟训练哪个更烧钱", want: []string{"一次性的大投入"}, absent: []string{"推理模型"}},
		// 「看懂视频」 is what the report calls multimodal, not the rules on labelling AI videos.
		{question: "ai能看懂视频吗", want: []string{"多模态"}, absent: []string{"监管"}},
		// What is new in a model: its entry's 「新特点」, not its key facts. (The second sentence
		// still comes from Qwen3.6's entry, whose title 「含 Qwen3-Next」 reads as Qwen3's.)
		{question: "qwen3有什么新东西", want: []string{"Qwen3 最主要的新特点"}, not: "和 Qwen3 相比", absent: []string{"发布方"}},
		// A plain telling of a model is its subject sentence, not who made it.
		{question: "能用通俗的话解释下吗", history: []string{"llama3是啥"}, want: []string{"Llama 3 是 Meta"}, notFirst: "发布方"},
		// The sides in the order the question gives them.
		{question: "下载开放模型时，Base 版和 Instruct 版该选哪个？", want: []string{"- **基座模型（Base Model）**"}, not: "- **指令模型"},
		// How many subjects: the key fact that counts them (科目 for 学科), not the one that
		// names 学科 without a number, nor a percentage of one subject's questions.
		{question: "有多少个学科", history: []string{"mmlu是啥"}, want: []string{"57 个科目"}, not: "**MMLU**：考查能力"},
		// One sentence from each side, under its name.
		{question: "RLHF 和 DPO 有什么区别", want: []string{"**基于人类反馈的强化学习（RLHF）**", "**直接偏好优化（DPO）**", "奖励模型"}},
		// A side the other defines (「MMLU-Pro 是 MMLU 的加难版本」) goes on to how it differs;
		// the other side is said by what it tests, not by a pointer or an analogy.
		{question: "mmlu-pro 和 mmlu 有什么不一样", want: []string{"十个", "考查能力"}, absent: []string{"Multilingual MMLU", "混合期末考"}},
		// Three names set side by side are answered by the sentence that names them all, not by
		// two entries' key facts (who made them).
		{question: "claude的sonnet opus haiku有啥区别", want: []string{"分为 Haiku、Sonnet、Opus 三档"}, absent: []string{"发布方"}},
		{question: "o1 跟 GPT-4o 比有什么不同", want: []string{"区别在于", "不是推理模型", "**OpenAI o1**"}},
		{question: "Kimi 是哪家公司做的？", want: []string{"月之暗面"}},
		// 「这类……」 names what sentences not shown described; another sentence opens.
		{question: "为啥模型越大越聪明", want: []string{"缩放定律"}, notFirst: "这类规律"},
		// It opens where it says what was asked: the drawback of mixture of experts.
		{question: "它有啥缺点", history: []string{"moe是啥意思"}, want: []string{"代价是全部参数仍要放进内存"}},
		// How a model produces its answer, not RAG, whose name says 生成.
		{question: "大模型是咋生成回答的", want: []string{"逐个词元地生成回答"}, notFirst: "检索增强生成"},
		// What is sent to ChatGPT is asked about, not ChatGPT.
		{question: "我把公司资料发给chatgpt安全吗", want: []string{"公司机密"}, absent: []string{"2022 年 11 月"}},
		// The subject's own entry says what it is, not an entry whose name it begins.
		{question: "pass@1是啥意思", want: []string{"答一次"}, not: "Pass@1-COT"},
		{question: "embedding是个啥玩意 说是把字变成向量？", want: []string{"一串数字"}, not: "因为能同时看前后文"},
		// Each part gets its answer: what it is, then how it is defended against.
		{question: "提示注入是啥 prompt injection咋防", want: []string{"是一种针对大模型应用的攻击", "防御思路"}},
		{question: "多模态是啥意思 ai能看懂我的设计稿吗", want: []string{"不止一种类型"}},
		// What a harder version changed goes on from the sentence that says it is harder; a key
		// fact that says 改成 of how one report scores it is no change of the version.
		{question: "mmlu pro比mmlu难在哪", want: []string{"加难版本", "从四个增加到十个"}, absent: []string{"评分方式"}},
		// 它 is the subject, RNN what it is measured against: the answer says why Transformer
		// wins (it computes in parallel), not what an RNN is.
		{question: "它为啥比rnn好", history: []string{"transformer是谁提出的"}, want: []string{"Transformer", "并行计算"}, not: "循环神经网络是一种"},
		// Of two causes, the one said of what the question asks about (长句子).
		{question: "为啥rnn处理长句子就不行", want: []string{"长句子", "远处的信息"}},
		// A cause said as 「……的重要原因」 answers why.
		{question: "rnn lstm为啥后来被transformer取代了", want: []string{"并行计算"}},
		// What sets a model apart is its key technique, not its maker.
		{question: "gpt4o有什么亮点", want: []string{"关键技术"}, not: "**GPT-4o**：发布方"},
		{question: "claude3.5 sonnet有啥特点", want: []string{"计算机操作"}},
		// A short sentence that announces is read with the sentence after it, which says it.
		{question: "「大语言模型」这个词最早在 n 元语法时代就出现过吗？", want: []string{"就出现过", "Brants"}},
		// A list of limits said in one sentence opens whole.
		{question: "MMLU 有什么局限？", want: []string{"三点", "饱和", "错题", "流传很广"}},
		// How of what the subject does is answered by what it does, not by what it is.
		{question: "api按token收费是咋算的", want: []string{"按词元计费"}, not: "应用程序接口（Application Programming Interface, API）是"},
		{question: "长上下文是咋实现的", want: []string{"旋转位置编码"}},
		// 「跟 r1……」 with nothing else named means 「它跟 r1……」.
		{question: "跟r1同一天发的？", history: []string{"kimi k1.5 是啥"}, want: []string{"Kimi k1.5", "同时"}},
		// 「没有成功」 is answered by 「不成功的尝试」.
		{question: "DeepSeek-R1 训练时有哪些方法没有成功？", want: []string{"蒙特卡洛树搜索"}},
		// The sentence that says the difference opens, though its passage says the date first.
		{question: "bert和gpt有啥区别", want: []string{"从左往右"}, not: "2018 年 10 月"},
		// What one side was made to solve in the other is how they differ.
		{question: "rnn和lstm有啥区别", want: []string{"区别在于", "LSTM）要解决的问题"}},
		// Not one side made to solve 「这个问题」, which it does not say; the English head of
		// 「top-k采样」 names Top-k.
		{question: "top-k采样跟top-p采样差在哪", want: []string{"区别在于：核采样只在"}},
		// Asked yes or no, not 「这就是……」 of what came before: 「它」 of the subject's entry.
		{question: "注意力机制最早是在机器翻译上用的吗", want: []string{"它最早在 2014 年"}, not: "这就是"},
		// The whole field, called a word, is the subject of its own entry.
		{question: "人工智能这个叫法最早啥时候出现的", want: []string{"1955 年"}},
		// Nor a sentence of a third section whose only 「不同」 is of something else.
		{question: "温度和top-p有啥不一样", want: []string{"温度（Temperature）是"}, not: "区别在于：DeepSeek-R1"},
		// The sentence that says what the very name asked about is, in whichever section,
		// before one that only uses it.
		{question: "常听说几千亿参数 这个参数到底指的啥", want: []string{"参数"}, not: "阿里巴巴的通义千问"},
		// Not the maker's definition, nor another entry's sentence that only uses the name.
		{question: "anthropic发模型时附带的那个系统卡是啥", want: []string{"系统卡（System Card）或模型卡"}},
		// The name said without its suffix 式 names its entry, not only the maker.
		{question: "anthropic搞的宪法ai是啥意思", want: []string{"宪法式 AI（Constitutional AI）是"}},
		// 「几章」 counts chapters: 章 is what is asked about.
		{question: "报告一共有几章", want: []string{"十一章"}},
		// 「手机上直接跑」 is how readers say on-device models.
		{question: "在手机上直接跑模型有什么好处？", want: []string{"端侧模型"}},
		// 「来防污染」 says how it is avoided.
		{question: "LiveCodeBench 是怎么避免数据污染的？", want: []string{"按日期取题"}},
		// Tokens are what is asked of the model 它 points back to, not the subject.
		{question: "那它一次最多能读多少个词元？", history: []string{"GPT-3 是什么时候发布的？"}, want: []string{"2048"}, absent: []string{"Claude 3"}},
		// 用过 is said 使用了, 采用 or 选择了 in the report.
		{question: "有哪些模型用过这个方法？", history: []string{"什么是 DPO？"}, want: []string{"Llama 3"}},
		// 「偏好比较数据」 is no analogy (好比), so the sentence may answer.
		{question: "Llama 2 收集了多少条人类偏好数据？", want: []string{"100 万条"}},
		// The yes or no opens, before the sentence it follows in its passage.
		{question: "cons@64跟pass@1哪个分高 能放一块比吗", want: []string{"不能混着比"}, not: "DeepSeek-R1 报告只在"},
		// A measure asked of a concept (本地部署) is given by the entry on what is measured (显存)
		// or the FAQ written for it, though neither names the concept in that sentence.
		{question: "本地部署一个7b模型大概要多少显存", want: []string{"14 GB"}, absent: []string{"报告里没有找到"}},
		// What machine a model needs is answered by the memory it takes.
		{question: "我的电脑配置能跑llama吗", want: []string{"小型语言模型"}},
		{question: "本地跑大模型对电脑配置有啥要求", want: []string{"14 GB"}},
		// The sides of a comparison are the two its own part names, not the model the other part
		// asks about.
		{question: "开源和开放权重有啥区别，llama到底算不算开源", want: []string{"开放权重模型只公开参数"}, absent: []string{"关键技术"}},
		// 「怎么工作的」 asks how a model works, not about jobs; a chapter overview's 「最后一节
		// 介绍……」 tells no answer.
		// How an API charges is said in 计费 as well as in 收费; 大模型 is not what is asked of it.
		{question: "大模型 API 是怎么收费的？", want: []string{"按词元计费"}, not: "应用程序接口（Application Programming Interface, API）是"},
		// Two counts asked: the money one is answered, not by 「一张卡片」 of text chunks.
		{question: "训一个大模型要多少张卡 花多少钱", want: []string{"GPU 小时"}, absent: []string{"卡片"}},
		// A no said of something not asked (「没有人告诉它哪些内容是对的」, the limit of an
		// analogy) opens no answer, and so brings no analogy before it.
		{question: "预训练是拿啥数据训的，全网扒下来的吗", want: []string{"喂数据"}, not: "打个比方"},
		// A thing named by what it is called, which the report mentions without an entry: the
		// sentence that names it opens, not the definition of the entry it stands in.
		{question: "听说有个叫人类最后的考试的测试 是干啥的 为啥要搞它", want: []string{"人类最后的考试"}, not: "基准饱和（Benchmark Saturation）指"},
		// 「要注意啥」 asks for precautions, and 用 cut off by 「ai」 is no word of the question's.
		{question: "用ai写公文靠谱吗 要注意啥", want: []string{"助手而不是替身"}, absent: []string{"价目表", "查询"}},
		// A chapter named (原理) whose 常见问法 the question asks in more words opens with it.
		{question: "大模型到底是咋回答问题的，原理是啥", want: []string{"估计接下来最可能出现"}, not: "读者理解注意力机制"},
		// Which of two ways is worth it: what each brings and costs, not what each is.
		{question: "小店用ai客服 本地部署划算还是直接调api划算", want: []string{"代价是硬件投入和技术门槛"}, absent: []string{"是一个程序向另一个程序提供服务的标准方式"}},
		{question: "ai是怎么工作的", want: []string{"估计接下来最可能出现"}, absent: []string{"失业", "最后一节"}},
		{question: "大模型是怎么工作的", want: []string{"估计接下来最可能出现"}, absent: []string{"最后一节"}},
		{question: "我想在自己电脑上跑个模型，显存多少够用", want: []string{"约需 14 GB"}, absent: []string{"报告里没有找到"}},
		{question: "o3-mini 在 GPQA 上多少分", want: []string{"不收录模型的分数", "/sources#src-o3-mini-announcement"}},
		{question: "我该选哪个大模型写代码？", want: []string{"不推荐具体的产品或模型", "faq-which-one"}},
		// Of the models the reader weighs, their own entries are what to look at.
		{question: "deepseek和qwen我该用哪个", want: []string{"不推荐具体的产品或模型", "#models-deepseek", "#models-alibaba"}, absent: []string{"term-local-deployment"}},
		{question: "什么是混合专家（MoE）？", want: []string{"混合专家是"}, not: "以下内容"},
		// The fact asked for, of the subject asked about: not another model's date or another
		// entry's author.
		{question: "GPT4 是哪天发布的", want: []string{"2023 年 3 月 14 日"}, absent: []string{"GPT-5"}},
		{question: "DeepSeek-R1 是谁做的", want: []string{"深度求索"}, absent: []string{"Aider"}},
		// A yes or no about the subject, from its entry, not what 开源 means in general.
		{question: "deepseek r1 开源了吗", want: []string{"MIT"}, absent: []string{"原本是软件领域的概念"}},
		{question: "那它开源吗", history: []string{"kimi k2 是哪家的"}, want: []string{"开放权重"}, absent: []string{"原本是软件领域的概念"}},
		{question: "o1 有多少层", want: []string{"未公开"}},
		// A size said in its sizes, not in a key fact that names the field but no size.
		{question: "llama3 有多大的", want: []string{"8B 和 70B"}},
		// A limit, not a 「但」 that joins two facts.
		{question: "有啥限制不", history: []string{"llama3 能拿来商用吗"}, want: []string{"局限"}, absent: []string{"8B 和 70B"}},
		// Where the subject stands is no subject, whether it is followed by Chinese or a name.
		{question: "跑分里的cons@64啥意思", want: []string{"多数投票"}, absent: []string{"基准测试（Benchmark）是"}},
		{question: "pass@k 里的 k 指什么", want: []string{"pass@k"}},
		// A follow-up that names nothing and asks what any benchmark is asked carries the subject,
		// though its words (答对, 哪来) are not the passage's (正确率, 收集).
		{question: "人类专家能答对多少", history: []string{"gpqa 是啥"}, want: []string{"65%"}},
		// A verb of the question said another way in the answer: 反对 is answered by 争议.
		{question: "涌现能力这说法有人反对吗", want: []string{"争议"}},
		// Of a section on two things, the sentence that names the one asked about opens.
		{question: "它们窗口多大", history: []string{"claude3 分几个版本"}, want: []string{"20 万"}, not: "**2024 年 2—3 月"},
		// What X does better than Y is said of X, not of Y.
		{question: "dpo 比 rlhf 强在哪", want: []string{"不单独训练奖励模型"}},
		// Why something caught on is answered by what it changed.
		{question: "chatgpt 当年为啥那么火", want: []string{"使用方式"}},
		// The second part of a question is answered by a cause said outright, though the
		// sentence opens its section.
		{question: "上下文窗口是个啥 为啥聊久了它就忘了", want: []string{"是因为"}},
		// A reader who names the subject and asks why is told the cause first; one who
		// describes it is told its name (the golden 「AI 为什么会胡说八道」).
		{question: "幻觉到底是怎么产生的", want: []string{"根源", "而不是保证「真」"}, not: "幻觉（Hallucination）指"},
		// The limit of another entry's analogy is no cause.
		{question: "大模型的幻觉为什么会产生", want: []string{"根源"}, not: "**聊天机器人**"},
		// A key fact answers yes or no only when it is what was asked: not who made AIME, nor
		// which reports list GSM8K.
		{question: "aime 难吗", want: []string{"局限"}, not: "**AIME 2024**：出自"},
		{question: "gsm8k 现在还靠谱吗", absent: []string{"出现在："}},
		// A phrase of the thesaurus names the entry it means, which is then the subject: not the
		// entry on layers, whose 「大模型会把……」 shares the question's 「模型会」.
		{question: "大模型会不会骗人", want: []string{"欺骗与谋划"}, absent: []string{"层是神经网络"}},
		// A how said just after the sentence that names what was asked goes on from it.
		{question: "deepseek 那个无辅助损失的负载均衡具体咋弄的", want: []string{"偏置"}},
		{question: "题目是从哪来的", history: []string{"simpleqa是干嘛的"}, want: []string{"GPT-4"}},
		// 「作者」 asks who: 「作者报告……」 of another paper is no answer.
		{question: "作者有谁", history: []string{"transformer 哪一年提出来的"}, want: []string{"Google"}, absent: []string{"Mamba"}},
		// The measures, not what the thing is.
		{question: "幻觉这毛病咋解决", want: []string{"减少但不能消除"}, absent: []string{"编造不存在的论文"}},
		{question: "被提示注入了怎么防", want: []string{"指令层级"}},
		// The sentence that says yes or no of what was asked, not what the subject is.
		{question: "量化以后的模型会不会变笨", want: []string{"变笨"}, absent: []string{"从高精度的数字格式"}},
		{question: "上下文窗口越大 模型读得越仔细吗", want: []string{"不等于"}},
		// ... also in another word for the same thing (变差: 「没有明显的效果损失」).
		{question: "量化会让模型变差吗", want: []string{"效果损失"}},
		// The cause, not a chapter's list of what it covers.
		{question: "为什么每次点重新生成回答都不一样", want: []string{"采样"}, absent: []string{"本章"}},
		// What is counted: money (or the GPU hours it bought), not the context window.
		{question: "deepseek v3 训练花了多少钱", want: []string{"278.8 万"}, absent: []string{"上下文窗口"}},
		// How a thing comes about is its cause; a second definition in other words is no answer.
		{question: "幻觉是怎么产生的？", want: []string{"根源"}},
		// The FAQ answer written for the question gives the cause without naming 幻觉.
		{question: "为啥ai总一本正经地胡说，这幻觉到底是咋来的", want: []string{"读起来最像答案"}},
		// Why DeepSeek is cheap: the reason its report gives, not what the company is.
		{question: "deepseek为啥那么便宜", want: []string{"训练省钱"}},
		// Why R1 thinks before it answers: it is a reasoning model, not its distilled models.
		{question: "为啥deepseek r1要先想很久", want: []string{"推理模型", "思维链"}},
		// Why alignment is needed, not only what it is.
		{question: "为啥要做对齐", want: []string{"之所以要做对齐"}},
		// The FAQ written for the question opens the answer, not another FAQ that shares its words.
		{question: "怎么让ai回答更准确", want: []string{"提示工程"}, not: "**该用哪个 AI"},
		// Who or when of a subject: not another entry's definition that names it, nor another
		// entry's 「它……」.
		{question: "transformer是谁搞出来的 哪一年", want: []string{"2017"}, not: "大语言模型是"},
		{question: "谁提出的", history: []string{"思维链是啥"}, want: []string{"Wei"}, not: "**思维树**"},
		// 「收费」 is answered by 「计费」: a word of the same sense says what was asked.
		{question: "调api是怎么收费的", want: []string{"计费"}, not: "应用程序接口（Application Programming Interface, API）是"},
		// A drawback asked of the conversation's subject opens with one, not with its definition.
		{question: "那它的缺点呢", history: []string{"rag是什么"}, want: []string{"找错段落"}},
		// A remedy asked for opens with one, not with the reader's word said again.
		{question: "怎么防止ai瞎编", want: []string{"核对"}, not: "**为什么会产生幻觉**：说白了"},
		// A figure's caption answers no question but one about the drawing.
		{question: "token是啥 一个字算一个吗", absent: []string{"图 2-6"}},
		// The count part of a why-question says what is counted: money, not a window's size.
		{question: "deepseek v3 训练总共花了多少钱，为啥这么省", want: []string{"557.6 万美元"}, not: "**DeepSeek-V3**：上下文窗口"},
		// 「模型蒸馏」 is the reader's name for knowledge distillation.
		{question: "模型蒸馏到底是个啥", want: []string{"教师模型"}, not: "**拒绝采样与蒸馏**"},
		// Both ends of one setting, said in one sentence, are the difference asked for.
		{question: "温度参数调高和调低有啥区别", want: []string{"回答稳定保守"}, not: "写代码"},
		// What a term means to readers, or a key fact, is no difference between two others.
		{question: "微调跟预训练有啥区别", want: []string{"微调"}, not: "区别在于：读者"},
		// A part its entry's title includes (「DeepSeek-R1（含 R1-Zero……）」) is what was asked
		// about, not the whole entry; 「的问题是」 says what is wrong with it.
		{question: "r1zero有啥缺点", want: []string{"R1-Zero", "可读性差"}},
		// 「咋来的」 of a phenomenon asks for its cause, not what it is.
		{question: "大模型的幻觉到底是咋来的", want: []string{"根源"}},
		// A sentence that says 「它」 after another entry's name speaks of that entry, not of
		// everything the question names.
		{question: "DeepSeek 的 MLA 能把 KV cache 省下多少？", want: []string{"93.3%"}, absent: []string{"V4-Flash"}},
		// The broadest questions get the chapter written for them, not a sentence that
		// happens to share their words (「读者会在解释大模型原理的文章里……」).
		{question: "大模型的原理是啥", want: []string{"估计接下来最可能出现"}, absent: []string{"自注意力"}},
		{question: "大模型以后会怎么发展", want: []string{"几条趋势"}},
		// What a thing is, not the limit of its analogy.
		{question: "模型量化是啥", history: []string{"gpt4o 能看图吗"}, want: []string{"量化（Quantization）"}, absent: []string{"局限"}},
		// What a benchmark is: what it tests, and its questions' form and number.
		{question: "simpleqa是什么", want: []string{"考查能力", "4326"}},
		// Of a model whose subject sentence was not found: who made it and how it is built.
		{question: "mixtral 是啥", want: []string{"Mistral AI", "架构"}},
		// A model's subject sentence is the paragraph after its key facts, not the second
		// sentence of the last item.
		{question: "gpt4o是啥", want: []string{"omni"}, absent: []string{"GPT-5"}},
		// 「X 里的 Y」 asks about Y.
		{question: "跑分里的多数投票是啥意思", want: []string{"cons@64"}, not: "基准测试"},
		// 「是怎么做到的」 frames the question: 做到 is no word of what it asks about.
		{question: "ai画画是怎么做到的", want: []string{"扩散模型"}, absent: []string{"图灵测试"}},
		// The difference in one sentence that names a side, not a list that happens to.
		{question: "cons@64 和 pass@1 有啥区别", want: []string{"区别在于：pass@1"}},
		// The report's whole field asked about itself.
		{question: "llm 是啥意思", want: []string{"大语言模型是"}, not: "**导读**"},
		// Why a thing caught on is what it changed, said first.
		{question: "deepseek 为啥这么火", want: []string{"意义在于"}, not: "正式的"},
		// Why a benchmark is hard is no key fact of it.
		{question: "gpqa 为啥难", not: "**GPQA Diamond**：全称"},
		// What it includes, what a new method drops.
		{question: "ifeval 都检查哪些指令", want: []string{"字数"}},
		{question: "grpo 比 ppo 省掉了啥", want: []string{"价值模型"}},
		// A question that asks two things gets a sentence for each.
		{question: "幻觉是啥 能避免吗", want: []string{"幻觉", "不能消除"}},
		// The limit of an analogy goes on to a fact of its own, which may answer; 「fine-tuning」
		// as typed is the subject, not what is asked of it.
		{question: "fine-tuning 会不会让模型忘掉原来的本事？", want: []string{"灾难性遗忘"}},
		{question: "模型对长输入中间部分的内容会不会看漏？", want: []string{"中间部分的信息利用得较差"}},
		// A side the subject reading missed, named by its entry's title, is the other side.
		{question: "agent和普通聊天机器人有啥区别", want: []string{"**智能体（Agent）**", "**聊天机器人**"}},
		// Two concepts set side by side are both retrieved, however many passages use one word of them.
		{question: "智能体跟聊天机器人有啥区别", want: []string{"**智能体**", "**聊天机器人**"}},
		// A drawback of the subject, not the limit of the other side's analogy.
		{question: "它跟稠密模型比有啥缺点", history: []string{"moe架构是啥"}, want: []string{"代价是全部参数仍要放进内存"}},
		// 「几级」 is answered by 「四个等级」, not by 「四类风险」.
		{question: "preparedness框架风险分几级", want: []string{"四个等级"}},
		// Why a benchmark is built so is its purpose: 「来防污染」.
		{question: "livecodebench为啥非得用新出的题", want: []string{"按日期取题"}},
		// A worked example's made-up numbers are no count and no cause.
		{question: "长度控制胜率为啥要扣掉长度", want: []string{"偏爱长回答"}, not: "回归模型估计"},
		{question: "simpleqa的correct一共多少道题算的", want: []string{"4326"}, not: "**Correct（SimpleQA 式判分）**：例子"},
		// Why of the subject is not seconded by what another entry is, though it names the subject.
		{question: "那它为啥占那么多显存", history: []string{"kv cache是啥"}, want: []string{"占用大量显存"}, absent: []string{"分页注意力（PagedAttention）是"}},
		// What a part of a benchmark is (its rating, its percentile) is said by the sentence that
		// defines it, not by the benchmark's key facts.
		{question: "codeforces rating是啥，2000多分啥水平", want: []string{"Elo"}, absent: []string{"考查能力"}},
		{question: "codeforces百分位96.3这种数是啥意思", want: []string{"参赛者"}, absent: []string{"考查能力"}},
		{question: "GSM8K 是什么", want: []string{"考查能力"}}, // the whole entry: its key facts
		// 「那么贵」 asks about the cost, though 贵 is one character.
		{question: "gpt4.5 为啥那么贵", want: []string{"更贵"}},
		// 「它的中文版」 of SimpleQA is C-SimpleQA, which its entry points to.
		{question: "那它的中文版有多少道题？", history: []string{"SimpleQA 是谁做的？"}, want: []string{"C-SimpleQA", "3000"}},
		// A list written inline, of which one item names the subject, is no definition of it:
		// the opening is one of the two the report gives (the glossary's 「……指」, the safety
		// chapter's 「……是指」).
		// Asked yes or no of the word that ends the question (安全不), a sentence that says
		// none of it does not open; nor does a cause of something else, asked why a thing is
		// said of ChatGPT.
		{question: "给模型接上各种工具 让它自己操作电脑 这样安全不", want: []string{"计算机操作（Computer Use）"}, not: "2026 年 3 月 5 日"},
		{question: "为啥说chatgpt是靠人类反馈强化学习训出来的", want: []string{"基于人类反馈的强化学习"}, absent: []string{"谄媚"}},
		{question: "ai越狱是啥意思 就是哄它说不该说的？", want: []string{"越狱（Jailbreak）", "绕过"}, not: "对齐失败有几种常见表现"},
		// Whether two scores can be compared is answered by the sentence that says they cannot.
		{question: "codeforces那个分 deepseek报的跟openai报的能直接比吗", want: []string{"不能直接对比"}},
		// 「设成0」 finds the report's 「设为 0」.
		{question: "把它设成0会咋样", history: []string{"温度参数是啥"}, want: []string{"设为 0 时", "贪心解码"}},
		// A sentence that opens with a pronoun seconds only the sentence it points back to.
		{question: "swe-bench 和 humaneval 哪个更难", absent: []string{"它的多语言扩展"}},
		{question: "大模型是怎么训练出来的？", want: []string{"几个阶段"}, absent: []string{"这种习惯"}},
		// A short answer of the FAQ written for the question goes on in the FAQ's own words.
		{question: "为啥聊久了它就忘了前面说的", want: []string{"上下文窗口", "丢掉或压缩"}},
		// A question the FAQ asks in its heading, asked in a reader's words, is answered there.
		{question: "训一个大模型要花多少钱", want: []string{"557.6 万美元"}},
		// How much: the subject's sentence with the number opens before its definition.
		{question: "KV 缓存到底要占多少显存？", want: []string{"800KB"}, not: "**键值缓存**：键值缓存（KV Cache）把"},
		// What a thing is, asked as its entry's 「常见问法」 asks it, is said by that entry, not by
		// another section that repeats the reader's phrase (RAG's 「模型参数里的「记忆」」); nor
		// does a sentence that names the subject only as 「这个名称」 second it.
		// Whoever speaks of the subject (「ai 安全说的」) is not what is asked about, and a method
		// of alignment (审慎对齐) is not alignment.
		// A list of what open weights allow, one item of which is LoRA, says nothing of why
		// LoRA saves memory; the entry's own figure does.
		{question: "lora微调为啥那么省显存，我做游戏想给npc微调个小模型", want: []string{"显存需求减少约 3 倍"}},
		// What another entry is (a parameter, 「例如 GPT-3 有 1750 亿个参数」) is no reason why
		// GPT-3 made a stir.
		{question: "gpt3当年为啥那么火 参数有多大", want: []string{"1750 亿"}, not: "参数是神经网络内部"},
		// What a model is good at is what it suits (「适合编程……」), not its maker and date.
		{question: "claude3.5 sonnet擅长啥", want: []string{"适合编程"}},
		// Asked why, the section written for the question answers with the sentence that says
		// it (「更贵」), not with its opening.
		{question: "gpt4.5 为啥那么贵", want: []string{"更贵"}},
		// A key fact of the whole entry is R1's, not R1-Zero's, though the entry covers both.
		{question: "r1 zero是啥，跟r1有啥不一样", want: []string{"R1-Zero 直接做强化学习"}, absent: []string{"开放程度", "关键技术", "发布方"}},
		// What a paper said is what it proposed, said in the sentence after the one naming it.
		{question: "attention is all you need那篇论文到底说了啥", want: []string{"提出 Transformer 架构", "完全去掉了循环结构"}},
		// How a metric is computed is what its definition says.
		{question: "cons@64是咋算的，跟pass@1有啥区别", want: []string{"64 次多数投票", "出现次数最多"}},
		// 「这意味着什么：……」 of GPT-5's section points back at what is not shown.
		{question: "推理模型跟普通模型有啥区别", want: []string{"推理模型（Reasoning Model）"}, absent: []string{"这意味着什么"}},
		// The limit of an analogy from a passage far down, of a question naming nothing, is no
		// answer and no support: MLA's 「不能简单套到现成模型上」 shares only 简单.
		{question: "大模型发展史能简单捋一下吗", absent: []string{"局限", "速记"}},
		// Asked to be told plainly, the analogy follows the first sentence.
		{question: "嵌入到底是啥，说人话", want: []string{"打个比方：嵌入好比"}},
		{question: "缩放定律能打个比方吗", want: []string{"打个比方：缩放定律好比"}},
		{question: "ai安全说的对齐到底是在对齐个啥", want: []string{"对齐（Alignment）指"}},
		{question: "模型参数里到底存的是啥", want: []string{"参数是神经网络内部"}, absent: []string{"这个名称"}},
		// What a thing is, then the same said plainly; but not where the question asks for more
		// than the thing (early fusion, not what a multimodal model is).
		{question: "红队测试是干啥的", want: []string{"红队测试（Red Teaming）是指", "通俗地说，就是发布前专门请人来「找茬」"}},
		{question: "电视上说ai有换觉是啥意思", want: []string{"幻觉（Hallucination）指", "说白了"}},
		{question: "多模态模型的「早期融合」是什么意思？", want: []string{"早期融合"}, absent: []string{"通俗地说"}},
		// A benchmark's full name that says what it is in Chinese opens, an item ended by its stop;
		// one so long that it would push the size out of sight does not.
		{question: "math500是什么", want: []string{"全称：MATH-500，从 MATH 测试集中均匀随机抽取的 500 题子集。 [1]考查能力"}},
		{question: "gpqa diamond是个啥", want: []string{"198"}, absent: []string{"全称"}},
		// Asked when it first came, the earliest milestone of the name, not the latest entry.
		{question: "llama最早是meta啥时候放出来的", want: []string{"2023 年 2 月"}},
		// Asked who, the milestone that says who did it, of the subject carried over.
		{question: "作者都有谁", history: []string{"transformer哪年提出的"}, want: []string{"Vaswani"}},
		// What it is opens with its definition, not with what readers see of it.
		{question: "混合专家模型是啥", not: "读者", want: []string{"混合专家是一种"}},
		// A definition that likens (「像搜索一棵树那样」) is still the definition, not an analogy.
		{question: "思维树是啥", want: []string{"思维树（Tree of Thoughts, ToT）是"}, absent: []string{"打个比方：思维树（"}},
		// 「自注意力机制」 is self-attention's mechanism: its own 「注意力机制」 is no second name.
		{question: "自注意力机制是怎么工作的？", want: []string{"自注意力"}, not: "注意力机制（Attention Mechanism）"},
		// A reader's question answers under its title, whose words its first sentence need not
		// repeat; a sentence that only points there by the title says none of them.
		{question: "我跟ai聊天说的话会被它们拿去学吗", want: []string{"取决于你用的是哪家"}, not: "一个简单的原则"},
		// A yes or a no is of what the question asks it of (看漏, 开关), not of a word it names
		// before: 「能够接收并利用很长输入」 says nothing of whether the middle is missed.
		{question: "模型对长输入中间部分的内容会不会看漏？", want: []string{"中间部分的信息利用得较差"}, not: "长上下文（Long Context）指"},
		{question: "qwen3的思考模式能开关吗", want: []string{"既能开启「思考模式」"}},
		// Whether a model runs on a home computer is answered by the passage that says what its
		// size needs, kept among the hits when its entry's passage makes room.
		{question: "DeepSeek-R1 能在普通电脑上运行吗？", want: []string{"多台多卡服务器"}},
		// Memory asked of a model the report gives no figure for: the note that it gives none,
		// then the model's sizes (see TestMemoryWithoutAFigureIsEstimated).
		{question: "本地跑个qwen要多大显存", want: []string{"报告里没有找到"}},
		// 起来 of 「用起来」 is a verb's ending, no word a sentence must share (「听起来危险」).
		{question: "那用起来数据会传出去吗", history: []string{"本地跑大模型要用啥软件"}, want: []string{"数据不出设备"}},
		// How much performance is lost (掉性能) is how much it falls (下降), not what it is.
		{question: "会掉多少性能", history: []string{"量化是啥意思"}, want: []string{"下降"}, not: "量化（Quantization）是把模型权重"},
		// 整笨 is what the report calls 变笨.
		{question: "量化是啥，4bit会不会把模型整笨了", want: []string{"压得太狠会「变笨」"}},
		{question: "量化以后模型会不会变傻", want: []string{"压得太狠会「变笨」"}},
		// Which of two to take is answered by the sentence that tells readers which, before
		// the two sides.
		{question: "base模型和instruct模型我该选哪个", want: []string{"普通使用者应选指令版"}},
		// A follow-up asks of the conversation's subject (公布 said as 公开), not of whatever
		// else shares its words: the EU's 「……在《欧盟官方公报》上公布」 opened this one. (The
		// entry on parameters, kept among the hits since it speaks of GPT-4, says it outright.)
		{question: "官方公布过吗", history: []string{"gpt4多少参数"}, want: []string{"没有公开 GPT-4 的规模"}, absent: []string{"欧盟"}},
		{question: "官方有没有公布过", history: []string{"gpt4有多少参数"}, want: []string{"不公开"}, not: "**闭源模型公开了什么**：OpenAI 说 GPT-4o"},
		// 「哪年出来的」 asks a date: 「读出来」 in a sentence on voice mode shares no word of it.
		{question: "哪年出来的啊", history: []string{"chatgpt是啥"}, want: []string{"2022 年 11 月 30 日"}, not: "在它之前"},
		// 「原因首先在……」 says a cause outright.
		{question: "deepseek的api为啥便宜成那样 一百万token才几块钱", want: []string{"原因首先在架构"}},
		// A sentence of another model's entry is about that model, not the one asked about.
		{question: "为啥o1回答前要想半天", want: []string{"o1"}, not: "DeepSeek-R1 是一个推理模型"},
		// How much memory, asked with 多大, is a number of GB.
		{question: "想在自己电脑上跑个7b模型 得要多大显存", want: []string{"约需 14"}},
		{question: "打算在自己电脑上跑7b的模型，要多大的显存", want: []string{"约需 14"}},
		{question: "为啥大模型回答要一个字一个字往外蹦", want: []string{"流式输出（Streaming）是指"}, not: "聊天应用里的回答"},
		// A clause cut from the limit of an analogy opens the answer, and the sentence after the
		// limit in the report does not go on from it.
		{question: "模型对长输入中间部分的内容会不会看漏？", want: []string{"中间部分的信息利用得较差"}, not: "长上下文（Long Context）指", notFirst: "对读者的意义在于"},
		{question: "聊天回答一个字一个字蹦出来，会让整段回答更快完成吗？", want: []string{"并不会让整段回答更快完成"}, notFirst: "对读者的意义在于"},
		// A later clause of a long sentence answers alone, without its number (「二是」), and the
		// sentence it is cut from is not shown beside it.
		{question: "rnn为啥后来不用了被transformer取代了", want: []string{"这是它取代循环神经网络的重要原因"}, not: "循环神经网络的第二个弱点", notFirst: "循环神经网络的第二个弱点"},
		{question: "为啥要不断更新题目", history: []string{"livecodebench 是啥"}, want: []string{"不断换新题"}, absent: []string{"二是不断换新题"}},
		{question: "Llama 的许可证对大公司有什么限制？", want: []string{"7 亿"}},
		// When the first language models came: the era's opening paragraph dates it (1948).
		{question: "最早的语言模型是啥时候有的", want: []string{"1948"}},
		// Why everyone talks about it (全网都在讨论, 刷屏) asks what it changed, as 为啥火 does.
		{question: "deepseek r1为啥一下子全网都在讨论", want: []string{"意义在于"}},
		{question: "为啥chatgpt出来后大家都在聊ai", want: []string{"它改变的是使用方式"}},
		// Asked why, the section whose 「常见问法」 asked it opens before a sentence elsewhere that
		// only says 为什么.
		{question: "大模型为啥这两年这么火", want: []string{"它改变的是使用方式"}},
		// What was heard (「听说」) is not what is asked: the cost is.
		{question: "听说gpt4.5贵得离谱 为啥这么贵", want: []string{"更贵"}},
		// A ranking doubted is answered with what a ranking can and cannot say.
		{question: "大模型排行榜排名第一的就一定最好用吗", want: []string{"刷分"}, absent: []string{"不收录模型的分数"}},
		// What a definition requires is answered by the sentence that sets out a list.
		{question: "开源 AI 定义（OSAID）要求公开哪些东西？", want: []string{"四项自由"}},
		// How to write a prompt well is the FAQ on asking well, not a definition.
		{question: "提示词到底该怎么写才好", want: []string{"把问题说清楚"}},
		// The first of a kind is named by the sentence that dates it.
		{question: "第一个聊天机器人是啥", want: []string{"1966 年的 ELIZA"}},
		// A year said with two digits is the year the report writes in full.
		{question: "17年那篇attention的论文讲了啥", want: []string{"Attention Is All You Need"}},
		// Which models use it is answered by the sentence that names them, before the definition.
		{question: "都有哪些模型在用", history: []string{"混合专家是什么"}, want: []string{"Mixtral"}},
		// What rules there are for AI (有啥规定, 法规) asks about AI regulation, not a product's age limit.
		{question: "国家对ai有啥规定", want: []string{"人工智能法"}},
		// A knowledge that stops at a date (知识只到), getting ever smarter (一直变聪明) and the
		// day it ends (到头的一天) are the knowledge cut-off, scaling laws and their bottleneck.
		{question: "ai为啥说自己的知识只到去年", want: []string{"训练数据"}, notFirst: "**它真的懂我"},
		{question: "ai会一直变聪明下去吗", want: []string{"缩放定律"}},
		{question: "模型总有到头的一天吧", want: []string{"瓶颈"}},
		// How to tell a fake asks for a measure: checking through another channel (the entry's
		// 「通过其他渠道核实」, the FAQ's 「换一个渠道核实」), not what the fake means to readers.
		{question: "深度伪造的视频咋识别", want: []string{"渠道核实"}},
		// Who it should be told for (「用物理老师听得懂的话讲」) is no part of what is asked: the
		// passage on models that do not understand instructions (「听得懂指令」) answers nothing.
		{question: "query key value到底在算啥，能不能用物理老师听得懂的话讲", want: []string{"查询"}, notShown: "听得懂指令"},
		{question: "注意力里的query key value在算啥 能不能用初中生听得懂的话讲讲", want: []string{"查询"}, notShown: "听得懂指令"},
		// A section's overview of itself answers no clause of a two-part question.
		{question: "ai说的话能全信吗 咋核实", notFirst: "本节介绍"},
		// The strongest for the reader's task, and two weighed by plain 好, ask which to use.
		{question: "写论文哪个模型最强", want: []string{"这份报告不推荐具体的产品或模型"}},
		{question: "写中文文章 kimi好还是deepseek好", want: []string{"这份报告不推荐具体的产品或模型"}},
		// A thing asked whether it is the everyday thing of its name is told what it is.
		{question: "模型蒸馏跟酿酒有关系不", want: []string{"教师模型"}},
		// Asked how to guard against a scam, the measure opens, not what the scammer can do with
		// it (「骗子可以用它冒充……」 says 可以用, no measure).
		{question: "骗子用ai模仿我妈的声音借钱 咋防", want: []string{"防范"}},
		// Work left to AI is the FAQ on jobs; homework left to it is not work.
		{question: "孩子作业都让ai做了咋办", absent: []string{"失业"}},
		// Asked what it is by its short name, the entry opens with its definition.
		{question: "大模型是个啥东西", want: []string{"参数规模很大"}},
		// Cached input, as price lists call it, is prompt caching.
		{question: "缓存的输入为啥便宜", want: []string{"提示缓存"}},
		// An opening that draws on the sentence before it (「这意味着……」) reads after that sentence.
		{question: "以后用大模型会越来越便宜吗", want: []string{"280 多倍"}},
		// Asked yes or no in the words of a section's 「常见问法」, that section opens.
		{question: "ai会不会教人配毒药", want: []string{"拒答"}},
		// What a thing means to readers is no answer to what it is or whether it is so; it
		// answers what it is good for.
		{question: "大模型其实就是在猜下一个字吗", notFirst: "读者理解下一个词元预测"},
		{question: "推理模型想的那些过程也算钱吗", want: []string{"推理模型在给出答案前生成的思考内容"}, notFirst: "对读者的意义"},
		{question: "端侧模型对普通人有啥用", want: []string{"对读者的意义在于隐私"}},
		// (Nor that it matters to readers: 「推理对读者很重要」「提示注入对读者越来越重要」.)
		{question: "推理跟训练比哪个更烧钱啊", notFirst: "推理对读者很重要"},
		{question: "提示词注入咋回事 会不会有人骗ai助手", notFirst: "对读者越来越重要"},
		// Whether it still works (还管用吗) is answered where it is said to still work (还在起作用).
		{question: "缩放定律如今还管用不", want: []string{"还在起作用"}},
		// Asked whether a claim is hype, the dispute about it opens.
		{question: "涌现能力这个说法是不是炒作", want: []string{"有争议"}},
		// Asked to be told plainly (讲通俗点, 说简单点), the analogy follows the definition, even
		// from another passage of the section; 「能讲通俗点不」 is a request, no yes-or-no part.
		{question: "词嵌入是啥意思 能讲通俗点不", want: []string{"打个比方：嵌入好比"}, notFirst: "而且每个维度"},
		// 「能不能说人话」「能用大白话讲讲吗」 are such requests too.
		{question: "embedding嵌入是啥意思，能不能说人话", want: []string{"打个比方：嵌入好比"}, notFirst: "而且每个维度"},
		{question: "量化是啥，能不能说人话", want: []string{"打个比方：量化像"}, notFirst: "LLM.int8"},
		// What a benchmark is, asked beside its score or another thing, is told by its key facts
		// as when asked alone: AIME's full name, not who sets it; what MMLU tests, asked so;
		// SimpleQA's full name, before the note that the report lists no scores.
		{question: "aime是啥考试，ai能考多少分", want: []string{"美国数学邀请赛"}},
		{question: "mmlu是考啥的，一共多少道题", want: []string{"考查能力"}}, // what it tests, asked so
		// A part of a benchmark asked by the name its key fact gives in brackets.
		{question: "codeforces rating是啥意思", want: []string{"等级分（Rating / Elo）"}},
		{question: "simpleqa是测啥的 o1多少分", want: []string{"简短事实问答"}, shown: "不收录模型的分数"},
		// A two-part question that asks what a FAQ's 「常见问法」 asks opens with that FAQ's answer:
		// who taught it is no benchmark's 「出自」.
		{question: "它懂这么多东西 是谁教的 网上学来的吗", want: []string{"海量文字上做预训练"}, absent: []string{"出自"}},
		// A sentence of another section that points back right after saying who reports it
		// (「Meta 的研究者在 2024 年报告，这样训练的模型……」) seconds no answer.
		{question: "为啥有的ai回得快有的回得慢 推理速度看啥", notFirst: "这样训练的模型"},
		{question: "注意力机制是啥 能说简单点吗", want: []string{"打个比方"}, notFirst: "2014 年"},
		// Asked why, a sentence that gives its reasons by number (「给出两个原因：」) says the cause.
		{question: "神经网络当年为啥冷了好些年", want: []string{"两个原因"}},
		// Where readers meet a thing (「读者会在两个地方遇到嵌入」) is no answer to what it is.
		{question: "嵌入向量是个啥？一串数字为啥能表示一个词", want: []string{"嵌入是把"}, notFirst: "读者会在两个地方遇到"},
		// A student's use of AI for study is the FAQ on using AI well, which says how.
		{question: "学生用ai学习 怎样用才算用对了", want: []string{"学习时也一样"}},
		// A score asked in points (多少分) is answered by a share: 「正确率约为 65%」.
		{question: "人类专家在上面能考多少分", history: []string{"gpqa是啥"}, want: []string{"65%"}, not: "报告里没有找到"},
		// Asked what is bad about it, the section written for the question opens (the outlook's
		// open problems), not another benchmark's limits or the largest model's training.
		{question: "大模型现在最大的局限有哪些", want: []string{"仍未解决的问题"}, absent: []string{"Llama 3.1"}},
		// Asked why it is better than what came before, its advantage answers (「能把大量计算并行
		// ……这让训练超大模型变得可行」), not its definition.
		{question: "它为什么比之前的好", history: []string{"transformer是啥"}, want: []string{"并行"}, notFirst: "Attention Is All You Need"},
		{question: "transformer为啥比以前的模型好", want: []string{"并行"}, notFirst: "状态空间"},
		// The cost of the model the conversation is about: the report gives DeepSeek-V3's, not
		// R1's, and says so before V3's figure; of V3 itself, the figure opens.
		{question: "训练它花了多少钱", history: []string{"r1是哪家出的"}, want: []string{"报告里没有找到 r1 的具体数字"}},
		{question: "训练它花了多少钱", history: []string{"deepseek v3 是啥"}, want: []string{"557.6 万美元"}, not: "报告里没有找到"},
		// Another entry's definition says what that entry does: 「参数高效微调……能大幅降低微调所需的
		// 显存」 is no yes to whether quantization lowers quality.
		{question: "量化以后会降低模型效果吗", notFirst: "参数高效微调"},
		{question: "chatgpt发布两个月就有一亿用户 这是真的吗", want: []string{"1 亿"}},
		// The AI winter is the report's 「寒冬」 of neural networks.
		{question: "ai寒冬到底是咋回事", want: []string{"寒冬"}},
		// A value to set for a task (「写代码的时候设多少」) after the temperature is the
		// temperature's: the report gives no number, and says which way to turn it.
		{question: "写代码的时候设多少合适", history: []string{"温度参数是啥"}, want: []string{"调低温度"}},
		{question: "写代码的时候温度设多少合适", want: []string{"调低温度"}, absent: []string{"代码生成的具体数字"}},
		// Who made it is said of 「这一模型」, the thing the sentence before named.
		{question: "最早的神经网络是谁搞出来的", want: []string{"罗森布拉特"}},
		// How a model sees which words relate is attention, said in the reader's words.
		{question: "大模型怎么看出一句话里词和词之间的关系", want: []string{"注意力机制是"}},
		{question: "ai咋知道一句话里哪些词是相关的", want: []string{"注意力机制是"}},
		// What a thing is good for may be what it spares (「不必把前文重新算一遍」), before another
		// model's gain from shrinking it.
		{question: "键值缓存到底有啥好处", want: []string{"不必把前文重新算一遍"}, notFirst: "DeepSeek-V2"},
		// The model it was made from is said 「由……微调而来」.
		{question: "它底层用的是什么模型", history: []string{"chatgpt是啥时候发布的"}, want: []string{"GPT-3.5"}},
		// 「chatbot」 said as a word of 「Chatbot Arena」 is no chatbot; the arena's score (竞技场的分)
		// is Chatbot Arena's, not Gray Swan's jailbreak arena's, which keeps its own name.
		{question: "chatbot arena的分是怎么打的", want: []string{"Chatbot Arena"}, notFirst: "聊天机器人（Chatbot）是"},
		{question: "竞技场的分是怎么打的", want: []string{"Chatbot Arena"}},
		{question: "gray swan竞技场是啥", want: []string{"Gray Swan 越狱竞技场是"}},
		// What to watch out for in everyday use is the FAQ on using AI well; where a model is
		// strong (厉害的地方) is answered, not declined.
		{question: "用ai的时候有啥要注意的地方", want: []string{"用好 AI 的第一条是核对"}},
		{question: "deepseek厉害的地方在哪", not: "这份报告没有涉及"},
		// How it became popular (咋火起来的) asks why it did: what it changed.
		{question: "chatgpt是怎么火起来的", want: []string{"改变的是使用方式"}},
		// The milestone of the year asked about opens, not another year's nor another section's
		// definition.
		{question: "2017年那篇很出名的论文是啥", want: []string{"Attention Is All You Need"}, notFirst: "混合精度"},
		{question: "2017年那篇论文是啥", want: []string{"Attention Is All You Need"}, notFirst: "混合精度"},
		{question: "2017年大模型领域有啥大事", want: []string{"Transformer"}, notFirst: "本节只保留"},
		// Using a trained model costs money too: that is inference, run again for every user.
		{question: "平时用ai也很费钱吗", want: []string{"推理（Inference）"}},
		{question: "我是家长 孩子问我ai是不是真的理解了意思 我该咋回答", want: []string{"懂不懂"}, notFirst: "世界模型"},
		{question: "2017年ai领域出了啥大事", want: []string{"Transformer"}, notFirst: "GPT-2"},
		// Where data comes from is said 「来自」, not 「筛选」: rejection sampling's 「数据筛选做法」
		// tells how data is picked from a model's own answers.
		{question: "大模型训练的数据都是从哪来的，会不会用了我发的朋友圈", want: []string{"主要来自公开网页"}, notFirst: "拒绝采样"},
		// 「从哪弄来的」 asks where from as 「从哪来的」 does; 弄来 is no word a sentence shares.
		{question: "ai训练的数据是从哪弄来的 网上的帖子全扒下来了吗", want: []string{"主要来自公开网页"}},
		// The word for what kind of thing the subject is (这个设置) is no word a sentence must
		// share: the hyperparameters' 「由人设定……的设置」 is not what temperature is.
		{question: "聊天软件里温度这个设置是干啥的 设高了会咋样", want: []string{"控制采样随机程度"}},
		// A name followed by a bare 里 and another name says where the other is: 「api里温度」
		// asks about temperature, not about APIs.
		{question: "api里温度是拿来干啥的", want: []string{"控制采样随机程度"}, absent: []string{"应用程序接口"}},
		// How LiveCodeBench differs from HumanEval is its design, which says so.
		{question: "livecodebench和humaneval差在哪", want: []string{"按日期取题"}},
		// A size heard of twice over (几千亿几千亿的) asks no count either.
		{question: "总听人说参数几千亿几千亿的 参数到底是个啥", want: []string{"参数是神经网络内部"}},
		// 好在哪 asks what is good about it, not when it came out.
		{question: "gpt4o好在哪", absent: []string{"发布方", "发布时间"}},
		// What is good about one thing measured against another is said of the first.
		{question: "dpo跟rlhf比有啥好处", want: []string{"直接偏好优化"}, not: "**基于人类反馈"},
		// How long context is done opens with how, not with what it is.
		{question: "长上下文是咋实现的", want: []string{"先短后长"}},
		// Who makes Kimi is its maker, not how long context is trained (「长文本」 of the question
		// is the thesaurus's long context, which that sentence once said in these words).
		{question: "kimi是哪家的 主打长文本？", want: []string{"月之暗面"}},
		// An analogy's limit (「这个比喻的局限在于……」) gives no cause for saying 在于: set 26's
		// ac045 opened with the API's takeaway-window analogy.
		{question: "为啥api按token收费 推理成本主要花在哪", not: "打个比方", notFirst: "这个比喻的局限"},
		// Who made ELIZA: the history chapter names him.
		{question: "eliza是谁做的", want: []string{"Weizenbaum"}},
		// How one kind of a thing works is not what the whole family is, though its
		// definition lists the kind: pruning, not model compression.
		{question: "剪枝是咋让模型变小的", want: []string{"剪枝（Pruning）"}, notFirst: "模型压缩（Model Compression）是"},
		// The everyday saying is met in the reader's words.
		{question: "大模型说白了是不是就在猜下一个字", want: []string{"猜下一个字", "下一个词元"}},
		// Whether models keep growing is answered by the outlook's summing-up, said in the
		// reader's words (越做越大), not by the first of its bottlenecks.
		{question: "大模型还会越做越大吗", want: []string{"扩大预训练仍然有用"}},
		{question: "模型还会越做越大吗 还是到头了", want: []string{"扩大预训练仍然有用"}, notFirst: "数据是缩放面临的第一个瓶颈"},
		// Cards counted in words (成千上万张) answer how many cards, before what pre-training is.
		{question: "训练大模型一般得用多少张显卡呀", want: []string{"成千上万张显卡"}, notFirst: "预训练（Pre-training）是"},
		// The reader's own use of AI for a thing another FAQ answers by name (arithmetic) opens
		// with that FAQ, not the one on using AI well.
		{question: "用ai算数靠谱吗", want: []string{"算术都会算错"}, notFirst: "用好 AI 的第一条"},
		// Doing accounts (算账) is arithmetic; when that FAQ's 常见问法 is asked and its passage
		// found first, the reader's use is not the FAQ on using AI well.
		{question: "拿ai算账能行吗", want: []string{"算术"}, notFirst: "用好 AI 的第一条"},
		// A word's own history names the subject only in quotation marks: deepfake's 「这个词由
		// 「深度学习」和「伪造」……合成，2017 年前后……」 is no date of deep learning.
		{question: "深度学习从什么时候开始流行", want: []string{"深度学习"}, absent: []string{"换脸视频"}},
		// How to guard against a thing is its entry's remedy, though that shares no word with the
		// question, before the sentences that only name the thing.
		{question: "深度伪造换脸咋防范", want: []string{"渠道核实"}},
		// A benchmark called by the kind of thing it is (「这个基准测试」) is what is asked about:
		// not what a benchmark is.
		{question: "mmlu这个基准测试考的啥", want: []string{"考查能力"}, absent: []string{"一套公开、固定的题目"}},
		{question: "humaneval这个benchmark是干嘛的", absent: []string{"一套公开、固定的题目"}},
		// How to have it make things up less opens with the measures, not with what 瞎编 is.
		{question: "咋样才能让ai少瞎编", want: []string{"减少幻觉"}},
		// A number others told (「视频里老说……多少分」) is how the reader came to ask; what is asked
		// is the clause after it, which names the benchmark. (Not when the rest names nothing:
		// 「真的吗」 asks whether the number told is true.)
		{question: "新闻一直说swe-bench多少分 这个swe-bench是测啥的", want: []string{"考查能力"}, absent: []string{"评分方式"}},
		{question: "新闻说deepseek训练花了多少钱 真的吗", want: []string{"训练成本"}}, // guard
		// AI on a phone with no network (不联网能用ai) is an on-device model, not the reader's use
		// of AI that the FAQ on using it well answers.
		{question: "手机不联网能用ai不 山里信号不好", want: []string{"装在手机里"}, absent: []string{"双重核查"}},
		// 冷启动, the name of the pipeline's step, names the entry on cold-start data.
		{question: "听说r1训练有个冷启动 啥意思", want: []string{"一小批高质量示范数据"}},
		// Rules a country makes are regulation's, not the jobs FAQ's 「不同国家」.
		{question: "以后对ai会不会管得越来越严 国家有没有出啥规定", want: []string{"AI 监管"}, absent: []string{"失业"}},
		// The reader's own confusion (俺都分不清) is no word an answer shares.
		{question: "文心一言 豆包 deepseek这几个到底有啥不一样 俺都分不清", absent: []string{"分不清"}}, // set 37's an081
		// Asked why, a sentence of the subject's own section that says the question's words
		// answers it, though it opens 「这种设计」.
		{question: "为啥这样能便宜", history: []string{"混合专家是什么"}, want: []string{"计算量和价格保持在较低水平"}},
		// Telling real from fake (分辨真假, read as 核对) asks for the measure: the sentence that
		// says to check it another way (核实), not what a deepfake is.
		{question: "有人用ai合成的声音冒充我儿子 咋分辨真假", want: []string{"核实"}, not: "深度伪造（Deepfake）是"},
		// Who makes it, with how it is related to another asked in a clause of its own: the
		// other's sections (QuantBench's 「出自：OpenAI 整理」) say nothing of who makes it.
		{question: "claude是哪家公司做的？跟openai有啥关系", want: []string{"Anthropic"}, absent: []string{"QuantBench"}},
		{question: "gemini是哪家公司的？和openai有什么关系", want: []string{"Google"}, absent: []string{"QuantBench"}},
		// What only says where the subject is, with a word for what it is and a quotation mark
		// between (「Transformer结构中的“注意力机制”」), opens with the subject's definition,
		// not the Transformer's.
		{question: "请问Transformer结构中的“注意力机制”，其基本原理为何？", want: []string{"注意力机制是"}, absent: []string{"Transformer 是"}}, // set 40's aq091
		// When the field itself began is told by its entry (the name's 1955), not by AGI's.
		{question: "人工智能最早是什么时候有的", want: []string{"1955"}, absent: []string{"通用人工智能"}},
		// How to know whether its answer is right (知道对不对) is checking it: 核对.
		{question: "它说的我咋知道对不对", want: []string{"待核实"}},
		// A what that names nothing the rest of the question names is told what the section
		// written for it defines.
		{question: "啥叫蒸馏 新闻说deepseek蒸馏了openai的模型 这算抄袭吗", want: []string{"知识蒸馏是"}}, // set 38's ao048
		// How to tell it what to write (咋让它别这么写, 怎么让它写短一些) is how to ask it: the
		// FAQ on prompting, whatever the task.
		{question: "让ai写朋友圈文案 它老用一堆感叹号 咋让它别这么写", want: []string{"写清楚具体要求"}},
		{question: "ai写的周报太啰嗦了 怎么让它写短一些", want: []string{"写清楚具体要求"}},
		// Asked why, a thing's limit says why only when it says what was asked: ARC-AGI's limit
		// (public tasks may leak into training data, 「因此……」) is no reason it is hard.
		{question: "arc-agi为啥那么难 ai老做不好", not: "ARC-AGI 的局限是"},
		// An opening whose subject acts 因此 reads after the sentence that says why.
		{question: "deepseekr1是咋练出会推理的 真是纯靠强化学习？", want: []string{"R1-Zero 的问题"}, not: "DeepSeek-R1 因此"}, // set 10's k030
		// Free against paid, in the reader's words (要钱的), is the FAQ on pricing.
		{question: "免费的ai和要钱的有啥不一样", want: []string{"免费版有次数或功能限制"}}, // set 38's ao065
		// Which country a maker is from is the sentence that names the country, not the field
		// that names the maker.
		{question: "mistral到底哪国的", want: []string{"法国"}},
		// What a thing is called (「AlexNet 是后来通行的叫法」) is no answer to what it is.
		{question: "alexnet是干嘛的 它为啥那么重要", notFirst: "论文本身没有给它起名"},
		// A model's own entry answers of it, not another model's that names it in passing.
		{question: "claude 3.7 sonnet到底有没有思考模式", want: []string{"3.7 Sonnet"}, notFirst: "它不是推理模型，没有单独的思考模式"},
		// The gap between open and closed models, asked of 开源 as readers say it, is the gap
		// the outlook measures for open-weights models, which it says readers call open source.
		{question: "开源的跟闭源的差距大吗", want: []string{"差距正在缩小"}},
		// A sentence that points to a figure and to the sections after it (「……见图，本节和后面三节
		// 依次讲解」) answers nothing.
		{question: "预训练完的模型为啥没法直接聊天", absent: []string{"依次讲解"}},
	}
	for _, tt := range tests {
		req := Request{Question: tt.question}
		for _, h := range tt.history {
			req.History = append(req.History, Turn{Role: "user", Content: h})
		}
		answer := answerOf(t, tu, req)
		opening := answer
		if r := []rune(answer); len(r) > 160 {
			opening = string(r[:160])
		}
		// Links count by their target: the reader clicks them.
		for _, w := range tt.want {
			if !strings.Contains(opening, w) {
				t.Errorf("%s: the opening lacks %q:\n%s", tt.question, w, opening)
			}
		}
		for _, a := range tt.absent {
			if strings.Contains(opening, a) {
				t.Errorf("%s: the opening has %q:\n%s", tt.question, a, opening)
			}
		}
		if tt.not != "" && strings.HasPrefix(answer, tt.not) {
			t.Errorf("%s: the answer opens with %q", tt.question, tt.not)
		}
		if first, _, _ := strings.Cut(answer, "\n\n"); tt.notFirst != "" && strings.Contains(first, tt.notFirst) {
			t.Errorf("%s: the direct answer has %q:\n%s", tt.question, tt.notFirst, first)
		}
		if shown, _, _ := strings.Cut(answer, MoreHeading); tt.notShown != "" && strings.Contains(shown, tt.notShown) {
			t.Errorf("%s: the answer above 更多原文 has %q:\n%s", tt.question, tt.notShown, shown)
		}
		if shown, _, _ := strings.Cut(answer, MoreHeading); tt.shown != "" && !strings.Contains(shown, tt.shown) {
			t.Errorf("%s: the answer above 更多原文 lacks %q:\n%s", tt.question, tt.shown, shown)
		}
	}
}

func TestGenerativeCitationsQuoteTheClosestSentence(t *testing.T) {
	ps := []Passage{
		{N: 1, Anchor: "bench-gpqa-diamond", Title: "GPQA Diamond", URL: "/report/benchmarks#bench-gpqa-diamond",
			Text: "GPQA Diamond 是研究生水平的科学问答基准。完整 GPQA 共 448 题，Diamond 是其中质量最高的 198 题。"},
		{N: 2, Anchor: "term-moe", Title: "混合专家", URL: "/report/concepts-core#term-moe",
			Text: "混合专家每次只让少数几个专家参与计算。这种设计让计算量保持在较低水平。"},
	}
	cs := checkCitations("GPQA Diamond 有 198 道题 [1]。混合专家的计算量较低 [2]。", ps)
	want := map[int]string{1: "完整 GPQA 共 448 题，Diamond 是其中质量最高的 198 题。", 2: "这种设计让计算量保持在较低水平。"}
	if len(cs) != 2 {
		t.Fatalf("citations %+v, want two", cs)
	}
	for _, c := range cs {
		if c.Quote != want[c.N] {
			t.Errorf("citation [%d] quotes %q, want %q", c.N, c.Quote, want[c.N])
		}
	}
}

// Two callers that append different terms to one cached sentence's terms keep their own:
// neither writes into the other's.
func TestTokenCacheSlicesDoNotShareAppends(t *testing.T) {
	for _, s := range []string{"模型", "混合专家模型", "GPT-4o 与 o1"} {
		c := tokenCache{}
		a := append(c.of(s), "甲")
		b := append(c.of(s), "乙")
		if a[len(a)-1] != "甲" || b[len(b)-1] != "乙" {
			t.Errorf("%q: the terms appended are %q and %q, want 甲 and 乙", s, a[len(a)-1], b[len(b)-1])
		}
	}
}

func TestDefinesSubject(t *testing.T) {
	tests := []struct {
		title, sentence string
		want            bool
	}{
		{"混合专家（Mixture of Experts, MoE）", "混合专家是一种把模型拆成许多专家的设计。", true},
		// The English name in brackets between the name and its verb: normalised, 「）」 is
		// 「)」, one byte, not three.
		{"幻觉（Hallucination）", "幻觉（Hallucination）指模型生成了看起来可信却错误的内容。", true},
		{"能力与行为 › 幻觉（Hallucination）", "幻觉（Hallucination）是指模型自信地说错。", true},
		{"幻觉（Hallucination）", "幻觉（Hallucination）的根源在于训练目标。", false},
		{"GPQA Diamond", "GPQA Diamond 的局限首先是题量小。", false},
		// An entry on two models defines each, after its maker's name or after the other's clause.
		{"OpenAI o3 与 o4-mini", "OpenAI o3 是 o1 之后的旗舰推理模型，o4-mini 则是同时推出的小型推理模型。", true},
		// What a thing is to the reader is why it matters, not what it is.
		{"基准测试（Benchmark）", "基准测试是读者在模型发布新闻中最常看到的数字来源。", false},
	}
	for _, tt := range tests {
		if got := definesSubject(retriever.Normalize(tt.sentence), normalizedNames(tt.title)); got != tt.want {
			t.Errorf("definesSubject(%q) under %q = %v, want %v", tt.sentence, tt.title, got, tt.want)
		}
	}
}

// TestKindSurvivesTheThesaurus: the words that say what kind of question it is are read from
// the reader's own text when the thesaurus took them into a phrase (「会不会骗人」 reads
// 「会不谋划」).
func TestKindSurvivesTheThesaurus(t *testing.T) {
	tu := newTutor(t, nil)
	for _, c := range []struct {
		question string
		want     kind
	}{
		{"大模型会不会骗人", kindYesNo},
		{"ai会不会骗人", kindYesNo},
	} {
		found, err := tu.Retrieve(context.Background(), Request{Question: c.question})
		if err != nil {
			t.Fatal(err)
		}
		if got := tu.readQuestion(c.question, found).kind; got != c.want {
			t.Errorf("%s: kind %v, want %v", c.question, got, c.want)
		}
	}
}

func TestIsAnalogy(t *testing.T) {
	tests := []struct {
		sentence string
		want     bool
	}{
		{"混合专家好比一家大医院。", true},
		{"束搜索像下棋时同时考虑几种最有希望的走法。", true},
		{"普通循环神经网络则像只有一张便利贴，写满了就乱。", true},
		{"连续批处理像公交车，每到一站都有人上下车。", true},
		// 好比 and 像 that compare nothing
		{"Meta 收集了超过 100 万条人类偏好比较数据。", false},
		{"模型可以接收图像和音频。", false},
		{"在线镜像下降是一种优化方法。", false},
		// 「例如同音多义」「比如同时理解」 hold 如同 across two words; 「像 o1 那样」 is what a model did.
		{"250 条请求分成十类，例如同音多义、比喻说法。", false},
		{"多模态指模型能处理不止一种类型的信息，比如同时理解文字和图片。", false},
		// 像……一样 followed by what is done says how it is done.
		{"把图片切成小片转换成向量，让 Transformer 像读文字一样读它们。", false},
		{"它能像人一样使用为人设计的普通软件。", false},
		{"文本进入模型就像水流过管道一样。", true},
		{"二是像 o1 那样用强化学习训练推理。", false},
		{"词元如同一块块积木。", true},
		{"o3 的另一项新能力是「用图像思考」：它们把图像放进思维链里推理。", false}, // 图像, not 像
		{"第二章「基本原理」用比喻解释一个大语言模型怎样读入文字。", false},      // says how it explains
		{"两者的差别可以这样比喻：一个翻书，一个查目录。", true},
		{"冷启动让模型有一个像样的起点。", false},
		{"一个对 21 道、一个对 18 道，看上去像退步了。", false},
		{"它生成的是读起来最像答案的文字。", false},
		{"像 AIME 这样只有 30 道题的考卷，运气成分很大。", false},
		{"它更像一次补充观察，不宜当作排名依据。", false},
		// A comparison denied states a difference.
		{"而且必须一个词一个词地处理，无法像 Transformer 那样同时计算整段文字。", false},
		{"它不像人那样会累，却像一台复读机一样重复。", true},
	}
	for _, tt := range tests {
		if got := isAnalogy(tt.sentence); got != tt.want {
			t.Errorf("isAnalogy(%q) = %v, want %v", tt.sentence, got, tt.want)
		}
	}
}

// A question for a recommendation that asks for the difference too gets the note that the
// report recommends none, then the two sides set out.
func TestRecommendationAskingTheDifferenceSetsOutBothSides(t *testing.T) {
	tu := newTutor(t, nil)
	for _, q := range []string{"o3-mini 跟 o1 比哪个好，有啥区别", "欧三迷你跟欧一比哪个好有啥区别"} {
		answer := answerOf(t, tu, Request{Question: q})
		if !strings.HasPrefix(answer, "这份报告不推荐具体的产品或模型") {
			t.Errorf("%s: the answer does not open with the note that the report recommends none:\n%s", q, answer)
		}
		shown, _, _ := strings.Cut(answer, MoreHeading)
		for _, w := range []string{"区别在于", "**OpenAI o3-mini**", "**OpenAI o1**"} {
			if !strings.Contains(shown, w) {
				t.Errorf("%s: the answer above 「更多原文」 lacks %q:\n%s", q, w, shown)
			}
		}
	}
}

func TestIsPointer(t *testing.T) {
	tests := []struct {
		sentence string
		want     bool
	}{
		{"参见上下文窗口与长上下文。", true},
		{"中文版见 C-SimpleQA。", true},
		// Pointers one after another point too.
		{"它的多语言扩展见 HumanEval-Mul，更贴近真实开发的基准见 SWE-bench Verified。", true},
		// A clause that says something is no pointer, though another clause is one.
		{"HumanEval 只有 164 道题，多语言扩展见 HumanEval-Mul。", false},
		{"常见问题见下一节的讨论，这一节先讲它如何计算以及为什么 pass@1 通常低于 cons@64。", false},
	}
	for _, tt := range tests {
		if got := isPointer(retriever.Normalize(tt.sentence)); got != tt.want {
			t.Errorf("isPointer(%q) = %v, want %v", tt.sentence, got, tt.want)
		}
	}
}

// How to tell someone else (「我该咋回答」「咋跟他解释」) is no part of what a question asks, when
// something else is left.
func TestWithoutTellHow(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"学生问我ai是不是真的懂 我该咋回答", "学生问我ai是不是真的懂"},
		{"孩子问我大模型怎么学会说话的，我该怎么跟他说？", "孩子问我大模型怎么学会说话的"},
		{"rlhf怎么回答", "rlhf怎么回答"}, // no clause before: the how is the question
		{"怎么跟孩子解释", "怎么跟孩子解释"},   // nothing left
	} {
		if got := withoutTellHow(tt.in); got != tt.want {
			t.Errorf("withoutTellHow(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// A chapter's account of itself, or of how its entries are written, answers nothing in
// particular.
func TestIsOverview(t *testing.T) {
	for _, tt := range []struct {
		sentence string
		want     bool
	}{
		{"本章按时间顺序讲述语言模型的发展。", true},
		{"每个条目的写法相同：第一段用一句话给出定义，第二段用一个比方。", true},
		{"条目之间可以跳读。", true},
		{"条目里的数字都来自官方材料。", false},
		// What a table or a period's section keeps is said of the report, not of the field.
		{"下表按时间列出本章讲到的主要里程碑。", true},
		{"这一时期的新模型很多，本节只保留对普通读者有实际影响的里程碑。", true},
		{"下表里的分数来自官方报告。", false},
		{"注意力机制是让模型在处理某个位置时按相关程度分配权重的方法。", false},
	} {
		if got := isOverview(retriever.Normalize(tt.sentence)); got != tt.want {
			t.Errorf("isOverview(%q) = %v, want %v", tt.sentence, got, tt.want)
		}
	}
}

func TestBroughtBy(t *testing.T) {
	tests := []struct {
		before, after string
		want          bool
	}{
		{"……等人发表《Attention Is All You Need》，提出 Transformer 架构。", "Transformer 完全去掉了循环结构。", true},
		{"2024 年 5 月，OpenAI 发布 GPT-4o。", "GPT-4o 名字里的「o」代表 omni。", true},
		// Not a name the sentence before only mentions, nor one it does not end on.
		{"Transformer 取代了循环神经网络，提出者是 Google。", "Transformer 完全去掉了循环结构。", false},
		{"OpenAI 发布 GPT-4o。", "o1 是推理模型。", false},
	}
	for _, tt := range tests {
		if got := broughtBy(retriever.Normalize(tt.before), retriever.Normalize(tt.after)); got != tt.want {
			t.Errorf("broughtBy(%q, %q) = %v, want %v", tt.before, tt.after, got, tt.want)
		}
	}
}

// The limit of an analogy of a section the question does not ask about supports no answer,
// nor does the analogy shown before it: 「大模型发展史能简单捋一下吗」 shares only 简单 with
// MLA's 「不能简单套到现成模型上」.
func TestUnrelatedAnalogyLimitSupportsNothing(t *testing.T) {
	tu := newTutor(t, nil)
	for _, q := range []string{"大模型发展史能简单捋一下吗", "大模型发展史能简单说说吗？"} {
		shown, _, _ := strings.Cut(answerOf(t, tu, Request{Question: q}), MoreHeading)
		if strings.Contains(shown, "速记") {
			t.Errorf("%s: the answer quotes MLA's analogy:\n%s", q, shown)
		}
	}
}

// In a section of labelled items (长上下文技术: 位置插值, 只看一部分, …), an answer about one
// item is not likened by another item's analogy: position interpolation is not 「读长篇小说时
// 只细看最近几页」.
func TestAnalogyOfAnotherItemSupportsNothing(t *testing.T) {
	tu := newTutor(t, nil)
	for _, q := range []string{"位置插值和YaRN是解决啥问题的", "位置插值是干嘛的"} {
		shown, _, _ := strings.Cut(answerOf(t, tu, Request{Question: q}), MoreHeading)
		if !strings.Contains(shown, "位置插值") || strings.Contains(shown, "读长篇小说") {
			t.Errorf("%s: want position interpolation without the analogy of sparse attention:\n%s", q, shown)
		}
	}
}

// The limit of an analogy never reads before its analogy, even when it opens the answer: 「这个
// 比方的局限在于，页码只是一个整数」 of what, otherwise?
func TestLimitOfAnAnalogyFollowsTheAnalogy(t *testing.T) {
	tu := newTutor(t, nil)
	for _, q := range []string{"位置编码有啥缺点", "层归一化有啥缺点", "参数越多越好吗", "rlhf有啥缺点"} {
		answer := answerOf(t, tu, Request{Question: q})
		shown, _, _ := strings.Cut(answer, MoreHeading)
		for _, lead := range []string{"这个比方的局限", "这个比喻的局限", "类比的局限"} {
			if i := strings.Index(shown, lead); i >= 0 && !strings.Contains(shown[:i], "打个比方") {
				t.Errorf("%s: %q before any analogy:\n%s", q, lead, shown)
			}
		}
	}
}

// A supporting excerpt says something: a bare pointer (「参见……」) or a section's overview of
// itself (「本节解释……几个说法」) supports nothing but a question on the section.
func TestSupportsSaySomething(t *testing.T) {
	tu := newTutor(t, nil)
	for _, c := range []struct{ question, not string }{
		{"上下文窗口是啥 为啥聊久了前面说的它就忘了", "参见上下文窗口与长上下文"},
		{"ai会不会被坏人拿去搞生化武器", "本节解释"},
	} {
		answer := answerOf(t, tu, Request{Question: c.question})
		shown, _, _ := strings.Cut(answer, MoreHeading)
		if strings.Contains(shown, c.not) {
			t.Errorf("%s: %q stands above 「更多原文」:\n%s", c.question, c.not, shown)
		}
	}
}

func TestWithoutPointers(t *testing.T) {
	tests := []struct{ in, want string }{
		{"对话可能被保存，见我的聊天记录会被拿去训练吗；可能有人工审核员阅读。", "对话可能被保存，可能有人工审核员阅读。"},
		{"往往更准，参见思维链。", "往往更准，"},
		{"详见 GGUF 与本地推理工具。", ""},
		// 「常见」「可见」 say something of their own.
		{"常见的算法有 BPE，可见切法各家不同。", "常见的算法有 BPE，可见切法各家不同。"},
		{"没有句读的一句话", "没有句读的一句话"},
	}
	for _, tt := range tests {
		if got := withoutPointers(tt.in); got != tt.want {
			t.Errorf("withoutPointers(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestPolarAsked(t *testing.T) {
	tests := []struct{ question, want string }{
		{"模型对长输入中间部分的内容会不会看漏？", "看漏"},
		{"qwen3的思考模式能开关吗", "开关"},
		{"rag能彻底解决幻觉吗", "彻底解决幻觉"},
		{"量化以后，压得太狠会变笨吗？", "变笨"},
		{"gpt4.5是推理模型吗", ""}, // no modal: every predicate term counts
		{"r1为啥这么火", ""},
	}
	for _, tt := range tests {
		if got := polarAsked(retriever.Normalize(tt.question)); got != tt.want {
			t.Errorf("polarAsked(%q) = %q, want %q", tt.question, got, tt.want)
		}
	}
}

// TestMemoryWithoutAFigureIsEstimated: memory asked of a model the report gives no figure for is
// answered with the note that it gives none and, in a paragraph of its own right after the
// model's sentence, the report's way to estimate it from the parameters.
func TestMemoryWithoutAFigureIsEstimated(t *testing.T) {
	tu := newTutor(t, nil)
	for _, q := range []string{"本地跑个qwen要多大显存", "跑个llama3要多大显存"} {
		answer := answerOf(t, tu, Request{Question: q})
		paras := strings.Split(answer, "\n\n")
		if len(paras) < 3 || !strings.HasPrefix(paras[0], "报告里没有找到") {
			t.Fatalf("%s: want the note, the model's sentence and the estimate, got:\n%s", q, answer)
		}
		if !regexp.MustCompile(`参数.*约需 ?14 ?GB`).MatchString(paras[2]) {
			t.Errorf("%s: the third paragraph is no estimate from parameters:\n%s", q, paras[2])
		}
	}
}

// A demonstrative before a word for a fault or a state points back at what the question
// names: the word is no content a sentence should share.
func TestFramingDropsADemonstrativeFault(t *testing.T) {
	for _, q := range []string{"幻觉这毛病咋解决", "谄媚这个问题能治吗", "越狱那种情况怎么防"} {
		if got := framing.ReplaceAllString(q, " "); strings.ContainsAny(got, "毛问情") {
			t.Errorf("framing of %q left %q", q, got)
		}
	}
}

// A directional ending (扒下来) is no word a sentence shares: 「保留下来的中间结果」 of
// checkpoints answers nothing of where training data comes from.
func TestFramingDropsDirectionalEndings(t *testing.T) {
	for _, q := range []string{"网上的东西都扒下来了吗", "聊天记录会被存下去吗", "数据是传上去的吗", "模型是怎么学过来的"} {
		if got := framing.ReplaceAllString(q, " "); strings.Contains(got, "下来") || strings.Contains(got, "下去") || strings.Contains(got, "上去") || strings.Contains(got, "过来") {
			t.Errorf("framing of %q left %q", q, got)
		}
	}
}

// A sentence on what a thing means to readers opens with it: where readers meet the thing, said
// later in a sentence on something else, is part of that sentence.
func TestToReaderMeaning(t *testing.T) {
	for _, c := range []struct {
		sentence string
		want     bool
	}{
		{"读者会在两个地方遇到嵌入：一是大模型内部", true},
		{"读者在新闻里看到「某公司采购数万块 GPU」", true},
		{"读者理解下一个词元预测，就能理解大模型的许多特点", true},
		{"幻觉是读者使用聊天助手时最需要警惕的问题", true},
		{"智能体是近两年产品和新闻的热门词，读者会在编程助手中遇到它", false},
		{"嵌入是把词元转换成一串数字的表示方法", false},
	} {
		if got := toReaderMeaning.MatchString(c.sentence); got != c.want {
			t.Errorf("toReaderMeaning(%q) = %v, want %v", c.sentence, got, c.want)
		}
	}
}
