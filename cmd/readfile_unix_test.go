//go:build unix

package cmd

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// TestReadFile reads as os.ReadFile does whatever size it is told: the
// right one, none, one too small or too large (a file that grew or shrank
// since the walk), at the edges of its buffer's growth.
func TestReadFile(t *testing.T) {
	dir := t.TempDir()
	for _, n := range []int{0, 1, 511, 512, 513, 4096, 100_000} {
		data := bytes.Repeat([]byte("Projektägare: Perstorps kommun\n"), n/31+1)[:n]
		path := filepath.Join(dir, "page.txt")
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		for _, size := range []int64{int64(n), -1, 0, int64(n) / 2, int64(n) + 1, 2 << 30} {
			got, err := readFile(path, size)
			if err != nil || !bytes.Equal(got, data) {
				t.Errorf("readFile(%d bytes, size %d) = %d bytes, %v; want the file", n, size, len(got), err)
			}
		}
	}
}

// TestReadFileErrors names the path and the system's reason, as
// os.ReadFile does, for the messages describeReadError makes of them.
func TestReadFileErrors(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct {
		path string
		want error
	}{
		{filepath.Join(dir, "missing.txt"), syscall.ENOENT},
		{dir, syscall.EISDIR},
	} {
		_, err := readFile(tc.path, -1)
		_, osErr := os.ReadFile(tc.path)
		var pe *fs.PathError
		if !errors.As(err, &pe) || pe.Path != tc.path || !errors.Is(err, tc.want) {
			t.Errorf("readFile(%s) = %v; want a PathError of %v", tc.path, err, tc.want)
		}
		if describeReadError(err).Error() != describeReadError(osErr).Error() {
			t.Errorf("readFile(%s) says %q, os.ReadFile %q", tc.path, describeReadError(err), describeReadError(osErr))
		}
		if !strings.Contains(err.Error(), tc.path) {
			t.Errorf("readFile(%s) = %v; want the path named", tc.path, err)
		}
	}
}
