//go:build !(js && wasm)

package export

import (
	"database/sql"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"sync/atomic"

	_ "modernc.org/sqlite" // the database/sql driver "sqlite", pure Go

	"github.com/esfdata/esf/parser"
)

// sqliteFTSColumns are the columns of the full-text index, when selected.
var sqliteFTSColumns = []string{"name", "owner", "summary", "background", "purpose", "goals", "other_sections"}

// sqlitePragmas are for building a new file that nothing reads until the
// run commits it by renaming it: the journal and syncing buy nothing, and
// foreign keys hold by construction (PRAGMA foreign_key_check finds
// none). Pages of 2 KiB waste less than 4 KiB ones at the end of the
// long texts that spill over several pages: the file is 4 % smaller, in
// the same time.
const sqlitePragmas = "_pragma=journal_mode(OFF)&_pragma=synchronous(OFF)&_pragma=locking_mode(EXCLUSIVE)" +
	"&_pragma=page_size(2048)&_pragma=foreign_keys(OFF)"

// A sqliteChild is a table of one list of the record, one row per item.
type sqliteChild struct {
	column  string // the record's column it spreads
	columns string // the table's columns after project
	// key, if set, is the table's primary key: the table is stored in its
	// order, which is the order rows are written, and needs no index of
	// its own on project.
	key  string
	rows func(rec *parser.Project) [][]any
}

var sqliteChildren = []sqliteChild{
	{"municipalities", "position INTEGER NOT NULL, name TEXT NOT NULL", "project, position", func(rec *parser.Project) [][]any {
		return positioned(rec.Municipalities)
	}},
	{"cofinanciers", "position INTEGER NOT NULL, name TEXT NOT NULL", "project, position", func(rec *parser.Project) [][]any {
		return positioned(rec.Cofinanciers)
	}},
	{"other_sections", "heading TEXT NOT NULL, text TEXT NOT NULL", "", func(rec *parser.Project) [][]any {
		rows := make([][]any, len(rec.OtherSections))
		for i, s := range rec.OtherSections {
			rows[i] = []any{s.Heading, s.Text}
		}
		return rows
	}},
	{"extra", "label TEXT NOT NULL, value TEXT", "", func(rec *parser.Project) [][]any {
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
	{"warnings", "line INTEGER NOT NULL, field TEXT NOT NULL, kind TEXT NOT NULL, message TEXT NOT NULL", "", func(rec *parser.Project) [][]any {
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
// table per selected list, a full-text index over the text of projects,
// and a meta table. Records are inserted as they come, in one
// transaction, so memory stays flat: SQLite writes its pages out as its
// cache fills. A database needs a file: with Options.Path it is written
// there, otherwise into a temporary file copied to the output on Close.
//
// Write turns a record into its rows and hands them to a goroutine that
// inserts them (and the text to the index's goroutine, sqliteIndexer), so
// that the caller goes back to its pages at once: on two cores, a caller
// that inserted the rows itself left the parser waiting whenever the
// scheduler gave the inserts no core, and a run of 100,000 pages took a
// quarter longer.
type sqliteWriter struct {
	out      io.Writer
	path     string
	temp     bool
	db       *sql.DB
	tx       *sql.Tx
	sel      Selection
	cols     []Column // the columns of projects after project
	children []sqliteChild
	fts      *sqliteIndexer // nil when no text column is selected
	meta     map[string]string
	n        int64
	insert   *sql.Stmt
	child    []childInsert // the inserts of each child table

	rows   chan sqliteRows // to the inserting goroutine; nil once it has ended
	done   chan struct{}
	err    error                 // the inserting goroutine's error, set before done closes
	failed atomic.Pointer[error] // the same, as soon as it happens
}

// sqliteRows are a record's rows: its row of projects, the project first,
// and its rows of each child table.
type sqliteRows struct {
	project  []any
	children [][][]any
}

func newSQLiteWriter(w io.Writer, sel Selection, opts Options) (_ *sqliteWriter, err error) {
	sw := &sqliteWriter{out: w, path: opts.Path, sel: sel, meta: opts.Meta}
	if sw.path == "" {
		if sw.path, err = tempPath("esf-*.db"); err != nil {
			return nil, err
		}
		sw.temp = true
	}
	defer func() {
		if err != nil {
			sw.abort()
		}
	}()
	if sw.db, err = openSQLite(sw.path); err != nil {
		return nil, err
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
	var fts []Column
	for _, name := range sqliteFTSColumns {
		if i := slices.IndexFunc(sel, func(c Column) bool { return c.Name == name }); i >= 0 {
			fts = append(fts, sel[i])
		}
	}
	if err := sw.create(fts); err != nil {
		return nil, err
	}
	if len(fts) > 0 {
		if sw.fts, err = newSQLiteIndexer(fts); err != nil {
			return nil, err
		}
	}
	if sw.tx, err = sw.db.Begin(); err != nil {
		return nil, err
	}
	if sw.insert, err = sw.tx.Prepare(sw.insertSQL()); err != nil {
		return nil, err
	}
	for _, ch := range sw.children {
		sw.child = append(sw.child, childInsert{table: ch.column, width: strings.Count(ch.columns, ",") + 2})
	}
	sw.rows, sw.done = make(chan sqliteRows, sqliteQueue), make(chan struct{})
	go sw.insertRows()
	return sw, nil
}

// sqliteQueue is how many records may wait for the inserts, and for the
// index: enough to even out pages of different lengths and the moments a
// goroutine waits for a core, few enough to keep memory flat.
const sqliteQueue = 256

// insertRows inserts the rows it is given; after an error it takes the
// rest without inserting them, so that Write never blocks.
func (sw *sqliteWriter) insertRows() {
	defer close(sw.done)
	var err error
	for r := range sw.rows {
		if err != nil {
			continue
		}
		if err = sw.insertRecord(r); err != nil {
			sw.failed.Store(&err)
		}
	}
	sw.err = err
}

// insertRecord inserts one record's rows.
func (sw *sqliteWriter) insertRecord(r sqliteRows) error {
	if _, err := sw.insert.Exec(r.project...); err != nil {
		return fmt.Errorf("inserting into projects: %w", err)
	}
	for i, ch := range sw.children {
		if err := sw.child[i].insert(sw.tx, r.project[0].(int64), r.children[i]); err != nil {
			return fmt.Errorf("inserting into %s: %w", ch.column, err)
		}
	}
	return nil
}

// stopInserting waits for the inserting goroutine to insert what it was
// given, and returns its error.
func (sw *sqliteWriter) stopInserting() error {
	if sw.rows == nil {
		return nil
	}
	close(sw.rows)
	<-sw.done
	sw.rows = nil
	return sw.err
}

// childRowsAtOnce is the most rows of a child table one statement
// inserts: a record's list goes in with one statement rather than one a
// row, which on the corpus takes a sixth off the time of the inserts and
// a third off their allocations.
const childRowsAtOnce = 32

// A childInsert inserts rows into one child table, with a statement for
// each number of rows at once, prepared when first needed.
type childInsert struct {
	table string
	width int // columns a row, project included
	stmts [childRowsAtOnce + 1]*sql.Stmt
	args  []any
}

// insert writes rows under project, childRowsAtOnce at a time.
func (ci *childInsert) insert(tx *sql.Tx, project int64, rows [][]any) error {
	for len(rows) > 0 {
		n := min(len(rows), childRowsAtOnce)
		if ci.stmts[n] == nil {
			row := "(?" + strings.Repeat(", ?", ci.width-1) + ")"
			st, err := tx.Prepare("INSERT INTO " + quote(ci.table) + " VALUES " + row + strings.Repeat(", "+row, n-1))
			if err != nil {
				return err
			}
			ci.stmts[n] = st
		}
		ci.args = ci.args[:0]
		for _, r := range rows[:n] {
			ci.args = append(append(ci.args, project), r...)
		}
		if _, err := ci.stmts[n].Exec(ci.args...); err != nil {
			return err
		}
		rows = rows[n:]
	}
	return nil
}

// tempPath names a new, empty temporary file.
func tempPath(pattern string) (string, error) {
	f, err := os.CreateTemp("", pattern)
	if err != nil {
		return "", err
	}
	return f.Name(), f.Close()
}

// openSQLite opens a new database file for building.
func openSQLite(path string) (*sql.DB, error) {
	db, err := sql.Open("sqlite", "file:"+path+"?"+sqlitePragmas)
	if err != nil {
		return nil, err
	}
	db.SetMaxOpenConns(1)
	if err := db.Ping(); err != nil {
		db.Close()
		return nil, fmt.Errorf("opening the database: %w", err)
	}
	return db, nil
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

func (sw *sqliteWriter) insertSQL() string {
	names, marks := []string{"project"}, []string{"?"}
	for _, c := range sw.cols {
		names = append(names, quote(c.Name))
		marks = append(marks, "?")
	}
	return "INSERT INTO projects (" + strings.Join(names, ", ") + ") VALUES (" + strings.Join(marks, ", ") + ")"
}

func (sw *sqliteWriter) create(fts []Column) error {
	defs := []string{"project INTEGER PRIMARY KEY"}
	for _, c := range sw.cols {
		defs = append(defs, quote(c.Name)+" "+sqliteType(c))
	}
	stmts := []string{
		"CREATE TABLE projects (\n  " + strings.Join(defs, ",\n  ") + "\n)",
		"CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)",
	}
	for _, ch := range sw.children {
		table := fmt.Sprintf("CREATE TABLE %s (\n  project INTEGER NOT NULL REFERENCES projects(project),\n  %s", quote(ch.column), ch.columns)
		if ch.key != "" {
			table += ",\n  PRIMARY KEY (" + ch.key + ")\n) WITHOUT ROWID"
		} else {
			table += "\n)"
		}
		stmts = append(stmts, table)
	}
	// The indexes are made before the rows, and grow with them: made
	// after, the one on the source would read every row to its end, the
	// long texts included, since source_path comes after them.
	stmts = append(stmts, "CREATE INDEX projects_source ON projects (source_path, source_line)")
	if slices.ContainsFunc(sw.sel, func(c Column) bool { return c.Name == "id" }) {
		// Not unique: the same project may be read twice.
		stmts = append(stmts, "CREATE INDEX projects_id ON projects (id)")
	}
	for _, ch := range sw.children {
		if ch.key == "" {
			stmts = append(stmts, fmt.Sprintf("CREATE INDEX %s ON %s (project)", quote(ch.column+"_project"), quote(ch.column)))
		}
	}
	if len(fts) > 0 {
		stmts = append(stmts, sqliteTextView(fts), sqliteFTSTable(fts))
	}
	for _, s := range stmts {
		if _, err := sw.db.Exec(s); err != nil {
			return fmt.Errorf("creating the database: %w", err)
		}
	}
	return nil
}

// sqliteTextView is the text the full-text index holds, one row per
// project: the index keeps no copy of it (external content) and reads
// a match's columns from here. Other sections read as heading, line
// break, text, a blank line between sections.
func sqliteTextView(fts []Column) string {
	var cols []string
	for _, c := range fts {
		if c.Name == "other_sections" {
			cols = append(cols, "(SELECT group_concat(heading || char(10) || text, char(10) || char(10)) FROM "+
				"(SELECT heading, text FROM other_sections s WHERE s.project = p.project ORDER BY s.rowid)) AS other_sections")
			continue
		}
		cols = append(cols, quote(c.Name))
	}
	return "CREATE VIEW projects_text AS SELECT project, " + strings.Join(cols, ", ") + " FROM projects p"
}

// sqliteFTSTable is the full-text index over projects_text; its rowid
// is the project.
func sqliteFTSTable(fts []Column) string {
	var cols []string
	for _, c := range fts {
		cols = append(cols, quote(c.Name))
	}
	// Diacritics are letters in Swedish: "här" is not "har".
	return "CREATE VIRTUAL TABLE projects_fts USING fts5(" + strings.Join(cols, ", ") +
		", content = 'projects_text', content_rowid = 'project', tokenize = 'unicode61 remove_diacritics 0')"
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

// errAbandoned is what a writer says after a write failed: the database
// and its temporary files are gone.
var errAbandoned = errors.New("the database was abandoned after an error")

// Write queues a record's rows for the inserting goroutine and its text
// for the index. An insert that failed is reported by the next Write, or
// by Close, which drop the database and its temporary files at once: a
// caller that stops on the error need not close the writer to clean up.
func (sw *sqliteWriter) Write(rec *parser.Project) (err error) {
	if sw.db == nil {
		return errAbandoned
	}
	defer func() {
		if err != nil {
			sw.abort()
		}
	}()
	if err := sw.failed.Load(); err != nil {
		return *err
	}
	sw.n++
	r := sqliteRows{project: make([]any, 1, len(sw.cols)+1), children: make([][][]any, len(sw.children))}
	r.project[0] = sw.n
	for _, c := range sw.cols {
		v, err := sqliteValue(c, rec)
		if err != nil {
			return err
		}
		r.project = append(r.project, v)
	}
	for i, ch := range sw.children {
		r.children[i] = ch.rows(rec)
	}
	sw.rows <- r
	if sw.fts != nil {
		return sw.fts.add(sw.n, rec)
	}
	return nil
}

// sectionsText is the other sections as the full-text index reads them,
// as projects_text writes them.
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

// Close writes meta, moves the full-text index in and closes the database; a temporary database is copied to the output.
func (sw *sqliteWriter) Close() (err error) {
	if sw.db == nil {
		return errAbandoned
	}
	defer func() {
		if err != nil {
			sw.abort()
		}
	}()
	if err := sw.stopInserting(); err != nil {
		return err
	}
	for key, value := range sw.meta {
		if _, err := sw.tx.Exec("INSERT INTO meta VALUES (?, ?)", key, value); err != nil {
			return err
		}
	}
	if err := sw.tx.Commit(); err != nil {
		return err
	}
	sw.tx = nil
	if sw.fts != nil {
		err := sw.fts.moveInto(sw.db)
		sw.fts = nil
		if err != nil {
			return fmt.Errorf("indexing the text: %w", err)
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
	_ = sw.stopInserting()
	if sw.fts != nil {
		sw.fts.abort()
		sw.fts = nil
	}
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
