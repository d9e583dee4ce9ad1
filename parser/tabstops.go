package parser

import (
	"strings"
	"unicode/utf8"
)

// A word processor's or an editor's tab stops line up a page's values in
// a column: "Projektnummer<TAB><TAB>2020/00634", "Region<TAB><TAB><TAB>
// Sydsverige", each label followed by as many tabs as reach the column. A
// row of a sheet of three columns whose value's cell is empty
// ("Projektägare<TAB><TAB>PERSTORPS KOMMUN", copied cells) has tabs
// between its cells, as many on each row, and its third column's cell
// lands where its label's length puts it. stripTabStops tells the two
// apart by the column the values stand in.

// tabStopWidths are the widths of a tab stop that editors and word
// processors use, the commonest first.
var tabStopWidths = []int{8, 4}

// minTabStopRows is the fewest rows of a label, two tabs or more and a
// value that line their values up in one column for the page to be laid
// out by tab stops: one alone may be a sheet's row whose value's cell is
// empty.
const minTabStopRows = 2

// tabStopsNote says that a page's values were read at their tab stop.
const tabStopsNote = `the values stand in a column at a tab stop, after as many tabs as reach it ("Region<TAB><TAB><TAB>Sydsverige"), and were read as after one`

// tabRow is a line of a label, one tab or more and a value with no tab in
// it.
type tabRow struct {
	label, value string
	tabs         int
}

// tabRowOf reads a line as a tabRow.
func tabRowOf(l string) (tabRow, bool) {
	label, rest, ok := strings.Cut(l, "\t")
	if !ok || strings.TrimSpace(label) == "" {
		return tabRow{}, false
	}
	value := strings.TrimLeft(rest, "\t")
	if strings.TrimSpace(value) == "" || containsRare(value, "\t") {
		return tabRow{}, false
	}
	return tabRow{label: label, value: value, tabs: 1 + len(rest) - len(value)}, true
}

// threeCells reports a line of three cells or more, none empty, parted
// by single tabs.
func threeCells(l string) bool {
	cells := strings.Split(l, "\t")
	if len(cells) < 3 {
		return false
	}
	for _, c := range cells {
		if strings.TrimSpace(c) == "" {
			return false
		}
	}
	return true
}

// column is where a row's value begins, with tab stops width apart.
func (r tabRow) column(width int) int {
	c := utf8.RuneCountInString(r.label)
	for range r.tabs {
		c = (c/width + 1) * width
	}
	return c
}

// stripTabStops reads the rows whose values a page's tab stops line up
// as a label, one tab and a value: where minTabStopRows rows or more of
// two tabs or more, and rows of another count of tabs (one, or more),
// put their values in the same column at a common width. Rows of another
// column keep their tabs. Each line keeps its number.
func stripTabStops(text string) (string, bool) {
	if !containsRare(text, "\t\t") {
		return text, false
	}
	lines := splitLines(text)
	rows := make([]tabRow, len(lines))
	isRow := make([]bool, len(lines))
	for i, l := range lines {
		rows[i], isRow[i] = tabRowOf(l)
		if !isRow[i] && threeCells(l) {
			// "Fält<TAB>Värde<TAB>Anmärkning": a sheet's columns, whose
			// empty cells are cells.
			return text, false
		}
	}
	for _, width := range tabStopWidths {
		// The column most rows of two tabs or more put their values in.
		count := map[int]int{}
		for i, r := range rows {
			if isRow[i] && r.tabs >= 2 {
				count[r.column(width)]++
			}
		}
		best := -1
		for c, n := range count {
			if n >= minTabStopRows && (best < 0 || n > count[best] || n == count[best] && c < best) {
				best = c
			}
		}
		if best < 0 {
			continue
		}
		tabs := map[int]bool{}
		for i, r := range rows {
			if isRow[i] && r.column(width) == best {
				tabs[r.tabs] = true
			}
		}
		if len(tabs) < 2 {
			continue // every row as many tabs: a sheet's columns as well
		}
		return rewriteLines(text, lines, func(i int, l string) string {
			if r := rows[i]; isRow[i] && r.tabs >= 2 && r.column(width) == best {
				return r.label + "\t" + r.value
			}
			return l
		}), true
	}
	return text, false
}
