package snapshot

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/esfdata/esf/export"
	"github.com/esfdata/esf/internal/testpages"
	"github.com/esfdata/esf/parser"
	"golang.org/x/text/encoding/charmap"
)

// seedRecords parses the sample pages.
func seedRecords(t testing.TB) []*parser.Project { return testpages.Records(t) }

// write writes records as esf parse does, in a format, to a file.
func write(t testing.TB, recs []*parser.Project, opts export.Options) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "out."+opts.Format)
	var b bytes.Buffer
	opts.Path = path
	w, err := export.New(&b, opts)
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
	if opts.Format != "sqlite" {
		if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return path
}

// comparable returns what a flat format keeps of a record: the record as
// JSON, with what CSV cannot tell apart made equal (null and "" text,
// the order of extra's keys is kept).
func comparable(t *testing.T, rec *parser.Project) map[string]any {
	t.Helper()
	b, err := json.Marshal(rec)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	return m
}

// TestReadBack writes the sample records in every format esf reads back
// and reads them again: the records must come back as they were.
func TestReadBack(t *testing.T) {
	recs := seedRecords(t)
	all, err := export.Select(nil, true, false) // raw too
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		opts export.Options
		want Format
	}{
		{"ndjson", export.Options{Format: "ndjson"}, NDJSON},
		{"json", export.Options{Format: "json"}, JSON},
		{"json compact", export.Options{Format: "json", Compact: true}, JSON},
		{"csv", export.Options{Format: "csv"}, CSV},
		{"csv excel", export.Options{Format: "csv", Excel: true, FormulaGuard: true}, CSV},
		{"tsv", export.Options{Format: "tsv"}, TSV},
		{"sqlite", export.Options{Format: "sqlite"}, SQLite},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tc.opts.Selection = all
			path := write(t, recs, tc.opts)
			var got []*parser.Project
			format, err := ReadFile(path, nil, func(rec *parser.Project, _ int) error {
				got = append(got, rec)
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			if format != tc.want {
				t.Errorf("format %q, want %q", format, tc.want)
			}
			if len(got) != len(recs) {
				t.Fatalf("%d records, want %d", len(got), len(recs))
			}
			for i := range recs {
				want, have := comparable(t, recs[i]), comparable(t, got[i])
				if !reflect.DeepEqual(want, have) {
					for k := range want {
						if !reflect.DeepEqual(want[k], have[k]) {
							t.Errorf("record %d: %s = %#v, want %#v", i, k, have[k], want[k])
						}
					}
				}
			}
		})
	}
}

// TestReadBackWithoutSource: a record written without its source points
// at the snapshot and the record's line in it.
func TestReadBackWithoutSource(t *testing.T) {
	sel, err := export.Select([]string{"id", "name"}, false, false)
	if err != nil {
		t.Fatal(err)
	}
	path := write(t, seedRecords(t), export.Options{Format: "ndjson", Selection: sel})
	var got []parser.Source
	if _, err := ReadFile(path, nil, func(rec *parser.Project, _ int) error {
		got = append(got, rec.Source)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if got[1].Path != path || got[1].Line != 2 {
		t.Errorf("source %+v, want %s line 2", got[1], path)
	}
}

func TestSniff(t *testing.T) {
	for _, tc := range []struct {
		head string
		want Format
	}{
		{`{"id":"1"}`, NDJSON},
		{"\n  {\"id\":null}", NDJSON},
		{"[\n  {\"id\":null}", JSON},
		{"[]", JSON},
		{"id,name,source_path\n1,a,b\n", CSV},
		{"\uFEFFid;name\r\n", CSV},
		{"id\tname\n", TSV},
		{"id\n", CSV},
		{"SQLite format 3\x00rest", SQLite},
		// Pages, and files that look a little like an output.
		{"2020/00634 - Framtidsresan\n\nProjektnummer:\n2020/00634\n", None},
		{"<!DOCTYPE html><html>", None},
		{"[Logotyp]\nProjektnummer", None},
		{"{ not json", None},
		{"id,name,nonsense\n", None},
		{`"id","name","source_path"` + "\n", CSV},
		{"id;name;call_id;programme_period;fund;programme_cci;owner;owner_org_number;Kommentar\n", CSV},
		{"id;name;call_id;programme_period;fund;programme_cci;owner;Kommentar\n", None},
		{"id;name;call_id;programme_period;fund;programme_cci;owner;owner_org_number;a;b;c\n", None},
		{"id,id\n", None},
		{"", None},
	} {
		if got := Sniff([]byte(tc.head)); got != tc.want {
			t.Errorf("Sniff(%q) = %q, want %q", tc.head, got, tc.want)
		}
	}
}

// TestReadBackSavedAgain reads esf's CSV for Excel as a spreadsheet saves
// it again: in Windows-1252, every cell quoted, its dates in the
// spreadsheet's form, and a column of the user's own added.
func TestReadBackSavedAgain(t *testing.T) {
	rec := &parser.Project{ID: ptr("2020/00634"), Owner: ptr("Arbete och Försörjning"), StartDate: ptr("2024-03-01"), EndDate: ptr("2026-12-31")}
	for _, tc := range []struct {
		name, start, end string
		wantStart        string
		wantEnd          string
	}{
		{"month first, as the other date shows", "3/1/2024", "12/31/2026", "2024-03-01", "2026-12-31"},
		{"day first, as the other date shows", "01/03/2024", "31/12/2026", "2024-03-01", "2026-12-31"},
		{"with dots, day first", "01.03.2024", "31.12.2026", "2024-03-01", "2026-12-31"},
		{"both ways possible", "3/1/2024", "12/11/2026", "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var b strings.Builder
			w := csv.NewWriter(&b)
			w.Comma = ';'
			header := []string{"id", "name", "call_id", "fund", "owner", "start_date", "end_date", "region", "source_path", "source_line", "Kommentar"}
			w.Write(header)
			w.Write([]string{*rec.ID, "", "", "", *rec.Owner, tc.start, tc.end, "", "p.txt", "1", "kolla budget"})
			w.Flush()
			quoted := strings.Replace(b.String(), strings.Join(header, ";"), `"`+strings.Join(header, `";"`)+`"`, 1)
			cp, err := charmap.Windows1252.NewEncoder().String(quoted)
			if err != nil {
				t.Fatal(err)
			}
			var got []*parser.Project
			if _, err := Read(strings.NewReader(cp), "saved.csv", nil, func(r *parser.Project, _ int) error { got = append(got, r); return nil }); err != nil {
				t.Fatal(err)
			}
			if len(got) != 1 {
				t.Fatalf("%d records", len(got))
			}
			r := got[0]
			if deref(r.Owner) != "Arbete och Försörjning" || deref(r.StartDate) != tc.wantStart || deref(r.EndDate) != tc.wantEnd {
				t.Errorf("read owner %q, dates %q %q", deref(r.Owner), deref(r.StartDate), deref(r.EndDate))
			}
			if v, ok := r.Extra.Get("Kommentar"); !ok || deref(v) != "kolla budget" {
				t.Errorf("the user's column: %v", r.Extra)
			}
			kinds := map[parser.Key]parser.WarningKind{}
			for _, w := range r.Warnings {
				kinds[w.Key] = w.Kind
				if w.Path != "saved.csv" || !strings.HasPrefix(w.Message, "line 2: ") {
					t.Errorf("warning %+v names no line of saved.csv", w)
				}
			}
			wantDate := parser.WarnValue
			if tc.wantStart == "" {
				wantDate = parser.WarnType
			}
			if kinds[parser.KeySource] != parser.WarnEncoding || kinds[parser.KeyStartDate] != wantDate || kinds[parser.KeyEndDate] != wantDate || len(kinds) != 3 {
				t.Errorf("warnings %+v", r.Warnings)
			}
		})
	}
}

// TestReadBackTSVSavedAgain reads esf's TSV as a spreadsheet saves it
// again: a cell that holds a quote is quoted, its quotes doubled, and
// esf's escapes stay as written.
func TestReadBackTSVSavedAgain(t *testing.T) {
	tsv := "id\tname\towner\tsummary\tsource_path\n" +
		"2020/00634\tFramtidsresan\t\"Perstorps \"\"kommun\"\"\"\tEtt stycke.\\nEtt till.\tp.txt\n"
	var got []*parser.Project
	if _, err := Read(strings.NewReader(tsv), "saved.tsv", nil, func(r *parser.Project, _ int) error { got = append(got, r); return nil }); err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || deref(got[0].Owner) != `Perstorps "kommun"` || deref(got[0].Summary) != "Ett stycke.\nEtt till." {
		t.Fatalf("read %d records: %+v", len(got), got)
	}
	// esf's own TSV writes its cells as they are: a name that begins
	// with a quote, and one in quotes whole, are read as written.
	for _, name := range []string{`"Nya vägar" för unga`, `"Nya vägar"`, `""`, `"a""b`} {
		own := "id\tname\tsource_path\n1\t" + name + "\tp.txt\n"
		got = nil
		if _, err := Read(strings.NewReader(own), "own.tsv", nil, func(r *parser.Project, _ int) error { got = append(got, r); return nil }); err != nil || len(got) != 1 || deref(got[0].Name) != name {
			t.Errorf("%q: %v, %+v", name, err, got)
		}
	}
	// A column of the user's own named in Windows-1252.
	cp := "id\tname\tcall_id\tfund\towner\tregion\tsource_path\tsource_line\t\xd6vrigt\n1\tX\t\t\t\t\tp.txt\t1\tkolla\n"
	got = nil
	if _, err := Read(strings.NewReader(cp), "saved.tsv", nil, func(r *parser.Project, _ int) error { got = append(got, r); return nil }); err != nil || len(got) != 1 {
		t.Fatalf("%v, %d records", err, len(got))
	}
	if v, ok := got[0].Extra.Get("Övrigt"); !ok || deref(v) != "kolla" {
		t.Errorf("the user's column: %v", got[0].Extra)
	}
}

func ptr(s string) *string { return &s }

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

func TestNotSnapshot(t *testing.T) {
	path := filepath.Join(t.TempDir(), "page.txt")
	if err := os.WriteFile(path, []byte("Projektnummer:\n2020/00634\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	called := false
	_, err := ReadFile(path, nil, func(*parser.Project, int) error { called = true; return nil })
	if !errors.Is(err, ErrNotSnapshot) || called {
		t.Errorf("ReadFile of a page: %v, handed over: %v", err, called)
	}
	if _, err := Read(strings.NewReader("SQLite format 3\x00"), "-", nil, nil); err == nil {
		t.Error("a SQLite database on a stream read without an error")
	}
}

// TestBadSnapshot: a broken line names the file and line.
func TestBadSnapshot(t *testing.T) {
	_, err := Read(strings.NewReader("{\"id\":\"1\"}\n{\"id\":2}\n"), "snap.ndjson", nil, func(*parser.Project, int) error { return nil })
	if err == nil || !strings.HasPrefix(err.Error(), "snap.ndjson:2: ") {
		t.Errorf("error %v, want one at snap.ndjson:2", err)
	}
	_, err = Read(strings.NewReader("id,total_budget_sek\n1,many\n"), "snap.csv", nil, func(*parser.Project, int) error { return nil })
	if err == nil || !strings.HasPrefix(err.Error(), "snap.csv:2: total_budget_sek: ") {
		t.Errorf("error %v, want one at snap.csv:2 naming the column", err)
	}
}

// BenchmarkReadNDJSON reads the sample records back from NDJSON.
func BenchmarkReadNDJSON(b *testing.B) {
	recs := seedRecords(b)
	var many []*parser.Project
	for range 200 {
		many = append(many, recs...)
	}
	path := write(b, many, export.Options{Format: "ndjson"})
	info, _ := os.Stat(path)
	b.SetBytes(info.Size())
	for b.Loop() {
		if _, err := ReadFile(path, nil, func(*parser.Project, int) error { return nil }); err != nil {
			b.Fatal(err)
		}
	}
}

// TestWant: only the records on the lines wanted are read, and an error
// from use stops the reading, in every format.
func TestWant(t *testing.T) {
	recs := seedRecords(t)
	var many []*parser.Project
	for range 250 { // more than one batch of NDJSON
		many = append(many, recs...)
	}
	for _, format := range []string{"ndjson", "json", "csv", "tsv", "sqlite"} {
		path := write(t, many, export.Options{Format: format})
		var lines []int
		_, err := ReadFile(path, func(line int) bool { return line%3 == 1 }, func(rec *parser.Project, line int) error {
			lines = append(lines, line)
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		// A CSV record's line is the file's line its row starts on,
		// which text with line breaks pushes down.
		if len(lines) == 0 || slices.ContainsFunc(lines, func(l int) bool { return l%3 != 1 }) {
			t.Errorf("%s: read lines %v, want some of 1, 4, 7, …", format, lines)
		}
		stop := errors.New("enough")
		n := 0
		_, err = ReadFile(path, nil, func(*parser.Project, int) error {
			if n++; n == 1000 {
				return stop
			}
			return nil
		})
		if !errors.Is(err, stop) || n != 1000 {
			t.Errorf("%s: %v after %d records, want the error of use after 1000", format, err, n)
		}
	}
}

// FuzzReadFlat reads any rows below a header of esf's columns, as a
// spreadsheet may save them again: no panic, and an error names the file.
func FuzzReadFlat(f *testing.F) {
	f.Add("id;owner;start_date;end_date;source_path;Kommentar\n2020/00634;Perstorps kommun;3/1/2024;12/31/2026;p.txt;x\n")
	f.Add("\"id\",\"name\",\"participants\"\n\"1\",\"a\",\"x\"\n")
	f.Add("id\tname\tsummary\n1\t\"a \"\"b\"\"\"\tc\\nd\n")
	f.Add("id,start_date,end_date\n1,01.03.2024,\xe5\n")
	f.Fuzz(func(t *testing.T, data string) {
		_, err := Read(strings.NewReader(data), "saved.csv", nil, func(*parser.Project, int) error { return nil })
		if err != nil && !errors.Is(err, ErrNotSnapshot) && !strings.HasPrefix(err.Error(), "saved.csv") {
			t.Errorf("error %v names no file", err)
		}
	})
}
