package parser

import (
	"strings"
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
	spokenHeading            // a heading, or a list's: its items below it
)

// stripSpokenStops takes the full stop off each label's, heading's and
// value's line of a page written back from speech: where minSpokenLabels
// of its lines or more are a known label or heading with a stop after
// it. A value is the line below a label alone, or a list's item below its
// heading, of maxSpokenValueWords words or fewer; the lines above the
// page's first label are its title and the site's words. "Projektägare,
// Arbete och Försörjning." reads as "Projektägare: Arbete och
// Försörjning". Each line keeps its number.
func stripSpokenStops(text string) (string, bool) {
	if shortStops(text) < minSpokenLabels {
		return text, false
	}
	lines := splitLines(text)
	read := make([]string, len(lines))
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
		if m := termIndex().match(body, len(body) <= headingLen); m.label == nil && m.whole == nil && spelledHeading(body) == nil {
			continue // no label or heading first: a sentence
		}
		if kind, as := spokenAs(body); kind != spokenOther {
			read[i] = as
			labels++
		}
	}
	if labels < minSpokenLabels {
		return text, false
	}
	// The values below labels alone, a list's items below its heading,
	// and the title above the first label.
	first := -1
	var above spokenLine // what the line above the run read as
	for i, l := range lines {
		t := strings.TrimSpace(l)
		if read[i] != "" {
			if first < 0 {
				first = i
			}
			above, _ = spokenAs(read[i])
			continue
		}
		if t == "" {
			continue
		}
		body, ok := strings.CutSuffix(t, ".")
		short := ok && body != "" && !strings.HasSuffix(body, ".") && len(strings.Fields(body)) <= maxSpokenValueWords && !strings.Contains(body, ". ")
		switch {
		case short && first < 0:
			read[i] = body // the title, or the site's words above the block
		case short && above == spokenLabel:
			read[i] = body
			above = spokenOther // one value a label
		case short && above == spokenHeading && utf8.RuneCountInString(body) <= maxListName:
			read[i] = body // a list's item; the next one's too
		default:
			above = spokenOther
		}
	}
	return rewriteLines(text, lines, func(i int, l string) string {
		if read[i] == "" {
			return l
		}
		return read[i]
	}), true
}

// spokenAs reads a line without its full stop as a known label alone, a
// label with its value after a colon or a comma, or a heading, and
// returns the line as the page writes it.
func spokenAs(body string) (spokenLine, string) {
	if len(body) > maxSpokenLine {
		return spokenOther, ""
	}
	if l := classify(body, 0, false); l.heading != nil && l.term == nil {
		return spokenHeading, body
	}
	if head, value, ok := strings.Cut(body, ", "); ok && !strings.Contains(head, ":") {
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

// spokenValue reports a value after a label that is one, not a sentence:
// maxSpokenValueWords words or fewer.
func spokenValue(v string) bool {
	return len(strings.Fields(v)) <= maxSpokenValueWords && !strings.Contains(v, ". ")
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
