package parser

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Labels as people write them. The term trie matches a label as the
// project bank writes it, ignoring case and spacing. Pages that went
// through a mail client, an OCR pass, a notes app or a keyboard without
// Swedish letters write labels in other ways; spellingOf reads those, and
// says how the line departs from the label, so that the record carries a
// warning naming the spelling.

// spellingKey folds a label harder than matchKey: lower case, letters
// without their diacritics, the digits and letter pairs that OCR confuses
// with letters read as those letters, and nothing but letters and digits.
func spellingKey(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		r = unicode.ToLower(r)
		if base, ok := baseLetter[r]; ok {
			r = base
		}
		switch {
		case r == '0':
			r = 'o'
		case r == '1' || r == '|' || r == '!':
			r = 'l'
		case r >= 'a' && r <= 'z', r >= '2' && r <= '9':
		default:
			continue
		}
		b.WriteRune(r)
	}
	// "rn" read for "m" by OCR, and the other way round, fold together.
	return strings.ReplaceAll(b.String(), "rn", "m")
}

// baseLetter maps the letters with diacritics that Swedish and English
// pages use to the letter a keyboard without them writes.
var baseLetter = map[rune]rune{
	'å': 'a', 'ä': 'a', 'à': 'a', 'á': 'a', 'â': 'a', 'ã': 'a',
	'ö': 'o', 'ø': 'o', 'ó': 'o', 'ò': 'o', 'ô': 'o', 'õ': 'o',
	'é': 'e', 'è': 'e', 'ê': 'e', 'ë': 'e',
	'ü': 'u', 'ú': 'u', 'ù': 'u', 'í': 'i', 'ì': 'i', 'ï': 'i',
	'æ': 'a', 'ç': 'c', 'ñ': 'n',
}

// spellings maps the spellingKey of every label to its term. Where two
// labels fold alike the first in terms wins; TestSpellingsAreUnambiguous
// holds the table to having none that do.
var spellings = func() map[string]*term {
	m := map[string]*term{}
	for i := range terms {
		if terms[i].role&asLabel == 0 {
			continue
		}
		k := spellingKey(terms[i].text)
		if _, ok := m[k]; !ok {
			m[k] = &terms[i]
		}
	}
	return m
}()

// maxSpelledLabel bounds the label part of a line read by spelling: the
// longest label of the table is 36 runes, and OCR or a bullet adds a few.
const maxSpelledLabel = 48

// spelled is a line read as a label by spellingOf.
type spelled struct {
	term  *term
	value string
	form  form
	// how says how the line departs from the label, for the warning.
	how string
}

// spellingOf reads a line that the term trie does not read as a label:
// a label with bullets or emphasis around it, without its diacritics or
// with OCR confusions, followed by a colon, a full-width colon, a
// semicolon, a spaced dash, a tab or a run of spaces, or alone on the line.
// It reports false for anything else, so that a value that merely begins
// with a label word is never read as a label.
func spellingOf(text string) (spelled, bool) {
	body, decorated := undecorate(text)
	label, value, sep, ok := splitSeparator(body)
	if !ok {
		return spelled{}, false
	}
	label = strings.Trim(label, "*_ \t")
	if label == "" || utf8.RuneCountInString(label) > maxSpelledLabel {
		return spelled{}, false
	}
	t := spellings[spellingKey(label)]
	if t == nil {
		return spelled{}, false
	}
	value = strings.TrimSpace(strings.Trim(strings.TrimSpace(value), "*_"))
	s := spelled{term: t, value: value, form: formColon}
	var hows []string
	if matchKey(label) != matchKey(t.text) {
		hows = append(hows, "written "+quoteShort(label))
	}
	switch sep {
	case "":
		s.form = formBare
	case ":":
	case "\t":
		s.form = formTab
	case "  ":
		s.form = formTab
		hows = append(hows, "its value after a run of spaces")
	default:
		hows = append(hows, "with "+quoteShort(strings.TrimSpace(sep))+" for the colon")
	}
	if decorated {
		hows = append(hows, "with bullets or emphasis")
	}
	if len(hows) == 0 {
		return spelled{}, false // the trie's own reading stands
	}
	s.how = strings.Join(hows, ", ")
	return s, true
}

// undecorate strips what notes apps and lists put around a label: a
// bullet, a list number, Markdown emphasis, a quote mark of a mail reply.
func undecorate(text string) (string, bool) {
	s := text
	for {
		r, size := utf8.DecodeRuneInString(s)
		switch {
		case size > 0 && strings.ContainsRune("•·▪◦‣*-–+>", r) && len(s) > size && (s[size] == ' ' || r == '*' || r == '>'):
			s = strings.TrimLeft(s[size:], " ")
			continue
		case size > 0 && r >= '0' && r <= '9':
			if i := strings.IndexAny(s, ".)"); i > 0 && i <= 2 && len(s) > i+1 && s[i+1] == ' ' && allDigits(s[:i]) {
				s = s[i+2:]
				continue
			}
		case strings.HasPrefix(s, "__"):
			s = s[2:]
			continue
		}
		break
	}
	return s, s != text
}

// labelSeparators are what stands for a label's colon, longest first.
var labelSeparators = []string{"：", ":", " - ", " – ", " — ", ";", "\t", "  "}

// splitSeparator splits a line at the first separator after a label: the
// whole line is a bare label when it has none and is short.
func splitSeparator(s string) (label, value, sep string, ok bool) {
	best, bestSep := -1, ""
	head := s[:min(len(s), maxSpelledLabel*4)]
	for _, sp := range labelSeparators {
		if i := strings.Index(head, sp); i > 0 && (best < 0 || i < best) {
			best, bestSep = i, sp
		}
	}
	if best < 0 {
		if utf8.RuneCountInString(s) > maxSpelledLabel {
			return "", "", "", false
		}
		return s, "", "", true
	}
	return s[:best], s[best+len(bestSep):], bestSep, true
}

// quoteShort quotes a spelling for a message.
func quoteShort(s string) string {
	if utf8.RuneCountInString(s) > 40 {
		s = string([]rune(s)[:40]) + "…"
	}
	return `"` + s + `"`
}
