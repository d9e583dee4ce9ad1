package parser

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A page's fields laid out wide: a row of labels over a row of their
// values, a cell a column, as a database client prints a row ("SELECT *
// FROM projekt" in mysql, psql or sqlite3), as a Markdown table of one
// project a row is written, or as a sheet's rows are copied below a
// page's title. Read a line at a time, the labels' row is labels side by
// side and the values' row one long value. readWideTables reads each such
// table as the sheet's transposed rows are read (headedTables): each row
// below the labels a page of "Label: value" lines, each on its row's line.

// wideNote says that a table of labels over values was read a column at a
// time.
const wideNote = `the page's fields stand in a table's columns, a row of labels over a row of values ("| Projektnummer | Region |" / "| 2015/00764 | Sydsverige |", a database client's, a Markdown table's, a sheet's row): each row below the labels was read as a page, each cell under its label`

// wideBars are the bars that part a wide table's cells, besides a tab.
const wideBars = "|│┃║"

// wideRow is a line of a wide table split into its cells.
type wideRow struct {
	cells []string
	sep   rune // the tab or the bar between the cells
}

// splitWideRow splits a line at its tabs, or at a bar of wideBars with
// the line's outer bars, where it has them, left out; ok is false for a
// line of fewer than minHeaderLabels cells.
func splitWideRow(line string) (row wideRow, ok bool) {
	line = strings.TrimRight(line, " \r")
	if strings.IndexByte(line, '\t') >= 0 && !strings.ContainsAny(line, wideBars) {
		row.sep = '\t'
		row.cells = strings.Split(line, "\t")
	} else {
		t := strings.TrimSpace(line)
		i := strings.IndexAny(t, wideBars)
		if i < 0 {
			return row, false
		}
		bar, n := utf8.DecodeRuneInString(t[i:])
		if i == 0 {
			t = t[n:]
			t = strings.TrimSuffix(t, string(bar))
		}
		row.sep = bar
		row.cells = strings.Split(t, string(bar))
	}
	if len(row.cells) < minHeaderLabels {
		return row, false
	}
	for k, c := range row.cells {
		row.cells[k] = strings.TrimSpace(c)
	}
	return row, true
}

// wideRule reports a rule of a table: a frame's border ("+----+----+",
// "├────┼────┤"), a Markdown table's separator row ("|---|:--:|") or a
// database client's rule under its header ("------+------+------"). A
// line of dashes alone is no table's: it parts pages.
func wideRule(line string) bool {
	t := strings.TrimSpace(line)
	if boxRule(t) {
		return true
	}
	return strings.ContainsAny(t, "+|") && strings.Contains(t, "-") && strings.Trim(t, "-=+|: ") == ""
}

// wideHeader reports a row that is a wide table's labels: each of its
// cells filled, at least minHeaderLabels of them known labels and no fewer
// than half.
func wideHeader(row wideRow) bool {
	for _, c := range row.cells {
		if c == "" {
			return false
		}
	}
	n := headerLabels(capitalized(row.cells))
	return n >= minHeaderLabels && 2*n >= len(row.cells)
}

// capitalized returns cells, each with its first letter a capital: a
// database's columns are named in small letters ("projektnummer"), which
// a page's labels are not.
func capitalized(cells []string) []string {
	out := make([]string, len(cells))
	for k, c := range cells {
		if r, n := utf8.DecodeRuneInString(c); n > 0 {
			c = string(unicode.ToUpper(r)) + c[n:]
		}
		out[k] = c
	}
	return out
}

// minWideFacts is the fewest of a project's own facts (wideFact) a wide
// table's labels name besides its number: a table of partners, of
// sub-projects' budgets or of years has a number and its own columns
// ("Partner | Organisationsnummer | Projektnummer").
const minWideFacts = 2

// wideNamesProjects reports labels that name projects: the project's
// number, or its name by a label that says it is the project's
// ("Projektnamn", "Project name"), and minWideFacts of its own facts
// (wideFact). A table of people ("Namn | E-post | Telefon") or of
// partners names no project.
func wideNamesProjects(cells []string) bool {
	named := false
	facts := map[Key]bool{}
	for _, c := range cells {
		k, ok := headerKey(c)
		if !ok {
			continue
		}
		projectName := k == KeyName && (containsFoldASCII(c, "projekt") || containsFoldASCII(c, "project"))
		named = named || k == KeyID || projectName
		if wideFact(k) && (k != KeyName || projectName) {
			facts[k] = true
		}
	}
	return named && len(facts) >= minWideFacts
}

// wideFact reports a key whose field a project has and a partner, a
// year or a person has not: its name, owner, region and period.
func wideFact(k Key) bool {
	switch k {
	case KeyName, KeyOwner, KeyRegion, KeyStartDate, KeyEndDate, KeyPeriod:
		return true
	}
	return false
}

// repeatsProject reports rows of values of which two give the same
// project's number: a table of one project's years or payments
// ("Projektnummer | År | Utbetalt"), not of projects.
func repeatsProject(rows []wideRow) bool {
	col := -1
	for k, c := range rows[0].cells {
		if key, ok := headerKey(c); ok && key == KeyID {
			col = k
			break
		}
	}
	if col < 0 {
		return false
	}
	seen := map[string]bool{}
	for _, r := range rows[1:] {
		if id := r.cells[col]; id != "" {
			if seen[id] {
				return true
			}
			seen[id] = true
		}
	}
	return false
}

// mayHoldWideTable reports a text that may hold a wide table: a tab or a
// bar somewhere.
func mayHoldWideTable(text string) bool {
	return strings.IndexByte(text, '\t') >= 0 || strings.IndexByte(text, '|') >= 0 || containsRuneOf(text, "│┃║")
}

// readWideTables rewrites each wide table of text, its rows of values a
// page each (headedTables), where no page stands outside the tables
// (pageOutside): a page's fields are all in its table, or the table is
// the page's text's. It returns the text, the line of text each
// line of it was (1-based), and the lines of the tables; lines is nil
// where no table was read.
func readWideTables(text string) (_ string, lines, tables []int) {
	if !mayHoldWideTable(text) {
		return text, nil, nil
	}
	in := strings.Split(text, "\n")
	var out []string
	for i := 0; i < len(in); i++ {
		block, blockAt, end := wideTable(in, i)
		if block == "" {
			out = append(out, in[i])
			lines = append(lines, i+1)
			continue
		}
		if i > 0 && wideRule(in[i-1]) {
			out[len(out)-1] = "" // the frame above the labels
			tables = append(tables, i)
		}
		read, readAt := headedTables(block, blockAt)
		out = append(out, strings.Split(strings.TrimSuffix(read, "\n"), "\n")...)
		lines = append(lines, readAt...)
		for k := i; k < end; k++ {
			tables = append(tables, k+1)
		}
		i = end - 1
	}
	if tables == nil || pageOutside(in, tables) {
		return text, nil, nil
	}
	return strings.Join(out, "\n"), lines, tables
}

// maxWideOutside is the most lines that stand outside a wide table on the
// page that is the table's: a title, a client's prompt and its count of
// rows ("mysql> SELECT …", "(1 row)").
const maxWideOutside = 3

// maxWideOutsideLen bounds each of those lines: a title or a prompt, not
// a paragraph.
const maxWideOutsideLen = 80

// pageOutside reports a page outside the tables of lines (their lines,
// 1-based, in order): a label on a line of its own, more than
// maxWideOutside lines, or one longer than maxWideOutsideLen. Its table of
// projects (related projects, a partner's, a budget's) is its text's,
// not pages.
func pageOutside(lines []string, tables []int) bool {
	k, n := 0, 0
	for i, l := range lines {
		if k < len(tables) && tables[k] == i+1 {
			k++
			continue
		}
		t := strings.TrimSpace(l)
		if t == "" {
			continue
		}
		if n++; n > maxWideOutside || len(t) > maxWideOutsideLen || isLabelLine(t) {
			return true
		}
	}
	return false
}

// wideTable reads the wide table whose labels stand on line i of lines:
// its rows, rules left out, as a sheet's rows parted by tabs, the line
// (1-based) of each, and the index past the table. block is "" where no
// wide table begins at i: a row of labels with no row of as many cells
// below, a row of other cells (a cell's own bar), labels that name no
// project (wideNamesProjects), rows that give one project's number twice
// (repeatsProject), or a table whose cells wrap over lines (a row below
// the first with its first cell empty), which is left to the readings of
// framed cells.
func wideTable(lines []string, i int) (block string, at []int, end int) {
	header, ok := splitWideRow(lines[i])
	if !ok || !wideHeader(header) {
		return "", nil, i
	}
	header.cells = capitalized(header.cells)
	rows := []wideRow{header}
	at = []int{i + 1}
	end = i + 1
	for ; end < len(lines); end++ {
		if wideRule(lines[end]) {
			continue
		}
		row, ok := splitWideRow(lines[end])
		if !ok || row.sep != header.sep {
			break
		}
		if len(row.cells) != len(header.cells) {
			return "", nil, i // a cell's own bar or tab: its cells cannot be told
		}
		if len(rows) > 1 && row.cells[0] == "" {
			return "", nil, i // a cell's next line: the table wraps
		}
		if wideHeader(row) {
			break // labels again: a grid of labels over values, a row each
		}
		rows = append(rows, row)
		at = append(at, end+1)
	}
	if len(rows) < 2 || !wideNamesProjects(header.cells) || repeatsProject(rows) {
		return "", nil, i
	}
	var b strings.Builder
	for _, r := range rows {
		b.WriteString(strings.Join(r.cells, "\t"))
		b.WriteByte('\n')
	}
	return b.String(), at, end
}
