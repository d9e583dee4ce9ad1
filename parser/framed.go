package parser

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A page's fields printed as a text table of two columns frame each cell:
// Python's tabulate ("+------+-------+" / "| Namn | Digga |"), its box
// drawing and rich's ("┌──┬──┐" / "│ Namn │ Digga │"), a pipe table, a
// database client's frames. A long label or value wraps over lines of its
// cell, the other cell of those lines empty or going on ("| Namn | Digga
// |" / "|      | Perstorps |" / "|      | Personal |"), with a rule
// between the table's rows or none; psql's rows stand open, a bar between
// their cells (" Namn | Digga"), and it marks where its wrap broke a
// value. joinFramedCells reads each row as its label and its value on the
// row's first line, the lines of a cell joined in order, and leaves the
// frames out; a table whose rows stand on a line each in ASCII's bars is
// read line for line as it is (otherColon, stripQueryOutput), and left.
// cells.go reads the same wrapped cells in a table without frames.

// framedNote says that a table's framed cells were read as its rows.
const framedNote = `the page's fields stand in a text table's cells ("| Namn | Digga |", "│ Namn │ Digga │", psql's " Namn | Digga"), a long label or value wrapped over lines of its cell; each row was read on its first line, its cells' lines joined in order, and the table's frames left out`

// framedCutNote says that a cell's line fills the cell, where a word may
// have been cut.
const framedCutNote = `this line of a table's cell reaches the cell's edge, and the next goes on in letters: where the wrap cut a word there, the word is whole without the space read between`

// minFramedRows is the fewest rows of cells a table holds: one row in
// bars is a line of a page's own, not a table of its fields.
const minFramedRows = 2

// minRuledParts is the fewest parts a table's rules part it into for each
// part to be a row of its own: a table ruled below its header row alone
// (psql's, a pipe table's, rich's) has two, its header and its rows.
const minRuledParts = 3

// maxGluedParts is the most lines of a label's cell whose every way of
// joining, with a space or without, is tried against the way esf writes
// the label: a label wraps over four or five lines at most, in a column a
// word wide.
const maxGluedParts = 5

// framedBars are the bars that frame a table's cells: ASCII's and box
// drawing's light, heavy and double.
const framedBars = "|│┃║"

// framedBoxByte is the first byte of every bar and rule of box drawing
// (U+2500–U+257F) in UTF-8.
const framedBoxByte = 0xE2

// mayFrameCells reports a text that may hold a framed table whose cells
// wrap: a bar of box drawing, or an ASCII bar after two spaces or before
// them, as a cell's padding or an empty cell has it, or one that begins a
// line and one that ends a line, as a table without padding has them.
func mayFrameCells(text string) bool {
	return strings.IndexByte(text, '|') >= 0 && (containsRare(text, "|  ") || containsRare(text, "  |") ||
		containsRare(text, "\n|") && containsRare(text, "|\n")) ||
		containsRuneOf(text, "│┃║")
}

// framedCell is a line's part of one cell of a framed table.
type framedCell struct {
	text string
	// slack is the spaces round the text in its cell: the table's padding
	// where the text fills the cell.
	slack int
}

// framedLine is one line of a framed table: a rule, or a row's line of
// two cells.
type framedLine struct {
	at    int // the line's index in the text
	rule  bool
	cells [2]framedCell
	box   bool // framed by box drawing
	// open marks a row with no frame round it, its cells parted by a
	// bar at column bar, in characters, as psql prints them (" Namn |
	// Digga"); psqlRule a rule under such a row ("------+------").
	open, psqlRule bool
	bar            int
	// wrapped marks an open row's value going on from the line above,
	// where psql's wrap broke it: "." after the bar ("|.rstorps"); broke
	// one whose value psql's "+" ends, a line break of the value's own.
	wrapped, broke bool
}

// readFramedLine reads a line of a framed table; ok is false for any
// other line.
func readFramedLine(l string) (f framedLine, ok bool) {
	t := strings.TrimSpace(l)
	if t == "" {
		return f, false
	}
	if t[0] == '-' && queryRule.MatchString(t) {
		f.rule, f.psqlRule = true, true
		return f, true
	}
	if isTableBorder(t) || boxRule(t) {
		f.rule = true
		f.box = t[0] != '+' && t[0] != '|'
		return f, true
	}
	first, n := utf8.DecodeRuneInString(t)
	last, m := utf8.DecodeLastRuneInString(t)
	if !strings.ContainsRune(framedBars, first) || last != first || len(t) < n+m {
		return openRow(l)
	}
	inner := t[n : len(t)-m]
	if strings.Count(inner, string(first)) != 1 {
		return f, false // one bar between two cells; a value's own bars aside
	}
	left, right, _ := strings.Cut(inner, string(first))
	for k, c := range [2]string{left, right} {
		text := strings.TrimSpace(c)
		f.cells[k] = framedCell{text: text, slack: utf8.RuneCountInString(c) - utf8.RuneCountInString(text)}
	}
	f.box = first != '|'
	return f, true
}

// touchesBar reports a table's row whose first cell's text touches the
// bar before it, no padding between ("|Projektägare     |Kristianstads
// kommun|", as w3m prints a grid): read as it is, the bar would be the
// label's first letter.
func touchesBar(l string) bool {
	t := strings.TrimSpace(l)
	return len(t) > 1 && t[0] == '|' && t[1] != ' ' && t[1] != '\t'
}

// boxRule reports a rule of box drawing: "├──────┼──────┤", "╞═══╪═══╡",
// its characters those of the box drawing block, one a line's.
func boxRule(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	if r < 0x2500 || r > 0x257F || strings.ContainsRune(framedBars, r) {
		return false
	}
	lines := false
	for _, r := range t {
		if r < 0x2500 || r > 0x257F {
			return false
		}
		lines = lines || r == '─' || r == '═' || r == '━'
	}
	return lines
}

// joinFramedCells reads, line for line, each framed table of a text
// whose cells wrap or that box drawing frames: each row's label and value
// on its first line ("Namn: Digga Perstorps Personal"), the rest of its
// lines, its header of column names and its rules left blank. It reports
// the lines it changed, nil for none, and the lines of a value that may
// hold a word the wrap cut where a space was read (cutDoubt).
func joinFramedCells(text string) (_ string, changed, doubtful []int) {
	if !mayFrameCells(text) {
		return text, nil, nil
	}
	lines := strings.Split(text, "\n")
	for i := 0; i < len(lines); {
		var table []framedLine
		kind := -1 // whether the table's rows are open, once a row is read
		j := i
		for ; j < len(lines); j++ {
			f, ok := readFramedLine(lines[j])
			if !ok || !f.rule && kind >= 0 && f.open != (kind == 1) {
				break // a framed row after open ones ends their table, and the other way round
			}
			if !f.rule && kind < 0 {
				kind = 0
				if f.open {
					kind = 1
				}
			}
			f.at = j
			table = append(table, f)
		}
		if j == i {
			i++
			continue
		}
		c, d := readFramedTable(lines, table)
		changed, doubtful = append(changed, c...), append(doubtful, d...)
		i = j
	}
	if changed == nil {
		return text, nil, nil
	}
	return strings.Join(lines, "\n"), changed, doubtful
}

// readFramedTable rewrites the lines of one framed table in lines where
// its cells wrap or box drawing frames it, and returns the lines, 1-based,
// it changed and those of a value that may hold a word cut (cutDoubt).
func readFramedTable(lines []string, table []framedLine) (changed, doubtful []int) {
	var parts [][]framedLine // the rows' lines between rules
	rows, box := 0, false
	pad := [2]int{-1, -1}
	for k, f := range table {
		box = box || f.box
		if f.rule {
			continue
		}
		rows++
		if k == 0 || table[k-1].rule {
			parts = append(parts, nil)
		}
		parts[len(parts)-1] = append(parts[len(parts)-1], f)
		for c, cell := range f.cells {
			if cell.text != "" && (pad[c] < 0 || cell.slack < pad[c]) {
				pad[c] = cell.slack
			}
		}
	}
	if rows < minFramedRows {
		return nil, nil
	}
	if open, ok := openTable(table); !ok {
		return nil, nil
	} else if open {
		return readOpenTable(lines, table)
	}
	// Rules part the rows where they part the table into minRuledParts
	// parts or more, or into two of which the first is more than a header.
	ruled := len(parts) >= minRuledParts || len(parts) == 2 && len(parts[0]) > 1
	var groups [][]framedLine
	for k, p := range parts {
		if k == 0 && isColumnHeader(p[0].cells[0].text+"\t"+p[0].cells[1].text) {
			groups = append(groups, nil) // the header, left out
			if len(p) == 1 {
				continue
			}
			p = p[1:]
		}
		if ruled && len(p) > 1 && !slices.ContainsFunc(p, partOfRow) {
			// Rows between two rules that are each a label and its
			// value: the rules between them lost, as an OCR reads a
			// grid.
			for _, f := range p {
				groups = append(groups, []framedLine{f})
			}
			continue
		}
		if ruled {
			groups = append(groups, p)
			continue
		}
		groups = append(groups, nil) // a rule ends the row above it
		for r := 0; r < len(p); r++ {
			n := len(groups)
			if n > 0 && groups[n-1] != nil && p[r].cells[0].text == "" {
				groups[n-1] = append(groups[n-1], p[r])
				continue
			}
			if n > 0 && groups[n-1] != nil {
				if more := labelGoesOn(groups[n-1], p[r:]); more > 0 {
					groups[n-1] = append(groups[n-1], p[r:r+more]...)
					r += more - 1
					continue
				}
			}
			groups = append(groups, []framedLine{p[r]})
		}
	}
	wrapped := slices.ContainsFunc(groups, func(g []framedLine) bool { return len(g) > 1 })
	// A grid's text that touches its bars is read here: a pipe table's
	// ("|Namn|Within|" under "|---|---|") is read as it is.
	touching := slices.ContainsFunc(table, func(f framedLine) bool { return !f.rule && touchesBar(lines[f.at]) }) &&
		slices.ContainsFunc(table, func(f framedLine) bool { return f.rule && strings.HasPrefix(strings.TrimSpace(lines[f.at]), "+") })
	if !wrapped && !box && !touching {
		return nil, nil // a line a row, read as it is
	}
	broken := [2]bool{brokenInColumn(groups, 0), brokenInColumn(groups, 1)}
	for _, f := range table {
		lines[f.at] = ""
	}
	for _, g := range groups {
		if len(g) == 0 {
			continue
		}
		label := joinLabelParts(cellParts(g, 0, pad[0]), broken[0])
		value := joinCellParts(cellParts(g, 1, pad[1]), broken[1], nil)
		doubtful = append(doubtful, cutDoubts(g, pad[1], broken[1])...)
		switch {
		case label == "":
			lines[g[0].at] = value
		default:
			lines[g[0].at] = label + ": " + value
		}
	}
	for _, f := range table {
		changed = append(changed, f.at+1)
	}
	return changed, doubtful
}

// labelGoesOn returns how many of a table's next lines, in a table with no
// rule between its rows, go on the label of the row g above them: the
// most whose label cells, all filled, make with g's a label esf knows,
// where g's alone is none or the first goes on in a small letter
// ("Projektägare" / "organisationsnummer"), as no row's label begins;
// and where g's label is none esf knows, a line whose label cell begins
// in a small letter and is no label (rowOfItsOwn). 0 for none: the first
// line is a row of its own.
func labelGoesOn(g []framedLine, next []framedLine) int {
	if g[0].cells[0].text == "" {
		return 0
	}
	above := cellParts(g, 0, -1)
	alone := wholeLabel(joinLabelParts(above, false)) == nil
	first, _ := utf8.DecodeRuneInString(next[0].cells[0].text)
	if !alone && !unicode.IsLower(first) {
		return 0
	}
	parts := above
	most := 0
	for k := 0; k < len(next) && len(parts) < maxGluedParts && next[k].cells[0].text != ""; k++ {
		parts = append(parts, framedPart{text: next[k].cells[0].text})
		if wholeLabel(joinLabelParts(parts, false)) != nil {
			most = k + 1
		}
	}
	if most == 0 && alone && unicode.IsLower(first) && !rowOfItsOwn(next[0]) {
		return 1
	}
	return most
}

// partOfRow reports a table's line that may be part of a row over
// several lines: a cell empty, or a label cell that begins in a small
// letter, as a wrapped label's next line does ("Stödmottagare" / "ort"),
// or is no label esf reads.
func partOfRow(f framedLine) bool {
	return f.cells[0].text == "" || f.cells[1].text == "" || !unicode.IsUpper(firstRune(f.cells[0].text)) || !rowOfItsOwn(f)
}

// rowOfItsOwn reports a table's line whose label cell is a label esf
// reads, whole or through a slip, in whatever case: a row of its own, no
// word of the unknown label above it ("| projektniimmer | 2020/00634 |" /
// "| namn | Framtidsresan |", a page's labels in small letters, OCR'd).
func rowOfItsOwn(f framedLine) bool {
	return classify(f.cells[0].text+": "+f.cells[1].text, 0, false).term != nil
}

// framedPart is a cell's text on one line, and whether the text fills
// the cell to its padding.
type framedPart struct {
	text string
	full bool
}

// cellParts returns the parts of column c of a row's lines that hold
// text; pad is the column's padding, -1 where it is not known.
func cellParts(g []framedLine, c, pad int) []framedPart {
	var out []framedPart
	for _, f := range g {
		if cell := f.cells[c]; cell.text != "" {
			out = append(out, framedPart{text: cell.text, full: pad >= 0 && cell.slack == pad})
		}
	}
	return out
}

// brokenInColumn reports a column of a table in which a line's end broke
// a word, as a wrap at a fixed width breaks a word longer than the width:
// then a line that fills its cell may end in a part of a word
// (brokenWordAt).
func brokenInColumn(groups [][]framedLine, c int) bool {
	for _, g := range groups {
		parts := cellParts(g, c, -1)
		for k := 1; k < len(parts); k++ {
			if brokenWordAt(parts[k-1].text, parts[k].text) {
				return true
			}
		}
	}
	return false
}

// oneLetterWords are the words of one letter, which a line may begin
// with.
var oneLetterWords = "iåöoaeIÅÖOAE"

// brokenWordAt reports two lines of a cell whose end and start are surely
// parts of one word: an address ("kaisa.welander" / "@kristianstad."),
// digits on both sides ("2016-02-02-201" / "9-01-31"), or one small letter
// that is no word of its own ("Förprojekterin" / "g").
func brokenWordAt(line, next string) bool {
	last, _ := utf8.DecodeLastRuneInString(line)
	first, _ := utf8.DecodeRuneInString(next)
	if unicode.IsSpace(last) || unicode.IsSpace(first) {
		return false
	}
	end := line[strings.LastIndexByte(line, ' ')+1:]
	start, _, _ := strings.Cut(next, " ")
	switch {
	case strings.ContainsRune(end+start, '@'):
		return true
	case unicode.IsDigit(last) && unicode.IsDigit(first):
		return true
	}
	return utf8.RuneCountInString(start) == 1 && unicode.IsLower(first) && !strings.ContainsRune(oneLetterWords, first)
}

// joinCellParts joins a cell's lines as the wrap broke them: with a space,
// but without one after a hyphen that broke a word there ("2016-02-02-"
// / "2019-01-31"), and after a line that fills its cell in a column whose
// wrap broke words (broken), where the line's end and the next line's
// start are one word's (glued). glue, where not nil, says for each place
// whether to join without a space.
func joinCellParts(parts []framedPart, broken bool, glue []bool) string {
	var b strings.Builder
	for k, p := range parts {
		if k > 0 {
			g := glued(parts[k-1], b.String(), p.text, broken)
			if glue != nil {
				g = glue[k-1]
			}
			if !g {
				b.WriteByte(' ')
			}
		}
		b.WriteString(p.text)
	}
	return b.String()
}

// glued reports a line of a cell, p, and the next line that join without
// a space; so far is the cell's text joined up to p's end. A line that
// fills its cell where the wrap broke words joins the next where the word
// so far and the next line's first are one: letters on both sides, no
// small letter before a capital ("Regionförbunde" / "t Östsam"); digits
// on both sides; a code's letters and digits ("23-038-S" / "06"); an
// address, which holds no space ("margareta.wand" / "el@ostsam.se").
func glued(p framedPart, soFar, next string, broken bool) bool {
	last, _ := utf8.DecodeLastRuneInString(p.text)
	first, _ := utf8.DecodeRuneInString(next)
	start, _, _ := strings.Cut(next, " ")
	if last == '-' && len(p.text) > 1 && p.text[len(p.text)-2] != ' ' && (unicode.IsLetter(first) || unicode.IsDigit(first)) {
		return !compoundJoiners[start] // a hyphen's break; "hälso-" / "och sjukvård" keeps its space
	}
	if !p.full || !(broken || brokenWordAt(p.text, next)) || unicode.IsSpace(first) {
		return false
	}
	word := soFar[strings.LastIndexByte(soFar, ' ')+1:]
	switch {
	case strings.ContainsRune(word+start, '@'):
		return true
	case unicode.IsLetter(last) && unicode.IsLetter(first):
		return !(unicode.IsLower(last) && unicode.IsUpper(first))
	case unicode.IsDigit(last) && unicode.IsDigit(first):
		return true
	case unicode.IsDigit(last) && unicode.IsLetter(first), unicode.IsLetter(last) && unicode.IsDigit(first):
		return strings.ContainsFunc(word, unicode.IsLetter) && strings.ContainsFunc(word, unicode.IsDigit)
	}
	return false
}

// joinLabelParts joins a label's lines as joinCellParts does, and where
// they make a label esf knows only with a space or none at some place, or
// make it written otherwise, as the label is written there ("Unionens
// medfina" / "nsieringsgrad").
func joinLabelParts(parts []framedPart, broken bool) string {
	joined := joinCellParts(parts, broken, nil)
	t := wholeLabel(joined)
	if t != nil && strings.EqualFold(joined, t.text) || len(parts) < 2 || len(parts) > maxGluedParts {
		return joined
	}
	known := ""
	glue := make([]bool, len(parts)-1)
	for mask := range 1 << len(glue) {
		for k := range glue {
			glue[k] = mask&(1<<k) != 0
		}
		s := joinCellParts(parts, broken, glue)
		if t := wholeLabel(s); t != nil && strings.EqualFold(s, t.text) {
			return s
		} else if t != nil && known == "" {
			known = s
		}
	}
	if t == nil && known != "" {
		return known
	}
	return joined
}

// openTable reports a table of psql's open rows (open), and whether the
// table is one to read (ok): every row open, its bar at one column, and a
// rule of psql's under the first, its header; or every row framed.
func openTable(table []framedLine) (open, ok bool) {
	rows, bar, ruled := 0, -1, false
	for k, f := range table {
		switch {
		case f.rule:
			ruled = ruled || f.psqlRule && k == 1
			continue
		case f.open:
			open = true
			if bar >= 0 && f.bar != bar {
				return open, false
			}
			bar = f.bar
		}
		rows++
	}
	if !open {
		return false, true
	}
	opened := 0
	for _, f := range table {
		if f.open {
			opened++
		}
	}
	return true, ruled && opened == rows
}

// readOpenTable rewrites psql's table of labels and values in lines where
// a value or a label goes on over lines, its header and rule left blank,
// and returns the lines, 1-based, it changed and those of a value that
// may hold a word cut (cutDoubt). psql marks a value's line break with "+"
// at the line's end, and where its wrap broke the value with "." at the
// end and "." after the next line's bar; a value's lines join with a
// space, none at a wrap's marks, and where no mark stands as a framed
// table's do, a line as wide as the column's widest filling its cell.
func readOpenTable(lines []string, table []framedLine) (changed, doubtful []int) {
	rows := slices.Clone(table[2:]) // the header and its rule above
	widest := 0
	for k := range rows {
		// psql's marks at the end of a line its value goes on below.
		switch text := rows[k].cells[1].text; {
		case k+1 < len(rows) && rows[k+1].wrapped:
			rows[k].cells[1].text = strings.TrimSuffix(text, ".")
		case k+1 < len(rows) && rows[k+1].open && rows[k+1].cells[0].text == "" && strings.HasSuffix(text, "+"):
			rows[k].cells[1].text, rows[k].broke = strings.TrimRight(strings.TrimSuffix(text, "+"), " "), true
		}
		widest = max(widest, utf8.RuneCountInString(rows[k].cells[1].text))
	}
	for k := range rows {
		rows[k].cells[1].slack = widest - utf8.RuneCountInString(rows[k].cells[1].text)
	}
	var groups [][]framedLine
	for r := 0; r < len(rows); r++ {
		f := rows[r]
		n := len(groups)
		switch {
		case f.rule:
			groups = append(groups, nil)
			continue
		case n > 0 && groups[n-1] != nil && f.cells[0].text == "":
			groups[n-1] = append(groups[n-1], f)
			continue
		case n > 0 && groups[n-1] != nil:
			if more := labelGoesOn(groups[n-1], rows[r:]); more > 0 && !slices.ContainsFunc(rows[r:r+more], func(f framedLine) bool { return f.rule }) {
				groups[n-1] = append(groups[n-1], rows[r:r+more]...)
				r += more - 1
				continue
			}
		}
		groups = append(groups, []framedLine{f})
	}
	if !slices.ContainsFunc(groups, func(g []framedLine) bool { return len(g) > 1 }) {
		return nil, nil // a line a row, which the client's reading reads
	}
	broken := brokenInColumn(groups, 1)
	for _, f := range table {
		lines[f.at] = ""
	}
	for _, g := range groups {
		if len(g) == 0 {
			continue
		}
		var parts []framedPart
		var glue []bool
		for k, f := range g {
			text := f.cells[1].text
			if text == "" {
				continue
			}
			if len(parts) > 0 {
				prev := parts[len(parts)-1]
				glue = append(glue, f.wrapped || !g[k-1].broke && glued(prev, joinCellParts(parts, broken, glue), text, broken))
			}
			parts = append(parts, framedPart{text: text, full: f.cells[1].slack == 0})
		}
		doubtful = append(doubtful, cutDoubts(g, 0, broken)...)
		value := joinCellParts(parts, broken, glue)
		label := joinLabelParts(cellParts(g, 0, -1), false)
		if label == "" {
			lines[g[0].at] = value
			continue
		}
		lines[g[0].at] = label + ": " + value
	}
	for _, f := range table {
		changed = append(changed, f.at+1)
	}
	return changed, doubtful
}

// cutDoubt reports a line of a cell, p, that fills its cell, and the
// next line of the cell, that may be one word a wrap cut or two words,
// which no other place in the column tells (broken is false): letters on
// both sides, no small letter before a capital ("Arbete och" /
// "försörjning" or "kommun, Arbets" / "marknadsenheten"). They are joined
// with a space, and the line named.
func cutDoubt(p framedPart, next string, broken bool) bool {
	last, _ := utf8.DecodeLastRuneInString(p.text)
	first, _ := utf8.DecodeRuneInString(next)
	return p.full && !broken && !brokenWordAt(p.text, next) && unicode.IsLetter(last) && unicode.IsLetter(first) &&
		!(unicode.IsLower(last) && unicode.IsUpper(first))
}

// cutDoubts returns the lines, 1-based, of a row's value cell, with pad
// its column's padding, that end where a word may have been cut
// (cutDoubt).
func cutDoubts(g []framedLine, pad int, broken bool) []int {
	var out []int
	var prev *framedLine
	for k := range g {
		f := &g[k]
		if f.cells[1].text == "" {
			continue
		}
		if prev != nil && !f.wrapped && cutDoubt(framedPart{text: prev.cells[1].text, full: prev.cells[1].slack == pad}, f.cells[1].text, broken) {
			out = append(out, prev.at+1)
		}
		prev = f
	}
	return out
}

// openRow reads a row of psql's, its two cells parted by a bar and no
// frame round them: " Namn | Digga", "      | Perstorps", "      |.rstorps".
func openRow(l string) (f framedLine, ok bool) {
	bar := strings.IndexByte(l, '|')
	if bar < 0 || strings.Count(l, "|") != 1 || bar > 0 && l[bar-1] != ' ' {
		return f, false
	}
	value := strings.TrimRight(l[bar+1:], " \r")
	f.open, f.bar = true, utf8.RuneCountInString(l[:bar])
	f.wrapped = strings.HasPrefix(value, ".")
	f.cells[0].text = strings.TrimSpace(l[:bar])
	f.cells[1].text = strings.TrimSpace(strings.TrimPrefix(value, "."))
	return f, true
}
