package parser

import (
	"encoding/json"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// followUpHead and followUpFoot are a follow-up letter's lines round the
// fields merged into it.
const (
	followUpHead = "Perstorps kommun, Arbetsmarknadsenheten\nAtt: Peter Lindow\n28485\n\nStockholm 2024-01-11\n\n" +
		"Uppföljning av projekt Framtidsresan (2020/00634)\n\nHej Peter Lindow!\n\n" +
		"Svenska ESF-rådet följer upp projekt som fått stöd ur socialfonden. Nedan återges de uppgifter om projektet som finns i projektbanken.\n\n" +
		"Registrerade uppgifter\n\n"
	followUpFoot = "\nMed vänliga hälsningar\n\nErik Sandberg\nUtvärderare, Svenska ESF-rådet\n\nBilaga: projektbeskrivning ur projektbanken\n\n"
)

// letterOf returns a seed page merged into a letter: its fields, each a
// line, between the letter's head and foot, its texts after them, as a
// letter's attachment.
func letterOf(t *testing.T, seed string, tabs bool) string {
	t.Helper()
	page := strings.TrimRight(seedPage(t, seed), "\n") + "\n"
	_, rest, _ := strings.Cut(page, "\n\n") // the title, the merge's subject
	lines := strings.Split(rest, "\n")
	var fields []string
	sep := " "
	if tabs {
		sep = "\t"
	}
	i := 0
	for ; i < len(lines) && strings.HasSuffix(lines[i], ":"); i++ {
		if i+1 < len(lines) && strings.HasSuffix(lines[i+1], ":") {
			fields = append(fields, lines[i]) // a label with no value
			continue
		}
		fields = append(fields, lines[i]+sep+lines[i+1])
		i++
	}
	return followUpHead + strings.Join(fields, "\n") + "\n" + followUpFoot + strings.TrimLeft(strings.Join(lines[i:], "\n"), "\n")
}

// TestMergeLetters holds a seed page merged into a letter, and a batch of
// letters in one file, to the pages alone: the letters' lines are left
// out, named, and none of them reaches a record.
func TestMergeLetters(t *testing.T) {
	for _, tt := range []struct {
		name  string
		in    string
		seeds []string
	}{
		{"a letter, a field a line", letterOf(t, seed001, false), []string{seed001}},
		{"a letter, fields a tab apart", letterOf(t, seed001, true), []string{seed001}},
		{"a batch parted by page breaks", letterOf(t, seed001, false) + "\f\n" + letterOf(t, seed000, false), []string{seed001, seed000}},
		{"a batch run together", letterOf(t, seed000, false) + "\n" + letterOf(t, seed001, false), []string{seed000, seed001}},
		{"a letter's sentence after the fields", strings.Replace(letterOf(t, seed001, false), "\nMed vänliga", "\nHör gärna av er om något av detta inte stämmer med era uppgifter.\n\nMed vänliga", 1), []string{seed001}},
		{"an e-mail's letter, its greeting first", letterOf(t, seed001, false)[strings.Index(followUpHead, "Hej"):], []string{seed001}},
	} {
		recs := mustParse(t, []byte(tt.in))
		if len(recs) != len(tt.seeds) {
			t.Errorf("%s: %d records, want %d", tt.name, len(recs), len(tt.seeds))
			continue
		}
		for i, seed := range tt.seeds {
			if !slices.ContainsFunc(recs[i].Warnings, func(w Warning) bool { return w.Message == mergeNote }) {
				t.Errorf("%s: letter %d is not named", tt.name, i+1)
			}
			want := fieldsOf(t, mustParse(t, []byte(seedPage(t, seed))))
			if got := fieldsOf(t, recs[i:i+1]); got != want {
				t.Errorf("%s: letter %d read as\n%s\nwant the page alone:\n%s", tt.name, i+1, got, want)
			}
		}
	}
}

// fieldsOf is a record's fields as JSON, without its source and warnings.
func fieldsOf(t testing.TB, recs []*Project) string {
	t.Helper()
	var b strings.Builder
	for _, rec := range recs {
		m := jsonMap(t, rec)
		delete(m, "source")
		delete(m, "warnings")
		data, _ := json.Marshal(m)
		b.Write(data)
	}
	return b.String()
}

// TestMergedValues reads the values a merge writes from a sheet's cells
// as the sheet shows them, each named on its line.
func TestMergedValues(t *testing.T) {
	head := "Kristianstads kommun\n\nStockholm 2024-05-23\n\nHej projektägare!\n\n"
	in := head + "Namn: Within\nStartdatum: 3/1/2024\nSlutdatum: 46387\nUnionens medfinansieringsgrad: 0.4\n" + followUpFoot
	recs := mustParse(t, []byte(in))
	if len(recs) != 1 {
		t.Fatalf("%d records, want 1", len(recs))
	}
	r := recs[0]
	if r.StartDate == nil || *r.StartDate != "2024-03-01" || r.EndDate == nil || *r.EndDate != "2026-12-31" || r.EUCofinancingRatePct == nil || *r.EUCofinancingRatePct != 40 {
		t.Errorf("read as %v, %v, %v; want 2024-03-01, 2026-12-31, 40", r.StartDate, r.EndDate, r.EUCofinancingRatePct)
	}
	for line, key := range map[int]Key{8: KeyStartDate, 9: KeyEndDate, 10: KeyCofinancingRate} {
		if !hasWarningOn(r.Warnings, line, key, "as a mail merge writes") {
			t.Errorf("line %d is not named: %v", line, r.Warnings)
		}
	}
}

func TestMergedValue(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"Startdatum: 3/1/2024", "Startdatum: 2024-03-01"},
		{"Projektperiod:\t3/1/2024 - 12/31/2026", "Projektperiod:\t2024-03-01 - 2026-12-31"},
		{"Startdatum: 13/1/2024", "Startdatum: 13/1/2024"}, // no month 13: as written
		{"Startdatum: " + strconv.Itoa(minSerial-1), "Startdatum: " + strconv.Itoa(minSerial-1)},
		{"Startdatum: 45292", "Startdatum: 2024-01-01"},
		{"Startdatum: " + strconv.Itoa(minSerial), "Startdatum: 1982-02-18"},
		{"Startdatum: " + strconv.Itoa(maxSerial), "Startdatum: 2064-04-08"},
		{"Startdatum: " + strconv.Itoa(maxSerial+1), "Startdatum: " + strconv.Itoa(maxSerial+1)},
		{"Unionens medfinansieringsgrad: 0.85", "Unionens medfinansieringsgrad: 85%"},
		{"Unionens medfinansieringsgrad: 0,4", "Unionens medfinansieringsgrad: 40%"},
		{"Unionens medfinansieringsgrad: 1", "Unionens medfinansieringsgrad: 1"},
		{"Total projektbudget: 0.4", "Total projektbudget: 0.4"}, // no rate's field
	} {
		if got := mergedValue(tt.in); got != tt.want {
			t.Errorf("mergedValue(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestMergeEdges holds the letter's thresholds one under and one over: a
// head's lines, the body's, a greeting's words, a signature's lines.
func TestMergeEdges(t *testing.T) {
	fields := "Namn: A\nRegion: Sydsverige\n"
	letter := func(headLines, bodyLines int, greet string) string {
		head := strings.Repeat("Adressrad\n", headLines-1) + "Stockholm 2024-01-11\n\n"
		body := strings.Repeat("Ett stycke i brevet.\n", bodyLines)
		return head + greet + "\n" + body + fields + "\nMed vänliga hälsningar\nErik\n"
	}
	// read is whether the letter is read, head whether its head is left
	// out with it.
	for _, tt := range []struct {
		name       string
		in         string
		read, head bool
	}{
		{"maxLetterHead lines of head", letter(maxLetterHead, 1, "Hej Anna!"), true, true},
		{"maxLetterHead+1 lines of head: the head kept", letter(maxLetterHead+1, 1, "Hej Anna!"), true, false},
		{"no date above the greeting: the head kept", strings.Replace(letter(2, 1, "Hej Anna!"), "Stockholm 2024-01-11", "Stockholm", 1), true, false},
		{"maxLetterBody lines of body", letter(2, maxLetterBody, "Hej Anna!"), true, true},
		{"maxLetterBody+1 lines of body", letter(2, maxLetterBody+1, "Hej Anna!"), false, false},
		{"a greeting of maxGreetingWords", letter(2, 1, "Hej"+strings.Repeat(" Anna", maxGreetingWords-1)+"!"), true, true},
		{"a greeting of maxGreetingWords+1", letter(2, 1, "Hej"+strings.Repeat(" Anna", maxGreetingWords)+"!"), false, false},
		{"no closing below the fields", strings.Replace(letter(2, 1, "Hej Anna!"), "Med vänliga hälsningar", "Vi hörs", 1), false, false},
		{"a section's heading above the closing", strings.Replace(letter(2, 1, "Hej Anna!"), "Med vänliga hälsningar", "Sammanfattning\nText.\nMed vänliga hälsningar", 1), false, false},
		{"the site's line above the fields", strings.Replace(letter(2, 1, "Hej Anna!"), "Hej Anna!\n", "Hej Anna!\nLogotyp på utskrifter\n", 1), false, false},
	} {
		got, ok := stripMergeLetters(tt.in)
		if ok != tt.read || ok && strings.Contains(got, "Adressrad") == tt.head {
			t.Errorf("%s: stripMergeLetters = %q, %v; want read %v, head left out %v", tt.name, got, ok, tt.read, tt.head)
		}
		if ok && !strings.Contains(got, fields) {
			t.Errorf("%s: the fields left out: %q", tt.name, got)
		}
	}
	sig := func(n int) string {
		return "Stockholm 2024-01-11\nHej!\n" + fields + "Med vänliga hälsningar\n" + strings.Repeat("Rad\n", n) + "Bakgrund\n"
	}
	if got, _ := stripMergeLetters(sig(maxSignature)); !strings.HasSuffix(got, "\nBakgrund\n") || strings.Contains(got, "Rad") {
		t.Errorf("a signature of maxSignature lines: %q", got)
	}
	if got, _ := stripMergeLetters(sig(maxSignature + 1)); !strings.HasSuffix(got, "\nRad\nBakgrund\n") {
		t.Errorf("a signature of maxSignature+1 lines: %q", got)
	}
}

// TestMergeOwnWords holds a page's own words that a letter's would be to
// what they read as today: a greeting in its text, a closing with no
// greeting above the fields, a mail's greeting above the page's title.
func TestMergeOwnWords(t *testing.T) {
	for _, in := range []string{
		"Namn: A\nRegion: Sydsverige\n\nBakgrund\nHej alla!\nText.\nMed vänliga hälsningar\n",
		"Stockholm 2024-01-11\nNamn: A\nRegion: Sydsverige\nMed vänliga hälsningar\nAnna\n",
		"Hej Karin,\n\nHär är sidan:\n\n2020/00634 - Framtidsresan\n\nProjektnummer: 2020/00634\nNamn: Framtidsresan\n\nMvh\nErik\n",
		// The page copied whole into a mail: the site's own line above
		// its title, its text between its fields and the closing.
		"Hej,\n\nhär är sidan:\n\nLogotyp på utskrifter\n\nWithin Kompetens\n\nRegion\nSydsverige\n\nMed vänliga hälsningar\nErik\n",
		"Hej,\n\nhär är sidan:\n\nWithin Kompetens\n\nRegion\nSydsverige\n\nSammanfattning\n\nText.\n\nMed vänliga hälsningar\nErik\n",
	} {
		if got, ok := stripMergeLetters(in); ok {
			t.Errorf("stripMergeLetters(%q) = %q, want the page as it is", in, got)
		}
	}
}
