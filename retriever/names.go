package retriever

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"llmtutor/corpus"
	"llmtutor/retriever/lexicon"
)

// Readers type names the way they say them: 「gpt4o」「o3mini」「claude3.5」「llama 3.1」
// 「math500」「deepseek r1」, and a pinyin input method turns 幻觉 into 「换觉」. Before a question
// is searched, canonical rewrites such spellings into the report's own, so every later step —
// the lexical and vector rankings, the named entries, the coverage decision — sees the name the
// report uses. Nothing here is a list of questions: the spellings are derived from the report's
// entries and its Latin vocabulary.

// isMakerSection reports whether s is a model maker's section of the models chapter
// (「## DeepSeek（深度求索）」), whose title names the maker in Latin letters.
func isMakerSection(s *corpus.Section) bool {
	return s.Kind == corpus.KindSection && s.Level == 2 && strings.HasPrefix(s.Anchor, "models-") &&
		strings.ContainsFunc(s.Title, func(r rune) bool { return r < 0x80 && unicode.IsLetter(r) })
}

func startsWithDigit(s string) bool {
	return s != "" && s[0] >= '0' && s[0] <= '9'
}

// tierWords end a model's name without being what readers leave out of it: 「Claude 3.5
// Sonnet」 is 「Claude 3.5」 to most.
var tierWords = map[string]bool{"sonnet": true, "opus": true, "haiku": true, "pro": true, "flash": true, "ultra": true,
	"instruct": true, "preview": true, "thinking": true, "turbo": true, "max": true, "plus": true, "lite": true}

// withoutTier drops a trailing tier word from a Latin name whose rest still holds a version
// number, or returns "".
func withoutTier(n string) string {
	ws := strings.Fields(n)
	if len(ws) < 3 || !isLatin(n) || !tierWords[ws[len(ws)-1]] {
		return ""
	}
	rest := strings.Join(ws[:len(ws)-1], " ")
	if !strings.ContainsAny(rest, "0123456789") {
		return ""
	}
	return rest
}

// squash folds a Latin name to what stays when readers run it together: no spaces, hyphens or
// underscores ("gpt-4o", "GPT 4o" and "gpt4o" are "gpt4o"). Dots stay: 3.5 is not 35.
func squash(s string) string {
	return strings.Map(func(r rune) rune {
		if r == ' ' || r == '-' || r == '_' {
			return -1
		}
		return r
	}, s)
}

// letterDots finds a dot between two letters of a name.
var letterDots = regexp.MustCompile(`(\pL\pL)\.(\pL\pL)`)

// spellings maps squashed Latin names to the report's spelling: every Latin name of an entry,
// (including those already run together, which "flash attention" must find: "flashattention"),
// and every Latin term of the passages that joins letters and digits or words ("math-500",
// "swe-bench", "gpt-3.5").
func spellings(entities []entity, toks [][]string) map[string]string {
	out := map[string]string{}
	add := func(n string) {
		k := squash(n)
		if len(k) < 2 {
			return
		}
		if prev, ok := out[k]; !ok || len(n) < len(prev) {
			// A term is a slice of its whole passage (see Tokens): keep only the term.
			out[strings.Clone(k)] = strings.Clone(n)
		}
	}
	for _, e := range entities {
		for _, n := range e.names {
			if isLatin(n) {
				add(n)
				// A dot between letters is dropped as a space is ("llamacpp", "llama-cpp" are
				// llama.cpp); one between digits is not (see squash).
				if k := squash(letterDots.ReplaceAllString(n, "$1$2")); k != squash(n) && len(k) >= 2 {
					if _, taken := out[k]; !taken {
						out[strings.Clone(k)] = strings.Clone(n)
					}
				}
			}
		}
	}
	// A benchmark or a model is what a reader means by a spelling that also names a row of a
	// report's table: 「arena hard」 is Arena-Hard, whose DeepSeek row is written 「ArenaHard」.
	for _, e := range entities {
		if !strings.HasPrefix(e.anchor, "bench-") && !strings.HasPrefix(e.anchor, "model-") {
			continue
		}
		for _, n := range e.names {
			if k := squash(n); isLatin(n) && len(k) >= 2 {
				out[strings.Clone(k)] = strings.Clone(n)
			}
		}
	}
	for _, ts := range toks {
		for _, t := range ts {
			if isLatin(t) && strings.ContainsAny(t, "-_ ") && strings.ContainsFunc(t, unicode.IsLetter) {
				add(t)
			}
		}
	}
	for _, e := range entities {
		for abbr, n := range e.short {
			if _, taken := out[squash(abbr)]; !taken {
				out[squash(abbr)] = n // 「dsv3」 is the report's 「deepseek-v3」
			}
		}
	}
	return out
}

// canonical rewrites a text's casual spellings of the report's names (the text is NFKC-folded;
// case does not matter, and a respelled name comes out as the report's, in lower case).
func (ix *Index) canonical(text string) string {
	return ix.reworded(ix.spelled(text))
}

// reworded is a spelled text with the thesaurus's terms put for the readers' phrases.
func (ix *Index) reworded(spelled string) string {
	return ix.colloquial.paraphrase(recast(ix.throughRange(spelled)), ix.wordSpans, ix.reportWord)
}

// versionRangeRe is a run of a family's versions said by its ends (「gpt-1到gpt-4」「llama 2 到 4」).
var versionRangeRe = regexp.MustCompile(`\b([a-z]+)[- ]?(\d)\s*(?:到|至|~|～|—)\s*(?:([a-z]+)[- ]?)?(\d)\b`)

// maxRangeSteps is how many versions apart the ends of a range may be.
const maxRangeSteps = 4

// throughRange writes out the versions between the ends of a range of a family's versions,
// where the report names them: 「gpt-1到gpt-4每代参数差多少」 asks of GPT-2 and GPT-3 too.
func (ix *Index) throughRange(spelled string) string {
	return versionRangeRe.ReplaceAllStringFunc(spelled, func(m string) string {
		g := versionRangeRe.FindStringSubmatch(m)
		family, from, to := g[1], int(g[2][0]-'0'), int(g[4][0]-'0')
		if g[3] != "" && g[3] != family || to-from < 2 || to-from > maxRangeSteps {
			return m
		}
		between := []string{}
		for v := from + 1; v < to; v++ {
			if n := fmt.Sprintf("%s-%d", family, v); ix.isName(n) {
				between = append(between, n)
			}
		}
		if len(between) == 0 {
			return m
		}
		return fmt.Sprintf("%s-%d %s %s-%d", family, from, strings.Join(between, " "), family, to)
	})
}

// recast rewrites what readers say with an agent or a task inside the phrase (「被ai淘汰」「数据
// 快被ai用光」「哪个ai好用」), which no phrase of the thesaurus can hold, into the words the
// thesaurus and the report use.
func recast(text string) string {
	in := readable(text)
	for _, st := range recastSteps {
		in = st.apply(in)
	}
	if !strings.Contains(in.text, "长上下文") {
		in = hugeWindowStep.apply(in)
	}
	if (onComputerStep.gate.admits(in) || onPhoneStep.gate.admits(in)) && runsModelRe.MatchString(in.text) {
		in = onPhoneStep.apply(onComputerStep.apply(in))
	}
	return whichAIStep.apply(in).text
}

// recastStep is one rewriting of recast: re's matches replaced by repl. A text that lacks what
// every match holds (its gate) is left as it is, unread: recast reads every 「常见问法」 of the
// report as the index is built, and every question.
type recastStep struct {
	re   *regexp.Regexp
	gate gate
	repl string
}

func step(re *regexp.Regexp, repl string) recastStep {
	return recastStep{re: re, gate: gateOf(re), repl: repl}
}

func (st recastStep) apply(in gateText) gateText {
	if !st.gate.admits(in) {
		return in
	}
	out := st.re.ReplaceAllString(in.text, st.repl)
	if out == in.text {
		return in
	}
	return readable(out)
}

// recastSteps are recast's rewritings that apply to any text, in order; hugeWindowStep applies
// where the text does not say 长上下文 already, whichAIStep last, after a device is read as a
// computer or a phone.
var (
	recastSteps = []recastStep{
		step(replacedByRe, "被${1}取代"),
		step(workerReplacedRe, " 被${1}取代工作 "),
		step(jobTakenRe, "${1}${2} 取代工作 "),
		step(jobTakenOnRe, "${1}${2} 取代工作 "),
		step(jobDoneByRe, " ${1}${2} 取代工作 "),
		step(replacesWorkerRe, "${1}${2} 取代工作 "),
		step(tradeReplacedRe, "${1}${2} 取代工作 "),
		step(tradeFutureRe, " ai 取代工作 "),
		step(tradeWorkRe, " ai 取代工作 "),
		step(noNeedWorkerRe, "${1} ai 取代工作 ${2}"),
		step(stillNeedPeopleRe, "${1} ai 取代工作 "),
		step(worksTrainedRe, "$0 训练数据版权 "),
		step(voiceLikeRe, " 假语音诈骗 "),
		step(offlineUseRe, "$0 "+offlineUse+" "),
		step(phoneOfflineRe, "$0 手机上跑 "),
		step(usedUpRe, "${1} 瓶颈 用完 "),
		step(degreeRe, "${1}${2}"),
		step(beforeRe, " 出现之前 $1 "),
		step(thinkerRe, " 推理模型 "),
		step(utmostRe, "$1"),
		step(placeRe, "$1"),
		step(strongWhereRe, "强在哪"),
		step(makerCountryRe, "$1"),
		step(homeModelsRe, "中国$1"),
		step(tellItRe, "$0 怎么提问 "),
		step(howRankedRe, "$0 基准测试 "),
	}
	hugeWindowStep = step(hugeWindowRe, "$0 长上下文 ")
	onComputerStep = step(onComputerRe, "${1}电脑${3}")
	onPhoneStep    = step(onPhoneRe, "${1}手机${3}")
	whichAIStep    = step(whichAIRe, "$0 推荐")
)

// onComputerRe and onPhoneRe are a system or a device named as where a model runs (「mac上」
// 「windows系统里」「iphone上」): a computer or a phone, as the report's passages on running
// models locally say. (「windows系统能装吗」 says no where and is left alone.)
var (
	onComputerRe = regexp.MustCompile(`(?i)(mac|macbook|windows|linux)\s*(系统|电脑|笔记本)?(上|里)`)
	onPhoneRe    = regexp.MustCompile(`(?i)(android|iphone|ios)\s*(系统|手机)?(上|里)`)
	// runsModelRe says a model is run or used there (not 「mac上怎么截图」).
	runsModelRe = regexp.MustCompile(`(?i)跑|装|部署|运行|模型|离线|\bai\b|deepseek|llama|qwen`)
)

// hugeWindowRe is a context said with a size of hundreds of thousands of tokens or more
// (「上下文能到一百万token」「号称百万token上下文」「几十万字的上下文」), or such a size said to be
// held at once (「有的模型能记住一百万字」「能塞进几十万字」): long context, whatever the reader calls
// it. (Not 「上下文窗口 128k」, a size any window has.)
var hugeWindowRe = regexp.MustCompile(hugeSize + `(?:` + textUnit + `)?[^，,。？?！!]{0,4}上下文(?:窗口)?|上下文(?:窗口)?[^，,。？?！!]{0,6}?` + hugeSize +
	`|(?:记住|记得住|读进|读得进|塞进|塞得下|装下|装得下)\s*` + hugeSize + textUnit)

// hugeSize is a count of hundreds of thousands or more (「一百万」「几十万」「50万」), and textUnit
// what it counts (「个token」「字」).
const (
	hugeSize = `(?:[一两几上]?百万|千万|[一二两三四五六七八九几]?十万|\d+\s*万)`
	textUnit = `\s*(?:个)?\s*(?:token|tokens|词元|字)`
)

// tellItRe asks how to make the AI write otherwise (「咋让它写短点」「咋让它别这么写」「怎么让它少
// 说废话」): how to ask it, the FAQ on prompting (「怎么提问，它才能更好地听懂我？」), whatever it
// was asked to write. (Not 「咋让它别胡说」, which asks how to curb hallucination; nor 「咋跟它说」,
// which the FAQ's own 「咋跟 ai 说话它才能明白？」 already finds.)
// (Nor 「咋让它别那么慢」: only a manner of writing, 「别那么假大空」. Asked how to put it to the
// AI for it to write well, 「咋问它写的好」「怎么说它编得更好」, too; how to put it for a good
// answer, 「咋问它才能答得好」, the FAQ's own 常见问法 find.)
var tellItRe = regexp.MustCompile(`(?:咋|怎么|怎样|如何)(?:才能|才)?(?:让|叫)它(?:(?:别|不要|少|多)?(?:这么|那么|再)?(?:写|说|回答|答)|(?:别|不要)(?:这么|那么)(?:` + writingManner + `))` +
	`|(?:咋|怎么|怎样|如何)(?:问|提问|说|讲|跟它说|和它说|跟它讲|和它讲)它?(?:才能|才|能)?(?:写|编)(?:得|的|出)` +
	// (How to ask for it to come out well, 「怎么问出来不土」; what it keeps getting wrong about a
	// task, 「它老出得太难」「总写得太长」.)
	`|(?:咋|怎么|怎样|如何)(?:问|提问)(?:才能|才)?出来|它(?:老|总|总是|老是)(?:出|写|编)得(?:太|过于|特别)(?:难|长|短|空|假|简单|啰嗦|官方|正式|土)` +
	// (Or how to go about having it write a thing: 「想让ai帮我给新品写段宣传语 咋弄」.)
	`|(?i:让(?:` + assistantNames + `|它)(?:给|帮|替)[^，,。？?！!]{0,16}?(?:写|编|起草)[^，,。？?！!]{0,12}?(?:咋弄|怎么弄|咋搞|怎么搞|咋整|怎么整|咋操作|怎么操作))` +
	// (Or how to have the assistant, named, write it: 「咋让ai写个开业通知」「用kimi写述职报告咋整」.)
	`|(?i:(?:咋|怎么|怎样|如何)(?:才能|才)?(?:让|叫)(?:` + assistantNames + `)(?:帮我|给我|替我)?(?:写|编|起草))` +
	`|(?i:用(?:` + assistantNames + `)(?:来)?(?:写|编|起草)[^，,。？?！!]{1,12}?(?:咋弄|怎么弄|咋搞|怎么搞|咋整|怎么整))`)

// writingManner is how readers find the AI's writing wanting (「假大空」「官方」「啰嗦」).
const writingManner = `假大空|官方|空洞|空|啰嗦|啰唆|正式|生硬|死板|机械|套路|官腔|客套|书面|水`

// howRankedRe asks how it is told which model is stronger (「ai咋比谁厉害的」「怎么判断哪个模型更
// 强」): by benchmarks, which is what it asks about; it asks for no ranking.
var howRankedRe = regexp.MustCompile(`(?:咋|怎么|如何|怎样)(?:来)?(?:比|评|判断|判定|看出|知道|衡量|比较|评判|分出|测)(?:出)?[^，,。？?]{0,4}?(?:谁|哪个|哪家)[^，,。？?]{0,4}?(?:更)?(?:强|厉害|好|牛|聪明)`)

// HowRanked returns the words of a normalised question that ask how it is told which model is
// stronger, or "".
func HowRanked(q string) string { return howRankedRe.FindString(q) }

// homeModelsRe is China's models said 「国内」 (「国内有哪些大模型是开源的」「国内现在主流大模型都有
// 哪些」): the report's 「中国」, as 国产 is (see the thesaurus). (Only of models or their makers:
// 「国内对生成式ai有啥规定」 asks about China's rules, which the report does not give.)
var homeModelsRe = regexp.MustCompile(`国内((?:现在|目前)?(?:的)?(?:主流)?(?:的)?(?:大模型|ai模型|模型|ai公司|ai企业|ai产品|ai助手)|(?:有)?(?:哪些|哪几个|哪几家|哪家|什么|啥)(?:主流)?(?:的)?(?:大模型|ai模型|模型|ai公司|ai产品|ai助手))`)

// makerCountryRe is a country said of the maker asked for (「chatgpt是美国哪个公司搞的」「国内哪家公司
// 做的」): what the reader takes for granted, not what is asked, and no word the passage that
// names the maker need use (「美国」 would find the lawyer's case in New York instead). The
// company asked for is kept.
var makerCountryRe = regexp.MustCompile(`(?:` + Countries + `|国内|国外|外国)(?:的)?((?:哪个|哪家|什么|啥)(?:公司|企业|团队|厂商|机构))`)

// Countries are the countries the report names AI makers by (「Mistral AI 是一家法国 AI 公司」).
const Countries = `中国|美国|法国|英国|德国|日本|韩国|加拿大|以色列|阿联酋`

// strongWhereRe asks where a thing is strong (「厉害在哪」「牛在哪」), as 「强在哪」
// asks.
var strongWhereRe = regexp.MustCompile(`(?:厉害|牛|强大|nb)(?:的地方)?在哪(?:里|儿)?`)

// placeRe is 「的地方」 after what is noted of a thing (「要注意的地方」「不同的地方」「厉害的地方」):
// it says 「what」, not a place, which 「在某些地方用不了」 is.
var placeRe = regexp.MustCompile(`(注意|留意|小心|提防|改进|不足|不同|不一样|一样|相同|相似|特别|厉害|强|好|差|坑)的地方`)

// utmostRe is a superlative before what is asked good or bad of a thing (「最大的局限」「最主要的
// 区别」): it says how much, and 最大, on its own, is the size of the largest model.
var utmostRe = regexp.MustCompile(`(?:最大|最主要|最明显|最突出|最致命|最关键|最核心)的?(局限|缺点|短板|弱点|不足|问题|毛病|难题|挑战|瓶颈|风险|隐患|优势|优点|好处|长处|亮点|区别|差别|不同|差异|影响|作用|贡献|意义|突破|变化|创新)`)

// A reader asking how to tell what AI made (「网上好多ai写的文章 怎么辨别」「咋看出来一张图是ai
// 生成的」「ai做的假新闻以后咋分辨」) asks what the FAQ on detecting AI text, or for a picture, a
// video or a voice the entry on deepfakes, answers, in words of their own (辨别, 假新闻, 作文)
// that pull elsewhere. aiMadeRe is a thing AI made, tellRe the telling, mediaRe a picture, a
// video or a voice; toldAsk returns the 「常见问法」 that asks it, or "".
var (
	aiMadeRe = regexp.MustCompile(`(?i)(?:` + assistantNames + `)\s*(?:写|做|生成|画|合成|造|弄|编|产|起草|翻译|翻)(?:出来)?的`)
	tellRe   = regexp.MustCompile(`分辨|辨别|鉴别|识别|看出|认出|区分|判断|查出|检测|听出|看得出|查得出|认得出|测出`)
	// usedAIFoundRe is work made with AI asked whether it will be found out (「用ai写论文会被老师
	// 发现吗」「用ai写作业会被查出来吗」), or whether a teacher can tell (「学生用ai写论文老师看得出来
	// 吗」: a school checks, as an editor, a judge or a reviewer does); not what was found out
	// already (「……被她发现了」), nor whether a boss can tell (「领导能看出来不」), which asks of the
	// reader's use at work as well.
	usedAIFoundRe = regexp.MustCompile(`(?i)用\s*(?:` + assistantNames + `)\s*(?:写|做|生成|代写|起草)[^。？?！!]{0,12}?(?:(?:会|能)被[^，,。？?！!\s]{0,4}(?:发现|查出)|(?:老师|导师|学校|考官|编辑|评委|审稿人|面试官)\s*(?:能|能不能|会|可以)?\s*(?:看得出|看出|查得出|查出|认得出|发现得了))`)
	mediaRe       = regexp.MustCompile(`视频|图片|图像|张图|幅图|照片|截图|画|声音|语音|音频`)
)

func toldAsk(text string) string {
	if usedAIFoundRe.MatchString(text) {
		return textToldAsk
	}
	if !aiMadeRe.MatchString(text) || !tellRe.MatchString(text) {
		return ""
	}
	if mediaRe.MatchString(text) {
		return "深度伪造的视频普通人能分辨出来吗？"
	}
	return textToldAsk
}

// asksHowOfAI reports whether a question (as typed) asks how to put a task to the AI
// (tellItRe) or how to guard against a scam AI copied a voice or a face for (worryAsks).
func asksHowOfAI(typed string) bool {
	return tellItRe.MatchString(typed) || scamRe.MatchString(typed) && copiedRe.MatchString(typed)
}

// textToldAsk is what every question whether a text is AI's asks, in the FAQ's words.
const textToldAsk = "怎么判断一篇文章是不是 ai 写的？"

// A reader told of a voice or a face that AI copied to ask for money (「有人打电话用我孙子的声音
// 让我转钱 说是ai弄出来的」「视频里是我领导的脸 让我打钱 是不是ai换的」) asks what the FAQ on
// deepfakes answers, whoever was copied: scamRe is the money asked for, copiedRe the AI that
// copied; scamAsk is one of the FAQ's 「常见问法」.
var (
	scamRe = regexp.MustCompile(`转钱|转账|借钱|要钱|打钱|汇款|骗钱|诈骗|被骗|骗子|验证码|防骗`)
	// (Elders say 智能 for AI: 「是这个智能弄的吗」; a voice 「跟我孙女一模一样」 is copied.)
	copiedRe = regexp.MustCompile(`(?i)(?:ai|人工智能|智能)[^，,。？?！!；;]{0,8}?(?:弄|做|合成|生成|仿|模仿|克隆|换|变)|(?:声音|嗓音|语音|脸|长相)[^，,。？?！!；;]{0,10}?一模一样|(?:ai|人工智能)\s*打(?:来|过来)?的[^，,。？?！!；;]{0,4}?(?:电话|语音)|(?:合成|克隆|模仿|仿)(?:的|出)?[^，,。？?！!；;]{0,4}?(?:声音|语音|嗓音|脸|视频)|换脸|变声`)
)

const scamAsk = "家里人之间怎么防 ai 冒充骗钱？"

// whichTradesRe asks which trades AI changes first (「未来几年ai最先改变哪些行业」「ai会颠覆哪些
// 工作」): the FAQ on the work AI reaches, asked as tradesAsk.
var whichTradesRe = regexp.MustCompile(`(?i)(?:ai|人工智能|大模型)[^，,。？?！!；;]{0,10}?(?:改变|影响|冲击|颠覆|淘汰|替代|取代|改造)[^，,。？?！!；;]{0,4}?哪(?:些|个|几个)(?:行业|职业|工作|岗位|领域)`)

const tradesAsk = "哪些职业最容易被 ai 影响？"

// worryAsks are the 「常见问法」 of a reader's worry about what AI does to others, in the order
// they are tried: a deepfake used to ask them for money, and the trades AI reaches.
func worryAsks(typed string) []string {
	var out []string
	if scamRe.MatchString(typed) && copiedRe.MatchString(typed) {
		out = append(out, scamAsk)
	}
	if whichTradesRe.MatchString(typed) {
		out = append(out, tradesAsk)
	}
	// (So is a trade's future asked after AI is named, or in the words of the fear of losing the
	// work, however many words the reader spends on their own trade: 「我开驿站三年了 …… 全是机器人
	// 和ai …… 要不要早点转行」.)
	// (So is any worry recast reads as the loss of work, asked of what is to come, where the
	// reader's own words, a trade the report never names, weigh the question down: 「柜员以后还要
	// 吗 感觉都被机器替了」; not 「我家洗碗都让机器干了」.)
	// (Or whoever is replaced by it, named as a trade the report never names: 「搞翻译的人会不会被它
	// 取代」「做会计的会不会被ai替了」.)
	if low := strings.ToLower(typed); ownTradeRe.MatchString(typed) || tradeFutureRe.MatchString(typed) || tradeWorkRe.MatchString(typed) || replacedByAIRe.MatchString(low) || comingRe.MatchString(low) && strings.Contains(recast(low), jobLoss) && !strings.Contains(low, jobLoss) {
		out = append(out, ownTradeAsk)
	}
	// (And how to put a task to the AI, however many words the task takes: 「想让ai帮我写个店里办
	// 卡充值送护理的活动文案咋问它写的好」.)
	if tellItRe.MatchString(typed) {
		out = append(out, promptingAsk)
	}
	// (And an AI told to answer from the reader's own documents, 「能不能让ai接我们自己的诊疗指南来
	// 回答问题」: retrieval-augmented generation, whatever the documents are.)
	if ownDocsRe.MatchString(typed) {
		out = append(out, ownDocsAsk)
	}
	return out
}

// replacedByAIRe is a person or a trade replaced by AI: 「会不会被它取代」「被ai抢了饭碗」.
// (Or said the other way round: 「ai会不会把我们做会计的都换了」.)
var replacedByAIRe = regexp.MustCompile(`(?:` + aiOrMachine + `|它)[^，,。？?！!]{0,6}?把[^，,。？?！!]{1,14}?(?:都|全|全部|给)?(?:取代|替代|代替|替了|替掉|换了|换掉|顶替|淘汰)|(?:人|的|者|员|师|家|工|手)(?:会不会|会|是不是|能不能|迟早|早晚|都)?(?:要|得)?被(?:` + aiOrMachine + `|它)人?(?:给|完全|彻底)?(?:取代|替代|代替|取而代之|替换|替了|换掉|换了|淘汰|抢了?饭碗)`)

// comingRe says a question asks of what is to come.
var comingRe = regexp.MustCompile(`以后|将来|未来|过几年|几年后|迟早|早晚|还要|还需要|还用`)

// ownDocsRe is an AI told to answer from the reader's own documents, and ownDocsAsk the
// 「常见问法」 of RAG's entry that asks it.
var ownDocsRe = regexp.MustCompile(`(?i)(?:让|叫)\s*(?:它|` + assistantNames + `)\s*(?:接|读|学|根据|按照|照着|基于|参考|看)[^，,。？?！!；;]{0,4}?(?:我们|咱们|自己|公司|单位|医院|学校|店里)[^，,。？?！!；;]{0,12}?(?:回答|答复|答疑|解答)`)

const ownDocsAsk = "怎么让 ai 根据我们公司的文档回答问题？"

// jobLoss is the words recast puts every worry about losing work in.
const jobLoss = "取代工作"

// promptingAsk is a 「常见问法」 of the FAQ on prompting, on asking for a good answer. (Not
// promptsAsk, on asking skills: searched for a task in many words, it opens the FAQ's example
// before its advice.)
const promptingAsk = "怎样问，ai 才能给出好答案？"

// ownTradeRe is a reader who names their trade and asks whether it has a future (「我做平面设计
// 的，以后还有活干吗」): asked of an AI tutor, whether AI takes their work, though AI goes unsaid.
// (Not 「周末还有活干吗」, nor 「疫情以后还有工作吗」, which name no trade of the reader's.)
var ownTradeRe = regexp.MustCompile(`我(?:是|做|干|当|搞|学)[^，,。？?！!；;\s]{1,8}的[^。？?]{0,4}?(?:以后|将来|未来|过几年|再过几年)[^，,。？?！!；;]{0,6}?(?:还有活干|有活干|还有饭吃|还有工作|还能干|会失业|要失业|丢饭碗|丢工作|被淘汰)`)

const ownTradeAsk = "ai 会不会取代我的工作？"

// whichAIRe finds a reader asking which AI to use (「备课用哪个ai比较好」「哪款大模型最适合」
// 「写代码用哪个ai帮忙最好」):
// what the FAQ on choosing one calls a recommendation (推荐), whatever the task. (Not 「哪个
// 最强」 with no task, a ranking, which the report answers otherwise; nor a phone or an app:
// an AI must be named; and it is to be used: 「人工智能专业和计算机专业选哪个好」 chooses a
// major.)
var whichAIRe = regexp.MustCompile(`(?i)哪(?:个|家|款|种|一个)\s*(?:ai|人工智能|大模型|ai模型|ai助手|ai工具|聊天机器人)\s*(?:帮忙|帮我|来)?\s*(?:比较|更|最)?(?:好用|好|合适|适合|靠谱|准)|(?:ai|人工智能|大模型)[^，,。？?！!；;]{0,12}?用哪(?:个|家|款)\s*(?:比较|更|最)?(?:好|合适|适合)` +
	// (「这么多ai到底该用哪个」: 该 asks which to use without 好.)
	// (「这么多模型 普通人该选哪个」: models, many of them, chosen from; not a car's model.)
	`|(?:ai|人工智能|大模型|(?:这么多|那么多|一大堆|好多|各家|各种)模型)[^，,。？?！!；;]{0,12}?(?:该|应该)(?:用|选)哪(?:个|家|款)` +
	// Two assistants weighed for the reader's use (「写周报用deepseek好还是kimi好」), or the
	// strongest asked for a task (「做ppt哪个ai最厉害」): which to use, not a ranking.
	`|(?:` + assistantNames + `)\s*(?:好|更好|好用)\s*还是\s*(?:` + assistantNames + `)\s*(?:好|更好|好用|合适)` +
	`|(?:写|编程|翻译|画图|做ppt|做表|总结|润色|备课|办公|查资料)[^，,。？?！!；;]{0,12}?哪(?:个|家|款)\s*(?:ai|人工智能|大模型|模型)\s*(?:最|更)(?:强|厉害|牛)` +
	// Assistants listed, then which of them is better to use (「豆包 kimi 通义 文心 这几个国产的
	// 哪个好用」), when the report covers one of them: of two it does not (「文心一言和豆包哪个更
	// 好用」) it has nothing to say.
	`|(?:` + listedAssistants + `)[^。？?！!；;]{0,12}?哪(?:个|家|款)\s*(?:比较|更|最)?(?:好用|好|靠谱|合适|适合)`)

// listedAssistants is two or more assistants' names in a row, one of them an assistant the
// report covers (coveredAssistants).
var listedAssistants = `(?:(?:` + assistantNames + `)` + listSep + `)+(?:` + coveredAssistants + `)(?:` + listSep + `(?:` + assistantNames + `))*` +
	`|(?:` + coveredAssistants + `)(?:` + listSep + `(?:` + assistantNames + `))+`

const (
	coveredAssistants = `chatgpt|gpt|kimi|deepseek|通义|千问|claude|gemini`
	listSep           = `\s*(?:、|和|跟|还是|,|，)?\s*`
)

// whichAIAsk is what every way of asking which AI to use asks, in the FAQ's plain words and
// without the reader's task (「我们理发店想用ai写朋友圈文案 用哪个好」「哪个大模型合适」).
const whichAIAsk = "ai 用哪个好"

// assistantNames are what readers call the AI they put to work: AI itself, or a chat
// assistant by its everyday name.
const assistantNames = `ai|人工智能|大模型|chatgpt|gpt|豆包|kimi|deepseek|元宝|文心一言|通义|千问|claude|gemini`

// assistantRe finds an assistant's everyday name as a word (not the ai of 「said」).
var assistantRe = regexp.MustCompile(`(?i)(?:^|[^a-z])(?:` + assistantNames + `)(?:$|[^a-z])`)

// trustRe finds a reader asking whether what an AI does for them can be trusted (「用ai写商品
// 文案行不行」「把体检报告拍给ai让它解读 能信吗」「它给的答案都对吗」); trustAIAsk is what every
// such question asks, in the words of the FAQ on using AI well, without the reader's task.
var (
	// (「ai写的合同能直接拿来用吗」「ai翻的菜单能直接拿去印吗」「问ai医学问题能代替看医生吗」 ask
	// the same of what it wrote or said; so does a reader who fears it told them wrong, 「它讲错了
	// 我也看不出来」.)
	trustRe = regexp.MustCompile(`讲错|说错|答错|靠谱|行不行|能信|可信|信得过|靠得住|放心|可不可靠|能不能用|能直接用|都对吗|对不对|直接(拿来|拿去)(用|印|发|交|贴)|能(不能)?代替|可以代替|代替得了`)
	// usesAIRe is the reader putting an AI assistant to work (「用ai写」「拍给ai」「让豆包做」「用这
	// 个ai写作业」), not a product that calls itself AI (「ai速成班」「医院的ai」「ai贷款app」).
	usesAIRe = regexp.MustCompile(`(?i)(?:用|拿|让|拍给|发给|传给|交给|丢给|问)\s*(?:这个|那个|这些|这种)?\s*(?:` + assistantNames + `)`)
	// theirAIRe is an institution's own system (「医院用ai看ct片子」「银行用ai审贷款」): its
	// trustworthiness is the institution's to answer for, no use the reader makes of an AI.
	theirAIRe = regexp.MustCompile(`(?i)(?:医院|诊所|银行|法院|政府|警方|警察|交警|保险公司|学校|平台|商家)[^，,。？?！!；;\s]{0,4}用\s*(?:ai|人工智能|大模型)`)
)

const trustAIAsk = "用 ai 查资料靠谱吗"

// A reader asking how to tell whether an AI's answer is right (「ai给我的答案咋判断对不对」
// 「chatgpt说的东西怎么知道是不是真的」「ai给的答案是对是错 有啥验证方法」) asks what the FAQ on
// using AI well opens with, checking, as checkAsk asks: aiAnsweredRe is what the AI said,
// rightRe whether it is right. (Not whether a thing is AI's at all: 「怎么判断一篇文章是不是ai
// 写的」 asks no truth.)
var (
	aiAnsweredRe = regexp.MustCompile(`(?i)(?:` + assistantNames + `)\s*(?:给我?的|说的|回答的|答的|讲的|回的|给出的|查到的|搜到的|告诉我的)`)
	rightRe      = regexp.MustCompile(`对不对|对错|是对是错|对还是错|真假|真的假的|准不准|是不是真的|是真是假|有没有错|错没错|核实|验证|能直接信|能信吗|可信吗`)
)

// checkAsk is how the FAQ on using AI well asks it. (Not trustAIAsk: its 查资料 finds the
// analogy of attention, whose 「做法是」 would answer 「ai说的东西能全信吗 咋核实」.)
const checkAsk = "ai 说的话能全信吗？"

// A reader asking where AI goes from here (「大模型接下来会往哪个方向发展」「十年后ai会是什么样」
// 「今后几年ai会怎么变」) asks what the outlook's overview answers, its trends; the words of
// time and change are no entry's. aheadRe is the time ahead, headedRe where or how it goes;
// aheadAsk is how the outlook asks it.
var (
	aheadRe  = regexp.MustCompile(`以后|未来|将来|今后|接下来|下一步|往后|\d+\s*年后|[几十一二两三五]+年后|再过[^，,。？?！!；;]{0,4}年|过(几|些|个几|上几)年`)
	headedRe = regexp.MustCompile(`发展|方向|往哪|往啥|怎么变|咋变|会变成|什么样|啥样|趋势|走向|前景|走到哪|变强|更强|更聪明`)
	// (Not what has its own section: work, prices, danger.)
	notAheadRe = regexp.MustCompile(`工作|饭碗|失业|取代|活干|职业|行业|便宜|价格|收费|贵|危险|失控|威胁|毁灭|统治`)
)

const aheadAsk = "ai 大模型接下来有哪些趋势？"

// A reader asking whether AI keeps getting stronger (「大模型还能再变强吗」「ai发展会不会停下
// 来」「是不是到头了」) asks what the outlook on scaling answers: whether the road runs out.
// (Not a robot that 撞墙 or a reply that 停下来: only progress that stops.)
var onwardRe = regexp.MustCompile(`(还能|还会|会不会|能不能|能否|可不可以)(再|继续|一直)?(变强|变大|进步|更强|更大|变聪明|更聪明)|(发展|进步|进展)[^，,。？?！!；;]{0,6}(停下来|停滞|到头|放缓|慢下来)|到头了|遇到瓶颈|碰到瓶颈|瓶颈期`)

const onwardAsk = "堆算力堆数据这条路是不是快走到头了？"

// aboutAIAsks are the 「常见问法」 a question about AI in general asks, in the order they are
// tried: whether what an AI answered is right, where AI goes from here, whether it keeps
// getting stronger.
func aboutAIAsks(typed string) []string {
	var out []string
	if aiAnsweredRe.MatchString(typed) && rightRe.MatchString(typed) {
		out = append(out, checkAsk)
	}
	low := strings.ToLower(typed)
	if !aiWords.MatchString(low) || notAheadRe.MatchString(low) {
		return out
	}
	if aheadRe.MatchString(low) && headedRe.MatchString(low) {
		out = append(out, aheadAsk)
	}
	if onwardRe.MatchString(low) {
		out = append(out, onwardAsk)
	}
	if whatForRe.MatchString(low) {
		out = append(out, writesForAsk)
	}
	return out
}

// whatForRe asks what the reader can use AI for (「开饭馆的能用ai干点啥」「我能拿ai做什么」): the
// FAQ on using AI well says, as an assistant for drafts, summaries and ideas.
var whatForRe = regexp.MustCompile(`(?:能|可以)\s*(?:用|拿)\s*(?:` + assistantNames + `)\s*(?:来)?\s*(?:干|做|帮我?干|帮我?做)\s*(?:点|些)?\s*(?:啥|什么)`)

// healsRe is an AI asked to do a doctor's work for the reader (「ai能帮我看病吗」「让chatgpt给我
// 诊断一下」): whether it can be trusted with it, as trustAIAsk asks. (Not a hospital's own
// system reading scans: see theirAIRe.)
var healsRe = regexp.MustCompile(`(?i)(?:` + assistantNames + `)[^，,。？?！!；;]{0,6}?(?:看病|诊断|开药|开方子|看化验单|看体检报告)`)

// childRe is a child the reader asks about (「用ai给孩子辅导英语靠谱不」「让小学生用chatgpt查资料
// 放心吗」): whether AI can be trusted with a child is the FAQ on children's use, asked as
// childAIAsk.
var childRe = regexp.MustCompile(`孩子|小孩|娃|儿子|女儿|闺女|孙子|孙女|外孙|小学生|初中生|中学生|高中生`)

const childAIAsk = "孩子用 ai 写作业要注意啥？"

// writesForRe finds a reader asking whether an AI can write something for them, or how well
// (「chatgpt能帮我写菜单文案吗 写得咋样」「豆包能替我写周报不」), or sum up what they have
// (「质检报告能让ai帮着整理吗」): what the FAQ on using AI well answers of drafts and summaries,
// whatever is written; writesForAsk is how it asks that.
var writesForRe = regexp.MustCompile(`(?i)(?:` + assistantNames + `)\s*(?:能|能不能|可以|可不可以|会)?\s*(?:帮我|替我|给我|帮忙|帮着)\s*(?:写|起草|润色|改写|整理|总结|归纳|概括|汇总)[^，,。？?！!；;]{0,12}?(?:吗|不|没|嘛|么)|(?:` + assistantNames + `)[^，,。？?！!；;]{0,12}?写(?:得|的)(?:咋样|怎么样|如何|好不好|行不行)`)

const writesForAsk = "用 ai 写文章、写文案靠谱吗，能直接用吗？"

// promptsRe finds a reader asking how to ask an AI so that it does a task well (「咋问它才写得
// 好」「怎么让ai写得不那么官腔」): the FAQ on asking AI well answers that, whatever the task;
// promptsAsk is how it asks that.
var promptsRe = regexp.MustCompile(`(?i)(?:咋|怎么|怎样|如何)\s*(?:问|说|提问|(?:跟|和|对)\s*(?:它|` + assistantNames + `)\s*说|让它|让\s*(?:` + assistantNames + `))[^，,。？?！!；;]{0,8}?(?:写|答|回答|说|翻译|总结|做)(?:得|的)\s*(?:好|更好|准|对|不那么|没那么|像|自然|地道|有意思)`)

const promptsAsk = "向 ai 提问有啥技巧？"

// promptsHowRe is how to ask said with no task's outcome after it (「想让ai给点构图建议 怎么问比
// 较好」「让ai给面馆起名 咋问出来的好」「让它教我做菜要怎么跟它说话」「用ai出应用题 怎么说它才能出得
// 合适」): the same question, when the
// reader has an AI do the task (aiTaskedRe). (「问老师题目怎么问比较好」 asks nothing of AI.)
var promptsHowRe = regexp.MustCompile(`(?i)(?:咋|怎么|怎样|如何)\s*(?:问|说|提问|(?:跟|和|对)\s*(?:它|` + assistantNames + `)\s*(?:说话|说|讲))\s*(?:它|ai)?\s*(?:比较好|才好|好|出来的好|效果好|效果更好|更好|合适|比较合适|才能|才会|呢|[?？]|$)`)

// promptWordsRe is how to word the prompt itself (「如何用提示词让ai输出更贴合公文规范」「当如何向其
// 下达指令」): the same question, whatever the task.
var promptWordsRe = regexp.MustCompile(`(?i)(?:咋|怎么|怎样|如何)\s*(?:写|用|设计|给它写)?\s*(?:提示词|prompt)|(?:咋|怎么|怎样|如何)\s*向\s*(?:它|其|ai)\s*(?:下达|下|发)\s*指令`)

// aiTaskedRe is an AI the reader has do something (「让ai」「叫它」「找deepseek」).
var aiTaskedRe = regexp.MustCompile(`(?i)(?:让|叫|请|找|用)\s*(?:它|` + assistantNames + `)`)

// agentDoesRe finds a reader asking whether an agent can do a task of theirs for them (「以后智能体
// 能帮我自己打理网店吗」): what the outlook says agents can do, whatever the task; agentDoesAsk
// is how that section asks it.
var agentDoesRe = regexp.MustCompile(`(?i)(?:智能体|agent)[^，,。？?！!]{0,4}?(?:能|能不能|可以|可不可以|会)\s*(?:自己)?\s*(?:帮我|替我|给我|帮咱|替咱|帮我们|替我们)`)

const agentDoesAsk = "ai 以后能自己帮我订票、操作电脑吗？"

// A reader who typed their own things into an AI asks whether they leak (「我把客户名单电话啥的
// 打进ai对话框里 会不会被拿去训练泄露出去啊」): what the FAQ on what not to share answers,
// whatever the things are (「公司账目丢给ai分析 数据安全吗」 worries the same). sharesRe is the
// handing over, leaksRe the worry; sharesAsk is the FAQ's own question.
var (
	sharesRe = regexp.MustCompile(`(?i)(?:发给|贴进|贴给|输进|打进|传给|上传给|丢给|喂给|拍给)\s*(?:` + assistantNames + `)|(?:` + assistantNames + `)\s*(?:的)?(?:对话框|聊天框|输入框)`)
	// (Writing with AI, the reader's material goes to it too: 「用ai写汇报材料有没有泄密风险」
	// worries the same, in words that say a leak, leakedRe.)
	leakedRe = regexp.MustCompile(leakWords)
	// secretRe is material that is not the reader's to share (「能把内部文件贴给ai让它改吗」): handed
	// to AI, it asks what not to share, though no leak is named.
	secretRe = regexp.MustCompile(`内部文件|内部资料|内部材料|公司机密|商业机密|机密文件|涉密|客户资料|客户信息|病历|身份证`)
	leaksRe  = regexp.MustCompile(leakWords + `|隐私|拿去训练|被拿去|被别人看到|保密|(?:数据|信息)?安全(?:吗|不|么)|安不安全`)
)

// leakWords say outright that something leaked.
const leakWords = `泄露|泄漏|泄密|外泄`

const sharesAsk = "哪些信息不该发给 AI？"

// A reader who checked what an AI cited and found nothing (「ai给的参考文献是真的吗 我查了好几个
// 都搜不到」「让ai找参考文献 结果一查好几篇根本不存在」), or found it wrong (「它给的数据是错的」),
// asks what the FAQ on made-up answers
// answers, whatever was cited. citedRe is the citing, notFoundRe the doubt; citedAsk is one of
// the FAQ's 「常见问法」.
var (
	citedRe    = regexp.MustCompile(`(?i)(?:` + assistantNames + `)[^，,。？?！!；;]{0,10}?(?:参考文献|文献|论文|链接|网址|出处|引用|书名|法条|法律条文|案例|名言|数据|资料|素材)`)
	notFoundRe = regexp.MustCompile(`是真的吗|是真的不|真的假的|是假的|是编的|是瞎编的|是错的|搜不到|查不到|找不到|不存在|打不开|没有这篇|没这篇|对不上|一查(?:根本)?(?:没有|就没有|都没有)|根本没有这`)
)

const citedAsk = "ai 给的链接打不开，是它自己编的吗？"

// A reader puts an AI to work on a thing of their own (「拍张药盒照片给ai 它能认出来是啥药不」
// 「我把pdf发给kimi 它真能看懂吗」「ai能帮我分析excel表格不」): what is asked is whether AI reads
// a photo, a long file or a table, as a section's 「常见问法」 asks it; the thing itself (药盒,
// the reader's report), which no passage holds, is not. workedOn pairs each kind of thing with
// that 「常见问法」; aiReadsRe is the AI asked to make sense of it (算 that reckons, not the
// 算 of 「用ai写论文算不算抄袭」).
var (
	aiReadsRe = regexp.MustCompile(`(?i)(?:` + assistantNames + `)[^，,。？?！!；;]{0,12}?(?:认|看懂|看得懂|看明白|看我|看看|看一下|识别|读|分析|解读|总结|整理|处理|算(?:得|出|对|错|账|数|合计|一下|下)|核对|看出)|(?:认|看懂|看得懂|识别|读|分析|解读|总结|整理|处理)[^，,。？?！!；;]{0,12}?(?:` + assistantNames + `)`)
	workedOn  = []struct {
		thing *regexp.Regexp
		ask   string
	}{
		{regexp.MustCompile(`照片|相片|图片|截图|拍张|拍个|拍了|拍照`), "ai 怎么看得懂我拍的照片？"},
		{regexp.MustCompile(`(?i)\bexcel\b|\bxlsx?\b|表格|报表`), "不会编程能让 ai 帮我处理表格吗？"},
		{regexp.MustCompile(`(?i)\bpdf\b|\bdocx?\b|文档|文件|合同|论文|电子书|整本书`), "能直接上传一整本书让 ai 读吗？"},
	}
)

// workedOnAsk returns the 「常见问法」 of what a question asks AI to make sense of, or "".
func workedOnAsk(q string) string {
	if !aiReadsRe.MatchString(q) {
		return ""
	}
	for _, w := range workedOn {
		if w.thing.MatchString(q) {
			return w.ask
		}
	}
	return ""
}

// usedUpRe finds a reader's worry that the text to train on runs out (「训练数据要是用完了」「网上
// 的数据快被ai用光了」「文本快被大模型学完了」), with or without AI between the data and the
// verb (「会不会有一天不够用」): it is put as the data's 瓶颈, the word of the outlook's passage
// on it. (The verb goes: 「用光」, in no passage, would weigh against the question.)
var usedUpRe = regexp.MustCompile(`(数据|文本|文字|语料)[^，,。？?！!；;\s]{0,8}?(?:用光|用完|学完|吃光|吃完|读完|耗尽|不够用|枯竭|见底)`)

// thinkerRe is a model described by its long thinking (「o1那种会先想半天的」「那种想半天才回答
// 的」): a reasoning model. Why it thinks so long (「为啥要想半天」) is the thesaurus's 测试时计算.
var thinkerRe = regexp.MustCompile(`(?:会)?(?:先)?想(?:半天|很久|好久|那么久)(?:才|再)?(?:回答|作答|回|答)?的`)

// beforeRe asks what came before a thing (「那在它之前大家用啥」「这个出来以前靠什么」): the
// report says 「在 Transformer 出现之前」 of what it replaced.
// (What it was used for stays: 「出来之前机器翻译用的啥」. Not 「以前的bard是什么」, a thing
// before it asked what it is.)
var beforeRe = regexp.MustCompile(`(?:在)?(?:它|这个|那个)?(?:出现|出来|诞生|发明)?(?:之前|以前)([^，,。？?！!a-z]{0,6}?)(?:用|靠)(?:的是|的)?(?:啥|什么)`)

// degreeRe is how fast or slow said with a degree before it (「出字贼快」「回得超慢」), or a
// while said longer (「等老半天」「想好半天」): the thesaurus holds the phrase without it
// (「出字快」「等半天」), as the report would say it.
var degreeRe = regexp.MustCompile(`(?:贼|超级|超|巨|特别|特|非常|老)(快|慢)|[老好大](半天)`)

// jobTakenRe finds a reader's worry that AI does their work, said of the work (「ai会不会把我们
// 护士的活也干了」「ai能把设计师的工作都抢了吗」): it is put in the FAQ's words, 取代工作; whose
// work it is, the reader's trade, is not what is asked. Only of an AI: 「老公把家里的活都干了」
// asks nothing of one.
var jobTakenRe = regexp.MustCompile(`(?i)(` + assistantNames + `)([^，,。？?！!；;\s]{0,8}?)把[^，,。？?！!；;\s]{0,10}?(?:活|活儿|工作|岗位|饭碗|差事)(?:也|都|全|给)*(?:干了|抢了|抢走|包了|顶了|做了)`)

// jobDoneByRe is the same worry said of AI as the one the work is left to (「是不是过几年都让ai
// 干了」「这活以后全给ai抢了」), or of machines when all of it is (「以后是不是都让机器干了」; 「碗
// 让机器洗了」 is a dishwasher's). (Not 做了: 「作业都让ai做了」 is a child's homework.)
var jobDoneByRe = regexp.MustCompile(`(?i)(?:都|全|全都)?(?:让|被|给)\s*(` + assistantNames + `)\s*(?:给)?` + jobDone + `|(?:都|全|全都)(?:让|被|给)\s*(机器人|机器)\s*(?:给)?(?:` + jobDone + `|取代)`)

// jobDone is work said to be done or taken by another.
const jobDone = `(?:干了|抢了|抢走了|取代了|顶替了|替代了)`

// jobTakenOnRe is the same worry with the verb first (「ai会不会抢走我们货车司机的饭碗」「ai能
// 砸了翻译的饭碗不」).
var jobTakenOnRe = regexp.MustCompile(`(?i)(` + assistantNames + `)([^，,。？?！!；;\s]{0,8}?)(?:抢走|抢了|夺走|砸了|端了|抢)[^，,。？?！!；;\s]{0,10}?(?:活儿|活|工作|岗位|饭碗|差事)`)

// replacers are what readers fear takes their place, and replaceVerbs the verbs they say it
// with, active or after 被.
const (
	replacers    = `ai|人工智能|机器人|机器|大模型|chatgpt|deepseek|gpt`
	replaceVerbs = `淘汰|替代|代替|顶替|替换|取代`
)

// replacedByRe finds a reader's worry that AI takes their place, said with an agent between
// 被 and the verb (「会不会被ai淘汰」「被机器人替代」「要被ai干掉了」「被ai抢走」), which no phrase of the
// thesaurus can hold whole; it is what the report calls 取代. A few characters may stand between
// the agent and the verb, what kind of AI it is (「被ai数字人取代」). (淘汰 alone is the report's
// too, of questions and branches dropped.)
var replacedByRe = regexp.MustCompile(`(?i)被\s*(` + replacers + `)\s*(?:[^，,。？?！!；;\s被]{0,4}?)(?:给|所)?(?:` + replaceVerbs + `|干掉|替掉|替了|顶掉|顶了|换掉|抢走|抢了|抢|卷死|卷没)`)

// replacesWorkerRe is the same worry with AI the subject and the worker the object (「以后ai会
// 不会代替药剂师审处方」「ai能取代会计吗」): a person's job (workerRoles), not a thing AI might
// stand in for (「ai能代替搜索不」).
// (A doctor only when taken over, 「ai会不会取代全科医生」: 「能代替看医生吗」 asks whether to see one.)
var replacesWorkerRe = regexp.MustCompile(`(?i)(` + assistantNames + `)([^，,。？?！!；;\s]{0,6}?)(?:(?:` + replaceVerbs + `)\s*\p{Han}{0,6}?(?:` + workerRoles + `)|(?:取代|顶替|淘汰)\s*\p{Han}{0,4}?医生)`)

// workerReplacedRe is a worker (workerRoles), the reader's trade (yourTrade) or work said to be
// taken over, after replacedByRe has put it in the report's words (「以后博物馆讲解员会被ai数字人
// 取代吗」「律师助理这活几年后会不会被ai干掉」「还有啥工作不会被ai抢」): the worker's job, what the
// FAQ on jobs answers, not a thing AI stands in for (「搜索引擎会被ai取代吗」). The worker is
// dropped, as jobTakenRe drops the trade: who it is is not what is asked.
var workerReplacedRe = regexp.MustCompile(`(?i)\p{Han}{0,5}(?:` + workerRoles + `|` + yourTrade + `|工作|` + tradeActs + `)[^，,。？?！!；;\s]{0,8}?被(` + replacers + `)取代`)

// tradeActs is a trade said as what its workers do (「修车」「开出租」「教书」「种地」): 「以后修车也会
// 被ai取代吗」 asks about the mechanic's job. (Not 搜: 「搜索会被ai取代吗」 asks about search engines.)
const tradeActs = `(?:修|开|送|教|种|写|画|卖|剪|跑|做)\p{Han}{1,2}`

// tradeReplacedRe is the worry said of the reader's trade after AI is named (「以后会不会有ai开
// 公交车 我们这行是不是要被取代了」).
var tradeReplacedRe = regexp.MustCompile(`(?i)(` + assistantNames + `)([^。？?！!]{0,16}?)(?:` + yourTrade + `)[^，,。？?！!；;]{0,6}?被(?:` + replaceVerbs + `|干掉|抢)`)

// yourTrade is the reader's own trade said by pointing at it (「我们这行」「这活」).
const yourTrade = `这行|这一行|这个行业|这份工作|这工作|这活|这个岗位|饭碗`

// tradeFutureRe is a worker's or a trade's future asked after AI is named (「ai都会写代码了 报计
// 算机专业还有前途吗」) or, with no AI named, in words that only the fear of losing the work says
// (「插画师还有活路吗」「翻译这行还能干几年」「程序员会失业吗」「开出租的都得下岗」「护士会被替
// 代吗」「插画师这个饭碗还能端几年」), or its future asked before AI is named (「学计算机还有前途没 ai都会写代码了」), or whether to change trades, with
// AI or machines named (「派送全是机器人和ai了 要不要早点转行」): the FAQ on jobs. The trade is
// dropped, as jobTakenRe drops it: whose work it is is not what is asked; so is what AI was said
// to do (「都会写代码了」), which only says why the reader fears. (前途 alone, with no
// AI named, is a career's: 「学医还有前途吗」 asks nothing of AI.)
var tradeFutureRe = regexp.MustCompile(`(?i)(?:` + aiOrMachine + `)[^。？?！!]{0,16}?` + aTrade + `[^，,。？?！!；;\s]{0,8}?(?:还有前途|有没有前途|有前途|还吃香)|(?:` + aiOrMachine + `)[^。？?！!]{0,30}?(?:转行|改行)|` + aTrade + `[^，,。？?！!；;\s]{0,8}?(?:还有前途|有没有前途|有前途)[^。？?！!]{0,16}?(?:` + aiOrMachine + `)|` + aTrade + `[^，,。？?！!；;\s]{0,8}?(?:还有活路|有没有活路|还有饭吃|有饭吃|还能干几年|还能干多久|还能做几年|会失业|要失业|得失业|会不会失业|没活干|没饭吃|丢饭碗|砸饭碗|饭碗还能端|饭碗保不住|饭碗还保得住|减人|裁员|减员|下岗|被替代|被取代|被淘汰)`)

// tradeWorkRe is a trade's work asked of AI (「护士的活儿ai能干吗」): the FAQ on jobs, as
// tradeFutureRe. (An expression of its own: joined to tradeFutureRe, it left that expression
// no gate, and every 常见问法 was run through it as the index was built.)
var tradeWorkRe = regexp.MustCompile(`(?i)` + aTrade + `的(?:活儿?|工作|事儿?)[^，,。？?！!；;\s]{0,4}?(?:` + aiOrMachine + `)[^，,。？?！!；;\s]{0,4}?(?:能干|能做|干得了|做得了|能替|能接)`)

// trades are the reader's work said as a trade (yourTrade) or a field of study (「计算机专业」,
// or what one studies, 「学计算机」),
// and doersOf as the one who does it (「做翻译的」「跑外卖的」); aTrade is any of them or a
// worker, with up to five characters that say which (「插画师」「计算机专业」); aiOrMachine is
// what readers fear does the work instead.
const (
	trades      = yourTrade + `|行业|专业|职业|岗位`
	doersOf     = `(?:做|干|当|跑|开|搞)\p{Han}{1,4}的`
	aTrade      = `\p{Han}{0,5}(?:` + workerRoles + `|` + trades + `|` + doersOf + `|学\p{Han}{1,4})`
	aiOrMachine = assistantNames + `|机器`
)

// noNeedWorkerRe is a worker said to be needed no more, with a machine or AI named (「以后看病是
// 不是都不用医生了机器看」「有了ai还要老师吗」 does not say it so).
var noNeedWorkerRe = regexp.MustCompile(`(?i)((?:` + aiOrMachine + `)[^。？?！!]{0,16}?)` + workerNotNeeded + `|` + workerNotNeeded + `([^。？?！!]{0,10}?(?:` + aiOrMachine + `))`)

// stillNeedPeopleRe asks whether people are still needed where machines or AI came (「以后工地都上
// 机器人 还要人不」「有了ai还需要人吗」): the FAQ on jobs.
var stillNeedPeopleRe = regexp.MustCompile(`(?i)((?:` + aiOrMachine + `)[^。？?！!]{0,16}?)还(?:要|需要|用)(?:人|工人|员工|人工)(?:吗|不|么|嘛|了吗|干吗)`)

// workerNotNeeded is a worker said to be needed no more (「都不用医生了」).
const workerNotNeeded = `(?:都)?不(?:用|需要)\p{Han}{0,3}?(?:` + workerRoles + `|医生|翻译)了`

// worksTrainedRe is a work of a creator's taken to train a model (「我的画被拿去训练了能告吗」「它
// 训练的时候是不是把网上的画全扒下来了」): the entry on copyright and training data, which the
// reader's words (画, 扒) do not name. (Not one's chats: 「聊天记录会被拿去训练吗」 is no work.)
var worksTrainedRe = regexp.MustCompile(`(?:` + works + `)[^，,。？?！!；;]{0,8}?(?:` + takenFor + `)[^，,。？?！!；;]{0,4}?训练|训练[^。？?！!]{0,16}?(?:` + works + `)[^，,。？?！!；;]{0,4}?(?:` + takenFor + `)`)

// voiceLikeRe is a voice like someone's that asks for money, or heard on a call (「接到电话声音跟我
// 儿子一模一样找我要钱」): a faked voice's scam, the FAQ on deepfakes (「AI 换脸、假语音诈骗怎么
// 防？」). The money asked for goes with it: 要钱 alone is what a service costs.
var voiceLikeRe = regexp.MustCompile(`声音[^。？?！!]{0,8}?(?:` + soundsAlike + `|好像)` + moneyAsked + `|(?:电话|语音|视频通话)[^。？?！!]{0,6}?声音[^。？?！!]{0,8}?(?:` + soundsAlike + `)(?:` + moneyAsked + `)?` +
	// (Or a kinsman's voice on a call that asks for money: 「接到电话是他儿子声音要钱」.)
	`|(?:电话|语音|视频)[^。？?！!]{0,8}?(?:` + kin + `)的?声音` + moneyAsked)

// soundsAlike says a voice is like someone's, moneyAsked what it then asks for, and kin whose
// voice a call may fake.
const (
	soundsAlike = `一模一样|一样|很像|特别像`
	moneyAsked  = `[^。？?！!]{0,12}?(?:要钱|转账|借钱|打钱|汇款|要验证码)`
	kin         = `儿子|女儿|孙子|孙女|外孙|爸|妈|老公|老婆|家人|亲戚|亲人|老板|领导`
)

// offlineUseRe is an AI asked to work with no network (「手机没有网的时候这个人工智能还能用吗」
// 「断网了ai还能用不」「不联网能用ai不」): used offline (offlineUse), which running a model locally
// allows. (「家里没网了手机还能用吗」 names no AI.)
var offlineUseRe = regexp.MustCompile(`(?i)(?:` + noNetwork + `|离线)[^。？?！!]{0,16}?(?:` + assistantNames + `|模型)` + stillUsable + `|(?:` + assistantNames + `|模型)[^。？?！!]{0,10}?(?:` + noNetwork + `)` + stillUsable + `|(?:` + noNetwork + `|离线)` + stillUsable + `\s*(?:` + assistantNames + `|模型)`)

// phoneOfflineRe is a phone's AI asked to work offline, after offlineUseRe has said so
// (「手机不联网能用ai不」): a model that runs on the phone itself, an on-device model.
var phoneOfflineRe = regexp.MustCompile(`手机[^。？?！!]{0,30}?` + offlineUse)

// offlineUse is what offlineUseRe adds: the thesaurus's phrase for local deployment.
const offlineUse = `离线用`

// noNetwork is being without a network, and stillUsable asking whether a thing still works.
const (
	noNetwork   = `没有网|没网|断网|没有网络|没网络|不联网|不连网`
	stillUsable = `[^。？?！!]{0,6}?(?:还能用|能用|能不能用|可以用|用得了)`
)

// works are what creators make, and takenFor the taking of it.
const (
	works    = `画|画作|作品|文章|照片|图片|小说|稿子|歌|插画`
	takenFor = `拿去|拿来|扒去|扒来|扒下来|爬下来|偷去|偷走|扒走|扒了|爬了|用去|用来`
)

// renamed is a text spelled, with the report's terms put only for the reader's phrases that are
// no everyday word: 「投机解码是啥 听着像炒股」 names speculative decoding by another translation,
// while 「chrome插件怎么装」 speaks of a browser's plug-in, not of a model's tools.
func (ix *Index) renamed(text string) string {
	return ix.colloquial.paraphraseOnly(ix.spelled(text), ix.wordSpans, ix.reportWord, func(p string) bool {
		if ix.everyday[p] {
			return false
		}
		_, pos, known := ix.words.Lookup(p)
		return !known || pos == "x"
	})
}

// spelled is canonical without the thesaurus: the reader's own words, with the report's
// spellings of its names and slips fixed.
func (ix *Index) spelled(text string) string {
	for _, plain := range plainForms {
		text = plain(text)
	}
	return ix.fixHomophones(ix.respell(ix.aNotA(text)))
}

// plainForms put the reader's wording in the everyday forms the report and its 「常见问法」
// use, in this order, before the index's own spelling steps: the written register, words
// miswritten by their sound, 娃, the news's words for popular, the robot that is the AI, years
// and decades.
var plainForms = []func(string) string{plainInitials, plainWritten, plainSlips, plainKin, plainPopular, plainRobot, fullYears, fullDecades}

// A fast typist writes the commonest question words by their pinyin initials: 「蒸馏是sm」
// 「zm让ai改代码」「wsm它要先想很久」. As Latin words the report never uses they counted as
// unknown content; plainInitials writes the words they stand for. (Only as words of their own:
// not the sm of gsm8k.)
var (
	initialsAs = map[string]string{"sm": "什么", "zm": "怎么", "wsm": "为什么", "zmb": "怎么办"}
	initialsRe = regexp.MustCompile(`(?i)\b(?:sm|zm|wsm|zmb)\b`)
)

func plainInitials(text string) string {
	if !strings.ContainsAny(text, "smSM") {
		return text
	}
	return initialsRe.ReplaceAllStringFunc(text, func(m string) string { return initialsAs[strings.ToLower(m)] })
}

// Older readers call the chat AI a robot: 「这个机器人懂的东西是谁教的」「电视上说机器人考试考过了
// 大学生」「机器人以后会不会管着人」. Where the robot talks, knows, answers, sits exams or
// outwits people, and has no body at work (扫地, 搬, 走路, 工厂), it is the AI: plainRobot says
// ai. (Not 「聊天机器人」, the report's own word, nor a robot that does things with its hands.)
var (
	robotRe     = regexp.MustCompile(`(?:这个|那个|这些|那些|这种|那种|智能)?机器人`)
	robotMindRe = regexp.MustCompile(`聊天|说话|对话|回答|答题|知识|考试|考了|分数|聪明|智商|懂|学来|学的|写|问它|跟它|和它|管着人|统治`)
	chatbotRe   = regexp.MustCompile(`(?:聊天|对话|陪聊)的机器人`)
	robotBodyRe = regexp.MustCompile(`扫地|拖地|擦窗|搬|走路|跑步|跳舞|工厂|流水线|手臂|机械臂|身体|人形|具身|做饭|炒菜|送餐|快递|手术|焊|装配|仓库|宠物|玩具|乐高|电池|充电`)
)

func plainRobot(text string) string {
	if !strings.Contains(text, "机器人") {
		return text
	}
	// 「能聊天的机器人」 is the report's chatbot, said in two words.
	text = chatbotRe.ReplaceAllString(text, "聊天机器人")
	if strings.Contains(text, "聊天机器人") || !robotMindRe.MatchString(text) || robotBodyRe.MatchString(text) {
		return text
	}
	return robotRe.ReplaceAllString(text, "ai")
}

// kidRe is 娃, the northern word for a child (「我家娃几岁能用ai」), as one word: not a doll
// (娃娃) nor a girl or boy (女娃, 男娃), nor the child in the chores of raising one (带娃, 养娃:
// 「觉得女的就该在家带娃」 asks about bias, not children).
var kidRe = regexp.MustCompile(`(^|[^娃女男带养生哄接送遛])娃儿?($|[^娃])`)

// plainKin says 孩子 for 娃, as the 「常见问法」 do.
func plainKin(text string) string {
	if !strings.Contains(text, "娃") {
		return text
	}
	return kidRe.ReplaceAllString(text, "${1}孩子${2}")
}

// slipsAs are everyday words as children and fast typists often miswrite them, by a
// character of the same sound (「叫什么名子」「有时侯」「因该」): the slip is no word, so it
// counted as unknown content. (fixHomophones mends the report's own terms; these are the
// words around them.) slipsGate passes over a question with none of their characters.
var (
	slipsAs = map[string]string{"名子": "名字", "时侯": "时候", "因该": "应该", "以经": "已经", "部份": "部分", "按装": "安装",
		"一但": "一旦", "既使": "即使", "做为": "作为", "历害": "厉害", "登陆账号": "登录账号",
		// (A pinyin keyboard's slip on the field's own word: 「蒸馏模行」「大模行为啥」, where
		// 行为 keeps fixHomophones from reading it.)
		"模行": "模型"}
	slipsRe = regexp.MustCompile(oneOf(slipsAs))
	// slipsMightyRe is 利害 (stakes) written for 厉害 after a degree: 「比老师还利害」.
	slipsMightyRe = regexp.MustCompile(`(还|很|好|太|真|最|挺|多|这么|那么|特别|非常)利害`)
	slipsGate     = gateOf(regexp.MustCompile(slipsRe.String() + `|利害`))
)

// plainSlips mends everyday words miswritten by their sound.
func plainSlips(text string) string {
	if !slipsGate.admits(readable(text)) {
		return text
	}
	text = slipsRe.ReplaceAllStringFunc(text, func(m string) string { return slipsAs[m] })
	return slipsMightyRe.ReplaceAllString(text, "${1}厉害")
}

// popularRe is a thing said to be popular in the words of the news (「一推出就爆红」「突然爆火」
// 「走红」): the 「常见问法」 say it as readers mostly do, 火 (「chatgpt 一出来为啥就火成那样？」).
// popularRedRe is 红 after how much (「为什么没有这样红」「咋突然这么红」): popular too, not a
// colour (「红色」「红绿灯」).
var (
	popularRe    = regexp.MustCompile(`爆红|走红|蹿红|爆火|火爆|红火|火遍全网|火出圈`)
	popularRedRe = regexp.MustCompile(`(这么|那么|这样|那样|这般|很|特别|超|巨)红([^色绿灯旗包酒茶薯枣豆肉烧线外光]|$)`)
)

// plainPopular says 火 for the news's words for popular.
func plainPopular(text string) string {
	if !strings.ContainsAny(text, "红火") {
		return text
	}
	return popularRedRe.ReplaceAllString(popularRe.ReplaceAllString(text, "火"), "${1}火$2")
}

// decadeRe finds a decade of the last century as readers say it (「八十年代」「上世纪90年代」);
// decades writes it as the report does, 「1980 年代」.
var (
	decadeRe = regexp.MustCompile(`(^|[^\d.])(?:上世纪|上个世纪|20\s*世纪|二十世纪)?\s*([5-9]0|五十|六十|七十|八十|九十)\s*年代`)
	decades  = map[string]string{"五十": "50", "六十": "60", "七十": "70", "八十": "80", "九十": "90"}
)

// fullDecades writes a decade of the last century in full: 「八十年代」 → 「1980 年代」.
func fullDecades(text string) string {
	if !strings.Contains(text, "年代") {
		return text
	}
	var b strings.Builder
	last := 0
	for _, m := range decadeRe.FindAllStringSubmatchIndex(text, -1) {
		d := text[m[4]:m[5]]
		if n, ok := decades[d]; ok {
			d = n
		}
		// What stands before the match is kept; the decade, with what said the century, is
		// written anew.
		b.WriteString(text[last:m[3]])
		b.WriteString("19" + d + " 年代")
		last = m[1]
	}
	b.WriteString(text[last:])
	return b.String()
}

// shortYearRe finds a year written with two digits (「17年那篇论文」「23年底」): the character
// before and the one after are matched and kept.
var shortYearRe = regexp.MustCompile(`(^|[^\d.%a-zA-Z])([12]\d)\s*年(.|$)`)

// fullYears writes a year said with two digits in full, as the report does: 「17年那篇论文」 →
// 「2017年那篇论文」. Not a span of years (「干了17年」「17年前」「17年来」「17年的时间」): a 了,
// 过, 近 or 满 before it, or 前, 后, 来, 多, 间, 内, 左(右), 以, 了 or 的 after it, count years
// rather than name one.
func fullYears(text string) string {
	if !strings.Contains(text, "年") {
		return text
	}
	var b strings.Builder
	last, changed := 0, false
	for _, m := range shortYearRe.FindAllStringSubmatchIndex(text, -1) {
		before, after := text[m[2]:m[3]], text[m[6]:m[7]]
		if strings.ContainsAny(before, "了过近满") || strings.ContainsAny(after, "前后来多间内左以了的") {
			continue
		}
		// The two digits, prefixed: what stands around them is kept as it is.
		b.WriteString(text[last:m[4]])
		b.WriteString("20")
		last, changed = m[4], true
	}
	if !changed {
		return text
	}
	b.WriteString(text[last:])
	return b.String()
}

// aNotA rewrites an A-not-A question on how something is into 是否 and the word it asks
// about: 「贵不贵」 → 「是否贵」, 「厉不厉害」 → 「是否厉害」. The dictionary cuts 「贵不贵」 into
// seams (「贵不」「不贵」) that no passage says; 是否 keeps the yes-or-no. Only words of quality
// (askedHow): 「该不该给奖励」 and the forms the question rules read (是不是, 能不能) stay.
func (ix *Index) aNotA(text string) string {
	rs := []rune(text)
	var b strings.Builder
	changed := false
	for i := 0; i < len(rs); i++ {
		if i+2 < len(rs) && rs[i+1] == '不' && rs[i] == rs[i+2] && askedHow[rs[i]] {
			word := string(rs[i])
			// A word of two characters repeats only its first: 「厉不厉害」.
			if i+3 < len(rs) && isHan(rs[i+3]) {
				if _, _, ok := ix.words.Lookup(string(rs[i]) + string(rs[i+3])); ok {
					word += string(rs[i+3])
					i++
				}
			}
			b.WriteString("是否" + word)
			i += 2
			changed = true
			continue
		}
		b.WriteRune(rs[i])
	}
	if !changed {
		return text
	}
	return b.String()
}

// askedHow are the first characters of the words of quality an A-not-A question asks about.
var askedHow = map[rune]bool{'贵': true, '难': true, '快': true, '慢': true, '大': true, '强': true, '弱': true, '多': true,
	'高': true, '长': true, '稳': true, '灵': true, '厉': true, '聪': true, '火': true, '新': true, '省': true, '费': true, '牛': true}

// respell rewrites runs of Latin words: the longest sequence of up to four words whose squashed
// form is a known name becomes that name; a single run-together word may also be a name
// followed by a tier word or a version ("gemini2.5pro" → "gemini 2.5 pro").
func (ix *Index) respell(text string) string {
	if len(ix.spell) == 0 {
		return text
	}
	// (Chat said before GPT's letters said, 「叉特鸡屁踢」, is ChatGPT once the letters are read.)
	text = spokenChat.ReplaceAllString(ix.spokenLetters(spokenNames(text)), " chatgpt ")
	english := strings.ContainsFunc(text, isHan) && ix.everydayEnglishOnly(text)
	var b strings.Builder
	rs := []rune(text)
	for i := 0; i < len(rs); {
		if !isLatinWordRune(rs[i]) {
			b.WriteRune(rs[i])
			i++
			continue
		}
		j := i
		for j < len(rs) && (isLatinWordRune(rs[j]) || rs[j] == ' ' || rs[j] == '-' || rs[j] == '.' || rs[j] == '_') {
			j++
		}
		span := strings.TrimRight(string(rs[i:j]), " -._")
		b.WriteString(ix.respellSpan(span, english))
		i += len([]rune(span))
	}
	return b.String()
}

// everydayEnglishOnly reports whether every English word of a text is an everyday word of
// englishAs, a name, or a number: only then are the everyday ones put in Chinese. Another
// English word makes them part of English phrases or names (「data wall」「Deep Think」
// 「humanity's last exam」), or of a question about something else (「这个data的format不对」).
func (ix *Index) everydayEnglishOnly(text string) bool {
	return !slices.ContainsFunc(latinWordRe.FindAllString(text, -1), func(w string) bool {
		lw := strings.ToLower(w)
		_, everyday := fromEnglish(lw)
		_, name := ix.spell[lw]
		return !everyday && !name && !aiNames[lw] && strings.ContainsFunc(lw, unicode.IsLetter)
	})
}

// latinWordRe is a run of Latin letters and digits.
var latinWordRe = regexp.MustCompile(`[A-Za-z0-9]+`)

func isLatinWordRune(r rune) bool {
	return r < 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

// respellSpan respells one run of Latin words (see respell). When english holds, an everyday
// English word that is no name is put in the report's word (fromEnglish).
func (ix *Index) respellSpan(span string, english bool) string {
	words := strings.Fields(span)
	var out []string
	for i := 0; i < len(words); {
		matched := false
		for j := min(len(words), i+4); j > i; j-- {
			orig := strings.Join(words[i:j], " ")
			if n, ok := ix.spell[squash(strings.ToLower(orig))]; ok {
				if strings.ToLower(orig) == n || ix.isName(orig) {
					// Already the report's spelling, keep the reader's case; or the spelling of
					// another name that squashes alike (「Arena-Hard」 the benchmark, not
					// 「ArenaHard」 the row of DeepSeek's table).
					n = orig
				}
				out = append(out, n)
				i, matched = j, true
				break
			}
		}
		if matched {
			continue
		}
		if zh, ok := fromEnglish(words[i]); ok && english {
			out = append(out, zh)
		} else if n := ix.misspelled(words[i]); n != "" {
			out = append(out, n)
		} else {
			out = append(out, ix.splitRunTogether(words[i]))
		}
		i++
	}
	return strings.Join(out, " ")
}

// minTypoLen is the shortest Latin word read as a misspelt name: shorter words are too often
// other words one letter away ("bert" and "best", "gpt" and "got"). A word of minNameTypoLen
// letters, one short, is read as a misspelt proper name (「gemni」 for Gemini, 「claud」 for
// Claude), not as a misspelt English word (a concept's name is as often an everyday word:
// 「close」 is no typo for closed, nor 「route」 for router), and only by a letter left out or
// two swapped (leftOutOrSwapped). So is a name that short read only through those slips: a
// longer word with a letter added (「iframe」) is no FRAMES.
const (
	minTypoLen     = 6
	minNameTypoLen = 5
)

// misspelled returns the report's spelling of the name a Latin word misspells by one letter
// (one left out, added, changed, or two swapped: "embeding", "transfomer", "hallucinaton"), or
// "". A word the report itself uses, or one with digits ("gpt4o" is run together, not
// misspelt), is no typo; nor is a word one letter away from two different names.
func (ix *Index) misspelled(word string) string {
	w := strings.ToLower(word)
	if len(w) < minNameTypoLen || strings.ContainsFunc(w, func(r rune) bool { return r < 'a' || r > 'z' }) || ix.inVocab(w) || pluralNames[w] {
		return "" // (nor a name that looks like a plural: Windows is no misspelt window)
	}
	if _, ok := ix.spell[w]; ok {
		return ""
	}
	if _, ok := ix.spell[strings.TrimSuffix(w, "s")]; ok && strings.HasSuffix(w, "s") && len(w) <= minTypoLen {
		return "" // a short name's plural is that name (「frames」), read as it was before
	}
	found := ""
	short := len(w) < minTypoLen
	for _, t := range ix.typos {
		if len(t.word) > len(w)+1 || len(t.word) < len(w)-1 || !oneEdit(w, t.word) || (short || len(t.word) < minTypoLen) && !(t.name && leftOutOrSwapped(w, t.word)) {
			continue
		}
		if found != "" && !strings.EqualFold(found, t.spelling) {
			return "" // two words one letter away: no way to tell which was meant
		}
		found = t.spelling
	}
	if found != "" {
		return found
	}
	// Nor does a reader always write the whole word: 「rerank」 for Reranking.
	for _, t := range ix.typos {
		if short || t.word != w+"ing" && t.word != w+"er" && t.word != w+"s" {
			continue
		}
		if found != "" && !strings.EqualFold(found, t.spelling) {
			return ""
		}
		found = t.spelling
	}
	return found
}

// typo is a word a misspelling may be meant for, how the report spells it, and whether it is
// a proper name of the report's: a model's, a maker's or a benchmark's.
type typo struct {
	word, spelling string
	name           bool
}

// buildTypos lists what misspelled compares a word with: the report's Latin names (squashed)
// and the English words of its text ("distillation", "speculative"), each of at least
// minTypoLen letters a–z. Listed once, so that a question costs a pass over a few thousand
// words, not over every term of the index.
func (ix *Index) buildTypos() {
	seen := map[string]bool{}
	latin := func(t string, min int) bool {
		return len(t) >= min && !strings.ContainsFunc(t, func(r rune) bool { return r < 'a' || r > 'z' })
	}
	// A model's, a maker's or a benchmark's name is a proper name; a concept's English name is
	// as often an everyday English word (Token, Router, Weight).
	proper := map[string]bool{}
	for _, e := range ix.entities {
		if strings.HasPrefix(e.anchor, "model-") || strings.HasPrefix(e.anchor, "models-") || strings.HasPrefix(e.anchor, "bench-") {
			for _, n := range e.names {
				if isLatin(n) {
					proper[squash(n)] = true
				}
			}
		}
	}
	for k, n := range ix.spell {
		if latin(k, minTypoLen) || proper[k] && latin(k, minNameTypoLen) {
			ix.typos = append(ix.typos, typo{k, n, proper[k]})
			seen[k] = true
		}
	}
	for t := range ix.lex.ids {
		if latin(t, minTypoLen) && !seen[t] && ix.inVocab(t) {
			ix.typos = append(ix.typos, typo{t, t, false})
		}
	}
	// Map order is random: sorted, a misspelling is read the same way at every start.
	slices.SortFunc(ix.typos, func(a, b typo) int { return strings.Compare(a.word, b.word) })
}

// leftOutOrSwapped reports whether w, one edit from name (oneEdit), is name with one letter
// left out or two neighbouring letters swapped, the slips a short name is read through
// (「gemni」「claud」): one letter changed or added makes too many English words of a short name
// (taken, metal, berth).
func leftOutOrSwapped(w, name string) bool {
	return len(name) == len(w)+1 || len(name) == len(w) && swapped(w, name)
}

// swapped reports whether a and b (ASCII, of one length) differ by two neighbouring letters
// swapped.
func swapped(a, b string) bool {
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	return i+1 < len(a) && a[i] == b[i+1] && a[i+1] == b[i] && a[i+2:] == b[i+2:]
}

// oneEdit reports whether a and b (ASCII) differ by one inserted, deleted or changed letter, or
// by two neighbouring letters swapped.
func oneEdit(a, b string) bool {
	if a == b {
		return false
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	switch {
	case len(a) == len(b):
		return a[i+1:] == b[i+1:] || swapped(a, b) // changed, or swapped
	case len(a)+1 == len(b):
		return a[i:] == b[i+1:] // b has one more
	}
	return false
}

// splitRunTogether finds a known name at the start of a word whose rest begins at a change
// between letters and digits: "gemini2.5pro" is "gemini 2.5" and "pro".
func (ix *Index) splitRunTogether(w string) string {
	k := squash(strings.ToLower(w))
	for cut := len(k) - 1; cut >= 2; cut-- {
		n, ok := ix.spell[k[:cut]]
		if !ok {
			continue
		}
		a, b := rune(k[cut-1]), rune(k[cut])
		if unicode.IsDigit(a) == unicode.IsDigit(b) || b == '.' || a == '.' {
			continue // "gpt4o" is not "gpt-4" and "o"
		}
		return n + " " + k[cut:]
	}
	// A version glued to the word after it (「3.7sonnet」「2.5pro」) is the two words the report
	// writes apart. (Not a letter or two: 「4o」「70b」 are names and sizes.)
	if m := versionBeforeWord.FindStringSubmatch(k); m != nil && ix.inVocab(m[2]) {
		return m[1] + " " + m[2]
	}
	return w
}

// versionBeforeWord is a version number run together with a word: 「3.7sonnet」.
var versionBeforeWord = regexp.MustCompile(`^(\d+\.\d+)([a-z]{3,})$`)

// A homophone typo replaces one character of a Chinese name by another read the same way.
type homophone struct {
	name  []rune
	sound string
}

// fuzzyPinyin is a syllable as readers' input methods often confuse it: the front and back
// nasals (lin and ling: 「图林测试」 for 图灵测试) and the flat and curled initials (zi and zhi)
// are one sound. Only names of minFuzzyRunes characters or more are read so: two characters
// that sound nearly alike are too often two other words (「是考」 is no 思考, 「强在」 no 潜在).
func fuzzyPinyin(p string) string {
	if p == "" {
		return ""
	}
	for _, c := range [][2]string{{"zh", "z"}, {"ch", "c"}, {"sh", "s"}} {
		if rest, ok := strings.CutPrefix(p, c[0]); ok {
			p = c[1] + rest
			break
		}
	}
	for _, c := range [][2]string{{"ing", "in"}, {"eng", "en"}, {"ang", "an"}} {
		if rest, ok := strings.CutSuffix(p, c[0]); ok {
			return rest + c[1]
		}
	}
	return p
}

// minFuzzyRunes is how long a name must be for a run that sounds nearly like it (see
// fuzzyPinyin) to be read as it.
const minFuzzyRunes = 3

// fuzzyKey is a key of sounds (see homophoneKey) with each syllable made fuzzy.
func fuzzyKey(key string) string {
	parts := strings.Split(key, " ")
	for i, p := range parts {
		parts[i] = fuzzyPinyin(p)
	}
	return strings.Join(parts, " ")
}

// homophoneKey is a run of characters' pinyin, "" when one is unknown.
func (ix *Index) homophoneKey(rs []rune) string {
	parts := make([]string, len(rs))
	for i, r := range rs {
		if parts[i] = ix.words.Pinyin(r); parts[i] == "" {
			return ""
		}
	}
	return strings.Join(parts, " ")
}

// homophoneDF is how many passages must use an everyday word for a homophone of it to be read
// as that word.
const homophoneDF = 3

// homophoneFreq is how often the dictionary's corpus must use an everyday word for a homophone
// of it to be read as that word.
const homophoneFreq = 50

// buildHomophones indexes the Chinese names of the entries, and the dictionary words of two
// characters the report uses often (「蒸馏」), by their pinyin; a name wins over a word.
func (ix *Index) buildHomophones() {
	ix.sounds = map[string][]rune{}
	ix.fuzzySounds = map[string][]rune{}
	ix.wordSounds = map[string]bool{}
	ix.nameSounds = map[string]bool{}
	for n, ps := range ix.lex.postings {
		if len(ps) < homophoneDF {
			continue
		}
		t := ix.lex.terms[n]
		r0, size0 := utf8.DecodeRuneInString(t)
		r1, size1 := utf8.DecodeRuneInString(t[size0:])
		if size0+size1 != len(t) || !isHan(r0) || !isHan(r1) {
			continue // not two Chinese characters
		}
		rs := []rune{r0, r1}
		// (A word the dictionary's corpus rarely uses is seldom what a reader meant: 「整笨了」 is no
		// slip for 整本, nor 「能治」 for the linguists' 能指.)
		if freq, pos, ok := ix.words.Lookup(t); !ok || freq < homophoneFreq || (lexicon.Word{Text: t, POS: pos, Known: true}).Function() {
			continue
		}
		if k := ix.homophoneKey(rs); k != "" {
			if prev, ok := ix.sounds[k]; !ok || ix.lex.df(string(prev)) < len(ps) {
				ix.sounds[k] = rs
				ix.wordSounds[k] = true
			}
		}
	}
	for _, e := range ix.entities {
		for _, n := range e.names {
			rs := []rune(n)
			if len(rs) < 2 || len(rs) > 6 || strings.ContainsFunc(n, func(r rune) bool { return !isHan(r) }) {
				continue
			}
			if k := ix.homophoneKey(rs); k != "" {
				ix.sounds[k] = rs
				delete(ix.wordSounds, k)
				ix.nameSounds[k] = true
				if len(rs) >= minFuzzyRunes {
					ix.fuzzySounds[fuzzyKey(k)] = rs
				}
				// (And as the name is said, where the dictionary gives a character's other
				// reading: 微调 is wei tiao, typed 「微条」, though the dictionary reads 调 diao.)
				for i, r := range rs {
					if alt, ok := nameReadings[r]; ok {
						parts := strings.Split(k, " ")
						parts[i] = alt
						ix.sounds[strings.Join(parts, " ")] = rs
						delete(ix.wordSounds, strings.Join(parts, " "))
						ix.nameSounds[strings.Join(parts, " ")] = true
					}
				}
			}
		}
	}
}

// homophonePhrases adds askWords and the thesaurus's phrases of two to four Chinese
// characters, where no name or word already reads the same: readers mistype their own words too
// (「饭腕」 for 饭碗).
func (ix *Index) homophonePhrases() {
	for _, p := range askWords {
		if k := ix.homophoneKey([]rune(p)); k != "" {
			if _, ok := ix.sounds[k]; !ok {
				ix.sounds[k] = []rune(p)
			}
		}
	}
	for p := range ix.colloquial.term {
		rs := []rune(p)
		if len(rs) < 2 || len(rs) > 4 || strings.ContainsFunc(p, func(r rune) bool { return !isHan(r) }) {
			continue
		}
		if k := ix.homophoneKey(rs); k != "" {
			if _, ok := ix.sounds[k]; !ok {
				ix.sounds[k] = rs
			}
		}
	}
}

// askWords are words a question asks with that the fallbacks for an AI put to work look for
// (trustRe's 靠谱), mistyped as often as any other: 「靠普不」.
var askWords = []string{"靠谱"}

// nameReadings are the readings the report's names give characters whose dictionary reading is
// another: 调 in 微调 and 指令调优, 长 in 长上下文, 重 in 重排序.
var nameReadings = map[rune]string{'调': "tiao", '长': "chang", '重': "chong"}

// minWordsTypoRunes is how long a name must be for a run of dictionary words that reads like it
// to be read as it.
const minWordsTypoRunes = 4

// fixHomophones replaces a run of characters that no dictionary and no passage knows, and that
// reads exactly like a name of the report differing in one character, by that name:
// 「换觉」 → 幻觉, 「思维连」 → 思维链, 「蒸留」 → 蒸馏.
func (ix *Index) fixHomophones(text string) string {
	rs := []rune(text)
	sounds := make([]string, len(rs)) // each character's pinyin, looked up once
	for i, r := range rs {
		if isHan(r) {
			sounds[i] = ix.words.Pinyin(r)
		}
	}
	within := ix.wordSpans(rs)
	for i := 0; i < len(rs); i++ {
		if sounds[i] == "" {
			continue
		}
		for n := min(6, len(rs)-i); n >= 2; n-- {
			cand := rs[i : i+n]
			if slices.Contains(sounds[i:i+n], "") {
				continue
			}
			key := strings.Join(sounds[i:i+n], " ")
			// 「注意力机制能不能」 holds no typo 「制能」 for 智能, and 「数学老是」, two words, is
			// no typo for 数学老师. But a run of words that reads exactly like a long name of the
			// report is that name mistyped: 「注意力机智」「深度学系」.
			// (A word the run cuts may be one the typo made: 「思维连有啥用」 segments 连有, which the
			// dictionary's corpus uses three times. A name's typo may cut so rare a word.)
			if cutsWord(within, i, i+n) {
				if !ix.nameSounds[key] || !ix.cutsOnlyRare(rs, within, i, i+n, n >= minLongCutRunes) {
					continue
				}
			} else if wholeWords(within, i, i+n) && !(n >= minWordsTypoRunes && ix.nameSounds[key]) {
				continue
			}
			name, ok := ix.sounds[key]
			if !ok && n >= minFuzzyRunes {
				name, ok = ix.fuzzySounds[fuzzyKey(key)]
			}
			if !ok || differing(cand, name) != 1 || ix.knownWord(string(cand)) {
				continue
			}
			// A particle typed is the particle meant: 「越来越大是靠啥」 says 大 + 是, no 大事.
			if typedParticle(cand, name) {
				continue
			}
			// Two common words of a character each are no slip for an everyday word: 「为啥叫大
			// 模型」 calls it big, it is no 「较大」. (A name still is: 「换觉」 is 幻觉; so are
			// rare characters, 「模形」 for 模型.)
			if n == 2 && ix.wordSounds[key] && ix.commonChar(rs[i]) && ix.commonChar(rs[i+1]) {
				continue
			}
			copy(rs[i:i+n], name)
			i += n - 1
			break
		}
	}
	return string(rs)
}

// typedParticle reports whether the one character a run differs in from the name it reads
// like is a particle (是, 的, 了): so common a word of its own is what the reader typed.
func typedParticle(run, name []rune) bool {
	for k := range run {
		if run[k] != name[k] {
			return particleSet.has(run[k])
		}
	}
	return false
}

// rareCutFreq is how seldom the dictionary's corpus may use a word for a name's typo to cut it
// (连有 3; 连着 24, 学系 72 are words a reader may mean).
const rareCutFreq = 10

// minLongCutRunes is how long a name must be for its typo to cut a common word too: five
// characters that read like 「自注意力机制」 are that name, though 「机智能不能」 segments 智能.
const minLongCutRunes = 5

// cutsOnlyRare reports whether every word that [start, end) cuts through is one the
// dictionary's corpus uses less often than rareCutFreq (any word, for a long name's typo), and
// leaves outside the run a single character common as a word of its own: the 有 of 「思维连有
// 啥用」, not the 甲 of 剪指甲.
func (ix *Index) cutsOnlyRare(rs []rune, spans [][2]int, start, end int, long bool) bool {
	for k := start; k < end; k++ {
		from, to := spans[k][0], spans[k][1]
		if from >= start && to <= end {
			continue
		}
		if freq, _, _ := ix.words.Lookup(string(rs[from:to])); freq >= rareCutFreq && !long {
			return false
		}
		outside := (to - from) - (min(to, end) - max(from, start))
		if outside != 1 {
			return false
		}
		r := rs[from]
		if to > end {
			r = rs[to-1]
		}
		if !ix.commonChar(r) {
			return false
		}
	}
	return true
}

// segmented calls f with every word the dictionary cuts a text's Chinese runs into, and the
// rune offset where it starts.
func (ix *Index) segmented(rs []rune, f func(w lexicon.Word, at, n int)) {
	for i := 0; i < len(rs); {
		if !isHan(rs[i]) {
			i++
			continue
		}
		j := i
		for j < len(rs) && isHan(rs[j]) {
			j++
		}
		at := i
		for _, w := range ix.words.Segment(string(rs[i:j])) {
			n := utf8.RuneCountInString(w.Text)
			f(w, at, n)
			at += n
		}
		i = j
	}
}

// wordSpans returns, for each rune of a text, the span [start, end) of the known word of two
// or more characters the dictionary segmentation puts it in, or {i, i+1} when there is none.
func (ix *Index) wordSpans(rs []rune) [][2]int {
	spans := make([][2]int, len(rs))
	for i := range rs {
		spans[i] = [2]int{i, i + 1}
	}
	ix.segmented(rs, func(w lexicon.Word, at, n int) {
		if n >= 2 && w.Known {
			for k := at; k < at+n; k++ {
				spans[k] = [2]int{at, at + n}
			}
		}
	})
	return spans
}

// cutsWord reports whether [start, end) cuts through a word of spans.
func cutsWord(spans [][2]int, start, end int) bool {
	for k := start; k < end; k++ {
		if spans[k][0] < start || spans[k][1] > end {
			return true
		}
	}
	return false
}

// wholeWords reports whether [start, end) is made of two or more words of spans, each of two
// characters or more.
func wholeWords(spans [][2]int, start, end int) bool {
	words := 0
	for k := start; k < end; k = spans[k][1] {
		if spans[k][1]-spans[k][0] < 2 {
			return false
		}
		words++
	}
	return words >= 2
}

// commonCharFreq is how often the dictionary's corpus must use a character as a word of its
// own for it to be a common word (叫 43431, 大 144099; 模 1046, 形 7698).
const commonCharFreq = 20000

// commonChar reports whether a character is a common word on its own.
func (ix *Index) commonChar(r rune) bool {
	freq, _, ok := ix.words.Lookup(string(r))
	return ok && freq >= commonCharFreq
}

// knownWord reports whether the dictionary or the report uses a word, so it is not a typo.
func (ix *Index) knownWord(w string) bool {
	if _, _, ok := ix.words.Lookup(w); ok {
		return true
	}
	return ix.reportWord(w)
}

// reportWord reports whether some passage uses a word.
func (ix *Index) reportWord(w string) bool {
	if len([]rune(w)) == 2 {
		_, ok := ix.lex.ids[w]
		return ok
	}
	return ix.phraseDF(w) > 0
}

func differing(a, b []rune) int {
	if len(a) != len(b) {
		return -1
	}
	d := 0
	for i := range a {
		if a[i] != b[i] {
			d++
		}
	}
	return d
}

// NameSpan is where a text names an entry of the report.
type NameSpan struct {
	Anchor     string
	Start, End int     // byte offsets in the text as given to About
	Spec       float64 // how specific the name is, 0..1
	// Described: the question names the entry only in the thesaurus's words, describing it
	// (「答案不一样」 for 采样), not by a name of its own.
	Described bool
}

// About is what a question is about, read without searching: the entries it names and its key
// terms (its words less grammar, question frames and filler). The tutor reads it to tell a
// question that stands on its own from one that leans on the conversation.
type About struct {
	Text  string     // the question with casual spellings rewritten (what the spans index)
	Names []NameSpan // in reading order; a name inside a longer one is left out
	Terms []string
}

// About reads a question.
func (ix *Index) About(text string) About {
	// (Without who the reader is or who told them, as it is searched: 「听说」 is no content.)
	spelled := ix.spelled(withoutSelf(norm.NFKC.String(text)))
	c := ix.reworded(spelled)
	a := About{Text: c, Terms: ix.keyTerms(c)}
	// Names are matched on the lower-cased text; Normalize keeps byte offsets for ASCII and for
	// the CJK text of questions, which lower-casing leaves as they are.
	low := strings.ToLower(c)
	var written map[string]bool // the entries named before the thesaurus rewords
	for _, m := range ix.nameMatches(low) {
		if written == nil {
			written = map[string]bool{}
			for _, w := range ix.nameMatches(strings.ToLower(spelled)) {
				written[w.anchor] = true
			}
		}
		a.Names = append(a.Names, NameSpan{Anchor: m.anchor, Start: m.start, End: m.end, Spec: m.spec, Described: !written[m.anchor]})
	}
	slices.SortFunc(a.Names, func(x, y NameSpan) int { return x.Start - y.Start })
	return a
}

// Share is the rarity-weighted share of terms that the top k hits contain outside their
// analogies: how much of what a question says the passages found for it speak of. The tutor
// checks with it that an elliptical question's words belong to the subject it carries.
func (ix *Index) Share(terms []string, hits []Hit, k int) float64 {
	var text strings.Builder
	for i, h := range hits {
		if i >= k {
			break
		}
		text.WriteString(Normalize(h.Title + "\n" + literal(h.Text)))
		text.WriteByte('\n')
	}
	t := text.String()
	all, got := 0.0, 0.0
	for _, term := range terms {
		w := ix.queryWeight(term)
		all += w
		switch {
		case isLatin(term) && containsName(t, term) || !isLatin(term) && strings.Contains(t, term):
			got += w
		case !isLatin(term) && utf8.RuneCountInString(term) == 4:
			// A four-character word is most often two words run together, and the passage may
			// say one of them another way: 「不断更新」 is said as 「定期更新」.
			r := []rune(term)
			for _, half := range []string{string(r[:2]), string(r[2:])} {
				if strings.Contains(t, half) {
					got += w / 2
				}
			}
		}
	}
	if all == 0 {
		return 1
	}
	return got / all
}

// comparandShare is how much an entry named only as what the subject is measured against
// counts, of an entry the question names.
const comparandShare = 0.5

// withRe ends the words before a thing measured against (「跟」「和」), and oneSidedRe opens
// those after it when they ask what is better about the subject (「比好在哪」「比有啥优势」).
var (
	withRe     = regexp.MustCompile(`(?:跟|和|与|同)$`)
	oneSidedRe = regexp.MustCompile(`^\s*比\s*(?:起来)?\s*(?:有?(?:啥|什么|哪些))?(?:好在|强在|厉害在|优势|好处|长处|改进|进步|省事|省钱|便宜在)`)
)

// measuredAgainst returns the entries a text names only right after 比: what its subject is
// measured against (「它比 rlhf 省事」), not what it asks about; or between 跟 and a 比 that asks
// what is better about the subject (「dpo跟rlhf比好在哪」; not 「跟rlhf比有啥区别」, which asks
// of both).
func (ix *Index) measuredAgainst(text string) []string {
	norm := stemPhrase(Normalize(text))
	after, other := map[string]bool{}, map[string]bool{}
	for _, m := range ix.nameMatches(norm) {
		before := strings.TrimRight(norm[:m.start], " ")
		if strings.HasSuffix(before, "比") || withRe.MatchString(before) && oneSidedRe.MatchString(norm[m.end:]) {
			after[m.anchor] = true
		} else {
			other[m.anchor] = true
		}
	}
	var out []string
	for a := range after {
		if !other[a] {
			out = append(out, a)
		}
	}
	slices.Sort(out)
	return out
}
