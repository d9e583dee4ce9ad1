//go:build !(js && wasm)

package export

import (
	"database/sql"
	"fmt"
	"os"
	"strings"
	"sync/atomic"

	"github.com/esfdata/esf/parser"
)

// This file goes with sqlite.go, which the WebAssembly build leaves out:
// modernc's SQLite does not build there.

// sqliteIndexer builds the full-text index on a goroutine of its own, in a
// database of its own, while the rows go into the main database: reading
// the text into the index is half the time a database takes, and SQLite
// writes one database from one connection at a time. moveInto copies the
// finished index's tables into the main database, whose index was created
// with the same definition and left empty; an FTS5 index is nothing but
// its tables.
type sqliteIndexer struct {
	path   string
	db     *sql.DB
	cols   []Column
	rows   chan []any
	done   chan struct{}
	err    error                 // the goroutine's error, set before done closes
	failed atomic.Pointer[error] // the same, as soon as it happens
}

// sqliteFTSMergeWidth is the most segments of the index merged at once
// while rows go in (FTS5's crisismerge): 100,000 pages make 270, so that
// a run of that size merges only once, at the end. It stays well under
// the 2,000 segments an FTS5 index may hold.
const sqliteFTSMergeWidth = 512

// sqliteFTSShadows are the tables of an FTS5 index with external content.
var sqliteFTSShadows = []string{"projects_fts_data", "projects_fts_idx", "projects_fts_docsize"}

func newSQLiteIndexer(cols []Column) (_ *sqliteIndexer, err error) {
	ix := &sqliteIndexer{cols: cols, rows: make(chan []any, sqliteQueue), done: make(chan struct{})}
	if ix.path, err = tempPath("esf-*-fts.db"); err != nil {
		return nil, err
	}
	defer func() {
		if err != nil {
			if ix.db != nil {
				ix.db.Close()
			}
			os.Remove(ix.path)
		}
	}()
	if ix.db, err = openSQLite(ix.path); err != nil {
		return nil, err
	}
	// The index is written in blocks of about 4 KB (FTS5's pgsz), and
	// merged and copied by reading them back: pages of 16 KiB take a
	// tenth of the reads of the main file's 2 KiB ones. A merge reads a
	// page of every segment it merges in turn, so the cache holds a page
	// of each: with SQLite's default of 2 MiB, the merge at 100,000 pages
	// read every page four times.
	pragmas := []string{"PRAGMA page_size = 16384", fmt.Sprintf("PRAGMA cache_size = -%d", sqliteFTSMergeWidth*16)}
	for _, pragma := range pragmas {
		if _, err := ix.db.Exec(pragma); err != nil {
			return nil, err
		}
	}
	if _, err := ix.db.Exec(sqliteFTSTable(cols)); err != nil {
		return nil, fmt.Errorf("creating the text index: %w", err)
	}
	// Segments are merged once, when every row is in (see run), and not
	// as they are written: FTS5's automerge merges each level again as
	// segments pile up, which at 100,000 pages wrote the index five times
	// over and took a quarter of the index's time.
	options := []string{"'automerge', 0", fmt.Sprintf("'crisismerge', %d", sqliteFTSMergeWidth)}
	for _, option := range options {
		if _, err := ix.db.Exec("INSERT INTO projects_fts (projects_fts, rank) VALUES (" + option + ")"); err != nil {
			return nil, err
		}
	}
	tx, err := ix.db.Begin()
	if err != nil {
		return nil, err
	}
	insert, err := tx.Prepare("INSERT INTO projects_fts (rowid, " + ftsNames(cols) + ") VALUES (?" + strings.Repeat(", ?", len(cols)) + ")")
	if err != nil {
		tx.Rollback()
		return nil, err
	}
	go ix.run(tx, insert)
	return ix, nil
}

func ftsNames(cols []Column) string {
	names := make([]string, len(cols))
	for i, c := range cols {
		names[i] = quote(c.Name)
	}
	return strings.Join(names, ", ")
}

// run indexes the rows it is given; after an error it takes the rest
// without indexing them, so that add never blocks.
func (ix *sqliteIndexer) run(tx *sql.Tx, insert *sql.Stmt) {
	defer close(ix.done)
	var err error
	for row := range ix.rows {
		if err != nil {
			continue
		}
		if _, err = insert.Exec(row...); err != nil {
			ix.failed.Store(&err)
		}
	}
	if err == nil {
		// One merge of every segment into one: the index the database
		// gets is as fast to query as it can be.
		_, err = tx.Exec("INSERT INTO projects_fts (projects_fts) VALUES ('optimize')")
	}
	if err != nil {
		tx.Rollback()
		ix.err = err
		return
	}
	ix.err = tx.Commit()
}

// add queues a record's text for the index. The text is copied: the
// record is the caller's again once Write returns.
func (ix *sqliteIndexer) add(project int64, rec *parser.Project) error {
	if err := ix.failed.Load(); err != nil {
		return fmt.Errorf("indexing the text: %w", *err)
	}
	row := make([]any, 1, len(ix.cols)+1)
	row[0] = project
	for _, c := range ix.cols {
		var v any
		if c.Name == "other_sections" {
			v = sectionsText(rec.OtherSections)
		} else {
			var err error
			if v, err = sqliteValue(c, rec); err != nil {
				return err
			}
		}
		if s, ok := v.(string); ok {
			v = strings.Clone(s)
		}
		row = append(row, v)
	}
	ix.rows <- row
	return nil
}

// moveInto finishes the index and copies its tables over the empty ones
// of db's projects_fts.
func (ix *sqliteIndexer) moveInto(db *sql.DB) error {
	defer os.Remove(ix.path)
	close(ix.rows)
	<-ix.done
	err := ix.db.Close()
	ix.db = nil
	if ix.err != nil {
		return ix.err
	}
	if err != nil {
		return err
	}
	// ATTACH stands outside a transaction, the copy inside one.
	if _, err := db.Exec("ATTACH DATABASE ? AS fts", ix.path); err != nil {
		return err
	}
	tx, err := db.Begin()
	if err != nil {
		return err
	}
	for _, table := range sqliteFTSShadows {
		if _, err := tx.Exec("DELETE FROM main." + table); err != nil {
			tx.Rollback()
			return err
		}
		if _, err := tx.Exec("INSERT INTO main." + table + " SELECT * FROM fts." + table); err != nil {
			tx.Rollback()
			return err
		}
	}
	if err := tx.Commit(); err != nil {
		return err
	}
	_, err = db.Exec("DETACH DATABASE fts")
	return err
}

// abort stops the goroutine and drops the index.
func (ix *sqliteIndexer) abort() {
	if ix.db != nil {
		close(ix.rows)
		<-ix.done
		ix.db.Close()
	}
	os.Remove(ix.path)
}
