package parser

import (
	"strings"
	"unicode"
)

// calloutNote says that a notes app's callouts were read as the page's
// lines.
const calloutNote = `the page holds a notes app's callout ("> [!info] Projektfakta", "> [!NOTE]"), whose type and title were taken off and whose lines were read as the page's, not as a quote`

// calloutHead reports the first line of an Obsidian or GitHub callout: a
// quote whose first word is its type in brackets after "!" ("> [!info]
// Projektfakta", "> [!NOTE]", "> [!warning]- Folded").
func calloutHead(t string) bool {
	rest, ok := strings.CutPrefix(t, ">")
	if !ok {
		return false
	}
	rest, ok = strings.CutPrefix(strings.TrimLeft(rest, " "), "[!")
	end := strings.IndexByte(rest, ']')
	return ok && end > 0 && !strings.ContainsFunc(rest[:end], func(r rune) bool { return !unicode.IsLetter(r) && r != '-' && r != '_' })
}

// stripCallouts reads each Obsidian or GitHub callout in text as the
// page's own lines: its first line, the callout's type and title, blank;
// the quote marks of the lines below it taken off, up to the first line
// with none. A callout is a note's box round a part of the page
// ("Projektfakta"), not another writer's words quoted.
func stripCallouts(text string) (string, bool) {
	if !containsRare(text, "[!") {
		return text, false
	}
	lines := strings.Split(text, "\n")
	found, in := false, false
	for i, l := range lines {
		t := strings.TrimLeft(l, " \t")
		switch {
		case calloutHead(t):
			lines[i], found, in = "", true, true
		case in && strings.HasPrefix(t, ">"):
			lines[i] = strings.TrimPrefix(t[1:], " ")
		default:
			in = false
		}
	}
	if !found {
		return text, false
	}
	return strings.Join(lines, "\n"), true
}
