package cmd

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/esfdata/esf/diff"
	"github.com/esfdata/esf/internal/inputs"
	"github.com/esfdata/esf/parser"
	"github.com/esfdata/esf/snapshot"
)

// exitTrouble is diff's status when a side could not be read, as diff(1)
// has it; 1 means the sides differ.
const exitTrouble = 2

type diffFlags struct {
	read   readFlags
	format string
	key    []string
	fields []string
	ignore []string
	exact  bool
}

func newDiffCmd(streams Streams) *cobra.Command {
	var f diffFlags
	cmd := &cobra.Command{
		Use:   "diff OLD NEW",
		Short: "Show what changed between two snapshots of the project bank",
		Long: `diff compares two snapshots of the project bank and shows, project by
project, what changed: projects added and removed, and for a project in
both each field that differs, compared by its type. Amounts come with the
difference and percent, dates with the shift in days, the co-financing
rate in points, lists as sets (items added and removed), texts with a
similarity ratio and, in the text output, the lines that changed.

Each side is pages (files or folders, in any form esf parse reads, or -
for standard input) or a file esf wrote: NDJSON, JSON, CSV, TSV or a SQLite
database. Keeping yesterday's NDJSON and comparing today's pages with it
is the usual way.

Projects are matched by id, or by --key: a record without the key is
listed as unkeyed (unless the other side has the same record), and a key
found twice on one side is named on stderr and listed as ambiguous (unless
both sides hold the same records under it). source, warnings and raw are
not compared unless --fields names them; a change of white space alone is
no change unless --exact. esf schema --diff describes the ndjson objects.

Exit status, as diff(1):
  0  nothing differs
  1  something differs
  2  trouble: a side could not be read, or a usage error`,
		Example: `  esf diff yesterday.ndjson pages/
  esf diff old/ new/ --format ndjson | jq 'select(.status == "changed")'
  esf diff old.db new.db --fields end_date,total_budget_sek,esf_support_sek
  esf diff old/ new/ --key name,owner          # 2007-2013 pages have no id
  esf diff snapshot.ndjson pages/ --format github`,
		Args: func(_ *cobra.Command, args []string) error {
			if len(args) != 2 {
				return usageError("diff takes two snapshots, OLD and NEW; got %d", len(args))
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			return runDiff(cmd, streams, &f, args[0], args[1])
		},
	}
	fl := cmd.Flags()
	fl.StringVarP(&f.format, "format", "f", "text", "output format: "+strings.Join(diff.Formats, ", "))
	fl.StringSliceVar(&f.key, "key", []string{"id"}, "the fields that identify a project (comma-separated: name,owner)")
	fl.StringSliceVar(&f.fields, "fields", nil, "compare only these fields (comma-separated)")
	fl.StringSliceVar(&f.ignore, "ignore", nil, "do not compare these fields (comma-separated)")
	fl.BoolVar(&f.exact, "exact", false, "compare text exactly: a change of white space alone is a change")
	fl.StringVar(&f.read.glob, "glob", inputs.DefaultPattern, "which files to read in folders (patterns on the file name, comma-separated)")
	fl.StringVar(&f.read.encoding, "encoding", "", "force the encoding of pages (utf-8, utf-16le, utf-16be, windows-1252, macintosh, cp850, cp437); detected by default")
	fl.IntVarP(&f.read.jobs, "jobs", "j", runtime.GOMAXPROCS(0), "pages parsed at once")
	fl.BoolVarP(&f.read.quiet, "quiet", "q", false, "print no summary and no note of keys found twice, only errors")
	fl.BoolVar(&f.read.progress, "progress", false, "show a progress line on stderr even when it is not a terminal")
	fl.BoolVar(&f.read.noProg, "no-progress", false, "never show a progress line")
	fl.BoolVarP(&f.read.verbose, "verbose", "v", false, "name every file passed over in a folder (other names, hidden files)")
	// parse's format and fields (csv, a list of columns, in a config
	// file) mean something else here.
	for _, name := range []string{"format", "fields"} {
		_ = fl.SetAnnotation(name, scopedAnnotation, []string{"true"})
	}
	_ = cmd.RegisterFlagCompletionFunc("format", completeOne(diff.Formats...))
	fieldNames := func(string) []string { return diff.FieldNames() }
	for _, name := range []string{"key", "fields", "ignore"} {
		_ = cmd.RegisterFlagCompletionFunc(name, completeList(nil, fieldNames))
	}
	return cmd
}

// errTrouble ends a diff whose inputs could not all be read; the reasons
// were already reported.
var errTrouble = &exitError{code: exitTrouble}

func runDiff(cmd *cobra.Command, streams Streams, f *diffFlags, oldArg, newArg string) error {
	if err := f.read.check(cmd); err != nil {
		return err
	}
	ctx := cmd.Context()
	if !slices.Contains(diff.Formats, f.format) {
		return usageError("unknown format %q; valid formats: %s", f.format, strings.Join(diff.Formats, ", "))
	}
	d, err := diff.New(diff.Options{Key: f.key, Fields: f.fields, Ignore: f.ignore, Exact: f.exact})
	if err != nil {
		return usageError("%v", err)
	}
	if oldArg == inputs.Stdin && newArg == inputs.Stdin {
		return usageError("only one side can be standard input")
	}
	r := &diffReader{ctx: ctx, streams: streams, flags: &f.read}
	if oldArg == inputs.Stdin || newArg == inputs.Stdin {
		// Read once and kept: the old side may be read a second time.
		if r.stdin, err = io.ReadAll(streams.In); err != nil {
			fmt.Fprintf(streams.Err, "esf: reading standard input: %v\n", err)
			return errTrouble
		}
	}

	if !r.read(oldArg, nil, d.AddOld) || !r.read(newArg, nil, d.AddNew) {
		return errTrouble
	}
	if d.NeedsRevisit() {
		// The values of the fields that changed, from the old records of
		// the projects that changed, read again.
		revisit := func(rec *parser.Project, _ string, _ int) { d.Revisit(rec) }
		if !r.read(oldArg, d.OldOrigins(), revisit) {
			return errTrouble
		}
	}
	res := d.Result()

	if !f.read.quiet {
		for _, dup := range res.Duplicates {
			side := "old"
			if dup.New {
				side = "new"
			}
			places := make([]string, len(dup.Places))
			for i, p := range dup.Places {
				places[i] = p.String()
			}
			fmt.Fprintf(streams.Err, "esf: %s: %s %s stands %d times: %s\n", side, strings.Join(res.KeyFields, ","),
				diff.KeyText(res.KeyFields, dup.Key), len(dup.Places), strings.Join(places, ", "))
		}
	}
	if err := diff.Write(streams.Out, res, f.format); err != nil {
		return &exitError{code: exitTrouble, err: targetError("standard output", err)}
	}
	if f.format != "text" && streams.ErrTerminal && !f.read.quiet {
		fmt.Fprintf(streams.Err, "esf: %s\n", res.Counts)
	}
	if res.Counts.Differs() {
		return errFailed
	}
	return nil
}

// diffReader reads the sides of a diff: pages, as esf parse reads them,
// or a snapshot esf wrote.
type diffReader struct {
	ctx     context.Context
	streams Streams
	flags   *readFlags
	stdin   []byte // standard input, when a side is -
}

// read hands every record of a side to use, with the input it came from
// (the snapshot, or the page's file) and its line there. origins, if set,
// are the only inputs of the side to read, and of a snapshot the only
// lines. It reports what it could not read and returns false then.
func (r *diffReader) read(arg string, origins []diff.Origin, use func(rec *parser.Project, origin string, at int)) bool {
	var want snapshot.Want
	if origins != nil {
		// A snapshot is one input: the lines wanted are those of origins[0].
		want = func(line int) bool { return origins[0].At[line] }
	}
	format, err := r.readSnapshot(arg, want, use)
	switch {
	case err == nil:
		return true
	case !errors.Is(err, snapshot.ErrNotSnapshot):
		if format != snapshot.None {
			err = fmt.Errorf("%s (read as %s written by esf)", err, format)
		}
		fmt.Fprintf(r.streams.Err, "esf: %v\n", err)
		return false
	}
	paths := []string{arg}
	if origins != nil {
		paths = paths[:0]
		for _, o := range origins {
			paths = append(paths, o.Name)
		}
	}
	streams := r.streams
	if r.stdin != nil {
		streams.In = bytes.NewReader(r.stdin)
	}
	t, err := readPages(r.ctx, streams, paths, r.flags, func(rec *parser.Project, _ io.Writer) (bool, error) {
		use(rec, rec.Source.Path, rec.Source.Line)
		return false, nil
	})
	if err != nil {
		fmt.Fprintf(r.streams.Err, "esf: %v\n", err)
		return false
	}
	return t.errors == 0
}

// readSnapshot reads arg as a snapshot; ErrNotSnapshot when it is pages.
func (r *diffReader) readSnapshot(arg string, want snapshot.Want, use func(rec *parser.Project, origin string, at int)) (snapshot.Format, error) {
	hand := func(rec *parser.Project, line int) error {
		use(rec, arg, line)
		return nil
	}
	if arg == inputs.Stdin {
		return snapshot.Read(bytes.NewReader(r.stdin), "standard input", want, hand)
	}
	if info, err := os.Stat(arg); err != nil || !info.Mode().IsRegular() {
		return snapshot.None, snapshot.ErrNotSnapshot // a folder, or a path readPages reports
	}
	return snapshot.ReadFile(arg, want, hand)
}
