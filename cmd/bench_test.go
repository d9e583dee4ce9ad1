package cmd

import (
	"io"
	"os"
	"strings"
	"testing"
)

// BenchmarkParseCorpus runs esf parse --format csv over the corpus in
// $ESF_BENCH_CORPUS (make corpus writes one), or over testdata.
func BenchmarkParseCorpus(b *testing.B) {
	dir := os.Getenv("ESF_BENCH_CORPUS")
	if dir == "" {
		dir = "../testdata"
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
