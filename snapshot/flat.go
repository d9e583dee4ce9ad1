package snapshot

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"

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
	known := 0
	for name := range strings.SplitSeq(string(line), string(comma)) {
		name = headerName(name)
		if seen[name] {
			return 0, None, false
		}
		seen[name] = true
		if _, ok := columns()[name]; ok {
			known++
		}
	}
	// A spreadsheet the file was saved from again may have columns of a
	// user's own (a "Kommentar"), kept in extra; most must be esf's.
	return comma, format, known == len(seen) || known >= minOwnColumns && known*4 >= len(seen)*3
}

// minOwnColumns is how many of esf's column names a header with columns
// of a user's own must hold to be esf's.
const minOwnColumns = 8

// headerName returns a header cell's name without the quotes a
// spreadsheet that quotes every text cell puts around it.
func headerName(cell string) string {
	if len(cell) >= 2 && cell[0] == '"' && cell[len(cell)-1] == '"' {
		return strings.ReplaceAll(cell[1:len(cell)-1], `""`, `"`)
	}
	return cell
}

// flatReader turns the cells of a flat format's rows into records.
type flatReader struct {
	name    string
	columns []export.Column
	names   []string // the header's names, a user's own columns' among them
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
	fr.names = make([]string, len(header))
	for i, name := range header {
		if !utf8.ValidString(name) {
			name = windows1252(name) // "Övrigt", saved by a spreadsheet
		}
		fr.names[i] = headerName(name)
		fr.columns[i] = columns()[fr.names[i]]
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
					cells[i] = unescapeTSV(unquoteSaved(c))
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

// unquoteSaved reads a cell of esf's TSV as a spreadsheet that saved it
// again wrote it: one that holds a quote is quoted, its quotes doubled
// (`"""Nya vägar"" för unga"`). esf writes its cells as they are, so a
// cell is read so only where every quote inside the outer two is
// doubled, and one is.
func unquoteSaved(cell string) string {
	if len(cell) < 4 || cell[0] != '"' || cell[len(cell)-1] != '"' {
		return cell
	}
	inner := cell[1 : len(cell)-1]
	if !strings.Contains(inner, `""`) || strings.Contains(strings.ReplaceAll(inner, `""`, ""), `"`) {
		return cell
	}
	return strings.ReplaceAll(inner, `""`, `"`)
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
	var own parser.Pairs // the cells of a user's own columns
	var dates []dateCell
	recoded := false
	for i, cell := range cells {
		if !utf8.ValidString(cell) {
			// Saved again by a spreadsheet in its own code page.
			cell, recoded = windows1252(cell), true
		}
		c := fr.columns[i]
		switch {
		case c.Name == "":
			if cell != "" {
				own = append(own, parser.Pair{Label: fr.names[i], Value: &cell})
			}
			continue
		case c.Kind == export.KindDate && cell != "" && !parser.IsISODate(cell):
			dates = append(dates, dateCell{c, cell})
			continue
		}
		if err := fr.set(c.Field(rec), c, cell); err != nil {
			return fmt.Errorf("%s:%d: %s: %v", fr.name, line, c.Name, err)
		}
	}
	rec.Extra = append(rec.Extra, own...)
	fr.readDates(rec, line, dates)
	if recoded {
		rec.Warnings = append(rec.Warnings, fr.warning(line, parser.KeySource, parser.WarnEncoding,
			"the row is not the UTF-8 esf writes, and was read as Windows-1252, in which a spreadsheet saves CSV"))
	}
	placeRecord(rec, fr.name, line)
	return use(rec, line)
}

// windows1252 reads s as Windows-1252.
func windows1252(s string) string {
	out, err := charmap.Windows1252.NewDecoder().String(s)
	if err != nil {
		return strings.ToValidUTF8(s, "\uFFFD")
	}
	return out
}

// dateCell is a date's cell that is not in esf's form, YYYY-MM-DD: a
// spreadsheet that read the date writes it in its own ("3/1/2024",
// "01.03.2024").
type dateCell struct {
	column export.Column
	text   string
}

// slashDate is a date with slashes, day first or month first, compiled
// when a row first has one.
var slashDate = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^(\d{1,2})/(\d{1,2})/(\d{4})$`) })

// readDates reads a row's dates as a spreadsheet saved them, each with a
// warning. A date of slashes is read day first or month first as the
// row's other dates show ("3/1/2024" beside "12/31/2026" is the 1st of
// March); where none shows it, it is left empty and said.
func (fr *flatReader) readDates(rec *parser.Project, line int, dates []dateCell) {
	dayFirst, monthFirst := false, false
	for _, d := range dates {
		if m := slashDate().FindStringSubmatch(d.text); m != nil {
			a, b := atoi(m[1]), atoi(m[2])
			dayFirst = dayFirst || a > 12 && b <= 12
			monthFirst = monthFirst || b > 12 && a <= 12
		}
	}
	for _, d := range dates {
		iso, why := "", ""
		if m := slashDate().FindStringSubmatch(d.text); m != nil && dayFirst != monthFirst {
			day, month := atoi(m[1]), atoi(m[2])
			if monthFirst {
				day, month = month, day
			}
			iso, why = parser.ReadDate(fmt.Sprintf("%s-%02d-%02d", m[3], month, day))
		} else {
			iso, why = parser.ReadDate(d.text)
		}
		k, _ := parser.KeyNamed(d.column.Name)
		if iso == "" {
			rec.Warnings = append(rec.Warnings, fr.warning(line, k, parser.WarnType, why+", as a spreadsheet saved it; left empty"))
			continue
		}
		d.column.Field(rec).Set(reflect.ValueOf(&iso))
		rec.Warnings = append(rec.Warnings, fr.warning(line, k, parser.WarnValue, fmt.Sprintf("%q, as a spreadsheet saved it, was read as %s", d.text, iso)))
	}
}

// warning is a warning on a line of the file read back, which is no line
// of the record's page: the file names it, and the message its line.
func (fr *flatReader) warning(line int, k parser.Key, kind parser.WarningKind, message string) parser.Warning {
	return parser.Warning{Position: parser.Position{Path: fr.name}, Key: k, Kind: kind, Message: fmt.Sprintf("line %d: %s", line, message)}
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
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
