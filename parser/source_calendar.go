package parser

import (
	"bytes"
	"strings"
	"unicode/utf8"
)

// FormatCalendar is Source.Format for a calendar's invitation (iCalendar,
// .ics): a meeting about a project whose description holds its page.
const FormatCalendar = "calendar"

// calendarSource reads the pages an invitation's descriptions hold: each
// event's DESCRIPTION, its folded lines joined (a line that begins with a
// space goes on the one above) and its escapes read ("\n" a line's end,
// "\," a comma), each line on the input line where it begins. The HTML
// copy Outlook adds (X-ALT-DESC) and the event's other properties are left
// out. A description's text is read as a text page's is, its pastes too.
var calendarSource = source{
	format: FormatCalendar,
	exts:   []string{".ics", ".ical", ".ifb", ".vcs"},
	sniff:  looksLikeCalendar,
	unwrap: unwrapDescriptions,
}

// FormatVCard is Source.Format for a contact's card (vCard, .vcf) whose
// note holds a project's page, as an address book exports it.
const FormatVCard = "vcard"

// vcardSource reads the pages a contact card's notes hold (NOTE), as
// calendarSource reads an invitation's descriptions: the card's own
// properties (its name, e-mail address, telephone) are the contact's, not
// the page's, and are left out.
var vcardSource = source{
	format: FormatVCard,
	exts:   []string{".vcf", ".vcard"},
	sniff:  func(data []byte) bool { return beginsWith(data, "BEGIN:VCARD") },
	unwrap: unwrapDescriptions,
}

// unwrapDescriptions reads the texts of an iCalendar or vCard stream.
func unwrapDescriptions(data []byte, opts Options) (unwrapped, error) {
	lines, at := calendarDescriptions(data)
	text := strings.Join(lines, "\n") + "\n"
	encoding := EncodingUTF8
	if !utf8.ValidString(text) {
		// The standard says UTF-8; an old program's is Windows-1252.
		d, lines, err := decodeTyped([]byte(text), EncodingWindows1252)
		if err != nil {
			return unwrapped{}, err
		}
		text, encoding, at = d.text, d.encoding, composeLines(lines, at)
	}
	return textOf(text, at, encoding, nil), nil
}

// looksLikeCalendar reports an iCalendar stream: it begins with
// BEGIN:VCALENDAR.
func looksLikeCalendar(data []byte) bool { return beginsWith(data, "BEGIN:VCALENDAR") }

// beginsWith reports data that begins with line, in any case, after a
// byte-order mark and white space.
func beginsWith(data []byte, line string) bool {
	data = bytes.TrimLeft(bytes.TrimPrefix(data, []byte("\uFEFF")), " \t\r\n")
	return len(data) >= len(line) && strings.EqualFold(string(data[:len(line)]), line)
}

// calendarDescriptions returns the lines of every DESCRIPTION (a
// calendar's) or NOTE (a card's, after a group's name, "item1.NOTE", where
// Apple writes one) in data and
// the input line each begins on, a blank line between two descriptions.
func calendarDescriptions(data []byte) ([]string, []int) {
	var lines []string
	var at []int
	var value []byte // the description being read, unfolded
	var from []int   // the input line of each of its bytes
	flush := func() {
		if value == nil {
			return
		}
		if len(lines) > 0 {
			lines, at = append(lines, ""), append(at, at[len(at)-1])
		}
		ls, as := calendarLines(value, from)
		lines, at = append(lines, ls...), append(at, as...)
		value, from = nil, nil
	}
	reading := false
	var blocks []string // the components open: VEVENT, VALARM
	n := 0
	// Lines end as every input's do (eachLine), so that a line's number
	// is the one any reader gives it.
	for l := range eachLine(string(data)) {
		n++
		line := []byte(l)
		if len(line) > 0 && (line[0] == ' ' || line[0] == '\t') {
			if reading {
				value = append(value, line[1:]...)
				for range len(line) - 1 {
					from = append(from, n)
				}
			}
			continue
		}
		reading = false
		name, val, ok := cutProperty(line)
		if !ok {
			continue
		}
		prop, _, _ := bytes.Cut(name, []byte(";"))
		if i := bytes.LastIndexByte(prop, '.'); i >= 0 {
			prop = prop[i+1:] // a vCard's group: "item1.NOTE"
		}
		switch {
		case strings.EqualFold(string(prop), "BEGIN"):
			blocks = append(blocks, strings.ToUpper(string(val)))
		case strings.EqualFold(string(prop), "END") && len(blocks) > 0:
			blocks = blocks[:len(blocks)-1]
		case (strings.EqualFold(string(prop), "DESCRIPTION") || strings.EqualFold(string(prop), "NOTE")) && (len(blocks) == 0 || blocks[len(blocks)-1] != "VALARM"):
			// An alarm's description is the reminder's text ("Reminder",
			// "This is an event reminder"), no page's.
			flush()
			reading = true
			value = append([]byte{}, val...)
			for range val {
				from = append(from, n)
			}
		}
	}
	flush()
	return lines, at
}

// calendarLines reads a description's escapes into its lines, each with
// the input line of its first byte.
func calendarLines(value []byte, from []int) ([]string, []int) {
	var lines []string
	var at []int
	var cur []byte
	start := -1
	for i := 0; i < len(value); i++ {
		if start < 0 {
			start = from[i]
		}
		c := value[i]
		if c == '\\' && i+1 < len(value) {
			i++
			switch value[i] {
			case 'n', 'N':
				lines, at = append(lines, string(cur)), append(at, start)
				cur, start = cur[:0], -1
				continue
			default:
				c = value[i] // "\,", "\;", "\\"
			}
		}
		cur = append(cur, c)
	}
	if start < 0 && len(from) > 0 {
		start = from[len(from)-1]
	}
	lines, at = append(lines, string(cur)), append(at, max(start, 1))
	return lines, at
}

// cutProperty cuts a content line at the colon that ends its name and
// parameters; a colon inside a parameter's quotes
// (ALTREP="cid:part1@example.org") is none.
func cutProperty(line []byte) (name, value []byte, ok bool) {
	quoted := false
	for i, c := range line {
		switch {
		case c == '"':
			quoted = !quoted
		case c == ':' && !quoted:
			return line[:i], line[i+1:], true
		}
	}
	return nil, nil, false
}
