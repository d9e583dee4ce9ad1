package parser

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
// boundary.
func HasSeparator(text string) bool {
	for _, l := range splitLines(text) {
		if isSeparator(trimLine(l)) {
			return true
		}
	}
	return false
}
