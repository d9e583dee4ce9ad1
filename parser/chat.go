package parser

import "strings"

// A page pasted from a chat carries, on every line, when it was sent and
// by whom: "[10:32] Anna Svensson: Projektnummer: 2020/00634" (Slack),
// "[2024-03-12 10:32] Anna: …" and "12/03/2024, 10:32 - Anna: …"
// (WhatsApp), "<anna> …" (IRC). Where a text's first line and more begin
// so, the prefixes are taken off and the lines read as the page; each
// line keeps its number.

// chatPrefixes are the prefixes of the chats, each with the time and the
// sender and the space after them.
var chatPrefixes = []*lazyRegexp{
	lazyRE(`^\[(?:\d{4}-\d{2}-\d{2},?\s+)?\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp][Mm])?\]\s*[^:\[\]<>]{1,40}?:\s`),
	lazyRE(`^(?:\[\d{1,2}:\d{2}(?::\d{2})?\]\s*)?<[^<>\s]{1,30}>\s`),
	lazyRE(`^\d{1,4}[-./]\d{1,2}[-./]\d{2,4},?\s+\d{1,2}:\d{2}(?::\d{2})?\s+-\s+[^:]{1,40}?:\s`),
}

// minChatLines is the fewest lines with a chat's prefix, the first line
// among them, that make a text a chat's: a message of many lines has the
// prefix on its first line only, and a page quoting a line of a chat
// stays as written.
const minChatLines = 3

// stripChat returns text without the chat prefix most of its lines begin
// with, and whether it took any off.
func stripChat(text string) (string, bool) {
	if text == "" || text[0] != '[' && text[0] != '<' && !isDigit(text[0]) {
		return text, false // a chat's first line begins with its prefix
	}
	lines := splitLines(text)
	first := 0
	for first < len(lines) && strings.TrimSpace(lines[first]) == "" {
		first++
	}
	for _, re := range chatPrefixes {
		if first == len(lines) || !re.MatchString(lines[first]) {
			continue
		}
		n := 0
		for _, l := range lines {
			if re.MatchString(l) {
				n++
			}
		}
		if n < minChatLines {
			continue
		}
		var b strings.Builder
		b.Grow(len(text))
		for i, l := range lines {
			if loc := re.FindStringIndex(l); loc != nil {
				l = l[loc[1]:]
			}
			if i > 0 {
				b.WriteByte('\n')
			}
			b.WriteString(l)
		}
		b.WriteByte('\n')
		return b.String(), true
	}
	return text, false
}
