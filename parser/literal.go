package parser

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// A page kept in a program as a string literal and copied from its source
// or its output: a multi-line literal ("const page = `…`;", `PAGE =
// """…"""`), a literal a line ("\"Region\\n\" +"), or the whole page on
// one line with its line ends escaped, as a program prints a string
// ('23-038-S06 - …\n\nDiarienummer:\n…', R's [1] "…", a list of lines
// ['…', '', '…']).

var (
	// literalOpen is a multi-line literal's first line: a name given the
	// literal, its quotes, and the text after them.
	literalOpen = lazyRE("^\\s*(?:(?:const|let|var|val|final|String|string)\\s+)?[\\w$.\\[\\]'\"]+\\s*(?::?=|<-)\\s*[rRbBuUfF]{0,2}(`|\"\"\"|''')\\\\?(.*)$")
	// literalLine is a line of a literal a line, concatenated or listed:
	// "\"Region\\n\" +", "page := \"Within\\n\" +", "  \"Sydsverige\\n\",".
	literalLine = lazyRE(`^\s*(?:[\w$.]+\s*(?::=|=|\+=)\s*)?\(?\s*(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)')\s*[+,);]*\s*$`)
)

// minLiteralLines is the fewest lines of literals a line that make a text
// a program's: a page's own quoted lines are fewer.
const minLiteralLines = 5

// stripLiteral reads a page in a program's string literal, line for line:
// a multi-line literal loses its first line's name and quotes and its last
// line's closing quotes; literals a line, most of the text's lines, lose
// their quotes and the "+" between them and have their escapes read.
// Each line keeps its number.
func stripLiteral(text string) (string, bool) {
	if !strings.ContainsAny(text, "`\\") && !containsRare(text, `"""`) && !containsRare(text, "'''") {
		return text, false // no quotes of a multi-line literal, no escape
	}
	lines := splitLines(text)
	first, last := -1, -1
	withText := 0
	for i, l := range lines {
		if strings.TrimSpace(l) != "" {
			if first < 0 {
				first = i
			}
			last = i
			withText++
		}
	}
	if first < 0 || first == last {
		return text, false
	}
	if m := literalOpen.FindStringSubmatch(lines[first]); m != nil {
		quote := m[1]
		end := strings.TrimRight(lines[last], " \t;)")
		if strings.HasSuffix(end, quote) {
			return rewriteLines(text, lines, func(i int, l string) string {
				switch i {
				case first:
					return m[2]
				case last:
					return strings.TrimSuffix(end, quote)
				}
				return l
			}), true
		}
	}
	literals := 0
	for _, l := range lines {
		if literalLine.MatchString(l) {
			literals++
		}
	}
	if literals < minLiteralLines || 2*literals < withText {
		return text, false
	}
	return rewriteLines(text, lines, func(_ int, l string) string {
		m := literalLine.FindStringSubmatch(l)
		if m == nil {
			return l
		}
		s := unescapeLiteral(m[1] + m[2]) // in double quotes or single, one empty
		return strings.TrimSuffix(strings.TrimSuffix(s, "\n"), "\r")
	}), true
}

// minEscapedBreaks is the fewest escaped line ends ("\n") on one line that
// make it a page printed as a string: a page's own text has none.
const minEscapedBreaks = 5

// maxProgramLines bounds the other lines with text of an input read as
// pages printed as strings: a program's line or two ("> page", "[1]").
const maxProgramLines = 2

// expandEscaped reads pages printed as a program's string literals, a page
// a line, their line ends escaped, as their lines: the literals on each
// such line (one, or a list's, a line each) are unescaped, and every line
// they give stands on the input line they came from, which at gives for
// each line of the result, and printed the lines of text that held them.
// It returns the text as it is, and no lines, for any other text.
func expandEscaped(text string) (_ string, at, printed []int) {
	if !containsRare(text, `\n`) && !containsRare(text, "', ") && !containsRare(text, `", `) {
		return text, nil, nil
	}
	lines := splitLines(text)
	literals := make([][]string, len(lines))
	program := 0
	for i, l := range lines {
		if strings.TrimSpace(l) == "" || isSeparator(strings.TrimSpace(l)) {
			continue
		}
		if breaks := strings.Count(l, `\n`); breaks >= minEscapedBreaks || listOfLines(l) {
			if literals[i] = quotedLiterals(l); literals[i] != nil && 2*literalBreaks(literals[i]) >= breaks {
				printed = append(printed, i+1)
				continue
			}
		}
		if program++; program > maxProgramLines {
			return text, nil, nil
		}
	}
	if printed == nil {
		return text, nil, nil
	}
	var b strings.Builder
	var nums []int
	write := func(s string, n int) {
		for part := range strings.SplitSeq(s, "\n") {
			b.WriteString(strings.TrimSuffix(part, "\r"))
			b.WriteByte('\n')
			nums = append(nums, n)
		}
	}
	for i, l := range lines {
		switch literals := literals[i]; {
		case literals == nil:
			write(l, i+1)
		case len(literals) == 1:
			write(strings.TrimSuffix(literals[0], "\n"), i+1)
		default:
			for _, lit := range literals {
				write(lit, i+1) // a list of the lines
			}
		}
	}
	return b.String(), nums, printed
}

// listOfLines reports a line that is a program's list of a page's lines,
// minEscapedBreaks of them or more: "['Within', 'Region:', …]".
func listOfLines(l string) bool {
	t := strings.TrimSpace(l)
	if !strings.HasPrefix(t, "[") || !strings.HasSuffix(t, "]") {
		return false
	}
	n := 0 // the commas between two quotes
	for i := 1; i+2 < len(t); i++ {
		if t[i] == ',' && t[i+1] == ' ' && (t[i-1] == '\'' || t[i-1] == '"') && (t[i+2] == '\'' || t[i+2] == '"') {
			n++
		}
	}
	return n >= minEscapedBreaks
}

// literalBreaks counts the line ends in literals: a page printed as a
// string holds its escaped line ends inside its quotes, where a page whose
// line ends are escaped without them ("Projektnummer:\n2020/00634\n…",
// splitJoined's) has only its own words in quotes ("Satsa på tidiga
// insatser").
func literalBreaks(literals []string) int {
	n := 0
	for _, l := range literals {
		n += strings.Count(l, "\n")
	}
	return n
}

// quotedLiterals returns the unescaped texts of the quoted literals on a
// line, in single or double quotes, or nil where a quote is left open.
func quotedLiterals(l string) []string {
	var out []string
	for i := 0; i < len(l); i++ {
		q := l[i]
		if q != '"' && q != '\'' {
			continue
		}
		j := i + 1
		for j < len(l) && l[j] != q {
			if l[j] == '\\' {
				j++
			}
			j++
		}
		if j >= len(l) {
			return nil
		}
		out = append(out, unescapeLiteral(l[i+1:j]))
		i = j
	}
	return out
}

// unescapeLiteral reads a string literal's escapes: \n, \t, \r, \\, the
// quotes', \xHH (a Latin-1 letter, as Python prints "ä"), \uXXXX and
// \UXXXXXXXX. Other backslashes stay.
func unescapeLiteral(s string) string {
	if !containsRare(s, `\`) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] != '\\' || i+1 == len(s) {
			b.WriteByte(s[i])
			continue
		}
		i++
		switch c := s[i]; c {
		case 'n':
			b.WriteByte('\n')
		case 't':
			b.WriteByte('\t')
		case 'r':
			b.WriteByte('\r')
		case '\\', '"', '\'':
			b.WriteByte(c)
		case 'x', 'u', 'U':
			size := map[byte]int{'x': 2, 'u': 4, 'U': 8}[c]
			if i+size < len(s) {
				if n, err := strconv.ParseUint(s[i+1:i+1+size], 16, 32); err == nil && utf8.ValidRune(rune(n)) {
					b.WriteRune(rune(n))
					i += size
					continue
				}
			}
			b.WriteByte('\\')
			b.WriteByte(c)
		default:
			b.WriteByte('\\')
			b.WriteByte(c)
		}
	}
	return b.String()
}
