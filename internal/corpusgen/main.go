// Command corpusgen writes a corpus of ESF project pages for benchmarks:
// the test pages again and again, each with its own id, name, amounts and
// dates, in every layout and in a few encodings and line ends.
//
//	go run ./internal/corpusgen -n 10000 DIR
package main

import (
	"bytes"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"time"

	"golang.org/x/text/encoding/charmap"
)

func main() {
	n := flag.Int("n", 10000, "pages to write")
	seeds := flag.String("seeds", "testdata/pages", "folder of pages to vary")
	seed := flag.Uint64("seed", 1, "random seed: the same seed writes the same corpus")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: corpusgen [-n N] [-seeds DIR] [-seed S] DIR")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() != 1 {
		flag.Usage()
		os.Exit(2)
	}
	if err := generate(flag.Arg(0), *seeds, *n, *seed); err != nil {
		fmt.Fprintln(os.Stderr, "corpusgen:", err)
		os.Exit(1)
	}
}

func generate(dir, seedDir string, n int, seed uint64) error {
	files, err := filepath.Glob(filepath.Join(seedDir, "*.txt"))
	if err != nil || len(files) == 0 {
		return fmt.Errorf("no pages in %s", seedDir)
	}
	var pages []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return err
		}
		pages = append(pages, string(b))
	}
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	var total int64
	for i := range n {
		page := vary(pages[i%len(pages)], i, rng)
		data := []byte(page)
		switch i % 10 {
		case 7:
			data = []byte(strings.ReplaceAll(page, "\n", "\r\n"))
		case 9:
			if enc, err := charmap.Windows1252.NewEncoder().Bytes(data); err == nil {
				data = enc
			}
		}
		// A thousand pages a folder, as users keep them.
		path := filepath.Join(dir, fmt.Sprintf("%03d", i/1000), fmt.Sprintf("%06d.txt", i))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(path, data, 0o644); err != nil {
			return err
		}
		total += int64(len(data))
	}
	fmt.Fprintf(os.Stderr, "corpusgen: %d pages, %.1f MB in %s\n", n, float64(total)/1e6, dir)
	return nil
}

var (
	projectNumber = regexp.MustCompile(`\b20\d\d/\d{5}\b`)
	diaryNumber   = regexp.MustCompile(`\b\d\d-\d{3}-S\d\d\b`)
	amount        = regexp.MustCompile(`\b\d{1,3}(?:[ \x{a0}]\d{3})+(?: kr)?`)
	isoDate       = regexp.MustCompile(`\b(20[012]\d)-(\d\d)-(\d\d)\b`)
	words         = []string{"Framtid", "Kompetens", "Steg", "Vägen", "Nya", "Jobb", "Lyft", "Bro", "Start", "Kraft"}
)

// vary gives a page its own id, amounts and dates, and its title a word.
func vary(page string, i int, rng *rand.Rand) string {
	page = projectNumber.ReplaceAllStringFunc(page, func(string) string {
		return fmt.Sprintf("%d/%05d", 2014+rng.IntN(7), i%100000)
	})
	page = diaryNumber.ReplaceAllStringFunc(page, func(string) string {
		return fmt.Sprintf("%02d-%03d-S%02d", 21+rng.IntN(6), rng.IntN(1000), rng.IntN(100))
	})
	page = amount.ReplaceAllStringFunc(page, func(s string) string {
		v := 100000 + rng.IntN(20000000)
		out := groupThousands(v)
		if strings.HasSuffix(s, " kr") {
			out += " kr"
		}
		return out
	})
	shift := time.Duration(rng.IntN(365)) * 24 * time.Hour
	page = isoDate.ReplaceAllStringFunc(page, func(s string) string {
		t, err := time.Parse(time.DateOnly, s)
		if err != nil {
			return s
		}
		return t.Add(shift).Format(time.DateOnly)
	})
	word := words[rng.IntN(len(words))]
	lines := strings.SplitN(page, "\n", 12)
	for j, l := range lines {
		if l == "Egenmakt" || l == "Within Kompetens" || l == "Gagna:kompetens" {
			lines[j] = l + " " + word
		}
	}
	return strings.Join(lines, "\n")
}

func groupThousands(v int) string {
	s := fmt.Sprint(v)
	var b bytes.Buffer
	for j, r := range s {
		if j > 0 && (len(s)-j)%3 == 0 {
			b.WriteByte(' ')
		}
		b.WriteRune(r)
	}
	return b.String()
}
