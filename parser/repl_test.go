package parser

import (
	"slices"
	"strings"
	"testing"
)

// replWarnings returns the warnings of rec that name key, and whether one
// of them says the printout cut the value.
func replWarnings(rec *Project, key Key) (named, cut bool) {
	for _, w := range rec.Warnings {
		if w.Key == key {
			named = true
			cut = cut || strings.Contains(w.Message, "cut the value")
		}
	}
	return named, cut
}

// replNoted reports a record that names the printout's program once.
func replNoted(rec *Project, program string) bool {
	n := 0
	for _, w := range rec.Warnings {
		if w.Key == KeySource && strings.Contains(w.Message, "printed by "+program) {
			n++
		}
	}
	return n == 1
}

// TestPythonPrintPage reads a dict as Python's REPL prints it, on one line,
// and as pprint prints it, a long string in parts and a list over lines,
// after the prompts that printed it.
func TestPythonPrintPage(t *testing.T) {
	oneLine := `{'Titel': 'Egenmakt', 'Projektägare': 'Arbete och Försörjning', 'Region': 'Sydsverige', 'Antal deltagare': 40, 'Kontaktperson': None, 'Sammanfattning': "Projektets \'mål\' är\xa0ett.\n\nAndra stycket."}` + "\n"
	rec := parseOne(t, "p.txt", []byte(oneLine))
	if str(rec.Name) != "Egenmakt" || str(rec.Owner) != "Arbete och Försörjning" || str(rec.Region) != "Sydsverige" ||
		num(rec.Participants) != int64(40) || rec.ContactName != nil || !strings.HasPrefix(deref(rec.Summary), "Projektets 'mål' är") || !strings.HasSuffix(deref(rec.Summary), "Andra stycket.") {
		t.Errorf("one line: name %v, owner %v, region %v, participants %v, contact %v, summary %q", str(rec.Name), str(rec.Owner), str(rec.Region), num(rec.Participants), str(rec.ContactName), deref(rec.Summary))
	}
	if !replNoted(rec, "Python") {
		t.Errorf("one line: warnings %v", rec.Warnings)
	}
	pprinted := ">>> rec = projekt[0]\n>>> pprint(rec)\n{'Titel': 'Egenmakt',\n 'Projektägare': 'Arbete och Försörjning',\n 'Region': 'Sydsverige',\n" +
		" 'Kommun': ['Trelleborg',\n            'Vellinge'],\n 'Sammanfattning': ('Denna förprojektering ämnar '\n                    'kartlägga behoven.')}\n"
	rec = parseOne(t, "p.txt", []byte(pprinted))
	if str(rec.Name) != "Egenmakt" || str(rec.Region) != "Sydsverige" || !slices.Equal(rec.Municipalities, []string{"Trelleborg", "Vellinge"}) ||
		deref(rec.Summary) != "Denna förprojektering ämnar kartlägga behoven." {
		t.Errorf("pprint: name %v, region %v, municipalities %v, summary %q", str(rec.Name), str(rec.Region), rec.Municipalities, deref(rec.Summary))
	}
	if !replNoted(rec, "Python") || rec.Source.Line != 3 && rec.Lines[KeyRegion] != 5 {
		t.Errorf("pprint: line %d, region's line %d, warnings %v", rec.Source.Line, rec.Lines[KeyRegion], rec.Warnings)
	}
	// A value no literal: kept as written, and named.
	rec = parseOne(t, "p.txt", []byte("{'Titel': 'Egenmakt',\n 'Projektägare': 'Arbete',\n 'Startdatum': datetime.date(2024, 3, 1),\n 'Region': 'Sydsverige'}\n"))
	if named, _ := replWarnings(rec, KeyStartDate); !named || str(rec.Region) != "Sydsverige" {
		t.Errorf("a call: region %v, warnings %v", str(rec.Region), rec.Warnings)
	}
}

// TestRListPrintPage reads a named list as R prints it: names in
// backticks, NA, a vector over two lines, an empty vector.
func TestRListPrintPage(t *testing.T) {
	page := "> projekt[[1]]\n$Titel\n[1] \"Egenmakt\"\n\n$Projektägare\n[1] \"Arbete och F<U+00F6>rs\\u00f6rjning\"\n\n$`Specifikt mål`\n[1] \"A1A\"\n\n" +
		"$Kontaktperson\n[1] NA\n\n$Kommun\n[1] \"Trelleborg\" \"Vellinge\"  \"Skurup\"\n[4] \"Ystad\"\n\n$Medfinansiärer\ncharacter(0)\n\n$Region\n[1] \"Sydsverige\"\n\n"
	rec := parseOne(t, "p.txt", []byte(page))
	if str(rec.Name) != "Egenmakt" || str(rec.Owner) != "Arbete och Försörjning" || str(rec.SpecificObjective) != "A1A" || rec.ContactName != nil ||
		!slices.Equal(rec.Municipalities, []string{"Trelleborg", "Vellinge", "Skurup", "Ystad"}) || len(rec.Cofinanciers) != 0 || str(rec.Region) != "Sydsverige" {
		t.Errorf("name %v, owner %v, objective %v, contact %v, municipalities %v, cofinanciers %v, region %v", str(rec.Name), str(rec.Owner), str(rec.SpecificObjective), str(rec.ContactName), rec.Municipalities, rec.Cofinanciers, str(rec.Region))
	}
	if !replNoted(rec, "R") || rec.Lines[KeyRegion] != 21 {
		t.Errorf("region's line %d, warnings %v", rec.Lines[KeyRegion], rec.Warnings)
	}
	// A line below a name that is no vector's is named.
	rec = parseOne(t, "p.txt", []byte("$Titel\n[1] \"Egenmakt\"\n\n$Projektägare\n[1] \"Arbete\"\n\n$Kommun\n[[1]]\n\n$Region\n[1] \"Sydsverige\"\n"))
	if named, _ := replWarnings(rec, KeyMunicipalities); !named {
		t.Errorf("a list in the list: warnings %v", rec.Warnings)
	}
}

// TestGlimpsePrintPage reads a tibble's row as glimpse() prints it, its
// values cut at the console's width named.
func TestGlimpsePrintPage(t *testing.T) {
	page := "> glimpse(projekt)\nRows: 1\nColumns: 6\n" +
		"$ Titel                                   <chr> \"Digga Perstorps Personal\"\n" +
		"$ Diarienummer                            <chr> \"23-038-S06\"\n" +
		"$ `Sekundärtema - Motverka barnfattigdom` <chr> \"Nej\"\n" +
		"$ `Projektägare`                          <chr> \"Perstorps kommun, Arbetsmarknadsenhete…\n" +
		"$ Kommun                                  <list> [<\"Perstorp\", \"Klippan\">]\n" +
		"$ Sammanfattning                          <chr> \"Perstorp är Skånes minsta komm…\n"
	rec := parseOne(t, "p.txt", []byte(page))
	if str(rec.Name) != "Digga Perstorps Personal" || str(rec.ID) != "23-038-S06" || rec.SecondaryThemeChildPoverty == nil || *rec.SecondaryThemeChildPoverty ||
		!slices.Equal(rec.Municipalities, []string{"Perstorp", "Klippan"}) || deref(rec.Summary) != "Perstorp är Skånes minsta komm" {
		t.Errorf("name %v, id %v, theme %v, municipalities %v, summary %q", str(rec.Name), str(rec.ID), rec.SecondaryThemeChildPoverty, rec.Municipalities, deref(rec.Summary))
	}
	for _, k := range []Key{KeyOwner, KeySummary} {
		if _, cut := replWarnings(rec, k); !cut {
			t.Errorf("%s cut, not named: %v", k, rec.Warnings)
		}
	}
	if !replNoted(rec, "dplyr's glimpse()") {
		t.Errorf("warnings %v", rec.Warnings)
	}
}

// TestSeriesPrintPage reads a frame's row as pandas prints a Series: its
// sections in their sections, a missing value as none, a value cut at
// the column's width named.
func TestSeriesPrintPage(t *testing.T) {
	page := "                                                 0\n" +
		"Titel                                     Egenmakt\n" +
		"Projektägare                Arbete och Försörjning\n" +
		"Region                                  Sydsverige\n" +
		"Kontaktperson                                  NaN\n" +
		"Kommun                     [Trelleborg, Vellinge]\n" +
		"Sammanfattning  Denna förprojektering ämnar att...\n" +
		"Bakgrund          Trelleborgs kommun är en kommun.\n" +
		"Name: 0, dtype: object\n"
	rec := parseOne(t, "p.txt", []byte(page))
	if str(rec.Name) != "Egenmakt" || str(rec.Owner) != "Arbete och Försörjning" || str(rec.Region) != "Sydsverige" || rec.ContactName != nil ||
		!slices.Equal(rec.Municipalities, []string{"Trelleborg", "Vellinge"}) || deref(rec.Summary) != "Denna förprojektering ämnar att" || deref(rec.Background) != "Trelleborgs kommun är en kommun." {
		t.Errorf("name %v, owner %v, region %v, contact %v, municipalities %v, summary %q, background %q", str(rec.Name), str(rec.Owner), str(rec.Region), str(rec.ContactName), rec.Municipalities, deref(rec.Summary), deref(rec.Background))
	}
	if _, cut := replWarnings(rec, KeySummary); !cut || !replNoted(rec, "pandas") {
		t.Errorf("warnings %v", rec.Warnings)
	}
	if named, _ := replWarnings(rec, KeyBackground); named {
		t.Errorf("background named: %v", rec.Warnings)
	}
}

// TestREPLEntries holds each printout at minREPLEntries entries: one
// fewer is no printout, which may be a page's own lines.
func TestREPLEntries(t *testing.T) {
	rList := func(n int) string {
		var b strings.Builder
		for _, e := range [][2]string{{"Projektägare", "Arbete"}, {"Region", "Sydsverige"}, {"Titel", "Egenmakt"}}[:n] {
			b.WriteString("$" + e[0] + "\n[1] \"" + e[1] + "\"\n\n")
		}
		return b.String()
	}
	glimpse := func(n int) string {
		var b strings.Builder
		for _, e := range [][2]string{{"Projektägare", "Arbete"}, {"Region", "Sydsverige"}, {"Titel", "Egenmakt"}}[:n] {
			b.WriteString("$ " + e[0] + " <chr> \"" + e[1] + "\"\n")
		}
		return b.String()
	}
	series := func(n int) string {
		var b strings.Builder
		for _, e := range [][2]string{{"Projektägare", "Arbete"}, {"Region", "Sydsverige"}, {"Titel", "Egenmakt"}}[:n] {
			b.WriteString(e[0] + "    " + e[1] + "\n")
		}
		return b.String() + "Name: 0, dtype: object\n"
	}
	for _, tc := range []struct {
		name string
		page string
		read bool
	}{
		{"R list at the least", rList(minREPLEntries), true},
		{"R list one under", rList(minREPLEntries - 1), false},
		{"glimpse at the least", glimpse(minREPLEntries), true},
		{"glimpse one under", glimpse(minREPLEntries - 1), false},
		{"Series at the least", series(minREPLEntries), true},
		{"Series one under", series(minREPLEntries - 1), false},
		// A Series stands apart from the lines above it.
		{"Series under a line", "Ett projekt\n" + series(minREPLEntries), false},
	} {
		_, _, _, ok := readREPLPrints(tc.page)
		if ok != tc.read {
			t.Errorf("%s: read %v, want %v", tc.name, ok, tc.read)
		}
	}
}

// TestREPLLabels holds a printout at minPageKeys known labels: a dict of
// one is a program's own, not a page's record.
func TestREPLLabels(t *testing.T) {
	for _, tc := range []struct {
		page string
		read bool
	}{
		{"{'Projektägare': 'Arbete', 'Region': 'Sydsverige', 'färg': 'blå'}\n", true},
		{"{'Projektägare': 'Arbete', 'storlek': 4, 'färg': 'blå'}\n", false},
		// JSON's object, its keys in double quotes, is read as JSON.
		{`{"Projektägare": "Arbete", "Region": "Sydsverige", "Titel": "Egenmakt"}` + "\n", true},
		{`{"Projektägare": "Arbete", "storlek": 4, "färg": "blå"}` + "\n", false},
		{`{"Projektägare": "Arbete", 'Region': "Sydsverige", "Titel": "Egenmakt"}` + "\n", true},
		// A dict inside a line is the line's.
		{"Se {'Projektägare': 'Arbete', 'Region': 'Sydsverige'} ovan\n", false},
		{"{'Projektägare': 'Arbete', 'Region': 'Sydsverige'} ovan\n", false},
		// A dict left open is none.
		{"{'Projektägare': 'Arbete', 'Region': 'Sydsverige',\n", false},
	} {
		if _, _, _, ok := readREPLPrints(tc.page); ok != tc.read {
			t.Errorf("readREPLPrints(%q) read %v, want %v", tc.page, ok, tc.read)
		}
	}
}

// TestPythonValue reads the values a printed dict holds.
func TestPythonValue(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want any
		raw  string
		ok   bool
	}{
		{`'Egenmakt'`, "Egenmakt", "", true},
		{`"Projektets 'mål'"`, "Projektets 'mål'", "", true},
		{`'a\xa0b\n\'c\''`, "a\u00a0b\n'c'", "", true},
		{`('Denna ' 'förprojektering')`, "Denna förprojektering", "", true},
		{`['Lund', 'Malmö']`, []string{"Lund", "Malmö"}, "", true},
		{`('Lund', 'Malmö')`, []string{"Lund", "Malmö"}, "", true},
		{`[]`, []string(nil), "", true},
		{`None`, nil, "", true},
		{`nan`, nil, "", true},
		{`True`, "Ja", "", true},
		{`False`, "Nej", "", true},
		{`9997836`, "9997836", "", true},
		{`0.4`, "0.4", "", true},
		{`datetime.date(2024, 3, 1)`, "datetime.date(2024, 3, 1)", "datetime.date(2024, 3, 1)", true},
		{`'open`, nil, "", false},
		{`('a' 'b'`, nil, "", false},
	} {
		d := &dictReader{lines: []string{tc.in}}
		got, raw, ok := pythonValue(d)
		if ok != tc.ok || ok && (jsonString(got) != jsonString(tc.want) || raw != tc.raw) {
			t.Errorf("pythonValue(%s) = %#v, %q, %v; want %#v, %q, %v", tc.in, got, raw, ok, tc.want, tc.raw, tc.ok)
		}
	}
}

// TestRItems reads the items R prints of a vector, and glimpse's.
func TestRItems(t *testing.T) {
	for _, tc := range []struct {
		in     string
		listed bool
		want   []string
		ok     bool
	}{
		{`"Egenmakt"`, false, []string{"Egenmakt"}, true},
		{`"Lund"  "Malmö" "Ystad"`, false, []string{"Lund", "Malmö", "Ystad"}, true},
		{`"a \"b\" c\\d\ne"`, false, []string{"a \"b\" c\\d\ne"}, true},
		{`"F<U+00F6>rs\u00f6rjning"`, false, []string{"Försörjning"}, true},
		{`NA`, false, []string{""}, true},
		{`605`, false, []string{"605"}, true},
		{`TRUE FALSE`, false, []string{"Ja", "Nej"}, true},
		{`"Perstorp", "Klippan"`, true, []string{"Perstorp", "Klippan"}, true},
		{`2024-03-01`, true, []string{"2024-03-01"}, true},
		{`"Perstorp är Skånes`, true, []string{"Perstorp är Skånes"}, false},
	} {
		got, ok := rItems(tc.in, tc.listed)
		if ok != tc.ok || !slices.Equal(got, tc.want) {
			t.Errorf("rItems(%s, %v) = %q, %v; want %q, %v", tc.in, tc.listed, got, ok, tc.want, tc.ok)
		}
	}
}

// TestREPLPrintsLines keeps the lines round a printout, each on its line,
// and leaves out the prompts that printed it.
func TestREPLPrintsLines(t *testing.T) {
	text := "Hej!\n\n>>> rec\n{'Titel': 'Egenmakt', 'Projektägare': 'Arbete', 'Region': 'Sydsverige'}\n\nMvh\n"
	read, at, notes, ok := readREPLPrints(text)
	lines := splitLines(read)
	if !ok || lines[0] != "Hej!" || at[0] != 1 || lines[2] != "" || at[2] != 3 || lines[len(lines)-1] != "Mvh" || at[len(at)-1] != 6 {
		t.Fatalf("read %q, at %v", read, at)
	}
	for i, l := range lines {
		if l == "Region: Sydsverige" && at[i] != 4 {
			t.Errorf("the region on line %d, want 4", at[i])
		}
	}
	if len(notes) != 1 || notes[0].line != 4 || !notes[0].whole {
		t.Errorf("notes %v", notes)
	}
}

// TestJSONInText reads a JSON object pasted on lines of its own among a
// note's words, in a code block or not, and leaves out the words below
// it, which its last field's text would take; a signature stays.
func TestJSONInText(t *testing.T) {
	for _, fence := range []string{"", "```json\n"} {
		end := ""
		if fence != "" {
			end = "```\n"
		}
		page := "Hej, här är posten från API:t.\n\n" + fence + "{\n  \"Namn\": \"Kompetenslyftet\",\n  \"Projektägare\": \"Region Gävleborg\",\n  \"Region\": \"Stockholm\",\n  \"Beviljat ESF-stöd\": 8088000,\n  \"Strategisk betydelse\": false,\n  \"Sammanfattning\": \"Denna förprojektering ämnar att tillse insatser.\"\n}\n" + end + "\nSäg till om något ser konstigt ut.\n\nMvh\nKarin\n"
		rec := mustParse(t, []byte(page))[0]
		if deref(rec.Owner) != "Region Gävleborg" || deref(rec.Region) != "Stockholm" || rec.ESFSupportSEK == nil || *rec.ESFSupportSEK != 8088000 {
			t.Errorf("fence %q: owner %q, region %q, support %v", fence, deref(rec.Owner), deref(rec.Region), rec.ESFSupportSEK)
		}
		if s := deref(rec.Summary); s != "Denna förprojektering ämnar att tillse insatser." {
			t.Errorf("fence %q: summary %q", fence, s)
		}
		if warningSaying(rec, 0, "whoever pasted it") == nil {
			t.Errorf("fence %q: the words below are not named: %v", fence, rec.Warnings)
		}
	}
	if belowPrint("Mvh") || belowPrint("$ sammanfattning <chr> \"Perstorp …\"") || belowPrint("Region: Sydsverige") || !belowPrint("(slut på utdraget)") {
		t.Error("belowPrint: a signature, a printout's line or a label taken for the sender's words, or a remark not")
	}
}
