package cmd

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
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
