package parser

import (
	"iter"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// form is how a line writes a known label.
type form uint8

const (
	formNone   form = iota
	formBare        // the label alone: its value is on a later line
	formColon       // "Label:" alone, or "Label: value"
	formTab         // "Label<TAB>value", a row of a table
	formGlued       // "Labelvalue"
	formSpaced      // "Label value", no colon
)

// pageLine is one line of the input as the classifier saw it. Every line
// is classified once, before any reading, and the reader only looks.
type pageLine struct {
	num  int    // the 1-based line of the input
	text string // trimmed of white space and zero-width characters

	term  *term  // a known label at the line's start, if any
	value string // the value on the same line as the label
	// heading is set when the line is exactly a known heading.
	heading *term
	// unknownLabel is the label of an unknown "Label:" or "Label: value"
	// line; the value is in value.
	unknownLabel string
	// spelling says how a label read by spellingOf departs from the
	// label's own spelling; empty for a label the term trie read.
	spelling string
	// unit is an amount's unit that a label's note in brackets gives
	// ("Total projektbudget (tkr)") for a value on a line below.
	unit string

	// off is where text starts in the page's text, for sections that
	// are a run of it; a line made of others' text has an offset that
	// text does not stand at, which readers of off check.
	off int

	// The small fields last, together.
	form      form
	furniture furniture
	// sheetBreak marks a line that holds a form feed: a new sheet of a
	// printout, whose header and footer may follow.
	sheetBreak bool
	// runningHead marks a line read as a report's running head or foot,
	// or its sheet's number (reportFooters), which the audit names.
	runningHead bool
	// inBrackets marks a label read with its value in brackets after it
	// (valueInBrackets), which a value below may take back
	// (bracketsOverValue).
	inBrackets bool
	// reads reports a glued or spaced value that reads as its key, or a
	// line after a bare or colon label, which may always be a value.
	reads bool
	// columns, on the first label of a run that pairColumns put in pairs,
	// is how many labels the run has.
	columns uint16
	// columnValues, on that label, is how many values it paired them
	// with: fewer where the copy left out a cell left empty.
	columnValues uint16
	// runIn marks a heading split off the text after it on its line
	// ("Syfte: Att …").
	runIn bool
}

func (l *pageLine) blank() bool { return l.text == "" }

// skippable reports a line the field block reads past: blank, or page
// furniture.
func (l *pageLine) skippable() bool { return l.text == "" || l.furniture != notFurniture }

// writtenAsLabel reports a known label written the way only a label is:
// alone, with a colon, or before a tab. A glued or spaced one may be text.
func (l *pageLine) writtenAsLabel() bool {
	return l.term != nil && (l.form == formBare || l.form == formColon || l.form == formTab)
}

// marksPageTop reports furniture that stands only where a page begins: a
// separator line, or the top of a printed page. It ends a field block.
func (l *pageLine) marksPageTop() bool {
	return l.furniture == furnitureSeparator || l.furniture == furniturePageTop
}

// headingLen bounds the length of a line looked up as a heading or
// furniture; prose is longer.
const headingLen = 120

// classifyText splits text into lines, classifies each and appends them
// to lines; a line slips names is the label it gives. A page pasted after another whose last line had no line end
// starts on that line: the two are split apart, and both keep the line's
// number. at maps the text's lines to the input's (at[i] for line i+1),
// nil when they are the same.
func classifyText(text string, at []int, lines []pageLine, slips map[slipLine]*term, memo lineMemo) []pageLine {
	formFeeds := strings.IndexByte(text, '\f') >= 0
	// A line each, grown once: a long input's lines are not copied as
	// the slice doubles.
	lines = slices.Grow(lines, strings.Count(text, "\n")+1)
	n := 0
	for start, r := range eachLineAt(text) {
		n++
		num := n
		if at != nil && n <= len(at) {
			num = at[n-1]
		}
		for formFeeds {
			// "…2027.\fProgramområde…": a sheet ended where the page
			// pasted after it had no line end before its first line; the
			// form feed stands between the two as a line of its own.
			cut := midFormFeed(r)
			if cut < 0 {
				break
			}
			lines = classifyLine(lines, r[:cut], start, num, formFeeds, slips, memo)
			lines = append(lines, pageLine{num: num, off: start + cut, sheetBreak: true})
			r, start = r[cut+1:], start+cut+1
		}
		lines = classifyLine(lines, r, start, num, formFeeds, slips, memo)
	}
	return labelledPrints(sheetHeads(sheetNumbers(reportFooters(slideFooters(runningHeads(wordsInSentence(navLinks(siteAddress(feedbackAnswers(signatureBlocks(letterEnds(pairColumns(joinWrappedValues(joinBrokenHeadings(joinBrokenLabels(splitGluedEntries(splitGluedBareTitles(splitGluedTitles(emptyValueDashes(printedTabs(screenChrome(nextPageHeadings(relatedBoxes(gluedCapitals(bracketsOverValue(doubledTabs(labelRules(tableRules(stackedPageStamps(bulletedMenu(facetNames(wrappedHeadingWords(lines, text)), text)))))))))))), formFeeds), formFeeds), formFeeds), formFeeds), formFeeds), formFeeds))))))))))))))
}

// wrappedHeadingWords reads a heading's word in small letters alone on an
// indented line right below a line of text (" kommun" below "Bakgrund och
// nuläge i Trelleborgs") as the text's: a narrow window wrapped the line
// there, and a heading stands at the line's start in its own capital.
func wrappedHeadingWords(lines []pageLine, text string) []pageLine {
	for i := 1; i < len(lines); i++ {
		l, above := &lines[i], &lines[i-1]
		if l.heading != nil && !l.runIn && unicode.IsLower(firstRune(l.text)) && strings.EqualFold(l.text, l.heading.text) && indentedAt(text, l.off) &&
			above.num == l.num-1 && above.text != "" && above.heading == nil && above.term == nil && above.furniture == notFurniture {
			l.heading = nil
		}
	}
	return lines
}

// tableRules reads a separator's line between two rows of a text table
// ("| Projektnummer | 2015/00764 |" / "=====" / "| Projektägare | …"), a
// rule an OCR or a hand drew between its rows, as the table's border: no
// boundary between pages, unless the rows below give a field again
// (rowsRepeat).
func tableRules(lines []pageLine) []pageLine {
	for i := 1; i+1 < len(lines); i++ {
		if l := &lines[i]; l.furniture == furnitureSeparator && gridRow(lines[i-1].text) && gridRow(lines[i+1].text) && !rowsRepeat(lines, i) {
			l.furniture = furnitureLine
		}
	}
	return lines
}

// typedValue reports v as a value of k, a field whose values have a form
// of their own (an amount, a date, a count, a code), not a text's.
func typedValue(k Key, v string) bool {
	return k < numKeys && setters[k].set != nil && !setters[k].text && valueReads(k, v)
}

// labelRules reads a separator's line right between a label alone and a
// line that reads as that label's value, where the field is typed
// (typedValue: "Beviljat ESF-stöd:" / "—_—" / "400 000"), an OCR's speck
// or a rule drawn under the label, as no boundary between pages: no page
// begins with an amount, a date or a code, and the block goes on below
// the value with a label. A text field's label may end a page left empty
// ("Stödmottagarens address:"), the next page's title below the rule, and
// a page's last label its own page's ("2020/00634 - Framtidsresan" below
// "Projektnummer:").
func labelRules(lines []pageLine) []pageLine {
	for i := 1; i+1 < len(lines); i++ {
		l, label, value := &lines[i], &lines[i-1], &lines[i+1]
		if l.furniture != furnitureSeparator || label.term == nil || label.value != "" || !label.writtenAsLabel() ||
			value.term != nil || value.heading != nil || value.blank() || value.furniture != notFurniture || !typedValue(label.term.key, value.text) ||
			i+2 >= len(lines) || lines[i+2].term == nil || !lines[i+2].writtenAsLabel() {
			continue
		}
		l.furniture = furnitureLine
	}
	return lines
}

// rowsRepeat reports a table's rows below line i that give a field its
// rows above give, up to the lines that are no rows: two pages' tables,
// the rule between them the pages' separator.
func rowsRepeat(lines []pageLine, i int) bool {
	var above [numKeys]bool
	for j := i - 1; j >= 0 && gridRow(lines[j].text); j-- {
		if t := lines[j].term; t != nil {
			above[t.key] = true
		}
	}
	for j := i + 1; j < len(lines) && gridRow(lines[j].text); j++ {
		if t := lines[j].term; t != nil && above[t.key] {
			return true
		}
	}
	return false
}

// gridMarks are the marks a text table's columns are parted by.
const gridMarks = "|¦│"

// trimGridEnd returns a table's cell's value without the grid's mark that
// closes its row ("Sydsverige |", "Nej ¦", "141 │").
func trimGridEnd(value string) string {
	last, size := utf8.DecodeLastRuneInString(value)
	if !strings.ContainsRune(gridMarks, last) {
		return value
	}
	return strings.TrimSpace(value[:len(value)-size])
}

// gridRow reports a text table's row: two of its grid marks or more, one
// of them first or last.
func gridRow(text string) bool {
	if text == "" || strings.Count(text, "|")+strings.Count(text, "¦")+strings.Count(text, "│") < 2 {
		return false
	}
	first, _ := utf8.DecodeRuneInString(text)
	last, _ := utf8.DecodeLastRuneInString(text)
	return strings.ContainsRune(gridMarks, first) || strings.ContainsRune(gridMarks, last)
}

// minDoubledTabRows is the fewest rows "Label<TAB><TAB>value" that make
// two tabs the input's way of parting a label from its value: a sheet
// pasted with an empty column between its labels and values, or a note
// that used two tabs to line the values up. One such row among rows of
// one tab is a row of three columns whose value's cell is empty; three
// rows, and minDoubledShare times the rows of one tab or more, are the
// input's way. A sheet with a third column of comments beside values
// mostly given ("Saknas i ansökan" where a value is empty) has more rows
// of one tab.
const (
	minDoubledTabRows = 3
	minDoubledShare   = 4
)

// doubledTabs reads the value of each row "Label<TAB><TAB>value" from the
// cell after the empty one where such rows are the input's way of
// writing a label's value (minDoubledTabRows); elsewhere openLabel keeps
// the row's value empty and names the cells after it.
func doubledTabs(lines []pageLine) []pageLine {
	doubled, single := 0, 0
	for i := range lines {
		l := &lines[i]
		if l.term == nil || l.form != formTab || l.value == "" {
			continue
		}
		if l.value[0] == '\t' {
			doubled++
		} else {
			single++
		}
	}
	if doubled < minDoubledTabRows || single*minDoubledShare > doubled {
		return lines
	}
	for i := range lines {
		if l := &lines[i]; l.term != nil && l.form == formTab && l.value != "" && l.value[0] == '\t' {
			l.value = l.value[1:]
		}
	}
	return lines
}

// classifyLine classifies the line r, which starts at offset start of the
// text and is line num of the input, and appends it to lines: as one
// line, or as the lines a page's line that holds two is split into.
func classifyLine(lines []pageLine, r string, start, num int, formFeeds bool, slips map[slipLine]*term, memo lineMemo) []pageLine {
	l := memo.classify(r, num, formFeeds)
	l.off = start + len(r) - len(trimLineLeft(r))
	if split, ok := appendHeadingWithText(lines, &l, num, formFeeds); ok {
		return split
	}
	if l.term != nil && (l.form == formColon || l.form == formTab) && l.value != "" {
		if fields, ok := sideBySide(r, num, formFeeds); ok {
			// Fields side by side, from a page printed in columns:
			// each is a line of its own, with the line's number.
			for i := range fields {
				fields[i].off += start
			}
			return append(lines, fields...)
		}
	}
	if (l.furniture == notFurniture && (l.term == nil || endsWithPageTop(l.value)) || l.furniture == furnitureCookie) && len(l.text) > 20 {
		// "RegionSydsverigeLogotyp på utskrifter": the next page's
		// top glued to a field's value too.
		if before, top, ok := splitPageTop(l.text); ok {
			return append(lines, classify(before, num, formFeeds), classify(top, num, formFeeds))
		}
	}
	if t := slips[slipLine{num, l.text}]; t != nil && l.term == nil && l.furniture == notFurniture {
		// A stacked label with a slip that the audit named on the
		// input's first reading (Parse).
		l.term, l.form, l.spelling = t, formBare, "written "+quoteShort(l.text)
		l.value, l.unknownLabel, l.heading = "", "", nil
	}
	return append(lines, l)
}

// midFormFeed returns the index of the first form feed in line with text
// on both sides of it, or -1.
func midFormFeed(line string) int {
	first := strings.IndexFunc(line, notSpace)
	last := strings.LastIndexFunc(line, notSpace)
	if first < 0 {
		return -1
	}
	if i := strings.IndexByte(line[first:last], '\f'); i >= 0 {
		return first + i
	}
	return -1
}

// notSpace reports a character that is no space.
func notSpace(r rune) bool { return !unicode.IsSpace(r) }

// labelledPrints gives a label with no value on its line the line below
// it that reads as a printout's own, which the label's value may be: the
// web address alone ("Webbplats:" / "https://www.…"), as the page's
// address alone is, but not an address on esf.se, the printout's own; and,
// below a label esf does not know, a date and a time alone ("Ändrad:" /
// "2023-04-12 14:32"), which a printout stamps as well: not first on a
// sheet, nor written again elsewhere, as a printout's stamp is. A known label's
// date is its reader's (printLineIsValue). In a stacked block, the label
// is a line that reads like one, with no colon, between the block's
// lines: a line above it, and a label or a line that reads like one below
// the value ("Webbplats" / "https://…" / "Projektledare").
func labelledPrints(lines []pageLine) []pageLine {
	for i := 1; i < len(lines); i++ {
		l, above := &lines[i], &lines[i-1]
		if l.furniture != furniturePrint || above.value != "" || above.term == nil && above.unknownLabel == "" && !stackedAddress(lines, i) {
			continue
		}
		address := !strings.ContainsAny(l.text, " \t") && printURL.MatchString(l.text) && !containsFoldASCII(l.text, "esf.se")
		if !address && (above.term != nil || !dateTimeAlone.MatchString(l.text) || l.sheetBreak || stampedAgain(lines, i)) {
			continue // the project bank's address is the printout's own
		}
		*l = pageLine{num: l.num, text: l.text, off: l.off, sheetBreak: l.sheetBreak}
	}
	return lines
}

// stampedAgain reports the line at i written again on another line of
// lines: a printout's stamp, at each sheet's top.
func stampedAgain(lines []pageLine, i int) bool {
	for j := range lines {
		if j != i && lines[j].text == lines[i].text {
			return true
		}
	}
	return false
}

// dateTimeAlone is a line of a date and a time and nothing else, as a
// printout stamps it: "2023-04-12 14:32", "12/4/2023, 14.32:10".
var dateTimeAlone = lazyRE(`^(?:\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4}),?\s+\d{1,2}[:.]\d{2}(?::\d{2})?$`)

// stackedAddress reports a web address at i in a stacked block, below a
// line that reads like a label esf does not know: a line right above it,
// or a blank line above it and an entry's two lines below; the line
// right below a label or like one.
func stackedAddress(lines []pageLine, i int) bool {
	if i < 2 || i+1 >= len(lines) {
		return false
	}
	above, top := &lines[i-1], &lines[i-2]
	if above.furniture != notFurniture || !looksLikeLabel(above.text) || top.blank() && (i+2 >= len(lines) || lines[i+2].blank()) {
		return false // first below a blank line, the label must have an entry below the address
	}
	if top.term != nil && top.value == "" && top.form == formBare {
		return false // "Kontaktperson" / "Kaisa Welander" / "https://…": the line above is a value
	}
	below := &lines[i+1]
	return !below.blank() && (below.term != nil || looksLikeLabel(below.text))
}

// runningHeads marks as a printout's furniture the lines that a word
// processor repeats at the head of every sheet below its page number
// ("Sida 2 (3)" / "Projektsammanställning ESF" / "2024-05-02"): the lines
// right below a sheet's page number that repeat the input's first lines,
// above its first label, in their order, minRunningHead of them at
// least, where the page goes on below. The input's top keeps its lines:
// its title may be the running head. A line above the page number, or
// one alone that repeats the input's first line, is the page's: a list's
// item, a value's end.
func runningHeads(lines []pageLine) []pageLine {
	var top []string // the input's first lines
	topEnd := 0      // the index below them
	for ; topEnd < len(lines) && len(top) < runningHeadLines && lines[topEnd].term == nil; topEnd++ {
		if !lines[topEnd].blank() {
			top = append(top, lines[topEnd].text)
		}
	}
	for b := topEnd; b < len(lines); b++ {
		if lines[b].furniture != furniturePrint || lines[b].term != nil || pageBelow(lines, b) {
			continue
		}
		// The lines right below the page number that repeat the input's
		// first lines, in their order, two of them at least.
		n := 0
		for n < len(top) && b+1+n < len(lines) && lines[b+1+n].text == top[n] && lines[b+1+n].term == nil && lines[b+1+n].heading == nil {
			n++
		}
		if n < minRunningHead {
			continue
		}
		for i := b + 1; i <= b+n; i++ {
			lines[i].furniture = furniturePrint
		}
	}
	return headsAboveNumbers(lines)
}

// headsAboveNumbers marks as a printout's furniture the lines right above
// a sheet's page number that repeat, in their order, the lines above the
// first sheet's number ("TRELLEBORGS KOMMUN" / "SAMMANTRÄDESPROTOKOLL" /
// "Kommunstyrelsen" / "Sammanträdesdatum 2008-10-08" / "Sida 18 av 27",
// minutes' head on every sheet), minAboveHead of them at least: a page's
// own line repeats the input's first lines so seldom.
func headsAboveNumbers(lines []pageLine) []pageLine {
	first := -1
	for i := range lines {
		if lines[i].furniture == furniturePrint && lines[i].term == nil {
			first = i
			break
		}
		if lines[i].term != nil || i > maxAboveHead {
			return lines // a label above the first number: no head there
		}
	}
	if first < minAboveHead {
		return lines // no number, or too few lines above it
	}
	head := lines[:first]
	if filled := len(head) - blankLines(head); filled < minAboveHead {
		return lines // counted without its blank lines
	}
	for b := first + 1; b < len(lines); b++ {
		if lines[b].furniture != furniturePrint || lines[b].term != nil || b < len(head) {
			continue
		}
		same := true
		for k := 1; k <= len(head) && same; k++ {
			same = lines[b-k].text == head[len(head)-k].text && lines[b-k].term == nil
		}
		if same {
			for k := 1; k <= len(head); k++ {
				lines[b-k].furniture = furniturePrint
			}
		}
	}
	return lines
}

// blankLines counts the blank lines among lines.
func blankLines(lines []pageLine) int {
	n := 0
	for i := range lines {
		if lines[i].blank() {
			n++
		}
	}
	return n
}

// minAboveHead and maxAboveHead bound the lines of a head above every
// sheet's page number: a name and a title at least, a few at most.
const (
	minAboveHead = 3
	maxAboveHead = 6
)

// pageBelow reports a page that begins below the printout's line at b:
// the first label below it is one that stands above it too, another
// page's, pasted below a printout's foot.
func pageBelow(lines []pageLine, b int) bool {
	for i := b + 1; i < len(lines); i++ {
		if t := lines[i].term; t != nil {
			for j := range b {
				if lines[j].term != nil && lines[j].term.key == t.key {
					return true
				}
			}
			return false
		}
	}
	return false
}

// runningHeadLines is the most lines a running head has: a title, a
// date and a rule. minRunningHead is the fewest runningHeads reads: one
// line alone may as well be the page's own.
const (
	runningHeadLines = 3
	minRunningHead   = 2
)

// emptyDashes is how a form shows a field with no value: Dynamics' and
// other case systems' "---".
const emptyDashes = "---"

// emptyValueDashes reads a line of emptyDashes, or of dots that say a
// value is missing ("..."), between a label alone and the
// next label of the block as the first label's empty value, which a case
// system's form or a writer puts so ("Stödmottagarens adress" / "---" /
// "Programområde"), not a separator between pages.
func emptyValueDashes(lines []pageLine) []pageLine {
	for i := 1; i+1 < len(lines); i++ {
		l := &lines[i]
		if text := strings.TrimSpace(l.text); l.furniture != furnitureSeparator || text != emptyDashes && strings.Trim(text, ".…") != "" {
			continue // "...": a placeholder too; "***" is a rule
		}
		above, below := &lines[i-1], &lines[i+1]
		if above.term != nil && above.value == "" && above.writtenAsLabel() && below.term != nil && below.writtenAsLabel() {
			l.furniture = notFurniture
		}
	}
	return lines
}

// maxSignatureLines bounds the lines of a mail's signature below its
// closing: a name, a title, an organisation, telephones, an address and a
// web address.
const maxSignatureLines = 8

// signatureBlocks marks as the signature the lines right below a mail's
// closing ("Med vänlig hälsning" / "Anna Svensson" / "Projektsamordnare"
// / "Tel: 070-123 45 67"), up to a blank line: a reply above a page, whose
// telephone is no field of the page. A label of the page's other than a
// contact's ends the signature.
func signatureBlocks(lines []pageLine) []pageLine {
	for i := 0; i < len(lines); i++ {
		if lines[i].text == "--" && lines[i].furniture == notFurniture && dashesSignature(lines, i) {
			lines[i].furniture = furnitureSignature
		}
		if lines[i].furniture != furnitureSignature || isForwardHeader(lines[i].text) {
			continue
		}
		end := min(len(lines), i+1+maxSignatureLines)
		for i++; i < end && !lines[i].blank(); i++ {
			l := &lines[i]
			if l.furniture != notFurniture && l.furniture != furnitureSignature || l.heading != nil ||
				l.term != nil && !signatureKey(l.term.key) && !signatureOrganisation(l) || isIDTitle(l) {
				// An "ID - Name" title is the next page's, below its
				// separator.
				break
			}
			*l = pageLine{num: l.num, text: l.text, off: l.off, furniture: furnitureSignature, sheetBreak: l.sheetBreak}
		}
		i-- // the line that ended the signature may begin another
	}
	return lines
}

// maxFeedbackAnswers bounds the buttons below a site's question whether
// the page helped: "Ja", "Nej", "Delvis".
const maxFeedbackAnswers = 3

// feedbackAnswers marks as furniture the answers, each alone on its line,
// below a question that is the site's furniture ("Hittade du det du
// sökte?" / "Ja" / "Nej"): its buttons, no text of the page's.
func feedbackAnswers(lines []pageLine) []pageLine {
	for i := range lines {
		if lines[i].furniture != furnitureLine {
			continue
		}
		if newsletterHeads[strings.ToLower(lines[i].text)] {
			signUpForm(lines, i)
			continue
		}
		if !strings.HasSuffix(lines[i].text, "?") {
			continue
		}
		for j, n := i+1, 0; j < len(lines) && n < maxFeedbackAnswers; j++ {
			l := &lines[j]
			if l.blank() {
				continue
			}
			if !feedbackAnswer[strings.ToLower(l.text)] {
				break
			}
			n++
			*l = pageLine{num: l.num, text: l.text, off: l.off, furniture: furnitureLine, sheetBreak: l.sheetBreak}
		}
	}
	return lines
}

// signUpForm marks as furniture the fields and the button of a site's
// form to sign up for its newsletter, each alone on its line, below its
// heading at i ("Prenumerera på nyhetsbrev" / "E-post" / "Prenumerera"):
// a run of such lines that holds a button. A label with its value below
// ("E-post" / "kaisa.welander@kristianstad.se") is no such run.
func signUpForm(lines []pageLine, i int) {
	var run []int
	button := false
	for j := i + 1; j < len(lines) && len(run) < maxSignUpLines; j++ {
		l := &lines[j]
		if l.blank() {
			continue
		}
		t := strings.ToLower(strings.TrimSpace(l.text))
		if !signUpFields[t] && !signUpButtons[t] {
			break
		}
		button = button || signUpButtons[t]
		run = append(run, j)
	}
	if !button {
		return
	}
	for _, j := range run {
		l := &lines[j]
		*l = pageLine{num: l.num, text: l.text, off: l.off, furniture: furnitureLine, sheetBreak: l.sheetBreak}
	}
}

// maxSignUpLines bounds a newsletter's form: a name, an address, a
// consent and a button, each alone on its line.
const maxSignUpLines = 4

// newsletterHeads head a site's form to sign up for its newsletter, in
// small letters; each is the site's furniture (siteFurniture).
var newsletterHeads = map[string]bool{
	"prenumerera på nyhetsbrev": true, "prenumerera på vårt nyhetsbrev": true, "prenumerera på nyhetsbrevet": true,
	"nyhetsbrev": true, "newsletter": true, "anmäl dig till nyhetsbrevet": true, "subscribe to our newsletter": true,
}

// signUpFields and signUpButtons are the fields and buttons of a
// newsletter's form, in small letters.
var (
	signUpFields = map[string]bool{
		"e-post": true, "e-postadress": true, "din e-postadress": true, "email": true, "e-mail": true, "email address": true,
		"namn": true, "ditt namn": true, "name": true, "jag godkänner villkoren": true,
	}
	signUpButtons = map[string]bool{"prenumerera": true, "skicka": true, "anmäl": true, "anmäl dig": true, "subscribe": true, "sign up": true}
)

// feedbackAnswer holds the answers a site's question offers, in small
// letters.
var feedbackAnswer = map[string]bool{"ja": true, "nej": true, "delvis": true, "yes": true, "no": true, "partly": true}

// dashesSignature reports "--" alone at i that is the signature's
// delimiter "-- " with its space lost (a copy, a mail program that trims
// its lines): short lines that are no labels, or lines of furniture (a
// newsletter's foot), stand right below it, and no field block follows
// them ("--" / "Anna Svensson" / "Utredare").
// Between two pages it is a line of the page above, as before.
func dashesSignature(lines []pageLine, i int) bool {
	j := i + 1
	for ; j < len(lines) && j <= i+maxSignatureLines && !lines[j].blank(); j++ {
		l := &lines[j]
		if l.furniture != notFurniture {
			continue // a newsletter's foot: "--" / "Du får det här nyhetsbrevet …"
		}
		if len(l.text) > signatureLen || l.heading != nil || l.term != nil && !signatureKey(l.term.key) {
			return false
		}
	}
	return j > i+1 && !labelsBelow(lines, j)
}

// signatureOrganisation reports a signature's line that names the
// sender's organisation with a label's word and no colon ("Region Skåne",
// "Region Stockholm"): a page's field in a signature's place is written
// as a label is, with a colon, a tab or alone, or glued to its value.
func signatureOrganisation(l *pageLine) bool {
	return l.form == formSpaced && l.value != "" && startsUpper(l.value)
}

// signatureKey reports a key whose label a mail's signature may hold.
func signatureKey(k Key) bool {
	switch k {
	case KeyContactName, KeyContactPhone, KeyContactEmail, KeyAddress:
		return true
	}
	return false
}

// maxHeadingLines is the most lines a section's heading broken at a width
// stands on: "Tillgänglighet för personer med funktionsnedsättning", the
// longest, takes three at 20 characters, the narrowest fold esf unwraps.
const maxHeadingLines = 3

// joinBrokenHeadings joins a section's heading that a narrow column or a
// mail broke over two lines or three ("Tillgänglighet för personer med" /
// "funktionsnedsättning", "Transnationellt" / "samarbete", "Tillgänglighet
// för" / "personer med" / "funktionsnedsättning"): lines alone between
// blank lines (or a page's end or furniture) that together are a heading,
// the first maybe a shorter one ("Tillgänglighet"). The join keeps the
// first line's number.
func joinBrokenHeadings(lines []pageLine, formFeeds bool) []pageLine {
	for i := 0; i+1 < len(lines); i++ {
		a := &lines[i]
		if a.blank() || a.term != nil && a.form != formBare || a.furniture != notFurniture || i > 0 && !lines[i-1].skippable() {
			continue
		}
		joined := a.text
		for n := 2; n <= maxHeadingLines && i+n <= len(lines); n++ {
			b := &lines[i+n-1]
			if b.blank() || b.heading != nil || b.furniture != notFurniture || len(joined)+len(b.text) > headingLen {
				break
			}
			before := joined
			if strings.HasSuffix(joined, "-") && !strings.HasSuffix(joined, " -") {
				joined = joined[:len(joined)-1] + b.text
			} else {
				joined += " " + b.text
			}
			if i+n < len(lines) && !lines[i+n].skippable() {
				continue
			}
			j, ok := brokenHeading(joined, a.num, formFeeds)
			if !ok && startsSmall(b.text) { // a word cut at the width: "proj" / "ektet"
				j, ok = brokenHeading(before+b.text, a.num, formFeeds)
			}
			if !ok {
				break
			}
			j.off = a.off
			lines[i] = j
			lines = append(lines[:i+1], lines[i+n:]...)
			break
		}
	}
	return lines
}

// brokenHeading classifies the lines of a heading joined, and reports
// whether they are one: as esf knows it, or with words of the writer's
// ("Sammanfattning av projektet").
func brokenHeading(joined string, num int, formFeeds bool) (pageLine, bool) {
	j := classify(joined, num, formFeeds)
	return j, j.term == nil && (j.heading != nil || wordedHeading(joined) != nil)
}

// leftoverEmphasis takes off the start of a value the closing stars or
// underscores of a label's emphasis that stood apart from it ("Namn:**
// Framtidsresan", what "**Namn*:**" leaves): a value never begins with
// them and a space.
func leftoverEmphasis(v string) string {
	if v != "" && strings.Trim(v, "*_") == "" {
		return "" // "Namn:**": the emphasis closes after an empty value
	}
	run := len(v) - len(strings.TrimLeft(v, "*_"))
	if run >= 2 && run < len(v) && v[run] == ' ' {
		return strings.TrimLeft(v[run:], " ")
	}
	return v
}

// tabAfter reports a raw line whose text, as trimLine left it, has a tab
// after it.
func tabAfter(raw, text string) bool {
	i := indexRare(raw, text)
	return i >= 0 && strings.IndexByte(raw[i+len(text):], '\t') >= 0
}

// appendHeadingWithText splits a line that is a known heading, a colon
// and its text ("Sammanfattning: Perstorps kommun har …", "Syfte: Att …",
// "Malsattning: Den …"),
// as a note or a mail writes a page's sections, into the heading and the
// text, both on the line's number, and appends the two to lines: read as a
// label esf does not know, the text went to extra and the section stayed
// empty. It reports false, lines unchanged, for any other line.
func appendHeadingWithText(lines []pageLine, l *pageLine, num int, formFeeds bool) ([]pageLine, bool) {
	if l.term != nil || l.unknownLabel == "" || l.value == "" {
		return lines, false
	}
	// A heading as a page writes it, or spelt another way as a heading on
	// its own line may be ("Malsattning: …").
	if !knownHeading(l.unknownLabel) {
		return lines, false
	}
	at := indexRare(l.text, l.value)
	if at < 0 {
		return lines, false
	}
	head := classify(l.unknownLabel, num, formFeeds)
	if head.heading == nil {
		return lines, false
	}
	head.off, head.runIn = l.off, true
	text := classify(l.value, num, formFeeds)
	text.off = l.off + at
	return append(lines, head, text), true
}

// columnGap is the least run of spaces that parts two fields a page set
// side by side in two columns; one space parts words.
const columnGap = 2

// sideBySide reads the line of a field written "Label: value" or
// "Label<TAB>value" as fields side by side, as a page printed in columns
// or a sheet's row of two fields is copied: after a gap of columnGap
// spaces or more, or a tab, a known label with its colon or tab begins
// another ("Projektägare: Perstorps kommun    Region:
// Sydsverige"). It returns the fields, each with its offset in raw, and
// false where the line holds one field.
func sideBySide(raw string, num int, formFeeds bool) ([]pageLine, bool) {
	sep := strings.IndexAny(raw, ":\t")
	if sep < 0 {
		return nil, false
	}
	var cuts []int
	for from := sep + 1; from < len(raw); {
		i := strings.IndexAny(raw[from:], " \t")
		if i < 0 {
			break
		}
		gap := from + i
		end := gap
		for end < len(raw) && (raw[end] == ' ' || raw[end] == '\t') {
			end++
		}
		if end-gap >= columnGap || strings.IndexByte(raw[gap:end], '\t') >= 0 {
			m := termIndex().match(raw[end:], false)
			if after := raw[end+m.end:]; m.label != nil && (strings.HasPrefix(strings.TrimLeft(after, " "), ":") || strings.HasPrefix(after, "\t")) {
				cuts = append(cuts, end)
			}
		}
		from = end
	}
	if cuts == nil {
		return nil, false
	}
	fields := make([]pageLine, 0, len(cuts)+1)
	for i, at := range append([]int{0}, cuts...) {
		to := len(raw)
		if i < len(cuts) {
			to = cuts[i]
		}
		f := classify(raw[at:to], num, formFeeds)
		if f.term == nil || f.form != formColon && f.form != formTab {
			return nil, false
		}
		f.off = at + len(raw[at:to]) - len(trimLineLeft(raw[at:to]))
		fields = append(fields, f)
	}
	return fields, true
}

// joinWrappedValues joins a label glued, spaced, with its colon or a tab
// to a value that reads as its key only with the lines below it: the value
// wrapped ("ProgramområdeProgramområde" / "2 Ökat arbetskraftsutbud",
// "Projektperiod2009-01-15 till" / "2009-10-31", "Projektperiod:
// 2008-05-01" / "till" / "2008-10-31"). Apart, the first line would not
// begin a field block, and the block's first line would be taken for the
// title; the others would be lines of their own. A value that reads alone
// joins the lines below where they are its wrapped end (wrappedEnd). The
// joined line keeps the first line's number.
func joinWrappedValues(lines []pageLine, formFeeds bool) []pageLine {
	for i := 0; i+1 < len(lines); i++ {
		l := &lines[i]
		if l.term == nil || l.value == "" || l.form != formGlued && l.form != formSpaced && l.form != formColon && l.form != formTab ||
			l.furniture != notFurniture {
			continue
		}
		var after *pageLine
		if i+2 < len(lines) {
			after = &lines[i+2]
		}
		if lowerLabelBelow(l, &lines[i+1], after) {
			// "ProjektägareFalu" / "kommun": the value's last word, a
			// label's word in a small letter below a label in a capital.
			lines[i+1].term, lines[i+1].heading, lines[i+1].form, lines[i+1].spelling = nil, nil, 0, ""
		}
		if !wrapLine(&lines[i+1]) {
			continue
		}
		// A colon's or a tab's value is read by the reader, which
		// classify does not mark.
		byReader := l.form == formColon || l.form == formTab
		n := wrappedEnd(l.term.key, l.value, l.reads || byReader && valueReads(l.term.key, l.value), lines[i+1:])
		if n == 0 {
			continue
		}
		text, value := l.text, l.value
		for _, w := range lines[i+1 : i+1+n] {
			sep := " "
			if cutAreaName(l.term.key, value, w.text) {
				sep = "" // "Ökat arbetsk" / "raftsutbud": a word a line's end cut
			}
			text += sep + w.text
			value += sep + w.text
		}
		j := classify(text, l.num, formFeeds)
		if j.term != l.term || j.form != l.form || !j.reads && !byReader {
			continue
		}
		j.off = l.off
		lines[i] = j
		lines = append(lines[:i+1], lines[i+1+n:]...)
	}
	return lines
}

// lowerLabelBelow reports a label's word alone in a small letter
// ("kommun") below a label glued to its value that begins in a capital,
// above the next label: no label of the page's, which writes them in
// capitals, with no value of its own below it, but the glued value's
// wrapped end. A label below a value with its colon, or above a
// value of its own ("region" / "Sydsverige"), is the page's label.
func lowerLabelBelow(l, below, after *pageLine) bool {
	if l.form != formGlued || below.term == nil || below.value != "" || below.form != formBare || below.furniture != notFurniture ||
		after == nil || after.term == nil {
		return false
	}
	if strings.ContainsFunc(below.text, func(r rune) bool { return !unicode.IsLetter(r) }) {
		return false // one word, no mark: "b) Projektfas:" is a label
	}
	first, _ := utf8.DecodeRuneInString(below.text)
	label, _ := utf8.DecodeRuneInString(l.text)
	return unicode.IsLower(first) && unicode.IsUpper(label)
}

// wrapLine reports a line that may be the wrapped end of the value above
// it: no blank line, label, heading or page furniture.
func wrapLine(l *pageLine) bool {
	return !l.blank() && l.term == nil && l.furniture == notFurniture && l.heading == nil && l.unknownLabel == ""
}

// wrappedEnd returns how many of the lines below end the value of key k
// that a line holds, wrapped at a narrow width, and 0 for none. A value
// that does not read (reads) takes up to maxWrappedValueLines-1 lines
// until it reads ("2009-01-15 till" / "2009-10-31", "2008-05-01" /
// "till" / "2008-10-31"); one that reads takes the lines that are its
// wrapped end (valueTail), as many as the value's shape allows: "9" /
// "997" / "836" / "kr", "Programområde 2" / "Ökat" / "arbetskraftsutbud".
// Each line must be a wrapLine, and the value with it must read.
func wrappedEnd(k Key, value string, reads bool, below []pageLine) int {
	// An amount wrapped a group to a line ("9" / "997" / "836") is one
	// whose first line holds one group: below "600 000" a number is
	// another field's value, unless its unit ends it (valueTail).
	oneWord := !strings.ContainsAny(strings.TrimSpace(value), " \u00a0")
	n := 0
	for m := 1; m <= len(below) && wrapLine(&below[m-1]); m++ {
		if !reads && m >= maxWrappedValueLines {
			break
		}
		next := below[m-1].text
		var after *pageLine
		if m < len(below) {
			after = &below[m]
		}
		tail, partial := valueTail(k, value, next, after, oneWord)
		value = joinWrapped(value, next)
		switch {
		case partial:
			// "Programområde 2" / "Ökat": the name goes on below.
		case valueReads(k, value) && (!reads || tail):
			n, reads = m, true
		case reads || tail:
			return n // a value that reads goes on only with its end
		}
	}
	return n
}

// joinWrapped joins a value's line and the next as joinValue will: a word
// broken at the line's end with a hyphen ("Sydsv-" / "erige") is one word,
// any other line is joined with a space.
func joinWrapped(value, next string) string {
	if valueWordBroken(value, next) {
		return strings.TrimSuffix(value, "-") + next
	}
	return value + " " + next
}

// valueTail reports next, the line below a value of key k that reads
// whole, as the value's end wrapped at a narrow width: an amount's unit
// or its next groups of digits ("493 090" / "kr", "400" / "000 kr"), or
// the name of a programme area, or its next words, below its code
// ("Programområde 2" / "Ökat arbetskraftsutbud", "Programområde 2 Ökat" /
// "arbetskraftsutbud", or a word's end a line's end cut, "Ökat arbetsk" /
// "raftsutbud", as spellingKey reads a name without its spaces), one of
// the names the programmes give their areas
// (areaNames); a whole name below its code alone needs a label right
// below it (after). partial reports the first words of such a name, short
// of its end ("Programområde 2" / "Ökat"), which only the lines below may
// end. Any other line there may be the title of a page pasted below with
// no blank line, or the text's heading, and is named instead.
func valueTail(k Key, value, next string, after *pageLine, oneWord bool) (tail, partial bool) {
	switch k {
	case KeyTotalBudget, KeyESFSupport:
		// A group below two or more is the amount's where its unit ends
		// it: "9 997" / "836 kr", "9 997" / "836" / "kr"; "600 000" /
		// "117" is another value.
		return amountUnit(next) || digitGroup(next) && (oneWord || containsRare(next, " ") || after != nil && amountUnit(after.text)), false
	case KeyProgrammeAreaCode:
		_, name, ok := parseProgrammeArea(value)
		if !ok || name != "" && areaNames[spellingKey(name)] {
			return false, false
		}
		joined := spellingKey(strings.TrimSpace(name + " " + next))
		if areaNameStarts[joined] {
			return false, true
		}
		code, _, _ := parseProgrammeArea(value)
		return areaNames[joined] && areaOfCode(code, joined) && (name != "" || after != nil && after.term != nil), false
	}
	return false, false
}

// digitGroup reports a line that is an amount's next group of three
// digits, its unit after it or not: "000", "000 kr".
func digitGroup(line string) bool {
	group, unit, _ := strings.Cut(line, " ")
	return len(group) == 3 && allDigits(group) && (unit == "" || amountUnit(unit))
}

// areaCodes are the codes the programmes give each area's name, by
// spellingKey: the first digit of its code, or of its specific
// objectives' ("1.1").
var areaCodes = map[string]string{
	spellingKey("Kompetensförsörjning"):         "1",
	spellingKey("Ökat arbetskraftsutbud"):       "2",
	spellingKey("Öka övergångarna till arbete"): "2",
	spellingKey("Sysselsättningsinitiativet"):   "3",
	spellingKey("Tekniskt stöd"):                "34",
}

// areaOfCode reports a programme area's code that may go with the area's
// name (a key of areaCodes): "2" / "Ökat arbetskraftsutbud", not "1".
func areaOfCode(code, name string) bool {
	return code != "" && strings.IndexByte(areaCodes[name], code[0]) >= 0
}

// areaNames are the names the 2007–2013 and 2014–2020 programmes give
// their areas, by spellingKey; the 2021–2027 programme's are letters.
var areaNames = func() map[string]bool {
	m := map[string]bool{}
	for _, n := range areaNameList {
		m[spellingKey(n)] = true
	}
	return m
}()

// areaNameList are the names the 2007–2013 and 2014–2020 programmes give
// their areas.
var areaNameList = [...]string{"Kompetensförsörjning", "Ökat arbetskraftsutbud", "Öka övergångarna till arbete", "Sysselsättningsinitiativet", "Tekniskt stöd"}

// areaNameStarts are the first words of each name in areaNames, short of
// the whole name, by spellingKey: "Ökat", "Öka övergångarna".
var areaNameStarts = func() map[string]bool {
	m := map[string]bool{}
	for _, n := range areaNameList {
		words := strings.Fields(n)
		for i := 1; i < len(words); i++ {
			m[spellingKey(strings.Join(words[:i], " "))] = true
		}
	}
	return m
}()

// dustLine reports a line of a scan's marks alone (scanMarks), spaces
// between them: dust on the sheet, no word of the page.
func dustLine(text string) bool {
	text = strings.TrimSpace(text)
	return text != "" && strings.Trim(text, scanMarks+" \t") == ""
}

// joinBrokenLabels joins a label that a line end broke in two: hyphenated
// ("Projekt-" / "ägare: …") or wrapped at a space ("Projektägare" /
// "org.nr.: 2120000142"). The join stands when the two lines together read
// as a label that neither line is alone; it keeps the first line's number,
// and the label's spelling says it was broken.
func joinBrokenLabels(lines []pageLine, formFeeds bool) []pageLine {
	for i := 0; i+1 < len(lines); i++ {
		next := i + 1
		if t := lines[i].text; (lines[next].blank() || dustLine(lines[next].text)) && strings.HasSuffix(t, "-") && !strings.HasSuffix(t, "--") {
			// A hyphenated label broken over a blank line or two, as a
			// copy with blank lines after every line writes it ("Insats
			// av strateg-" / "" / "isk betydelse:"), or over a scan's
			// dust ("Beviljat ESF-" / "' '" / "stod").
			for k := next + 1; k < len(lines) && k <= i+3; k++ {
				if !lines[k].blank() && !dustLine(lines[k].text) {
					next = k
					break
				}
			}
		}
		acrossBlank := false
		if l := &lines[i]; lines[next].blank() && l.term == nil && l.unknownLabel == "" && !l.blank() && len(l.text) <= maxSpelledLabel && !strings.ContainsAny(l.text, ".,:;-") {
			// A stacked label wrapped at a space, with blank lines
			// between every line of the copy ("Total" / "" / "project
			// budget"): it joins only into a bare label it spells whole.
			for k := next; k < len(lines) && k <= i+3; k++ {
				if !lines[k].blank() {
					next, acrossBlank = k, lines[k].term == nil
					break
				}
			}
			if !acrossBlank {
				continue
			}
		}
		l, n := &lines[i], &lines[next]
		// A label glued to a lone hyphen ("Start-") may be the first
		// part of a longer one ("Start-" / "datum:").
		hyphenated := l.term != nil && l.form == formGlued && l.value == "-"
		if l.blank() || n.blank() || len(l.text) > maxSpelledLabel*4 || l.furniture != notFurniture || n.furniture != notFurniture ||
			l.term != nil && l.form != formBare && !hyphenated || !mayBeginLabel(l.text) || utf8.RuneCountInString(l.text) > maxSpelledLabel {
			continue
		}
		var joined string
		stacked := false
		switch {
		case strings.HasSuffix(l.text, "-") && !strings.HasSuffix(l.text, "--"):
			joined = l.text[:len(l.text)-1] + n.text
		case !strings.ContainsRune(l.text, ':') && hasColonLike(n.text[:min(len(n.text), maxSpelledLabel)]) &&
			!(n.term != nil && n.form == formColon && startsUpper(n.text) && labelMarkTerm(l.text) != nil):
			// "Projekt-" / "ägare:", "Total" / "projektbudget:"; not
			// "Region / Sydsverige" over "Planerat antal deltagare:", a
			// label of its own.
			joined = l.text + " " + n.text
		case (l.term == nil || l.form == formBare) && (n.term == nil || n.form == formBare) && utf8.RuneCountInString(n.text) <= maxSpelledLabel && !strings.ContainsAny(l.text, ".,:;"):
			// A stacked label wrapped: "Planerat antal" / "deltagare",
			// "Contact" / "person".
			joined = l.text + " " + n.text
			stacked = true
		case l.term == nil && n.term != nil && (n.form == formGlued || n.form == formSpaced) && !strings.ContainsAny(l.text, ".,:;"):
			// The first word of a label glued to its value, wrapped:
			// "Beviljat" / "ESF-stöd493 090 kr".
			joined = l.text + " " + n.text
		default:
			continue
		}
		if !labelPrefix(joined) {
			continue // the two lines do not begin with a label's letters
		}
		if stacked && !labelSpans(joined, len(l.text)) {
			continue // no label runs from the first line into the second
		}
		j := classify(joined, l.num, formFeeds)
		hyphen := strings.HasSuffix(l.text, "-")
		// A bare label whose longer spelling the next line ends
		// ("Contact" / "person") joins into that label.
		longer := l.term != nil && j.term != nil && l.form == formBare && j.form == formBare && j.term.key == l.term.key
		// A label glued to a value that reads, the label running on from
		// the first line into the second: "Beviljat" / "ESF-stöd493 090
		// kr", "Contact" / "personOla Johnsson".
		gluedAcross := j.term != nil && j.reads && (j.form == formGlued || j.form == formSpaced) &&
			len(joined)-len(j.value) > len(l.text)+1
		if j.term == nil || !j.writtenAsLabel() && !(hyphen && j.reads) && !gluedAcross || j.term == l.term || j.term == n.term {
			continue
		}
		if acrossBlank && j.form != formBare && !(j.form == formColon && spelledWhole(labelOfColonLine(joined), j.term)) {
			// Across blank lines, the two make a label spelt whole,
			// alone on its line, bare or with its colon ("Specifikt" /
			// "" / "mål:"), or its value after its colon ("Insats av
			// strategisk" / "" / "betydelse: Nej").
			continue
		}
		if j.form == formBare && (l.term != nil && !longer || !spelledWhole(joined, j.term)) {
			// Two lines that join into a bare label must spell it whole,
			// not begin with it.
			continue
		}
		if j.spelling != "" {
			j.spelling = "broken over two lines, " + j.spelling
		} else {
			j.spelling = "broken over two lines"
		}
		lines[i] = j
		lines = append(lines[:i+1], lines[next+1:]...)
	}
	return lines
}

// lineMemo remembers how lines read: the labels and headings of a
// layout, the values that recur (a region, a municipality, an owner
// with many projects, "Nej") and a layout's own sentences stand on page
// after page, and a line reads the same wherever it stands (classify
// depends on its text alone).
type lineMemo map[string]pageLine

const (
	// memoLineLen is the longest line lineMemo remembers: labels,
	// values, and the sentences a layout repeats, which cost the most
	// to read again. On the 10,000-page corpus nearly a quarter of the
	// lines are longer than 64 bytes, and fewer than one in 80 of those
	// is new.
	memoLineLen = 1024
	// memoLines bounds what a lineMemo holds; it starts again when full.
	// On the 10,000-page corpus 93 % of short lines are found at 1,024
	// (95 % at 4,096, which cost 5 MB more at the peak; 82 % at 256).
	memoLines = 1024
)

// classify is classify, from memory where m has read the line before; a
// nil m remembers nothing.
func (m lineMemo) classify(raw string, num int, formFeeds bool) pageLine {
	if m == nil || len(raw) > memoLineLen || formFeeds && strings.IndexByte(raw, '\f') >= 0 {
		return classify(raw, num, formFeeds)
	}
	if l, ok := m[raw]; ok {
		l.num = num
		return l
	}
	// The remembered line holds a copy, not the input it came from.
	raw = strings.Clone(raw)
	l := classify(raw, num, formFeeds)
	if len(m) >= memoLines {
		clear(m)
	}
	m[raw] = l
	return l
}

// maxHomeLink bounds a line that is the site's link to its start page:
// the site's name and the link, not a sentence that links to it.
const maxHomeLink = 64

// classify reads what one line is; formFeeds is false when the input has
// no form feed, which spares the line a search for one.
func classify(raw string, num int, formFeeds bool) pageLine {
	line := classifyBody(raw, num, formFeeds)
	if line.term == nil && line.heading == nil && line.unknownLabel == "" && len(line.text) <= maxLabelLen {
		// "Total projektbudget ,", "' Projektägare": a label alone with
		// a scan's dust beside it.
		if label, marks := cutScanMarks(line.text); marks != "" && label != "" {
			if inner := classifyBody(label, num, false); inner.term != nil && inner.value == "" {
				inner.text, inner.off, inner.sheetBreak = line.text, line.off, line.sheetBreak
				inner.spelling = strings.TrimPrefix(inner.spelling+", with "+quoteShort(marks)+", a scan's dust, beside it", ", ")
				return inner
			}
		}
	}
	if line.term == nil && line.furniture == notFurniture {
		// "↑ Till toppen", "⬆ Tillbaka": a page's button behind its
		// arrow.
		if r, size := utf8.DecodeRuneInString(line.text); strings.ContainsRune(buttonArrows, r) && size < len(line.text) {
			if inner := classifyBody(strings.TrimSpace(line.text[size:]), num, false); inner.furniture != notFurniture && inner.term == nil {
				line.furniture = inner.furniture
			}
		}
	}
	if line.term == nil {
		return line
	}
	if line.value != "" && (line.form == formColon || line.form == formGlued || line.form == formSpaced) {
		if rest, marks := cutScanMarks(line.value); rest == "" {
			// "Antal deltagare: |", "Projektperiod'": a scan's dust
			// where the value is missing; the value stands below.
			line.value, line.reads = "", false
			if line.form != formColon {
				line.form = formBare
			}
			line.spelling = strings.TrimPrefix(line.spelling+", with "+quoteShort(marks)+", a scan's dust, after it", ", ")
		}
	}
	n := gluedMark(line.value)
	switch {
	case n == 0:
	case containsRare(line.text, ":"+line.value):
		// "Telefonnummer:-0410-733094", "Kontaktp.:–Ola Johnsson": a
		// form's dash glued to the colon is the colon's.
		line.value = line.value[n:]
	case line.form == formSpaced:
		// "E-post -ola.johnsson@trelleborg.se", "E-post ->ola…": a
		// dash or an arrow for the colon, glued to the value.
		line.spelling = strings.TrimPrefix(line.spelling+", with "+quoteShort(line.value[:n])+" for the colon", ", ")
		line.value, line.form = line.value[n:], formColon
	}
	return line
}

// shareButtons are a share bar's words, as furnitureLines holds them,
// in small letters: the bar's last button may be a label's word ("E-post").
var shareButtons = map[string]bool{"dela": true, "dela:": true, "share": true, "share:": true, "facebook": true, "linkedin": true, "twitter": true, "x": true, "instagram": true, "youtube": true, "whatsapp": true, "messenger": true, "kopiera länk": true, "skriv ut": true}

// shareButton reports a line of a share bar.
func shareButton(text string) bool { return shareButtons[strings.ToLower(strings.TrimSpace(text))] }

// buttonArrows are the arrows a page's buttons stand behind: "↑ Till
// toppen".
const buttonArrows = "↑⬆▲△⇧↖←⬅◀‹"

// gluedMark returns the length of a dash or an arrow at the start of s
// glued to a letter or a digit ("-Sydsverige", "–Ola", "->ola@…"), or 0:
// a dash alone, before a space or before another mark is a value's own
// or another separator's ("- Ola", "--").
func gluedMark(s string) int {
	if s == "" || !gluedMarkFirst[s[0]] {
		return 0 // most words: a letter first
	}
	n := 0
	if r, size := utf8.DecodeRuneInString(s); r == '-' || r == '–' || r == '—' {
		n = size
	}
	for _, a := range gluedArrows {
		if strings.HasPrefix(s, a) {
			n = len(a)
			break
		}
	}
	if r, _ := utf8.DecodeRuneInString(s[n:]); n == 0 || !unicode.IsLetter(r) && !unicode.IsDigit(r) {
		return 0
	}
	return n
}

// gluedMarkFirst holds the bytes a dash or an arrow of gluedMark's may
// begin with.
var gluedMarkFirst = func() (first [256]bool) {
	for _, s := range append([]string{"-", "–", "—"}, gluedArrows[:]...) {
		first[s[0]] = true
	}
	return first
}()

// classifyBody is classify before the value's last tidying.
func classifyBody(raw string, num int, formFeeds bool) pageLine {
	line := pageLine{num: num, text: trimLine(raw), sheetBreak: formFeeds && strings.IndexByte(raw, '\f') >= 0}
	if line.text == "" {
		return line
	}
	if rest, ok := cutToggle(line.text); ok {
		// "Kommun ⌄", "Medfinansiärer +": a heading of a phone's or an
		// accordion's section, its toggle after it.
		if inner := classify(rest, num, false); inner.heading != nil {
			inner.sheetBreak = line.sheetBreak
			return inner
		}
	}
	if isDigit(line.text[0]) {
		if n := leadingListNumber.FindString(line.text); n != "" && strings.Contains(n, ".") {
			// "1.3. Projektägare: …", "1.10 Region": a document's outline
			// number before a label, as Word numbers its lines. The label
			// alone reads so; a value's number ("1.1 Kompetensförsörjning")
			// is none.
			if inner := classify(line.text[len(n):], num, false); inner.term != nil && inner.heading == nil && inner.writtenAsLabel() {
				inner.sheetBreak = line.sheetBreak
				return inner
			}
		}
	}
	if n := taskBox(line.text); n > 0 && !isTickedYesNo(line.text) {
		// "[x] Projektägare: …", "- [ ] Region: …", "☑ Kommun": a notes
		// app's task list; the box is no part of the line.
		inner := classify(line.text[n:], num, false)
		inner.sheetBreak = line.sheetBreak
		return inner
	}
	m := termIndex().match(line.text, len(line.text) <= headingLen)
	if m.whole != nil {
		line.heading, line.furniture = m.whole.heading, m.whole.furniture
	}
	if line.furniture == notFurniture {
		line.furniture = furnitureOf(line.text)
	}
	if line.furniture == notFurniture && strings.HasSuffix(line.text, ")") && (line.text[0] == '[' || containsRare(line.text, "(http")) {
		// "[In English](https://www.esf.se/en/)", "In English
		// (https://…)": a link of the site's, as a converter writes it.
		if inner := stripLinks(line.text); inner != line.text {
			if w := termIndex().match(inner, true).whole; w != nil && w.furniture != notFurniture {
				line.furniture = w.furniture
			}
		}
	}
	if line.furniture == notFurniture && containsRare(line.text, "://") {
		// "Läs mer: https://www.esf.se/projekt/4002": a site's link
		// with its address written after it, as a mail's digest of
		// pages writes it below each.
		if before, ok := cutAddressAfter(line.text); ok {
			if w := termIndex().match(before, true).whole; w != nil && w.furniture != notFurniture {
				line.furniture = w.furniture
			}
		}
	}
	if line.furniture == notFurniture && len(line.text) <= maxListingLine*utf8.UTFMax {
		// "Läs mer »", "Föregående 1 Nästa", "345 träffar": a listing's
		// links, pager and count of hits.
		if inner := trimLinkArrows(line.text); inner != line.text && inner != "" {
			if w := termIndex().match(inner, true).whole; w != nil && w.furniture != notFurniture {
				line.furniture = w.furniture
			}
		}
		if line.furniture == notFurniture && (isPager(line.text) || isHitCount(line.text) || isFurnitureBar(line.text)) {
			line.furniture = furnitureLine
		}
	}
	if line.furniture == notFurniture && strings.HasSuffix(line.text, "<https://www.esf.se/>") && len(line.text) <= maxHomeLink {
		// "Svenska ESF-rådet <https://www.esf.se/>": the site's link to
		// its start page, its logo's or its footer's, as a browser's
		// "save as text" writes a link.
		line.furniture = furniturePrint
	}
	if line.furniture == notFurniture && (len(line.text) <= signatureLen && isSignature(raw, line.text) || isForwardHeader(line.text)) {
		line.furniture = furnitureSignature
	}
	if line.furniture != notFurniture {
		line.heading = nil
		return line
	}
	if line.heading == nil && m.label == nil && (len(line.text) <= spelledHeadingLen || len(line.text) <= translatedHeadingLen && containsRare(line.text, " / ")) {
		// "2. Bakgrund", "Malsattning", "MÅLSÄTTNING:": a heading
		// numbered, without its diacritics or with a colon.
		line.heading = spelledHeading(line.text)
		if typed := swedishKeys(line.text); line.heading == nil && typed != line.text {
			line.heading = spelledHeading(typed) // "M[ls'ttning", typed on a US keyboard
		}
	}
	if line.heading != nil && m.label == nil {
		// A heading and nothing else: "Sammanfattning:" is no unknown
		// label with an empty value. A list's heading is its label too,
		// spelt another way as well ("Medfinansiarer:", "kommuner:").
		if line.heading.role&asLabel != 0 {
			if sp, ok := spellingOf(line.text); ok && sp.term == line.heading && sp.value == "" {
				line.term, line.form, line.spelling = sp.term, sp.form, sp.how
			}
		}
		return line
	}
	first := m.nShort
	if m.label != nil && m.nShort > 0 && writtenAsTerm(line.text[:m.end], m.label.text) {
		// The longest label is written as the table writes it: a shorter
		// one would end inside its word ("Kontakt" in "Kontaktperson").
		first = 0
		m.nShort = 0
	}
	for c := first; c >= 0 && line.term == nil && m.label != nil; c-- {
		t, end := m.label, m.end
		if c < m.nShort {
			// The longest label did not read: a shorter one may, glued to
			// a value in capitals ("Projektägare" + "NAMNBYRÅN AB").
			t, end = m.shorter[c].label, m.shorter[c].end
		}
		rest := line.text[end:]
		trimmed := strings.TrimLeftFunc(rest, isSpaceOrInvisible)
		switch {
		case trimmed == "" && end == len(line.text) && tabAfter(raw, line.text):
			// "Programområde\t" with nothing after the tab: a sheet's row
			// whose value cell is empty, a label with no value.
			line.term, line.form = t, formTab
		case trimmed == "":
			line.term, line.form = t, formBare
		case trimmed[0] == ':':
			line.term, line.form = t, formColon
			// "Projektägare::": a colon typed twice is one.
			line.value = leftoverEmphasis(strings.TrimLeftFunc(strings.TrimLeft(trimmed, ":"), isSpaceOrInvisible))
		case trimmed[0] == '(' && strings.IndexByte(trimmed, ')') == len(trimmed)-1 && tabAfter(raw, line.text):
			// "Stödmottagarens adress (obligatorisk)<TAB>": a sheet's row
			// whose value cell is empty, the label with a note.
			line.term, line.form = t, formTab
			line.spelling = "with " + quoteShort(trimmed) + " after it"
		case trimmed[0] == '(' && strings.IndexByte(trimmed, ')') == len(trimmed)-1 && len(trimmed) <= maxLabelNote:
			// "Total projektbudget (kr)", "Kommun (ort)": a stacked label
			// with a note in brackets, its value below. A unit goes with
			// the value; anything else is named.
			line.term, line.form = t, formBare
			if note := strings.TrimSpace(trimmed[1 : len(trimmed)-1]); amountUnit(note) {
				line.unit = note
			} else if valueInBrackets(t.key, note) {
				// "Projektperiod (2021-02-01 - 2021-10-31)", "Total
				// projektbudget (400 000 kr)": the value in brackets.
				line.form, line.value, line.inBrackets = formColon, note, true
				line.spelling = "with its value in brackets"
			} else {
				line.spelling = "with " + quoteShort(trimmed) + " after it"
			}
		case unitAfterLabel(trimmed, t.key)[1] > 0:
			// "Total projektbudget i kr", "Beviljat ESF-stöd i tkr: 7 380",
			// "Total projektbudget, kr:": the unit the amount is given
			// in, as in brackets. "Planerat antal deltagare, st:": what
			// a count counts.
			at := unitAfterLabel(trimmed, t.key)
			unit, end := trimmed[at[0]:at[1]], at[1]
			line.term, line.form = t, formBare
			if after := strings.TrimLeftFunc(trimmed[end:], isSpaceOrInvisible); after != "" {
				line.form = formColon
				line.value = strings.TrimLeftFunc(after[1:], isSpaceOrInvisible)
			}
			switch {
			case line.value == "":
				line.unit = unit
			case !ownUnit(line.value, unit):
				line.value += " " + unit
			}
		case trimmed[0] == '(' && parenthesisedColon(trimmed) > 0:
			// "Projektägare (namn):", "Total projektbudget (tkr):": what
			// the label says of its value, in brackets. A unit of an
			// amount goes with the value; anything else is named. A
			// sheet's row has a semicolon or a tab for the colon.
			end := parenthesisedColon(trimmed)
			note := strings.TrimSpace(trimmed[1:strings.IndexByte(trimmed, ')')])
			line.term, line.form = t, formColon
			var hows []string
			size := noteSeparator(trimmed[end:])
			switch sep := trimmed[end : end+size]; sep {
			case "\t":
				line.form = formTab
			case ":", "：":
			default:
				hows = append(hows, "with "+quoteShort(sep)+" for the colon")
			}
			line.value = strings.TrimLeftFunc(strings.TrimLeft(trimmed[end+size:], ":"), isSpaceOrInvisible)
			switch {
			case amountUnit(note) && line.value != "" && ownUnit(line.value, note):
				// "Total projektbudget (SEK): 9 997 836 kr": the value
				// gives the label's unit itself.
			case amountUnit(note) && line.value != "":
				line.value += " " + note
			case amountUnit(note):
				line.unit = note
			default:
				hows = append([]string{"with " + quoteShort("("+note+")") + " after it"}, hows...)
			}
			line.spelling = strings.Join(hows, ", ")
		case labelNote(trimmed) > 0 && trimmed[labelNote(trimmed):] != "":
			// "Programområde (uppgift)Programområde 1 …": a note in
			// brackets glued to the value; cutLabelNote reads the line.
		case trimmed == "-" && rest != trimmed || trimmed != "-" && colonAt(trimmed) == len(trimmed):
			// "Kontaktperson -": a dash for the colon, the value below.
			// A hyphen right after the word breaks a longer label
			// ("Start-" / "datum:").
			line.term, line.form = t, formColon
			line.spelling = "with " + quoteShort(trimmed) + " for the colon"
		case (trimmed == "." || strings.HasPrefix(trimmed, ". ") && startsValue(strings.TrimSpace(trimmed[2:]))) &&
			utf8.RuneCountInString(t.text) >= minGluedLabelStart && startsValue(line.text) && writtenAsTerm(line.text[:end], t.text):
			// "Unionens medfinansieringsgrad." / "40%", "Projektägare.
			// PERSTORPS KOMMUN": OCR's full stop for the colon, after a
			// label long enough that no sentence wrapped ends so
			// ("… samt Åstorps" / "kommun.").
			line.term, line.form = t, formColon
			line.value = strings.TrimSpace(trimmed[1:])
			line.spelling = `with "." for the colon`
		case colonLike(trimmed) > 0:
			// "E-post：ola@trelleborg.se", "Region—Sydsverige": a colon
			// of another script, or a dash, glued to the value.
			n := colonLike(trimmed)
			line.term, line.form = t, formColon
			line.value = leftoverEmphasis(strings.TrimLeftFunc(trimmed[n:], isSpaceOrInvisible))
			line.spelling = "with " + quoteShort(trimmed[:n]) + " for the colon"
		case otherColon(trimmed) > 0:
			// "Projektägare ........ Perstorps kommun", "Region →
			// Sydsverige", "Namn = Framtidsresan", "Projektnummer |
			// 2015/00764 |": leader dots, an arrow, an equals sign or a
			// table's bar for the colon.
			n := otherColon(trimmed)
			line.term, line.form = t, formColon
			line.value = trimGridEnd(strings.TrimSpace(trimmed[n:]))
			line.spelling = "with " + quoteShort(trimmed[:n]) + " for the colon"
		case strings.TrimLeft(rest, " ")[0] == '\t':
			// "Kontaktperson \tOla Johnsson": a space typed at the end
			// of the label's cell is the cell's.
			line.term, line.form, line.value = t, formTab, trimmed
			if cell, _, more := strings.Cut(strings.TrimLeft(rest, " ")[1:], "\t"); more && strings.TrimSpace(cell) == "" && trimmed != "" {
				// "Utlysning<TAB><TAB>2015/00538": the label's cell empty,
				// the cells after it another column's; openLabel names
				// them.
				line.value = "\t" + trimmed
			}
		case cellGoesOn(line.text, rest):
			// "Kontaktpeerson\tOla Johnsson": the label's cell goes on
			// past the label the trie read; the whole cell is the label,
			// which the spelling reading below may know.
		case gluedValueFits(t.key, trimmed) && writtenAsTerm(line.text[:end], t.text) && !labelWordGoesOn(line.text[:end], trimmed):
			// Glued to its value, a label is written as the table writes
			// it: "KOMMUNFÖRBUNDET KALMAR LÄN" is a value, not "Kommun".
			line.term, line.value = t, trimmed
			if t.key == KeyContactEmail && addressWithNote(trimmed) {
				// "E-post ola@trelleborg.se (projektledare)": the
				// address, the note named.
				address, note, _ := strings.Cut(trimmed, " ")
				line.value, line.spelling = address, "with the note "+quoteShort(note)+" after the address"
			}
			line.form = formGlued
			if spaced(rest[:len(rest)-len(trimmed)]) {
				line.form = formSpaced
			}
			line.reads = valueReads(t.key, trimmed) || isPlaceholder(trimmed)
		case inCapitals(line.text[:end]) && inCapitals(trimmed) && setters[t.key].set != nil && !setters[t.key].text && !setters[t.key].list && valueReads(t.key, trimmed):
			// A page in capitals, glued: "REGIONSYDSVERIGE". Only a value
			// that reads as its key tells the label's end; "KOMMUNFÖRBUNDET
			// KALMAR LÄN" stays a value.
			line.term, line.value, line.form, line.reads = t, trimmed, formGlued, true
			line.spelling = "in capitals, glued to its value"
		}
	}
	if (line.form == formSpaced || line.form == formGlued) && strings.IndexByte(line.value, ':') > 0 {
		// A label and a value that holds a colon may be a longer label,
		// misspelt, and its value: "Projektägare 0rganisationsnummer:
		// 2120000910" is the owner's organisation number, not an owner
		// named "0rganisationsnummer: 2120000910".
		if sp, ok := spellingOf(line.text); ok && sp.term != line.term && len(sp.value) < len(line.value) {
			line.term, line.form, line.value, line.spelling = sp.term, sp.form, sp.value, sp.how
			line.reads = valueReads(sp.term.key, sp.value)
		}
	}
	if line.form == formGlued {
		if r, _ := utf8.DecodeRuneInString(line.value); unicode.IsLower(r) {
			// A name in small letters after a short label may be the
			// rest of a longer one, misspelt: "Kontakt" and "pérsonola
			// johnsson" are "Kontaktpérson" and "ola johnsson".
			if sp, ok := gluedSpelling(line.text); ok && sp.term.key == line.term.key && len(sp.value) < len(line.value) {
				line.term, line.form, line.value, line.spelling = sp.term, sp.form, sp.value, sp.how
				line.reads = valueReads(sp.term.key, sp.value)
			}
		}
	}
	if line.term == nil {
		body, decorated := undecorate(line.text)
		if decorated && body != "" && !bulletsInLine(line.text, body) {
			// A bullet or emphasis before a label the trie reads: a list
			// of fields from a notes app, "• ProjektägareArbete och …".
			if inner := classify(body, num, formFeeds); inner.term != nil {
				if inner.spelling == "" {
					inner.spelling = "with bullets or emphasis"
				}
				// The emphasis that closes "**Label:**" stands before the value.
				inner.value = strings.TrimLeft(inner.value, "*_ ")
				return inner
			}
		}
		if label, rest, ok := cutFieldNumber(body); ok {
			// "Region_2: Sydsverige": a PDF form's field, its number
			// after its name.
			if inner := classify(label+rest, num, formFeeds); inner.term != nil || inner.heading != nil || inner.unknownLabel != "" && spelledHeading(inner.unknownLabel) != nil {
				// A heading with its text after it ("Sammanfattning_3:
				// Perstorp är …") is the reader's to read as such.
				inner.text, inner.off = line.text, line.off
				if inner.term != nil {
					inner.spelling = strings.TrimPrefix(inner.spelling+", with a form's number "+quoteShort(body[len(label):len(body)-len(rest)])+" after it", ", ")
				}
				return inner
			}
		}
		if label, value, ok := cutSlashValue(body); ok {
			// "Region / Sydsverige", "Projektägare / Arbete och
			// Försörjning": a slash for the colon.
			if inner := classify(label, num, formFeeds); inner.term != nil && inner.value == "" {
				inner.text, inner.off = line.text, line.off
				inner.form, inner.value, inner.reads = formColon, value, valueReads(inner.term.key, value)
				inner.spelling = strings.TrimPrefix(inner.spelling+`, with "/" for the colon`, ", ")
				return inner
			}
		}
		if label, translation, rest, ok := cutTranslation(body); ok {
			// "Projektägare / Project owner: …": a label and its
			// translation, as a bilingual form writes them.
			if inner := classify(label+rest, num, formFeeds); inner.term != nil {
				inner.text, inner.off = line.text, line.off
				inner.spelling = strings.TrimPrefix(inner.spelling+", with its translation "+quoteShort(translation)+" after it", ", ")
				return inner
			}
		}
		if label, rest, ok := cutBracketNote(body); ok {
			// "Orgnr (ägare):": a label spelt another way, with a note in
			// brackets before its colon, read as the label is read.
			if inner := classify(label+rest, num, formFeeds); inner.term != nil && (inner.form == formColon || inner.form == formTab) {
				inner.text, inner.off = line.text, line.off
				inner.spelling = strings.TrimPrefix(inner.spelling+", with "+quoteShort(strings.TrimSpace(body[len(label):len(body)-len(rest)]))+" after it", ", ")
				return inner
			}
		}
		if label, mark, value, ok := cutDashGlued(body); ok {
			// "Region -Sydsverige", "Programomrade -Programområde 2 …",
			// "E-post ->ola@…": a dash or an arrow for the colon, glued
			// to the value, a capital or a digit or a value of the
			// label's field.
			if inner := classify(label+": "+value, num, formFeeds); inner.term != nil && inner.value == value && (startsValue(value) || valueReads(inner.term.key, value)) {
				inner.text, inner.off = line.text, line.off
				inner.spelling = strings.TrimPrefix(inner.spelling+", with "+quoteShort(mark)+" for the colon", ", ")
				return inner
			}
		}
		if label, value, ok := boxedValue(body); ok {
			// "Telefonnummer [ 08-615 98 81 ]", "[Projektfas]
			// Förprojektering": a form's box round the value, or round
			// the label before it.
			if inner := classify(label+": "+value, num, formFeeds); inner.term != nil && inner.form == formColon && inner.value == value {
				inner.text, inner.off = line.text, line.off
				inner.spelling = strings.TrimPrefix(inner.spelling+", with a form's box in square brackets round "+boxedWhat(body), ", ")
				return inner
			}
		}
		if bracketed, note, ok := squareNote(body); ok {
			// "Projektägare [krävs]", "Region [obligatorisk]:": a form's
			// note in square brackets, read as a note in brackets is.
			if inner := classify(bracketed, num, formFeeds); inner.term != nil {
				inner.text, inner.off = line.text, line.off
				inner.spelling = strings.Replace(inner.spelling, "("+note+")", "["+note+"]", 1)
				return inner
			}
		}
		if label, note, rest, ok := cutLabelNote(body); ok {
			// "E-post (obligatorisk)margareta.wandel@ostsam.se",
			// "Beviljat ESF-stod (se nedan)": a label with a note in
			// brackets and no colon, glued to its value or stacked.
			if inner := classify(label+rest, num, formFeeds); inner.term != nil &&
				(rest == "" && inner.form == formBare || rest != "" && inner.value == strings.TrimSpace(rest)) {
				inner.text, inner.off = line.text, line.off
				withNote(&inner, note)
				return inner
			}
		}
		prefix := labelPrefix(body)
		if sp, ok := spellingFrom(body, decorated, prefix); ok {
			line.term, line.form, line.value, line.spelling = sp.term, sp.form, sp.value, sp.how
			return line
		}
		if typed := swedishKeys(line.text); typed != line.text {
			// "Ber;rd fond:", "Projekt'gare": typed on a US keyboard,
			// whose keys of å, ä and ö type [, ' and ;.
			if inner := classify(typed, num, formFeeds); inner.term != nil {
				inner.text, inner.off = line.text, line.off
				how := "typed as a US keyboard types å, ä and ö (" + quoteShort(line.text[:typedLabelEnd(line.text)]) + ")"
				if inner.spelling != "" {
					how = inner.spelling + ", " + how
				}
				inner.spelling = how
				return inner
			}
		}
		if dot := strings.IndexByte(body, '.'); dot > 0 && dot < maxSpelledLabel*utf8.UTFMax {
			if sp, ok := abbreviated(body); ok {
				line.term, line.form, line.value, line.spelling = sp.term, sp.form, sp.value, sp.how
				line.reads = (sp.form == formGlued || sp.form == formSpaced) && valueReads(sp.term.key, sp.value)
				return line
			}
		}
		if sp, ok := gluedShortened(body); ok {
			line.term, line.form, line.value, line.spelling, line.reads = sp.term, sp.form, sp.value, sp.how, true
			return line
		}
		// A glued label's spelling begins the line, as labelPrefix reads
		// one: where none does, gluedSpelling has none to find.
		if !decorated && !prefix {
			splitUnknown(&line)
			return line
		}
		if sp, ok := gluedSpelling(line.text); ok {
			line.term, line.form, line.value, line.spelling = sp.term, sp.form, sp.value, sp.how
			line.reads = valueReads(sp.term.key, sp.value)
			return line
		}
		splitUnknown(&line)
	}
	return line
}

// splitUnknown reads a line as a label esf does not know: "Label: value",
// or a label and its value in two cells, which a table row, a definition
// list or a spreadsheet's row is as text ("Stödform\tProjektstöd").
func splitUnknown(line *pageLine) {
	line.unknownLabel, line.value = splitUnknownLabel(line.text)
	if line.unknownLabel != "" {
		return
	}
	if i := strings.IndexByte(line.text, '\t'); i > 0 {
		label := strings.TrimSpace(line.text[:i])
		if cell := classify(label, line.num, false); cell.term != nil && cell.form == formBare {
			// "Projektägare <TAB>Perstorps kommun": a known label, the
			// cell's space after it, as a table copied from a page
			// (<td>Projektägare&nbsp;</td>) or Word's tab stops have it.
			line.term, line.form, line.value, line.spelling = cell.term, formTab, strings.TrimSpace(line.text[i+1:]), cell.spelling
			return
		}
		if looksLikeLabel(label) || ambiguouslyShortened(label) {
			line.unknownLabel, line.value, line.form = cleanValue(label), strings.TrimSpace(line.text[i+1:]), formTab
		}
	}
}

// ambiguouslyShortened reports a label shortened so that two fields'
// labels fit it ("Progr.": Programområde or Programperiod): a label all
// the same, whose field esf cannot tell, and no text.
func ambiguouslyShortened(label string) bool {
	return containsRare(label, ".") && utf8.RuneCountInString(label) <= maxSpelledLabel && len(shortenedLabels(label)) > 1
}

// writtenAsTerm reports a label written with the letters of its term, case
// and all; white space, zero-width characters and the kind of dash aside.
func writtenAsTerm(written, term string) bool {
	w, t := written, term
	for {
		w = strings.TrimLeftFunc(w, isSpaceOrInvisible)
		t = strings.TrimLeftFunc(t, isSpaceOrInvisible)
		if w == "" || t == "" {
			return w == "" && t == ""
		}
		a, na := utf8.DecodeRuneInString(w)
		b, nb := utf8.DecodeRuneInString(t)
		if a != b && !(isDash(a) && isDash(b)) {
			return false
		}
		w, t = w[na:], t[nb:]
	}
}

// isTickedYesNo reports a line that is a form's boxes of yes and no
// ("☐ Ja ☒ Nej"), whose first box is no task list's.
func isTickedYesNo(text string) bool {
	_, ok := tickedYesNo(text)
	return ok
}

// taskBox returns the length of a task list's box at the start of text,
// with a list's dash before it and the space after it: "[x] ", "- [ ] ",
// "☑ "; 0 where there is none.
func taskBox(text string) int {
	i := 0
	if len(text) > 2 && (text[0] == '-' || text[0] == '*') && text[1] == ' ' {
		i = 2 // a list's dash before the box
	}
	box := 0
	switch rest := text[i:]; {
	case len(rest) >= 3 && rest[0] == '[' && rest[2] == ']' && strings.IndexByte(" xX", rest[1]) >= 0:
		box = 3
	case len(rest) >= 3 && rest[0] == 0xE2:
		// ☐ ☑ ☒ ✅ ✔ ✓ (U+2610–2612, U+2705, U+2714, U+2713)
		for _, b := range []string{"☐", "☑", "☒", "✅", "✔", "✓"} {
			if strings.HasPrefix(rest, b) {
				box = len(b)
				break
			}
		}
	}
	if box == 0 || i+box >= len(text) || text[i+box] != ' ' {
		return 0
	}
	return i + box + 1
}

// gluedCapitals reads the lines of a page in capitals whose label is
// glued to a value of any words ("PROJEKTÄGAREARBETE OCH FÖRSÖRJNING",
// "PROJEKTFASFÖRPROJEKTERING"), as a fax of the 2007–2013 printout gives
// them. Alone, such a line may be a value or a title that begins like a
// label ("KOMMUNFÖRBUNDET KALMAR LÄN"), so classify reads only a value of
// a shape; where minCapitalsGlued line of the text is a label in
// capitals glued to its value, the text is such a page, and a label of
// minCapitalsLabel letters or more glued to a word that is no ending of
// its own ("PROJEKTÄGARENS ROLL") is read too, and named as written.
func gluedCapitals(lines []pageLine) []pageLine {
	n := 0
	for i := range lines {
		if l := &lines[i]; l.term != nil && l.form == formGlued && inCapitals(l.text) {
			n++
		}
	}
	if n < minCapitalsGlued {
		return lines
	}
	for i := range lines {
		gluedCapitalsLine(lines, i)
	}
	return lines
}

// gluedCapitalsLine reads line i as gluedCapitals does, and reports
// whether it did.
func gluedCapitalsLine(lines []pageLine, i int) bool {
	l := &lines[i]
	if l.term != nil || l.heading != nil || l.unknownLabel != "" || l.furniture != notFurniture || !inCapitals(l.text) || standsAlone(lines, i) {
		return false
	}
	m := termIndex().match(l.text, false)
	if m.label == nil || m.end == len(l.text) || strings.ReplaceAll(l.text[:m.end], " ", "") != strings.ToUpper(strings.ReplaceAll(m.label.text, " ", "")) || utf8.RuneCountInString(m.label.text) < minCapitalsLabel {
		return false
	}
	s := &setters[m.label.key]
	rest := l.text[m.end:]
	first, _ := utf8.DecodeRuneInString(rest)
	word, _, _ := strings.Cut(rest, " ")
	if s.set == nil || !s.text && !s.list || !unicode.IsUpper(first) || isInflection(strings.TrimSuffix(spellingKey(word), "s")) {
		return false
	}
	l.term, l.value, l.form, l.reads = m.label, rest, formGlued, true
	l.spelling = "in capitals, glued to its value"
	return true
}

// standsAlone reports a line with no line of words right above or below
// it, as a title stands ("HUVUDMANNASKAP I SKOLAN" between blank lines);
// a field block's lines stand together.
func standsAlone(lines []pageLine, i int) bool {
	return (i == 0 || lines[i-1].blank()) && (i+1 == len(lines) || lines[i+1].blank())
}

// minCapitalsGlued is the fewest labels in capitals glued to values of
// their shape ("REGIONSYDSVERIGE", "KONTAKTPERSONOLA JOHNSSON") that make
// a text a page in capitals, glued, for gluedCapitals: a value of its
// label's shape is no title's word, so one tells the page's way.
const minCapitalsGlued = 1

// minCapitalsLabel is the fewest letters of a label that gluedCapitals
// reads glued to words in capitals: "PROJEKTFAS" (10) and "PROJEKTÄGARE"
// (12), not "KOMMUN" (6) or "NAMN", which begin many a word.
const minCapitalsLabel = 8

// inCapitals reports text with letters, every one a capital.
func inCapitals(s string) bool {
	letters := false
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		letters = letters || unicode.IsLetter(r)
	}
	return letters
}

// cutAddressAfter returns text before a web address that ends it, a
// colon, a dash, an arrow or spaces between ("Läs mer: https://…", "Läs
// mer » <https://…>"), and whether there was one with words before it.
func cutAddressAfter(text string) (string, bool) {
	i := strings.LastIndexByte(text, ' ')
	if i < 0 {
		return "", false
	}
	addr := strings.TrimPrefix(text[i+1:], "<") // "Läs mer » <https://…>", as "save as text" writes a link
	if !strings.HasPrefix(addr, "https://") && !strings.HasPrefix(addr, "http://") {
		return "", false
	}
	before := strings.TrimRight(text[:i], " :-–»")
	return before, before != ""
}

// spaced reports white space between a label and its value; zero-width
// characters, which cleaning drops, are no space.
func spaced(between string) bool { return strings.ContainsFunc(between, unicode.IsSpace) }

// furnitureOf recognises furniture that no list holds: cookie notices,
// the headers and footers of printed pages, and separator lines.
func furnitureOf(text string) furniture {
	switch {
	case isCookieNotice(text):
		return furnitureCookie
	case isSeparator(text), fileHeader(text):
		// A file's name between joined files parts their pages as a
		// separator does.
		return furnitureSeparator
	case isPrintFurniture(text):
		return furniturePrint
	case misreadPageTop(text):
		return furniturePageTop
	case isPageStamp(text), isTableBorder(text), isBreadcrumb(text), isGreeting(text), isReactions(text), isColumnHeader(text), isDigestEnd(text), isSeriesFooter(text), isCopyright(text), isCharCounter(text), isToolbar(text), isBrowserBar(text):
		return furnitureLine
	}
	return notFurniture
}

// facetNames reads a search page's filter below its heading ("Filtrera"
// / "Region" / "Sydsverige (438) Stockholm (320)" / "Projektstatus" /
// "Pågående (267) Avslutat (504)") as furniture: each line of choices with
// their counts, and the name above it, a label alone or a short name, no
// label over a value. Elsewhere such a line is a page's own ("Kvinnor (45)
// Män (38)").
func facetNames(lines []pageLine) []pageLine {
	for i := range lines {
		if !filterHeadings[matchKey(lines[i].text)] {
			continue
		}
		for j := i + 1; j < len(lines); j++ {
			l := &lines[j]
			switch {
			case l.blank():
				continue
			case isFacets(l.text):
				l.term, l.heading, l.unknownLabel, l.furniture = nil, nil, "", furnitureLine
				if above := &lines[j-1]; !above.blank() && above.value == "" && len(strings.Fields(above.text)) <= maxFacetWords && !looksLikeProse(above.text) {
					above.term, above.heading, above.unknownLabel, above.furniture = nil, nil, "", furnitureLine
				}
				continue
			case j+1 < len(lines) && isFacets(lines[j+1].text):
				continue // the choices' name, read with them
			}
			break
		}
	}
	return lines
}

// filterHeadings are the headings of a search page's filter.
var filterHeadings = map[string]bool{matchKey("Filtrera"): true, matchKey("Filtrera resultat"): true,
	matchKey("Filtrera projekt"): true, matchKey("Filter"): true, matchKey("Filter results"): true, matchKey("Avgränsa sökningen"): true}

// minFacets is the fewest choices, each with its count of hits, that
// make a line a search page's filter ("Region Sydsverige (438) Stockholm
// (320)"): a value may end with a number in brackets.
const minFacets = 2

// isFacets reports a line of a search page's filter: choices each with
// its count of hits in brackets, minFacets of them or more, a word or a
// few before each, no sentence's marks.
func isFacets(text string) bool {
	if strings.Count(text, "(") < minFacets || strings.ContainsAny(text, ".:;!?") {
		return false // most lines, at a byte search's speed
	}
	n := 0
	for rest := text; ; {
		open := strings.IndexByte(rest, '(')
		if open < 0 {
			return n >= minFacets && strings.TrimSpace(rest) == ""
		}
		end := strings.IndexByte(rest[open:], ')')
		words := strings.Fields(rest[:open])
		if end < 0 || len(words) == 0 || len(words) > maxFacetWords || !allDigits(strings.ReplaceAll(rest[open+1:open+end], " ", "")) {
			return false
		}
		n++
		rest = rest[open+end+1:]
	}
}

// maxFacetWords bounds the words before a facet's count: a label and a
// choice ("Region Sydsverige", "Programområde 1 Kompetensförsörjning").
const maxFacetWords = 5

// maxLetterHeadLines bounds the lines above a newsletter's link to show
// it in a browser: its title, its date.
const maxLetterHeadLines = 3

// letterEnds marks as furniture a newsletter's head and foot: its link to
// show it in a browser among the input's first lines ("Visa i
// webbläsaren: https://…", letterHeadLinks), and the lines that end the
// input and say why the reader gets it or how to stop it (isLetterFoot),
// up to the first that does neither, a paragraph of their own. Anywhere
// else such words are a page's own ("Deltagarna lär sig att avsluta
// prenumerationer").
func letterEnds(lines []pageLine) []pageLine {
	seen := 0
	for i := range lines {
		if lines[i].blank() {
			continue
		}
		if seen++; seen > maxLetterHeadLines+1 {
			break
		}
		if isLetterHead(lines[i].text) {
			lines[i].furniture = furnitureLine
		}
	}
	first := -1 // the foot's first line
	for i := len(lines) - 1; i >= 0; i-- {
		if lines[i].blank() {
			continue
		}
		if !isLetterFoot(lines[i].text) {
			break
		}
		first = i
	}
	// The foot is a paragraph of its own, below a blank line or "--": a
	// sentence that goes on from the page's text is the page's.
	if first > 0 && !lines[first-1].blank() && strings.TrimSpace(lines[first-1].text) != "--" {
		return lines
	}
	for i := first; i >= 0 && i < len(lines); i++ {
		if !lines[i].blank() {
			lines[i].furniture = furnitureLine
		}
	}
	return lines
}

// letterHeadLinks are a newsletter's links above its pages to show it in
// a browser, each a line of its own, alone or with its address.
var letterHeadLinks = map[string]bool{
	"visa i webbläsaren": true, "visa i din webbläsare": true, "visa nyhetsbrevet i webbläsaren": true,
	"view in browser": true, "view in your browser": true, "view this email in your browser": true,
}

// isLetterHead reports a newsletter's link to show it in a browser
// (letterHeadLinks).
func isLetterHead(text string) bool {
	return letterHeadLinks[lineLinkWords(text)]
}

// lineLinkWords returns a link's words on a line of its own, in small
// letters, without the address after them and the marks round them:
// "Avsluta prenumeration: https://…" is "avsluta prenumeration".
func lineLinkWords(text string) string {
	if before, ok := cutAddressAfter(text); ok {
		text = before
	}
	return strings.ToLower(strings.TrimRight(strings.TrimSpace(text), ".:!»› "))
}

// letterFootSentences are what a newsletter or a mailing says at its foot
// of how the reader came to get it, and a project's page never does.
var letterFootSentences = []string{
	"du får det här nyhetsbrevet", "du får detta nyhetsbrev", "du får det här utskicket", "du får detta utskick",
	"du får det här mejlet för att", "you are receiving this", "you received this email", "you received this newsletter",
}

// letterFootLinks are the links at a newsletter's foot, each a line of its
// own, alone or with its address after it: "Avsluta prenumeration:
// https://…".
var letterFootLinks = map[string]bool{
	"avsluta prenumeration": true, "avsluta din prenumeration": true, "avprenumerera": true,
	"avprenumerera här": true, "unsubscribe": true, "unsubscribe here": true, "click here to unsubscribe": true,
}

// maxLetterFootLen bounds a newsletter's foot's line: a sentence and a
// link ("Du får det här nyhetsbrevet för att du prenumererar på nyheter
// från Svenska ESF-rådet. Avsluta prenumeration", 108 characters).
const maxLetterFootLen = 160

// isLetterFoot reports a line of a newsletter's foot: a sentence that
// says why the reader gets the letter (letterFootSentences), or a link
// to end it alone on its line (letterFootLinks), which a letter of
// several pages puts below the last. A sentence that only names the words
// ("lär sig att avsluta prenumerationer", "Unsubscribe Media AB") is none.
func isLetterFoot(text string) bool {
	if len(text) > maxLetterFootLen || !containsFoldASCII(text, "prenum") && !containsFoldASCII(text, "du f") &&
		!containsFoldASCII(text, "subscri") && !containsFoldASCII(text, "receiv") {
		return false // a cheap first look
	}
	if letterFootLinks[lineLinkWords(text)] {
		return true
	}
	if before, ok := cutAddressAfter(text); ok {
		text = before
	}
	lower := strings.ToLower(text)
	for _, w := range letterFootSentences {
		if strings.HasPrefix(lower, w) || strings.Contains(lower, ". "+w) {
			return true
		}
	}
	return false
}

// minToolbarButtons is the fewest buttons of an app's toolbar
// (toolbarButtons) on a line of a few words apart by wide gaps that make it
// the toolbar: a line of a page's own may name a button or two ("Press
// Nyheter  Sydsverige").
const minToolbarButtons = 3

// maxToolbarOthers is the most words on a toolbar's line that are no
// button esf knows: an app's own ("Nytt objekt").
const maxToolbarOthers = 1

// toolbarButtons are the buttons of an app's bar over a page or a list's
// item, as a copy takes them along (SharePoint's, a site's share bar):
// alone on a line, each may be a value ("Projektfas" / "Redigera"), and
// is not furniture.
var toolbarButtons = map[string]bool{
	"kopiera länk": true, "kopiera länken": true, "copy link": true, "dela": true, "share": true,
	"redigera": true, "edit": true, "versionshistorik": true, "version history": true,
	"avisera mig": true, "alert me": true, "behörigheter": true, "permissions": true,
	"ta bort": true, "delete": true, "skriv ut": true, "print": true, "exportera": true, "export": true,
	"följ": true, "follow": true, "ladda ner": true, "download": true,
}

// isToolbar reports an app's bar of buttons copied as a line, its buttons
// apart by two spaces or more ("Kopiera länk  Dela  Redigera
// Versionshistorik  Avisera mig", a list's item in SharePoint):
// minToolbarButtons buttons or more (toolbarButtons), each part of a few
// words (maxMenuWords) with no digit nor colon, and maxToolbarOthers
// parts at most that are none.
func isToolbar(text string) bool {
	if len(text) > 160 || strings.Count(text, "  ") < 2 {
		return false // a cheap first look
	}
	buttons, others := 0, 0
	for p := range strings.SplitSeq(text, "  ") {
		if p = strings.TrimSpace(p); p == "" {
			continue
		}
		if len(strings.Fields(p)) > maxMenuWords || strings.ContainsFunc(p, isDigitRune) || strings.ContainsRune(p, ':') {
			return false
		}
		if toolbarButtons[strings.ToLower(p)] {
			buttons++
		} else {
			others++
		}
	}
	return buttons >= minToolbarButtons && others <= maxToolbarOthers
}

// browserIcons are the glyphs a phone's text recognition reads a
// browser's bar of buttons as: back and forward, share, tabs, the menu.
const browserIcons = "<>‹›⬆⬇⧉⋮⋯☰⌂↻⟳"

// minBrowserIcons is the fewest icons of a browser's bar: back, forward
// and one more.
const minBrowserIcons = 3

// isBrowserBar reports a phone browser's bar of buttons as text
// recognition reads a screenshot's ("<   >   ⬆   ⧉"): minBrowserIcons of
// browserIcons or more, each alone between gaps, each once, back and
// forward among them. A row of arrows of a drawing ("↓    ↓    ↓") is none.
func isBrowserBar(text string) bool {
	if len(text) > 80 || strings.Count(text, "  ") < minBrowserIcons-1 {
		return false // a cheap first look
	}
	seen := map[rune]bool{}
	for p := range strings.SplitSeq(text, "  ") {
		if p = strings.TrimSpace(p); p == "" {
			continue
		}
		r, n := utf8.DecodeRuneInString(p)
		if n != len(p) || !strings.ContainsRune(browserIcons, r) || seen[r] {
			return false
		}
		seen[r] = true
	}
	return len(seen) >= minBrowserIcons && (seen['<'] && seen['>'] || seen['‹'] && seen['›'])
}

// maxCharCounterLen is the longest line a web form's counter of a box's
// characters is: "(max 2000 tecken)", "Tecken kvar: 236".
const maxCharCounterLen = 32

// isCharCounter reports a web form's counter of the characters written in
// a box, or the most it takes, below the box as a copy of the form leaves
// it: "14/250 tecken", "(max 200 tecken)", "Tecken kvar: 236", "236 tecken
// kvar". A bare "14/250" may be a value's, and is not.
func isCharCounter(text string) bool {
	if len(text) > maxCharCounterLen || len(text) < len("1 tecken") {
		return false
	}
	if c := text[len(text)-1]; c != 'n' && c != ')' && c != 'r' && !isDigit(c) {
		return false // a cheap first look
	}
	return charCounter.MatchString(text)
}

// charCounter is a form's counter of characters (isCharCounter).
var charCounter = lazyRE(`(?i)^(?:\(?\s*(?:max(?:imalt|\.)?\s+)?\d[\d ]*(?:\s*/\s*\d[\d ]*)?\s+tecken(?:\s+kvar)?\s*\)?|tecken\s+kvar\s*:?\s*\d+)$`)

// maxPageTopSlips is the most letters added, dropped, changed or swapped
// by which a line may miss a printout's top line (pageTopLines) and be it,
// OCR'd or typed ("Logolyp på utskrifter", "Logotyp pa utskrifter"): its
// twenty letters are far from any line of a page's own.
const maxPageTopSlips = 2

// pageTopKeys are pageTopLines folded for matching.
var pageTopKeys = sync.OnceValue(func() []string {
	keys := make([]string, len(pageTopLines))
	for i, s := range pageTopLines {
		keys[i] = matchKey(s)
	}
	return keys
})

// misreadPageTop reports a printout's top line a few letters off, within
// maxPageTopSlips of one of pageTopLines: a line of the site's above the
// page's title, not the title.
func misreadPageTop(text string) bool {
	for _, k := range pageTopKeys() {
		// A slip changes the length by a letter's two bytes at most;
		// the key has no spaces, the line a few. Every line of text
		// comes here: folding each one made BenchmarkCorpus 31 % slower.
		if n := len(text); n < len(k)-2*maxPageTopSlips || n > len(k)+2*maxPageTopSlips+4 {
			continue
		}
		if editDistance(matchKey(text), k, maxPageTopSlips) <= maxPageTopSlips {
			return true
		}
	}
	return false
}

// fieldColumns and valueColumns are the names a table of a page's labels
// and values gives its two columns in its header row: "Fält<TAB>Värde",
// "Field<TAB>Value", an assistant's "Uppgift<TAB>Detaljer".
var (
	fieldColumns = []string{"fält", "rubrik", "uppgift", "egenskap", "attribut", "nyckel", "benämning", "field", "label", "property", "attribute", "key", "item"}
	valueColumns = []string{"värde", "uppgift", "uppgifter", "innehåll", "information", "beskrivning", "svar", "detaljer", "value", "details", "content", "data"}
	// notesColumns are the names of the columns after them, an
	// evaluator's notes beside the values: "Fält<TAB>Värde<TAB>Kommentar".
	notesColumns = []string{"kommentar", "kommentarer", "anmärkning", "anmärkningar", "not", "noter", "källa", "status", "kontroll", "comment", "comments", "note", "notes", "source", "remark", "remarks"}
)

// isColumnHeader reports a table's header row of two cells parted by a
// tab or framed in a text table's bars, a field's column's name and a
// value's (fieldColumns, valueColumns), and the names of columns of notes
// after them (notesColumns): the table's, no label with its value.
func isColumnHeader(text string) bool {
	if c := text[0]; c == '|' || c == framedBoxByte {
		// A text table's header row in its frame: "| Fält | Värde |".
		f, ok := readFramedLine(text)
		return ok && !f.rule && isColumnHeader(f.cells[0].text+"\t"+f.cells[1].text)
	}
	first, second, ok := strings.Cut(text, "\t")
	if !ok || len(text) > maxColumnHeaderLen {
		return false
	}
	second, notes, _ := strings.Cut(second, "\t")
	for n := range strings.SplitSeq(notes, "\t") {
		if n = strings.ToLower(strings.TrimSpace(n)); notes != "" && !slices.Contains(notesColumns, n) {
			return false
		}
	}
	first, second = strings.ToLower(strings.TrimSpace(first)), strings.ToLower(strings.TrimSpace(second))
	return slices.Contains(fieldColumns, first) && slices.Contains(valueColumns, second)
}

// maxColumnHeaderLen bounds, in bytes, a table's header row of its
// columns' names: a few short words.
const maxColumnHeaderLen = 60

// seriesFooter is the line pandas prints below a Series of a page's labels
// and values: its dtype, after its name or length where it has them
// ("dtype: object", "Name: värde, dtype: object", "Length: 23, dtype:
// object").
var seriesFooter = lazyRE(`^(?:(?:Name: .*|Length: \d+), )?dtype: [a-z]+\d*(?:\[[^\]]*\])?$`)

// isSeriesFooter reports pandas' line below a Series (seriesFooter).
func isSeriesFooter(text string) bool {
	return containsRare(text, "dtype: ") && seriesFooter.MatchString(text)
}

// isCopyright reports a site's line of its rights, at a page's foot:
// "© Svenska ESF-rådet 2024", "(c) 2024 ESF-rådet", "Copyright © 2024
// Svenska ESF-rådet. Alla rättigheter förbehållna." A sentence that
// begins with the word ("Copyright 2024 års upphandling …"), or a list's
// item "(c) färre unga …", is none.
func isCopyright(text string) bool {
	if len(text) > maxCopyrightLine || text[0] != 0xC2 && text[0] != '(' && text[0]|0x20 != 'c' {
		return false // most lines: another first letter
	}
	cut := func(prefix string) (string, bool) {
		if len(text) >= len(prefix) && strings.EqualFold(text[:len(prefix)], prefix) {
			return text[len(prefix):], true
		}
		return "", false
	}
	if rest, ok := cut("©"); ok {
		return strings.TrimSpace(rest) != ""
	}
	rest, ok := cut("(c) ")
	if !ok {
		rest, ok = cut("copyright ")
	}
	// "(c)" begins a list's third item, "Copyright" a sentence: the rights
	// are the council's, named ("(c) 2024 Svenska ESF-rådet", "Copyright ©
	// 2024 ESF-rådet").
	return ok && (containsRare(rest, "ESF") || containsRare(rest, "rådet") || containsRare(rest, "esf.se"))
}

// maxCopyrightLine bounds a site's line of its rights, in bytes.
const maxCopyrightLine = 120

// chatReplies is a chat's line below a message that counts its replies:
// "3 svar  Senaste svaret för 2 timmar sedan", "2 replies Last reply 1h ago".
var chatReplies = lazyRE(`(?i)^\d{1,4} (?:svar|replies|reply)(?:\s+(?:senaste svaret|last reply)\b.*)?$`)

// isReactions reports a chat's line of reactions to a message, each an
// emoji or its short code and a count: "👍 1", ":+1: 2 :tada: 1".
func isReactions(text string) bool {
	if c := text[0]; len(text) > 80 || c != ':' && c < utf8.RuneSelf && !isDigit(c) || !strings.ContainsAny(text, "0123456789") {
		return false // an emoji, its short code or a count first
	}
	if isDigit(text[0]) {
		// A count before any emoji counts replies, or is a value with a
		// mark after it ("28485 ✅"): a reaction's count follows it.
		return chatReplies.MatchString(text)
	}
	emoji, counts := 0, 0
	for _, w := range strings.Fields(text) {
		switch {
		case allDigits(w):
			counts++
		case len(w) > 2 && w[0] == ':' && shortcodeEnd(w+" x") == len(w)+1:
			emoji++ // ":+1:", ":tada:"; ":Interventionstyp:" is a label
		case !strings.ContainsFunc(w, func(r rune) bool {
			return !unicode.Is(unicode.So, r) && !unicode.Is(unicode.Sk, r) && r != '\uFE0F' && r != '\u200D' && !unicode.Is(unicode.Mn, r)
		}):
			emoji++
		default:
			return false
		}
	}
	return emoji > 0 && counts > 0
}

// greetings are the words a mail's message begins with.
var greetings = []string{"Hej", "Hejsan", "Hallå", "Hi", "Hello", "Dear", "Kära", "God morgon", "Good morning"}

// isGreeting reports the line a mail's message opens with: a greeting,
// with up to three words of a name, and a comma or an exclamation mark
// ("Hej Karin,", "Hej!", "Dear Anna,").
func isGreeting(text string) bool {
	if len(text) > signatureLen || !strings.ContainsRune("HhDdKkGg", rune(text[0])) || !strings.ContainsAny(text[len(text)-1:], ",!") {
		return false
	}
	words := strings.Fields(strings.TrimRight(text, ",!"))
	for _, g := range greetings {
		n := len(strings.Fields(g))
		if len(words) > n && !strings.HasSuffix(text, ",") {
			continue // "Hej Framtid!" may be a project's name; "Hej Karin," is a mail's
		}
		if len(words) >= n && len(words) <= n+3 && strings.EqualFold(strings.Join(words[:n], " "), g) {
			for _, w := range words[n:] {
				if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
					return false // "Hej och välkommen!" is a sentence
				}
			}
			return true
		}
	}
	return false
}

// isBreadcrumb reports a web page's trail of links to where it stands:
// "Du är här: Start > Projekt > Projektbanken", "Start / Projektbanken /
// Framtidsresan".
func isBreadcrumb(text string) bool {
	if len(text) < 12 || !strings.ContainsRune("DdYySH", rune(text[0])) {
		return false
	}
	for _, p := range [...]string{"Du är här", "You are here"} {
		if len(text) > len(p) && strings.EqualFold(text[:len(p)], p) {
			rest := strings.TrimLeft(text[len(p):], " ")
			return strings.HasPrefix(rest, ":") && links(strings.TrimLeft(rest[1:], " "))
		}
	}
	return links(text)
}

// links reports a trail of three links or more from Start, Hem or Home,
// parted by >, ›, / or », or by tabs where a copy of the links as cells
// keeps no separator: short names, none a sentence's words.
func links(text string) bool {
	first := strings.IndexAny(text, " \t")
	if first < 0 || !breadcrumbStarts[strings.TrimRight(text[:first], ":")] {
		return false // most lines: no trail's first link
	}
	for _, sep := range [...]string{" > ", " › ", " / ", " » ", "\t"} {
		if !strings.HasPrefix(text[first:], sep) {
			continue
		}
		parts := strings.Split(text, sep)
		if len(parts) < 3 {
			return false
		}
		for _, part := range parts {
			if utf8.RuneCountInString(part) > maxBreadcrumbLink || strings.ContainsAny(part, ".,;!?") {
				return false
			}
		}
		return true
	}
	return false
}

// maxBreadcrumbLink is the longest link of a trail: a page's title at its
// end ("Kompetensutveckling för anställda i Perstorps kommun"), not a
// sentence.
const maxBreadcrumbLink = 60

// breadcrumbStarts are the first links of a web page's trail.
var breadcrumbStarts = map[string]bool{"Start": true, "Startsida": true, "Hem": true, "Home": true}

// isTableBorder reports a text table's border: "+------+------+", "|:---|---|",
// "|______|______|", a grid table's rule between its rows, which is no
// page's separator.
func isTableBorder(text string) bool {
	if c := text[0]; c != '+' && c != '|' {
		return columnRule(text)
	}
	dashes := 0
	for i := 0; i < len(text); i++ {
		switch text[i] {
		case '-', '=', '_':
			dashes++
		case '+', '|', ':', ' ':
		default:
			return false
		}
	}
	return dashes >= 3
}

// columnRule reports the rule of a text table that marks its columns,
// as reStructuredText's and pandoc's simple tables write it: two runs or
// more of equals signs or of hyphens, each of two or more, spaces between
// ("==========  ==========", "-------- -------"). Runs of one ("- - -",
// "= = =") are a separator's.
func columnRule(text string) bool {
	if text == "" || text[0] != '=' && text[0] != '-' {
		return false
	}
	c := text[0]
	runs := 0
	for i := 0; i < len(text); {
		switch {
		case text[i] == c:
			j := i
			for j < len(text) && text[j] == c {
				j++
			}
			if j-i < 2 {
				return false
			}
			runs++
			i = j
		case text[i] == ' ' || text[i] == '\t':
			i++
		default:
			return false
		}
	}
	return runs >= 2
}

// isPageStamp reports the line a web page shows under its text, when it
// was last changed: "Sidan uppdaterad: 2022-11-30", "Senast ändrad 30
// november 2022", "Publicerad 2021-03-01".
func isPageStamp(text string) bool {
	if len(text) > 60 || len(text) < 14 || !strings.ContainsAny(text[:1], "SsPpUuLlÄ") ||
		!containsRare(text, "rad") && !containsRare(text, "ed") || !strings.ContainsFunc(text, isDigitRune) {
		return false // "uppdaterad", "ändrad", "publicerad", "updated", "published"
	}
	return pageStamp.MatchString(text)
}

// maxMenuWords is the most words an item of a site's menu has: "Sök
// stöd", "Om webbplatsen", "Frågor och svar".
const maxMenuWords = 3

// bulletedMenu marks as furniture the site's menu as a text browser's
// dump without its links' numbers begins (w3m's, lynx -nonumbers): a list
// of minMenuLinks items or more of a few words each, above which stand
// only the site's own lines and its images' texts, one item of which is a
// line of the site's menu ("* Om oss" / "* Projektbanken" / "* Sök stöd" / "* Kontakt"). Its
// last item, a label's word, took the title below it for its value.
func bulletedMenu(lines []pageLine, text string) []pageLine {
	i := 0
	for i < len(lines) && (lines[i].blank() || lines[i].furniture != notFurniture || imageAlt(lines[i].text)) {
		if _, item := listedItem(&lines[i], text); item {
			break // the menu's first item, which may be the site's line
		}
		i++
	}
	start, site := i, false
	for ; i < len(lines); i++ {
		item, ok := listedItem(&lines[i], text)
		if !ok || item == "" || len(strings.Fields(item)) > maxMenuWords || strings.ContainsRune(item, ':') {
			break
		}
		site = site || classify(item, 0, false).furniture != notFurniture
	}
	if !site || i-start < minMenuLinks {
		return lines
	}
	for j := start; j < i; j++ {
		lines[j] = pageLine{num: lines[j].num, text: lines[j].text, off: lines[j].off, furniture: furnitureLine, sheetBreak: lines[j].sheetBreak}
	}
	return lines
}

// listedItem returns the text of a list's item and whether l is one: its
// bullet before its text, or before the label the line's reading took it
// off ("* Kontakt"), in text, the page's text.
func listedItem(l *pageLine, text string) (string, bool) {
	if item, ok := cutBullet(l.text); ok {
		return item, true
	}
	if l.off < 0 || l.off >= len(text) || l.text == "" {
		return "", false
	}
	if item, ok := cutBullet(text[l.off:]); ok && strings.HasPrefix(item, l.text) {
		return l.text, true // the label's line, from its bullet on
	}
	if !strings.HasPrefix(text[l.off:], l.text) {
		return "", false // a line made of others' text
	}
	before := strings.TrimSpace(text[strings.LastIndexByte(text[:l.off], '\n')+1 : l.off])
	_, ok := cutBullet(before + " ")
	return l.text, ok && before != ""
}

// imageAlt reports a text browser's line for an image, its text in
// brackets alone: "[ESF-rådet logotyp]".
func imageAlt(text string) bool {
	t := strings.TrimSpace(text)
	return len(t) > 2 && t[0] == '[' && t[len(t)-1] == ']' && strings.IndexByte(t[1:], '[') < 0
}

// maxStampWords is the longest line stackedPageStamps reads as a page's
// stamp's words over its date: "Sidan senast uppdaterad:".
const maxStampWords = 40

// stackedPageStamps marks as furniture a web page's stamp of when it was
// last changed (isPageStamp) set over two lines between a label alone and
// its value, as a PDF's sidebar copied in reading order lands there: its
// words alone ("Senast uppdaterad") and the date below them ("22 december
// 2023"). It was read as the value's first lines. Among the fields, the
// two lines are a label and its value of the page's own, kept in extra.
func stackedPageStamps(lines []pageLine) []pageLine {
	for i := 1; i+2 < len(lines); i++ {
		l, next, above := &lines[i], &lines[i+1], &lines[i-1]
		text := strings.TrimSpace(l.text)
		if l.furniture != notFurniture || next.furniture != notFurniture || l.term != nil || len(text) > maxStampWords ||
			len(text) < len("Publicerad") || strings.ContainsFunc(text, isDigitRune) ||
			above.term == nil || above.value != "" || lines[i+2].blank() || lines[i+2].term != nil {
			continue // no stamp, or none between a label and its value
		}
		if date := strings.TrimSpace(next.text); dateAlone(date) && isPageStamp(text+" "+date) {
			l.furniture, next.furniture = furnitureLine, furnitureLine
			i++
		}
	}
	return lines
}

// isDigestEnd reports the line a mailing list's digest ends with, below
// its last message: "End of ESF-UTV Digest, Vol 12, Issue 3" (Mailman),
// "End of ESF-UTV Digest - 22 Jan 2024 to 23 Jan 2024 (#2024-15)"
// (LISTSERV), "Slut på ESF-UTV Sammandrag, Vol 12, Nummer 3".
func isDigestEnd(text string) bool {
	if c := text[0] | 0x20; c != 'e' && c != 's' || len(text) > maxDigestEnd {
		return false
	}
	return digestEnd.MatchString(text)
}

// maxDigestEnd is the longest line isDigestEnd reads: the list's name
// and the digest's number or dates.
const maxDigestEnd = 120

var digestEnd = lazyRE(`(?i)^(?:end of|slut på)\s+\S+(?:\s+\S+){0,3}\s+(?:digest|sammandrag)(?:$|\s*,\s*(?:vol|nr|nummer|issue)\b|\s+-\s+\d|\s+\(#)`)

func isDigitRune(r rune) bool { return r >= '0' && r <= '9' }

var pageStamp = lazyRE(`(?i)^(?:(?:sidan\s+)?(?:senast\s+)?(?:uppdaterad|ändrad|publicerad|last updated|updated|published)(?:\s+senast)?|(?:senast\s+)?(?:redigerad|last edited|edited)\s+(?:av|by)\s+[^\s;,]+(?:\s+[^\s;,\d]+)?[;,]?)\s*:?\s*(?:\d{4}-\d{2}-\d{2}|\d{1,2}\s+\p{L}+\s+\d{4})(?:,?\s+(?:kl\.?|at)?\s*\d{1,2}[:.]\d{2})?\.?$`)

// cookieContext are words that, beside "kakor", make a line a cookie
// notice rather than prose about baking.
var cookieContext = []string{"webbplats", "använder", "godkänn", "samtycke", "accept", "inställningar", "esf.se"}

// cookieNoticeLen bounds a cookie notice: a longer line is prose that
// mentions cookies, and stays text.
const cookieNoticeLen = 400

func isCookieNotice(text string) bool {
	if len(text) > cookieNoticeLen {
		return false
	}
	cookie, kakor := cookieWords(text)
	if cookie {
		return true
	}
	if !kakor {
		return false
	}
	lower := strings.ToLower(text)
	for _, w := range cookieContext {
		if containsRare(lower, w) {
			return true
		}
	}
	return false
}

// cookieWords reports whether s holds "cookie" and "kakor", each in lower
// case, capitalised or in capitals (as containsFoldASCII reads them). It
// visits only the k and K of s, the letter both words share.
func cookieWords(s string) (cookie, kakor bool) {
	for _, k := range [2]byte{'k', 'K'} {
		lower := k == 'k'
		for from := 0; from < len(s); {
			i := strings.IndexByte(s[from:], k)
			if i < 0 {
				break
			}
			i += from
			from = i + 1
			if i >= 3 && i+3 <= len(s) && (s[i-3] == 'c' || s[i-3] == 'C') &&
				(lower && s[i-2:i] == "oo" && s[i+1:i+3] == "ie" || !lower && s[i-2:i] == "OO" && s[i+1:i+3] == "IE") {
				cookie = true
			}
			if i >= 2 && i+3 <= len(s) && (s[i-2] == 'k' || s[i-2] == 'K') &&
				(lower && s[i-1] == 'a' && s[i+1:i+3] == "or" || !lower && s[i-1] == 'A' && s[i+1:i+3] == "OR") {
				kakor = true
			}
		}
	}
	return cookie, kakor
}

// containsFoldASCII reports whether s contains word, an ASCII word in
// lower case, written in lower case, capitalised or in capitals. It looks
// for the word's tail with strings.Index, which is fast, and checks the
// letter before it.
func containsFoldASCII(s, word string) bool {
	var buf [32]byte // a word fits: its capitals cost no allocation
	upper := string(appendUpperASCII(buf[:0], word))
	for _, w := range [2]string{word, upper} {
		tail := w[1:]
		for from := 1; from < len(s); {
			at := indexRare(s[from:], tail)
			if at < 0 {
				break
			}
			at += from
			if c := s[at-1]; c == word[0] || c == word[0]-'a'+'A' {
				return true
			}
			from = at + 1
		}
	}
	return false
}

// appendUpperASCII appends word to b, its ASCII letters in capitals.
func appendUpperASCII(b []byte, word string) []byte {
	for i := 0; i < len(word); i++ {
		c := word[i]
		if 'a' <= c && c <= 'z' {
			c -= 'a' - 'A'
		}
		b = append(b, c)
	}
	return b
}

// isSeparator reports a line of three or more dashes, equals signs,
// underscores, stars or the like, which people put between pasted pages.
func isSeparator(text string) bool {
	if text == "" || !separatorFirst[text[0]] {
		return false // most lines: a letter first
	}
	if strings.HasPrefix(text, "==> ") && strings.HasSuffix(text, " <==") {
		return true // "==> sida2.txt <==": head and tail's line before each file
	}
	if columnRule(text) {
		return false // a text table's rule, inside the page
	}
	n := 0
	for _, r := range text {
		switch {
		case r == '-' || r == '=' || r == '_' || r == '*' || r == '~' || r == '#' || r == '.' || r == '·' || r == '•' || r == '–' || r == '—' || r == ':':
			n++
		case unicode.IsSpace(r):
		default:
			return false
		}
	}
	return n >= 3
}

// separatorFirst holds the bytes a separator line may begin with: a
// mark of isSeparator's, a space, or the first byte of "·", "•", "–",
// "—" or a space beyond ASCII (U+0085, U+00A0, U+1680, U+2000–U+205F,
// U+3000).
var separatorFirst = func() (first [256]bool) {
	for _, c := range []byte("-=_*~#.: \t\n\v\f\r\xC2\xE1\xE2\xE3") {
		first[c] = true
	}
	return first
}()

// fileHeader reports a line that names a file of pages, alone or in
// marks, as a program that joins files writes it before each: an echo
// loop's "===== sida2.txt =====" or "# file: sida2.txt", more's
// "sidor/sida2.txt" between lines of colons, unzip's "  inflating:
// sida2.txt" and its "Archive: sidor.zip", a heading's "### sida2.html".
func fileHeader(text string) bool {
	// The extension first, found with a byte's search: most lines have
	// none of a file of pages'.
	dot := strings.LastIndexByte(text, '.')
	if dot <= 0 {
		return false
	}
	end := dot + 1
	for end < len(text) && end-dot <= maxExtLen && (text[end]|0x20 >= 'a' && text[end]|0x20 <= 'z') {
		end++
	}
	if !pageFileExt(text[dot:end]) {
		return false
	}
	t := strings.Trim(text, "=-#*:<>[]|~ \t")
	// Marks of two or more on a side, a program's ("=====", "==>",
	// "###"); one is a list's bullet ("- budget.csv").
	left := strings.TrimRight(text[:indexRare(text, t)], " \t")
	right := strings.TrimLeft(text[indexRare(text, t)+len(t):], " \t")
	marked := len(left) >= 2 || len(right) >= 2
	for _, p := range [...]string{"inflating: ", "extracting: ", "Archive: ", "file: ", "fil: ", "filnamn: ", "filename: "} {
		if len(t) > len(p) && strings.EqualFold(t[:len(p)], p) && (p[0]|0x20 != 'f' || left != "") {
			// "# file: 002.txt", as a script's loop writes a file's
			// name above its pages, behind a mark: "Fil: budget.csv"
			// alone is a field.
			t, marked = strings.TrimSpace(t[len(p):]), true
			break
		}
	}
	if t == "" || len(t) > maxFileName || containsRare(t, "://") || strings.HasPrefix(strings.ToLower(t), "www.") || strings.ContainsRune(t, '@') {
		return false // a web address: a page's link
	}
	switch {
	case strings.ContainsAny(t, " \t"):
		// A name with spaces, in marks: "== Sida 2.txt ==".
		if !marked || len(strings.Fields(t)) > unknownLabelWords {
			return false
		}
	case !marked && !strings.ContainsAny(t, "/\\"):
		// A name alone with no folder ("budget.csv") may be a page's
		// line; a path ("sidor/sida2.txt"), as more writes it, is not.
		return false
	}
	return strings.HasSuffix(t, text[dot:end]) && len(t) > end-dot
}

// maxExtLen is the longest extension of pageFileExts, without its dot.
const maxExtLen = 5

// pageFileExt reports an extension of pageFileExts, in any case.
func pageFileExt(ext string) bool {
	for _, e := range pageFileExts {
		if strings.EqualFold(ext, e) {
			return true
		}
	}
	return false
}

// maxFileName bounds the name, with its folders, that fileHeader reads.
const maxFileName = 255

// pageFileExts are the extensions of the files of pages that fileHeader
// reads as a file's name, and of an archive of them.
var pageFileExts = []string{".txt", ".text", ".html", ".htm", ".md", ".eml", ".mht", ".mhtml", ".json", ".csv", ".zip"}

var (
	pageCounter = lazyRE(`(?i)^(?:(?:sida|page)\s+\d{1,4}(?:\s*(?:av|of|/)\s*\d{1,4}|\s*\(\d{1,4}\))?|(?:projekt|project)\s+\d{1,4}\s*(?:av|of|/)\s*\d{1,4})$`)
	printDate   = lazyRE(`^(?:\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4}),?\s+\d{1,2}[:.]\d{2}\b`)
	// printedOn is the date a printout says it was printed, and the
	// sheet's number after it: "Utskrivet 2024-05-03 14:22",
	// "Utskriftsdatum: 2024-05-03", "Printed 3 May 2024", "Utskrivet
	// 2024-05-12 2", "Utskrivet 2024-05-12 Sida 2 av 3".
	printedOn = lazyRE(`(?i)^(?:utskriv(?:et|en)|utskriftsdatum|utskrift|printed(?: on)?)\s*:?\s*(?:\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{1,2}\s+\p{L}+\s+\d{4})(?:,?\s+(?:kl\.?\s*)?\d{1,2}[:.]\d{2}(?::\d{2})?)?(?:\s+(?:(?:sida|page|s\.)\s*)?\d{1,3}(?:\s*(?:/|av|of)\s*\d{1,3}|\s*\(\d{1,3}\))?)?$`)
	// printURL is the page's address a printout's foot carries, with the
	// date it was printed and its page's number, either or both:
	// "www.esf.se/projektbanken 1 / 2", "www.esf.se  2019-03-12  Sida 1".
	printURL = lazyRE(`(?i)^(?:https?://|www\.)\S+(?:\s+\d{4}-\d{2}-\d{2})?(?:\s+(?:(?:sida|page)\s+\d{1,4}(?:\s*(?:/|av|of)\s*\d{1,4})?|\d{1,4}\s*(?:/|av|of)\s*\d{1,4}))?$`)
)

// signatureLen bounds a line read as the start of a mail's signature: the
// longest closing, "Skickat från Outlook för Android", is 32 bytes.
const signatureLen = 40

// closings are the lines that begin a mail's signature, folded to lower
// case without a comma or full stop at the end: a greeting before the
// sender's name, or what a phone's mail program adds.
var closings = map[string]bool{
	"mvh": true, "med vänlig hälsning": true, "med vänliga hälsningar": true, "vänlig hälsning": true,
	"vänliga hälsningar": true, "hälsningar": true, "hälsning": true, "bästa hälsningar": true,
	"best regards": true, "kind regards": true, "regards": true, "best wishes": true,
	"skickat från min iphone": true, "skickat från min ipad": true, "sent from my iphone": true,
	"sent from my ipad": true, "skickat från outlook för ios": true, "skickat från outlook för android": true,
	"hämta outlook för ios": true, "hämta outlook för android": true, "get outlook for ios": true,
	"get outlook for android": true, "sent from outlook": true,
}

// isSignature reports the line that begins a mail's signature: the
// delimiter "-- " (with its space: "--" alone may be a dash), or a closing.
func isSignature(raw, text string) bool {
	if strings.TrimRight(raw, "\r\n") == "-- " {
		return true
	}
	text = strings.TrimRight(text, ",.!")
	if text != "" && text[0] == '/' && len(text) <= signatureLen {
		return slashSignOff(text)
	}
	if text == "" || len(text) > signatureLen || strings.IndexByte("MmVvHhBbKkRrSsGg", text[0]) < 0 {
		return false
	}
	if closingLengths()[len(text)] && closings[strings.ToLower(text)] {
		return true
	}
	return closingWithName(text)
}

// slashSignOff reports the sender's name after one or two slashes, as a
// Swedish mail signs off: "/Maria", "//Ola Johnsson", "/ Anna-Karin". The
// name is one to three words, each a capital first and letters only: a
// path ("/projekt/esf") has none.
func slashSignOff(text string) bool {
	name := strings.TrimPrefix(strings.TrimPrefix(text, "/"), "/")
	name = strings.TrimPrefix(name, " ")
	words := strings.Fields(name)
	if len(words) == 0 || len(words) > 3 || strings.Join(words, " ") != name {
		return false
	}
	for _, w := range words {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
		if strings.ContainsFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) {
			return false
		}
	}
	return true
}

// forwardHeader is the line a mail program puts above a message it
// forwards or answers: "---------- Vidarebefordrat meddelande ---------",
// "-----Original Message-----".
var forwardHeader = lazyRE(`(?i)^[-_]{2,}\s*(?:vidarebefordrat meddelande|ursprungligt meddelande|originalmeddelande|forwarded message|original message)\s*[-_]{2,}$`)

// isForwardHeader reports a forwarded or answered message's header line,
// which the sender's text stands above: it ends a page as a signature does.
func isForwardHeader(text string) bool {
	return len(text) < 80 && (text[0] == '-' || text[0] == '_') && forwardHeader.MatchString(text)
}

// closingWithName reports a closing and the sender's name on one line:
// "Mvh Anna", "Vänliga hälsningar, Erik Svensson". The name is one to
// three words, each with a capital.
func closingWithName(text string) bool {
	if !strings.ContainsAny(text, " ,") {
		return false
	}
	for c := range closings {
		if c[0] != text[0]|0x20 {
			continue // the closings begin with an ASCII letter
		}
		if len(text) <= len(c)+1 || !strings.EqualFold(text[:len(c)], c) || text[len(c)] != ' ' && text[len(c)] != ',' {
			continue
		}
		words := strings.Fields(strings.TrimLeft(text[len(c):], ", "))
		if len(words) == 0 || len(words) > 3 {
			return false
		}
		for _, w := range words {
			if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) || strings.ContainsFunc(w, unicode.IsDigit) {
				return false
			}
		}
		return true
	}
	return false
}

// closingLengths marks the lengths of the closings, in bytes, which a
// line must have to be one: most lines are passed over on it.
var closingLengths = sync.OnceValue(func() (t *[signatureLen + 1]bool) {
	t = new([signatureLen + 1]bool)
	for c := range closings {
		t[len(c)] = true
	}
	return t
})

// isPrintFurniture reports the header and footer lines that a browser
// prints on every sheet: "Sida 1 av 2", a print date and time with the
// page's title, the page's address with a page count; alone, or side by
// side on one line (printColumns).
func isPrintFurniture(text string) bool {
	return printPart(text) || printColumns(text) || printBanner(text) || markedCounter(text)
}

// markedCounter reports a sheet's count between marks, as a line between
// pages pasted writes it: "--- sida 2 ---", "== Sida 2 av 3 ==". A mark
// before it alone is a list's ("- Sida 2 av 3").
func markedCounter(text string) bool {
	if len(text) < 2 || text[0] != '-' && text[0] != '=' && text[0] != 0xE2 {
		return false
	}
	if last := text[len(text)-1]; last != '-' && last != '=' && last != 0x93 && last != 0x94 { // "–" and "—" end in 0x93 and 0x94
		return false
	}
	t := strings.Trim(text, "-=–— ")
	lower := strings.ToLower(t)
	return t != "" && len(t) <= 20 && (strings.HasPrefix(lower, "sida ") || strings.HasPrefix(lower, "page ")) && pageCounter.MatchString(t)
}

// maxBannerLen bounds a printout's banner: a sentence is longer.
const maxBannerLen = 80

// printBanner reports a printout's line that names the print or the
// project bank and ends with the sheet's count ("Utskrivet från
// ESF-rådets projektbank 2/3", "Projektbanken – sida 2 av 3"), as a
// printout carries it on its sheets and between pages pasted, where it is
// no title of the page below. The print is named by its word alone:
// "utskrivna deltagare" are patients discharged.
func printBanner(text string) bool {
	if len(text) > maxBannerLen || text == "" || !isDigit(text[len(text)-1]) && text[len(text)-1] != ')' {
		return false
	}
	named := false
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if strings.HasPrefix(w, "projektbank") || w == "utskrivet" || w == "utskriven" || w == "utskrift" || w == "printed" {
			named = true
			break
		}
	}
	if !named {
		return false
	}
	_, _, _, ok := cutSheetCount(text)
	return ok
}

// printColumns reports a printout's header or footer whose parts stand on
// one line, wide gaps between them, as a PDF's text laid out keeps them:
// "Sida 2 av 3          2024-02-15 15:13", "Egenmakt – Svenska
// ESF-rådet          https://www.esf.se/…". Each part is a header's or a
// footer's (printPart), or the page's title with the site's name.
func printColumns(text string) bool {
	if len(text) > 300 || !hasGaps(text, 1) && strings.IndexByte(text, '\t') < 0 {
		return false
	}
	parts := gapParts(text)
	if len(parts) < 2 {
		return false
	}
	dated := false   // a page's count, a date or the site's title among the parts
	counted := false // a sheet's count: "Sida 2 av 5"
	own := 0         // parts that are no header's: the page's own title
	for _, p := range parts {
		title := siteTitle(p)
		if !printPart(p) && !title {
			own++
			continue
		}
		dated = dated || title || !containsRare(p, "://") && !strings.HasPrefix(strings.ToLower(p), "www.")
		counted = counted || len(p) <= 20 && pageCounter.MatchString(p)
	}
	if own > 0 {
		// "Egenmakt (2008-3050101)    Utskriven 2024-03-12 10:32    Sida
		// 2 av 5": a case system's printout heads each sheet with the
		// page's own title, a print date and the sheet's count. One part
		// of its own, beside two of a header's, one of them the count.
		return own == 1 && len(parts) >= 3 && counted
	}
	return dated // two links alone are the page's ("www.perstorp.se/x    www.esf.se/x")
}

// gapParts splits text at its gaps of minColumnGap spaces or more, or a tab: the
// parts a PDF's text, laid out (pdftotext -layout), keeps on one line.
func gapParts(text string) []string {
	var parts []string
	start := 0
	for i := 0; i < len(text); {
		j := i
		for j < len(text) && (text[j] == ' ' || text[j] == '\t') {
			j++
		}
		if j-i >= minColumnGap || j > i && strings.IndexByte(text[i:j], '\t') >= 0 {
			parts = append(parts, text[start:i])
			start = j
		}
		i = max(j, i+1)
	}
	return append(parts, text[start:])
}

// siteTitle reports a browser tab's title of a page of the site, as a
// printout's header carries it: "Egenmakt – Svenska ESF-rådet", "Gagna |
// Svenska ESF-rådet".
func siteTitle(text string) bool {
	rest, ok := strings.CutSuffix(text, "Svenska ESF-rådet")
	if !ok {
		return false
	}
	rest = strings.TrimRight(rest, " ")
	return strings.HasSuffix(rest, " –") || strings.HasSuffix(rest, " -") || strings.HasSuffix(rest, " |") || strings.HasSuffix(rest, " —")
}

// printPart reports one header's or footer's line of a printout, or one
// part of it.
func printPart(text string) bool {
	if text == "" || len(text) > 300 {
		return false
	}
	// Cheap tests first: most lines are prose that starts with a capital.
	c := text[0]
	switch {
	case (c == 'U' || c == 'u' || c == 'P' || c == 'p') && len(text) <= 48 && isDigit(text[len(text)-1]) && printedOn.MatchString(text):
		return true
	case isSlideCounter(text):
		return true // "Bild 4 av 5", "Slide 3:", "=== Bild 2 ==="
	case c == 'S' || c == 's' || c == 'P' || c == 'p':
		// The counter ends in a digit, or in brackets round one.
		return len(text) <= 20 && (isDigit(text[len(text)-1]) || text[len(text)-1] == ')') && pageCounter.MatchString(text)
	case c >= '0' && c <= '9':
		if len(text) <= pageNumberLen {
			return isPageNumber(text)
		}
		// A time after the date: a colon or a dot after its first six bytes.
		return len(text) >= 10 && (text[4] == '-' || strings.IndexByte(text[:6], '/') > 0) &&
			strings.ContainsAny(text[6:], ":.") && printDate.MatchString(text) && !stampSentence(text)
	case (c == '[' || c == '(') && len(text) <= maxBracketedCounter && bracketedCounter(text):
		return true // "[Sida 2 av 2]", "(Page 2 of 3)"
	case c == '-' || c == '[' || c == 0xE2: // "- 2 -", "[2]", "– 2 –", "— 2 —"
		return len(text) <= pageNumberLen && isPageNumber(text)
	case c == 'h' || c == 'w' || c == 'H' || c == 'W':
		return (containsFoldASCII(text[:min(len(text), 8)], "http") || containsFoldASCII(text[:min(len(text), 4)], "www.")) && printURL.MatchString(text)
	}
	return false
}

// maxBracketedCounter is the longest page counter in brackets a
// printout's foot carries: "[Sida 999 av 999]" is 17 bytes, "(Page 9999
// of 9999)" 20.
const maxBracketedCounter = 24

// bracketedCounter reports a sheet's counter in brackets or parentheses:
// "[Sida 2 av 2]", "(Page 2 of 3)". A project's ("(Projekt 1 av 3)") may
// be a page's own heading's, and is not.
func bracketedCounter(text string) bool {
	last := text[len(text)-1]
	if text[0] == '[' && last != ']' || text[0] == '(' && last != ')' {
		return false
	}
	inner := strings.TrimSpace(text[1 : len(text)-1])
	if len(inner) < 5 || !strings.EqualFold(inner[:5], "sida ") && !strings.EqualFold(inner[:5], "page ") {
		return false
	}
	return pageCounter.MatchString(inner)
}

// minStampSentenceWords is the fewest words of a sentence after a date
// and a time: a log's or a minute's line ("2024-03-01 10:00 Kickoff med
// partnerna i Perstorp."), which a printout's stamp is not.
const minStampSentenceWords = 4

// stampSentence reports a line that begins with a date and a time, as a
// printout's stamp does, and goes on in a sentence of
// minStampSentenceWords words or more with no gap in it: the page's text,
// not the browser's line at a sheet's top ("2024-03-12 10:32    Egenmakt
// – Svenska ESF-rådet").
func stampSentence(text string) bool {
	loc := printDate.FindStringIndex(text)
	if loc == nil {
		return false
	}
	rest := strings.TrimRight(text[loc[1]:], " \t")
	if strings.Contains(rest, "  ") || strings.ContainsRune(rest, '\t') {
		return false // a gap: a header's parts
	}
	if rest = strings.TrimSpace(rest); rest == "" || strings.IndexByte(".!?", rest[len(rest)-1]) < 0 {
		return false
	}
	return len(strings.Fields(rest)) >= minStampSentenceWords
}

// pageNumberLen is the longest page number a printout's foot carries
// alone on its line: "— 999 —" is 11 bytes, "999 (999)" 9.
const pageNumberLen = 11

// isPageNumber reports a printed page's number alone on its line, as a
// copy of a printout keeps it: "- 2 -", "– 2 –", "[2]", "2 (3)" and "2/3"
// with the page no later than the pages. A number alone is a value.
func isPageNumber(text string) bool {
	if !strings.ContainsAny(text, "-–—[(/") {
		return false // "2", "11", "1.1": values
	}
	m := pageNumber.FindStringSubmatch(text)
	if m == nil {
		return false
	}
	if m[1] == "" {
		return true // "- 2 -", "[2]"
	}
	page, _ := strconv.Atoi(m[1])
	of, _ := strconv.Atoi(m[2] + m[3])
	return page >= 1 && page <= of
}

var pageNumber = lazyRE(`^(?:[-–—]\s?\d{1,3}\s?[-–—]|\[\d{1,3}\]|(\d{1,3})\s?(?:\((\d{1,3})\)|/\s?(\d{1,3})))$`)

// otherColon returns the length of what stands for a colon at the start of
// s, the rest of a line after its label: a leader of two dots or more, an
// ellipsis or middle dots, an arrow ("→", "»", ">>", "►"), an equals sign
// or a bar, followed by a space or the line's end (»Sydsverige», a
// quotation's marks, touch their words) (a leader may touch the value, and so may an
// equals sign, as a program's settings and a form's exported fields write
// it: "Diarienummer=23-038-S06"); 0 for none.
func otherColon(s string) int {
	if s == "" {
		return 0
	}
	if !otherColonFirst[s[0]] {
		return spacedMarks(s) // most words: a letter first
	}
	if n, marks, ellipses := leaderRun(s); marks+2*ellipses >= 2 {
		return n // an ellipsis is three dots
	}
	for _, sep := range otherColons {
		if rest, ok := strings.CutPrefix(s, sep); ok && (rest == "" || rest[0] == ' ' || rest[0] == '\t' ||
			sep == "=" && rest[0] != '=' && rest[0] != '>' || gluedArrowValue(sep, rest)) && (sep != ">" || !strings.Contains(rest, " > ")) {
			return len(sep)
		}
	}
	return spacedMarks(s)
}

// maxSpacedMarks is the most marks that stand for a colon between a label
// and its value (spacedMarks): "~", "**", "==>"; a longer run is a rule
// or a drawing, not a colon.
const maxSpacedMarks = 3

// spacedMarks returns the length of a run of up to maxSpacedMarks marks
// at the start of s that a space and a value follow, which stands for a
// label's colon however people typed it: "Region ~ Sydsverige",
// "Projektägare * Perstorps kommun", "Kontaktperson ⟶ Ola Johnsson",
// "Projektfas • Förprojektering"; 0 for none. The marks are symbols, and
// the stars and bullets notes use, but no currency's sign or
// plus, which begin amounts and phone numbers, no sign of a comparison
// or a sum, no icon, and no stop, comma, bracket, quote or dash, which
// stand in sentences and values.
func spacedMarks(s string) int {
	n, r0 := 0, firstRune(s)
	for i, r := range s {
		switch {
		case r == ' ' || r == '\t':
			value := strings.TrimSpace(s[i:])
			if strings.ContainsRune(gridMarks, r0) && n == 1 {
				value = trimGridEnd(value) // "Region ¦ Sydsverige ¦": a table's row
			}
			if v := firstRune(value); n == 0 || !unicode.IsUpper(v) && !unicode.IsDigit(v) || containsRare(value, s[:i]) || strings.HasSuffix(value, ".") {
				// No value, a footnote's mark ("2020/00634 *)"), a
				// trail of links ("> Projekt > Framtidsresan"), or a
				// sentence ("Deltagare ~ 60 personer mellan 18 och 25
				// år.", "Region * är en viktig samverkanspart.").
				return 0
			}
			return i
		case !spacedMark(r):
			return 0
		}
		if n++; n > maxSpacedMarks {
			return 0
		}
	}
	return 0
}

// spacedMark reports a mark spacedMarks reads.
func spacedMark(r rune) bool {
	switch r {
	case '*', '•', '‣', '◦', '▪', '∙':
		return true
	case '+', '<', '≤', '≥', '≈', '≠', '±', '×', '÷', '#':
		return false // a sum's, a comparison's or a number's: "Deltagare < 25 år", "Kontaktperson # 1"
	}
	if r >= 0x2600 && r <= 0x2793 {
		return false // an icon ("Kontakt ✉ info@esf.se", "Tel ☎", "★"), no colon
	}
	return unicode.IsSymbol(r) && !unicode.Is(unicode.Sc, r)
}

// otherColons are the marks otherColon reads for a colon, besides leaders.
// A lone ">" comes after ">>", and a line with another " > " after it is
// a trail of links ("Projekt > Framtidsresan > Rapport"), not a label.
var otherColons = [...]string{"→", "⇒", "->", "=>", "=", "|", "»", "›", ">>", "➔", "➜", "►", "▶", ">"}

// otherColonFirst holds the bytes what otherColon reads may begin with: a
// leader's (leaderRun) or a mark's of otherColons.
var otherColonFirst = func() (first [256]bool) {
	for _, s := range append([]string{".", "…", "·", "_"}, otherColons[:]...) {
		first[s[0]] = true
	}
	return first
}()

// gluedArrowValue reports a value glued to an arrow that stands for the
// label's colon ("Projektägare→Perstorps kommun"), as notes write it: a
// letter or a digit right after the arrow. The marks that quote a word or
// part a trail of links ("»", "›", ">>", "|") stand so round words too.
func gluedArrowValue(arrow, rest string) bool {
	switch arrow {
	case "»", "›", ">>", ">", "|", "=":
		return false
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// startsValue reports text that begins as a value does, not a sentence's
// next word: a capital or a digit.
func startsValue(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

// colonLike returns the length of the character that stands for a label's
// colon at the start of s (colonAt) when a value follows it; 0 otherwise.
func colonLike(s string) int {
	n := colonAt(s)
	if n == 0 || strings.TrimLeftFunc(s[n:], func(r rune) bool { return isSpaceOrInvisible(r) || r == ':' }) == "" {
		return 0
	}
	return n
}

// colonAt returns the length of a character that stands for a label's
// colon at the start of s: a colon of another script (full-width, small,
// the ratio sign, the modifier letter), an en or em dash, or "--"; 0 for
// none. A hyphen, which also joins words, counts only before a space or
// alone ("Projektnummer- 2020/00634", "Kontaktperson -").
func colonAt(s string) int {
	r, n := utf8.DecodeRuneInString(s)
	switch r {
	case '：', '﹕', '∶', '꞉', '︓', '–', '—':
		return n
	case '-':
		switch {
		case strings.HasPrefix(s, "--"):
			return 2
		case s == "-" || strings.HasPrefix(s, "- "):
			return 1
		}
	}
	return 0
}

// parenthesisedColon returns where the colon stands after a bracketed note
// that begins s ("(namn):"), or the semicolon or tab that a sheet's row
// has for it; 0 for none.
func parenthesisedColon(s string) int {
	end := strings.IndexByte(s[:min(len(s), maxSpelledLabel)], ')')
	if end < 2 {
		return 0
	}
	rest := s[end+1:]
	if !strings.HasPrefix(rest, "\t") {
		rest = strings.TrimLeft(rest, " ")
	}
	if noteSeparator(rest) == 0 {
		return 0
	}
	return len(s) - len(rest)
}

// noteSeparator returns the length of what stands for the colon after a
// label's note in brackets at the start of s: the colon, the semicolon or
// tab of a sheet's row, or what stands for a colon after a label alone
// ("Region (ESF) = Sydsverige", "Region (ESF) – Sydsverige"); 0 for none.
func noteSeparator(s string) int {
	for _, sep := range [...]string{":", ";", "\t", "："} {
		if strings.HasPrefix(s, sep) {
			return len(sep)
		}
	}
	if n := colonAt(s); n > 0 {
		return n // a dash, or a colon of another script, its value after it or below
	}
	return otherColon(s)
}

// cutBracketNote splits "Label (note): value" into the label and the rest
// from its colon on, the note in brackets left out: a label of a few words,
// a note of a word or two (maxBracketNoteWords).
func cutBracketNote(text string) (label, rest string, ok bool) {
	open := strings.IndexByte(text[:min(len(text), maxSpelledLabel*utf8.UTFMax)], '(') - 1
	if open <= 0 || text[open] != ' ' {
		return "", "", false
	}
	n := parenthesisedColon(text[open+1:])
	if n == 0 {
		return "", "", false
	}
	note := text[open+1 : open+1+strings.IndexByte(text[open+1:], ')')+1]
	if strings.Count(note, "(") != 1 || noteWords(note) > maxBracketNoteWords {
		return "", "", false
	}
	return text[:open], strings.TrimLeft(text[open+1+len(note):], " "), true
}

// cutDashGlued splits a line at the first space in its first bytes
// followed by a dash or an arrow glued to a letter or a digit ("Region
// -Sydsverige", "Programområde ->Programområde 1 …", "E-post
// ->ola@…"), into the words before it, the mark and the value; a mark
// spaced on both sides is the spelling reading's separator, and a dash
// glued on both sides joins words.
func cutDashGlued(text string) (label, mark, value string, ok bool) {
	head := text[:min(len(text), maxSpelledLabel*utf8.UTFMax)]
	for i := strings.IndexByte(head, ' '); i > 0 && i+1 < len(head); {
		if rest := text[i+1:]; gluedMark(rest) > 0 {
			n := gluedMark(rest)
			return text[:i], rest[:n], strings.TrimSpace(rest[n:]), true
		}
		j := strings.IndexByte(head[i+1:], ' ')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return "", "", "", false
}

// gluedArrows are the arrows notes write for a label's colon, glued to the
// value after them ("Region ->Sydsverige").
var gluedArrows = [...]string{"->", "=>", "→", "⇒", "»", "›", ">>", "➔", "➜", "►", "▶"}

// labelNote returns the length of a note in brackets at the start of s,
// of a word or two (maxBracketNoteWords) and no longer than maxLabelNote,
// or 0.
func labelNote(s string) int {
	if s == "" || s[0] != '(' {
		return 0
	}
	end := strings.IndexByte(s[:min(len(s), maxLabelNote+2)], ')')
	if end < 2 || strings.Count(s[:end], "(") != 1 || noteWords(s[1:end]) > maxBracketNoteWords {
		return 0
	}
	return end + 1
}

// squareNote returns text with a note in square brackets after the words
// that begin it, a word or two (maxBracketNoteWords) no longer than
// maxLabelNote, written in round brackets, as a form writes its marks:
// "Projektägare [krävs]" is "Projektägare (krävs)"; note is the note, and
// ok is false for a text with no such note.
func squareNote(text string) (bracketed, note string, ok bool) {
	open := strings.IndexByte(text[:min(len(text), maxSpelledLabel*utf8.UTFMax)], '[')
	if open <= 1 || text[open-1] != ' ' {
		return "", "", false
	}
	end := strings.IndexByte(text[open:min(len(text), open+maxLabelNote+2)], ']')
	if end < 2 || strings.ContainsAny(text[open+1:open+end], "[()") || noteWords(text[open+1:open+end]) > maxBracketNoteWords {
		return "", "", false
	}
	note = text[open+1 : open+end]
	return text[:open] + "(" + note + ")" + text[open+end+1:], note, true
}

// boxedValue splits a line of a form whose box, square brackets, holds
// the value with a space either side ("Telefonnummer [ 08-615 98 81 ]",
// "Region [Sydsverige ]"), or the label before its value ("[Projektfas]
// Förprojektering"). A word in brackets close to them after a label is
// the form's note (squareNote): "Projektägare [krävs]".
func boxedValue(text string) (label, value string, ok bool) {
	if rest, ok := strings.CutPrefix(text, "["); ok {
		end := strings.IndexByte(rest, ']')
		if end <= 0 || end > maxSpelledLabel*utf8.UTFMax || !strings.HasPrefix(rest[end+1:], " ") {
			return "", "", false
		}
		label, value = strings.TrimSpace(rest[:end]), strings.TrimSpace(rest[end+1:])
		return label, value, label != "" && wordy(value) && !strings.ContainsAny(label, "[]") && !strings.HasPrefix(value, "=>")
	}
	if !strings.HasSuffix(text, "]") {
		return "", "", false
	}
	open := strings.LastIndex(text, " [")
	if open <= 0 {
		return "", "", false
	}
	inner := text[open+2 : len(text)-1]
	value = strings.TrimSpace(inner)
	if !wordy(value) || strings.ContainsAny(value, "[]") || inner == value {
		return "", "", false
	}
	return strings.TrimSpace(text[:open]), value, true
}

// wordy reports s holding a letter or a digit.
func wordy(s string) bool {
	return strings.ContainsFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) })
}

// boxedWhat says which of a line boxedValue split its box held.
func boxedWhat(text string) string {
	if strings.HasPrefix(text, "[") {
		return "the label"
	}
	return "the value"
}

// cutLabelNote splits a line that begins with a label and a note in
// brackets with no colon after it into the label, the note and what
// follows the note: nothing for a label alone on its line ("Beviljat
// ESF-stod (se nedan)"), or a value glued to the note, as a glued
// printout writes it ("Kontaktperson (uppgift)Margareta Wandel").
// A note spaced from what follows is cutBracketNote's, or a value's
// words.
func cutLabelNote(text string) (label, note, rest string, ok bool) {
	open := strings.IndexByte(text[:min(len(text), maxSpelledLabel*utf8.UTFMax)], '(')
	if open <= 0 {
		return "", "", "", false
	}
	n := labelNote(text[open:])
	if n == 0 {
		return "", "", "", false
	}
	rest = text[open+n:]
	if r, _ := utf8.DecodeRuneInString(rest); rest != "" && !unicode.IsLetter(r) && !unicode.IsDigit(r) {
		return "", "", "", false
	}
	return strings.TrimRight(text[:open], " "), text[open : open+n], rest, true
}

// bracketsOverValue takes back the value in brackets a label was read
// with (valueInBrackets) where a value of the label's field stands right
// below it: "Slutdatum (2025-12-31)" / "2026-12-31" is a label with a
// note, its value below, and the note is named.
func bracketsOverValue(lines []pageLine) []pageLine {
	for i := range lines {
		l := &lines[i]
		if !l.inBrackets || i+1 >= len(lines) {
			continue
		}
		if n := &lines[i+1]; n.term == nil && n.heading == nil && !n.blank() && valueReads(l.term.key, strings.TrimSpace(n.text)) {
			note := l.value
			l.form, l.value, l.inBrackets = formBare, "", false
			l.spelling = "with " + quoteShort("("+note+")") + " after it, and a value of its own below it"
		}
	}
	return lines
}

// valueInBrackets reports a label's note in brackets that is the label's
// value and can be no note: a period of two dates, a date for a date's
// label, an amount in kronor with its unit. A number alone ("Planerat
// antal deltagare (2021)") may be a note's year, a word a note's word.
func valueInBrackets(k Key, value string) bool {
	switch k {
	case KeyPeriod:
		_, _, ok := parsePeriod(value)
		return ok
	case KeyStartDate, KeyEndDate:
		_, ok := parseDate(value)
		return ok && strings.ContainsAny(value, "-./ ")
	case KeyTotalBudget, KeyESFSupport:
		lower := strings.ToLower(value)
		_, ok := parseAmount(value)
		return ok && (containsRare(lower, "kr") || containsRare(lower, "sek"))
	}
	return false
}

// withNote gives a line read through cutLabelNote its note: an amount's
// unit goes with the value, or below it; any other note is named.
func withNote(l *pageLine, note string) {
	inner := strings.TrimSpace(note[1 : len(note)-1])
	switch {
	case amountUnit(inner) && l.value == "":
		l.unit = inner
	case amountUnit(inner):
		if !ownUnit(l.value, inner) {
			l.value += " " + inner
		}
	default:
		l.spelling = strings.TrimPrefix(l.spelling+", with "+quoteShort(note)+" after it", ", ")
	}
}

// cutTranslation splits "Label / Translation: value" (or the label
// alone, stacked) into the label, its translation and the rest from its
// colon on: where both halves are labels of the same field, or the second
// a few words and the first a label. "Sekundärtema - Motverka
// barnfattigdom" has no slash.
func cutTranslation(text string) (label, translation, rest string, ok bool) {
	head := text[:min(len(text), maxSpelledLabel*2*utf8.UTFMax)]
	if strings.IndexByte(head, '/') < 0 {
		return "", "", "", false // looked for by its slash: a space begins most words
	}
	slash := indexRare(head, " / ")
	if slash <= 0 {
		return "", "", "", false
	}
	end := len(text) // where the translation ends: the colon, or the line's end
	if c := strings.IndexByte(text[slash:], ':'); c >= 0 {
		end = slash + c
	} else if len(text) > maxSpelledLabel*2*utf8.UTFMax {
		return "", "", "", false
	}
	translation = strings.TrimSpace(text[slash+3 : end])
	label = strings.TrimSpace(text[:slash])
	if translation == "" || len(strings.Fields(translation)) > maxTranslationWords || strings.ContainsAny(translation, "/:") {
		return "", "", "", false
	}
	first, second := classify(label, 0, false), classify(translation, 0, false)
	if first.term == nil || first.value != "" || second.term != nil && second.term.key != first.term.key {
		return "", "", "", false
	}
	return label, translation, text[end:], true
}

// bulletsInLine reports a line whose bullet before body stands again
// between its words: "• Region • Skåne", a list's items on one line, no
// label with the bullet for its colon.
func bulletsInLine(text, body string) bool {
	mark := strings.TrimSpace(strings.TrimSuffix(text, body))
	return mark != "" && utf8.RuneCountInString(mark) == 1 && strings.Contains("•‣◦▪∙·", mark) && containsRare(body, " "+mark+" ")
}

// cutSlashValue splits "Label / value", no colon after it, where the
// words after the slash are the label's value (valueAfterSlash), not
// its translation: "Region / Sydsverige", "Projektfas / Förprojektering".
func cutSlashValue(text string) (label, value string, ok bool) {
	slash := indexRare(text, " / ")
	if slash <= 0 || strings.IndexByte(text, ':') >= 0 || strings.Count(text, " / ") > 1 {
		return "", "", false
	}
	label, value = strings.TrimSpace(text[:slash]), strings.TrimSpace(text[slash+3:])
	if value == "" || utf8.RuneCountInString(label) > maxSpelledLabel {
		return "", "", false
	}
	first, second := classify(label, 0, false), classify(value, 0, false)
	if first.term == nil || first.value != "" || second.term != nil || !valueAfterSlash(first.term.key, value) {
		return "", "", false
	}
	return label, value, true
}

// valueAfterSlash reports words after a label's slash, with no colon
// after them, that are k's value rather than the label's translation: a
// value that reads as a typed field's ("Region / Sydsverige",
// "Projektperiod / 2016-02-02 - 2019-01-31"), words with a letter
// outside English ("Projektägare / Arbete och Försörjning", "Projektfas
// / Förprojektering"), with a digit or an at sign ("Projektnummer /
// 2015/00764", "E-post / kaisa.welander@kristianstad.se"), or with a word
// no English label holds ("Projektägare / Kristianstads kommun",
// "Kontaktperson / Kaisa Welander"). A translation is English in a
// label's words: "Owner", "Area", "Duration", "Lead Partner".
func valueAfterSlash(k Key, s string) bool {
	if k < numKeys && setters[k].set != nil && !setters[k].text && valueReads(k, s) {
		return true
	}
	if strings.ContainsFunc(s, func(r rune) bool { return r >= utf8.RuneSelf && unicode.IsLetter(r) || unicode.IsDigit(r) || r == '@' }) {
		return true
	}
	return slices.ContainsFunc(strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) }), func(w string) bool { return !englishLabelWords()[w] })
}

// englishLabelWords are the words of the English labels and headings, in
// small letters, and the words a label's translation adds to them.
var englishLabelWords = sync.OnceValue(func() map[string]bool {
	words := map[string]bool{}
	for _, w := range []string{"lead", "partner", "partners", "applicant", "beneficiary", "organisation", "organization", "name", "person", "to", "of", "the", "for", "and", "in", "by", "with", "code", "date", "no", "nr", "number", "id", "type", "amount", "sek", "eu", "esf", "total", "planned", "granted", "support", "funding", "contact", "address", "post", "postal", "city", "town", "phone", "telephone", "mail", "e", "email", "web", "site", "website", "start", "end", "area", "duration", "period", "owner", "project", "region", "call", "phase", "participants", "fund", "programme", "program"} {
		words[w] = true
	}
	for _, t := range terms {
		if t.lang == langEN {
			for _, w := range strings.FieldsFunc(strings.ToLower(t.text), func(r rune) bool { return !unicode.IsLetter(r) }) {
				words[w] = true
			}
		}
	}
	return words
})

// cutFieldNumber splits "Region_2: Sydsverige" (or "Region_2" alone, or
// "Region_2=Sydsverige") into the label and the rest from its colon on,
// the number a PDF form gives its field left out.
func cutFieldNumber(text string) (label, rest string, ok bool) {
	head := text[:min(len(text), maxSpelledLabel*utf8.UTFMax)]
	if strings.IndexByte(head, '_') < 0 {
		return "", "", false // most lines: no form's name
	}
	if c := strings.IndexAny(head, ":="); c > 0 {
		head = head[:c]
	}
	us := strings.LastIndexByte(head, '_')
	if us <= 0 {
		return "", "", false
	}
	end := us + 1
	for end < len(text) && isDigit(text[end]) {
		end++
	}
	if end == us+1 || end-us > maxFieldNumber+1 || end < len(text) && text[end] != ':' && text[end] != '=' && text[end] != ' ' {
		return "", "", false
	}
	label = strings.ReplaceAll(text[:us], "_", " ")
	rest = text[end:]
	if after, ok := strings.CutPrefix(rest, "="); ok {
		rest = ": " + strings.TrimLeft(after, " ") // "Region_2=Sydsverige", as a form's data file writes it
	}
	return label, rest, true
}

// maxFieldNumber bounds the digits of a form field's number.
const maxFieldNumber = 5

// maxTranslationWords bounds a label's translation after a slash.
const maxTranslationWords = 5

// translatedHeadingLen bounds, in bytes, a heading and its translation
// after a slash, the longest heading's twice and the slash.
const translatedHeadingLen = 2*spelledHeadingLen + len(" / ")

// maxLabelNote bounds a note in brackets after a stacked label: a unit or
// a word or two ("(obligatorisk)"), not a value in brackets.
const maxLabelNote = 32

// amountUnit reports a note that is a unit of an amount: "kr", "tkr",
// "SEK", "MSEK", "mnkr".
func amountUnit(note string) bool {
	switch strings.ToLower(strings.TrimSpace(note)) {
	case "kr", "kronor", "sek", "tkr", "tsek", "ksek", "mkr", "mnkr", "msek", "miljoner kronor", "tusental kronor":
		return true
	}
	return false
}

// countUnit reports a unit of a count of people: "st", "stycken",
// "personer".
func countUnit(word string) bool {
	switch strings.ToLower(strings.TrimSpace(word)) {
	case "st", "st.", "stycken", "personer", "pers", "pers.":
		return true
	}
	return false
}

// ownUnit reports an amount that gives a unit of its own, of the factor
// of unit, the unit its label gives: "9 997 836 kr" below "(SEK)", "9 998
// tkr" below "(tkr)". An amount of another factor ("9 998 kr" below
// "(tkr)") takes the label's after its own, and reads as no amount, said.
func ownUnit(value, unit string) bool {
	if !strings.ContainsFunc(value, unicode.IsLetter) {
		return false
	}
	_, own := cutAmountUnit(strings.ToLower(strings.TrimSpace(value)))
	_, label := cutAmountUnit("1 " + strings.ToLower(strings.TrimSpace(unit)))
	return own == label
}

// unitAfterLabel returns where the unit of an amount begins and ends in
// the rest of a line after a label of k, "i kr", "in SEK:", ", kr:", "SEK:",
// when the line ends there or with a colon; zeros for none. A unit with
// nothing before it ("Total projektbudget kr") asks for the colon, lest a
// value in its words ("MSEK 9,9") be taken for one. After a count's label
// (participants), its unit: ", st:", "i antal personer".
func unitAfterLabel(rest string, k Key) [2]int {
	word, ok := strings.CutPrefix(rest, "i ")
	if !ok {
		word, ok = strings.CutPrefix(rest, "in ")
	}
	if !ok {
		if word, ok = strings.CutPrefix(rest, ","); ok {
			word = strings.TrimLeftFunc(word, isSpaceOrInvisible)
		}
	}
	bare := !ok
	if bare {
		word = rest
	}
	end := strings.IndexFunc(word, func(r rune) bool { return r == ':' || unicode.IsSpace(r) })
	if end < 0 {
		end = len(word)
	}
	if !amountUnit(word[:end]) && !(k == KeyParticipants && countUnit(word[:end])) {
		return [2]int{}
	}
	after := strings.TrimLeftFunc(word[end:], isSpaceOrInvisible)
	if after != "" && after[0] != ':' || bare && after == "" {
		return [2]int{}
	}
	at := len(rest) - len(word)
	return [2]int{at, at + end}
}

// cellGoesOn reports the rest of a line after a label that runs on, in
// the same word, to a tab: a cell of a sheet's row that holds more than
// the label.
func cellGoesOn(text, rest string) bool {
	tab := strings.IndexByte(rest, '\t')
	if tab <= 0 || strings.ContainsRune(rest[:tab], ':') {
		return false
	}
	if !strings.ContainsRune(rest[:tab], ' ') {
		return true
	}
	// "Contact eprson\tKaisa Welander": past a space, the cell is the
	// label only where it is a label with a slip.
	cell := text[:len(text)-len(rest)+tab]
	return utf8.RuneCountInString(cell) <= maxSpelledLabel && nearestLabel(cell) != nil
}

// addressWithNote reports an e-mail address with a note in brackets after
// it, as a contact's line gives their role: "ola@trelleborg.se
// (projektledare)".
func addressWithNote(value string) bool {
	address, note, ok := strings.Cut(value, " ")
	return ok && strings.IndexByte(address, '@') > 0 && len(note) > 2 && note[0] == '(' &&
		strings.IndexByte(note, ')') == len(note)-1
}

// gluedValueFits guards the glued and spaced forms against prose that only
// begins like a label ("Regionförbundet …", "Landet …"): the value must start
// where a new word would, with a capital, a digit or a quote. A phone number
// may start with + or (, an e-mail address with anything, and a contact
// person with a name written in lower case.
func gluedValueFits(k Key, value string) bool {
	if isPlaceholder(value) {
		return true // "Telefonnummersaknas", "Programområde-"
	}
	r, _ := utf8.DecodeRuneInString(value)
	switch k {
	case KeyContactEmail:
		_, hidden := unhideAddress(value)
		return containsRare(value, "@") && (!containsRare(value, " ") || addressWithNote(value)) || hidden
	case KeyContactPhone:
		if r == '+' || r == '(' {
			return true
		}
	case KeyContactName:
		// A name typed in lower case: "Kontaktpersonola johnsson" in a
		// text copy, "Kontaktperson ola johnsson" from a saved page's
		// label and value side by side.
		if unicode.IsLower(r) {
			return looksLikePersonName(value)
		}
	}
	if s := &setters[k]; unicode.IsLower(r) && (s.reads != nil || s.fills != nil) {
		// A date or a period written in words: "Projektperiodfrån
		// 2009-01-15 till 2009-10-31", "Startdatumden 1 maj 2008".
		return valueReads(k, value)
	}
	return unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune(`"”“„«'(`, r)
}

// labelWordGoesOn reports a value glued to a label whose first letters, small,
// go on with the label into a longer label's: "Kontakt" + "pers Ola
// Johnsson" is "Kontaktperson" cut short, its value after it.
func labelWordGoesOn(label, value string) bool {
	end := strings.IndexFunc(value, func(r rune) bool { return !unicode.IsLetter(r) })
	if end < 0 {
		end = len(value)
	}
	if first, _ := utf8.DecodeRuneInString(value); end == 0 || !unicode.IsLower(first) {
		return false
	}
	s := strings.ToLower(label + value[:end])
	for i := range terms {
		if t := strings.ToLower(terms[i].text); terms[i].role&asLabel != 0 && len(t) > len(s) && strings.HasPrefix(t, s) {
			return true
		}
	}
	return false
}

// looksLikePersonName reports two to four words of letters, each of three
// letters or more but the last: "stefan Johansson", "anna-karin berg". A
// word whose first letters are small and a later one a capital is the
// rest of a label glued to the name ("Kontakt" + "pérsonOla Johnsson").
func looksLikePersonName(s string) bool {
	words := strings.Fields(cleanValue(s))
	if len(words) < 2 || len(words) > 4 || utf8.RuneCountInString(words[0]) < 3 {
		return false
	}
	for _, w := range words {
		lower := false
		for _, r := range w {
			if !unicode.IsLetter(r) && r != '-' && r != '\'' && r != '.' {
				return false
			}
			if lower && unicode.IsUpper(r) {
				return false
			}
			lower = lower || unicode.IsLower(r)
		}
	}
	return true
}

// maxCutWord is the longest first word, in letters, that cutFirstWord
// reads as cut short: "Strat.", "Kontaktpers."; a sentence's first
// word is rarely its own sentence.
const maxCutWord = 12

// cutFirstWord reports a label whose first word, of letters, a capital
// first, is cut short by a full stop, and the words after it are the
// label's: "Strat. insats", "Proj. ägare".
func cutFirstWord(label string) bool {
	dot := indexRare(label, ". ")
	if dot <= 0 || strings.IndexByte(label, ' ') != dot+1 || utf8.RuneCountInString(label[:dot]) > maxCutWord {
		return false
	}
	first, _ := utf8.DecodeRuneInString(label)
	return unicode.IsUpper(first) && !strings.ContainsFunc(label[:dot], func(r rune) bool { return !unicode.IsLetter(r) })
}

// splitUnknownLabel recognises "Label:" and "Label: value" lines whose label
// is not known: a short label of words, a colon, then a space or the end;
// or a notes app's property, two colons after its name ("färg:: blå").
// A label holds no comma, bracket or quote; a full stop may shorten a word
// in it ("Progr.", "Proj.nr").
func splitUnknownLabel(text string) (label, value string) {
	i := strings.IndexByte(text[:min(len(text), unknownLabelLen+1)], ':')
	if i <= 0 || i > unknownLabelLen {
		return "", ""
	}
	// "Färg:: blå", "tags:: esf": a notes app's property, its name in
	// any case, two colons after it.
	property := strings.HasPrefix(text[i:], "::") && (i+2 == len(text) || text[i+2] == ' ' || text[i+2] == '\t')
	if property {
		text = text[:i] + text[i+1:]
	}
	if i+1 < len(text) && text[i+1] != ' ' && text[i+1] != '\t' {
		return "", ""
	}
	label = strings.TrimSpace(text[:i])
	if strings.IndexByte(label, '\t') >= 0 {
		// "Sammanfattning<TAB>Vi ska: kartlägga.": the colon stands in
		// the row's next cell, the text's; the first cell is the label.
		return "", ""
	}
	if label == "" || strings.ContainsAny(label, ",!?;\"”") || strings.ContainsAny(label, "()") && !noteInBrackets(label) || !strings.ContainsFunc(label, unicode.IsLetter) ||
		containsRare(label, ". ") && !strings.HasSuffix(label, ".") && (!mayBeginLabel(label) || shortenedLabels(label) == nil) &&
			!(cutFirstWord(label) && strings.TrimSpace(text[i+1:]) != "") {
		// A full stop followed by more words ends a sentence ("Det är
		// bra. Se nedan:"), unless the words shorten a known label
		// ("Bev. ESF-stöd:"), or the first word alone is cut short
		// before a value ("Strat. insats: Nej").
		return "", ""
	}
	r, _ := utf8.DecodeRuneInString(label)
	if !unicode.IsUpper(r) && !property && !(i+1 >= len(text) && lowerLabel(label)) && !knownHeading(label) {
		return "", ""
	}
	return cleanValue(label), strings.TrimSpace(text[i+1:])
}

// knownHeading reports text that is a heading of a page's, whole, in any
// case or spelt as a heading may be ("sammanfattning", "Malsattning").
func knownHeading(text string) bool {
	w := termIndex().match(text, true).whole
	return w != nil && w.heading != nil || spelledHeading(text) != nil
}

// noteInBrackets reports a label with a note of a word or two in brackets
// after it, and no other bracket: "Orgnr (ägare)", "Telefon (växel)".
func noteInBrackets(label string) bool {
	open := strings.IndexByte(label, '(')
	return open > 0 && label[open-1] == ' ' && strings.IndexByte(label, ')') == len(label)-1 &&
		strings.Count(label, "(") == 1 && strings.Count(label, ")") == 1 && noteWords(label[open:]) <= maxBracketNoteWords
}

// maxBracketNoteWords bounds the words of a label's note in brackets: more
// is a sentence's aside.
const maxBracketNoteWords = 2

// noteWords counts the words of a note with a letter or a digit in them:
// "(fr.o.m. - t.o.m.)" is two, its dash between them none.
func noteWords(note string) int {
	n := 0
	for w := range strings.FieldsSeq(note) {
		if strings.ContainsFunc(w, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) {
			n++
		}
	}
	return n
}

// lowerLabelFirst reports a line that begins with a label in small
// letters and its colon, a value after it: "beslutsdatum: 2023-05-04".
func lowerLabelFirst(text string) bool {
	i := strings.IndexByte(text, ':')
	if i <= 0 || i+1 >= len(text) || text[i+1] != ' ' {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text)
	return unicode.IsLower(r) && lowerLabel(text[:i])
}

// lowerLabel reports a label written in small letters that stands alone
// with its colon ("samverkanspart:", a page typed in small letters, or
// read by OCR as "kontakt2:"): a word or two of letters and digits, no
// more, for a longer line that ends in a colon is a sentence that leads
// into a list ("med följande mål:"). A label in capitals or with its
// first letter's capital needs no such bound.
func lowerLabel(label string) bool {
	words := strings.Fields(label)
	if len(words) > lowerLabelWords {
		return false
	}
	for _, w := range words {
		letters := 0
		for _, r := range w {
			switch {
			case unicode.IsLetter(r):
				letters++
			case r >= '0' && r <= '9', r == '-':
			default:
				return false
			}
		}
		if letters < 2 {
			return false
		}
	}
	return true
}

func isSpaceOrInvisible(r rune) bool { return unicode.IsSpace(r) || isInvisible(r) }

// trimLine trims white space and invisible characters from both ends,
// byte by byte while the ends are ASCII.
func trimLine(s string) string {
	return trimLineRight(trimLineLeft(s))
}

// trimLineLeft is trimLine at the line's start only.
func trimLineLeft(s string) string {
	for len(s) > 0 {
		c := s[0]
		if c >= utf8.RuneSelf {
			s = strings.TrimLeftFunc(s, isSpaceOrInvisible)
			break
		}
		if c != ' ' && (c < '\t' || c > '\r') {
			break
		}
		s = s[1:]
	}
	return s
}

// trimLineRight is trimLine at the line's end only.
func trimLineRight(s string) string {
	for len(s) > 0 {
		c := s[len(s)-1]
		if c >= utf8.RuneSelf {
			return strings.TrimRightFunc(s, isSpaceOrInvisible)
		}
		if c != ' ' && (c < '\t' || c > '\r') {
			break
		}
		s = s[:len(s)-1]
	}
	return s
}

// containsRuneOf reports whether s holds any of the runes of chars. For
// chars beyond ASCII it is strings.ContainsAny without its cost on a
// whole text: ContainsAny then decodes s a rune at a time, where each
// rune looked for on its own is a search at memory's speed.
func containsRuneOf(s, chars string) bool {
	for _, r := range chars {
		if strings.ContainsRune(s, r) {
			return true
		}
	}
	return false
}

// splitLines splits text at CRLF, CR or LF.
func splitLines(text string) []string {
	return slices.AppendSeq(make([]string, 0, strings.Count(text, "\n")+1), eachLine(text))
}

// eachLine yields the lines of text, split at CRLF, CR or LF, without
// their line ends; text that ends with a line end has no empty last line.
func eachLine(text string) iter.Seq[string] {
	return func(yield func(string) bool) {
		for _, line := range eachLineAt(text) {
			if !yield(line) {
				return
			}
		}
	}
}

// eachLineAt is eachLine with the offset in text where each line starts.
func eachLineAt(text string) iter.Seq2[int, string] {
	// Most inputs end lines with LF alone; only those with a CR need the
	// slower search for either.
	next := func(s string) int { return strings.IndexByte(s, '\n') }
	if strings.IndexByte(text, '\r') >= 0 {
		next = func(s string) int { return strings.IndexAny(s, "\r\n") }
	}
	return func(yield func(int, string) bool) {
		for at := 0; at < len(text); {
			rest := text[at:]
			i := next(rest)
			if i < 0 {
				yield(at, rest)
				return
			}
			if !yield(at, rest[:i]) {
				return
			}
			if rest[i] == '\r' && i+1 < len(rest) && rest[i+1] == '\n' {
				i++
			}
			at += i + 1
		}
	}
}

// hasColonLike reports a colon, a full-width colon, a semicolon or a tab:
// what stands after a label. (strings.ContainsAny reads a set with a
// character outside ASCII one character at a time.)
func hasColonLike(s string) bool {
	return strings.ContainsAny(s, ":;\t") || containsRare(s, "：")
}

// labelOfColonLine returns a line's text up to its first colon, the colon
// kept: "Insats av strategisk betydelse:" of "… betydelse: Nej".
func labelOfColonLine(line string) string {
	if c := strings.IndexByte(line, ':'); c >= 0 {
		return line[:c+1]
	}
	return line
}

// spelledWhole reports a line that is a label and nothing else.
func spelledWhole(line string, t *term) bool {
	return spellingKey(line) == spellingKey(t.text)
}

// toggles are the marks a folded section's heading shows after it, to
// open or close it.
var toggles = []string{"⌄", "⌃", "▾", "▴", "▼", "▲", "▸", "▶", "›", "˅", "˄", "+", "−", "-"}

// cutToggle returns a short line without the toggle after its last word
// ("Kommun ⌄" → "Kommun").
func cutToggle(text string) (string, bool) {
	if len(text) > headingLen || len(text) < 3 {
		return "", false
	}
	if c := text[len(text)-1]; c != '+' && c != '-' && c < utf8.RuneSelf {
		return "", false // most lines end in a letter, a digit or a stop
	}
	for _, t := range toggles {
		if rest, ok := strings.CutSuffix(text, " "+t); ok && rest != "" {
			return strings.TrimRight(rest, " "), true
		}
	}
	return "", false
}

// wordsInSentence reads a line of the site's furniture written in small
// letters inside a sentence as the sentence's words: a button is written
// with a capital ("Tillbaka", "Dela"), but a narrow wrap or a mail's quote
// broken at a forward leaves a word alone on its line ("… och \"ramlar\"
// oftast" / "tillbaka" / "till arbetslösheten igen"), or a pager's words
// ("under de" / "första 6" / "månaderna 2008"). The line above is
// a sentence's, of wrappedSentenceWords words or more, not ended; the line
// below goes on in a small letter.
func wordsInSentence(lines []pageLine) []pageLine {
	for i := 1; i+1 < len(lines); i++ {
		l := &lines[i]
		if l.furniture != furnitureLine || l.term != nil {
			continue
		}
		if first, _ := utf8.DecodeRuneInString(l.text); !unicode.IsLower(first) || strings.ContainsFunc(l.text, func(r rune) bool { return r != ' ' && !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
			continue
		}
		above, below := &lines[i-1], &lines[i+1]
		if above.blank() || below.blank() || above.furniture != notFurniture || below.furniture != notFurniture || above.term != nil {
			continue
		}
		last, _ := utf8.DecodeLastRuneInString(above.text)
		next, _ := utf8.DecodeRuneInString(below.text)
		if strings.ContainsRune(".!?:", last) || !unicode.IsLower(next) || len(strings.Fields(above.text)) < wrappedSentenceWords {
			continue
		}
		l.furniture, l.heading = notFurniture, nil
	}
	return lines
}

// navLinks reads a label alone on its line, with no value, between two
// lines of a web page's menu ("Om oss" / "Kontakt" / "In English") as a
// link of the menu: no field of the page stands there; so is one below
// another line with the page's trail of links below it, blank lines
// between ("Kontakt" / "" / "Startsida › Projektbanken › Egenmakt"). Below a share
// bar's button, with blank lines alone between it and the next line of
// the site's or the input's end ("Dela:" / "Facebook" / "E-post"), it is
// a button of the bar too.
func navLinks(lines []pageLine) []pageLine {
	for i := 1; i < len(lines); i++ {
		l := &lines[i]
		if l.term == nil || l.form != formBare || l.value != "" || l.heading != nil {
			continue
		}
		below := i + 1
		for below < len(lines) && lines[below].blank() {
			below++
		}
		if below < len(lines) && isBreadcrumb(lines[below].text) && !lines[i-1].blank() {
			// "- Om oss" / "Kontakt" / "" / "Startsida › Projektbanken ›
			// Egenmakt": the menu's last link, the trail below it; no
			// value is a trail of links.
			l.term, l.furniture = nil, furnitureLine
			continue
		}
		if lines[i-1].furniture != furnitureLine {
			continue
		}
		if i+1 < len(lines) && lines[i+1].furniture == furnitureLine {
			l.term, l.furniture = nil, furnitureLine
			continue
		}
		if shareButton(lines[i-1].text) && (below == len(lines) || lines[below].furniture == furnitureLine || relatedHeading(lines[below].text)) {
			l.term, l.furniture = nil, furnitureLine
		}
	}
	return lines
}
