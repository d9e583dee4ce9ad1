package parser

import (
	"strings"
	"testing"
)

// TestScreenChrome leaves out the chrome of phone screenshots read one
// after another, and keeps a page's short values beside no clock.
func TestScreenChrome(t *testing.T) {
	page := "9:07\n.ıl 令 87\nAA  esf.se  C\n23-038-S06 - Digga Perstorps Personal\n\nDiarienummer:\n23-038-S06\nBerörd fond:\nESF+\n" +
		"AA  a esf.se  C\n<  >  凸  m  ©\n9:07\nul 5G 87\nProgram CCI:\n2021SE05SFPR\nUnionens medfinansieringsgrad:\n40 %\nProgramområde:\nA\n"
	recs, err := Parse("skärm.txt", []byte(page), Options{})
	if err != nil || len(recs) != 1 {
		t.Fatalf("%v, %d records", err, len(recs))
	}
	rec := recs[0]
	if deref(rec.ProgrammeCCI) != "2021SE05SFPR" || deref(rec.Fund) != "ESF+" || rec.EUCofinancingRatePct == nil || *rec.EUCofinancingRatePct != 40 || deref(rec.ProgrammeAreaCode) != "A" {
		t.Errorf("read cci %q, fund %q, rate %v, area %q", deref(rec.ProgrammeCCI), deref(rec.Fund), rec.EUCofinancingRatePct, deref(rec.ProgrammeAreaCode))
	}
	for _, w := range rec.Warnings {
		t.Errorf("warning %v", w)
	}
	// A time in a text, and short words near it, are the text's.
	text := "Sammanfattning\n\nProjektet ska ge unga vägar till arbete.\n\nMöte 14 mars\n13:00\nAF och KS\nmed oss\n"
	for _, l := range screenChrome(columnLines(strings.Split(text, "\n")...)) {
		if l.furniture == furnitureScreen {
			t.Errorf("%q marked as a screen's chrome with no address bar", l.text)
		}
	}
	// Without a clock, short words are the page's.
	lines := screenChrome(columnLines("Unionens medfinansieringsgrad:", "40 %", "AA  esf.se  C"))
	for _, l := range lines {
		if l.furniture == furnitureScreen {
			t.Errorf("%q marked as a screen's chrome with no clock", l.text)
		}
	}
}

// TestStatusClock tells a status bar's clock at its edges.
func TestStatusClock(t *testing.T) {
	for s, want := range map[string]bool{
		"9:07": true, "14:32": true, "14.32": true, "0:00": true, "23:59": true,
		"9:60": false, "907": false, "114:32": false, "9:7": false, "a:07": false, "9:07 ": false, "2016": false,
	} {
		if got := statusClock(s); got != want {
			t.Errorf("statusClock(%q) = %v", s, got)
		}
	}
	for s, want := range map[string]bool{
		"AA  esf.se  C": true, "🔒 esf.se": true, "www.esf.se": true, "esf.se/projekt": false, "Läs på esf.se": false, "40 %": false,
	} {
		if got := addressBar(s); got != want {
			t.Errorf("addressBar(%q) = %v", s, got)
		}
	}
	for s, want := range map[string]bool{
		"ul 5G 87": true, "< >": true, "abc def": true, "abcd ef": false, "87": false, "40 %": false, "1 1": false,
	} {
		if got := chromeWords(s); got != want {
			t.Errorf("chromeWords(%q) = %v", s, got)
		}
	}
}
