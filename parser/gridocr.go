package parser

import (
	"strings"
	"unicode/utf8"
)

// A table of facts read by an OCR from a screenshot keeps its grid as
// marks the OCR reads it as: the bar itself, a broken bar, a box-drawing
// bar, or a letter or bracket of the bar's shape ("l Startdatum | 2024-03-01
// |", "Unionens medfinansieringsgrad  l 40% |"), with its rules between
// rows drawn in dashes, underscores or lines of those letters
// ("l------l------l"). Read as it stands, a row whose first bar is a
// letter is a line of text, and a rule between two rows parts two pages.
// readGridRows writes each row of such a table as a table's row, and each
// rule between rows as a table's border.

// gridLookalikes are the marks an OCR reads a table's grid line as.
const gridLookalikes = "|¦│lI![]"

// gridDrawn are the marks a table's grid is drawn with: a row written
// with them reads as it stands. A broken bar (¦) is an OCR's reading of
// a bar, which a row begins with no reading takes for a table's.
const gridDrawn = "|│"

// minGridRows is the fewest rows, a known label and its value parted by a
// grid's mark, that make a text a table read by an OCR: one or two such
// lines may be a sentence's ("Region | Sydsverige").
const minGridRows = 3

// gridOCRNote says that a table's grid, read by an OCR, was read as a table.
const gridOCRNote = "the facts stand in a table whose grid an OCR read as letters or marks (l, I, !, ¦), and were read as the table's rows"

// readGridRows returns text with the rows of a table of facts whose grid
// an OCR read as letters or brackets written as a table's (gridRowOf), and
// each rule between its rows that would part two pages written as its
// border (gridRuleAt); and the lines it wrote. Text as it is, and none,
// where it holds fewer than minGridRows rows.
func readGridRows(text string) (string, []int) {
	if strings.Count(text, "|")+strings.Count(text, "¦")+strings.Count(text, "│") < minGridRows {
		return text, nil
	}
	lines := splitLines(text)
	rows := make([]string, len(lines))
	lettered := make([]bool, len(lines))
	keyOf := make([]Key, len(lines))
	n := 0
	for i, l := range lines {
		if row, letter, ok := gridRowOf(strings.TrimSpace(l)); ok {
			rows[i], lettered[i] = row, letter
			keyOf[i] = termIndex().match(row[2:], false).label.key
			n++
		}
	}
	if n < minGridRows {
		return text, nil
	}
	// A row written with the grid's own marks reads as it stands ("with
	// "|" for the colon"); a rule of the table's border's shape is one.
	var changed, rules []int
	for i, l := range lines {
		switch {
		case lettered[i]:
			lines[i] = rows[i]
			changed = append(changed, i+1)
		case rows[i] == "" && gridRuleAt(lines, rows, i) && !gridRowsRepeat(lines, rows, keyOf, i):
			rules = append(rules, i)
			if isSeparator(strings.TrimSpace(l)) {
				changed = append(changed, i+1)
			}
		}
	}
	if changed == nil {
		return text, nil
	}
	for _, i := range rules {
		lines[i] = gridBorder
	}
	return joinLinesOf(lines, text), changed
}

// gridBorder is a table's border as isTableBorder reads it, which no
// reading of a markup takes for its own ("---+" is a wiki's table's).
const gridBorder = "+ - - - - +"

// gridRowOf returns a line as a table's row, "| Label | value |", where it
// is a known label and its value parted by a grid's mark or its
// lookalike, spaces round it, with a mark or none before the label and
// after the value; and whether a letter or a bracket stood for a mark.
func gridRowOf(t string) (string, bool, bool) {
	letter := false
	if r, size := utf8.DecodeRuneInString(t); strings.ContainsRune(gridLookalikes, r) && size < len(t) && t[size] == ' ' {
		t, letter = strings.TrimSpace(t[size:]), !strings.ContainsRune(gridDrawn, r)
	}
	m := termIndex().match(t, false)
	if m.label == nil || !writtenAsTerm(t[:m.end], m.label.text) {
		return "", false, false
	}
	rest := t[m.end:]
	gap := len(rest) - len(strings.TrimLeft(rest, " \t"))
	if gap == 0 {
		return "", false, false
	}
	r, size := utf8.DecodeRuneInString(rest[gap:])
	if !strings.ContainsRune(gridLookalikes, r) || gap+size < len(rest) && rest[gap+size] != ' ' {
		return "", false, false
	}
	letter = letter || !strings.ContainsRune(gridDrawn, r)
	value := strings.TrimSpace(rest[gap+size:])
	if last, size := utf8.DecodeLastRuneInString(value); strings.ContainsRune(gridLookalikes, last) && (len(value) == size || value[len(value)-size-1] == ' ') {
		value = strings.TrimSpace(value[:len(value)-size])
		letter = letter || !strings.ContainsRune(gridDrawn, last)
	}
	return "| " + t[:m.end] + " | " + value + " |", letter, true
}

// gridRuleAt reports a rule between two rows of a table read by an OCR:
// dashes, equals signs or underscores, and the grid's marks or their
// lookalikes, with a row (rows) or another rule the nearest line on each
// side.
func gridRuleAt(lines, rows []string, i int) bool {
	if !gridRule(strings.TrimSpace(lines[i])) {
		return false
	}
	side := func(j, step int) bool {
		for ; j >= 0 && j < len(lines); j += step {
			if t := strings.TrimSpace(lines[j]); t != "" {
				return rows[j] != "" || gridRule(t)
			}
		}
		return false
	}
	return side(i-1, -1) && side(i+1, 1)
}

// gridRowsRepeat reports rows below the rule at line i that give a field
// the rows above give, up to a line that is no row, rule or blank: two
// pages' tables, the rule between them the pages' separator.
func gridRowsRepeat(lines, rows []string, keyOf []Key, i int) bool {
	var above [numKeys]bool
	inTable := func(j int) bool {
		t := strings.TrimSpace(lines[j])
		return rows[j] != "" || t == "" || gridRule(t)
	}
	for j := i - 1; j >= 0 && inTable(j); j-- {
		if rows[j] != "" {
			above[keyOf[j]] = true
		}
	}
	for j := i + 1; j < len(lines) && inTable(j); j++ {
		if rows[j] != "" && above[keyOf[j]] {
			return true
		}
	}
	return false
}

// gridRule reports a rule's line: three rule marks or more, and nothing
// but them, the grid's marks and spaces.
func gridRule(t string) bool {
	n := 0
	for _, r := range t {
		switch {
		case strings.ContainsRune("-=_—–", r):
			n++
		case r == '+' || r == ' ' || r == ':' || strings.ContainsRune(gridLookalikes, r):
		default:
			return false
		}
	}
	return n >= 3
}
