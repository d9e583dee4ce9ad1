package parser

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// An assistant's answer copied as text (Copilot's, Bing's) marks where a
// fact came from with its source's number glued to the fact's last word,
// "Projektägare: PERSTORPS KOMMUN2", and lists the sources, numbered, at
// its end: "1 esf.se" / "2 " / "3 kohesio.ec.europa.eu". Read as they
// stand, the marks would be the values' own digits.

// sourceDigitsNote says that the numbers of an answer's sources were taken
// off the words they were glued to.
const sourceDigitsNote = `the page is an assistant's answer that lists its sources, numbered, at its end ("1 esf.se") and marks its facts with their numbers glued to their last words ("PERSTORPS KOMMUN2"); the numbers were taken off`

// minSourceEntries is the fewest numbered entries of a list of sources at
// a text's end for stripSourceDigits to read the numbers glued to its
// lines' ends as marks: one numbered line alone is a list's item or a
// page number.
const minSourceEntries = 2

// stripSourceDigits takes the source marks off the ends of a text's lines
// where the text ends in a list of its sources, numbered from 1
// (sourceList): a number of the list glued to a word of two letters or
// more ("KOMMUN2", "kronor3", "ostsam.se1"). A code of one letter and a
// digit ("A1"), and a number's own digits, are no such word.
func stripSourceDigits(text string) (string, bool) {
	lines := splitLines(text)
	first, n := sourceList(lines)
	if n < minSourceEntries {
		return text, false
	}
	changed := false
	for i := range first {
		if rest, ok := cutSourceDigits(lines[i], n); ok {
			lines[i], changed = rest, true
		}
	}
	if !changed {
		return text, false
	}
	return strings.Join(lines, "\n"), true
}

// sourceList finds the numbered list of sources that ends lines: its
// entries' lines, blank lines between them allowed, each a number and at
// most one word, an address ("1 esf.se", "[2] https://…", "3."), numbered
// 1 to n from the top. It returns the index of the list's first line and
// n, or 0 and 0 where lines end in no such list.
func sourceList(lines []string) (first, n int) {
	want := -1 // the number the entry above must have; -1 before the last entry
	for i := len(lines) - 1; i >= 0; i-- {
		t := strings.TrimSpace(lines[i])
		if t == "" {
			continue
		}
		num, ok := sourceEntry(t)
		if !ok || want >= 0 && num != want {
			break
		}
		if want < 0 {
			n = num
		}
		first, want = i, num-1
		if want == 0 {
			return first, n
		}
	}
	return 0, 0
}

// sourceEntry reads t as an entry of a list of sources: a number of one or
// two digits, in brackets or with a point after it or neither, then
// nothing or one word holding a point (an address).
func sourceEntry(t string) (int, bool) {
	t = strings.TrimPrefix(t, "[")
	digits := 0
	for digits < len(t) && digits < 3 && t[digits] >= '0' && t[digits] <= '9' {
		digits++
	}
	if digits == 0 || digits > 2 {
		return 0, false
	}
	num := int(t[0] - '0')
	if digits == 2 {
		num = num*10 + int(t[1]-'0')
	}
	rest := t[digits:]
	rest = strings.TrimPrefix(strings.TrimPrefix(rest, "]"), ".")
	if rest == "" {
		return num, num > 0
	}
	if rest[0] != ' ' && rest[0] != '\t' {
		return 0, false
	}
	word := strings.TrimSpace(rest)
	if strings.ContainsAny(word, " \t") || !strings.Contains(word, ".") {
		return 0, false
	}
	return num, num > 0
}

// cutSourceDigits returns line without the number of a source, 1 to n,
// glued to its last word of two letters or more.
func cutSourceDigits(line string, n int) (string, bool) {
	t := strings.TrimRight(line, " \t\r")
	i := len(t)
	for i > 0 && len(t)-i < 2 && t[i-1] >= '0' && t[i-1] <= '9' {
		i--
	}
	digits := t[i:]
	if digits == "" || digits[0] == '0' || i > 0 && t[i-1] >= '0' && t[i-1] <= '9' {
		return line, false
	}
	num := int(digits[0] - '0')
	if len(digits) == 2 {
		num = num*10 + int(digits[1]-'0')
	}
	last, size := utf8.DecodeLastRuneInString(t[:i])
	before, _ := utf8.DecodeLastRuneInString(t[:i-size])
	if num > n || !unicode.IsLetter(last) || !unicode.IsLetter(before) {
		return line, false
	}
	return t[:i], true
}
