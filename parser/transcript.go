package parser

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A page read aloud and written back from speech (a transcription tool's
// text, a narrated video's captions) writes each line as a sentence, with
// its capital and its full stop: "Projektägare." over "Arbete och
// Försörjning.", "Region: Sydsverige.", "Bakgrund.". A label's, a
// heading's or a value's line loses the stop speech gave it; the text's
// sentences keep theirs.

// spokenNote says that a page's lines were read as speech written back.
const spokenNote = `the page was written back from speech, each line a sentence with its full stop ("Projektägare." / "Arbete och Försörjning."): the stops after its labels, headings and values were taken off, and a comma after a label read as its colon`

const (
	// minSpokenLabels is the fewest lines of a page that are a known
	// label or heading with a full stop after it, alone or with its
	// value, for stripSpokenStops to read the page as speech written
	// back: a page writes a label so once by a slip ("Programområde."),
	// never three times.
	minSpokenLabels = 3

	// maxSpokenValueWords is the most words of a value read as one,
	// below its label or after it, that loses its stop: a name, a place,
	// an amount or a date spoken ("15 januari 2009 till 31 oktober
	// 2009"); more is a sentence of the text.
	maxSpokenValueWords = 8

	// maxSpokenLine is the longest line, in bytes, read as a label with
	// its value: a label and maxSpokenValueWords long words.
	maxSpokenLine = 200
)

// spokenLine is what stripSpokenStops reads a line as.
type spokenLine uint8

const (
	spokenOther   spokenLine = iota
	spokenLabel              // a label alone: its value below it
	spokenField              // a label and its value
	spokenHeading            // a list's heading: its items below it
	spokenText               // a text's heading: its text below it
	spokenSite               // a known line of the web page's: "In English"
)

// stripSpokenStops takes the full stop off each label's, heading's and
// value's line of a page written back from speech: where minSpokenLabels
// of its lines or more are a known label or heading with a stop after
// it. A value is the line below a label alone, or a list's item below its
// heading, of maxSpokenValueWords words or fewer; the lines above the
// page's first label are its title and the site's words, and a known line
// of the site's below it ("In English.") loses its stop too. A text's
// lines below its heading keep theirs: whether the page's line had one,
// speech cannot tell. "Projektägare, Arbete och Försörjning." reads as
// "Projektägare: Arbete och Försörjning", a telephone number spoken in
// pairs ("0410-73 30 94.") as the page writes it ("0410-733094"), and a
// list's number that speech wrote as a segment of its own ("1." /
// "Bidra till …") before its item's text. Each line keeps its number.
func stripSpokenStops(text string) (string, bool) {
	if shortStops(text) < minSpokenLabels {
		return text, false
	}
	lines := splitLines(text)
	read := make([]string, len(lines))
	kinds := make([]spokenLine, len(lines))
	labels := 0
	for i, l := range lines {
		body, ok := strings.CutSuffix(strings.TrimRight(l, " \t\r"), ".")
		if !ok || body == "" || strings.HasSuffix(body, ".") {
			continue
		}
		body = strings.TrimLeft(body, " \t")
		if len(body) > maxSpokenLine {
			continue // a sentence (spokenAs)
		}
		m := termIndex().match(body, len(body) <= headingLen)
		kind, as := spokenOther, ""
		if m.label != nil || m.whole != nil || spelledHeading(body) != nil {
			kind, as = spokenAs(body)
		}
		if kind == spokenOther {
			// "Regionen Stockholm.", "kontaktperson Anna Svensson.",
			// "Startdatum 15 december 2024. Slutdatum den 31 augusti
			// 2027.": labels as dictation says them, each with its value.
			if said, ok := saidFacts(body); ok {
				kind, as = spokenField, said
			}
		}
		if kind == spokenOther && m.label == nil && m.whole == nil {
			continue // no label or heading first: a sentence
		}
		if kind != spokenOther {
			read[i], kinds[i] = as, kind
			labels++
		} else if siteLine(m) {
			read[i], kinds[i] = body, spokenSite
		}
	}
	if labels < minSpokenLabels {
		return text, false
	}
	// The values below labels alone, a list's items below its heading,
	// and the title above the first label.
	first := -1
	var above spokenLine // what the line above the run read as
	phone := false       // the label alone above is the telephone's
	for i, l := range lines {
		t := strings.TrimSpace(l)
		switch kinds[i] {
		case spokenOther:
		case spokenSite:
			above = spokenOther
			continue
		default:
			if first < 0 {
				first = i
			}
			above, phone = kinds[i], false
			if kinds[i] == spokenLabel {
				phone = phoneLabel(read[i])
			} else if kinds[i] == spokenField && phoneLabel(read[i]) {
				read[i] = joinLabelPhone(read[i])
			}
			continue
		}
		if t == "" {
			continue
		}
		body, ok := strings.CutSuffix(t, ".")
		short := ok && body != "" && !strings.HasSuffix(body, ".") && len(strings.Fields(body)) <= maxSpokenValueWords && !containsRare(body, ". ")
		switch {
		case short && first < 0:
			read[i] = body // the title, or the site's words above the block
		case short && above == spokenLabel:
			read[i] = body
			if phone {
				read[i], _ = joinSpokenPairs(body)
			}
			above = spokenOther // one value a label
		case short && above == spokenHeading && utf8.RuneCountInString(body) <= maxListName:
			read[i] = body // a list's item; the next one's too
		default:
			above = spokenOther
		}
	}
	numbered := spokenNumbers(lines, read, first)
	return rewriteLines(text, lines, func(i int, l string) string {
		switch {
		case numbered[i]:
			return ""
		case i > 0 && numbered[i-1]:
			return strings.TrimSpace(lines[i-1]) + " " + strings.TrimLeft(l, " \t")
		case read[i] == "":
			return l
		}
		return read[i]
	}), true
}

// siteLine reports a line that is, whole, a known line of the web page's
// ("In English", "Stäng") or the top of its printout, which speech read
// as a sentence.
func siteLine(m lineMatch) bool {
	return m.whole != nil && m.whole.label == nil && m.whole.heading == nil && m.whole.furniture != notFurniture
}

// spokenNumbers marks the lines below the page's first label (first)
// that are an ordered list's number alone with its stop ("1.", as speech
// writes a pause after it), a line of text below it, not read as a value:
// the number goes before its item's text, and its own line is left blank.
func spokenNumbers(lines, read []string, first int) []bool {
	numbered := make([]bool, len(lines))
	if first < 0 {
		return numbered
	}
	for i := first + 1; i+1 < len(lines); i++ {
		if read[i] == "" && read[i+1] == "" && spokenNumber(lines[i]) && itemText(lines[i+1]) {
			numbered[i] = true
			i++ // the item's line is no number
		}
	}
	return numbered
}

// maxItemDigits is the most digits of a list's number: a page numbers
// its goals and questions, a few to a dozen; a number of three digits or
// more alone on a line is a value, not an item's.
const maxItemDigits = 2

// spokenNumber reports a line that is a list's number with its stop and
// nothing else: "1.", "12."; not "123." nor "1.2.".
func spokenNumber(line string) bool {
	digits, ok := strings.CutSuffix(strings.TrimSpace(line), ".")
	return ok && digits != "" && len(digits) <= maxItemDigits && allDigits(digits)
}

// itemText reports a line that may be a list's item's text below its
// number: a sentence that begins with a capital letter, not a number of
// its own.
func itemText(line string) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(line, " \t"))
	return unicode.IsUpper(r)
}

// phoneLabel reports a line read as a label (spokenAs), alone or with its
// value, that is the telephone number's.
func phoneLabel(line string) bool {
	l := classify(line, 0, false)
	return l.term != nil && recordKey(l.term.key) == KeyContactPhone
}

// joinLabelPhone returns a label's line with its value ("Telefonnummer:
// 0410-73 30 94") with the number's pairs joined (joinSpokenPairs).
func joinLabelPhone(line string) string {
	label, value, ok := strings.Cut(line, ": ")
	if !ok {
		return line
	}
	joined, ok := joinSpokenPairs(value)
	if !ok {
		return line
	}
	return label + ": " + joined
}

// The digits of a Swedish telephone number after its area code: five to
// eight. Speech says them in twos, and a transcription tool writes them
// so ("73 30 94"), a group of three or one where the count is odd.
const (
	minSubscriberDigits = 5
	maxSubscriberDigits = 8
	maxPairGroup        = 3
)

// joinSpokenPairs returns a telephone number written back from speech,
// its area code and a dash before the digits in spaced groups ("0410-73
// 30 94"), with the groups joined as the page writes them ("0410-733094"),
// and whether it was such a number: the area code 0 and one to three
// digits, two groups or more of maxPairGroup digits or fewer,
// minSubscriberDigits to maxSubscriberDigits digits in all.
func joinSpokenPairs(v string) (string, bool) {
	area, rest, ok := strings.Cut(v, "-")
	if !ok || len(area) < 2 || len(area) > 4 || area[0] != '0' || !allDigits(area) {
		return v, false
	}
	groups := strings.Split(rest, " ")
	digits := 0
	for _, g := range groups {
		if g == "" || len(g) > maxPairGroup || !allDigits(g) {
			return v, false
		}
		digits += len(g)
	}
	if len(groups) < 2 || digits < minSubscriberDigits || digits > maxSubscriberDigits {
		return v, false
	}
	return area + "-" + strings.Join(groups, ""), true
}

// spokenPhoneNote names a telephone number whose spoken pairs were
// joined.
const spokenPhoneNote = `a telephone number written back from speech in the pairs it is spoken in ("0410-73 30 94") was read with its digits together, as the page writes it ("0410-733094"); the page may have spaced them`

// joinedPhones returns the lines, 1-based, whose spaces between digits a
// reading of text as read took out: the telephone numbers whose pairs
// stripSpokenStops joined, which takes out no other space.
func joinedPhones(before, after string) []int {
	was, is := splitLines(before), splitLines(after)
	var lines []int
	for i := range min(len(was), len(is)) {
		if was[i] != is[i] && digitSpaces(is[i]) < digitSpaces(was[i]) {
			lines = append(lines, i+1)
		}
	}
	return lines
}

// digitSpaces counts the spaces in s between two digits.
func digitSpaces(s string) int {
	n := 0
	for i := 1; i+1 < len(s); i++ {
		if s[i] == ' ' && isDigit(s[i-1]) && isDigit(s[i+1]) {
			n++
		}
	}
	return n
}

// spokenAs reads a line without its full stop as a known label alone, a
// label with its value after a colon or a comma, or a heading, and
// returns the line as the page writes it.
func spokenAs(body string) (spokenLine, string) {
	if len(body) > maxSpokenLine {
		return spokenOther, ""
	}
	if l := classify(body, 0, false); l.heading != nil && l.term == nil {
		return spokenText, body
	}
	if head, value, ok := strings.Cut(body, ", "); ok && !containsRare(head, ":") {
		// "Projektägare, Arbete och Försörjning": a colon spoken as a
		// pause.
		if l := classify(head+":", 0, false); l.term != nil && l.spelling == "" && l.value == "" && spokenValue(value) {
			return spokenField, head + ": " + value
		}
	}
	l := classify(body, 0, false)
	switch {
	case l.term == nil || l.spelling != "":
		return spokenOther, ""
	case l.value == "" && l.writtenAsLabel():
		if keys[l.term.key].kind == kindList {
			return spokenHeading, body
		}
		return spokenLabel, body
	case l.value != "" && l.form == formColon && spokenValue(l.value):
		return spokenField, body
	}
	return spokenOther, ""
}

// saidFacts reads a line of dictated facts, each a sentence of a known
// label as dictation says it (saidField) and its value after a space,
// and returns them as the page writes them, " | " between two facts on
// one line; false where a sentence of the line is no such fact.
func saidFacts(body string) (string, bool) {
	if len(body) > maxSpokenLine {
		return "", false
	}
	var facts []string
	for _, sentence := range strings.Split(body, ". ") {
		fact, ok := saidField(strings.TrimSpace(sentence))
		if !ok {
			return "", false
		}
		facts = append(facts, fact)
	}
	return strings.Join(facts, " | "), true
}

// saidField reads a sentence of a known label, said as dictation says it,
// and its value after a space: the label first in its sentence in small
// letters ("kontaktperson Anna Svensson"), in its definite form
// ("Regionen Stockholm"), a compound said as two words ("Projekt nummer
// 2016/01039"), a date after "den" ("Start den 15 september 2017"). The
// value must be of maxSpokenValueWords words at most, and read as the
// label's field, or hold digits where the field is a date's, a number's
// or an amount's, which its setter names if they do not read. It
// returns "Label: value".
func saidField(sentence string) (string, bool) {
	first, _, _ := strings.Cut(sentence, " ")
	if !saidLabelStart(first) {
		return "", false // most sentences: no label's first word
	}
	words := strings.Fields(sentence)
	for n := min(maxSaidLabelWords, len(words)-1); n >= 1; n-- {
		if strings.ContainsAny(strings.Join(words[:n], ""), ",:;.()") {
			continue // a label said has no marks: "Projektägare, …" is spokenAs's
		}
		value := strings.Join(words[n:], " ")
		if rest, ok := strings.CutPrefix(value, "den "); ok && len(rest) > 0 && isDigit(rest[0]) {
			value = rest // "den 15 september 2017"
		}
		if !spokenValue(value) {
			continue
		}
		for _, head := range saidLabels(words[:n]) {
			l := classify(head+":", 0, false)
			if l.term == nil || l.value != "" || l.term.role&asLabel == 0 {
				continue
			}
			if !valueReads(l.term.key, value) && (setters[l.term.key].text || !strings.ContainsAny(value, "0123456789")) {
				// A date's or an amount's field with digits that do not
				// read ("ungefär 12,4 miljoner kronor") is the field's
				// still, its setter says why; a text is read only whole.
				continue
			}
			if setters[l.term.key].text && n == 1 && !strings.EqualFold(head, words[0]) {
				continue // "Projektet handlar om …": a sentence, not a name's label
			}
			if l.spelling != "" {
				head = l.term.text // "Beviljat ESF stöd": as the table writes it, so that the facts of a line part there
			}
			return head + ": " + value, true
		}
	}
	return "", false
}

// saidLabelStart reports a word a label said may begin with: a label's
// first word begins with it, or with it less a definite form's ending
// ("Regionen", "Projektet").
func saidLabelStart(word string) bool {
	w := strings.ToLower(word)
	ws := labelFirstWords()
	for _, end := range [...]string{"", "en", "et"} {
		base, ok := strings.CutSuffix(w, end)
		if !ok || base == "" {
			continue
		}
		if i, _ := slices.BinarySearch(ws, base); i < len(ws) && strings.HasPrefix(ws[i], base) {
			return true
		}
	}
	return false
}

// maxSaidLabelWords is the most words of a label said with its value
// that saidField tries: "Total projektbudget", "Planerat antal deltagare".
const maxSaidLabelWords = 3

// saidLabels returns the ways words may write a label dictation said:
// as they stand, their first letter a capital; a compound's words joined
// ("Projekt nummer"); the definite form's ending off ("Regionen").
func saidLabels(words []string) []string {
	first, size := utf8.DecodeRuneInString(words[0])
	head := string(unicode.ToUpper(first)) + words[0][size:]
	said := append([]string{head}, words[1:]...)
	ways := []string{strings.Join(said, " ")}
	if len(said) > 1 {
		ways = append(ways, strings.Join(said, ""))
	}
	last := said[len(said)-1]
	for _, end := range []string{"en", "et"} {
		if base, ok := strings.CutSuffix(last, end); ok && utf8.RuneCountInString(base) >= 3 {
			ways = append(ways, strings.Join(append(slices.Clone(said[:len(said)-1]), base), " "))
		}
	}
	return ways
}

// spokenValue reports a value after a label that is one, not a sentence:
// maxSpokenValueWords words or fewer.
func spokenValue(v string) bool {
	return len(strings.Fields(v)) <= maxSpokenValueWords && !containsRare(v, ". ")
}

// maxStopLine is the longest line, in bytes, shortStops counts: a label
// and a short value with a full stop ("Total projektbudget: 820 090
// kronor."); a sentence of the text is longer.
const maxStopLine = 64

// shortStops counts text's lines of maxStopLine bytes or fewer that end
// in a full stop, the most a page written back from speech has and a
// page's sentences seldom: a look that costs no more than a pass over the
// line ends.
func shortStops(text string) int {
	n := 0
	for at := 0; at < len(text); {
		end := strings.IndexByte(text[at:], '\n')
		if end < 0 {
			end = len(text) - at
		}
		line := strings.TrimRight(text[at:at+end], " \t\r")
		if len(line) <= maxStopLine && strings.HasSuffix(line, ".") && !strings.HasSuffix(line, "..") {
			n++
		}
		at += end + 1
	}
	return n
}
