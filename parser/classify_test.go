package parser

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestFileHeader(t *testing.T) {
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"===== 004_4a684bc2c2b12aa3.txt =====", true},
		{"sidor/003_fc0d866d55fe1104.txt", true},
		{"::::::::::::::", true},
		{"  inflating: 002_7858258275a19d00.txt  ", true},
		{"Archive:  esf-sidor-2026-03-02.zip", true},
		{"### Sida 2.html", true},
		{"Sida 2.html", false}, // a space, and no marks: words
		{"=== en mening om sju ord i rapport.txt ===", false},
		{"=== en mening om sex ord rapport.txt ===", true},
		{"==> sida2.HTML <==", true},
		{"--- sida.md ---", true},
		{"rapport.pdf", false}, // no file of pages
		{"www.perstorp.se/digga.html", false},
		{"https://www.esf.se/projekt/digga.html", false},
		{"- budget.csv", false}, // a list's item
		{"budget.csv", false},   // a name alone, no folder: a page's line
		{"sidor\\sida2.txt", true},
		{"anna@esf.se/x.txt", false},
		{"Bilaga: rapport.txt", false},
		{"Läs mer på esf.se", false},
		{".txt", false},
		{"www.esf.se", false},
		{"Projektet.", false},
	} {
		if got := furnitureOf(strings.TrimSpace(tt.line)) == furnitureSeparator; got != tt.want {
			t.Errorf("furnitureOf(%q) is a separator: %v, want %v", tt.line, got, tt.want)
		}
	}
	long := "d/" + strings.Repeat("a", maxFileName-len("d/.txt")) + ".txt"
	if !fileHeader(long) || fileHeader("d"+long) {
		t.Errorf("fileHeader at maxFileName: %v, one over: %v", fileHeader(long), fileHeader("d"+long))
	}
}

// TestSeparatorFirst holds separatorFirst to isSeparator: every mark
// isSeparator counts and every space it passes over begins with a byte
// the table lets through, so that the table rejects no separator line.
func TestSeparatorFirst(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if !utf8.ValidRune(r) {
			continue
		}
		s := string(r)
		if (unicode.IsSpace(r) || isSeparator(strings.Repeat(s, 3))) && !separatorFirst[s[0]] {
			t.Errorf("%U (%q) is a separator's mark or space, but separatorFirst holds no %#x", r, s, s[0])
		}
	}
	for _, tc := range []struct {
		line string
		want bool
	}{
		{"----", true},
		{"\u00a0---", true}, // a space beyond ASCII first
		{"\u3000===", true},
		{"·······", true},
		{"— — —", true},
		{"==> sida2.txt <==", true},
		{"Projektägare: ---", false},
		{"a---", false},
		{"", false},
	} {
		if got := isSeparator(tc.line); got != tc.want {
			t.Errorf("isSeparator(%q) = %v, want %v", tc.line, got, tc.want)
		}
	}
}

// TestPrintColumns reads a printout's header or footer whose parts a
// PDF's text keeps on one line as print furniture, and a line with one
// part that is no header's as none.
func TestPrintColumns(t *testing.T) {
	for in, want := range map[string]bool{
		"Sida 2 av 3                   2024-02-15 15:13":                                           true,
		"Egenmakt – Svenska ESF-rådet          https://www.esf.se/resultat/alla-projekt/egenmakt/": true,
		"3/10/2024 15:22\tGagna:kompetens - Svenska ESF-rådet":                                     true,
		"https://www.esf.se/x/     1/3":                                                            true,
		"Sida 2 av 3  2024-02-15 15:13":                                                            false, // a gap of two
		"Sida 2 av 3          Projektägare":                                                        false,
		"Egenmakt – Svenska ESF-rådet":                                                             false, // alone: the title's
		"Projektägare          Perstorps kommun":                                                   false,
		"Region Skåne – ESF-rådet          2024-02-15 15:13":                                       false,
		"www.perstorp.se/framtidsresan    www.esf.se/framtidsresan":                                false,
		// A case system's sheet header: the page's own title beside a
		// print date and the sheet's count; without the count, or with
		// two parts of its own, a line of the page's.
		"Egenmakt (2008-3050101)    Utskriven 2024-03-12 10:32    Sida 2 av 5": true,
		"Egenmakt (2008-3050101)    Utskriven 2024-03-12 10:32":                false,
		"Egenmakt    Trelleborg    Sida 2 av 5":                                false,
		"Egenmakt    Sida 2 av 5":                                              false,
		// A banner between pages pasted, with its sheet's count.
		"Utskrivet från ESF-rådets projektbank 2/3":           true,
		"Projektbanken – sida 2 av 3":                         true,
		"Utskrivet från ESF-rådets projektbank":               false, // no count
		"Utskrivet från ESF-rådets projektbank 4/3":           false, // past its count
		"Egenmakt i Trelleborg 2/3":                           false, // neither print nor bank
		"--- sida 2 ---":                                      true,
		"== Sida 2 av 3 ==":                                   true,
		"— Page 4 —":                                          true,
		"--- Egenmakt ---":                                    false,
		"sida 2":                                              true,
		"--- sida 2 i ordningen, se nedan ---":                false,
		"- Projekt 1 av 3":                                    false, // a list's item
		"- Sida 2 av 3":                                       false,
		"--- Projekt 2 av 3 ---":                              false,
		"I förstudien fick av de utskrivna deltagarna 2 av 3": false, // discharged, no print
		"Utskrivna deltagare i arbete: 2 av 3":                false,
		// maxBannerLen at its edge: 43 bytes and 37 of " x" are 80.
		"Utskrivet från ESF-rådets projektbank" + strings.Repeat(" x", 37/2) + "x 2/3":  true,
		"Utskrivet från ESF-rådets projektbank" + strings.Repeat(" x", 37/2) + "xx 2/3": false,
	} {
		if got := isPrintFurniture(in); got != want {
			t.Errorf("isPrintFurniture(%q) = %v, want %v", in, got, want)
		}
	}
	if got := gapParts("a   b\tc  d"); !slices.Equal(got, []string{"a", "b", "c  d"}) {
		t.Errorf("gapParts = %q", got)
	}
}

// TestDigestEnd reads the line a list's digest ends with as furniture,
// and a sentence that begins as one as the page's.
func TestDigestEnd(t *testing.T) {
	for _, c := range []struct {
		line string
		want bool
	}{
		{"End of ESF-UTV Digest, Vol 12, Issue 3", true},
		{"End of ESF-UTV Digest - 22 Jan 2024 to 23 Jan 2024 (#2024-15)", true},
		{"Slut på ESF-UTV Sammandrag, Vol 12, Nummer 3", true},
		{"end of esf-utv digest", true},
		{"End of the project's digest of results was sent to the board.", false},
		{"Slutet på projektet sammandrag", false},
		{"End of ESF-UTV Digests", false},
		{"End of " + strings.Repeat("x", maxDigestEnd) + " Digest", false},
	} {
		if got := isDigestEnd(c.line); got != c.want {
			t.Errorf("isDigestEnd(%q) = %v, want %v", c.line, got, c.want)
		}
	}
}

// TestDigitGroup checks the lines that are an amount's next group of
// digits, wrapped a group to a line.
func TestDigitGroup(t *testing.T) {
	for line, want := range map[string]bool{
		"000": true, "000 kr": true, "836 SEK": true,
		"00": false, "0000": false, "000 st": false, "kr": false, "": false, "12a": false,
	} {
		if got := digitGroup(line); got != want {
			t.Errorf("digitGroup(%q) = %v, want %v", line, got, want)
		}
	}
}

// TestMisreadPageTop holds a printout's top line a few letters off to
// maxPageTopSlips, and lines of the page's away from it.
func TestMisreadPageTop(t *testing.T) {
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"Logotyp på utskrifter", true},
		{"Logolyp på utskrifter", true},            // one slip
		{"Logolyp pa utskrifter", true},            // two: maxPageTopSlips
		{"Logolyp pa utskriftcr", false},           // three
		{"Logo on prinlouts", true},                // two, in English
		{"Logotyp på utskrifter och skärm", false}, // words added
		{"Logotyp", false},
		{"Within Kompetens", false},
		{"Utskrivet från projektbanken", false},
	} {
		if got := misreadPageTop(tt.text); got != tt.want {
			t.Errorf("misreadPageTop(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestOutlineNumberedLabels checks a document's outline numbers before
// labels ("1.3. Projektägare", "1.10 Region"), as Word numbers its lines:
// the labels read; a value's number, and a heading's, stay as they were.
func TestOutlineNumberedLabels(t *testing.T) {
	page := "Gagna:kompetens\n\n1.9. Region\nÖstra Mellansverige\n1.10 Projektägare\nRegionförbundet Östsam\n1.3. Projektfas: Förprojektering\n1.1 Programområde:\n1.1 Kompetensförsörjning\n"
	rec := parseOne(t, "word.txt", []byte(page))
	if deref(rec.Region) != "Östra Mellansverige" || deref(rec.Owner) != "Regionförbundet Östsam" || deref(rec.ProjectPhase) != "Förprojektering" || deref(rec.ProgrammeAreaCode) != "1.1" {
		t.Errorf("region %s, owner %s, phase %s, area %s", deref(rec.Region), deref(rec.Owner), deref(rec.ProjectPhase), deref(rec.ProgrammeAreaCode))
	}
	for in, label := range map[string]bool{"1.3. Projektägare": true, "1.10 Region": true, "2 Region": false, "1.1 Kompetensförsörjning": false, "1.1 Region Skåne": false} {
		if got := classify(in, 1, false).term != nil; got != label {
			t.Errorf("classify(%q) a label: %v, want %v", in, got, label)
		}
	}
}
