package parser

import (
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// A page sent as text messages that the phone that got them never joined
// arrives in parts of a message's length (153 characters, 67 where one is
// outside GSM-7), cut inside a word or at a space: each part after its
// place ("(2/9) ", as the sending phone writes it), or after the date and
// the sender that a phone's export writes above each message
// ("2024-03-12 14:59:09" / "Från: Anna Svensson"). joinSegments joins
// the parts back into the page.

// segmentsNote says that a page's parts were joined.
const segmentsNote = `the page came as text messages, in parts of a message's length ("(2/9) …", or each below its date and sender): the parts were joined where they were cut`

// segmentMark is the place of a part before its text: "(2/9) ", "[2/9] ".
var segmentMark = lazyRE(`^[(\[](\d{1,3})/(\d{1,3})[)\]] ?`)

// segmentHead is the date and time a phone's export writes above each
// message, and segmentSender the sender's line below it.
var (
	segmentHead   = lazyRE(`^\d{4}-\d\d-\d\d,? \d\d?:\d\d(?::\d\d)?$`)
	segmentSender = lazyRE(`^(?:Från|From|Avsändare|Sender): \S.*$`)
)

// Parts of a message's length: minSegments of them at least, each but the
// last of maxSegmentRunes characters or fewer (messageSized).
const (
	minSegments     = 3
	maxSegmentRunes = 160
)

// joinSegments joins a page's parts that came as text messages: parts
// marked with their places 1 to n in order, or parts below the same
// sender's heads, each but the last of a message's length. It returns the
// text, each of its lines' line of text (1-based), and the first line it
// joined; ok is false where text is no such page.
func joinSegments(text string) (read string, lines []int, joined []int, ok bool) {
	read, lines, _, joined, ok = readEachPage(text, joinSegmentsPage)
	return read, lines, joined, ok
}

// joinSegmentsPage is joinSegments for one page.
func joinSegmentsPage(text string) (read string, lines []int, joined []int, ok bool) {
	// The first part begins the text: its place, or its head's date.
	top := strings.TrimLeft(text, " \t\r\n")
	if top == "" || top[0] != '(' && top[0] != '[' && !isDigit(top[0]) {
		return text, nil, nil, false
	}
	if first, _ := nextLine(top); !segmentMark.MatchString(first) && !segmentHead.MatchString(strings.TrimSpace(first)) {
		return text, nil, nil, false
	}
	all := splitLines(text)
	parts, join, head := markedSegments(all), []bool(nil), 0
	if parts != nil {
		for _, i := range parts {
			k, _ := strconv.Atoi(segmentMark.FindStringSubmatch(all[i])[1])
			join = append(join, k > 1)
		}
		if !messageSized(partLengths(all, parts, join, 0)) {
			// Parts marked but of no message's length: each its own
			// lines, as sent by hand; the marks come off.
			clear(join)
		}
	} else if parts, join = headedSegments(all); parts != nil {
		head = 2
	}
	if parts == nil {
		return text, nil, nil, false
	}
	read, lines, joined = joinParts(all, parts, join, head)
	if strings.HasSuffix(text, "\n") {
		read += "\n"
	}
	return read, lines, joined, true
}

// markedSegments returns the lines that begin with a part's place, 1 to
// n in order, the first the text's first line that is not blank, the
// places 1 to n again for a page pasted again; nil for none.
func markedSegments(all []string) []int {
	var parts []int
	n, run := 0, 0 // the parts of the run, and how many of them are read
	for i, l := range all {
		m := segmentMark.FindStringSubmatch(l)
		if m == nil {
			if len(parts) == 0 && strings.TrimSpace(l) != "" {
				return nil // text before the first part
			}
			continue
		}
		k, _ := strconv.Atoi(m[1])
		total, _ := strconv.Atoi(m[2])
		if k == 1 && run == n {
			n, run = total, 0 // a page's first part, the page pasted again
		}
		if k != run+1 || total != n {
			return nil
		}
		run++
		parts = append(parts, i)
	}
	if n < minSegments || run != n {
		return nil
	}
	return parts
}

// headedSegments returns the lines of the heads (a date and a sender's
// line) that stand over the parts of one sender's message, the first at
// the text's top, each part but the last of a message's length, and
// whether each goes on from the part before (not after a separator, where
// the page is pasted again); nil for none.
func headedSegments(all []string) ([]int, []bool) {
	var parts []int
	var join []bool
	sender := ""
	apart := false // a separator since the last head: a page pasted again
	for i := 0; i+1 < len(all); i++ {
		t := strings.TrimSpace(all[i])
		if !segmentHead.MatchString(t) || !segmentSender.MatchString(strings.TrimSpace(all[i+1])) {
			if len(parts) == 0 && t != "" {
				return nil, nil
			}
			apart = apart || isSeparator(t)
			continue
		}
		if s := strings.TrimSpace(all[i+1]); sender == "" {
			sender = s
		} else if s != sender {
			return nil, nil // a conversation, not one message in parts
		}
		join = append(join, len(parts) > 0 && !apart)
		parts = append(parts, i)
		apart = false
		i++
	}
	if len(parts) < minSegments {
		return nil, nil
	}
	if !messageSized(partLengths(all, parts, join, 2)) {
		return nil, nil
	}
	return parts, join
}

// partLengths returns the lengths in characters of the parts that a part
// goes on from (join), each but a page's last: a part's text runs from its
// first line (below its head, head lines) to the line before the next
// part's (the blank line a head has above it left out).
func partLengths(all []string, parts []int, join []bool, head int) []int {
	var lengths []int
	for p := 0; p+1 < len(parts); p++ {
		if !join[p+1] {
			continue // a page's last part
		}
		lo, hi := parts[p]+head, parts[p+1]
		if head > 0 {
			hi-- // the blank line above the next head
		}
		n := 0
		for _, l := range all[lo:max(lo, hi)] {
			n += utf8.RuneCountInString(l) + 1
		}
		if lo < len(all) {
			n -= len(segmentMark.FindString(all[lo])) // the part's place is no part of it
		}
		lengths = append(lengths, n)
	}
	return lengths
}

// The lengths of a text message's parts: 153 characters (minus a mark's
// or a cut's few, plus its line end), or 67 where a character is outside
// GSM-7; a part cut at a space is shorter, none shorter than half the
// longest.
const (
	minLongPart  = 135
	minShortPart = 55
	maxShortPart = 75
)

// messageSized reports parts of a message's length: the longest of one
// of the two sizes, none over maxSegmentRunes+1 nor shorter than half the
// longest. A person who sends a page in pieces by hand sends pieces of any
// length, mostly short.
func messageSized(lengths []int) bool {
	if len(lengths) == 0 {
		return false
	}
	longest, shortest := slices.Max(lengths), slices.Min(lengths)
	sized := longest >= minLongPart || longest >= minShortPart && longest <= maxShortPart
	return sized && longest <= maxSegmentRunes+1 && 2*shortest >= longest
}

// joinParts joins each part that goes on (join) to the line before it,
// and returns the text, its lines' lines of all, and the lines it joined
// on: a part's mark is taken off its first line (head 0), or its
// head's lines and the blank line the export writes above them are left
// out (head 2).
func joinParts(all []string, parts []int, join []bool, head int) (string, []int, []int) {
	var b strings.Builder
	var lines, joined []int
	out := 0 // lines written
	next := 0
	for i := 0; i < len(all); i++ {
		l := all[i]
		if next < len(parts) && i == parts[next] {
			k := next
			next++
			if head > 0 {
				i += head
				if i >= len(all) {
					break
				}
				l = all[i]
			}
			// The part's place, below its head too.
			if mark := segmentMark.FindString(l); mark != "" {
				l = l[len(mark):]
				if !join[k] {
					joined = append(joined, parts[k]+1) // named, though not joined
				}
			}
			if join[k] && out > 0 {
				// Cut where the part before ended: the line goes on.
				joined = append(joined, parts[k]+1)
				b.WriteString(l)
				continue
			}
		} else if head > 0 && next < len(parts) && i+1 == parts[next] && join[next] && strings.TrimSpace(l) == "" {
			continue // the blank line the export writes above a head
		}
		if out > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(l)
		lines = append(lines, i+1)
		out++
	}
	return b.String(), lines, joined
}
