package corpus

import (
	"bufio"
	"net/url"
	"os"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
)

// These tests hold the embedded report to the project's content requirements
// (/work/shared/spec/requirements.md): how many entries of each kind it has, and that each is
// complete. TestEmbeddedReportIsValid checks the format; these check the substance.

var (
	embeddedOnce sync.Once
	embeddedRep  *Report
	embeddedErr  error
)

func embeddedReport(t *testing.T) *Report {
	t.Helper()
	embeddedOnce.Do(func() { embeddedRep, embeddedErr = Embedded() })
	if embeddedErr != nil {
		t.Fatalf("parsing the embedded report: %v", embeddedErr)
	}
	return embeddedRep
}

// primaryTypes are the source types that count as primary; docs also counts for benchmarks,
// metrics and evaluations, whose official documentation is where their rules live.
var (
	primaryTypes     = map[string]bool{"paper": true, "announcement": true, "system-card": true, "model-card": true, "repo": true}
	evalSourceTypes  = map[string]bool{"paper": true, "announcement": true, "system-card": true, "model-card": true, "repo": true, "docs": true}
	englishInHeading = regexp.MustCompile(`（[^）]*[A-Za-z][^）]*）`)
)

const (
	minTerms  = 150
	minModels = 18
)

func TestTermEntries(t *testing.T) {
	r := embeddedReport(t)
	terms := r.Terms()
	if len(terms) < minTerms {
		t.Errorf("the report has %d concept entries (term-…); at least %d are required", len(terms), minTerms)
	}
	for _, s := range terms {
		where := s.Chapter.File + ": " + s.Anchor
		if !englishInHeading.MatchString(s.Title) {
			t.Errorf("%s: heading %q has no English term in full-width parentheses", where, s.Title)
		}
		if n := HanCount(s); n < MinTermHan {
			t.Errorf("%s: %d Chinese characters; at least %d", where, n, MinTermHan)
		}
		links := 0
		for _, b := range s.Blocks {
			for _, it := range b.Items {
				for _, target := range LinkTargets(it.Markdown) {
					anchor, ok := strings.CutPrefix(target, "#")
					if !ok || anchor == s.Anchor {
						continue
					}
					if _, exists := r.Section(anchor); exists {
						links++
					}
				}
			}
		}
		if links == 0 {
			t.Errorf("%s: links to no other existing entry", where)
		}
	}
}

// listed is one row of testdata/benchmarks.tsv: a benchmark, metric or evaluation of
// /work/shared/spec/benchmarks.yaml (or a classic benchmark), the anchor of its entry and the
// sources it appears in.
type listed struct {
	anchor, name string
	appearsIn    []string // labels: R1, o1, o3-mini, other; "(uncertain)" after a label
	line         int
}

func readListed(t *testing.T) []listed {
	t.Helper()
	f, err := os.Open("testdata/benchmarks.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []listed
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if strings.HasPrefix(line, "#") || strings.TrimSpace(line) == "" {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) != 3 {
			t.Fatalf("testdata/benchmarks.tsv:%d: %d columns, want 3 (anchor, name, appears_in)", n, len(cols))
		}
		out = append(out, listed{anchor: cols[0], name: cols[1], appearsIn: strings.Split(cols[2], ","), line: n})
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if len(out) == 0 {
		t.Fatal("testdata/benchmarks.tsv lists nothing")
	}
	return out
}

// appearsInLabels maps the list's source labels to the names the report's 出现在 field uses.
var appearsInLabels = map[string]string{"R1": "DeepSeek-R1 报告", "o1": "OpenAI o1", "o3-mini": "OpenAI o3-mini", "other": "其他"}

// expectedAppearsIn turns a row's labels into report names, each confirmed or not.
func expectedAppearsIn(t *testing.T, l listed) AppearsIn {
	t.Helper()
	want := AppearsIn{}
	for _, label := range l.appearsIn {
		label = strings.TrimSpace(label)
		confirmed := true
		if base, ok := strings.CutSuffix(label, "(uncertain)"); ok {
			label, confirmed = strings.TrimSpace(base), false
		}
		name, ok := appearsInLabels[label]
		if !ok {
			t.Fatalf("testdata/benchmarks.tsv:%d: unknown source label %q", l.line, label)
		}
		want[name] = confirmed
	}
	return want
}

func TestListedTestData(t *testing.T) {
	rows := readListed(t)
	seen := map[string]int{}
	counts := map[string]int{}
	for _, l := range rows {
		if prev, dup := seen[l.anchor]; dup {
			t.Errorf("testdata/benchmarks.tsv:%d: anchor %s is also on line %d", l.line, l.anchor, prev)
		}
		seen[l.anchor] = l.line
		if !validAnchor.MatchString(l.anchor) {
			t.Errorf("testdata/benchmarks.tsv:%d: anchor %q is not kebab-case", l.line, l.anchor)
		}
		kind := kindOf(l.anchor)
		switch kind {
		case KindBenchmark:
			counts["bench"]++
		case KindMetric:
			counts["metric"]++
		case KindEval:
			counts["eval"]++
		default:
			t.Errorf("testdata/benchmarks.tsv:%d: anchor %s is not a bench-, metric- or eval- anchor", l.line, l.anchor)
		}
		expectedAppearsIn(t, l)
	}
	// benchmarks.yaml has 29 metrics and 74 benchmarks and evaluations (34 capability
	// benchmarks, 40 safety and preparedness evaluations); the classics add 9 benchmarks, and Humanity's Last Exam 1.
	want := map[string]int{"metric": 29, "bench": 34 + 9 + 1, "eval": 40}
	for k, n := range want {
		if counts[k] != n {
			t.Errorf("testdata/benchmarks.tsv has %d %s rows, want %d", counts[k], k, n)
		}
	}
}

func TestListedBenchmarksHaveEntries(t *testing.T) {
	r := embeddedReport(t)
	for _, l := range readListed(t) {
		if kindOf(l.anchor) != KindBenchmark {
			continue
		}
		s, ok := r.Section(l.anchor)
		if !ok {
			t.Errorf("benchmark %s (%s) has no entry {#%s}", l.name, strings.Join(l.appearsIn, ", "), l.anchor)
			continue
		}
		var value string
		found := false
		for _, f := range s.Fields() {
			if f.Name == "出现在" {
				value, found = f.Value, true
			}
		}
		if !found {
			t.Errorf("%s:%d: %s has no 出现在 field", s.Chapter.File, s.Line, l.anchor)
			continue
		}
		got, err := ParseAppearsIn(value)
		if err != nil {
			t.Errorf("%s:%d: %s: %v", s.Chapter.File, s.Line, l.anchor, err)
			continue
		}
		want := expectedAppearsIn(t, l)
		for name, confirmed := range want {
			gotConfirmed, named := got[name]
			switch {
			case confirmed && !named:
				t.Errorf("%s:%d: %s: 出现在 %q does not name %s, where the benchmark appears", s.Chapter.File, s.Line, l.anchor, value, name)
			case confirmed && !gotConfirmed:
				t.Errorf("%s:%d: %s: 出现在 %q marks %s （未确认）, but it is confirmed", s.Chapter.File, s.Line, l.anchor, value, name)
			case !confirmed && named && gotConfirmed:
				t.Errorf("%s:%d: %s: 出现在 %q names %s as confirmed; it could not be confirmed: mark it （未确认） or leave it out", s.Chapter.File, s.Line, l.anchor, value, name)
			}
		}
		for name := range got {
			if _, listed := want[name]; !listed {
				t.Errorf("%s:%d: %s: 出现在 %q names %s, which the list does not give for %s", s.Chapter.File, s.Line, l.anchor, value, name, l.name)
			}
		}
	}
}

func TestListedEvaluationsAndMetricsHaveEntries(t *testing.T) {
	r := embeddedReport(t)
	for _, l := range readListed(t) {
		kind := kindOf(l.anchor)
		if kind != KindEval && kind != KindMetric {
			continue
		}
		s, ok := r.Section(l.anchor)
		if !ok {
			t.Errorf("%s (%s) has no entry {#%s}", l.name, strings.Join(l.appearsIn, ", "), l.anchor)
			continue
		}
		if s.Kind != kind {
			t.Errorf("%s:%d: section %s has kind %d, want %d", s.Chapter.File, s.Line, l.anchor, s.Kind, kind)
		}
	}
}

// citedTypes returns the types of the sources a section cites.
func citedTypes(r *Report, s *Section) []string {
	var out []string
	for _, b := range s.Blocks {
		for _, k := range b.Citations() {
			if src, _, ok := r.Source(k); ok {
				out = append(out, src.Type)
			}
		}
	}
	return out
}

func citesOneOf(r *Report, s *Section, types map[string]bool) bool {
	for _, ty := range citedTypes(r, s) {
		if types[ty] {
			return true
		}
	}
	return false
}

func TestEvaluationEntriesCitePrimarySources(t *testing.T) {
	r := embeddedReport(t)
	n := 0
	for _, s := range r.AllSections() {
		switch s.Kind {
		case KindBenchmark, KindMetric, KindEval:
		default:
			continue
		}
		n++
		if !citesOneOf(r, s, evalSourceTypes) {
			t.Errorf("%s:%d: %s cites no paper, announcement, system card, model card, repository or docs (cites types %v)",
				s.Chapter.File, s.Line, s.Anchor, citedTypes(r, s))
		}
	}
	if n == 0 {
		t.Error("the report has no benchmark, metric or evaluation entries")
	}
}

var requiredModels = []string{
	"model-gpt-4o", "model-openai-o1", "model-o3-mini", "model-gemini-2-0-pro",
	"model-claude-3-5-sonnet", "model-llama-3", "model-deepseek-r1", "model-kimi-k1-5",
}

func TestRequiredModels(t *testing.T) {
	r := embeddedReport(t)
	for _, anchor := range requiredModels {
		s, ok := r.Section(anchor)
		if !ok {
			t.Errorf("required model entry {#%s} is missing", anchor)
			continue
		}
		if s.Kind != KindModel {
			t.Errorf("%s:%d: %s has kind %d, want a model entry", s.Chapter.File, s.Line, anchor, s.Kind)
		}
		fields := s.Fields()
		byName := map[string]string{}
		for _, f := range fields {
			byName[f.Name] = f.Value
		}
		for _, name := range EntryFields[KindModel] {
			v, ok := byName[name]
			switch {
			case !ok:
				t.Errorf("%s:%d: %s has no field %s", s.Chapter.File, s.Line, anchor, name)
			case PlainText(v) == "":
				t.Errorf("%s:%d: %s: field %s is empty (a citation alone is no value)", s.Chapter.File, s.Line, anchor, name)
			}
		}
	}
}

func TestModelEntries(t *testing.T) {
	r := embeddedReport(t)
	var models []*Section
	for _, s := range r.AllSections() {
		if s.Kind == KindModel {
			models = append(models, s)
		}
	}
	if len(models) < minModels {
		t.Errorf("the report has %d model entries; at least %d (the eight required and ten more)", len(models), minModels)
	}
	for _, s := range models {
		if !citesOneOf(r, s, primaryTypes) {
			t.Errorf("%s:%d: %s cites no primary source (paper, announcement, system card, model card or repository); cites types %v",
				s.Chapter.File, s.Line, s.Anchor, citedTypes(r, s))
		}
	}
}

func TestChaptersHaveSummaries(t *testing.T) {
	r := embeddedReport(t)
	if len(r.Chapters) == 0 {
		t.Fatal("the report has no chapters")
	}
	for _, ch := range r.Chapters {
		if strings.TrimSpace(ch.Summary) == "" {
			t.Errorf("%s: no summary", ch.File)
		}
		if strings.TrimSpace(ch.Title) == "" {
			t.Errorf("%s: no title", ch.File)
		}
	}
}

// sameURL folds the differences that do not change where a URL leads: scheme, case of the host,
// a leading www. and a trailing slash.
func sameURL(raw string) string {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil {
		return raw
	}
	host := strings.TrimPrefix(strings.ToLower(u.Host), "www.")
	key := host + strings.TrimSuffix(u.EscapedPath(), "/")
	if u.RawQuery != "" {
		key += "?" + u.RawQuery
	}
	if u.Fragment != "" {
		key += "#" + u.Fragment
	}
	return key
}

func TestSameURL(t *testing.T) {
	cases := []struct {
		a, b string
		same bool
	}{
		{"https://arxiv.org/abs/2501.12948", "http://arxiv.org/abs/2501.12948/", true},
		{"https://www.Example.com/a", "https://example.com/a", true},
		{"https://example.com/a", "https://example.com/b", false},
		{"https://example.com/a?x=1", "https://example.com/a?x=2", false},
		{"https://example.com/a#s1", "https://example.com/a#s2", false},
	}
	for _, c := range cases {
		if got := sameURL(c.a) == sameURL(c.b); got != c.same {
			t.Errorf("sameURL(%q) == sameURL(%q) is %v, want %v", c.a, c.b, got, c.same)
		}
	}
}

func TestSourcesHaveNoDuplicateURL(t *testing.T) {
	r := embeddedReport(t)
	byURL := map[string][]Source{}
	for _, s := range r.Sources {
		k := sameURL(s.URL)
		byURL[k] = append(byURL[k], s)
	}
	var dups []string
	for _, srcs := range byURL {
		if len(srcs) < 2 {
			continue
		}
		var where []string
		for _, s := range srcs {
			where = append(where, s.Key+" ("+s.File+":"+strconv.Itoa(s.Line)+")")
		}
		dups = append(dups, srcs[0].URL+": "+strings.Join(where, ", "))
	}
	sort.Strings(dups)
	for _, d := range dups {
		t.Errorf("one URL, several sources (keep one key and cite it): %s", d)
	}
}
