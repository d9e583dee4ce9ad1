package export

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/esfdata/esf/parser"
)

// BenchmarkWrite writes every test record in each format; MB/s is the
// output written per second.
func BenchmarkWrite(b *testing.B) {
	benchWrite(b, testRecords(b))
}

// BenchmarkWriteCorpus writes the records of 2,000 pages of the benchmark
// corpus (make corpus), whose shapes are the corpus's, not the test pages'.
func BenchmarkWriteCorpus(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join("..", "testdata", "corpus", "*", "*", "*.txt"))
	if len(files) == 0 {
		b.Skip("no corpus: make corpus")
	}
	var recs []*parser.Project
	for _, f := range files[:min(len(files), 2000)] {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		rec, err := parser.Parse(f, data, parser.Options{})
		if err != nil {
			b.Fatal(err)
		}
		recs = append(recs, rec...)
	}
	benchWrite(b, recs)
}

func benchWrite(b *testing.B, recs []*parser.Project) {
	for _, format := range Formats {
		b.Run(format, func(b *testing.B) {
			b.ReportAllocs()
			var n countingWriter
			for b.Loop() {
				w, err := New(&n, Options{Format: format})
				if err != nil {
					b.Fatal(err)
				}
				for _, r := range recs {
					if err := w.Write(r); err != nil {
						b.Fatal(err)
					}
				}
				if err := w.Close(); err != nil {
					b.Fatal(err)
				}
			}
			b.SetBytes(n.n / int64(b.N))
		})
	}
}

type countingWriter struct{ n int64 }

func (c *countingWriter) Write(p []byte) (int, error) {
	c.n += int64(len(p))
	return len(p), nil
}
