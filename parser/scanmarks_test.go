package parser

import (
	"strings"
	"testing"
)

func TestCutScanMarks(t *testing.T) {
	tests := []struct {
		in          string
		rest, marks string
	}{
		{"Perstorps kommun", "Perstorps kommun", ""},
		{"| Peter Lindow", "Peter Lindow", "|"},
		{"Perstorps kommun »", "Perstorps kommun", "»"},
		{"' • Arbete och Försörjning", "Arbete och Försörjning", "' •"},
		{"• Arbete och Försörjning", "• Arbete och Försörjning", ""}, // a bullet first is a list's own
		{". , Kristianstads kommun ~", "Kristianstads kommun", ". , ~"},
		{"Arbete .. och Försörjning", "Arbete och Försörjning", ".."},
		{"Arbete och ¨ Forsörjning", "Arbete och Forsörjning", "¨"},
		{"Arbete | Försörjning", "Arbete | Försörjning", ""}, // a bar between words may part them
		{"Arbete » Försörjning", "Arbete » Försörjning", ""},
		{",", "", ","},
		{"| ~", "", "| ~"},
		{"Kaisa Welander.", "Kaisa Welander.", ""}, // a full stop glued to a word is the word's
		{"Projektperiod'", "Projektperiod", "'"},
		{"Peter Lindow'", "Peter Lindow", "'"},
		{"|Perstorps kommun", "Perstorps kommun", "|"},
		{"Perstorps kommun»", "Perstorps kommun", "»"},
		{"»Egenmakt»", "»Egenmakt»", ""}, // Swedish quotes, the same at both ends
		{"’Förstudie’ och ’Genomförande’", "’Förstudie’ och ’Genomförande’", ""},
		{"Lindow's", "Lindow's", ""},
		{"Kommunförbundet AB,", "Kommunförbundet AB,", ""},
		{"kommun.", "kommun.", ""},
		{"A.B.", "A.B.", ""},
		{"Ola O'Brien", "Ola O'Brien", ""},
		// A phone photo's margin specks, alone beside the words.
		{"; Kristianstads kommun ]", "Kristianstads kommun", "; ]"},
		{"! 1.1 Kompetensförsörjning", "1.1 Kompetensförsörjning", "!"},
		{"A1A ]", "A1A", "]"},
		{"[ Sydsverige", "Sydsverige", "["},
		{"Ja: Nej", "Ja: Nej", ""},               // a colon glued to a word is the word's
		{"Hej! Välkommen", "Hej! Välkommen", ""}, // and so is an exclamation
		{"", "", ""},
	}
	for _, tt := range tests {
		rest, marks := cutScanMarks(tt.in)
		if rest != tt.rest || marks != tt.marks {
			t.Errorf("cutScanMarks(%q) = %q, %q, want %q, %q", tt.in, rest, marks, tt.rest, tt.marks)
		}
	}
}

// TestScanMarks reads the marks a scan's reading leaves beside a page's
// values, and a page in capitals glued, as OCR gives a fax: each value is
// read, and each mark taken off is named on its line.
func TestScanMarks(t *testing.T) {
	type warning = edgeWarning
	tests := []edgeCase{
		{
			name:     "marks before and after a value stacked below its label",
			page:     "2020/00634 - Framtidsresan\n\nProjektnummer:\n2020/00634\nProjektägare:\nPerstorps kommun »\nKontaktperson:\n| Peter Lindow\nRegion:\nSydsverige\n",
			want:     map[string]any{"owner": "Perstorps kommun", "contact_name": "Peter Lindow"},
			warnings: []warning{{6, KeyOwner, `holds "»", marks a scan's reading leaves, taken off`}, {8, KeyContactName, `holds "|"`}},
		},
		{
			name:     "a mark in place of a value is none",
			page:     "Framtidsresan\n\nProjektnummer:\n2020/00634\nStödmottagarens adress:\n.\nRegion:\nSydsverige\n",
			want:     map[string]any{"address": nil, "region": "Sydsverige"},
			warnings: []warning{{6, KeyAddress, `"." is a mark a scan's reading leaves, no value; read as null`}},
		},
		{
			name:     "dust on a line of its own inside a glued value wrapped",
			page:     "Egenmakt\n\nProjektfasFörprojektering\nProjektägareArbete\n   ..\n  och Försörjning\nRegionSydsverige\n",
			want:     map[string]any{"owner": "Arbete och Försörjning", "project_phase": "Förprojektering"},
			warnings: []warning{{4, KeyOwner, `holds ".."`}},
		},
		{
			name:     "dust on a line of its own between a hyphenated label's halves",
			page:     "Within Kompetens\n\nProjektnummer\n2015/00764\nBeviljat ESF-\n  ' '\nstöd\n7 380 388 kr\nKontaktperson\nKaisa Welander\n",
			want:     map[string]any{"esf_support_sek": 7380388, "contact_name": "Kaisa Welander"},
			warnings: []warning{{5, KeyESFSupport, "broken over two lines"}},
		},
		{
			name:     "dust after a label's colon leaves the value below it",
			page:     "23-038-S06 - Digga Perstorps Personal\n\nDiarienummer:\n23-038-S06\nAntal deltagare: |\n605\nInsats av strategisk betydelse: »\nNej\n",
			want:     map[string]any{"participants": 605, "strategic_importance": false, "extra": map[string]any{}},
			warnings: []warning{{5, KeyParticipants, `with "|", a scan's dust, after it`}, {7, KeyStrategicImportance, `with "»", a scan's dust, after it`}},
		},
		{
			name:     "a quote glued to a label alone",
			page:     "Within Kompetens\n\nProjektnummer\n2015/00764\nProjektperiod'\n2016-02-02-2019-01-31\nRegion\nSydsverige\n",
			want:     map[string]any{"start_date": "2016-02-02", "end_date": "2019-01-31", "extra": map[string]any{}},
			warnings: []warning{{5, KeyStartDate, `with "'", a scan's dust, after it`}},
		},
		{
			name:     "dust as a list's item",
			page:     "Egenmakt\n\nProjektägareArbete och Försörjning\nRegionSydsverige\n\nMedfinansiärer\n\n,\n' • Region Skåne\n",
			want:     map[string]any{"cofinanciers": []string{"Region Skåne"}},
			warnings: []warning{{8, KeyCofinanciers, `"," is a mark a scan's reading leaves, no item of the list`}, {9, KeyCofinanciers, `holds "' •"`}},
		},
		{
			name: "a full stop glued to a label's word ends a sentence",
			page: "Framtidsresan\n\nProjektnummer:\n2020/00634\nRegion:\nSydsverige\n\nSammanfattning\n\nSamverkan med Klippans kommun samt Åstorps\nkommun.\n",
			want: map[string]any{"summary": "Samverkan med Klippans kommun samt Åstorps\nkommun.", "municipalities": []string{}, "warnings": []any{}},
		},
		{
			name:     "a placeholder of dots below a label alone is its empty value, no page's end",
			page:     "Framtidsresan\n\nProjektnummer:\n2020/00634\nProjektägare:\n...\nRegion:\nSydsverige\n",
			want:     map[string]any{"owner": nil, "region": "Sydsverige"},
			warnings: []warning{{6, KeyOwner, `"..." says the value is missing`}},
		},
		{
			name: "a page in capitals glued: a label glued to words of any shape",
			page: "EGENMAKT\n\nPROJEKTFASFÖRPROJEKTERING\nPROJEKTÄGAREARBETE OCH FÖRSÖRJNING\nKONTAKTPERSONOLA JOHNSSON\nREGIONSYDSVERIGE\n",
			want: map[string]any{"name": "EGENMAKT", "project_phase": "FÖRPROJEKTERING", "owner": "ARBETE OCH FÖRSÖRJNING", "region": "Sydsverige"},
			warnings: []warning{
				{3, KeyProjectPhase, "in capitals, glued to its value"}, {4, KeyOwner, "in capitals, glued to its value"},
				{5, KeyContactName, `written "KONTAKTPERSON"`}, {6, KeyRegion, "in capitals, glued to its value"},
			},
		},
		{
			name:     "one label glued to a value of its shape tells a page in capitals",
			page:     "EGENMAKT\n\nPROJEKTFASFÖRPROJEKTERING\nREGIONSYDSVERIGE\n",
			want:     map[string]any{"name": "EGENMAKT", "project_phase": "FÖRPROJEKTERING", "region": "Sydsverige"},
			warnings: []warning{{3, KeyProjectPhase, "in capitals, glued to its value"}, {4, KeyRegion, "in capitals, glued to its value"}},
		},
		{
			name:     "with no label glued to a value of its shape, a line in capitals that begins with a label is the title",
			page:     "EGENMAKT\n\nPROJEKTFASFÖRPROJEKTERING\nKONTAKTPERSON: OLA JOHNSSON\nREGION: SYDSVERIGE\n",
			want:     map[string]any{"name": "PROJEKTFASFÖRPROJEKTERING", "project_phase": nil},
			warnings: []warning{{3, KeyName, "may be the title instead"}},
		},
		{
			name:     "a short label in capitals begins many a word: no label glued",
			page:     "EGENMAKT\n\nKOMMUNFÖRBUNDET KALMAR LÄN\nKONTAKTPERSONOLA JOHNSSON\nREGIONSYDSVERIGE\n",
			want:     map[string]any{"name": "KOMMUNFÖRBUNDET KALMAR LÄN", "municipalities": []string{}},
			warnings: []warning{{3, KeyName, "may be the title instead"}, {3, KeyMunicipalities, "glued to words that do not read as its value"}, {4, KeyContactName, "KONTAKTPERSON"}, {5, KeyRegion, "in capitals"}},
		},
		{
			name:     "a title in capitals standing alone is no label glued",
			page:     "HUVUDMANNASKAP I SKOLAN\n\nPROJEKTFASFÖRPROJEKTERING\nREGIONSYDSVERIGE\n",
			want:     map[string]any{"name": "HUVUDMANNASKAP I SKOLAN", "owner": nil, "project_phase": "FÖRPROJEKTERING"},
			warnings: []warning{{1, KeyOwner, "the line was read as the title"}, {3, KeyProjectPhase, "in capitals, glued to its value"}, {4, KeyRegion, "in capitals, glued to its value"}},
		},
		{
			name:     "a label in capitals with a space OCR put inside it",
			page:     "EGENMAKT\n\nPR OJEKTÄGAREARBETE OCH FÖRSÖRJNING\nREGIONSYDSVERIGE\n",
			want:     map[string]any{"name": "EGENMAKT", "owner": "ARBETE OCH FÖRSÖRJNING"},
			warnings: []warning{{3, KeyOwner, "in capitals, glued to its value"}, {4, KeyRegion, "in capitals, glued to its value"}},
		},
		{
			name:     "a line above the title that begins with a label glued is said",
			page:     "GAGNA:KOMPETENS\n\nPROGRAMOMRÅDEPROGRAMOMRÅDE\n        1 KOMPETENSFÖRSÖRJNING\nPROJEKTFASFÖRPROJEKTERING\nREGIONSYDSVERIGE\n",
			want:     map[string]any{"project_phase": "FÖRPROJEKTERING", "region": "Sydsverige"},
			warnings: []warning{{3, KeyProgrammeAreaCode, "above the title, begins with the label"}, {4, KeyName, "may be the title instead"}, {5, KeyProjectPhase, "in capitals"}, {6, KeyRegion, "in capitals"}},
		},
		{
			name:     "a label in capitals with an ending of its word is no label glued",
			page:     "EGENMAKT\n\nPROJEKTFASEN\nKONTAKTPERSONOLA JOHNSSON\nREGIONSYDSVERIGE\n",
			want:     map[string]any{"name": "PROJEKTFASEN", "project_phase": nil},
			warnings: []warning{{3, KeyName, "may be the title instead"}, {3, KeyProjectPhase, "glued to words that do not read as its value"}, {4, KeyContactName, "KONTAKTPERSON"}, {5, KeyRegion, "in capitals"}},
		},
	}
	runEdges(t, tests)
}

// TestDustAfterLabel classifies a label with a scan's dust where its
// value would stand: the value is left to the line below.
func TestDustAfterLabel(t *testing.T) {
	tests := []struct {
		line  string
		key   Key
		value string
		form  form
	}{
		{"Antal deltagare: |", KeyParticipants, "", formColon},
		{"Antal deltagare: 605", KeyParticipants, "605", formColon},
		{"Projektperiod'", KeyPeriod, "", formBare},
		{"Projektägare ~", KeyOwner, "", formBare},
		{"Region »", KeyRegion, "", formColon},
		{"Total projektbudget ,", KeyTotalBudget, "", formBare},
		{"' Projektägare", KeyOwner, "", formBare},
		{"Projektägare: ,", KeyOwner, "", formColon},
		{"Region » Sydsverige", KeyRegion, "Sydsverige", formColon},
		{"Projektägare > Perstorps kommun", KeyOwner, "Perstorps kommun", formColon},
		{"Stödmottagare ort > PERSTORP", KeyCity, "PERSTORP", formColon},
	}
	for _, tt := range tests {
		l := classify(tt.line, 1, false)
		if l.term == nil || l.term.key != tt.key || l.value != tt.value || l.form != tt.form {
			key := "no label"
			if l.term != nil {
				key = l.term.key.String()
			}
			t.Errorf("classify(%q) = %s %q form %d, want %s %q form %d", tt.line, key, l.value, l.form, tt.key, tt.value, tt.form)
		}
	}
}

func TestGluedLabelFirst(t *testing.T) {
	tests := []struct {
		text string
		key  Key
		ok   bool
	}{
		{"ProgramområdeProgramområde 1 Kompetensförsörjning", KeyProgrammeAreaCode, true},
		{"PROGRAMOMRÅDEPROGRAMOMRÅDE", KeyProgrammeAreaCode, true},
		{"Projektägare2020", KeyOwner, true},
		{"PROJEKTFASEN", 0, false},         // an ending of the label's word
		{"PROJEKTÄGARENS ROLL", 0, false},  // the genitive
		{"REGIONSKÅNE", 0, false},          // a label under minCapitalsLabel letters, in capitals
		{"Regionala satsningar", 0, false}, // a small letter after it: a word of its own
		{"Projektägare Perstorps kommun", 0, false},
		{"Projektägare", 0, false},
		{"projektägareArbete", 0, false}, // not written as the table writes it
	}
	for _, tt := range tests {
		got := gluedLabelFirst(tt.text)
		if (got != nil) != tt.ok || got != nil && got.key != tt.key {
			t.Errorf("gluedLabelFirst(%q) = %v, want %v %v", tt.text, got, tt.ok, tt.key)
		}
	}
}

// TestMayHoldScanMarks holds the quick look to cutScanMarks itself: a
// value the look passes over has no marks to cut.
func TestMayHoldScanMarks(t *testing.T) {
	values := []string{
		"Perstorps kommun", "| Peter Lindow", "Perstorps kommun »", "' • Arbete", "• Arbete", ". , Kristianstads kommun ~",
		"Arbete .. och Försörjning", "Arbete och ¨ Forsörjning", "Arbete | Försörjning", ",", "| ~", "Kaisa Welander.",
		"Projektperiod'", "Peter Lindow'", "|Perstorps kommun", "»Egenmakt»", "Lindow's", "kommun.", "A, B och C.",
		"Text . mer", "Text .x mer", "Text ’ mer", "Text ’x mer", "", " ", "...", "1 000 kr .",
	}
	for _, v := range values {
		if _, marks := cutScanMarksSlow(v); marks != "" && !mayHoldScanMarks(v) {
			t.Errorf("mayHoldScanMarks(%q) = false, but cutScanMarksSlow cuts %q", v, marks)
		}
	}
	for _, v := range []string{"Perstorps kommun har haft hög arbetslöshet.", "A, B och C.", "Lindow's"} {
		if mayHoldScanMarks(v) {
			t.Errorf("mayHoldScanMarks(%q) = true, want false", v)
		}
	}
}

func FuzzScanMarks(f *testing.F) {
	for _, v := range []string{"| Peter Lindow", "Arbete .. och", "Peter Lindow'", "kommun.", "»Egenmakt»"} {
		f.Add(v)
	}
	f.Fuzz(func(t *testing.T, v string) {
		if _, marks := cutScanMarksSlow(v); marks != "" && !mayHoldScanMarks(v) {
			t.Errorf("mayHoldScanMarks(%q) = false, but cutScanMarksSlow cuts %q", v, marks)
		}
	})
}

func TestDustLine(t *testing.T) {
	for text, want := range map[string]bool{
		"  ' '": true, ".": true, "| ~": true, "· ,": true, "\t¨": true,
		"": false, "   ": false, "a": false, "' a '": false, "-": false, "1.": false,
	} {
		if got := dustLine(text); got != want {
			t.Errorf("dustLine(%q) = %v, want %v", text, got, want)
		}
	}
}

// TestArrowForColon checks pages whose labels have "> " for the colon, as
// notes and mails write them, on the stacked, inline and glued layouts:
// each field is read and the spelling named on its line.
func TestArrowForColon(t *testing.T) {
	for _, tt := range []struct {
		name, page string
		line       int
		key        Key
		want       string
	}{
		{"stacked", "Within Kompetens\n\nProjektnummer\n2015/00764\nRegion > Sydsverige\nProjektägare\nKristianstads kommun\n", 5, KeyRegion, "Sydsverige"},
		{"inline", "23-038-S06 - Digga\n\nDiarienummer: 23-038-S06\nProjektägare > PERSTORPS KOMMUN\nRegion: Sydsverige\n", 4, KeyOwner, "PERSTORPS KOMMUN"},
		{"glued", "Egenmakt\n\nProgramområdeProgramområde 2 Ökat arbetskraftsutbud\nProjektfas > Förprojektering\nProjektägare > Arbete och Försörjning\nKontaktpersonOla Johnsson\nRegionSydsverige\n", 4, KeyProjectPhase, "Förprojektering"},
		{"glued", "Egenmakt\n\nProgramområdeProgramområde 2 Ökat arbetskraftsutbud\nProjektfas > Förprojektering\nProjektägare > Arbete och Försörjning\nKontaktpersonOla Johnsson\nRegionSydsverige\n", 5, KeyOwner, "Arbete och Försörjning"},
	} {
		rec := parseOne(t, "page.txt", []byte(tt.page))
		if got := fieldString(rec, tt.key); got != tt.want {
			t.Errorf("%s: %s = %q, want %q", tt.name, tt.key, got, tt.want)
		}
		if !hasWarningOn(rec.Warnings, tt.line, tt.key, `with ">" for the colon`) {
			t.Errorf("%s: the spelling on line %d not named (%v)", tt.name, tt.line, rec.Warnings)
		}
	}
}

// fieldString returns a text field's value, its lines joined, or "".
func fieldString(rec *Project, k Key) string {
	values, _ := stringValues(fieldOf(rec, k))
	return strings.Join(values, "\n")
}

// TestScanMarksInTitle takes a scan's specks off the title's name, named.
func TestScanMarksInTitle(t *testing.T) {
	rec := parseOne(t, "scan.txt", []byte("; Gagna:kompetens ]\n\nProjektägare: Regionförbundet Östsam\nRegion: Östra Mellansverige\n"))
	if str(rec.Name) != "Gagna:kompetens" || !hasWarningOn(rec.Warnings, 1, KeyName, "a mark a scan's reading leaves") {
		t.Errorf("name %q, warnings %v", str(rec.Name), rec.Warnings)
	}
}

// TestLabelRules reads a separator's line between a label and its typed
// value as no page boundary, and one below a text field's empty label as
// one.
func TestLabelRules(t *testing.T) {
	page := "2020/00634 - Framtidsresan\n\nProjektnummer:\n2020/00634\nBeviljat ESF-stöd:\n—_—\n400 000\nKontaktperson:\nPeter Lindow\n"
	recs := mustParse(t, []byte(page))
	if len(recs) != 1 || recs[0].ESFSupportSEK == nil || *recs[0].ESFSupportSEK != 400000 || str(recs[0].ContactName) != "Peter Lindow" {
		t.Errorf("a rule between a label and its amount: %d records", len(recs))
	}
	two := "2020/00634 - Framtidsresan\n\nProjektnummer:\n2020/00634\nStödmottagarens address:\n-----\n2015/00764 - Within Kompetens\n\nProjektnummer:\n2015/00764\n"
	if recs := mustParse(t, []byte(two)); len(recs) != 2 {
		t.Errorf("a separator below an empty text field's label: %d records, want 2", len(recs))
	}
	// No label below the value: the page below the rule begins there.
	last := "2020/00634 - Framtidsresan\n\nRegion:\nSydsverige\nProjektnummer:\n-----\n2015/00764\n\nWithin Kompetens\n\nRegion:\nSydsverige\n"
	if recs := mustParse(t, []byte(last)); len(recs) != 2 {
		t.Errorf("a separator below the last label, no label below the value: %d records, want 2", len(recs))
	}
}
