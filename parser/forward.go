package parser

import (
	"strings"
	"unicode/utf8"
)

// A page forwarded as a text message (a phone's "Vidarebefordra") comes
// with the forward's head above it, "Vidarebefordrat meddelande" and the
// sender's number and time ("Från: +46 70 …", "Skickat: 2024-03-07
// 10:14"), and often the forwarder's short words below it ("Tack, fick
// den!"). Neither is the page's.

// forwardNote says that a text message's forward head and reply were
// left out.
const forwardNote = `the page was forwarded as a message ("Vidarebefordrat meddelande", "Från: +46 70 …"): the forward's head, and a short reply below the page, were left out`

// forwardHead is the first line of a forwarded message's head.
var forwardHead = lazyRE(`(?i)^-*\s*(?:vidarebefordrat (?:meddelande|sms)|vidarebefordrat:|forwarded (?:message|sms)|fwd:?)\s*-*$`)

// forwardField is a line of a forward's head: who sent the message, to
// whom, and when.
var forwardField = lazyRE(`(?i)^(?:från|from|till|to|skickat|sent|datum|date|mottaget|received)\s*:\s*\S`)

// maxForwardReply bounds the words of a forwarder's reply below the
// page, a paragraph of one line: "Tack! Kollar på det ikväll." is five.
const maxForwardReply = 8

// maxForwardReplyLen bounds that line in characters.
const maxForwardReplyLen = 60

// maxForwardHead bounds the first line of a forward's head, in bytes.
const maxForwardHead = 80

// forwardFirst reports a text whose first line that is not blank is a
// forward's head (forwardHead).
func forwardFirst(text string) bool {
	for rest := text; rest != ""; {
		var l string
		l, rest = nextLine(rest)
		if t := strings.TrimSpace(l); t != "" {
			return len(t) <= maxForwardHead && forwardHead.MatchString(t)
		}
	}
	return false
}

// stripForward blanks a forwarded message's head, its first line one
// (forwardHead) and the head's fields below it (forwardField), where the
// text begins so; and, below the page, a last paragraph of one short line
// that is no label (maxForwardReply words). It reports whether it found
// a head. Each line keeps its number.
func stripForward(text string) (string, bool) {
	if !forwardFirst(text) {
		return text, false
	}
	lines := splitLines(text)
	first := 0
	for first < len(lines) && strings.TrimSpace(lines[first]) == "" {
		first++
	}
	lines[first] = ""
	for i := first + 1; i < len(lines) && forwardField.MatchString(strings.TrimSpace(lines[i])); i++ {
		lines[i] = ""
	}
	end := len(lines)
	for end > 0 && strings.TrimSpace(lines[end-1]) == "" {
		end--
	}
	if last := end - 1; last > first+1 && strings.TrimSpace(lines[last-1]) == "" {
		t := strings.TrimSpace(lines[last])
		if len(strings.Fields(t)) <= maxForwardReply && utf8.RuneCountInString(t) <= maxForwardReplyLen && classify(t, 0, false).term == nil {
			lines[last] = ""
		}
	}
	return rewriteLines(text, lines, func(_ int, l string) string { return l }), true
}
