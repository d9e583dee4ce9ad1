package parser

import (
	"strings"
	"unicode"
	"unicode/utf16"
)

// A page copied from an API's answer or a browser's developer tools keeps
// the escapes JSON and JavaScript write for letters beyond ASCII
// ("Projekt\u00e4gare", "F\u00f6rs\u00f6rjning", "\u2022 Trelleborg"),
// which a label or a heading can't be found through. unicodeEscapes
// reads them as the characters they stand for, within the line, so that
// every line keeps its number.

// minUnicodeEscapes is the fewest escapes of printable characters a text
// holds for them to be read: one alone may be a program's text quoted on
// the page, or a path ("C:\users").
const minUnicodeEscapes = 2

// unicodeEscapes returns text with its \uXXXX escapes read, and the
// 1-based lines it changed; text as it was and nil where it holds fewer
// than minUnicodeEscapes of printable characters. An escape of a control
// character ("\u000a") stays as written, as does a lone half of a pair.
func unicodeEscapes(text string) (string, []int) {
	if !containsRare(text, `\u`) || countUnicodeEscapes(text) < minUnicodeEscapes {
		return text, nil
	}
	return readEachLine(text, readUnicodeEscapes)
}

// countUnicodeEscapes counts the escapes in text that read as a printable
// character.
func countUnicodeEscapes(text string) int {
	n := 0
	for rest := text; ; {
		i := indexRare(rest, `\u`)
		if i < 0 {
			return n
		}
		if r, size := unicodeEscape(rest[i:]); size > 0 && unicode.IsPrint(r) {
			n++
		}
		rest = rest[i+2:]
	}
}

// readUnicodeEscapes reads one line's escapes.
func readUnicodeEscapes(line string) string {
	if !containsRare(line, `\u`) {
		return line
	}
	var b strings.Builder
	for {
		i := indexRare(line, `\u`)
		if i < 0 {
			b.WriteString(line)
			return b.String()
		}
		b.WriteString(line[:i])
		line = line[i:]
		if r, size := unicodeEscape(line); size > 0 && unicode.IsPrint(r) {
			b.WriteRune(r)
			line = line[size:]
			continue
		}
		b.WriteString(`\u`)
		line = line[2:]
	}
}

// unicodeEscape reads the escape at the start of s, a pair of them for a
// character beyond the basic plane ("\ud83d\ude00"), and returns the
// character and the escape's length; 0 for none.
func unicodeEscape(s string) (rune, int) {
	r, ok := hexEscape(s)
	if !ok {
		return 0, 0
	}
	if utf16.IsSurrogate(r) {
		if low, ok := hexEscape(s[6:]); ok {
			if pair := utf16.DecodeRune(r, low); pair != unicode.ReplacementChar {
				return pair, 12
			}
		}
		return 0, 0
	}
	return r, 6
}

// hexEscape reads "\u" and four hexadecimal digits at the start of s.
func hexEscape(s string) (rune, bool) {
	if len(s) < 6 || s[0] != '\\' || s[1] != 'u' {
		return 0, false
	}
	var r rune
	for _, c := range []byte(s[2:6]) {
		switch {
		case c >= '0' && c <= '9':
			r = r<<4 | rune(c-'0')
		case c|0x20 >= 'a' && c|0x20 <= 'f':
			r = r<<4 | rune(c|0x20-'a'+10)
		default:
			return 0, false
		}
	}
	return r, true
}

// leftoversOf reads what a copy of a page's source or a program's output
// leaves in its text, each within its line: HTML (htmlLeftovers) and the
// escapes of letters (unicodeEscapes), with a note on each line read; at
// maps text's lines to the input's.
func leftoversOf(text string, at []int) (string, []note) {
	text, leftovers := htmlLeftovers(text)
	notes := leftoverNotes(leftovers, at)
	text, escaped := unicodeEscapes(text)
	return text, linesNoted(notes, escaped, at, escapesNote, true)
}
