package parser

import (
	"strings"
	"unicode/utf8"
)

// A page may come with the marks an editor shows for what is not seen:
// read by OCR off a screenshot of Word or LibreOffice with its formatting
// marks on ("¶" at a paragraph's end, "↵" at a line break, "·" for each
// space, "°" for a no-break space, "→" for a tab, "¤" at a table cell's
// end), copied from Notepad++ or VS Code with white space shown ("CRLF"
// at each line's end), or printed by cat -A or sed -n l ("$" at each
// line's end, "M-CM-$" and "\303\244" for the bytes of "ä", "^I" for a
// tab, sed's long lines folded after a "\"). Each mark is read as what it
// shows.

// marksNote says that an editor's formatting marks were read.
const marksNote = `the page shows an editor's formatting marks ("¶" at a paragraph's end, "·" for a space, "→" for a tab, "¤" at a cell's end), which were read as what they show`

// dumpNote says that a page printed by cat -A or sed -n l was read.
const dumpNote = `the page is printed with its bytes shown (cat -A's "$" at each line's end and its and cat -v's "M-CM-$" for "ä", or sed -n l's "\303\244" and its long lines folded after "\"), which were read as the bytes they show`

// endMarks are the marks Word and LibreOffice show at a paragraph's or a
// line's end.
var endMarks = []string{"¶", "↵", "↲"}

// boxedEnds are Notepad++'s line ends as OCR reads the boxes it draws,
// the longer of two that end alike first; a page is read as ending its
// lines with one where it ends as many lines as endMarks must.
var boxedEnds = []string{"[CR][LF]", "[CR]", "[LF]", "CR LF", "CRLF"}

// minSpaceMarks is the fewest spaces shown as marks between words that
// make a page one with its marks shown: a menu's or a name's "·" stands
// once or twice on a page, and with spaces around it.
const minSpaceMarks = 8

// maxPlainSpaceShare is how many plain spaces between words, in tenths of
// the marked ones, a page with its spaces shown may hold: OCR reads a few
// marks as spaces, and Notepad++'s boxes stand after one; a page that
// writes "·" between words of its own has a space on either side.
const maxPlainSpaceShare = 3

// minEndMarks is the fewest lines ending in "¶", "↵" or "↲" that make a
// page one with its paragraph marks shown where its spaces read as
// spaces, half of its lines at least: no page writes them of its own.
const minEndMarks = 8

// readMarks reads an editor's formatting marks on each page of text
// between separator lines that shows them, line for line (markedPage).
func readMarks(text string) (string, bool) {
	if !containsRuneOf(text, "·␣¶↵↲") {
		return text, false
	}
	// Too few marks in the whole text for any page of it to show its
	// spaces or its line ends (a menu's "·", a name's): no page to read.
	spaces := innerMarks(text, "·") + innerMarks(text, "␣")
	ends := strings.Count(text, "¶") + strings.Count(text, "↵") + strings.Count(text, "↲")
	if spaces < minSpaceMarks && ends < minEndMarks && !containsRare(text, "CR") && !containsRare(text, "LF") {
		return text, false
	}
	return cutPages(text).strip(readMarksPage)
}

// innerMarks counts the marks in text that do not begin a line nor follow
// a space, as markedPage counts a space's marks: a list's "·" before
// each item counts none.
func innerMarks(text, mark string) int {
	n := 0
	for at := indexRare(text, mark); at >= 0; {
		if c := text[max(at-1, 0)]; at > 0 && c != ' ' && c != '\n' && c != '\r' {
			n++
		}
		next := indexRare(text[at+len(mark):], mark)
		if next < 0 {
			break
		}
		at += len(mark) + next
	}
	return n
}

// readMarksPage is readMarks for one page.
func readMarksPage(text string) (string, bool) {
	spaced, ended, boxed := markedPage(text)
	if !spaced && !ended {
		return text, false
	}
	lines := splitLines(text)
	return rewriteLines(text, lines, func(_ int, l string) string {
		l = strings.TrimRight(l, " \t\r")
		for _, m := range endMarks {
			if strings.HasSuffix(l, m) {
				l = l[:len(l)-len(m)]
				break
			}
		}
		if boxed != "" {
			l = strings.TrimSuffix(l, boxed)
		}
		if spaced {
			l = readSpaceMarks(l)
		}
		if containsRare(l, "¤") {
			l = readCellMarks(l)
		}
		return strings.TrimRight(l, " ")
	}), true
}

// markedPage reports whether a page shows its spaces as marks (most gaps
// between words a mark, minSpaceMarks at least), or its paragraph ends
// (minEndMarks lines at least, half of its lines); and the one of
// Notepad++'s line ends (boxedEnds) that ends as many of its lines, or "".
func markedPage(text string) (spaced, ended bool, boxed string) {
	marks, plain, lines, endings := 0, 0, 0, 0
	boxes := make([]int, len(boxedEnds))
	for l := range eachLine(text) {
		l = strings.TrimRight(l, " \t\r")
		if l == "" {
			continue
		}
		if !strings.HasSuffix(l, "·") && !strings.HasSuffix(l, "␣") {
			lines++ // not a line the window wrapped, its space shown
		}
		for _, m := range endMarks {
			if strings.HasSuffix(l, m) {
				endings++
				break
			}
		}
		for k, m := range boxedEnds {
			if rest, found := strings.CutSuffix(l, m); found {
				boxes[k]++
				l = strings.TrimRight(rest, " ") // its spaces are the box's
				break
			}
		}
		prev := rune(0)
		for i, r := range l {
			if (r == '·' || r == '␣') && prev != 0 && prev != ' ' {
				if next, _ := utf8.DecodeRuneInString(l[i+utf8.RuneLen(r):]); next != ' ' {
					marks++
				}
			}
			if r == ' ' && prev != 0 && prev != ' ' {
				if next, _ := utf8.DecodeRuneInString(l[i+1:]); next != ' ' && next != utf8.RuneError {
					plain++
				}
			}
			prev = r
		}
	}
	spaced = marks >= minSpaceMarks && plain*10 <= marks*maxPlainSpaceShare
	for k, n := range boxes {
		if n >= minEndMarks && n*2 >= lines {
			boxed = boxedEnds[k]
			endings += n
			break
		}
	}
	ended = endings >= minEndMarks && endings*2 >= lines
	return spaced, ended, boxed
}

// readSpaceMarks reads a line's marks of spaces as spaces, of no-break
// spaces ("°" between two characters) as no-break spaces, and of tabs
// ("→") as tabs.
func readSpaceMarks(l string) string {
	if !strings.ContainsAny(l, "·␣°→") {
		return l
	}
	var b strings.Builder
	prev := rune(0)
	for i, r := range l {
		switch r {
		case '·', '␣':
			b.WriteByte(' ')
		case '→':
			b.WriteByte('\t')
		case '°':
			next, _ := utf8.DecodeRuneInString(l[i+len("°"):])
			if prev != 0 && prev != ' ' && prev != '·' && next != utf8.RuneError && next != ' ' && next != '·' {
				b.WriteString("\u00a0")
			} else {
				b.WriteRune(r)
			}
		default:
			b.WriteRune(r)
		}
		prev = r
	}
	return b.String()
}

// readCellMarks reads a table's row as Word shows it, each cell ended by
// "¤" and the row by one more, as its cells apart by tabs.
func readCellMarks(l string) string {
	var cells []string
	for _, c := range strings.Split(l, "¤") {
		if c = strings.TrimSpace(c); c != "" {
			cells = append(cells, c)
		}
	}
	return strings.Join(cells, "\t")
}

// minDumpLines is the fewest lines ending in "$" that make a page one
// printed by cat -A or sed -n l, every line but the last so ended: a
// page's own "$" stands on a line or two, before an amount.
const minDumpLines = 5

// promptGuessNote says that a shell's prompt was taken off the end of a
// page's last line where the prompt's name was not known.
const promptGuessNote = `a shell's prompt ("anna@lap:~/esf$") stands at the end of this line, after the page's last words, with no line end between; it was taken off where a name in small letters begins, which may have taken a word's end with it`

// catLetter is a letter beyond ASCII as cat -v shows its UTF-8 bytes:
// "M-CM-$" for "ä", "M-bM-^@M-^S" for "–".
var catLetter = lazyRE(`M-[B-E](?:M-\^[@-_]|M-[ -?])|M-b(?:M-\^[@-_]|M-[ -?]){2}`)

// minCatLetters is the fewest letters shown as cat -v shows them that
// make a page one it printed where its line ends are not shown: a
// Swedish page has dozens, and no page writes "M-CM-$" of its own.
const minCatLetters = 5

// readDump reads each page of text between separator lines that cat -A
// or sed -n l printed (dumpPage). It returns the text, each of its lines'
// line of text (1-based), the first line of each page it read, and the
// lines a prompt was taken off by its look alone.
func readDump(text string) (read string, lines, pages, guessed []int, ok bool) {
	if !containsRare(text, "$\n") && !strings.HasSuffix(text, "$") && !containsRare(text, "M-") {
		return text, nil, nil, nil, false
	}
	return readEachPage(text, func(page string) (string, []int, []int, bool) {
		r, l, g, ok := dumpPage(page)
		if g > 0 {
			return r, l, []int{g}, ok
		}
		return r, l, nil, ok
	})
}

// dumpPage is readDump for one page, its separator line below it, if
// any, kept as it is: a page whose lines all end in "$", the last aside,
// or, in sed's way, in a "\" that folds them. guessed is the line, if
// any, a prompt was taken off by its look alone.
func dumpPage(page string) (read string, lines []int, guessed int, ok bool) {
	all := splitLines(strings.TrimSuffix(page, "\n"))
	last := len(all)
	for last > 0 && strings.TrimSpace(all[last-1]) == "" || last > 0 && isSeparator(strings.TrimSpace(all[last-1])) {
		last--
	}
	// The prompt and command that printed the page, or blank lines,
	// may stand above it: kept as they are, for the shell's reading.
	top, user := 0, ""
	for top < last && (strings.TrimSpace(all[top]) == "" || shellPrompt.MatchString(strings.TrimSpace(all[top]))) {
		if at := strings.IndexByte(all[top], ':'); at > 0 && user == "" && containsRare(all[top][:at], "@") {
			user = strings.TrimSpace(all[top][:at+1]) // "anna@lap:"
		}
		top++
	}
	ends, folds, ended := 0, 0, true
	for i := top; i < last && ended; i++ {
		l := strings.TrimRight(all[i], "\r")
		switch {
		case strings.HasSuffix(l, "$"):
			ends++
		case sedFold(l):
			folds++
		case i == last-1:
			// cat -A shows no "$" after a last line with no line end.
		default:
			ended = false
		}
	}
	if !ended || ends < minDumpLines {
		if len(catLetter.FindAllStringIndex(page, minCatLetters)) < minCatLetters {
			return page, nil, 0, false
		}
		// cat -v's, no line's end shown: read line for line.
		for i := range all {
			all[i], lines = catByte(all[i]), append(lines, i+1)
		}
		return strings.Join(all, "\n") + page[len(strings.TrimSuffix(page, "\n")):], lines, 0, true
	}
	if l := all[last-1]; !strings.HasSuffix(l, "$") && !sedFold(l) {
		// cat -A shows no "$" after a last line with no line end, and
		// the shell's next prompt stands on it: the prompt above the
		// page's, or one of a lower-case name.
		cut := -1
		if user != "" {
			cut = strings.LastIndex(l, user)
		} else if m := gluedPrompt.FindStringIndex(l); m != nil {
			cut, guessed = m[0], last
		}
		if cut >= 0 {
			if strings.HasSuffix(l[:cut], "^") && strings.HasPrefix(l[cut:], "M") {
				cut++ // "^M", the CR of the line's end
			}
			all[last-1] = l[:cut]
		}
	}
	sed := folds > 0 || containsRare(page, `\303`) || containsRare(page, `\342`) || containsRare(page, `\t`) || containsRare(page, `\\`)
	out := append([]string(nil), all[:top]...)
	for i := range top {
		lines = append(lines, i+1)
	}
	var line strings.Builder
	open := false // a folded line goes on
	for i := top; i < last; i++ {
		l := strings.TrimRight(all[i], "\r")
		folded := false
		switch {
		case sed && sedFold(l):
			l, folded = l[:len(l)-1], true
		case strings.HasSuffix(l, "$"):
			l = l[:len(l)-1]
		}
		if sed {
			line.WriteString(l)
		} else {
			line.WriteString(catByte(l))
		}
		if !open {
			lines = append(lines, i+1)
		}
		open = folded
		if !folded {
			s := line.String()
			if sed {
				s = sedBytes(s)
			}
			// A CR shown inside a line ("AI^M$" of a line that ends in
			// "^M$") is no line's end of the page's: left out, so that the
			// line is one line to the readings after this one.
			out = append(out, strings.ReplaceAll(s, "\r", ""))
			line.Reset()
		}
	}
	if open {
		out = append(out, sedBytes(line.String()))
	}
	read, lines = withRest(out, lines, all, last, page)
	return read, lines, guessed, true
}

// sedFold reports a line sed -n l folded: it ends in a "\" that escapes
// nothing.
func sedFold(l string) bool {
	n := 0
	for n < len(l) && l[len(l)-1-n] == '\\' {
		n++
	}
	return n%2 == 1
}

// sedBytes reads a line as sed -n l escapes it: "\\" a backslash, "\t"
// and its kin the control characters, "\ooo" a byte in octal; the bytes
// are UTF-8, or Windows-1252 where they are not.
func sedBytes(l string) string {
	if strings.IndexByte(l, '\\') < 0 {
		return l
	}
	b := make([]byte, 0, len(l))
	for i := 0; i < len(l); i++ {
		c := l[i]
		if c != '\\' || i+1 == len(l) {
			b = append(b, c)
			continue
		}
		i++
		switch e := l[i]; {
		case e >= '0' && e <= '3' && i+2 < len(l) && isOctal(l[i+1]) && isOctal(l[i+2]):
			b = append(b, (e-'0')<<6|(l[i+1]-'0')<<3|(l[i+2]-'0'))
			i += 2
		case strings.IndexByte("abfnrtv", e) >= 0:
			b = append(b, "\a\b\f\n\r\t\v"[strings.IndexByte("abfnrtv", e)])
		default:
			b = append(b, e)
		}
	}
	return dumpedText(b)
}

// gluedPrompt is a shell's prompt at a line's end, where the shell
// writes it after output with no line end.
var gluedPrompt = lazyRE(`[a-z_][a-z0-9_-]*@[\w.-]+:[^\s$#]*[$#] ?$`)

// isOctal reports an octal digit.
func isOctal(c byte) bool { return c >= '0' && c <= '7' }

// catByte reads a line as cat -A or cat -v shows it: "M-" before a
// character the byte 128 above it, "^I" a tab, "^M" a CR and "^L" a form
// feed; other carets stand as written, as cat leaves a caret of the text.
func catByte(l string) string {
	if !containsRare(l, "M-") && !containsRare(l, "^") {
		return l
	}
	b := make([]byte, 0, len(l))
	for i := 0; i < len(l); i++ {
		c := l[i]
		high := byte(0)
		if c == 'M' && i+2 < len(l) && l[i+1] == '-' {
			high, i = 0x80, i+2
			c = l[i]
		}
		if c == '^' && i+1 < len(l) {
			switch e := l[i+1]; {
			case high != 0 && (e >= '@' && e <= '_' || e == '?'):
				c, i = e^0x40, i+1
			case e == 'I' || e == 'M' || e == 'L':
				c, i = e-'@', i+1
			}
		}
		b = append(b, c|high)
	}
	return dumpedText(b)
}

// dumpedText returns bytes a dump showed as text: UTF-8, or Windows-1252
// where they are not.
func dumpedText(b []byte) string {
	if utf8.Valid(b) {
		return string(b)
	}
	var s strings.Builder
	for _, c := range b {
		if c < utf8.RuneSelf {
			s.WriteByte(c)
		} else {
			s.WriteString(windows1252[c-0x80].utf8)
		}
	}
	return s.String()
}
