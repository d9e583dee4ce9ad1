package parser

import (
	"fmt"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// spokenPage writes lines as speech written back: each a sentence with
// its full stop.
func spokenPage(lines ...string) string {
	var b strings.Builder
	for _, l := range lines {
		if l != "" {
			l += "."
		}
		b.WriteString(l + "\n")
	}
	return b.String()
}

func TestStripSpokenStops(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want string // "" when the page is not read as speech
	}{
		{
			name: "labels alone and their values",
			in:   spokenPage("Egenmakt", "Projektägare", "Arbete och Försörjning", "Region", "Sydsverige", "Projektfas", "Förprojektering", "Sammanfattning", "Projektet ska ge unga vägar till arbete och utbildning i kommunen"),
			want: "Egenmakt\nProjektägare\nArbete och Försörjning\nRegion\nSydsverige\nProjektfas\nFörprojektering\nSammanfattning\nProjektet ska ge unga vägar till arbete och utbildning i kommunen.\n",
		},
		{
			name: "labels with their values, a comma for the colon",
			in:   spokenPage("Projektägare, Arbete och Försörjning", "Region: Sydsverige", "Projektfas: Förprojektering"),
			want: "Projektägare: Arbete och Försörjning\nRegion: Sydsverige\nProjektfas: Förprojektering\n",
		},
		{
			name: "two labels with a stop: a slip, no speech",
			in:   spokenPage("Projektägare", "Arbete och Försörjning", "Region", "Sydsverige") + "Projektfas\nFörprojektering\n",
		},
		{
			name: "a value of maxSpokenValueWords words, and one over",
			in:   spokenPage("Projektägare", "a b c d e f g h", "Region", "Sydsverige", "Projektfas", "a b c d e f g h i"),
			want: "Projektägare\na b c d e f g h\nRegion\nSydsverige\nProjektfas\na b c d e f g h i.\n",
		},
		{
			name: "a list's items below its heading",
			in:   spokenPage("Projektägare", "Region Skåne", "Region", "Sydsverige", "Kommuner", "Arboga", "Askersund", "", "Sammanfattning", "Projektet ska ge unga vägar till arbete och utbildning"),
			want: "Projektägare\nRegion Skåne\nRegion\nSydsverige\nKommuner\nArboga\nAskersund\n\nSammanfattning\nProjektet ska ge unga vägar till arbete och utbildning.\n",
		},
		{
			name: "a text's lines below its heading keep their stops",
			in:   spokenPage("Projektägare", "Region Skåne", "Region", "Sydsverige", "Tillgänglighet för personer med funktionsnedsättning", "Fysiska funktionshinder", "Lokalerna är tillgängliga för alla som deltar i projektets verksamhet", "Psykiska funktionshinder"),
			want: "Projektägare\nRegion Skåne\nRegion\nSydsverige\nTillgänglighet för personer med funktionsnedsättning\nFysiska funktionshinder.\nLokalerna är tillgängliga för alla som deltar i projektets verksamhet.\nPsykiska funktionshinder.\n",
		},
		{
			name: "a line of the site's below the facts",
			in:   spokenPage("Egenmakt", "Projektägare", "Region Skåne", "Region", "Sydsverige", "In English", "Sammanfattning", "Projektet ska ge unga vägar till arbete och utbildning i kommunen"),
			want: "Egenmakt\nProjektägare\nRegion Skåne\nRegion\nSydsverige\nIn English\nSammanfattning\nProjektet ska ge unga vägar till arbete och utbildning i kommunen.\n",
		},
		{
			name: "a telephone number in its spoken pairs, below its label and after it",
			in:   spokenPage("Projektägare", "Region Skåne", "Telefonnummer", "0410-73 30 94", "Region", "Sydsverige") + spokenPage("Telefonnummer, 013-25 56 12", "Telefon: 08-123 45 678"),
			want: "Projektägare\nRegion Skåne\nTelefonnummer\n0410-733094\nRegion\nSydsverige\nTelefonnummer: 013-255612\nTelefon: 08-12345678\n",
		},
		{
			name: "a telephone number of four digits, and of nine, as spoken",
			in:   spokenPage("Projektägare", "Region Skåne", "Telefonnummer", "0410-73 30", "Region", "Sydsverige", "Telefon: 08-123 45 67 89"),
			want: "Projektägare\nRegion Skåne\nTelefonnummer\n0410-73 30\nRegion\nSydsverige\nTelefon: 08-123 45 67 89\n",
		},
		{
			name: "a list's number spoken apart from its item",
			in:   spokenPage("Projektägare", "Region Skåne", "Region", "Sydsverige", "Målsättning", "Projektet har fyra mål som alla rör unga i kommunen", "1", "Bidra till att unga kommer i arbete", "2. Bidra till att unga börjar studera", "12", "Fler unga i arbete", "123", "Fler unga i arbete"),
			want: "Projektägare\nRegion Skåne\nRegion\nSydsverige\nMålsättning\nProjektet har fyra mål som alla rör unga i kommunen.\n\n1. Bidra till att unga kommer i arbete.\n2. Bidra till att unga börjar studera.\n\n12. Fler unga i arbete.\n123.\nFler unga i arbete.\n",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := stripSpokenStops(tt.in)
			if ok != (tt.want != "") || ok && got != tt.want {
				t.Errorf("stripSpokenStops = %v\n%s\nwant\n%s", ok, got, tt.want)
			}
		})
	}
}

// TestSpokenPage reads a seed page written back from speech as the seed,
// in each of a transcription tool's outputs: its text, its console's
// timed segments, whisper.cpp's, its tab-separated values; a label and
// its value a segment, or a label and its value each a segment of its
// own, or two facts in one.
func TestSpokenPage(t *testing.T) {
	for _, seed := range []string{seed2021, seedGlued} {
		t.Run(seed, func(t *testing.T) { testSpokenPage(t, seed) })
	}
}

func testSpokenPage(t *testing.T, seed string) {
	want := jsonMap(t, parseOne(t, seed, seedLinesWith(t, seed)))
	data := string(seedLinesWith(t, seed))
	var lines []string
	for _, l := range strings.Split(data, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			lines = append(lines, strings.TrimRight(l, ".")+".")
		}
	}
	pair := func(lines []string) []string { // "Projektägare." / "Arbete …." as one
		var out []string
		for i := 0; i < len(lines); i++ {
			if c := classify(strings.TrimSuffix(lines[i], "."), 0, false); c.term != nil && c.value == "" && c.heading == nil && i+1 < len(lines) {
				out = append(out, strings.TrimSuffix(lines[i], ".")+": "+lines[i+1])
				i++
				continue
			}
			out = append(out, lines[i])
		}
		return out
	}
	comma := func(lines []string) []string { // "Projektägare, Arbete …."
		out := make([]string, len(lines))
		for i, l := range lines {
			if label, value, ok := strings.Cut(l, ":"); ok && classify(label+":", 0, false).term != nil {
				l = label + ", " + strings.TrimLeft(value, ": ")
			}
			out[i] = l
		}
		return out
	}
	merged := func(lines []string) []string { // two facts a segment
		var out []string
		for i := 0; i < len(lines); i++ {
			if i+1 < len(lines) && strings.Contains(lines[i], ": ") && strings.Contains(lines[i+1], ": ") && len(lines[i]) < 80 {
				out = append(out, lines[i]+" "+lines[i+1])
				i++
				continue
			}
			out = append(out, lines[i])
		}
		return out
	}
	said := func(lines []string) []string { // "regionen Sydsverige.", as dictation says it
		out := make([]string, len(lines))
		for i, l := range lines {
			if label, value, ok := strings.Cut(l, ": "); ok && classify(label+":", 0, false).term != nil {
				if label == "Region" {
					label = "Regionen"
				}
				if r, size := utf8.DecodeRuneInString(label); i%2 == 1 {
					label = string(unicode.ToLower(r)) + label[size:]
				}
				l = label + " " + value
			}
			out[i] = l
		}
		return out
	}
	timed := func(lines []string, format string) string {
		var b strings.Builder
		for i, l := range lines {
			fmt.Fprintf(&b, format, i/60, i%60, i/60, i%60+1, l)
		}
		return b.String()
	}
	for name, in := range map[string]string{
		"text":        strings.Join(lines, "\n") + "\n",
		"text paired": strings.Join(pair(lines), "\n") + "\n",
		"text comma":  strings.Join(comma(pair(lines)), "\n") + "\n",
		"text said":   strings.Join(said(pair(lines)), "\n") + "\n",
		"whisper":     "Detected language: Swedish\n" + timed(lines, "[%02d:%02d.000 --> %02d:%02d.500]  %s\n"),
		"whisper.cpp": timed(pair(lines), "[00:%02d:%02d.000 --> 00:%02d:%02d.500]   %s\n"),
		"merged":      timed(merged(pair(lines)), "[%02d:%02d.000 --> %02d:%02d.500]  %s\n"),
		"tsv":         "start\tend\ttext\n" + timed(pair(lines), "%d%d000\t%d%d500\t%s\n"),
	} {
		t.Run(name, func(t *testing.T) {
			rec := parseOne(t, "page.txt", []byte(in))
			got := jsonMap(t, rec)
			for k, v := range want {
				if k == "source" || k == "warnings" || k == "extra" || isText(k) || k == "raw" && name == "text said" {
					continue // labels said are kept in raw as said
				}
				if jsonString(got[k]) != jsonString(v) {
					t.Errorf("%s = %s, want %s", k, jsonString(got[k]), jsonString(v))
				}
			}
			for k, v := range want {
				if isText(k) && (v == nil) != (got[k] == nil) {
					t.Errorf("%s: %v, want %v", k, got[k] != nil, v != nil)
				}
			}
		})
	}
}

// TestLooksLikeTranscript holds the sniff to a transcript's first lines.
func TestLooksLikeTranscript(t *testing.T) {
	for in, want := range map[string]bool{
		"[00:00.000 --> 00:02.500]  Egenmakt.\n":                              true,
		"Detected language: Swedish\n[00:00.000 --> 00:02.500]  Egenmakt.\n":  true,
		"[00:00:00.000 --> 00:00:02.500]   Egenmakt.\n":                       true,
		"start\tend\ttext\n0\t2500\tEgenmakt.\n":                              true,
		"Detected language: Swedish\n\nEgenmakt.\n":                           false, // no segment on the next line
		"Egenmakt\n[00:00.000 --> 00:02.500]  Projektägare.\n":                false,
		"start\tend\ttext and more\n":                                         false,
		"[Flik 1 av 5] Grunduppgifter\n[00:00.000 --> 00:02.500] Egenmakt.\n": false,
	} {
		if got := looksLikeSubtitles([]byte(in)); got != want {
			t.Errorf("looksLikeSubtitles(%q) = %v, want %v", in, got, want)
		}
	}
}

// isText reports a record's key whose value is the page's text, which
// speech writes back with its own stops.
func isText(k string) bool {
	switch k {
	case "summary", "background", "purpose", "goals", "accessibility", "transnational", "other_sections":
		return true
	}
	return false
}

func TestJoinSpokenPairs(t *testing.T) {
	for in, want := range map[string]string{
		"0410-73 30 94":     "0410-733094",
		"013-25 56 12":      "013-255612",
		"08-123 45":         "08-12345",    // minSubscriberDigits
		"08-12 34":          "",            // one under
		"08-123 45 678":     "08-12345678", // maxSubscriberDigits
		"08-123 45 67 89":   "",            // one over
		"08-123 456":        "08-123456",   // maxPairGroup
		"08-1234 56":        "",            // one over
		"0410-12 34 5":      "0410-12345",  // a group of one where the count is odd
		"04101-73 30 94":    "",            // an area code of five digits
		"0-73 30 94":        "",            // of one
		"4410-73 30 94":     "",            // no 0 first
		"0410-733094":       "",            // one group: as the page writes it
		"0410-73  30 94":    "",            // two spaces
		"0410-73 30 94 kr":  "",
		"212000-0910":       "",
		"1 februari 2021":   "",
		"0410 - 73 30 94":   "",
		"0410-73 30 94 ":    "",
		"070-123 45 67":     "070-1234567",
		"0410-7a 30 94":     "",
		"Arbete och Arbete": "",
	} {
		got, ok := joinSpokenPairs(in)
		if ok != (want != "") || ok && got != want || !ok && got != in {
			t.Errorf("joinSpokenPairs(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
}

func TestSpokenNumber(t *testing.T) {
	for in, want := range map[string]bool{
		"1.":     true,
		" 7. ":   true,
		"99.":    true, // maxItemDigits
		"100.":   false,
		"1":      false,
		".":      false,
		"1.2.":   false,
		"a.":     false,
		"1. Mål": false,
		"":       false,
	} {
		if got := spokenNumber(in); got != want {
			t.Errorf("spokenNumber(%q) = %v, want %v", in, got, want)
		}
	}
	for in, want := range map[string]bool{
		"Bidra till att":  true,
		"Öka samsynen":    true,
		"  Öka samsynen":  true,
		"bidra till att":  false,
		"2. Bidra":        false,
		"":                false,
		"\"Stora grupper": false,
	} {
		if got := itemText(in); got != want {
			t.Errorf("itemText(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestJoinedPhones(t *testing.T) {
	before := "Telefonnummer.\n0410-73 30 94.\nProjektperiod, 1 maj 2008 till 31 oktober 2008.\nStödmottagare postnr, 284 85.\n"
	after := "Telefonnummer\n0410-733094\nProjektperiod: 1 maj 2008 till 31 oktober 2008\nStödmottagare postnr: 284 85\n"
	if got := joinedPhones(before, after); len(got) != 1 || got[0] != 2 {
		t.Errorf("joinedPhones = %v, want [2]", got)
	}
	for in, want := range map[string]int{"0410-73 30 94": 2, "1 maj 2008": 0, "284 85": 1, "": 0, " 1 ": 0} {
		if got := digitSpaces(in); got != want {
			t.Errorf("digitSpaces(%q) = %d, want %d", in, got, want)
		}
	}
}

// spokenTranscript is a page read aloud and written back by a
// transcription tool, a segment a line: its telephone number in the pairs
// it is spoken in, its texts' sub-headings as sentences, the site's link
// below the facts, a list's number a segment of its own.
const spokenTranscript = `Logotyp på utskrifter.
Egenmakt.
Programområde.
Programområde 2 Ökat arbetskraftsutbud.
Projektfas.
Förprojektering.
Projektägare.
Arbete och Försörjning.
Kontaktperson.
Ola Johnsson.
Telefonnummer.
0410-73 30 94.
Region.
Sydsverige.
In English.
Sammanfattning.
Denna förprojektering ämnar att tillse vilka kompetenshöjande insatser som skulle göra att projektdrivarna tar makten över sina egna liv.
Målsättning.
Den övergripande målsättningen med förprojekteringen är att utveckla en metodik som skall prövas i ett större genomförandeprojekt.
1.
Bidra till att kvinnor och män som står långt från arbetsmarknaden utvecklas och kommer i arbete.
2. Bidra till att underlätta ungas etablering i arbetslivet.
Tillgänglighet för personer med funktionsnedsättning.
Fysiska funktionshinder.
Lokalerna som projektet kommer att drivas i är tillgängliga för personer med fysiska funktionshinder.
Psykiska funktionshinder.
Kompetens att hantera individer med olika grad av psykiska funktionshinder kommer att finnas i projektet.
`

// TestSpokenTranscript reads a whole page written back from speech.
func TestSpokenTranscript(t *testing.T) {
	for name, in := range map[string]string{
		"text":    spokenTranscript,
		"whisper": timedTranscript(spokenTranscript),
	} {
		t.Run(name, func(t *testing.T) {
			rec := parseOne(t, "page.txt", []byte(in))
			for _, c := range []struct {
				field string
				got   *string
				want  string
			}{
				{"name", rec.Name, "Egenmakt"},
				{"contact_phone", rec.ContactPhone, "0410-733094"},
				{"summary", rec.Summary, "Denna förprojektering ämnar att tillse vilka kompetenshöjande insatser som skulle göra att projektdrivarna tar makten över sina egna liv."},
				{"goals", rec.Goals, "Den övergripande målsättningen med förprojekteringen är att utveckla en metodik som skall prövas i ett större genomförandeprojekt.\n\n1. Bidra till att kvinnor och män som står långt från arbetsmarknaden utvecklas och kommer i arbete.\n2. Bidra till att underlätta ungas etablering i arbetslivet."},
				{"accessibility", rec.Accessibility, "Fysiska funktionshinder.\nLokalerna som projektet kommer att drivas i är tillgängliga för personer med fysiska funktionshinder.\nPsykiska funktionshinder.\nKompetens att hantera individer med olika grad av psykiska funktionshinder kommer att finnas i projektet."},
			} {
				if got := str(c.got); got != c.want {
					t.Errorf("%s = %q, want %q", c.field, got, c.want)
				}
			}
			named := false
			for _, w := range rec.Warnings {
				named = named || w.Key == KeyContactPhone && w.Line == 12 && w.Message == spokenPhoneNote
				if w.Key != KeySource && w.Key != KeyContactPhone {
					t.Errorf("warning %v", w)
				}
			}
			if !named {
				t.Errorf("no warning names contact_phone on line 12: %v", rec.Warnings)
			}
		})
	}
}

// timedTranscript writes a transcript's lines as a transcription tool's
// console prints them, a segment's times before each.
func timedTranscript(text string) string {
	var b strings.Builder
	for i, l := range strings.Split(strings.TrimSuffix(text, "\n"), "\n") {
		fmt.Fprintf(&b, "[%02d:%02d.000 --> %02d:%02d.500]  %s\n", i/60, i%60, i/60, i%60+1, l)
	}
	return b.String()
}

// TestSpokenCommaPage reads a page written back from speech with a comma
// after each label as its text, not as a sheet's rows: the text's first
// sentence, which holds a comma too, is the summary's, no label's.
func TestSpokenCommaPage(t *testing.T) {
	in := spokenPage(
		"23-038-S06 - Digga Perstorps Personal",
		"Diarienummer, 23-038-S06",
		"Namn, Digga Perstorps Personal",
		"Startdatum, 1 mars 2024",
		"Projektägare, Perstorps kommun",
		"Region, Sydsverige",
		"Antal deltagare, 605",
		"Perstorp är Skånes minsta kommun, och en kommun som under en längre tid haft betydande socioekonomiska utmaningar",
		"Enligt en kartläggning som genomfördes 2018-2019 är kommunens problematik mångfacetterad",
	)
	rec := parseOne(t, "page.txt", []byte(in))
	if rec.Source.Format != FormatText {
		t.Errorf("format %s, want %s", rec.Source.Format, FormatText)
	}
	if len(rec.Extra) != 0 {
		t.Errorf("extra %v, want none", rec.Extra)
	}
	want := "Perstorp är Skånes minsta kommun, och en kommun som under en längre tid haft betydande socioekonomiska utmaningar.\nEnligt en kartläggning som genomfördes 2018-2019 är kommunens problematik mångfacetterad."
	if got := str(rec.Summary); got != want {
		t.Errorf("summary = %q, want %q", got, want)
	}
	if got := str(rec.Region); got != "Sydsverige" {
		t.Errorf("region = %v", got)
	}
}

// TestSaidFacts reads facts as dictation writes them: labels said in
// small letters, in their definite form, a compound in two words, a date
// after "den", two facts a line; and leaves sentences alone.
func TestSaidFacts(t *testing.T) {
	for _, tt := range []struct{ body, want string }{
		{"Regionen Stockholm", "Region: Stockholm"},
		{"kontaktperson Anna Svensson", "Kontaktperson: Anna Svensson"},
		{"Projekt nummer 2016/01039", "Projekt nummer: 2016/01039"}, // the reader reads its spelling
		{"Start den 15 september 2017", "Start: 15 september 2017"},
		{"Startdatum 15 december 2024. Slutdatum den 31 augusti 2027", "Startdatum: 15 december 2024 | Slutdatum: 31 augusti 2027"},
		{"Total budget 25361706 kronor", "Total budget: 25361706 kronor"},
		{"Projektet handlar om att stärka unga", ""},        // a sentence: "Projektet" is no label said
		{"Region Skåne har höga mål för alla unga här", ""}, // more words than a value's
		{"Startdatum snart", ""}, // no date
		{"Beviljat ESF stöd ungefär 12,4 miljoner kronor", "Beviljat ESF-stöd: ungefär 12,4 miljoner kronor"}, // digits that do not read: the setter names them
		{"Start av projektet sker i januari", ""},    // no digit: a sentence
		{"Projektägare, Arbete och Försörjning", ""}, // a comma: spokenAs's
	} {
		got, ok := saidFacts(tt.body)
		if ok != (tt.want != "") || got != tt.want {
			t.Errorf("saidFacts(%q) = %q, %v; want %q", tt.body, got, ok, tt.want)
		}
	}
	runEdges(t, []edgeCase{{
		name: "a page dictated into a phone's notes",
		page: "17 november 2024 kl. 14:46\nJobbsprånget.\nProjekt nummer 2016/01039.\nProjektägare Folkuniversitetet, Stiftelsen Kursverksamheten vid Lunds universitet.\nRegionen Stockholm.\nStartdatum 15 september 2017. Slutdatum den 31 oktober 2020.\nTotal budget 25361706 kronor.\nkontaktperson Anna Svensson.\n\nProjektet handlar om att stärka unga.\n",
		want: map[string]any{"id": "2016/01039", "name": "Jobbsprånget", "owner": "Folkuniversitetet, Stiftelsen Kursverksamheten vid Lunds universitet",
			"region": "Stockholm", "start_date": "2017-09-15", "end_date": "2020-10-31", "total_budget_sek": 25361706, "contact_name": "Anna Svensson"},
		warnings: []edgeWarning{
			{2, KeyName, `may be the title instead`},
			{2, KeySource, `written back from speech`},
			{6, KeySource, `the facts stand several to a line`},
		},
	}})
}

func TestSaidLabelStart(t *testing.T) {
	for w, want := range map[string]bool{
		"Regionen": true, "kontaktperson": true, "Projekt": true, "Projektet": true, "Start": true,
		"Målet": false, "Vi": false, "Hej": false, "Samtidigt": false,
	} {
		if got := saidLabelStart(w); got != want {
			t.Errorf("saidLabelStart(%q) = %v, want %v", w, got, want)
		}
	}
}
