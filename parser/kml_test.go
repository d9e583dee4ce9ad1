package parser

import (
	"os"
	"slices"
	"strings"
	"testing"
)

// TestKMLPlaces reads each place of a map as a page: its name the title,
// its data the fields (Data, SimpleData), its description's HTML where
// it has no data; the map's styles, folders and coordinates no page's.
func TestKMLPlaces(t *testing.T) {
	kml := `<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2">
  <Document>
    <name>ESF-projekt i Sydsverige</name>
    <Style id="icon-1"><IconStyle><scale>1</scale></IconStyle></Style>
    <Folder>
      <name>Projekt</name>
      <Placemark>
        <name>Egenmakt</name>
        <description><![CDATA[Projektägare: Arbete och Försörjning<br>Region: Sydsverige]]></description>
        <ExtendedData>
          <Data name="Projektägare"><value>Arbete och Försörjning</value></Data>
          <Data name="Region"><value>Sydsverige</value></Data>
          <Data name="Startdatum"><value>2009-01-15</value></Data>
        </ExtendedData>
        <Point><coordinates>13.1,55.3,0</coordinates></Point>
      </Placemark>
      <Placemark>
        <name>Framtidsresan</name>
        <ExtendedData><SchemaData schemaUrl="#s"><SimpleData name="Projektnummer">2020/00634</SimpleData><SimpleData name="Projektägare">Perstorps kommun</SimpleData></SchemaData></ExtendedData>
      </Placemark>
      <Placemark>
        <name>Within</name>
        <description><![CDATA[<b>Projektägare:</b> Kristianstads kommun<br/>Region: Sydsverige]]></description>
      </Placemark>
    </Folder>
  </Document>
</kml>
`
	recs, err := Parse("karta.kml", []byte(kml), Options{})
	if err != nil || len(recs) != 3 {
		t.Fatalf("%d records, %v", len(recs), err)
	}
	want := []struct{ name, owner string }{{"Egenmakt", "Arbete och Försörjning"}, {"Framtidsresan", "Perstorps kommun"}, {"Within", "Kristianstads kommun"}}
	for i, w := range want {
		r := recs[i]
		if deref(r.Name) != w.name || deref(r.Owner) != w.owner || len(r.Extra) > 0 {
			t.Errorf("place %d: name %q, owner %q, extra %v", i, deref(r.Name), deref(r.Owner), r.Extra)
		}
		if !warnedOf(r, "a map's place") {
			t.Errorf("place %d: no note of the reading: %v", i, r.Warnings)
		}
	}
	if deref(recs[0].StartDate) != "2009-01-15" || deref(recs[1].ID) != "2020/00634" || deref(recs[2].Region) != "Sydsverige" {
		t.Errorf("start %q, id %q, region %q", deref(recs[0].StartDate), deref(recs[1].ID), deref(recs[2].Region))
	}
	if !strings.Contains(recs[0].Warnings[0].Message, "description") || strings.Contains(recs[2].Warnings[0].Message, "description") {
		t.Errorf("the description named where it was left out: %v / %v", recs[0].Warnings, recs[2].Warnings)
	}
	if recs[1].Lines[KeyID] != 20 {
		t.Errorf("id on line %d, want 20", recs[1].Lines[KeyID])
	}
}

// TestPressReleaseFactBox reads the project's name from a press release's
// fact box ("• Projekt: Framtidsresan"), below its headline, and names
// the headline; a sentence after "Projekt:" names nothing.
func TestPressReleaseFactBox(t *testing.T) {
	head := "Startsida > Nyheter\n\nPerstorps kommun får 400 000 kronor från Europeiska socialfonden\n\nPerstorps kommun startar projektet Framtidsresan med stöd från Europeiska socialfonden.\n\nFAKTA\n"
	box := "Projektnummer: 2020/00634\nProjektägare: Perstorps kommun\nRegion: Sydsverige\n"
	for _, c := range []struct{ line, want string }{
		{"• Projekt: Framtidsresan", "Framtidsresan"},
		{"Projekt: Framtidsresan", "Framtidsresan"},
		{"- Projekt: Framtidsresan 2", "Framtidsresan 2"},
		{"• Projekt: Vi ska stärka kompetensen hos alla anställda i kommunen och i regionen.", ""},
	} {
		rec := parseOne(t, "nyhet.txt", []byte(head+c.line+"\n"+box))
		if c.want != "" && (deref(rec.Name) != c.want || !warnedOf(rec, "may be the title instead")) {
			t.Errorf("%q: name %q, warnings %v", c.line, deref(rec.Name), rec.Warnings)
		}
		if c.want == "" && strings.HasPrefix(deref(rec.Name), "Vi ska") {
			t.Errorf("%q: a sentence read as the name", c.line)
		}
	}
	for n, want := range map[int]bool{maxFactBoxName: true, maxFactBoxName + 1: false} {
		name := strings.TrimSpace(strings.Repeat("Ord ", n))
		if got := factBoxProject("• Projekt: " + name); got != want {
			t.Errorf("a name of %d words: %v, want %v", n, got, want)
		}
	}
}

// TestSearchPage reads a search page of the project bank: its filter
// (choices with their counts of hits, under their names) and its count of
// hits are furniture, no field; cards of a few facts each read into one
// record are said.
func TestSearchPage(t *testing.T) {
	page, err := os.ReadFile("testdata/listing/sokresultat.html")
	if err != nil {
		t.Fatal(err)
	}
	rec := parseOne(t, "sok.html", page)
	if deref(rec.Name) != "Gagna:kompetens" || deref(rec.Owner) != "Regionförbundet Östsam" || deref(rec.StartDate) != "2008-05-01" || len(rec.Extra) > 0 {
		t.Errorf("name %q, owner %q, start %q, extra %v", deref(rec.Name), deref(rec.Owner), deref(rec.StartDate), rec.Extra)
	}
	if !slices.ContainsFunc(rec.Warnings, func(w Warning) bool { return w.Kind == WarnPage && strings.Contains(w.Message, "another page's facts") }) {
		t.Errorf("the card read into the record not said: %v", rec.Warnings)
	}
	for text, want := range map[string]bool{
		"Sydsverige (438) Stockholm (320)":        true,
		"1 Kompetensförsörjning (735) 2 Ökat (4)": true,
		"Sydsverige (438)":                        false, // one choice
		"Region Skåne (SE22) och Blekinge (SE21)": false, // no counts
		"Vi nådde 30 (av 40) deltagare (75 %).":   false,
		"Ett två tre fyra fem sex (3) A (4)":      false, // six words before a count
	} {
		if got := isFacets(text); got != want {
			t.Errorf("isFacets(%q) = %v, want %v", text, got, want)
		}
	}
	for text, want := range map[string]bool{"Visar 1–3 av 2798 projekt": true, "Showing 1-10 of 2798 projects": true, "Vi har 3 projekt": false} {
		if got := isHitCount(text); got != want {
			t.Errorf("isHitCount(%q) = %v, want %v", text, got, want)
		}
	}
}

// TestMinutesHeads reads minutes whose head and foot stand on every
// sheet ("TRELLEBORGS KOMMUN" / … / "Sida 18 av 27", "Justerandes sign")
// in the middle of the decision's appendix as the printout's, no page's;
// a head of fewer than minAboveHead lines is the page's.
func TestMinutesHeads(t *testing.T) {
	head := func(lines ...string) string { return strings.Join(lines, "\n") + "\n" }
	h3 := head("TRELLEBORGS KOMMUN", "SAMMANTRÄDESPROTOKOLL", "Sammanträdesdatum 2008-10-08")
	foot := "\nJusterandes sign\n\nUtdragsbestyrkande\n\n"
	page := h3 + "Sida 17 av 27\n\n§ 116 Ansökan, projekt Egenmakt\n\nBeslut att söka.\n" + foot +
		h3 + "Sida 18 av 27\n\nEgenmakt\n\nProjektfasFörprojektering\nProjektägareArbete och Försörjning\n" + foot +
		h3 + "Sida 19 av 27\n\nRegionSydsverige\nProjektperiod2009-01-15 till 2009-10-31\n\nSammanfattning\n\nVi utreder.\n"
	recs := mustParse(t, []byte(page))
	if len(recs) != 1 || deref(recs[0].Name) != "Egenmakt" || deref(recs[0].Region) != "Sydsverige" || deref(recs[0].Summary) != "Vi utreder." {
		t.Fatalf("%d records: %+v", len(recs), recs)
	}
	lines := classifyText(page, nil, nil, nil, lineMemo{})
	marked := 0
	for _, l := range lines {
		if l.text == "SAMMANTRÄDESPROTOKOLL" && l.furniture == furniturePrint {
			marked++
		}
	}
	if marked != 2 {
		t.Errorf("the head marked on %d sheets, want 2 (the input's top keeps its own)", marked)
	}
	// Two lines and a blank one are two lines: too few.
	two := strings.ReplaceAll(page, "SAMMANTRÄDESPROTOKOLL\n", "\n")
	for _, l := range classifyText(two, nil, nil, nil, lineMemo{}) {
		if l.text == "TRELLEBORGS KOMMUN" && l.furniture == furniturePrint {
			t.Errorf("a head of %d lines marked", minAboveHead-1)
			break
		}
	}
}

// TestReviewedReadings holds what a review found: a map whose first place
// shows nothing, a link's query below a page, a filter's shape outside a
// search page's filter, and a page's own JSON with "content" and "pages".
func TestReviewedReadings(t *testing.T) {
	kml := `<kml><Document><Placemark><Point><coordinates>1,2</coordinates></Point></Placemark><Placemark><name>Egenmakt</name><ExtendedData><Data name="Projektägare"><value>Lunds kommun</value></Data><Data name="Region"><value>Sydsverige</value></Data></ExtendedData></Placemark></Document></kml>`
	if recs, err := Parse("k.kml", []byte(kml), Options{}); err != nil || len(recs) == 0 || deref(recs[len(recs)-1].Owner) != "Lunds kommun" {
		t.Errorf("an empty place first: %v, %d records", err, len(recs))
	}
	q := "Egenmakt\n\nProjektägare: Lunds kommun\nRegion: Sydsverige\n\nFler projekt i samma region:\nhttps://www.esf.se/projektbanken/?Region=%C3%96vre+Norrland&Programomr%C3%A5de=2&Fond=ESF&Projektfas=Genomf%C3%B6rande\n"
	if rec := mustParse(t, []byte(q))[0]; deref(rec.Region) != "Sydsverige" || rec.ProjectPhase != nil {
		t.Errorf("a link's query below a page: region %q, phase %v", deref(rec.Region), rec.ProjectPhase)
	}
	f := "Egenmakt\n\nProjektägare: Lunds kommun\nAntal deltagare\nKvinnor (45) Män (38)\nRegion: Sydsverige\n"
	if rec := mustParse(t, []byte(f))[0]; !slices.ContainsFunc(rec.Warnings, func(w Warning) bool { return w.Key == KeyParticipants }) {
		t.Errorf("a filter's shape in a page: no warning on participants: %v", rec.Warnings)
	}
	j := `{"title":"Egenmakt","projektnummer":"2015/00764","content":"Projektägare: Lunds kommun\nRegion: Sydsverige\n","pages":1}`
	if recs, err := Parse("p.json", []byte(j), Options{}); err != nil || len(recs) != 1 || deref(recs[0].ID) != "2015/00764" {
		t.Errorf("a page's own JSON: %v, %+v", err, recs)
	}
}
