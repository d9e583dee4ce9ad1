package parser

import "strings"

// Hooks for the tests of package parser_test, which may import packages
// that import this one (export, for the schema).

// Unaccounted returns the lines of an input that no state of the reader
// looked at, though they hold text.
func Unaccounted(text string) []int {
	r := parseText("input.txt", text, nil, nil)
	var lines []int
	for i, u := range r.uses {
		if u.disp == dispNone && !r.lines[i].blank() {
			lines = append(lines, r.lines[i].num)
		}
	}
	return lines
}

// Lines returns the trimmed lines of text, as the reader numbers them.
func Lines(text string) []string {
	lines := splitLines(text)
	for i, l := range lines {
		lines[i] = cleanValue(l)
	}
	return lines
}

// ReadLines returns the lines of text as the reader sees them, one for
// each line of the input: its typography normalised and its text
// trimmed, but with its spaces as they stand, or "" where a soft break ("\v", U+2028) makes the line two of
// the reader's, whose text no one line holds.
func ReadLines(text string) []string {
	lines := splitLines(text)
	for i, l := range lines {
		if strings.ContainsAny(l, "\v\u2028\u2029\u0085") {
			lines[i] = ""
		} else {
			l, _ = normalizeTypography(l)
			lines[i] = trimLine(l)
		}
	}
	return lines
}

// NELBreaks reports a text whose lines end in NEL (U+0085) and in nothing
// else, which normalizeTypography alone reads as line ends.
func NELBreaks(text string) bool { return nelBreaks([]byte(text)) }

// CleanValue is a value as the reader keeps it, its spaces one.
func CleanValue(s string) string { return cleanValue(s) }

// StartsWithLabel reports a value that is the next label taken for a
// value: "Label:" alone, or a label glued to a value that reads as its own
// ("Beviljat ESF-stöd493 090 kr"). A value on its label's own line may be
// any text, and a name such as "Region Skåne" begins with a label.
func StartsWithLabel(value string) bool {
	l := classify(value, 1, true)
	return l.term != nil && (l.form == formColon && l.value == "" || l.form == formGlued && l.reads)
}

// MaxLabelLen bounds the keys of Extra.
const MaxLabelLen = maxLabelLen

// HasSeparator reports an input with a separator line, which is a page
// boundary, or a reference manager's export of two entries or more,
// between which its reading puts one.
func HasSeparator(text string) bool {
	if _, e, ok := readCitations(text); ok && len(e.breaks) > 0 {
		return true
	}
	for _, l := range splitLines(text) {
		if isSeparator(trimLine(l)) {
			return true
		}
	}
	return false
}
