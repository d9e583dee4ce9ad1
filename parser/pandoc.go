package parser

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// A saved page converted with pandoc to plain text prints the page's table
// of fields as a simple table, a row to a line, or a multiline table whose
// cells wrap inside their columns, its rows parted by blank lines; either
// stands two spaces in from the margin between rules of dashes, whole or
// broken into one run for each column, and may have a header row of
// column names above a rule of columns:
//
//	  --------------------------------------
//	  Programområde:   Programområde 1
//	                   Kompetensförsörjning
//
//	  Planerat antal   440
//	  deltagare
//	  --------------------------------------
//
// Read as they stand, a label's second line is a line of its own and a
// value's second line is no field's. readPandocTables reads each row on
// its first line, its label's lines joined and its value's
// ("Planerat antal deltagare: 440"), and leaves the rules, the header of
// column names and the row's other lines blank.

// pandocNote says that a pandoc table's rows were read a row to a line.
const pandocNote = `the page's fields stand in a table of two columns between rules of dashes, as pandoc prints a page as plain text, a long label or value wrapped over lines of its column; each row was read on its first line, its label's lines and its value's joined, and the rules left out`

// pandocIndent is how far in pandoc prints a table: two spaces. A rule at
// the margin is a heading's underline or a break in the text.
const pandocIndent = 2

// minPandocDashes is the fewest dashes in each run of a table's rule: a
// column is at least a word wide, and a run of one or two is a dash in
// text ("- -", "--").
const minPandocDashes = 3

// minPandocRows is the fewest rows a table holds: one row between rules
// is a line set apart, not a table of fields.
const minPandocRows = 2

// pandocRule is a table's rule: the rune columns its runs of dashes begin
// at, one for a rule across the whole table.
type pandocRule struct {
	starts []int
}

// readPandocRule reads a line of a table's rule: runs of minPandocDashes
// dashes or more, spaces between, pandocIndent spaces before the first.
func readPandocRule(l string) (r pandocRule, ok bool) {
	l = strings.TrimRight(l, " \r")
	if len(l) < pandocIndent+minPandocDashes || strings.TrimLeft(l[:pandocIndent], " ") != "" || l[pandocIndent] != '-' {
		return r, false
	}
	for i := pandocIndent; i < len(l); {
		switch l[i] {
		case '-':
			j := i
			for j < len(l) && l[j] == '-' {
				j++
			}
			if j-i < minPandocDashes {
				return r, false
			}
			r.starts = append(r.starts, i) // all bytes before are ASCII
			i = j
		case ' ':
			i++
		default:
			return r, false
		}
	}
	return r, true
}

// mayHoldPandocTable reports a text that may hold a table pandoc printed:
// a line that begins with pandocIndent spaces and a rule's dashes.
func mayHoldPandocTable(text string) bool {
	return strings.HasPrefix(text, "  ---") || containsRare(text, "\n  ---")
}

// pandocRowLine reports a line that may be a table's row: blank, or its
// text pandocIndent spaces in or further.
func pandocRowLine(l string) bool {
	t := strings.TrimLeft(l, " ")
	return strings.TrimSpace(t) == "" || len(l)-len(t) >= pandocIndent
}

// readPandocTables reads, line for line, each table pandoc printed in a
// text: each row's label and value on the row's first line, the rest of
// the table's lines left blank. It reports the lines, 1-based, it
// changed; nil for none.
func readPandocTables(text string) (_ string, changed []int) {
	if !mayHoldPandocTable(text) {
		return text, nil
	}
	lines := strings.Split(text, "\n")
	for i := 0; i < len(lines); i++ {
		if _, ok := readPandocRule(lines[i]); !ok {
			continue
		}
		if start, end, ok := readPandocTable(lines, i); ok {
			for k := start; k <= end; k++ {
				changed = append(changed, k+1)
			}
			i = end
		}
	}
	if changed == nil {
		return text, nil
	}
	return strings.Join(lines, "\n"), changed
}

// headerStart returns the first line of a simple table's header row of
// column names above its rule of columns at line i, as pandoc prints a
// table with a header and no rule above it; i where the rule is none of
// columns or no header stands above it.
func headerStart(lines []string, i int) int {
	r, _ := readPandocRule(lines[i])
	if len(r.starts) != 2 {
		return i
	}
	h := i
	for h > 0 && strings.TrimSpace(lines[h-1]) != "" && pandocRowLine(lines[h-1]) {
		if _, rule := readPandocRule(lines[h-1]); rule {
			return i
		}
		h--
	}
	if h > 0 && strings.TrimSpace(lines[h-1]) != "" {
		return i // a line at the margin above: text, not a header
	}
	return h
}

// readPandocTable reads the table whose first rule stands at line i,
// rewrites its lines in lines, and returns its first line, its header's
// where one stands above the rule, and its last; ok is false, and lines
// as they are, where the lines are no table of two columns.
func readPandocTable(lines []string, i int) (start, end int, ok bool) {
	top, _ := readPandocRule(lines[i])
	rules := []pandocRule{top}
	start = headerStart(lines, i)
	var header, body []int // the lines, blank ones among them, of the header and of the rows
	for k := start; k < i; k++ {
		header = append(header, k)
	}
	// The lines up to the next rule: a multiline table's header above
	// its rule of columns, or its rows.
	j := i + 1
	for ; j < len(lines) && pandocRowLine(lines[j]); j++ {
		if _, rule := readPandocRule(lines[j]); rule {
			break
		}
		if header != nil && strings.TrimSpace(lines[j]) == "" {
			break // a simple table's rows under its header end at a blank line
		}
		body = append(body, j)
	}
	end = j - 1
	if j < len(lines) {
		if r, rule := readPandocRule(lines[j]); rule {
			end = j
			rules = append(rules, r)
			if header == nil && len(top.starts) == 1 && len(r.starts) == 2 && len(body) > 0 &&
				!slices.ContainsFunc(body, func(k int) bool { return strings.TrimSpace(lines[k]) == "" }) {
				// A multiline table's header, its rows below.
				header, body = body, nil
				k := j + 1
				for ; k < len(lines) && pandocRowLine(lines[k]); k++ {
					if _, rule := readPandocRule(lines[k]); rule {
						break
					}
					body = append(body, k)
				}
				if k == len(lines) {
					return 0, 0, false
				}
				r, rule := readPandocRule(lines[k])
				if !rule {
					return 0, 0, false
				}
				rules, end = append(rules, r), k
			}
		} else if header == nil {
			return 0, 0, false // rows with no rule below them and no header above
		}
	} else if header == nil {
		return 0, 0, false
	}
	for len(body) > 0 && strings.TrimSpace(lines[body[len(body)-1]]) == "" {
		body = body[:len(body)-1]
	}
	col, ok := pandocValueColumn(lines, slices.Concat(header, body), rules)
	if !ok {
		return 0, 0, false
	}
	groups := pandocRows(lines, header, col, true)
	if len(groups) == 1 && isColumnHeader(rowCellText(groups[0], 0)+"\t"+rowCellText(groups[0], 1)) {
		groups = nil // column names, left out
	}
	groups = append(groups, pandocRows(lines, body, col, false)...)
	if len(groups) < minPandocRows {
		return 0, 0, false
	}
	for k := start; k <= end; k++ {
		lines[k] = ""
	}
	for _, g := range groups {
		label, value := strings.TrimSuffix(rowCellText(g, 0), ":"), rowCellText(g, 1)
		if label == "" {
			lines[g[0].at] = value
			continue
		}
		lines[g[0].at] = strings.TrimRight(label+": "+value, " ")
	}
	return start, end, true
}

// rowCellText returns the text of column c of a row's lines, joined as a
// label's or a value's lines join; pandoc wraps a cell at its spaces only.
func rowCellText(g []framedLine, c int) string {
	if c == 0 {
		return joinLabelParts(cellParts(g, 0, -1), false)
	}
	return joinCellParts(cellParts(g, 1, -1), false, nil)
}

// pandocValueColumn returns the rune column a table's values begin at: a
// rule's second run where a rule marks the columns, else the column most
// lines' text after a gap of two spaces begins at. ok is false where a
// rule marks other than two columns; where a line's text stands across
// the column or begins elsewhere than at the table's indent or at the
// column; or where a value holds a gap of two spaces, a third column's.
func pandocValueColumn(lines []string, rows []int, rules []pandocRule) (col int, ok bool) {
	for _, r := range rules {
		switch len(r.starts) {
		case 1:
		case 2:
			if col != 0 && col != r.starts[1] {
				return 0, false // rules that part the columns elsewhere
			}
			col = r.starts[1]
		default:
			return 0, false
		}
	}
	if col == 0 {
		counts := map[int]int{}
		for _, k := range rows {
			if c := valueStart(lines[k]); c > 0 {
				counts[c]++
				if counts[c] > counts[col] || counts[c] == counts[col] && c < col {
					col = c
				}
			}
		}
		if col == 0 {
			return 0, false
		}
	}
	for _, k := range rows {
		runes := []rune(strings.TrimRight(lines[k], " \r"))
		if len(runes) == 0 {
			continue
		}
		left := strings.TrimRight(string(runes[:min(col, len(runes))]), " ")
		if len(runes) > col && runes[col-1] != ' ' ||
			left != "" && (utf8.RuneCountInString(left)-utf8.RuneCountInString(strings.TrimLeft(left, " ")) != pandocIndent) ||
			left == "" && len(runes) > col && runes[col] == ' ' ||
			len(runes) > col && containsRare(string(runes[col:]), "  ") {
			return 0, false
		}
	}
	return col, true
}

// valueStart returns the rune column of the text after a line's first gap
// of two spaces or more past its indent: where its value's cell begins, if
// the line's label has no such gap in it; 0 for none.
func valueStart(l string) int {
	runes := []rune(strings.TrimRight(l, " \r"))
	k := pandocIndent
	for k < len(runes) && runes[k] == ' ' {
		k++
	}
	if k > pandocIndent {
		return k // a line of a value's cell alone
	}
	for ; k+1 < len(runes); k++ {
		if runes[k] == ' ' && runes[k+1] == ' ' {
			for k < len(runes) && runes[k] == ' ' {
				k++
			}
			return k
		}
	}
	return 0
}

// pandocRows reads the lines of a table's rows, blank ones between them,
// its values at rune column col, into the table's rows: blank lines part
// rows, and in a run of lines a line whose label's cell holds text is a
// row of its own unless it goes on the label above (labelGoesOn). header
// marks a header's lines, which are one row whatever they hold.
func pandocRows(lines []string, rows []int, col int, header bool) [][]framedLine {
	var groups [][]framedLine
	var run []framedLine
	flush := func() {
		for r := 0; r < len(run); r++ {
			n := len(groups)
			if r > 0 && (header || run[r].cells[0].text == "") {
				groups[n-1] = append(groups[n-1], run[r])
				continue
			}
			if r > 0 {
				if more := labelGoesOn(groups[n-1], run[r:]); more > 0 {
					groups[n-1] = append(groups[n-1], run[r:r+more]...)
					r += more - 1
					continue
				}
			}
			groups = append(groups, []framedLine{run[r]})
		}
		run = nil
	}
	for _, k := range rows {
		runes := []rune(strings.TrimRight(lines[k], " \r"))
		if len(runes) == 0 {
			flush()
			continue
		}
		var f framedLine
		f.at = k
		f.cells[0].text = strings.TrimSpace(string(runes[:min(col, len(runes))]))
		if len(runes) > col {
			f.cells[1].text = strings.TrimSpace(string(runes[col:]))
		}
		run = append(run, f)
	}
	flush()
	return groups
}
