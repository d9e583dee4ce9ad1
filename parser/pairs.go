package parser

import (
	"math"
	"strings"
)

// A page's field table copied a column at a time (pdftotext without
// -layout, a screen reader, a table pasted from a PDF viewer) gives its
// labels in one run and their values in another, above or below them,
// and a cell left empty on the page leaves no line at all. pairColumns
// puts such runs back in pairs where the values tell, each alone, whose
// they are; a run it cannot pair is left as it stands, for the audit to
// name (checkEmptyRun).

// minColumnRun is the fewest labels in a row that pairColumns reads as a
// column: two empty fields in a row are common, three with as many values
// right below them, each reading as its label's, are a page copied in
// columns.
const minColumnRun = 3

// minTypedColumnRun is the fewest labels in a row that pairColumns reads
// as a column where every label's key is typed ("Projektperiod" /
// "Region" / "2009-01-15 till 2009-10-31" / "Sydsverige"): each value
// must read as its label's, which a line of text seldom does.
const minTypedColumnRun = 2

// allTyped reports whether every label's key is typed (shapedKey).
func allTyped(labels []pageLine) bool {
	for j := range labels {
		if !shapedKey(labels[j].term.key) {
			return false
		}
	}
	return true
}

// shapedKey reports a key whose values have a shape of their own: a date,
// an amount, a region, a code kept as written (a project's number, a
// programme's CCI), an e-mail address or a phone number, which not every
// line reads as; a text reads as any.
func shapedKey(k Key) bool {
	switch k {
	case KeyID, KeyCallID, KeyProgrammeCCI, KeySpecificObjective, KeyInterventionType, KeyContactEmail, KeyContactPhone:
		return true
	}
	s := &setters[k]
	return !s.text && !s.list
}

// columnReads reports whether a line in a column of values reads as the
// value of k: as its setter reads it, of its shape where it has one, and
// not of another's (a date for a name); a date's shape is a date's, where
// the date is none ("2024-13-45").
func columnReads(k Key, text string) bool {
	v := cleanValue(text)
	if !valueReads(k, text) {
		// "2024-13-45": a date the page got wrong stands where its
		// field's value stands; its setter names it.
		return readsAsFact(k, text)
	}
	switch k {
	case KeyContactEmail:
		return emailIn(v) == v
	case KeyContactPhone:
		return phoneShaped(v)
	}
	if !shapedKey(k) && (dateShaped(v) || strings.Trim(v, "0123456789 -/.,%") == "") {
		return false // a date or a number is no text's
	}
	return typeMismatch(k, v) == ""
}

// fewestLabels is the fewest labels in a row that pairColumns reads as a
// column of them.
func fewestLabels(labels []pageLine) int {
	if allTyped(labels) {
		return minTypedColumnRun
	}
	return minColumnRun
}

// maxColumnGap bounds the blank or furniture lines between a run of labels
// and the run of their values, or among the values: a blank line or two,
// or a printed page's footer and the next page's header.
const maxColumnGap = 6

// emptyLabel reports a line that is a label alone, as a column of labels
// has it.
func emptyLabel(l *pageLine) bool {
	return l.term != nil && l.value == "" && (l.form == formBare || l.form == formColon || l.form == formTab) && l.furniture == notFurniture
}

// pairColumns reads labels and values that stand in two runs, as a copy
// of a page laid out in two columns gives them ("Projektnummer" /
// "Projektägare" / "Region" / "2015/00764" / "Perstorps kommun" /
// "Sydsverige"): a run of minColumnRun labels with no value or more, of as
// many fields, and right below or right above it a run of lines that are
// no label, heading or prose, as many as the labels or fewer (a cell left
// empty gives no line), is put in pairs, label and value, each line keeping
// its number, where each value reads as its label's and no other order
// reads as well (alignColumn). The run's first label says how many labels
// and values it paired, for the audit to name.
func pairColumns(lines []pageLine) []pageLine {
	compactSpaced(lines)
	for i := 0; i < len(lines); {
		n := 0
		for i+n < len(lines) && emptyLabel(&lines[i+n]) {
			n++
		}
		if n < fewestLabels(lines[i:i+n]) || n < minTypedColumnRun {
			i += max(n, 1)
			continue
		}
		// The first labels of the run may be fields left empty above the
		// column ("Stödmottagarens address:" / "Programområde:" / …).
		next, paired := pairBelow(lines, i, i+n)
		if !paired {
			next = i + n
			pairAbove(lines, i, i+n)
		}
		i = next
	}
	return lines
}

// valuesHeader reports a sheet's column header pasted with its column:
// "Värde", "Value", "Kolumn B".
func valuesHeader(t string) bool {
	switch strings.ToLower(strings.TrimSuffix(strings.TrimSpace(t), ":")) {
	case "värde", "värden", "varde", "value", "values", "uppgift", "uppgifter", "svar", "projekt", "projektet", "information", "innehåll", "data":
		return true
	}
	f := strings.Fields(strings.ToLower(t))
	return len(f) == 2 && (f[0] == "kolumn" || f[0] == "column") && len(f[1]) <= 2
}

// valueLinesFrom counts the lines from i that may be a column's values,
// up to a blank line or furniture: a header above as many values as
// labels is one line more, and a word among them ("Projekt" as a
// phase's value) none.
func valueLinesFrom(lines []pageLine, i int) int {
	n := 0
	for ; i < len(lines) && !lines[i].skippable() && mayBeColumnValue(&lines[i]); i++ {
		n++
	}
	return n
}

// pairBelow pairs the labels lines[from:to] with the values below them,
// as a copy of two columns has them, and reports the line after the last
// it paired, and whether it did. The values may stand below a blank line
// or two, and among them a printed page's footer and the next one's
// header; a blank line among them alone ends them, unless each blank
// line is a cell left empty, as many lines as labels. The values end where
// the labels' count is reached, or at a line that is no value; then a
// blank line, a label, a heading or the page's end must follow.
func pairBelow(lines []pageLine, from, to int) (int, bool) {
	n := to - from
	labels := lines[from:to]
	var values, between []int
	for end := to; end < len(lines) && len(values) < n && len(between) <= maxColumnGap; end++ {
		l := &lines[end]
		if l.marksPageTop() {
			break // the next page's lines are no values of this one's labels
		}
		if len(values) == 0 && l.furniture == notFurniture && valuesHeader(l.text) && valueLinesFrom(lines, end) > n {
			// The values' column's header ("Värde"), pasted with it: the
			// sheet's, as a page's furniture is.
			l.term, l.heading, l.furniture = nil, nil, furnitureLine
		}
		if l.skippable() {
			between = append(between, end)
			continue
		}
		if !mayBeColumnValue(l) {
			break
		}
		values = append(values, end)
	}
	if len(values) < minTypedColumnRun {
		return 0, false
	}
	if cells, ok := emptyCells(lines, values, n); ok {
		if labelOf := cellsInOrder(lines, cells); readsInOrder(labels, lines, cells, labelOf) && tellsBelow(labels, lines, cells, labelOf) {
			return arrange(lines, from, from, to, cells, before(between, cells), labelOf), true
		}
	}
	// A blank line among the values ends them, unless a line below it
	// reads as one of the labels' shaped values: then the blank lines may
	// be cells left empty, in a count that does not tell which.
	for j := 1; j < len(values); j++ {
		if gapOfBlanks(lines, values[j-1], values[j]) {
			for _, v := range values[j:] {
				if readsAsShaped(labels, lines[v].text) {
					return 0, false
				}
			}
			values = values[:j]
			break
		}
	}
	if len(values) < minTypedColumnRun || !columnEnds(lines, values[len(values)-1]+1) {
		return 0, false
	}
	labelOf := alignColumn(labels, lines, values)
	if labelOf == nil || !tellsBelow(labels, lines, values, labelOf) {
		return 0, false
	}
	return arrange(lines, from, from, to, values, before(between, values), labelOf), true
}

// tellsBelow reports whether values below labels, paired as labelOf
// says, are a column of them rather than a page read as usual: fewer
// than minColumnRun values tell so only where one of them is a shaped
// key's and the first is no value of the last label, right above it
// ("Programområde:" / "Specifikt mål:" / "1.1" / "1.2" is an empty
// field and a value wrapped, as often as a column).
func tellsBelow(labels, lines []pageLine, values, labelOf []int) bool {
	if len(values) >= minColumnRun {
		return true
	}
	shaped := false
	for j := range values {
		shaped = shaped || shapedKey(labels[labelOf[j]].term.key)
	}
	return shaped && !columnReads(labels[len(labels)-1].term.key, lines[values[0]].text)
}

// readsAsShaped reports a line that reads as the value of a shaped key of
// one of labels.
func readsAsShaped(labels []pageLine, text string) bool {
	for j := range labels {
		if k := labels[j].term.key; shapedKey(k) && columnReads(k, text) {
			return true
		}
	}
	return false
}

// emptyCells returns the values that, with the blank lines among them,
// stand for n cells in order, each blank line a cell left empty: the
// first values and blank lines up to n, the last a value, then a line
// where a column ends; it reports false where no blank line stands among
// them, or a page's break does.
func emptyCells(lines []pageLine, values []int, n int) ([]int, bool) {
	slots, blanks, pos := 0, 0, values[0]
	var cells []int
	for ; pos < len(lines) && slots < n; pos++ {
		switch l := &lines[pos]; {
		case l.blank():
			blanks++
		case l.skippable() || !mayBeColumnValue(l):
			return nil, false
		default:
			cells = append(cells, pos)
		}
		slots++
	}
	if slots < n || blanks == 0 || lines[pos-1].blank() || !columnEnds(lines, pos) {
		return nil, false
	}
	return cells, true
}

// before returns the lines of between that stand above the last value.
func before(between, values []int) []int {
	last := values[len(values)-1]
	for len(between) > 0 && between[len(between)-1] > last {
		between = between[:len(between)-1]
	}
	return between
}

// gapOfBlanks reports whether the lines between lines[a] and lines[b] are
// blank lines, one or more, and nothing else.
func gapOfBlanks(lines []pageLine, a, b int) bool {
	for j := a + 1; j < b; j++ {
		if !lines[j].blank() {
			return false
		}
	}
	return b > a+1
}

// cellsInOrder returns for each value, from the first to the last with
// blank lines among them, the label it stands for in order, a blank line
// standing for a cell left empty.
func cellsInOrder(lines []pageLine, values []int) []int {
	labelOf := make([]int, 0, len(values))
	slot := 0
	for pos := values[0]; pos <= values[len(values)-1]; pos++ {
		if lines[pos].blank() {
			slot++
		} else if !lines[pos].skippable() {
			labelOf = append(labelOf, slot)
			slot++
		}
	}
	return labelOf
}

// columnEnds reports whether a run of values may end before lines[end]:
// a blank line, a printed page's top, a label, a heading, a paragraph of
// text (a web page's, right below its column) or the end.
func columnEnds(lines []pageLine, end int) bool {
	if end >= len(lines) {
		return true
	}
	next := &lines[end]
	return next.blank() || next.marksPageTop() || next.writtenAsLabel() || next.heading != nil || looksLikeLabel(next.text) || looksLikeProse(next.text)
}

// pairAbove pairs the labels lines[from:to] with the values right above
// them, past a blank line or two, as a copy that gave the column of values
// first has them; the values begin below a blank line, a printed page's
// top or the page's start, or, as many as the labels, below a label
// alone, a field left empty. It reports whether it paired them.
func pairAbove(lines []pageLine, from, to int) bool {
	if to < len(lines) && mayBeColumnValue(&lines[to]) {
		to-- // the last label's value stands below it, as a page has it
	}
	n := to - from
	if n < minTypedColumnRun {
		return false // two labels with values above them, one shaped, tell (alignColumn)
	}
	j := from - 1
	var between []int
	for ; j >= 0 && lines[j].skippable() && !lines[j].marksPageTop() && len(between) < maxColumnGap; j-- {
		between = append(between, j)
	}
	var values []int
	for ; j >= 0 && len(values) < n && !lines[j].skippable() && mayBeColumnValue(&lines[j]); j-- {
		values = append(values, j)
	}
	if len(values) < minTypedColumnRun || j >= 0 && !lines[j].blank() && !lines[j].marksPageTop() && !(len(values) == n && emptyLabel(&lines[j])) {
		return false
	}
	for a, b := 0, len(values)-1; a < b; a, b = a+1, b-1 {
		values[a], values[b] = values[b], values[a]
	}
	for a, b := 0, len(between)-1; a < b; a, b = a+1, b-1 {
		between[a], between[b] = between[b], between[a]
	}
	labelOf := alignColumn(lines[from:to], lines, values)
	if labelOf == nil {
		return false
	}
	arrange(lines, values[0], from, to, values, between, labelOf)
	return true
}

// readsInOrder reports whether each value reads as the label labelOf
// gives it, and the labels are of as many fields.
func readsInOrder(labels, lines []pageLine, values, labelOf []int) bool {
	if !distinctFields(labels) {
		return false
	}
	for j, v := range values {
		if !columnReads(labels[labelOf[j]].term.key, lines[v].text) {
			return false
		}
	}
	return true
}

// distinctFields reports whether labels are of as many fields.
func distinctFields(labels []pageLine) bool {
	var seen [numKeys]bool
	for j := range labels {
		if k := labels[j].term.key; seen[k] {
			return false
		} else {
			seen[k] = true
		}
	}
	return true
}

// mayBeColumnValue reports a line that may stand in a column of values:
// no label alone or with a colon, heading, furniture or prose. A line that
// begins with a label's words may be a value ("Programområde 2 Ökat
// arbetskraftsutbud"); whether it reads as its label's is asked later.
func mayBeColumnValue(l *pageLine) bool {
	return !l.skippable() && !l.writtenAsLabel() && l.heading == nil && l.furniture == notFurniture && !looksLikeProse(l.text)
}

// alignColumn returns for each of the values, in order, the label among
// labels (in order too) it is the value of, where exactly one such
// pairing is best: every value reads as its label's key, a label may have
// none (its cell was empty), and of the pairings that hold, the best puts
// the most values on labels of a typed key (a date, an amount, a code),
// which not every line reads as; a label of text reads as anything. It
// returns nil where no pairing holds or two are best, and where fewer
// than minColumnRun values are paired with no shaped key.
func alignColumn(labels, lines []pageLine, values []int) []int {
	n, m := len(labels), len(values)
	if m > n || m == 0 || !distinctFields(labels) {
		return nil
	}
	// best[i][j] is the best pairing of values[j:] with labels[i:]: its
	// score, and how many pairings score it (2 standing for more).
	type cell struct{ score, ways int }
	best := make([][]cell, n+1)
	for i := range best {
		best[i] = make([]cell, m+1)
	}
	reads := func(i, j int) bool { return columnReads(labels[i].term.key, lines[values[j]].text) }
	weight := func(i int) int {
		if shapedKey(labels[i].term.key) {
			return 1
		}
		return 0
	}
	for i := n; i >= 0; i-- {
		for j := m; j >= 0; j-- {
			if j == m {
				best[i][j] = cell{0, 1}
				continue
			}
			c := cell{}
			if n-i < m-j {
				best[i][j] = c // too few labels left
				continue
			}
			if t := best[i+1][j+1]; t.ways > 0 && reads(i, j) {
				c = cell{t.score + weight(i), t.ways}
			}
			if s := best[i+1][j]; s.ways > 0 && n-i > m-j {
				switch {
				case c.ways == 0 || s.score > c.score:
					c = s
				case s.score == c.score:
					c.ways = min(c.ways+s.ways, 2)
				}
			}
			best[i][j] = c
		}
	}
	if best[0][0].ways != 1 || m < minColumnRun && best[0][0].score == 0 {
		return nil // two values of text tell nothing of whose they are
	}
	labelOf := make([]int, 0, m)
	for i, j := 0, 0; j < m; i++ {
		if t := best[i+1][j+1]; t.ways > 0 && reads(i, j) && t.score+weight(i) == best[i][j].score {
			labelOf = append(labelOf, i)
			j++
		}
	}
	return labelOf
}

// arrange writes the labels lines[from:to] and their values in pairs over
// lines[at:], each value after the label labelOf gives it and a label with
// none alone, then the lines that stood between; at is the first of the
// lines it rewrites, the labels' first or the values' above them. It
// returns the line after the last it rewrote.
func arrange(lines []pageLine, at, from, to int, values, between, labelOf []int) int {
	n := to - from
	paired := make([]pageLine, 0, n+len(values)+len(between))
	j := 0
	for i := range n {
		paired = append(paired, lines[from+i])
		if j < len(values) && labelOf[j] == i {
			v := lines[values[j]]
			v.term, v.value, v.unknownLabel, v.form, v.spelling, v.reads = nil, "", "", formNone, "", true
			paired = append(paired, v)
			j++
		}
	}
	for _, b := range between {
		paired = append(paired, lines[b])
	}
	paired[0].columns = uint16(min(n, math.MaxUint16))
	paired[0].columnValues = uint16(min(len(values), math.MaxUint16))
	copy(lines[at:], paired)
	return at + len(paired)
}

// compactSpaced moves together the lines of a run of labels alone that a
// blank line parts one from the next, as a web page's paragraphs give a
// column of them ("<p>Diarienummer:</p>" / "" / "<p>Namn:</p>"), and the
// lines of a run of values so parted right below or above it, each run's
// blank lines on its side away from the other: pairColumns then reads them as it reads columns
// copied without blank lines. Each line keeps its number.
func compactSpaced(lines []pageLine) {
	for i := 0; i < len(lines); i++ {
		n := spacedRun(lines, i, emptyLabel)
		if n < minColumnRun {
			continue
		}
		// The values below, past the blank lines after the labels, or
		// above, before a blank line: with none, the labels stay as
		// they stand.
		end := i + 2*n - 1
		j := end
		for j < len(lines) && lines[j].blank() {
			j++
		}
		// Each run's blank lines go to its far side, so that the two
		// stand as near as they stood.
		if m := spacedRun(lines, j, mayBeColumnValue); m >= minTypedColumnRun {
			compactRun(lines, i, n, true)
			compactRun(lines, j, m, false)
		} else if k := spacedStart(lines, i-2); k >= 0 {
			compactRun(lines, i, n, false)
			compactRun(lines, k, spacedRun(lines, k, mayBeColumnValue), true)
		}
		i = end - 1
	}
}

// spacedRun counts the lines from i on that are is, each but the first
// after one blank line: line i, i+2, i+4, …; 1 for a line alone, 0 for
// none.
func spacedRun(lines []pageLine, i int, is func(*pageLine) bool) int {
	n := 0
	for j := i; j < len(lines) && is(&lines[j]); j += 2 {
		n++
		if j+2 >= len(lines) || !lines[j+1].blank() {
			break
		}
	}
	return n
}

// spacedStart returns the first line of a run of values parted by blank
// lines whose last is line last, the run standing below a blank line or
// the start; -1 where there is none of minTypedColumnRun lines.
func spacedStart(lines []pageLine, last int) int {
	k := last
	for k >= 0 && mayBeColumnValue(&lines[k]) && k-1 >= 0 && lines[k-1].blank() && k-2 >= 0 && mayBeColumnValue(&lines[k-2]) {
		k -= 2
	}
	if k < 0 || !mayBeColumnValue(&lines[k]) || (last-k)/2+1 < minTypedColumnRun {
		return -1
	}
	return k
}

// compactRun moves the n lines of a spaced run from i on together, their
// blank lines after them, or before them with blanksFirst, and returns the
// line after the run.
func compactRun(lines []pageLine, i, n int, blanksFirst bool) int {
	span := 2*n - 1
	run := make([]pageLine, 0, span)
	var blanks []pageLine
	for j := i; j < i+span; j++ {
		if lines[j].blank() {
			blanks = append(blanks, lines[j])
		} else {
			run = append(run, lines[j])
		}
	}
	if blanksFirst {
		copy(lines[i:], append(blanks, run...))
	} else {
		copy(lines[i:], append(run, blanks...))
	}
	return i + span
}
