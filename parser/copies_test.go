package parser

import (
	"fmt"
	"strings"
	"testing"
)

// TestMergeCopies holds a saved page's copies of one project's facts to
// one record, and pages of two projects, or text pasted twice, to two.
func TestMergeCopies(t *testing.T) {
	dl := func(rows ...string) string {
		var b strings.Builder
		b.WriteString("<dl>\n")
		for i := 0; i+1 < len(rows); i += 2 {
			fmt.Fprintf(&b, "<dt>%s</dt><dd>%s</dd>\n", rows[i], rows[i+1])
		}
		b.WriteString("</dl>\n")
		return b.String()
	}
	// A field each, to count them.
	facts := []string{"Projektägare", "Trelleborgs kommun", "Total projektbudget", "820 090 kr", "Kontaktperson", "Ola Johnsson", "E-post", "ola.johnsson@trelleborg.se", "Utlysning", "2015/00538"}
	page := func(parts ...string) []byte {
		return []byte("<html><body>\n" + strings.Join(parts, "\n") + "\n<p>Projektet ska ge unga i Trelleborg en väg till arbete.</p>\n</body></html>\n")
	}
	tests := []struct {
		name    string
		html    []byte
		records int
		warn    WarningKind // a warning of this kind on the first record
	}{
		{"one id, twice", page("<h1>2015/00764 - Within</h1>", dl(append([]string{"Projektnummer", "2015/00764"}, facts...)...), "<div>"+dl(append([]string{"Projektnummer", "2015/00764"}, facts...)...)+"</div>"), 1, WarnPage},
		{"two ids", page("<h1>2015/00764 - Within</h1>", dl(append([]string{"Projektnummer", "2015/00764"}, facts...)...), "<h2>2015/00765 - Without</h2>", dl(append([]string{"Projektnummer", "2015/00765"}, facts...)...)), 2, 0},
		{"no id, minCopyFields facts alike", page("<h1>Egenmakt</h1>", dl(facts[:2*minCopyFields]...), "<h2>Utskriftsversion</h2>", dl(facts[:2*minCopyFields]...)), 1, WarnConflict},
		{"no id, minCopyFields-1 facts alike", page("<h1>Egenmakt</h1>", dl(facts[:2*(minCopyFields-1)]...), "<h2>Utskriftsversion</h2>", dl(facts[:2*(minCopyFields-1)]...)), 2, 0},
		{"no id, a fact that differs", page("<h1>Egenmakt</h1>", dl(facts...), "<h2>Utskriftsversion</h2>", dl(append(facts[:8:8], "Utlysning", "2015/00539")...)), 2, 0},
		{"one id, a value that differs", page("<h1>2015/00764 - Within</h1>", dl(append([]string{"Projektnummer", "2015/00764"}, facts...)...), "<div>"+dl(append([]string{"Projektnummer", "2015/00764"}, append(facts[:8:8], "Utlysning", "2015/00539")...)...)+"</div>"), 1, WarnConflict},
	}
	for _, tt := range tests {
		recs, err := Parse("page.html", tt.html, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if len(recs) != tt.records {
			t.Errorf("%s: %d records, want %d", tt.name, len(recs), tt.records)
			continue
		}
		if tt.warn != 0 && !slicesContainsKind(recs[0].Warnings, tt.warn) {
			t.Errorf("%s: no %v warning in %v", tt.name, tt.warn, recs[0].Warnings)
		}
		if tt.records == 1 && (recs[0].Summary == nil || recs[0].ContactName == nil || *recs[0].ContactName != "Ola Johnsson") {
			t.Errorf("%s: summary %v, contact %v", tt.name, recs[0].Summary, recs[0].ContactName)
		}
	}
	// Text is read as it was written: a page pasted twice is two.
	text := "2015/00764 - Within\n\nProjektnummer: 2015/00764\nProjektägare: Trelleborgs kommun\nRegion: Sydsverige\n"
	if recs, _ := Parse("pages.txt", []byte(text+"\n"+text), Options{}); len(recs) != 2 {
		t.Errorf("text pasted twice: %d records, want 2", len(recs))
	}
}

func slicesContainsKind(ws []Warning, k WarningKind) bool {
	for _, w := range ws {
		if w.Kind == k {
			return true
		}
	}
	return false
}

// TestPageTopGluedToValue splits a glued page's last field from the next
// page's top pasted onto it with no line end between.
func TestPageTopGluedToValue(t *testing.T) {
	text := "Logotyp på utskrifter\n\nEgenmakt\n\nProjektfasFörprojektering\nProjektägareArbete och Försörjning\nRegionSydsverigeLogotyp på utskrifter\n\nWithin Kompetens\n\nProgramområde\n1.1 Kompetensförsörjning\nRegion\nSydsverige\nProjektnummer\n2015/00764\nProjektägare\nKristianstads kommun\n"
	recs, err := Parse("pages.txt", []byte(text), Options{})
	if err != nil || len(recs) != 2 {
		t.Fatalf("%v, %d records", err, len(recs))
	}
	if recs[0].Region == nil || *recs[0].Region != "Sydsverige" || recs[0].ID != nil || recs[1].ID == nil || *recs[1].ID != "2015/00764" || recs[1].Source.Line != 7 {
		t.Errorf("%+v\n%+v", recs[0], recs[1])
	}
}

// TestPagesPastedEdges holds three ways pages stand together to one
// record each: head's and tail's "==> file <==" between them, a browser
// printout's title line between them, and the next page's "ID - Name"
// title glued to a field's value.
func TestPagesPastedEdges(t *testing.T) {
	first := "Egenmakt\n\nProjektfasFörprojektering\nProjektägareArbete och Försörjning\nRegionSydsverige"
	second := "23-107-S06 - Digga Perstorps Personal\n\nDiarienummer:\n23-107-S06\nProjektägare:\nPERSTORPS KOMMUN\nRegion:\nSydsverige\n"
	for name, text := range map[string]string{
		"tail's file names":  "==> a.txt <==\n" + first + "\n\n==> b.txt <==\n" + second,
		"a printout's title": first + "\n\n2024-05-03 10:12\nESF-rådet - Projektbanken\n\n" + second,
		"a title glued":      first + second,
	} {
		recs, err := Parse("pages.txt", []byte(text), Options{})
		if err != nil || len(recs) != 2 {
			t.Errorf("%s: %v, %d records", name, err, len(recs))
			continue
		}
		a, b := recs[0], recs[1]
		if a.ID != nil || a.Summary != nil || b.ID == nil || *b.ID != "23-107-S06" || b.Name == nil || *b.Name != "Digga Perstorps Personal" {
			t.Errorf("%s:\n%+v\n%+v", name, a, b)
		}
	}
}

// TestMergeCopyWarnings holds what a merged copy says: the copy's line on
// the id, or on the name for a page with no id; the copy's own warnings
// but the page's; and each value the two give differently, as written,
// not as a pointer.
func TestMergeCopyWarnings(t *testing.T) {
	dst := &Project{Source: Source{Line: 1}}
	id := "2015/00764"
	dst.ID = &id
	budget, budget2 := int64(820090), int64(900000)
	call, call2 := "2015/00538", "2015/00539"
	dst.TotalBudgetSEK, dst.CallID = &budget, &call
	src := &Project{Source: Source{Line: 20}, TotalBudgetSEK: &budget2, CallID: &call2, ID: &id}
	src.Lines[KeyTotalBudget], src.Lines[KeyCallID] = 22, 23
	src.Warnings = []Warning{
		{Position: Position{Line: 20}, Key: KeyName, Kind: WarnPage, Message: "no title stands above the field block of this page"},
		{Position: Position{Line: 24}, Key: KeyRegion, Kind: WarnValue, Message: "kept"},
	}
	mergeCopy(dst, src)
	var page, budgetW, callW, kept bool
	for _, w := range dst.Warnings {
		switch {
		case w.Kind == WarnPage && w.Key == KeyID && w.Line == 20:
			page = true
		case w.Kind == WarnPage:
			t.Errorf("the copy's page warning kept: %v", w)
		case w.Key == KeyTotalBudget && strings.Contains(w.Message, "is 900000 here and 820090 on line"):
			budgetW = true
		case w.Key == KeyCallID && strings.Contains(w.Message, `is "2015/00539" here and "2015/00538" on line`):
			callW = true
		case w.Message == "kept":
			kept = true
		}
	}
	if !page || !budgetW || !callW || !kept {
		t.Errorf("page %v, budget %v, call %v, kept %v: %v", page, budgetW, callW, kept, dst.Warnings)
	}
	// No id: the copy is said on the name.
	noID := &Project{Source: Source{Line: 1}}
	mergeCopy(noID, &Project{Source: Source{Line: 9}})
	if len(noID.Warnings) != 1 || noID.Warnings[0].Key != KeyName {
		t.Errorf("no id: %v", noID.Warnings)
	}
}
