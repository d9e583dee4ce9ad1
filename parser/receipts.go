package parser

import (
	"strings"
	"unicode/utf8"
)

// A page printed on a receipt printer has the paper's width, 32, 42 or
// 48 characters: rules of "-" or "=" across it, each fact's label at the
// left and its value right-aligned on the same line ("Region
// Sydsverige"), or, where both do not fit, the value below its label,
// right-aligned or indented, and wrapped where it is longer than the
// paper ("Programområde 2 Ökat" / "arbetskraftsutbud"), and the text
// wrapped at the paper's edge. joinReceiptValues joins the lines of a
// value so wrapped, which the reader would take for a value and a line of
// its own, and of a paragraph, as unwrap joins a screen's.

// receiptNote says that a receipt's wrapped values were joined.
const receiptNote = "the page was printed on a receipt printer %d characters wide; each value and paragraph wrapped on the paper was joined into one line"

// The widths of a receipt's paper, in characters: from a 58 mm roll's
// in its small font to an 80 mm roll's.
const (
	minPaperWidth = 24
	maxPaperWidth = 64
)

// minReceiptAligned is the fewest lines that end at the paper's right
// edge with a value right-aligned there (a label, spaces, the value; or
// the value alone, indented) that make a page a receipt's: a page's own
// lines seldom end at one column.
const minReceiptAligned = 3

// receiptValueIndent is the least indent of a value on the line below its
// label, and so what a value wrapped on the paper is at most narrower than
// the paper.
const receiptValueIndent = 2

// joinReceiptValues returns text with each value wrapped on a receipt's
// paper below its label, and each paragraph wrapped at its edge, joined
// into its first line, lines for each line
// of the result in text's lines (1-based), the paper's width, and the
// lines joined; text as it is, and no lines, where the page is no
// receipt's or no value is wrapped.
func joinReceiptValues(text string) (_ string, at []int, width int, joined []int) {
	lines := splitLines(text)
	width = paperWidth(lines)
	if width == 0 {
		return text, nil, 0, nil
	}
	var b strings.Builder
	b.Grow(len(text))
	for i := 0; i < len(lines); i++ {
		start := i
		b.WriteString(lines[i])
		switch {
		case i > 0 && receiptValue(lines[i], width) && !indented(lines[i-1]) && strings.TrimSpace(lines[i-1]) != "":
			for i+1 < len(lines) && receiptValue(lines[i+1], width) && wrappedOnPaper(lines[i], lines[i+1], width) {
				i++
				b.WriteByte(' ')
				b.WriteString(strings.TrimSpace(lines[i]))
			}
		case (i == 0 || strings.TrimSpace(lines[i-1]) == "") && centred(lines, i, width):
			// A title centred and wrapped.
			for i+1 < len(lines) && centred(lines, i+1, width) && wrappedOnPaper(lines[i], lines[i+1], width+receiptValueIndent) {
				i++
				b.WriteByte(' ')
				b.WriteString(strings.TrimSpace(lines[i]))
			}
		case !indented(lines[i]):
			// The page's text, wrapped at the paper's edge as a screen
			// wraps it.
			for paperWrapped(lines, i, width) {
				i++
				b.WriteByte(' ')
				b.WriteString(strings.TrimSpace(lines[i]))
			}
		}
		b.WriteByte('\n')
		at = append(at, start+1)
		if i > start {
			joined = append(joined, start+1)
		}
	}
	if joined == nil {
		return text, nil, 0, nil
	}
	out := b.String()
	if !strings.HasSuffix(text, "\n") {
		out = strings.TrimSuffix(out, "\n")
	}
	return out, at, width, joined
}

// paperWidth returns the width of a receipt's paper, or 0: the length of
// a rule across it that no line of the page runs past, where
// minReceiptAligned lines end at its right edge with a value aligned
// there.
func paperWidth(lines []string) int {
	width := 0
	for _, l := range lines {
		if t := strings.TrimRight(l, " \r"); len(t) >= minPaperWidth && !indented(t) && isSeparator(t) && strings.Trim(t, t[:1]) == "" {
			width = utf8.RuneCountInString(t)
			break
		}
	}
	if width < minPaperWidth || width > maxPaperWidth {
		return 0
	}
	aligned := 0
	for _, l := range lines {
		t := strings.TrimRight(l, " \r")
		n := utf8.RuneCountInString(t)
		if n > width {
			return 0 // a line past the paper's edge: no receipt's
		}
		if n == width && (indented(t) || containsRare(strings.TrimSpace(t), "  ")) {
			aligned++
		}
	}
	if aligned < minReceiptAligned {
		return 0
	}
	return width
}

// indented reports a line that begins with receiptValueIndent spaces or
// more.
func indented(line string) bool {
	return strings.HasPrefix(line, strings.Repeat(" ", receiptValueIndent))
}

// receiptValue reports a line of a value below its label: indented, with
// text.
func receiptValue(line string, width int) bool {
	return indented(line) && strings.TrimSpace(line) != "" && utf8.RuneCountInString(strings.TrimRight(line, " \r")) <= width
}

// wrappedOnPaper reports a value's line the paper wrapped: the next
// line's first word would not have fit on it within the value's width.
func wrappedOnPaper(this, next string, width int) bool {
	t := strings.TrimSpace(next)
	if r, _ := utf8.DecodeRuneInString(t); isBullet(r) {
		return false // a list's next item
	}
	if _, _, end := itemNumber(t); end > 0 {
		return false
	}
	word, _, _ := strings.Cut(t, " ")
	return utf8.RuneCountInString(strings.TrimSpace(this))+1+utf8.RuneCountInString(word) > width-receiptValueIndent
}

// paperWrapped reports a line i of the text that the paper wrapped: the
// next line goes on with the text, not indented, and its first word would
// not have fit on line i. The paper's width is known, unlike a screen's
// (wrappedAt), so a next line that begins with a capital goes on too,
// where it is no label, heading, list's item or furniture and line i ends
// inside a sentence: a sentence wrapped at its edge. A dash alone that did not fit goes on only before
// a small letter, as a list's item begins with a capital.
func paperWrapped(lines []string, i, width int) bool {
	if i+1 >= len(lines) || indented(lines[i+1]) {
		return false
	}
	if wrappedAt(lines, i, width) {
		return true
	}
	this, next := strings.TrimSpace(lines[i]), strings.TrimSpace(lines[i+1])
	if this == "" || next == "" || strings.HasSuffix(this, ":") || utf8.RuneCountInString(this) > width {
		return false
	}
	word, _, _ := strings.Cut(next, " ")
	if utf8.RuneCountInString(this)+1+utf8.RuneCountInString(word) <= width || dashWord(word) {
		return false
	}
	if strings.ContainsAny(this[len(this)-1:], ".!?") {
		// A sentence's end at the paper's edge may be the paragraph's
		// line end too: the line end is kept.
		return false
	}
	if r, _ := utf8.DecodeRuneInString(next); isBullet(r) {
		return false
	}
	if _, _, end := itemNumber(next); end > 0 {
		return false
	}
	for _, text := range [...]string{this, next} {
		if l := classify(text, 0, false); l.term != nil || l.heading != nil || l.furniture != notFurniture {
			return false
		}
	}
	return true
}

// centred reports a line i centred on the paper: as many spaces before it
// as the paper leaves after it, give or take one.
func centred(lines []string, i, width int) bool {
	t := strings.TrimRight(lines[i], " \r")
	text := strings.TrimLeft(t, " ")
	before := len(t) - len(text)
	after := width - before - utf8.RuneCountInString(text)
	return before > 0 && after >= 0 && after-before <= 1 && before-after <= 1
}
