package parser

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// A PDF's table of facts two or more to a row, laid out as its text keeps
// it (pdftotext -layout), or a sheet's cells copied: a row of labels, and
// below it a row of their values, each in its label's column.
//
//	Projektperiod:                Total projektbudget:
//	2021-02-01 - 2021-10-31       400 000
//
// Read as it stands, the first label takes the whole row of labels for its
// name and the row of values for its value. splitGridRows reads each label
// with the value below it, on a line of its own: "Projektperiod:
// 2021-02-01 - 2021-10-31", "Total projektbudget: 400 000".
//
// A page whose facts run in such rows down the whole box, six lines or
// more, is splitColumns': it reads the left column, then the right. This
// reading takes the rows that are left, a few among facts one to a line.

// gridNote says that labels in a row over their values were read a label
// and its value to a line.
const gridNote = "labels stand in a row over a row of their values, each in its label's column, as a PDF's table or a sheet's cells keep them: each label was read with the value below it"

// maxGridCells is the most labels in a row: a page's box of facts is at
// most four columns wide; a row of more is a sheet's header, whose rows
// below are projects.
const maxGridCells = 4

// gridSlack is how many columns a value may stand left of its label's and
// still be its: a cell's text centred, or a scan's lines not quite true.
const gridSlack = 2

// gridCell is one label's or value's part of a row, and the rune column it
// begins at; for a row parted by tabs, its cell's index.
type gridCell struct {
	text string
	col  int
}

// splitGridRows returns text with each row of labels and the row of their
// values below it written a label and its value to a line, lines for each
// line of the result in text's lines (1-based), and the rows of labels it
// read; text as it is, and no lines, where there are none.
func splitGridRows(text string) (_ string, at, rows []int) {
	if strings.IndexByte(text, '\t') < 0 && !hasGaps(text, 2) {
		return text, nil, nil
	}
	lines := splitLines(text)
	var read []string
	for i := 0; i < len(lines); i++ {
		facts, end, ok := gridFacts(lines, i)
		if !ok {
			read = append(read, lines[i])
			at = append(at, i+1)
			continue
		}
		rows = append(rows, i+1)
		for _, f := range facts {
			read = append(read, f.text)
			at = append(at, f.col)
		}
		i = end // a blank line between the rows goes with them
	}
	if rows == nil {
		return text, nil, nil
	}
	return joinLinesOf(read, text), at, rows
}

// gridFacts reads a row of labels at line i and the row of their values
// below it, and the lines the values' cells wrap onto: the facts, each a
// label and its value on a line, with the line (1-based) it stands on, the
// value's where it has one; the last line read; and whether line i begins
// such rows.
func gridFacts(lines []string, i int) (facts []gridCell, end int, ok bool) {
	tabs := strings.IndexByte(lines[i], '\t') >= 0
	labels := gridLabels(lines[i], tabs)
	if labels == nil {
		return nil, 0, false
	}
	j := i + 1
	if j < len(lines) && strings.TrimSpace(lines[j]) == "" {
		j++ // a blank line between, as a PDF's row of labels stands apart
	}
	if j >= len(lines) {
		return nil, 0, false
	}
	values, ok := gridValues(lines[j], labels, tabs)
	if !ok {
		return nil, 0, false
	}
	end = j
	valueLine := make([]int, len(labels))
	for k, v := range values {
		if v != "" {
			valueLine[k] = j + 1
		}
	}
	// A value too long for its cell wraps onto the lines below, each part
	// in its column; a row of the same shape below is a table's next row,
	// not this one's, and leaves the whole to the readers of tables.
	for k := j + 1; !tabs && k < len(lines); k++ {
		more, ok := gridValues(lines[k], labels, false)
		if !ok || headingLine(strings.TrimSpace(lines[k])) {
			break
		}
		filled := nonEmpty(more)
		if len(filled) > 1 {
			return nil, 0, false // a table's next row, not a cell's wrapped end
		}
		c := slices.IndexFunc(more, func(v string) bool { return v != "" })
		if values[c] == "" {
			return nil, 0, false // a cell empty in the first row fills below: out of line
		}
		if !runsOnInCell(values[c], more[c]) {
			// The page's next line as well as the value's end: only
			// what goes on from the value is its.
			break
		}
		values[c] += " " + more[c]
		end = k
	}
	if tabs && j+1 < len(lines) {
		if more, ok := gridValues(lines[j+1], labels, true); ok && len(nonEmpty(more)) > 1 {
			return nil, 0, false // a sheet's header over its rows
		}
	}
	for k, l := range labels {
		name := strings.TrimRight(l.text, ": ")
		if values[k] == "" {
			facts = append(facts, gridCell{name + ":", i + 1})
			continue
		}
		facts = append(facts, gridCell{name + ": " + values[k], valueLine[k]})
	}
	return facts, end, true
}

// gridLabels returns the cells of l where it is a row of labels: two to
// maxGridCells parts, parted by gaps of minColumnGap spaces or more (by
// tabs where tabs is set), each a label esf knows as labels stand, with no
// value; nil otherwise.
func gridLabels(l string, tabs bool) []gridCell {
	cells := rowCells(l, tabs)
	if len(cells) < 2 || len(cells) > maxGridCells {
		return nil
	}
	for _, c := range cells {
		if c.text == "" {
			return nil
		}
		if !bareLabel(c.text) {
			return nil
		}
	}
	return cells
}

// bareLabel reports a known label alone, as labels stand, with no value.
func bareLabel(s string) bool {
	c := classify(s, 0, false)
	return c.term != nil && c.heading == nil && c.value == "" && c.writtenAsLabel()
}

// gridValues returns the values of a row below labels, one for each label
// and "" for a cell left empty, where each of l's parts stands in a
// label's column: at or right of its label's start, less gridSlack, and
// ending before the next label's. Two parts in one column are one value,
// a gap in it. A row with a label as labels stand in it is no row of
// values.
func gridValues(l string, labels []gridCell, tabs bool) ([]string, bool) {
	cells := rowCells(l, tabs)
	if len(cells) == 0 {
		return nil, false
	}
	values := make([]string, len(labels))
	for _, c := range cells {
		if c.text == "" {
			continue
		}
		if bareLabel(c.text) || colonLabelAt(c.text, 0) > 0 {
			return nil, false
		}
		k := c.col
		if !tabs {
			k = -1
			for m, lab := range labels {
				if lab.col <= c.col+gridSlack {
					k = m
				}
			}
			if k < 0 || k+1 < len(labels) && c.col+utf8.RuneCountInString(c.text) >= labels[k+1].col {
				return nil, false
			}
		}
		if k >= len(labels) {
			return nil, false
		}
		values[k] = strings.TrimSpace(values[k] + " " + c.text)
	}
	if len(nonEmpty(values)) == 0 {
		return nil, false
	}
	return values, true
}

// rowCells splits l into its cells: at tabs where tabs is set, each with
// its index, empty ones kept; else at gaps of minColumnGap spaces or
// more, each with the rune column it begins at.
func rowCells(l string, tabs bool) []gridCell {
	l = strings.TrimRight(l, " \r")
	if tabs {
		var cells []gridCell
		for k, c := range strings.Split(l, "\t") {
			cells = append(cells, gridCell{strings.TrimSpace(c), k})
		}
		return cells
	}
	if strings.TrimSpace(l) == "" {
		return nil
	}
	var cells []gridCell
	col, start, startCol, spaces := 0, -1, 0, 0
	for k, r := range l {
		switch {
		case r == ' ':
			spaces++
		default:
			if start < 0 || spaces >= minColumnGap {
				if start >= 0 {
					cells = append(cells, gridCell{strings.TrimRight(l[start:k], " "), startCol})
				}
				start, startCol = k, col
			}
			spaces = 0
		}
		col++
	}
	return append(cells, gridCell{strings.TrimRight(l[start:], " "), startCol})
}

// runsOnInCell reports next going on with value, the part of a cell above
// it: as a sentence runs on (runsOn), or after a comma, a dash, "&" or
// "och" ("Perstorps kommun," / "Arbetsmarknadsenheten").
func runsOnInCell(value, next string) bool {
	return runsOn(value, next) || strings.HasSuffix(value, ",") || strings.HasSuffix(value, "-") || strings.HasSuffix(value, "–") ||
		strings.HasSuffix(value, "&") || strings.HasSuffix(value, " och")
}
