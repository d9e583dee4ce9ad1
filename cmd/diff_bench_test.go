package cmd

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// BenchmarkDiffCorpus compares the corpus in $ESF_BENCH_CORPUS with the
// one in $ESF_BENCH_CORPUS_NEW (the test pages with themselves when unset),
// beside its floor, parsing both, in the same run: diff pages with pages,
// and an NDJSON snapshot of the old corpus with the new pages.
func BenchmarkDiffCorpus(b *testing.B) {
	old, new := os.Getenv("ESF_BENCH_CORPUS"), os.Getenv("ESF_BENCH_CORPUS_NEW")
	if old == "" {
		old = "../testdata/pages"
	}
	if new == "" {
		new = old
	}
	run := func(b *testing.B, out io.Writer, args ...string) {
		code := Run(args, Streams{In: strings.NewReader(""), Out: out, Err: io.Discard})
		if code > 1 {
			b.Fatalf("esf %s: exit %d", strings.Join(args, " "), code)
		}
	}
	snapshot := filepath.Join(b.TempDir(), "old.ndjson")
	run(b, io.Discard, "parse", "--quiet", "--format", "ndjson", "-o", snapshot, old)

	b.Run("parse-both", func(b *testing.B) {
		for b.Loop() {
			run(b, io.Discard, "parse", "--quiet", "--format", "ndjson", old, new)
		}
	})
	b.Run("diff-pages", func(b *testing.B) {
		for b.Loop() {
			run(b, io.Discard, "diff", "--quiet", "--format", "ndjson", old, new)
		}
	})
	b.Run("diff-snapshot", func(b *testing.B) {
		for b.Loop() {
			run(b, io.Discard, "diff", "--quiet", "--format", "ndjson", snapshot, new)
		}
	})
}
