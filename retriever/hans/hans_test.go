package hans

import "testing"

func TestSimplify(t *testing.T) {
	c := New()
	for _, tc := range []struct{ in, want string }{
		// Characters, and phrases whose characters convert differently together.
		{"大型語言模型的幻覺是怎麼產生的？", "大型语言模型的幻觉是怎么产生的？"},
		{"為什麼它聊久了就忘記前面說過的話", "为什么它聊久了就忘记前面说过的话"},
		{"頭髮和發展", "头发和发展"},
		{"關於訓練成本", "关于训练成本"},
		// Taiwan's vocabulary in a traditional text: its software, data, memory and AI.
		{"這個軟體的程式碼可以開源嗎", "这个软件的代码可以开源吗"},
		// A Taiwan word whose characters are a word of the report keeps that reading where
		// OpenCC's is none: 指標 is a metric (指标), not a pointer; 資料 is data.
		{"這個指標怎麼算", "这个指标怎么算"},
		{"訓練資料從哪裡來", "训练数据从哪里来"},
		// Taiwan's particle 著 is 着, except in the words that keep 著.
		{"它的上下文視窗多大來著", "它的上下文窗口多大来着"},
		{"效果很顯著，是著名的模型", "效果很显著，是著名的模型"},
		{"記憶體不夠能跑本地模型嗎", "内存不够能跑本地模型吗"},
		{"人工智慧會不會取代我", "人工智能会不会取代我"},
		{"網路上的影片", "网络上的视频"},
		// Latin letters, digits and marks pass through.
		{"GPT-4o 跟 o1 有什麼差別？", "GPT-4o 跟 o1 有什么差别？"},
		// Simplified text comes back as it is: its 么, 著 and 埠 are simplified characters, and
		// Taiwan's words in shared characters are read so only in traditional text.
		{"什么是注意力机制", "什么是注意力机制"},
		{"显著提高了准确率", "显著提高了准确率"},
		{"商埠的程式化写作和影片", "商埠的程式化写作和影片"},
		{"", ""},
	} {
		if got := c.Simplify(tc.in); got != tc.want {
			t.Errorf("Simplify(%q) = %q; want %q", tc.in, got, tc.want)
		}
	}
}

func TestTraditional(t *testing.T) {
	c := New()
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"幻覺", true},
		{"訓練", true},
		{"幻觉", false},
		{"程式和影片", false}, // shared by both scripts
		{"显著", false},
		{"接著", false}, // 著 is shared
		{"GPT-4o", false},
	} {
		if got := c.Traditional(tc.in); got != tc.want {
			t.Errorf("Traditional(%q) = %v; want %v", tc.in, got, tc.want)
		}
	}
}

func TestZeroConverterConvertsNothing(t *testing.T) {
	var c Converter
	if got := c.Simplify("幻覺"); got != "幻覺" {
		t.Errorf("the zero Converter gave %q", got)
	}
}

func TestFromTable(t *testing.T) {
	c := FromTable("# a comment\n軟體\t软件\n體\t体\n軟\t软\n\nbad line\n")
	if got := c.Simplify("軟體和軟硬體"); got != "软件和软硬体" {
		t.Errorf("got %q; want the longest phrase at each place", got)
	}
}

// The table is generated: a lost or truncated file would make every traditional question a
// stranger again.
func TestTableIsWhole(t *testing.T) {
	c := New()
	if len(c.chars) < 4000 || len(c.phrases) < 500 {
		t.Errorf("the table has %d characters and %d phrases; regenerate it with `go generate ./retriever/hans`", len(c.chars), len(c.phrases))
	}
	for r, v := range c.chars {
		if c.Traditional(v) {
			t.Errorf("%c simplifies to %q, which is still traditional", r, v)
		}
	}
}
