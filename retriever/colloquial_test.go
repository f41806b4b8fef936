package retriever

import (
	"maps"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"llmtutor/corpus"
)

func TestParseColloquial(t *testing.T) {
	tests := []struct {
		name    string
		text    string
		want    map[string]string
		wantErr string // a part of the error message; "" when parsing must succeed
	}{
		{
			name: "terms, comments and blank lines",
			text: "# 注释\n\n幻觉：胡编乱造 瞎编\n  \n谄媚：认怂\t拍马屁 \n# 谄媚：不算\n",
			want: map[string]string{"胡编乱造": "幻觉", "瞎编": "幻觉", "认怂": "谄媚", "拍马屁": "谄媚"},
		},
		{name: "empty file", text: "", want: map[string]string{}},
		{name: "windows line ends", text: "幻觉：瞎编\r\n谄媚：认怂\r\n", want: map[string]string{"瞎编": "幻觉", "认怂": "谄媚"}},
		{name: "phrases separated by a full-width space", text: "幻觉：瞎编\u3000乱编", want: map[string]string{"瞎编": "幻觉", "乱编": "幻觉"}},
		{name: "ascii colon", text: "幻觉:瞎编", wantErr: "no 「：」"},
		{name: "empty term", text: "：瞎编", wantErr: "empty term"},
		{name: "no phrases", text: "幻觉：  ", wantErr: "no phrases"},
		{name: "term on two lines", text: "幻觉：瞎编\n幻觉：乱编", wantErr: "already has line 1"},
		{name: "phrase twice under one term", text: "幻觉：瞎编 瞎编", wantErr: "already listed"},
		{name: "phrase under two terms", text: "幻觉：瞎编\n谄媚：瞎编", wantErr: `already listed under "幻觉"`},
		{name: "single character", text: "幻觉：编", wantErr: "has 1 characters"},
		{name: "too long", text: "幻觉：一本正经地胡说八道呀", wantErr: "has 10 characters"},
		{name: "punctuation", text: "幻觉：胡编，乱造", wantErr: "not a Chinese character"},
		{name: "latin letters", text: "幻觉：ai瞎编", wantErr: "not a Chinese character"},
		{name: "second colon inside the phrases", text: "幻觉：瞎编：乱编", wantErr: "not a Chinese character"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := parseColloquial(tt.text)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("parseColloquial(%q) error = %v, want one containing %q", tt.text, err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("parseColloquial(%q): %v", tt.text, err)
			}
			if !maps.Equal(got, tt.want) {
				t.Errorf("parseColloquial(%q) = %v, want %v", tt.text, got, tt.want)
			}
		})
	}
}

// reportText is every heading and block of the report, the text a term must come from.
func reportText(r *corpus.Report) string {
	var b strings.Builder
	for _, s := range r.AllSections() {
		b.WriteString(s.Title)
		b.WriteByte('\n')
		for _, bl := range s.Blocks {
			for _, it := range bl.Items {
				b.WriteString(it.Markdown)
				b.WriteByte('\n')
			}
		}
	}
	return b.String()
}

// glossaryNames are the names of the report's concept entries: 「幻觉（Hallucination）」 is 幻觉.
func glossaryNames(r *corpus.Report) map[string]bool {
	names := map[string]bool{}
	for _, s := range r.Terms() {
		name, _, _ := strings.Cut(s.Title, "（")
		names[strings.TrimSpace(name)] = true
	}
	return names
}

// minTermCount is how often a word must occur in the report to serve as a term when it is not
// the name of a concept entry: a word the report uses in passing is no place to send a reader.
// (Nor need a word that the opening sentence of a FAQ's answer says, what the answer is about:
// 「大语言模型「懂不懂」……」 is where 「它是真懂吗」 is answered.)
const minTermCount = 5

// faqOpenings are the opening sentences of the FAQ's answers.
func faqOpenings(r *corpus.Report) []string {
	var out []string
	for _, s := range r.AllSections() {
		if !strings.HasPrefix(s.Anchor, "faq-") {
			continue
		}
		for _, b := range s.Blocks {
			if b.Kind == corpus.Paragraph {
				first, _, _ := strings.Cut(b.PlainText(), "。")
				out = append(out, first)
				break
			}
		}
	}
	return out
}

func TestColloquialFile(t *testing.T) {
	thesaurus, err := parseColloquial(colloquialText)
	if err != nil {
		t.Fatalf("colloquial.txt does not parse: %v", err)
	}
	byTerm := map[string][]string{}
	for p, term := range thesaurus {
		byTerm[term] = append(byTerm[term], p)
	}
	if len(byTerm) < 50 || len(thesaurus) < 300 {
		t.Errorf("colloquial.txt has %d terms and %d phrases; it is meant to cover the report's concepts broadly", len(byTerm), len(thesaurus))
	}

	r, err := corpus.Embedded()
	if err != nil {
		t.Fatalf("parsing the embedded report: %v", err)
	}
	text := reportText(r)
	names := glossaryNames(r)
	openings := faqOpenings(r)
	for term := range byTerm {
		opens := slices.ContainsFunc(openings, func(o string) bool { return strings.Contains(o, term) })
		if c := strings.Count(text, term); !names[term] && !opens && c < minTermCount {
			t.Errorf("term %q is not the name of a concept entry and occurs %d times in the report, want at least %d", term, c, minTermCount)
		}
	}

	// Independently of the parser: every whitespace-separated word right of a colon is a
	// phrase of 2–8 Chinese characters, listed once in the whole file.
	seen := map[string]int{}
	for i, line := range strings.Split(colloquialText, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		_, rest, _ := strings.Cut(line, "：")
		for _, p := range strings.Fields(rest) {
			if prev, dup := seen[p]; dup {
				t.Errorf("line %d: phrase %q is already on line %d", i+1, p, prev)
			}
			seen[p] = i + 1
			if n := utf8.RuneCountInString(p); n < 2 || n > 8 {
				t.Errorf("line %d: phrase %q has %d characters", i+1, p, n)
			}
			if strings.ContainsFunc(p, func(r rune) bool { return !unicode.Is(unicode.Han, r) }) {
				t.Errorf("line %d: phrase %q holds something other than Chinese characters", i+1, p)
			}
		}
	}

	for p, term := range thesaurus {
		// The retriever matches against normalised text; a phrase that normalisation changes
		// would never match.
		if Normalize(p) != p {
			t.Errorf("phrase %q (%s) changes under Normalize to %q", p, term, Normalize(p))
		}
		// A phrase holding another term's name would pull the reader towards both.
		for other := range byTerm {
			if other != term && strings.Contains(p, other) {
				t.Errorf("phrase %q of %s contains the term %q", p, term, other)
			}
		}
		// A phrase inside a phrase of another term makes the rewrite depend on match order:
		// a question holding the longer one also holds the shorter one.
		for q, qTerm := range thesaurus {
			if qTerm != term && q != p && strings.Contains(q, p) {
				t.Errorf("phrase %q of %s lies inside phrase %q of %s", p, term, q, qTerm)
			}
		}
	}
}

func TestParaphrase(t *testing.T) {
	th := newThesaurus(map[string]string{"胡编乱造": "幻觉", "瞎编": "幻觉", "认怂": "谄媚", "人设": "系统提示词", "一个字一个字": "自回归", "往外蹦": "自回归", "大海捞针": "长上下文"})
	// A stand-in for the dictionary: 「设计」 is a word, so 「人设」 in 「由人设计」 cuts it.
	spans := func(rs []rune) [][2]int {
		out := make([][2]int, len(rs))
		for i := range rs {
			out[i] = [2]int{i, i + 1}
		}
		for i := 0; i+1 < len(rs); i++ {
			if string(rs[i:i+2]) == "设计" {
				out[i], out[i+1] = [2]int{i, i + 2}, [2]int{i, i + 2}
			}
		}
		return out
	}
	used := func(p string) bool { return p == "大海捞针" }
	for _, c := range []struct{ in, want string }{
		{"为啥 ai 会胡编乱造", "为啥 ai 会幻觉"},
		{"一反驳就认怂", "一反驳就谄媚"},
		{"它的人设是谁定的", "它的系统提示词是谁定的"},
		{"由人设计的", "由人设计的"},                // 「人设」 would cut 「设计」
		{"为啥要一个字一个字往外蹦", "为啥要自回归"},        // two phrases of one term, said once
		{"「大海捞针」测试是啥", "「大海捞针 长上下文」测试是啥"}, // the report's own word stays
		{"没有要改的", "没有要改的"},
	} {
		if got := th.paraphrase(c.in, spans, used); got != c.want {
			t.Errorf("paraphrase(%q) = %q, want %q", c.in, got, c.want)
		}
	}

	// Other Chinese translations of a term (the file's 别译 section and the lines it extended)
	// become the report's translation.
	phrases, err := parseColloquial(colloquialText)
	if err != nil {
		t.Fatalf("colloquial.txt does not parse: %v", err)
	}
	file := newThesaurus(phrases)
	for _, c := range []struct{ in, want string }{
		{"投机解码是怎么加速的", "推测解码是怎么加速的"},
		{"模型会骗人吗", "模型欺骗与谋划吗"},
		{"大模型会教人做生化武器吗", "大模型会教人做灾难性风险吗"},
		{"专家混合为啥省算力", "混合专家为啥省算力"},
		{"规模定律是谁提出的", "缩放定律是谁提出的"},
		{"情境学习和微调有啥区别", "上下文学习和微调有啥区别"},
		{"链式思考是什么", "思维链是什么"},
		{"集束搜索和贪婪解码哪个好", "束搜索和贪心解码哪个好"},
		{"随机失活有什么用", "正则化有什么用"}, // Dropout
		{"批量大小怎么选", "批大小怎么选"},
		{"低秩适应为什么便宜", "低秩适配为什么便宜"},
		{"模型坍塌是怎么回事", "模型崩溃是怎么回事"},
		{"指令跟随能力怎么测", "指令遵循能力怎么测"},
		{"层标准化放在哪里", "层归一化放在哪里"},
		{"准备度框架分几级", "Preparedness 框架分几级"},
		// A Latin term stands apart from the Latin letters beside it, and is not said twice when
		// the reader wrote it just before (in other capitals).
		{"chatbot arena大模型竞技场咋排名的", "chatbot arena咋排名的"},
		{"lmsys大模型竞技场咋排名的", "lmsys Chatbot Arena咋排名的"},
	} {
		if got := file.paraphrase(c.in, nil, nil); got != c.want {
			t.Errorf("paraphrase(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
