// Package batch is what the browser page does with the files given to it:
// it reads them in the order, with the rules and with the options of
// esf parse, checks them with validate's rules, and writes the downloads
// through the same export writers, so that a download is byte for byte
// what the command line writes for the same files.
package batch

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/esfdata/esf/export"
	"github.com/esfdata/esf/internal/inputs"
	"github.com/esfdata/esf/parser"
	"github.com/esfdata/esf/validate"
)

// File is one file given to the page.
type File struct {
	// Path names the file as esf parse would, run in the folder that holds
	// what was dropped: "a.txt" for a file given by itself,
	// "pages/sub/b.txt" for a file of a dropped folder "pages", "-" for
	// pasted text (standard input).
	Path string
	Data []byte
	// InFolder marks a file found in a dropped folder, which is read only
	// when the command line's walk would read it (no hidden name, a name
	// the default pattern takes). A file given by itself is always read.
	InFolder bool
}

// Skip is a file that gave no record, and why.
type Skip struct {
	Path   string `json:"path"`
	Reason string `json:"reason"`
}

// Result is the reading of one batch of files.
type Result struct {
	Records     []*parser.Project
	Skipped     []Skip
	Diagnostics []Diagnostic
}

// Diagnostic is a validate finding on a record.
type Diagnostic struct {
	validate.Diagnostic
	Record int // the index of the record in Records
}

// Order sorts files as esf parse reads them when named in the order of
// their names: each name on its own, each folder walked in sorted order.
// Paths compare folder by folder: "a/b.txt" comes before "a.txt", as a
// walk lists the folder "a" before the file "a.txt", though the strings
// sort the other way. Pasted text comes last, as "-" after the paths would.
func Order(files []File) {
	slices.SortStableFunc(files, func(a, b File) int {
		if a.Path == inputs.Stdin || b.Path == inputs.Stdin {
			return cmp.Compare(boolInt(a.Path == inputs.Stdin), boolInt(b.Path == inputs.Stdin))
		}
		return slices.Compare(strings.Split(a.Path, "/"), strings.Split(b.Path, "/"))
	})
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// passedOver reports why the command line's walk passes over a file of a
// dropped folder, or nil when it reads it. The dropped folder itself is
// named, and so walked whatever its name.
func passedOver(f File) error {
	if !f.InFolder {
		return nil
	}
	parts := strings.Split(f.Path, "/")
	for i, name := range parts[1:] {
		if err := inputs.PassedOver(name, i < len(parts)-2); err != nil {
			return err
		}
	}
	if !inputs.Takes(parts[len(parts)-1], inputs.DefaultPattern) {
		return inputs.ErrNoMatch
	}
	return nil
}

// Parse reads files in order (see Order), as esf parse does with its
// default options, and checks every record with validate's default rules.
// progress, when set, hears after each file how many are done.
func Parse(files []File, progress func(done, total int)) *Result {
	p := NewParser()
	for i, f := range files {
		p.Add(f)
		if progress != nil {
			progress(i+1, len(files))
		}
	}
	return p.Result()
}

// Parser reads files one at a time, so that the page can parse a file
// while it waits for the next ones.
type Parser struct {
	result  Result
	checker *validate.Checker
}

// NewParser returns a Parser with validate's default rules.
func NewParser() *Parser {
	checker, err := validate.NewChecker(validate.Config{})
	if err != nil {
		panic(err) // the default configuration is always valid
	}
	return &Parser{checker: checker}
}

// Add reads the next file, which must come in order (see Order).
func (p *Parser) Add(f File) {
	r := &p.result
	if err := passedOver(f); err != nil {
		r.Skipped = append(r.Skipped, Skip{f.Path, err.Error()})
		return
	}
	if p.unpack(f) {
		return
	}
	recs, err := parser.Parse(f.Path, f.Data, parser.Options{Format: inputs.FormatOf(f.Path, f.Data)})
	switch {
	case errors.Is(err, parser.ErrBinary):
		r.Skipped = append(r.Skipped, Skip{f.Path, err.Error() + ", skipped"})
		return
	case err != nil:
		// esf parse writes no record of an input it could not read.
		r.Skipped = append(r.Skipped, Skip{f.Path, err.Error()})
		return
	case len(recs) == 0:
		r.Skipped = append(r.Skipped, Skip{f.Path, "no ESF project field found, skipped"})
		return
	}
	for _, rec := range recs {
		for _, d := range p.checker.Check(rec) {
			r.Diagnostics = append(r.Diagnostics, Diagnostic{d, len(r.Records)})
		}
		r.Records = append(r.Records, rec)
	}
}

// unpack reads a file that is an archive as esf parse does, each file in
// it an input of its own (inputs.Unpack); it reports false for a file that
// is no archive.
func (p *Parser) unpack(f File) bool {
	r := &p.result
	kind, other := inputs.Sniff(f.Data[:min(len(f.Data), inputs.SniffLen)])
	if other != "" {
		r.Skipped = append(r.Skipped, Skip{f.Path, fmt.Errorf("%s %w", other, inputs.ErrArchiveKind).Error()})
		return true
	}
	if kind == inputs.NoArchive {
		return false
	}
	err := inputs.Unpack(f.Path, bytes.NewReader(f.Data), int64(len(f.Data)), kind, inputs.DefaultPattern, func(m inputs.Member) bool {
		if m.Problem != nil {
			r.Skipped = append(r.Skipped, Skip{m.Path, m.Problem.Err.Error()})
		} else {
			p.Add(File{Path: m.Path, Data: m.Data})
		}
		return true
	})
	if errors.Is(err, inputs.ErrDocument) {
		return false // a document is a zip that Unpack yields nothing of
	}
	if err != nil {
		r.Skipped = append(r.Skipped, Skip{f.Path, err.Error()})
	}
	return true
}

// Result returns what the files added gave.
func (p *Parser) Result() *Result {
	r := p.result
	// esf validate prints its findings sorted by file and line.
	slices.SortStableFunc(r.Diagnostics, func(a, b Diagnostic) int {
		return cmp.Or(strings.Compare(a.Pos.Path, b.Pos.Path), cmp.Compare(a.Pos.Line, b.Pos.Line))
	})
	return &r
}

// Download is one of the page's downloads.
type Download struct {
	Name  string `json:"name"`  // what the page calls it
	Flags string `json:"flags"` // the options of esf parse that write the same bytes
	// Format and Excel are export's options.
	Format string `json:"-"`
	Excel  bool   `json:"-"`
	Ext    string `json:"ext"` // the file name's extension
	MIME   string `json:"mime"`
}

// Downloads lists the page's downloads. The Excel CSV has the formula
// guard, as --excel turns it on.
var Downloads = []Download{
	{"csv", "--format csv", "csv", false, ".csv", "text/csv"},
	{"excel", "--excel", "csv", true, ".csv", "text/csv"},
	{"xlsx", "--format xlsx", "xlsx", false, ".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"},
	{"json", "--format json", "json", false, ".json", "application/json"},
	{"ndjson", "--format ndjson", "ndjson", false, ".ndjson", "application/x-ndjson"},
}

// Write writes the records as the download named name does, with the
// columns of fields (all when empty), as --fields picks them.
func (r *Result) Write(w io.Writer, name string, fields []string) error {
	i := slices.IndexFunc(Downloads, func(d Download) bool { return d.Name == name })
	if i < 0 {
		return errors.New("unknown download " + name)
	}
	d := Downloads[i]
	sel, err := export.Select(fields, false, false)
	if err != nil {
		return err
	}
	ew, err := export.New(w, export.Options{Format: d.Format, Selection: sel, Excel: d.Excel, FormulaGuard: d.Excel})
	if err != nil {
		return err
	}
	for _, rec := range r.Records {
		if err := ew.Write(rec); err != nil {
			return err
		}
	}
	return ew.Close()
}

// Table writes records of r as the page's table shows them, as esf parse
// --format tsv --fields writes them: a header row, then a row for each
// record of indices (every record when nil), with the columns of fields
// (flat column names; every column when empty). Cells are separated by
// tabs, and a tab, line feed, carriage return or backslash in a cell is
// written \t, \n, \r, \\. The page asks for the rows it shows and the
// column it sorts by: a table of 10,000 pages is some 70 MB of text.
func (r *Result) Table(w io.Writer, indices []int, fields []string) error {
	sel, err := export.Select(fields, false, false)
	if err != nil {
		return err
	}
	ew, err := export.New(w, export.Options{Format: "tsv", Selection: sel})
	if err != nil {
		return err
	}
	if indices == nil {
		for _, rec := range r.Records {
			if err := ew.Write(rec); err != nil {
				return err
			}
		}
	}
	for _, i := range indices {
		if i < 0 || i >= len(r.Records) {
			return fmt.Errorf("no record %d of %d", i, len(r.Records))
		}
		if err := ew.Write(r.Records[i]); err != nil {
			return err
		}
	}
	return ew.Close()
}
