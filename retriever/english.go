package retriever

import "strings"

// Readers who study or work in English mix its everyday words into Chinese questions: 「这个
// model 怎么 train 出来的」「AI 写的 homework 老师能 detect 出来吗」. A word that names nothing
// of the report is unknown content, and the question is declined though the report answers
// it. englishAs gives the report's word for each, read only in a question that is written in
// Chinese (an English question keeps its words) and only where the word is no name: 「Large
// Language Model」 and 「Deep Learning」 are the report's names, matched first, whole.
var englishAs = map[string]string{
	"model": "模型", "models": "模型", "train": "训练", "trained": "训练", "training": "训练", "trains": "训练",
	"data": "数据", "dataset": "数据集", "datasets": "数据集", "parameter": "参数", "parameters": "参数", "params": "参数",
	"homework": "作业", "essay": "作文", "exam": "考试", "exams": "考试", "score": "分数", "scores": "分数",
	"paper": "论文", "papers": "论文", "teacher": "老师", "student": "学生", "students": "学生", "school": "学校",
	"detect": "检测", "detector": "检测器", "detection": "检测",
	"code": "代码", "coding": "编程", "programming": "编程", "programmer": "程序员", "programmers": "程序员",
	"language": "语言", "translate": "翻译", "translation": "翻译",
	"image": "图片", "images": "图片", "picture": "图片", "pictures": "图片", "photo": "照片", "photos": "照片",
	"video": "视频", "videos": "视频", "voice": "声音", "audio": "音频",
	"cost": "成本", "price": "价格", "cheap": "便宜", "expensive": "贵", "free": "免费",
	"privacy": "隐私", "copyright": "版权", "safety": "安全", "security": "安全", "bias": "偏见",
	"job": "工作", "jobs": "工作", "company": "公司", "future": "未来", "robot": "机器人", "robots": "机器人",
	"brain": "大脑", "human": "人类", "humans": "人类", "conscious": "有意识", "consciousness": "意识",
	"understand": "理解", "reasoning": "推理", "think": "思考", "thinking": "思考", "learn": "学习", "learning": "学习",
	"chat": "聊天", "search": "搜索", "upload": "上传", "file": "文件", "files": "文件", "document": "文档", "documents": "文档",
	"local": "本地", "deploy": "部署", "deployment": "部署", "server": "服务器", "hardware": "硬件", "chip": "芯片", "chips": "芯片",
	"version": "版本", "release": "发布", "accuracy": "准确率", "accurate": "准确", "fake": "假", "scam": "诈骗", "fraud": "诈骗",
	"opensource": "开源", "finetune": "微调", "finetuning": "微调",
}

// fromEnglish returns the report's word for an everyday English word of a Chinese question.
func fromEnglish(word string) (string, bool) {
	zh, ok := englishAs[squash(strings.ToLower(word))]
	return zh, ok
}
