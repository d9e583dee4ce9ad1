package parser

import "strings"

// CriticMarkup, as Markdown editors write a reviewer's marks (iA Writer,
// MultiMarkdown, Marked): a passage highlighted ("{==Sydsverige==}"), a
// comment ("{>>kolla med handläggaren<<}"), an insertion ("{++…++}"), a
// deletion ("{--…--}") and a substitution ("{~~gammal~>ny~~}").

// criticNote says that a reviewer's marks were read.
const criticNote = `the page holds a reviewer's marks (CriticMarkup: "{==…==}", "{>>…<<}", "{++…++}", "{--…--}", "{~~…~>…~~}"): highlighted words were read as they stand, the reviewer's comments left out, and suggested changes read as made, an insertion kept and a deletion left out`

// minCriticMarks is the fewest marks that make a text's braces a
// reviewer's: a page's own text writes none.
const minCriticMarks = 2

// stripCriticMarkup reads a text's CriticMarkup as the page it marks:
// each highlight as its words, each comment left out, each change as
// made. A line that held only comments is blank. Each line keeps its
// number.
func stripCriticMarkup(text string) (string, bool) {
	if !containsRare(text, "{==") && !containsRare(text, "{>>") && !containsRare(text, "{++") && !containsRare(text, "{--") && !containsRare(text, "{~~") {
		return text, false
	}
	lines := splitLines(text)
	marks := 0
	read := make([]string, len(lines))
	for i, l := range lines {
		r, n := criticLine(l)
		read[i], marks = r, marks+n
	}
	if marks < minCriticMarks {
		return text, false
	}
	return rewriteLines(text, lines, func(i int, _ string) string { return read[i] }), true
}

// criticMarks are CriticMarkup's marks, each its opening, its closing,
// and what of its inside the page keeps.
var criticMarks = []struct {
	open, close string
	keep        func(inside string) string
}{
	{"{==", "==}", func(s string) string { return s }},
	{"{>>", "<<}", func(string) string { return "" }},
	{"{++", "++}", func(s string) string { return s }},
	{"{--", "--}", func(string) string { return "" }},
	{"{~~", "~~}", func(s string) string {
		if _, now, ok := strings.Cut(s, "~>"); ok {
			return now
		}
		return s
	}},
}

// criticLine returns a line with its marks read, and how many it held.
func criticLine(l string) (string, int) {
	n := 0
	for _, m := range criticMarks {
		for {
			open := strings.Index(l, m.open)
			if open < 0 {
				break
			}
			end := strings.Index(l[open+len(m.open):], m.close)
			if end < 0 {
				break
			}
			inside := l[open+len(m.open) : open+len(m.open)+end]
			l = l[:open] + m.keep(inside) + l[open+len(m.open)+end+len(m.close):]
			n++
		}
	}
	if n > 0 && strings.TrimSpace(l) == "" {
		return "", n
	}
	return strings.TrimRight(l, " \t"), n
}
