package corpus

import (
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"
	"unicode/utf8"

	"gopkg.in/yaml.v3"
)

// 「常见问法」: the questions readers ask that a section answers, written from the reader's side
// (「聊久了它怎么就忘了？」 for the context window). They live beside the chapters, one file a
// chapter (asks/NN-slug.yaml, a map from a section's anchor to its questions), so that writing
// them never touches the prose. The report page shows them under their section and the tutor
// indexes them with it: a reader who describes a thing instead of naming it still finds it.

// Limits on a section's questions, checked.
const (
	MaxAsks      = 6  // questions one section may list
	MaxFAQAsks   = 8  // questions one FAQ may list: readers ask its everyday questions in more ways
	MaxAskRunes  = 60 // characters one question may have
	asksGlob     = "asks/*.yaml"
	asksFileNote = "asks file name must be that of a chapter, NN-slug.yaml"
)

// asksFile is one asks file, read and decoded (decoding needs nothing of the chapters, so
// Parse does it while it parses them).
type asksFile struct {
	name               string
	root               yaml.Node
	readErr, decodeErr error
}

// asksFiles are the asks files, in the order they are applied, or the error listing them.
type asksFiles struct {
	files []asksFile
	err   error
}

// decodeAsks reads and decodes every asks file.
func decodeAsks(fsys fs.FS) asksFiles {
	names, err := fs.Glob(fsys, asksGlob)
	if err != nil {
		return asksFiles{err: fmt.Errorf("listing asks: %w", err)}
	}
	sort.Strings(names)
	out := asksFiles{files: make([]asksFile, len(names))}
	for i, f := range names {
		a := &out.files[i]
		a.name = f
		data, err := fs.ReadFile(fsys, f)
		if err != nil {
			a.readErr = fmt.Errorf("reading %s: %w", f, err)
			continue
		}
		if err := yaml.Unmarshal(data, &a.root); err != nil {
			a.decodeErr = fmt.Errorf("parsing %s: %w", f, err)
		}
	}
	return out
}

// applyAsks attaches the questions of the decoded asks files to their sections. A malformed
// file is an error (like a malformed bibliography); questions that break a rule are problems.
func (r *Report) applyAsks(decoded asksFiles) error {
	if decoded.err != nil {
		return decoded.err
	}
	chapters := map[string]*Chapter{}
	for _, ch := range r.Chapters {
		chapters[strings.TrimSuffix(path.Base(ch.File), ".md")] = ch
	}
	seen := map[string]string{} // question → where it was first given
	for i := range decoded.files {
		a := &decoded.files[i]
		f, root := a.name, &a.root
		if a.readErr != nil {
			return a.readErr
		}
		ch := chapters[strings.TrimSuffix(path.Base(f), ".yaml")]
		if ch == nil {
			r.parseProblems = append(r.parseProblems, Problem{f, 1, asksFileNote})
			continue
		}
		if a.decodeErr != nil {
			return a.decodeErr
		}
		if len(root.Content) == 0 {
			continue
		}
		m := root.Content[0]
		if m.Kind != yaml.MappingNode {
			return fmt.Errorf("parsing %s: asks must be a map from anchor to a list of questions", f)
		}
		for i := 0; i+1 < len(m.Content); i += 2 {
			key, val := m.Content[i], m.Content[i+1]
			sec, ok := r.sections[key.Value]
			switch {
			case !ok:
				r.parseProblems = append(r.parseProblems, Problem{f, key.Line, fmt.Sprintf("asks for anchor %q, which no section has", key.Value)})
				continue
			case sec.Chapter != ch:
				r.parseProblems = append(r.parseProblems, Problem{f, key.Line, fmt.Sprintf("anchor %q is in %s, not in this chapter", key.Value, sec.Chapter.File)})
				continue
			case val.Kind != yaml.SequenceNode:
				return fmt.Errorf("parsing %s:%d: the questions of %q must be a list", f, val.Line, key.Value)
			case len(sec.Asks) > 0:
				r.parseProblems = append(r.parseProblems, Problem{f, key.Line, fmt.Sprintf("anchor %q is listed twice", key.Value)})
				continue
			}
			if most := maxAsks(key.Value); len(val.Content) > most {
				r.parseProblems = append(r.parseProblems, Problem{f, val.Line, fmt.Sprintf("%q lists %d questions; at most %d", key.Value, len(val.Content), most)})
			}
			for _, q := range val.Content {
				text := strings.TrimSpace(q.Value)
				where := fmt.Sprintf("%s:%d", f, q.Line)
				switch {
				case q.Kind != yaml.ScalarNode || text == "":
					r.parseProblems = append(r.parseProblems, Problem{f, q.Line, "a question must be non-empty text"})
					continue
				case utf8.RuneCountInString(text) > MaxAskRunes:
					r.parseProblems = append(r.parseProblems, Problem{f, q.Line, fmt.Sprintf("question %q is longer than %d characters", text, MaxAskRunes)})
				case seen[text] != "":
					r.parseProblems = append(r.parseProblems, Problem{f, q.Line, fmt.Sprintf("question %q is already given at %s", text, seen[text])})
					continue
				}
				seen[text] = where
				sec.Asks = append(sec.Asks, text)
			}
		}
	}
	return nil
}

// maxAsks is how many questions the section at anchor may list.
func maxAsks(anchor string) int {
	if strings.HasPrefix(anchor, "faq-") {
		return MaxFAQAsks
	}
	return MaxAsks
}
