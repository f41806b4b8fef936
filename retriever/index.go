// Package retriever turns the report into passages, indexes them lexically (BM25 over Chinese
// character bigrams and English words) and as vectors (chromem-go), and answers a question with
// ranked passages and a decision whether the report covers it. It knows nothing about chat.
package retriever

import (
	"cmp"
	"context"
	"fmt"
	"maps"
	"math"
	"regexp"
	"runtime"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"github.com/philippgille/chromem-go"
	"golang.org/x/text/unicode/norm"

	"llmtutor/corpus"
	"llmtutor/retriever/hans"
	"llmtutor/retriever/lexicon"
)

// Options configure Build. The zero value is the embedded default: local embeddings.
type Options struct {
	// Embed, when set, embeds passages and queries instead of the local embedder (a remote
	// model, wrapped in CachedEmbedding by the caller).
	Embed chromem.EmbeddingFunc
	// EmbedName names the embedding in figures and the UI ("local" when Embed is nil).
	EmbedName string
	// MinCoverage is the confidence (Signals.Confidence) needed for the report to count as
	// covering a question. Zero means the default.
	MinCoverage float64
}

// DefaultMinCoverage was calibrated on the project's two question sets with the weights below
// (tutor eval on eval/questions.jsonl and eval/reader-questions.jsonl).
const DefaultMinCoverage = 0.35

// Index is built once from the report and then only read; Search is safe for concurrent use.
type Index struct {
	passages   []Passage
	lex        *lexical
	coll       *chromem.Collection
	sparse     *sparseVectors // the local vectors by dimension; nil with another embedding
	embed      chromem.EmbeddingFunc
	embedName  string
	minCov     float64
	charIDF    map[rune]float64 // rarity of each Chinese character in the report
	entities   []entity
	vocab      []bool          // by term number: a term of some passage other than the invented examples
	topics     map[string]bool // terms of every heading
	headings   string          // every heading, normalised, one a line: where phrases are looked for
	plain      []string        // each passage's title and text without analogies, normalised; "" for examples
	words      *lexicon.Lexicon
	hans       *hans.Converter        // traditional characters to simplified: the report's script
	erhua      map[rune]bool          // the characters after which the report writes 儿 (一会儿, 活儿)
	asks       []ask                  // every section's 「常见问法」
	apart      map[string][]nameApart // the entries' Chinese names cut in two, by their first word
	askText    map[string]string      // section anchor → its 「常见问法」, one per line
	asksSaid   string                 // every 「常见问法」, normalised, one per line (see splitIdioms)
	pointers   map[string][]pointer   // section anchor → its cross-references (「中文版见 C-SimpleQA」)
	everyday   map[string]bool        // the words of everyday.txt (「跑分」「光猫」): common, though the general dictionary lacks them
	names      map[rune][]nameRef     // every entry's names, by first character
	byAnchor   map[string][]int       // each section's passages, in reading order
	milestones map[string][]string    // a year → the history sections whose heading it alone dates
	makers     map[string]string      // a model's anchor → its maker's section (「model-claude-4」 → 「models-anthropic」)
	spell      map[string]string      // squashed Latin name → the report's spelling
	typos      []typo                 // what a misspelt Latin word may be meant for (see misspelled)
	sounds     map[string][]rune      // pinyin → Chinese name, for homophone typos
	wordSounds map[string]bool        // the keys of sounds that read an everyday word, no name
	nameSounds map[string]bool        // the keys of sounds that read an entry's name
	// fuzzySounds are the names of three characters or more by their fuzzy keys (see fuzzyKey).
	fuzzySounds map[string][]rune
	colloquial  thesaurus      // readers' descriptions → the report's terms
	report      *corpus.Report // what the index was built from: its sections' sources
	rank        rankParams
}

// charIDF measures how rare each Chinese character is across passages: how many passages'
// terms (docs, as newLexical counts them) hold it.
func charIDF(lex *lexical, docs [][]termCount) map[rune]float64 {
	type count struct{ df, last int }
	chars := map[rune]*count{}
	for d, terms := range docs {
		for _, c := range terms {
			if c.tf == 0 {
				continue // a term of the title alone
			}
			for _, r := range lex.terms[c.term] {
				if !unicode.Is(unicode.Han, r) {
					continue
				}
				k := chars[r]
				if k == nil {
					k = &count{}
					chars[r] = k
				}
				if k.last != d+1 { // first seen in this passage
					k.last = d + 1
					k.df++
				}
			}
		}
	}
	out := make(map[rune]float64, len(chars))
	n := float64(len(docs))
	for r, k := range chars {
		d := k.df
		out[r] = math.Log(1 + (n-float64(d)+0.5)/(float64(d)+0.5))
	}
	return out
}

// entity is an entry of the report (concept, benchmark, metric, evaluation, model) and the
// names a reader may call it by.
type entity struct {
	anchor   string
	names    []string // normalised
	terms    []string // the Tokens of every name
	passages []int    // the entry's passages, in reading order
	maker    bool     // a maker's section (「DeepSeek（深度求索）」), not one of its models
	// dated are the names a milestone's heading gives that another entry owns (「Transformer」
	// of 「2017 年 6 月：Transformer」): the milestone names them only for when they came.
	dated []string
	// short maps readers' abbreviations of the entry's name, which the report never writes
	// (「ds-v3」), to the name the report uses (「deepseek-v3」)
	short map[string]string
}

// entryNames collects the names of every entry from its heading: 「GPQA Diamond」 → "gpqa diamond"
// and "gpqa"; 「混合专家（Mixture of Experts, MoE）」 → 混合专家, mixture of experts, moe; a model
// family's first word ("gemini", "llama") names every entry of the family.
func entryNames(r *corpus.Report) []entity {
	var out []entity
	text := plainText(r)
	// names made by shortening a heading (dropping a tier word, keeping its first word), by
	// anchor: another entry's own name is not one of them (「llm」 is not LLM-as-a-Judge's)
	shortened := map[string][]string{}
	for _, s := range r.AllSections() {
		switch {
		case s.Kind == corpus.KindTerm, s.Kind == corpus.KindBenchmark, s.Kind == corpus.KindMetric, s.Kind == corpus.KindEval, s.Kind == corpus.KindModel:
		case isMakerSection(s):
			// 「DeepSeek（深度求索）」: what a reader asks about the maker (「deepseek 是哪家公司」)
			// that section answers.
		default:
			continue
		}
		var names []string
		short := map[string]string{}
		var add func(n string)
		add = func(n string) {
			n = stemPhrase(Normalize(strings.TrimSpace(n)))
			n = strings.TrimSpace(strings.TrimPrefix(strings.Trim(n, "()（）"), "及 "))
			// 「Claude 4 家族」「Mixtral 系列」: readers say 「claude 4」「mixtral」.
			for _, suffix := range []string{" 家族", " 系列", " 预览版"} {
				if base, ok := strings.CutSuffix(n, suffix); ok {
					add(base)
				}
			}
			// 「Llama 3（含 3.1、3.2、3.3）」: what a parenthesis includes is not a name of its own.
			// 「DeepSeek-V4（预览版）」: a release stage is no name.
			if strings.HasPrefix(n, "含") || strings.HasPrefix(n, "包括") || strings.HasSuffix(n, "版") || !strings.ContainsFunc(n, unicode.IsLetter) {
				return
			}
			if len([]rune(n)) >= 2 && !slices.Contains(names, n) {
				names = append(names, n)
			}
		}
		title := s.Title
		if zh, rest, ok := strings.Cut(title, "（"); ok {
			add(zh)
			inner, _, _ := strings.Cut(rest, "）")
			includes := strings.HasPrefix(inner, "含") || strings.HasPrefix(inner, "包括")
			for _, part := range strings.FieldsFunc(inner, func(r rune) bool { return r == ',' || r == '/' || r == '，' || r == '、' || r == ';' }) {
				if !includes {
					add(part)
					continue
				}
				// 「（含 R1-Zero 与蒸馏模型）」: the models it includes by name, not the kinds.
				for _, m := range strings.FieldsFunc(strings.TrimLeft(strings.TrimPrefix(strings.TrimPrefix(part, "含"), "包括"), " "), func(r rune) bool { return r == '与' || r == '和' }) {
					if m = strings.TrimSpace(m); strings.ContainsFunc(m, func(r rune) bool { return r < utf8.RuneSelf && unicode.IsLetter(r) }) {
						add(m)
					}
				}
			}
			// 「Llama 3（含 3.1、3.2、3.3）」: each version it includes is a name of the entry,
			// spelled with the family's name (「llama 3.1」).
			if s.Kind == corpus.KindModel && (strings.HasPrefix(inner, "含") || strings.HasPrefix(inner, "包括")) {
				family := strings.Fields(strings.TrimSpace(zh))
				for _, v := range strings.FieldsFunc(strings.TrimLeft(strings.TrimPrefix(strings.TrimPrefix(inner, "含"), "包括"), " "), func(r rune) bool { return r == '、' || r == '，' || r == ',' || r == ' ' || r == '与' || r == '和' }) {
					if len(family) > 0 && startsWithDigit(v) {
						add(family[0] + " " + v)
					}
				}
			}
		} else {
			add(title)
		}
		for _, n := range slices.Clone(names) {
			if short := withoutTier(n); short != "" {
				add(short) // 「claude 3.5 sonnet」 is also 「claude 3.5」
				shortened[s.Anchor] = append(shortened[s.Anchor], stemPhrase(Normalize(short)))
			}
		}
		for _, a := range aliases(s) {
			add(a)
		}
		// 「Gemini 2.0」 is said without its 「.0」: 「gemini 2」「gemini2」.
		if s.Kind == corpus.KindModel {
			for _, n := range slices.Clone(names) {
				if base, ok := strings.CutSuffix(n, ".0"); ok && isLatin(n) && base != "" && unicode.IsDigit(rune(base[len(base)-1])) && strings.Contains(base, " ") {
					add(base)
				}
			}
		}
		// 「基于人类反馈的强化学习」 is said without its preposition: 「人类反馈的强化学习」.
		for _, n := range slices.Clone(names) {
			if rest, ok := strings.CutPrefix(n, "基于"); ok && utf8.RuneCountInString(rest) >= 4 && s.Kind == corpus.KindTerm {
				add(rest)
			}
		}
		// 「宪法式 AI」 is said without its suffix before the English word: 「宪法ai」.
		for _, n := range slices.Clone(names) {
			if stem, word, ok := strings.Cut(n, "式 "); ok && utf8.RuneCountInString(stem) >= 2 && word != "" && !isHan([]rune(word)[0]) && s.Kind == corpus.KindTerm {
				add(stem + " " + word)
			}
		}
		// 「涌现能力」 is 「涌现」 to readers, where the report says the word almost only in the
		// name: a stem the report uses in other senses (推理 of 推理模型) names nothing.
		if s.Kind == corpus.KindTerm {
			for _, n := range slices.Clone(names) {
				for _, suffix := range stemSuffixes {
					stem, ok := strings.CutSuffix(n, suffix)
					if !ok || utf8.RuneCountInString(stem) < 2 || strings.ContainsFunc(n, func(r rune) bool { return !isHan(r) }) {
						continue
					}
					if whole, alone := strings.Count(text, n), strings.Count(text, stem); alone > 0 && float64(whole) >= stemShare*float64(alone) {
						add(stem)
						shortened[s.Anchor] = append(shortened[s.Anchor], stem)
					}
				}
			}
		}
		// 「Codeforces 百分位」: a metric named for where it is used is the percentile readers ask
		// about (「百分位是啥意思」).
		if s.Kind == corpus.KindMetric {
			for _, n := range slices.Clone(names) {
				// (Its Chinese words after the last space: 「Bootstrap 95% 置信区间」 is a 置信区间.)
				if i := strings.LastIndex(n, " "); i > 0 && isLatin(strings.Fields(n)[0]) {
					if tail := n[i+1:]; utf8.RuneCountInString(tail) >= 2 && !strings.ContainsFunc(tail, func(r rune) bool { return r < utf8.RuneSelf }) {
						add(tail)
					}
				}
			}
		}
		if n := fullName(s); n != "" {
			add(n) // 「Chinese SimpleQA」 names C-SimpleQA
		}
		if base, paren, ok := strings.Cut(title, " ("); ok {
			add(base)
			add(strings.TrimSuffix(paren, ")"))
		}
		first := strings.FieldsFunc(title, func(r rune) bool { return r == ' ' || r == '（' || r == '(' })
		if len(first) > 1 && makers[Normalize(first[0])] && s.Kind == corpus.KindModel {
			add(strings.Join(first[1:], " ")) // 「OpenAI o3-mini」 is also just 「o3-mini」
		}
		// 「OpenAI o3 与 o4-mini」 names two models.
		// What a parenthesis holds was read above: 「（含 R1-Zero 与蒸馏模型）」 names no model
		// 「蒸馏模型」.
		if head, _, _ := strings.Cut(title, "（"); s.Kind == corpus.KindModel {
			head = strings.TrimSpace(head)
			for _, part := range strings.FieldsFunc(head, func(r rune) bool { return r == '与' || r == '和' || r == '及' || r == '、' || r == '/' }) {
				part = strings.TrimSpace(part)
				if ws := strings.Fields(part); len(ws) > 1 && makers[Normalize(ws[0])] {
					part = strings.Join(ws[1:], " ")
				}
				if part != head {
					add(part)
				}
			}
		}
		if len(first) > 1 && isLatin(first[0]) && len(first[0]) >= 3 {
			w := first[0]
			// 「Mistral AI」「Moonshot AI」 are 「mistral」「moonshot」 to readers.
			// 「SWE-bench Verified」 is 「swe-bench」 to readers, as 「GPQA Diamond」 is 「gpqa」.
			if s.Kind == corpus.KindModel || isMakerSection(s) || strings.ToUpper(w) == w || s.Kind == corpus.KindBenchmark && strings.Contains(w, "-") {
				add(w)
				if s.Kind != corpus.KindModel && !isMakerSection(s) {
					// (A model's family name is every model's of the family, and its maker's.)
					shortened[s.Anchor] = append(shortened[s.Anchor], stemPhrase(Normalize(w)))
				}
			}
		}
		// 「DeepSeek-V3」: the family before the hyphen ("deepseek") names the entry too, and the
		// version after it ("v3", "r1") is what readers often call it.
		if s.Kind == corpus.KindModel && len(first) > 0 && isLatin(first[0]) {
			if fam, ver, ok := strings.Cut(first[0], "-"); ok && len(fam) >= 3 {
				add(fam)
				if strings.ContainsAny(ver, "0123456789") && len(ver) >= 2 && !strings.Contains(ver, "-") {
					add(ver)
					// A family written in two capitals (「DeepSeek」) is shortened to them with its
					// version: 「dsv3」「ds r1」.
					if caps := strings.Map(func(r rune) rune {
						if unicode.IsUpper(r) {
							return unicode.ToLower(r)
						}
						return -1
					}, fam); len(caps) == 2 && len(fam) > 4 {
						short[caps+"-"+Normalize(ver)] = Normalize(first[0])
					}
				}
			}
		}
		out = append(out, entity{anchor: s.Anchor, names: names, maker: isMakerSection(s), short: short})
	}
	// A name made by shortening a heading that is another entry's own name is that entry's:
	// 「kimi k2」 names Kimi K2, not Kimi K2 Thinking; 「llm」 the LLM, not LLM-as-a-Judge.
	own := map[string]bool{}
	for _, e := range out {
		for _, n := range e.names {
			if !slices.Contains(shortened[e.anchor], n) {
				own[n] = true
			}
		}
	}
	for i := range out {
		out[i].names = slices.DeleteFunc(out[i].names, func(n string) bool {
			return slices.Contains(shortened[out[i].anchor], n) && own[n]
		})
	}
	return append(out, milestoneNames(r, out)...)
}

// stemSuffixes end a concept's Chinese name with a word of kind that readers leave out.
var stemSuffixes = []string{"能力", "机制", "现象"}

// stemShare is how much of a stem's use in the report its full name must be for the stem alone
// to name the entry.
const stemShare = 0.6

// plainText is the whole report's text as written, for counting how it uses a Chinese word
// (normalising would change none of it, and costs start-up time).
func plainText(r *corpus.Report) string {
	var b strings.Builder
	for _, s := range r.AllSections() {
		b.WriteString(s.Title + "\n")
		for _, bl := range s.Blocks {
			for _, it := range bl.Items {
				b.WriteString(it.Markdown + "\n")
			}
			for _, row := range bl.Rows {
				b.WriteString(strings.Join(row, " ") + "\n")
			}
		}
	}
	return b.String()
}

// earliestRe asks for the first of something: 「最早」「一开始」「第一版」.
var earliestRe = regexp.MustCompile(`最早|最初|最开始|一开始|起初|第一版|第一代|头一个|刚出来那会`)

// headingDateRe reads the date a milestone's heading opens with: 「2023 年 2 月：LLaMA」.
var headingDateRe = regexp.MustCompile(`(\d{4}) 年(?:\s*(\d{1,2}))?`)

// yearMilestones returns the history sections whose heading is dated by a year a text says
// (「2017年」「2017 年」), with how specifically the year names them: one milestone of that year
// as surely as a name of middling specificity, two less; a year of more names the timeline
// (the year is no guide to which milestone).
func (ix *Index) yearMilestones(text string) map[string]float64 {
	out := map[string]float64{}
	for _, m := range yearSaid.FindAllStringSubmatch(text, -1) {
		found := ix.milestones[m[1]]
		if len(found) == 0 {
			continue
		}
		if len(found) > maxYearMilestones {
			// A year of many milestones is the timeline's: its table dates them all.
			if _, ok := ix.byAnchor[timelineOverview]; ok {
				out[timelineOverview] = math.Max(out[timelineOverview], yearSpec/maxYearMilestones)
			}
			continue
		}
		for _, a := range found {
			out[a] = yearSpec / float64(len(found))
		}
	}
	return out
}

// milestonesByYear maps each year to the history sections whose heading opens with it (see
// HeadingYear), read once when the index is built.
func (ix *Index) milestonesByYear() map[string][]string {
	out := map[string][]string{}
	for _, a := range slices.Sorted(maps.Keys(ix.byAnchor)) {
		if !strings.HasPrefix(a, "history-") {
			continue
		}
		if y := HeadingYear(ix.passages[ix.byAnchor[a][0]].Title); y != "" {
			out[y] = append(out[y], a)
		}
	}
	return out
}

// YearSaid returns the first year a question says before 年 (「2017年」「2017 年」), or "".
func YearSaid(question string) string {
	if m := yearSaid.FindStringSubmatch(question); m != nil {
		return m[1]
	}
	return ""
}

// HeadingYear returns the year a milestone's heading (the last part of a title, 「… › 2019 年：
// GPT-2 与 T5」) opens with, or "": not a span of years, 「1958—2012 年」, which dates no one
// event.
func HeadingYear(title string) string {
	if i := strings.LastIndex(title, "› "); i >= 0 {
		title = title[i+len("› "):]
	}
	if m := milestoneYear.FindStringSubmatch(title); m != nil {
		return m[1]
	}
	return ""
}

// yearSaid is a year as a question says it, before 年; milestoneYear the year a heading opens
// with.
var (
	yearSaid      = regexp.MustCompile(`((?:19|20)\d\d)\s*年`)
	milestoneYear = regexp.MustCompile(`^(\d{4}) 年`)
)

// timelineOverview is the history chapter's table of milestones.
const timelineOverview = "history-timeline-overview"

const (
	maxYearMilestones = 2
	yearSpec          = 0.7
)

// headingDate is the date of a section's heading as a sortable string (「2023-02」), or "".
func (ix *Index) headingDate(anchor string) string {
	ps := ix.byAnchor[anchor]
	if len(ps) == 0 {
		return ""
	}
	title := ix.passages[ps[0]].Title
	if i := strings.LastIndex(title, "› "); i >= 0 {
		title = title[i+len("› "):]
	}
	m := headingDateRe.FindStringSubmatch(title)
	if m == nil {
		return ""
	}
	month := m[2]
	if len(month) == 1 {
		month = "0" + month
	}
	if month == "" {
		month = "00"
	}
	return m[1] + "-" + month
}

// milestoneNames names the history chapter's milestones by what their headings name after the
// date: 「2022 年 11 月：ChatGPT」 is where the report tells when ChatGPT came out and what it
// was; no other entry is about it. Only English names no entry already has count (「GPT-4o」
// has its model entry; 「RLHF」 its glossary entry).
func milestoneNames(r *corpus.Report, entries []entity) []entity {
	owned := map[string]bool{}
	for _, e := range entries {
		for _, n := range e.names {
			owned[n] = true
		}
	}
	var out []entity
	for _, s := range r.AllSections() {
		if !strings.HasPrefix(s.Anchor, "history-") || s.Level != 3 {
			continue
		}
		_, after, ok := strings.Cut(s.Title, "：")
		if !ok {
			continue
		}
		var names, dated []string
		for _, part := range strings.FieldsFunc(after, func(r rune) bool { return r == '、' || r == '与' || r == '和' || r == '，' }) {
			n := stemPhrase(Normalize(strings.TrimSpace(part)))
			if !isLatin(strings.ReplaceAll(n, " ", "")) || len(n) < 2 || slices.Contains(names, n) || slices.Contains(dated, n) {
				continue
			}
			if owned[n] {
				dated = append(dated, n)
			} else {
				names = append(names, n)
			}
		}
		if len(names) > 0 || len(dated) > 0 {
			out = append(out, entity{anchor: s.Anchor, names: names, dated: dated})
		}
	}
	return out
}

// aliasRe finds the other names an entry gives itself in its subject sentence:
// 「词表（也叫词汇表）是……」, 「词元（也译作标记、令牌）是……」, 「提示注入（Prompt Injection，也叫
// 提示词注入）是……」.
var aliasRe = regexp.MustCompile(`（(?:[^（）]*?[，,]\s*)?(?:也叫|又称|也称|也译作|亦称|简称|俗称)([^）]+)）`)

// glossRe opens a sentence on a Chinese term glossed with its English name.
var glossRe = regexp.MustCompile(`^(\p{Han}{2,8})（([A-Za-z][A-Za-z \-]{2,40}?)\s*[,，)）]`)

// aliases returns the names an entry's subject sentence adds.
func aliases(s *corpus.Section) []string {
	lead := ""
	for _, b := range s.Blocks {
		if b.Kind == corpus.Paragraph || b.Kind == corpus.List {
			lead = b.PlainText()
			break
		}
	}
	if i := strings.Index(lead, "。"); i > 0 {
		lead = lead[:i]
	}
	var out []string
	// A metric's subject sentence may open on its names in full: 「精确匹配（Exact Match, EM）只在……」
	// names EM's entry 「exact match」 too.
	if m := glossRe.FindStringSubmatch(lead); m != nil && s.Kind == corpus.KindMetric {
		out = append(out, m[1], m[2])
	}
	for _, m := range aliasRe.FindAllStringSubmatch(lead, -1) {
		for _, a := range strings.FieldsFunc(m[1], func(r rune) bool { return r == '、' || r == '，' || r == ',' || r == '或' }) {
			if a = strings.TrimSpace(a); a != "" {
				out = append(out, a)
			}
		}
	}
	return out
}

// fullName returns the English name an entry's 「全称」 field opens with, up to its first
// parenthesis, colon or comma: 「Chinese SimpleQA（中文简短事实问答）」 → "Chinese SimpleQA",
// 「MMLU-Pro: A More Robust …」 → "MMLU-Pro". A value that opens in Chinese gives none.
func fullName(s *corpus.Section) string {
	for _, f := range s.Fields() {
		if f.Name != "全称" {
			continue
		}
		v := f.Value
		if i := strings.IndexAny(v, "（(:：，,[「“"); i >= 0 {
			v = v[:i]
		}
		v = strings.TrimSpace(v)
		if v == "" || !isLatinPhrase(v) {
			return ""
		}
		return v
	}
	return ""
}

// isLatinPhrase reports whether s holds only Latin letters, digits, spaces and the marks of
// an English name (「Q&A」「Grade School Math 8K」「Instruction-Following Eval」).
func isLatinPhrase(s string) bool {
	for _, r := range s {
		if !(r < utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r) || strings.ContainsRune(" -&.'", r))) {
			return false
		}
	}
	return strings.ContainsFunc(s, unicode.IsLetter)
}

// makers are names that open a model's title but are not part of what readers call it.
var makers = map[string]bool{"openai": true, "google": true, "anthropic": true, "meta": true, "mistral": true, "alibaba": true, "moonshot": true}

// IsMaker reports whether a normalised word is a maker's name written before its models'
// (「openai」 of 「OpenAI o3」).
func IsMaker(word string) bool { return makers[word] }

// stemPhrase stems every Latin word of a name, as Tokens does.
func stemPhrase(s string) string {
	words := strings.Split(s, " ")
	for i, w := range words {
		if isLatin(w) {
			words[i] = stem(w)
		} else if strings.ContainsFunc(w, isHan) && strings.ContainsFunc(w, func(r rune) bool { return r < utf8.RuneSelf }) {
			// A Latin word run into Chinese (「flops是啥」) is stemmed as the names are.
			words[i] = latinRun.ReplaceAllStringFunc(w, stem)
		}
	}
	return strings.Join(words, " ")
}

// latinRun is a run of a Latin word's letters, digits and joiners.
var latinRun = regexp.MustCompile(`[a-z0-9][a-z0-9.@_+\-]*`)

// mentioned returns the entries a question names, each with how specific the name is (0..1):
// naming 「GPQA Diamond」 singles out one entry; naming 「参数」, a word on every other page,
// hardly says which passage is wanted. A name inside a longer one that also matches does not
// count: 「ARC-AGI」 names the benchmark, not AGI.
func (ix *Index) mentioned(text string) map[string]float64 {
	out := map[string]float64{}
	for _, m := range ix.nameMatches(stemPhrase(Normalize(text))) {
		out[m.anchor] = math.Max(out[m.anchor], m.spec)
	}
	return out
}

// whatFrameRe follows a name whose meaning is asked (「越狱是啥」「rag 什么意思」), whatBeforeRe
// precedes it (「什么是上下文窗口」).
var (
	// (The longest first: what follows the frame matters to AsksWhat's callers.)
	whatFrameRe  = regexp.MustCompile(`^\s*(到底|究竟)?(是啥意思|是什么意思|是个什么|是个啥|是啥|是什么|是干嘛|是干啥|啥意思|什么意思|指的是什么|指的是啥|指的什么|指的啥|指啥|指什么)`)
	whatBeforeRe = regexp.MustCompile(`(什么是|啥是|啥叫|什么叫)\s*$`)
)

// AsksWhat reports whether the words around a name (before and after it) ask what the named
// thing is, and returns what follows the words that ask (after itself when they stand before).
// (Not a name a Chinese word goes on from: 「啥叫ai智能体」 asks what an agent is, not AI.)
func AsksWhat(before, after string) (rest string, ok bool) {
	if loc := whatFrameRe.FindStringIndex(after); loc != nil {
		return after[loc[1]:], true
	}
	r, _ := utf8.DecodeRuneInString(after)
	return after, whatBeforeRe.MatchString(before) && !isHan(r)
}

// askedWhatOf returns the entries a question names and asks what they are.
func (ix *Index) askedWhatOf(text string) map[string]bool {
	norm := stemPhrase(Normalize(text))
	out := map[string]bool{}
	for _, m := range ix.nameMatches(norm) {
		if _, ok := AsksWhat(norm[:m.start], norm[m.end:]); ok {
			out[m.anchor] = true
		}
	}
	return out
}

// nameMatch is one place a normalised text names an entry.
type nameMatch struct {
	anchor     string
	start, end int
	spec       float64
}

// nameMatches finds every name of an entry in a normalised text, leaving out a name inside a
// longer one that also matches.
func (ix *Index) nameMatches(norm string) []nameMatch {
	var ms []nameMatch
	for i := 0; i < len(norm); {
		r, size := utf8.DecodeRuneInString(norm[i:])
		for _, ref := range ix.names[r] {
			if !strings.HasPrefix(norm[i:], ref.name) {
				continue
			}
			end := i + len(ref.name)
			if ref.latin && ((i > 0 && isWordByte(norm[i-1])) || (end < len(norm) && isWordByte(norm[end]))) {
				continue // "rl" inside "world" is no name
			}
			if ref.latin && len(ref.name) <= 2 && end+1 < len(norm) && norm[end] == '.' && isDigit(norm[end+1]) {
				continue // nor is "f1" in a camera's 「光圈 f1.8」: a short name before a decimal is a number
			}
			ms = append(ms, nameMatch{ref.anchor, i, end, ref.spec})
		}
		i += size
	}
	var out []nameMatch
	for _, m := range ms {
		inside := false
		for _, o := range ms {
			if o.start <= m.start && m.end <= o.end && o.end-o.start > m.end-m.start {
				inside = true
				break
			}
			// Of two Chinese names that overlap, the first read is the name: 「自注意力机制」 is
			// self-attention's mechanism, its 「注意力机制」 borrowed from it.
			if o.start < m.start && m.start < o.end && o.end < m.end && norm[m.start] >= utf8.RuneSelf && norm[o.start] >= utf8.RuneSelf {
				inside = true
				break
			}
		}
		if !inside {
			out = append(out, m)
		}
	}
	return out
}

// isName reports whether a word is, whole, a name of some entry.
func (ix *Index) isName(w string) bool {
	n := stemPhrase(Normalize(w))
	r, _ := utf8.DecodeRuneInString(n)
	for _, ref := range ix.names[r] {
		if ref.name == n {
			return true
		}
	}
	return false
}

// nameRef is one name of an entry, filed under its first character for nameMatches.
type nameRef struct {
	name, anchor string
	spec         float64
	latin        bool
}

// buildNames files every entry's names under their first character, with their specificity,
// so a text is scanned once instead of once per name.
func (ix *Index) buildNames() {
	ix.names = map[rune][]nameRef{}
	makerNames := map[string]bool{}
	owners := map[string]int{}
	for _, e := range ix.entities {
		for _, n := range e.names {
			owners[n]++
			if e.maker {
				makerNames[n] = true
			}
		}
	}
	for _, e := range ix.entities {
		for _, n := range e.names {
			if !isLatin(n) && utf8.RuneCountInString(n) < 2 {
				continue
			}
			spec := ix.nameSpec(n)
			if e.maker || owners[n] == 1 && !strings.HasPrefix(e.anchor, "term-") && !strings.HasPrefix(e.anchor, "history-") {
				// A name of one model, benchmark, metric or evaluation, or of a maker, singles
				// out its entry however often the report repeats it: 「o3」「deepseek」 are
				// common words of the report, not vague ones. Rarity is the measure for
				// concepts (「参数」), whose names are everyday words.
				spec = math.Max(spec, ownNameSpec)
			}
			if strings.HasPrefix(e.anchor, "history-") {
				spec *= milestoneShare
			}
			if makerNames[n] && !e.maker {
				// 「deepseek」 names the company's section; its models, whose family the word
				// also is, only in passing.
				spec *= familyShare
			}
			r, _ := utf8.DecodeRuneInString(n)
			ix.names[r] = append(ix.names[r], nameRef{name: n, anchor: e.anchor, spec: spec, latin: isLatin(n)})
			// Readers leave out the space between Chinese and English words: 「kv缓存」「宪法ai」.
			// (Not where a word of the name is a name of the entry already: 「top-k采样」 says
			// 「top-k」, the name a sentence on it uses.)
			if joined := joinScripts(n); joined != n && !slices.ContainsFunc(e.names, func(o string) bool {
				return o != n && (strings.HasPrefix(n, o+" ") || strings.HasSuffix(n, " "+o))
			}) {
				ix.names[r] = append(ix.names[r], nameRef{name: joined, anchor: e.anchor, spec: spec})
			}
		}
	}
}

// joinScripts drops the spaces between a Chinese character and a Latin letter or digit.
func joinScripts(n string) string {
	rs := []rune(n)
	var b strings.Builder
	for i, r := range rs {
		if r == ' ' && i > 0 && i+1 < len(rs) && isHan(rs[i-1]) != isHan(rs[i+1]) && rs[i-1] != ' ' && rs[i+1] != ' ' {
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// nameSpec is how specific a normalised name is, 0..1: its rarest term's weight against
// specificName of the largest possible.
func (ix *Index) nameSpec(n string) float64 {
	return math.Min(1, ix.maxWeight(Tokens(n))/(specificName*ix.lex.maxIDF()))
}

// maxWeight is the weight of the rarest of some terms.
func (ix *Index) maxWeight(terms []string) float64 {
	w := 0.0
	for _, t := range terms {
		w = math.Max(w, ix.queryWeight(t))
	}
	return w
}

// ownNameSpec is the least specificity of a name that belongs to one entry or to a maker.
const ownNameSpec = 0.8

// ownerTells reports whether an entry whose own name is n has a passage holding one of the
// fields asked for.
func (ix *Index) ownerTells(n string, fields []string) bool {
	for _, e := range ix.entities {
		if !slices.Contains(e.names, n) {
			continue
		}
		for _, d := range e.passages {
			if holdsField(ix.passages[d].Text, fields) {
				return true
			}
		}
	}
	return false
}

// milestoneShare scales how specifically a name names the history section of its milestone:
// the section tells when and what, while questions about GPT-3's batch size or training data
// are answered by other entries that mention it.
const milestoneShare = 0.4

// familyShare scales how specifically a maker's name (「deepseek」) names one of its models.
const familyShare = 0.5

// specificName is the share of the largest possible IDF at which a name counts as fully
// specific.
const specificName = 0.5

// Build chunks the report and indexes every passage.
func Build(ctx context.Context, r *corpus.Report, opts Options) (*Index, error) {
	passages := Chunk(r)
	if len(passages) == 0 {
		return nil, fmt.Errorf("building the index: the report has no passages")
	}
	ix := &Index{passages: passages, embed: opts.Embed, embedName: opts.EmbedName, minCov: opts.MinCoverage, rank: defaultRank, report: r}
	if ix.minCov == 0 {
		ix.minCov = DefaultMinCoverage
	}
	// The entries' names and the dictionary need nothing of the passages: they are made while
	// the passages are tokenised and indexed.
	wordsDone := make(chan struct{})
	go func() {
		defer close(wordsDone)
		ix.entities = entryNames(r)
		var names []string // the report's Chinese names, words the general dictionary may lack
		for i := range ix.entities {
			e := &ix.entities[i]
			for _, n := range e.names {
				e.terms = append(e.terms, Tokens(n)...)
				if !isLatin(n) && !strings.ContainsFunc(n, func(r rune) bool { return !isHan(r) }) {
					names = append(names, n)
				}
			}
		}
		phrases, err := parseColloquial(colloquialText)
		if err != nil {
			// The file is embedded and checked by its tests: a broken one is a build defect.
			panic(fmt.Sprintf("reading the embedded thesaurus: %v", err))
		}
		ix.colloquial = newThesaurus(phrases)
		for p := range phrases {
			names = append(names, p) // a reader's phrase is one word: 「胡编乱造」 is not 胡编 + 乱造
		}
		ix.everyday = map[string]bool{}
		for _, w := range everydayWords() {
			names = append(names, w)
			ix.everyday[w] = true
		}
		ix.words = lexicon.New(names)
	}()
	// The passages are tokenised on every core, and their terms counted in reading order as
	// soon as each passage's tokens are there (counting is one pass over a shared table, on one
	// core: it keeps pace with the tokenising instead of starting after it).
	texts := make([]string, len(passages))
	toks := make([][]string, len(passages))
	tokenised := make([]chan struct{}, len(passages))
	for i := range tokenised {
		tokenised[i] = make(chan struct{})
	}
	go parallel(len(passages), func(i int) {
		texts[i] = indexText(passages[i])
		toks[i] = Tokens(texts[i])
		close(tokenised[i])
	})
	// The passages' plain texts need no tokens: they are made meanwhile.
	textDone := make(chan struct{})
	go func() {
		defer close(textDone)
		ix.buildPlain(passages)
		ix.hans = hans.New()
		ix.erhua = reportErhua(r, passages)
	}()
	terms := ix.buildLexical(passages, toks, func(i int) { <-tokenised[i] })
	byAnchor := map[string][]int{}
	for i, p := range passages {
		byAnchor[p.Anchor] = append(byAnchor[p.Anchor], i)
	}
	ix.byAnchor = byAnchor
	ix.milestones = ix.milestonesByYear()
	ix.makers = makerSections(r)
	<-textDone
	<-wordsDone
	for i := range ix.entities {
		ix.entities[i].passages = byAnchor[ix.entities[i].anchor]
	}
	ix.buildNames()
	// The 常见问法 are weighed with the terms, the plain texts, the names and the dictionary;
	// the vectors, the spellings and the homophones serve only Search. Both are made side by
	// side, so the steps that run on one core fill the other.
	var vecErr error
	searchDone := make(chan struct{})
	go func() {
		defer close(searchDone)
		ix.coll, vecErr = ix.buildVectors(ctx, passages, texts, terms)
		ix.spell = spellings(ix.entities, toks)
		ix.buildTypos()
		ix.buildHomophones()
		ix.homophonePhrases()
	}()
	ix.buildAsks(r)
	ix.pointers = buildPointers(r)
	<-searchDone
	if vecErr != nil {
		return nil, vecErr
	}
	return ix, nil
}

// buildLexical indexes the passages' terms for BM25 and gathers the statistics the coverage
// decision reads. It returns each passage's terms, counted in its tokens, for the embedding.
// wait(i) returns once toks[i] is there.
func (ix *Index) buildLexical(passages []Passage, toks [][]string, wait func(i int)) [][]termCount {
	// A section's passages share its title: tokenise each title once.
	titleToks := map[string][]string{}
	ix.topics = map[string]bool{}
	for _, p := range passages {
		if _, ok := titleToks[p.Title]; !ok {
			titleToks[p.Title] = Tokens(p.Title)
			for _, t := range titleToks[p.Title] {
				ix.topics[t] = true
			}
		}
		if _, ok := titleToks[p.ChapterTitle]; !ok {
			titleToks[p.ChapterTitle] = Tokens(p.ChapterTitle)
			for _, t := range titleToks[p.ChapterTitle] {
				ix.topics[t] = true
			}
		}
	}
	titles := make([][]string, len(passages))
	for i, p := range passages {
		// The title again: a passage under 「GPQA Diamond」 is about GPQA Diamond.
		titles[i] = titleToks[p.Title]
	}
	lex, terms := newLexical(toks, titles, wait)
	ix.lex = lex
	ix.charIDF = charIDF(lex, terms)
	ix.vocab = make([]bool, len(lex.terms))
	for n, ps := range lex.postings {
		for _, p := range ps {
			if !passages[p.doc].Example {
				ix.vocab[n] = true
				break
			}
		}
	}
	return terms
}

// inVocab reports whether some passage other than the invented examples uses a term.
func (ix *Index) inVocab(t string) bool {
	n, ok := ix.lex.ids[t]
	return ok && ix.vocab[n]
}

// buildPlain keeps every passage's text without analogies, normalised, and every heading, for
// the phrases the coverage decision looks for.
func (ix *Index) buildPlain(passages []Passage) {
	var hs, b strings.Builder
	seen := map[string]bool{}
	ix.plain = make([]string, len(passages))
	for i, p := range passages {
		for _, t := range []string{p.Title, p.ChapterTitle} {
			if !seen[t] {
				seen[t] = true
				hs.WriteString(Normalize(t) + "\n")
			}
		}
		if !p.Example {
			b.Reset()
			b.Grow(len(p.Title) + 1 + len(p.Text))
			b.WriteString(p.Title)
			b.WriteByte('\n')
			writeLiteral(&b, p.Text)
			ix.plain[i] = Normalize(b.String()) // Normalize(p.Title + "\n" + literal(p.Text))
		}
	}
	ix.headings = hs.String()
}

// buildVectors embeds the passages into a chromem-go collection: locally from the terms
// newLexical counted, or through the configured embedding function.
func (ix *Index) buildVectors(ctx context.Context, passages []Passage, texts []string, terms [][]termCount) (*chromem.Collection, error) {
	ids := make([]string, len(passages))
	metas := make([]map[string]string, len(passages))
	for i, p := range passages {
		ids[i] = p.ID
		metas[i] = map[string]string{"i": strconv.Itoa(i)}
	}
	var vecs [][]float32
	if ix.embed == nil {
		local := newLocalEmbedderTerms(ix.lex, terms)
		ix.embed = local.Embed
		ix.embedName = "local"
		vecs = make([][]float32, len(passages))
		backing := make([]float32, len(passages)*LocalDims) // one allocation for all vectors
		parallel(len(passages), func(i int) {
			vecs[i] = local.embedTerms(terms[i], backing[i*LocalDims:(i+1)*LocalDims:(i+1)*LocalDims])
		})
	}
	coll, err := chromem.NewDB().CreateCollection("report", nil, ix.embed)
	if err != nil {
		return nil, fmt.Errorf("creating the vector collection: %w", err)
	}
	if vecs == nil {
		if err := coll.AddConcurrently(ctx, ids, nil, metas, texts, runtime.NumCPU()); err != nil {
			return nil, fmt.Errorf("embedding the report's passages: %w", err)
		}
		return coll, nil
	}
	// Vectors at hand are added one by one: Add would start a goroutine, with its own stack,
	// for each of the passages, only to add them one at a time.
	for i := range ids {
		doc := chromem.Document{ID: ids[i], Metadata: metas[i], Embedding: vecs[i], Content: texts[i]}
		if err := coll.AddDocument(ctx, doc); err != nil {
			return nil, fmt.Errorf("adding the report's passage %s to the vector collection: %w", ids[i], err)
		}
	}
	// (The local vectors are sparse: see sparseVectors.)
	sparse, err := newSparseVectors(ctx, coll, ids)
	if err != nil {
		return nil, fmt.Errorf("indexing the local vectors by dimension: %w", err)
	}
	ix.sparse = sparse
	return coll, nil
}

// parallel runs f for 0..n-1 on every core. Each worker takes the next i when it is done with
// its last, so a few costly items do not leave one core idle.
func parallel(n int, f func(i int)) {
	workers := min(runtime.NumCPU(), n)
	var next atomic.Int64
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := int(next.Add(1) - 1); i < n; i = int(next.Add(1) - 1) {
				f(i)
			}
		}()
	}
	wg.Wait()
}

// indexText is what is indexed for a passage: where it stands, then what it says.
func indexText(p Passage) string {
	return p.Title + "\n" + p.Text
}

// Passages returns every indexed passage in reading order.
func (ix *Index) Passages() []Passage { return ix.passages }

// Mentions reports whether a passage's own words (not an analogy's or a made-up example's)
// hold the phrase.
func (ix *Index) Mentions(phrase string) bool { return ix.phraseDF(Normalize(phrase)) > 0 }

// Sources returns the sources a section cites, each once, in order of first citation.
func (ix *Index) Sources(anchor string) []corpus.Source {
	s, ok := ix.report.Section(anchor)
	if !ok {
		return nil
	}
	seen := map[string]bool{}
	var out []corpus.Source
	for _, b := range s.Blocks {
		for _, k := range b.Citations() {
			if src, _, ok := ix.report.Source(k); ok && !seen[k] {
				seen[k] = true
				out = append(out, src)
			}
		}
	}
	return out
}

// EmbedName names the embedding in use.
func (ix *Index) EmbedName() string { return ix.embedName }

// Query is what Search is asked: the reader's question and, for a follow-up, the subject
// carried over from earlier in the conversation.
type Query struct {
	Text    string
	Context string
	// Later marks a question asked after others in its conversation, searched on its own:
	// its 它 may be what they spoke of, so it is not read as the AI the reader uses.
	Later bool
}

// Hit is a passage with its scores.
type Hit struct {
	Passage
	Lexical float64 // BM25
	Vector  float64 // cosine similarity
	Score   float64 // fused
}

// Result is what Search found.
type Result struct {
	Hits      []Hit
	Covered   bool
	Coverage  float64  // the decision's confidence that the report covers the question, 0..1
	Signals   Signals  // what the decision was made from
	Expansion []string // glossary names added to the query
	Named     []string // anchors of the entries the question names, most specific first
	Rewritten string   // the query as searched: question, carried subject and expansion
	Asked     string   // the 「常见问法」 of a top passage's section the question matched, if any
	// UsingAI is the FAQ on using AI well when the question asks what to watch out for in
	// using AI for a task of the reader's own, names no entry but the field's (「用ai查资料要注意
	// 啥」; not 「用ai写代码要注意啥」, which the thesaurus reads as code generation), and that
	// FAQ is among the top three hits; the FAQ on children's use when a child uses it (「孩子能
	// 用chatgpt吗」); "" otherwise.
	UsingAI string
}

// Weights of the three parts of a query in the lexical ranking.
// rankParams are the ranking's knobs, chosen on the project's question set.
type rankParams struct {
	weightQuestion, weightContext, weightExpansion float64 // query parts in the lexical ranking
	rrfK                                           float64 // reciprocal rank fusion's damping
	vectorShare                                    float64 // the vector ranking's vote relative to the lexical one
	entityVotes                                    float64 // first-rank votes for a passage of a named entry
	withinDecay                                    float64 // how a named entry's vote shrinks for each of its passages that better matches the question
	askVotes                                       float64 // first-rank votes for the section whose 「常见问法」 the question asks
	fieldVotes                                     float64 // first-rank votes for a named entry's passage holding the key-facts field asked for
	bm25                                           bm25Params
}

var defaultRank = rankParams{weightQuestion: 1, weightContext: 0.7, weightExpansion: 0.3, rrfK: 5, vectorShare: 0.3, entityVotes: 0.5, withinDecay: 0.35, askVotes: 1, fieldVotes: 0.5, bm25: defaultBM25}

// addNamedAsks adds to asked the 「常见问法」 that text asks, of the entries the text names
// mentions, where they match better than what asked holds.
func (ix *Index) addNamedAsks(asked map[string]askMatch, text, names string) {
	named := ix.mentioned(names)
	ix.addAsksWhere(asked, text, func(a string, _ askMatch) bool { return named[a] > 0 })
}

// addAsksWhere adds to asked the 「常见问法」 text asks for which keep holds, where they match
// better than what asked holds.
func (ix *Index) addAsksWhere(asked map[string]askMatch, text string, keep func(anchor string, m askMatch) bool) {
	for a, m := range ix.matchAsks(text) {
		if keep(a, m) && m.score > asked[a].score {
			asked[a] = m
		}
	}
}

// sameAsk is how closely a clause must match a 「常见问法」 to ask it though it names no entry:
// 「elo分是啥」 is 「elo 分是啥？」 word for word.
const sameAsk = 0.95

// addClauseAsks adds to asked the 「常见问法」 a clause of a question asks: of an entry it names,
// or word for word, in a word rare enough to ask by (not 「咋知道ai说的是不是真的」, whose ai and
// 说 are those of many questions) or in an entry's name written apart (「训练大模型用的数据都是
// 哪来的」 asks 「训练数据都是从哪来的？」).
func (ix *Index) addClauseAsks(asked map[string]askMatch, clause string) {
	named := ix.mentioned(clause)
	terms := ix.weighted(clause)
	rare := len(ix.namedApart(Normalize(clause), terms)) > 0 ||
		slices.ContainsFunc(slices.Collect(maps.Values(terms)), func(w float64) bool { return w >= minLoneAskWeight })
	ix.addAsksWhere(asked, clause, func(a string, m askMatch) bool { return named[a] > 0 || rare && m.score >= sameAsk })
}

// useWellFAQ is the FAQ on using AI well; usingAIAskRe asks what the reader should watch out
// for in using AI for a task (「用ai写论文要注意啥」「平时用ai查资料靠谱吗」, or in a clause of
// its own after the task, 「想用ai查点资料，有啥要注意的」, or how to use it well, 「用ai学物理
// 咋用才不算抄答案」, or whether it may be used for a task at all, 「写论文能用ai不」「打官司能问
// ai吗」; a student's, or the reader's writing put first, 「文案用ai写要注意啥」; not
// 「银行用ai审贷款靠谱吗」, someone else's use), and usingAIAsk is how closely that counts as
// asking the FAQ's question.
const (
	useWellFAQ  = "faq-use-well"
	childrenFAQ = "faq-children"
	usingAIAsk  = 0.75
)

// youngChildren are the words for a child young enough that the FAQ on children's use answers
// their use of AI (not a high-school student learning with it: 「高中生用ai学物理 咋用才不算抄
// 答案」 asks how to use it well); a child using AI is the reader's own use too (「儿子用ai写作业
// 要注意啥」).
const youngChildren = `孩子|小孩|小朋友|娃|儿子|女儿|闺女|小学生`

var youngChildRe = regexp.MustCompile(youngChildren)

// elders are the words for an old person whose use of AI the reader asks about, their own or a
// parent's (「老年人用ai要注意啥 会不会被骗」「我妈用ai查养生知识靠谱吗」 say 妈 after 我): what the FAQ
// on using AI well answers, as for anyone.
const elders = `老人|老年人|长辈|爸妈|父母|爷爷|奶奶|姥姥|姥爷|外公|外婆`

// workerRoles end the words for someone's job, which is who the reader says they are when the
// job stands before 用ai (「记者用ai查资料要注意啥」「会计用ai做账要注意啥」「老师用ai出卷子要注意
// 什么」「牙医用ai写病历靠谱吗」): the reader's own use, as a child's is. Persons, not institutions
// (「银行」「医院」「国家」); not 医生 either, which is also whom one sees (「问ai能代替看医生吗」
// asks about medical advice, not a doctor's job).
const workerRoles = `[员师者士]|牙医|兽医|校医|村医|乡医|会计|编辑|主播|司机|农民|店主|老板|作家|画家|专家|博主|小编|文员|保安|代理人|经纪人|中介|销售`

var usingAIAskRe = regexp.MustCompile(`(?:^|[我咱了]|我们|自己|` + youngChildren + `|` + elders + `|` + workerRoles + `|平时|日常|工作上|工作中|学习上|想|能|可以|生|(?:文案|稿子|作业|作文|材料|文章|论文|报告|周报|简历|邮件|通知|总结|发言稿|讲稿|教案|方案|公文|试卷|短信|话术|朋友圈)(?:都|也|全)?)\s*(?:天天|每天|经常|老是|总是|一直)?\s*(?:用|拿|让|叫|靠|交给)\s*(?:` + assistantNames + `|文心)[^，,。？?！!]{0,18}(?:(?:[，,]\s*(?:有啥|有什么|有哪些|都有啥|该|得|要)?)?(?:要注意|注意点|注意些|注意什么|注意啥|注意哪些|要小心|小心点|靠谱吗|靠谱不|靠不靠谱|可靠吗|有啥坑|有什么坑|有坏处|有没有坏处|有啥坏处|有什么坏处|有害处|准吗|准不准|准确吗|可信吗|能信吗)|[，,]?\s*(?:咋|怎么|怎样|如何|该咋|该怎么)用(?:才|比较|最)?(?:合适|算|不算|对|好|靠谱|正确))|\p{Han}(?:能|可以)\s*(?:用|拿|问)\s*(?:` + assistantNames + `|文心)\s*(?:吗|不|么|嘛)`)

// namesBeyondField reports whether a question (as searched) names an entry by a name that is
// no word for the whole field (「代码生成」, not 「ai」).
func (ix *Index) namesBeyondField(qtext string) bool {
	low := stemPhrase(Normalize(qtext))
	return slices.ContainsFunc(ix.nameMatches(low), func(m nameMatch) bool { return !fieldWords[low[m.start:m.end]] })
}

// sideBySide asks how two things differ; sideSpec is how plainly it must name a concept for
// the concept's definition to be kept among the hits (see keepNamed).
var sideBySide = regexp.MustCompile(`区别|差别|差异|不同|不一样|差在哪|差哪|对比|\bvs\.?\b|哪个好|哪个强`)

const sideSpec = 0.6

// keepNamed cuts the ranking to k hits, making room for the best passage of every model,
// benchmark, metric or evaluation the question names (at most three), so 「o1 和 GPT-4o 有什么
// 不同」 retrieves both entries; they replace the lowest-ranked hits that do not speak of them
// (mentions gives the entries a text names), then the lowest-ranked ones. With concepts, the
// concepts named make room too (a question setting them side by side). byName holds the entries
// the question names by a name, whose best passages stay (see below).
func keepNamed(hits []Hit, named []string, k int, mentions func(text string) map[string]float64, concepts bool, byName map[string]float64) []Hit {
	if len(hits) <= k {
		return hits
	}
	top := append([]Hit(nil), hits[:k]...)
	var missing []Hit
	for _, a := range named {
		if strings.HasPrefix(a, "term-") && !concepts || len(missing) >= 3 {
			continue
		}
		if slices.ContainsFunc(top, func(h Hit) bool { return h.Anchor == a }) {
			continue
		}
		if i := slices.IndexFunc(hits[k:], func(h Hit) bool { return h.Anchor == a }); i >= 0 {
			missing = append(missing, hits[k+i])
		}
	}
	if len(missing) == 0 {
		return top
	}
	if len(missing) > k-1 {
		missing = missing[:k-1] // the best hit always stays
	}
	// The hits that make room are the lowest-ranked ones that do not speak of an entry being
	// made room for: in 「DeepSeek-R1 能在普通电脑上运行吗」 the passage on open weights'
	// hardware needs, which says R1 needs several multi-GPU servers, stays, and one on
	// another model goes.
	speaks := make([]bool, k)
	for i := 1; i < k; i++ {
		m := mentions(top[i].Text)
		speaks[i] = slices.ContainsFunc(missing, func(h Hit) bool { return m[h.Anchor] > 0 })
	}
	// A named entry's best passage among the hits is not dropped to make room for a less plainly
	// named one's while a hit repeating an entry, or of no such entry, can go: in 「o1是openai第一
	// 个推理模型吗 什么时候发布的」 o1's own entry stays, and OpenAI's and o3's, named more
	// weakly, take the places of a second milestone passage and of o1's second passage.
	// (Only an entry the question names by a name, not one only its 「常见问法」 resemble, and
	// more plainly than every one being made room for: named is in order.)
	weakest := len(named)
	for _, h := range missing {
		weakest = min(weakest, slices.Index(named, h.Anchor))
	}
	kept := map[string]bool{}
	own := make([]bool, k)
	for i, h := range top {
		n := slices.Index(named, h.Anchor)
		own[i] = !kept[h.Anchor] && n >= 0 && n < weakest && byName[h.Anchor] > 0
		kept[h.Anchor] = true
	}
	// (The best three, on which the coverage decision rests, make room only when the hits
	// below them cannot make enough.)
	drop := map[int]bool{}
	for i := k - 1; i >= 3 && len(drop) < len(missing); i-- {
		if !speaks[i] && !own[i] {
			drop[i] = true
		}
	}
	for i := k - 1; i >= 1 && len(drop) < len(missing); i-- {
		if !own[i] {
			drop[i] = true
		}
	}
	for i := k - 1; i >= 1 && len(drop) < len(missing); i-- {
		drop[i] = true
	}
	left := top[:0:0]
	for i, h := range top {
		if !drop[i] {
			left = append(left, h)
		}
	}
	top = append(left, missing...)
	sort.SliceStable(top, func(a, b int) bool { return top[a].Score > top[b].Score })
	return top
}

// clauseAsk is how closely a clause must match a section's 「常见问法」 to ask something of its
// own, whatever its words.
const clauseAsk = 0.7

// clauseNamed is how plainly a clause must name an entry (Signals.Named) to be answered alone.
const clauseNamed = 0.5

// decisiveAsk is how closely a question must match a section's 「常见问法」 to be covered on that
// alone.
const decisiveAsk = 0.9

// askedWhatSpec is how plainly a question names a concept whose meaning it asks (「参数到底指的
// 啥」), however common the concept's name.
const askedWhatSpec = 0.8

// conceptShare scales a named concept's vote when the question also names a specific entry.
const conceptShare = 0.5

// candidates is how many passages each ranking contributes to the fusion.
const candidates = 60

// Search ranks passages for a query and decides whether the report covers it. k is how many
// hits to return.
func (ix *Index) Search(ctx context.Context, q Query, k int) (Result, error) {
	q.Text, q.Context = ix.Mandarin(q.Text), ix.Mandarin(q.Context)
	res, err := ix.searchWhole(ctx, q, k)
	if err != nil || res.Covered {
		return res, err
	}
	// Readers call the AI they use by the field's full name (「电话骗子用人工智能学我儿子声音」
	// 「人工智能的机房可费电了」), where the report's entry on AI is no answer and its 「常见问法」
	// say ai. Read so when the question as typed is declined, and only as a reader's question
	// that a section lists: the full name is also the field's, of courses and careers.
	if strings.Contains(q.Text, aiFullName) {
		if as, ok := ix.searchReadAs(ctx, q, k, strings.ReplaceAll(q.Text, aiFullName, "ai"), 0); ok {
			return as, nil
		}
	}
	// Or by 它 when nothing came before (「能让它把答案念出来吗」「跟它聊过的事它还记得不」): the
	// AI the reader is using, where the 「常见问法」 say ai. Read so only when the question then
	// asks what a section lists, plainly: 它 may be anything the reader has.
	if q.Context == "" && !q.Later && itRe.MatchString(q.Text) {
		if as, ok := ix.searchReadAs(ctx, q, k, itIsAI(q.Text), clauseAsk); ok {
			return as, nil
		}
	}
	return res, nil
}

// clauseAskedApart finds, in a question declined for what it asks of a service or an adviser,
// a clause that asks without those words just what a section's 「常见问法」 asks (its 它 read as
// the AI, in a question asked with nothing before it).
func (ix *Index) clauseAskedApart(ctx context.Context, q Query, k int) (Result, bool, error) {
	clauses := questionClauses(q.Text)
	if len(clauses) < 2 {
		return Result{}, false, nil
	}
	for _, c := range clauses {
		// (Only a clause that asks, or says what is to come: 「我爸接到个ai合成我声音借钱的电话，该
		// 去哪报警」 tells what happened, and asks only what the police answer; 「以后ai会写代码，程
		// 序员会被取代，选计算机专业还有前途吗」 fears what the FAQ on jobs answers.)
		if AsksForAdvice(c) || AsksForService(c) || !clauseAsks.MatchString(c) && !comingRe.MatchString(c) && !strings.Contains(c, "会被") {
			continue
		}
		if !q.Later {
			c = firstIt(q, c)
		}
		// (Searched whole: the asks on AI in general, 「ai说的话能全信吗」, are read there.)
		sub, err := ix.searchWhole(ctx, Query{Text: c, Context: q.Context, Later: q.Later}, k)
		if err != nil {
			return sub, false, err
		}
		if sub.Covered && sub.Signals.Ask >= decisiveAsk && !ix.saysOnlyTheField(c) {
			return sub, true, nil
		}
	}
	return Result{}, false, nil
}

// clauseAsks finds a clause that asks something: a question word, or a particle closing it.
var clauseAsks = regexp.MustCompile(`[吗呢么嘛]\s*$|啥|什么|怎么|怎样|咋|为啥|为什么|哪|多少|几|能不能|是不是|会不会|可不可以|有没有|靠谱|可信|能信|准不准`)

// searchReadAs searches a declined question again, read as text, and reports whether that
// reading is covered by a section's 「常见问法」, asked at least minAsk closely. (A failed
// search is no reading: the question as typed stands.)
func (ix *Index) searchReadAs(ctx context.Context, q Query, k int, text string, minAsk float64) (Result, bool) {
	q.Text = text
	as, err := ix.searchWhole(ctx, q, k)
	return as, err == nil && as.Covered && as.Signals.Ask > 0 && as.Signals.Ask >= minAsk
}

// aiFullName is AI as Chinese writes it in full.
const aiFullName = "人工智能"

// searchWhole is Search on a question in the report's script.
func (ix *Index) searchWhole(ctx context.Context, q Query, k int) (Result, error) {
	read := ix.read(q.Text)
	res, err := ix.searchRead(ctx, q, k, read)
	if err != nil {
		return res, err
	}
	// A request for a product's service (an account, a download, a price tag, an app's name) is
	// for its maker's help pages, whatever product it names: the report explains how models
	// work and says nothing of Kimi's membership fee or of Claude accounts being banned. (The
	// question as the reader wrote it: the thesaurus rewrites some of these words.)
	// (Not one that names a service only in passing while it asks how to put a task to the AI,
	// or how to guard against its scams: 「……办卡充值送护理的活动文案咋问它写的好」 is the
	// reader's own trade's offer, 「AI打来的推销电话……怎么防骗」 a faked voice. Advice stays
	// declined: 「被ai换脸诈骗了咋报警」 is the police's.)
	if (AsksForService(q.Text) && !asksHowOfAI(norm.NFKC.String(q.Text)) || AsksForAdvice(q.Text)) && res.Signals.Ask < decisiveAsk {
		// (But a clause that asks, apart from the advice, just what a 「常见问法」 asks is
		// answered: 「想让ai帮孩子挑专业，它给的建议可信吗」 asks whether to trust AI's advice,
		// which the FAQ on using AI answers, not which subject to study.)
		if sub, ok, err := ix.clauseAskedApart(ctx, q, k); err != nil || ok {
			return sub, err
		}
		res.Covered = false
		return res, nil
	}
	// A device's own trouble (「我的电脑为啥越用越慢」「手机老是卡」) is a repair shop's question
	// when it names no AI and no entry: the report's 电脑 is where a model runs.
	if deviceTroubleRe.MatchString(strings.ToLower(q.Text)) && !SaysAI(q.Text) && len(res.Named) == 0 && res.Signals.Ask < decisiveAsk {
		res.Covered = false
		return res, nil
	}
	// 「路由器放哪信号最好」 names the MoE router only by the word for a home router, and asks of
	// it what no passage on it speaks of: another trade's question.
	// (Not a worry the FAQs answer, whatever company its words keep: 「接到个电话 声音跟我闺女
	// 一模一样 开口就要钱」 is a faked voice; see worryAsks.) (Read without who told the reader:
	// 「我孙子说……」 keeps the question no strange company.)
	if res.Covered && res.Signals.Ask < decisiveAsk && ix.strangeCompany(read.typed, q.Context) && len(worryAsks(read.spelled)) == 0 {
		res.Covered = false
		return res, nil
	}
	typed := norm.NFKC.String(q.Text)
	// (The asks below read the question spelled: typos and homophones mended, 「大魔型」 read as
	// 大模型, 「何谓」 as 什么是. The search spelled it already, unless it took out the reader's
	// self.)
	spelled := read.spelled
	if read.typed != typed {
		spelled = ix.spelled(typed)
	}
	// 「我老公总是胡说八道」「朋友说不能回答我 是啥意思」 say of a person what the thesaurus reads
	// as a model's habit (hallucinating, refusing): no question about AI.
	if res.Covered && res.Signals.Ask < decisiveAsk && q.Context == "" && ix.personDoes(typed) && len(worryAsks(spelled)) == 0 {
		res.Covered = false
		return res, nil
	}
	// (Whether or not the question as typed is covered, when it names no entry besides AI
	// itself: 「ai给我的答案咋判断对不对」 found IFEval, whose instructions a program 判断对错;
	// 「大模型未来的趋势是啥」 what training costs. Not when it names what else it asks: 「ai说
	// 的东西咋分辨真假 有啥办法让它少胡编」 asks how to curb hallucination too.)
	if res.Signals.Ask < decisiveAsk && !namesEntry(res) {
		// (「它给的药物剂量能信吗」: see firstIt.)
		for _, ask := range aboutAIAsks(firstIt(q, spelled)) {
			if sub, err := ix.searchAsked(ctx, q, k, ask); err != nil || sub.Covered {
				return sub, err
			}
		}
	}
	// (Whether or not the question as typed is covered: 「学生作文是不是ai写的老师咋判断」 found
	// constitutional AI, whose passage speaks of teachers.)
	if ask := toldAsk(spelled); ask != "" {
		if sub, err := ix.searchAsked(ctx, q, k, ask); err != nil || sub.Covered {
			return sub, err
		}
	}
	// 「我们理发店想用ai写朋友圈文案 用哪个好」 asks which AI to use, as the FAQ on choosing one
	// does, whatever the task: the reader's trade and task, which no passage holds, weigh
	// against the whole. What it asks, alone, is answered, whether or not the question as typed is
	// covered: 「写代码用哪个ai帮忙最好」 found the entry on code generation.
	if whichAIRe.MatchString(spelled) {
		if sub, err := ix.searchAsked(ctx, q, k, whichAIAsk); err != nil || sub.Covered {
			return sub, err
		}
	}
	if res.Covered {
		return ix.withClauses(ctx, q, k, res)
	}
	if len(res.Hits) == 0 {
		return res, nil
	}
	// 「有人打电话用我孙子的声音让我转钱 说是ai弄出来的」 asks how to guard against a deepfake,
	// whoever was copied; 「未来几年ai最先改变哪些行业」 which work AI reaches, whatever the
	// reader calls the change. (Their own words, a grandson or 未来几年, weigh against the whole.)
	for _, ask := range worryAsks(spelled) {
		if sub, err := ix.searchAsked(ctx, q, k, ask); err != nil || sub.Covered {
			return sub, err
		}
	}
	// A clause the report covers answers the question when it asks what a section's 「常见问法」
	// asks, or when a word of the question heads a passage found (「……让它帮我算合计 数字会算错
	// 不」 finds 「为什么它连简单的算术都会算错？」); when neither, the passages found are no
	// better than chance, and what the reader hands AI, asked of as a use, answers instead
	// (「ai能帮我看病吗 把化验单给它看」 asks whether to trust it with that).
	byClause, err := ix.byClauses(ctx, q, k, res)
	if err != nil || byClause.Covered && (byClause.Signals.Ask >= clauseAsk || byClause.Signals.Heading > 0) {
		return byClause, err
	}
	// (Read spelled, 「靠普不」 asks whether it is 靠谱. For the 它 of 「一整本两百页的pdf扔给它
	// 让总结 它看得完吗」, see firstIt.)
	for _, ask := range usesAsks(firstIt(q, spelled)) {
		if sub, err := ix.searchAsked(ctx, q, k, ask); err != nil || sub.Covered {
			return sub, err
		}
	}
	if byClause.Covered {
		return byClause, nil
	}
	// 「模型蒸馏跟酿酒有关系不」「transformer跟变形金刚有关系吗」 ask whether a thing of the
	// report is the everyday thing that shares its name: what the report's thing is answers
	// it, and the everyday thing, in no passage, weighs against the whole.
	// (Not of a name that is an everyday word, set beside a thing of its trade: 「路由器跟wifi有
	// 关系吗」 asks about a home network.)
	if own := ix.relatedOwn(spelled); own != "" && !ix.strangeCompany(q.Text, q.Context) {
		// (Only what is plainly the report's thing, with no strange word of its own beside it:
		// 「区块链里的token」 is a coin.)
		sub, err := ix.search(ctx, Query{Text: own, Context: q.Context}, k)
		if err != nil || sub.Covered && sub.Signals.Stray == 0 && sub.Signals.Unknown == 0 {
			return sub, err
		}
	}
	// Last, a reader's own use of AI for a task, asked what to watch out for, is covered when
	// the FAQ on using AI well ranks near the top: the task's words (「质检报告」) are the
	// reader's, and no passage need hold them.
	if res.UsingAI != "" {
		res.Covered = true
	}
	return res, nil
}

// namesEntry reports whether a question named an entry of the glossary besides AI itself
// (「十年后ai会是什么样」 adds 人工智能; 「……让它少胡编」 adds hallucination).
func namesEntry(res Result) bool {
	return slices.ContainsFunc(res.Expansion, func(e string) bool { return !aiNames[strings.ToLower(e)] })
}

// aiNames are the glossary names of AI in general and of large language models.
var aiNames = map[string]bool{"ai": true, "人工智能": true, "artificial intelligence": true,
	"llm": true, "大语言模型": true, "large language model": true}

// bigModelRe is what readers call AI in general by the models behind it, or by its full name
// (「人工智能的机房可费电了」), where the 「常见问法」 say ai.
var bigModelRe = regexp.MustCompile(`大语言模型|大模型`)

// chatProductRe is what readers call AI in general by the chat app they use, of those the
// report covers (an app it does not, 「豆包」, asks of nothing in the report), when they ask
// what it can do (「chatgpt能联网吗」; not 「chatgpt当年为啥刷屏」, of ChatGPT itself).
var chatProductRe = regexp.MustCompile(`chatgpt(\s*(?:能|会|可以|有没有))`)

// usedProductRe is the chat app as the thing the reader uses (「孩子几岁能用chatgpt」「让chatgpt
// 帮我改简历靠谱吗」): AI in general too, asked of as such.
var usedProductRe = regexp.MustCompile(`(` + putToUse + `)\s*chatgpt`)

// putToUse are the verbs that put a product to use; putToUseRe ends a text with one.
const putToUse = `用|让|给|问|叫|找|拿`

var putToUseRe = regexp.MustCompile(`(?:` + putToUse + `)\s*$`)

// PutToUse reports whether the text before a product's name puts it to use (「孩子几岁能用」
// 「让」): the reader uses the product as any AI, as usedProductRe reads it.
func PutToUse(before string) bool { return putToUseRe.MatchString(before) }

// relatedRe asks whether one thing is related to, or the same as, another: the text before
// 跟 (or 和, 与, 同) and the other thing.
var relatedRe = regexp.MustCompile(`^(.+?)(?:跟|和|与|同)([^，,。？?！!；;\s]{1,12}?)(?:那个|那种)?(?:有关系|有没有关系|有啥关系|有什么关系|有关联|有关吗|是一回事|是一码事|一样吗|一样不|是一个东西)`)

// minRelatedSpec is how specific the report's name must be for the question to be about it:
// 「ai跟星座有关系吗」 names only AI in general.
const minRelatedSpec = 0.6

// relatedOwn returns the part of a question that asks about the report's thing, when the
// question asks whether that thing is related to an everyday thing the report does not name,
// or "".
func (ix *Index) relatedOwn(spelled string) string {
	m := relatedRe.FindStringSubmatch(spelled)
	if m == nil {
		return ""
	}
	own := map[string]bool{}
	// (Named as the thesaurus names them: 「模型蒸馏」 is knowledge distillation.)
	for _, n := range ix.nameMatches(Normalize(ix.reworded(m[1]))) {
		if n.spec >= minRelatedSpec {
			own[n.anchor] = true
		}
	}
	if len(own) == 0 {
		return ""
	}
	for _, n := range ix.nameMatches(Normalize(ix.reworded(m[2]))) {
		if !own[n.anchor] {
			return "" // two things of the report: a comparison, asked as a whole
		}
	}
	return m[1]
}

// itRe is 它 that stands for one thing (not 它们).
var itRe = regexp.MustCompile(`它([^们]|$)`)

// itIsAI writes ai for 它 in a question asked with nothing before it.
func itIsAI(text string) string { return itRe.ReplaceAllString(text, "ai${1}") }

// firstIt is a question's text with its 它 read as the AI the reader is using when nothing
// came before it; after an earlier question, 它 is that question's subject.
func firstIt(q Query, text string) string {
	if q.Context != "" {
		return text
	}
	return itIsAI(text)
}

// usesAsks are the 「常见问法」 a question about an AI the reader puts to work asks, whatever the
// reader's task, in the order they are tried: whether what they typed into it leaks (「我把客户
// 名单打进ai对话框里 会不会泄露」), whether what it cited exists (「ai给的参考文献……都搜不到」),
// whether what it does or wrote can be trusted
// (「开网店卖苹果的 用ai写商品文案行不行」「ai写的合同能直接拿来用吗」, or with a doctor's work,
// 「ai能帮我看病吗」; with a child, the FAQ on children's use), whether it can write something
// for them (「豆包能替我写周报不」), how to ask it so that it does the task well (「咋问它才写得
// 好」), whether an agent can do a task for them (「以后智能体能帮我打理网店吗」), whether it
// reads their photo, file or table (「拍张药盒照片给ai 它能认出来是啥药不」). None of an
// institution's own AI (「医院用ai看片子准不准」), whose use is the institution's to answer for.
func usesAsks(typed string) []string {
	if theirAIRe.MatchString(typed) {
		return nil
	}
	var out []string
	// (Whether it leaks comes first: 「我是会计 能把公司报表丢给ai分析吗 会不会泄密」 worries about
	// the company's data more than it asks whether AI reads tables.)
	// (Or material plainly secret put to AI at all: 「涉密材料能不能拿ai润色一下」.)
	if sharesRe.MatchString(typed) && (leaksRe.MatchString(typed) || secretRe.MatchString(typed)) || usesAIRe.MatchString(typed) && (leakedRe.MatchString(typed) || secretRe.MatchString(typed)) {
		out = append(out, sharesAsk)
	}
	// (So does what it cited that the reader could not find, before whether to trust it:
	// 「让它给参考文献靠谱吗 我发现有的根本查不到」 has found it made them up.)
	if citedRe.MatchString(typed) && notFoundRe.MatchString(typed) {
		out = append(out, citedAsk)
	}
	if trustRe.MatchString(typed) && (usesAIRe.MatchString(typed) || aiMadeRe.MatchString(typed)) || healsRe.MatchString(typed) {
		if childRe.MatchString(typed) {
			out = append(out, childAIAsk)
		} else {
			out = append(out, trustAIAsk)
		}
	}
	// (How to ask it comes before whether it writes well: 「想让ai帮我写个寻物启事 怎么问比较好」
	// has decided to have it write.)
	// (Words for a prompt asked of a product the report does not cover, 「midjourney咋写提示词」,
	// are that product's to answer.)
	if promptsRe.MatchString(typed) || promptsHowRe.MatchString(typed) && aiTaskedRe.MatchString(typed) || promptWordsRe.MatchString(typed) && !namesOtherProduct(typed) {
		out = append(out, promptsAsk)
	}
	if writesForRe.MatchString(typed) {
		out = append(out, writesForAsk)
	}
	if agentDoesRe.MatchString(typed) {
		out = append(out, agentDoesAsk)
	}
	if ask := workedOnAsk(typed); ask != "" {
		out = append(out, ask)
	}
	return out
}

// namesOtherProduct reports whether a question holds a Latin word that is neither an assistant
// the report covers nor 「prompt」: 「midjourney」, 「mj」.
func namesOtherProduct(typed string) bool {
	for _, w := range productWordRe.FindAllString(strings.ToLower(typed), -1) {
		if w != "prompt" && !assistantRe.MatchString(w) {
			return true
		}
	}
	return false
}

// productWordRe is a Latin word of two letters or more (「mj」 is Midjourney).
var productWordRe = regexp.MustCompile(`[a-z][a-z0-9.\-]+`)

// searchAsked searches what a question asks, put in a 「常见问法」's plain words (ask), in the
// question's conversation.
func (ix *Index) searchAsked(ctx context.Context, q Query, k int, ask string) (Result, error) {
	return ix.search(ctx, Query{Text: ask, Context: q.Context}, k)
}

// byClauses answers a question that is not covered as a whole by the clause of it that the
// report covers, if one is; otherwise it returns res.
func (ix *Index) byClauses(ctx context.Context, q Query, k int, res Result) (Result, error) {
	// A reader's question often says more than it asks (「我是退休老师，想问问 chatgpt 是咋想出
	// 答案的」), and the extra words, which no passage holds, weigh against the whole. A question
	// one of whose clauses the report covers is covered, when that clause finds what the whole
	// question found first.
	clauses := questionClauses(q.Text)
	if len(clauses) < 2 || !ix.speaksOfAI(ix.renamed(norm.NFKC.String(q.Text))) && !(q.Context == "" && aloneIt.MatchString(q.Text)) && !ix.restated(clauses) {
		// (Only a question that is plainly about AI: in 「家里 wifi 老断，路由器咋设置」 the
		// clause 「路由器咋设置」 alone reads as the router of a mixture of experts. The 它 of a
		// first question is the AI the reader is using: 「我做会计的 它算大数乘法老出错」. An entry
		// one clause names and another describes in the thesaurus's words is that entry: 「越狱
		// 是啥 就是哄它说不该说的话？」 is no phone's jailbreak.)
		return res, nil
	}
	var alone []Result // clauses answered alone, in the question's order
	assistant := false // an earlier clause named an AI assistant
	for _, c := range clauses {
		named := assistant
		assistant = assistant || assistantRe.MatchString(c)
		sub, err := ix.search(ctx, Query{Text: c, Context: q.Context}, k)
		if err != nil {
			return res, err
		}
		// A later clause's 它, in a first question, is the assistant an earlier one named, asked
		// of as AI in general, when so it asks just what a section's 「常见问法」 ask: 「退休了想在家用
		// ai 哪些东西不能发给它啊」 asks what not to send to AI, and 「在家用chatgpt 哪些东西别发给
		// 它」 too, not what ChatGPT's entry says. (Not 「小爱音箱咋接入deepseek，想让它回答聪明
		// 点」: 「想让ai回答聪明点」 is only near a 「常见问法」 of superintelligence.)
		if ai := firstIt(q, c); named && ai != c {
			asked, err := ix.search(ctx, Query{Text: ai, Context: q.Context}, k)
			if err != nil {
				return res, err
			}
			if asked.Signals.Ask >= decisiveAsk {
				c, sub = ai, asked
			}
		}
		// (A clause must ask something of its own: 「它跟别的模型有啥不一样」 is covered by 模型,
		// which any passage holds.)
		// (Or asks what a section's 「常见问法」 asks, in a word of one character: 「这么多ai我该
		// 信哪个」.)
		// (Not a clause that says nothing but the field's name, 「现在的大模型算不算已经通过了」
		// after 「图灵测试最初是怎么提出的」: it matches 「大模型是什么？」 word for word, and asks
		// of the first clause's subject.)
		fieldOnly := ix.saysOnlyTheField(c)
		asksOwn := sub.Signals.Ask >= clauseAsk && !fieldOnly || ix.hasOwnWord(c)
		found := len(sub.Hits) > 0 && slices.ContainsFunc(res.Hits[:min(3, len(res.Hits))], func(h Hit) bool { return h.Anchor == sub.Hits[0].Anchor })
		if len(alone) == 0 && sub.Covered && asksOwn && found {
			if sub.Signals.Ask >= clauseAsk && sub.Hits[0].Anchor != res.Hits[0].Anchor {
				// (Ranked as the clause ranks them when it asks what a section's 「常见问法」
				// ask: 「在家用chatgpt 哪些东西别发给它」 found ChatGPT's launch first.)
				return sub, nil
			}
			res.Covered = true
			break
		}
		// A clause that asks what a section's 「常见问法」 asks is answered from what it finds,
		// when the rest of the question (「奶奶分不清」) led the whole astray; so is one that
		// names what it asks about (「预训练跟微调是啥关系」, before 「是不是像我们学徒先练基本功
		// 再学烫染」, the reader's own comparison).
		if sub.Covered && (sub.Signals.Ask >= clauseAsk && !fieldOnly || asksOwn && sub.Signals.Named >= clauseNamed) {
			alone = append(alone, sub)
		}
	}
	if len(alone) == 0 {
		return res, nil
	}
	// Of two such clauses the one that names its subject outright is the question: in 「ai自己
	// 跟自己学能变聪明吗 强化学习是啥」 the first only sounds like a 「常见问法」 of another section,
	// the second names the entry the reader wants.
	best := alone[0]
	for _, sub := range alone[1:] {
		if sub.Signals.Named >= clauseNamed && sub.Signals.Named > best.Signals.Named {
			best = sub
		}
	}
	return best, nil
}

// saysOnlyTheField reports whether every key term of a clause is the field's name or a
// character of it (「大模型」 is read as 大 and 模型).
func (ix *Index) saysOnlyTheField(clause string) bool {
	terms := ix.keyTerms(clause)
	return len(terms) > 0 && !slices.ContainsFunc(terms, func(t string) bool {
		return !fieldWords[t] && !(utf8.RuneCountInString(t) == 1 && strings.Contains(fieldChars, t))
	})
}

// fieldChars are the characters of the field's Chinese names.
const fieldChars = "大语言模型人工智能"

// hasOwnWord reports whether a clause has a word of its own to ask by: a key term of two or more
// characters that is no word for the whole field (「它跟别的模型有啥不一样」 has only 模型).
func (ix *Index) hasOwnWord(clause string) bool {
	return slices.ContainsFunc(ix.keyTerms(clause), func(t string) bool {
		return utf8.RuneCountInString(t) >= 2 && !fieldWords[t]
	})
}

// withClauses gives a covered question of several clauses the passage each later clause finds
// first on its own, when the whole did not find it: 「o1跟gpt4o有啥区别 为啥o1回答那么慢」 finds
// the two models' entries, and only its second clause the passage that says o1 answers slowly.
// The passage comes after the hits the whole found, which keep their places. (Only a clause the
// report covers that asks something of its own and names its subject, or asks what a section's
// 「常见问法」 asks: 「它好在哪」 alone finds nothing of its own.)
func (ix *Index) withClauses(ctx context.Context, q Query, k int, res Result) (Result, error) {
	clauses := questionClauses(q.Text)
	if len(clauses) < 2 || len(res.Hits) == 0 {
		return res, nil
	}
	// The first clause, when it plainly asks of an entry the whole did not find among its first
	// three, has that entry's passage second: in 「claude是哪家公司的，我同事说它写东西比chatgpt
	// 强」 the colleague's comparison led the whole to the FAQ on work. (Second, not first: the
	// whole's first passage answers it more often than not.)
	if c := clauses[0]; ix.hasOwnWord(c) {
		sub, err := ix.search(ctx, Query{Text: c, Context: q.Context}, k)
		if err != nil {
			return res, err
		}
		if sub.Covered && len(sub.Hits) > 0 && (sub.Signals.Ask >= clauseAsk || sub.Signals.Named >= clauseNamed) && sub.Signals.Stray == 0 {
			top := sub.Hits[0]
			if !slices.ContainsFunc(res.Hits[:min(3, len(res.Hits))], func(h Hit) bool { return h.Anchor == top.Anchor }) {
				rest := slices.DeleteFunc(slices.Clone(res.Hits[1:]), func(h Hit) bool { return h.ID == top.ID })
				top.Score = res.Hits[0].Score
				res.Hits = append([]Hit{res.Hits[0], top}, rest...)
				if len(res.Hits) > k {
					res.Hits = res.Hits[:k]
				}
			}
		}
	}
	for _, c := range clauses[1:] {
		// (Not a clause that asks yes or no, which only leans on the question: 「不都是
		// transformer吗」 after 「bert跟gpt有啥不一样」.)
		if yesNoClause.MatchString(c) || !ix.hasOwnWord(c) {
			continue
		}
		sub, err := ix.search(ctx, Query{Text: c, Context: q.Context}, k)
		if err != nil {
			return res, err
		}
		if !sub.Covered || len(sub.Hits) == 0 || !(sub.Signals.Ask >= clauseAsk || sub.Signals.Named >= clauseNamed) {
			continue
		}
		// (Another passage of an entry the whole found: what the clause asks of it.)
		top := sub.Hits[0]
		if slices.ContainsFunc(res.Hits, func(h Hit) bool { return h.ID == top.ID }) || !slices.ContainsFunc(res.Hits, func(h Hit) bool { return h.Anchor == top.Anchor }) {
			continue
		}
		top.Score = res.Hits[len(res.Hits)-1].Score
		res.Hits = append(slices.Clip(res.Hits), top)
	}
	return res, nil
}

// yesNoClause ends a clause that asks yes or no.
var yesNoClause = regexp.MustCompile(`[吗嘛么不没]\s*$`)

// speaksOfAI reports whether a question is plainly about AI: it says so (「ai」「大模型」), or
// names a model, benchmark or other entry that is not a concept, or a concept by a name
// everyday Chinese does not have (「预训练」, not 「路由器」「量化」「幻觉」).
func (ix *Index) speaksOfAI(text string) bool {
	low := stemPhrase(Normalize(text))
	// (A chat assistant by its everyday name is AI too: 「给豆包接上工具让它自己操作电脑」.)
	if aiWords.MatchString(low) || assistantRe.MatchString(low) {
		return true
	}
	for _, m := range ix.nameMatches(low) {
		if !strings.HasPrefix(m.anchor, "term-") {
			return true
		}
		// (A word the dictionary has only because the report uses it is tagged "x"; so is a word
		// of everyday.txt, which readers use of phones as much as of models: 「跑分」.)
		if w := low[m.start:m.end]; !ix.everyday[w] {
			if _, pos, known := ix.words.Lookup(w); !known || pos == "x" {
				return true
			}
		}
	}
	return false
}

// strangeCompany reports whether a question that does not speak of AI names an entry only by
// an everyday word (「路由器」「奖励」) and sets beside it a rare noun of its own that no
// passage of the report holds together with that name: 「信号」 with 路由器, 「光猫」 with 路由器.
// A reader asking about the concept asks what the report says of it (「路由器怎么选专家」).
func (ix *Index) strangeCompany(question, context string) bool {
	// (Whether it speaks of AI is read as written, its Latin names spelled out (「gemini2.5pro」):
	// the thesaurus adds the report's terms, 「跑分」 becomes 「跑分 基准测试」.)
	if ix.speaksOfAI(ix.respell(question)) || context != "" && ix.speaksOfAI(ix.respell(context)) {
		return false
	}
	// Judged clause by clause, in the report's words (「幻觉能根治吗」 asks whether it can be
	// 解决): 「越狱是啥，奶奶漏洞那种」 asks what jailbreaking is, then gives an example in words
	// of its own.
	strange := false
	for _, clause := range Clauses(question) {
		clause = ix.canonical(clause) // (after cutting: the thesaurus writes 「跑分 基准测试」)
		low := stemPhrase(Normalize(clause))
		var names []string
		for _, m := range ix.nameMatches(low) {
			names = append(names, low[m.start:m.end])
		}
		if len(names) == 0 {
			continue
		}
		if !ix.strangerBeside(clause, names) {
			return false
		}
		strange = true
	}
	return strange
}

// personDoes reports whether a question (NFKC-folded) that neither speaks of AI nor names an
// entry says of a person, in the same clause, what the thesaurus reads as a model's habit.
func (ix *Index) personDoes(question string) bool {
	// (Nor one that names an entry itself: 「老板让我查查啥叫上下文窗口」 asks about the window.
	// The person first: most covered questions name none, and are let through unread.)
	if !personRe.MatchString(question) || ix.speaksOfAI(ix.respell(question)) || len(ix.nameMatches(stemPhrase(Normalize(question)))) > 0 {
		return false
	}
	for _, clause := range Clauses(question) {
		loc := personRe.FindStringIndex(clause)
		if loc == nil {
			continue
		}
		if rest := clause[loc[1]:]; ix.colloquial.paraphrase(rest, ix.wordSpans, nil) != rest {
			return true
		}
	}
	return false
}

// personRe is a person the reader knows: family, friends, people at work or school.
// (Not the 他 of 其他, 吉他.)
var personRe = regexp.MustCompile(`老公|老婆|丈夫|妻子|男朋友|女朋友|男友|女友|朋友|同事|领导|老板|上司|同学|室友|邻居|孩子|儿子|女儿|爸爸|妈妈|我爸|我妈|爷爷|奶奶|外公|外婆|对方|这人|那人|此人|(?:^|[^其吉])[他她]`)

// strangerBeside reports whether a clause holds, beside the names it gives, a rare thing no
// passage holds together with any of them.
func (ix *Index) strangerBeside(clause string, names []string) bool {
	for _, t := range ix.keyTerms(clause) {
		if utf8.RuneCountInString(t) < 2 || !strings.ContainsFunc(t, isHan) || fieldWords[t] || askingNouns[t] || ix.isName(t) ||
			slices.ContainsFunc(names, func(n string) bool { return strings.Contains(n, t) || strings.Contains(t, n) }) ||
			ix.queryWeight(t) < strangeWeight*ix.lex.maxIDF() {
			continue
		}
		// A verb asks something of the concept (「幻觉能避免吗」): only a thing keeps company, a
		// noun or a word the report does not use (「光猫」, and 「高考」, which the dictionary
		// calls a verb).
		if _, pos, _ := ix.words.Lookup(t); !strings.HasPrefix(pos, "n") && ix.reportWord(t) {
			continue
		}
		// (Nor a word a section's 「常见问法」 says beside the name, in readers' words: 「神经网络那几次
		// 寒冬是咋回事？」.)
		with := func(p string) bool {
			return strings.Contains(p, t) && slices.ContainsFunc(names, func(n string) bool { return strings.Contains(p, n) })
		}
		together := slices.ContainsFunc(ix.plain, with) || slices.ContainsFunc(ix.asks, func(a ask) bool { return with(a.plain) })
		if !together {
			return true
		}
	}
	return false
}

// askingNouns are nouns that ask something of what a question names, as a verb does: 「量化的
// 原理是啥」 asks how quantization works, whatever passage says 原理.
var askingNouns = map[string]bool{"原理": true, "意思": true, "含义": true, "作用": true, "用途": true, "用处": true,
	"区别": true, "差别": true, "优点": true, "缺点": true, "优势": true, "劣势": true, "好处": true, "坏处": true,
	"原因": true, "道理": true, "本质": true, "概念": true, "定义": true, "特点": true, "特色": true, "局限": true,
	"来历": true, "由来": true, "前景": true, "意义": true, "步骤": true, "过程": true, "流程": true}

// strangeWeight is how rare, as a share of the rarest, a word must be to make strange company:
// 「最好」「东西」 keep any company.
const strangeWeight = 0.5

// SaysAI reports whether a question says outright that it is about AI (「ai」「模型」「gpt」),
// whatever else it names.
func SaysAI(q string) bool { return aiWords.MatchString(Normalize(q)) }

var aiWords = regexp.MustCompile(`\bai\b|人工智能|模型|\bllm|chatgpt|\bgpt|聊天机器人`)

// fieldWords are the key terms that name the whole field, no one thing in it.
var fieldWords = map[string]bool{"ai": true, "人工智能": true, "模型": true, "大模型": true, "语言模型": true, "大语言模型": true, "llm": true, "llms": true}

// restated reports whether one clause names an entry that another describes in the everyday
// words the thesaurus maps to it (and names only so).
func (ix *Index) restated(clauses []string) bool {
	named := make([][]string, len(clauses))     // what each clause names as written
	described := make([][]string, len(clauses)) // what it names only once paraphrased
	for i, c := range clauses {
		spelled := stemPhrase(recast(ix.spelled(Normalize(c))))
		for _, m := range ix.nameMatches(spelled) {
			named[i] = append(named[i], m.anchor)
		}
		for _, m := range ix.nameMatches(stemPhrase(ix.colloquial.paraphrase(spelled, ix.wordSpans, ix.reportWord))) {
			if !slices.Contains(named[i], m.anchor) {
				described[i] = append(described[i], m.anchor)
			}
		}
	}
	for i := range clauses {
		for j := range clauses {
			if i != j && slices.ContainsFunc(described[i], func(a string) bool { return slices.Contains(named[j], a) }) {
				return true
			}
		}
	}
	return false
}

// questionClauses are a question's clauses of four characters or more.
func questionClauses(text string) []string {
	return slices.DeleteFunc(Clauses(text), func(c string) bool { return utf8.RuneCountInString(c) < minClauseRunes })
}

// Clauses cuts a question into its clauses: at its punctuation, at a space between two Chinese
// words (「大模型幻觉是啥意思 咋避免」), and at a space after words that end a question
// (「多模态是啥意思 ai能看懂我的设计稿吗」); not at one inside a Latin name (「gpt oss 120b」),
// nor after a word a name follows (「openai 的 preparedness framework」).
func Clauses(text string) []string {
	var out []string
	text = clauseAsked.ReplaceAllString(clauseSpace.ReplaceAllString(text, "$1，$2"), "$1，")
	text = clauseAsking.ReplaceAllString(text, "$1，$2")
	text = askedTwice(text)
	for _, c := range clauseBreak.Split(text, -1) {
		if c = strings.TrimSpace(c); c != "" {
			out = append(out, c)
		}
	}
	return out
}

var (
	clauseBreak = regexp.MustCompile(`[，,。？?！!；;：:]+`)
	clauseSpace = regexp.MustCompile(`(\p{Han})\s+(\p{Han})`)
	clauseAsked = regexp.MustCompile(`(是啥|是什么|什么意思|啥意思|咋回事|怎么回事|[吗呢嘛])\s+`)
	// (And at a space after a Latin word before a question word: 「想在家用ai 哪些东西不能发给它」.)
	clauseAsking = regexp.MustCompile(`(?i)([a-z0-9])\s+(哪些|哪个|哪家|哪种|为啥|为什么|怎么|咋)`)
)

// askedTwice breaks a question at a space before a Latin word when what stands before it asks
// something of its own and what follows asks a model's score (「aime是啥考试 r1考了多少」
// 「codeforces分咋算 ai多少分」): the score, which the report leaves out, is asked apart from what
// it answers. A space that only sets a name apart (「怎么用 ai 写周报」) is left.
func askedTwice(text string) string {
	locs := clauseLatin.FindAllStringSubmatchIndex(text, -1)
	if locs == nil {
		return text
	}
	var b strings.Builder
	last := 0
	for _, m := range locs {
		// (The Han character ends at m[3]; the Latin word starts at m[4]. The clause before
		// starts after the last break, or after the last cut made here.)
		start := max(lastBreak(text[:m[3]]), last)
		end := len(text)
		if loc := clauseBreak.FindStringIndex(text[m[4]:]); loc != nil {
			end = m[4] + loc[0]
		}
		left, right := text[start:m[3]], text[m[4]:end]
		if utf8.RuneCountInString(left) >= minClauseRunes && clauseQuestion.MatchString(left) && clauseScore.MatchString(right) {
			b.WriteString(text[last:m[3]] + "，")
			last = m[4]
		}
	}
	b.WriteString(text[last:])
	return b.String()
}

// lastBreak returns the byte offset just after the last clause break of text, or 0.
func lastBreak(text string) int {
	locs := clauseBreak.FindAllStringIndex(text, -1)
	if locs == nil {
		return 0
	}
	return locs[len(locs)-1][1]
}

var (
	clauseLatin    = regexp.MustCompile(`(?i)(\p{Han})\s+([a-z0-9])`)
	clauseQuestion = regexp.MustCompile(`啥|什么|咋|怎么|为何|多少|哪个|哪家|哪些|[吗嘛呢]`)
	clauseScore    = regexp.MustCompile(`多少分|考了多少|考多少|得了多少|拿了多少|跑了多少|跑多少|排第几|第几名`)
)

// minClauseRunes is the shortest clause judged on its own: 「为啥」 alone asks nothing.
const minClauseRunes = 4

// amountRe finds a sum as readers write one, roughly (「500多万」「几千亿」) or in money (「300刀」
// 「2万块」): its digits name nothing. (Not 「650 亿参数」, whose digits may be the report's own.)
var amountRe = regexp.MustCompile(`\d+(?:\.\d+)?\s*(?:多\s*[万亿]|[万亿]?\s*(?:刀|块|元|美元|美金))|[几数][十百千]?多?[万亿]`)

// makerSections maps each model's section to its maker's, the ## section it stands under.
func makerSections(r *corpus.Report) map[string]string {
	out := map[string]string{}
	for _, s := range r.AllSections() {
		if s.Kind == corpus.KindModel && s.Parent != nil && isMakerSection(s.Parent) {
			out[s.Anchor] = s.Parent.Anchor
		}
	}
	return out
}

// makersOf returns the makers' sections of the models named, each once, in order.
func (ix *Index) makersOf(named map[string]float64) []string {
	var out []string
	for a, sp := range named {
		if m, ok := ix.makers[a]; ok && sp > 0 && !slices.Contains(out, m) {
			out = append(out, m)
		}
	}
	slices.Sort(out)
	return out
}

// degreeChars say that a quality is had more than something else (更慢, 较慢): the report
// writes a quality with one before it far more often than alone, and a bigram index finds
// 「更慢」 only as a pair.
const degreeChars = "更较"

// vagueQualities are asked of anything (「好在哪」「多不多」) or are mostly part of a name (大 of
// 「大模型」): 「更好」 in the report is no answer to them. (新 with 更 is 更新, to update.)
var vagueQualities = newRuneSet("好多少大小新")

// degreeShare is how much a quality the question names alone weighs, found as the report writes
// it with a degree before it, against the question's own words.
const degreeShare = 0.5

// addDegreeForms adds to weights, at weight w, the report's pairs of a degree and a quality for
// each quality of one character the question asks about: 「o1 为啥回答那么慢」 asks what the
// report says as 「回答更慢」. (A bigram index holds no term of one character, and the question's
// pair 「么慢」 is no word.)
func (ix *Index) addDegreeForms(weights map[string]float64, question string, w float64) {
	for _, t := range ix.keyTermsOf(Normalize(question)) {
		rs := []rune(t)
		if len(rs) != 1 || !isHan(rs[0]) || vagueQualities.has(rs[0]) {
			continue
		}
		for _, d := range degreeChars {
			pair := string([]rune{d, rs[0]})
			if _, ok := ix.lex.lookup(pair); ok && weights[pair] < w {
				weights[pair] = w
			}
		}
	}
}

// Mandarin writes a question in the report's script and words: in simplified characters when
// it is written in traditional ones (「幻覺是怎麼產生的」 is 「幻觉是怎么产生的」), and with the
// Mandarin word for a Cantonese or a regional one (「點解」 and 「咋个」 are 「为什么」 and 「怎么」).
// Other text comes back as it is.
// Search reads its query so; a caller that reads the question's words itself (what kind of
// question it is) reads them so too.
func (ix *Index) Mandarin(text string) string {
	return saidOnce(plainErhua(plainDialect(plainCantonese(ix.hans.Simplify(text))), ix.erhua))
}

// questionRead is a question as the search reads it: without the reader's self, then spelled
// (typos, homophones and the written register mended).
type questionRead struct{ typed, spelled string }

// read reads a question for the search. (The reader's trade, workplace, informant and app are
// not what is asked: 「我卖水果的」 asks nothing of fruit. Taken out once, here, for every use
// of the question in the search.)
func (ix *Index) read(text string) questionRead {
	typed := withoutSelf(norm.NFKC.String(strings.TrimSpace(text)))
	return questionRead{typed, ix.spelled(typed)}
}

// search is Search on the whole question.
func (ix *Index) search(ctx context.Context, q Query, k int) (Result, error) {
	return ix.searchRead(ctx, q, k, ix.read(q.Text))
}

// searchRead is search on a question already read.
func (ix *Index) searchRead(ctx context.Context, q Query, k int, read questionRead) (Result, error) {
	if k <= 0 {
		k = 5
	}
	qtext := strings.TrimSpace(q.Text)
	if qtext == "" {
		return Result{}, fmt.Errorf("searching: the question is empty")
	}
	typed, spelled := read.typed, read.spelled
	qtext, q.Context = ix.reworded(spelled), ix.canonical(norm.NFKC.String(q.Context))
	rp := ix.rank
	expansion := ix.expand(qtext + " " + q.Context)
	weights := map[string]float64{}
	addTerms := func(text string, w float64) {
		for _, t := range Tokens(text) {
			if weights[t] < w {
				weights[t] = w
			}
		}
	}
	addTerms(strings.Join(expansion, " "), rp.weightExpansion)
	addTerms(q.Context, rp.weightContext)
	// (Not the pairs of the words that frame the question: 「是一回事吗」 asks the same of any
	// two things, and its 「一回」, rare in the report, would outweigh 「chatgpt」.)
	// (Nor the digits of a sum: 「500多万」 is money, not MATH-500.)
	plain := amountRe.ReplaceAllString(qtext, " ")
	addTerms(ix.withoutFraming(plain), rp.weightQuestion)
	ix.addDegreeForms(weights, plain, rp.weightQuestion*degreeShare)
	// withContext is a question with what the search adds to it: the conversation's subject
	// and the glossary's other names.
	withContext := func(question string) string {
		return strings.TrimSpace(strings.Join(append([]string{question, q.Context}, expansion...), " "))
	}
	rewritten := withContext(qtext)

	res := Result{Expansion: expansion, Rewritten: rewritten}
	if len(weights) == 0 {
		return res, nil // nothing informative to look for: not covered
	}

	lex := ix.lex.search(weights, rp.bm25)
	if len(lex) > candidates {
		lex = lex[:candidates]
	}
	n := candidates
	if n > len(ix.passages) {
		n = len(ix.passages)
	}
	vec, err := ix.vectorRanking(ctx, withContext(plain), n)
	if err != nil {
		return res, err
	}

	// Reciprocal rank fusion: robust to the two scores living on different scales.
	type fused struct {
		lex, vec, score float64
	}
	acc := map[int]*fused{}
	get := func(i int) *fused {
		if acc[i] == nil {
			acc[i] = &fused{}
		}
		return acc[i]
	}
	for rank, s := range lex {
		f := get(s.doc)
		f.lex = s.score
		f.score += 1 / (rp.rrfK + float64(rank+1))
	}
	for rank, v := range vec {
		f := get(v.passage)
		f.vec = v.similarity
		f.score += rp.vectorShare / (rp.rrfK + float64(rank+1))
	}
	// A passage of an entry the question names counts as one more first-rank vote.
	// For a follow-up, the entries of the carried subject count too: 「它的上下文窗口」 after a
	// question about Claude 3.5 Sonnet is about that entry.
	named := ix.mentioned(qtext + " " + q.Context)
	// A year the history chapter dates few milestones by names them, asked of the field:
	// 「2017年ai圈发生了啥大事」 asks about the Transformer.
	yearNamed := map[string]float64{}
	if ix.speaksOfAI(qtext) || strings.Contains(qtext, "论文") {
		yearNamed = ix.yearMilestones(qtext)
		for a, spec := range yearNamed {
			named[a] = math.Max(named[a], spec)
		}
	}
	// 「dpo 为啥说它比 rlhf 省事」 is about DPO: an entry named only as what the subject is
	// measured against (after 比) counts less than the subject.
	if against := ix.measuredAgainst(qtext); len(against) > 0 && len(named) > 1 {
		carried := ix.mentioned(q.Context)
		for _, a := range against {
			if carried[a] == 0 {
				named[a] *= comparandShare
			}
		}
	}
	ix.followPointers(qtext, named)
	// (What the question names by a name, before what its 「常见问法」 resemble: see keepNamed.)
	byName := maps.Clone(named)
	// A question that asks what a section's 「常见问法」 asks (「聊久了它咋就忘了」) is about that
	// section, as if it named it.
	asked := ix.matchAsks(qtext)
	// (Readers say 大模型 or 人工智能 where the 「常见问法」 say ai: 「大模型会取代程序员吗」 asks
	// what 「ai 会取代程序员吗」 does. Read so only when it matches nothing as said.)
	if len(asked) == 0 && bigModelRe.MatchString(qtext) {
		asked = ix.matchAsks(bigModelRe.ReplaceAllString(qtext, "ai"))
	}
	// (So do they by a chat product's name, asking what it can do: 「chatgpt能联网吗」 for 「大模型
	// 能联网吗？」. Read so only when it matches nothing as said, and not when it asks a fact of
	// the product's own entry, 「chatgpt能看多长的文章」 of its 上下文窗口.)
	if len(asked) == 0 && chatProductRe.MatchString(qtext) && len(askedFields(Normalize(qtext))) == 0 {
		for _, general := range []string{"ai", "大模型"} {
			if asked = ix.matchAsks(chatProductRe.ReplaceAllString(qtext, general+"$1")); len(asked) > 0 {
				break
			}
		}
	}
	if len(asked) == 0 && usedProductRe.MatchString(qtext) {
		asked = ix.matchAsks(usedProductRe.ReplaceAllString(qtext, "${1}ai"))
	}
	if asked == nil {
		asked = map[string]askMatch{}
	}
	// Using AI for a task of one's own, and what to watch out for (「工作上用ai写报告要注意点啥」
	// 「用ai查资料靠谱吗」), is what the FAQ on using AI well answers, whatever the task: as if
	// the question were one of its 「常见问法」, less closely than the question a section lists.
	// (A child's use is the FAQ on children's use: 「孩子能用chatgpt吗」. Not when it asks
	// whether AI reads a thing of the reader's, a photo, a file, a table: 「老板让我用chatgpt
	// 分析销售表格 它算得准吗」 is what the section workedOnAsk finds answers.)
	usingAI := usingAIAskRe.MatchString(Normalize(qtext)) && workedOnAsk(qtext) == ""
	useFAQ := useWellFAQ
	if youngChildRe.MatchString(qtext) {
		useFAQ = childrenFAQ
	}
	if ps := ix.byAnchor[useFAQ]; len(ps) > 0 && asked[useFAQ].score < usingAIAsk && usingAI {
		asked[useFAQ] = askMatch{score: usingAIAsk, text: ix.passages[ps[0]].Title}
	}
	// (Or asks it as typed: a 「常见问法」 is written in readers' spellings, 「gpt4o 的 o 是啥
	// 意思」, which the canonical 「gpt-4o」 no longer shares. Only of an entry the question
	// names: the typed words, less their names, share little else with the right question and
	// much with others.)
	if typed != qtext {
		ix.addNamedAsks(asked, typed, qtext)
	}
	// (So does one clause of a question that asks two things: 「模型参数里存的是啥，70b 的 70 是
	// 指啥」 asks what the entry on parameters is asked, and then something more. Only of an
	// entry the clause names: a short clause shares two words with many questions, 「这分数还
	// 靠谱吗」 with one on contaminated benchmarks.)
	if clauses := questionClauses(qtext); len(clauses) > 1 {
		for _, c := range clauses {
			ix.addClauseAsks(asked, c)
		}
	}
	for a, m := range asked {
		named[a] = math.Max(named[a], m.score)
	}
	// 「Llama 3 的上下文窗口」 asks about Llama 3: when a question names a model, benchmark,
	// metric or evaluation, the concepts it also names describe what it asks about that entry.
	specific := false
	for a := range named {
		if !strings.HasPrefix(a, "term-") {
			specific = true
		}
	}
	askedWhat := ix.askedWhatOf(qtext)
	// A concept whose name is asked what it means is what the question is about, however
	// everyday the name: 「大家常说的几千亿参数 参数到底指的啥」 asks for the entry on parameters.
	for a := range askedWhat {
		if strings.HasPrefix(a, "term-") {
			named[a] = math.Max(named[a], askedWhatSpec)
		}
	}
	if specific {
		// (Not a concept the question asks what it is: 「越狱是啥 怎么让ai说不该说的」 asks what
		// jailbreaking is, whatever evaluation sections its second clause is like.)
		for a, spec := range named {
			if strings.HasPrefix(a, "term-") && !askedWhat[a] {
				named[a] = spec * conceptShare
			}
		}
	}
	// The key-facts fields the question asks for (「发布方：」 of 「哪家公司做的」).
	fields := askedFields(Normalize(qtext))
	// Asked which company makes a family of models (「claude是哪家公司做的」), the maker's section
	// says, of the company itself: 「Anthropic 是一家专注……的公司」. (Only when the models named
	// are one maker's.)
	// (Or, asked of each, 「claude和gemini分别是哪家公司的」, each maker's section.)
	if slices.Contains(fields, whoField) && strings.ContainsAny(qtext, "家司") {
		makers := ix.makersOf(named)
		if !(len(makers) == 1 && len(questionClauses(qtext)) <= 1) && !strings.Contains(qtext, "分别") {
			makers = nil
		}
		for _, maker := range makers {
			spec := 0.0
			for a, sp := range named {
				if ix.makers[a] == maker {
					spec = math.Max(spec, sp)
					named[a] *= pointedFromShare // the company is asked about, not each model
				}
			}
			named[maker] = math.Max(named[maker], spec)
		}
	}
	for a := range named {
		res.Named = append(res.Named, a)
	}
	sort.Slice(res.Named, func(i, j int) bool {
		if named[res.Named[i]] != named[res.Named[j]] {
			return named[res.Named[i]] > named[res.Named[j]]
		}
		return res.Named[i] < res.Named[j]
	})
	// Asked when something came whose name an entry owns (「transformer 是哪年提出的」), the
	// milestone dated in its heading is named too, as a milestone's own name names it.
	// (So with who made it: the milestone says who, 「Vaswani 等人发表……」. Not with which
	// company, which its company's section says.)
	byWhom := slices.Contains(fields, whoField) && strings.Contains(qtext, "谁") && !strings.ContainsAny(qtext, "家司")
	if slices.Contains(fields, whenField) || byWhom {
		low := stemPhrase(Normalize(qtext + " " + q.Context))
		// Asked when it first came (「llama 最早是啥时候发布的」), the earliest of those
		// milestones is named as fully as the name names anything: the later entries that share
		// the name (Llama 3, Llama 4) are not when it began.
		first, firstDate, firstSpec := "", "", 0.0
		for _, e := range ix.entities {
			for _, n := range e.dated {
				if containsName(low, n) {
					// (As fully as the name names anything when the entry that owns it has no
					// field that tells when: Transformer's entry does not date it, GPT-4.5's
					// 「发布时间：」 does.)
					spec := ix.nameSpec(n) * milestoneShare
					if !ix.ownerTells(n, fields) {
						spec = ix.nameSpec(n)
					}
					named[e.anchor] = math.Max(named[e.anchor], spec)
					if d := ix.headingDate(e.anchor); d != "" && (first == "" || d < firstDate) {
						first, firstDate, firstSpec = e.anchor, d, ix.nameSpec(n)
					}
				}
			}
		}
		if first != "" && earliestRe.MatchString(qtext) {
			named[first] = math.Max(named[first], firstSpec)
		}
	}
	// Which passage of a named entry: the one that best matches what the question asks about
	// it, its words other than the entry's name. 「SimpleQA 一共有多少道题」 wants the passage
	// on its size, not the shorter one on its limits that repeats the name more densely; with
	// nothing else asked (「SimpleQA 是什么」), the entry's first passage, its definition.
	why := asksWhy(Normalize(qtext))
	// (Asked what a model is, or how it differs, the passage that says what it is stands for
	// it; see orderWithinEntries.)
	defining := !why && (len(askedWhat) > 0 || sideBySide.MatchString(qtext))
	within := ix.orderWithinEntries(named, weights, fields, why, defining)
	// A section whose 「常见问法」 the question asks is a candidate even when its passages share
	// no word with the question: 「让 ai 算个多位数乘法都能算错」 is answered by the entry on
	// tokenization, which never speaks of multiplication. Its first passage stands for it.
	asks := map[int]bool{}
	for a := range asked {
		if ps := ix.byAnchor[a]; len(ps) > 0 {
			// (Asked why, its first passage that says why: 「deepseek r1 为啥这么火」 is
			// answered by 「DeepSeek-R1 的意义在于……」, not by the release date before it.)
			pick := ps[0]
			// (Of a model, asked no key fact, the passage that says what it is: 「o1 是啥，跟
			// gpt4o 有啥区别？」 is not asked its release date.)
			if defining && len(fields) == 0 && strings.HasPrefix(a, "model-") && factsList(ix.passages[pick].Text) && len(ps) > 1 {
				pick = ps[1]
			}
			if why {
				if i := slices.IndexFunc(ps, func(p int) bool { return saysWhy(ix.passages[p].Text) }); i >= 0 {
					pick = ps[i]
				}
			}
			asks[pick] = true
			get(pick)
		}
	}
	// So is the definition of a concept asked what it is, whose everyday name (「参数」) may
	// rank it below passages that only use the word.
	defines := map[int]bool{}
	for a := range askedWhat {
		if ps := ix.byAnchor[a]; len(ps) > 0 && strings.HasPrefix(a, "term-") {
			defines[ps[0]] = true
			get(ps[0])
		}
	}
	hits := make([]Hit, 0, len(acc))
	for i, f := range acc {
		if f.lex == 0 && !asks[i] {
			continue // shares no term with the question: the vector alone is not evidence
		}
		if ix.passages[i].Example && named[ix.passages[i].Anchor] == 0 {
			// An invented sample item (「一家公司把一台设备按直线法折旧……」) shows what a
			// benchmark asks; it answers a question only about that benchmark.
			continue
		}
		if spec := named[ix.passages[i].Anchor]; spec > 0 {
			f.score += rp.entityVotes / (rp.rrfK + 1) * spec * spec * math.Pow(rp.withinDecay, float64(within[i]))
			// The passage holding the field the question asks for (「发布时间：」) answers it;
			// for when something came out, so does a milestone dated in its heading
			// (「2022 年 11 月：ChatGPT」).
			if holdsField(ix.passages[i].Text, fields) {
				f.score += rp.fieldVotes / (rp.rrfK + 1) * spec
			} else if (slices.Contains(fields, whenField) || byWhom || yearNamed[ix.passages[i].Anchor] > 0) && datedHeading.MatchString(ix.passages[i].Title) {
				// (So does the milestone of the year the question names: it is what that year
				// saw.)
				// A milestone's section, which a name singles out less than an entry's (see
				// milestoneShare), is what tells when.
				if strings.HasPrefix(ix.passages[i].Anchor, "history-") {
					spec = math.Min(1, spec/milestoneShare)
				}
				f.score += rp.fieldVotes / (rp.rrfK + 1) * spec
			}
		}
		// Asking what a section's 「常见问法」 asks is a vote of its own, as strong as a first
		// rank when the question is that question, for the section's first passage.
		if m, ok := asked[ix.passages[i].Anchor]; ok && asks[i] {
			f.score += rp.askVotes / (rp.rrfK + 1) * m.score * m.score
		} else if defines[i] {
			// (As strong a vote as a 「常见问法」 as close: 「参数指的啥」 asks what its entry
			// answers first.)
			f.score += rp.askVotes / (rp.rrfK + 1) * askedWhatSpec * askedWhatSpec
		}
		hits = append(hits, Hit{Passage: ix.passages[i], Lexical: f.lex, Vector: f.vec, Score: f.score})
	}
	sort.Slice(hits, func(a, b int) bool {
		if hits[a].Score != hits[b].Score {
			return hits[a].Score > hits[b].Score
		}
		return hits[a].ID < hits[b].ID
	})
	// (Concepts too, when the question sets two named things side by side: 「智能体跟聊天机器人
	// 有啥区别」 wants both definitions. Only concepts named plainly: not 人工智能 for 「ai」.)
	keep, side := res.Named, len(res.Named) > 1 && sideBySide.MatchString(qtext)
	if side {
		keep = nil
		for _, a := range res.Named {
			if !strings.HasPrefix(a, "term-") || named[a] >= sideSpec {
				keep = append(keep, a)
			}
		}
	}
	hits = keepNamed(hits, keep, k, ix.mentioned, side && len(keep) > 1, byName)
	res.Hits = hits
	res.Signals = ix.signals(qtext, spelled, q.Context, hits, named, asked)
	// (Not when the best passage is another FAQ's, whose 「常见问法」 the question asks: 「用ai算账靠谱
	// 不」 is the FAQ on arithmetic's.)
	otherFAQ := len(hits) > 0 && strings.HasPrefix(hits[0].Anchor, "faq-") && hits[0].Anchor != useFAQ && asked[hits[0].Anchor].score > 0
	for i, h := range hits {
		if usingAI && !otherFAQ && i < 3 && h.Anchor == useFAQ && !ix.namesBeyondField(qtext) {
			res.UsingAI = useFAQ
		}
		if m, ok := asked[h.Anchor]; ok && i < 3 {
			res.Signals.Ask = math.Max(res.Signals.Ask, m.score)
			if res.Asked == "" {
				res.Asked = m.text
			}
		}
	}
	res.Signals.Confidence = res.Signals.confidence()
	res.Coverage = res.Signals.Confidence
	// A question that is, nearly word for word, one a section lists as what it answers is
	// covered by that section, however few of its words the section's text uses: 「让 ai 算个
	// 多位数乘法都能算错」 is answered by the entry on tokenization, which never says 乘法.
	res.Covered = len(hits) > 0 && res.Signals.OnTopic() && (res.Coverage >= ix.minCov || res.Signals.Ask >= decisiveAsk)
	// A question that joins a concept's name to a word the report never joins to it, and names
	// nothing else, uses the name in another trade's sense: 「显卡温度多少度算正常」 is not about
	// sampling temperature, 「量化宽松」 not about quantization. (With a second entry named —
	// 「rag能解决幻觉吗」 — the joined word is the other entry's.)
	if res.Signals.Clash == 1 && res.Signals.Ask < decisiveAsk && len(res.Named) == 1 && strings.HasPrefix(res.Named[0], "term-") {
		res.Covered = false
	}
	return res, nil
}

// serviceRe finds what only a product's maker or shop answers: an account and its troubles
// (封号, 收不到验证码, 服务器繁忙, 地区不可用, 转人工), paying for it (会员多少钱, 充值, 续费,
// 退款), buying one (多少钱一台, 在哪买, 个人能买吗), registering (怎么注册), an app's own limits
// and checks (「会员一天能问多少次」「要手机号验证」) and a phone's (「ai推销电话咋屏蔽」). None of the
// project's covered questions says any of them.
var serviceRe = regexp.MustCompile(`封号|号.{0,3}被封|登不上|登录不了|登不进|注册不了|咋注册|怎么注册|如何注册|收不到验证码|服务器繁忙|地区不可用|会员[^，,。？?！!]{0,6}(?:多少钱|怎么充|咋充|怎么开|咋开|开通|能退|续费|取消|发票|付款|支付)|充值|续费|退款|开发票|转.{0,3}人工|多少钱一[台张个部只]|在哪买|哪里买|哪儿买|个人能买|能买吗` +
	`|会员[^，,。？?！!]{0,6}(?:多少次|几次|次数|额度|限额|上限)|手机号[^，,。？?！!]{0,4}(?:验证|注册)|国内(?:手机)?号` +
	`|(?:推销|骚扰|外呼)电话|屏蔽[^，,。？?！!]{0,4}(?:电话|来电|短信)` +
	// A sale (「云服务器现在打折不」「有优惠券吗」), not the report's cached-input discount.
	`|现在打折|打折吗|打折不|打几折|有优惠|优惠券|优惠码|促销` +
	// Buying a phone for its AI (「三星和苹果的 AI 哪个好用 我想买新手机」): a shop's question.
	`|(?:买|换)(?:个|台|部)?新?手机` +
	// Signing up for a contest, a computer or app that hangs or makes no sound, and how to do a
	// thing in office software (「word 里文字怎么对齐」).
	`|(?:怎么|咋|如何|在哪|去哪)报名|报名(?:入口|时间|费|条件|网站)` +
	`|(?:卡住|死机|蓝屏|闪退)[^，,。？?！!]{0,4}(?:咋整|咋办|怎么办|怎么解决|咋解决|怎么弄)` +
	`|(?:没|没有|听不到|听不见)声音` +
	// A plan's price and what it gives (「plus 一个月多少钱」「pro 和 max 会员差在哪」「有会员吗」;
	// not a model's tiers, 「gemini 的 ultra、pro、nano 有啥区别」),
	// paying from abroad, whether a free app will charge; exporting an app's chat history, a
	// page that keeps loading; a device's heat and its care (「换硅脂」), a phone's benchmark app.
	`|(?:plus|会员|订阅|套餐)[^，,。？?！!]{0,8}(?:多少钱|差在哪|差别|区别|值得开|值不值|有啥用|有什么用|怎么付|咋付|怎么买|咋买)|一个月多少钱|月费|年费|(?:有|开|办)会员|充了` +
	// (Which plan to buy, 「我该买chatgpt plus还是claude pro」; where renting or buying compute
	// is cheapest, 「这个月哪家云厂商租gpu最便宜」.)
	`|(?:买|开|订|续)[^，,。？?！!]{0,12}(?:plus|pro|max|ultra)(?:$|[^a-z])` +
	`|哪家[^，,。？?！!]{0,12}(?:最便宜|便宜|划算|性价比)|(?:租|买)[^，,。？?！!]{0,8}(?:gpu|显卡|算力|服务器|云主机)[^，,。？?！!]{0,8}(?:便宜|多少钱|价格|划算)` +
	// (A plan's price said outright: 「pro 要200刀一个月」.)
	`|\d+\s*(?:刀|块|元|美元|美金)\s*(?:一个月|每月|/月)|(?:一个月|每月|月付)\s*\d+\s*(?:刀|块|元|美元|美金)` +
	// (An account or key banned, the balance left on it; what a company spends on ads.)
	`|(?:key|账号|账户|帐号)[^，,。？?！!]{0,4}被封|余额|投流|广告费|营销费|推广费` +
	`|(?:咋|怎么|如何|能不能|能)付(?:款|钱|费)|(?:会不会|以后|将来|迟早)[^，,。？?！!]{0,4}收(?:钱|费)` +
	`|(?:聊天记录|对话记录|历史记录|记录)[^，,。？?！!]{0,6}(?:导出|备份|同步|恢复|找回)|一直(?:加载|转|卡)|刷新[^，,。？?！!]{0,2}没用` +
	`|硅脂|散热器|(?:显卡|cpu|电脑|笔记本|手机)[^，,。？?！!]{0,3}(?:温度|发烫|过热)|` + devices + `[^，,。？?！!]{0,6}(?:跑分|benchmark|性能测试)` +
	// A budget for a purchase (「推荐个配置 预算一万」「预算八千推荐哪款」): a shop's question, whatever
	// is bought.
	`|预算[^，,。？?！!]{0,4}(?:\d{3,}|(?:\d+|[一二两三四五六七八九十几]+)\s*(?:千|万|k|w|块|元))` +
	`|(?:word|excel|ppt|wps|表格|文档)里?[^，,。？?！!]{0,8}(?:怎么|咋|如何)(?:对齐|排版|设置|合并|加页码|换行|求和)` +
	// Putting a video into a web page or a slide (「网页里怎么嵌入b站视频」): 嵌入 of a page, not
	// the embeddings of a model.
	`|(?:网页|网站|博客|公众号|html|ppt|word|文档)[^，,。？?！!]{0,10}(?:嵌入|插入)[^，,。？?！!]{0,8}(?:视频|图片|音乐|地图)`)

// deviceTroubleRe is a device that runs slow, jams or fails (「电脑越用越慢」「手机卡死了」).
var deviceTroubleRe = regexp.MustCompile(devices + `[^，,。？?！!]{0,6}(?:越用越慢|很慢|好慢|这么慢|那么慢|太慢|变慢|慢得|卡顿|很卡|好卡|这么卡|太卡|老卡|卡死|死机|重启|开不了机|黑屏|蓝屏|中毒)`)

// devices are a phone, a computer or their chips named (「iphone16」「骁龙8」「4090」), whose
// 跑分 is a benchmark app's score, not a model's. (Not a maker that trains models too, nor a
// year: 「2024 年跑分最高的模型」.)
const devices = `(?:手机|平板|电脑|笔记本|显卡|cpu|处理器|芯片|iphone|骁龙|天玑|麒麟|rtx|gtx|[3-5]0[5-9]0(?:ti)?)`

// toolAskRe finds a reader looking for an app, a website or a device: getting an app (在哪下载),
// its name (那个软件叫啥, 有哪些网站), one for a task (「有啥浏览器插件能……」「推荐个能去水印的网站」
// 「vscode 装哪个补全插件好」), a device's specs. These are the report's when they are about a
// model or its weights (modelDownloadRe).
var toolAskRe = regexp.MustCompile(`在哪下载|哪里下载|哪儿下载|咋下载|怎么下载|下载地址|(?:软件|网站|app|小程序|工具|插件)(?:叫啥|叫什么|有哪些|有啥)` +
	`|(?:有啥|有什么|有没有|有哪些|推荐(?:个|一个|几个|一下)?|求(?:个|一个))[^，,。？?！!]{0,14}(?:软件|网站|app|小程序|插件|浏览器扩展)` +
	`|(?:装|下|用|选)哪(?:个|款)[^，,。？?！!]{0,10}(?:软件|网站|app|小程序|插件)` +
	`|(?:手机|电脑|笔记本|平板|相机)的?(?:参数|配置)(?:怎么样|咋样|如何|好不好|高不高)` +
	// A free app for a task (「有没有免费的ai做ppt工具」「哪个ai画图软件免费」), not a free plan of
	// a chat service (「免费用户能用吗」), which the FAQ on pricing explains.
	`|免费的?[^，,。？?！!]{0,10}(?:软件|网站|app|小程序|工具)|(?:软件|网站|app|小程序|工具)[^，,。？?！!]{0,2}(?:免费|不要钱)` +
	`|(?:软件|网站|app|小程序|工具)[^，,。？?！!]{0,2}哪(?:个|款)(?:好用|最好|好)` +
	// Which keyboard app (「手机上哪个ai输入法最好用」): the 输入法 of the language-model entry is an
	// analogy.
	`|哪(?:个|款)[^，,。？?！!]{0,6}输入法|输入法[^，,。？?！!]{0,4}哪(?:个|款)`)

// quotedRe finds a span in quotation marks.
var quotedRe = regexp.MustCompile(`「[^」]*」|“[^”]*”|"[^"]*"`)

// modelDownloadRe finds a model or its weights, of which the report does speak (「qwen 的权重在
// 哪下载」「有啥软件能在本地跑大模型」「手机的配置怎么样才能跑模型」).
var modelDownloadRe = regexp.MustCompile(`权重|模型|gguf|hugging\s?face`)

// adviceRe finds what only a school, an employer or a broker answers: finding a job (找工作,
// 跳槽, 年薪, a job interview's questions), studying for an exam or in a class (考研, 培训班, 报哪
// 个机构, 考什么证, a child's marks, which subject to study), learning a skill (「零基础学python
// 要多久」「从哪学起」「python怎么入门」), a company's shares (股票,
// where a share price goes, 上市) and quant trading (量化交易, which is no quantization of a
// model's weights). The report explains
// how models work; it gives no career, study or investment advice, and no derivations
// (「链式法则能推导一下吗」: it explains in words, without formulas). (Not 查股价: a tool call
// fetches it. Not 面试题: OpenAI's research-engineer interview questions are an evaluation the
// report describes. Not 工资 or 简历 alone: the FAQ on jobs speaks of wages, the entry on bias
// of screening résumés.)
var adviceRe = regexp.MustCompile(`推导(一下|一遍|过程|出来)|(公式|数学)推导|一步一步(写|推)|推一遍|找工作|求职|跳槽|年薪|薪资|薪水|考研|考公|培训班|培训机构|报(哪个|什么|啥)(机构|班)|股票|股价[^的，,。？?]{0,2}(还|会|能|咋|怎么|为啥|为什么|多少)|市值|上市|面试[^题，,。？?！!]{0,4}(问|考)(啥|什么|哪些)|手撕代码` +
	// Whether to keep after a client (「客户拒绝三次了还要不要继续跟」): a salesperson's call.
	`|(?:要不要|该不该|还要不要|值不值得)继续跟(?:进)?` +
	`|(零基础|自学)[^，,。？?]{0,3}学|学[^，,。？?\s]{1,10}要多久|从哪(里|儿)?(开始)?学起|入门(书|教程|课程?)[^，,。？?]{0,4}(推荐|哪)|量化(交易|投资|基金|私募|策略|炒股)|考(什么|啥|哪些|哪个)证` +
	`|(怎么|如何|咋)入门|先学哪(个|门)|先学[^会习，,。？?！!\s]{1,12}还是|几岁(开始)?学|能(不能)?学(ai|人工智能|编程|python|机器学习)|专业好就业|就业前景|(学|报|选)[^，,。？?\s]{0,6}专业` +
	`|成绩(差|不好|下滑|怎么提高|咋提高)|没及格|不及格|提分|老是考不好|总是考不好|没考好|考砸` +
	// A job at a lab (「招人吗」「应届生好进不」), a résumé (「简历写啥关键词容易过」), a
	// company's funding (「又融了多少钱」) or the reader's own (「注册一家 ai 公司」), and a school's plagiarism and AI-writing checks
	// (「aigc检测率咋降」「查重」).
	`|招人(吗|不|要求|条件)|招不招人|招聘要求|校招|应届生?|内推|实习生?[^，,。？?]{0,3}(好进|难进|要求|待遇)|简历[^。？?！!]{0,12}(咋写|怎么写|如何写|写啥|写什么|关键词)` +
	`|融资[^，,。？?]{0,4}(多少|几轮|金额)|融了[^，,。？?]{0,4}(多少|几)|估值(多少|几|是多少)` +
	`|注册(一家|一个|个)?[^，,。？?\s]{0,8}公司|经营范围|营业执照|工商注册` +
	`|查重|降重|(aigc|ai)(检测)?率|检测率[^，,。？?]{0,6}(降|高)` +
	// Finding work after a layoff (「被裁了 想找……的工作 哪个招聘网站好」), money promised by a
	// project (「月收益30%」「入场」), a child's attention span, a term's exams, a major's courses.
	`|被裁|招聘(网站|平台|app|软件)|找[^，,。？?]{1,10}的工作|月收益|年化|收益率|回报率|理财|入场|割韭菜|资金盘` +
	`|(注意力|专注力)(差|不集中|不好|不够|训练)|期末|期中考` +
	// Coins (「比特币说的token和代币是一回事不」): a token there is money, not a piece of text.
	`|代币|币圈|炒币|空投|挖矿|比特币|以太坊|加密货币|虚拟货币|数字货币` +
	// A major's courses and exams (「人工智能专业大一要学高数吗 挂科率高不」).
	`|挂科|高数|专业[^，,。？?\s]{0,6}(要学|学什么|学啥|课程|课多)`)

// lawAskRe finds a question on the law of what one person does: fines, the police, a sentence.
// (Not the lawsuits over training data, 「作家为啥起诉 openai」, which the report explains.)
var lawAskRe = regexp.MustCompile(`罚款|罚多少|报警|立案|坐牢|判刑|判几年|犯法|违法吗|违不违法|合不合法|维权|找律师`)

// trainingLawRe is a question on the law of training data, which the report explains
// (「用网上的文章训练ai犯法吗」), not one person's acts.
var trainingLawRe = regexp.MustCompile(`训练|版权|著作权|数据`)

// vectorHit is a passage the vector index found, with its similarity to the query.
type vectorHit struct {
	passage    int
	similarity float64
}

// vectorSlack is how many passages beyond n the vector index is asked for, so that passages
// tied at the cut are all seen before the ranking is cut to n.
const vectorSlack = 8

// vectorRanking returns at most n passages similar to a text, best first. chromem-go ranks
// equal similarities in whatever order its workers finish, which under load differs from one
// search to the next, and fills its n with passages of no similarity at all; those are left
// out and ties are ordered here by passage number, so a question finds the same passages, and
// the reader reads the same answer, every time.
func (ix *Index) vectorRanking(ctx context.Context, text string, n int) ([]vectorHit, error) {
	if ix.sparse != nil {
		q, err := ix.embed(ctx, text)
		if err != nil {
			return nil, fmt.Errorf("searching the vector index: embedding the question: %w", err)
		}
		return ix.sparse.rank(asQueried(q), n), nil
	}
	res, err := ix.coll.Query(ctx, text, min(n+vectorSlack, len(ix.passages)), nil, nil)
	if err != nil {
		return nil, fmt.Errorf("searching the vector index: %w", err)
	}
	out := make([]vectorHit, 0, len(res))
	for _, r := range res {
		if r.Similarity <= 0 {
			continue // shares nothing with the query: no vote, and chromem-go's pick among them is arbitrary
		}
		i, err := strconv.Atoi(r.Metadata["i"])
		if err != nil {
			return nil, fmt.Errorf("searching the vector index: bad passage number %q", r.Metadata["i"])
		}
		out = append(out, vectorHit{passage: i, similarity: float64(r.Similarity)})
	}
	slices.SortFunc(out, func(a, b vectorHit) int {
		if c := cmp.Compare(b.similarity, a.similarity); c != 0 {
			return c
		}
		return a.passage - b.passage
	})
	return out[:min(n, len(out))], nil
}

// AsksForAdvice reports whether a question asks for career, study, investment or legal advice
// (see adviceRe and lawAskRe).
func AsksForAdvice(q string) bool {
	low := quotedRe.ReplaceAllString(strings.ToLower(q), "")
	return adviceRe.MatchString(low) || gradeRe.MatchString(low) && !aiExamRe.MatchString(low) || lawAskRe.MatchString(low) && !trainingLawRe.MatchString(low)
}

// gradeRe is a mark the reader got in an exam (「孩子数学考了60分」), a matter for their teacher;
// aiExamRe is an exam an AI sat (「电视上说人工智能考试考了高分」), which the section on human
// exams explains.
var (
	gradeRe  = regexp.MustCompile(`考了[^多几，,。？?]{0,6}分`)
	aiExamRe = regexp.MustCompile(`(?:` + assistantNames + `|模型|机器人|机器)[^，,。？?！!]{0,8}考`)
)

// AsksForService reports whether a question asks for a product's service, or the day's news,
// rather than about what the report explains (see serviceRe, toolAskRe and newsAskRe).
func AsksForService(q string) bool {
	// (Words in quotation marks are mentioned, not asked: 「为啥问「怎么退钱」搜不到「退款流程」」
	// asks about keyword search.)
	low := quotedRe.ReplaceAllString(strings.ToLower(q), "")
	return serviceRe.MatchString(low) || toolAskRe.MatchString(low) && !modelDownloadRe.MatchString(low) || newsAskRe.MatchString(low)
}

// newsAskRe asks for the news of the day (「今天ai圈有啥新闻」), which a news site answers and
// no report does; not why a model cannot tell it (「ai 为啥说不出昨天的新闻」).
var newsAskRe = regexp.MustCompile(`(今天|今日|最近|近期|这两天|这几天|这周|本周|昨天|这个月|本月)[^，,。？?！!]{0,8}(有啥|有什么|有哪些|出了啥|出了什么|发生了啥|发生了什么)[^，,。？?！!]{0,4}(新闻|消息|大事|动态|新鲜事|热点)`)

// orderWithinEntries ranks the passages of every named entry by the question's terms other
// than the names (then in reading order) and returns each passage's place in its entry.
func (ix *Index) orderWithinEntries(named map[string]float64, weights map[string]float64, fields []string, why, defining bool) map[int]int {
	if len(named) == 0 {
		return nil
	}
	// Every name of a named entry is left out, not just the one the question used: the
	// expansion adds the others, and the entry's title, in every one of its passages, holds
	// them all.
	var entries []*entity
	nameTerms := map[string]bool{}
	for i := range ix.entities {
		if e := &ix.entities[i]; named[e.anchor] > 0 {
			entries = append(entries, e)
			for _, t := range e.terms {
				nameTerms[t] = true
			}
		}
	}
	rest := map[string]float64{}
	for t, w := range weights {
		if !nameTerms[t] {
			rest[t] = w
		}
	}
	score := map[int]float64{}
	if len(rest) > 0 {
		for _, s := range ix.lex.search(rest, ix.rank.bm25) {
			if named[ix.passages[s.doc].Anchor] > 0 {
				score[s.doc] = s.score
			}
		}
	}
	// A passage holding a key-facts field the question asks for (「发布时间：」) comes first.
	answers := map[int]bool{}
	for _, e := range entries {
		for _, d := range e.passages {
			answers[d] = holdsField(ix.passages[d].Text, fields)
		}
	}
	place := map[int]int{}
	for _, e := range entries {
		docs := slices.Clone(e.passages)
		// Asked why, the passage that says why (「……的意义在于」), unless it shares nothing
		// else with the question and another passage does: 「为啥 o1 回答那么慢」 is answered by
		// 「思考需要时间，回答更慢」, not by the significance of o1.
		matched := slices.ContainsFunc(docs, func(d int) bool { return score[d] > 0 })
		saysIt := func(d int) bool { return why && saysWhy(ix.passages[d].Text) && (score[d] > 0 || !matched) }
		sort.SliceStable(docs, func(a, b int) bool {
			if answers[docs[a]] != answers[docs[b]] {
				return answers[docs[a]]
			}
			if wa, wb := saysIt(docs[a]), saysIt(docs[b]); wa != wb {
				return wa
			}
			// Asked what a model is or how it differs, and no key fact, with nothing its passages
			// tell much apart (「o1跟gpt4o有啥区别」), the passage that says what the model is,
			// not its list of key facts, which matches any question in some word of its many.
			if fa, fb := factsList(ix.passages[docs[a]].Text), factsList(ix.passages[docs[b]].Text); fa != fb && defining && len(fields) == 0 && strings.HasPrefix(e.anchor, "model-") {
				facts, other := score[docs[a]], score[docs[b]]
				if fb {
					facts, other = other, facts
				}
				if facts < factsMargin*other || other == facts {
					return fb
				}
			}
			return score[docs[a]] > score[docs[b]]
		})
		for j, d := range docs {
			place[d] = j
		}
	}
	return place
}

// factsMargin is how much better a model's key facts must match a question that asks none of
// them to stand for the model before the passage that says what it is.
const factsMargin = 2

// expand returns the other names of every glossary entry the text names, so 「hallucination」
// finds 幻觉 and 「混合专家」 finds MoE.
func (ix *Index) expand(text string) []string {
	norm := stemPhrase(Normalize(text))
	rarest := ix.maxWeight(ix.keyTerms(text))
	var out []string
	seen := map[string]bool{}
	for _, g := range ix.entities {
		if !strings.HasPrefix(g.anchor, "term-") {
			continue // only concepts have the Chinese/English name pairs worth adding
		}
		hit := ""
		for _, n := range g.names {
			if containsName(norm, n) {
				hit = n
				break
			}
		}
		// A common name (「AI」) is expanded only when it is what the question is about, not
		// when it is the mere subject of a question about something rarer: 「AI 为什么会拍马屁」
		// asks about sycophancy, and the definition of artificial intelligence is no answer.
		if hit == "" || (ix.nameSpec(hit) < expandMinSpec && ix.maxWeight(Tokens(hit)) < rarest) {
			continue
		}
		// (Nor a name said only as a word of another's: 「chatbot」 of 「Chatbot Arena」 is no
		// chatbot.)
		if isLatin(hit) && ix.onlyWithinLonger(norm, hit, g.anchor) {
			continue
		}
		for _, n := range g.names {
			if n != hit && !seen[n] && !strings.Contains(norm, n) {
				seen[n] = true
				out = append(out, n)
			}
		}
	}
	return out
}

// onlyWithinLonger reports whether every time text says name, it says it as a word of a longer
// name of another entry (「chatbot」 in 「chatbot arena」). (Asked of Latin names: a Chinese
// name inside a longer one, 「指令微调」 in 「指令微调模型」, may still be what is asked.)
func (ix *Index) onlyWithinLonger(text, name, anchor string) bool {
	within := 0
	for _, e := range ix.entities {
		if e.anchor == anchor {
			continue
		}
		for _, n := range e.names {
			if len(n) > len(name) && containsName(n, name) {
				within += len(nameSpans(text, n))
			}
		}
	}
	return within > 0 && within >= len(nameSpans(text, name))
}

// expandMinSpec is the specificity below which a name counts as common.
const expandMinSpec = 0.6

// containsName reports whether a normalised name occurs in text; a Latin name must stand as a
// whole word, so "rl" does not fire inside "world".
func containsName(text, name string) bool {
	return len(nameSpans(text, name)) > 0
}

// nameSpans returns the byte spans where a normalised name occurs in text as a whole word.
func nameSpans(text, name string) [][2]int {
	if !isLatin(name) && len([]rune(name)) < 2 {
		return nil
	}
	var out [][2]int
	for from := 0; from < len(text); {
		i := strings.Index(text[from:], name)
		if i < 0 {
			break
		}
		i += from
		end := i + len(name)
		if !isLatin(name) || ((i == 0 || !isWordByte(text[i-1])) && (end == len(text) || !isWordByte(text[end]))) {
			out = append(out, [2]int{i, end})
		}
		from = i + 1
	}
	return out
}

func isLatin(s string) bool {
	for _, r := range s {
		if r > 0x7f {
			return false
		}
	}
	return true
}

func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= '0' && b <= '9'
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }
