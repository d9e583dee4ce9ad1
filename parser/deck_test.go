package parser

import (
	"fmt"
	"strings"
	"testing"
)

// seedFacts returns a seed page's title, its facts each on one line
// ("Diarienummer: 23-038-S06") and its paragraphs of text.
func seedFacts(t *testing.T, seed string) (string, []string, []string) {
	t.Helper()
	blocks := strings.Split(strings.TrimRight(seedPage(t, seed), "\n"), "\n\n")
	stacked := strings.Split(blocks[1], "\n")
	var facts []string
	for i := 0; i+1 < len(stacked); i += 2 {
		facts = append(facts, stacked[i]+" "+stacked[i+1])
	}
	return blocks[0], facts, blocks[2:]
}

// shortPoint returns a paragraph shortened to a slide's point.
func shortPoint(p string) string {
	if r := []rune(p); len(r) > 60 {
		return string(r[:60]) + "…"
	}
	return p
}

// TestDeckPages holds a seed page made into each program's deck to the
// page written plainly with the deck's headings: the slides' numbers,
// marks, the notes' labels, the points the notes give in full, the
// speaker's own notes and the title slide's subtitle are left out; what
// was left out that the page gives nowhere else is named.
func TestDeckPages(t *testing.T) {
	title, facts, paras := seedFacts(t, seed000)
	plain := func(between string) string {
		return title + "\n\nProjektfakta\n" + strings.Join(facts, "\n") + "\n\nSammanfattning\n" + strings.Join(paras, between) + "\n"
	}
	var notes, keynote, outline strings.Builder
	fmt.Fprintf(&notes, "Bild 1\n%s\nStyrgruppsmöte 2024-03-12\n\nAnteckningar:\nKälla: ESF-rådets projektbank.\n\n", title)
	fmt.Fprintf(&notes, "Bild 2\nProjektfakta\n%s\n\nAnteckningar:\nUppgifterna är hämtade från projektsidan.\n\n", "• "+strings.Join(facts, "\n• "))
	fmt.Fprintf(&notes, "Bild 3\nSammanfattning\n• %s\n• %s\n\nAnteckningar:\n%s\n", shortPoint(paras[0]), shortPoint(paras[1]), strings.Join(paras, "\n\n"))
	fmt.Fprintf(&keynote, "1\t%s\n\t•\tStyrgruppsmöte 2024-03-12\n2\tProjektfakta\n\t•\t%s\n3\tSammanfattning\n\t•\t%s\n", title, strings.Join(facts, "\n\t•\t"), strings.Join(paras, "\n\t•\t"))
	fmt.Fprintf(&outline, "%s\n\tStyrgruppsmöte 2024-03-12\nProjektfakta\n\t%s\nSammanfattning\n\t%s\n", title, strings.Join(facts, "\n\t"), strings.Join(paras, "\n\t"))
	for _, tt := range []struct {
		name, in, plain string
		named           []int // the lines named as left out
	}{
		{"notes pages", notes.String(), plain("\n\n"), []int{3, 6, 9 + len(facts) + 3}},
		{"Keynote's outline", keynote.String(), plain("\n"), []int{2}},
		{"PowerPoint's outline", outline.String(), plain("\n"), []int{2}},
	} {
		recs := mustParse(t, []byte(tt.in))
		if len(recs) != 1 {
			t.Errorf("%s: %d records, want 1", tt.name, len(recs))
			continue
		}
		for _, n := range tt.named {
			if !hasWarningOn(recs[0].Warnings, n, KeySource, deckLeftOutNote) {
				t.Errorf("%s: line %d, left out, is not named", tt.name, n)
			}
		}
		if withoutNotes(recs, deckNote) == 0 {
			t.Errorf("%s: the deck is not named", tt.name)
		}
		want := mustParse(t, []byte(tt.plain))
		recs[0].Warnings, want[0].Warnings = []Warning{}, []Warning{}
		if got, want := comparable(t, recs), comparable(t, want); got != want {
			t.Errorf("%s: read as\n%s\nwant the page written plainly:\n%s", tt.name, got, want)
		}
	}
}

func TestStripDeck(t *testing.T) {
	slides := func(n int, format string) string {
		var b strings.Builder
		for k := 1; k <= n; k++ {
			b.WriteString(strings.ReplaceAll(format, "%d", fmt.Sprint(k)))
		}
		return b.String()
	}
	notesSlide := "Bild %d\nRubrik %d\n• Text %d…\n\nAnteckningar:\nText %d i sin helhet.\n\n"
	subtitle := func(n int) string {
		return "Within\n" + strings.Repeat("\tStyrgruppsmöte\n", n) + "Projektfakta\n\tRegion: Sydsverige\nBakgrund\n\tText.\n"
	}
	for _, tt := range []struct {
		name, in, want string
		ok             bool
	}{
		{"minDeckSlides-1 notes pages", slides(minDeckSlides-1, notesSlide), "", false},
		{"minDeckSlides notes pages", slides(minDeckSlides, notesSlide), slides(minDeckSlides, "Bild %d\nRubrik %d\n\n\n\nText %d i sin helhet.\n\n"), true},
		{"notes pages, no notes", slides(minDeckSlides, "Bild %d\nRubrik\n• Text\n\n"), "", false},
		{"the speaker's notes left out", "Bild 1\nWithin\n\nBild 2\nProjektfakta\n• Region: Sydsverige\n\nAnteckningar: Säg hej.\n\nBild 3\nText.\n",
			"Bild 1\nWithin\n\nBild 2\nProjektfakta\n• Region: Sydsverige\n\n\n\nBild 3\nText.\n", true},
		{"a slide's title alone over its notes", "Bild 1\nWithin\n\nBild 2\nBakgrund\n\nAnteckningar: Text.\n\nBild 3\nText.\n",
			"Bild 1\nWithin\n\nBild 2\nBakgrund\n\nText.\n\nBild 3\nText.\n", true},
		{"minDeckSlides-1 numbered titles", slides(minDeckSlides-1, "%d\tRubrik %d\n\t•\tText %d\n"), "", false},
		{"minDeckSlides numbered titles", slides(minDeckSlides, "%d\tRubrik %d\n\t•\tText %d\n"),
			"Rubrik 1\n\n" + strings.TrimPrefix(slides(minDeckSlides, "Rubrik %d\n\tText %d\n"), "Rubrik 1\n\tText 1\n"), true},
		{"minDeckSlides-1 titles of an outline", slides(minDeckSlides-1, "Rubrik %d\n\tText %d\n"), "", false},
		{"minDeckSlides titles of an outline", slides(minDeckSlides, "Rubrik %d\n\tText %d\n"),
			"Rubrik 1\n\n" + strings.TrimPrefix(slides(minDeckSlides, "Rubrik %d\n\tText %d\n"), "Rubrik 1\n\tText 1\n"), true},
		{"an outline with a blank line", slides(minDeckSlides, "Rubrik %d\n\tText %d\n") + "\nText.\n", "", false},
		{"an outline's titles that are labels", strings.ReplaceAll(slides(minDeckSlides, "Rubrik %d\n\tText %d\n"), "Rubrik 2", "Region:"), "", false},
		{"a subtitle of maxSubtitleLines", subtitle(maxSubtitleLines), "Within\n" + strings.Repeat("\n", maxSubtitleLines) + "Projektfakta\n\tRegion: Sydsverige\nBakgrund\n\tText.\n", true},
		{"a subtitle of maxSubtitleLines+1", subtitle(maxSubtitleLines + 1), "", false},
		{"a first slide of the page's facts", "Within\n\tRegion: Sydsverige\nProjektfakta\n\tNamn: A\nBakgrund\n\tText.\n", "", false},
	} {
		got, ok := stripDeck(tt.in)
		if ok != tt.ok || ok && got != tt.want {
			t.Errorf("%s: stripDeck = %q, %v; want %q, %v", tt.name, got, ok, tt.want, tt.ok)
		}
	}
	if outOfOrder := strings.Replace(slides(minDeckSlides, "%d\tRubrik %d\n\t•\tText %d\n"), "2\t", "4\t", 1); numberedOutline(splitLines(outOfOrder)) {
		t.Errorf("numberedOutline(%q): titles out of order read as numbered", outOfOrder)
	}
}
