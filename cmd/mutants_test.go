package cmd

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
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
