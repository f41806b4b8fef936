package retriever

import (
	"cmp"
	"maps"
	"regexp"
	"slices"
	"strings"
)

// Readers in Hong Kong and Guangdong type their questions in Cantonese: 「點解 ChatGPT 會作嘢？」
// 「o1 同 GPT-4o 有咩分別」「佢係咪開源嘅」. Its question words and particles are no words of the
// report, so the question counts as unknown content and is declined though the report answers
// it. plainCantonese puts the Mandarin word for each, after the text is in simplified
// characters (係 is then 系), so that the question is searched, and its kind read, as
// 「为什么 ChatGPT 会瞎编」 would be. Only words Mandarin does not write are rewritten: 点 and
// 系 alone are parts of 重点 and 系统.
var cantoneseAs = map[string]string{
	"点解": "为什么", "做咩": "为什么", "点样": "怎样", "点办": "怎么办", "几时": "什么时候", "几多": "多少",
	"咩嘢": "什么", "乜嘢": "什么", "咩": "什么", "乜": "什么", "咩分别": "什么区别", "乜分别": "什么区别",
	"边个": "哪个", "边度": "哪里", "边间": "哪家", "边啲": "哪些", "边款": "哪款",
	"系咪": "是不是", "系唔系": "是不是", "唔系": "不是", "即系": "就是", "就系": "就是", "咪系": "就是", "都系": "都是",
	"有冇": "有没有", "冇": "没有", "唔该": "请", "唔识": "不会", "识唔识": "会不会", "唔": "不",
	"嘅": "的", "啲": "些", "咗": "了", "喺": "在", "嘢": "东西", "咁": "这么", "睇": "看", "揾": "找", "搵": "找", "俾": "给",
	"嚟㗎": "", "㗎": "", "喎": "", "啩": "吧", "嘞": "了", "嚟": "来", "咁样": "这样",
	"定系": "还是", "净系": "只是", "真系": "真的", "好耐": "很久", "几耐": "多久", "帮手": "帮忙",
	"可唔可以": "可不可以", "识估": "会猜", "点计": "怎么算", "劲啲": "强一些", "整紧": "在做",
	"仲有": "还有", "仲系": "还是", "而家": "现在", "宜家": "现在", "琴日": "昨天", "听日": "明天",
	"呢个": "这个", "呢啲": "这些", "呢种": "这种", "呢样": "这样", "呢排": "最近", "嗰个": "那个", "嗰啲": "那些", "嗰种": "那种",
	"畀": "给", "攞": "拿", "谂": "想", "噉": "这样", "啱": "对", "使唔使": "需不需要", "唔使": "不用",
	"好平": "很便宜", "平啲": "便宜些", "好劲": "很厉害", "犀利": "厉害", "返工": "上班", "搵工": "找工作", "揾工": "找工作",
	"倾偈": "聊天", "倾计": "聊天", "头先": "刚才", "耐咗": "久了", "仲系咪": "还是不是",
	"张相": "张照片", "啲相": "些照片", "影相": "拍照", "嘅相": "的照片",
	"佢哋": "它们", "佢": "它", "我哋": "我们", "你哋": "你们", "钟意": "喜欢",
	// 作 is to make up: 「作嘢」「作故仔」 is what the report calls 瞎编.
	"作嘢": "瞎编", "作故仔": "编故事", "讲大话": "讲假话",
}

var (
	// cantoneseWords puts every word of cantoneseAs at once, the longest first where two
	// begin at one place (a strings.Replacer tries its pairs in order; a regular expression of
	// a hundred alternatives took 35 µs on a short question).
	cantoneseWords = longestFirst(cantoneseAs)
	// cantoneseIsRe is 系 as the verb 是 beside a Cantonese word (「佢系边间公司嘅」「RAG 系咩」).
	cantoneseIsRe = regexp.MustCompile(`系([咩乜边点])`)
	// cantoneseWhoRe is 边个 before what a person does (「边个发明」「边个整嘅」): 谁, not 哪个.
	cantoneseWhoRe = regexp.MustCompile(`边个(发明|整|做|开发|创|提出|训练|写)`)
	// cantoneseChatRe is 倾 as chatting (「同佢倾耐咗」), not in the Mandarin words it starts
	// (倾向, 倾斜, 倾听, 倾诉).
	cantoneseChatRe = regexp.MustCompile(`倾([^向斜听诉销倒注覆心家泻盆])`)
	// cantoneseDoneRe is 先得 closing a clause (「要 train 几耐先得」): 才行, not 先得到.
	cantoneseDoneRe = regexp.MustCompile(`先得([？?。！!，,\s]|$)`)
	// cantoneseHowRe is 点 as 怎么 before a verb, not after a word it ends (重点, 缺点, 一点).
	cantoneseHowRe = regexp.MustCompile(`(^|[^一重观缺优特要焦起终节亮热盲弱据地站卖痛论差有两几])点(用|做|知|算|整|写|学|判断|分辨|避免|防|保护|训练|揀|拣)`)
)

// plainCantonese rewrites a Cantonese question's words into Mandarin ones. Unlike plainWritten
// it has no gate: it reads a question once, as the search begins, not at every spelling.
func plainCantonese(text string) string {
	return cantoneseWords.Replace(rewriteAll(text, cantoneseRewrites))
}

// cantoneseRewrites are the expressions of plainCantonese, in the order they are read.
var cantoneseRewrites = []rewrite{
	{"系", cantoneseIsRe, "是$1"},
	{"边个", cantoneseWhoRe, "谁$1"},
	{"先得", cantoneseDoneRe, "才行$1"},
	{"倾", cantoneseChatRe, "聊$1"},
	{"点", cantoneseHowRe, "${1}怎么$2"},
}

// rewrite is one expression of a reading of regional words, read only where the string it
// turns on stands: most questions hold none of them.
type rewrite struct {
	mark string
	re   *regexp.Regexp
	with string
}

// rewriteAll reads rs in order.
func rewriteAll(text string, rs []rewrite) string {
	for _, r := range rs {
		if strings.Contains(text, r.mark) {
			text = r.re.ReplaceAllString(text, r.with)
		}
	}
	return text
}

// longestFirst is a Replacer of a table's words, the longest tried first.
func longestFirst(table map[string]string) *strings.Replacer {
	keys := slices.SortedFunc(maps.Keys(table), func(a, b string) int { return cmp.Or(len(b)-len(a), strings.Compare(a, b)) })
	pairs := make([]string, 0, 2*len(keys))
	for _, k := range keys {
		pairs = append(pairs, k, table[k])
	}
	return strings.NewReplacer(pairs...)
}
