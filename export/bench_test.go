package export

import "testing"

// BenchmarkWrite writes every test record in each format; MB/s is the
// output written per second.
func BenchmarkWrite(b *testing.B) {
	recs := testRecords(b)
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
