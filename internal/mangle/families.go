package mangle

import (
	"fmt"
	"math/rand/v2"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// family is one way people change a page, as a small function on the page.
// It reports false when the page gives it nothing to change.
type family struct {
	name string
	// container families put the page into what people pass it around
	// in (mail, Markdown, a spreadsheet); the parser may read them as
	// sources of their own, so they are counted apart.
	container bool
	apply     func(d *doc, r *rand.Rand) bool
}

// families in the order a combination applies them: those that move whole
// lines first, so that they see the page's own field block, and the line
// ends last.
var families = []family{
	{"fields-reordered", false, reorderFields},
	{"merge-conflict", false, mergeConflict},
	{"facts-below-text", false, factsBelowText},
	{"title-missing", false, dropTitle},
	{"note-below-title", false, noteBelowTitle},
	{"title-written", false, writeTitle},
	{"title-label-word", false, labelWordTitle},
	{"heading-written", false, writeHeading},
	{"heading-wrapped", false, wrapHeading},
	{"heading-worded", false, wordHeading},
	{"list-heading-worded", false, wordListHeading},
	{"headings-underlined", false, underlineHeadings},
	{"mail-signature", false, mailSignature},
	{"mail-reply-above", false, replyAbove},
	{"web-footer", false, webFooter},
	{"web-header", false, webHeader},
	{"list-municipality-written", false, writeMunicipalities},
	{"list-numbered", false, numberList},
	{"list-tabbed", false, tabList},
	{"field-added", false, addField},
	{"label-unknown", false, addUnknownLabel},
	{"contact-one-line", false, contactOneLine},
	{"owner-org-number", false, ownerOrgNumber},
	{"label-upper", false, relabel(strings.ToUpper)},
	{"label-lower", false, relabel(strings.ToLower)},
	{"label-no-diacritics", false, relabel(stripDiacritics)},
	{"label-us-keyboard", false, relabel(usKeyboard.Replace)},
	{"label-transliterated", false, relabel(transliterate.Replace)},
	{"label-ocr", false, ocrLabel},
	{"label-spelling", false, respell},
	{"label-typo", false, typoLabel},
	{"label-english", false, englishLabels},
	{"label-translated", false, translateLabels},
	{"label-shortened", false, shortenLabel},
	{"label-shortened-colon-other", false, shortenedColons},
	{"label-noted-colon-other", false, notedColons},
	{"label-noted-glued", false, notedGlued},
	{"label-hyphen-break", false, breakLabel(true)},
	{"label-wrapped", false, breakLabel(false)},
	{"colon-semicolon", false, replaceColon(";")},
	{"colon-fullwidth", false, replaceColon("：")},
	{"colon-dash", false, replaceColon(" -")},
	{"colon-other", false, otherColons},
	{"colon-glued", false, gluedColons},
	{"colon-dash-glued", false, dashGluedColons},
	{"label-bullet", false, bulletLabels},
	{"label-emphasis", false, emphasiseLabels},
	{"label-marks", false, labelMarks},
	{"value-wrapped", false, wrapValue},
	{"value-hyphenated", false, hyphenateValue},
	{"value-cut", false, cutValue},
	{"owner-long-wrapped", false, wrapLongOwner},
	{"owner-very-long", false, veryLongOwner},
	{"text-wrapped", false, wrapText},
	{"text-rewrapped", false, rewrapText},
	{"text-screen-wrapped", false, screenWrapText},
	{"value-empty", false, emptyValue},
	{"value-placeholder", false, placeholderValue},
	{"value-edited", false, editValue},
	{"comment-anchors", false, commentAnchors},
	{"value-reformatted", false, reformatValue},
	{"yes-no-boxes", false, yesNoBoxes},
	{"typography", false, typography},
	{"format-marks", false, formatMarks},
	{"double-encoded", false, doubleEncoded},
	{"html-leftovers", false, htmlLeftovers},
	{"unicode-escapes", false, unicodeEscapes},
	{"value-ocr", false, ocrValue},
	{"date-with-time", false, dateWithTime},
	{"value-footnote", false, footnoteValue},
	{"link-leftovers", false, linkLeftovers},
	{"owner-capitals", false, capitalOwner},
	{"name-quoted", false, quoteName},
	{"fields-side-by-side", false, sideBySide},
	{"fields-in-columns", false, inColumns(false, false)},
	{"fields-in-columns-values-first", false, inColumns(true, false)},
	{"fields-in-columns-cell-empty", false, inColumns(false, true)},
	{"blank-lines", false, blankLinesBetweenFields},
	{"print-page-break", false, printPageBreak},
	{"print-running-heads", false, printRunningHeads},
	{"print-site-lines", false, printSiteLines},
	{"fields-two-columns", false, twoColumns(false)},
	{"fields-two-columns-folded", false, twoColumns(true)},
	{"lines-numbered", false, numberLines},
	{"trailing-whitespace", false, trailingWhitespace},
	{"crlf", false, crlf},

	{"email-quoted", true, quoteEmail},
	{"markdown", true, markdown},
	{"wiki", true, wikiSource},
	{"table-semicolon", true, tableRows(";")},
	{"table-tab", true, tableRows("\t")},
	{"table-tab-swapped", true, swappedRows(false)},
	{"table-tab-numbered", true, numberedRows(false)},
	{"table-pipe-swapped", true, swappedRows(true)},
	{"table-pipe-numbered", true, numberedRows(true)},
	{"quoted-printable", true, quotedPrintablePage},
	{"chat", true, chatPaste},
	{"kindle-clippings", true, kindleClippings},
	{"form-data", true, formData},
	{"version-control", true, versionControl},
	{"org", true, orgFile},
	{"forum", true, forumPost},
	{"latex", true, latexDocument},
	{"program-string", true, programString},
	{"xml", true, xmlExport},
}

func pick[T any](r *rand.Rand, xs []T) T { return xs[r.IntN(len(xs))] }

// relabel changes the label of one field by fold, when fold changes it.
func relabel(fold func(string) string) func(*doc, *rand.Rand) bool {
	return func(d *doc, r *rand.Rand) bool {
		fs := d.untouched(func(f *field) bool { return fold(f.label) != f.label })
		if len(fs) == 0 {
			return false
		}
		f := pick(r, fs)
		f.label = fold(f.label)
		f.labelLine.touched = true
		return true
	}
}

var diacritics = strings.NewReplacer("å", "a", "ä", "a", "ö", "o", "é", "e", "Å", "A", "Ä", "A", "Ö", "O", "É", "E")

func stripDiacritics(s string) string { return diacritics.Replace(s) }

// usKeyboard is Swedish typed on a US keyboard, whose keys of å, ä and ö
// type [, ' and ;.
// transliterate spells å, ä and ö as a keyboard without them does.
var transliterate = strings.NewReplacer("å", "aa", "ä", "ae", "ö", "oe", "Å", "Aa", "Ä", "Ae", "Ö", "Oe")

var usKeyboard = strings.NewReplacer("å", "[", "ä", "'", "ö", ";", "Å", "{", "Ä", `"`, "Ö", ":")

// ocrConfusions are the letters OCR mistakes for one another.
var ocrConfusions = [][2]string{
	{"m", "rn"}, {"rn", "m"}, {"l", "1"}, {"1", "l"}, {"O", "0"}, {"o", "0"}, {"0", "O"}, {"e", "é"}, {"i", "l"},
	{"n", "ri"}, {"u", "ii"}, {"d", "cl"},
}

func ocrLabel(d *doc, r *rand.Rand) bool {
	type spot struct {
		f    *field
		at   int
		from string
		to   string
	}
	var spots []spot
	for _, f := range d.untouched(nil) {
		for _, c := range ocrConfusions {
			for i := 0; i+len(c[0]) <= len(f.label); i++ {
				if f.label[i:i+len(c[0])] == c[0] {
					spots = append(spots, spot{f, i, c[0], c[1]})
				}
			}
		}
	}
	if len(spots) == 0 {
		return false
	}
	s := pick(r, spots)
	s.f.label = s.f.label[:s.at] + s.to + s.f.label[s.at+len(s.from):]
	s.f.labelLine.touched = true
	return true
}

func respell(d *doc, r *rand.Rand) bool {
	fs := d.untouched(func(f *field) bool { return len(spellings[f.label]) > 0 })
	if len(fs) == 0 {
		return false
	}
	f := pick(r, fs)
	f.label = pick(r, spellings[f.label])
	f.labelLine.touched = true
	return true
}

// englishLabels writes every Swedish label in English, as a page copied from
// the English version of a site whose values stayed Swedish.
func englishLabels(d *doc, r *rand.Rand) bool {
	fs := d.untouched(func(f *field) bool { return english[f.label] != "" })
	if len(fs) == 0 {
		return false
	}
	for _, f := range fs {
		f.label = english[f.label]
		f.labelLine.touched = true
	}
	return true
}

// breakLabel breaks one label over two lines: inside a word with a hyphen
// (hyphen true, as text laid out in a narrow column), or at a space.
func breakLabel(hyphen bool) func(*doc, *rand.Rand) bool {
	return func(d *doc, r *rand.Rand) bool {
		type cut struct {
			f  *field
			at int // byte offset in the label
		}
		var cuts []cut
		for _, f := range d.untouched(nil) {
			runes := []rune(f.label)
			for i := 1; i < len(runes); i++ {
				at := len(string(runes[:i]))
				if hyphen && i >= 3 && i <= len(runes)-3 && unicode.IsLetter(runes[i-1]) && unicode.IsLetter(runes[i]) &&
					unicode.IsLetter(runes[i-2]) && unicode.IsLetter(runes[i+1]) {
					cuts = append(cuts, cut{f, at})
				}
				if !hyphen && runes[i] == ' ' {
					cuts = append(cuts, cut{f, at})
				}
			}
		}
		if len(cuts) == 0 {
			return false
		}
		c := pick(r, cuts)
		first := c.f.pre + c.f.label[:c.at]
		rest := c.f.label[c.at:]
		if hyphen {
			first += "-"
		} else {
			rest = strings.TrimPrefix(rest, " ")
		}
		c.f.pre, c.f.label = "", rest
		c.f.labelLine.touched = true
		d.insert(d.index(c.f.labelLine), &line{text: first, touched: true})
		return true
	}
}

func replaceColon(sep string) func(*doc, *rand.Rand) bool {
	return func(d *doc, r *rand.Rand) bool {
		fs := d.untouched(func(f *field) bool { return f.sep == ":" })
		if len(fs) == 0 {
			return false
		}
		f := pick(r, fs)
		f.sep = sep
		f.labelLine.touched = true
		return true
	}
}

// pickWord returns the index of one of words that ok takes, at random;
// one must.
func pickWord(r *rand.Rand, words []string, ok func(string) bool) int {
	var at []int
	for i, w := range words {
		if ok(w) {
			at = append(at, i)
		}
	}
	return pick(r, at)
}

// shortenLabel cuts one word of a label short with a full stop, as notes
// and forms do: "Bev. ESF-stöd", "Kontaktp.", "Planerat antal delt.".
// The record stays as it was; the label's line is touched, for esf may
// read it only with a warning.
func shortenLabel(d *doc, r *rand.Rand) bool {
	if d.layout == "glued" {
		return false // a web page's glued labels are the site's, never shortened
	}
	return shortenOne(d, r, nil) != nil
}

// shortenedColons cuts one word of a label short with a full stop, as
// shortenLabel does, and writes what people put for a colon after it
// ("Spec. mål = 1.1", "Kontaktpers. – Ola Johnsson"). The record stays as
// it was.
func shortenedColons(d *doc, r *rand.Rand) bool {
	f := shortenOne(d, r, func(f *field) bool { return f.sep == ":" })
	if f == nil {
		return false
	}
	f.sep = pick(r, []string{" = ", "=", " – ", " | ", " -> "})
	return true
}

// shortenOne cuts one word of six letters or more of an untouched label
// that ok allows (any, for nil) short with a full stop, keeping 3 to len-2
// of its letters, and returns its field; nil where no label has such a
// word.
func shortenOne(d *doc, r *rand.Rand, ok func(*field) bool) *field {
	long := func(w string) bool {
		return utf8.RuneCountInString(w) >= 6 && !strings.ContainsFunc(w, func(c rune) bool { return !unicode.IsLetter(c) })
	}
	fs := d.untouched(func(f *field) bool {
		return (ok == nil || ok(f)) && slices.ContainsFunc(strings.Fields(f.label), long)
	})
	if len(fs) == 0 {
		return nil
	}
	f := pick(r, fs)
	words := strings.Fields(f.label)
	i := pickWord(r, words, long)
	w := []rune(words[i])
	words[i] = string(w[:3+r.IntN(len(w)-4)]) + "."
	f.label = strings.Join(words, " ")
	f.labelLine.touched = true
	return f
}

// labelNotes are the notes people put in brackets after a label.
var labelNotes = []string{"(ESF)", "(enligt beslut)", "(obligatorisk)", "(uppgift)", "(se nedan)"}

// notedColons puts a note in brackets after one label and writes what
// people put for a colon after it ("Region (ESF) = Sydsverige"). The
// record stays as it was.
func notedColons(d *doc, r *rand.Rand) bool {
	fs := d.untouched(func(f *field) bool { return f.sep == ":" })
	if len(fs) == 0 {
		return false
	}
	f := pick(r, fs)
	f.label += " " + pick(r, labelNotes)
	f.sep = pick(r, []string{" = ", "=", " – ", " | ", " -> ", ";"})
	f.labelLine.touched = true
	return true
}

// notedGlued puts a note in brackets after the labels of a glued page,
// glued to the value ("E-post (obligatorisk)margareta.wandel@…"), or
// after a stacked label alone on its line ("Beviljat ESF-stöd (se
// nedan)"). The record stays as it was.
func notedGlued(d *doc, r *rand.Rand) bool {
	fs := d.untouched(func(f *field) bool {
		return f.sep == "" && (f.inline && f.value != "" && d.layout == "glued" || !f.inline && d.layout == "stacked")
	})
	if len(fs) == 0 {
		return false
	}
	if r.IntN(2) == 0 {
		fs = []*field{pick(r, fs)}
	}
	for _, f := range fs {
		f.label += " " + pick(r, labelNotes)
		f.gap = ""
		f.labelLine.touched = true
	}
	return true
}

// dashGluedColons writes a dash glued to the colon of one label or of
// every label ("Telefonnummer:-0410-733094"), or, on a glued page, a
// space and a dash glued to the value ("Region -Sydsverige"). The record
// stays as it was.
func dashGluedColons(d *doc, r *rand.Rand) bool {
	fs := d.untouched(func(f *field) bool {
		return f.sep == ":" && f.inline && f.value != "" || f.sep == "" && f.inline && f.value != "" && d.layout == "glued"
	})
	if len(fs) == 0 {
		return false
	}
	if r.IntN(2) == 0 {
		fs = []*field{pick(r, fs)}
	}
	dash := pick(r, []string{"-", "–"})
	for _, f := range fs {
		if f.sep == ":" {
			f.sep = ":" + dash
		} else {
			f.sep = " " + dash
		}
		f.gap = ""
		f.labelLine.touched = true
	}
	return true
}

// gluedColons writes a colon of another script or a dash for one label's
// colon, glued to the value after it or with a space ("E-post：ola@…",
// "Projektnummer—2015/00764"), or puts a dash between a label glued to its
// value on a glued page ("Region—Sydsverige"). The record stays as it was.
func gluedColons(d *doc, r *rand.Rand) bool {
	fs := d.untouched(func(f *field) bool {
		return f.sep == ":" || f.sep == "" && f.inline && f.value != "" && d.layout == "glued"
	})
	if len(fs) == 0 {
		return false
	}
	f := pick(r, fs)
	sep := pick(r, []string{"：", "﹕", "∶", "—", "–", "--"})
	if f.sep == ":" && r.IntN(3) == 0 {
		sep += " "
	}
	f.sep = sep
	f.gap = ""
	f.labelLine.touched = true
	return true
}

// otherColons writes what people put for a colon after one label, or
// after every label of the page: leader dots as a form or a printout has
// them, an ellipsis, an arrow or an equals sign from notes, a text table's
// bars. The record stays as it was.
func otherColons(d *doc, r *rand.Rand) bool {
	fs := d.untouched(func(f *field) bool { return f.sep == ":" })
	if len(fs) == 0 {
		return false
	}
	seps := []string{" ........ ", "......", " . . . . . . ", " … ", " → ", " -> ", " = ", " | ", " > ", " » ", " => ", " ~ ", " * ", " • ", " ⟶ ", " ▸ "}
	sep := pick(r, seps)
	if r.IntN(2) == 0 {
		fs = []*field{pick(r, fs)}
	}
	for _, f := range fs {
		f.sep = sep
		if sep == " | " {
			f.pre = "| " + f.pre
			if f.inline && f.value != "" {
				f.value += " |"
			}
		}
		f.labelLine.touched = true
	}
	return true
}

// bulletLabels puts a bullet before every label, as a page pasted from a
// list.
func bulletLabels(d *doc, r *rand.Rand) bool {
	fs := d.untouched(nil)
	if len(fs) == 0 {
		return false
	}
	bullet := pick(r, []string{"• ", "- ", "* ", "· ", "•\t"})
	for _, f := range fs {
		f.pre = bullet + f.pre
		f.labelLine.touched = true
	}
	return true
}

// emphasiseLabels writes every label in bold, as rich text pasted into a
// plain editor leaves it: "**Projektägare:**".
func emphasiseLabels(d *doc, r *rand.Rand) bool {
	if d.layout == "glued" {
		return false
	}
	fs := d.untouched(nil)
	if len(fs) == 0 {
		return false
	}
	mark := pick(r, []string{"**", "__"})
	for _, f := range fs {
		f.pre, f.post = mark+f.pre, f.post+mark
		f.labelLine.touched = true
	}
	return true
}

// continueValue puts text on a line of its own after the field's value.
func (d *doc) continueValue(f *field, text string) {
	after := f.labelLine
	if f.valueLine != nil {
		after = f.valueLine
	}
	// Earlier continuation lines of the same value come first.
	i := d.index(after) + 1
	for i < len(d.lines) && d.lines[i].continues == f {
		i++
	}
	d.insert(i, &line{text: text, touched: true, continues: f})
}

// wrapValue breaks one value at a random space, as a narrow column, a
// phone's screen or a form's text box does; the record should join it again.
func wrapValue(d *doc, r *rand.Rand) bool {
	fs := d.untouched(func(f *field) bool {
		v := f.valueText()
		return len(v) >= 10 && strings.Contains(strings.TrimSpace(v), " ")
	})
	if len(fs) == 0 {
		return false
	}
	f := pick(r, fs)
	words := strings.Fields(f.valueText())
	at := 1 + r.IntN(len(words)-1)
	d.setValue(f, strings.Join(words[:at], " "))
	d.continueValue(f, strings.Join(words[at:], " "))
	return true
}

// hyphenateValue breaks a long word of a value at a line's end with a
// hyphen, as a PDF's justified text does: "Kristian-" / "stads kommun".
// The record stays as it was.
func hyphenateValue(d *doc, r *rand.Rand) bool {
	long := func(w string) bool {
		rs := []rune(w)
		return len(rs) >= 8 && !strings.ContainsFunc(w, func(c rune) bool { return !unicode.IsLetter(c) }) && unicode.IsLower(rs[4])
	}
	fs := d.untouched(func(f *field) bool {
		k := f.keys[0]
		return (k == "owner" || k == "name" || k == "contact_name" || k == "city") && slices.ContainsFunc(strings.Fields(f.valueText()), long)
	})
	if len(fs) == 0 || d.layout == "glued" {
		return false
	}
	f := pick(r, fs)
	words := strings.Fields(f.valueText())
	i := pickWord(r, words, long)
	w := []rune(words[i])
	k := 3 + r.IntN(len(w)-5) // the second part begins with a small letter
	first := strings.Join(append(slices.Clone(words[:i]), string(w[:k])+"-"), " ")
	rest := strings.Join(append([]string{string(w[k:])}, words[i+1:]...), " ")
	d.setValue(f, first)
	d.continueValue(f, rest)
	return true
}

// cutValue breaks a long word of a value at a line's end with no hyphen,
// as a fixed width cuts a line ("fold -w"): "Arbete och Försörj" /
// "ning". The record may keep the cut with a space, named, or the name
// the programme gives an area, whole.
func cutValue(d *doc, r *rand.Rand) bool {
	long := func(w string) bool {
		rs := []rune(w)
		return len(rs) >= 8 && !strings.ContainsFunc(w, func(c rune) bool { return !unicode.IsLetter(c) })
	}
	fs := d.untouched(func(f *field) bool {
		k := f.keys[0]
		return (k == "owner" || k == "name" || k == "contact_name" || k == "programme_area_code" || k == "programme_area_name") &&
			slices.ContainsFunc(strings.Fields(f.valueText()), long)
	})
	if len(fs) == 0 || d.layout == "glued" {
		return false
	}
	f := pick(r, fs)
	words := strings.Fields(f.valueText())
	i := pickWord(r, words, long)
	w := []rune(words[i])
	k := 3 + r.IntN(len(w)-5)
	first := strings.Join(append(slices.Clone(words[:i]), string(w[:k])), " ")
	rest := strings.Join(append([]string{string(w[k:])}, words[i+1:]...), " ")
	d.setValue(f, first)
	d.continueValue(f, rest)
	return true
}

// wrapLongOwner gives the owner a long real-looking name and wraps it at 60
// to 80 columns.
func wrapLongOwner(d *doc, r *rand.Rand) bool {
	fs := d.untouched(func(f *field) bool { return f.keys[0] == "owner" })
	if len(fs) == 0 {
		return false
	}
	f := pick(r, fs)
	long := pick(r, longOwners)
	width := 60 + r.IntN(21)
	prefix := 0
	if f.valueLine == nil {
		prefix = len([]rune(f.pre + f.label + f.sep + f.post + " "))
	}
	var parts []string
	cur := ""
	for _, w := range strings.Fields(long) {
		if cur != "" && prefix+len([]rune(cur))+1+len([]rune(w)) > width {
			parts = append(parts, cur)
			cur, prefix = "", 0
		}
		if cur != "" {
			cur += " "
		}
		cur += w
	}
	parts = append(parts, cur)
	if f.valueLine == nil && f.gap == "" && f.sep != "" {
		f.gap = " "
	}
	d.setValue(f, parts[0])
	for _, p := range parts[1:] {
		d.continueValue(f, p)
	}
	d.expect = append(d.expect, Expect{Key: "owner", Value: &long})
	return true
}

// veryLongOwner writes a long owner with its departments and partners on
// one line, of 161 to 400 characters: longer than running text's least,
// as a consortium's name is. The record holds it.
func veryLongOwner(d *doc, r *rand.Rand) bool {
	fs := d.untouched(func(f *field) bool { return f.keys[0] == "owner" && f.valueLine != nil })
	if len(fs) == 0 {
		return false
	}
	f := pick(r, fs)
	n := 161 + r.IntN(240)
	long := pick(r, longOwners)
	for len([]rune(long)) < n {
		long += " samt " + pick(r, longOwners)
	}
	long = strings.TrimRight(string([]rune(long)[:n]), " ,")
	d.setValue(f, long)
	d.expect = append(d.expect, Expect{Key: "owner", Value: &long})
	return true
}

// emptyValue leaves a label with nothing after it.
func emptyValue(d *doc, r *rand.Rand) bool {
	fs := d.untouched(func(f *field) bool { return f.valueText() != "" })
	if len(fs) == 0 {
		return false
	}
	f := pick(r, fs)
	was := f.valueText()
	if f.valueLine != nil {
		d.remove(f.valueLine)
		f.valueLine = nil
	} else {
		f.value = ""
	}
	f.labelLine.touched = true
	// What the reader may now take for the value stands on the next line.
	if i := d.index(f.labelLine) + 1; i < len(d.lines) {
		d.lines[i].touched = true
	}
	d.expectNull(f, was)
	return true
}

func placeholderValue(d *doc, r *rand.Rand) bool {
	fs := d.untouched(nil)
	if len(fs) == 0 {
		return false
	}
	f := pick(r, fs)
	was := f.valueText()
	d.setValue(f, pick(r, placeholders))
	d.expectNull(f, was)
	return true
}

// edits are the ways a hand edits or notes a value in a copy: the value
// struck and another after it, a question, a reminder.
var edits = []func(v string) string{
	func(v string) string { return "~~" + v + "~~ " + v },
	func(v string) string { return v + " [kolla!]" },
	func(v string) string { return v + " (?)" },
	func(v string) string { return v + "?" },
	func(v string) string { return v + " -> " + v },
	func(v string) string { return "<s>" + v + "</s> " + v },
}

// editValue edits a value by hand (edits). The record may keep the
// edited value, which must then be named: no expectation is set.
func editValue(d *doc, r *rand.Rand) bool {
	fs := d.untouched(func(f *field) bool { return f.valueText() != "" && f.keys[0] != "name" })
	if len(fs) == 0 {
		return false
	}
	f := pick(r, fs)
	d.setValue(f, pick(r, edits)(f.valueText()))
	return true
}

var (
	isoDate    = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)
	datePeriod = regexp.MustCompile(`^(\d{4}-\d{2}-\d{2})( - | till | to )(\d{4}-\d{2}-\d{2})$`)
)

// dateWithTime adds the midnight a database export writes after a date.
func dateWithTime(d *doc, r *rand.Rand) bool {
	fs := d.untouched(func(f *field) bool {
		v := f.valueText()
		return isoDate.MatchString(v) || datePeriod.MatchString(v)
	})
	if len(fs) == 0 {
		return false
	}
	f := pick(r, fs)
	clock := pick(r, []string{" 00:00:00", " 00:00", "T00:00:00"})
	v := f.valueText()
	if m := datePeriod.FindStringSubmatch(v); m != nil {
		// The period's separator as it came, or as a database or a
		// spreadsheet writes one: ISO 8601's slash, two hyphens, two dots.
		sep := pick(r, []string{m[2], m[2], "/", "--", " / ", "..", "  "})
		d.setValue(f, m[1]+clock+sep+m[3]+clock)
	} else {
		d.setValue(f, v+clock)
	}
	return true
}

// footnoteValue puts the mark of a footnote after one to three values,
// as a report or a printed table marks a figure it explains below:
// "2015/00764²)", "PERSTORP [1]", "117*". The record stays as it was.
func footnoteValue(d *doc, r *rand.Rand) bool {
	fs := d.untouched(func(f *field) bool {
		v := f.valueText()
		return v != "" && !strings.Contains(v, "\n") && len(v) < 80
	})
	if len(fs) == 0 {
		return false
	}
	r.Shuffle(len(fs), func(i, j int) { fs[i], fs[j] = fs[j], fs[i] })
	for i, f := range fs[:min(len(fs), 1+r.IntN(3))] {
		d.setValue(f, f.valueText()+pick(r, []string{"¹", "²)", " [" + strconv.Itoa(i+1) + "]", "*", " *)", " (" + strconv.Itoa(i+1) + ")"}))
	}
	return true
}

var nonDigits = regexp.MustCompile(`[^0-9+]`)

// linkLeftovers writes an address or number as a mail program or Markdown
// editor leaves it after a copy.
func linkLeftovers(d *doc, r *rand.Rand) bool {
	fs := d.untouched(func(f *field) bool {
		k, v := f.keys[0], f.valueText()
		return k == "contact_email" && strings.Contains(v, "@") || k == "contact_phone" && v != ""
	})
	if len(fs) == 0 {
		return false
	}
	f := pick(r, fs)
	v := f.valueText()
	if f.keys[0] == "contact_email" {
		d.setValue(f, pick(r, []string{v + "<mailto:" + v + ">", "[" + v + "](mailto:" + v + ")", v + " <mailto:" + v + ">", "<" + v + ">"}))
	} else {
		tel := nonDigits.ReplaceAllString(v, "")
		d.setValue(f, pick(r, []string{v + "<tel:" + tel + ">", "[" + v + "](tel:" + tel + ")", v + " <tel:" + tel + ">"}))
	}
	return true
}

// capitalOwner writes an owner whose first word is a heading or label word.
func capitalOwner(d *doc, r *rand.Rand) bool {
	fs := d.untouched(func(f *field) bool { return f.keys[0] == "owner" })
	if len(fs) == 0 {
		return false
	}
	f := pick(r, fs)
	owner := pick(r, capitalOwners)
	d.setValue(f, owner)
	d.expect = append(d.expect, Expect{Key: "owner", Value: &owner})
	return true
}

var quotes = [][2]string{{`"`, `"`}, {"«", "»"}, {"»", "«"}, {"”", "”"}, {"“", "”"}, {"„", "“"}}

// idTitle is an "ID - Name" title; an id has a digit, which tells it from a
// name with a dash in it ("Egenmakt - steg två").
var idTitle = regexp.MustCompile(`^(\S*\d\S* - )(.+)$`)

// quoteName puts quotes or guillemets around the name, in the title or in
// the name field.
func quoteName(d *doc, r *rand.Rand) bool {
	q := pick(r, quotes)
	var targets []func()
	if t := d.title(); t != nil && !t.touched {
		targets = append(targets, func() {
			if m := idTitle.FindStringSubmatch(t.text); m != nil {
				t.text = m[1] + q[0] + m[2] + q[1]
			} else {
				t.text = q[0] + t.text + q[1]
			}
			t.touched = true
		})
	}
	for _, f := range d.untouched(func(f *field) bool { return f.keys[0] == "name" && f.valueText() != "" }) {
		targets = append(targets, func() { d.setValue(f, q[0]+f.valueText()+q[1]) })
	}
	if len(targets) == 0 {
		return false
	}
	pick(r, targets)()
	return true
}

// writeTitle writes an "ID - Name" title as people copy it: "ID: Name",
// "ID Name", "ID | Name", "ID » Name", "ID · Name", "[ID] Name", "Name
// [ID]", "Name (ID)", and "Name, ID" where a field gives the id too. The
// record stays as it was.
func writeTitle(d *doc, r *rand.Rand) bool {
	t := d.title()
	if t == nil || t.touched {
		return false
	}
	m := idTitle.FindStringSubmatch(t.text)
	if m == nil {
		return false
	}
	id := strings.TrimSuffix(m[1], " - ")
	forms := []string{"%[1]s: %[2]s", "%[1]s %[2]s", "%[1]s | %[2]s", "%[1]s » %[2]s", "%[1]s · %[2]s", "[%[1]s] %[2]s", "%[2]s [%[1]s]", "%[2]s (%[1]s)"}
	if d.hasKey("id") {
		forms = append(forms, "%[2]s, %[1]s")
	}
	t.text = fmt.Sprintf(forms[r.IntN(len(forms))], id, m[2])
	t.touched = true
	return true
}

// labelWordTitle gives a page with no name label a title that is a
// label's word, or a label and a number, standing alone above the fields:
// a project named "Start", "Region" or "Utlysning 2". The record's name is
// the title.
func labelWordTitle(d *doc, r *rand.Rand) bool {
	t := d.title()
	if t == nil || t.touched || d.hasKey("name") || d.hasKey("id") && idTitle.MatchString(t.text) {
		return false
	}
	name := pick(r, []string{"Start", "Region", "Budget", "Kontakt", "Utlysning 2", "Projektfas 2", "Kommun", "Deltagare"})
	t.text, t.touched = name, true
	i := d.index(t)
	if i+1 < len(d.lines) && strings.TrimSpace(d.lines[i+1].text) != "" {
		d.lines = slices.Insert(d.lines, i+1, &line{role: roleOther, touched: true})
	}
	d.expect = append(d.expect, Expect{Key: "name", Value: &name})
	return true
}

// contactOneLine writes the contact's phone number, and at times their
// e-mail address, after their name on the contact's line, as a mail or a
// note has it ("Peter Lindow, tel: 0435-78 10 00"), and leaves out the
// fields that gave them. The record stays as it was.
func contactOneLine(d *doc, r *rand.Rand) bool {
	byKey := map[string]*field{}
	for _, f := range d.untouched(func(f *field) bool { return f.valueText() != "" }) {
		byKey[f.keys[0]] = f
	}
	name, phone := byKey["contact_name"], byKey["contact_phone"]
	if name == nil || phone == nil {
		return false
	}
	sep := pick(r, []string{", ", " tel: ", " ", ", tfn ", " (tel. "})
	line := name.valueText() + sep + phone.valueText()
	if sep == " (tel. " {
		line += ")"
	}
	gone := []*field{phone}
	if email := byKey["contact_email"]; email != nil && r.IntN(3) == 0 {
		line += pick(r, []string{", ", " e-post: ", " "}) + email.valueText()
		gone = append(gone, email)
	}
	d.setValue(name, line)
	for _, f := range gone {
		if f.valueLine != nil {
			d.remove(f.valueLine)
		}
		d.remove(f.labelLine)
	}
	return true
}

// ownerOrgNumber writes the owner's organisation number after the owner's
// name ("Kristianstads kommun (212000-0910)", ", org.nr 212000-0910") and
// leaves out the field that gave it; a page without one gets one, which
// the record then holds.
func ownerOrgNumber(d *doc, r *rand.Rand) bool {
	byKey := map[string]*field{}
	for _, f := range d.untouched(func(f *field) bool { return f.valueText() != "" }) {
		byKey[f.keys[0]] = f
	}
	owner := byKey["owner"]
	if owner == nil || d.hasKey("owner_org_number") && byKey["owner_org_number"] == nil {
		return false
	}
	number := "212000-0910"
	if f := byKey["owner_org_number"]; f != nil {
		number = f.valueText()
		if f.valueLine != nil {
			d.remove(f.valueLine)
		}
		d.remove(f.labelLine)
	} else {
		d.expect = append(d.expect, Expect{Key: "owner_org_number", Value: &number})
	}
	written := number
	if len(written) == 10 && r.IntN(2) == 0 {
		written = written[:6] + "-" + written[6:]
	}
	d.setValue(owner, owner.valueText()+pick(r, []string{" (" + written + ")", ", org.nr " + written, ", Org nr: " + written, " " + written}))
	return true
}

// dropTitle leaves out the title line, as a copy that starts one line too
// late does.
// quotedPrintablePage writes the page in quoted-printable, its letters
// "=C3=A4" and its long lines broken with "=", as a message's body pasted
// as it was sent: a container, the last thing done to the page. The
// record stays as it was.
func quotedPrintablePage(d *doc, r *rand.Rand) bool {
	if d.quotedPrintable || d.doubled || d.entities || d.escaped {
		return false
	}
	d.quotedPrintable = true
	for _, l := range d.lines {
		if strings.ContainsFunc(l.render(), func(c rune) bool { return c > 0x7F || c == '=' }) {
			l.touched = true
		}
	}
	return true
}

// webFooter puts the links and the date a web page shows under its text
// below the page, as a copy of the whole page takes them along. The
// record stays as it was.
func webFooter(d *doc, r *rand.Rand) bool {
	lines := pick(r, [][]string{
		{"Dela på Facebook", "Sidan uppdaterad: 2022-11-30", "Kontakta oss"},
		{"Läs mer"},
		{"", "Senast ändrad 30 november 2022"},
		{"Dela på LinkedIn", "Tipsa en vän", "Till sidans topp"},
	})
	for _, t := range lines {
		d.lines = append(d.lines, &line{role: roleOther, text: t, touched: true})
	}
	return true
}

// writeMunicipalities writes the items of the list of municipalities as
// a list in a text names them: "Trelleborgs kommun", "Vellinge kommun",
// "Malmö stad", or with a last item that says the list names only some
// ("Skurup m.fl."). The names stay as they were.
func writeMunicipalities(d *doc, r *rand.Rand) bool {
	var items []*line
	in := false
	for _, l := range d.lines {
		t := strings.TrimSpace(l.text)
		switch _, ok := bulletItem(l); {
		case municipalityHeadings[t]:
			in = true
		case in && ok:
			items = append(items, l)
		case t != "":
			in = false
		}
	}
	if len(items) == 0 {
		return false
	}
	style := r.IntN(4)
	for i, l := range items {
		name, _ := bulletItem(l)
		switch {
		case style == 0:
			name += "s kommun"
			if strings.HasSuffix(name, "ss kommun") {
				name = strings.Replace(name, "ss kommun", "s kommun", 1)
			}
		case style == 1:
			name += " kommun"
		case style == 2 && i == len(items)-1:
			name += " m.fl."
		case style == 3:
			name = strings.ToUpper(name[:1]) + name[1:] + " stad"
		}
		l.text = strings.Replace(l.text, "• "+strings.TrimPrefix(strings.TrimSpace(l.text), "• "), "• "+name, 1)
		l.touched = true
	}
	return true
}

// municipalityHeadings head the list of municipalities.
var municipalityHeadings = map[string]bool{"Kommun": true, "Kommuner": true, "Municipality": true, "Municipalities": true}

// webHeader puts a site's own links above the page, as a copy of the
// whole page from the browser takes them along: the link past the menu,
// the menu, the search, a breadcrumb; some of their words are labels'
// ("Kontakt", "Start", "Region"). The record stays as it was.
func webHeader(d *doc, r *rand.Rand) bool {
	lines := pick(r, [][]string{
		{"Hoppa till huvudinnehåll", "Svenska ESF-rådet", "Meny", "Sök", "Start", "/", "Projektbanken", "/"},
		{"Till startsidan", "Om oss", "Kontakt", "In English", "Lyssna", "Sök på webbplatsen", "", "Du är här: Start > Projekt > Projektbanken"},
		{"Svenska ESF-rådet", "Projektbanken", "Sök projekt", "Programområde", "Region", "Projektägare", ""},
		{"Start", "Om ESF-rådet", "Kontakt", ""},
	})
	head := make([]*line, 0, len(lines)+1)
	for _, t := range lines {
		head = append(head, &line{role: roleOther, text: t, touched: true})
	}
	head = append(head, &line{role: roleOther, touched: true})
	d.lines = append(head, d.lines...)
	return true
}

// numberList numbers the items of a bulleted list as a word processor
// does: "1. Trelleborg", "2) Vellinge", "a) …", "1.<TAB>Skurup", or
// bullets them as its lists pasted as text have them: "o<TAB>Lund". The
// record stays as it was.
func numberList(d *doc, r *rand.Rand) bool {
	var items []*line
	for _, l := range d.lines {
		if _, ok := bulletItem(l); ok {
			items = append(items, l)
		}
	}
	if len(items) == 0 {
		return false
	}
	style, bullet := r.IntN(5), wordBullets[r.IntN(len(wordBullets))]
	for i, l := range items {
		t, _ := bulletItem(l)
		switch style {
		case 0:
			l.text = "  " + strconv.Itoa(i+1) + ". " + t
		case 1:
			l.text = strconv.Itoa(i+1) + ") " + t
		case 2:
			l.text = string(rune('a'+i%26)) + ") " + t
		case 3:
			// A word processor's numbered list pasted as text: the
			// number, then the tab of the item's indent.
			l.text = strconv.Itoa(i+1) + ".\t" + t
		default:
			// Its bulleted list: the bullet of a symbol font as the
			// letter it is in plain text, then the tab.
			l.text = string(bullet) + "\t" + t
		}
		l.touched = true
	}
	return true
}

// wordBullets are the bullets of Word's lists as a paste of plain text
// has them: the Symbol font's, Courier New's "o", Wingdings' "§" and "Ø".
var wordBullets = []rune{'·', 'o', '§', 'Ø', '•'}

// bulletItem returns the text of an untouched line of a bulleted list
// ("  • Trelleborg"), and whether it is one.
func bulletItem(l *line) (string, bool) {
	t, ok := strings.CutPrefix(strings.TrimLeft(l.text, " "), "• ")
	return t, ok && !l.touched
}

// tabList puts a bulleted list's items on one line with tabs between
// them, as a row of a sheet's cells pasted into a page has it. The record
// stays as it was.
func tabList(d *doc, r *rand.Rand) bool {
	var run []*line
	for i, l := range d.lines {
		if _, ok := bulletItem(l); ok {
			run = append(run, l)
			if i+1 < len(d.lines) {
				continue
			}
		}
		if len(run) >= 2 {
			break
		}
		run = run[:0]
	}
	if len(run) < 2 {
		return false
	}
	names := make([]string, len(run))
	for i, l := range run {
		names[i], _ = bulletItem(l)
	}
	lead := ""
	if r.IntN(2) == 0 {
		lead = "• "
	}
	run[0].text, run[0].touched = lead+strings.Join(names, "\t"), true
	for _, l := range run[1:] {
		d.remove(l)
	}
	return true
}

// signatures are what a mail program or its sender puts below a page
// pasted into a mail.
var signatures = [][]string{
	{"-- ", "Anna Andersson", "Trelleborgs kommun", "070-123 45 67"},
	{"Mvh", "Anna"},
	{"Med vänliga hälsningar,", "Anna Andersson"},
	{"Skickat från min iPhone"},
	{"Best regards", "Erik Svensson"},
	{"Hälsningar", "Erik", "", "Skickat från Outlook för Android"},
	{"Mvh Anna"},
	{"Vänliga hälsningar, Erik Svensson", "Trelleborgs kommun"},
	{"---------- Vidarebefordrat meddelande ---------", "Från: Anna Andersson <anna@example.se>", "Datum: 5 mars 2024 14:22"},
}

// mailSignature puts a mail's signature below the page, after a blank
// line. The record stays as it was.
func mailSignature(d *doc, r *rand.Rand) bool {
	if d.layout == "" {
		return false
	}
	d.lines = append(d.lines, &line{role: roleOther, text: ""})
	for _, s := range pick(r, signatures) {
		d.lines = append(d.lines, &line{role: roleOther, text: s, touched: true})
	}
	return true
}

// sectionHeadings are the headings of a page's free text.
var sectionHeadings = []string{
	"Sammanfattning", "Bakgrund", "Syfte", "Målsättning", "Mål", "Tillgänglighet",
	"Tillgänglighet för personer med funktionsnedsättning", "Transnationellt samarbete",
	"Summary", "Background", "Purpose", "Goals", "Accessibility",
}

// writeHeading writes one heading of the free text as documents and notes
// do: numbered ("2. Bakgrund", "3) Syfte"), in capitals, without its
// diacritics, or with a colon. The record stays as it was.
func writeHeading(d *doc, r *rand.Rand) bool {
	hs := headingLines(d, false)
	if len(hs) == 0 {
		return false
	}
	l := pick(r, hs)
	h := strings.TrimSpace(l.text)
	n := strconv.Itoa(1 + r.IntN(6))
	l.text = pick(r, []string{n + ". " + h, n + ") " + h, n + " " + h, strings.ToUpper(h), stripDiacritics(h), h + ":", "II. " + h})
	l.touched = true
	return true
}

// wordHeading writes one heading of the free text with the words people
// add to it ("Projektets målsättning", "Syftet med projektet", "Kort
// sammanfattning"), or with another ending ("Bakgrunden"). The record stays
// as it was.
func wordHeading(d *doc, r *rand.Rand) bool {
	hs := headingLines(d, false)
	if len(hs) == 0 {
		return false
	}
	l := pick(r, hs)
	h := strings.TrimSpace(l.text)
	first, size := utf8.DecodeRuneInString(h)
	ways := []string{"Projektets " + string(unicode.ToLower(first)) + h[size:], h + " i projektet", h + " till projektet"}
	if ending, ok := headingEndings[h]; ok {
		ways = append(ways, ending)
	}
	if h == "Sammanfattning" {
		ways = append(ways, "Kort sammanfattning", "Sammanfattning av projektet")
	}
	l.text = pick(r, ways)
	l.touched = true
	return true
}

// headingEndings are headings written with another ending.
var headingEndings = map[string]string{"Sammanfattning": "Sammanfattningen", "Bakgrund": "Bakgrunden", "Syfte": "Syftet", "Målsättning": "Målsättningar"}

// wordListHeading writes the heading of the list of co-financiers with
// words added or another ending ("Projektets medfinansiärer",
// "Medfinansiärerna"), right over its items, which a word processor's list
// pasted as text marks with its bullet's letter and a tab ("o<TAB>Arbete
// och Försörjning"). The record stays as it was.
func wordListHeading(d *doc, r *rand.Rand) bool {
	for i, l := range d.lines {
		if l.role != roleOther || l.touched || strings.TrimSpace(l.text) != "Medfinansiärer" {
			continue
		}
		var items []*line
		for _, m := range d.lines[i+1:] {
			if _, ok := bulletItem(m); ok {
				items = append(items, m)
			} else if strings.TrimSpace(m.text) != "" {
				break
			}
		}
		if len(items) == 0 {
			return false
		}
		l.text, l.touched = pick(r, []string{"Projektets medfinansiärer", "Medfinansiärerna", "Medfinansiärer i projektet"}), true
		bullet := pick(r, []string{"o\t", "o ", "§\t", "•\t"})
		for _, m := range items {
			t, _ := bulletItem(m)
			m.text, m.touched = bullet+t, true
		}
		if r.IntN(2) == 0 {
			// The blank line between the heading and its items lost.
			for j := i + 1; j < len(d.lines) && d.lines[j] != items[0]; {
				if strings.TrimSpace(d.lines[j].text) == "" {
					d.remove(d.lines[j])
					continue
				}
				j++
			}
		}
		return true
	}
	return false
}

// headingLines returns the untouched lines that are a section's heading,
// of two words or more where several is set.
func headingLines(d *doc, several bool) []*line {
	var hs []*line
	for _, l := range d.lines {
		if h := strings.TrimSpace(l.text); l.role == roleOther && !l.touched && slices.Contains(sectionHeadings, h) && (!several || strings.Contains(h, " ")) {
			hs = append(hs, l)
		}
	}
	return hs
}

// wrapHeading breaks a heading of two words or more over two lines, at a
// space or inside a word with a hyphen, or one of three words or more over
// three lines at spaces, as a narrow column or a mail does.
// The record stays as it was.
func wrapHeading(d *doc, r *rand.Rand) bool {
	hs := headingLines(d, true)
	if len(hs) == 0 {
		return false
	}
	l := pick(r, hs)
	words := strings.Fields(l.text)
	if len(words) >= 3 && r.IntN(3) == 0 {
		// Three lines, as a column of 20 characters breaks the longest.
		a := 1 + r.IntN(len(words)-2)
		b := a + 1 + r.IntN(len(words)-a-1)
		l.text, l.touched = strings.Join(words[:a], " "), true
		d.insert(d.index(l)+1, &line{role: roleOther, text: strings.Join(words[a:b], " "), touched: true},
			&line{role: roleOther, text: strings.Join(words[b:], " "), touched: true})
		return true
	}
	first, second := "", ""
	if last := []rune(words[len(words)-1]); r.IntN(2) == 0 && len(last) >= 8 {
		cut := len(last) / 2
		first = strings.Join(words[:len(words)-1], " ") + " " + string(last[:cut]) + "-"
		second = string(last[cut:])
	} else {
		at := 1 + r.IntN(len(words)-1)
		first, second = strings.Join(words[:at], " "), strings.Join(words[at:], " ")
	}
	l.text, l.touched = first, true
	d.insert(d.index(l)+1, &line{role: roleOther, text: second, touched: true})
	return true
}

// noteBelowTitle puts a line of its own between the title and the field
// block, as a copy from notes or a mail has it: a note, a date,
// the page it came from. The record stays as it was; the note is no
// field of it.
func noteBelowTitle(d *doc, r *rand.Rand) bool {
	t := d.title()
	if t == nil || t.touched {
		return false
	}
	notes := []string{
		"Senast uppdaterad 2024-03-05", "Projektbanken", "Sparad från esf.se", "Se nedan.",
		"Beviljat projekt", "(kopia)", "Läs mer om projektet nedan",
	}
	if !idTitle.MatchString(t.text) {
		// Below a bare title, a note that may be a title itself: what a
		// reader mode or a phone's share puts there.
		notes = append(notes, "5 min läsning", "Projekt", "Publicerad 2021-03-01")
	}
	note := pick(r, notes)
	i := d.index(t) + 1
	d.insert(i, &line{role: roleOther, text: ""}, &line{role: roleOther, text: note, touched: true})
	return true
}

func dropTitle(d *doc, r *rand.Rand) bool {
	t := d.title()
	if t == nil || t.touched {
		return false
	}
	i := d.index(t)
	d.remove(t)
	if i < len(d.lines) && strings.TrimSpace(d.lines[i].text) == "" && d.lines[i].role == roleOther {
		d.lines = append(d.lines[:i], d.lines[i+1:]...)
	}
	// A warning about the missing title, or about what the reader took
	// for it, names a line of the page's head or its first field.
	for j := 0; j < len(d.lines) && (j <= i || d.lines[j].role == roleOther); j++ {
		d.lines[j].touched = true
	}
	if !d.hasKey("name") {
		d.expect = append(d.expect, Expect{Key: "name"})
	}
	if idTitle.MatchString(t.text) && !d.hasKey("id") {
		d.expect = append(d.expect, Expect{Key: "id"})
		d.mayDiffer = append(d.mayDiffer, derivedKeys["id"]...)
	}
	return true
}

// reorderFields shuffles the fields of the block; it must run before any
// family that adds lines, so that each field is its label and value lines.
// factsBelowText moves the field block below the page's text and lists,
// as a copy of a page that prints its box of facts beside or after its
// text has it, at times under the box's heading, ruled or not. Only the
// heading and its rule are new, and the text's lines, which now stand
// between the title and the facts, are touched.
func factsBelowText(d *doc, r *rand.Rand) bool {
	fs := d.fields()
	if len(fs) < 2 {
		return false
	}
	first, last := d.index(fs[0].labelLine), 0
	for _, f := range fs {
		last = max(last, d.index(f.labelLine))
		if f.valueLine != nil {
			last = max(last, d.index(f.valueLine))
		}
	}
	for i := first; i <= last; i++ {
		if d.lines[i].touched {
			return false
		}
	}
	block, rest := slices.Clone(d.lines[first:last+1]), slices.Clone(d.lines[last+1:])
	if !slices.ContainsFunc(rest, func(l *line) bool { return strings.TrimSpace(l.text) != "" && l.role != roleLabel }) {
		return false
	}
	for len(rest) > 0 && strings.TrimSpace(rest[len(rest)-1].text) == "" && rest[len(rest)-1].role != roleLabel {
		rest = rest[:len(rest)-1]
	}
	for _, l := range rest {
		l.touched = l.touched || strings.TrimSpace(l.text) != ""
	}
	out := append(slices.Clone(d.lines[:first]), rest...)
	out = append(out, &line{role: roleOther})
	switch r.IntN(3) {
	case 1:
		out = append(out, &line{role: roleOther, text: pick(r, []string{"Projektfakta", "Fakta om projektet", "Fakta"}), touched: true}, &line{role: roleOther})
	case 2:
		out = append(out, &line{role: roleOther, text: "Fakta om projektet", touched: true}, &line{role: roleOther, text: strings.Repeat("-", 20), touched: true})
	}
	d.lines = append(out, block...)
	return true
}

func reorderFields(d *doc, r *rand.Rand) bool {
	fs := d.fields()
	if len(fs) < 2 {
		return false
	}
	first := d.index(fs[0].labelLine)
	var groups [][]*line
	for _, f := range fs {
		g := []*line{f.labelLine}
		if f.valueLine != nil {
			g = append(g, f.valueLine)
		}
		groups = append(groups, g)
	}
	n := 0
	for _, g := range groups {
		for j, l := range g {
			if first+n+j >= len(d.lines) || d.lines[first+n+j] != l || l.touched {
				return false
			}
		}
		n += len(g)
	}
	perm := r.Perm(len(groups))
	var out []*line
	moved := false
	for at, from := range perm {
		if at != from {
			moved = true
			for _, l := range groups[from] {
				l.touched = true
			}
		}
		out = append(out, groups[from]...)
	}
	if !moved {
		return false
	}
	copy(d.lines[first:], out)
	return true
}

func blankLinesBetweenFields(d *doc, r *rand.Rand) bool {
	fs := d.placed()
	if len(fs) < 2 {
		return false
	}
	f := fs[1+r.IntN(len(fs)-1)]
	i := d.index(f.labelLine)
	blanks := []*line{{text: "", touched: true}}
	if r.IntN(2) == 0 {
		blanks = append(blanks, &line{text: "", touched: true})
	}
	d.insert(i, blanks...)
	f.labelLine.touched = true
	return true
}

func trailingWhitespace(d *doc, r *rand.Rand) bool {
	var ls []*line
	for _, l := range d.lines {
		if l.role != roleOther {
			ls = append(ls, l)
		}
	}
	if len(ls) == 0 {
		return false
	}
	for range 1 + r.IntN(4) {
		l := pick(r, ls)
		ws := pick(r, []string{" ", "\t", "  ", " \t", "\u00a0"})
		switch {
		case l.role != roleLabel:
			l.text += ws
		case l.field.inline && l.field.value != "":
			l.field.value += ws
		default:
			l.field.post += ws
		}
		l.touched = true
	}
	return true
}

// crlf writes Windows line ends. It touches no line: no line's text
// changes, so no warning can excuse a record that changed with it.
func crlf(d *doc, r *rand.Rand) bool {
	if d.eol == "\r\n" {
		return false
	}
	d.eol = "\r\n"
	return true
}

// quoteEmail quotes the page as a mail reply does.
func quoteEmail(d *doc, r *rand.Rand) bool {
	for _, l := range d.lines {
		switch {
		case l.role == roleLabel:
			l.field.pre = "> " + l.field.pre
		case l.text == "":
			l.text = ">"
		default:
			l.text = "> " + l.text
		}
		l.touched = true
	}
	return true
}

// chatPrefixes are how chats begin a message: the time and the sender.
var chatPrefixes = []string{"[10:32] Anna Svensson: ", "[2024-03-12 10:32] Anna: ", "12/03/2024, 10:32 - Anna: ", "<anna> "}

// chatPaste puts the page in a chat: its first line and each line after a
// blank one a message of its own, after the time and the sender, and the
// other lines the message's next lines, as Slack, WhatsApp and IRC copy
// them.
func chatPaste(d *doc, r *rand.Rand) bool {
	prefix := pick(r, chatPrefixes)
	newMessage := true
	for _, l := range d.lines {
		blank := l.role != roleLabel && strings.TrimSpace(l.text) == ""
		switch {
		case blank:
			newMessage = true
			continue
		case !newMessage && r.IntN(3) > 0:
			// The message goes on.
		case l.role == roleLabel:
			l.field.pre = prefix + l.field.pre
		default:
			l.text = prefix + l.text
		}
		newMessage = false
		l.touched = true
	}
	return true
}

// inline puts the field's value on its label's line.
func (d *doc) inline(f *field) {
	if f.valueLine != nil {
		f.value = f.valueLine.text
		d.remove(f.valueLine)
		f.valueLine = nil
		// The lines the value was wrapped onto follow it on the label's
		// line, not the blank lines that stood below the label.
		var cont []*line
		for _, l := range d.lines {
			if l.continues == f {
				cont = append(cont, l)
			}
		}
		for _, l := range cont {
			d.remove(l)
		}
		d.insert(d.index(f.labelLine)+1, cont...)
	}
	f.inline = true
	f.labelLine.touched = true
}

// markdown writes the page as a Markdown note: a heading for the title and
// "**Label:** value" for every field.
func markdown(d *doc, r *rand.Rand) bool {
	if t := d.title(); t != nil {
		t.text = "# " + t.text
		t.touched = true
	}
	for _, f := range d.fields() {
		d.inline(f)
		f.pre, f.sep, f.post, f.gap = "**", ":", "**", " "
	}
	return true
}

// tableRows writes every field as a spreadsheet row: label, separator, value.
func tableRows(sep string) func(*doc, *rand.Rand) bool {
	return func(d *doc, r *rand.Rand) bool {
		for _, f := range d.fields() {
			d.inline(f)
			f.pre, f.sep, f.post, f.gap = "", sep, "", ""
			if strings.Contains(f.label, sep) {
				// A cell that holds the delimiter is quoted, as a
				// sheet writes it ("St;dmottagare ort" typed on a US
				// keyboard).
				f.label = `"` + strings.ReplaceAll(f.label, `"`, `""`) + `"`
			}
			// A text table's bars are cells' borders in a sheet.
			f.value = strings.TrimSuffix(f.value, " |")
			if f.labelLine.beside != nil {
				// Fields side by side are cells side by side.
				f.labelLine.gap = sep
			}
		}
		for _, l := range d.lines {
			if l.role != roleLabel && strings.Contains(l.text, sep) {
				// A line of the text is a cell of its own, quoted
				// where it holds the delimiter.
				l.text = `"` + strings.ReplaceAll(l.text, `"`, `""`) + `"`
			}
		}
		return true
	}
}

// swappedRows writes every field as a table's row whose columns came out
// swapped, the value first and the label after it: "Sydsverige<TAB>Region",
// or a Markdown pipe table's "| Sydsverige | Region |" under its header.
func swappedRows(pipe bool) func(*doc, *rand.Rand) bool {
	return func(d *doc, r *rand.Rand) bool {
		return d.cellRows(pipe, []string{"Värde", "Fält"}, func(_ int, f *field) []string {
			return []string{f.value, f.label}
		})
	}
}

// numberedRows writes every field as a table's row after the row's number:
// "3<TAB>Region<TAB>Sydsverige", or "| 3 | Region | Sydsverige |".
func numberedRows(pipe bool) func(*doc, *rand.Rand) bool {
	return func(d *doc, r *rand.Rand) bool {
		return d.cellRows(pipe, []string{"Nr", "Fält", "Värde"}, func(n int, f *field) []string {
			return []string{strconv.Itoa(n), f.label, f.value}
		})
	}
}

// cellRows writes every field as a row of the cells cells gives it, parted
// by tabs or framed in a pipe table's bars under header and its separator.
func (d *doc) cellRows(pipe bool, header []string, cells func(n int, f *field) []string) bool {
	fs := d.fields()
	if len(fs) < 3 {
		return false
	}
	for n, f := range fs {
		d.inline(f)
		f.value = strings.TrimSuffix(f.value, " |")
		c := cells(n+1, f)
		for i := range c {
			c[i] = strings.ReplaceAll(c[i], "|", "/")
		}
		f.pre, f.label, f.sep, f.post, f.gap, f.value = "", strings.Join(c, "\t"), "", "", "", ""
		if pipe {
			f.label = "| " + strings.Join(c, " | ") + " |"
		}
		if b := f.labelLine.beside; b != nil {
			// Fields side by side are rows one below the other.
			f.labelLine.beside, f.labelLine.gap = nil, ""
			d.insert(d.index(f.labelLine)+1, b)
		}
	}
	if pipe {
		first := d.index(fs[0].labelLine)
		d.insert(first, &line{role: roleOther, text: "| " + strings.Join(header, " | ") + " |", touched: true},
			&line{role: roleOther, text: "|" + strings.Repeat("---|", len(header)), touched: true})
	}
	return true
}

var (
	id2014 = regexp.MustCompile(`^\d{4}/\d{5}$`)
	id2021 = regexp.MustCompile(`^\d{2}-\d{3}-`)
)

// programmePeriod is the period the page itself shows, by its fund, layout
// or id, or "" when it shows none.
func (d *doc) programmePeriod() string {
	ids := []string{}
	if t := d.title(); t != nil {
		if m := idTitle.FindStringSubmatch(t.text); m != nil {
			ids = append(ids, strings.TrimSuffix(m[1], " - "))
		}
	}
	for _, f := range d.fields() {
		switch f.keys[0] {
		case "fund":
			if strings.TrimSpace(f.valueText()) == "ESF+" {
				return "2021-2027"
			}
		case "id":
			ids = append(ids, strings.TrimSpace(f.valueText()))
		}
	}
	if d.layout == "glued" {
		return "2007-2013"
	}
	for _, id := range ids {
		switch {
		case id2014.MatchString(id):
			return "2014-2020"
		case id2021.MatchString(id):
			return "2021-2027"
		}
	}
	return ""
}

// addField adds a field that says again what the page already shows, as
// the project bank's other label sets do: the programme period, or the fund
// of the older periods.
func addField(d *doc, r *rand.Rand) bool {
	period := d.programmePeriod()
	if period == "" {
		return false
	}
	type added struct{ label, key, value string }
	options := []added{{"Programperiod", "programme_period", period}}
	if !d.hasKey("fund") && period != "2021-2027" {
		options = append(options, added{"Fond", "fund", "ESF"})
	}
	a := pick(r, options)
	fs := d.placed()
	after := pick(r, fs)
	at := d.index(after.labelLine) + 1
	if after.valueLine != nil {
		at = d.index(after.valueLine) + 1
	}
	f := &field{keys: []string{a.key}, label: a.label}
	f.labelLine = &line{role: roleLabel, field: f, touched: true}
	switch d.layout {
	case "glued":
		f.inline, f.value = true, a.value
	case "colon":
		f.sep = ":"
		if r.IntN(2) == 0 {
			f.inline, f.gap, f.value = true, " ", a.value
		}
	}
	d.insert(at, f.labelLine)
	if !f.inline {
		f.valueLine = &line{role: roleValue, field: f, text: a.value, touched: true}
		d.insert(at+1, f.valueLine)
	}
	return true
}

// unknownLabels are labels of other registers and of people's own notes,
// which no ESF page has, with a value each.
var unknownLabels = [][2]string{
	{"Samverkanspart", "Region Skåne"}, {"Beslutsdatum", "2023-05-04"}, {"Stödform", "Projektstöd"},
	{"Målgrupp", "Unga vuxna"}, {"Handläggare", "Anna Berg"}, {"Ärendetyp", "Ansökan"},
}

// addUnknownLabel puts a label esf does not know, with its value, after a
// field of a colon page: as written, in small letters or in capitals, its
// value on its line or the next. Its line goes to extra, and no field of
// the page changes. It stands above the block's last field: after it,
// "Målgrupp: Unga vuxna" may as well be a section's heading over the text
// that follows.
func addUnknownLabel(d *doc, r *rand.Rand) bool {
	if d.layout != "colon" {
		return false
	}
	fs := d.placed()
	if len(fs) < 2 {
		return false
	}
	fs = fs[:len(fs)-1]
	u := pick(r, unknownLabels)
	label := pick(r, []func(string) string{func(s string) string { return s }, strings.ToLower, strings.ToUpper})(u[0])
	after := pick(r, fs)
	at := d.index(after.labelLine) + 1
	if after.valueLine != nil {
		at = d.index(after.valueLine) + 1
	}
	if r.IntN(2) == 0 {
		d.insert(at, &line{text: label + ": " + u[1], touched: true})
	} else {
		d.insert(at, &line{text: label + ":", touched: true}, &line{text: u[1], touched: true})
	}
	d.mayDiffer = append(d.mayDiffer, "extra")
	return true
}

// textKeys are the record's free-text keys, whose line breaks follow the
// page's.
var textKeys = []string{"summary", "background", "purpose", "goals", "accessibility", "transnational", "other_sections"}

// wrapText wraps the free text after the field block at 60 to 80 columns,
// as a mail program does. The texts keep the new line breaks, so they may
// differ; every other key must not, though a wrapped line may now begin
// with a label or heading word.
func wrapText(d *doc, r *rand.Rand) bool {
	return wrapTextAt(d, 60+r.IntN(21), 0)
}

// rewrapText wraps the free text after the field block at 60 to 80
// columns, then each line again a few columns narrower, as a mail wraps a
// text pasted into it already wrapped: a word or two stand alone on a
// line between two long ones ("… har som" / "mål" / "att öka …").
func rewrapText(d *doc, r *rand.Rand) bool {
	width := 60 + r.IntN(21)
	return wrapTextAt(d, width, width-3-r.IntN(10))
}

// screenWrapText wraps the free text after the field block at a phone's
// width, 28 to 50 columns, as a page copied off a phone's screen or a
// narrow window has it.
func screenWrapText(d *doc, r *rand.Rand) bool {
	return wrapTextAt(d, 28+r.IntN(23), 0)
}

// wrapTextAt wraps the free text after the field block at width, and
// again at narrower where it is set.
func wrapTextAt(d *doc, width, narrower int) bool {
	fs := d.placed()
	if len(fs) == 0 {
		return false
	}
	last := fs[len(fs)-1]
	end := d.index(last.labelLine)
	if last.valueLine != nil {
		end = d.index(last.valueLine)
	}
	var out []*line
	wrapped := false
	for _, l := range d.lines[end+1:] {
		if l.role != roleOther || len([]rune(l.text)) <= width || strings.ContainsRune(l.text, '\t') {
			// A row of a sheet's cells is no running text to wrap.
			out = append(out, l)
			continue
		}
		wrapped = true
		for _, w := range wrapWords(l.text, width) {
			parts := []string{w}
			if narrower > 0 {
				parts = wrapWords(w, narrower)
			}
			for _, p := range parts {
				out = append(out, &line{text: p, touched: true})
			}
		}
	}
	if !wrapped {
		return false
	}
	d.lines = append(d.lines[:end+1], out...)
	d.spacingMayDiffer = append(d.spacingMayDiffer, textKeys...)
	return true
}

// wrapWords breaks text into lines of width runes or fewer between its
// words; a longer word stands alone.
func wrapWords(text string, width int) []string {
	var lines []string
	cur := ""
	for _, w := range strings.Fields(text) {
		if cur != "" && len([]rune(cur))+1+len([]rune(w)) > width {
			lines = append(lines, cur)
			cur = ""
		}
		if cur != "" {
			cur += " "
		}
		cur += w
	}
	return append(lines, cur)
}

// sideBySide sets fields of a page with colons side by side on one line,
// two or three, each as "Label: value", after a gap of spaces or a tab, as
// a copy of a page printed in columns gives them. The record stays as it
// was.
func sideBySide(d *doc, r *rand.Rand) bool {
	fits := func(f *field) bool {
		l := f.labelLine
		return l.role == roleLabel && !l.touched && l.beside == nil && f.sep == ":" && d.index(l) >= 0 &&
			(f.inline && f.value != "" && f.valueLine == nil || !f.inline && f.valueLine != nil && !f.valueLine.touched && f.valueLine.text != "")
	}
	// last is the last line of a field: its value's, or its label's.
	last := func(f *field) *line {
		if f.valueLine != nil {
			return f.valueLine
		}
		return f.labelLine
	}
	fs := d.fields()
	var spots []int
	for i := 0; i+1 < len(fs); i++ {
		if fits(fs[i]) && fits(fs[i+1]) && d.index(fs[i+1].labelLine) == d.index(last(fs[i]))+1 {
			spots = append(spots, i)
		}
	}
	if len(spots) == 0 {
		return false
	}
	i := pick(r, spots)
	row := fs[i : i+2]
	if i+2 < len(fs) && fits(fs[i+2]) && d.index(fs[i+2].labelLine) == d.index(last(fs[i+1]))+1 && r.IntN(3) == 0 {
		row = fs[i : i+3]
	}
	gap := pick(r, []string{"  ", "    ", "\t", "          "})
	for j, f := range row {
		if !f.inline {
			// "Label:" over its value: the value comes up beside it.
			f.inline, f.value, f.gap = true, f.valueLine.text, " "
			d.remove(f.valueLine)
			f.valueLine = nil
		}
		f.labelLine.touched = true
		if j > 0 {
			row[j-1].labelLine.beside, row[j-1].labelLine.gap = f.labelLine, gap
			d.remove(f.labelLine)
		}
	}
	return true
}

// inColumns writes a run of three to five fields of a page with each value
// on the line below its label as a copy of a page laid out in two columns
// gives them: the labels, then their values in the same order, or the
// values first (valuesFirst), in a block of their own. With emptyCell, one of
// the run's fields is left empty, as a page leaves a field it has no value
// for: its value is gone from the column of values (what pdftotext gives),
// or a blank line stands for it. The record stays as it was but for that
// field.
func inColumns(valuesFirst, emptyCell bool) func(*doc, *rand.Rand) bool {
	return func(d *doc, r *rand.Rand) bool {
		fs := d.placed()
		stacked := func(f *field) bool {
			return !f.inline && f.valueLine != nil && f.valueLine.text != "" && !f.labelLine.touched && !f.valueLine.touched &&
				f.labelLine.beside == nil && d.index(f.valueLine) == d.index(f.labelLine)+1
		}
		var spots [][2]int // the first field of a run and its length
		for i := range fs {
			n := 0
			for i+n < len(fs) && stacked(fs[i+n]) && (n == 0 || d.index(fs[i+n].labelLine) == d.index(fs[i+n-1].valueLine)+1) {
				n++
			}
			if n >= 3 {
				spots = append(spots, [2]int{i, min(n, 3+r.IntN(3))})
			}
		}
		if len(spots) == 0 {
			return false
		}
		spot := pick(r, spots)
		run := fs[spot[0] : spot[0]+spot[1]]
		at := d.index(run[0].labelLine)
		var labels, values []*line
		for _, f := range run {
			f.labelLine.touched, f.valueLine.touched = true, true
			labels, values = append(labels, f.labelLine), append(values, f.valueLine)
		}
		if emptyCell {
			j := r.IntN(len(run))
			f := run[j]
			was := f.valueText()
			values = slices.Delete(values, j, j+1)
			if r.IntN(2) == 0 && j > 0 && j < len(run)-1 {
				values = slices.Insert(values, j, &line{role: roleOther, text: "", touched: true})
			}
			f.valueLine = nil
			d.expectNull(f, was)
		}
		blank := []*line{{role: roleOther, text: "", touched: true}}
		cols := slices.Concat(labels, values)
		if valuesFirst {
			cols = slices.Concat(blank, values, blank, labels)
		}
		d.lines = slices.Concat(d.lines[:at], cols, d.lines[at+2*len(run):])
		return true
	}
}

// kindleClippings writes the page as the passages someone marked on it in a
// Kindle, exported as "My Clippings.txt": each run of lines (a field, a
// paragraph) or each line a passage, under the book's title and a line of
// where and when it was marked, a separator after it. The record stays as
// it was.
func kindleClippings(d *doc, r *rand.Rand) bool {
	title := "Projektbanken (Svenska ESF-rådet)"
	swedish := r.IntN(2) == 0
	loc := 5 + r.IntN(20)
	mark := func() string {
		a := loc
		loc += 1 + r.IntN(3)
		if swedish {
			return fmt.Sprintf("- Din markering på sidan 1 | plats %d-%d | Tillagd måndag %d mars 2024 %02d:%02d:%02d", a, loc, 1+r.IntN(27), 8+r.IntN(12), r.IntN(60), r.IntN(60))
		}
		return fmt.Sprintf("- Your Highlight on page 1 | Location %d-%d | Added on Monday, %d March 2024 %02d:%02d:%02d", a, loc, 1+r.IntN(27), 8+r.IntN(12), r.IntN(60), r.IntN(60))
	}
	perLine := r.IntN(2) == 0
	var out []*line
	open := false
	for _, l := range d.lines {
		blank := l.role != roleLabel && strings.TrimSpace(l.text) == ""
		if blank {
			if open {
				out = append(out, &line{role: roleOther, text: "==========", touched: true})
				open = false
			}
			continue
		}
		if open && perLine {
			out = append(out, &line{role: roleOther, text: "==========", touched: true})
			open = false
		}
		if !open {
			out = append(out, &line{role: roleOther, text: title, touched: true}, &line{role: roleOther, text: mark(), touched: true}, &line{role: roleOther, text: "", touched: true})
			open = true
		}
		l.touched = true
		out = append(out, l)
	}
	if open {
		out = append(out, &line{role: roleOther, text: "==========", touched: true})
	}
	d.lines = out
	// A passage a line sets each line of a text apart, as paragraphs.
	d.spacingMayDiffer = append(d.spacingMayDiffer, textKeys...)
	return true
}

// formData writes the page's fields as the data of a filled-in form:
// pdftk's dump of a PDF form's fields ("---", "FieldType: Text",
// "FieldName: Region", "FieldFlags: 0", "FieldValue: Sydsverige"), or
// settings ("Region=Sydsverige", "Region = Sydsverige"); a form's names
// may be numbered apart, their spaces underscores ("Stödmottagare_ort_2").
// The page's other lines stay as they are.
func formData(d *doc, r *rand.Rand) bool {
	fs := d.fields()
	if len(fs) < 3 {
		return false
	}
	for _, f := range fs {
		if d.index(f.labelLine) < 0 || f.labelLine.beside != nil {
			return false // fields set side by side: a form has each apart
		}
	}
	pdftk, numbered := r.IntN(2) == 0, r.IntN(2) == 0
	eq := pick(r, []string{"=", " = "})
	for i, f := range fs {
		d.inline(f)
		name := strings.TrimSpace(f.label)
		if numbered {
			name = strings.ReplaceAll(name, " ", "_") + "_" + strconv.Itoa(i%3+1)
		}
		if !pdftk {
			f.pre, f.label, f.sep, f.post, f.gap = "", name, strings.TrimRight(eq, " "), "", strings.TrimLeft(eq, "=")
			continue
		}
		var head []*line
		for _, t := range []string{"---", "FieldType: Text", "FieldName: " + name, "FieldFlags: 0"} {
			head = append(head, &line{role: roleOther, text: t, touched: true})
		}
		d.insert(d.index(f.labelLine), head...)
		f.pre, f.label, f.sep, f.post, f.gap = "FieldValue: ", "", "", "", ""
	}
	return true
}

// mergeConflict leaves a merge's conflict around one field, as a page kept
// under version control and edited on two branches has it: "<<<<<<< HEAD",
// the field's lines, the lines of the base they began from (diff3), then
// "=======", the other branch's lines, the same or with another value, and
// ">>>>>>> branch". The first side is the page's; where it is empty, the
// field is lost and must be named.
func mergeConflict(d *doc, r *rand.Rand) bool {
	fs := d.untouched(func(f *field) bool { return d.index(f.labelLine) >= 0 && f.labelLine.beside == nil })
	if len(fs) == 0 {
		return false
	}
	f := pick(r, fs)
	first := []*line{f.labelLine}
	if f.valueLine != nil {
		first = append(first, f.valueLine)
	}
	for _, l := range d.lines {
		if l.continues == f {
			first = append(first, l)
		}
	}
	var same, other []*line
	changed := false
	for _, l := range first {
		t := l.render()
		same = append(same, &line{role: roleOther, text: t, touched: true})
		if !changed && (l == f.valueLine || l == f.labelLine && f.inline) && f.valueText() != "" {
			t = strings.Replace(t, f.valueText(), otherValue(f.valueText()), 1)
			changed = true
		}
		other = append(other, &line{role: roleOther, text: t, touched: true})
	}
	if r.IntN(3) == 0 {
		other = same
	}
	mark := func(t string) *line { return &line{role: roleOther, text: t, touched: true} }
	if r.IntN(4) == 0 {
		// The first side empty: the field stands on the other side
		// alone, which is not read; the field is lost, and must be
		// named.
		d.insert(d.index(first[len(first)-1])+1, mark(">>>>>>> "+pick(r, []string{"origin/main", "uppdatering-2021"})))
		d.insert(d.index(f.labelLine), mark("<<<<<<< HEAD"), mark("======="))
		for _, l := range first {
			l.touched = true
		}
		d.expectNull(f, f.valueText())
		return true
	}
	after := []*line{}
	if r.IntN(2) == 0 {
		after = append(after, mark("||||||| "+pick(r, []string{"base", "merged common ancestors", "7f3e2a1"})))
		after = append(after, same...)
	}
	after = append(after, mark("======="))
	after = append(after, other...)
	after = append(after, mark(">>>>>>> "+pick(r, []string{"origin/main", "uppdatering-2021", "a1b2c3d (Ny budget)"})))
	d.insert(d.index(first[len(first)-1])+1, after...)
	d.insert(d.index(f.labelLine), mark("<<<<<<< "+pick(r, []string{"HEAD", "Updated upstream"})))
	for _, l := range first {
		l.touched = true
	}
	return true
}

// otherValue is a value as another edit may have written it: a digit
// moved on, or a word added.
func otherValue(v string) string {
	if i := strings.IndexFunc(v, unicode.IsDigit); i >= 0 {
		return v[:i] + string('0'+(v[i]-'0'+1)%10) + v[i+1:]
	}
	return v + " AB"
}

// twoColumns lays the field block out in two columns side by side, as a
// PDF's text ("pdftotext -layout") or a scan's OCR keeps a box of facts
// printed in two: its lines run down the left column and on at the top of
// the right, which begins at one place on every line, three to eight
// spaces after the left column's longest line. With fold, the lines longer
// than a width are then folded after their last space within it, as fold
// -s or a mail folds them, the rest on a line of its own, indented or not.
// The record stays as it was.
func twoColumns(fold bool) func(*doc, *rand.Rand) bool {
	return func(d *doc, r *rand.Rand) bool {
		block := d.blockLines()
		if len(block) < 12 {
			return false // fewer than six lines with both columns
		}
		for _, l := range block {
			text := l.render()
			if l.beside != nil || strings.ContainsAny(text, "\t\v\f\u2028") || l.role == roleOther && strings.TrimSpace(text) != "" && l.continues == nil {
				return false // fields side by side, tabs, a page's break
			}
		}
		at := d.index(block[0])
		h := (len(block) + 1) / 2
		left, right := block[:h], block[h:]
		width := 0
		for _, l := range left {
			width = max(width, utf8.RuneCountInString(strings.TrimRight(l.render(), " ")))
		}
		col := width + 3 + r.IntN(6)
		var out []string
		for i, l := range left {
			s := strings.TrimRight(l.render(), " ")
			if i < len(right) && strings.TrimSpace(right[i].render()) != "" {
				s += strings.Repeat(" ", col-utf8.RuneCountInString(s)) + right[i].render()
			}
			out = append(out, s)
		}
		if fold {
			out = foldLines(out, col, r)
			if out == nil {
				return false
			}
		}
		lines := make([]*line, len(out))
		for i, s := range out {
			lines[i] = &line{role: roleOther, text: s, touched: true}
		}
		d.lines = slices.Concat(d.lines[:at], lines, d.lines[at+len(block):])
		return true
	}
}

// foldLines folds the lines of a page in two columns, the right at col,
// that are longer than a width drawn past col: after the last space within
// it, as fold -s does, the rest on the next line, indented two spaces or
// not. It returns nil where no line is that long.
func foldLines(lines []string, col int, r *rand.Rand) []string {
	longest := 0
	for _, s := range lines {
		longest = max(longest, utf8.RuneCountInString(s))
	}
	if longest < col+10 {
		return nil
	}
	width := col + 8 + r.IntN(longest-col-8)
	indent := pick(r, []string{"", "  "})
	var out []string
	folded := false
	for _, s := range lines {
		runes := []rune(s)
		cut := -1
		for i := min(width, len(runes)-1); len(runes) > width && i >= col-1; i-- {
			if runes[i] == ' ' {
				cut = i + 1
				break
			}
		}
		if cut < 0 {
			out = append(out, s)
			continue
		}
		out = append(out, string(runes[:cut]), indent+string(runes[cut:]))
		folded = true
	}
	if !folded {
		return nil
	}
	return out
}
