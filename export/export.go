// Package export writes parser.Project records in seven formats: JSON,
// NDJSON, CSV, TSV, YAML, XLSX and SQLite.
//
// Every format writes the same keys in the same order, the order of
// SPEC.md; the flat formats (CSV, TSV, XLSX) spread the source object over
// source_path, source_line, source_format, source_layout, source_language
// and source_encoding; SQLite writes those columns too, with the lists in
// tables of their own. The package knows records, not pages.
package export

import (
	"fmt"
	"io"
	"strings"

	"github.com/esfdata/esf/parser"
)

// Writer writes records one at a time; Close finishes the output.
type Writer interface {
	Write(rec *parser.Project) error
	Close() error
}

// Options shape the output.
type Options struct {
	// Format is one of Formats.
	Format string
	// Selection is the columns to write; nil writes every column but the
	// optional ones.
	Selection Selection
	// Compact writes JSON on one line.
	Compact bool
	// Excel writes CSV in DialectExcel.
	Excel bool
	// FormulaGuard puts a ' before csv and tsv text cells that a
	// spreadsheet would run as formulas (see guardFormula). XLSX needs no
	// guard: its text cells are typed strings and never run.
	FormulaGuard bool
	// Path is the file the output goes to, if it is one: a format that
	// needs a file of its own (sqlite) writes there rather than to the
	// Writer. The file must be new and empty.
	Path string
	// Meta is what a format with room for it (sqlite's meta table) records
	// of the run: the esf version, the time, the command line.
	Meta map[string]string
	// Warn, if set, hears of values changed to fit a format (an xlsx cell
	// cut to Excel's limit).
	Warn func(rec *parser.Project, column, message string)
}

// format is one output format: its name, whether it is binary, and how to
// make its writer. Adding a format is adding a row to formats.
type format struct {
	name   string
	binary bool // not text, and so not for a terminal
	writer func(w io.Writer, sel Selection, opts Options) (Writer, error)
}

var formats = []format{
	{"json", false, func(w io.Writer, sel Selection, opts Options) (Writer, error) {
		return newJSONWriter(w, sel, opts.Compact), nil
	}},
	{"ndjson", false, func(w io.Writer, sel Selection, _ Options) (Writer, error) {
		return &ndjsonWriter{w: w, groups: sel.groups()}, nil
	}},
	{"csv", false, func(w io.Writer, sel Selection, opts Options) (Writer, error) {
		dialect := DialectCSV
		if opts.Excel {
			dialect = DialectExcel
		}
		return newFlatWriter(w, sel, dialect, opts.FormulaGuard)
	}},
	{"tsv", false, func(w io.Writer, sel Selection, opts Options) (Writer, error) {
		return newFlatWriter(w, sel, DialectTSV, opts.FormulaGuard)
	}},
	{"yaml", false, func(w io.Writer, sel Selection, _ Options) (Writer, error) {
		return newYAMLWriter(w, sel), nil
	}},
	{"xlsx", true, func(w io.Writer, sel Selection, opts Options) (Writer, error) {
		return newXLSXWriter(w, sel, opts.Warn)
	}},
	{"sqlite", true, func(w io.Writer, sel Selection, opts Options) (Writer, error) {
		return newSQLiteWriter(w, sel, opts)
	}},
}

// Formats lists the names of the output formats.
var Formats = func() []string {
	names := make([]string, len(formats))
	for i, f := range formats {
		names[i] = f.name
	}
	return names
}()

func lookupFormat(name string) (*format, error) {
	for i := range formats {
		if formats[i].name == name {
			return &formats[i], nil
		}
	}
	return nil, fmt.Errorf("unknown format %q; valid formats: %s", name, strings.Join(Formats, ", "))
}

// CheckFormat reports an unknown format with the list of valid ones.
func CheckFormat(name string) error {
	_, err := lookupFormat(name)
	return err
}

// IsBinary reports a format that is not text, and so not for a terminal.
func IsBinary(name string) bool {
	f, err := lookupFormat(name)
	return err == nil && f.binary
}

// Guardable reports a format whose text a spreadsheet may run as a
// formula: csv and tsv.
func Guardable(format string) bool { return format == "csv" || format == "tsv" }

// New returns a Writer of opts.Format writing to w.
func New(w io.Writer, opts Options) (Writer, error) {
	f, err := lookupFormat(opts.Format)
	if err != nil {
		return nil, err
	}
	if opts.Excel && opts.Format != "csv" {
		return nil, fmt.Errorf("--excel is a CSV dialect; it does not go with format %q", opts.Format)
	}
	if opts.FormulaGuard && !Guardable(opts.Format) {
		return nil, fmt.Errorf("the formula guard is for csv and tsv; format %q needs none", opts.Format)
	}
	sel := opts.Selection
	if sel == nil {
		sel, _ = Select(nil, false, false)
	}
	return f.writer(w, sel, opts)
}
