package mangle

import (
	"bytes"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func testPages(t *testing.T) map[string][]byte {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("..", "..", "testdata", "pages", "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no test pages: %v", err)
	}
	pages := map[string][]byte{}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		pages[filepath.Base(f)] = data
	}
	return pages
}

// TestParseDocFindsFieldBlocks pins what the generator knows of each test
// page: its layout, its title and how many fields it has.
func TestParseDocFindsFieldBlocks(t *testing.T) {
	want := map[string]struct {
		layout, title string
		fields        int
	}{
		"000_79b1cc7135eb8e4d.txt": {"colon", "23-038-S06 - Digga Perstorps Personal", 20},
		"001_451f6fcbe595c098.txt": {"colon", "2020/00634 - Framtidsresan", 16},
		"002_7858258275a19d00.txt": {"stacked", "Within Kompetens", 11},
		"003_fc0d866d55fe1104.txt": {"glued", "Egenmakt", 10},
		"004_4a684bc2c2b12aa3.txt": {"glued", "Gagna:kompetens", 10},
	}
	for name, page := range testPages(t) {
		d := parseDoc(page)
		if d == nil {
			t.Errorf("%s: no field block", name)
			continue
		}
		w := want[name]
		title := ""
		if l := d.title(); l != nil {
			title = l.text
		}
		if d.layout != w.layout || title != w.title || len(d.fields()) != w.fields {
			t.Errorf("%s: layout %s, title %q, %d fields; want %s, %q, %d", name, d.layout, title, len(d.fields()), w.layout, w.title, w.fields)
		}
		if text, _ := d.render(); !bytes.Equal(text, page) {
			t.Errorf("%s: the unchanged page does not render as itself", name)
		}
	}
}

// TestFamilies checks every family on every page: the text changes, the
// changed lines are lines of the new text, and the same seed gives the same
// variation.
func TestFamilies(t *testing.T) {
	for name, page := range testPages(t) {
		for _, fam := range Families() {
			v, ok := Apply(page, rand.New(rand.NewPCG(1, 2)), fam.Name)
			if !ok {
				continue
			}
			if bytes.Equal(v.Text, page) {
				t.Errorf("%s %s: the text did not change", name, fam.Name)
			}
			// Line ends, a page encoded twice or written with entities
			// change every line and name none: the record must stay the
			// page's.
			if len(v.Lines) == 0 && fam.Name != "crlf" && fam.Name != "double-encoded" && fam.Name != "html-leftovers" {
				t.Errorf("%s %s: no changed line", name, fam.Name)
			}
			n := bytes.Count(v.Text, []byte("\n")) + 1
			for _, l := range v.Lines {
				if l < 1 || l > n {
					t.Errorf("%s %s: changed line %d outside 1..%d", name, fam.Name, l, n)
				}
			}
			again, _ := Apply(page, rand.New(rand.NewPCG(1, 2)), fam.Name)
			if !bytes.Equal(again.Text, v.Text) || !slices.Equal(again.Lines, v.Lines) {
				t.Errorf("%s %s: the same seed gave another variation", name, fam.Name)
			}
		}
	}
}

// TestHyphenBreakNamesBothLines checks that a label broken over two lines
// names both, in the new text's numbering.
func TestHyphenBreakNamesBothLines(t *testing.T) {
	page := []byte("Titel\n\nProjektägare:\nNågon AB\n")
	v, ok := Apply(page, rand.New(rand.NewPCG(3, 4)), "label-hyphen-break")
	if !ok {
		t.Fatal("no variation")
	}
	lines := strings.Split(string(v.Text), "\n")
	if !slices.Equal(v.Lines, []int{3, 4}) || !strings.HasSuffix(lines[2], "-") || !strings.HasSuffix(lines[3], ":") {
		t.Errorf("got lines %v of\n%s", v.Lines, v.Text)
	}
}

// TestPasteMarksSeams checks the lines Paste names: the last line of a page
// and the next page up to its first field.
func TestPasteMarksSeams(t *testing.T) {
	a := []byte("A\n\nNamn:\na")
	b := []byte("Logotyp på utskrifter\n\nB\n\nNamn:\nb")
	for _, tc := range []struct {
		between string
		lines   []int
	}{
		{"", []int{4, 5, 6, 7}},
		{"\n", []int{4, 5, 6, 7, 8}},
		{"\n----\n", []int{4, 5, 6, 7, 8, 9}},
	} {
		v := Paste([][]byte{a, b}, []int{0, 1}, "paste", tc.between)
		if !slices.Equal(v.Lines, tc.lines) {
			t.Errorf("between %q: lines %v, want %v in\n%s", tc.between, v.Lines, tc.lines, v.Text)
		}
	}
}

// TestExpectations checks the record changes the value families announce.
func TestExpectations(t *testing.T) {
	page := []byte("T\n\nProjektägare:\nNågon AB\nRegion:\nSydsverige\n")
	v, _ := Apply(page, rand.New(rand.NewPCG(5, 6)), "owner-capitals")
	if len(v.Expect) != 1 || v.Expect[0].Key != "owner" || v.Expect[0].Value == nil || !strings.Contains(string(v.Text), *v.Expect[0].Value) {
		t.Errorf("owner-capitals: expect %+v for\n%s", v.Expect, v.Text)
	}
	for seed := range uint64(8) {
		v, _ := Apply(page, rand.New(rand.NewPCG(seed, 6)), "value-empty")
		for _, e := range v.Expect {
			if e.Value != nil || e.Key != "owner" && e.Key != "region" {
				t.Errorf("value-empty: expect %+v", v.Expect)
			}
			if e.Key == "region" && !slices.Contains(v.MayDiffer, "nuts2") {
				t.Errorf("value-empty of region: nuts2 may differ, got %v", v.MayDiffer)
			}
		}
	}
}
