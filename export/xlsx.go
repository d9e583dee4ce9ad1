package export

import (
	"fmt"
	"io"
	"time"
	"unicode/utf16"

	"github.com/xuri/excelize/v2"

	"github.com/esfdata/esf/parser"
)

// MaxCellChars is the most characters (UTF-16 code units) an Excel cell
// holds.
const MaxCellChars = 32767

// xlsxSheet is the name of the one sheet esf writes.
const xlsxSheet = "Projects"

// xlsxWriter writes a workbook with one sheet through excelize's stream
// writer, which keeps rows on disk rather than in memory: a bold, frozen
// header row with filter buttons, and typed cells — numbers, dates and
// booleans as such.
type xlsxWriter struct {
	out     io.Writer
	file    *excelize.File
	sheet   *excelize.StreamWriter
	sel     Selection
	warn    func(rec *parser.Project, column, message string)
	dateFmt int
	row     int
	cells   []any
}

func newXLSXWriter(w io.Writer, sel Selection, warn func(*parser.Project, string, string)) (*xlsxWriter, error) {
	f := excelize.NewFile()
	if err := f.SetSheetName("Sheet1", xlsxSheet); err != nil {
		return nil, err
	}
	// The stream writer writes the sheet's dimension before any row, so
	// it would say A1; readers that trust it (openpyxl's read-only mode,
	// in2csv, SheetJS) would see one cell. A sheet without a dimension is
	// read whole.
	if err := f.SetSheetDimension(xlsxSheet, ""); err != nil {
		return nil, err
	}
	sw, err := f.NewStreamWriter(xlsxSheet)
	if err != nil {
		return nil, err
	}
	bold, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}})
	if err != nil {
		return nil, err
	}
	// An explicit format: the built-in short date (14) follows the
	// reader's locale, 3/1/2024 in an English Excel.
	dateFormat := "yyyy-mm-dd"
	date, err := f.NewStyle(&excelize.Style{CustomNumFmt: &dateFormat})
	if err != nil {
		return nil, err
	}
	xw := &xlsxWriter{
		out: w, file: f, sheet: sw, sel: sel, warn: warn,
		dateFmt: date, row: 1, cells: make([]any, len(sel)),
	}
	// Column widths must come before the first row in a stream.
	for i, c := range sel {
		if err := sw.SetColWidth(i+1, i+1, columnWidth(c)); err != nil {
			return nil, err
		}
	}
	if err := sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
		return nil, err
	}
	header := make([]any, len(sel))
	for i, c := range sel {
		header[i] = excelize.Cell{StyleID: bold, Value: c.Name}
	}
	if err := sw.SetRow("A1", header); err != nil {
		return nil, err
	}
	return xw, nil
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

func (xw *xlsxWriter) Write(rec *parser.Project) error {
	xw.row++
	for i, c := range xw.sel {
		cell, err := xw.cell(rec, c)
		if err != nil {
			return err
		}
		xw.cells[i] = cell
	}
	ref, err := excelize.CoordinatesToCellName(1, xw.row)
	if err != nil {
		return err
	}
	return xw.sheet.SetRow(ref, xw.cells)
}

// cell gives a value its Excel type: numbers and booleans as such, dates
// as dates, everything else as text, cut to what a cell holds. Text needs
// no formula guard: a typed string cell is never run.
func (xw *xlsxWriter) cell(rec *parser.Project, c Column) (any, error) {
	v := c.value(rec)
	switch v := v.(type) {
	case nil:
		return nil, nil
	case int64, float64, bool:
		return v, nil
	case string:
		if c.Kind == KindDate {
			if t, err := time.Parse(time.DateOnly, v); err == nil {
				return excelize.Cell{StyleID: xw.dateFmt, Value: t}, nil
			}
		}
	}
	s, err := flatText(c, v, false)
	if err != nil {
		return nil, err
	}
	if n := utf16Len(s); n > MaxCellChars {
		s = truncateUTF16(s, MaxCellChars)
		if xw.warn != nil {
			xw.warn(rec, c.Name, fmt.Sprintf("text of %d characters cut to Excel's limit of %d", n, MaxCellChars))
		}
	}
	return s, nil
}

// Close puts the rows in a table, which gives the header its filter
// buttons, and writes the workbook. The table is added in the stream: an
// autofilter set after the stream would read the whole sheet back into
// memory.
func (xw *xlsxWriter) Close() error {
	last, err := excelize.CoordinatesToCellName(len(xw.sel), max(xw.row, 2))
	if err != nil {
		return err
	}
	noStripes := false
	if err := xw.sheet.AddTable(&excelize.Table{
		Range: "A1:" + last, Name: xlsxSheet, StyleName: "TableStyleLight1", ShowRowStripes: &noStripes,
	}); err != nil {
		return err
	}
	if err := xw.sheet.Flush(); err != nil {
		return err
	}
	if _, err := xw.file.WriteTo(xw.out); err != nil {
		return err
	}
	return xw.file.Close()
}

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
