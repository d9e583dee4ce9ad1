package parser

import (
	"fmt"
	"strings"
	"testing"
)

// TestPeriodHalves checks each date of a period that reads where the
// other does not: the one that reads is kept, the other reported.
func TestPeriodHalves(t *testing.T) {
	for _, tt := range []struct {
		in             string
		start, end     string
		okStart, okEnd bool
	}{
		{"2021-02-01 - 2021-10-31", "2021-02-01", "2021-10-31", true, true},
		{"2021-2-1 till oktober 2021", "2021-02-01", "", true, false},
		{"2008 till 2008/10/31", "", "2008-10-31", false, true},
		{"2021-02-01 - 2021-14-31", "2021-02-01", "", true, false},
		{"2021-14-01 - 2021-14-31", "", "", false, false},
		{"snart", "", "", false, false},
		{"2016/02/02-2019/01/31", "2016-02-02", "2019-01-31", true, true},
	} {
		start, end, okStart, okEnd := periodHalves(tt.in)
		if start != tt.start || end != tt.end || okStart != tt.okStart || okEnd != tt.okEnd {
			t.Errorf("periodHalves(%q) = %q %q %v %v, want %q %q %v %v", tt.in, start, end, okStart, okEnd, tt.start, tt.end, tt.okStart, tt.okEnd)
		}
	}
}

// TestHalfPeriodNamed checks a page whose period reads for one date: that
// date is in the record, and the warning names the other.
func TestHalfPeriodNamed(t *testing.T) {
	for _, tt := range []struct {
		period     string
		start, end string
		named      Key
	}{
		{"2021-2-1 till oktober 2021", "2021-02-01", "", KeyEndDate},
		{"2008 till 2008/10/31", "", "2008-10-31", KeyStartDate},
		{"2021-14-01 - 2021-14-31", "", "", KeyStartDate},
		// Neither reads: each date is named, not the first alone.
		{"2021-14-01 - 2021-14-31", "", "", KeyEndDate},
		{"Q1 2021 - Q4 2021", "", "", KeyEndDate},
		{"2021-02-01T08:00:00+01:00 - 2021-10-31T16:00:00+01:00", "", "", KeyEndDate},
	} {
		rec := parseOne(t, "page.txt", []byte("2020/00634 - Framtidsresan\n\nProjektnummer:\n2020/00634\nProjektperiod:\n"+tt.period+"\n"))
		if got := fieldString(rec, KeyStartDate); got != tt.start {
			t.Errorf("%q: start_date %q, want %q", tt.period, got, tt.start)
		}
		if got := fieldString(rec, KeyEndDate); got != tt.end {
			t.Errorf("%q: end_date %q, want %q", tt.period, got, tt.end)
		}
		if !hasWarningOn(rec.Warnings, 6, tt.named, "is not a period of two dates") {
			t.Errorf("%q: no warning names %s (%v)", tt.period, tt.named, rec.Warnings)
		}
		if (tt.start != "" || tt.end != "") && hasWarningOn(rec.Warnings, 6, tt.named, "kept as written") {
			t.Errorf("%q: the date that reads is in its normal form, not kept as written (%v)", tt.period, rec.Warnings)
		}
	}
}

// TestGluedLabelBelowNamed checks a glued label whose value begins in a
// small letter, run on into the value above: the field the label names
// is named too where it is empty.
func TestGluedLabelBelowNamed(t *testing.T) {
	for _, tt := range []struct {
		line string
		key  Key
	}{
		{"Beviljat ESF-stödca 493 tkr", KeyESFSupport},
		{"Planerat antal deltagareca 12", KeyParticipants},
		// A label that fills two keys names both.
		{"Projektperiodden 15 januari 2009 till 2009-10-31 (prel.)", KeyStartDate},
		{"Projektperiodden 15 januari 2009 till 2009-10-31 (prel.)", KeyEndDate},
	} {
		page := "Egenmakt\n\nProjektfasFörprojektering\nTelefonnummer0410-733094\n" + tt.line + "\nKontaktpersonOla Johnsson\n"
		rec := parseOne(t, "page.txt", []byte(page))
		if !hasWarningOn(rec.Warnings, 5, tt.key, "begins with the label of") {
			t.Errorf("%q: %s not named (%v)", tt.line, tt.key, rec.Warnings)
		}
	}
	// Below a value that is whole, the line is kept in extra, and named
	// at the label's field.
	rec0 := parseOne(t, "page.txt", []byte("Egenmakt\n\nProjektfasFörprojektering\nBeviljat ESF-stöd493 090 kr\nTotal projektbudgetcirka 820 000 kr\nProjektperiod2009-01-15 till 2009-10-31\n"))
	if !hasWarningOn(rec0.Warnings, 5, KeyTotalBudget, "begins with the label of") {
		t.Errorf("a glued label kept in extra: total_budget_sek not named (%v)", rec0.Warnings)
	}
	// How the label was spelt is said once, at start_date.
	recS := parseOne(t, "page.txt", []byte("2020/00634 - Framtidsresan\n\nProjektnummer:\n2020/00634\nProjektperiod;saknas\nRegion:\nSydsverige\n"))
	if n := countWarnings(recS, `for the colon`); n != 1 {
		t.Errorf("the period's spelling said %d times, want once (%v)", n, recS.Warnings)
	}
	// The period's label names both dates.
	recP := parseOne(t, "page.txt", []byte("Egenmakt\n\nProjektfasFörprojektering\nBeviljat ESF-stöd493 090 kr\nProjektperiodv. 3 2009 - 2009-W44\nRegionSydsverige\n"))
	for _, k := range []Key{KeyStartDate, KeyEndDate} {
		if !hasWarningOn(recP.Warnings, 5, k, "begins with the label of period") {
			t.Errorf("a glued period kept in extra: %s not named (%v)", k, recP.Warnings)
		}
	}
	// The field given elsewhere on the page is not named again.
	rec := parseOne(t, "page.txt", []byte("Egenmakt\n\nProjektfasFörprojektering\nTelefonnummer0410-733094\nBeviljat ESF-stödca 493 tkr\nBeviljat ESF-stöd493 000 kr\n"))
	if hasWarningOn(rec.Warnings, 5, KeyESFSupport, "begins with the label of") {
		t.Errorf("a field the page gives named as empty (%v)", rec.Warnings)
	}
}

// TestAtAddressNoAnchor checks an address written with "[at]" for its
// "@": no comment's anchor, read as the address it hides.
func TestAtAddressNoAnchor(t *testing.T) {
	for _, page := range []string{
		"Egenmakt\n\nProjektägareArbete och Försörjning\nKontaktpersonOla Johnsson\nE-postola.johnsson[at]trelleborg.se\n",
		"2020/00634 - Framtidsresan\n\nProjektnummer:\n2020/00634\nE-post:\nola.johnsson[at]trelleborg.se\n",
		"2020/00634 - Framtidsresan\n\nProjektnummer:\n2020/00634\nE-post:\nola.johnsson[at]trelleborg[dot]se\n",
	} {
		rec := parseOne(t, "page.txt", []byte(page))
		if got := fieldString(rec, KeyContactEmail); got != "ola.johnsson@trelleborg.se" {
			t.Errorf("%q: contact_email %q", page, got)
		}
	}
	for s, want := range map[string]bool{
		"ola.johnsson[at]trelleborg.se": true, "anna[at]skane[dot]se": true, "Projektet startade[at]": false, "Ola[at] Trelleborg": false, "x[at]y": false,
	} {
		if got := atAddress.MatchString(s); got != want {
			t.Errorf("atAddress(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestUnfoldDetails checks a page whose fields a notes app folded into a
// toggle, its title and sections round it: the tags are taken off and
// every part read; a block among a writer's own words is stripDetails's.
func TestUnfoldDetails(t *testing.T) {
	const block = "<details><summary>Projektdata</summary>\n\n- **Diarienummer:** 23-038-S06\n- **Projektägare:** PERSTORPS KOMMUN\n\n</details>\n"
	for _, tt := range []struct {
		name, text string
		unfold     bool
	}{
		{"title and a section round it", "# 23-038-S06 - Digga Perstorps Personal\n\n" + block + "\n## Sammanfattning\n\nPerstorp är Skånes minsta kommun.\n", true},
		{"the title alone", "23-038-S06 - Digga Perstorps Personal\n\n" + block, true},
		{"another project's title", "2020/00634 - Framtidsresan\n\n" + block, false},
		{"a writer's words", "Fel i projektbanken\n\nBeloppen stämmer inte, se nedan.\n\n" + block + "\n- [ ] Kontrollera beloppen\n", false},
		{"a toggle inside the summary", "## Sammanfattning\n\nText.\n\n<details><summary>Samverkanspart</summary>\n\nDiarienummer: 23-038-S06\nProjektägare: X\n\n</details>\n", false},
		{"an issue's task list", "23-038-S06 - Digga Perstorps Personal\n\n" + block + "\n- [ ] Kontrollera beloppen\n", false},
		{"the page whole in the block, a writer's headings round it", "## Syfte\n\nSyftet med ärendet är att rätta beloppen.\n\n<details><summary>Sidan</summary>\n\n23-038-S06 - Digga\n\nDiarienummer:\n23-038-S06\n\n</details>\n\n## Mål\n\nAtt sidan visar rätt summa.\n", false},
	} {
		read, ok := unfoldDetails(tt.text)
		if ok != tt.unfold {
			t.Errorf("%s: unfolded %v, want %v", tt.name, ok, tt.unfold)
			continue
		}
		if ok && (strings.Contains(read, "details>") || strings.Count(read, "\n") != strings.Count(tt.text, "\n")) {
			t.Errorf("%s: the tags stay, or the lines moved:\n%s", tt.name, read)
		}
	}
	rec := parseOne(t, "page.md", []byte("# 23-038-S06 - Digga Perstorps Personal\n\n"+block+"\n## Sammanfattning\n\nPerstorp är Skånes minsta kommun.\n"))
	if fieldString(rec, KeyName) != "Digga Perstorps Personal" || fieldString(rec, KeyOwner) != "PERSTORPS KOMMUN" || !strings.HasPrefix(fieldString(rec, KeySummary), "Perstorp är") {
		t.Errorf("the folded page read as %q, %q, %q", fieldString(rec, KeyName), fieldString(rec, KeyOwner), fieldString(rec, KeySummary))
	}
}

func TestGluedBeforeFigure(t *testing.T) {
	for s, want := range map[string]string{
		"Beslutsdatum2015-11-20": "Beslutsdatum", "Kommunal medfinansiering120 000 kr": "Kommunal medfinansiering",
		"Agenda2030": "", "Beslutsdatum2015": "", "Kommunal medfinansiering120 000": "", "beslutsdatum2015-11-20": "",
		"Bd2015-11-20": "", "2015-11-20": "", "Beslut datum2015-11-20": "Beslut datum",
		// A known label made another by a word before it (qualifiedLabel).
		"Sökt ESF-stöd680 000 kr": "Sökt ESF-stöd", "Utbetalt ESF-stöd408 322 kr": "Utbetalt ESF-stöd",
		"sökt ESF-stöd680 000 kr": "", "Sökt ESF-stödet680 000 kr": "", "Sökt Okänt stöd680 000 kr": "",
	} {
		if got := gluedBeforeFigure(s); got != want {
			t.Errorf("gluedBeforeFigure(%q) = %q, want %q", s, got, want)
		}
	}
	rec := parseOne(t, "page.txt", []byte("Gagna:kompetens\n\nProjektfasFörprojektering\nProjektägareRegionförbundet Östsam\nBeslutsdatum2015-11-20\nKontaktpersonMargareta Wandel\n"))
	if str(rec.Owner) != "Regionförbundet Östsam" || str(rec.ContactName) != "Margareta Wandel" || !hasExtra(rec, "Beslutsdatum", "2015-11-20", 5) {
		t.Errorf("an unknown label glued to a date: owner %q, contact %q, extra %v (%v)", str(rec.Owner), str(rec.ContactName), rec.Extra, rec.Warnings)
	}
}

// TestHalfPeriodConflict checks a period whose one date reads against a
// date the page gave before it: the conflict is named at that date.
func TestHalfPeriodConflict(t *testing.T) {
	rec := parseOne(t, "page.txt", []byte("2020/00634 - Framtidsresan\n\nProjektnummer:\n2020/00634\nStartdatum:\n2021-03-01\nProjektperiod:\n2021-02-01 - pågående\n"))
	if got := fieldString(rec, KeyStartDate); got != "2021-03-01" || !hasWarningOn(rec.Warnings, 8, KeyStartDate, "given again") {
		t.Errorf("start_date %q; the period's other start not named (%v)", got, rec.Warnings)
	}
}

// countWarnings counts the warnings of rec that say text.
func countWarnings(rec *Project, text string) int {
	n := 0
	for _, w := range rec.Warnings {
		if strings.Contains(w.Message, text) {
			n++
		}
	}
	return n
}

// TestValueNote checks a note in brackets after a value that does not
// read with it: the value is read without it, and the note named; a note
// that holds a number, or a sentence's words, is no note to leave out.
func TestValueNote(t *testing.T) {
	for _, tt := range []struct {
		in, v, note string
	}{
		{"2019-01-31 (prel.)", "2019-01-31", "(prel.)"},
		{"400 000 kr (enligt beslut)", "400 000 kr", "(enligt beslut)"},
		{"400 000 (inkl. moms ej)", "400 000", "(inkl. moms ej)"}, // maxValueNoteWords
		{"400 000 (inkl. moms men ej)", "", ""},                   // one more
		{"400 000 kr (tidigare 350 000 kr)", "", ""},
		{"2019-01-31 ()", "", ""},
		{"(prel.)", "", ""},
		{"2019-01-31 (prel.) ", "2019-01-31", "(prel.)"},
		{"2019-01-31 (prel.", "", ""},
		{"2019-01-31 ((prel.))", "", ""},
	} {
		v, note, ok := cutValueNote(tt.in)
		if v != tt.v || note != tt.note || ok != (tt.v != "") {
			t.Errorf("cutValueNote(%q) = %q, %q, %v; want %q, %q", tt.in, v, note, ok, tt.v, tt.note)
		}
	}
	for _, tt := range []struct {
		label, value string
		key          Key
		want         string
	}{
		{"Startdatum", "2021-02-01 (prel.)", KeyStartDate, "2021-02-01"},
		{"Region", "Sydsverige (preliminärt)", KeyRegion, "Sydsverige"},
		{"Total projektbudget", "400 000 (prel.)", KeyTotalBudget, "400000"},
		{"Total projektbudget", "400 000 kr (tidigare 350 000 kr)", KeyTotalBudget, ""},
	} {
		rec := parseOne(t, "page.txt", []byte("2020/00634 - Framtidsresan\n\nProjektnummer:\n2020/00634\n"+tt.label+":\n"+tt.value+"\n"))
		got := ""
		if v := fieldOf(rec, tt.key); !v.IsNil() {
			got = fmt.Sprint(v.Elem().Interface())
		}
		if got != tt.want {
			t.Errorf("%s: %q, want %q", tt.value, got, tt.want)
		}
		if !hasWarningOn(rec.Warnings, 6, tt.key, "") {
			t.Errorf("%s: not named (%v)", tt.value, rec.Warnings)
		}
	}
}

// TestPostcodeAndTown checks a postcode and a town in one value, under the
// postcode's label, the town's or the address's: each part to its key,
// named; a value of another shape is left as it is.
func TestPostcodeAndTown(t *testing.T) {
	for _, tt := range []struct {
		in, code, town string
	}{
		{"284 85 Perstorp", "28485", "Perstorp"},
		{"SE-284 85 PERSTORP", "28485", "PERSTORP"},
		{"28485, Perstorp", "28485", "Perstorp"},
		{"284 85 Upplands Väsby", "28485", "Upplands Väsby"},
		{"284 85 perstorp", "", ""},
		{"284 85", "", ""},
		{"2848 5 Perstorp", "", ""},
		{"Perstorp 284 85", "", ""},
	} {
		code, town, ok := splitPostcodeTown(tt.in)
		if code != tt.code || town != tt.town || ok != (tt.code != "") {
			t.Errorf("splitPostcodeTown(%q) = %q, %q, %v; want %q, %q", tt.in, code, town, ok, tt.code, tt.town)
		}
	}
	for _, tt := range []struct {
		in, code, town string
	}{
		{"Box 24, 284 85 Perstorp", "28485", "Perstorp"},
		{"Storgatan 1, 284 85, Perstorp", "28485", "Perstorp"},
		{"Storgatan 1", "", ""},
		{", 284 85 Perstorp", "", ""},
		{"Storgatan 1 284 85 Perstorp", "", ""},
	} {
		code, town, ok := addressTail(tt.in)
		if code != tt.code || town != tt.town || ok != (tt.code != "") {
			t.Errorf("addressTail(%q) = %q, %q, %v; want %q, %q", tt.in, code, town, ok, tt.code, tt.town)
		}
	}
	for _, tt := range []struct {
		field, value string
	}{
		{"Stödmottagare ort", "284 85 Perstorp"},
		{"Stödmottagare postnr", "284 85 Perstorp"},
		{"Postadress", "Box 24, 284 85 Perstorp"},
		{"Stödmottagarens address", "Box 24, 284 85 Perstorp"},
		{"Postadress", "284 85 Perstorp"}, // the postcode and the town alone
		{"Postnummer och ort", "284 85 Perstorp"},
		{"Postnr/ort", "284 85, Perstorp"},
		{"Postnummer och ort", "Box 24, 284 85, Perstorp"}, // a whole address: read as the address too
	} {
		rec := parseOne(t, "page.txt", []byte("2020/00634 - Framtidsresan\n\nProjektnummer:\n2020/00634\n"+tt.field+":\n"+tt.value+"\n\nPerstorps kommun har under lång tid haft hög arbetslöshet.\n"))
		if deref(rec.Postcode) != "28485" || deref(rec.City) != "Perstorp" || deref(rec.Summary) == "<nil>" {
			t.Errorf("%s: postcode %s, city %s, summary %s", tt.field, deref(rec.Postcode), deref(rec.City), deref(rec.Summary))
		}
		for _, k := range []Key{KeyPostcode, KeyCity} {
			if !hasWarningOn(rec.Warnings, 6, k, "") {
				t.Errorf("%s: %s not named (%v)", tt.field, k, rec.Warnings)
			}
		}
	}
}

// TestAddressUnderPostcode checks a whole address under the label of a
// postcode or a town: the address read as the address, named, where the
// page gives none; and where it gives one, only its postcode and town.
func TestAddressUnderPostcode(t *testing.T) {
	head := "2020/00634 - Framtidsresan\n\nProjektnummer:\n2020/00634\n"
	rec := parseOne(t, "page.txt", []byte(head+"Postnummer och ort:\nBox 24, 284 85, Perstorp\n"))
	if deref(rec.Address) != "Box 24, 284 85, Perstorp" || !hasWarningOn(rec.Warnings, 6, KeyAddress, "is an address") {
		t.Errorf("address %s (%v)", deref(rec.Address), rec.Warnings)
	}
	for _, k := range []Key{KeyPostcode, KeyCity} {
		n := 0
		for _, w := range rec.Warnings {
			if w.Key == k {
				n++
			}
		}
		if n != 1 {
			t.Errorf("%s named %d times, want once: %v", k, n, rec.Warnings)
		}
	}
	given := parseOne(t, "page.txt", []byte(head+"Postadress:\nStorgatan 1\nPostnummer och ort:\nBox 24, 284 85, Perstorp\n"))
	if deref(given.Address) != "Storgatan 1" || deref(given.Postcode) != "28485" || deref(given.City) != "Perstorp" {
		t.Errorf("address %s, postcode %s, city %s", deref(given.Address), deref(given.Postcode), deref(given.City))
	}
	for _, w := range given.Warnings {
		if w.Key == KeyAddress {
			t.Errorf("the address the page gives is read again: %v", w)
		}
	}
}

// TestContactRole checks a role after a contact's name: the name read,
// the role named.
func TestContactRole(t *testing.T) {
	for _, tt := range []struct {
		in, name, role string
	}{
		{"Anna Persson, Enhetschef", "Anna Persson", "Enhetschef"},
		{"Ola Johnsson – projektledare", "Ola Johnsson", "projektledare"},
		{"Kaisa Welander, Project Manager", "Kaisa Welander", "Project Manager"},
		{"Kaisa Welander, biträdande projektledare", "Kaisa Welander", "biträdande projektledare"},
		{"Kaisa Welander, tf biträdande projektledare", "Kaisa Welander", "tf biträdande projektledare"}, // maxRoleWords
		{"Kaisa Welander, tf biträdande projektledare nu", "", ""},
		{"Kaisa Welander, Perstorps kommun", "", ""},
		{"Kaisa, projektledare", "", ""},
		{"Kaisa Welander, projektledare 2", "", ""},
		{"kaisa welander, projektledare", "", ""},
	} {
		name, role, ok := cutContactRole(tt.in)
		if name != tt.name || role != tt.role || ok != (tt.name != "") {
			t.Errorf("cutContactRole(%q) = %q, %q, %v; want %q, %q", tt.in, name, role, ok, tt.name, tt.role)
		}
	}
	rec := parseOne(t, "page.txt", []byte("2020/00634 - Framtidsresan\n\nProjektnummer:\n2020/00634\nKontaktperson:\nAnna Persson, Enhetschef\n"))
	if deref(rec.ContactName) != "Anna Persson" || !hasWarningOn(rec.Warnings, 6, KeyContactName, "role") {
		t.Errorf("contact_name %q (%v)", deref(rec.ContactName), rec.Warnings)
	}
}

// TestAddressOnEnvelopeLines checks an address written on the lines an
// envelope has below its label: every line kept, each a part, its
// postcode and town read and named; and the edge of maxAddressLines,
// past which lines shaped as an address are the site's footer.
func TestAddressOnEnvelopeLines(t *testing.T) {
	head := "2020/00634 - Framtidsresan\n\nProjektnummer:\n2020/00634\nPostadress:\n"
	tail := "Kontaktperson:\nPeter Lindow\n\nPerstorps kommun har under lång tid haft hög arbetslöshet.\n"
	for _, tt := range []struct {
		lines, want string
	}{
		{"Box 24\n284 85 Perstorp\n", "Box 24, 284 85 Perstorp"},
		{"Perstorps kommun\nBox 24\n284 85 Perstorp\n", "Perstorps kommun, Box 24, 284 85 Perstorp"},
		// maxAddressLines lines.
		{"Perstorps kommun\nArbetsmarknadsenheten\nBox 24\n284 85 Perstorp\n", "Perstorps kommun Arbetsmarknadsenheten, Box 24, 284 85 Perstorp"},
	} {
		rec := parseOne(t, "page.txt", []byte(head+tt.lines+tail))
		if deref(rec.Address) != tt.want || deref(rec.Postcode) != "28485" || deref(rec.City) != "Perstorp" || deref(rec.ContactName) != "Peter Lindow" {
			t.Errorf("%q: address %s, postcode %s, city %s, contact %s", tt.lines, deref(rec.Address), deref(rec.Postcode), deref(rec.City), deref(rec.ContactName))
		}
		for _, k := range []Key{KeyPostcode, KeyCity} {
			if !hasWarningOn(rec.Warnings, 6, k, "the address") {
				t.Errorf("%q: %s not named (%v)", tt.lines, k, rec.Warnings)
			}
		}
	}
	// One line more: the block would end in the address, and the lines
	// shaped as an address are left to the site's footer, as before.
	rec := parseOne(t, "page.txt", []byte(head+"Perstorps kommun\nArbetsmarknadsenheten\nc/o Ekonomi\nBox 24\n284 85 Perstorp\n"+tail))
	if a := deref(rec.Address); strings.Contains(a, "Box 24") || deref(rec.ContactName) != "Peter Lindow" {
		t.Errorf("address %s, contact %s: read past maxAddressLines", a, deref(rec.ContactName))
	}
	if !hasWarningOn(rec.Warnings, 9, KeyAddress, "may be the rest of the address") {
		t.Errorf("the address's last lines left out unnamed: %v", rec.Warnings)
	}
}

// TestEnvelopeLines checks where two lines of an address join as two
// parts, with a comma, and where as one part wrapped.
func TestEnvelopeLines(t *testing.T) {
	for _, tt := range []struct {
		prev, next string
		want       bool
	}{
		{"Perstorps kommun", "Box 24", true},
		{"Box 24", "284 85 Perstorp", true},
		{"Storgatan 5", "291 80 Kristianstad", true},
		{"Box 24", "Perstorp", true},
		{"Box 24,", "284 85 Perstorp", false},
		{"Arbetsmarknads-", "Box 24", false},
		{"Västra", "Storgatan 5", false},
		{"Arbetsmarknadsförvaltningen", "Kristianstads kommun", false},
		{"291 80", "Kristianstad", false},
		{"Boxen", "Storgatan 5", false},
		{"Perstorps kommun", "Postbox 24", true},
		{"Perstorps kommun", "Box 24 A", false},
	} {
		if got := envelopeLines(tt.prev, tt.next); got != tt.want {
			t.Errorf("envelopeLines(%q, %q) = %v, want %v", tt.prev, tt.next, got, tt.want)
		}
	}
}

// TestWrappedInMarks checks the marks of emphasis taken off round a whole
// value, and the values that are not so wrapped.
func TestWrappedInMarks(t *testing.T) {
	for v, want := range map[string]string{
		"**Kristianstads kommun**": "Kristianstads kommun", "__Ola__": "Ola", "`Region Skåne`": "Region Skåne", "==Ola Johnsson==": "Ola Johnsson",
		">>PERSTORP<<": "PERSTORP", "<mark>Ola</mark>": "Ola", `""Perstorps kommun""`: "Perstorps kommun", "*Nej*": "Nej", "^^2015/00764^^": "2015/00764",
		"'''Sydsverige'''": "Sydsverige", "***Sydsverige***": "Sydsverige",
		"*2 * 3*": "", "** Ola **": "", "**": "", "****": "", "*": "", "~~Ola~~": "", "!!Ola!!": "", "Ola**": "", "**Ola": "",
		"*(Ola)*": "", "Kristianstads kommun": "", "<b>Ola</i>": "",
	} {
		got, _, ok := wrappedInMarks(v)
		if !ok {
			got = ""
		}
		if got != want {
			t.Errorf("wrappedInMarks(%q) = %q, want %q", v, got, want)
		}
	}
	rec := parseOne(t, "p.txt", []byte("Within\n\nProjektnummer: 2015/00764\nProjektägare: **Kristianstads kommun**\nKontaktperson: ==Kaisa Welander==\n"))
	if deref(rec.Owner) != "Kristianstads kommun" || deref(rec.ContactName) != "Kaisa Welander" || !hasWarningOn(rec.Warnings, 4, KeyOwner, "marks of emphasis") {
		t.Errorf("owner %s, contact %s, warnings %v", deref(rec.Owner), deref(rec.ContactName), rec.Warnings)
	}
}

// TestReadersNote checks a note a reader wrote after a value to
// themselves, taken off, and a value's own words in brackets, kept.
func TestReadersNote(t *testing.T) {
	for v, want := range map[string]string{
		"PERSTORP (AL: dubbelkolla)": "PERSTORP", "Ola Johnsson # osäker": "Ola Johnsson", "Within Kompetens [KOLLA]": "Within Kompetens",
		"Regionförbundet Östsam (ring och fråga)": "Regionförbundet Östsam", "Östsam >>> OBS stämmer inte": "Östsam", "Ola // TODO": "Ola",
		"Ola <-- fel?":     "Ola",
		"Perstorp (Skåne)": "", "Kristianstads kommun (Arbetsmarknad)": "", "Ola (kollage": "", "(kolla)": "", "Ola # Kristianstad": "",
		"Kollagen AB": "", "Ola Johnsson": "",
	} {
		got, _, ok := readersNote(v)
		if !ok {
			got = ""
		}
		if got != want {
			t.Errorf("readersNote(%q) = %q, want %q", v, got, want)
		}
	}
}

// TestReviewedNeighbours checks pages beside this round's readings that
// they must leave as they were: the site's address below a page's, empty
// typed fields on a stacked page, a contact's section in an ini file, a
// page that begins with a skip link and a Markdown heading.
func TestReviewedNeighbours(t *testing.T) {
	for _, label := range []string{"Postadress", "Stödmottagare ort", "Stödmottagare postnr"} {
		footer := parseOne(t, "p.txt", []byte("Within Kompetens\n\nProjektnummer:\n2015/00764\n"+label+":\nPERSTORP\nSvenska ESF-rådet, Box 47141, 100 74 Stockholm\n"))
		if a := deref(footer.Address); strings.Contains(a, "Stockholm") || footer.Summary != nil || len(footer.Warnings) > 1 {
			t.Errorf("%s: the site's address read as the page's: address %s, summary %s, warnings %v", label, a, deref(footer.Summary), footer.Warnings)
		}
	}
	empty := parseOne(t, "p.txt", []byte("Within Kompetens\n\nProjektnummer:\n2015/00764\nStartdatum:\n2016-02-02\nSlutdatum:\nTotal projektbudget:\n9 997 836 kr\nBeviljat ESF-stöd:\nKontaktperson:\nKaisa Welander\n\nProjektet ska minska antalet unga i utanförskap.\n"))
	for _, w := range empty.Warnings {
		if strings.Contains(w.Message, "above its label") {
			t.Errorf("empty fields read as values above labels: %v", w)
		}
	}
	ini := parseOne(t, "p.ini", []byte("[Projekt]\nTitel = Within Kompetens\nProjektnummer = 2015/00764\nProjektägare = Kristianstads kommun\n[Kontakt]\nNamn = Kaisa Welander\n"))
	if deref(ini.Name) != "Within Kompetens" || deref(ini.ContactName) != "Kaisa Welander" {
		t.Errorf("ini: name %s, contact %s", deref(ini.Name), deref(ini.ContactName))
	}
	// The contact's section first: its "Titel" is the contact's post, no
	// title of the page's; read as the title only as a line is, named.
	post := parseOne(t, "p.ini", []byte("[Kontakt]\nTitel = Projektledare\nNamn = Kaisa Welander\n[Projekt]\nProjektnummer = 2015/00764\nProjektägare = Kristianstads kommun\n"))
	if deref(post.Name) == "Projektledare" && !hasWarningOn(post.Warnings, 2, KeyName, "read as the title") || deref(post.ContactName) != "Kaisa Welander" {
		t.Errorf("ini: name %s, contact %s", deref(post.Name), deref(post.ContactName))
	}
	md := parseOne(t, "p.txt", []byte("[Till innehållet]\n# Within Kompetens\nProjektnummer: 2015/00764\nProjektägare: Kristianstads kommun\nRegion: Sydsverige\nKontaktperson: Kaisa Welander\n#ESF #Kompetensförsörjning\n"))
	if deref(md.Name) != "Within Kompetens" || md.Summary == nil {
		t.Errorf("a page read as a configuration file: name %s, summary %s", deref(md.Name), deref(md.Summary))
	}
}

func TestTextFormula(t *testing.T) {
	for _, tt := range []struct {
		in, want string
		ok       bool
	}{
		{`="Perstorps kommun"`, "Perstorps kommun", true},
		{` ="2015/00764" `, "2015/00764", true},
		{`="Ola ""Olle"" Johnsson"`, `Ola "Olle" Johnsson`, true},
		{`=""`, "", true},
		{`="a" & "b"`, `="a" & "b"`, false},
		{`=SUMMA(B2:B4)`, `=SUMMA(B2:B4)`, false},
		{`="Perstorps kommun`, `="Perstorps kommun`, false},
		{`"Perstorps kommun"`, `"Perstorps kommun"`, false},
		{`=`, `=`, false},
	} {
		if got, ok := textFormula(tt.in); got != tt.want || ok != tt.ok {
			t.Errorf("textFormula(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestSpokenCommand(t *testing.T) {
	for _, tt := range []struct{ in, rest, spoken string }{
		{"kolon Kaisa Welander", "Kaisa Welander", "kolon"},
		{"Kolon och tarm", "Kolon och tarm", ""},
		{"Peter Lindow ny rad", "Peter Lindow", "ny rad"},
		{"Peter Lindow ny rad.", "Peter Lindow", "ny rad."},
		{"Peter Lindow Ny rad", "Peter Lindow Ny rad", ""},
		{"Perstorps kommun nytt stycke", "Perstorps kommun", "nytt stycke"},
		// The mark alone, or inside a word: no dictation's.
		{"kolon", "kolon", ""},
		{"ny rad", "ny rad", ""},
		{"kolonilotter i Perstorp", "kolonilotter i Perstorp", ""},
		{"Projekt för en ny radio", "Projekt för en ny radio", ""},
	} {
		rest, spoken, ok := spokenCommand(tt.in)
		if rest != tt.rest || spoken != tt.spoken || ok != (tt.spoken != "") {
			t.Errorf("spokenCommand(%q) = %q, %q, %v; want %q, %q", tt.in, rest, spoken, ok, tt.rest, tt.spoken)
		}
	}
}
