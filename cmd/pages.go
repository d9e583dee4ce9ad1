package cmd

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"sync"

	"github.com/spf13/cobra"

	"github.com/esfdata/esf/internal/inputs"
	"github.com/esfdata/esf/parser"
)

// readFlags are the flags of every command that reads pages.
type readFlags struct {
	glob     string
	encoding string
	jobs     int
	strict   bool
	failFast bool
	quiet    bool
	progress bool
	noProg   bool
	verbose  bool
}

func (f *readFlags) register(cmd *cobra.Command) {
	fl := cmd.Flags()
	fl.StringVar(&f.glob, "glob", inputs.DefaultPattern, "which files to read in folders (patterns on the file name, comma-separated)")
	fl.StringVar(&f.encoding, "encoding", "", "force the input encoding (utf-8, utf-16le, utf-16be, windows-1252); detected by default")
	fl.IntVarP(&f.jobs, "jobs", "j", runtime.GOMAXPROCS(0), "pages parsed at once")
	fl.BoolVar(&f.strict, "strict", false, "fail the run on a page with warnings or with no recognisable field")
	fl.BoolVar(&f.failFast, "fail-fast", false, "stop at the first input that fails")
	fl.BoolVarP(&f.quiet, "quiet", "q", false, "print no warnings and no summary, only errors")
	fl.BoolVar(&f.progress, "progress", false, "show a progress line on stderr even when it is not a terminal")
	fl.BoolVar(&f.noProg, "no-progress", false, "never show a progress line")
	fl.BoolVarP(&f.verbose, "verbose", "v", false, "name every file passed over in a folder (other names, hidden files)")
}

// showProgress decides on the progress line: on a terminal, for a run
// that is long, and never in CI or on a dumb terminal (TERM=dumb), unless
// --progress or --no-progress says.
func (f *readFlags) showProgress(streams Streams) bool {
	switch {
	case f.noProg:
		return false
	case f.progress:
		return true
	}
	return streams.ErrTerminal && !streams.CI && !streams.DumbTerminal && !f.quiet
}

func (f *readFlags) check() error {
	if err := inputs.CheckPattern(f.glob); err != nil {
		return usageError("%v", err)
	}
	if f.encoding != "" {
		if err := parser.CheckEncoding(f.encoding); err != nil {
			return usageError("--encoding: %v", err)
		}
	}
	if f.jobs < 1 {
		return usageError("--jobs must be at least 1")
	}
	if f.progress && f.noProg {
		return usageError("--progress and --no-progress contradict each other")
	}
	return nil
}

// input is one input read and parsed: the records of its pages.
type input struct {
	path    string
	recs    []*parser.Project
	html    bool            // the input is a saved web page
	err     error           // the input could not be read, or is not text
	problem *inputs.Problem // the path gives no file
}

// tally counts what a run read. A run fails (exit 1) when errors > 0.
type tally struct {
	read     int // pages parsed and used
	skipped  int // inputs passed over: binary, not a page, FIFOs and the like
	errors   int // inputs that fail the run: missing, unreadable, binary, or failing --strict
	warnings int // warnings on the pages read
}

func (t tally) String() string {
	return fmt.Sprintf("%d %s read, %d skipped, %d %s, %d %s",
		t.read, plural(t.read, "page", "pages"), t.skipped,
		t.errors, plural(t.errors, "error", "errors"),
		t.warnings, plural(t.warnings, "warning", "warnings"))
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// errStop ends a --fail-fast run at its first failing input.
var errStop = errors.New("stopped at the first failing input")

// readPages finds the pages that paths name, parses them flags.jobs at a
// time, and hands each to use in input order, with the writer use must
// print its messages to. Inputs that cannot be read, or are not pages, are
// reported and counted; the run goes on unless --fail-fast. use returns
// whether the page fails the run.
func readPages(ctx context.Context, streams Streams, paths []string, flags *readFlags, use func(rec *parser.Project, msgs io.Writer) (failed bool, err error)) (tally, error) {
	var t tally
	if len(paths) == 0 {
		if streams.InTerminal {
			return t, usageError("no input: name files or folders, or pipe a page in and use -")
		}
		paths = []string{inputs.Stdin}
	}
	items := inputs.Walk(paths, flags.glob)
	total := 0
	showProgress := flags.showProgress(streams)
	if showProgress {
		for range items { // a walk that keeps nothing, for the total
			total++
		}
	}

	var stdin struct {
		once sync.Once
		data []byte
		err  error
	}
	parse := func(in inputs.Input) *input {
		if in.Problem != nil {
			return &input{path: in.Path, problem: in.Problem}
		}
		var data []byte
		var err error
		if in.Path == inputs.Stdin {
			stdin.once.Do(func() { stdin.data, stdin.err = io.ReadAll(streams.In) })
			data, err = stdin.data, stdin.err
		} else {
			data, err = os.ReadFile(in.Path)
		}
		if err != nil {
			return &input{path: in.Path, err: describeReadError(err)}
		}
		opts := parser.Options{Encoding: flags.encoding, Format: inputs.FormatOf(in.Path, data)}
		recs, err := parser.ParseOwned(in.Path, data, opts)
		return &input{path: in.Path, recs: recs, html: opts.Format == parser.FormatHTML, err: err}
	}
	bar := newProgress(streams.Err, total, showProgress)
	defer bar.clear()
	msgs := io.Writer(messages{w: streams.Err, bar: bar})
	err := ordered(ctx, items, flags.jobs, parse, func(p *input) error {
		defer bar.step()
		switch {
		case p.problem != nil:
			if p.problem.Skipped {
				if !p.problem.Quiet || flags.verbose {
					fmt.Fprintf(msgs, "%s\n", p.problem.Error())
				}
				t.skipped++
				return nil
			}
			fmt.Fprintf(msgs, "%s\n", p.problem.Error())
			return t.fail(flags)
		case p.err != nil:
			msg := p.err.Error()
			if errors.Is(p.err, parser.ErrBinary) {
				msg += ", skipped"
				t.skipped++
			}
			fmt.Fprintf(msgs, "%s: %s\n", p.path, msg)
			return t.fail(flags)
		case len(p.recs) == 0:
			// A saved web page with no field is most likely another page
			// of the site (a mirror holds many): named only with --verbose.
			if !p.html || flags.verbose {
				fmt.Fprintf(msgs, "%s: warning: no ESF project field found, skipped\n", p.path)
			}
			t.skipped++
			if flags.strict && !p.html {
				return t.fail(flags)
			}
			return nil
		}
		for _, rec := range p.recs {
			t.read++
			t.warnings += len(rec.Warnings)
			failed, err := use(rec, msgs)
			if err != nil {
				return err
			}
			if failed {
				if err := t.fail(flags); err != nil {
					return err
				}
			}
		}
		return nil
	})
	if err == nil && t.read == 0 {
		fmt.Fprintf(streams.Err, "esf: no ESF project page found in the input\n")
		t.errors++
	}
	return t, err
}

// fail counts an input that fails the run, and stops a --fail-fast run.
func (t *tally) fail(flags *readFlags) error {
	t.errors++
	if flags.failFast {
		return errStop
	}
	return nil
}

func describeReadError(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// printWarnings writes a page's warnings as path:line: warning: message [key].
func printWarnings(w io.Writer, rec *parser.Project) {
	for _, warn := range rec.Warnings {
		fmt.Fprintf(w, "%s: warning: %s [%s]\n", warn.Position, warn.Message, warn.Key)
	}
}
