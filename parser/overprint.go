package parser

import (
	"strings"
	"unicode/utf8"
)

// A page kept as a printer's output carries what the printer did to the
// paper: characters struck twice for bold or struck over with "_" for an
// underline, as nroff writes them without col -b ("B\bB", "_\bB"), or a
// line printed again over itself after a lone CR ("Region:\rRegion:",
// "Bakgrund\r________"), as DOS programs printed to a file; and a
// mainframe's print file keeps its ASA carriage control in each line's
// first column (" " the next line, "0" a blank line before, "-" two,
// "1" a new sheet, "+" over the line before). Each is read as the paper
// shows it: the characters struck, the blank lines made.

// overstrikeNote says that a page's overstrikes were read as the
// characters struck.
const overstrikeNote = `the page is a printer's output, its characters struck twice or underlined ("B\bB", "_\bB", "Region:\rRegion:"), which were read as the characters printed`

// overstrikeMismatchNote says that two different characters were struck
// on one place, which paper shows as neither.
const overstrikeMismatchNote = `two different characters are printed on one place ("a\b'", "Region\rRäkning"), and the first was kept`

// overstrikes reads the backspace overstrikes and the CR overprints on
// text's lines (split at LF, a CR before it kept as the line's end): each
// place struck more than once is the character struck, "_" an underline
// and " " nothing. It returns the text, the 1-based lines it read, and the
// lines where different characters were struck on one place; a line whose
// CRs print other text than it (an old Mac's line ends) is left to be
// split at them, and counted as the lines it is.
func overstrikes(text string) (read string, changed, mismatched []int) {
	if strings.IndexByte(text, '\b') < 0 && !midLineCR(text) {
		return text, nil, nil
	}
	var b strings.Builder
	b.Grow(len(text))
	n := 0
	for rest := text; rest != ""; {
		n++
		line, end := rest, ""
		if i := strings.IndexByte(rest, '\n'); i >= 0 {
			line, end, rest = rest[:i], "\n", rest[i+1:]
		} else {
			rest = ""
		}
		if strings.HasSuffix(line, "\r") {
			line, end = line[:len(line)-1], "\r"+end
		}
		if read, fits := overprintLine(line); fits {
			changed = append(changed, n)
			line = read
		}
		// A line a lone CR ends, an old Mac's, is as many lines to
		// the readings after this one.
		segments := strings.Split(line, "\r")
		for k, seg := range segments {
			if read, odd := collapseBackspaces(seg); read != seg {
				if strings.TrimSpace(read) == "" {
					// Spaces struck over: nothing printed, nothing to say.
					segments[k] = read
					continue
				}
				if len(changed) == 0 || changed[len(changed)-1] != n+k {
					changed = append(changed, n+k)
				}
				if odd {
					mismatched = append(mismatched, n+k)
				}
				segments[k] = read
			}
		}
		line = strings.Join(segments, "\r")
		n += len(segments) - 1
		b.WriteString(line)
		b.WriteString(end)
	}
	if changed == nil {
		return text, nil, nil
	}
	return b.String(), changed, mismatched
}

// midLineCR reports a CR that is neither before an LF nor the text's
// last byte.
func midLineCR(text string) bool {
	for i := strings.IndexByte(text, '\r'); i >= 0; {
		if i+1 < len(text) && text[i+1] != '\n' {
			return true
		}
		j := strings.IndexByte(text[i+1:], '\r')
		if j < 0 {
			return false
		}
		i += 1 + j
	}
	return false
}

// overprintLine reads a line printed again over itself after a lone CR,
// each time only striking its characters again or underlining them:
// fits is false for a line with no CR, or one whose CRs print other text
// (an old Mac's line ends).
func overprintLine(line string) (read string, fits bool) {
	if strings.IndexByte(line, '\r') < 0 {
		return line, false
	}
	parts := strings.Split(line, "\r")
	if strings.TrimSpace(parts[0]) == "" {
		return line, false // nothing to print over
	}
	for _, over := range parts[1:] {
		if _, ok := overprint(parts[0], over); !ok {
			return line, false
		}
	}
	return parts[0], true
}

// collapseBackspaces reads a line's backspace overstrikes as the
// characters struck: a character struck again, or with "_" or " ", is
// itself; odd is true where two different characters shared a place, of
// which the first is kept. A backspace with nothing before it on its line
// strikes nothing and stays.
func collapseBackspaces(line string) (read string, odd bool) {
	if strings.IndexByte(line, '\b') < 0 {
		return line, false
	}
	out := make([]rune, 0, len(line))
	back := false // the next rune is struck on the last one
	for _, r := range line {
		switch {
		case r == '\b' && len(out) == 0:
			out = append(out, r) // nothing before it to strike over
		case r == '\b':
			back = true
		case back:
			back = false
			last := out[len(out)-1]
			switch {
			case r == last || r == '_' || r == ' ':
			case last == '_' || last == ' ':
				out[len(out)-1] = r
			default:
				odd = true
			}
		default:
			out = append(out, r)
		}
	}
	return string(out), odd
}

// overprint returns base with over printed on it, place for place, where
// over only strikes base's characters again, underlines them ("_", also
// past base's end) or leaves them (" "); fits is false for over that
// prints other text.
func overprint(base, over string) (string, bool) {
	if strings.TrimSpace(over) == "" {
		return base, over != ""
	}
	rest := base
	for _, r := range over {
		b, size := utf8.DecodeRuneInString(rest)
		if size == 0 {
			if r != ' ' && r != '_' {
				return base, false // text past the line's end
			}
			continue
		}
		rest = rest[size:]
		if r != b && r != '_' && r != ' ' && b != ' ' {
			return base, false
		}
		if b == ' ' && r != ' ' && r != '_' {
			return base, false
		}
	}
	return base, true
}

// asaNote says that a page's carriage control was read.
const asaNote = `the page is a print file with carriage control in its first column (" " a line, "0" a blank line before, "-" two, "1" a new sheet, "+" printed over the line before), read as it prints; a sheet's head printed again on each sheet was left out`

// asaOverNote says that a line printed over the one before was kept as a
// line of its own, as it is not that line struck again.
const asaOverNote = `this line is printed over the line before ("+" in the first column) with other text than that line's, and was read as a line of its own`

// minASASpacing is the fewest lines with "0", "-" or "1" in the first
// column and text right after it ("0Sammanfattning") that make a page a
// print file, every line of it beginning with a control character: a
// page's own lines begin with a letter, an amount or a phone number
// ("0410-733094") on some line but never on all.
const minASASpacing = 3

// asaControl reports a character of ASA carriage control.
func asaControl(c byte) bool {
	return c == ' ' || c == '0' || c == '-' || c == '1' || c == '+'
}

// readCarriageControl reads each page of text between separator lines
// that is a print file with ASA carriage control: the control column
// taken off, "0" and "-" giving one and two blank lines before their
// line, a line "+" prints over the one before left out where it strikes
// that line again or underlines it, and the head of each sheet after the
// first left out where it repeats the first sheet's. It returns the text,
// each of its lines' line of text (1-based), the first line of each page
// it read, and the lines printed over others with other text.
func readCarriageControl(text string) (read string, lines, pages, over []int, ok bool) {
	if !containsRare(text, "\n0") && !containsRare(text, "\n-") && !strings.HasPrefix(text, "1") {
		return text, nil, nil, nil, false
	}
	return readEachPage(text, carriageControlPage)
}

// carriageControlPage is readCarriageControl for one page, its separator
// line below it, if any, kept as it is.
func carriageControlPage(page string) (read string, lines, over []int, ok bool) {
	all := splitLines(strings.TrimSuffix(page, "\n"))
	last := len(all)
	if last > 0 && isSeparator(strings.TrimSpace(all[last-1])) {
		last--
	}
	spacing := 0
	for _, l := range all[:last] {
		l = strings.TrimSuffix(l, "\r")
		if l == "" {
			continue
		}
		if !asaControl(l[0]) {
			return page, nil, nil, false
		}
		if l[0] != ' ' && l[0] != '+' && len(l) > 1 && l[1] != ' ' && commentMark(l) != "--" {
			// "-- Region:" is SQL's comment, not a line two lines down.
			spacing++
		}
	}
	if spacing < minASASpacing {
		return page, nil, nil, false
	}
	var out []string
	var firstHead []string // the first sheet's head: its "1" line and the lines below it to the first spaced one
	sheet, inHead, headAt := 0, false, 0
	for i, l := range all[:last] {
		l = strings.TrimRight(l, " \r")
		if l == "" {
			continue
		}
		c, t := l[0], l[1:]
		switch {
		case c == '1':
			sheet, inHead, headAt = sheet+1, true, 0
		case c != ' ':
			inHead = false
		}
		if inHead {
			if sheet == 1 {
				firstHead = append(firstHead, t)
			} else if headAt < len(firstHead) && digitsAside(firstHead[headAt]) == digitsAside(t) {
				headAt++
				continue // the first sheet's head printed again
			}
			headAt++
		}
		switch c {
		case '0':
			out, lines = append(out, ""), append(lines, i+1)
		case '-':
			out, lines = append(out, "", ""), append(lines, i+1, i+1)
		case '+':
			if len(out) > 0 {
				if _, fits := overprint(out[len(out)-1], t); fits {
					continue
				}
			}
			over = append(over, i+1)
		}
		out, lines = append(out, t), append(lines, i+1)
	}
	read, lines = withRest(out, lines, all, last, page)
	return read, lines, over, true
}

// withRest ends a page's reading line for line: out, the lines read, and
// the page's lines all from last on (a separator's) as they stand, each
// on its line of the page, joined with the page's last line end.
func withRest(out []string, lines []int, all []string, last int, page string) (string, []int) {
	for i := last; i < len(all); i++ {
		out, lines = append(out, all[i]), append(lines, i+1)
	}
	read := strings.Join(out, "\n")
	if strings.HasSuffix(page, "\n") {
		read += "\n"
	}
	return read, lines
}

// digitsAside returns s with its digits and spaces left out: a sheet's
// head printed again differs in its page number.
func digitsAside(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' || r == ' ' {
			return -1
		}
		return r
	}, s)
}
