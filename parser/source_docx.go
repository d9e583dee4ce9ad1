package parser

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// FormatDocx is Source.Format for a Word document (.docx).
const FormatDocx = "docx"

// ErrDocx is the error for a .docx file that cannot be read: not a zip
// archive, no document part, a document part too large, or XML that is
// not well formed.
var ErrDocx = errors.New("unreadable Word document")

// docxDocument is the part of a .docx archive that holds the body text.
const docxDocument = "word/document.xml"

// maxDocxXML caps the decompressed size of the document part. A page is a
// few kilobytes of text in some hundred kilobytes of XML; a part that
// inflates past this is a zip bomb, not a page.
const maxDocxXML = 64 << 20

// docxSource reads a Word document. A .docx has no lines: its text is the
// paragraphs of the body in reading order, paragraph N on line N (the
// paragraphs of table cells counted where they stand), so a position
// names the paragraph. Soft breaks inside a paragraph start lines that
// keep the paragraph's number; a table row is one line of its cells
// joined by tabs, "Label<TAB>value", as a saved web page's. Headers,
// footers, footnotes, comments, text boxes and deleted text are left out.
var docxSource = source{
	format: FormatDocx,
	exts:   []string{".docx"},
	sniff:  looksLikeDocx,
	unwrap: func(data []byte, _ Options) (unwrapped, error) {
		doc, err := docxPart(data)
		if err != nil {
			return unwrapped{}, err
		}
		return docxUnwrap(doc, 0)
	},
}

// docxUnwrap reads a document part's body as the page's text; first is as
// for docxLinesAt: above 0 for XML text whose lines are the positions.
func docxUnwrap(doc []byte, first int) (unwrapped, error) {
	text, at, err := docxLinesAt(doc, &docxBuilder{}, first)
	if err != nil {
		return unwrapped{}, err
	}
	var notes []note
	if box := docxBoxes(doc, first); box.para > 0 {
		if !hasLabelLine(text) {
			// The page stands in a text box, and the body around it
			// holds no field: the boxes are read, where they stand.
			if text, at, err = docxLinesAt(doc, &docxBuilder{boxes: true}, first); err != nil {
				return unwrapped{}, err
			}
			notes = append(notes, note{line: box.para, kind: WarnUnread, message: "the document's fields stand in text boxes, read where they stand"})
		} else {
			notes = append(notes, note{line: box.para, kind: WarnUnread, message: fmt.Sprintf("%d text boxes hold text esf does not read, from %s on", box.n, quoteShort(box.first))})
		}
	}
	text, pasted := unpaste(text, at, false)
	notes = append(notes, pasted...)
	text, soft := normalizeTypography(text)
	return unwrapped{text: finishText(text), at: composeLines(soft, at), encoding: EncodingUTF8, notes: notes}, nil
}

// looksLikeDocx reports a zip archive that names a Word document part.
// The names of a zip's entries stand in its bytes uncompressed.
func looksLikeDocx(data []byte) bool {
	return bytes.HasPrefix(data, []byte("PK\x03\x04")) && bytes.Contains(data, []byte(docxDocument))
}

// docxPart returns the decompressed document part of a .docx archive.
func docxPart(data []byte) ([]byte, error) { return zipPart(data, docxDocument, ErrDocx) }

// zipPart returns the decompressed part name of a document's zip archive,
// failing with kind: not a zip, no such part, or a part that inflates past
// maxDocxXML.
func zipPart(data []byte, name string, kind error) ([]byte, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, fmt.Errorf("%w: %v", kind, err)
	}
	for _, f := range zr.File {
		if f.Name != name {
			continue
		}
		if f.UncompressedSize64 > maxDocxXML {
			return nil, fmt.Errorf("%w: %s inflates to %d bytes, more than %d", kind, name, f.UncompressedSize64, maxDocxXML)
		}
		rc, err := f.Open()
		if err != nil {
			return nil, fmt.Errorf("%w: %s: %v", kind, name, err)
		}
		defer rc.Close()
		// The declared size may lie; the limit holds whatever it says.
		doc, err := io.ReadAll(io.LimitReader(rc, maxDocxXML+1))
		if err != nil {
			return nil, fmt.Errorf("%w: %s: %v", kind, name, err)
		}
		if len(doc) > maxDocxXML {
			return nil, fmt.Errorf("%w: %s inflates to more than %d bytes", kind, name, maxDocxXML)
		}
		return doc, nil
	}
	return nil, fmt.Errorf("%w: no %s in the archive", kind, name)
}

// wordML is the namespace of WordprocessingML's elements.
const wordML = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

// wordML2003 is the namespace of Word 2003's XML document, whose elements
// are named as a .docx's are.
const wordML2003 = "http://schemas.microsoft.com/office/word/2003/wordml"

// docxSkipped are the elements whose text a reader of the page does not
// see, or sees twice: deleted text, field instructions, text boxes (which
// Word also writes as a fallback picture's text) and the fallback of
// markup compatibility; and a paragraph's properties, whose tab stops are
// no tabs.
var docxSkipped = map[string]bool{
	"del": true, "delText": true, "instrText": true, "txbxContent": true,
	"Fallback": true, "pPr": true, "sectPr": true,
	// Word 2003's XML keeps a comment (aml:annotation) and a note's text
	// (w:footnote, w:endnote) inside the paragraph they stand at.
	"annotation": true, "footnote": true, "endnote": true,
}

// docxLine is a line of a document's text and the paragraph it stands in.
type docxLine struct {
	text string
	para int
}

// docxBuilder collects a document's lines as its tokens are read: all its
// state is here.
type docxBuilder struct {
	lines []docxLine // the lines made so far, outside tables
	cur   []byte     // the line being built
	open  bool       // cur is a line of an open paragraph
	para  int        // paragraphs begun so far: cur's paragraph
	inT   bool       // inside a w:t, whose character data is text
	// hidden marks a run whose properties hide it (w:vanish): a form's
	// prompt ("Ange projektägare här."), which Word does not show.
	hidden bool
	skip   int          // depth inside an element of docxSkipped
	boxes  bool         // text boxes are read, not skipped
	table  int          // depth of tables
	row    [][]docxLine // the cells of the outermost table's current row
	// lineOf, where set, gives the input line a paragraph begins on,
	// for a document written as XML text, which has lines; else a
	// paragraph is numbered.
	lineOf func() int
}

// docxLines lays the document part out as lines, with each line's
// paragraph in at; text boxes are left out.
func docxLines(doc []byte) (string, []int, error) { return docxLinesWith(doc, false) }

// hasLabelLine reports text with a line that begins with a known label.
func hasLabelLine(text string) bool {
	for l := range strings.SplitSeq(text, "\n") {
		if c := classify(l, 1, false); c.term != nil && c.term.role&asLabel != 0 {
			return true
		}
	}
	return false
}

// docxBox tells of a document's text boxes that hold text: how many, the
// paragraph the first stands in, and its first words.
type docxBox struct {
	n, para int
	first   string
}

// docxBoxes finds the text boxes that hold text, counted once whether
// Word writes them as a drawing, a fallback picture, or both; first is as
// for docxLinesAt, and the box's para then the input line it stands on.
func docxBoxes(doc []byte, first int) docxBox {
	var box docxBox
	if !bytes.Contains(doc, []byte("txbxContent")) {
		return box
	}
	d := xml.NewDecoder(bytes.NewReader(doc))
	para, depth, fallback := 0, 0, 0
	boxLine := 0 // the input line the box being read begins on, when first > 0
	var text []byte
	for {
		tok, err := d.Token()
		if err != nil {
			return box
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch {
			case t.Name.Local == "Fallback":
				fallback++
			case t.Name.Local == "txbxContent" && fallback == 0:
				if depth++; depth == 1 && first > 0 {
					line, _ := d.InputPos()
					boxLine = first - 1 + line
				}
				text = text[:0]
			case t.Name.Local == "p" && (t.Name.Space == wordML || t.Name.Space == wordML2003) && depth == 0:
				para++
			}
		case xml.EndElement:
			switch {
			case t.Name.Local == "Fallback":
				fallback--
			case t.Name.Local == "txbxContent" && fallback == 0 && depth > 0:
				if depth--; depth == 0 && len(bytes.TrimSpace(text)) > 0 {
					if box.n++; box.n == 1 {
						box.para, box.first = max(para, 1), strings.Join(strings.Fields(string(text)), " ")
						if first > 0 {
							box.para = boxLine
						}
					}
				}
			}
		case xml.CharData:
			if depth > 0 && fallback == 0 {
				text = append(text, t...)
				text = append(text, ' ')
			}
		}
	}
}

// docxLinesWith is docxLines, with the text boxes read where they stand
// when boxes is set.
func docxLinesWith(doc []byte, boxes bool) (string, []int, error) {
	return docxLinesAt(doc, &docxBuilder{boxes: boxes}, 0)
}

// docxLinesAt is docxLinesWith with the builder given; where first is
// above 0, doc is XML text that begins on the input's line first, and
// each line is mapped to the input line its paragraph begins on.
func docxLinesAt(doc []byte, b *docxBuilder, first int) (string, []int, error) {
	d := xml.NewDecoder(bytes.NewReader(doc))
	if first > 0 {
		b.lineOf = func() int { line, _ := d.InputPos(); return first - 1 + line }
	}
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return "", nil, fmt.Errorf("%w: %s: %v", ErrDocx, docxDocument, err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			b.start(t)
		case xml.EndElement:
			b.end(t)
		case xml.CharData:
			if b.inT && b.skip == 0 && !b.hidden {
				// A line break in a w:t's text is white space, as Word shows
				// it; a break is w:br, and a line is a paragraph.
				for _, c := range t {
					if c == '\n' || c == '\r' {
						c = ' '
					}
					b.cur = append(b.cur, c)
				}
			}
		}
	}
	b.endLine() // a paragraph the document leaves open
	var text strings.Builder
	at := make([]int, len(b.lines))
	for i, l := range b.lines {
		text.WriteString(l.text)
		text.WriteByte('\n')
		at[i] = l.para
	}
	return text.String(), at, nil
}

func (b *docxBuilder) start(t xml.StartElement) {
	name := t.Name.Local
	if b.skip > 0 || docxSkipped[name] && !(b.boxes && name == "txbxContent") {
		b.skip++
		return
	}
	if t.Name.Space != wordML && t.Name.Space != wordML2003 {
		return
	}
	switch name {
	case "p":
		b.endLine()
		b.para++
		if b.lineOf != nil {
			b.para = b.lineOf()
		}
		b.open = true
	case "r":
		b.hidden = false
	case "vanish", "specVanish":
		b.hidden = !docxOff(t)
	case "t":
		b.inT = true
	case "tab":
		b.cur = append(b.cur, '\t')
	case "br", "cr":
		b.endLine()
	case "noBreakHyphen":
		b.cur = append(b.cur, '-')
	case "sym":
		b.cur = append(b.cur, docxSymbol(t)...)
	case "tbl":
		b.table++
	case "tc":
		if b.table == 1 {
			b.row = append(b.row, nil)
		}
	}
}

func (b *docxBuilder) end(t xml.EndElement) {
	if b.skip > 0 {
		b.skip--
		return
	}
	if t.Name.Space != wordML && t.Name.Space != wordML2003 {
		return
	}
	switch t.Name.Local {
	case "t":
		b.inT = false
	case "r":
		b.hidden = false
	case "p":
		b.endLine()
		b.open = false
	case "tbl":
		b.table = max(b.table-1, 0)
	case "tr":
		if b.table == 1 {
			b.endRow()
		}
	}
}

// docxOff reports a toggle property turned off: w:val="0", "false" or
// "off".
func docxOff(t xml.StartElement) bool {
	for _, a := range t.Attr {
		if a.Name.Local == "val" {
			switch a.Value {
			case "0", "false", "off":
				return true
			}
		}
	}
	return false
}

// endLine ends the line being built, in the open cell or the body. Every
// paragraph ends one, so an empty paragraph is a blank line; a break ends
// one and its paragraph goes on.
func (b *docxBuilder) endLine() {
	if !b.open {
		b.cur = b.cur[:0] // text outside any paragraph
		return
	}
	l := docxLine{text: string(b.cur), para: b.para}
	b.cur = b.cur[:0]
	if n := len(b.row); b.table > 0 && n > 0 {
		b.row[n-1] = append(b.row[n-1], l)
		return
	}
	b.lines = append(b.lines, l)
}

// endRow lays a table row out as a page shows a label and its value: the
// first line of each cell that holds text, joined by tabs, on the line of
// the row's first paragraph; then the cells' further lines in order.
func (b *docxBuilder) endRow() {
	cells := b.row
	b.row = nil
	if len(cells) == 0 {
		return
	}
	var parts []string
	first := 0
	for _, c := range cells {
		if len(c) == 0 {
			continue
		}
		if first == 0 {
			first = c[0].para
		}
		if t := strings.TrimSpace(c[0].text); t != "" {
			parts = append(parts, t)
		}
	}
	if first == 0 {
		return
	}
	b.lines = append(b.lines, docxLine{text: strings.Join(parts, "\t"), para: first})
	for _, c := range cells {
		if len(c) > 1 {
			b.lines = append(b.lines, c[1:]...)
		}
	}
}

// docxSymbol returns the character of a w:sym, given in hex by w:char.
// Symbol fonts place their characters at U+F000 and up, where the reader
// knows the bullets.
func docxSymbol(t xml.StartElement) string {
	for _, a := range t.Attr {
		if a.Name.Local != "char" {
			continue
		}
		n, err := strconv.ParseUint(a.Value, 16, 32)
		if err != nil || n == 0 || n > 0x10FFFF || n >= 0xD800 && n <= 0xDFFF {
			return ""
		}
		return string(rune(n))
	}
	return ""
}
