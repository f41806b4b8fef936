package retriever

import (
	"regexp"
	"slices"
	"strings"
)

// fieldAsk ties what a reader asks about an entry to the key-facts fields that answer it:
// 「gpt-4.5 啥时候出的」 wants the line 「发布时间：…」 of GPT-4.5's entry, 「humaneval 多少道题」
// the line 「题目形式与规模：…」. The question words are everyday ones; the fields are those of
// the report's model and benchmark entries (see corpus/check.go).
type fieldAsk struct {
	words  []string // any of these in the question asks for the fields
	fields []string
}

var fieldAsks = []fieldAsk{
	{[]string{"啥时候", "什么时候", "哪年", "哪一年", "哪天", "哪一天", "何时", "几月", "几号", "时间", "日期", "多会儿", "啥时"}, []string{"发布时间", "出自"}},
	{[]string{"谁", "哪家", "哪个公司", "什么公司", "啥公司", "哪个团队", "厂商", "开发商", "出品"}, []string{"发布方", "出自"}},
	{[]string{"多少题", "多少道", "几道", "几题", "题量", "多少个", "多少条", "多少问题", "规模", "多少学科"}, []string{"题目形式与规模"}},
	{[]string{"打分", "算分", "评分", "计分", "怎么评", "怎么判", "咋评", "咋算"}, []string{"评分方式"}},
	{[]string{"开源", "闭源", "商用", "许可", "协议", "能下载", "免费用"}, []string{"开放程度"}},
	{[]string{"上下文", "窗口", "多长", "多少字", "token"}, []string{"上下文窗口"}},
	{[]string{"看图", "识图", "图片", "图像", "多模态", "模态"}, []string{"模态"}},
	{[]string{"考啥", "考什么", "测啥", "测什么", "考查", "考察", "测的是", "考的是"}, []string{"考查能力"}},
	{[]string{"技术", "特点", "创新", "厉害", "新在", "亮点"}, []string{"关键技术"}},
	// A model's size is said in its 架构 line: 「总参数 6710 亿（671B），每个词元激活 370 亿」.
	{[]string{"多少参数", "参数量", "参数规模", "参数有多", "多大", "激活多少", "激活了多少", "几b", "多少b"}, []string{"架构"}},
}

// whoField is the label of the field that says who made a model.
const whoField = "发布方："

// whenField is the label of the field that says when a model came out.
const whenField = "发布时间："

// datedHeading matches a heading that opens with its date: 「… › 2022 年 11 月：ChatGPT」.
var datedHeading = regexp.MustCompile(`(^|› )\d{4}(—\d{4})? 年[^：›]*：[^›]+$`)

// askedFields returns the field labels (with their colon, as passages spell them) a
// normalised question asks for.
func askedFields(norm string) []string {
	var out []string
	for _, fa := range fieldAsks {
		for _, w := range fa.words {
			if strings.Contains(norm, w) {
				for _, f := range fa.fields {
					out = append(out, f+"：")
				}
				break
			}
		}
	}
	return out
}

// holdsField reports whether a passage holds one of the field labels.
func holdsField(text string, fields []string) bool {
	for _, f := range fields {
		i := strings.Index(text, f)
		if i < 0 {
			continue
		}
		line, _, _ := strings.Cut(text[i:], "\n")
		if says := fieldSays[f]; says != nil && !says.MatchString(line) {
			continue // Llama 3's 架构 line says how it is built, not how big it is
		}
		return true
	}
	return false
}

// fieldSays is what a field's line must say to answer what was asked of it, where the field
// also says other things: a size, of 架构.
var fieldSays = map[string]*regexp.Regexp{
	"架构：": regexp.MustCompile(`\d\s*(亿|万亿|B\b|B）|B\))`),
}

// whyWords ask for a cause or a significance (「deepseek 为啥这么火」); causeMarks say one. Of an
// entry's passages, one that says why comes before one that only says what happened.
var (
	whyWords   = []string{"为啥", "为什么", "为何", "凭什么", "怎么火", "咋火", "原因"}
	causeMarks = []string{"意义在于", "之所以", "原因是", "原因之一", "两个原因", "三个原因", "几个原因", "因为", "由于", "影响在于"}
)

// asksWhy reports whether a normalised question asks why.
func asksWhy(norm string) bool {
	return slices.ContainsFunc(whyWords, func(w string) bool { return strings.Contains(norm, w) })
}

// saysWhy reports whether a passage's text gives a cause or a significance.
func saysWhy(text string) bool {
	return slices.ContainsFunc(causeMarks, func(m string) bool { return strings.Contains(text, m) })
}

// factsList reports whether a passage is a model's list of key facts (「发布方：……」).
func factsList(text string) bool { return strings.HasPrefix(text, whoField) }
