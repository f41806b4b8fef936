package tutor

import (
	"fmt"
	"maps"
	"math"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"llmtutor/corpus"
	"llmtutor/retriever"
)

// How the offline answer is laid out: a direct answer of one to three sentences chosen for the
// kind of question, at most two short supporting excerpts, then the rest of what was found
// under 「更多原文」, a section the chat can fold.
const (
	minAnswerRunes   = 20  // a shorter sentence rarely answers alone
	maxListItems     = 5   // list items read with the sentence that announces them
	maxDirect        = 2   // sentences that answer (a comparison adds one per side and the contrast)
	maxSupport       = 2   // supporting excerpts
	maxSupportRunes  = 160 // a longer sentence is no short excerpt
	maxDirectRunes   = 220 // the direct answer's length before a second sentence is left out
	minSecondOverlap = 0.3 // and share this much of what the question is about
	roomyRunes       = 90  // a first sentence this short leaves room for a second
	terseRunes       = 30  // and one this short is read with the sentence after it
	roomyShare       = 0.5 // which then needs only this share of its score
	secondShare      = 0.7 // a second direct sentence must score this share of the first
	supportShare     = 0.45
	clauseShare      = 0.85 // a fact past an analogy's limit opens instead of the limit at this share of its score
	// MoreHeading opens the folded part of an offline answer: the quotes that did not make the
	// direct answer, for the reader who wants the context.
	MoreHeading = "**更多原文**"
)

// candidate is a sentence of a retrieved passage that might be quoted.
type candidate struct {
	text    string   // as written in the answer
	parts   []string // the report's sentences it is made of: a list joins its announcement and items
	hit     int      // rank of its passage
	pos     int      // place in the passage
	lead    bool
	analogy bool
	defines bool   // names the section's subject, then says what it is: 「GPQA Diamond 是……」
	field   string // the field name of a key-facts list item
	// onSubject: the sentence is about what the question asks about (it names it, or its
	// section is the subject's)
	onSubject      bool
	measured       bool // it gives the measure asked for in a section the question names (measuredAside)
	subjectSection bool // its section is the subject's
	namesSubject   bool // it names the subject itself
	// states: it gives the fact a how-many, when or who question asks, of the subject
	states bool
	aside  bool // the limit of an analogy, or what a term means to readers: context, not answer
	// of: for a clause read alone (asideClauses, laterClauses), the sentence it is cut from
	of   string
	row  bool   // a table row, read with its header
	norm string // the text as the cues read it (retriever.Normalize)
	// squashed is norm as names are matched in it (see squash)
	squashed string
	// setAside: a chapter's overview of itself or a pointer elsewhere, no answer
	setAside bool
	// worked: a sentence of a worked example (「例子：10 道题里，模型答对 6 道……」), whose
	// numbers are made up to show how a metric is computed
	worked bool
	terms  []string
	// cues holds, bit k set, whether sentenceCues[k] reads the sentence as an answer of kind k
	// (read once, when its passage is first read: see passageCandidates).
	cues    uint32
	overlap float64 // share of the question's content it shares, by weight
	score   float64
}

// composer builds one offline answer: it numbers sections in reading order as it writes them.
type composer struct {
	ask     asked
	hits    []retriever.Hit
	b       strings.Builder
	numbers map[string]int // section anchor → citation number
	order   []string       // anchors in citation order
	quotes  map[string][]string
	more    map[string][]string // sentences quoted only under 「更多原文」
	quoted  map[int]bool        // hits with a quoted sentence
	shown   map[string]bool     // sentences already in the answer
	cut     map[string]bool     // sentences one of whose clauses is in the answer
}

func newComposer(a asked, hits []retriever.Hit) *composer {
	return &composer{ask: a, hits: hits, numbers: map[string]int{}, quotes: map[string][]string{},
		more: map[string][]string{}, quoted: map[int]bool{}, shown: map[string]bool{}, cut: map[string]bool{}}
}

// cite returns the marker of a quoted sentence, numbering its section on first use.
func (c *composer) cite(cd candidate, folded bool) string {
	h := c.hits[cd.hit]
	n, ok := c.numbers[h.Anchor]
	if !ok {
		n = len(c.order) + 1
		c.numbers[h.Anchor] = n
		c.order = append(c.order, h.Anchor)
	}
	c.quoted[cd.hit] = true
	parts := cd.parts
	if len(parts) == 0 {
		parts = []string{cd.text}
	}
	c.shown[cd.text] = true
	if cd.of != "" {
		c.cut[cd.of] = true
	}
	for _, p := range parts {
		c.shown[p] = true
	}
	if folded {
		c.more[h.Anchor] = append(c.more[h.Anchor], parts...)
	} else {
		c.quotes[h.Anchor] = append(c.quotes[h.Anchor], parts...)
	}
	return fmt.Sprintf(" [%d]", n)
}

// citations lists one citation per cited section, in marker order: the text and highlight of
// every quoted passage of the section, and the quoted sentences (those of the answer proper if
// any, else those under 「更多原文」), one a line.
func (c *composer) citations() []Citation {
	out := make([]Citation, 0, len(c.order))
	for i, anchor := range c.order {
		var ps []retriever.Hit
		for j, h := range c.hits {
			if h.Anchor == anchor && c.quoted[j] {
				ps = append(ps, h)
			}
		}
		sort.SliceStable(ps, func(a, b int) bool { return blockNumber(ps[a].ID) < blockNumber(ps[b].ID) })
		merged := ps[0].Passage
		var texts []string
		merged.BlockIDs = nil
		for _, p := range ps {
			texts = append(texts, p.Text)
			for _, id := range p.BlockIDs {
				if !slices.Contains(merged.BlockIDs, id) {
					merged.BlockIDs = append(merged.BlockIDs, id)
				}
			}
		}
		q := c.quotes[anchor]
		if len(q) == 0 {
			q = c.more[anchor]
		}
		out = append(out, Citation{N: i + 1, Anchor: anchor, Title: merged.Title, URL: merged.URL(),
			Text: strings.Join(texts, "\n"), Quote: strings.Join(q, "\n"), Figure: merged.Figure, Supported: true})
	}
	return out
}

// asideClauses returns the clauses of the limit of an analogy that leave the analogy behind:
// what follows the colon of its first clause (「……可能带来副作用：在窄领域训练过头，模型可能忘掉
// 一些原有能力」), and each later clause. Each is the report's text as written, without the
// semicolon that ends it.
func asideClauses(s string) []string {
	var out []string
	for i, clause := range strings.Split(strings.TrimRight(s, "。；"), "；") {
		if i == 0 {
			_, after, ok := strings.Cut(clause, "：")
			if !ok {
				continue
			}
			clause = after
		}
		if utf8.RuneCountInString(clause) >= minAnswerRunes && !asideRe.MatchString(clause) {
			out = append(out, clause)
		}
	}
	return out
}

// clauseGoesOn opens a clause that goes on from the one before it (「于是改为……」「作者改为
// ……」 says what was done instead of what the clause before says was not), or whose subject is
// the first clause's (「可以做微调或低秩适配」 of 「权重下载到本地后，……」).
var clauseGoesOn = regexp.MustCompile(`^(于是|作者|并且|并|也|还|又|再|从而|进而|以至于|以便|反而|甚至|按此|据此|照此|为此|对此|由此|可以|可|能够|能|会|需要|要|应该|应|必须|不能|不会|无法|不必|不用|只能|只要|就|便|都|才)`)

// enumerator opens an item of a list said in one sentence: 「一是……；二是……」.
var enumerator = regexp.MustCompile(`^(?:[一二三四五六七八九]是|其[一二三四五]，?|第[一二三四五]，)`)

// withoutOverlaps drops from direct a sentence already there as a clause of it, or a clause of a
// sentence already there: 「2017 年的 Transformer 正是为……」 and the sentence it is cut from say
// the same.
func withoutOverlaps(cs []candidate, direct []int) []int {
	out := direct[:0:0]
	for _, d := range direct {
		if !slices.ContainsFunc(out, func(o int) bool {
			return cs[o].of != "" && cs[o].of == cs[d].text || cs[d].of != "" && cs[d].of == cs[o].text
		}) {
			out = append(out, d)
		}
	}
	return out
}

// longSentenceRunes is how long a sentence must be for its later clauses to answer alone.
const longSentenceRunes = 110

// laterClauses returns the clauses after the first of a sentence of clauses separated by 「；」,
// each long enough to answer alone, without the semicolon.
func laterClauses(s string) []string {
	var out []string
	for i, clause := range strings.Split(strings.TrimRight(s, "。；"), "；") {
		// (Without its number: 「二是不断换新题」 reads alone as 「不断换新题」.)
		clause = enumerator.ReplaceAllString(clause, "")
		if i > 0 && utf8.RuneCountInString(clause) >= minAnswerRunes && !dependentRe.MatchString(clause) && !clauseGoesOn.MatchString(clause) {
			out = append(out, clause)
		}
	}
	return out
}

// tableRows ends the ID of a passage made of a table's rows: "…-p3-r1-12".
var tableRows = regexp.MustCompile(`-r\d+-\d+$`)

// label names the entry of a key fact or a table row quoted under another section's answer:
// 「出自：……」 alone would read as the first entry's.
func (c *composer) label(cd candidate, shownAnchor string) string {
	h := c.hits[cd.hit]
	if (cd.field == "" && !cd.row) || h.Anchor == shownAnchor {
		return ""
	}
	return "**" + c.ask.label(h.Title) + "**："
}

// candidates splits the retrieved passages into sentences. Invented sample items
// (「示例（自拟）」) are left out: they show what a benchmark asks, they answer nothing. A
// passage's sentences are read from sc when it holds them (sc may be nil).
func candidates(hits []retriever.Hit, tokens tokenCache, sc *sentenceCache) []candidate {
	var out []candidate
	for i, h := range hits {
		if h.Example {
			continue
		}
		for _, cd := range sc.of(h, tokens) {
			cd.hit = i
			out = append(out, cd)
		}
	}
	return out
}

// sentenceCache keeps, by passage, the sentences candidates reads out of it with all that is
// known of each before a question is weighed: a passage reads the same for every question, and
// the passages that answer many questions are read again and again. A Tutor holds one; it is
// safe for concurrent use, and grows to one entry per passage at most.
type sentenceCache struct {
	mu sync.Mutex
	by map[string][]candidate // by passage ID; each candidate's hit is 0
}

func newSentenceCache() *sentenceCache { return &sentenceCache{by: map[string][]candidate{}} }

// of returns the sentences of h's passage, read once. The slice and what its candidates hold
// are shared: callers copy a candidate before they change it. (Of a nil cache, read anew.)
func (sc *sentenceCache) of(h retriever.Hit, tokens tokenCache) []candidate {
	if sc == nil {
		return passageCandidates(h, tokens)
	}
	sc.mu.Lock()
	cs, ok := sc.by[h.ID]
	sc.mu.Unlock()
	if ok {
		return cs
	}
	// (Read outside the lock: two readers of one new passage both read it, and either result
	// is the same.)
	cs = slices.Clip(passageCandidates(h, tokens))
	sc.mu.Lock()
	sc.by[h.ID] = cs
	sc.mu.Unlock()
	return cs
}

// passageCandidates is candidates of one passage, each at hit 0.
func passageCandidates(h retriever.Hit, tokens tokenCache) []candidate {
	// (Read as the first hit: candidates numbers each passage's sentences by its rank.)
	const i = 0
	var out []candidate
	text := h.Text
	table := tableRows.MatchString(h.ID)
	if table {
		// The header row names the columns; each later row is one fact read under it.
		_, text, _ = strings.Cut(text, "\n")
	}
	ss := sentences(text)
	subject := normalizedNames(h.Title)
	// An entry that opens with a key-facts list (「全称：…」「出自：…」) says what it is in the
	// first sentence after the list: that is its subject sentence.
	facts := 0
	worked := false
	for j := 0; j < len(ss); j++ {
		s := ss[j]
		if startsLine(text, s) {
			worked = strings.HasPrefix(s, "例子：")
		}
		parts := []string{s}
		// A sentence that announces a list (「一般流程有四步：」) says nothing without it.
		if strings.HasSuffix(s, "：") || strings.HasSuffix(s, ":") {
			for n := 0; n < maxListItems && j+1 < len(ss) && utf8.RuneCountInString(s) < maxDirectRunes; n++ {
				j++
				parts = append(parts, ss[j])
				s = strings.TrimSuffix(terminateItem(s), "；") + ss[j]
				if !strings.HasSuffix(s, "：") {
					s = terminateItem(s)
				}
			}
			s = strings.TrimSuffix(s, "；")
		}
		aside := asideRe.MatchString(s)
		field := ""
		// Only an entry with a key-facts list has fields: 「实用的办法是：」 in a concept or
		// an answer to a reader's question is a sentence like any other.
		if m := fieldRe.FindStringSubmatch(s); m != nil && hasFacts(h.Anchor) {
			field = m[1]
		}
		norm := retriever.Normalize(s)
		// (A clause that only points to another section by its title, 「……，见我的聊天记录
		// 会被拿去训练吗」, says nothing of its own: its words are the other section's.)
		terms := tokens.of(withoutPointers(s))
		if j == 0 && strings.HasPrefix(h.Anchor, "faq-") && h.Lead != "" && strings.HasPrefix(s, h.Lead) {
			// A reader's question answers under its title: 「取决于你用的是哪家的哪种服务」
			// is the answer to 「我的聊天记录会被拿去训练模型吗」, whose words it need not repeat.
			terms = append(terms, retriever.Tokens(shortTitle(h.Title))...)
		}
		if field != "" || table {
			// A key-facts item or a table row reads under its entry's name: 「题目形式与规模：
			// 4326 道问题」 is SimpleQA's size though it does not say SimpleQA.
			// (Under its own name, not the names it covers too: 「开放程度：……」 of 「DeepSeek-R1（含
			// R1-Zero 与蒸馏模型）」 is R1's, and says nothing of what R1-Zero is.)
			terms = append(terms, retriever.Tokens(qualifierRe.ReplaceAllString(shortTitle(h.Title), ""))...)
		}
		// The list is a block of its own: its sentence after it may open the next passage.
		afterFacts := field == "" &&
			((facts > 0 && facts == j && blockNumber(h.ID) <= 1 && startsLine(text, s)) ||
				(j == 0 && blockNumber(h.ID) == 2 && hasFacts(h.Anchor))) &&
			namesSubject(s, h.Title)
		if field != "" && facts == j {
			facts++
		}
		out = append(out, candidate{text: s, norm: norm, squashed: squashNormalized(norm), parts: parts, hit: i, pos: j, row: table, field: field,
			// (An announcement whose list is in the next passage says nothing here.)
			setAside: isOverview(norm) || isPointer(norm) || strings.HasSuffix(s, "：") || strings.HasSuffix(s, ":"),
			// A key-facts list opens many entries: its 「全称：…」 names, it does not define.
			lead:    (j == 0 && h.Lead != "" && strings.HasPrefix(s, h.Lead) && field == "") || afterFacts,
			defines: definesSubject(norm, subject), worked: worked,
			// (What the subject is, said first, is no analogy though it says 「像……那样」:
			// 「思维树……是……像搜索一棵树那样有选择地前进或回退的方法」.)
			analogy: !aside && isAnalogy(s) && !(j == 0 && definesSubject(norm, subject)), aside: aside, terms: terms})
		// The limit of an analogy often goes on to a fact of its own (「……；研究还发现，模型对长
		// 输入中间部分的信息利用得较差」): each clause past the analogy may answer alone.
		// (A clause read alone stands at its sentence's place and is known by it.)
		clauseOf := func(clause string) candidate {
			n := retriever.Normalize(clause)
			return candidate{text: clause, norm: n, squashed: squashNormalized(n), parts: []string{clause}, of: s, hit: i, pos: j,
				setAside: isOverview(n) || isPointer(n), defines: definesSubject(n, subject), worked: worked,
				analogy: isAnalogy(clause), terms: tokens.of(clause)}
		}
		if aside && len(parts) == 1 {
			for _, clause := range asideClauses(s) {
				out = append(out, clauseOf(clause))
			}
		}
		// A long sentence of clauses (「开放权重没有给的东西同样重要：……；……；许可证可能附带
		// 限制，「能下载」不等于「能随便用」；……」) may hold its answer in a later clause, which
		// reads alone where the whole would push the rest of the answer out of sight.
		if !aside && field == "" && !table && len(parts) == 1 && utf8.RuneCountInString(s) > longSentenceRunes {
			for _, clause := range laterClauses(s) {
				out = append(out, clauseOf(clause))
			}
		}
		// Each item of a list may answer alone: 「Pro：MMLU-Pro 是加难版……」 of a list of
		// four suffixes.
		for k, item := range parts[1:] {
			if utf8.RuneCountInString(item) < minAnswerRunes {
				continue
			}
			itemAside := asideRe.MatchString(item)
			itemNorm := retriever.Normalize(item)
			out = append(out, candidate{text: item, norm: itemNorm, squashed: squashNormalized(itemNorm), parts: []string{item}, hit: i,
				setAside: isOverview(itemNorm) || isPointer(itemNorm), worked: worked,
				pos: j - len(parts) + 2 + k, row: table, defines: definesSubject(itemNorm, subject),
				analogy: !itemAside && isAnalogy(item), aside: itemAside, terms: tokens.of(item)})
		}
	}
	for j := range out {
		out[j].cues = cueMask(out[j].norm)
	}
	return out
}

// cueMask is the set of kinds whose sentenceCues read a normalised sentence as their answer.
func cueMask(norm string) uint32 {
	var m uint32
	for k, re := range sentenceCues {
		if re.MatchString(norm) {
			m |= 1 << k
		}
	}
	return m
}

// says reports whether sentenceCues[k] reads the sentence as an answer of kind k (false for a
// kind with no cue).
func (c candidate) says(k kind) bool { return c.cues&(1<<k) != 0 }

// cued reports whether cue reads the sentence as an answer of kind k: from its cues when cue
// is k's own, else read now (「多少块」 counts blocks, not any number).
func (c candidate) cued(k kind, cue *regexp.Regexp) bool {
	if cue == sentenceCues[k] {
		return c.says(k)
	}
	return cue.MatchString(c.norm)
}

// scoring weighs what makes a sentence the answer. The values were chosen on the project's two
// question sets (eval/), one knob at a time among a few round values, then checked by reading
// the answers; the limit of an analogy and a subject sentence outside 「是什么」 earned no weight.
type scoring struct {
	overlap   float64 // share of the question's content terms (weighted by rarity) it has
	context   float64 // share of the carried subject's terms it has
	rank      float64 // its passage's rank, as 1/(1+rank)
	cue       float64 // reads like an answer of the kind asked (cause, number, date…)
	fact      float64 // the same, for a number, a date or a name, which are unmistakable
	lead      float64 // the section's subject sentence, for 「是什么」 and comparisons
	named     float64 // from the entry the question names most specifically
	named2    float64 // from another entry it names, shared by rank
	short     float64 // penalty for a sentence too short to answer alone
	subject   float64 // about the question's subject, when it names one
	overview  float64 // penalty for a section's overview of itself
	aspect    float64 // states what the question asks of its subject (see aspects)
	answers   float64 // from the section written to answer the question (its 「常见问法」)
	predicate float64 // says what the question asks of its subject, in the question's words
	analogy   float64 // penalty for an analogy: it explains an answer, it is not one
	limit     float64 // penalty for a limit, when the question asks what a thing is
	row       float64 // penalty for a table row outside fact questions
	long      float64 // penalty per character past 120
	pos       float64 // penalty per sentence before it in its passage
}

// titleShares reports whether a section's title holds one of the question's own terms.
func titleShares(title string, terms map[string]float64) bool {
	t := retriever.Normalize(title)
	for term, share := range terms {
		if share > 0 && strings.Contains(t, term) {
			return true
		}
	}
	return false
}

// defaultScoring is the weighing offline answers use; a function, so no test or caller can
// change it for another.
func defaultScoring() scoring {
	return scoring{overlap: 3, context: 2, rank: 0.5, cue: 0.3, fact: 1.6, lead: 0.8,
		named: 0.6, named2: 0.3, subject: 0.8, overview: 1.5, aspect: 1.5, answers: 1, predicate: 1, short: 0.2, analogy: 0.6, limit: 0.5, row: 0.4, long: 0.005, pos: 0.03}
}

// announcesList is what a sentence that sets out a list says: what it includes, how many kinds
// or parts, or items after a colon.
var announcesList = regexp.MustCompile(`包括|包含|涵盖|分为|分成|[一二三四五六七八九十两\d]+\s*(种|类|个方面|大类|部分|项)|：[^。]+；`)

// samePassageShare is how close a sentence that gives the number asked for must come to the
// opening sentence of its own passage to open instead: 「想在自己电脑上跑个大模型 要啥配置」 is
// answered by 「……约需 14 GB，量化到 4 比特后约需 4 GB」, not by the sentence before it that
// says it can be done, which shares more of the reader's words.
const samePassageShare = 0.5

// measuredAside reports whether a sentence gives the measure a how-many question asks for in a
// section the question names, when its subject is a concept: 「本地部署一个 7b 模型要多少显存」
// asks about a model it does not name, and the entry on 显存 answers with 「约需 14GB」 though
// it never says 本地部署. (A model's or a benchmark's number is its own: GPT-5's size is no
// answer about GPT-4.)
func measuredAside(a asked, c *candidate, anchor string, named []string) bool {
	return a.kind == kindCount && a.counted != nil && len(a.anchors) > 0 && !slices.ContainsFunc(a.anchors, func(x string) bool { return !isConcept(x) }) &&
		(slices.Contains(named, anchor) || anchor == a.answers) && a.counted.MatchString(c.norm)
}

// weigh scores every candidate for a question of kind k: the question's content terms it
// shares (rarer ones count more), whether it reads like an answer of that kind, whether its
// section is one the question names, and its passage's rank.
func weigh(cs []candidate, hits []retriever.Hit, k kind, a asked, terms map[string]float64, named []string, w scoring) {
	// A verb of the question that no sentence uses stands where a sentence says it another way:
	// 「有人质疑吗」 is answered by 「也有争议」.
	others := map[string][]string{}
	for t, share := range terms {
		for _, family := range sameSense {
			if share == 1 && slices.Contains(family, t) {
				others[t] = family
			}
		}
	}
	// 「是谁在给反馈」 asks who does a thing, not who made one.
	doer := k == kindWho && doerAskRe.MatchString(a.text)
	// 「mistral哪国的」 asks where its maker is from: the sentence that names a country
	// (「……是一家法国 AI 公司」), not the field that names the maker.
	nation := k == kindWho && nationAskRe.MatchString(a.text)
	says := func(c candidate, t string) bool {
		return slices.ContainsFunc(others[t], func(o string) bool { return strings.Contains(c.norm, o) })
	}
	df := map[string]int{}
	for _, c := range cs {
		seen := map[string]bool{}
		for _, t := range c.terms {
			if !seen[t] {
				seen[t] = true
				df[t]++
			}
		}
	}
	// Where the passages say it in the reader's word too, the other words count for half:
	// 「怎么收费的」 is answered by 「一般按词元计费」 as well as by 「收费方式」, but 「会变笨吗」
	// by 「会「变笨」」 before 「精度下降」.
	otherShare := map[string]float64{}
	for t := range others {
		if df[t] > 0 {
			otherShare[t] = 0.5
			continue
		}
		otherShare[t] = 1
		for _, c := range cs {
			if says(c, t) {
				df[t]++
			}
		}
	}
	// The question's own terms and those of the carried subject are weighed apart: 「它有什么好处」
	// after a question on MoE is about MoE, but asks for the benefit, which the question's own
	// words (none, once the cue is set aside) cannot find.
	n := float64(len(cs))
	weight := map[string]float64{}
	var own, context float64
	// (Summed in one order: floating-point sums in a map's random order differ in their last
	// bits, and two nearly equal sentences would swap places from one run to the next.)
	for _, t := range slices.Sorted(maps.Keys(terms)) {
		share := terms[t]
		if df[t] == 0 {
			continue // a term no sentence has cannot tell sentences apart
		}
		if share > 0 {
			weight[t] = share * math.Log(1+(n+1)/(float64(df[t])+1))
			own += weight[t]
		} else {
			weight[t] = math.Log(1 + (n+1)/(float64(df[t])+1))
			context += weight[t]
		}
	}
	cue, fields := sentenceCues[k], fieldCues[k]
	if len(a.aspects) > 0 && len(a.subject) > 0 {
		fields = nil // 「o1 有多少层」 asks for its 架构, not for any field with a number
	}
	if k == kindCount && a.counted != nil {
		cue = a.counted // 「多少块 GPU」 wants 「2048 块」, not any number
	}
	cueW, leadW := w.cue, 0.0
	switch k {
	case kindCount, kindWhen, kindWho, kindGood, kindBad, kindFrom, kindList, kindChange, kindRemedy:
		// A number, a date, a maker, a benefit or a cost is said in words a sentence cannot
		// have by chance; 「它有什么好处」 shares nothing else with the sentence that answers it.
		cueW = w.fact
	case kindWhat, kindOpen:
		cueW = w.cue / 3 // 「……是……」 is everywhere: the subject sentence says more
	}
	// A yes or a no said outright (「不能消除」「并不」) answers 「能彻底解决吗」 more plainly than
	// the words the question shares with some other sentence.
	denialW := 0.0
	if k == kindYesNo {
		denialW = w.fact/2 - w.cue
	}
	// A cause said outright (「是因为」「为由」), or a process (「做法是：」「第一步」), is as plain
	// an answer to 为什么 or 怎么做 as a date is to 什么时候.
	question := retriever.Normalize(a.text) // as the reader wrote it
	outright := outrightOf(k)
	if k == kindWhy && significanceAsk.MatchString(question) {
		// 「llama 为啥重要」「chatgpt 为什么火」 ask what it changed: its significance is the cause.
		outright = significanceRe
	} else if k == kindWhy && betterAsk.MatchString(question) {
		// 「它为啥比以前的好」 asks what it does better: its advantage is the cause (「能把大量计算
		// 并行……这让训练超大模型变得可行」).
		outright = advantageRe
	}
	// (What a thing means to readers answers only what it is good for or why it matters; see
	// below.)
	meaningIsNoAnswer := k != kindGood && k != kindWhy && !readerAsk.MatchString(question)
	if k == kindBad && hypeRe.MatchString(question) {
		// 「涌现能力到底是真的还是炒作」: the dispute answers it (「这一说法也有争议」「有研究认为……」).
		outright = disputeRe
	}
	switch k {
	case kindWhat, kindCompare, kindScore, kindRecommend, kindPrice:
		leadW = w.lead
	}
	// How a metric is computed is what its definition says: 「cons@64 是“64 次多数投票”的正确
	// 率：……取出现次数最多的最终答案」. (Its own definition: not Pass@1-COT's, of 「pass@1 是
	// 怎么算出来的」.)
	computed := func(anchor string) bool {
		return k == kindHow && strings.HasPrefix(anchor, "metric-") && slices.Contains(a.anchors, anchor)
	}
	factKind := k.asksFact()
	// A sentence that goes on about the subject (「这种设计让……」) states a benefit, a cause or a
	// date of it as plainly as one that names it; a definition is another matter, it names.
	factual := k != kindWhat && k != kindOpen && k != kindHow && k != kindCompare
	var subjectTerms []string
	for _, n := range a.subject {
		subjectTerms = append(subjectTerms, retriever.Tokens(n)...)
	}
	// What the question asks of its subject, in its own words (「第 2 版改了什么」 of
	// Preparedness): among sentences about the subject, the one that says it is the answer.
	var predicate float64
	isPredicate := map[string]bool{}
	if len(a.subject) > 0 {
		for _, t := range slices.Sorted(maps.Keys(weight)) {
			tw := weight[t]
			// (Not an aspect word: 「哪家公司发布的」 says what kind of fact is asked, and 公司
			// is in many sentences that state no maker.)
			if terms[t] == 1 && !slices.Contains(subjectTerms, t) && !isAspect(t) && !slices.Contains(domainTerms, t) {
				isPredicate[t] = true
				predicate += tw
			}
		}
	}
	// (Some of them are pieces of a name the question gives, 「arc」 of ARC-AGI: they say
	// nothing of what is asked of it.)
	ofName := map[string]bool{}
	for t := range isPredicate {
		ofName[t] = slices.ContainsFunc(a.subject, func(n string) bool { return strings.Contains(squash(n), squash(t)) })
	}
	// A yes or a no answers what the question asks it of: 「会不会看漏」 asks of 看漏, not of
	// 输入, which 「能够接收并利用很长输入」 says 能 just before.
	polarTerms := isPredicate
	if asked := polarAsked(question); asked != "" {
		only := map[string]bool{}
		for t := range isPredicate {
			if strings.Contains(asked, t) {
				only[t] = true
			}
		}
		// (None of them, when the report never uses the word asked: no sentence says yes or no
		// of 看漏.)
		polarTerms = only
	}
	var negated *regexp.Regexp
	if m := negatedAsk.FindStringSubmatch(retriever.Normalize(a.text)); m != nil {
		negated = negatedRe(m[1])
	}
	members := a.members(hits)
	// The year each hit's milestone heading opens with, read once; the year the question names,
	// when some milestone found is dated by it.
	hitYears := make([]string, len(hits))
	for i, h := range hits {
		hitYears[i] = retriever.HeadingYear(h.Title)
	}
	year := retriever.YearSaid(question)
	if !slices.Contains(hitYears, year) {
		year = ""
	}
	askedModel := slices.ContainsFunc(a.anchors, func(n string) bool { return strings.HasPrefix(n, "model-") })
	ownFound := slices.ContainsFunc(hits, func(h retriever.Hit) bool { return slices.Contains(a.anchors, h.Anchor) })
	otherModel := func(anchor string) bool {
		return strings.HasPrefix(anchor, "model-") && !slices.Contains(a.anchors, anchor)
	}
	said := make([][]string, len(cs)) // the subject's terms each sentence says, or inherits
	for i := range cs {
		c := &cs[i]
		c.onSubject, c.subjectSection, c.namesSubject = a.about(c, hits[c.hit])
		// A sentence of another entry that opens with 「它」 speaks of that entry, whatever it
		// names after: 「它由普林斯顿大学……提出，是对……思维链的扩展」 is who proposed the tree of
		// thoughts, not the chain of thought.
		// (Nor does another entry's definition: 「大语言模型是……通常基于 Transformer 架构」
		// says what an LLM is, not who made the Transformer; nor, of a why, 「参数是……例如
		// GPT-3 有 1750 亿个参数」 why GPT-3 made a stir.)
		if c.onSubject && !c.subjectSection && isEntry(hits[c.hit].Anchor) && (k.asksFact() && strings.HasPrefix(c.norm, "它") || (k.asksFact() || k == kindWhy) && c.defines) {
			c.onSubject = false
		}
		// Another model's entry that names the model asked about in passing speaks of its own
		// model, when the one asked about has its entry among the hits: Claude 3.5 Sonnet's 「它
		// 不是推理模型，没有单独的思考模式，这要到 Claude 3.7 Sonnet 才加入」 is no yes or no of
		// 3.7 Sonnet's thinking mode.
		// (Not a model the question names too: GPT-4o's 「……正是随后推出的 o1 这类推理模型所针对的」
		// for 「它为啥做数学题比4o强」 after o1.)
		if c.onSubject && !c.subjectSection && askedModel && otherModel(hits[c.hit].Anchor) && ownFound && !slices.Contains(named, hits[c.hit].Anchor) {
			c.onSubject = false
		}
		// Another entry's sentence that names the subject only as a word, in quotation marks
		// (「这个词由「深度学习」和「伪造」两个英文词合成」), says nothing of the subject.
		if c.onSubject && !c.subjectSection && quotedOnly(c.norm, a.subject) {
			c.onSubject = false
		}
		// 「这个概念由 Hinton 等人提出」 speaks of what the sentence before it named.
		// (Not the limit of an analogy: 「这个比方的局限在于」 speaks of the analogy.)
		// What changed in another entry, measured against the subject (「和 Qwen3 相比，它有两处
		// 大变化」 in Qwen3.5's), is no change of the subject.
		if k == kindChange && c.onSubject && !slices.Contains(a.anchors, hits[c.hit].Anchor) && a.namesAsBase(c.norm) {
			c.onSubject = false
		}
		// (With no subject the question names, a who or a when speaks of what the sentence before
		// shares with the question: 「1958 年，……罗森布拉特……提出这一模型」 after 「……最早的代表是
		// 感知机」, for 「感知机是谁发明的」; the report has no entry of its own on the perceptron.)
		bare := len(a.subject) == 0 && (k == kindWho || k == kindWhen) && i > 0 && cs[i-1].overlap > 0
		inherits := !c.namesSubject && !c.aside && !c.analogy && i > 0 && (cs[i-1].onSubject || bare) && cs[i-1].hit == c.hit && cs[i-1].pos == c.pos-1 && (anaphoraRe.MatchString(c.norm) || (k == kindWho || k == kindWhen) && backNounRe.MatchString(c.norm))
		if inherits {
			c.onSubject = true
		}
		ts := c.terms
		for _, t := range ts {
			if slices.Contains(subjectTerms, t) {
				said[i] = append(said[i], t)
			}
		}
		if inherits && factual {
			// It speaks of what the sentence before it named without repeating the name:
			// 「这种设计让……」 under 混合专家 counts as saying 混合专家. (Only that: 「它有两个
			// 型号」 after DeepSeek-V4 says DeepSeek, not MLA, of 「deepseek 的 mla 省下多少」.)
			inherited := said[i-1]
			if len(inherited) == 0 {
				inherited = subjectTerms // the sentence before speaks of its section's subject
			}
			if bare {
				inherited = slices.DeleteFunc(slices.Clone(cs[i-1].terms), func(t string) bool { _, ok := weight[t]; return !ok })
			}
			said[i] = append(said[i], inherited...)
			ts = append(slices.Clip(ts), inherited...)
		} else if k == kindWhat && c.namesSubject {
			// What a thing is is said as well under any of its names (「基于人类反馈的强化学习
			// 是……」 for 「rlhf 是啥」); only the things it names count (「gpt-oss」 does not say
			// harmony).
			for _, n := range a.namedGroups(c) {
				ts = append(slices.Clip(ts), retriever.Tokens(n)...)
			}
		}
		var ownHit, contextHit, predicateHit, askedHit float64
		seen := map[string]bool{}
		for _, t := range ts {
			if tw, ok := weight[t]; ok && !seen[t] {
				seen[t] = true
				if terms[t] > 0 {
					ownHit += tw
				} else {
					contextHit += tw
				}
				if isPredicate[t] {
					predicateHit += tw
					if !ofName[t] {
						askedHit += tw
					}
				}
			}
		}
		for _, t := range slices.Sorted(maps.Keys(others)) {
			if tw, ok := weight[t]; ok && !seen[t] && says(*c, t) {
				ownHit += tw * otherShare[t]
				if isPredicate[t] {
					predicateHit += tw * otherShare[t]
				}
			}
		}
		s := w.rank / float64(1+c.hit)
		overlap := 0.0
		if own > 0 {
			overlap = ownHit / own
			s += w.overlap * overlap
		}
		othersDefinition := c.defines && !c.subjectSection && isEntry(hits[c.hit].Anchor)
		if predicate > 0 && c.onSubject {
			s += w.predicate * predicateHit / predicate
			// (Not in another entry's definition, which says what that entry does: 「参数高效微调
			// ……能大幅降低微调所需的显存」 is no yes to 「量化会降低模型效果吗」.)
			if k == kindYesNo && polar(c.norm, polarTerms) && !othersDefinition {
				// 「并不会让整段回答更快完成」「压得太狠会「变笨」」: a yes or a no said of what
				// was asked, the answer to 「会让整段回答更快完成吗」.
				s += w.fact
			}
			// 「哪些方法没有成功」 is answered by 「不成功的尝试」: the verb asked about, negated
			// as the question negates it.
			if k != kindYesNo && negated != nil && negated.MatchString(c.norm) {
				s += w.fact
			}
		}
		if k == kindGood && c.subjectSection && abilityAsk.MatchString(a.cue) && strings.Contains(c.norm, suitsWord) {
			// 「llama4 到底强不强」: what the model's entry says it suits, before a sentence that
			// happens to say 「提升」.
			s += w.fact
		}
		if k == kindYesNo && saysOfAll(a, c) {
			// 「gpt4.5 是推理模型吗」 names two things and asks whether one is the other: 「GPT-4.5
			// 不是推理模型」, a yes or a no said of the one about the other, is the answer.
			s += w.fact
		}
		if context > 0 {
			s += w.context * contextHit / context
			if own == 0 {
				overlap = contextHit / context
			}
		}
		c.overlap = overlap
		// A date, a number or a maker answers only when it is the subject's: GPT-5's date is
		// no answer to 「gpt4 是什么时候发布的」. (The section written for the question is about
		// what it asks, whatever broader subject it names: word2vec's makers answer 「把词变成一串
		// 数字、国王减男人加女人等于女王……谁最先搞出来的」, whose subject is embeddings.)
		c.measured = measuredAside(a, c, hits[c.hit].Anchor, named)
		factOK := !factKind || len(a.subject) == 0 || c.onSubject || c.measured || hits[c.hit].Anchor == a.answers && !a.carried
		if len(a.subject) > 0 && c.onSubject {
			s += w.subject
			// How to do a thing is told where doing it is the matter, not in a FAQ on another
			// matter that names it in passing: 「仅仅写提示词……不足以让人成为作者」, in the FAQ on
			// copyright, tells nothing of how to write a prompt.
			if k == kindHow && !c.subjectSection && strings.HasPrefix(hits[c.hit].Anchor, "faq-") && hits[c.hit].Anchor != a.answers && !titleShares(hits[c.hit].Title, terms) {
				s -= w.subject
			}
		}
		// A sentence off the subject answers nothing of it, however many words it shares, when
		// the subject is the conversation's (「……在《欧盟官方公报》上公布」 for 「官方公布过吗」
		// after GPT-4's size) or a model, and the sentence is another model's entry's
		// (「DeepSeek-R1 是一个推理模型：……所以回答前要「想」一阵」 for 「o1为啥回答前要想半天」).
		if !c.onSubject && (a.carried && len(a.subject) > 0 || askedModel && otherModel(hits[c.hit].Anchor)) {
			s -= w.subject
		}
		// A milestone of another year than the one asked about is no answer to what that year
		// saw: 「2017年ai圈发生了啥大事」 is not GPT-2's 「……也成了一个里程碑」 of 2019.
		// (And the opening of that year's milestone says what it saw; nor does another section's
		// definition, 「混合精度训练是……」 of 「2017年那篇论文是啥」.)
		hy := hitYears[c.hit]
		if year != "" && hy != "" && hy != year {
			s -= w.subject
		} else if year != "" && hy == year && c.lead && (k == kindWhat || k == kindOpen || k == kindWhen) {
			s += w.lead
		}
		// (Not a key fact of the whole entry that lists it: 「开放程度：……公开了 DeepSeek-R1、
		// DeepSeek-R1-Zero 和六个蒸馏模型」 says nothing of what R1-Zero is.)
		if c.field == "" && slices.ContainsFunc(members, func(n string) bool { return namesName(c.squashed, n) }) {
			s += w.subject // 「r1zero 有啥毛病」 asks about R1-Zero, not the rest of its entry
		}
		c.states = false
		switch {
		case doer && factOK && roleRe.MatchString(c.text):
			// Who does a thing in the process is a role: 「先请标注员对……排序」 for 「是谁在给反馈」,
			// not 「Anthropic 提出的宪法式 AI」.
			s += cueW
			c.states = true
		case nation && factOK && nationRe.MatchString(c.text):
			s += cueW
			c.states = true
		case k == kindWho && !nation && factOK && (personRe.MatchString(c.text) || makerRe.MatchString(c.text)):
			// People or a maker named with what they did: 「Rumelhart、Hinton 和 Williams……使这一
			// 方法广为人知」「Llama 3 是 Meta 在 2024 年分四次发布的」.
			s += cueW
			c.states = true
		case k == kindWho && factOK && c.cued(k, cue):
			// 「公司」「团队」 alone may be anyone's: 「主要营业地在欧盟的公司」.
			s += w.cue
		case cue != nil && factOK && c.cued(k, cue) && (k != kindChange || c.field == ""):
			// (A key fact that says 改成 changed how a benchmark is scored in one report, not
			// what a version changed.)
			s += cueW
			c.states = factKind
		}
		// (A no said of something else the question did not ask: 「没有人告诉它哪些内容是对的」
		// is no answer to 「是全网扒下来的吗」.)
		if denialW > 0 && c.onSubject && denialRe.MatchString(c.norm) && (predicate == 0 || predicateHit > 0) {
			s += denialW
		}
		// A date counted from the release (「在发布约两个月后的 2023 年 1 月」) is not when it came.
		if k == kindWhen && sinceReleaseRe.MatchString(c.norm) {
			s -= w.cue
		}
		if outright != nil && outright.MatchString(c.norm) {
			s += w.fact - w.cue
		}
		// What the question asks of its subject, said of the subject: its licence for
		// 「r1 是开源的吗」, its window for 「Llama 4 Scout 的上下文有多长」.
		if len(a.subject) > 0 && c.onSubject {
			st := a.statesAspect(c)
			s += w.aspect * st
			c.states = c.states || st == 1
		}
		if hits[c.hit].Anchor == a.answers {
			s += w.answers // the section written for this question answers it throughout
		}
		switch {
		case c.lead && hits[c.hit].Anchor == a.answers:
			s += w.lead // the section written for this question opens with its answer
		case (c.defines || c.lead) && (len(a.subject) == 0 || c.subjectSection) && (year == "" || hy == year):
			// Only for 「是什么」 and comparisons: elsewhere the subject sentence is no answer;
			// and the subject sentence of another section is about something else.
			s += leadW
			if computed(hits[c.hit].Anchor) {
				s += w.lead
			}
		}
		// (Of a count, an item of one measure must give what is counted: 「上下文窗口：128K」 is
		// no answer to 「训练花了多少钱」; an item on the entry's size answers any how-big.)
		if c.field != "" && factOK && fields != nil && fields.MatchString(c.field) &&
			(k != kindCount || a.counted == nil || sizeField.MatchString(c.field) || a.counted.MatchString(c.norm)) {
			s += cueW
			c.states = c.states || factKind
		}
		// A fact of the subject said in its own section (GPT-3's 1750 亿 in 「2020 年 5 月：
		// GPT-3」) rather than in passing elsewhere (InstructGPT's section).
		if factKind && c.states && c.subjectSection {
			s += w.named2
		}
		if i := slices.Index(named, hits[c.hit].Anchor); i == 0 {
			s += w.named
		} else if i > 0 {
			s += w.named2 / float64(1+i)
		}
		r := utf8.RuneCountInString(c.text)
		if r < minAnswerRunes && c.field == "" {
			s -= w.short // 「MMLU 的局限有三点。」 announces an answer, it does not give one
		}
		if r > 120 {
			s -= float64(r-120) * w.long
		}
		if c.analogy {
			s -= w.analogy
		}
		// 「出现在：DeepSeek-R1 报告」 says which reports use a benchmark, which only a question
		// about them asks (「哪些报告用了它」).
		if c.field == appearsField && !appearsAsk.MatchString(question) {
			s -= w.overview
		}
		switch {
		case c.setAside && laterPart(c.norm):
			// 「最后一节介绍检索增强生成，……就是这样工作的」 shares a word of 「是怎么工作的」
			// only by naming a later section: no answer, even in the section written for it.
			s -= 2 * w.overview
		// (A chapter's overview of itself does answer the question its 「常见问法」 give:
		// 「大模型以后会怎么发展」 is answered by the outlook's 「本章把……收拢成几条趋势」.)
		case (c.setAside && hits[c.hit].Anchor != a.answers) || a.listOfOthers(c):
			s -= w.overview // 「中文版见 C-SimpleQA」 says where the answer is, not what it is
		}
		// A made-up 「10 道题里答对 6 道」 shows how a metric is computed and what it means; it
		// is no count, cause or difference.
		switch {
		case !c.worked || k == kindHow:
		case k == kindWhat || k == kindOpen:
			s -= w.analogy // it illustrates the meaning, after the definition
		default:
			s -= 2 * w.overview // it shares every word of the question it was written to show
		}
		if (k == kindWhat || k == kindOpen) && limitRe.MatchString(c.norm) {
			s -= w.limit // 「LiveCodeBench 的局限是……」 does not say what LiveCodeBench is
		}
		// Nor, asked why, does a thing's limit say why, unless it says what was asked: 「arc agi
		// 为啥说很难」 is not told 「ARC-AGI 的局限是公开评测题可能进入训练数据，因此……」, whose
		// 因此 is of something else; 「RLHF 的局限出在打分上：……模型因此会学得谄媚」 does say why
		// RLHF makes it 谄媚.
		if k == kindWhy && limitOpensRe.MatchString(c.norm) && askedHit == 0 {
			s -= w.limit
			if cue != nil && c.cued(k, cue) {
				s -= cueW // nor is its 因此 a cause of what was asked
			}
		}
		if k == kindWhat && nameOnlyRe.MatchString(c.norm) {
			s -= w.limit // 「AlexNet 是后来通行的叫法」 says what it is called, not what it is
		}
		// What another entry is, naming the subject only as one of its kinds (「模型压缩……主要
		// 包括量化、剪枝和知识蒸馏等」), says nothing of how the subject works or why:
		// 「量化是咋让模型变小的」 is not told what model compression is.
		if (k == kindHow || k == kindWhy) && c.defines && len(a.anchors) > 0 && !slices.Contains(a.anchors, hits[c.hit].Anchor) && a.namesOnlyAmong(c.norm) {
			s -= 2 * w.overview
		}
		if k == kindRemedy && (c.defines || toReaderSentence.MatchString(c.norm)) {
			s -= w.fact // what a thing is, or is to readers, says nothing of how to prevent it
		}
		if c.row && !k.asksFact() {
			s -= w.row
		}
		// What a thing means to readers (「读者理解下一个词元预测，就能理解……」「端侧模型对读者的
		// 意义在于……」) answers only what it is good for or why it matters: 「大模型是不是就是在
		// 猜下一个字」 is answered by what next-token prediction is. (Not advice to readers:
		// 「对读者的建议是：……」「读者可以用一个粗略的算法估计显存需求」.)
		// (Where readers meet a thing is no answer to what it is, unless it goes on to say so:
		// 「读者在模型名字里常看到的「7B」……说的就是参数量」. Of other questions it may be:
		// 「读者会在开放模型的训练说明中经常看到 DPO，……例如 Llama 3……」 says which models use it.)
		if meaningIsNoAnswer && strings.Contains(c.norm, "读者") && toReaderMeaning.MatchString(c.norm) &&
			(!readerMeetsRe.MatchString(c.norm) || k == kindWhat && !meansRe.MatchString(c.norm)) {
			s -= w.analogy
		}

		// A key fact (「全称：…」) says what, who or when, not why or what is good or bad about
		// it: 「mmlu 为什么被淘汰了」 is answered by its limits, not by its full name; nor
		// yes or no, unless it is the fact asked about (its 开放程度 for 「是开源的吗」).
		if c.field != "" && (k == kindWhy || k == kindGood || k == kindBad || k == kindChange || k == kindYesNo && a.statesAspect(c) == 0 && !strings.Contains(question, c.field)) && (fields == nil || !fields.MatchString(c.field)) {
			s -= w.row
		}
		s -= w.pos * float64(c.pos)
		c.score = s
	}
}

// appearsField is the key fact that lists the reports a benchmark or metric appears in, and
// appearsAsk a question about them.
const appearsField = "出现在"

var appearsAsk = regexp.MustCompile(`出现|哪些报告|哪份报告|哪个报告|谁在用|谁用|用了|用到|采用|报告里`)

// framing are words that frame a question without saying what it is about, or place it in
// time, or say who it should be told for (「用物理老师听得懂的话讲」, whose 听得懂 may be gone as
// the cue); their bigrams (「一共有」 gives 共有, 「现在」 stands in 「出现在」) would match any sentence
// that happens to hold them. (So would 起来 of 「跑起来」, a verb's ending: 「听起来危险」; and
// 「向ai问一个问题要耗多少电」 asks of one question, not of 问题. Nor do the other directional
// endings: 「扒下来」 is no 「保存下来的快照」.)
// (A demonstrative before a word for a fault or a state, 「幻觉这毛病」, points back at what it
// names: 毛病 is no word a sentence should share. Nor is the reader's own confusion, 「俺都分不
// 清」, which a sentence on word vectors that 「分不清」 two senses of a word does not answer.)
var framing = regexp.MustCompile(`用[^，。？?\s]{1,10}(?:听得懂|看得懂|听懂|看懂|能懂)?\s?的(?:话|方式|语言|说法)(?:讲讲|讲|说说|说|解释)|起来|下来|上来|过来|回来|下去|上去|出去|一共|总共|到底|究竟|来着|大概|请问|一下|能不能|可不可以|是不是|有没有|怎么样|的话|做到|现在|目前|如今|当年|当初|问\s*(?:ai|它|你)?\s*一个问题|(?:这|那)(?:个|种)?(?:毛病|问题|情况|现象)|(?:我|俺|咱)们?(?:都|也|总是|老是|一直|根本)?(?:分不清|搞不清|弄不清|搞不懂|弄不懂|看不懂)`)

// categoryNoun is a word for what kind of thing the subject is, after the subject and a
// demonstrative (「温度这个设置是干啥的」「rag这种技术」): the subject is asked of, not 设置, which
// a sentence on hyperparameters shares. (Only after a word: 「这参数到底指的啥」 asks of 参数.)
var categoryNoun = regexp.MustCompile(`([\p{Han}a-z0-9])(?:这|那)(?:个|种|项|类)?(?:设置|选项|功能|技术|指标|概念|说法|名词|东西|玩意儿?)`)

// withoutFraming is the question without its framing words and the word for what kind of
// thing its subject is.
func withoutFraming(q string) string {
	return categoryNoun.ReplaceAllString(framing.ReplaceAllString(q, " "), "$1 ")
}

// releaseVerbs say a thing came out, which a when-question asks the date of.
var releaseVerbs = regexp.MustCompile(`出来|推出|上线|面世|问世|发布`)

// whoNouns ask who in a noun (「作者是谁」): the kind of answer, not its subject. (Not 「公司」:
// 「月之暗面是一家中国 AI 公司」 answers 「哪家公司做的」 in its word.)
var whoNouns = regexp.MustCompile(`作者|发明者|发明人|开发者|研发者|创始人|提出者`)

// expansionShare is how much a glossary name the retriever added to the question counts
// against the question's own words.
const expansionShare = 0.6

// contentTerms are the terms of the question that say what it is about, each with how much it
// counts: the words that say what kind of question it is (「有什么好处」) are left out, they are
// cues, not subject. Terms of the conversation's carried subject get a share of 0: they are
// weighed apart (see weigh). The question is read as the index spells it: 「gpt4」 is the
// report's 「GPT-4」 and 「换觉」 its 「幻觉」, words the reader asked, not carried.
func contentTerms(a asked, res retriever.Result) map[string]float64 {
	q, searched := retriever.Normalize(a.canonical), retriever.Normalize(res.Rewritten)
	if a.cue != "" {
		q = strings.Replace(q, a.cue, " ", 1)
		searched = strings.ReplaceAll(searched, a.cue, " ")
	}
	q = withoutFraming(q)
	if a.kind == kindWho {
		// 「作者都有谁」 asks who, in a noun: a sentence where 「作者报告……」 is no answer.
		q = whoNouns.ReplaceAllString(q, " ")
	}
	if a.kind == kindWhen {
		// 「哪年出来的」 asks when it came out: the sentence that dates it answers, not one that
		// says 「读出来」.
		q = releaseVerbs.ReplaceAllString(q, " ")
	}
	// Both spellings: a homophone fix can also misread a word (「会一本正经」).
	plain := withoutFraming(strings.Replace(retriever.Normalize(a.text), a.cue, " ", 1))
	if a.kind == kindWho {
		plain = whoNouns.ReplaceAllString(plain, " ")
	}
	if a.kind == kindWhen {
		plain = releaseVerbs.ReplaceAllString(plain, " ")
	}
	// What the whole report is about (「AI」「大模型」) tells no sentence apart.
	own := append(retriever.Tokens(q), retriever.Tokens(plain)...)
	own = slices.DeleteFunc(own, func(t string) bool { return domainWords[t] })
	// A lone character cut off by a Latin word (「用」 of 「用ai写公文」) says next to nothing,
	// yet would be the only term a sentence shares when the question's words are not the
	// report's: 「用「她」的查询……」 is no answer to 「用ai写公文靠谱吗」.
	if words := slices.DeleteFunc(slices.Clone(own), loneHan); len(words) > 0 {
		own = words
	}
	asked := map[string]bool{}
	for _, t := range retriever.Tokens(a.text) {
		asked[t] = true // the question's own words are never its carried subject
	}
	for _, t := range retriever.Tokens(a.canonical) {
		asked[t] = true
	}
	out := map[string]float64{}
	for _, t := range retriever.Tokens(searched) {
		if !asked[t] {
			out[t] = 0
		}
	}
	if len(own) == 0 {
		return out // 「它有什么好处」: the expansion names the carried subject too
	}
	for _, t := range retriever.Tokens(strings.Join(a.ownExpansion, " ")) {
		out[t] = expansionShare
	}
	for _, t := range own {
		out[t] = 1
	}
	// 「那 gpt4 呢」 asks the last question's 训练花了多少钱 of GPT-4: those words tell its
	// sentences apart as much as its own do.
	for _, t := range retriever.Tokens(withoutFraming(a.swapped)) {
		if !domainWords[t] && !loneHan(t) {
			out[t] = 1
		}
	}
	// Where the subject is (「跑分里的」) counts for little, as the reader typed it and as the
	// report names it.
	// (So do the words of whoever says it: 「ai 安全说的对齐」 asks what alignment is, and
	// 安全 would find the sentences that say 安全 and little of alignment.)
	where := slices.Clone(a.containers)
	for _, text := range []string{a.text, a.canonical} {
		norm := retriever.Normalize(text)
		if loc := containerMark.FindStringIndex(norm); loc != nil && len(a.containers) > 0 {
			where = append(where, norm[:loc[1]])
		}
		if loc := saidByMark.FindStringIndex(norm); loc != nil && slices.ContainsFunc(a.subject, func(n string) bool {
			return strings.Contains(squashNormalized(norm[loc[1]:]), n) && !strings.Contains(squashNormalized(norm[:loc[0]]), n)
		}) {
			where = append(where, norm[:loc[0]])
		}
	}
	if len(where) > 0 {
		for _, c := range where {
			for _, t := range retriever.Tokens(c) {
				if _, ok := out[t]; ok {
					out[t] = containerShare
				}
			}
		}
	}
	return out
}

// domainTerms are the pieces the index cuts domainWords into (「大模」 of 「大模型」): no
// question asks them of its subject (「大模型 api 是怎么收费的」 asks how an API charges).
var domainTerms = func() []string {
	var out []string
	for w := range domainWords {
		out = append(out, retriever.Tokens(w)...)
	}
	return out
}()

// loneHan reports whether a term is a single Chinese character.
func loneHan(t string) bool {
	r, n := utf8.DecodeRuneInString(t)
	return n == len(t) && unicode.Is(unicode.Han, r)
}

// containerMark ends the words that say where a question's subject is: 「跑分表里的」「api里有个」.
var containerMark = regexp.MustCompile(`里面的|里的|中的|当中的|上的|里面?有(?:个|一个|种|一种|项|一项)`)

// saidByMark ends the words that say who speaks of a question's subject: 「新闻里说的」「ai 安全
// 讲的」.
var saidByMark = regexp.MustCompile(`(里|中|上)?(所说的|说的|讲的|提到的|所谓的)`)

// containerShare is how much the words of a name that only says where the subject is count.
const containerShare = 0.3

// best returns the index of the highest-scoring candidate that keep accepts, or -1.
func best(cs []candidate, keep func(candidate) bool) int {
	at := -1
	for i, c := range cs {
		if keep(c) && (at < 0 || c.score > cs[at].score) {
			at = i
		}
	}
	return at
}

// names are what a section calls its subject: 「混合专家（Mixture of Experts, MoE）」 gives
// 混合专家, Mixture of Experts and MoE; a title under a parent keeps only its own part.
func names(title string) []string {
	if i := strings.LastIndex(title, " › "); i >= 0 {
		title = title[i+len(" › "):]
	}
	var out []string
	zh, rest, ok := strings.Cut(title, "（")
	out = append(out, strings.TrimSpace(zh))
	if ok {
		inner, _, _ := strings.Cut(rest, "）")
		for _, p := range strings.FieldsFunc(inner, func(r rune) bool { return r == ',' || r == '，' || r == '、' || r == '/' }) {
			if p = strings.TrimSpace(p); p != "" {
				out = append(out, p)
			}
		}
	}
	return out
}

// shortTitle is a section's own title, without its parent's.
// qualifierRe finds the part of a title that says what else the entry covers: 「（含 R1-Zero 与
// 蒸馏模型）」.
var qualifierRe = regexp.MustCompile(`[（(](含|及)[^）)]*[）)]`)

func shortTitle(title string) string {
	if i := strings.LastIndex(title, " › "); i >= 0 {
		return title[i+len(" › "):]
	}
	return title
}

// namesSubject reports whether a sentence names its section's subject, so it reads alone.
func namesSubject(sentence, title string) bool {
	s := strings.ReplaceAll(retriever.Normalize(sentence), " ", "")
	for _, n := range names(title) {
		n = strings.ReplaceAll(retriever.Normalize(n), " ", "")
		if n != "" && strings.Contains(s, n) {
			return true
		}
	}
	return false
}

// definesSubject reports whether a sentence (normalised) opens with its section's subject (its
// normalised names) and says what it is: 「混合专家是一种……」, 「校准（Calibration）指……」, not
// 「GPQA Diamond 的局限首先是……」.
func definesSubject(norm string, subject []string) bool {
	s := strings.TrimPrefix(norm, "所谓")
	// (Or a clause does, after another's: 「OpenAI o3 是……，o4-mini 则是……」 defines o4-mini
	// too.)
	if i := strings.Index(s, "，"); i > 0 && definesSubject(s[i+len("，"):], subject) {
		return true
	}
	// (Or after its maker's name: 「OpenAI o3 是……」 of o3.)
	if maker, rest, ok := strings.Cut(s, " "); ok && retriever.IsMaker(maker) && definesSubject(rest, subject) {
		return true
	}
	for _, n := range subject {
		rest, ok := strings.CutPrefix(s, n)
		if !ok || n == "" {
			continue
		}
		if strings.HasPrefix(rest, "（") || strings.HasPrefix(rest, "(") {
			if i := strings.IndexAny(rest, "）)"); i >= 0 {
				_, size := utf8.DecodeRuneInString(rest[i:]) // normalised, 「）」 is 「)」
				rest = rest[i+size:]
			}
		}
		// (Or its other name, glossed: 「系统卡（System Card）或模型卡（Model Card）是……」.)
		if m := otherNameRe.FindString(rest); m != "" {
			rest = rest[len(m):]
		}
		// (Not what it is to the reader: 「系统卡是读者了解一个模型最可靠的一手资料之一」 says
		// why it matters, as each entry's paragraph for readers does.)
		if r := strings.TrimSpace(rest); definingVerb.MatchString(r) && !toReaderRe.MatchString(r) {
			return true
		}
	}
	return false
}

// toReaderRe is a subject's defining verb followed by the reader: what the thing is to them.
var toReaderRe = regexp.MustCompile(`^(就|其实|也|则)?是(普通)?读者`)

// toReaderSentence opens with a subject said to be something to the reader (「幻觉是读者使用
// 聊天助手时最需要警惕的问题」), or with what it means to them (「深度伪造对读者的意义在于……」).
var toReaderSentence = regexp.MustCompile(`^[^，。；：]{1,16}?(是|对)(普通)?读者`)

// normalizedNames are a title's names as the cues read them.
func normalizedNames(title string) []string {
	ns := names(title)
	for i, n := range ns {
		ns[i] = retriever.Normalize(n)
	}
	// An entry on two things (「OpenAI o3 与 o4-mini」) defines each under its own name.
	if both := strings.Split(ns[0], " 与 "); len(both) == 2 {
		ns = append(ns, both...)
	}
	return ns
}

// disputeRe finds a claim disputed or qualified: the answer to whether it is hype.
var disputeRe = regexp.MustCompile(`争议|质疑|有研究认为|也有人认为|有研究者认为|批评|不等于|言过其实|夸大|被高估`)

// significanceAsk asks why a thing matters or caught on; significanceRe says it.
var (
	significanceAsk = regexp.MustCompile(`火|重要|出名|有名|流行|轰动|意义|了不起|全网|刷屏|热议|都在聊|都在讨论|都在说|都在用|走红|爆红`)
	significanceRe  = regexp.MustCompile(`意义在于|之所以|标志着|改变了|改变的是|第一次|首次|让[^，。；]{1,20}(成为|变成|走进|落到)|是因为`)
	// betterAsk asks why a thing is better than another or than before; advantageRe says what
	// it does better.
	betterAsk   = regexp.MustCompile(`比[^，。？?]{0,10}(好|强|厉害|优秀|先进|高明)|(好|强)在哪`)
	advantageRe = regexp.MustCompile(`这让|使得|让[^，。；]{1,20}(变得|成为)|优势|好处是|取代|更快|更好|更强|更准`)
)

// causeRe finds a cause said outright, which the weaker cues of kindWhy (「所以」「在于」) only
// suggest.
var causeRe = regexp.MustCompile(`是因为|是[^，。；]{1,40}的结果|就是因为|主要是因为|之所以|由于|为由|原因是|原因在于|原因之一|原因首先|原因主要|原因有[一二三两几]?|[两三几]个原因|的(重要|主要|根本|直接)原因|根源|归因于|导致`)

// dependentRe opens a sentence that leans on the one before it (「例如 GPT-3 ……」 of what?):
// alone, it reads under its section's name.
var dependentRe = regexp.MustCompile(`^(例如|比如|譬如|因此|所以|但是|但|不过|而|同时|此外|另外|这|它|该|其|此)`)

// denialRe finds a sentence that says no, or not quite: the plainest answer to a yes-or-no
// question about its subject.
var denialRe = regexp.MustCompile(negations + `|不(改变|影响|降低|损失)|完全(一样|相同)`)

// negations are the words that say no.
const negations = `不能|不会|无法|并不|并非|不等于|未必|不一定|不是|没有|难以|不再`

// negatedAsk finds a verb a question negates (「没有成功」「不收费」); negatedRe the same verb
// negated in a sentence.
var negatedAsk = regexp.MustCompile(`(?:没有|没|不|未)(\p{Han}{2})`)

func negatedRe(verb string) *regexp.Regexp {
	return regexp.MustCompile(`(?:没有|没|不|未|无法)` + regexp.QuoteMeta(verb))
}

// polarRe is a yes or a no (「并不」「不等于」「会」) just before what it is said of.
var polarRe = regexp.MustCompile(`(` + negations + `|可以|能够|会|能|还在|仍在|仍然|依然)[^，。；：]{0,8}$`)

// sameSense are verbs a yes-or-no question and its answer use for the same thing: 「能彻底解决
// 吗」 is answered by 「能减少但不能消除」.
var sameSense = [][]string{
	{"解决", "消除", "根除", "杜绝", "避免", "克服", "修好", "修复", "治好", "根治", "治愈"},
	{"取代", "替代", "代替", "淘汰"},
	{"变笨", "整笨", "搞笨", "弄笨", "变傻", "变蠢", "变差", "退化", "下降", "损失"},
	{"记住", "记得", "忘记", "忘掉", "遗忘"},
	{"联网", "上网", "搜索"},
	{"质疑", "争议", "异议", "反对", "批评"},
	{"用过", "使用", "采用", "用了", "选择了", "选用"},
	{"收费", "计费", "计价", "定价", "收钱"},
	{"开关", "开启", "关闭", "打开", "关掉", "切换"},
	{"公布", "公开", "披露"},
	{"追上", "赶上", "追平", "追赶", "差距"},              // 「开源追上闭源了没」 is answered by the gap between them
	{"管用", "成立", "起作用", "奏效", "适用", "失效", "过时"}, // 「scaling law现在还管用吗」: 「还在起作用」
	{"看病", "就医", "问诊", "吃药", "用药", "医疗"},        // 「看病能问ai吗」: 「医疗、法律、投资等重要决定」
	{"分辨", "辨别", "鉴别", "核对", "核实", "查证"},        // 「咋分辨真假」: 「应通过其他渠道核实」
}

// chooseAsk asks which of two to take; adviseRe finds a sentence that tells readers which.
var (
	chooseAsk = regexp.MustCompile(`选|挑`)
	adviseRe  = regexp.MustCompile(`(应该|应|该|宜|建议|最好)(先)?(选|挑)|(应该|建议|最好)(先)?用`)
)

// polarAsked is what a yes-or-no question (normalised) asks yes or no of: what follows its
// 「会不会」「能不能」…, or, in a question ending in 吗, what follows the last 会, 能 or 可以 of
// its last clause; "" when it shows neither.
func polarAsked(norm string) string {
	trimmed := strings.TrimRight(norm, "?？!！。 ")
	if loc := aNotA.FindAllStringIndex(trimmed, -1); loc != nil {
		return trimmed[loc[len(loc)-1][1]:]
	}
	trimmed, ok := strings.CutSuffix(trimmed, "吗")
	if !ok {
		return ""
	}
	clause := trimmed[strings.LastIndexAny(trimmed, ",，;；")+1:]
	if loc := modalRe.FindAllStringIndex(clause, -1); loc != nil {
		return clause[loc[len(loc)-1][1]:]
	}
	return ""
}

// polarEndRe is a yes-or-no question that ends on the word it asks of and a bare 不 (「这样安全
// 不」「靠谱不」).
var polarEndRe = regexp.MustCompile(`(\p{Han}{2})不[？?!！。~\s]*$`)

// aNotA asks yes or no by setting a verb beside its negation (「会不会」); modalRe is the verb
// before what a 吗-question asks (「能开关吗」).
var (
	aNotA   = regexp.MustCompile(`会不会|能不能|可不可以|是不是|有没有|要不要|算不算|需不需要|用不用`)
	modalRe = regexp.MustCompile(`能够|可以|会|能`)
)

// polar reports whether a sentence (normalised) says yes or no just before one of the
// question's predicate terms.
func polar(norm string, predicate map[string]bool) bool {
	var words []string
	for t := range predicate {
		words = append(words, t)
		for _, family := range sameSense {
			if slices.Contains(family, t) {
				words = append(words, family...)
			}
		}
	}
	for _, t := range words {
		for from := 0; ; {
			i := strings.Index(norm[from:], t)
			if i < 0 {
				break
			}
			at := from + i
			if polarRe.MatchString(norm[max(0, at-30):at]) {
				return true
			}
			from = at + len(t)
		}
	}
	return false
}

// doerAskRe asks who does something in a process (「谁在给反馈」「谁来打分」), where who made a
// thing would be asked 「谁做的」「谁出的」; roleRe finds the people a sentence says do it.
// nationAskRe asks which country a maker is from, and nationRe finds the countries the report
// names its makers by.
var (
	doerAskRe   = regexp.MustCompile(`谁(在|来|给|负责|打分|评分|标注|判|投票|审)`)
	nationAskRe = regexp.MustCompile(countryAsk)
	nationRe    = regexp.MustCompile(retriever.Countries)
	roleRe      = regexp.MustCompile(`标注员|标注人员|专家|评估者|评审|志愿者|网友|用户|众包|博士|外包|承包商|人工标注|真人`)
)

// personRe finds people named in a sentence (as written, capitals kept): who did it.
var personRe = regexp.MustCompile(`[A-Z][a-z]+(、| 和 |和|与| 与 )[A-Z][a-z]+|[A-Z][a-z]+ ?等人`)

// captionRe opens a figure's caption; drawingAsk asks what a thing looks like, which a drawing
// answers (「Transformer 长什么样」).
var (
	captionRe  = regexp.MustCompile(`^图\s*\d`)
	drawingAsk = regexp.MustCompile(`图|长什么样|长啥样|什么样子|啥样子|示意|画出来`)
)

// readerRe opens a sentence on what a term means to readers.
var readerRe = regexp.MustCompile(`^(读者|对读者|普通读者)`)

// toReaderMeaning opens a sentence on what a thing means to readers: one that opens with
// the subject said to be something to them (toReaderSentence), or with what readers gain by
// understanding it (「读者理解……，就能……」), or with where readers meet it (「读者会在两个地方遇到
// 嵌入」「读者在新闻里看到……」), which says where, not what it is.
var toReaderMeaning = regexp.MustCompile(`^(普通)?读者(理解|了解|知道|懂得?)|` + readerMeetsRe.String() + `|` + toReaderSentence.String())

// readerMeetsRe opens a sentence on where readers meet a thing; meansRe says what a thing means.
var (
	readerMeetsRe = regexp.MustCompile(`^(普通)?读者[^，。；：]{0,8}?在[^，。；：]{1,24}?(看到|遇到|见到|碰到|读到|接触到)`)
	meansRe       = regexp.MustCompile(`说的就是|指的就是|指的是|代表的是`)
)

// readerAsk asks what a thing means to the reader: what it is for, why it matters, what it
// changes for them.
var readerAsk = regexp.MustCompile(`意义|有啥用|有什么用|有用吗|有用不|用处|用途|干啥用|干嘛用|干什么用|对我|对普通人|对我们|普通人|影响|关系|为啥要(知道|了解|懂|学)|为什么要(知道|了解|懂|学)|重要|火|出名|轰动|值得`)

// strongContrast finds a sentence that says outright how two things differ.
var strongContrast = regexp.MustCompile(`区别在于|区别是|不同之处|不同的是|相比|与之相对|不像|介于|折中|与[^，。；]{1,20}不同|不同于|含义不同`)

// laterPart reports whether an overview sentence tells what a later section of the chapter
// does (「接着讲……」「最后一节介绍……」), rather than what the chapter is about.
func laterPart(norm string) bool {
	return slices.ContainsFunc(laterOpeners, func(p string) bool { return strings.HasPrefix(norm, p) })
}

// laterOpeners open a chapter overview's sentence on a later section.
var laterOpeners = []string{"接着", "然后", "最后", "随后", "再"}

// overviewOpeners open a chapter overview's sentences (read without a regular expression first:
// isOverview runs on every sentence).
var overviewOpeners = append([]string{"本章", "本节", "这一章", "这一节", "这一时期", "下面", "下表", "每个条目", "条目"}, laterOpeners...)

// readersTasks are the tasks readers put AI to that the FAQ on using it well advises on by
// name: a question on a professional's matter (「ai写的合同」「医学问题」) is told to take its
// answer as a reference, one on learning (「学物理」「写作业」) what it says of learning, one on
// writing (「写文案」「写报告」) what it says of writing; whether what it says is accurate
// (「它给的年代地名准吗」) is told its first rule, to check. The first that the question asks holds:
// a contract is written, and homework, but the one is law and the other learning. (An illness
// is named as such: 毛病 is a fault and 病毒 a virus, no doctor's matter.)
var readersTasks = []struct {
	asked  *regexp.Regexp
	advice string
}{
	{regexp.MustCompile(`法律|合同|律师|官司|医|看病|生病|病情|病历|病人|疾病|吃药|用药|药物|体检|诊断|投资|理财|炒股|税`), "专业人士"},
	{regexp.MustCompile(`准吗|准不准|准确吗|准确不|可信吗|能信吗|能不能信|信得过吗`), "第一条是核对"},
	{regexp.MustCompile(`学习|学[^生习会到]|作业|功课|复习|考试|刷题|抄答案`), "学习时"},
	{regexp.MustCompile(`写|文案|稿子|稿件|报告|论文|文章|周报|邮件|公文|材料`), "写作时"},
}

// isOverview reports whether a sentence (normalised) is a section's overview of itself; the
// prefixes are checked first, the expression only when one is there.
func isOverview(norm string) bool {
	for _, p := range overviewOpeners {
		if strings.HasPrefix(norm, p) {
			return overviewRe.MatchString(norm)
		}
	}
	return false
}

// isPointer reports whether a sentence (normalised) only points elsewhere: 「参见知识截止日期。」
// 「中文版见 C-SimpleQA。」. (Read without a regular expression: it runs on every sentence.)
func isPointer(norm string) bool {
	if strings.HasPrefix(norm, "读者") && whereMetRe.MatchString(norm) {
		return true
	}
	if opensPointer(norm) {
		return true
	}
	// (Or of pointers one after another: 「它的多语言扩展见 HumanEval-Mul，更贴近真实开发的
	// 基准见 SWE-bench Verified」.)
	clauses := strings.FieldsFunc(strings.TrimRight(norm, "。."), func(r rune) bool { return r == ',' || r == '，' })
	return len(clauses) > 0 && !slices.ContainsFunc(clauses, func(c string) bool { return !pointsTo(c) })
}

// pointsTo reports whether a clause only says where something is: 「X 见 Y」.
func pointsTo(clause string) bool {
	if sectionsTourRe.MatchString(clause) {
		return true
	}
	before, after, ok := strings.Cut(clause, "见")
	// (What a figure shows may take more words: 「从预训练到聊天产品的几个训练阶段见图」.)
	most := 12
	if figureRe.MatchString(after) {
		most = 24
	}
	if !ok || utf8.RuneCountInString(before) > most || strings.ContainsAny(before, "，。；：,;:") {
		return false
	}
	n := utf8.RuneCountInString(after)
	return n >= 1 && n <= 30 && !strings.ContainsAny(after, "，。；：,;:")
}

// figureRe is a figure or a table pointed to: 「见图」「见下表」.
var figureRe = regexp.MustCompile(`^[上下]?[图表]$`)

// sectionsTourRe is a clause on what the sections that follow explain: 「本节和后面三节依次讲解」.
var sectionsTourRe = regexp.MustCompile(`^(本节|这一节|本章)[^，。；]{0,10}(依次|逐一|分别)(讲解|介绍|讲)$`)

// whereMetRe finds a sentence on where readers meet a term (「读者会在解释大模型原理的文章里
// 频繁遇到自注意力」) or why knowing it helps (「读者了解词向量，是理解大模型发展史的重要一
// 环」): it says where to look, not what the term is or does.
// (It reads normalised text, whose commas, colons and semicolons are ASCII.)
var whereMetRe = regexp.MustCompile(`^读者(会|常|经常|平时)?在[^,。;:]{1,40}(遇到|看到|见到|碰到|听到)|^读者(了解|理解|知道)[^,。;]{1,20},是[^,。;]{0,30}(一环|基础|前提)`)

// processRe finds a process said outright, which the weaker cues of kindHow (「通过」「再」)
// only suggest.
var processRe = regexp.MustCompile(`做法是|方法是|办法是|具体做法|具体来说|步骤|第一步|首先|分为.{0,4}(步|阶段)|[一二三四五六七八九十两几多]个阶段|流程`)

// sinceReleaseRe counts a time from a release: 「在发布约两个月后」「发布一年后」.
var sinceReleaseRe = regexp.MustCompile(`(在|于)?(发布|推出|上线|问世)[^，。；,;]{0,8}(后|之后|以后|以来)`)

// makerRe finds a maker named (as written, capitals kept) with what it made: 「Meta 在 2024 年
// 分四次发布」「由 Google 提出」. (Not a verb right after 在, a time: 「ChatGPT 在发布约两个月后」
// dates a product.)
var makerRe = regexp.MustCompile(`[A-Z][A-Za-z]+(?:[^，。；]{0,13}[^，。；在\s]|\s?)(发布|推出|提出|开发|研发|训练出)|由[^，。；]{1,20}(发布|推出|提出|开发|研发)|(发布方|出自)：`)

// backNounRe finds a kind of thing said with 这一 or 该 that points back to the sentence before:
// 「1958 年，……罗森布拉特……提出这一模型」 after 「……最早的代表是感知机」. It tells who and when
// of the thing before; what else it says (「验证了这一架构」) is no more about it than any
// sentence of the section.
var backNounRe = regexp.MustCompile(`(这一|该)(模型|方法|技术|架构|算法|网络|思路|做法|基准|指标)`)

// nameOnlyRe says of a name that it is what a thing is called: 「AlexNet 是后来通行的叫法」.
var nameOnlyRe = regexp.MustCompile(`是[^，。；]{0,10}的?(叫法|称呼|简称|俗称|别称)[。]?$`)

// anaphoraRe opens a sentence that goes on about what the one before it named.
var anaphoraRe = regexp.MustCompile(`^(它|这|该|其|此后|后来|随后|同年|次年|当时)`)

// namesBack reports whether a sentence's first clause gives a name only as 「这个名称」, the one
// the sentence before it gave. (「「大语言模型」这个说法……」 gives it just before; so does a
// clause after another: 「基础模型是……的模型；这个名称由……提出」.)
func namesBack(norm string) bool {
	if i := strings.IndexAny(norm, "；：，;:,"); i >= 0 {
		norm = norm[:i]
	}
	loc := backNameRe.FindStringIndex(norm)
	return loc != nil && !strings.HasSuffix(norm[:loc[0]], "」")
}

var backNameRe = regexp.MustCompile(`(这个|这一|该)(名称|名字|说法|术语|叫法|词)`)

// drawsOnBefore reports whether a candidate, outside the section of the question's subject,
// draws on the statement before it: 「这意味着什么：」「这说明」.
func drawsOnBefore(cd candidate, a asked) bool {
	return statementBackRe.MatchString(cd.norm) && !cd.aside && len(a.subject) > 0 && !cd.subjectSection
}

// statementBackRe opens a sentence that draws on the one before it, maybe after a few words
// saying for whom (「对用户来说，这解释了……」).
var statementBackRe = regexp.MustCompile(`^([^,，。;；]{1,8}[,，])?这(意味着|说明|表明|解释了|样一来|样)`)

// thereforeRe is a sentence whose subject, named in its first words, does something because
// of what the sentence before it said (「DeepSeek-R1 因此改为……」「研究者于是……」).
var thereforeRe = regexp.MustCompile(`^[^,，。;；：:]{1,16}(因此|于是|为此)`)

// describedBefore opens a sentence whose subject is what the sentences before it described:
// 「这类规律……」「这种做法……」「这些模型……」.
var describedBefore = regexp.MustCompile(`^(这|此)(类|种|些|项)`)

// thatIsRe opens a sentence that names what the sentences before it described: 「这就是……」.
var thatIsRe = regexp.MustCompile(`^这(就|便)是`)

// pronounRe is a sentence that opens with a pronoun pointing back (「这种习惯……」「它的多语言
// 扩展……」).
var pronounRe = regexp.MustCompile(`^(它|这|该|其)`)

// reportedBackRe is a sentence whose first words say who reports it and whose next point back
// (「论文报告，这样训练的模型……」「OpenAI 称它……」). (「这类事后判断的分类器」「这种基于计数
// 的方法」 say what they point to.)
var reportedBackRe = regexp.MustCompile(`^[^，。；：]{2,24}(报告|表示|指出|发现|认为|称|写道|显示)[，,：:]?(它|该|其|此|这样|这是|这一|这些|这个)`)

// overviewRe finds a chapter's or section's overview of itself (「本章按时间顺序讲述……」): it
// lists what the report covers and answers nothing in particular.
var overviewRe = regexp.MustCompile(`^(本章|本节|这一章|这一节)[^，。；：]{0,4}(是|按|把|先|逐|顺着|集中|只讲|只陈述|介绍|讲|解释|说明|收录|梳理|收拢|汇总|依次)|^下面(按|先|逐|依次)|^下表(按|把|汇总|列出)|^这一时期[^。]{0,12}本节只|^(每个)?条目(的写法|之间|先列)|^(接着|然后|最后|随后|再)(一节)?(讲|介绍|谈|列出|回顾|讨论|总结)`)

// thisIsBackRe opens a sentence whose subject is the statement before it: 「这是……的重要原因」
// 「这也说明……」.
var thisIsBackRe = regexp.MustCompile(`^(这|此)(也|就|正|便)?(是|意味着|说明|表明|解释了)`)

// limitRe finds a sentence about a limit or a cost.
var limitRe = regexp.MustCompile(`局限|缺点|不足之处|代价是`)

// limitOpensRe is a sentence that opens by saying what a thing's limit is (「ARC-AGI 的局限是……」).
var limitOpensRe = regexp.MustCompile(`^[^，,。；;]{1,24}的局限(是|在于|有|出在)`)

// tokenCache keeps each sentence's terms: the sentences of the best passages are read twice,
// for the answer and for 「更多原文」.
type tokenCache map[string][]string

// of returns a sentence's terms. The slice is shared by every caller, so it comes clipped: a
// caller that appends to it (a key-facts item adds its entry's name) gets a copy instead of
// writing into spare capacity that another caller's terms may be using.
func (c tokenCache) of(s string) []string {
	t, ok := c[s]
	if !ok {
		t = slices.Clip(retriever.Tokens(s))
		c[s] = t
	}
	return t
}

// withoutPointers drops the clauses of a sentence that open with 「见」「参见」「详见」「另见」.
// (Only those: 「常见」「可见」 in a clause say something of their own.)
func withoutPointers(s string) string {
	if !strings.Contains(s, "见") {
		return s
	}
	var b strings.Builder
	for rest := s; rest != ""; {
		end := strings.IndexAny(rest, "，；。,;")
		clause := rest
		if end >= 0 {
			_, size := utf8.DecodeRuneInString(rest[end:])
			clause, rest = rest[:end+size], rest[end+size:]
		} else {
			rest = ""
		}
		if opensPointer(strings.TrimLeft(clause, " ")) {
			continue
		}
		b.WriteString(clause)
	}
	return b.String()
}

// opensPointer reports whether a sentence or a clause opens by saying where to read on:
// 「参见」「详见」「另见」「见」.
func opensPointer(s string) bool {
	for _, p := range []string{"参见", "详见", "另见", "见"} {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// definingVerb opens what a subject is said to be.
var definingVerb = regexp.MustCompile(`^(就|其实|也|则)?(是|指|即|叫做?|称为|意思是|的意思是)`)

// otherNameRe is another name a definition gives its subject before saying what it is, with
// its gloss: 「或模型卡（model card）」.
var otherNameRe = regexp.MustCompile(`^\s*(或|或者|也叫|又称|亦称)[^，。；：()（）]{1,12}[(（][^()（）]*[)）]`)

// definesNamed reports whether a sentence (normalised) opens by defining a thing it names with
// its other name in brackets: 「编码器-解码器（encoder-decoder）是……」.
func definesNamed(norm string) bool {
	open := strings.Index(norm, "(")
	if open < 0 || utf8.RuneCountInString(norm[:open]) > 24 || strings.ContainsAny(norm[:open], "，。；：") {
		return false
	}
	end := strings.Index(norm[open:], ")")
	return end > 0 && definingVerb.MatchString(strings.TrimSpace(norm[open+end+1:]))
}

// hasFacts reports whether an entry opens with a key-facts list: benchmarks, metrics,
// evaluations and models do, concepts do not.
func hasFacts(anchor string) bool {
	return isEntry(anchor) && !strings.HasPrefix(anchor, "term-")
}

// isEntry reports whether an anchor is an entry of the report (a concept, benchmark, metric,
// evaluation or model), whose title is a name that can label a sentence.
func isEntry(anchor string) bool {
	for _, p := range []string{"term-", "bench-", "metric-", "eval-", "model-"} {
		if strings.HasPrefix(anchor, p) {
			return true
		}
	}
	return false
}

// terminateItem joins list items with 「；」 unless they end a sentence themselves.
func terminateItem(s string) string {
	if r, _ := utf8.DecodeLastRuneInString(s); strings.ContainsRune("。！？!?；;：:", r) {
		return s
	}
	return s + "；"
}

// terminate ends a quoted list item or table row, which has no closing punctuation of its own,
// so the marker after it does not run into the next sentence.
func terminate(s string) string {
	r, n := utf8.DecodeLastRuneInString(s)
	// (A closing bracket ends a sentence only after its stop: 「全称：SimpleQA（简短事实问答基
	// 准）」 is an item that needs one.)
	if r == '）' || r == ')' {
		r, _ = utf8.DecodeLastRuneInString(s[:len(s)-n])
	}
	if !strings.ContainsRune("。！？!?；;」”", r) {
		return s + "。"
	}
	return s
}

// composeOffline writes the offline answer to a question from what retrieval found. It
// returns the answer's Markdown, its citations and which hits it quotes.
func composeOffline(a asked, res retriever.Result, report library, sc *sentenceCache) (string, []Citation, map[int]bool) {
	return compose(a, res, report, defaultScoring(), sc)
}

// library is what composition reads of the whole report besides the hits: its passages, to
// link a section, and the sources each section cites. *retriever.Index is one.
type library interface {
	Passages() []retriever.Passage
	Sources(anchor string) []corpus.Source
}

func compose(a asked, res retriever.Result, report library, w scoring, sc *sentenceCache) (string, []Citation, map[int]bool) {
	hits := res.Hits
	var note string
	// The note stands where the reader asked for the score: 「多少道题，r1考了多少」 is told the
	// count first.
	noteLater := false
	recommendsNone := a.kind == kindRecommend
	if a.kind == kindScore || a.kind == kindRecommend || a.kind == kindPrice {
		note = scopeNote(a.kind, a.anchors, res, report)
		noteLater = len(a.parts) > 1 && a.parts[0].kind != a.kind
		// Besides the note, what else the question asks is answered as if asked alone.
		a = a.withoutScore()
	}
	c := newComposer(a, hits)
	if !noteLater {
		c.b.WriteString(note)
	}
	k := a.kind
	question := a.text
	terms := contentTerms(a, res)
	tokens := tokenCache{}
	cs := candidates(hits, tokens, sc)
	if recommendsNone {
		// The note has said the report recommends nothing: a passage saying so again is no
		// answer (the FAQ's 「本报告不推荐具体的产品或模型，因为……」).
		for _, cd := range cs {
			if strings.Contains(cd.norm, recommendsNoneWords) {
				c.shown[cd.text] = true
			}
		}
	}
	answerKind := k
	switch k {
	case kindScore, kindRecommend, kindPrice:
		answerKind = kindWhat // then what the named entries are
	}
	weigh(cs, hits, answerKind, a, terms, res.Named, w)
	usable := func(cd candidate) bool {
		// (Nor a list whose item is already shown, nor an item of a list already shown; nor a
		// figure's caption, 「图 2-6：键值缓存：……」, which names what a drawing shows and
		// answers only a question about the drawing.)
		if hits[cd.hit].Figure != "" && captionRe.MatchString(cd.text) && !drawingAsk.MatchString(question) {
			return false
		}
		// (Nor a sentence one of whose clauses is shown, nor a clause of a sentence shown.)
		return !c.shown[cd.text] && !cd.analogy && !slices.ContainsFunc(cd.parts, func(p string) bool { return c.shown[p] }) &&
			!c.cut[cd.text] && (cd.of == "" || !c.shown[cd.of])
	}

	// 「Base 版和 Instruct 版该选哪个」 asks which to take: a sentence of either side's section
	// that tells readers which (「普通使用者应选指令版」) answers it, before the two sides.
	if k == kindCompare && chooseAsk.MatchString(a.cue) {
		if i := best(cs, func(cd candidate) bool {
			return usable(cd) && adviseRe.MatchString(cd.norm) && slices.Contains(res.Named, hits[cd.hit].Anchor)
		}); i >= 0 {
			c.b.WriteString(c.label(cs[i], "") + terminate(cs[i].text) + c.cite(cs[i], false) + "\n\n")
		}
	}
	var direct []int
	// (「o3-mini 跟 o1 比哪个好，有啥区别」 asks for the difference too: after the note that the
	// report recommends neither, the two sides set out answer it.)
	if k == kindCompare && (len(a.parts) < 2 || a.parts[0].kind == kindCompare) ||
		k == kindRecommend && differenceRe.MatchString(retriever.Normalize(question)) {
		direct = compareSides(cs, hits, a, res.Named, usable)
	}
	if len(direct) > 0 {
		c.writeCompare(cs, direct, usable)
		// 「o1跟gpt4o有啥区别，o1为啥那么慢」 asks why too: after the two sides, the sentence that
		// answers each other part, as a question of two parts is answered.
		if len(a.parts) > 1 {
			rest := a
			rest.parts = slices.DeleteFunc(slices.Clone(a.parts), func(p part) bool { return p.kind == kindCompare })
			unshown := func(cd candidate) bool {
				return usable(cd) && !c.shown[cd.text] && !slices.ContainsFunc(direct, func(s int) bool { return cs[s].text == cd.text })
			}
			// (Only a sentence that says what its part asks: 「发布方：OpenAI」 is no reason why
			// o1 is slow.)
			if len(rest.parts) == 1 {
				for _, i := range pickParts(cs, hits, rest, res, w, unshown) {
					if !cs[i].says(rest.parts[0].kind) {
						continue
					}
					c.b.WriteString("\n\n" + c.label(cs[i], "") + terminate(cs[i].text) + c.cite(cs[i], false))
					c.shown[cs[i].text] = true
				}
			}
		}
	} else {
		if len(a.parts) > 1 && k != kindScore && k != kindRecommend && k != kindPrice {
			direct = pickParts(cs, hits, a, res, w, usable)
		}
		if len(direct) == 0 && recommendsNone && !slices.ContainsFunc(a.anchors, isModelEntry) && len(hits) > 0 && hits[0].Anchor == whichOneFAQ {
			// What the FAQ on choosing says to look at, in its order: what to compare, then
			// the way to try them (「最可靠的办法是……」).
			var own []int
			for i, cd := range cs {
				if cd.hit == 0 && usable(cd) {
					own = append(own, i)
				}
			}
			slices.SortStableFunc(own, func(x, y int) int { return cs[x].pos - cs[y].pos })
			if len(own) > 0 {
				direct = append(direct, own[0])
				if i := slices.IndexFunc(own[1:], func(i int) bool { return wayRe.MatchString(cs[i].norm) }); i >= 0 {
					direct = append(direct, own[1+i])
				}
			}
		}
		if len(direct) == 0 && k == kindWhat {
			fa := a
			if len(a.restOf) == 1 {
				fa.anchors = a.restOf
			}
			direct = entryFacts(cs, hits, fa, usable)
		}
		if len(direct) == 0 {
			direct = pickDirect(cs, hits, k, a, usable, predicateTerms(a, terms))
		}
		direct = withoutOverlaps(cs, direct)
		// A reader who asks to be told plainly (「说人话」「能打个比方不」) gets the analogy of the
		// answer's section right after its first sentence, not after a second one. (The analogy
		// may stand in another of the section's passages: 「词嵌入是啥意思 能讲通俗点不」.)
		if len(direct) > 1 && len(a.parts) < 2 && plainAsk.MatchString(retriever.Normalize(question)) &&
			slices.ContainsFunc(cs, func(cd candidate) bool { return cd.analogy && hits[cd.hit].Anchor == hits[cs[direct[0]].hit].Anchor }) {
			direct = direct[:1]
		}
		estimate := -1 // the sentence that estimates a measure the report gives no figure for
		if len(direct) > 0 && len(a.parts) < 2 {
			note := a.missing(cs, hits, direct)
			c.b.WriteString(note)
			// What memory a model the report gives no figure for needs is estimated as the report
			// teaches, from its parameters (「70 亿参数的模型仅权重就约需 14GB」): that sentence
			// follows the subject's own.
			if note != "" && a.counted == memoryAmount {
				if i := best(cs, func(cd candidate) bool {
					return usable(cd) && !cd.aside && cd.text != cs[direct[0]].text && memoryAmount.MatchString(cd.norm) && strings.Contains(cd.norm, "参数")
				}); i >= 0 {
					direct, estimate = append(direct[:1], i), i
				}
			}
		}
		if len(direct) > 0 {
			lead := cs[direct[0]]
			// The limit of an analogy reads after the analogy, even as the opening: 「这个比方的局
			// 限在于，页码只是一个整数……」 of what, otherwise?
			if lead.aside {
				if an := c.analogyOf(cs, lead); an >= 0 {
					c.b.WriteString(c.analogy(cs[an]) + "\n\n")
				}
			}
			title := hits[lead.hit].Title
			// (The FAQ answer written for the question is the subject's section only for choosing
			// sentences: its heading is the question, no name to read it under.)
			ownSection := lead.subjectSection && !(strings.HasPrefix(a.answers, "faq-") && hits[lead.hit].Anchor == a.answers)
			if (isEntry(hits[lead.hit].Anchor) || utf8.RuneCountInString(shortTitle(title)) <= 16 || ownSection) &&
				(lead.field != "" || dependentRe.MatchString(lead.norm) || (!namesSubject(lead.text, title) && !lead.namesSubject) ||
					(ownSection && !a.saysReadersName(lead))) {
				// A key fact reads only under its entry's name: 「题目形式与规模：……」 of what? And a
				// reader who asked about 「GRPO」 is told that 「组相对策略优化」 is it.
				fmt.Fprintf(&c.b, "**%s**：", a.label(title))
			}
			for j, i := range direct {
				if j > 0 {
					// A sentence from another entry starts its own paragraph under that entry's name;
					// so does an estimate, which speaks of models in general.
					if l := c.label(cs[i], hits[lead.hit].Anchor); l != "" {
						c.b.WriteString("\n\n" + l)
					} else if i == estimate {
						c.b.WriteString("\n\n")
					}
				}
				c.b.WriteString(terminate(cs[i].text) + c.cite(cs[i], false))
			}
		}
	}
	if noteLater {
		c.b.WriteString("\n\n" + strings.TrimSpace(note))
	}

	// Supporting excerpts: an analogy from the answer's own section, then the next closest
	// sentence, each short.
	supports := 0
	if len(direct) > 0 && !k.asksFact() {
		anchor := hits[cs[direct[0]].hit].Anchor
		if a := best(cs, func(cd candidate) bool {
			return cd.analogy && !c.shown[cd.text] && hits[cd.hit].Anchor == anchor && utf8.RuneCountInString(cd.text) <= maxSupportRunes &&
				sameItem(hits, cd, cs[direct[0]])
		}); a >= 0 {
			c.b.WriteString("\n\n" + c.analogy(cs[a]))
			supports++
		}
	}
	if len(direct) > 0 && supports < maxSupport {
		top := cs[direct[0]].score
		if s := best(cs, func(cd candidate) bool {
			// (The limit of an analogy supports only an answer about what it likens.)
			// (Nor a bare pointer, 「参见上下文窗口与长上下文。」, nor a section's overview of
			// itself, 「本节解释新闻里关于 AI 风险和规则的几个说法……」, which support nothing but
			// a question on the section.)
			return usable(cd) && !blankFact(cd) && !(isPointer(cd.norm) && !whereMetRe.MatchString(cd.norm)) && !(isOverview(cd.norm) && hits[cd.hit].Anchor != a.answers) && !drawsOnBefore(cd, a) && (!cd.aside || cd.onSubject || slices.ContainsFunc(direct, func(d int) bool { return cs[d].hit == cd.hit })) && cd.score >= supportShare*top && utf8.RuneCountInString(cd.text) <= maxSupportRunes &&
				(k.asksFact() || !slices.ContainsFunc(direct, func(d int) bool { return restates(cs[d], cd) }))
		}); s >= 0 {
			label := c.label(cs[s], hits[cs[direct[0]].hit].Anchor)
			// The limit of an analogy reads after the analogy: 「这个比方的局限在于」 of what?
			if cs[s].aside && supports == 0 {
				if an := c.analogyOf(cs, cs[s]); an >= 0 {
					c.b.WriteString("\n\n" + label + c.analogy(cs[an]))
					label = ""
				}
			}
			c.b.WriteString("\n\n" + label + terminate(cs[s].text) + c.cite(cs[s], false))
		}
	}

	// The rest, folded: what the old answer quoted, less what is already above.
	q := question + " " + strings.Join(res.Expansion, " ")
	var more strings.Builder
	prev := ""
	used := moreHits(res)
	for j, i := range used {
		h := hits[i]
		var rest []string
		first := j == 0 || h.Anchor != hits[used[j-1]].Anchor
		for _, s := range quoteSentences(h.Text, q, first, tokens.of) {
			if !c.shown[s] {
				rest = append(rest, s)
			}
		}
		if len(rest) == 0 {
			continue
		}
		if h.Title == prev {
			more.WriteString(" ")
		} else {
			fmt.Fprintf(&more, "\n\n**%s**：", h.Title)
		}
		prev = h.Title
		var quoted strings.Builder
		for _, s := range rest {
			quoted.WriteString(s)
			if r, _ := utf8.DecodeLastRuneInString(s); !strings.ContainsRune("。！？!?；;：:", r) {
				quoted.WriteString("；")
			}
		}
		marker := ""
		for _, s := range rest {
			marker = c.cite(candidate{text: s, hit: i}, true)
		}
		more.WriteString(strings.TrimSuffix(quoted.String(), "；") + marker)
	}
	if more.Len() > 0 {
		if c.b.Len() > 0 {
			c.b.WriteString("\n\n" + MoreHeading)
			c.b.WriteString(more.String())
		} else {
			c.b.WriteString(strings.TrimPrefix(more.String(), "\n\n"))
		}
	}
	return strings.TrimSpace(c.b.String()), c.citations(), c.quoted
}

// plainAsk asks to be told in plain words, or by an analogy.
var plainAsk = regexp.MustCompile(`人话|通俗|大白话|打个比方|打比方|比方|比喻|外行|小白|听得懂|形象点|形象一点|形象地|简单点|简单些|简单一点|浅显|易懂|直白`)

// analogyOf returns the analogy, not yet shown, that the limit of an analogy (an aside) speaks
// of: the one before it in its passage; or -1.
func (c *composer) analogyOf(cs []candidate, aside candidate) int {
	return best(cs, func(cd candidate) bool {
		return cd.analogy && cd.hit == aside.hit && cd.pos < aside.pos && !c.shown[cd.text]
	})
}

// sameItem reports whether an analogy may support an answer that opens with sentence d: a
// section that runs through several labelled items (「**位置插值**：……」「**只看一部分**：……」)
// likens each item to its own thing, so an analogy in a labelled paragraph supports only an
// answer from that paragraph.
func sameItem(hits []retriever.Hit, an, d candidate) bool {
	ap, alabelled := paragraphOf(hits[an.hit].Text, an.parts)
	if !alabelled {
		return true
	}
	dp, _ := paragraphOf(hits[d.hit].Text, d.parts)
	return an.hit == d.hit && ap == dp
}

// paragraphOf returns the paragraph of text that holds the sentences (its first one) and
// whether that paragraph is one of a run of labelled items: it opens with a short name and a
// colon, as two or more paragraphs of the passage do (one alone is more likely an analogy, 「检索
// 增强生成像开卷考试：……」); -1 if none holds them.
func paragraphOf(text string, sentences []string) (int, bool) {
	if len(sentences) == 0 {
		return -1, false
	}
	paras := strings.Split(text, "\n")
	at, items := -1, 0
	for i, p := range paras {
		if at < 0 && strings.Contains(p, sentences[0]) {
			at = i
		}
		if itemLabel(p) {
			items++
		}
	}
	return at, at >= 0 && items >= 2 && itemLabel(paras[at])
}

// itemLabel reports whether a paragraph opens with an item's name and a colon, as a key-facts
// field does (fieldRe): 「位置插值：」; not a likening, 「幻觉像考生：」.
func itemLabel(p string) bool {
	label := fieldRe.FindString(p)
	return label != "" && !analogyRe.MatchString(label)
}

// analogy writes an analogy as a supporting excerpt: 「打个比方：……」 and its citation.
func (c *composer) analogy(cd candidate) string {
	text := strings.TrimLeft(strings.TrimPrefix(cd.text, "打个比方"), "，,：: ")
	return "打个比方：" + terminate(text) + c.cite(cd, false)
}

// startsLine reports whether sentence s begins a line of text: a paragraph after a key-facts
// list does, the second sentence of the list's last item (「开放程度：闭源；…。2025 年 8 月，
// OpenAI……」) does not.
func startsLine(text, s string) bool {
	i := strings.Index(text, s)
	return i == 0 || (i > 0 && text[i-1] == '\n')
}

// blankFact reports whether a candidate is a key fact the report says is not known
// (「架构：未公开（……）」「上下文窗口：未确认」) and the question did not ask for: it answers nothing
// else. (Asked for, 「GPT-4.5 多大」 is told it is undisclosed: states.)
func blankFact(cd candidate) bool {
	if cd.field == "" || cd.states {
		return false
	}
	_, value, _ := strings.Cut(cd.text, "：")
	return blankValue.MatchString(value)
}

var blankValue = regexp.MustCompile(`^\s*(未公开|未确认|未披露|不详|未知)`)

// pickDirect chooses the one or two sentences that answer a question of kind k, from candidates
// weighed for it.
func pickDirect(cs []candidate, hits []retriever.Hit, k kind, a asked, known func(candidate) bool, predicate []string) []int {
	// A key fact the report gives as unknown opens no answer that did not ask for it, whatever
	// rule below picks the opening.
	usable := func(cd candidate) bool { return known(cd) && !blankFact(cd) }
	// What a thing is is not the limit of an analogy for it, which reads only after the analogy
	// (of other questions it may well be the answer: 「流式输出并不会让整段回答更快完成」).
	// (Nor does the limit of another entry's analogy open an answer to why or to what is bad:
	// 「聊天机器人会产生幻觉」, said of the chatbot's analogy, is no cause of hallucinations, and
	// the dense model's 「医生可以非常大」 no drawback of mixture of experts.)
	// (Nor, of a question that names nothing, does the limit of an analogy outside the best
	// passage: 「不能简单套到现成模型上」 of MLA's analogy, fifth found for 「大模型发展史能简单捋
	// 一下吗」.)
	first := best(cs, func(cd candidate) bool {
		return usable(cd) && (!cd.aside || k != kindWhat && (len(a.subject) > 0 || cd.hit == 0) && (k != kindWhy && k != kindBad || len(a.subject) == 0 || cd.subjectSection))
	})
	if first < 0 {
		return nil
	}
	if cs[first].aside {
		// The limit of an analogy that goes on to a fact (「这个比喻的局限在于，里程人人都会算，
		// 而词元数量取决于分词器：同样一段话……中文……切得更碎」) opens with that fact, nearly as
		// close, rather than with the analogy it must be read after.
		clause := best(cs, func(cd candidate) bool {
			return cd.hit == cs[first].hit && cd.pos == cs[first].pos && !cd.aside && usable(cd) &&
				strings.Contains(cs[first].text, cd.text) && cd.score >= clauseShare*cs[first].score
		})
		if clause >= 0 {
			first = clause
		}
	}
	// Asked what is bad about a thing, a limit its section says outright opens before the limit
	// of its analogy, which must be read after the analogy: 「RLHF 的局限出在打分上：……」, not
	// 「这个比方的局限在于，观众的「喜欢」不等于「正确」……」.
	if cs[first].aside && k == kindBad {
		plain := best(cs, func(cd candidate) bool {
			return usable(cd) && !cd.aside && !cd.analogy && cd.onSubject && cd.subjectSection && cd.field == "" &&
				cd.says(k) && cd.score >= clauseShare*cs[first].score
		})
		if plain >= 0 {
			first = plain
		}
	}
	// A sentence that draws on what was said before it (「这意味着什么：……」) opens no answer
	// from a section that is not the subject's, where what it draws on is not shown: a sentence
	// that stands alone, nearly as close, opens instead. (Not one that points back at a thing
	// the question names, 「这一说法也有争议」 of emergent abilities; nor 「它」, the section's
	// subject, named by the label: 「**混合专家：路由与负载均衡**：它的每个混合专家层……」.)
	// (So does one whose subject is 「这类……」「这种……」, what the sentences before it described,
	// even in the subject's own section, unless it says outright what was asked: 「这类规律后来
	// 被称为缩放定律」 names the law of rules not shown, while 「这种设计……代价是全部参数仍要
	// 放进内存」 is the drawback asked of mixture of experts.)
	// (Asked yes or no, nor does 「这就是……」, which names what the sentences before described:
	// 「注意力机制最早是用在机器翻译上的吗」 is not told 「这就是编码器-解码器结构」. There 「它」 of
	// the subject's own entry is the subject, which the label names: 「**注意力机制**：它最早在
	// 2014 年被用于机器翻译」.)
	// (Asked why, one of the subject's own section that says every word the question asks by
	// answers it, 「这种设计让……每次回答的计算量和价格保持在较低水平」 for 「为啥这样能省钱」 after
	// mixture of experts: its 这种设计 is the subject.)
	yesNo := k == kindYesNo && thatIsRe.MatchString(cs[first].norm)
	saysAll := k == kindWhy && cs[first].subjectSection && cs[first].overlap >= 1
	if drawsOnBefore(cs[first], a) || (describedBefore.MatchString(cs[first].norm) || yesNo) && !cs[first].says(k) && !saysAll {
		if alt := best(cs, func(cd candidate) bool {
			itSubject := yesNo && cd.subjectSection && isEntry(hits[cd.hit].Anchor) && strings.HasPrefix(cd.norm, "它")
			return usable(cd) && !cd.aside && (!pronounRe.MatchString(cd.norm) || itSubject) && !describedBefore.MatchString(cd.norm) && !thatIsRe.MatchString(cd.norm) && !drawsOnBefore(cd, a)
		}); alt >= 0 && cs[alt].score >= openingShare*cs[first].score {
			first = alt
		}
	}
	// Asked why, a sentence that says the cause outright opens before one that says only that
	// what came before it explains what was asked: 「……主要是因为模型生成文字时会采样」, not
	// 「对用户来说，这解释了同一个问题问两遍、答案可能不同的现象」.
	if k == kindWhy && statementBackRe.MatchString(cs[first].norm) && !causeRe.MatchString(cs[first].norm) {
		if alt := best(cs, func(cd candidate) bool {
			return usable(cd) && !cd.aside && !pronounRe.MatchString(cd.norm) && !statementBackRe.MatchString(cd.norm) && causeRe.MatchString(cd.norm)
		}); alt >= 0 && cs[alt].score >= openingShare*cs[first].score {
			first = alt
		}
	}
	// 「hallucination 到底是怎么产生的」 knows what it is and asks why: a cause said outright of
	// it, nearly as close to the question, opens before what it is. (A reader who describes it
	// instead, 「为啥会胡编乱造」, is first told its name.)
	// (A cause of what was asked: 「为啥说chatgpt是人类反馈强化学习搞出来的」 is not answered by
	// RLHF's 「……导致谄媚等问题」, which says nothing of ChatGPT.)
	if k == kindWhy && cs[first].defines && a.namesSubjectItself() {
		if alt := best(cs, func(cd candidate) bool {
			return usable(cd) && cd.onSubject && !cd.defines && !cd.aside && causeRe.MatchString(cd.norm) && (len(predicate) == 0 || saysAny(cd.norm, predicate))
		}); alt >= 0 && cs[alt].score >= secondShare*cs[first].score {
			first = alt
		}
	}
	// Asked what something is, its section's definition opens before a sentence that only
	// speaks of it, nearly as close: 「混合专家是一种……架构」, not 「读者在新模型的发布说明里
	// 会经常看到……这正是混合专家模型的特征」.
	// (Not where the opening says more of what was asked: 「gpt-oss 用的 harmony 是什么」 asks
	// for harmony, not for what gpt-oss is.)
	if k == kindWhat && !cs[first].defines && !cs[first].lead && cs[first].field == "" {
		if alt := best(cs, func(cd candidate) bool {
			return usable(cd) && cd.defines && cd.subjectSection && !cd.aside && cd.overlap >= definitionShare*cs[first].overlap
		}); alt >= 0 && cs[alt].score >= definitionShare*cs[first].score {
			first = alt
		}
	}
	// Nor does another entry's definition open before the subject's own: 「pass@1 是啥意思」 is
	// told what pass@1 measures, not what Pass@1-COT is, though that sentence ends in 「pass@1」.
	// (Not where the question says where its subject is: 「GPT-5 里的实时路由器」 is GPT-5's, not
	// the router of a mixture of experts.)
	if k == kindWhat && !cs[first].subjectSection && len(a.anchors) > 0 && len(a.containers) == 0 {
		if alt := best(cs, func(cd candidate) bool {
			return usable(cd) && (cd.defines || cd.lead) && cd.subjectSection && !cd.aside && slices.Contains(a.anchors, hits[cd.hit].Anchor)
		}); alt >= 0 && cs[alt].score >= definitionShare*cs[first].score {
			first = alt
		}
	}
	// A sentence that says what the very name the reader asked about is (「参数（Parameter）就是
	// 这些层里所有可调整的数字」), in whichever section, opens before one that only mentions it,
	// nearly as close: 「常说的几千亿参数 这个参数到底指的啥」 is not told of Qwen's 「数千亿参数」.
	// (The name is the reader's own, not the maker's: 「anthropic发的那个系统卡是啥」 asks what
	// a system card is, and the maker's definition, 「Anthropic 是一家……公司」, gives way too.
	// Otherwise a definition stays, 「编码器-解码器（Encoder-Decoder）是 Transformer 的原始
	// 形态」 of 「transformer 的编码器解码器是啥」; so does an opening that names every thing
	// asked of: 「Kimi K2.5 的新做法是「智能体集群」」.)
	own := a.ownNames()
	makerOpens := len(own) < len(a.said) && !definesSubject(cs[first].squashed, own)
	namesAll := len(a.anchors) > 1 && !slices.ContainsFunc(a.anchors, func(an string) bool { return !a.names(cs[first], an) })
	if k == kindWhat && len(own) > 0 && len(a.parts) < 2 && len(a.containers) == 0 &&
		(makerOpens || !cs[first].defines && !definesNamed(cs[first].norm)) && !namesAll {
		// (Not where the opening says an English word asked of besides the name: 「gpt-oss 用的
		// harmony 是什么」 asks for harmony, 「Llama 4 Behemoth 是什么」 for Behemoth, not for
		// what the model is.)
		var titles []string
		for _, h := range hits {
			if slices.Contains(a.anchors, h.Anchor) {
				titles = append(titles, normalizedNames(h.Title)...)
			}
		}
		extra := a.wordsBesides(titles)
		says := func(cd candidate) bool {
			return usable(cd) && !cd.aside && !cd.worked && cd.onSubject && definesSubject(cd.squashed, own) &&
				!slices.ContainsFunc(extra, func(w string) bool {
					return strings.Contains(cs[first].norm, w) && !strings.Contains(cd.norm, w)
				})
		}
		// (Its entry's first sentence, where it is one: 「系统卡（System Card）或模型卡……是……说明
		// 文件」, not 「系统卡是读者了解一个模型最可靠的一手资料之一」.)
		alt := best(cs, func(cd candidate) bool { return says(cd) && cd.lead && cd.subjectSection })
		if alt < 0 || cs[alt].score < openingShare*cs[first].score {
			alt = best(cs, says)
		}
		if alt >= 0 && cs[alt].score >= openingShare*cs[first].score {
			first = alt
		}
	}
	// answersOpen opens with the closest sentence keep accepts of the section written for the
	// question (one of its 「常见问法」 is what the reader asked), when it comes near enough.
	answersOpen := func(keep func(candidate) bool) {
		if alt := best(cs, func(cd candidate) bool {
			return usable(cd) && hits[cd.hit].Anchor == a.answers && !cd.aside && keep(cd)
		}); alt >= 0 && cs[alt].score >= openingShare*cs[first].score {
			first = alt
		}
	}
	// Asked what a thing is by a short name of its entry (「大模型是啥」 of 大语言模型), the entry
	// written for the question opens with its definition, not with a sentence that only uses the
	// short name (「平常简称的「大模型」……指的就是它」).
	if k == kindWhat && !cs[first].defines && a.answers != "" && hits[cs[first].hit].Anchor == a.answers {
		answersOpen(func(cd candidate) bool { return cd.defines && !cd.setAside })
	}
	// An entry on two things defines each in its own sentence: asked what the one named second
	// is (「llama.cpp 是做什么用的」 of 「GGUF 与本地推理工具」), its sentence opens, not the other's.
	if k == kindWhat && cs[first].defines && len(a.said) > 0 && !definesSubject(cs[first].squashed, a.said) {
		if alt := best(cs, func(cd candidate) bool {
			return usable(cd) && cd.defines && cd.hit == cs[first].hit && !cd.aside && definesSubject(cd.squashed, a.said)
		}); alt >= 0 {
			first = alt
		}
	}
	// 「api 按 token 收费是咋算的」 asks how of what the API does, not what it is: a sentence on
	// the subject that says what is asked of it (「一般按词元计费」), nearly as close, opens before
	// a definition that says none of it. (A sentence that states the fact asked for, 「Vaswani
	// 等人发表……」 of who wrote a paper, stays; so does the definition of a section that lists the
	// question among its 常见问法: 「温度高时……更多样」 answers 「温度调高了会怎样」 in its own words.)
	// (Asked why, the section written for the question gives its cause in a sentence of its
	// own where its opening says none: 「gpt4.5 为啥那么贵」 is answered by GPT-4.5's 「比
	// GPT-4o 更贵」, not by 「GPT-4.5 代表了……另一条路线」.)
	inAnswers := hits[cs[first].hit].Anchor == a.answers
	// (Asked yes or no of a word that ends the question, 「……这样安全不」, only a sentence that
	// says that word answers it: GPT-5.4's launch says 「工具」, not whether it is safe.)
	if k == kindYesNo {
		if m := polarEndRe.FindStringSubmatch(retriever.Normalize(a.text)); m != nil && slices.Contains(predicate, m[1]) {
			predicate = []string{m[1]}
		}
	}
	if k != kindWhat && k != kindCompare && k != kindOpen && (cs[first].defines || cs[first].lead) && !cs[first].states && (!inAnswers || k == kindWhy && !causeRe.MatchString(cs[first].norm)) && len(predicate) > 0 && !saysAny(cs[first].norm, predicate) {
		if alt := best(cs, func(cd candidate) bool {
			return usable(cd) && cd.onSubject && !cd.aside && saysAny(cd.norm, predicate) && (!inAnswers || hits[cd.hit].Anchor == a.answers)
		}); alt >= 0 && cs[alt].score >= predicateShare*cs[first].score {
			first = alt
		}
	}
	// Asked yes or no what the section written for the question answers, its sentence that says
	// what was asked opens, though it does not name the subject as the reader did: 「开源模型现在
	// 追上闭源的了没」 is told that the gap 「明显缩小」, not that open weights are not open source.
	// (Only of a section written as an answer, in the outlook or the FAQ: an entry's sentence
	// on its use says 「商用」, but not of the model the conversation is about. And one that says
	// two words of what was asked: 「SynthID-Text 的论文」 says the one word of 「用ai写论文会被
	// 查出来吗」 but not what is asked of it.)
	if k == kindYesNo && inAnswers && (strings.HasPrefix(a.answers, "outlook-") || strings.HasPrefix(a.answers, "faq-")) && len(predicate) > 0 && !saysAny(cs[first].norm, predicate) {
		if alt := best(cs, func(cd candidate) bool {
			return usable(cd) && hits[cd.hit].Anchor == a.answers && !cd.aside && !cd.analogy && saysMost(cd.norm, predicate)
		}); alt >= 0 && cs[alt].score >= predicateShare*cs[first].score {
			first = alt
		}
	}
	// The FAQ answer written for this very question (one of its 常见问法 is what the reader
	// asked) opens the answer, unless another sentence is far closer: 「怎么让 ai 回答更准确」
	// is answered by the FAQ on asking well, not by the FAQ on choosing a product, which also
	// says 「回答更准确」. (So does the entry whose 「常见问法」 asked what it is: 「模型参数里
	// 到底存的是啥」 is told what a parameter is, not what RAG keeps 「在模型参数里」. Asked why,
	// the section whose 「常见问法」 asked it opens before a sentence that gives no cause:
	// 「大模型为啥这么火」 is told what ChatGPT changed, not why robots make the news. Asked yes or
	// no, too: 「ai会不会教人做炸弹」 is told what refusal is, not how to use AI well.)
	// (Asked what is bad about it, too: 「大模型现在有啥局限」 is told what the section on open
	// problems says, not HellaSwag's limits; by a sentence that stands alone, not by 「这类「局限」
	// 段落……」, which draws on the one before it.)
	if (strings.HasPrefix(a.answers, "faq-") || a.answers != "" && (k == kindWhat || k == kindYesNo || k == kindBad || k == kindWhy && !causeRe.MatchString(cs[first].norm))) && hits[cs[first].hit].Anchor != a.answers {
		answersOpen(func(cd candidate) bool {
			return !cd.setAside && !(k == kindBad && (describedBefore.MatchString(cd.norm) || drawsOnBefore(cd, a)))
		})
	}
	// Asked what to watch out for in using AI for a task of one's own (「用ai查资料要注意啥」),
	// the FAQ on using AI well opens: with its best sentence that shares a word of the question,
	// else with its first, on checking; not with a sentence elsewhere that shares the task's
	// word (attention's analogy of 查资料).
	// (A task of learning or of writing is told the FAQ's advice for it: 「学习时也一样：……」 for
	// 「用ai学物理 咋用才不算抄答案」, 「写作时让它起草……」 for 「文案用ai写 要注意点啥」.)
	if a.usingAI != "" {
		faq := func(cd candidate) bool {
			return usable(cd) && hits[cd.hit].Anchor == a.usingAI && !cd.aside && !cd.setAside
		}
		alt := -1
		for _, t := range readersTasks {
			if t.asked.MatchString(a.text) {
				alt = best(cs, func(cd candidate) bool { return faq(cd) && strings.Contains(cd.norm, t.advice) })
				break
			}
		}
		if alt < 0 && hits[cs[first].hit].Anchor != a.usingAI {
			alt = best(cs, func(cd candidate) bool { return faq(cd) && cd.overlap > 0 })
			if alt < 0 {
				alt = best(cs, func(cd candidate) bool { return faq(cd) && cd.lead })
			}
		}
		if alt >= 0 {
			first = alt
		}
	}
	// Asked as a whole what a chapter's 「常见问法」 ask (「未来几年大模型会朝哪个方向走」), the
	// opening of its overview answers (「本章把……收拢成几条趋势」), before a later sentence that
	// shares a word of the question (「涉及未来的内容，都是……估计」). (Only a chapter's: an
	// entry's opening is no answer to 「MuonClip 优化器解决了什么问题」.)
	if k == kindOpen && strings.HasPrefix(a.answers, "intro-") && (!cs[first].lead || hits[cs[first].hit].Anchor != a.answers) {
		answersOpen(func(cd candidate) bool { return cd.lead })
	}
	// 「怎么防止 ai 瞎编」 asks for a remedy: a sentence on the subject that gives one (「对读者
	// 的建议是：……核对」), nearly as close, opens before one that only says the reader's word
	// again (「说白了，就是模型在「瞎编」」).
	// (So with a drawback or a benefit asked of a subject whose definition came first: 「那它的
	// 缺点呢」 after RAG is answered by 「检索系统却可能找错段落」, not by what RAG is. The limit
	// of an analogy says a drawback of the thing too, in its own words after the lead-in.)
	first = givesMeasure(cs, first, k, usable, func(cd candidate) bool { return slices.Contains(a.anchors, hits[cd.hit].Anchor) })
	// 「KV 缓存到底要占多少显存」 asks for a number: the subject's sentence that gives one, nearly
	// as close, opens before a definition that gives none, even in the section written for it.
	// (Not of who: 「月之暗面是一家中国 AI 公司」 names the maker of Kimi without stating it.)
	// (Nor does another key fact: 「考查能力：……等学科的知识广度」 counts no subjects, 「题目形式
	// 与规模：……覆盖 57 个科目」 does.)
	// (Nor a sentence of another section that speaks of the subject: 「R1 在中文版上不如
	// DeepSeek-V3」 gives no count of C-SimpleQA's questions, its entry's 「3000 道」 does.)
	if k == kindCount && !cs[first].states {
		elsewhere := !slices.Contains(a.anchors, hits[cs[first].hit].Anchor)
		if alt := best(cs, func(cd candidate) bool {
			return usable(cd) && (cd.onSubject || cd.measured) && !cd.aside && cd.states &&
				(cs[first].defines || cs[first].lead || cs[first].field != "" || elsewhere && slices.Contains(a.anchors, hits[cd.hit].Anchor))
		}); alt >= 0 {
			// A number that leans on the sentence before it in its passage (「例如一个 70 亿参
			// 数的模型……约需 14 GB」) is read after it, in the passage's order.
			after := cs[alt].hit == cs[first].hit && cs[alt].pos > cs[first].pos &&
				utf8.RuneCountInString(cs[first].text)+utf8.RuneCountInString(cs[alt].text) <= maxDirectRunes
			switch {
			case after && (dependentRe.MatchString(cs[alt].norm) || cs[alt].score < predicateShare*cs[first].score) && cs[alt].score >= samePassageShare*cs[first].score:
				return []int{first, alt}
			case cs[alt].score >= predicateShare*cs[first].score:
				first = alt
			}
		}
	}
	// Asked who made it or when, a definition that says neither gives way to a sentence of the
	// subject that does: 「谁提出来的」 after 思维链 is told 「2022 年 1 月，Google 的 Wei 等人发表
	// 思维链提示」, not what a chain of thought is. (A definition that names a company or a team,
	// 「月之暗面是一家中国 AI 公司，推出了……Kimi」, does say who.)
	if (k == kindWho || k == kindWhen) && (cs[first].defines || cs[first].lead) && !cs[first].states && !cs[first].says(k) {
		if alt := best(cs, func(cd candidate) bool {
			return usable(cd) && cd.onSubject && cd.states && !cd.aside && !cd.analogy
		}); alt >= 0 && cs[alt].score >= predicateShare*cs[first].score {
			first = alt
		}
	}
	// Asked why, a definition that gives no cause gives way to a sentence of the subject that
	// says one outright, nearly as close: 「大模型其实就是在猜下一个字？那它咋还能写代码」 is
	// told 「为了把各种文本都猜准，模型被迫学会……因为……」, not what next-token prediction is.
	// (Not of a question that also asks what it is: 「换觉是啥意思ai为啥会有换觉」 is told what
	// first.)
	if k == kindWhy && len(a.parts) == 0 && !asksWhatToo(retriever.Normalize(a.text)) && cs[first].defines && !cs[first].says(k) && !causeRe.MatchString(cs[first].norm) {
		if alt := best(cs, func(cd candidate) bool {
			return usable(cd) && cd.onSubject && cd.hit == cs[first].hit && !cd.aside && !cd.analogy && !cd.worked && !pronounRe.MatchString(cd.norm) && !namesBack(cd.norm) &&
				(causeRe.MatchString(cd.norm) || becauseRe.MatchString(cd.norm))
		}); alt >= 0 && cs[alt].score >= openingShare*cs[first].score {
			first = alt
		}
	}
	// The definition of what only says where the subject is (「Transformer结构中的“注意力机制”」)
	// opens no answer: the subject's own sentence does, when near enough, whatever else chose
	// the definition (its 「架构」 is no word of what is asked).
	if cs[first].defines && len(a.anchors) > 0 && !slices.Contains(a.anchors, hits[cs[first].hit].Anchor) && slices.ContainsFunc(a.containers, func(c string) bool {
		return strings.HasPrefix(cs[first].squashed, squash(c))
	}) {
		if own := best(cs, func(cd candidate) bool {
			return usable(cd) && !cd.aside && !cd.analogy && slices.Contains(a.anchors, hits[cd.hit].Anchor)
		}); own >= 0 && cs[own].score >= openingShare*cs[first].score {
			first = own
		}
	}
	// pinned: the opening was chosen for what it names (a list, a model, a date of the first),
	// and reads first wherever its passage puts it.
	pinned := false
	asked := retriever.Normalize(a.text)
	// onSubjectSaying is the best sentence of the subject, neither an aside, an analogy nor a
	// worked example, that says what re finds.
	onSubjectSaying := func(re *regexp.Regexp) int {
		return best(cs, func(cd candidate) bool {
			return usable(cd) && cd.onSubject && !cd.aside && !cd.analogy && !cd.worked && re.MatchString(cd.norm)
		})
	}
	// Asked what it includes or requires (「OSAID 要求公开哪些东西」), a definition that lists
	// nothing gives way to a sentence of the subject that announces a list, nearly as close.
	// (Not one that only strings words together: 「实现简单、训练稳定、成本低」 names no model
	// that used DPO.)
	if k == kindList && (cs[first].defines || cs[first].lead) && !cs[first].says(kindList) {
		if alt := onSubjectSaying(announcesList); alt >= 0 && cs[alt].score >= predicateShare*cs[first].score {
			first, pinned = alt, true
		}
	}
	// Asked which models use it (「有哪些模型用过这个方法」), a sentence of the subject that names a
	// model family, nearly as close, opens before one that names none.
	if k == kindList && whichModelsAsk.MatchString(asked) && !familyRe.MatchString(cs[first].norm) {
		if alt := onSubjectSaying(familyRe); alt >= 0 && cs[alt].score >= predicateShare*cs[first].score {
			first, pinned = alt, true
		}
	}
	// Asked when its first version came out (「啥时候发布的第一版」 after Llama), the sentence
	// that dates the subject earliest opens: 2023's LLaMA, not 2024's Llama 3.1.
	if k == kindWhen && earliestAsk.MatchString(asked) {
		if y := yearOf(cs[first].norm); y > 0 {
			alt, at := -1, y
			for i, cd := range cs {
				// (A year without a month is earlier only than another year's date.)
				if yy := yearOf(cd.norm); yy > 0 && (yy/100 < at/100 || yy < at && yy%100 > 0) && usable(cd) && cd.onSubject && cd.states && !cd.aside && !cd.analogy {
					alt, at = i, yy
				}
			}
			if alt >= 0 {
				first = alt
			}
		}
	}
	// Asked what or who came first (「最早的聊天机器人叫啥」), a sentence of the subject that
	// dates one, nearly as close, opens before a definition that dates none: ELIZA's 1966.
	if (k == kindWhat || k == kindWho) && firstOfAsk.MatchString(asked) && yearOf(cs[first].norm) == 0 {
		alt, at := -1, 0
		for i, cd := range cs {
			if yy := yearOf(cd.norm); yy > 0 && (at == 0 || yy < at) && usable(cd) && cd.onSubject && !cd.aside && !cd.analogy && !cd.worked && cd.score >= openingShare*cs[first].score {
				alt, at = i, yy
			}
		}
		if alt >= 0 {
			first, pinned = alt, true
		}
	}
	direct := []int{first}
	size := utf8.RuneCountInString(cs[first].text)
	// An opening that draws on the sentence before it (「对普通用户来说，这意味着……越来越便宜」)
	// reads after that sentence, which says what it draws on (「……推理价格……下降了 280 多倍」).
	// (Not a milestone's 「这意味着什么：」, a field of its own.)
	// (So does one whose subject acts on what the sentence before it said, 「DeepSeek-R1 因此改为
	// 多阶段流程」: R1-Zero's flaws are why.)
	if (statementBackRe.MatchString(cs[first].norm) || thereforeRe.MatchString(cs[first].norm)) && !strings.HasPrefix(cs[first].norm, "这意味着什么") {
		if prev := prevInPassage(cs, first); prev >= 0 && usable(cs[prev]) && !cs[prev].aside && !cs[prev].analogy && !cs[prev].setAside &&
			size+utf8.RuneCountInString(cs[prev].text) <= maxDirectRunes {
			return []int{prev, first}
		}
	}
	// The sentence after the opening one in its passage, other than a key fact: some openings
	// are read with it (below).
	next := nextInPassage(cs, first)
	// A how, a why or a change said just after the sentence that names what was asked
	// (「DeepSeek 提出了无辅助损失的负载均衡。做法是：……」) goes on from it, though it shares none
	// of the question's words.
	if outright := continuedBy(k); outright != nil && !outright.MatchString(cs[first].norm) {
		if next >= 0 && usable(cs[next]) && outright.MatchString(cs[next].norm) && size+utf8.RuneCountInString(cs[next].text) <= maxDirectRunes {
			return append(direct, next)
		}
	}
	// What a paper or an event brought, asked what it is (「attention is all you need 说了啥」),
	// is said by the sentence after the one that names what it brought: 「……发表《Attention Is
	// All You Need》，提出 Transformer 架构。Transformer 完全去掉了循环结构……」.
	if k == kindWhat && len(a.anchors) == 0 && !cs[first].defines {
		// (The first only names it, so the two may run longer than two answering sentences.)
		if next >= 0 && usable(cs[next]) && !cs[next].aside && !cs[next].analogy && broughtBy(cs[first].norm, cs[next].norm) &&
			size <= maxSupportRunes && utf8.RuneCountInString(cs[next].text) <= maxDirectRunes {
			return append(direct, next)
		}
	}
	// What a thing is, said in the report's words, reads best with the same said plainly: the
	// section's 「通俗地说，就是……」 seconds its definition.
	if k == kindWhat && cs[first].defines && (len(a.subject) == 0 || cs[first].subjectSection && len(a.groups) <= 1) && !saidElsewhere(cs, first, a, predicate, usable) {
		if g := slices.IndexFunc(cs, func(cd candidate) bool {
			return cd.hit == cs[first].hit && usable(cd) && !cd.aside && plainGlossRe.MatchString(cd.norm) &&
				size+utf8.RuneCountInString(cd.text) <= maxDirectRunes
		}); g >= 0 {
			return append(direct, g)
		}
	}
	// A short opening sentence that announces (「MMLU-Pro 是 MMLU 的加难版本。」) is read with the
	// sentence after it, which says what it announces; so is a short answer of the FAQ written
	// for the question, whose answers read as one line of thought (「聊久了它就忘了，是因为……叫
	// 上下文窗口。」 and then what happens past the window).
	// (So is the opening sentence of any FAQ answer: 「……取决于你用的是哪家的哪种服务，以及你的
	// 设置。」 goes on with what each maker does.)
	faqOpening := strings.HasPrefix(hits[cs[first].hit].Anchor, "faq-") && cs[first].pos == 0
	if size <= terseRunes || (hits[cs[first].hit].Anchor == a.answers && strings.HasPrefix(a.answers, "faq-") || faqOpening) && !cs[first].aside && size <= roomyRunes {
		if next >= 0 && usable(cs[next]) && !cs[next].aside && !cs[next].analogy && size+utf8.RuneCountInString(cs[next].text) <= maxDirectRunes {
			return append(direct, next)
		}
	}
	// A second sentence when it is nearly as good, or when the first leaves room.
	share := secondShare
	if size <= roomyRunes {
		share = roomyShare
	}
	second := best(cs, func(cd candidate) bool {
		// Of a question about something, the second sentence is about it too.
		if len(a.subject) > 0 && cs[first].onSubject && !cd.onSubject {
			return false
		}
		if cd.aside && (k != kindBad || cd.hit != cs[first].hit) {
			// The limit of an analogy reads only after the analogy; of a limit asked for, only
			// beside its own section's: 「假教材」's limit under AI detectors compares nothing shown.
			return false
		}
		if cd.setAside && hits[cd.hit].Anchor != a.answers {
			return false // an overview or a pointer seconds no answer
		}
		if blankFact(cd) {
			return false
		}
		// A second sentence that mostly repeats the first (the glossary's definition after the
		// chapter's) takes the place of one that says more; but a date, a number or a maker said
		// twice is confirmed, and the next best sentence with a date is as likely another
		// thing's (ViT's 2020 under 「Transformer 是哪一年提出的」).
		if restates(cs[first], cd) && !k.asksFact() {
			return false
		}
		// What another entry is (分页注意力, 显存) answers no why or how of the subject,
		// though it names the subject in passing.
		if (k == kindWhy || k == kindHow) && cd.defines && hits[cd.hit].Anchor != hits[cs[first].hit].Anchor && !slices.Contains(a.anchors, hits[cd.hit].Anchor) {
			return false
		}
		// A sentence that points back (「这种习惯……」) reads only after the one it points to.
		// (A date said by 「同年」 still tells when; only a pronoun leaves the reader asking what.)
		// (So does one that names what the sentence before it named only as 「这个名称」: 「研究者在
		// 2020 年提出了这个名称」 under RAG names no parameter, whatever else it says.)
		// (So does one of another section that points back just after saying who reports it:
		// 「Meta 的研究者在 2024 年报告，这样训练的模型……」 of what training? In the opening's own
		// section, 「这种基于计数的方法」 is what the section is about.)
		if (pronounRe.MatchString(cd.norm) || namesBack(cd.norm) || reportedBackRe.MatchString(cd.norm) && hits[cd.hit].Anchor != hits[cs[first].hit].Anchor) &&
			!cd.aside && (cd.hit != cs[first].hit || cd.pos != cs[first].pos+1) {
			return false
		}
		return usable(cd) && cd.text != cs[first].text && cd.score >= share*cs[first].score && cd.overlap >= minSecondOverlap &&
			size+utf8.RuneCountInString(cd.text) <= maxDirectRunes
	})
	if second >= 0 {
		direct = append(direct, second)
	}
	// Sentences of one passage read in the passage's order, but of two key facts the one asked
	// for comes first.
	if len(direct) == 2 {
		// (A cause, a benefit, a limit or a difference asked for comes first wherever it stands;
		// so does the number asked for, and the yes or no: 「cons@64 通常高于 pass@1，两者不能混
		// 着比」 before where the two are reported.)
		// (Not a sentence that names what was asked after one that does not: of a section on
		// Gemini 1.5 and Claude 3, 「其中的 1.5 Pro ……」 is no opening for Claude 3's window.)
		// (Nor a clause read alone, whose place is that of the sentence it is cut from.)
		// (Nor the definition of the thing asked after that of the other thing its entry is on.)
		if x, y := cs[direct[0]], cs[direct[1]]; !pinned && x.hit == y.hit && x.pos > y.pos && x.of == "" && (x.field == "" || y.field == "") && k != kindWhy && k != kindGood && k != kindBad && k != kindCompare &&
			(k != kindWhat || !x.defines || !y.defines || !definesSubject(x.squashed, a.said) || definesSubject(y.squashed, a.said)) &&
			(!x.namesSubject || y.namesSubject) && (k != kindCount || !x.states || y.states) &&
			(k != kindYesNo || !x.says(k) || y.says(k)) {
			direct[0], direct[1] = direct[1], direct[0]
		}
	}
	return direct
}

// givesMeasure returns the sentence that opens an answer to a remedy, a drawback or a benefit:
// first, unless it says none (a remedy) or is a definition that says none (a drawback, a
// benefit) and a sentence on the subject that gives one is nearly as close.
// (own, when not nil, says whether a sentence is of the entry the question names: see
// measureShare.)
func givesMeasure(cs []candidate, first int, k kind, usable, own func(candidate) bool) int {
	// (Nor does the opposite answer: 「LoRA 可把需要训练的参数减少约 1 万倍」 is no drawback of
	// LoRA, asked 「跟全量微调比有啥缺点」.)
	// (Not the other way: the limit of the side a model is measured against, 「它不是推理模型……
	// 这要到 Claude 3.7 Sonnet 才加入」, is what the newer one does better.)
	if k == kindRemedy && !cs[first].says(k) ||
		(k == kindBad || k == kindGood) && (cs[first].defines || k == kindBad && cs[first].says(kindGood)) && !cs[first].says(k) {
		// (One that stands alone first: the limit of an analogy leans on the analogy.)
		for _, asides := range []bool{false, k == kindBad} {
			// (Nor what it means to readers, of a remedy: 「深度伪造对读者的意义在于防范：……」
			// says that there is something to guard against, not how.)
			if alt := best(cs, func(cd candidate) bool {
				return usable(cd) && cd.onSubject && (!cd.aside || asides) && !cd.analogy && cd.says(k) &&
					(k != kindRemedy || !toReaderSentence.MatchString(cd.norm))
			}); alt >= 0 && cs[alt].score >= measureShare(k, own != nil && own(cs[alt]))*cs[first].score {
				return alt
			}
		}
	}
	return first
}

// measureShare is how close to the opening sentence one that gives the measure asked for must
// score to open instead. A remedy in the entry the whole question names (own) may score lower:
// it shares no word with the question when it says what to do (「遇到要求转账……应通过其他渠道
// 核实」 of 「深度伪造换脸咋防」), and the sentences that share them only name the thing.
func measureShare(k kind, own bool) float64 {
	if k == kindRemedy && own {
		return remedyShare
	}
	return openingShare
}

// remedyShare is measureShare for a remedy in the entry the question names.
const remedyShare = 0.4

// saidElsewhere reports whether a sentence nearly as close as the opening one says what the
// question asks beyond its subject, which the opening does not: 「多模态模型的「早期融合」是什么
// 意思」 asks for early fusion, not for what a multimodal model is said plainly.
// (Only the question's own words count: 算力, added for 测试时计算, asks nothing.)
func saidElsewhere(cs []candidate, first int, a asked, predicate []string, usable func(candidate) bool) bool {
	typed := retriever.Normalize(a.canonical)
	predicate = slices.DeleteFunc(slices.Clone(predicate), func(p string) bool { return !strings.Contains(typed, p) })
	if len(predicate) == 0 || saysAny(cs[first].norm, predicate) {
		return false
	}
	return slices.ContainsFunc(cs, func(cd candidate) bool {
		return usable(cd) && cd.text != cs[first].text && cd.score >= secondShare*cs[first].score && saysAny(cd.norm, predicate)
	})
}

// definitionShare is how close to the best sentence a subject's definition must score to open an
// answer to what it is in its place.
const definitionShare = 0.8

// plainGlossRe opens the sentence that says a definition again in everyday words.
var plainGlossRe = regexp.MustCompile(`^(通俗地说|说白了)`)

// broughtBy reports whether a sentence opens with the name a sentence before it ends on, what
// that one says was proposed or released: 「……提出 Transformer 架构。」 and 「Transformer 完全
// 去掉了……」.
func broughtBy(before, after string) bool {
	m := broughtRe.FindStringSubmatch(before)
	if m == nil {
		return false
	}
	name := leadingLatin.FindString(after)
	return len(name) >= 3 && strings.Contains(m[1], name)
}

var (
	broughtRe    = regexp.MustCompile(`(?:提出|发布|推出|介绍|引入)了?([^,，;；]+)$`)
	leadingLatin = regexp.MustCompile(`^[a-z][a-z0-9.-]*`)
)

// outrightOf is what says the answer to a question of kind k outright, where a phrase does:
// a cause for why, a process for how.
func outrightOf(k kind) *regexp.Regexp {
	switch k {
	case kindWhy:
		return causeRe
	case kindHow:
		return processRe
	}
	return nil
}

// continuedBy is what a sentence just after the opening one must say to go on from it: what
// outrightOf says, or for what changed, the change itself (「MMLU-Pro 是 MMLU 的加难版本。作者
// 删去了……」).
func continuedBy(k kind) *regexp.Regexp {
	if k == kindChange {
		return sentenceCues[kindChange]
	}
	return outrightOf(k)
}

// saysOutright reports whether a sentence says outright what a question of kind k asks: a cause
// for why, a process for how.
func saysOutright(k kind, cd candidate) bool {
	re := outrightOf(k)
	return re != nil && re.MatchString(cd.norm)
}

// entryFacts answers 「X 是什么」 of a benchmark or an evaluation with what it tests and its
// questions' form and number, the two items of its key facts a reader asks for first, and of a
// model whose subject sentence was not found, with its maker and architecture; nil when the
// question is about something else or the entry lacks either.
func entryFacts(cs []candidate, hits []retriever.Hit, a asked, usable func(candidate) bool) []int {
	if len(a.anchors) != 1 {
		return nil
	}
	an := a.anchors[0]
	// A member of a family, asked by its own name, is said by the item that names it
	// (「Gemini 2.0 Flash：面向大规模、高频任务的主力型号……」 of 「gemini 2.0 flash是个啥」), not by
	// the family's key facts.
	// (The reader's names may come apart, 「gemini 2.0」「flash」: together they are the item's.)
	whole := squash(strings.Join(a.said, " "))
	if i := best(cs, func(cd candidate) bool {
		head, _, ok := strings.Cut(cd.text, "：")
		return ok && whole != "" && usable(cd) && hits[cd.hit].Anchor == an && !cd.analogy && squash(head) == whole
	}); i >= 0 {
		// Such an item is short: a sentence of the entry that tells more of the member follows
		// (「2024 年 12 月，Google 先发布了 Gemini 2.0 Flash 实验版，强调它能自己调用……」).
		more := best(cs, func(cd candidate) bool {
			return cd.text != cs[i].text && usable(cd) && hits[cd.hit].Anchor == an && !cd.analogy && !cd.aside && cd.field == "" &&
				!strings.Contains(cd.text, "：") && namesName(cd.squashed, whole) &&
				utf8.RuneCountInString(cs[i].text)+utf8.RuneCountInString(cd.text) <= maxDirectRunes
		})
		if more >= 0 {
			return []int{i, more}
		}
		return []int{i}
	}
	fields := []string{"考查能力", "题目形式与规模"}
	switch {
	case strings.HasPrefix(an, "bench-") || strings.HasPrefix(an, "eval-"):
		// A part of the benchmark asked by a name of its own that one key fact gives, in
		// brackets after its Chinese name (「codeforces rating是啥意思」: 「评分方式：折算成……等级
		// 分（Rating / Elo）」), is said by that fact. (「真的能修github上的bug」 names no part:
		// 「GitHub 问题描述」 only mentions GitHub.)
		// (Not a word of its own name, 「verified」 of SWE-bench Verified, nor another entry's
		// name, 「r1」 in 「aime是啥考试 r1考了多少」.)
		// (The words are sorted out once, not for every sentence weighed.)
		partNames := slices.DeleteFunc(slices.Clone(a.subject), func(w string) bool {
			if utf8.RuneCountInString(w) < 2 || slices.ContainsFunc(hits, func(h retriever.Hit) bool { return h.Anchor == an && strings.Contains(squash(h.Title), squash(w)) }) {
				return true
			}
			for _, names := range a.saidFor {
				if slices.Contains(names, w) {
					return true
				}
			}
			return false
		})
		if len(partNames) > 0 {
			if i := best(cs, func(cd candidate) bool {
				return cd.field != "" && cd.field != "全称" && hits[cd.hit].Anchor == an && usable(cd) &&
					slices.ContainsFunc(partNames, func(w string) bool { return glosses(cd.norm, w) })
			}); i >= 0 {
				return []int{i}
			}
		}
	case strings.HasPrefix(an, "model-"):
		// A model is said by its subject sentence, when it was found; else by who made it and
		// how it is built.
		// (A sentence that defines it is one: 「OpenAI o3 是……，o4-mini 则是……」 of an entry on both.)
		if slices.ContainsFunc(cs, func(cd candidate) bool { return (cd.lead || cd.defines) && hits[cd.hit].Anchor == an && usable(cd) }) {
			return nil
		}
		fields = []string{"发布方", "架构"}
	default:
		return nil
	}
	var out []int
	for _, field := range fields {
		i := best(cs, func(cd candidate) bool {
			return cd.field == field && hits[cd.hit].Anchor == an && usable(cd)
		})
		if i < 0 {
			return nil
		}
		out = append(out, i)
	}
	// A benchmark's full name that says in Chinese what it is (「2024 年美国数学邀请赛」「从 MATH
	// 测试集中均匀随机抽取的 500 题子集」) says it first; its size follows when there is room.
	if fields[0] == "考查能力" {
		if i := best(cs, func(cd candidate) bool {
			return cd.field == "全称" && hits[cd.hit].Anchor == an && usable(cd) && glossedRe.MatchString(cd.text)
		}); i >= 0 {
			if n := utf8.RuneCountInString(cs[i].text) + utf8.RuneCountInString(cs[out[0]].text) + utf8.RuneCountInString(cs[out[1]].text); n <= glossedRunes {
				out = []int{i, out[0], out[1]}
			}
		}
	}
	// 「codeforces rating 是啥」 asks what a part of the entry is: a sentence that says so, far
	// closer to the question than the entry's key facts, answers it instead.
	if top := best(cs, func(cd candidate) bool { return usable(cd) && !cd.aside }); top >= 0 && cs[top].field == "" &&
		!cs[top].setAside && partDefinedRe.MatchString(cs[top].norm) &&
		!slices.ContainsFunc(out, func(i int) bool { return cs[i].score >= factsShare*cs[top].score }) {
		return nil
	}
	return out
}

// glosses reports whether a normalized sentence gives word in brackets, as the name of what
// stands before them (「等级分（Rating / Elo）」).
func glosses(norm, word string) bool {
	for rest := norm; ; {
		open := strings.IndexAny(rest, "(（")
		if open < 0 {
			return false
		}
		rest = rest[open:]
		end := strings.IndexAny(rest, ")）")
		if end < 0 {
			return false
		}
		if strings.Contains(rest[:end], word) {
			return true
		}
		rest = rest[end:]
	}
}

// testsAsk asks what a benchmark tests (「考啥」「测什么」「考的是啥」).
var testsAsk = regexp.MustCompile(`[考测](的是)?(啥|什么)|干[嘛啥]的|考查什么|测试什么`)

// glossedRunes is how long a benchmark's full name and its two key facts may run together to be
// read as one answer; a longer full name would push its size out of sight.
const glossedRunes = 180

// glossedRe finds Chinese words in a full name: a gloss of what the benchmark is, not only its
// English title.
var glossedRe = regexp.MustCompile(`\p{Han}{4}`)

// partDefinedRe finds a sentence that says what something is (「等级分（Rating）是一种……的评
// 分」「百分位表示……」).
var partDefinedRe = regexp.MustCompile(`是一种|是一个|是指|指的是|表示|衡量`)

// factsShare is how close to the best sentence an entry's key facts must score to say what the
// entry is in its place.
const factsShare = 0.7

// pickParts answers a question that asks two things (「幻觉是啥意思 咋避免」「bert 是谁家搞的，
// 跟 gpt 有啥不一样」) with the best sentence for each, in the order asked. It weighs copies of
// the candidates, one per part; the caller's weights are left as they were.
func pickParts(cs []candidate, hits []retriever.Hit, a asked, res retriever.Result, w scoring, usable func(candidate) bool) []int {
	var direct []int
	for j, p := range a.parts {
		if j == maxDirect {
			break
		}
		pa := a
		pa.kind, pa.cue = p.kind, p.cue
		if p.kind == kindCount && pa.counted == nil {
			// 「才花了多少钱，为啥那么便宜」: the count part says what is counted, though the
			// question as a whole asks why.
			pa.counted = countCue(retriever.Normalize(p.clause))
		}
		// Each part is weighed by its own words (「能避免吗」 by 避免); the subject, named in
		// one part, is the other's too (see weigh).
		pa.text, pa.canonical = p.clause, p.clause
		pa.ownExpansion = nil // the glossary names were added for the whole question
		cp := slices.Clone(cs)
		terms := contentTerms(pa, res)
		// The other part's words and the glossary names added for them are not a subject
		// carried from the conversation.
		other := append(retriever.Tokens(a.text), retriever.Tokens(a.canonical)...)
		other = append(other, retriever.Tokens(strings.Join(a.ownExpansion, " "))...)
		for t, share := range terms {
			if share == 0 && slices.Contains(other, t) {
				delete(terms, t)
			}
		}
		weigh(cp, hits, p.kind, pa, terms, res.Named, w)
		// (Not another part's sentence.)
		unused := func(cd candidate) bool {
			return usable(cd) && !slices.ContainsFunc(direct, func(d int) bool { return cs[d].text == cd.text })
		}
		// A what asked of an entry the part names is not answered by the definition of an entry
		// another part names, though it mentions the first: 「工具调用是啥意思，ai咋会自己……搜网页
		// 的」 is not told what web search is, though web search is 「一种工具调用」.
		var namedHere []string
		if p.kind == kindWhat {
			namedHere = a.namedIn(p.clause, a.anchors)
		}
		namedElsewhere := func(anchor string) bool {
			return len(namedHere) > 0 && slices.Contains(a.anchors, anchor) && !slices.Contains(namedHere, anchor)
		}
		// A question that asks what a FAQ's 「常见问法」 asks, in two parts (「它懂那么多东西是谁
		// 教它的呀 网上学的吗」), is answered first by that FAQ's opening, which answers both in one
		// line of thought: no 「出自」 of a benchmark tells who taught it.
		// (Its other parts are answered from it too, when it speaks of what they ask or they ask
		// yes or no, or where from, of the same: not 「失控了咋整」 after 「ai会不会取代人」.)
		faqOnly := false
		if strings.HasPrefix(a.answers, "faq-") {
			if j == 0 {
				if i := best(cp, func(cd candidate) bool {
					return unused(cd) && hits[cd.hit].Anchor == a.answers && cd.lead && !cd.aside && !cd.analogy
				}); i >= 0 {
					direct = append(direct, i)
					continue
				}
			}
			faqOnly = slices.ContainsFunc(cp, func(cd candidate) bool {
				return unused(cd) && hits[cd.hit].Anchor == a.answers && !cd.aside && !cd.analogy && (cd.overlap > 0 || p.kind == kindYesNo || p.kind == kindFrom)
			})
		}
		// A what that names none of the question's names, which another part gives, asks what
		// the section written to answer it defines: 「啥叫蒸馏 新闻说deepseek蒸馏了openai的模型」
		// is told what distillation is before R1's distilled models, though the question names
		// DeepSeek. (Not 「fp8 训练是啥」, which names its subject.)
		if j == 0 && p.kind == kindWhat && len(namedHere) == 0 && strings.HasPrefix(a.answers, "term-") && len(a.subject) > 0 && !slices.ContainsFunc(a.subject, func(n string) bool { return namesName(squash(p.clause), squash(n)) }) {
			if i := best(cp, func(cd candidate) bool {
				return unused(cd) && hits[cd.hit].Anchor == a.answers && cd.defines && !cd.aside && !cd.analogy
			}); i >= 0 {
				direct = append(direct, i)
				continue
			}
		}
		// What a benchmark or a model the part names is, its key facts say, as when asked alone
		// (「aime是啥考试，ai能考多少分」 is told AIME's full name, not who sets it).
		if j == 0 && p.kind == kindWhat && len(namedHere) == 1 {
			fa := pa
			fa.anchors = namedHere
			if f := entryFacts(cp, hits, fa, unused); len(f) > 0 {
				// (Asked what it tests, 「mmlu是考啥的」, what it tests says it; its full name says
				// only what it is called.)
				if len(f) > 1 && cp[f[0]].field == "全称" && testsAsk.MatchString(p.clause) {
					f = f[1:]
				}
				direct = append(direct, f[0])
				continue
			}
		}
		i := best(cp, func(cd candidate) bool {
			if !unused(cd) || faqOnly && hits[cd.hit].Anchor != a.answers {
				return false
			}
			if cd.defines && namedElsewhere(hits[cd.hit].Anchor) {
				return false
			}
			if cd.aside && (p.kind != kindBad || asideRe.MatchString(cd.norm)) {
				// (Asked what is bad, the limit of an analogy answers no part either: it reads
				// after the analogy, 「这个比喻的局限在于，草稿纸会越写越厚」.)
				return false
			}
			// (Nor a sentence whose 这 is the sentence before it, not shown: 「这是长上下文服务
			// 昂贵的重要原因」.)
			if thisIsBackRe.MatchString(cd.norm) {
				return false
			}
			// (Nor a section's overview of itself: 「本节介绍……」 answers no part.)
			if isOverview(cd.norm) && hits[cd.hit].Anchor != a.answers {
				return false
			}
			// (A cause or a process said outright answers, though it opens its section:
			// 「聊久了它就忘了，是因为……」.)
			if j > 0 && p.kind != kindWhat && (cd.lead || cd.defines) && !saysOutright(p.kind, cd) {
				return false // another definition answers 「能避免吗」 no better than the first
			}
			// The second part is asked of the same subject.
			return j == 0 || len(a.subject) == 0 || cd.onSubject
		})
		if i >= 0 && j > 0 {
			// 「提示注入是啥 prompt injection咋防」: the second part's measure, as when it is asked
			// alone.
			i = givesMeasure(cp, i, p.kind, unused, nil)
		}
		if i >= 0 {
			direct = append(direct, i)
		}
		// A short answer of the FAQ to the last part is read with the sentence after it, as when
		// it is asked alone (the FAQ's answers read as one line of thought): 「上下文窗口是啥 为啥
		// 聊久了就忘了」 is told 「……有上限，叫上下文窗口。」 and then what happens past the window.
		if i >= 0 && j > 0 && j == len(a.parts)-1 && strings.HasPrefix(hits[cs[i].hit].Anchor, "faq-") && utf8.RuneCountInString(cs[i].text) <= partTerseRunes && !endsPointing(cs[i].norm) {
			if next := nextInPassage(cs, i); next >= 0 && unused(cs[next]) && !cs[next].aside && !cs[next].analogy &&
				utf8.RuneCountInString(cs[i].text)+utf8.RuneCountInString(cs[next].text) <= maxDirectRunes {
				direct = append(direct, next)
			}
		}
	}
	return direct
}

// endsPointing reports whether a sentence ends by saying where to read on (「……往往更准，见思维
// 链。」): what follows it is another matter.
func endsPointing(norm string) bool {
	clauses := strings.FieldsFunc(strings.TrimRight(norm, "。."), func(r rune) bool { return r == ',' || r == '，' })
	return len(clauses) > 1 && pointsTo(clauses[len(clauses)-1])
}

// partTerseRunes: an answer to a question's last part this short is read with the sentence after
// it.
const partTerseRunes = 45

// nextInPassage returns the sentence after cs[i] in its passage, other than a key fact, or -1.
// prevInPassage returns the sentence before a sentence in its passage, or -1 (none for a clause
// read alone, or for a sentence that opens its passage).
func prevInPassage(cs []candidate, i int) int {
	if cs[i].of != "" || cs[i].pos == 0 {
		return -1
	}
	return slices.IndexFunc(cs, func(cd candidate) bool {
		return cd.hit == cs[i].hit && cd.pos == cs[i].pos-1 && cd.field == "" && cd.of == ""
	})
}

func nextInPassage(cs []candidate, i int) int {
	// (A clause read alone has no next sentence: the one after the sentence it is cut from goes
	// on from the section, not from the clause. 「研究还发现，模型对长输入中间部分的信息利用得
	// 较差」 is not followed by 「长上下文对读者的意义在于……」.)
	if cs[i].of != "" {
		return -1
	}
	return slices.IndexFunc(cs, func(cd candidate) bool {
		return cd.hit == cs[i].hit && cd.pos == cs[i].pos+1 && cd.field == ""
	})
}

// titleSaid reports whether a question says a word of the title of a retrieved entry: 「Base」 of
// 「基座模型（Base Model）」, not 「超参数（Hyperparameter）」 for 「温度调高调低有啥区别」.
func titleSaid(hits []retriever.Hit, anchor, question string) bool {
	return titleAt(hits, anchor, question) >= 0
}

// titleAt returns where a question first says a word of the title of a retrieved entry (in
// bytes of the normalised question), or -1 when it says none (see titleSaid).
func titleAt(hits []retriever.Hit, anchor, question string) int {
	i := slices.IndexFunc(hits, func(h retriever.Hit) bool { return h.Anchor == anchor })
	if i < 0 {
		return -1
	}
	norm := retriever.Normalize(question)
	at := -1
	said := func(j int) {
		if at < 0 || j < at {
			at = j
		}
	}
	q := " " + strings.Join(retriever.Tokens(question), " ") + " "
	for _, t := range retriever.Tokens(shortTitle(hits[i].Title)) {
		if utf8.RuneCountInString(t) >= 3 && !genericTitleWords[t] && !strings.ContainsFunc(t, isHanRune) && strings.Contains(q, " "+t+" ") {
			j := strings.Index(norm, t)
			if j < 0 {
				j = len(norm) // said in another form (「models」 for model): somewhere
			}
			said(j)
		}
	}
	// (Or its Chinese name: 「聊天机器人」 of 「聊天机器人（Chatbot）」.)
	name, _, _ := strings.Cut(shortTitle(hits[i].Title), "（")
	if j := strings.Index(norm, retriever.Normalize(strings.TrimSpace(name))); j >= 0 {
		said(j)
	}
	return at
}

// saidAt returns where the question first gives one of the names it gave an entry, or -1.
func (a asked) saidAt(anchor string) int {
	q := retriever.Normalize(a.text)
	at := -1
	for _, n := range a.saidFor[anchor] {
		if j := strings.Index(q, retriever.Normalize(n)); j >= 0 && (at < 0 || j < at) {
			at = j
		}
	}
	return at
}

// genericTitleWords are words of many entries' English names: saying one names none of them.
var genericTitleWords = map[string]bool{"model": true, "models": true, "language": true, "learning": true, "large": true, "the": true, "and": true}

// compareSides picks the defining sentence of each of the two things a comparison names: the
// first two entries the question names that have a retrieved passage, in the question's order
// (when it names none the report lists, the first two the retriever found named).
func compareSides(cs []candidate, hits []retriever.Hit, a asked, named []string, usable func(candidate) bool) []int {
	retrieved := func(list []string) []string {
		var out []string
		for _, an := range list {
			if slices.ContainsFunc(hits, func(h retriever.Hit) bool { return h.Anchor == an }) {
				out = append(out, an)
			}
		}
		return out
	}
	// A question that sets three or more names side by side (「claude的sonnet opus haiku有啥区别」)
	// is answered by the first passage's sentence that names them all (「……按能力和价格分为
	// Haiku、Sonnet、Opus 三档」), not by two of the entries that share them. (Not a lesser
	// passage's: 「mmlu pro和mmlu redux跟原版mmlu有啥不同」 has two entries of its own.)
	if words := sideWords(a.text); len(words) >= 3 && slices.ContainsFunc(cs, func(cd candidate) bool {
		low := strings.ToLower(cd.text)
		return usable(cd) && cd.hit == 0 && !slices.ContainsFunc(words, func(w string) bool { return !strings.Contains(low, w) })
	}) {
		return nil
	}
	anchors := retrieved(a.anchors)
	if len(a.anchors) == 0 {
		anchors = retrieved(named)
	}
	// 「Base 版和 Instruct 版该选哪个」: the subject read one side, the retriever found the other
	// named too.
	// (Two concepts only: a model or a milestone is named by its own names, which the subject
	// reads.)
	// (Not a name that only says where the subject is: 「api里有个temperature 调高调低有啥区别」.)
	if len(anchors) == 1 && len(a.anchors) == 1 && strings.HasPrefix(anchors[0], "term-") && len(a.containers) == 0 {
		for _, an := range retrieved(named) {
			if an != anchors[0] && strings.HasPrefix(an, "term-") && titleSaid(hits, an, a.text) {
				anchors = append(anchors, an)
				// (In the question's order: Base, then Instruct.)
				if at, other := titleAt(hits, an, a.text), a.saidAt(anchors[0]); at >= 0 && other >= 0 && at < other {
					anchors[0], anchors[1] = an, anchors[0]
				}
				break
			}
		}
	}
	// 「开源和开放权重有啥区别，llama到底算不算开源」: the sides are the two the comparing part
	// names, not what the other part asks about.
	if len(a.parts) > 1 && a.parts[0].kind == kindCompare {
		if in := a.namedIn(a.parts[0].clause, a.anchors); len(in) >= 2 {
			anchors = retrieved(in)
		}
	}
	if len(anchors) < 2 {
		return nil // 「温度调高调低有啥区别」 weighs two settings of one thing: no sides
	}
	choice := a.weighsChoice()
	var out []int
	for _, an := range anchors[:2] {
		side := func(cd candidate) bool { return usable(cd) && hits[cd.hit].Anchor == an }
		// A side is said by what it is: its subject sentence, else its best sentence; or, asked
		// which is worth it, by what it costs or brings (「代价是硬件投入和技术门槛」).
		i := -1
		if choice {
			i = best(cs, func(cd candidate) bool {
				return side(cd) && !cd.analogy && cd.field == "" && tradeOffRe.MatchString(cd.norm)
			})
		}
		if i < 0 {
			i = best(cs, func(cd candidate) bool { return side(cd) && (cd.lead || cd.defines) })
		}
		if i < 0 {
			// A benchmark says what it is in 「考查能力：…」.
			i = best(cs, func(cd candidate) bool {
				return side(cd) && cd.field != "" && fieldCues[kindWhat].MatchString(cd.field)
			})
		}
		if i < 0 {
			// Not another key fact (「发布方：OpenAI」 is no account of what o1 is), nor a pointer
			// (「见 Multilingual MMLU」), unless that is all.
			i = best(cs, func(cd candidate) bool { return side(cd) && cd.field == "" && !cd.row && !cd.setAside })
		}
		if i < 0 {
			i = best(cs, func(cd candidate) bool { return side(cd) && sideField.MatchString(cd.field) })
		}
		if i < 0 {
			// 「发布方：Anthropic」 says nothing the other side does not: no sides, the passage
			// that compares them answers (「Claude 系列按能力和价格分为 Haiku、Sonnet、Opus」).
			return nil
		}
		out = append(out, i)
	}
	return out
}

// sideWords are the distinct Latin words of three letters or more a question names, less
// those of many entries' names.
func sideWords(question string) []string {
	var out []string
	for _, w := range latinWordRe.FindAllString(strings.ToLower(question), -1) {
		if len(w) >= 3 && !genericTitleWords[w] && !slices.Contains(out, w) {
			out = append(out, w)
		}
	}
	return out
}

// problemBack is a problem named only by pointing back at the sentences before.
var problemBack = regexp.MustCompile(`(解决|针对|弥补|克服|缓解)(了)?(这个|这一|这些|这类|这种|此|上述|以上)(问题|缺陷|不足|局限|难题|瓶颈)`)

// tradeOffRe finds what a way of doing a thing costs or brings.
var tradeOffRe = regexp.MustCompile(`好处|代价|优点|缺点|优势|劣势|门槛|意义在于|不用自备|开箱即用`)

// costRe opens a sentence that says what the one before it costs.
var costRe = regexp.MustCompile(`^(代价|缺点|不足|不过|但)`)

// sideField are the key-facts fields that say what a thing is like, so that two of them set
// side by side compare it: not who made it, what it is called or when it appeared.
var sideField = regexp.MustCompile(`关键技术|定位|考查能力|用途|题目形式|特点|局限`)

// writeCompare writes the sentence that states the difference, when a passage has one that
// relates the two sides (it names both, or it is one side's and names the other), then one
// labelled defining sentence per side.
func (c *composer) writeCompare(cs []candidate, sides []int, usable func(candidate) bool) {
	contrast := sentenceCues[kindCompare]
	// relates counts the sides a sentence speaks of, by name or by being in its section, and
	// the sides it names.
	relates := func(cd candidate) (spoken, named int) {
		for _, s := range sides {
			h := c.hits[cs[s].hit]
			n := namesSubject(cd.text, h.Title) || c.ask.names(cd, h.Anchor)
			if n {
				named++
			}
			if n || c.hits[cd.hit].Anchor == h.Anchor {
				spoken++
			}
		}
		return spoken, named
	}
	inSide := func(cd candidate) bool {
		return slices.ContainsFunc(sides, func(s int) bool { return c.hits[cs[s].hit].Anchor == c.hits[cd.hit].Anchor })
	}
	isContrast := func(cd candidate) bool {
		// (One sentence: a list's announcement with its items says the difference, if at all,
		// in one of the items, which stands as a candidate of its own.)
		if !usable(cd) || len(cd.parts) > 1 || slices.ContainsFunc(sides, func(s int) bool { return cs[s].text == cd.text }) ||
			utf8.RuneCountInString(cd.text) > maxDirectRunes {
			return false
		}
		// A sentence that leans on the one before it (「它与微调的区别在于……」) can state the
		// difference only from a side's own section, where 「它」 is that side.
		if dependentRe.MatchString(cd.norm) && !(inSide(cd) && strongContrast.MatchString(cd.text)) {
			return false
		}
		// It speaks of both sides and says how they differ (or that one is not the other).
		// (And names one of them at least: a sentence of one side's section that names neither
		// speaks of something else there.)
		// (Not a key fact, whose 「则」 sets two dates of one entry apart, nor what a term means
		// to readers: 「读者会在……遇到继续预训练」 is about a third thing.)
		if cd.field != "" || readerRe.MatchString(cd.norm) {
			return false
		}
		// (Nor one side made to solve 「这个问题」, said before it and not shown: 「核采样正是为了
		// 解决这个问题而提出的」.)
		if problemBack.MatchString(cd.norm) {
			return false
		}
		spoken, named := relates(cd)
		// (A sentence of a third section whose only cue is 「不同」 mentions both and says of
		// something else that it varies: 「不同检查点的分数……以温度 0.6、top-p 0.95 采样」.)
		if !inSide(cd) && !strings.Contains(cd.text, "不是") && !strongContrast.MatchString(cd.text) && !slices.ContainsFunc(contrast.FindAllString(cd.text, -1), func(m string) bool { return m != "不同" }) {
			return false
		}
		return spoken >= 2 && named >= 1 && (contrast.MatchString(cd.text) || strings.Contains(cd.text, "不是"))
	}
	// One that says outright how they differ comes before one that only suggests it.
	i := best(cs, func(cd candidate) bool { return isContrast(cd) && strongContrast.MatchString(cd.text) })
	if i < 0 {
		i = best(cs, isContrast)
	}
	if i >= 0 {
		if dependentRe.MatchString(cs[i].norm) {
			c.b.WriteString("**" + c.ask.label(c.hits[cs[i].hit].Title) + "**：" + terminate(cs[i].text) + c.cite(cs[i], false) + "\n\n")
		} else {
			c.b.WriteString("区别在于：" + terminate(cs[i].text) + c.cite(cs[i], false) + "\n\n")
		}
	}
	for j, i := range sides {
		if j > 0 {
			c.b.WriteString("\n")
		}
		fmt.Fprintf(&c.b, "- **%s**：%s%s", c.ask.label(c.hits[cs[i].hit].Title), terminate(cs[i].text), c.cite(cs[i], false))
		// A side defined by the other (「MMLU-Pro 是 MMLU 的加难版本。」) says how it differs in
		// the sentence after: 「……把每题的选项从四个增加到十个」.
		if len(sides) != 2 {
			continue
		}
		other := c.hits[cs[sides[1-j]].hit]
		// (Asked which is worth it, what a side brings goes on to what it costs: 「……没有网络时
		// 也能使用。代价是硬件投入和技术门槛。」)
		costs := c.ask.weighsChoice() && slices.ContainsFunc(cs, func(cd candidate) bool {
			return cd.hit == cs[i].hit && cd.pos == cs[i].pos+1 && costRe.MatchString(cd.norm)
		})
		if costs || namesSubject(cs[i].text, other.Title) || c.ask.names(cs[i], other.Anchor) {
			next := slices.IndexFunc(cs, func(cd candidate) bool {
				return cd.hit == cs[i].hit && cd.pos == cs[i].pos+1 && len(cd.parts) <= 1 && usable(cd) && !cd.aside &&
					utf8.RuneCountInString(cd.text) <= maxDirectRunes
			})
			if next >= 0 {
				c.b.WriteString(terminate(cs[next].text) + c.cite(cs[next], false))
				c.shown[cs[next].text] = true
			}
		}
	}
}

// scopeNote says what the report leaves out on purpose, before the answer from what it has:
// it explains benchmarks but lists no scores, it recommends no product, and it lists no prices.
func scopeNote(k kind, asked []string, res retriever.Result, lib library) string {
	report := lib.Passages()
	var b strings.Builder
	if k == kindScore {
		b.WriteString("这份报告只解释评测基准考什么、怎么打分，不收录模型的分数和排名。")
		var links, sources []string
		seen := map[string]bool{}
		// A model's own scores stand in its announcement or report; a benchmark's paper has
		// only the scores of its day: models first.
		named := slices.Clone(res.Named)
		rank := func(a string) int {
			switch {
			case strings.HasPrefix(a, "model-"):
				return 0
			case strings.HasPrefix(a, "eval-"):
				return 1
			}
			return 2
		}
		slices.SortStableFunc(named, func(x, y string) int { return rank(x) - rank(y) })
		for _, a := range named {
			if strings.HasPrefix(a, "bench-") || strings.HasPrefix(a, "model-") || strings.HasPrefix(a, "eval-") {
				if l := sectionLink(a, report); l != "" {
					links = append(links, l)
				}
				// The official source where the scores stand: the first the section cites
				// among papers, announcements, model and system cards.
				for _, src := range lib.Sources(a) {
					if officialScores[src.Type] && !seen[src.Key] && len(sources) < maxScoreSources {
						seen[src.Key] = true
						sources = append(sources, fmt.Sprintf("[%s](/sources#src-%s)", src.Title, src.Key))
						break
					}
				}
			}
		}
		switch {
		case len(sources) > 0:
			b.WriteString("原始分数见报告引用的官方来源：" + strings.Join(sources, "、") + "；报告里的相关条目：" + strings.Join(links, "、") + "。")
		case len(links) > 0:
			b.WriteString("报告里的相关条目：" + strings.Join(links, "、") + "。")
		default:
			// 「哪个模型最强」 names no benchmark: what a ranking measures is the useful answer.
			for _, a := range []string{"term-leaderboard", "faq-news-claims"} {
				if l := sectionLink(a, report); l != "" {
					links = append(links, l)
				}
			}
			if len(links) > 0 {
				b.WriteString("排行榜反映什么、新闻里的「第一」该怎么读，见" + strings.Join(links, "、") + "。")
			}
		}
		return b.String() + "\n\n"
	}
	if k == kindPrice {
		b.WriteString("这份报告不收录各家模型和服务的具体价格，只解释怎样计费")
		if l := sectionLink(pricingEntry, report); l != "" {
			b.WriteString("，见" + l)
		}
		return b.String() + "。\n\n"
	}
	b.WriteString("这份报告" + recommendsNoneWords + "或模型。")
	var links []string
	// Of a question that names no model, the FAQ on choosing, found first, says what to look at
	// in its own words, which follow: no list of links before them.
	if !slices.ContainsFunc(asked, isModelEntry) && len(res.Hits) > 0 && res.Hits[0].Anchor == whichOneFAQ {
		return b.String() + "\n\n"
	}
	// What to look at: the entries of the models the reader weighs (「o3-mini 跟 o1 比哪个好」),
	// then how to choose; of a question that names none, what any choice turns on.
	look := []string{whichOneFAQ, "term-context-window", pricingEntry, "term-open-weights", "term-local-deployment"}
	var models []string
	for _, a := range asked {
		if isModelEntry(a) && !slices.Contains(models, a) && len(models) < maxLookModels {
			models = append(models, a)
		}
	}
	if len(models) > 0 {
		look = append(models, whichOneFAQ)
	}
	for _, a := range look {
		if l := sectionLink(a, report); l != "" {
			links = append(links, l)
		}
	}
	if len(links) > 0 {
		b.WriteString("可以对照这些条目自己比较：" + strings.Join(links, "、") + "。")
	}
	return b.String() + "\n\n"
}

// recommendsNoneWords are the words of the note that the report recommends no product, which
// the FAQ on choosing says too (「本报告不推荐具体的产品或模型」).
const recommendsNoneWords = "不推荐具体的产品"

// wayRe says the way to do a thing: 「最可靠的办法是……」.
var wayRe = regexp.MustCompile(`(办法|做法|方法)是`)

// whichOneFAQ is the FAQ on choosing an AI.
const whichOneFAQ = "faq-which-one"

// isModelEntry reports whether an anchor is a model's entry or a maker's section of models.
func isModelEntry(anchor string) bool {
	return strings.HasPrefix(anchor, "model-") || isMaker(anchor)
}

// maxLookModels bounds the models' entries a recommendation question is pointed to.
const maxLookModels = 3

// officialScores are the kinds of source that publish a model's or a benchmark's own scores.
var officialScores = map[string]bool{"paper": true, "announcement": true, "model-card": true, "system-card": true}

// maxScoreSources bounds the sources a score question is pointed to.
const maxScoreSources = 3

// sectionLink is a Markdown link to a section of the report, or "" when there is none.
func sectionLink(anchor string, report []retriever.Passage) string {
	for _, p := range report {
		if p.Anchor == anchor {
			return fmt.Sprintf("[%s](/report/%s#%s)", shortTitle(p.Title), p.Chapter, p.Anchor)
		}
	}
	return ""
}

// restates says whether sentence b mostly repeats the words of sentence a (the glossary's
// definition and the chapter's, the same fact in two sections).
func restates(a, b candidate) bool {
	if a.field != "" || b.field != "" {
		return false // two items of a key-facts list are two facts, though both name the entry
	}
	shared, seen := 0, map[string]bool{}
	for _, t := range a.terms {
		seen[t] = true
	}
	bs := map[string]bool{}
	for _, t := range b.terms {
		if !bs[t] {
			bs[t] = true
			if seen[t] {
				shared++
			}
		}
	}
	return len(bs) > 0 && float64(shared) >= 0.5*float64(len(bs))
}

// predicateShare is how close to the best sentence one that says what is asked of the subject
// must score to open instead of the subject's definition.
const predicateShare = 0.6

// openingShare is how close a sentence that gives what was asked (a remedy, a drawback, the
// FAQ answer written for the question) must score to open before the closest one, which gives
// none of it.
const openingShare = 0.5

// predicateTerms are the question's own content terms of two characters or more that are no
// part of its subject's names, with the names the glossary adds for them: what it asks of the
// subject (「收费」「token」「词元」).
func predicateTerms(a asked, terms map[string]float64) []string {
	var out []string
	for _, t := range slices.Sorted(maps.Keys(terms)) {
		w := terms[t]
		if w < 0.6 || utf8.RuneCountInString(t) < 2 {
			continue
		}
		if w >= 1 && !slices.Contains(a.words, t) {
			continue // a seam between two words (「度调」), not a word of the question
		}
		// (「fine-tuning」 is the subject 「fine tuning」 as typed.)
		if slices.ContainsFunc(a.subject, func(s string) bool {
			return strings.Contains(squashNormalized(retriever.Normalize(s)), squashNormalized(t))
		}) {
			continue
		}
		out = append(out, t)
	}
	// 「gpt4.5 为啥那么贵」: a one-character adjective of degree is what is asked of the
	// subject, though too short to be a content term.
	for _, m := range degreeAdjRe.FindAllStringSubmatch(retriever.Normalize(a.text), -1) {
		if !slices.Contains(out, m[2]) {
			out = append(out, m[2])
		}
	}
	slices.Sort(out)
	return out
}

// degreeAdjRe finds a one-character adjective said with its degree: 「那么贵」「这么慢」「太火」.
var degreeAdjRe = regexp.MustCompile(`(那么|这么|太|很|特别|超级|更|老是|总是)(贵|慢|快|火|难|强|弱|笨|蠢|省|卡)`)

// saysMost reports whether a normalised sentence holds (see saysAny) at least two of the
// terms.
func saysMost(norm string, terms []string) bool {
	n := 0
	for _, t := range terms {
		if saysAny(norm, []string{t}) {
			n++
		}
	}
	return n >= 2
}

// saysAny reports whether a normalised sentence holds one of the terms.
func saysAny(norm string, terms []string) bool {
	return slices.ContainsFunc(terms, func(t string) bool {
		if strings.Contains(norm, t) {
			return true
		}
		// (Or in a word of the same sense: 「怎么收费」 is answered by 「按词元计费」.)
		for _, family := range sameSense {
			if slices.Contains(family, t) && slices.ContainsFunc(family, func(o string) bool { return strings.Contains(norm, o) }) {
				return true
			}
		}
		return false
	})
}

// saysOfAll reports whether a sentence names each of the two or more things a question names
// and says yes or no of one of the later ones: of 「X 是 Y 吗」, 「X 不是 Y」.
func saysOfAll(a asked, c *candidate) bool {
	if len(a.groups) < 2 {
		return false
	}
	for _, g := range a.groups {
		if !slices.ContainsFunc(g, func(n string) bool { return namesName(c.squashed, n) }) {
			return false
		}
	}
	later := map[string]bool{}
	for _, g := range a.groups[1:] {
		for _, n := range g {
			later[retriever.Normalize(n)] = true
		}
	}
	return polar(c.norm, later)
}

// namesAsBase reports whether a sentence (normalised) names the subject only as what something
// else is measured against or built on: 「和 qwen3 相比」「在 qwen3.5 基础上」.
func (a asked) namesAsBase(norm string) bool {
	for _, n := range a.subject {
		n = retriever.Normalize(n)
		for from := 0; n != ""; {
			i := strings.Index(norm[from:], n)
			if i < 0 {
				break
			}
			at := from + i
			before, after := norm[max(0, at-6):at], norm[at+len(n):]
			if baseBefore.MatchString(before) && baseAfter.MatchString(after) {
				return true
			}
			from = at + len(n)
		}
	}
	return false
}

var (
	baseBefore = regexp.MustCompile(`(和|与|跟|同|比|在)\s*$`)
	baseAfter  = regexp.MustCompile(`^\s*(相比|比|的?基础上|之上|之后)`)
)

// whichModelsAsk asks which models (or makers) do something; familyRe finds a model family's
// name in a sentence (normalised).
var (
	whichModelsAsk = regexp.MustCompile(`哪(些|几个|几款|几家)(大)?(模型|公司|厂商|产品)`)
	familyRe       = regexp.MustCompile(`gpt|llama|qwen|deepseek|mixtral|mistral|gemini|claude|grok|kimi|glm|minimax|gemma|phi-|o1|o3`)
)

// firstOfAsk asks for the first of a kind of thing by its name: 「最早的聊天机器人叫啥」「第一个大
// 模型是啥」. (Not 「最早是谁提出的」, which asks where a thing began: see earliestAsk.)
var firstOfAsk = regexp.MustCompile(`((最早|最初|最先)(的|出现的|做出来的)|头一个|第一个)[^，。？?\s]{1,8}(叫|是)(啥|什么|哪个|谁)`)

// earliestAsk asks for a thing's first version. (Not 「最早」 alone: 「scaling law 最早是谁提出的」
// asks where it began, which one sentence says.)
var earliestAsk = regexp.MustCompile(`第一版|首版|初版|第一代|初代|头一版|第一个版本|(最早|最初)的?(一个)?版本|最早一版`)

// yearRe finds a date as the report writes one (「2023 年」「2023 年 2 月」).
var yearRe = regexp.MustCompile(`((?:19|20)\d\d) ?年(?: ?(\d{1,2}) ?月)?`)

// yearOf returns the first date a sentence (normalised) gives, as year*100+month (month 0 when
// it gives none), or 0.
func yearOf(norm string) int {
	m := yearRe.FindStringSubmatch(norm)
	if m == nil {
		return 0
	}
	y, _ := strconv.Atoi(m[1])
	mo, _ := strconv.Atoi(m[2])
	return y*100 + mo
}

// becauseRe is a cause given after what it explains: 「……，因为猜对一道数学题……」.
var becauseRe = regexp.MustCompile(`[，,]\s*(?:因为|这是因为)`)

// asksWhatToo reports whether a question (normalised) asks what a thing is, whatever else it
// asks: 「换觉是啥意思ai为啥会有换觉」.
func asksWhatToo(q string) bool {
	return slices.ContainsFunc(questionRules, func(r questionRule) bool { return r.kind == kindWhat && r.re.MatchString(q) })
}

// namesOnlyAmong reports whether a sentence (normalised) names the question's subject only as
// an item of an enumeration: in a sentence that lists with 「、」, each time beside 「、」「和」
// 「及」「与」 or before 「等」.
func (a asked) namesOnlyAmong(norm string) bool {
	return strings.ContainsRune(norm, '、') && eachMention(norm, a.said, func(before, after string) bool {
		return strings.HasSuffix(before, "、") || strings.HasSuffix(before, "和") || strings.HasSuffix(before, "及") ||
			strings.HasPrefix(after, "、") || strings.HasPrefix(after, "和") || strings.HasPrefix(after, "与") || strings.HasPrefix(after, "等")
	})
}

// quotedOnly reports whether a sentence (normalised) names one of names, and each time only
// inside quotation marks: 「深度学习」, a word mentioned, not the thing.
func quotedOnly(norm string, names []string) bool {
	normal := make([]string, len(names))
	for i, n := range names {
		normal[i] = retriever.Normalize(n)
	}
	return eachMention(norm, normal, func(before, after string) bool {
		return strings.HasSuffix(before, "「") && strings.HasPrefix(after, "」")
	})
}

// eachMention reports whether a sentence (normalised) names one of names (normalised) at all,
// and ok holds of every place it does, given the text before and after the name there.
func eachMention(norm string, names []string, ok func(before, after string) bool) bool {
	found := false
	for _, n := range names {
		for i := 0; n != ""; {
			j := strings.Index(norm[i:], n)
			if j < 0 {
				break
			}
			at := i + j
			if !ok(norm[:at], norm[at+len(n):]) {
				return false
			}
			found = true
			i = at + len(n)
		}
	}
	return found
}
