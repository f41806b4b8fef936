package tutor

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"llmtutor/retriever"
)

// kind is what a question asks for. The offline answer opens with the sentences that give it:
// a definition for 「是什么」, a cause for 「为什么」, a number for 「多少」…
type kind int

const (
	kindWhat      kind = iota // definition: the entry's subject sentence
	kindWhy                   // cause
	kindHow                   // process, steps, mechanism
	kindCompare               // difference between two things
	kindCount                 // how many, how big, how long, how much
	kindWhen                  // date
	kindWho                   // who made it, which company, which lab
	kindYesNo                 // can it, is it, does it
	kindGood                  // benefit
	kindBad                   // limit, cost
	kindScore                 // a model's score or ranking: the report lists none on purpose
	kindRecommend             // which one to use: the report recommends none on purpose
	kindPrice                 // what a model or its API costs: the report lists no prices on purpose
	kindFrom                  // where it comes from: a benchmark's questions, a model's data, a bias
	kindList                  // what it includes: its kinds, tasks, sizes
	kindChange                // what a new version changed
	kindRemedy                // how to prevent, avoid or fix it: the measures
	kindOpen                  // none of the above: the sentences closest to the question
)

var kindNames = [...]string{"what", "why", "how", "compare", "count", "when", "who", "yesno", "good", "bad", "score", "recommend", "price", "from", "list", "change", "remedy", "open"}

func (k kind) String() string { return kindNames[k] }

// asksFact reports whether k asks for one fact — a number, a date, a maker — which a sentence
// either states or does not.
func (k kind) asksFact() bool { return k == kindCount || k == kindWhen || k == kindWho }

// questionRule recognises one kind of question by its everyday wording. The rules are tried in
// order: 「为什么 MoE 比稠密模型便宜」 is a comparison before it is a why, 「它有什么好处」 a
// benefit before a what.
type questionRule struct {
	kind kind
	re   *regexp.Regexp
}

// questionRules are matched against the question, lower-cased (NFKC). They are read only.
// countryAsk asks which country (「mistral哪国的」「deepseek是哪个国家的」): who made it, asked of
// where the maker is from.
const countryAsk = `哪国|哪个国家|什么国家|啥国家`

var questionRules = []questionRule{
	// Rankings are asked for whatever is named: no entry of the report ranks models.
	{kindScore, rankAsk},
	{kindRecommend, regexp.MustCompile(`推荐|该用哪|该选哪|选哪个|用哪个|哪个好用|哪个最好|哪个更好|哪个好|哪家好|买哪个|哪款好|` + choiceAsk.String())},
	// (「chatgpt 跟 gpt4 是一个东西吗」 asks whether two are the same: what sets them apart.)
	// (「推理跟训练哪个更烧钱」 weighs two things by one measure.)
	{kindCompare, regexp.MustCompile(differenceRe.String() + `|对比|比较|相比|\bvs\.?\b|(跟|和|与|同)[^，。？?]{1,24}比|(是|算)(不是)?(一回事|一码事|一个东西|同一个东西|同一个)` +
		`|哪个(更|比较)(贵|便宜|烧钱|费钱|花钱|省钱|难|容易|简单|复杂|快|慢|大|小|耗|费|占|重要|常用|早)|` + whichStrongerRe.String())},
	// 「幻觉咋避免」「提示注入怎么防」「深度伪造咋认出来」 ask for measures, not for how the thing works;
	// 「这毛病咋解决」 asks how to fix a fault, not what the fault is.
	{kindRemedy, regexp.MustCompile(`(怎么|如何|咋|怎样)(才能|才可以|去|来)?(防|避免|解决|减少|降低|缓解|应对|对付|克服|规避|预防|根治|治|认出|识别|分辨|辨别|鉴别|识破|看穿|核对|核实|查证)|(有|有没有)(什么|啥)?(好)?(办法|法子|对策|措施)|(怎么办|咋办|咋整|怎么整|咋弄|怎么弄)([？?!！。，,;；\s]|$)|注意(些|点)?(啥|什么|哪些)|注意事项` +
		// (How to have it err less: 「咋样才能少犯这毛病」「那咋整才能让它不瞎编」.)
		`|(怎么样|怎么|如何|咋样|咋整|咋|怎样)(才能|才可以|才)?(让|叫|使)?(它|ai|模型|大模型)?(少|别|不再|不)(犯|瞎|胡|乱|编|出错|说错|答错|幻觉)`)},
	// 「比 o1-mini 强在哪」 asks what changed, before 「强在哪」 asks what is good.
	{kindChange, regexp.MustCompile(`比[^，。？?]{1,24}(难|强|好|贵|快|慢|省|新|高明|先进)在(哪|什么|啥)|比[^，。？?]{1,24}(省掉|省去|省了|多了|少了|去掉|改进)了?(什么|啥|哪些)|改了(什么|啥|哪些)|改动|(有|发生了)?(什么|啥|哪些)(变化|改变|改进)|变了(什么|啥)|新(在哪|增了?(什么|啥))|升级了(什么|啥)|新(东西|功能|特性|花样|玩意|变化|改进)`)},
	{kindGood, goodAsk},
	{kindBad, badAsk},
	{kindList, regexp.MustCompile(`(有|包括|包含|涵盖|覆盖|分为|分成|检查|考|测)(了)?哪(些|几)|都有(啥|什么|哪些)|哪(几|些)(种|类|个方面|方面|类型|任务|模型|公司|厂商|产品|基准|东西|内容|条件|要求|部分|项)`)},
	// (「拿哪些底座做的」「基于哪个模型训的」 ask what a model was made from; what data, 「拿啥
	// 数据训的」, is asked of pre-training, which answers it better than a source.)
	{kindFrom, regexp.MustCompile(`从哪(?:里|儿)?(?:弄|搞|找|拿|扒|爬|收集|采集|获取)?来?|哪里来|哪儿来|哪来的|怎么来的|咋来的|学来的|来源是|出处|(拿|用|基于|以)(的是)?(哪|什么|啥)(些|个|种|家)?的?(底座|基座|基础模型|模型|base)`)},
	{kindWhy, whyAsk},
	// (How far off a thing still is, 「agi离我们还有多远」「还要多久能实现」, asks when it comes.)
	{kindWhen, regexp.MustCompile(`什么时候|啥时候|哪年|哪次|哪一年|何时|几月|哪个月|哪天|哪一天|几几年|\bwhen\b|还有多远|离[^，。？?\s]{0,8}多远|(还有|还要|还得)多久`)},
	// (「是 meta 做的吗」 asks who, to be confirmed.)
	{kindWho, regexp.MustCompile(`(是|由)[^，。？?]{1,16}(做|开发|发布|推出|搞|训练|研发)(出来)?的(吗|吧|嘛)|谁|哪家|哪个公司|什么公司|啥公司|哪个团队|哪个机构|哪个实验室|出自|` + countryAsk + `|\bwho\b`)},
	{kindCount, regexp.MustCompile(`多少|几[个道种层倍章项条步类位天次名款家轮句段万亿千百级档]|` + shareAsks + `|多大|多长|多久|多高|多快|多贵|多重|多远|规模|\bhow (many|much|big|long)\b`)},
	// 「跑个大模型要啥配置」 asks how much hardware: the memory a model needs.
	{kindCount, hardwareAsk},
	// 「幻觉是咋回事」 asks what the thing is, not the steps of a process.
	{kindWhat, regexp.MustCompile(`(咋|怎么)(一)?回事`)},
	// (「是靠啥」 asks by what means: how it is done.)
	{kindHow, regexp.MustCompile(`怎么|如何|咋|怎样|步骤|流程|过程|原理|机制|靠(什么|啥)|\bhow\b`)},
	{kindWhat, whatAsk},
	// (An A-not-A question asks yes or no: 「算不算开源」「要不要微调」「值不值得」.)
	{kindYesNo, regexp.MustCompile(`能不能|能否|可不可以|可否|是否|会不会|是不是|有没有|行不行|对不对|靠不靠谱|算不算|要不要|需不需要|用不用|值不值|好不好|准不准|安不安全|合不合法|划不划算|可不可靠|开不开源|收不收费|免不免费|[吗嘛]([？?!！]*$|[？?!！]*[，,。;；\s])|不[？?!！]*$|[了过]没有?[？?!！]*$|^(can|is|does|do|are)\b`)},
}

// whatAsk asks what a thing is or what it is for.
var whatAsk = regexp.MustCompile(`是个?什么|什么是|是个?啥|啥是|叫什么|叫啥|叫做什么|称为什么|什么名字|啥叫|什么叫|什么意思|啥意思|指什么|指的是|指的?啥|指的什么|是干嘛|干嘛的|干啥的|是做什么|干什么用|干什么的|干啥用|能干(啥|什么|嘛)|能做(啥|什么)|(干|做)点(啥|什么)|用来(干|做)(什么|啥)|负责(什么|啥)|^what (is|are)\b|是指|考(啥|什么)|测(啥|什么)|是测|怎么理解|讲的是|说的是|是(个|一个|一种|一类)?什么样|讲了(啥|什么)|说了(啥|什么)|(有|是)?(啥|什么|哪些)(特点|特色)|在[^，。？?\s]{1,6}个(啥|什么)`)

// differRe are the words of a comparison that also tell of things that vary; bothRe the words
// that point back at two things (「它们有什么不同」).
var (
	differRe = regexp.MustCompile(`^(不一样|不同|差别|差异)$`)
	bothRe   = regexp.MustCompile(`它们|两者|二者|两个|俩|这几个|前者|后者|彼此`)
)

// thinkingRe names the text a reasoning model writes before it answers (its 「思考过程」), in
// which 过程 names a thing rather than asks how; so does 机制 in the name 「注意力机制」.
var thinkingRe = regexp.MustCompile(`(思考|推理|思维|解题)过程|注意力机制`)

// sameRe are words in which 同 means 「same」, not 「with」.
var sameRe = regexp.MustCompile(`同样|同一|同时|相同|同类|同等`)

// ratherRe is 比较 as an adverb before what it qualifies: 「比较好」「比较贵」.
var ratherRe = regexp.MustCompile(`比较(好|合适|适合|容易|难|快|慢|多|少|大|小|贵|便宜|靠谱|常见|稳|强|弱|重要|有用|方便|清楚|简单|新|早|晚|火|流行|准)`)

// anyoneRe is 「谁」 meaning anyone: 「谁都能用」「谁也不知道」.
var anyoneRe = regexp.MustCompile(`谁都|谁也|任何人`)

// understandRe asks what a thing means, in the words of a how-question.
var understandRe = regexp.MustCompile(`(怎么|如何|咋|怎样)(去)?(理解|解释|看懂)`)

// choiceAsk weighs two ways of doing a thing by what they cost or bring: 「调api和本地部署哪个
// 靠谱」「本地部署划算还是直接调api划算」.
// 「写文章 deepseek好还是chatgpt好」 weighs two by plain 好 on both sides.
var choiceAsk = regexp.MustCompile(`哪个(更|比较)?(好|靠谱|划算|合适|省钱|便宜|实用|省事)|还是[^，。？?]{0,16}(划算|靠谱|合适|省钱|省事|更好|好用)|好还是[^，。？?]{1,16}好`)

// pairRe finds two things set side by side.
var pairRe = regexp.MustCompile(`\S\s*(和|与|跟|还是|或者|\bvs\b|\bor\b)\s*\S`)

// scoreAsk is a question for a number a model scored: 「o3-mini 在 GPQA 上多少分」, or how many it
// gets right, 「o1能做对几道」. It counts only when the question also names a model, so 「那人类
// 在这上面能得多少分」, which the report answers, stays a count question (and 「人类专家能答对
// 多少」 is no model's count: only a model, 模型 or 它 gets right here).
var scoreAsk = regexp.MustCompile(`多少分|几分|得分|分数是多少|分数多少|考了?多少|跑了多少|拿了多少|成绩(是|怎么样|如何)|([a-z0-9]|模型|它)\s*(能|可以)?(做|答)对(了)?(几|多少)`)

// examRe is an exam or a contest described, not named: 「数学竞赛」「高考」「律师考试」.
var examRe = regexp.MustCompile(`竞赛|考试|奥数|奥赛|高考|考研|资格考|执照考|比赛`)

// peopleRe names people, whose score on a benchmark the report gives where it has one.
var peopleRe = regexp.MustCompile(`人类|专家|博士|学生|考生|普通人|真人`)

// anyModels reports whether a question (normalised) asks only a score (m, the words that ask
// it) of models in general (「ai」「大模型」): no clause besides, and nothing said to be so
// before it (「aime是数学竞赛吧」).
func anyModels(q, m string) bool {
	before, _, _ := strings.Cut(q, m)
	return retriever.SaysAI(q) && !peopleRe.MatchString(q) && !whatAsk.MatchString(q) && len(retriever.Clauses(retriever.WithoutChatter(q))) == 1 && !strings.Contains(before, "是")
}

// mayAskScore is a cheap first look for a score or ranking question, before the question is
// read in full.
func mayAskScore(question string) bool {
	q := retriever.Normalize(question)
	return scoreAsk.MatchString(q) || rankAsk.MatchString(q)
}

// askedScore returns the words of a question (normalised) that ask for a score, or "": not
// those of a clause on how a score is arrived at or on the top mark (scoreMethod), which are
// blanked first.
func askedScore(q string) string {
	return scoreAsk.FindString(scoreMethod.ReplaceAllString(q, "　"))
}

// mayAskPrice is a cheap first look for a price question.
func mayAskPrice(question string) bool {
	return priceAsk.MatchString(retriever.Normalize(question))
}

// rankAsk asks which model ranks first (「哪个模型最强」「r1 和 o1 谁厉害」「哪家的模型最好」;
// not 「哪个ai最好用」, which asks which to use).
// (「最高的能做对多少」 asks what the best one gets right.)
var rankAsk = regexp.MustCompile(`最高的[^，。？?]{0,4}(做对|答对|考|拿|得)(了|到)?(几|多少)|最强|最厉害|最聪明|最好的大?模型|哪(家|个)[^，。？?]{0,8}(模型|ai)最好($|[^用的])|最高分|分数最高|得分最高|跑分第一|排第一|排名第一|第一名|谁第一|哪个.{0,6}(更强|排名最高)|谁(更)?(强|厉害|牛)|排行榜上.{0,4}(谁|哪)|第一是(哪|谁)|榜首`)

// taskRankRe asks which is strongest at a task the reader has in hand (「写代码哪个最强」「翻译
// 谁最厉害」): which to use for it, not a ranking. (The task comes first; 「哪家做的模型最强」
// asks for a maker's rank.)
var taskRankRe = regexp.MustCompile(`(写(代码|程序|文章|作文|论文|文案|小说|邮件|报告|材料|东西)|编程|翻译|画(图|画)|做(ppt|表格|题|作业|视频|设计)|解(题|数学)|总结|润色|备课|办公|查资料)[^，。？?]{0,12}(?P<rank>` + rankAsk.String() + `)`)

// whichStrongerRe asks which of two is stronger.
var whichStrongerRe = regexp.MustCompile(`哪个(更)?(强|厉害|牛|聪明)`)

// countModels counts the models among named entries.
func countModels(named []string) int {
	n := 0
	for _, a := range named {
		if strings.HasPrefix(a, "model-") {
			n++
		}
	}
	return n
}

// scoreMethod asks how a score is arrived at (「成绩是怎么来的」「分数咋算的」), or the top mark
// (「满分多少分」): a question on the metric the report explains, not for a model's number.
var scoreMethod = regexp.MustCompile(`(成绩|分数|得分)[^，。？?]{0,4}(怎么|如何|咋)(来|算|得|测|评)|满分(是|有|为)?(几|多少)分?`)

// measuredAgainst is the clause of what a thing is measured against: 「跟 rlhf 比」.
const measuredAgainst = `(跟|和|与|同)[^，。？?]{1,24}?比`

// againstRe is a comparison said only by what it is measured against (「跟 X 比」), not by a
// word for the difference.
var againstRe = regexp.MustCompile(`^` + measuredAgainst + `$`)

// goodAsk and badAsk recognise a question about what is good or bad about something (the
// rules of kindGood and kindBad; a comparison asked for one of them is that kind).
var (
	goodAsk = regexp.MustCompile(`(啥|什么)(厉害|牛|强|了不起)的|(厉害|牛|强)在(哪|什么|啥)|(^|[^比])好在(哪|什么|啥)|好处|优点|优势|长处|益处|有什么用|有啥用|用处|图什么|带来了?什么|擅长(啥|什么|哪些|干啥|做啥|做什么)|适合(干|做|用来)?(啥|什么)`)
	badAsk  = regexp.MustCompile(`(啥|什么|哪些)限制|限制(是|有)(啥|什么|哪些)|缺点|局限|不足|代价|坏处|弊端|短板|缺陷|毛病|副作用|有什么问题|有啥问题|(什么|啥|哪些|多大的?)风险|风险(大|高|在哪|是什么|有哪些|有多大)`)
)

// abilityAsk asks how good a model is at a task (「写代码强不强」「数学咋样」「能用来写代码吗」),
// how good it is at all (「厉害吗」), or what it suits (「擅长干啥」).
var abilityAsk = regexp.MustCompile(`(写代码|编程|代码|数学|写作|写文章|翻译|中文|看图|长文档)[^，。？?]{0,10}(强|厉害|牛|行不行|好用|咋样|怎么样|如何|水平)|(擅长|适合)(干|做|用来|用在)?(啥|什么|哪)|(能|可以)(不能)?(拿来|用来)(写|做|干)` +
	// 「o1 厉害吗」「r1 强不强」 (read 「r1是否强」): how good it is, at what its entry says.
	`|(是否|到底|真的|很|特别|有多)?(厉害|强|牛|好用)(吗|么|嘛|不)?[？?！!。~\s]*$`)

// asksAbility reports whether a question (normalised) asks what a model it names is good at.
// (Not why it is good at it, nor how it stands against another: 「为啥做数学题比4o强那么多」
// 「r1 和 o1 谁厉害」.)
func asksAbility(q string, named []string) bool {
	return abilityAsk.MatchString(q) && namesModel(named) && !differenceRe.MatchString(q) && !whyAsk.MatchString(q) && !betterThanRe.MatchString(q) && !rankAsk.MatchString(q)
}

// whyAsk asks for a cause; how a thing became popular (「咋火起来的」) asks why it did.
var whyAsk = regexp.MustCompile(`为什么|为啥|为何|怎么会|咋会|怎么就|咋就|(怎么|咋)还(能|会|可以)|原因|凭什么|(跟|和|与)(啥|什么)有关|何以|(怎么|如何|咋)产生|(怎么|如何|咋|怎样)(一下子)?(火|红|流行|走红|爆红|出圈)(起来|了|的)|\bwhy\b`)

// betterThanRe weighs one thing against another: 「比4o强」「比 r1 厉害」.
var betterThanRe = regexp.MustCompile(`比[^，。？?]{1,24}(强|好|厉害|牛|差|弱)`)

// comparableRe asks whether two things can be compared (「能直接比吗」「能放一块比吗」).
var comparableRe = regexp.MustCompile(`(能|可以|能不能|可不可以)[^，。？?]{0,4}(比|对比|比较)(吗|么|不|嘛)?[？?]*$`)

// howComeRe asks how a thing came about (「咋来的」).
var howComeRe = regexp.MustCompile(`怎么来的|咋来的`)

// differenceRe is a word that asks for a difference outright.
var differenceRe = regexp.MustCompile(`区别|差别|两条路|两种路|两个路子|两码事|两回事|差异|异同|不同|不一样|差在哪|差在什么|差哪|有啥差|有什么差`)

// decidesRe finds a choice the model makes (「决定用哪个」「选出哪个」), not the reader's
// (「决定不了用哪个」).
var decidesRe = regexp.MustCompile(`(决定|判断|挑出|选出)([^不了，。？?][^，。？?]{0,23}?)?(用|选|交给)?哪`)

// whatIsWrittenRe is 为何 in the written sense of 「是什么」: after a noun of what is asked
// (原理, 区别, 含义 …), ending its clause.
var whatIsWrittenRe = regexp.MustCompile(`(原理|区别|差别|差异|含义|意思|定义|用途|作用|意义|关系|机制|依据|标准|来历|由来)为何([，,。？?！!；;\s]|$)`)

// classify says what a question asks for. named are the anchors of the entries it names.
func classify(question string, named []string) (kind, string) {
	q := retriever.Normalize(question)
	// 「其基本原理为何」「两者区别为何」: 为何 after what is asked of, ending the clause, is the
	// written 「是什么」, not why.
	q = whatIsWrittenRe.ReplaceAllString(q, "${1}是什么${2}")
	// (How a score is arrived at is no score asked for, though another clause may ask one:
	// 「codeforces 上的分是咋算的，r1 拿了多少分」.)
	// (Or 「它 mmlu 考了多少分」: 它 with a benchmark is a model, whichever the conversation named.)
	// (So is 「aime数学竞赛ai能考多少分」, asked alone: models in general on a benchmark; not
	// when people are asked of, 「人类专家能考多少分」, which the report answers, nor beside what
	// else is asked of the benchmark, 「aime是啥考试 ai能考多少分」「aime是数学竞赛吧 ai能做对
	// 几道」: what it is answers those.)
	// (Or of an exam or a contest the question only describes: 「ai考数学竞赛能考多少分」.)
	if m := askedScore(q); m != "" && (namesModel(named) || (strings.Contains(q, "它") || anyModels(q, m)) && (slices.ContainsFunc(named, benchmarkEntry) || examRe.MatchString(q))) {
		return kindScore, m
	}
	// 「ai咋比谁厉害的」 asks how models are measured against each other, which benchmarks do;
	// it asks for no ranking.
	if m := retriever.HowRanked(q); m != "" {
		return kindHow, m
	}
	// 「排行榜第一名就一定最好用吗」 doubts what a ranking says, of no model and no maker: the
	// leaderboard's limit answers it, not a note that the report ranks no model.
	if rankAsk.MatchString(q) && !namesModel(named) && !slices.ContainsFunc(named, isMaker) {
		if d := doubted(q); d != "" {
			return kindBad, d
		}
	}
	// 「涌现能力到底是真的还是炒作」 doubts a claim outright: what is disputed about it answers,
	// not what it is.
	if m := hypeRe.FindString(q); m != "" {
		return kindBad, m
	}
	// 「o1 的 api 多少钱」 asks a price, which the report leaves to the price lists.
	if m := priceAsk.FindString(q); m != "" && namesModel(named) && !madeCostRe.MatchString(q) {
		return kindPrice, m
	}
	// 「今天的价格每百万 token 多少」 asks today's price list of whatever it bills, model
	// named or not; 「api 是怎么收费的」 asks how billing works, which the report explains.
	if m := priceAmountAsk.FindString(q); m != "" && nowRe.MatchString(q) && slices.Contains(named, pricingEntry) && !madeCostRe.MatchString(q) {
		return kindPrice, m
	}
	if m := taskRankRe.FindStringSubmatch(q); m != nil {
		return kindRecommend, m[taskRankRe.SubexpIndex("rank")]
	}
	// 「它和 r1 哪个强」 after o1 ranks two models, which the report does not; of two concepts
	// (「transformer 和 rnn 哪个强」) it asks how they differ.
	if m := whichStrongerRe.FindString(q); m != "" && countModels(named) >= 2 {
		return kindScore, m
	}
	// 「claude3.5 sonnet 写代码是不是特别强」 asks what a model is good at: its entry's 「适合……」
	// answers, not a yes or a no found elsewhere.
	if asksAbility(q, named) {
		return kindGood, abilityAsk.FindString(q)
	}
	for _, r := range questionRules {
		text := q
		if r.kind == kindCompare {
			text = sameRe.ReplaceAllString(q, "　") // 「同样一段话中文比英文更费」: 同 is no 「with」 there
		}
		if r.kind == kindHow {
			text = thinkingRe.ReplaceAllString(q, "　") // 「思考过程能看到吗」: a thing seen, not how it works
		}
		if r.kind == kindCount {
			text = withoutSaidAmounts(q) // 「常说的几千亿参数」: a size heard of, not asked
		}
		if m := r.re.FindString(text); m != "" {
			// 「Base 版和 Instruct 版该选哪个」 weighs two kinds of thing the report describes: a
			// comparison. (「chatgpt 和 deepseek 哪个好」 asks for a recommendation.)
			if r.kind == kindRecommend && pairRe.MatchString(q) && onlyConcepts(named) {
				return kindCompare, m
			}
			// 「它跟稠密模型比有啥缺点」 asks what is bad (or good) about the subject, measured
			// against the other: no two sides to set out.
			if r.kind == kindCompare && againstRe.MatchString(m) && (badAsk.MatchString(q) || goodAsk.MatchString(q)) {
				continue
			}
			// 「deepseek 报的跟 openai 报的能直接比吗」 asks whether the two can be compared at
			// all: yes or no, not what sets them apart.
			if r.kind == kindCompare && comparableRe.MatchString(q) && !differenceRe.MatchString(q) {
				return kindYesNo, comparableRe.FindString(q)
			}
			// 「路由器咋决定用哪个专家」 asks how a part of the model chooses, not which the reader
			// should use.
			if r.kind == kindRecommend && decidesRe.MatchString(q) {
				continue
			}
			// 「怎么样」 asks what a thing is like, not how it works.
			if r.kind == kindHow && strings.Contains(q, "怎么样") && !strings.Contains(strings.ReplaceAll(q, "怎么样", ""), "怎么") {
				continue
			}
			// 「是不是谁都能拿来用」 asks whether anyone may, not who.
			if r.kind == kindWho && m == "谁" && anyoneRe.MatchString(q) {
				continue
			}
			// 「同一个问题问两遍回答不一样」 tells of answers that differ; it weighs no two things
			// against each other.
			// (Asked why, whatever entries its words reach: 「为啥同一个问题问两遍ai回答不一样」
			// names sampling and the principles through its everyday words, not two sides.)
			if r.kind == kindCompare && differRe.MatchString(m) && !pairRe.MatchString(q) && (len(named) < 2 || whyAsk.MatchString(q)) && !bothRe.MatchString(q) {
				continue
			}
			// 「咋说比较好」: 比较 as 「rather」.
			if r.kind == kindCompare && m == "比较" && ratherRe.MatchString(q) && !strings.Contains(ratherRe.ReplaceAllString(q, ""), "比较") {
				continue
			}
			// 「幻觉到底咋来的」 asks what causes a phenomenon, as plainly as 为什么 would; a
			// benchmark's 「题目从哪来的」 asks where its questions were taken from.
			if r.kind == kindFrom && howComeRe.MatchString(m) && slices.ContainsFunc(named, isConcept) && !slices.ContainsFunc(named, hasOrigin) {
				return kindWhy, m
			}
			// 「能简单捋一下吗」「能讲讲吗」 ask to be told, not whether it can be done.
			if r.kind == kindYesNo && requestRe.MatchString(q) {
				// (「能用通俗的话解释下吗」 asks to be told what it is, plainly.)
				if m := plainAsk.FindString(q); m != "" {
					return kindWhat, m
				}
				return kindOpen, ""
			}
			// 「一百万 token 真能记住吗」「榜单分数高的就真的好用吗」 doubt what is claimed: the
			// limit the report gives answers it, not the claim again.
			if r.kind == kindYesNo {
				if d := doubted(q); d != "" {
					return kindBad, d
				}
			}
			// 「十年后ai会是什么样」 asks what it will become, not what it is.
			if r.kind == kindWhat && willBeRe.MatchString(q) {
				return kindOpen, ""
			}
			// 「pass@1 怎么理解」 asks what it means.
			if r.kind == kindHow {
				if m := understandRe.FindString(q); m != "" {
					return kindWhat, m
				}
			}
			return r.kind, m
		}
	}
	// 「说人话」「通俗点」 ask to be told what it is, plainly.
	if m := plainAsk.FindString(q); m != "" {
		return kindWhat, m
	}
	return kindOpen, ""
}

// priceAsk asks what a thing costs to use (「多少钱」「价格是多少」「怎么收费」); not what it cost
// to train (「训练花了多少钱」), which the report answers.
var priceAsk = regexp.MustCompile(priceAmountAsk.String() + `|价钱|怎么收费|咋收费|收费标准`)

// priceAmountAsk asks an amount (「多少钱」「啥价」), not how billing works.
var priceAmountAsk = regexp.MustCompile(`多少钱|价格(?:是|大概|大约|每[^，。？?]{1,10})?多少|什么价|啥价|收费多少`)

// nowRe asks how things stand today.
var nowRe = regexp.MustCompile(`今天|现在|目前|最新|如今|眼下`)

// pricingEntry is the section that explains how models are billed.
const pricingEntry = "term-pricing"

// madeCostRe is what making a model cost: 「训练花了多少钱」「研发成本」, or cost already paid (「花了多少钱」).
var madeCostRe = regexp.MustCompile(`训|研发|成本|造价|烧了|花了`)

// saidAmount is a rough size the reader has heard or read of (「常说的几千亿参数」「号称几万亿」
// 「好几百万」, or one the question opens with), which asks for no count; so is one of two
// magnitudes said with no verb before it (「模型几千亿参数 这参数指的啥」「训练只花了几百万美元
// 真的假的」; not 「deepseek v3有几千亿参数」, which asks how many).
var saidAmount = regexp.MustCompile(`(^|的|说|称|动辄|动不动|好|上)几[十百千]?[万亿]|(^|[^有是要用])几[十百千][万亿]`)

// withoutSaidAmounts is q with every size heard of set apart. A size said twice over
// (「几千亿几千亿的」) is read again: each match takes the character before it, which the next
// size needs.
func withoutSaidAmounts(q string) string {
	for {
		next := saidAmount.ReplaceAllString(q, "　")
		if next == q {
			return q
		}
		q = next
	}
}

// doubtRe doubts a claim the reader has heard: 「真能」「真的好用」「就真的靠谱」「分数高就一定好用
// 吗」「第一名就一定最好用吗」.
var doubtRe = regexp.MustCompile(`(?:真(?:的|就)?|就一定|一定就|就肯定|肯定就)(?:是)?(?:最|更)?(能|会|可以|好用|靠谱|管用|准|懂|记得住|记住|理解|聪明|厉害|强)`)

// hypeRe doubts whether a claim is true at all: 「是真的还是炒作」「是真是假」「是不是噱头」.
var hypeRe = regexp.MustCompile(`真的还是(?:假的|炒作|噱头|吹)|是真是假|真有(?:这回事|其事)|炒作|噱头|智商税|吹出来的|夸大其词|言过其实`)

// doubted returns the words of q that doubt a claim, or "". (Not the 真 of another word:
// 「认真能学会吗」「天真」「逼真」 doubt nothing.)
func doubted(q string) string {
	for _, loc := range doubtRe.FindAllStringIndex(q, -1) {
		if before, _ := utf8.DecodeLastRuneInString(q[:loc[0]]); !strings.HasPrefix(q[loc[0]:], "真") || !strings.ContainsRune("认天逼当纯写传失", before) {
			return q[loc[0]:loc[1]]
		}
	}
	return ""
}

// requestRe is a request put as a question: 「能简单捋一下吗」「可以讲讲吗」「能介绍下吗」
// 「能不能用物理老师听得懂的话讲」「能讲通俗点不」「能不能说人话」.
var requestRe = regexp.MustCompile(`(能|可以|可不可以|能不能)([^，。？?]{0,6}(一下|讲讲|说说|聊聊|介绍|捋|科普|解释)|(讲|说|解释)(得|的)?(通俗|简单|明白|清楚|易懂|浅显|直白)|(用)?(说|讲)?(点)?(人话|大白话|白话)|用[^，。？?]{0,10}的(话|方式|语言|说法)(讲|说|解释))[^，。？?]{0,4}[吗嘛]?[？?!！]*(?:$|[，,；;]|\s)`)

// onlyConcepts reports whether every entry a question names is a concept (「Base 版和 Instruct
// 版」), which the report weighs against each other; products it recommends none of.
func onlyConcepts(named []string) bool {
	for _, a := range named {
		if !strings.HasPrefix(a, "term-") && !strings.HasPrefix(a, "tech-") {
			return false
		}
	}
	return true
}

func isConcept(anchor string) bool { return strings.HasPrefix(anchor, "term-") }

// isMaker reports whether an anchor is a maker's section (「models-deepseek」).
func isMaker(anchor string) bool { return strings.HasPrefix(anchor, "models-") }

// hasOrigin reports whether an entry is of a thing made from something (a benchmark's
// questions, a model's data), whose 「咋来的」 asks where from.
func hasOrigin(anchor string) bool {
	for _, p := range []string{"bench-", "model-", "models-", "metric-"} {
		if strings.HasPrefix(anchor, p) {
			return true
		}
	}
	return false
}

func namesModel(named []string) bool { return countModels(named) > 0 }

// sentenceCues are what a sentence that answers each kind of question tends to contain. (A
// cause 「在于」, not an analogy's limit: 「这个比喻的局限在于……」 explains nothing asked.)
var sentenceCues = map[kind]*regexp.Regexp{
	kindWhat: regexp.MustCompile(`^[^，。；]{0,40}?(是|指|叫做?|称为|即|意思是|就是)`),
	kindWhy:  regexp.MustCompile(`因为|由于|原因|所以|导致|之所以|因此|源于|根源|(?:^|[^限])在于|出于|来自|造成|以免|以防|目的是|来防|用来防`),
	kindHow:  regexp.MustCompile(`首先|其次|然后|接着|最后|第一步|第二步|先[^进]|再|通过|步骤|分为|分成|几个阶段|[一二三四两]个阶段|流程|做法|办法|方法是`),
	kindCompare: regexp.MustCompile(`区别|不同|不像|相比|而是|与之相对|反之|差别|差异|不是.{1,30}而是|则|介于|折中|而非|取代|简化|省去|省掉|不必|无需|要解决的|为了解决|弥补|` +
		// One said to be more so than the other: 「检索增强生成可能比微调更合适」.
		`比[^，。；,;]{1,12}更|` +
		// Both ends of one setting: 「温度低时……；温度高时……」.
		`(低|小|少|短)时[^。]{2,60}(高|大|多|长)时|(高|大|多|长)时[^。]{2,60}(低|小|少|短)时`),
	// A number with what it counts; not 「一种」「一个」, which count nothing, nor 「共用」「约束」.
	kindCount: regexp.MustCompile(`\d[\d,.]*\s*(万|亿|千|百)?\s*(个|道|题|项|种|层|倍|%|％|位|条|词元|token|参数|美元|元|小时|天|k|m|b|t|gb|tb|kb|万|亿)|([二三四五六七八九十两百千万亿]|一[百千万亿])[一二三四五六七八九十百千万亿]*[个道题种层项类步章倍]|共\s*[\d一二三四五六七八九十两百千万]|总共|约\s*\d`),
	kindWhen:  regexp.MustCompile(`\d{4}\s*年|\d{1,2}\s*月|\d{4}-\d{2}`),
	kindWho:   regexp.MustCompile(`发布|提出|开发|推出|出自|研发|团队|公司|实验室|大学|研究院|研究者|作者|等人|创立|创办|由[^，。]{1,20}(编写|制作|构建|训练|设计)`),
	kindYesNo: regexp.MustCompile(`不能|不会|没有|无法|不支持|并不|不是|并非|不等于|未必|不一定|可以|能够|支持|会`),
	kindGood:  regexp.MustCompile(`好处|优点|优势|降低|提高|节省|减少|更快|更便宜|提升|加快|好在|便于|使得|让模型|保持在较低|省去|不必|无需|适合`),
	// (A 「但」 alone joins anything: 「只有两个尺寸，但预训练数据超过……」 says no limit. And 「可以
	// 用它」 is no measure: 「骗子可以用它冒充亲友」 says what harm is done with a thing.)
	kindBad:       regexp.MustCompile(`局限|缺点|代价|不足|风险|缺陷|无法|难以|短板|弊端|问题在于|的问题是|有[^，。；]{0,4}问题[：:]|毛病|限制|然而|却|但[^，。；]{0,12}(不|难|无|没|未|少|慢|贵|低)`),
	kindScore:     regexp.MustCompile(`不列|分数|评分方式|准确率`),
	kindList:      regexp.MustCompile(`、[^，。；]{1,16}、|包括|包含|涵盖|覆盖|分为|分成|[一二三四五六七八九十两\d]+\s*(种|类|个方面|大类|个尺寸|项)|：[^。]+；`),
	kindChange:    regexp.MustCompile(`新特点|新特性|新功能|新变化|改为|改成|改用|调整|变为|变成|更新|新增|加入|增加|取消|去掉|删去|只保留|不再|扩展到|扩大到|提高到|升级|改进|改动|第\s*[\d一二三四五]\s*版|省掉|省去|不必|无需|从[^，。；]{1,12}(增加|减少|扩大|缩小|提高|降低)到`),
	kindRemedy:    regexp.MustCompile(`办法|对策|出路|措施|防范|防御|防止|(来|以|用来|用于)防|缓解|减少|降低[^，。；]{0,4}(风险|危害|影响|概率|可能|错误|出错)|(来|以|可以|能|能够)降低|避免|应对|核对|优先服从|更加警惕|护栏|过滤|确认|权限|可以通过|应(当|该)?通过|可以用[^它]|解决`), // 降低 of a risk or by a means, not 「门槛……降低」
	kindFrom:      regexp.MustCompile(`来自|取自|选自|出自|源于|而来|收集|抓取|爬取|摘自|改编|编写|从[^，。；]{1,24}(中|里|上)(收集|抓取|挑|选|筛|取|学)`),                                                                            // picked 「从……中」, not 筛选 alone: 拒绝采样 is 「数据筛选做法」
	kindRecommend: regexp.MustCompile(`不推荐|取决于|比较|选择`),
}

// asideRe finds the sentences around an answer that are not one: the limit of an analogy
// (「这个比方的局限在于」), which reads only after it, and what a term means to readers.
var asideRe = regexp.MustCompile(`^(这个|这一|该)?(比方|比喻|类比)|(比方|比喻|类比)的局限`)

// fieldRe reads a field of an entry's key-facts list (「出自：…」「题目形式与规模：…」).
var fieldRe = regexp.MustCompile(`^([^：，。；\s]{2,8})：`)

// fieldCues are the fields of the key-facts lists that answer each kind of question.
var fieldCues = map[kind]*regexp.Regexp{
	kindCount: regexp.MustCompile(`规模|参数|题量|数量|上下文|价格`),
	kindWho:   regexp.MustCompile(`出自|发布方|开发|机构|作者|提出`),
	kindWhen:  regexp.MustCompile(`发布|时间|日期|出自`),
	kindWhat:  regexp.MustCompile(`考查能力|定位|用途|题目形式`),
	kindHow:   regexp.MustCompile(`评分方式|做法|方法|关键技术`),
	kindFrom:  regexp.MustCompile(`出自|题目形式`),
	kindOpen:  regexp.MustCompile(`考查能力|定位|关键技术`),
}

// sizeField is a key-facts field on an entry's size as a whole (「题目形式与规模」).
var sizeField = regexp.MustCompile(`规模|题量|数量`)

// analogyRe finds the report's analogies (「混合专家好比一家大医院」): welcome as the
// supporting excerpt, never as the answer itself. (「偏好比较数据」 compares preferences;
// 「用比喻解释」 says how a chapter explains, it makes no comparison.)
var analogyRe = regexp.MustCompile(`(^|[^偏])好比|打个比方|就像|(^|[^图影画肖录想偶映头镜摄])像[^，。；]{1,24}(一样|那样|：)|比作|(^|[^例比譬假])如同|可以想象成|(来|这样)比喻|比喻(成|为)|^[^，。；]{1,16}像(是)?一(场|个|位|本|张|家|座|台|只|条|把|道|群|所)`)

// likeRe finds a bare 像 that compares (「束搜索像下棋时……」「普通循环神经网络则像只有一张便利贴」),
// not one inside a word (图像, 镜像, 像素, 像样) or after a verb of seeming (看起来像, 猜得像,
// 最像答案); literalLikeRe the few bare 像 that give an example or a judgement instead
// (「像 AIME 这样」「更像一次补充观察」).
var (
	likeRe        = regexp.MustCompile(`(^|[^图影画肖录想偶映头着得最起上来去越镜摄「])像([^素样不」]|$)`)
	literalLikeRe = regexp.MustCompile(`像[^，。；]{0,12}这样|更像(一次|哪|一个能)`)
)

// unlikeRe is a comparison denied (「无法像 Transformer 那样同时计算」): a fact about a
// difference, not an analogy.
var unlikeRe = regexp.MustCompile(`(无法|不能|没法|没办法|难以|不会|不)像[^，。；]{1,24}?(一样|那样)`)

// modelLikeRe is a comparison with a named model (「像 o1 那样用强化学习训练推理」): what
// another one did, not an analogy.
var modelLikeRe = regexp.MustCompile(`像\s*[A-Za-z][A-Za-z0-9.\-]*\s*那样`)

// mannerRe is a way of doing something (「让 Transformer 像读文字一样读它们」「像人一样使用普通
// 软件」): the sentence goes on after 一样 with what is done, a fact, not an analogy. (Not a
// thing counted out, 「像一台复读机一样重复」, which likens.)
var mannerRe = regexp.MustCompile(`像[^一，,。；;：:、][^，,。；;：:、]{0,11}?一样[^，,。；;：:！!？?\s]`)

// isAnalogy reports whether a sentence of the report is an analogy.
func isAnalogy(s string) bool {
	// Every likening says 比, 像, 如 or 想 (好比, 就像, 如同, 想象成): most sentences are told
	// without a regular expression, and this runs on every sentence of every answer.
	if !strings.ContainsAny(s, "比像如想") {
		return false
	}
	s = unlikeRe.ReplaceAllString(s, "")
	s = modelLikeRe.ReplaceAllString(s, "")
	s = mannerRe.ReplaceAllString(s, "")
	return analogyRe.MatchString(s) || likeRe.MatchString(s) && !literalLikeRe.MatchString(s)
}

// aspect is something readers ask of a model or a benchmark (its licence, what it reads, how
// long a text it takes, when it came out, who made it, how many items it has), and where the
// report says it: the field of the entry's key-facts list, and words a sentence that states it
// uses. 「r1 是开源的吗」 is answered by DeepSeek-R1's 「开放程度」, not by what 开源 means.
type aspect struct {
	asked    *regexp.Regexp // in the question
	field    *regexp.Regexp // the key-facts field that states it
	sentence *regexp.Regexp // in a sentence that states it (normalised)
}

// aspects are read only.
var aspects = []aspect{
	{regexp.MustCompile(`开源|闭源|开放|许可|协议|商用|免费|下载|权重`), regexp.MustCompile(`开放程度`),
		regexp.MustCompile(`开放权重|开源|闭源|许可证|mit|apache|商用|不公开权重|只通过.{0,8}(api|应用)`)},
	{regexp.MustCompile(`看图|识图|图片|图像|照片|语音|声音|说话|视频|音频|多模态|模态|画图|听`), regexp.MustCompile(`模态`),
		regexp.MustCompile(`多模态|图像|图片|语音|音频|视频|文本输入|输入文本`)},
	{regexp.MustCompile(`上下文|窗口|多长的|长文`), regexp.MustCompile(`上下文窗口`),
		regexp.MustCompile(`上下文|窗口`)},
	{regexp.MustCompile(`多少参数|参数(量)?(是|有)?多(少|大)|多大|规模多大|有多少亿`), regexp.MustCompile(`架构`),
		regexp.MustCompile(`\d[\d.]*\s*(万|亿)\s*(个)?参数|总参数|参数量|\d[\d.]*\s*b\s*(和|、|与|到)|[一二三四五六七八九两\d]\s*(个|种)尺寸`)},
	{regexp.MustCompile(`(多少|几)个?专家`), regexp.MustCompile(`架构`), regexp.MustCompile(`\d+\s*个[^，。；]{0,4}专家`)},
	{regexp.MustCompile(`(多少|几)层`), regexp.MustCompile(`架构`), regexp.MustCompile(`\d+\s*层`)},
	{regexp.MustCompile(`什么时候|啥时候|哪年|哪一年|何时|哪天|几月|发布|上线|推出|出了|出的`), regexp.MustCompile(`发布时间`),
		regexp.MustCompile(`\d{4}\s*年\s*\d{1,2}\s*月`)},
	{regexp.MustCompile(`公司|哪家|谁家|谁做|谁开发|谁发布|开发的|厂商|团队|机构`), regexp.MustCompile(`发布方|出自`),
		regexp.MustCompile(`发布方|由[^，。；]{1,20}(开发|发布|推出|提出)|公司`)},
	{regexp.MustCompile(`(多少|几)(道|个)?(题|学科|科目|类)|题量|题型|什么(样的)?题|啥题|题目(是|长)`), regexp.MustCompile(`题目形式与规模`),
		regexp.MustCompile(`\d[\d,.]*\s*(万|千)?\s*(道|题|个学科|个科目)`)},
	{regexp.MustCompile(`评分|打分|计分|算分|怎么算|判分`), regexp.MustCompile(`评分方式`), nil},
	{regexp.MustCompile(`谁提出|谁做的|谁编|出自|来源|从哪|哪里来`), regexp.MustCompile(`出自`), nil},
	// 「gpt4o 有什么亮点」「k1.5 有啥厉害的」: what sets a model apart is its key technique.
	{regexp.MustCompile(`特点|亮点|厉害|强在|新在|创新|特别之处|有啥特别|有什么特别|绝活|看家本领`), regexp.MustCompile(`关键技术`), nil},
}

// askedAspects are the aspects a question asks about.
func askedAspects(q string) []int {
	var out []int
	for i, a := range aspects {
		if a.asked.MatchString(q) {
			out = append(out, i)
		}
	}
	return out
}

// willBeRe asks what a thing will look like (「会是什么样」「会变成啥样」).
var willBeRe = regexp.MustCompile(`会(是|变成|成为|发展成)(个|一个|一种)?(什么|啥)样`)

// countedRe reads what a how-many question counts: the measure word and the noun after 多少 or
// 几 (「多少块 GPU」「几个专家」「多少条偏好数据」「多少参数」).
var countedRe = regexp.MustCompile(`(?:多少|几)\s*([个块张道条种层位项名款家轮句段次倍级档]?)\s*([\p{Han}a-z]{0,4})`)

// countNouns are what some counted things are said in: money in 美元 (or, for training, in the
// GPU hours it was bought as), memory in GB, people in 位 or 名, time in hours or days,
// electricity in watt-hours, water in millilitres.
var countNouns = []struct{ asked, said *regexp.Regexp }{
	{regexp.MustCompile(`^(钱|成本|费用|价格|算力成本)`), regexp.MustCompile(`\d[\d,.]*\s*(万|千|亿)?\s*(美元|人民币|元)|成本|费用|gpu\s*小时`)},
	{regexp.MustCompile(`^(显存|内存|存储|空间)`), memoryAmount},
	// (Cards may be counted in words: 「成千上万张显卡」.)
	{regexp.MustCompile(`^(卡|显卡|gpu|芯片)`), regexp.MustCompile(`(\d[\d,.]*\s*(万|千)?|成千上万|成百上千|上万|上千|数万|数千)\s*(块|张|台)[^，。；]{0,8}(gpu|显卡|卡|芯片)`)},
	{regexp.MustCompile(`^人`), regexp.MustCompile(`\d[\d,.]*\s*(万|千|百)?\s*多?\s*(位|名|个?人)`)},
	{regexp.MustCompile(`^(时间|小时|天)`), regexp.MustCompile(`\d\s*(个)?(小时|天|分钟|周|个月|年)`)},
	// Electricity in watt-hours (「约耗电 0.24 瓦时」 for 「要耗多少电」), water in millilitres or litres.
	{regexp.MustCompile(`^(电|电量|用电|耗电|能耗|度电)`), regexp.MustCompile(`\d[\d,.]*\s*(万|千|亿)?\s*(瓦时|千瓦时|太瓦时|度电|kwh|wh|twh)`)},
	{regexp.MustCompile(`^(水|用水|耗水)`), regexp.MustCompile(`\d[\d,.]*\s*(万|千|亿)?\s*(毫升|升|立方米|ml)`)},
	// Subjects are 科目 as often as 学科: 「覆盖 57 个科目」 answers 「有多少个学科」, not 「病毒学科目里……57%」.
	{regexp.MustCompile(`^(学科|科目|门课)`), regexp.MustCompile(`\d+\s*(个|门)\s*(学科|科目)`)},
	// A score is a share as often as points: 「专家的正确率约为 65%」 answers 「能拿多少分」.
	// (Not 分钟, a time.)
	{regexp.MustCompile(`^(分数|得分|成绩|正确率|准确率)|^分($|[^钟])`), regexp.MustCompile(`\d[\d,.]*\s*(%|％|分)`)},
}

// memoryAmount is how memory is said: 「约需 14 GB」.
var memoryAmount = regexp.MustCompile(`\d\s*(gb|tb|mb|kb|个?字节)`)

// hardwareAsk asks what machine a model needs to run, which the report answers with the memory
// it takes.
var hardwareAsk = regexp.MustCompile(`(啥|什么|哪些|多好的?|多高的?|怎样的|什么样的?)(配置|硬件|显卡|电脑|机器)|(配置|硬件)(有)?(啥|什么|哪些)?(要求|门槛)|(配置|硬件|电脑|机器)(要|得|需要)?(多好|多高|够不够|够吗)` +
	// (Or how much memory, asked with 多大: 「要多大显存」「内存得多大」.)
	`|多大的?(显存|内存)|(显存|内存)(要|得|需要|占)?多大`)

// countFiller stands between a counted noun and the 多少 after it: 「显存大概要多少」.
var countFiller = regexp.MustCompile(`(到底|大概|大约|一般|至少|最少|最多|需要|要|得|有|需|是|花了|用了|花掉了|花|用|占)+\s*$`)

// countCue is what a sentence must say to give the count a question asks for: a number with the
// question's measure word (「2048 块」), or a number and the counted noun (「1750 亿个参数」),
// or the words the noun is said in (「557 万美元」 for 「多少钱」). Nil when the question names
// no measure or noun: then any number will do.
// changeAsk asks by how much a thing went up or down (「价格降了多少」「快了多少」): a multiple
// or a share answers it (changeAmount), not any number.
var changeAsk = regexp.MustCompile(`(降|跌|涨|升|提高|提升|增加|增长|减少|缩小|下降|便宜|贵|快|慢)了?多少`)

var changeAmount = regexp.MustCompile(`\d[\d.]*\s*多?倍|[\d.]+\s*%|百分之|[一二两三四五六七八九十百千万]+倍`)

// shareAsks ask what share of a whole (「能答对几成」「占百分之几」「多大比例」): a count question
// that a percentage or a tenth answers (shareAmount), not any number.
const shareAsks = `几成(?:[^立功熟]|$)|百分之几|多大的?比例|比例(?:是|有)?多(?:少|大)|百分比(?:是|有)?多少`

var (
	shareAsk    = regexp.MustCompile(shareAsks)
	shareAmount = regexp.MustCompile(`[\d.]+\s*(%|％)|百分之|[一二两三四五六七八九]成`)
)

func countCue(q string) *regexp.Regexp {
	if hardwareAsk.MatchString(q) {
		return memoryAmount
	}
	if shareAsk.MatchString(q) {
		return shareAmount
	}
	if changeAsk.MatchString(q) {
		return changeAmount
	}
	ms := countedRe.FindAllStringSubmatchIndex(q, -1)
	if ms == nil {
		return nil
	}
	alts := countAlternatives(q, ms[0], true)
	// 「要多少张卡 花多少钱」 asks two counts: a later one counts when it names what is counted
	// in words of its own (money, memory, cards, people, time), not a stray 「几」.
	for _, m := range ms[1:] {
		alts = append(alts, countAlternatives(q, m, false)...)
	}
	if len(alts) == 0 {
		return nil
	}
	return regexp.MustCompile(strings.Join(alts, "|"))
}

// countAlternatives are the ways a sentence may give the count one match of countedRe asks for
// (loc: its submatch indices in q); only those of countNouns unless it is the question's first
// count, whose measure word or noun alone will do.
func countAlternatives(q string, loc []int, first bool) []string {
	measure, noun := q[loc[2]:loc[3]], strings.TrimLeft(q[loc[4]:loc[5]], "的")
	for _, n := range countNouns {
		if noun != "" && n.asked.MatchString(noun) {
			// (The noun says what is counted: 「多少张卡」 is not answered by 「一张卡片」.)
			return []string{n.said.String()}
		}
	}
	// 「显存多少够用」「钱大概要多少」 say what is counted before 多少.
	if measure == "" {
		before := []rune(countFiller.ReplaceAllString(q[:loc[0]], ""))
		for _, n := range countNouns {
			for l := 1; l <= min(4, len(before)); l++ {
				// (Not 分 alone: 「具体分几步」 divides.)
				if w := string(before[len(before)-l:]); n.asked.FindString(w) == w && w != "分" {
					return []string{n.said.String()}
				}
			}
		}
	}
	if !first {
		return nil
	}
	var alts []string
	number := `(\d[\d,.]*|[一二两三四五六七八九十百千]+)\s*(万|千|百|亿)?\s*`
	switch r := []rune(noun); {
	case len(r) > 0:
		// The number with the noun, its measure word optional: 「多少道题」 is answered by
		// 「198 题」, 「多少个参数」 by 「1750 亿个参数」 and not by 「6 个大类」.
		alts = append(alts, number+measure+`?`+regexp.QuoteMeta(string(r[0])))
		if len(r) >= 2 {
			// Or near it: 「2048 块 H800 GPU」, 「256 个可路由专家」, 「原预训练算力的 5%」.
			alts = append(alts, `\d[^，。；]{0,12}`+regexp.QuoteMeta(string(r[:2])), regexp.QuoteMeta(string(r[:2]))+`[^，。；]{0,12}\d`)
		}
	case measure != "":
		// (「几级」 is answered by 「四个等级」.)
		alts = append(alts, number+`个?`+measure, number+`个?等`+measure)
	}
	return alts
}
