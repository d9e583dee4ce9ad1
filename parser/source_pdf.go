package parser

import (
	"bytes"
	"errors"
	"slices"
	"strings"
)

// FormatPDF is Source.Format for a PDF: a page printed to PDF from a
// browser, or a document exported as one.
const FormatPDF = "pdf"

// Errors for a PDF whose text esf cannot read.
var (
	ErrPDF          = errors.New("unreadable PDF: no page found")
	ErrPDFEncrypted = errors.New("encrypted PDF: esf cannot read its text")
	ErrPDFNoText    = errors.New("PDF holds no text: a scan or a picture of the page; read it with OCR first")
)

// pdfSource reads the text of a PDF's pages as lines (pdfLines), then as
// text. A PDF has no lines of its own: a position is a line of the text
// read, which stand in the order of the pages, each page after the first
// beginning with a form feed.
var pdfSource = source{
	format: FormatPDF,
	exts:   []string{".pdf"},
	sniff:  looksLikePDF,
	unwrap: unwrapPDF,
}

// looksLikePDF reports an input that begins with a PDF's header, after
// white space or a byte-order mark at most.
func looksLikePDF(data []byte) bool {
	data = bytes.TrimLeft(bytes.TrimPrefix(data, bomUTF8), " \t\r\n")
	return bytes.HasPrefix(data, []byte("%PDF-"))
}

func unwrapPDF(data []byte, _ Options) (unwrapped, error) {
	doc := readPDFObjects(data)
	if doc.trailer != nil && doc.trailer["Encrypt"] != nil {
		return unwrapped{}, ErrPDFEncrypted
	}
	pages := doc.pages()
	if len(pages) == 0 {
		return unwrapped{}, ErrPDF
	}
	var lines [][]*pdfLine
	var rights []float64
	var boxes [][2]float64
	text := false
	for _, page := range pages {
		p := &pdfPage{doc: doc, dicts: map[any]*pdfFont{}}
		res := doc.dict(doc.inherited(page, "Resources"))
		for _, c := range doc.contents(page) {
			p.run(c, res, pdfState{ctm: pdfIdentity, th: 1}, 0)
		}
		ls, right := pdfLines(p.runs)
		for _, l := range ls {
			text = text || strings.TrimSpace(l.text) != ""
		}
		lines, rights, boxes = append(lines, ls), append(rights, right), append(boxes, doc.box(page))
	}
	if !text {
		return unwrapped{}, ErrPDFNoText
	}
	out, at, notes := pdfText(lines, rights, boxes)
	out, pasted := unpaste(out, at, false)
	out, soft := normalizeTypography(out)
	return unwrapped{text: finishText(out), at: composeLines(soft, at), encoding: EncodingUTF8, notes: append(notes, pasted...)}, nil
}

// maxPDFPages caps the pages read: a project's page prints on a few.
const maxPDFPages = 1000

// pages returns the page dictionaries in the order of the page tree, or,
// where the tree cannot be followed, in the order they stand in the file.
func (d *pdfDoc) pages() []map[pdfName]any {
	var pages []map[pdfName]any
	seen := map[pdfRef]bool{}
	var walk func(node any, depth int)
	walk = func(node any, depth int) {
		if r, ok := node.(pdfRef); ok {
			if seen[r] {
				return
			}
			seen[r] = true
		}
		n := d.dict(node)
		if n == nil || depth > 64 || len(pages) >= maxPDFPages {
			return
		}
		if n["Type"] == pdfName("Page") || n["Type"] == nil && n["Contents"] != nil {
			pages = append(pages, n)
			return
		}
		kids, _ := d.resolve(n["Kids"]).([]any)
		for _, k := range kids {
			walk(k, depth+1)
		}
	}
	var root map[pdfName]any
	if d.trailer != nil {
		root = d.dict(d.trailer["Root"])
	}
	if root == nil {
		// A cross-reference stream's dictionary holds the root, or a
		// catalog stands by itself.
		for _, num := range d.numbers() {
			if o := d.dict(pdfRef{num, 0}); o != nil && o["Type"] == pdfName("Catalog") {
				root = o
				break
			}
		}
	}
	if root != nil {
		walk(root["Pages"], 0)
	}
	if len(pages) > 0 {
		return pages
	}
	for _, num := range d.numbers() {
		if o := d.dict(pdfRef{num, 0}); o != nil && o["Type"] == pdfName("Page") {
			pages = append(pages, o)
			if len(pages) >= maxPDFPages {
				break
			}
		}
	}
	return pages
}

// numbers returns the objects' numbers in the order they stand in the
// file, those of object streams after.
func (d *pdfDoc) numbers() []int {
	nums := make([]int, 0, len(d.offsets)+len(d.packed))
	for n := range d.offsets {
		nums = append(nums, n)
	}
	slices.SortFunc(nums, func(a, b int) int { return d.offsets[a] - d.offsets[b] })
	var packed []int
	for n := range d.packed {
		packed = append(packed, n)
	}
	slices.SortFunc(packed, func(a, b int) int { return a - b })
	return append(nums, packed...)
}

// inherited returns a page's attribute, or its nearest ancestor's.
func (d *pdfDoc) inherited(page map[pdfName]any, key pdfName) any {
	for range 32 {
		if page == nil {
			return nil
		}
		if v, ok := page[key]; ok {
			return v
		}
		page = d.dict(page["Parent"])
	}
	return nil
}

// contents returns a page's content streams, decompressed.
func (d *pdfDoc) contents(page map[pdfName]any) [][]byte {
	var parts []any
	switch c := d.resolve(page["Contents"]).(type) {
	case *pdfStream:
		parts = []any{c}
	case []any:
		parts = c
	}
	var out [][]byte
	var joined []byte
	for _, p := range parts {
		if s, ok := d.resolve(p).(*pdfStream); ok {
			if data := d.decoded(s); data != nil {
				// A page's streams are one content, cut anywhere.
				joined = append(append(joined, data...), '\n')
			}
		}
	}
	if joined != nil {
		out = append(out, joined)
	}
	return out
}

// box returns the bottom and the top of a page's sheet: its MediaBox, A4
// where it gives none.
func (d *pdfDoc) box(page map[pdfName]any) [2]float64 {
	b, _ := d.resolve(d.inherited(page, "MediaBox")).([]any)
	if len(b) == 4 {
		y0, ok0 := d.resolve(b[1]).(float64)
		y1, ok1 := d.resolve(b[3]).(float64)
		if ok0 && ok1 && y1 > y0 {
			return [2]float64{y0, y1}
		}
	}
	return [2]float64{0, 842}
}
