package parser

import (
	"strings"
	"unicode"
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
// brackets at the line's end, and a value before it that reads as that
// label's, a capital or a digit first and no colon in it; ok is false for
// any other line, a sentence's words among them ("samlar Perstorp och
// Åstorp (kommun)", "Kartläggning av behoven (start)").
func valueFirst(line string) (label, value string, ok bool) {
	t := strings.TrimSpace(line)
	// A cheap first look: the label is at the line's end, and a fact's
	// line is short.
	const tailBytes = maxSpelledLabel*utf8.UTFMax + len(" – ")
	if t == "" || len(t) > maxValueFirst*utf8.UTFMax+tailBytes {
		return "", "", false
	}
	if last := t[len(t)-1]; last != ')' && !isLetterByte(last) && last < utf8.RuneSelf {
		return "", "", false
	}
	var tail string
	if strings.HasSuffix(t, ")") {
		open := strings.LastIndexByte(t, '(')
		if open <= 0 {
			return "", "", false
		}
		value, tail = t[:open], t[open+1:len(t)-1]
	} else {
		from := max(0, len(t)-tailBytes)
		at, n := -1, 0
		for _, d := range valueFirstDashes {
			if i := strings.LastIndex(t[from:], d); i >= 0 && from+i > at {
				at, n = from+i, len(d)
			}
		}
		if at <= 0 {
			return "", "", false
		}
		value, tail = t[:at], t[at+n:]
	}
	value, tail = strings.TrimSpace(value), strings.TrimSpace(tail)
	if value == "" || tail == "" || utf8.RuneCountInString(value) > maxValueFirst || strings.ContainsRune(value, ':') {
		return "", "", false
	}
	if first, _ := utf8.DecodeRuneInString(value); !unicode.IsUpper(first) && !unicode.IsDigit(first) {
		return "", "", false
	}
	m := termIndex().match(tail, false)
	if m.label == nil || m.end != len(tail) || !strings.EqualFold(tail, m.label.text) || !valueReads(m.label.key, value) {
		return "", "", false
	}
	if wholeLabel(value) != nil {
		// "Region (sökande)", "Planerat antal deltagare (enligt
		// ansökan)": a label with a note, its value below it.
		return "", "", false
	}
	return m.label.text, value, true
}

// valueFirstTerm returns the label of a line written value first
// (valueFirst), or nil.
func valueFirstTerm(line string) *term {
	label, _, ok := valueFirst(line)
	if !ok {
		return nil
	}
	return wholeLabel(label)
}

// stripValueFirst writes each line of text written value first
// (valueFirst) as its label, a colon and its value, where minValueFirst
// lines or more are so written; it reports whether it wrote any. Each
// line keeps its number.
func stripValueFirst(text string) (string, bool) {
	if !containsRare(text, " – ") && !containsRare(text, " - ") && !containsRare(text, " — ") && !containsRare(text, ")") {
		return text, false // a cheap first look
	}
	n := 0
	for _, l := range eachLineAt(text) {
		if _, _, ok := valueFirst(l); ok {
			n++
		}
	}
	if n < minValueFirst {
		return text, false
	}
	lines := splitLines(text)
	return rewriteLines(text, lines, func(i int, l string) string {
		if label, value, ok := valueFirst(l); ok {
			return label + ": " + value
		}
		return l
	}), true
}
