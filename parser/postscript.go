package parser

import (
	"bytes"
	"strings"
)

// A page printed to a file as PostScript (a "print to file" .ps or .prn,
// enscript's and a2ps's output) holds its text in the strings its code
// shows, each line of the page begun by a move to its place:
// "24 758 M" / "(Within Kompetens) s", a2ps's "(Region) p n". readPostScript
// reads those strings as the page's lines, before the bytes are decoded:
// what they hold may be Latin-1, raw or escaped ("Projekt\344gare").

// postScriptNote says that a page printed as PostScript was read.
const postScriptNote = `the page is printed to a file as PostScript ("%!PS"): the strings its code shows were read as its lines, each named by its line of code, and the code left out`

// readPostScript returns the lines of text a PostScript file shows, the
// input line each stands on, and true; false for data that is no
// PostScript or shows no text.
func readPostScript(data []byte) (string, []int, bool) {
	if !bytes.HasPrefix(bytes.TrimLeft(data, " \t\r\n"), []byte("%!PS")) {
		return "", nil, false
	}
	var b strings.Builder
	var at []int
	var cur []string
	curAt, shown := 0, 0
	flush := func(n int) {
		if curAt == 0 {
			curAt = n
		}
		b.WriteString(strings.Join(cur, " "))
		b.WriteByte('\n')
		at = append(at, curAt)
		cur, curAt = cur[:0], 0
	}
	moved := false // a move began a line of the page
	for n, line := range bytes.Split(data, []byte("\n")) {
		line = bytes.TrimRight(line, "\r")
		if len(line) > 0 && line[0] == '%' {
			if bytes.HasPrefix(line, []byte("%%Page:")) && (moved || len(cur) > 0) {
				flush(n + 1)
				b.WriteString("\f\n") // a new sheet
				at = append(at, n+1)
				moved = false
			}
			continue
		}
		for i := 0; i < len(line); {
			switch c := line[i]; {
			case c == '(':
				s, end := postScriptString(line, i)
				if curAt == 0 {
					curAt = n + 1
				}
				cur = append(cur, s)
				shown++
				i = end
			case c == '%':
				i = len(line) // a comment to the line's end
			case c == ' ' || c == '\t':
				i++
			default:
				j := i
				for j < len(line) && line[j] != ' ' && line[j] != '\t' && line[j] != '(' && line[j] != '%' {
					j++
				}
				switch string(line[i:j]) {
				case "M", "moveto", "n", "newline":
					// A move to a line's place ends the line before it.
					if moved || len(cur) > 0 {
						flush(n + 1)
					}
					moved = true
				}
				i = j
			}
		}
	}
	if len(cur) > 0 {
		flush(len(at) + 1)
	}
	if shown == 0 {
		return "", nil, false
	}
	return b.String(), at, true
}

// postScriptString reads the string that opens at line[i], its brackets
// balanced, with PostScript's escapes ("\(", "\344", "\n"), and returns
// it and the index after its closing bracket.
func postScriptString(line []byte, i int) (string, int) {
	var b []byte
	depth := 0
	for i < len(line) {
		c := line[i]
		switch {
		case c == '\\' && i+1 < len(line):
			i++
			switch e := line[i]; {
			case e >= '0' && e <= '7':
				v, k := 0, 0
				for ; k < 3 && i < len(line) && line[i] >= '0' && line[i] <= '7'; k++ {
					v = v*8 + int(line[i]-'0')
					i++
				}
				b = append(b, byte(v))
				continue
			case e == 'n', e == 'r':
				b = append(b, ' ')
			case e == 't':
				b = append(b, '\t')
			default:
				b = append(b, e)
			}
		case c == '(':
			if depth > 0 {
				b = append(b, c)
			}
			depth++
		case c == ')':
			depth--
			if depth == 0 {
				return string(b), i + 1
			}
			b = append(b, c)
		default:
			b = append(b, c)
		}
		i++
	}
	return string(b), i
}
