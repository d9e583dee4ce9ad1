package parser

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	stdhtml "html"
	"io"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html/atom"
	"golang.org/x/text/unicode/norm"
)

// FormatXML is Source.Format for a page's fields kept as XML: an export
// of the project bank's data, a web service's answer (SOAP), a feed of
// projects (RSS, Atom).
const FormatXML = "xml"

// xmlSource reads the pages of an XML input. An element that holds a
// project's fields is a page: each field, an element
// (<Projektägare>…</Projektägare>, <BeviljatESFStod>, <projekt_agare>)
// or a label and its value (<falt namn="Projektägare">…</falt>, <falt
// namn="…" varde="…"/>), becomes the line a page shows it on, "Label:
// value", on the line of the input where it stands; a section's text
// keeps each of its lines on its own. Wrappers (a SOAP envelope, its
// body and response, a feed's channel) are no fields, and an element
// repeated under one is a page each. A feed's item or entry is a page:
// its title, and its description or content, HTML escaped, in CDATA or
// as XHTML, laid out as a saved page is (htmlLines). XML that is broken
// or cut short is read as far as it goes and on from the next tag, each
// break a warning on its line.
var xmlSource = source{
	format: FormatXML,
	exts:   []string{".xml", ".rss", ".atom", ".opml", ".tmx", ".xlf", ".xliff"},
	sniff:  looksLikeXML,
	unwrap: unwrapXML,
}

func unwrapXML(data []byte, opts Options) (unwrapped, error) {
	d, notes, err := decodeXML(data, opts.Encoding)
	if err != nil {
		return unwrapped{}, err
	}
	doc := readXML(d.text)
	text, at := doc.layout()
	notes = append(notes, doc.notes...)
	text, pasted := unpaste(text, at, false)
	notes = append(notes, pasted...)
	text, soft := normalizeTypography(text)
	return unwrapped{text: text, at: composeLines(soft, at), encoding: d.encoding, notes: notes}, nil
}

// looksLikeXML reports an input that is XML whatever its name: it begins
// with an XML declaration ("<?xml"), or with an element that is no HTML
// element and holds elements and no text of its own, with nothing but
// elements after it. A page that begins with a tag a copy left ("<b>Namn:</b>
// …"), a chat's sender ("<anna> Hej") or a "<" of its own ("<5 år") is
// text; a saved web page, XHTML too, is HTML.
func looksLikeXML(data []byte) bool {
	head := bytes.TrimLeft(bytes.TrimPrefix(data[:min(len(data), 64)], bomUTF8), " \t\r\n")
	utf16 := bytes.HasPrefix(data, bomUTF16LE) || bytes.HasPrefix(data, bomUTF16BE)
	if !utf16 && (len(head) == 0 || head[0] != '<') {
		return false
	}
	text := strings.TrimLeft(sniffText(data), " \t\r\n")
	if !strings.HasPrefix(text, "<") {
		return false
	}
	declared := strings.HasPrefix(text, "<?xml")
	dec := newXMLDecoder(text)
	depth, elements, closed := 0, 0, 0
	for {
		tok, err := dec.RawToken()
		if err != nil {
			// The head may end inside the document.
			return declared || elements >= minXMLElements && closed >= 1
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if elements == 0 {
				name := strings.ToLower(t.Name.Local)
				if name == "html" || !declared && t.Name.Space == "" && htmlElement(name) {
					return false
				}
				if declared {
					return true
				}
			}
			depth++
			elements++
		case xml.EndElement:
			if depth--; depth < 0 {
				return false
			}
			if depth > 0 {
				closed++
			}
		case xml.CharData:
			if depth <= 1 && elements > 0 && len(bytes.TrimSpace(t)) > 0 {
				// Text in the first element or after it: a page's, or
				// a chat's lines after the sender ("<anna> Hej").
				return false
			}
		case xml.Directive:
			if elements == 0 && bytes.HasPrefix(bytes.ToLower(t), []byte("doctype html")) {
				return false
			}
		}
	}
}

// minXMLElements is how many elements an input with no XML declaration
// opens before it is taken for XML: a page that begins with one tag left
// by a copy has it alone, an export its element and the fields inside.
const minXMLElements = 2

// htmlElement reports the name of an element of HTML: a page that begins
// with one is a fragment of a web page copied, not XML.
func htmlElement(name string) bool {
	a := atom.Lookup([]byte(name))
	if a == 0 {
		return false
	}
	_, block := htmlRoles[a]
	return block || markupElements[a]
}

// markupElements are the elements of HTML that mark text up in an XML
// element's content: a feed's XHTML, a field's emphasis.
var markupElements = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Br: true, atom.Span: true, atom.B: true, atom.Strong: true,
	atom.I: true, atom.Em: true, atom.U: true, atom.A: true, atom.Ul: true, atom.Ol: true, atom.Li: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Table: true, atom.Tr: true, atom.Td: true, atom.Th: true, atom.Tbody: true, atom.Thead: true,
	atom.Dl: true, atom.Dt: true, atom.Dd: true, atom.Blockquote: true, atom.Pre: true, atom.Font: true,
	atom.Sup: true, atom.Sub: true, atom.Hr: true, atom.Img: true, atom.Small: true, atom.Big: true,
	atom.S: true, atom.Strike: true, atom.Code: true, atom.Center: true,
}

// newXMLDecoder returns a decoder of text, which is UTF-8 whatever its
// declaration says, that reads as much as it can: HTML's entities, an
// attribute without quotes.
func newXMLDecoder(text string) *xml.Decoder {
	dec := xml.NewDecoder(strings.NewReader(text))
	dec.Strict = false
	dec.Entity = xml.HTMLEntity
	dec.CharsetReader = func(_ string, r io.Reader) (io.Reader, error) { return r, nil }
	return dec
}

// decodeXML decodes an XML input: a forced encoding, else the encoding
// its declaration names when the bytes are not UTF-8, else the bytes as
// any page's. Input that is not text is not, whatever it declares. A
// declared single-byte encoding that the bytes contradict, being UTF-8
// with letters that need it, is a page converted and saved again: the
// bytes win, with a note on the declaration's line.
func decodeXML(data []byte, force string) (decoded, []note, error) {
	d, err := decode(data, force)
	if err != nil {
		return decoded{}, nil, err
	}
	notes := encodingNotes(d, nil)
	name, line := xmlDeclaredEncoding(data)
	if force != "" || name == "" {
		return d, notes, nil
	}
	_, canonical, err := lookupEncoding(name)
	switch {
	case err != nil, canonical == EncodingUTF8, strings.HasPrefix(canonical, "utf-16"):
		// The bytes tell these as well as the declaration.
	case utf8.Valid(data):
		if hasMultiByte(data) {
			notes = append(notes, note{line: line, kind: WarnEncoding,
				message: "the XML declares " + name + " but its bytes are UTF-8; read as UTF-8"})
		}
	default:
		if declared, err := decode(data, name); err == nil {
			return declared, nil, nil
		}
	}
	return d, notes, nil
}

// xmlDeclaration is the encoding an XML declaration names.
var xmlDeclaration = lazyRE(`^<\?xml[^>]*?\sencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']`)

// xmlDeclaredEncoding returns the encoding the input's XML declaration
// names and the declaration's line, or "".
func xmlDeclaredEncoding(data []byte) (string, int) {
	head := bytes.TrimPrefix(data[:min(len(data), 512)], bomUTF8)
	trimmed := bytes.TrimLeft(head, " \t\r\n")
	if !bytes.HasPrefix(trimmed, []byte("<?xml")) {
		return "", 0
	}
	m := xmlDeclaration.FindStringSubmatch(string(trimmed))
	if m == nil {
		return "", 0
	}
	return m[1], 1 + bytes.Count(head[:len(head)-len(trimmed)], []byte{'\n'})
}

// xmlDoc is an XML input read into its elements, each with the offsets
// and lines of its parts.
type xmlDoc struct {
	text string
	// starts are the offsets in text where its lines begin, as the
	// reader splits them (at CRLF, CR or LF).
	starts []int
	// root holds the input's top-level elements and text.
	root  *xmlNode
	notes []note
}

// xmlNode is one element.
type xmlNode struct {
	name, space string // its local name and its prefix, as written
	attrs       []xmlAttr
	line        int // the line of its start tag
	parts       []xmlPart
	// from and to are the offsets of its content in the text: after
	// its start tag, before its end tag or where the input ends.
	from, to int
	// elements counts the elements it holds; text marks text beside
	// them that is not white space alone.
	elements int
	text     bool
	// htmlOnly marks an element of HTML holding only HTML; markup, one
	// that is or holds an element that marks text up (markupElements);
	// kidsHTML, one whose elements are each htmlOnly.
	htmlOnly, markup, kidsHTML bool
}

// onlyElement returns the one element n holds, or nil.
func (n *xmlNode) onlyElement() *xmlNode {
	var only *xmlNode
	for _, p := range n.parts {
		if p.node != nil {
			if only != nil {
				return nil
			}
			only = p.node
		}
	}
	return only
}

// html reports an element whose content is HTML: text marked up by
// elements of HTML alone (<content type="xhtml"><div>…</div></content>,
// <Kontakt>Anna <b>Svensson</b></Kontakt>), or an element of HTML.
func (n *xmlNode) html() bool {
	return n.markup && n.kidsHTML && (n.elements > 0 || n.htmlOnly)
}

type xmlAttr struct {
	name, space, value string
	line               int
}

// xmlPart is an element, or a run of text or CDATA by its offsets.
type xmlPart struct {
	node     *xmlNode
	from, to int
	cdata    bool
}

// readXML reads text's elements. Where the XML is broken, the decoder
// begins again at the next tag with the elements still open, so that
// what follows a break is read; each break is a note.
func readXML(text string) *xmlDoc {
	x := &xmlDoc{text: text, root: &xmlNode{line: 1, to: len(text)}}
	for at := range eachLineAt(text) {
		x.starts = append(x.starts, at)
	}
	stack := []*xmlNode{x.root}
	for pos := 0; pos >= 0 && pos < len(text); {
		pos, stack = x.tokens(pos, stack)
	}
	if len(stack) > 1 {
		open := make([]string, 0, len(stack)-1)
		for _, n := range stack[1:] {
			n.to = len(text)
			open = append(open, fmt.Sprintf("<%s> (line %d)", n.qname(), n.line))
		}
		x.note(len(text), WarnUnread, "the input ends before "+strings.Join(open, ", ")+" closes: it may be cut short; what stands before its end was read")
	}
	x.mark(x.root)
	return x
}

// tokens reads the tokens of text from pos on into the open elements of
// stack until the input ends, returning -1, or the decoder stops at a
// break, returning where to begin again.
func (x *xmlDoc) tokens(pos int, stack []*xmlNode) (int, []*xmlNode) {
	dec := newXMLDecoder(x.text[pos:])
	for {
		start := pos + int(dec.InputOffset())
		tok, err := dec.RawToken()
		if err == io.EOF {
			return -1, stack
		}
		if err != nil {
			return x.recover(start, err, stack)
		}
		end := pos + int(dec.InputOffset())
		cur := stack[len(stack)-1]
		switch t := tok.(type) {
		case xml.StartElement:
			n := x.open(t, start, end)
			cur.parts = append(cur.parts, xmlPart{node: n})
			stack = append(stack, n)
		case xml.EndElement:
			stack = x.close(t.Name, start, stack)
		case xml.CharData:
			cur.parts = append(cur.parts, xmlPart{from: start, to: end, cdata: strings.HasPrefix(x.text[start:end], "<![CDATA[")})
		}
	}
}

// open makes the element of a start tag that stands from start to end.
func (x *xmlDoc) open(t xml.StartElement, start, end int) *xmlNode {
	n := &xmlNode{name: t.Name.Local, space: t.Name.Space, line: x.lineAt(start), from: end, to: -1}
	tag := x.text[start:end]
	for _, a := range t.Attr {
		line := n.line
		if i := indexRare(tag, a.Name.Local+"="); i >= 0 {
			line = x.lineAt(start + i)
		}
		n.attrs = append(n.attrs, xmlAttr{a.Name.Local, a.Name.Space, a.Value, line})
	}
	return n
}

// close ends the open element an end tag at offset at names, and those
// opened inside it, each with a note. An end tag that names no open
// element ends the element it stands in when that holds text alone (a
// slip in its name, "<Namn>A</Nman>"); else it is left out.
func (x *xmlDoc) close(name xml.Name, at int, stack []*xmlNode) []*xmlNode {
	i := len(stack) - 1
	for i > 0 && (stack[i].name != name.Local || stack[i].space != name.Space) {
		i--
	}
	end := xmlName(name.Space, name.Local)
	if i == 0 {
		cur := stack[len(stack)-1]
		if len(stack) == 1 || slices.ContainsFunc(cur.parts, func(p xmlPart) bool { return p.node != nil }) {
			x.note(at, WarnUnread, fmt.Sprintf("the end tag </%s> closes no element that is open; left out", end))
			return stack
		}
		x.note(at, WarnUnread, fmt.Sprintf("the end tag </%s> does not match <%s> (line %d); read as its end", end, cur.qname(), cur.line))
		i = len(stack) - 1
	}
	for j := len(stack) - 1; j > i; j-- {
		stack[j].to = at
		x.notes = append(x.notes, note{line: stack[j].line, kind: WarnUnread,
			message: fmt.Sprintf("<%s> is not closed before </%s> on line %d; read as ending there", stack[j].qname(), end, x.lineAt(at))})
	}
	stack[i].to = at
	return stack[:i]
}

// recover reads past what the decoder stopped at, at offset start:
// returns where to read on (-1 at the input's end) and notes what was
// left out. A tag whose name can be read still opens or closes its
// element, its attributes left out.
func (x *xmlDoc) recover(start int, err error, stack []*xmlNode) (int, []*xmlNode) {
	if start >= len(x.text) {
		return -1, stack
	}
	rest := x.text[start:]
	cur := stack[len(stack)-1]
	var serr *xml.SyntaxError
	reason := err.Error()
	if errors.As(err, &serr) {
		reason = serr.Msg
	}
	switch {
	case strings.HasPrefix(rest, "<![CDATA["):
		end := indexRare(rest, "]]>")
		if end < 0 {
			cur.parts = append(cur.parts, xmlPart{from: start, to: len(x.text), cdata: true})
			x.note(start, WarnUnread, "the input ends inside a CDATA section that opens here: it may be cut short; its text was read")
			return -1, stack
		}
		// A character XML does not allow (a form feed of a printed
		// page): the section is read as it stands.
		end += len("]]>")
		cur.parts = append(cur.parts, xmlPart{from: start, to: start + end, cdata: true})
		return start + end, stack
	case strings.HasPrefix(rest, "<!--"):
		i := indexRare(rest, "-->")
		if i < 0 {
			x.note(start, WarnUnread, "a comment opens here and is not closed: the rest of the input, inside it, was not read")
			return -1, stack
		}
		return start + i + len("-->"), stack
	case strings.HasPrefix(rest, "<?"), strings.HasPrefix(rest, "<!"):
		// A declaration the decoder does not take (XML 1.1), a doctype:
		// no page's text.
		closer := ">"
		if rest[1] == '?' {
			closer = "?>"
		}
		i := indexRare(rest, closer)
		if i < 0 {
			return -1, stack
		}
		return start + i + len(closer), stack
	case len(rest) > 1 && rest[0] == '<' && (rest[1] == '/' || isXMLNameStart(rest[1])):
		end := len(rest)
		if i := strings.IndexAny(rest[1:], "<>"); i >= 0 {
			end = 1 + i
			if rest[end] == '>' {
				end++
			}
		}
		tag := rest[:end]
		name := xmlTagName(tag)
		switch {
		case name == "":
			x.note(start, WarnUnread, fmt.Sprintf("%s is not well-formed XML (%s); left out", quoteShort(tag), reason))
		case rest[1] == '/':
			x.note(start, WarnUnread, fmt.Sprintf("the end tag %s is not well-formed XML (%s); read as </%s>", quoteShort(tag), reason, name))
			local, space := splitXMLName(name)
			stack = x.close(xml.Name{Space: space, Local: local}, start, stack)
		default:
			x.note(start, WarnUnread, fmt.Sprintf("the tag %s is not well-formed XML (%s); read as <%s>, its attributes left out", quoteShort(tag), reason, name))
			local, space := splitXMLName(name)
			n := x.open(xml.StartElement{Name: xml.Name{Space: space, Local: local}}, start, start+end)
			cur.parts = append(cur.parts, xmlPart{node: n})
			if strings.HasSuffix(tag, "/>") {
				n.to = n.from
			} else {
				stack = append(stack, n)
			}
		}
		if end == len(rest) {
			return -1, stack
		}
		return start + end, stack
	}
	// A character that XML does not allow where it stands: a "<" or a
	// "&" in text, a control character. The text is read to the next tag.
	end := len(rest)
	if i := strings.IndexByte(rest[1:], '<'); i >= 0 {
		end = 1 + i
	}
	cur.parts = append(cur.parts, xmlPart{from: start, to: start + end})
	if !strings.HasPrefix(reason, "illegal character code") {
		// A control character (a printed page's form feed) is text as
		// it stands; a "<" or a "&" may be a tag or an entity broken.
		x.note(start, WarnUnread, fmt.Sprintf("%s is not well-formed XML (%s); read as text", quoteShort(strings.TrimSpace(rest[:min(end, maxQuotedXML)])), reason))
	}
	if end == len(rest) {
		return -1, stack
	}
	return start + end, stack
}

// maxQuotedXML bounds the text of a break a note quotes.
const maxQuotedXML = 60

// xmlTagName returns the name a broken tag opens or closes, or "".
func xmlTagName(tag string) string {
	s := strings.TrimPrefix(strings.TrimPrefix(tag, "<"), "/")
	end := 0
	for end < len(s) && (isXMLNameStart(s[end]) || s[end] == '-' || s[end] == '.' || s[end] >= '0' && s[end] <= '9') {
		end++
	}
	return s[:end]
}

// isXMLNameStart reports a byte a name may begin with: a letter, "_",
// ":", or a byte of a letter outside ASCII.
func isXMLNameStart(c byte) bool {
	return c|0x20 >= 'a' && c|0x20 <= 'z' || c == '_' || c == ':' || c >= utf8.RuneSelf
}

// splitXMLName splits "soap:Body" into its local name and its prefix.
func splitXMLName(name string) (local, space string) {
	if i := strings.IndexByte(name, ':'); i > 0 && i < len(name)-1 {
		return name[i+1:], name[:i]
	}
	return name, ""
}

func xmlName(space, local string) string {
	if space == "" {
		return local
	}
	return space + ":" + local
}

func (n *xmlNode) qname() string { return xmlName(n.space, n.name) }

// note adds a note of message at the line of offset at.
func (x *xmlDoc) note(at int, kind WarningKind, message string) {
	x.notes = append(x.notes, note{line: x.lineAt(at), kind: kind, message: message})
}

// lineAt returns the 1-based line of offset at.
func (x *xmlDoc) lineAt(at int) int {
	return max(1, sort.Search(len(x.starts), func(i int) bool { return x.starts[i] > at }))
}

// mark sets what an element holds, for it and every element inside it.
func (x *xmlDoc) mark(n *xmlNode) {
	a := atom.Lookup([]byte(strings.ToLower(n.name)))
	n.htmlOnly = n.space == "" && a != 0
	n.markup = markupElements[a] && n.htmlOnly
	n.kidsHTML = true
	for _, p := range n.parts {
		c := p.node
		if c == nil {
			n.text = n.text || !isXMLSpace(x.text[p.from:p.to], p.cdata)
			continue
		}
		x.mark(c)
		n.elements++
		n.htmlOnly = n.htmlOnly && c.htmlOnly
		n.kidsHTML = n.kidsHTML && c.htmlOnly
		n.markup = n.markup || c.markup
	}
}

// isXMLSpace reports a run of text that is white space alone; CDATA
// counts as text whatever it holds.
func isXMLSpace(s string, cdata bool) bool {
	return !cdata && strings.TrimSpace(s) == ""
}

// textOf returns the run of n's text, each line on its input line,
// entities read and CDATA as it is; the text of the elements inside n is
// not its own.
func (x *xmlDoc) textOf(n *xmlNode) textRun {
	var r textRun
	for _, p := range n.parts {
		if p.node == nil {
			x.addText(&r, p)
		}
	}
	return r
}

// addAllText adds the text of n and of the elements inside it to r.
func (x *xmlDoc) addAllText(r *textRun, n *xmlNode) {
	for _, p := range n.parts {
		if p.node != nil {
			x.addAllText(r, p.node)
		} else {
			x.addText(r, p)
		}
	}
}

// addText adds a run of text or CDATA to r, each of its lines on the
// input line it stands on; a line break that an entity writes ("&#10;")
// stands on the line of the entity.
func (x *xmlDoc) addText(r *textRun, p xmlPart) {
	from, to := p.from, p.to
	if p.cdata {
		from += len("<![CDATA[")
		if strings.HasSuffix(x.text[from:to], "]]>") {
			to -= len("]]>")
		}
	}
	for pos := from; pos < to; {
		line, next, broken := x.text[pos:to], to, false
		if i := strings.IndexAny(line, "\r\n"); i >= 0 {
			next, broken = pos+i+1, true
			if line[i] == '\r' && i+1 < len(line) && line[i+1] == '\n' {
				next++
			}
			line = line[:i]
		}
		n := x.lineAt(pos)
		if p.cdata {
			r.write(line, n)
		} else {
			s := unescapeXML(line)
			for {
				i := strings.IndexAny(s, "\r\n")
				if i < 0 {
					r.write(s, n)
					break
				}
				r.write(s[:i], n)
				r.lineBreak()
				if s[i] == '\r' && i+1 < len(s) && s[i+1] == '\n' {
					i++
				}
				s = s[i+1:]
			}
		}
		if broken {
			r.lineBreak()
		}
		pos = next
	}
}

// unescapeXML reads the entities of XML text, and HTML's, each ended by
// its semicolon; a "&" that begins none stays as written.
func unescapeXML(s string) string {
	if !containsRare(s, "&") {
		return s
	}
	var b strings.Builder
	for {
		i := strings.IndexByte(s, '&')
		if i < 0 {
			b.WriteString(s)
			return b.String()
		}
		b.WriteString(s[:i])
		s = s[i:]
		j := strings.IndexByte(s[1:min(len(s), maxEntity+3)], ';')
		if j < 0 {
			b.WriteByte('&')
			s = s[1:]
			continue
		}
		entity := s[:j+2]
		b.WriteString(stdhtml.UnescapeString(entity))
		s = s[j+2:]
	}
}

// textRun is text laid out in lines, each with its input line.
type textRun struct {
	lines []string
	at    []int
	// fresh marks a line break after the last line: the next text
	// begins a line of its own.
	fresh bool
}

// write adds s, which holds no line break, on input line n.
func (r *textRun) write(s string, n int) {
	if len(r.lines) == 0 || r.fresh {
		r.lines = append(r.lines, s)
		r.at = append(r.at, n)
		r.fresh = false
		return
	}
	r.lines[len(r.lines)-1] += s
}

func (r *textRun) lineBreak() { r.fresh = true }

// add appends line s on input line n, as a line of its own.
func (r *textRun) add(s string, n int) {
	r.lines = append(r.lines, s)
	r.at = append(r.at, n)
	r.fresh = true
}

// blank reports a run of white space alone.
func (r *textRun) blank() bool {
	for _, l := range r.lines {
		if strings.TrimSpace(l) != "" {
			return false
		}
	}
	return true
}

// trimmed returns the run without its blank first and last lines and the
// indent all its lines share. White space at a line's end stays: a
// signature's "-- " is told by it.
func (r textRun) trimmed() textRun {
	first, last := 0, len(r.lines)
	for first < last && strings.TrimSpace(r.lines[first]) == "" {
		first++
	}
	for last > first && strings.TrimSpace(r.lines[last-1]) == "" {
		last--
	}
	out := textRun{lines: make([]string, 0, last-first), at: r.at[first:last]}
	indent := -1
	for _, l := range r.lines[first:last] {
		if t := strings.TrimLeft(l, " \t"); t != "" && (indent < 0 || len(l)-len(t) < indent) {
			indent = len(l) - len(t)
		}
	}
	for _, l := range r.lines[first:last] {
		if strings.TrimSpace(l) == "" {
			l = ""
		}
		if len(l) >= indent && strings.TrimLeft(l[:max(indent, 0)], " \t") == "" {
			l = l[max(indent, 0):]
		}
		out.lines = append(out.lines, l)
	}
	return out
}

// xmlField is one field of a page: a label and its value's lines, a
// list's items, or lines of the page's own text (no label).
type xmlField struct {
	label string
	value textRun
	line  int // the line of its label
	list  bool
	// title marks the page's title, laid out where it stands.
	title bool
}

// xmlText lays out the pages of an XML input as text, each line with its
// input line.
type xmlText struct {
	doc   *xmlDoc
	b     strings.Builder
	at    []int
	pages int
	// joined marks lines that stand above the next page as its own: no
	// separator goes between them.
	joined bool
	// blank marks a blank last line; pageStart is the first line of the
	// page being laid out.
	blank     bool
	pageStart int
	// pairs holds the elements labelValue read: the field, or one of no
	// line for an element that is none.
	pairs map[*xmlNode]xmlField
}

// layout returns the text of the input's pages and the input line of
// each of its lines.
func (x *xmlDoc) layout() (string, []int) {
	if text, at, ok := x.opmlLayout(); ok {
		return text, at
	}
	if text, at, ok := x.tmxLayout(); ok {
		return text, at
	}
	if text, at, ok := x.kmlLayout(); ok {
		return text, at
	}
	t := &xmlText{doc: x}
	t.walk(x.root, nil)
	return t.b.String(), t.at
}

// wrapperNames are the elements that wrap pages and are no fields: a SOAP
// message's envelope and body, a feed's.
var wrapperNames = map[string]bool{"envelope": true, "body": true, "rss": true, "rdf": true, "channel": true, "feed": true}

// feedItems are a feed's pages.
var feedItems = map[string]bool{"item": true, "entry": true}

// feedMeta are the elements of a feed that describe it, not a project.
var feedMeta = map[string]bool{"image": true, "textinput": true, "author": true, "contributor": true, "category": true,
	"cloud": true, "skiphours": true, "skipdays": true, "generator": true, "link": true, "source": true, "title": true,
	"subtitle": true, "description": true, "id": true, "updated": true, "rights": true, "icon": true, "logo": true}

// walk lays out the pages n holds, or n as a page; parent is the element
// n stands in, nil for the input's top. A wrapper, or the top, that holds
// fields of its own (<body><Namn>…</Namn>…</body>, elements of fields with
// no element round them) is read as any element is.
func (t *xmlText) walk(n, parent *xmlNode) {
	name := strings.ToLower(n.name)
	switch {
	case parent != nil && name == "header" && strings.EqualFold(parent.name, "envelope"):
		// A SOAP message's header: the call's, no page's.
	case (parent == nil || wrapperNames[name]) && (hasFeedItems(n) || t.knownFields(n) == 0):
		t.wrapper(n, name == "channel" || name == "feed")
	case n.html():
		t.page(n)
	default:
		if !t.pagesInside(n) {
			t.page(n)
		}
	}
}

// wrapper lays out the pages of an element that wraps them. Its own
// fields, no page's (a SOAP answer's <Status>), stand above its first
// page; a feed's own title, link and description are no page's at all.
func (t *xmlText) wrapper(n *xmlNode, feed bool) {
	own := func(c *xmlNode) bool {
		if _, ok := t.labelValue(c); ok {
			return true
		}
		return c.elements == 0 && !attrRecord(c)
	}
	var head []xmlField
	for _, p := range n.parts {
		if c := p.node; c != nil && !feed && own(c) {
			t.child(c, &head, false)
		}
	}
	if t.layoutPage(head, n.line) {
		t.joined = true
	}
	var loose textRun
	for _, p := range n.parts {
		c := p.node
		if c == nil {
			t.doc.addText(&loose, p)
			continue
		}
		t.looseText(loose)
		loose = textRun{}
		if !own(c) && (!feed || feedItems[strings.ToLower(c.name)] || !feedMeta[strings.ToLower(c.name)]) {
			t.walk(c, n)
		}
	}
	t.looseText(loose)
}

// hasFeedItems reports an element that holds a feed's items or entries.
func hasFeedItems(n *xmlNode) bool {
	return slices.ContainsFunc(n.parts, func(p xmlPart) bool {
		return p.node != nil && feedItems[strings.ToLower(p.node.name)]
	})
}

// looseText lays out text that stands outside every element of a page,
// as a page of its own lines, with a note.
func (t *xmlText) looseText(r textRun) {
	if r.blank() {
		return
	}
	r = r.trimmed()
	t.doc.notes = append(t.doc.notes, note{line: r.at[0], kind: WarnUnlabelled,
		message: "text stands outside the XML's elements; read as the lines of a page"})
	t.layoutPage([]xmlField{{value: r, line: r.at[0]}}, r.at[0])
}

// pagesInside lays out the pages of an element that repeats one element
// holding fields (<projekter><projekt>…</projekt><projekt>…</projekt>),
// and reports whether it did: an element with fields of its own is one
// page, whose repeated elements are its lists, and so is one whose
// repeated elements are named by a label (<Medfinansiar>). The wrapper's
// other fields stand above its first page.
func (t *xmlText) pagesInside(n *xmlNode) bool {
	counts := map[string]int{}
	repeated := false
	for _, p := range n.parts {
		if c := p.node; c != nil && t.record(c) && xmlNames()[xmlNameKey(c.name)] == nil {
			counts[c.qname()]++
			repeated = repeated || counts[c.qname()] >= 2
		}
	}
	if !repeated || t.knownFields(n) >= minXMLPageFields {
		return false
	}
	var head []xmlField
	for _, a := range n.attrs {
		if !namespaceAttr(a) {
			head = append(head, xmlField{label: xmlLabel(a.name), value: lineValue(a.value, a.line), line: a.line})
		}
	}
	for _, p := range n.parts {
		if c := p.node; c != nil && (counts[c.qname()] < 2 || !t.record(c)) {
			t.child(c, &head, false)
		}
	}
	if t.layoutPage(head, n.line) {
		t.joined = true
	}
	for _, p := range n.parts {
		if c := p.node; c != nil && counts[c.qname()] >= 2 && t.record(c) {
			t.walk(c, n)
		}
	}
	return true
}

// minXMLPageFields is how many fields of known labels make an element a
// page, whatever it repeats inside: a project's cofinanciers, each an
// element of its fields, are one page's list.
const minXMLPageFields = 2

// knownFields counts the elements and attributes of n that are fields of
// labels esf knows.
func (t *xmlText) knownFields(n *xmlNode) int {
	k := 0
	for _, a := range n.attrs {
		if xmlNames()[xmlNameKey(a.name)] != nil {
			k++
		}
	}
	for _, p := range n.parts {
		c := p.node
		if c == nil {
			continue
		}
		if f, ok := t.labelValue(c); ok {
			if fieldLabel(f.label) {
				k++
			}
		} else if c.elements == 0 && xmlNames()[xmlNameKey(c.name)] != nil {
			k++
		}
	}
	return k
}

// record reports an element that holds fields: elements, not markup, a
// list or a label and its value; or attributes alone (attrRecord).
func (t *xmlText) record(c *xmlNode) bool {
	if c.html() {
		return false
	}
	if _, ok := t.labelValue(c); ok {
		return false
	}
	if c.elements == 0 {
		return attrRecord(c)
	}
	_, list := t.listItems(c)
	return !list
}

// attrRecord reports an element of no text whose attributes are its
// fields, two or more, none of them a value's (<projekt nr="…"
// namn="…"/>; not <link href="…" rel="…"/>).
func attrRecord(c *xmlNode) bool {
	if c.elements > 0 || c.text {
		return false
	}
	n := 0
	for _, a := range c.attrs {
		if valueAttrs[xmlNameKey(a.name)] {
			return false
		}
		if !namespaceAttr(a) {
			n++
		}
	}
	return n >= 2
}

// repeatable reports an element that a list's items may be: one that
// holds elements, or a line of text under a label that holds neither a
// page's text nor a section's; not a label and its value, nor markup.
func (t *xmlText) repeatable(c *xmlNode) bool {
	if _, ok := t.labelValue(c); ok {
		return false
	}
	if c.elements > 0 {
		return !c.html()
	}
	label := xmlLabel(c.name)
	return len(t.doc.textOf(c).trimmed().lines) <= 1 && !textHolders[xmlNameKey(label)] && !titleKeys[matchKey(label)] && !isHeading(label)
}

// page lays out n as one page.
func (t *xmlText) page(n *xmlNode) {
	var fs []xmlField
	switch {
	case n.html():
		fs = append(fs, xmlField{value: t.markupValue(n), line: n.line})
	case n.elements == 0 && !attrRecord(n):
		t.child(n, &fs, false)
	default:
		t.fields(n, &fs, true, feedItems[strings.ToLower(n.name)])
	}
	t.layoutPage(fs, n.line)
}

// fields appends the fields of n to fs: its attributes, then its elements
// and its text in order. Elements repeated under n are a list. Text
// beside elements is noted, and read as n's value (a page's own lines,
// for the page's element, top). In a feed's item, an element of fields
// (an author) is one field, its values joined.
func (t *xmlText) fields(n *xmlNode, fs *[]xmlField, top, item bool) {
	for _, a := range n.attrs {
		if !namespaceAttr(a) {
			label := xmlLabel(a.name)
			if idAttrs[xmlNameKey(a.name)] && isProjectID(strings.TrimSpace(a.value)) {
				// <projekt id="2020/00634">: an element's own id that is
				// the project's number.
				label = "Projektnummer"
			}
			*fs = append(*fs, xmlField{label: label, value: lineValue(a.value, a.line), line: a.line})
		}
	}
	counts := map[string]int{}
	for _, p := range n.parts {
		if c := p.node; c != nil && t.repeatable(c) {
			counts[c.qname()]++
		}
	}
	lists := map[string]int{} // the index in fs of a repeated element's list
	var meta []*xmlNode       // a feed's item's own elements
	var run textRun
	noted := false
	flush := func() {
		if run.blank() {
			run = textRun{}
			return
		}
		r := run.trimmed()
		run = textRun{}
		if !noted && n.elements > 0 {
			noted = true
			message := fmt.Sprintf("<%s> holds text beside its elements; the text was read as its value", n.qname())
			switch {
			case n == t.doc.root:
				message = "text stands outside the XML's elements; read as the page's own lines"
			case top:
				message = fmt.Sprintf("<%s> holds text beside its elements; the text was read as the page's own lines", n.qname())
			}
			t.doc.notes = append(t.doc.notes, note{line: r.at[0], kind: WarnUnlabelled, message: message})
		}
		f := xmlField{value: t.read(r), line: r.at[0]}
		if !top {
			f.label = xmlLabel(n.name)
		}
		*fs = append(*fs, f)
	}
	for _, p := range n.parts {
		if p.node == nil {
			t.doc.addText(&run, p)
			continue
		}
		c := p.node
		if n.text && c.htmlOnly {
			// Emphasis in text beside elements: the text's.
			t.doc.addAllText(&run, c)
			continue
		}
		flush()
		switch {
		case counts[c.qname()] >= 2 && t.repeatable(c):
			v := t.itemValue(c)
			if v.blank() {
				continue
			}
			i, ok := lists[c.qname()]
			if !ok {
				i = len(*fs)
				lists[c.qname()] = i
				*fs = append(*fs, xmlField{label: xmlLabel(c.name), line: c.line, list: true})
			}
			(*fs)[i].value.add(v.lines[0], v.at[0])
		case item && t.record(c):
			*fs = append(*fs, xmlField{label: xmlLabel(c.name), value: t.itemValue(c), line: c.line})
		default:
			t.child(c, fs, item)
		}
		if item && itemMeta[strings.ToLower(c.name)] {
			meta = append(meta, c)
		}
	}
	flush()
	if len(meta) > 0 {
		names := make([]string, len(meta))
		for i, c := range meta {
			names[i] = "<" + c.qname() + ">"
		}
		t.doc.notes = append(t.doc.notes, note{line: meta[0].line, kind: WarnUnlabelled, key: KeyExtra, keyed: true,
			message: fmt.Sprintf("%s: the feed's own fields of its item, not the page's, were kept in extra", strings.Join(names, ", "))})
	}
}

// idAttrs are the attributes that give an element its own id, which is the
// project's number where it has that number's form.
var idAttrs = map[string]bool{"id": true, "nr": true, "nummer": true, "number": true, "key": true, "ref": true}

// itemMeta are the elements a feed gives each item of its own, beside the
// page it carries: its address, its id and its times.
var itemMeta = map[string]bool{"link": true, "guid": true, "pubdate": true, "id": true, "updated": true, "published": true,
	"comments": true, "category": true, "author": true, "source": true, "enclosure": true}

// itemValue returns the values of an element on one line, joined by
// commas, on the element's line: a list's item, an author. The values are
// its attributes' and its texts', its elements' in order.
func (t *xmlText) itemValue(n *xmlNode) textRun {
	var parts []string
	var run textRun
	flush := func() {
		if v := strings.Join(strings.Fields(strings.Join(t.read(run.trimmed()).lines, " ")), " "); v != "" {
			parts = append(parts, v)
		}
		run = textRun{}
	}
	var visit func(c *xmlNode)
	visit = func(c *xmlNode) {
		for _, a := range c.attrs {
			if !namespaceAttr(a) && strings.TrimSpace(a.value) != "" {
				parts = append(parts, strings.Join(strings.Fields(a.value), " "))
			}
		}
		for _, p := range c.parts {
			if p.node == nil {
				t.doc.addText(&run, p)
				continue
			}
			flush()
			visit(p.node)
		}
		flush()
	}
	visit(n)
	if len(parts) == 0 {
		return textRun{}
	}
	return lineValue(strings.Join(parts, ", "), n.line)
}

// child appends the field or fields of element c to fs: a label and its
// value, an element of text or markup, a list, an element of fields named
// by a label as that field, its values joined, or the fields of any other
// element of fields where they stand.
func (t *xmlText) child(c *xmlNode, fs *[]xmlField, item bool) {
	if f, ok := t.labelValue(c); ok {
		*fs = append(*fs, f)
		return
	}
	switch {
	case attrRecord(c):
		t.fields(c, fs, false, item)
	case c.elements == 0:
		*fs = append(*fs, xmlField{label: xmlLabel(c.name), value: t.leafValue(c), line: c.line})
	case c.html():
		*fs = append(*fs, xmlField{label: xmlLabel(c.name), value: t.markupValue(c), line: c.line})
	default:
		if items, ok := t.listItems(c); ok {
			f := xmlField{label: xmlLabel(c.name), line: c.line, list: true}
			for _, it := range items {
				if v := t.itemValue(it); !v.blank() {
					f.value.add(v.lines[0], it.line)
				}
			}
			*fs = append(*fs, f)
			return
		}
		if term := xmlNames()[xmlNameKey(c.name)]; term != nil && term.role&asLabel != 0 && !c.text {
			// <Kontaktperson><Namn>…</Namn><Epost>…</Epost></Kontaktperson>:
			// one field, in parts, which the reader reads as a contact
			// written with its address; the parts' own labels would
			// be the project's (Namn).
			*fs = append(*fs, xmlField{label: term.text, value: t.itemValue(c), line: c.line})
			return
		}
		t.fields(c, fs, false, item)
	}
}

// leafValue returns the value of an element that holds no element: its
// text, read as markup where it holds HTML; with no text, the value of
// an attribute that holds one (value, href). An attribute of a unit
// ("valuta", "currency") follows the value; the others qualify it (a
// type, a language) and are not read.
func (t *xmlText) leafValue(c *xmlNode) textRun {
	run := t.doc.textOf(c)
	if run.blank() {
		for _, a := range c.attrs {
			if valueAttrs[xmlNameKey(a.name)] {
				return lineValue(a.value, a.line)
			}
		}
		return textRun{}
	}
	r := t.read(run.trimmed())
	for _, a := range c.attrs {
		if unitAttrs[xmlNameKey(a.name)] && strings.TrimSpace(a.value) != "" && len(r.lines) > 0 {
			r.lines[len(r.lines)-1] += " " + strings.TrimSpace(a.value)
		}
	}
	return r
}

// valueAttrs are the attributes that hold an empty element's value;
// unitAttrs those that hold its unit.
var (
	valueAttrs = map[string]bool{"value": true, "varde": true, "val": true, "href": true, "url": true, "src": true, "content": true}
	unitAttrs  = map[string]bool{"valuta": true, "currency": true, "enhet": true, "unit": true}
)

// namespaceAttr reports an attribute of XML's own: a namespace's
// declaration, xml:lang, xsi:type.
func namespaceAttr(a xmlAttr) bool {
	return a.space == "xmlns" || a.space == "" && a.name == "xmlns" || a.space == "xml" || a.space == "xsi"
}

// labelValue reads an element that is one field written as a label and
// its value: <falt namn="Projektägare">…</falt>, <falt namn="…"
// varde="…"/>, <falt><namn>…</namn><varde>…</varde></falt>, the label
// keys and value keys those of JSON (labelKeys, valueKeys). Each element
// is read once, its value's notes made once.
func (t *xmlText) labelValue(c *xmlNode) (xmlField, bool) {
	if f, ok := t.pairs[c]; ok {
		return f, f.line > 0
	}
	f, ok := t.readLabelValue(c)
	if t.pairs == nil {
		t.pairs = map[*xmlNode]xmlField{}
	}
	if !ok {
		f = xmlField{}
	}
	t.pairs[c] = f
	return f, ok
}

// readLabelValue is labelValue without the memory of elements read.
func (t *xmlText) readLabelValue(c *xmlNode) (xmlField, bool) {
	for _, a := range c.attrs {
		label := strings.TrimSpace(strings.TrimRight(strings.Join(strings.Fields(a.value), " "), ":"))
		if !labelKeys[strings.ToLower(a.name)] || label == "" || namespaceAttr(a) {
			continue
		}
		// A form's field name stands for its label: "Namn_1",
		// "form1[0].Sida1[0].Region[0]".
		f := xmlField{label: formFieldName(label), line: a.line}
		for _, v := range c.attrs {
			if valueKeys[strings.ToLower(v.name)] && !namespaceAttr(v) {
				f.value = lineValue(v.value, v.line)
				return f, true
			}
		}
		switch {
		case c.elements == 0 && !c.text && len(c.attrs) > 1:
			// <projekt namn="Framtidsresan" nr="7"/>: attributes that
			// are fields, not a label and an empty value.
			return xmlField{}, false
		case c.elements == 0:
			f.value = t.read(t.doc.textOf(c).trimmed())
		case c.html():
			f.value = t.markupValue(c)
		case c.elements == 1 && !c.text && leafElement(c.onlyElement()) && !listKey(f.label):
			// <field name="Region"><value>Sydsverige</value></field>: a
			// form's data exported (XFDF), the value in an element of
			// its own, whatever its name (<text>, <varde>).
			f.value = t.read(t.doc.textOf(c.onlyElement()).trimmed())
		default:
			// <falt namn="Kommun"><post>Trelleborg</post>…</falt>: a
			// list under the label the attribute gives.
			items, ok := t.listItems(c)
			if !ok && (len(items) == 0 || !listKey(f.label)) {
				if term := xmlNames()[xmlNameKey(f.label)]; term != nil && term.role&asLabel != 0 && !c.text {
					// <falt namn="Kontaktperson"><namn>…</namn><epost>…
					// </epost></falt>: one field in parts, as
					// <Kontaktperson> is read; the parts' own labels
					// would be the project's (namn).
					var parts []string
					for _, p := range c.parts {
						if p.node != nil {
							if v := t.itemValue(p.node); !v.blank() {
								parts = append(parts, v.lines[0])
							}
						}
					}
					f.value = lineValue(strings.Join(parts, ", "), c.line)
					return f, len(parts) > 0
				}
				return xmlField{}, false
			}
			// A list's items are bulleted; under a section's label, the
			// elements are its paragraphs (<stycke>…</stycke>).
			f.list = listKey(f.label)
			for _, it := range items {
				if v := t.itemValue(it); !v.blank() {
					if !f.list && len(f.value.lines) > 0 {
						f.value.add("", it.line)
					}
					f.value.add(v.lines[0], it.line)
				}
			}
		}
		return f, true
	}
	if c.elements != 2 || c.text {
		return xmlField{}, false
	}
	var label, value *xmlNode
	for _, p := range c.parts {
		switch n := p.node; {
		case n == nil:
		case n.elements > 0:
			return xmlField{}, false
		case labelKeys[strings.ToLower(n.name)] && label == nil:
			label = n
		case valueKeys[strings.ToLower(n.name)]:
			value = n
		}
	}
	if label == nil || value == nil {
		return xmlField{}, false
	}
	text := strings.TrimSpace(strings.TrimRight(strings.Join(strings.Fields(strings.Join(t.doc.textOf(label).lines, " ")), " "), ":"))
	if text == "" {
		return xmlField{}, false
	}
	return xmlField{label: text, value: t.read(t.doc.textOf(value).trimmed()), line: label.line}, true
}

// leafElement reports an element with no element inside.
func leafElement(v *xmlNode) bool {
	return v != nil && v.elements == 0
}

// listItems returns the items of an element that is a list: two or more
// elements of one name, each of text alone or each of fields; or one,
// under a list's label (<Kommun><Post>Trelleborg</Post></Kommun>) or
// named as an item is.
func (t *xmlText) listItems(c *xmlNode) ([]*xmlNode, bool) {
	if c.text || c.elements == 0 {
		return nil, false
	}
	var items []*xmlNode
	for _, p := range c.parts {
		if n := p.node; n != nil {
			if len(items) > 0 && (n.qname() != items[0].qname() || (n.elements == 0) != (items[0].elements == 0)) {
				return nil, false
			}
			items = append(items, n)
		}
	}
	if _, ok := t.labelValue(items[0]); ok {
		return nil, false
	}
	return items, len(items) >= 2 || listKey(xmlLabel(c.name)) || listItemNames[xmlNameKey(items[0].name)]
}

// listItemNames are the names of a list's items.
var listItemNames = map[string]bool{"post": true, "item": true, "rad": true, "row": true, "value": true, "varde": true,
	"element": true, "li": true, "punkt": true}

// markupValue lays out an element of HTML as a browser shows it
// (htmlLines), each line on its input line: a feed's XHTML content.
func (t *xmlText) markupValue(c *xmlNode) textRun {
	to := c.to
	if to < c.from {
		to = len(t.doc.text)
	}
	inner := t.doc.text[c.from:to]
	if strings.IndexByte(inner, '\r') >= 0 {
		inner = strings.ReplaceAll(strings.ReplaceAll(inner, "\r\n", "\n"), "\r", "\n")
	}
	first := t.doc.lineAt(c.from)
	text, at := headedTables(htmlLines(inner))
	var r textRun
	for i, l := range splitLines(text) {
		n := first
		if i < len(at) {
			n = first + at[i] - 1
		}
		r.add(l, n)
	}
	return r
}

// markupTag finds a tag of HTML in text; blockTag one that ends a line,
// brInLine a line break that text follows on its line.
var (
	markupTag = lazyRE(`(?i)</?(?:p|div|br|h[1-6]|ul|ol|li|table|tr|td|th|dl|dt|dd|strong|b|em|i|u|span|a|blockquote|pre|font)(?:\s[^<>]*)?/?>`)
	blockTag  = lazyRE(`(?i)</?(?:p|div|h[1-6]|ul|ol|li|table|tr|dl|dt|dd|blockquote|pre)(?:\s[^<>]*)?/?>`)
	brInLine  = lazyRE(`(?i)<br\s*/?>[ \t]*\S`)
)

// read reads a run of an element's text as a page shows it: HTML (a
// feed's description, escaped or in CDATA) laid out as a browser shows
// it, each line on the input line it stands on; HTML whose tags are line
// breaks at its lines' ends, or emphasis, read line for line; tags and
// entities left in text ("&amp;amp;", a stray "</p>") read line for line
// with a note (htmlLeftovers).
func (t *xmlText) read(r textRun) textRun {
	if len(r.lines) == 0 {
		return r
	}
	s := strings.Join(r.lines, "\n")
	if read, escaped := unicodeEscapes(s); escaped != nil {
		// The escapes of letters an API wrote in its text, line for line:
		// no line end is read from one.
		t.doc.notes = linesNoted(t.doc.notes, escaped, r.at, escapesNote, true)
		s, r = read, textRun{at: r.at, lines: strings.Split(read, "\n")}
	}
	if !strings.ContainsAny(s, "<&") {
		return r
	}
	markup := markupTag.MatchString(s) && mostlyTagged(r.lines)
	if markup && (blockTag.MatchString(s) || brInLine.MatchString(s)) {
		text, at := headedTables(htmlLines(s))
		var out textRun
		for i, l := range splitLines(text) {
			n := r.at[0]
			if i < len(at) && at[i] >= 1 && at[i] <= len(r.at) {
				n = r.at[at[i]-1]
			}
			out.add(l, n)
		}
		return out
	}
	read, changed := htmlLeftovers(s)
	if changed == nil {
		return r
	}
	if !markup {
		t.doc.notes = append(t.doc.notes, leftoverNotes(changed, r.at)...)
	}
	out := textRun{at: r.at, lines: make([]string, 0, len(r.at))}
	for l := range eachLine(read) {
		if len(out.lines) < len(out.at) {
			out.lines = append(out.lines, l)
		}
	}
	for len(out.lines) < len(out.at) {
		out.lines = append(out.lines, "")
	}
	return out
}

// mostlyTagged reports lines of which half or more hold a tag of HTML:
// HTML, whose tags break its lines, not text with a tag left in it.
func mostlyTagged(lines []string) bool {
	tagged, text := 0, 0
	for _, l := range lines {
		if t := strings.TrimSpace(l); t == "" || strings.HasPrefix(t, "<?xml") || strings.HasPrefix(t, "<!DOCTYPE") {
			continue // an XHTML note's head (Evernote's ENML), no text's line
		}
		text++
		if strings.IndexByte(l, '<') >= 0 && markupTag.MatchString(l) {
			tagged++
		}
	}
	return tagged*2 >= text
}

// lineValue is a value that stands on line n: an attribute's.
func lineValue(s string, n int) textRun {
	return textRun{lines: []string{strings.Join(strings.Fields(s), " ")}, at: []int{n}}
}

// xmlNames maps the folded names of the labels and headings esf knows
// (xmlNameKey) to their terms: an element named "Projektagare",
// "projekt_agare", "ProjectOwner" or "BeviljatESFStod" names the label
// "Projektägare", "Project owner" or "Beviljat ESF-stöd", as a name of
// XML, which holds no space, writes it.
var xmlNames = sync.OnceValue(func() map[string]*term {
	m := map[string]*term{}
	for i := range terms {
		if recordKeyLabel(terms[i]) {
			continue // the key's name: its first label, below, stands for it
		}
		if k := xmlNameKey(terms[i].text); k != "" && m[k] == nil {
			m[k] = &terms[i]
		}
	}
	// esf's own names of its keys ("owner_org_number",
	// "total_budget_sek"), as a script that writes esf's fields names
	// them: each key's first label. "id" and "name" name any thing's.
	for i := range terms {
		if k := xmlNameKey(terms[i].key.String()); terms[i].key < NumRecordKeys && terms[i].key != KeyID && terms[i].key != KeyName && m[k] == nil {
			m[k] = &terms[i]
		}
	}
	return m
})

// xmlNameKey folds a name: lower case, letters without their diacritics,
// and nothing but letters and digits.
func xmlNameKey(s string) string {
	s = listFieldName(s)
	b := make([]byte, 0, len(s))
	for _, r := range norm.NFD.String(s) {
		r = unicode.ToLower(r)
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			b = append(b, byte(r))
		}
	}
	return string(b)
}

// xmlLabel is the label an element's or attribute's name stands for: a
// label or heading esf knows as pages write it; else the name's words
// parted by spaces when one is shortened with a dot ("Bevil.ESF-stod" as
// "Bevil. ESF-stod") or they shorten a label's words ("SpecifMal" as
// "Specif Mal"), which the reader and the audit then read and name; else
// the name as written ("pubDate").
func xmlLabel(name string) string {
	if t := xmlNames()[xmlNameKey(name)]; t != nil {
		return t.text
	}
	name = listFieldName(name)
	any := func(Key) bool { return true }
	words := nameWords(name)
	if words != name && (containsRare(name, ".") || labelAbbreviating(words, any) != nil) {
		return words
	}
	return name
}

// nameWords parts a name's words by spaces: at "_", after "." (an
// abbreviation's), and where a capital follows a small letter or begins
// a word after capitals ("BeviljatESFStod" as "Beviljat ESF Stod",
// "Bevil.ESF-stod" as "Bevil. ESF-stod").
func nameWords(name string) string {
	rs := []rune(name)
	var b strings.Builder
	for i, r := range rs {
		switch {
		case r == '_':
			b.WriteByte(' ')
			continue
		case r == '.':
			b.WriteString(". ")
			continue
		case i > 0 && unicode.IsUpper(r) && (unicode.IsLower(rs[i-1]) || i+1 < len(rs) && unicode.IsUpper(rs[i-1]) && unicode.IsLower(rs[i+1])):
			b.WriteByte(' ')
		}
		b.WriteRune(r)
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

// textHolders are the names of elements that hold a page's text, or a
// part of it: its lines stand as they are, under no label.
var textHolders = map[string]bool{"text": true, "content": true, "body": true, "description": true, "encoded": true,
	"innehall": true, "brodtext": true, "html": true, "message": true, "meddelande": true}

// layoutPage lays out a page's fields, whose element stands on line
// sep, and reports whether it had any: "----" before it when a page came
// before; its title first (a title's field, else its name's), or where
// it stands below lines of text, or not at all when a field that holds a
// whole page's text begins with it; each field in order (scalarsFirst);
// and a field that holds a whole page's text last, below the others,
// which are no page's (an item's link, its date).
func (t *xmlText) layoutPage(fs []xmlField, sep int) bool {
	fs = slices.DeleteFunc(slices.Clone(fs), func(f xmlField) bool { return f.value.blank() })
	if len(fs) == 0 {
		return false
	}
	if t.pages > 0 && !t.joined {
		t.line("----", sep)
	}
	t.pageStart = len(t.at)
	t.joined = false
	t.pages++
	var pages []xmlField
	fs = slices.DeleteFunc(fs, func(f xmlField) bool {
		if !f.list && len(f.value.lines) > 1 && xmlHoldsPage(f.value.lines) && !xmlSection(f.label, len(f.value.lines)) {
			pages = append(pages, f)
			return true
		}
		return false
	})
	if i := slices.IndexFunc(fs, func(f xmlField) bool {
		return !f.list && titleKeys[matchKey(f.label)] && len(f.value.trimmed().lines) == 1
	}); i >= 0 {
		f := fs[i]
		f.value, f.title = f.value.trimmed(), true
		fs = slices.Delete(fs, i, i+1)
		switch {
		case len(pages) > 0 && holdsTitle(pages[0].value, f.value.lines[0]):
			// The page's text begins with its title.
		case slices.ContainsFunc(fs[:i], xmlField.text):
			// Text above the title: the title stands where it is.
			fs = slices.Insert(fs, i, f)
		default:
			t.line(strings.TrimSpace(f.value.lines[0]), f.value.at[0])
			t.space(f.value.at[0])
		}
	} else if len(pages) == 0 {
		// A page names itself where a page shows its title, as JSON's do.
		for _, f := range fs {
			v := f.value.trimmed()
			if !f.list && len(v.lines) == 1 && isNameLabel(f.label) {
				t.line(strings.TrimSpace(v.lines[0]), v.at[0])
				t.space(v.at[0])
				break
			}
		}
	}
	for _, f := range scalarsFirst(fs) {
		t.field(f)
	}
	for _, f := range pages {
		v := f.value.trimmed()
		t.space(v.at[0])
		for i, l := range v.lines {
			t.line(l, v.at[i])
		}
	}
	return true
}

// scalarsFirst returns the fields with those of one line that follow a
// section of text moved above the first section: below a section's
// paragraphs, a page's line "Label: value" would read as more of them.
// Lines of text under no label stay where they are, as on a page.
func scalarsFirst(fs []xmlField) []xmlField {
	first := slices.IndexFunc(fs, xmlField.section)
	if first < 0 {
		return fs
	}
	out := slices.Clone(fs[:first])
	var rest []xmlField
	for _, f := range fs[first:] {
		if f.scalar() {
			out = append(out, f)
		} else {
			rest = append(rest, f)
		}
	}
	return append(out, rest...)
}

// section reports a field laid out as a section: its heading, then its
// lines.
func (f xmlField) section() bool {
	return !f.list && !f.title && f.label != "" && xmlSection(f.label, len(f.value.trimmed().lines))
}

// scalar reports a field laid out as one line, "Label: value".
func (f xmlField) scalar() bool {
	return !f.list && !f.title && !f.text() && !f.section() && !bulleted(f.value)
}

// text reports lines of the page's text, under no label.
func (f xmlField) text() bool {
	return !f.list && !f.title && (f.label == "" || textHolders[xmlNameKey(f.label)])
}

// bulleted reports a value whose lines are a list's items, each after a
// bullet ("• Trelleborg").
func bulleted(r textRun) bool {
	n := 0
	for _, l := range r.lines {
		l = strings.TrimSpace(l)
		if l == "" {
			continue
		}
		if _, ok := cutBullet(l); !ok {
			return false
		}
		n++
	}
	return n > 0
}

// cutBullet returns an item's text without its bullet.
func cutBullet(l string) (string, bool) {
	for _, b := range []string{"•", "·", "◦", "▪", "- ", "* ", "– "} {
		if rest, ok := strings.CutPrefix(l, b); ok {
			return strings.TrimSpace(rest), true
		}
	}
	return l, false
}

// xmlHoldsPage reports lines of which minPageFields or more are fields
// (fieldLine): a page's text, not a section's, nor a site's menu of
// label words copied with it ("Start" over "Om ESF-rådet").
func xmlHoldsPage(lines []string) bool {
	n := 0
	for i := range lines {
		if fieldLine(lines, i) {
			if n++; n >= minPageFields {
				return true
			}
		}
	}
	return false
}

// minPageFields is how many fields a text holds that is a page's: a
// project's page has a dozen, a menu copied with it a word or two that
// reads as a label over a value.
const minPageFields = 3

// fieldLine reports a line that is a known label with its value, on the
// line or on the next line with text, which is no label.
func fieldLine(lines []string, i int) bool {
	c := classify(lines[i], 0, false)
	if c.term == nil || c.value != "" {
		return c.term != nil
	}
	j := i + 1
	for j < len(lines) && strings.TrimSpace(lines[j]) == "" {
		j++
	}
	return j < len(lines) && classify(lines[j], 0, false).term == nil
}

// holdsTitle reports a page's text whose first lines, above its first
// label with a value, hold the title: alone, or with the project's number
// ("2020/00634 - Framtidsresan").
func holdsTitle(r textRun, title string) bool {
	title = strings.ToLower(strings.TrimSpace(title))
	n := 0
	for i, l := range r.lines {
		l = strings.ToLower(strings.TrimSpace(l))
		if l == "" {
			continue
		}
		if c := classify(r.lines[i], 0, false); n+1 > maxTitleLines || c.term != nil && c.value != "" {
			return false
		}
		if title != "" && containsRare(l, title) && len(l) <= len(title)+maxTitleExtra {
			return true
		}
		n++
	}
	return false
}

// maxTitleLines is how many lines at the top of a page's text may stand
// above its title: a site's menu copied with it. maxTitleExtra bounds
// what a line holds beside the title: a project's number.
const (
	maxTitleLines = 12
	maxTitleExtra = 24
)

// xmlSection reports a field that is a section of the page's text: its
// label a heading (Sammanfattning, Bakgrund), and it is no label of a
// field, or its value takes several lines.
func xmlSection(label string, lines int) bool {
	return isHeading(label) && (lines > 1 || !fieldLabel(label))
}

// field lays out one field.
func (t *xmlText) field(f xmlField) {
	v := f.value.trimmed()
	last := v.at[len(v.at)-1]
	switch {
	case f.title:
		t.space(v.at[0])
		t.line(strings.TrimSpace(v.lines[0]), v.at[0])
		t.space(v.at[0])
	case f.list || !f.section() && !f.text() && bulleted(v):
		t.line(f.label+":", f.line)
		for i, l := range v.lines {
			if l, _ = cutBullet(strings.TrimSpace(l)); l != "" {
				t.line("• "+l, v.at[i])
			}
		}
		t.space(last)
	case f.text():
		t.space(v.at[0])
		for i, l := range v.lines {
			t.line(l, v.at[i])
		}
		t.space(last)
	case f.section():
		t.space(f.line)
		t.line(f.label, f.line)
		t.space(f.line)
		for i, l := range v.lines {
			t.line(l, v.at[i])
		}
		t.space(last)
	default:
		// One value, on one line, whatever lines it holds: none of them
		// is a label. A value over several lines is said.
		var words []string
		for _, l := range v.lines {
			if l = strings.TrimSpace(l); l != "" {
				words = append(words, l)
			}
		}
		if len(words) > 1 {
			t.doc.notes = append(t.doc.notes, note{line: v.at[0], kind: WarnWrapped,
				message: fmt.Sprintf("the value of <%s> stands on %d lines, read as one", f.label, len(words))})
		}
		t.line(f.label+": "+strings.Join(words, " "), v.at[0])
	}
}

// line adds a line of text standing on the input's line n.
func (t *xmlText) line(s string, n int) {
	t.b.WriteString(lineBreaks.Replace(s))
	t.b.WriteByte('\n')
	t.at = append(t.at, n)
	t.blank = strings.TrimSpace(s) == ""
}

// space adds a blank line that sets fields apart, standing on line n,
// unless the line before is blank, or the page has none yet.
func (t *xmlText) space(n int) {
	if !t.blank && len(t.at) > t.pageStart {
		t.line("", n)
	}
}
