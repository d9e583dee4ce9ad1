package cmd

import (
	"bufio"
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/esfdata/esf/parser"
	"github.com/esfdata/esf/validate"
)

// diagnosticFormat is one way validate prints diagnostics: how to write
// one (n counts those written before), and what closes the output.
type diagnosticFormat struct {
	name  string
	write func(w *bufio.Writer, d validate.Diagnostic, n int) error
	close func(w *bufio.Writer, n int)
}

var diagnosticFormats = []diagnosticFormat{
	{"text", func(w *bufio.Writer, d validate.Diagnostic, _ int) error {
		_, err := fmt.Fprintln(w, d.String())
		return err
	}, nil},
	{"json", func(w *bufio.Writer, d validate.Diagnostic, n int) error {
		b, err := json.Marshal(d)
		if err != nil {
			return err
		}
		if n == 0 {
			w.WriteString("[\n  ")
		} else {
			w.WriteString(",\n  ")
		}
		_, err = w.Write(b)
		return err
	}, func(w *bufio.Writer, n int) {
		if n == 0 {
			w.WriteString("[]\n")
		} else {
			w.WriteString("\n]\n")
		}
	}},
	{"github", func(w *bufio.Writer, d validate.Diagnostic, _ int) error {
		_, err := fmt.Fprintf(w, "::%s file=%s,line=%d,title=%s::%s\n", githubLevel(d.Severity),
			githubProperty(d.Pos.Path), d.Pos.Line, githubProperty("esf "+d.Rule), githubMessage(d.Message))
		return err
	}, nil},
}

func diagnosticFormatNames() []string {
	names := make([]string, len(diagnosticFormats))
	for i, f := range diagnosticFormats {
		names[i] = f.name
	}
	return names
}

type validateFlags struct {
	read           readFlags
	format         string
	disable        []string
	severity       []string
	maxDiagnostics int
}

func newValidateCmd(streams Streams) *cobra.Command {
	var f validateFlags
	cmd := &cobra.Command{
		Use:   "validate [PATH ...]",
		Short: "Check pages and report file:line diagnostics (for CI)",
		Long: `validate parses pages and checks each against rules, printing one diagnostic
per finding as path:line: severity: message [rule], sorted by file and line
when the run ends.
It exits 1 when any diagnostic is an error (with --strict, a warning too).

Rules:
` + ruleTable(),
		Example: `  esf validate pages/
  esf validate pages/ --format github          # annotations in a GitHub Actions log
  esf validate pages/ --disable unknown-label --severity phone=error`,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runValidate(cmd, streams, &f, args)
		},
	}
	f.read.register(cmd)
	fl := cmd.Flags()
	fl.StringVarP(&f.format, "format", "f", "text", "diagnostics as "+strings.Join(diagnosticFormatNames(), ", "))
	_ = fl.SetAnnotation("format", scopedAnnotation, []string{"true"})
	fl.StringSliceVar(&f.disable, "disable", nil, "rules to turn off (comma-separated)")
	fl.StringSliceVar(&f.severity, "severity", nil, "change a rule's severity: rule=error|warning|info (comma-separated)")
	fl.IntVar(&f.maxDiagnostics, "max-diagnostics", 1000, "print at most this many diagnostics (0: no limit); all are counted")
	return cmd
}

func ruleTable() string {
	var b strings.Builder
	for _, r := range validate.Rules() {
		fmt.Fprintf(&b, "  %-14s %-8s %s\n", r.Name, r.Severity, r.Doc)
	}
	return b.String()
}

// config reads --disable and --severity; an error names the flag, or the
// variable or config key, that gave the bad value.
func (f *validateFlags) config(cmd *cobra.Command) (validate.Config, error) {
	cfg := validate.Config{Disabled: f.disable, Severity: map[string]validate.Severity{}}
	if err := (validate.Config{Disabled: f.disable}).Check(); err != nil {
		return cfg, flagError(cmd, "disable", err)
	}
	for _, s := range f.severity {
		rule, level, ok := strings.Cut(s, "=")
		if !ok {
			return cfg, flagError(cmd, "severity", fmt.Errorf("%q: want rule=level", s))
		}
		sev, err := validate.ParseSeverity(level)
		if err != nil {
			return cfg, flagError(cmd, "severity", fmt.Errorf("%s: %v", s, err))
		}
		cfg.Severity[strings.TrimSpace(rule)] = sev
	}
	if err := cfg.Check(); err != nil {
		return cfg, flagError(cmd, "severity", err)
	}
	return cfg, nil
}

func runValidate(cmd *cobra.Command, streams Streams, f *validateFlags, args []string) error {
	if err := f.read.check(cmd); err != nil {
		return err
	}
	at := slices.IndexFunc(diagnosticFormats, func(d diagnosticFormat) bool { return d.name == f.format })
	if at < 0 {
		return flagError(cmd, "format", unknownName("format", f.format, diagnosticFormatNames()))
	}
	if f.maxDiagnostics < 0 {
		return flagError(cmd, "max-diagnostics", errors.New("--max-diagnostics must be 0 or more"))
	}
	cfg, err := f.config(cmd)
	if err != nil {
		return err
	}
	checker, err := validate.NewChecker(cfg)
	if err != nil {
		return usageError("%v", err)
	}
	var (
		counts [3]int // by severity
		found  []validate.Diagnostic
	)
	t, err := readPages(cmd.Context(), streams, args, &f.read, func(rec *parser.Project, _ io.Writer) (bool, error) {
		failed := false
		for _, d := range checker.Check(rec) {
			counts[d.Severity]++
			if d.Severity == validate.Error || (f.read.strict && d.Severity == validate.Warning) {
				failed = true
			}
			found = append(found, d)
		}
		return failed, nil
	})
	// Pages come in the order of the arguments and the walk; diagnostics
	// go out sorted by file and line.
	slices.SortStableFunc(found, func(a, b validate.Diagnostic) int {
		return cmp.Or(strings.Compare(a.Pos.Path, b.Pos.Path), cmp.Compare(a.Pos.Line, b.Pos.Line))
	})
	printed := len(found)
	if f.maxDiagnostics > 0 {
		printed = min(printed, f.maxDiagnostics)
	}
	out := &diagnosticWriter{w: bufio.NewWriter(streams.Out), format: &diagnosticFormats[at]}
	for _, d := range found[:printed] {
		if werr := out.write(d); werr != nil {
			return &exitError{code: exitFail, err: werr}
		}
	}
	if werr := out.close(); werr != nil {
		return &exitError{code: exitFail, err: werr}
	}
	if err != nil && err != errStop {
		return &exitError{code: exitFail, err: err}
	}
	if !f.read.quiet {
		total := counts[0] + counts[1] + counts[2]
		fmt.Fprintf(streams.Err, "esf: %d %s checked, %d %s, %d %s, %d info",
			t.read, plural(t.read, "page", "pages"),
			counts[validate.Error], plural(counts[validate.Error], "error", "errors"),
			counts[validate.Warning], plural(counts[validate.Warning], "warning", "warnings"),
			counts[validate.Info])
		if t.skipped > 0 {
			fmt.Fprintf(streams.Err, ", %d skipped", t.skipped)
		}
		if printed < total {
			fmt.Fprintf(streams.Err, " (%d of %d diagnostics printed; see --max-diagnostics)", printed, total)
		}
		fmt.Fprintln(streams.Err)
	}
	if t.errors > 0 || err != nil {
		return errFailed
	}
	return nil
}

// diagnosticWriter prints diagnostics in one format.
type diagnosticWriter struct {
	w      *bufio.Writer
	format *diagnosticFormat
	n      int
}

func (dw *diagnosticWriter) write(d validate.Diagnostic) error {
	if err := dw.format.write(dw.w, d, dw.n); err != nil {
		return err
	}
	dw.n++
	return nil
}

func (dw *diagnosticWriter) close() error {
	if dw.format.close != nil {
		dw.format.close(dw.w, dw.n)
	}
	return dw.w.Flush()
}

func githubLevel(s validate.Severity) string {
	switch s {
	case validate.Error:
		return "error"
	case validate.Warning:
		return "warning"
	}
	return "notice"
}

// githubMessage and githubProperty escape text for a workflow command, as
// the Actions toolkit does.
func githubMessage(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

func githubProperty(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}
