package export

import (
	"database/sql"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/esfdata/esf/parser"
)

// writeDB writes records as a database, through a file of its own (Path)
// or through the Writer (a temporary file copied to it), and opens it.
func writeDB(t *testing.T, recs []*parser.Project, opts Options, viaPath bool) *sql.DB {
	t.Helper()
	path := filepath.Join(t.TempDir(), "projects.db")
	opts.Format = "sqlite"
	if viaPath {
		f, err := os.Create(path)
		if err != nil {
			t.Fatal(err)
		}
		opts.Path = path
		writeTo(t, f, recs, opts)
		f.Close()
	} else if err := os.WriteFile(path, write(t, recs, opts), 0o644); err != nil {
		t.Fatal(err)
	}
	db, err := sql.Open("sqlite", "file:"+path+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// TestSQLiteReadBack reads the database back with database/sql: every
// column of every record with its SQLite type, NULL for null, the child
// tables as long as the lists, and the sums the JSON gives.
func TestSQLiteReadBack(t *testing.T) {
	recs := append(testRecords(t), fullRecord())
	sel := allColumnsSelection(t)
	for _, viaPath := range []bool{true, false} {
		db := writeDB(t, recs, Options{Selection: sel, Meta: map[string]string{"esf_version": "test"}}, viaPath)
		names := make([]string, len(sel))
		for i, c := range sel {
			names[i] = quote(c.Name)
		}
		rows, err := db.Query("SELECT " + strings.Join(names, ", ") + " FROM projects ORDER BY project")
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for rows.Next() {
			got := make([]any, len(sel))
			ptrs := make([]any, len(sel))
			for i := range got {
				ptrs[i] = &got[i]
			}
			if err := rows.Scan(ptrs...); err != nil {
				t.Fatal(err)
			}
			rec := recs[n]
			for i, c := range sel {
				if want := sqliteWant(c, rec); !sameSQL(got[i], want) {
					t.Errorf("%s: %s = %#v (%T), want %#v (%T)", rec.Source.Path, c.Name, got[i], got[i], want, want)
				}
			}
			n++
		}
		if err := rows.Err(); err != nil {
			t.Fatal(err)
		}
		if n != len(recs) {
			t.Fatalf("%d rows, want %d", n, len(recs))
		}
		var wantMunicipalities, wantWarnings, wantExtra, wantSections int
		var wantSupport int64
		for _, r := range recs {
			wantMunicipalities += len(r.Municipalities)
			wantWarnings += len(r.Warnings)
			wantExtra += len(r.Extra)
			wantSections += len(r.OtherSections)
			if r.ESFSupportSEK != nil {
				wantSupport += *r.ESFSupportSEK
			}
		}
		for query, want := range map[string]int64{
			"SELECT count(*) FROM municipalities":       int64(wantMunicipalities),
			"SELECT count(*) FROM warnings":             int64(wantWarnings),
			"SELECT count(*) FROM extra":                int64(wantExtra),
			"SELECT count(*) FROM other_sections":       int64(wantSections),
			"SELECT sum(esf_support_sek) FROM projects": wantSupport,
			"SELECT count(*) FROM projects WHERE esf_support_sek IS NULL AND typeof(esf_support_sek) = 'null'": int64(countNil(recs, func(r *parser.Project) bool { return r.ESFSupportSEK == nil })),
			"SELECT count(*) FROM meta WHERE key = 'esf_version' AND value = 'test'":                           1,
			"PRAGMA foreign_key_check": 0,
		} {
			var got int64
			err := db.QueryRow(query).Scan(&got)
			if query == "PRAGMA foreign_key_check" {
				if err != sql.ErrNoRows {
					t.Errorf("foreign keys do not hold: %v", err)
				}
				continue
			}
			if err != nil {
				t.Fatalf("%s: %v", query, err)
			}
			if got != want {
				t.Errorf("%s = %d, want %d", query, got, want)
			}
		}
		// Every municipality of a record, in order, under its project.
		for i, r := range recs {
			var got []string
			rows, err := db.Query("SELECT name FROM municipalities WHERE project = ? ORDER BY position", i+1)
			if err != nil {
				t.Fatal(err)
			}
			for rows.Next() {
				var s string
				rows.Scan(&s)
				got = append(got, s)
			}
			rows.Close()
			if !slices.Equal(got, r.Municipalities) && len(got)+len(r.Municipalities) > 0 {
				t.Errorf("%s: municipalities %q, want %q", r.Source.Path, got, r.Municipalities)
			}
		}
	}
}

func countNil(recs []*parser.Project, isNil func(*parser.Project) bool) int {
	n := 0
	for _, r := range recs {
		if isNil(r) {
			n++
		}
	}
	return n
}

// sqliteWant is what a column's cell must hold: nil, an int64, a float64
// or a string, as the driver returns SQLite's types.
func sqliteWant(c Column, rec *parser.Project) any {
	switch v := c.value(rec).(type) {
	case nil:
		return nil
	case bool:
		if v {
			return int64(1)
		}
		return int64(0)
	case []string:
		if len(v) == 0 {
			return nil
		}
		return strings.Join(v, ListSeparator)
	case int64, float64, string:
		return v
	default:
		s, _ := flatText(c, v, false)
		return s
	}
}

func sameSQL(got, want any) bool {
	if b, ok := got.([]byte); ok {
		got = string(b)
	}
	return got == want
}

// TestSQLiteFullText queries the full-text index as the README does, and
// checks that å, ä and ö are letters of their own.
func TestSQLiteFullText(t *testing.T) {
	recs := testRecords(t)
	db := writeDB(t, recs, Options{Selection: allColumnsSelection(t)}, true)
	query := func(match string) []string {
		rows, err := db.Query("SELECT name FROM projects_fts WHERE projects_fts MATCH ? ORDER BY rowid", match)
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		var names []string
		for rows.Next() {
			var s sql.NullString
			rows.Scan(&s)
			names = append(names, s.String)
		}
		return names
	}
	if got := query("förprojektering"); !slices.Contains(got, "Egenmakt") {
		t.Errorf("MATCH förprojektering = %q, want Egenmakt among them", got)
	}
	if got := query("Perstorp"); len(got) == 0 {
		t.Error("MATCH Perstorp finds nothing")
	}
	// "förprojektering" with the diacritic dropped must not match.
	if got := query("forprojektering"); len(got) != 0 {
		t.Errorf("MATCH forprojektering = %q: diacritics are folded", got)
	}
}

// TestSQLiteSelection checks that --fields and --no-personal shape the
// projects table, which always keeps source_path and source_line, and
// that a list not selected has no table.
func TestSQLiteSelection(t *testing.T) {
	recs := testRecords(t)
	sel := mustSelect(t, []string{"id", "name", "contact_name", "municipalities"}, false, true)
	db := writeDB(t, recs, Options{Selection: sel}, true)
	rows, err := db.Query("SELECT name FROM pragma_table_info('projects') ORDER BY cid")
	if err != nil {
		t.Fatal(err)
	}
	var cols []string
	for rows.Next() {
		var s string
		rows.Scan(&s)
		cols = append(cols, s)
	}
	rows.Close()
	if want := []string{"project", "id", "name", "municipalities", "source_path", "source_line"}; !slices.Equal(cols, want) {
		t.Errorf("projects has columns %q, want %q", cols, want)
	}
	var tables []string
	rows, _ = db.Query("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'projects_fts_%' AND name NOT LIKE 'sqlite_%' ORDER BY name")
	for rows.Next() {
		var s string
		rows.Scan(&s)
		tables = append(tables, s)
	}
	rows.Close()
	if want := []string{"meta", "municipalities", "projects", "projects_fts"}; !slices.Equal(tables, want) {
		t.Errorf("tables %q, want %q", tables, want)
	}
	var idIndex int
	db.QueryRow("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = 'projects_id'").Scan(&idIndex)
	if idIndex != 1 {
		t.Error("no index on projects.id")
	}
}

// fullRecord has what the test pages lack: true and false, a rate with
// decimals, every list, an extra label with no value, a text with quotes.
func fullRecord() *parser.Project {
	yes, no, rate, name := true, false, 62.5, `"Citat" ; och, komma`
	return &parser.Project{
		Name: &name, SecondaryThemeChildPoverty: &yes, StrategicImportance: &no, EUCofinancingRatePct: &rate,
		Municipalities: []string{"Arboga", "Köping", "Kungsör"}, Cofinanciers: []string{"Region Västmanland"},
		OtherSections: []parser.Section{{Heading: "Metod", Text: "Först.\n\nSedan."}},
		Extra:         parser.Pairs{{Label: "Stödform", Value: &name}, {Label: "Tom"}},
		Warnings:      []parser.Warning{{Position: parser.Position{Line: 3}, Key: parser.KeyRegion, Message: "x"}},
		Source:        parser.Source{Path: "full.txt", Line: 1, Format: parser.FormatText},
	}
}

// TestSQLiteFullTextRanks checks the index on words with å, ä and ö in
// any case, in the other sections too, its bm25 ranking, that it keeps no
// second copy of the text, and that it agrees with the text it reads
// (FTS5's integrity-check).
func TestSQLiteFullTextRanks(t *testing.T) {
	text := func(s string) *string { return &s }
	recs := []*parser.Project{
		{Name: text("Ett"), Summary: text("Kompetens i Västerås.")},
		{Name: text("Två"), Summary: text("Västerås, Västerås och åter Västerås."), Background: text("Östra Mellansverige.")},
		{Name: text("Tre"), Summary: text("Vasteras utan prickar."),
			OtherSections: []parser.Section{{Heading: "Målgrupp", Text: "Unga i Örebro."}, {Heading: "Metod", Text: "Först."}}},
	}
	for i, r := range recs {
		r.Source = parser.Source{Path: "p.txt", Line: 1 + 10*i, Format: parser.FormatText}
	}
	db := writeDB(t, recs, Options{Selection: allColumnsSelection(t)}, true)
	var path string
	db.QueryRow("SELECT file FROM pragma_database_list WHERE name = 'main'").Scan(&path)
	match := func(q string) []string {
		t.Helper()
		rows, err := db.Query("SELECT name FROM projects_fts WHERE projects_fts MATCH ? ORDER BY bm25(projects_fts), rowid", q)
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		var names []string
		for rows.Next() {
			var s string
			if err := rows.Scan(&s); err != nil {
				t.Fatal(err)
			}
			names = append(names, s)
		}
		return names
	}
	for q, want := range map[string][]string{
		"västerås":                {"Två", "Ett"}, // three times ranks above once
		"VÄSTERÅS":                {"Två", "Ett"},
		"vasteras":                {"Tre"},
		"östra":                   {"Två"},
		"örebro":                  {"Tre"},
		"målgrupp":                {"Tre"},
		`"östra mellansverige"`:   {"Två"},
		"other_sections : örebro": {"Tre"},
	} {
		if got := match(q); !slices.Equal(got, want) {
			t.Errorf("MATCH %s = %q, want %q", q, got, want)
		}
	}
	var sections string
	if err := db.QueryRow("SELECT other_sections FROM projects_fts WHERE projects_fts MATCH 'örebro'").Scan(&sections); err != nil {
		t.Fatal(err)
	}
	if want := "Målgrupp\nUnga i Örebro.\n\nMetod\nFörst."; sections != want {
		t.Errorf("other_sections in the index read %q, want %q", sections, want)
	}
	var copies int
	db.QueryRow("SELECT count(*) FROM sqlite_master WHERE name = 'projects_fts_content'").Scan(&copies)
	if copies != 0 {
		t.Error("the full-text index keeps a copy of the text")
	}
	// integrity-check is run as a write.
	rw, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	defer rw.Close()
	if _, err := rw.Exec("INSERT INTO projects_fts(projects_fts, rank) VALUES('integrity-check', 1)"); err != nil {
		t.Errorf("the index disagrees with its text: %v", err)
	}
}

// TestSQLiteIntegerTypes reads back the type SQLite stores for every
// integer column and line number: INTEGER, so that ORDER BY sorts 19
// before 119.
func TestSQLiteIntegerTypes(t *testing.T) {
	recs := append(testRecords(t), fullRecord())
	sel := allColumnsSelection(t)
	db := writeDB(t, recs, Options{Selection: sel}, true)
	for _, c := range sel {
		if c.Kind != KindInteger && c.Kind != KindBoolean {
			continue
		}
		var bad int
		q := "SELECT count(*) FROM projects WHERE typeof(" + quote(c.Name) + ") NOT IN ('integer', 'null')"
		if err := db.QueryRow(q).Scan(&bad); err != nil {
			t.Fatal(err)
		}
		if bad != 0 {
			t.Errorf("%s: %d rows are not integers", c.Name, bad)
		}
	}
	for _, q := range []string{
		"SELECT count(*) FROM projects WHERE typeof(source_line) != 'integer'",
		"SELECT count(*) FROM warnings WHERE typeof(line) != 'integer'",
		"SELECT count(*) FROM municipalities WHERE typeof(position) != 'integer'",
	} {
		var bad int
		if err := db.QueryRow(q).Scan(&bad); err != nil {
			t.Fatal(err)
		}
		if bad != 0 {
			t.Errorf("%s = %d", q, bad)
		}
	}
	var decl string
	db.QueryRow("SELECT type FROM pragma_table_info('projects') WHERE name = 'source_line'").Scan(&decl)
	if decl != "INTEGER" {
		t.Errorf("source_line is declared %q", decl)
	}
}

// TestSQLiteFailedWrite checks that an insert that fails is reported,
// by a later Write or by Close, and leaves no temporary file behind, with
// or without Close.
func TestSQLiteFailedWrite(t *testing.T) {
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	w, err := New(io.Discard, Options{Format: "sqlite", Selection: allColumnsSelection(t)})
	if err != nil {
		t.Fatal(err)
	}
	if err := w.Write(fullRecord()); err != nil {
		t.Fatal(err)
	}
	if made, _ := os.ReadDir(tmp); len(made) != 2 {
		t.Fatalf("temporary files %v, want the database and its text index", made)
	}
	// A second record with the first one's number breaks the primary key.
	// The rows are inserted on a goroutine of their own, so a Write that
	// follows reports it once it has failed, or, where the inserts had
	// not reached it yet when the Writes ended, Close does.
	w.(*sqliteWriter).n--
	for range sqliteQueue + 2 {
		if err = w.Write(fullRecord()); err != nil {
			break
		}
	}
	byWrite := err != nil
	if !byWrite {
		err = w.Close()
	}
	if err == nil || !strings.Contains(err.Error(), "inserting into projects") {
		t.Fatalf("a record written twice under one number: %v", err)
	}
	if left, _ := os.ReadDir(tmp); len(left) != 0 {
		t.Errorf("left behind: %v", left)
	}
	if !byWrite {
		return
	}
	if err := w.Write(fullRecord()); err == nil {
		t.Error("a write after a failed one succeeded")
	}
	if err := w.Close(); err == nil {
		t.Error("Close after a failed write succeeded")
	}
}

// TestSQLiteFailedInsertAtClose checks that Close reports an insert that
// failed after the last Write, and leaves no temporary file behind.
func TestSQLiteFailedInsertAtClose(t *testing.T) {
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	w, err := New(io.Discard, Options{Format: "sqlite", Selection: allColumnsSelection(t)})
	if err != nil {
		t.Fatal(err)
	}
	for range 2 {
		if err := w.Write(fullRecord()); err != nil {
			t.Fatal(err)
		}
		w.(*sqliteWriter).n--
	}
	if err := w.Close(); err == nil || !strings.Contains(err.Error(), "inserting into projects") {
		t.Errorf("Close after a failed insert: %v", err)
	}
	if left, _ := os.ReadDir(tmp); len(left) != 0 {
		t.Errorf("left behind: %v", left)
	}
}
