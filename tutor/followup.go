package tutor

import (
	"context"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"llmtutor/retriever"
)

// A conversation's earlier questions matter only when the new one leans on them. Readers
// change topic without warning (「红烧肉怎么做？」 after a question on GPQA) and they start
// sentences with filler (「那个，transformer 是啥」); gluing the old subject onto such a question
// answers the wrong thing, or answers what should be declined. So every question is first read
// on its own, and the subject is carried only when the question:
//   - points back with a pronoun or a demonstrative used as one (「它有多少道题」「这个能解决幻觉吗」);
//   - is elliptical: it names nothing and asks only about an aspect (「一共多少道题？」「开源吗」);
//   - swaps the subject and keeps the aspect (「那 o1 呢？」 after 「GPT-4o 的上下文窗口多大」).

// Lean is how a question relies on the conversation before it.
type Lean int

const (
	StandsAlone Lean = iota // answered or declined on its own
	PointsBack              // a pronoun or demonstrative refers to the subject
	Elliptical              // asks about an aspect of the subject without naming it
	Swaps                   // a new subject with the previous question's aspect
)

func (l Lean) String() string {
	return [...]string{"stands-alone", "points-back", "elliptical", "swaps"}[l]
}

// pronouns always point back (「它」「它们」「其」「该模型」, 「在上面」「这上面」 for 「on it」: 「r1 在上面
// 多少分」 after a benchmark; 「这么做」「这么干」, the way just asked about); demonstratives do
// unless they are filler or the determiner of a name the question gives.
var (
	pronouns       = []string{"它们", "它", "其中", "该模型", "该基准", "该方法", "上面说的", "上述", "刚才说的", "前面说的", "你刚才", "在上面", "在上头", "这上面", "那上面", "这上头", "那上头", "这么做", "这么干", "这么搞", "这么弄", "这么整", "那么做", "那么干"}
	demonstratives = []string{"这个", "那个", "这款", "那款", "这种", "那种", "这项", "那项", "这些", "那些", "这套", "这一", "这样", "那样",
		// (这 or 那 right before a word for the matter itself: 「那这毛病能治好吗」.)
		"这毛病", "那毛病", "这问题", "那问题", "这现象", "那现象", "这情况", "这东西", "这玩意", "这事", "那事", "这说法", "这招"}
	latinPronouns = map[string]bool{"it": true, "its": true, "they": true, "them": true, "this": true, "that": true}
	// leadingFiller is what readers type before the question proper: 「那个，」「嗯」「对了，」.
	leadingFiller = regexp.MustCompile(`^(?:(?:那个|这个)[\s，,、…~。！!：:]+|(?:嗯+|呃+|额|哦|噢|诶|欸|对了|话说|请问|说正经的|换个话题)[\s，,、…~。！!：:]*)`)
	// topicChangeRe opens a question by saying it changes the subject.
	topicChangeRe = regexp.MustCompile(`^(?:换个(?:话题|事儿?|问题)|问个别的|问点别的|说点别的|聊点别的|另请教|另外(?:想)?(?:问一下|问问|请教(?:一下)?))`)
	// leadingPronoun opens a question with the thing it asks about: 「那它为啥……」.
	leadingPronoun = regexp.MustCompile(`^(?:那么?|所以|那你说)?\s*它`)
	// comparedStart opens a question with what its unsaid subject is compared with: 「跟 r1 同一天
	// 发的？」「比 o1 便宜吗」 after a question on another model mean 「它跟 r1……」「它比 o1……」.
	comparedStart = regexp.MustCompile(`^(?:那|那么)?\s*(?:跟|和|与|同|比|比起|相比|相比于|对比)\s*`)
	// comparedBy is what such a question must go on to say to compare.
	comparedBy = regexp.MustCompile(`比|一样|同一|相同|相比|区别|不同|差别|差距|强|弱|好|差|快|慢|早|晚|贵|便宜|大|小|多|少|长|短|像|呢|一个|一回事|一码事|一类|路子`)
	// swapMarker opens or closes a question that keeps the aspect and changes the subject.
	swapStart = regexp.MustCompile(`^(?:那|那么|那要是|要是换成|换成|如果是)`)
	swapEnd   = regexp.MustCompile(`呢[\s？?。！!~]*$`)
)

// aspectWords are what a reader asks about any subject: its size, date, maker, price, licence,
// strengths and limits. A question made only of them (and grammar) has no subject of its own.
var aspectWords = wordSet(`题 道题 题目 年 哪年 时候 时间 日期 发布 第一版 首版 初版 第一代 初代 出 推出 上线 公开 公司 家 哪家 厂商 谁 开发 做 开源 闭源 免费 商用
		收费 价格 钱 贵 便宜 费用 参数 规模 大 多大 小 版本 型号 最大 最小 尺寸 上下文 窗口 长 多长 长度 词元 token 好处 优点 优势 缺点 局限 不足
		问题 风险 毛病 区别 不同 差别 不一样 一样 原理 工作 用 用途 用处 作用 能 会 看 看图 图 图片 图像 语音 声音 视频 中文 英文 多模态 联网 分数
		成绩 得分 分 评分 打分 满分 排名 训练 数据 数据集 架构 结构 速度 快 慢 安全 许可证 许可 协议 下载 本地 电脑 手机 跑 部署 运行 显存 显卡
		例子 举例 意思 名字 全称 缩写 名称 提出 论文 作者 机构 大学 团队 国家 总共 激活 专家 实际 每次 思考 推理 模式 支持 评测 基准 测试 考 考察
		指标 特点 厉害 强 好 好用 新 最新 升级 改进 后来 之前 以前 现在 方法 算法 技术 核心 关键 用途 场景 适合 怎么 样 样子 多少 几 多 哪些 什么
		前身 后续 下一代 代 系列 家族 模型 效果 水平 准确 准确率 成本 花 花了 算力 要求 配置 容量 记忆 上限
		发明 发明者 发明人 设计 研发 搞 弄 出品 来历 由来 家里 家用 自己 哪几个 哪几 几个 最好 最强 最高 性能 表现 处理 内容
		事 事情 事儿 超 超过 超出 满 满了 路子 路线 思路`)

// placeSwapRe opens a question that asks the last question again of a place: 「那在国外呢」
// 「美国也这样吗」. (Not 「国内有哪些大模型是开源的」, whose place says which models.)
var placeSwapRe = regexp.MustCompile(`^(?:那|那么)?\s*(?:在)?(?:国外|海外|外国|美国|欧洲|欧盟|日本|英国|韩国|中国|国内)(?:呢|也|也是|又|会|怎么样|咋样|是什么情况|啥情况)`)

// askedOfAny are words a follow-up asks of any benchmark or source, in words its passages need
// not use: 「人类专家能答对多少」 after GPQA (whose passage says 「专家的正确率」), 「题目是哪来的」
// after SimpleQA; how to avoid or guard against a thing, 「咋避免」 after 幻觉 (whose
// passages say 「减少」); whether it helps, 「为啥有用」 after 思维链; to be told it plainly,
// 「能通俗点讲吗」; whether it still holds, 「现在还成立吗」; how much it saves, 「省多少显存」;
// why it made a stir, 「当时为啥那么火」 after ChatGPT; what it may be put to, 「那我能拿来商用不」
// after R1 (whose passages say 「允许商用」); what a model is given to read, 「一次能读多长的文件」
// after Kimi (whose entry says 「上下文窗口：256K 词元」).
// (Not aspects: in an answer, 「人类」 still tells the sentence on people's score from the
// others.)
var askedOfAny = wordSet(`来 哪来 来源 出处 人类 答对 答错 做对 做错 正确率
	避免 防 防止 预防 防范 解决 减少 降低 缓解 应对 对付 克服 办法 措施 有用 管用 有效 好使 怎么办 咋办 咋整 怎么整 犯 犯错 少犯 才能 才可以
	通俗 人话 大白话 讲 讲讲 解释 比方 打比方 比喻 形象 普通人 成立 过时 现在 如今 还 省 节省 省下
	火 火爆 爆火 出圈 出名 有名 轰动 重要 意义 掉 下降 变差 拿来 拿去 用来 文件 文档 文本`)

func wordSet(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// readLean decides how a question relies on the conversation, from what it says alone and from
// how much of it the report never uses (alone.Signals.Unknown: 「红烧肉」 is a subject of its own,
// however short the question).
func readLean(q string, about retriever.About, unknown float64) Lean {
	text := withoutFiller(q)
	// 「好的」「哈哈哈」「现在几点了」 ask nothing of the subject, though they borrow no word
	// from outside the report either.
	if smallTalk.MatchString(strings.TrimSpace(retriever.Normalize(text))) {
		return StandsAlone
	}
	// 「换个事问问，……」「问个别的」 say outright that what follows is new: its 它 is the AI,
	// not the last subject.
	if topicChangeRe.MatchString(strings.TrimSpace(q)) {
		return StandsAlone
	}
	if pointsBack(text, about) {
		return PointsBack
	}
	specific := subjectOf(about) != "" && !aspectOfAI(about)
	// 「那个，多模态是啥意思」 after GPT-4o asks what multimodality is, not GPT-4o's: a question
	// that asks what a thing it names is stands alone, though the name is an aspect word.
	if asksWhatNamed(about) || comparesNamed(about) {
		return StandsAlone
	}
	if placeSwapRe.MatchString(text) {
		return Elliptical
	}
	if namesOnlyWhen(about) {
		// 「写代码的时候设多少合适」 after the temperature: the value to set is the subject's; the
		// task it names says when.
		return Elliptical
	}
	switch {
	case specific && substance(about) == 0 && (swapStart.MatchString(text) || swapEnd.MatchString(text)):
		return Swaps
	case !specific && (unknown < maxEllipticalUnknown || len(ownTerms(about)) == 0) && utf8.RuneCountInString(text) <= maxEllipticalRunes:
		// (A word the report never uses but readers ask of any subject, 「管用」 of 「现在还管
		// 用吗」, gives the question no subject of its own.)
		return Elliptical
	}
	return StandsAlone
}

// aspectOfAI reports whether a question names only the report's whole field (domainWords:
// 「ai」「人工智能」「大语言模型」) and asks an aspect of it besides (「那ai一般能考多少」 after
// GPQA): the AI is the models the last subject speaks of, and the aspect is asked of that
// subject; it is no new subject of its own, nor a swap of the last question's aspect onto AI
// (「那ai呢」 asks nothing else, and is).
func aspectOfAI(about retriever.About) bool {
	return substance(about) == 0 && onlyTheField(about) && slices.ContainsFunc(about.Terms, func(t string) bool { return !inNames(t, about) })
}

// onlyTheField reports whether a question names nothing but the report's whole field (「ai」
// 「大模型」): the AI in general, not one thing in it.
func onlyTheField(about retriever.About) bool {
	if len(about.Names) == 0 {
		return false
	}
	low := strings.ToLower(about.Text)
	for _, n := range about.Names {
		if n.End > len(low) || !domainWords[low[n.Start:n.End]] {
			return false
		}
	}
	return true
}

// namesOnlyWhen reports whether a question asks what value to set (「设多少」「调到多少」) and
// names things only in a clause that says when (「写代码的时候」): it names no setting of its own.
func namesOnlyWhen(about retriever.About) bool {
	end := settingWhen(about)
	return end >= 0 && !slices.ContainsFunc(about.Names, func(n retriever.NameSpan) bool { return n.End > end })
}

// settingWhen returns where the clause that says when ends in a question that asks what value to
// set (「写代码的时候」 of 「写代码的时候温度设多少合适」), or -1.
func settingWhen(about retriever.About) int {
	low := strings.ToLower(about.Text)
	when := whenClause.FindStringIndex(low)
	if when == nil || !settingAsk.MatchString(low[when[1]:]) {
		return -1
	}
	return when[1]
}

var (
	whenClause = regexp.MustCompile(`^[^，,。？?！!]*?(的时候|时候)`)
	// (Right after the clause, or after what it names there: 「写代码的时候温度设多少」.)
	settingAsk = regexp.MustCompile(`^(?:[，,\s]*|[^，,。？?！!]{1,12}?)(应该|该|要|最好)?((设|调|设成|调成|调到|设到|设置成?|设为|开到)(多少|多高|多低|多大|几)|(调|设|开)得?(高|低|大|小))`)
)

// comparesNamed reports whether a question sets a thing it names against another
// (「推理模型和普通模型有啥区别」): a comparison that stands alone, however common the name.
func comparesNamed(about retriever.About) bool {
	low := strings.ToLower(about.Text)
	for _, n := range about.Names {
		if n.End <= len(low) && comparedWithRe.MatchString(low[n.End:]) {
			return true
		}
	}
	return false
}

// comparedWithRe is what follows a name compared with another: 「和普通模型有啥区别」.
var comparedWithRe = regexp.MustCompile(`^\s*(和|跟|与|同)[^，,。？?]{1,16}?(的)?(区别|不同|不一样|差别|差在哪|有啥两样)`)

// asksWhatNamed reports whether a question asks what a thing it names is (「多模态是啥意思」
// 「什么是上下文窗口」).
func asksWhatNamed(about retriever.About) bool {
	low := strings.ToLower(about.Text)
	for _, n := range about.Names {
		if n.End > len(low) {
			continue
		}
		// (The whole question: 「越狱是啥 怎么让ai说不该说的」 asks more.)
		if rest, ok := retriever.AsksWhat(low[:n.Start], low[n.End:]); ok && strings.Trim(rest, " ？?!！。") == "" {
			return true
		}
	}
	return false
}

// smallTalk is an acknowledgement, a laugh or a question on the time or the weather.
var smallTalk = regexp.MustCompile(`^(好的?|好吧|嗯+|哦+|噢+|哈+|嘿+|呵+|ok|okay|行吧?|收到|明白了?|知道了|懂了|了解了?|谢谢|多谢|感谢|thx|thanks)[啦了呀哈！!。.~\s]*$` +
	`|^(现在|今天|明天|昨天)?(几点|几号|星期几|礼拜几|周几)|天气` +
	// (And what to eat or drink, or that the reader is bored: 「今天中午吃啥好」; not what a
	// model 「吃」, 「它吃什么数据长大的」.)
	`|(早饭|午饭|晚饭|早餐|午餐|晚餐|夜宵|中午|晚上|今晚|早上)(吃|喝)|(吃|喝)(啥|什么|点啥|点什么)好|好无聊|无聊死了`)

// An elliptical question is short and uses the report's own words: 「有多少个学科」 after a
// question on MMLU. A question with words the report never uses (「猫咪不吃饭」) has a subject of
// its own, outside the report.
const (
	maxEllipticalRunes   = 16
	maxEllipticalUnknown = 0.2
)

// subjectOf is the first name the question gives that can be a subject: specific enough, and
// not itself an aspect (「开源」「参数」「上下文窗口」 name entries, but ask about a subject).
func subjectOf(about retriever.About) string {
	low := strings.ToLower(about.Text)
	for _, n := range about.Names {
		if name := low[n.Start:n.End]; n.Spec >= minSubjectSpec && !isAspect(name) {
			return name
		}
	}
	return ""
}

// isAspect reports whether a word is an aspect word or two of them run together (「上下文窗口」).
func isAspect(w string) bool {
	if aspectWords[w] {
		return true
	}
	rs := []rune(w)
	for i := 1; i < len(rs); i++ {
		if aspectWords[string(rs[:i])] && aspectWords[string(rs[i:])] {
			return true
		}
	}
	return false
}

// minEllipticalShare is the share of an elliptical question's own words that the passages found
// with its carried subject must contain.
const minEllipticalShare = 0.5

// ownTerms are a question's key terms other than aspect words: what it asks that only a passage
// on the subject would say.
func ownTerms(about retriever.About) []string {
	var out []string
	general := aspectOfAI(about) // (its AI is the last subject's models: none of its own)
	for _, t := range about.Terms {
		if !isAspect(t) && !askedOfAny[t] && !(general && inNames(t, about)) {
			out = append(out, t)
		}
	}
	return out
}

// substance counts a question's key terms that are neither a name it gives nor an aspect: what
// it says of its own (「反驳」「改口」).
func substance(about retriever.About) int {
	n := 0
	for _, t := range about.Terms {
		if !isAspect(t) && !inNames(t, about) {
			n++
		}
	}
	return n
}

// minSubjectSpec is how specific a name must be to give a question a subject of its own:
// 「GSM8K」 does, 「模型」 does not.
const minSubjectSpec = 0.3

// namesAsWritten reports whether a question gives, in its own words, a name specific enough
// to be a subject (not one the thesaurus put for a description).
func namesAsWritten(about retriever.About) bool {
	return slices.ContainsFunc(about.Names, func(n retriever.NameSpan) bool { return n.Spec >= minSubjectSpec && !n.Described })
}

// pointsBack reports whether the text refers to something said before.
func pointsBack(text string, about retriever.About) bool {
	for _, p := range pronouns {
		if strings.Contains(text, p) {
			return true
		}
	}
	if pointsAtThis(text, about) || comparesUnsaid(about) {
		return true
	}
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !(r >= 'a' && r <= 'z') }) {
		if latinPronouns[w] {
			return true
		}
	}
	return false
}

// pointsAtThis reports whether a demonstrative in the text stands for something said before
// (「这个会占很多显存吗」), not for a filler or the determiner of a name.
func pointsAtThis(text string, about retriever.About) bool {
	for _, d := range demonstratives {
		for from := 0; ; {
			i := strings.Index(text[from:], d)
			if i < 0 {
				break
			}
			i += from
			after := strings.TrimLeft(text[i+len(d):], " ")
			from = i + len(d)
			r, _ := utf8.DecodeRuneInString(after)
			switch {
			case after == "" || unicode.IsPunct(r) || r == '…':
				continue // 「那个，」: filler
			case r < 0x80 && unicode.IsLetter(r) && namesAt(about, after, 0):
				// 「那个 transformer」: the determiner of a name. (An English word that names
				// nothing is what was said before, called by a word of its name: 「这个verified
				// 是谁来核验的」 after SWE-bench Verified.)
				continue
			case namesAt(about, after, minSubjectSpec):
				continue // 「这个幻觉问题」 names its subject
			}
			return true
		}
	}
	return false
}

// comparesUnsaid reports whether the text opens with what something unsaid is compared with and
// names nothing else: 「跟 r1 同一天发的？」 (not 「比特币是啥」, whose 比 starts a word, nor 「和
// gpt-4o 比，claude 3.5 sonnet 强在哪」, which names both sides).
func comparesUnsaid(about retriever.About) bool {
	low := strings.ToLower(about.Text)
	text := withoutFiller(low)
	m := comparedStart.FindStringIndex(text)
	if m == nil {
		return false
	}
	at := strings.Index(low, text) + m[1] // where the compared name must start
	first := -1
	for i, n := range about.Names {
		// (A vague name, 「gpt」 of several models, is still what the subject is compared with
		// when it stands right after 跟: 「跟gpt是一个路子吗」 after diffusion models.)
		if n.Spec < minSubjectSpec && (first >= 0 || n.Start != at) {
			continue
		}
		if first >= 0 && n.Start >= about.Names[first].End {
			return false // a second name: the question says both sides
		}
		if first < 0 {
			// (A word or two may qualify it: 「跟全量微调比」 after LoRA.)
			if n.Start < at || n.Start-at > maxQualifierBytes || !onlyHan(low[at:n.Start]) {
				return false
			}
			first = i
		}
	}
	if first < 0 {
		// The field itself, set beside the subject (「跟今天的大模型有什么关系」 after the Chinese
		// room), is compared with what was said before, as a name is.
		if m := comparedField.FindStringIndex(low[at:]); m != nil {
			return comparedBy.MatchString(low[at+m[1]:]) || relatedBy.MatchString(low[at+m[1]:])
		}
		return false
	}
	return comparedBy.MatchString(low[about.Names[first].End:]) || relatedBy.MatchString(low[about.Names[first].End:])
}

var (
	// comparedField is the field's own name after 跟, with a word or two that qualify it
	// (「今天的大模型」「现在的ai」).
	comparedField = regexp.MustCompile(`^\p{Han}{0,3}?的?(?:大语言模型|大模型|语言模型|人工智能|ai)`)
	// relatedBy asks how two things are related (「有什么关系」「有关系吗」).
	relatedBy = regexp.MustCompile(`关系|联系|有关`)
)

// maxQualifierBytes is how long the qualifier of a compared name may be: two Chinese
// characters (「全量」「传统」「普通的」 less its 的).
const maxQualifierBytes = 9

// onlyHan reports whether a text is Chinese characters only (or empty).
func onlyHan(s string) bool {
	return !strings.ContainsFunc(s, func(r rune) bool { return !isHanRune(r) })
}

// namesAt reports whether one of the question's names, at least minSpec specific, starts the
// given rest of its text.
func namesAt(about retriever.About, rest string, minSpec float64) bool {
	low := strings.ToLower(about.Text)
	for _, n := range about.Names {
		if n.Spec >= minSpec && strings.HasPrefix(strings.ToLower(rest), low[n.Start:n.End]) {
			return true
		}
	}
	return false
}

// inNames reports whether a key term is part of a name the question gives.
func inNames(t string, about retriever.About) bool {
	low := strings.ToLower(about.Text)
	for _, n := range about.Names {
		if strings.Contains(low[n.Start:n.End], t) {
			return true
		}
	}
	return false
}

// withoutFiller is a question without what readers type before it (「那个，transformer 是啥」:
// the filler points nowhere), unless that is all it is.
func withoutFiller(q string) string {
	text := strings.TrimSpace(q)
	if stripped := leadingFiller.ReplaceAllString(text, ""); stripped != "" {
		return stripped
	}
	return text
}

// lastQuestions returns the reader's last n questions of a conversation, trimmed, in the
// order they were asked; empty ones are skipped.
func lastQuestions(history []Turn, n int) []string {
	var qs []string
	for i := len(history) - 1; i >= 0 && len(qs) < n; i-- {
		if history[i].Role == "user" && strings.TrimSpace(history[i].Content) != "" {
			qs = append([]string{strings.TrimSpace(history[i].Content)}, qs...)
		}
	}
	return qs
}

// subjectTurns bounds how far back the subject is looked for.
const subjectTurns = 6

// resolveSubject finds the conversation's subject: the last earlier question that stood on
// its own, or a subject swapped in since. Questions that leaned on it keep it.
func (t *Tutor) resolveSubject(history []Turn) (subject, last string) {
	qs := lastQuestions(history, subjectTurns)
	for _, q := range qs {
		switch readLean(q, t.ix.About(q), 0) {
		case StandsAlone:
			subject = q
		case Swaps:
			subject = q + " " + aspectOf(t.ix.About(last))
		}
		last = q
	}
	if subject == "" && len(qs) > 0 {
		subject = qs[0] // every question leaned on something before the window: keep the oldest
	}
	return subject, last
}

// aspectOf is a question without the subjects it names: what it asks about them (「GPT-4o 的
// 上下文窗口多大」 → 「的 上下文窗口多大」; the context window is an aspect, not a subject).
func aspectOf(a retriever.About) string {
	text := a.Text
	low := strings.ToLower(text)
	for i := len(a.Names) - 1; i >= 0; i-- {
		n := a.Names[i]
		if n.Spec < minSubjectSpec || isAspect(low[n.Start:n.End]) || n.End > len(text) {
			continue
		}
		if i+1 < len(a.Names) && a.Names[i+1].Start < n.End {
			continue // overlaps a span already cut
		}
		text = text[:n.Start] + " " + text[n.End:]
	}
	return strings.TrimSpace(text)
}

// askAlone is how closely a pointing-back question must match a section's 「常见问法」 to be
// read as complete: 「为啥我一反驳它就改口」 means the model, not the last subject.
const askAlone = 0.7

// Retrieve finds passages for a request, carrying the conversation's subject only when the
// question leans on it. No model is needed for that, so both modes understand follow-ups.
// A question that asks only for what the report leaves out on purpose, a model's score or a
// ranking, is not covered however near its passages come (Found.Unlisted).
func (t *Tutor) Retrieve(ctx context.Context, req Request) (Found, error) {
	req = t.simplified(req)
	found, err := t.retrieve(ctx, req)
	if err != nil {
		return found, err
	}
	if hits, ok := t.withSuits(req.Question, found.Result); ok {
		// What a model the question names is good at, its entry says: covered, though the
		// question's 「厉害」 stands in no passage.
		found.Result.Hits, found.Result.Covered = hits, true
	}
	if hits, ok := t.withAnswering(found.Result); ok {
		found.Result.Hits = hits
	}
	// (「那o3mini呢」 after 「o1在aime上考了多少分」 asks the same score of o3-mini, though it
	// says no word of scores.)
	if !mayAskScore(req.Question) && !mayAskPrice(req.Question) && found.Lean != Swaps {
		return found, nil
	}
	// 「多少道题，r1考了多少」 asks a count the report gives as well: only a question that
	// asks for nothing but the score is declined. One the retriever declined is told where
	// the scores stand when it names a model or a benchmark (「r1 和 o1 谁厉害」), not when
	// it names nothing of the report (「谁是世界上最强的人」).
	a := t.readQuestion(req.Question, found)
	if !a.asksOnlyUnlisted() {
		if prev := t.scoreAsked(req, found, a); prev != nil {
			// 「那今天榜单上最新的分数是多少」 after 「gpt5 在 swebench 上多少分」 asks the
			// same scores again, of what the last question named.
			found.Result.Covered = false
			found.Result.Named = append(slices.Clip(found.Result.Named), prev...)
			found.Unlisted = UnlistedScore
		}
		return found, nil
	}
	if a.kind == kindPrice {
		// 「那要多少钱」 after o1 asks a price of a model the report names (classify says
		// so): declined with where the report explains billing.
		found.Result.Covered = false
		found.Unlisted = UnlistedPrice
		return found, nil
	}
	named := slices.ContainsFunc(found.Result.Named, scoredEntry)
	// 「现在最高的能做对多少」 after SWE-bench names nothing of its own: the scores asked for
	// are the subject's.
	if !named && found.Followup {
		for _, an := range scoredNamed(t.ix.About(found.Subject)) {
			if !slices.Contains(found.Result.Named, an) {
				found.Result.Named = append(slices.Clip(found.Result.Named), an)
				named = true
			}
		}
	}
	// (A ranking of models asked outright, 「哪家的模型最好」, is told where the rankings stand
	// though no passage's words met it.)
	if found.Result.Covered || named || a.kind == kindScore && whichModelRe.MatchString(retriever.Normalize(req.Question)) {
		found.Result.Covered = false
		// A ranking of no model (「谁是世界上最强的人」) is no question about the report at
		// all, whatever passage its words reach.
		if named || retriever.SaysAI(req.Question) {
			found.Unlisted = UnlistedScore
		}
	}
	return found, nil
}

// whichModelRe asks which model or which maker's (「哪家的模型」「哪个公司的ai」).
var whichModelRe = regexp.MustCompile(`哪(?:家|个|一家|一个)(?:公司|厂商?|团队)?(?:的|做的|家的)?大?(?:模型|ai)`)

// scoreAsked returns the scored entries the last question named when it asked a model's
// score and this one asks for scores again naming no model or benchmark of its own; nil
// otherwise.
func (t *Tutor) scoreAsked(req Request, found Found, a asked) []string {
	if len(a.parts) > 1 || askedScore(retriever.Normalize(req.Question)) == "" ||
		namesModel(found.Result.Named) || slices.ContainsFunc(found.Result.Named, benchmarkEntry) {
		return nil
	}
	qs := lastQuestions(req.History, 1)
	if len(qs) == 0 {
		return nil
	}
	last := t.ix.About(qs[0])
	if k, _ := classify(qs[0], plainAnchors(last)); k != kindScore {
		return nil
	}
	return scoredNamed(last)
}

// plainAnchors are the entries a question names specifically enough to be its subject, each
// once, in reading order.
func plainAnchors(about retriever.About) []string {
	var out []string
	for _, n := range about.Names {
		if n.Spec >= minSubjectSpec && !slices.Contains(out, n.Anchor) {
			out = append(out, n.Anchor)
		}
	}
	return out
}

// scoredNamed are the models and benchmarks among them.
func scoredNamed(about retriever.About) []string {
	return slices.DeleteFunc(plainAnchors(about), func(an string) bool { return !scoredEntry(an) })
}

// scoredEntry is an entry whose subject has scores somewhere: a model or a benchmark.
func scoredEntry(anchor string) bool {
	return strings.HasPrefix(anchor, "model-") || benchmarkEntry(anchor)
}

// simplified is req with the reader's words in simplified characters and Mandarin words, the
// report's script and language (see retriever.Index.Mandarin): every rule that reads a
// question (its kind, its pronouns, its subject) is written for them.
// The answers in the history are the tutor's own, already simplified.
func (t *Tutor) simplified(req Request) Request {
	q := t.ix.Mandarin(req.Question)
	var h []Turn
	for i, turn := range req.History {
		if turn.Role != "user" {
			continue
		}
		if s := t.ix.Mandarin(turn.Content); s != turn.Content {
			if h == nil {
				h = slices.Clone(req.History)
			}
			h[i].Content = s
		}
	}
	if h != nil {
		req.History = h
	}
	req.Question = q
	return req
}

func (t *Tutor) retrieve(ctx context.Context, req Request) (Found, error) {
	q := strings.TrimSpace(req.Question)
	subj, last := t.resolveSubject(req.History)
	var subjAbout retriever.About // what the earlier question named, read once
	if subj != "" {
		subjAbout = t.ix.About(subj)
	}
	// (Its 它 is what the conversation spoke of, unless that was the AI in general: 「能让它念给
	// 我听吗」 after 「ai是怎么学会说话的」.)
	later := subj != "" && !onlyTheField(subjAbout)
	alone, err := t.ix.Search(ctx, retriever.Query{Text: q, Later: later}, t.topK)
	if err != nil {
		return Found{}, err
	}
	if subj == "" {
		return Found{Result: alone, Lean: StandsAlone}, nil
	}
	about := t.ix.About(q)
	lean := readLean(q, about, alone.Signals.Unknown)
	if lean == StandsAlone && mayAskScore(q) && scoreOnUnsaid(about, subjAbout) {
		lean = PointsBack
	}
	// 「写代码咋样」 after a question on a model asks how good that model is at it, though 代码
	// names an entry of its own.
	ability := lean == StandsAlone && abilityAsk.MatchString(retriever.Normalize(q)) && !namesModel(alone.Named) && namesModel(anchorsOf(subjAbout))
	if ability {
		lean = PointsBack
	}
	carried := subj
	switch lean {
	case StandsAlone:
		return Found{Result: alone, Lean: lean}, nil
	case PointsBack:
		// 「为啥我一反驳它就改口」 says enough of its own to match what readers ask about a
		// section: 「它」 is the model in general, not the last subject.
		// (Not 「这个」: 「这个会占很多显存吗」 after the KV cache means the KV cache; nor a 它 that
		// opens the question: 「那它为啥占那么多显存」 is about the KV cache too.)
		if text := withoutFiller(q); !ability && alone.Covered && alone.Signals.Ask >= askAlone && substance(about) > 0 && !pointsAtThis(text, about) && !leadingPronoun.MatchString(text) && !comparesUnsaid(about) {
			return Found{Result: alone, Lean: StandsAlone}, nil
		}
		// Nor is the 它 of a question with its own substance, after one that named nothing as
		// written (「同一个问题问两遍答案不一样 为啥」, sampling only in the thesaurus's words):
		// 「它的知识是不是有截止日期」 asks about the AI, whose behaviour the last question
		// described, not about sampling.
		if text := withoutFiller(q); !ability && alone.Covered && substance(about) > 0 && strings.Contains(text, "它") && !pointsAtThis(text, about) && !namesAsWritten(subjAbout) {
			return Found{Result: alone, Lean: StandsAlone}, nil
		}
	case Swaps:
		carried = aspectOf(t.ix.About(last))
		if carried == "" {
			return Found{Result: alone, Lean: lean}, nil
		}
	}
	// What the subject alone finds, searched at most once and only when needed.
	var prev *retriever.Result
	subjectAlone := func() (retriever.Result, error) {
		if prev == nil {
			r, err := t.ix.Search(ctx, retriever.Query{Text: subj}, t.topK)
			if err != nil {
				return r, err
			}
			prev = &r
		}
		return *prev, nil
	}
	with, err := t.ix.Search(ctx, retriever.Query{Text: q, Context: carried}, t.topK)
	if err != nil {
		return Found{}, err
	}
	// A subject the earlier question described without naming it (「那个很早以前能跟人聊天假装心理
	// 医生的程序叫啥来着」) is carried with the name of the section that answered it, when the
	// description alone finds nothing: 「它是哪年弄出来的」 asks about what that section is on,
	// which 心理医生 does not find.
	// (So is one the earlier question called by a word that is no entry's name but that a
	// section's 「常见问法」 uses: 「蒸馏是啥」 was answered by 知识蒸馏's, and 「这个有啥缺点不」
	// asks about 知识蒸馏, though 蒸馏 alone finds the small models' passages with it.)
	// (And one the earlier question named by a broader entry than the section whose 「常见问法」 it
	// asked, when the question with it is declined: 「它啥时候生效的」 after 「欧盟那个人工智能法案是
	// 啥」 asks about AI regulation, not about AI.)
	described := !slices.ContainsFunc(subjAbout.Names, func(n retriever.NameSpan) bool { return n.Spec >= minSubjectSpec })
	if lean != Swaps && (described || !with.Covered) {
		own, err := subjectAlone()
		if err != nil {
			return Found{}, err
		}
		asked := own.Signals.Ask >= askAlone && len(own.Hits) > 0 && slices.Contains(t.ix.AsksOf(own.Hits[0].Anchor), own.Asked)
		namedOther := asked && !slices.ContainsFunc(subjAbout.Names, func(n retriever.NameSpan) bool { return n.Anchor == own.Hits[0].Anchor })
		if own.Covered && len(own.Hits) > 0 && (described && (!with.Covered || asked) || !described && namedOther) {
			named := carried + " " + shortTitle(own.Hits[0].Title)
			again, err := t.ix.Search(ctx, retriever.Query{Text: q, Context: named}, t.topK)
			if err != nil {
				return Found{}, err
			}
			if again.Covered {
				with, carried = again, named
			}
		}
	}
	// A question that points back but asks in words the report never uses, of which the
	// passages found with the subject say nothing, points at something outside the report:
	// 「它这两天老吐，还不爱吃猫粮咋回事」 after GPT-4o is about a cat, 「那个滚筒洗衣机咋清洗」
	// about a washing machine.
	// (When the subject makes it covered, it must say next to nothing of them: 「具有博士学位的
	// 专家在其中大概能答对几成」 after GPQA shares 专家 and 博士 with its passages, not 具有 or 几成.)
	if lean == PointsBack && !ability && !alone.Covered && alone.Signals.Unknown >= maxEllipticalUnknown {
		if share := t.ix.Share(ownTerms(about), with.Hits, 3); share < minEllipticalShare && (!with.Covered || share < minEllipticalShare/2) {
			return Found{Result: alone, Lean: StandsAlone}, nil
		}
	}
	// An elliptical question must ask about something the subject's passages speak of: 「有多少个
	// 学科」 after MMLU does; 「今晚吃啥好」 after GPT-4o is a new topic, whatever it borrows.
	// (Not one that asks the last question again of a place, 「那在国外呢」: the place is where,
	// and the subject's passages need not name it.)
	placeSwap := lean == Elliptical && placeSwapRe.MatchString(withoutFiller(q))
	if lean == Elliptical && !placeSwap {
		// ... and the passages that speak of them must be the subject's own: 「比特币现在多少钱
		// 一个」 after 「token 是啥意思」 finds an agent test that creates a bitcoin wallet, which
		// is no passage on tokens.
		own, err := subjectAlone()
		if err != nil {
			return Found{}, err
		}
		if t.ix.Share(ownTerms(about), t.onSubject(with.Hits, own.Hits, subjAbout), 3) < minEllipticalShare {
			return Found{Result: alone, Lean: StandsAlone}, nil
		}
	}
	// A follow-up on a subject the report covers is covered when what it asks of its own is in
	// the subject's passages: 「它的核心技术叫什么？」 after 「什么是 vLLM？」 asks only aspects,
	// which the passages on vLLM answer, though its words alone weigh too little to say so.
	// (Not one that asks for a product's service or for advice, which the search declined
	// whatever its subject: 「它会员一个月多少钱 能退款不」 after ChatGPT.)
	// (So is one that asks the last question again of a place, whose words the passages need
	// not use.)
	if !with.Covered && lean != Swaps && len(with.Hits) > 0 && !retriever.AsksForService(q) && !retriever.AsksForAdvice(q) && (placeSwap || t.ix.Share(ownTerms(about), with.Hits, 3) >= minEllipticalShare) {
		own, err := subjectAlone()
		if err != nil {
			return Found{}, err
		}
		with.Covered = own.Covered
	}
	if with.Covered || lean == PointsBack {
		return Found{Result: with, Followup: true, Lean: lean, Subject: carried}, nil
	}
	return Found{Result: alone, Lean: lean}, nil
}

// anchorsOf returns the entries a question names.
func anchorsOf(about retriever.About) []string {
	var out []string
	for _, n := range about.Names {
		out = append(out, n.Anchor)
	}
	return out
}

// scoreOnUnsaid reports whether a question that may ask a score (mayAskScore) names a model,
// or nothing, but not what it was scored on, after a question on a benchmark: 「r1考了多少」
// after 「gpqa diamond是啥」 means on GPQA Diamond, as 「r1 在上面多少分」 does.
func scoreOnUnsaid(about, subject retriever.About) bool {
	if !slices.ContainsFunc(subject.Names, func(n retriever.NameSpan) bool { return benchmarkEntry(n.Anchor) }) {
		return false
	}
	model, named := false, false
	for _, n := range about.Names {
		if n.Spec < minSubjectSpec {
			continue
		}
		if benchmarkEntry(n.Anchor) {
			return false // it says on what
		}
		named = true
		model = model || strings.HasPrefix(n.Anchor, "model-")
	}
	// (Nor any model: 「现在最高的能做对多少」 asks the best score on it.)
	return model || !named
}

// benchmarkEntry is an entry on a benchmark or an evaluation, which models are scored on.
func benchmarkEntry(anchor string) bool {
	return strings.HasPrefix(anchor, "bench-") || strings.HasPrefix(anchor, "eval-")
}

// onSubject keeps the hits whose sections the subject's own search found too, or that name the
// subject's entry (named is what the earlier question named).
func (t *Tutor) onSubject(hits, subject []retriever.Hit, named retriever.About) []retriever.Hit {
	var out []retriever.Hit
	for _, h := range hits {
		// (Or a passage elsewhere that names the subject's entry: 「使用持续更新……的基准，例如
		// LiveCodeBench」 on data contamination says why LiveCodeBench keeps updating. Its entry,
		// not a longer name that starts with the subject's: GPT-2 in a passage is no mention of
		// GPT.)
		if slices.ContainsFunc(subject, func(s retriever.Hit) bool { return s.Anchor == h.Anchor }) ||
			slices.ContainsFunc(t.ix.About(h.Text).Names, func(n retriever.NameSpan) bool {
				return slices.ContainsFunc(named.Names, func(m retriever.NameSpan) bool { return m.Spec >= minSubjectSpec && m.Anchor == n.Anchor })
			}) {
			out = append(out, h)
		}
	}
	return out
}

// withSuits answers a question on what a model is good at (「claude3.5 sonnet 写代码是不是特别
// 强」) from the model's own entry: each model's entry says what it suits (「Claude 3.5 Sonnet
// 适合编程……」) in words the question need not share (编程, not 写代码). When that passage was
// not found, it takes the last place of the hits. ok says the hits hold that passage.
func (t *Tutor) withSuits(question string, res retriever.Result) (hits []retriever.Hit, ok bool) {
	hits = res.Hits
	if len(hits) == 0 || !asksAbility(retriever.Normalize(question), res.Named) {
		return hits, false
	}
	// (Not an app's price or account asked with it, 「kimi 会员多少钱 好用吗」: the retriever
	// declined that on purpose.)
	if !res.Covered && (retriever.AsksForService(question) || retriever.AsksForAdvice(question)) {
		return hits, false
	}
	// The model the question names first, or one found (not a name in a passage's passing).
	i := slices.IndexFunc(res.Named, func(a string) bool { return strings.HasPrefix(a, "model-") })
	if i < 0 || i > 0 && !slices.ContainsFunc(hits, func(h retriever.Hit) bool { return h.Anchor == res.Named[i] }) {
		return hits, false
	}
	model := res.Named[i]
	if slices.ContainsFunc(hits, func(h retriever.Hit) bool { return h.Anchor == model && strings.Contains(h.Text, suitsWord) }) {
		return hits, true
	}
	p, found := t.suits[model]
	if !found {
		return hits, false
	}
	out := slices.Clone(hits)
	out[len(out)-1] = retriever.Hit{Passage: p, Score: hits[len(hits)-1].Score}
	return out, true
}

// withAnswering adds to the hits, after them, the passages retrieval left out of the section
// written to answer the question (one of its 「常见问法」 is what the reader asked): 「开源模型现
// 在追上闭源的了没」 found the outlook on open weights but not its paragraph on the gap.
func (t *Tutor) withAnswering(res retriever.Result) (hits []retriever.Hit, ok bool) {
	hits = res.Hits
	if !res.Covered || len(hits) == 0 {
		return hits, false
	}
	// (Only a section written as an answer, in the outlook or the FAQ: an entry's other
	// paragraphs, on its history or its uses, crowd out the sentences on what was asked.)
	anchor := answeringSection(t.ix, res)
	if !strings.HasPrefix(anchor, "outlook-") && !strings.HasPrefix(anchor, "faq-") {
		return hits, false
	}
	out := slices.Clone(hits)
	for _, p := range t.ix.Passages() {
		if len(out)-len(hits) >= maxAnswering {
			break
		}
		if p.Anchor == anchor && !p.Example && !slices.ContainsFunc(out, func(h retriever.Hit) bool { return h.ID == p.ID }) {
			out = append(out, retriever.Hit{Passage: p, Score: hits[len(hits)-1].Score})
		}
	}
	return out, len(out) > len(hits)
}

// maxAnswering bounds the passages withAnswering adds.
const maxAnswering = 2

// suitsWord opens what a model's entry says it suits: 「Claude 3.5 Sonnet 适合编程……」.
const suitsWord = "适合"
