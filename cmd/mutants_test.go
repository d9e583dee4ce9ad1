package cmd

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/esfdata/esf/parser"
)

// TestOutputBesideTarget checks that -o writes a temporary file in the
// target's folder, so that putting it in place is a rename on one file
// system, and that the file in place has mode 0644 rather than the
// temporary file's 0600.
func TestOutputBesideTarget(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	if err := os.Mkdir("sub", 0o755); err != nil {
		t.Fatal(err)
	}
	for _, target := range []string{"out.json", filepath.Join("sub", "out.json")} {
		o, err := openOutput(target, nil)
		if err != nil {
			t.Fatal(err)
		}
		if got, want := filepath.Dir(o.path()), filepath.Dir(target); got != want {
			t.Errorf("-o %s: temporary file %s, want it in %s", target, o.path(), want)
		}
		if _, err := o.Write([]byte("[]\n")); err != nil {
			t.Fatal(err)
		}
		if err := o.commit(); err != nil {
			t.Fatal(err)
		}
		info, err := os.Stat(target)
		if err != nil {
			t.Fatal(err)
		}
		if info.Mode().Perm() != 0o644 {
			t.Errorf("-o %s: mode %v, want 0644", target, info.Mode().Perm())
		}
	}
}

// TestProgressCountsTheFiles checks that a run of progressFiles files
// shows its progress from the first file, against the number of files
// the walk finds.
func TestProgressCountsTheFiles(t *testing.T) {
	dir := t.TempDir()
	for i := range progressFiles {
		page := fmt.Sprintf("Projektnummer:\n2020/%05d\nNamn:\nFramtidsresan\n", i)
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("%03d.txt", i)), []byte(page), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	code, _, stderr := run(t, Streams{}, "parse", "--progress", "--format", "ndjson", "--fields", "id", dir)
	if code != 0 || !strings.Contains(stderr, fmt.Sprintf("esf: 1/%d files", progressFiles)) {
		t.Errorf("exit %d, stderr:\n%.300q", code, stderr)
	}
}

// TestStrictAndBinaryEdges checks --strict on a page with no warning (it
// passes) beside one with a warning (it fails), and a binary format with
// stdout a terminal: refused to stdout, written with -o FILE.
func TestStrictAndBinaryEdges(t *testing.T) {
	clean := filepath.Join("..", "testdata", "pages", "000_79b1cc7135eb8e4d.txt")
	warned := filepath.Join(t.TempDir(), "warned.txt")
	if err := os.WriteFile(warned, []byte("Projektnummer:\n2020/00634\nNamn:\nFramtidsresan\nStödmottagare postnr:\n2848\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "out.xlsx")
	tests := []struct {
		streams Streams
		args    []string
		code    int
	}{
		{Streams{}, []string{"parse", "--strict", "-q", clean}, 0},
		{Streams{}, []string{"parse", "--strict", "-q", warned}, 1},
		{Streams{OutTerminal: true}, []string{"parse", "--format", "xlsx", "-q", "-o", out, clean}, 0},
		{Streams{OutTerminal: true}, []string{"parse", "--format", "xlsx", "-q", "-o", "-", clean}, 2},
		{Streams{OutTerminal: true}, []string{"parse", "--format", "xlsx", "-q", clean}, 2},
	}
	for _, tt := range tests {
		if code, _, stderr := run(t, tt.streams, tt.args...); code != tt.code {
			t.Errorf("%v: exit %d, want %d\n%s", tt.args, code, tt.code, stderr)
		}
	}
}

// TestProgressEdges checks when the progress line is drawn: from the
// first file of a run of progressFiles files, with no rate at its first
// instant; a short run only from progressAfter on; and again only a whole
// progressTick after the last line.
func TestProgressEdges(t *testing.T) {
	var b bytes.Buffer
	bar := newProgress(&b, progressFiles, true)
	clock := bar.start
	bar.now = func() time.Time { return clock }
	bar.step(&input{last: true})
	if got := b.String(); got != fmt.Sprintf("\r\033[Kesf: 1/%d files", progressFiles) {
		t.Errorf("first file: %q", got)
	}
	b.Reset()
	clock = clock.Add(progressTick - time.Millisecond)
	bar.step(&input{last: true})
	if b.Len() != 0 {
		t.Errorf("drawn before a tick: %q", b.String())
	}
	clock = clock.Add(time.Millisecond)
	bar.step(&input{last: true})
	if b.Len() == 0 {
		t.Error("not drawn a tick after the last line")
	}

	b.Reset()
	clock = bar.start.Add(2 * time.Second)
	bar.step(&input{last: true}) // the fourth file
	if got, want := b.String(), fmt.Sprintf("\r\033[Kesf: 4/%d files, 2 files/s, %s left", progressFiles, time.Duration(progressFiles-4)*time.Second/2); got != want {
		t.Errorf("after 2 s: %q, want %q", got, want)
	}

	b.Reset()
	short := newProgress(&b, progressFiles-1, true)
	clock = short.start.Add(progressAfter - time.Millisecond)
	short.now = func() time.Time { return clock }
	short.step(&input{last: true})
	if b.Len() != 0 {
		t.Errorf("a short run drawn before %v: %q", progressAfter, b.String())
	}
	clock = clock.Add(time.Millisecond)
	short.step(&input{last: true})
	if b.Len() == 0 {
		t.Errorf("a short run not drawn at %v", progressAfter)
	}
}

type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("broken pipe") }

// TestWriteErrorNamesStandardOutput checks that a failed write to -o -
// names standard output, as one to no -o does.
func TestWriteErrorNamesStandardOutput(t *testing.T) {
	clean := filepath.Join("..", "testdata", "pages", "000_79b1cc7135eb8e4d.txt")
	for _, args := range [][]string{{"parse", "-q", "-o", "-", clean}, {"parse", "-q", clean}} {
		var errOut bytes.Buffer
		code := Run(args, Streams{In: strings.NewReader(""), Out: failingWriter{}, Err: &errOut})
		if code == 0 || !strings.Contains(errOut.String(), "standard output") {
			t.Errorf("%v: exit %d, stderr %q", args, code, errOut.String())
		}
	}
}

// TestNearestEdits checks how far a typo may be from the name suggested:
// one edit in a name of four characters, two from five on.
func TestNearestEdits(t *testing.T) {
	candidates := []string{"owner", "name", "region"}
	for typo, want := range map[string]string{"nmae": "name", "naxx": "", "ownxx": "owner", "owxxxr": "", "regixx": "region", "xyz": ""} {
		if got := nearest(typo, candidates); got != want {
			t.Errorf("nearest(%q) = %q, want %q", typo, got, want)
		}
	}
}

// bigPages is a text of many pages, each the first test page, separated by
// a line of dashes, of bigInput bytes and more: an input esf cuts in
// pieces to read them on every core.
var bigPages = sync.OnceValues(func() ([]byte, error) {
	page, err := os.ReadFile(filepath.Join("..", "testdata", "pages", "000_79b1cc7135eb8e4d.txt"))
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	for b.Len() < bigInput+pieceSize {
		b.Write(page)
		b.WriteString("\n----\n\n")
	}
	return b.Bytes(), nil
})

func writeBigPages(t *testing.T, path string) {
	t.Helper()
	data, err := bigPages()
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestEncodingFlagHoldsForABigInput checks that --encoding reads a big
// input as it reads a small one: every page in the encoding given.
func TestEncodingFlagHoldsForABigInput(t *testing.T) {
	page := filepath.Join("..", "testdata", "pages", "000_79b1cc7135eb8e4d.txt")
	big := filepath.Join(t.TempDir(), "big.txt")
	writeBigPages(t, big)
	for _, enc := range []string{"windows-1252", "utf-8"} {
		_, want, _ := run(t, Streams{}, "parse", "-q", "--encoding", enc, "--format", "ndjson", "--fields", "owner,summary", page)
		code, out, stderr := run(t, Streams{}, "parse", "-q", "--encoding", enc, "--format", "ndjson", "--fields", "owner,summary", big)
		lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
		if code != 0 || len(lines) < 2 || lines[0]+"\n" != want || lines[len(lines)-1]+"\n" != want {
			t.Errorf("--encoding %s: exit %d, first and last records\n%.200s\n%.200s\nwant\n%.200s\n%s", enc, code, lines[0], lines[len(lines)-1], want, stderr)
		}
	}
}

// TestBigFilePassedOverCountsOnce checks that a big file the walk passes
// over is one file skipped.
func TestBigFilePassedOverCountsOnce(t *testing.T) {
	dir := t.TempDir()
	writeBigPages(t, filepath.Join(dir, "pages.dat"))
	page, err := os.ReadFile(filepath.Join("..", "testdata", "pages", "000_79b1cc7135eb8e4d.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "page.txt"), page, 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, stderr := run(t, Streams{}, "parse", "--format", "ndjson", "--fields", "id", dir)
	if code != 0 || !strings.Contains(stderr, "esf: 1 page read, 1 skipped, 0 errors") {
		t.Errorf("exit %d, stderr:\n%.500s", code, stderr)
	}
}

type failingReader struct{}

func (failingReader) Read([]byte) (int, error) { return 0, errors.New("standard input is closed") }

// TestDiffOfFilesLeavesStandardInputAlone checks that a diff of two files
// does not read standard input, which may be a terminal or a pipe that
// never ends; a diff with - reads it.
func TestDiffOfFilesLeavesStandardInputAlone(t *testing.T) {
	page := filepath.Join("..", "testdata", "pages", "000_79b1cc7135eb8e4d.txt")
	for _, args := range [][]string{{"diff", page, page}, {"diff", "-", page}, {"diff", page, "-"}} {
		code, _, stderr := run(t, Streams{In: failingReader{}}, args...)
		reads := args[1] == "-" || args[2] == "-"
		if read := strings.Contains(stderr, "reading standard input"); read != reads || (code == 0) == reads {
			t.Errorf("%v: exit %d, stderr %q", args, code, stderr)
		}
	}
}

// TestDiffCountsOnATerminal checks where a diff's counts go: in the text
// output itself, or, for the other formats, also on stderr when it is a
// terminal.
func TestDiffCountsOnATerminal(t *testing.T) {
	pages := filepath.Join("..", "testdata", "pages")
	tests := []struct {
		format   string
		terminal bool
		counts   bool // on stderr
	}{
		{"text", true, false},
		{"text", false, false},
		{"ndjson", true, true},
		{"ndjson", false, false},
	}
	for _, tt := range tests {
		code, _, stderr := run(t, Streams{ErrTerminal: tt.terminal}, "diff", "--no-progress", "--format", tt.format,
			filepath.Join(pages, "000_79b1cc7135eb8e4d.txt"), filepath.Join(pages, "001_451f6fcbe595c098.txt"))
		if counts := strings.Contains(stderr, "1 added, 1 removed"); code != 1 || counts != tt.counts {
			t.Errorf("--format %s, terminal %v: exit %d, stderr %q", tt.format, tt.terminal, code, stderr)
		}
	}
}

// TestCommitReportsAFailedSync checks that a file whose data could not be
// synced to disk is not put in place, and that the error says why.
func TestCommitReportsAFailedSync(t *testing.T) {
	probe, probeW, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	syncErr := probeW.Sync()
	probe.Close()
	probeW.Close()
	var pe *os.PathError
	if !errors.As(syncErr, &pe) {
		t.Skipf("a pipe syncs here (%v)", syncErr)
	}
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	target := filepath.Join(t.TempDir(), "out.json")
	o := &output{Writer: w, file: w, final: target}
	err = o.commit()
	if err == nil || !errors.Is(err, pe.Err) || !strings.Contains(err.Error(), target) {
		t.Errorf("commit after a failed sync: %v, want %v naming %s", err, pe.Err, target)
	}
	if _, err := os.Stat(target); err == nil {
		t.Errorf("%s was put in place", target)
	}
}

// TestProgressOfPiecesAtItsFirstInstant checks the progress line of a big
// input cut in pieces: pages and megabytes, and no rate before any time
// has passed; a rate once it has.
func TestProgressOfPiecesAtItsFirstInstant(t *testing.T) {
	var b bytes.Buffer
	bar := newProgress(&b, progressFiles, true)
	clock := bar.start
	bar.now = func() time.Time { return clock }
	piece := &input{recs: make([]*parser.Project, 40), bytes: 2_500_000, part: 1}
	bar.step(piece)
	if got, want := b.String(), fmt.Sprintf("\r\033[Kesf: 0/%d files, 40 pages, 2.5 MB", progressFiles); got != want {
		t.Errorf("at the first instant: %q, want %q", got, want)
	}
	b.Reset()
	clock = clock.Add(2 * time.Second)
	bar.step(piece)
	if got, want := b.String(), fmt.Sprintf("\r\033[Kesf: 0/%d files, 80 pages, 5.0 MB, 40 pages/s", progressFiles); got != want {
		t.Errorf("after 2 s: %q, want %q", got, want)
	}
}

// TestOrderedWorksOnJobsItemsAtOnce checks that a run of several jobs
// parses that many pages at once, and still hands the results on in the
// items' order.
func TestOrderedWorksOnJobsItemsAtOnce(t *testing.T) {
	const jobs = 4
	var started sync.WaitGroup
	started.Add(jobs)
	together := make(chan struct{})
	go func() {
		started.Wait()
		close(together)
	}()
	work := func(i int) int {
		if i < jobs {
			started.Done()
			select {
			case <-together:
			case <-time.After(2 * time.Second):
				return -1 // the others never started
			}
		}
		return i
	}
	var got []int
	items := []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
	err := ordered(context.Background(), slices.Values(items), jobs, work, func(out int) error {
		got = append(got, out)
		return nil
	})
	if err != nil || !slices.Equal(got, items) {
		t.Errorf("results %v, %v; want %v", got, err, items)
	}
}

// TestGarbageCollectorTarget checks that esf collects garbage at its own
// target, unless GOGC says otherwise: then the user's value holds.
func TestGarbageCollectorTarget(t *testing.T) {
	stdout, err := os.Create(filepath.Join(t.TempDir(), "stdout"))
	if err != nil {
		t.Fatal(err)
	}
	defer stdout.Close()
	args, out := os.Args, os.Stdout
	defer func() { os.Args, os.Stdout = args, out }()
	os.Args, os.Stdout = []string{"esf", "version"}, stdout
	prev := debug.SetGCPercent(100)
	defer debug.SetGCPercent(prev)
	// The runtime reads GOGC as it starts: the percent it set is the start.
	for _, tt := range []struct {
		gogc        string
		start, want int
	}{{"", 100, gcPercent}, {"50", 50, 50}} {
		gogc, want := tt.gogc, tt.want
		t.Setenv("GOGC", gogc)
		debug.SetGCPercent(tt.start)
		if code := Execute(); code != 0 {
			t.Fatalf("esf version: exit %d", code)
		}
		if got := debug.SetGCPercent(100); got != want {
			t.Errorf("GOGC=%q: collecting at %d %%, want %d %%", gogc, got, want)
		}
	}
}

// TestValidateFailFastSummary checks that validate --fail-fast, stopped at
// its first failing page, prints what it found and its summary, and exits
// 1 with no other message.
func TestValidateFailFastSummary(t *testing.T) {
	dir := t.TempDir()
	page := "Projektnummer:\n2020/00634\nNamn:\nFramtidsresan\n"
	for _, name := range []string{"a.txt", "b.txt"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(page), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	code, stdout, stderr := run(t, Streams{}, "validate", "--fail-fast", filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.txt"))
	if code != 1 || !strings.Contains(stdout, "a.txt:1: error: no owner") || strings.Contains(stdout, "b.txt") ||
		!strings.HasPrefix(stderr, "esf: 1 page checked, ") || strings.Contains(stderr, "stopped") {
		t.Errorf("exit %d, stdout:\n%s\nstderr:\n%s", code, stdout, stderr)
	}
}

// TestVersionOfARelease checks the version line of a release build, whose
// version is set at link time: esf, the version, Go's version, the
// platform, one space between each.
func TestVersionOfARelease(t *testing.T) {
	if info, ok := debug.ReadBuildInfo(); ok {
		for _, s := range info.Settings {
			if s.Key == "vcs.revision" {
				t.Skip("built with a commit, which the line names")
			}
		}
	}
	defer func(v string) { version = v }(version)
	version = "v1.2.3"
	if got, want := versionString(), fmt.Sprintf("esf v1.2.3 %s %s/%s", runtime.Version(), runtime.GOOS, runtime.GOARCH); got != want {
		t.Errorf("version %q, want %q", got, want)
	}
	code, stdout, _ := run(t, Streams{}, "version")
	if want := fmt.Sprintf("esf v1.2.3 %s %s/%s\n", runtime.Version(), runtime.GOOS, runtime.GOARCH); code != 0 || stdout != want {
		t.Errorf("esf version: exit %d, %q, want %q", code, stdout, want)
	}
}

// TestBlockWriter holds the messages to a file or a pipe to their blocks:
// held while they come quickly and fit, written when the buffer fills or
// errEvery has passed since the last write, and all of them in order.
func TestBlockWriter(t *testing.T) {
	var out bytes.Buffer
	b := &blockWriter{w: bufio.NewWriterSize(&out, errBuffer), last: time.Now()}
	fmt.Fprintf(b, "a.txt:1: warning: one\n")
	if out.Len() != 0 {
		t.Fatalf("a message written at once: %q", out.String())
	}
	b.last = time.Now().Add(-errEvery / 2) // less than errEvery ago
	fmt.Fprintf(b, "a.txt:2: warning: two\n")
	if out.Len() != 0 {
		t.Fatalf("a message written before errEvery passed: %q", out.String())
	}
	b.last = time.Now().Add(-errEvery) // errEvery ago
	fmt.Fprintf(b, "a.txt:3: warning: three\n")
	if want := "a.txt:1: warning: one\na.txt:2: warning: two\na.txt:3: warning: three\n"; out.String() != want {
		t.Fatalf("after errEvery: %q, want %q", out.String(), want)
	}
	long := strings.Repeat("x", errBuffer) + "\n"
	fmt.Fprint(b, long)
	if out.Len() < errBuffer {
		t.Errorf("%d bytes written of a message longer than the buffer", out.Len())
	}
}
