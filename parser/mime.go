package parser

import (
	"bytes"
	"encoding/base64"
	"io"
	"mime"
	"mime/quotedprintable"
	"net/mail"
	"strings"
)

// A mimePart is one part of a MIME message, the message itself included:
// its type, its body as it stands in the input, and the input line the
// body starts on, so that every line decoded from it can name its line.
type mimePart struct {
	header    mail.Header // nil when the part has none that net/mail reads
	mediaType string      // lower case; text/plain when the header names none
	params    map[string]string
	head      []byte // the header block as it stands in the input
	body      []byte
	line      int // the 1-based input line of body's first byte
	headLine  int // the 1-based input line of head's first byte
	// quotedPrintable marks a body in quoted-printable with no header
	// to say so: a message's text pasted as it was sent.
	quotedPrintable bool
}

// maxMIMEDepth bounds how deep parts nest: real messages nest three or
// four deep, and a bound keeps a crafted input from costing a pass over
// itself per level.
const maxMIMEDepth = 12

// headerNames are the header fields, lower case, that begin a message, a
// saved web archive or a message pasted from a mail program in Swedish; a
// plain page begins with none of them.
var headerNames = map[string]bool{
	"from": true, "to": true, "cc": true, "subject": true, "date": true, "mime-version": true,
	"received": true, "return-path": true, "message-id": true, "content-type": true,
	"delivered-to": true, "reply-to": true, "sender": true, "content-transfer-encoding": true,
	"snapshot-content-location": true, "x-mailer": true, "user-agent": true, "in-reply-to": true,
	"references": true, "sent": true,
	"från": true, "till": true, "kopia": true, "ämne": true, "skickat": true, "datum": true,
}

// scanHeader reads the header block at the start of data: every line a
// field ("Name: value") or a folded continuation of one, up to a blank
// line, which alone is an empty header. end is where the body begins,
// after the blank line; known counts the fields named in headerNames. ok
// is false when data does not begin with such a block.
func scanHeader(data []byte) (end, known int, ok bool) {
	fields := 0
	for i := 0; i < len(data); {
		next := len(data)
		if j := bytes.IndexByte(data[i:], '\n'); j >= 0 {
			next = i + j + 1
		}
		line := bytes.TrimRight(data[i:next], "\r\n")
		switch {
		case len(line) == 0:
			return next, known, true
		case line[0] == ' ' || line[0] == '\t':
			if fields == 0 {
				return 0, 0, false
			}
		default:
			name, isField := fieldName(line)
			if !isField {
				return 0, 0, false
			}
			fields++
			if headerNames[strings.ToLower(name)] {
				known++
			}
		}
		i = next
	}
	return 0, 0, false
}

// maxFieldName bounds the name of a header field: a header line is folded
// at 78 characters, and the longest names mail servers write, Exchange's
// ("X-MS-Exchange-Transport-CrossTenantHeadersStamped", 49), are well
// under it.
const maxFieldName = 76

// fieldName returns the name of a header field line: letters, digits and
// dashes before a colon. Letters outside ASCII are let in for the Swedish
// names a mail program writes when a message is copied.
func fieldName(line []byte) (string, bool) {
	i := bytes.IndexByte(line, ':')
	if i <= 0 || i > maxFieldName {
		return "", false
	}
	name := string(line[:i])
	for _, r := range name {
		if r != '-' && !(r >= '0' && r <= '9') && !(r >= 'a' && r <= 'z') && !(r >= 'A' && r <= 'Z') &&
			!strings.ContainsRune("åäöÅÄÖ", r) {
			return "", false
		}
	}
	return name, true
}

// readPart reads a part that starts on input line line: its header, when
// it begins with one, and its body.
func readPart(data []byte, line int) mimePart {
	p := mimePart{mediaType: "text/plain", body: data, line: line, headLine: line}
	end, _, ok := scanHeader(data)
	if !ok {
		return p
	}
	p.head, p.body, p.line = data[:end], data[end:], line+bytes.Count(data[:end], []byte{'\n'})
	msg, err := mail.ReadMessage(bytes.NewReader(data[:end]))
	if err != nil {
		return p
	}
	p.header = msg.Header
	if ct := msg.Header.Get("Content-Type"); ct != "" {
		// A parameter that does not parse leaves the type and the others.
		if mt, params, _ := mime.ParseMediaType(ct); mt != "" {
			p.mediaType, p.params = mt, params
		}
	}
	return p
}

// children splits a multipart body at its boundary lines; the preamble
// before the first and the epilogue after the last are not parts.
func (p *mimePart) children() []mimePart {
	boundary := p.params["boundary"]
	if boundary == "" {
		return nil
	}
	delim := []byte("--" + boundary)
	var parts []mimePart
	start, startLine := -1, 0
	line := p.line
	for i := 0; i < len(p.body); {
		next := len(p.body)
		if j := bytes.IndexByte(p.body[i:], '\n'); j >= 0 {
			next = i + j + 1
		}
		text := bytes.TrimRight(p.body[i:next], " \t\r\n")
		if bytes.HasPrefix(text, delim) {
			rest := text[len(delim):]
			if len(rest) == 0 || bytes.Equal(rest, []byte("--")) {
				if start >= 0 {
					// The line break before a boundary belongs to it.
					body := bytes.TrimSuffix(bytes.TrimSuffix(p.body[start:i], []byte{'\n'}), []byte{'\r'})
					parts = append(parts, readPart(body, startLine))
				}
				if len(rest) > 0 {
					return parts
				}
				start, startLine = next, line+1
			}
		}
		line++
		i = next
	}
	if start >= 0 && start < len(p.body) {
		parts = append(parts, readPart(p.body[start:], startLine))
	}
	return parts
}

// content returns the part's body with its transfer encoding undone, and
// the input line of each of its lines (at[i] for line i+1). A quoted-
// printable line names the line it starts on; a base64 line the line that
// holds its first byte.
func (p *mimePart) content() (data []byte, at []int) {
	enc := ""
	if p.header != nil {
		enc = strings.ToLower(strings.TrimSpace(p.header.Get("Content-Transfer-Encoding")))
	}
	if enc == "" && p.quotedPrintable {
		enc = "quoted-printable"
	}
	switch enc {
	case "quoted-printable":
		return decodeQuotedPrintable(p.body, p.line)
	case "base64":
		if data, at, ok := decodeBase64(p.body, p.line); ok {
			return data, at
		}
	}
	return p.body, lineTable(p.body, p.line)
}

// lineTable numbers the lines of data from first on.
func lineTable(data []byte, first int) []int {
	at := make([]int, bytes.Count(data, []byte{'\n'})+1)
	for i := range at {
		at[i] = first + i
	}
	return at
}

// decodeQuotedPrintable decodes one logical line at a time, a line and
// those joined to it by soft line breaks, so that each decoded line knows
// the input line it starts on. A line the decoder refuses is kept as it
// stands.
func decodeQuotedPrintable(body []byte, first int) (data []byte, at []int) {
	data = make([]byte, 0, len(body))
	line := first
	for i := 0; i < len(body); {
		start, startLine := i, line
		// A logical line runs to the first physical line that does not end
		// in a soft break. In a quoted reply every physical line begins
		// with the quote's marks ("> "), which the lines joined to the
		// first do not repeat.
		quote := quoteMarks(body[i:])
		var logical []byte
		for i < len(body) {
			next := len(body)
			if j := bytes.IndexByte(body[i:], '\n'); j >= 0 {
				next = i + j + 1
			}
			physical := body[i:next]
			if i > start && len(quote) > 0 {
				physical = bytes.TrimPrefix(physical, quote)
			}
			logical = append(logical, physical...)
			soft := bytes.HasSuffix(bytes.TrimRight(body[i:next], " \t\r\n"), []byte{'='})
			i = next
			if body[next-1] == '\n' {
				line++
			}
			if !soft {
				break
			}
		}
		decoded, err := io.ReadAll(quotedprintable.NewReader(bytes.NewReader(logical)))
		if err != nil {
			decoded = logical
		}
		data = append(data, decoded...)
		for range bytes.Count(decoded, []byte{'\n'}) + 1 {
			at = append(at, startLine)
		}
		// The line break that ends the logical line starts the next.
		if bytes.HasSuffix(decoded, []byte{'\n'}) {
			at = at[:len(at)-1]
		}
	}
	if len(at) == 0 {
		at = append(at, first)
	}
	return data, at
}

// quoteMarks returns the marks of a quoted reply that begin line: ">",
// "> ", "> > ".
func quoteMarks(line []byte) []byte {
	n := 0
	for n < len(line) && (line[n] == '>' || line[n] == ' ' && n > 0) {
		n++
	}
	if n == 0 {
		return nil
	}
	return line[:n]
}

// decodeBase64 decodes a base64 body, its lines of any length, and names
// for each decoded line the input line that holds the characters of its
// first byte. ok is false for a body that is not base64.
func decodeBase64(body []byte, first int) (data []byte, at []int, ok bool) {
	// ends[k] is the count of base64 characters up to the end of the
	// body's line k.
	var (
		chars []byte
		ends  []int
	)
	for _, line := range bytes.SplitAfter(body, []byte{'\n'}) {
		for _, c := range line {
			if c != ' ' && c != '\t' && c != '\r' && c != '\n' {
				chars = append(chars, c)
			}
		}
		ends = append(ends, len(chars))
	}
	enc := base64.StdEncoding
	if len(bytes.TrimRight(chars, "="))%4 != 0 && !bytes.HasSuffix(chars, []byte{'='}) {
		enc = base64.RawStdEncoding
	}
	data = make([]byte, enc.DecodedLen(len(chars)))
	n, err := enc.Decode(data, chars)
	if err != nil {
		return nil, nil, false
	}
	data = data[:n]
	k := 0
	lineOfByte := func(b int) int {
		for k < len(ends)-1 && ends[k] <= b*4/3 {
			k++
		}
		return first + k
	}
	at = append(at, lineOfByte(0))
	for b, c := range data {
		if c == '\n' {
			at = append(at, lineOfByte(b+1))
		}
	}
	return data, at, true
}

// charsetOf tells how to decode a text part's bytes: its declared charset,
// unless the declaration is a single-byte one that bytes in UTF-8 with
// letters that need it contradict, which a part converted and sent again
// often does; then UTF-8, with a note on the Content-Type's line. An empty
// name lets the bytes tell.
func (p *mimePart) charsetOf(data []byte) (name string, notes []note) {
	declared := strings.ToLower(strings.TrimSpace(p.params["charset"]))
	if declared == "" || CheckEncoding(declared) != nil {
		return "", nil
	}
	if _, canonical, _ := lookupEncoding(declared); canonical == EncodingUTF8 {
		return "", nil
	}
	if valid, _ := scanUTF8(data); valid && hasMultiByte(data) && singleByteCharset(declared) {
		return EncodingUTF8, []note{{line: p.contentTypeLine(), kind: WarnEncoding,
			message: "the message declares " + declared + " but its bytes are UTF-8; read as UTF-8"}}
	}
	return declared, nil
}

// singleByteCharset reports the charsets mail programs declare for text
// they did not look at: ASCII and the Western single-byte code pages.
func singleByteCharset(name string) bool {
	_, canonical, err := lookupEncoding(name)
	return err == nil && canonical == EncodingWindows1252
}

// contentTypeLine returns the input line of the part's Content-Type
// field, or of its first header line.
func (p *mimePart) contentTypeLine() int {
	for i, line := range bytes.Split(p.head, []byte{'\n'}) {
		if name, ok := fieldName(line); ok && strings.EqualFold(name, "Content-Type") {
			return p.headLine + i
		}
	}
	return p.headLine
}
