package parser

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// FormatODT is Source.Format for an OpenDocument text: LibreOffice's and
// OpenOffice's document (.odt), or the same saved as one XML file (.fodt).
const FormatODT = "odt"

// ErrODT is the error for an OpenDocument text that cannot be read.
var ErrODT = errors.New("unreadable OpenDocument text")

// odtContent is the part of an .odt archive that holds the body text.
const odtContent = "content.xml"

// The namespaces of OpenDocument's elements that odtSource reads.
const (
	odfOffice = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
	odfText   = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
	odfTable  = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
)

// odtMimetype is the mimetype an OpenDocument text names: as the first,
// uncompressed entry of its archive, or on the root of its flat XML.
const odtMimetype = "application/vnd.oasis.opendocument.text"

// odtSource reads an OpenDocument text as docxSource reads Word's: the
// body's paragraphs and headings in reading order, a table's row as one
// line of its cells joined by tabs, a line break a line of the paragraph;
// notes, annotations, frames, tracked deletions and the generated table of
// contents are left out. An .odt's lines are numbered by paragraph, as a
// .docx's are; a flat .fodt's are on the input line where each paragraph
// begins.
var odtSource = source{
	format: FormatODT,
	exts:   []string{".odt", ".fodt"},
	sniff:  looksLikeODT,
	unwrap: func(data []byte, _ Options) (unwrapped, error) {
		doc, first := data, 1
		if bytes.HasPrefix(data, []byte("PK\x03\x04")) {
			var err error
			if doc, err = zipPart(data, odtContent, ErrODT); err != nil {
				return unwrapped{}, err
			}
			first = 0
		}
		text, at, err := odtLines(doc, first)
		if err != nil {
			return unwrapped{}, err
		}
		text, notes := unpaste(text, at, false)
		text, soft := normalizeTypography(text)
		return unwrapped{text: finishText(text), at: composeLines(soft, at), encoding: EncodingUTF8, notes: notes}, nil
	},
}

// looksLikeODT reports an OpenDocument text: an archive whose first entry
// names its mimetype, or flat XML whose root does.
func looksLikeODT(data []byte) bool {
	head := data[:min(len(data), 2048)]
	if bytes.HasPrefix(data, []byte("PK\x03\x04")) {
		return bytes.Contains(head[:min(len(head), 100)], []byte("mimetype"+odtMimetype))
	}
	return bytes.Contains(head, []byte("<office:document")) && bytes.Contains(head, []byte(`office:mimetype="`+odtMimetype+`"`))
}

// odtSkipped are the elements whose text is no line of the page.
var odtSkipped = map[string]bool{
	"note": true, "annotation": true, "frame": true, "tracked-changes": true, "table-of-content": true,
	"sequence-decls": true, "variable-decls": true, "user-field-decls": true,
}

// odtLines lays an OpenDocument text's body out as lines, with each
// line's paragraph in at, or, where first is above 0, its input line.
func odtLines(doc []byte, first int) (string, []int, error) {
	d := xml.NewDecoder(bytes.NewReader(doc))
	var (
		b            strings.Builder
		at           []int
		cur          []byte
		body, skip   int
		para, inPara int
		row          []string // the cells of the table row being read
		cell         []byte   // the cell being read
		inCell       int      // table cells open
		rowPara      int      // the paragraph the row's first cell begins, or 0
	)
	endLine := func() {
		if inCell > 0 {
			if len(cell) > 0 && len(cur) > 0 {
				cell = append(cell, ' ')
			}
			cell = append(cell, cur...)
		} else {
			b.Write(cur)
			b.WriteByte('\n')
			at = append(at, para)
		}
		cur = cur[:0]
	}
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return "", nil, fmt.Errorf("%w: %v", ErrODT, err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if skip > 0 || body > 0 && odtSkipped[t.Name.Local] && (t.Name.Space == odfText || t.Name.Space == odfOffice || t.Name.Local == "frame") {
				skip++
				continue
			}
			switch {
			case t.Name.Space == odfOffice && t.Name.Local == "text":
				body++
			case body == 0:
			case t.Name.Space == odfText && (t.Name.Local == "p" || t.Name.Local == "h"):
				if inPara == 0 {
					para++
					if first > 0 {
						line, _ := d.InputPos()
						para = first - 1 + line
					}
					if inCell > 0 && rowPara == 0 {
						rowPara = para
					}
				}
				inPara++
			case t.Name.Space == odfText && t.Name.Local == "tab":
				cur = append(cur, '\t')
			case t.Name.Space == odfText && t.Name.Local == "s":
				n := 1
				for _, a := range t.Attr {
					if a.Name.Local == "c" {
						if c, err := strconv.Atoi(a.Value); err == nil && c > 0 && c < 1000 {
							n = c
						}
					}
				}
				cur = append(cur, strings.Repeat(" ", n)...)
			case t.Name.Space == odfText && t.Name.Local == "line-break":
				if inCell == 0 {
					endLine()
				} else {
					cur = append(cur, ' ')
				}
			case t.Name.Space == odfTable && t.Name.Local == "table-row":
				row = row[:0]
			case t.Name.Space == odfTable && t.Name.Local == "table-cell":
				inCell++
				cell = cell[:0]
			}
		case xml.EndElement:
			if skip > 0 {
				skip--
				continue
			}
			switch {
			case body == 0:
			case t.Name.Space == odfOffice && t.Name.Local == "text":
				body--
			case t.Name.Space == odfText && (t.Name.Local == "p" || t.Name.Local == "h"):
				if inPara--; inPara == 0 {
					endLine()
				}
			case t.Name.Space == odfTable && t.Name.Local == "table-cell" && inCell > 0:
				inCell--
				if inCell == 0 {
					row = append(row, string(cell))
				}
			case t.Name.Space == odfTable && t.Name.Local == "table-row" && inCell == 0:
				// The row is one line, where its first paragraph is.
				cur = append(cur[:0], strings.TrimRight(strings.Join(row, "\t"), "\t")...)
				last := para
				if rowPara > 0 {
					para = rowPara
				}
				endLine()
				para, rowPara = last, 0
			}
		case xml.CharData:
			if body > 0 && skip == 0 && inPara > 0 {
				for _, c := range t {
					if c == '\n' || c == '\r' || c == '\t' {
						c = ' ' // white space in a paragraph's text is a space
					}
					cur = append(cur, c)
				}
			}
		}
	}
	return b.String(), at, nil
}
