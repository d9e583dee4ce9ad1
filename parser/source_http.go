package parser

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// FormatHTTP is Source.Format for pages saved with the web server's
// answer around them: `curl -i`, `wget --save-headers`, a `curl -v` log,
// and a web archive's WARC file of many.
const FormatHTTP = "http"

// ErrNoHTTPPage is returned for a capture that holds no page: only
// requests, redirects, images.
var ErrNoHTTPPage = errors.New("the capture holds no page: no answer of text, HTML, JSON or XML")

// httpSource reads the pages in what a web client saved of the server's
// answers: each answer's header is left out, a body sent in chunks is
// joined again, a compressed one is read uncompressed, and the page is
// read as a saved page (HTML) or a text's, every line at its line of the
// file. A WARC file's answers are a page each.
var httpSource = source{
	format: FormatHTTP,
	exts:   []string{".warc", ".http", ".har"},
	sniff:  looksLikeHTTP,
	unwrap: unwrapHTTP,
}

// The kinds of capture looksLikeHTTP tells apart.
const (
	captureNone     = iota
	captureResponse // an answer, its status line first: curl -i, wget --save-headers
	captureWARC     // a WARC file's records
	captureCurlLog  // curl -v: "* " notes, "> " the request, "< " the answer's header
	captureWgetLog  // wget -S with its log and the page in one file: the header indented
	captureHAR      // a browser's HAR file: JSON, each answer's body in a string
)

func looksLikeHTTP(data []byte) bool { return captureKind(data) != captureNone }

// captureKind tells the kind of capture data begins with.
func captureKind(data []byte) int {
	head := bytes.TrimPrefix(data[:min(len(data), sniffHead)], bomUTF8)
	first, rest, _ := bytes.Cut(head, []byte{'\n'})
	first = bytes.TrimRight(first, "\r")
	switch {
	case bytes.HasPrefix(first, []byte("WARC/1.")):
		return captureWARC
	case looksLikeHAR(head):
		return captureHAR
	case statusLine(first):
		for {
			end, known, ok := scanHeader(rest)
			if !ok {
				break
			}
			if known >= 1 {
				return captureResponse
			}
			// An answer whose header names nothing a page's does (a
			// redirect's "Location:", "100 Continue" with none) above
			// the page's.
			if first, rest, _ = bytes.Cut(rest[end:], []byte{'\n'}); !statusLine(bytes.TrimRight(first, "\r")) {
				break
			}
		}
	case bytes.HasPrefix(first, []byte("* ")) || bytes.HasPrefix(first, []byte("*   Trying")):
		if bytes.Contains(head, []byte("\n< HTTP/")) {
			return captureCurlLog
		}
	case bytes.HasPrefix(first, []byte("--")) && wgetStart.MatchString(string(first)):
		if bytes.Contains(head, []byte("\n  HTTP/")) {
			return captureWgetLog
		}
	}
	return captureNone
}

// statusLine reports an HTTP answer's first line: "HTTP/1.1 200 OK",
// "HTTP/2 200".
func statusLine(line []byte) bool {
	rest, ok := bytes.CutPrefix(line, []byte("HTTP/"))
	if !ok {
		return false
	}
	_, code, ok := bytes.Cut(rest, []byte{' '})
	return ok && len(code) >= 3 && code[0] >= '1' && code[0] <= '5' && isDigit(code[1]) && isDigit(code[2])
}

func unwrapHTTP(data []byte, opts Options) (unwrapped, error) {
	data = bytes.TrimPrefix(data, bomUTF8)
	var pages []unwrapped
	var notes []note
	switch captureKind(data) {
	case captureWARC:
		pages, notes = warcPages(data, opts)
	case captureCurlLog:
		if p, ok := curlLogPage(data, opts); ok {
			pages = append(pages, p)
		}
	case captureHAR:
		pages, notes = harPages(data, opts)
	case captureWgetLog:
		pages = wgetLogPages(data, opts)
	default:
		if p, ok := responsePage(data, 1, opts); ok {
			pages = append(pages, p)
		}
	}
	if len(pages) == 0 {
		return unwrapped{}, ErrNoHTTPPage
	}
	var b strings.Builder
	var at []int
	for i, p := range pages {
		if i > 0 {
			if !strings.HasSuffix(b.String(), "\n") {
				b.WriteByte('\n') // the page before ends without a line end
				at = append(at, p.at[0])
			}
			b.WriteString("----\n")
			at = append(at, p.at[0])
		}
		b.WriteString(p.text)
		at = append(at, p.at...)
		notes = append(notes, p.notes...)
	}
	return unwrapped{text: b.String(), at: at, encoding: pages[0].encoding, notes: notes}, nil
}

// responsePage reads the answer whose status line stands at the start of
// data, on the file's line line: its page, if its body holds one.
func responsePage(data []byte, line int, opts Options) (unwrapped, bool) {
	_, rest, ok := bytes.Cut(data, []byte{'\n'})
	if !ok {
		return unwrapped{}, false
	}
	p := readPart(rest, line+1)
	if first, _, _ := bytes.Cut(p.body, []byte{'\n'}); statusLine(bytes.TrimRight(first, "\r")) {
		// Another answer follows this one's header: a redirect's or
		// "100 Continue" above the page's (curl -iL).
		return responsePage(p.body, p.line, opts)
	}
	if p.header == nil {
		return unwrapped{}, false
	}
	body, lines := p.body, lineTable(p.body, p.line)
	var notes []note
	if strings.EqualFold(strings.TrimSpace(p.header.Get("Transfer-Encoding")), "chunked") && chunkSizeLine(p.body) {
		// Sent in chunks, and saved so (curl --raw, a WARC file); curl
		// -i saves the body joined, the header as it was.
		var ok bool
		if body, lines, ok = dechunk(p.body, p.line); !ok {
			body, lines = p.body, lineTable(p.body, p.line)
			notes = append(notes, note{line: p.line, kind: WarnEncoding, perPage: true,
				message: "the body, sent in chunks, does not add up to them (its line ends changed, or it was cut); read as it stands, with the chunks' sizes in its text"})
		}
	}
	u, ok := bodyPage(&p, body, lines, opts)
	u.notes = append(notes, u.notes...)
	return u, ok
}

// chunkSizeLine reports a body whose first line is a chunk's size in hex.
func chunkSizeLine(body []byte) bool {
	first, _, _ := bytes.Cut(body, []byte{'\n'})
	first = bytes.TrimSpace(bytes.TrimRight(first, "\r"))
	if i := bytes.IndexByte(first, ';'); i >= 0 {
		first = first[:i]
	}
	_, err := strconv.ParseUint(string(first), 16, 31)
	return len(first) > 0 && err == nil
}

// bodyPage reads an answer's body, uncompressed, as the page its type
// says: HTML as a saved page, text as a text's.
func bodyPage(p *mimePart, body []byte, lines []int, opts Options) (unwrapped, bool) {
	if enc := strings.ToLower(strings.TrimSpace(p.header.Get("Content-Encoding"))); (enc == "gzip" || enc == "x-gzip") && bytes.HasPrefix(body, []byte{0x1f, 0x8b}) {
		r, err := gzip.NewReader(bytes.NewReader(body))
		if err != nil {
			return unwrapped{}, false
		}
		plain, err := io.ReadAll(io.LimitReader(r, maxUncompressed+1))
		if err != nil || len(plain) > maxUncompressed {
			return unwrapped{}, false // broken, or no page's size
		}
		// The compressed bytes have no lines: every line of the page is
		// the body's first.
		body, lines = plain, nil
	}
	lineOf := func(n int) int {
		if lines == nil {
			return p.line
		}
		return lineAt(lines, n)
	}
	force := opts.Encoding
	var notes []note
	if force == "" {
		force, notes = p.charsetOf(body)
	}
	switch p.mediaType {
	case "text/html", "application/xhtml+xml":
		doc, encoding, docNotes, err := decodeHTML(body, force)
		if err != nil {
			return unwrapped{}, false
		}
		for _, n := range docNotes {
			n.line = lineOf(n.line)
			notes = append(notes, n)
		}
		text, at := headedTables(htmlLines(doc))
		for i := range at {
			at[i] = lineOf(at[i])
		}
		if len(at) == 0 {
			return unwrapped{}, false
		}
		return unwrapped{text: finishText(text), at: at, encoding: encoding, notes: notes}, true
	case "text/plain":
		d, err := decode(body, force)
		if err != nil {
			return unwrapped{}, false
		}
		var at []int
		for n := range strings.Count(d.text, "\n") + 1 {
			at = append(at, lineOf(n+1))
		}
		u := textOf(d.text, at, d.encoding, append(notes, encodingNotes(d, at)...))
		if u.text == "" {
			return unwrapped{}, false
		}
		return u, true
	case "application/json", "text/json", "application/xml", "text/xml":
		// An API's answer: the record as JSON or XML, read as a file of
		// its kind is, each line at its line of the capture.
		src := &jsonSource
		if strings.HasSuffix(p.mediaType, "/xml") {
			src = &xmlSource
		}
		u, err := src.unwrap(body, Options{Encoding: force})
		if err != nil || strings.TrimSpace(u.text) == "" {
			return unwrapped{}, false
		}
		at := u.at
		if at == nil {
			at = make([]int, strings.Count(u.text, "\n")+1)
			for i := range at {
				at[i] = i + 1
			}
		}
		for i := range at {
			at[i] = lineOf(at[i])
		}
		for i := range u.notes {
			u.notes[i].line = lineOf(u.notes[i].line)
		}
		u.at, u.notes = at, append(notes, u.notes...)
		return u, true
	}
	return unwrapped{}, false
}

// curlDataNote is curl's note of the data it took or sent, in its log.
var curlDataNote = lazyRE(`^[{}] \[\d+ bytes data\]$`)

// maxUncompressed bounds a compressed body read uncompressed: a project's
// page is a few hundred kilobytes at most.
const maxUncompressed = 64 << 20

// dechunk joins a body sent in chunks ("365\r\n" … "\r\n0\r\n\r\n"), and
// returns the file's line of each of its lines, first on the file's line
// first. A chunk's size may stand inside a line of the page. ok is false
// for a body whose chunks do not add up: cut off, or its line ends
// changed since.
func dechunk(body []byte, first int) (data []byte, at []int, ok bool) {
	var out []byte
	lines := []int{first}
	line := first // the file's line at pos
	for pos := 0; pos < len(body); {
		end := bytes.IndexByte(body[pos:], '\n')
		if end < 0 {
			return out, lines, false
		}
		sizeLine := bytes.TrimRight(body[pos:pos+end], "\r")
		if i := bytes.IndexByte(sizeLine, ';'); i >= 0 {
			sizeLine = sizeLine[:i] // a chunk's extensions
		}
		size, err := strconv.ParseUint(string(bytes.TrimSpace(sizeLine)), 16, 31)
		if err != nil {
			return out, lines, false
		}
		if size == 0 {
			return out, lines, true // the last chunk
		}
		pos += end + 1
		line++
		chunk := body[pos:min(len(body), pos+int(size))]
		for _, c := range chunk {
			out = append(out, c)
			if c == '\n' {
				line++
				lines = append(lines, line)
			}
		}
		pos += len(chunk)
		// The chunk's closing line end.
		if rest := body[pos:]; bytes.HasPrefix(rest, []byte("\r\n")) {
			pos += 2
			line++
		} else if bytes.HasPrefix(rest, []byte("\n")) {
			pos++
			line++
		} else if len(rest) > 0 {
			return out, lines, false // the chunk is not as long as it says
		}
	}
	return out, lines, false // no last chunk: cut off
}

// warcPages reads the answers in a WARC file's response records, and the
// documents in its resource records, a page each; the file's own records
// (warcinfo, requests, metadata) hold none. A record begins on a line of
// its own with its version ("WARC/1.1"), its header ends at a blank line,
// and its block is as long as its header says, or up to the next
// record's version line where it says more.
func warcPages(data []byte, opts Options) (pages []unwrapped, notes []note) {
	others, first := 0, 0 // the records of answers that hold no page, the first's line
	for pos, line := 0, 1; pos < len(data); {
		next := bytes.Index(data[pos:], []byte("WARC/1."))
		if next < 0 {
			break
		}
		if pos+next > 0 && data[pos+next-1] != '\n' {
			// Not a record's first line: on past it.
			line += bytes.Count(data[pos:pos+next+1], []byte{'\n'})
			pos += next + 1
			continue
		}
		line += bytes.Count(data[pos:pos+next], []byte{'\n'})
		pos += next
		start, recLine := pos, line
		headStart := bytes.IndexByte(data[pos:], '\n')
		if headStart < 0 {
			break
		}
		headStart += pos + 1
		blank := blankLine(data[headStart:])
		if blank < 0 {
			break // no header ends: no record follows
		}
		headEnd := headStart + blank
		rec := readPart(data[headStart:headEnd], recLine+1)
		size, err := strconv.Atoi(strings.TrimSpace(rec.header.Get("Content-Length")))
		if err != nil || size < 0 {
			line += bytes.Count(data[start:headEnd], []byte{'\n'})
			pos = headEnd
			continue
		}
		blockEnd := min(len(data), headEnd+size)
		if cut := nextRecord(data[headEnd:blockEnd]); cut >= 0 {
			blockEnd = headEnd + cut
			notes = append(notes, note{line: recLine, kind: WarnEncoding, whole: true,
				message: "the WARC record says it is longer than it is: the next record's header stands inside it; read up to it"})
		}
		blockLine := recLine + bytes.Count(data[start:headEnd], []byte{'\n'})
		block := data[headEnd:blockEnd]
		ctype := strings.ToLower(rec.header.Get("Content-Type"))
		switch kind := strings.ToLower(rec.header.Get("WARC-Type")); {
		case kind == "response" && strings.HasPrefix(ctype, "application/http"):
			if p, ok := responsePage(block, blockLine, opts); ok {
				pages = append(pages, p)
			} else if others++; others == 1 {
				first = recLine
			}
		case kind == "resource":
			// A document kept as it is, its type in the record's header.
			doc := rec
			doc.body, doc.line = block, blockLine
			if p, ok := bodyPage(&doc, block, lineTable(block, blockLine), opts); ok {
				pages = append(pages, p)
			} else if others++; others == 1 {
				first = recLine
			}
		}
		line += bytes.Count(data[start:blockEnd], []byte{'\n'})
		pos = blockEnd
	}
	if others > 0 {
		notes = append(notes, note{line: first, kind: WarnUnused, whole: true, perPage: true,
			message: fmt.Sprintf("%d of the WARC file's records hold no page (a redirect, an image, a style sheet, an answer cut short), the first on this line; left out", others)})
	}
	return pages, notes
}

// blankLine returns where the first blank line of data ends, or -1.
func blankLine(data []byte) int {
	for i := 0; i < len(data); {
		end := bytes.IndexByte(data[i:], '\n')
		if end < 0 {
			return -1
		}
		if len(bytes.TrimRight(data[i:i+end], "\r")) == 0 {
			return i + end + 1
		}
		i += end + 1
	}
	return -1
}

// nextRecord returns where a WARC record's version line and type stand on
// a line of block, the next record's inside a block that says it is
// longer than it is; or -1.
func nextRecord(block []byte) int {
	for i := 0; ; {
		j := bytes.Index(block[i:], []byte("\nWARC/1."))
		if j < 0 {
			return -1
		}
		at := i + j + 1
		if _, rest, ok := bytes.Cut(block[at:], []byte{'\n'}); ok && bytes.HasPrefix(rest, []byte("WARC-")) {
			return at
		}
		i = at
	}
}

// loggedHeader reads the header of an answer that a log writes a line at
// a time after mark, from its status line at at ("< HTTP/2 200" after
// curl -v's "<", "  HTTP/1.1 200 OK" after wget -S's two spaces): the
// header's lines without mark, each status line among them (a
// redirect's) left out, and the line of the header's first field. The
// header ends at a line of mark alone, which is read, or at a line without
// mark, which is not, and broke is true. pos and line are where the lines
// after the header begin, and the number of the first; the header's
// lines end with a blank line, as a header does.
func loggedHeader(data []byte, at int, mark string) (head []byte, headLine, pos, line int, broke bool) {
	pos, line = at, 1+bytes.Count(data[:at], []byte{'\n'})
	headLine = line + 1 // the line below the status line
	for pos < len(data) {
		end := len(data)
		if i := bytes.IndexByte(data[pos:], '\n'); i >= 0 {
			end = pos + i + 1
		}
		rest, ok := bytes.CutPrefix(bytes.TrimRight(data[pos:end], "\r\n"), []byte(mark))
		if !ok {
			return append(head, '\n'), headLine, pos, line, true
		}
		pos, line = end, line+1
		if rest = bytes.TrimLeft(rest, " "); len(rest) == 0 {
			break
		}
		if !statusLine(rest) {
			head = append(append(head, rest...), '\n')
		}
	}
	return append(head, '\n'), headLine, pos, line, false
}

// curlLogPage reads the answer a `curl -v` log holds: the last answer's
// header is the lines that begin "< " below its status line ("< HTTP/2
// 200"; a redirect's stand above it), its body what follows them, up to
// curl's own closing note ("* Connection #0 to host … left intact"),
// which may stand at the end of the body's last line.
func curlLogPage(data []byte, opts Options) (unwrapped, bool) {
	status := bytes.LastIndex(data, []byte("\n< HTTP/"))
	if status < 0 {
		return unwrapped{}, false
	}
	head, headLine, pos, line, broke := loggedHeader(data, status+1, "<")
	if broke {
		return unwrapped{}, false // the header broke off
	}
	body := data[pos:]
	for _, closing := range [][]byte{[]byte("* Connection #"), []byte("* Closing connection")} {
		if i := bytes.LastIndex(body, closing); i >= 0 {
			body = body[:i]
		}
	}
	if bytes.Contains(body, []byte(" bytes data]")) {
		// curl's notes of the data it took, between the body's lines
		// ("{ [999 bytes data]"): blanked, the lines kept.
		body = bytes.Clone(body)
		for line := range bytes.Lines(body) {
			if curlDataNote.MatchString(string(bytes.TrimRight(line, "\r\n"))) {
				spaceOut(line)
			}
		}
	}
	p := readPart(head, headLine)
	if p.header == nil {
		return unwrapped{}, false
	}
	p.line = line
	return bodyPage(&p, body, lineTable(body, line), opts)
}

var (
	// wgetStart is the line wget's log begins a fetch with: "--2024-12-03
	// 10:12:33--  https://www.esf.se/…".
	wgetStart = lazyRE(`^--\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}--  \S`)
	// wgetEnd is the line it ends one with: "2024-12-03 10:12:33 (1,21
	// MB/s) - written to stdout [231/231]", "… - 'sida.html' saved […]".
	wgetEnd = lazyRE(`^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} \([^)]*\) - `)
)

// wgetLogPages reads the page of each fetch of wget -S's log saved with
// the pages in one file ("wget -S -O - URL1 URL2 > sidor.txt 2>&1"), each
// fetch from its line "--2024-12-03 10:12:33--  URL" to the next's.
func wgetLogPages(data []byte, opts Options) []unwrapped {
	var starts []int
	for at := 0; at < len(data); {
		next := len(data)
		if i := bytes.IndexByte(data[at:], '\n'); i >= 0 {
			next = at + i + 1
		}
		if data[at] == '-' && wgetStart.MatchString(string(data[at:next])) {
			starts = append(starts, at)
		}
		at = next
	}
	var pages []unwrapped
	for k, start := range starts {
		end := len(data)
		if k+1 < len(starts) {
			end = starts[k+1]
		}
		if p, ok := wgetLogPage(data[:end], start, opts); ok {
			pages = append(pages, p)
		}
	}
	return pages
}

// wgetNote is a line of wget's own between an answer's header and its
// body: the length, where it saves, its progress, a blank line.
var wgetNote = lazyRE(`^(?:Length: |Saving to: |\s*$|\s+\d+K[ .,]*(?:\d+%|$))`)

// wgetLogPage reads the page of the fetch of wget -S's log that begins at
// start and ends at data's end: the last answer's header, each line
// indented two spaces below "HTTP request sent", and the page, its body
// from the first line below wget's notes (wgetNote) to the line that ends
// the fetch. The log's lines are left out.
func wgetLogPage(data []byte, start int, opts Options) (unwrapped, bool) {
	status := bytes.LastIndex(data, []byte("\n  HTTP/"))
	if status < start {
		return unwrapped{}, false
	}
	head, headLine, pos, line, _ := loggedHeader(data, status+1, "  ")
	// The page begins below wget's notes ("Length:", "Saving to:", its
	// progress), which stand between it and the header.
	for pos < len(data) {
		end := len(data)
		if i := bytes.IndexByte(data[pos:], '\n'); i >= 0 {
			end = pos + i + 1
		}
		if !wgetNote.MatchString(string(bytes.TrimRight(data[pos:end], "\r\n"))) {
			break
		}
		pos, line = end, line+1
	}
	if pos >= len(data) {
		return unwrapped{}, false
	}
	body := data[pos:]
	for at := 0; at < len(body); {
		next := len(body)
		if i := bytes.IndexByte(body[at:], '\n'); i >= 0 {
			next = at + i + 1
		}
		if wgetEnd.MatchString(string(body[at:next])) {
			body = body[:at]
			break
		}
		at = next
	}
	p := readPart(head, headLine)
	if p.header == nil {
		return unwrapped{}, false
	}
	p.line = line
	return bodyPage(&p, body, lineTable(body, line), opts)
}
