package parser

import (
	"strings"
	"testing"
)

// TestObjectPrint reads objects as programs print them: each entry a
// field on its key's line, a quoted value over lines, a value as written
// to the next key, an object inside where it stands.
func TestObjectPrint(t *testing.T) {
	type warning = edgeWarning
	printed := []warning{{1, KeySource, "toString"}}
	spelled := append(printed, warning{1, KeyOwner, `written "`})
	java := "DEBUG: Projekt{projektnummer='2016/00310', projectOwner='Barn's röst', name='Unga i arbete',\n    region='Sydsverige', summary='Projektet ska hjälpa\nunga vuxna.'}\n"
	kotlin := "2024-05-04 10:04:27.361 INFO  [main] s.e.ProjectService - Loaded Projekt(projektnummer=2018/01030, projektagare=Region Västerbotten, namn=Öppna dörrar,\n    region=Mellersta Norrland, address=, kontakt=Kontakt(kontaktperson=Lars Lundgren, ePost=lars@goteborg.se))\n"
	runEdges(t, []edgeCase{
		{
			name:     "Java's toString, a value in quotes over lines, a quote inside",
			page:     java,
			want:     map[string]any{"id": "2016/00310", "owner": "Barn's röst", "name": "Unga i arbete", "region": "Sydsverige", "summary": "Projektet ska hjälpa\nunga vuxna."},
			warnings: printed,
		},
		{
			name:     "Kotlin's data class after a log line's head, values as written",
			page:     kotlin,
			want:     map[string]any{"id": "2018/01030", "owner": "Region Västerbotten", "name": "Öppna dörrar", "region": "Mellersta Norrland", "contact_name": "Lars Lundgren", "contact_email": "lars@goteborg.se"},
			warnings: spelled,
		},
		{
			name:     "Go's %+v",
			page:     "{Projektnummer:2015/00764 Namn:Unga vuxna i arbete Projektagare:Kristianstads kommun Region:Sydsverige}\n",
			want:     map[string]any{"id": "2015/00764", "name": "Unga vuxna i arbete", "owner": "Kristianstads kommun", "region": "Sydsverige"},
			warnings: spelled,
		},
		{
			name:     "Go's %#v, its strings escaped",
			page:     "main.Project{Projektnummer:\"2015/00764\", Namn:\"Ett \\\"nytt\\\" steg\", Projektagare:\"Kristianstads kommun\"}\n",
			want:     map[string]any{"id": "2015/00764", "name": `Ett "nytt" steg`, "owner": "Kristianstads kommun"},
			warnings: spelled,
		},
	})
	// Each field on its key's line.
	if rec := parseOne(t, "log.txt", []byte(java)); rec.Lines[KeyID] != 1 || rec.Lines[KeyRegion] != 2 {
		t.Errorf("id on line %d, region on %d, want 1 and 2", rec.Lines[KeyID], rec.Lines[KeyRegion])
	}
	if rec := parseOne(t, "log.txt", []byte(kotlin)); rec.Lines[KeyContactName] != 2 {
		t.Errorf("contact_name on line %d, want 2", rec.Lines[KeyContactName])
	}
}

// TestObjectPrintEdges holds what is no printed object: fewer than
// minObjectEntries entries, an object that is a part of a line, a page's
// own words in brackets.
func TestObjectPrintEdges(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"Projekt{projektnummer='2016/00310', namn='Unga', region='Sydsverige'}", true},
		{"Projekt{projektnummer='2016/00310', namn='Unga'}", false}, // two entries
		{"Projekt{projektnummer='2016/00310', namn='Unga', region='Sydsverige'} loggades", false},
		{"Exempel: Projekt{projektnummer='2016/00310', namn='Unga', region='Sydsverige'}", false},      // the page's words before it
		{"2021-02-03 10:12:01 INFO Deltagare(namn=Anna, alder=23, kommun=Perstorp)", false},            // two known labels
		{"2024/05/28 09:07:50 project: &{Namn:Unga Projektnummer:2016/00310 Region:Sydsverige}", true}, // Go's log
		{"Projektägare: Region Skåne (RS), se nedan", false},
		{"Budget (tkr: 400, varav ESF: 200, övrigt: 200)", false},
	}
	for _, tt := range tests {
		_, ok := readObjectPrint([]string{tt.line}, 0)
		if ok != tt.want {
			t.Errorf("readObjectPrint(%q) = %v, want %v", tt.line, ok, tt.want)
		}
	}
	// A page of its own round a log line with an object: the page's text.
	page := []string{"Projektnummer: 2020/00634", "Projektägare: Perstorps kommun", "", "2021-02-03 INFO Projekt{projektnummer='2016/00310', namn='Unga', region='Sydsverige'}"}
	if _, ok := readObjectPrint(page, 3); ok {
		t.Error("an object in a page's text is read as a record")
	}
	if _, ok := readObjectPrint(page[1:], 2); !ok {
		t.Error("an object below maxFieldsAround labels is not read")
	}
	// A log line's head before the object: up to 100 bytes.
	for n, want := range map[int]bool{100: true, 101: false} {
		head := "2024-05-04 10:04:27.361 INFO "
		line := head + strings.Repeat("x", n-len(head)-1) + " Projekt{projektnummer='2016/00310', namn='Unga', region='Sydsverige'}"
		if _, ok := readObjectPrint([]string{line}, 0); ok != want {
			t.Errorf("a head of %d bytes: read %v, want %v", n, ok, want)
		}
	}
}

// TestSQLInsert reads an SQL statement that inserts a row, on one line or a
// column and a value a line, a quote doubled inside a string and a string
// over lines; a statement of two rows, or of fewer values than columns, is
// none.
func TestSQLInsert(t *testing.T) {
	pretty := "INSERT INTO esf.projekt (\n    namn,\n    projektnummer,\n    projektagare,\n    region,\n    sammanfattning\n) VALUES (\n    'Barn''s röst',\n    '2017/00792',\n    NULL,\n    'Sydsverige',\n    'Projektet ska hjälpa\nunga vuxna.'\n);\n"
	rec := parseOne(t, "rad.sql", []byte(pretty))
	if deref(rec.Name) != "Barn's röst" || deref(rec.ID) != "2017/00792" || rec.Owner != nil || deref(rec.Region) != "Sydsverige" || deref(rec.Summary) != "Projektet ska hjälpa\nunga vuxna." {
		t.Errorf("name %q, id %q, owner %v, region %q, summary %q", deref(rec.Name), deref(rec.ID), rec.Owner, deref(rec.Region), deref(rec.Summary))
	}
	if rec.Lines[KeyRegion] != 11 {
		t.Errorf("region on line %d, want 11, its value's", rec.Lines[KeyRegion])
	}
	tests := []struct {
		stmt string
		want bool
	}{
		{"INSERT INTO projekt (namn, projektnummer, region) VALUES ('Unga', '2017/00792', 'Sydsverige');", true},
		{"insert into `projekt`(`namn`, `region`, `projektagare`) values ('Unga', 'Sydsverige', 'Umeå kommun')", true},
		{"INSERT INTO kommun (namn, region, invanare) VALUES ('Perstorp', 'Skåne', 7400);", false}, // two known labels
		{"INSERT INTO projekt (namn, projektnummer, region) VALUES ('Unga', '2017/00792', 'Sydsverige');\nINSERT INTO projekt (namn, projektnummer, region) VALUES ('Äldre', '2017/00793', 'Skåne');", false},
		{"INSERT INTO projekt (namn, projektnummer, region) VALUES ('Unga', '2017/00792');", false},
		{"INSERT INTO projekt (namn, region) VALUES ('Unga', 'Sydsverige'), ('Äldre', 'Skåne');", false},
		{"INSERT INTO projekt VALUES ('Unga', 'Sydsverige');", false}, // no columns named
	}
	for _, tt := range tests {
		if _, ok := readSQLInsert([]string{tt.stmt}, 0); ok != tt.want {
			t.Errorf("readSQLInsert(%q) = %v, want %v", tt.stmt, ok, tt.want)
		}
	}
	// A dump's own lines below the row are no page's.
	rec = parseOne(t, "rad.sql", []byte(strings.Replace(pretty, ");\n", ");\nCOMMIT;\n-- Dump completed\n", 1)))
	if deref(rec.Summary) != "Projektet ska hjälpa\nunga vuxna." {
		t.Errorf("summary %q, want the row's alone", deref(rec.Summary))
	}
	// A statement right below a sentence of the page is the page's text.
	if _, ok := readSQLInsert([]string{"Så här sparas raden:", tests[0].stmt}, 1); ok {
		t.Error("a statement below a sentence is read as a row")
	}
	if LooksLikeTable([]byte(pretty)) {
		t.Error("the statement is taken for a table's rows")
	}
}
