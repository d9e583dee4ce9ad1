package snapshot

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"reflect"
	"strconv"
	"strings"
	"sync"

	"github.com/esfdata/esf/export"
	"github.com/esfdata/esf/parser"
)

// columns maps every column name of the flat formats to its column, whose
// Field is where a cell goes in a record; built on first use.
var columns = sync.OnceValue(func() map[string]export.Column {
	m := map[string]export.Column{}
	for _, c := range export.Columns() {
		m[c.Name] = c
	}
	return m
})

// sniffHeader reads the first line of head as a header row of esf's
// flat formats: every cell a column name, each once. It returns the
// separator and format: a tab for TSV, ';' for the CSV written for Excel,
// ',' for CSV.
func sniffHeader(head []byte) (comma rune, format Format, ok bool) {
	line, _, found := bytes.Cut(head, []byte("\n"))
	if !found && len(head) >= SniffLen {
		return 0, None, false // a line this long is no header of esf's
	}
	line = bytes.TrimSuffix(line, []byte("\r"))
	comma, format = ',', CSV
	switch {
	case bytes.IndexByte(line, '\t') >= 0:
		comma, format = '\t', TSV
	case bytes.IndexByte(line, ';') >= 0:
		comma = ';'
	}
	seen := map[string]bool{}
	for name := range strings.SplitSeq(string(line), string(comma)) {
		if _, known := columns()[name]; !known || seen[name] {
			return 0, None, false
		}
		seen[name] = true
	}
	return comma, format, true
}

// flatReader turns the cells of a flat format's rows into records.
type flatReader struct {
	name    string
	columns []export.Column
	// excel marks the CSV written for Excel: decimal commas, and text
	// cells that the formula guard put a ' before.
	excel bool
	want  Want
}

// readFlat reads a CSV or TSV file esf wrote: a header row, then a row
// per record.
func readFlat(br *bufio.Reader, name string, want Want, use Use) error {
	if bom, _ := br.Peek(len(utf8BOM)); bytes.Equal(bom, utf8BOM) {
		br.Discard(len(utf8BOM))
	}
	head, _ := br.Peek(SniffLen)
	comma, format, ok := sniffHeader(head)
	if !ok {
		return ErrNotSnapshot
	}
	fr := &flatReader{name: name, excel: comma == ';', want: want}
	if format == TSV {
		return fr.readTSV(br, use)
	}
	r := csv.NewReader(br)
	r.Comma = comma
	r.ReuseRecord = true
	header, err := r.Read()
	if err != nil {
		return fmt.Errorf("%s: %v", name, err)
	}
	fr.setHeader(header)
	for {
		row, err := r.Read()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("%s: %v", name, err)
		}
		line, _ := r.FieldPos(0)
		if err := fr.use(row, line, use); err != nil {
			return err
		}
	}
}

func (fr *flatReader) setHeader(header []string) {
	fr.columns = make([]export.Column, len(header))
	for i, name := range header {
		fr.columns[i] = columns()[name]
	}
}

// readTSV reads esf's TSV: a row a line, cells never quoted, with \t, \n,
// \r and \\ standing for what they name.
func (fr *flatReader) readTSV(br *bufio.Reader, use Use) error {
	for line := 1; ; line++ {
		text, err := br.ReadString('\n')
		text = strings.TrimSuffix(strings.TrimSuffix(text, "\n"), "\r")
		if text != "" {
			cells := strings.Split(text, "\t")
			if line == 1 {
				fr.setHeader(cells)
			} else {
				if len(cells) != len(fr.columns) {
					return fmt.Errorf("%s:%d: %d cells, the header has %d", fr.name, line, len(cells), len(fr.columns))
				}
				for i, c := range cells {
					cells[i] = unescapeTSV(c)
				}
				if uerr := fr.use(cells, line, use); uerr != nil {
					return uerr
				}
			}
		}
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
	}
}

var tsvUnescaper = strings.NewReplacer(`\t`, "\t", `\n`, "\n", `\r`, "\r", `\\`, `\`)

func unescapeTSV(s string) string {
	if strings.IndexByte(s, '\\') < 0 {
		return s
	}
	return tsvUnescaper.Replace(s)
}

// use fills a record from a row's cells and hands it over.
func (fr *flatReader) use(cells []string, line int, use Use) error {
	if !fr.want(line) {
		return nil
	}
	rec := &parser.Project{}
	for i, cell := range cells {
		c := fr.columns[i]
		if err := fr.set(c.Field(rec), c, cell); err != nil {
			return fmt.Errorf("%s:%d: %s: %v", fr.name, line, c.Name, err)
		}
	}
	placeRecord(rec, fr.name, line)
	return use(rec, line)
}

// set fills a field from the text of its cell, as esf's flat formats
// write it: nothing for null, lists joined with "; ", objects as JSON.
func (fr *flatReader) set(f reflect.Value, c export.Column, cell string) error {
	if c.Kind == export.KindList {
		list := []string{}
		if cell != "" {
			list = strings.Split(cell, export.ListSeparator)
		}
		f.Set(reflect.ValueOf(list))
		return nil
	}
	if cell == "" {
		return nil // null, or an empty value of source
	}
	if f.Kind() == reflect.Pointer {
		f.Set(reflect.New(f.Type().Elem()))
		f = f.Elem()
	}
	switch c.Kind {
	case export.KindInteger:
		n, err := strconv.ParseInt(cell, 10, 64)
		if err != nil {
			return err
		}
		f.SetInt(n)
	case export.KindNumber:
		if fr.excel {
			cell = strings.Replace(cell, ",", ".", 1)
		}
		x, err := strconv.ParseFloat(cell, 64)
		if err != nil {
			return err
		}
		f.SetFloat(x)
	case export.KindBoolean:
		b, err := strconv.ParseBool(cell)
		if err != nil {
			return err
		}
		f.SetBool(b)
	case export.KindJSON:
		return json.Unmarshal([]byte(cell), f.Addr().Interface())
	default:
		if fr.excel && len(cell) > 1 && cell[0] == '\'' && strings.ContainsRune("=+-@\t\r", rune(cell[1])) {
			cell = cell[1:] // the formula guard's mark
		}
		f.SetString(cell)
	}
	return nil
}
