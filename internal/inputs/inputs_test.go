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

// TestWalkReadsAFileOnce checks that a file reached by more than one path
// (a link to a sibling folder, a link to a file, a folder named beside the
// folder holding it) is read once, by the first path the walk takes.
func TestWalkReadsAFileOnce(t *testing.T) {
	dir := t.TempDir()
	for _, f := range []string{"b/p.txt", "a/page.txt", "d/q.txt"} {
		path := filepath.Join(dir, f)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, nil, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for link, target := range map[string]string{"a/link": "../b", "c.txt": "b/p.txt", "b/0.txt": "p.txt", "a/page2.txt": "../d/q.txt"} {
		if err := os.Symlink(target, filepath.Join(dir, link)); err != nil {
			t.Fatal(err)
		}
	}
	walk := func(paths ...string) []string {
		var got []string
		for in := range Walk(paths, "*.txt") {
			rel, _ := filepath.Rel(dir, in.Path)
			if in.Problem != nil {
				rel += " (" + in.Problem.Err.Error() + ")"
			}
			got = append(got, rel)
		}
		return got
	}
	repeated := " (" + ErrRepeated.Error() + ")"
	for _, c := range []struct {
		paths []string
		want  []string
	}{
		// One folder: a/link is walked before b, which it leads to; in b,
		// the link 0.txt comes before p.txt, its target; c.txt leads to
		// a file read by then, a/page2.txt to one read after.
		{[]string{dir}, []string{"a/link/0.txt", "a/link/p.txt" + repeated, "a/page.txt", "a/page2.txt",
			"b" + repeated, "c.txt" + repeated, "d/q.txt" + repeated}},
		// b named first: the link into it is a repeat; the link to a
		// file of it is named apart, so it is read through its target.
		{[]string{filepath.Join(dir, "b"), filepath.Join(dir, "a"), filepath.Join(dir, "c.txt")},
			[]string{"b/0.txt", "b/p.txt" + repeated, "a/link" + repeated, "a/page.txt", "a/page2.txt", "c.txt" + repeated}},
	} {
		if got := walk(c.paths...); !slices.Equal(got, c.want) {
			t.Errorf("Walk(%q) =\n%q\nwant\n%q", c.paths, got, c.want)
		}
	}
}
