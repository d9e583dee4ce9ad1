package parser

import "testing"

// TestReportHeading tells a report's caption, section heading or running
// head, which stands where a page has its name, from a project's name.
func TestReportHeading(t *testing.T) {
	for s, want := range map[string]bool{
		"Tabell 5. Fakta om Within Kompetens": true,
		"Table 3: Project facts":              true,
		"Faktaruta 2":                         true,
		"Fallstudie 1 – Within Kompetens":     true,
		"Bilaga 3":                            true,
		"4.1 Egenmakt":                        true,
		"2.1.3. Gagna:kompetens":              true,
		"Följeforskning ESF – Rapport 2021:4": true,
		"Within Kompetens":                    false,
		"Fakta 2030":                          false,
		"Agenda 2030":                         false,
		"1 000 jobb":                          false,
		"Tabellverket":                        false,
		"4.1":                                 false, // a number alone: the area's code
		"Rapportering 2021:4 i korthet":       false,
		"Kapitelvis framåt":                   false,
	} {
		if got := reportHeading.MatchString(s); got != want {
			t.Errorf("reportHeading(%q) = %v, want %v", s, got, want)
		}
	}
	page := "4.1 Egenmakt\n\nProjektägare: Arbete och Försörjning\nRegion: Sydsverige\nKontaktperson: Ola Johnsson\n"
	rec := parseOne(t, "p.txt", []byte(page))
	if !hasWarningOn(rec.Warnings, 1, KeyName, "a report's caption") {
		t.Errorf("name %q, warnings %v", str(rec.Name), rec.Warnings)
	}
}

// TestAnswerShapes names what an assistant's answer puts where a page has
// its name or after a value: its sentence that brings the facts, the
// user's question, a heading over a group of facts, a source's mark.
func TestAnswerShapes(t *testing.T) {
	for s, want := range map[string]bool{
		"Här är vad jag hittade om projektet Within Kompetens:":              true,
		"Kan du plocka ut nyckeluppgifterna från sidan?":                     true,
		"Kan du plocka ut nyckeluppgifterna från sidan? https://www.esf.se/": true,
		"Vart är vi på väg nu?":                                              false, // a name may ask, in a few words
		"Vart är vi på väg nu då?":                                           true,  // minIntroWords
		"Gagna:kompetens":                                                    false,
		"Within Kompetens":                                                   false,
	} {
		if got := introSentence(s); got != want {
			t.Errorf("introSentence(%q) = %v, want %v", s, got, want)
		}
	}
	for s, want := range map[string]string{
		"Här är vad jag hittade om projektet Within Kompetens:":                     "Within Kompetens",
		"Här är vad jag hittade om projektet Gagna:kompetens:":                      "Gagna:kompetens",
		"Here is what I found about the project \"Egenmakt\":":                      "Egenmakt",
		"Här är vad jag hittade om projektet En Två Tre Fyra Fem Sex Sju Åtta:":     "En Två Tre Fyra Fem Sex Sju Åtta", // maxIntroNameWords
		"Här är vad jag hittade om projektet En Två Tre Fyra Fem Sex Sju Åtta Nio:": "",
		"Här är vad jag hittade om projektet och dess mål:":                         "", // no name: small letters
		"Vad hittar du om projektet Egenmakt och dess mål?":                         "", // a question
		"Här är vad jag hittade på sidan om ett projekt i Umeå:":                    "",
		"Egenmakt": "",
	} {
		got, ok := introName(s)
		if got != want || ok != (want != "") {
			t.Errorf("introName(%q) = %q, %v; want %q", s, got, ok, want)
		}
	}
	for s, want := range map[string]string{
		"Arbete och Försörjning[^1^]": "g[^1^]",
		"Arbete och Försörjning[2]":   "g[2]",
		"Arbete och Försörjning³":     "g³",
		"Arbete och Försörjning":      "",
		"Programområde 1 [1]":         "",
		"Agenda 2030":                 "",
	} {
		if got := citationMark.FindString(s); got != want {
			t.Errorf("citationMark in %q = %q, want %q", s, got, want)
		}
	}
	rec := parseOne(t, "p.md", []byte("### Grunduppgifter\n\n- **Projektägare:** Arbete och Försörjning[^1^]\n- **Region:** Sydsverige\n- **Kontaktperson:** Ola Johnsson\n"))
	if !hasWarningOn(rec.Warnings, 1, KeyName, "group of facts") || !hasWarningOn(rec.Warnings, 3, KeyOwner, "[^1^]") {
		t.Errorf("name %q, owner %q, warnings %v", str(rec.Name), str(rec.Owner), rec.Warnings)
	}
}
