package parser

import "testing"

// TestMisreadKey holds the fold of OCR's letter confusions, each on its
// own and together, on both sides of the match.
func TestMisreadKey(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"projekfpcrlod", "projektpenod"}, // f for t, c for e, "ri" for n ("i" folded to "l")
		{"projektperlod", "projektpenod"}, // the label itself folds alike
		{"projekffas", "projekttas"},
		{"projektfas", "projekttas"},
		{"startclatum", "startdatum"}, // "cl" for d
		{"vvebb", "webb"},             // "vv" for w
		{"region", "region"},          // nothing to fold
		{"", ""},
		{"c", "e"},
		{"rl", "n"},
	} {
		if got := misreadKey(c.in); got != c.want {
			t.Errorf("misreadKey(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestMisreadIn checks the labels OCR misread with more letters than
// one, at minSlipLabel's edge, and that a key OCR's letters do not stand
// in is left alone: a "t" where the label has an "f" is no misreading.
func TestMisreadIn(t *testing.T) {
	for _, c := range []struct {
		written string
		want    string // the label's text, "" for none
	}{
		{"Projckfperiod", "Projektperiod"},
		{"Projekfriummer", "Projektnummer"},
		{"Projckfägare", "Projektägare"},
		{"Koritaktpersori", "Kontaktperson"},
		{"Projekttas", ""},   // t for f: no OCR misreading
		{"E-posf", "E-post"}, // minSlipLabel letters folded: read
		{"Posf", ""},         // one letter fewer: another word too often
	} {
		got := ""
		if tm := misreadIn(spellingKey(c.written), labelsMisread()); tm != nil {
			got = tm.text
		}
		if got != c.want {
			t.Errorf("misreadIn(%q) = %q, want %q", c.written, got, c.want)
		}
	}
	if n := len(spellingKey("E-posf")); n != minSlipLabel {
		t.Fatalf("the edge case has %d letters, want minSlipLabel (%d)", n, minSlipLabel)
	}
}

// TestMisreadLabels checks pages whose labels OCR misread twice or more:
// stacked labels are read with their warning, and glued ones the text
// took are named on their empty fields.
func TestMisreadLabels(t *testing.T) {
	type warning = edgeWarning
	runEdges(t, []edgeCase{
		{
			name: "stacked labels misread twice",
			page: "Kraftsamling Skåne\n\nProjektägare\nLuleå tekniska universitet\nProjekfriummer\n2016/00647\nProjckfperiod\n2017-03-01 - 2020-04-28\n",
			want: map[string]any{"id": "2016/00647", "start_date": "2017-03-01", "end_date": "2020-04-28"},
			warnings: []warning{
				{5, KeyID, `"Projekfriummer" read as the label "Projektnummer", written "Projekfriummer"`},
				{7, KeyStartDate, `"Projckfperiod" read as the label "Projektperiod", written "Projckfperiod"`},
			},
		},
	})
}

// TestMisreadGluedBlock checks a scanned glued block whose labels OCR
// misread so often that the text took the block: each line whose head is
// a label, as written or as OCR misread it, is named on its empty field,
// whatever its value's letters.
func TestMisreadGluedBlock(t *testing.T) {
	page := "Skannad med CamScanner\nLogotyp på utskrifter\n\nArbetsliv för alla\n\n" +
		"ProgramomradcProgramområde 2 Ökat arbetskraftsutbud\nProjekffasFörprojektering\n" +
		"ProjekfägareFolkuniversitetet, Stiftelsen Kursverksamheten vid Lunds universitet\n" +
		"KoritaktpersoriKaisa Welander\nE-posfkaisa.welander@kristianstad.se\n" +
		"Telefonnumrner044-13 50 00\nBeviljaf ESF-stöd8 504 00o kr\nTofal projektbudget17 0o9 442 kr\n" +
		"Projektperiod20o9-o1-oI till 20lo-o6-24\nRegioriSydsverige\nIn English\n\nSammanfattning\n\n" +
		"Syftet med förprojekteringen är att kartlägga behoven tillsammans med målgruppen.\n"
	rec := parseOne(t, "scan.txt", []byte(page))
	if rec.StartDate != nil {
		t.Fatalf("start_date = %v: the block was read, and the case tests nothing", *rec.StartDate)
	}
	for _, w := range []edgeWarning{
		{9, KeyContactName, `"KoritaktpersoriKaisa Welander" begins with the label "Kontaktperson" glued to its value, and contact_name is empty`},
		{12, KeyESFSupport, `it is a slip from "Beviljat ESF-stöd"`},
		{13, KeyTotalBudget, `it is a slip from "Total projektbudget"`},
		{14, KeyStartDate, `begins with the label "Projektperiod" glued to its value, and start_date and end_date are empty`},
		{15, KeyRegion, `glued to a region's name`},
	} {
		if !hasWarningOn(rec.Warnings, w.line, w.key, w.has) {
			t.Errorf("no warning on line %d [%s] with %q in %v", w.line, w.key, w.has, rec.Warnings)
		}
	}
}
