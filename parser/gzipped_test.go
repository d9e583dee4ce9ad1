package parser

import (
	"bytes"
	"compress/gzip"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func gzipBytes(t *testing.T, data []byte) []byte {
	t.Helper()
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	if _, err := w.Write(data); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestGzipped reads a page saved gzipped, as curl saves a body without
// --compressed, as the page it holds, whatever its name says.
func TestGzipped(t *testing.T) {
	for _, rel := range []string{"html/site/001_451f6fcbe595c098.html", "pages/002_7858258275a19d00.txt"} {
		data, err := os.ReadFile(filepath.Join(testdata, rel))
		if err != nil {
			t.Fatal(err)
		}
		want, err := Parse(rel, data, Options{})
		if err != nil || len(want) != 1 {
			t.Fatalf("%s: %v", rel, err)
		}
		gz := gzipBytes(t, data)
		if DetectFormat(rel, gz) != want[0].Source.Format {
			t.Errorf("%s gzipped: detected as %q", rel, DetectFormat(rel, gz))
		}
		got, err := Parse(rel, gz, Options{Format: DetectFormat(rel, gz)})
		if err != nil || len(got) != 1 {
			t.Fatalf("%s gzipped: %d records, %v", rel, len(got), err)
		}
		if g, w := asRead(t, got[0]), asRead(t, want[0]); g != w {
			t.Errorf("%s gzipped:\n got %s\nwant %s", rel, g, w)
		}
	}
	if _, err := Parse("a.html", gzipBytes(t, []byte("<p>x</p>"))[:12], Options{}); !errors.Is(err, ErrGzip) {
		t.Errorf("gzip cut short: %v", err)
	}
	// A text that begins with the magic's first two bytes and no deflate
	// method after them is no gzip.
	if _, gz, _ := gunzipped([]byte("\x1f\x8b\x00 text")); gz {
		t.Error("\\x1f\\x8b\\x00 read as gzip")
	}
	// The limit at its edge.
	data := gzipBytes(t, bytes.Repeat([]byte("a"), 100))
	if out, _, err := gunzipUpTo(data, 100); err != nil || len(out) != 100 {
		t.Errorf("at the limit: %d bytes, %v", len(out), err)
	}
	if _, _, err := gunzipUpTo(data, 99); !errors.Is(err, ErrGzip) {
		t.Errorf("past the limit: %v", err)
	}
}

// TestTooManyLines holds maxInputLines at its edge: an input of that many
// lines is read, one of a line more is named as an error.
func TestTooManyLines(t *testing.T) {
	page := "Projektnummer: 2020/00634\nNamn: Framtidsresan\n"
	at := []byte(page + strings.Repeat("\n", maxInputLines-2))
	if _, err := Parse("a.txt", at, Options{}); err != nil {
		t.Errorf("%d lines: %v", maxInputLines, err)
	}
	if _, err := Parse("a.txt", append(at, '\n'), Options{}); !errors.Is(err, ErrTooManyLines) {
		t.Errorf("%d lines: %v", maxInputLines+1, err)
	}
}
