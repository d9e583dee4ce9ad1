package parser

import (
	"slices"
	"strings"
	"testing"
)

// Labels as forms, OCR and hands write them: a dash glued to the colon or
// to the value, a note in brackets glued to the value, leader dots after a
// misspelt label, one letter OCR read as two.

// TestDashAfterColon takes off the dash a form glues to a label's colon,
// and leaves every other dash.
func TestDashAfterColon(t *testing.T) {
	for _, tt := range []struct{ text, value, want string }{
		{"Telefonnummer:-0410-733094", "-0410-733094", "0410-733094"},
		{"Kontaktperson:–Ola Johnsson", "–Ola Johnsson", "Ola Johnsson"},
		{"Kontaktperson:—Ola Johnsson", "—Ola Johnsson", "Ola Johnsson"},
		{"Kontaktperson: -Ola Johnsson", "-Ola Johnsson", "-Ola Johnsson"}, // spaced from the colon
		{"Kontaktperson:- Ola Johnsson", "- Ola Johnsson", "- Ola Johnsson"},
		{"Namn:-", "-", "-"},       // a dash alone: the value says it is missing
		{"Namn:--x", "--x", "--x"}, // two dashes are no colon's
		{"Namn:x-y", "x-y", "x-y"}, // no dash first
		{"Namn -x", "-x", "-x"},    // no colon
		{"Namn:-", "", ""},         // no value
	} {
		if got := dashAfterColon(tt.text, tt.value); got != tt.want {
			t.Errorf("dashAfterColon(%q, %q) = %q, want %q", tt.text, tt.value, got, tt.want)
		}
	}
}

// TestCutDashGlued splits a line at a dash glued to a value's capital or
// digit after a space, and at no other dash.
func TestCutDashGlued(t *testing.T) {
	for _, tt := range []struct{ text, label, value string }{
		{"Region -Sydsverige", "Region", "Sydsverige"},
		{"Projektperiod -2009-01-15 till 2009-10-31", "Projektperiod", "2009-01-15 till 2009-10-31"},
		{"Region - Sydsverige", "", ""},     // spaced on both sides: the spelling reading's
		{"Region-Sydsverige", "", ""},       // glued on both sides: one word
		{"Arbete -och försörjning", "", ""}, // a small letter after it
		{"Region -", "", ""},
		{" -Sydsverige", "", ""},
	} {
		label, value, ok := cutDashGlued(tt.text)
		if label != tt.label || value != tt.value || ok != (tt.label != "") {
			t.Errorf("cutDashGlued(%q) = %q, %q, %v; want %q, %q", tt.text, label, value, ok, tt.label, tt.value)
		}
	}
}

// TestLabelNote reads a note in brackets at its bounds: a word or two
// (maxBracketNoteWords) that have letters or digits, maxLabelNote bytes.
func TestLabelNote(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want int
	}{
		{"(se nedan)Sydsverige", 10},
		{"(uppgift)", 9},
		{"(fr.o.m. - t.o.m.): 2008", 18},     // two words, the dash none
		{"(enligt ett beslut)Sydsverige", 0}, // three words
		{"(" + strings.Repeat("x", maxLabelNote) + ")", maxLabelNote + 2},
		{"(" + strings.Repeat("x", maxLabelNote+1) + ")", 0},
		{"(a)", 3},
		{"()", 0},
		{"(a (b))", 0},
		{"se nedan)", 0},
		{"", 0},
	} {
		if got := labelNote(tt.s); got != tt.want {
			t.Errorf("labelNote(%q) = %d, want %d", tt.s, got, tt.want)
		}
	}
}

// TestLabelWrittenAnotherWay reads whole lines written as forms, OCR and
// hands write labels, and leaves lines that only look alike.
func TestLabelWrittenAnotherWay(t *testing.T) {
	for _, tt := range []struct {
		line, label, value, unit string
		spelling                 string // a part of how the line was read; "" for none
	}{
		{"Region -Sydsverige", "Region", "Sydsverige", "", `with "-" for the colon`},
		{"Programomrade -Programområde 2 Ökat arbetskraftsutbud", "Programområde", "Programområde 2 Ökat arbetskraftsutbud", "", `written "Programomrade", with "-" for the colon`},
		{"Telefonnummer:-0410-733094", "Telefonnummer", "0410-733094", "", ""},
		{"Kontaktp.:-Ola Johnsson", "Kontaktperson", "Ola Johnsson", "", "shortened"},
		{"Programområde (uppgift)Programområde 1 Kompetensförsörjning", "Programområde", "Programområde 1 Kompetensförsörjning", "", `with "(uppgift)" after it`},
		{"E-post (obligatorisk)margareta.wandel@ostsam.se", "E-post", "margareta.wandel@ostsam.se", "", `with "(obligatorisk)" after it`},
		{"Projektagare(obligatorisk)Regionförbundet Östsam", "Projektägare", "Regionförbundet Östsam", "", `written "Projektagare", with "(obligatorisk)" after it`},
		{"Beviljat ESF-stod (se nedan)", "Beviljat ESF-stöd", "", "", `with "(se nedan)" after it`},
		{"Total projektbudget (kr)691 000", "Total projektbudget", "691 000 kr", "", ""},
		{"Total projektbudget (tkr)", "Total projektbudget", "", "tkr", ""},
		{"Knotaktperson ....Margareta Wandel", "Kontaktperson", "Margareta Wandel", "", `written "Knotaktperson", with "...." for the colon`},
		{"Knotaktperson .. Margareta Wandel", "Kontaktperson", "Margareta Wandel", "", `with ".." for the colon`},
		{"Sliitdatum: 2009-10-31", "Slutdatum", "2009-10-31", "", `written "Sliitdatum"`},
		{"Projketägare … Perstorps kommun", "Projektägare", "Perstorps kommun", "", `with "…" for the colon`},
		{"Regiori:", "Region", "", "", `written "Regiori"`},
		{"Startclatum: 2024-03-01", "Startdatum", "2024-03-01", "", `written "Startclatum"`},
		{"Telefonnumrner: 013-255612", "Telefonnummer", "013-255612", "", ""},
		{"Projektägare (obligatorisk);Perstorps kommun", "Projektägare", "Perstorps kommun", "", `with "(obligatorisk)" after it`},
		{"Beviljat ESF-stod (tkr)", "Beviljat ESF-stöd", "", "tkr", `written "Beviljat ESF-stod"`},
		{"Projektagare: Perstorps (kommun)", "Projektägare", "Perstorps (kommun)", "", `written "Projektagare"`}, // a note of the value's
		{"Kontaktperson Ola -Johnsson", "Kontaktperson", "Ola -Johnsson", "", ""},
		{"Projektagare: Arbete -Trelleborg", "Projektägare", "Arbete -Trelleborg", "", `written "Projektagare"`}, // the colon before it is the label's
		// Alike, and no label.
		{"Det var ... roligt", "", "", "", ""},
		{"Knotaktperson . Margareta Wandel", "", "", "", ""},
		{"Knotaktperson", "", "", "", ""},                    // alone: the audit's to name
		{"Knotaktperson - Margareta Wandel", "", "", "", ""}, // a dash is no form's colon for a slip
		{"Knotaktperson Margareta Wandel", "", "", "", ""},
		{"Arbete och Försörjning -Trelleborg", "", "", "", ""},
		{"Kommunen (Trelleborg)har drivit", "", "", "", ""},
		{"Regiori", "", "", "", ""}, // no colon: a word, which the audit names
	} {
		l := classify(tt.line, 1, false)
		label := ""
		if l.term != nil {
			label = l.term.text
		}
		if label != tt.label || l.value != tt.value || l.unit != tt.unit || !strings.Contains(l.spelling, tt.spelling) {
			t.Errorf("%q: label %q, value %q, unit %q, spelling %q; want %q, %q, %q, %q", tt.line, label, l.value, l.unit, l.spelling, tt.label, tt.value, tt.unit, tt.spelling)
		}
	}
}

// TestOCRSplitLetter reads a label or a heading with one letter OCR read
// as two, one pair at a time, and only to a key the table holds.
func TestOCRSplitLetter(t *testing.T) {
	for _, tt := range []struct{ written, want string }{
		{"Regiori", "Region"},
		{"Startclatum", "Startdatum"},
		{"Kontaktperson", ""}, // its own key: no reading
		{"Reglorlrl", ""},     // two pairs
		{"Mobil", ""},
	} {
		got := ""
		if t := ocrSplitIn(spellingKey(tt.written), spellings()); t != nil {
			got = t.text
		}
		if got != tt.want {
			t.Errorf("ocrSplitIn(%q) = %q, want %q", tt.written, got, tt.want)
		}
	}
	if h := spelledHeading("Tillgänglighet för persorier med funktionsnedsättning"); h == nil || h.key != KeyAccessibility {
		t.Errorf("the heading with \"persorier\" read as %v", h)
	}
}

// TestSheetRowsOfUnknownLabels reads a sheet's rows of misspelt labels as
// its field block where their run reaches a row of a known label, and a
// label cell with a note in brackets as the label.
func TestSheetRowsOfUnknownLabels(t *testing.T) {
	sheet := "\"Gagna:kompetens\"\n\n\"Programområde\",\"Programområde 1 Kompetensförsörjning\"\n\"Fas\",\"Förprojektering\"\n" +
		"\"Projketägare\",\"Regionförbundet Östsam\"\n\"Kontakteprson\",\"Margareta Wandel\"\n\"Tleefonnummer\",\"013-255612\"\n" +
		"\"Projektperiod (fr.o.m. - t.o.m.)\",\"2008-05-01 till 2008-10-31\"\n\"Region (obligatorisk)\",\"Östra Mellansverige\"\n\n\"Sammanfattning\"\n\"Text om projektet.\"\n"
	rec := parseOne(t, "p.csv", []byte(sheet))
	if deref(rec.Owner) != "Regionförbundet Östsam" || deref(rec.ContactName) != "Margareta Wandel" || deref(rec.ContactPhone) != "013-255612" ||
		deref(rec.StartDate) != "2008-05-01" || deref(rec.Region) != "Östra Mellansverige" || deref(rec.Summary) != "Text om projektet." {
		t.Errorf("owner %q, contact %q, phone %q, start %q, region %q, summary %q", deref(rec.Owner), deref(rec.ContactName), deref(rec.ContactPhone),
			deref(rec.StartDate), deref(rec.Region), deref(rec.Summary))
	}
	for _, line := range []int{5, 6, 7, 8, 9} {
		if !slices.ContainsFunc(rec.Warnings, func(w Warning) bool { return w.Line == line }) {
			t.Errorf("no warning on line %d, written another way: %v", line, rec.Warnings)
		}
	}
	// The run broken by a row that is no label's: the misspelt row
	// beyond it is no field's.
	rec = parseOne(t, "p.csv", []byte("\"Egenmakt\"\n\n\"Projektägare\",\"Arbete och Försörjning\"\n\"Text om projektet, på en rad.\",\"och mer\"\n\"Kontakteprson\",\"Ola Johnsson\"\n"))
	if rec.ContactName != nil {
		t.Errorf("contact %q read past a row of text", deref(rec.ContactName))
	}
	// A row of a note with no value, or with lines of its own, keeps the run.
	for _, note := range []string{`"Anteckning",""`, "\"Anteckning\",\"rad ett\nrad två\""} {
		rec = parseOne(t, "p.csv", []byte("\"Egenmakt\"\n\n\"Projektägare\",\"Arbete och Försörjning\"\n"+note+"\n\"Kontakteprson\",\"Ola Johnsson\"\n"))
		if deref(rec.ContactName) != "Ola Johnsson" {
			t.Errorf("below %s: contact %q", note, deref(rec.ContactName))
		}
	}
	for cell, want := range map[string]bool{
		"Region (obligatorisk)": true, "Region (obligatorisk):": true, "Region(ESF)": true, "Region": true,
		"Region (obligatorisk) och län": false, "Region och län": false, "Region (ett två tre)": false,
	} {
		if got := isLabelCell(cell); got != want {
			t.Errorf("isLabelCell(%q) = %v, want %v", cell, got, want)
		}
	}
}

// TestLabelWithWordsInValue names the field a label esf does not know
// begins with, where the line was taken for the value of an empty label
// above it.
func TestLabelWithWordsInValue(t *testing.T) {
	for _, tt := range []struct {
		line  string
		named bool
	}{
		{"Programområde enligt beslut\t1", true},
		{"Programområde enligt ett beslut\t1", false},               // three words
		{"Programområde enligt beslut\tnej", false},                 // no area's value
		{"Programområde enligt beslut\t1\nProgramområde\t2", false}, // the page gives the area
	} {
		page := "Framtidsresan\n\nProjektnummer\t2020/00634\nStödmottagarens adress\t\n" + tt.line + "\nRegion\tSydsverige\n"
		rec := parseOne(t, "p.txt", []byte(page))
		named := slices.ContainsFunc(rec.Warnings, func(w Warning) bool { return w.Key == KeyProgrammeAreaCode && w.Line == 5 })
		if named != tt.named {
			t.Errorf("%q: programme area named %v, want %v (%v)", tt.line, named, tt.named, rec.Warnings)
		}
	}
}

// TestLettersNumber reads a section's number with a letter in it: a digit
// OCR read as a letter before the full stop, a part's letter after it.
func TestLettersNumber(t *testing.T) {
	for in, want := range map[string]string{
		"l.6 Transnati0nellt samarbete": "Transnati0nellt samarbete",
		"I.5\tTillgänglighet":           "Tillgänglighet",
		"1.b Transnationellt samarbete": "Transnationellt samarbete",
		"10.h Syfte":                    "Syfte",
		"1.i Syfte":                     "1.i Syfte", // past a part's letters
		"1.bSyfte":                      "1.bSyfte",
		"l.6":                           "l.6",
		"l.b Syfte":                     "l.b Syfte",
		"x.6 Syfte":                     "x.6 Syfte",
		"1.b":                           "1.b",
		"1.6 Syfte":                     "Syfte",
	} {
		if got := sectionNumber(in); got != want {
			t.Errorf("sectionNumber(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestTransliterated reads "aa", "ae" and "oe" as a keyboard without å,
// ä and ö spells them, in labels and headings.
func TestTransliterated(t *testing.T) {
	for _, tt := range []struct{ written, label string }{
		{"Programomraade", "Programområde"},
		{"Stoedmottagare ort", "Stödmottagare ort"},
		{"Beviljat ESF-stoed", "Beviljat ESF-stöd"},
		{"Region", ""}, // nothing to read
		{"Raegion", ""},
	} {
		got := ""
		if t := transliteratedIn(spellingKey(tt.written), spellings()); t != nil {
			got = t.text
		}
		if got != tt.label {
			t.Errorf("transliteratedIn(%q) = %q, want %q", tt.written, got, tt.label)
		}
	}
	if h := spelledHeading("1.5 Tillgaenglighet foer personer med funktionsnedsaettning"); h == nil || h.key != KeyAccessibility {
		t.Errorf("the heading spelt with ae and oe read as %v", h)
	}
}

// TestHeadingCellOverText names a heading in words esf does not know, a
// sheet's cell on its own line over its text's quoted cell, which the
// section above took in: it stands apart, as a page writes a heading.
func TestHeadingCellOverText(t *testing.T) {
	sheet := "Egenmakt\n\nProgramområde,Programområde 2 Ökat arbetskraftsutbud\nProjektägare,Arbete och Försörjning\nKontaktperson,Ola Johnsson\n" +
		"E-post,ola.johnsson@trelleborg.se\nTelefonnummer,0410-733094\nBeviljat ESF-stöd,493 090 kr\nTotal projektbudget,820 090 kr\n" +
		"Projektperiod,2009-01-15 till 2009-10-31\nRegion,Sydsverige\n\nSammanfattning\n\"Text om projektet.\nPå två rader.\"\n" +
		"Tillgänglighet för personer med funktionsnedsättning\n\"Lokalerna är tillgängliga.\nFör alla.\"\nTransnationell samverkan\n\"EUs reformering.\nOch mer.\"\n"
	rec := parseOne(t, "p.csv", []byte(sheet))
	named := slices.ContainsFunc(rec.Warnings, func(w Warning) bool { return w.Key == KeyTransnational && w.Line == 19 })
	if deref(rec.Accessibility) == "<nil>" || !named {
		t.Errorf("accessibility %q; transnational named on line 19: %v (%v)", deref(rec.Accessibility), named, rec.Warnings)
	}
	// A cell of one line below is a line of the text: no heading's.
	one := strings.Replace(sheet, "\"EUs reformering.\nOch mer.\"", "\"EUs reformering.\"", 1)
	rec = parseOne(t, "p.csv", []byte(one))
	if slices.ContainsFunc(rec.Warnings, func(w Warning) bool { return w.Key == KeyTransnational }) {
		t.Errorf("a line over a cell of one line named: %v", rec.Warnings)
	}
}
