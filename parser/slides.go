package parser

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A page shown as slides and copied from them (PowerPoint's outline,
// Google Slides' text, a script's dump of a deck) carries each slide's
// counter ("Bild 4 av 5", "Slide 3:", "=== Bild 2 ===") and often a
// footer on every slide: the presenter's organisation, with the slide's
// number alone below it or at its end ("ESF-projekt i Skåne |
// Länsstyrelsen" / "3", "Region Östergötland · Analysavdelningen 3").

// slideCounter is a slide's counter on its own line, in marks or not.
var slideCounter = lazyRE(`(?i)^[=\-#*_ ]*(?:bild|slide|dia)\s+\d{1,3}(?:\s*(?:av|of|/)\s*\d{1,3})?\s*:?[=\-#*_ ]*$`)

// isSlideCounter reports a slide's counter; a cheap test first, most
// lines not starting with one of its letters or marks.
func isSlideCounter(text string) bool {
	if len(text) > 32 || !isDigit(text[len(text)-1]) && !strings.ContainsRune(":=-#*_ ", rune(text[len(text)-1])) {
		return false
	}
	switch text[0] {
	case 'B', 'b', 'S', 's', 'D', 'd', '=', '-', '#', '*', '_':
		return slideCounter.MatchString(text)
	}
	return false
}

// minSlideFooters is how many slides must carry a footer for its line to
// be read as one: two may be a page's line that repeats.
const minSlideFooters = 3

// maxSlideFooterLen bounds a footer's line: an organisation and its
// department.
const maxSlideFooterLen = 100

// minSlideLines is the fewest lines between two footers: a slide holds
// at least its title and a line of text, where a list's items that end
// in numbers ("Delprojekt 1", "Delprojekt 2") stand one below the other.
const minSlideLines = 2

// slideFooters marks as furniture a slide's footer: a line that is no
// label alone, standing minSlideFooters times or more, at least
// minSlideLines lines of text apart, each time at its slide's end (a
// blank line, a counter or the input's end below it) with the slide's
// number right below it (a number alone, or a counter) or at its end,
// the numbers one after the other; and the numbers below it. A line that
// ends in a label's value ("Antal deltagare   50"), an unknown label's
// colon or a heading of the text's ("Arbetspaket 1", text below it) is
// no footer.
func slideFooters(lines []pageLine) []pageLine {
	type place struct {
		line   int // the footer's
		below  int // the line of its number below it, or -1
		number int // the slide's number
	}
	slideEnd := func(i int) bool {
		return i+1 >= len(lines) || lines[i+1].blank() || isSlideCounter(lines[i+1].text)
	}
	var seen map[string][]place
	for i := range lines {
		l := &lines[i]
		// A label with its value may be a footer over a number alone
		// ("Region Östergötland · Analysavdelningen" / "2"); a label
		// alone has its value below it.
		if l.blank() || l.heading != nil || l.furniture != notFurniture || len(l.text) > maxSlideFooterLen ||
			l.unknownLabel != "" || strings.HasSuffix(l.text, ":") {
			continue
		}
		p := place{line: i, below: -1}
		// Cheap tests first: most lines end in no digit and stand over
		// a line of text.
		base, n, numbered := l.text, 0, false
		if isDigit(l.text[len(l.text)-1]) {
			base, n, numbered = cutSlideNumber(l.text)
		}
		below := -1
		if i+1 < len(lines) && !lines[i+1].blank() && len(lines[i+1].text) <= 32 {
			below = i + 1
		}
		if !numbered && below < 0 {
			continue
		}
		switch {
		case numbered && !strings.ContainsAny(base, ":\t") && slideEnd(i) && (l.term == nil || !isBareNumber(strings.TrimSpace(l.value))):
			// "Region Östergötland · Analysavdelningen 3": a footer is
			// no field, its number the slide's; a label whose value is
			// the number ("Antal deltagare   50") is a field.
			p.number = n
		case l.term != nil && l.value == "":
		case below >= 0 && slideEnd(below) && isBareNumber(lines[below].text):
			base, p.below = l.text, below
			p.number, _ = strconv.Atoi(lines[below].text)
		case below >= 0 && isSlideCounter(lines[below].text):
			base, p.below, p.number = l.text, below, counterNumber(lines[below].text)
		default:
			continue
		}
		if seen == nil {
			seen = map[string][]place{}
		}
		seen[base] = append(seen[base], p)
	}
	slideNumbers(lines)
	for _, places := range seen {
		if len(places) < minSlideFooters {
			continue
		}
		apart := true
		for k := 1; k < len(places) && apart; k++ {
			prev, p := places[k-1], places[k]
			text := 0
			for j := max(prev.line, prev.below) + 1; j < p.line; j++ {
				if !lines[j].blank() {
					text++
				}
			}
			apart = text >= minSlideLines && (p.below < 0) == (prev.below < 0) && p.number == prev.number+1
		}
		if !apart {
			continue
		}
		for _, p := range places {
			lines[p.line].furniture = furniturePrint
			if p.below >= 0 {
				lines[p.below].furniture = furniturePrint
			}
		}
	}
	return lines
}

// slideNumbers marks as furniture the slides' numbers alone at their
// ends, where no footer stands: minSlideFooters or more numbers alone on
// their lines, or counters, one after the other 1, 2, 3, each the last
// line of its slide (a blank line or the input's end below it) and none
// the value of a label alone above it.
func slideNumbers(lines []pageLine) {
	var chain []int // the lines of the numbers in a row
	want := 0       // the number the chain goes on with
	end := func() {
		if len(chain) >= minSlideFooters {
			for _, i := range chain {
				lines[i].furniture = furniturePrint
			}
		}
		chain = chain[:0]
	}
	for i := range lines {
		l := &lines[i]
		last := i+1 == len(lines) || lines[i+1].blank()
		n, ok := 0, false
		switch {
		case !last || l.blank():
		case isBareNumber(l.text):
			n, _ = strconv.Atoi(l.text)
			ok = i == 0 || !(lines[i-1].term != nil && lines[i-1].value == "") && !lines[i-1].blank()
		case isSlideCounter(l.text):
			n, ok = counterNumber(l.text), true
		}
		if !ok {
			continue
		}
		if len(chain) > 0 && n != want {
			end()
		}
		if len(chain) == 0 && n != 1 {
			continue
		}
		chain, want = append(chain, i), n+1
	}
	end()
}

// counterNumber returns the slide's number a counter gives: "Bild 4 av
// 5" is 4.
func counterNumber(text string) int {
	i := strings.IndexFunc(text, func(r rune) bool { return r >= '0' && r <= '9' })
	j := i
	for j < len(text) && isDigit(text[j]) {
		j++
	}
	n, _ := strconv.Atoi(text[i:j])
	return n
}

// cutSlideNumber returns text without a slide's number at its end, after
// a space ("Analysavdelningen 3"), the number, and whether it had one.
func cutSlideNumber(text string) (string, int, bool) {
	i := strings.LastIndexByte(text, ' ')
	if i <= 0 {
		return text, 0, false
	}
	n, err := strconv.Atoi(text[i+1:])
	if err != nil || n < 1 || n > 999 {
		return text, 0, false
	}
	return strings.TrimSpace(text[:i]), n, true
}

// isBareNumber reports a number of one to three digits alone: a slide's.
func isBareNumber(text string) bool { return len(text) <= 3 && allDigits(text) }

// A report that reproduces pages (an evaluation's appendix, a printout of
// several) carries its running head or foot on every sheet, its page's
// number beside it ("Utvärdering av ESF-projekt i Skåne – delrapport 2
// 29") or alone on the line above or below it ("42" / "Följeforskning
// Socialfonden – Bilagor"). Copied as text, the sheets' breaks fall
// inside a page's text, its lists and its field block.

// minReportFooters is how many sheets must carry a running head for its
// line to be read as one: two may be a page's line that repeats, its
// numbers a count's, as a slide's footer may be (minSlideFooters).
const minReportFooters = 3

// minReportFooterLen is the shortest running head: a report's title, not
// a word or a value.
const minReportFooterLen = 12

// minSheetLines is the fewest lines between two of a report's running
// heads: a sheet's text, copied, keeps ten lines at least, where a list's
// or a schedule's numbered rows ("Utbildningsomgång   1", "…   2") stand
// close.
const minSheetLines = 10

// reportFooters marks as a printout's furniture a report's running head
// or foot: a line of text, no label, heading or list's item, that stands
// minReportFooters times or more, each time with a page's number after a
// gap of two spaces or more at its end, or alone on the line right above
// or below it (none the value of a label alone above it), the numbers
// growing; and those numbers.
func reportFooters(lines []pageLine) []pageLine {
	type place struct {
		line, numberLine, number int
		of                       int // the sheets a count gives ("2/3"), or 0
	}
	number := func(i int) (int, bool) {
		if i < 0 || i >= len(lines) || lines[i].furniture != notFurniture || !isBareNumber(lines[i].text) ||
			i > 0 && lines[i-1].term != nil && lines[i-1].value == "" {
			return 0, false
		}
		n, _ := strconv.Atoi(lines[i].text)
		return n, true
	}
	var seen map[string][]place
	for i := range lines {
		l := &lines[i]
		if l.blank() || l.term != nil || l.heading != nil || l.furniture != notFurniture || l.unknownLabel != "" ||
			len(l.text) > maxSlideFooterLen || len(l.text) < minReportFooterLen || startsWithBulletGlyph(l.text) {
			continue
		}
		p := place{line: i, numberLine: -1}
		base := l.text
		if b, n, ok := cutGapNumber(l.text); ok {
			base, p.number = b, n
		} else if b, n, of, ok := cutSheetCount(l.text); ok {
			base, p.number, p.of = b, n, of
		} else if n, ok := number(i - 1); ok {
			p.number, p.numberLine = n, i-1
		} else if n, ok := number(i + 1); ok {
			p.number, p.numberLine = n, i+1
		} else {
			continue
		}
		if len(base) < minReportFooterLen {
			continue
		}
		if seen == nil {
			seen = map[string][]place{}
		}
		seen[base] = append(seen[base], p)
	}
	for _, places := range seen {
		counted := places[0].of > 0 // each a count of one number of sheets, one after another
		for k := 1; k < len(places) && counted; k++ {
			counted = places[k].of == places[0].of && places[k].number == places[k-1].number+1
		}
		if len(places) < minReportFooters && !(counted && len(places) >= minCountedFooters) {
			continue
		}
		grows := true
		for k := 1; k < len(places) && grows; k++ {
			grows = places[k].number > places[k-1].number && places[k].line-places[k-1].line >= minSheetLines
		}
		if !grows {
			continue
		}
		for _, p := range places {
			lines[p.line].furniture, lines[p.line].runningHead = furniturePrint, true
			if p.numberLine >= 0 {
				lines[p.numberLine].furniture, lines[p.numberLine].runningHead = furniturePrint, true
			}
		}
	}
	return lines
}

// sheetNumbers marks as a printout's furniture the sheets' numbers that
// stand alone, with no running head beside them: a number of one to three
// digits alone on its line, a blank line or a sheet's break above it and a
// blank line or the text's end below, counting up by one from number to
// number, each more than maxItemGap lines below the one before (closer,
// they are a list's items), minReportFooters of them or more ("1" / … /
// "2" / … / "\f3"). A number right below a label that waits for its
// value is the label's, but for one a form feed puts on a new sheet.
func sheetNumbers(lines []pageLine) []pageLine {
	var chain []int // the lines of the numbers counted so far
	mark := func() {
		if len(chain) >= minReportFooters {
			for _, i := range chain {
				lines[i].furniture, lines[i].runningHead = furniturePrint, true
			}
		}
	}
	value := 0
	for i := range lines {
		if !sheetNumberAt(lines, i) {
			continue
		}
		n, _ := strconv.Atoi(lines[i].text)
		if len(chain) > 0 && n == value+1 && lines[i].num-lines[chain[len(chain)-1]].num > maxItemGap {
			chain, value = append(chain, i), n
			continue
		}
		mark()
		chain, value = append(chain[:0], i), n
	}
	mark()
	return lines
}

// sheetNumberAt reports a line that may be a sheet's number standing
// alone, as sheetNumbers reads it.
func sheetNumberAt(lines []pageLine, i int) bool {
	l := &lines[i]
	if !isBareNumber(l.text) || l.text[0] == '0' || l.furniture != notFurniture || l.term != nil ||
		!(i == 0 || lines[i-1].blank() || l.sheetBreak) || !(i+1 == len(lines) || lines[i+1].blank()) {
		return false
	}
	for j := i - 1; j >= 0 && !l.sheetBreak; j-- {
		if !lines[j].blank() {
			return lines[j].term == nil || lines[j].value != "" // "Antal deltagare:" / "" / "12"
		}
	}
	return true // after a form feed, a new sheet's number
}

// minCountedFooters is how many sheets must carry a running foot whose
// number counts the sheets ("ESF-rådet   Projektbanken   2/3"): two, one
// after the other, of one count, are a printout's.
const minCountedFooters = 2

// cutSheetCount returns text without a sheet's number at its end, as a
// printout's running foot ends ("ESF-rådet   Projektbanken   2/3",
// "Utskrivet från ESF-rådets projektbank 2 av 3", "Utskrivet 2024-11-05
// 13:42 / - 2 -", "… Sida 2"), the number, the count of sheets where it
// gives one, and whether it had a number. The number may follow a single
// space, since its form is a page's: a count ("2/3", "2 av 3", "2 (3)",
// no later than its count), between dashes, or after "Sida"; a bare
// number is cutGapNumber's.
func cutSheetCount(text string) (base string, n, of int, ok bool) {
	if len(text) < minReportFooterLen || !isDigit(text[len(text)-1]) && !strings.ContainsAny(text[len(text)-1:], ")-–—") {
		return text, 0, 0, false
	}
	m := sheetCount.FindStringSubmatchIndex(text)
	if m == nil {
		return text, 0, 0, false
	}
	num := func(k int) int {
		if m[2*k] < 0 {
			return 0
		}
		v, _ := strconv.Atoi(text[m[2*k]:m[2*k+1]])
		return v
	}
	n, of = num(1)+num(3)+num(5)+num(6), num(2)+num(4)
	if n < 1 || of > 0 && n > of {
		return text, 0, 0, false
	}
	return strings.TrimRight(text[:m[0]], " \t/|–—-·,"), n, of, true
}

// sheetCount finds a sheet's number at a line's end (cutSheetCount): a
// count, the number between dashes, or "Sida" and the number.
var sheetCount = lazyRE(`(?i)(?:^|\s)(?:(?:sida|page|s\.)\s*)?(?:(\d{1,3})\s*(?:/|av|of)\s*(\d{1,3})|(\d{1,3})\s*\((\d{1,3})\)|[-–—]\s?(\d{1,3})\s?[-–—]|(?:sida|page)\s+(\d{1,3}))$`)

// cutGapNumber returns text without a page's number at its end after a
// gap of two spaces or more, or a tab ("… delrapport 2    29"), the
// number, and whether it had one.
func cutGapNumber(text string) (string, int, bool) {
	i := len(text)
	for i > 0 && isDigit(text[i-1]) {
		i--
	}
	if i == len(text) || len(text)-i > 4 || i < 2 {
		return text, 0, false
	}
	gap := text[:i]
	if !strings.HasSuffix(gap, "  ") && !strings.HasSuffix(gap, "\t") {
		return text, 0, false
	}
	n, _ := strconv.Atoi(text[i:])
	return strings.TrimRight(gap, " \t"), n, n >= 1
}

// minSheetHeads is how many sheets' tops (or feet) must carry the same
// line for sheetHeads to read it as a running head, each time beside other
// lines of the page's: once may be the page's own line that a sheet's
// break fell before, and a line beside the same line each time is a page
// pasted twice.
const minSheetHeads = 2

// sheetHeads marks as a printout's furniture the running head a sheet
// carries at its top, right below the break between sheets (the last
// sheet's number, a form feed, blank lines), or its running foot right
// above the break: the same line, no label (known or not) or heading, at
// minSheetHeads breaks or more, beside other lines each time ("Sida 1 (4)"
// / "" / "Utskrivet från ESF-rådets projektbank", "1/10" / "\f" /
// "Gagna:kompetens"); and at one break alone, the input's title standing
// apart, a blank line below it, or a short line that names the council or
// its project bank and no more ("ESF-rådet | Projekt"). A line
// below a break where another page begins is that page's title
// (pageBelow); one below a label that waits for its value is the value
// (waitingValue), unless the line repeats at breaks where none waits.
func sheetHeads(lines []pageLine) []pageLine {
	var heads, feet map[string][]sheetPlace
	add := func(m map[string][]sheetPlace, i, step int) map[string][]sheetPlace {
		if i < 0 || i >= len(lines) {
			return m
		}
		if l := &lines[i]; l.blank() || l.furniture != notFurniture || l.term != nil || l.heading != nil || l.unknownLabel != "" {
			return m
		}
		p := sheetPlace{line: i, waits: onlyValue(lines, i)}
		for j := i + step; j >= 0 && j < len(lines); j += step {
			if !lines[j].skippable() {
				p.beside = lines[j].text
				break
			}
		}
		if m == nil {
			m = map[string][]sheetPlace{}
		}
		m[lines[i].text] = append(m[lines[i].text], p)
		return m
	}
	lastBreak := -1
	for b := 0; b < len(lines); b++ {
		if !sheetBreakAt(lines, b) {
			continue
		}
		// The break: its run of blank lines, form feeds and furniture. A
		// form feed that opens a line of text ("\fUtskrivet från …")
		// stands before it: the line is the next sheet's first.
		first, last := b, b
		if opensSheet(&lines[b]) {
			last = b - 1
		}
		for first > 0 && (lines[first-1].blank() || lines[first-1].furniture == furniturePrint) {
			first--
		}
		for last+1 < len(lines) && (lines[last+1].blank() || lines[last+1].furniture == furniturePrint) {
			last++
		}
		feet = add(feet, first-1, -1)
		switch {
		case !pageBelow(lines, last):
			heads = add(heads, last+1, 1)
		case last+1 < len(lines) && namesCouncil(lines[last+1].text) && (namesPrintout(lines[last+1].text) || !onlyValue(lines, last+1)):
			lines[last+1].furniture = furniturePrint // no page's title
		}
		b = last
		if b+1 < len(lines) && opensSheet(&lines[b+1]) {
			b++ // the head read, no break of its own
		}
		lastBreak = b
	}
	// The last sheet's foot stands at the input's end, no break below it:
	// a line a break's foot repeats, or one naming the project bank or a
	// print. A page's last line may name the council ("Projektet
	// finansieras av Svenska ESF-rådet", a list's "- Svenska ESF-rådet").
	if lastBreak >= 0 {
		end := len(lines) - 1
		for end > lastBreak && (lines[end].blank() || lines[end].furniture == furniturePrint) {
			end--
		}
		if text := lines[end].text; end > lastBreak && (feet[text] != nil || namesPrintout(text) && !listMarked(text)) {
			feet = add(feet, end, -1)
		}
	}
	// The input's title is the page's, a printout's head above it or
	// not; at another sheet's top, standing apart, it is the running
	// head, repeated or not.
	title, titleText := inputTitle(lines), ""
	if title >= 0 {
		titleText = lines[title].text
		// An "ID - Name" title is no label's value: a label that waits
		// above its repeat lost its value.
		idTitle := isIDTitle(&lines[title])
		for _, p := range heads[lines[title].text] {
			if below := p.line + 1; p.line != title && (!p.waits || idTitle) && (below == len(lines) || lines[below].blank()) {
				lines[p.line].furniture = furniturePrint
			}
		}
	}
	// The title beside the council's name is a printout's head wherever
	// it stands, its sheet's break lost with the form feed in a paste:
	// "Framtidsresan – Svenska ESF-rådet". The title is the input's
	// first line, or a line of its own elsewhere: a saved page's banner
	// may stand above it.
	var texts map[string]bool
	for i := range lines {
		l := &lines[i]
		if i == title || l.furniture != notFurniture || l.term != nil || l.heading != nil {
			continue
		}
		other, ok := councilBeside(l.text)
		if !ok {
			continue
		}
		if texts == nil {
			texts = map[string]bool{}
			for j := range lines {
				texts[lines[j].text] = true
			}
		}
		if (strings.EqualFold(other, titleText) || texts[other]) && !onlyValue(lines, i) {
			l.furniture = furniturePrint
		}
	}
	// A printout's head or foot that names a print or the project bank
	// is the printout's wherever it stands apart, its break lost with the
	// form feed in a paste: one naming a print ("Utskrift från
	// Projektbanken, Svenska ESF-rådet") at once, one naming the site and
	// nothing else where it stands so twice ("Svenska ESF-rådets
	// projektbank"), for a page's text may end on its own paragraph naming
	// the bank ("Läs mer i Projektbanken"), in each page of a paste.
	var apart map[string][]int
	for i := range lines {
		if lostBreakLine(lines, i) {
			if apart == nil {
				apart = map[string][]int{}
			}
			apart[lines[i].text] = append(apart[lines[i].text], i)
		}
	}
	for text, at := range apart {
		if len(at) >= 2 && siteWordsOnly(text) || namesPrint(text) {
			for _, i := range at {
				lines[i].furniture = furniturePrint
			}
		}
	}
	for _, m := range []map[string][]sheetPlace{heads, feet} {
		for text, at := range m {
			// Read by where it repeats, a head is read where a label
			// waits above it too; a line read by its words alone is
			// there the label's value.
			notValue := namesPrintout(text) || titledCouncil(text, titleText)
			repeats := besideOthers(at)
			if !repeats && !notValue && !namesCouncil(text) {
				continue
			}
			for _, p := range at {
				if (repeats || notValue || !p.waits) && p.line != title {
					lines[p.line].furniture = furniturePrint
				}
			}
		}
	}
	return lines
}

// inputTitle returns the index of the page's title: the input's first
// line of text, no label, heading or furniture; or, below it and above the
// first label, an "ID - Name" title, where a note stands above the page
// ("Hej," / "se nedan.", a forwarded message's head); -1 for none.
func inputTitle(lines []pageLine) int {
	first := -1
	for i := range lines {
		l := &lines[i]
		if l.skippable() {
			continue
		}
		if l.term != nil || l.heading != nil {
			return first
		}
		if first < 0 {
			first = i
		}
		if isIDTitle(l) {
			return i
		}
	}
	return first
}

// waitingValue reports a line below a label alone, blank lines and a
// printout's lines between them: the label's value ("Total
// projektbudget:" / "Sida 1 av 2" / "400 000").
func waitingValue(lines []pageLine, i int) bool {
	for j := i - 1; j >= 0; j-- {
		if l := &lines[j]; !l.blank() && l.furniture != furniturePrint {
			return l.term != nil && l.value == ""
		}
	}
	return false
}

// opensSheet reports a line of text a form feed opens: a sheet's first.
func opensSheet(l *pageLine) bool {
	return l.sheetBreak && !l.blank() && l.furniture == notFurniture
}

// onlyValue reports a line at a break that is the value of the label
// waiting above it (waitingValue) for no line of the page's below may be:
// a label, or none, is next. "Total projektbudget:" / "1 (4)" /
// "Projektsammanställning" / "400 000" gives the value below the head;
// "Projektägare:" / "Sida 1 av 2" / "Svenska ESF-rådet" / "Region:" the
// line itself.
func onlyValue(lines []pageLine, i int) bool {
	if !waitingValue(lines, i) {
		return false
	}
	for j := i + 1; j < len(lines); j++ {
		if !lines[j].skippable() {
			return lines[j].term != nil
		}
	}
	return true
}

// sheetPlace is where a line stands at a break between sheets.
type sheetPlace struct {
	line   int
	beside string // the page's line on its other side: below a head, above a foot
	waits  bool   // the value of a label waiting above it (onlyValue)
}

// besideOthers reports a line at minSheetHeads breaks or more where no
// label waits for its value, a sheet's lines apart (minSheetLines), beside
// as many lines of the page's, each another.
func besideOthers(at []sheetPlace) bool {
	var seen []string
	last := -minSheetLines
	for _, p := range at {
		if !p.waits && p.line-last >= minSheetLines && !slices.Contains(seen, p.beside) {
			seen = append(seen, p.beside)
			last = p.line
		}
	}
	return len(seen) >= minSheetHeads
}

// sheetBreakAt reports a break between a printout's sheets at line i: a
// form feed, or a line of a printout's head or foot (a sheet's number, a
// print's date, the page's address). A slide's counter is no sheet's: a
// deck's slides may share a title.
func sheetBreakAt(lines []pageLine, i int) bool {
	l := &lines[i]
	return l.sheetBreak || l.furniture == furniturePrint && !isSlideCounter(l.text)
}

// maxCouncilLineWords is the most words of a printout's head that names
// the council or its project bank: "Utskrivet från ESF-rådets
// projektbank" is five; a sentence is longer.
const maxCouncilLineWords = 5

// namesCouncil reports a short line that names the council or its project
// bank and holds no sentence: a printout's head or foot.
func namesCouncil(text string) bool {
	words, council, _ := councilWords(text)
	return council && words <= maxCouncilLineWords
}

// namesPrintout reports a line naming the council (namesCouncil) that no
// field holds as its value: it names the project bank or a print too
// ("Utskrift från Projektbanken, Svenska ESF-rådet"). "Svenska ESF-rådet"
// alone may be a project's owner.
func namesPrintout(text string) bool {
	words, council, printout := councilWords(text)
	return council && printout && words <= maxCouncilLineWords
}

// lostBreakLine reports line i as a printout's head or foot whose break
// is lost: a line of text apart from the page's, blank lines or the
// input's edge round it, that names the project bank or a print
// (namesPrintout) and is no list's item, nor a title beside the site's
// name ("Printmedia för unga | Projektbanken"), which the title's rule
// reads. As at a break, such a line is no waiting label's value.
func lostBreakLine(lines []pageLine, i int) bool {
	l := &lines[i]
	if l.blank() || len(l.text) > maxBannerLen || l.furniture != notFurniture || l.term != nil || l.heading != nil ||
		i > 0 && !lines[i-1].skippable() || i+1 < len(lines) && !lines[i+1].skippable() {
		return false // a paragraph is longer than a head or a foot
	}
	if !containsFoldASCII(l.text, "esf") && !containsFoldASCII(l.text, "projektbank") {
		return false // no word of the council's, as namesCouncil reads them
	}
	if _, titled := councilBeside(l.text); titled {
		return false
	}
	return namesPrintout(l.text) && !listMarked(l.text)
}

// printWords are the words that name a print, as a printout's head or
// foot writes them. No page's text stands so on its own beside the site's
// name.
var printWords = map[string]bool{
	"utskrift": true, "utskriften": true, "utskrivet": true, "utskriven": true, "utskriftsdatum": true,
	"utskrivningsdatum": true, "print": true, "printed": true, "printout": true, "utskrivningsbar": true,
}

// namesPrint reports a line with a word of printWords.
func namesPrint(text string) bool {
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if printWords[w] {
			return true
		}
	}
	return false
}

// siteWordsOnly reports a line whose every word is the site's: its
// name's, the council's and the project bank's ("Svenska ESF-rådets
// projektbank", "Projektbanken, ESF-rådet"), a date's no word.
func siteWordsOnly(text string) bool {
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) {
		if w = strings.Trim(w, "-"); w != "" && w != "svenska" && w != "esf" && !strings.HasPrefix(w, "esf-råd") && !strings.HasPrefix(w, "projektbank") {
			return false
		}
	}
	return true
}

// councilWords counts a short line's words, a date's no words, and
// reports whether one names the council or its project bank, and whether
// one names the bank or a print; the council's address alone names both.
// A sentence's marks or length give none.
func councilWords(text string) (words int, council, printout bool) {
	if councilAddress(text) {
		return 1, true, true
	}
	if len(text) > maxBannerLen || strings.ContainsAny(text, ".;!?") {
		return 0, false, false
	}
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) {
		if strings.Trim(w, "-") == "" {
			continue // a date's dashes: "2026-05-20"
		}
		words++
		bank := strings.HasPrefix(w, "projektbank")
		council = council || bank || strings.HasPrefix(w, "esf-råd")
		printout = printout || bank || strings.HasPrefix(w, "utskri") || strings.HasPrefix(w, "print")
	}
	return words, council, printout
}

// councilAddress reports the council's web address alone, with no scheme
// a printout's foot need not write: "esf.se/projekt", "www.esf.se".
func councilAddress(text string) bool {
	t := text
	for _, p := range []string{"https://", "http://", "www."} {
		if len(t) >= len(p) && strings.EqualFold(t[:len(p)], p) {
			t = t[len(p):]
		}
	}
	const host = "esf.se"
	return strings.EqualFold(t, host) || len(t) > len(host) && strings.EqualFold(t[:len(host)], host) && t[len(host)] == '/' && !strings.ContainsAny(t, " \t")
}

// titledCouncil reports a printout's head or foot that is the page's
// title and a line naming the council, either first, a mark between them
// (councilBeside): "Fokus arbete för unga – Svenska ESF-rådet",
// "Projektbanken | Egenmakt".
func titledCouncil(text, title string) bool {
	other, ok := councilBeside(text)
	return ok && title != "" && strings.EqualFold(other, title)
}

// councilBeside splits a line that names the council on one side of a
// mark between spaces (titleMarks) and returns the words on the other:
// "Gagna:kompetens – Svenska ESF-rådet", "Projektbanken | Egenmakt". The
// council's side is the shortest that names it: the title may hold a mark.
func councilBeside(text string) (string, bool) {
	marks := titleMarksIn(text)
	if marks == nil || !containsFoldASCII(text, "esf") && !containsFoldASCII(text, "projektbank") {
		return "", false // no mark, or no word of the council's as namesCouncil reads them
	}
	for k := len(marks) - 1; k >= 0; k-- {
		if left, right := strings.TrimSpace(text[:marks[k][0]]), strings.TrimSpace(text[marks[k][1]:]); left != "" && namesCouncil(right) {
			return left, true
		}
	}
	for _, m := range marks {
		if left, right := strings.TrimSpace(text[:m[0]]), strings.TrimSpace(text[m[1]:]); right != "" && namesCouncil(left) {
			return right, true
		}
	}
	return "", false
}

// titleMarksIn returns where each mark of titleMarks stands in text
// between spaces, its start and its end.
func titleMarksIn(text string) [][2]int {
	var marks [][2]int
	for sp := strings.IndexByte(text, ' '); sp >= 0; {
		i := sp + 1 // a mark stands after a space
		r, size := utf8.DecodeRuneInString(text[i:])
		if end := i + size; size > 0 && end < len(text) && text[end] == ' ' && strings.ContainsRune(titleMarks, r) {
			marks = append(marks, [2]int{i, end})
		}
		next := strings.IndexByte(text[i:], ' ')
		if next < 0 {
			break
		}
		sp = i + next
	}
	return marks
}

// titleMarks are the marks that stand between a page's title and the
// site's name in a printout's head, as in a browser's title bar, or a
// site's trail of links ("Projektbanken » Within Kompetens").
const titleMarks = "-–—|·:»›"
