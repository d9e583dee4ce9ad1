package parser_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/esfdata/esf/parser"
)

// TestDetectionKeepsPlainPages holds every sniffer to plain pages: no test
// page in text, under its own name or under no name, is taken for another
// kind of input.
func TestDetectionKeepsPlainPages(t *testing.T) {
	var files []string
	for _, dir := range []string{"pages", "variants", "encodings", "multi", "invalid"} {
		fs, err := filepath.Glob(filepath.Join("..", "testdata", dir, "*.txt"))
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, fs...)
	}
	if len(files) < 30 {
		t.Fatalf("found %d test pages, want the whole set", len(files))
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, name := range []string{f, "-", "page"} {
			if got := parser.DetectFormat(name, data); got != parser.FormatText {
				t.Errorf("%s read as %q, want text", strings.TrimPrefix(f, "../"), got)
			}
		}
	}
}
