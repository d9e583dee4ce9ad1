package parser

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// TestAboveTheBlock checks the lines between a page's title and its field
// block: a line reading "id - name" is the title wherever it stands, and
// an unknown "Label: value" there is kept in extra, not dropped, and is
// not taken for the title while another line may be.
func TestAboveTheBlock(t *testing.T) {
	const block = "\nProjektägare:\nPerstorps kommun\nRegion:\nSydsverige\n"
	tests := []struct {
		what, top    string
		id, name     string
		extra, value string
	}{
		{"an unknown field below the title", "2020/00634 - Framtidsresan\n\nIntern kod: X12\n", "2020/00634", "Framtidsresan", "Intern kod", "X12"},
		{"an unknown label with a full stop and a space", "2020/00634 - Framtidsresan\n\nAvd. kod: X12\n", "2020/00634", "Framtidsresan", "Avd. kod", "X12"},
		{"a shortened unknown label below the title", "2020/00634 - Framtidsresan\n\nAvd.kod: X12\n", "2020/00634", "Framtidsresan", "Avd.kod", "X12"},
		{"an unknown field above the title", "Intern kod: X12\n\n2020/00634 - Framtidsresan\n", "2020/00634", "Framtidsresan", "Intern kod", "X12"},
		{"a line of text below the title", "2020/00634 - Framtidsresan\n\nEn rad till\n", "2020/00634", "Framtidsresan", "", ""},
		{"a title with a colon, alone", "Framtidsresan: en förstudie\n", "", "Framtidsresan: en förstudie", "", ""},
		{"a sentence with a colon is no field", "2020/00634 - Framtidsresan\n\nSe nedan: två projekt.\n", "2020/00634", "Framtidsresan", "", ""},
	}
	for _, tt := range tests {
		rec := parseOne(t, "p.txt", []byte(tt.top+block))
		id := ""
		if rec.ID != nil {
			id = *rec.ID
		}
		name := ""
		if rec.Name != nil {
			name = *rec.Name
		}
		if id != tt.id || name != tt.name {
			t.Errorf("%s: id %q, name %q; want %q, %q", tt.what, id, name, tt.id, tt.name)
		}
		got, ok := "", false
		for _, p := range rec.Extra {
			if p.Label == tt.extra && p.Value != nil {
				got, ok = *p.Value, true
			}
		}
		if tt.extra != "" && (!ok || got != tt.value) {
			t.Errorf("%s: extra %v, want %s: %q", tt.what, rec.Extra, tt.extra, tt.value)
		}
		if tt.extra == "" && len(rec.Extra) > 0 && !strings.Contains(tt.what, "sentence") {
			t.Errorf("%s: extra %v, want none", tt.what, rec.Extra)
		}
	}
}

// TestSignatureEndsThePage checks that a mail's signature below a page,
// after its last list or its text, is no part of the record, nor a
// forwarded message's header, nor "--" without the delimiter's space
// (TestDashesSignature), and that a closing before more than a name is
// text.
func TestSignatureEndsThePage(t *testing.T) {
	const page = "Projektnummer:\n2020/00634\nNamn:\nFramtidsresan\nKommun:\nTrelleborg\n\nSammanfattning\n\nEtt projekt.\n"
	for _, tt := range []struct {
		tail    string
		summary string
	}{
		{"\n-- \nAnna Andersson\n070-123 45 67\n", "Ett projekt."},
		{"\nMvh\nAnna\n", "Ett projekt."},
		{"\nMed vänliga hälsningar,\nAnna\n", "Ett projekt."},
		{"\nSkickat från min iPhone\n", "Ett projekt."},
		{"\n--\nAnna Andersson\n", "Ett projekt."},
		{"\nMvh Anna\n", "Ett projekt."},
		{"\nVänliga hälsningar, Erik Svensson\n", "Ett projekt."},
		{"\nHälsningar från oss alla\n", "Ett projekt.\n\nHälsningar från oss alla"},
		{"\nMvh Anna Maria Eva Berg\n", "Ett projekt.\n\nMvh Anna Maria Eva Berg"},
		{"\nMvh Anna 2\n", "Ett projekt.\n\nMvh Anna 2"},
		{"\n---------- Vidarebefordrat meddelande ---------\nFrån: Anna\n", "Ett projekt."},
		{"\n-----Original Message-----\n", "Ett projekt."},
	} {
		rec := parseOne(t, "p.txt", []byte(page+tt.tail))
		if rec.Summary == nil || *rec.Summary != tt.summary || len(rec.Municipalities) != 1 {
			t.Errorf("%q: summary %q, municipalities %q; want %q, [Trelleborg]", tt.tail, deref(rec.Summary), rec.Municipalities, tt.summary)
		}
	}
	// The signature right below the last list.
	rec := parseOne(t, "p.txt", []byte("Projektnummer:\n2020/00634\nKommun:\nTrelleborg\n\n-- \nAnna Andersson\n"))
	if len(rec.Municipalities) != 1 {
		t.Errorf("municipalities %q, want [Trelleborg]", rec.Municipalities)
	}
}

// TestSignatureOrganisation holds a signature's line that names an
// organisation with a label's word, and no line written as a page's
// label, to the signature.
func TestSignatureOrganisation(t *testing.T) {
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"Region Skåne", true},
		{"Region Stockholm", true},
		{"Region: Skåne", false},
		{"RegionSydsverige", false},
		{"Region", false},
		{"Region skåne", false},
	} {
		l := classify(tt.line, 1, false)
		if got := l.term != nil && signatureOrganisation(&l); got != tt.want {
			t.Errorf("signatureOrganisation(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}

// TestSignatureAboveThePage checks a reply above a page: its signature,
// a name, a title and a telephone below the closing, is no page of its
// own; a label of the page's ends the signature, and maxSignatureLines
// bounds it.
func TestSignatureAboveThePage(t *testing.T) {
	const page = "2020/00634 - Framtidsresan\n\nProjektnummer:\n2020/00634\nRegion:\nSydsverige\n"
	for _, tt := range []struct {
		name, reply string
		phone       string
	}{
		{"a signature with a telephone", "Hej!\n\nMed vänlig hälsning\nAnna Svensson\nProjektsamordnare\nTel: 070-123 45 67\n\n", "<nil>"},
		{"maxSignatureLines", "Mvh\nA\nB\nC\nD\nE\nF\nG\nTel: 070-123 45 67\n\n", "<nil>"},
		{"an organisation named with a label's word", "Skickar vidare.\nMed vänliga hälsningar\nAnna Berg\nProjektledare\nRegion Skåne\nTelefon: 043-879 80 76\nE-post: anna.berg@kommun.se\n\n", "<nil>"},
		{"an organisation that reads as a region", "Mvh\nAnna Berg\nRegion Stockholm\nTelefon: 08-123 45 67\n\n", "<nil>"},
	} {
		recs, err := Parse("mail.txt", []byte(tt.reply+page), Options{})
		if err != nil || len(recs) != 1 || deref(recs[0].ContactPhone) != tt.phone || deref(recs[0].ID) != "2020/00634" {
			t.Errorf("%s: %v, %d records %+v", tt.name, err, len(recs), recs)
		}
	}
	// A label of the page's right below the closing ends the signature.
	rec := parseOne(t, "p.txt", []byte("Mvh\nAnna\nProjektnummer: 2020/00634\nRegion: Sydsverige\n"))
	if deref(rec.ID) != "2020/00634" {
		t.Errorf("id %q", deref(rec.ID))
	}
	// The signature's lines: maxSignatureLines below the closing, up to a
	// blank line.
	lines := classifyText("Mvh\nA\nB\nC\nD\nE\nF\nG\nH\nI\n\nJ\n", nil, nil, nil, nil)
	for i, want := range []bool{true, true, true, true, true, true, true, true, true, false, false, false} {
		if got := lines[i].furniture == furnitureSignature; got != want {
			t.Errorf("line %d (%q) in the signature %v, want %v", i+1, lines[i].text, got, want)
		}
	}
}

func deref(s *string) string {
	if s == nil {
		return "<nil>"
	}
	return *s
}

// TestStackedLabelWithNote checks a stacked label with a note in brackets:
// it stays a label, a unit goes with the value below, and the block reads
// on past it.
func TestStackedLabelWithNote(t *testing.T) {
	const tail = "\nKontaktperson\nKaisa Welander\n"
	for _, tt := range []struct {
		label, value string
		budget       int64
		spelled      bool
	}{
		{"Total projektbudget (kr)", "9 997 836", 9997836, false},
		{"Total projektbudget (tkr)", "9 998", 9998000, false},
		{"Total projektbudget (tkr)", "9 998 tkr", 9998000, false},
		{"Total projektbudget (SEK)", "9 997 836 kr", 9997836, false},
		{"Total projektbudget (obligatorisk)", "9 997 836", 9997836, true},
		{"Total projektbudget i kr", "9 997 836", 9997836, false},
		{"Total projektbudget i tkr", "9 998", 9998000, false},
		{"Total projektbudget in SEK", "9 997 836", 9997836, false},
		{"Total projektbudget, kr:", "9 997 836", 9997836, false},
		{"Total projektbudget, tkr", "9 998", 9998000, false},
		{"Total projektbudget,SEK:", "9 997 836", 9997836, false},
		{"Total projektbudget SEK:", "9 997 836", 9997836, false},
		{"Total projektbudget , MSEK:", "9,997836", 9997836, false},
	} {
		page := "Within\n\nProjektnummer\n2015/00764\n" + tt.label + "\n" + tt.value + tail
		rec := parseOne(t, "p.txt", []byte(page))
		if rec.TotalBudgetSEK == nil || *rec.TotalBudgetSEK != tt.budget || deref(rec.ContactName) != "Kaisa Welander" {
			t.Errorf("%s / %s: budget %v, contact %q; want %d, Kaisa Welander", tt.label, tt.value, rec.TotalBudgetSEK, deref(rec.ContactName), tt.budget)
		}
		if spelled := warningSaying(rec, 5, "after it") != nil; spelled != tt.spelled {
			t.Errorf("%s: the note named %v, want %v: %v", tt.label, spelled, tt.spelled, rec.Warnings)
		}
	}
}

// TestUnitAfterLabel checks where the unit after a label stands in the
// rest of its line: after "i", "in" or a comma, or alone before a colon.
func TestUnitAfterLabel(t *testing.T) {
	for rest, want := range map[string][2]int{
		"i kr": {2, 4}, "in SEK:": {3, 6}, "i tkr: 7 380": {2, 5}, ", kr:": {2, 4}, ",kr": {1, 3}, ", kronor": {2, 8},
		"kr:": {0, 2}, "SEK :": {0, 3}, "kr": {}, "MSEK 9,9": {}, ", kr 400": {}, "i kronor per år": {}, ", Lund:": {}, "i Lund": {}, "": {}, ",": {},
	} {
		if got := unitAfterLabel(rest, KeyTotalBudget); got != want {
			t.Errorf("unitAfterLabel(%q) = %v, want %v", rest, got, want)
		}
	}
	// A count's unit after the participants' label alone.
	for rest, want := range map[string][2]int{", st:": {2, 4}, ", st.": {2, 5}, "i personer": {2, 10}, ", kr:": {2, 4}, ", år:": {}, ", st 11": {}, ", antal:": {}} {
		if got := unitAfterLabel(rest, KeyParticipants); got != want {
			t.Errorf("unitAfterLabel(%q, participants) = %v, want %v", rest, got, want)
		}
	}
	if got := unitAfterLabel(", st:", KeyTotalBudget); got != [2]int{} {
		t.Errorf("unitAfterLabel(\", st:\", total_budget_sek) = %v, want none", got)
	}
	part := parseOne(t, "p.txt", []byte("Within\n\nProjektnummer:\n2015/00764\nPlanerat antal deltagare, st:\n11\nProjektperiod:\n2021-02-01 - 2021-10-31\n"))
	if part.Participants == nil || *part.Participants != 11 || deref(part.ID) != "2015/00764" || len(part.Warnings) != 0 {
		t.Errorf("participants %v, id %s, warnings %v", part.Participants, deref(part.ID), part.Warnings)
	}
	rec := parseOne(t, "p.txt", []byte("Within\n\nProjektnummer: 2015/00764\nTotal projektbudget, tkr: 9 998\nKontaktperson: Kaisa Welander\n"))
	if rec.TotalBudgetSEK == nil || *rec.TotalBudgetSEK != 9998000 || len(rec.Warnings) != 0 {
		t.Errorf("budget %v, warnings %v", rec.TotalBudgetSEK, rec.Warnings)
	}
}

// TestJoinWrapped checks a typed value's lines joined as the value will
// be: a word broken with a hyphen at the line's end whole, all else with
// a space; and a region so broken below its label read whole, named.
func TestJoinWrapped(t *testing.T) {
	for _, tt := range []struct{ value, next, want string }{
		{"Sydsv-", "erige", "Sydsverige"},
		{"Östra", "Mellansverige", "Östra Mellansverige"},
		{"Skåne-", "Blekinge", "Skåne- Blekinge"},
		{"2021-02-01 - 2021-", "10-31", "2021-02-01 - 2021- 10-31"},
		{"2021-02-01 -", "2021-10-31", "2021-02-01 - 2021-10-31"},
		{"Sydsv -", "erige", "Sydsv - erige"},
		{"-", "erige", "- erige"},
		{"Sydsv-", "", "Sydsv- "},
	} {
		if got := joinWrapped(tt.value, tt.next); got != tt.want {
			t.Errorf("joinWrapped(%q, %q) = %q, want %q", tt.value, tt.next, got, tt.want)
		}
	}
	rec := parseOne(t, "p.txt", []byte("Within\n\nProjektnummer:\n2015/00764\nRegion:\nSydsv-\nerige\nKontaktperson:\nKaisa Welander\n"))
	if deref(rec.Region) != "Sydsverige" || warningSaying(rec, 6, "a word broken at a line's end") == nil || len(rec.Extra) != 0 {
		t.Errorf("region %q, extra %v, warnings %v", deref(rec.Region), rec.Extra, rec.Warnings)
	}
}

// TestListNumber checks the numbers a word processor puts before a list's
// items, taken off, and names that begin with digits, kept.
func TestListNumber(t *testing.T) {
	for in, want := range map[string]string{
		"1. Trelleborg": "Trelleborg", "2) Vellinge": "Vellinge", "(3) Skurup": "Skurup", "a) Region Skåne": "Region Skåne",
		"12. Ystad": "Ystad", "123) Lund": "Lund", "1234. Lund": "1234. Lund", "3M Svenska AB": "3M Svenska AB",
		"1.Trelleborg": "1.Trelleborg", "a. Region": "a. Region", "A) Region": "A) Region", "(a) Region": "Region",
		"1)": "1)", "": "", "2021 års projekt": "2021 års projekt",
	} {
		if got := listNumber(in); got != want {
			t.Errorf("listNumber(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestTabbedListMarker checks the marks a word processor parts from a
// list's item by a tab, taken off, and a tab between two names (cells of
// a row) left to part them.
func TestTabbedListMarker(t *testing.T) {
	for _, tt := range []struct {
		line string
		want []string
	}{
		{"1.\tTrelleborg", []string{"Trelleborg"}},
		{"12)\tVellinge", []string{"Vellinge"}},
		{"(3)\tSkurup", []string{"Skurup"}},
		{"a)\tRegion Skåne", []string{"Region Skåne"}},
		{"  o\tArbetsförmedlingen", []string{"Arbetsförmedlingen"}},
		{"§\tSkurup", []string{"Skurup"}},
		{"Ø\tSkurup", []string{"Skurup"}},
		{"•\t Skurup", []string{"Skurup"}},
		{"1.\tTrelleborg\tVellinge", []string{"Trelleborg", "Vellinge"}},
		{"Trelleborg\tVellinge", []string{"Trelleborg", "Vellinge"}},
		{"Ystad\tLund", []string{"Ystad", "Lund"}},
		{"1234.\tLund", []string{"1234.", "Lund"}},
		{"x\tLund", []string{"x", "Lund"}},
		{"ö\tLund", []string{"ö", "Lund"}},
		{"A)\tLund", []string{"A)", "Lund"}},
	} {
		if got := appendListItems(nil, true, tt.line); fmt.Sprint(got) != fmt.Sprint(tt.want) {
			t.Errorf("appendListItems(%q) = %q, want %q", tt.line, got, tt.want)
		}
	}
	for line, want := range map[string]string{
		"1.\tProjektägare: A": "Projektägare: A", "o\tProjektägare: A": "Projektägare: A", "§\tRegion": "Region",
		"•\tRegion": "Region", "oRegion": "oRegion", "o Region": "o Region", "x\tRegion": "x\tRegion", "Region\tA": "Region\tA",
		":round_pushpin: Region": "Region", ":id: Projektnummer: 1": "Projektnummer: 1", ":+1: Region": "Region",
		":Region: A": ":Region: A", ":id:Region": ":id:Region", "1\u20e3 Region": "Region", "#\u20e3 Region": "Region",
		"1 Region": "1 Region", ":" + strings.Repeat("a", 39) + ": Region": "Region", ":" + strings.Repeat("a", 40) + ": Region": ":" + strings.Repeat("a", 40) + ": Region",
	} {
		if got, _ := undecorate(line); got != want {
			t.Errorf("undecorate(%q) = %q, want %q", line, got, want)
		}
	}
	page := "Egenmakt\n\nProjektägare\tArbete och Försörjning\nRegion\tSydsverige\n\nMedfinansiärer\n\no\tArbetsförmedlingen\no\tRegion Skåne\n\nKommun\n\n1.\tTrelleborg\n2.\tVellinge\n"
	rec := parseOne(t, "p.txt", []byte(page))
	if fmt.Sprint(rec.Municipalities) != "[Trelleborg Vellinge]" || fmt.Sprint(rec.Cofinanciers) != "[Arbetsförmedlingen Region Skåne]" {
		t.Errorf("a list from a word processor: municipalities %q, cofinanciers %q", rec.Municipalities, rec.Cofinanciers)
	}
	for _, page := range []string{
		"Framtidsresan\n\n1.\tProjektnummer: 2020/00634\n2.\tProjektägare: Perstorps kommun\n3.\tRegion: Sydsverige\n",
		"Framtidsresan\n\no\tProjektnummer: 2020/00634\no\tProjektägare: Perstorps kommun\no\tRegion: Sydsverige\n",
	} {
		rec := parseOne(t, "p.txt", []byte(page))
		if valueOf(rec.Owner) != "Perstorps kommun" || valueOf(rec.Region) != "Sydsverige" || valueOf(rec.ID) != "2020/00634" {
			t.Errorf("%q: id %q, owner %q, region %q", page, valueOf(rec.ID), valueOf(rec.Owner), valueOf(rec.Region))
		}
	}
}

// TestWebFooterAfterList checks that the links under a page on the web,
// and the date it was changed, are furniture, not items of the list above
// them.
func TestWebFooterAfterList(t *testing.T) {
	page := "Egenmakt\n\nProjektägareArbete och Försörjning\nRegionSydsverige\n\nKommun\n\n  • Trelleborg\n"
	for _, tail := range []string{
		"Dela på Facebook\nSidan uppdaterad: 2022-11-30\nKontakta oss\n", "Läs mer\n", "Senast ändrad 30 november 2022\n",
		"Publicerad 2021-03-01 kl. 14:22\n",
	} {
		rec := parseOne(t, "p.txt", []byte(page+tail))
		if !slices.Equal(rec.Municipalities, []string{"Trelleborg"}) {
			t.Errorf("%q: municipalities %q, want [Trelleborg]", tail, rec.Municipalities)
		}
	}
	for text, want := range map[string]bool{
		"Sidan uppdaterad: 2022-11-30": true, "Uppdaterad 2022-11-30": true, "Last updated: 30 November 2022": true,
		"Uppdaterad rutin för 2022": false, "Sidan uppdaterad": false, "Publicerad i tidningen 2021-03-01": false,
		// A forum post's note of its last edit.
		"Senast redigerad av anna_s; 2024-05-02 kl. 14:31.": true, "Last edited by Anna S, 2 May 2024": true,
		"Senast redigerad av en grupp om tre personer 2024-05-02": false,
		"Last edited by anna_s; 2024-05-02 at 14:31.":             true, "Publicerad av kommunen 12 mars 2020.": false,
	} {
		if got := isPageStamp(text); got != want {
			t.Errorf("isPageStamp(%q) = %v, want %v", text, got, want)
		}
	}
}

// TestNoteBelowBareTitle checks a note between a bare title and the field
// block: a page's change date is furniture, and a line that may be the
// title is read as it, with a warning naming the one above.
func TestNoteBelowBareTitle(t *testing.T) {
	const block = "\nProgramområde\n1.1 Kompetensförsörjning\nProjektnummer\n2015/00764\n"
	for _, tt := range []struct {
		note, name string
		warned     bool
	}{
		{"Publicerad 2021-03-01", "Within Kompetens", false},
		{"5 min läsning", "5 min läsning", true},
		{"Se nedan.", "Se nedan.", true},
	} {
		rec := parseOne(t, "p.txt", []byte("Logotyp på utskrifter\n\nWithin Kompetens\n\n"+tt.note+"\n"+block))
		if warned := warningSaying(rec, 5, "may be the title instead") != nil; deref(rec.Name) != tt.name || warned != tt.warned {
			t.Errorf("%q: name %q, warned %v; want %q, %v: %v", tt.note, deref(rec.Name), warned, tt.name, tt.warned, rec.Warnings)
		}
	}
}

// TestValueHyphenated checks a value's word broken at a line's end with a
// hyphen: joined as one word, with a warning, before a small letter; kept
// with its hyphen before a capital; a dash after a space is no break.
func TestValueHyphenated(t *testing.T) {
	for _, tt := range []struct {
		lines, want string
		warned      bool
	}{
		{"Kristian-\nstads kommun", "Kristianstads kommun", true},
		{"Region Skåne-\nBlekinge", "Region Skåne-Blekinge", false},
		{"Arbete och -\nförsörjning", "Arbete och - försörjning", false},
		{"Perstorps kommun,\nArbetsmarknadsenheten", "Perstorps kommun, Arbetsmarknadsenheten", false},
		{"ESF-\n2020", "ESF- 2020", false},
		// A PDF's hyphen sign at the line's end is its hyphen.
		{"Kris¬\ntianstads kommun", "Kristianstads kommun", true},
		// In capitals a broken word and a name's hyphen look alike:
		// the hyphen stays, said.
		{"PERS-\nTORPS KOMMUN", "PERS-TORPS KOMMUN", true},
		{"REGION SKÅNE-\nBLEKINGE", "REGION SKÅNE-BLEKINGE", true},
		{"Region SKÅNE-\nBlekinge", "Region SKÅNE-Blekinge", false},
		{"Region Skåne-\nBLEKINGE", "Region Skåne-BLEKINGE", false},
	} {
		rec := parseOne(t, "p.txt", []byte("Projektnummer:\n2020/00634\nProjektägare:\n"+tt.lines+"\nRegion:\nSydsverige\n"))
		if warned := warningSaying(rec, 0, "broken at a line's end") != nil || warningSaying(rec, 0, "where the line's end broke a word") != nil; deref(rec.Owner) != tt.want || warned != tt.warned {
			t.Errorf("%q: owner %q, warned %v; want %q, %v", tt.lines, deref(rec.Owner), warned, tt.want, tt.warned)
		}
	}
}

// TestMunicipalitiesOnOneLine checks municipalities written on one line,
// split at commas, semicolons, slashes, "och" and "&"; co-financiers, whose
// names hold "och", are split at neither.
func TestMunicipalitiesOnOneLine(t *testing.T) {
	for line, want := range map[string][]string{
		"Trelleborg, Vellinge och Skurup": {"Trelleborg", "Vellinge", "Skurup"},
		"Trelleborg / Vellinge / Skurup":  {"Trelleborg", "Vellinge", "Skurup"},
		"Trelleborg; Vellinge & Skurup":   {"Trelleborg", "Vellinge", "Skurup"},
		"Upplands Väsby":                  {"Upplands Väsby"},
		"Malung-Sälen, Mora":              {"Malung-Sälen", "Mora"},
	} {
		if got := appendListItems(nil, true, line); !slices.Equal(got, want) {
			t.Errorf("municipalities %q = %q, want %q", line, got, want)
		}
	}
	if got := appendListItems(nil, false, "Arbete och Försörjning / Region Skåne"); len(got) != 1 {
		t.Errorf("co-financiers split: %q", got)
	}
}

// TestNoteOnASplitLine checks that an encoding note on an input line that
// a vertical tab or a line separator splits in two goes to the page the
// line's text stands in, not to the page above: the page pasted twice
// reads as itself twice.
func TestNoteOnASplitLine(t *testing.T) {
	for _, split := range []string{"\v", "\u2028"} {
		page := split + "Sidhuvud pÃ¥ utskrift\n\nFramtidsresan\n\nProjektnummer: 2020/00634\nProjektägare: Arbete och FÃ¶rsÃ¶rjning\nRegion: Sydsverige\n"
		recs, err := Parse("p.txt", []byte(page+"----\n"+page), Options{})
		if err != nil || len(recs) != 2 {
			t.Fatalf("%q: %v, %d records", split, err, len(recs))
		}
		for i, rec := range recs {
			var notes []string
			for _, w := range rec.Warnings {
				if w.Kind == WarnEncoding {
					notes = append(notes, w.Message)
				}
			}
			if len(notes) != 1 || !strings.HasSuffix(notes[0], "here and on 1 more line of the page") {
				t.Errorf("%q: page %d has encoding warnings %q; want one for its two lines", split, i+1, notes)
			}
		}
	}
}

// TestListWithTabs checks that names a sheet's row put on one line with
// tabs between them, below their label, after its colon or after a tab,
// are several names, not one with the tabs read as spaces.
func TestListWithTabs(t *testing.T) {
	for _, lines := range []string{
		"Kommuner:\nTrelleborg\tVellinge\tSkurup\n",
		"Kommuner: Trelleborg\tVellinge\tSkurup\n",
		"Kommuner\tTrelleborg\tVellinge\tSkurup\n",
	} {
		rec := parseOne(t, "p.txt", []byte("Projektnummer: 2020/00634\nNamn: Framtidsresan\n"+lines+"Region: Sydsverige\n"))
		if want := []string{"Trelleborg", "Vellinge", "Skurup"}; !slices.Equal(rec.Municipalities, want) {
			t.Errorf("%q: municipalities %q, want %q", lines, rec.Municipalities, want)
		}
	}
	rec := parseOne(t, "p.txt", []byte("Projektnummer: 2020/00634\nMedfinansiärer:\nPerstorps kommun\tRegion Skåne\nRegion: Sydsverige\n"))
	if want := []string{"Perstorps kommun", "Region Skåne"}; !slices.Equal(rec.Cofinanciers, want) {
		t.Errorf("co-financiers %q, want %q", rec.Cofinanciers, want)
	}
}

func TestSameName(t *testing.T) {
	tests := []struct {
		title, page string
		want        bool
	}{
		{"Framtidsresan", "Framtidsresan", true},
		{"FRAMTIDSRESAN", "Framtidsresan", true},
		{"Framtids resan", "Framtidsresan", true},
		{"Framtidsresan", "Framtidsresan: en förstudie", true},
		{"Framtidsresan: en förstudie", "Framtidsresan", true},
		{"Framtidsresan", "Framtidsresan – en förstudie", true},
		{"Framtidsresan", "Framtidsresan (förstudie)", true},
		{"Framtids…", "Framtidsresan", true},
		{"Framtids...", "Framtidsresan", true},
		{"Framtidsresan", "Planerat antal", false},
		{"Framtid", "Framtidsresan", false},
		{"Framtidsresan", "Framtidsresan och mer", false},
		{"Resan…", "Framtidsresan", false},
		{"…", "Framtidsresan", false},
		{"", "Framtidsresan", false},
		{"Framtidsresan", "„Framtidsresan“", true}, // in quotes
		{"\"Framtidsresan\"", "«Framtidsresan»", true},
		{"Framtidsresan", "„Framtids“ resan", false},
	}
	for _, tt := range tests {
		if got := sameName(tt.title, tt.page); got != tt.want {
			t.Errorf("sameName(%q, %q) = %v, want %v", tt.title, tt.page, got, tt.want)
		}
	}
}

// TestNameAgainstTitle checks that a name the page gives that is not the
// name of its "id - name" title is named: one of the two was misread (a
// wrapped label's first line read as the value of an empty Namn:).
func TestNameAgainstTitle(t *testing.T) {
	const top = "2020/00634 - Framtidsresan\n\nProjektnummer:\n2020/00634\nNamn:\n"
	rec := parseOne(t, "p.txt", []byte(top+"Planerat antal\n\ndeltagare:\n11\n"))
	if !slices.ContainsFunc(rec.Warnings, func(w Warning) bool { return w.Key == KeyName && w.Line == 6 && w.Kind == WarnConflict }) {
		t.Errorf("name %v, warnings %v: want a conflict named on line 6", str(rec.Name), rec.Warnings)
	}
	rec = parseOne(t, "p.txt", []byte(top+"Framtidsresan: en förstudie\n"))
	if len(rec.Warnings) > 0 {
		t.Errorf("a name with a subtitle: warnings %v", rec.Warnings)
	}
}

// TestTextBelowABulletedList checks that a line with no bullet below a
// bulleted list and a blank line is no item of it, and is named; a list
// without bullets, or an item's wrapped end, goes on.
func TestTextBelowABulletedList(t *testing.T) {
	const page = "Framtidsresan\n\nProjektnummer\n2020/00634\nRegion\nSydsverige\n\nSammanfattning\n\nEtt projekt.\n\nKommun\n\n  • Trelleborg\n  • Vellinge\n"
	rec := parseOne(t, "p.txt", []byte(page+"\nHej, här kommer projektet du frågade om.\n"))
	if !slices.Equal(rec.Municipalities, []string{"Trelleborg", "Vellinge"}) || deref(rec.Summary) != "Ett projekt." {
		t.Errorf("municipalities %q, summary %q", rec.Municipalities, deref(rec.Summary))
	}
	if w := warningOn(rec, 17, KeyMunicipalities); w == nil || w.Kind != WarnUnused {
		t.Errorf("warnings %v, want one on line 17", rec.Warnings)
	}
	for _, tail := range []string{"\n  • Skurup\n", "\n  3. Skurup\n", "  Skurup\n"} {
		rec := parseOne(t, "p.txt", []byte(page+tail))
		if !slices.Equal(rec.Municipalities, []string{"Trelleborg", "Vellinge", "Skurup"}) || len(rec.Warnings) > 0 {
			t.Errorf("%q: municipalities %q, warnings %v", tail, rec.Municipalities, rec.Warnings)
		}
	}
	rec = parseOne(t, "p.txt", []byte("Framtidsresan\n\nProjektnummer\n2020/00634\nRegion\nSydsverige\n\nKommun\n\nTrelleborg\n\nVellinge\n"))
	if !slices.Equal(rec.Municipalities, []string{"Trelleborg", "Vellinge"}) {
		t.Errorf("a list without bullets: municipalities %q", rec.Municipalities)
	}
}

// TestParagraphAboveTheBlock checks that a paragraph between the title and
// the field block is no title, and is named: it is in no field.
func TestParagraphAboveTheBlock(t *testing.T) {
	const para = "Perstorps kommun har under lång tid kännetecknats av hög arbetslöshet och låg utbildningsnivå.\n\n"
	for _, title := range []string{"2020/00634 - Framtidsresan", "Framtidsresan"} {
		rec := parseOne(t, "p.txt", []byte(title+"\n\n"+para+"Projektägare:\nPerstorps kommun\nRegion:\nSydsverige\n"))
		if str(rec.Name) != "Framtidsresan" {
			t.Errorf("%q: name %v", title, str(rec.Name))
		}
		if w := warningOn(rec, 3, KeySummary); w == nil || w.Kind != WarnUnused {
			t.Errorf("%q: warnings %v, want one on line 3", title, rec.Warnings)
		}
	}
	// A sentence alone above the block is the title, as nothing else is.
	rec := parseOne(t, "p.txt", []byte(para+"Projektägare:\nPerstorps kommun\nRegion:\nSydsverige\n"))
	if rec.Name == nil || !strings.HasPrefix(*rec.Name, "Perstorps kommun har") {
		t.Errorf("name %v", str(rec.Name))
	}
}

// TestUnknownHeadingBelowAList checks that a heading the page's lists do
// not know, below a bulleted list, starts the list it names by its last
// word, with a warning, or a section of its own: its items never join the
// list above.
func TestUnknownHeadingBelowAList(t *testing.T) {
	const page = "Egenmakt\n\nProjektägareArbete och Försörjning\nRegionSydsverige\n\nMedfinansiärer\n\n  • Arbete och Försörjning\n\n%s\n\n  • Trelleborg\n"
	for _, tt := range []struct {
		heading string
		munis   []string
		other   bool
	}{
		{"Berörda kommunerna", []string{"Trelleborg"}, false},
		{"Kommun(er)", []string{"Trelleborg"}, false},
		{"Kommun.", []string{"Trelleborg"}, false},
		{"Övrigt", nil, true},
	} {
		rec := parseOne(t, "p.txt", []byte(fmt.Sprintf(page, tt.heading)))
		if !slices.Equal(rec.Cofinanciers, []string{"Arbete och Försörjning"}) || !slices.Equal(rec.Municipalities, tt.munis) || (len(rec.OtherSections) == 1) != tt.other {
			t.Errorf("%q: co-financiers %q, municipalities %q, other sections %v", tt.heading, rec.Cofinanciers, rec.Municipalities, rec.OtherSections)
		}
		if w := warningOn(rec, 10, KeyMunicipalities); (w != nil) == tt.other {
			t.Errorf("%q: warnings %v", tt.heading, rec.Warnings)
		}
	}
}

// TestGluedInCapitals checks a glued page in capitals: a label glued to a
// value that reads as its key is read, and named; a value in capitals that
// begins with a label's letters stays a value.
func TestGluedInCapitals(t *testing.T) {
	rec := parseOne(t, "p.txt", []byte("EGENMAKT\n\nKONTAKTPERSONOLA JOHNSSON\nREGIONSYDSVERIGE\nPROJEKTPERIOD2009-01-15 TILL 2009-10-31\n"))
	if str(rec.Region) != "Sydsverige" || str(rec.StartDate) != "2009-01-15" {
		t.Errorf("region %v, start %v", str(rec.Region), str(rec.StartDate))
	}
	if w := warningOn(rec, 4, KeyRegion); w == nil || w.Kind != WarnSpelling {
		t.Errorf("warnings %v, want one on line 4", rec.Warnings)
	}
	rec = parseOne(t, "p.txt", []byte("Framtidsresan\n\nProjektnummer\n2020/00634\nProjektägare\nKOMMUNFÖRBUNDET KALMAR LÄN\nRegion\nSydsverige\n"))
	if str(rec.Owner) != "KOMMUNFÖRBUNDET KALMAR LÄN" || len(rec.Municipalities) > 0 {
		t.Errorf("owner %v, municipalities %q", str(rec.Owner), rec.Municipalities)
	}
}

// TestLabelCellWithSpace checks a known label whose cell ends in a space
// before the tab, as a table copied from a page or Word's tab stops give
// it: the label, not an unknown one in extra.
func TestLabelCellWithSpace(t *testing.T) {
	rec := parseOne(t, "p.txt", []byte("Framtidsresan\n\nProjektnummer: 2020/00634\nProjektägare \tPerstorps kommun\nProjektperiod\u00a0\t2021-02-01 - 2021-10-31\nTotal projektbudget\u3000\t400 000\n"))
	if str(rec.Owner) != "Perstorps kommun" || str(rec.StartDate) != "2021-02-01" || rec.TotalBudgetSEK == nil || len(rec.Extra) > 0 {
		t.Errorf("owner %v, start %v, budget %v, extra %v", str(rec.Owner), str(rec.StartDate), rec.TotalBudgetSEK, rec.Extra)
	}
}

// TestNotesAppMarks checks what a notes app or a text table adds to a
// page: a task list's boxes before the fields, a grid table's borders
// between them, a callout's emoji before the title.
func TestNotesAppMarks(t *testing.T) {
	for _, page := range []string{
		"💡 Egenmakt\n\n[x] Projektägare: Arbete och Försörjning\n- [ ] Region: Sydsverige\n☑ Beviljat ESF-stöd: 493 090 kr\n",
		"▸ Egenmakt\n\n+--------------+------------------------+\n| Projektägare | Arbete och Försörjning |\n+--------------+------------------------+\n| Region       | Sydsverige             |\n+==============+========================+\n| Beviljat ESF-stöd | 493 090 kr |\n",
	} {
		rec := parseOne(t, "p.txt", []byte(page))
		if str(rec.Name) != "Egenmakt" || str(rec.Owner) != "Arbete och Försörjning" || str(rec.Region) != "Sydsverige" || rec.ESFSupportSEK == nil || *rec.ESFSupportSEK != 493090 {
			t.Errorf("%.20q: name %v, owner %v, region %v, support %v", page, str(rec.Name), str(rec.Owner), str(rec.Region), rec.ESFSupportSEK)
		}
	}
	for text, want := range map[string]int{"[x] Region": 4, "- [X] Region": 6, "☐ Region": len("☐ "), "[y] Region": 0, "[x]Region": 0, "Region": 0} {
		if got := taskBox(text); got != want {
			t.Errorf("taskBox(%q) = %d, want %d", text, got, want)
		}
	}
	for text, want := range map[string]bool{"+---+---+": true, "|:--|--:|": true, "+--+": false, "+-- a --+": false, "----": false} {
		if got := isTableBorder(text); got != want {
			t.Errorf("isTableBorder(%q) = %v, want %v", text, got, want)
		}
	}
}

// TestThirdCell checks a row of a table of three columns: the value is
// the second cell, and the cells after it are named, not joined to it.
func TestThirdCell(t *testing.T) {
	rec := parseOne(t, "p.txt", []byte("Framtidsresan\n\nProjektnummer\t2020/00634\nProjektägare\tPerstorps kommun\t2024-01-10\nKommun\tTrelleborg\tVellinge\n"))
	if str(rec.Owner) != "Perstorps kommun" || !slices.Equal(rec.Municipalities, []string{"Trelleborg", "Vellinge"}) {
		t.Errorf("owner %v, municipalities %q", str(rec.Owner), rec.Municipalities)
	}
	if w := warningOn(rec, 4, KeyOwner); w == nil || w.Kind != WarnUnused || len(rec.Warnings) != 1 {
		t.Errorf("warnings %v, want one on line 4", rec.Warnings)
	}
}

// TestWrappedHeading checks a heading broken over two lines, at a space,
// with a hyphen, or after a shorter heading's word: the section it heads,
// not text of the one above.
func TestWrappedHeading(t *testing.T) {
	for _, heading := range []string{
		"Tillgänglighet för personer med\nfunktionsnedsättning",
		"Tillgänglighet för personer med funktions-\nnedsättning",
		"Tillgänglighet\nför personer med funktionsnedsättning",
		"Tillgänglighet för\npersoner med\nfunktionsnedsättning",      // three lines, at 20 characters
		"Tillgänglighet för\n\tpersoner med \n\tfunktionsnedsättning", // indented, a space left at an end
		"Tillgänglighet för personer med funktionsnedsätt\nning",      // a word cut at the width, no hyphen
	} {
		rec := parseOne(t, "p.txt", []byte("Framtidsresan\n\nProjektnummer\n2020/00634\nRegion\nSydsverige\n\nMål\n\nAtt utveckla en metodik.\n\n"+heading+"\n\nLokalerna är tillgängliga.\n\nTransnationellt\nsamarbete\n\nEtt utbyte planeras.\n"))
		if deref(rec.Goals) != "Att utveckla en metodik." || deref(rec.Accessibility) != "Lokalerna är tillgängliga." || deref(rec.Transnational) != "Ett utbyte planeras." {
			t.Errorf("%q: goals %q, accessibility %q, transnational %q", heading, deref(rec.Goals), deref(rec.Accessibility), deref(rec.Transnational))
		}
	}
	// A heading with words of the writer's, broken at the width, between
	// its words or inside one, as written or one slip off.
	for _, heading := range []string{"Sammanfattning av\nprojektet", "Sammanfattning av proj\nektet", "Sammanfattning ov proj\nektet"} {
		rec := parseOne(t, "p.txt", []byte("Framtidsresan\n\nProjektnummer\n2020/00634\n\nMål\n\nAtt utveckla en metodik.\n\n"+heading+"\n\nEn metodik för ungas väg till arbete.\n"))
		if deref(rec.Goals) != "Att utveckla en metodik." || deref(rec.Summary) != "En metodik för ungas väg till arbete." {
			t.Errorf("%q: goals %q, summary %q", heading, deref(rec.Goals), deref(rec.Summary))
		}
	}
	// Past maxHeadingLines, the lines are no heading together: the first
	// is one of its own, and the rest its text.
	rec := parseOne(t, "p.txt", []byte("Framtidsresan\n\nProjektnummer\n2020/00634\n\nMål\n\nAtt utveckla en metodik.\n\nTillgänglighet\nför personer\nmed funktions-\nnedsättning\n\nLokalerna är tillgängliga.\n"))
	if !strings.HasPrefix(deref(rec.Accessibility), "för personer\n") {
		t.Errorf("four lines joined: accessibility %q", deref(rec.Accessibility))
	}
	// Two lines of text that are no heading together stay text (a capital
	// on the second is no word cut at the width); so do
	// three, and a heading's three lines with a fourth below them.
	for _, text := range []string{"Arbete med\nprojektet", "Sammanfattning av proj\nEktet", "Syfte med\nprojektet\nen tredje rad", "Tillgänglighet för\npersoner med\nfunktionsnedsättning\nsom rör lokalerna"} {
		rec := parseOne(t, "p.txt", []byte("Framtidsresan\n\nProjektnummer\n2020/00634\n\nMål\n\n"+text+"\n"))
		if deref(rec.Goals) != text {
			t.Errorf("goals %q, want %q", deref(rec.Goals), text)
		}
	}
}

func TestListHeading(t *testing.T) {
	for text, want := range map[string]Key{
		"Berörda kommuner": KeyMunicipalities, "Kommun(er)": KeyMunicipalities, "Kommun.": KeyMunicipalities,
		"Deltagande municipalities": KeyMunicipalities, "Övriga medfinansiärer": KeyCofinanciers,
		"Övrigt": KeyOtherSections, "Kommunens roll i projektet": KeyOtherSections, "Region": KeyOtherSections, "": KeyOtherSections,
	} {
		if got := listHeading(text); got != want {
			t.Errorf("listHeading(%q) = %v, want %v", text, got, want)
		}
	}
}

// TestHeadAboveAPage checks that a site's menu copied above a page, which
// the reader took for a page of its own, gives no record: its lines are
// named on the page below; a page above another, or a page of no facts
// pasted twice, is read as before.
func TestHeadAboveAPage(t *testing.T) {
	page := "Within Kompetens\n\nProjektnummer\n2015/00764\nProjektägare\nKristianstads kommun\nRegion\nSydsverige\n"
	for _, tt := range []struct {
		name, input string
		records     int
		line        int    // of the warning that names the head, or 0
		key         string // its key
	}{
		// A label between two links of a menu is a link (navLinks): the
		// menu is no page, and nothing is named.
		{"a menu", "Till startsidan\nOm oss\nKontakt\nSök på webbplatsen\n\nLogotyp på utskrifter\n\n" + page, 1, 0, ""},
		{"a menu and no title", "Svenska ESF-rådet\nStart\n/\nProjektbanken\n\nLogotyp på utskrifter\n\n" + page[len("Within Kompetens\n\n"):], 1, 2, "name"},
		// A head of a contact and no project's facts is no page either;
		// its lines are named, with what they gave.
		{"a page with a contact above", "Framtidsresan\n\nKontakt\nOla\nE-post\nola@x.se\n\nLogotyp på utskrifter\n\n" + page, 1, 1, "extra"},
		{"a page of a name and a region", "Namn: Framtidsresan\nRegion: Sydsverige\n\nLogotyp på utskrifter\n\n" + page, 2, 0, ""},
		{"a page of a name with its label and a contact", "Namn: Framtidsresan\nKontakt: Ola\n\nLogotyp på utskrifter\n\n" + page, 1, 1, "extra"},
		{"a page of a case's number and an address", "Handlingsblad\n\nDiarienummer: KS 2024/00412\nAdress: Box 47141\nPostnummer: 100 74\nOrt: Stockholm\n\nLogotyp på utskrifter\n\n" + page, 1, 1, "extra"},
		{"a page of a project's number", "Framtidsresan\n\nProjektnummer: 2020/00634\n\nLogotyp på utskrifter\n\n" + page, 2, 0, ""},
		// A registrar's stamp gives a case's number, shaped as a project's,
		// under a diary's label: no page, and named.
		{"a registrar's stamp", "REGION SKÅNE\nInkom: 2026-02-03\nDnr: 2025/00057\n\n1 (2)\n\nLogotyp på utskrifter\n\n" + page, 1, 1, "extra"},
		{"the bank's own diary number above a page", "Diarienummer:\n23-038-S06\n\nSida 1 av 2\n\nLogotyp på utskrifter\n\n" + page, 2, 0, ""},
		{"a registrar's stamp without colons", "Svenska ESF-rådet\n2026-02-27\nDiarienummer 2025/02358\n\nSida 1 av 3\n\nLogotyp på utskrifter\n\n" + page, 1, 2, "extra"},
		{"a page whose title repeats the name its label gives", "Lärcentrum Väst\n\nNamn:\nLärcentrum Väst\nKontaktperson:\nAnna Berg\n\nLogotyp på utskrifter\n\n" + page, 2, 0, ""},
		{"a page of a contact set apart by a separator", "Namn: Framtidsresan\nKontakt: Ola\n\n----\n\n" + page, 2, 0, ""},
		{"a page of a contact, a place and a text", "Framtidsresan\n\nKontaktperson: Ola Johnsson\nStödmottagare ort: Perstorp\n\n" +
			"Projektet ska ge unga vägar till arbete, och det gör det genom praktik.\n\n----\n\n" + page, 2, 0, ""},
		{"a menu whose last link is the title", "Svenska ESF-rådet\nMeny\nStart\n/\nProjektbanken\n/\nWithin Kompetens\n\nLogotyp på utskrifter\n\n" + page, 1, 0, ""},
	} {
		recs, err := Parse("p.txt", []byte(tt.input), Options{})
		if err != nil || len(recs) != tt.records {
			t.Errorf("%s: %v, %d records, want %d", tt.name, err, len(recs), tt.records)
			continue
		}
		var got *Warning
		for i := range recs[0].Warnings {
			if w := &recs[0].Warnings[i]; strings.Contains(w.Message, "read as no page") {
				got = w
			}
		}
		switch {
		case tt.line == 0 && got != nil:
			t.Errorf("%s: %v", tt.name, got)
		case tt.line != 0 && (got == nil || got.Line != tt.line || got.Key.String() != tt.key):
			t.Errorf("%s: %v, want one on line %d under %s: %v", tt.name, got, tt.line, tt.key, recs[0].Warnings)
		}
	}
}

// TestTailBelowAPage reads a last page that gives none of a project's
// facts, below one that does, as no page, and names its lines and what they
// gave on the page above; a last page of a project's facts is a page.
func TestTailBelowAPage(t *testing.T) {
	page := "Within Kompetens\n\nProjektnummer\n2015/00764\nProjektägare\nKristianstads kommun\nRegion\nSydsverige\n\n" +
		"Projektet ska ge unga vägar till arbete, och det gör det genom praktik hos företag.\n\n"
	for _, tt := range []struct {
		name, tail string
		records    int
	}{
		{"a registry's tail", "Registreringsuppgifter\nDiarienr: RS.2024-0231\nReg.datum: 2024-03-04\nKontaktperson: Lena Holm\nE-post: lena.holm@lansstyrelsen.se\n", 1},
		{"a page of a project's number", "2008-3020003 - Egenmakt\n\nProjektnummer:\n2008-3020003\nKontaktperson:\nLena Holm\n", 2},
		{"a registry's slip, its organisation's name over it", "KRISTIANSTADS KOMMUN\nRegistreringsblad\nDiarienummer: KS 2024/00177\nÄrende: ESF-projekt\nKontaktperson: Lena Holm\nE-post: lena.holm@kommun.se\n", 1},
	} {
		recs, err := Parse("p.txt", []byte(page+tt.tail), Options{})
		if err != nil || len(recs) != tt.records {
			t.Errorf("%s: %v, %d records, want %d", tt.name, err, len(recs), tt.records)
			continue
		}
		named := slices.ContainsFunc(recs[0].Warnings, func(w Warning) bool {
			return w.Line == 12 && strings.Contains(w.Message, "below this page") && strings.Contains(w.Message, `contact_name "Lena Holm"`)
		})
		if named != (tt.records == 1) || recs[0].ContactName != nil || !strings.HasSuffix(deref(recs[0].Summary), "praktik hos företag.") {
			t.Errorf("%s: contact %q, summary %q, warnings %v", tt.name, deref(recs[0].ContactName), deref(recs[0].Summary), recs[0].Warnings)
		}
	}
}

// TestHeadOverTitle reads the line right above the title of a page below
// another, a blank line above it and none between, or blank lines
// between where it is written in capitals, as that page's head (a
// registry's name over its slip); a sentence, a list's item or a line the
// text runs on to stays the text of the page above.
func TestHeadOverTitle(t *testing.T) {
	page := "Within Kompetens\n\nProjektnummer\n2015/00764\nProjektägare\nKristianstads kommun\nRegion\nSydsverige\n\n" +
		"Projektet ska ge unga vägar till arbete, och det gör det genom praktik hos företag.\n"
	slip := "Registreringsblad\nDiarienummer: KS 2024/00177\nKontaktperson: Lena Holm\nE-post: lena.holm@kommun.se\n"
	for _, tt := range []struct {
		name, between string
		head          bool
	}{
		{"a name alone over the title", "\nKRISTIANSTADS KOMMUN\n", true},
		{"a name in small letters", "\nKristianstads kommun, Kommunledningskontoret\n", true},
		{"a name in capitals, a blank line below it", "\nKRISTIANSTADS KOMMUN\n\n", true},
		{"a name in small letters, a blank line below it: the text's", "\nKristianstads kommun\n\n", false},
		{"no blank line above: the text runs on", "Kommunledningskontoret\n", false},
		{"a sentence", "\nDet är bra att det blir av.\n", false},
		{"a list's item", "\n- Kommunledningskontoret\n", false},
		{"a numbered item", "\n2. Kommunledningskontoret\n", false},
	} {
		recs, err := Parse("p.txt", []byte(page+tt.between+slip), Options{})
		if err != nil || len(recs) != 1 {
			t.Errorf("%s: %v, %d records", tt.name, err, len(recs))
			continue
		}
		text := strings.Trim(tt.between, "\n- 2.")
		if head := !strings.Contains(deref(recs[0].Summary), text); head != tt.head {
			t.Errorf("%s: summary %q, want the line left out %v", tt.name, deref(recs[0].Summary), tt.head)
		}
		if tt.head && warningSaying(recs[0], 12, "below this page") == nil {
			t.Errorf("%s: the head is not named from line 12: %q", tt.name, recs[0].Warnings)
		}
	}
}

// TestDigestHead leaves out a digest's head of the next message, below the
// link back to the top that ends the message before, with a warning; and
// keeps a page's text below a rule.
func TestDigestHead(t *testing.T) {
	page := func(id, name string) string {
		return "Logotyp på utskrifter\n\n" + name + "\n\nProjektnummer\n" + id + "\nProjektägare\nKristianstads kommun\nRegion\nSydsverige\n\n" +
			"Projektet ska ge unga vägar till arbete, och det gör det genom praktik hos företag.\n\n"
	}
	in := page("2015/00764", "Within Kompetens") + "Back to top\nRe: Egenmakt\nKarin Lund <karin@x.se>: Mar 04 01:26PM +0100\n\n" + page("2008-3020003", "Egenmakt")
	recs, err := Parse("digest.txt", []byte(in), Options{})
	if err != nil || len(recs) != 2 {
		t.Fatalf("%v, %d records", err, len(recs))
	}
	if s := deref(recs[0].Summary); strings.Contains(s, "Karin") || !hasWarning(recs[0], 15, KeyExtra, WarnUnused) {
		t.Errorf("summary %q, warnings %v", s, recs[0].Warnings)
	}
	// Five lines below are a text's, not a head's.
	long := page("2015/00764", "Within Kompetens") + "Back to top\nA.\nB.\nC.\nD.\nE.\n\n" + page("2008-3020003", "Egenmakt")
	recs, _ = Parse("digest.txt", []byte(long), Options{})
	if s := deref(recs[0].Summary); !strings.Contains(s, "E.") {
		t.Errorf("%d lines below the link left out: %q", maxSeparatedHead+1, s)
	}
}

// TestSparseRows reads each row of a sheet as its page, however few its
// facts: the rows are set apart as pages.
func TestSparseRows(t *testing.T) {
	in := "Namn,Projektnummer,Kontaktperson,E-post,Region\nLärcentrum Väst,,Anna Berg,anna@vast.se,\nFramtidsresan,2020/00634,Peter Lindow,peter@perstorp.se,Sydsverige\nNya Vägar,,Eva Ek,eva@ek.se,\n"
	recs, err := Parse("rader.csv", []byte(in), Options{})
	if err != nil || len(recs) != 3 {
		t.Fatalf("%v, %d records, want 3", err, len(recs))
	}
}

// TestBreadcrumb checks a web page's trail of links, page furniture, and
// lines that only look like one, not.
func TestBreadcrumb(t *testing.T) {
	for in, want := range map[string]bool{
		"Du är här: Start > Projekt > Projektbanken": true, "du är här: Start > Projekt > A": true, "You are here: Home > Projects > A": true,
		"Start > Projekt > Projektbanken": true, "Start / Projektbanken / Framtidsresan": true, "Hem » Projekt » A": true,
		"Start > Projekt": false, "Startdatum > 2024 > x": false, "Du är": false, "Arbete > Försörjning > Trelleborg": false,
		"Startsida": false, "Du är härmed inbjuden att delta i projektets seminarier.": false,
		"Start / Mål / Resultat är projektets tre faser, som genomförs i tur och ordning.": false,
		"Hem / skola / arbete är tre miljöer där unga möter vuxna, och alla behövs.":       false,
		"Du är här: Start > Projekt > Framtidsresan":                                       true, "Du är här:": false,
		// Its links copied as cells, with tabs between.
		"Startsida\tProjekt\tProjektbanken\tDigga Perstorps Personal": true, "Startsida\tProjekt": false,
		"Start\tMål\tResultat är projektets tre faser, som genomförs i tur och ordning.": false,
	} {
		if got := isBreadcrumb(in); got != want {
			t.Errorf("isBreadcrumb(%q) = %v, want %v", in, got, want)
		}
	}
}

// TestNavLinks holds a label between two links of a menu to a link, and a
// label beside one link only, or with its value, to a label.
func TestNavLinks(t *testing.T) {
	lines := func(text string) []pageLine { return classifyText(text, nil, nil, nil, nil) }
	for _, tt := range []struct {
		text string
		link bool // line 2 a link
	}{
		{"Om oss\nKontakt\nIn English\n", true},
		{"Om oss\nKontakt\n\nIn English\n", false},
		{"\nKontakt\nIn English\n", false},
		{"Om oss\nKontakt: Ola\nIn English\n", false},
	} {
		l := lines(tt.text)[1]
		if got := l.term == nil && l.furniture == furnitureLine; got != tt.link {
			t.Errorf("%q: line 2 a link %v, want %v", tt.text, got, tt.link)
		}
	}
}

func TestBankDiaryNumber(t *testing.T) {
	for id, want := range map[string]bool{"23-038-S06": true, "2025/00057": false, "23-038-X06": false, "23-038-S0": false, "KS 2024/0041": false, "2a-038-S06": false} {
		if got := bankDiaryNumber(id); got != want {
			t.Errorf("bankDiaryNumber(%q) = %v, want %v", id, got, want)
		}
	}
}

// TestTrailingFragments checks that what ends a page below its text and
// is no sentence of it (a clipboard's history, a notes app's lines, clips
// between rules) is in no field, each line named, and that a page's own
// short sentence, its list and a wrapped paragraph stay its text.
func TestTrailingFragments(t *testing.T) {
	page := "Within Kompetens\n\nProjektnummer: 2015/00764\nProjektägare: Kristianstads kommun\n\nSammanfattning\n\nProjektet ska ge unga vägar till arbete, och det gör det genom praktik hos många företag i regionen.\n"
	for _, tt := range []struct {
		name  string
		after string
		named []string // the lines named, left out of the text
	}{
		{"a clipboard's history", "\n[2024-03-12 14:24:36] Outlook\n387 832 kr\n\n[2024-03-12 14:21:34] Firefox\nesf-urval-7.xlsx\n",
			[]string{"[2024-03-12 14:24:36] Outlook", "387 832 kr", "[2024-03-12 14:21:34] Firefox", "esf-urval-7.xlsx"}},
		{"a notes app's clip line", "\nInklippt från <https://www.esf.se/x/>\n", []string{"Inklippt från <https://www.esf.se/x/>"}},
		{"a note's fields", "\nEtiketter: ESF, att läsa\nRedigerad 19 jan.\n", []string{"Etiketter: ESF, att läsa", "Redigerad 19 jan."}},
		{"clips between rules below a list", "\nKommun\n\n• Trelleborg\n\n-----\n\nUtvärdering ESF Skåne – delrapport 2\n\n-----\n\nanna@x.se\n\n-----\n",
			[]string{"Utvärdering ESF Skåne – delrapport 2", "anna@x.se"}},
		{"a source's note and the next appendix's heading", "\nKälla: Svenska ESF-rådets projektbank, https://www.esf.se/x/ (hämtad 2024-06-19).\n\nB.3\n",
			[]string{"Källa: Svenska ESF-rådets projektbank, https://www.esf.se/x/ (hämtad 2024-06-19).", "B.3"}},
		{"a version's date between copies", "\n==== Version 2024-02-10 ====\n", []string{"==== Version 2024-02-10 ===="}},
		{"a date in a few words", "\nHämtad 2024-02-10\n", []string{"Hämtad 2024-02-10"}},
		{"a short sentence with a date", "\nProjektet avslutades 2023-12-31.\n", nil},
		{"a short sentence", "\nFörstudien är förankrad.\n", nil},
		{"a sentence with no full stop", "\nFörstudien avslutas med en slutrapport som lämnas till Svenska ESF-rådet i oktober 2021\n", nil},
		{"a list's introduction and its names", "\nProjektet samverkar med:\n\nArbetsförmedlingen\nKlippans kommun\nÅstorps kommun\n", nil},
		{"an unknown heading and names", "\nDeltagande organisationer\n\nArbetsförmedlingen\nKlippans kommun\n", nil},
		{"a short sentence with a colon", "\nMålet är tydligt: fler i arbete.\n", nil},
		{"a closing link", "\nLäs mer på www.esf.se/projekt\n", nil},
		{"a list", "\n- praktik\n- handledning\n", nil},
		{"a wrapped paragraph", "\nDeltagarna får stöd av handledare under hela\nperioden, och arbetsgivarna får stöd av projektet\ni att ta emot dem.\n", nil},
		{"a paragraph with no full stop, no blank line above", "Kontakta projektet för mer information\n", nil},
	} {
		rec := parseOne(t, "p.txt", []byte(page+tt.after))
		var named []string
		for _, w := range rec.Warnings {
			if strings.Contains(w.Message, "no sentence of it") {
				named = append(named, w.Message)
			}
		}
		if len(named) != len(tt.named) {
			t.Errorf("%s: named %q, want %q", tt.name, named, tt.named)
			continue
		}
		for i, line := range tt.named {
			if !strings.Contains(named[i], quoteShort(line)) || strings.Contains(deref(rec.Summary), line) {
				t.Errorf("%s: %q not named and left out: %q, summary %q", tt.name, line, named, deref(rec.Summary))
			}
		}
		if last := strings.TrimSpace(tt.after[strings.LastIndexByte(strings.TrimSpace(tt.after), '\n')+1:]); len(tt.named) == 0 && !strings.HasSuffix(deref(rec.Summary), last) {
			t.Errorf("%s: the page's text lost %q: %q", tt.name, tt.after, deref(rec.Summary))
		}
	}
}

// TestOtherLanguageVersion: a page's version in another language below its
// own ("In English" / "Summary" below "Sammanfattning") gives its sections
// again; the fields keep the page's own text, the other version's sections
// are kept in other_sections under their headings, and each is named. A
// page in one language, or a heading given twice in one, reads as before.
func TestOtherLanguageVersion(t *testing.T) {
	const head = "Egenmakt\n\nProjektägare: Arbete och Försörjning\nRegion: Sydsverige\n\n"
	for _, tt := range []struct {
		name, body          string
		summary, background string
		other               []string // other_sections' headings
		named               int
	}{
		{"Swedish, then English", "Sammanfattning\n\nSvensk text.\n\nBakgrund\n\nSvensk bakgrund.\n\nIn English\n\nSummary\n\nEnglish text.\n\nBackground\n\nEnglish background.\n",
			"Svensk text.", "Svensk bakgrund.", []string{"Summary", "Background"}, 2},
		{"an English section the Swedish lacks", "Sammanfattning\n\nSvensk text.\n\nIn English\n\nSummary\n\nEnglish text.\n\nBackground\n\nEnglish background.\n",
			"Svensk text.", "<nil>", []string{"Summary", "Background"}, 2},
		{"English, then Swedish", "Summary\n\nEnglish text.\n\nSammanfattning\n\nSvensk text.\n",
			"English text.", "<nil>", []string{"Sammanfattning"}, 1},
		{"English alone", "Summary\n\nEnglish text.\n\nBackground\n\nEnglish background.\n",
			"English text.", "English background.", nil, 0},
		{"a heading twice in one language", "Sammanfattning\n\nFörsta.\n\nBakgrund\n\nSvensk bakgrund.\n\nSammanfattning\n\nAndra.\n",
			"Första.\n\nAndra.", "Svensk bakgrund.", nil, 0},
		{"a heading twice, nothing between", "Sammanfattning\n\nFörsta.\n\nSammanfattning\n\nAndra.\n",
			"Första.\n\nAndra.", "<nil>", nil, 0},
		// Below the site's link to the other version, the sections the
		// page gave are that version's, whatever words their headings
		// are in (a page read in English, then its English version).
		{"below In English, headings of one language", "Summary\n\nFirst.\n\nIn English\n\nSummary\n\nEnglish text.\n\nBackground\n\nEnglish background.\n",
			"First.", "<nil>", []string{"Summary", "Background"}, 2},
		{"In English above the page's text", "In English\n\nSummary\n\nEnglish text.\n",
			"English text.", "<nil>", nil, 0},
		{"In English above the page's text, a heading again", "In English\n\nSammanfattning\n\nFörsta.\n\nBakgrund\n\nSvensk bakgrund.\n\nSammanfattning\n\nAndra.\n",
			"Första.\n\nAndra.", "Svensk bakgrund.", nil, 0},
	} {
		rec := parseOne(t, "p.txt", []byte(head+tt.body))
		var other []string
		for _, s := range rec.OtherSections {
			other = append(other, s.Heading)
		}
		named := 0
		for _, w := range rec.Warnings {
			if w.Kind == WarnConflict && strings.Contains(w.Message, "other_sections") {
				named++
			}
		}
		if deref(rec.Summary) != tt.summary || deref(rec.Background) != tt.background || !slices.Equal(other, tt.other) || named != tt.named {
			t.Errorf("%s: summary %q, background %q, other %q, named %d", tt.name, deref(rec.Summary), deref(rec.Background), other, named)
		}
		// A heading again in one language, another section between, adds
		// its text to the first's, said.
		again := slices.ContainsFunc(rec.Warnings, func(w Warning) bool { return strings.Contains(w.Message, "was added to the text") })
		if want := strings.HasSuffix(tt.name, "a heading again") || tt.name == "a heading twice in one language"; again != want {
			t.Errorf("%s: the heading again named %v, want %v", tt.name, again, want)
		}
	}
}

// TestValueInBrackets checks a label whose value stands in brackets after
// it, with no colon: read, named; a note that could be a note stays one.
func TestValueInBrackets(t *testing.T) {
	for _, tt := range []struct {
		k     Key
		value string
		want  bool
	}{
		{KeyPeriod, "2021-02-01 - 2021-10-31", true},
		{KeyPeriod, "2008-05-01 till 2008-10-31", true},
		{KeyPeriod, "prel.", false},
		{KeyPeriod, "2021", false},
		{KeyStartDate, "2021-02-01", true},
		{KeyStartDate, "1 februari 2021", true},
		{KeyStartDate, "20210201", false}, // digits alone: a number's note
		{KeyTotalBudget, "400 000 kr", true},
		{KeyTotalBudget, "400 000 SEK", true},
		{KeyTotalBudget, "400 000", false},
		{KeyTotalBudget, "kr", false},
		{KeyParticipants, "440", false},
		{KeyOwner, "Arbetsförmedlingen", false},
	} {
		if got := valueInBrackets(tt.k, tt.value); got != tt.want {
			t.Errorf("valueInBrackets(%s, %q) = %v, want %v", tt.k, tt.value, got, tt.want)
		}
	}
	for _, tt := range []struct {
		line       string
		start, end string
		budget     int64
	}{
		{"Projektperiod (2021-02-01 - 2021-10-31)\nTotal projektbudget\n400 000", "2021-02-01", "2021-10-31", 400000},
		{"Projektperiod\n2021-02-01 - 2021-10-31\nTotal projektbudget (400 000 kr)", "2021-02-01", "2021-10-31", 400000},
		// A value of the field's own below: the brackets are a note,
		// named.
		{"Projektperiod (2021-02-01 - 2021-10-31)\n2021-02-01 - 2021-12-31\nTotal projektbudget (400 000 kr)\n800 000", "2021-02-01", "2021-12-31", 800000},
	} {
		page := "Within\n\nProjektnummer\n2015/00764\n" + tt.line + "\nKontaktperson\nKaisa Welander\n"
		rec := parseOne(t, "p.txt", []byte(page))
		if deref(rec.StartDate) != tt.start || deref(rec.EndDate) != tt.end || rec.TotalBudgetSEK == nil || *rec.TotalBudgetSEK != tt.budget {
			t.Errorf("%q: %s %s %v; want %s %s %d", tt.line, deref(rec.StartDate), deref(rec.EndDate), rec.TotalBudgetSEK, tt.start, tt.end, tt.budget)
		}
		if w := warningSaying(rec, 0, "in brackets"); w == nil && warningSaying(rec, 0, "a value of its own below it") == nil {
			t.Errorf("%q: the brackets not named: %v", tt.line, rec.Warnings)
		}
	}
	// A glued page's label, its value in brackets glued to it.
	rec := parseOne(t, "p.txt", []byte("Gagna:kompetens\n\nProgramområdeProgramområde 1 Kompetensförsörjning\nProjektägareRegionförbundet Östsam\nProjektperiod(2008-05-01 till 2008-10-31)\nRegionÖstra Mellansverige\n"))
	if deref(rec.StartDate) != "2008-05-01" || deref(rec.EndDate) != "2008-10-31" || deref(rec.Region) != "Östra Mellansverige" {
		t.Errorf("glued: %s %s %s", deref(rec.StartDate), deref(rec.EndDate), deref(rec.Region))
	}
}
