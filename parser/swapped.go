package parser

import (
	"slices"
	"strings"
)

// Facts typed again into a table whose columns came out in another
// order: each value before its label ("Sydsverige<TAB>Region", "|
// Sydsverige | Region |", "Sydsverige;Region"), or the rows' numbers
// before them ("3<TAB>Projektägare<TAB>Lunds kommun", "| 3 | Projektägare
// | … |"). Read as they stand, a value is taken for a label, or a number
// for one, and the title's place goes to a row. stripSwappedColumns writes
// each row of such a table label first, its value after it and its number
// left out, in the table's own marks; a sheet's rows are read so by
// swapColumns.

// minSwappedRows is the fewest rows, each a known label in a column other
// than the first, that make a table's columns swapped: a row or two may
// be a sentence's cells ("Kontakta oss<TAB>Region"), three are the table's.
const minSwappedRows = 3

// swappedNote is said on a page whose table was read label first.
const swappedNote = `the facts stand in a table whose values come before their labels ("Sydsverige<TAB>Region"), or after the rows' numbers ("3<TAB>Projektägare<TAB>…"), and were read label first`

// cellLabel returns the known label a table's cell is, with a note in
// brackets after it or written another way ("Region (se nedan)",
// "Projcktägare"), and nothing more but a colon; nil for none.
func cellLabel(cell string) *term {
	if cell == "" || !isLabelCell(cell) && !spelledLabelCell(cell) {
		return nil
	}
	if t := wholeLabel(cell); t != nil {
		return t
	}
	// The note or the slip: the label the reader reads the cell as.
	return classify(strings.TrimRight(cell, ":")+":", 0, false).term
}

// rowNumber reports a cell that is a row's number: one to three digits,
// a full stop or a bracket after them or none.
func rowNumber(cell string) bool {
	cell = strings.TrimRight(cell, ".)")
	return cell != "" && len(cell) <= 3 && strings.Trim(cell, "0123456789") == ""
}

// swappedIn returns, for a table's rows of cells (a header of its
// columns' names among them or not), the width of its rows of facts and
// the columns of their labels and their values where those are swapped:
// the labels in the second column, the values in the first or, after a
// column of the rows' numbers, in the third. ok is false for a table
// written label first, and for one whose labels stand in no column of
// their own.
func swappedIn(rows [][]string) (width, label, value int, ok bool) {
	widths := map[int]int{}
	for _, r := range rows {
		widths[len(r)]++
	}
	for w, n := range widths {
		if n > widths[width] || n == widths[width] && w < width {
			width = w
		}
	}
	var table [][]string
	for _, r := range rows {
		if len(r) == width && !headerCells(r) {
			table = append(table, r)
		}
	}
	label, value, ok = swappedRoles(table, width)
	return width, label, value, ok
}

// swappedRoles returns the columns of the labels and of the values of a
// table of rows of width cells, where they are swapped (swappedIn).
func swappedRoles(rows [][]string, width int) (label, value int, ok bool) {
	first := 0 // the first column of the labels and values
	switch width {
	case 2:
	case 3:
		for _, r := range rows {
			if !rowNumber(r[0]) {
				return 0, 0, false
			}
		}
		first = 1
	default:
		return 0, 0, false
	}
	labels := [2]int{}
	keys := [2]map[Key]bool{{}, {}} // the fields the labels of each column give
	numbers := 0                    // the rows whose first cell is a row's number
	for _, r := range rows {
		for c := range labels {
			if t := cellLabel(r[first+c]); t != nil {
				labels[c]++
				keys[c][t.key] = true
			}
		}
		if rowNumber(r[first]) {
			numbers++
		}
	}
	l := 0
	if labels[1] > labels[0] {
		l = 1
	}
	switch {
	case labels[l] < minSwappedRows || 3*labels[l] < 2*len(rows):
		// The labels stand in no column of their own.
		return 0, 0, false
	case 3*labels[1-l] >= labels[l]:
		// The other column holds labels as well: a grid of labels.
		return 0, 0, false
	case first == 0 && l == 0:
		return 0, 0, false // label first, as a page writes them
	case len(keys[l]) < minSwappedRows || 3*len(keys[l]) < 2*labels[l]:
		// Roles, one or two given again and again ("Region
		// Skåne<TAB>Medfinansiär"): a table of the page's partners, no
		// facts of one project's.
		return 0, 0, false
	case first == 0 && numbers == len(rows):
		// "1<TAB>Projektnummer": a numbered list of labels, no values.
		return 0, 0, false
	}
	return first + l, first + 1 - l, true
}

// headerCells reports a table's row of its columns' names ("Värde",
// "Fält", "Nr"): no row of a label and its value.
func headerCells(cells []string) bool {
	for _, c := range cells {
		c = strings.ToLower(c)
		if !slices.Contains(fieldColumns, c) && !slices.Contains(valueColumns, c) && c != "nr" && c != "#" && c != "no" {
			return false
		}
	}
	return true
}

// tableLine is a line of a table: its cells, and whether the line is a
// pipe table's row ("| a | b |") or a row of cells parted by tabs.
type tableLine struct {
	cells []string
	pipe  bool
}

// tableLineOf reads line as a table's row of two cells or more, or a pipe
// table's separator row (whose cells are its dashes); ok is false for any
// other line.
func tableLineOf(line string) (row tableLine, ok bool) {
	t := strings.TrimSpace(line)
	switch {
	case len(t) > 2 && t[0] == '|' && t[len(t)-1] == '|':
		row.pipe = true
		for _, c := range tableCells(t) {
			row.cells = append(row.cells, strings.TrimSpace(c))
		}
	case strings.IndexByte(strings.TrimRight(line, " \t\r"), '\t') >= 0:
		// Tabs in a run part two cells, as a sheet aligns them; a tab
		// first is an empty cell's ("<TAB>Stödmottagarens address").
		if strings.TrimLeft(line, " ")[0] == '\t' {
			row.cells = append(row.cells, "")
		}
		for c := range strings.SplitSeq(t, "\t") {
			if c = strings.TrimSpace(c); c != "" {
				row.cells = append(row.cells, c)
			}
		}
	}
	return row, len(row.cells) >= 2
}

// stripSwappedColumns writes each row of a table of text whose columns
// are swapped (swappedIn), its rows parted by tabs or framed in a pipe
// table's bars, as its label and its value in the table's own marks, and
// reports whether it wrote any. A row of column names ("Värde<TAB>Fält",
// "| Nr | Fält | Värde |") is written in the same order, and a pipe
// table's separator row with as many cells. Each line keeps its number.
func stripSwappedColumns(text string) (string, bool) {
	if strings.IndexByte(text, '\t') < 0 && strings.IndexByte(text, '|') < 0 {
		return text, false // a cheap first look
	}
	lines := splitLines(text)
	rewrite := map[int]string{}
	for i := 0; i < len(lines); {
		row, ok := tableLineOf(lines[i])
		if !ok {
			i++
			continue
		}
		// The table: its rows of one kind in a run, blank lines between
		// them or none.
		end := i + 1
		for j := i + 1; j < len(lines); j++ {
			if strings.TrimSpace(lines[j]) == "" {
				continue
			}
			next, ok := tableLineOf(lines[j])
			if !ok || next.pipe != row.pipe {
				break
			}
			end = j + 1
		}
		swapTable(lines, i, end, row.pipe, rewrite)
		i = end
	}
	if len(rewrite) == 0 {
		return text, false
	}
	return rewriteLines(text, lines, func(i int, l string) string {
		if w, ok := rewrite[i]; ok {
			return w
		}
		return l
	}), true
}

// swapTable looks at the table on lines [from, to) and, where its columns
// are swapped, puts each of its rows written label first in rewrite.
func swapTable(lines []string, from, to int, pipe bool, rewrite map[int]string) {
	var rows [][]string // not the separator row, nor the header above it
	for i := from; i < to; i++ {
		row, ok := tableLineOf(lines[i])
		switch {
		case !ok:
		case pipe && isTableSeparator(strings.TrimSpace(lines[i])):
			if len(rows) == 1 {
				rows = rows[:0] // the header above it
			}
		default:
			rows = append(rows, row.cells)
		}
	}
	if len(rows) < minSwappedRows {
		return
	}
	width, label, value, ok := swappedIn(rows)
	if !ok {
		return
	}
	for i := from; i < to; i++ {
		row, ok := tableLineOf(lines[i])
		if ok && width == 3 && label == 1 && len(row.cells) == 2 && rowNumber(row.cells[0]) {
			// A numbered row of a label whose value is empty.
			row.cells = append(row.cells, "")
		}
		if !ok || len(row.cells) != width {
			continue
		}
		l, v := row.cells[label], row.cells[value]
		switch {
		case pipe && isTableSeparator(strings.TrimSpace(lines[i])):
			rewrite[i] = "|---|---|"
		case pipe:
			rewrite[i] = "| " + l + " | " + v + " |"
		default:
			rewrite[i] = l + "\t" + v
		}
	}
}

// swapColumns reads a sheet's rows whose values stand before their labels
// (swappedIn) label first: each row of two cells its label's and its
// value's, with their lines. A sheet's rows numbered in a column of their
// own are read as they were before (dropIndexColumn, longColumns).
func swapColumns(rows []tableRow) ([]tableRow, bool) {
	var cells [][]string
	for _, r := range rows {
		var filled []string
		for _, c := range r.cells {
			if c = strings.TrimSpace(c); c != "" {
				filled = append(filled, c)
			}
		}
		if len(filled) == len(r.cells) && len(filled) > 0 {
			cells = append(cells, filled)
		}
	}
	if len(cells) < minSwappedRows {
		return rows, false
	}
	width, label, value, ok := swappedIn(cells)
	if !ok || width != 2 {
		return rows, false
	}
	for i, r := range rows {
		if len(r.cells) != width {
			continue
		}
		rows[i].cells = []string{r.cells[label], r.cells[value]}
		rows[i].lines = []int{r.lines[label], r.lines[value]}
		rows[i].tidied = true
	}
	return rows, true
}
