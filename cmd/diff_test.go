package cmd

import (
	"bytes"
	"io"
	"path/filepath"
	"strings"
	"testing"
)

// TestSnapshotDiffsEmpty: a snapshot esf parse writes, in every format
// esf reads back, diffs empty against the pages it was written from, for
// every folder of test pages (layouts, encodings, saved web pages, pages
// pasted together, pages with problems), both ways round.
func TestSnapshotDiffsEmpty(t *testing.T) {
	folders := []string{"pages", "variants", "encodings", "html", "multi", "invalid"}
	formats := []string{"ndjson", "json", "csv", "tsv", "sqlite"}
	for _, folder := range folders {
		pages := filepath.Join("..", "testdata", folder)
		for _, format := range formats {
			t.Run(folder+"/"+format, func(t *testing.T) {
				snap := filepath.Join(t.TempDir(), "snap."+format)
				if code, _, stderr := runEsf("parse", "--quiet", "--format", format, "-o", snap, pages); code > 1 {
					t.Fatalf("parse: exit %d: %s", code, stderr)
				}
				for _, args := range [][]string{{snap, pages}, {pages, snap}} {
					code, stdout, stderr := runEsf(append([]string{"diff", "--quiet"}, args...)...)
					if code != 0 {
						t.Errorf("diff %s: exit %d\n%s%s", strings.Join(args, " "), code, stdout, stderr)
					}
				}
			})
		}
	}
}

func runEsf(args ...string) (code int, stdout, stderr string) {
	var out, errs bytes.Buffer
	code = Run(args, Streams{In: io.MultiReader(), Out: &out, Err: &errs})
	return code, out.String(), errs.String()
}
