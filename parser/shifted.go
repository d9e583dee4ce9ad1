package parser

import (
	"strings"
	"unicode"
)

// A table copied with its cells shifted puts each value on the line of the
// next field's label: "Projektnummer" / "2015/00764 Projektägare" /
// "Kristianstads kommun Region" / "Sydsverige". Read as it stands, every
// line after the first label is a value that ends in a word or two, and
// the labels at the lines' ends are never read. splitShiftedLabels puts
// each such label on a line of its own, below the value it ends.

// minShiftedLines is the fewest lines a page holds that end in a label
// without its colon, each above that label's value, for each to be read as
// shifted: a value may end in a label's word ("Lena Land", "Perstorps
// Kommun"), a run of them is a table's cells shifted. One label with its
// colon is enough.
const minShiftedLines = 2

// shiftedNote says that values and the next fields' labels, one line each,
// were read as two lines.
const shiftedNote = "a value and the next field's label stand on one line, as a table copied with its cells shifted has them, and were read each on a line of its own"

// labelQualifiers are the words before a known label that make a label
// of another figure ("Utbetalt ESF-stöd:", the support paid, not granted;
// "Sökt ESF-stöd:"), in small letters: no value shifted onto the label's
// line.
var labelQualifiers = map[string]bool{
	"sökt": true, "ansökt": true, "utbetalt": true, "upparbetat": true, "förbrukat": true, "återbetalt": true,
	"beslutat": true, "preliminärt": true, "reviderat": true, "ursprungligt": true, "kvarvarande": true, "tidigare": true,
}

// splitShiftedLabels returns text with each line that ends in a shifted
// label (shiftedLabelAt) cut before the label; lines for each line of the
// result in text's lines (1-based), and the lines that were cut.
func splitShiftedLabels(text string) (_ string, at, cut []int) {
	lines := splitLines(text)
	var heads []int // where each line's label begins, or 0 for none
	var prev *term  // the label of the line before, where it is a label alone
	colons := false // a shifted label with its colon
	for i, l := range lines {
		t := strings.TrimSpace(l)
		if t == "" {
			prev = nil
			continue
		}
		key, from := Key(0), -1
		switch {
		case prev != nil:
			key, from = prev.key, 0 // "2015/00764 Projektägare" below "Projektnummer"
		case t[len(t)-1] == ':':
			// "Projektnummer: 2015/00764 Projektägare:" above the
			// owner's value.
			if c := colonLabelAt(t, 0); c > 0 {
				key, from = termIndex().match(t, false).label.key, c+1
			}
		}
		if prev = labelAlone(t); prev != nil && keys[prev.key].origin != fromLabel {
			prev = nil // a heading: the text below it is its section's
		}
		if from < 0 || prev != nil || keys[key].origin != fromLabel {
			continue
		}
		start, label := shiftedLabelAt(t, from)
		if label != nil && strings.HasSuffix(t[:start], wideGap) {
			// "Region: Sydsverige          Stödmottagarens address:":
			// a page in two columns (splitColumns).
			continue
		}
		if label == nil || labelAlone(strings.TrimSpace(t[from:start])) != nil || labelQualifiers[strings.ToLower(strings.TrimSpace(t[from:start]))] || label.key == key || keys[label.key].origin != fromLabel || !readsAsFact(key, t[from:start]) || !shiftedValueBelow(lines, i, label) {
			continue
		}
		if heads == nil {
			heads = make([]int, len(lines))
		}
		heads[i] = start + strings.Index(l, t)
		cut = append(cut, i+1)
		colons = colons || strings.HasSuffix(t, ":")
		prev = label
	}
	if len(cut) < minShiftedLines && !colons {
		// "Kontaktperson" / "Lena Land" / "Sammanfattning": one value
		// ending in a label's word, which a name may.
		return text, nil, nil
	}
	read := make([]string, 0, len(lines)+len(cut))
	for i, l := range lines {
		at = append(at, i+1)
		if h := heads[i]; h > 0 {
			read = append(read, strings.TrimRight(l[:h], " \t"), l[h:])
			at = append(at, i+1)
			continue
		}
		read = append(read, l)
	}
	return joinLinesOf(read, text), at, cut
}

// labelAlone returns the known label a line holds alone, with its colon or
// without, or nil; a line longer than any label is looked at no further.
func labelAlone(t string) *term {
	if len(t) > maxLabelLen+1 {
		return nil
	}
	m := termIndex().match(t, false)
	if m.label == nil || strings.Trim(t[m.end:], ": ") != "" || !writtenAsTerm(t[:m.end], m.label.text) {
		return nil
	}
	return m.label
}

// shiftedLabelAt returns where, after byte from of t, a known label begins
// that ends t, with its colon or without, written as it is known, with its
// capital, at a word's start after a value; and the label. The leftmost
// is the longest ("Total projektbudget", not "projektbudget"). 0 and nil
// where none does.
func shiftedLabelAt(t string, from int) (int, *term) {
	for i := from + 1; i < len(t); i++ {
		if !wordStart(t, i) || !capitalAt(t, i) || strings.TrimSpace(t[from:i]) == "" {
			continue
		}
		if l := labelAlone(t[i:]); l != nil {
			return i, l
		}
	}
	return 0, nil
}

// A line of two labels ("Programområde     Specifikt mål") is a row of
// labels over their values, no value and a label: a value that is a
// label is none (splitShiftedLabels).

// shiftedValueBelow reports whether the line after lines[i] is the value
// of label, shifted or not: a line that is no label alone, whose words
// before a shifted label of its own, or all of them, read as label's
// field, and is no heading, no line of the site's and no sentence. A
// text's value begins with a capital or a digit: "Nämnden Kommun" /
// "styrelsen" is a word cut at the line's end.
func shiftedValueBelow(lines []string, i int, label *term) bool {
	if i+1 >= len(lines) {
		return false
	}
	t := strings.TrimSpace(lines[i+1])
	if t == "" || labelAlone(t) != nil || !shapedKey(label.key) && unicode.IsLower(firstRune(t)) || looksLikeProse(t) {
		return false
	}
	if c := classify(t, 0, false); c.heading != nil || c.furniture != notFurniture {
		return false // "Sammanfattning": the page's text begins
	}
	if start, _ := shiftedLabelAt(t, 0); start > 0 {
		t = t[:start]
	}
	return readsAsFact(label.key, t)
}
