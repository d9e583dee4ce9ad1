package parser

import (
	"slices"
	"strings"
	"testing"
)

// auditHistory is Dynamics 365's audit history below a record, as the
// browser copies its table.
const auditHistory = "Granskningshistorik\n\nÄndrat datum\tÄndrat av\tHändelse\tFält\tGammalt värde\tNytt värde\n" +
	"2024-09-26 10:10\tAnna Berg\tUppdatera\tRegion\tVästsverige\tSydsverige\n" +
	"2024-02-11 10:26\tErik Sandberg\tUppdatera\tStödmottagare postnr\t28495\t28485\n"

// fieldHistory is Salesforce's field history in English, with its link
// to the whole list.
const fieldHistory = "Project History (2)\nDate\tField\tUser\tOriginal Value\tNew Value\n" +
	"21.7.2024 9:34\tRegion\tSara Holm\tStockholm\tSydsverige\n5.9.2024 13:33\tAntal deltagare\tMaria Nilsson\t705\t605\nView All\n"

// crmCarried returns a seed page as a CRM's record shows it: its type
// below its title, a section over its fields, and what the program puts
// below it.
func crmCarried(page, recordType, section, below string) string {
	title, rest, _ := strings.Cut(page, "\n")
	return title + "\n" + recordType + "\n\n" + section + "\n" + rest + "\n" + below
}

// salesforceCarried returns a seed page as Salesforce's record shows it:
// its type above its title, its buttons and tabs, each field's edit
// button below its value, and the record's own facts below the page.
func salesforceCarried(page string) string {
	title, rest, _ := strings.Cut(page, "\n")
	lines := strings.Split(rest, "\n")
	var out []string
	for i := 0; i < len(lines); i++ {
		out = append(out, lines[i])
		if label, ok := strings.CutSuffix(lines[i], ":"); ok && i+1 < len(lines) && !strings.HasSuffix(lines[i+1], ":") {
			out = append(out, lines[i+1], "Redigera "+label)
			i++
		}
	}
	return "Projekt\n" + title + "\nFölj\nRedigera\nTa bort\nKlona\n\nRelaterat\nDetaljer\n\nInformation\n" + strings.Join(out, "\n") +
		"\n\nSysteminformation\nSkapad av\nAnna Berg, 2024-03-12 10:32\nSenast ändrad av\nErik Sandberg, 2024-05-02 09:10\n"
}

// TestCRMPages holds a seed page copied from each CRM's record to the
// page alone: the program's lines are left out, named once, and none of
// them reaches the record.
func TestCRMPages(t *testing.T) {
	for _, seed := range []string{seed000, seed001} {
		page := strings.TrimRight(seedPage(t, seed), "\n") + "\n"
		alone := comparable(t, mustParse(t, []byte(page)))
		for _, tt := range []struct{ name, in string }{
			{"Dynamics' form", crmCarried(page, "Projekt · Informationsformulär", "ALLMÄNT", "")},
			{"Dynamics' form and its audit history", crmCarried(page, "Projekt · Informationsformulär", "ALLMÄNT", auditHistory)},
			{"Salesforce's record in English", "Project\n" + crmCarried(page, "Project · Main form", "Information", fieldHistory)},
			{"Salesforce's record, its fields' edit buttons and its own facts", salesforceCarried(page)},
			{"HubSpot's note", "Aktivitet\nAnteckning\nJohan Lindqvist lämnade en anteckning\n10 dec. 2024 kl. 11:31 CET\n\n" + page + "\nVisa mindre\nKopplingar\n1 företag\nKommentera\n"},
			{"HubSpot's note in English", "Activity\nNotes\nAnna Berg left a note\nMar 12, 2024 at 10:32 AM\n\n" + page + "\nShow less\nAssociations\n2 contacts\nComment\n"},
		} {
			recs := mustParse(t, []byte(tt.in))
			if len(recs) != 1 {
				t.Errorf("%s, %s: %d records, want 1", seed, tt.name, len(recs))
				continue
			}
			noted := 0
			recs[0].Warnings = slices.DeleteFunc(recs[0].Warnings, func(w Warning) bool {
				if w.Message == crmNote {
					noted++
					return true
				}
				// The buttons that name each field are a form's help
				// (namingButtons), named as such.
				return w.Message == helpNote && strings.Contains(tt.in, "\nRedigera ")
			})
			if noted != 1 {
				t.Errorf("%s, %s: the record's copy named %d times, want once", seed, tt.name, noted)
			}
			if got := comparable(t, recs); got != alone {
				t.Errorf("%s, %s: read as\n%s\nwant the page alone:\n%s", seed, tt.name, got, alone)
			}
		}
	}
}

func TestStripCRMRecord(t *testing.T) {
	rows := func(columns int) string {
		head := []string{"Nytt värde", "Fält", "Användare", "Datum"}[:columns]
		return "Region: Sydsverige\n\n" + strings.Join(append(head, "x"), "\t") + "\n1\t2\t3\t4\t5\n"
	}
	for _, tt := range []struct {
		name, in, want string
		ok             bool
	}{
		{"minCRMSigns-1 of the program's lines", "Region: Sydsverige\n\nVisa mindre\n", "", false},
		{"minCRMSigns of the program's lines", "Region: Sydsverige\n\nVisa mindre\nKopplingar\n", "Region: Sydsverige\n\n\n\n", true},
		{"minHistoryColumns-1 of a history's columns", rows(minHistoryColumns - 1), "", false},
		{"minHistoryColumns of a history's columns", rows(minHistoryColumns), "Region: Sydsverige\n\n\n\n", true},
		{"a record's type and a section over the fields", "A\nProjekt · Huvudformulär\n\nALLMÄNT\nRegion: Sydsverige\n", "A\n\n\n\nRegion: Sydsverige\n", true},
		{"a section over text is the page's", "A\nProjekt · Huvudformulär\nRegion: Sydsverige\n\nInformation\nText.\nVisa mer\n", "A\n\nRegion: Sydsverige\n\nInformation\nText.\n\n", true},
		{"a record's type with a number is none", "A\nProjekt · Etapp 2\n\nALLMÄNT\nRegion: Sydsverige\n", "", false},
		{"the program's line below the page's last ends at it", "Bakgrund\nText.\nKommentera\nMer text.\nVisa mer\nKopplingar\n", "Bakgrund\nText.\nKommentera\nMer text.\n\n\n", true},
		{"a page's count of its own", "Bakgrund\nVi har 12 kontakter.\n", "", false},
	} {
		got, ok := stripCRMRecord(tt.in)
		if ok != tt.ok || ok && got != tt.want {
			t.Errorf("%s: stripCRMRecord = %q, %v; want %q, %v", tt.name, got, ok, tt.want, tt.ok)
		}
	}
}

// TestCRMEdges holds the record's thresholds one under and one over: a
// timeline's event's length, a timeline's time's, a record type's form's
// words.
func TestCRMEdges(t *testing.T) {
	event := func(n int) string {
		e := "Anna Berg lämnade en anteckning"
		return e + strings.Repeat("x", n-len([]rune(e)))
	}
	if !crmEvent(event(maxCRMLine)) || crmEvent(event(maxCRMLine+1)) {
		t.Errorf("crmEvent at maxCRMLine: %v, %v; want true, false", crmEvent(event(maxCRMLine)), crmEvent(event(maxCRMLine+1)))
	}
	clock := func(n int) string { return "kl. 11:31" + strings.Repeat(" x", (n-len("kl. 11:31"))/2) }
	if !crmTime(clock(maxCRMLine/2-1)) || crmTime(clock(maxCRMLine/2+1)) {
		t.Errorf("crmTime at maxCRMLine/2: %v, %v; want true, false", crmTime(clock(maxCRMLine/2-1)), crmTime(clock(maxCRMLine/2+1)))
	}
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"Projekt · Informationsformulär", true},
		{"Projekt · Ett två tre", true},
		{"Projekt · Ett två tre fyra", false},
		{"Kommun · Informationsformulär", false},
		{"Kontakter (2)", true},
		{"Kontakter (två)", false},
		{"Granskningshistorik", true},
		{"Projekt-historik (4)", true},
		{"Historiken bakom projektet", false},
	} {
		if got := recordType(tt.line) || crmCount(tt.line) || historyHeading(tt.line); got != tt.want {
			t.Errorf("%q: %v, want %v", tt.line, got, tt.want)
		}
	}
}
