package parser

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A page copied from a portal's or an application form's view keeps the
// form's help with each field: a sentence that says what the field holds
// right below its label, above the value ("Projektägare" / "Den
// organisation som ansvarar för projektet." / "Arbete och Försörjning"),
// or below the value, before the next label; marked or not ("Info: …",
// "Hjälptext: …", "ⓘ …"); and the buttons beside it ("Mer om fältet",
// "Kopiera till urklipp"). Read as the page's, the help is the value and
// the value a title of another page. stripHelpText leaves the help out.

// helpNote says that a form's help was left out.
const helpNote = `the page holds a form's help with its fields (a sentence below a label that says what the field holds, "Info: …", a button beside it, "Mer om fältet", "Redigera Projektägare"), which was left out`

// minHelpLines is the fewest lines of help marked as help, or buttons,
// that make a page a form's with its help, and minSaidHelp the fewest of
// help in sentences or in brackets after a label, which may be a value's
// own second line ("Perstorps kommun" / "Arbetsmarknadsenheten.") or a
// label's note ("Region (samt delar av Västsverige och Småland):"): a
// form gives help with most of its fields.
const (
	minHelpLines = 2
	minSaidHelp  = 3
)

// maxHelpValueLen bounds the value next to a sentence of help: a field's,
// not a paragraph of the text.
const maxHelpValueLen = 80

// helpValue reports a line that may be a field's value next to its help:
// a short line that is no sentence.
func helpValue(t string) bool {
	return t != "" && len(t) <= maxHelpValueLen && !strings.HasSuffix(t, ".")
}

// helpMarks begin a line of a form's help.
// The icon a form shows for its help may be a question mark.
var helpMarks = []string{"Info:", "Hjälptext:", "Help text:", "ⓘ", "ℹ", "(i)", "? ", "(?)", "[?]", "❓", "❔"}

// helpButtons are the buttons beside a form's field, each a line of its
// own.
var helpButtons = map[string]bool{
	"mer om fältet": true, "visa hjälptext": true, "dölj hjälptext": true, "visa hjälp": true,
	"kopiera": true, "kopiera till urklipp": true, "kopiera värdet": true, "copy": true, "copy to clipboard": true,
	"show help": true, "hide help": true, "more about this field": true,
}

// maxHelpButtonLen bounds a button's words beside a field, in bytes:
// "Kopiera till urklipp".
const maxHelpButtonLen = 32

// stripHelpText blanks out a form's help with its fields, line for line,
// each way of help where the page holds enough lines of it: a line that
// begins with a help's mark (helpMarks) or is a button beside the field
// (helpButtons), next to a label or a value (minHelpLines); a sentence
// (helpSentence) right below a label alone with its value below it, or
// right below a label's value with a label below it, and the help in
// brackets after a label (labelWithHelp), which is taken off the label's
// line (minSaidHelp each).
func stripHelpText(text string) (string, bool) {
	lines := splitLines(text)
	// Whether a line is a label alone is asked only next to a line that
	// may be help, and told at once for a line too long for one: most
	// pages have no help, and a label's reading is the costly look.
	const unknown, no, yes = 0, 1, 2
	label := make([]uint8, len(lines))
	labelAt := func(i int) bool {
		if i < 0 || i >= len(lines) {
			return false
		}
		if label[i] == unknown {
			label[i] = no
			if t := strings.TrimSpace(lines[i]); t != "" && len(t) <= maxBareLabelLen && bareLabel(t) {
				label[i] = yes
			}
		}
		return label[i] == yes
	}
	help := make([]bool, len(lines))
	inline := make([]string, len(lines))
	var marked, said, bracketed []int // the lines of each way of help
	for i, l := range lines {
		t := strings.TrimSpace(l)
		if label, ok := labelWithHelp(t); ok {
			inline[i] = label
			bracketed = append(bracketed, i)
			continue
		}
		switch {
		case t == "":
		case len(t) <= maxHelpButtonLen && helpButtons[strings.ToLower(strings.TrimRight(t, ".:"))], helpMarked(t):
			if labelAt(i-1) || labelAt(i-2) || labelAt(i+1) {
				marked = append(marked, i)
			}
		case helpSentence(t) && i+1 < len(lines):
			below, above := strings.TrimSpace(lines[i+1]), ""
			if i > 0 {
				above = strings.TrimSpace(lines[i-1])
			}
			// label / help / a value / a label or the block's end, or
			// label / value / help / label; the value a short line and
			// no sentence of its own, as a dictated page's are
			// ("Projektägare." / "Arbete och Försörjning.").
			if helpValue(below) && labelAt(i-1) && !labelAt(i+1) && (i+2 >= len(lines) || strings.TrimSpace(lines[i+2]) == "" || labelAt(i+2)) ||
				helpValue(above) && labelAt(i+1) && labelAt(i-2) && !labelAt(i-1) {
				said = append(said, i)
			}
		}
	}
	marked = append(marked, repeatedHelp(lines, labelAt)...)
	marked = append(marked, namingButtons(lines, labelAt)...)
	if len(bracketed) < minSaidHelp {
		clear(inline)
	}
	found := len(bracketed) >= minSaidHelp
	for _, way := range []struct {
		lines []int
		least int
	}{{marked, minHelpLines}, {said, minSaidHelp}} {
		if len(way.lines) >= way.least {
			found = true
			for _, i := range way.lines {
				help[i] = true
			}
		}
	}
	if !found {
		return text, false
	}
	return rewriteLines(text, lines, func(i int, l string) string {
		switch {
		case help[i]:
			return ""
		case inline[i] != "":
			return inline[i]
		}
		return l
	}), true
}

// maxButtonWords bounds the words a button puts before a field's label
// ("Redigera", "Visa historik för").
const maxButtonWords = 3

// namingButtons returns the lines of a button a form writes below each
// field's value that names the field ("Projektägare" / "Regionförbundet
// Östsam" / "Redigera Projektägare", as a CRM's page copies its hidden
// buttons): the same words, maxButtonWords at most, before the label of
// the line two above, or right above where the field is empty, a label
// or a list's heading, minSaidHelp times or more with different labels.
func namingButtons(lines []string, labelAt func(int) bool) []int {
	type button struct {
		i     int
		label string
	}
	var byWords map[string][]button
	for i := 1; i < len(lines); i++ {
		t := strings.TrimSpace(lines[i])
		if t == "" || len(t) > maxHelpButtonLen+maxBareLabelLen || !startsUpper(t) {
			continue
		}
		// The label two lines above, over its value, or right above,
		// its value left empty.
		for _, above := range []int{i - 2, i - 1} {
			if above < 0 {
				continue
			}
			label := strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(lines[above]), ":"))
			words, ok := strings.CutSuffix(t, " "+label)
			if !ok || label == "" || len(strings.Fields(words)) > maxButtonWords || !labelAt(above) && termIndex().match(label, true).whole == nil {
				continue
			}
			if byWords == nil {
				byWords = make(map[string][]button)
			}
			byWords[words] = append(byWords[words], button{i, label})
			break
		}
	}
	var help []int
	for _, bs := range byWords {
		labels := make(map[string]bool, len(bs))
		for _, b := range bs {
			labels[b.label] = true
		}
		if len(labels) >= minSaidHelp {
			for _, b := range bs {
				help = append(help, b.i)
			}
		}
	}
	return help
}

// repeatedHelp returns the lines of a button or a link a form writes with
// each field, the same words each time, between its label and its value
// ("Diarienummer:" / "Vad betyder detta?" / "23-038-S06"): a line of
// maxHelpButtonLen bytes or fewer that stands below minSaidHelp labels or
// more, each time right below a label alone and above a line that is no
// label. A value the same below several labels ("Nej") has the next label
// below it; a page copied several times into one text repeats its values
// below the same label.
func repeatedHelp(lines []string, labelAt func(int) bool) []int {
	// The short lines, in the order of their words: the same words stand
	// together.
	var short []int
	for i, l := range lines {
		if t := strings.TrimSpace(l); t != "" && len(t) <= maxHelpButtonLen {
			short = append(short, i)
		}
	}
	text := func(i int) string { return strings.TrimSpace(lines[i]) }
	slices.SortStableFunc(short, func(i, j int) int { return strings.Compare(text(i), text(j)) })
	between := func(i int) bool {
		return labelAt(i-1) && i+1 < len(lines) && strings.TrimSpace(lines[i+1]) != "" && !labelAt(i+1)
	}
	var help []int
	for len(short) > 0 {
		n := 1
		for n < len(short) && text(short[n]) == text(short[0]) {
			n++
		}
		same := short[:n]
		short = short[n:]
		if n < minSaidHelp || slices.ContainsFunc(same, func(i int) bool { return !between(i) }) {
			continue
		}
		labels := make(map[string]bool, n)
		for _, i := range same {
			labels[text(i-1)] = true
		}
		if len(labels) >= minSaidHelp {
			help = append(help, same...)
		}
	}
	return help
}

// minInlineHelpWords is the fewest words of a help in brackets after a
// label: a label's own note is a few ("Budget (tkr)", "Region (NUTS-2)",
// "Budget (belopp i tkr)").
const minInlineHelpWords = 4

// labelWithHelp returns the label that line begins with, written alone
// with what follows its help in brackets, where the help is words in
// small letters, minInlineHelpWords or more ("Projektägare (den
// organisation som ansvarar för projektet): Arbete" is "Projektägare:
// Arbete").
func labelWithHelp(t string) (string, bool) {
	open := strings.Index(t, " (")
	if open <= 0 {
		return "", false
	}
	closing := strings.IndexByte(t[open:], ')')
	if closing < 0 {
		return "", false
	}
	closing += open
	note := t[open+2 : closing]
	if r, _ := utf8.DecodeRuneInString(note); !unicode.IsLower(r) || len(strings.Fields(note)) < minInlineHelpWords {
		return "", false
	}
	if f, _ := unitLineFactor(note); f != 0 {
		return "", false // "Total projektbudget (belopp i tusentals kronor)": its amounts' unit
	}
	label := t[:open]
	if c := classify(label, 1, false); c.term == nil || c.value != "" {
		return "", false
	}
	rest := strings.TrimLeft(t[closing+1:], " ")
	switch {
	case rest == "":
		return label, true
	case strings.HasPrefix(rest, ":"):
		return label + rest, true
	}
	return label + ": " + rest, true
}

// maxBareLabelLen bounds a label alone on its line, in bytes: the longest
// label's, "Tillgänglighet för personer med funktionsnedsättning:", and
// some.
const maxBareLabelLen = 80

// maxHelpLen bounds a sentence of help, in bytes: a sentence or two on
// what the field holds, not a paragraph of the text.
const maxHelpLen = 200

// helpMarked reports a line that begins with a help's mark (helpMarks).
func helpMarked(t string) bool {
	for _, m := range helpMarks {
		if strings.HasPrefix(t, m) {
			return true
		}
	}
	return false
}

// minHelpWords is the fewest words of a sentence of help: "Kontaktpersonens
// e-postadress." is two, a value's own full stop after a name ("Arbete
// och Försörjning AB.") may make one of three.
const minHelpWords = 2

// helpSentence reports a line shaped as a sentence of help: maxHelpLen
// bytes at most, a capital first, a full stop last, minHelpWords words or
// more, no digit (a value's date, amount or number), no "@" (an address).
func helpSentence(t string) bool {
	if len(t) > maxHelpLen {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t)
	return startsUpper(t) && strings.HasSuffix(t, ".") && !strings.HasSuffix(t, "..") && r != '(' &&
		len(strings.Fields(t)) >= minHelpWords && !strings.ContainsAny(t, "0123456789@")
}
