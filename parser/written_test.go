package parser

import (
	"slices"
	"strings"
	"testing"
)

// Labels as forms, OCR and hands write them: a dash glued to the colon or
// to the value, a note in brackets glued to the value, leader dots after a
// misspelt label, one letter OCR read as two.

// TestGluedMark reads a dash or an arrow glued to a letter or a digit,
// and no other mark.
func TestGluedMark(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want int
	}{
		{"-0410-733094", 1},
		{"–Ola Johnsson", len("–")},
		{"—Ola Johnsson", len("—")},
		{"->ola@example.se", 2},
		{"»Sydsverige", len("»")},
		{"- Ola Johnsson", 0}, // a dash before a space: a list's or a value's
		{"-", 0},              // a dash alone: the value says it is missing
		{"--x", 0},            // two dashes
		{"-> x", 0},
		{"-(ESF)", 0},
		{"x-y", 0}, // no mark first
		{"", 0},
	} {
		if got := gluedMark(tt.s); got != tt.want {
			t.Errorf("gluedMark(%q) = %d, want %d", tt.s, got, tt.want)
		}
	}
}

// TestCutDashGlued splits a line at a dash or an arrow glued to a letter
// or a digit after a space, and at no other mark.
func TestCutDashGlued(t *testing.T) {
	for _, tt := range []struct{ text, label, mark, value string }{
		{"Region -Sydsverige", "Region", "-", "Sydsverige"},
		{"Projektperiod -2009-01-15 till 2009-10-31", "Projektperiod", "-", "2009-01-15 till 2009-10-31"},
		{"Programområde ->Programområde 1", "Programområde", "->", "Programområde 1"},
		{"E-post ->ola@example.se", "E-post", "->", "ola@example.se"},
		{"Region »Sydsverige", "Region", "»", "Sydsverige"},
		{"Planerat antal deltagare -440", "Planerat antal deltagare", "-", "440"}, // past the first space
		{"Arbete -och försörjning", "Arbete", "-", "och försörjning"},             // the caller reads the value
		{"Region - Sydsverige", "", "", ""},                                       // spaced on both sides: the spelling reading's
		{"Region -> Sydsverige", "", "", ""},
		{"Region-Sydsverige", "", "", ""}, // glued on both sides: one word
		{"Region =Sydsverige", "", "", ""},
		{"Region -(ESF)", "", "", ""},
		{"Region -", "", "", ""},
		{" -Sydsverige", "", "", ""},
	} {
		label, mark, value, ok := cutDashGlued(tt.text)
		if label != tt.label || mark != tt.mark || value != tt.value || ok != (tt.label != "") {
			t.Errorf("cutDashGlued(%q) = %q, %q, %q, %v; want %q, %q, %q", tt.text, label, mark, value, ok, tt.label, tt.mark, tt.value)
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
		{"Progrmaområde -> 1.1 Kompetensförsörjning", "Programområde", "1.1 Kompetensförsörjning", "", `written "Progrmaområde", with "->" for the colon`},
		{"Knotaktperson = Margareta Wandel", "Kontaktperson", "Margareta Wandel", "", `with "=" for the colon`},
		{"Knotaktperson » Margareta Wandel", "Kontaktperson", "Margareta Wandel", "", `with "»" for the colon`},
		{"Knotaktperson Margareta Wandel", "", "", "", ""},
		{"Arbete och Försörjning -Trelleborg", "", "", "", ""},
		{"Programområde ->Programområde 1 Kompetensförsörjning", "Programområde", "Programområde 1 Kompetensförsörjning", "", `with "->" for the colon`},
		{"E-post ->margareta.wandel@ostsam.se", "E-post", "margareta.wandel@ostsam.se", "", `with "->" for the colon`},
		{"Kontaktperson ->ola johnsson", "Kontaktperson", "ola johnsson", "", `with "->" for the colon`},
		{"Region ->sydsverige", "Region", "sydsverige", "", `with "->" for the colon`},
		{"Programomrade -ett", "", "", "", ""}, // a small letter, no value of the field's
		{"E-post -ola.johnsson@trelleborg.se", "E-post", "ola.johnsson@trelleborg.se", "", `with "-" for the colon`},
		{"E-p0st -ola.johnsson@trelleborg.se", "E-post", "ola.johnsson@trelleborg.se", "", `with "-" for the colon`},
		{"Region\t-Sydsverige", "Region", "-Sydsverige", "", ""}, // a cell's own dash
		{"Epost -ola.johnsson@trelleborg.se", "Epost", "ola.johnsson@trelleborg.se", "", `with "-" for the colon`},
		{"Kommunen (Trelleborg)har drivit", "", "", "", ""},
		{"Regiori", "Region", "", "", `written "Regiori"`}, // alone, as OCR misreads it (misreadAlone)
		{"Regiorien", "", "", "", ""}, // a word more: another word
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
		if t := ocrSplitIn(spellingKey(tt.written), spellings(), false); t != nil {
			got = t.text
		}
		if got != tt.want {
			t.Errorf("ocrSplitIn(%q) = %q, want %q", tt.written, got, tt.want)
		}
	}
	for _, heading := range []string{"Tillgänglighet för persorier med funktionsnedsättning", "1.5 Tillgänglighet för personer mcd funktionsneclsättning"} {
		if h := spelledHeading(heading); h == nil || h.key != KeyAccessibility {
			t.Errorf("the heading %q read as %v", heading, h)
		}
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

// TestEmptyLabelOverText names a stacked label with no value whose line
// right below it was read as the text: a value too long to tell from the
// text's first paragraph. Below a blank line, or below a label of a field
// whose value is no text, the text's first line is its own.
func TestEmptyLabelOverText(t *testing.T) {
	owner := strings.Repeat("Stiftelsen för kompetensutveckling inom vård och omsorg, ", 5) + "avdelning Borås"
	prose := strings.Repeat("Perstorp är en kommun i Skåne med många företag och en lång historia. ", 7)
	long := strings.Repeat("Perstorp är en kommun i Skåne med många företag och en lång historia, ", 7) + "i Skåne"
	for _, tt := range []struct {
		label, below string
		named        bool
	}{
		{"Projektägare", "\n" + owner + "\n\nProjektnummer\n2015/00764", true},
		{"Projektägare", "\n" + prose, false}, // a sentence: the text's
		{"Projektägare", "\n\n" + long, false},
		{"Region", "\n" + long, false},
		// A printout's break between the label and its value: its lines
		// are no line of the page's.
		{"Projektägare", "\n\nSida 1 av 3\n\nUtskrivet från ESF-rådets projektbank\n\n" + owner + "\nProjektnummer\n2015/00764", true},
		{"Projektägare", "\n\nSida 1 av 3\n\nUtskrivet från ESF-rådets projektbank\n\n" + prose, false},
	} {
		page := "Within Kompetens\n\nProgramområde\n1.1 Kompetensförsörjning\n" + tt.label + tt.below + "\n\nSammanfattning\n\nText om projektet.\n"
		rec := parseOne(t, "p.txt", []byte(page))
		named := slices.ContainsFunc(rec.Warnings, func(w Warning) bool { return w.Line == 5 && strings.Contains(w.Message, "the line right below it") })
		text := slices.ContainsFunc(rec.Warnings, func(w Warning) bool { return w.Key == KeySummary && strings.Contains(w.Message, "may be the value of") })
		if named != tt.named || text != tt.named {
			t.Errorf("%s%q: named %v, want %v (%v)", tt.label, tt.below[:min(len(tt.below), 30)], named, tt.named, rec.Warnings)
		}
	}
}

// TestSmallLetterSlips reads stacked labels in small letters with a slip
// or OCR's letters as the labels, where the line below reads as the
// field's value, through as many readings again as maxSlipReadings: each
// goes on past one into the next, and the one past the bound is named.
func TestSmallLetterSlips(t *testing.T) {
	pairs := []struct{ label, value, key string }{
		{"proejktperiod", "2021-02-01 - 2021-10-31", "start_date"},
		{"projektniimmer", "2020/00634", "id"}, // the title's number
		{"kontaktpreson", "Peter Lindow", "contact_name"},
		{"regiori", "Sydsverige", "region"},
		{"telefonnumemr", "0435-78 10 00", "contact_phone"},
		{"planerat antal detlagare", "11", "participants"},
		{"total projektbudegt", "400 000 kr", "total_budget_sek"},
	}
	if len(pairs) != maxSlipReadings+1 {
		t.Fatalf("%d pairs for %d readings", len(pairs), maxSlipReadings)
	}
	page := "2020/00634 - Framtidsresan\n\nProjektägare\nPerstorps kommun, Arbetsmarknadsenheten\n"
	for _, p := range pairs {
		page += p.label + "\n" + p.value + "\n"
	}
	rec := parseOne(t, "p.txt", []byte(page))
	for n, p := range pairs {
		read := slices.ContainsFunc(rec.Warnings, func(w Warning) bool {
			return w.Key.String() == p.key && strings.Contains(w.Message, "read as the label")
		})
		if read != (n < maxSlipReadings) {
			t.Errorf("%q: read %v, want %v (%v)", p.label, read, n < maxSlipReadings, rec.Warnings)
		}
	}
	if !slices.ContainsFunc(rec.Warnings, func(w Warning) bool {
		return w.Key == KeyTotalBudget && strings.Contains(w.Message, "in small letters")
	}) {
		t.Errorf("the label past the bound not named: %v", rec.Warnings)
	}
	for _, below := range []string{
		"proejktperiod\nsnart\n",           // no period below it
		"projektniimmer\n2015/00764\n",     // another number than the page's
		"kommunerna i skåne\n2021-02-01\n", // no label's slip
	} {
		rec := parseOne(t, "p.txt", []byte("2020/00634 - Framtidsresan\n\nProjektägare\nPerstorps kommun\n"+below))
		if slices.ContainsFunc(rec.Warnings, func(w Warning) bool { return w.Line == 5 && strings.Contains(w.Message, "read as the label") }) {
			t.Errorf("%q: read as a label: %v", below, rec.Warnings)
		}
	}
}

// TestHeadingGoesOn joins a Markdown heading wrapped at a width to its
// line below where the two make a heading esf knows and the first alone
// none.
func TestHeadingGoesOn(t *testing.T) {
	for _, tt := range []struct {
		heading, next string
		want          bool
	}{
		{"Tillgänglighet för personer med funkti", "onsnedsättning", true},
		{"Tillgänglighet för personer med", "funktionsnedsättning", true},
		{"Tillgänglighet för personer med funktions-", "nedsättning", true},
		{"Syfte", "Syftet med projektet är att stärka.", false},
		{"Tillgänglighet", "för personer med funktionsnedsättning", false}, // a heading already, its text below
		{"Om projektet", "Text om projektet.", false},
		{"Tillgänglighet för personer med funkti", strings.Repeat("x", headingLikeLen+1), false},
	} {
		if got := headingGoesOn(tt.heading, tt.next); got != tt.want {
			t.Errorf("headingGoesOn(%q, %q) = %v, want %v", tt.heading, tt.next, got, tt.want)
		}
	}
	rec := parseOne(t, "p.md", []byte("# Gagna\n\n**Projektägare:** Arbete\n\n# Syfte\n\nText.\n\n# Tillgänglighet för personer med funkti\nonsnedsättning\n\nLokalerna.\n"))
	if deref(rec.Purpose) != "Text." || deref(rec.Accessibility) != "Lokalerna." {
		t.Errorf("purpose %q, accessibility %q", deref(rec.Purpose), deref(rec.Accessibility))
	}
}

// TestLabelWordsInText names a known label with a word or two after it,
// its separator and a value of its field, read as the text's first line,
// on the field and on the text; with a colon it is kept in extra, named
// on the field alone.
func TestLabelWordsInText(t *testing.T) {
	for _, tt := range []struct {
		line           string
		field, summary bool
	}{
		{"Insats av strategisk betydelse enligt beslut; Nej", true, true},
		{"Insats av strategisk betydelse enligt beslut: Nej", true, false},
		{"Insats av strategisk betydelse enligt ett beslut; Nej", false, false}, // three words
		{"Insats av strategisk betydelse enligt beslut; kanske senare", false, false},
		{"Insats av strategisk betydelse enligt beslut Nej", false, false}, // no separator
	} {
		page := "Digga\n\nProjektnummer: 23-038-S06\nProjektägare: Perstorps kommun\n" + tt.line + "\n\nPerstorp är Skånes minsta kommun.\n"
		rec := parseOne(t, "p.txt", []byte(page))
		field := slices.ContainsFunc(rec.Warnings, func(w Warning) bool { return w.Key == KeyStrategicImportance && w.Line == 5 })
		summary := slices.ContainsFunc(rec.Warnings, func(w Warning) bool { return w.Key == KeySummary && w.Line == 5 })
		if field != tt.field || summary != tt.summary {
			t.Errorf("%q: field named %v, summary %v; want %v, %v (%v)", tt.line, field, summary, tt.field, tt.summary, rec.Warnings)
		}
	}
}
