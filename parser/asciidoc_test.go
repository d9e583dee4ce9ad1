package parser

import (
	"strings"
	"testing"
)

// TestAsciiDocTable reads an AsciiDoc page's table of facts as its rows,
// its header row, fences and attributes left out.
func TestAsciiDocTable(t *testing.T) {
	in := strings.Join([]string{
		"= Egenmakt", ":toc:", ":lang: sv", "", `[cols="1,2",options="header"]`, "|===", "|Fält |Värde", "",
		"|Projektägare |Arbete och Försörjning", "|Region |Sydsverige", "|===", "", "== Sammanfattning", "", "Text.",
	}, "\n")
	want := strings.Join([]string{
		"Egenmakt", "", "", "", "", "", "", "",
		"Projektägare\tArbete och Försörjning", "Region\tSydsverige", "", "", "Sammanfattning", "", "Text.", "",
	}, "\n")
	if got, ok := stripWikiMarkup(in); !ok || got != want {
		t.Errorf("stripWikiMarkup read\n%q\nwant\n%q", got, want)
	}
	for line, want := range map[string]bool{
		":toc:": true, ":lang: sv": true, ":PROPERTIES:": false, ":": false, "[cols=\"1,2\"]": true, "[%header]": true,
		"[x] klar": false, "Region: Syd": false,
	} {
		if got := asciiDocAttribute(line); got != want {
			t.Errorf("asciiDocAttribute(%q) = %v, want %v", line, got, want)
		}
	}
}
