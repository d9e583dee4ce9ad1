package parser

import (
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"
)

// A page's fields merged into a letter (Word's or LibreOffice's mail
// merge: a follow-up letter to the project's owner, built from a sheet
// of the project bank's fields) carries the letter's own lines round
// the fields: the recipient's address, the place and date, the subject,
// the greeting and the words before the fields, the closing and the
// signature, an attachment's line. None of it is the project's. A
// letter is told by its greeting below a date and above the field
// block, and its closing below the block; a batch of letters in one file
// is parted by the page breaks the merge puts between them (a form
// feed). stripMergeLetters leaves the letter's lines out, and reads the
// values a merge writes as the sheet's cell holds them (Word writes a
// date from Excel month first, "3/1/2024", a percentage as a fraction,
// "0.4", a date cell read as a number as its serial, "45352") as the
// sheet shows them.

// mergeNote says what stripMergeLetters did.
const mergeNote = `the page is a letter built from its fields (a mail merge): the letter's own lines (the address, the place and date, the subject, the greeting and the words before the fields, the closing and the signature) were left out`

// mergeValueNote says that a value was read as the merge's sheet holds it.
const mergeValueNote = `this value is written as a mail merge writes a sheet's cell (a date month first, "3/1/2024", or as the sheet's serial number, "45352"; a percentage as a fraction, "0.4"), and was read as the sheet shows it`

// greetingWords begin a letter's greeting: "Hej Peter Lindow!", "Till
// projektägaren,", "Dear Ms Berg,".
var greetingWords = []string{"hej", "hejsan", "hallå", "till", "bästa", "bäste", "kära", "käre", "god dag", "dear", "hello", "hi", "to"}

// maxGreetingWords bounds a greeting: more words are a sentence.
const maxGreetingWords = 6

// maxLetterHead is the most lines that are not blank a letter's head
// takes above its greeting: the recipient's address (a name, an office,
// "Att:", a box, a postcode and town), the place and date, the subject.
const maxLetterHead = 10

// maxHeadLine bounds a line of a letter's head: longer is a sentence.
const maxHeadLine = 80

// maxLetterBody is the most lines that are not blank between a letter's
// greeting and its field block: a paragraph or two and a heading over
// the fields ("Registrerade uppgifter").
const maxLetterBody = 5

// maxSignature is the most lines of a signature below a closing: the
// sender's name, title, organisation and telephone.
const maxSignature = 5

// attachmentWords begin the line below a letter's signature that names
// what is enclosed: "Bilaga: projektbeskrivning ur projektbanken".
var attachmentWords = []string{"bilaga", "bilagor", "bifogat", "bifogas", "attachment", "attachments", "enclosure", "enclosures", "encl."}

// letterBreak is the separator a letter's first line is read as where a
// page stands above it.
const letterBreak = "-----"

// stripMergeLetters blanks the lines of the letters a page's fields were
// merged into, and reads the values the merge wrote as the sheet shows
// them. Each line keeps its number. unpaste calls it where pasteSigns saw
// a closing (signLetter).
func stripMergeLetters(text string) (string, bool) {
	lines := splitLines(text)
	var out []string
	start := 0
	for i := 0; i <= len(lines); i++ {
		if i < len(lines) && strings.IndexByte(lines[i], '\f') < 0 {
			continue
		}
		// The letters between page breaks, or one run of letters.
		out = readLetters(lines, out, start, i)
		start = i + 1
	}
	if out == nil {
		return text, false
	}
	read := joinLinesOf(out, text)
	return read, read != text
}

// closingLine reports a line, its start trimmed, that begins with a
// closing (closings): pasteSigns' look for a letter, which asks no more
// of most lines than their first letter.
func closingLine(line string) bool {
	for _, w := range closingsByFirst()[line[0]|0x20] {
		if len(line) >= len(w) && strings.EqualFold(line[:len(w)], w) && (len(line) == len(w) || !isLetterByte(line[len(w)])) {
			return true
		}
	}
	return false
}

// closingsByFirst lists the closings by their first byte, lower case.
var closingsByFirst = sync.OnceValue(func() (by *[256][]string) {
	by = new([256][]string)
	for c := range closings {
		by[c[0]] = append(by[c[0]], c)
	}
	for _, cs := range by {
		slices.Sort(cs)
	}
	return by
})

// readLetters blanks, in out (a copy of lines made on the first letter
// found), the lines of each letter in lines[start:end], and returns out.
func readLetters(lines, out []string, start, end int) []string {
	for g := start; g < end; g++ {
		if !greeting(strings.TrimSpace(lines[g])) {
			continue
		}
		// A letter with no dated head (an e-mail's, its greeting first)
		// leaves the lines above its greeting as they are: they may be
		// the page's title.
		head := letterHead(lines, start, g)
		dated := head >= 0
		if !dated {
			head = g
		}
		block := fieldBlockBelow(lines, g+1, end)
		if block < 0 {
			continue
		}
		closing := closingBelow(lines, block, end)
		if closing < 0 {
			continue
		}
		if out == nil {
			out = append([]string(nil), lines...)
		}
		for i := head; i < block; i++ {
			if strings.IndexByte(lines[i], '\f') < 0 {
				out[i] = ""
			}
		}
		if dated && prevContent(out, head-1, 0) >= 0 && fieldAbove(out, head) {
			// A letter below another's page: the break between them is
			// a page's end, as a separator is. Words alone above it
			// (no field) are no page to end.
			out[head] = letterBreak
		}
		words := closingWords(lines, block, closing)
		for i := block; i < words; i++ {
			out[i] = mergedValue(out[i])
		}
		for i := words; i < closing; i++ {
			out[i] = ""
		}
		after := signatureEnd(lines, closing, end)
		for i := closing; i < after; i++ {
			out[i] = ""
		}
		g = after - 1
	}
	return out
}

// fieldAbove reports a known label on a line of out above head: another
// letter's page stands above, not only words.
func fieldAbove(out []string, head int) bool {
	for i := head - 1; i >= 0; i-- {
		if t := strings.TrimSpace(out[i]); t != "" && classify(t, 1, false).term != nil {
			return true
		}
	}
	return false
}

// greeting reports a letter's greeting alone on its line: a greeting's
// word, a few words more, a comma or an exclamation mark or nothing at
// its end, no colon.
func greeting(t string) bool {
	if t == "" || len(t) > maxHeadLine || strings.ContainsAny(t, ":;?") {
		return false
	}
	low := strings.ToLower(strings.TrimRight(t, ",!. "))
	words := strings.Fields(low)
	if len(words) == 0 || len(words) > maxGreetingWords {
		return false
	}
	for _, w := range greetingWords {
		if rest, ok := strings.CutPrefix(low, w); ok && (rest == "" || rest[0] == ' ' || rest[0] == ',') {
			last := t[len(t)-1]
			return rest != "" && (last == ',' || last == '!') || rest == "" && w != "till" && w != "to"
		}
	}
	return false
}

// letterHead returns the first line of the head above a greeting at g,
// or -1: the lines above it, up to the letter's start or a line no head
// has, at most maxLetterHead of them that are not blank, one the
// letter's date (letterDate). Where a line no head has ends it, as the
// page before it in a run of letters does, the head is the date's
// paragraph and the one above it, whole.
func letterHead(lines []string, start, g int) int {
	first, n, date := g, 0, -1
	for i := g - 1; i >= start; i-- {
		t := strings.TrimSpace(strings.Trim(lines[i], "\f"))
		if t == "" {
			continue
		}
		if !headLine(t) {
			break
		}
		if n++; n > maxLetterHead {
			return -1
		}
		first = i
		if date < 0 && letterDate(t) {
			date = i
		}
	}
	if date < 0 {
		return -1
	}
	if above := prevContent(lines, first-1, start); above < 0 {
		return first // the letter's head from its start
	}
	// The date's paragraph, and the one above it where it is whole.
	top := max(paragraphStart(lines, date, start), first)
	if up := prevContent(lines, top-1, start); up >= first {
		if p := paragraphStart(lines, up, start); p >= first && (p == start || strings.TrimSpace(lines[p-1]) == "") {
			top = p
		}
	}
	return top
}

// paragraphStart returns the first line of the paragraph that holds i.
func paragraphStart(lines []string, i, start int) int {
	for i > start && strings.TrimSpace(strings.Trim(lines[i-1], "\f")) != "" {
		i--
	}
	return i
}

// headLine reports a line a letter's head may hold: short, no label nor
// heading of a page's, no list's item, no sentence.
func headLine(t string) bool {
	if utf8.RuneCountInString(t) > maxHeadLine || looksLikeProse(t) {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(t); !unicode.IsLetter(r) && !unicode.IsDigit(r) {
		return false
	}
	l := classify(t, 1, false)
	return l.term == nil && l.heading == nil
}

// letterDate reports a letter's place and date, or its date alone:
// "Stockholm 2024-01-11", "Göteborg den 11 januari 2024", "2024-01-11".
func letterDate(t string) bool {
	words := strings.Fields(strings.ReplaceAll(t, ",", " "))
	for i := range words {
		if _, ok := parseDate(strings.Join(words[i:], " ")); ok {
			for _, w := range words[:i] {
				if r, _ := utf8.DecodeRuneInString(w); !unicode.IsLetter(r) {
					return false
				}
			}
			return i <= 3
		}
	}
	return false
}

// fieldBlockBelow returns the field block's first line below a
// greeting, from at, where at most maxLetterBody lines that are not
// blank, none a page's heading, title or furniture, stand between; or
// -1.
func fieldBlockBelow(lines []string, at, end int) int {
	n := 0
	for i := at; i < end; i++ {
		t := strings.TrimSpace(lines[i])
		if t == "" {
			continue
		}
		l := classify(t, 1, false)
		if l.term != nil {
			return i
		}
		if _, _, title := splitTitle(t); title || l.furniture != notFurniture {
			// The page's title, or the site's own lines ("Logotyp på
			// utskrifter"): a mail's words above the page copied whole.
			return -1
		}
		if n++; n > maxLetterBody || l.heading != nil || greeting(t) {
			return -1
		}
	}
	return -1
}

// closingBelow returns a letter's closing below its field block, before
// the next greeting, a section's heading or end; or -1.
func closingBelow(lines []string, block, end int) int {
	for i := block; i < end; i++ {
		t := strings.TrimSpace(lines[i])
		if t == "" {
			continue
		}
		if greeting(t) || classify(t, 1, false).heading != nil {
			// A section's heading ("Sammanfattning"): the page's text
			// stands with its fields, the page mailed whole, where a
			// letter's merged fields are followed by its closing.
			return -1
		}
		if closings[strings.ToLower(strings.TrimRight(t, ",.!"))] || closingWithName(strings.TrimRight(t, ",.!")) {
			return i
		}
	}
	return -1
}

// closingWords returns the first line of the letter's words between its
// field block, from block, and its closing at c: its sentences right
// above the closing, up to maxLetterBody lines ("Hör av er om något
// inte stämmer."); or c.
func closingWords(lines []string, block, c int) int {
	first, n := c, 0
	for i := c - 1; i > block; i-- {
		t := strings.TrimSpace(lines[i])
		if t == "" {
			continue
		}
		if n++; n > maxLetterBody || classify(t, 1, false).term != nil || !sentence(t) {
			break
		}
		first = i
	}
	return first
}

// sentence reports a line that is a sentence: it ends as one does.
func sentence(t string) bool {
	return looksLikeProse(t) || strings.ContainsRune(".!?", lastRune(t)) && len(strings.Fields(t)) >= sentenceWords
}

// signatureEnd returns the line after a letter's closing at c, its
// signature (up to maxSignature lines, to a blank line) and an
// attachment's line below it.
func signatureEnd(lines []string, c, end int) int {
	i := c + 1
	for i < end && strings.TrimSpace(lines[i]) == "" {
		i++
	}
	for n := 0; i < end && n < maxSignature && strings.TrimSpace(lines[i]) != "" && !attachmentLine(lines[i]); n++ {
		i++
	}
	next := i
	for next < end && strings.TrimSpace(lines[next]) == "" {
		next++
	}
	if next < end && attachmentLine(lines[next]) {
		return next + 1
	}
	return i
}

// attachmentLine reports the line that names what a letter encloses:
// "Bilaga: projektbeskrivning ur projektbanken", "Bilagor".
func attachmentLine(line string) bool {
	low := strings.ToLower(strings.TrimSpace(line))
	for _, w := range attachmentWords {
		if rest, ok := strings.CutPrefix(low, w); ok && (rest == "" || rest[0] == ':' || rest[0] == ' ') {
			return true
		}
	}
	return false
}

// Excel's serial dates: day 1 is 1900-01-01, counted as the sheet counts
// them from 1899-12-30. A five-digit serial from minSerial to maxSerial
// (1982–2064) is a date of the project bank's; another number is none.
const (
	minSerial = 30000
	maxSerial = 60000
)

// mergedValue returns a field block's line with its value read as the
// merge's sheet shows it: a date month first, or a serial, in a date's
// field; a fraction in a rate's.
func mergedValue(line string) string {
	t := strings.TrimSpace(line)
	if t == "" {
		return line
	}
	l := classify(t, 1, false)
	if l.term == nil || l.value == "" {
		return line
	}
	v := l.value
	var read string
	switch l.term.key {
	case KeyStartDate, KeyEndDate, KeyPeriod:
		read = monthFirstDates(v)
	case KeyCofinancingRate:
		read = fractionRate(v)
	}
	if read == "" || read == v {
		return line
	}
	i := strings.LastIndex(line, v)
	if i < 0 {
		return line
	}
	return line[:i] + read + line[i+len(v):]
}

// monthFirstDates returns v with its dates written month first
// ("3/1/2024 - 12/31/2026") or as serials ("45352") written as ISO
// dates, or "" where it holds none.
func monthFirstDates(v string) string {
	if n, err := strconv.Atoi(v); err == nil && len(v) == 5 && n >= minSerial && n <= maxSerial {
		return time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC).AddDate(0, 0, n).Format(time.DateOnly)
	}
	words := strings.Fields(v)
	changed := false
	for i, w := range words {
		m, rest, ok := strings.Cut(w, "/")
		d, y, ok2 := strings.Cut(rest, "/")
		if !ok || !ok2 || len(y) != 4 || len(m) > 2 || len(d) > 2 {
			continue
		}
		month, err1 := strconv.Atoi(m)
		day, err2 := strconv.Atoi(d)
		year, err3 := strconv.Atoi(y)
		if err1 != nil || err2 != nil || err3 != nil {
			continue
		}
		if iso, ok := isoDateOf(year, month, day); ok {
			words[i], changed = iso, true
		}
	}
	if !changed {
		return ""
	}
	return strings.Join(words, " ")
}

// fractionRate returns a rate written as a fraction of one ("0.4",
// "0,85") in percent ("40%"), or "".
func fractionRate(v string) string {
	if !strings.HasPrefix(v, "0.") && !strings.HasPrefix(v, "0,") {
		return ""
	}
	f, err := strconv.ParseFloat(strings.Replace(v, ",", ".", 1), 64)
	if err != nil || f <= 0 || f >= 1 {
		return ""
	}
	return strconv.FormatFloat(math.Round(f*1e4)/100, 'f', -1, 64) + "%"
}
