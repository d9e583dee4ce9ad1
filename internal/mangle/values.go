package mangle

import (
	"fmt"
	"math/rand/v2"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf16"

	"golang.org/x/text/encoding/charmap"
)

// Values written another way: what a typed field holds stays the same
// whichever way a page, a person or a program writes it.

var (
	amountValue  = regexp.MustCompile(`^(\d{1,3}(?: \d{3})*|\d+)(?: kr)?$`)
	percentValue = regexp.MustCompile(`^(\d{1,3})\s?%$`)
	postcode     = regexp.MustCompile(`^(\d{3}) ?(\d{2})$`)
	orgNumber    = regexp.MustCompile(`^(\d{6})-?(\d{4})$`)
	countValue   = regexp.MustCompile(`^\d{1,5}$`)
)

// swedishMonths are the month names pages write dates with.
var swedishMonths = []string{"januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"}

// group writes the digits of n in groups of three, split by sep.
func group(digits, sep string) string {
	var b strings.Builder
	for i, c := range digits {
		if i > 0 && (len(digits)-i)%3 == 0 {
			b.WriteString(sep)
		}
		b.WriteRune(c)
	}
	return b.String()
}

// amountForms are the ways of writing an amount of kronor.
var amountForms = []func(digits string) string{
	func(d string) string { return group(d, " ") + " kr" },
	func(d string) string { return group(d, "\u00a0") + " kr" },
	func(d string) string { return group(d, "\u202f") + "\u00a0kr" },
	func(d string) string { return d + " kr" },
	func(d string) string { return d },
	func(d string) string { return group(d, " ") + " SEK" },
	func(d string) string { return "SEK " + group(d, " ") },
	func(d string) string { return group(d, " ") + ":-" },
	func(d string) string { return group(d, " ") + ",00 kr" },
	func(d string) string { return group(d, ".") + " kr" },
	func(d string) string { return group(d, " ") + " kronor" },
}

// dateForms are the ways of writing a date given as year, month, day.
var dateForms = []func(y, m, d int) string{
	func(y, m, d int) string { return strconv.Itoa(d) + " " + swedishMonths[m-1] + " " + strconv.Itoa(y) },
	func(y, m, d int) string {
		return "den " + strconv.Itoa(d) + " " + swedishMonths[m-1] + " " + strconv.Itoa(y)
	},
	func(y, m, d int) string {
		return strconv.Itoa(d) + " " + swedishMonths[m-1][:3] + ". " + strconv.Itoa(y)
	},
	func(y, m, d int) string { return pad(d) + "." + pad(m) + "." + strconv.Itoa(y) },
	func(y, m, d int) string { return strconv.Itoa(y) + pad(m) + pad(d) },
	func(y, m, d int) string { return strconv.Itoa(y) + "-" + strconv.Itoa(m) + "-" + strconv.Itoa(d) },
	func(y, m, d int) string { return strconv.Itoa(y) + "." + pad(m) + "." + pad(d) },
}

func pad(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

// isoParts splits an ISO date.
func isoParts(s string) (y, m, d int) {
	y, _ = strconv.Atoi(s[:4])
	m, _ = strconv.Atoi(s[5:7])
	d, _ = strconv.Atoi(s[8:10])
	return y, m, d
}

// realDate reports an ISO date of a month that exists, with a day of at
// most 31: a page's invalid date stays as it is.
func realDate(s string) bool {
	_, m, d := isoParts(s)
	return m >= 1 && m <= 12 && d >= 1 && d <= 31
}

// periodForms join the two dates of a period, written as they are.
var periodForms = []func(a, b string) string{
	func(a, b string) string { return a + " – " + b },
	func(a, b string) string { return a + "–" + b },
	func(a, b string) string { return a + " till " + b },
	func(a, b string) string { return "från " + a + " till " + b },
	func(a, b string) string { return "fr.o.m. " + a + " t.o.m. " + b },
	func(a, b string) string { return a + " -- " + b },
}

// reformatValue writes one typed value another way that means the same:
// an amount with other digit groups or currency, a date in words or with
// dots, a period with another dash or "från … till", a rate with a space
// or "procent", a postcode or organisation number with or without its
// space or dash, a count with "st". The record stays as it was.
func reformatValue(d *doc, r *rand.Rand) bool {
	type change struct {
		f *field
		v string
	}
	var changes []change
	for _, f := range d.untouched(func(f *field) bool { return f.valueText() != "" }) {
		v := f.valueText()
		switch k := f.keys[0]; {
		case k == "total_budget_sek" || k == "esf_support_sek":
			if m := amountValue.FindStringSubmatch(v); m != nil {
				digits := strings.ReplaceAll(m[1], " ", "")
				changes = append(changes, change{f, pick(r, amountForms)(digits)})
			}
		case k == "start_date" && len(f.keys) == 2:
			if m := datePeriod.FindStringSubmatch(v); m != nil && realDate(m[1]) && realDate(m[3]) {
				a, b := m[1], m[3]
				if r.IntN(2) == 0 {
					form := pick(r, dateForms)
					a, b = form(isoParts(a)), form(isoParts(b))
				}
				changes = append(changes, change{f, pick(r, periodForms)(a, b)})
			}
		case k == "start_date" || k == "end_date":
			if isoDate.MatchString(v) && realDate(v) {
				changes = append(changes, change{f, pick(r, dateForms)(isoParts(v))})
			}
		case k == "eu_cofinancing_rate_pct":
			if m := percentValue.FindStringSubmatch(v); m != nil {
				changes = append(changes, change{f, pick(r, []string{m[1] + " %", m[1] + "%", m[1] + " procent", m[1] + ",0 %"})})
			}
		case k == "postcode":
			if m := postcode.FindStringSubmatch(v); m != nil {
				changes = append(changes, change{f, pick(r, []string{m[1] + " " + m[2], m[1] + m[2], "S-" + m[1] + " " + m[2], "SE-" + m[1] + " " + m[2]})})
			}
		case k == "owner_org_number":
			if m := orgNumber.FindStringSubmatch(v); m != nil {
				changes = append(changes, change{f, pick(r, []string{m[1] + m[2], m[1] + "-" + m[2], m[1] + " " + m[2], "SE" + m[1] + m[2] + "01"})})
			}
		case k == "participants":
			if countValue.MatchString(v) {
				changes = append(changes, change{f, pick(r, []string{v + " st", v + " deltagare", v + " personer"})})
			}
		}
	}
	// A change that writes the value as it was is no change.
	for i := 0; i < len(changes); {
		if changes[i].v == changes[i].f.valueText() {
			changes = append(changes[:i], changes[i+1:]...)
			continue
		}
		i++
	}
	if len(changes) == 0 {
		return false
	}
	c := pick(r, changes)
	d.setValue(c.f, c.v)
	return true
}

// typography writes one label or value with the characters a browser, a
// word processor or a PDF puts in: a no-break space for a space, a soft
// hyphen or a zero-width space inside a word, a non-breaking hyphen for a
// hyphen, a byte-order mark or zero-width space at the start of the line.
// The record stays as it was.
func typography(d *doc, r *rand.Rand) bool {
	var changes []func()
	for _, f := range d.untouched(nil) {
		touch := func(change func()) func() {
			return func() { change(); f.labelLine.touched = true }
		}
		if v := f.valueText(); strings.Contains(v, " ") {
			changes = append(changes, func() { d.setValue(f, strings.Replace(v, " ", "\u00a0", 1)) })
		}
		if strings.Contains(f.label, " ") {
			changes = append(changes, touch(func() { f.label = strings.Replace(f.label, " ", "\u00a0", 1) }))
		}
		if word := []rune(strings.Fields(f.label)[0]); len(word) >= 6 {
			at := len(string(word[:3]))
			mark := pick(r, []string{"\u00ad", "\u200b"})
			changes = append(changes, touch(func() { f.label = f.label[:at] + mark + f.label[at:] }))
		}
		if strings.Contains(f.label, "-") {
			changes = append(changes, touch(func() { f.label = strings.Replace(f.label, "-", "\u2011", 1) }))
		}
		mark := pick(r, []string{"\u200b", "\ufeff", "\u00a0"})
		changes = append(changes, touch(func() { f.pre = mark + f.pre }))
		for _, lig := range []struct{ letters, one string }{{"fi", "\ufb01"}, {"fl", "\ufb02"}, {"ff", "\ufb00"}} {
			// A PDF's ligature, copied as one character: "Speciﬁkt mål".
			if strings.Contains(f.label, lig.letters) {
				changes = append(changes, touch(func() { f.label = strings.Replace(f.label, lig.letters, lig.one, 1) }))
			}
			if v := f.valueText(); strings.Contains(v, lig.letters) {
				changes = append(changes, func() { d.setValue(f, strings.Replace(v, lig.letters, lig.one, 1)) })
			}
		}
	}
	if len(changes) == 0 {
		return false
	}
	pick(r, changes)()
	return true
}

// formatMarks puts marks of direction, embeddings or isolates, which a copy
// from a browser, Word or a chat app leaves around names and numbers,
// before or after a value or before a label: invisible, and no part of it.
func formatMarks(d *doc, r *rand.Rand) bool {
	fs := d.untouched(func(f *field) bool { return f.valueText() != "" })
	if len(fs) == 0 {
		return false
	}
	marks := []string{"\u200e", "\u200f", "\u202a", "\u202b", "\u202c", "\u2066", "\u2067", "\u2068", "\u2069"}
	f := pick(r, fs)
	v := f.valueText()
	switch r.IntN(4) {
	case 0:
		d.setValue(f, pick(r, marks)+v)
	case 1:
		d.setValue(f, v+pick(r, marks))
	case 2:
		d.setValue(f, "\u2066"+v+"\u2069")
	default:
		f.label = pick(r, marks) + f.label
	}
	f.labelLine.touched = true
	return true
}

// printBreaks are the lines a browser prints at the foot of one page and
// the head of the next, as a copy of a printed PDF keeps them.
var printBreaks = [][]string{
	{"https://www.esf.se/projektbanken/projekt 1/2", "2024-03-05 14:22 Projektbanken - Svenska ESF-rådet", "Sida 2 av 2"},
	{"https://www.esf.se/projektbanken/projekt", "Sida 1 av 2", "", "2024-03-05 14:22"},
	{"Page 1 of 2", "", "3/5/24, 2:22 PM"},
	{"www.esf.se/projektbanken 1 / 2", ""},
	{"", "Sida 1 av 3", ""},
	{"- 1 -", ""},
	{"", "1 (2)"},
	{"— 1 —", "", "2024-03-05 14:22"},
	{"[1]"},
	{"1/2", ""},
	{"Utskrivet 2024-03-05 14:22"},
	{"", "Printed on 5 March 2024", "Sida 2 av 2"},
}

// sheetFeet are the sheet numbers a printout's foot carries, %d the
// sheet's and the sheets'.
var sheetFeet = []string{"Sida %d av %d", "%d (%d)", "- %d -", "%d/%d", "https://www.esf.se/projekt/ %d/%d", "Utskrivet 2024-05-12 %d"}

// sheetHeadLines are the running heads a printout repeats at the top of
// its sheets after the first; "" stands for the page's title.
var sheetHeadLines = []string{"", "ESF-rådet | Projekt", "Utskrivet från ESF-rådets projektbank", "Projektsammanställning – Socialfonden", "Projektbanken - Svenska ESF-rådet"}

// minRunningSheets and maxSheetLines shape printRunningHeads' sheets: a
// head that names nothing of the council is a head only where it repeats.
const (
	minRunningSheets = 3
	maxSheetLines    = 20
)

// printRunningHeads cuts the page into sheets as a printout does, from
// below its title to its end, each sheet's number at its foot and the
// same running head at the top of every sheet after the first, a form
// feed between sheets or not. The record stays as it was.
func printRunningHeads(d *doc, r *rand.Rand) bool {
	title := d.index(d.title())
	if title < 0 {
		return false
	}
	from := title + 2
	k := min(maxSheetLines, (len(d.lines)-from)/minRunningSheets)
	if k < 4 {
		return false
	}
	head := pick(r, sheetHeadLines)
	if head == "" {
		head = d.title().text
	}
	foot := pick(r, sheetFeet)
	feed := r.IntN(2) == 0
	var cuts []int
	for at := from + k; at < len(d.lines); at += k {
		// Between two lines, never inside a label broken over two.
		for at < len(d.lines) && strings.HasSuffix(d.lines[at-1].render(), "-") {
			at++
		}
		if at < len(d.lines) {
			cuts = append(cuts, at)
		}
	}
	sheets := len(cuts) + 1
	for n := len(cuts); n >= 1; n-- {
		number := foot
		if strings.Count(foot, "%d") == 2 {
			number = fmt.Sprintf(foot, n, sheets)
		} else {
			number = fmt.Sprintf(foot, n)
		}
		top := head
		if feed {
			top = "\f" + head
		}
		var ls []*line
		for _, s := range []string{"", number, "", top, ""} {
			ls = append(ls, &line{text: s, touched: true})
		}
		d.insert(cuts[n-1], ls...)
	}
	last := foot
	if strings.Count(foot, "%d") == 2 {
		last = fmt.Sprintf(foot, sheets, sheets)
	} else {
		last = fmt.Sprintf(foot, sheets)
	}
	d.lines = append(d.lines, &line{text: "", touched: true}, &line{text: last, touched: true})
	d.spacingMayDiffer = append(d.spacingMayDiffer, textKeys...)
	return true
}

// siteLines are the lines a printout of the project bank carries at every
// sheet's top or foot naming the council's site: dated, or the page's
// title beside the council's name, as a browser's title bar writes it.
var siteLines = []string{
	"Utskrift från Projektbanken, Svenska ESF-rådet",
	"Utskrivet från ESF-rådets projektbank {date}",
	"{title} – Svenska ESF-rådet",
	"{title} | Projektbanken",
	"Svenska ESF-rådet - {title}",
	"esf.se/projekt",
}

// maxSiteSheets is the most sheets printSiteLines cuts a page into: at two
// the site's line stands at one break only.
const maxSiteSheets = 3

// printSiteLines cuts the page into two or three sheets, from below its
// title, as a printout does: the site's line at the top of every sheet
// after the first, the sheet's number at the foot before it or, a form
// feed opening the head, none; or the site's
// line at every sheet's foot, the last one's too, and the number at the
// next sheet's top. A form feed between sheets or not. The record stays as
// it was.
func printSiteLines(d *doc, r *rand.Rand) bool {
	title := d.index(d.title())
	if title < 0 {
		return false
	}
	from := title + 2
	sheets := 2 + r.IntN(maxSiteSheets-1)
	k := (len(d.lines) - from) / sheets
	if k < 4 {
		return false
	}
	site := strings.NewReplacer("{title}", d.title().text,
		"{date}", fmt.Sprintf("2026-%02d-%02d", 1+r.IntN(12), 1+r.IntN(28))).Replace(pick(r, siteLines))
	atFoot := r.IntN(2) == 0
	feed := ""
	if r.IntN(2) == 0 {
		feed = "\f"
	}
	// A head a form feed opens may stand with no sheet's number.
	numbered := atFoot || feed == "" || r.IntN(2) == 0
	var cuts []int
	for at := from + k; at < len(d.lines) && len(cuts) < sheets-1; at += k {
		// Between two lines, never inside a label broken over two.
		for at < len(d.lines) && strings.HasSuffix(d.lines[at-1].render(), "-") {
			at++
		}
		if at < len(d.lines) {
			cuts = append(cuts, at)
		}
	}
	if len(cuts) == 0 {
		return false
	}
	for n := len(cuts); n >= 1; n-- {
		number := fmt.Sprintf("Sida %d (%d)", n, len(cuts)+1)
		texts := []string{"", number, "", feed + site, ""}
		switch {
		case !numbered:
			texts = []string{"", feed + site, ""}
		case atFoot:
			number = fmt.Sprintf("Sida %d (%d)", n+1, len(cuts)+1)
			texts = []string{"", site, feed + number, ""}
		}
		var ls []*line
		for _, s := range texts {
			ls = append(ls, &line{text: s, touched: true})
		}
		d.insert(cuts[n-1], ls...)
	}
	if atFoot {
		d.lines = append(d.lines, &line{text: "", touched: true}, &line{text: site, touched: true})
	}
	d.spacingMayDiffer = append(d.spacingMayDiffer, textKeys...)
	return true
}

// printPageBreak puts a printed page's footer and the next page's header
// between two lines of the page, in the field block or in its text, as a
// copy of a PDF the browser printed does. The record stays as it was.
func printPageBreak(d *doc, r *rand.Rand) bool {
	title := d.index(d.title())
	if title < 0 || title+2 >= len(d.lines) {
		return false
	}
	// Between two lines, never inside a label broken over two.
	var spots []int
	for i := title + 2; i < len(d.lines); i++ {
		if p := d.lines[i-1]; !strings.HasSuffix(p.render(), "-") {
			spots = append(spots, i)
		}
	}
	if len(spots) == 0 {
		return false
	}
	at := pick(r, spots)
	var ls []*line
	for _, s := range pick(r, printBreaks) {
		ls = append(ls, &line{text: s, touched: true})
	}
	d.insert(at, ls...)
	// In the text a break may stand inside a paragraph or between two:
	// the blank lines around it may read as a paragraph's end.
	d.spacingMayDiffer = append(d.spacingMayDiffer, textKeys...)
	return true
}

// digitConfusions are the letters OCR reads digits as.
var digitConfusions = map[byte]string{'0': "O", '1': "l", '5': "S", '8': "B", '2': "Z"}

// ocrValue misreads one digit of a typed value as a letter, as OCR does:
// "4OO OOO kr", "2O21-02-01", "5O%". The record keeps the page's value,
// read through the slip, or a warning names the line: never another value.
func ocrValue(d *doc, r *rand.Rand) bool {
	typed := []string{"total_budget_sek", "esf_support_sek", "start_date", "end_date", "eu_cofinancing_rate_pct", "postcode", "owner_org_number", "participants"}
	type spot struct {
		f  *field
		at int
	}
	var spots []spot
	for _, f := range d.untouched(func(f *field) bool { return slices.Contains(typed, f.keys[0]) }) {
		v := f.valueText()
		for i := 0; i < len(v); i++ {
			if digitConfusions[v[i]] != "" {
				spots = append(spots, spot{f, i})
			}
		}
	}
	if len(spots) == 0 {
		return false
	}
	s := pick(r, spots)
	v := s.f.valueText()
	d.setValue(s.f, v[:s.at]+digitConfusions[v[s.at]]+v[s.at+1:])
	for _, k := range s.f.keys {
		d.mayDiffer = append(d.mayDiffer, derivedKeys[k]...)
	}
	return true
}

// typoLabel makes one typing slip in a label of five letters or more: two
// letters side by side swapped, one dropped or one doubled. The record
// reads the label through the slip, or a warning names the line.
func typoLabel(d *doc, r *rand.Rand) bool {
	fs := d.untouched(func(f *field) bool { return len([]rune(f.label)) >= 5 })
	if len(fs) == 0 {
		return false
	}
	f := pick(r, fs)
	runes := []rune(f.label)
	// Not the first letter, which a reader of the page would see.
	at := 1 + r.IntN(len(runes)-2)
	switch r.IntN(3) {
	case 0:
		runes[at], runes[at+1] = runes[at+1], runes[at]
	case 1:
		runes = append(runes[:at], runes[at+1:]...)
	default:
		runes = append(runes[:at+1], runes[at:]...)
	}
	if string(runes) == f.label {
		return false
	}
	f.label = string(runes)
	f.labelLine.touched = true
	return true
}

// labelMarks adds to a label with a colon what forms and typists put
// there: a star for a field the form asks for, a colon typed twice, a
// note in brackets ("(namn)", "(kr)" after an amount's label). The record
// stays as it was.
func labelMarks(d *doc, r *rand.Rand) bool {
	fs := d.untouched(func(f *field) bool { return f.sep == ":" })
	if len(fs) == 0 {
		return false
	}
	f := pick(r, fs)
	marks := []string{"*", " *", "", " (obligatorisk)"}
	switch f.keys[0] {
	case "total_budget_sek", "esf_support_sek":
		marks = append(marks, " (kr)", " (SEK)")
	}
	if m := pick(r, marks); m == "" {
		f.sep = "::"
	} else {
		f.label += m
	}
	f.labelLine.touched = true
	return true
}

// doubleEncode writes s as a program does that read its UTF-8 bytes as
// Windows-1252 and wrote them out as UTF-8 again: "Projektägare" becomes
// "ProjektÃ¤gare", "–" becomes "â€“"; a byte Windows-1252 does not have
// becomes the replacement character.
func doubleEncode(s string) string {
	out, err := charmap.Windows1252.NewDecoder().String(s)
	if err != nil {
		return s
	}
	return out
}

// doubleEncoded writes the page, or one label or value of it, encoded
// twice, as a page saved or pasted through a program that took the wrong
// encoding shows it. The record stays as it was.
func doubleEncoded(d *doc, r *rand.Rand) bool {
	nonASCII := func(s string) bool { return strings.ContainsFunc(s, func(c rune) bool { return c > 0x7F }) }
	var changes []func()
	for _, f := range d.untouched(nil) {
		if v := f.valueText(); nonASCII(v) {
			changes = append(changes, func() { d.setValue(f, doubleEncode(v)) })
		}
		if nonASCII(f.label) {
			changes = append(changes, func() { f.label = doubleEncode(f.label); f.labelLine.touched = true })
		}
	}
	whole := !d.doubled && !d.escaped && slices.ContainsFunc(d.lines, func(l *line) bool { return nonASCII(l.render()) })
	switch {
	case whole && (len(changes) == 0 || r.IntN(2) == 0):
		d.doubled = true
	case len(changes) > 0:
		pick(r, changes)()
	default:
		return false
	}
	return true
}

// htmlEscape writes s as a page's source or a scraper's export does: an
// ampersand and every letter outside ASCII as an entity.
func htmlEscape(s string) string {
	named := map[rune]string{'å': "aring", 'ä': "auml", 'ö': "ouml", 'Å': "Aring", 'Ä': "Auml", 'Ö': "Ouml", 'é': "eacute", 'ü': "uuml"}
	var b strings.Builder
	for _, c := range s {
		switch {
		case c == '&':
			b.WriteString("&amp;")
		case named[c] != "":
			b.WriteString("&" + named[c] + ";")
		case c > 0x7F && unicode.IsLetter(c):
			b.WriteString("&#" + strconv.Itoa(int(c)) + ";")
		default:
			b.WriteRune(c)
		}
	}
	return b.String()
}

// htmlLeftovers writes the whole page, or one value, as a page's source, a
// scraper's CSV or a content system's export has it: its letters as
// entities ("F&ouml;rs&ouml;rjning"), or a line break's tag after it, or
// emphasis round it. The record stays as it was.
func htmlLeftovers(d *doc, r *rand.Rand) bool {
	var changes []func()
	for _, f := range d.untouched(nil) {
		v := f.valueText()
		if v == "" {
			continue
		}
		if e := htmlEscape(v); e != v {
			changes = append(changes, func() { d.setValue(f, e) })
		}
		changes = append(changes, func() { d.setValue(f, v+pick(r, []string{"<br>", "<br/>", "<br />", "</p>"})) })
		changes = append(changes, func() { d.setValue(f, "<b>"+v+"</b>") })
	}
	switch {
	case !d.entities && !d.escaped && r.IntN(3) == 0:
		d.entities = true
	case len(changes) > 0:
		pick(r, changes)()
	default:
		return false
	}
	return true
}

// unicodeEscape writes each character of s beyond ASCII as the escape
// JSON and JavaScript write for it, a pair of them beyond the basic plane.
func unicodeEscape(s string) string {
	var b strings.Builder
	for _, c := range s {
		if c <= 0x7F {
			b.WriteRune(c)
			continue
		}
		if c > 0xFFFF {
			hi, lo := utf16.EncodeRune(c)
			fmt.Fprintf(&b, "\\u%04x\\u%04x", hi, lo)
			continue
		}
		fmt.Fprintf(&b, "\\u%04x", c)
	}
	return b.String()
}

// unicodeEscapes writes the whole page as a copy of an API's answer or a
// browser's console keeps it: every character beyond ASCII escaped
// ("Projekt\u00e4gare"). The record stays as it was.
func unicodeEscapes(d *doc, r *rand.Rand) bool {
	if d.escaped || d.entities || d.doubled || d.quotedPrintable {
		return false
	}
	nonASCII := func(s string) bool { return strings.ContainsFunc(s, func(c rune) bool { return c > 0x7F }) }
	for _, l := range d.lines {
		if nonASCII(l.render()) {
			l.touched = true
			d.escaped = true
		}
	}
	return d.escaped
}
