package parser

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"slices"
	"strings"
)

// FormatSMS is Source.Format for a phone's messages backed up as XML (SMS
// Backup & Restore's <smses>): a page sent or received as a text message.
const FormatSMS = "sms"

// smsSource reads the messages' texts (each <sms>'s body and each <mms>
// part's text) in their order, each apart from the next as pages are, each
// line on the input line of its message. Where some message holds a
// page's field, a message that holds none (a greeting, an answer) is left
// out, named; the phone numbers, dates and contacts' names are the
// messages', not the page's. A page's text is read as a text page's is,
// its pastes too.
var smsSource = source{
	format: FormatSMS,
	sniff: func(data []byte) bool {
		head := data[:min(len(data), 1024)]
		return bytes.Contains(head, []byte("<smses")) || bytes.Contains(head, []byte("<allsms"))
	},
	unwrap: func(data []byte, _ Options) (unwrapped, error) {
		msgs, err := smsMessages(data)
		if err != nil {
			return unwrapped{}, err
		}
		var lines []string
		var at []int
		var notes []note
		paged := slices.ContainsFunc(msgs, smsMessage.holdsLabel)
		for _, m := range msgs {
			if paged && !m.holdsLabel() {
				// A greeting, an answer: no part of the page another
				// message holds.
				notes = append(notes, note{line: m.line, kind: WarnUnused, message: fmt.Sprintf(smsLeftOutNote, quoteShort(strings.Join(m.lines, " ")))})
				continue
			}
			if len(lines) > 0 {
				lines, at = append(lines, "----"), append(at, m.line)
			}
			for _, l := range m.lines {
				lines, at = append(lines, l), append(at, m.line)
			}
		}
		return textOf(strings.Join(lines, "\n")+"\n", at, EncodingUTF8, notes), nil
	},
}

// smsLeftOutNote names a message that holds no field of a page.
const smsLeftOutNote = "a message that holds none of the page's fields was left out: %s"

// smsMessage is one message's text and the input line it stands on.
type smsMessage struct {
	lines []string
	line  int
}

// holdsLabel reports a message with a line of a known label.
func (m smsMessage) holdsLabel() bool {
	return slices.ContainsFunc(m.lines, func(l string) bool { return classify(l, 0, false).term != nil })
}

// smsMessages returns the messages' texts in their order.
func smsMessages(data []byte) ([]smsMessage, error) {
	d := xml.NewDecoder(bytes.NewReader(data))
	d.Strict = false
	var msgs []smsMessage
	for {
		tok, err := d.Token()
		if err == io.EOF || err != nil && len(msgs) > 0 {
			return msgs, nil
		}
		if err != nil {
			return nil, err
		}
		t, ok := tok.(xml.StartElement)
		if !ok || t.Name.Local != "sms" && t.Name.Local != "part" {
			continue
		}
		line, _ := d.InputPos()
		for _, a := range t.Attr {
			if a.Name.Local != "body" && !(t.Name.Local == "part" && a.Name.Local == "text") || a.Value == "" || a.Value == "null" {
				continue
			}
			m := smsMessage{line: line}
			for _, l := range strings.Split(strings.ReplaceAll(a.Value, "\r\n", "\n"), "\n") {
				m.lines = append(m.lines, strings.ReplaceAll(l, "\r", " "))
			}
			msgs = append(msgs, m)
		}
	}
}
