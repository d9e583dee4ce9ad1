package parser

import (
	"strconv"
	"strings"
)

// A sheet in long form: a row for each field of each project, the
// project's key in one column, the field's label in the next and its
// value in the one after ("projekt,variabel,värde" / "2020/00634,
// Projektägare,Perstorps kommun"), as R's and pandas' melted frames,
// Tableau's "View data" and a database's rows of facts give them.

// minLongRows is how many rows must have a known label in the label
// column: a sheet of three columns with a label or two in its middle is
// a sheet of something else.
const minLongRows = 3

// longColumns finds the columns of a sheet in long form: the label
// column l, whose cells in most rows, minLongRows at least, are known
// labels, with a key column before it and the value column after it. It
// reports whether the sheet is so.
func longColumns(rows []tableRow) (l int, ok bool) {
	width := 0
	for _, row := range rows {
		width = max(width, len(row.cells))
	}
	for l = 1; l+1 < width; l++ {
		labels, filled := 0, 0
		for _, row := range rows {
			if l+1 >= len(row.cells) || strings.TrimSpace(row.cells[l]) == "" {
				continue
			}
			filled++
			if strings.TrimSpace(row.cells[l-1]) == "" {
				continue // no key: a table of a page's labels and values ("||Namn|A|")
			}
			if isLabelCell(row.cells[l]) || isHeading(strings.TrimSpace(row.cells[l])) {
				labels++
			}
		}
		if labels >= minLongRows && labels*3 >= filled*2 && (indexColumn(rows, l-1) || distinctKeys(rows, l-1)*2 <= labels) {
			return l, true
		}
	}
	return 0, false
}

// distinctKeys counts the keys in column k of rows: a sheet in long form
// has a few rows for each.
func distinctKeys(rows []tableRow, k int) int {
	seen := map[string]bool{}
	for _, row := range rows {
		if k < len(row.cells) {
			seen[strings.TrimSpace(row.cells[k])] = true
		}
	}
	return len(seen)
}

// indexColumn reports a column k of the rows' numbers, 0 or 1 on, one a
// row below a header ("Nr;Fält;Värde" / "1;Diarienummer;…"): no key, and
// the sheet one page's.
func indexColumn(rows []tableRow, k int) bool {
	want := -1
	for i, row := range rows {
		if k >= len(row.cells) {
			return false
		}
		n, err := strconv.Atoi(strings.TrimSpace(row.cells[k]))
		switch {
		case err != nil && i == 0:
			continue // the header
		case err != nil || want < 0 && n > 1 || want >= 0 && n != want:
			return false
		}
		want = n + 1
	}
	return want > 0
}

// long writes a sheet in long form a page for each key in its key
// column, l-1, a field a row: "Label: value" on the row's line, the
// values of a list's label as its items, a section's text below its
// heading; a label esf does not know is written too, for the reader to
// keep. A header row, the first, whose label cell is no label, is the
// sheet's own; a column before the key column (a frame's index) is no
// part of the key.
func (t *tableText) long(rows []tableRow, l int) {
	key, pages, listOpen := "", 0, ""
	index := indexColumn(rows, l-1)
	for i, row := range rows {
		if l+1 >= len(row.cells) {
			continue
		}
		label := strings.TrimSpace(row.cells[l])
		value := strings.TrimSpace(strings.Join(row.cells[l+1:], " "))
		if label == "" || i == 0 && !isLabelCell(label) && !isHeading(label) {
			continue // the header; a field of no label
		}
		if k := strings.TrimSpace(row.cells[l-1]); !index && k != key || pages == 0 {
			if pages > 0 {
				t.line("----", row.lines[0])
			}
			key, listOpen = k, ""
			pages++
		}
		n := row.lines[l]
		switch {
		case value == "":
		case isSectionKey(label):
			t.line("", n)
			t.line(label, n)
			t.line("", n)
			t.line(value, n)
			t.line("", n)
			listOpen = ""
		case isListLabel(label):
			if listOpen != label {
				t.line(label+":", n)
				listOpen = label
			}
			t.line("• "+value, n)
		default:
			t.line(label+": "+value, n)
			listOpen = ""
		}
	}
}

// isListLabel reports the label of a list's field: municipalities,
// co-financiers.
func isListLabel(label string) bool {
	switch l := classify(label, 0, false); {
	case l.term != nil:
		return keys[l.term.key].kind == kindList
	case l.heading != nil:
		return keys[l.heading.key].kind == kindList
	}
	return false
}

// maxLongOther is how many lines of a text in long form may be no row:
// a client's prompt and its query above the rows.
const maxLongOther = 2

// longNote says that a text's rows were read as a sheet in long form.
const longNote = `the page is a sheet in long form, a row for each field ("projekt<TAB>Projektägare<TAB>…"): each project's rows read as its page`

// longRows reads a text whose lines are a sheet's rows in long form,
// parted by tabs (Tableau's "View data") or bars (sqlite3's list mode),
// as the pages they hold (tableText.long): read, and for each of its
// lines the line of text it stands on. first is the first row's line; ok
// is false for a text that is no such sheet, or that has more than
// maxLongOther lines besides its rows.
func longRows(text string) (read string, lines []int, first int, ok bool) {
	for _, delim := range []string{"\t", "|"} {
		if !containsRare(text, delim) {
			continue
		}
		var rows []tableRow
		filled := 0
		n := 0
		for line := range strings.Lines(text) {
			n++
			line = strings.TrimRight(line, "\r\n")
			if strings.TrimSpace(line) == "" {
				continue
			}
			filled++
			if strings.Count(line, delim) < 2 {
				continue
			}
			cells := strings.Split(line, delim)
			row := tableRow{cells: cells, lines: make([]int, len(cells)), last: n}
			for i := range cells {
				cells[i] = strings.TrimSpace(cells[i])
				row.lines[i] = n
			}
			rows = append(rows, row)
		}
		if filled-len(rows) > maxLongOther {
			continue // text of its own besides the rows, which a rewrite would lose
		}
		l, long := longColumns(rows)
		if !long {
			continue
		}
		var t tableText
		t.long(rows, l)
		return t.b.String(), t.at, rows[0].lines[0], true
	}
	return text, nil, 0, false
}
