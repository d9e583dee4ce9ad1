package parser

import (
	"html"
	"iter"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A page pasted from a chat carries, on every line, when it was sent and
// by whom: "[10:32] Anna Svensson: Projektnummer: 2020/00634" (Slack),
// "[2024-03-12 10:32] Anna: …" and "12/03/2024, 10:32 - Anna: …"
// (WhatsApp), "<anna> …" (IRC). Where a text's first line and more begin
// so, the prefixes are taken off and the lines read as the page; each
// line keeps its number.

// chatPrefixes are the prefixes of the chats, each with the time and the
// sender and the space after them.
// The sender is each one's first group.
var chatPrefixes = []*lazyRegexp{
	lazyRE(`^\[(?:\d{4}-\d{2}-\d{2},?\s+)?\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp][Mm])?\]\s*([^:\[\]<>]{1,40}?):\s`),
	lazyRE(`^(?:\[\d{1,2}:\d{2}(?::\d{2})?\]\s*)?<([^<>\s]{1,30})>\s`),
	lazyRE(`^\d{1,4}[-./]\d{1,2}[-./]\d{2,4},?\s+\d{1,2}:\d{2}(?::\d{2})?\s+-\s+([^:]{1,40}?):\s`),
}

// chatNotice is a line of WhatsApp's export that no sender wrote, its
// time and a notice with no sender's name and colon: "03/05/2024, 13:02 -
// Meddelanden och samtal är end-to-end-krypterade."
var chatNotice = lazyRE(`^\d{1,4}[-./]\d{1,2}[-./]\d{2,4},?\s+\d{1,2}:\d{2}(?::\d{2})?\s+-\s+[^:]*$`)

// minChatLines is the fewest lines with a chat's prefix, the first line
// among them, that make a text a chat's: a message of many lines has the
// prefix on its first line only, and a page quoting a line of a chat
// stays as written.
const minChatLines = 3

// minLeadStamps is the fewest stamps ("Anna Svensson  10:42") that make a
// chat of a text whose first line is one, with no separator between pages
// in it: a page pasted over two messages. A stamp first and alone may be
// a note's heading.
const minLeadStamps = 2

// separated reports lines of which one is a separator between pages: two
// stamps on either side are two pastes', each its page's.
func separated(lines []string) bool {
	return slices.ContainsFunc(lines, func(l string) bool { return isSeparator(trimLine(l)) })
}

// chatStamp is a chat's line of its own above each message, the sender
// and the time: "Anna Svensson 10:32", "Anna Svensson, igår 10:32", as
// Teams and Messenger copy a conversation.
// The sender is its first group; Telegram brackets the time
// ("Anna Svensson, [2024-03-01 10:22]").
var chatStamp = lazyRE(`^(\p{Lu}[\p{L}'.-]*(?: \p{L}[\p{L}'.-]*){0,3}),? {1,2}\[?(?:(?:igår|idag|Yesterday|Today|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}(?:/\d{2,4})?) )?\d{1,2}[:.]\d{2}(?::\d{2})?(?: ?[AaPp][Mm])?\]?$`)

// stripChat returns text without the chat prefix most of its lines begin
// with, or the stamp line above each of its lines, and whether it took
// any off.
func stripChat(text string) (string, bool) {
	if stamped, ok := stripChatStamps(text); ok {
		return stamped, true
	}
	re, lines := chatPrefix(text)
	if re == nil {
		return text, false
	}
	return rewriteLines(text, lines, func(_ int, l string) string {
		if loc := re.FindStringIndex(l); loc != nil {
			l = l[loc[1]:]
		}
		return l
	}), true
}

// chatPrefix returns the chat prefix that text's first line and at least
// minChatLines of its lines begin with, or its first line alone above a
// page (holdsPage), and its lines; nil for none.
func chatPrefix(text string) (*lazyRegexp, []string) {
	t := strings.TrimLeft(text, "\r\n")
	if t == "" || t[0] != '[' && t[0] != '<' && !isDigit(t[0]) {
		return nil, nil // a chat's first line begins with its prefix
	}
	if head := t[:min(len(t), chatPrefixHead)]; strings.IndexByte(head, ':') < 0 && strings.IndexByte(head, '>') < 0 {
		return nil, nil // every prefix has its time's colon or a nick's bracket early
	}
	lines := splitLines(text)
	first := 0
	for first < len(lines) && (strings.TrimSpace(lines[first]) == "" || chatNotice.MatchString(lines[first])) {
		first++ // a chat's notice first, no sender's ("… - Meddelanden och samtal är end-to-end-krypterade.")
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
		if n >= minChatLines || n > 0 && holdsPage(strings.Join(lines[first+1:], "\n")) {
			// A page sent as one message, or as two: the prefix on its
			// first line, and on the second message's, the page's lines
			// below them.
			return re, lines
		}
	}
	return nil, nil
}

// chatPrefixHead is how far into a chat's first line its prefix has a
// colon (the time's) or a ">": "12/03/2024, 10:32" is 17 bytes.
const chatPrefixHead = 32

// stripChatOthers reads a chat of two senders or more as stripChat does,
// and leaves out the messages of others than the page's sender.
func stripChatOthers(text string) (string, bool) {
	re, lines := chatPrefix(text)
	if re == nil {
		return text, false
	}
	out := othersMessages(lines, func(i int) (string, int) {
		if m := re.FindStringSubmatchIndex(lines[i]); m != nil {
			return lines[i][m[2]:m[3]], m[1]
		}
		return "", 0
	})
	if out == nil {
		return text, false
	}
	return rewriteLines(text, lines, func(i int, l string) string {
		if out[i] {
			return ""
		}
		if loc := re.FindStringIndex(l); loc != nil {
			l = l[loc[1]:]
		}
		return l
	}), true
}

// othersMessages returns the lines of a chat's messages to leave out, or
// nil where the chat has one sender: the messages of others than the
// page's sender, who wrote most of its labels, or else most of its
// lines. They are the question the page answers, the thanks below it, an
// "Ok" between; another's message that begins with a label or a heading
// stays, a field of a page written by two. sender
// returns the sender of a message that begins on line i, and where the
// message's text begins there (the line's end for a stamp of its own
// above the message), or "".
func othersMessages(lines []string, sender func(i int) (string, int)) []bool {
	senders := make([]string, len(lines)) // each line's message's sender
	begins := make([]bool, len(lines))    // a message begins on the line
	bare := make([]bool, len(lines))      // the message's text begins on the next line
	entry := make([]bool, len(lines))     // the line begins with a label or a heading
	type count struct{ entries, lines int }
	counts := map[string]*count{}
	who := ""
	for i, l := range lines {
		text := l
		if s, at := sender(i); s != "" {
			who, text, begins[i] = s, l[at:], true
			bare[i] = strings.TrimSpace(text) == ""
		}
		senders[i] = who
		if who == "" {
			continue
		}
		c := counts[who]
		if c == nil {
			c = &count{}
			counts[who] = c
		}
		if text = strings.TrimSpace(text); text != "" {
			cl := classify(text, i+1, false)
			entry[i] = cl.term != nil || cl.heading != nil
			if entry[i] {
				c.entries++
			}
			c.lines++
		}
	}
	if len(counts) < 2 {
		return nil
	}
	page := ""
	for s, c := range counts {
		best := counts[page]
		if best == nil || c.entries > best.entries || c.entries == best.entries && (c.lines > best.lines || c.lines == best.lines && s < page) {
			page = s
		}
	}
	out := make([]bool, len(lines))
	keep := false // the message of another's on the line is the page's
	for i := range lines {
		if senders[i] == "" || senders[i] == page {
			continue
		}
		if begins[i] {
			text := i
			if bare[i] && i+1 < len(lines) {
				text = i + 1
			}
			keep = entry[text]
		}
		out[i] = !keep
	}
	return out
}

// loneTime is the time a chat (Slack) copies alone on a line above each
// message after the first of a sender's run: "10:06", "10:06 AM".
var loneTime = lazyRE(`^\d{1,2}:\d{2}(?: ?[AaPp][Mm])?$`)

// chatStampFirst is a chat's stamp with the time first, in brackets:
// "[10:32] Anna Svensson", as Slack copies a conversation. The sender is
// its first group, a name of two to four words with capitals: a
// programme's "[09:00] Registrering" is the page's.
var chatStampFirst = lazyRE(`^\[\d{1,2}:\d{2}(?::\d{2})?(?: ?[AaPp][Mm])?\] (\p{Lu}[\p{L}'.-]*(?: \p{Lu}[\p{L}'.-]*){1,3})$`)

// chatSender is a sender's name alone on a line, two to four words with
// capitals, which Teams copies above the time alone ("Anna Svensson" /
// "10:32").
var chatSender = lazyRE(`^\p{Lu}[\p{L}'.-]*(?: \p{Lu}[\p{L}'.-]*){1,3}$`)

// maxChatStamp bounds a line that may be a chat's stamp, in bytes.
const maxChatStamp = 80

// stampOf returns the sender that line i of lines stamps, as chatStamp
// or chatStampFirst write it, or, where stacked, a name over the time
// alone on the next line (chatSender), with how many lines the stamp
// takes; "", 0 for none. A chat stamps its messages one way: a name over
// a time in a chat whose stamps are one line is a value over a time.
func stampOf(lines []string, i int, stacked bool) (string, int) {
	t := strings.TrimSpace(lines[i])
	if t == "" || len(t) > maxChatStamp {
		return "", 0
	}
	switch last := t[len(t)-1]; {
	case t[0] == '[' && isLetterByte(last) || t[0] == '[' && last >= 0x80:
		if m := chatStampFirst.FindStringSubmatch(t); m != nil {
			return m[1], 1
		}
	case isDigit(last) || last == 'M' || last == 'm' || last == ']':
		if m := chatStamp.FindStringSubmatch(t); m != nil {
			return m[1], 1
		}
	}
	if stacked && i+1 < len(lines) && unicode.IsUpper([]rune(t)[0]) && (lineIsTime(lines[i+1]) || dayTime.MatchString(strings.TrimSpace(lines[i+1]))) && chatSender.MatchString(t) {
		return t, 2
	}
	return "", 0
}

// dayTime is a time after its day's word, as Teams copies it below the
// sender's name: "igår 10:42", "Today 9:05 AM".
var dayTime = lazyRE(`^(?:igår|i går|idag|Igår|Idag|Yesterday|Today|yesterday|today) \d{1,2}:\d{2}(?: ?[AaPp][Mm])?$`)

// lineIsTime reports a line that holds a time alone (loneTime).
func lineIsTime(l string) bool {
	t := strings.TrimSpace(l)
	return len(t) <= len("10:05 AM") && t != "" && isDigit(t[0]) && loneTime.MatchString(t)
}

// chatChannel is a line a chat copies above its first message: the
// channel's name ("# projekt-esf", "Kanal: ESF-ansökningar") or the day's
// ("Idag", "Igår").
var chatChannel = lazyRE(`^(?:# ?[\p{L}\d_.-]+|(?:Kanal|Channel): .{1,60}|Idag|Igår|I går|Today|Yesterday)$`)

// maxChatHead is how many lines, not blank, may stand above a chat's
// first stamp: a channel's name and a day's.
const maxChatHead = 2

// chatFurniture reports a line of a chat's own below a message: a mark
// of an edit alone ("(redigerat)", "Redigerad"), its reactions ("👍 2",
// ":thumbsup: 3"), its thread's count and buttons ("3 svar  Senaste svar
// idag kl. 13:05", "Svara i tråd").
func chatFurniture(t string) bool {
	switch {
	case t == "":
		return false
	case oneOf(strings.ToLower(t), chatButtons):
		return true
	case t[0] == '(':
		loc := edited.FindStringIndex(" " + t)
		return loc != nil && loc[0] == 0 // "(redigerat)" alone
	case reactionCount(t) || reactionMark(t):
		return true
	}
	return threadCount.MatchString(t)
}

// chatButtons are the words a chat writes below a message, as a line
// alone.
var chatButtons = []string{"redigerad", "redigerat", "edited", "svara", "svara i tråd", "reply", "reply in thread", "visa tråd", "view thread"}

// threadCount is a thread's count of answers below its first message:
// "3 svar", "3 svar  Senaste svar idag kl. 13:05", "2 replies Last reply
// today at 13:05".
var threadCount = lazyRE(`^\d{1,4} (?:svar|replies|reply)(?:\s+(?:Senaste svar|Last reply)\b.*)?$`)

// stripChatStamps blanks the lines of a chat's stamp (stampOf) where one
// of the text's first lines is one, below a channel's name and a day's
// (chatChannel) if any, and at least minChatLines are; the times alone
// between a sender's messages (loneTime); and the chat's own lines below
// its messages (chatFurniture). The lines keep their numbers, the
// messages stand between them.
func stripChatStamps(text string) (string, bool) {
	ok, stacked := chatStampFirstLines(text)
	if !ok {
		return text, false
	}
	lines := splitLines(text)
	n, lones := 0, 0
	stamp := make([]string, len(lines)) // the sender a stamp names
	lone := make([]bool, len(lines))    // a time alone, or the stamp's second line
	for i := 0; i < len(lines); i++ {
		if s, k := stampOf(lines, i, stacked); s != "" {
			stamp[i] = s
			n++
			if k == 2 {
				lone[i+1] = true
				i++
			}
		} else if lineIsTime(lines[i]) {
			lone[i] = true
			lones++
		}
	}
	// Times alone tell a chat as a run of them below a sender's stamp;
	// one or two tell none, and are as often values. A name over a time
	// is a chat's stamp only among minChatLines of them: once, it is a
	// title over an agenda's time.
	if n < minChatLines && (n < minLeadStamps || separated(lines)) && (n == 0 || lones < minChatLines || stacked) {
		return text, false
	}
	head := true // above the first stamp
	out := othersMessages(lines, func(i int) (string, int) { return stamp[i], len(lines[i]) })
	return rewriteLines(text, lines, func(i int, l string) string {
		t := strings.TrimSpace(l)
		switch {
		case stamp[i] != "":
			head = false
			return ""
		case head && chatChannel.MatchString(t):
			return ""
		case out != nil && out[i]:
			return ""
		case (lone[i] || chatFurniture(t)) && !emptyLabelAbove(lines, i):
			return "" // "Status:" / "Redigerad": a value
		}
		if loc := edited.FindStringIndex(strings.TrimRight(l, " \t\r")); loc != nil {
			return l[:loc[0]]
		}
		if loc := editedWord.FindStringIndex(strings.TrimRight(l, " \t\r")); loc != nil && messageEnds(lines, i+1, stamp, lone) {
			return l[:loc[0]] // "… Trelleborg Redigerad" last in its message
		}
		return l
	}), true
}

// editedWord is the word a chat writes after a message's last line once
// its writer changed it, with no brackets: " Redigerad", " Edited".
var editedWord = lazyRE(`\s+(?:Redigerad|Redigerat|Edited)$`)

// messageEnds reports whether a chat's message ends above line i: the
// next line that is not blank is a stamp, a time alone, the chat's own
// (chatFurniture), or there is none.
func messageEnds(lines []string, i int, stamp []string, lone []bool) bool {
	for ; i < len(lines); i++ {
		if t := strings.TrimSpace(lines[i]); t != "" {
			return stamp[i] != "" || lone[i] || chatFurniture(t)
		}
	}
	return true
}

// chatStampFirstLines reports a text whose first line that is not blank
// is a chat's stamp (stampOf), or whose first such line after at most
// maxChatHead lines of a channel's name or a day's is; stacked tells a
// stamp of two lines, a name over a time.
func chatStampFirstLines(text string) (ok, stacked bool) {
	var head []string
	for rest := text; rest != "" && len(head) < maxChatHead+2; {
		var l string
		l, rest = nextLine(rest)
		if t := strings.TrimSpace(l); t != "" {
			head = append(head, t)
		}
	}
	for i, t := range head {
		if s, k := stampOf(head, i, true); s != "" {
			return true, k == 2
		}
		if i >= maxChatHead || len(t) > maxChatStamp || !chatChannel.MatchString(t) {
			return false, false
		}
	}
	return false, false
}

// emptyLabelAbove reports a line i below a label alone, the line above
// it that is not blank: a known label, or words ending in a colon
// ("Informationsmöte:").
func emptyLabelAbove(lines []string, i int) bool {
	for j := i - 1; j >= 0; j-- {
		if t := strings.TrimSpace(lines[j]); t != "" {
			c := classify(t, j+1, false)
			return c.term != nil && c.value == "" || strings.HasSuffix(t, ":")
		}
	}
	return false
}

// lineNumberPrefixes are the ways an editor or a listing writes a line's
// number before it: "12 | ", " 12 │ ", "12: ", "12. ", "12<TAB>", "  12  ". A
// listing writes every line's one way: a page's own bar after a number
// written with spaces ("  5 |-", a wiki's table) is the page's.
var lineNumberPrefixes = []*lazyRegexp{
	lazyRE(`^ *(\d{1,6}) *[|│] ?`),
	lazyRE(`^ *(\d{1,6}): ?`),
	lazyRE(`^ *(\d{1,6})\.(?: |$)`),
	lazyRE(`^ *(\d{1,6})\t`),
	lazyRE(`^ *(\d{1,6})(?: +|$)`),
	grepLineNumber,
}

// grepLineNumber is the number "grep -n" writes before a line of one
// file, a colon after a match's ("13:Projektnummer") and a hyphen after
// its context's ("14-2015/01465"); a line of "--" parts two matches'
// lines, whose numbers count on from another.
var grepLineNumber = lazyRE(`^(\d{1,6})[:-]`)

// stripLineNumbers takes off the numbers an editor or a listing puts
// before each line ("   1  2020/00634 - Framtidsresan", "3: Projektnummer:"),
// where every line of the text but blank ones begins with one, written
// one way (lineNumberPrefixes), in order one by one from the first: a
// page's own numbers do not count so. A blank line may have its number or
// none, as nl leaves it. Each line keeps its number.
func stripLineNumbers(text string) (string, bool) {
	if text == "" || text[0] != ' ' && !isDigit(text[0]) {
		return text, false
	}
	lines := splitLines(text)
	cut := make([]int, len(lines))
	tail := editorTail(lines)
	for _, prefix := range lineNumberPrefixes {
		if numberedLines(lines[:tail], prefix, cut) {
			return rewriteLines(text, lines, func(i int, l string) string {
				if i >= tail {
					return "" // vim's "~" below the text, and its status line
				}
				return l[cut[i]:]
			}), true
		}
	}
	return text, false
}

// editorTail returns where the lines vim shows below a text begin: "~"
// alone for each screen line past the text's end, two or more, then its
// status line ('"sida.txt" 64L, 4210B', "-- INSERT --") if any; or
// len(lines) for none.
func editorTail(lines []string) int {
	end := len(lines)
	for end > 0 && strings.TrimSpace(lines[end-1]) == "" {
		end--
	}
	if end > 0 && strings.TrimSpace(lines[end-1]) != "~" {
		end-- // the status line
	}
	start := end
	for start > 0 && strings.TrimSpace(lines[start-1]) == "~" {
		start--
	}
	if end-start < minEditorTildes {
		return len(lines)
	}
	return start
}

// minEditorTildes is the fewest "~" lines that tell vim's screen below a
// text: one may be a page's own.
const minEditorTildes = 2

// numberedLines sets cut to where each line's number written as prefix
// ends, and reports whether every line but blank ones has one, in order
// one by one, and minChatLines of them or more.
func numberedLines(lines []string, prefix *lazyRegexp, cut []int) bool {
	next, numbered, gutter := -1, 0, 0
	for i, l := range lines {
		m := prefix.FindStringSubmatchIndex(l)
		if strings.TrimSpace(l) == "" && (m == nil || m[2] < 0) {
			// A blank line, numbered (cat -n) or not (nl, which numbers
			// the lines of text alone).
			cut[i] = len(l)
			continue
		}
		if m == nil && gutter > 0 && len(l) > gutter && strings.TrimLeft(l[:gutter], " ") == "" && l[gutter] != ' ' {
			// A long line an editor wraps on the screen, its next part
			// under the numbered line's text with no number.
			cut[i] = gutter
			continue
		}
		if m == nil && prefix == grepLineNumber && strings.TrimSpace(l) == "--" && next >= 0 {
			cut[i], next = len(l), -1
			continue
		}
		if m == nil {
			if t := strings.TrimSpace(l); next >= 0 && t == strconv.Itoa(next) {
				// A blank line whose number a copy kept without the
				// mark after it: GitHub's "2" of "1\t…" / "2" / "3\t…".
				cut[i] = len(l)
				next++
				continue
			}
			return false
		}
		n := 0
		for _, c := range l[m[2]:m[3]] {
			n = n*10 + int(c-'0')
		}
		if next >= 0 && n != next {
			return false
		}
		next, cut[i] = n+1, m[1]
		if gutter = 0; strings.HasPrefix(l, " ") && m[1] < len(l) {
			gutter = m[1] // a gutter of numbers right-aligned, as vim's
		}
		numbered++
	}
	return numbered >= minChatLines
}

// lynxReference is a line of the list of links a text browser's dump
// ends with: "  10. https://www.esf.se/projektbanken/?q=…".
var lynxReference = lazyRE(`^ *(\d{1,5})\. +(?:https?|ftp|file|mailto|tel|javascript|news|sms):\S*$`)

// stripLynxLinks takes off the marks a text browser's dump (lynx -dump,
// w3m) puts before each link's text ("[10]2020/00634",
// "Projektägare[12]Arbete och Försörjning") and blanks the list of links
// it ends with ("References" and its numbered addresses), where that list
// names at least minChatLines of the marks; "References" alone at the
// end, its list cut off, is blanked too. Each line keeps its number.
func stripLynxLinks(text string) (string, bool) {
	// "References" is rare; a search for it is fast, a search for the
	// line end before it is not.
	at := indexRare(text, "References\n")
	for at > 0 && text[at-1] != '\n' {
		next := indexRare(text[at+1:], "References\n")
		if next < 0 {
			return text, false
		}
		at += 1 + next
	}
	if at <= 0 {
		return text, false
	}
	at-- // the line end before it
	if later := strings.LastIndex(text[at+1:], "\nReferences\n"); later >= 0 {
		at += 1 + later
	}
	lines := splitLines(text)
	head := strings.Count(text[:at+1], "\n") // the line "References" stands on, 0-based
	refs := map[string]bool{}
	elinks := false // elinks heads its list "Visible links"; lynx writes it alone
	for _, l := range lines[head+1:] {
		switch t := strings.TrimSpace(l); {
		case lynxReference.MatchString(l):
			refs[lynxReference.FindStringSubmatch(l)[1]] = true
		case t == "Visible links" || t == "Hidden links:":
			elinks = true
		case t != "":
			return text, false // more than the list after it
		}
	}
	if len(refs) == 0 && !elinks && head > 0 {
		// "References" alone at the end: the list's heading, the list cut
		// off where the dump was copied; the page's marks stay as written.
		return rewriteLines(text, lines, func(i int, l string) string {
			if i >= head {
				return ""
			}
			return l
		}), true
	}
	if len(refs) == 0 || len(refs) < minChatLines && !elinks && !marked(lines[:head], refs) {
		return text, false
	}
	menu := lynxMenu(lines[:head], refs)
	return rewriteLines(text, lines, func(i int, l string) string {
		if i >= head || i < menu {
			return "" // the list of links, or the site's menu: blank
		}
		var b strings.Builder
		last := 0
		for open, end := range eachBracket(l) {
			if refs[l[open+1:end]] {
				b.WriteString(l[last:open])
				last = end + 1
			}
		}
		if last == 0 {
			return l
		}
		b.WriteString(l[last:])
		return b.String()
	}), true
}

// minMenuLinks is the fewest items of a list, each a link alone, that make
// the links a text browser's dump begins with the site's menu ("* [3]Om
// oss" / "* [4]Projektbanken" / "* [6]Kontakt"): a link or two may be the
// page's own.
const minMenuLinks = 3

// lynxMenu returns the index of the first line below the site's menu at
// the top of a text browser's dump: the lines up to there are links
// alone, minMenuLinks or more of them a list's items, and blank lines; 0
// where the dump begins otherwise. A list of links below the page's first
// words ("Kommun:" / "* [8]Lund") is the page's.
func lynxMenu(lines []string, refs map[string]bool) int {
	items, end := 0, 0
	for i, l := range lines {
		t := strings.TrimSpace(l)
		if t == "" {
			continue
		}
		item := false
		if rest, ok := cutBullet(t); ok {
			t, item = strings.TrimSpace(rest), true
		}
		open, close := strings.IndexByte(t, '['), strings.IndexByte(t, ']')
		if open != 0 || close < 0 || !refs[t[1:close]] || strings.ContainsRune(t[close:], ':') {
			break // no link alone: the page begins
		}
		if item {
			items++
		}
		end = i + 1
	}
	if items < minMenuLinks {
		return 0
	}
	return end
}

// eachBracket yields the byte offsets of the brackets round each "[…]" in
// l, in order: a text browser's marks of links ("[10]2020/00634").
func eachBracket(l string) iter.Seq2[int, int] {
	return func(yield func(int, int) bool) {
		for at := 0; ; {
			open := strings.IndexByte(l[at:], '[')
			if open < 0 {
				return
			}
			end := strings.IndexByte(l[at+open:], ']')
			if end < 0 || !yield(at+open, at+open+end) {
				return
			}
			at += open + end + 1
		}
	}
}

// marked reports whether each of refs, the numbers of a text browser's
// list of links, marks a link in lines ("E-post: [2]kaisa@…"): a list of
// one or two links is a dump's when its marks stand in the text, a page's
// own list of addresses when they do not.
func marked(lines []string, refs map[string]bool) bool {
	found := map[string]bool{}
	for _, l := range lines {
		for open, end := range eachBracket(l) {
			if n := l[open+1 : end]; refs[n] {
				found[n] = true
			}
		}
	}
	return len(found) == len(refs)
}

// joinLinesOf joins lines read from text, with text's line end after
// the last where text has one: a paste's reading, line for line.
func joinLinesOf(lines []string, text string) string {
	read := strings.Join(lines, "\n")
	if strings.HasSuffix(text, "\n") {
		read += "\n"
	}
	return read
}

// rewriteLines returns text's lines, as splitLines gave them, each
// rewritten by line, one for one, so that each keeps its number.
func rewriteLines(text string, lines []string, line func(i int, l string) string) string {
	var b strings.Builder
	b.Grow(len(text))
	for i, l := range lines {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(line(i, l))
	}
	b.WriteByte('\n')
	return b.String()
}

// minListLines is the fewest lines numbered one by one from 1, two of them
// labels, that stripListNumbers reads as a list the page was pasted into:
// the numbered lines of a page's own text hold no labels.
const minListLines = 6

// minLabelItems is the fewest items, counted one by one from any number,
// each a known label, that stripListNumbers reads as a list of facts: a
// page's own numbered text is no run of labels ("§ 1 Projektägare: …",
// "2.1 Telefonnummer: …", "Fråga 2 – Region" over its answer).
const minLabelItems = 2

// labelItem reports an item's text that is a known label, with its colon
// and its value, glued to a value of its own shape as a printout's is
// ("ProjektägareCoompanion Jämtland"), or alone on its line, as a list of
// facts numbers them.
func labelItem(text string) bool {
	c := classify(text, 0, false)
	return c.term != nil && (c.form == formColon || c.form == formTab || c.form == formBare && c.value == "" || c.form == formGlued && c.reads)
}

// orderedNumber returns the number of an ordered list's item at line's
// start ("12. ", "3) ", after any indent) and where the text after it
// begins; 0, 0 for none.
func orderedNumber(line string) (n, end int) {
	n, i, ok := leadingNumber(line)
	if !ok || i+1 >= len(line) || line[i] != '.' && line[i] != ')' || line[i+1] != ' ' && line[i+1] != '\t' {
		return 0, 0
	}
	return n, i + 2
}

// leadingNumber reads a number of one to three digits at line's start,
// after any indent, and where it ends; ok is false for none.
func leadingNumber(line string) (n, end int, ok bool) {
	i := len(line) - len(strings.TrimLeft(line, " \t"))
	digits := i
	for i < len(line) && i-digits < 3 && isDigit(line[i]) {
		n = n*10 + int(line[i]-'0')
		i++
	}
	return n, i, i > digits
}

// stripListNumbers takes off the numbers of an ordered list that a page's
// lines, labels and values alike, were pasted into ("1. Diarienummer:",
// "2. 23-038-S06", a notes app's or Markdown's numbered list), or its
// labels alone ("(1) Diarienummer:" / "23-038-S06"): a run of
// minListLines items or more, numbered one by one from 1 with blank lines
// between them or not, two of them labels. Each line keeps its number.
func stripListNumbers(text string) (string, bool) {
	lines := splitLines(text)
	cut := make([]int, len(lines))
	found := false
	for i := 0; i < len(lines); i++ {
		n, alt, end := labelItemNumber(lines[i])
		next, fromOne := 1, n == 1 || alt == 1
		if !fromOne {
			// A run that counts on from another number holds facts
			// alone: "1.2 Projektnummer: …" below a title numbered 1.1.
			if end == 0 || !labelItem(lines[i][end:]) {
				continue
			}
			next = n
		}
		shape := markShape(lines[i][:end])
		numbered, j := 0, i
		allLabels := true       // every item a label
		bare, below := false, 0 // the last item is a label alone, and the lines below it
		last := i               // the line after the last item
		for ; j < len(lines); j++ {
			if strings.TrimSpace(lines[j]) == "" {
				continue
			}
			n, alt, end := labelItemNumber(lines[j])
			// A section's items count from 1 again in the next
			// section: "1.6 E-post: …", "2.1 Telefonnummer: …".
			item := end > 0 && markShape(lines[j][:end]) == shape && (n == next || alt == next || n == 1 && shape == "9.9")
			if !item && bare && below < maxValueLines {
				// "(1) Diarienummer:" / "23-038-S06": its value, also
				// one whose first letter is another list's mark ("G.
				// Andersson" below "(6) Kontaktperson:").
				below++
				continue
			}
			if !item {
				break
			}
			if n != next && alt != next {
				next = n // a section's first
			}
			cut[j] = end
			c := classify(lines[j][end:], 0, false)
			bare, below = c.term != nil && c.value == "" || c.heading != nil, 0
			allLabels = allLabels && labelItem(lines[j][end:])
			next++
			numbered++
			last = j + 1
		}
		if below > 0 {
			j = last
		}
		labels := 0
		for k := i; k < j && numbered >= minListLines && labels < 2; k++ {
			if cut[k] > 0 && classify(lines[k][cut[k]:], 0, false).term != nil {
				labels++
			}
		}
		if (!fromOne || numbered < minListLines || labels < 2) && (numbered < minLabelItems || !allLabels) {
			clear(cut[i:j])
		} else {
			found = true
		}
		i = j - 1
	}
	if !found {
		return text, false
	}
	return rewriteLines(text, lines, func(i int, l string) string { return l[cut[i]:] }), true
}

// labelItemNumber is itemNumber, and reads a number before a known label
// with a colon, a tab or a space after the number too ("3: Projektägare",
// "3<TAB>Projektägare:", "3 Projektägare:"), as a sheet's numbered rows give them: the label
// alone, or with a value of its field's own shape (shapedKey: "3: Region:
// Sydsverige"), or after a space a value that begins as one does (a
// capital, a digit) but a question. A survey's
// question after its label ("1: Region: Var bor du?", "2: Kommun: Vilken
// kommun arbetar du i?") keeps its number.
func labelItemNumber(line string) (n, alt, end int) {
	if n, alt, end = itemNumber(line); end > 0 {
		return n, alt, end
	}
	n, i, ok := leadingNumber(line)
	spaced := false
	switch {
	case !ok || i >= len(line):
		return 0, 0, 0
	case line[i] == '\t':
		i++
	case line[i] == ':' && i+1 < len(line) && line[i+1] == ' ':
		i += 2
	case line[i] == ' ' && i+1 < len(line) && line[i+1] != ' ':
		i, spaced = i+1, true // "1 Projektnummer:", a form's numbered fields
	default:
		return 0, 0, 0
	}
	if !labelItem(line[i:]) {
		return 0, 0, 0
	}
	c := classify(line[i:], 0, false)
	switch {
	case c.value == "", shapedKey(c.term.key) && columnReads(c.term.key, c.value):
	case spaced && startsValue(c.value) && !strings.HasSuffix(c.value, "?"):
		// "3 Projektägare: Regionförbundet Östsam": a form's field, as
		// "3. Projektägare: …" is.
	default:
		return 0, 0, 0
	}
	return n, 0, i
}

// markShape is the shape of a list's mark, its digits and its letters
// each a run of one kind: "(1) " and "(12) " alike, "1. " and "A. " not,
// "1) " and " 2)<TAB>" alike.
func markShape(mark string) string {
	mark = strings.TrimSpace(mark) // an indent, and a tab or a space after
	var b strings.Builder
	var prev byte
	for i := 0; i < len(mark); i++ {
		c := mark[i]
		switch {
		case isDigit(c):
			c = '9'
		case isLetterByte(c), c >= 0x80:
			c = 'a'
		}
		if c != prev || c != '9' && c != 'a' {
			b.WriteByte(c)
		}
		prev = c
	}
	return b.String()
}

// maxValueLines is how many lines below a numbered label alone are read
// as its value, not numbered themselves.
const maxValueLines = 2

// itemNumber returns what the mark of an ordered list's item at line's
// start counts, as lists count ("12. ", "3) ", "(3) ", "#3 ", "C. ",
// "c) ", "III. ", after any indent), and where the text after it begins;
// 0, 0, 0 for none. A letter that is also a roman numeral counts both
// ways, n as a letter and alt as a numeral ("I." is 9 or 1).
func itemNumber(line string) (n, alt, end int) {
	if n, end := orderedNumber(line); end > 0 {
		return n, 0, end
	}
	i := len(line) - len(strings.TrimLeft(line, " \t"))
	s := line[i:]
	spaced := func(at int) bool { return at < len(s) && (s[at] == ' ' || s[at] == '\t') }
	digits := func(from int) (n, to int) {
		for to = from; to < len(s) && to-from < 3 && isDigit(s[to]); to++ {
			n = n*10 + int(s[to]-'0')
		}
		return n, to
	}
	switch {
	case s == "":
	case isDigit(s[0]):
		// "2.3 ": a section's items, counted by the number after the dot;
		// "3 - ": a number and a dash.
		n, to := digits(0)
		if to < len(s) && s[to] == '.' {
			if n, end := digits(to + 1); end > to+1 && spaced(end) {
				return n, 0, i + end + 1
			}
		}
		for _, dash := range []string{" - ", " – "} {
			if strings.HasPrefix(s[to:], dash) {
				return n, 0, i + to + len(dash)
			}
		}
	case s[0] == '(':
		if n, to := digits(1); to > 1 && to < len(s) && s[to] == ')' && spaced(to+1) {
			return n, 0, i + to + 2
		}
	case s[0] == '#':
		if n, to := digits(1); to > 1 && spaced(to) {
			return n, 0, i + to + 1
		}
	case strings.HasPrefix(s, "§"):
		// "§ 3 …", "§3 …": a rule's or a contract's.
		from := len("§")
		if spaced(from) {
			from++
		}
		if n, to := digits(from); to > from && spaced(to) {
			return n, 0, i + to + 1
		}
	case itemWord(s) > 0:
		// "Fråga 3: …", "Punkt 3. …", "Fråga 3 – …": a form's or a
		// questionnaire's.
		w := itemWord(s)
		n, to := digits(w)
		if to > w && to < len(s) && (s[to] == ':' || s[to] == '.' || s[to] == ')') && spaced(to+1) {
			return n, 0, i + to + 2
		}
		for _, dash := range []string{" - ", " – ", " — "} {
			if to > w && strings.HasPrefix(s[to:], dash) {
				return n, 0, i + to + len(dash)
			}
		}
	case isLetterByte(s[0]):
		to := 0
		for to < len(s) && to < maxRomanLen && isLetterByte(s[to]) {
			to++
		}
		if to == len(s) || s[to] != '.' && s[to] != ')' || !spaced(to+1) {
			return 0, 0, 0
		}
		if to == 1 {
			n = int(s[0]|0x20-'a') + 1
		}
		if r := romanValue(s[:to]); r > 0 && r != n {
			alt = r
		}
		if n == 0 && alt > 0 {
			n, alt = alt, 0
		}
		if n > 0 {
			return n, alt, i + to + 2
		}
	}
	return 0, 0, 0
}

// itemWords are the words a form or a questionnaire numbers its items
// with, before the number.
var itemWords = []string{"Fråga ", "Punkt ", "Fält ", "Question ", "Item ", "Q"}

// itemWord returns the length of the item word s begins with, or 0.
func itemWord(s string) int {
	if s == "" || !strings.ContainsRune("fpqi", rune(s[0]|0x20)) {
		return 0 // no item word's first letter
	}
	for _, w := range itemWords {
		if len(s) > len(w) && strings.EqualFold(s[:len(w)], w) && isDigit(s[len(w)]) {
			return len(w)
		}
	}
	return 0
}

// maxRomanLen bounds a list's roman numeral: "XXXVIII." is the longest
// under 40.
const maxRomanLen = 8

// romanValue returns the value of a roman numeral written in one case
// ("IV", "xii"), or 0 for none.
func romanValue(s string) int {
	if s == "" || strings.ToUpper(s) != s && strings.ToLower(s) != s {
		return 0
	}
	u := strings.ToUpper(s)
	n := 0
	for i := range len(u) {
		v := romanDigit(u[i])
		if v == 0 {
			return 0
		}
		if i+1 < len(u) && romanDigit(u[i+1]) > v {
			n -= v
		} else {
			n += v
		}
	}
	if n <= 0 || roman(n) != u {
		return 0 // "IIII", "VX": no numeral
	}
	return n
}

// romanDigit returns the value of a roman numeral's letter, in capitals,
// or 0.
func romanDigit(c byte) int {
	switch c {
	case 'I':
		return 1
	case 'V':
		return 5
	case 'X':
		return 10
	case 'L':
		return 50
	case 'C':
		return 100
	}
	return 0
}

// roman writes n, 1 to 399, as a roman numeral.
func roman(n int) string {
	var b strings.Builder
	for _, p := range []struct {
		v int
		s string
	}{{100, "C"}, {90, "XC"}, {50, "L"}, {40, "XL"}, {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"}} {
		for ; n >= p.v; n -= p.v {
			b.WriteString(p.s)
		}
	}
	return b.String()
}

// commentAnchor is the mark a copy of a document with comments leaves
// where a comment was anchored, glued to the text before it: Google Docs'
// "[a]", "[b]", "[ab]", Word's initials and number, "[AS1]".
// atAddress is an e-mail address hidden from robots with "[at]" for its
// "@": "ola.johnsson[at]trelleborg.se", "anna[at]skane[dot]se".
var atAddress = lazyRE(`[\p{L}\d._-]\[at\][\p{L}\d-]+(?:\.|\[dot\])[\p{L}]`)

var commentAnchor = lazyRE(`(\S)\[(?:[a-z]{1,2}|[A-ZÅÄÖ]{1,3}[0-9]{1,3})\]`)

// stripCommentAnchors takes the comment anchors off text's lines, and the
// comments, each a line that begins with an anchor taken off ("[a]Anna
// Svensson: Stämmer detta?", where Google Docs writes them, at the end)
// with the comment's lines below it up to a blank line ("[a]Karin
// Svensson:" / "Kolla beloppet med ekonomi"), and returns the 1-based
// lines it changed, nil for none; each line keeps its number.
func stripCommentAnchors(text string) (string, []int) {
	if strings.IndexByte(text, '[') < 0 || isBBCode(text) {
		return text, nil // none, or a forum post's "[b]" and "[/b]"
	}
	lines := splitLines(text)
	var changed []int
	anchors := map[string]bool{}
	read := rewriteLines(text, lines, func(i int, l string) string {
		if strings.IndexByte(l, '[') < 0 {
			return l
		}
		r := l
		hidden := atAddress.MatchString(l)
		if hidden {
			// "ola.johnsson[at]trelleborg.se": an address hidden from
			// robots, not a comment's anchor "[at]"; contact.go reads it.
			r = strings.ReplaceAll(r, "[at]", "\x00")
		}
		for range 3 {
			// Anchors side by side ("31[a][b]"): a match takes the
			// character before its anchor, so the next is found again.
			read := commentAnchor.ReplaceAllStringFunc(r, func(m string) string {
				_, size := utf8.DecodeRuneInString(m)
				if m[0] == ']' || m[size:] == "[x]" || m[size:] == "[X]" {
					return m // a Markdown link's reference, a form's box
				}
				anchors[m[size:]] = true
				return m[:size]
			})
			if read == r {
				break
			}
			r = read
		}
		if hidden {
			r = strings.ReplaceAll(r, "\x00", "[at]")
		}
		if r != l {
			changed = append(changed, i+1)
		}
		return r
	})
	if changed == nil {
		return text, nil
	}
	lines = splitLines(read)
	comment := false // in a comment's lines, below its anchor's
	for i, l := range lines {
		end := strings.IndexByte(l, ']')
		switch {
		case strings.HasPrefix(l, "[") && end > 0 && anchors[l[:end+1]]:
			// Its words below it where the line ends with the writer's
			// colon ("[a]Karin Svensson:"), none where they follow it.
			comment = strings.HasSuffix(strings.TrimSpace(l), ":")
		case strings.HasPrefix(l, "[") && end > 0:
			comment = false // another's anchor, no mark on the page's lines
			continue
		case strings.TrimSpace(l) == "" || !comment:
			comment = false
			continue
		case pageLineBelow(l):
			comment = false // the next page, or the page's next section
			continue
		}
		// The comment's anchor with its writer ("[a]Karin Svensson:"),
		// and the lines of the comment below it, up to a blank line.
		lines[i] = ""
		if !slices.Contains(changed, i+1) {
			changed = append(changed, i+1)
		}
	}
	slices.Sort(changed)
	return rewriteLines(read, lines, func(_ int, l string) string { return l }), changed
}

// pageLineBelow reports a line below a comment that is a page's, not the
// comment's: a label, a section's heading or an "ID - Name" title.
func pageLineBelow(l string) bool {
	t := strings.TrimSpace(l)
	if _, _, ok := splitTitle(t); ok {
		return true
	}
	c := classify(t, 1, false)
	return c.term != nil || c.heading != nil
}

// wikiNumberedItem returns the text of an item of Jira's and MediaWiki's
// numbered list, "# Trelleborg", "## Ystad"; "" for none.
func wikiNumberedItem(t string) string {
	rest := strings.TrimLeft(t, "#")
	if depth := len(t) - len(rest); depth == 0 || depth > maxListDepth || !strings.HasPrefix(rest, " ") {
		return ""
	}
	return strings.TrimSpace(rest)
}

// maxListDepth is how deep a wiki's list nests: "###" is an item three
// deep; a longer run of "#" is a rule or a drawing.
const maxListDepth = 3

// minWikiLines is the fewest lines of a wiki's own markup (a heading
// "== … ==", a table's "{|", "|-", "|}" or "||") that make a text a wiki
// page's source, or of a table's rows after one: one such line may be a
// page's own. Jira's heading ("h2. Sammanfattning") is markup alone.
const minWikiLines = 2

// wikiLine rewrites one line of a wiki page's source (Jira, MediaWiki,
// AsciiDoc) as the page shows it: a heading's text, a table's row as its
// cells with tabs between, a table's own marks as nothing. It reports
// whether the line was markup, and whether it was markup of a wiki's own,
// which a Markdown table's row is not.
func wikiLine(l string) (text string, markup, own bool) {
	t := strings.TrimSpace(l)
	switch {
	case len(t) > 4 && t[0] == 'h' && t[1] >= '1' && t[1] <= '6' && t[2] == '.' && t[3] == ' ':
		return strings.TrimSpace(t[4:]), true, true // Jira's "h2. Sammanfattning"
	case len(t) > 4 && t[0] == 'h' && t[1] >= '1' && t[1] <= '6' && t[2] == '(' && containsRare(t, "). "):
		_, heading, _ := strings.Cut(t, "). ")
		return strings.TrimSpace(heading), true, true // Textile's "h2(#bakgrund). Bakgrund"
	case strings.HasPrefix(t, "---+"):
		// TWiki's "---++ Bakgrund", "---+!! Egenmakt".
		return strings.TrimSpace(strings.TrimLeft(t[3:], "+!")), true, true
	case strings.HasPrefix(t, "-- Main.") || strings.HasPrefix(t, "Main.") && containsRare(t, " - "):
		return "", true, true // TWiki's signature, "-- Main.AnnaBerg - 12 Mar 2024"
	case strings.HasPrefix(t, "[[") && strings.HasSuffix(t, "]]") && (strings.HasPrefix(t, "[[Kategori:") || strings.HasPrefix(t, "[[Category:")):
		return "", true, true // MediaWiki's category
	case strings.HasPrefix(t, "! ") && !containsRare(t, "!!") && containsRare(t, "||"):
		// MediaWiki's header cell and the row's cell after it: "! E-post || ola@…".
		cells := strings.Split(t[2:], "||")
		for i := range cells {
			cells[i] = wikiCell(strings.TrimSpace(cells[i]))
		}
		return strings.Join(cells, "\t"), true, true
	case strings.HasPrefix(t, "! ") && !containsRare(t, "!!"):
		return strings.TrimSpace(t[2:]), true, true // MediaWiki's header cell on its own line: a label
	case strings.HasPrefix(t, "{{") && !containsRare(t, "}}") && len(t) > 2 && unicode.IsLetter(firstRune(t[2:])), t == "}}":
		// A MediaWiki template's first and last lines round its
		// parameters ("{{Infobox ESF-projekt" … "}}"), which are its
		// cells, a line each.
		return "", true, true
	case strings.HasPrefix(t, "| ") && !containsRare(withoutWikiLinks(t[1:]), "|"):
		return strings.TrimSpace(t[2:]), true, true // MediaWiki's cell on its own line: a value
	case wikiHeading(t) != "":
		return wikiHeading(t), true, true // "== Bakgrund ==", AsciiDoc's "= Titel"
	case strings.HasPrefix(t, "{|") || t == "|}" || strings.HasPrefix(t, "|-") && strings.Count(t, "|") == 1:
		return "", true, true // a MediaWiki table's start, end and row
	case strings.HasPrefix(t, "||") && strings.HasSuffix(t, "||") || strings.HasPrefix(t, "!") && containsRare(t, "!!"):
		// A header row: Jira's "||Fält||Värde||", MediaWiki's "! Fält !! Värde".
		return "", true, true
	case len(t) > 2 && t[0] == '^' && (t[len(t)-1] == '|' || t[len(t)-1] == '^'):
		// DokuWiki's row, its header cells after "^": "^ Projektägare |
		// Borås Stad |"; a row of header cells alone names the columns
		// ("^ Fält ^ Värde ^").
		if !containsRare(t, "|") {
			return "", true, true
		}
		cells := dokuCells(strings.Trim(t, "^|"))
		for i := range cells {
			cells[i] = wikiCell(cells[i])
		}
		return strings.Join(cells, "\t"), true, true
	case wikiNumberedItem(t) != "":
		return "- " + wikiNumberedItem(t), true, false
	case t == "|===" || asciiDocAttribute(t):
		return "", true, true // an AsciiDoc table's fence, a block's or the document's attributes
	case strings.HasPrefix(t, "|") && !strings.HasSuffix(t, "|") && containsRare(t, " |") && !containsRare(t, "||"):
		// AsciiDoc's row: "|Projektägare |Arbete och Försörjning".
		cells := strings.Split(t[1:], " |")
		for i := range cells {
			cells[i] = strings.TrimSpace(cells[i])
		}
		return strings.Join(cells, "\t"), true, true
	case strings.HasPrefix(t, "|") && (containsRare(t, "||") || strings.Count(t, "|") >= 3 && strings.HasSuffix(t, "|")):
		// "| Projektägare || Kristianstads kommun", "|Projektägare|Kristianstads kommun|".
		cells := strings.FieldsFunc(strings.Trim(t, "|"), func(r rune) bool { return r == '|' })
		bold := true // every cell in bold: TWiki's header row
		for i := range cells {
			c := strings.TrimSpace(cells[i])
			bold = bold && len(c) > 2 && c[0] == '*' && c[len(c)-1] == '*'
			cells[i] = wikiCell(c)
		}
		if bold && len(cells) > 1 && classify(cells[0], 1, false).term == nil {
			return "", true, true // a header row of column names, "| *Fält* | *Värde* |"
		}
		// MediaWiki's row parts its cells with "||" and has no bar at its
		// end; a Markdown row's "||" is an empty cell.
		return strings.Join(cells, "\t"), true, containsRare(t, "||") && !strings.HasSuffix(t, "|")
	}
	return l, false, false
}

// dokuCells splits a DokuWiki row at its bars and carets, but for a bar
// inside a link's brackets ("[[org:boras|Borås Stad]]"), which the link's
// reading takes.
func dokuCells(row string) []string {
	var cells []string
	depth, from := 0, 0
	for i := 0; i < len(row); i++ {
		switch {
		case strings.HasPrefix(row[i:], "[["):
			depth++
			i++
		case strings.HasPrefix(row[i:], "]]") && depth > 0:
			depth--
			i++
		case (row[i] == '|' || row[i] == '^') && depth == 0:
			cells = append(cells, row[from:i])
			from = i + 1
		}
	}
	return append(cells, row[from:])
}

// asciiDocBreak reports a line that ends in AsciiDoc's line break, " +":
// "*Region:* Sydsverige +". Only a page that is AsciiDoc (its title "= …"
// first) has them; elsewhere "55 +" is an age group.
func asciiDocBreak(l string) (string, bool) {
	t := strings.TrimRight(l, " \t")
	if len(strings.TrimSpace(t)) <= 2 || !strings.HasSuffix(t, " +") {
		return l, false
	}
	return strings.TrimRight(strings.TrimSuffix(t, "+"), " "), true
}

// asciiDocTitled reports a text whose first line that is not blank is an
// AsciiDoc document's title, "= Titel".
func asciiDocTitled(lines []string) bool {
	for _, l := range lines {
		if t := strings.TrimSpace(l); t != "" {
			return strings.HasPrefix(t, "= ") && !strings.HasSuffix(t, " =")
		}
	}
	return false
}

// wikiHeading returns the text of a heading in MediaWiki's or AsciiDoc's
// markup, "== Bakgrund ==", "= Titel", or "": one to six "=" and a space
// before it, and "=" after it or none.
func wikiHeading(t string) string {
	n := len(t) - len(strings.TrimLeft(t, "="))
	if n == 0 || n > 6 || n == len(t) || t[n] != ' ' {
		return ""
	}
	text := strings.TrimSpace(strings.TrimRight(t[n:], "= "))
	if !strings.ContainsFunc(text, unicode.IsLetter) || fileHeader(t) {
		return "" // "===== sida2.txt =====": an echo loop's file name
	}
	return text
}

// stripWikiMarkup reads a page copied from a wiki's source as the wiki
// shows it (wikiLine), where minWikiLines lines or more are a wiki's own
// markup, or one is Jira's heading. Each line keeps its number.
func stripWikiMarkup(text string) (string, bool) {
	if !containsRare(text, "h1. ") && !containsRare(text, "h2. ") && !containsRare(text, "h3. ") &&
		!containsRare(text, "= ") && !containsRare(text, "{|") && !containsRare(text, "||") && !containsRare(text, "!!") &&
		!containsRare(text, "---+") && !containsRare(text, "h1(") && !containsRare(text, "h2(") && !containsRare(text, " +\n") {
		return text, false
	}
	lines := splitLines(text)
	asciiDoc := asciiDocTitled(lines)
	wiki := false
	n, rows := 0, 0 // in the page between separators
	for _, l := range lines {
		read, markup, own := wikiLine(l)
		if _, ok := asciiDocBreak(l); ok && asciiDoc && !markup {
			markup, own = true, true
		}
		switch {
		case isSeparator(strings.TrimSpace(l)) && !markup:
			n, rows = 0, 0 // pages pasted together count each its own
		case own && strings.HasPrefix(strings.TrimSpace(l), "h") && read != "":
			n = minWikiLines // Jira's heading
		case own:
			n++
		case markup:
			rows++
		}
		wiki = wiki || n >= minWikiLines || n > 0 && rows >= minWikiLines
	}
	if !wiki {
		return text, false
	}
	return rewriteLines(text, lines, func(i int, l string) string {
		if i > 0 && strings.TrimSpace(lines[i-1]) == "|===" && (i+1 == len(lines) || strings.TrimSpace(lines[i+1]) == "") {
			return "" // AsciiDoc's header row: the first, a blank line below it
		}
		read, markup, _ := wikiLine(l)
		if broken, ok := asciiDocBreak(l); ok && asciiDoc && !markup {
			read = broken
		}
		if t := strings.TrimSpace(l); strings.HasPrefix(t, "! ") && !containsRare(t, "!!") && classify(read, 1, false).term == nil &&
			(i+1 < len(lines) && strings.HasPrefix(strings.TrimSpace(lines[i+1]), "! ") || i > 0 && strings.HasPrefix(strings.TrimSpace(lines[i-1]), "! ")) {
			// MediaWiki's header cells of column names, a line each:
			// "! Fält" / "! Värde".
			return ""
		}
		if t := strings.TrimSpace(l); read == "" && boldRow(t) && i > 0 && strings.HasPrefix(strings.TrimSpace(lines[i-1]), "|") {
			// A row in bold below the table's first is a row of the
			// table's, not its header: "| *Deltagande kommuner* | *Trelleborg* |".
			cells := strings.FieldsFunc(strings.Trim(t, "|"), func(r rune) bool { return r == '|' })
			for k := range cells {
				cells[k] = wikiCell(cells[k])
			}
			read = strings.Join(cells, "\t")
		}
		if containsRare(read, "  -") {
			read = paddedDashes.Replace(read)
		}
		return wikiInline(read)
	}), true
}

// paddedDashes reads the dashes a wiki's writer puts as hyphens between
// two spaces each side, the dash's own and the writer's (pandoc's Textile:
// "nästa  -  ett" from "nästa – ett", "  --  " from " — "): a hyphen
// typed between single spaces stays as it is.
var paddedDashes = strings.NewReplacer("  --  ", " — ", "  -  ", " – ")

// boldRow reports a table's row whose every cell is in bold, as TWiki
// writes its header: "| *Fält* | *Värde* |".
func boldRow(t string) bool {
	if !strings.HasPrefix(t, "|") || !strings.HasSuffix(t, "|") {
		return false
	}
	cells := strings.FieldsFunc(strings.Trim(t, "|"), func(r rune) bool { return r == '|' })
	for _, c := range cells {
		if c = strings.TrimSpace(c); len(c) <= 2 || c[0] != '*' || c[len(c)-1] != '*' {
			return false
		}
	}
	return len(cells) > 1
}

// withoutWikiLinks returns s without its links in double brackets, whose
// bars part a link from its words, no cells.
func withoutWikiLinks(s string) string {
	return rewriteAt(s, '[', func(rest string) (int, string, bool) {
		if !strings.HasPrefix(rest, "[[") {
			return 0, "", false
		}
		end := indexRare(near(rest), "]]")
		return end + 2, "", end > 0
	})
}

// wikiCell reads a table's cell: its text without the marks of a header
// cell (Textile's "_. Fält") or of a cell in bold (TWiki's "*Projektägare*",
// MediaWiki's "”'Projektägare”'").
func wikiCell(c string) string {
	c = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(c), "_."))
	if len(c) > 2 && c[0] == '*' && c[len(c)-1] == '*' {
		c = c[1 : len(c)-1]
	}
	return strings.TrimSpace(c)
}

// jiraMacros are the macros of Jira's and Confluence's markup that
// format the text between them ("{color:#172b4d}Förprojektering{color}",
// "{panel:title=Fakta}" … "{panel}"), and show none of their own.
var jiraMacros = [...]string{"color", "panel", "noformat", "quote", "section", "column", "expand", "info", "note", "tip", "warning", "center", "excerpt", "code"}

// jiraMacro reports the inside of a Jira macro's braces: its name, and
// its parameters after a colon.
func jiraMacro(inside string) bool {
	name, _, _ := strings.Cut(inside, ":")
	for _, m := range jiraMacros {
		if name == m {
			return true
		}
	}
	return false
}

// wikiInline reads a line of a wiki's text as the wiki shows it: bold and
// italics ("”'…”'") as their words, a link as its words
// ("[[Mål|målen]]", "[https://… In English]", Textile's "\"In
// English\":https://…"), Confluence's and Jira's anchors ("{anchor:x}")
// left out, an escaped character ("\-", "\(") as itself, and a character
// reference ("&#45;") as its character.
func wikiInline(l string) string {
	if !strings.ContainsAny(l, "'[{\\&\":") {
		return l
	}
	l = strings.ReplaceAll(strings.ReplaceAll(l, "'''", ""), "''", "")
	if containsRare(l, ` \\`) {
		// DokuWiki's forced line break, " \\" at a line's end or before
		// a space: "**Projektägare:** Borås Stad \\".
		if t := strings.TrimRight(l, " \t"); strings.HasSuffix(t, ` \\`) {
			l = strings.TrimRight(strings.TrimSuffix(t, `\\`), " ")
		}
		l = strings.ReplaceAll(l, ` \\ `, " ")
	}
	l = rewriteAt(l, '{', func(rest string) (int, string, bool) {
		if strings.HasPrefix(rest, "{{") {
			// Jira's monospace: "{{2020/00634}}".
			end := indexRare(near(rest), "}}")
			return end + 2, rest[2:max(end, 2)], end > 2
		}
		end := strings.IndexByte(near(rest), '}')
		if end < 0 || !strings.HasPrefix(rest, "{anchor:") && !jiraMacro(rest[1:end]) {
			return 0, "", false
		}
		return end + 1, "", end > 0
	})
	l = rewriteAt(l, '[', func(rest string) (int, string, bool) {
		if strings.HasPrefix(rest, "[[") {
			end := indexRare(near(rest), "]]")
			if end < 0 {
				return 0, "", false
			}
			link := rest[2:end]
			if i := strings.LastIndexByte(link, '|'); i >= 0 {
				link = link[i+1:]
			}
			return end + 2, link, true
		}
		end := strings.IndexByte(near(rest), ']')
		if end < 0 {
			return 0, "", false
		}
		inside := rest[1:end]
		if strings.HasPrefix(inside, "http") {
			// MediaWiki's link: [address words].
			if sp := strings.IndexByte(inside, ' '); sp > 0 {
				return end + 1, inside[sp+1:], true
			}
			return 0, "", false
		}
		// Jira's link: [words|address].
		for _, bar := range []string{"|http", "|mailto:"} {
			if i := indexRare(inside, bar); i >= 0 {
				return end + 1, inside[:i], true
			}
		}
		return 0, "", false
	})
	l = rewriteAt(l, '"', func(rest string) (int, string, bool) {
		// Textile's link: "words":address.
		end := strings.IndexByte(near(rest[1:]), '"')
		if end < 0 {
			return 0, "", false
		}
		after := rest[1+end+1:]
		if !strings.HasPrefix(after, ":http") && !strings.HasPrefix(after, ":mailto:") {
			return 0, "", false
		}
		address := strings.IndexAny(after, " \t")
		if address < 0 {
			address = len(after)
		}
		return 1 + end + 1 + address, rest[1 : 1+end], true
	})
	if containsRare(l, "&#") {
		l = html.UnescapeString(l)
	}
	var b strings.Builder
	for i := 0; i < len(l); i++ {
		if l[i] == '\\' && i+1 < len(l) && strings.IndexByte("-()[]{}*_+!#|", l[i+1]) >= 0 {
			continue // Jira's escape: the character after it is itself
		}
		b.WriteByte(l[i])
	}
	return b.String()
}

// maxMarkupSpan is the furthest a link's or a tag's end is looked for
// from its start: links and tags are short, and a long line with many
// openings and no end is read in time linear in its length.
const maxMarkupSpan = 2048

// near returns the start of s that a link's or a tag's end is looked for
// in (maxMarkupSpan).
func near(s string) string { return s[:min(len(s), maxMarkupSpan)] }

// rewriteAt rewrites s in one pass: at each byte first, find tells how
// many bytes from there a piece of markup takes and what it reads as; the
// other bytes are copied.
func rewriteAt(s string, first byte, find func(rest string) (n int, read string, ok bool)) string {
	if strings.IndexByte(s, first) < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		j := strings.IndexByte(s[i:], first)
		if j < 0 {
			b.WriteString(s[i:])
			break
		}
		b.WriteString(s[i : i+j])
		i += j
		if n, read, ok := find(s[i:]); ok && n > 0 {
			b.WriteString(read)
			i += n
			continue
		}
		b.WriteByte(s[i])
		i++
	}
	return b.String()
}

// asciiDocAttribute reports an AsciiDoc document's attribute entry
// (":toc:", ":lang: sv") or a block's attribute list ("[cols="1,2"]",
// "[options="header"]", "[%header]").
func asciiDocAttribute(t string) bool {
	if len(t) > 2 && t[0] == ':' {
		name, _, ok := strings.Cut(t[1:], ":")
		return ok && name != "" && !strings.ContainsFunc(name, func(r rune) bool { return !(r >= 'a' && r <= 'z' || r == '-' || r == '!') })
	}
	return strings.HasPrefix(t, "[") && strings.HasSuffix(t, "]") && (strings.HasPrefix(t, "[cols=") || strings.HasPrefix(t, "[options=") || strings.HasPrefix(t, "[%"))
}

// minUnderlines is the fewest headings underlined ("Bakgrund" over
// "--------", as reStructuredText and Markdown write them) that make the
// lines under them marks, not separators between pasted pages: one line
// of dashes under a line of its length may be a separator.
const minUnderlines = 2

// underlines returns the 0-based lines of lines that underline the line
// above them: a line of one of "=-~^*" repeated, as long as the line above
// or one longer, under a line of three letters or more short enough to be
// a heading.
func underlines(lines []string) []int {
	var under []int
	for i := 1; i < len(lines); i++ {
		t := strings.TrimSpace(lines[i])
		if len(t) < 3 || !strings.ContainsRune("=-~^*", rune(t[0])) || strings.Trim(t, t[:1]) != "" {
			continue
		}
		above := strings.TrimSpace(lines[i-1])
		n := utf8.RuneCountInString(above)
		if n < 3 || n > headingLen || len(t) < n || len(t) > n+1 || strings.Trim(above, "=-~^*_ ") == "" {
			continue
		}
		under = append(under, i)
	}
	return under
}

// stripUnderlines blanks the lines that underline headings, where
// minUnderlines or more do, so that each heading stands as a line of its
// own and no underline parts the page in two. Each line keeps its number.
func stripUnderlines(text string) (string, bool) {
	if !containsRare(text, "---") && !containsRare(text, "===") && !containsRare(text, "~~~") && !containsRare(text, "^^^") && !containsRare(text, "***") {
		return text, false
	}
	lines := splitLines(text)
	under := underlines(lines)
	if inOnePage(lines, under) < minUnderlines {
		return text, false
	}
	for _, i := range under {
		lines[i] = ""
	}
	return rewriteLines(text, lines, func(_ int, l string) string { return l }), true
}

// codeFence reports a line that opens or closes a code block, as a chat or
// Markdown marks one: "```", "```text", "~~~".
func codeFence(l string) bool {
	t := strings.TrimSpace(l)
	if !strings.HasPrefix(t, "```") && !strings.HasPrefix(t, "~~~") {
		return false
	}
	rest := strings.TrimLeft(t, t[:1])
	if rest == "" && t[0] == '~' && len(t) > 4 {
		return false // a line of tildes, a separator between pages
	}
	return len(rest) <= 20 && !strings.ContainsAny(rest, " `~")
}

// minFencedLines is the fewest lines between two fences that make a code
// block a page's: a chat's snippet of a line or two is not.
const minFencedLines = 3

// stripCodeBlocks reads a page pasted into a chat or a note as a code
// block ("```" above and below it): the fences and the lines outside every
// block, the chat's own words, are blanked, where a block holds
// minFencedLines lines or more; the code spans of its lines (`PERSTORPS
// KOMMUN`) lose their backticks. Each line keeps its number.
func stripCodeBlocks(text string) (string, bool) {
	if !containsRare(text, "```") && !containsRare(text, "~~~") && strings.Count(text, "`") < 4 {
		return text, false
	}
	lines := splitLines(text)
	inside := make([]bool, len(lines))
	const none = -2 // no block open; a block opened on the first line is open at -1
	open, blocks := none, 0
	for i, l := range lines {
		if t := strings.TrimRight(l, " \t"); open != none && !codeFence(t) && (strings.HasSuffix(t, "```") || strings.HasSuffix(t, "~~~")) && strings.Trim(t, "`~ ") != "" {
			// "… avancemang.```": the block closed at its last line's end.
			lines[i] = strings.TrimRight(t[:len(t)-3], " ")
			if i-open >= minFencedLines {
				for j := open + 1; j <= i; j++ {
					inside[j] = true
				}
				blocks++
			}
			open = none
			continue
		}
		if t := strings.TrimLeft(l, " \t"); open == none && !codeFence(t) && (strings.HasPrefix(t, "```") || strings.HasPrefix(t, "~~~")) && strings.Trim(t, "`~ ") != "" {
			// "```23-038-S06 - …": the block opened at its first line's
			// start.
			lines[i] = strings.TrimLeft(t, t[:1])
			open = i - 1
			continue
		}
		if !codeFence(l) {
			if open != none && isSeparator(strings.TrimSpace(l)) {
				open = none // a block does not reach over pages pasted together
			}
			continue
		}
		if open == none {
			open = i
			continue
		}
		if i-open-1 >= minFencedLines {
			for j := open + 1; j < i; j++ {
				inside[j] = true
			}
			blocks++
		}
		open = none
	}
	var spanned []int
	for i, l := range lines {
		if codeSpans(l) != l {
			spanned = append(spanned, i)
		}
	}
	if blocks == 0 && inOnePage(lines, spanned) < minCodeSpans {
		return text, false
	}
	return rewriteLines(text, lines, func(i int, l string) string {
		if blocks > 0 && !inside[i] {
			return ""
		}
		return codeSpans(l)
	}), true
}

// minCodeSpans is the fewest lines with code spans outside any block that
// make a text a chat's with its values marked as code: one may be a
// page's own.
const minCodeSpans = 2

// codeSpans takes the backticks off a line's code spans ("`PERSTORPS
// KOMMUN`"), where the line's backticks pair up.
func codeSpans(l string) string {
	n := strings.Count(l, "`")
	if n == 0 || n%2 != 0 || containsRare(l, ">`_") {
		return l // none, or a reStructuredText link's ("`Within <https://…>`_")
	}
	return strings.ReplaceAll(l, "`", "")
}

// What a screen reader says of a page's parts, when its reading is copied
// as text: a role before a line's text ("heading level 2 Bakgrund", "link,
// Kontakt"), after it (VoiceOver's "Bakgrund, heading level 2"), or a line
// of its own ("list with 25 items", "out of list", "main landmark").
var (
	readerRoles     = `heading\s+level\s+\d|rubrik\s+nivå\s+\d|(?:mailto |visited |besökt )?(?:link|länk)|graphic|grafik|image|bild|button|knapp|clickable|klickbar|bullet|punkt`
	readerRoleFirst = lazyRE(`(?i)^(?:` + readerRoles + `),?\s+(\S.*)$`)
	readerRoleLast  = lazyRE(`(?i)^(.*\S),\s+(?:` + readerRoles + `)$`)
	readerLine      = lazyRE(`(?i)^(?:(?:description )?list,? (?:with |of )?\d+ items|description list|list end|out of (?:list|table|main landmark|navigation landmark)|end of (?:description list|list|table|main|navigation)|(?:main|navigation|banner|contentinfo),? landmark|table,? (?:with )?\d+ (?:rows|columns),? (?:and )?\d+ (?:rows|columns)|lista,? (?:med )?\d+ objekt|utanför (?:lista|tabell)|slut på (?:lista|tabell)|tabell,? (?:med )?\d+ (?:rader|kolumner),? (?:och )?\d+ (?:rader|kolumner)|(?:huvud|navigerings)landmärke|utanför (?:huvud|navigerings)landmärke)$`)
	readerStrong    = lazyRE(`(?i)(?:^|, )(?:heading\s+level\s+\d|rubrik\s+nivå\s+\d)(?:,|\s|$)`)
	// readerCellFirst is NVDA's cell, its row and column before its text
	// in either order ("row 3  column 1  Projektägare", "kolumn 1 rad 3
	// Projektägare", "column 2  Arbete och Försörjning"); readerCellLast
	// VoiceOver's, after it ("Projektägare, row 3 of 10, column 1 of 2").
	readerCellFirst = lazyRE(`(?i)^(?:(?:row|rad)\s+\d+\s+)?(?:column|kolumn)\s+\d+\s+(?:(?:row|rad)\s+\d+\s+)?(\S.*)$`)
	readerCellEmpty = lazyRE(`(?i)^(?:(?:row|rad) \d+ )?(?:column|kolumn) \d+(?: (?:of|av) \d+)?(?: (?:row|rad) \d+(?: (?:of|av) \d+)?)?(?: (?:blank|tom))?$`)
	readerListFirst = lazyRE(`(?i)^(?:(?:description\s+)?list,?\s+(?:with\s+|of\s+)?\d+\s+items?|lista,?\s+(?:med\s+)?\d+\s+objekt),?\s+(\S.*)$`)
	readerItemLast  = lazyRE(`(?i)^(.*?\S),\s+\d+\s+(?:of|av)\s+\d+$`)
	readerCellLast  = lazyRE(`(?i)^(.*?\S),\s+(?:(?:row|rad)\s+\d+\s+(?:of|av)\s+\d+,\s+)?(?:column|kolumn)\s+\d+\s+(?:of|av)\s+\d+(?:,\s+(?:row|rad)\s+\d+\s+(?:of|av)\s+\d+)?$`)
)

// screenReading reports a text with a screen reader's words for a
// table's cell or a heading after a line's text, whose commas are the
// reader's ("Projektägare, row 3 of 10, column 1 of 2", "Egenmakt,
// heading level 1"), among its first sniffRowLines lines.
func screenReading(text string) bool {
	if !containsRare(text, "column") && !containsRare(text, "kolumn") && !containsRare(text, "level") && !containsRare(text, "nivå") {
		return false
	}
	n := 0
	for l := range eachLine(text) {
		if n++; n > sniffRowLines {
			break
		}
		if t := strings.TrimSpace(l); readerCellLast.MatchString(t) || readerStrong.MatchString(t) {
			return true
		}
	}
	return false
}

// stripScreenReader reads a screen reader's reading of a page as the page:
// where a line names a heading's level or is an announcement of a list or
// a landmark, the roles before and after every line's text and the
// announcements are taken off. Each line keeps its number.
func stripScreenReader(text string) (string, bool) {
	if !containsRare(text, "level") && !containsRare(text, "nivå") && !containsRare(text, "landmark") &&
		!containsRare(text, " items") && !containsRare(text, "lista med") {
		return text, false
	}
	lines := splitLines(text)
	strong := false
	for _, l := range lines {
		if t := strings.TrimSpace(l); readerStrong.MatchString(t) || readerLine.MatchString(t) {
			strong = true
			break
		}
	}
	if !strong {
		return text, false
	}
	// A link among links or right above a heading is the site's menu's
	// (menuLinkOut); a link alone, its value below it, is the page's.
	amongMenu := func(i int) bool {
		for _, j := range []int{i - 1, i + 1} {
			if j >= 0 && j < len(lines) {
				if t := strings.TrimSpace(lines[j]); readerStrong.MatchString(t) || isReaderLink(t) {
					return true
				}
			}
		}
		return false
	}
	return rewriteLines(text, lines, func(i int, l string) string {
		t := strings.TrimSpace(l)
		if readerCellEmpty.MatchString(strings.Join(strings.Fields(t), " ")) {
			return "" // an empty cell: "column 2", "column 2 of 2", "column 2 blank"
		}
		if m := readerCellFirst.FindStringSubmatch(t); m != nil {
			t, l = m[1], m[1]
		} else if m := readerCellLast.FindStringSubmatch(t); m != nil {
			t, l = m[1], m[1]
		} else if m := readerItemLast.FindStringSubmatch(t); m != nil {
			t, l = m[1], m[1] // a list's item, "Trelleborg, 1 of 3"
		}
		if m := readerListFirst.FindStringSubmatch(t); m != nil {
			// "lista  med 1 objekt  punkt  Trelleborg": the list's
			// announcement, then its first item.
			t, l = m[1], m[1]
		}
		switch {
		case readerLine.MatchString(strings.Join(strings.Fields(t), " ")):
			return "" // "list  with 1 items", as NVDA spaces it
		case readerRoleFirst.MatchString(t):
			return menuLinkOut(t, readerRoleFirst.ReplaceAllString(t, "$1"), amongMenu(i))
		case readerRoleLast.MatchString(t):
			return menuLinkOut(t, readerRoleLast.ReplaceAllString(t, "$1"), amongMenu(i))
		}
		return l
	}), true
}

// menuLinkOut returns the text of a line the screen reader read, or
// nothing for a link whose text is a label alone among a menu's links or
// above a heading ("link, Kontakt" / "heading level 1, …"): a site's
// menu, not a label. A label linked alone, its value below it, is the
// page's, and a value linked ("link, ola@trelleborg.se") no label.
func menuLinkOut(line, text string, amongMenu bool) string {
	if !amongMenu || !isReaderLink(line) {
		return text
	}
	if l := classify(strings.TrimSpace(text), 0, false); l.term != nil && l.form == formBare {
		return ""
	}
	return text
}

// isReaderLink reports a line a screen reader read as a link.
func isReaderLink(line string) bool {
	lower := strings.ToLower(line)
	return (containsRare(lower, "link") || containsRare(lower, "länk")) && (readerRoleFirst.MatchString(line) || readerRoleLast.MatchString(line))
}

// inOnePage returns the most of the 0-based lines at, in order, that
// stand in one page of lines, pages parted by separators: a sign that
// takes two lines counts them in one page, so that a page pasted twice
// reads as itself twice.
func inOnePage(lines []string, at []int) int {
	most, n, k := 0, 0, 0
	for i, l := range lines {
		if k < len(at) && at[k] == i {
			n++
			k++
			most = max(most, n)
			continue
		}
		if isSeparator(strings.TrimSpace(l)) {
			n = 0
		}
	}
	return most
}

// quotedPage keeps a page quoted in a reply, an issue or a note ("> " before
// each of its lines) and blanks the lines outside the quote, the writer's
// own words around it ("Uppgifterna nedan stämmer inte.", "- [ ]
// Kontrollera beloppen"): where two labels or more stand in the quote and
// none outside it. Each line keeps its number.
func quotedPage(text string) (string, bool) {
	if strings.IndexByte(text, '>') < 0 {
		return text, false
	}
	lines := splitLines(text)
	quoted := make([]bool, len(lines))
	bodies := make([]string, len(lines))
	items := make([]int, len(lines)) // the length of a list item's mark before its quote
	for i, l := range lines {
		t := strings.TrimLeft(l, " ")
		if n := itemBeforeQuote(t); n > 0 {
			t, items[i] = t[n:], len(l)-len(t)+n
		}
		// A separator between quoted pages stays, as a quoted line does.
		quoted[i] = strings.HasPrefix(t, ">") || isSeparator(strings.TrimSpace(t))
		bodies[i] = strings.TrimLeft(t, "> ")
	}
	if !quotedAlone(bodies, quoted) {
		return text, false
	}
	return rewriteLines(text, lines, func(i int, l string) string {
		if !quoted[i] {
			return ""
		}
		if n := items[i]; n > 0 {
			return strings.Repeat(" ", n) + l[n:] // "- > Titel": the quote of a list's item
		}
		return l
	}), true
}

// itemBeforeQuote returns the length of a list item's mark and its space
// before a quote ("- > ", "1. > "), as Markdown nests a quote in a list;
// 0 for none.
func itemBeforeQuote(t string) int {
	rest := t
	switch {
	case strings.HasPrefix(t, "- ") || strings.HasPrefix(t, "* ") || strings.HasPrefix(t, "+ "):
		rest = t[2:]
	default:
		if rest = listNumber(t); rest == t {
			return 0
		}
	}
	trimmed := strings.TrimLeft(rest, " ")
	if !strings.HasPrefix(trimmed, ">") {
		return 0
	}
	return len(t) - len(trimmed)
}

// quotedAlone reports lines of which those quoted hold two labels or
// more, in one page, and the others none but some text: a page quoted
// among a writer's own words, in a mail's quote (quotedPage), a forum's
// (stripBBCode) or a folded block (stripDetails).
func quotedAlone(lines []string, quoted []bool) bool {
	var inside []int
	others := 0
	for i, l := range lines {
		if strings.TrimSpace(l) == "" {
			continue
		}
		label := classify(l, 0, false).term != nil
		switch {
		case quoted[i] && label:
			inside = append(inside, i)
		case label:
			return false
		case !quoted[i]:
			others++
		}
	}
	return others > 0 && inOnePage(lines, inside) >= 2
}

// textLines counts the lines of lines that hold text.
func textLines(lines []string) int {
	n := 0
	for _, l := range lines {
		if strings.TrimSpace(l) != "" {
			n++
		}
	}
	return n
}

// stripCellQuotes reads a page copied out of a spreadsheet's cell, or
// saved as a one-cell CSV: the whole text in quotes, its own quotes
// doubled ("\"23-038-S06 - …" … "avancemang.\""). The outer quotes go
// and the doubled ones are single, where every quote inside the text is
// doubled. Each line keeps its number.
func stripCellQuotes(text string) (string, bool) {
	if !containsRare(strings.TrimRight(text, "\r\n"), "\n") {
		return text, false // one line, its line end or none: a cell's only with a break inside it
	}
	lines := splitLines(text)
	// Each page between separators is a cell of its own.
	var cells [][2]int      // each cell's first and last line with text
	whole := map[int]bool{} // the cells that are a page each, by first line: the row's other cells beside them are left out
	changed := false
	for from := 0; from < len(lines); {
		to := from
		for to < len(lines) && !isSeparator(strings.TrimSpace(lines[to])) {
			to++
		}
		if textLines(lines[from:to]) <= 1 {
			// One line, as a text of one line: a cell's only with a
			// break inside it.
		} else if first, last, ok := quotedCell(lines[from:to]); ok {
			cells = append(cells, [2]int{from + first, from + last})
			whole[from+first] = true
			changed = true
		} else if rows := quotedRows(lines[from:to]); rows != nil {
			// Rows of a sheet copied together, a page's cell in each: a
			// page each, as one cell is.
			for _, c := range rows {
				cells = append(cells, [2]int{from + c[0], from + c[1]})
				whole[from+c[0]] = true
			}
			changed = true
		} else if many, sure := quotedCells(lines[from:to]); len(many) >= minQuotedCells || sure {
			// Excel's copy of a column of cells with line breaks inside
			// ("\"Namn:↵Framtidsresan\""), or of a label's cell and a
			// text's beside it, or a sheet's of a column of one line a
			// cell: each cell quoted on its own.
			for _, c := range many {
				cells = append(cells, [2]int{from + c[0], from + c[1]})
			}
			changed = true
		}
		from = to + 1
	}
	if !changed {
		return text, false
	}
	in := func(i int) bool {
		for _, c := range cells {
			if i >= c[0] && i <= c[1] {
				return true
			}
		}
		return false
	}
	return rewriteLines(text, lines, func(i int, l string) string {
		if !in(i) {
			return l
		}
		for _, c := range cells {
			if i == c[1] {
				if j := cellCloses(l); j >= 0 && whole[c[0]] {
					l = l[:j] // the row's cells after it: no part of it
				} else if j := strings.LastIndexByte(l, '"'); j >= 0 {
					l = l[:j] + l[j+1:]
				}
			}
			if i == c[0] {
				if j := cellOpens(l); j >= 0 && whole[c[0]] {
					l = l[j+1:] // and those before it
				} else {
					l = strings.Replace(l, `"`, "", 1)
				}
			}
		}
		return strings.ReplaceAll(l, `""`, `"`)
	}), true
}

// minQuotedCells is the fewest cells of several lines, each quoted, that
// make a text Excel's copy of a column: a page's own quotes span fewer.
const minQuotedCells = 3

// maxCellLines bounds the lines of one cell quotedCells reads: a label
// and its value, or a section's paragraphs.
const maxCellLines = 40

// quotedCells returns the first and last lines of each cell of several
// lines among lines: a line that begins with a quote, or with a cell and a
// tab before it, up to the next that ends with one, with no quote between
// but doubled ones; and whether a cell stood after a tab or doubled its
// own quotes ("\"… fokusområdena \"\"Satsa\"\" …\""), which no page's own
// quote does.
func quotedCells(lines []string) (cells [][2]int, sure bool) {
	for i := 0; i < len(lines); i++ {
		t := strings.TrimSpace(lines[i])
		afterTab := false
		if tab := indexRare(t, "\t\""); !strings.HasPrefix(t, `"`) && tab > 0 && !containsRare(t[:tab], `"`) {
			t, afterTab = t[tab+1:], true // "Sammanfattning<TAB>\"Perstorp …": a label's cell, then the text's
		}
		if len(t) > 2 && t[0] == '"' && t[len(t)-1] == '"' {
			if inner := t[1 : len(t)-1]; containsRare(inner, `""`) && quotesDoubled(inner) {
				// A sheet's copy of a column, one line a cell: a cell
				// with a quote of its own is quoted, the quote doubled.
				cells = append(cells, [2]int{i, i})
				sure = true
			}
			continue
		}
		if !strings.HasPrefix(t, `"`) || len(t) > 1 && strings.HasSuffix(t, `"`) {
			continue
		}
		for j := i + 1; j < len(lines) && j-i <= maxCellLines; j++ {
			u := strings.TrimSpace(lines[j])
			if !strings.HasSuffix(u, `"`) || closesDoubled(u) {
				continue
			}
			cell := append([]string{t}, lines[i+1:j+1]...)
			if _, _, ok := quotedCell(cell); ok {
				cells = append(cells, [2]int{i, j})
				sure = sure || afterTab || slices.ContainsFunc(cell, func(l string) bool { return containsRare(l, `""`) })
				i = j
			}
			break
		}
	}
	return cells, sure
}

// closesDoubled reports a line that ends with a doubled quote, the cell's
// own, not the one that closes it.
func closesDoubled(u string) bool {
	n := len(u) - len(strings.TrimRight(u, `"`))
	return n%2 == 0
}

// cellOpens returns where the quote that opens a cell stands in the first
// line of a cell of several lines: first on the line, or after a row's
// cells before it ("8<TAB>Skåne<TAB>\"23-038-S06 …", a row of a sheet
// copied whole), each with no quote; -1 where none does.
func cellOpens(line string) int {
	i := strings.IndexByte(line, '"')
	if i < 0 || strings.TrimSpace(line[:i]) != "" && !strings.HasSuffix(line[:i], "\t") {
		return -1
	}
	return i
}

// cellCloses returns where the quote that closes a cell stands in the last
// line of a cell of several lines: last on the line, or before a row's
// cells after it ("… avancemang.\"<TAB>läst<TAB>2024-03-17"), each with
// no quote; -1 where none does.
func cellCloses(line string) int {
	i := strings.LastIndexByte(line, '"')
	if i < 0 || strings.TrimSpace(line[i+1:]) != "" && !strings.HasPrefix(line[i+1:], "\t") {
		return -1
	}
	return i
}

// minQuotedRows is the fewest rows quotedRows reads: one is quotedCell's.
const minQuotedRows = 2

// quotedRows returns the rows of lines, copied from a sheet together, each
// with a cell of several lines quoted (quotedCell) and the row's other
// cells beside it ("1<TAB>\"Framtidsresan↵…\"", "2<TAB>\"Egenmakt↵…"):
// each row's first and last line, where every line with text stands in
// one and minQuotedRows rows or more do; nil otherwise. A row ends at the
// first line that closes its cell with the quotes inside it doubled.
func quotedRows(lines []string) [][2]int {
	var rows [][2]int
	for i := 0; i < len(lines); i++ {
		if strings.TrimSpace(lines[i]) == "" {
			continue
		}
		open := cellOpens(lines[i])
		if open < 0 || !quotesDoubled(lines[i][open+1:]) {
			return nil
		}
		// The lines between hold their quotes doubled, as quotedCell
		// asks, looked at once each.
		end := -1
		for j := i + 1; j < len(lines) && end < 0; j++ {
			if c := cellCloses(lines[j]); c >= 0 && quotesDoubled(lines[j][:c]) {
				end = j
			} else if !quotesDoubled(lines[j]) {
				return nil
			}
		}
		if end < 0 {
			return nil
		}
		rows = append(rows, [2]int{i, end})
		i = end
	}
	if len(rows) < minQuotedRows {
		return nil
	}
	return rows
}

// quotedCell reports lines whose text, of two lines or more, is one
// quoted cell with its own quotes doubled, and its first and last lines
// with text; the cells beside it on a row copied whole are no part of
// it.
func quotedCell(lines []string) (first, last int, ok bool) {
	first, last = -1, -1
	for i, l := range lines {
		if strings.TrimSpace(l) != "" {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	if first < 0 || first == last {
		return 0, 0, false
	}
	open, end := cellOpens(lines[first]), cellCloses(lines[last])
	if open < 0 || end < 0 || first == last {
		return 0, 0, false
	}
	for i := first; i <= last; i++ {
		inner := lines[i]
		if i == last {
			inner = inner[:end]
		}
		if i == first {
			inner = inner[open+1:]
		}
		if !quotesDoubled(inner) {
			return 0, 0, false // a quote of the page's own, not doubled
		}
	}
	return first, last, true
}

// detailsTag is a line that opens or closes a folded block of GitHub's or
// GitLab's Markdown, with its summary: "<details><summary>Hela
// sidan</summary>", "</details>".
var detailsTag = lazyRE(`(?i)^\s*(?:<details[^>]*>\s*(?:<summary>.*?</summary>)?|<summary>.*?</summary>|</details>)\s*$`)

// unfoldNote says that a page's fields stood folded in a toggle.
const unfoldNote = `the page's fields are folded into a note's toggle ("<details>"), whose tags were taken off`

// unfoldDetails takes off the tags of a <details> block that folds a
// page's fields where the page's own parts stand round it, as a notes
// app folds a page pasted whole: a heading of a section the page has
// ("## Sammanfattning") or the page's title, its project's number the
// block's, outside the block. Each line keeps its number; stripDetails
// reads a block among a writer's own words.
func unfoldDetails(text string) (string, bool) {
	if !containsRare(text, "</details>") {
		return text, false
	}
	lines := splitLines(text)
	inside, toggles := detailsBlocks(lines)
	if toggles == 0 && !pageAroundBlock(lines, inside) {
		return text, false
	}
	return rewriteLines(text, lines, func(_ int, l string) string { return l }), true
}

// detailsBlocks blanks the tags of lines' <details> blocks and reports
// which lines stand inside one, and how many toggles are named for a
// section of the page: "<summary>Sammanfattning</summary>", as a notes
// app folds a page's sections, whose line is read as the heading.
func detailsBlocks(lines []string) (inside []bool, toggles int) {
	inside = make([]bool, len(lines))
	open := false
	for i, l := range lines {
		if detailsTag.MatchString(l) {
			t := strings.ToLower(strings.TrimSpace(l))
			if strings.HasPrefix(t, "</details") {
				open = false
			} else if strings.HasPrefix(t, "<details") {
				open = true
			}
			lines[i] = toggleHeading(l)
			if lines[i] != "" {
				inside[i] = true
				toggles++
			}
			continue
		}
		inside[i] = open
	}
	return inside, toggles
}

// toggleHeading returns the words of a toggle's summary that are a
// section's heading ("<summary>Sammanfattning</summary>"), or "".
func toggleHeading(l string) string {
	_, rest, ok := strings.Cut(l, "<summary>")
	if !ok {
		return ""
	}
	words, _, ok := strings.Cut(rest, "</summary>")
	if words = strings.TrimSpace(words); !ok || words == "" {
		return ""
	}
	if c := classify(words, 0, false); c.heading == nil || c.term != nil {
		return ""
	}
	return words
}

// pageAroundBlock reports lines outside a block (inside) that are the
// page's own: a known section's heading, or a title that gives the
// number a line inside the block gives.
func pageAroundBlock(lines []string, inside []bool) bool {
	ids := map[string]bool{}
	for i, l := range lines {
		if !inside[i] {
			continue
		}
		if _, _, ok := splitTitle(l); ok {
			return false // the page whole in the block: the words round it are a writer's
		}
		for _, w := range strings.Fields(l) {
			if isProjectID(w) {
				ids[w] = true
			}
		}
	}
	for i, l := range lines {
		if !inside[i] && strings.HasPrefix(strings.TrimSpace(l), "- [") {
			return false // an issue's task list
		}
	}
	end := 0 // the block's last line
	for i := range lines {
		if inside[i] {
			end = i
		}
	}
	for i, l := range lines {
		if inside[i] || strings.TrimSpace(l) == "" {
			continue
		}
		if c := classify(l, 0, false); c.heading != nil && c.term == nil && i > end {
			// "## Sammanfattning" below the block; above it, the block
			// may be a part of that section folded.
			return true
		}
		if _, heading := atxHeading(l); heading != "" {
			l = heading
		}
		if id, _, ok := splitTitle(l); ok && ids[id] {
			return true
		}
	}
	return false
}

// stripDetails keeps a page folded into an issue's or a note's <details>
// block and blanks the lines outside it, the writer's own words ("Fel i
// projektbanken", "- [ ] Kontrollera beloppen"), and the block's tags:
// where two labels or more stand inside the block and none outside it.
// Each line keeps its number.
func stripDetails(text string) (string, bool) {
	if !containsRare(text, "</details>") {
		return text, false
	}
	lines := splitLines(text)
	inside, _ := detailsBlocks(lines)
	if !quotedAlone(lines, inside) {
		return text, false
	}
	return rewriteLines(text, lines, func(i int, l string) string {
		if !inside[i] {
			return ""
		}
		return l
	}), true
}

// minSpokenColons is the fewest lines of a label and "kolon" that make a
// text dictated: one may be a sentence's.
const minSpokenColons = 2

// stripSpokenColons reads a dictated page, its colons spoken ("Projektägare
// kolon Perstorps kommun"): where minSpokenColons lines or more are a
// known label, "kolon" and the value, the word is the colon. Each line
// keeps its number.
func stripSpokenColons(text string) (string, bool) {
	if !containsRare(text, " kolon") {
		return text, false
	}
	lines := splitLines(text)
	spoken := make([]int, len(lines)) // where " kolon" stands on a label's line
	var at []int
	for i, l := range lines {
		j := indexRare(l, " kolon")
		if j <= 0 || j+len(" kolon") < len(l) && l[j+len(" kolon")] != ' ' {
			continue
		}
		if classify(strings.TrimSpace(l[:j])+":", 0, false).term != nil {
			spoken[i] = j
			at = append(at, i)
		}
	}
	if inOnePage(lines, at) < minSpokenColons {
		return text, false
	}
	return rewriteLines(text, lines, func(i int, l string) string {
		if j := spoken[i]; j > 0 {
			return l[:j] + ":" + l[j+len(" kolon"):]
		}
		return l
	}), true
}

var (
	// notebookPrompt is IPython's or Jupyter's prompt before a line: the
	// code after "In [3]:", the output after "Out[7]:".
	notebookPrompt = lazyRE(`^(In|Out)\s?\[\d*\]:\s?`)
	// pandasFooter is the line pandas prints below a Series:
	// "Name: 3, dtype: object", "dtype: object".
	pandasFooter = lazyRE(`^(?:Name: .*, )?(?:Length: \d+, )?dtype: \w+$`)
)

// stripNotebook reads a page copied out of IPython or a notebook's output:
// the lines of code after "In [n]:" and pandas' footer below a Series are
// blanked, and an output's "Out[n]:" is taken off its first line. Each
// line keeps its number.
func stripNotebook(text string) (string, bool) {
	if !containsRare(text, "In [") && !containsRare(text, "Out[") && !containsRare(text, "In[") {
		return text, false
	}
	lines := splitLines(text)
	prompts := 0
	for _, l := range lines {
		if notebookPrompt.MatchString(l) {
			prompts++
		}
	}
	if prompts == 0 {
		return text, false
	}
	return rewriteLines(text, lines, func(_ int, l string) string {
		if m := notebookPrompt.FindStringSubmatch(l); m != nil {
			if m[1] == "In" {
				return "" // the code that printed the page
			}
			return l[len(m[0]):]
		}
		if pandasFooter.MatchString(strings.TrimSpace(l)) {
			return ""
		}
		return l
	}), true
}

// selectionNote says that the quotes round a shared selection came off.
const selectionNote = `the page is quoted as a selection shared from a phone or a browser ("“Within Kompetens … Sydsverige”", "»…»"): the quotes round it were taken off`

// selectionQuotes maps the quote marks that open a shared selection to
// those that may close it: Swedish writes ” and » both ways.
var selectionQuotes = map[rune]string{'“': "”“", '”': "”", '"': "\"", '»': "»«", '«': "»", '„': "“”", '‘': "’", '\'': "'"}

// maxSelectionHead is how many lines of text may stand above a shared
// selection's opening quote: the sender's line ("Anna skickade:").
const maxSelectionHead = 2

// stripSelectionQuotes takes off the quotes round a page shared as a
// selection (a phone's share sheet, Chrome's "Copy link to highlight"):
// an opening quote before the first line of its text, near the input's
// top, and its closing quote after the last, on another line, where
// neither line holds another quote mark of the pair and the text between
// holds a page's labels (holdsPage). Each line keeps its number.
func stripSelectionQuotes(text string) (string, bool) {
	// A cheap look first: the opening quote begins one of the first
	// lines of text.
	quoted, heads := false, 0
	for l := range eachLine(text) {
		t := strings.TrimSpace(l)
		if t == "" {
			continue
		}
		r, _ := utf8.DecodeRuneInString(t)
		if _, ok := selectionQuotes[r]; ok {
			quoted = true
			break
		}
		if heads++; heads > maxSelectionHead {
			break
		}
	}
	if !quoted {
		return text, false
	}
	lines := splitLines(text)
	open, first := -1, 0
	var closers string
	for i, heads := 0, 0; i < len(lines) && heads <= maxSelectionHead; i++ {
		t := strings.TrimSpace(lines[i])
		if t == "" {
			continue
		}
		r, size := utf8.DecodeRuneInString(t)
		if c, ok := selectionQuotes[r]; ok && !strings.ContainsAny(t[size:], c) {
			open, first, closers = i, indexRare(lines[i], t)+size, c
			break
		}
		heads++
	}
	if open < 0 {
		return text, false
	}
	// The closing quote ends the last line of text of the page the quote
	// opens, before a separator or the input's end, with a link below it
	// at most.
	end, last := -1, -1
	for i := open + 1; i < len(lines); i++ {
		t := strings.TrimSpace(lines[i])
		if isSeparator(t) {
			break
		}
		if t == "" || strings.HasPrefix(t, "http") && !strings.ContainsAny(t, " \t") {
			continue
		}
		last = i
		r, _ := utf8.DecodeLastRuneInString(t)
		if strings.ContainsRune(closers, r) {
			if end >= 0 {
				return text, false // two lines end in a quote: the text's own
			}
			end = i
		}
	}
	if end < 0 || end != last || !holdsPage(strings.Join(lines[open+1:end+1], "\n")) {
		return text, false
	}
	return rewriteLines(text, lines, func(i int, l string) string {
		switch i {
		case open:
			return strings.TrimLeft(l[first:], " ")
		case end:
			t := strings.TrimRight(l, " \t\r")
			_, size := utf8.DecodeLastRuneInString(t)
			return t[:len(t)-size]
		}
		return l
	}), true
}
