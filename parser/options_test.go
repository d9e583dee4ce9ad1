package parser

import (
	"strings"
	"testing"
)

// TestStripOptions reads a form's answers as the ticked ones, stacked or
// on a label's line, and leaves what only looks like one.
func TestStripOptions(t *testing.T) {
	long := strings.Repeat("o", maxOption)
	for _, tt := range []struct{ name, in, want string }{
		{"stacked", "Region\n☐ Stockholm\n☒ Sydsverige\n☐ Nationellt", "Region\n\nSydsverige\n"},
		{"stacked in a list, two ticked", "Kommun\n- [x] Perstorp\n- [ ] Klippan\n- [X] Åstorp", "Kommun\nPerstorp\n\nÅstorp"},
		{"below a question with a star", "Region *\n◉ Sydsverige\n○ Stockholm", "Region *\nSydsverige\n"},
		{"Word's bullets below words", "Projektet har tre mål:\n● Fler unga i arbete\n○ minst 40 deltagare ska få praktik\n○ minst 20 ska få anställning", ""},
		{"a to-do list", "Att göra\n- [x] Skicka budget\n- [ ] Boka möte", ""},
		{"answers after words on a line", "Vi väljer: ☐ ESF  ☒ ESF+", ""},
		{"none ticked", "Projektfas\n( ) Förprojektering\n( ) Genomförande", "Projektfas\n\n"},
		{"on the label's line", "Berörd fond: ☐ ESF  ☒ ESF+", "Berörd fond: ESF+"},
		{"round boxes", "Region: ○ Stockholm ◉ Sydsverige ○ Nationellt", "Region: Sydsverige"},
		{"an answer of maxOption characters", "Region\n☒ " + long + "\n☐ b", "Region\n" + long + "\n"},
		{"one answer alone is no form's", "Region\n☒ Sydsverige\nText", ""},
		{"a task with a field is a list's", "- [x] Projektnummer: 2020/00634\n- [ ] Region: Sydsverige", ""},
		{"a page made a checklist is no form's", "☑ Projektnummer:\n☐ 2020/00634\n☐ Region:\n☑ Sydsverige", ""},
		{"a page made a checklist, its labels bare", "☐ Programområde\n☑ 1.1 Kompetensförsörjning\n☐ Region\n☐ Sydsverige", ""},
		{"a task with a field in emphasis is a list's", "- [X] **Diarienummer:** 23-038-S06\n- [ ] **Namn:** Digga", ""},
		{"a page made a checklist, its labels glued", "☐ ProjektfasFörprojektering\n☐ RegionSydsverige", ""},
		{"an answer that begins with a label's word", "Projektägare\n☐ Region Skåne\n☒ Perstorps kommun", "Projektägare\n\nPerstorps kommun"},
		{"an answer too long", "Region\n☒ " + long + "o\n☐ b", ""},
		{"a box after words", "Se ☐ nedan ☒ ovan", ""},
		{"a bracket of no box", "Region (x) och (y)", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := stripOptions(tt.in)
			if tt.want == "" {
				if ok {
					t.Errorf("read %q", got)
				}
				return
			}
			if !ok || got != tt.want {
				t.Errorf("got %v %q, want %q", ok, got, tt.want)
			}
		})
	}
}

// TestOptionSign tells a form's box by its bytes, and no dash or quote.
func TestOptionSign(t *testing.T) {
	for line, want := range map[string]bool{
		"☐ Stockholm": true, "Region: ○ A ◉ B": true, "■ Ja": true, "✅ Ja": true, "[ ] Nej": true, "(x) Ja": true,
		"2016–2019": false, "”Citat”": false, "Region (SE22)": false, "[1]": false, "(•) Ja": true, "försörjning ( Dnr 2007)": false, "[x": false,
	} {
		if got := optionSign(line); got != want {
			t.Errorf("optionSign(%q) = %v", line, got)
		}
	}
}
