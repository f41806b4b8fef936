package retriever

import (
	"regexp"
	"regexp/syntax"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// gate is what every match of a regular expression holds, read from the expression itself so
// it cannot fall out of step with it: a text that lacks it cannot match, and the expression
// need not read it. Go's regexp passes over a text quickly only when the pattern opens with a
// literal; recast's patterns open with alternations of names and trades, and would otherwise
// read every 「常见问法」 of the report, as the index is built, to find nothing in most.
//
// A gate is clauses that must all hold, each strings one of which the text holds: 「哪个ai好
// 用」 must hold 哪, one of the assistants' names, and one of 好/合适/适合. A nil gate admits
// every text.
type gate []anyOf

type (
	anyOf  []needle
	needle struct {
		s    string
		fold bool // s is lower-case ASCII, matched in the text folded to lower case (「(?i)ai」)
	}
)

// Bounds on a gate's size: a gate is tested before the expression, so it must stay cheap.
const (
	maxGateClauses = 4
	maxGateNeedles = 64
)

// gateOf derives re's gate from its syntax.
func gateOf(re *regexp.Regexp) gate {
	s, err := syntax.Parse(re.String(), syntax.Perl)
	if err != nil {
		return nil // cannot happen for a compiled expression; admit everything
	}
	return required(s.Simplify())
}

// gateText is a text as a gate reads it: as it is, and folded to lower case for the strings
// matched whatever their case.
type gateText struct{ text, lower string }

func readable(text string) gateText {
	lower := strings.ToLower(text)
	// The long s is the one character outside ASCII that (?i) matches to an ASCII letter and
	// ToLower leaves as it is (it makes the Kelvin sign k).
	return gateText{text, strings.ReplaceAll(lower, "\u017f", "s")}
}

// admits reports whether a text could match.
func (g gate) admits(in gateText) bool {
	for _, c := range g {
		if !c.holds(in) {
			return false
		}
	}
	return true
}

func (c anyOf) holds(in gateText) bool {
	for _, n := range c {
		if n.fold && strings.Contains(in.lower, n.s) || !n.fold && strings.Contains(in.text, n.s) {
			return true
		}
	}
	return false
}

// required returns re's gate: nil when a match may hold anything, or nothing.
func required(re *syntax.Regexp) gate {
	switch re.Op {
	case syntax.OpLiteral:
		return literalClauses(re.Rune, re.Flags&syntax.FoldCase != 0).trim()
	case syntax.OpCharClass:
		var c anyOf
		for i := 0; i+1 < len(re.Rune); i += 2 {
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				if len(c) == 8 { // a wide class (\p{Han}, [^，。]) says nothing
					return nil
				}
				c = append(c, needle{s: string(r)})
			}
		}
		return gate{c}
	case syntax.OpCapture, syntax.OpPlus:
		return required(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return required(re.Sub[0])
		}
	case syntax.OpConcat:
		// Every part's clauses hold in a match.
		var out gate
		for _, sub := range re.Sub {
			out = append(out, required(sub)...)
		}
		return out.trim()
	case syntax.OpAlternate:
		// A match is one branch's: its i-th clause is the i-th clauses of the branches joined
		// (a branch with fewer gives its last).
		var branches []gate
		n := 0
		for _, sub := range re.Sub {
			g := required(sub)
			if g == nil {
				return nil
			}
			branches = append(branches, g)
			n = max(n, len(g))
		}
		var out gate
		for i := range n {
			var c anyOf
			for _, b := range branches {
				c = append(c, b[min(i, len(b)-1)]...)
			}
			if c = c.pruned(); len(c) <= maxGateNeedles {
				out = append(out, c)
			}
		}
		return out.trim()
	}
	return nil
}

// pruned drops repeated strings and those that hold another (「还有前途」 beside 「前途」): a
// text that holds the longer holds the shorter.
func (c anyOf) pruned() anyOf {
	var out anyOf
	for i, n := range c {
		redundant := false
		for j, m := range c {
			if m.fold == n.fold && strings.Contains(n.s, m.s) && (len(m.s) < len(n.s) || j < i) {
				redundant = true
				break
			}
		}
		if !redundant {
			out = append(out, n)
		}
	}
	return out
}

// trim keeps a gate's most telling clauses, most telling first: those whose shortest string is
// longest, then those of fewest strings.
func (g gate) trim() gate {
	if len(g) == 0 {
		return nil
	}
	g = slices.Clone(g)
	slices.SortStableFunc(g, func(x, y anyOf) int {
		if lx, ly := x.shortest(), y.shortest(); lx != ly {
			return ly - lx
		}
		return len(x) - len(y)
	})
	return g[:min(len(g), maxGateClauses)]
}

func (c anyOf) shortest() int {
	n := -1
	for _, x := range c {
		if l := utf8.RuneCountInString(x.s); n < 0 || l < n {
			n = l
		}
	}
	return n
}

// literalClauses is a literal's clauses. Matched case-insensitively (「(?i)gpt-4o」), each run
// of ASCII is matched whatever its case, and each run of characters that have no case
// (Chinese) as it is; another character with a case is skipped.
func literalClauses(rs []rune, fold bool) gate {
	if !fold {
		if len(rs) == 0 {
			return nil
		}
		return gate{anyOf{{s: string(rs)}}}
	}
	var out gate
	var run []rune
	ascii := false
	end := func() {
		if len(run) > 0 {
			s := string(run)
			if ascii {
				s = strings.ToLower(s)
			}
			out = append(out, anyOf{{s: s, fold: ascii}})
		}
		run = run[:0]
	}
	for _, r := range rs {
		switch {
		case r < utf8.RuneSelf:
			if !ascii {
				end()
			}
			ascii = true
			run = append(run, r)
		case unicode.SimpleFold(r) == r:
			if ascii {
				end()
			}
			ascii = false
			run = append(run, r)
		default:
			end()
		}
	}
	end()
	return out
}
