package export

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"errors"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
	"go.yaml.in/yaml/v3"

	"github.com/esfdata/esf/parser"
)

// testRecords parses every page of testdata.
func testRecords(t testing.TB) []*parser.Project {
	t.Helper()
	var recs []*parser.Project
	for _, dir := range []string{"pages", "variants", "encodings"} {
		files, err := filepath.Glob(filepath.Join("..", "testdata", dir, "*.txt"))
		if err != nil || len(files) == 0 {
			t.Fatalf("no pages in %s", dir)
		}
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			rec, err := parser.Parse(filepath.ToSlash(f), data, parser.Options{})
			if err != nil {
				t.Fatal(err)
			}
			recs = append(recs, rec...)
		}
	}
	return recs
}

func write(t testing.TB, recs []*parser.Project, opts Options) []byte {
	t.Helper()
	var b bytes.Buffer
	writeTo(t, &b, recs, opts)
	return b.Bytes()
}

// writeTo writes recs to out with a Writer of opts.
func writeTo(t testing.TB, out io.Writer, recs []*parser.Project, opts Options) {
	t.Helper()
	w, err := New(out, opts)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range recs {
		if err := w.Write(r); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
}

// canonical writes a value as one string, so that every format's reading
// of it can be compared: null is "<null>", numbers are plain, lists are
// joined, and objects are JSON with sorted keys.
func canonical(c Column, v any) string {
	switch v := v.(type) {
	case nil:
		return "<null>"
	case string:
		return v
	case int64:
		return strconv.FormatInt(v, 10)
	case float64:
		if c.Kind == KindInteger {
			return strconv.FormatInt(int64(v), 10)
		}
		return strconv.FormatFloat(v, 'f', -1, 64)
	case int:
		return strconv.Itoa(v)
	case bool:
		return strconv.FormatBool(v)
	case []string:
		return strings.Join(v, ListSeparator)
	case []any:
		if c.Kind == KindList {
			items := make([]string, len(v))
			for i, e := range v {
				items[i], _ = e.(string)
			}
			return strings.Join(items, ListSeparator)
		}
	}
	return sortedJSON(v)
}

// sortedJSON re-encodes a value through encoding/json's maps, which sort
// keys, so that two orders of one object compare equal.
func sortedJSON(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		return "<" + err.Error() + ">"
	}
	var generic any
	if err := json.Unmarshal(b, &generic); err != nil {
		return "<" + err.Error() + ">"
	}
	b, _ = json.Marshal(generic)
	return string(b)
}

// flatCanonical is canonical as a flat format must write the value: null
// and empty lists are an empty cell, text cells are guarded.
func flatCanonical(c Column, v any, guard bool) string {
	s := canonical(c, v)
	switch {
	case v == nil:
		return ""
	case c.Kind == KindJSON:
		s = flatJSON(v)
	}
	if guard && isText(c) {
		s = guardFormula(s)
	}
	return s
}

func flatJSON(v any) string {
	var b bytes.Buffer
	if err := writeJSON(&b, v); err != nil {
		return "<" + err.Error() + ">"
	}
	return b.String()
}

func allColumnsSelection(t testing.TB) Selection {
	sel, err := Select(nil, true, false)
	if err != nil {
		t.Fatal(err)
	}
	return sel
}

// TestNestedFormatsReadBack reads JSON, NDJSON and YAML back with real
// decoders and compares every key of every record of testdata.
func TestNestedFormatsReadBack(t *testing.T) {
	recs := testRecords(t)
	sel := allColumnsSelection(t)
	decoders := map[string]func([]byte) ([]map[string]any, error){
		"json": func(b []byte) ([]map[string]any, error) {
			var out []map[string]any
			err := json.Unmarshal(b, &out)
			return out, err
		},
		"ndjson": func(b []byte) ([]map[string]any, error) {
			var out []map[string]any
			sc := bufio.NewScanner(bytes.NewReader(b))
			sc.Buffer(nil, 1<<30)
			for sc.Scan() {
				var m map[string]any
				if err := json.Unmarshal(sc.Bytes(), &m); err != nil {
					return nil, err
				}
				out = append(out, m)
			}
			return out, sc.Err()
		},
		"yaml": func(b []byte) ([]map[string]any, error) {
			var out []map[string]any
			dec := yaml.NewDecoder(bytes.NewReader(b))
			for {
				var m map[string]any
				err := dec.Decode(&m)
				if errors.Is(err, io.EOF) {
					return out, nil
				}
				if err != nil {
					return nil, err
				}
				out = append(out, m)
			}
		},
	}
	for format, decode := range decoders {
		t.Run(format, func(t *testing.T) {
			out := write(t, recs, Options{Format: format, Selection: sel})
			got, err := decode(out)
			if err != nil {
				t.Fatalf("reading %s back: %v", format, err)
			}
			if len(got) != len(recs) {
				t.Fatalf("read %d records, wrote %d", len(got), len(recs))
			}
			for i, rec := range recs {
				for _, c := range sel {
					v, ok := got[i][c.Key]
					if !ok {
						t.Errorf("%s: key %s missing", rec.Source.Path, c.Key)
						continue
					}
					if c.Sub != "" {
						v = v.(map[string]any)[c.Sub]
					}
					if g, w := canonical(c, v), canonical(c, c.value(rec)); g != w {
						t.Errorf("%s: %s = %.100q, want %.100q", rec.Source.Path, c.Name, g, w)
					}
				}
			}
		})
	}
}

// TestFlatFormatsReadBack reads CSV and the Excel dialect back with
// encoding/csv, and TSV line by line as cut and awk do, and compares every
// cell.
func TestFlatFormatsReadBack(t *testing.T) {
	recs := testRecords(t)
	sel := allColumnsSelection(t)
	tests := []struct {
		name string
		opts Options
	}{
		{"csv", Options{Format: "csv"}},
		{"tsv", Options{Format: "tsv"}},
		{"excel", Options{Format: "csv", Excel: true, FormulaGuard: true}},
		{"csv guarded", Options{Format: "csv", FormulaGuard: true}},
		{"tsv guarded", Options{Format: "tsv", FormulaGuard: true}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.opts.Selection = sel
			out := write(t, recs, tt.opts)
			var rows [][]string
			switch {
			case tt.opts.Format == "tsv":
				rows = readTSV(t, out, len(sel))
			case tt.opts.Excel:
				if !bytes.HasPrefix(out, []byte("\uFEFF")) {
					t.Fatal("Excel CSV does not start with a UTF-8 BOM")
				}
				out = out[3:]
				// Rows end with CRLF; a line break inside a cell stays LF,
				// as Excel writes it, so that pandas does not read \r\n.
				if crlf := bytes.Count(out, []byte("\r\n")); crlf != len(recs)+1 {
					t.Errorf("%d CRLF, want one per row (%d)", crlf, len(recs)+1)
				}
				if bytes.Count(out, []byte("\n")) == len(recs)+1 {
					t.Fatal("no line break inside a cell: the test reads nothing")
				}
				rows = readCSV(t, out, ';')
			default:
				rows = readCSV(t, out, ',')
			}
			if len(rows) != len(recs)+1 {
				t.Fatalf("read %d rows, want a header and %d", len(rows), len(recs))
			}
			for i, c := range sel {
				if rows[0][i] != c.Name {
					t.Fatalf("header column %d = %q, want %q", i, rows[0][i], c.Name)
				}
			}
			for i, rec := range recs {
				for j, c := range sel {
					want := flatCanonical(c, c.value(rec), tt.opts.FormulaGuard)
					if tt.opts.Excel && c.Kind == KindNumber {
						want = strings.Replace(want, ".", ",", 1)
					}
					if got := rows[i+1][j]; got != want {
						t.Errorf("%s: %s = %.100q, want %.100q", rec.Source.Path, c.Name, got, want)
					}
				}
			}
		})
	}
}

func readCSV(t *testing.T, out []byte, comma rune) [][]string {
	t.Helper()
	r := csv.NewReader(bytes.NewReader(out))
	r.Comma = comma
	rows, err := r.ReadAll()
	if err != nil {
		t.Fatalf("reading back: %v", err)
	}
	return rows
}

// readTSV reads TSV as line tools do: a row a line, cells split at tabs,
// every row as wide as the header; then unescapes each cell.
func readTSV(t *testing.T, out []byte, width int) [][]string {
	t.Helper()
	text, ok := strings.CutSuffix(string(out), "\n")
	if !ok {
		t.Fatal("TSV does not end with a line feed")
	}
	var rows [][]string
	for n, line := range strings.Split(text, "\n") {
		cells := strings.Split(line, "\t")
		if len(cells) != width {
			t.Fatalf("line %d has %d cells, want %d", n+1, len(cells), width)
		}
		for i := range cells {
			cells[i] = unescapeTSV(cells[i])
		}
		rows = append(rows, cells)
	}
	return rows
}

// unescapeTSV reads back a cell of DialectTSV.
func unescapeTSV(s string) string {
	if !strings.Contains(s, `\`) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] != '\\' || i+1 == len(s) {
			b.WriteByte(s[i])
			continue
		}
		i++
		switch s[i] {
		case 't':
			b.WriteByte('\t')
		case 'n':
			b.WriteByte('\n')
		case 'r':
			b.WriteByte('\r')
		default:
			b.WriteByte(s[i])
		}
	}
	return b.String()
}

// TestFlatQuoting checks what breaks line tools and CSV readers: a value
// with the separator, quotes, tabs, both line breaks, a backslash and a
// leading space reads back the same from csv, the Excel dialect and tsv,
// and a TSV row stays one line.
func TestFlatQuoting(t *testing.T) {
	values := []string{
		"a,b;c", `say "hej"`, "tab\there", "two\nlines", "cr\r\nlf", `back\slash`, `\t is not a tab`,
		" leading space", "trailing space ", "", "plain",
	}
	recs := make([]*parser.Project, len(values))
	for i := range values {
		recs[i] = &parser.Project{Summary: &values[i]}
	}
	sel, _ := Select([]string{"summary", "participants"}, false, false)
	for _, opts := range []Options{{Format: "csv"}, {Format: "csv", Excel: true}, {Format: "tsv"}} {
		opts.Selection = sel
		out := write(t, recs, opts)
		var rows [][]string
		switch {
		case opts.Format == "tsv":
			if n := bytes.Count(out, []byte("\n")); n != len(values)+1 {
				t.Errorf("tsv has %d lines, want %d", n, len(values)+1)
			}
			rows = readTSV(t, out, len(sel))
		case opts.Excel:
			rows = readCSV(t, out[3:], ';')
		default:
			rows = readCSV(t, out, ',')
		}
		for i, want := range values {
			got := rows[i+1][0]
			if opts.Format == "csv" {
				// encoding/csv reads a CRLF inside a quoted cell as LF.
				want = strings.ReplaceAll(want, "\r\n", "\n")
			}
			if got != want {
				t.Errorf("%s excel=%v: read %q, wrote %q", opts.Format, opts.Excel, got, values[i])
			}
		}
	}
}

// TestXLSXReadBack reads the workbook back with excelize and checks every
// cell's value and type: numbers, dates and booleans typed, the header
// bold and frozen, an autofilter over the table.
func TestXLSXReadBack(t *testing.T) {
	recs := testRecords(t)
	sel := allColumnsSelection(t)
	out := write(t, recs, Options{Format: "xlsx", Selection: sel})
	f, err := excelize.OpenReader(bytes.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if sheets := f.GetSheetList(); !slices.Equal(sheets, []string{xlsxSheet}) {
		t.Fatalf("sheets = %v", sheets)
	}
	rows, err := f.GetRows(xlsxSheet, excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != len(recs)+1 {
		t.Fatalf("%d rows, want a header and %d", len(rows), len(recs))
	}
	for i, c := range sel {
		if rows[0][i] != c.Name {
			t.Fatalf("header %d = %q, want %q", i, rows[0][i], c.Name)
		}
	}
	for i, rec := range recs {
		for j, c := range sel {
			cellName, _ := excelize.CoordinatesToCellName(j+1, i+2)
			var got string
			if j < len(rows[i+1]) {
				got = rows[i+1][j]
			}
			v := c.value(rec)
			want := flatCanonical(c, v, false)
			typ, err := f.GetCellType(xlsxSheet, cellName)
			if err != nil {
				t.Fatal(err)
			}
			switch {
			case v == nil:
				if got != "" {
					t.Errorf("%s: %s = %q, want an empty cell", rec.Source.Path, c.Name, got)
				}
				continue
			case c.Kind == KindDate:
				serial, err := strconv.ParseFloat(got, 64)
				if err != nil {
					t.Errorf("%s: %s = %q is not a date serial", rec.Source.Path, c.Name, got)
					continue
				}
				d, _ := excelize.ExcelDateToTime(serial, false)
				got = d.Format("2006-01-02")
				// What every reader shows, whatever its locale.
				if shown, _ := f.GetCellValue(xlsxSheet, cellName); shown != want {
					t.Errorf("%s: %s shows as %q, want %q", rec.Source.Path, c.Name, shown, want)
				}
			case c.Kind == KindBoolean:
				if typ != excelize.CellTypeBool {
					t.Errorf("%s: %s has type %v, want boolean", rec.Source.Path, c.Name, typ)
				}
				b, _ := strconv.ParseBool(got)
				got = strconv.FormatBool(b)
			case c.Kind == KindInteger || c.Kind == KindNumber:
				if typ != excelize.CellTypeNumber && typ != excelize.CellTypeUnset {
					t.Errorf("%s: %s has type %v, want a number", rec.Source.Path, c.Name, typ)
				}
			default:
				if typ != excelize.CellTypeSharedString && typ != excelize.CellTypeInlineString {
					t.Errorf("%s: %s has type %v, want text", rec.Source.Path, c.Name, typ)
				}
			}
			if got != want {
				t.Errorf("%s: %s = %.100q, want %.100q", rec.Source.Path, c.Name, got, want)
			}
		}
	}
	panes, err := f.GetPanes(xlsxSheet)
	if err != nil || !panes.Freeze || panes.YSplit != 1 {
		t.Errorf("header row is not frozen: %+v, %v", panes, err)
	}
	style, _ := f.GetCellStyle(xlsxSheet, "A1")
	if s, err := f.GetStyle(style); err != nil || s.Font == nil || !s.Font.Bold {
		t.Error("header row is not bold")
	}
	last, _ := excelize.CoordinatesToCellName(len(sel), len(recs)+1)
	if !bytes.Contains(xlsxPart(t, out, "xl/worksheets/sheet1.xml"), []byte(`<autoFilter ref="A1:`+last+`"/>`)) {
		t.Errorf("no autofilter over A1:%s", last)
	}
	checkDimension(t, xlsxPart(t, out, "xl/worksheets/sheet1.xml"), len(sel), len(recs)+1)
}

// checkDimension reads a sheet as readers that trust its dimension do
// (openpyxl's read-only mode, in2csv, SheetJS): the range it claims must
// hold every row and column, or be absent so that the reader scans them.
func checkDimension(t *testing.T, sheet []byte, cols, rows int) {
	t.Helper()
	dec := xml.NewDecoder(bytes.NewReader(sheet))
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return
		}
		if err != nil {
			t.Fatal(err)
		}
		el, ok := tok.(xml.StartElement)
		if !ok || el.Name.Local != "dimension" {
			continue
		}
		for _, a := range el.Attr {
			if a.Name.Local != "ref" {
				continue
			}
			_, to, _ := strings.Cut(a.Value, ":")
			c, r, err := excelize.CellNameToCoordinates(to)
			if err != nil || c < cols || r < rows {
				t.Errorf("the sheet's dimension %q hides cells: the data is %d columns by %d rows", a.Value, cols, rows)
			}
		}
	}
}

// TestFormulaGuard checks the guard's policy: the Excel dialect guards
// by default, plain csv and tsv carry values exactly unless asked to
// guard, xlsx never guards (a typed string cell never runs), and numbers
// are never touched.
func TestFormulaGuard(t *testing.T) {
	name, phone, owner, summary := "=HYPERLINK(\"http://x\")", "+46 70-123 45 67", "-Minus AB", "- the first point"
	budget := int64(-5000)
	rec := &parser.Project{Name: &name, ContactPhone: &phone, Owner: &owner, Summary: &summary, TotalBudgetSEK: &budget}
	sel, err := Select([]string{"name", "contact_phone", "owner", "summary", "total_budget_sek"}, false, false)
	if err != nil {
		t.Fatal(err)
	}
	guarded := []string{`'=HYPERLINK(""http://x"")`, "'+46 70-123 45 67", "'-Minus AB", "'- the first point", "-5000"}
	exact := []string{`"=HYPERLINK(""http://x"")"`, "+46 70-123 45 67", "-Minus AB", "- the first point", "-5000"}
	for _, tt := range []struct {
		opts Options
		want []string
	}{
		{Options{Format: "csv", Excel: true, FormulaGuard: true}, guarded},
		{Options{Format: "csv", FormulaGuard: true}, guarded},
		{Options{Format: "tsv", FormulaGuard: true}, []string{`'=HYPERLINK("http://x")`, "'+46", "'-Minus AB", "'- the", "\t-5000"}},
		{Options{Format: "csv", Excel: true}, exact},
		{Options{Format: "csv"}, exact},
		{Options{Format: "tsv"}, []string{`=HYPERLINK("http://x")`, "\t+46 70-123 45 67\t-Minus AB\t- the first point\t-5000"}},
	} {
		tt.opts.Selection = sel
		out := string(write(t, []*parser.Project{rec}, tt.opts))
		for _, want := range tt.want {
			if !strings.Contains(out, want) {
				t.Errorf("%+v: %q not in %q", tt.opts, want, out)
			}
		}
		if strings.Contains(out, "'-5000") {
			t.Errorf("%s guarded a number: %q", tt.opts.Format, out)
		}
		if !tt.opts.FormulaGuard && strings.Contains(out, "'") {
			t.Errorf("%+v guards: %q", tt.opts, out)
		}
	}
	out := write(t, []*parser.Project{rec}, Options{Format: "xlsx", Selection: sel})
	f, err := excelize.OpenReader(bytes.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	for cell, want := range map[string]string{"A2": name, "B2": phone, "C2": owner, "D2": summary, "E2": "-5000"} {
		if got, _ := f.GetCellValue(xlsxSheet, cell); got != want {
			t.Errorf("xlsx %s = %q, want %q", cell, got, want)
		}
		if formula, _ := f.GetCellFormula(xlsxSheet, cell); formula != "" {
			t.Errorf("xlsx %s holds a formula %q", cell, formula)
		}
	}
	if _, err := New(io.Discard, Options{Format: "xlsx", FormulaGuard: true}); err == nil {
		t.Error("xlsx took a formula guard")
	}
}

// TestXLSXCellLimit checks that a text over Excel's cell limit is cut, and
// the page and column named in a warning.
func TestXLSXCellLimit(t *testing.T) {
	long := strings.Repeat("å", MaxCellChars+10)
	rec := &parser.Project{Summary: &long, Source: parser.Source{Path: "long.txt"}}
	var warned []string
	sel, _ := Select([]string{"summary"}, false, false)
	out := write(t, []*parser.Project{rec}, Options{Format: "xlsx", Selection: sel, Warn: func(r *parser.Project, column, msg string) {
		warned = append(warned, r.Source.Path+" "+column+": "+msg)
	}})
	f, err := excelize.OpenReader(bytes.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	got, _ := f.GetCellValue(xlsxSheet, "A2")
	if n := len([]rune(got)); n != MaxCellChars {
		t.Errorf("cell holds %d characters, want %d", n, MaxCellChars)
	}
	if len(warned) != 1 || !strings.HasPrefix(warned[0], "long.txt summary: ") {
		t.Errorf("warnings = %q", warned)
	}
	if s := truncateUTF16("a😀b", 2); s != "a" {
		t.Errorf("truncateUTF16 split a surrogate pair: %q", s)
	}
}

// TestYAMLLookAlikes checks that strings a YAML 1.1 reader would take for
// booleans, numbers, dates or null are quoted, and read back as strings.
func TestYAMLLookAlikes(t *testing.T) {
	quoted := []string{
		"2024-03-01", "2024-3-1", "Ja", "Nej", "ja", "yes", "Yes", "no", "NO", "on", "off", "On", "y", "n", "Y",
		"true", "False", "1.1", "0410", "012", "1_000", "0x1F", "0b101", "1:20", "190:20:30", "+1", "-1",
		".inf", "-.inf", ".NaN", "1.5e+3", "~", "null", "Null", "", "<<", "=", "2001-12-14t21:59:43.10-05:00",
	}
	for _, s := range quoted {
		if n := yamlString(s); n.Style != yaml.DoubleQuotedStyle {
			t.Errorf("%q is not double-quoted", s)
		}
	}
	plain := []string{"Sydsverige", "0410-733094", "2015/00764", "23-038-S06", "ESF+", "A1A", "SE22", "1.1 Kompetens", "Gagna:kompetens"}
	for _, s := range plain {
		if n := yamlString(s); n.Style == yaml.DoubleQuotedStyle {
			t.Errorf("%q is quoted but need not be", s)
		}
	}
	for _, s := range append(quoted, plain...) {
		s := s
		rec := &parser.Project{Name: &s}
		sel, _ := Select([]string{"name"}, false, false)
		out := write(t, []*parser.Project{rec}, Options{Format: "yaml", Selection: sel})
		var back map[string]any
		if err := yaml.Unmarshal(out, &back); err != nil {
			t.Fatalf("%q: %v", s, err)
		}
		if got, ok := back["name"].(string); !ok || got != s {
			t.Errorf("%q reads back as %#v from %q", s, back["name"], out)
		}
	}
}

// TestYAMLNoTags checks that YAML output carries no explicit tag, which
// readers treat differently (npm yaml reads "!!float 40" as a string), and
// that a whole-number rate reads back as a float.
func TestYAMLNoTags(t *testing.T) {
	recs := testRecords(t)
	out := write(t, recs, Options{Format: "yaml", Selection: allColumnsSelection(t)})
	if i := bytes.Index(out, []byte("!!")); i >= 0 {
		t.Fatalf("YAML has an explicit tag: %q", out[max(i-40, 0):min(i+40, len(out))])
	}
	for _, v := range []float64{40, 0, 100, 62.5, 1e21} {
		rec := &parser.Project{EUCofinancingRatePct: &v}
		sel, _ := Select([]string{"eu_cofinancing_rate_pct"}, false, false)
		out := write(t, []*parser.Project{rec}, Options{Format: "yaml", Selection: sel})
		var back map[string]any
		if err := yaml.Unmarshal(out, &back); err != nil {
			t.Fatal(err)
		}
		if got, ok := back["eu_cofinancing_rate_pct"].(float64); !ok || got != v || bytes.Contains(out, []byte("!!")) {
			t.Errorf("%v is written %q and reads back as %#v", v, out, back["eu_cofinancing_rate_pct"])
		}
	}
}

// TestColumnsStable pins the flat column list: it is part of the contract
// and changes only with SPEC.md.
func TestColumnsStable(t *testing.T) {
	want := "id,name,call_id,programme_period,fund,programme_cci,programme_area_code,programme_area_name," +
		"specific_objective,project_phase,owner,owner_org_number,contact_name,contact_email,contact_phone," +
		"address,postcode,city,country,region,nuts2,start_date,end_date,total_budget_sek,esf_support_sek," +
		"eu_cofinancing_rate_pct,participants,intervention_type,secondary_theme_child_poverty," +
		"strategic_importance,municipalities,cofinanciers,summary,background,purpose,goals,accessibility," +
		"transnational,other_sections,extra,source_path,source_line,source_format,source_layout,source_language,source_encoding,warnings"
	sel, _ := Select(nil, false, false)
	var names []string
	for _, c := range sel {
		names = append(names, c.Name)
	}
	if got := strings.Join(names, ","); got != want {
		t.Errorf("columns:\n got %s\nwant %s", got, want)
	}
}

func TestSelect(t *testing.T) {
	tests := []struct {
		fields          []string
		raw, noPersonal bool
		want            string
		err             bool
	}{
		{[]string{"name", "id"}, false, false, "name,id", false},
		{[]string{"source"}, false, false, "source_path,source_line,source_format,source_layout,source_language,source_encoding", false},
		{[]string{"source_layout", "id", "source_layout"}, false, false, "source_layout,id", false},
		{[]string{"contact_name", "id"}, false, true, "id", false},
		{[]string{"raw"}, false, false, "raw", false},
		{[]string{"nme"}, false, false, "", true},
	}
	for _, tt := range tests {
		sel, err := Select(tt.fields, tt.raw, tt.noPersonal)
		if (err != nil) != tt.err {
			t.Errorf("Select(%v) error = %v", tt.fields, err)
			continue
		}
		var names []string
		for _, c := range sel {
			names = append(names, c.Name)
		}
		if got := strings.Join(names, ","); got != tt.want {
			t.Errorf("Select(%v) = %s, want %s", tt.fields, got, tt.want)
		}
	}
	all, _ := Select(nil, true, true)
	for _, c := range all {
		if c.Personal {
			t.Errorf("--no-personal kept %s", c.Name)
		}
	}
	if !slices.ContainsFunc(all, func(c Column) bool { return c.Name == "raw" }) {
		t.Error("--raw did not add raw")
	}
}
