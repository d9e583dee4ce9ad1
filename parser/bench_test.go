package parser

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// BenchmarkParse parses each seed page; -benchmem shows allocations, and
// SetBytes makes the MB/s column the parser's throughput.
func BenchmarkParse(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join(testdata, "pages", "*.txt"))
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(filepath.Base(file)[:3], func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Parse(file, data, Options{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkPathological parses shapes that a careless parser handles in
// quadratic time or worse: repeated labels, long runs of blank or loose
// lines, values continued over thousands of lines. Each should run at
// about the MB/s of BenchmarkParse.
func BenchmarkPathological(b *testing.B) {
	const n = 20000
	cases := []struct{ name, page string }{
		{"repeated-unknown-label", "Projektnummer:\n1\n" + strings.Repeat("Foo: bar\n", n)},
		{"blank-lines", "Projektnummer:\n1\n" + strings.Repeat("\n", 10*n) + "x"},
		{"blank-between-fields", "Projektnummer:\n1\n" + strings.Repeat("\nRegion: Syd\n", n)},
		{"loose-lines-glued", "RegionSydsverige\nProjektfasX\n" + strings.Repeat("hello\n", n)},
		{"stacked-unknown-pairs", "Projektnummer\n1\n" + strings.Repeat("abc\nx\n", n)},
		{"repeated-field", "Projektnummer:\n1\n" + strings.Repeat("Region: Sydsverige\n", n)},
		{"repeated-heading", "Projektnummer:\n1\n\n" + strings.Repeat("Bakgrund\n\ntext\n\n", n)},
		{"continued-value", "Projektnummer:\n1\nNamn:\nx\n" + strings.Repeat("more name\n", n)},
		{"continued-list", "Projektnummer:\n1\nKommun:\nx\n" + strings.Repeat("• Arboga\n", n)},
	}
	for _, c := range cases {
		data := []byte(c.page)
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				if _, err := Parse("bench.txt", data, Options{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkParseHTML parses each seed page saved as HTML (testdata/html/
// site): its ns/op beside BenchmarkParse's for the same seed is what a
// saved page costs over its text copy.
func BenchmarkParseHTML(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join(testdata, "html", "site", "0*.html"))
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(filepath.Base(file)[:3], func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Parse(file, data, Options{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
