package inputs

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestWalk(t *testing.T) {
	dir := t.TempDir()
	for _, f := range []string{"b/2.txt", "b/1.txt", "a.txt", "c.md", ".hidden/x.txt", ".y.txt", "d/e/f.txt"} {
		path := filepath.Join(dir, f)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, nil, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Symlink(".", filepath.Join(dir, "d", "self")); err != nil {
		t.Fatal(err)
	}
	var got []string
	for in := range Walk([]string{dir, filepath.Join(dir, "missing.txt"), filepath.Join(dir, "b", "..", "a.txt"), Stdin}, "*.txt") {
		rel, _ := filepath.Rel(dir, in.Path)
		if in.Path == Stdin {
			rel = Stdin
		}
		if in.Problem != nil {
			rel += " (" + in.Problem.Err.Error() + ")"
		}
		got = append(got, rel)
	}
	want := []string{
		".hidden (" + ErrHidden.Error() + ")", ".y.txt (" + ErrHidden.Error() + ")",
		"a.txt", "b/1.txt", "b/2.txt", "c.md (" + ErrNoMatch.Error() + ")", "d/e/f.txt",
		"d/self (" + ErrCycle.Error() + ")", "missing.txt (no such file or folder)",
		"a.txt (" + ErrRepeated.Error() + ")", "-",
	}
	if !slices.Equal(got, want) {
		t.Errorf("Walk =\n%q\nwant\n%q", got, want)
	}

	// The pattern takes names in any case.
	for _, name := range []string{"UP.TXT", "Mixed.Txt"} {
		if err := os.WriteFile(filepath.Join(dir, name), nil, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var upper []string
	for in := range Walk([]string{dir}, "*.txt") {
		if in.Problem == nil && strings.HasSuffix(strings.ToLower(in.Path), ".txt") && strings.ContainsAny(filepath.Base(in.Path), "UM") {
			upper = append(upper, filepath.Base(in.Path))
		}
	}
	if want := []string{"Mixed.Txt", "UP.TXT"}; !slices.Equal(upper, want) {
		t.Errorf("files with upper-case extensions = %q, want %q", upper, want)
	}

	// A consumer that stops early stops the walk.
	n := 0
	for range Walk([]string{dir}, "") {
		n++
		if n == 2 {
			break
		}
	}
	if n != 2 {
		t.Errorf("walk went on after break: %d", n)
	}
}
