package parser

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestFormFieldName(t *testing.T) {
	for name, want := range map[string]string{
		"Namn":                               "Namn",
		"Namn_1":                             "Namn",
		"E_post_3":                           "E post",
		"NUTS_2_kod_3":                       "NUTS 2 kod",
		"Projektägare organisationsnummer":   "Projektägare organisationsnummer",
		"txtLandSomBerors":                   "Land som berors",
		"txtProjektagareOrganisationsnummer": "Projektagare organisationsnummer",
		"LandSomBerors":                      "Land som berors",
		"form1[0].Sida1[0].Projektagare[0]":  "Projektagare",
		"NUTS":                               "NUTS",
		"ESF+":                               "ESF+",
		"Programområde_":                     "Programområde ",
		"Region_x":                           "Region x",
		"programmeArea":                      "Programme area", "orgNr": "Org nr", "ePost": "E post", "chkSekundartema": "Sekundartema",
	} {
		if got := formFieldName(name); got != want {
			t.Errorf("formFieldName(%q) = %q, want %q", name, got, want)
		}
	}
}

func TestStripSettings(t *testing.T) {
	for _, tc := range []struct {
		in, want string
		ok       bool
	}{
		{"Diarienummer=23-038-S06\nNamn=Digga\nRegion = Sydsverige\nSammanfattning=Text.", "Diarienummer: 23-038-S06\nNamn: Digga\nRegion: Sydsverige\nSammanfattning: Text.", true},
		// A form's names, numbered apart and spelt without diacritics.
		{"Namn_1=Egenmakt\nProjektagare_2=Arbete\nMalsattning_3=Målet\nTillganglighet_for_personer_med_funktionsnedsattning_1=Text",
			"Namn: Egenmakt\nProjektagare: Arbete\nMalsattning: Målet\nTillganglighet for personer med funktionsnedsattning: Text", true},
		// Two are not minSettings: values may hold a sign of their own.
		{"Namn=Egenmakt\nRegion=Sydsverige\nText a=b", "", false},
		// Names esf does not know, "==" and "=>" are no settings.
		{"Namn==x\nRegion=>y\nFärg=blå\nStorlek=4\nVikt=3", "", false},
		{"a=b\nc=d\ne=f", "", false},
		{"ingen likhet här", "", false},
	} {
		got, ok := stripSettings(tc.in)
		if ok != tc.ok || ok && got != tc.want || !ok && got != tc.in {
			t.Errorf("stripSettings(%q) = %q, %v; want %q, %v", tc.in, got, ok, tc.want, tc.ok)
		}
	}
}

// TestConfigFile checks the configuration files a page is kept as: an
// ini file's sections and comments left out, its title read as the
// page's, its settings read as labels with colons; and the pages that are
// none.
func TestConfigFile(t *testing.T) {
	for _, tc := range []struct {
		in, want string
		ok       bool
	}{
		// An ini file, two known labels (minFieldRun) among three settings.
		{"; export\n\n[ESF]\nTitel = Within Kompetens\nProjektnummer = 2015/00764\nProjektägare = Kristianstads kommun\n",
			"\n\n\nWithin Kompetens\nProjektnummer: 2015/00764\nProjektägare: Kristianstads kommun\n", true},
		// Java's properties, with a setting esf does not know.
		{"# ESF-projekt\n! hämtad\ntitel=Within Kompetens\nprojektnummer=2015/00764\nprojektagare=Kristianstads kommun\nfärg=blå\n",
			"\n\nWithin Kompetens\nProjektnummer: 2015/00764\nProjektagare: Kristianstads kommun\nFärg: blå\n", true},
		// No section nor comment: a value may hold a sign of its own.
		{"Titel=Within\nProjektnummer=2015/00764\nProjektägare=Kristianstads kommun\n", "", false},
		// An ini file with colons: its sections and comments left out.
		{"; export\n[ESF]\nTitel: Gagna\nProjektnummer: 2015/00764\nRegion: Sydsverige\n", "\n\nGagna\nProjektnummer: 2015/00764\nRegion: Sydsverige\n", true},
		// A title that is not the first setting is a label esf does not know.
		{"[ESF]\nProjektnummer = 2015/00764\nTitel = Within\nRegion = Sydsverige\n", "\nProjektnummer: 2015/00764\nTitel: Within\nRegion: Sydsverige\n", true},
		// One known label: no configuration file of a page.
		{"; export\nTitel = Within\nProjektnummer = 2015/00764\nFärg = blå\n", "", false},
		// Colons and no section or comment: a page of fields, read as it is.
		{"Titel: Gagna\nProjektnummer: 2015/00764\nRegion: Sydsverige\n", "", false},
		// A line of text among them.
		{"[ESF]\nTitel: Gagna\nProjektnummer: 2015/00764\nRegion: Sydsverige\nVi ska hjälpa unga till arbete.\n", "", false},
		// esf's own names, in small letters and in an environment's
		// capitals, as the labels they stand for.
		{"[project]\nregion = \"Övre Norrland\"\nstart_date = 2011-12-01\nowner = \"Umeå kommun\"\nesf_support_sek = 10336000\n",
			"\nRegion: \"Övre Norrland\"\nStart date: 2011-12-01\nProjektägare: \"Umeå kommun\"\nEsf support sek: 10336000\n", true},
		{"# projekt.env\nREGION=Sydsverige\nSTART_DATE=2017-03-01\nOWNER=\"Umeå kommun\"\nTOTAL_BUDGET_SEK=5517737\nCOLOR=blå\n",
			"\nREGION: Sydsverige\nSTART DATE: 2017-03-01\nProjektägare: \"Umeå kommun\"\nTOTAL BUDGET SEK: 5517737\nCOLOR: blå\n", true},
	} {
		got, ok := stripSettings(tc.in)
		if ok != tc.ok || ok && got != tc.want || !ok && got != tc.in {
			t.Errorf("stripSettings(%q) = %q, %v; want %q, %v", tc.in, got, ok, tc.want, tc.ok)
		}
	}
	// A program's own section's "owner" is no project's owner.
	db := parseOne(t, "p.ini", []byte("[database]\nowner = postgres\nport = 5432\n\n[ESF]\nProjektägare = Umeå kommun\nRegion = Övre Norrland\nProjektnummer = 2015/00764\n"))
	if deref(db.Owner) != "Umeå kommun" || slices.ContainsFunc(db.Warnings, func(w Warning) bool { return strings.Contains(w.Message, "postgres") }) {
		t.Errorf("a database's owner: owner %q, %v", deref(db.Owner), db.Warnings)
	}
	own := parseOne(t, "p.toml", []byte("[project]\nname = \"Egenmakt\"\nowner = \"Umeå kommun\"\nregion = \"Övre Norrland\"\nesf_support_sek = 10336000\n"))
	if deref(own.Owner) != "Umeå kommun" || own.ESFSupportSEK == nil || *own.ESFSupportSEK != 10336000 || len(own.Extra) != 0 {
		t.Errorf("esf's own names: owner %q, support %v, extra %v", deref(own.Owner), own.ESFSupportSEK, own.Extra)
	}
	rec := parseOne(t, "p.ini", []byte("; export från projektbanken\n\n[ESF]\nTitel = Within Kompetens\nProjektnummer = 2015/00764\nProjektägare = Kristianstads kommun\n"))
	if deref(rec.Name) != "Within Kompetens" || deref(rec.ID) != "2015/00764" || deref(rec.Owner) != "Kristianstads kommun" {
		t.Errorf("name %s, id %s, owner %s", deref(rec.Name), deref(rec.ID), deref(rec.Owner))
	}
}

func TestStripFieldDump(t *testing.T) {
	in := "---\nFieldType: Text\nFieldName: Namn_1\nFieldFlags: 0\nFieldValue: Egenmakt\nFieldJustification: Left\n" +
		"---\nFieldType: Text\nFieldName: Region\nFieldFlags: 0\nFieldJustification: Left\n" +
		"---\nFieldType: Text\nFieldName: Sammanfattning\nFieldFlags: 4096\nFieldValue: Första raden\nAndra raden\nFieldJustification: Left"
	want := "\n\n\n\nNamn: Egenmakt\n\n" +
		"\n\nRegion:\n\n\n" +
		"\n\n\n\nSammanfattning: Första raden\nAndra raden\n"
	got, ok := stripFieldDump(in)
	if !ok || got != want {
		t.Errorf("stripFieldDump = %q, %v; want %q", got, ok, want)
	}
	if lines, n := strings.Count(got, "\n"), strings.Count(in, "\n"); lines != n {
		t.Errorf("stripFieldDump gave %d lines, want %d, each line keeping its number", lines, n)
	}
	// pdftk's dump without UTF-8 writes a value's line breaks as
	// character references: its words read on its one line.
	for in, want := range map[string]string{
		"Vi utreder.&#13;&#13;Mer text.":  "Vi utreder. Mer text.",
		"Inledning&#13;&#10;Under hösten": "Inledning Under hösten",
		"a&#10;b":                         "a b",
		" Sydsverige ":                    "Sydsverige",
		"Ber&#246;rd fond &#8211; ESF":    "Ber&#246;rd fond &#8211; ESF", // the others read as a page's
	} {
		if got := dumpedValue(in); got != want {
			t.Errorf("dumpedValue(%q) = %q, want %q", in, got, want)
		}
	}
	for _, in := range []string{"Namn: x\nFieldName: a\nFieldValue: b\nFieldName: c", "FieldName: a\nFieldValue: x\nRegion: x"} {
		if got, ok := stripFieldDump(in); ok || got != in {
			t.Errorf("stripFieldDump(%q) = %q, %v; want it as it is", in, got, ok)
		}
	}
}

func TestExpandDumpedBreaks(t *testing.T) {
	for _, tc := range []struct {
		name, in, want string
		at, expanded   []int
	}{
		{"a list in a value",
			"FieldName: Sammanfattning\nFieldValue: Brister:&#13;- Kortsiktighet.&#13;- Stupr&#246;r.\nFieldJustification: Left\n",
			"FieldName: Sammanfattning\nFieldValue: Brister:\n- Kortsiktighet.\n- Stupr&#246;r.\nFieldJustification: Left\n",
			[]int{1, 2, 2, 2, 3}, []int{2}},
		// A CR LF is one break, two CRs a paragraph's blank line.
		{"breaks", "FieldName: a\nFieldValue: x&#13;&#10;y&#13;&#13;z",
			"FieldName: a\nFieldValue: x\ny\n\nz\n", []int{1, 2, 2, 2, 2}, []int{2}},
		{"LF alone", "FieldName: a\nFieldValue: x&#10;y", "FieldName: a\nFieldValue: x\ny\n", []int{1, 2, 2}, []int{2}},
		// No break in a value, a break outside one, no field's name: as it is.
		{"no break", "FieldName: a\nFieldValue: Ber&#246;rd fond &#8211; ESF", "", nil, nil},
		{"outside a value", "FieldName: a&#13;b\nFieldValue: x", "", nil, nil},
		{"no name", "FieldValue: x&#13;y", "", nil, nil},
		{"a page's text", "Region: x&#13;y\nFieldValue: x", "", nil, nil},
	} {
		got, at, expanded := expandDumpedBreaks(tc.in)
		want := tc.want
		if tc.expanded == nil {
			want = tc.in
		}
		if got != want || !slices.Equal(at, tc.at) || !slices.Equal(expanded, tc.expanded) {
			t.Errorf("%s: expandDumpedBreaks(%q) = %q, %v, %v; want %q, %v, %v", tc.name, tc.in, got, at, expanded, want, tc.at, tc.expanded)
		}
	}
}

// dumpASCII writes a value as pdftk's dump without UTF-8 does: each letter
// outside ASCII and each line break a character reference.
func dumpASCII(v string) string {
	var b strings.Builder
	for _, r := range strings.ReplaceAll(v, "\n", "\r") {
		if r < 0x80 && r != '\r' {
			b.WriteRune(r)
		} else {
			fmt.Fprintf(&b, "&#%d;", r)
		}
	}
	return b.String()
}

// TestFieldDumpPage reads a page's fields as pdftk's dump without UTF-8
// gives them, the summary's list a line an item in one value, as the page
// reads alone: its items keep their lines, each on the line of its value.
func TestFieldDumpPage(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "testdata", "pages", "002_7858258275a19d00.txt"))
	if err != nil {
		t.Fatal(err)
	}
	page := mustParse(t, data)[0]
	if !strings.Contains(deref(page.Summary), "\n- ") {
		t.Fatalf("the page's summary holds no list: %q", deref(page.Summary))
	}
	var b strings.Builder
	for _, f := range []struct{ name, value string }{
		{"Namn", deref(page.Name)}, {"Projektnummer", deref(page.ID)}, {"Projektägare", deref(page.Owner)},
		{"Region", deref(page.Region)}, {"Sammanfattning", deref(page.Summary)},
	} {
		fmt.Fprintf(&b, "---\nFieldType: Text\nFieldName: %s\nFieldFlags: 0\nFieldValue: %s\nFieldJustification: Left\n", dumpASCII(f.name), dumpASCII(f.value))
	}
	recs := mustParse(t, []byte(b.String()))
	if len(recs) != 1 {
		t.Fatalf("%d records, want 1", len(recs))
	}
	rec := recs[0]
	if deref(rec.Summary) != deref(page.Summary) || deref(rec.Owner) != deref(page.Owner) || deref(rec.Name) != deref(page.Name) {
		t.Errorf("summary %q, owner %q, name %q; want %q, %q, %q", deref(rec.Summary), deref(rec.Owner), deref(rec.Name),
			deref(page.Summary), deref(page.Owner), deref(page.Name))
	}
	if rec.Lines[KeySummary] != 29 {
		t.Errorf("summary on line %d, want 29, its value's", rec.Lines[KeySummary])
	}
}

func TestFDFFields(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		want     []string
		at       []int
	}{
		{"a field a line", "%FDF-1.2\n1 0 obj\n<< /FDF << /Fields [\n<< /T (txtProjektagare) /V (Perstorps kommun \\(PK\\))>>\n" +
			"<< /T (Sammanfattning) /V (Första raden\nandra \\351 raden)>>\n<< /T (Region) /V /Sydsverige>>\n<< /T (Kommun) >>\n] >> >>\nendobj\n%%EOF",
			[]string{"Projektagare: Perstorps kommun (PK)", "Sammanfattning: Första raden", "andra é raden", "Region: Sydsverige", "Kommun:"},
			[]int{4, 5, 6, 7, 8}},
		// pdftk's generate_fdf: the value before the name, each on a line.
		{"value first", "%FDF-1.2\n<<\n/V (Digga)\n/T (Namn)\n>>\n<<\n/V /Off\n/T (Sekundartema)\n>>",
			[]string{"Namn: Digga", "Sekundartema: Off"}, []int{3, 7}},
		// Acrobat's: everything on one line, no spaces, UTF-16 and hex.
		{"one line", "%FDF-1.2\n1 0 obj<</FDF<</F(ansokan.pdf)/Fields[<</T(Namn)/V(\376\377\000D\000i\000g\000g\000a)>><</T(Region)/V<FEFF0053007900640073007600650072006900670065>>>]>>>>endobj",
			[]string{"Namn: Digga", "Region: Sydsverige"}, []int{2, 2}},
		// A parent's kids, an escaped line end, a string cut short.
		{"kids", "%FDF-1.2\n<</T(projekt)/Kids[<</T(Namn)/V(Dig\\\nga)>>]>>\n<</T(Region)/V(Syd",
			[]string{"Namn: Digga", "projekt:", "Region: Syd"}, []int{2, 2, 4}},
	} {
		lines, at := fdfFields([]byte(tc.in))
		if strings.Join(lines, "|") != strings.Join(tc.want, "|") || fmt.Sprint(at) != fmt.Sprint(tc.at) {
			t.Errorf("%s: fdfFields = %q at %v; want %q at %v", tc.name, lines, at, tc.want, tc.at)
		}
	}
}

func TestStripBlockScalars(t *testing.T) {
	for _, tc := range []struct {
		in, want []string
	}{
		{[]string{"namn: Digga", "sammanfattning: |-", "  Första stycket.", "", "  Andra stycket.", "region: Syd"},
			[]string{"namn: Digga", "sammanfattning:", "Första stycket.", "", "Andra stycket.", "region: Syd"}},
		{[]string{"  bakgrund: >", "    Rad ett", "    rad två", "  syfte: x"},
			[]string{"  bakgrund:", "Rad ett", "rad två", "  syfte: x"}},
		{[]string{"[[projekt]]", `namn = "A"`, `sammanfattning = """`, "Text.", `"""`, "[[projekt]]", `namn = "B"`},
			[]string{"----", `namn = "A"`, "sammanfattning:", "Text.", "", "----", `namn = "B"`}},
		{[]string{`bakgrund = """Rad ett`, `rad två."""`, "x"},
			[]string{`bakgrund = """Rad ett`, `rad två."""`, "x"}}, // a block opened on its label's line is a value
	} {
		got, _ := stripBlockScalars(strings.Join(tc.in, "\n"))
		if want := strings.Join(tc.want, "\n"); got != want {
			t.Errorf("stripBlockScalars(%q) =\n%q\nwant\n%q", tc.in, got, want)
		}
	}
	// A label esf does not know, and a value that is a bar, are no blocks.
	for _, in := range []string{"färg: |\n  blå", "Region: Syd | Nord\nx"} {
		if got, ok := stripBlockScalars(in); ok || got != in {
			t.Errorf("stripBlockScalars(%q) = %q, %v; want it as it is", in, got, ok)
		}
	}
}
