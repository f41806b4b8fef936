package retriever

import "testing"

func TestSpokenNames(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"那个拉玛四是哪家的", "那个 llama 4 是哪家的"},
		{"拉玛3.1支持中文吗", " llama 3.1 支持中文吗"},
		{"欧三迷你能看图吗", " o3-mini 能看图吗"},
		// An o-series name without 「迷你」 is one beside a name said in full.
		{"欧三迷你跟欧一比", " o3-mini 跟 o1 比"},
		// The same characters that are no model's name stay as they are.
		{"泰国拉玛四世是谁", "泰国拉玛四世是谁"},
		{"欧三排放标准是什么", "欧三排放标准是什么"},
		{"拉玛是哪里", "拉玛是哪里"},
		// ELIZA in characters; Elizabeth is no chatbot.
		{"好像叫伊丽莎", "好像叫 eliza "},
		{"伊莉莎是谁做的", " eliza 是谁做的"},
		{"伊丽莎白二世", "伊丽莎白二世"},
		{"欧洲杯谁赢了", "欧洲杯谁赢了"},
		// ChatGPT said in characters; and names said without a version, beside words of models.
		{"恰特gpt是哪年出来的", " chatgpt 是哪年出来的"},
		{"差GPT是哪个国家弄出来的", " chatgpt 是哪个国家弄出来的"},
		{"r1差gpt4多少", "r1差gpt4多少"}, // lagging behind a version
		{"用差gpt写了个通知", "用 chatgpt 写了个通知"},
		{"拉玛的许可证能商用吗", " llama 的许可证能商用吗"},
		{"伯特跟gpt不都是变形金刚那个架构吗", " bert 跟gpt不都是 transformer 那个架构吗"},
		{"伯特·兰卡斯特演过什么电影", "伯特·兰卡斯特演过什么电影"},
		{"变形金刚最新一部好看吗", "变形金刚最新一部好看吗"},
		{"拉玛四世跟哪个模型同名", "拉玛四世跟哪个模型同名"},
		{"拉玛九世的传记有没有开源的电子版", "拉玛九世的传记有没有开源的电子版"},
		// Names said by their sound: some mean nothing else; a person's name only with a version
		// or beside words of models; a benchmark with its year.
		{"迪普西克v3跟r1是一个东西吗", " deepseek v3跟r1是一个东西吗"},
		{"米斯特拉尔是哪个国家的公司", " mistral 是哪个国家的公司"},
		{"克劳德三点七跟三点五有啥不一样", " claude 3.7 跟 3.5 有啥不一样"},
		{"克劳德写代码强吗 是哪个模型", " claude 写代码强吗 是哪个模型"},
		{"克劳德莫奈的睡莲在哪个博物馆", "克劳德莫奈的睡莲在哪个博物馆"},
		{"克劳德四跟o3比哪个会写代码", " claude 4 跟o3比哪个会写代码"},
		{"克劳德一直报错是咋回事 模型挂了吗", " claude 一直报错是咋回事 模型挂了吗"},
		{"艾姆二零二四是个啥考试", " aime 2024 是个啥考试"},
		{"艾姆是谁", "艾姆是谁"},
		// A dot said between two English words.
		{"拉玛点cpp咋装 能在笔记本上跑模型吗", " llama.cpp咋装 能在笔记本上跑模型吗"},
		{"传斯佛么跟rnn比好在哪", " transformer 跟rnn比好在哪"},
		// A decimal said in numerals; not a time of day.
		{"一点五和一点一一哪个大", " 1.5 和 1.11 哪个大"},
		{"下午三点一刻开会", "下午三点一刻开会"},
		{"九点五十分到", "九点五十分到"},
	} {
		if got := spokenNames(c.in); got != c.want {
			t.Errorf("spokenNames(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// A name said letter by letter is read as its letters only where so read it names an entry.
func TestSpokenLetters(t *testing.T) {
	_, ix := sharedIndex(t)
	for _, c := range []struct{ in, want string }{
		{"阿尔一是哪家的", " r1 是哪家的"},
		{"开威缓存占显存多吗", " kv 缓存占显存多吗"},
		{"吉皮提四欧能看图吗", " gpt-4o 能看图吗"},
		{"鸡屁踢三出来那年", " gpt-3 出来那年"},
		{"鸡蛋羹咋做", "鸡蛋羹咋做"},
		{"提示词咋写", "提示词咋写"},
		{"微信比较好用", "微信比较好用"},
		{"开会又迟到了", "开会又迟到了"},
		{"比一比谁厉害", "比一比谁厉害"},
		{"西三环堵车吗", "西三环堵车吗"},
	} {
		if got := ix.spokenLetters(c.in); got != c.want {
			t.Errorf("spokenLetters(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// A dictated model name finds the model's entry.
func TestSpokenNameFindsTheModel(t *testing.T) {
	_, ix := sharedIndex(t)
	for _, c := range []struct{ q, anchor string }{
		{"那个拉玛四是哪家的开源的吗", "model-llama-4"},
		{"欧三迷你能看图吗", "model-o3-mini"},
		{"迪普西克微三是开源的吗", "model-deepseek-v3"},
		{"叉特鸡屁踢是哪一年推出的", "history-chatgpt"},
	} {
		res := mustSearch(t, ix, Query{Text: c.q})
		if !res.Covered || len(res.Hits) == 0 || res.Hits[0].Anchor != c.anchor {
			t.Errorf("%s: covered %v, top %v; want %s first", c.q, res.Covered, topAnchors(res, 3), c.anchor)
		}
	}
}

func TestSaidOnce(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"那个那个它是咋训练的", "它是咋训练的"},
		{"词元词元到底是啥", "词元到底是啥"},
		{"要微调微调微调吗", "要微调吗"},
		// Guards: repetitions that mean something.
		{"它是一个词一个词写的吗", "它是一个词一个词写的吗"},
		{"会不会不准", "会不会不准"},
		{"聊着聊着就忘了", "聊着聊着就忘了"},
		{"多少多少亿参数", "多少多少亿参数"},
		{"看看它咋说", "看看它咋说"},
	} {
		if got := saidOnce(c.in); got != c.want {
			t.Errorf("saidOnce(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
