package parser

import (
	"fmt"
	"strings"
	"testing"
)

// joplinData is Joplin's data below a note in its raw export.
var joplinData = []string{
	"id: 2e05999f6635bd3f7769cf685fcdad0f",
	"parent_id: 915b8ea142689abc3e8ff3a782e94b81",
	"created_time: 2024-03-12T10:14:05.123Z",
	"updated_time: 2024-03-12T10:20:44.001Z",
	"is_conflict: 0",
	"author: ",
	"source_url: https://www.esf.se/projektbanken/projekt/30001",
	"markup_language: 1",
	"type_: 1",
}

// TestAppData leaves out a note app's data below a page, from
// minAppDataLines lines, and keeps a page's own lines so shaped.
func TestAppData(t *testing.T) {
	page := "2020/00634 - Framtidsresan\n\nProjektnummer:\n2020/00634\nProjektägare:\nPerstorps kommun\n\nSammanfattning\n\nPerstorp är en liten kommun.\n\n"
	rec := parseOne(t, "note.md", []byte(page+strings.Join(joplinData, "\n")+"\n"))
	if got := deref(rec.Summary); got != "Perstorp är en liten kommun." {
		t.Errorf("summary %q", got)
	}
	noted := false
	for _, w := range rec.Warnings {
		noted = noted || w.Key == KeySource && strings.Contains(w.Message, "note app's data")
	}
	if !noted {
		t.Errorf("no note of the app's data: %v", rec.Warnings)
	}
	// The edges: minAppDataLines lines, half of them keys of two words,
	// minAppStamps of them a time or an id.
	block := func(n, joined, stamps int) string {
		var lines []string
		for i := range n {
			value := fmt.Sprint(i)
			if i < stamps {
				value = "2024-03-12T10:14:05.123Z"
			}
			if i < joined {
				lines = append(lines, fmt.Sprintf("field_%d: %s", i, value))
			} else {
				lines = append(lines, fmt.Sprintf("field%d: %s", i, value))
			}
		}
		return page + strings.Join(lines, "\n") + "\n"
	}
	for _, c := range []struct {
		n, joined, stamps int
		want              bool
	}{
		{minAppDataLines, minAppDataLines, minAppStamps, true},
		{minAppDataLines - 1, minAppDataLines - 1, minAppStamps, false},
		{6, 3, 2, true},
		{6, 2, 2, false},
		{minAppDataLines, minAppDataLines, minAppStamps - 1, false}, // a page's own settings: "max_deltagare: 11"
	} {
		if _, got := stripAppData(block(c.n, c.joined, c.stamps)); got != c.want {
			t.Errorf("%d lines, %d of two words, %d stamps: left out %v, want %v", c.n, c.joined, c.stamps, got, c.want)
		}
	}
	for _, c := range []struct {
		key, value string
		want       bool
	}{
		{"created_time", "2024-03-12T10:14:05.123Z", true},
		{"created_time", "2024-03-12", false},
		{"id", "2e05999f6635bd3f", true},
		{"id", "2e05999f6635bd3", false}, // one short of minAppIDLen
		{"parent_id", "915b8ea1-4268-9abc-3e8f-f3a782e94b81", true},
		{"parent_id", "915b8ea142689abcx", false},
		{"antal", "2e05999f6635bd3f", false},
	} {
		if got := appStamp(c.key, c.value); got != c.want {
			t.Errorf("appStamp(%q, %q) = %v, want %v", c.key, c.value, got, c.want)
		}
	}
	// A known label ends the block: a page written in small letters.
	own := page + "region: Sydsverige\nkontaktperson: Peter Lindow\nid: 2e05999f6635bd3f7769cf685fcdad0f\ncreated_time: 2024-03-12T10:14:05.123Z\nupdated_time: 3\nis_shared: 0\nshare_id: 4\n"
	if read, ok := stripAppData(own); !ok || !strings.Contains(read, "region: Sydsverige\nkontaktperson: Peter Lindow\n\n") {
		t.Errorf("the page's own labels left out: %v %q", ok, read)
	}
	if _, ok := stripAppData("a: 1\nb: 2\nc: 3\nd: 4\ne: 5\n"); ok {
		t.Error("a text with no underscore read")
	}
}

// TestNoteLabelChips leaves out a note app's labels below a note saved as
// a web page (Google Keep's "chips").
func TestNoteLabelChips(t *testing.T) {
	page := `<html><body><div class="note"><div class="title">2020/00634 - Framtidsresan</div>
<div class="content">Projektnummer:<br>2020/00634<br>Projektägare:<br>Perstorps kommun<br><br>Perstorp är en liten kommun.</div>
<div class="chips"><span class="chip label"><span class="label-name">ESF</span></span></div></div></body></html>
`
	rec := parseOne(t, "note.html", []byte(page))
	if got := deref(rec.Summary); got != "Perstorp är en liten kommun." {
		t.Errorf("summary %q", got)
	}
}
