package cmd

import (
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"sync/atomic"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/esfdata/esf/export"
	"github.com/esfdata/esf/parser"
)

type parseFlags struct {
	read    readFlags
	sel     selectFlags
	format  string
	output  string
	compact bool
	excel   bool
	guard   bool
	noGuard bool
	unique  string
}

// selectFlags choose the keys or columns of a record; parse and schema
// share them, so that the schema describes what parse writes.
type selectFlags struct {
	fields     []string
	raw        bool
	noPersonal bool
}

func (f *selectFlags) register(cmd *cobra.Command) {
	fl := cmd.Flags()
	fl.StringSliceVar(&f.fields, "fields", nil, "pick and order the keys or columns (comma-separated)")
	fl.BoolVar(&f.raw, "raw", false, "add raw: every label as written on the page, with its value as written")
	fl.BoolVar(&f.noPersonal, "no-personal", false, "leave out contact_name, contact_email and contact_phone")
}

// selection picks the columns the flags ask for. A field named in
// --fields that --no-personal leaves out is a usage error: dropping it
// quietly would write a table without a column its user asked for.
func (f *selectFlags) selection(cmd *cobra.Command) (export.Selection, error) {
	if f.noPersonal {
		var personal []string
		for _, name := range f.fields {
			name = strings.TrimSpace(name)
			if slices.ContainsFunc(export.Columns(), func(c export.Column) bool { return c.Personal && c.Name == name }) {
				personal = append(personal, name)
			}
		}
		if len(personal) > 0 {
			return nil, usageError("%s names %s, which %s leaves out; drop one or the other",
				flagSource(cmd, "fields"), strings.Join(personal, ", "), flagSource(cmd, "no-personal"))
		}
	}
	sel, err := export.Select(f.fields, f.raw, f.noPersonal)
	var unknown *export.UnknownFieldError
	if errors.As(err, &unknown) {
		err = unknownName("field", unknown.Name, export.ColumnNames())
	}
	if err != nil {
		return nil, flagError(cmd, "fields", err)
	}
	return sel, nil
}

func newParseCmd(streams Streams) *cobra.Command {
	var f parseFlags
	cmd := &cobra.Command{
		Use:   "parse [PATH ...]",
		Short: "Read pages and write one record per project",
		Long: `parse reads ESF project pages, text copies or saved web pages (files,
folders walked recursively, or - for standard input), and writes one
normalised record per page.

What a page does not give is null. Warnings name the file and line of every
value that could not be read cleanly; the value stays in the record.`,
		Example: `  esf parse pages/ --format csv > projects.csv
  esf parse pages/ --format ndjson | jq .name
  esf parse page.txt -o project.json`,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runParse(cmd, streams, &f, args)
		},
	}
	f.read.register(cmd)
	fl := cmd.Flags()
	fl.StringVarP(&f.format, "format", "f", "json", "output format: "+strings.Join(export.Formats, ", "))
	fl.StringVarP(&f.output, "output", "o", "", "write to this file (whole or not at all) instead of stdout")
	f.sel.register(cmd)
	fl.BoolVar(&f.compact, "compact", false, "write JSON on one line")
	fl.BoolVar(&f.excel, "excel", false, "CSV for a Swedish Excel: UTF-8 BOM, ';' between cells, CRLF, decimal commas (implies --format csv)")
	fl.BoolVar(&f.guard, "formula-guard", false, "put a ' before text cells starting with = + - @ (csv, tsv; on by default with --excel)")
	fl.BoolVar(&f.noGuard, "no-formula-guard", false, "write text cells starting with = + - @ exactly, also with --excel")
	fl.StringVar(&f.unique, "unique", "", "keep one record per id, the first or the last read, and name the ones dropped (first, last)")
	return cmd
}

func runParse(cmd *cobra.Command, streams Streams, f *parseFlags, args []string) error {
	if err := f.read.check(cmd); err != nil {
		return err
	}
	if f.unique != "" && f.unique != keepFirst && f.unique != keepLast {
		return flagError(cmd, "unique", unknownName("choice", f.unique, []string{keepFirst, keepLast}))
	}
	if f.excel && !cmd.Flags().Changed("format") && f.format == "json" {
		f.format = "csv"
	}
	if !slices.Contains(export.Formats, f.format) {
		return flagError(cmd, "format", unknownName("format", f.format, export.Formats))
	}
	if f.excel && f.format != "csv" {
		return flagError(cmd, "excel", fmt.Errorf("--excel is a CSV dialect; it does not go with format %q (%s)", f.format, flagSource(cmd, "format")))
	}
	guard, err := f.formulaGuard(cmd)
	if err != nil {
		return err
	}
	if export.IsBinary(f.format) && (f.output == "" || f.output == "-") && streams.OutTerminal {
		return usageError("%s is a binary format: write it to a file with -o FILE, or redirect stdout", f.format)
	}
	sel, err := f.sel.selection(cmd)
	if err != nil {
		return err
	}
	out, err := openOutput(f.output, streams.Out)
	if err != nil {
		return &exitError{code: exitFail, err: err}
	}
	var writerWarnings atomic.Int64
	w, err := export.New(out, export.Options{
		Format: f.format, Selection: sel, Compact: f.compact, Path: out.path(),
		Meta: map[string]string{
			"esf_version":  versionString(),
			"created":      time.Now().UTC().Format(time.RFC3339),
			"command_line": commandLine(cmd, args),
		},
		Excel: f.excel, FormulaGuard: guard,
		Warn: func(rec *parser.Project, column, message string) {
			// The page's first line: a file may hold several pages.
			fmt.Fprintf(streams.Err, "%s:%d: warning: %s [%s]\n", rec.Source.Path, rec.Source.Line, message, column)
			writerWarnings.Add(1)
		},
	})
	if err != nil {
		out.abort()
		return usageError("%v", err)
	}
	ids := newIDPlaces()
	dropped := 0
	// With --unique last a record may give way to one read after it, so
	// every record waits until the run has read them all.
	var held []*parser.Project
	t, err := readPages(cmd.Context(), streams, args, &f.read, func(rec *parser.Project, msgs io.Writer) (bool, error) {
		if !f.read.quiet {
			printWarnings(msgs, rec)
		}
		failed := f.read.strict && len(rec.Warnings) > 0
		first, seen := ids.add(rec)
		switch {
		case f.unique == keepLast:
			held = append(held, rec)
			return failed, nil
		case f.unique == keepFirst && seen:
			dropped++
			if !f.read.quiet {
				fmt.Fprintf(msgs, "%s: dropped %s, read before at %s (--unique first)\n", placeOf(rec), *rec.ID, first)
			}
			return failed, nil
		}
		if err := w.Write(rec); err != nil {
			return true, targetError(outputName(f.output), err)
		}
		return failed, nil
	})
	if err == nil || errors.Is(err, errStop) {
		for _, rec := range held {
			if last, later := ids.laterPlace(rec); later {
				dropped++
				if !f.read.quiet {
					fmt.Fprintf(streams.Err, "%s: dropped %s, read again at %s (--unique last)\n", placeOf(rec), *rec.ID, last)
				}
				continue
			}
			if werr := w.Write(rec); werr != nil {
				err = targetError(outputName(f.output), werr)
				break
			}
		}
	}
	t.dropped = dropped
	// The writer's warnings (a cell cut to Excel's limit) count too.
	t.warnings += int(writerWarnings.Load())
	if err != nil && !errors.Is(err, errStop) {
		out.abort()
		var ee *exitError
		if errors.As(err, &ee) {
			return err
		}
		return &exitError{code: exitFail, err: err}
	}
	cerr := w.Close()
	switch {
	case cerr != nil:
		out.abort()
		return &exitError{code: exitFail, err: targetError(outputName(f.output), cerr)}
	case out.file != nil && (t.read == t.dropped || errors.Is(err, errStop)):
		// A run that wrote no record, or stopped at its first failing
		// input, leaves a file it would replace as it was: an empty or
		// partial file in its place would pass for the data.
		out.abort()
		if !f.read.quiet {
			fmt.Fprintf(streams.Err, "esf: %s\n", t)
			fmt.Fprintf(streams.Err, "esf: %s not written\n", f.output)
		}
		return errFailed
	}
	if cerr := out.commit(); cerr != nil {
		return &exitError{code: exitFail, err: cerr}
	}
	// The summary goes to stderr whether or not it is a terminal, so that
	// a CI log shows what a run read.
	if !f.read.quiet {
		fmt.Fprintf(streams.Err, "esf: %s\n", t)
		if f.unique == "" {
			ids.report(streams.Err)
		}
	}
	if t.errors > 0 || err != nil {
		return errFailed
	}
	return nil
}

// formulaGuard decides the formula guard: on for the Excel CSV, which is
// opened in a spreadsheet, unless --no-formula-guard; off for csv and tsv,
// read mostly by programs, unless --formula-guard. XLSX needs none.
func (f *parseFlags) formulaGuard(cmd *cobra.Command) (bool, error) {
	switch {
	case f.guard && f.noGuard:
		return false, conflictError(cmd, "formula-guard", "no-formula-guard", "contradict each other")
	case f.guard && !export.Guardable(f.format):
		return false, flagError(cmd, "formula-guard", fmt.Errorf("--formula-guard is for csv and tsv; %s needs none", f.format))
	}
	return f.guard || (f.excel && !f.noGuard), nil
}

// commandLine writes the command as it ran, for the record a database
// keeps: every flag set (by hand, the environment or a config file), then
// the paths.
func commandLine(cmd *cobra.Command, args []string) string {
	parts := []string{cmd.CommandPath()}
	cmd.Flags().Visit(func(f *pflag.Flag) { parts = append(parts, "--"+f.Name+"="+f.Value.String()) })
	return strings.Join(append(parts, args...), " ")
}

// outputName names where a run writes, for messages.
func outputName(path string) string {
	if path == "" || path == "-" {
		return "standard output"
	}
	return path
}
