// Command variations writes variations of ESF project pages to a folder, for
// reading them beside what esf makes of them:
//
//	go run ./internal/mangle/cmd/variations -n 300 -o /tmp/variations
//	esf validate /tmp/variations
//
// Each variation is a file named after its number, page and family; index.tsv
// lists every file with its family, the lines the change touched and the
// values the record should now hold.
package main

import (
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/esfdata/esf/internal/mangle"
)

func main() {
	n := flag.Int("n", 300, "how many variations to write")
	out := flag.String("o", "", "the folder to write them to (made if missing)")
	seed := flag.Uint64("seed", 1, "the random seed: the same seed writes the same variations")
	dir := flag.String("pages", "testdata/pages", "the folder of clean pages (*.txt) to vary")
	only := flag.String("family", "", "write only this family (a name of -list)")
	list := flag.Bool("list", false, "list the families and exit")
	flag.Parse()
	if *list {
		for _, f := range mangle.Families() {
			kind := ""
			if f.Container {
				kind = "\tcontainer"
			}
			fmt.Printf("%s%s\n", f.Name, kind)
		}
		for _, p := range mangle.Pastings {
			fmt.Println(p.Name)
		}
		return
	}
	if *out == "" {
		fmt.Fprintln(os.Stderr, "variations: -o DIR is required")
		os.Exit(2)
	}
	if err := run(*n, *out, *seed, *dir, *only); err != nil {
		fmt.Fprintln(os.Stderr, "variations:", err)
		os.Exit(1)
	}
}

func run(n int, out string, seed uint64, dir, only string) error {
	paths, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		return err
	}
	if len(paths) == 0 {
		return fmt.Errorf("no *.txt pages in %s", dir)
	}
	var pages [][]byte
	var names []string
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		pages = append(pages, data)
		names = append(names, strings.TrimSuffix(filepath.Base(p), ".txt"))
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	index := []string{"file\tpage\tfamily\tlines\texpect"}
	r := rand.New(rand.NewPCG(seed, 0))
	for written, tries := 0, 0; written < n && tries < 100*n; tries++ {
		v, page, ok := variation(pages, r, only)
		if !ok {
			continue
		}
		written++
		from := "pasted"
		if page >= 0 {
			from = names[page]
		} else {
			var ps []string
			for _, i := range v.Pages {
				ps = append(ps, names[i])
			}
			from = strings.Join(ps, ",")
		}
		file := fmt.Sprintf("%04d_%s.txt", written, strings.ReplaceAll(v.Family, "+", "_"))
		if err := os.WriteFile(filepath.Join(out, file), v.Text, 0o644); err != nil {
			return err
		}
		index = append(index, strings.Join([]string{file, from, v.Family, lineList(v.Lines), expectList(v.Expect)}, "\t"))
	}
	return os.WriteFile(filepath.Join(out, "index.tsv"), []byte(strings.Join(index, "\n")+"\n"), 0o644)
}

// variation makes one variation of any family, or of the one named.
func variation(pages [][]byte, r *rand.Rand, only string) (mangle.Variation, int, bool) {
	if only == "" {
		return mangle.Random(pages, r)
	}
	for _, p := range mangle.Pastings {
		if p.Name == only {
			order := r.Perm(len(pages))[:min(len(pages), 2+r.IntN(3))]
			return mangle.Paste(pages, order, p.Name, p.Between), -1, true
		}
	}
	i := r.IntN(len(pages))
	v, ok := mangle.Apply(pages[i], r, only)
	return v, i, ok
}

func lineList(lines []int) string {
	// Long runs (CRLF, a mail quote) touch every line; a range reads better.
	if len(lines) > 6 && slices.Equal(lines, rangeOf(lines[0], lines[len(lines)-1])) {
		return fmt.Sprintf("%d-%d", lines[0], lines[len(lines)-1])
	}
	var s []string
	for _, l := range lines {
		s = append(s, strconv.Itoa(l))
	}
	return strings.Join(s, ",")
}

func rangeOf(from, to int) []int {
	var r []int
	for i := from; i <= to; i++ {
		r = append(r, i)
	}
	return r
}

func expectList(es []mangle.Expect) string {
	var s []string
	for _, e := range es {
		v := "null"
		if e.Value != nil {
			v = strconv.Quote(*e.Value)
		}
		s = append(s, e.Key+"="+v)
	}
	return strings.Join(s, " ")
}
