package parser

import (
	"strings"
	"testing"
)

// TestPostScript reads a page printed to a file by enscript and by a2ps:
// the strings shown, each line begun by a move, Latin-1 raw or escaped,
// a new sheet at each page's comment; a file of no strings, or no
// PostScript, is none.
func TestPostScript(t *testing.T) {
	enscript := "%!PS-Adobe-3.0\n%%Title: Enscript Output\n%%EndComments\n/M {moveto} bind def\n%%Page: (1) 1\n" +
		"24 780 M\n24 758 M\n(Egenmakt) s\n24 736 M\n24 725 M\n(Projekt\\344gare) s\n24 714 M\n(Arbete och F\366rs\366rjning) s\n" +
		"24 703 M\n(Region) s\n24 692 M\n(Sydsverige) s\n%%Page: (2) 2\n24 780 M\n(Projektperiod) s\n24 769 M\n(2009-01-15 till 2009-10-31 \\(prel.\\)) s\nshowpage\n"
	recs, err := Parse("sida.ps", []byte(enscript), Options{})
	if err != nil || len(recs) != 1 {
		t.Fatalf("enscript: %d records, %v", len(recs), err)
	}
	r := recs[0]
	if deref(r.Name) != "Egenmakt" || deref(r.Owner) != "Arbete och Försörjning" || deref(r.Region) != "Sydsverige" || r.Lines[KeyRegion] != 17 {
		t.Errorf("enscript: name %q, owner %q, region %q on line %d", deref(r.Name), deref(r.Owner), deref(r.Region), r.Lines[KeyRegion])
	}
	if !warnedOf(r, "printed to a file as PostScript") {
		t.Errorf("the reading not named: %v", r.Warnings)
	}
	a2ps := "%!PS-Adobe-3.0\n%%Creator: a2ps\n%%Page: (1) 1\n(Egenmakt) p n\n() p n\n(Projekt\\344gare: Arbete och F\\366rs\\366rjning) p n\n(Region: Sydsverige) p n\n"
	recs, err = Parse("sida.prn", []byte(a2ps), Options{})
	if err != nil || len(recs) != 1 || deref(recs[0].Owner) != "Arbete och Försörjning" || deref(recs[0].Region) != "Sydsverige" {
		t.Errorf("a2ps: %v, %+v", err, recs)
	}
	for _, data := range []string{"%!PS-Adobe-3.0\n/M {moveto} bind def\n24 780 M\nshowpage\n", "Projektägare: (Arbete) s\n"} {
		if _, _, ok := readPostScript([]byte(data)); ok {
			t.Errorf("%q read as PostScript's text", data)
		}
	}
	for in, want := range map[string]string{
		`(Projekt\344gare)`: "Projekt\xe4gare",
		`(a (b) c)`:         "a (b) c",
		`(a\)b)`:            "a)b",
		`(x\101y)`:          "xAy",
		`(cut`:              "cut",
		`(\`:                `\`, // a lone backslash at the end stays
	} {
		if got, _ := postScriptString([]byte(in), 0); got != want {
			t.Errorf("postScriptString(%q) = %q, want %q", in, got, want)
		}
	}
}

func FuzzPostScript(f *testing.F) {
	f.Add([]byte("%!PS-Adobe-3.0\n%%Page: (1) 1\n24 780 M\n(Egenmakt) s\n(a\\(b) p n\n(\\344) s"))
	f.Fuzz(func(t *testing.T, data []byte) {
		text, at, ok := readPostScript(data)
		if ok && len(at) != strings.Count(text, "\n") {
			t.Errorf("%d lines, %d places", strings.Count(text, "\n"), len(at))
		}
	})
}
