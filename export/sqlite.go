//go:build !(js && wasm)

package export

import (
	"context"
	"database/sql"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	_ "modernc.org/sqlite" // the database/sql driver "sqlite", pure Go

	"github.com/esfdata/esf/parser"
)

// sqliteBatch is how many records go into one transaction.
const sqliteBatch = 500

// sqliteFTSColumns are the columns of the full-text index, when selected.
var sqliteFTSColumns = []string{"name", "owner", "summary", "background", "purpose", "goals", "other_sections"}

// A sqliteChild is a table of one list of the record, one row per item.
type sqliteChild struct {
	column  string // the record's column it spreads
	columns string // the table's columns after project
	rows    func(rec *parser.Project) [][]any
}

var sqliteChildren = []sqliteChild{
	{"municipalities", "position INTEGER NOT NULL, name TEXT NOT NULL", func(rec *parser.Project) [][]any {
		return positioned(rec.Municipalities)
	}},
	{"cofinanciers", "position INTEGER NOT NULL, name TEXT NOT NULL", func(rec *parser.Project) [][]any {
		return positioned(rec.Cofinanciers)
	}},
	{"other_sections", "heading TEXT NOT NULL, text TEXT NOT NULL", func(rec *parser.Project) [][]any {
		rows := make([][]any, len(rec.OtherSections))
		for i, s := range rec.OtherSections {
			rows[i] = []any{s.Heading, s.Text}
		}
		return rows
	}},
	{"extra", "label TEXT NOT NULL, value TEXT", func(rec *parser.Project) [][]any {
		rows := make([][]any, len(rec.Extra))
		for i, p := range rec.Extra {
			var v any
			if p.Value != nil {
				v = *p.Value
			}
			rows[i] = []any{p.Label, v}
		}
		return rows
	}},
	{"warnings", "line INTEGER NOT NULL, field TEXT NOT NULL, kind TEXT NOT NULL, message TEXT NOT NULL", func(rec *parser.Project) [][]any {
		rows := make([][]any, len(rec.Warnings))
		for i, w := range rec.Warnings {
			rows[i] = []any{int64(w.Line), w.Key.String(), w.Kind.String(), w.Message}
		}
		return rows
	}},
}

func positioned(items []string) [][]any {
	rows := make([][]any, len(items))
	for i, s := range items {
		rows[i] = []any{int64(i + 1), s}
	}
	return rows
}

// sqliteWriter writes a new SQLite database: a projects table with a typed
// column per selected column (and always source_path and source_line), a
// table per selected list, a full-text index, and a meta table. Records
// are inserted as they come, sqliteBatch to a transaction, so memory stays
// flat. A database needs a file: with Options.Path it is written there,
// otherwise into a temporary file copied to the output on Close.
type sqliteWriter struct {
	out      io.Writer
	path     string
	temp     bool
	db       *sql.DB
	tx       *sql.Tx
	sel      Selection
	cols     []Column // the columns of projects after project
	children []sqliteChild
	fts      []Column
	meta     map[string]string
	n        int64
	args     []any
	insert   string
	child    []string // the insert of each child table
	ftsSQL   string
	// The inserts prepared in the current transaction, in the order
	// insert, child..., ftsSQL.
	stmts []*sql.Stmt
}

func newSQLiteWriter(w io.Writer, sel Selection, opts Options) (_ *sqliteWriter, err error) {
	sw := &sqliteWriter{out: w, path: opts.Path, sel: sel, meta: opts.Meta}
	if sw.path == "" {
		f, err := os.CreateTemp("", "esf-*.db")
		if err != nil {
			return nil, err
		}
		f.Close()
		sw.path, sw.temp = f.Name(), true
	}
	defer func() {
		if err != nil {
			sw.abort()
		}
	}()
	// The file is new and replaces nothing until the run commits it, so
	// the journal and syncing buy nothing.
	sw.db, err = sql.Open("sqlite", "file:"+sw.path+"?_pragma=journal_mode(OFF)&_pragma=synchronous(OFF)&_pragma=foreign_keys(ON)")
	if err != nil {
		return nil, err
	}
	sw.db.SetMaxOpenConns(1)
	if err := sw.db.Ping(); err != nil {
		return nil, fmt.Errorf("opening the database: %w", err)
	}
	sw.cols = slices.Clone(sel)
	for _, name := range []string{"source_path", "source_line"} {
		if !slices.ContainsFunc(sw.cols, func(c Column) bool { return c.Name == name }) {
			c, _ := Select([]string{name}, false, false)
			sw.cols = append(sw.cols, c...)
		}
	}
	for _, ch := range sqliteChildren {
		if slices.ContainsFunc(sel, func(c Column) bool { return c.Name == ch.column }) {
			sw.children = append(sw.children, ch)
		}
	}
	for _, name := range sqliteFTSColumns {
		if i := slices.IndexFunc(sel, func(c Column) bool { return c.Name == name }); i >= 0 {
			sw.fts = append(sw.fts, sel[i])
		}
	}
	if err := sw.create(); err != nil {
		return nil, err
	}
	return sw, sw.begin()
}

// quote writes an SQL identifier.
func quote(name string) string { return `"` + strings.ReplaceAll(name, `"`, `""`) + `"` }

func sqliteType(c Column) string {
	switch c.Kind {
	case KindInteger, KindBoolean:
		return "INTEGER"
	case KindNumber:
		return "REAL"
	}
	return "TEXT"
}

func (sw *sqliteWriter) create() error {
	var defs, names, marks []string
	defs = append(defs, "project INTEGER PRIMARY KEY")
	names = append(names, "project")
	marks = append(marks, "?")
	for _, c := range sw.cols {
		defs = append(defs, quote(c.Name)+" "+sqliteType(c))
		names = append(names, quote(c.Name))
		marks = append(marks, "?")
	}
	stmts := []string{
		"CREATE TABLE projects (\n  " + strings.Join(defs, ",\n  ") + "\n)",
		"CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)",
	}
	sw.insert = "INSERT INTO projects (" + strings.Join(names, ", ") + ") VALUES (" + strings.Join(marks, ", ") + ")"
	for _, ch := range sw.children {
		stmts = append(stmts, fmt.Sprintf("CREATE TABLE %s (\n  project INTEGER NOT NULL REFERENCES projects(project),\n  %s\n)",
			quote(ch.column), ch.columns))
		n := strings.Count(ch.columns, ",") + 1
		sw.child = append(sw.child, fmt.Sprintf("INSERT INTO %s VALUES (?%s)", quote(ch.column), strings.Repeat(", ?", n)))
	}
	if len(sw.fts) > 0 {
		var cols []string
		for _, c := range sw.fts {
			cols = append(cols, quote(c.Name))
		}
		// Diacritics are letters in Swedish: "här" is not "har".
		stmts = append(stmts, "CREATE VIRTUAL TABLE projects_fts USING fts5("+strings.Join(cols, ", ")+
			", tokenize = 'unicode61 remove_diacritics 0')")
		sw.ftsSQL = "INSERT INTO projects_fts (rowid, " + strings.Join(cols, ", ") + ") VALUES (?" + strings.Repeat(", ?", len(cols)) + ")"
	}
	for _, s := range stmts {
		if _, err := sw.db.Exec(s); err != nil {
			return fmt.Errorf("creating the database: %w", err)
		}
	}
	return nil
}

// begin opens a transaction and prepares the inserts in it.
func (sw *sqliteWriter) begin() error {
	tx, err := sw.db.Begin()
	if err != nil {
		return err
	}
	sw.tx = tx
	sw.stmts = sw.stmts[:0]
	for _, q := range append(append([]string{sw.insert}, sw.child...), sw.ftsSQL) {
		if q == "" {
			continue
		}
		st, err := tx.Prepare(q)
		if err != nil {
			return err
		}
		sw.stmts = append(sw.stmts, st)
	}
	return nil
}

// sqliteValue gives a column's value its SQLite type: NULL for null,
// integers and reals as such, booleans 0 or 1, lists and objects as text.
func sqliteValue(c Column, rec *parser.Project) (any, error) {
	switch v := c.value(rec).(type) {
	case nil:
		return nil, nil
	case string, int64, float64:
		return v, nil
	case bool:
		if v {
			return int64(1), nil
		}
		return int64(0), nil
	case []string:
		if len(v) == 0 {
			return nil, nil
		}
		return flatText(c, v, false)
	default:
		return flatText(c, v, false)
	}
}

func (sw *sqliteWriter) Write(rec *parser.Project) error {
	sw.n++
	ctx := context.Background()
	sw.args = append(sw.args[:0], sw.n)
	for _, c := range sw.cols {
		v, err := sqliteValue(c, rec)
		if err != nil {
			return err
		}
		sw.args = append(sw.args, v)
	}
	if _, err := sw.stmts[0].ExecContext(ctx, sw.args...); err != nil {
		return fmt.Errorf("inserting into projects: %w", err)
	}
	for i, ch := range sw.children {
		for _, row := range ch.rows(rec) {
			if _, err := sw.stmts[1+i].ExecContext(ctx, append([]any{sw.n}, row...)...); err != nil {
				return fmt.Errorf("inserting into %s: %w", ch.column, err)
			}
		}
	}
	if sw.ftsSQL != "" {
		sw.args = append(sw.args[:0], sw.n)
		for _, c := range sw.fts {
			v, err := sqliteValue(c, rec)
			if err != nil {
				return err
			}
			if c.Name == "other_sections" {
				v = sectionsText(rec.OtherSections)
			}
			sw.args = append(sw.args, v)
		}
		if _, err := sw.stmts[len(sw.stmts)-1].ExecContext(ctx, sw.args...); err != nil {
			return fmt.Errorf("indexing the text: %w", err)
		}
	}
	if sw.n%sqliteBatch == 0 {
		if err := sw.tx.Commit(); err != nil {
			return err
		}
		return sw.begin()
	}
	return nil
}

// sectionsText is the other sections as the full-text index reads them.
func sectionsText(sections []parser.Section) any {
	if len(sections) == 0 {
		return nil
	}
	var b strings.Builder
	for i, s := range sections {
		if i > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(s.Heading)
		b.WriteString("\n")
		b.WriteString(s.Text)
	}
	return b.String()
}

// Close indexes the tables, writes meta and closes the database; a
// temporary database is copied to the output.
func (sw *sqliteWriter) Close() (err error) {
	defer func() {
		if err != nil {
			sw.abort()
		}
	}()
	for key, value := range sw.meta {
		if _, err := sw.tx.Exec("INSERT INTO meta VALUES (?, ?)", key, value); err != nil {
			return err
		}
	}
	if err := sw.tx.Commit(); err != nil {
		return err
	}
	sw.tx = nil
	indexes := []string{"CREATE INDEX projects_source ON projects (source_path, source_line)"}
	if slices.ContainsFunc(sw.sel, func(c Column) bool { return c.Name == "id" }) {
		// Not unique: the same project may be read twice.
		indexes = append(indexes, "CREATE INDEX projects_id ON projects (id)")
	}
	for _, ch := range sw.children {
		indexes = append(indexes, fmt.Sprintf("CREATE INDEX %s ON %s (project)", quote(ch.column+"_project"), quote(ch.column)))
	}
	for _, s := range append(indexes, "ANALYZE") {
		if _, err := sw.db.Exec(s); err != nil {
			return fmt.Errorf("indexing the database: %w", err)
		}
	}
	err = sw.db.Close()
	sw.db = nil
	if err != nil || !sw.temp {
		return err
	}
	f, err := os.Open(sw.path)
	if err != nil {
		return err
	}
	defer os.Remove(sw.path)
	defer f.Close()
	_, err = io.Copy(sw.out, f)
	return err
}

// abort closes the database and drops a temporary one.
func (sw *sqliteWriter) abort() {
	if sw.tx != nil {
		_ = sw.tx.Rollback()
		sw.tx = nil
	}
	if sw.db != nil {
		_ = sw.db.Close()
		sw.db = nil
	}
	if sw.temp {
		_ = os.Remove(sw.path)
	}
}
