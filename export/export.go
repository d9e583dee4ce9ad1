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
}

// CheckFormat reports an unknown format with the list of valid ones.
func CheckFormat(format string) error {
	if !slices.Contains(Formats, format) {
		return fmt.Errorf("unknown format %q; valid formats: %s", format, strings.Join(Formats, ", "))
	}
	return nil
}

// New returns a Writer of opts.Format writing to w.
func New(w io.Writer, opts Options) (Writer, error) {
	if err := CheckFormat(opts.Format); err != nil {
		return nil, err
	}
	sel := opts.Selection
	if sel == nil {
		sel, _ = Select(nil, false, false)
	}
	switch opts.Format {
	case "json":
		return newJSONWriter(w, sel, opts.Compact), nil
	case "ndjson":
		return &ndjsonWriter{w: w, sel: sel}, nil
	}
	return nil, fmt.Errorf("format %q is not supported yet", opts.Format)
}
