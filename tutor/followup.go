package tutor

import (
	"context"
	"strings"

	"llmtutor/retriever"
)

// anaphora are words that point back at something said earlier: a question containing one is
// about the conversation's subject, whatever else it matches.
var anaphora = []string{"它", "他们", "她", "这个", "那个", "这种", "那种", "这款", "那款", "这项", "该模型", "该基准", "其中", "上面", "上述", "刚才", "前面", "这些", "那些", "那它", "那么它"}

var latinAnaphora = []string{"it", "its", "this", "that", "they", "them"}

// subjectTurns is how many earlier questions carry the subject: two, so a second follow-up
// still knows what the first one was about.
const subjectTurns = 2

func hasAnaphora(q string) bool {
	for _, a := range anaphora {
		if strings.Contains(q, a) {
			return true
		}
	}
	for _, w := range strings.FieldsFunc(strings.ToLower(q), func(r rune) bool {
		return !(r >= 'a' && r <= 'z')
	}) {
		for _, a := range latinAnaphora {
			if w == a {
				return true
			}
		}
	}
	return false
}

// subject is the text of the last few questions the reader asked.
func subject(history []Turn) string {
	var qs []string
	for i := len(history) - 1; i >= 0 && len(qs) < subjectTurns; i-- {
		if history[i].Role == "user" {
			qs = append([]string{history[i].Content}, qs...)
		}
	}
	return strings.Join(qs, " ")
}

// Retrieve finds passages for a request. A question that points back (「它有多少道题？」) or
// that the report does not cover on its own is searched again with the conversation's
// subject carried in; no model is needed for that, so both modes understand follow-ups.
func (t *Tutor) Retrieve(ctx context.Context, req Request) (Found, error) {
	q := strings.TrimSpace(req.Question)
	alone, err := t.ix.Search(ctx, retriever.Query{Text: q}, t.topK)
	if err != nil {
		return Found{}, err
	}
	subj := subject(req.History)
	if subj == "" {
		return Found{Result: alone}, nil
	}
	pointsBack := hasAnaphora(q)
	if alone.Covered && !pointsBack {
		return Found{Result: alone}, nil
	}
	withSubject, err := t.ix.Search(ctx, retriever.Query{Text: q, Context: subj}, t.topK)
	if err != nil {
		return Found{}, err
	}
	if withSubject.Covered || pointsBack {
		return Found{Result: withSubject, Followup: true}, nil
	}
	return Found{Result: alone}, nil
}
