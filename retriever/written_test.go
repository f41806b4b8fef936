package retriever

import "testing"

func TestPlainWritten(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"何谓“词元”？", "什么是“词元”？"},
		{"训练一个大模型耗资几何？", "训练一个大模型要花多少钱？"},
		{"其参数量几何", "其参数量多少"},
		{"闻训练一大模型耗资甚巨", "听说训练一大模型耗资很大"},
		{"老年人当如何防范？", "老年人应该怎么防范？"},
		{"老朽欲请电脑代拟春联，可否？", "我欲请电脑代拟春联，能不能？"},
		{"是否真能通晓文意，抑或仅按概率接续字句而已？", "是否真能理解意思，还是仅按概率接续字句？"},
		{"它与“微调”有何分别？", "它与“微调”有什么区别？"},
		{"其难点何在", "其难点在哪里"},
		{"这种情况为何会发生，应当如何核实？", "这种情况为什么会发生，应该怎么核实？"},
		{"注意力机制的基本原理为何？", "注意力机制的基本原理是什么？"},
		{"中文与英文语料孰多孰少？敬请赐教。", "中文与英文语料哪个多？。"},
		{"其评语可信否？步骤愈多，耗时是否愈久", "其评语可信吗？步骤越多，耗时是否越久"},
		{"请教一下 RAG 的底层逻辑，对客服有何赋能", "请教一下 RAG 的原理，对客服有什么帮助"},
		{"能否把训练链路的颗粒度再细化", "能否把训练流程的细节再细化"},
		// Not the everyday words that hold the same characters.
		{"正确与否？病能痊愈吗", "正确与否？病能痊愈吗"},
		{"ai能做几何题吗", "ai能做几何题吗"},
		{"如何防范ai诈骗", "如何防范ai诈骗"},
		{"甚至能写代码", "甚至能写代码"},
		{"新闻里说的大模型", "新闻里说的大模型"},
	} {
		if got := plainWritten(c.in); got != c.want {
			t.Errorf("plainWritten(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	// The gate holds the register's words: without one it would read every question.
	if writtenGate == nil {
		t.Error("plainWritten has no gate")
	}
}

func TestPlainSlips(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"第一个会聊天的电脑叫什么名子", "第一个会聊天的电脑叫什么名字"},
		{"为什么ai有时侯会说错话", "为什么ai有时候会说错话"},
		{"是不是比我们老师还利害", "是不是比我们老师还厉害"},
		{"我因该怎么问它", "我应该怎么问它"},
		{"大模行的参数是啥", "大模型的参数是啥"},
		// The stakes of a matter are 利害 still.
		{"ai监管涉及哪些利害关系", "ai监管涉及哪些利害关系"},
	} {
		if got := plainSlips(c.in); got != c.want {
			t.Errorf("plainSlips(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	if slipsGate == nil {
		t.Error("plainSlips has no gate")
	}
}

func TestPlainKin(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"我家娃几岁能用ai", "我家孩子几岁能用ai"},
		{"娃儿天天跟ai聊天", "孩子天天跟ai聊天"},
		{"ai能做娃娃吗", "ai能做娃娃吗"},
		{"女娃学编程还有前途吗", "女娃学编程还有前途吗"},
		{"觉得女的就该在家带娃", "觉得女的就该在家带娃"},
	} {
		if got := plainKin(c.in); got != c.want {
			t.Errorf("plainKin(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestPlainRobot(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"这个机器人它的知识是从哪学来的", "ai它的知识是从哪学来的"},
		{"新闻说机器人考试比博士还厉害", "新闻说ai考试比博士还厉害"},
		{"以后智能机器人会不会管着人", "以后ai会不会管着人"},
		{"以前有能聊天的机器人吗", "以前有能聊天机器人吗"},
		// Guards: the report's own word, and robots with a body at work.
		{"聊天机器人是啥", "聊天机器人是啥"},
		{"扫地机器人能听懂我说话吗", "扫地机器人能听懂我说话吗"},
		{"工厂里的机器人会不会抢工人饭碗", "工厂里的机器人会不会抢工人饭碗"},
		{"机器人能帮我搬家吗", "机器人能帮我搬家吗"},
	} {
		if got := plainRobot(c.in); got != c.want {
			t.Errorf("plainRobot(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestPlainPopular(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"chatgpt为啥一推出就爆红", "chatgpt为啥一推出就火"},
		{"deepseek咋突然这么红", "deepseek咋突然这么火"},
		{"gpt3当年为啥没那样红呢", "gpt3当年为啥没那样火呢"},
		{"这公司生意很红火", "这公司生意很火"},
		// Guards: a colour.
		{"为啥这么红色的图", "为啥这么红色的图"},
		{"那么红绿灯呢", "那么红绿灯呢"},
	} {
		if got := plainPopular(c.in); got != c.want {
			t.Errorf("plainPopular(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestPlainInitials(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"rag是sm", "rag是什么"},
		{"wsm它答得慢 zm办", "为什么它答得慢 怎么办"},
		{"ZM让它少编", "怎么让它少编"},
		// Guards: the letters inside a name.
		{"gsm8k考啥", "gsm8k考啥"},
		{"smollm是谁做的", "smollm是谁做的"},
	} {
		if got := plainInitials(c.in); got != c.want {
			t.Errorf("plainInitials(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
