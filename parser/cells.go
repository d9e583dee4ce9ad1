package parser

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A PDF's table of labels and values, its label column narrow, wraps a
// long label over lines of its cell while the value stands on one of them:
// "Projektägare        2120000910" / "organisationsnummer", or
// "Sekundärtema -" / "Motverka            Nej" / "barnfattigdom". The text
// keeps each line's part of the label at the margin. joinLabelCells puts
// a label's parts back on its value's line, where together they are a
// label esf knows.

// maxLabelCellLines is the most lines of a label's cell above or below its
// value's line that joinLabelCells joins: a label wraps over three lines
// at most in a column a third of a page wide, over four in one of 12
// characters ("Unionens" / "med-" / "finansierings-" / "grad").
const maxLabelCellLines = 3

// maxCellPart is the longest part of a label on a line of its own, in
// characters: a label's word or two; a longer line is text.
const maxCellPart = 40

// cellsNote says that a label's or a value's parts were joined.
const cellsNote = `a label or a value wrapped over lines of its cell, as a PDF's table has it, was read on one line, the label's parts on the value's line, the value's parts after its first`

// joinLabelCells joins, line for line, a label's parts wrapped over the
// lines of its cell onto the line of its value, the lines of the parts
// left blank, and reports the lines it joined; nil for none.
func joinLabelCells(text string) (string, []int) {
	if !mayJoinCells(text) {
		return text, nil
	}
	lines := strings.Split(text, "\n")
	used := make([]bool, len(lines))
	joined := joinValueCells(lines)
	for i, l := range lines {
		left, gap, ok := cellRow(l)
		if !ok || used[i] {
			continue
		}
		var above, below []int
		for j := i - 1; j >= 0 && len(above) < maxLabelCellLines && !used[j] && labelPart(lines[j]); j-- {
			above = append([]int{j}, above...)
		}
		for j := i + 1; j < len(lines) && len(below) < maxLabelCellLines && labelPart(lines[j]); j++ {
			below = append(below, j)
		}
		if len(above) == 0 && len(below) == 0 {
			continue
		}
		up := make([]string, len(above))
		for k, j := range above {
			up[k] = lines[j]
		}
		down := make([]string, len(below))
		for k, j := range below {
			down[k] = lines[j]
		}
		bestA, bestB := labelJoin(left, up, down)
		if bestA+bestB == 0 {
			continue
		}
		parts := make([]string, 0, bestA+bestB+1)
		for _, j := range above[len(above)-bestA:] {
			parts = append(parts, strings.TrimSpace(lines[j]))
			lines[j], used[j] = "", true
			joined = append(joined, j+1)
		}
		parts = append(parts, left)
		for _, j := range below[:bestB] {
			parts = append(parts, strings.TrimSpace(lines[j]))
			lines[j], used[j] = "", true
			joined = append(joined, j+1)
		}
		lines[i], used[i] = joinWrappedLabel(parts)+gap, true
		joined = append(joined, i+1)
	}
	if joined == nil {
		return text, nil
	}
	return strings.Join(lines, "\n"), joined
}

// labelJoin returns how many of the parts above a label's part on its
// value's line, and how many below it, make one label esf knows with it,
// other than the part alone: the most lines that do; 0, 0 for none. A
// part that ends a word cut short ("Unionens med-" / "finansierings-" /
// "grad") is joined to the next without a space (joinWrappedLabel).
func labelJoin(left string, above, below []string) (int, int) {
	own := wholeLabel(left)
	bestA, bestB := 0, 0
	for a := 0; a <= len(above); a++ {
		for b := 0; b <= len(below); b++ {
			if a+b <= bestA+bestB {
				continue
			}
			parts := make([]string, 0, a+b+1)
			for _, p := range above[len(above)-a:] {
				parts = append(parts, strings.TrimSpace(p))
			}
			parts = append(parts, left)
			for _, p := range below[:b] {
				parts = append(parts, strings.TrimSpace(p))
			}
			if t := wholeLabel(joinWrappedLabel(parts)); t != nil && t != own {
				bestA, bestB = a, b
			}
		}
	}
	return bestA, bestB
}

// joinWrappedLabel joins the parts of a label wrapped in its cell with a
// space, and a part that ends in a word cut short with a hyphen to the
// next part's word, written in small letters: "finansierings-" and
// "grad" as "finansieringsgrad", the hyphen gone where a small letter
// stands before it, kept where a capital does ("ESF-" and "stöd" as
// "ESF-stöd").
func joinWrappedLabel(parts []string) string {
	var b strings.Builder
	for k, p := range parts {
		if k > 0 {
			prev := parts[k-1]
			next, _ := utf8.DecodeRuneInString(p)
			before, _ := utf8.DecodeLastRuneInString(strings.TrimSuffix(prev, "-"))
			if cut := strings.HasSuffix(prev, "-") && unicode.IsLetter(before) && unicode.IsLower(next); cut {
				if unicode.IsLower(before) {
					s := b.String()
					b.Reset()
					b.WriteString(strings.TrimSuffix(s, "-"))
				}
			} else {
				b.WriteByte(' ')
			}
		}
		b.WriteString(p)
	}
	return b.String()
}

// mayJoinCells reports a text with a line of a label's part and its value
// next to a line that may be a part of its label or its value's: looked
// for line by line without copying, so that a page with none costs one
// pass.
func mayJoinCells(text string) bool {
	if !containsRare(text, "  ") && strings.IndexByte(text, '\t') < 0 {
		return false // no gap between a label's cell and its value's
	}
	// A line with no gap is no row: the gaps are looked for in the text,
	// not in each line.
	spaces, tabs := newSeeker(text, "  "), newSeeker(text, "\t")
	prev, prevRow := "", false
	for at := 0; at < len(text); {
		line, rest := nextLine(text[at:])
		next := len(text) - len(rest)
		row := false
		if spaces.from(at) < next || tabs.from(at) < next {
			_, _, row = cellRow(line)
		}
		if row && labelPart(prev) || prevRow && (labelPart(line) || strings.HasPrefix(line, "  ")) {
			return true
		}
		prev, prevRow = line, row
		at = next
	}
	return false
}

// seeker finds the places of a string in a text in order, searching the
// text again only once a reader has passed the last place found: a line
// by line reading looks each line up without a search of its own.
type seeker struct {
	text, sub string
	at        int // the last place found, len(text) for none, -1 before the first search
}

func newSeeker(text, sub string) seeker { return seeker{text: text, sub: sub, at: -1} }

// from returns the first place of the string at or after i, or
// len(text) where there is none; i is never less than the i asked
// before.
func (s *seeker) from(i int) int {
	if s.at < i {
		s.at = len(s.text)
		if j := indexRare(s.text[i:], s.sub); j >= 0 {
			s.at = i + j
		}
	}
	return s.at
}

// cellRow splits a line of a table at the margin into its label's part
// and the rest from the gap of two spaces or more after it on: "Unionens
// 40%" as "Unionens" and "                    40%".
func cellRow(line string) (left, rest string, ok bool) {
	if line == "" || line[0] == ' ' || line[0] == '\t' {
		return "", "", false
	}
	i := indexRare(line, "  ")
	if t := strings.IndexByte(line, '\t'); t >= 0 && (i < 0 || t < i) {
		i = t
	}
	if i <= 0 || strings.TrimSpace(line[i:]) == "" {
		return "", "", false
	}
	return line[:i], line[i:], true
}

// labelPart reports a line that may be a part of a label wrapped in its
// cell: at the margin, no gap in it, a word or two.
func labelPart(line string) bool {
	t := strings.TrimRight(line, " \t\r")
	return t != "" && t[0] != ' ' && t[0] != '\t' && !containsRare(t, "  ") && !strings.ContainsRune(t, '\t') &&
		utf8.RuneCountInString(t) <= maxCellPart
}

// wholeLabel returns the known label s is, its colon after it or not; nil
// where it is none, or more.
func wholeLabel(s string) *term {
	s = strings.TrimRight(strings.TrimSpace(s), ":")
	if s == "" {
		return nil
	}
	m := termIndex().match(s, false)
	if m.label == nil || m.end != len(s) {
		return nil
	}
	return m.label
}

// joinLabelRows joins, in a sheet's rows of a label and its value, a
// label's parts wrapped over rows of their own (a PDF's table read by
// Tabula: "Unionens,40%" / "medfinansieringsgrad,") onto the row of its
// value, the rows of the parts left empty, and reports the rows' lines it
// joined.
func joinLabelRows(rows []tableRow) []int {
	part := func(r *tableRow) bool {
		if len(r.cells) == 0 || !labelPart(strings.TrimSpace(r.cells[0])) {
			return false
		}
		for _, c := range r.cells[1:] {
			if strings.TrimSpace(c) != "" {
				return false
			}
		}
		return true
	}
	var joined []int
	for i := range rows {
		r := &rows[i]
		if len(r.cells) < 2 || part(r) || strings.TrimSpace(r.cells[0]) == "" {
			continue
		}
		var above, below []int
		for j := i - 1; j >= 0 && len(above) < maxLabelCellLines && part(&rows[j]); j-- {
			above = append([]int{j}, above...)
		}
		for j := i + 1; j < len(rows) && len(below) < maxLabelCellLines && part(&rows[j]); j++ {
			below = append(below, j)
		}
		if len(above)+len(below) == 0 {
			continue
		}
		first := func(js []int) []string {
			out := make([]string, len(js))
			for k, j := range js {
				out[k] = rows[j].cells[0]
			}
			return out
		}
		a, b := labelJoin(strings.TrimSpace(r.cells[0]), first(above), first(below))
		if a+b == 0 {
			continue
		}
		parts := slices.Concat(first(above[len(above)-a:]), []string{strings.TrimSpace(r.cells[0])}, first(below[:b]))
		for k := range parts {
			parts[k] = strings.TrimSpace(parts[k])
		}
		r.cells[0] = strings.Join(parts, " ")
		for _, j := range slices.Concat(above[len(above)-a:], below[:b]) {
			rows[j].cells = nil
			joined = append(joined, rows[j].lines[0])
		}
		joined = append(joined, r.lines[0])
	}
	return joined
}

// joinValueCells joins, line for line, a value's parts wrapped in its
// cell, each on a line of its own that begins at the value's column
// ("Projektägare        Kristianstads" / "                    kommun"),
// onto the value's first line, and returns the lines it joined.
func joinValueCells(lines []string) []int {
	var joined []int
	for i := 0; i < len(lines); i++ {
		_, rest, ok := cellRow(lines[i])
		if !ok || strings.ContainsRune(lines[i], '\t') {
			continue
		}
		col := utf8.RuneCountInString(lines[i][:len(lines[i])-len(strings.TrimLeft(rest, " "))])
		j := i + 1
		for ; j < len(lines); j++ {
			next := lines[j]
			t := strings.TrimLeft(next, " ")
			if t == "" || len(next)-len(t) != col || containsRare(t, "  ") || utf8.RuneCountInString(t) > maxCellPart {
				break
			}
			lines[i] = strings.TrimRight(lines[i], " ") + " " + strings.TrimSpace(t)
			lines[j] = ""
			joined = append(joined, j+1)
		}
		if j > i+1 {
			joined = append(joined, i+1)
			i = j - 1
		}
	}
	return joined
}
