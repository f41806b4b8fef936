package retriever

import "testing"

func TestPlainDialect(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"它咋个晓得我要问啥子", "它怎么知道我要问什么"},
		{"用起最巴适的是哪个", "用起最好的是哪个"},
		{"跟训狗一样的迈？", "跟训狗一样的吗？"},
		{"训一个模型得花老鼻子钱了吧", "训一个模型得花很多钱了吧"},
		{"我跟它唠的嗑它能记住不", "我跟它聊的天它能记住不"},
		{"以后找工会不会被 AI 抢 leh？", "以后找工会不会被 AI 抢？"},
		{"用 ChatGPT 会不会被抓到 ah", "用 ChatGPT 会不会被抓到"},
		{"那时候为什么没有酱红 meh？", "那时候为什么没有这样红？"},
		// Guards: the standard words these look like are left alone.
		{"迈向通用人工智能", "迈向通用人工智能"},
		{"年迈的父母能用吗", "年迈的父母能用吗"},
		{"他总是唠叨", "他总是唠叨"},
		{"酱油怎么做", "酱油怎么做"},
		{"color 和 lora 是什么", "color 和 lora 是什么"},
		{"AH-64", "AH-64"},
	} {
		if got := plainDialect(c.in); got != c.want {
			t.Errorf("plainDialect(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
