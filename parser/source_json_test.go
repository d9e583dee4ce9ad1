package parser

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestJSONLines checks the text a JSON input's pages make, and the line of
// the input each line of it stands on.
func TestJSONLines(t *testing.T) {
	for _, tt := range []struct {
		name, json string
		text       []string
		at         []int
	}{
		{"one line", `{"Projektnummer": "2020/00634", "Region": "Sydsverige"}`,
			[]string{"Projektnummer: 2020/00634", "Region: Sydsverige"}, []int{1, 1}},
		{"a key a line, the title first", "{\n  \"Region\": \"Sydsverige\",\n  \"Titel\": \"Framtidsresan\"\n}",
			[]string{"Framtidsresan", "", "Region: Sydsverige"}, []int{3, 3, 2}},
		{"numbers, booleans and null", `{"Antal deltagare": 11, "Insats av strategisk betydelse": false, "Utlysning": null}`,
			[]string{"Antal deltagare: 11", "Insats av strategisk betydelse: Nej"}, []int{1, 1}},
		{"an empty value is no line, which would take the next key's for its value", `{"Projektnummer": "2020/00634", "Ort": "", "Notering": "Se webben"}`,
			[]string{"Projektnummer: 2020/00634", "Notering: Se webben"}, []int{1, 1}},
		{"a text of lines under a key that heads no section is one value", "{\"Anteckning\": \"Unga.\\nStartdatum: 2020-01-01\"}",
			[]string{"Anteckning: Unga. Startdatum: 2020-01-01"}, []int{1}},
		{"a list", "{\"Kommun\": [\"Trelleborg\",\n \"Vellinge\", 3, null]}",
			[]string{"Kommun:", "• Trelleborg", "• Vellinge", "• 3"}, []int{1, 1, 1, 1}},
		{"an object inside", "{\"projekt\": {\n\"Region\": \"Sydsverige\"}}",
			[]string{"Region: Sydsverige"}, []int{2}},
		{"a list of objects", `{"Medfinansiärer": [{"namn": "Arbetsförmedlingen", "belopp": 10}]}`,
			[]string{"Medfinansiärer:", "• Arbetsförmedlingen, 10"}, []int{1, 1}},
		{"a page's text in one field, beside a scraper's own", "{\"url\": \"https://esf.se/p\",\n\"text\": \"Within\\n\\nRegion:\\nSydsverige\\nProjektnummer: 2015/00764\"}",
			[]string{"url: https://esf.se/p", "", "Within", "", "Region:", "Sydsverige", "Projektnummer: 2015/00764"}, []int{1, 2, 2, 2, 2, 2, 2}},
		{"a chat's message: the page last, below the message's own fields, the app's first", "[{\"text\": \"Within\\nRegion:\\nSydsverige\\nProjektnummer: 2015/00764\", \"name\": \"kanalen\",\n\"ts\": \"1714653101.1\"}]",
			[]string{"ts: 1714653101.1", "name: kanalen", "", "Within", "Region:", "Sydsverige", "Projektnummer: 2015/00764"}, []int{2, 1, 1, 1, 1, 1, 1}},
		{"a text of one label is no page", "{\"Notering\": \"Se nedan.\\nRegion: Sydsverige\"}",
			[]string{"Notering: Se nedan. Region: Sydsverige"}, []int{1}},
		{"a text of lines", "{\"Sammanfattning\": \"Första stycket.\\n\\nAndra.\"}",
			[]string{"", "Sammanfattning", "", "Första stycket.", "", "Andra.", ""}, []int{1, 1, 1, 1, 1, 1, 1}},
		{"two pages", "[{\"Namn\": \"A\"},\n{\"Namn\": \"B\"}]",
			[]string{"A", "", "Namn: A", "----", "B", "", "Namn: B"}, []int{1, 1, 1, 2, 2, 2, 2}},
		{"a line break in a value", `{"Namn": "A\u2028B\fC"}`,
			[]string{"A B C", "", "Namn: A B C"}, []int{1, 1, 1}},
		{"fields as objects of a label and a value", "{\"title\": \"Framtidsresan\", \"fields\": [{\"label\": \"Projektnummer\", \"value\": \"2020/00634\"},\n{\"value\": \"Sydsverige\", \"label\": \"Region\"}]}",
			[]string{"Framtidsresan", "", "Projektnummer: 2020/00634", "Region: Sydsverige"}, []int{1, 1, 1, 2}},
		{"fields as pairs, a page", "[[\"Projektnummer\", \"2020/00634\"],\n[\"Region\", \"\"],\n[\n\"Namn\", \"A\"]]",
			[]string{"A", "", "Projektnummer: 2020/00634", "Namn: A"}, []int{4, 4, 1, 4}},
		{"Swedish keys of a label and a value", `[{"etikett": "Region", "värde": "Sydsverige"}]`,
			[]string{"Region: Sydsverige"}, []int{1}},
		{"a field's objects, then a page", "[{\"dt\": \"Region\", \"dd\": \"Sydsverige\"},\n{\"Namn\": \"B\"}]",
			[]string{"Region: Sydsverige", "----", "B", "", "Namn: B"}, []int{1, 2, 2, 2, 2}},
		{"a list of two names under a key is a list", `{"Kommun": ["Region", "Lund"]}`,
			[]string{"Kommun:", "• Region", "• Lund"}, []int{1, 1, 1}},
		{"an object of a name and an amount is no field", `{"Medfinansiärer": [{"namn": "Arbetsförmedlingen", "belopp": 10}]}`,
			[]string{"Medfinansiärer:", "• Arbetsförmedlingen, 10"}, []int{1, 1}},
		{"a list's objects of one project's key each are its items", `{"finansiarer": [{"namn": "Arbetsförmedlingen", "region": "Sydsverige", "organisationsnummer": "202100-2114"}]}`,
			[]string{"finansiarer:", "• Arbetsförmedlingen, Sydsverige, 202100-2114"}, []int{1, 1}},
		{"a list under a label is its field's", `{"Medfinansiärer": [{"namn": "Region Skåne", "region": "Sydsverige", "projektagare": "X"}]}`,
			[]string{"Medfinansiärer:", "• Region Skåne, Sydsverige, X"}, []int{1, 1}},
		{"a list of contacts is no list of pages", `{"kontakter": [{"kontaktperson": "Anna Berg", "e-post": "anna@lund.se", "telefon": "046-123456"}]}`,
			[]string{"kontakter:", "• Anna Berg, anna@lund.se, 046-123456"}, []int{1, 1}},
		{"a list's objects of two keys of a project's own each, as a script spells them, are pages", "{\"projekt\": [{\"namn\": \"A\", \"projektagare\": \"X\", \"region\": \"Sydsverige\"},\n{\"namn\": \"B\", \"e_post\": \"b@x.se\", \"region\": \"Sydsverige\", \"startdatum\": \"2024-01-01\"}]}",
			[]string{"A", "", "namn: A", "projektagare: X", "Region: Sydsverige", "----", "B", "", "namn: B", "E-post: b@x.se", "Region: Sydsverige", "startdatum: 2024-01-01"}, []int{1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2}},
	} {
		text, at, err := jsonLines(tt.json)
		got := strings.Split(strings.TrimSuffix(text, "\n"), "\n")
		if err != nil || strings.Join(got, "|") != strings.Join(tt.text, "|") || fmt.Sprint(at) != fmt.Sprint(tt.at) {
			t.Errorf("%s: %v\n got %q %v\nwant %q %v", tt.name, err, got, at, tt.text, tt.at)
		}
	}
	for _, bad := range []string{`[1, 2]`, `"x"`, `[{"a":1}, 2]`, `{"a":`, `[["x", "y"]]`, `[["Region", "a", "b"]]`} {
		if _, _, err := jsonLines(bad); err == nil {
			t.Errorf("jsonLines(%q): no error", bad)
		}
	}
}

// TestJSONSniff checks that an object or an array of objects is JSON, and
// that a page, a list of numbers or broken JSON is not.
func TestJSONSniff(t *testing.T) {
	for in, want := range map[string]bool{
		`{"Namn": "A"}`: true, "\ufeff {\"Namn\": \"A\"}": true, `[{"Namn": "A"}]`: true, " \n[ {}]": true, `[["Namn", "A"]]`: true, "[ \n[]]": true,
		`{"Namn": "A"`: false, `[1, 2]`: false, `[]`: false, `{`: false, "Namn: A": false, "{Namn}\nRegion: Sydsverige": false,
	} {
		if got := looksLikeJSONPage([]byte(in)); got != want {
			t.Errorf("looksLikeJSONPage(%q) = %v, want %v", in, got, want)
		}
	}
}

// TestJSONPages checks that every seed page, written as a JSON object of
// its labels and values (as a scraper exports it), gives the record of the
// page, and each value's line is the line of its key.
func TestJSONPages(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("..", "testdata", "pages", "00[0-2]_*.txt"))
	if len(files) == 0 {
		t.Fatal("no pages")
	}
	amounts := 0 // pages whose amount was compared
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		want := parseOne(t, file, data)
		obj, keyLine := pageAsJSON(t, string(data))
		got := parseOne(t, "page.json", []byte(obj))
		if got.Source.Format != FormatJSON {
			t.Errorf("%s: format %q", file, got.Source.Format)
		}
		for _, k := range []Key{KeyID, KeyName, KeyOwner, KeyRegion, KeyStartDate, KeyEndDate, KeyContactEmail} {
			if a, b := fmt.Sprint(valueOf(fieldOf(want, k).Interface().(*string))), fmt.Sprint(valueOf(fieldOf(got, k).Interface().(*string))); a != b {
				t.Errorf("%s: %s %q, want %q", file, k, b, a)
			}
		}
		if a, b := jsonMap(t, want)["esf_support_sek"], jsonMap(t, got)["esf_support_sek"]; a != b {
			t.Errorf("%s: esf_support_sek %v, want %v", file, b, a)
		} else if a != nil {
			amounts++
		}
		if n := got.Lines[KeyOwner]; n != keyLine["owner"] {
			t.Errorf("%s: owner on line %d, its key on %d", file, n, keyLine["owner"])
		}
	}
	if amounts == 0 {
		t.Error("no page gave an amount to compare")
	}
}

// pageAsJSON writes a stacked seed page's title and fields as a JSON
// object, one key a line, and returns the line each key stands on.
func pageAsJSON(t *testing.T, page string) (string, map[string]int) {
	t.Helper()
	lines := strings.Split(page, "\n")
	var b strings.Builder
	b.WriteString("{\n")
	keyLine := map[string]int{}
	n := 2
	add := func(k, v string) {
		kj, _ := json.Marshal(k)
		vj, _ := json.Marshal(v)
		fmt.Fprintf(&b, "  %s: %s,\n", kj, vj)
		if strings.HasPrefix(k, "Projektägare") && !strings.Contains(k, "org") {
			keyLine["owner"] = n
		}
		n++
	}
	i := 0
	for ; i < len(lines) && (lines[i] == "" || lines[i] == "Logotyp på utskrifter"); i++ {
	}
	add("Titel", lines[i])
	for i++; i < len(lines) && lines[i] == ""; i++ {
	}
	for ; i+1 < len(lines) && lines[i] != ""; i += 2 {
		label := strings.TrimSuffix(lines[i], ":")
		if strings.HasSuffix(lines[i+1], ":") || lines[i+1] == "" {
			add(label, "")
			i--
			continue
		}
		add(label, lines[i+1])
	}
	return strings.TrimSuffix(b.String(), ",\n") + "\n}\n", keyLine
}

// TestQuotedValues checks a page whose values are quoted as YAML or a
// program's listing writes them, its title under a "titel" key: the
// values without their quotes, an empty pair of quotes no value.
func TestQuotedValues(t *testing.T) {
	page := "titel: \"Within Kompetens\"\nProjektnummer: \"2015/00764\"\nProjektägare: \"Kristianstads kommun\",\n" +
		"Stödmottagarens address: \"\"\nRegion: \"Syd\"sverige\"\n"
	rec := parseOne(t, "p.yaml", []byte(page))
	if valueOf(rec.Name) != "Within Kompetens" || valueOf(rec.ID) != "2015/00764" || valueOf(rec.Owner) != "Kristianstads kommun" || rec.Address != nil {
		t.Errorf("name %q, id %q, owner %q, address %v", valueOf(rec.Name), valueOf(rec.ID), valueOf(rec.Owner), rec.Address)
	}
	if rec.Region != nil && *rec.Region == "Sydsverige" {
		t.Errorf("a value with a quote inside it read as unquoted: %q", *rec.Region)
	}
}

// TestJSONValueInParts reads a field's value written as an object of its
// parts (an amount and its currency), under the field's label or as the
// value of a label and value, and a section as a heading and its text.
func TestJSONValueInParts(t *testing.T) {
	doc := `{"title": "Within",
 "Projektnummer": "2015/00764",
 "Beviljat ESF-stöd": {"belopp": 493090, "valuta": "SEK"},
 "fields": [{"label": "Total projektbudget", "value": {"belopp": 820090, "valuta": "SEK"}}],
 "projekt": {"Region": "Sydsverige", "Projektägare": "Perstorps kommun"},
 "sections": [{"heading": "Sammanfattning", "text": "Text om projektet."}]}`
	recs, err := Parse("p.json", []byte(doc), Options{})
	if err != nil || len(recs) != 1 {
		t.Fatalf("%v, %d records", err, len(recs))
	}
	r := recs[0]
	if r.ESFSupportSEK == nil || *r.ESFSupportSEK != 493090 || r.Lines[KeyESFSupport] != 3 || r.TotalBudgetSEK == nil || *r.TotalBudgetSEK != 820090 ||
		deref(r.Region) != "Sydsverige" || deref(r.Owner) != "Perstorps kommun" || deref(r.Summary) != "Text om projektet." {
		t.Errorf("read %+v", r)
	}
	for _, tt := range []struct {
		key   string
		inner []jsonField
		ok    bool
	}{
		{"Beviljat ESF-stöd", []jsonField{{"belopp", "1", 1}, {"valuta", "SEK", 1}}, true},
		{"value", []jsonField{{"belopp", "1", 1}}, true},
		{"projekt", []jsonField{{"belopp", "1", 1}}, false},
		{"Beviljat ESF-stöd", []jsonField{{"a", "1", 1}, {"b", "2", 1}, {"c", "3", 1}, {"d", "4", 1}}, false}, // maxValueParts+1
		{"Beviljat ESF-stöd", []jsonField{{"a", "1", 1}, {"b", "2", 1}, {"c", "3", 1}}, true},
		{"Beviljat ESF-stöd", []jsonField{{"Region", "Sydsverige", 1}}, false},
		{"Beviljat ESF-stöd", []jsonField{{"lista", []string{"a"}, 1}}, false},
	} {
		if _, ok := valueInParts(tt.key, tt.inner); ok != tt.ok {
			t.Errorf("valueInParts(%q, %v) = %v, want %v", tt.key, tt.inner, ok, tt.ok)
		}
	}
}

// TestJSONLabelsWithColons reads a browser extension's pairs whose labels
// keep their colons, a section of one paragraph among them.
func TestJSONLabelsWithColons(t *testing.T) {
	doc := `[{"label": "Namn:", "value": "Gagna:kompetens"}, {"label": "Projektägare:", "value": "Regionförbundet Östsam"},
 {"label": "Målsättning:", "value": "Målet är en ansökan."},
 {"label": "Tillgänglighet för personer med funktionsnedsättning:", "value": "Vi har fokus på tillgänglighet."},
 {"label": "Kommun:", "value": "Linköping"}]`
	recs, err := Parse("p.json", []byte(doc), Options{})
	if err != nil || len(recs) != 1 {
		t.Fatalf("%v, %d records", err, len(recs))
	}
	r := recs[0]
	if deref(r.Name) != "Gagna:kompetens" || deref(r.Owner) != "Regionförbundet Östsam" || deref(r.Goals) != "Målet är en ansökan." ||
		deref(r.Accessibility) != "Vi har fokus på tillgänglighet." || !slices.Equal(r.Municipalities, []string{"Linköping"}) {
		t.Errorf("read name %q, owner %q, goals %q, accessibility %q, municipalities %q", deref(r.Name), deref(r.Owner), deref(r.Goals), deref(r.Accessibility), r.Municipalities)
	}
}

// TestJSONBoardOfCards reads a board's export whose cards hold pages in
// their descriptions, as Trello writes one: a record a card, the board's
// own name and description no page, each card's own fields kept in extra.
func TestJSONBoardOfCards(t *testing.T) {
	board := `{"id": "b1", "name": "ESF-granskning 2024", "desc": "Projekt att granska.",
 "cards": [
  {"id": "c1", "name": "Within Kompetens", "desc": "Projektnummer: 2015/00764\nRegion: Sydsverige\nProjektägare: Kristianstads kommun", "closed": false, "url": "https://trello.com/c/1"},
  {"id": "c2", "name": "Egenmakt", "desc": "Projektfas: Förprojektering\nRegion: Sydsverige\nProjektägare: Arbete och Försörjning", "closed": true}
 ],
 "lists": [{"id": "l1", "name": "Att granska"}]}`
	recs, err := Parse("board.json", []byte(board), Options{})
	if err != nil || len(recs) != 2 {
		t.Fatalf("%d records, %v", len(recs), err)
	}
	for i, want := range []struct{ name, owner, id string }{{"Within Kompetens", "Kristianstads kommun", "c1"}, {"Egenmakt", "Arbete och Försörjning", "c2"}} {
		rec := recs[i]
		id, _ := rec.Extra.Get("id")
		if str(rec.Name) != want.name || str(rec.Owner) != want.owner || id == nil || *id != want.id {
			t.Errorf("card %d: name %q, owner %q, extra %v", i+1, str(rec.Name), str(rec.Owner), rec.Extra)
		}
	}
}

// TestJSONArrayOfBoards reads the cards of boards in an array, a record a
// card, and names the boards' own fields left out.
func TestJSONArrayOfBoards(t *testing.T) {
	doc := `[{"name": "ESF-projekt", "desc": "Tavla", "cards": [
  {"id": "c1", "name": "Digga", "desc": "Diarienummer: 23-038-S06\nProjektägare: Perstorps kommun\nStartdatum: 2024-03-01"},
  {"id": "c2", "name": "Egenmakt", "desc": "Projektfas: Förprojektering\nProjektägare: Arbete och Försörjning"}]}]`
	recs, err := Parse("boards.json", []byte(doc), Options{})
	if err != nil || len(recs) != 2 || str(recs[0].ID) != "23-038-S06" || str(recs[1].Owner) != "Arbete och Försörjning" {
		t.Fatalf("%v: %s", err, jsonString(recs))
	}
	one := `{"name": "ESF-projekt", "desc": "Tavla", "cards": [{"id": "c1", "name": "Digga", "desc": "Diarienummer: 23-038-S06\nProjektägare: Perstorps kommun"}]}`
	recs, err = Parse("board.json", []byte(one), Options{})
	if err != nil || len(recs) != 1 || !slices.ContainsFunc(recs[0].Warnings, func(w Warning) bool { return strings.Contains(w.Message, "(name, desc)") }) {
		t.Errorf("the board's own fields are not named: %v", recs)
	}
}

// TestProgramKeyLabel checks the keys a script writes read as the labels
// they stand for: esf's own names, "id" where its value is a project's
// number, and labels in snake or camel case; other keys as they are.
func TestProgramKeyLabel(t *testing.T) {
	for _, tt := range []struct {
		key   string
		value any
		want  string
	}{
		{"owner_org_number", "212000-0969", "Projektägare organisationsnummer"},
		{"total_budget_sek", "400000", "Total projektbudget"},
		{"owner", "Perstorps kommun", "Projektägare"},
		{"participants", "11", "Planerat antal deltagare"},
		{"plannedParticipants", "11", "Planned participants"},
		{"projekt_agare", "X", "Projektägare"},
		{"id", "2020/00634", "Projektnummer"},
		{"id", "4711", "id"},
		{"id", nil, "id"},
		{"name", "kanalen", "name"},
		{"url", "https://esf.se", "url"},
		{"Projekt ägare", "X", "Projekt ägare"},
		{"ts_x", "1", "ts_x"},
	} {
		if got := programKeyLabel(tt.key, tt.value); got != tt.want {
			t.Errorf("programKeyLabel(%q, %v) = %q, want %q", tt.key, tt.value, got, tt.want)
		}
	}
	for key, want := range map[string]bool{"a_b": true, "startDate": true, "StartDate": true, "ESF": false, "region": false, "a b_c": false, "": false} {
		if got := programName(key); got != want {
			t.Errorf("programName(%q) = %v, want %v", key, got, want)
		}
	}
	doc := `{"id": "2020/00634", "name": "Framtidsresan", "call_id": "2019/00123", "owner": "Perstorps kommun",
"owner_org_number": "212000-0969", "planned_participants": 440, "region": "Sydsverige", "total_budget_sek": 400000,
"municipalities": ["Perstorp"], "summary": "Text här."}`
	recs, err := Parse("p.json", []byte(doc), Options{Format: FormatJSON})
	if err != nil || len(recs) != 1 {
		t.Fatalf("%v, %d records", err, len(recs))
	}
	r := recs[0]
	if deref(r.ID) != "2020/00634" || deref(r.CallID) != "2019/00123" || deref(r.Owner) != "Perstorps kommun" || deref(r.OwnerOrgNumber) != "212000-0969" ||
		r.Participants == nil || *r.Participants != 440 || r.TotalBudgetSEK == nil || *r.TotalBudgetSEK != 400000 || deref(r.Summary) != "Text här." || len(r.Warnings) != 0 {
		t.Errorf("read %s", asRead(t, r))
	}
}

// TestJSONLinesOfObjects reads JSON Lines that esf did not write, an
// object a line, as a page each on its line; one object is a document,
// and a line of no object makes no JSON Lines.
func TestJSONLinesOfObjects(t *testing.T) {
	two := "{\"projektnummer\": \"2020/00634\", \"namn\": \"Framtidsresan\", \"region\": \"Sydsverige\"}\n\n{\"projektnummer\": \"2015/00764\", \"namn\": \"Within\", \"region\": \"Sydsverige\"}\n"
	for in, want := range map[string]bool{
		two: true, "{\"a\": 1}\n": false, "{\"a\": 1}\n{\"b\": 2}": true, "{\"a\": 1}\nb\n": false, "{\"a\": 1}\n[1]\n": false, "{\"a\": \n1}\n{\"b\": 2}\n": false,
	} {
		if got := jsonLinesOfObjects([]byte(in)); got != want {
			t.Errorf("jsonLinesOfObjects(%q) = %v, want %v", in, got, want)
		}
	}
	if !looksLikeJSONPage([]byte(two)) {
		t.Errorf("JSON Lines not known")
	}
	recs, err := Parse("p.ndjson", []byte(two), Options{})
	if err != nil || len(recs) != 2 {
		t.Fatalf("%v, %d records", err, len(recs))
	}
	if deref(recs[1].ID) != "2015/00764" || deref(recs[1].Name) != "Within" || recs[1].Source.Line != 3 || recs[1].Source.Format != FormatJSON || len(recs[1].Warnings) != 0 {
		t.Errorf("second page %s", asRead(t, recs[1]))
	}
}

// TestScraperKeysBesidePage keeps a scraper's own keys beside a page's
// whole text its own: "owner" there is the site's editor, not the
// project's owner, and the page is one.
func TestScraperKeysBesidePage(t *testing.T) {
	doc := `{"url": "https://www.esf.se/x", "title": "Framtidsresan", "owner": "webbredaktionen", "content": "2020/00634 - Framtidsresan\n\nProjektnummer:\n2020/00634\nProjektägare:\nPerstorps kommun\nRegion:\nSydsverige\n"}`
	recs, err := Parse("p.json", []byte(doc), Options{Format: FormatJSON})
	if err != nil || len(recs) != 1 {
		t.Fatalf("%v, %d records", err, len(recs))
	}
	if deref(recs[0].Owner) != "Perstorps kommun" {
		t.Errorf("owner %q", deref(recs[0].Owner))
	}
}
