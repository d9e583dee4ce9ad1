package parser

import (
	"slices"
	"strings"
	"testing"
)

// TestPagesBelowText checks where a page pasted with no title below
// another page's text begins: the field block below the text is another
// page's where the page above gave its facts above its text and the
// block gives one of them again, or names another project on a new sheet;
// otherwise it is the page's own box of facts.
func TestPagesBelowText(t *testing.T) {
	const above = "Egenmakt\n\nProjektfas: Förprojektering\nProjektägare: Arbete och Försörjning\nRegion: Sydsverige\n\nText om projektet, som är lång nog att vara en mening.\n"
	tests := []struct {
		name  string
		input string
		names []string
		lines []int
	}{
		{
			name:  "one of the facts above given again",
			input: above + "Projektperiod: 2021-01-01 - 2021-12-31\nProjektägare: Perstorps kommun\nKontaktperson: Anna Berg\n",
			names: []string{"Egenmakt", ""},
			lines: []int{1, 8},
		},
		{
			name:  "one given again below two facts above: the page's own",
			input: "Egenmakt\n\nProjektägare: Arbete och Försörjning\nRegion: Sydsverige\n\nText om projektet, som är lång nog att vara en mening.\n\nProjektfas: Förprojektering\nRegion: Sydsverige\nKontaktperson: Anna Berg\n",
			names: []string{"Egenmakt"},
			lines: []int{1},
		},
		{
			name:  "facts on the next printed sheet, below the text and a sheet's head: the page's own",
			input: "Egenmakt\n\nSammanfattning\n\nText om projektet, som är lång nog att vara en mening.\n\nKommun\n\n  • Trelleborg\n\n3 (4)\n\nESF-rådet | Projekt\n\nFakta\n\nProjektfasFörprojektering\nProjektägareArbete och Försörjning\nKontaktpersonOla Johnsson\nRegionSydsverige\n\n4 (4)\n",
			names: []string{"Egenmakt"},
			lines: []int{1},
		},
		{
			name:  "none given again: the page's own",
			input: above + "\nProjektperiod: 2021-01-01 - 2021-12-31\nKontaktperson: Anna Berg\nE-post: anna@example.se\n",
			names: []string{"Egenmakt"},
			lines: []int{1},
		},
		{
			name:  "the fourth entry given again: the page's own",
			input: above + "\nProjektperiod: 2021-01-01 - 2021-12-31\nKontaktperson: Anna Berg\nE-post: anna@example.se\nRegion: Sydsverige\n",
			names: []string{"Egenmakt"},
			lines: []int{1},
		},
		{
			name:  "another name on a new sheet",
			input: above + "\fDiarienummer: 23-038-S06\nNamn: Digga Perstorps Personal\nStartdatum: 2024-03-01\n",
			names: []string{"Egenmakt", "Digga Perstorps Personal"},
			lines: []int{1, 8},
		},
		{
			name:  "the title's name on a new sheet: the page's own",
			input: above + "\fDiarienummer: 23-038-S06\nNamn: Egenmakt\nStartdatum: 2024-03-01\n",
			names: []string{"Egenmakt"},
			lines: []int{1},
		},
		{
			name:  "another name below text with no facts above: the page's own",
			input: "Egenmakt\n\nSammanfattning\n\nText om projektet, som är lång nog att vara en mening.\n\nDiarienummer: 23-038-S06\nNamn: Digga Perstorps Personal\nStartdatum: 2024-03-01\n",
			names: []string{"Digga Perstorps Personal"},
			lines: []int{1},
		},
		{
			name:  "a sheet's text ends where the next page begins",
			input: above[:len(above)-1] + "\fProjektfas: Genomförande\nProjektägare: Perstorps kommun\nKontaktperson: Anna Berg\n",
			names: []string{"Egenmakt", ""},
			lines: []int{1, 7},
		},
		{
			name:  "a label glued to the text's last line",
			input: above[:len(above)-1] + " Projektfas:\nGenomförande\nProjektägare:\nPerstorps kommun\nKontaktperson:\nAnna Berg\n",
			names: []string{"Egenmakt", ""},
			lines: []int{1, 7},
		},
		{
			name:  "a stacked label glued to a list's last item",
			input: "Gagna:kompetens\n\nProjektfas: Förprojektering\nProjektägare: Arbete och Försörjning\nRegion: Östra Mellansverige\n\nKommun\n\n • Ödeshög\n • ÖrebroProgramområde\n1.1 Kompetensförsörjning\nRegion\nSydsverige\nProjektägare\nKristianstads kommun\n",
			names: []string{"Gagna:kompetens", ""},
			lines: []int{1, 10},
		},
		{
			name:  "a label glued to a line whose word the line above hyphenated",
			input: "Egenmakt\n\nProjektägare: Arbete och Försörjning\nRegion: Sydsverige\n\nSammanfattning\n\nProjektet ska stärka kompetens-\nutvecklingen hos de anställda i kommunen. Projektnummer:\n2020/00634\nProjektägare:\nPerstorps kommun\nRegion:\nSydsverige\n",
			names: []string{"Egenmakt", ""},
			lines: []int{1, 9},
		},
		{
			name:  "a sentence wrapped at a label's word: the page's own",
			input: "Egenmakt\n\nProjektägare: Arbete och Försörjning\nRegion: Sydsverige\n\nSammanfattning\n\nProjektet drivs i nära samarbete med kommunerna i Region\nSydsverige\nProjektägare\nArbete och Försörjning\nKontaktperson\nOla Johnsson\n",
			names: []string{"Egenmakt"},
			lines: []int{1},
		},
		{
			name:  "a title right below a programme area's code alone",
			input: "Egenmakt\n\nProjektägare: Arbete och Försörjning\nRegion: Sydsverige\nProgramområde: 2\nFramtidsresan\n\nProjektnummer: 2020/00634\nProjektägare: Perstorps kommun\nRegion: Sydsverige\n",
			names: []string{"Egenmakt", "Framtidsresan"},
			lines: []int{1, 6},
		},
		{
			name:  "a glued field after the text's last sentence",
			input: "Within\n\nProgramområde: 1\nProjektägare: Kristianstads kommun\nRegion: Sydsverige\n\nText om projektet, som är lång nog.ProgramområdeProgramområde 1 Kompetensförsörjning\nProjektfasFörprojektering\nProjektägareArbete och Försörjning\n",
			names: []string{"Within", ""},
			lines: []int{1, 7},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			recs := mustParse(t, []byte(tt.input))
			var names []string
			var lines []int
			for _, r := range recs {
				name, _ := str(r.Name).(string)
				names = append(names, name)
				lines = append(lines, r.Source.Line)
			}
			if jsonString(names) != jsonString(tt.names) || jsonString(lines) != jsonString(tt.lines) {
				t.Errorf("pages %q at lines %v, want %q at %v", names, lines, tt.names, tt.lines)
			}
			if len(recs) > 1 && recs[0].Owner != nil && *recs[0].Owner != "Arbete och Försörjning" && *recs[0].Owner != "Kristianstads kommun" {
				t.Errorf("the page above took the owner %q of the page below", *recs[0].Owner)
			}
		})
	}
}

// TestMidFormFeed checks where a line is cut at a form feed: between
// text on both sides only.
func TestMidFormFeed(t *testing.T) {
	tests := map[string]int{
		"":                        -1,
		"\f":                      -1,
		"\fDiarienummer:":         -1,
		"slut.\f":                 -1,
		" \f ":                    -1,
		"slut.\fProjektfas":       5,
		"slut. \f Projektfas":     6,
		"slut.\f\fProjektfas":     5,
		"\f slut.\fProjektfas":    7,
		"en mening utan brytning": -1,
	}
	for in, want := range tests {
		if got := midFormFeed(in); got != want {
			t.Errorf("midFormFeed(%q) = %d, want %d", in, got, want)
		}
	}
}

// TestSplitEntryAtEnd checks the entry found at a line's end: a known
// label of one value, read or alone with its colon, after a space or a
// sentence's end; the line's own label and its value, a lower-case word
// and text are none.
func TestSplitEntryAtEnd(t *testing.T) {
	tests := []struct {
		text, before, entry string
		below               string
	}{
		{text: "• Örebro Projektnummer:", before: "• Örebro", entry: "Projektnummer:"},
		{text: "• ÖrebroProgramområde", before: "• Örebro", entry: "Programområde", below: "1.1 Kompetensförsörjning"},
		{text: "• Örebro Region", below: "Sydsverige"},
		{text: "• Örebro Diarienummer", before: "• Örebro", entry: "Diarienummer", below: "23-038-S06"},
		{text: " • Örebro Startdatum ", before: " • Örebro", entry: "Startdatum", below: "2024-03-01"},
		{text: "i Örebro Diarienummer", below: "23-038-S06"}, // no list's item: a sentence's words
		{text: "• Örebro Diarienummer", below: "enligt beslut"},
		{text: "• ÖrebroProjektnummer:", before: "• Örebro", entry: "Projektnummer:", below: "2020/00634"},
		{text: "• Örebro Diarienummer: 23-038-S06", before: "• Örebro", entry: "Diarienummer: 23-038-S06"},
		{text: "• Örebro Diarienummer: enligt beslut"},
		{text: "ted ESF funding: 493 090 kr"}, // a label's end, broken off it: no list's item or sentence before it
		{text: "under 2021. Diarienummer: 23-038-S06", before: "under 2021.", entry: "Diarienummer: 23-038-S06"},
		{text: "• ÖrebroProgramområdeProgramområde 2 Ökat arbetskraftsutbud", before: "• Örebro", entry: "ProgramområdeProgramområde 2 Ökat arbetskraftsutbud"},
		{text: "Mer om projektetProgramområdeProgramområde 2 Ökat arbetskraftsutbud"}, // no list's item: a word's capitals
		{text: "och möjlighet till avancemang. Programområde", before: "och möjlighet till avancemang.", entry: "Programområde", below: "1.1 Kompetensförsörjning"},
		{text: "och möjlighet till avancemang. Region", below: "Skåne arbetar med frågan"},
		{text: "och möjlighet till avancemang Programområde", below: "1.1 Kompetensförsörjning"},
		{text: "• Örebro Projektägare", below: "Region 5 AB"}, // a name's field, no shape of its own
		{text: "Projektet finansieras av Europeiska socialfonden. Programområde", below: "2 handlar om att öka arbetskraftsutbudet i regionen."},
		{text: "med kommunerna i Region", below: "Sydsverige"},
		{text: "• ÖrebroProgramområde", below: "Projektet drivs i samarbete med kommunerna i länet."},
		{text: "• ÖrebroProgramområde", below: ""},
		{text: "• ÖrebroProjektnummer:"},
		{text: "avancemang.ProgramområdeProgramområde 1 Kompetensförsörjning", before: "avancemang.", entry: "ProgramområdeProgramområde 1 Kompetensförsörjning"},
		{text: "under 2021.ProjektfasFörprojektering", before: "under 2021.", entry: "ProjektfasFörprojektering"},
		{text: "Programmets område: Programområde 2 Ökat arbetskraftsutbud"},
		{text: "projektet drivs i samarbete med region"},
		{text: "Kommunen har länge arbetat med frågan"},
		{text: "ett fåtal kommuner: Kommun"},
		{text: "Se vidare Kommun:"},
		{text: "Mer om projektetRegionSydsverige"},
		{text: "Mer om projektetRegion", before: "Mer om projektet", entry: "Region", below: "Sydsverige"},
	}
	for _, tt := range tests {
		before, entry, ok := splitEntryAtEnd(tt.text, tt.below, 1, false)
		if ok != (tt.entry != "") || before != tt.before || entry.text != tt.entry {
			t.Errorf("splitEntryAtEnd(%q) = %q, %q, %v; want %q, %q", tt.text, before, entry.text, ok, tt.before, tt.entry)
		}
	}
}

// TestLabelsBelow checks the block looked for below a line whose end
// holds an entry: gluedEntryLabels labels of different keys within
// gluedEntryWindow lines that are not blank.
func TestLabelsBelow(t *testing.T) {
	tests := []struct {
		name  string
		below string
		want  bool
	}{
		{"two labels", "Projektnummer:\n2020/00634\nProjektägare:\nPerstorps kommun", true},
		{"one label", "Projektnummer:\n2020/00634\nText om projektet.", false},
		{"one label twice", "Region: Sydsverige\nRegion: Norra", false},
		{"the second label the window's last line", "Projektnummer:\nett\ntvå\ntre\nfyra\nProjektägare:", true},
		{"the second label past the window", "Projektnummer:\nett\ntvå\ntre\nfyra\nfem\nProjektägare:", false},
		{"blank lines are not counted", "Projektnummer:\n\nett\n\ntvå\n\ntre\n\nfyra\n\nProjektägare:", true},
	}
	for _, tt := range tests {
		lines := classifyText("Text.\n"+tt.below, nil, nil, nil, nil)
		if got := labelsBelow(lines, 1); got != tt.want {
			t.Errorf("%s: labelsBelow = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestSplitGluedEntriesKeepsValues checks that a value below its label
// is never cut, whatever its end: "Namn:" / "Samverkan i
// länet.ProjektfasFörprojektering".
func TestSplitGluedEntriesKeepsValues(t *testing.T) {
	page := "Namn:\nSamverkan i länet.ProjektfasFörprojektering\nProjektnummer:\n2020/00634\nRegion:\nSydsverige\n"
	lines := classifyText(page, nil, nil, nil, nil)
	if n := strings.Count(page, "\n"); len(lines) != n {
		t.Errorf("%d lines, want %d: a value was cut", len(lines), n)
	}
}

// TestNumberedStart: a page of few fields, a title standing apart above
// idTitleLabels labels that give another project's number, begins another
// page; its fields and text had read as the page's text. Its own number
// again, one label, no project's number, no page number above, or a title
// that is no line apart, and the lines stay the page's.
func TestNumberedStart(t *testing.T) {
	const first = "Within Kompetens\n\nRegion\nSydsverige\nProjektnummer\n2015/00764\n\nSammanfattning\n\nText om Within.\n"
	for _, tt := range []struct {
		name, below string
		pages       int
	}{
		{"a title apart over two labels, another number", "\nEgenmakt\n\nRegion\nSydsverige\nProjektnummer\n2015/00999\n\nSammanfattning\n\nText om Egenmakt.\n", 2},
		{"the labels in the other order", "\nEgenmakt\n\nProjektnummer\n2015/00999\nRegion\nSydsverige\n\nSammanfattning\n\nText om Egenmakt.\n", 2},
		{"with colons", "\nEgenmakt\n\nRegion: Sydsverige\nProjektnummer: 2015/00999\n\nSammanfattning\n\nText om Egenmakt.\n", 2},
		{"the page's own number", "\nEgenmakt\n\nRegion\nSydsverige\nProjektnummer\n2015/00764\n", 1},
		{"one label (idTitleLabels-1): named", "\nEgenmakt\n\nProjektnummer\n2015/00999\n\nText om Egenmakt.\n", 1},
		{"no project's number", "\nEgenmakt\n\nRegion\nSydsverige\nProjektnummer\n12\n", 1},
		{"the title right below the text: named", "Egenmakt\n\nRegion\nSydsverige\nProjektnummer\n2015/00999\n", 1},
		{"the labels right below the title: named", "\nEgenmakt\nRegion\nSydsverige\nProjektnummer\n2015/00999\n", 1},
	} {
		recs := parseAll(t, first+tt.below)
		if len(recs) != tt.pages {
			t.Errorf("%s: %d pages, want %d", tt.name, len(recs), tt.pages)
			continue
		}
		// Read as the page's text, another project's number is named
		// (checkNumberInText); the page's own, or no number, is not.
		named := slices.ContainsFunc(recs[0].Warnings, func(w Warning) bool {
			return w.Kind == WarnLabelInValue && strings.Contains(w.Message, "another page's field")
		})
		if want := tt.pages == 1 && strings.HasSuffix(tt.name, ": named"); named != want {
			t.Errorf("%s: named %v, want %v", tt.name, named, want)
		}
		if tt.pages == 2 && (deref(recs[1].Name) != "Egenmakt" || deref(recs[1].ID) != "2015/00999" || deref(recs[0].Summary) != "Text om Within.") {
			t.Errorf("%s: %q %q, first summary %q", tt.name, deref(recs[1].Name), deref(recs[1].ID), deref(recs[0].Summary))
		}
		// Read as another page on two fields alone, the page above says so.
		split := slices.ContainsFunc(recs[0].Warnings, func(w Warning) bool { return w.Kind == WarnPage && w.Key == KeySummary })
		if split != (tt.pages == 2) {
			t.Errorf("%s: the split named %v", tt.name, split)
		}
	}
	// Below a page of facts alone, its block ending at a blank line: the
	// title standing apart over another number begins the next page, as
	// below a text; over the page's own number, or no number, it is the
	// block's line, kept in extra.
	for _, tt := range []struct {
		below string
		pages int
	}{
		{"Egenmakt\n\nProjektnummer: 2015/00999\nProjektägare: Malmö stad\n", 2},
		{"Egenmakt\n\nProjektnummer: 2015/00764\nProjektägare: Malmö stad\n", 1},
		{"Egenmakt\n\nProjektägare: Malmö stad\nRegion: Sydsverige\n", 1},
		{"Egenmakt\nProjektnummer: 2015/00999\nProjektägare: Malmö stad\n", 1},
	} {
		recs := parseAll(t, "Within\n\nProjektnummer: 2015/00764\nProjektägare: Lunds kommun\n\n"+tt.below)
		if len(recs) != tt.pages || tt.pages == 2 && (deref(recs[1].Name) != "Egenmakt" || deref(recs[0].Owner) != "Lunds kommun" || len(recs[0].Extra) != 0) {
			t.Errorf("facts alone, then %q: %d pages, want %d", tt.below, len(recs), tt.pages)
		}
	}
	// A page without a number of its own has none to differ from.
	if recs := parseAll(t, "Within Kompetens\n\nRegion\nSydsverige\nProjektägare\nRegion Skåne\n\nSammanfattning\n\nText om Within.\n\nEgenmakt\n\nRegion\nSydsverige\nProjektnummer\n2015/00999\n"); len(recs) != 1 {
		t.Errorf("a page with no number: %d pages", len(recs))
	}
}

// TestBreakMarkAbove: a line standing apart between a page's text and the
// next page, marks alone or a break in words, is no line of the text; in
// words it is named. One right below the text's last line, a sentence, or
// a line of marks longer than maxBreakLen stays the text's.
func TestBreakMarkAbove(t *testing.T) {
	page := func(title, id string) string {
		return title + "\n\nProgramområde\n1.1 Kompetensförsörjning\nRegion\nSydsverige\nProjektägare\nKristianstads kommun\nProjektnummer\n" + id + "\n\nSammanfattning\n\nText om " + title + ".\n"
	}
	for _, tt := range []struct {
		mark, summary string
		named         bool
	}{
		{"\n⁂\n\n", "Text om Within.", false},
		{"\n✂ - - - - - -\n\n", "Text om Within.", false},
		{"\n-- 8< --\n\n", "Text om Within.", false},
		{"\n+++\n\n", "Text om Within.", false},
		{"\n" + strings.Repeat("+", maxBreakLen) + "\n\n", "Text om Within.", false},
		{"\n" + strings.Repeat("+", maxBreakLen+1) + "\n\n", "Text om Within.\n\n" + strings.Repeat("+", maxBreakLen+1), false},
		{"\n<hr>\n\n", "Text om Within.", true},
		{"\n[sidbrytning]\n\n", "Text om Within.", true},
		{"\n(slut på sidan)\n\n", "Text om Within.", true},
		{"\nEOF\n\n", "Text om Within.", true},
		{"<hr>\n\n", "Text om Within.\n<hr>", false},
		{"\nSe även 2020.\n\n", "Text om Within.\n\nSe även 2020.", false},
		{"\n-- 2 --\n\n", "Text om Within.", false},
		{"\n--\n\n", "Text om Within.\n\n--", false},
		{"\n…\n\n", "Text om Within.\n\n…", false},
		{"\n...\n\n", "Text om Within.", false}, // a separator line (isSeparator)
		{"\n→\n\n", "Text om Within.\n\n→", false},
		{"\n😊 😊 😊\n\n", "Text om Within.\n\n😊 😊 😊", false},
		{"\n-- " + strings.Repeat("9", maxPageNumberDigits) + " --\n\n", "Text om Within.", false},
		{"\n-- " + strings.Repeat("9", maxPageNumberDigits+1) + " --\n\n", "Text om Within.\n\n-- " + strings.Repeat("9", maxPageNumberDigits+1) + " --", false},
		{"\n-- 2\n\n", "Text om Within.\n\n-- 2", false},
		{"\n2 --\n\n", "Text om Within.\n\n2 --", false},
		{"\n- 1 2 -\n\n", "Text om Within.\n\n- 1 2 -", false},
		{"\n§§§\n\n", "Text om Within.", false},
		{"\n%%%%\n\n", "Text om Within.", false},
		{"\n§§\n\n", "Text om Within.\n\n§§", false},
		{"\n#2\n\n", "Text om Within.", false},
		{"\n#" + strings.Repeat("9", maxPageNumberDigits) + "\n\n", "Text om Within.", false},
		{"\n#" + strings.Repeat("9", maxPageNumberDigits+1) + "\n\n", "Text om Within.\n\n#" + strings.Repeat("9", maxPageNumberDigits+1), false},
		{"\n#2a\n\n", "Text om Within.\n\n#2a", false},
		// A writer's note on the page below: a few words and a colon, or
		// a version's number; named.
		{"\nEfter ändring:\n\n", "Text om Within.", true},
		{"\nUppdaterad 2024-06-02:\n\n", "Text om Within.", true},
		{"\nVersion 2\n\n", "Text om Within.", true},
		{"\nv2:\n\n", "Text om Within.", true},
		{"\nRev. 1.2\n\n", "Text om Within.", true},
		{"\nSå här ser den nya ut:\n\n", "Text om Within.\n\nSå här ser den nya ut:", false},
		{"\nNy version av sidan:\n\n", "Text om Within.", true},
		{"\nDen nya versionen av sidan:\n\n", "Text om Within.\n\nDen nya versionen av sidan:", false},
		{"\nEfter ändring\n\n", "Text om Within.\n\nEfter ändring", false},
		{"\nUppdaterad " + strings.Repeat("x", maxWritersNote-12) + ":\n\n", "Text om Within.", true},
		{"\nUppdaterad " + strings.Repeat("x", maxWritersNote-11) + ":\n\n", "Text om Within.\n\nUppdaterad " + strings.Repeat("x", maxWritersNote-11) + ":", false},
		{"\nVersion 2024\n\n", "Text om Within.\n\nVersion 2024", false},
		{"Efter ändring:\n\n", "Text om Within.\nEfter ändring:", false},
	} {
		recs := parseAll(t, page("Within", "2015/00764")+tt.mark+page("Egenmakt", "2015/00999"))
		if len(recs) != 2 {
			t.Errorf("%q: %d pages", tt.mark, len(recs))
			continue
		}
		named := slices.ContainsFunc(recs[0].Warnings, func(w Warning) bool {
			return strings.Contains(w.Message, "a break between them") || strings.Contains(w.Message, "a note on the page below")
		})
		if deref(recs[0].Summary) != tt.summary || named != tt.named || deref(recs[1].Name) != "Egenmakt" {
			t.Errorf("%q: summary %q, named %v, next %q", tt.mark, deref(recs[0].Summary), named, deref(recs[1].Name))
		}
	}
}

// TestFormBlank reads a form's blank right below its label, between
// entries, as the field left empty, named; not as a rule between two
// pages. Below a blank line, or with no entry after it, or of fewer than
// minFormBlank underscores, it is what it was.
func TestFormBlank(t *testing.T) {
	for _, tt := range []struct {
		name, blank string
		pages       int
		named       bool
	}{
		{"stacked", "Telefonnummer\n________\n", 1, true},
		{"with a colon", "Telefonnummer:\n___\n", 1, true},
		{"minFormBlank-1", "Telefonnummer:\n__\n", 1, false},
		{"below a blank line: a rule", "Telefonnummer:\n\n________\n", 2, false},
	} {
		page := "Within Kompetens\n\nProjektnummer\n2015/00764\n" + tt.blank + "Projektägare\nKristianstads kommun\nRegion\nSydsverige\n"
		recs := parseAll(t, page)
		if len(recs) != tt.pages {
			t.Errorf("%s: %d pages, want %d", tt.name, len(recs), tt.pages)
			continue
		}
		named := warningSaying(recs[0], 6, "a form's blank") != nil
		if named != tt.named || tt.pages == 1 && (deref(recs[0].Owner) != "Kristianstads kommun" || recs[0].ContactPhone != nil && tt.named) {
			t.Errorf("%s: named %v, owner %q, phone %v", tt.name, named, deref(recs[0].Owner), recs[0].ContactPhone)
		}
	}
}

// TestWritersNote holds a writer's note between pages to a few words and
// a colon, or a version's number: a label, a heading or a sentence is no
// note.
func TestWritersNote(t *testing.T) {
	for text, want := range map[string]bool{
		"Efter ändring:":        true,
		"Version 2":             true,
		"Region:":               false, // a label waiting for its value
		"Kontaktperson:":        false,
		"Bakgrund:":             false, // a heading
		"Så här ser den ut nu:": false,
	} {
		l := classify(text, 1, false)
		if got := writersNote(&l); got != want {
			t.Errorf("writersNote(%q) = %v, want %v", text, got, want)
		}
	}
}

// TestWrappedTitle reads a title a narrow width wrapped, its next line
// beginning in a small letter, as one, named; a line shorter than
// minWrappedTitle ended where its words did, and a line below in a
// capital is no wrap's.
func TestWrappedTitle(t *testing.T) {
	long := "Digga Perstorps Personal – utveckling för"     // 40 characters
	edge := strings.Repeat("x", minWrappedTitle-4) + " för" // minWrappedTitle
	for _, tt := range []struct {
		name, title, want string
		named             bool
	}{
		{"wrapped", long + "\nutsatta områden", long + " utsatta områden", true},
		{"wrapped, id first", "23-038-S06 - " + long + "\nutsatta områden", long + " utsatta områden", true},
		{"at the edge", "X" + edge[1:] + "\nutsatta områden", "X" + edge[1:] + " utsatta områden", true},
		{"under the edge", "X" + edge[2:] + "\nutsatta områden", "utsatta områden", false},
		{"a capital below", long + "\nUtsatta områden", "Utsatta områden", false},
		{"the first in a small letter", "digga " + long + "\nutsatta områden", "utsatta områden", false},
		{"wide, ending whole", "Within Kompetens – samverkan för unga i utanförskap i fyra" + "\nnordostskånska kommuner", "Within Kompetens – samverkan för unga i utanförskap i fyra nordostskånska kommuner", true},
		{"at minWideTitle, ending whole", "X" + strings.Repeat("x", minWideTitle-6) + " fyra\nnordostskånska kommuner", "X" + strings.Repeat("x", minWideTitle-6) + " fyra nordostskånska kommuner", true},
		{"under minWideTitle, ending whole", "X" + strings.Repeat("x", minWideTitle-7) + " fyra\nnordostskånska kommuner", "nordostskånska kommuner", false},
		{"the run goes on into other lines", long + "\nutsatta områden\nSe även vår webbplats", "Se även vår webbplats", false},
		{"a subtitle below a title that ends whole", "Kompetensutveckling inom äldreomsorgen i Skåne\nett samverkansprojekt mellan fyra kommuner", "ett samverkansprojekt mellan fyra kommuner", false},
	} {
		rec := parseOne(t, "p.txt", []byte(tt.title+"\n\nDiarienummer:\n23-038-S06\nProjektägare:\nPERSTORPS KOMMUN\n\nPerstorp är Skånes minsta kommun.\n"))
		if deref(rec.Name) != tt.want || (warningSaying(rec, 2, "the title runs on") != nil) != tt.named {
			t.Errorf("%s: name %q, want %q; %v", tt.name, deref(rec.Name), tt.want, rec.Warnings)
		}
	}
	// A line below the title that no reading took is named.
	rec := parseOne(t, "p.txt", []byte("2020/00634 - Framtidsresan\nsid 2\n\nProjektnummer: 2020/00634\nRegion: Sydsverige\n"))
	if warningSaying(rec, 2, "between the title and the field block, is in no field") == nil {
		t.Errorf("warnings %v", rec.Warnings)
	}
}

// TestSecondContact reads a contact's entries given again right below the
// page's as the page's second contact, named, not another page's; a block
// that repeats a project's facts there begins another page.
func TestSecondContact(t *testing.T) {
	const top = "2020/00634 - Framtidsresan\n\nProjektnummer:\n2020/00634\nProjektägare:\nPerstorps kommun\nKontaktperson:\nPeter Lindow\nE-post:\npeter.lindow@perstorp.se\n"
	const below = "Stödmottagare postnr:\n28485\nProgramområde:\n1\n\nPerstorps kommun har länge haft hög arbetslöshet.\n"
	for _, tt := range []struct {
		name, again string
		pages       int
	}{
		{"a second contact", "Kontaktperson:\nAnna Berg\nE-post:\nanna.berg@perstorp.se\n", 1},
		{"a second contact, its phone", "Kontaktperson:\nAnna Berg\nTelefon:\n0435-123 45\n", 1},
		{"a project's facts again", "Projektnummer:\n2020/00999\nProjektägare:\nKlippans kommun\n", 2},
		{"a contact and an owner again", "Kontaktperson:\nAnna Berg\nProjektägare:\nKlippans kommun\n", 2},
		{"a contact's entries, then a project's facts again", "Kontaktperson:\nAnna Berg\nE-post:\nanna.berg@klippan.se\nProjektnummer:\n2020/00999\nProjektägare:\nKlippans kommun\n", 2},
	} {
		recs := parseAll(t, top+tt.again+below)
		if len(recs) != tt.pages {
			t.Errorf("%s: %d pages, want %d", tt.name, len(recs), tt.pages)
			continue
		}
		if tt.pages == 2 && recs[1].Lines[KeyContactName] == 0 && strings.HasPrefix(tt.again, "Kontaktperson") {
			t.Errorf("%s: the second page's contact is not its own: %v", tt.name, recs[1].Warnings)
		}
		if tt.pages == 1 && (deref(recs[0].ContactName) != "Peter Lindow" || deref(recs[0].Postcode) != "28485" || warningSaying(recs[0], 12, "given again") == nil) {
			t.Errorf("%s: contact %q, postcode %q: %v", tt.name, deref(recs[0].ContactName), deref(recs[0].Postcode), recs[0].Warnings)
		}
	}
}
