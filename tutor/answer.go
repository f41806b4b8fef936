package tutor

import (
	"context"
	"errors"
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"llmtutor/retriever"
)

const (
	maxQuoted        = 5   // passages quoted under 「更多原文」
	maxSentences     = 4   // sentences quoted from one passage
	relatedLexical   = 0.3 // a further passage is quoted when its BM25 reaches this share of the best
	tokenChunkRunes  = 12  // offline answers are streamed in pieces of this size
	minSentenceRunes = 4
)

var sentenceEnd = regexp.MustCompile(`[^。！？!?\n]+[。！？!?]?`)

// sentences splits text into sentences, keeping their closing punctuation.
func sentences(text string) []string {
	var out []string
	for _, s := range sentenceEnd.FindAllString(text, -1) {
		// A 「相关概念：…」 line lists links, not facts: nothing to quote.
		if s = strings.TrimSpace(s); utf8.RuneCountInString(s) >= minSentenceRunes && !strings.HasPrefix(s, "相关概念") {
			out = append(out, s)
		}
	}
	return out
}

// quoteSentences picks the sentences of a passage that bear on the question: those sharing
// the most informative terms with it, in their original order; the first sentence, which names
// the subject, always when first is set.
func quoteSentences(text, question string, first bool, tokens func(string) []string) []string {
	ss := sentences(text)
	if len(ss) == 0 {
		return nil
	}
	qt := map[string]bool{}
	for _, t := range retriever.Tokens(question) {
		qt[t] = true
	}
	type cand struct {
		i     int
		score int
	}
	var cs []cand
	for i, s := range ss {
		score := 0
		seen := map[string]bool{}
		for _, t := range tokens(s) {
			if qt[t] && !seen[t] {
				seen[t] = true
				score++
			}
		}
		cs = append(cs, cand{i, score})
	}
	sort.SliceStable(cs, func(a, b int) bool { return cs[a].score > cs[b].score })
	keep := map[int]bool{}
	if first {
		keep[0] = true
	}
	for _, c := range cs {
		if len(keep) >= maxSentences {
			break
		}
		if c.score > 0 {
			keep[c.i] = true
		}
	}
	if len(keep) == 0 {
		keep[0] = true
	}
	var out []string
	for i, s := range ss {
		if keep[i] {
			out = append(out, s)
		}
	}
	return out
}

// answerOffline composes an extractive answer from the report's own sentences: first the one
// to three that answer what was asked, chosen by the kind of question; then at most two short
// supporting excerpts; then, under 「更多原文」, the rest of the best passages. Every sentence is
// followed by the marker of its section, numbered in reading order.
func (t *Tutor) answerOffline(req Request, found Found, ret *Retrieval, emit func(Event) error, fallback bool) error {
	text, cites, quoted := composeOffline(t.readQuestion(t.ix.Mandarin(req.Question), found), found.Result, t.ix, t.sentences)
	if !fallback {
		// After a failed model every passage was given to it, and the reader was told so.
		for i := range ret.Passages {
			ret.Passages[i].Used = quoted[i]
		}
	}
	if !fallback {
		if err := emit(Event{Type: EventRetrieval, Retrieval: ret}); err != nil {
			return err
		}
	}
	runes := []rune(text)
	for i := 0; i < len(runes); i += tokenChunkRunes {
		end := min(i+tokenChunkRunes, len(runes))
		if err := emit(Event{Type: EventToken, Text: string(runes[i:end])}); err != nil {
			return err
		}
	}
	if err := emit(Event{Type: EventCitations, Citations: cites}); err != nil {
		return err
	}
	return emit(Event{Type: EventDone, Done: &Done{Mode: ModeOffline, Covered: true, Fallback: fallback}})
}

// moreHits are the passages quoted under 「更多原文」: the best one, the best of every entry the
// question names (「o1 和 GPT-4o 有什么不同」 hears from each), and those nearly as close to the
// question as the best; sections keep the order of their best passage and, within a section,
// passages read in the section's own order.
func moreHits(res retriever.Result) []int {
	hits := res.Hits
	used := []int{0}
	has := func(i int) bool { return slices.Contains(used, i) }
	for _, anchor := range res.Named {
		if len(used) >= maxQuoted {
			break
		}
		for i, h := range hits {
			if h.Anchor == anchor {
				if !has(i) && !slices.ContainsFunc(used, func(u int) bool { return hits[u].Anchor == anchor }) {
					used = append(used, i)
				}
				break
			}
		}
	}
	for i := 1; i < len(hits) && len(used) < maxQuoted; i++ {
		if !has(i) && hits[i].Lexical >= relatedLexical*hits[0].Lexical {
			used = append(used, i)
		}
	}
	sort.SliceStable(used, func(a, b int) bool {
		ha, hb := hits[used[a]], hits[used[b]]
		if ha.Anchor != hb.Anchor {
			return firstRank(hits, used, ha.Anchor) < firstRank(hits, used, hb.Anchor)
		}
		return blockNumber(ha.ID) < blockNumber(hb.ID)
	})
	return used
}

// firstRank is the best rank among the used hits of a section.
func firstRank(hits []retriever.Hit, used []int, anchor string) int {
	for _, i := range used {
		if hits[i].Anchor == anchor {
			return i
		}
	}
	return len(hits)
}

// blockNumber is N in a passage ID "anchor-pN" (or "anchor-pN-rA-B" for a table's rows): the
// position of its first block in the section.
func blockNumber(id string) int {
	i := strings.LastIndex(id, "-p")
	if i < 0 {
		return 0
	}
	rest := id[i+2:]
	if j := strings.IndexByte(rest, '-'); j >= 0 {
		rest = rest[:j]
	}
	n, err := strconv.Atoi(rest)
	if err != nil {
		return 0
	}
	return n
}

// SystemPrompt tells the model the rules of a cited answer.
const SystemPrompt = `你是「LLM 科普导师」，面向普通读者讲解大语言模型。你只能根据用户消息中编号的报告段落作答：
1. 只使用这些段落中的信息，不要补充段落之外的事实。
2. 每句陈述事实的话后面用 [编号] 标注它依据的段落，例如 [1] 或 [2][3]；不要编造不存在的编号。
3. 如果这些段落不能回答问题，直接说「报告没有涉及这个问题」，不要猜测。
4. 用简体中文回答，通俗易懂，简洁，不超过 300 字。`

// buildMessages lays out what the model sees: rules, the conversation, then the passages and
// the question.
func buildMessages(req Request, passages []Passage) []Message {
	msgs := []Message{{Role: "system", Content: SystemPrompt}}
	for _, turn := range req.History {
		msgs = append(msgs, Message{Role: turn.Role, Content: turn.Content})
	}
	var b strings.Builder
	b.WriteString("报告段落：\n")
	for _, p := range passages {
		fmt.Fprintf(&b, "[%d]《%s》%s\n", p.N, p.Title, p.Text)
	}
	b.WriteString("\n问题：" + req.Question)
	msgs = append(msgs, Message{Role: "user", Content: b.String()})
	return msgs
}

// PromptText renders messages as the 「检索过程」 view shows them.
func PromptText(msgs []Message) string {
	var b strings.Builder
	for i, m := range msgs {
		if i > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString("[" + m.Role + "]\n" + m.Content)
	}
	return b.String()
}

func (t *Tutor) answerGenerative(ctx context.Context, req Request, found Found, ret *Retrieval, emit func(Event) error) error {
	msgs := buildMessages(req, ret.Passages)
	ret.Prompt = PromptText(msgs)
	for i := range ret.Passages {
		ret.Passages[i].Used = true
	}
	if err := emit(Event{Type: EventRetrieval, Retrieval: ret}); err != nil {
		return err
	}
	var answer strings.Builder
	var emitErr error
	filter := newMarkerFilter(len(ret.Passages), func(s string) error {
		if s == "" {
			return nil // a dropped marker: a token event without text reads as "undefined" in the chat
		}
		answer.WriteString(s)
		return emit(Event{Type: EventToken, Text: s})
	})
	err := t.model.Stream(ctx, msgs, func(d Delta) error {
		if d.Reasoning != "" {
			if e := emit(Event{Type: EventReasoning, Text: d.Reasoning}); e != nil {
				emitErr = e
				return e
			}
		}
		if d.Content != "" {
			if e := filter.Write(d.Content); e != nil {
				emitErr = e
				return e
			}
		}
		return nil
	})
	if emitErr != nil {
		return emitErr // the reader went away; the stream was cancelled with it
	}
	if err == nil {
		err = filter.Flush()
	}
	if err != nil {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		t.log.Warn("model failed; answering offline", "err", errors.Unwrap(err))
		if e := emit(Event{Type: EventError, Error: describeModelError(err)}); e != nil {
			return e
		}
		if e := emit(Event{Type: EventToken, Text: "\n\n"}); e != nil {
			return e
		}
		return t.answerOffline(req, found, ret, emit, true)
	}
	cites := checkCitations(answer.String(), ret.Passages)
	if err := emit(Event{Type: EventCitations, Citations: cites}); err != nil {
		return err
	}
	return emit(Event{Type: EventDone, Done: &Done{Mode: ModeGenerative, Covered: true}})
}

// markerFilter passes streamed text through, holding back a possible citation marker until it
// is complete: a marker [n] whose n names a retrieved passage is kept, any other bracketed
// number (a marker pointing at nothing) is dropped, and other brackets pass unchanged.
type markerFilter struct {
	n       int
	out     func(string) error
	pending strings.Builder
	// outer holds the open brackets a nested [ interrupted ("[[5]", "[1[9]]"), until the inner
	// one resolves: a dropped inner marker must not join the outer text and what follows into a
	// marker ("[" + "[9]" + "5]" is not "[5]").
	outer []string
}

func newMarkerFilter(n int, out func(string) error) *markerFilter {
	return &markerFilter{n: n, out: out}
}

const maxMarkerRunes = 12

// A signed number ("[-1]", "[+9]") is taken for a marker too, so that it is dropped: it names
// no passage, yet a reader would read it as a citation.
var markerRe = regexp.MustCompile(`^\[(\s*[-+]?\d+\s*(?:[,，、]\s*[-+]?\d+\s*)*)\]$`)

func (f *markerFilter) Write(s string) error {
	var plain strings.Builder
	for _, r := range s {
		if f.pending.Len() == 0 {
			if r == '[' || r == '［' {
				if plain.Len() > 0 {
					if err := f.out(plain.String()); err != nil {
						return err
					}
					plain.Reset()
				}
				f.pending.WriteRune('[')
				continue
			}
			plain.WriteRune(r)
			continue
		}
		if r == '[' || r == '［' {
			f.outer = append(f.outer, f.pending.String())
			f.pending.Reset()
			f.pending.WriteRune('[')
			continue
		}
		if r == '］' {
			r = ']'
		}
		f.pending.WriteRune(r)
		if r == ']' {
			res := f.resolve(f.pending.String())
			f.pending.Reset()
			if res == "" && len(f.outer) > 0 {
				// The inner marker is dropped; the outer bracket goes on as if it had not been there.
				f.pending.WriteString(f.outer[len(f.outer)-1])
				f.outer = f.outer[:len(f.outer)-1]
				continue
			}
			if err := f.out(f.takeOuter() + res); err != nil {
				return err
			}
			continue
		}
		if utf8.RuneCountInString(f.pending.String()) > maxMarkerRunes || !strings.ContainsRune("0123456789 ,，、-+", r) {
			// Not a marker: let it through as text.
			plain.WriteString(f.takeOuter() + f.pending.String())
			f.pending.Reset()
		}
	}
	if plain.Len() > 0 {
		return f.out(plain.String())
	}
	return nil
}

// takeOuter returns the held outer brackets as text and forgets them.
func (f *markerFilter) takeOuter() string {
	s := strings.Join(f.outer, "")
	f.outer = nil
	return s
}

// resolve turns a complete bracket into the markers it may keep.
func (f *markerFilter) resolve(tok string) string {
	m := markerRe.FindStringSubmatch(tok)
	if m == nil {
		return tok
	}
	var b strings.Builder
	for _, part := range strings.FieldsFunc(m[1], func(r rune) bool { return r == ',' || r == '，' || r == '、' || r == ' ' }) {
		n, err := strconv.Atoi(part)
		if err == nil && n >= 1 && n <= f.n && !strings.ContainsAny(part, "+-") {
			fmt.Fprintf(&b, "[%d]", n)
		}
	}
	return b.String()
}

// Flush emits whatever is held back when the stream ends.
func (f *markerFilter) Flush() error {
	if f.pending.Len() == 0 {
		return nil
	}
	s := f.takeOuter() + f.pending.String()
	f.pending.Reset()
	return f.out(s)
}

var (
	markerInText = regexp.MustCompile(`\[(\d+)\]`)
	linkTarget   = regexp.MustCompile(`\]\([^()\s]*\)`)
	numberRe     = regexp.MustCompile(`\d+(?:\.\d+)?`)
	latinWordRe  = regexp.MustCompile(`[A-Za-z][A-Za-z0-9\-\.]+`)
)

// checkCitations maps each marker of an answer to its passage and checks the sentence that
// cites it: the numbers and Latin-script terms it states must appear in the passage.
func checkCitations(answer string, passages []Passage) []Citation {
	byN := map[int]Passage{}
	for _, p := range passages {
		byN[p.N] = p
	}
	var order []int
	unsupported := map[int]map[string]bool{}
	quotes := map[int]supportingSentence{}
	prev := ""
	for _, sent := range sentenceEnd.FindAllString(answer, -1) {
		markers := markerInText.FindAllStringSubmatch(sent, -1)
		// A Markdown link's target is an address, not a claim: 「[幻觉](/report/…)」 states 「幻觉」.
		claim := markerInText.ReplaceAllString(linkTarget.ReplaceAllString(sent, "]"), "")
		if len(markers) > 0 && strings.TrimSpace(claim) == "" {
			claim = prev // markers after the full stop (「……。[1]」) cite the sentence before them
		}
		prev = claim
		if len(markers) == 0 {
			continue
		}
		var cited []Passage
		for _, m := range markers {
			n, _ := strconv.Atoi(m[1])
			p, ok := byN[n]
			if !ok {
				continue
			}
			if _, seen := unsupported[n]; !seen {
				unsupported[n] = map[string]bool{}
				order = append(order, n)
			}
			cited = append(cited, p)
		}
		// The passage sentence closest to the claim is what the reader should see highlighted.
		for _, p := range cited {
			if q := closestSentence(claim, p.Title, p.Text); q.overlap > quotes[p.N].overlap {
				quotes[p.N] = q
			}
		}
		// A claim may combine its cited passages: a term counts as supported when any of them has it.
		var all strings.Builder
		for _, p := range cited {
			all.WriteString(retriever.Normalize(p.Title + " " + p.Text))
		}
		evidence := strings.ReplaceAll(all.String(), " ", "")
		for _, term := range keyTerms(claim) {
			if !strings.Contains(evidence, term) {
				for _, p := range cited {
					unsupported[p.N][term] = true
				}
			}
		}
	}
	out := make([]Citation, 0, len(order))
	for _, n := range order {
		p := byN[n]
		c := Citation{N: n, Anchor: p.Anchor, Title: p.Title, URL: p.URL, Text: p.Text, Figure: p.Figure, Quote: quotes[n].text, Supported: len(unsupported[n]) == 0}
		for term := range unsupported[n] {
			c.Unsupported = append(c.Unsupported, term)
		}
		sort.Strings(c.Unsupported)
		out = append(out, c)
	}
	return out
}

// supportingSentence is a passage sentence and how much of a claim it shares.
type supportingSentence struct {
	text    string
	overlap float64
}

// titleTermShare is how much a term of the passage's title counts: every sentence of an entry
// is about its subject, so naming it says little about which sentence supports a claim.
const titleTermShare = 0.25

// closestSentence is the sentence of a passage sharing the most of a claim's terms; a
// sentence sharing none is no quote.
func closestSentence(claim, title, passage string) supportingSentence {
	ct := map[string]bool{}
	for _, t := range retriever.Tokens(claim) {
		ct[t] = true
	}
	tt := map[string]bool{}
	for _, t := range retriever.Tokens(title) {
		tt[t] = true
	}
	var best supportingSentence
	for _, s := range sentences(passage) {
		n := 0.0
		seen := map[string]bool{}
		for _, t := range retriever.Tokens(s) {
			if ct[t] && !seen[t] {
				seen[t] = true
				if tt[t] {
					n += titleTermShare
				} else {
					n++
				}
			}
		}
		if n > best.overlap {
			best = supportingSentence{text: s, overlap: n}
		}
	}
	return best
}

// keyTerms are the parts of a claim a passage must contain to support it: numbers and
// Latin-script names, normalised and without spaces.
func keyTerms(claim string) []string {
	norm := strings.ReplaceAll(retriever.Normalize(claim), " ", "")
	var out []string
	for _, n := range numberRe.FindAllString(norm, -1) {
		out = append(out, n)
	}
	for _, w := range latinWordRe.FindAllString(norm, -1) {
		out = append(out, strings.TrimRight(w, ".-"))
	}
	return out
}

// Offline returns a tutor over the same index and limits that always answers offline: the
// evaluation measures the offline answer, which most readers get, whatever mode the server runs.
func (t *Tutor) Offline() *Tutor {
	c := *t
	c.model = nil
	return &c
}
