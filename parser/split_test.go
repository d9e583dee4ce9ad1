package parser_test

import (
	"bytes"
	"encoding/json"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"

	"github.com/esfdata/esf/parser"
	"golang.org/x/text/encoding/charmap"
)

// TestSplitPagesReadsAsWhole holds SplitPages to its promise: the pieces of
// an input, each read with its first line, give exactly the records of the
// whole input, positions and warnings included. Inputs are the test pages
// pasted in random orders with nothing, a line end, blank lines or a
// separator between them, cut at every place SplitPages may cut.
func TestSplitPagesReadsAsWhole(t *testing.T) {
	var pages [][]byte
	for _, dir := range []string{"pages", "variants"} {
		files, _ := filepath.Glob(filepath.Join("..", "testdata", dir, "*.txt"))
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			pages = append(pages, data)
		}
	}
	// A page in Windows-1252 among UTF-8 ones: the cat of a folder that
	// holds both reads as UTF-8 with its bytes repaired, piece by piece too.
	latin, err := charmap.Windows1252.NewEncoder().Bytes(bytes.ReplaceAll(pages[0], []byte("–"), []byte("-")))
	if err != nil {
		t.Fatal(err)
	}
	pages = append(pages, latin)
	betweens := []string{"", "\n", "\n\n\n", "\n----\n", "\n\n----\n\n"}
	r := rand.New(rand.NewPCG(19, 5))
	cuts := 0
	for round := range 40 {
		var in bytes.Buffer
		for range 3 + r.IntN(8) {
			page := pages[r.IntN(len(pages))]
			if r.IntN(2) == 0 {
				// cat of files without a final line end: the next page
				// begins on the last line of this one.
				page = bytes.TrimRight(page, "\n")
			}
			in.Write(page)
			in.WriteString(betweens[r.IntN(len(betweens))])
		}
		data := in.Bytes()
		whole, err := parser.Parse("in.txt", data, parser.Options{})
		if err != nil {
			t.Fatal(err)
		}
		enc, ok, _ := parser.Splittable(bytes.NewReader(data))
		if !ok {
			t.Fatalf("round %d: the pages pasted together are not splittable", round)
		}
		pieces := parser.SplitPages(data, 1)
		cuts += len(pieces) - 1
		var streamed []parser.Piece
		if err := parser.SplitReader(bytes.NewReader(data), 1, func(p parser.Piece) bool {
			streamed = append(streamed, p)
			return true
		}); err != nil {
			t.Fatal(err)
		}
		if len(streamed) != len(pieces) {
			t.Fatalf("round %d: SplitReader cut %d pieces, SplitPages %d", round, len(streamed), len(pieces))
		}
		for i := range pieces {
			if !bytes.Equal(streamed[i].Data, pieces[i].Data) || streamed[i].FirstLine != pieces[i].FirstLine {
				t.Fatalf("round %d: piece %d differs between SplitReader and SplitPages", round, i)
			}
		}
		var parts []*parser.Project
		for _, p := range pieces {
			recs, err := parser.Parse("in.txt", p.Data, parser.Options{FirstLine: p.FirstLine, Encoding: enc})
			if err != nil {
				t.Fatal(err)
			}
			parts = append(parts, recs...)
		}
		if a, b := recordsJSON(t, whole), recordsJSON(t, parts); a != b {
			i := 0
			for i < len(a) && i < len(b) && a[i] == b[i] {
				i++
			}
			t.Fatalf("round %d: %d pieces read otherwise than the whole input of %d records:\nwhole  %.300s\npieces %.300s", round, len(pieces), len(whole), a[max(i-150, 0):], b[max(i-150, 0):])
		}
	}
	if cuts < 40 {
		t.Errorf("SplitPages cut %d times in 40 inputs of several pages; want most boundaries cut", cuts)
	}
}

// TestSplitPagesKeepsSmallInputs holds the size threshold at its edge.
func TestSplitPagesKeepsSmallInputs(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "testdata", "multi", "seeds_separated.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if n := len(parser.SplitPages(data, len(data))); n != 1 {
		t.Errorf("an input of exactly size bytes gave %d pieces, want 1", n)
	}
	if n := len(parser.SplitPages(data, len(data)-1)); n != 1 {
		t.Errorf("an input a byte over size gave %d pieces, want 1: no boundary lies size bytes in", n)
	}
	if n := len(parser.SplitPages(data, 1)); n < 2 {
		t.Errorf("the separated seeds gave %d pieces at size 1, want one a page", n)
	}
	latin, err := charmap.Windows1252.NewEncoder().Bytes(bytes.ReplaceAll(data, []byte("–"), []byte("-")))
	if err != nil {
		t.Fatal(err)
	}
	if n := len(parser.SplitPages(latin, 1)); n != 1 {
		t.Errorf("Windows-1252 text gave %d pieces, want it read whole", n)
	}
	if n := len(parser.SplitPages(bytes.ReplaceAll(data, []byte("\n"), []byte("\r")), 1)); n != 1 {
		t.Errorf("lines ended by CR gave %d pieces, want the input read whole", n)
	}
}

func recordsJSON(t *testing.T, recs []*parser.Project) string {
	t.Helper()
	b, err := json.Marshal(recs)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
