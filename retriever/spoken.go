package retriever

import (
	"cmp"
	"maps"
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"
)

// A reader who dictates a question gets the model names spelled in characters by the speech
// input: Llama 4 comes out as 「拉玛四」 and o3-mini as 「欧三迷你」. Only a name said with
// its version is rewritten, because the characters alone mean other things: 「欧三」 is also the
// Euro 3 emission standard, and 「拉玛四世」 a king of Thailand.
var (
	spokenLlamaRe = regexp.MustCompile(`(拉玛|喇嘛)\s*([一二三四]|[1-4](\.[0-9])?)(世)?`)
	spokenMiniRe  = regexp.MustCompile(`欧\s*([一三四]|[134])\s*(迷你|mini)`)
	spokenOSeries = regexp.MustCompile(`欧\s*([一三四]|[134])`)
)

// Some names are said in characters without a version too: ChatGPT as 「恰特gpt」 or 「切特gpt」
// (only before gpt: nothing else is spelled so), and, in a question that also speaks of models,
// Llama as 「拉玛」, BERT as 「伯特」 and the Transformer by its nickname 「变形金刚」. Without such
// company the characters are a king, a person's name and a toy.
var (
	spokenChat = regexp.MustCompile(`[恰切查洽叉]特\s*(?i:gpt)`)
	// (Dictation also writes its first syllable 差: 「差GPT是哪个国家的」. Not before a version,
	// where 差 is lagging behind: 「r1差gpt4多少」.)
	spokenChaRe  = regexp.MustCompile(`(^|[\s，。？！,.?!用个的问让把叫跟和与是])差\s*((?i:gpt))($|[^0-9a-zA-Z.\-])`)
	spokenBareAs = map[string]string{"拉玛": "llama", "伯特": "bert", "变形金刚": "transformer"}
	spokenBare   = regexp.MustCompile(oneOf(spokenBareAs))
	spokenKing   = regexp.MustCompile(`拉玛\s*[一二三四五六七八九十0-9]+\s*世`)
	// modelTalk is what a question says of models besides the name: another name, or the
	// words of the field.
	modelTalk = regexp.MustCompile(`(?i)gpt|\bai\b|llm|模型|架构|开源|许可证|商用|权重|参数|预训练|训练|微调|部署|注意力|编码器|解码器|论文|谷歌|google|meta|openai|ollama|deepseek|mistral|anthropic|claude|gemini|qwen|gguf|cpp`)
)

// Speech input spells other names by their sound too. Some spellings mean nothing else and
// are rewritten wherever they stand (「迪普西克」, 「米斯特拉尔」, and AlphaGo's Chinese nickname
// 「阿尔法狗」); others are also people's names
// (「克劳德」 is Claude Monet too, 「杰米尼」 a surname) and are read as a model only with a
// version (「克劳德三点七」) or beside words of models, as 「拉玛」 is; a benchmark said by its
// sound (「艾姆」) only with its year.
var (
	spokenAlwaysAs = map[string]string{"迪普西克": "deepseek", "迪普希克": "deepseek", "迪普斯克": "deepseek", "米斯特拉尔": "mistral",
		"川斯佛么": "transformer", "川斯佛默": "transformer", "川斯福么": "transformer", "传斯佛么": "transformer",
		"阿尔法狗": "alphago", "阿尔法go": "alphago", "阿尔法围棋": "alphago", "阿法狗": "alphago",
		"欧拉玛": "ollama", "奥拉玛": "ollama", "安索匹克": "anthropic", "安思罗匹克": "anthropic", "安斯罗匹克": "anthropic", "安斯罗皮克": "anthropic"}
	spokenAlways   = regexp.MustCompile(oneOf(spokenAlwaysAs))
	spokenPersonAs = map[string]string{"克劳德": "claude", "杰米尼": "gemini", "吉米奈": "gemini"}
	// (A lone numeral is a version only where a word does not go on from it: 「克劳德四跟o3比」,
	// not 「克劳德一直报错」. RE2 has no lookahead: the character after it is matched and kept.)
	spokenPerson = regexp.MustCompile(`(` + oneOf(spokenPersonAs) + `)\s*(?:(` + spokenNumber + `)|([一二三四五])($|[\s，。？！,.?!]|[的跟和与比是有怎咋能会啥呢吗]))?`)
	spokenYear   = regexp.MustCompile(`艾姆\s*([零〇一二三四五六七八九]{4}|\d{4})`)
)

// oneOf is a pattern for any of a table's spellings, the longest first.
func oneOf(spellings map[string]string) string {
	keys := slices.SortedFunc(maps.Keys(spellings), func(a, b string) int { return cmp.Or(len(b)-len(a), strings.Compare(a, b)) })
	for i, k := range keys {
		keys[i] = regexp.QuoteMeta(k)
	}
	return strings.Join(keys, "|")
}

// spokenEliza is the chatbot ELIZA as Chinese writes its sound: 伊丽莎 or 伊莉莎, with what
// follows (「伊丽莎白」 is Elizabeth).
var spokenEliza = regexp.MustCompile(`伊[丽莉]莎白?`)

// spokenNumber is a version said in Chinese numerals with its point (「三点七」), or in digits.
const spokenNumber = `[一二三四五六七八九]点[零一二三四五六七八九]|\d+(?:\.\d)?`

// spokenNames rewrites the dictated spellings of model names in a text to the Latin names.
// An o-series name without 「迷你」 (「跟欧一比」) is read as one only beside one said in full.
func spokenNames(text string) string {
	text = spokenChat.ReplaceAllString(text, " chatgpt ")
	text = spokenChaRe.ReplaceAllString(text, "${1} chatgpt ${3}")
	text = spokenAlways.ReplaceAllStringFunc(text, func(m string) string { return " " + spokenAlwaysAs[m] + " " })
	// ELIZA in characters (「好像叫伊丽莎」), not Elizabeth (「伊丽莎白」).
	text = spokenEliza.ReplaceAllStringFunc(text, func(m string) string {
		if strings.HasSuffix(m, "白") {
			return m
		}
		return " eliza "
	})
	text = spokenYear.ReplaceAllStringFunc(text, func(m string) string {
		return " aime " + arabic(spokenYear.FindStringSubmatch(m)[1]) + " "
	})
	talk := modelTalk.MatchString(spokenPerson.ReplaceAllString(spokenBare.ReplaceAllString(text, ""), ""))
	text = spokenPerson.ReplaceAllStringFunc(text, func(m string) string {
		sub := spokenPerson.FindStringSubmatch(m)
		switch {
		case sub[2] != "" || sub[3] != "":
			return " " + spokenPersonAs[sub[1]] + " " + arabic(sub[2]+sub[3]) + " " + sub[4]
		case talk:
			return " " + spokenPersonAs[sub[1]] + " "
		}
		return m
	})
	text = spokenVersioned(text)
	// (After the names said with a version. 「拉玛九世」 stays a king.)
	if spokenBare.MatchString(text) && !spokenKing.MatchString(text) && modelTalk.MatchString(spokenBare.ReplaceAllString(text, "")) {
		text = spokenBare.ReplaceAllStringFunc(text, func(m string) string { return " " + spokenBareAs[m] + " " })
	}
	// 「llama 点 cpp」: a dot said between two English words.
	text = spokenDot.ReplaceAllString(text, "$1.$2")
	// 「九点一一和九点九哪个大」: a decimal said in numerals, not a time of day (so is a version
	// said alone after a name said with one: 「克劳德三点七跟三点五」).
	return spokenNumberRe.ReplaceAllStringFunc(text, func(m string) string {
		sub := spokenNumberRe.FindStringSubmatch(m)
		if sub[3] != "" || timeOfDay.MatchString(sub[1]) {
			return m
		}
		return sub[1] + " " + arabic(sub[2]) + " "
	})
}

// spokenNumberRe is a decimal said in numerals (「九点一一」), with what stands before it and the
// character after it (RE2 has no lookaround): 「下午三点一刻」「九点五十分」 are times.
var (
	spokenNumberRe = regexp.MustCompile(`(^|[^零一二三四五六七八九十])([零一二三四五六七八九]点[零一二三四五六七八九]+)([分刻半钟整十百]?)`)
	timeOfDay      = regexp.MustCompile(`[早晚午上下凌晨天]$`)
)

// spokenDot is 点 said between a name and the English word after it.
var spokenDot = regexp.MustCompile(`(?i)([a-z0-9])\s*点\s*([a-z])`)

// spokenVersioned rewrites the names said with their version.
func spokenVersioned(text string) string {
	if !strings.Contains(text, "拉玛") && !strings.Contains(text, "喇嘛") && !strings.Contains(text, "欧") {
		return text
	}
	text = spokenLlamaRe.ReplaceAllStringFunc(text, func(m string) string {
		sub := spokenLlamaRe.FindStringSubmatch(m)
		if sub[4] != "" {
			return m // 「拉玛四世」: a king, not a model
		}
		return " llama " + arabic(sub[2]) + " "
	})
	if !spokenMiniRe.MatchString(text) {
		return text
	}
	text = spokenMiniRe.ReplaceAllStringFunc(text, func(m string) string {
		return " o" + arabic(spokenMiniRe.FindStringSubmatch(m)[1]) + "-mini "
	})
	return spokenOSeries.ReplaceAllStringFunc(text, func(m string) string {
		return " o" + arabic(spokenOSeries.FindStringSubmatch(m)[1]) + " "
	})
}

// arabic writes a version said in Chinese numerals in digits.
func arabic(n string) string { return chineseDigits.Replace(n) }

// chineseDigits spells the numerals a version is said with. (A Replacer is safe for
// concurrent use.)
var chineseDigits = strings.NewReplacer("零", "0", "〇", "0", "一", "1", "二", "2", "三", "3", "四", "4", "五", "5",
	"六", "6", "七", "7", "八", "8", "九", "9", "点", ".")

// Speech input spells a name's letters by their sound too: 「开威缓存」 is KV 缓存, 「阿尔一」 R1,
// 「微三」 V3. The characters mean other things alone (开, 微, 比), so a run of letters said so
// is read as letters only where, so read, it is a name of the report (or the start of one, run
// into the words after it: 「kv缓存」), and the characters are no word of the dictionary.
// (Not 欧: an o-series name said so is read by spokenVersioned, with its company.)
var (
	letterSounds = map[string]string{"诶": "a", "欸": "a", "比": "b", "必": "b", "西": "c", "希": "c", "迪": "d", "弟": "d",
		"伊": "e", "艾弗": "f", "艾夫": "f", "吉": "g", "鸡": "g", "艾尺": "h", "艾奇": "h", "杰": "j", "开": "k", "凯": "k",
		"艾勒": "l", "艾露": "l", "艾姆": "m", "恩": "n", "批": "p", "皮": "p", "屁": "p", "丘": "q", "阿尔": "r", "啊儿": "r",
		"艾斯": "s", "艾丝": "s", "踢": "t", "替": "t", "提": "t", "优": "u", "尤": "u", "微": "v", "维": "v", "威": "v",
		"达不溜": "w", "达布溜": "w", "达布留": "w", "艾克斯": "x", "艾克思": "x", "歪": "y", "贼": "z", "兹": "z"}
	letterSound = `(?:` + oneOf(letterSounds) + `)`
	lettersRe   = regexp.MustCompile(`(?:` + letterSound + `|[零一二三四五六七八九](?:点[零一二三四五六七八九])?)*` + letterSound +
		`(?:` + letterSound + `|[零一二三四五六七八九](?:点[零一二三四五六七八九])?)*`)
	letterOf = regexp.MustCompile(letterSound + `|[零一二三四五六七八九点]`)
)

// spokenLetters rewrites the names said letter by letter (see letterSounds).
func (ix *Index) spokenLetters(text string) string {
	loc := lettersRe.FindStringIndex(text)
	if loc == nil {
		return text
	}
	rest := text
	var b strings.Builder
	for ; loc != nil; loc = lettersRe.FindStringIndex(rest) {
		m := rest[loc[0]:loc[1]]
		b.WriteString(rest[:loc[0]])
		rest = rest[loc[1]:]
		latin := letterOf.ReplaceAllStringFunc(m, func(s string) string {
			if l, ok := letterSounds[s]; ok {
				return l
			}
			return arabic(s)
		})
		// (A model's version and its o, 「吉皮提四欧」, are GPT-4o: 欧 alone is read as a letter
		// only so, the o-series being spokenVersioned's.)
		if d := withVersionDash(latin); ix.isName(d) || ix.isName(d+"o") {
			latin = d
			if o, ok := strings.CutPrefix(rest, "欧"); ok && ix.isName(d+"o") {
				latin, rest = d+"o", o
			}
		}
		// (The words after the letters may complete the name: 「kv」 of 「kv缓存」.)
		if utf8.RuneCountInString(m) >= 2 && !ix.knownWord(m) && ix.namesFrom(latin, rest) {
			b.WriteString(" " + latin + " ")
		} else {
			b.WriteString(m)
		}
	}
	b.WriteString(rest)
	return b.String()
}

// withVersionDash writes a dash where letters meet the version after them: 「gpt4」 as gpt-4.
func withVersionDash(latin string) string {
	for i := 1; i < len(latin); i++ {
		if latin[i] >= '0' && latin[i] <= '9' && latin[i-1] >= 'a' && latin[i-1] <= 'z' {
			return latin[:i] + "-" + latin[i:]
		}
	}
	return latin
}

// namesFrom reports whether letters are a name of the report, or begin one that the text after
// them completes (「kv」 of 「kv缓存」).
func (ix *Index) namesFrom(latin, after string) bool {
	if ix.isName(latin) {
		return true
	}
	rs := []rune(after)
	for n := min(6, len(rs)); n >= 1; n-- {
		if ix.isName(latin+string(rs[:n])) || ix.isName(latin+" "+string(rs[:n])) {
			return true
		}
	}
	return false
}

// A question dictated as it is said keeps the speaker's stumbles: a word said two or three
// times over (「参数参数参数那个参数是什么东西」「要训练训练是怎么训练的」) and the 那个 of
// hesitation (「那个那个我问一下」). saidOnce keeps one of a word of two to four characters said
// again right after itself, and drops a 那个 or 这个 said twice, which points at nothing.
// (Words a single character long are left alone: 「看看」「试试」 are words of their own. So are
// repetitions that mean something: one after another, 「一个字一个字」「一步一步」, a yes or a
// no, 「会不会不公平」, doing on and on, 「聊着聊着」, and so-and-so many, 「多少多少亿」.)
func saidOnce(text string) string {
	rs := []rune(text)
	out := make([]rune, 0, len(rs))
	for i := 0; i < len(rs); {
		n := repeatedAt(rs, i)
		if n == 0 {
			out = append(out, rs[i])
			i++
			continue
		}
		j := i + n
		for j+n <= len(rs) && slices.Equal(rs[j:j+n], rs[i:i+n]) {
			j += n
		}
		if w := string(rs[i : i+n]); w != "那个" && w != "这个" {
			out = append(out, rs[i:i+n]...)
		}
		i = j
	}
	return string(out)
}

// saidTwiceOnPurpose are the characters of repetitions that mean something (see saidOnce).
const saidTwiceOnPurpose = "一不没着少"

// repeatedAt is the length of the word of two to four Chinese characters at rs[i] that is said
// again right after itself, or 0.
func repeatedAt(rs []rune, i int) int {
	for n := 2; n <= 4 && i+2*n <= len(rs); n++ {
		if slices.Equal(rs[i:i+n], rs[i+n:i+2*n]) && !slices.ContainsFunc(rs[i:i+n], func(r rune) bool { return !isHan(r) || strings.ContainsRune(saidTwiceOnPurpose, r) }) {
			return n
		}
	}
	return 0
}
