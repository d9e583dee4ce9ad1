package parser

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A page laid out in two columns side by side, as a PDF's text or a scan's
// OCR keeps them ("pdftotext -layout"): each line holds a line of the box
// of facts, a gap of spaces, and a line of the text beside it. Read line by
// line, every label would take a piece of a sentence for its value.
// splitColumns reads the left column, then the right, each line on the input
// line it stands on.

// minColumnGap is the fewest spaces between two columns: words of one
// column stand a space apart, and a label's value after its colon one or
// two.
const minColumnGap = 3

// minSideRows is the fewest lines with both columns that make a page
// laid out in two: a label and its value beside a sentence or two are not.
const minSideRows = 6

// minColumnLabels is the fewest known labels the facts' column holds; the
// text's column holds none.
const minColumnLabels = 3

// columnsNote says that a page in two columns was read a column at a time.
const columnsNote = "the page is laid out in two columns side by side, as a PDF's or a scan's text keeps them: the left column was read first, then the right, each line on the line it stands on"

// columnLine is one line of a region in two columns, split at the gap.
type columnLine struct {
	left, right string
}

// splitColumns returns text with each region of two columns side by side
// written a column at a time, the facts' column first, lines for each line
// of the result in text's lines (1-based), and the first line of each
// region; text as it is, and no lines, where no region is found.
func splitColumns(text string) (_ string, at, regions []int) {
	if !hasGaps(text, minSideRows) {
		return text, nil, nil
	}
	lines := splitLines(text)
	col := columnStart(lines)
	if col < 0 {
		return text, nil, nil
	}
	var b strings.Builder
	write := func(s string, n int) {
		b.WriteString(s)
		b.WriteByte('\n')
		at = append(at, n)
	}
	for i := 0; i < len(lines); {
		// A region begins at a line with both columns: a line of one
		// above it, a title, is read as it stands.
		left, right, ok := splitAt(lines[i], col)
		if !ok || left == "" || right == "" && !paddedOut(lines[i], col) {
			write(lines[i], i+1)
			i++
			continue
		}
		end, parts := columnRegion(lines, i, col)
		first, second, ok := columnsRead(parts)
		if !ok {
			// No page's facts beside its text: the region's lines as
			// they stand, each looked at once.
			for ; i < end; i++ {
				write(lines[i], i+1)
			}
			continue
		}
		regions = append(regions, i+1)
		for _, side := range [][]string{first, second} {
			for j, s := range side {
				write(s, i+j+1)
			}
			write("", end)
		}
		i = end
	}
	if regions == nil {
		return text, nil, nil
	}
	return b.String(), at, regions
}

// hasGaps reports text that holds n runs of minColumnGap spaces or more.
// It looks at every third byte, and only around a space: the most frequent
// byte of a page, which a search for "   " would stop at everywhere.
func hasGaps(text string, n int) bool {
	for i := minColumnGap - 1; i < len(text); i += minColumnGap {
		if text[i] != ' ' {
			continue
		}
		start := i // the run of spaces i stands in
		for start > 0 && text[start-1] == ' ' {
			start--
		}
		end := i + 1
		for end < len(text) && text[end] == ' ' {
			end++
		}
		if end-start >= minColumnGap {
			if n--; n == 0 {
				return true
			}
		}
		i = end - 1 // go on past the run, a third byte on
	}
	return false
}

// columnJitter is how far a line's second column may begin from the
// column's own start: a scan's OCR places a column's first letters a
// character or three apart, as the page's skew and the letters' widths
// move them; a column a program laid out begins on one.
const columnJitter = 3

// columnStart returns the column (in runes) where a second column begins
// on minSideRows lines or more, after a gap of minColumnGap spaces with
// text before it, or -1: the most frequent such column, give or take
// columnJitter.
func columnStart(lines []string) int {
	counts := map[int]int{}
	for _, l := range lines {
		if c := gapEnd(l); c > 0 {
			counts[c]++
		}
	}
	best, most := -1, 0
	for c, n := range counts {
		for d := 1; d <= columnJitter; d++ {
			n += counts[c-d] + counts[c+d]
		}
		if n > most || n == most && c < best {
			best, most = c, n
		}
	}
	if most < minSideRows {
		return -1
	}
	return best
}

// gapEnd returns the rune column where the last run of minColumnGap spaces
// or more in l ends, with text before and after it, or 0.
func gapEnd(l string) int {
	if strings.IndexByte(l, '\t') >= 0 {
		return 0
	}
	t := strings.TrimRight(l, " \r")
	i := strings.LastIndex(t, "   ")
	if i <= 0 || strings.TrimSpace(t[:i]) == "" {
		return 0
	}
	return utf8.RuneCountInString(t[:i]) + len(t[i:]) - len(strings.TrimLeft(t[i:], " "))
}

// columnRegion returns the end (exclusive) of the region in two columns
// that begins at line i with the second column at col, and its lines
// split: the lines up to the first that crosses col with no gap there.
// A line of the left column alone that goes on with the right column's
// last sentence, in a small letter, is the text run on below both
// columns at the page's margin, and ends the region.
func columnRegion(lines []string, i, col int) (int, []columnLine) {
	var parts []columnLine
	lastRight := ""
	j := i
	for ; j < len(lines); j++ {
		left, right, ok := splitAt(lines[j], col)
		if !ok {
			break
		}
		if right == "" && j > i {
			next := ""
			if j+1 < len(lines) {
				next = lines[j+1]
			}
			if k := foldedRight(parts, left, lines[j-1], next, col, leadingSpaces(lines[i])); k >= 0 {
				lastRight = parts[k].right
				parts = append(parts, columnLine{}) // its line stands empty in both columns
				continue
			}
		}
		if right == "" && runsOn(lastRight, strings.TrimSpace(left)) {
			break
		}
		if right != "" {
			lastRight = right
		}
		parts = append(parts, columnLine{left, right})
	}
	// Below the last line with both columns, the left column goes on as
	// the facts' (a label, then its value) or is the text run on at the
	// margin: two lines running that are no label.
	lastBoth := -1
	for k, p := range parts {
		if p.left != "" && p.right != "" {
			lastBoth = k
		}
	}
	for k := lastBoth + 1; lastBoth >= 0 && k < len(parts); k++ {
		if !textLine(parts[k]) {
			continue
		}
		if c := classify(strings.TrimSpace(parts[k-1].left), 0, false); c.term != nil && c.value == "" {
			continue // the value of the label above it
		}
		next := k + 1
		for next < len(parts) && parts[next] == (columnLine{}) {
			next++
		}
		if headingLine(strings.TrimSpace(parts[k].left)) || next < len(parts) && textLine(parts[next]) {
			return i + k, parts[:k]
		}
	}
	return j, parts
}

// foldedRight reads left, a line of the left column alone between above
// and next, as the right column's words folded below their line at a
// width, as fold -s or a mail folds a line too long, and returns the index
// in parts of the line they go on, or -1. Where the line above is padded
// out to the right column and holds none of it ("Perstorps kommun      " /
// "Peter.Lindow@perstorp.se"), the words stand in its place. They go on
// with the right column's last line where left is indented further than
// the left column's lines (indent), as a mail or an editor indents what it
// folds ("Stödmottagarens" / "  address:"), or where they go on with its
// sentence and the next line holds both columns ("Unionens" /
// "medfinansieringsgrad:"): text run on at the page's margin has no
// columns below it.
func foldedRight(parts []columnLine, left, above, next string, col, indent int) int {
	words := strings.TrimSpace(left)
	last := len(parts) - 1
	if words == "" {
		return -1
	}
	if parts[last].right == "" && paddedOut(above, col) {
		parts[last].right = words
		return last
	}
	for last >= 0 && parts[last].right == "" {
		last--
	}
	if last < 0 || leadingSpaces(left) <= indent && !(runsOn(parts[last].right, words) && bothColumns(next, col)) {
		return -1
	}
	parts[last].right += " " + words
	return last
}

// paddedOut reports a line whose words end a gap before col, where the
// right column begins, and whose spaces after them reach it: a line of the
// left column whose right column's words were folded onto the next line.
func paddedOut(l string, col int) bool {
	l = strings.TrimRight(l, "\r")
	return utf8.RuneCountInString(l) >= col && utf8.RuneCountInString(strings.TrimRight(l, " ")) <= col-minColumnGap
}

// bothColumns reports a line with words in both columns, the right at col.
func bothColumns(l string, col int) bool {
	left, right, ok := splitAt(l, col)
	return ok && left != "" && right != ""
}

// leadingSpaces counts the spaces l begins with.
func leadingSpaces(l string) int { return len(l) - len(strings.TrimLeft(l, " ")) }

// headingLine reports a section's heading, as esf knows it or with words
// of the writer's ("Sammanfattning av projektet").
func headingLine(s string) bool {
	return classify(s, 0, false).heading != nil || wordedHeading(s) != nil
}

// textLine reports a line of the left column alone that is no label.
func textLine(p columnLine) bool {
	return p.right == "" && p.left != "" && classify(strings.TrimSpace(p.left), 0, false).term == nil
}

// runsOn reports next going on with the sentence that above leaves open:
// above ends in no full stop and next begins in a small letter.
func runsOn(above, next string) bool {
	last, _ := utf8.DecodeLastRuneInString(above)
	first, _ := utf8.DecodeRuneInString(next)
	return above != "" && !strings.ContainsRune(".!?:", last) && unicode.IsLower(first)
}

// splitAt splits l where its second column begins, at rune column col
// give or take columnJitter: what stands before ends in minColumnGap
// spaces, or l ends before col.
func splitAt(l string, col int) (left, right string, ok bool) {
	if strings.IndexByte(l, '\t') >= 0 {
		return "", "", false
	}
	l = strings.TrimRight(l, " \r")
	n, spaces := 0, 0
	for k, r := range l {
		if n > col+columnJitter {
			break
		}
		if r != ' ' && n >= col-columnJitter && (spaces == n || spaces >= minColumnGap) {
			return strings.TrimRight(l[:k], " "), l[k:], true
		}
		if r == ' ' {
			spaces++
		} else {
			spaces = 0
		}
		n++
	}
	if utf8.RuneCountInString(l) <= col {
		return l, "", true // the line ends before the second column
	}
	return "", "", false
}

// minSidePairs is the fewest lines on which a label alone stands beside
// a value of its shape ("Telefonnummer:      013-255612") that make the
// second column the first's values, wrapped under themselves, and not a
// text beside the facts: a sentence's piece reads as no date, amount or
// phone number.
const minSidePairs = 2

// valuesBeside counts the lines of parts whose left is a label alone of
// a shaped key (shapedKey) and whose right reads as its value.
func valuesBeside(parts []columnLine) int {
	n := 0
	for _, p := range parts {
		if p.left == "" || p.right == "" {
			continue
		}
		c := classify(strings.TrimSpace(p.left), 0, false)
		if c.term != nil && c.value == "" && shapedKey(recordKey(c.term.key)) && columnReads(recordKey(c.term.key), p.right) {
			n++
		}
	}
	return n
}

// minFactColumnLabels is the fewest labels, written as labels stand (alone,
// or before a colon or a tab), in each column that make a box of facts laid
// out in two columns: a label and its value beside each other (a text
// table's "Region      Sydsverige") have labels in one column only, and a
// value that begins with a label's word ("Region Skåne") is no label as
// labels stand.
const minFactColumnLabels = 2

// columnsRead returns the two columns of parts, the one of facts first,
// where they are a page's facts beside its text: minSideRows lines with
// both, known labels in one column only, and running text, some of its
// lines going on from the one above in a small letter, in the other; or
// the left column, then the right, where both hold facts.
func columnsRead(parts []columnLine) (first, second []string, ok bool) {
	both, leftLabels, leftWritten, rightLabels, rightTerms, lower, rightLines := 0, 0, 0, 0, 0, 0, 0
	leftLines, leftLower := 0, 0
	for _, p := range parts {
		if p.left != "" && p.right != "" {
			both++
		}
		if p.left != "" {
			leftLines++
			if c := classify(strings.TrimSpace(p.left), 0, false); c.term != nil {
				leftLabels++
				if c.writtenAsLabel() {
					leftWritten++
				}
			}
			if r, _ := utf8.DecodeRuneInString(strings.TrimSpace(p.left)); unicode.IsLower(r) {
				leftLower++
			}
		}
		if p.right != "" {
			rightLines++
			c := classify(p.right, 0, false)
			if c.term != nil && c.writtenAsLabel() {
				rightLabels++ // a label as labels stand, not a word that begins one ("po1 och …")
			}
			if c.term != nil {
				rightTerms++
			}
			if r, _ := utf8.DecodeRuneInString(p.right); unicode.IsLower(r) {
				lower++
			}
		}
	}
	if both >= minSideRows && leftWritten >= minFactColumnLabels && rightLabels >= minFactColumnLabels {
		// A box of facts in two columns, its labels and values running
		// down the left column and on at the top of the right: each
		// column holds labels as labels stand, and read across, a label
		// would take the other column's words for its value.
		return columnSides(parts)
	}
	if labelRowsBeside(parts) {
		return columnSides(parts)
	}
	if both >= minSideRows && rightTerms >= minColumnLabels && leftWritten == 0 && leftLower*4 >= leftLines {
		// The facts in the right column beside the text: a printout
		// whose box of facts stands at the page's right margin.
		left, right, _ := columnSides(parts)
		return right, left, true
	}
	if both < minSideRows || leftLabels < minColumnLabels || rightLabels > 0 || lower*4 < rightLines || valuesBeside(parts) >= minSidePairs {
		return nil, nil, false
	}
	return columnSides(parts)
}

// labelRowsBeside reports a box of facts in two columns however short, a
// sheet's break below its first rows: from the region's top to its first
// line with a side empty, rows of a label alone on each side, as labels
// stand, each over a row of their values ("Diarienummer:   Namn:" /
// "24-125-S20   Lärlabbet i Enköping"). Read across, the first label
// would take both values.
func labelRowsBeside(parts []columnLine) bool {
	rows := 0
	for _, p := range parts {
		if p.left == "" || p.right == "" {
			break
		}
		left, right := classify(strings.TrimSpace(p.left), 0, false), classify(strings.TrimSpace(p.right), 0, false)
		labels := left.term != nil && left.writtenAsLabel() && left.value == "" && right.term != nil && right.writtenAsLabel() && right.value == ""
		if labels != (rows%2 == 0) || !labels && (left.term != nil && left.writtenAsLabel() || right.term != nil && right.writtenAsLabel()) {
			return false
		}
		rows++
	}
	return rows >= 2 && rows%2 == 0
}

// columnSides returns the left and the right column of parts, each down to
// its last line that holds words.
func columnSides(parts []columnLine) (left, right []string, ok bool) {
	lastLeft, lastRight := 0, 0
	for j, p := range parts {
		if p.left != "" {
			lastLeft = j + 1
		}
		if p.right != "" {
			lastRight = j + 1
		}
	}
	for _, p := range parts[:lastLeft] {
		left = append(left, p.left)
	}
	for _, p := range parts[:lastRight] {
		right = append(right, p.right)
	}
	return left, right, true
}
