package parser

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A text copied through a spoofed or badly converted source, or typed on
// another keyboard, holds letters of other scripts that look like Latin
// ones inside its words ("Frаmtidsresan" with a Cyrillic а, "Perstоrps"
// with a Cyrillic о, "ΑB" with a Greek Α), and letters of another
// language's keyboard where a Swedish one stood ("Fõrprojektering", õ for
// ö). They read the same to a person and differently to every program
// that matches or sorts them. latinLookalikes reads each such letter, in a
// word that holds Latin letters, as the letter it stands for; a word of
// another script alone ("Москва") stays as written.

// lookalikes maps the letters of Cyrillic and Greek that look like Latin
// ones to those letters, and the letters of other keyboards that Swedish
// does not write to the Swedish letter in their place.
var lookalikes = map[rune]rune{
	// Cyrillic
	'а': 'a', 'е': 'e', 'о': 'o', 'р': 'p', 'с': 'c', 'х': 'x', 'у': 'y', 'і': 'i', 'ј': 'j', 'ѕ': 's',
	'А': 'A', 'В': 'B', 'Е': 'E', 'К': 'K', 'М': 'M', 'Н': 'H', 'О': 'O', 'Р': 'P', 'С': 'C', 'Т': 'T', 'Х': 'X',
	'І': 'I', 'Ј': 'J', 'Ѕ': 'S',
	// Greek
	'Α': 'A', 'Β': 'B', 'Ε': 'E', 'Ζ': 'Z', 'Η': 'H', 'Ι': 'I', 'Κ': 'K', 'Μ': 'M', 'Ν': 'N', 'Ο': 'O', 'Ρ': 'P',
	'Τ': 'T', 'Υ': 'Y', 'Χ': 'X', 'ο': 'o',
	// Another keyboard's letters
	'õ': 'ö', 'Õ': 'Ö',
}

// lookalikeNote says that letters of other scripts in Latin words were
// read as the Latin letters they look like.
const lookalikeNote = `letters of another script or keyboard that look like Latin ones, in words of Latin letters ("Frаmtidsresan" with a Cyrillic "а", "Fõrprojektering"), were read as the letters they stand for`

// latinLookalikes returns text with the lookalikes in its Latin words read
// as their Latin letters, and the 1-based lines it changed.
func latinLookalikes(text string) (string, []int) {
	// The lookalikes of Greek begin with the bytes CE and CF, of Cyrillic
	// D0, D1 and D2, õ and Õ are C3 B5 and C3 95: most texts have none.
	if strings.IndexByte(text, 0xD0) < 0 && strings.IndexByte(text, 0xD1) < 0 && strings.IndexByte(text, 0xCE) < 0 &&
		strings.IndexByte(text, 0xCF) < 0 && strings.IndexByte(text, 0xD2) < 0 && !containsRare(text, "õ") && !containsRare(text, "Õ") {
		return text, nil
	}
	var lines []int
	out := make([]string, 0, strings.Count(text, "\n")+1)
	for n, line := range strings.Split(text, "\n") {
		read, changed := latinLine(line)
		if changed {
			lines = append(lines, n+1)
		}
		out = append(out, read)
	}
	if lines == nil {
		return text, nil
	}
	return strings.Join(out, "\n"), lines
}

// latinLine reads one line's words as latinLookalikes does.
func latinLine(line string) (string, bool) {
	var b strings.Builder
	changed := false
	for i := 0; i < len(line); {
		r, size := utf8.DecodeRuneInString(line[i:])
		if !unicode.IsLetter(r) {
			b.WriteString(line[i : i+size])
			i += size
			continue
		}
		end := i
		for end < len(line) {
			r, size := utf8.DecodeRuneInString(line[end:])
			if !unicode.IsLetter(r) {
				break
			}
			end += size
		}
		word := line[i:end]
		if read, ok := latinWord(word); ok {
			b.WriteString(read)
			changed = true
		} else {
			b.WriteString(word)
		}
		i = end
	}
	if !changed {
		return line, false
	}
	return b.String(), true
}

// latinWord reads a word of Latin letters and lookalikes as Latin; false
// for a word with none, with no Latin letter, or with a letter of another
// script that looks like none.
func latinWord(word string) (string, bool) {
	latin, alike := false, false
	for _, r := range word {
		_, ok := lookalikes[r]
		switch {
		case ok:
			alike = true
		case unicode.Is(unicode.Latin, r):
			latin = true
		default:
			return "", false
		}
	}
	if !latin || !alike {
		return "", false
	}
	return strings.Map(func(r rune) rune {
		if l, ok := lookalikes[r]; ok {
			return l
		}
		return r
	}, word), true
}

// dotlessNote says that a dotless ı stands in a word of Latin letters.
const dotlessNote = `a dotless "ı", as Turkish writes it, stands in a Swedish word ("Kristıanstad", "Målılla"); kept as written: where it stands for "i", as a copy or OCR leaves it, the word is misspelt`

// minDotlessWord is the fewest other Latin letters in a word with a
// dotless ı that dotlessLines names: a phone's signal bars read as
// letters (".ıl") are no word.
const minDotlessWord = 2

// latinBesideDotless counts the Latin letters of word other than ı.
func latinBesideDotless(word string) int {
	n := 0
	for _, r := range word {
		if r != 'ı' && unicode.Is(unicode.Latin, r) {
			n++
		}
	}
	return n
}

// dotlessLines returns the 1-based lines of text with a dotless ı (U+0131)
// in a word that holds minDotlessWord other Latin letters or more, one of
// them a dotted i, an å or an ä, which Turkish writes no ı beside
// ("Kristıanstad", "Målılla"): there it is a copy's or OCR's
// slip for an "i", kept as written and named. Turkish names write it
// ("Yıldız", "Kılıç"), and are left alone.
func dotlessLines(text string) []int {
	if !containsRare(text, "ı") {
		return nil
	}
	var lines []int
	for n, line := range strings.Split(text, "\n") {
		for _, word := range strings.FieldsFunc(line, func(r rune) bool { return !unicode.IsLetter(r) }) {
			if strings.ContainsRune(word, 'ı') && latinBesideDotless(word) >= minDotlessWord && strings.ContainsAny(word, "iåäÅÄ") {
				lines = append(lines, n+1)
				break
			}
		}
	}
	return lines
}
