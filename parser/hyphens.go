package parser

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A report set justified, or a PDF's text, breaks long words at its
// lines' ends with a hyphen ("utmaningar rela-" / "terade till"): the
// word is one word, and a text keeps it whole. A hyphen that is the
// text's own stays: a compound's shared half before "och" ("mål-" / "och
// resultatstyrning"), an abbreviation's ("ESF-" / "projektet", "e-" /
// "tjänster"), a name's ("Skåne-" / "Blekinge").

// minBrokenLine is the fewest characters of a line of a text whose last
// word its end broke: a paragraph wrapped at a page's or a column's width
// has lines of 50 characters and more; a short line that ends in a hyphen
// is a list's item or a heading's, which ends where it means to.
const minBrokenLine = 40

// minBrokenPart is the fewest letters a hyphenation leaves at a line's
// end: word processors break no word after its first letter or two, which
// an abbreviation's hyphen follows ("e-" / "post", "tv-" / "program").
const minBrokenPart = 3

// compoundJoiners are the words that follow a compound's shared half
// ("hälso- och sjukvård", "mål- eller resultatstyrning"), whose hyphen
// is the text's own.
var compoundJoiners = map[string]bool{
	"och": true, "eller": true, "samt": true, "respektive": true, "resp": true,
	"som": true, "till": true, "än": true, "men": true, "liksom": true, "mot": true,
	"and": true, "or": true, "to": true,
}

// brokenWord reports a line whose last word its end broke with a hyphen,
// the word going on at the start of next: the part before the hyphen
// minBrokenPart letters or more, in small letters at its end, with a
// vowel; the next line beginning in a small letter with no word that
// joins a compound's halves.
func brokenWord(line, next string) bool {
	part, word, ok := brokenParts(line, next)
	if !ok || utf8.RuneCountInString(part) < minBrokenPart {
		return false
	}
	vowel := false
	for _, r := range part {
		if !unicode.IsLetter(r) {
			return false
		}
		vowel = vowel || strings.ContainsRune("aeiouyåäöéAEIOUYÅÄÖÉ", r)
	}
	last, _ := utf8.DecodeLastRuneInString(part)
	first, _ := utf8.DecodeRuneInString(strings.TrimLeft(next, " \t"))
	if !vowel || !unicode.IsLower(last) || !unicode.IsLower(first) {
		return false
	}
	return !compoundJoiners[word]
}

// valueWordBroken reports a value's word broken at a line's end with a
// hyphen, as joinValue and joinWrapped read it: prev
// ends in a letter and a hyphen, and next begins in a small letter
// ("Kristian-" / "stads"). "Skåne-" / "Blekinge" is a name's own hyphen,
// and "Norr -" / "Syd" a dash. A value is a name or a few words, so it
// asks less than brokenWord does of a text, where "hälso-" / "och"
// keeps its hyphen.
func valueWordBroken(prev, next string) bool {
	part, ok := strings.CutSuffix(prev, "-")
	if !ok {
		return false
	}
	before, _ := utf8.DecodeLastRuneInString(part)
	first, _ := utf8.DecodeRuneInString(next)
	return unicode.IsLetter(before) && unicode.IsLower(first)
}

// brokenParts returns the part of a word before the hyphen that ends line
// and the letters that begin next: "rela" and "terade" of "… utmaningar
// rela-" and "terade till"; ok is false where line ends in no hyphen.
func brokenParts(line, next string) (part, word string, ok bool) {
	part, ok = strings.CutSuffix(strings.TrimRight(line, " \t"), "-")
	part = part[strings.LastIndexAny(part, " \t(\"'/")+1:]
	word = strings.TrimLeft(next, " \t")
	if end := strings.IndexFunc(word, func(r rune) bool { return !unicode.IsLetter(r) }); end >= 0 {
		word = word[:end]
	}
	return part, word, ok
}

// joinBrokenWords joins each word of a text that a line's end broke with
// a hyphen (brokenWord), on a line of minBrokenLine characters or more;
// ok is false, and text returned as it is, where there is none.
func joinBrokenWords(text string) (_ string, ok bool) {
	if !containsRare(text, "-\n") {
		return text, false
	}
	lines := strings.Split(text, "\n")
	var b strings.Builder
	b.Grow(len(text))
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		next := brokenAt(lines, i, text)
		if next > 0 {
			l = strings.TrimSuffix(strings.TrimRight(l, " \t"), "-")
		}
		b.WriteString(l)
		switch {
		case next > 0:
			// The word goes on below, after the blank lines a sheet's
			// break left where its foot was taken out ("sammans-" / "" /
			// "" / "atta behov").
			lines[next] = strings.TrimLeft(lines[next], " \t")
			i, ok = next-1, true
		case i+1 < len(lines):
			b.WriteByte('\n')
		}
	}
	if !ok {
		return text, false
	}
	return b.String(), true
}

// maxBrokenGap is the most blank lines between the two parts of a word a
// line's end broke: the blank lines round a printed sheet's foot, which
// was taken out of the text. A paragraph never ends in half a word.
const maxBrokenGap = 3

// brokenAt returns the line below line i of lines, of minBrokenLine
// characters or more, whose last word its end broke, where the word goes
// on, up to maxBrokenGap blank lines below; or 0. A word broken before a
// capital ("Lika-" / "Olika") is one where text writes it whole
// elsewhere ("LikaOlika"); a name's own hyphen ("Skåne-" / "Blekinge")
// is not.
func brokenAt(lines []string, i int, text string) int {
	if !strings.HasSuffix(lines[i], "-") || utf8.RuneCountInString(lines[i]) < minBrokenLine {
		return 0
	}
	for j := i + 1; j < len(lines) && j <= i+1+maxBrokenGap; j++ {
		if strings.TrimSpace(lines[j]) != "" {
			if brokenWord(lines[i], lines[j]) || writtenWhole(lines[i], lines[j], text) {
				return j
			}
			return 0
		}
	}
	return 0
}

// writtenWhole reports a word broken at the end of line, before a capital
// that begins next, that text writes whole: the two parts joined, as a
// word of its own.
func writtenWhole(line, next, text string) bool {
	part, word, ok := brokenParts(line, next)
	first, _ := utf8.DecodeRuneInString(word)
	if !ok || utf8.RuneCountInString(part) < minBrokenPart || !onlyLetters(part) || !unicode.IsUpper(first) {
		return false
	}
	whole := part + word
	for at := 0; ; {
		k := indexRare(text[at:], whole)
		if k < 0 {
			return false
		}
		k += at
		before, _ := utf8.DecodeLastRuneInString(text[:k])
		after, _ := utf8.DecodeRuneInString(text[k+len(whole):])
		if !unicode.IsLetter(before) && !unicode.IsLetter(after) {
			return true
		}
		at = k + len(whole)
	}
}
