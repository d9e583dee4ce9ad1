package parser

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// TestShiftedLabels checks pages whose values each stand on the line of
// the next field's label: every field read, named once.
func TestShiftedLabels(t *testing.T) {
	for _, tt := range []struct {
		name, page            string
		id, owner, region     string
		contact               string
		namedLine, wantShifts int
	}{
		{"stacked", "Within Kompetens\n\nProjektnummer\n2015/00764 Projektägare\nKristianstads kommun Region\nSydsverige\n", "2015/00764", "Kristianstads kommun", "Sydsverige", "", 4, 2},
		{"colons", "Framtidsresan\n\nProjektnummer:\n2020/00634 Projektägare:\nPerstorps kommun  Region:\nSydsverige\n", "2020/00634", "Perstorps kommun", "Sydsverige", "", 4, 2},
		{"glued", "Egenmakt\n\nProjektägare\nArbete och FörsörjningKontaktperson\nOla Johnsson\tRegion\nSydsverige\n", "", "Arbete och Försörjning", "Sydsverige", "Ola Johnsson", 4, 2},
		{"a value on its label's line", "Framtidsresan\n\nProjektnummer: 2020/00634 Projektägare:\nPerstorps kommun\nRegion: Sydsverige\n", "2020/00634", "Perstorps kommun", "Sydsverige", "", 3, 1},
	} {
		rec := parseOne(t, tt.name+".txt", []byte(tt.page))
		if str(rec.ID) != nilIfEmpty(tt.id) || str(rec.Owner) != tt.owner || str(rec.Region) != tt.region || str(rec.ContactName) != nilIfEmpty(tt.contact) {
			t.Errorf("%s: id %v, owner %v, region %v, contact %v", tt.name, str(rec.ID), str(rec.Owner), str(rec.Region), str(rec.ContactName))
		}
		var named []int
		for _, w := range rec.Warnings {
			if w.Message == shiftedNote {
				named = append(named, w.Line)
			}
		}
		if !slices.Equal(named, []int{tt.namedLine}) {
			t.Errorf("%s: named on lines %v, want [%d]", tt.name, named, tt.namedLine)
		}
		if _, _, cut := splitShiftedLabels(tt.page); len(cut) != tt.wantShifts {
			t.Errorf("%s: %d lines cut, want %d", tt.name, len(cut), tt.wantShifts)
		}
	}
}

// TestShiftedLabelsLeftAlone checks lines that end in a label's word but
// hold no shifted label: each stays whole.
func TestShiftedLabelsLeftAlone(t *testing.T) {
	for _, page := range []string{
		// The line below is a label: the word is the value's.
		"Projektägare\nPERSTORPS KOMMUN\nRegion\nSydsverige\n",
		// Nothing below.
		"Projektägare\nPerstorps kommun Region\n",
		"Projektägare\nPerstorps kommun Region\n\nSydsverige\n",
		// The line below does not read as the label's value.
		"Projektnummer\n2015/00764 Startdatum\nPerstorps kommun\n",
		// A word in small letters, a label inside a word.
		"Projektägare\nPerstorps kommun region\nSydsverige\n",
		"Projektägare\nPerstorps kommunRegionen\nSydsverige\n",
		// A heading's text, and a value that does not read as its
		// label's.
		"Sammanfattning\nProjektet arbetar med Region\nSydsverige\n",
		"Startdatum\nhösten Region\nSydsverige\n",
		// The same field's label.
		"Projektägare\nPerstorps kommun Projektägare\nAB Foo\n",
		// One value ending in a label's word, below it a heading, a
		// sentence or a value (minShiftedLines).
		"Kontaktperson\nLena Land\nSammanfattning\n\nProjektet pågår.\n",
		"Kontaktperson:\nLena Land\nPerstorps kommun har under lång tid haft hög arbetslöshet.\n",
		"Projektägare\nPerstorps Kommun\nSammanfattning\n",
		"Projektägare\nHela Sverige Namn\nSydsverige\n",
		// A row of two labels over their values.
		"Stödmottagarens address:\nProgramområde                 Specifikt mål\n1                             1.1\n",
		// A word that makes the label another's (labelQualifiers), below
		// an empty label.
		"Stödmottagarens address:\nUtbetalt ESF-stöd:\n408 322 kr\nProgramområde:\n1\n",
		"Stödmottagarens address:\nSökt ESF-stöd:\n680 000 kr\n",
	} {
		if read, _, cut := splitShiftedLabels(page); cut != nil {
			t.Errorf("%q was cut at %v:\n%s", page, cut, read)
		}
	}
}

// TestShiftedLabelsProperty checks, on every test page whose facts stand
// each label over its value, that the facts with each value shifted onto
// the next label's line, after one space, two, a tab or none, read as the
// same record.
func TestShiftedLabelsProperty(t *testing.T) {
	rng := rand.New(rand.NewPCG(85, 1))
	tried := 0
	for name, data := range propertyPages(t) {
		lines := strings.Split(string(data), "\n")
		first, last := labelValueRun(lines, nil)
		if first < 0 || last-first < 5 {
			continue
		}
		tried++
		shifted := slices.Clone(lines[:first+1])
		for i := first + 1; i <= last; i += 2 {
			v := strings.TrimSpace(lines[i])
			if i+1 <= last && rng.IntN(4) > 0 {
				v += []string{" ", "  ", "\t", ""}[rng.IntN(4)] + strings.TrimSpace(lines[i+1])
			} else if i+1 <= last {
				v += "\n" + lines[i+1]
			}
			shifted = append(shifted, v)
		}
		shifted = append(shifted, lines[last+1:]...)
		if a, b := fieldsOf(t, mustParse(t, data)), fieldsOf(t, mustParse(t, []byte(strings.Join(shifted, "\n")))); a != b {
			t.Errorf("%s: the values shifted read otherwise:\n%s\n%s", name, strings.Join(shifted[first:min(len(shifted), first+12)], "\n"), firstDiff(a, b))
		}
	}
	if tried < 4 {
		t.Fatalf("%d test pages have a run of facts, want 4 or more", tried)
	}
}
