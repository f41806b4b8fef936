package retriever

import (
	"context"
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"testing/fstest"
	"unicode/utf8"

	"llmtutor/corpus"
)

// The index of the embedded report is built once and shared: building is the slow part.
var (
	sharedIx struct {
		once   sync.Once
		report *corpus.Report
		index  *Index
		err    error
	}
)

func sharedIndex(tb testing.TB) (*corpus.Report, *Index) {
	tb.Helper()
	sharedIx.once.Do(func() {
		sharedIx.report, sharedIx.err = corpus.Embedded()
		if sharedIx.err != nil {
			return
		}
		sharedIx.index, sharedIx.err = Build(context.Background(), sharedIx.report, Options{})
	})
	if sharedIx.err != nil {
		tb.Fatalf("building the index of the embedded report: %v", sharedIx.err)
	}
	return sharedIx.report, sharedIx.index
}

func mustSearch(t *testing.T, ix *Index, q Query) Result {
	t.Helper()
	res, err := ix.Search(context.Background(), q, 5)
	if err != nil {
		t.Fatalf("Search(%+v): %v", q, err)
	}
	return res
}

func topAnchors(res Result, n int) []string {
	var out []string
	for i, h := range res.Hits {
		if i >= n {
			break
		}
		out = append(out, h.Anchor)
	}
	return out
}

func TestSearchFindsTheSection(t *testing.T) {
	_, ix := sharedIndex(t)
	exact := func(anchor string) func(string) bool { return func(a string) bool { return a == anchor } }
	cases := []struct {
		question string
		want     string // described, for messages
		match    func(anchor string) bool
	}{
		{"GPQA Diamond 是什么？", "bench-gpqa-diamond", exact("bench-gpqa-diamond")},
		{"什么是混合专家？", "term-moe", exact("term-moe")},
		{"KV cache 有什么用", "term-kv-cache or a kv-cache section", func(a string) bool { return strings.Contains(a, "kv-cache") }},
		{"hallucination 怎么避免", "term-hallucination", exact("term-hallucination")},
		{"ＧＰＱＡ　Ｄｉａｍｏｎｄ 是什么？", "bench-gpqa-diamond (full-width letters)", exact("bench-gpqa-diamond")},
		// A year that dates one milestone names it, asked of the field.
		{"2017年ai领域出了啥大事", "history-transformer", exact("history-transformer")},
		// Asked again in other words (换种问法), the answer changes with the wording: ChatGPT's
		// sensitivity to it.
		{"为啥换种问法 ai的回答就不一样了", "history-chatgpt", exact("history-chatgpt")},
	}
	for _, c := range cases {
		t.Run(c.question, func(t *testing.T) {
			res := mustSearch(t, ix, Query{Text: c.question})
			top := topAnchors(res, 3)
			if !slices.ContainsFunc(top, c.match) {
				t.Errorf("top 3 = %v, want %s among them", top, c.want)
			}
			if !res.Covered {
				t.Errorf("not covered (coverage %.3f); the report has an entry on it", res.Coverage)
			}
		})
	}
}

func TestGlossaryExpansion(t *testing.T) {
	_, ix := sharedIndex(t)
	cases := []struct {
		question string
		want     string // a name the expansion must add
		anchor   string // the entry it must find in the top 3
	}{
		{"hallucination 怎么避免", "幻觉", "term-hallucination"},
		{"混合专家", "moe", "term-moe"},
		{"AI 是什么？", "人工智能", "term-ai"},
	}
	for _, c := range cases {
		t.Run(c.question+"→"+c.want, func(t *testing.T) {
			res := mustSearch(t, ix, Query{Text: c.question})
			if !slices.Contains(res.Expansion, c.want) {
				t.Errorf("expansion = %q, want it to contain %q", res.Expansion, c.want)
			}
			if !strings.Contains(res.Rewritten, c.want) {
				t.Errorf("rewritten query %q does not carry the expansion %q", res.Rewritten, c.want)
			}
			if top := topAnchors(res, 3); !slices.Contains(top, c.anchor) {
				t.Errorf("top 3 = %v, want %s", top, c.anchor)
			}
		})
	}
	// A common name that is the mere subject of a question about something rarer is not
	// expanded: the definition of AI does not answer why models flatter.
	if res := mustSearch(t, ix, Query{Text: "AI 为什么会拍马屁？"}); slices.Contains(res.Expansion, "人工智能") {
		t.Errorf("expansion %q adds the names of AI to a question about flattery", res.Expansion)
	} else if top := topAnchors(res, 1); !slices.Contains(top, "term-sycophancy") {
		t.Errorf("top = %v, want term-sycophancy", top)
	}
	// A name the question already uses is not added again.
	res := mustSearch(t, ix, Query{Text: "混合专家（MoE）是什么"})
	if slices.Contains(res.Expansion, "moe") || slices.Contains(res.Expansion, "混合专家") {
		t.Errorf("expansion %q repeats a name the question already uses", res.Expansion)
	}
}

func TestOffTopicQuestionsAreNotCovered(t *testing.T) {
	_, ix := sharedIndex(t)
	for _, q := range []string{
		"红烧肉怎么做？",
		"行李箱最多能塞多少衣服", // what a suitcase holds is no window's (guard)
		"它的毛老是掉怎么办",   // a 它 with nothing before is AI only when a 「常见问法」 says so (guard)
		"它最近不爱吃饭咋回事",
		"我女儿跟她妈长相一模一样 这是遗传吗", // a likeness, of no AI (guard)
		// Where to report a faked voice's scam is the police's to answer; the clause that tells
		// what happened asks nothing.
		"邻居接到ai合成他儿子声音借钱的电话，应该去哪报警",
		"我的电脑为啥越用越慢",   // a device's trouble, of no AI
		"笔记本开机老是蓝屏咋回事", // guard
		"朋友说的话怎么判断真假",  // right or wrong, but said by no AI
		"老板给的数字准不准",
		"周末还有活干吗",
		"做红烧肉有啥窍门",      // guard: a knack asked of a thing the report lacks
		"车模型该选哪个颜色",     // a car's model, not many models chosen from
		"手机出现之前人们用什么联系", // guard: what came before a thing the report lacks
		"感冒药管用吗",
		"我家孩子成绩还能进步吗",        // getting stronger, of no AI
		"问老师题目怎么问比较好",        // guard: how to ask, of no AI
		"家里没网了手机还能用吗",        // guard: no network, of no AI
		"把内部文件贴给领导看看",        // guard: handed to no AI
		"我的画被人拿去了 咋办",        // guard: a work taken, not to train a model
		"学医还有前途吗",            // guard: a career's future, of no AI
		"被ai换脸诈骗了咋报警 钱能追回来不", // the police's to answer, though a scam is named
		"老家的果园还能干几年",         // guard: no worker nor trade
		"房价会不会停下来",
		"扫地机器人老撞墙 是不是ai不行", // a robot's wall, no end of progress
		"ai写到一半停下来了咋办",
		"十年后房价会是什么样", // time ahead and change, of no AI
		"以后手机会往哪个方向发展",
		"这个明星是不是在炒作",
		"天猫精灵怎么接入chatgpt，想让它回答聪明点", // 它 as AI is only near superintelligence's 常见问法
		"隔壁老王会不会抢走我的工作",            // work taken, but by no AI
		"老中医能帮我看病吗",                // a doctor's work, done by no AI
		"有人冒充我领导让我转账",              // money asked for, by no AI's copy
		"疫情改变了哪些行业",                // trades changed, by no AI
		"图书馆的参考文献怎么查不到",            // a reference not found, cited by no AI
		"路由器跟光猫有关系吗",               // a home network's router beside a thing of its trade
		"ai跟星座有关系吗",                // AI in general beside a thing the report does not name
		"炒币说的token跟游戏里的token有关系吗",  // token beside a coin: no passage's token
		"这家奶茶店为啥突然火了 真的假的",         // popular and doubted, of nothing the report speaks of
		"前些年买的房子现在能卖吗",
		"听人说喝咖啡伤胃",
		"榜单第一名就一定最好用吗", // no AI said: a ranking of anything
		"小区养狗有啥规定",
		"孩子学钢琴还有前途吗",
		"我家孩子学习撞墙了咋办",
		"打进决赛要多少分",
		"开车打电话有啥法规",
		"高考成绩排行榜怎么查",     // 高考, which the dictionary calls a verb, keeps the leaderboard strange company
		"豆包app怎么发图片给好友",  // a photo sent, not one an AI is asked to read
		"机器做的蛋糕和手工的怎么分辨", // made by a machine, not by an AI
		"老师能帮我写推荐信吗",     // written by a person, not by an AI
		"我老公总是胡说八道",      // a person's habits, which the thesaurus reads as a model's
		"朋友说不能回答我 是啥意思",
		"老公不肯回答我的问题",
		"ai速成班靠谱不",    // a product that calls itself AI, not an AI put to work
		"医院的ai看片子准不准", // nor a hospital's
		"银行用ai审贷款靠谱吗", // nor a bank's own system
		"这个理财产品靠谱吗",
		"老公把家里的活都干了", // work done by someone, not by an AI
		"今年国内发生了啥大事", // 大事, the milestones of AI only in a question on AI
		"扫地机器人用哪个好",
		"语文课上词和词的关系怎么分析",  // a grammar lesson, not attention
		"2017年春晚有啥节目",     // a year, of no question on AI
		"windows批处理文件怎么写", // a script, not batching, nor the context window
		"mac上怎么截图",
		"我数学比同学差一大截怎么办", // a gap, but a pupil's
		"高考完了，人工智能专业和计算机专业选哪个好",
		"哪个手机好用",
		"没饭吃了怎么办",
		"明天天气怎么样？",
		"住公寓有啥缺点",
		"这款手机有啥缺点",
		"小孩子做坏事怎么教育", // 「做坏事」 reads AI safety only of an AI
		"我家鹦鹉像复读机怎么办",
		"给我讲个鬼故事",
		"怎么办理护照？",
		"植物的根是怎么吸水的？",
		// Everyday words the report uses only in its analogies (résumé screening explains
		// reranking, a hospital's triage desk explains mixture of experts).
		"招聘时怎么筛简历？",
		"医院的分诊台怎么挂号？",
		"苹果手机怎么清理内存？",
		"餐厅外卖窗口几点开？",
		"苹果一斤多少钱 10块还是15块", // numbers are nobody's vocabulary: 「15」 is no term of the report's
		"1月和3月哪个更冷",
		// A concept's name in another trade's sense, joined to a word the report never joins
		// to it, and nothing else named.
		"量化宽松是什么意思",
		"token币是什么 能不能买", // a Latin name too
		"笔记本cpu温度多高算正常",
		"word里文字咋两端对齐",      // 两端, a numeral to the dictionary, is no grammar word
		"这栋楼有几层",            // 层 counts floors here, not a model's layers
		"word里文字对不齐咋整",      // 对不齐 is one word, not 对 and 不齐
		"相机参数里写的光圈f1.8是啥意思", // f1.8 is a number, not the F1 score
		// A concept named only by an everyday word, beside a thing no passage on it speaks of.
		"路由器放哪信号最好",
		"光猫和路由器是一个东西吗",
		"鲁大师跑分多少算好", // 跑分, an everyday.txt word, is a phone's or a PC's benchmark here
		"剪辑用的电脑显卡跑分多少够用",
		"iphone16跑分多少", // a device's 跑分, whatever the device
		"骁龙8跑分有多高",
		"3080跑分多少 玩游戏够不够",
		"这台相机的参数怎么看", // 相机, an adverb to the dictionary (相机行事), is a camera
		// Characters that spell a model's name when dictated, said of something else.
		"泰国拉玛四世是谁",
		"欧三排放标准是什么",
		// A product's service, whatever product it names.
		"kimi会员一个月多少钱来着",
		"claude号老被封 咋办",
		"deepseek app一直显示服务器繁忙咋整",
		"宇树的人形机器人多少钱一台 个人能买吗",
		"英伟达股价还会涨吗", // where a share price goes is investment advice
		"英伟达股价跌了多少",
		// The day's news is a news site's (not why a model does not know it, which the FAQ
		// answers).
		"这两天大模型圈出了啥大新闻",
		"孩子期末考好了该不该给奖励",         // an A-not-A word (该不该) weighs as the reader's own
		"疫情以后还有工作吗",             // a future of work, but no trade of the reader's
		"用ai写的道歉信被女朋友发现了 还能和好吗", // found out already: nothing the report speaks of
		"我家洗碗都让机器干了 洗碗机哪个牌子好",   // a dishwasher's work, asked of nothing to come
	} {
		t.Run(q, func(t *testing.T) {
			res := mustSearch(t, ix, Query{Text: q})
			if res.Covered {
				t.Errorf("covered (coverage %.3f, top %v); the report says nothing about it", res.Coverage, topAnchors(res, 3))
			}
		})
	}
}

// TestClashWithAnotherEntryStaysCovered: the word joined to a concept's name is another entry
// of the report, so the question is about the two of them.
func TestClashWithAnotherEntryStaysCovered(t *testing.T) {
	_, ix := sharedIndex(t)
	for _, q := range []string{"rag能减少幻觉吗", "GPT-4.5 算不算推理模型？"} {
		if res := mustSearch(t, ix, Query{Text: q}); !res.Covered {
			t.Errorf("%s: declined (clash %.0f, named %v)", q, res.Signals.Clash, res.Named)
		}
	}
}

// TestEverydayNameAskedOfStaysCovered: a concept named by an everyday word stays covered when
// what the question sets beside it is a verb (something asked of it), or stands in a clause of
// its own (an example in the reader's words).
func TestEverydayNameAskedOfStaysCovered(t *testing.T) {
	_, ix := sharedIndex(t)
	for _, q := range []string{"幻觉能避免吗", "幻觉能根治吗", "越狱是啥，奶奶漏洞那种", "路由器是干嘛的", "温度调高了会怎样", "跑分高就一定好用吗", "gemini2.5pro上下文多长"} {
		if res := mustSearch(t, ix, Query{Text: q}); !res.Covered {
			t.Errorf("%s: declined (top %v)", q, topAnchors(res, 3))
		}
	}
}

// TestWhyFindsThePassageThatSaysWhy: asked why, a section's passage that gives the cause or
// the significance stands for the section, not its first passage.
func TestWhyFindsThePassageThatSaysWhy(t *testing.T) {
	_, ix := sharedIndex(t)
	res := mustSearch(t, ix, Query{Text: "deepseek 凭什么这么火"})
	for _, h := range res.Hits {
		if strings.Contains(h.Text, "意义在于") {
			return
		}
	}
	t.Errorf("no passage that says why among %v", topAnchors(res, 5))
}

// Asked why, an entry's passage that says why comes first only if it speaks of what was asked:
// PPO's 「限制每次更新的幅度」 is explained where the update is, not by a passage with 因为.
func TestWhyPrefersThePassageOnWhatWasAsked(t *testing.T) {
	_, ix := sharedIndex(t)
	res := mustSearch(t, ix, Query{Text: "ppo为啥要限制每次更新的幅度"})
	if len(res.Hits) == 0 {
		t.Fatal("no hits")
	}
	if top := res.Hits[0]; !strings.Contains(top.Text, "太猛") {
		t.Errorf("top hit %s %q does not say why updates are limited (top five %v)", top.ID, top.Text, topAnchors(res, 5))
	}
}

// TestQuantitiesAreNoUnknownWords: a number with its unit (「24g」) is no word the report lacks.
func TestQuantitiesAreNoUnknownWords(t *testing.T) {
	_, ix := sharedIndex(t)
	res := mustSearch(t, ix, Query{Text: "24g 显存能跑 70b 模型吗"})
	if res.Signals.Unknown != 0 || !res.Covered {
		t.Errorf("unknown %.2f, covered %v (coverage %.2f, top %v)", res.Signals.Unknown, res.Covered, res.Coverage, topAnchors(res, 3))
	}
}

// Who the reader is, who told them and where they post are taken out of what is searched; 我
// as the one a thing is done for stays.
func TestWithoutSelf(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"ai会不会抢我们开大车的饭碗", "ai会不会抢我饭碗"},
		{"我在小红书发的东西会被拿去训练ai吗", "我发的东西会被拿去训练ai吗"},
		{"客人说openai发了个系统卡", "openai发了个系统卡"},
		{"mit协议对我们做小生意的有啥影响", "mit协议对我有啥影响"},
		{"有没有ai能帮我做菜单海报的", "有没有ai能帮我做菜单海报的"},
		{"能帮我在小红书上发的帖子加个标题吗", "能帮我在小红书上发的帖子加个标题吗"},
		// What everyone says is how the reader heard of a word.
		{"大家常说的几千亿参数 参数到底指的啥", "几千亿参数 参数到底指的啥"},
		{"号称几万亿参数", "几万亿参数"},
		// So is what they heard, whoever from.
		{"老听人说注意力机制很重要", "注意力机制很重要"},
		{"听同事说过蒸馏 小模型咋学的", "蒸馏 小模型咋学的"},
		// 「说是」 opening a clause says how it was told; inside one (「可以说是」) it stays.
		{"有个看相app 说是ai看的 准吗", "有个看相app ai看的 准吗"},
		{"o1可以说是第一个推理模型吗", "o1可以说是第一个推理模型吗"},
		// A parent who asked the reader is who told them.
		{"我爸问我transformer是啥", "transformer是啥"},
		// A clause that introduces the reader; not one that asks about them.
		{"我是护士，ai能帮我写交接班记录吗", "ai能帮我写交接班记录吗"},
		{"外婆问一下 这个ai要钱吗", "这个ai要钱吗"},
		{"高二 想问ai能帮我改作文吗", "想问ai能帮我改作文吗"},
		{"我是不是该用推理模型", "我是不是该用推理模型"},
		// A trade that opens the question, before what the reader would do, is the reader's.
		{"干翻译的用ai要注意点啥", "我用ai要注意点啥"},
		{"搞生物的 alphafold预测蛋白结构跟chatgpt是一类东西吗", "我 alphafold预测蛋白结构跟chatgpt是一类东西吗"},
		// Guard: a trade asked of, not the reader's, stays.
		{"做翻译的ai有哪些", "做翻译的ai有哪些"},
		// Calls and cries of a livestream or a forum are not what is asked; words that hold
		// them stay.
		{"姐妹们 ai能帮我修图吗 救命", "ai能帮我修图吗 "},
		{"ai咋连加法都算错 离谱", "ai咋连加法都算错 "},
		{"另外想请教，训练要多久", "训练要多久"},
		{"离谱的回答是幻觉吗", "离谱的回答是幻觉吗"}, // guard: a word of the question
		{"老铁们给我说说token是啥 xswl", "给我说说token是啥 "},
		{"亲，大模型咋训练的，在线等", "大模型咋训练的，"},
		{"亲人能帮我用ai吗", "亲人能帮我用ai吗"},
		// A learner's apology for their Chinese, and words of their own language.
		{"감사합니다 token是啥 我的中文不太好", " token是啥 "},
	} {
		if got := withoutSelf(c.in); got != c.want {
			t.Errorf("withoutSelf(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// A year said with two digits is written in full, as the report writes it; a span of years
// is not a year.
func TestFullYears(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"17年那篇论文讲了啥", "2017年那篇论文讲了啥"},
		{"chatgpt是22年底出来的吗", "chatgpt是2022年底出来的吗"},
		{"gpt4o是24年几月发布的", "gpt4o是2024年几月发布的"},
		{"我干了17年会计", "我干了17年会计"},
		{"17年前的模型", "17年前的模型"},
		{"这20年来", "这20年来"},
		{"2017年", "2017年"},
		{"gpt-4o 2024年", "gpt-4o 2024年"},
	} {
		if got := fullYears(c.in); got != c.want {
			t.Errorf("fullYears(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	// Nor is a year after a name part of the name, as a version is.
	if got := Tokens("deepseek 2025年1月发布了啥"); slices.Contains(got, "deepseek 2025") {
		t.Errorf("Tokens joined a year to a name: %q", got)
	}
	if got := Tokens("llama 3 多大"); !slices.Contains(got, "llama 3") {
		t.Errorf("Tokens split a version from its name: %q", got)
	}
}

// The digits of a sum of money or of a rough amount name nothing: 「500多万刀」 is no MATH-500.
func TestSumsNameNothing(t *testing.T) {
	_, ix := sharedIndex(t)
	for _, q := range []string{"听说deepseek训练才花了500多万刀？"} {
		res := mustSearch(t, ix, Query{Text: q})
		for _, h := range res.Hits {
			if h.Anchor == "bench-math-500" {
				t.Errorf("%s: MATH-500 found (top %v)", q, topAnchors(res, 5))
			}
		}
	}
	// Nor is 「几千亿」 a size to match: it finds no family of models 「数千亿参数」 describes.
	if res := mustSearch(t, ix, Query{Text: "几千亿参数 参数是啥东西"}); len(res.Hits) == 0 || res.Hits[0].Anchor == "models-alibaba" {
		t.Errorf("几千亿参数: top %v", topAnchors(res, 3))
	}
}

// A question in the report's field needs no Chinese domain word when it names an English term
// the report uses.
func TestEnglishTermsAnchorAQuestion(t *testing.T) {
	_, ix := sharedIndex(t)
	for _, q := range []string{"Hugging Face 上能下载什么？", "Elo 分数怎么算？"} {
		t.Run(q, func(t *testing.T) {
			if res := mustSearch(t, ix, Query{Text: q}); !res.Covered {
				t.Errorf("not covered (coverage %.3f, signals %+v)", res.Coverage, res.Signals)
			}
		})
	}
}

func TestKeyTermsLeaveOutSeamsAndQuestionFrames(t *testing.T) {
	_, ix := sharedIndex(t)
	for _, c := range []struct {
		question  string
		want, not []string
	}{
		{"ChatGPT 具体是哪一天发布的？", []string{"chatgpt", "发布"}, []string{"天发", "具体"}},
		{"Mamba 比 Transformer 快多少？", []string{"mamba", "transformer", "快"}, []string{"快多", "比"}},
		{"以前的 ChatGPT 语音模式为什么反应慢？", []string{"语音", "模式"}, []string{"音模"}}, // 「反应慢」 is a thesaurus phrase, one word
		{"苹果手机怎么清理内存？", []string{"苹果", "手机", "清理", "内存"}, []string{"果手"}},
		{"grounding 是什么意思？", []string{"grounding"}, []string{"意思"}},
		{"模型会不会看漏？", []string{"模型"}, []string{"会不", "不会"}},
		{"AI 为什么会拍马屁？", []string{"ai"}, []string{"会拍"}},
		{"ai出字慢跟啥有关", []string{"ai"}, []string{"有关"}},            // asks what causes it, of any subject
		{"对齐是啥意思", []string{"对齐"}, []string{"意思"}},               // an adverb to the dictionary, an entry's name here
		{"什么是混合专家？请举个例子", []string{"混合专家"}, []string{"例子", "举"}}, // asking for an example asks of any subject
		// How sure the reader wants the answer to be is no subject; a question's particle, which
		// the dictionary may join to the word before it (「有用吗」), is no word of it.
		{"幻觉可以彻底解决吗", []string{"幻觉", "解决"}, []string{"彻底"}},
		{"思维链真的有用吗", []string{"思维链", "有用"}, []string{"有用吗", "真的"}},
		// Names in the news, written in Chinese, stay whole (everyday.txt): cut into characters,
		// 伟达 and 歌 would stand in any passage.
		{"为啥大家都抢英伟达的显卡", []string{"英伟达", "显卡"}, []string{"伟达", "英"}},
		{"ai搜索和百度谷歌那种搜索有啥不一样", []string{"谷歌", "搜索"}, []string{"谷", "歌"}},
		// A particle of aspect says when, and a verb that only says made frames a who.
		{"ai以前火过吗", []string{"ai", "火"}, []string{"过"}},
		{"eliza是谁做的", []string{"eliza"}, []string{"做"}},
		{"claude是哪家公司做的", []string{"claude"}, []string{"做"}},
		// When and where the reader places the question, and filler, are no subject; 背下来 is
		// learnt by heart, though the dictionary files it as a place.
		{"ai圈子里有啥大事 给我捋一捋", []string{"ai", "大事"}, []string{"圈子", "一捋"}},
		{"神经网络为啥一度没人搞了", []string{"神经网络"}, []string{"一度"}},
		{"gpt3刚出来的时候为啥那么火", []string{"gpt3", "火"}, []string{"时候", "刚"}},
		{"是把书背下来了吗", []string{"书", "背下来"}, []string{"书背"}},
		// A verb with a complement of where it leads, one word to the dictionary, is the verb.
		{"这个榜是网友投票投出来的吗", []string{"投票"}, []string{"投出来"}},
		// (So is a directional complement alone.)
		{"资料是怎么泄露出去的", []string{"泄露", "资料"}, []string{"出去"}},
	} {
		t.Run(c.question, func(t *testing.T) {
			got := ix.keyTerms(c.question)
			for _, w := range c.want {
				if !slices.Contains(got, w) {
					t.Errorf("key terms %q lack %q", got, w)
				}
			}
			for _, n := range c.not {
				if slices.Contains(got, n) {
					t.Errorf("key terms %q hold %q", got, n)
				}
			}
		})
	}
}

func TestIsAnalogy(t *testing.T) {
	for _, c := range []struct {
		sentence string
		want     bool
	}{
		{"重排序像招聘中的两轮筛选。", true},
		{"量化好比把照片压缩成小文件。", true},
		{"这个比喻的局限在于，模型不会记住。", true},
		{"模型可以接收图像和音频。", false},
		{"像素越多，图片越清楚。", false},
		{"GPT-4o 于 2024 年 5 月 13 日发布。", false},
		// 偏好 + 比较, no comparison of things
		{"Meta 收集了超过 100 万条人类偏好比较数据。", false},
		{"偏好比较数据好比一张成绩单。", true},
	} {
		if got := isAnalogy(c.sentence); got != c.want {
			t.Errorf("isAnalogy(%q) = %v, want %v", c.sentence, got, c.want)
		}
	}
	if got := literal("量化会损失精度。量化好比压缩照片。"); got != "量化会损失精度。" {
		t.Errorf("literal kept %q", got)
	}
}

// When a question names an entry, the passage of that entry which answers what it asks ranks
// first among the entry's passages; with nothing else asked, the entry's definition does.
// TestAskedFieldComesFirst checks that a question asking for one key fact of a named entry
// (when, who, how many questions, licence) is answered first by the passage holding that field,
// and that a maker's name names the maker's section rather than its models.
func TestAskedFieldComesFirst(t *testing.T) {
	_, ix := sharedIndex(t)
	for _, c := range []struct {
		question, anchor, want string
	}{
		{"gpt-4.5 啥时候发布的", "model-gpt-4-5", "发布时间："},
		{"humaneval 一共多少道题", "bench-humaneval", "题目形式与规模："},
		{"llama 3 是开源的吗", "model-llama-3", "开放程度："},
		{"deepseek 是哪家公司", "models-deepseek", ""},
		{"mistral 是哪个国家的公司", "models-mistral", ""},
		{"chatgpt 是哪天上线的", "history-chatgpt", ""}, // the milestone dated in its heading
		{"Chinese SimpleQA 是什么", "bench-c-simpleqa", ""},
		// A size is said in 架构 where that line gives one; Llama 3's sizes are in its text.
		{"deepseek v3总共多少参数 每次用多少", "model-deepseek-v3", "6710 亿"},
		{"llama3.1最大的那个多大，405b？", "model-llama-3", "4050 亿"},
		// A 常见问法 written as readers spell the name (「gpt4o 的 o 是啥意思」) is asked in that
		// spelling, which the canonical 「gpt-4o」 no longer shares.
		{"gpt4o里那个o是啥意思", "model-gpt-4o", "omni"},
		// When a concept came is told by its milestone, dated in its heading, though the
		// concept's own entry owns the name.
		{"transformer是哪年谁提出来的", "history-transformer", "2017 年 6 月"},
	} {
		t.Run(c.question, func(t *testing.T) {
			res := mustSearch(t, ix, Query{Text: c.question})
			if len(res.Hits) == 0 {
				t.Fatal("no hits")
			}
			if top := res.Hits[0]; top.Anchor != c.anchor || !strings.Contains(top.Text, c.want) {
				t.Errorf("top hit %s %q; want a passage of %s holding %q (top five %v)", top.ID, top.Text, c.anchor, c.want, topAnchors(res, 5))
			}
		})
	}
}

// An invented sample item shows what a benchmark asks: it is retrieved for a question about
// that benchmark, not for one that shares its everyday words.
func TestExamplesOnlyForTheirBenchmark(t *testing.T) {
	_, ix := sharedIndex(t)
	for _, q := range []string{"Gemini 是哪家公司的模型？", "公司的设备折旧怎么算"} {
		res, err := ix.Search(context.Background(), Query{Text: q}, 10)
		if err != nil {
			t.Fatal(err)
		}
		for _, h := range res.Hits {
			if h.Example {
				t.Errorf("%q retrieved the sample item %s: %q", q, h.ID, h.Text)
			}
		}
	}
	res := mustSearch(t, ix, Query{Text: "MMLU 的示例题"})
	if !slices.ContainsFunc(res.Hits, func(h Hit) bool { return h.Example && h.Anchor == "bench-mmlu" }) {
		t.Errorf("a question about MMLU's items found none of its samples: %v", topAnchors(res, 5))
	}
}

// A word joined to a concept's name that the report never joins to it, and that the passages
// found lack, is a sign of another trade's sense of the name.
func TestClash(t *testing.T) {
	_, ix := sharedIndex(t)
	for _, c := range []struct {
		q    string
		want float64
	}{
		{"量化宽松是啥意思", 1},
		{"空调温度开多少度最省电", 1},
		{"家里路由器老掉线咋办", 1},
		{"模型量化会变笨吗", 0},
		{"温度调高了会怎样", 0},
		{"混合专家路由器是干嘛的", 0},
		{"推理模型是从啥时候开始火的", 0}, // 「是从」 is grammar, not a word joined to the name
		// A Latin word the report never uses, against the name.
		{"路由器 wifi 老掉线", 1},
		{"温度 temperature 是啥", 0}, // the report's own English
		{"显存 24g 够吗", 0},         // a size
		// A Latin word the report uses, but never against the name, and the top passages lack.
		{"cpu温度多少算正常", 1},
		{"gpu显存是啥", 0}, // the report writes 「显存（GPU」
		// A Chinese noun against a Latin name.
		{"游戏里的token币怎么赚", 1},
		{"ai绘画是怎么做到的", 0}, // 「ai」 names no one entry and qualifies any noun
		{"顾客留言写忽略之前的指令 我们的ai客服会上当吗", 0},
		{"moe架构是啥", 0}, // the report writes 「MoE 架构」
		{"为啥跑模型要用gpu不用cpu", 0},
		// A name the thesaurus put for the reader's words joins nothing the reader wrote: 编了个
		// 根本不存在的 is 幻觉, then comes 判决.
		{"它给我编了个根本不存在的判决", 0},
		{"ai胡编乱造法条咋办", 0},
		// A word the report writes against the head of the name qualifies the thing named:
		// 「客服机器人」 is the report's, so a 客服聊天机器人 is a kind of chatbot.
		{"跟以前那种客服聊天机器人有啥区别", 0},
		{"显卡温度多少度算正常", 1}, // 温度 has no shorter head
	} {
		if got := mustSearch(t, ix, Query{Text: c.q}).Signals.Clash; got != c.want {
			t.Errorf("%q: clash %v, want %v", c.q, got, c.want)
		}
	}
}

// What names an entry: versions a family heading holds (「Claude 4 家族」 is 「claude 4」), a
// history milestone's name when no entry has it (「ChatGPT」), and not the kinds a heading's
// parenthesis includes (「DeepSeek-R1（含 R1-Zero 与蒸馏模型）」 names no 「蒸馏模型」).
func TestEntryNames(t *testing.T) {
	_, ix := sharedIndex(t)
	for _, c := range []struct {
		text, anchor string
		named        bool
	}{
		{"claude 4 是啥", "model-claude-4", true},
		{"chatgpt 是哪天上线的", "history-chatgpt", true},
		{"r1-zero 是啥", "model-deepseek-r1", true},
		{"蒸馏模型是啥", "model-deepseek-r1", false},
		{"deepseek v4 预览版", "model-deepseek-v4", true},
		{"预览版是啥意思", "model-deepseek-v4", false},
		// Another name the entry gives itself (「提示注入（也叫提示词注入）」).
		{"越狱和提示词注入有啥区别", "term-prompt-injection", true},
		// A name said without the preposition it opens with.
		{"人类反馈的强化学习咋回事", "term-rlhf", true},
		// Without the suffix before the English word, and without the space between them.
		{"anthropic搞的宪法ai是啥意思", "term-constitutional-ai", true},
		{"kv缓存为啥能省时间", "term-kv-cache", true},
		// A benchmark's first word, hyphenated, without the word that qualifies it.
		{"swe-bench 到底考啥", "bench-swe-bench-verified", true},
	} {
		if got := ix.mentioned(c.text)[c.anchor] > 0; got != c.named {
			t.Errorf("%q names %s: %v, want %v", c.text, c.anchor, got, c.named)
		}
	}
	// A name made by dropping a tier word (「kimi k2」 of Kimi K2 Thinking) that is another
	// entry's own name names that entry first.
	if m := ix.mentioned("kimi k2 是什么"); m["model-kimi-k2"] <= m["model-kimi-k2-thinking"] {
		t.Errorf("「kimi k2」 names Kimi K2 %.2f, Kimi K2 Thinking %.2f", m["model-kimi-k2"], m["model-kimi-k2-thinking"])
	}
}

func TestBestPassageOfANamedEntry(t *testing.T) {
	_, ix := sharedIndex(t)
	for _, c := range []struct {
		question, anchor, want string
	}{
		{"SimpleQA 有多少道题？", "bench-simpleqa", "4326"},
		{"什么是混合专家（MoE）？", "term-moe", "混合专家是一种"},
	} {
		t.Run(c.question, func(t *testing.T) {
			res := mustSearch(t, ix, Query{Text: c.question})
			for _, h := range res.Hits {
				if h.Anchor == c.anchor {
					if !strings.Contains(h.Text, c.want) {
						t.Errorf("the first passage of %s is %q; want the one with %q", c.anchor, h.Text, c.want)
					}
					return
				}
			}
			t.Errorf("no passage of %s in %v", c.anchor, topAnchors(res, 5))
		})
	}
}

func TestFollowUpCarriesTheSubject(t *testing.T) {
	_, ix := sharedIndex(t)
	q := Query{Text: "它一共有多少道题？", Context: "GPQA Diamond 是什么？"}
	res := mustSearch(t, ix, q)
	if !res.Covered {
		t.Errorf("follow-up not covered (coverage %.3f, top %v)", res.Coverage, topAnchors(res, 3))
	}
	if top := topAnchors(res, 3); !slices.Contains(top, "bench-gpqa-diamond") {
		t.Errorf("follow-up top 3 = %v, want bench-gpqa-diamond", top)
	}
	if !strings.Contains(res.Rewritten, "GPQA Diamond") {
		t.Errorf("rewritten query %q does not carry the subject", res.Rewritten)
	}
	// Without the subject, the same words are about nothing in particular.
	alone := mustSearch(t, ix, Query{Text: q.Text})
	if alone.Covered && slices.Contains(topAnchors(alone, 1), "bench-gpqa-diamond") {
		t.Errorf("the follow-up alone found GPQA Diamond first: the context made no difference")
	}
}

func TestSearchRejectsAnEmptyQuestion(t *testing.T) {
	_, ix := sharedIndex(t)
	for _, q := range []string{"", "   \n"} {
		if _, err := ix.Search(context.Background(), Query{Text: q, Context: "GPQA Diamond"}, 5); err == nil {
			t.Errorf("Search(%q) succeeded, want an error", q)
		}
	}
}

func TestSearchHonoursK(t *testing.T) {
	_, ix := sharedIndex(t)
	for _, k := range []int{1, 3, 8} {
		res, err := ix.Search(context.Background(), Query{Text: "什么是注意力机制"}, k)
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Hits) == 0 || len(res.Hits) > k {
			t.Errorf("k=%d: %d hits", k, len(res.Hits))
		}
		for i := 1; i < len(res.Hits); i++ {
			if res.Hits[i].Score > res.Hits[i-1].Score {
				t.Errorf("k=%d: hits not sorted by score: %v > %v", k, res.Hits[i].Score, res.Hits[i-1].Score)
			}
		}
	}
}

func TestSearchIsSafeForConcurrentUse(t *testing.T) {
	_, ix := sharedIndex(t)
	questions := []string{"GPQA Diamond 是什么？", "什么是混合专家？", "KV cache 有什么用", "红烧肉怎么做？"}
	want := make([][]string, len(questions))
	for i, q := range questions {
		want[i] = topAnchors(mustSearch(t, ix, Query{Text: q}), 5)
	}
	var wg sync.WaitGroup
	errs := make(chan string, 4*len(questions))
	for range 4 {
		for i, q := range questions {
			wg.Add(1)
			go func() {
				defer wg.Done()
				res, err := ix.Search(context.Background(), Query{Text: q}, 5)
				if err != nil {
					errs <- err.Error()
					return
				}
				if got := topAnchors(res, 5); !reflect.DeepEqual(got, want[i]) {
					errs <- fmt.Sprintf("%s: concurrent search gave %v, alone %v", q, got, want[i])
				}
			}()
		}
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

func TestTokens(t *testing.T) {
	cases := []struct {
		text string
		want []string
	}{
		{"混合专家", []string{"混合", "合专", "专家"}},
		// 「家是」 is the seam between two words, held together by the particle 是: left out.
		{"混合专家是什么", []string{"混合", "合专", "专家"}},
		// Particles (把, 了) cut seams; a seam between two content words (题拒) stays.
		{"模型把问题拒绝了", []string{"模型", "问题", "题拒", "拒绝"}},
		{"Llama 2 和 Llama 3", []string{"llama", "llama 2", "2", "llama", "llama 3", "3"}},
		{"Scaling Laws", []string{"scaling", "law"}},
		{"GPT-4o", []string{"gpt-4o", "gpt", "4o"}},
		{"ＧＰＴ－４ｏ", []string{"gpt-4o", "gpt", "4o"}}, // NFKC folds full-width letters, digits and hyphen
		{"ＫＶ　Ｃａｃｈｅ", []string{"kv", "cache"}},
		{"KV cache 有什么用", []string{"kv", "cache"}},
		{"DeepSeek-R1 报告", []string{"deepseek-r1", "deepseek", "r1", "报告"}},
		// An API's top_p is Top-p: an underscore joins as a hyphen does.
		{"top_p", []string{"top-p", "top", "p"}},
		{"not_unsafe", []string{"not-unsafe", "not", "unsafe"}},
		{"the attention of a model", []string{"attention", "model"}},
		{"字", []string{"字"}},
		{"的", nil},
		{"end. 句号", []string{"end", "句号"}},
		{"", nil},
		{"，。！？", nil},
	}
	for _, c := range cases {
		if got := Tokens(c.text); !reflect.DeepEqual(got, c.want) {
			t.Errorf("Tokens(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}

// TestTokensContain checks single terms where the full list is not the point.
func TestTokensContain(t *testing.T) {
	cases := []struct {
		text        string
		has, hasNot []string
	}{
		{"Scaling Laws", []string{"scaling", "law"}, []string{"laws"}},
		{"loss bias corpus", []string{"loss", "bias", "corpus"}, []string{"los", "bia", "corpu"}},
		{"Llama 3.1 模型", []string{"llama", "3.1", "模型"}, []string{"llama3.1"}},
		{"pass@1 与 cons@64", []string{"pass", "1", "64"}, []string{"pas", "pass@1", "@"}},
		{"C++ 与 o3-mini", []string{"o3-mini", "o3", "mini"}, []string{"o3-mini-"}},
		{"what is the answer", []string{"answer"}, []string{"what", "is", "the"}},
		{"大语言模型", []string{"大语", "语言", "言模", "模型"}, []string{"大语言模型"}},
	}
	for _, c := range cases {
		got := Tokens(c.text)
		for _, w := range c.has {
			if !slices.Contains(got, w) {
				t.Errorf("Tokens(%q) = %q, want it to contain %q", c.text, got, w)
			}
		}
		for _, w := range c.hasNot {
			if slices.Contains(got, w) {
				t.Errorf("Tokens(%q) = %q, want it not to contain %q", c.text, got, w)
			}
		}
	}
	// Full-width and half-width text are the same terms.
	for _, pair := range [][2]string{
		{"ＧＰＱＡ Ｄｉａｍｏｎｄ", "GPQA Diamond"},
		{"ｏ３－ｍｉｎｉ 是什么", "o3-mini 是什么"},
		{"ＭＭＬＵ－Ｐｒｏ", "MMLU-Pro"},
		{"１２８Ｋ 上下文", "128K 上下文"},
	} {
		if a, b := Tokens(pair[0]), Tokens(pair[1]); !reflect.DeepEqual(a, b) {
			t.Errorf("Tokens(%q) = %q, but Tokens(%q) = %q", pair[0], a, pair[1], b)
		}
	}
}

func TestNormalize(t *testing.T) {
	cases := []struct{ in, want string }{
		{"ＧＰＱＡ Ｄｉａｍｏｎｄ", "gpqa diamond"},
		{"ＡＢＣ１２３", "abc123"},
		{"混合专家（MoE）", "混合专家(moe)"},
		{"Ｏ３－ｍｉｎｉ", "o3-mini"},
	}
	for _, c := range cases {
		if got := Normalize(c.in); got != c.want {
			t.Errorf("Normalize(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// blockIndex maps every block ID of a report to its section and block.
func blockIndex(r *corpus.Report) map[string]corpus.Block {
	out := map[string]corpus.Block{}
	for _, s := range r.AllSections() {
		for _, b := range s.Blocks {
			out[b.ID] = b
		}
	}
	return out
}

// checkPassages asserts what Chunk promises for any report.
func checkPassages(t *testing.T, r *corpus.Report, passages []Passage) {
	t.Helper()
	blocks := blockIndex(r)
	ids := map[string]bool{}
	for _, p := range passages {
		if strings.TrimSpace(p.Text) == "" {
			t.Errorf("passage %s is empty", p.ID)
		}
		if ids[p.ID] {
			t.Errorf("passage ID %s is used twice", p.ID)
		}
		ids[p.ID] = true
		if len(p.BlockIDs) == 0 {
			t.Errorf("passage %s has no blocks", p.ID)
			continue
		}
		sec, ok := r.Section(p.Anchor)
		if !ok {
			t.Errorf("passage %s: anchor %s is no section", p.ID, p.Anchor)
			continue
		}
		if sec.Chapter.Slug != p.Chapter {
			t.Errorf("passage %s: chapter %s, but its section is in %s", p.ID, p.Chapter, sec.Chapter.Slug)
		}
		var parts []string
		for _, id := range p.BlockIDs {
			b, ok := blocks[id]
			if !ok {
				t.Errorf("passage %s: block %s is not in the report", p.ID, id)
				continue
			}
			if b.Kind == corpus.FigureBlock {
				// A figure is addressed by its anchor and stands alone as the figure's passage.
				if b.Figure.Section.Anchor != p.Anchor || p.Figure != id || len(p.BlockIDs) != 1 {
					t.Errorf("passage %s: figure %s is not alone in a figure passage of its section %s", p.ID, id, p.Anchor)
				}
			} else if !strings.HasPrefix(id, p.Anchor+"-p") {
				t.Errorf("passage %s: block %s is not in its section %s", p.ID, id, p.Anchor)
			}
			if b.Kind == corpus.Table {
				checkTablePassage(t, p, b)
				parts = nil
				break
			}
			parts = append(parts, b.PlainText())
		}
		if parts != nil {
			// Whole blocks only: the text is exactly its blocks' texts, so it ends where a block ends.
			if want := strings.Join(parts, "\n"); p.Text != want {
				t.Errorf("passage %s text is not the join of its blocks %v:\n got %q\nwant %q", p.ID, p.BlockIDs, p.Text, want)
			}
		}
	}
	// Every non-empty, non-code block is in some passage.
	covered := map[string]bool{}
	for _, p := range passages {
		for _, id := range p.BlockIDs {
			covered[id] = true
		}
	}
	for id, b := range blocks {
		if b.Kind != corpus.Code && !covered[id] && strings.TrimSpace(b.PlainText()) != "" {
			t.Errorf("block %s is in no passage", id)
		}
	}
}

// checkTablePassage asserts a table passage is the header row and then whole rows of one table.
func checkTablePassage(t *testing.T, p Passage, b corpus.Block) {
	t.Helper()
	if len(p.BlockIDs) != 1 {
		t.Errorf("table passage %s spans blocks %v", p.ID, p.BlockIDs)
	}
	rows := strings.Split(b.PlainText(), "\n")
	lines := strings.Split(p.Text, "\n")
	if len(lines) < 2 {
		t.Errorf("table passage %s has no row under its header: %q", p.ID, p.Text)
		return
	}
	if lines[0] != rows[0] {
		t.Errorf("table passage %s does not start with the header %q: %q", p.ID, rows[0], lines[0])
	}
	body := strings.Join(lines[1:], "\n")
	if !strings.Contains("\n"+strings.Join(rows[1:], "\n")+"\n", "\n"+body+"\n") {
		t.Errorf("table passage %s is not a run of whole rows of %s: %q", p.ID, b.ID, body)
	}
}

func TestChunkEmbeddedReport(t *testing.T) {
	r, ix := sharedIndex(t)
	passages := Chunk(r)
	if len(passages) == 0 {
		t.Fatal("no passages")
	}
	checkPassages(t, r, passages)
	if !reflect.DeepEqual(passages, ix.Passages()) {
		t.Error("the index holds other passages than Chunk returns")
	}
	if again := Chunk(r); !reflect.DeepEqual(passages, again) {
		t.Error("Chunk is not deterministic")
	}
}

func TestChunkFixture(t *testing.T) {
	var table strings.Builder
	table.WriteString("| 名称 | 说明 |\n| --- | --- |\n")
	for i := 1; i <= 40; i++ {
		fmt.Fprintf(&table, "| 第 %d 行 | 这一行的说明文字比较长，用来把表格撑过一段的长度上限。 |\n", i)
	}
	long := strings.Repeat("这是一个很长的段落，它的句子一句接一句。", 30)
	short := "短段落。"
	medium := strings.Repeat("这一段有中等长度。", 10)
	chapter := "---\ntitle: 测试\nsummary: 测试章节。\n---\n\n导语。\n\n## 表格 {#tbl}\n\n" + table.String() +
		"\n## 段落 {#paras}\n\n" + short + "\n\n" + short + "\n\n" + long + "\n\n" + medium + "\n\n```\n代码不进入段落\n```\n\n" + medium + "\n" +
		"\n## 结尾 {#tail}\n\n" + long + "\n\n相关概念：甲、乙。\n"
	r, err := corpus.Parse(fstest.MapFS{"report/01-test.md": {Data: []byte(chapter)}})
	if err != nil {
		t.Fatal(err)
	}
	passages := Chunk(r)
	checkPassages(t, r, passages)

	var tables, paras, tail []Passage
	for _, p := range passages {
		switch p.Anchor {
		case "tbl":
			tables = append(tables, p)
		case "paras":
			paras = append(paras, p)
		case "tail":
			tail = append(tail, p)
		}
	}
	// A short block never stands alone: past the bound, it joins the passage before it.
	if len(tail) != 1 || !reflect.DeepEqual(tail[0].BlockIDs, []string{"tail-p1", "tail-p2"}) {
		var ids [][]string
		for _, p := range tail {
			ids = append(ids, p.BlockIDs)
		}
		t.Errorf("a short line after a full passage gave passages %v, want it joined: [[tail-p1 tail-p2]]", ids)
	}
	if len(tables) < 2 {
		t.Fatalf("a 40-row table gave %d passages; want it cut into row groups", len(tables))
	}
	rows := 0
	for _, p := range tables {
		if !strings.HasPrefix(p.Text, "名称 | 说明\n") {
			t.Errorf("row group %s does not repeat the header: %q", p.ID, p.Text)
		}
		rows += strings.Count(p.Text, "\n")
	}
	if rows != 40 {
		t.Errorf("the row groups hold %d rows, want all 40 once", rows)
	}
	if tables[0].ID != "tbl-p1-r1-"+fmt.Sprint(strings.Count(tables[0].Text, "\n")) {
		t.Errorf("first row group ID = %s", tables[0].ID)
	}

	// Short blocks gather; the long block stays whole and alone; code is left out.
	var got [][]string
	for _, p := range paras {
		got = append(got, p.BlockIDs)
	}
	// paras-p5 is the code block: paras-p6 after it joins the paragraph before it.
	want := [][]string{{"paras-p1", "paras-p2"}, {"paras-p3"}, {"paras-p4", "paras-p6"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("paragraph passages = %v, want %v", got, want)
	}
	for _, p := range paras {
		if strings.Contains(p.Text, "代码") {
			t.Errorf("passage %s contains the code block", p.ID)
		}
		if slices.Contains(p.BlockIDs, "paras-p3") && utf8.RuneCountInString(p.Text) != utf8.RuneCountInString(long) {
			t.Errorf("the long paragraph was cut or joined: %d runes, want %d", utf8.RuneCountInString(p.Text), utf8.RuneCountInString(long))
		}
	}
	if paras[0].Title != "段落" || paras[0].ChapterTitle != "测试" || paras[0].Chapter != "test" {
		t.Errorf("passage metadata: %+v", paras[0])
	}
	if u := paras[0].URL(); u != "/report/test?hl=paras-p1,paras-p2#paras" {
		t.Errorf("URL() = %s", u)
	}
}

// fakeRemote is an embedding function that counts its calls.
type fakeRemote struct {
	calls atomic.Int64
	fail  bool
}

func (f *fakeRemote) embed(_ context.Context, text string) ([]float32, error) {
	f.calls.Add(1)
	if f.fail {
		return nil, errors.New("remote down")
	}
	return []float32{float32(len(text)), 0.5, -1}, nil
}

func TestCachedEmbedding(t *testing.T) {
	ctx := context.Background()
	const text = "GPQA Diamond 是什么？"
	want := []float32{float32(len(text)), 0.5, -1}
	cacheFiles := func(t *testing.T, dir string) []string {
		t.Helper()
		entries, err := os.ReadDir(dir)
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, e := range entries {
			if !strings.HasPrefix(e.Name(), ".tmp") {
				out = append(out, filepath.Join(dir, e.Name()))
			}
		}
		return out
	}
	call := func(t *testing.T, f func(context.Context, string) ([]float32, error), text string) []float32 {
		t.Helper()
		v, err := f(ctx, text)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}

	t.Run("second call is served from the cache", func(t *testing.T) {
		dir, remote := t.TempDir(), &fakeRemote{}
		f := CachedEmbedding(dir, "model-a", remote.embed)
		first, second := call(t, f, text), call(t, f, text)
		if n := remote.calls.Load(); n != 1 {
			t.Errorf("remote called %d times for one text, want 1", n)
		}
		if !reflect.DeepEqual(first, want) || !reflect.DeepEqual(second, want) {
			t.Errorf("vectors %v, %v; want %v", first, second, want)
		}
		// A new wrapper over the same directory (a restart) still hits the cache.
		call(t, CachedEmbedding(dir, "model-a", remote.embed), text)
		if n := remote.calls.Load(); n != 1 {
			t.Errorf("after a restart the remote was called again (%d calls)", n)
		}
		call(t, f, text+"!")
		if n := remote.calls.Load(); n != 2 {
			t.Errorf("another text: %d calls, want 2", n)
		}
	})

	t.Run("another model is another key", func(t *testing.T) {
		dir, remote := t.TempDir(), &fakeRemote{}
		call(t, CachedEmbedding(dir, "model-a", remote.embed), text)
		call(t, CachedEmbedding(dir, "model-b", remote.embed), text)
		if n := remote.calls.Load(); n != 2 {
			t.Errorf("two models, one text: %d remote calls, want 2", n)
		}
		if files := cacheFiles(t, dir); len(files) != 2 {
			t.Errorf("cache holds %d entries, want one per model: %v", len(files), files)
		}
		// Model and text are kept apart: ("ab", "c") is not ("a", "bc").
		call(t, CachedEmbedding(dir, "ab", remote.embed), "c")
		call(t, CachedEmbedding(dir, "a", remote.embed), "bc")
		if n := remote.calls.Load(); n != 4 {
			t.Errorf("model/text boundary: %d remote calls, want 4", n)
		}
	})

	for _, corrupt := range []struct {
		name string
		data []byte
	}{
		{"empty", nil},
		{"torn", []byte{1, 2, 3}},
		{"odd length", []byte{0, 0, 128, 63, 0}},
	} {
		t.Run("a "+corrupt.name+" cache file is ignored", func(t *testing.T) {
			dir, remote := t.TempDir(), &fakeRemote{}
			f := CachedEmbedding(dir, "model-a", remote.embed)
			call(t, f, text)
			files := cacheFiles(t, dir)
			if len(files) != 1 {
				t.Fatalf("cache holds %d entries after one call, want 1", len(files))
			}
			if err := os.WriteFile(files[0], corrupt.data, 0o644); err != nil {
				t.Fatal(err)
			}
			if got := call(t, f, text); !reflect.DeepEqual(got, want) {
				t.Errorf("with a corrupt entry got %v, want %v", got, want)
			}
			if n := remote.calls.Load(); n != 2 {
				t.Errorf("remote called %d times, want 2 (the corrupt entry is re-fetched)", n)
			}
			call(t, f, text)
			if n := remote.calls.Load(); n != 2 {
				t.Errorf("the re-fetched entry was not cached again (%d calls)", n)
			}
		})
	}

	t.Run("a remote error is returned and not cached", func(t *testing.T) {
		dir, remote := t.TempDir(), &fakeRemote{fail: true}
		f := CachedEmbedding(dir, "model-a", remote.embed)
		if _, err := f(ctx, text); err == nil {
			t.Fatal("no error from a failing remote")
		}
		if files := cacheFiles(t, dir); len(files) != 0 {
			t.Errorf("a failure left cache entries: %v", files)
		}
	})

	t.Run("an unusable cache directory is not fatal", func(t *testing.T) {
		base := t.TempDir()
		notDir := filepath.Join(base, "file")
		if err := os.WriteFile(notDir, []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
		remote := &fakeRemote{}
		f := CachedEmbedding(filepath.Join(notDir, "cache"), "model-a", remote.embed)
		for range 2 {
			if got := call(t, f, text); !reflect.DeepEqual(got, want) {
				t.Errorf("got %v, want %v", got, want)
			}
		}
		if n := remote.calls.Load(); n != 2 {
			t.Errorf("remote called %d times, want 2 (nothing could be cached)", n)
		}
	})
}

func TestLocalEmbedder(t *testing.T) {
	ctx := context.Background()
	corpusTexts := []string{"混合专家把模型拆成许多专家", "注意力机制让模型回头看", "GPQA Diamond 是研究生水平的问答基准", "KV cache 保存键和值"}
	e1, e2 := NewLocalEmbedder(corpusTexts), NewLocalEmbedder(corpusTexts)
	embed := func(e *LocalEmbedder, text string) []float32 {
		v, err := e.Embed(ctx, text)
		if err != nil {
			t.Fatalf("Embed(%q): %v", text, err)
		}
		return v
	}
	for _, text := range []string{"混合专家", "GPQA Diamond", "一个报告里没有的词：红烧肉", "", "，。", "KV cache 有什么用"} {
		v := embed(e1, text)
		if len(v) != LocalDims {
			t.Errorf("Embed(%q) has %d dimensions, want %d", text, len(v), LocalDims)
		}
		var norm float64
		for _, x := range v {
			norm += float64(x) * float64(x)
		}
		if math.Abs(math.Sqrt(norm)-1) > 1e-4 {
			t.Errorf("Embed(%q) has length %f, want 1", text, math.Sqrt(norm))
		}
		if again := embed(e1, text); !reflect.DeepEqual(v, again) {
			t.Errorf("Embed(%q) differs between two calls", text)
		}
		if other := embed(e2, text); !reflect.DeepEqual(v, other) {
			t.Errorf("Embed(%q) differs between two embedders built from the same texts", text)
		}
	}
	cos := func(a, b []float32) float64 {
		var s float64
		for i := range a {
			s += float64(a[i]) * float64(b[i])
		}
		return s
	}
	moe, moeQ, attn := embed(e1, "混合专家模型"), embed(e1, "什么是混合专家"), embed(e1, "注意力机制")
	if cos(moe, moeQ) <= cos(moe, attn) {
		t.Errorf("「混合专家模型」 is no closer to 「什么是混合专家」 (%.3f) than to 「注意力机制」 (%.3f)", cos(moe, moeQ), cos(moe, attn))
	}
}

func BenchmarkBuild(b *testing.B) {
	r, err := corpus.Embedded()
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Build(ctx, r, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkSearch(b *testing.B) {
	_, ix := sharedIndex(b)
	ctx := context.Background()
	q := Query{Text: "GPQA Diamond 是什么？"}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ix.Search(ctx, q, 5); err != nil {
			b.Fatal(err)
		}
	}
}

// Readers type names their own way and make pinyin typos; the question is searched with the
// report's spelling.
func TestCanonicalSpellings(t *testing.T) {
	_, ix := sharedIndex(t)
	for _, c := range []struct{ in, want string }{
		{"ai会不会抢我的饭腕", "ai会不会 取代工作 "}, // a typo in a reader's own word: 饭碗, which AI takes (recast)
		{"gpt4o的o是啥意思", "gpt-4o的o是啥意思"},
		{"o3mini 好用吗", "o3-mini 好用吗"},
		{"math500 是啥", "math-500 是啥"},
		{"claude3.5 sonnet 是哪家的", "claude 3.5 sonnet 是哪家的"},
		// A version glued to the word after it is two words; a letter or two after a number is
		// a name or a size.
		{"3.7sonnet有啥特别", "3.7 sonnet有啥特别"},
		{"gemini 2.5pro 强在哪", "gemini 2.5 pro 强在哪"},
		{"llama3 70b要多大显存", "llama 3 70b要多大显存"},
		// A dot between letters goes the way of a space; one between digits stays (3.5 is not 35).
		{"llamacpp是啥", "llama.cpp是啥"},
		{"llama-cpp能在mac上跑吗", "llama.cpp能在mac电脑上跑吗"},
		{"大模型换觉是啥意思", "大模型幻觉是啥意思"},
		{"思维连是啥", "思维链是啥"},
		// The typo may make a word the dictionary barely knows with the next character (连有, used
		// three times in its corpus); a name's typo cuts through it. Not through a real word:
		// 剪指甲 is no 剪枝.
		{"思维连有啥用", "思维链有啥用"},
		{"怎么给猫剪指甲", "怎么给猫剪指甲"},
		// A particle typed is the particle meant: 「大是」 is 大 + 是, no slip for 大事.
		{"上下文窗口越来越大是靠啥", "上下文窗口越来越大是靠啥"},
		// A decade of the last century is written as the report writes it.
		{"八十年代就有人工智能了吗", "1980 年代就有人工智能了吗"},
		{"上世纪90年代ai咋样", "1990 年代ai咋样"},
		{"1980年代", "1980年代"},
		// A long name's typo may cut a common word: 「自注意力机智能不能」 is 自注意力机制.
		{"自注意力机智能不能用大白话讲讲", "自注意力机制能不能用大白话讲讲"},
		{"知识蒸留是啥意思", "知识蒸馏是啥意思"},
		{"微条是啥", "微调是啥"},     // 调 read tiao, as in the name, not diao
		{"虫排序有啥用", "重排序有啥用"}, // 重 read chong
		// A long name typed with a front nasal for a back one, or a flat initial for a curled
		// one (灵 is no word of its own to the dictionary: its sound comes from #pinyin); a short
		// run that sounds nearly like another word is left alone (「是考」 is no 思考).
		{"图林测试是啥", "图灵测试是啥"},
		{"gpqa是考啥的", "gpqa是考啥的"},
		{"gpt4比3.5强在哪", "gpt-4比3.5强在哪"},
		{"GPQA Diamond 是什么", "GPQA Diamond 是什么"}, // already the report's: the reader's case stays
		{"感觉怎么样", "感觉怎么样"},                       // a real word is no typo
		// Nor is a run that sounds like a word the dictionary's corpus rarely uses (整本, 能指),
		// nor one a grammar word joins (「上的排名」 is not 上得).
		{"4-bit会不会把模型整笨了", "4-bit会不会把模型整笨了"},
		{"检索增强生成能治幻觉吗", "检索增强生成能治幻觉吗"},
		{"Chatbot Arena 上的排名是怎么产生的", "Chatbot Arena 上的排名是怎么产生的"},
		// An A-not-A question on how something is asks 是否 of the word: 「贵不」 is a seam.
		{"o1贵不贵", "o1是否贵"},
		{"o1厉不厉害", "o1是否厉害"},
		{"孩子考好了该不该给奖励", "孩子考好了该不该给奖励"}, // not a word of quality
		// A Latin word one letter off a name or an English word of the report.
		{"embeding是啥意思", "embedding是啥意思"},
		{"chatgtp 是啥", "chatgpt 是啥"},
		{"distilation 是什么", "distillation 是什么"},
		{"python 怎么学", "python 怎么学"}, // nothing one letter away
		// A model's or a maker's five-letter slip, a letter left out or two swapped, is its name;
		// an English word one letter changed or added from a concept's name is no slip.
		{"gemni是谷歌的吧", "gemini是谷歌的吧"},
		{"claud 是哪家的", "claude 是哪家的"},
		{"opnai 最新模型", "openai 最新模型"},
		{"taken 是什么意思", "taken 是什么意思"},
		{"metal 怎么读", "metal 怎么读"},
		{"route 怎么规划", "route 怎么规划"},
		{"网页里 iframe咋写", "网页里 iframe咋写"}, // a short name is read only through a letter left out or two swapped
		// A family written in two capitals, shortened to them with its version.
		{"dsv3总共多少参数", "deepseek-v3总共多少参数"},
		{"ds r1 开源吗", "deepseek-r1 开源吗"},
		// Where a thing is strong (厉害在哪) is asked as 强在哪; 「的地方」 after what is noted says what,
		// not where: only a real place stays.
		{"deepseek厉害的地方在哪", "deepseek强在哪"},
		// A system a model runs on is a computer or a phone; Windows is neither a plural nor a
		// misspelt window; a system asked of anything else is left alone.
		{"mac上能跑大模型吗", "mac电脑上能跑大模型吗"},
		{"windows上能跑大模型吗", "windows电脑上能跑大模型吗"},
		{"mac上怎么截图", "mac上怎么截图"},
		{"用ai有啥要注意的地方", "用ai有啥要注意"},
		{"为啥有的ai在某些地方用不了", "为啥有的ai在某些地方用不了"},
		{"注意力机制能不能通俗讲讲", "注意力机制能不能通俗讲讲"}, // 「制能」 sounds like 智能 but cuts through two words
	} {
		if got := ix.canonical(c.in); got != c.want {
			t.Errorf("canonical(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// A reader's own words for what a section answers (its 「常见问法」) find the section.
func TestEverydayAdverbsLeaveAQuestionCovered(t *testing.T) {
	_, ix := sharedIndex(t)
	for _, q := range []string{"幻觉可以彻底解决吗", "思维链真的有用吗",
		"为什么ai数学老是算不对",    // 「数学老是」 is two words, no slip for 数学老师
		"为啥有时候ai一本正经胡说",   // 有时候 says when, 胡说 is 幻觉
		"chatgpt 当年为啥那么火", // 当年 places the question in time
		"transformer当初是为了解决啥问题",
		"大模型发展史能简单捋一下吗",   // 捋 asks to sort out, like 讲讲
		"gemini2有啥新东西",    // Gemini 2.0 without its .0
		"开源模型是不是比闭源的差一大截", // 差一大截 is the 差距 the report speaks of
		"mac上能跑大模型吗",      // a computer, whichever system it runs
		"批处理能让一张卡多服务几个人吗",
		"claude是哪家公司的 3.7sonnet有啥特别",
	} {
		if res := mustSearch(t, ix, Query{Text: q}); !res.Covered {
			t.Errorf("%s: declined (confidence %.2f, unknown %.2f)", q, res.Coverage, res.Signals.Unknown)
		}
	}
}

func TestAClauseTheReportCoversCoversTheQuestion(t *testing.T) {
	_, ix := sharedIndex(t)
	for _, c := range []struct {
		q       string
		covered bool
	}{
		// The second clause, in words no passage holds, does not sink the first.
		{"蒸馏是啥意思？小模型从大模型那学东西是咋个学法", true},
		{"bert和gpt有啥不一样，以前上课老听老师说bert", true},
		{"chatgpt是哪年出来的来着，为啥一下子就火出圈了", true}, // chatgpt is a name, not the field
		{"预训练和微调有啥区别，能不能打个比方给我这种外行听", true},  // 预训练 is no everyday word
		// A clause asks what an entry's 「常见问法」 asks, though the whole question asks more.
		{"模型参数里到底存的是啥，70b的那个70是指啥", true},
		// Not a question about AI: the router of a home network is not a mixture of experts'.
		{"家里的wifi总掉线，路由器怎么重启", false},
		{"股票跌了好多，量化交易能赚钱吗", false},
		// A clause that asks nothing of its own (「它跟别的模型有啥不一样」) covers nothing.
		{"grok是马斯克的吧，它跟别的模型有啥不一样", false},
		// The 它 of a first question, as a clause's subject, is the AI the reader is using; the
		// 它 a verb takes is what was named before it.
		{"我做会计的 它算大数乘法老出错 为啥", true},
		{"家里柯基一有人敲门就狂叫 咋训练它不叫", false},
		// A clause that asks what a 「常见问法」 asks is answered from what it finds, though the
		// rest of the question leads the whole elsewhere.
		{"这么多ai我该信哪个 奶奶分不清", true},
		{"训练数据都从哪来的 我发的朋友圈会被拿去练吗", true},
		{"我卖水果的 用ai写商品文案靠谱不", true}, // the FAQ on using AI well: a helper, not a stand-in
		// A question names AI by another translation of a term (投机解码); not by an everyday
		// word the thesaurus also reads (a browser's 插件).
		{"投机解码是啥 听着像炒股", true},
		{"chrome插件怎么装 商店打不开", false},
		// A clause that names what it asks about is answered from what it finds, though the
		// reader's own comparison leads the whole elsewhere.
		{"预训练和微调是啥关系 是不是跟我们学徒先练基本功再学剪发一样", true},
		// An entry one clause names and another describes in the thesaurus's words is that
		// entry, though the name (越狱) is an everyday word too; not when the clauses name
		// different things (a fever's 幻觉, a soul read as consciousness).
		{"越狱是什么 就是想法子让它说不该说的？", true},
		{"小孩发烧说看见墙上有虫子，是幻觉吗要紧不", false},
		{"机器能有灵魂吗 灵魂到底是个啥", false},
	} {
		if res := mustSearch(t, ix, Query{Text: c.q}); res.Covered != c.covered {
			t.Errorf("%s: covered %v, want %v (top %v)", c.q, res.Covered, c.covered, topAnchors(res, 3))
		}
	}
}

func TestTwoWordsAreNoHomophoneSlip(t *testing.T) {
	_, ix := sharedIndex(t)
	for q, want := range map[string]string{
		"为什么ai数学老是算不对": "老是",   // not 数学老师
		"大模型的换觉问题":     "幻觉",   // 换觉 is no word: a slip
		"为啥叫大模型":       "叫大模型", // two common words, no slip for 较大
		"为啥叫大模形":       "大模型",  // 模形, of a rare character, is one
	} {
		if got := ix.canonical(q); !strings.Contains(got, want) {
			t.Errorf("canonical(%q) = %q, want it to hold %q", q, got, want)
		}
	}
}

// A later clause of a covered question brings, after the hits, the passage it finds on its own
// of an entry the whole found, when the whole did not find it; a clause that asks yes or no of
// something else brings nothing.
func TestLaterClauseBringsItsPassage(t *testing.T) {
	_, ix := sharedIndex(t)
	says := func(res Result, s string) bool {
		return slices.ContainsFunc(res.Hits, func(h Hit) bool { return strings.Contains(h.Text, s) })
	}
	if res := mustSearch(t, ix, Query{Text: "o1和gpt4o有啥不一样，o1回答为啥这么慢"}); !says(res, "回答更慢") {
		t.Errorf("the clause on o1's slowness brought no passage that says so: %v", topAnchors(res, 5))
	}
	whole := mustSearch(t, ix, Query{Text: "bert跟gpt到底差在哪"})
	both := mustSearch(t, ix, Query{Text: "bert跟gpt到底差在哪 不都是transformer吗"})
	if a, b := topAnchors(whole, 5), topAnchors(both, 5); !slices.Equal(a, b) {
		t.Errorf("a yes-or-no clause on something else changed what was found: %v, then %v", a, b)
	}
}

func TestReadersWordsFindTheirSection(t *testing.T) {
	_, ix := sharedIndex(t)
	for _, c := range []struct{ q, anchor string }{
		{"为啥我一反驳它就改口", "term-sycophancy"},
		{"大模型会不会一直越来越聪明下去", "outlook-scaling"}, // getting ever smarter is where scaling goes
		{"堆参数这条路是不是到头了", "outlook-scaling"},
		{"训练ai为啥要抢英伟达的卡", "term-gpu"}, // 「英伟达的卡」, the way readers say 英伟达卡
		// AI put to work on the reader's photo, long file or table: whether it reads such things.
		{"把体检单拍照发给豆包 它能看明白吗", "term-multimodal-model"},
		{"把一本电子书发给ai 它能读完吗", "term-long-context"},
		{"特别长的文档ai能一次看完吗", "term-long-context"}, // a long file, in readers' words
		{"老板让我用chatgpt分析销售表格 它算得准吗", "term-code-generation"},
		// Telling AI's work apart, in the reader's words: the FAQ on detecting AI text, the
		// entry on deepfakes for a voice or a picture.
		{"网上好多ai写的文章 怎么辨别", "faq-detect"},
		{"学生作文是不是ai写的老师咋判断", "faq-detect"},
		{"这段声音是ai合成的吗 怎么听出来", "term-deepfake"},
		{"豆包能替我写周报不", "faq-use-well"}, // whether AI can write it for the reader: drafts
		{"ai能帮我写个请假条吗", "faq-use-well"},
		{"让小学生用chatgpt查资料放心吗", "faq-children"}, // trusting AI with a child: children's use
		// A context said with a size of a million tokens is long context, whatever it is called.
		{"上下文能到一百万token是咋做到的", "term-long-context"},
		{"号称百万token上下文 真能全记住吗", "term-long-context"},
		// A range of versions said by its ends asks of the versions between them too.
		{"gpt1到gpt4每代参数差多少啊", "history-gpt3"},
		{"为啥有人说互联网上能用的数据快被用完了", "outlook-scaling"}, // data running out
		// A task done for the reader is an agent's; a long-standing problem is one unsolved.
		{"以后ai是不是能替我订机票", "term-agent"},
		{"大模型有哪些老大难问题", "outlook-open-questions"},
		// How a model struck people asks what it changed; ELIZA said in characters is the
		// chatbot entry's.
		{"gpt3刚出来的时候大家为啥那么震惊", "history-gpt3"},
		{"最早的聊天程序是不是叫伊丽莎", "history-eliza"},
		// Learning by heart is 背下来, not the spine of a book (书背).
		{"大模型是把网上的文章都背下来了吗", "faq-how-learned"},
		// What to watch out for in using AI for a task, asked in a clause after the task.
		{"我想用ai整理点笔记，有啥要注意的", "faq-use-well"},
		// (Or how to use it so as to do right, and a student's use, or the reader's writing
		// put before the AI that writes it.)
		{"初中生用ai学数学 咋用才合适", "faq-use-well"},
		// A while said longer is the while the thesaurus knows (老半天 for 半天, not 天才).
		{"为啥问个问题要等老半天才出字", "term-latency"},
		{"deepseek回答前为啥要想好半天", "term-test-time-compute"},
		// A year of many milestones asked of the field is the timeline's, whose table dates
		// them all. (After set 30's ag012.)
		{"2025年大模型都出了啥大事", "history-timeline-overview"},
		// How the first LLaMA's weights leaked is its milestone's story.
		{"听说meta的llama当年是泄露出去的？", "history-llama"},
		{"公众号文章用ai写 有啥要注意的", "faq-use-well"},
		// (Or whether it may be used for the task at all; or asked at an age, after 了. The last
		// is a guard: it was found so before.)
		{"研究生写综述能用ai吗", "faq-use-well"},
		{"退休了用ai查东西有啥要注意的", "faq-use-well"},
		{"看病能问ai吗", "faq-use-well"},
		// (A trade that opens the question is the reader's: its words are not what is asked.)
		{"当老师的用ai备课要注意啥", "faq-use-well"},
		// (Covered, whatever words of the reader's task no passage holds: 质检.)
		{"用ai写质检报告和周报要注意点啥", "faq-use-well"},
		// Whether what AI answered is right, asked 是对是错 or how to 验证 it, is checking it.
		{"ai给的答案咋分辨是对是错 有没有验证的法子", "faq-use-well"},
		{"国内外大模型公司有哪些", "intro-models"},              // models at home and abroad: the chapter's list
		{"智能体可以帮我回微信吗", "outlook-multimodal-agents"}, // an agent doing the reader's task
		{"我们修车铺能用ai干点啥", "faq-use-well"},             // what to use AI for: drafts, summaries, ideas
		{"只预训练过的模型为什么不能直接聊天", "term-base-model"},     // a model only pre-trained is a base model
		// Sections' 常见问法 readers ask otherwise: tips, the API against the app, weapons (the
		// last a guard: found so before).
		{"平时用ai有啥好用的小技巧", "faq-prompting"},
		{"用api和用app有啥区别", "term-api"},
		{"会不会有人拿ai学着造化学武器", "faq-dangerous"},
		{"女儿天天用ai背单词 行不行", "faq-children"},
		{"老板让我查查啥叫上下文窗口", "term-context-window"}, // who asked the reader, and 查查, ask nothing
		// (So does a parent who asked the reader: what they asked is what is asked.)
		{"我妈问我ai是不是chatgpt发明的 以前都没有吗", "history-chatgpt"},
		// A leak worried about comes before what the reader hands AI to read.
		{"开店的 能把进货报表丢给deepseek分析吗 会泄密不", "faq-what-not-share"},
		// So does a citation the reader could not find, before whether to trust it at all.
		{"让豆包给参考文献靠谱吗 好几篇都查不到", "faq-makes-things-up"},
		{"能不能把llama装在自己电脑上 不联网那种", "term-local-deployment"}, // installing on one's computer is local deployment
		{"大模型为啥会编造内容", "term-hallucination"},
		{"kimi咋老说不能回答 明明问题很正常", "faq-refuses"},
		// Bad people and biological weapons, and whether makers check: the chemical and
		// biological evaluations.
		{"坏人能用ai做生物武器吗", "safety-chem-bio"},
		// Whether what an AI does for the reader can be trusted is the FAQ on using it well,
		// whatever the task; what an agent can do, asked in everyday words.
		{"我是做会计的 让ai帮我核对发票金额靠谱吗", "faq-use-well"},
		{"用豆包给客户写邮件能直接用吗", "faq-use-well"},
		{"智能体能替我干点啥", "term-agent"},
		{"公开数据快用光了怎么办", "outlook-scaling"},                   // data running out is the bottleneck of scaling
		{"本地部署deepseek 14b跟32b差多少", "term-local-deployment"}, // a size after a name is no version of it
		{"ai会不会把我们会计的活都干了", "faq-jobs"},                      // AI doing the reader's work is AI taking their job
		{"kimi会不会把我们编辑的活都干了", "faq-jobs"},
		{"深度求索是一家什么样的公司", "models-deepseek"},
		{"多位数乘法 ai 老算错是为啥", "faq-arithmetic"},
		{"ai算大数乘法老是错 咋回事", "faq-arithmetic"}, // 大数乘法 is 算术 as readers say it
		// Everyday descriptions, through the thesaurus, the 常见问法 and the spelling of names.
		{"大模型是把整个互联网爬下来训练的吗", "faq-how-learned"},
		{"deepseek真的理解我的意思吗", "faq-understand"}, // whether it really understands is the FAQ's 懂不懂
		{"大模型是真的理解了 还是在背书", "faq-understand"},
		{"ai会不会为了不被关机搞小动作", "term-scheming"},
		{"想让ai写小说更有创意 该调啥", "term-temperature"},
		{"推理模型为啥要想那么久", "term-test-time-compute"},
		{"ai老是编人名是咋回事", "term-hallucination"},
		{"大模型回答速度跟啥有关", "term-latency"}, // 回答速度 is latency as readers say it
		{"上下文越长模型回答就越慢吗", "term-latency"},
		{"大模型的输出为啥有随机性", "term-sampling"}, // randomness of answers is sampling
		// A word count that comes out wrong is the tokenizer's doing (the FAQ on counting letters).
		{"让ai写个两百字的简介 字数总不对 为啥", "term-tokenizer"},
		{"大模型写文章为啥写不准字数", "term-tokenizer"},
		{"开源协议都有哪些", "term-license"},                   // readers call a licence 协议
		{"小白能搞定ollama吗", "term-gguf"},                  // whether one manages it (搞定) frames what is asked
		{"写文章用推理模型还是普通模型", "faq-chatbot-vs-reasoning"}, // 写文章 is the report's 写作
		{"整个代码库丢给ai它能一次读完吗", "term-long-context"},      // a whole code base is a long input
		// Cards, counted, are GPUs (not the cards of an index, 「每张卡片」).
		{"训个大模型得上万张卡吗", "term-gpu"},
		// Waiting for an answer, said as readers say it, is latency.
		{"为啥它回答要转圈半天", "term-latency"},
		{"ai回复这么慢是为啥", "term-latency"},
		{"文章太长中间的内容ai会不会读漏", "term-long-context"},
		{"测评会不会有模型偷偷拿测试题训练", "term-data-contamination"},
		{"为啥chatgpt一出来就火成那样", "history-chatgpt"},
		{"简单问题也用推理模型，是不是浪费", "faq-chatbot-vs-reasoning"},
		{"只是预测下一个词咋就能回答问题了", "term-next-token-prediction"},
		{"大模型竞技场的排名是咋来的", "bench-chatbot-arena"},
		// Humanity's Last Exam has an entry of its own, by its Chinese name, its short name or a description.
		{"hle是啥", "bench-hle"},
		// How much a thing is talked about (刷屏) frames the why, as 火 does.
		{"chatgpt当年为啥刷屏", "history-chatgpt"},
		{"人类最后的考试有多少道题", "bench-hle"},
		{"那个专家出题难住ai的考试叫啥", "bench-hle"},
		// An English name cut short: rerank for Reranking, tokenize for Tokenizer.
		{"rerank重排序是干嘛的，不加行不行", "term-reranking"},
		{"tokenize是啥", "term-tokenizer"},
		// A transliteration, an everyday verb phrase, a brand's short name.
		{"拓肯是啥东西一个汉字算几个拓肯", "term-token"},
		{"艾真特是啥", "term-agent"},
		{"普朗普特咋写比较好", "term-prompt-engineering"},
		{"服务器为啥要把好多人的请求凑一批一起算", "term-batching"},
		{"手机上能装那个大模型吗", "term-edge-ai"},
		{"做平面设计的 会不会被ai抢饭碗", "faq-jobs"},
		{"用ai生成的数据再去训练ai 靠谱吗", "term-synthetic-data"},
		{"千问是哪家公司的", "models-alibaba"},
		// How the reader wants it told is no part of what is asked.
		{"注意力机制用大白话讲是咋回事", "term-attention"},
		{"我是小白 rag是啥", "term-rag"},
		{"ai以后会不会抢了我们的饭碗", "faq-jobs"},
		{"笔记本能跑大模型吗 配置要多高", "term-local-deployment"}, // 笔记本能跑, not the notebook of an analogy
		{"ai会不会把我们这些人的饭碗抢了", "faq-jobs"},             // 饭碗 before the verb
		// Taken the place of by AI, said with the AI between 被 and the verb, or as the reader's
		// living (有饭吃).
		{"程序员会不会被ai淘汰", "faq-jobs"},
		{"当会计的会不会被ai替代", "faq-jobs"},
		{"以后ai会不会取代咱们这些审计师", "faq-jobs"},               // AI the subject, the worker the object
		{"图书馆管理员以后会被ai机器人替代吗", "faq-jobs"},             // a kind of AI between 被ai and the verb
		{"跑货运的 以后会不会有ai开卡车 我们这一行是不是要被淘汰了", "faq-jobs"}, // the trade, after AI is named
		{"ai这么厉害 我们做翻译的还有饭吃吗", "faq-jobs"},
		{"有了ai以后客服会不会下岗", "faq-jobs"},
		// A trade's future in words only the fear of losing it says, AI named or not; 前途 only
		// with AI named (TestOffTopicQuestionsAreNotCovered: 「学医还有前途吗」).
		{"做翻译的还有活路吗", "faq-jobs"},
		{"我们美工这一行还能干几年 讲真", "faq-jobs"}, // 讲真: how frankly asked, no part of what
		{"出纳员会失业吗", "faq-jobs"},
		{"现在ai啥都会 学会计专业还有前途吗", "faq-jobs"}, // what AI was said to do only says why
		{"有了ai以后是不是都不用律师了", "faq-jobs"},
		// How to ask an AI the reader has do a task, said with no outcome of the task after it.
		{"想让ai帮我写个寻物启事 怎么问比较好", "faq-prompting"},
		{"让豆包给小店起个名字 咋问才好", "faq-prompting"},
		{"我想让它帮我规划旅行 要怎么跟它说话", "faq-prompting"},
		// A creator's work taken to train a model is copyright and training data; so is what AI
		// wrote or translated asked whose it is, the FAQ on copyright.
		{"我拍的照片被人拿去训练模型 能告吗", "term-copyright"},
		{"那些ai公司训练模型是不是把网上的小说都扒了", "term-copyright"},
		{"用ai写的稿子版权归谁", "faq-copyright"},
		// Writing with AI and fearing a leak is what not to share; a grandchild is a child too,
		// and 「这个」 may stand between 用 and the AI.
		{"用ai写述职报告会不会泄密", "faq-what-not-share"},
		{"孙子用这个ai写作文 行不行", "faq-children"},
		// A voice like a relative's asking for money is a faked voice; an AI asked to work with no
		// network is running a model locally.
		{"视频通话里声音跟我领导很像 让我转账 是ai做的吗", "faq-deepfake"}, // guard: found before
		{"微信语音声音跟我女儿一模一样找我借钱 会是ai吗", "faq-deepfake"},
		{"没网的时候deepseek还能用吗", "term-local-deployment"},
		// 算得准 asks whether it calculates right; 「真的假的」 doubts what was heard, no word of
		// the subject.
		{"让ai帮忙算装修预算 它算得准吗", "faq-arithmetic"},
		{"训连一次大模型得花几个亿 真的假的", "faq-training-cost"},
		// What it cited that 「一查根本没有」 is made up; material not the reader's to share (内部
		// 文件, 病历) handed to AI asks what not to share, though no leak is named.
		{"叫ai找点法条 它给的那几条一查根本没有 咋回事", "faq-makes-things-up"}, // guard: found before
		{"能把单位的内部材料贴给ai让它润色吗", "faq-what-not-share"},
		// What AI made, asked whether it may go out as it is (拿去印, 拿去发), is whether to trust it.
		{"ai做的海报文字能直接拿去印吗", "faq-use-well"},
		// Who taught it, whether it has a brain, whether it discriminates at an interview: the
		// FAQ's questions in readers' words.
		{"它懂这么多东西 是谁教的 网上学来的吗", "faq-how-learned"},
		{"ai有没有脑子", "faq-understand"},
		{"公司用ai面试 会不会歧视年纪大的人", "faq-bias"},
		// What happened, said as 大事, is the history chapter's milestones; the reader's word is
		// said by the passages that say the term put for it.
		{"这几年ai都发生了啥大事", "intro-history"},
		// Which AI to use is the FAQ's question, whatever task the reader has for it.
		{"我是老师 备课用哪个ai比较好", "faq-which-one"},
		{"我们公司做客服用哪个大模型合适", "faq-which-one"},
		{"哪个大模型合适", "faq-which-one"},
		{"写代码用哪个ai帮忙最好", "faq-which-one"},     // found code generation first
		{"这么多模型 普通人日常用该选哪个", "faq-which-one"}, // many models, chosen from
		// Why a reasoning model thinks so long is test-time compute.
		{"推理模型为啥要想半天才开口", "term-test-time-compute"},
		// What it could do before (以前会的, 原来的本事) forgotten is catastrophic forgetting.
		{"练了新本事 原来的本事丢了 这叫啥", "term-catastrophic-forgetting"},
		{"微调完它以前会的都不会了", "term-catastrophic-forgetting"},
		// The reader's own writing, whatever it is called (小红书文案), is the FAQ on using AI well.
		{"用ai写小红书文案靠谱吗", "faq-use-well"},
		{"偷鸡解码是啥", "term-speculative-decoding"},         // 投机解码 as the ear hears it
		{"为啥它不知道昨天的新闻 知识截止是啥", "term-knowledge-cutoff"}, // the entry's short name
		// Names said in characters: ChatGPT, and, beside words of models, BERT, Llama, the Transformer.
		{"恰特gpt是哪年出来的", "history-chatgpt"},
		{"伯特跟gpt不都是变形金刚那个架构吗 有啥不一样", "history-transformer"},
		{"openai的准备框架是啥", "safety-preparedness-framework"}, // the report says Preparedness 框架
		{"为什么大模型会认为 9.11 比 9.9 大", "faq-arithmetic"},       // two decimals compared, by their numbers
		// The words of a 常见问法 the question asks are its section's: 七言诗 is only there.
		{"让ai写七言诗为啥老是凑不齐七个字", "faq-count-letters"},
		{"上小学的孙子能用ai写作业吗", "faq-children"},    // a grandparent's 孙子 is the FAQ's 孩子
		{"拓肯到底是个啥东西一个字就是一个拓肯吗", "term-token"}, // 「是个啥东西」 asks what it is
		{"token这玩意咋算钱", "term-pricing"},
		{"跑分会不会是刷出来的，题目被背过了咋办", "term-data-contamination"},
		{"榜单分数刷那么高，是不是题目漏进训练数据了", "term-data-contamination"}, // 漏进: leaked into
		// 「既能像普通聊天模型一样立刻作答」 read as an analogy hid the one sentence that names it.
		{"extended thinking是啥意思", "model-claude-3-7-sonnet"},
		{"模型是怎么决定下一个字的", "term-next-token-prediction"}, // 下一个字, said without 猜 or 预测
		// A knack asked for (窍门), or whether a trick works (管用), frames what is asked; how
		// fast, said with a degree (贼快), is the thesaurus's phrase without it.
		{"咋写提示词ai才听得懂 有啥窍门", "term-prompt-engineering"},
		{"多轮越狱、角色扮演越狱这些招现在还管用吗", "eval-human-sourced-jailbreaks"},
		{"为啥有的模型出字贼快 有的慢半天", "term-latency"},
		// What not to send to an AI, in the things readers have at hand and the word they fear.
		{"我把病人信息发给ai帮我写交班记录，会泄露吗", "faq-what-not-share"},
		{"把客户资料发给ai会不会泄露", "faq-what-not-share"},
		{"livecodebench为啥要强调live 防作弊？", "bench-livecodebench"}, // live: a word of the name said apart
		{"ai会不会偷看我的聊天记录", "faq-chat-training"},                 // 偷看我: privacy
		{"我给它几个例子它就照着做了 这个叫啥", "term-few-shot"},                // examples given to it, not asked of the tutor
		{"我们医院想把规章制度做个ai问答 是不是要把文件喂给它", "term-rag"},            // documents fed to it to answer from
		// A Latin name run into Chinese is stemmed as the names are (flops → flop), and a
		// name with @ stays whole.
		{"flops是什么意思", "term-flops"},
		{"跑分表里的cons@64是啥玩意", "metric-cons-64"},
		// A model that keeps repeating itself: greedy decoding, whose entry says why.
		{"模型为啥会重复说同一句话", "term-greedy-decoding"},
		// A metric by its Chinese name alone, or by its English name in full.
		{"百分位是啥意思", "metric-percentile"},
		{"置信区间是啥", "metric-bootstrap-ci"},
		{"exact match是啥", "metric-em"},
		// Being used for harm is what AI safety studies (and the FAQ on danger discusses).
		{"ai会不会被用来做坏事", "term-ai-safety"},
		// 「是一回事吗」 frames the question: its pair 「一回」 is no term to look for.
		{"大模型和chatgpt是一回事吗", "term-chatbot"},
		// A concept's name without its word of kind, where the report uses the stem only so.
		{"涌现是啥意思", "term-emergent-abilities"},
		// 「缺点」 asks what kind of answer, like 「坏处」: it is no word the entry must use.
		{"泛化有啥缺点", "term-generalization"},
		{"剪枝有啥缺点", "term-pruning"},
		// 「最早」, an adverb to the dictionary, asks for the first of something.
		{"最早的语言模型是啥时候有的呀", "history-shannon-1948"},
		// The reader's trade is who asks, not what is asked: no unknown word.
		{"ai会不会抢我们送外卖的饭碗", "faq-jobs"},
		// Nor is the app where they post.
		{"我在抖音上发的视频会被拿去训练ai吗", "faq-chat-training"},
		// Nor who told them.
		{"邻居说openai发了个啥系统卡 那是个啥东西", "term-system-card"},
		// Why a thing is popular is asked in a word no passage needs to say (火), and doubting
		// what was heard (「真的假的」) asks nothing of its own.
		{"大模型为啥这两年这么火", "history-chatgpt"},
		{"能用来训练的数据要用完了 真的假的", "outlook-scaling"},
		// 靠普 is 靠谱 mistyped, and asked with nothing before it, 它 is the AI the reader hands
		// a thing to.
		{"用ai给店里写个广告文案 靠普吗", "faq-use-well"},
		{"把一本两百页的电子书扔给它 它能读完吗", "term-long-context"},
		// Things of the reader's own typed into an AI, asked whether they leak: the FAQ on what
		// not to share, whatever the things are.
		{"我把员工工资表打进chatgpt对话框 会泄露吗", "faq-what-not-share"},
		// An AI that works a whole day unwatched (一整天, 不用人盯) is an agent.
		{"以后ai能一整天自己干活不用人盯着吗", "term-agent"},
		{"问chatgpt今天的新闻 它知道最近的事吗", "term-knowledge-cutoff"},
		// Of two clauses answered alone, the one that names its subject: the first only sounds
		// like a 「常见问法」 of the FAQ on AGI.
		{"ai能自己教自己变聪明吗 强化学习是啥", "term-reinforcement-learning"},
		// A word said as readers say it, typed in a character that sounds the same.
		{"为啥叫大模形 到底有多大呀", "term-llm"},
		// A concept asked what it means is what the question is about, however common its
		// name, and however the reader heard of it.
		{"大家常说的几千亿参数 参数到底指的啥", "term-parameter"},
		{"号称几万亿参数 参数指的啥", "term-parameter"},
		// When the reader places what they ask (「前阵子」「突然」) is no word to look for.
		{"r1前阵子为啥突然那么火", "history-deepseek-r1"},
		{"为啥ai算数老出错", "faq-arithmetic"}, // 算数, as readers write 算术
		{"训练数据会不会有一天不够用", "outlook-scaling"},
		// 输进、贴进 are how readers say 发给 of handing a chat AI their papers.
		{"把公司合同贴进chatgpt会不会泄密", "faq-what-not-share"},
		// Work taken said verb first, and the reader's trade beside it.
		{"chatgpt会不会夺走我们翻译的工作", "faq-jobs"},
		{"ai迟早砸了我们客服的饭碗吧", "faq-jobs"},
		// What an AI drafted, asked whether it can be used as it is; what it cited, not found.
		{"chatgpt起草的合同能直接拿来用吗", "faq-use-well"},
		{"chatgpt列的参考文献我一查根本找不到", "faq-makes-things-up"},
		// A thing of the report asked whether it is the everyday thing of the same name.
		{"transformer跟变形金刚有关系吗", "term-transformer"},
		{"智能体跟特工有关系吗", "term-agent"},
		// Two assistants weighed for a task, or the strongest asked for one: which to use.
		{"写周报用deepseek好还是kimi好", "faq-which-one"},
		{"做ppt哪个ai最厉害", "faq-which-one"},
		// Whether what an AI answered is right, however the reader says it: checking.
		{"deepseek给我的数字准不准 咋核实", "faq-use-well"},
		{"豆包回答的东西怎么知道真假", "faq-use-well"},
		// A later clause's 它 is the assistant named before it, asked of as AI.
		{"在家用chatgpt 哪些东西别发给它", "faq-what-not-share"},
		// Where AI goes from here, said in words of time and change, is the outlook's overview.
		{"大模型下一步会往哪走", "intro-outlook"},
		{"今后几年ai会怎么变", "intro-outlook"},
		// Whether it keeps getting stronger is the outlook on scaling.
		{"大模型以后还会继续进步吗", "outlook-scaling"},
		{"人工智能的进步是不是快到头了", "outlook-scaling"},
		// Hype doubted (炒作, 噱头) is no word of the question's own, like 「真的假的」.
		{"智能体是真的还是炒作", "term-agent"},
		{"多模态是真的还是噱头", "term-multimodality"},
		// Whether there is still work for the reader, with AI come, is the FAQ on jobs.
		{"ai来了以后我们做设计的还有活干吗", "faq-jobs"},
		// Whether a chain of thought shows what the model thinks is what its monitoring asks.
		{"从思维链能看出ai真正在想啥吗", "safety-cot-monitoring"},
		// A voice or a face AI copied to ask for money, whoever was copied; the trades AI
		// reaches, whatever the change is called; work left to AI; a photo sent to an AI.
		{"骗子用ai模仿我妈的声音借钱 咋办", "faq-deepfake"},
		{"ai会颠覆哪些工作", "faq-work-exposure"},
		{"这活以后全给ai抢了吧", "faq-jobs"},
		{"把工资条拍给豆包 会泄露不", "faq-what-not-share"},
		// A long name typed as two words that read like it.
		{"机器学系是啥", "term-machine-learning"},
		// 大模型 is what readers call AI where the 「常见问法」 say ai.
		{"大模型会取代翻译吗", "faq-jobs"},
		// A board of evaluations, as readers call the leaderboards.
		{"测评榜上的第一靠谱吗", "term-leaderboard"},
		// The first chatbots, described by what one pretended to be.
		{"最早冒充心理医生聊天的程序是哪个", "term-chatbot"},
		// An AI asked to do a doctor's work: whether it can be trusted with it.
		{"ai能给我看化验单吗", "faq-use-well"},
		// Whether chatting with an AI costs money.
		{"跟ai聊天花钱吗", "faq-pricing"},
		// How fast words come out, fast as well as slow, is latency.
		{"有的模型出字快 有的慢 为啥", "term-latency"},
		// A share price said as what happened, beside what is asked, asks no investment advice.
		{"r1凭啥那么火 英伟达的股价都跌了", "history-deepseek-r1"},
		// 该用哪个 asks which AI to use without saying 好.
		{"市面上这么多ai我该用哪个", "faq-which-one"},
		{"大模型一大堆 我该用哪款", "faq-which-one"},
		// A word of grammar that asks which or how many (「哪几个」) is no term the report must hold.
		{"训练大模型一般分哪几个阶段", "tech-training"},
		// A chat assistant called by its everyday name (豆包) is AI, so words of the reader's own
		// beside an everyday name of an entry are no strange company.
		{"给豆包接上工具让它自己操作电脑 安全不", "term-computer-use"},
		// A reader who names their trade and asks whether it has a future asks, of an AI tutor,
		// whether AI takes their work.
		{"我干装修的 以后还有活干吗", "faq-jobs"},
		{"我是学会计的 将来会失业吗", "faq-jobs"},
		// Work made with AI asked whether it will be found out is the FAQ on telling AI's text.
		{"研究生用chatgpt写毕业论文能被导师发现吗", "faq-detect"},
		{"用豆包写作文会被老师查出来吗", "faq-detect"},
		// With nothing before it, 它 is the AI the reader uses: whether what it answered is right
		// is the FAQ on using AI well.
		{"它给的法律条文准不准", "faq-use-well"},
		{"做会计的 它说的税率能信吗", "faq-use-well"},
		// A noun that asks something of what is named (原理, 意思) is no strange company, nor a
		// word a 「常见问法」 of the named thing says (寒冬).
		{"量化到底是啥原理", "term-quantization"},
		{"投机解码背后的原理是啥", "term-speculative-decoding"},
		{"神经网络以前经历过寒冬吗", "history-neural-ups-downs"},
		// Using AI for a task of one's own, and what to watch out for, is the FAQ on using AI
		// well, whatever the task.
		{"平时用ai做表格要注意点啥", "faq-use-well"},
		{"拿deepseek写周报有啥坑", "faq-use-well"},
		// The reader's own use of AI, in more of their words: whether what they hand over is
		// safe, what if it tells them wrong, how to ask it so it does the task well.
		{"公司报表丢给豆包分析 信息安全吗", "faq-what-not-share"},
		{"让ai给我讲历史 它说错了咋办", "faq-use-well"},
		{"咋跟ai说它才能翻译得地道", "faq-prompting"},
		// Losing one's job to AI, said 被ai干掉; AI put to fraud, and whether it can be stopped.
		{"程序员会不会被ai干掉", "faq-jobs"},
		{"ai被用来搞诈骗能管住吗", "faq-dangerous"},
		// A young child's use of AI is the FAQ on children's use, however the child is called
		// (小孩子, 儿子); a high-school student learning with it is using AI well (the first and
		// the last are guards: found so before).
		{"孩子能用chatgpt吗", "faq-children"},
		{"儿子用ai写作业要注意啥", "faq-children"},
		{"小孩子用ai会不会学到坏东西", "faq-children"},
		{"高中生用ai学化学 咋用才不算偷懒", "faq-use-well"},
		// Whether training fed it the whole web.
		{"ai是不是把整个网上的内容都喂进去训练了", "faq-how-learned"},
		// How it learned Chinese is what its languages are (the entry on multilingual ability).
		{"大模型的中文是咋学会的", "term-multilingual"},
		// Set 34's false declines, in other words: bad intent (坏心思) is scheming; a summary
		// the reader asks AI for is a draft; whether it understands or guesses; a teacher
		// telling AI's work; everyone's own AI helper is where agents go; made-up citations.
		// (Whether it understands is a guard: found so before, in these words.)
		{"ai会不会偷偷起坏心思", "term-scheming"},
		{"采购清单能让豆包帮着汇总不", "faq-use-well"},
		{"大模型是真理解了我的话 还是全凭猜", "faq-understand"},
		{"研究生用ai写论文 导师看得出来吗", "faq-detect"},
		{"以后会不会人人都有个ai助理", "outlook-multimodal-agents"},
		{"让ai找资料 会不会给我编个假的出处", "term-hallucination"},
		// A job taken said 替掉 is a job replaced; a model called a fancy autocomplete is
		// next-token prediction (the report's own analogy is a phone's word suggestions).
		{"当会计的以后会被ai替掉吗", "faq-jobs"},
		{"说白了大模型就是个高级自动补全吧", "term-next-token-prediction"},
		{"怎么问deepseek才能有好答案", "faq-prompting"}, // how to get good answers is how to ask
		{"大模型推理速度取决于什么", "term-latency"},       // how fast it answers: latency and throughput
		// The reader's trade or work said taken (「这活」「工作」 被ai抢/干掉) is the FAQ on jobs.
		{"前台这活过几年会不会被ai干掉", "faq-jobs"},
		{"等孩子长大了还有啥工作不会被ai抢", "faq-jobs"},
		// A safety limit said 绕过去 is a jailbreak; a video made with someone else's face is a
		// deepfake; a model called a guesser of words is next-token prediction.
		{"有人把ai的安全限制绕过去了 咋做到的", "term-jailbreak"},
		{"网上用别人的脸做的视频咋分辨真假", "term-deepfake"},
		{"大模型说白了是不是个猜词机器", "term-next-token-prediction"},
		// Whether AI is new, and how it learns compared with people, in readers' words; the knack
		// of asking (提问的窍门) is prompt engineering.
		{"ai是不是最近才有的 以前咋没听过", "intro-history"},
		{"ai学东西跟人一样吗 教一遍就能会吗", "faq-how-learned"},
		{"让ai写发言稿总是很官方 有啥提问的窍门吗 想写得亲切点", "term-prompt-engineering"},
		// Smarter than people, with 还 between (比人还聪明), is AGI; words turned into numbers are
		// tokens; rules said as being kept tighter (管得越来越严) are regulation.
		{"大模型会不会有一天比人类还聪明", "faq-agi"},
		{"电脑是怎么把文字变成数字来处理的", "term-token"},
		{"对ai会不会管得越来越严", "term-ai-regulation"},
		// A model that says wrong things (说错话) hallucinates; test questions it has seen
		// already (题目它早就见过) are contamination; how a maker stops it (怎么拦) is guardrails.
		{"问ai历史问题它老说错话 为啥", "term-hallucination"},
		{"ai考试分数那么高 会不会是题目它早就见过", "term-data-contamination"},
		{"有人问ai违法的事 厂家是怎么拦的", "term-guardrails"},
		{"用ai翻译产品说明书 翻得地道吗", "term-multilingual"}, // how well it translates: its languages
		{"它写的代码有安全问题咋办", "term-code-generation"},  // code it wrote (写的代码) is code generation's
		// No network, said before AI (没网的时候能用ai), is offline use.
		{"出门在外没网的时候能用ai吗", "term-local-deployment"},
		// 搞不清 says the model is confused, which is the question's frame, not an unknown word.
		{"大模型咋连9.11和9.9谁大都搞不清", "faq-arithmetic"},
		// Politeness (这么客气, 有礼貌) is what alignment trains in.
		{"ai说话为啥都这么客气 谁教的", "term-alignment"},
		{"满血版deepseek跟蒸馏版差在哪", "model-deepseek-r1"},           // 满血版, as readers call the full R1
		{"以后能不能每人配一个ai私人秘书", "term-agent"},                    // an AI 私人秘书 is an agent
		{"ai能取代兽医吗 我们宠物医院是不是要关门了", "faq-jobs"},                // a 兽医's job, though 医 alone is no trade
		{"我奶奶用ai查偏方 要注意点啥", "faq-use-well"},                   // an elder's use of AI is anyone's
		{"聊着聊着它就忘了我开头说的要求", "term-context-window"},            // 聊着聊着, the long chat that fills the window
		{"切特gpt是哪年出来的", "history-chatgpt"},                    // ChatGPT as speech input spells it
		{"为啥说有的模型能记住一百万字", "term-long-context"},               // a huge size held at once is long context
		{"ai以后会不会不听人话 自己干自己的", "term-ai-safety"},              // 不听人话: out of people's control
		{"咋让它写短点 每次都写一大堆", "term-prompt-engineering"},         // asking it for shorter text is prompting
		{"以后活是不是全让机器干了", "faq-jobs"},                          // all the work left to machines
		{"chatgpt是美国哪个公司做的", "history-chatgpt"},               // the maker's country is taken for granted, not asked
		{"以后开出租也会被ai取代吗", "faq-jobs"},                         // a trade said as what its workers do
		{"ai都能自己开车了 我跑了十年货运 要不要趁早转行", "faq-jobs"},             // changing trades, with AI named
		{"用ai处理业主信息 姓名电话门牌号这些 有没有隐私风险", "faq-what-not-share"}, // set 38's ao024
		{"各家的大模型 到底咋比谁更厉害", "term-benchmark"},                 // how they are compared: benchmarks
		{"给美甲店写会员充值活动的文案 怎么问它写得好", "faq-prompting"},           // the reader's offer is no service asked for
		{"我拿ai写请假条 咋让它别那么官方", "faq-prompting"},                // a manner of writing to ask away
		{"ai打来的骚扰电话越来越多 爸妈咋防骗", "faq-deepfake"},               // an AI's call, a scam to guard against
		{"一次能处理多长的合同", "term-context-window"},                 // how long a text it reads at once
		{"国内主流的大模型有哪些", "intro-models"},                       // 国内 of models is China's
		{"以后仓库都用机器人了 还需要人吗", "faq-jobs"},                      // people needed still, with machines named
		{"收费员以后还有吗 感觉全被机器替了", "faq-jobs"},                     // a trade the report never names
		{"学设计以后会不会被ai卷死", "faq-jobs"},                         // outdone by AI: 卷死
		{"发言稿用ai写 要注意点啥", "faq-use-well"},                     // a speech is writing of the reader's
		{"所谓词元，跟汉字是一回事吗", "term-token"},                       // 所谓 introduces the name: no word joined to it
		{"所谓神经网络 跟人脑一样吗", "term-neural-network"},
		{"开货车的以后是不是都得失业", "faq-jobs"},             // 得失业, the fear of losing the work
		{"ai会不会取代儿科医生", "faq-jobs"},               // a doctor taken over, not seen
		{"房产中介会不会被ai取代", "faq-jobs"},              // 中介, a worker
		{"以后写公文的岗位会不会减人", "faq-jobs"},             // 减人, with no AI said
		{"学会计还有前途没 ai都会记账了", "faq-jobs"},          // a study's future, AI named after
		{"公司的内部文件能不能拿ai翻译", "faq-what-not-share"}, // secret material put to AI
		{"用ai写投稿的小说 编辑能看出来吗", "faq-detect"},       // whether an editor can tell
		{"能不能让ai照着我们单位的制度文件来回答问题", "term-rag"},    // answering from the reader's documents
		{"让ai写周报 它总写得太长", "faq-prompting"},        // what it keeps getting wrong is how to ask
		{"用ai给店铺起名 怎么问出来有新意", "faq-prompting"},
		{"阿尔法狗跟chatgpt是一回事吗", "history-alphago"}, // AlphaGo's Chinese nickname
		// The written register's question words (「何谓」「几何」「当如何」) are the everyday ones.
		{"近闻AI可仿冒亲人声音，当如何防范？", "faq-deepfake"},
		{"请教：训练这种大模型需费几何？", "faq-training-cost"},
		// 「被ai顶了」 is taken over; a village doctor is a worker.
		{"以后乡医会不会被ai顶了", "faq-jobs"},
		{"孩子用ai写作文算作弊吗", "faq-children"},
		// How to go about having it write a thing: how to ask it.
		{"想让ai帮我给店里的新品写段宣传语 咋弄", "faq-prompting"},
		{"让豆包帮我写个请假条怎么弄", "faq-prompting"},
		// A kinsman's voice on a call that asks for money: a faked voice's scam.
		{"接了个电话是我女儿声音要钱 会是ai换声吗", "faq-deepfake"},
		// Traditional characters, with Taiwan's words (資料, 記憶體), read in the report's script.
		{"大型語言模型為什麼會一本正經地胡說八道", "faq-makes-things-up"},
		{"混合專家模型是怎麼省下算力的", "term-moe"},
		{"把公司的客戶資料丟給AI安全嗎", "faq-what-not-share"},
		{"GPQA Diamond考的是哪些科目", "bench-gpqa-diamond"}, // guard: the name alone finds it
		{"記憶體不夠能在自己電腦上跑模型嗎", "term-local-deployment"},
		// Cantonese: 点解 is why, 系咪 is whether, 边间 which company, 讲大话 telling lies.
		{"點解AI會講大話", "term-hallucination"},
		{"長上下文係咩意思", "term-long-context"},
		{"DeepSeek R1係邊間公司整嘅", "model-deepseek-r1"},
		{"小朋友用AI做功課得唔得", "faq-children"},
		// Everyday words for its falsehoods: 乱讲, 讲假话.
		{"ai为啥老是乱讲", "term-hallucination"},
		{"问它问题总讲假话是咋回事", "term-hallucination"},
		// Everyday English words in a Chinese question are its Chinese words.
		{"这个model到底是怎么train出来的", "tech-training"},
		{"AI写的homework老师能detect出来吗", "faq-detect"},
		// 人工智能 as the everyday name of the AI the reader uses, not the field's entry.
		{"骗子用人工智能模仿我爸的声音打电话借钱怎么防", "faq-deepfake"}, // guard
		{"人工智能的机房是不是特别费电", "faq-energy"},
		// Popular, said 爆红, and news the reader had not heard.
		{"chatgpt为啥一推出就爆红 之前都没听过", "history-chatgpt"},
		// When the reader was a child (小时候) frames when, as 当年 does.
		{"我小时候就知道人工智能这个词了 跟如今的大模型是一回事吗", "term-ai"},
		// Data scraped from the web (网上抓) is training data's.
		{"练大模型用的数据是不是从网上抓来的", "term-training-data"},
		// How to give it instructions (下指令) is how to ask it.
		{"用ai写英文邮件 要怎么下指令才不像机器写的", "term-prompt-engineering"},
		// A problem it has never met (没遇到过的问题) asks how far it generalizes.
		{"ai碰上没遇到过的问题还能答对吗", "term-generalization"},
		// Regional Mandarin: Sichuan's 咋个 and 巴适, the Northeast's 老鼻子.
		{"让它写个通知，咋个跟它说它才写得巴适", "faq-prompting"},
		// Whoever is replaced by AI (被ai替了, 被它取而代之), named as a trade the report never
		// names, asks the FAQ on jobs.
		{"写网文的迟早被ai替了吧", "faq-jobs"},
		// (Or the other way round, after the reader turns to the tutor with 你说.)
		{"你说以后ai会不会把我们开出租的都换了", "faq-jobs"},
		// A voice just like a child's (一模一样) asking for money (要钱) is a faked voice,
		// whatever company the words keep; elders call the AI 智能.
		{"接到个电话 声音跟我闺女一模一样 开口就要钱 这是咋回事", "faq-deepfake"},
		{"声音跟孙子一模一样 打电话来要钱 是不是这个智能弄的", "faq-deepfake"},
		// The material it is trained on, said 资料, is training data.
		{"这些大模型是拿啥资料训练的", "term-training-data"},
		// Training one's own AI on one's own material (训练一个自己的) is fine-tuning.
		{"拿公司的文档训练一个自己的ai难不难", "term-fine-tuning"},
		// How to have the assistant, named, write a thing of the reader's is how to ask it.
		{"咋让ai写个活动通知 差评怎么回", "faq-prompting"},
		{"用kimi写述职报告咋整", "faq-prompting"},
		// A robot that outwits people, said by older readers, is the AI; how they feel about it
		// (有点担心) is not what they ask.
		{"以后这个机器人会不会比人还聪明 会不会管着人 我有点担心", "term-agi"}, // guard
		// Popular, said 这么红.
		{"deepseek咋突然这么红", "history-deepseek-r1"},
		{"再过些年，搞翻译的人会不会被它取而代之？", "faq-jobs"},
		// 它 with nothing before it is the AI the reader uses, as the 「常见问法」 say ai.
		{"跟它聊过的事 它一直都记着吗", "faq-memory"},
		{"能不能跟它说话让它把答案念出来", "term-speech"},
		{"练一个大模型得花老鼻子钱吧 咋练的", "faq-training-cost"},
		// Shanghai's and Henan's words.
		{"搿个上下文窗口是啥物事", "term-context-window"},
		{"侬讲大模型哪能晓得下头一个字", "term-next-token-prediction"},
		{"伊拉训练搿种大模型要几化铜钿", "faq-training-cost"},
		// How to tell it (跟它讲) so that it writes well is how to prompt it.
		{"想让它帮我写份检讨 怎么跟它讲它才写得像样", "faq-prompting"},
		// An English name said in the singular where the report writes the plural.
		{"emergent ability 是啥意思", "term-emergent-abilities"},
		// Made-up references and sources are hallucination.
		{"它会编文献编出处吗 咋防", "term-hallucination"},
		// Whether errors in what it read are learnt too: what pre-training learns.
		{"训练数据里有错的，ai也会跟着学错吗", "term-pre-training"},
		// A trade's worker laid off or replaced, with AI named before.
		{"以后ai这么能干，我们这跑外卖的都得下岗吧", "faq-jobs"},
		{"有了ai，药剂师会被替代吗", "faq-jobs"},
		// Whether it writes a word at a time, said as a learner of Chinese says it, apologies
		// and greeting included.
		{"안녕 大模型写句子是一个词一个词写的吗 我的中文不好 sorry", "term-autoregressive"},
		{"它是先想好整句再说，还是边说边想", "term-autoregressive"},
		// The written register's 领会 and 赐教.
		{"大模型能领会人话的意思吗？敬请赐教", "faq-understand"},
		// A polite 您 is no word of what is asked; nor is 行不行 closing a question.
		{"您给说说大模型是咋训练出来的", "tech-training"},
		{"您说说幻觉咋避免", "term-hallucination"},
		{"两位数乘法它老算错 行不行啊 咋回事", "faq-arithmetic"},
		// A northern 儿 on a word the report writes without it.
		{"ai画的画儿有版权不", "faq-copyright"},
		// Token, as voice input writes it.
		{"投坑到底是个啥", "term-token"},
		// A clause that asks just what a 「常见问法」 asks, beside advice the report gives none of.
		{"想让ai帮我挑个大学专业，它给的建议能信吗", "faq-use-well"},
		// A fast typist's pinyin initials (sm, wsm) and keyboard slips (推里 for 推理).
		{"推里模型是sm wsm它要想很久", "term-reasoning-model"},
		// Speaking to it, for a reader who does not type; images it makes.
		{"不用打字能跟ai说话吗", "term-speech"},
		{"ai能帮我做图吗", "term-text-to-image"},
		// A dictated question with a word said three times and a 那个 of hesitation, after who
		// told the reader: no strange company for 参数.
		{"我外孙说这东西有几千亿个参数参数那个参数到底是啥东西", "term-parameter"},
		// Asked which company makes each of two families: each maker's section.
		{"claude和gemini分别是哪家公司的", "models-anthropic"},
		// How much a window holds, asked as what it can be stuffed with (能塞多少).
		{"上下文32k到底能塞多少字", "term-context-window"},
		// A trade's work asked of AI, or its rice bowl (饭碗) asked how long it lasts.
		{"以后银行柜员的活儿ai能干吗", "faq-jobs"},
		{"会计这个饭碗还能端几年", "faq-jobs"},
		// 最早 before a when asks when it first came: no strange word.
		{"chatgpt最早是哪一年上线的", "history-chatgpt"},
		{"ai考试考了高分，考的都是啥题", "bench-human-exams"},
	} {
		res := mustSearch(t, ix, Query{Text: c.q})
		if !res.Covered || !slices.Contains(topAnchors(res, 3), c.anchor) {
			t.Errorf("%s: covered %v, top %v; want %s", c.q, res.Covered, topAnchors(res, 3), c.anchor)
		}
	}
	// 「能聊天的机器人」 is the chatbot, not a child's chat app; 「编造答案」 is hallucinating.
	for _, c := range []struct{ q, anchor string }{
		{"chatgpt之前有没有能聊天的机器人", "term-chatbot"},
		{"ai老编造答案咋办", "term-hallucination"},
	} {
		if res := mustSearch(t, ix, Query{Text: c.q}); !res.Covered || res.Hits[0].Anchor != c.anchor {
			t.Errorf("%s: covered %v, top %v; want %s first", c.q, res.Covered, topAnchors(res, 3), c.anchor)
		}
	}
	// A set phrase whose halves are not words (家长里短, everyday chatter) is no parent: the
	// question is not one on children.
	if top := topAnchors(mustSearch(t, ix, Query{Text: "跟ai聊的那些家长里短，公司会拿去训练吗"}), 3); slices.Contains(top, "faq-children") || top[0] != "faq-chat-training" {
		t.Errorf("「……家长里短……拿去训练吗」 found %v; want the FAQ on chats used for training first, not the one on children", top)
	}
	// A first clause that plainly asks of an entry (who makes Claude) has its answer second,
	// when what follows (a colleague's comparison) led the whole elsewhere.
	if top := topAnchors(mustSearch(t, ix, Query{Text: "claude是哪家公司的，我同事说它写东西比chatgpt强"}), 2); !slices.Contains(top, "models-anthropic") {
		t.Errorf("「claude是哪家公司的，……」 found %v first; want Anthropic's section among the first two", top)
	}
	// Who told the reader (我孙子说, 他们老说) is not what is asked: a grandson is no question on
	// children's use.
	if top := topAnchors(mustSearch(t, ix, Query{Text: "我孙子说ai能自己上网帮人订票 真的吗"}), 1); slices.Contains(top, "faq-children") {
		t.Errorf("「我孙子说ai能自己上网帮人订票」 found %v first; the informant is not what is asked", top)
	}
	// A clause that says nothing but the field's name asks of the first clause's subject, not
	// what 「大模型是什么？」 asks; 一开始 and 最初 frame when. (The first is a guard.)
	for _, q := range []string{"图灵测试一开始是谁提出来的 现在的大模型算通过了吗", "图灵测试最初是谁想出来的？如今的大模型算不算通过了"} {
		if res := mustSearch(t, ix, Query{Text: q}); !res.Covered || res.Hits[0].Anchor != "term-turing-test" {
			t.Errorf("%s: covered %v, top %v, asked %q; want the Turing test's entry first", q, res.Covered, topAnchors(res, 3), res.Asked)
		}
	}
	// Where the field is going: the outlook chapter's opening lists its trends in a sentence,
	// its summary as a list; both are found.
	if top := topAnchors(mustSearch(t, ix, Query{Text: "今后几年大模型大概往哪些方向走"}), 5); !slices.Contains(top, "intro-outlook") || !slices.Contains(top, "outlook-summary") {
		t.Errorf("「今后几年大模型大概往哪些方向走」 found %v; want the outlook's opening and its summary", top)
	}
	if m := ix.matchAsks("面试时怎么介绍自己？"); len(m) > 0 {
		t.Errorf("one shared word matched a section's question: %v", m)
	}
	// Whether a patient's record put in leaks: what the FAQ's 「常见问法」 asks.
	if res := mustSearch(t, ix, Query{Text: "输进去的病历会不会泄露出去"}); !slices.Contains(ix.AsksOf("faq-what-not-share"), res.Asked) {
		t.Errorf("「输进去的病历会不会泄露出去」 asked %q, no question of the FAQ on what not to share", res.Asked)
	}
	// A question of one rare word asks what a 「常见问法」 of that word alone asks.
	if m := ix.matchAsks("蒸馏又是个啥意思"); m["term-distillation"].score < minAskScore {
		t.Errorf("「蒸馏又是个啥意思」 matched no question of the entry on distillation: %v", m)
	}
	// A question about one model asks nothing of another model's 「常见问法」; the model's own
	// still match.
	res := mustSearch(t, ix, Query{Text: "o3-mini 能看图吗？"})
	other := func(a string) bool { return strings.HasPrefix(a, "model-") && a != "model-o3-mini" }
	if top := topAnchors(res, 5); top[0] != "model-o3-mini" || slices.ContainsFunc(top, other) || slices.ContainsFunc(res.Named, other) {
		t.Errorf("「o3-mini 能看图吗？」 named %v and found %v: 「llama 3 能看图吗？」「kimi k2.5 能看图吗？」 ask of other models", res.Named, top)
	}
	if top := topAnchors(mustSearch(t, ix, Query{Text: "llama3 能看图吗"}), 1); top[0] != "model-llama-3" {
		t.Errorf("「llama3 能看图吗」 found %v first, not Llama 3's entry", top)
	}
	// A lone word the report uses everywhere, or a name weighed by its entry's own signal,
	// asks nothing of a 「常见问法」 alone.
	for _, q := range []string{"训练是啥意思", "这么多ai到底该用哪个"} {
		if m := ix.matchAsks(q); len(m) > 0 {
			t.Errorf("%s matched a section's question alone: %v", q, m)
		}
	}
}

func TestAsksForService(t *testing.T) {
	for _, c := range []struct {
		q    string
		want bool
	}{
		{"kimi会员一个月多少钱来着", true},
		// Buying a phone for its AI; not a model run on one (guard).
		{"打算换部新手机 哪家的ai助手好用", true},
		{"手机上能装个小模型离线用吗", false},
		// Which plan to buy, and where compute rents cheapest; not a model's tiers (guard).
		{"想买个chatgpt plus 还是开claude pro划算", true},
		{"这周哪家云平台租显卡最便宜", true},
		{"gemini pro 和 flash 有啥区别", false},
		{"通义的云服务器现在打折不", true},        // a sale
		{"有的服务商对缓存输入打折扣，这是为啥", false}, // the report's cached-input discount
		// An account banned and the balance left on it; what a company spends on ads.
		{"claude的api key突然被封了 余额咋退", true},
		{"豆包去年投流花了多少钱", true},
		{"gpt4o语音模式对面说话我这边没声音，蓝牙耳机是连着的", true},
		{"通义千问电脑版在哪下载", true},
		{"gemini提示所在地区不可用 咋解决", true},
		{"ai克隆声音的软件叫啥来着", true},
		{"chatgtp国内咋注册啊 手机号收不到验证码", true},
		// A plan's price and what it gives, paying for it, whether a free app will charge.
		{"gemini advanced一个月多少钱", true},
		{"通义的会员和免费版差在哪", true},
		{"文心一言以后会不会收费", true},
		// An app's chat history and a page that keeps loading; a device's heat.
		{"豆包的聊天记录咋导出", true},
		{"deepseek网页一直转圈 咋回事", true},
		{"笔记本跑模型发烫正常吗", true},
		// A video put into a web page: 嵌入 of a page, not a model's embeddings.
		{"博客里咋嵌入youtube视频", true},
		{"多模态模型是怎么把图片嵌入成向量的", false},
		// Why some services are free and others are not is the report's.
		{"为啥有的ai免费有的要收钱", false},
		// A free app for a task, or a budget for a purchase, is a shop's question; a free plan
		// of a chat service is the report's.
		{"有没有免费的ai剪视频工具", true},
		{"哪个ai修图软件免费", true},
		{"想配台电脑跑ai 预算六千怎么配", true},
		{"预算5000配个电脑跑本地模型", true},
		{"手机上哪款输入法最好用", true},
		{"语言模型跟输入法联想是一回事吗", false}, // the entry's analogy, asked about
		{"免费用户能用o3mini吗", false},
		{"ai免费版和付费版差在哪", false},
		// A model's weights are downloaded from where the report says.
		{"qwen 的模型权重在哪下载", false},
		{"h100 一张多少钱 为啥训练要那么多卡", false},
		{"chatgpt 为啥按 token 收费", false},
		// A plan's price said outright asks about the plan; money spent on training does not.
		{"claude max要100刀一个月 值不值", true},
		{"deepseek训练才花了500多万刀？", false},
		{"为啥有的 ai 要收费", false},
		{"ai会员为啥要按月收费", false}, // why subscriptions exist is the FAQ on pricing
		{"chatgpt plus会员咋充值", true},
		{"ai客服老是转不了人工咋办", true},
		{"ai客服会不会取代人工客服", false}, // the FAQ on jobs
		// Finding a tool, an app's limits and checks, a phone, a contest, a device, office software.
		{"有啥浏览器插件能ai翻译整个网页还带双语对照的", true},
		{"推荐个能用ai去水印的网站", true},
		{"vscode装哪个ai补全插件好，copilot要收钱", true},
		{"kimi会员一天能问多少次啊", true},
		{"gemini要手机号验证，国内号能用不", true},
		{"天天接ai推销电话，咋屏蔽啊烦死了", true},
		{"数学竞赛怎么报名", true},
		{"这款手机的参数怎么样", true},
		{"电脑窗口老是卡住咋整", true},
		{"word 里文字怎么对齐", true},
		// Software and devices that run a model are the report's.
		{"有啥软件能在自己电脑上跑大模型", false},
		{"手机的配置怎么样才能跑本地模型", false},
		{"大模型的参数是啥意思", false},
		// The day's news is a news site's; why a model cannot tell it is the report's.
		{"最近ai圈发生了什么大事", true},
		{"问ai今天的新闻它为啥答不上来", false},
	} {
		if got := AsksForService(c.q); got != c.want {
			t.Errorf("AsksForService(%q) = %v, want %v", c.q, got, c.want)
		}
	}
}

func TestAsksForAdvice(t *testing.T) {
	for _, c := range []struct {
		q    string
		want bool
	}{
		{"大模型算法面试一般问啥 手撕代码难不难", true},
		{"计算机专业大一要学啥课 高数难不难", true}, // a major's courses
		{"数学老是考不好咋办", true},
		{"被客户拒了两回 该不该继续跟进", true}, // a salesperson's call
		{"儿子英语考了58分怎么办", true},
		{"听说ai参加律师考试考了高分，考的是啥", false},       // an exam an AI sat
		{"以太坊上发的token跟大模型的token是一回事吗", true}, // coins

		{"大一高数挂科了咋办", true},
		{"想注册一家人工智能科技公司，经营范围咋写", true},
		{"前端学vue还是react好找工作", true},
		{"智谱啥时候上市", true},
		{"英伟达股价还能涨吗", true},
		{"孩子想学编程，报哪个机构好", true},
		{"考研数学一和数学二有啥区别", true},
		{"零基础学python要多久", true},
		// Work after a layoff, a project that promises money, a child's attention span.
		{"被裁了想转行，哪个招聘平台ai岗位多", true},
		{"有个ai币项目说年化50%，能投吗", true},
		{"孩子写作业注意力不集中咋办", true},
		{"期末要考transformer的公式推导 能帮我押个题吗", true},
		// A derivation (推导一下) is a textbook's: the report explains in words.
		{"softmax的梯度能推导一下吗", true},
		{"反向传播是怎么回事", false},
		{"注意力机制是啥", false},
		{"python从哪学起比较好", true},
		{"量化交易是怎么赚钱的", true},
		{"网络安全工程师要考什么证", true},
		{"python怎么入门", true},
		{"孩子数学成绩差怎么提高", true},
		{"儿子数学只考了七十分咋办", true},
		{"数学不好能学ai吗", true},
		{"o3-mini在gpqa上考了多少分", false}, // a score: the report's scope note answers it
		{"量化以后模型会变笨吗", false},
		{"我零基础，能讲讲 transformer 吗", false},
		// The report's own subjects, in the same words.
		{"openai研究工程师面试题考啥", false},
		{"ai会不会让我的工资降低", false},
		{"用ai筛简历会有偏见吗", false},
		{"ds r1是哪家公司的，为啥它一出来美股都跌了", false},
		// A job at a lab, a résumé, funding, a school's checks, the law on one person's acts.
		{"深度求索招人吗，应届生好进不", true},
		{"听说现在简历都是ai先筛，写啥关键词容易过", true},
		{"智谱最近又融了多少钱", true},
		{"论文aigc检测率60%，咋降到20以下啊 急！！", true},
		{"网上发ai换脸的明星视频会被罚款吗，罚多少", true},
		{"被ai换脸诈骗了咋报警 钱能追回来不", true},
		{"用ai换脸别人照片发朋友圈犯法吗", true},
		// The law on training data and the lawsuits over it are the report's.
		{"用网上的文章训练ai犯法吗", false},
		{"作家为啥起诉openai", false},
		{"agi为啥老被拿来讲融资故事", false},
		// Which to learn first, one thing or another, is a study plan; what a model learns
		// first is not.
		{"想转行做算法 先学java还是go好", true},
		{"模型先学会的是语法还是事实", false},
	} {
		if got := AsksForAdvice(c.q); got != c.want {
			t.Errorf("AsksForAdvice(%q) = %v, want %v", c.q, got, c.want)
		}
	}
	// And the decision: the question is declined.
	_, ix := sharedIndex(t)
	if res := mustSearch(t, ix, Query{Text: "大模型算法面试一般问啥 手撕代码难不难"}); res.Covered {
		t.Errorf("a question on job interviews is covered: %v", topAnchors(res, 3))
	}
}

// No question a section says it answers is a request for a product's service or for advice:
// the rules would decline what the report covers.
func TestNoAskIsAServiceRequest(t *testing.T) {
	r, _ := sharedIndex(t)
	for _, s := range r.AllSections() {
		for _, q := range s.Asks {
			if AsksForService(q) {
				t.Errorf("%s lists 「%s」, which AsksForService reads as a service request", s.Anchor, q)
			}
			if AsksForAdvice(q) {
				t.Errorf("%s lists 「%s」, which AsksForAdvice reads as a request for advice", s.Anchor, q)
			}
		}
	}
}

// An entry named only as what the subject is measured against (after 比) is not what the
// question is about.
func TestMeasuredAgainstComesSecond(t *testing.T) {
	_, ix := sharedIndex(t)
	for _, c := range []struct{ q, first string }{
		{"dpo是啥，为啥说它比rlhf省事", "term-dpo"},
	} {
		res := mustSearch(t, ix, Query{Text: c.q})
		if len(res.Hits) == 0 || res.Hits[0].Anchor != c.first {
			t.Errorf("%s: top %v; want %s first", c.q, topAnchors(res, 3), c.first)
		}
	}
	if got := ix.measuredAgainst("dpo比rlhf省事，rlhf是啥"); len(got) != 0 {
		t.Errorf("measuredAgainst counts an entry also named on its own: %v", got)
	}
}

// Arena-Hard the benchmark, not ArenaHard, the row of DeepSeek's table whose name squashes
// alike, is what a reader names with 「arena-hard」 or 「arena hard」.
func TestSpellingNamesTheBenchmark(t *testing.T) {
	_, ix := sharedIndex(t)
	for _, q := range []string{"arena-hard是啥", "arena hard 是咋打分的"} {
		res := mustSearch(t, ix, Query{Text: q})
		if len(res.Named) == 0 || res.Named[0] != "bench-arena-hard" || len(res.Hits) == 0 || res.Hits[0].Anchor != "bench-arena-hard" {
			t.Errorf("%s: named %v, top %v; want bench-arena-hard first", q, res.Named, topAnchors(res, 3))
		}
	}
}

// A concept the question asks what it is stays the subject, though another clause is like a
// question of a model's or an evaluation's section.
func TestAskedWhatStaysFirst(t *testing.T) {
	_, ix := sharedIndex(t)
	for _, c := range []struct{ q, anchor string }{
		{"多模态是啥意思，就是能看图听声音那种？", "term-multimodality"},
		{"大模型能看图吗 多模态是啥", "term-multimodality"},
	} {
		res := mustSearch(t, ix, Query{Text: c.q})
		if top := topAnchors(res, 1); !slices.Contains(top, c.anchor) {
			t.Errorf("%s: first %v; want %s", c.q, top, c.anchor)
		}
	}
}

// A clause that asks a 「常见问法」 word for word, in a word rare enough to ask by, asks it though
// it names no entry; one made of words many questions use does not.
func TestClauseAsksWordForWord(t *testing.T) {
	_, ix := sharedIndex(t)
	for _, c := range []struct{ q, asked string }{
		{"elo分是啥，排行榜为啥用下棋的打分办法", "elo 分是啥？"},
		{"咋知道ai说的是不是真的，有没有核对的办法", ""},
		// An entry's name written apart (训练数据) names it as a 「常见问法」 that writes it whole
		// does.
		{"训练大模型用的数据都是哪来的 整个互联网吗", "训练数据都是从哪来的？"},
	} {
		res := mustSearch(t, ix, Query{Text: c.q})
		if c.asked != "" && res.Asked != c.asked {
			t.Errorf("%s: asked %q; want %q", c.q, res.Asked, c.asked)
		}
		if c.asked == "" && res.Asked == "ai 咋我说啥它都说对？" {
			t.Errorf("%s: asked %q, which shares only ai and 说", c.q, res.Asked)
		}
	}
}

// TestKeepNamed checks how the passages of named entries make room in the top k: the lowest-
// ranked hits go, except one that speaks of an entry being made room for, and never one of the
// best three.
func TestKeepNamed(t *testing.T) {
	hit := func(anchor string, score float64, text string) Hit {
		return Hit{Passage: Passage{Anchor: anchor, Text: text}, Score: score}
	}
	// A passage speaks of an entry when its text holds the entry's anchor (a stand-in for its
	// names).
	mentions := func(text string) map[string]float64 {
		out := map[string]float64{}
		for _, a := range []string{"model-a", "model-b"} {
			if strings.Contains(text, a) {
				out[a] = 1
			}
		}
		return out
	}
	tests := []struct {
		name     string
		hits     []Hit
		named    []string
		asked    []string // named only by a 「常见问法」 the question resembles
		concepts bool
		want     []string
	}{
		{
			name:  "the lowest-ranked hit makes room",
			hits:  []Hit{hit("x0", 9, ""), hit("x1", 8, ""), hit("x2", 7, ""), hit("x3", 6, ""), hit("x4", 5, ""), hit("model-a", 4, "")},
			named: []string{"model-a"},
			want:  []string{"x0", "x1", "x2", "x3", "model-a"},
		},
		{
			name:  "a hit that speaks of the named entry stays",
			hits:  []Hit{hit("x0", 9, ""), hit("x1", 8, ""), hit("x2", 7, ""), hit("x3", 6, ""), hit("x4", 5, "says model-a needs servers"), hit("model-a", 4, "")},
			named: []string{"model-a"},
			want:  []string{"x0", "x1", "x2", "x4", "model-a"},
		},
		{
			name:  "never one of the best three, even when the rest speak of it",
			hits:  []Hit{hit("x0", 9, ""), hit("x1", 8, ""), hit("x2", 7, ""), hit("x3", 6, "model-a"), hit("x4", 5, "model-a"), hit("model-a", 4, "")},
			named: []string{"model-a"},
			want:  []string{"x0", "x1", "x2", "x3", "model-a"},
		},
		{
			name:  "two entries make room for two",
			hits:  []Hit{hit("x0", 9, ""), hit("x1", 8, ""), hit("x2", 7, ""), hit("x3", 6, ""), hit("x4", 5, "model-b"), hit("model-a", 4, ""), hit("model-b", 3, "")},
			named: []string{"model-a", "model-b"},
			want:  []string{"x0", "x1", "x2", "model-a", "model-b"},
		},
		{
			// (「o1是openai第一个推理模型吗 什么时候发布的」: o1's entry stays; OpenAI's and o3's
			// take the places of hits that are not a named entry's best.)
			name:  "a more plainly named entry's best passage stays",
			hits:  []Hit{hit("x0", 9, ""), hit("x0", 8, ""), hit("x2", 7, ""), hit("model-c", 6, "model-a model-b"), hit("x4", 5, "model-a"), hit("model-a", 4, ""), hit("model-b", 3, "")},
			named: []string{"model-c", "model-a", "model-b"},
			want:  []string{"x0", "x0", "model-c", "model-a", "model-b"},
		},
		{
			name:  "an entry named only by a 常见问法 is not kept for itself",
			hits:  []Hit{hit("x0", 9, ""), hit("x0", 8, ""), hit("x2", 7, ""), hit("model-c", 6, "model-a model-b"), hit("x4", 5, "model-a"), hit("model-a", 4, ""), hit("model-b", 3, "")},
			named: []string{"model-c", "model-a", "model-b"},
			asked: []string{"model-c"},
			want:  []string{"x0", "x0", "x2", "model-a", "model-b"},
		},
		{
			name:  "a less plainly named entry's passage makes room",
			hits:  []Hit{hit("x0", 9, ""), hit("x1", 8, ""), hit("x2", 7, ""), hit("model-c", 6, ""), hit("x4", 5, "model-a"), hit("model-a", 4, "")},
			named: []string{"model-a", "model-c"},
			want:  []string{"x0", "x1", "x2", "x4", "model-a"},
		},
		{
			name:  "concepts make no room",
			hits:  []Hit{hit("x0", 9, ""), hit("x1", 8, ""), hit("x2", 7, ""), hit("x3", 6, ""), hit("x4", 5, ""), hit("term-a", 4, "")},
			named: []string{"term-a"},
			want:  []string{"x0", "x1", "x2", "x3", "x4"},
		},
		{
			name:     "concepts set side by side make room",
			hits:     []Hit{hit("term-b", 9, ""), hit("x1", 8, ""), hit("x2", 7, ""), hit("x3", 6, ""), hit("x4", 5, ""), hit("term-a", 4, "")},
			named:    []string{"term-b", "term-a"},
			concepts: true,
			want:     []string{"term-b", "x1", "x2", "x3", "term-a"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			byName := map[string]float64{}
			for _, a := range tt.named {
				if !slices.Contains(tt.asked, a) {
					byName[a] = 1
				}
			}
			var got []string
			for _, h := range keepNamed(tt.hits, tt.named, 5, mentions, tt.concepts, byName) {
				got = append(got, h.Anchor)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("keepNamed = %v, want %v", got, tt.want)
			}
		})
	}
}

// The vector ranking gives no vote to a passage of no similarity (chromem-go fills its n with
// such passages, picked by how its workers happen to be scheduled), orders ties by passage
// number, and so is the same on every call, however busy the machine: 「elo」 has fewer similar
// passages than the ranking's length.
func TestVectorRankingIsDeterministic(t *testing.T) {
	_, ix := sharedIndex(t)
	for _, q := range []string{"elo", "percentile 是啥", "codeforces 的百分位咋算"} {
		want, err := ix.vectorRanking(t.Context(), q, candidates)
		if err != nil {
			t.Fatal(err)
		}
		for i, v := range want {
			if v.similarity <= 0 {
				t.Errorf("%s: passage %d ranked with similarity %v", q, v.passage, v.similarity)
			}
			if i > 0 && (v.similarity > want[i-1].similarity || v.similarity == want[i-1].similarity && v.passage < want[i-1].passage) {
				t.Errorf("%s: rank %d out of order: %+v after %+v", q, i, v, want[i-1])
			}
		}
		var wg sync.WaitGroup
		var mu sync.Mutex
		differ := 0
		for range 8 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for range 25 {
					got, err := ix.vectorRanking(t.Context(), q, candidates)
					mu.Lock()
					if err != nil || !slices.Equal(got, want) {
						differ++
					}
					mu.Unlock()
				}
			}()
		}
		wg.Wait()
		if differ > 0 {
			t.Errorf("%s: %d of 200 concurrent rankings differed", q, differ)
		}
	}
}

// Scores are the same bits every time a question is scored: sums over a question's terms run
// in one order, not in a map's random one, so passages and 「常见问法」 nearly tied for a question
// keep their order from one run to the next (「大模型能看图吗 多模态是啥」 swapped two passages in
// about one process in eight).
func TestScoresAreDeterministic(t *testing.T) {
	_, ix := sharedIndex(t)
	for _, q := range []string{"大模型能看图吗 多模态是啥", "gpqa为啥叫防谷歌搜索", "提示词到底咋写才好，有没有啥万能模板"} {
		asks := ix.matchAsks(q)
		lex := ix.lex.search(ix.weighted(q), ix.rank.bm25)
		vec, err := ix.embed(t.Context(), q)
		if err != nil {
			t.Fatal(err)
		}
		for i := 0; i < 100; i++ {
			for a, m := range ix.matchAsks(q) {
				if m.score != asks[a].score {
					t.Fatalf("%s: the 常见问法 of %s scored %v, then %v", q, a, asks[a].score, m.score)
				}
			}
			if got := ix.lex.search(ix.weighted(q), ix.rank.bm25); !slices.Equal(got, lex) {
				t.Fatalf("%s: the lexical ranking changed from one search to the next", q)
			}
			if got, _ := ix.embed(t.Context(), q); !slices.Equal(got, vec) {
				t.Fatalf("%s: the embedding changed from one call to the next", q)
			}
		}
	}
}

func TestClausesCutBeforeAQuestionWordAfterALatinWord(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"想在家用ai 哪些东西不能发给它", []string{"想在家用ai", "哪些东西不能发给它"}},
		{"用kimi 为啥总是断线", []string{"用kimi", "为啥总是断线"}},
		// (Not inside a Latin name, nor before a word that is no question word.)
		{"gpt oss 120b 是啥", []string{"gpt oss 120b 是啥"}},
		{"openai 的 preparedness framework 是啥", []string{"openai 的 preparedness framework 是啥"}},
		// A score asked after a space, once something else was asked, is a clause of its own;
		// a space that only sets a name apart is none.
		{"mmlu是考啥的 o3mini考了多少", []string{"mmlu是考啥的", "o3mini考了多少"}},
		{"swebench分数咋算 claude多少分", []string{"swebench分数咋算", "claude多少分"}},
		{"怎么用 ai 写周报", []string{"怎么用 ai 写周报"}},
		{"为啥 gpt4o 考了多少分都不公布", []string{"为啥 gpt4o 考了多少分都不公布"}}, // too short a question before it
	} {
		if got := Clauses(c.in); !slices.Equal(got, c.want) {
			t.Errorf("Clauses(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// A reader's question ranks the section that answers it first.
func TestReadersQuestionRanksItsSectionFirst(t *testing.T) {
	_, ix := sharedIndex(t)
	for _, c := range []struct{ q, anchor string }{
		// A clause covered only among words that head no passage found is no better than
		// chance: what the reader hands AI, asked of as a use, answers the question instead. A
		// clause that finds a passage headed by a word of the question still answers it.
		{"ai能替我看病吗 我把化验单给它", "faq-use-well"},
		{"把月度报表丢给豆包让它算总数 它会算错吗", "faq-arithmetic"},
		// How a large model is trained is the training pipeline, not what a large model is.
		{"这些大模型到底是咋训练出来的 分几步走", "tech-training"},
		// Which company makes a family is its maker's section: 「哪家公司」's pair 「家公」 is
		// 「一家公司」's too, in a FAQ that mentions Claude.
		{"claude是哪家公司做的", "models-anthropic"},
		// How Anthropic came from OpenAI is in its section.
		{"anthropic和openai什么关系", "models-anthropic"},
		// How to guard against a deepfake, or to tell one, is the FAQ's: the entry says what it is.
		{"ai换脸的视频普通人咋看出来", "faq-deepfake"},
		{"视频电话里的亲人找我借钱 怎么防ai诈骗", "faq-deepfake"},
		// What DPO does better than RLHF is DPO's (RLHF is what it is measured against); how the
		// two differ asks of both.
		{"dpo跟rlhf比有啥好处", "term-dpo"},
	} {
		res := mustSearch(t, ix, Query{Text: c.q})
		if !res.Covered || len(res.Hits) == 0 || res.Hits[0].Anchor != c.anchor {
			t.Errorf("%s: covered %v, top %v; want %s first", c.q, res.Covered, topAnchors(res, 3), c.anchor)
		}
	}
	// The passage that says the data may run out (「数据快用完了」) comes first of its section,
	// before the one on scaling as a whole.
	for _, q := range []string{"网上的数据快被用光了 是真的吗", "网上的文字会不会被用完"} {
		res := mustSearch(t, ix, Query{Text: q})
		if !res.Covered || len(res.Hits) == 0 || !strings.Contains(res.Hits[0].Text, "数据快用完了") {
			t.Errorf("%s: covered %v, top %v; want the passage on data running out first", q, res.Covered, topAnchors(res, 3))
		}
	}
}

// A quality asked of in one character (「那么慢」「老被说贵」) finds the passage that says it with a
// degree before it (「回答更慢」「比 GPT-4o 更贵」), which a bigram index holds only as a pair.
func TestAQualityFindsItsDegreeForm(t *testing.T) {
	_, ix := sharedIndex(t)
	for _, c := range []struct{ q, want string }{
		{"o1为啥回答那么慢", "回答更慢"},
		{"gpt4.5为啥老被说贵", "更贵"},
		// Guard: a vague quality (好 of 「好在哪」) adds no 「更好」; DPO's definition comes first,
		// RLHF being what it is measured against.
		{"dpo跟rlhf比好在哪", "直接偏好优化是"},
	} {
		res := mustSearch(t, ix, Query{Text: c.q})
		if len(res.Hits) == 0 || !strings.Contains(res.Hits[0].Text, c.want) {
			t.Errorf("%s: top %v; want the passage with %q first", c.q, topAnchors(res, 3), c.want)
		}
	}
}

// Asked of a model no key fact, the passage that says what the model is stands for it, not
// its list of key facts; asked a key fact, the list does.
func TestModelsDefinitionStandsForThem(t *testing.T) {
	_, ix := sharedIndex(t)
	for _, c := range []struct {
		q, anchor string
		facts     bool
	}{
		{"o1跟gpt4o有啥区别", "model-openai-o1", false},
		{"o1是啥", "model-openai-o1", false},
		{"o1是啥时候发布的", "model-openai-o1", true},
	} {
		res := mustSearch(t, ix, Query{Text: c.q})
		i := slices.IndexFunc(res.Hits, func(h Hit) bool { return h.Anchor == c.anchor })
		if i < 0 {
			t.Errorf("%s: no passage of %s in %v", c.q, c.anchor, topAnchors(res, 5))
			continue
		}
		if got := factsList(res.Hits[i].Text); got != c.facts {
			t.Errorf("%s: %s's best passage is its key facts: %v, want %v (%.40q)", c.q, c.anchor, got, c.facts, res.Hits[i].Text)
		}
	}
}

// An entry's name is written apart when its two words stand in one clause, a few characters
// apart; not across clauses, nor far apart, nor when the name is written whole.
func TestNamedApart(t *testing.T) {
	_, ix := sharedIndex(t)
	for _, c := range []struct {
		q    string
		want bool
	}{
		{"训练大模型用的数据都是哪来的", true},
		{"训练用的数据从哪来", true},
		{"训练数据都是从哪来的", false},           // written whole: named as it is
		{"模型训练好了，数据还要留着吗", false},       // two clauses
		{"训练的时候模型会不会把我发的那些数据记住", false}, // too far apart
	} {
		got := ix.namedApart(Normalize(c.q), ix.weighted(c.q))["@term-training-data"] != nil
		if got != c.want {
			t.Errorf("%s: names 训练数据 apart %v, want %v", c.q, got, c.want)
		}
	}
}

// A range of a family's versions said by its ends is written out where the report names the
// versions between them.
func TestThroughRange(t *testing.T) {
	_, ix := sharedIndex(t)
	for _, c := range []struct{ in, want string }{
		{"gpt-1到gpt-4每代参数差多少", "gpt-1 gpt-2 gpt-3 gpt-4每代参数差多少"},
		{"gpt-1到3变了啥", "gpt-1 gpt-2 gpt-3变了啥"},
		{"gpt-3到gpt-4变了啥", "gpt-3到gpt-4变了啥"}, // no version between
		{"gpt-2到llama-3", "gpt-2到llama-3"},   // two families
		{"第1到5章", "第1到5章"},                   // no family
	} {
		if got := ix.throughRange(c.in); got != c.want {
			t.Errorf("throughRange(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// A superlative before what is asked good or bad of a thing says how much, not that the thing
// is the largest: 「最大的局限」 is the limits, not the largest model.
func TestRecastDropsTheUtmost(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"大模型现在最大的局限是啥", "大模型现在局限是啥"},
		{"transformer跟rnn最主要的区别", "transformer跟rnn区别"},
		{"世界上最大的模型是哪个", "世界上最大的模型是哪个"}, // the largest model is asked for
		{"gpt-3 最大的版本有多少层", "gpt-3 最大的版本有多少层"},
	} {
		if got := recast(c.in); got != c.want {
			t.Errorf("recast(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// A milestone's heading is dated by the year it opens with; a span of years or an era dates
// no one event.
func TestHeadingYearAndYearSaid(t *testing.T) {
	for _, c := range []struct{ title, want string }{
		{"发展简史 › 2019 年：GPT-2 与 T5", "2019"},
		{"2017 年 6 月：Transformer", "2017"},
		{"发展简史 › 神经网络的几起几落（1958—2012 年）", ""},
		{"推理模型（2024 年 9 月—2025 年春）", ""},
	} {
		if got := HeadingYear(c.title); got != c.want {
			t.Errorf("HeadingYear(%q) = %q, want %q", c.title, got, c.want)
		}
	}
	for _, c := range []struct{ q, want string }{
		{"2017年ai圈发生了啥大事", "2017"},
		{"2019 年出了啥", "2019"},
		{"干了17年的老程序员", ""},
	} {
		if got := YearSaid(c.q); got != c.want {
			t.Errorf("YearSaid(%q) = %q, want %q", c.q, got, c.want)
		}
	}
}

// What a reader hands AI to make sense of asks whether AI reads such things; 算 that weighs
// (「算不算抄袭」) hands it nothing.
func TestWorkedOnAsk(t *testing.T) {
	for _, c := range []struct{ q, want string }{
		{"我把pdf发给kimi 它真能看懂吗", "能直接上传一整本书让 ai 读吗？"},
		{"ai能帮我算一下表格里的合计吗", "不会编程能让 ai 帮我处理表格吗？"},
		{"用ai写稿子写论文算不算抄袭", ""},
	} {
		if got := workedOnAsk(c.q); got != c.want {
			t.Errorf("workedOnAsk(%q) = %q, want %q", c.q, got, c.want)
		}
	}
}

// Every rewriting of recast holds one of its gate's strings wherever it matches: a text without
// them is left unread, and must be one it would have left as it is. Each has a gate: one
// without reads every text.
func TestRecastStepsNeedWhatTheyMatch(t *testing.T) {
	_, ix := sharedIndex(t)
	texts := []string{"被ai取代了", "ai把我的活儿干了", "ai抢走了我的工作", "都让ai给干了", "数据快用光了",
		"回得贼慢", "等老半天", "它出现之前用的是啥", "要想半天才回答的", "最大的局限", "要注意的地方",
		"厉害在哪", "上下文能到一百万token", "哪个ai好用", "写周报用deepseek好还是kimi好",
		"讲解员会被ai取代吗", "ai会不会代替药剂师", "有ai开车了 我们这行要被淘汰",
		"插画师还有活路吗", "以后看病不用医生了机器看", "我的画被拿去训练了",
		"电话里声音跟我妈一样", "接到电话是他女儿声音要钱", "断网了ai还能用吗", "手机没网 离线用", "是美国哪个公司做的",
		"能记住一百万字", "以后都让机器干了", "咋让它写短点", "咋比谁厉害", "国内有哪些大模型",
		"有了机器人还要人吗", "mac上能跑吗", "iphone上能用吗", "以后机关写材料的岗位会不会减人",
		"保安的活儿ai能干吗"}
	for _, a := range ix.asks {
		texts = append(texts, a.text)
	}
	for _, p := range ix.passages {
		texts = append(texts, p.Text)
	}
	steps := append(slices.Clone(recastSteps), hugeWindowStep, onComputerStep, onPhoneStep, whichAIStep)
	matched := make([]int, len(steps))
	for _, text := range texts {
		for i, st := range steps {
			if st.re.MatchString(text) {
				matched[i]++
				if !st.gate.admits(readable(text)) {
					t.Errorf("step %d (%s) matches %q, which its gate %v does not admit", i, st.re, text, st.gate)
				}
			}
		}
	}
	for i, n := range matched {
		if n == 0 {
			t.Errorf("step %d (%s) matched no text: the test reads nothing of it", i, steps[i].re)
		}
		if steps[i].gate == nil {
			t.Errorf("step %d (%s) has no gate: it reads every text", i, steps[i].re)
		}
	}
}

// TestUsesAsksReadWhatTheReaderHandsAI checks the 「常见问法」 a question about the reader's own
// use of AI is put as, whatever the task: what it cited that a search did not find is made up
// (「一查根本没有」), and material not the reader's to share handed to it asks what not to share.
func TestUsesAsksReadWhatTheReaderHandsAI(t *testing.T) {
	for _, c := range []struct{ typed, want string }{
		{"让ai查案例 它给的一查根本没有", citedAsk},
		{"ai给的统计数据是错的", citedAsk},
		{"让ai看看我拍的照片，这片叶子是啥病", "ai 怎么看得懂我拍的照片？"},
		{"年终总结想交给ai写 怎么写提示词才显得专业", promptsAsk},
		{"用deepseek出几道练习题，怎么说它才能出得难易合适", promptsAsk},
		{"怎么给狗下指令它才听", ""},                // guard: no AI
		{"stable diffusion怎么写提示词才好看", ""}, // guard: a product the report does not cover
		{"sd怎么写提示词出图才清楚", ""},             // guard: its short name too
		{"叫ai找几句名言当开头 它给的有两句是编的", citedAsk},
		{"能把单位的内部材料贴给ai让它润色吗", sharesAsk},
		{"把病历发给ai让它解读一下", sharesAsk},
		{"把内部文件贴给领导看看", ""}, // guard: no AI
		{"把作文贴给ai让它改改", ""}, // guard: nothing that is not the reader's
	} {
		got := usesAsks(c.typed)
		if c.want == "" && len(got) > 0 || c.want != "" && (len(got) == 0 || got[0] != c.want) {
			t.Errorf("usesAsks(%q) = %q, want first %q", c.typed, got, c.want)
		}
	}
}
