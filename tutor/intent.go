package tutor

import (
	"regexp"
	"strings"

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
	kindOpen                  // none of the above: the sentences closest to the question
)

var kindNames = [...]string{"what", "why", "how", "compare", "count", "when", "who", "yesno", "good", "bad", "score", "recommend", "open"}

func (k kind) String() string { return kindNames[k] }

// questionRule recognises one kind of question by its everyday wording. The rules are tried in
// order: 「为什么 MoE 比稠密模型便宜」 is a comparison before it is a why, 「它有什么好处」 a
// benefit before a what.
type questionRule struct {
	kind kind
	re   *regexp.Regexp
}

// questionRules are matched against the question, lower-cased (NFKC). They are read only.
var questionRules = []questionRule{
	// Rankings are asked for whatever is named: no entry of the report ranks models.
	{kindScore, regexp.MustCompile(`最强|最厉害|最聪明|跑分第一|排第一|排名第一|第一名|谁第一|哪个.{0,6}(更强|排名最高)|排行榜上.{0,4}(谁|哪)`)},
	{kindRecommend, regexp.MustCompile(`推荐|该用哪|该选哪|选哪个|用哪个|哪个好用|哪个最好|哪个更好|买哪个|哪款好`)},
	{kindCompare, regexp.MustCompile(`区别|不同|不一样|差别|差异|异同|对比|比较|相比|\bvs\.?\b|(跟|和|与|同)[^，。？?]{1,24}比`)},
	{kindGood, regexp.MustCompile(`好处|优点|优势|长处|益处|有什么用|有啥用|用处|图什么|带来了?什么`)},
	{kindBad, regexp.MustCompile(`缺点|局限|不足|代价|坏处|弊端|短板|缺陷|毛病|副作用|有什么问题|有啥问题|风险`)},
	{kindWhy, regexp.MustCompile(`为什么|为啥|为何|怎么会|咋会|怎么就|咋就|原因|凭什么|何以|\bwhy\b`)},
	{kindWhen, regexp.MustCompile(`什么时候|啥时候|哪年|哪一年|何时|几月|哪个月|哪天|几几年|\bwhen\b`)},
	{kindWho, regexp.MustCompile(`谁|哪家|哪个公司|什么公司|啥公司|哪个团队|哪个机构|哪个实验室|出自|哪国|\bwho\b`)},
	{kindCount, regexp.MustCompile(`多少|几[个道种层倍章项条步类位天次名款家轮句段万亿千百]|多大|多长|多久|多高|多快|多贵|多重|多远|规模|\bhow (many|much|big|long)\b`)},
	{kindHow, regexp.MustCompile(`怎么|如何|咋|怎样|步骤|流程|过程|原理|机制|\bhow\b`)},
	{kindWhat, regexp.MustCompile(`是什么|什么是|是啥|啥是|啥叫|什么叫|什么意思|啥意思|指什么|指的是|是干嘛|干嘛的|干啥的|是做什么|^what (is|are)\b|是指|考(啥|什么)|测(啥|什么)|是测|怎么理解|讲的是|说的是`)},
	{kindYesNo, regexp.MustCompile(`能不能|能否|可不可以|可否|是否|会不会|是不是|有没有|行不行|对不对|靠不靠谱|[吗嘛][？?!！]*$|^(can|is|does|do|are)\b`)},
}

// pairRe finds two things set side by side.
var pairRe = regexp.MustCompile(`\S\s*(和|与|跟|还是|或者|\bvs\b|\bor\b)\s*\S`)

// scoreAsk is a question for a number a model scored: 「o3-mini 在 GPQA 上多少分」. It counts only
// when the question also names a model, so 「那人类在这上面能得多少分」, which the report
// answers, stays a count question.
var scoreAsk = regexp.MustCompile(`多少分|几分|得分|分数是多少|分数多少|考了多少|跑了多少|拿了多少|成绩(是|怎么样|如何)`)

// classify says what a question asks for. named are the anchors of the entries it names.
func classify(question string, named []string) (kind, string) {
	q := retriever.Normalize(question)
	if scoreAsk.MatchString(q) && namesModel(named) {
		return kindScore, scoreAsk.FindString(q)
	}
	for _, r := range questionRules {
		if m := r.re.FindString(q); m != "" {
			// 「Base 版和 Instruct 版该选哪个」 weighs two things the report describes: a comparison.
			if r.kind == kindRecommend && pairRe.MatchString(q) {
				return kindCompare, m
			}
			// 「怎么样」 asks what a thing is like, not how it works.
			if r.kind == kindHow && strings.Contains(q, "怎么样") && !strings.Contains(strings.ReplaceAll(q, "怎么样", ""), "怎么") {
				continue
			}
			return r.kind, m
		}
	}
	return kindOpen, ""
}

func namesModel(named []string) bool {
	for _, a := range named {
		if strings.HasPrefix(a, "model-") {
			return true
		}
	}
	return false
}

// sentenceCues are what a sentence that answers each kind of question tends to contain.
var sentenceCues = map[kind]*regexp.Regexp{
	kindWhat:      regexp.MustCompile(`^[^，。；]{0,40}?(是|指|叫做?|称为|即|意思是|就是)`),
	kindWhy:       regexp.MustCompile(`因为|由于|原因|所以|导致|之所以|因此|源于|根源|在于|出于|来自|造成`),
	kindHow:       regexp.MustCompile(`首先|其次|然后|接着|最后|第一步|第二步|先[^进]|再|通过|步骤|分为|分成|几个阶段|[一二三四两]个阶段|流程|做法|办法|方法是`),
	kindCompare:   regexp.MustCompile(`区别|不同|不像|相比|而是|与之相对|反之|差别|差异|不是.{1,30}而是|则`),
	kindCount:     regexp.MustCompile(`\d[\d,.]*\s*(万|亿|千|百)?\s*(个|道|题|项|种|层|倍|%|％|位|条|词元|token|参数|美元|元|小时|天|k|m|b|t|gb|tb|kb|万|亿)|[一二三四五六七八九十两百千万亿]+[个道题种层项类步章倍]|共|总共|约`),
	kindWhen:      regexp.MustCompile(`\d{4}\s*年|\d{1,2}\s*月|\d{4}-\d{2}`),
	kindWho:       regexp.MustCompile(`发布|提出|开发|推出|出自|研发|团队|公司|实验室|大学|研究院|研究者|作者|等人|创立|创办|由[^，。]{1,20}(编写|制作|构建|训练|设计)`),
	kindYesNo:     regexp.MustCompile(`不能|不会|没有|无法|不支持|并不|不是|并非|不等于|未必|不一定|可以|能够|支持|会`),
	kindGood:      regexp.MustCompile(`好处|优点|优势|降低|提高|节省|减少|更快|更便宜|提升|加快|好在|便于|使得|让模型|保持在较低|省去`),
	kindBad:       regexp.MustCompile(`局限|缺点|代价|不足|风险|缺陷|无法|难以|短板|弊端|问题在于|然而|却|但`),
	kindScore:     regexp.MustCompile(`不列|分数|评分方式|准确率`),
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
	kindOpen:  regexp.MustCompile(`考查能力|定位|关键技术`),
}

// analogyRe finds the report's analogies (「混合专家好比一家大医院」): welcome as the
// supporting excerpt, never as the answer itself.
var analogyRe = regexp.MustCompile(`好比|打个比方|就像|像[^，。；]{1,24}(一样|那样|：)|比作|如同|可以想象成|比喻`)
