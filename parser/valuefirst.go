package parser

import (
	"strings"
	"unicode/utf8"
)

// Facts written value first, their label after a dash or in brackets, as
// a press text or a summary writes them: "Sydsverige – region", "400 000
// – total projektbudget", "Arbete och Försörjning (projektägare)". Read
// as they stand, they are text, and a line among them may be taken for
// the title of another page. stripValueFirst writes each as its label and
// value.

// minValueFirst is the fewest lines written value first on a page that
// stripValueFirst reads: one such line may be a sentence's ("Kontakta
// oss – region"), two are the page's style.
const minValueFirst = 2

// maxValueFirst is the longest value, in characters, that valueFirst
// reads before its label: a fact's; a sentence that ends in a label in
// brackets is the text's.
const maxValueFirst = 100

// valueFirstDashes are the marks before a label written after its value.
var valueFirstDashes = []string{" – ", " — ", " - "}

// valueFirst returns the label and the value of a line written value
// first: a known label, whole, in any case, after the last dash, or in
// brackets at the line's end, and a value before it; ok is false for any
// other line.
func valueFirst(line string) (label, value string, ok bool) {
	t := strings.TrimSpace(line)
	var tail string
	switch {
	case strings.HasSuffix(t, ")"):
		open := strings.LastIndexByte(t, '(')
		if open <= 0 {
			return "", "", false
		}
		value, tail = t[:open], t[open+1:len(t)-1]
	default:
		at, n := -1, 0
		for _, d := range valueFirstDashes {
			if i := strings.LastIndex(t, d); i > at {
				at, n = i, len(d)
			}
		}
		if at <= 0 {
			return "", "", false
		}
		value, tail = t[:at], t[at+n:]
	}
	value, tail = strings.TrimSpace(value), strings.TrimSpace(tail)
	if value == "" || tail == "" || len(tail) > maxSpelledLabel*utf8.UTFMax || utf8.RuneCountInString(value) > maxValueFirst {
		return "", "", false
	}
	m := termIndex().match(tail, false)
	if m.label == nil || m.end != len(tail) || !strings.EqualFold(tail, m.label.text) {
		return "", "", false
	}
	return m.label.text, value, true
}

// stripValueFirst writes each line of text written value first
// (valueFirst) as its label, a colon and its value, where minValueFirst
// lines or more are so written; it reports whether it wrote any. Each
// line keeps its number.
func stripValueFirst(text string) (string, bool) {
	if !strings.Contains(text, " – ") && !strings.Contains(text, " - ") && !strings.Contains(text, " — ") && !strings.Contains(text, ")\n") {
		return text, false // a cheap first look
	}
	lines := splitLines(text)
	read := make([]string, len(lines))
	n := 0
	for i, l := range lines {
		if label, value, ok := valueFirst(l); ok {
			read[i] = label + ": " + value
			n++
		}
	}
	if n < minValueFirst {
		return text, false
	}
	return rewriteLines(text, lines, func(i int, l string) string {
		if read[i] != "" {
			return read[i]
		}
		return l
	}), true
}
