package parser

import (
	"slices"
	"strings"
	"testing"
)

func TestStripOrg(t *testing.T) {
	tests := []struct {
		name, in, want string
		ok             bool
	}{
		{"a drawer under the title's heading",
			"#+TITLE: Within\n* Within\n:PROPERTIES:\n:Region: Sydsverige\n:Beviljat_ESF-stöd: =7 380 388 kr=\n:END:\n** Bakgrund   :esf:\nText.\n",
			"\n* Within\n\nRegion: Sydsverige\nBeviljat ESF-stöd: 7 380 388 kr\n\n** Bakgrund\nText.\n", true},
		{"the title only in the settings", "#+TITLE: Within\n#+DATE: [2024-05-02]\nRegion: Sydsverige\n", "Within\n\nRegion: Sydsverige\n", true},
		{"one settings line", "#+TITLE: Within\nRegion: Sydsverige\n", "", false},
		{"two headings with tags", "* Within :esf:\n** Bakgrund :esf:x_1:\nText.\n", "* Within\n** Bakgrund\nText.\n", true},
		{"one heading with tags", "* Within :esf:\nText.\n", "", false},
		{"one heading with tags and a description list",
			"* Within\n- Region :: Sydsverige\n- Projektägare :: ~Kristianstads kommun~\n** Bakgrund :esf:\n",
			"* Within\nRegion: Sydsverige\nProjektägare: Kristianstads kommun\n** Bakgrund\n", true},
		{"a description list alone is a list's", "- Region :: Sydsverige\n- Kommun :: Lund\n", "", false},
		{"a heading's colon is no tag", "* Syfte: att :lära:\n* Mål: :x:\n", "* Syfte: att\n* Mål:\n", true},
		{"a task's state, its planning, its id",
			"* DONE [#A] Within :esf:\n  CLOSED: [2024-03-12 tis 10:17] SCHEDULED: <2024-03-01 fre>\n  :PROPERTIES:\n  :CUSTOM_ID: within\n  :Region: Sydsverige\n  :END:\n",
			"* Within\n\n\n\nRegion: Sydsverige\n\n", true},
		{"a task's state and its planning tell Org", "* TODO Within\nSCHEDULED: <2024-04-02 tis>\nRegion: Sydsverige\n", "* Within\n\nRegion: Sydsverige\n", true},
		{"a task's log", "* DONE Within\nCLOSED: [2024-03-12 tis]\n:LOGBOOK:\n- State \"DONE\" from \"TODO\" [2024-03-12 tis]\nCLOCK: [2024-03-12 tis 09:00]--[2024-03-12 tis 10:00] =>  1:00\n:END:\nRegion: Sydsverige\n",
			"* Within\n\n\n\n\n\nRegion: Sydsverige\n", true},
		{"a planning line right below its heading", "* Within\nDEADLINE: <2024-05-01 ons>\nRegion: Sydsverige\n", "* Within\n\nRegion: Sydsverige\n", true},
		{"a task's state alone is a note's bullet", "* DONE ring Peter\nRegion: Sydsverige\n-- \nAnna\n", "", false},
		{"a heading of tags alone", "* TODO Ring\nCLOSED: [2024-03-12 tis]\n* :esf:\n", "* Ring\n\n*\n", true},
		{"a table's header of column names and its rule",
			"* DONE Within\nCLOSED: [2024-03-12 tis]\n  | Fält | Värde |\n  |------+-------|\n  | Region | Sydsverige |\n",
			"* Within\n\n\n\n  | Region | Sydsverige |\n", true},
		{"a table whose first row is a field's",
			"* DONE Within\nCLOSED: [2024-03-12 tis]\n| Region | Sydsverige |\n|--------+------------|\n| Projektägare | Lund |\n",
			"* Within\n\n| Region | Sydsverige |\n\n| Projektägare | Lund |\n", true},
		{"links and dashes as Org shows them",
			"* DONE Within\nCLOSED: [2024-03-12 tis]\n[[https://www.esf.se/en/][In English]] och [[https://esf.se]]\nett -- två --\n-- \n",
			"* Within\n\nIn English och https://esf.se\nett – två –\n-- \n", true},
		{"a word in capitals is no task's state", "* DONER Within\nText.\n", "", false},
	}
	for _, tt := range tests {
		got, ok := stripOrg(tt.in)
		if ok != tt.ok || ok && got != tt.want {
			t.Errorf("%s: stripOrg = %q, %v; want %q, %v", tt.name, got, ok, tt.want, tt.ok)
		}
	}
}

func TestOrgParts(t *testing.T) {
	for _, tt := range []struct {
		in, heading string
		tagged      bool
	}{
		{"** Bakgrund :esf:", "** Bakgrund", true},
		{"** Bakgrund\t:esf:proj:", "** Bakgrund", true},
		{"** Bakgrund :e f:", "** Bakgrund :e f:", false},
		{"** Bakgrund ::", "** Bakgrund ::", false},
		{"** Bakgrund:esf:", "** Bakgrund:esf:", false},
		{"** Bakgrund", "** Bakgrund", false},
	} {
		if h, ok := cutOrgTags(tt.in); h != tt.heading || ok != tt.tagged {
			t.Errorf("cutOrgTags(%q) = %q, %v; want %q, %v", tt.in, h, ok, tt.heading, tt.tagged)
		}
	}
	for in, want := range map[string]bool{":PROPERTIES:": true, ":END:": true, ":LOG_BOOK:": true, ":Region:": false, "::": false, ":END": false} {
		if orgDrawerMark(in) != want {
			t.Errorf("orgDrawerMark(%q) = %v", in, !want)
		}
	}
	for in, want := range map[string]string{"#+TITLE: x": "TITLE", "#+title: x": "TITLE", "#+FILE_TAGS: :a:": "FILE_TAGS", "#+ x: y": "", "# x: y": "", "#+TITLE x": ""} {
		if got := orgSetting(in); got != want {
			t.Errorf("orgSetting(%q) = %q, want %q", in, got, want)
		}
	}
	for in, want := range map[string]int{"- Region :: Sydsverige": 8, "  + Region :: x": 10, "- :: x": -1, "Region :: x": -1, "-Region :: x": -1} {
		if got := orgDescription(in); got != want {
			t.Errorf("orgDescription(%q) = %d, want %d", in, got, want)
		}
	}
	for in, want := range map[string]string{"=23-038-S06=": "23-038-S06", "~x~": "x", "*A*": "A", "/A/": "A", "_A_": "A", "==": "==", "=a=b=": "=a=b=", "a=": "a="} {
		if got := orgUnmarked(in); got != want {
			t.Errorf("orgUnmarked(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestOrgPage reads an Org file's page end to end.
func TestOrgPage(t *testing.T) {
	page := "#+TITLE: Within Kompetens\n#+FILETAGS: :esf:\n\n* Within Kompetens\n:PROPERTIES:\n:Projektnummer: 2015/00764\n:Region: Sydsverige\n:Projektägare: Kristianstads kommun\n:END:\n\n** Sammanfattning :esf:\nVi utreder.\n"
	rec := mustParse(t, []byte(page))[0]
	if rec.Name == nil || *rec.Name != "Within Kompetens" || rec.Owner == nil || *rec.Owner != "Kristianstads kommun" || rec.Summary == nil || strings.TrimSpace(*rec.Summary) != "Vi utreder." {
		t.Errorf("name %v, owner %v, summary %v", rec.Name, rec.Owner, rec.Summary)
	}
	if pasteSigns(page)&signOrg == 0 || pasteSigns(strings.ReplaceAll(page, "\n", "\r\n"))&signOrg == 0 {
		t.Error("an Org file is not signed")
	}
}

func TestOrgPlanning(t *testing.T) {
	for in, want := range map[string]bool{
		"SCHEDULED: <2024-04-02 tis>":                         true,
		"  CLOSED: [2024-03-12 tis 10:14]":                    true,
		"DEADLINE: <2024-05-01> SCHEDULED: <2024-04-02>":      true,
		"SCHEDULED: i april":                                  false, // no date in brackets
		"SCHEDULED: <2024-04-02":                              false, // not closed
		"Scheduled: <2024-04-02>":                             false,
		"CLOSED: [2024-03-12] Projektet avslutades i förtid.": false, // words after
		"": false,
	} {
		if got := orgPlanning(in); got != want {
			t.Errorf("orgPlanning(%q) = %v, want %v", in, got, want)
		}
	}
	for in, want := range map[string]string{
		"DONE Egenmakt": "DONE", "TODO [#A] Egenmakt": "TODO [#A]", "TODO": "TODO",
		"DONER Egenmakt": "", "Done Egenmakt": "", "Egenmakt": "",
	} {
		if got := orgKeyword(in); got != want {
			t.Errorf("orgKeyword(%q) = %q, want %q", in, got, want)
		}
	}
	// A file's own states, declared in its settings.
	declared := orgKeywords([]string{"#+TITLE: Projekt", "#+TODO: TODO VÄNTAR(v) | KLART(k@/!)", "#+SEQ_TODO: UTKAST"})
	for in, want := range map[string]string{"VÄNTAR Egenmakt": "VÄNTAR", "KLART [#B] Egenmakt": "KLART [#B]", "UTKAST Egenmakt": "UTKAST", "| Egenmakt": "", "KLAR Egenmakt": ""} {
		if got := orgKeywordOf(in, declared); got != want {
			t.Errorf("orgKeywordOf(%q, %v) = %q, want %q", in, declared, got, want)
		}
	}
	if got := orgKeyword("VÄNTAR Egenmakt"); got != "" {
		t.Errorf("orgKeyword(%q) = %q: a state no file declared", "VÄNTAR Egenmakt", got)
	}
}

// TestOrgDeclaredStates reads a heading's task state that the file
// declares itself ("#+TODO: TODO VÄNTAR | KLART") as Org's own: no word of
// the page's name.
func TestOrgDeclaredStates(t *testing.T) {
	page := "#+TITLE: ESF-projekt att följa upp\n#+TODO: TODO VÄNTAR | KLART\n\n* KLART Framtidsresan    :esf:\n  :PROPERTIES:\n  :Projektnummer: 2020/00634\n  :Region: Sydsverige\n  :END:\n"
	rec := parseOne(t, "projekt.org", []byte(page))
	if str(rec.Name) != "Framtidsresan" {
		t.Errorf("name %q, want Framtidsresan (%v)", str(rec.Name), rec.Warnings)
	}
}

// TestOrgHeadingBelowList reads an Org heading right below a list's items
// as a section of its own, not the list's next item; a heading of a list
// there opens that list.
func TestOrgHeadingBelowList(t *testing.T) {
	head := "#+TITLE: Egenmakt\n\n* Egenmakt :esf:\n:PROPERTIES:\n:Projektägare: Arbete och Försörjning\n:Region: Sydsverige\n:END:\n** Sammanfattning\nVi utreder.\n** Medfinansiärer\n   - Arbete och Försörjning\n"
	rec := mustParse(t, []byte(head+"** Anteckningar\n   - [ ] Begär slutrapport\n"))[0]
	if !slices.Equal(rec.Cofinanciers, []string{"Arbete och Försörjning"}) || len(rec.OtherSections) != 1 || rec.OtherSections[0].Heading != "Anteckningar" {
		t.Errorf("cofinanciers %q, other sections %+v", rec.Cofinanciers, rec.OtherSections)
	}
	rec = mustParse(t, []byte(head+"** Kommun\n   - Trelleborg\n"))[0]
	if !slices.Equal(rec.Cofinanciers, []string{"Arbete och Försörjning"}) || !slices.Equal(rec.Municipalities, []string{"Trelleborg"}) {
		t.Errorf("cofinanciers %q, municipalities %q", rec.Cofinanciers, rec.Municipalities)
	}
}
