package export

import (
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/esfdata/esf/parser"
)

// Writer writes records one at a time; Close finishes the output.
type Writer interface {
	Write(rec *parser.Project) error
	Close() error
}

// Formats lists the output formats.
var Formats = []string{"json", "ndjson", "csv", "tsv", "yaml", "xlsx"}

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
	// NoFormulaGuard turns off the formula guard of csv, tsv and xlsx.
	NoFormulaGuard bool
	// Warn, if set, hears of values changed to fit a format (an xlsx cell
	// cut to Excel's limit).
	Warn func(rec *parser.Project, column, message string)
}

// CheckFormat reports an unknown format with the list of valid ones.
func CheckFormat(format string) error {
	if !slices.Contains(Formats, format) {
		return fmt.Errorf("unknown format %q; valid formats: %s", format, strings.Join(Formats, ", "))
	}
	return nil
}

// IsBinary reports a format that is not text, and so not for a terminal.
func IsBinary(format string) bool { return format == "xlsx" }

// New returns a Writer of opts.Format writing to w.
func New(w io.Writer, opts Options) (Writer, error) {
	if err := CheckFormat(opts.Format); err != nil {
		return nil, err
	}
	if opts.Excel && opts.Format != "csv" {
		return nil, fmt.Errorf("--excel is a CSV dialect; it does not go with format %q", opts.Format)
	}
	sel := opts.Selection
	if sel == nil {
		sel, _ = Select(nil, false, false)
	}
	guard := !opts.NoFormulaGuard
	switch opts.Format {
	case "json":
		return newJSONWriter(w, sel, opts.Compact), nil
	case "ndjson":
		return &ndjsonWriter{w: w, sel: sel}, nil
	case "csv":
		dialect := DialectCSV
		if opts.Excel {
			dialect = DialectExcel
		}
		return newCSVWriter(w, sel, dialect, guard)
	case "tsv":
		return newCSVWriter(w, sel, DialectTSV, guard)
	case "yaml":
		return newYAMLWriter(w, sel), nil
	case "xlsx":
		return newXLSXWriter(w, sel, guard, opts.Warn)
	}
	return nil, fmt.Errorf("unknown format %q", opts.Format)
}
