// Package testpages reads the sample pages of testdata/pages into records,
// for the tests of the packages that work on records.
package testpages

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/esfdata/esf/parser"
)

// Records parses the sample pages, from a test of a package one folder
// below the repository's root.
func Records(t testing.TB) []*parser.Project {
	t.Helper()
	files, err := filepath.Glob("../testdata/pages/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no sample pages: %v", err)
	}
	var recs []*parser.Project
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		got, err := parser.Parse(f, data, parser.Options{})
		if err != nil {
			t.Fatal(err)
		}
		recs = append(recs, got...)
	}
	return recs
}
