package parser

import (
	"bytes"
	"fmt"
	"mime"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// FormatEmail is Source.Format for a page mailed on: a saved message
// (.eml) or a message's text pasted.
const FormatEmail = "email"

// emailSource reads the pages in an e-mail: the message's text, its
// quoted replies and forwarded messages, with the quoting, the wrapping
// and the forwarding taken off, every line at its line of the message.
var emailSource = source{
	format: FormatEmail,
	exts:   []string{".eml", ".mbox"},
	sniff:  LooksLikeEmail,
	unwrap: unwrapEmail,
}

// sniffHead is how much of an input the message sniffers read: a header
// block with its Received lines fits.
const sniffHead = 64 << 10

// LooksLikeEmail reports an input that begins with a message's header
// block, two known fields or more before a blank line, or whose lines are
// mostly quoted with ">", as a reply pasted without its header is.
func LooksLikeEmail(data []byte) bool {
	head := bytes.TrimPrefix(data[:min(len(data), sniffHead)], bomUTF8)
	if _, known, ok := scanHeader(head); ok && known >= minHeaderFields || mboxFrom(head) {
		return true
	}
	return mostlyQuoted(head) || otherQuoteMark(head) != 0 || quotedPrintable(head)
}

// quotedPrintable reports text that holds minQPLetters letters or more
// written as quoted-printable writes them, UTF-8's two bytes ("=C3=A4")
// or Latin-1's one ("=E4"): a message's body pasted as it was sent, with
// no header to say so.
func quotedPrintable(data []byte) bool {
	n := 0
	for rest := data; n < minQPLetters; {
		i := bytes.IndexByte(rest, '=')
		if i < 0 {
			break
		}
		if rest = rest[i+1:]; qpLetter(rest) {
			n++
		}
	}
	return n >= minQPLetters
}

// minQPLetters is how many letters written in quoted-printable make a
// text one: a page's Swedish has many; a "=C3" in text, two "=" and hex
// digits by chance, is rare.
const minQPLetters = 2

// qpLetter reports what follows a "=" in quoted-printable for å, ä, ö, é
// or their capitals: "C3=A4" in UTF-8, "E4" in Latin-1.
func qpLetter(b []byte) bool {
	if len(b) >= 5 && b[0] == 'C' && b[1] == '3' && b[2] == '=' && isHexUpper(b[3]) && isHexUpper(b[4]) &&
		(b[3] == '8' || b[3] == '9' || b[3] == 'A' || b[3] == 'B') {
		return true
	}
	if len(b) >= 2 && (b[0] == 'C' || b[0] == 'D' || b[0] == 'E' || b[0] == 'F') && isHexUpper(b[1]) {
		// Latin-1's letters: Ä Å É Ö ä å é ö.
		switch string(b[:2]) {
		case "C4", "C5", "C9", "D6", "E4", "E5", "E9", "F6":
			return len(b) == 2 || !isHexUpper(b[2]) && b[2] != '='
		}
	}
	return false
}

func isHexUpper(c byte) bool { return c >= '0' && c <= '9' || c >= 'A' && c <= 'F' }

// minHeaderFields is how many known header fields make a message: one
// "Date:" or "Subject:" may begin a page's first line, two do not.
const minHeaderFields = 2

// mostlyQuoted reports text of which more than half the lines, and at
// least minQuotedLines, begin with ">".
func mostlyQuoted(data []byte) bool {
	if bytes.IndexByte(data, '>') < 0 {
		return false
	}
	quoted, lines := 0, 0
	callout := false // in a notes app's callout, whose marks quote no one
	for line := range bytes.Lines(data) {
		line = bytes.TrimLeft(line, " \t")
		if len(bytes.TrimSpace(line)) == 0 {
			callout = false
			continue
		}
		lines++
		callout = callout && line[0] == '>' || calloutHead(string(bytes.TrimSpace(line)))
		if line[0] == '>' && !callout {
			quoted++
		}
	}
	return quoted >= minQuotedLines && quoted*2 > lines
}

// otherQuoteMarks are the marks besides ">" that mail programs and
// writers quote a message with: a bar, a guillemet, a colon.
const otherQuoteMarks = "|»:"

// otherQuoteMark returns the mark of otherQuoteMarks that quotes text
// as mostlyQuoted's ">" does: more than half its lines, and at least
// minQuotedLines, begin with it and a space or are the mark alone; 0 for
// none. A quote's mark stands alone on the quote's blank lines too,
// where a definition list's colons (": Digga") and a wiki template's
// bars ("| Namn = Digga") stand before a value each; a table's rows ("|
// Namn | Digga |") hold a bar after their first, which a quote's lines
// mostly do not.
func otherQuoteMark(data []byte) rune {
	if !bytes.ContainsAny(data, otherQuoteMarks) {
		return 0
	}
	for _, mark := range otherQuoteMarks {
		if !markAloneOnLine(data, mark) {
			continue // a quote's blank line holds its mark alone
		}
		quoted, lines, alone, barred := 0, 0, 0, 0
		for line := range bytes.Lines(data) {
			t := bytes.TrimSpace(line)
			if len(t) == 0 {
				continue
			}
			lines++
			_, inner := unquote(string(t)) // "> : Egenmakt": a quote inside a quote with ">"
			t = bytes.TrimSpace([]byte(inner))
			r, size := utf8.DecodeRune(t)
			if r != mark || len(t) > size && t[size] != ' ' && t[size] != '\t' {
				continue
			}
			quoted++
			if len(t) == size {
				alone++
			}
			if bytes.IndexByte(t[size:], '|') >= 0 {
				barred++
			}
		}
		if quoted < minQuotedLines || quoted*2 <= lines || alone == 0 || mark == '|' && barred*2 >= quoted {
			continue
		}
		return mark
	}
	return 0
}

// markAloneOnLine is otherQuoteMark's first look: whether a line of data
// holds mark and else only white space and '>', as a quote's blank line
// does. A byte beyond ASCII passes, for the white space beyond it.
func markAloneOnLine(data []byte, mark rune) bool {
	m := string(mark)
	for i := 0; ; {
		j := bytes.Index(data[i:], []byte(m))
		if j < 0 {
			return false
		}
		at := i + j
		i = at + len(m)
		start := bytes.LastIndexByte(data[:at], '\n') + 1
		end := bytes.IndexByte(data[i:], '\n')
		if end < 0 {
			end = len(data)
		} else {
			end += i
		}
		if onlyQuoteSpace(data[start:at]) && onlyQuoteSpace(data[i:end]) {
			return true
		}
	}
}

// onlyQuoteSpace reports bytes that are white space, '>' or beyond ASCII.
func onlyQuoteSpace(b []byte) bool {
	for _, c := range b {
		switch {
		case c >= utf8.RuneSelf, c == '>', c == ' ', c == '\t', c == '\r', c == '\v', c == '\f':
		default:
			return false
		}
	}
	return true
}

// requote writes the quote marks mark at the start of each line of data
// as ">", and any mark of otherQuoteMarks quoted inside them or inside
// ">", so that unquote reads their depth.
func requote(data []byte, mark rune) []byte {
	var b bytes.Buffer
	for line := range bytes.Lines(data) {
		i := 0
		for {
			j := i
			for j < len(line) && (line[j] == ' ' || line[j] == '\t') {
				j++
			}
			r, size := utf8.DecodeRune(line[j:])
			marks := r == mark || r == '>' || i > 0 && strings.ContainsRune("|»:", r)
			spaced := j+size == len(line) || strings.IndexByte(" \t\r\n", line[j+size]) >= 0
			if !marks || !spaced && r != '>' {
				break // ">Egenmakt" is quoted as "> Egenmakt" is
			}
			b.Write(line[i:j])
			b.WriteByte('>')
			i = j + size
		}
		b.Write(line[i:])
	}
	return b.Bytes()
}

// minQuotedLines keeps a page with a line or two that begin with ">"
// ("> 50 deltagare") a page.
const minQuotedLines = 3

// A mailLine is one line of a message's text, with its quoting taken off.
type mailLine struct {
	text  string
	at    int  // the input line
	depth int  // how deeply it is quoted
	width int  // the line's length as written, its quote marks with it
	noise bool // a forward separator, a quoted message's header or its attribution
	// soft marks a line that goes on in the next: its text ends with the
	// space that joins them, if any.
	soft bool
}

// mailReader collects the text of a message's parts.
type mailReader struct {
	opts     Options
	lines    []mailLine
	encoding string
	notes    []note
	err      error // the first part that could not be decoded
}

func unwrapEmail(data []byte, opts Options) (unwrapped, error) {
	m := &mailReader{opts: opts}
	if bytes.HasPrefix(data, bomUTF16LE) || bytes.HasPrefix(data, bomUTF16BE) {
		// A message saved as UTF-16 is read as the text it holds; its lines
		// stay where they were.
		d, err := decode(data, opts.Encoding)
		if err != nil {
			return unwrapped{}, err
		}
		data, m.opts.Encoding, m.encoding = []byte(d.text), EncodingUTF8, d.encoding
	}
	data = bytes.TrimPrefix(data, bomUTF8)
	if mark := otherQuoteMark(data[:min(len(data), sniffHead)]); mark != 0 {
		data = requote(data, mark)
	}
	if mboxFrom(data) {
		m.readMbox(data)
		return m.text()
	}
	root := mimePart{mediaType: "text/plain", body: data, line: 1, headLine: 1}
	headed := false
	if _, known, ok := scanHeader(data); ok && known >= minHeaderFields {
		headed = true
	} else if read, ok := stripWrappers(string(data)); ok {
		// A terminal's here-document, its lines after the prompt for
		// the next ("> "): the lines round it are the shell's.
		m.notes = pasteNoted(m.notes, string(data), read, nil, wrapperNote)
		data = []byte(read)
		root.body = data
	}
	if headed {
		root = readPart(data, 1)
	} else if page, ok := quotedPage(string(data)); ok {
		// A reply pasted without its header, the page quoted among the
		// writer's own words (an issue, a note): as in a message, the
		// words around the quote are the writer's, not the page's.
		m.notes = quoteNoted(m.notes, string(data), page, nil, quotedPageNote)
		root.body = []byte(page)
	}
	if !headed && quotedPrintable(root.body) {
		// A body pasted as it was sent, quoted in a reply or not: its
		// letters in quoted-printable, with no header to say so.
		root.quotedPrintable = true
		m.notes = append(m.notes, note{line: 1, kind: WarnEncoding, perPage: true,
			message: `the text is quoted-printable ("=C3=A4" for "ä"), as a message's body is sent; decoded`})
	}
	m.walk(&root, 0)
	return m.text()
}

// text is the text of the messages read, each line at its input line.
func (m *mailReader) text() (unwrapped, error) {
	if len(m.lines) == 0 && m.err != nil {
		return unwrapped{}, m.err
	}
	if m.encoding == "" {
		m.encoding = EncodingUTF8
	}
	var b strings.Builder
	at := make([]int, 0, len(m.lines))
	for _, l := range m.lines {
		b.WriteString(l.text)
		b.WriteByte('\n')
		at = append(at, l.at)
	}
	// A page wrapped at a phone's screen, then sent: the message's own
	// wrap is read with its lines, the screen's here. A cut at a width
	// (unfold) is not looked for: the message's rejoined lines are of
	// its width, which is no cut.
	text, at, notes := unwrapScreen(b.String(), at, m.notes)
	return textOf(text, at, m.encoding, notes), nil
}

// mboxFrom reports data that begins as a mailbox file does (mbox, as
// Thunderbird, Google Takeout and a list's archive keep messages): a
// "From " line, the sender and a date, above a message's header.
func mboxFrom(data []byte) bool {
	if !bytes.HasPrefix(data, []byte("From ")) {
		return false
	}
	i := bytes.IndexByte(data, '\n')
	if i < 0 {
		return false
	}
	_, known, ok := scanHeader(data[i+1:])
	return ok && known >= minHeaderFields
}

// readMbox reads each message of a mailbox file, a "From " line above
// its header, as a message of its own, a separator line on the "From "
// line between them. A body's line that begins "From " is written
// ">From " by the mailbox (mboxrd): read without the ">".
func (m *mailReader) readMbox(data []byte) {
	starts := []int{0} // the offsets of the messages' "From " lines
	lines := []int{1}  // their lines
	line := 1
	for i := 0; i < len(data); {
		next := len(data)
		if j := bytes.IndexByte(data[i:], '\n'); j >= 0 {
			next = i + j + 1
		}
		if i > 0 && mboxFrom(data[i:]) && (i < 2 || data[i-2] == '\n' || data[i-2] == '\r') {
			starts, lines = append(starts, i), append(lines, line)
		}
		i, line = next, line+1
	}
	starts = append(starts, len(data))
	for k := range len(starts) - 1 {
		msg := data[starts[k]:starts[k+1]]
		head := bytes.IndexByte(msg, '\n') + 1
		if k > 0 {
			m.lines = append(m.lines, mailLine{text: "----", at: lines[k]})
		}
		body := unescapeFrom(msg[head:])
		if bytes.Contains(body, []byte(scrubbedPart)) {
			body = slices.Clone(body)
		}
		for from := 0; ; {
			// Mailman's archive keeps a message's other parts apart,
			// and says so where they stood: no part of the page.
			stub := bytes.Index(body[from:], []byte(scrubbedPart))
			if stub < 0 {
				break
			}
			stub += from
			n := lines[k] + 1 + bytes.Count(body[:stub], []byte{'\n'})
			from = stub + blankStub(body[stub:])
			m.notes = append(m.notes, note{line: n, kind: WarnUnused, whole: true,
				message: fmt.Sprintf("the list archive's note of a part it kept apart (%q, %d lines) is left out", scrubbedPart, max(1, bytes.Count(body[stub:from], []byte{'\n'})))})
		}
		root := readPart(body, lines[k]+1)
		m.walk(&root, 0)
	}
}

// scrubbedPart opens the note Mailman's archive writes where it took a
// part out of a message, "An HTML attachment was scrubbed..." and its
// address below it.
const scrubbedPart = "-------------- next part --------------"

// blankStub blanks the note Mailman writes where it kept a part apart:
// its separator line, and below it the lines of the note ("An HTML
// attachment was scrubbed...", "Name:", "URL:"), keeping their line ends,
// and returns where it stopped. A part Mailman kept in the message (a
// text attachment) stands below the separator and stays.
func blankStub(b []byte) int {
	i := 0
	for n := 0; i < len(b); n++ {
		next := len(b)
		if j := bytes.IndexByte(b[i:], '\n'); j >= 0 {
			next = i + j + 1
		}
		if n > 0 && !scrubbedNote.MatchString(string(bytes.TrimRight(b[i:next], "\r\n"))) {
			break
		}
		spaceOut(b[i:next])
		i = next
	}
	return i
}

// scrubbedNote is a line of Mailman's note of a part it kept apart.
var scrubbedNote = lazyRE(`^(?:An? (?:HTML|non-text|embedded(?: and charset-unspecified)?) (?:attachment|message) was scrubbed\.\.\.|(?:Name|Type|Size|Desc|URL|Url|From|Subject|Date) ?: .*)$`)

// unescapeFrom takes a ">" off a body's lines that begin ">From ",
// ">>From ", as a mailbox escapes them; other lines stay as they are.
func unescapeFrom(body []byte) []byte {
	if !bytes.Contains(body, []byte(">From ")) {
		return body
	}
	var b bytes.Buffer
	for line := range bytes.Lines(body) {
		if rest := bytes.TrimLeft(line, ">"); len(rest) < len(line) && bytes.HasPrefix(rest, []byte("From ")) {
			line = line[1:]
		}
		b.Write(line)
	}
	return b.Bytes()
}

// textOf reads the text a container holds (a message's, an invitation's
// description, a phone's messages) as a text page's is read: the HTML left
// in it, the pastes, Word's typography; at maps its lines to the input's,
// and notes are the container's own.
func textOf(text string, at []int, encoding string, notes []note) unwrapped {
	text, left := leftoversOf(finishText(text), at)
	notes = append(notes, left...)
	if LooksLikeTable([]byte(text)) {
		// A sheet's rows pasted into the message, or sent as its text
		// ("Projektägare,Regionförbundet Östsam"): read as the sheet,
		// each line at its line of the message.
		if read, rows, sheetNotes, err := tableLines(text); err == nil {
			for i := range rows {
				rows[i] = lineOf(at, rows[i]-1)
			}
			for i := range sheetNotes {
				sheetNotes[i].line = lineOf(at, sheetNotes[i].line-1)
			}
			text, at = read, rows
			notes = append(notes, sheetNotes...)
		}
	}
	if read, framed, doubtful := joinFramedCells(text); framed != nil {
		// A table of the page's fields whose cells wrap, pasted into
		// the message.
		notes = wholeNoted(notes, framed, at, framedNote)
		notes = linesNoted(notes, doubtful, at, framedCutNote, false)
		text = read
	}
	text, pasted := unpaste(text, at, false)
	notes = append(notes, pasted...)
	text, soft := normalizeTypography(text)
	return unwrapped{text: text, at: composeLines(soft, at), encoding: encoding, notes: notes}
}

// walk reads the text of a part and of the parts inside it: of two
// alternatives the plain text, which its sender wrote, before the HTML; a
// message forwarded as an attachment as a message.
func (m *mailReader) walk(p *mimePart, depth int) {
	switch {
	case strings.HasPrefix(p.mediaType, "multipart/") && depth < maxMIMEDepth:
		kids := p.children()
		if p.mediaType == "multipart/alternative" {
			if k := m.preferredAlternative(kids); k != nil {
				m.walk(k, depth+1)
			}
			return
		}
		for i := range kids {
			m.walk(&kids[i], depth+1)
		}
	case p.mediaType == "message/rfc822" && depth < maxMIMEDepth:
		inner := readPart(p.body, p.line)
		m.walk(&inner, depth+1)
	case p.mediaType == "text/plain":
		m.readPlain(p)
	case p.mediaType == "text/html":
		m.readHTML(p)
	}
}

// preferredAlternative returns the plain-text alternative, else the first
// that holds HTML. A plain text that only stands in for its HTML ("Your
// mail client does not support HTML messages.") gives way to the HTML,
// and the stub is named as left out.
func (m *mailReader) preferredAlternative(kids []mimePart) *mimePart {
	var plain, rich *mimePart
	for i := range kids {
		switch {
		case plain == nil && kids[i].mediaType == "text/plain":
			plain = &kids[i]
		case rich == nil && (kids[i].mediaType == "text/html" || strings.HasPrefix(kids[i].mediaType, "multipart/")):
			rich = &kids[i]
		}
	}
	if plain == nil || rich == nil {
		if plain != nil {
			return plain
		}
		return rich
	}
	data, at := plain.content()
	stub, line, ok := stubText(data, at)
	if !ok {
		return plain
	}
	richData, _ := rich.content()
	if len(richData) < stubRatio*len(stub) {
		return plain
	}
	if stub != "" {
		m.notes = append(m.notes, note{line: line, kind: WarnUnused, whole: true,
			message: fmt.Sprintf(stubNote, quoteShort(stub))})
	}
	return rich
}

// maxStubLines is the most lines a plain-text alternative has when it
// only stands in for its HTML: a line or two of "this message is in
// HTML". A page's own text has a line a field.
const maxStubLines = 3

// stubRatio is how many times the stub's bytes its HTML alternative holds
// at the least before the HTML is read instead. A short mail's two
// alternatives say the same, and its HTML is markup around the same words
// (over ten times the bytes); the ratio only keeps a plain text from
// giving way to an HTML part as short as itself.
const stubRatio = 4

// stubNote names a plain-text alternative left out for its HTML.
const stubNote = "the mail's plain text only stands in for its HTML part, read instead: %s"

// stubText returns the plain text's non-blank lines joined, and the line
// of the first, when there are at most maxStubLines of them.
func stubText(data []byte, at []int) (text string, line int, ok bool) {
	var kept []string
	n := 0
	for raw := range eachLine(string(data)) {
		n++
		t := strings.TrimSpace(raw)
		if t == "" {
			continue
		}
		if len(kept) == maxStubLines {
			return "", 0, false
		}
		if len(kept) == 0 {
			line = lineAt(at, n)
		}
		kept = append(kept, t)
	}
	return strings.Join(kept, " "), line, true
}

// startPart ends the part before with a separator line, so that a page
// never runs on from one part into the next.
func (m *mailReader) startPart(p *mimePart, encoding string) {
	if len(m.lines) > 0 {
		m.lines = append(m.lines, mailLine{text: "----", at: p.headLine})
	}
	if m.encoding == "" {
		m.encoding = encoding
	}
}

// readPlain reads a text/plain part: its lines unquoted, the forwarded
// messages' headers made separators, wrapped lines joined back.
func (m *mailReader) readPlain(p *mimePart) {
	data, at := p.content()
	force, notes := p.charsetOf(data)
	if m.opts.Encoding != "" {
		force, notes = m.opts.Encoding, nil
	}
	d, err := decode(data, force)
	if err != nil {
		m.err = firstErr(m.err, err)
		return
	}
	m.startPart(p, d.encoding)
	m.notes = append(append(m.notes, notes...), encodingNotes(d, at)...)
	flowed := strings.EqualFold(p.params["format"], "flowed")
	delsp := strings.EqualFold(p.params["delsp"], "yes")
	var lines []mailLine
	n := 0
	for raw := range eachLine(d.text) {
		depth, text := unquote(raw)
		l := mailLine{text: text, at: lineAt(at, n+1), depth: depth, width: utf8.RuneCountInString(strings.TrimRight(raw, " \t"))}
		if flowed {
			// RFC 3676: a line that ends in a space goes on in the next; a
			// space put before a line that began with one is not text (in a
			// quoted line unquote took it with the quote marks).
			if depth == 0 {
				text = strings.TrimPrefix(text, " ")
			}
			l.soft = strings.HasSuffix(text, " ") && text != "-- "
			if l.soft && delsp {
				text = text[:len(text)-1]
			}
			l.text = text
		}
		lines = append(lines, l)
		n++
	}
	if !flowed {
		rejoinCutWords(lines)
	}
	m.notes = leaveOutInlineReplies(lines, m.notes)
	m.notes = leaveOutReplyBelow(lines, m.notes)
	m.notes = leaveOutReplyAbove(lines, m.notes)
	markNoise(lines)
	if !flowed {
		markWrapped(lines)
	}
	m.lines = append(m.lines, joinLines(lines)...)
}

// inlineReplyNote names a reply's words written between a quoted page's
// lines, which were left out.
const inlineReplyNote = "a reply's own words between the lines of the quoted page were left out: %s"

// leaveOutInlineReplies blanks a reply's own lines that stand between the
// lines of a page it quotes ("> Total projektbudget:" / "> 400 000", then
// "Stämmer detta?", then "> Beviljat ESF-stöd:"): a paragraph not quoted,
// no label of its own, with a quoted label above it and quoted lines
// below. Each is named on its line; a line of a label is the writer's
// correction and stays, for the audit to weigh.
func leaveOutInlineReplies(lines []mailLine, notes []note) []note {
	labelAbove := false
	for i := range lines {
		l := &lines[i]
		if l.depth > 0 {
			labelAbove = labelAbove || classify(l.text, 0, false).term != nil
			continue
		}
		if !labelAbove || strings.TrimSpace(l.text) == "" || classify(l.text, 0, false).term != nil {
			continue
		}
		below := false
		for _, n := range lines[i+1:] {
			if n.depth > 0 {
				below = true
				break
			}
		}
		if below {
			notes = append(notes, note{line: l.at, kind: WarnUnused, message: fmt.Sprintf(inlineReplyNote, quoteShort(strings.TrimSpace(l.text)))})
			l.text = ""
		}
	}
	return notes
}

// replyBelowNote names a reply's words written below the page it quotes,
// which were left out.
const replyBelowNote = "a reply's own words below the quoted page were left out: %s"

// minQuotedLabels is the fewest labels a quote holds that make it a
// page's, whose reply below it is the writer's: a label or one quoted in
// a reply is a remark's.
const minQuotedLabels = 2

// leaveOutReplyBelow blanks a reply written below the page it quotes
// (the page "> "-quoted, then a blank line, then "Hej!" / "Tack, jag
// lägger in den." / "/Maria"), as a reply answered at the bottom has it:
// the last lines of the part, less deeply quoted than the lines above
// them, which hold minQuotedLabels labels or more, a blank line between.
// Each reply is read so in turn from the last up, at any depth (a
// forwarder's "> Vidarebefordrar, se nedan." below the page quoted
// twice, above the last reply). Each is named on its line, with the
// signature it ends with. A reply below that holds a label of the page's
// above its signature is a page of its own, or a correction, and stays,
// and so do the replies above it; a signature alone below the quote is
// read as one.
func leaveOutReplyBelow(lines []mailLine, notes []note) []note {
	for end := len(lines); ; {
		first, last, quote := replyBelow(lines, end)
		if quote < 0 {
			return notes
		}
		if first >= 0 {
			for i := first; i <= last; i++ {
				if t := strings.TrimSpace(lines[i].text); t != "" {
					notes = append(notes, note{line: lines[i].at, kind: WarnUnused, message: fmt.Sprintf(replyBelowNote, quoteShort(t))})
					lines[i].text = ""
				}
			}
		}
		end = quote + 1
	}
}

// replyAboveNote names a forwarder's words quoted above the page they
// forward, which were left out.
const replyAboveNote = "a forwarder's own words above the page, quoted less deeply than it, were left out: %s"

// leaveOutReplyAbove blanks the lines right above a page quoted twice or
// more that are quoted less deeply than it, the forwarder's words and the
// reply's attribution ("> Hej! Här kommer uppgifterna." / "> Ola Johnsson
// skrev den 9 juni 2024:" / ">> Steget vidare"): the page's depth is the
// least of its lines' that hold a label, minQuotedLabels of them or more.
// Only the attribution and the forwarder's sentences, each ending with a
// sentence's mark or a greeting's comma, are left out, each named on its
// line: a line with none may be the page's title, quoted less deeply than
// its block ("> Egenmakt" / "> Den 4 mars … skrev Erik Lind:" / ">>
// Projektägare"). A line of a label stays, for the audit to weigh, and so
// do the lines above it.
func leaveOutReplyAbove(lines []mailLine, notes []note) []note {
	depth, first, labels := 0, -1, 0
	for i := range lines {
		if lines[i].depth == 0 || classify(lines[i].text, 0, false).term == nil {
			continue
		}
		labels++
		if depth == 0 || lines[i].depth < depth {
			depth = lines[i].depth
		}
	}
	if depth < 2 || labels < minQuotedLabels {
		return notes
	}
	for i := range lines {
		if lines[i].depth >= depth && strings.TrimSpace(lines[i].text) != "" {
			first = i
			break
		}
	}
	top := first
	for top > 0 && lines[top-1].depth > 0 && lines[top-1].depth < depth && !lines[top-1].noise {
		if classify(lines[top-1].text, 0, false).term != nil {
			break
		}
		top--
	}
	for i := top; i < first; i++ {
		if t := strings.TrimSpace(lines[i].text); t != "" && (replyHeader(t) || strings.ContainsAny(t[len(t)-1:], ".!?:,;")) {
			notes = append(notes, note{line: lines[i].at, kind: WarnUnused, message: fmt.Sprintf(replyAboveNote, quoteShort(t))})
			lines[i].text = ""
		}
	}
	return notes
}

// replyBelow returns the first and last lines with text of the reply
// that ends lines[:end] below the quote it answers (leaveOutReplyBelow),
// or -1 and -1 where they are no reply; and the quote's last line, or -1
// where no quote stands above them that a reply may answer.
func replyBelow(lines []mailLine, end int) (first, last, quote int) {
	last = end - 1
	for last >= 0 && strings.TrimSpace(lines[last].text) == "" {
		last--
	}
	if last < 0 {
		return -1, -1, -1
	}
	depth := lines[last].depth
	first, quote = -1, last
	for ; quote >= 0 && lines[quote].depth <= depth; quote-- {
		if lines[quote].noise {
			return -1, -1, -1 // a forwarded message's header: the lines below are its own
		}
		if strings.TrimSpace(lines[quote].text) != "" {
			if lines[quote].depth < depth {
				return -1, -1, -1
			}
			first = quote
		}
	}
	if quote < 0 || first == quote+1 {
		return -1, -1, -1 // no quote above, or one the reply's line runs on from
	}
	if t := strings.TrimSpace(lines[first].text); isSignature(lines[first].text, t) {
		return -1, -1, quote
	}
	for i := first; i <= last; i++ {
		if t := strings.TrimSpace(lines[i].text); isSignature(lines[i].text, t) {
			break // the sender's signature, its telephone and address the sender's
		} else if classify(t, 0, false).term != nil {
			return -1, -1, -1
		}
	}
	labels := 0
	for i := quote; i >= 0 && labels < minQuotedLabels; i-- {
		if lines[i].depth > depth && classify(lines[i].text, 0, false).term != nil {
			labels++
		}
	}
	if labels < minQuotedLabels {
		return -1, -1, -1
	}
	return first, last, quote
}

// readHTML reads a text/html part as a saved page.
func (m *mailReader) readHTML(p *mimePart) {
	text, at, encoding, notes, err := readHTMLPart(p, m.opts.Encoding)
	if err != nil {
		m.err = firstErr(m.err, err)
		return
	}
	m.startPart(p, encoding)
	m.notes = append(m.notes, notes...)
	var lines []mailLine
	n := 0
	for raw := range eachLine(text) {
		lines = append(lines, mailLine{text: raw, at: lineAt(at, n+1)})
		n++
	}
	markNoise(lines)
	m.lines = append(m.lines, joinLines(lines)...)
}

// firstErr keeps the first error.
func firstErr(first, err error) error {
	if first != nil {
		return first
	}
	return err
}

// lineAt returns at's line n (1-based), the nearest one for n outside it.
func lineAt(at []int, n int) int {
	switch {
	case len(at) == 0:
		return 1
	case n < 1:
		return at[0]
	case n > len(at):
		return at[len(at)-1]
	}
	return at[n-1]
}

// unquote takes the quote marks off a line, "> ", ">>" or "> > ", and
// returns how many there were.
func unquote(s string) (depth int, text string) {
	i := 0
	for {
		j := i
		for j < len(s) && (s[j] == ' ' || s[j] == '\t') {
			j++
		}
		if j == len(s) || s[j] != '>' {
			break
		}
		depth++
		i = j + 1
	}
	if depth > 0 && i < len(s) && (s[i] == ' ' || s[i] == '\t') {
		i++
	}
	return depth, s[i:]
}

var (
	// forwardSeparator matches the line a mail program puts above a
	// forwarded or replied-to message.
	forwardSeparator = lazyRE(`(?i)^[-_=*\s]*(?:forwarded message|original message|vidarebefordrat meddelande|ursprungligt meddelande|begin forwarded message:?|början på vidarebefordrat meddelande:?)[-_=*\s]*$`)
	// attribution matches the line above a quoted reply: "On … wrote:",
	// "Den … skrev …:".
	attribution = lazyRE(`(?i)^(?:on|den|le|am)\s.*\b(?:wrote|skrev|schrieb|a écrit)\b.*:$`)
	// linkLeftover matches the address a mail program writes after a
	// link's text in the plain-text copy of an HTML message.
	linkLeftover = lazyRE(`(\S)[ \t]*<(?i:mailto:|tel:|https?://)[^\s<>]*>`)
)

// quotedHeaders are the fields of the header block a mail program writes
// above a forwarded or replied-to message, in English and Swedish.
var quotedHeaders = map[string]bool{
	"from": true, "från": true, "sent": true, "skickat": true, "date": true, "datum": true,
	"to": true, "till": true, "cc": true, "kopia": true, "subject": true, "ämne": true, "reply-to": true,
}

// markNoise marks the lines that stand between forwarded and quoted pages:
// forward separators, attributions, and header blocks of two fields or
// more with a From:.
func markNoise(lines []mailLine) {
	for i := 0; i < len(lines); i++ {
		t := strings.TrimSpace(lines[i].text)
		if len(t) < 300 && (forwardSeparator.MatchString(t) || attribution.MatchString(t)) {
			lines[i].noise = true
			continue
		}
		j, from := i, false
		for j < len(lines) {
			name, ok := fieldName([]byte(strings.TrimSpace(lines[j].text)))
			name = strings.ToLower(name)
			if !ok || !quotedHeaders[name] {
				break
			}
			from = from || name == "from" || name == "från"
			j++
		}
		if j-i >= 2 && from {
			for k := i; k < j; k++ {
				lines[k].noise = true
			}
		}
		// A run without a From: holds none after its first line either.
		i = max(i, j-1)
	}
}

// The widths a mail program wraps lines at. A message shows one when its
// longest lines that hold a space are this long, and at least
// minWrappedLines of them break before a word that would not have fitted.
const (
	minWrapWidth    = 60
	maxWrapWidth    = 80
	minWrappedLines = 3
)

// maxCutWords is the most words a mail program wrapping a quote again
// moves to a line of their own (rejoinCutWords): the quote marks it adds
// lengthen a line by two or four characters, which pushes a word or two
// past the width.
const maxCutWords = 3

// rejoinCutWords gives back to their line the words a mail program cut
// off it when it wrapped a quote again. Forwarded or answered once more, a
// quoted line the new quote marks made too long loses its last words to
// a line of their own, quoted one level less, or more where it was cut
// again at each forward ("> > svårt att få fotfäste … oftast" / "> tillbaka"
// / "> > till arbetslösheten", "> > > … oftast" / "> tillbaka" / "> > >
// till arbetslösheten"); read at its own
// depth, the word was lost from the page's text, or read as a heading or
// furniture ("Tillgänglighet", "Tillbaka"). Such a line stands between two
// lines quoted deeper, not always as deep as each other (the line below
// cut at a forward of its own: "> > > … oftast" / "> tillbaka" / "> > till
// arbetslösheten"), holds maxCutWords words or fewer, and would
// not have fitted at the end of the line above within the message's wrap
// width (its widest line with a space, of minWrapWidth to maxWrapWidth);
// a word that begins a sentence must follow a line that does not end one,
// and a question is the writer's (a reply's "Stämmer?" between the quoted
// lines). A line not quoted at all is the writer's own, as
// leaveOutInlineReplies reads it.
func rejoinCutWords(lines []mailLine) {
	wrap := 0
	for _, l := range lines {
		if l.width <= maxWrapWidth && strings.ContainsRune(strings.TrimSpace(l.text), ' ') {
			wrap = max(wrap, l.width)
		}
	}
	if wrap < minWrapWidth {
		return
	}
	for i := 1; i+1 < len(lines); i++ {
		above, cut, below := &lines[i-1], &lines[i], lines[i+1]
		words := strings.Fields(cut.text)
		if cut.depth < 1 || cut.depth >= above.depth || below.depth <= cut.depth ||
			len(words) == 0 || len(words) > maxCutWords || strings.HasSuffix(words[len(words)-1], "?") {
			continue
		}
		last := strings.TrimRight(above.text, " \t")
		if last == "" || above.width+1+utf8.RuneCountInString(words[0]) <= wrap {
			continue
		}
		first, _ := utf8.DecodeRuneInString(words[0])
		if unicode.IsUpper(first) && (strings.ContainsAny(last[len(last)-1:], ".!?:") || below.depth != above.depth) {
			continue // a reply's "Stämmer" between quotes of two depths is the writer's
		}
		above.text, above.soft = last+" ", true
		cut.depth = above.depth
		if next := strings.TrimSpace(below.text); next != "" && !beginsField(next) {
			cut.text, cut.soft = strings.TrimRight(cut.text, " \t")+" ", true
		}
	}
}

// markWrapped marks the lines a mail program broke at its wrap width: a
// line that the first word of the next would have made longer than the
// width, and whose next line neither is blank nor begins a field, a
// heading or an item. The width is measured per depth of quoting, since
// each reply may have wrapped at its own; a page that was never wrapped
// has longer lines, or too few full ones, and is left as it is.
func markWrapped(lines []mailLine) {
	width := map[int]int{}
	for _, l := range lines {
		if strings.ContainsRune(strings.TrimSpace(l.text), ' ') {
			width[l.depth] = max(width[l.depth], utf8.RuneCountInString(strings.TrimRight(l.text, " \t")))
		}
	}
	full := func(i int) bool {
		a, b := &lines[i], &lines[i+1]
		w := width[a.depth]
		if a.depth != b.depth || a.noise || b.noise || w < minWrapWidth || w > maxWrapWidth {
			return false
		}
		next, this := strings.TrimSpace(b.text), strings.TrimSpace(a.text)
		if this == "" || next == "" || beginsField(next) && !dashInSentence(lines, i) || numberedItem(next) && strings.ContainsAny(this[len(this)-1:], ".:;") {
			return false
		}
		word, _, _ := strings.Cut(next, " ")
		return utf8.RuneCountInString(strings.TrimRight(a.text, " \t"))+1+utf8.RuneCountInString(word) > w
	}
	wrapped := map[int]int{}
	for i := 0; i+1 < len(lines); i++ {
		if full(i) {
			wrapped[lines[i].depth]++
		}
	}
	for i := 0; i+1 < len(lines); i++ {
		if wrapped[lines[i].depth] >= minWrappedLines && full(i) {
			lines[i].soft = true
			lines[i].text = strings.TrimRight(lines[i].text, " \t") + " "
		}
	}
}

// dashInSentence reports a line below i that begins with a dash and a
// word in small letters, below a line that ends no sentence and is no
// item itself nor an item's wrapped end, with no item below it: a
// sentence's dash that the mail's
// wrap put first on its line ("… i samarbete med andra kollegor" / "-
// utan att möta organisatoriska hinder."), no list's one item.
func dashInSentence(lines []mailLine, i int) bool {
	this, next := strings.TrimSpace(lines[i].text), strings.TrimSpace(lines[i+1].text)
	marker := "- "
	rest, ok := strings.CutPrefix(next, marker)
	if !ok {
		marker = "– "
		rest, ok = strings.CutPrefix(next, marker)
	}
	first, _ := utf8.DecodeRuneInString(rest)
	last, _ := utf8.DecodeLastRuneInString(this)
	if !ok || !unicode.IsLower(first) || !unicode.IsLetter(last) && !unicode.IsDigit(last) || beginsField(this) {
		return false
	}
	for j := i - 1; j >= 0 && lines[j].depth == lines[i].depth; j-- {
		above := strings.TrimSpace(lines[j].text)
		if above == "" {
			break
		}
		if strings.HasPrefix(above, marker) {
			return false // the line above is a wrapped item's: a list
		}
	}
	if j := i + 2; j < len(lines) && lines[j].depth == lines[i].depth {
		if after := strings.TrimSpace(lines[j].text); strings.HasPrefix(after, marker) {
			return false // "- ett" / "- två": a list
		}
	}
	return true
}

// numberedItem reports a line that begins a numbered list's item, a
// number of one or two digits, a full stop or a bracket, a space and a
// capital: "1. Bidra till att …", "2) Öka". Below a sentence's end it is
// the item, no wrap.
func numberedItem(text string) bool {
	d := 0
	for d < len(text) && d < 3 && isDigit(text[d]) {
		d++
	}
	if d == 0 || d > 2 || d+2 >= len(text) || text[d] != '.' && text[d] != ')' || text[d+1] != ' ' {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[d+2:])
	return unicode.IsUpper(r)
}

// beginsField reports a line that a wrapped line never runs on into: a
// label, a heading, page furniture or an item of a list.
func beginsField(text string) bool {
	for _, marker := range []string{"- ", "* ", "• ", "– "} {
		if strings.HasPrefix(text, marker) {
			return true
		}
	}
	l := classify(text, 0, false)
	return l.heading != nil || l.furniture != notFurniture || l.unknownLabel != "" ||
		l.writtenAsLabel() || l.term != nil && l.reads
}

// joinLines joins each soft line to the next at its depth of quoting,
// makes each run of noise one separator line, and takes the link leftovers
// and encoded words off.
func joinLines(lines []mailLine) []mailLine {
	out := lines[:0]
	var words mime.WordDecoder
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		if l.noise {
			if len(out) == 0 || !out[len(out)-1].noise {
				out = append(out, mailLine{text: "----", at: l.at, noise: true})
			}
			continue
		}
		text := l.text
		if l.soft && i+1 < len(lines) && !lines[i+1].noise && lines[i+1].depth == l.depth {
			var b strings.Builder
			b.WriteString(text)
			for l.soft && i+1 < len(lines) && !lines[i+1].noise && lines[i+1].depth == l.depth {
				i++
				l.soft = lines[i].soft
				b.WriteString(lines[i].text)
			}
			text = b.String()
		}
		if text != "-- " {
			// The signature's delimiter keeps its space (isSignature).
			text = strings.TrimRight(text, " \t")
		}
		if strings.IndexByte(text, '<') >= 0 {
			text = linkLeftover.ReplaceAllString(text, "$1")
		}
		if containsRare(text, "=?") {
			if decoded, err := words.DecodeHeader(text); err == nil {
				text = decoded
			}
		}
		out = append(out, mailLine{text: text, at: l.at})
	}
	return out
}
