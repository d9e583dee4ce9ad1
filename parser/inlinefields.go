package parser

import "strings"

// Obsidian's Dataview writes a note's facts as inline fields in square
// brackets, several to a line: "[Projektägare:: PERSTORPS KOMMUN]
// [Region:: Sydsverige]", or in round brackets, which hide the key when
// the note is read. Read as they stand, the first field's value ran on to
// the line's end and the others were lost.

// inlineFieldsNote says that a note's inline fields were read as its
// labels and values.
const inlineFieldsNote = `the page's facts are a note's inline fields in brackets, several to a line ("[Projektägare:: PERSTORPS KOMMUN] [Region:: Sydsverige]"), and were read as labels and values`

// minInlineFields is the fewest inline fields on a text's lines that make
// it a note's: one alone may be a page's own bracket.
const minInlineFields = 2

// stripInlineFields writes each line made of inline fields alone, in
// square or round brackets, as their labels and values parted by " | ",
// so that each reads as a fact of its own (splitFactRows): where the
// text holds minInlineFields fields or more. Each line keeps its number.
func stripInlineFields(text string) (string, bool) {
	if !containsRare(text, ":: ") {
		return text, false
	}
	lines := splitLines(text)
	read := make([]string, len(lines))
	n := 0
	for i, l := range lines {
		if fields, ok := inlineFields(l); ok {
			read[i], n = strings.Join(fields, " | "), n+len(fields)
		}
	}
	if n < minInlineFields {
		return text, false
	}
	return rewriteLines(text, lines, func(i int, l string) string {
		if read[i] != "" {
			return read[i]
		}
		return l
	}), true
}

// inlineFields reads a line made of inline fields alone ("[Region::
// Sydsverige] (Fond:: ESF+)") as "Label: value" each; false for any other.
func inlineFields(l string) ([]string, bool) {
	t := strings.TrimSpace(l)
	var fields []string
	for t != "" {
		var closing byte
		switch t[0] {
		case '[':
			closing = ']'
		case '(':
			closing = ')'
		default:
			return nil, false
		}
		end := strings.IndexByte(t, closing)
		if end < 0 {
			return nil, false
		}
		label, value, ok := strings.Cut(t[1:end], ":: ")
		if !ok || strings.TrimSpace(label) == "" || strings.ContainsAny(label, "[]()") {
			return nil, false
		}
		fields = append(fields, strings.TrimSpace(label)+": "+strings.TrimSpace(value))
		t = strings.TrimLeft(t[end+1:], " \t")
	}
	return fields, fields != nil
}
