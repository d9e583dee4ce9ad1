package parser

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"
)

// separatorMarks are what people type between a label and its value in
// place of a colon, or of nothing on a glued page: arrows, bullets,
// stars, tildes, bars, slashes, commas.
var separatorMarks = []string{
	" > ", " - ", " – ", " ~ ", ", ", " / ", " * ", " :: ", " -- ", " —", " >> ", "> ", " < ", " # ", " ─ ", " ‣ ", " • ",
	" ⟶ ", " ⇨ ", " ➝ ", " : ", " ; ", " |", " ! ", " = ", " == ", " ... ", "  ", " => ", " » ", " ▸ ", " ◆ ",
}

// TestSeparatorFamily writes four fields of each seed layout with each
// of separatorMarks between the label and its value, and holds the
// record to the promise: every field the seed gives is the seed's, or a
// warning names that field.
func TestSeparatorFamily(t *testing.T) {
	labels := []string{"Projektägare", "Region", "Kontaktperson", "Projektfas"}
	seeds := map[string]string{
		"glued":   "003_fc0d866d55fe1104.txt",
		"stacked": "002_7858258275a19d00.txt",
		"colon":   "001_451f6fcbe595c098.txt",
	}
	for layout, name := range seeds {
		data, err := os.ReadFile(filepath.Join("..", "testdata", "pages", name))
		if err != nil {
			t.Fatal(err)
		}
		want := jsonMap(t, parseOne(t, name, data))
		for _, sep := range separatorMarks {
			page := withSeparator(string(data), layout, sep, labels)
			if page == string(data) {
				t.Fatalf("%s: no label written with %q", layout, sep)
			}
			rec := parseOne(t, name, []byte(page))
			got := jsonMap(t, rec)
			for k, w := range want {
				if k == "source" || k == "warnings" || k == "extra" || k == "raw" || jsonString(got[k]) == jsonString(w) {
					continue
				}
				key, ok := keyOf(k)
				if ok && !slices.ContainsFunc(rec.Warnings, func(w Warning) bool { return w.Key == key || w.Key == namedWith[key] }) {
					t.Errorf("%s with %q: %s = %.80s, want %.80s, and no warning names it", layout, sep, k, jsonString(got[k]), jsonString(w))
				}
			}
		}
	}
}

// namedWith holds the keys a warning on another names too: the NUTS-2
// code derived from the region, the area's name read with its code, a
// period's two dates.
var namedWith = map[Key]Key{KeyNUTS2: KeyRegion, KeyProgrammeAreaName: KeyProgrammeAreaCode, KeyStartDate: KeyEndDate, KeyEndDate: KeyStartDate}

// withSeparator writes each of labels on the page with sep between it
// and its value: on the same line where the value stood below its label
// (stacked, with or without a colon) or glued to it.
func withSeparator(page, layout, sep string, labels []string) string {
	lines := strings.Split(page, "\n")
	var out []string
	for i := 0; i < len(lines); i++ {
		l, done := lines[i], false
		for _, label := range labels {
			switch {
			case layout == "glued" && strings.HasPrefix(l, label) && len(l) > len(label) && !unicode.IsLower(firstRune(l[len(label):])):
				out, done = append(out, label+sep+l[len(label):]), true
			case (layout == "stacked" && l == label || layout == "colon" && l == label+":") && i+1 < len(lines):
				out, done = append(out, label+sep+lines[i+1]), true
				i++
			}
			if done {
				break
			}
		}
		if !done {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}

// keyOf returns the key of a record's JSON name.
func keyOf(name string) (Key, bool) {
	for k := Key(0); k < NumRecordKeys; k++ {
		if keys[k].name == name {
			return k, true
		}
	}
	return 0, false
}

func TestSpacedMarks(t *testing.T) {
	for s, want := range map[string]int{
		"~ Sydsverige": 1, "* Perstorps kommun": 1, "• Förprojektering": len("•"), "⟶ Ola": len("⟶"), "# 1": 0, "# Kristianstads kommun": 0, "! x": 0, "~ 60 personer mellan 18 och 25 år.": 0, "* är en viktig samverkanspart": 0, "~ ola johnsson": 0, "< 25 år": 0, "≈ 400 tkr": 0, "✉ info@esf.se": 0, "☎ 08-123": 0, "★ Nyheter": 0, "➔ X": len("➔"), "⇨ X": len("⇨"), "─ X": len("─"),
		"== X": 2, "~~~ X": 3, "~~~~ x": 0, // maxSpacedMarks, one under and one over
		"~\tSydsverige": 1, "~Sydsverige": 0, "~ ": 0, "~": 0, "": 0,
		"$ 400 000": 0, "€ 400 000": 0, "+ 46 410": 0, "- x": 0, ", x": 0, ". x": 0, "( x": 0, "\" x": 0,
		"¦ Sydsverige ¦": len("¦"), "│ 141 │": len("│"), "¦ Skåne ¦ Blekinge": 0, "¦ Sydsverige ¦ ¦": 0, // a table's row, closed by its mark
		"~ Projekt ~ Framtidsresan": 0, "* )": 0, "* (x)": 0, "* «x»": 0, "* 1": 1, "* 400 000 kr": 1, "* 400 000 kr.": 0, "< Projekt < Start": 0, "x ~ y": 0,
	} {
		if got := spacedMarks(s); got != want {
			t.Errorf("spacedMarks(%q) = %d, want %d", s, got, want)
		}
	}
}

func TestValueAfterSlash(t *testing.T) {
	for _, tt := range []struct {
		k    Key
		s    string
		want bool
	}{
		{KeyRegion, "Sydsverige", true}, {KeyRegion, "Area", false}, {KeyPeriod, "2016-02-02 - 2019-01-31", true}, {KeyPeriod, "Duration", false},
		{KeyOwner, "Arbete och Försörjning", true}, {KeyOwner, "Owner", false}, {KeyOwner, "Lead Partner", false}, {KeyProjectPhase, "Förprojektering", true},
		{KeyContactName, "Contact", false},
		// A digit, an at sign or a word of no English label: a value.
		{KeyID, "2015/00764", true}, {KeyCallID, "2015/00538", true}, {KeyContactEmail, "kaisa.welander@kristianstad.se", true},
		{KeyOwner, "Kristianstads kommun", true}, {KeyContactName, "Kaisa Welander", true},
		{KeyContactName, "Person to contact", false}, {KeyOwner, "Project owner", false}, {KeyID, "Project number", false},
	} {
		if got := valueAfterSlash(tt.k, tt.s); got != tt.want {
			t.Errorf("valueAfterSlash(%s, %q) = %v, want %v", tt.k, tt.s, got, tt.want)
		}
	}
	// A line reads as a label and its translation, no value, or as a
	// label and its value after the slash.
	for line, value := range map[string]string{
		"Kontaktperson / Person to contact": "", "Projektägare / Project owner": "", "Projektägare / Owner": "",
		"Projektägare / Arbete och Försörjning": "Arbete och Försörjning", "Region / Sydsverige": "Sydsverige", "Region / Sydsverige: x": "x",
	} {
		if l := classify(line, 1, false); l.term == nil || l.value != value {
			t.Errorf("classify(%q) = %v %q, want a label with the value %q", line, l.term, l.value, value)
		}
	}
}

func TestLabelMarkValue(t *testing.T) {
	for _, tt := range []struct {
		line, label, mark, value string
	}{
		{"Region, Sydsverige", "Region", ",", "Sydsverige"},
		{"Projektägare / Arbete och Försörjning", "Projektägare", "/", "Arbete och Försörjning"},
		{"Kontaktperson |Ola Johnsson", "Kontaktperson", "|", "Ola Johnsson"},
		{"Projektägare, Perstorps kommun, Arbetsmarknadsenheten", "Projektägare", ",", "Perstorps kommun, Arbetsmarknadsenheten"},
		{"Region (NUTS) Sydsverige", "", "", ""},
		{"Region Sydsverige", "", "", ""},
		{"Region,", "", "", ""},
		{"Kontakt | Om oss | Press", "", "", ""},
		{"Region ¦ Sydsverige ¦", "Region", "¦", "Sydsverige"}, {"Region | Sydsverige |", "Region", "|", "Sydsverige"},
		{"Region ¦ Skåne ¦ Blekinge", "", "", ""},
		{"Kontakt, press och om oss", "", "", ""}, {"Adress, karta och öppettider", "", "", ""},
		{"Regionen, Sydsverige", "", "", ""},
	} {
		term, mark, value := labelMarkValue(tt.line)
		label := ""
		if term != nil {
			label = term.text
		}
		if label != tt.label || mark != tt.mark || value != tt.value {
			t.Errorf("labelMarkValue(%q) = %q %q %q, want %q %q %q", tt.line, label, mark, value, tt.label, tt.mark, tt.value)
		}
	}
}

// TestNoJoinIntoWholeLabel checks that a line that is no label does not
// join the label with its colon below it as a label broken over two
// lines: "Region / Sydsverige" over "Planerat antal deltagare:" leaves
// the participants' label whole, and its value read.
func TestNoJoinIntoWholeLabel(t *testing.T) {
	for _, tt := range []struct {
		page  string
		key   Key
		lines int
	}{
		{"Region / Sydsverige\nPlanerat antal deltagare:\n11\n", KeyParticipants, 3},
		{"Total\nprojektbudget:\n400 000\n", KeyTotalBudget, 2},
		{"Projektets\nNamn:\nFramtidsresan\n", KeyName, 2}, // a label wrapped before a capital joins still
		{"Region / Sydsverige\nKontaktperson: Peter Lindow\n\n", KeyContactName, 3},
	} {
		lines := classifyText(tt.page, nil, nil, nil, nil)
		if len(lines) != tt.lines {
			t.Errorf("%q: %d lines, want %d", tt.page, len(lines), tt.lines)
			continue
		}
		l := lines[len(lines)-2]
		if l.term == nil || l.term.key != tt.key {
			t.Errorf("%q: line %d reads %v, want the label of %s", tt.page, l.num, l.term, tt.key)
		}
	}
}

func TestCutSlashValue(t *testing.T) {
	for _, tt := range []struct {
		in, label, value string
		ok               bool
	}{
		{"Region / Sydsverige", "Region", "Sydsverige", true},
		{"Projektfas / Förprojektering", "Projektfas", "Förprojektering", true},
		{"Projektperiod / 2016-02-02 - 2019-01-31", "Projektperiod", "2016-02-02 - 2019-01-31", true},
		{"Region / Area", "", "", false}, {"Projektägare / Owner", "", "", false}, {"Projektägare / Project owner", "", "", false},
		{"Region / Sydsverige: x", "", "", false}, {"Start / Projekt / Region", "", "", false}, {"Region / ", "", "", false},
		{"Ingen / Sydsverige", "", "", false},
		{"Projektnummer / 2015/00764", "Projektnummer", "2015/00764", true},
		{"Projektägare / Kristianstads kommun", "Projektägare", "Kristianstads kommun", true},
	} {
		label, value, ok := cutSlashValue(tt.in)
		if label != tt.label || value != tt.value || ok != tt.ok {
			t.Errorf("cutSlashValue(%q) = %q %q %v, want %q %q %v", tt.in, label, value, ok, tt.label, tt.value, tt.ok)
		}
	}
	rec := parseOne(t, "page.txt", []byte("Framtidsresan\n\nProjektnummer: 2020/00634\nRegion / Sydsverige\nKontaktperson: Peter Lindow\n"))
	if fieldString(rec, KeyRegion) != "Sydsverige" || fieldString(rec, KeyContactName) != "Peter Lindow" || !hasWarningOn(rec.Warnings, 4, KeyRegion, `with "/" for the colon`) {
		t.Errorf("a slash for the colon: region %q, contact %q (%v)", fieldString(rec, KeyRegion), fieldString(rec, KeyContactName), rec.Warnings)
	}
}

// TestSentenceNoLabel checks the page's text whose sentences begin with
// a label's word and a mark: text, no field, and nothing named.
func TestSentenceNoLabel(t *testing.T) {
	page := "2020/00634 - Framtidsresan\n\nProjektnummer:\n2020/00634\nRegion:\nSydsverige\n\nSammanfattning\n\nDeltagare ~ 60 personer mellan 18 och 25 år.\nRegion * är en viktig samverkanspart.\n"
	rec := parseOne(t, "page.txt", []byte(page))
	if !strings.Contains(fieldString(rec, KeySummary), "Deltagare ~ 60") || len(rec.Warnings) > 0 {
		t.Errorf("summary %q (%v)", fieldString(rec, KeySummary), rec.Warnings)
	}
}

// TestBulletsInLine checks a list's items on one line behind a bullet,
// the bullet between them too: text, no label with the bullet for its
// colon.
func TestBulletsInLine(t *testing.T) {
	for _, tt := range []struct {
		text, body string
		want       bool
	}{
		{"• Region • Skåne", "Region • Skåne", true}, {"• Projektägare: Perstorps kommun", "Projektägare: Perstorps kommun", false},
		{"• Region ~ Skåne", "Region ~ Skåne", false}, {"Region • Skåne", "Region • Skåne", false},
		{"| Region | Sydsverige |", "Region | Sydsverige |", false}, // a table's bars
	} {
		if got := bulletsInLine(tt.text, tt.body); got != tt.want {
			t.Errorf("bulletsInLine(%q, %q) = %v, want %v", tt.text, tt.body, got, tt.want)
		}
	}
	rec := parseOne(t, "page.txt", []byte("2020/00634 - Framtidsresan\n\nProjektnummer:\n2020/00634\nRegion:\nSydsverige\n\nSammanfattning\n\nVi samarbetar med:\n• Region • Skåne\n"))
	if !strings.HasSuffix(fieldString(rec, KeySummary), "• Region • Skåne") || len(rec.Warnings) > 0 {
		t.Errorf("summary %q (%v)", fieldString(rec, KeySummary), rec.Warnings)
	}
}
