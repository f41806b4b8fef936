package corpus

import (
	"bytes"
	"encoding/xml"
	"regexp"
	"strings"
	"testing"
)

// TestGeneratedFiguresAreCurrent keeps the figures drawn from the report's data in step with
// it: a writer who changes a benchmark's 出现在 field must regenerate the figure.
func TestGeneratedFiguresAreCurrent(t *testing.T) {
	r, err := Embedded()
	if err != nil {
		t.Fatal(err)
	}
	for file, draw := range GeneratedFigures {
		if got := draw(r); !bytes.Equal(got, r.figureFiles[file]) {
			t.Errorf("%s is out of date with the report: run go generate ./corpus/", file)
		}
	}
}

const (
	figFile = "figures/fig-demo.svg"
	figLine = `![演示图：注意力的示意 [@paper-a]](../figures/fig-demo.svg "这张图演示注意力怎样把词元联系起来。") {#fig-demo}`
	figSVG  = `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 360 100" font-size="14">
  <title>演示图</title>
  <desc>两个方框，一个箭头从左边指向右边。</desc>
  <defs>
    <marker id="fig-demo-arrow" viewBox="0 0 10 10" refX="9" refY="5" orient="auto"><path class="f-head" d="M0,0 L10,5 L0,10 z"/></marker>
  </defs>
  <rect class="f-box" x="8" y="8" width="100" height="40"/>
  <line class="f-line" x1="108" y1="28" x2="200" y2="28" marker-end="url(#fig-demo-arrow)"/>
  <text x="20" y="34" fill="currentColor">词元</text>
</svg>
`
)

// figureFiles is the fixture report with one figure in the first chapter.
func figureFiles() map[string]string {
	files := baseFiles()
	files[alpha] = strings.Replace(files[alpha], "本章导语：介绍两个基础概念。", "本章导语：介绍两个基础概念，见[图](#fig-demo)。\n\n"+figLine, 1)
	files[figFile] = figSVG
	return files
}

func TestCheckFigures(t *testing.T) {
	// svg replaces old with new in the fixture's SVG; line edits the figure line.
	svg := func(old, new string) []edit { return []edit{{figFile, old, new}} }
	line := func(old, new string) []edit { return []edit{{alpha, old, new}} }
	cases := []struct {
		name  string
		edits []edit
		want  []wantProblem
	}{
		{name: "valid figure"},
		{
			name:  "script element",
			edits: svg(`<text x="20"`, `<script>alert(1)</script><text x="20"`),
			want:  []wantProblem{{file: figFile, marker: "<script>", msg: "<script> is not allowed"}},
		},
		{
			name:  "script with a namespace prefix",
			edits: svg(`<text x="20"`, `<s:script xmlns:s="http://www.w3.org/2000/svg">alert(1)</s:script><text x="20"`),
			want:  []wantProblem{{file: figFile, marker: "<s:script", msg: "<script> is not allowed"}},
		},
		{
			name:  "event attribute",
			edits: svg(`<rect class="f-box"`, `<rect onclick="alert(1)" class="f-box"`),
			want:  []wantProblem{{file: figFile, marker: "onclick", msg: "event attribute onclick on <rect> is not allowed"}},
		},
		{
			name:  "event attribute on the root",
			edits: svg(`viewBox="0 0 360 100" font-size`, `viewBox="0 0 360 100" onload="alert(1)" font-size`),
			want:  []wantProblem{{file: figFile, marker: "onload", msg: "event attribute onload"}},
		},
		{
			name:  "foreignObject",
			edits: svg(`<text x="20"`, `<foreignObject width="10" height="10"><div xmlns="http://www.w3.org/1999/xhtml">x</div></foreignObject><text x="20"`),
			want:  []wantProblem{{file: figFile, marker: "<foreignObject", msg: "<foreignObject> is not allowed"}},
		},
		{
			name:  "external href",
			edits: svg(`<text x="20"`, `<use href="https://evil.example/x.svg#a"/><text x="20"`),
			want:  []wantProblem{{file: figFile, marker: "<use", msg: "external reference"}},
		},
		{
			name:  "external xlink:href",
			edits: svg(`<text x="20"`, `<use xmlns:xlink="http://www.w3.org/1999/xlink" xlink:href="javascript:alert(1)"/><text x="20"`),
			want:  []wantProblem{{file: figFile, marker: "<use", msg: `xlink:href="javascript:alert(1)" on <use> is an external reference`}},
		},
		{
			name:  "fragment href to a missing id",
			edits: svg(`<text x="20"`, `<use href="#fig-demo-nothing"/><text x="20"`),
			want:  []wantProblem{{file: figFile, marker: "<use", msg: "#fig-demo-nothing points at no id"}},
		},
		{
			name:  "image element",
			edits: svg(`<text x="20"`, `<image href="#fig-demo-arrow" width="10" height="10"/><text x="20"`),
			want:  []wantProblem{{file: figFile, marker: "<image", msg: "<image> is not allowed"}},
		},
		{
			name:  "style with @import",
			edits: svg(`<defs>`, `<style>@import "https://evil.example/a.css";</style><defs>`),
			want: []wantProblem{
				{file: figFile, marker: "<style>", msg: "<style> is not allowed"},
				{file: figFile, marker: "<style>", msg: "@import or url()"},
			},
		},
		{
			name:  "style with url()",
			edits: svg(`<defs>`, "<style>\nrect { fill: url(https://evil.example/p.svg) }\n</style><defs>"),
			want: []wantProblem{
				{file: figFile, marker: "<style>", msg: "<style> is not allowed"},
				{file: figFile, marker: "</style>", msg: "@import or url()"},
			},
		},
		{
			name:  "external url() in an attribute",
			edits: svg(`marker-end="url(#fig-demo-arrow)"`, `marker-end="url(https://evil.example/m.svg#a)"`),
			want:  []wantProblem{{file: figFile, marker: "marker-end", msg: "only url(#fragment) is allowed"}},
		},
		{
			name:  "style attribute",
			edits: svg(`<rect class="f-box"`, `<rect style="fill:red" class="f-box"`),
			want:  []wantProblem{{file: figFile, marker: "<rect", msg: "style attribute on <rect> is not allowed"}},
		},
		{
			name:  "fixed colour",
			edits: svg(`<rect class="f-box"`, `<rect fill="#ff0000" class="f-box"`),
			want:  []wantProblem{{file: figFile, marker: "<rect", msg: "fixed colour, which breaks dark mode"}},
		},
		{
			name:  "unknown element",
			edits: svg(`<text x="20"`, `<animate attributeName="x" to="1"/><text x="20"`),
			want:  []wantProblem{{file: figFile, marker: "<animate", msg: "element <animate> is not allowed"}},
		},
		{
			name:  "id without the anchor prefix",
			edits: svg(`<rect class="f-box"`, `<rect id="box" class="f-box"`),
			want:  []wantProblem{{file: figFile, marker: `id="box"`, msg: `id "box" must start with "fig-demo-"`}},
		},
		{
			name:  "doctype with an entity",
			edits: svg(`<svg xmlns`, "<!DOCTYPE svg [<!ENTITY x \"y\">]>\n<svg xmlns"),
			want:  []wantProblem{{file: figFile, marker: "<!DOCTYPE", msg: "<!DOCTYPE> is not allowed"}},
		},
		{
			name:  "missing title",
			edits: svg("  <title>演示图</title>\n", ""),
			want:  []wantProblem{{file: figFile, line: 1, msg: "needs a <title>"}},
		},
		{
			name:  "missing desc",
			edits: svg("  <desc>两个方框，一个箭头从左边指向右边。</desc>\n", ""),
			want:  []wantProblem{{file: figFile, line: 1, msg: "needs a <desc>"}},
		},
		{
			name:  "empty desc",
			edits: svg("<desc>两个方框，一个箭头从左边指向右边。</desc>", "<desc> </desc>"),
			want:  []wantProblem{{file: figFile, marker: "<desc>", msg: "<desc> is empty"}},
		},
		{
			name:  "no viewBox",
			edits: svg(` viewBox="0 0 360 100"`, ` width="360" height="100"`),
			want:  []wantProblem{{file: figFile, marker: "<svg", msg: "needs a viewBox"}},
		},
		{
			name:  "no SVG namespace",
			edits: svg(`<svg xmlns="http://www.w3.org/2000/svg" `, `<svg `),
			want:  []wantProblem{{file: figFile, marker: "<svg", msg: "not in the SVG namespace"}},
		},
		{
			name:  "not well-formed",
			edits: svg("</svg>", ""),
			want:  []wantProblem{{file: figFile, line: strings.Count(figSVG, "\n") + 1, msg: "not well-formed XML"}},
		},
		{
			name:  "figure file no chapter shows",
			edits: []edit{{"figures/fig-orphan.svg", "", strings.ReplaceAll(figSVG, "fig-demo", "fig-orphan")}},
			want:  []wantProblem{{file: "figures/fig-orphan.svg", line: 1, msg: "referenced by no chapter"}},
		},
		{
			name:  "file that is not SVG",
			edits: []edit{{"figures/notes.txt", "", "notes"}},
			want:  []wantProblem{{file: "figures/notes.txt", line: 1, msg: "only SVG files"}},
		},
		{
			name: "figure showing a missing file",
			edits: line(figLine, figLine+"\n\n"+
				`![另一张图 [@paper-a]](../figures/fig-missing.svg "这张图不存在。") {#fig-missing}`),
			want: []wantProblem{{file: alpha, marker: "fig-missing.svg", msg: "figures/fig-missing.svg, which does not exist"}},
		},
		{
			name:  "file not named after the anchor",
			edits: line("../figures/fig-demo.svg", "../figures/demo.svg"),
			want:  []wantProblem{{file: alpha, marker: "{#fig-demo}", msg: `must show the file "../figures/fig-demo.svg"`}},
		},
		{
			name:  "caption without citation",
			edits: line("注意力的示意 [@paper-a]]", "注意力的示意]"),
			want:  []wantProblem{{file: alpha, marker: "{#fig-demo}", msg: "caption cites no source"}},
		},
		{
			name:  "citation key not in the bibliography",
			edits: line("[@paper-a]]", "[@no-such-key]]"),
			want: []wantProblem{
				{file: alpha, marker: "{#fig-demo}", msg: `citation key "no-such-key" is not in the bibliography`},
			},
		},
		{
			name:  "no description",
			edits: line(` "这张图演示注意力怎样把词元联系起来。"`, ""),
			want:  []wantProblem{{file: alpha, marker: "{#fig-demo}", msg: "has no description"}},
		},
		{
			name:  "description not a sentence",
			edits: line("联系起来。", "联系起来"),
			want:  []wantProblem{{file: alpha, marker: "{#fig-demo}", msg: "must be a sentence ending with 。"}},
		},
		{
			name:  "description typography",
			edits: line("演示注意力", "演示attention"),
			want:  []wantProblem{{file: alpha, marker: "{#fig-demo}", msg: "put a space between Chinese and Latin"}},
		},
		{
			name:  "no anchor",
			edits: line(" {#fig-demo}", ""),
			want: []wantProblem{
				{file: alpha, marker: "../figures/fig-demo.svg", msg: "figure has no {#fig-…} anchor"},
				{file: alpha, marker: "见[图]", msg: `link to "#fig-demo" points at no anchor`},
				{file: figFile, line: 1, msg: "referenced by no chapter"},
			},
		},
		{
			name:  "anchor without fig- prefix",
			edits: line("{#fig-demo}", "{#demo}"),
			want: []wantProblem{
				{file: alpha, marker: "{#demo}", msg: `figure anchor "demo" must be fig- followed by kebab-case`},
				{file: alpha, marker: "见[图]", msg: `link to "#fig-demo" points at no anchor`},
				{file: figFile, line: 1, msg: "referenced by no chapter"},
			},
		},
		{
			name:  "anchor already used by a heading",
			edits: line("## 概念 {#alpha-concepts}", "## 概念 {#alpha-concepts}\n\n## 演示 {#fig-demo}"),
			want: []wantProblem{
				{file: alpha, marker: "演示图：", msg: `anchor "fig-demo" is already used at ` + alpha},
			},
		},
		{
			name:  "malformed figure line",
			edits: line(figLine, "![没有文件的图]"),
			want: []wantProblem{
				{file: alpha, marker: "![没有文件的图]", msg: "a figure is one line of its own"},
				{file: alpha, marker: "![没有文件的图]", msg: "figure has no {#fig-…} anchor"},
				{file: alpha, marker: "见[图]", msg: `link to "#fig-demo" points at no anchor`},
				{file: figFile, line: 1, msg: "referenced by no chapter"},
			},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			files := figureFiles()
			for _, e := range c.edits {
				if e.old == "" {
					files[e.file] = e.new
					continue
				}
				if n := strings.Count(files[e.file], e.old); n != 1 {
					t.Fatalf("fixture edit: %q occurs %d times in %s, want once", e.old, n, e.file)
				}
				files[e.file] = strings.Replace(files[e.file], e.old, e.new, 1)
			}
			probs := parseFiles(t, files).Check()
			used := make([]bool, len(probs))
			for _, w := range c.want {
				ln := w.line
				if w.marker != "" {
					ln = lineOf(t, files[w.file], w.marker)
				}
				found := false
				for i, p := range probs {
					if p.File == w.file && p.Line == ln && strings.Contains(p.Msg, w.msg) {
						used[i], found = true, true
					}
				}
				if !found {
					t.Errorf("missing problem %s:%d: …%s…; got:\n%s", w.file, ln, w.msg, problemList(probs))
				}
			}
			for i, p := range probs {
				if !used[i] {
					t.Errorf("unexpected problem %s", p)
				}
			}
		})
	}
}

func TestFigureRender(t *testing.T) {
	r := parseFiles(t, figureFiles())
	f, ok := r.Figure("fig-demo")
	if !ok {
		t.Fatal("fig-demo not found")
	}
	intro := r.Chapters[0].Sections[0]
	var blk Block
	for _, b := range intro.Blocks {
		if b.Figure == f {
			blk = b
		}
	}
	html := r.BlockHTML(blk)
	para := r.BlockHTML(intro.Blocks[0])
	tests := []struct {
		name, got, want string
	}{
		{"number", f.Label(), "图 1-1"},
		{"block id", blk.ID, "fig-demo"},
		{"paragraph after a figure keeps its number", intro.Blocks[0].ID, "intro-alpha-p1"},
		{"plain text", blk.PlainText(), "图 1-1：演示图：注意力的示意。这张图演示注意力怎样把词元联系起来。"},
		{"url", FigureURL(f), "/report/alpha?hl=fig-demo#fig-demo"},
		{"link text 图 becomes the number", para, `见<a href="/report/alpha#fig-demo">图 1-1</a>`},
		{"figure element", html, `<figure id="fig-demo" class="fig passage"><div class="fig-svg"><svg viewBox="0 0 360 100" font-size="14" xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="fig-demo-title fig-demo-desc">`},
		{"title id", html, `<title id="fig-demo-title">演示图</title>`},
		{"caption", html, `<figcaption><span class="fig-label">图 1-1</span>　演示图：注意力的示意 <sup class="src-cite">`},
		{"description", html, `<span class="fig-desc">这张图演示注意力怎样把词元联系起来。</span></figcaption></figure>`},
	}
	for _, tc := range tests {
		if !strings.Contains(tc.got, tc.want) {
			t.Errorf("%s: %q does not contain %q", tc.name, tc.got, tc.want)
		}
	}
	for _, bad := range []string{"<?xml", "<!--"} {
		if strings.Contains(html, bad) {
			t.Errorf("rendered figure contains %q", bad)
		}
	}

	// A refused file is never inlined.
	files := figureFiles()
	files[figFile] = strings.Replace(figSVG, "<text x", `<text onclick="alert(1)" x`, 1)
	r = parseFiles(t, files)
	f, _ = r.Figure("fig-demo")
	if f.SVG != "" {
		t.Errorf("a refused SVG was kept for inlining: %q", f.SVG)
	}
}

// FuzzSanitizeSVG: whatever the file, markup the sanitizer lets through holds no script, event
// handler, embedded HTML or external reference.
func FuzzSanitizeSVG(f *testing.F) {
	f.Add(figSVG)
	f.Add(hostileSeed)
	f.Fuzz(func(t *testing.T, in string) {
		out, probs := SanitizeSVG([]byte(in), "fig-demo")
		if out == "" {
			return
		}
		if len(probs) > 0 {
			t.Fatalf("markup returned with problems %v", probs)
		}
		lower := strings.ToLower(out)
		for _, bad := range []string{"<script", "<foreignobject", "<image", "<style", "javascript:", "<!", "<?", " style=", "url(http", "href=\"http", "href=\"/"} {
			if strings.Contains(lower, bad) {
				t.Fatalf("sanitized SVG holds %q:\ninput: %q\noutput: %q", bad, in, out)
			}
		}
		for _, m := range eventAttr.FindAllString(lower, -1) {
			t.Fatalf("sanitized SVG holds an event attribute %q:\ninput: %q\noutput: %q", m, in, out)
		}
	})
}

var eventAttr = regexp.MustCompile(`\son[a-z]+\s*=`)

const hostileSeed = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1" onload="x()"><title>t</title><desc>d</desc>` +
	`<script>x()</script><a href="javascript:x()"><text>t</text></a><use href="http://e/x#a"/></svg>`

// TestTimelineFigureMatchesTable keeps the hand-drawn timeline in step with the history
// chapter's table: every date and every milestone of the table is written in the figure.
func TestTimelineFigureMatchesTable(t *testing.T) {
	r, err := Embedded()
	if err != nil {
		t.Fatal(err)
	}
	sec, ok := r.Section("history-timeline-overview")
	if !ok {
		t.Skip("the history chapter has no timeline section")
	}
	fig, ok := r.Figure("fig-timeline")
	if !ok {
		t.Fatal("no fig-timeline")
	}
	text := strings.ReplaceAll(xmlText(t, fig.SVG), " ", "")
	for _, b := range sec.Blocks {
		if b.Kind != Table {
			continue
		}
		for _, row := range b.Rows[1:] {
			if len(row) < 2 {
				continue
			}
			if date := strings.ReplaceAll(PlainText(row[0]), " ", ""); !strings.Contains(text, date) {
				t.Errorf("the timeline figure lacks the date %q of the table (corpus/figures/fig-timeline.svg)", date)
			}
			for _, m := range strings.FieldsFunc(PlainText(row[1]), func(r rune) bool { return r == '；' || r == '、' }) {
				if m = strings.ReplaceAll(m, " ", ""); !strings.Contains(text, m) {
					t.Errorf("the timeline figure lacks the milestone %q of the table (corpus/figures/fig-timeline.svg)", m)
				}
			}
		}
	}
}

// xmlText is the text of every <text> element of an SVG, joined.
func xmlText(t *testing.T, svg string) string {
	t.Helper()
	var b strings.Builder
	d := xml.NewDecoder(strings.NewReader(svg))
	inText := 0
	for {
		tok, err := d.Token()
		if err != nil {
			break
		}
		switch tt := tok.(type) {
		case xml.StartElement:
			if tt.Name.Local == "text" {
				inText++
			}
		case xml.EndElement:
			if tt.Name.Local == "text" {
				inText--
				b.WriteString("\n")
			}
		case xml.CharData:
			if inText > 0 {
				b.Write(tt)
			}
		}
	}
	return strings.ReplaceAll(b.String(), "、\n", "、")
}
