package parser

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// TestLabelledIn finds the labels with values a line writes: at its start,
// after a column's gap or a tab, and as a program's keys; and no label in
// a sentence, a word that begins with one, or a label with no value.
func TestLabelledIn(t *testing.T) {
	for _, tc := range []struct {
		line string
		want string // "key=value" for each, in order
	}{
		{"Projektägare: Umeå kommun", "owner=Umeå kommun"},
		{"- **Projektägare:** Umeå kommun", "owner=Umeå kommun"},
		{"arbetsmarknaden.      Projektägare Umeå kommun", "owner=Umeå kommun"},
		// The gap's edge: minColumnGap spaces make one, fewer do not.
		{"arbetsmarknaden." + strings.Repeat(" ", minColumnGap) + "Projektägare Umeå kommun", "owner=Umeå kommun"},
		{"arbetsmarknaden." + strings.Repeat(" ", minColumnGap-1) + "Projektägare Umeå kommun", ""},
		// After a gap, one space before a capital, a digit or a value of
		// the field's shape; not before a small letter's word.
		{"text      E-post eva@umea.se", "contact_email=eva@umea.se"},
		{"text      Region kommer att", ""},
		{"text      Telefonnummer 090-16 10 00   Region Övre Norrland", "contact_phone=090-16 10 00 region=Övre Norrland"},
		// A column of labels a reading joined into one line.
		{"text      Telefonnummer 0410-733094 Beviljat ESF-stöd 2 218 428 kr", "contact_phone=0410-733094 esf_support_sek=2 218 428 kr"},
		{"text\tRegion\tSydsverige", "region=Sydsverige"},
		{"{'projektagare': 'Coompanion', 'kontaktperson': 'Anna-Karin Öberg'}", "owner=Coompanion contact_name=Anna-Karin Öberg"},
		{`Projekt{projektnummer="2015/00764", region=Sydsverige}`, "id=2015/00764 region=Sydsverige"},
		{`$p = ["total_projektbudget" => "23 619 787 kr"];`, "total_budget_sek=23 619 787 kr"},
		// A sentence's words, a longer word, no value.
		{"Projektägaren ansvarar för att, region och kommun samverkar.", ""},
		{"Regionens arbete:   fortsätter", ""},
		{"Projektägare:", ""},
		{"Projektägare: –", ""},
		{"Region = Sydsverige", "region=Sydsverige"},
		{"Region -> Sydsverige", "region=Sydsverige"},
		{"Region - Sydsverige", "region=Sydsverige"},
		{"Region-Sydsverige", ""},
	} {
		var got []string
		for _, f := range labelledIn(tc.line, true) {
			got = append(got, fmt.Sprintf("%s=%s", f.term.key, f.value))
		}
		if strings.Join(got, " ") != tc.want {
			t.Errorf("labelledIn(%q) = %q, want %q", tc.line, strings.Join(got, " "), tc.want)
		}
	}
}

// TestCheckUnreadFields names a field whose label and value the page
// writes where no reading looked, its field empty; not a field filled,
// nor one a warning already names.
func TestCheckUnreadFields(t *testing.T) {
	page := "Framtidsresan\n\nProjektnummer: 2020/00634\nRegion: Sydsverige\n\nSammanfattning\n\nPerstorps kommun har under lång tid kännetecknats av hög arbetslöshet.\n" +
		"2024-05-04 10:04:27 INFO  import {'projektagare': 'Perstorps kommun', 'region': 'Sydsverige'}\n"
	rec := mustParse(t, []byte(page))[0]
	if rec.Owner != nil {
		t.Fatalf("the owner was read from the log line, which this test needs unread: %q", *rec.Owner)
	}
	if !hasWarning(rec, 9, KeyOwner, WarnUnread) {
		t.Errorf("no warning names the owner on line 9: %v", rec.Warnings)
	}
	for _, w := range rec.Warnings {
		if w.Key == KeyRegion {
			t.Errorf("the region, filled, is named: %v", w)
		}
	}
}

// TestUnreadFalseAlarms names nothing where a label's word stands in a
// sentence, a table's header row or a justified line, and a label's value
// after a gap is its own.
func TestUnreadFalseAlarms(t *testing.T) {
	for _, line := range []string{
		"region\tplanned_participants\tproject_period",
		"| Projektfas | Projektägare | Region |",
		"-   Samtliga   deltagare   i  målgruppen  skall",
		"Stödmottagarens adress:   Programområde: 1",
	} {
		if got := labelledIn(line, true); len(got) > 0 {
			t.Errorf("labelledIn(%q) = %v, want none", line, got)
		}
	}
	if got := labelledIn("Projektägare     REGION VÄSTERBOTTEN", false); len(got) > 0 {
		t.Errorf("a label's value after a gap read as a label: %v", got)
	}
	// One label after a gap beside the text is a sentence's; three are a
	// column of facts.
	text := "Sammanfattning\n\nPerstorps kommun har under lång tid kännetecknats av hög arbetslöshet bland unga.   Region Skåne deltar som partner.\n"
	rec := mustParse(t, []byte("Framtidsresan\n\nProjektnummer: 2020/00634\n\n"+text))[0]
	for _, w := range rec.Warnings {
		if w.Key == KeyRegion {
			t.Errorf("a sentence's words after a gap named: %v", w)
		}
	}
}

// TestFactsSaid finds the fields a sentence gives without its label's
// line, and none in a clause, a count of people or another's amount.
func TestFactsSaid(t *testing.T) {
	for _, tc := range []struct {
		text, want string
	}{
		{"Projektägare är Falu kommun.", "owner=Falu kommun"},
		{"Planerat antal deltagare är 602.", "participants=602"},
		{"Umeå kommun är projektägare.", "owner=Umeå kommun"},
		{"Projektet ägs av Lernia Utbildning AB.", "owner=Lernia Utbildning AB"},
		{"Projektet pågår 2018-01-27 till 2020-02-28.", "period=2018-01-27 till 2020-02-28"},
		{"Projektet startade 2008-09-15 och avslutas 2010-06-28.", "period=2008-09-15 till 2010-06-28"},
		{"Projektet genomförs under perioden 2017-08-01 - 2019-06-30.", "period=2017-08-01 till 2019-06-30"},
		{"Förstudien gjordes 2014-01-01 och 2014-06-30.", ""},
		{"ESF-rådet har beviljat 1 530 000 kr i ESF-stöd av en total projektbudget på 2 040 000 kr.", "esf_support_sek=1 530 000 total_budget_sek=2 040 000"},
		{"Kontakta Mikael Ek, mikael.ek@kristianstad.se, för mer information.", "contact_name=Mikael Ek contact_email=mikael.ek@kristianstad.se"},
		// A clause, a count of people, a part per person, a year.
		{"Projektägare är ansvarig för att samordna arbetet.", ""},
		{"Projektet planerar för 170 deltagare.", ""},
		{"Budgeten per deltagare är 40 000 kr av den totala budgeten.", ""},
		{"Den totala budgeten för 2019 beslutas senare.", ""},
		{"Projektet startade 2008-09-15.", ""},
	} {
		var got []string
		for _, f := range factsSaid(tc.text, nil) {
			got = append(got, fmt.Sprintf("%s=%s", f.term.key, f.value))
		}
		if strings.Join(got, " ") != tc.want {
			t.Errorf("factsSaid(%q) = %q, want %q", tc.text, strings.Join(got, " "), tc.want)
		}
	}
	page := "Framtidsresan\n\nProjektnummer: 2020/00634\nRegion: Sydsverige\n\nSammanfattning\n\nPerstorps kommun har under lång tid kännetecknats av hög arbetslöshet. Projektägare är Perstorps kommun.\n"
	rec := mustParse(t, []byte(page))[0]
	if !hasWarning(rec, 8, KeyOwner, WarnUnread) {
		t.Errorf("the owner said in a sentence is not named: %v", rec.Warnings)
	}
	filled := strings.Replace(page, "Region: Sydsverige", "Region: Sydsverige\nProjektägare: Perstorps kommun", 1)
	for _, w := range mustParse(t, []byte(filled))[0].Warnings {
		if w.Key == KeyOwner {
			t.Errorf("a filled owner named: %v", w)
		}
	}
}

// TestGluedBelowValue reads the label esf does not know that begins a
// line going on with a value on a glued page, glued to its own value.
func TestGluedBelowValue(t *testing.T) {
	for text, want := range map[string]string{
		"Antal män228":                      "Antal män",
		"Antal kvinnor22":                   "Antal kvinnor",
		"Agenda2030":                        "", // a name ending in a number
		"Medfinansiering554 000 kr":         "Medfinansiering",
		"Beslutsdatum2015-11-20":            "Beslutsdatum",
		"Webbplatswww.trelleborg.se/egen":   "Webbplats",
		"Webbplatshttps://www.perstorp.se/": "Webbplats",
		"Webbplats www.perstorp.se":         "",
		"www.perstorp.se":                   "",
		"Arbetsmarknadsenheten":             "",
		"Perstorps kommun 2":                "",
		"Antal 228":                         "",
	} {
		if got := gluedBelowValue(text); got != want {
			t.Errorf("gluedBelowValue(%q) = %q, want %q", text, got, want)
		}
	}
	// On a glued page, below the owner: a label esf does not know with
	// its value, kept in extra (readGluedUnknown), not the owner's.
	page := "Egenmakt\n\nProjektfasFörprojektering\nProjektägareArbete och Försörjning\nAntal män228\nKontaktpersonOla Johnsson\nRegionSydsverige\n"
	rec := parseOne(t, "p.txt", []byte(page))
	if str(rec.Owner) != "Arbete och Försörjning" || str(rec.ContactName) != "Ola Johnsson" || !hasExtra(rec, "Antal män", "228", 5) {
		t.Errorf("owner %q, contact %q, extra %v, warnings %v", str(rec.Owner), str(rec.ContactName), rec.Extra, rec.Warnings)
	}
}

// hasExtra reports a label esf does not know with its value, kept in
// extra from line n.
func hasExtra(rec *Project, label, value string, n int) bool {
	return slices.ContainsFunc(rec.Extra, func(p Pair) bool { return p.Label == label && p.Value != nil && *p.Value == value && p.Line == n })
}

// TestGluedUnknownEntries reads labels esf does not know, glued to their
// values in a glued page's block, several in a row, as entries kept in
// extra: the block goes on below them, one page.
func TestGluedUnknownEntries(t *testing.T) {
	page := "Egenmakt\n\nProgramområdeProgramområde 2 Ökat arbetskraftsutbud\nProjektfasFörprojektering\nProjektägareArbete och Försörjning\n" +
		"KontaktpersonOla Johnsson\nAntal kvinnor30\nSamverkansparterArbetsförmedlingen, Klippans kommun\nWebbplatshttps://www.perstorp.se/framtidsresan\n" +
		"E-postola.johnsson@trelleborg.se\nBeviljat ESF-stöd493 090 kr\nRegionSydsverige\nIn English\n\nSammanfattning\n\nDenna förprojektering ämnar att tillse vilka insatser som behövs.\n"
	recs, err := Parse("p.txt", []byte(page), Options{})
	if err != nil || len(recs) != 1 {
		t.Fatalf("%d records, %v", len(recs), err)
	}
	rec := recs[0]
	for _, p := range []struct {
		label, value string
		line         int
	}{{"Antal kvinnor", "30", 7}, {"Samverkansparter", "Arbetsförmedlingen, Klippans kommun", 8}, {"Webbplats", "https://www.perstorp.se/framtidsresan", 9}} {
		if !hasExtra(rec, p.label, p.value, p.line) {
			t.Errorf("no %q: %q from line %d in extra %v", p.label, p.value, p.line, rec.Extra)
		}
	}
	if str(rec.ContactName) != "Ola Johnsson" || str(rec.ContactEmail) != "ola.johnsson@trelleborg.se" || str(rec.Region) != "Sydsverige" || !strings.HasPrefix(fieldString(rec, KeySummary), "Denna") {
		t.Errorf("contact %q, e-mail %q, region %q, summary %q", str(rec.ContactName), str(rec.ContactEmail), str(rec.Region), fieldString(rec, KeySummary))
	}
}

// TestFiguresSaidWanted holds saidFigures' looks to the fields asked for:
// each look is made where one of its fields is wanted, and only there.
func TestFiguresSaidWanted(t *testing.T) {
	const money = "ESF-rådet har beviljat 1 530 000 kr i ESF-stöd av en total projektbudget på 2 040 000 kr."
	const contact = "Kontakta Mikael Ek, mikael.ek@kristianstad.se, för mer information."
	const period = "Projektet pågår 2018-01-27 till 2020-02-28."
	for _, tc := range []struct {
		text string
		want []Key
		got  string
	}{
		{money, []Key{KeyESFSupport}, "esf_support_sek total_budget_sek"},
		{money, []Key{KeyTotalBudget}, "esf_support_sek total_budget_sek"},
		{money, []Key{KeyContactName, KeyPeriod}, ""},
		{contact, []Key{KeyContactName}, "contact_name contact_email"},
		{contact, []Key{KeyContactEmail}, "contact_name contact_email"},
		{contact, []Key{KeyESFSupport, KeyPeriod}, ""},
		{period, []Key{KeyPeriod}, "period"},
		{period, []Key{KeyStartDate, KeyEndDate, KeyContactName}, ""}, // the period's look is the period's
	} {
		var want [numKeys]bool
		for _, k := range tc.want {
			want[k] = true
		}
		var got []string
		for _, f := range saidFigures(tc.text, &want) {
			got = append(got, f.key.String())
		}
		if strings.Join(got, " ") != tc.got {
			t.Errorf("saidFigures(%q, %v) = %q, want %q", tc.text, tc.want, strings.Join(got, " "), tc.got)
		}
	}
}
