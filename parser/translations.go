package parser

import (
	"fmt"
	"strings"
	"unicode"
)

// A page read through a browser's translation shown beside the original
// (a bilingual view) and copied: each line with its English below it
// ("Projektägare" / "Project owner"), after it in brackets ("Projektägare:
// Perstorps kommun (Project owner: Perstorp Municipality)"), or the English
// first and the original after it in square brackets ("Project owner
// [Projektägare]"). Read as they stand, a translation runs on into the
// value above it, or stays in it. stripTranslations keeps the original.

// minTranslatedLines is the fewest labels, each with its translation
// beside it or below it, that make a page's view bilingual: a label or two
// in two languages is a page's own ("Projektägare (Project owner)" on a
// form of two languages), three are the view's.
const minTranslatedLines = 3

// translationsNote is said on a page read from a bilingual view.
const translationsNote = `the page is a translation shown beside the original ("Projektägare (Project owner)", "Project owner [Projektägare]", or each line with its English below it); the translations were left out`

// The ways a bilingual view sets a translation beside its line.
const (
	translatedBelow    = iota // the translation on the line below
	translatedAfter           // "original (translation)"
	translatedBefore          // "translation [original]"
	translationsStyles        // the count
)

// translatedLabel returns the known label a line begins with, its colon and a
// value after it or the label alone, and whether a value follows.
func translatedLabel(line string) (t *term, value bool) {
	line = strings.TrimSpace(line)
	if t := wholeLabel(line); t != nil {
		return t, false
	}
	label, _, ok := strings.Cut(line, ":")
	if !ok {
		return nil, false
	}
	return wholeLabel(label), true
}

// translatedPair reports whether translation translates original: both a
// known label of the same key, each with a value or each alone; strict
// asks the original to be Swedish and the translation English.
func translatedPair(original, translation string, strict bool) bool {
	o, ov := translatedLabel(original)
	t, tv := translatedLabel(translation)
	if o == nil || t == nil || o.key != t.key || ov != tv {
		return false
	}
	return !strict || o.lang == langSV && t.lang == langEN
}

// besideParts splits a line whose translation stands beside it in style
// into the original and the translation; ok is false for a line with none.
func besideParts(line string, style int) (original, translation string, ok bool) {
	t := strings.TrimSpace(line)
	open, closer := " (", ")"
	if style == translatedBefore {
		open, closer = " [", "]"
	}
	if !strings.HasSuffix(t, closer) {
		return "", "", false
	}
	i := strings.LastIndex(t, open)
	if i <= 0 {
		return "", "", false
	}
	inside, before := t[i+len(open):len(t)-1], strings.TrimSpace(t[:i])
	if inside == "" || before == "" {
		return "", "", false
	}
	if style == translatedBefore {
		return inside, before, true
	}
	return before, inside, true
}

// translationStyle returns the style of a bilingual view's page, where
// minTranslatedLines labels or more are so translated; ok is false for
// any other page.
func translationStyle(lines []string, below bool) (style int, ok bool) {
	var n [translationsStyles]int
	type labelled struct {
		t     *term
		value bool
	}
	var next labelled // the line below's label, looked up once
	for i, l := range lines {
		if below && i+1 < len(lines) {
			this := next
			if i == 0 {
				this.t, this.value = translatedLabel(l)
			}
			next.t, next.value = translatedLabel(lines[i+1])
			if this.t != nil && next.t != nil && this.t.key == next.t.key && this.value == next.value && this.t.lang == langSV && next.t.lang == langEN {
				n[translatedBelow]++
			}
		}
		if t := strings.TrimRight(l, " \t\r"); t == "" || t[len(t)-1] != ')' && t[len(t)-1] != ']' {
			continue
		}
		for _, s := range []int{translatedAfter, translatedBefore} {
			if o, t, ok := besideParts(l, s); ok && translatedPair(o, t, true) {
				n[s]++
			}
		}
	}
	for s, c := range n {
		if c >= minTranslatedLines {
			return s, true
		}
	}
	return 0, false
}

// valueTranslation is a stacked value's translation that
// readTranslations left out, or kept where it may be the value's own:
// the 0-based line it stands on, the field and the translation's words.
type valueTranslation struct {
	line int
	key  Key
	text string
	kept bool
}

// stripTranslations is readTranslations for the pastes: the page as its
// original.
func stripTranslations(text string) (string, bool) {
	read, _, ok := readTranslations(text)
	return read, ok
}

// readTranslations reads a page of a bilingual view (translationStyle) as
// its original, and reports whether it read one: a label's or a fact's
// translation is left out, and a stacked value's where its words are
// English (englishWords); a stacked value's line below it, or words in
// brackets beside it, that may be its own are kept. values lists both,
// each to be named on its field. The page's own lines with brackets are
// kept where they are no label's nor a label's value. Each line keeps its
// number.
func readTranslations(text string) (read string, values []valueTranslation, ok bool) {
	below := mayTranslateBelow(text)
	if !below && bracketsClosingLines(text) < minTranslatedLines {
		return text, nil, false // a cheap first look
	}
	lines := splitLines(text)
	style, ok := translationStyle(lines, below)
	if !ok {
		return text, nil, false
	}
	out := make([]string, len(lines))
	copy(out, lines)
	blank := func(i int) bool { return i < 0 || i >= len(lines) || strings.TrimSpace(lines[i]) == "" }
	for i := 0; i < len(lines); i++ {
		if style == translatedBelow {
			if blank(i) || out[i] == "" {
				continue // blank, or a translation left out
			}
			t, value := translatedLabel(lines[i])
			label := i // the label's line: its translation below it, or none
			if i+1 < len(lines) && translatedPair(lines[i], lines[i+1], false) {
				out[i+1], label = "", i+1
			}
			switch {
			case t != nil && !value && label+2 < len(lines) && translatedValue(lines[label+1], lines[label+2]):
				// A stacked label's value, and a line below it: its
				// translation where its words are English.
				v := valueTranslation{line: label + 2, key: recordKey(t.key), text: strings.TrimSpace(lines[label+2])}
				if v.kept = !englishWords(v.text); !v.kept {
					out[label+2] = ""
				}
				values = append(values, v)
			case t == nil && blank(i-1) && !blank(i+1) && blank(i+2) && translatedValue(lines[i], lines[i+1]) && englishWords(lines[i+1]):
				// Two lines alone, no label: a title, a line of the
				// page's top, and its translation.
				out[i+1] = ""
			}
			continue
		}
		o, tr, ok := besideParts(lines[i], style)
		if !ok || !translatedPair(o, tr, false) {
			continue
		}
		out[i] = o
		if t, value := translatedLabel(o); !value && i+1 < len(lines) {
			// A stacked label's value, words in brackets beside it: its
			// translation where its words are English.
			if vo, vt, ok := besideParts(lines[i+1], style); ok {
				v := valueTranslation{line: i + 1, key: recordKey(t.key), text: vt}
				if v.kept = !englishWords(vt); !v.kept {
					out[i+1] = vo
				}
				values = append(values, v)
			}
		}
	}
	return rewriteLines(text, lines, func(i int, _ string) string { return out[i] }), values, true
}

// translationNotes names on their fields the stacked values' translations
// readTranslations left out or kept; at maps text's lines to the input's.
func translationNotes(notes []note, values []valueTranslation, at []int) []note {
	for _, v := range values {
		n := v.line + 1
		if at != nil && n <= len(at) {
			n = at[n-1]
		}
		message := fmt.Sprintf(translationLeftOutNote, quoteShort(v.text))
		if v.kept {
			message = fmt.Sprintf(translationKeptNote, quoteShort(v.text))
		}
		notes = append(notes, note{line: n, kind: WarnValue, message: message, key: v.key, keyed: true})
	}
	return notes
}

const (
	// translationLeftOutNote names a stacked value's translation left out.
	translationLeftOutNote = "%s, below the value or beside it in brackets, was read as its translation in the page's bilingual view, and left out"
	// translationKeptNote names words below a value or beside it that
	// may be its translation, kept.
	translationKeptNote = "%s, below the value or beside it in brackets, may be its translation in the page's bilingual view; its words are not English, and were kept"
)

// englishWords reports a line in English, as a bilingual view translates
// a value: a word of English that Swedish has not ("Municipality",
// "South", "the"), or an amount with commas between its thousands
// ("1,826,237"). A name the view leaves as it is has neither.
func englishWords(s string) bool {
	for w := range strings.FieldsFuncSeq(s, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if englishOnly[strings.ToLower(w)] {
			return true
		}
	}
	return commaThousands.MatchString(s)
}

// englishOnly are English words a value's translation holds that are no
// Swedish words: the words of an organisation's kind, of a region's
// place, and the small words of a name.
var englishOnly = map[string]bool{
	"the": true, "of": true, "and": true, "for": true, "to": true, "with": true, "on": true,
	"municipality": true, "county": true, "council": true, "association": true, "foundation": true, "federation": true,
	"service": true, "services": true, "agency": true, "university": true, "unit": true, "department": true,
	"board": true, "centre": true, "center": true, "office": true, "company": true, "labour": true, "labor": true,
	"market": true, "employment": true, "public": true, "education": true, "educational": true, "school": true,
	"college": true, "network": true, "development": true, "regional": true, "local": true, "people": true,
	"sweden": true, "swedish": true, "north": true, "south": true, "east": true, "west": true, "upper": true,
	"lower": true, "central": true, "middle": true, "northern": true, "southern": true, "eastern": true,
	"western": true, "northeast": true, "northwest": true, "southeast": true, "southwest": true, "islands": true,
	"skills": true, "work": true, "jobs": true, "together": true, "future": true, "way": true, "path": true,
	"paths": true, "new": true, "step": true, "steps": true, "learning": true, "care": true, "focus": true,
	"bridge": true, "builders": true, "language": true, "young": true, "youth": true, "women": true, "support": true,
}

// commaThousands is an amount written with commas between its thousands,
// as English writes it: "1,826,237".
var commaThousands = lazyRE(`\b\d{1,3}(?:,\d{3})+\b`)

// translatedValue reports whether below, the line below a stacked label's
// value, may be the value's translation: text of its own, no label nor
// heading, no blank line.
func translatedValue(value, below string) bool {
	v, b := strings.TrimSpace(value), strings.TrimSpace(below)
	if v == "" || b == "" || v == b {
		return false
	}
	if t, _ := translatedLabel(b); t != nil {
		return false
	}
	return !isSeparator(b)
}

// mayTranslateBelow is the first look for a view that sets each
// translation below its line: the letters of English labels that Swedish
// words seldom have ("Project owner", "Contact person", "E-mail"), as a
// page writes them or in capitals.
func mayTranslateBelow(text string) bool {
	for _, w := range [...]string{"ct", "-mail", "CT", "-MAIL"} {
		if containsRare(text, w) {
			return true
		}
	}
	return false
}

// bracketsClosingLines counts the lines of text that end in a bracket, as
// a translation beside its line ends: the first look for such a view.
func bracketsClosingLines(text string) int {
	n := 0
	for line := range eachLine(text) {
		if line = strings.TrimRight(line, " \t\r"); line != "" && (line[len(line)-1] == ')' || line[len(line)-1] == ']') {
			n++
		}
	}
	return n
}
