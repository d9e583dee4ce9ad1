package cmd

import (
	"bytes"
	"fmt"
	"github.com/esfdata/esf/parser"
	goparser "go/parser"
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/esfdata/esf/export"
)

func run(t *testing.T, streams Streams, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	streams.Out, streams.Err = &out, &errOut
	if streams.In == nil {
		streams.In = strings.NewReader("")
	}
	code := Run(args, streams)
	return code, out.String(), errOut.String()
}

// TestSummary checks that the end-of-run summary is written to stderr
// whether or not it is a terminal (a CI log is not one), and not with
// --quiet.
func TestSummary(t *testing.T) {
	// A folder of pages and a file that is not one, which the walk counts
	// as skipped.
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "notes.rtf"), []byte("notes"), 0o644); err != nil {
		t.Fatal(err)
	}
	args := []string{"parse", "--fields", "id", "../testdata/pages", dir}
	for _, terminal := range []bool{true, false} {
		code, _, stderr := run(t, Streams{ErrTerminal: terminal}, args...)
		if code != 0 {
			t.Fatalf("exit %d: %s", code, stderr)
		}
		if want := "esf: 5 pages read, 1 skipped, 0 errors, 0 warnings\n"; !strings.HasSuffix(stderr, want) {
			t.Errorf("terminal %v: stderr = %q, want it to end with %q", terminal, stderr, want)
		}
	}
	if _, _, stderr := run(t, Streams{ErrTerminal: true}, append(args, "--quiet")...); stderr != "" {
		t.Errorf("--quiet still wrote %q", stderr)
	}
}

// TestNoInputOnTerminal checks that esf does not wait for a page typed at
// a terminal when no path is given.
func TestNoInputOnTerminal(t *testing.T) {
	code, _, stderr := run(t, Streams{InTerminal: true}, "parse")
	if code != exitUsage || !strings.Contains(stderr, "no input") {
		t.Errorf("exit %d, stderr %q", code, stderr)
	}
}

// TestBinaryNotToTerminal checks that xlsx is not written to a terminal.
func TestBinaryNotToTerminal(t *testing.T) {
	code, stdout, stderr := run(t, Streams{OutTerminal: true}, "parse", "--format", "xlsx", "../testdata/pages")
	if code != exitUsage || stdout != "" || !strings.Contains(stderr, "binary format") {
		t.Errorf("exit %d, stdout %d bytes, stderr %q", code, len(stdout), stderr)
	}
}

// TestJobsGiveTheSameOutput checks that the output does not depend on how
// many pages are parsed at once.
func TestJobsGiveTheSameOutput(t *testing.T) {
	var first string
	for _, jobs := range []string{"1", "2", "3", "8", "64"} {
		code, stdout, stderr := run(t, Streams{}, "parse", "--format", "ndjson", "--jobs", jobs,
			"../testdata/pages", "../testdata/variants", "../testdata/encodings", "../testdata/invalid")
		if code != 0 {
			t.Fatalf("--jobs %s: exit %d: %s", jobs, code, stderr)
		}
		if first == "" {
			first = stdout
		} else if stdout != first {
			t.Errorf("--jobs %s gives other output than --jobs 1", jobs)
		}
	}
	if n := strings.Count(first, "\n"); n < 20 {
		t.Errorf("only %d records", n)
	}
}

// TestProgress checks when the progress line is drawn, and that it is
// cleared before a message and at the end.
func TestProgress(t *testing.T) {
	var b bytes.Buffer
	bar := newProgress(&b, 1000, true)
	clock := bar.start
	bar.now = func() time.Time { return clock }
	clock = clock.Add(time.Second)
	bar.step(&input{last: true})
	if got := b.String(); got != "\r\033[Kesf: 1/1000 files, 1 files/s, 16m39s left" {
		t.Errorf("line = %q", got)
	}
	b.Reset()
	bar.step(&input{last: true}) // within the tick: not redrawn
	if b.Len() != 0 {
		t.Errorf("redrawn within a tick: %q", b.String())
	}
	fmt.Fprint(messages{w: &b, bar: bar}, "page.txt: binary file, skipped\n")
	if got := b.String(); got != "\r\033[Kpage.txt: binary file, skipped\n" {
		t.Errorf("message = %q", got)
	}
	b.Reset()
	bar.clear()
	if b.Len() != 0 {
		t.Errorf("cleared twice: %q", b.String())
	}

	// A short run of few files draws nothing.
	small := newProgress(&b, 10, true)
	small.step(&input{})
	if b.Len() != 0 {
		t.Errorf("short run drew %q", b.String())
	}

	// One big input cut in pieces counts pages and megabytes.
	big := newProgress(&b, 1, true)
	clock = big.start
	big.now = func() time.Time { return clock }
	clock = clock.Add(3 * time.Second)
	big.step(&input{recs: make([]*parser.Project, 300), bytes: 2_100_000, part: 1})
	if got := b.String(); got != "\r\033[Kesf: 0/1 files, 300 pages, 2.1 MB, 100 pages/s" {
		t.Errorf("line = %q", got)
	}
	if newProgress(&b, 1000, false) != nil {
		t.Error("disabled progress is not nil")
	}
}

func TestShowProgress(t *testing.T) {
	tests := []struct {
		flags   readFlags
		streams Streams
		want    bool
	}{
		{readFlags{}, Streams{ErrTerminal: true}, true},
		{readFlags{}, Streams{ErrTerminal: false}, false},
		{readFlags{}, Streams{ErrTerminal: true, CI: true}, false},
		{readFlags{quiet: true}, Streams{ErrTerminal: true}, false},
		{readFlags{progress: true}, Streams{CI: true}, true},
		{readFlags{noProg: true}, Streams{ErrTerminal: true}, false},
		{readFlags{}, Streams{ErrTerminal: true}.fromEnv(env("TERM", "dumb")), false},
		{readFlags{}, Streams{ErrTerminal: true}.fromEnv(env("TERM", "xterm-256color")), true},
		{readFlags{}, Streams{ErrTerminal: true}.fromEnv(env("CI", "true")), false},
		{readFlags{progress: true}, Streams{ErrTerminal: true}.fromEnv(env("TERM", "dumb")), true},
	}
	for _, tt := range tests {
		if got := tt.flags.showProgress(tt.streams); got != tt.want {
			t.Errorf("%+v %+v: %v, want %v", tt.flags, tt.streams, got, tt.want)
		}
	}
}

// env is an environment of one variable.
func env(key, value string) func(string) string {
	return func(k string) string {
		if k == key {
			return value
		}
		return ""
	}
}

// TestHelpNamesEveryFormat checks that esf --help and the export
// package's documentation name every output format esf parse writes.
func TestHelpNamesEveryFormat(t *testing.T) {
	_, help, _ := run(t, Streams{}, "--help")
	fset := token.NewFileSet()
	file, err := goparser.ParseFile(fset, "../export/export.go", nil, goparser.ParseComments|goparser.PackageClauseOnly)
	if err != nil {
		t.Fatal(err)
	}
	if file.Doc == nil {
		t.Fatal("export/export.go has no package comment")
	}
	for name, text := range map[string]string{"esf --help": help, "package export": file.Doc.Text()} {
		for _, format := range export.Formats {
			word := regexp.MustCompile(`(?i)\b` + format + `\b`)
			if !word.MatchString(text) {
				t.Errorf("%s does not name the format %s", name, format)
			}
		}
	}
}

// TestMixedFolder reads a folder that holds every kind of input at once:
// it gives the records of each kind read alone, no more and no fewer.
func TestMixedFolder(t *testing.T) {
	glob := "*.txt,*.html,*.htm,*.md,*.markdown,*.docx,*.odt,*.pdf,*.eml,*.mht,*.mhtml,*.webarchive,*.csv,*.tsv,*.yaml,*.warc,*.http,*.log,*.mbox,*.srt,*.vtt"
	count := func(path string) int {
		var out, errs bytes.Buffer
		code := Run([]string{"parse", path, "--format", "ndjson", "--glob", glob, "-q"}, Streams{Out: &out, Err: &errs})
		if code != 0 {
			t.Fatalf("esf parse %s: exit %d: %s", path, code, errs.String())
		}
		return strings.Count(out.String(), "\n")
	}
	dirs, err := filepath.Glob(filepath.Join("..", "testdata", "sources", "*"))
	if err != nil || len(dirs) < 5 {
		t.Fatalf("testdata/sources holds %d kinds, want every kind: %v", len(dirs), err)
	}
	sum := 0
	for _, d := range dirs {
		n := count(d)
		if n == 0 {
			t.Errorf("%s gave no record", d)
		}
		sum += n
	}
	if all := count(filepath.Join("..", "testdata", "sources")); all != sum {
		t.Errorf("the mixed folder gave %d records, its kinds read apart %d", all, sum)
	}
}
