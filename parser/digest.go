package parser

import (
	"maps"
	"strings"
)

// mailHeadNote says that the heads of mails among a text's pages were
// left out.
const mailHeadNote = `the heads of mails among the pages ("From:", "Date:", "Subject:", "Message-ID:"), as a list's digest prints each message's and a thread pasted whole holds them, were left out`

// mailHeadFields are the fields of a mail's head as a list's digest prints
// each message's (Mailman's "Message: 3" first, LISTSERV's padded "Date:
// Tue, …"), and as a mail program prints a message pasted with its head:
// RFC 5322's and MIME's, in English and Swedish.
var mailHeadFields = func() map[string]bool {
	m := maps.Clone(quotedHeaders) // a forward's and a reply's head
	for _, f := range []string{
		"message", "message-id", "content-type", "content-transfer-encoding", "mime-version",
		"in-reply-to", "references", "sender",
		// Google Groups' digest: each topic's and message's address, and
		// the group's.
		"url", "topic", "group",
	} {
		m[f] = true
	}
	return m
}()

// listAddress reports a value that is a mailing list's own address at
// Google Groups ("esf-utv@googlegroups.com",
// "https://groups.google.com/g/esf-utv/t/…"): a digest's head names its
// group or its topic so, with no sender.
func listAddress(value string) bool {
	return containsRare(value, "@googlegroups.com") || containsRare(value, "://groups.google.com/")
}

// minMailHead is the fewest fields of a mail's head stripMailHeads leaves
// out: a sender and a date or a subject. One field alone ("Datum:
// 2024-03-01") may be a page's own.
const minMailHead = 2

// stripMailHeads blanks, line for line, each mail's head in text: a run
// of minMailHead lines or more, each a field of mailHeadFields, one of
// them its sender with an address ("From: Karin Lund <karin@…>") or the
// list's own address (listAddress). A list's
// digest prints one above each message, a page posted in it; kept, its
// fields were read as labels esf does not know, each page's extra holding
// the mail's sender, date and subject.
func stripMailHeads(text string) (string, bool) {
	if (strings.IndexByte(text, '@') < 0 || !containsRare(text, "From:") && !containsRare(text, "FROM:") && !containsRare(text, "Från:")) && !listAddress(text) {
		return text, false
	}
	lines := strings.Split(text, "\n")
	found := false
	for i := 0; i < len(lines); i++ {
		end, sender := i, false
		for end < len(lines) {
			name, value, ok := mailHeadField(lines[end])
			if !ok {
				break
			}
			sender = sender || (name == "from" || name == "från") && containsRare(value, "@") || listAddress(value)
			end++
		}
		if end-i >= minMailHead && sender {
			for k := i; k < end; k++ {
				lines[k] = ""
			}
			found = true
		}
		i = max(i, end-1)
	}
	if !found {
		return text, false
	}
	return strings.Join(lines, "\n"), true
}

// mailHeadField returns the name, in small letters, and the value of a
// line that is a field of a mail's head (mailHeadFields).
func mailHeadField(line string) (name, value string, ok bool) {
	line = strings.TrimRight(line, " \t\r")
	n, ok := fieldName([]byte(line))
	if !ok {
		return "", "", false
	}
	name = strings.ToLower(n)
	value = line[len(n)+1:]
	if !mailHeadFields[name] || value != "" && value[0] != ' ' && value[0] != '\t' {
		return "", "", false // "Date:2024", a label glued to its value, is a page's
	}
	return name, strings.TrimSpace(value), true
}
