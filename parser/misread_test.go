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
		{9, KeyContactName, `"Koritaktpersori" is no label esf knows, and the line was read as text of summary; it is a slip from "Kontaktperson"`},
		{12, KeyESFSupport, `it is a slip from "Beviljat ESF-stöd"`},
		{13, KeyTotalBudget, `it is a slip from "Total projektbudget"`},
		{14, KeyStartDate, `begins with the label "Projektperiod" glued to its value, and start_date and end_date are empty`},
		{15, KeyRegion, `"Regiori" is no label esf knows`},
	} {
		if !hasWarningOn(rec.Warnings, w.line, w.key, w.has) {
			t.Errorf("no warning on line %d [%s] with %q in %v", w.line, w.key, w.has, rec.Warnings)
		}
	}
}

// TestOCRID holds the reading of a project number OCR misread, in each
// of the three forms, and what it leaves alone.
func TestOCRID(t *testing.T) {
	for _, c := range []struct {
		in, want string
		ok       bool
	}{
		{"2O17/OO144", "2017/00144", true},
		{"20I5/00964", "2015/00964", true},
		{"201S/0ol06", "2015/00106", true},
		{"23-O38-S06", "23-038-S06", true}, // the letter after the second dash is the number's own
		{"2OO7-5O2OOO1", "2007-5020001", true},
		{"2015/00764", "2015/00764", false}, // written right
		{"23-038-S06", "23-038-S06", false},
		{"2O17/OO1", "2O17/OO1", false},         // too short a number even read
		{"Ola/OO144x", "Ola/OO144x", false},     // a word
		{"2O17/OOl44 A", "2O17/OOl44 A", false}, // more than a number
	} {
		got, ok := ocrID(c.in)
		if got != c.want || ok != c.ok {
			t.Errorf("ocrID(%q) = %q, %v; want %q, %v", c.in, got, ok, c.want, c.ok)
		}
	}
}

// TestOCRIDInTitle reads a title whose id OCR misread: split from the
// name, read as the number, named; where the page gives the number below,
// the two agree once read.
func TestOCRIDInTitle(t *testing.T) {
	type warning = edgeWarning
	runEdges(t, []edgeCase{
		{
			name:     "the title's id alone",
			page:     "20I7/O0I44 - Jobbsprånget\n\nProjektägare: Luleå tekniska universitet\nRegion: Sydsverige\n",
			want:     map[string]any{"id": "2017/00144", "name": "Jobbsprånget"},
			warnings: []warning{{1, KeyID, `"20I7/O0I44", the title's id, read as "2017/00144": letters OCR takes for digits`}},
		},
		{
			name:     "the page's id below, misread too",
			page:     "20I7/O0I44 - Jobbsprånget\n\nProjektägare: Luleå tekniska universitet\nProjektnummer: 2O17/OO144\n",
			want:     map[string]any{"id": "2017/00144", "name": "Jobbsprånget"},
			warnings: []warning{{4, KeyID, `"2O17/OO144" read as "2017/00144": letters OCR takes for digits`}},
		},
		{
			name:     "another id below is a conflict",
			page:     "20I7/O0I44 - Jobbsprånget\n\nProjektägare: Luleå tekniska universitet\nProjektnummer: 2017/00145\n",
			want:     map[string]any{"id": "2017/00145", "name": "Jobbsprånget"},
			warnings: []warning{{1, KeyID, `the title gives id "20I7/O0I44" but the page gives "2017/00145"`}},
		},
	})
}
