package tutor

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"llmtutor/retriever"
)

// asked is what the offline answer reads from a question before choosing its sentences: what
// kind of answer it wants, its words as the report spells them, and what it asks about (its
// subject), which a follow-up takes from the conversation when it names nothing of its own.
type asked struct {
	text      string // as the reader typed it
	canonical string // casual spellings and homophones rewritten: 「gpt4」 → 「gpt-4」, 「换觉」 → 「幻觉」
	// containers are names that only say where the subject is (「跑分」 in 「跑分里的多数投票」)
	containers []string
	kind       kind
	cue        string // the words that said the kind
	// subject are the normalised names of what the question asks about (「gpt-4」「deepseek-r1」),
	// and anchors the entries they name; a sentence that answers a fact about something else
	// (GPT-5's date for 「gpt4 是什么时候发布的」) is no answer.
	subject []string
	anchors []string
	said    []string            // the subject's names as the question (or the conversation) gave them
	shown   string              // the first of them as written, for saying what the report lacks
	saidFor map[string][]string // the names the question gave each entry it names, by anchor
	groups  [][]string          // the subject's names, one group per thing named (an entry's names)
	carried bool                // the subject is the conversation's, not the question's
	// longer are, for each name of the subject, the names of other entries that hold it
	// (循环神经网络 for 神经网络): a sentence that says it only inside them speaks of another thing.
	longer  map[string][]string
	aspects []int // what it asks of its subject (see aspects)
	// parts are the kinds of the two or more things a question asks, in its order (「幻觉是啥
	// 意思 咋避免」: what, then how); nil when it asks one thing.
	parts   []part
	counted *regexp.Regexp // for a how-many question, what a sentence must say (see countCue)
	// answers is the section written to answer this very question: one of its 「常见问法」 is
	// what the reader asked, so its subject sentence is the answer, whatever the kind.
	answers string
	// usingAI is the FAQ on using AI well when the question asks what to watch out for in
	// using AI for a task of the reader's own (retriever.Result.UsingAI).
	usingAI string
	// ownExpansion are the glossary names the retriever added for the question's own words, not
	// for the subject it carried.
	ownExpansion []string
	// swapped is what the last question asked, which this one asks of a new subject: 「训练花了
	// 多少钱」 for 「那 gpt4 呢」 after 「deepseek r1 训练花了多少钱」 (its cue left out).
	swapped string
	// words are the question's key terms as the dictionary cuts it (「温度」「调高」, not the
	// seam 「度调」).
	words []string
	// rest is what a score question asks besides, read as a follow-up of its own when it names
	// nothing: 「多少道题，r1考了多少」 after GPQA Diamond asks GPQA's count, not R1's.
	rest *asked
	// restOf are the entries the one part a score question asks besides names (「aime是啥考试
	// r1考了多少」: AIME, not R1), the entry whose key facts say what it is.
	restOf []string
}

// part is one of the things a question asks.
type part struct {
	kind   kind
	cue    string
	clause string // its words: what it asks, apart from the other part's
}

// asksOnlyUnlisted reports whether the question asks for nothing but what the report leaves
// out on purpose: a score or ranking, or a named model's price. 「排行榜第一是哪个模型 分数多少」
// asks the leader's score in its second clause, which names no model of its own.
func (a asked) asksOnlyUnlisted() bool {
	if a.kind != kindScore && a.kind != kindPrice {
		return false
	}
	for _, p := range a.parts {
		clause := retriever.Normalize(p.clause)
		// (「deepseek r1和o1比，推理谁强」: the clause that sets the two side by side, with no
		// word for a difference, is the ranking's own.)
		if p.kind != a.kind && !(a.kind == kindScore && (scoreAsk.MatchString(clause) || p.kind == kindCompare && !differenceRe.MatchString(clause))) {
			return false
		}
	}
	return true
}

// withoutScore is what a question asks besides a score, when it asks something besides:
// 「o1 在 gpqa 上多少分 人类专家能答对多少」 asks how experts do, which the report gives.
func (a asked) withoutScore() asked {
	if a.rest != nil {
		return *a.rest
	}
	var rest []part
	for _, p := range a.parts {
		if p.kind != kindScore {
			rest = append(rest, p)
		}
	}
	if len(rest) == 0 || len(rest) == len(a.parts) {
		return a
	}
	b := a
	b.kind, b.cue, b.parts = rest[0].kind, rest[0].cue, rest
	if len(rest) == 1 {
		b.parts = nil
		b.restOf = a.namedIn(rest[0].clause, a.anchors)
		b.counted = nil
		if b.kind == kindCount {
			b.counted = countCue(retriever.Normalize(rest[0].clause))
		}
	}
	return b
}

// withoutTellHow is a question without a closing clause that asks only how to tell someone what
// the question asked (「学生问我ai是不是真的懂 我该咋回答」), when something is left.
func withoutTellHow(q string) string {
	loc := tellHowRe.FindStringIndex(q)
	if loc == nil || utf8.RuneCountInString(q[:loc[0]]) < minTellHowLeft {
		return q
	}
	return q[:loc[0]]
}

// tellHowRe is a closing clause that asks how to tell someone: 「我该咋回答」「怎么跟孩子解释」.
var tellHowRe = regexp.MustCompile(`[，,。\s]+(我)?(该|应该|要)?(咋|怎么|如何|怎样)(跟|和|给|对|向)?(他|她|他们|她们|孩子|学生|家人|老人|客户|人家|爸|妈|老师|领导)?(解释|回答|说明|说|讲)(一下|清楚)?(呢|啊|好|才好|才对)?[？?!！。]*$`)

// minTellHowLeft is how much must be left of a question without its tell-how clause.
const minTellHowLeft = 4

// withoutHearsay is a question without an opening clause that only tells a number others
// gave (「刷到个视频一直说mmlu多少分 这个mmlu是考啥的」), when a later clause names what it
// asks about: the number is how the reader came to ask, not what is asked. (Not when the rest
// names nothing: 「新闻说它花了多少钱 真的吗」 asks whether that number is true.)
func withoutHearsay(ix *retriever.Index, q string) string {
	clauses := retriever.Clauses(q)
	if len(clauses) < 2 || !hearsayRe.MatchString(clauses[0]) {
		return q
	}
	rest := strings.Join(clauses[1:], "，")
	if len(ix.About(rest).Names) == 0 {
		return q
	}
	return rest
}

// hearsayRe is a clause that says someone told a number: 「一直说mmlu多少分」「都在吹它考了几分」.
var hearsayRe = regexp.MustCompile(`(说|提|吹|讲|报道|宣传|号称)[^，,。？?！!；;]{0,16}?(多少|几分)`)

// parts reads the kinds of a question's clauses; it returns nil unless they ask at least two
// different things, each of a known kind.
func parts(q string, named []string) []part {
	var out []part
	for _, clause := range retriever.Clauses(q) {
		k, cue := classify(clause, named)
		if k == kindOpen || slices.ContainsFunc(out, func(p part) bool { return p.kind == k }) {
			continue
		}
		// 「闭源模型跟开放权重的比 有啥坏处」 asks one thing, what is bad about the one measured
		// against the other (see classify): the clause 「跟……比」 says against what.
		if k == kindCompare && againstRe.MatchString(cue) && (badAsk.MatchString(q) || goodAsk.MatchString(q)) {
			continue
		}
		out = append(out, part{k, cue, clause})
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// minAnswers is how closely a question must match one of a section's 「常见问法」 for that
// section's subject sentence to be its answer: 「gpt-3 有多少层」 is near 「GPT-3 有多少参数」
// in words (0.94), not in what it asks.
const minAnswers = 0.95

// minNamedAnswers is how closely it must match one of the 「常见问法」 of a chapter that the
// question names as well.
const minNamedAnswers = 0.85

// readQuestion reads a question in its conversation.
func (t *Tutor) readQuestion(question string, found Found) asked {
	return readAsked(t.ix, question, found)
}

func readAsked(ix *retriever.Index, question string, found Found) asked {
	about := ix.About(question)
	a := asked{text: question, canonical: about.Text, words: about.Terms}
	// (How to tell someone else, 「我该咋回答」「咋跟他解释」 after what they asked, asks what they
	// asked: it is no how.)
	asking := withoutTellHow(withoutHearsay(ix, a.canonical))
	a.kind, a.cue = classify(asking, found.Result.Named)
	if a.kind == kindOpen {
		// The thesaurus may have read the words that said the kind as part of a phrase:
		// 「会不会骗人」 becomes 「会不谋划」.
		if k, cue := classify(question, found.Result.Named); k != kindOpen {
			a.kind = k
			if strings.Contains(retriever.Normalize(a.canonical), cue) {
				a.cue = cue // (the cue is left out of the content terms only where it stands)
			}
		}
	}
	// 「跟微调比哪个好」 after RAG weighs two kinds of thing the report describes, one of them
	// the conversation's: a comparison, as 「rag 和微调哪个好」 is.
	if a.kind == kindRecommend && found.Followup && found.Lean == PointsBack && comparesUnsaid(about) && onlyConcepts(found.Result.Named) {
		a.kind = kindCompare
	}
	if found.Lean == Swaps && a.kind == kindOpen && found.Subject != "" {
		// 「那 dpo 呢」 after 「rlhf 是啥」 asks what the last question asked, of a new subject.
		var cue string
		a.kind, cue = classify(found.Subject, found.Result.Named)
		a.cue = "" // the cue is not in this question's words
		a.swapped = strings.Replace(retriever.Normalize(found.Subject), cue, " ", 1)
	}
	a.aspects = askedAspects(retriever.Normalize(a.canonical))
	a.parts = parts(asking, found.Result.Named)
	switch {
	case a.kind == kindCount && a.swapped != "":
		// 「那 gpt4 呢」 counts what the last question counted: 「花了多少钱」, money.
		a.counted = countCue(retriever.Normalize(found.Subject))
	case a.kind == kindCount:
		q := retriever.Normalize(a.canonical)
		a.counted = countCue(q)
		// 「多少道题」: the measure word and a one-character noun say what kind of number is
		// asked; as content they would favour any sentence that says 「道题」.
		if m := countedRe.FindStringSubmatch(q); m != nil && strings.HasPrefix(m[0], a.cue) && utf8.RuneCountInString(m[2]) <= 1 {
			a.cue = strings.TrimSpace(m[0])
		}
	}
	var aspectsOnly bool
	a.subject, a.anchors, aspectsOnly = subjectNames(about, a.kind == kindCompare)
	// (A proper name that says where, with nothing else named, is what is asked about:
	// 「Chatbot Arena 上的排名是怎么产生的」 asks how the arena ranks. A common word is not:
	// 「跑分里的多数投票」 asks about majority voting, which the report names no entry for.)
	if s, an, c := withoutContainers(about, slices.Clone(a.subject), slices.Clone(a.anchors)); len(s) > 0 || !slices.ContainsFunc(c, latinWritten) {
		a.subject, a.anchors, a.containers = s, an, c
	}
	a.subject, a.anchors, a.containers = withoutRecipients(about, a.subject, a.anchors, a.containers)
	if askedSection(ix, found.Result, func(h retriever.Hit) bool { return strings.HasPrefix(h.Anchor, "faq-") }) != "" {
		a.subject, a.anchors, a.containers = withoutTools(about, a.subject, a.anchors, a.containers)
	}
	a.subject, a.anchors, a.containers = withoutApposition(about, a.subject, a.anchors, a.containers)
	// 「写代码的时候温度设多少」: the task says when; the value asked is the setting's.
	if end := settingWhen(about); end >= 0 {
		a.subject, a.anchors, a.containers = withoutNames(about, a.subject, a.anchors, a.containers, func(_ string, n retriever.NameSpan) bool { return n.End <= end })
	}
	if a.kind == kindChange {
		a.subject, a.anchors, a.containers = withoutComparator(about, a.cue, a.subject, a.anchors, a.containers)
	}
	if a.kind != kindCompare {
		a.subject, a.anchors, a.containers = withoutRelated(about, a.subject, a.anchors, a.containers)
	}
	if a.kind == kindGood || a.kind == kindBad {
		// 「dpo跟rlhf比有啥好处」 asks what is good about DPO, measured against RLHF (see
		// classify): RLHF's definition is no answer.
		a.subject, a.anchors, a.containers = withoutMeasuredAgainst(about, a.subject, a.anchors, a.containers)
	}
	if a.kind != kindCompare && found.Followup && found.Lean == PointsBack && found.Subject != "" && (pronounComparedRe.MatchString(strings.ToLower(about.Text)) || comparesUnsaid(about)) {
		// 「它为啥比 rnn 好」 after a question on the Transformer: 它 is the subject, RNN what
		// it is measured against.
		for _, n := range a.subject {
			a.containers = append(a.containers, n)
		}
		a.subject, a.anchors = nil, nil
	}
	if len(a.subject) == 0 && !found.Followup && (a.kind == kindWhat || a.kind == kindOpen && onlyDomain(about.Terms) || wordItself.MatchString(about.Text) || a.kind == kindWhen && askedWhenBegan(about)) {
		// 「llm 是啥意思」: the report's whole field, asked about itself, is its entry's subject;
		// so is one the reader calls a word (「人工智能这个词最早是啥时候提出来的」), or one asked
		// when it began (「人工智能最早是啥时候开始有的」: the name's 1955, not AGI's 2018). (Not the
		// field of a question that asks no kind of thing, of something else: 「用ai以后会越来越
		// 便宜还是越来越贵」 asks about prices.)
		a.subject, a.anchors = domainSubject(about)
	}
	if len(a.subject) == 0 {
		// 「有个叫人类最后的考试的测试」 names a thing the report mentions but has no entry on.
		a.subject = calledName(ix, about.Text)
	}
	if (len(a.subject) == 0 || aspectsOnly) && found.Followup && found.Lean != Swaps && found.Subject != "" {
		// 「那它开源吗」 asks about the conversation's subject; 开源 is what it asks of it.
		carried := ix.About(found.Subject)
		subject, anchors, _ := subjectNames(carried, false)
		if len(subject) == 0 {
			// (A subject of the field's own words, carried as a section's title: 「聊天机器人
			// （Chatbot）」 after a question that described ELIZA.)
			subject, anchors = domainSubject(carried)
		}
		if len(subject) > 0 {
			a.subject, a.anchors, a.carried = subject, anchors, true
		}
	}
	a.shown = shownName(about)
	if a.carried {
		a.shown = shownName(ix.About(found.Subject))
	}
	// 「那它的中文版有多少道题」 after a question on SimpleQA: the entry says its Chinese version
	// is C-SimpleQA, which is then what the question is about.
	if _, title := ix.Pointed(a.canonical, a.anchors); title != "" {
		if subject, anchors, _ := subjectNames(ix.About(title), false); len(subject) > 0 {
			a.subject, a.anchors = subject, anchors
			a.shown = shownName(ix.About(title))
		}
	}
	a.saidFor = map[string][]string{}
	abouts := []retriever.About{about}
	if found.Followup && found.Subject != "" {
		abouts = append(abouts, ix.About(found.Subject))
	}
	for _, ab := range abouts {
		for _, n := range ab.Names {
			if n.End <= len(ab.Text) {
				a.saidFor[n.Anchor] = append(a.saidFor[n.Anchor], squash(ab.Text[n.Start:n.End]))
			}
		}
	}
	if a.kind == kindCompare && found.Followup && found.Lean == PointsBack && found.Subject != "" {
		// 「那它和 RLHF 有什么不同」: one side is the conversation's subject.
		subject, anchors, _ := subjectNames(ix.About(found.Subject), false)
		a.subject = append(subject, a.subject...)
		a.anchors = append(anchors, a.anchors...)
	}
	a.said = slices.Clone(a.subject)
	// The subject's entry has other names: 「chain of thought」 is also 思维链 and CoT. Each
	// entry's names make one group; a name of no entry (「gpt-4」) is a group of its own.
	group := map[string][]string{}
	for _, p := range ix.Passages() {
		if slices.Contains(a.anchors, p.Anchor) && group[p.Anchor] == nil {
			group[p.Anchor] = slices.Clone(a.saidFor[p.Anchor])
			for _, n := range names(p.Title) {
				if !isName(n) {
					continue
				}
				if n = squash(n); n != "" {
					group[p.Anchor] = append(group[p.Anchor], n)
					if !slices.Contains(a.subject, n) {
						a.subject = append(a.subject, n)
					}
				}
			}
		}
	}
	for _, an := range a.anchors {
		if g := group[an]; len(g) > 0 {
			a.groups = append(a.groups, g)
		}
	}
	for _, n := range a.said {
		if !slices.ContainsFunc(a.groups, func(g []string) bool { return slices.Contains(g, n) }) {
			a.groups = append(a.groups, []string{n})
		}
	}
	a.longer = longerNames(ix, a.subject, a.anchors)
	a.answers = answeringSection(ix, found.Result)
	a.usingAI = found.Result.UsingAI
	if a.answers == "" {
		a.answers = sameKindFAQ(ix, found.Result, a.kind)
	}
	if a.kind == kindScore && len(a.parts) > 1 && found.Followup && found.Subject != "" {
		var clauses []string
		for _, p := range a.parts {
			if p.kind != kindScore {
				clauses = append(clauses, p.clause)
			}
		}
		if text := strings.Join(clauses, "，"); len(clauses) > 0 && subjectOf(ix.About(text)) == "" {
			rest := readAsked(ix, text, Found{Result: found.Result, Followup: true, Lean: Elliptical, Subject: found.Subject})
			a.rest = &rest
		}
	}
	if !found.Followup {
		a.ownExpansion = found.Result.Expansion
	} else {
		// A glossary name is the question's own when it names an entry the question names:
		// 「混合专家」 was added for 「moe 是啥原理」, not for 「chatgpt 是哪天发布的」 after it.
		for _, e := range found.Result.Expansion {
			if slices.ContainsFunc(ix.About(e).Names, func(n retriever.NameSpan) bool {
				return slices.ContainsFunc(about.Names, func(m retriever.NameSpan) bool { return m.Anchor == n.Anchor })
			}) {
				a.ownExpansion = append(a.ownExpansion, e)
			}
		}
	}
	return a
}

// answeringSection is the section written to answer the question, one of whose 「常见问法」 is
// what the reader asked, among the first three hits; "" when there is none.
func answeringSection(ix *retriever.Index, res retriever.Result) string {
	if res.Signals.Ask < minNamedAnswers {
		return ""
	}
	// (Less close will do for a chapter the question also names: 「大模型到底是咋回答问题的，原理
	// 是啥」 asks what the principles chapter's 「大模型的原理是什么？」 asks, in more words. An
	// entry's, or a section's, 常见问法 differ from their neighbours' in one noun: 「GPT-3 有多少
	// 参数」 is not 「gpt-3 有多少层」.)
	return askedSection(ix, res, func(h retriever.Hit) bool {
		return res.Signals.Ask >= minAnswers || len(res.Named) > 0 && res.Named[0] == h.Anchor && strings.HasPrefix(h.Anchor, "intro-")
	})
}

// askedSection returns the first of the first three hits that holds the 「常见问法」 the question
// matched and for which ok holds, or "".
func askedSection(ix *retriever.Index, res retriever.Result, ok func(retriever.Hit) bool) string {
	if res.Asked == "" {
		return ""
	}
	for _, h := range res.Hits[:min(3, len(res.Hits))] {
		if ok(h) && slices.Contains(ix.AsksOf(h.Anchor), res.Asked) {
			return h.Anchor
		}
	}
	return ""
}

// minSameKindAsk is how closely a question must match a FAQ's 「常见问法」 that asks the same
// kind of thing for that FAQ to answer it: 「有人用ai换脸冒充我领导 这种咋防」 comes to 0.61.
const minSameKindAsk = 0.6

// sameKindFAQ is the FAQ, among the first three found, whose 「常见问法」 the question matches
// less closely than minAnswers (but at least minSameKindAsk) and asks the same kind of thing
// of: 「ai换脸那种深度伪造咋防」 (0.78) asks what 「AI 换脸、假语音诈骗怎么防？」 asks, measures,
// and that FAQ gives them. A what, a yes or no and an open question are asked of too many
// things for the kind to tell.
func sameKindFAQ(ix *retriever.Index, res retriever.Result, k kind) string {
	if k == kindWhat || k == kindOpen || k == kindYesNo || res.Asked == "" || res.Signals.Ask < minSameKindAsk {
		return ""
	}
	if ak, _ := classify(res.Asked, nil); ak != k {
		return ""
	}
	return askedSection(ix, res, func(h retriever.Hit) bool { return strings.HasPrefix(h.Anchor, "faq-") })
}

// subjectNames are the names a question gives of what it asks about: the report's names it
// uses that are specific and not themselves an aspect when something else is named (「r1 是开源
// 的吗」 asks about R1; 「开源」「参数」 are what it asks of it), a
// Latin name widened to its whole word (「gpt」 in 「gpt-4」 is GPT-4), and the Latin words it
// uses that name nothing in the report's list of entries but are names all the same
// (「chatgpt」「gpt-4」).
func subjectNames(about retriever.About, keepAspects bool) (names, anchors []string, aspectsOnly bool) {
	var aspectNames, aspectAnchors []string
	defer func() {
		// An aspect is the subject when nothing else is (「开源是什么意思」), or when the
		// question weighs it against another (「开源和开放权重有啥不一样」).
		aspectsOnly = len(names) == 0 && len(aspectNames) > 0
		if len(names) == 0 || keepAspects {
			for _, n := range aspectNames {
				if !slices.Contains(names, n) {
					names = append(names, n)
				}
			}
			for _, an := range aspectAnchors {
				if !slices.Contains(anchors, an) {
					anchors = append(anchors, an)
				}
			}
		}
	}()
	low := strings.ToLower(about.Text)
	add := func(n string) {
		n = squash(n)
		if n != "" && !slices.Contains(names, n) {
			names = append(names, n)
		}
	}
	covered := make([]bool, len(low))
	for _, n := range about.Names {
		if n.End > len(low) {
			continue
		}
		for i := n.Start; i < n.End; i++ {
			covered[i] = true // a name too common to be a subject is no Latin name either
		}
		if n.Spec < minSubjectSpec {
			continue
		}
		start, end := widenLatin(low, n.Start, n.End)
		if domainWords[low[start:end]] {
			continue
		}
		if askedOf[low[n.Start:n.End]] {
			aspectNames = append(aspectNames, squash(low[start:end]))
			aspectAnchors = append(aspectAnchors, n.Anchor)
			continue
		}
		add(low[start:end])
		for i := start; i < end; i++ {
			covered[i] = true
		}
		// 「gpt」 names GPT-4o and GPT-5, but 「gpt-3」 names neither.
		if start == n.Start && end == n.End && !slices.Contains(anchors, n.Anchor) {
			anchors = append(anchors, n.Anchor)
		}
	}
	for i := 0; i < len(low); {
		if covered[i] || !isLatinNameByte(low[i]) {
			i++
			continue
		}
		start, end := i, i+1
		for end < len(low) && (isLatinNameByte(low[end]) || (joiner(low[end]) && end+1 < len(low) && isLatinNameByte(low[end+1]) && !covered[end+1])) {
			end++
		}
		i = end
		words := strings.Fields(low[start:end])
		for len(words) > 0 && !latinName(words[0]) {
			words = words[1:]
		}
		for len(words) > 0 && !latinName(words[len(words)-1]) {
			words = words[:len(words)-1]
		}
		// (A size — 「70b」「24g」 — is no name: 「跑一个70b模型要多少显存」 is about memory.)
		if w := strings.Join(words, " "); latinName(w) && !askedOf[w] && !domainWords[w] && !retriever.IsQuantity(w) {
			add(w)
		}
	}
	return names, anchors, aspectsOnly
}

// pronounComparedRe finds a question that compares what its pronoun points back to with
// something it names: 「它为啥比 rnn 好」「那它跟 gpt4 比呢」.
var pronounComparedRe = regexp.MustCompile(`(它|它们|这个)[^，。？?]{0,6}比[^较]`)

// askedOf are the report's names of what readers ask of a model or a benchmark rather than
// about it (「r1 是开源的吗」 asks about R1): a subject only when the question names nothing else.
// Narrower than the follow-up reader's aspect words: 「token 是啥」 is about tokens.
var askedOf = wordSet(`开源 闭源 开放权重 许可证 许可 协议 开源协议 商用 参数 参数量 总参数 激活参数 上下文窗口 上下文 窗口
	多模态 模态 发布 价格 定价 费用 显存 架构 规模 评分 分数 题目 题量 词元 token tokens`)

// calledRe finds a thing the reader names by what it is called: 「有个叫人类最后的考试的测试」.
// (The name may hold 的 itself: the longest that leaves a kind of thing after it.)
var calledRe = regexp.MustCompile(`(?:叫做|叫作|名叫|叫|称为)\s*[「“"《]?(\S.{1,15})[」”"》]?\s*的\s*(?:测试|考试|基准|评测|模型|东西|技术|方法|概念|玩意|算法|框架|产品|工具|项目|论文|理论|定律|榜单|比赛)`)

// calledName returns the name of the thing a question says is called so, as a subject with no
// entry, when the report says it in its own words: sentences that name it are about what was
// asked.
func calledName(ix *retriever.Index, text string) []string {
	m := calledRe.FindStringSubmatch(retriever.Normalize(text))
	if m == nil {
		return nil
	}
	name := squashNormalized(m[1])
	if utf8.RuneCountInString(name) < 2 || domainWords[name] || !ix.Mentions(m[1]) {
		return nil
	}
	return []string{name}
}

// onlyDomain reports whether a question's key terms are all domainWords.
func onlyDomain(terms []string) bool {
	return !slices.ContainsFunc(terms, func(t string) bool { return !domainWords[t] })
}

// domainWords name what the whole report is about: 「AI 为什么会胡说八道」 asks about AI in
// general, as every sentence of the report does.
var domainWords = wordSet(`ai llm llms gpt 大模型 大语言模型 语言模型 人工智能 模型 ai模型 聊天机器人 chatbot`)

// latinWritten reports whether a name is written in Latin letters, not in Chinese: a proper
// name (「chatbot arena」), not a common word (「跑分」).
func latinWritten(n string) bool {
	return strings.ContainsFunc(n, func(r rune) bool { return r < utf8.RuneSelf && unicode.IsLetter(r) }) && !strings.ContainsFunc(n, isHanRune)
}

// latinName reports whether a Latin word of a question can name its subject: letters, not a
// lone letter or number, and not one of the few words that say what kind of question it is.
func latinName(w string) bool {
	if utf8.RuneCountInString(strings.ReplaceAll(w, " ", "")) < 2 || !strings.ContainsFunc(w, unicode.IsLetter) {
		return false
	}
	switch w {
	case "what", "why", "how", "when", "who", "is", "are", "the", "vs", "or", "and", "ai":
		return false
	}
	return true
}

func isLatinNameByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= '0' && b <= '9'
}

// widenLatin widens a span of a lower-cased text to the whole Latin name around it: letters,
// digits and the joiners inside a name (「gpt-4.5」「claude 3.5」); a space joins only a version
// number, so 「llama 4 scout」 stays 「llama 4」 and 「scout」, which the report also writes alone.
func widenLatin(low string, start, end int) (int, int) {
	if start >= len(low) || !isLatinNameByte(low[start]) {
		return start, end
	}
	for start > 0 && (isLatinNameByte(low[start-1]) || (joiner(low[start-1]) && low[start-1] != ' ' && start > 1 && isLatinNameByte(low[start-2]))) {
		start--
	}
	for end < len(low) && (isLatinNameByte(low[end]) || (joiner(low[end]) && end+1 < len(low) && isLatinNameByte(low[end+1]))) {
		if low[end] == ' ' && !(low[end+1] >= '0' && low[end+1] <= '9') {
			break
		}
		end++
	}
	return start, end
}

func joiner(b byte) bool { return b == '-' || b == '.' || b == ' ' || b == '_' }

// squash is a name or a sentence as names are matched in it: normalised, hyphens read as
// spaces, and a space kept only between two Latin words (「Claude 4」「swe bench verified」),
// where it marks where a name ends.
func squash(s string) string {
	return squashNormalized(retriever.Normalize(strings.TrimSpace(s)))
}

// squashNormalized is squash of a text already normalised (a candidate's norm).
func squashNormalized(s string) string {
	var b strings.Builder
	space := false
	var prev rune
	for _, r := range s {
		if r == ' ' || r == '-' || r == '_' || r == '\t' || r == '\n' {
			space = true
			continue
		}
		if space && prev < 0x80 && r < 0x80 && isLatinNameByte(byte(prev)) && isLatinNameByte(byte(r)) {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
		prev = r
	}
	return b.String()
}

// namesName reports whether a text (squashed) names a subject (squashed), also when the reader
// ran a name and its version together (「claude4」 for 「Claude 4」).
func namesName(text, name string) bool {
	if mentions(text, name) {
		return true
	}
	var b strings.Builder
	for i := 0; i < len(name); i++ {
		if i > 0 && name[i] >= '0' && name[i] <= '9' && name[i-1] >= 'a' && name[i-1] <= 'z' {
			b.WriteByte(' ')
		}
		b.WriteByte(name[i])
	}
	return b.Len() != len(name) && mentions(text, b.String())
}

// mentions reports whether a text (squashed) names a subject (squashed): as a whole word when
// it is Latin, so 「gpt 4」 is not found in 「gpt 4o」 or 「gpt 4.5」.
func mentions(text, name string) bool {
	if name == "" {
		return false
	}
	latin := isLatinNameByte(name[0]) || isLatinNameByte(name[len(name)-1])
	for from := 0; from < len(text); {
		i := strings.Index(text[from:], name)
		if i < 0 {
			return false
		}
		i += from
		end := i + len(name)
		from = i + 1
		if !latin {
			return true
		}
		if i > 0 && isLatinNameByte(text[i-1]) && isLatinNameByte(name[0]) {
			continue
		}
		if end < len(text) && isLatinNameByte(name[len(name)-1]) {
			if isLatinNameByte(text[end]) {
				continue
			}
			if text[end] == '.' && end+1 < len(text) && isLatinNameByte(text[end+1]) {
				continue
			}
			// Nor a model's name before a tier of another model: 「o3」 in 「o3 mini」.
			if text[end] == ' ' && tierAfter.MatchString(text[end+1:]) && !tierAfter.MatchString(name) {
				continue
			}
		}
		return true
	}
	return false
}

// tierAfter opens the tier word that makes a model's name another model's (「o3 mini」「r1 zero」), or a
// benchmark's or a metric's another one's (「mmlu redux」「pass@1 cot」).
var tierAfter = regexp.MustCompile(`^(mini|zero|nano|pro|flash|lite|turbo|preview|max|ultra|redux|cot)\b`)

// about reports whether a candidate sentence is about the question's subject: it names it, or
// its section is the subject's entry or names it in its title (「2023 年 3 月：GPT-4」).
// The second result says whether the sentence's section is the subject's, the third whether
// the sentence itself names the subject.
func (a asked) about(c *candidate, h retriever.Hit) (sentence, section, names bool) {
	text, title := c.squashed, squash(shortTitle(h.Title))
	for _, n := range a.subject {
		if namesName(outside(text, a.longer[n]), n) {
			names = true
			break
		}
	}
	// (The FAQ answer written for this very question is the subject's too: its 「根本原因在于
	// 模型的工作方式」 answers 「为啥一本正经地胡说八道」 without naming 幻觉. Not any section
	// whose 常见问法 it matches: the MoE section's Mixtral is not DeepSeek-V3.)
	section = slices.Contains(a.anchors, h.Anchor) || strings.HasPrefix(a.answers, "faq-") && h.Anchor == a.answers
	for _, n := range a.subject {
		if !section && namesName(outside(title, a.longer[n]), n) && !insideLongerName(title, n) {
			section = true
		}
	}
	return names || section, section, names
}

// longerNames finds, for each name of a subject, the names of other entries that hold it
// (「循环神经网络」「卷积神经网络」 for 「神经网络」, 「recurrent neural network」 for 「neural
// network」).
func longerNames(ix *retriever.Index, subject, anchors []string) map[string][]string {
	if len(subject) == 0 {
		return nil
	}
	out := map[string][]string{}
	seen := map[string]bool{}
	for _, p := range ix.Passages() {
		if !strings.HasPrefix(p.Anchor, "term-") || seen[p.Title] || slices.Contains(anchors, p.Anchor) {
			continue
		}
		seen[p.Title] = true
		// (A cheap look first: most titles hold none of the subject's names.)
		low := strings.ToLower(p.Title)
		if !slices.ContainsFunc(subject, func(n string) bool { return strings.Contains(low, n) }) {
			continue
		}
		for _, name := range names(p.Title) {
			name = squash(name)
			for _, n := range subject {
				if name != n && mentions(name, n) && !slices.Contains(out[n], name) {
					out[n] = append(out[n], name)
				}
			}
		}
	}
	for _, ns := range out {
		slices.SortFunc(ns, func(x, y string) int { return len(y) - len(x) })
	}
	return out
}

// outside is a text with the given names blanked out.
func outside(text string, names []string) string {
	for _, n := range names {
		text = strings.ReplaceAll(text, n, "\x00")
	}
	return text
}

// insideLongerName reports whether a Chinese name stands in a title only as part of a longer
// one: 越狱 in 「gray swan 越狱竞技场」, an entry on a contest, not on jailbreaks.
func insideLongerName(title, name string) bool {
	i := strings.Index(title, name)
	if i <= 0 {
		return false
	}
	if !strings.ContainsFunc(name, isHanRune) {
		// An English name ends a longer one in the gloss: 「alignment」 in 「审慎对齐（deliberative
		// alignment）」. (Not the short name after the long one: 「rag」 in 「…（retrieval augmented
		// generation, rag）」.)
		open := max(strings.LastIndex(title[:i], "（"), strings.LastIndex(title[:i], "("))
		if open < 0 {
			return false
		}
		before := title[open:i]
		return strings.HasSuffix(before, " ") && !strings.ContainsAny(before, ",，")
	}
	// (Or at the end of an entry's name, before its English one: 对齐 in 「审慎对齐（Deliberative
	// Alignment）」, an entry on one method of it. Not after a word that joins two names, nor
	// in a heading that is a sentence: 「为什么会产生幻觉」.)
	p, _ := utf8.DecodeLastRuneInString(title[:i])
	r, _ := utf8.DecodeRuneInString(title[i+len(name):])
	return isHanRune(r) || isHanRune(p) && (r == '（' || r == '(') && !strings.ContainsRune("与和及或、的：之", p)
}

func isHanRune(r rune) bool { return unicode.Is(unicode.Han, r) }

// undisclosed says that a fact is not public: an answer too (「架构：未公开」).
var undisclosed = regexp.MustCompile(`未公开|没有公布|不公开|未披露`)

// statesAspect says how plainly a sentence states one of the aspects the question asks about:
// 1 when it is the entry's field for it and says it (or that it is not public), ½ when it
// says it in so many words or is the field but says no such thing (「不开放权重」
// has the words of a licence, but only the field is sure to be about the licence).
func (a asked) statesAspect(c *candidate) float64 {
	out := 0.0
	for _, i := range a.aspects {
		as := aspects[i]
		switch {
		case c.field != "" && as.field.MatchString(c.field) && (as.sentence == nil || as.sentence.MatchString(c.norm) || undisclosed.MatchString(c.norm)):
			return 1
		case c.field != "" && as.field.MatchString(c.field):
			// Llama 3's 「架构：仅解码器的稠密模型……」 is the field, but says no size.
			out = max(out, 0.5)
		case c.field == "" && as.sentence != nil && as.sentence.MatchString(c.norm):
			out = 0.5
		}
	}
	return out
}

// label is the name a quoted sentence's section goes by above it: the section's own name, with
// the other name the reader used for it (「长短期记忆网络（LSTM）」 for 「lstm 解决了什么问题」),
// not its whole title (「长短期记忆网络（Long Short-Term Memory, LSTM）」), which would fill a
// phone's first lines.
func (a asked) label(title string) string {
	ns := names(title)
	if len(ns) == 1 {
		return shortTitle(title)
	}
	out := ns[0]
	for _, n := range ns[1:] {
		if !isName(n) {
			continue // 「含 R1-Zero 与蒸馏模型」 qualifies the title, it is no other name
		}
		if slices.ContainsFunc(a.said, func(s string) bool { return namesName(squash(n), s) }) && !strings.Contains(squash(out), squash(n)) {
			return out + "（" + n + "）"
		}
	}
	return out
}

// names reports whether a sentence names an entry the way the question named it (「o1」 for
// OpenAI o1).
func (a asked) names(c candidate, anchor string) bool {
	text := c.squashed
	for _, n := range a.saidFor[anchor] {
		if namesName(text, n) {
			return true
		}
		// (A name written with its Chinese word of kind joined on, 「top-k采样」, is named by
		// its English head: 「Top-k 则只保留……」.)
		if head := latinHead(n); utf8.RuneCountInString(head) >= 3 && namesName(text, head) {
			return true
		}
	}
	return false
}

// ownNames are the names the question gave its subject, less its makers' (「openai」 of
// 「openai发的那个系统卡」).
func (a asked) ownNames() []string {
	var out []string
	for _, n := range a.said {
		if !retriever.IsMaker(n) {
			out = append(out, n)
		}
	}
	return out
}

// wordsBesides are the English words of three letters or more a question asks with, outside
// some names (its subject's entries'): 「harmony」 of 「gpt-oss 用的 harmony 是什么」.
func (a asked) wordsBesides(names []string) []string {
	var out []string
	for _, w := range a.words {
		if len(w) < 3 || !latinWritten(w) || slices.ContainsFunc(names, func(n string) bool { return strings.Contains(n, w) }) {
			continue
		}
		out = append(out, w)
	}
	return out
}

// latinHead is the Latin words a name opens with, before a Chinese word joined to them
// (「top k」 of 「top k采样」); "" when it opens in Chinese or is Latin throughout.
func latinHead(n string) string {
	i := strings.IndexFunc(n, func(r rune) bool { return r >= utf8.RuneSelf })
	if i <= 0 {
		return ""
	}
	return strings.TrimSpace(n[:i])
}

// shownName is the first name of a subject a question gives, as the reader wrote it.
func shownName(about retriever.About) string {
	low := strings.ToLower(about.Text)
	for _, n := range about.Names {
		if n.End <= len(low) && n.Spec >= minSubjectSpec && !askedOf[low[n.Start:n.End]] && !domainWords[low[n.Start:n.End]] {
			start, end := widenLatin(low, n.Start, n.End)
			return strings.TrimSpace(about.Text[start:end])
		}
	}
	return ""
}

// missingFact names, for the kinds of question that ask for one fact, what the answer lacks
// when no sentence found gives it.
var missingFact = map[kind]string{kindCount: "的具体数字", kindWhen: "的时间", kindWho: "出自谁"}

// parenthesized is a term's gloss (「幻觉（Hallucination）」): no name of a maker.
var parenthesized = regexp.MustCompile(`（[^（）]*）|\([^()]*\)`)

// mayState finds what might be the fact a question asks for, in any words.
var mayState = map[kind]*regexp.Regexp{
	// A number that is not a date nor part of a name (「GPT-3.5」).
	kindCount: regexp.MustCompile(`(^|[^A-Za-z0-9.\-])\d[\d,.]*\s*([^\d\s年月日,.]|$)|[一二三四五六七八九十两百千万亿]+\s*[个道题种层项类步章倍位条款家张块]`),
	kindWhen:  regexp.MustCompile(`\d{4}\s*年|\d{1,2}\s*月|年代|世纪`),
	kindWho:   regexp.MustCompile(`[A-Z][A-Za-z]+|公司|团队|实验室|大学|研究院|研究者|等人|发布方|出自|由`),
}

// missing says, before an answer to a how-many, when or who question about a subject, that the
// passages found do not give that fact of it, when none of the direct sentences does: the
// reader then knows the sentences that follow are what the report says around it, not the
// fact (「报告里没有找到 GPT-4 的这个数字，相关内容是：」).
func (a asked) missing(cs []candidate, hits []retriever.Hit, direct []int) string {
	what, ok := missingFact[a.kind]
	if !ok || len(a.subject) == 0 || a.shown == "" {
		return ""
	}
	// Said only when sure: no direct sentence has any number (any date, any name), which might
	// be the fact in words the cues do not know, and no other sentence found about the subject
	// gives the fact.
	// (A how-much question that says what is measured, 「要多大显存」, is answered only by a
	// sentence that gives that measure: Qwen's sizes in parameters say nothing of memory.)
	may := mayState[a.kind]
	if a.kind == kindCount && a.counted == memoryAmount {
		may = memoryAmount
	}
	// (Of a model the conversation is about, a figure in a sentence that neither names it nor
	// stands in its entry is another's: 「它训练花了多少钱」 after DeepSeek-R1 is given DeepSeek-V3's
	// cost, which the FAQ on training costs states, and is told the report has none of R1's. A
	// question that names the model itself is asked in the words of the sentences found.)
	ofModel := a.carried && slices.ContainsFunc(a.anchors, func(an string) bool { return strings.HasPrefix(an, "model-") })
	another := func(c candidate) bool {
		return ofModel && !c.namesSubject && !slices.Contains(a.anchors, hits[c.hit].Anchor)
	}
	for _, i := range direct {
		if another(cs[i]) {
			continue
		}
		if cs[i].states || may.MatchString(parenthesized.ReplaceAllString(cs[i].text, "")) {
			return ""
		}
	}
	for _, c := range cs {
		if (c.onSubject || c.measured) && c.states && !another(c) {
			return ""
		}
	}
	name := a.shown
	if r, _ := utf8.DecodeRuneInString(name); r < 0x80 {
		name = " " + name // the report sets Latin names apart from Chinese with a space
	}
	if r, _ := utf8.DecodeLastRuneInString(name); r < 0x80 {
		name += " "
	}
	return "报告里没有找到" + name + what + "，相关内容是：\n\n"
}

// namedGroups returns the names of every thing the question asks about that a sentence names,
// under any of its names: what the sentence says of the subject, whichever name it uses.
func (a asked) namedGroups(c *candidate) []string {
	text := c.squashed
	var out []string
	for _, g := range a.groups {
		if slices.ContainsFunc(g, func(n string) bool { return namesName(text, n) }) {
			out = append(out, g...)
		}
	}
	return out
}

// members are the names the reader gave that an entry's title includes as a part of it
// (「DeepSeek-R1（含 R1-Zero 与蒸馏模型）」「Llama 3（含 3.1、3.2、3.3）」): the question is
// about that part, and its entry's other sentences are about the whole.
func (a asked) members(hits []retriever.Hit) []string {
	var out []string
	for _, h := range hits {
		whole, inner, ok := strings.Cut(shortTitle(h.Title), "（含")
		if !ok {
			continue
		}
		whole = squash(whole)
		for _, item := range memberSep.Split(strings.TrimSuffix(inner, "）"), -1) {
			item = squash(item)
			for _, n := range a.said {
				// (A whole item: 「qwen3」 is no member of Qwen3.5's 「Qwen3-Next」; 「llama 3.1」
				// is Llama 3's 「3.1」.)
				if item != "" && (n == item || strings.HasSuffix(n, " "+item)) && !namesName(whole, n) && !slices.Contains(out, n) {
					out = append(out, n)
				}
			}
		}
	}
	return out
}

var memberSep = regexp.MustCompile(`[、，,与和及]`)

// saysReadersName reports whether a sentence uses a name the reader gave its subject (or the
// reader gave none that the sentence could use).
func (a asked) saysReadersName(c candidate) bool {
	if len(a.said) == 0 {
		return true
	}
	text := c.squashed
	return slices.ContainsFunc(a.said, func(n string) bool { return namesName(text, n) })
}

// listOfOthers reports whether a candidate is a list whose items are about several things and
// only some of them about the subject (「几个后缀含义如下：Diamond……Pro……Redux……」 for a
// question on MMLU-Pro): its item about the subject answers, the list does not.
func (a asked) listOfOthers(c *candidate) bool {
	parts := c.parts
	if len(parts) < 3 {
		// A list written inline: 「对齐失败有几种常见表现：……即越狱；……即提示注入；……」.
		// (Or with no heading: 「可以本地部署……；可以做微调或低秩适配……；可以量化……」 says
		// what open weights allow, one item of which is LoRA.)
		head, body, ok := strings.Cut(c.text, "：")
		if !ok {
			head, body = "", c.text
		}
		if items := strings.Split(strings.TrimRight(body, "。"), "；"); len(items) >= 3 {
			parts = append([]string{head}, items...)
		}
	}
	if len(parts) < 3 || len(a.said) == 0 {
		return false
	}
	about := func(s string) bool {
		text := squash(retriever.Normalize(s))
		return slices.ContainsFunc(a.said, func(n string) bool { return namesName(text, n) })
	}
	if about(parts[0]) {
		return false // the list is announced as the subject's
	}
	n := 0
	for _, item := range parts[1:] {
		if about(item) {
			n++
		}
	}
	return n > 0 && n < len(parts)-1
}

// isName reports whether a part of a title's parenthesis is another name of its subject, not a
// qualifier: 「Llama 3（含 3.1、3.2、3.3）」 gives 3.2, which names nothing alone, and 「含 R1-Zero
// 与蒸馏模型」 says what the entry covers.
func isName(n string) bool {
	return !strings.HasPrefix(n, "含") && !strings.HasPrefix(n, "及") && strings.ContainsFunc(n, unicode.IsLetter)
}

// containerRe follows a name that only says where the subject is: 「跑分里的多数投票是啥意思」
// asks about majority voting, not about benchmarks; so does 「系统卡里not_unsafe是啥」, a bare 里
// run into a Latin name. (Not one set apart by spaces: in 「word2vec 里 King 减 Man」 the
// example is word2vec's.)
// (Nor does a quotation mark before the subject, or a word for what kind of thing the name is:
// 「Transformer结构中的“注意力机制”」. Not 「报告里的」: 「DeepSeek-R1 报告里的 pass@1」 is R1's.)
var containerRe = regexp.MustCompile(`^\s*(?:结构|架构|模型|框架|\p{Han})?(` + containerMark.String() + `)\s*[“"「『']?\s*(\p{Han}{2}|[a-z0-9][a-z0-9@._-])|^[里中][a-z][a-z0-9@._-]`)

// withoutContainers drops from a question's subject the names that only say where the subject
// is, when the question names them so (「X 里的 Y」), or by a bare 里 before another name
// (「api里温度这个设置是干啥的」 asks about temperature).
func withoutContainers(about retriever.About, subject, anchors []string) (_, _, containers []string) {
	return withoutNames(about, subject, anchors, nil, func(low string, n retriever.NameSpan) bool {
		if containerRe.MatchString(low[n.End:]) {
			return true
		}
		inside := n.End + len("里")
		return strings.HasPrefix(low[n.End:], "里") && slices.ContainsFunc(about.Names, func(o retriever.NameSpan) bool {
			return o.Start == inside && o.Anchor != n.Anchor
		})
	})
}

// appositionRe is what stands between a name and the kind of thing it is: 「gpqa这个基准测试」
// 「ARC-AGI 这个 benchmark」. (Not nothing, nor 那个: 「chatbot arena排行榜」「大模型竞技场那个排行榜」
// are the arena's leaderboard.)
var appositionRe = regexp.MustCompile(`^\s*(?:这个|这种|这类|这一|这款|这套|这项)\s*$`)

// withoutApposition drops from a question's subject a concept named right after a benchmark,
// a model or a method as the kind of thing it is (「gpqa这个基准测试考什么」): the question is
// about GPQA, and the entry on benchmarks says nothing of it.
func withoutApposition(about retriever.About, subject, anchors, containers []string) (_, _, _ []string) {
	return withoutNames(about, subject, anchors, containers, func(low string, n retriever.NameSpan) bool {
		return strings.HasPrefix(n.Anchor, "term-") && slices.ContainsFunc(about.Names, func(o retriever.NameSpan) bool {
			return !strings.HasPrefix(o.Anchor, "term-") && o.End <= n.Start && appositionRe.MatchString(low[o.End:n.Start])
		})
	})
}

// sentToRe ends the words that send something to a service: 「把公司资料发给」「上传到」.
var sentToRe = regexp.MustCompile(`(发给|发到|传给|传到|喂给|贴给|贴到|丢给|上传给|上传到)\s*$`)

// withoutRecipients drops from a question's subject the names of the model or product the
// reader sends things to (「我把公司资料发给 chatgpt 安全吗」): the question is about what is
// sent, and any chat service would do; the names then count as containers do. (Not a concept:
// 「把图片喂给语言模型」 is about how the model reads it.)
func withoutRecipients(about retriever.About, subject, anchors, containers []string) (_, _, _ []string) {
	return withoutNames(about, subject, anchors, containers, func(low string, n retriever.NameSpan) bool {
		return sentToRe.MatchString(low[:n.Start]) && productAnchor(n.Anchor)
	})
}

// productAnchor reports whether an entry is a model's or a product's milestone: what a reader
// sends things to or puts to use.
func productAnchor(a string) bool {
	return strings.HasPrefix(a, "model") || strings.HasPrefix(a, "history-")
}

// withoutTools drops from a question's subject the names of the model or product the reader
// puts to use (「孩子几岁能用chatgpt」), when the question asks what a FAQ's 「常见问法」 asks
// of AI in general (「孩子可以用 AI 聊天吗？」): any chat service would do, and the product's
// launch is no answer. (Not otherwise: 「用gpt4o写代码咋样」 asks about GPT-4o.)
func withoutTools(about retriever.About, subject, anchors, containers []string) (_, _, _ []string) {
	return withoutNames(about, subject, anchors, containers, func(low string, n retriever.NameSpan) bool {
		return retriever.PutToUse(low[:n.Start]) && productAnchor(n.Anchor)
	})
}

// withoutNames drops from a question's subject and anchors each name the question names so
// that drop says it is no subject, and adds it to the containers.
func withoutNames(about retriever.About, subject, anchors, containers []string, drop func(low string, n retriever.NameSpan) bool) (_, _, _ []string) {
	low := strings.ToLower(about.Text)
	for _, n := range about.Names {
		if n.Start > n.End || n.End > len(low) || !drop(low, n) {
			continue
		}
		name := squash(low[n.Start:n.End])
		subject = slices.DeleteFunc(subject, func(s string) bool { return s == name })
		anchors = slices.DeleteFunc(anchors, func(a string) bool { return a == n.Anchor })
		containers = append(containers, low[n.Start:n.End])
	}
	return subject, anchors, containers
}

// measuredAgainstRe finds the clause of what a thing is measured against (see againstRe).
var measuredAgainstRe = regexp.MustCompile(measuredAgainst)

// withoutMeasuredAgainst drops from the subject of 「X 跟 Y 比有啥好处」 the names of Y (see
// withoutClause).
func withoutMeasuredAgainst(about retriever.About, subject, anchors, containers []string) (_, _, _ []string) {
	return withoutClause(about, measuredAgainstRe, subject, anchors, containers)
}

// withoutClause drops from the subject the names that stand in the first clause re finds,
// while a name before that clause stays the subject; they become containers.
func withoutClause(about retriever.About, re *regexp.Regexp, subject, anchors, containers []string) (_, _, _ []string) {
	low := strings.ToLower(about.Text)
	loc := re.FindStringIndex(low)
	if loc == nil {
		return subject, anchors, containers
	}
	keeps := slices.ContainsFunc(about.Names, func(n retriever.NameSpan) bool {
		return n.End <= loc[0] && slices.Contains(subject, squash(low[n.Start:n.End]))
	})
	if !keeps {
		return subject, anchors, containers
	}
	return withoutNames(about, subject, anchors, containers, func(_ string, n retriever.NameSpan) bool {
		return n.Start >= loc[0] && n.End <= loc[1]
	})
}

// relatedRe is a clause of its own that asks how the subject is related to another thing
// (「，和openai有啥关系」).
var relatedRe = regexp.MustCompile(`(^|[，,。？?！!；;\s])(跟|和|与|同)[^，,。？?！!；;\s]{1,24}?(有|有没有)(啥|什么)?(关系|关联|联系)`)

// withoutRelated drops from the subject the names of a clause that asks how the subject is
// related to another thing: 「claude是哪家公司的？和openai有啥关系」 asks who makes Claude, and
// OpenAI's sections (its QuantBench 「出自：OpenAI 整理」) say nothing of it. (The other thing,
// put as a container, still counts in a sentence that says how they are related.)
func withoutRelated(about retriever.About, subject, anchors, containers []string) (_, _, _ []string) {
	return withoutClause(about, relatedRe, subject, anchors, containers)
}

// withoutComparator drops from the subject of 「X 比 Y 好在哪」 the names of Y, which the question
// measures X against: what DPO does better than RLHF is said of DPO. (Only while a name before
// 「比」 stays the subject.)
func withoutComparator(about retriever.About, cue string, subject, anchors, containers []string) (_, _, _ []string) {
	low := strings.ToLower(about.Text)
	at := strings.Index(low, "比")
	if !strings.HasPrefix(cue, "比") || at < 0 {
		return subject, anchors, containers
	}
	var before, after []retriever.NameSpan
	for _, n := range about.Names {
		if n.End > len(low) {
			continue
		}
		if n.Start < at {
			before = append(before, n)
		} else {
			after = append(after, n)
		}
	}
	keeps := slices.ContainsFunc(before, func(n retriever.NameSpan) bool {
		return slices.Contains(subject, squash(low[n.Start:n.End]))
	})
	if !keeps {
		return subject, anchors, containers
	}
	for _, n := range after {
		name := squash(low[n.Start:n.End])
		if slices.ContainsFunc(before, func(b retriever.NameSpan) bool { return b.Anchor == n.Anchor }) {
			continue // 「mmlu-pro 比 mmlu」 may name one entry twice
		}
		subject = slices.DeleteFunc(subject, func(s string) bool { return s == name })
		anchors = slices.DeleteFunc(anchors, func(a string) bool { return a == n.Anchor })
		containers = append(containers, low[n.Start:n.End])
	}
	return subject, anchors, containers
}

// beganRe asks when a thing began (「最早」「开始有」「起源」).
var beganRe = regexp.MustCompile(`最早|最初|开始有|起源|诞生|由来|来历`)

// askedWhenBegan reports whether a question asks when what it names began, said after the name
// (「人工智能最早是啥时候开始有的」): not which was the first of its kind, 「最早的语言模型是啥时候有的」,
// which the history of language models answers, not the entry's definition.
func askedWhenBegan(about retriever.About) bool {
	low := strings.ToLower(about.Text)
	loc := beganRe.FindStringIndex(low)
	if loc == nil || strings.HasPrefix(low[loc[1]:], "的") {
		return false
	}
	return slices.ContainsFunc(about.Names, func(n retriever.NameSpan) bool { return n.End <= loc[0] && domainWords[low[n.Start:n.End]] })
}

// wordItself calls what the question names a word or a name: it asks about the word.
var wordItself = regexp.MustCompile(`这个(词|词儿|名字|名称|说法|叫法)|这(一|个)?称呼|一词`)

// domainSubject returns the name and entry of a word for the report's whole field (「llm」
// 「大模型」「人工智能」) that a question names as an entry, when it names nothing else.
func domainSubject(about retriever.About) (names, anchors []string) {
	low := strings.ToLower(about.Text)
	for _, n := range about.Names {
		if n.End > len(low) || n.Spec < minSubjectSpec || !domainWords[low[n.Start:n.End]] {
			continue
		}
		if name := squash(low[n.Start:n.End]); !slices.Contains(names, name) {
			names = append(names, name)
		}
		if !slices.Contains(anchors, n.Anchor) {
			anchors = append(anchors, n.Anchor)
		}
	}
	if len(anchors) != 1 {
		return nil, nil // several (「ai 和大模型是一回事吗」): no one subject
	}
	return names, anchors
}

// namesSubjectItself reports whether the question writes a name of its subject, rather than
// describing it in words the thesaurus read as the subject.
func (a asked) namesSubjectItself() bool {
	q := squash(a.text)
	return slices.ContainsFunc(a.subject, func(n string) bool { return strings.Contains(q, n) })
}

// weighsChoice reports whether the question asks which of two ways is worth it (choiceAsk).
func (a asked) weighsChoice() bool { return choiceAsk.MatchString(retriever.Normalize(a.text)) }

// namedIn returns those of anchors that the clause names by the names the question gave them,
// in the clause's order.
func (a asked) namedIn(clause string, anchors []string) []string {
	text := squash(clause)
	at := map[string]int{}
	var out []string
	for _, an := range anchors {
		first := -1
		for _, n := range a.saidFor[an] {
			if i := strings.Index(text, n); n != "" && i >= 0 && (first < 0 || i < first) {
				first = i
			}
		}
		if first >= 0 {
			at[an] = first
			out = append(out, an)
		}
	}
	slices.SortStableFunc(out, func(x, y string) int { return at[x] - at[y] })
	return out
}
