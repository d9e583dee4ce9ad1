package export

import (
	"archive/zip"
	"compress/flate"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"sync/atomic"
	"time"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/esfdata/esf/parser"
)

// MaxCellChars is the most characters (UTF-16 code units) an Excel cell
// holds.
const MaxCellChars = 32767

// xlsxSheet is the name of the one sheet esf writes.
const xlsxSheet = "Projects"

// xlsxLevel is the deflate level of the workbook's parts, measured on the
// sheet of 10,000 corpus pages (81.8 MB of XML): level 1 compresses it in
// 0.7 s to 28.9 MB, the default level 6 in 3–6 s to 22.5 MB, Huffman
// coding alone in 0.3 s to 51.0 MB. Compressing is most of an XLSX's
// time, and a file a quarter larger costs less than four times the wait.
const xlsxLevel = flate.BestSpeed

// xlsxFlush is how much of the sheet is gathered before it goes to the
// compressor: big enough that the compressor works in long runs, small
// enough to keep memory flat.
const xlsxFlush = 64 << 10

// xlsxMaxRows is the most rows a sheet has: a header and 1,048,575
// records.
const xlsxMaxRows = 1 << 20

// The cell styles of styles.xml, by their index in cellXfs.
const (
	xlsxStyleHeader = 1 // bold
	xlsxStyleDate   = 2 // yyyy-mm-dd
)

// xlsxWriter writes a workbook of one sheet straight into a zip stream,
// row by row as records come, so memory stays flat whatever the number of
// rows: a bold, frozen header row with filter buttons, and typed cells —
// numbers, dates and booleans as such, text as inline strings. The parts
// whose content depends on the number of rows (the workbook's filter
// range) are written after the sheet.
type xlsxWriter struct {
	zip   *zip.Writer
	sheet *backgroundWriter
	sel   Selection
	warn  func(rec *parser.Project, column, message string)
	cols  []string // the column letters
	row   int
	buf   []byte
}

func newXLSXWriter(w io.Writer, sel Selection, warn func(*parser.Project, string, string)) (*xlsxWriter, error) {
	z := zip.NewWriter(w)
	z.RegisterCompressor(zip.Deflate, func(w io.Writer) (io.WriteCloser, error) {
		return flate.NewWriter(w, xlsxLevel)
	})
	xw := &xlsxWriter{zip: z, sel: sel, warn: warn, cols: make([]string, len(sel))}
	for i := range sel {
		xw.cols[i] = columnLetters(i + 1)
	}
	for _, part := range []struct{ name, body string }{
		{"[Content_Types].xml", xlsxContentTypes},
		{"_rels/.rels", xlsxRootRels},
		{"xl/_rels/workbook.xml.rels", xlsxWorkbookRels},
		{"xl/styles.xml", xlsxStyles},
	} {
		if err := xw.part(part.name, part.body); err != nil {
			return nil, err
		}
	}
	sheet, err := z.Create("xl/worksheets/sheet1.xml")
	if err != nil {
		return nil, err
	}
	xw.sheet = newBackgroundWriter(sheet)
	// No <dimension>: it would have to come before the rows, when their
	// number is not known, and readers that trust it (openpyxl's
	// read-only mode, in2csv, SheetJS) would see too few. A sheet without
	// one is read whole.
	b := append(xw.buf[:0], xmlHeader...)
	b = append(b, `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">`+
		`<sheetViews><sheetView workbookViewId="0">`+
		`<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>`+
		`<selection pane="bottomLeft" activeCell="A2" sqref="A2"/>`+
		`</sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/><cols>`...)
	for i, c := range sel {
		b = fmt.Appendf(b, `<col min="%d" max="%d" width="%g" customWidth="1"/>`, i+1, i+1, columnWidth(c))
	}
	b = append(b, `</cols><sheetData><row r="1">`...)
	for i, c := range sel {
		b = xw.appendRef(append(b, `<c r="`...), i, 1)
		b = fmt.Appendf(b, `" s="%d" t="inlineStr"><is><t>`, xlsxStyleHeader)
		b = appendXMLText(b, c.Name)
		b = append(b, `</t></is></c>`...)
	}
	xw.buf = append(b, `</row>`...)
	xw.row = 1
	return xw, nil
}

// A backgroundWriter hands what it is given to a goroutine that writes
// it on, so that the sheet is compressed while the next rows are made:
// compressing is most of the time an XLSX takes.
type backgroundWriter struct {
	full chan []byte // buffers to write, in order
	free chan []byte // buffers written, to fill again
	done chan struct{}
	err  atomic.Pointer[error] // the first error of the writes
}

// backgroundBuffers is how many buffers go round: one being filled, one
// being written, one waiting.
const backgroundBuffers = 3

func newBackgroundWriter(w io.Writer) *backgroundWriter {
	bw := &backgroundWriter{
		full: make(chan []byte, backgroundBuffers),
		free: make(chan []byte, backgroundBuffers),
		done: make(chan struct{}),
	}
	for range backgroundBuffers - 1 {
		bw.free <- make([]byte, 0, xlsxFlush+xlsxFlush/2)
	}
	go func() {
		defer close(bw.done)
		for b := range bw.full {
			if bw.err.Load() == nil {
				if _, err := w.Write(b); err != nil {
					bw.err.Store(&err)
				}
			}
			bw.free <- b[:0]
		}
	}()
	return bw
}

// write hands b over and returns an empty buffer to fill next. It
// reports an error of the writes before it, if there was one.
func (bw *backgroundWriter) write(b []byte) ([]byte, error) {
	bw.full <- b
	next := <-bw.free
	if err := bw.err.Load(); err != nil {
		return next, *err
	}
	return next, nil
}

// close waits for every write and reports the first error.
func (bw *backgroundWriter) close() error {
	close(bw.full)
	<-bw.done
	if err := bw.err.Load(); err != nil {
		return *err
	}
	return nil
}

// part writes one whole part of the package.
func (xw *xlsxWriter) part(name, body string) error {
	w, err := xw.zip.Create(name)
	if err != nil {
		return err
	}
	_, err = io.WriteString(w, body)
	return err
}

// columnWidth gives a column a width that fits its usual values.
func columnWidth(c Column) float64 {
	switch c.Kind {
	case KindText, KindJSON:
		return 60
	case KindList:
		return 40
	case KindDate:
		return 12
	case KindInteger, KindNumber, KindBoolean:
		return float64(max(len(c.Name), 10)) + 2
	}
	return float64(min(max(len(c.Name)+2, 16), 40))
}

// columnLetters names the nth column (from 1) as Excel does: A … Z, AA ….
func columnLetters(n int) string {
	var b []byte
	for ; n > 0; n = (n - 1) / 26 {
		b = append([]byte{byte('A' + (n-1)%26)}, b...)
	}
	return string(b)
}

func (xw *xlsxWriter) appendRef(b []byte, col, row int) []byte {
	return strconv.AppendInt(append(b, xw.cols[col]...), int64(row), 10)
}

func (xw *xlsxWriter) Write(rec *parser.Project) error {
	if xw.row == xlsxMaxRows {
		return fmt.Errorf("a sheet holds at most %d records; write csv or sqlite", xlsxMaxRows-1)
	}
	xw.row++
	b := strconv.AppendInt(append(xw.buf, `<row r="`...), int64(xw.row), 10)
	b = append(b, `">`...)
	for i, c := range xw.sel {
		var err error
		if b, err = xw.appendCell(b, rec, i, c); err != nil {
			return err
		}
	}
	xw.buf = append(b, `</row>`...)
	if len(xw.buf) >= xlsxFlush {
		return xw.flush()
	}
	return nil
}

func (xw *xlsxWriter) flush() error {
	var err error
	xw.buf, err = xw.sheet.write(xw.buf)
	return err
}

// appendCell writes a value with its Excel type: numbers and booleans as
// such, dates as dates, everything else as text, cut to what a cell
// holds. A null is no cell at all. Text needs no formula guard: a typed
// string cell is never run.
func (xw *xlsxWriter) appendCell(b []byte, rec *parser.Project, col int, c Column) ([]byte, error) {
	v := c.value(rec)
	if v == nil {
		return b, nil
	}
	b = xw.appendRef(append(b, `<c r="`...), col, xw.row)
	switch v := v.(type) {
	case int64:
		return append(strconv.AppendInt(append(b, `"><v>`...), v, 10), `</v></c>`...), nil
	case float64:
		if !math.IsInf(v, 0) && !math.IsNaN(v) {
			return append(strconv.AppendFloat(append(b, `"><v>`...), v, 'f', -1, 64), `</v></c>`...), nil
		}
	case bool:
		if v {
			return append(b, `" t="b"><v>1</v></c>`...), nil
		}
		return append(b, `" t="b"><v>0</v></c>`...), nil
	case string:
		if c.Kind == KindDate {
			if serial, ok := excelDate(v); ok {
				b = fmt.Appendf(b, `" s="%d"><v>`, xlsxStyleDate)
				return append(strconv.AppendInt(b, serial, 10), `</v></c>`...), nil
			}
		}
	}
	s, err := flatText(c, v, false)
	if err != nil {
		return nil, err
	}
	// A string has no more UTF-16 units than UTF-8 bytes, so only a long
	// one needs counting.
	if len(s) > MaxCellChars {
		if n := utf16Len(s); n > MaxCellChars {
			s = truncateUTF16(s, MaxCellChars)
			if xw.warn != nil {
				xw.warn(rec, c.Name, fmt.Sprintf("text of %d characters cut to Excel's limit of %d", n, MaxCellChars))
			}
		}
	}
	b = append(b, `" t="inlineStr"><is><t`...)
	if needsPreserve(s) {
		b = append(b, ` xml:space="preserve"`...)
	}
	b = appendXMLText(append(b, '>'), s)
	return append(b, `</t></is></c>`...), nil
}

// excelEpoch is day 0 of Excel's 1900 date system as it counts after
// February 1900 (it takes 1900 for a leap year).
var excelEpoch = time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)

// excelDate gives an ISO date as Excel's serial day number. Dates before
// March 1900, where Excel's count is off by its phantom 29 February, are
// left as text.
func excelDate(s string) (int64, bool) {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil || t.Year() < 1900 || (t.Year() == 1900 && t.Month() < time.March) {
		return 0, false
	}
	return int64(t.Sub(excelEpoch).Hours()) / 24, true
}

// needsPreserve reports text whose white space at either end Excel would
// drop without xml:space="preserve".
func needsPreserve(s string) bool {
	if s == "" {
		return false
	}
	isSpace := func(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }
	return isSpace(s[0]) || isSpace(s[len(s)-1])
}

// appendXMLText escapes s as the text of an element. A character XML 1.0
// cannot hold (a control character, U+FFFE, U+FFFF) is written _xHHHH_,
// as Excel writes and reads it, and so the underscore of a literal
// "_xHHHH_" is written _x005F_ to come back as itself. Invalid UTF-8
// becomes U+FFFD.
func appendXMLText(b []byte, s string) []byte {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	start := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if xmlPlain[c] {
			continue
		}
		var esc string
		width := 1
		switch {
		case c == '<':
			esc = "&lt;"
		case c == '>':
			esc = "&gt;"
		case c == '&':
			esc = "&amp;"
		case c == '\r':
			// A bare CR in element text would be read as a line feed.
			esc = "&#xD;"
		case c == '_':
			if !isBstrEscape(s[i:]) {
				continue
			}
			esc = "_x005F_"
		case c == 0xEF:
			switch {
			case strings.HasPrefix(s[i:], "\uFFFE"):
				esc = "_xFFFE_"
			case strings.HasPrefix(s[i:], "\uFFFF"):
				esc = "_xFFFF_"
			default:
				continue
			}
			width = len("\uFFFE")
		default: // a control character
			b = fmt.Appendf(append(b, s[start:i]...), "_x%04X_", c)
			start = i + 1
			continue
		}
		b = append(append(b, s[start:i]...), esc...)
		i += width - 1
		start = i + 1
	}
	return append(b, s[start:]...)
}

// xmlPlain marks the bytes appendXMLText copies as they are: all but
// markup, control characters, the underscore that may begin an escape,
// and the first byte of U+FFFE and U+FFFF. Looking bytes up in a table
// keeps the loop over long texts short; most of a sheet is such text.
var xmlPlain = func() (t [256]bool) {
	for c := 0x20; c < 256; c++ {
		t[c] = true
	}
	t['\t'], t['\n'] = true, true
	for _, c := range []byte("<>&_\xEF") {
		t[c] = false
	}
	return t
}()

// isBstrEscape reports whether s starts with an escape _xHHHH_.
func isBstrEscape(s string) bool {
	if len(s) < 7 || s[1] != 'x' || s[6] != '_' {
		return false
	}
	for _, c := range []byte(s[2:6]) {
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F') {
			return false
		}
	}
	return true
}

// Close ends the sheet with the filter over every row, and writes the
// workbook, which names the filter's range.
func (xw *xlsxWriter) Close() error {
	last := xw.cols[len(xw.cols)-1] + strconv.Itoa(max(xw.row, 2))
	xw.buf = append(xw.buf, `</sheetData><autoFilter ref="A1:`+last+`"/></worksheet>`...)
	if err := xw.flush(); err != nil {
		return err
	}
	if err := xw.sheet.close(); err != nil {
		return err
	}
	// Excel keeps a filter's range in this hidden name; without it,
	// Excel still shows the buttons, but LibreOffice does not.
	filter := xlsxSheet + "!$A$1:$" + xw.cols[len(xw.cols)-1] + "$" + strconv.Itoa(max(xw.row, 2))
	workbook := xmlHeader + `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ` +
		`xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
		`<bookViews><workbookView/></bookViews>` +
		`<sheets><sheet name="` + xlsxSheet + `" sheetId="1" r:id="rId1"/></sheets>` +
		`<definedNames><definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">` + filter +
		`</definedName></definedNames></workbook>`
	if err := xw.part("xl/workbook.xml", workbook); err != nil {
		return err
	}
	return xw.zip.Close()
}

const xlsxContentTypes = xmlHeader + `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
	`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
	`<Default Extension="xml" ContentType="application/xml"/>` +
	`<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
	`<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>` +
	`<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>` +
	`</Types>`

const xlsxRootRels = xmlHeader + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
	`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>` +
	`</Relationships>`

const xlsxWorkbookRels = xmlHeader + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
	`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>` +
	`<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>` +
	`</Relationships>`

// xlsxStyles holds the three cell styles: the default, the bold header
// (xlsxStyleHeader) and the date (xlsxStyleDate). The date has a format
// of its own: the built-in short date (14) follows the reader's locale,
// 3/1/2024 in an English Excel.
const xlsxStyles = xmlHeader + `<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
	`<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts>` +
	`<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>` +
	`<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>` +
	`<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
	`<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
	`<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
	`<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>` +
	`<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>` +
	`<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>` +
	`<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>` +
	`</styleSheet>`

// xmlHeader starts every part.
const xmlHeader = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n"

// utf16Len counts a string as Excel does, in UTF-16 code units.
func utf16Len(s string) int {
	n := 0
	for _, r := range s {
		n += max(utf16.RuneLen(r), 1)
	}
	return n
}

// truncateUTF16 cuts s to at most limit UTF-16 code units, never inside a
// character.
func truncateUTF16(s string, limit int) string {
	n := 0
	for i, r := range s {
		size := utf16.RuneLen(r)
		if size < 0 {
			size = 1
		}
		if n+size > limit {
			return s[:i]
		}
		n += size
	}
	return s
}
