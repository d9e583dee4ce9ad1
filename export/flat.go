package export

import (
	"bufio"
	"bytes"
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
	if err := writeJSONValue(&b, v); err != nil {
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

// Dialect is how the flat text formats separate, quote and end things.
type Dialect struct {
	Comma byte
	// CRLF ends rows with CRLF. Line breaks inside a cell stay LF either
	// way, as Excel itself writes them.
	CRLF bool
	// BOM starts the file with a UTF-8 byte-order mark, by which Excel
	// knows the file is UTF-8.
	BOM bool
	// DecimalComma writes numbers that are not whole with a comma.
	DecimalComma bool
	// Escaped writes one row per line, with no quoting: a tab, line feed,
	// carriage return or backslash in a value is written \t, \n, \r, \\,
	// as Miller, PostgreSQL's text format and jq's @tsv do. Otherwise a
	// cell is quoted as RFC 4180 says when it holds the separator, a quote
	// or a line break, or starts with a space.
	Escaped bool
}

// The dialects.
var (
	DialectCSV = Dialect{Comma: ','}
	DialectTSV = Dialect{Comma: '\t', Escaped: true}
	// DialectExcel is CSV as a Swedish Excel opens it by double-click:
	// UTF-8 with a BOM, ';' between cells (',' is the decimal mark),
	// CRLF row ends and decimal commas.
	DialectExcel = Dialect{Comma: ';', CRLF: true, BOM: true, DecimalComma: true}
)

// flatWriter writes a header row and one row per record in a Dialect.
type flatWriter struct {
	buf     *bufio.Writer
	sel     Selection
	dialect Dialect
	guard   bool
	eol     string
}

func newFlatWriter(w io.Writer, sel Selection, d Dialect, guard bool) (*flatWriter, error) {
	fw := &flatWriter{buf: bufio.NewWriterSize(w, 64<<10), sel: sel, dialect: d, guard: guard, eol: "\n"}
	if d.CRLF {
		fw.eol = "\r\n"
	}
	if d.BOM {
		fw.buf.WriteString("\uFEFF")
	}
	for i, c := range sel {
		fw.cell(i, c.Name)
	}
	_, err := fw.buf.WriteString(fw.eol)
	return fw, err
}

func (fw *flatWriter) Write(rec *parser.Project) error {
	for i, c := range fw.sel {
		s, err := flatText(c, c.value(rec), fw.dialect.DecimalComma)
		if err != nil {
			return err
		}
		if fw.guard && isText(c) {
			s = guardFormula(s)
		}
		if s == "" && len(fw.sel) == 1 {
			// A row of one empty cell would be an empty line, which pandas,
			// R and Python's csv skip, losing the record; "" is an empty
			// cell to all of them, as Python's csv writes it.
			fw.buf.WriteString(`""`)
			continue
		}
		fw.cell(i, s)
	}
	// Rows go out as the buffer fills.
	_, err := fw.buf.WriteString(fw.eol)
	return err
}

// cell writes the i-th cell of a row, with the separator before it.
func (fw *flatWriter) cell(i int, s string) {
	if i > 0 {
		fw.buf.WriteByte(fw.dialect.Comma)
	}
	switch {
	case fw.dialect.Escaped:
		writeEscaped(fw.buf, s)
	case needsQuotes(s, fw.dialect.Comma):
		fw.buf.WriteByte('"')
		for {
			j := strings.IndexByte(s, '"')
			if j < 0 {
				break
			}
			fw.buf.WriteString(s[:j+1])
			fw.buf.WriteByte('"')
			s = s[j+1:]
		}
		fw.buf.WriteString(s)
		fw.buf.WriteByte('"')
	default:
		fw.buf.WriteString(s)
	}
}

// needsQuotes reports a CSV cell that must be quoted: one that holds the
// separator, a quote or a line break, or starts with a space or tab, which
// some readers would trim.
func needsQuotes(s string, comma byte) bool {
	if s == "" {
		return false
	}
	if s[0] == ' ' || s[0] == '\t' {
		return true
	}
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case comma, '"', '\n', '\r':
			return true
		}
	}
	return false
}

// writeEscaped writes s with tab, line feed, carriage return and
// backslash escaped.
func writeEscaped(w *bufio.Writer, s string) {
	start := 0
	for i := 0; i < len(s); i++ {
		var esc string
		switch s[i] {
		case '\t':
			esc = `\t`
		case '\n':
			esc = `\n`
		case '\r':
			esc = `\r`
		case '\\':
			esc = `\\`
		default:
			continue
		}
		w.WriteString(s[start:i])
		w.WriteString(esc)
		start = i + 1
	}
	w.WriteString(s[start:])
}

func (fw *flatWriter) Close() error { return fw.buf.Flush() }
