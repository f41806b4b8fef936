// Package tutor answers a reader's question from the report: it carries the conversation's
// subject into follow-ups, retrieves passages, composes an extractive answer (offline) or
// streams a generated one from an OpenAI-compatible model, and maps citations onto passages.
// It knows nothing about HTTP; the web chat, the CLI and the evaluation share Answer.
package tutor

// EventType names the events an answer is made of. The same events travel over the
// websocket, are printed by `tutor ask` and are read by the evaluation.
type EventType string

const (
	EventRetrieval EventType = "retrieval" // which passages were found, their scores, the prompt
	EventToken     EventType = "token"     // a piece of the answer text
	EventReasoning EventType = "reasoning" // a piece of a reasoning model's separate thinking
	EventCitations EventType = "citations" // the markers of the answer, mapped to passages
	EventDone      EventType = "done"      // the answer is complete
	EventError     EventType = "error"     // something failed; a fallback may follow
)

// Event is one step of an answer. Only the fields of its Type are set.
type Event struct {
	Type EventType `json:"type"`
	// Text is the piece of answer or reasoning (token, reasoning).
	Text string `json:"text,omitempty"`
	// Retrieval is set on retrieval events.
	Retrieval *Retrieval `json:"retrieval,omitempty"`
	// Citations is set on citations events; an empty list means the answer cites nothing.
	Citations []Citation `json:"citations,omitempty"`
	// Done is set on done events.
	Done *Done `json:"done,omitempty"`
	// Error is set on error events.
	Error *Error `json:"error,omitempty"`
}

// Retrieval shows how RAG worked for one answer.
type Retrieval struct {
	Query     string    `json:"query"`              // the question as searched (subject and glossary names added)
	Followup  bool      `json:"followup"`           // the conversation's subject was carried in
	Subject   string    `json:"subject,omitempty"`  // the earlier subject searched with the question
	Added     []string  `json:"added,omitempty"`    // other names of the entries the question names, added to the search
	Covered   bool      `json:"covered"`            // the report covers the question
	Unlisted  bool      `json:"unlisted,omitempty"` // it asks for what the report leaves out on purpose (a score, a price)
	Coverage  float64   `json:"coverage"`           // share of the question's informative terms found
	Mode      Mode      `json:"mode"`               // how the answer is composed
	Model     string    `json:"model,omitempty"`
	Embedding string    `json:"embedding"` // which embedding ranked the passages
	Passages  []Passage `json:"passages"`
	Prompt    string    `json:"prompt,omitempty"` // the exact messages sent to the model, generative mode only
}

// Passage is a retrieved passage as shown to the reader and numbered for the model.
type Passage struct {
	N            int     `json:"n"` // the citation number, 1-based
	ID           string  `json:"id"`
	Anchor       string  `json:"anchor"`
	Chapter      string  `json:"chapter"`
	ChapterTitle string  `json:"chapter_title"`
	Title        string  `json:"title"`
	Text         string  `json:"text"`
	URL          string  `json:"url"`
	Figure       string  `json:"figure,omitempty"` // the anchor of the figure the passage describes
	Score        float64 `json:"score"`
	Lexical      float64 `json:"lexical"`
	Vector       float64 `json:"vector"`
	Used         bool    `json:"used"` // given to the model, or quoted in the offline answer
}

// Citation maps an answer's marker [N] to its passage.
type Citation struct {
	N      int    `json:"n"`
	Anchor string `json:"anchor"`
	Title  string `json:"title"`
	URL    string `json:"url"`
	Text   string `json:"text"`
	// Figure is the anchor of the cited figure, when the passage is a figure's caption: the chat
	// shows its thumbnail.
	Figure string `json:"figure,omitempty"`
	// Quote is the exact sentence or sentences of the report the answer cites with this marker,
	// one a line: what a reader should see highlighted.
	Quote string `json:"quote,omitempty"`
	// Supported is false when the sentence citing this passage states key terms or numbers
	// the passage does not contain. Unsupported lists them.
	Supported   bool     `json:"supported"`
	Unsupported []string `json:"unsupported,omitempty"`
}

// Mode is how an answer is composed.
type Mode string

const (
	ModeOffline    Mode = "offline"    // quoted from the report's passages
	ModeGenerative Mode = "generative" // written by a model from the passages
)

// Done closes an answer.
type Done struct {
	Mode     Mode `json:"mode"`
	Covered  bool `json:"covered"`
	Fallback bool `json:"fallback"` // the model failed and the offline answer was given instead
	// Suggestions are questions the report does answer, offered with a decline when the question
	// came near some entries (「你是不是想问：…」).
	Suggestions []string `json:"suggestions,omitempty"`
}

// Error says what went wrong, in Chinese for the reader, with a stable code for programs.
type Error struct {
	Code    string `json:"code"`
	Message string `json:"message"`
}
