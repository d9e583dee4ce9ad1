//go:build unix

package cmd

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

// TestOutputToPipe checks that -o naming something other than a regular
// file, here a named pipe as /dev/null, /dev/stdout or a shell's >(...)
// are, gets the output written into it in every format, and is left what
// it was: renaming a file onto it would have replaced it with a plain
// file (for /dev/null, the machine's).
func TestOutputToPipe(t *testing.T) {
	page := filepath.Join("..", "testdata", "pages", "000_79b1cc7135eb8e4d.txt")
	for _, format := range []string{"csv", "ndjson", "xlsx", "sqlite"} {
		t.Run(format, func(t *testing.T) {
			dir := t.TempDir()
			fifo := filepath.Join(dir, "pipe")
			if err := syscall.Mkfifo(fifo, 0o644); err != nil {
				t.Fatal(err)
			}
			link := filepath.Join(dir, "stdout")
			if err := os.Symlink(fifo, link); err != nil {
				t.Fatal(err)
			}
			read := make(chan []byte)
			go func() {
				f, err := os.Open(fifo)
				if err != nil {
					read <- nil
					return
				}
				b, _ := io.ReadAll(f)
				f.Close()
				read <- b
			}()
			code, _, stderr := run(t, Streams{}, "parse", "--format", format, "-o", link, page)
			var got []byte
			select {
			case got = <-read:
			case <-time.After(10 * time.Second):
				t.Fatal("nothing was written into the pipe")
			}
			if code != 0 {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			magic := map[string]string{"csv": "id,", "ndjson": `{"`, "xlsx": "PK\x03\x04", "sqlite": "SQLite format 3\x00"}[format]
			if !bytes.HasPrefix(got, []byte(magic)) {
				t.Errorf("the pipe read %d bytes starting %.20q, want %q first", len(got), got, magic)
			}
			if info, err := os.Lstat(fifo); err != nil || info.Mode().Type() != os.ModeNamedPipe {
				t.Errorf("the pipe is now %v (%v)", info.Mode(), err)
			}
			if info, err := os.Lstat(link); err != nil || info.Mode().Type() != os.ModeSymlink {
				t.Errorf("the link to the pipe is now %v (%v)", info.Mode(), err)
			}
			if left, _ := filepath.Glob(filepath.Join(dir, ".*")); len(left) > 0 {
				t.Errorf("left behind: %v", left)
			}
		})
	}
}

// TestOutputThroughLink checks that -o naming a symbolic link to a file
// replaces the file and keeps the link.
func TestOutputThroughLink(t *testing.T) {
	dir := t.TempDir()
	if err := os.Mkdir(filepath.Join(dir, "data"), 0o755); err != nil {
		t.Fatal(err)
	}
	target := filepath.Join(dir, "data", "projects.csv")
	if err := os.WriteFile(target, []byte("old\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "projects.csv")
	if err := os.Symlink(filepath.Join("data", "projects.csv"), link); err != nil {
		t.Fatal(err)
	}
	page := filepath.Join("..", "testdata", "pages", "000_79b1cc7135eb8e4d.txt")
	if code, _, stderr := run(t, Streams{}, "parse", "--format", "csv", "-o", link, page); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if info, err := os.Lstat(link); err != nil || info.Mode().Type() != os.ModeSymlink {
		t.Fatalf("-o %s: the link is now %v (%v)", link, info.Mode(), err)
	}
	b, err := os.ReadFile(target)
	if err != nil || !bytes.HasPrefix(b, []byte("id,")) {
		t.Errorf("the linked file holds %.40q (%v), want the CSV", b, err)
	}
}
