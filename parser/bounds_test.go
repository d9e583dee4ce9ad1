package parser

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// slideCounterOf returns a slide's counter set between rules of equals
// signs, padded to exactly n bytes: "==== Bild 1 av 3 =====…".
func slideCounterOf(n, k int) string {
	c := fmt.Sprintf("==== Bild %d av 3 ", k)
	return c + strings.Repeat("=", n-len(c))
}

// TestSlideCounterLen holds the length of a slide's counter at its edge:
// a counter between rules of 32 bytes is one, left out of the record's
// text; of 33 bytes it is a rule of the page's own.
func TestSlideCounterLen(t *testing.T) {
	for _, tt := range []struct {
		text string
		want bool
	}{
		{slideCounterOf(32, 1), true},
		{slideCounterOf(33, 1), false},
	} {
		if got := isSlideCounter(tt.text); got != tt.want {
			t.Errorf("isSlideCounter(%q) (%d bytes) = %v, want %v", tt.text, len(tt.text), got, tt.want)
		}
	}
}

// TestSlideFooterBounds holds slideFooters' edges on short decks: the
// lines between two footers (minSlideLines), the footer's length
// (maxSlideFooterLen), its number's place, below it or at its end, the
// same on every slide, and the numbers one after the other to the last.
// furniture lists the lines read as a slide's furniture, left out of the
// record's fields and text; every other line is the page's own and is
// kept.
func TestSlideFooterBounds(t *testing.T) {
	// A footer of n bytes with the slide's number k at its end.
	footerOf := func(n, k int) string {
		return runes(n-2, "Region", "Ostergotland", "Analysavdelningen") + fmt.Sprintf(" %d", k)
	}
	for _, tt := range []struct {
		name      string
		lines     []string
		furniture []string
	}{
		{"numbered footers minSlideLines lines apart",
			[]string{"Egenmakt", "Projektgenomgång", "Analysavdelningen 1", "", "Projektfakta", "Region: Sydsverige", "Analysavdelningen 2", "", "Medfinansiärer", "Trelleborgs kommun", "Analysavdelningen 3"},
			[]string{"Analysavdelningen 1", "Analysavdelningen 2", "Analysavdelningen 3"}},
		{"numbered lines minSlideLines-1 line apart: a list's items",
			[]string{"Skåne", "Delprojekt 1", "", "Blekinge", "Delprojekt 2", "", "Kronoberg", "Delprojekt 3"},
			nil},
		{"a footer over numbers minSlideLines-1 line apart: the numbers alone are the slides'",
			[]string{"Skåne", "ESF i Skåne", "1", "", "Blekinge", "ESF i Skåne", "2", "", "Kronoberg", "ESF i Skåne", "3"},
			[]string{"1", "2", "3"}},
		{"a footer over its counter, the next slide right below",
			[]string{"ESF i Skåne", "Bild 1 av 3", "Projektfakta", "Region: Sydsverige", "ESF i Skåne", "Bild 2 av 3", "Sammanfattning", "Projektet ska kartlägga behoven.", "ESF i Skåne", "Bild 3 av 3"},
			[]string{"ESF i Skåne", "Bild 1 av 3", "Bild 2 av 3", "Bild 3 av 3"}},
		{"a footer over a counter of 32 bytes",
			[]string{"Egenmakt", "Projektgenomgång", "ESF i Skåne", slideCounterOf(32, 1), "", "Projektfakta", "Region: Sydsverige", "ESF i Skåne", slideCounterOf(32, 2), "", "Medfinansiärer", "Trelleborgs kommun", "ESF i Skåne", slideCounterOf(32, 3)},
			[]string{"ESF i Skåne", slideCounterOf(32, 1), slideCounterOf(32, 2), slideCounterOf(32, 3)}},
		{"a footer of maxSlideFooterLen bytes",
			[]string{"Egenmakt", "Projektgenomgång", footerOf(maxSlideFooterLen, 1), "", "Projektfakta", "Region: Sydsverige", footerOf(maxSlideFooterLen, 2), "", "Medfinansiärer", "Trelleborgs kommun", footerOf(maxSlideFooterLen, 3)},
			[]string{footerOf(maxSlideFooterLen, 1), footerOf(maxSlideFooterLen, 2), footerOf(maxSlideFooterLen, 3)}},
		{"a line of maxSlideFooterLen+1 bytes is the page's",
			[]string{"Egenmakt", "Projektgenomgång", footerOf(maxSlideFooterLen+1, 1), "", "Projektfakta", "Region: Sydsverige", footerOf(maxSlideFooterLen+1, 2), "", "Medfinansiärer", "Trelleborgs kommun", footerOf(maxSlideFooterLen+1, 3)},
			nil},
		{"a line with its number at its end, then below it: no one footer",
			[]string{"Egenmakt", "Projektgenomgång", "Analysavdelningen 1", "", "Projektfakta", "Region: Sydsverige", "Analysavdelningen", "2", "", "Medfinansiärer", "Trelleborgs kommun", "Analysavdelningen", "3"},
			nil},
		// The counters are a slide's wherever they stand; the heading
		// over them is the page's.
		{"a section's heading over the counter on each of its slides",
			[]string{"Egenmakt", "Projektgenomgång", "", "Bakgrund", "Bild 2 av 4", "Arbetslösheten är hög i Trelleborg.", "Många saknar gymnasieexamen.", "", "Bakgrund", "Bild 3 av 4", "Kommunen har sökt stöd förut.", "Det gav goda resultat.", "", "Bakgrund", "Bild 4 av 4", "Behoven är kartlagda.", "Arbetet börjar i höst."},
			[]string{"Bild 2 av 4", "Bild 3 av 4", "Bild 4 av 4"}},
		{"an unknown label with its value over a number",
			[]string{"Utbildningsdag", "Malmö, 12 mars", "Lokal: Folkets hus", "2", "", "Utbildningsdag", "Lund, 19 mars", "Lokal: Folkets hus", "3", "", "Utbildningsdag", "Ystad, 26 mars", "Lokal: Folkets hus", "4"},
			nil},
		{"a question over its answer",
			[]string{"Period 1", "Uppföljning", "Hur många deltagare har påbörjat en insats under redovisningsperioden:", "2", "", "Period 2", "Uppföljning", "Hur många deltagare har påbörjat en insats under redovisningsperioden:", "3", "", "Period 3", "Uppföljning", "Hur många deltagare har påbörjat en insats under redovisningsperioden:", "4"},
			nil},
		{"a line over numbers that skip at the last",
			[]string{"Egenmakt", "Projektgenomgång", "ESF i Skåne", "1", "", "Projektfakta", "Region: Sydsverige", "ESF i Skåne", "2", "", "Medfinansiärer", "Trelleborgs kommun", "ESF i Skåne", "4"},
			nil},
	} {
		for _, l := range classifyText(strings.Join(tt.lines, "\n")+"\n", nil, nil, nil, nil) {
			if want := slices.Contains(tt.furniture, l.text); (l.furniture == furniturePrint) != want {
				t.Errorf("%s: %q (%d bytes) furniture %v, want a slide's %v", tt.name, l.text, len(l.text), l.furniture, want)
			}
		}
	}
}

// TestHeadingLenBounds holds the length of a heading read inflected at its
// edge: a line of spelledHeadingLen bytes, no words added, is the heading
// it inflects, its words spaced out to the edge; one byte more, and it is
// no heading but with words added before or after it. A sentence's mark
// makes a line no heading.
func TestHeadingLenBounds(t *testing.T) {
	// The longest heading inflected, its words spaced out to n bytes.
	spaced := func(n int) string {
		head, tail := "Tillgänglighet för personer med", "funktionsnedsättningar"
		return head + strings.Repeat(" ", n-len(head)-len(tail)) + tail
	}
	for _, tt := range []struct {
		text string
		want Key
	}{
		{spaced(spelledHeadingLen), KeyAccessibility},
		{spaced(spelledHeadingLen + 1), numKeys},
		{"3. " + spaced(spelledHeadingLen) + ":", KeyAccessibility}, // its number and colon not counted
		{"Syftet?", numKeys},
		{"Syftet!", numKeys},
		{"Syftet;", numKeys},
		{"Målen, ", numKeys},
	} {
		got := numKeys
		if h := inflectedHeading(tt.text); h != nil {
			got = h.key
		}
		if got != tt.want {
			t.Errorf("inflectedHeading(%q) (%d bytes) = %v, want %v", tt.text, len(tt.text), got, tt.want)
		}
	}
}
