package cmd

import (
	"io"
	"os"
	"strings"
	"testing"
)

// BenchmarkParseCorpus runs esf parse --format csv over the corpus in
// $ESF_BENCH_CORPUS (make corpus writes one), or over the test pages.
func BenchmarkParseCorpus(b *testing.B) {
	dir := os.Getenv("ESF_BENCH_CORPUS")
	if dir == "" {
		dir = "../testdata/pages"
	}
	for b.Loop() {
		code := Run([]string{"parse", "--format", "csv", "--quiet", dir}, Streams{
			In: strings.NewReader(""), Out: io.Discard, Err: io.Discard,
		})
		if code != 0 {
			b.Fatalf("exit %d", code)
		}
	}
}
