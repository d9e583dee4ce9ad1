package export

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"io"
	"strconv"
	"strings"

	"github.com/esfdata/esf/parser"
)

// ListSeparator joins the items of a list in one cell of a flat format.
const ListSeparator = "; "

// flatText writes a value as the text of one cell: nothing for null,
// numbers without thousands separators (with a decimal comma when asked),
// lists joined with "; ", objects and arrays as compact JSON.
func flatText(c Column, v any, decimalComma bool) (string, error) {
	switch v := v.(type) {
	case nil:
		return "", nil
	case string:
		return v, nil
	case int64:
		return strconv.FormatInt(v, 10), nil
	case float64:
		s := strconv.FormatFloat(v, 'f', -1, 64)
		if decimalComma {
			s = strings.Replace(s, ".", ",", 1)
		}
		return s, nil
	case bool:
		return strconv.FormatBool(v), nil
	case []string:
		return strings.Join(v, ListSeparator), nil
	}
	var b bytes.Buffer
	if err := writeJSON(&b, v); err != nil {
		return "", err
	}
	return b.String(), nil
}

// guardFormula defuses a text cell that a spreadsheet would run as a
// formula, by OWASP's advice on CSV injection: a leading =, +, -, @, tab or
// carriage return gets a ' in front. Only text cells are guarded; numbers
// are never touched.
func guardFormula(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

// isText reports a column whose cells are text, and so may need the
// formula guard.
func isText(c Column) bool {
	switch c.Kind {
	case KindInteger, KindNumber, KindBoolean:
		return false
	}
	return true
}

// Dialect is how the flat text formats separate and end things.
type Dialect struct {
	Comma rune
	CRLF  bool
	// BOM starts the file with a UTF-8 byte-order mark, by which Excel
	// knows the file is UTF-8.
	BOM bool
	// DecimalComma writes numbers that are not whole with a comma.
	DecimalComma bool
}

// The dialects.
var (
	DialectCSV = Dialect{Comma: ','}
	DialectTSV = Dialect{Comma: '\t'}
	// DialectExcel is CSV as a Swedish Excel opens it by double-click:
	// UTF-8 with a BOM, ';' between cells (',' is the decimal mark),
	// CRLF line ends and decimal commas.
	DialectExcel = Dialect{Comma: ';', CRLF: true, BOM: true, DecimalComma: true}
)

// csvWriter writes a header row and one row per record with encoding/csv.
// Text keeps its line breaks inside quoted cells.
type csvWriter struct {
	buf     *bufio.Writer
	w       *csv.Writer
	sel     Selection
	dialect Dialect
	guard   bool
	row     []string
}

func newCSVWriter(w io.Writer, sel Selection, d Dialect, guard bool) (*csvWriter, error) {
	buf := bufio.NewWriter(w)
	if d.BOM {
		buf.WriteString("\uFEFF")
	}
	cw := csv.NewWriter(buf)
	cw.Comma = d.Comma
	cw.UseCRLF = d.CRLF
	header := make([]string, len(sel))
	for i, c := range sel {
		header[i] = c.Name
	}
	if err := cw.Write(header); err != nil {
		return nil, err
	}
	return &csvWriter{buf: buf, w: cw, sel: sel, dialect: d, guard: guard, row: make([]string, len(sel))}, nil
}

func (cw *csvWriter) Write(rec *parser.Project) error {
	for i, c := range cw.sel {
		s, err := flatText(c, c.value(rec), cw.dialect.DecimalComma)
		if err != nil {
			return err
		}
		if cw.guard && isText(c) {
			s = guardFormula(s)
		}
		cw.row[i] = s
	}
	// Rows go out as the buffer fills, in blocks of bufio's size.
	return cw.w.Write(cw.row)
}

func (cw *csvWriter) Close() error {
	cw.w.Flush()
	if err := cw.w.Error(); err != nil {
		return err
	}
	return cw.buf.Flush()
}
