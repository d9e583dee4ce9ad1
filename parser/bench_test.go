package parser

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// BenchmarkParse parses each seed page; -benchmem shows allocations, and
// SetBytes makes the MB/s column the parser's throughput.
func BenchmarkParse(b *testing.B) {
	benchFiles(b, filepath.Join(testdata, "pages", "*.txt"))
}

// benchFiles parses each file that pattern names, as a sub-benchmark
// named by the file's first three letters.
func benchFiles(b *testing.B, pattern string) {
	files, _ := filepath.Glob(pattern)
	if len(files) == 0 {
		b.Fatalf("no files %s", pattern)
	}
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
	benchFiles(b, filepath.Join(testdata, "html", "site", "0*.html"))
}

// corpusPages reads the pages of the benchmark corpus (make corpus), up to
// 2,000 of them, or the test pages when there is no corpus.
func corpusPages(b *testing.B) ([][]byte, int64) {
	files, _ := filepath.Glob(filepath.Join(testdata, "corpus", "*", "*", "*.txt"))
	if len(files) == 0 {
		files, _ = filepath.Glob(filepath.Join(testdata, "corpus", "*", "*.txt"))
	}
	if len(files) == 0 {
		files, _ = filepath.Glob(filepath.Join(testdata, "pages", "*.txt"))
		more, _ := filepath.Glob(filepath.Join(testdata, "variants", "*.txt"))
		files = append(files, more...)
	}
	files = files[:min(len(files), 2000)]
	var pages [][]byte
	var size int64
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		pages = append(pages, data)
		size += int64(len(data))
	}
	return pages, size
}

// BenchmarkCorpus parses the corpus pages on one core as the command line
// does: MB/s is the parser's throughput. Compare it with BenchmarkFloor in
// the same run.
func BenchmarkCorpus(b *testing.B) {
	pages, size := corpusPages(b)
	benchPages(b, pages, size)
}

// benchPages parses pages, size bytes in all, as the command line does.
func benchPages(b *testing.B, pages [][]byte, size int64) {
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range pages {
			if _, err := Parse("corpus.txt", p, Options{}); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkCorpusUniqueValues is BenchmarkCorpus with every short text
// value below a label made the page's own, a word added: the corpus draws
// names, owners and people from small pools, where a real collection has
// each project's own, and the looks a value gets that esf remembers from
// page to page (the line memo, the nearest label to a value shaped like
// one) find nothing to remember.
func BenchmarkCorpusUniqueValues(b *testing.B) {
	pages, _ := corpusPages(b)
	var size int64
	for i, p := range pages {
		pages[i] = uniqueValues(p, i)
		size += int64(len(pages[i]))
	}
	benchPages(b, pages, size)
}

// uniqueValues adds a word of its own, made of n, to every line of page
// that begins with a letter, holds no "@" and stands below a line ending
// in a colon: a label's value on a stacked page.
func uniqueValues(page []byte, n int) []byte {
	var out []byte
	above := ""
	for line := range bytes.Lines(page) {
		text := strings.TrimRight(string(line), "\r\n")
		r, _ := utf8.DecodeRuneInString(text)
		if strings.HasSuffix(above, ":") && unicode.IsLetter(r) && len(text) < memoLineLen && !strings.Contains(text, "@") {
			out = append(out, text+" Zq"+strconv.Itoa(n)+"x"...)
			out = append(out, line[len(text):]...)
		} else {
			out = append(out, line...)
		}
		above = text
	}
	return out
}

// BenchmarkFloor is the least a line-oriented parser does with the same
// bytes: validate UTF-8, split lines, trim each and look its label up in
// a map. It is the floor BenchmarkCorpus is measured against.
func BenchmarkFloor(b *testing.B) {
	pages, size := corpusPages(b)
	labels := map[string]bool{}
	for _, t := range terms {
		labels[t.text] = true
	}
	b.SetBytes(size)
	found := 0
	for b.Loop() {
		for _, p := range pages {
			if !utf8.Valid(p) {
				continue
			}
			for line := range bytes.Lines(p) {
				line = bytes.TrimSpace(line)
				label, _, _ := bytes.Cut(line, []byte(":"))
				if labels[string(label)] {
					found++
				}
			}
		}
	}
	if found == 0 {
		b.Fatal("the floor found no label")
	}
}

// BenchmarkTermTrie builds the term trie, as the package's initialisation
// does on every start: its cost is part of a one-page run's.
func BenchmarkTermTrie(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		newTermTrie(terms, furnitureLines, pageTopLines)
	}
}

// BenchmarkStages times the first steps of Parse on their own over the
// corpus, beside the floor: the scan that decides how to decode, and the
// decoding with it.
func BenchmarkStages(b *testing.B) {
	pages, size := corpusPages(b)
	b.Run("scanText", func(b *testing.B) {
		b.SetBytes(size)
		for b.Loop() {
			for _, p := range pages {
				scanText(p)
			}
		}
	})
}
