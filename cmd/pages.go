package cmd

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"iter"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"

	"github.com/spf13/cobra"

	"github.com/esfdata/esf/internal/inputs"
	"github.com/esfdata/esf/parser"
	"github.com/esfdata/esf/snapshot"
	"github.com/esfdata/esf/validate"
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
	verbose  bool // the root's --verbose
}

func (f *readFlags) register(cmd *cobra.Command) {
	fl := cmd.Flags()
	fl.StringVar(&f.glob, "glob", inputs.DefaultPattern, "which files to read in folders (patterns on the file name, comma-separated)")
	fl.StringVar(&f.encoding, "encoding", "", "force the input encoding (utf-8, utf-16le, utf-16be, windows-1252, macintosh, cp850, cp437); detected by default")
	fl.IntVarP(&f.jobs, "jobs", "j", runtime.GOMAXPROCS(0), "pages parsed at once")
	fl.BoolVar(&f.strict, "strict", false, "fail the run on a page with warnings or with no recognisable field")
	fl.BoolVar(&f.failFast, "fail-fast", false, "stop at the first input that fails")
	fl.BoolVarP(&f.quiet, "quiet", "q", false, "print no warnings and no summary, only errors")
	fl.BoolVar(&f.progress, "progress", false, "show a progress line on stderr even when it is not a terminal")
	fl.BoolVar(&f.noProg, "no-progress", false, "never show a progress line")
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

// check reports a bad value of a flag, and takes --verbose, which the root
// holds so that it may stand before the command (esf -v parse).
func (f *readFlags) check(cmd *cobra.Command) error {
	f.verbose, _ = cmd.Flags().GetBool("verbose")
	if err := inputs.CheckPattern(f.glob); err != nil {
		return flagError(cmd, "glob", err)
	}
	if f.encoding != "" {
		if err := parser.CheckEncoding(f.encoding); err != nil {
			return flagError(cmd, "encoding", err)
		}
	}
	if f.jobs < 1 {
		return flagError(cmd, "jobs", errors.New("--jobs must be at least 1"))
	}
	if f.progress && f.noProg {
		return conflictError(cmd, "progress", "no-progress", "contradict each other")
	}
	return nil
}

// input is one input read and parsed: the records of its pages.
type input struct {
	path  string
	recs  []*parser.Project
	bytes int // the bytes read
	// part numbers the pieces of an input that cutBigInputs cut, from 0;
	// last marks the last, and an input read whole.
	part      int
	last      bool
	container bool            // the input is a saved web page, which may hold no page
	err       error           // the input could not be read, or is not text
	problem   *inputs.Problem // the path gives no file
}

// tally counts what a run read. A run fails (exit 1) when errors > 0.
type tally struct {
	read     int // pages parsed and used
	dropped  int // pages read but not written, their id read again (parse --unique)
	skipped  int // inputs passed over: binary, not a page, FIFOs and the like
	errors   int // inputs that fail the run: missing, unreadable, binary, or failing --strict
	warnings int // warnings on the pages read
}

func (t tally) String() string {
	dropped := ""
	if t.dropped > 0 {
		dropped = fmt.Sprintf(", %d dropped as %s", t.dropped, plural(t.dropped, "a duplicate", "duplicates"))
	}
	return fmt.Sprintf("%d %s read%s, %d skipped, %d %s, %d %s",
		t.read, plural(t.read, "page", "pages"), dropped, t.skipped,
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
	readStdin := func() ([]byte, error) {
		stdin.once.Do(func() { stdin.data, stdin.err = io.ReadAll(streams.In) })
		return stdin.data, stdin.err
	}
	parse := func(pc piece) *input {
		in := pc.in
		if in.Problem != nil {
			return &input{path: in.Path, problem: in.Problem, last: true}
		}
		data, first, err := pc.data, pc.first, pc.err
		switch {
		case err != nil:
		case data != nil:
		case in.Path == inputs.Stdin:
			data, err = readStdin()
		default:
			data, err = readFile(in.Path, pc.size)
		}
		if err != nil {
			return &input{path: in.Path, err: describeReadError(err)}
		}
		if pc.data == nil || pc.member {
			if recs, ok, err := readBack(in.Path, data, pc.member); ok {
				return &input{path: in.Path, recs: recs, err: err, bytes: len(data), last: true}
			}
		}
		opts := parser.Options{Encoding: flags.encoding, Format: inputs.FormatOf(in.Path, data), FirstLine: first}
		if pc.encoding != "" {
			opts.Encoding, opts.Format = pc.encoding, parser.FormatText
		}
		recs, err := parser.Parse(in.Path, data, opts)
		for _, rec := range recs {
			// A page that contradicts itself says so in parse too.
			validate.Annotate(rec)
		}
		// A saved web page that holds no page is most likely another page
		// of the site, which a mirror holds many of; any other input,
		// a text, a document, a mail, a sheet, holding none is named.
		container := opts.Format == parser.FormatHTML || opts.Format == parser.FormatMHTML || opts.Format == parser.FormatWebArchive
		return &input{path: in.Path, recs: recs, container: container, err: err,
			bytes: len(data), part: pc.part, last: pc.last}
	}
	bar := newProgress(streams.Err, total, showProgress)
	defer bar.clear()
	msgs := io.Writer(messages{w: streams.Err, bar: bar})
	// Kept to say why a run found no page: the files read, and the paths
	// passed over by reason.
	files, passed := 0, map[error]int{}
	err := ordered(ctx, cutBigInputs(items, flags, readStdin), flags.jobs, parse, func(p *input) error {
		defer bar.step(p)
		if p.problem == nil && p.part == 0 {
			files++
		}
		switch {
		case p.problem != nil:
			if p.problem.Skipped {
				if !p.problem.Quiet || flags.verbose {
					fmt.Fprintf(msgs, "%s\n", p.problem.Error())
				}
				t.skipped++
				passed[p.problem.Err]++
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
		case len(p.recs) == 0 && (p.part > 0 || !p.last):
			return nil // a piece of a big input: the input as a whole is judged
		case len(p.recs) == 0:
			// A saved web page with no field is most likely another page
			// of the site (a mirror holds many): named only with --verbose.
			if !p.container || flags.verbose {
				fmt.Fprintf(msgs, "%s: warning: no ESF project field found, skipped\n", p.path)
			}
			t.skipped++
			if flags.strict && !p.container {
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
		fmt.Fprintf(streams.Err, "esf: %s\n", nothingFound(paths, files, passed, flags))
		t.errors++
	}
	return t, err
}

// readBack reads the records of a file that esf wrote (NDJSON, JSON, CSV,
// TSV, a SQLite database) as they were written, so that a snapshot kept
// from an earlier run reads as the pages it came from; ok is false for an
// input esf did not write.
func readBack(path string, data []byte, member bool) (recs []*parser.Project, ok bool, err error) {
	format := snapshot.Sniff(data[:min(len(data), snapshot.SniffLen)])
	if format == snapshot.None {
		return nil, false, nil
	}
	use := func(rec *parser.Project, _ int) error {
		recs = append(recs, rec)
		return nil
	}
	if format == snapshot.SQLite {
		switch {
		case path == inputs.Stdin:
			return nil, true, errors.New("a SQLite database is read from a file, not from standard input")
		case member:
			return nil, true, errors.New("a SQLite database is read from a file, not from an archive: unpack it")
		}
		_, err = snapshot.ReadFile(path, nil, use)
	} else {
		_, err = snapshot.Read(bytes.NewReader(data), path, nil, use)
	}
	return recs, true, err
}

// piece is one unit of a run's work: an input, or a piece of a big one.
type piece struct {
	in    inputs.Input
	data  []byte // what cutBigInputs read; nil for an input the worker reads
	first int    // the line of the input where data begins
	size  int64  // the input's size when cutBigInputs knows it, or -1
	// part numbers the pieces of an input cut in several, from 0; last
	// marks the input's last piece, and every input read whole.
	part int
	last bool
	err  error // the input could not be read on from this piece
	// encoding is what every piece of a cut input is read in, as the
	// whole input would be.
	encoding string
	// member marks a file of an archive, read whole into data.
	member bool
}

// bigInput is the size from which an input of text is cut into pieces
// that are read on every core: a long printout, the cat of a folder.
// pieceSize is the least a piece holds: enough pages that cutting costs
// nothing beside reading them.
const (
	bigInput  = 8 << 20
	pieceSize = 256 << 10
)

// cutBigInputs turns the walk's inputs into the run's pieces of work: a
// file of text of bigInput bytes or more is read here as it is cut where
// its pages begin, so that its pages are read in parallel and in memory
// that follows the pieces in flight, not the file; standard input, read
// whole, is cut the same way. Any other input is read by the worker that
// parses it, and so is a big one that is not plain UTF-8 text.
func cutBigInputs(items iter.Seq[inputs.Input], flags *readFlags, readStdin func() ([]byte, error)) iter.Seq[piece] {
	return func(yield func(piece) bool) {
		for in := range items {
			whole := piece{in: in, last: true, size: -1}
			if in.Problem != nil {
				if !yield(whole) {
					return
				}
				continue
			}
			// An archive is read as a folder, whatever encoding its files
			// are read in.
			var handled, more bool
			if in.Path == inputs.Stdin {
				data, _ := readStdin() // the worker reports an error
				handled, more = unpackData(in.Path, data, flags, yield)
			} else {
				handled, more = unpackFile(in.Path, flags, yield)
			}
			switch {
			case handled && !more:
				return
			case handled:
				continue
			case flags.encoding != "":
				if !yield(whole) {
					return
				}
				continue
			}
			if in.Path == inputs.Stdin {
				data, _ := readStdin()
				if len(data) < bigInput || !yieldPieces(in, parser.SplitPages(data, pieceSize), parser.EncodingUTF8, yield) {
					if !yield(whole) {
						return
					}
				}
				continue
			}
			enc := ""
			if info, err := os.Stat(in.Path); err == nil {
				whole.size = info.Size()
				if info.Size() >= bigInput {
					enc = splittable(in.Path)
				}
			}
			if enc == "" {
				if !yield(whole) {
					return
				}
				continue
			}
			if !streamPieces(in, enc, yield) {
				return
			}
		}
	}
}

// unpackFile reads the input at path as a folder when it is an archive
// (inputs.Unpack), and hands on its files; handled is false for an input
// that is none, more is false when yield asked to stop. Only a name that
// marks an archive, or that marks no page, is opened to be told.
func unpackFile(path string, flags *readFlags, yield func(piece) bool) (handled, more bool) {
	if !inputs.ArchiveName(path) && inputs.Match(filepath.Base(path), inputs.PagePattern) {
		return false, true
	}
	f, err := os.Open(path)
	if err != nil {
		return false, true // the worker reports it
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil || !info.Mode().IsRegular() {
		return false, true
	}
	head := make([]byte, inputs.SniffLen)
	n, _ := io.ReadFull(f, head)
	return unpack(path, f, info.Size(), head[:n], flags, yield)
}

// unpackData is unpackFile for an input read whole: standard input.
func unpackData(path string, data []byte, flags *readFlags, yield func(piece) bool) (handled, more bool) {
	return unpack(path, bytes.NewReader(data), int64(len(data)), data[:min(len(data), inputs.SniffLen)], flags, yield)
}

func unpack(path string, r io.ReaderAt, size int64, head []byte, flags *readFlags, yield func(piece) bool) (handled, more bool) {
	kind, other := inputs.Sniff(head)
	if other != "" {
		err := fmt.Errorf("%s %w", other, inputs.ErrArchiveKind)
		return true, yield(piece{in: inputs.Input{Path: path, Problem: &inputs.Problem{Path: path, Err: err}}, last: true})
	}
	if kind == inputs.NoArchive {
		return false, true
	}
	more = true
	err := inputs.Unpack(path, r, size, kind, flags.glob, func(m inputs.Member) bool {
		in := inputs.Input{Path: m.Path, Problem: m.Problem}
		if m.Problem == nil && len(m.Data) >= bigInput && yieldPieces(in, parser.SplitPages(m.Data, pieceSize), parser.EncodingUTF8, yield) {
			return true
		}
		more = yield(piece{in: in, data: m.Data, size: int64(len(m.Data)), last: true, member: true})
		return more
	})
	switch {
	case errors.Is(err, inputs.ErrDocument):
		return false, true // a Word or LibreOffice document, read whole
	case err != nil && more:
		more = yield(piece{in: inputs.Input{Path: path, Problem: &inputs.Problem{Path: path, Err: err}}, last: true})
	}
	return true, more
}

// yieldPieces hands on the pieces of an input cut in memory; it reports
// false, having handed nothing, for an input that was not cut.
func yieldPieces(in inputs.Input, pieces []parser.Piece, enc string, yield func(piece) bool) bool {
	if len(pieces) < 2 {
		return false
	}
	for i, p := range pieces {
		if !yield(piece{in: in, data: p.Data, first: p.FirstLine, part: i, last: i == len(pieces)-1, encoding: enc}) {
			break
		}
	}
	return true
}

// splittable reads a file through to tell whether it may be cut, and
// returns the encoding its pieces are read in; "" for one read whole.
func splittable(path string) string {
	f, err := os.Open(path)
	if err != nil {
		return ""
	}
	defer f.Close()
	enc, ok, err := parser.Splittable(f)
	if !ok || err != nil {
		return ""
	}
	return enc
}

// streamPieces reads a big file and hands on its pieces as they are cut,
// each one behind the next so that the last is known; it reports false when
// yield asked to stop.
func streamPieces(in inputs.Input, enc string, yield func(piece) bool) bool {
	f, err := os.Open(in.Path)
	if err != nil {
		return yield(piece{in: in, last: true, size: -1}) // the worker reports it
	}
	defer f.Close()
	var held *piece
	stopped := false
	err = parser.SplitReader(f, pieceSize, func(p parser.Piece) bool {
		if held != nil && !yield(*held) {
			stopped = true
			return false
		}
		part := 0
		if held != nil {
			part = held.part + 1
		}
		held = &piece{in: in, data: p.Data, first: p.FirstLine, part: part, encoding: enc}
		return true
	})
	switch {
	case stopped:
		return false
	case err != nil && held == nil:
		return yield(piece{in: in, last: true})
	case err != nil:
		// Cut short after pieces went: the rest is lost, so the input
		// fails as unreadable.
		return yield(*held) && yield(piece{in: in, part: held.part + 1, last: true, err: err})
	case held != nil:
		held.last = true
		return yield(*held)
	}
	return true
}

// passedOverReasons are the reasons a walk passes over a path, in the
// order a message lists them; %s stands for the --glob patterns.
var passedOverReasons = []struct {
	err  error
	text string
}{
	{inputs.ErrNoMatch, "not matching --glob %s"},
	{inputs.ErrHidden, "hidden"},
	{inputs.ErrAssets, "the _files folder of a saved page"},
	{inputs.ErrRepeated, "already read"},
	{inputs.ErrNotRegular, "not a regular file"},
	{inputs.ErrCycle, "a link back into a folder being walked"},
}

// nothingFound says why a run found no page. When it read files, each one
// was already reported as holding no project field; when it read none, an
// empty folder and a folder whose files the walk all passed over would
// otherwise look alike, so the message tells which, and why.
func nothingFound(paths []string, files int, passed map[error]int, flags *readFlags) string {
	const none = "no ESF project page found in the input"
	if files > 0 {
		return none
	}
	if len(passed) == 0 {
		var empty []string
		for _, p := range paths {
			if info, err := os.Stat(p); err == nil && info.IsDir() {
				empty = append(empty, p)
			}
		}
		if len(empty) == 0 {
			return none
		}
		return fmt.Sprintf("%s: %s %s no files", none, strings.Join(empty, ", "), plural(len(empty), "holds", "hold"))
	}
	total := 0
	var reasons []string
	for _, r := range passedOverReasons {
		if n := passed[r.err]; n > 0 {
			total += n
			text := r.text
			if strings.Contains(text, "%s") {
				text = fmt.Sprintf(text, strconv.Quote(flags.glob))
			}
			reasons = append(reasons, fmt.Sprintf("%d %s", n, text))
		}
	}
	msg := fmt.Sprintf("%s: the walk passed over %d (%s)", none, total, strings.Join(reasons, ", "))
	if !flags.verbose {
		msg += "; --verbose names " + plural(total, "it", "them")
	}
	return msg
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
