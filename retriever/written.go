package retriever

import "regexp"

// Older readers write their questions in the written, half-classical register of letters and
// newspapers: 「何谓“词元”？」「训练一大模型耗资甚巨，究竟需费几何？」「老年人当如何防范？」
// 「可否？应如何吩咐方得工整？」; officials write in the words of their reports. Such words are
// no words of the report, so they count as unknown content and the question is declined though
// the report answers it. plainWritten
// puts the everyday word for each, so that the question is searched, and its kind read, as
// 「什么是词元」「要多少钱」「应该怎么防」 would be. Only words that mean nothing else are
// rewritten: 是否 and 能否 are everyday too, and 何 or 之 alone are parts of other words
// (如何, 之前).
var writtenAs = map[string]string{
	"何谓": "什么是", "何为": "什么是", "何以": "为什么", "何故": "为什么", "何时": "什么时候", "何人": "谁", "何处": "哪里", "何种": "哪种",
	"有何分别": "有什么区别", "有何": "有什么", "何在": "在哪里",
	"可否": "能不能", "抑或": "还是", "亦或": "还是",
	"当如何": "应该怎么", "应当如何": "应该怎么", "应如何": "应该怎么", "该如何": "应该怎么", "当怎样": "应该怎么",
	"皆为": "都是", "均为": "都是", "二者": "两者",
	"老朽": "我", "鄙人": "我", "敝人": "我",
	"近闻": "听说", "听闻": "听说", "耳闻": "听说", "风闻": "听说",
	"方得": "才能", "方能": "才能", "方可": "才能",
	"而已": "",
	// (Words of the register with an everyday twin the report uses: 「通晓文意」 is 「理解意思」.)
	"通晓": "理解", "文意": "意思", "甚巨": "很大", "取而代之": "取代", "领会": "理解", "相较": "相比",
	"耗用": "消耗", "此类": "这类", "特出": "突出",
	// Which of two (「中文与英文孰多孰少」).
	"孰多孰少": "哪个多", "孰优孰劣": "哪个好", "孰强孰弱": "哪个强", "孰高孰低": "哪个高",
	// A courtesy closing the question (「敬请赐教」): no part of what is asked.
	"敬请赐教": "", "请赐教": "", "赐教": "",
	// Officialese, the register of work reports (「MoE 的底层逻辑是什么，对降低成本有何赋能」
	// 「能否细化一下颗粒度」), and of the markets (「算力赛道」).
	"底层逻辑": "原理", "赋能": "帮助", "颗粒度": "细节", "形成闭环": "做到位", "闭环": "完整流程",
	"链路": "流程", "抓手": "办法", "对标": "相比", "痛点": "难处", "赛道": "领域",
}

var (
	writtenWords = regexp.MustCompile(oneOf(writtenAs))
	// writtenCostRe is what a thing costs asked 「几何」 (「需费几何」「耗资几何」): how much money,
	// not geometry (「几何题」); writtenHowMuchRe is 「几何」 of another amount (「价值几何」).
	writtenCostRe    = regexp.MustCompile(`(?:需费|所费|耗资|花费|费用|成本|造价|代价|资金)几何`)
	writtenHowMuchRe = regexp.MustCompile(`(价|值|需|耗|量|数|长|大|高)几何`)
	// writtenVeryRe is 甚 before how big or how many (「耗资甚巨」「用途甚广」): 很, not 甚至.
	writtenVeryRe = regexp.MustCompile(`甚(巨|大|多|高|少|远|广|久|难|易)`)
	// writtenHeardRe is 闻 opening the question (「闻训练一大模型……」): 听说.
	writtenHeardRe = regexp.MustCompile(`^(\s*)闻(\p{Han})`)
	// writtenWhyRe is 为何 before what happens (「为何会发生」): 为什么; at the end of a clause
	// it asks what a thing is (「其基本原理为何？」): 是什么.
	writtenWhyRe  = regexp.MustCompile(`为何(\p{Han})`)
	writtenWhatRe = regexp.MustCompile(`为何([？?。，,；;！!\s]|$)`)
	// writtenAskRe is 否 closing a question (「其评语可信否？」): 吗 (not 是否, 能否, 与否 or 可否).
	writtenAskRe = regexp.MustCompile(`([^是能与可否])否([？?。，,；;！!\s]|$)`)
	// writtenMoreRe is 愈 of 「愈多……愈久」: 越 (not 痊愈 or 治愈).
	writtenMoreRe = regexp.MustCompile(`(^|[^痊治])愈`)
)

// writtenGate passes over a question that holds none of the register's words, as most do:
// every question is spelled several times as it is searched.
var writtenGate = gateOf(regexp.MustCompile(writtenWords.String() + `|几何|甚|闻|为何|否|愈`))

// plainWritten rewrites the written register's question words into everyday ones.
func plainWritten(text string) string {
	if !writtenGate.admits(readable(text)) {
		return text
	}
	text = writtenWords.ReplaceAllStringFunc(text, func(m string) string { return writtenAs[m] })
	text = writtenCostRe.ReplaceAllString(text, "要花多少钱")
	text = writtenHowMuchRe.ReplaceAllString(text, "${1}多少")
	text = writtenVeryRe.ReplaceAllString(text, "很${1}")
	text = writtenWhyRe.ReplaceAllString(text, "为什么${1}")
	text = writtenWhatRe.ReplaceAllString(text, "是什么${1}")
	text = writtenAskRe.ReplaceAllString(text, "${1}吗${2}")
	text = writtenMoreRe.ReplaceAllString(text, "${1}越")
	return writtenHeardRe.ReplaceAllString(text, "${1}听说${2}")
}
