package parser

import "strings"

// A page kept in a program's source, a script or a notebook stands in a
// comment: "# " before each of its lines (Python, R, a shell), "## " (R's
// printed output, a knitted report's), "#' " (R's documentation), "// ",
// "-- " (SQL), ";; " (Lisp), "% " (LaTeX, MATLAB), " * " inside "/** …
// */", "' " (Visual Basic), "REM " (a batch file). The marks split every
// label from the line's start, and the code around the comment is no part
// of the page. stripCodeComments takes the mark off each line of the
// comment and leaves the code out, line for line.

// codeCommentsNote says that a page in a program's comments was read.
const codeCommentsNote = `the page stands in a program's comments ("# ", "// ", "-- ", " * "): the marks were taken off, and the code around them left out`

// commentMarks are the marks a comment's line begins with, the longer of
// two that begin alike first. "*" counts only after white space, as a
// block comment's lines have it; a list's "* " begins at the margin.
var commentMarks = []string{"#'", "##", "#", "//", "--", ";;", "%", "*", "'", "REM", "rem", "::"}

// minCommentLines is the fewest lines of one mark that make a page in
// comments; commentShare is the least share of the text's lines they are.
const (
	minCommentLines = 5
	commentShare    = 0.6
)

// commentMark returns the mark a line's comment begins with, or "".
func commentMark(line string) string {
	t := strings.TrimLeft(line, " \t")
	for _, m := range commentMarks {
		if !strings.HasPrefix(t, m) || len(t) > len(m) && t[len(m)] != ' ' && t[len(m)] != '\t' && t[len(m)] != '\r' {
			continue
		}
		if m == "*" && len(t) == len(line) {
			return "" // a list's item at the margin
		}
		return m
	}
	return ""
}

// stripCodeComments reads a page that stands in a program's comments, and
// reports whether the text is one: minCommentLines lines or more, and
// commentShare of its lines, begin with one mark, and two or more of them
// are labels once it is taken off.
func stripCodeComments(text string) (string, bool) {
	counts := map[string]int{}
	nonBlank := 0
	for rest := text; rest != ""; {
		var l string
		l, rest = nextLine(rest)
		t := strings.TrimLeft(l, " \t")
		if t == "" || t == "\r" {
			continue
		}
		nonBlank++
		if strings.IndexByte("#/-;%*'Rr:", t[0]) < 0 {
			continue // no mark begins so: most lines
		}
		if m := commentMark(l); m != "" {
			counts[m]++
		}
	}
	mark, most := "", 0
	for m, n := range counts {
		if n > most || n == most && len(m) > len(mark) {
			mark, most = m, n
		}
	}
	if most < minCommentLines || float64(most) < commentShare*float64(nonBlank) {
		return text, false
	}
	lines := strings.Split(text, "\n")
	out := make([]string, len(lines))
	labels := 0
	for i, l := range lines {
		switch {
		case strings.TrimSpace(l) == "":
		case commentMark(l) == mark:
			t := strings.TrimLeft(l, " \t")[len(mark):]
			t = strings.TrimPrefix(strings.TrimPrefix(t, " "), "\t")
			out[i] = t
			if labels < 2 && classify(t, 0, false).term != nil {
				labels++
			}
		default:
			// Code around the comment, or a block comment's "/**" and "*/".
		}
	}
	if labels < 2 {
		return text, false
	}
	return strings.Join(out, "\n"), true
}
