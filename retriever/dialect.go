package retriever

import (
	"regexp"
	"strings"
)

// Readers type the Mandarin of their region: in Sichuan and Chongqing 「这个模型是咋个练出来的
// 嘛」, in the Northeast 「练个模型得花老鼻子钱吧」「跟它唠嗑它记得住不」, in Malaysia and
// Singapore 「做会计的会被 AI 取代 meh」. Their words are no words of the report, so the
// question counts as unknown content and is declined though the report answers it.
// plainDialect puts the standard word for each, as plainCantonese does for Cantonese. Only
// words standard Mandarin does not write in another sense are rewritten, each where it cannot
// be part of another word: 迈 only closing a question (not 迈向), 酱 only where no sauce is
// meant, and the Malaysian particles only as words of their own closing a clause (not the lor
// of color). (The Northeast's 贼 before a quality, 「贼慢」, is read as an adverb already.)
var dialectAs = map[string]string{
	// Sichuan and Chongqing.
	"啥子": "什么", "咋个": "怎么", "啷个": "怎么", "晓得": "知道", "莫得": "没有", "巴适": "好", "安逸": "好",
	"娃儿": "孩子", "后头": "后面", "里头": "里面", "心头": "心里", "不对头": "不对", "得行": "可以",
	"摆龙门阵": "聊天", "好多钱": "多少钱",
	// The Northeast.
	"老鼻子": "很多", "那老些": "那么多", "老些": "很多", "唠嗑": "聊天", "唠的嗑": "聊的天", "唠": "聊",
	"唠叨": "唠叨", // (kept: 唠 alone is 聊, not in 唠叨)
	"嘎哈": "干什么", "干哈": "干什么", "整明白": "弄明白", "整不明白": "弄不明白",
	// Malaysia and Singapore.
	"酱紫": "这样子", "华语": "中文", "华文": "中文",
}

var (
	dialectWords = longestFirst(dialectAs)
	// dialectAskRe is 迈 (Sichuan's 吗 of surprise) closing a question: 「跟训狗一样的迈？」.
	// (Only before a question mark or the end, and not after a word it ends: 「再迈。」「年迈」.)
	dialectAskRe = regexp.MustCompile(`([^再跨大阔豪年老])迈([？?\s]|$)`)
	// dialectSoRe is Malaysia's 酱 for 这样 where no sauce is meant: 「为什么没有酱红」「酱算不算」.
	dialectSoRe = regexp.MustCompile(`(没有?|不|就|是|会|都|才|也)酱([^油料汁紫菜肉])`)
	// particleRe is a Malaysian or Singaporean particle typed in Latin letters, a word of its
	// own before the end of a clause: 「抢 leh」「抓到 ah？」「罢了 lah」 (not AH-64 or color).
	particleRe = regexp.MustCompile(`(?i)(^|[^a-z0-9_.\-\s])\s*(?:lah|leh|meh|lor|hor|ah)\s*([？?！!。，,~…]|$)`)
)

// plainDialect rewrites a question's regional words into standard Mandarin ones. Like
// plainCantonese it reads a question once, as the search begins.
func plainDialect(text string) string {
	if strings.Contains(text, "迈") {
		text = dialectAskRe.ReplaceAllString(text, "${1}吗$2")
	}
	if strings.Contains(text, "酱") {
		text = dialectSoRe.ReplaceAllString(text, "${1}这样$2")
	}
	if strings.ContainsFunc(text, isLatinWordRune) {
		text = particleRe.ReplaceAllString(text, "$1$2")
	}
	return dialectWords.Replace(text)
}
