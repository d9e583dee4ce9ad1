package parser

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// letterWith writes the glued seed's facts and text into a letter: an
// address block above the title, the letter's close and its sender
// between the facts and the page's text, which closing stands as close.
func letterWith(t *testing.T, close string) []byte {
	t.Helper()
	page := string(seedLinesWith(t, seedGlued))
	facts, text, ok := strings.Cut(page, "In English\n")
	if !ok {
		t.Fatal("the seed has no In English line")
	}
	return []byte("Arbete och Försörjning\nAtt: Ola Johnsson\n\n" + facts + "\n" + close + "\n\nMaria Nilsson\nUtvärderare, Svenska ESF-rådet\n\nBilaga: projektbeskrivning ur projektbanken\n\n" + text)
}

// TestLetterAttachment reads a letter that closes above the page's text,
// its attachment: the sections below the sender's lines are the page's,
// and the address above the title is named as the letter's.
func TestLetterAttachment(t *testing.T) {
	want := jsonMap(t, parseOne(t, seedGlued, seedLinesWith(t, seedGlued)))
	rec := parseOne(t, "letter.txt", letterWith(t, "Med vänliga hälsningar"))
	got := jsonMap(t, rec)
	for _, k := range []string{"summary", "background", "purpose", "goals", "accessibility", "transnational", "owner", "region"} {
		if jsonString(got[k]) != jsonString(want[k]) {
			t.Errorf("%s = %.80s, want %.80s", k, jsonString(got[k]), jsonString(want[k]))
		}
	}
	if !hasWarningOn(rec.Warnings, 2, KeyExtra, "above the page's title") {
		t.Errorf("the letter's address line not named: %v", rec.Warnings)
	}
	// A mail's reply above a page, its signature and nothing of the
	// page's below: the sender's lines are in no field, as before.
	reply := "Hej!\n\nHär är sidan.\n\n" + string(seedLinesWith(t, seedGlued)) + "\nMed vänliga hälsningar\n\nMaria Nilsson\nUtvärderare\n"
	if got := jsonMap(t, parseOne(t, "reply.txt", []byte(reply))); jsonString(got["transnational"]) != jsonString(want["transnational"]) {
		t.Errorf("the text above a signature: transnational = %.80s", jsonString(got["transnational"]))
	}
}

// TestHeadingReadAsNothing names each known heading below a letter's
// signature read past with the sender's lines, no blank line setting it
// apart, whose section is empty: the text below it is in no field.
func TestHeadingReadAsNothing(t *testing.T) {
	page := string(letterWith(t, "Med vänliga hälsningar"))
	close := strings.Index(page, "Med vänliga hälsningar")
	for strings.Contains(page[close:], "\n\n") {
		page = page[:close] + strings.ReplaceAll(page[close:], "\n\n", "\n")
	}
	rec := parseOne(t, "letter.txt", []byte(page))
	if rec.Summary != nil || rec.Background != nil {
		t.Fatalf("the text below the signature was read: %.60q", deref(rec.Summary))
	}
	for h, k := range map[string]Key{"Sammanfattning": KeySummary, "Bakgrund": KeyBackground, "Syfte": KeyPurpose} {
		n := 1 + strings.Count(page[:strings.Index(page, "\n"+h+"\n")+1], "\n")
		if !hasWarningOn(rec.Warnings, n, k, "its text may be in no field") {
			t.Errorf("no warning on line %d [%s]: %v", n, k, rec.Warnings)
		}
	}
}

// TestEmptyValueDashes reads a case system's form that shows a field
// with no value as "---" between two labels: the field is empty, named,
// and the page is one page; "---" elsewhere parts pages as before.
func TestEmptyValueDashes(t *testing.T) {
	form := "2020/00634 - Framtidsresan\n\nProjektnummer\n2020/00634\nProjektägare\nPerstorps kommun\nStödmottagarens adress\n---\nProgramområde\n1\nRegion\nSydsverige\n"
	recs, err := Parse("form.txt", []byte(form), Options{})
	if err != nil || len(recs) != 1 {
		t.Fatalf("%v, %d records", err, len(recs))
	}
	r := recs[0]
	if r.Address != nil || deref(r.ProgrammeAreaCode) != "1" || deref(r.Region) != "Sydsverige" {
		t.Errorf("address %q, programme area %q, region %q", deref(r.Address), deref(r.ProgrammeAreaCode), deref(r.Region))
	}
	// Below a label with its value, or above no label: a separator.
	for _, in := range []string{
		"A\n\nProjektnummer\n1\nRegion\nSydsverige\n---\nB\n\nProjektnummer\n2\nRegion\nSydsverige\n",
		"A\n\nProjektnummer\n1\nRegion\n---\nB\n\nProjektnummer\n2\nRegion\nSydsverige\n",
	} {
		if recs, _ := Parse("two.txt", []byte(in), Options{}); len(recs) != 2 {
			t.Errorf("%q: %d records, want 2", in, len(recs))
		}
	}
}

func TestRowOfCells(t *testing.T) {
	long := strings.Repeat("x", maxTextCell)
	for in, want := range map[string]bool{
		"Datum\tFält\tAnvändare":           true,  // minTextCells
		"Datum\tFält":                      false, // one under
		"Datum\t\tAnvändare":               false, // an empty cell
		"a\tb\t" + long:                    true,  // a cell of maxTextCell
		"a\tb\t" + long + "x":              false, // one over
		"Projektet ska ge unga vägar till": false,
	} {
		if got := rowOfCells(in); got != want {
			t.Errorf("rowOfCells(%.30q) = %v, want %v", in, got, want)
		}
	}
}

// TestRowInText names a table's rows after the page's text, a sheet's
// pasted below it, once, on its first row; a list's items a tab apart are
// no table's. (A case system's history of the fields is its own reading:
// TestCRMPages.)
func TestRowInText(t *testing.T) {
	page := string(seedLinesWith(t, seed2021)) + "\nDelprojekt\n\nDel\tStart\tAnsvarig\tBudget\tPlats\n1\t2024-03-01\tSara Holm\t100 000\tPerstorp\n"
	rec := parseOne(t, "page.txt", []byte(page))
	n := strings.Count(page, "\n") - 1
	if !hasWarningOn(rec.Warnings, n, KeySummary, "a row of cells parted by tabs") {
		t.Errorf("no warning on line %d: %v", n, rec.Warnings)
	}
	if hasWarningOn(rec.Warnings, n+1, KeySummary, "a row of cells parted by tabs") {
		t.Errorf("the run's second row named too: %v", rec.Warnings)
	}
}

func TestIsColumnHeader(t *testing.T) {
	for in, want := range map[string]bool{
		"Fält\tUppgift":                       true,
		"Field\tValue":                        true,
		"Fält\tVärde\tKälla":                  true, // a column of notes beside the values
		"Fält\tVärde\tKommentar\tStatus":      true,
		"Fält\tVärde\tRegion":                 false, // a third column: another table's
		"Region\tSydsverige":                  false, // a label and its value
		"Fält Värde":                          false, // no tab
		"Uppgift\tDetaljer":                   true,
		"Uppgift\t" + strings.Repeat("x", 40): false,
	} {
		if got := isColumnHeader(in); got != want {
			t.Errorf("isColumnHeader(%q) = %v, want %v", in, got, want)
		}
	}
}

// TestCookieButtons reads a cookie banner's buttons below a page's text
// as the banner's, not the text's last line.
func TestCookieButtons(t *testing.T) {
	want := jsonMap(t, parseOne(t, seed2021, seedLinesWith(t, seed2021)))["summary"]
	page := string(seedLinesWith(t, seed2021)) + "\nVi använder kakor för att förbättra webbplatsen.\nGodkänn alla kakor\nEndast nödvändiga\n"
	if got := jsonMap(t, parseOne(t, "page.txt", []byte(page)))["summary"]; jsonString(got) != jsonString(want) {
		t.Errorf("summary ends %q", jsonString(got)[max(0, len(jsonString(got))-40):])
	}
}

// factsAndText cuts a seed page where its facts end and its text begins:
// below "In English", else at the first paragraph of prose.
func factsAndText(t *testing.T, page string) (facts, text string) {
	t.Helper()
	if facts, text, ok := strings.Cut(page, "In English\n"); ok {
		return facts + "In English\n", strings.TrimLeft(text, "\n")
	}
	for i := strings.Index(page, "\n\n"); i >= 0; {
		line, _, _ := strings.Cut(page[i+2:], "\n")
		if len(line) > proseLen/2 {
			return page[:i+1], page[i+2:]
		}
		j := strings.Index(page[i+2:], "\n\n")
		if j < 0 {
			break
		}
		i += 2 + j
	}
	t.Fatal("the seed has no text")
	return "", ""
}

// TestMailedPageSignatures reads each seed page mailed on in the shapes
// mail programs give a page and a signature: the sender's words and
// signature above the page, the signature between the page's facts and
// its text (an attachment below the letter's close, with no heading),
// the signature below the page with a telephone and an e-mail, a reply
// above the message that held the page, and a phone's line. Every field
// is the page's, or a warning names it.
func TestMailedPageSignatures(t *testing.T) {
	const sig = "Maria Nilsson\nUtvärderare\nSvenska ESF-rådet\nTel: 08-579 171 00\nmaria.nilsson@esf.se\n"
	for _, seed := range []string{seed2021, seed2014, seedStacked, seedGlued, "004_4a684bc2c2b12aa3.txt"} {
		page := string(seedLinesWith(t, seed))
		facts, text := factsAndText(t, page)
		want := jsonMap(t, parseOne(t, seed, []byte(page)))
		shapes := []struct {
			name, text string
			exact      bool // every field the page's, with no warning needed
		}{
			{"greeting above", "Hej!\n\nHär kommer sidan.\n\nMed vänliga hälsningar\n" + sig + "\n" + page, true},
			{"attachment", facts + "\nMed vänliga hälsningar\n\n" + sig + "\nBilaga: projektbeskrivning\n\n" + text, true},
			{"text below", facts + "\nMvh\nMaria Nilsson\n070-123 45 67\n\nNedan följer projektbeskrivningen:\n\n" + text, true},
			{"no blank", facts + "\nHälsningar\nMaria Nilsson\n\n" + text, true},
			{"english between", facts + "\nBest regards\nJohn Smith\n+46 70 123 45 67\n\n" + text, true},
			{"phone between", facts + "\nSkickat från min iPhone\n\n" + text, true},
			{"dash between", facts + "\n-- \nMaria Nilsson\n08-579 171 00\n\n" + text, true},
			{"signature below", page + "\nMvh\n\n" + "Maria Nilsson\nKontaktperson ESF-rådet\nTelefon: 08-579 171 00\nE-post: maria.nilsson@esf.se\n", true},
			{"phone below", page + "\nSkickat från min iPhone\n", true},
			{"outlook reply", "Hej,\n\nSe nedan.\n\nMed vänlig hälsning\n" + sig + "\nFrån: Ola Johnsson <ola.johnsson@trelleborg.se>\nSkickat: den 5 mars 2024 10:12\nTill: Maria Nilsson\nÄmne: Projektsidan\n\n" + page, false},
			{"reply inside", facts + "\nKind regards\nJohn Smith\n\nFrom: Ola Johnsson <ola.johnsson@trelleborg.se>\nSent: Tuesday, March 5, 2024 10:12 AM\nTo: John Smith\nSubject: Project page\n\n" + text, false},
		}
		for _, s := range shapes {
			rec := parseOne(t, "mail.txt", []byte(s.text))
			got := jsonMap(t, rec)
			for k, v := range want {
				if k == "source" || k == "warnings" || k == "raw" || jsonString(got[k]) == jsonString(v) {
					continue
				}
				if s.exact || !slices.ContainsFunc(rec.Warnings, func(w Warning) bool { return w.Key.String() == k }) {
					t.Errorf("%s, %s: %s = %.60s, want %.60s (%v)", seed, s.name, k, jsonString(got[k]), jsonString(v), rec.Warnings)
				}
			}
		}
	}
}

// TestParagraphBelowSignature pins where the text below a mail's
// signature is read as the page's: a paragraph of minAttachedParagraph
// bytes, below no more than maxSenderLines of the sender's; else its
// first sentence is named.
func TestParagraphBelowSignature(t *testing.T) {
	sentence := func(n int) string {
		s := "Projektet ska ge deltagarna en bättre chans att få ett arbete i kommunen"
		return s + strings.Repeat("a", n-len(s)-1) + "."
	}
	sender := func(n int) string {
		var b strings.Builder
		for i := range n {
			fmt.Fprintf(&b, "Enhet %d\n", i+1)
		}
		return b.String()
	}
	tests := []struct {
		name      string
		lines     string // the sender's lines below the closing
		paragraph string
		read      bool
	}{
		{"paragraph one under", sender(1), sentence(99), false},
		{"paragraph at", sender(1), sentence(100), true},
		{"sender's lines at", sender(maxSenderLines), sentence(minAttachedParagraph), true},
		{"sender's lines one over", sender(maxSenderLines + 1), sentence(minAttachedParagraph), false},
		{"a sender's sentence", "Ring mig om något är oklart i ansökan, jag sitter på kontoret hela veckan.\n", sentence(minAttachedParagraph), false},
		{"a reply's header", "Från: Ola Johnsson\n", sentence(minAttachedParagraph), false},
		{"a wrapped paragraph", sender(2), strings.Replace(sentence(minAttachedParagraph+20), " en ", "\nen ", 1), true},
	}
	for _, tt := range tests {
		in := "Egenmakt\n\nProjektnummer: 2020/00634\nNamn: Egenmakt\nRegion: Sydsverige\n\nMvh\n" + tt.lines + "\n" + tt.paragraph + "\n"
		rec := parseOne(t, "mail.txt", []byte(in))
		line := strings.Count(in, "\n") - strings.Count(tt.paragraph, "\n")
		switch {
		case tt.read && deref(rec.Summary) != tt.paragraph && deref(rec.Summary) != strings.ReplaceAll(tt.paragraph, "\n", " "):
			t.Errorf("%s: summary = %q, want the paragraph", tt.name, deref(rec.Summary))
		case tt.read && len(rec.Warnings) > 0:
			t.Errorf("%s: %v", tt.name, rec.Warnings)
		case !tt.read && rec.Summary != nil:
			t.Errorf("%s: summary = %q, want none", tt.name, deref(rec.Summary))
		case !tt.read && !slices.ContainsFunc(rec.Warnings, func(w Warning) bool { return w.Key == KeySummary && w.Line <= line && w.Line > line-3 }):
			t.Errorf("%s: the text below the signature not named near line %d: %v", tt.name, line, rec.Warnings)
		}
	}
}

// TestMailNotice reads the notice a mail's server puts below the
// signature, above a page's text attached with no heading: passed over
// and named, the text below it the page's.
func TestMailNotice(t *testing.T) {
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"Detta e-postmeddelande är konfidentiellt och endast avsett för adressaten.", true},
		{"När du skickar e-post till Perstorps kommun behandlar vi dina personuppgifter.", true},
		{"This email and any attachments are confidential.", true},
		{"Please consider the environment before printing this e-mail.", true},
		{"Projektet når deltagarna med ett meddelande varje vecka.", false},               // the mail named, no notice
		{"Projektet ska vara tillgängligt för alla mottagare av stöd i regionen.", false}, // a notice's word, no mail
	} {
		if got := mailNotice(tt.text); got != tt.want {
			t.Errorf("mailNotice(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
	// Above the text with no heading, and above its "Sammanfattning".
	for _, seed := range []string{seed2021, seedGlued} {
		page := string(seedLinesWith(t, seed))
		facts, text := factsAndText(t, page)
		want := parseOne(t, seed, []byte(page))
		const notice = "Detta e-postmeddelande och eventuella bilagor är konfidentiella och endast avsedda för adressaten.\nOm du fått det av misstag, radera det."
		in := facts + "\nMed vänlig hälsning\nMaria Nilsson\n\n" + notice + "\n\n" + text
		rec := parseOne(t, "mail.txt", []byte(in))
		if deref(rec.Summary) != deref(want.Summary) || deref(rec.Background) != deref(want.Background) {
			t.Errorf("%s: summary = %.60q, want %.60q", seed, deref(rec.Summary), deref(want.Summary))
		}
		line := 1 + strings.Count(in[:strings.Index(in, notice)], "\n")
		if !hasWarningOn(rec.Warnings, line, KeySummary, "the mail's notice") {
			t.Errorf("%s: the notice not named on line %d: %v", seed, line, rec.Warnings)
		}
	}
}

// TestTrailingNotice reads a mail's notice below a page mailed with no
// signature: the page's text ends above it, and it is named; a paragraph
// of the text that names a mail and a notice's word, not opened as a
// notice is, stays the text's.
func TestTrailingNotice(t *testing.T) {
	const head = "2020/00634 - Framtidsresan\n\nProjektnummer:\n2020/00634\n\nFörstudien är förankrad i Perstorps kommunledning.\n\n"
	for _, tt := range []struct {
		tail    string
		summary string // the summary's last words
		named   bool
	}{
		{"Detta e-postmeddelande är konfidentiellt och endast avsett för mottagaren.", "kommunledning.", true},
		{"This e-mail is confidential and intended for the addressee only.\nIf you received it in error, delete it.", "kommunledning.", true},
		{"Detta e-postmeddelande kan innehålla konfidentiell information.\n\nThis email may contain confidential information.", "kommunledning.", true},
		// A notice's opening without a mail named, and the text's own.
		{"Detta projekt är konfidentiellt.", "konfidentiellt.", false},
		{"Resultaten sprids via e-post till mottagare i regionen.", "regionen.", false},
		{"Sekretess gäller för deltagarnas uppgifter, som når projektet per mejl.", "mejl.", false},
		{"Tänk på miljön när du reser till projektets träffar.", "träffar.", false},
		{"Informationen i detta projekt sprids via e-post till alla mottagare i regionen.", "regionen.", false},
		{"Tänk på miljön, projektet skickar kallelser via e-post i stället för brev.", "brev.", false},
		{"Konfidentialitet är viktig, deltagarnas uppgifter skickas aldrig via e-post.", "e-post.", false},
		{"Detta meddelande riktar sig till alla mottagare av försörjningsstöd i kommunen.", "kommunen.", false}, // a notice's opening, no notice's word
		{"Detta meddelande är konfidentiellt.", "kommunledning.", true},
	} {
		rec := parseOne(t, "mail.txt", []byte(head+tt.tail+"\n"))
		if got := deref(rec.Summary); !strings.HasSuffix(got, tt.summary) {
			t.Errorf("%.40q: summary ends %q, want %q", tt.tail, got, tt.summary)
		}
		if got := hasWarningOn(rec.Warnings, 8, KeySummary, "a mail's notice"); got != tt.named {
			t.Errorf("%.40q: notice named %v, want %v (%v)", tt.tail, got, tt.named, rec.Warnings)
		}
	}
}

// TestSlashSignOff reads the sender's name after one or two slashes as a
// mail's signature, which ends the page's text; a path is none.
func TestSlashSignOff(t *testing.T) {
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"/Maria", true},
		{"//Ola Johnsson", true},
		{"/ Anna-Karin", true},
		{"/Maria Nilsson Berg", true},
		{"/Maria Nilsson Berg Ek", false}, // four words
		{"/projekt/esf", false},
		{"/Maria /Ola", false},
		{"/Projekt 2", false},
		{"/", false},
		{"/" + strings.Repeat("A", signatureLen), false},
	} {
		if got := isSignature(tt.line, tt.line); got != tt.want {
			t.Errorf("isSignature(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
	rec := parseOne(t, "mail.txt", []byte("2020/00634 - Framtidsresan\n\nProjektnummer:\n2020/00634\n\nFörstudien är förankrad i Perstorps kommunledning.\n\n/Maria\n"))
	if got := deref(rec.Summary); got != "Förstudien är förankrad i Perstorps kommunledning." {
		t.Errorf("summary = %q", got)
	}
}
