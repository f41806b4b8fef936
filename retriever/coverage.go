package retriever

import (
	"cmp"
	"math"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"llmtutor/retriever/lexicon"
)

// Signals are what the coverage decision weighs. Each lies in [0, 1].
type Signals struct {
	Confidence float64 `json:"confidence"` // the decision's estimate, from the signals below
	// Cov3 is the rarity-weighted share of the query's terms that the top three passages
	// contain; Cov1 the same for the best passage alone.
	Cov3, Cov1 float64
	// Unknown is the rarity-weighted share of the query's terms the report never uses:
	// 「番茄」「失眠」 are in no passage.
	Unknown float64
	// Heading is the rarity of the rarest query term standing in a top passage's heading.
	Heading float64
	// Lead is the rarity-weighted share of the query's terms in the subject sentence of a top
	// passage's section: what the section says it is about, not an analogy in its middle.
	Lead float64
	// Topical is the rarity-weighted share of the query's terms that stand in some heading of
	// the report: its topics. 「明天天气怎么样」 borrows words from an analogy, none from a topic.
	Topical float64
	// Named is how specifically the question (or its subject) names the entry of a top passage:
	// 0 when it names none.
	Named float64
	// Domain is the share of the question's terms, each counted once however common, that are
	// the report's own vocabulary: words of its headings that many passages use (「模型」「训练」
	// 「Transformer」). Rarity weighting, right for the other signals, makes such words count
	// for nothing, yet they are what sets 「模型的刻板印象从哪来」 apart from 「简历上写什么」.
	Domain float64
	// Ask is how closely the question matches a 「常见问法」 of a top passage's section: a reader's
	// own words for what the section answers.
	Ask float64
	// Stray is the rarity of the rarest query term that none of the top three passages holds:
	// 「空调温度开多少度」 meets the entry on sampling temperature, which never speaks of air
	// conditioners. A covered question's words are, with few exceptions, all in what answers it.
	Stray float64
	// Clash is 1 when the question joins to a concept's name a word the report never joins to
	// it and the top passages lack: 「量化宽松」「音乐排行榜」「空调温度」 name 量化, 排行榜 and
	// 温度 in another trade's sense.
	Clash float64
}

// Weights of the logistic coverage decision, fitted (class-balanced, L2 0.01) on the signals
// of the project's two question sets, eval/questions.jsonl (in the report's words) and
// eval/reader-questions.jsonl (as readers type), and checked on eval/reader-questions-2.jsonl,
// which they were not fitted on. Refit
// them when the report or the signals change: eval/README.md says how.
var (
	coverageWeights = Signals{Cov3: 1.322, Cov1: 1.577, Unknown: -0.690, Heading: 0.753, Named: 1.394, Topical: 1.113, Lead: 0.274, Domain: 1.183, Ask: 0.800, Stray: -0.998, Clash: -0.392}
	coverageBias    = -2.849
)

// confidence is the decision's estimate that the report covers the question.
func (s Signals) confidence() float64 {
	w := coverageWeights
	z := coverageBias + w.Cov3*s.Cov3 + w.Cov1*s.Cov1 + w.Unknown*s.Unknown + w.Heading*s.Heading + w.Topical*s.Topical + w.Lead*s.Lead + w.Named*s.Named + w.Domain*s.Domain + w.Ask*s.Ask + w.Stray*s.Stray + w.Clash*s.Clash
	return 1 / (1 + math.Exp(-z))
}

// OnTopic says whether the question touches any of the report's topics at all: a heading, a
// section's subject sentence or a named entry. A question whose words the report uses only in
// its analogies (「明天天气怎么样」 meets the weather-forecast analogy) touches none, however many
// of its words the passages contain.
func (s Signals) OnTopic() bool {
	anchored := s.Named > 0 || s.Domain > 0 || s.Ask > 0
	// A question made only of the report's own vocabulary that the best passage holds whole
	// (「什么是 vLLM？」: a name the report uses in passing, without a section of its own) is on
	// topic too.
	whole := s.Domain >= 1 && s.Cov1 >= 1
	return anchored && (s.Heading > 0 || s.Named > 0 || s.Lead > 0 || s.Topical > 0 || s.Ask > 0 || whole)
}

// queryWeight is how much a query term says about what the question is about. A term the
// report uses weighs its IDF; a single Chinese character, the IDF of the character; a term the
// report never uses weighs most, unless it is half a function word (keyTerms has already left out the seams between words, which
// would otherwise count as such terms).
func (ix *Index) queryWeight(t string) float64 {
	if isPhrase(t) {
		return ix.phraseWeight(t)
	}
	// A single character is weighed by how many passages use it at all: as an index term it
	// exists only where it stands alone, which says little of how common 「大」 is.
	if rs := []rune(t); len(rs) == 1 && unicode.Is(unicode.Han, rs[0]) {
		if w, ok := ix.charIDF[rs[0]]; ok {
			return w
		}
	}
	if ps, ok := ix.lex.lookup(t); ok {
		return ix.lex.idf(len(ps))
	}
	if IsQuantity(t) {
		// 「24g」「8k」: a number with its unit says how much, not what about; the report not
		// writing this one says nothing of whether it covers the question.
		return quantityWeight
	}
	rs := []rune(t)
	if len(rs) == 1 && unicode.Is(unicode.Han, rs[0]) {
		if w, ok := ix.charIDF[rs[0]]; ok {
			return w
		}
		return ix.lex.maxIDF()
	}
	if len(rs) == 2 && (functionSet.has(rs[0]) || functionSet.has(rs[1])) {
		// Half a function word (「一天」「这次」): a common phrase, as informative as its other
		// character.
		w := 0.0
		for _, r := range rs {
			if cw, ok := ix.charIDF[r]; ok && !functionSet.has(r) {
				w = math.Max(w, cw)
			}
		}
		return w
	}
	return ix.lex.maxIDF()
}

// signals measures how well the top hits answer the question (canonical), spelled being the
// question before the thesaurus (see canonical). A follow-up is judged together with the subject it carries: 「它有多少道题」 after a
// question about GPQA is about GPQA.
func (ix *Index) signals(question, spelled, context string, hits []Hit, named map[string]float64, asked map[string]askMatch) Signals {
	var s Signals
	own := ix.keyTerms(question)
	toks := uniq(append(slices.Clip(own), ix.keyTerms(context)...))
	if len(toks) == 0 || len(hits) == 0 {
		return s
	}
	maxW := ix.lex.maxIDF()
	inTop3, inTop1, inHeading, inLead := map[string]bool{}, map[string]bool{}, map[string]bool{}, map[string]bool{}
	// The same texts whole, for the phrases: 「红烧肉」 is looked for as itself.
	var top3, top1, headings, leads strings.Builder
	first := true
	for i, h := range hits {
		if i >= 3 {
			break
		}
		if !h.Example {
			// Matching an invented sample item word for word is no sign of coverage.
			text := h.Title + "\n" + literal(h.Text)
			if asked[h.Anchor].score >= minAskScore {
				// A section's 「常见问法」 are its text as much as its sentences, for a question
				// that asks one of them: 「七言诗」 is in the question on counting characters
				// that the FAQ on counting letters lists.
				text += "\n" + ix.askText[h.Anchor]
			}
			for _, t := range termsAndChars(text) {
				inTop3[t] = true
				if first {
					inTop1[t] = true
				}
			}
			top3.WriteString(Normalize(text) + "\n")
			if first {
				top1.WriteString(Normalize(text))
			}
			first = false
		}
		for _, t := range termsAndChars(h.Title) {
			inHeading[t] = true
		}
		for _, t := range termsAndChars(h.Lead) {
			inLead[t] = true
		}
		headings.WriteString(Normalize(h.Title) + "\n")
		leads.WriteString(Normalize(h.Lead) + "\n")
		s.Named = math.Max(s.Named, named[h.Anchor])
	}
	var all, got3, got1, unknown, topical, lead float64
	domain := 0
	for _, t := range toks {
		if ix.isDomainTerm(t) {
			domain++
		}
		w := ix.queryWeight(t)
		all += w
		topic, inL, known, in3, in1, inH := ix.topics[t], inLead[t], ix.inVocab(t) || ix.usesChar(t) || IsQuantity(t) || neverStray[t] || platforms[t], inTop3[t], inTop1[t], inHeading[t]
		if isPhrase(t) {
			topic, inL, known = strings.Contains(ix.headings, t), strings.Contains(leads.String(), t), ix.phraseDF(t) > 0
			in3, in1, inH = strings.Contains(top3.String(), t), strings.Contains(top1.String(), t), strings.Contains(headings.String(), t)
		}
		// A word of a named entry's English name, said apart (「livecodebench 为啥要强调 live」),
		// is in the passages that write the name whole.
		if ix.partOfName(t, named) {
			known = true
			in3, in1 = in3 || strings.Contains(top3.String(), t), in1 || strings.Contains(top1.String(), t)
		}
		// A name a reader shortens as the report never writes it (「gemini 2」 for Gemini 2.0)
		// is the named entry's, said by its passages.
		if a := ix.shortNameOf(t, named); a != "" {
			known = true
			in3 = in3 || slices.ContainsFunc(hits[:min(3, len(hits))], func(h Hit) bool { return h.Anchor == a })
			in1 = in1 || hits[0].Anchor == a
		}
		if topic {
			topical += w
		}
		if inL {
			lead += w
		}
		if !known {
			unknown += w
		}
		if in3 {
			got3 += w
		} else if term, ok := ix.colloquial.term[t]; (!ok || !strings.Contains(top3.String(), Normalize(term))) && !neverStray[t] && !platforms[t] {
			// (A reader's word the thesaurus put a report term for is said by the passages
			// that say the term: 「发生了啥大事」 by the milestones.)
			s.Stray = math.Max(s.Stray, w/maxW)
		}
		if in1 {
			got1 += w
		}
		if inH {
			s.Heading = math.Max(s.Heading, w/maxW)
		}
	}
	if all > 0 {
		s.Cov3, s.Cov1, s.Unknown, s.Topical, s.Lead = got3/all, got1/all, unknown/all, topical/all, lead/all
	}
	// 「它算大数乘法老出错」 asked with nothing before it: the 它 a reader writes to a chat
	// assistant, as a clause's subject, is the AI in front of them, as 「ai」 would be, one word
	// of the field.
	it := 0
	if context == "" && aloneIt.MatchString(question) {
		it = 1
	}
	s.Domain = float64(domain+it) / float64(len(toks)+it)
	s.Clash = ix.clash(question, own, top3.String())
	// A concept's name that the thesaurus put for the reader's words joins nothing the reader
	// wrote: 「编了个根本不存在的判决」 says 幻觉 and then 判决, not the compound 「幻觉判决」. A
	// clash stands only where the reader wrote the name.
	if s.Clash > 0 && spelled != question {
		s.Clash = ix.clash(spelled, ix.keyTerms(spelled), top3.String())
	}
	return s
}

// partOfName reports whether t is an English word inside the English name of an entry the
// question names: 「live」 of LiveCodeBench.
func (ix *Index) partOfName(t string, named map[string]float64) bool {
	if len(t) < minNamePartBytes || !isLatin(t) {
		return false
	}
	for i := range ix.entities {
		if e := &ix.entities[i]; named[e.anchor] > 0 {
			for _, n := range e.names {
				if n != t && strings.Contains(strings.ReplaceAll(n, " ", ""), t) {
					return true
				}
			}
		}
	}
	return false
}

// shortNameOf returns the named entry that has t as a name of its own the passages never write
// (see the names made in entities), or "".
func (ix *Index) shortNameOf(t string, named map[string]float64) string {
	if !isLatin(t) || ix.phraseDF(t) > 0 {
		return ""
	}
	for i := range ix.entities {
		if e := &ix.entities[i]; named[e.anchor] > 0 && slices.Contains(e.names, t) {
			return e.anchor
		}
	}
	return ""
}

// minNamePartBytes is the shortest English word read as part of a named entry's name: 「live」
// of LiveCodeBench, not 「co」.
const minNamePartBytes = 4

// aloneIt finds the pronoun 它 (not 它们) as the subject of a clause: 「它算大数乘法老出错」
// 「为啥它不知道昨天的新闻」, not the object of 「咋训练它不叫」, which is the dog named before.
var aloneIt = regexp.MustCompile(`(^|[，,。？?！!；;\s])(为啥|为什么|咋|怎么|干嘛)?它([^们]|$)`)

// clashSpec is how specific a Latin name must be for a word joined to it to be another
// trade's (「token」 is; 「ai」, at 0.44, is not).
const clashSpec = 0.5

// clash reports (1 or 0) whether a question sets beside a Chinese name of an entry a content
// word that the report never writes joined to that name and that the top passages (normalised,
// in top) do not hold. terms are the question's key terms, already read by signals.
func (ix *Index) clash(question string, terms []string, top string) float64 {
	low := stemPhrase(Normalize(question))
	ms := ix.nameMatches(low)
	if len(ms) == 0 {
		return 0
	}
	// The question's words, by the rune offsets where they start and end; only its key terms
	// of two or more characters count as content (「是从」 is grammar the dictionary calls a verb).
	key := map[string]bool{}
	for _, t := range terms {
		key[t] = true
	}
	rs := []rune(low)
	type word struct {
		text     string
		function bool
		noun     bool
	}
	startsAt, endsAt := map[int]word{}, map[int]word{}
	ix.segmented(rs, func(w lexicon.Word, at, n int) {
		wd := word{w.Text, !key[w.Text] || n < 2, strings.HasPrefix(w.POS, "n")}
		startsAt[at], endsAt[at+n] = wd, wd
	})
	for _, m := range ms {
		name := low[m.start:m.end]
		if !strings.ContainsFunc(name, isHan) {
			// A Latin name with a Chinese word joined to it that the report never joins to it
			// and the top passages lack (「token币」) is another trade's word too: a noun, even
			// of one character, as it stands against the name. (Not 「ai」, which names no one
			// entry and qualifies any noun: 「ai客服」「ai绘画」.)
			end := utf8.RuneCountInString(low[:m.end])
			if w := startsAt[end]; m.spec >= clashSpec && w.text != "" && end < len(rs) && isHan(rs[end]) && key[w.text] && w.noun &&
				!ix.isName(w.text) && ix.phraseDF(name+w.text) == 0 && !strings.Contains(top, w.text) {
				return 1
			}
			continue
		}
		// A Latin word the report never uses, written against the name (「路由器wifi」), is
		// another trade's word as much as a Chinese one is.
		if w := latinNeighbour(low, m.start, m.end); w != "" && !ix.isName(w) && !IsQuantity(w) && slices.Contains(terms, w) &&
			(!ix.inVocab(w) || !strings.Contains(top, w) && !ix.writesJoined(w, name)) {
			// (A word the report uses counts too when it never writes it against the name and
			// the top passages lack it: 「cpu温度」 is a processor's heat.)
			return 1
		}
		start := utf8.RuneCountInString(low[:m.start])
		end := start + utf8.RuneCountInString(name)
		for _, side := range []struct {
			w    word
			left bool // the word stands before the name
		}{
			{endsAt[start], true},
			{startsAt[end], false},
		} {
			if side.w.text == "" || side.w.function || ix.isName(side.w.text) {
				continue
			}
			compound := name + side.w.text
			if side.left {
				compound = side.w.text + name
			}
			if ix.phraseDF(compound) == 0 && !strings.Contains(top, side.w.text) && !(side.left && ix.modifiesHead(side.w.text, name)) {
				return 1
			}
		}
	}
	return 0
}

// modifiesHead reports whether the report writes a word before the head of a name (its last
// two characters or more), so that the word, written before the name, qualifies the thing the
// name names rather than making another trade's word: 「客服聊天机器人」 is a kind of chatbot,
// since the report writes 「客服机器人」; 「显卡温度」 has no shorter head to meet.
func (ix *Index) modifiesHead(w, name string) bool {
	rs := []rune(name)
	for i := 1; i+2 <= len(rs); i++ {
		if ix.phraseDF(w+string(rs[i:])) > 0 {
			return true
		}
	}
	return false
}

// writesJoined reports whether some passage writes a Latin word right against a Chinese name,
// on either side, with or without a space: 「GPU 显存」.
func (ix *Index) writesJoined(latin, name string) bool {
	for _, p := range ix.plain {
		for _, j := range []string{latin + name, latin + " " + name, name + latin, name + " " + latin} {
			if strings.Contains(p, j) {
				return true
			}
		}
	}
	return false
}

// literal is a passage's text without its analogies. The report explains every concept with an
// everyday comparison (「重排序像招聘中的两轮筛选：第一轮按关键词快速筛简历……」); a question about
// résumés finds its words there, but the passage is not about résumés.
func literal(text string) string {
	var b strings.Builder
	writeLiteral(&b, text)
	return b.String()
}

// writeLiteral writes literal(text) to b.
func writeLiteral(b *strings.Builder, text string) {
	b.Grow(len(text))
	eachSentence(text, func(sent string) {
		if !isAnalogy(sent) {
			b.WriteString(sent)
		}
	})
}

// splitSentences cuts text after every Chinese sentence end and line break, keeping them.
func splitSentences(text string) []string {
	var out []string
	eachSentence(text, func(sent string) { out = append(out, sent) })
	return out
}

// eachSentence calls f with each sentence of splitSentences(text), in order.
func eachSentence(text string, f func(sent string)) {
	start := 0
	for i, r := range text {
		if r == '。' || r == '！' || r == '？' || r == '；' || r == '\n' {
			end := i + utf8.RuneLen(r)
			f(text[start:end])
			start = end
		}
	}
	if start < len(text) {
		f(text[start:])
	}
}

// analogyMarkers introduce a comparison; 「像」 alone does too, but not inside 图像, 影像, 像素.
var analogyMarkers = []string{"好比", "比作", "比喻", "比方", "类比", "如同", "就像", "仿佛"}

func isAnalogy(sent string) bool {
	// 「偏好比较数据」 compares preferences: its 好比 is two words' seam.
	plain := strings.ReplaceAll(sent, "偏好比", "偏好")
	for _, m := range analogyMarkers {
		if strings.Contains(plain, m) {
			return true
		}
	}
	for rest := sent; ; {
		i := strings.IndexRune(rest, '像')
		if i < 0 {
			return false
		}
		before, _ := utf8.DecodeLastRuneInString(rest[:i])
		rest = rest[i+len("像"):]
		after, _ := utf8.DecodeRuneInString(rest)
		if (i > 0 && strings.ContainsRune("图影画肖录想偶映头", before)) || after == '素' {
			continue
		}
		return true
	}
}

// termsAndChars are the Tokens of a text and each of its Chinese characters, so that a
// question's single-character words (「山」「快」) can be looked for in it.
func termsAndChars(text string) []string {
	out := Tokens(text)
	for _, r := range Normalize(text) {
		if unicode.Is(unicode.Han, r) {
			out = append(out, string(r))
		}
	}
	return out
}

// usesChar reports whether t is a single Chinese character that some passage uses.
func (ix *Index) usesChar(t string) bool {
	rs := []rune(t)
	if len(rs) != 1 || !unicode.Is(unicode.Han, rs[0]) {
		return false
	}
	_, ok := ix.charIDF[rs[0]]
	return ok
}

func uniq(ts []string) []string {
	if len(ts) == 0 {
		return ts[:0:0]
	}
	out := make([]string, 0, len(ts))
	if len(ts) <= 16 {
		// A question has a handful of terms: looking back over them beats making a map.
		for _, t := range ts {
			if !slices.Contains(out, t) {
				out = append(out, t)
			}
		}
		return out
	}
	seen := make(map[string]bool, len(ts))
	for _, t := range ts {
		if !seen[t] {
			seen[t] = true
			out = append(out, t)
		}
	}
	return out
}

// keyTerms are the terms of a question the coverage decision weighs: its words, found with a
// general Chinese dictionary (package lexicon) plus the report's own names, less the words that
// carry grammar (啥 咋 到底 来着 吗) and those that frame any question (「是什么意思」). A word
// of one or two characters is a term as the index stores it (a character or a bigram); a longer
// one (「红烧肉」「大语言模型」) stays whole and is matched as a phrase, so that neither the seams
// inside it (「烧肉」) nor a stray bigram of two words (「天发」 in 哪一天发布) count. English words
// and names come from Tokens, as the index has them.
func (ix *Index) keyTerms(text string) []string {
	return ix.keyTermsOf(Normalize(text))
}

// sizeRe is a number with the unit of a model's size or window: 「7b」「70b」「128k」「1t」.
var sizeRe = regexp.MustCompile(`^\d+(\.\d+)?[bkmt]$`)

// quantityWeight is how much a number with its unit weighs among a question's terms: about
// as little as a common word.
const quantityWeight = 1

// IsQuantity reports whether a Latin token is a number with its unit as readers type it
// (「24g 显存」「70b 模型」「8k 上下文」): a size, not a name or a word of what is asked about.
func IsQuantity(t string) bool { return quantity.MatchString(t) }

var quantity = regexp.MustCompile(`^\d+(\.\d+)?(k|m|b|t|g|gb|tb|mb|w|x|bit|%)?$`)

// tradeOf is a trade as readers name theirs: what they do and to what (「开大车的」「教数学的」).
const tradeOf = `(?:开|做|卖|搞|干|当|跑|教|学|修|送)[^，。？！?!\s的]{1,5}的`

// selfRe finds where readers say who they are (「我们开大车的」「我是教数学的」「我卖水果的」):
// their trade, which no passage need hold, is not what they ask. postedRe finds where they post
// (「我在小红书发的」): the app is not what they ask either, what they posted is.
var (
	// (Where 我 is the reader, not the one a thing is done for: 「帮我做菜单海报的」 asks for a
	// tool. RE2 has no lookbehind: the character before is matched and kept.)
	selfRe = regexp.MustCompile(`(^|[^帮给让叫替])我们?(?:是|就是|这种|这些)?` + tradeOf)
	// (Or at the question's start without 我, before what they would do: 「干翻译的用ai要注意点
	// 啥」「开饭馆的能用ai干点啥」.)
	tradeRe  = regexp.MustCompile(`^` + tradeOf + `(\s|[，,]|用|拿|能|可以|想|该|咋|怎么)`)
	postedRe = regexp.MustCompile(`(^|[^帮给让叫替])我们?在[^，。？！?!\s的]{1,5}?上?(发|晒|写|传)的`)
	// heardRe finds who told the reader, asked them, or asked them to find out (「客人说」「我闺女
	// 跟我讲」「我爸问我」「老板让我查查」「我孙子说」「他们老说」「我们 lecturer 说」): no more what is
	// asked.
	heardRe = regexp.MustCompile(`(?:我们?(?:家|的)?\s*)?(?:客人|顾客|病人|家长|朋友|同事|邻居|亲戚|老板|领导|孩子|闺女|女儿|儿子|老公|老婆|老师|学生|同学|别人|有人|人家|爸爸|妈妈|老爸|老妈|爸|妈|爷爷|奶奶|姥姥|姥爷|外公|外婆|父母|长辈|孙子|孙女|外孙|外孙女|侄子|侄女|娃儿|室友|教授|导师|他们|lecturer|tutor)\s*(?:(?:老|总|都|常|也)?(?:跟我|和我|给我)?(?:说|讲)|问我|(?:让|叫|要|要求|吩咐|安排)我)`)
	// introRe finds a reader introducing themselves before they ask (「我是警察，」「我是药剂师 」
	// 「奶奶问一下」「文学系大一 」): who asks, in a clause of its own, is not what is asked. (Not
	// 「我是不是……」, which asks.)
	introRe = regexp.MustCompile(`^(?:我是|我们是|本人是)[^不，,。？?！!\s][^，,。？?！!\s]{0,7}?[，,\s]+|^[^，,。？?！!\s]{1,4}(?:问一下|问问|想问问|想问一下|请教(?:一下)?|打听一下)[，,\s]*|^[^，,。？?！!\s]{0,6}(?:大一|大二|大三|大四|研一|研二|研三|高一|高二|高三|初一|初二|初三)(?:的)?[，,\s]+`)
	// saidRe is what everyone says (「大家常说的几千亿参数」「人们老说的」「号称」「老听人说」): how the
	// reader came by a word, not what they ask. So is 「说是」 opening a clause (「说是ai算的」), which
	// saidClauseRe finds with the space or comma before it, kept.
	saidRe       = regexp.MustCompile(`(?:大家|人们|大伙儿?|网上|外面)?(?:常|都|老|总|经常|常常)(?:说|讲)的|号称|据说|(?:老|总|常|经常|常常|都)?听(?:人|别人|人家|大家|朋友|同事)?(?:说|讲|提)(?:过|起)?`)
	saidClauseRe = regexp.MustCompile(`(^|[\s，,])说是`)
	// youSayRe opens a question with the reader turning to the tutor (「你说以后ai会不会……」「你觉得
	// 呢，……」): how they ask, not what. (Not 「你说的……」「你说过……」, which point at the answer
	// before.)
	youSayRe = regexp.MustCompile(`^(?:你说|你讲|你觉得|你认为|你看)[，,\s]*([^的得过了吗呢啊，,\s])`)
	// chatterRe is what a reader calls out to the room in a clause of its own (「绝了」「栓Q 在线
	// 等」), callRe whom they call (「宝子们」「家人们谁懂啊」) and slangRe a forum's letters
	// (「yysy」「xswl」): the words of a livestream or a forum, not what is asked. (A cry only
	// standing apart: 「亲人」 and 「冲之前」 stay.)
	chatterRe = regexp.MustCompile(`(^|[\s，,。！!？?~～…])(?:(?:` + cries + `)[\s，,。！!~～…]*)*(?:` + cries + `)(?:[\s，,。！!~～…]+|$)`)
	callRe    = regexp.MustCompile(`(?:宝子们?|宝宝们|家人们|亲们|姐妹们|集美们|老铁们|兄弟们|大佬们|各位大佬|谁懂啊)[\s，,。！!~～…]*`)
	slangRe   = regexp.MustCompile(`(?i)(^|[^a-z0-9])(?:yyds|xswl|yysy|dddd|awsl|tql|srds|emm+|sorry|pls|please|thx|thanks|thank you|btw|lol)([^a-z0-9]|$)`)
	// learnerRe is what a reader learning Chinese says of it (「我的中文不好」) and the words of
	// their own language (「안녕하세요」): not what they ask.
	learnerRe = regexp.MustCompile(`我的?(?:中文|汉语|华语)(?:不太好|不好|很差|不行|不太行)|\p{Hangul}+`)
)

// cries are what chatterRe finds.
const cries = `亲|救命|笑死|绝了|离谱|太离谱了|我破防了|绝绝子|破防了?|无语子|蚌埠住了|栓[qQ]|在线等|挺急的|急急急|哈哈+|呜呜+|冲冲冲`

// WithoutChatter is a question without what the reader calls out to the room or whom they call
// (「我破防了」「宝子们」「yysy」): what is left is what they ask.
func WithoutChatter(text string) string {
	text = callRe.ReplaceAllString(text, "")
	text = slangRe.ReplaceAllString(text, "$1$2")
	return chatterRe.ReplaceAllString(text, "$1")
}

// withoutSelf is a question without the words that say who the reader is (by trade or in a
// clause that introduces them), who told them, or where they post.
func withoutSelf(text string) string {
	// (What everyone says first: 「听同事说过」 is heard, not 同事说 after a 听.)
	text = WithoutChatter(learnerRe.ReplaceAllString(text, ""))
	text = heardRe.ReplaceAllString(saidRe.ReplaceAllString(introRe.ReplaceAllString(text, ""), ""), "")
	text = saidClauseRe.ReplaceAllString(text, "$1")
	text = youSayRe.ReplaceAllString(text, "$1")
	text = tradeRe.ReplaceAllString(text, "我${1}")
	return postedRe.ReplaceAllString(selfRe.ReplaceAllString(text, "${1}我"), "${1}我${2}的")
}

// madeByRe is who made a thing, asked with a verb that says only "made" (「谁做的」「哪家公司搞出来
// 的」「谁发明了」): the verb frames the who, and the passage that names the maker seldom uses it.
var madeByRe = regexp.MustCompile(`(谁|哪家(?:公司|团队|机构)?|哪个?(?:公司|团队|机构|国家|人)|什么(?:公司|人|团队|机构))(?:最先|最早|首先|先)?(?:做|搞|弄|造|写|整|开发|研发|发明|创造|打造)(?:出来|出)?(的|了)`)

// appearing are the verbs that, with a complement of direction, say only that a thing came out
// (「冒出来」「蹦出来」「杀出来」).
var appearing = newRuneSet("冒蹦钻跳杀窜")

// directionalEnds are the complements that tell where a verb's action leads (「投出来」「学起来」):
// no part of what is asked.
var directionalEnds = map[string]bool{"出来": true, "起来": true, "下来": true, "出去": true, "上来": true, "过来": true, "进去": true, "回来": true, "上去": true, "下去": true}

// keyTermsOf is keyTerms of a text already normalised (the result of Normalize).
func (ix *Index) keyTermsOf(norm string) []string {
	norm = madeByRe.ReplaceAllString(norm, "$1$2")
	whole := norm
	var out, singles []string
	for _, t := range tokensOf(norm) {
		// (A name with a size after it that no passage writes, 「deepseek 7b」, is the name and
		// the size, each a term of its own: 「mistral 7b」 is one name, 「deepseek 7b」 none.)
		if name, size, ok := strings.Cut(t, " "); ok && sizeRe.MatchString(size) && !ix.inVocab(t) && name != "" {
			continue
		}
		if !strings.ContainsFunc(t, isHan) {
			out = append(out, t)
		}
	}
	for len(norm) > 0 {
		i := strings.IndexFunc(norm, isHan)
		if i < 0 {
			break
		}
		norm = norm[i:]
		j := strings.IndexFunc(norm, func(r rune) bool { return !isHan(r) })
		if j < 0 {
			j = len(norm)
		}
		for _, w := range ix.splitIdioms(ix.words.Segment(norm[:j])) {
			if rs := []rune(w.Text); len(rs) >= 3 && sentenceEnd.has(rs[len(rs)-1]) && !ix.reportWord(w.Text) {
				// 「有用吗」, one word to the dictionary, is 「有用」 asked.
				w.Text = string(rs[:len(rs)-1])
			}
			if rs := []rune(w.Text); len(rs) == 3 && directionalEnds[string(rs[1:])] && !ix.reportWord(w.Text) && strings.Count(whole, string(rs[:1])) > 1 {
				// 「投票投出来」: the verb said again with where it leads, one word to the
				// dictionary, is the verb already asked. (Not a verb said once: 「停下来」 of
				// 「写到一半停下来了」 is what is asked.)
				w.Text = string(rs[:1])
			}
			if rs := []rune(w.Text); len(rs) == 3 && directionalEnds[string(rs[1:])] && appearing.has(rs[0]) && !ix.reportWord(w.Text) {
				// 「chatgpt是哪一年冒出来的」: a thing that 冒出来 or 蹦出来 came out, as
				// 「出来的」 says.
				continue
			}
			// (A directional complement alone, 「泄露出去」「想起来」, says where a verb leads: no
			// part of what is asked.)
			if (w.Function() && !ix.isName(w.Text) && !mistagged[w.Text]) || questionFrame[w.Text] || directionalEnds[w.Text] || ix.asksSomething(w.Text) {
				// 「几章」「多少页」 count a thing their measure word names: 章 is what is asked about.
				if r, _ := utf8.DecodeLastRuneInString(w.Text); strings.HasPrefix(w.POS, "m") && countedNouns.has(r) && utf8.RuneCountInString(w.Text) > 1 {
					singles = append(singles, string(r))
				}
				continue // 「对齐」, an adverb to the dictionary, is an entry's name here
			}
			switch rs := []rune(w.Text); {
			case len(rs) == 1:
				if !functionSet.has(rs[0]) && !particleSet.has(rs[0]) && !adverbChars.has(rs[0]) && !aspectChars.has(rs[0]) {
					singles = append(singles, w.Text)
				}
			case len(rs) == 2 && (particleSet.has(rs[0]) || particleSet.has(rs[1])) || asksWhich(rs):
				// 「是否」「那些」「哪几个」: grammar the dictionary tags as content.
			default:
				out = append(out, w.Text)
			}
		}
		norm = norm[j:]
	}
	return uniq(append(out, singles...))
}

// asksWhich reports whether a word is only grammar that asks which or how many (「哪几个」
// 「多少个」), not an A-not-A (「该不该」, a word readers ask of things outside the report).
func asksWhich(rs []rune) bool {
	return !slices.ContainsFunc(rs, func(r rune) bool { return !functionSet.has(r) }) &&
		slices.ContainsFunc(rs, func(r rune) bool { return strings.ContainsRune("哪几啥什怎多", r) })
}

// withoutFraming is a text with the words that only frame a question (「是一回事吗」「是啥意思」
// 「到底」) blanked out, and the words that ask which (「哪家」) set apart, as the dictionary cuts
// it: their pairs (「一回」, rare in the report) are no terms to look for.
func (ix *Index) withoutFraming(text string) string {
	var b strings.Builder
	for _, w := range ix.words.Segment(text) {
		if grammarFrame[w.Text] {
			b.WriteString(" ")
			continue
		}
		b.WriteString(w.Text)
		if strings.HasPrefix(w.Text, "哪") {
			// (Nor the pair across the word that asks which and what it asks of: 「哪家公司」's
			// 「家公」 is 「一家公司」's too.)
			b.WriteString(" ")
		}
	}
	return b.String()
}

// grammarFrame are the words of questionFrame that say nothing of what is asked in any
// question (unlike 区别 or 原因, which passages that answer say too).
var grammarFrame = map[string]bool{
	"回事": true, "一回事": true, "一码事": true, "意思": true, "啥意思": true, "东西": true, "玩意": true,
	"玩意儿": true, "来着": true, "有关": true,
}

// mistagged are words the general dictionary files only under a rarer sense, as adverbs: 「重复」
// (「一直重复同一句话」 repeats), 「相机」 (a camera, not 相机行事), 「最早」 (the first of something:
// 「最早的语言模型」), 「背下来」 (learnt by heart, not a place: 「是把书背下来了吗」).
var mistagged = map[string]bool{"重复": true, "相机": true, "最早": true, "背下来": true}

// countedNouns are measure words that name what is counted: chapters, questions, pages. (Not
// 层: 「这栋楼有几层」 would meet the building of an analogy.)
var countedNouns = newRuneSet("章题页节篇卷")

// adverbChars are adverbs readers write as one character (「老算错」「总出错」「挺贵」「贼慢」「刚出来」):
// alone, they say how often or how much, not what about.
var adverbChars = newRuneSet("老总挺蛮贼怪刚")

// aspectChars are the particles of aspect, alone after a verb (「火过吗」「用过」「跑着」): they
// say when, not what about.
var aspectChars = newRuneSet("过着")

// sentenceEnd are the particles that end a question: 「吗」「呢」「吧」.
var sentenceEnd = newRuneSet("吗呢吧嘛呀啊")

// splitIdioms cuts a set phrase the report does not use (「彻底解决」, tagged i or l) into the
// words it is made of, segmented without it: a reader's turn of phrase is not a subject the
// report lacks.
func (ix *Index) splitIdioms(ws []lexicon.Word) []lexicon.Word {
	out := make([]lexicon.Word, 0, len(ws))
	for _, w := range ws {
		if (w.POS == "i" || w.POS == "l") && utf8.RuneCountInString(w.Text) >= 4 && !ix.reportWord(w.Text) {
			rs := []rune(w.Text)
			parts := make([]lexicon.Word, 0, 2)
			for k := 0; k < len(rs); k += 2 {
				part := string(rs[k:min(k+2, len(rs))])
				_, pos, ok := ix.words.Lookup(part)
				parts = append(parts, lexicon.Word{Text: part, POS: pos, Known: ok})
			}
			if slices.ContainsFunc(parts, func(p lexicon.Word) bool { return !p.Known }) && !strings.Contains(ix.asksSaid, w.Text) {
				// 「家长里短」 is not 家长 and 里短: a set phrase whose halves are not words says
				// something its halves do not, and nothing the report is about. (One a
				// 「常见问法」 says, 「一字不差」, is read as the question it stands in is.)
				continue
			}
			out = append(out, parts...)
			continue
		}
		out = append(out, w)
	}
	return out
}

// questionWords make a word a question's frame (「啥意思」「多少钱」「哪家」「怎么样」) unless the
// report itself uses the word.
var questionWords = []string{"啥", "咋", "哪", "谁", "什么", "怎么", "为何", "如何", "多少", "几时"}

func (ix *Index) asksSomething(w string) bool {
	if utf8.RuneCountInString(w) < 2 {
		return false
	}
	for _, q := range questionWords {
		if strings.Contains(w, q) {
			return !ix.reportWord(w)
		}
	}
	return false
}

// isPhrase reports whether a key term is a Chinese word longer than the index's bigrams.
func isPhrase(t string) bool {
	return utf8.RuneCountInString(t) > 2 && strings.ContainsFunc(t, isHan)
}

// phraseDF is how many passages (invented examples left out) contain a phrase: the passages
// of its rarest indexed bigram are the candidates, and each is checked for the whole phrase.
func (ix *Index) phraseDF(t string) int {
	rs := []rune(t)
	var cands []posting
	found := false
	var han [][]posting // the postings of every bigram of two Chinese characters
	for k := 0; k+1 < len(rs); k++ {
		b := string(rs[k : k+2])
		if ps, ok := ix.lex.lookup(b); ok {
			if !found || len(ps) < len(cands) {
				cands, found = ps, true
			}
			if isHan(rs[k]) && isHan(rs[k+1]) {
				han = append(han, ps)
			}
		} else if !(particleSet.has(rs[k]) || particleSet.has(rs[k+1]) || functionSet.has(rs[k]) && functionSet.has(rs[k+1])) {
			return 0 // a bigram the index would hold is missing: so is the phrase
		}
	}
	n := 0
	if !found {
		for _, p := range ix.plain {
			if strings.Contains(p, t) {
				n++
			}
		}
		return n
	}
	// A passage whose plain text holds the phrase holds each of its bigrams of two Chinese
	// characters next to each other, in a sentence of its text, so its tokens have them all: a
	// candidate missing from one of their postings is passed over without reading its text.
candidates:
	for _, c := range cands {
		for _, ps := range han {
			if _, ok := slices.BinarySearchFunc(ps, c.doc, func(p posting, d int32) int { return cmp.Compare(p.doc, d) }); !ok {
				continue candidates
			}
		}
		if strings.Contains(ix.plain[c.doc], t) {
			n++
		}
	}
	return n
}

// phraseWeight is a phrase's IDF over the passages, as BM25 would weigh it.
func (ix *Index) phraseWeight(t string) float64 {
	df := float64(ix.phraseDF(t))
	if df == 0 {
		return ix.lex.maxIDF()
	}
	return math.Log(1 + (float64(ix.lex.n)-df+0.5)/(df+0.5))
}

// domainDF is how many passages must use a heading word for it to count as the report's own
// vocabulary.
const domainDF = 10

// isDomainTerm reports whether a question term is the report's own vocabulary: a heading word
// many passages use, or an English word or name the report uses more than once (the report
// writes English only for technical terms: 「Elo」「Hugging Face」).
func (ix *Index) isDomainTerm(t string) bool {
	if isPhrase(t) {
		return strings.Contains(ix.headings, t) && ix.phraseDF(t) >= domainDF
	}
	df := ix.lex.df(t)
	if isLatin(t) && strings.ContainsFunc(t, unicode.IsLetter) {
		return df >= 2
	}
	if !strings.ContainsFunc(t, unicode.IsLetter) {
		return false // 「15」「16」: numbers are no one's vocabulary
	}
	return ix.topics[t] && df >= domainDF
}

// neverStray are words searched for (they match the 常见问法 that say them) that are neither
// unknown nor strange company when no passage found holds them: they say that a thing is
// popular (「大模型为啥这么火」), which passages answer without the word, or doubt what the
// reader heard (「真的假的」「是真的还是炒作」), or ask when a thing first came (「最早是哪一年上线
// 的」), which the passage that dates it answers without the word.
var neverStray = map[string]bool{"最早": true, "最初": true, "火": true, "火了": true, "大火": true, "爆火": true, "火爆": true, "爆红": true, "走红": true, "蹿红": true,
	"真的假的": true, "真的假": true, "真假": true, "炒作": true, "噱头": true,
	// (And how it struck people, 「gpt3出来那会儿大家为啥那么震惊」: what it changed.)
	"震惊": true, "轰动": true, "惊艳": true, "震撼": true, "出圈": true}

// platforms are the systems and devices a reader asks whether a model runs on (「mac上能跑大
// 模型吗」「windows系统能装本地大模型吗」): the report's passages on running models locally
// answer for any of them without naming it, so they are neither unknown nor stray.
var platforms = map[string]bool{"windows": true, "mac": true, "macbook": true, "linux": true, "ios": true,
	"android": true, "iphone": true, "ipad": true}

// questionFrame are words that frame a question rather than name its subject: 「是什么意思」,
// 「有什么好处」, 「到底是怎么回事」 ask the same of any subject, so whether the report contains
// them says nothing about whether it covers the question.
var questionFrame = map[string]bool{
	"意思": true, "回事": true, "为啥": true, "请问": true, "讲讲": true, "说说": true, "解释": true,
	"告诉": true, "通俗": true, "一下": true, "到底": true, "具体": true, "大概": true, "一般": true,
	"主要": true, "区别": true, "好处": true, "坏处": true, "作用": true, "原因": true, "关系": true, "有关": true,
	"缺点": true, "优点": true, "优缺点": true, "劣势": true, "弊端": true, "短板": true,
	"用来": true, "干什": true, "啥是": true, "简单": true, "介绍": true, "自己": true, "应该": true,
	"需要": true, "知道": true, "例子": true, "举例": true, "举": true, "比如说": true, "做到": true,
	// How the reader feels about it (「我有点担心」「我好怕哦」): not what is asked.
	"有点": true, "担心": true, "害怕": true, "好怕": true, "挺怕": true, "担忧": true, "焦虑": true, "心慌": true,
	"捋": true, "捋捋": true, "捋一捋": true, "一捋": true, "捋一下": true, "梳理": true, "盘点": true,
	"一度": true, // 「为啥一度没人搞了」: for a time
	// Where, as readers place what they ask (「ai圈子里有啥大事」): the field itself.
	"圈子": true, "圈里": true, "圈内": true, "业内": true, "业界": true,
	// How sure or how much (「能彻底解决吗」「真的有用吗」): they qualify what is asked.
	"彻底": true, "完全": true, "真的": true, "光靠": true, "只靠": true, "单靠": true, "一定": true, "随便": true, "总是": true, "老是": true,
	"根本": true, "确实": true, "有时候": true, "有时": true, "老爱": true, "总爱": true, "动不动": true, "时不时": true, "居然": true, "竟然": true, "究竟": true, "特别": true, "非常": true,
	// When, as readers place what they ask (「当年为啥那么火」「一下子就火了」).
	"当年": true, "当初": true, "当时": true, "最初": true, "起初": true, "一开始": true, "刚开始": true,
	"小时候": true, "上学那会": true, "上学时": true, "年轻时": true, "年轻那会": true, "那时候": true, "那会儿": true, "一下子": true, "时候": true,
	"现在": true, "目前": true, "如今": true,
	"过年": true, "春节": true, "年初": true, "年底": true, "年前": true, "年后": true, "去年": true, "今年": true,
	"前阵子": true, "前段时间": true, "前些年": true, "前几年": true, "早些年": true, "早几年": true, "这些年": true, "这几年": true, "近几年": true, "近些年": true, "那些年": true, "那阵子": true, "这阵子": true, "最近": true, "前两天": true, "这两天": true, "这两年": true, "近两年": true,
	"突然": true, "忽然": true, "一整天": true, "将来": true,
	// How much talked about (「为啥一下子刷屏了」「全网都在聊」): as 火 is, the question's why.
	"刷屏": true, "全网": true, "热议": true, "走红": true, "爆红": true,
	// Whether the reader had heard of it (「之前都没听过」): the reader's news, not the subject.
	"听过": true, "没听过": true, "听说过": true, "没听说过": true,
	// What it is, in everyday words (「是个啥东西」「这玩意」「是怎么个情况」).
	"东西": true, "东东": true, "玩意": true, "玩意儿": true, "情况": true,
	// Trying something out, in a doubled verb (「让我查查啥叫上下文窗口」「想问问」「了解了解」):
	// how the reader goes about it, not what is asked.
	"查查": true, "看看": true, "问问": true, "想想": true, "试试": true, "聊聊": true, "瞧瞧": true,
	"学学": true, "搜搜": true, "找找": true, "了解了解": true, "研究研究": true,
	// Asking itself (「问个问题 为啥……」「请教一下」).
	"问个问题": true, "请教": true,
	// What it does, in everyday words (「能帮我干点啥」「能做点啥」).
	"干点": true, "做点": true,
	// The reader's polite you (「您给说说」), as 你 is a function word.
	"您": true,
	// Whether it will do, closing a question (「用它算账行不行啊」, Henan's 中不中).
	"行不行": true,
	// Whether two are the same (「是一回事吗」).
	"一回事": true, "一码事": true,
	// How the reader wants it told (「用大白话讲」「我一直搞不懂」): no part of what is asked.
	"大白话": true, "白话": true, "说人话": true, "人话": true, "通俗易懂": true, "小白": true, "外行": true, "门外汉": true,
	"搞定": true, "搞得定": true, "搞不定": true, "搞不懂": true, "弄不懂": true, "看不懂": true, "听不懂": true, "分不清": true, "搞不清": true, "弄不清": true, "搞懂": true, "弄懂": true, "讲明白": true, "讲清楚": true, "说清楚": true,
	// A knack asked for (「有啥窍门」「有没有诀窍」): how, which the question's verb says.
	"窍门": true, "诀窍": true, "秘诀": true, "妙招": true, "门道": true, "小技巧": true,
	// Whether it works (「这招还管用吗」): asked of what the question names.
	"管用": true, "好使": true, "奏效": true, "顶用": true,
	// How frankly it is asked (「说真的」「说实话」「讲真」): no part of what is asked.
	"说真的": true, "说实话": true, "讲真": true, "老实说": true, "实话实说": true,
	// Whether what was heard is true (「真的假的」): the question's doubt, asked of what it names.
	"真的假的": true, "是真是假": true,
	// A name introduced, or a greeting (「所谓神经网络」「您好，我想问一下」): the words before what
	// is asked.
	"所谓": true, "您好": true, "你好": true,
	"稍微": true, "永远": true, "感觉": true, "觉得": true, "好像": true, "听说": true, "据说": true, "算不算": true, "彻彻底底": true, "完完全全": true,
}

// functionPairDF is the document frequency a pair of function characters (「多少」「什么」) is
// taken to have when segmenting: they are common words, though the index leaves them out.
const functionPairDF = 100

// latinNeighbour returns the Latin word written right before or right after the bytes
// [start, end) of text, at most one space away, or "".
func latinNeighbour(text string, start, end int) string {
	i := end
	if i < len(text) && text[i] == ' ' {
		i++
	}
	j := i
	for j < len(text) && isWordByte(text[j]) {
		j++
	}
	if j > i {
		return text[i:j]
	}
	k := start
	if k > 0 && text[k-1] == ' ' {
		k--
	}
	l := k
	for l > 0 && isWordByte(text[l-1]) {
		l--
	}
	return text[l:k]
}
