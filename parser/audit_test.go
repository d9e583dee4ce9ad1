package parser

import (
	"os"
	"slices"
	"strings"
	"testing"
)

// colonPage is a colon page's field block, from the 2021–2027 seed, with
// room for a line of the test in place of {}.
const colonPage = "23-038-S06 - Digga Perstorps Personal\n\nDiarienummer:\n23-038-S06\nNamn:\nDigga Perstorps Personal\n{}\nSlutdatum:\n2026-12-31\nRegion:\nSydsverige\n\nPerstorp är Skånes minsta kommun.\n"

// TestAuditAndSpellings holds each family of the audit and of tolerant
// label matching to a page shape: the value the record gets, and the
// warning's kind and line (0: no warning at all).
func TestAuditAndSpellings(t *testing.T) {
	tests := []struct {
		name   string
		insert string // the lines in place of {}, from line 7
		key    string
		want   any
		kind   WarningKind
		line   int
	}{
		{"an exact label reads silently", "Projektägare:\nPERSTORPS KOMMUN", "owner", "PERSTORPS KOMMUN", 0, 0},
		{"a label in capitals reads silently", "PROJEKTÄGARE:\nPERSTORPS KOMMUN", "owner", "PERSTORPS KOMMUN", 0, 0},
		{"a label without diacritics", "Projektagare:\nPERSTORPS KOMMUN", "owner", "PERSTORPS KOMMUN", WarnSpelling, 7},
		{"OCR: rn for m", "Kontaktperson:\nPeter Lindow\nProgramornråde:\nA", "programme_area_code", "A", WarnSpelling, 9},
		{"OCR: rn for m in a bare label's first letters", "E-rnail\nx@y.se", "contact_email", "x@y.se", WarnSpelling, 7},
		{"OCR: 1 for l", "Kontaktperson:\nPeter Lindow\nS1utdatum:\n2026-12-31", "end_date", "2026-12-31", WarnSpelling, 9},
		{"a label one letter off", "Kontaktpersen: Peter Lindow", "contact_name", "Peter Lindow", WarnSpelling, 7},
		{"a label of minFuzzyLabel letters one off", "Kommunor: Perstorp", "municipalities", []any{"Perstorp"}, WarnSpelling, 7},
		{"a label under minFuzzyLabel letters one off stays unknown, and is named", "Postart: Perstorp", "city", nil, WarnUnlabelled, 7},
		{"a label of minSlipLabel letters one off is named", "Emial: x@y.se", "contact_email", nil, WarnUnlabelled, 7},
		{"a label of minSlipLabel-1 letters one off is not named", "Lamd: Sverige", "country", nil, 0, 0},
		{"a plural of a short label is not named", "Regions: Sydsverige", "region", "Sydsverige", 0, 0},
		{"a letter more at the end of a short label is not named", "Mobile: ring växeln", "contact_phone", nil, 0, 0},
		{"a telephone number kept in extra is named where the record has none", "Mobile: 070-123 45 67", "contact_phone", nil, WarnUnread, 7},
		{"a letter dropped inside a short label is named", "Reion: Syd", "region", "Sydsverige", WarnUnlabelled, 7},
		{"an i dropped, which the spelling reads as l, is inside the word", "E-mal: x@y.se", "contact_email", nil, WarnUnlabelled, 7},
		{"a short label a slip from labels of two fields", "E-ail: x@y.se", "contact_email", nil, WarnUnlabelled, 7},
		{"a slip that undoes a label's own rn", "Country concenred: Sverige", "country", "Sverige", WarnSpelling, 7},
		{"a slip that makes an rn", "Unionens medfinansierngsgrad: 50 %", "eu_cofinancing_rate_pct", float64(50), WarnSpelling, 7},
		{"two letters swapped in a label of minFuzzyLabel letters", "Projektägrae: PERSTORPS KOMMUN", "owner", "PERSTORPS KOMMUN", WarnSpelling, 7},
		{"a label of minTwoOffLabel-1 letters two off stays unknown, and is named", "Kontaktparsan: Peter Lindow", "contact_name", nil, WarnUnlabelled, 7},
		{"a label two off, its value the field's, is named", "Psotnumer: 284 85", "postcode", nil, WarnUnlabelled, 7},
		{"a label of minSlipLabel letters two off is named", "Psotr: 284 85", "postcode", nil, WarnUnlabelled, 7},
		{"a label two off whose value is not the field's is not named", "Psotnumer: Perstorp", "postcode", nil, 0, 0},
		{"a label of minSlipLabel-1 letters two off is not named", "Pstr: 284 85", "postcode", nil, 0, 0},
		{"a label of minTwoOffLabel letters two off", "Antel deltagore: 25", "participants", float64(25), WarnSpelling, 7},
		{"a glued label in small letters before a name in small letters", "kontaktpersonola johnsson", "contact_name", "ola johnsson", WarnSpelling, 7},
		{"an OCR'd glued label before a name in small letters", "K0ntaktpersonola johnsson", "contact_name", "ola johnsson", WarnSpelling, 7},
		{"an OCR'd glued label before a name", "KontaktpérsonOla Johnsson", "contact_name", "Ola Johnsson", WarnSpelling, 7},
		{"an OCR'd glued label before a name in small letters it could begin", "Kontaktpérsonola johnsson", "contact_name", "ola johnsson", WarnSpelling, 7},
		{"the short label of the start", "Start: 2024-03-01", "start_date", "2024-03-01", 0, 0},
		{"the short label of the end", "Slut: 2026-12-31", "end_date", "2026-12-31", 0, 0},
		{"a PDF's ligature lost as a space", "Speci kt mål: A1A", "specific_objective", "A1A", WarnSpelling, 7},
		{"a PDF's ligature lost as nothing", "Unionens mednansieringsgrad: 50 %", "eu_cofinancing_rate_pct", float64(50), WarnSpelling, 7},
		{"a PDF's ligature lost, the value below", "Speci kt mål:\nA1A", "specific_objective", "A1A", WarnSpelling, 7},
		{"letters other than a ligature's lost stay unknown, and are named", "Speci mål: A1A", "specific_objective", nil, WarnUnlabelled, 7},
		{"an equals sign after the colon", "Projektägare := PERSTORPS KOMMUN", "owner", "PERSTORPS KOMMUN", 0, 0},
		{"an equals sign for the colon", "Projektägare = PERSTORPS KOMMUN", "owner", "PERSTORPS KOMMUN", WarnSpelling, 7},
		{"an arrow for the colon", "Projektägare -> PERSTORPS KOMMUN", "owner", "PERSTORPS KOMMUN", WarnSpelling, 7},
		{"a long arrow for the colon", "Projektägare ==> PERSTORPS KOMMUN", "owner", "PERSTORPS KOMMUN", WarnSpelling, 7},
		{"a label with its translation", "Projektägare / Project owner: PERSTORPS KOMMUN", "owner", "PERSTORPS KOMMUN", WarnSpelling, 7},
		{"a label with its translation, stacked", "Projektägare / Project owner\nPERSTORPS KOMMUN", "owner", "PERSTORPS KOMMUN", WarnSpelling, 7},
		{"a label with another field's label after a slash is named", "Projektägare / Region: PERSTORPS KOMMUN", "owner", nil, WarnUnlabelled, 7},
		{"a row of three columns, its value's cell empty", "Projektägare\t\tPERSTORPS KOMMUN", "owner", nil, WarnUnused, 7},
		{"a row of three columns", "Projektägare\tPERSTORPS KOMMUN\tKRISTIANSTADS KOMMUN", "owner", "PERSTORPS KOMMUN", WarnUnused, 7},
		{"a PDF form's field with its number", "Projektägare_2: PERSTORPS KOMMUN", "owner", "PERSTORPS KOMMUN", WarnSpelling, 7},
		{"a PDF form's field with its number and an equals sign", "Stodmottagare_postnr_12=28485", "postcode", "28485", WarnSpelling, 7},
		{"a form's number of maxFieldNumber digits", "Projektägare_12345: PERSTORPS KOMMUN", "owner", "PERSTORPS KOMMUN", WarnSpelling, 7},
		{"a number of more digits is no form's", "Projektägare_123456: PERSTORPS KOMMUN", "owner", nil, WarnUnlabelled, 7},
		{"a semicolon for the colon", "Projektägare; PERSTORPS KOMMUN", "owner", "PERSTORPS KOMMUN", WarnSpelling, 7},
		{"a colon typed twice", "Projektägare:: PERSTORPS KOMMUN", "owner", "PERSTORPS KOMMUN", 0, 0},
		{"a note in brackets after a label", "Projektägare (namn): PERSTORPS KOMMUN", "owner", "PERSTORPS KOMMUN", WarnSpelling, 7},
		{"a unit in brackets goes with the amount", "Total projektbudget (tkr): 850", "total_budget_sek", float64(850000), 0, 0},
		{"a unit in brackets in capitals", "Beviljat ESF-stöd (MSEK): 1,5", "esf_support_sek", float64(1500000), 0, 0},
		{"a unit after the label", "Beviljat ESF-stöd i tkr: 7 380", "esf_support_sek", float64(7380000), 0, 0},
		{"a unit after the label, its colon apart", "Beviljat ESF-stöd i kronor : 7 380 388", "esf_support_sek", float64(7380388), 0, 0},
		{"no unit after the label", "Beviljat ESF-stöd i år: 7 380", "esf_support_sek", nil, WarnUnlabelled, 7},
		{"a form's star after a label", "Projektägare*: PERSTORPS KOMMUN", "owner", "PERSTORPS KOMMUN", WarnSpelling, 7},
		{"emphasis left after the colon", "Projektägare:** PERSTORPS KOMMUN", "owner", "PERSTORPS KOMMUN", 0, 0},
		{"a label alone with a tab after it has no value", "Stödmottagarens adress\t\nProgramområde\t\nSpecifikt mål\t1.1", "address", nil, 0, 0},
		{"a full-width colon", "Projektägare：PERSTORPS KOMMUN", "owner", "PERSTORPS KOMMUN", WarnSpelling, 7},
		{"a spaced dash for the colon", "Projektägare - PERSTORPS KOMMUN", "owner", "PERSTORPS KOMMUN", WarnSpelling, 7},
		{"Markdown emphasis", "**Projektägare:** PERSTORPS KOMMUN", "owner", "PERSTORPS KOMMUN", WarnSpelling, 7},
		{"a bullet", "• Projektägare: PERSTORPS KOMMUN", "owner", "PERSTORPS KOMMUN", WarnSpelling, 7},
		{"a label hyphenated over two lines", "Projekt-\nägare:\nPERSTORPS KOMMUN", "owner", "PERSTORPS KOMMUN", WarnSpelling, 7},
		{"a label hyphenated over a blank line", "Projekt-\n\nägare:\nPERSTORPS KOMMUN", "owner", "PERSTORPS KOMMUN", WarnSpelling, 7},
		{"a label hyphenated over two blank lines", "Projekt-\n\n\nägare:\nPERSTORPS KOMMUN", "owner", "PERSTORPS KOMMUN", WarnSpelling, 7},
		{"a label hyphenated over three blank lines stays apart", "Projekt-\n\n\n\nägare:\nPERSTORPS KOMMUN", "owner", nil, WarnUnlabelled, 11},
		{"a label wrapped over two lines", "Sekundärtema - Motverka\nbarnfattigdom: Nej", "secondary_theme_child_poverty", false, WarnSpelling, 7},
		{"a label wrapped where its second half is a label", "Projektägare\norg.nr.: 2120000910", "owner_org_number", "212000-0910", WarnSpelling, 7},
		{"the project bank's other label for the org number", "Projektägare org.nr.: 2120000910", "owner_org_number", "212000-0910", 0, 0},
		{"a programme period label", "Programperiod: 2014–2020", "programme_period", "2014-2020", 0, 0},
		{"an owner in capitals beginning with a list label", "Projektägare:\nKOMMUNFÖRBUNDET KALMAR LÄN", "owner", "KOMMUNFÖRBUNDET KALMAR LÄN", 0, 0},
		{"an owner in capitals beginning with a label", "Projektägare:\nNAMNBYRÅN AB", "owner", "NAMNBYRÅN AB", 0, 0},
		{"an owner that is a bare label word", "Projektägare:\nRegion\nStartdatum:\n2024-03-01", "owner", "Region", 0, 0},
		{"a date with a time", "Startdatum:\n2024-03-01 00:00:00", "start_date", "2024-03-01", 0, 0},
		{"an address with its mailto leftover", "E-post:\nx@y.se<mailto:x@y.se>", "contact_email", "x@y.se", 0, 0},
		{"a Markdown mail link", "E-post: [x@y.se](mailto:x@y.se)", "contact_email", "x@y.se", 0, 0},
		{"guillemets around the owner", "Projektägare:\n«Perstorps kommun»", "owner", "Perstorps kommun", 0, 0},
		{"a value holding a label and its colon", "Land som berörs: Sverige Projektägare: Perstorps kommun", "country", "Sverige Projektägare: Perstorps kommun", WarnLabelInValue, 7},
		{"a value that is the top of a printed page", "Projektägare: Logotyp på utskrifter", "owner", "Logotyp på utskrifter", WarnLabelInValue, 7},
		{"a value that is the top of a printed page in English", "Projektägare: LOGO ON PRINTOUTS", "owner", "LOGO ON PRINTOUTS", WarnLabelInValue, 7},
		{"a one-line field over two lines", "Startdatum:\n2024-03-01\nbeslutas senare", "start_date", "2024-03-01", WarnUnlabelled, 9},
		{"a placeholder for the id", "Projektnummer:\nej beslutat", "id", "23-038-S06", WarnValue, 8},
		{"an id of words", "Projektnummer:\nbeslutas i maj", "id", "23-038-S06", WarnConflict, 8},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := strings.Replace(colonPage, "{}", tt.insert, 1)
			rec := parseOne(t, "page.txt", []byte(page))
			got := keyValues(t, rec, tt.key)[tt.key]
			if jsonString(got) != jsonString(tt.want) {
				t.Errorf("%s = %s, want %s", tt.key, jsonString(got), jsonString(tt.want))
			}
			if tt.line == 0 {
				if len(rec.Warnings) > 0 {
					t.Errorf("warnings %v, want none", rec.Warnings)
				}
				return
			}
			for _, w := range rec.Warnings {
				if w.Line == tt.line && w.Kind == tt.kind {
					return
				}
			}
			t.Errorf("no %s warning on line %d in %v", tt.kind, tt.line, rec.Warnings)
		})
	}
}

// TestSpellingsAreUnambiguous holds the label table to labels of different
// keys that no tolerant spelling confuses.
func TestSpellingsAreUnambiguous(t *testing.T) {
	seen := map[string]*term{}
	for i := range terms {
		if terms[i].role&asLabel == 0 {
			continue
		}
		k := spellingKey(terms[i].text)
		if prev, ok := seen[k]; ok && prev.key != terms[i].key {
			t.Errorf("%q and %q fold alike (%q) but fill %s and %s", prev.text, terms[i].text, k, prev.key, terms[i].key)
		}
		seen[k] = &terms[i]
	}
}

// TestValuesAreNotLabels holds spellingOf to lines that are values which
// only begin like a label, or prose.
func TestValuesAreNotLabels(t *testing.T) {
	for _, line := range []string{
		"KOMMUNFÖRBUNDET KALMAR LÄN",
		"Region Västmanland har länge arbetat med frågor om kompetens.",
		"Perstorps kommun, Avd: Arbetsmarknad",
		"Digga: Perstorps Personal",
		"ESF-rådet - Svenska ESF-rådet",
		"Projektet ska - i samverkan - nå ut",
		"ca 11", // "ca" and "11" read as "Call" by OCR's 1 for l
		"Ca 11",
	} {
		if sp, ok := spellingOf(line); ok {
			t.Errorf("spellingOf(%q) read the label %q", line, sp.term.text)
		}
	}
	// A digit inside a word is OCR's letter.
	if sp, ok := spellingOf("Ca11: 2021-001"); !ok || sp.term.key != KeyCallID {
		t.Errorf(`spellingOf("Ca11: 2021-001") = %v, %v; want the label of call_id`, sp.term, ok)
	}
}

// TestWrappedValues checks that a value which reads as its key only with
// the line below it is read whole, on the label's line, and that the
// join is made only then: not when the value reads alone, not when the
// line below is a label, not when the two lines do not read together.
func TestWrappedValues(t *testing.T) {
	data, err := os.ReadFile("../testdata/variants/003_empty_glued_value.txt")
	if err != nil {
		t.Fatal(err)
	}
	clean := string(data)
	base, err := Parse("p.txt", data, Options{})
	if err != nil || len(base) != 1 {
		t.Fatalf("%d records, %v", len(base), err)
	}
	for _, c := range []struct {
		name, from, to string
		check          func(*Project) string
	}{
		{"glued programme area", "ProgramområdeProgramområde 2 Ökat arbetskraftsutbud", "ProgramområdeProgramområde\n2 Ökat arbetskraftsutbud",
			func(p *Project) string {
				return valueOf(p.Name) + "|" + valueOf(p.ProgrammeAreaCode) + "|" + valueOf(p.ProgrammeAreaName)
			}},
		{"glued period", "Projektperiod2009-01-15 till 2009-10-31", "Projektperiod2009-01-15 till\n2009-10-31",
			func(p *Project) string { return valueOf(p.StartDate) + "|" + valueOf(p.EndDate) }},
	} {
		page := strings.Replace(clean, c.from, c.to, 1)
		if page == clean {
			t.Fatalf("%s: %q is not on the page", c.name, c.from)
		}
		recs, err := Parse("p.txt", []byte(page), Options{})
		if err != nil || len(recs) != 1 {
			t.Fatalf("%s: %d records, %v", c.name, len(recs), err)
		}
		if got, want := c.check(recs[0]), c.check(base[0]); got != want {
			t.Errorf("%s: %s, want %s", c.name, got, want)
		}
		if len(recs[0].Warnings) != len(base[0].Warnings) {
			t.Errorf("%s: warnings %v", c.name, recs[0].Warnings)
		}
	}

	for _, c := range []struct {
		name  string
		lines string
		joins bool
	}{
		{"wraps", "ProgramområdeProgramområde\n2 Ökat arbetskraftsutbud", true},
		{"reads alone", "ProgramområdeProgramområde 2 Ökat arbetskraftsutbud\nProjektfasGenomförande", false},
		{"a label below", "ProgramområdeProgramområde\nProjektfasGenomförande", false},
		{"does not read joined", "ProgramområdeProgramområde\nsom alla andra", false},
		{"a blank line between", "ProgramområdeProgramområde\n\n2 Ökat arbetskraftsutbud", false},
		{"spaced period", "Projektperiod 2009-01-15 till\n2009-10-31", true},
		{"a period after its colon", "Projektperiod: 2009-01-15 till\n2009-10-31", true},
		{"an amount above its unit", "Beviljat ESF-stöd: 493 090\nkr", true},
		{"a glued amount above its unit", "Beviljat ESF-stöd493 090\nkr", true},
		{"an amount above its last digits", "Total projektbudget: 400\n000 kr", true},
		{"an amount above a word", "Total projektbudget: 400 000 kr\nPerstorp", false},
		{"an area's code above its name", "Programområde: Programområde 2\nÖkat arbetskraftsutbud\nRegion: Sydsverige", true},
		{"an area's code above its name at the block's end", "Programområde: Programområde 2\nÖkat arbetskraftsutbud\n\nSammanfattning", false},
		{"an area's code above its name without diacritics", "Programområde: 2\nOkat arbetskraftsutbud\nRegion: Sydsverige", true},
		{"an area's code above a name no programme gives", "Programområde: 2\nFramtidsresan\nProjektnummer: 2020/00634", false},
		{"an area with its name above a name", "Programområde: 2 Ökat arbetskraftsutbud\nKompetensförsörjning\nRegion: Sydsverige", false},
		{"an area's code above a sentence", "Programområde: 2\nProjektet ska ge unga arbete.\nRegion: Sydsverige", false},
		{"an area's code above its name in small letters", "Programområde: 2\nökat arbetskraftsutbud\nRegion: Sydsverige", true},
		{"an area's code above words with a digit", "Programområde: 2\nÖkat 2\nRegion: Sydsverige", false},
		{"a region wrapped", "Region: Östra\nMellansverige", true},
		{"a region that reads above a word", "Region: Sydsverige\nÖstra", false},
	} {
		lines := classifyText(c.lines+"\n", nil, nil, nil, nil)
		first := &lines[0]
		joined := first.num == 1 && (len(lines) == 1 || lines[1].num != 2) && (first.reads || first.form == formColon && valueReads(first.term.key, first.value))
		if joined != c.joins {
			t.Errorf("%s: joined %v, want %v (%d lines)", c.name, joined, c.joins, len(lines))
		}
	}
}

// TestWrappedOwnerBeforeBlankLine checks a value wrapped before a word
// that is also a list label ("Kristianstads" / "kommun"), on a page with
// blank lines between its entries: the word is the rest of the value, not
// the heading of the municipalities, which would end the page there.
func TestWrappedOwnerBeforeBlankLine(t *testing.T) {
	data, err := os.ReadFile("../testdata/variants/002_blank_lines.txt")
	if err != nil {
		t.Fatal(err)
	}
	for _, wrap := range []string{"Kristianstads\nkommun", "KRISTIANSTADS\nKOMMUN"} {
		page := strings.Replace(string(data), "\nKristianstads kommun\n", "\n"+wrap+"\n", 1)
		recs, err := Parse("p.txt", []byte(page), Options{})
		if err != nil || len(recs) != 1 {
			t.Fatalf("%q: %d records, %v", wrap, len(recs), err)
		}
		if got := valueOf(recs[0].Owner); !strings.EqualFold(got, "Kristianstads kommun") {
			t.Errorf("%q: owner %q", wrap, got)
		}
		if recs[0].ID == nil || recs[0].Summary == nil {
			t.Errorf("%q: the page after the owner is lost", wrap)
		}
	}
}

// TestListLabelBelowValue reads a list's label right below a value that
// does not go on there: in capitals below a value in small letters, or
// saying the value's last word again. It is the list's label.
func TestListLabelBelowValue(t *testing.T) {
	for _, tt := range []struct{ owner, label, item string }{
		{"Kristianstads kommun", "KOMMUN", "Hela Skåne"},
		{"Coompanion Skåne", "KOMMUN", "Hela Skåne"},
		{"Kristianstads kommun", "kommun", "Samtliga i länet"},
		{"Kristianstads kommun", "Kommun", "Ystad"},
	} {
		page := "Nya vägar in\n\nPROJEKTNUMMER\n2016/00245\nPROJEKTÄGARE\n" + tt.owner + "\n" + tt.label + "\n" + tt.item + "\nREGION\nSydsverige\n\nVi arbetar med coachning och praktik hos arbetsgivare i kommunen.\n"
		rec := parseOne(t, "page.txt", []byte(page))
		if got := valueOf(rec.Owner); got != tt.owner || len(rec.Municipalities) != 1 || rec.Municipalities[0] != tt.item {
			t.Errorf("%s: owner %q, municipalities %v", tt.label, got, rec.Municipalities)
		}
	}
}

func TestAllCaps(t *testing.T) {
	for text, want := range map[string]bool{
		"PERSTORPS": true, "AB 2": true, "ÅSTORP": true, "Perstorps": false, "kommun": false, "PERSTORPs": false, "2024": false, "": false,
	} {
		if got := allCaps(text); got != want {
			t.Errorf("allCaps(%q) = %v, want %v", text, got, want)
		}
	}
}

// TestLooksLikePersonName holds the test a name typed in small letters
// and glued to its label must pass, at each of its edges.
func TestLooksLikePersonName(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"ola johnsson", true},
		{"anna-karin berg", true},
		{"stefan Johansson", true},
		{"ola j", true},                // the last word may be short
		{"bo johnsson", false},         // the first word under three letters
		{"johnsson", false},            // one word
		{"a b c d e", false},           // five words
		{"ola von der johnsson", true}, // four words
		{"ola johnsson 2", false},      // a digit
		{"pérsonOla Johnsson", false},  // the rest of a label glued to the name
		{"personOla Johnsson", false},  // the same, without the OCR
		{"ola McDonald", false},        // a capital after small letters, too
		{"OLA JOHNSSON", true},         // capitals only
		{"Ola Johnsson", true},         // a capital first
		{"o'neil johnsson", true},      // an apostrophe
		{"ola johnsson@ex.se", false},  // an address
		{"dr. ola johnsson", true},     // a point
		{"ola johnsson, avd", false},   // a comma
		{"åsa öberg", true},            // letters beyond ASCII
		{"åsaÖberg johnsson", false},   // glued beyond ASCII
		{"  ola   johnsson  ", true},   // spaces
	} {
		if got := looksLikePersonName(c.s); got != c.want {
			t.Errorf("looksLikePersonName(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}

// TestBrokenLabelOfTheSameKey checks that a bare label which is the first
// words of a longer label of the same key joins the line that ends it
// ("Contact" / "person"), and that a bare label joins nothing that is its
// value.
func TestBrokenLabelOfTheSameKey(t *testing.T) {
	for _, c := range []struct {
		lines string
		want  string // the first line as read: its label, or "" for none
		n     int    // lines after joining
	}{
		{"Contact\nperson\nKaisa Welander", "Contact person", 2},
		{"Kontakt\nperson\nKaisa Welander", "Kontaktperson", 2},
		{"Contact person\nKaisa Welander", "Contact person", 2},
		{"Kontaktperson\nOla Johnsson", "Kontaktperson", 2},
		{"Region\nSkåne", "Region", 2},
		{"Contact\nKaisa Welander", "Contact", 2},
		// The label runs on into a line where its value is glued to it.
		{"Contact\npersonOla Johnsson", "Contact person", 1},
		{"Project\nphaseFörprojektering", "Project phase", 1},
		{"Region\nSkåne län", "Region", 2}, // the label ends with the first line
	} {
		lines := classifyText(c.lines+"\n", nil, nil, nil, nil)
		got := ""
		if len(lines) > 0 && lines[0].term != nil {
			got = lines[0].term.text
		}
		if got != c.want || len(lines) != c.n {
			t.Errorf("%q: first line read as %q in %d lines, want %q in %d", c.lines, got, len(lines), c.want, c.n)
		}
	}
}

// TestBrokenGluedLabel checks a label glued to its value whose first word
// wrapped onto a line of its own ("Beviljat" / "ESF-stöd493 090 kr"): the
// word joins the label, with a warning that names its line, and is not
// the value of the label above, which stays empty.
func TestBrokenGluedLabel(t *testing.T) {
	data, err := os.ReadFile("../testdata/variants/003_empty_glued_value.txt")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ from, to string }{
		{"Beviljat ESF-stöd493", "Beviljat\nESF-stöd493"},
		{"Total projektbudget820", "Total\nprojektbudget820"},
	} {
		page := strings.Replace(string(data), c.from, c.to, 1)
		recs, err := Parse("p.txt", []byte(page), Options{})
		if err != nil || len(recs) != 1 {
			t.Fatalf("%q: %d records, %v", c.to, len(recs), err)
		}
		r := recs[0]
		if r.ContactPhone != nil || r.ESFSupportSEK == nil || *r.ESFSupportSEK != 493090 || r.TotalBudgetSEK == nil || *r.TotalBudgetSEK != 820090 {
			t.Errorf("%q: phone %q, support %v, budget %v", c.to, valueOf(r.ContactPhone), r.ESFSupportSEK, r.TotalBudgetSEK)
		}
		warned := false
		for _, w := range r.Warnings {
			warned = warned || strings.Contains(w.Message, "broken over two lines")
		}
		if !warned {
			t.Errorf("%q: no warning of the broken label: %v", c.to, r.Warnings)
		}
	}
	// A word that is no label's first word stays where it was.
	lines := classifyText("Telefonnummer\nSaknas\nESF-stöd493 090 kr\n", nil, nil, nil, nil)
	if len(lines) != 3 {
		t.Errorf("\"Saknas\" joined the label below it: %d lines", len(lines))
	}
}

// TestValueRunsOnAfterComma checks that a value ending with a comma goes
// on into a line that reads as a label esf does not know, and only then.
func TestValueRunsOnAfterComma(t *testing.T) {
	for _, c := range []struct {
		lines, owner, extra string
	}{
		{"Projektägare:\nPerstorps kommun,\nAvd: Arbetsmarknad", "Perstorps kommun, Avd: Arbetsmarknad", ""},
		{"Projektägare: Perstorps kommun,\nAvd: Arbetsmarknad", "Perstorps kommun, Avd: Arbetsmarknad", ""},
		{"Projektägare: Perstorps kommun\nAvd: Arbetsmarknad", "Perstorps kommun", "Avd"},     // no comma
		{"Projektägare: Perstorps kommun,\n\nAvd: Arbetsmarknad", "Perstorps kommun,", "Avd"}, // a blank line between
		{"Projektägare: Perstorps kommun,\nRegion: Sydsverige", "Perstorps kommun,", ""},      // a known label
		{"Kommun: Perstorp,\nAvd: Arbetsmarknad", "", "Avd"},                                  // a list
	} {
		page := "Projektnummer:\n2020/00634\nNamn:\nX\n" + c.lines + "\nKontaktperson:\nPeter Lindow\n"
		recs, err := Parse("p.txt", []byte(page), Options{})
		if err != nil || len(recs) != 1 {
			t.Fatalf("%q: %d records, %v", c.lines, len(recs), err)
		}
		r := recs[0]
		owner := ""
		if r.Owner != nil {
			owner = *r.Owner
		}
		extra := ""
		if len(r.Extra) > 0 {
			extra = r.Extra[0].Label
		}
		if owner != c.owner || extra != c.extra {
			t.Errorf("%q: owner %q, extra %q; want %q, %q", c.lines, owner, extra, c.owner, c.extra)
		}
	}
}

// TestGluedHead holds where a glued line's label is taken to end for the
// audit's look for a misspelt label: where small letters run into a
// capital or a digit, within the label's length, before any space after
// a word that is not a letter's.
func TestGluedHead(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"ReionSydsverige", "Reion"},
		{"KontaktprsonOla Johnsson", "Kontaktprson"},
		{"Projektnumer2015/00764", "Projektnumer"},
		{"Beviljat ESF-stödd493 090 kr", "Beviljat ESF-stödd"},
		{"Perstorps kommun", ""},
		{"REGIONSYDSVERIGE", ""},
		{"Region Sydsverige", ""},
		{"Text, och MerText", ""},
		{"", ""},
	} {
		if got := gluedHead(tt.in); got != tt.want {
			t.Errorf("gluedHead(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestProgrammePeriodNotRead holds a programme period that reads as none
// of the three to null, as SPEC's record allows, with its warning.
func TestProgrammePeriodNotRead(t *testing.T) {
	rec := parseOne(t, "p.txt", []byte("X\n\nProjektnummer:\n2020/00634\nProgramperiod:\n0\n"))
	if rec.ProgrammePeriod == nil || *rec.ProgrammePeriod != Period2014 {
		t.Errorf("programme_period %v, want the id's %s", jsonString(rec.ProgrammePeriod), Period2014)
	}
	found := false
	for _, w := range rec.Warnings {
		found = found || w.Line == 6 && w.Key == KeyProgrammePeriod && strings.Contains(w.Message, `"0" is not a programme period`)
	}
	if !found {
		t.Errorf("no warning on line 6: %v", rec.Warnings)
	}
}

func TestPhoneShaped(t *testing.T) {
	for s, want := range map[string]bool{
		"0410-733094": true, "070-123 45 67": true, "+46 410 73 30 94": true, "+46 (0)410-733094": true, "08/123 456": true,
		"0410-73": false, "0410-733094123": false, "2023-11-20": false, "212000-0910": false, "00 46 410 733094": false,
		"0410-733094 (växel)": false, "28485": false, "": false, "0410 733 09": true, "041-07330": true, "041-0733": false,
		// phoneDigitsMin and phoneDigitsMax at their edges, from the 0 or
		// from +46 standing for it.
		"08-123 456": true, "08-123 45": false, "0701-234 56 78": true, "0701-234 56 789": false,
		"+46 8 123 456": true, "+46 8 123 45": false, "+46 701 234 56 78": true, "+46 701 234 56 789": false,
		"+46 0701 234 56 78": true, "+46 08 123 45": false, "+46": false, "+46 0": false, "+46 00 123 456 78": false,
		"08-123\u00a0456": true, "08–123 456": false, "\xff08-123 456": false, " 08-123 456 ": true,
	} {
		if got := phoneShaped(s); got != want {
			t.Errorf("phoneShaped(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestEmailIn(t *testing.T) {
	for s, want := range map[string]string{
		"ola@x.se": "ola@x.se", "E-post: ola.j@kommun.se, tel": "ola.j@kommun.se", "<ola@x.se>": "ola@x.se",
		"@x.se": "", "ola@x": "", "https://x.se/a@b": "", "ola@x.": "", "a b@c.se d": "b@c.se", "(ola@x.se)": "ola@x.se",
	} {
		if got := emailIn(s); got != want {
			t.Errorf("emailIn(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestColonLike checks the colons of other scripts and the dashes read for
// a label's colon, at the edges: a hyphen only before a space or alone, a
// value after it for colonLike.
func TestColonLike(t *testing.T) {
	for _, tt := range []struct {
		s         string
		at, value int
	}{
		{"：ola@x.se", len("："), len("：")}, {"﹕x", len("﹕"), len("﹕")}, {"∶x", len("∶"), len("∶")},
		{"꞉x", len("꞉"), len("꞉")}, {"︓x", len("︓"), len("︓")},
		{"—Sydsverige", len("—"), len("—")}, {"– Sydsverige", len("–"), len("–")},
		{"--2015", 2, 2}, {"-- 2015", 2, 2}, {"---", 2, 2},
		{"- 2015", 1, 1}, {"-2015", 0, 0}, {"-", 1, 0}, {"- ", 1, 0},
		{"：", len("："), 0}, {"— ", len("—"), 0}, {"—\u200b", len("—"), 0}, {"—:", len("—"), 0},
		{"‒x", 0, 0}, {":x", 0, 0}, {";x", 0, 0}, {"x", 0, 0}, {"", 0, 0},
	} {
		if got := colonAt(tt.s); got != tt.at {
			t.Errorf("colonAt(%q) = %d, want %d", tt.s, got, tt.at)
		}
		if got := colonLike(tt.s); got != tt.value {
			t.Errorf("colonLike(%q) = %d, want %d", tt.s, got, tt.value)
		}
	}
	for line, want := range map[string][3]string{
		"E-post：ola@trelleborg.se":    {"E-post", "ola@trelleborg.se", `with "：" for the colon`},
		"Region—Sydsverige":           {"Region", "Sydsverige", `with "—" for the colon`},
		"Projektnummer -- 2020/00634": {"Projektnummer", "2020/00634", `with "--" for the colon`},
		"Projektägare--":              {"Projektägare", "", `with "--" for the colon`},
		"Projektägare：":               {"Projektägare", "", `with "：" for the colon`},
		"Kontaktperson -":             {"Kontaktperson", "", `with "-" for the colon`},
		"Projektnummer- 2020/00634":   {"Projektnummer", "2020/00634", `with "-" for the colon`},
	} {
		l := classify(line, 1, false)
		if l.term == nil || l.term.text != want[0] || l.form != formColon || l.value != want[1] || l.spelling != want[2] {
			t.Errorf("classify(%q) = %v, %v, %q, %q; want %q with a colon, %q, %q", line, l.term, l.form, l.value, l.spelling, want[0], want[1], want[2])
		}
	}
}

// TestLabelSeparatedOtherwise holds a label with a note in brackets, and
// a shortened label, with what stands for the colon after them: each read
// as its label, its value after the separator, the separator named.
func TestLabelSeparatedOtherwise(t *testing.T) {
	for line, want := range map[string][3]string{
		"Region (ESF) = Sydsverige":            {"Region", "Sydsverige", `with "(ESF)" after it, with "=" for the colon`},
		"Region (ESF)=Sydsverige":              {"Region", "Sydsverige", `with "(ESF)" after it, with "=" for the colon`},
		"Region (ESF) – Sydsverige":            {"Region", "Sydsverige", `with "(ESF)" after it, with "–" for the colon`},
		"Region (ESF) -> Sydsverige":           {"Region", "Sydsverige", `with "(ESF)" after it, with "->" for the colon`},
		"Region (ESF); Sydsverige":             {"Region", "Sydsverige", `with "(ESF)" after it, with ";" for the colon`},
		"Region (ESF): Sydsverige":             {"Region", "Sydsverige", `with "(ESF)" after it`},
		"Spec. mål = 1.1":                      {"Specifikt mål", "1.1", `shortened, with "=" for the colon`},
		"Spec. mål=1.1":                        {"Specifikt mål", "1.1", `shortened, with "=" for the colon`},
		"Kontaktpers. – Ola Johnsson":          {"Kontaktperson", "Ola Johnsson", `shortened, with "–" for the colon`},
		"Kontaktpers. | Ola Johnsson":          {"Kontaktperson", "Ola Johnsson", `shortened, with "|" for the colon`},
		"Prog.område = 1":                      {"Programområde", "1", `shortened, with "=" for the colon`},
		"Programomr. –":                        {"Programområde", "", `shortened, with "–" for the colon`},
		"Projektägare (uppgift) –":             {"Projektägare", "", `with "(uppgift)" after it, with "–" for the colon`},
		"Total projektbudget (kr) = 9 997 836": {"Total projektbudget", "9 997 836 kr", `with "=" for the colon`},
	} {
		l := classify(line, 1, false)
		if l.term == nil || l.term.text != want[0] || l.form != formColon || l.value != want[1] || l.spelling != want[2] {
			t.Errorf("classify(%q) = %v, %v, %q, %q; want %q with a colon, %q, %q", line, l.term, l.form, l.value, l.spelling, want[0], want[1], want[2])
		}
	}
	for s, want := range map[string]int{
		": x": 1, "; x": 1, "\tx": 1, "：x": len("："), "= x": 1, "=x": 1, "– x": len("–"), "- x": 1, "-x": 0, "-> x": 2, "| x": 1,
		"x": 0, "": 0, "(x)": 0,
	} {
		if got := noteSeparator(s); got != want {
			t.Errorf("noteSeparator(%q) = %d, want %d", s, got, want)
		}
	}
	for s, want := range map[string][2]int{
		"Spec. mål = 1.1": {len("Spec. mål"), 2}, "Spec. mål=1.1": {len("Spec. mål"), 1}, "Kontaktpers. – Ola": {12, 1 + len("–")}, "Kontaktpers. -> Ola": {12, 3},
		"Kontaktpers -Ola": {-1, 0}, "ESF-stöd 400": {-1, 0}, "Spec. mål 1.1": {-1, 0}, "= x": {-1, 0}, "x =": {1, 2}, "": {-1, 0},
	} {
		if at, n := otherSeparator(s); at != want[0] || n != want[1] {
			t.Errorf("otherSeparator(%q) = %d, %d; want %d, %d", s, at, n, want[0], want[1])
		}
	}
	for _, tt := range []struct {
		label, value string
		want         bool
	}{
		{"Kontakt", "pers Ola Johnsson", true}, {"Kontakt", "pers. Ola Johnsson", true}, {"Kontakt", "personen Ola", false}, // no label's
		{"Kontakt", "Ola Johnsson", false}, {"Kontakt", "ola johnsson", false}, {"Kontakt", "", false}, {"Kontakt", "2 Ola", false},
		{"Projektägare", "perstorps kommun", false},
	} {
		if got := labelWordGoesOn(tt.label, tt.value); got != tt.want {
			t.Errorf("labelWordGoesOn(%q, %q) = %v, want %v", tt.label, tt.value, got, tt.want)
		}
	}
}

func TestHoldsAddressOrDate(t *testing.T) {
	for s, want := range map[string]bool{
		"Webbplats www.trelleborg.se": true, "https://esf.se/a": true, "(www.x.se)": false, "se www.x.se.": true,
		"Beslutsdatum 2008-12-01": true, "beslut 1.3.2024,": true, "Enheten 2.0": false, "Arbetsmarknadsenheten": false, "2008-12": false, "": false,
	} {
		if got := holdsAddressOrDate(s); got != want {
			t.Errorf("holdsAddressOrDate(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestOtherColon(t *testing.T) {
	for s, want := range map[string]int{
		"........ 2015": 8, "..2015": 2, ". 2015": 0, "… 2015": len("…"), "·· x": len("··"), "· x": 0, "__ x": 2, "_x": 0,
		"→ x": len("→"), "→x": len("→"), "→2": len("→"), "→,": 0, "= x": 1, "=x": 1, "==x": 0, "=>x": 2, "=>=": 0, "=": 1, "| x |": 1, "-> x": 2, "=> x": 2, "⇒ x": len("⇒"), "- x": 0, "x": 0, "": 0,
		"» x": len("»"), "»x": 0, "› x": len("›"), ">> x": 2, ">>x": 0, "➔ x": len("➔"), "► x": len("►"), "▶ x": len("▶"),
		"> x": 1, ">x": 0, ">": 1, "> Projekt > Framtidsresan": 0, "> Framtidsresan >": 1,
	} {
		if got := otherColon(s); got != want {
			t.Errorf("otherColon(%q) = %d, want %d", s, got, want)
		}
	}
}

// TestReplacementCharacterWarned checks that a value holding U+FFFD, where
// a character was lost before the page reached esf, is named in a
// warning on its line, whatever its key.
func TestReplacementCharacterWarned(t *testing.T) {
	for _, tt := range []struct {
		page string
		line int
		key  Key
	}{
		{"Projektnummer:\n\u00e2\ufffd\u00a62020/00634\nNamn:\nFramtidsresan\n", 2, KeyID},
		{"Projektnummer:\n2020/00634\nNamn:\nFramtidsresan\nProjektägare:\nPerstorps kommun\nKontaktperson:\nPeter Lind\ufffdw\n", 8, KeyContactName},
	} {
		rec := parseOne(t, "p.txt", []byte(tt.page))
		if w := warningSaying(rec, tt.line, "U+FFFD"); w == nil || w.Key != recordKey(tt.key) {
			t.Errorf("%q: no warning on line %d about U+FFFD in %s: %v", tt.page, tt.line, tt.key, rec.Warnings)
		}
	}
}

// TestPrintLineBelowLabel checks that a line read as a printout's date,
// right below a label that gets no value, is named in a warning, and that
// one after a label whose value stands below it is not.
func TestPrintLineBelowLabel(t *testing.T) {
	head := "Projektnummer:\n2020/00634\nNamn:\nFramtidsresan\n"
	for _, tt := range []struct {
		page string
		warn bool
	}{
		{head + "Projektperiod:\n2021-02-01 00:00 | 2021-10-31 00:00\n", true},
		{head + "Projektperiod:\n2021-02-01 00:00 & 2021-10-31 00:00\nRegion:\nSydsverige\n", true},
		{head + "Projektperiod:\n2021-02-01 00:00 - 2021-10-31 00:00\n", false},
		{head + "Region:\nSydsverige\n2024-03-05 14:22\nProjektperiod:\n2021-02-01 - 2021-10-31\n", false},
	} {
		rec := parseOne(t, "p.txt", []byte(tt.page))
		if found := warningSaying(rec, 0, "printout's header or footer") != nil; found != tt.warn {
			t.Errorf("%q: warned %v, want %v: %v", tt.page, found, tt.warn, rec.Warnings)
		}
	}
}

// TestSiteLineBelowLabel checks that a line holding a number and read as
// no part of the page (a chat's reactions), right below a label that gets
// no value, is named on the label's key, and that one below a label with
// its value is not.
func TestSiteLineBelowLabel(t *testing.T) {
	head := "Projektnummer:\n2020/00634\nNamn:\nFramtidsresan\n"
	for _, tt := range []struct {
		page string
		warn bool
	}{
		{head + "Planerat antal deltagare:\n👍 2\nRegion:\nSydsverige\n", true},
		{head + "Planerat antal deltagare:\n440\n👍 2\nRegion:\nSydsverige\n", false},
		{head + "Planerat antal deltagare: 440\n👍 2\nRegion:\nSydsverige\n", false},
	} {
		rec := parseOne(t, "p.txt", []byte(tt.page))
		w := warningSaying(rec, 0, "no part of the page")
		switch {
		case !tt.warn && w != nil:
			t.Errorf("%q: warned %v", tt.page, w)
		case tt.warn && (w == nil || w.Key != recordKey(KeyParticipants)):
			t.Errorf("%q: no warning on participants: %v", tt.page, rec.Warnings)
		}
	}
}

// TestLabelReadAsValueAbove checks that a known label with its value,
// spaced, read as the value of an empty label above it, is named; and that
// a value that only begins like a label ("Region Skåne" as an owner) is
// not.
func TestLabelReadAsValueAbove(t *testing.T) {
	head := "Projektnummer:\n2020/00634\nNamn:\nFramtidsresan\n"
	for _, tt := range []struct {
		page string
		warn bool
	}{
		{head + "Stödmottagarens adress:\nProgramområde 1\nRegion:\nSydsverige\n", true},
		{head + "Projektägare:\nRegion Skåne\nRegion:\nSydsverige\n", false},
		{head + "Projektägare:\nRegion Stockholm\nRegion:\nStockholm\n", false},
		{head + "Medfinansiärer:\nRegion Stockholm\nRegion:\nStockholm\n", false},
		{head + "Stödmottagarens adress:\nStorgatan 1\nRegion:\nSydsverige\n", false},
	} {
		rec := parseOne(t, "p.txt", []byte(tt.page))
		w := warningSaying(rec, 0, "reads as the label of")
		if found := w != nil && w.Kind == WarnLabelInValue; found != tt.warn {
			t.Errorf("%q: warned %v, want %v: %v", tt.page, found, tt.warn, rec.Warnings)
		}
	}
}

// TestUnmatchedQuote checks the values named for a quote mark that opens or
// closes nothing, and those that are not.
func TestUnmatchedQuote(t *testing.T) {
	for s, want := range map[string]bool{
		"A1A”": true, `Föreningen "Hopp`: true, "„Framtid": true, "“a” ”b”": false, `Projektet "Framtid"`: false,
		"”Hopp”": false, "Framtid": false, "": false, "It's": false,
	} {
		if got := unmatchedQuote(s); got != want {
			t.Errorf("unmatchedQuote(%q) = %v, want %v", s, got, want)
		}
	}
	rec := parseOne(t, "p.txt", []byte("Projektnummer:\n2020/00634\nSpecifikt mål:\nA1A”\n"))
	if warningSaying(rec, 4, "quote mark") == nil {
		t.Errorf("no warning on line 4: %v", rec.Warnings)
	}
}

// TestLowerHead checks the small letters taken for a label's end glued to
// a value: three or more, then a capital in the same word.
func TestLowerHead(t *testing.T) {
	for s, want := range map[string]string{
		"personOla Johnsson": "person", "perOla": "per", "peOla": "", "Ola Johnsson": "", "eHälsa": "",
		"ägareÅsa": "ägare", "person Ola": "", "person": "", "": "", "abc1D": "",
	} {
		if got := lowerHead(s); got != want {
			t.Errorf("lowerHead(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestShortenedLabels checks labels shortened with full stops: read where
// one field's labels fit, left alone where two fields' do or where the
// line is a sentence's end.
func TestShortenedLabels(t *testing.T) {
	for _, tt := range []struct {
		line, label, value string
		f                  form
	}{
		{"Bev. ESF-stöd: 400 000", "Beviljat ESF-stöd", "400 000", formColon},
		{"Kontaktp.: Peter Lindow", "Kontaktperson", "Peter Lindow", formColon},
		{"Proj.nr", "Projektnummer", "", formBare},
		{"Antal delt.", "Antal deltagare", "", formBare},
		{"Utlysn.", "Utlysning", "", formBare},
		{"Interventions.;117", "Interventionstyp", "117", formColon},
		{"Kontaktp.\tPeter", "Kontaktperson", "Peter", formTab},
		{"kommun.", "", "", formNone},
		{"Progr.: 1", "", "", formNone},
		{"Se nedan.", "", "", formNone},
		{"Kontaktperson.", "", "", formNone},
		// A word cut short before the rest of a compound, and a number's
		// own full stop.
		{"Proj. ägare: Kristianstads kommun", "Projektägare", "Kristianstads kommun", formColon},
		{"Proj. nr.: 2015/00764", "Projektnummer", "2015/00764", formColon},
		{"Proj.nr.: 2015/00764", "Projektnummer", "2015/00764", formColon},
		{"Proj ägare: x", "", "", formNone}, // no full stop: no word cut short
		// Glued to its value at its last full stop, as a glued page
		// writes a label.
		{"Kontaktpers.Ola Johnsson", "Kontaktperson", "Ola Johnsson", formGlued},
		{"Antal delt.440", "Antal deltagare", "440", formGlued},
		{"Proj.nr.2015/00764", "Projektnummer", "2015/00764", formGlued},
		{"Kontaktpers.ola johnsson", "", "", formNone},        // a small letter: no value's first
		{"Progr.Kompetens", "", "", formNone},                 // two fields' labels fit
		{"Perstorp m.fl.Kommunerna", "", "", formNone},        // no label's words
		{"kontaktpers.Ola Johnsson", "", "", formNone},        // a sentence's words, in a small letter
		{"Reg.Sydsverige", "Region", "Sydsverige", formGlued}, // minShortenedGlued letters
		{"Ca.40", "", "", formNone},                           // a word's first letters, no label's
		{"E.ON Sverige AB", "", "", formNone},
	} {
		sp, ok := abbreviated(tt.line)
		got := ""
		if ok {
			got = sp.term.text
		}
		if got != tt.label || ok && (sp.value != tt.value || sp.form != tt.f) {
			t.Errorf("abbreviated(%q) = %q, %q, %v; want %q, %q, %v", tt.line, got, sp.value, sp.form, tt.label, tt.value, tt.f)
		}
	}
	if ts := shortenedLabels("Progr."); len(ts) < 2 {
		t.Errorf("shortenedLabels(Progr.) = %d labels, want two fields' or more", len(ts))
	}
	for _, page := range []struct{ name, text string }{
		{"p.txt", "Projektnummer:\n2020/00634\nNamn:\nX\nProgr.: 1\n"},
		// In two cells, in a text or a sheet, below a field left empty.
		{"p.txt", "Projektnummer\t2020/00634\nNamn\tX\nSpecifikt mål\t\nProgr.\t1\nRegion\tSydsverige\n"},
		{"p.csv", "Projektnummer;2020/00634\nNamn;X\nSpecifikt mål;\nProgr.;1\nRegion;Sydsverige\n"},
	} {
		rec := parseOne(t, page.name, []byte(page.text))
		line := strings.Count(page.text[:strings.Index(page.text, "Progr.")], "\n") + 1
		if warningSaying(rec, line, "shortened") == nil {
			t.Errorf("%q: no warning on line %d: %v", page.text, line, rec.Warnings)
		}
	}
	// A cell with a full stop that shortens no label is text, as before.
	if ambiguouslyShortened("Se nedan.") || ambiguouslyShortened("Progr") || !ambiguouslyShortened("Progr.") {
		t.Error("ambiguouslyShortened: Se nedan. and Progr are no label; Progr. is")
	}
}

// TestTitleThatIsALabel checks a page whose title is a label's word
// standing alone above its fields: the name it does not give is named,
// on the title's line; a page copied from its fields on, or with a title
// and a name, is not.
func TestTitleThatIsALabel(t *testing.T) {
	fields := "Programområde\n1.1 Kompetensförsörjning\nRegion\nSydsverige\nProjektägare\nKristianstads kommun\n"
	for _, tt := range []struct {
		name, page string
		line       int // of the warning on name, or 0 for none
	}{
		{"a label's word", "Start\n\n" + fields, 1},
		{"a label and a number", "Utlysning 2\n\n" + fields, 1},
		{"below a print's furniture", "Logotyp på utskrifter\n\nBudget\n\n" + fields, 3},
		{"a label with its value", "Region\nSydsverige\n\n" + fields, 0},
		{"no title", fields, 0},
		{"a title", "Within Kompetens\n\n" + fields, 0},
		{"a name label", "Start\n\nNamn\nWithin\n" + fields, 0},
	} {
		rec := parseOne(t, "p.txt", []byte(tt.page))
		var got *Warning
		for i := range rec.Warnings {
			if w := &rec.Warnings[i]; w.Key == recordKey(KeyName) && strings.Contains(w.Message, "no name") {
				got = w
			}
		}
		switch {
		case tt.line == 0 && got != nil:
			t.Errorf("%s: named %v", tt.name, got)
		case tt.line != 0 && (got == nil || got.Line != tt.line):
			t.Errorf("%s: %v, want a warning on line %d: %v", tt.name, got, tt.line, rec.Warnings)
		}
	}
}

// TestCodeForms checks the forms of the codes kept as written: a project
// number, a call's number, a programme's CCI, a specific objective and an
// intervention type of the forms the project bank gives read; a value of
// another field, or a code cut short, is named.
func TestCodeForms(t *testing.T) {
	for _, tt := range []struct {
		k     Key
		value string
		named bool
	}{
		{KeyID, "2015/00764", false},
		{KeyID, "2008-3020003", false},
		{KeyID, "23-038-S06", false},
		{KeyID, "23-038-Ö1", false},
		{KeyID, "2015/0", true},
		{KeyID, "2015/007640", true},
		{KeyID, "2015/00764/2", true},
		{KeyID, "2008-302000", true},
		{KeyID, "23-038-S0601", true},
		{KeyCallID, "2015/00538", false},
		{KeyCallID, "ESF-2023-1", false},
		{KeyCallID, "2015/0", true},
		{KeyCallID, "Nej", true},
		{KeyCallID, "se ansökan", true},
		{KeyCallID, "12", true},
		{KeyCallID, "2015/005381234567890123456", true},
		{KeyProgrammeCCI, "2021SE05SFPR", false},
		{KeyProgrammeCCI, "2014SE05M9OP001", false},
		{KeyProgrammeCCI, "2021SE05S", true},
		{KeyProgrammeCCI, "2021SE05", true},
		{KeyProgrammeCCI, "ESF+", true},
		{KeySpecificObjective, "1.1", false},
		{KeySpecificObjective, "A1A", false},
		{KeySpecificObjective, "A1", false},
		{KeySpecificObjective, "1.12", false},
		{KeySpecificObjective, "1.1 Kompetensutveckling för sysselsatta", false},
		{KeySpecificObjective, "1.123", true},
		{KeySpecificObjective, "605", true},
		{KeySpecificObjective, "Kompetensförsörjning", true},
		{KeySpecificObjective, "A1AB", true},
		{KeyInterventionType, "117", false},
		{KeyInterventionType, "14", false},
		{KeyInterventionType, "141, 142", false},
		{KeyInterventionType, "141;142", false},
		{KeyInterventionType, "1", true},
		{KeyInterventionType, "1170", true},
		{KeyInterventionType, "Utbildning", true},
		{KeyInterventionType, "2024-03-01", true},
		{KeyContactPhone, "0410-733094", false},
		{KeyContactPhone, "2009-01-15", true},
		{KeyContactPhone, "2009-1-5", true},
		{KeyContactPhone, "15/01/2009", true},
		{KeyContactPhone, "2009.01.15", false},
		{KeyContactPhone, "2009-01/15", false},
		{KeyContactPhone, "2009--01-15", false},
		{KeyContactPhone, "123-45-6789", false},
		{KeyProgrammeCCI, "2021se05SFPR", true},
		{KeySpecificObjective, "1.1–Kompetens", false},
		{KeySpecificObjective, "a1A", true},
		{KeyInterventionType, "141,", true},
		{KeyInterventionType, "141 / 142 ;  143", false},
		{KeyCountry, "Sverige", false},
		{KeyCountry, "Nej", true},
		{KeyCountry, "605", true},
		{KeyCountry, "2024-03-01", true},
		{KeyCity, "PERSTORP", false},
		{KeyCity, "28485", true},
		{KeyCity, "284 85", true},
		{KeyCity, "1.3.2024", true},
		{KeyProjectPhase, "Förprojektering", false},
		{KeyProjectPhase, "Ja", true},
		{KeyProjectPhase, "2009-01-15", true},
		{KeyOwner, "3M Svenska AB", false},
		{KeyOwner, "Nej", true},
		{KeyContactName, "Peter Lindow", false},
		{KeyContactName, "2021-02-01", true},
		{KeyContactName, "nej", true},
		{KeyName, "2021", false}, // a name's shape is checked where no label gave it (valueShapedName)
		{KeyName, "https://www.esf.se/projekt/58812", true},
		{KeyName, "www.esf.se", true},
		{KeyName, "Framtidsresan www.esf.se", false},
		{KeyOwner, "https://www.allabolag.se/2120000910", true},
		{KeyProgrammeAreaName, "Kompetensförsörjning", false},
		{KeyProgrammeAreaName, "Kompetensförsörjning (enligt beslut)", true},
		{KeyProgrammeAreaName, "(enligt beslut)", true},
		{KeyProgrammeAreaName, "Kompetensförsörjning (enligt beslut", false},
		{KeyProgrammeAreaName, "Öka övergångar (till arbete) för unga", false},
	} {
		if named := typeMismatch(tt.k, tt.value) != ""; named != tt.named {
			t.Errorf("typeMismatch(%s, %q) named %v, want %v", tt.k, tt.value, named, tt.named)
		}
	}
	rec := parseOne(t, "p.txt", []byte("Framtidsresan\n\nProjektnummer:\n2020/00634\nUtlysning:\nse ansökan\nInterventionstyp:\nUtbildning\n"))
	if warningSaying(rec, 6, "call's number") == nil || warningSaying(rec, 8, "intervention type") == nil {
		t.Errorf("warnings %v", rec.Warnings)
	}
}

// TestOwnLabelFirst holds the value that begins with its own label to its
// edges: a colon, a capital after a long label, and nothing else.
func TestOwnLabelFirst(t *testing.T) {
	tests := []struct {
		key  Key
		in   string
		want string // "" for no label taken off
	}{
		{KeyOwner, "Projektägare: Perstorps kommun", "Perstorps kommun"},
		{KeyOwner, "Projektägare : Perstorps kommun", "Perstorps kommun"},
		{KeyOwner, "Projektägare：Perstorps kommun", "Perstorps kommun"},
		{KeyOwner, "Projektägare:", ""},
		{KeyOwner, "Region: Sydsverige", ""},
		{KeyContactName, "Kontaktperson Peter Lindow", "Peter Lindow"},
		{KeyContactName, "Kontaktperson peter lindow", ""},
		{KeyContactName, "Kontaktpersonen Peter Lindow", ""},
		{KeyName, "Namn Digga", ""}, // shorter than minGluedLabelStart
		{KeyName, "Namn: Digga", "Digga"},
		{KeyOwner, "Projektägare Sverige AB", ""}, // an organisation's name
		{KeyOwner, "Projektägare: Sverige AB", "Sverige AB"},
	}
	for in, want := range map[string]string{
		"Projektägare Sverige AB":    "Projektägare",
		"Projektägare sverige AB":    "",
		"Projektägare: Sverige AB":   "", // ownLabelFirst's
		"ProjektägareSverige AB":     "",
		"Kristianstads Projektägare": "",
	} {
		if got := ownLabelWord(KeyOwner, in); got != want {
			t.Errorf("ownLabelWord(owner, %q) = %q, want %q", in, got, want)
		}
	}
	for _, tt := range tests {
		_, got, _ := ownLabelFirst(tt.key, tt.in)
		if got != tt.want {
			t.Errorf("ownLabelFirst(%v, %q) = %q, want %q", tt.key, tt.in, got, tt.want)
		}
	}
	page := strings.Replace(colonPage, "{}", "Projektägare: Projektägare: PERSTORPS KOMMUN", 1)
	rec := parseOne(t, "page.txt", []byte(page))
	if rec.Owner == nil || *rec.Owner != "PERSTORPS KOMMUN" || !hasWarning(rec, 7, KeyOwner, WarnLabelInValue) {
		t.Errorf("owner %v, warnings %v", rec.Owner, rec.Warnings)
	}
}

// TestIconTail holds the icon's name left after a value to its edges:
// words of small ASCII letters joined by underscores are taken off; one
// word in small letters after a name in capitals, or after a person's
// name, is named.
func TestIconTail(t *testing.T) {
	for _, tt := range []struct {
		in, rest string
	}{
		{"PERSTORP open_in_new", "PERSTORP"},
		{"Perstorps kommun content_copy", "Perstorps kommun"},
		{"open_in_new", ""},                  // the whole value
		{"Perstorps kommun _x", ""},          // no word before the underscore
		{"Perstorps kommun x_", ""},          // none after it
		{"Perstorps kommun open_in_New", ""}, // a capital
		{"ola_johnsson@trelleborg.se", ""},   // an address
		{"Perstorps kommun launch", ""},      // no underscore
		{"Perstorps kommun öppna_länk", ""},  // not ASCII
	} {
		rest, _, ok := iconTail(tt.in)
		if ok != (tt.rest != "") || rest != tt.rest {
			t.Errorf("iconTail(%q) = %q, %v; want %q", tt.in, rest, ok, tt.rest)
		}
	}
	for _, tt := range []struct {
		in     string
		person bool
		want   string
	}{
		{"PERSTORPS KOMMUN launch", false, "launch"},
		{"Perstorps kommun launch", false, ""},
		{"Peter Lindow launch", true, "launch"},
		{"Region Skånes växel", true, ""}, // not ASCII: a word of the name
		{"Peter von Lindow", true, ""},
		{"PERSTORPS KOMMUN a", false, ""}, // one letter
		{"launch", false, ""},
		{"2024 launch", false, ""}, // no letters before it
	} {
		got, ok := lowerTail(tt.in, tt.person)
		if !ok {
			got = ""
		}
		if got != tt.want {
			t.Errorf("lowerTail(%q, %v) = %q, want %q", tt.in, tt.person, got, tt.want)
		}
	}
}

// TestEditMark holds the marks of a hand's edit or note in a value to
// what they are, and a value's own brackets and signs to no mark.
func TestEditMark(t *testing.T) {
	for in, want := range map[string]string{
		"~~Peter Lindow~~ Anna Berg":          "~~",
		"Anna Berg (var Peter Lindow)":        "(var",
		"Peter Lindow -> Anna Berg":           "->",
		"Sydsverige [kolla!]":                 "[kolla",
		"1 [källa?]":                          "[källa?]",
		"Kristianstads kommun (viktigt!)":     "(viktigt!)",
		"Sverige?":                            "?",
		"-Perstorps kommun":                   "-",
		"+Perstorps kommun (ny)":              "+",
		"Perstorps kommun (Arbetsmarknad)":    "",
		"+46 435-78 10 00":                    "",
		"Kristianstads kommun, avd. Lärande":  "",
		"Region Skåne [Regionala enheten]":    "",
		"Ola Johnsson (ej bekräftat)":         "(ej bekräftat",
		"1 (uppdaterat 2024)":                 "(uppdaterat",
		"Peter Lindow // kolla":               "//",
		"https://www.esf.se/":                 "",
		"Sverige [Förslag: ändra till Norge]": "[Förslag: ändra till Norge]",
		"Sverige [Anm:x]":                     "",
		"Sverige [Ab: x]":                     "",
		"Sverige [Abc: x]":                    "[Abc: x]",
		"Sverige [A1c: x]":                    "",
		"Sverige [https://sv.se]":             "",
		"{--Genomförande--} Förprojektering":  "{--",
		"Förprojektering{>>se mail<<}":        "{>>",
		// A checker's marks after a value: a symbol, a note in small
		// letters, an arrow; a box or a bullet first is a form's.
		"28485 ✅":                  "✅",
		"440 ✔":                    "✔",
		"A1A ❗":                    "❗",
		"Sydsverige 👍":             "👍",
		"1.1 [kontrollerat]":       "[kontrollerat]",
		"1.1 [OK]":                 "[OK]",
		"[kontrollerat] 1.1":       "",
		"Sydsverige [Ok]":          "",
		"28485 (OK)":               "(OK)",
		"28485 <-- kolla":          "<--",
		"28485 ← kolla":            "←",
		"☐ Ja ☒ Nej":               "",
		"■ Perstorp":               "",
		"Perstorps kommun ©":       "",
		"Stödmottagare 5°":         "",
		"Sydsverige !!":            "!!",
		"Perstorps kommun (Okänd)": "",
	} {
		if got := editMark(in); got != want {
			t.Errorf("editMark(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestLabelAbbreviating holds the shortenings of a label esf does not
// know that are named with the label of an empty field, at their edges.
func TestLabelAbbreviating(t *testing.T) {
	all := func(Key) bool { return true }
	for label, want := range map[string]string{
		"Slutdat":       "Slutdatum",
		"Ägare":         "Projektägare",
		"Fas":           "Projektfas",
		"EU-medfin.":    "EU:s medfinansieringsgrad",
		"Orgnr (ägare)": "Projektägare organisationsnummer",
		"Pone":          "", // no start, no end of a label's word
		"Mobile":        "", // a letter more than "Mobil": a slip
		"Fas 1":         "", // a part of the text
		"Slutdatu":      "", // minAbbreviated-1 letters left out: a slip
		"Re":            "", // minAbbreviationEnd-1 letters
		"Kommentar":     "",
	} {
		got := ""
		if tt := labelAbbreviating(label, all); tt != nil {
			got = tt.text
		}
		if got != want {
			t.Errorf("labelAbbreviating(%q) = %q, want %q", label, got, want)
		}
	}
	for _, tt := range []struct {
		short, word string
		want        bool
	}{
		{"fas", "projektfa", true}, {"slutdat", "slutdatum", true}, {"orgnr", "organisationsnummer", true},
		{"ponr", "postnummer", true}, {"pone", "postnummer", false}, {"fa", "projektfa", false}, {"slutdatu", "slutdatum", false},
	} {
		if got := abbreviates(tt.short, tt.word); got != tt.want {
			t.Errorf("abbreviates(%q, %q) = %v, want %v", tt.short, tt.word, got, tt.want)
		}
	}
	rec := mustParse(t, []byte("Egenmakt\n\nRegion: Sydsverige\nFas: Förprojektering\nSlutdat: 2020-01-01\nKommentar: bra\n"))[0]
	named := map[Key]bool{}
	for _, w := range rec.Warnings {
		if strings.Contains(w.Message, "may shorten") {
			named[w.Key] = true
		}
	}
	if !named[KeyProjectPhase] || !named[KeyEndDate] || len(named) != 2 {
		t.Errorf("named %v, want project_phase and end_date", named)
	}
}

// TestLabelFirst finds a label written as the table writes it at a line's
// start, a word after it, and nothing else.
func TestLabelFirst(t *testing.T) {
	for in, want := range map[string]string{
		"Slutdatum den trettioförsta december 2026": "Slutdatum",
		"Slutdatum":                   "",
		"Slutdatumet är okänt":        "",
		"slutdatum den 31 december":   "",
		"Region Skåne":                "Region",
		"Regionen har ett ansvar för": "",
	} {
		got := ""
		if tt := labelFirst(in); tt != nil {
			got = tt.text
		}
		if got != want {
			t.Errorf("labelFirst(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestGluedWord holds gluedWord at its edges.
func TestGluedWord(t *testing.T) {
	for in, want := range map[string]string{
		"AnsvarigMargareta Wandel": "Ansvarig", "OmrådeSydsverige": "Område", "Geografiskt områdeSydsverige": "Geografiskt område",
		"Ett två treFyra": "Ett två tre", "Ett två tre fyraFem": "", "DeLaval": "", "AbcDef": "", "AbcdEf": "Abcd", "ansvarigMargareta": "",
		"Ansvarig Margareta": "", "Ansvarig  Margareta": "", "Ansvarig-Margareta": "", "": "",
	} {
		if got := gluedWord(in); got != want {
			t.Errorf("gluedWord(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestEmptySectionAndSheetNumber checks that a section of its own with no
// text below its heading, and a number alone on its line in a page's
// text, are named, and that a section with its text is not.
func TestEmptySectionAndSheetNumber(t *testing.T) {
	head := "Within Kompetens\n\nProjektnummer: 2015/00764\nProjektägare: Kristianstads kommun\n\nSammanfattning\n\nProjektet ska ge unga vägar till arbete, och det gör det genom praktik hos många företag.\n\n"
	for _, tt := range []struct {
		name, page, says string
		key              Key
	}{
		{"a heading with no text", head + "Kommun\n\n• Trelleborg\n\nB.2\n\nBakgrund\n\nMer om hur projektet kom till, och varför det behövs i regionen just nu.\n", "no text below it", KeyOtherSections},
		{"a heading with its text", head + "Uppföljning\n\nProjektet följs upp varje kvartal av en extern utvärderare med lång erfarenhet.\n", "", KeyOtherSections},
		{"a sheet's number", head + "Det första stycket fortsätter här.\n\n47\n\nOch texten går vidare efter sidbrytningen, som i en rapport.\n", "a printed sheet's number", KeySummary},
		{"a number in a sentence", head + "Det blir 47 deltagare.\n", "", KeySummary},
		{"a sheet's number of maxPageNumberDigits digits", head + "Det första stycket fortsätter här.\n\n123\n\nOch texten går vidare efter sidbrytningen, som i en rapport.\n", "a printed sheet's number", KeySummary},
		{"a list's numbers, from 1 up", head + "Tre omgångar genomförs under förstudien.\n\n1\nUtbildningsomgång i kommunen\n\n2\nUtbildningsomgång i kommunen\n", "", KeySummary},
		{"sheets' numbers from 1 up, maxItemGap lines apart", head + "Det första stycket fortsätter här.\n\n1\n" + strings.Repeat("\n", maxItemGap-1) + "2\n\nOch texten går vidare efter sidbrytningen, som i en rapport.\n", "", KeySummary},
		{"sheets' numbers from 1 up, farther apart", head + "Det första stycket fortsätter här.\n\n1\n" + strings.Repeat("\n", maxItemGap) + "2\n\nOch texten går vidare efter sidbrytningen, som i en rapport.\n", "a printed sheet's number", KeySummary},
		{"a sheet's foot where the sentence runs on", head + "Vi vill göra detta genom ett arbete som involverar samhällets\n5\n\n\nvälfärdsaktörer och som även omfattar den politiska nivån.\n", "a printed sheet's number", KeySummary},
		{"a number below a sentence's end", head + "Vi vill göra detta genom ett arbete som involverar samhället.\n5\n\nOch texten går vidare efter sidbrytningen, som i en rapport.\n", "", KeySummary},
		{"a number below a line of five words", head + "Projektdeltagarnas kompetensutveckling vårdsektorns organisationer fortsätter\n5\n\nOch texten går vidare efter sidbrytningen, som i en rapport.\n", "", KeySummary},
		{"a number below a line of six words", head + "Projektdeltagarnas kompetensutveckling inom vårdsektorns organisationer fortsätter\n5\n\nOch texten går vidare efter sidbrytningen, som i en rapport.\n", "a printed sheet's number", KeySummary},
		{"a number below six words in fewer than sentenceLen characters", head + "Vi gör det med dem alla\n5\n\nOch texten går vidare efter sidbrytningen, som i en rapport.\n", "", KeySummary},
		{"a number first on a new sheet, below a colon's end", head + "Vi vill göra detta genom:\n\f7\n\n\n. ett processinriktat arbete som involverar samhällets aktörer.\n", "a printed sheet's number", KeySummary},
		{"a number below a colon's end", head + "Vi vill göra detta genom:\n7\n\n\n. ett processinriktat arbete som involverar samhällets aktörer.\n", "", KeySummary},
		{"a number with text below it", head + "Vi vill göra detta genom ett arbete som involverar samhällets\n5\nvälfärdsaktörer och som även omfattar den politiska nivån.\n", "", KeySummary},
		{"a year", head + "Det första stycket fortsätter här.\n\n2021\n\nOch texten går vidare efter sidbrytningen, som i en rapport.\n", "", KeySummary},
		{"a known heading with no text", head + "Resultat\n\nBakgrund\n\nMer om hur projektet kom till, och varför det behövs i regionen just nu.\n", "", KeyOtherSections},
	} {
		rec := parseOne(t, "p.txt", []byte(tt.page))
		var w *Warning
		for i := range rec.Warnings {
			if m := rec.Warnings[i].Message; strings.Contains(m, "no text below it") || strings.Contains(m, "a printed sheet's number") {
				w = &rec.Warnings[i]
			}
		}
		switch {
		case tt.says == "" && w != nil:
			t.Errorf("%s: warned %v", tt.name, w)
		case tt.says != "" && (w == nil || !strings.Contains(w.Message, tt.says) || w.Key != recordKey(tt.key)):
			t.Errorf("%s: no warning saying %q on %s: %v", tt.name, tt.says, tt.key, rec.Warnings)
		}
	}
}

// TestGluedNames finds two names run together in a contact's name, and
// not a name's own capitals; and two organisations' names run together in
// an owner's, after minGluedOrgRun small letters and not one fewer.
func TestGluedNames(t *testing.T) {
	for _, tt := range []struct {
		name  string
		glued func(string) int
		cases map[string]string
	}{
		{"gluedNames", gluedNames, map[string]string{
			"Johan LindqvistPeter Lindow": "Peter Lindow",
			"KaisaWelander":               "Welander",
			"Peter Lindow":                "",
			"Anna-Karin Berg":             "",
			"Ronald McDonald":             "",
			"Ian MacLean":                 "",
			"Louis DeGeer":                "",
			"Ola O'Neill":                 "",
			"PETER LINDOW":                "",
			"Ab":                          "",
		}},
		{"gluedOrgNames", gluedOrgNames, map[string]string{
			"ArbetsmarknadsförvaltningenRegionförbundet Östsam": "Regionförbundet Östsam",
			"KommunledningskontoretKristianstads kommun":        "Kristianstads kommun",
			"Kommunstyrelsen Lund":                              "",
			"AbcdefghijklmNopq":                                 "Nopq", // 12 small letters before the capital
			"AbcdefghijklNopq":                                  "",     // 11
			"AbcdefghijklmNO":                                   "",     // a capital after it
			"NyföretagarCentrum Skåne":                          "",
			"JobbCentrum":                                       "",
			"REGIONFÖRBUNDET ÖSTSAM":                            "",
		}},
	} {
		for in, want := range tt.cases {
			got := ""
			if at := tt.glued(in); at > 0 {
				got = in[at:]
			}
			if got != want {
				t.Errorf("%s(%q) cuts before %q, want %q", tt.name, in, got, want)
			}
		}
	}
}

// TestSharesWordOf holds sharesWordOf at minSharedWordLen: a word of
// that many letters shared counts, one a letter shorter does not.
func TestSharesWordOf(t *testing.T) {
	for _, tt := range []struct {
		a, b []string
		want bool
	}{
		{[]string{"esf", "bidrag"}, []string{"beviljat", "esf", "stöd"}, true},
		{[]string{"eu", "bidrag"}, []string{"beviljat", "eu", "stöd"}, false},
		{[]string{"e", "ail"}, []string{"e", "post"}, false},
		{[]string{"total", "budget"}, []string{"total", "budget"}, true},
		{nil, []string{"total"}, false},
	} {
		if got := sharesWordOf(tt.a, tt.b, minSharedWordLen); got != tt.want {
			t.Errorf("sharesWordOf(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

// TestLabelSharingWordsInText names a label a translation wrote with its
// value, read as text inside a section, on its field and on the text, and
// not a line that shares only a short word with a label, nor one whose
// value below is no value of the field.
func TestLabelSharingWordsInText(t *testing.T) {
	head := "Within Kompetens\n\nProjektnummer\n2015/00764\nProjektägare\nKristianstads kommun\n\nSammanfattning\n\nProjektet ska ge unga vägar till arbete, och det gör det genom praktik hos många företag.\n"
	tail := "Mer text om projektet här, som fortsätter en stund till.\n"
	for _, tt := range []struct {
		name, lines string
		warned      bool
	}{
		{"a label another way and its amount", "Beviljat ESF-bidrag\n7 380 388 kr\n", true},
		{"words round the label's, and its amount", "EU-bidrag beviljat\n7 380 388 kr\n", true},
		{"a short word shared", "E-ail\n7 380 388 kr\n", false},
		{"no amount below", "Beviljat ESF-bidrag\nSe bilaga\n", false},
	} {
		rec := parseOne(t, "p.txt", []byte(head+tt.lines+tail))
		var field, text bool
		for _, w := range rec.Warnings {
			field = field || w.Key == recordKey(KeyESFSupport) && w.Line == 11 && strings.Contains(w.Message, "read as a label sharing its words")
			text = text || w.Key == recordKey(KeySummary) && w.Line == 11 && strings.Contains(w.Message, "the text may end above them")
		}
		if field != tt.warned || text != tt.warned {
			t.Errorf("%s: warned on the field %v, on the text %v, want %v: %v", tt.name, field, text, tt.warned, rec.Warnings)
		}
	}
}

// TestGluedOwnerWarned names, on the owner's line, an owner's name that
// is two run together, and reads an owner's name with no capital inside a
// word without a word.
func TestGluedOwnerWarned(t *testing.T) {
	for owner, warned := range map[string]bool{
		"ArbetsmarknadsförvaltningenRegionförbundet Östsam": true,
		"Regionförbundet Östsam":                            false,
	} {
		rec := parseOne(t, "p.txt", []byte("Within Kompetens\n\nProjektnummer: 2015/00764\nProjektägare: "+owner+"\nKontaktperson: Anna Berg\n"))
		found := false
		for _, w := range rec.Warnings {
			if w.Key == recordKey(KeyOwner) && strings.Contains(w.Message, "two names run together") {
				found = true
				if w.Line != 4 {
					t.Errorf("%s: warned on line %d, want 4", owner, w.Line)
				}
			}
		}
		if found != warned {
			t.Errorf("%s: warned %v, want %v: %v", owner, found, warned, rec.Warnings)
		}
	}
}

// TestLabelsSideBySide names a line of two known labels and nothing else,
// on both their fields, and not a label whose value after its colon names
// a label, nor a label with its value.
func TestLabelsSideBySide(t *testing.T) {
	head := "Within Kompetens\n\n"
	for _, tt := range []struct {
		page string
		keys []Key
	}{
		{head + "Projektägare Beviljat ESF-stöd\nKristianstads kommun 7 380 388 kr\nRegion:\nSydsverige\n", []Key{KeyOwner, KeyESFSupport}},
		{head + "Region Projektperiod\nSydsverige 2016-02-02-2019-01-31\nProjektägare:\nKristianstads kommun\n", []Key{KeyRegion, KeyStartDate, KeyEndDate}},
		{head + "Projektägare: Region Skåne\nRegion:\nSydsverige\n", nil},
		{head + "Projektägare Kristianstads kommun\nRegion:\nSydsverige\n", nil},
	} {
		rec := parseOne(t, "p.txt", []byte(tt.page))
		var got []Key
		for _, w := range rec.Warnings {
			if strings.Contains(w.Message, "two labels side by side") {
				got = append(got, w.Key)
			}
		}
		if !slices.Equal(got, tt.keys) {
			t.Errorf("%q: named %v, want %v", tt.page, got, tt.keys)
		}
	}
}

// TestOtherSlashCall tells a call's number written with another
// character for its slash from one written right and from other numbers.
func TestOtherSlashCall(t *testing.T) {
	for in, want := range map[string]bool{
		"2015-00538":   true,
		"2015∕00538":   true, // U+2215
		"2015–00538":   true,
		"2015/00538":   false,
		"2015-0053":    false, // four digits after
		"2015-005381":  false, // six
		"2008-3020003": false, // a 2007–2013 project's number
		"201-500538":   false,
		"":             false,
	} {
		if got := otherSlashCall(in); got != want {
			t.Errorf("otherSlashCall(%q) = %v, want %v", in, got, want)
		}
	}
	if typeMismatch(KeyCallID, "2015-00538") == "" || typeMismatch(KeyCallID, "2015/00538") != "" {
		t.Errorf("typeMismatch does not tell a call's number with a dash from one with its slash")
	}
}

// TestNumberTail tells the rest of a number broken over two lines from a
// date, a sentence and a number with words.
func TestNumberTail(t *testing.T) {
	for in, want := range map[string]bool{
		"388 kr":           true,
		"388":              true,
		"05":               true,
		"836 SEK":          true,
		"380 388:-":        true,
		"2016-02-02":       false,
		"2019 genomfördes": false,
		"kr":               false,
		"":                 false,
	} {
		if got := numberTail(in); got != want {
			t.Errorf("numberTail(%q) = %v, want %v", in, got, want)
		}
	}
}

// TestNumberGoesOn names an amount or a count whose line below, which no
// field took, is the rest of the number, and not one followed by a blank
// line or a label.
func TestNumberGoesOn(t *testing.T) {
	head := "Within Kompetens\n\nProjektnummer\n2015/00764\nBeviljat ESF-stöd\n"
	for _, tt := range []struct {
		name, lines string
		warned      bool
	}{
		{"broken between its groups, its unit below: read whole", "7 380\n388 kr\nKontaktperson\nKaisa Welander\n", false},
		{"broken between its groups, no unit", "7 380\n388\nKontaktperson\nKaisa Welander\n", true},
		{"broken between its groups, a group too long below", "7 380\n3880 kr\nKontaktperson\nKaisa Welander\n", true},
		{"whole", "7 380 388 kr\nKontaktperson\nKaisa Welander\n", false},
		{"a blank line below", "7 380\n\n388 kr\n", false},
		{"a label below", "7 380 388\nKontaktperson\nKaisa Welander\n", false},
	} {
		rec := parseOne(t, "p.txt", []byte(head+tt.lines))
		warned := false
		for _, w := range rec.Warnings {
			warned = warned || w.Key == recordKey(KeyESFSupport) && w.Line == 6 && strings.Contains(w.Message, "a number broken over two lines")
		}
		if warned != tt.warned {
			t.Errorf("%s: warned %v, want %v: %v", tt.name, warned, tt.warned, rec.Warnings)
		}
	}
}

// TestSlipInText checks a label with a slip and its value that the text
// took, after a list's mark, below facts written as a list: named on its
// line where the label's field is empty, passed where it is filled.
func TestSlipInText(t *testing.T) {
	facts := "Egenmakt\n\n* Projektfas: Förprojektering\n\n* Projektägare: Arbete och Försörjning\n\n"
	for _, tt := range []struct {
		name, page string
		named      bool
	}{
		{"an OCR's q for g", facts + "* Reqion: Sydsverige\n\nDenna förprojektering ämnar ta fram en modell.\n", true},
		{"a numbered item", facts + "3. Reqion: Sydsverige\n\nDenna förprojektering ämnar ta fram en modell.\n", true},
		{"the field is filled", "Egenmakt\n\n* Region: Sydsverige\n\n* Projektfas: Förprojektering\n\n* Reqion: Sydsverige\n\nDenna förprojektering ämnar ta fram en modell.\n", false},
		{"a value the field does not read", facts + "* Reqion: 2009-01-15\n\nDenna förprojektering ämnar ta fram en modell.\n", false},
		{"a word of the text", facts + "* Rektor: Ola Johnsson\n\nDenna förprojektering ämnar ta fram en modell.\n", false},
	} {
		rec := parseOne(t, "note.txt", []byte(tt.page))
		named := slices.ContainsFunc(rec.Warnings, func(w Warning) bool { return strings.Contains(w.Message, "with a slip and its value") })
		if named != tt.named {
			t.Errorf("%s: named %v, want %v: %v", tt.name, named, tt.named, rec.Warnings)
		}
	}
}

// TestPeriodUnderUnknownLabel checks a label esf does not know whose value
// is a period of two dates, on a note of a few fields: named where the
// page gives no start and no end, passed where it gives one;
// "Genomförandeperiod" is the period's label, and "Löptid", often a
// duration ("36 månader"), is none.
func TestPeriodUnderUnknownLabel(t *testing.T) {
	head := "Egenmakt\n\nProjektfas: Förprojektering\nProjektägare: Arbete och Försörjning\n"
	for _, tt := range []struct {
		name, page string
		named      bool
	}{
		{"a period", head + "Tidsram: 2009-01-15 till 2009-10-31\n", true},
		{"one date", head + "Tidsram: 2009-01-15\n", false},
		{"the start given", head + "Startdatum: 2009-01-15\nTidsram: 2009-01-15 till 2009-10-31\n", false},
	} {
		rec := parseOne(t, "note.txt", []byte(tt.page))
		named := slices.ContainsFunc(rec.Warnings, func(w Warning) bool {
			return w.Key == recordKey(KeyStartDate) && strings.Contains(w.Message, "reads as a period")
		})
		if named != tt.named {
			t.Errorf("%s: named %v, want %v: %v", tt.name, named, tt.named, rec.Warnings)
		}
	}
	rec := parseOne(t, "note.txt", []byte(head+"Genomförandeperiod: 2009-01-15 till 2009-10-31\n"))
	if str(rec.StartDate) != "2009-01-15" || str(rec.EndDate) != "2009-10-31" {
		t.Errorf("Genomförandeperiod: %q – %q", str(rec.StartDate), str(rec.EndDate))
	}
	rec = parseOne(t, "note.txt", []byte(head+"Löptid: 36 månader\n"))
	if v, _ := rec.Extra.Get("Löptid"); str(v) != "36 månader" {
		t.Errorf("Löptid's duration: extra %v", rec.Extra)
	}
}

// TestRunningFootInText checks a report's running foot left once in a
// page's text by the page break of the report it was copied from: named
// on its line, with the text's field; a schedule's rows of numbers after
// a gap, and a line with a label's colon, are not.
func TestRunningFootInText(t *testing.T) {
	page := func(mid string) string {
		return "Within Kompetens\n\nProjektnummer: 2015/00764\nRegion: Sydsverige\n\nSammanfattning\n\nProjektet ska ge unga vägar till arbete.\n\n" + mid + "\n\nDet sker genom praktik hos företag i regionen.\n"
	}
	for _, tt := range []struct {
		name, mid string
		named     bool
	}{
		{"a report's foot", "Utvärdering av ESF-projekt i Skåne – delrapport 2    51", true},
		{"a tab before the number", "Utvärdering av ESF-projekt\t7", true},
		{"one space", "Utvärdering av ESF-projekt i Skåne 51", false},
		{"too short", "Delrapport  5", false},
		{"a schedule", "Utbildningsomgång A    1\nUtbildningsomgång B    2", false},
		{"a colon", "Antal deltagare totalt:    51", false},
	} {
		rec := parseOne(t, "page.txt", []byte(page(tt.mid)))
		named := slices.ContainsFunc(rec.Warnings, func(w Warning) bool { return strings.Contains(w.Message, "running head or foot") })
		if named != tt.named {
			t.Errorf("%s: named %v, want %v: %v", tt.name, named, tt.named, rec.Warnings)
		}
	}
}

// TestTwiceEncoded finds letters encoded twice, a Swedish letter's and
// another's, and no "Ã" of a name or a letter after it that is none.
func TestTwiceEncoded(t *testing.T) {
	for text, want := range map[string]bool{
		"FÃ¶rprojektering": true, "ProgramomrÃ¥de": true, "Ã…rjäng": true, "Ã–rebro": true, "Ã„lvdalen": true, "CafÃ©": true,
		"Ã ": false, "João": false, "Ã": false, "ÃÃ¶": true, "Ãx Ã¤": true, "Förprojektering": false, "": false,
		"2009-01-15 â€“ 2009-10-31": true, "493Â\u00a0090 kr": true, "Âge": false, "â": false,
	} {
		if got := twiceEncoded(text); got != want {
			t.Errorf("twiceEncoded(%q) = %v, want %v", text, got, want)
		}
	}
}

// TestTwiceEncodedEntities names a value whose letters were encoded twice
// and written as HTML's entities, which reach the reader unrepaired.
func TestTwiceEncodedEntities(t *testing.T) {
	page := "<html><body><h1>Egenmakt</h1>\n<dl>\n<dt>Projektfas</dt>\n<dd>F&Atilde;&para;rprojektering</dd>\n<dt>Region</dt>\n<dd>Sydsverige</dd>\n</dl>\n<h2>Sammanfattning</h2>\n<p>Text.</p>\n</body></html>\n"
	rec := parseOne(t, "p.html", []byte(page))
	if !slices.ContainsFunc(rec.Warnings, func(w Warning) bool {
		return w.Key == KeyProjectPhase && w.Kind == WarnEncoding && strings.Contains(w.Message, "encoded twice")
	}) {
		t.Errorf("no warning of letters encoded twice on project_phase %q: %v", deref(rec.ProjectPhase), rec.Warnings)
	}
}

// TestGluedFieldInText names a label glued to a value that reads as its
// field's, read as the text of a section, where the field stayed empty: a
// glued page's box of amounts below its text. Given above, or in a
// sentence of the text, it is not named.
func TestGluedFieldInText(t *testing.T) {
	const top = "Egenmakt\n\nProjektägareArbete och Försörjning\nRegionSydsverige\n\nSammanfattning\n\nDenna förprojektering ämnar att tillse vilka insatser som behövs.\n\n"
	for _, tt := range []struct {
		name, page string
		named      bool
	}{
		{"a box below the text", top + "Ekonomi\n\nBeviljat ESF-stöd493 090 kr\n", true},
		{"given above too", strings.Replace(top, "RegionSydsverige\n", "RegionSydsverige\nBeviljat ESF-stöd400 000 kr\n", 1) + "Beviljat ESF-stöd493 090 kr\n", false},
		{"no value that reads", top + "Beviljat ESF-stödBeslut väntas\n", false},
		{"a word's ending", top + "Medfinansiärerna\nox och kor betar.\n", false},
	} {
		rec := parseOne(t, "p.txt", []byte(tt.page))
		if named := slices.ContainsFunc(rec.Warnings, func(w Warning) bool {
			return strings.Contains(w.Message, "glued to its value but was read as text")
		}); named != tt.named {
			t.Errorf("%s: named %v, want %v: %v", tt.name, named, tt.named, rec.Warnings)
		}
	}
}

// TestGluedUnknownLabel names, on a glued page, a label esf does not know
// that holds a word in small letters running into a capital: the label
// glued to its value, whose own colon came after.
func TestGluedUnknownLabel(t *testing.T) {
	const top = "Gagna:kompetens\n\nProjektägareRegionförbundet Östsam\n"
	const below = "RegionÖstra Mellansverige\n\nSammanfattning\n\nUtgångspunkten för förstudien är medborgarens behov.\n"
	for line, named := range map[string]bool{
		"Sociala medierInstagram: @framtidsresan\n":  true,
		"Sociala medier: Instagram @framtidsresan\n": false,
		"LinkedIn: linkedin.com/company/x\n":         false, // a brand's capital
		"Projektets eLearning: Ja\n":                 false,
		"Sociala medierIns: @framtidsresan\n":        false, // minGluedLabelWord letters after, less one
		"Sociala medierInst: @framtidsresan\n":       true,
	} {
		rec := parseOne(t, "p.txt", []byte(top+line+below))
		if got := warningSaying(rec, 4, "glued to its value's first words") != nil; got != named {
			t.Errorf("%q: named %v, want %v: %v", line, got, named, rec.Warnings)
		}
	}
}

// TestQuestionInValue names a name's or an owner's value that asks a
// question, a form's question and its answer run on into it; a question
// mark that stands after no word, or before a letter, is none.
func TestQuestionInValue(t *testing.T) {
	for in, want := range map[string]bool{
		"Arbete och Försörjning Vem kan jag kontakta? Ola Johnsson": true,
		"Vad gör vi på?":         true,
		"Arbete och Försörjning": false,
		"Företaget ?AB":          false,
		"Vem?Ola":                false,
	} {
		if got := questionInside([]string{in}) != ""; got != want {
			t.Errorf("questionInside(%q) = %v, want %v", in, got, want)
		}
	}
	rec := parseOne(t, "p.txt", []byte("Egenmakt\n\nProjektfas: Förprojektering\nProjektägare: Arbete och Försörjning\nVem kan jag kontakta? Ola Johnsson\nRegion: Sydsverige\n"))
	if warningSaying(rec, 4, "holds a question") == nil {
		t.Errorf("warnings %v", rec.Warnings)
	}
}

// TestRevisedLabel checks a label that gives a field's value anew after
// a revision's word: kept in extra, and named at the field, which keeps
// the first value.
func TestRevisedLabel(t *testing.T) {
	for _, tt := range []struct {
		label string
		key   Key
		ok    bool
	}{
		{"Reviderad budget", KeyTotalBudget, true},
		{"Nytt slutdatum:", KeyEndDate, true},
		{"Reviderat antal deltagare", KeyParticipants, true},
		{"Revised end date", KeyEndDate, true},
		{"Reviderad", 0, false},
		{"Reviderad plan", 0, false},
		{"Gammal budget", 0, false},
		{"Nytt projektnamn för projektet", 0, false},
	} {
		got := revisedLabel(tt.label)
		if (got != nil) != tt.ok || got != nil && got.key != tt.key {
			t.Errorf("revisedLabel(%q) = %v, want %v %v", tt.label, got, tt.key, tt.ok)
		}
	}
	rec := parseOne(t, "p.txt", []byte("Within Kompetens\n\nProjektnummer\n2015/00764\nPlanerat antal deltagare\n440\nReviderat antal deltagare\n520\nTotal projektbudget\n9 997 836 kr\nReviderad budget\n10 500 000 kr\n\nSammanfattning\n\nProjektet vill minska antalet unga i utanförskap.\n"))
	if rec.Participants == nil || *rec.Participants != 440 || rec.TotalBudgetSEK == nil || *rec.TotalBudgetSEK != 9997836 {
		t.Errorf("the first values not kept: %v %v", rec.Participants, rec.TotalBudgetSEK)
	}
	if !hasWarningOn(rec.Warnings, 7, KeyParticipants, "revised") || !hasWarningOn(rec.Warnings, 11, KeyTotalBudget, "revised") {
		t.Errorf("the revisions not named: %v", rec.Warnings)
	}
	// A revision's label whose value does not read as the field's is
	// none.
	rec = parseOne(t, "p.txt", []byte("Within Kompetens\n\nProjektnummer\n2015/00764\nTotal projektbudget\n9 997 836 kr\nReviderad budget\nse bilaga\n"))
	if hasWarningOn(rec.Warnings, 7, KeyTotalBudget, "revised") {
		t.Errorf("a note named as a revision: %v", rec.Warnings)
	}
}

// TestShapedValueInExtra checks a label esf does not know over a value
// of the shape only one field has, which the page leaves empty: named at
// that field.
func TestShapedValueInExtra(t *testing.T) {
	for _, tt := range []struct {
		v   string
		key Key
		ok  bool
	}{
		{"0435-350 45", KeyContactPhone, true},
		{"+46 435 350 45", KeyContactPhone, true},
		{"ola@perstorp.se", KeyContactEmail, true},
		{"212000-0910", KeyOwnerOrgNumber, true},
		{"2120000910", 0, false},
		{"0435", 0, false},
		{"ring 0435-350 45", 0, false},
		{"", 0, false},
	} {
		k, ok := shapedValueKey(tt.v)
		if ok != tt.ok || ok && k != tt.key {
			t.Errorf("shapedValueKey(%q) = %v %v, want %v %v", tt.v, k, ok, tt.key, tt.ok)
		}
	}
	page := "2020/00634 - Framtidsresan\n\nProjektnummer:\n2020/00634\nKontaktperson:\nPeter Lindow\nDirekt:\n0435-350 45\n"
	if rec := parseOne(t, "p.txt", []byte(page)); !hasWarningOn(rec.Warnings, 7, KeyContactPhone, "shape") {
		t.Errorf("a phone under a label esf does not know not named: %v", rec.Warnings)
	}
	// A word alone over the number, no colon: "Växel" / "08-123 400 00",
	// kept in extra below an e-mail address, or read as the text.
	if rec := parseOne(t, "p.txt", []byte("Within Kompetens\n\nProjektnummer\n2015/00764\nKontaktperson\nKaisa Welander\nE-post\nkaisa@kristianstad.se\nVäxel\n08-123 400 00\n\nSammanfattning\n\nText.\n")); !hasWarningOn(rec.Warnings, 9, KeyContactPhone, "shape") {
		t.Errorf("a phone under a word alone not named: %v", rec.Warnings)
	}
	if rec := parseOne(t, "p.txt", []byte("Within Kompetens\n\nProjektnummer\n2015/00764\nKontaktperson\nKaisa Welander\nVäxel\n08-123 400 00\n")); !hasWarningOn(rec.Warnings, 8, KeyContactPhone, "telephone number") {
		t.Errorf("a phone read as text not named: %v", rec.Warnings)
	}
	if rec := parseOne(t, "p.txt", []byte(page+"Telefon:\n0435-350 00\n")); hasWarningOn(rec.Warnings, 7, KeyContactPhone, "shape") {
		t.Errorf("a phone named where the page gives contact_phone: %v", rec.Warnings)
	}
}

// TestStackedPair checks two labels over their two values, which no
// reading tells apart: both fields named; a label alone above a label
// and its value, with nothing more below, is not.
func TestStackedPair(t *testing.T) {
	for _, tt := range []struct {
		page  string
		named []Key
	}{
		{"Within\n\nProjektnummer\n2015/00764\nTotal projektbudget\nBeviljat ESF-stöd\n9 997 836 kr\n7 380 388 kr\nKontaktperson\nKaisa Welander\n", []Key{KeyTotalBudget, KeyESFSupport}},
		{"Within\n\nProjektägare\nProjektnummer\nKristianstads kommun\n2015/00764\nRegion\nSydsverige\n", []Key{KeyOwner, KeyID}},
		{"Within\n\nProjektnummer\n2015/00764\nTotal projektbudget\nBeviljat ESF-stöd\n7 380 388 kr\nKontaktperson\nKaisa Welander\n", nil},
	} {
		rec := parseOne(t, "p.txt", []byte(tt.page))
		var got []Key
		for _, w := range rec.Warnings {
			if strings.Contains(w.Message, "as a copy of two columns has them; ") {
				got = append(got, w.Key)
			}
		}
		if !slices.Equal(got, tt.named) {
			t.Errorf("%.50q: named %v, want %v (%v)", tt.page, got, tt.named, rec.Warnings)
		}
	}
}

// TestLabelReadAsValue checks a label alone on its line that the reader
// took for the value of the label above it ("Programområde" / "Projektfas"
// / "Programområde 2 …" / "Förprojektering"): its own field, left empty,
// is named; a field the page gives elsewhere is not.
func TestLabelReadAsValue(t *testing.T) {
	page := "Egenmakt\n\nProgramområde\nProjektfas\nProgramområde 2 Ökat arbetskraftsutbud\nFörprojektering\nProjektägare\nArbete och Försörjning\n"
	rec := parseOne(t, "p.txt", []byte(page))
	if rec.ProjectPhase == nil && !hasWarningOn(rec.Warnings, 4, KeyProjectPhase, "alone on its line") {
		t.Errorf("project_phase empty and not named: %v", rec.Warnings)
	}
	n := 0
	for _, w := range rec.Warnings {
		if strings.Contains(w.Message, "the value on line") {
			n += strings.Count(w.Message, "the value on line")
		}
	}
	if n > 1 {
		t.Errorf("a warning says which value is used %d times: %v", n, rec.Warnings)
	}
	given := parseOne(t, "p.txt", []byte(page+"Projektfas: Förprojektering\n"))
	if hasWarningOn(given.Warnings, 4, KeyProjectPhase, "alone on its line") {
		t.Errorf("a field the page gives is named: %v", given.Warnings)
	}
}

// TestStackedPairOneValue checks two labels over the first one's value,
// which the second took ("Kontaktperson" / "E-post" / "Kaisa Welander"):
// both fields named.
func TestStackedPairOneValue(t *testing.T) {
	page := "Within\n\nProjektnummer\n2015/00764\nKontaktperson\nE-post\nKaisa Welander\nkaisa.welander@kristianstad.se\n\nSammanfattning\n\nText om projektet.\n"
	rec := parseOne(t, "p.txt", []byte(page))
	for _, k := range []Key{KeyContactName, KeyContactEmail} {
		if !hasWarningOn(rec.Warnings, 5, k, "which reads as contact_name's value, not contact_email's") {
			t.Errorf("%s not named: %v", k, rec.Warnings)
		}
	}
	// Each label over its own value: nothing of the kind.
	own := parseOne(t, "p.txt", []byte("Within\n\nProjektnummer\n2015/00764\nKontaktperson\nKaisa Welander\nE-post\nkaisa.welander@kristianstad.se\n"))
	for _, w := range own.Warnings {
		if strings.Contains(w.Message, "not contact_email's") {
			t.Errorf("a label over its own value named: %v", w)
		}
	}
}

// TestLabelInsideNamesItsField checks a label inside another field's
// value, glued on a line with edit marks ("Projektägare~~Arbete …~~"):
// the field of the label, left empty, is named too.
func TestLabelInsideNamesItsField(t *testing.T) {
	page := "Egenmakt\n\nProjektfasFörprojektering\nProjektägare~~Arbete och Försörjning~~ Region Skåne\nKontaktpersonOla Johnsson\n"
	rec := parseOne(t, "p.txt", []byte(page))
	if rec.Owner == nil && !hasWarningOn(rec.Warnings, 3, KeyOwner, "stands inside the value of project_phase") {
		t.Errorf("owner empty and not named: %v", rec.Warnings)
	}
	given := parseOne(t, "p.txt", []byte("X\n\nProjektnummer:\n2020/00634\nLand som berörs: Sverige Projektägare: Perstorps kommun\nProjektägare: Perstorps kommun\n"))
	for _, w := range given.Warnings {
		if strings.Contains(w.Message, "stands inside the value") {
			t.Errorf("a field the page gives is named: %v", w)
		}
	}
}

// TestStrayAmount checks an amount in kronor on a line that another
// field's value ran on into, or kept in extra: each amount field the
// record leaves empty is named.
func TestStrayAmount(t *testing.T) {
	for in, want := range map[string]bool{
		"Granted ESF grant493 090 kr": true, "820090 SEK": true, "SEK 493 090": true, "493 090 kronor": true,
		"0410-733094": false, "5 000 kr": true, "Sverige": false, "123 kr": false,
	} {
		if got := kronorIn.MatchString(in); got != want {
			t.Errorf("kronorIn(%q) = %v, want %v", in, got, want)
		}
	}
	page := "Egenmakt\n\nTelefonnummer: 0410-733094\nGranted ESF grant493 090 kr\nTotal projektbudget: 820 090 kr\n"
	rec := parseOne(t, "p.txt", []byte(page))
	if !hasWarningOn(rec.Warnings, 4, KeyESFSupport, "holds an amount in kronor") {
		t.Errorf("esf_support_sek not named: %v", rec.Warnings)
	}
	if hasWarningOn(rec.Warnings, 4, KeyTotalBudget, "holds an amount in kronor") {
		t.Errorf("total_budget_sek, which the page gives, named: %v", rec.Warnings)
	}
}

// TestOtherShape checks what a name's value may be instead: an amount, a
// date, a telephone number, an e-mail address, each whole.
func TestOtherShape(t *testing.T) {
	for v, want := range map[string]string{
		"9 997 836 kr": "an amount in kronor", "SEK 9 997 836": "an amount in kronor", "2021-02-01": "a date",
		"0410-733094": "a telephone number", "ola@x.se": "an e-mail address",
		"Perstorps kommun": "", "Projekt 2021": "", "Ola, 0410-733094": "", "9 997 836 kr i stöd": "", "": "",
	} {
		if got := otherShape(v); got != want {
			t.Errorf("otherShape(%q) = %q, want %q", v, got, want)
		}
	}
}

// TestValuesAbove checks a page that writes each value above its label:
// every field read below its label is named, and the owner that holds an
// amount too; a stacked page whose last label is empty is not so named.
func TestValuesAbove(t *testing.T) {
	rec := parseOne(t, "p.txt", []byte("Within Kompetens\n\nKristianstads kommun\nProjektägare\n9 997 836 kr\nTotal projektbudget\n7 380 388 kr\nBeviljat ESF-stöd\nKaisa Welander\nKontaktperson\n"))
	for line, k := range map[int]Key{4: KeyOwner, 6: KeyTotalBudget} {
		if !hasWarningOn(rec.Warnings, line, k, "above its label") {
			t.Errorf("%s not named on line %d: %v", k, line, rec.Warnings)
		}
	}
	if !hasWarningOn(rec.Warnings, 5, KeyOwner, "is an amount in kronor, no name") {
		t.Errorf("the owner's amount not named: %v", rec.Warnings)
	}
	ok := parseOne(t, "p.txt", []byte("Within Kompetens\n\nProjektägare\nKristianstads kommun\nTotal projektbudget\n9 997 836 kr\nBeviljat ESF-stöd\n7 380 388 kr\nKontaktperson\n"))
	for _, w := range ok.Warnings {
		if strings.Contains(w.Message, "above its label") {
			t.Errorf("a stacked page named: %v", w)
		}
	}
}

// TestLabelMarkInText checks a line of the text that is a known label, a
// mark no reading takes for its colon and a value its field reads, the
// field empty: named at the text's start and inside it; a sentence, a
// value too long for a field's, or a field the page gives is not.
func TestLabelMarkInText(t *testing.T) {
	head := "Framtidsresan\n\nProjektnummer: 2015/00764\nProjektägare: Kristianstads kommun\n\n"
	for _, tt := range []struct {
		text  string
		named bool
	}{
		{"Region // Sydsverige\n\nText om projektet.\n", true},
		{"Text om projektet.\nRegion // Sydsverige\nMer text.\n", true},
		{"Text om projektet.\nRegion // Det är Sydsverige.\nMer text.\n", false},
		{"Text om projektet.\nProjektägare // Kristianstads kommun\nMer text.\n", false},
		{"Text om projektet.\nKontaktperson // Ola Johnsson Ola Johnsson Ola Johnsson Ola Johnsson Ola\nMer text.\n", false},
		{"Text om projektet.\nKontaktperson // Ola Johnsson Ola Johnsson Ola Johnsson Ola Johnsson\nMer text.\n", true},
	} {
		recs := mustParse(t, []byte(head+tt.text))
		if len(recs) != 1 {
			t.Fatalf("%q: %d records", tt.text, len(recs))
		}
		named := warningSaying(recs[0], 0, "which was not read as its colon") != nil
		if named != tt.named {
			t.Errorf("%q: named %v, want %v: %v", tt.text, named, tt.named, recs[0].Warnings)
		}
	}
}
