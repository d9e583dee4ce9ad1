package parser

import (
	"slices"
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
		if w.Message != stitchNote {
			t.Errorf("warning %v", w)
		}
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
		"LTE 62%": true, "4G 87 %": true, "7 380 388 kr": false, "493 090 kr": false, "820 090 SEK": false,
	} {
		if got := chromeWords(s); got != want {
			t.Errorf("chromeWords(%q) = %v", s, got)
		}
	}
}

// screenshots writes text as OCR reads a phone's screenshots of it, one
// below the other: size lines a screen, each screen's status bar and
// address bar above, its tool bar below, the next screen beginning
// overlap lines above where the one before ended.
func screenshots(text string, size, overlap int) string {
	lines := strings.Split(text, "\n")
	var out []string
	for from := 0; from < len(lines); {
		to := min(len(lines), from+size)
		out = append(out, "13:40", "5G", "🔒 esf.se")
		out = append(out, lines[from:to]...)
		out = append(out, "AA  esf.se  ↻")
		if to == len(lines) {
			break
		}
		from = to - overlap
	}
	return strings.Join(out, "\n")
}

// TestStitchScreens reads a page read off screenshots that overlap: it
// reads as the page, its text whole, the bars and the lines shown twice
// left out; one screen is left as it is (its bars are furniture).
func TestStitchScreens(t *testing.T) {
	for _, seed := range []string{seed2021, seedGlued} {
		text := string(seedLinesWith(t, seed))
		want := jsonMap(t, parseOne(t, seed, []byte(text)))
		for _, overlap := range []int{0, 1, 3} {
			got := jsonMap(t, parseOne(t, seed, []byte(screenshots(text, 20, overlap))))
			for _, k := range []string{"id", "name", "owner", "region", "summary", "background", "goals", "municipalities"} {
				if jsonString(got[k]) != jsonString(want[k]) {
					t.Errorf("%s, overlap %d: %s = %.100s, want %.100s", seed, overlap, k, jsonString(got[k]), jsonString(want[k]))
				}
			}
		}
	}
	one := "13:40\n5G\n🔒 esf.se\nRegion:\nSydsverige\nAA  esf.se  ↻\n"
	if _, _, _, ok := stitchScreens(one); ok {
		t.Errorf("one screen stitched")
	}
	// A number beside one bar only is the page's: "87" / "Antal deltagare:".
	two := "13:40\n🔒 esf.se\nAntal deltagare:\n87\nRegion:\nAA  esf.se  ↻\n13:41\n🔒 esf.se\nRegion:\nSydsverige\n"
	if read, _, _, ok := stitchScreens(two); !ok || read != "Antal deltagare:\n87\nRegion:\nSydsverige\n" {
		t.Errorf("stitchScreens = %q, %v", read, ok)
	}
}

// TestAmountAtScreenFoot reads a page whose fact table a phone's OCR read
// a column at a time, its labels above its values, off screenshots that
// end and begin on an amount and a contact's name over the address: the
// amount is a value, no icon of the bars, and the address stands alone.
func TestAmountAtScreenFoot(t *testing.T) {
	page := strings.Join([]string{
		"20:43", "87", "🔒 esf.se",
		"Logotyp på utskrifter", "Within Kompetens",
		"Programområde", "Region", "Utlysning", "Projektägare", "Projektnummer", "Planerat antal deltagare",
		"Projektperiod", "Total projektbudget", "Beviljat ESF-stöd", "Kontaktperson", "E-post",
		"1.1 Kompetensförsörjning", "Sydsverige", "2015/00538", "Kristianstads kommun", "2015/00764", "440",
		"2016-02-02-2019-01-31", "9 997 836 kr", "7 380 388 kr", "Kaisa Welander", "kaisa.welander@kristianstad.se",
		"AA 🔒 esf.se C",
		"20:43", "87", "A esf.se",
		"7 380 388 kr", "Kaisa Welander", "kaisa.welander@kristianstad.se",
		"Sammanfattning",
		"Projekt Within po 1 grundar sig i ett", "väl förankrat förarbete, framförallt",
		"via en förstudie genomförd under 2014", "kring gruppen inaktiva/unga i",
		"utanförskap. Målgruppen utgör ett", "prioriterat arbetsområde för samtliga",
		"berörda kommunala verksamheter inom ex", "utbildning, socialtjänst och",
		"arbetsmarknad. Arbetet har en stark", "politisk förankring i Skåne Nordost.",
		"AA  esf.se  ↻",
	}, "\n") + "\n"
	want := jsonMap(t, parseOne(t, seedStacked, seedLinesWith(t, seedStacked)))
	got := jsonMap(t, parseOne(t, "skärm.txt", []byte(page)))
	for _, k := range []string{"id", "name", "call_id", "owner", "region", "start_date", "end_date", "total_budget_sek", "esf_support_sek", "contact_name", "contact_email", "participants"} {
		if jsonString(got[k]) != jsonString(want[k]) {
			t.Errorf("%s = %s, want %s", k, jsonString(got[k]), jsonString(want[k]))
		}
	}
}

// bareScreenshots writes text as screenshots read without their bars:
// size lines a screen, the next beginning overlap lines above where the
// one before ended.
func bareScreenshots(text string, size, overlap int) string {
	lines := strings.Split(text, "\n")
	var out []string
	for from := 0; from < len(lines); {
		to := min(len(lines), from+size)
		out = append(out, lines[from:to]...)
		if to == len(lines) {
			break
		}
		from = to - overlap
	}
	return strings.Join(out, "\n")
}

// TestStitchOverlaps reads a page read off screenshots whose bars were cut
// off: the lines each screen shows again are left out, named, and the page
// reads as its seed; a pair of lines shown twice once, or a single line
// shown twice, is the page's.
func TestStitchOverlaps(t *testing.T) {
	for _, seed := range []string{seed2021, seedStacked, seedGlued} {
		text := strings.Join(strings.Fields(strings.ReplaceAll(string(seedLinesWith(t, seed)), " ", "\x00")), "\n")
		text = strings.ReplaceAll(text, "\x00", " ")
		want := jsonMap(t, parseOne(t, seed, []byte(text)))
		for _, overlap := range []int{2, 3, 4} {
			got := jsonMap(t, parseOne(t, seed, []byte(bareScreenshots(text, 20, overlap))))
			for _, k := range []string{"id", "name", "owner", "region", "programme_area_code", "summary", "background", "goals", "municipalities"} {
				if jsonString(got[k]) != jsonString(want[k]) {
					t.Errorf("%s, overlap %d: %s = %.100s, want %.100s", seed, overlap, k, jsonString(got[k]), jsonString(want[k]))
				}
			}
		}
	}
	for _, tt := range []struct {
		text string
		ok   bool
	}{
		// minBareOverlaps runs, minOverlapText lines of text each.
		{"Region:\nSydsverige\nRegion:\nSydsverige\nNUTS-2 kod:\nSE22\nAntal deltagare:\n605\nAntal deltagare:\n605\n", true},
		// One run fewer: a pair given twice by a slip of the paste.
		{"Region:\nSydsverige\nRegion:\nSydsverige\nNUTS-2 kod:\nSE22\nAntal deltagare:\n605\n", false},
		// One line of text each: two fields' values.
		{"Ja\n\nJa\n\nNUTS-2 kod:\nSE22\nNej\n\nNej\n\n", false},
	} {
		read, _, cut, ok := stitchOverlaps(tt.text)
		if ok != tt.ok || ok != (read != tt.text) {
			t.Errorf("stitchOverlaps(%q) = %q, %v, %v", tt.text, read, cut, ok)
		}
	}
	if read, _, cut, _ := stitchOverlaps("Region:\nSydsverige\nRegion:\nSydsverige\nNUTS-2 kod:\nSE22\nAntal deltagare:\n605\nAntal deltagare:\n605\n"); read != "Region:\nSydsverige\nNUTS-2 kod:\nSE22\nAntal deltagare:\n605\n" || !slices.Equal(cut, []int{3, 4, 9, 10}) {
		t.Errorf("stitchOverlaps = %q, cut %v", read, cut)
	}
}
