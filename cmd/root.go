// Package cmd is esf's command line: it reads flags and configuration,
// opens the inputs, hands their bytes to the parser and the records to an
// exporter.
package cmd

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/esfdata/esf/parser"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
	"github.com/spf13/viper"
	"golang.org/x/term"
)

// Exit statuses.
const (
	exitOK    = 0
	exitFail  = 1 // an input could not be read or parsed, or a check failed
	exitUsage = 2
)

// exitError carries an exit status; its message, if any, goes to stderr.
type exitError struct {
	code int
	err  error
}

func (e *exitError) Error() string {
	if e.err == nil {
		return ""
	}
	return e.err.Error()
}

func (e *exitError) Unwrap() error { return e.err }

// usageError marks a mistake in how esf was called.
func usageError(format string, args ...any) error {
	return &exitError{code: exitUsage, err: fmt.Errorf(format, args...)}
}

// errFailed ends a run that wrote what it could but must exit 1; the
// reasons were already reported.
var errFailed = &exitError{code: exitFail}

// Streams are the standard streams a command uses; commands never touch
// os.Stdin, os.Stdout or os.Stderr themselves.
type Streams struct {
	In       io.Reader
	Out, Err io.Writer
	// ErrTerminal reports whether Err is a terminal, for decoration such
	// as summaries and progress.
	ErrTerminal bool
	// InTerminal reports whether In is a terminal, where no page is piped.
	InTerminal bool
	// OutTerminal reports whether Out is a terminal, where binary output
	// does not belong.
	OutTerminal bool
	// CI reports a run under continuous integration, where a progress
	// line is noise.
	CI bool
	// DumbTerminal reports TERM=dumb: a terminal that cannot redraw a
	// line (Emacs shell buffers, some CI logs), and so gets no progress.
	DumbTerminal bool
}

// gcPercent is the garbage collector's target for esf: a run allocates a
// little for every page and keeps almost nothing, so collecting at 4× the
// live heap rather than 2× halves the time spent collecting and returning
// memory, for a few megabytes more.
const gcPercent = 400

// Execute runs esf with the process's arguments and streams, and returns
// the exit status.
func Execute() int {
	// The parser's tables build beside the command line's set-up.
	parser.Prepare()
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(gcPercent)
	}
	streams := Streams{
		In: os.Stdin, Out: os.Stdout, Err: os.Stderr,
		ErrTerminal: isTerminal(os.Stderr),
		InTerminal:  isTerminal(os.Stdin),
		OutTerminal: isTerminal(os.Stdout),
	}
	if streams.ErrTerminal {
		return Run(os.Args[1:], streams.fromEnv(os.Getenv))
	}
	// Messages to a file or a pipe go out in blocks, not a write each:
	// a run that warns on half of 10,000 pages made 5,676 writes for
	// them. A terminal gets each as it comes.
	errs := &blockWriter{w: bufio.NewWriterSize(os.Stderr, errBuffer), last: time.Now()}
	streams.Err = errs
	code := Run(os.Args[1:], streams.fromEnv(os.Getenv))
	errs.w.Flush()
	return code
}

// errBuffer is how much of the messages to a file or a pipe esf holds
// before writing them, and errEvery how long at most, while messages come.
const (
	errBuffer = 16 << 10
	errEvery  = time.Second
)

// blockWriter writes through a buffer that it empties when full, and with
// the first write errEvery or more after it last did, so that a log
// followed as it grows lags a run by a second at most while it warns.
type blockWriter struct {
	w    *bufio.Writer
	last time.Time
}

func (b *blockWriter) Write(p []byte) (int, error) {
	n, err := b.w.Write(p)
	if now := time.Now(); err == nil && now.Sub(b.last) >= errEvery {
		b.last = now
		err = b.w.Flush()
	}
	return n, err
}

// fromEnv adds what the environment says of where esf runs.
func (s Streams) fromEnv(getenv func(string) string) Streams {
	s.CI = getenv("CI") != ""
	s.DumbTerminal = getenv("TERM") == "dumb"
	return s
}

// Command returns esf's command tree on the process's streams, for tools
// that read it (the man page generator).
func Command() *cobra.Command {
	return newRootCmd(Streams{In: os.Stdin, Out: os.Stdout, Err: os.Stderr})
}

// Run runs esf with args and returns the exit status.
func Run(args []string, streams Streams) int {
	root := newRootCmd(streams)
	root.SetArgs(args)
	err := root.Execute()
	if err == nil {
		return exitOK
	}
	var ee *exitError
	if !errors.As(err, &ee) {
		// cobra's own errors (unknown command, bad flag) are usage errors.
		ee = &exitError{code: exitUsage, err: err}
	}
	if msg := ee.Error(); msg != "" {
		fmt.Fprintf(streams.Err, "esf: %s\n", msg)
		if ee.code == exitUsage {
			fmt.Fprintf(streams.Err, "Run 'esf %s --help' for usage.\n", commandPath(root, args))
		}
	}
	return ee.code
}

// commandPath names the subcommand args call, for the usage hint.
func commandPath(root *cobra.Command, args []string) string {
	if c, _, err := root.Find(args); err == nil && c != root {
		return strings.TrimPrefix(c.CommandPath(), root.Name()+" ")
	}
	return "[command]"
}

func newRootCmd(streams Streams) *cobra.Command {
	root := &cobra.Command{
		Use:   "esf",
		Short: "Read ESF project pages into one clean table",
		Long: `esf reads the Swedish ESF council's project pages, copied as text or saved
from a browser as HTML, from every programme period and layout, and writes one normalised record
per project as JSON, NDJSON, CSV, TSV, YAML, XLSX or a SQLite database. What
it cannot read cleanly it reports on stderr with file, line and field.

Environment:
  ESF_<FLAG>           the value of a flag not given on the command line:
                       ESF_FORMAT=csv, ESF_NO_PERSONAL=true; ESF_VALIDATE_<FLAG>
                       and ESF_PARSE_<FLAG> for one command only
  ESF_CONFIG           the config file (default ./esf.yaml, then
                       $XDG_CONFIG_HOME/esf/config.yaml); flags beat the
                       environment, which beats the file
  CI                   set: no progress line
  TERM                 dumb: no progress line

Exit status:
  0  every input was read (parse), no check failed (validate)
  1  an input could not be read or held no page, or a check failed
     (--strict, validate errors); every other input was still written
  2  a usage error: an unknown flag, format, field or rule`,
		Example: `  esf parse pages/ --format csv > projects.csv
  esf parse pages/ --format ndjson | jq -r .name
  esf parse pages/ --excel -o projects.csv
  esf validate pages/ --format github
  esf schema --format ndjson > record.schema.json`,
		Version:           versionString(),
		SilenceUsage:      true,
		SilenceErrors:     true,
		PersistentPreRunE: loadConfig,
	}
	root.SetVersionTemplate("{{.Version}}\n")
	root.SetIn(streams.In)
	root.SetOut(streams.Out)
	root.SetErr(streams.Err)
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error {
		return &exitError{code: exitUsage, err: suggestFlag(c, err)}
	})
	root.PersistentFlags().String("config", "", "config file (default ./esf.yaml, then $XDG_CONFIG_HOME/esf/config.yaml)")
	// -v is --verbose everywhere, before the command or after it, as in
	// curl, ssh and Python; the version is -V or --version.
	root.PersistentFlags().BoolP("verbose", "v", false, "name every file a folder walk passes over (parse, validate)")
	root.Flags().BoolP("version", "V", false, "print esf's version")
	root.AddCommand(
		newParseCmd(streams),
		newValidateCmd(streams),
		newDiffCmd(streams),
		newSchemaCmd(),
		newVersionCmd(),
	)
	registerCompletions(root)
	return root
}

// suggestFlag adds the nearest flag of c to pflag's error for an unknown
// one: "unknown flag: --formt; did you mean --format?". cobra suggests
// commands, but not flags.
func suggestFlag(c *cobra.Command, err error) error {
	name, ok := strings.CutPrefix(err.Error(), "unknown flag: --")
	if !ok {
		return err
	}
	var names []string
	c.Flags().VisitAll(func(f *pflag.Flag) {
		if !f.Hidden {
			names = append(names, f.Name)
		}
	})
	if near := nearest(name, names); near != "" {
		return fmt.Errorf("%w; did you mean --%s?", err, near)
	}
	return err
}

// scopedAnnotation marks a flag whose name means something else in another
// command (validate's --format): configuration sets it only under the
// command's own name ("validate.format", ESF_VALIDATE_FORMAT).
const scopedAnnotation = "esf-scoped"

// loadConfig fills every flag the user did not set from the environment
// (ESF_*) or a config file, in that order, so that a flag beats the
// environment, which beats the file, which beats the default. A key in
// the file that names no flag is an error.
func loadConfig(cmd *cobra.Command, _ []string) error {
	v := viper.New()
	file, _ := cmd.Flags().GetString("config")
	if file == "" {
		file = os.Getenv("ESF_CONFIG")
	}
	if file == "" {
		file = defaultConfigFile()
	}
	if file != "" {
		v.SetConfigFile(file)
		v.SetConfigType("yaml")
		if err := v.ReadInConfig(); err != nil {
			return usageError("config file %s: %v", file, err)
		}
		if err := checkConfigKeys(cmd.Root(), v, file); err != nil {
			return err
		}
	}

	var errs []error
	name := cmd.Name()
	cmd.Flags().VisitAll(func(f *pflag.Flag) {
		if f.Changed || f.Name == "config" || f.Name == "help" {
			return
		}
		// The command's own key beats the shared one within each source.
		keys := []string{name + "." + f.Name}
		if _, scoped := f.Annotations[scopedAnnotation]; !scoped {
			keys = append(keys, f.Name)
		}
		value, source, found := "", "", false
		for _, k := range keys {
			if env := os.Getenv(envName(k)); env != "" {
				value, source, found = env, envName(k), true
				break
			}
		}
		for _, k := range keys {
			if !found && v.InConfig(k) {
				value, source, found = configValue(v.Get(k)), fmt.Sprintf("%s in %s", k, file), true
			}
		}
		if !found {
			return
		}
		_ = cmd.Flags().SetAnnotation(f.Name, sourceAnnotation, []string{source})
		if err := cmd.Flags().Set(f.Name, value); err != nil {
			errs = append(errs, usageError("%s: %v", source, err))
		}
	})
	return errors.Join(errs...)
}

// sourceAnnotation records, on a flag set from the environment or a config
// file, where its value came from, so that a message about a bad value
// names the variable or key to fix rather than a flag nobody typed.
const sourceAnnotation = "esf-source"

// flagSource names where a flag's value came from: the flag (--format),
// the environment variable (ESF_FORMAT) or the key of the config file
// (format in esf.yaml).
func flagSource(cmd *cobra.Command, name string) string {
	if f := cmd.Flags().Lookup(name); f != nil {
		if source := f.Annotations[sourceAnnotation]; len(source) > 0 {
			return source[0]
		}
	}
	return "--" + name
}

// flagError is a usage error about the value of a flag, naming where the
// value came from: "ESF_FORMAT: unknown format "csvv"". A message that
// already names the flag the user typed is not prefixed with it again.
func flagError(cmd *cobra.Command, name string, err error) error {
	source := flagSource(cmd, name)
	if source == "--"+name && strings.Contains(err.Error(), source) {
		return usageError("%v", err)
	}
	return usageError("%s: %v", source, err)
}

// conflictError is a usage error about two flags that do not go together,
// each named by where its value came from.
func conflictError(cmd *cobra.Command, a, b, why string) error {
	return usageError("%s and %s %s", flagSource(cmd, a), flagSource(cmd, b), why)
}

// envName is the environment variable of a configuration key:
// "no-personal" is ESF_NO_PERSONAL, "validate.format" ESF_VALIDATE_FORMAT.
func envName(key string) string {
	return "ESF_" + strings.ToUpper(envSeparators.Replace(key))
}

// envSeparators turns a key's separators into the underscores of a
// variable's name; it is made once, not for each of the keys every run
// looks up.
var envSeparators = strings.NewReplacer("-", "_", ".", "_")

// defaultConfigFile returns the first config file that exists:
// ./esf.yaml, then $XDG_CONFIG_HOME/esf/config.yaml.
func defaultConfigFile() string {
	candidates := []string{"esf.yaml"}
	dir := os.Getenv("XDG_CONFIG_HOME")
	if dir == "" {
		if home, err := os.UserHomeDir(); err == nil {
			dir = filepath.Join(home, ".config")
		}
	}
	if dir != "" {
		candidates = append(candidates, filepath.Join(dir, "esf", "config.yaml"))
	}
	for _, c := range candidates {
		if info, err := os.Stat(c); err == nil && info.Mode().IsRegular() {
			return c
		}
	}
	return ""
}

// configValue writes a value of the config file as a flag would take it: a
// list as comma-separated text.
func configValue(v any) string {
	switch v := v.(type) {
	case []any:
		parts := make([]string, len(v))
		for i, e := range v {
			parts[i] = fmt.Sprint(e)
		}
		return strings.Join(parts, ",")
	case []string:
		return strings.Join(v, ",")
	case map[string]any:
		// validate's severity: {phone: error} is phone=error.
		parts := make([]string, 0, len(v))
		for k, e := range v {
			parts = append(parts, fmt.Sprintf("%s=%v", k, e))
		}
		sort.Strings(parts)
		return strings.Join(parts, ",")
	}
	return fmt.Sprint(v)
}

// checkConfigKeys reports a key of the config file that no command has as a
// flag, with the keys it may have.
func checkConfigKeys(root *cobra.Command, v *viper.Viper, file string) error {
	valid := map[string]bool{}
	for _, c := range root.Commands() {
		add := func(f *pflag.Flag) {
			if f.Name == "help" || f.Name == "config" {
				return
			}
			valid[c.Name()+"."+f.Name] = true
			if _, scoped := f.Annotations[scopedAnnotation]; !scoped {
				valid[f.Name] = true
			}
		}
		c.LocalFlags().VisitAll(add)
		c.InheritedFlags().VisitAll(add)
	}
	var unknown []string
	for _, key := range v.AllKeys() {
		if !valid[key] && !inMapKey(v, key, valid) {
			unknown = append(unknown, key)
		}
	}
	if len(unknown) == 0 {
		return nil
	}
	keys := make([]string, 0, len(valid))
	for k := range valid {
		if !strings.Contains(k, ".") {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	slices.Sort(unknown)
	return usageError("config file %s: unknown key %s; valid keys: %s (or under a command: parse.KEY, validate.KEY)",
		file, strings.Join(unknown, ", "), strings.Join(keys, ", "))
}

// inMapKey reports a key that viper made of an entry of a map the file
// gives a valid key, as validate's severity: {phone: error} gives
// severity.phone; configValue writes the map as the flag takes it.
func inMapKey(v *viper.Viper, key string, valid map[string]bool) bool {
	for i := strings.LastIndexByte(key, '.'); i > 0; i = strings.LastIndexByte(key[:i], '.') {
		if prefix := key[:i]; valid[prefix] {
			_, isMap := v.Get(prefix).(map[string]any)
			return isMap
		}
	}
	return false
}

// isTerminal reports whether f is a terminal (not merely a character
// device, as /dev/null is too).
func isTerminal(f *os.File) bool {
	return term.IsTerminal(int(f.Fd()))
}
