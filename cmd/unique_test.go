package cmd

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/esfdata/esf/parser"
)

func recAt(id, path string, line int) *parser.Project {
	rec := &parser.Project{ID: &id}
	rec.Source.Path, rec.Source.Line = path, line
	return rec
}

// TestIDPlaces checks that the compact places give back every position as
// it was read: paths in folders, beside each other, at the top, on
// standard input, in a folder met again after another, and ids whose
// memory is reused by the caller after add.
func TestIDPlaces(t *testing.T) {
	ip := newIDPlaces()
	reads := []struct {
		id, path string
		line     int
		first    string // the first place given back, "" for a first reading
	}{
		{"2014/00001", "pages/a/1.txt", 1, ""},
		{"2014/00002", "pages/a/1.txt", 40, ""},
		{"2014/00006", "pages/b/1.txt", 1, ""}, // the same name in another folder
		{"2014/00003", "pages/b/x.html", 1, ""},
		{"2014/00001", "pages/a/1.txt", 80, "pages/a/1.txt:1"},
		{"2014/00004", "top.txt", 3, ""},
		{"2014/00002", "-", 1, "pages/a/1.txt:40"},
		{"2014/00005", "pages/a/2.txt", 1, ""},
		{"2014/00001", "pages/b/y.txt", 7, "pages/a/1.txt:1"},
		{"2014/00005", "pages/a/2.txt", 9, "pages/a/2.txt:1"},
	}
	buf := make([]byte, 0, 16)
	for _, r := range reads {
		// The id in memory the caller writes over next time, as a page's
		// text is to the parser's pools.
		buf = append(buf[:0], r.id...)
		id := string(buf)
		first, seen := ip.add(recAt(id, r.path, r.line))
		if got := map[bool]string{true: first.String()}[seen]; got != r.first {
			t.Errorf("add(%s at %s:%d) = %q, want %q", r.id, r.path, r.line, got, r.first)
		}
	}
	want := map[string]string{
		"2014/00001": "pages/a/1.txt:1, pages/a/1.txt:80, pages/b/y.txt:7",
		"2014/00002": "pages/a/1.txt:40, -:1",
		"2014/00003": "pages/b/x.html:1",
		"2014/00004": "top.txt:3",
		"2014/00005": "pages/a/2.txt:1, pages/a/2.txt:9",
		"2014/00006": "pages/b/1.txt:1",
		"2014/00009": "",
	}
	for id, w := range want {
		var got []string
		for _, p := range ip.places(id) {
			got = append(got, p.String())
		}
		if strings.Join(got, ", ") != w {
			t.Errorf("places(%s) = %q, want %q", id, strings.Join(got, ", "), w)
		}
	}
	if got := strings.Join(ip.repeated, " "); got != "2014/00001 2014/00002 2014/00005" {
		t.Errorf("repeated = %q", got)
	}
	for _, c := range []struct {
		rec   *parser.Project
		later string
	}{
		{recAt("2014/00001", "pages/a/1.txt", 1), "pages/b/y.txt:7"},
		{recAt("2014/00001", "pages/b/y.txt", 7), ""},
		{recAt("2014/00003", "pages/b/x.html", 1), ""},
		{recAt("2014/00009", "new.txt", 1), ""},
	} {
		last, later := ip.laterPlace(c.rec)
		if got := map[bool]string{true: last.String()}[later]; got != c.later {
			t.Errorf("laterPlace(%s at %s) = %q, want %q", *c.rec.ID, placeOf(c.rec), got, c.later)
		}
	}
	var out bytes.Buffer
	ip.report(&out)
	if !strings.Contains(out.String(), "esf: 3 projects read more than once") ||
		!strings.Contains(out.String(), "esf:   2014/00002 at pages/a/1.txt:40, -:1\n") {
		t.Errorf("report:\n%s", out.String())
	}
}

// TestIDPlacesManyBlocks reads more ids and names than one block of the
// arena holds, some longer than a block, and checks each comes back whole.
func TestIDPlacesManyBlocks(t *testing.T) {
	ip := newIDPlaces()
	long := strings.Repeat("x", arenaBlock+1)
	n := 3 * arenaBlock / 20
	for i := range n {
		ip.add(recAt(fmt.Sprintf("2014/%05d", i), fmt.Sprintf("pages/%03d/%06d.txt", i/1000, i), i+1))
	}
	ip.add(recAt(long, "pages/"+long+".txt", 1))
	for _, i := range []int{0, 1, 999, 1000, n / 2, n - 1} {
		got := ip.places(fmt.Sprintf("2014/%05d", i))
		if want := fmt.Sprintf("pages/%03d/%06d.txt:%d", i/1000, i, i+1); len(got) != 1 || got[0].String() != want {
			t.Errorf("places of page %d = %v, want %s", i, got, want)
		}
	}
	if got := ip.places(long); len(got) != 1 || got[0].Path != "pages/"+long+".txt" {
		t.Errorf("the long id's place is wrong")
	}
}

// TestStringArena checks the arena's edges: a string that just fits the
// block, one that does not, the empty string, and that earlier copies are
// unchanged by later ones.
func TestStringArena(t *testing.T) {
	var a stringArena
	first := a.add("abc")
	fill := a.add(strings.Repeat("f", arenaBlock-3)) // exactly the rest of the block
	if a.block.Len() != arenaBlock {
		t.Fatalf("block holds %d bytes after filling it, want %d", a.block.Len(), arenaBlock)
	}
	next := a.add("d") // a new block
	if a.block.Len() != 1 {
		t.Errorf("a string past a full block: block holds %d bytes, want 1", a.block.Len())
	}
	if empty := a.add(""); empty != "" {
		t.Errorf("add(\"\") = %q", empty)
	}
	if first != "abc" || next != "d" || len(fill) != arenaBlock-3 || strings.Trim(fill, "f") != "" {
		t.Errorf("copies changed: %q %q, fill of %d", first, next, len(fill))
	}
}
