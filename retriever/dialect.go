package retriever

import (
	"regexp"
	"strings"
	"unicode"

	"llmtutor/corpus"
)

// Readers type the Mandarin of their region: in Sichuan and Chongqing 「这个模型是咋个练出来的
// 嘛」, in the Northeast 「练个模型得花老鼻子钱吧」「跟它唠嗑它记得住不」, in Malaysia and
// Singapore 「做会计的会被 AI 取代 meh」, in Shanghai 「侬讲搿个模型哪能晓得下头一句」, in Henan
// 「俺用它算账中不中」, in Changsha 「么子叫上下文窗口啰」, in Tianjin 「介模型都喂嘛了」. Their
// words are no words of the report, so the question counts as unknown content and is declined
// though the report answers it.
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
	// Shanghai and the Wu country around it. (伊 for it, 阿拉 for we and 伐 closing a question
	// are read below, where they cannot be part of another word.)
	"搿": "这", "侬": "你", "哪能": "怎么", "啥物事": "什么东西", "交关": "很", "老多": "很多",
	"里厢": "里面", "屋里厢": "家里", "辰光": "时候", "啥辰光": "什么时候", "老早辰光": "以前", "长辰光": "长时间",
	"下头": "下面", "下头一": "下一", "前头": "前面", "老长": "很长",
	"忘记脱": "忘掉", "事体": "事情", "一记头": "一下子", "点一记": "点一下", "几化": "多少",
	"跟牢": "跟着", "铜钿": "钱", "讲清爽": "讲清楚", "讲讲清爽": "讲讲清楚", "每趟": "每次", "交关人": "很多人",
	"覅": "不要", "呒没": "没有", "嘸没": "没有", "小囡": "孩子", "囡囡": "孩子",
	"拨伊": "给伊", "拨我": "给我", "拨侬": "给你", "拨阿拉": "给阿拉",
	// Henan and the plains around it. (恁 is read below: you, or so much.)
	"俺": "我", "中不中": "行不行", "得劲": "好",
	// Beijing.
	"甭": "不用", "倍儿": "很", "忒": "太",
	// Changsha and Hunan. (港 for 讲, 蛮 for 很 and 咯 closing a question are read below.)
	"么子": "什么", "搞么子": "干什么", "何解": "怎么", "冇得": "没有", "屋里": "家里",
	// Tianjin. (介 for 这 and 嘛 for 什么 are read below.)
	"嘛玩意儿": "什么东西", "嘛玩意": "什么东西", "嘛样": "什么样", "干嘛使的": "干什么用的", "哏儿": "有意思",
	// The North at large.
	"好使": "好用", "仨": "三个", "俩": "两个",
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
	// wuAskRe is Shanghai's 伐 closing a question, 「是真的伐」 (not 步伐, 讨伐 or 采伐).
	wuAskRe = regexp.MustCompile(`([^讨征步采砍杀攻北挞])伐([？?！!。，,\s]|$)`)
	// wuWeRe is Shanghai's 阿拉, we or my: 「阿拉孙子」 (not 阿拉伯, 阿拉丁, 阿拉斯加 or 阿拉木图).
	wuWeRe = regexp.MustCompile(`阿拉([^伯丁斯木善]|$)`)
	// wuTheyRe is Shanghai's 伊拉, they (not 伊拉克, Iraq).
	wuTheyRe = regexp.MustCompile(`伊拉([^克]|$)`)
	// wuItRe is Shanghai's 伊, he, she or it: 「伊看得懂伐」 (not 木乃伊, nor the 伊 of 伊朗,
	// 伊斯兰, 伊拉克, 伊利诺伊, 阿莫代伊 or ELIZA's 伊丽莎).
	wuItRe = regexp.MustCompile(`(^|[^乃诺代])伊([^丽莉朗斯拉利甸犁蚊始万凡藤势妹宁顿]|$)`)
	// wuAllRe is Shanghai's 侪, all: 「答出来侪不一样」 (not 同侪, peers).
	wuAllRe = regexp.MustCompile(`([^同吾我])侪`)
	// henanSoRe and henanYouRe are Henan's 恁: so much before a quality (「恁多东西」), else
	// you (「恁说」).
	henanSoRe  = regexp.MustCompile(`恁(多|大|贵|快|慢|长|久|好|厉害|聪明|费)`)
	henanYouRe = regexp.MustCompile(`恁`)
	// henanAskRe is Henan's 嘞 closing a question, 「咋记住恁多东西嘞」 (not 得嘞 or 好嘞, which
	// say all right).
	henanAskRe = regexp.MustCompile(`([^得好来])嘞([？?！!。，,\s]|$)`)
	// hunanSayRe is Changsha's 港 for 讲 where no harbour is meant: 「听港」「港真的」「你港」.
	hunanSayRe = regexp.MustCompile(`(听|你|我|他|再|跟我|给我)港|港(真的|一下|清楚|么|什么)`)
	// hunanVeryRe is 蛮 before a quality, 「要蛮好的显卡不」: 很 (not 野蛮).
	hunanVeryRe = regexp.MustCompile(`(^|[^野])蛮(好|贵|大|多|快|慢|久|长|难|厉害|聪明|强|便宜|简单|复杂)`)
	// hunanAskRe is 咯 or 啰 closing a clause, 「是不是有个上限咯」: a particle, no word of what
	// is asked.
	hunanAskRe = regexp.MustCompile(`[咯啰]+([？?！!。，,\s~～]|$)`)
	// tianjinThisRe is Tianjin's 介 for 这 (「介大模型」「介叫嘛」), not in a word it makes
	// (介绍, 简介, 中介, 媒介, 介于, 介质, 介入, 介意, 介词).
	tianjinThisRe = regexp.MustCompile(`(^|[^中简媒评引推纸一])介([^绍于质入意词导电子])`)
	// tianjinWhatRe is Tianjin's 嘛 for 什么 after a verb, before what closes the question
	// (「都喂嘛了」「介叫嘛来着」): not the 嘛 that closes one (「是嘛」) nor 干嘛.
	tianjinWhatRe = regexp.MustCompile(`([叫喂学考问说讲做吃用看算查练])嘛(了|来着|呢|啊|呀)`)
)

// plainDialect rewrites a question's regional words into standard Mandarin ones. Like
// plainCantonese it reads a question once, as the search begins.
func plainDialect(text string) string {
	text = rewriteAll(text, dialectBefore)
	if strings.ContainsFunc(text, isLatinWordRune) {
		text = particleRe.ReplaceAllString(text, "$1$2")
	}
	return rewriteAll(dialectWords.Replace(text), dialectAfter)
}

// dialectBefore are the expressions of plainDialect read before its words, dialectAfter those
// read after them, in order.
var (
	dialectBefore = []rewrite{
		{"迈", dialectAskRe, "${1}吗$2"},
		{"酱", dialectSoRe, "${1}这样$2"},
	}
	dialectAfter = []rewrite{
		{"伐", wuAskRe, "${1}吗$2"},
		{"阿拉", wuWeRe, "我们$1"},
		{"伊", wuTheyRe, "他们$1"},
		// (Twice: a match takes the character after its 伊, which may stand before the next
		// one, 「跟伊讲伊才写得好」.)
		{"伊", wuItRe, "${1}它$2"},
		{"伊", wuItRe, "${1}它$2"},
		{"侪", wuAllRe, "${1}都"},
		{"恁", henanSoRe, "那么$1"},
		{"恁", henanYouRe, "你"},
		{"嘞", henanAskRe, "${1}呢$2"},
		{"港", hunanSayRe, "${1}讲${2}"},
		{"蛮", hunanVeryRe, "${1}很$2"},
		{"咯", hunanAskRe, "$1"},
		{"啰", hunanAskRe, "$1"},
		{"介", tianjinThisRe, "${1}这$2"},
		{"嘛", tianjinWhatRe, "${1}什么$2"},
	}
)

// Northern readers add 儿 to a word (「画儿」「事儿」「道儿」「这玩意儿」), which makes a word
// the report never writes out of one it does. plainErhua takes that 儿 off, except after a
// character the report itself writes 儿 after (keep: 一会儿, 活儿, 哪儿), and where 儿 is a
// child or part of a word: 女儿, 婴儿, 孩儿 (erhuaKeeps before it), 儿子, 儿童, 儿化
// (erhuaWords after it), and the 啊儿 of a spelled-out R.
func plainErhua(text string, keep map[rune]bool) string {
	if !strings.Contains(text, "儿") {
		return text
	}
	rs := []rune(text)
	out := make([]rune, 0, len(rs))
	for i, r := range rs {
		if r == '儿' && i > 0 && unicode.Is(unicode.Han, rs[i-1]) && !keep[rs[i-1]] && !strings.ContainsRune(erhuaKeeps, rs[i-1]) &&
			(i+1 == len(rs) || !strings.ContainsRune(erhuaWords, rs[i+1])) {
			continue
		}
		out = append(out, r)
	}
	return string(out)
}

// reportErhua returns the characters after which the report writes 儿, in its text and its
// 「常见问法」.
func reportErhua(r *corpus.Report, passages []Passage) map[rune]bool {
	keep := map[rune]bool{}
	add := func(text string) {
		var prev rune
		for _, r := range text {
			if r == '儿' && prev != 0 {
				keep[prev] = true
			}
			prev = r
		}
	}
	for _, p := range passages {
		add(p.Title)
		add(p.Text)
	}
	for _, s := range r.AllSections() {
		for _, q := range s.Asks {
			add(q)
		}
	}
	return keep
}

const (
	// erhuaKeeps are the characters before which 儿 is a child or part of a word: 女儿, 妻儿,
	// 婴儿, 新生儿, 育儿, 小儿, 孙儿, 宝儿, 啊儿.
	erhuaKeeps = "女妻婴幼孤胎患宠健男孩娃血生产弃托育少小孙侄犬宝啊"
	// erhuaWords are the characters that make a word with the 儿 before them: 儿子, 儿童, 儿科.
	erhuaWords = "子童科女歌时媳戏孙化"
)
