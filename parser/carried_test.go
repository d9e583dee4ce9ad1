package parser

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// seedLinesWith returns the seed page named with each of its lines old
// replaced by new, in pairs; the test fails where a line is not there.
func seedLinesWith(t *testing.T, seed string, pairs ...string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(testdata, "pages", seed))
	if err != nil {
		t.Fatal(err)
	}
	text := "\n" + string(data)
	for i := 0; i+1 < len(pairs); i += 2 {
		old := "\n" + pairs[i] + "\n"
		if !strings.Contains(text, old) {
			t.Fatalf("%s has no line %q", seed, pairs[i])
		}
		text = strings.Replace(text, old, "\n"+pairs[i+1]+"\n", 1)
	}
	return []byte(text[1:])
}

const (
	seed2021    = "000_79b1cc7135eb8e4d.txt"
	seed2014    = "001_451f6fcbe595c098.txt"
	seedStacked = "002_7858258275a19d00.txt"
	seedGlued   = "003_fc0d866d55fe1104.txt"
)

// TestLabelsInOtherWords reads pages whose labels and headings a
// translation, another version of the site or a hand wrote in other
// words: each field is read, or the field is named on the line that may
// hold it, and nothing else is said.
func TestLabelsInOtherWords(t *testing.T) {
	type warning struct {
		line int
		key  Key
		has  string
	}
	page2007 := "Egenmakt\n\nProgramområde: Programområde 2 Ökat arbetskraftsutbud\nProjektfas: Förprojektering\nProjektägare: Arbete och Försörjning\nUppgift: Ola Johnsson\n%s\nBeviljat ESF-stöd: 493 090 kr\nProjektperiod: 2009-01-15 till 2009-10-31\n"
	tests := []struct {
		name     string
		page     []byte
		want     map[string]any
		warnings []warning
		// seed and asSeed: keys that must read as the unmodified seed's.
		seed   string
		asSeed []string
	}{
		{
			name:     "a yes or no under a label in other words",
			page:     seedLinesWith(t, seed2021, "Sekundärtema - Motverka barnfattigdom:", "Sekundärt tema - Bekämpa barnfattigdom:"),
			want:     map[string]any{"secondary_theme_child_poverty": nil},
			warnings: []warning{{27, KeyChildPoverty, `its value "Nej" reads as secondary_theme_child_poverty, which the page leaves empty`}},
		},
		{
			name: "a yes or no that two empty fields read, told by its place",
			page: seedLinesWith(t, seed2021, "Sekundärtema - Motverka barnfattigdom:", "Sekundärt tema - Bekämpa barnfattigdom:",
				"Insats av strategisk betydelse:", "Strategiskt viktig insats:"),
			warnings: []warning{
				{27, KeyChildPoverty, `reads as secondary_theme_child_poverty`},
				{41, KeyStrategicImportance, `reads as strategic_importance`},
			},
		},
		{
			name:     "a case number under a label in other words, the title's",
			page:     seedLinesWith(t, seed2021, "Diarienummer:", "Registreringsnummer:"),
			want:     map[string]any{"id": "23-038-S06"},
			warnings: []warning{{3, KeyID, `its value "23-038-S06" is the page's id`}},
		},
		{
			name:     "a case number on a page whose layout has no call: the title's id",
			page:     seedLinesWith(t, seed2014, "Projektnummer:", "Löpnummer:"),
			warnings: []warning{{3, KeyID, `its value "2020/00634" is the page's id`}},
		},
		{
			name:     "a count whose form is a postcode's, told by its place",
			page:     seedLinesWith(t, seed2021, "Antal deltagare:", "Omfattning:", "605", "12000"),
			want:     map[string]any{"participants": nil},
			warnings: []warning{{39, KeyParticipants, `stands where the page's period writes the label of participants`}},
		},
		{
			name:     "a call's number on a stacked page",
			page:     seedLinesWith(t, seedStacked, "Utlysning", "Samtal"),
			want:     map[string]any{"call_id": nil, "id": "2015/00764"},
			warnings: []warning{{9, KeyCallID, `its value "2015/00538" reads as call_id`}},
		},
		{
			name:     "a programme area with its name under a label that shares a word with another",
			page:     []byte(strings.Replace(strings.Replace(page2007, "Programområde:", "Programmets område:", 1), "%s", "Telefonnummer: 0410-733094", 1)),
			warnings: []warning{{3, KeyProgrammeAreaCode, `reads as programme_area_code`}, {6, KeyContactName, `contact_name`}, {6, KeyContactEmail, `contact_email`}},
		},
		{
			name:     "a name under a label in other words, told by its place",
			page:     seedLinesWith(t, seed2014, "Projektägare:", "Driver:"),
			want:     map[string]any{"owner": nil},
			warnings: []warning{{5, KeyOwner, `stands where the page's period writes the label of owner`}},
		},
		{
			name: "two empty fields where the label stands: both named",
			page: []byte(strings.Replace(page2007, "%s", "Telefonnummer: 0410-733094", 1)),
			warnings: []warning{
				{6, KeyContactName, `stands where the page's period writes the label of contact_name`},
				{6, KeyContactEmail, `stands where the page's period writes the label of contact_email`},
			},
		},
		{
			// A person's role as the label: the person is the contact,
			// wherever the label stands.
			name:     "a role over a person's name, where the page has no contact",
			page:     []byte(strings.Replace(strings.Replace(page2007, "Uppgift:", "Ansvarig:", 1), "%s", "Region: Sydsverige", 1)),
			warnings: []warning{{6, KeyContactName, `its value "Ola Johnsson" reads as contact_name`}},
		},
		{
			name:     "three empty fields where the label stands: its place tells nothing",
			page:     []byte(strings.Replace(page2007, "%s", "Region: Sydsverige", 1)),
			warnings: []warning{},
		},
		{
			name:     "a heading's last word in the plural",
			page:     seedLinesWith(t, seedGlued, "Tillgänglighet för personer med funktionsnedsättning", "Tillgänglighet för personer med funktionsnedsättningar"),
			seed:     seedGlued,
			asSeed:   []string{"goals", "accessibility", "transnational"},
			warnings: []warning{{53, KeyAccessibility, `written with other endings`}},
		},
		{
			name:     "a heading in its definite form",
			page:     seedLinesWith(t, seedGlued, "Syfte", "Syftet"),
			seed:     seedGlued,
			asSeed:   []string{"background", "purpose", "goals"},
			warnings: []warning{{38, KeyPurpose, `read as the heading "Syfte", written with other endings`}},
		},
		{
			name:     "a heading in words esf does not know, between two it knows",
			page:     seedLinesWith(t, seedGlued, "Syfte", "Avsikt"),
			want:     map[string]any{"purpose": nil},
			warnings: []warning{{38, KeyPurpose, `may be the heading of purpose`}, {38, KeyBackground, `the text of background may end above "Avsikt"`}},
		},
		{
			name:     "a summary's heading in words esf does not know",
			page:     seedLinesWith(t, seedGlued, "Sammanfattning", "Kortfattat"),
			warnings: []warning{{17, KeySummary, `may be the summary's heading`}},
		},
		{
			name:     "a summary's heading in words esf does not know, read as a section of its own",
			page:     seedLinesWith(t, seedStacked, "Sammanfattning", "Om insatsen"),
			want:     map[string]any{"summary": nil},
			warnings: []warning{{28, KeySummary, `may be the summary's heading in words esf does not know`}},
		},
		{
			name:     "the last section's heading in other words, above the lists",
			page:     seedLinesWith(t, seedGlued, "Transnationellt samarbete", "Utbyte med Danmark"),
			want:     map[string]any{"transnational": nil},
			warnings: []warning{{63, KeyTransnational, `may be the heading of transnational`}, {63, KeyAccessibility, `the text of accessibility may end above`}},
		},
		{
			name: "the last section's heading in other words, no lists below, sharing a word with its own",
			page: seedLinesWith(t, seedGlued, "Transnationellt samarbete", "Gränsöverskridande samarbete",
				"Medfinansiärer", "Övrigt", "Kommun", "Ort"),
			warnings: []warning{{63, KeyTransnational, `shares a word with the heading of transnational`}, {63, KeyAccessibility, `the text of accessibility may end above`}},
		},
		{
			name: "the last section's heading in other words, no lists below, sharing none: its place tells nothing",
			page: seedLinesWith(t, seedGlued, "Transnationellt samarbete", "Utbyte med Danmark",
				"Medfinansiärer", "Övrigt", "Kommun", "Ort"),
			warnings: []warning{},
		},
		{
			name:     "a list's heading inflected, over its items",
			page:     seedLinesWith(t, seedGlued, "Medfinansiärer", "Medfinansiärerna"),
			seed:     seedGlued,
			asSeed:   []string{"cofinanciers", "transnational"},
			warnings: []warning{{67, KeyCofinanciers, `written with other endings`}},
		},
		{
			name:     "a list's heading in words esf does not know",
			page:     seedLinesWith(t, seedGlued, "Medfinansiärer", "Samfinansiärer"),
			want:     map[string]any{"cofinanciers": []any{}},
			warnings: []warning{{67, KeyCofinanciers, `may be the heading of cofinanciers`}, {67, KeyTransnational, `the text of transnational may end above`}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := parseOne(t, "page.txt", tt.page)
			got := jsonMap(t, rec)
			for k, v := range tt.want {
				if jsonString(got[k]) != jsonString(v) {
					t.Errorf("%s = %s, want %s", k, jsonString(got[k]), jsonString(v))
				}
			}
			if tt.seed != "" {
				want := jsonMap(t, parseOne(t, tt.seed, seedLinesWith(t, tt.seed)))
				for _, k := range tt.asSeed {
					if jsonString(got[k]) != jsonString(want[k]) || want[k] == nil {
						t.Errorf("%s = %s, want the seed's %s", k, jsonString(got[k]), jsonString(want[k]))
					}
				}
			}
			if len(rec.Warnings) != len(tt.warnings) {
				t.Errorf("%d warnings, want %d: %v", len(rec.Warnings), len(tt.warnings), rec.Warnings)
			}
			for _, w := range tt.warnings {
				if !hasWarningOn(rec.Warnings, w.line, w.key, w.has) {
					t.Errorf("no warning on line %d [%s] with %q in %v", w.line, w.key, w.has, rec.Warnings)
				}
			}
		})
	}
}

// TestSeedsNamedNothing reads the seeds as they are: no label in other
// words, no heading missing.
func TestSeedsNamedNothing(t *testing.T) {
	for _, seed := range []string{seed2021, seed2014, seedStacked, seedGlued, "004_4a684bc2c2b12aa3.txt"} {
		rec := parseOne(t, seed, seedLinesWith(t, seed))
		if len(rec.Warnings) != 0 {
			t.Errorf("%s: %v", seed, rec.Warnings)
		}
	}
}

func TestSameWordInflected(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"mal", "malen", true},       // a stem of minStem letters
		{"ma", "maen", false},        // one under
		{"syfte", "syftet", true},    // the definite form
		{"syfte", "syftning", false}, // another word
		{"bakgrund", "bakgrunden", true},
		{"medflnanslar", "medflnanslarema", true},    // plural and definite, "rn" folded
		{"malsattnlng", "malsattnlngar", true},       // the plural
		{"funktlonshlnder", "funktlonshlndar", true}, // one slip in a long word
		{"bakgrund", "bakgrvnd", true},               // one slip at minFuzzyLabel letters
		{"syften", "syftar", true},
		{"resultat", "resultet", true},
		{"syfte", "sylte", false}, // one slip in a short word
		{"tlllganglighet", "tlllganglighetsplan", false},
	}
	for _, tt := range tests {
		if got := sameWordInflected(tt.a, tt.b); got != tt.want {
			t.Errorf("sameWordInflected(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestInflectedHeading(t *testing.T) {
	tests := []struct {
		text string
		want Key
	}{
		{"Syftet", KeyPurpose},
		{"Bakgrunden", KeyBackground},
		{"Målsättningar", KeyGoals},
		{"2. Målen", KeyGoals},
		{"Medfinansiärerna:", KeyCofinanciers},
		{"Tillgänglighet för personer med funktionsnedsättningar", KeyAccessibility},
		{"Syftet.", numKeys},                     // a sentence
		{"Syftet med projektet", numKeys},        // more words than a heading
		{"Tillgänglighet för personer", numKeys}, // fewer
		{strings.Repeat("Syftet ", 10), numKeys},
	}
	for _, tt := range tests {
		got := numKeys
		if h := inflectedHeading(tt.text); h != nil {
			got = h.key
		}
		if got != tt.want {
			t.Errorf("inflectedHeading(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

func TestValueShows(t *testing.T) {
	tests := []struct {
		k     Key
		value string
		want  bool
	}{
		{KeyID, "23-038-S06", true},
		{KeyID, "2015/00538", true},
		{KeyID, "Framtidsresan", false},
		{KeyProgrammeCCI, "2021SE05SFPR", true},
		{KeyContactEmail, "ola@trelleborg.se", true},
		{KeyContactEmail, "ola at trelleborg", false},
		{KeyCountry, "Sverige", true},
		{KeyCountry, "Perstorp", false},
		{KeyTotalBudget, "10 000 kr", true}, // minAmountShown
		{KeyTotalBudget, "9 999 kr", false}, // one under
		{KeyTotalBudget, "12000", false},    // a number with nothing of money
		{KeyESFSupport, "493 090", true},
		{KeyCofinancingRate, "40%", true},
		{KeyCofinancingRate, "40", false},
		{KeyProgrammeAreaCode, "Programområde 2 Ökat arbetskraftsutbud", true},
		{KeyProgrammeAreaCode, "2", false}, // a code alone
		{KeyChildPoverty, "Nej", true},
		{KeyChildPoverty, "Kanske", false},
		{KeyOwner, "Perstorps kommun", false}, // a name shows nothing
		{KeyParticipants, "117", false},       // nor a number alone
	}
	for _, tt := range tests {
		if got := valueShows(tt.k, tt.value); got != tt.want {
			t.Errorf("valueShows(%v, %q) = %v, want %v", tt.k, tt.value, got, tt.want)
		}
	}
}

func TestKeysBetween(t *testing.T) {
	orders := labelOrders[Period2014]
	tests := []struct {
		above, below Key
		want         []Key
	}{
		{KeyID, KeyName, []Key{KeyOwner}},
		{numKeys, KeyOwner, []Key{KeyID, KeyProgrammeAreaCode, KeyRegion, KeyCallID}},
		{KeyESFSupport, numKeys, []Key{KeyContactName, KeyContactEmail, KeyPostcode, KeyAddress, KeyProgrammeAreaCode, KeySpecificObjective, KeyCofinancingRate, KeyInterventionType}},
		{KeyName, KeyID, nil}, // out of order
	}
	for _, tt := range tests {
		if got := keysBetween(orders, tt.above, tt.below); !slicesEqual(got, tt.want) {
			t.Errorf("keysBetween(%v, %v) = %v, want %v", tt.above, tt.below, got, tt.want)
		}
	}
}

func slicesEqual(a, b []Key) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// TestQuietPages reads pages that hold labels esf does not know, headings
// of a section's own, inflected words, bars and question marks of their
// own: each reads as before, with no warning of labels in other words,
// missing headings or 7-bit text.
func TestQuietPages(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("testdata", "quiet", "*"))
	if len(files) < 15 {
		t.Fatalf("%d quiet pages", len(files))
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		recs, err := Parse(f, data, Options{})
		if err != nil || len(recs) != 1 {
			t.Errorf("%s: %d records, %v", f, len(recs), err)
			continue
		}
		for _, w := range recs[0].Warnings {
			t.Errorf("%s: %v", f, w)
		}
		if recs[0].Source.Encoding != EncodingUTF8 {
			t.Errorf("%s: read as %s", f, recs[0].Source.Encoding)
		}
	}
}

// hasWarningOn reports a warning on line about key whose message holds has.
func hasWarningOn(ws []Warning, line int, key Key, has string) bool {
	return slices.ContainsFunc(ws, func(g Warning) bool {
		return g.Line == line && g.Key == key && strings.Contains(g.Message, has)
	})
}

func TestMarkedHeading(t *testing.T) {
	tests := []struct {
		text string
		want string // the heading's key, or "" for none
	}{
		{"0Bakgrund", "background"}, // a printer's control glued to it
		{"🔹 Tillgänglighet för personer med funktionsnedsättning 🔹", "accessibility"}, // a post's decorations
		{"[Flik 5 av 5] Beskrivning", "summary"},                                      // a tab's words before it
		{"Framtidsresan › Bakgrund", "background"},                                    // a breadcrumb's
		{"Start » Projekt » Syfte", "purpose"},                                        // the last crumb
		{"Syfte | Flik 3", "purpose"},                                                 // words after it
		{"—— Målsättning ——", "goals"},                                                // rules round it
		{"Bakgrund", ""},                                                              // a heading as it stands: the reader's own
		{"Bakgrund och nuläge i Trelleborgs kommun", ""},                              // a subtitle
		{"Projektet / arbetet med bakgrunden", ""},                                    // words, not a heading
	}
	for _, tt := range tests {
		got := ""
		if h := markedHeading(tt.text); h != nil {
			got = h.key.String()
		}
		if got != tt.want {
			t.Errorf("markedHeading(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
	// The longest line read, and one over.
	at := "[Flik] " + strings.Repeat("x", maxMarkedHeading+1-utf8.RuneCountInString("[Flik]  › Syfte")) + " › Syfte"
	if n := utf8.RuneCountInString(at); n != maxMarkedHeading+1 {
		t.Fatalf("test line has %d characters", n)
	}
	if markedHeading(at) != nil {
		t.Errorf("markedHeading read a line of %d characters", maxMarkedHeading+1)
	}
	if markedHeading(at[1:]) == nil {
		t.Errorf("markedHeading did not read a line of %d characters", maxMarkedHeading)
	}
}

// TestMarkedHeadingNamed reads pages whose headings stand behind marks or
// a tab's words: the line is named for the section whose heading it
// holds, and the page's other fields read as the seed's.
func TestMarkedHeadingNamed(t *testing.T) {
	tests := []struct {
		name string
		page []byte
		line int
		key  Key
		has  string
	}{
		{
			name: "a printer's control before a heading",
			page: seedLinesWith(t, seedGlued, "Bakgrund", "0Bakgrund"),
			line: 21, key: KeyBackground, has: `heading "Bakgrund"`,
		},
		{
			name: "a breadcrumb before a heading",
			page: seedLinesWith(t, seedGlued, "Syfte", "Egenmakt › Syfte"),
			line: 38, key: KeyPurpose, has: "the text below it may be purpose's",
		},
		{
			name: "a tab's heading over the summary",
			page: seedLinesWith(t, seed2021, "Insats av strategisk betydelse:\nNej", "Insats av strategisk betydelse:\nNej\n\n[Flik 5 av 5] Sammanfattning"),
			line: 44, key: KeySummary, has: "the first line of the text of summary",
		},
		{
			name: "a tab's heading below a sheet's header",
			page: seedLinesWith(t, seed2021, "Insats av strategisk betydelse:\nNej", "Insats av strategisk betydelse:\nNej\n\nDigga Perstorps Personal (23-038-S06)\n\n[Flik 5 av 5] Sammanfattning"),
			line: 46, key: KeySummary, has: "the first line of the text of summary",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := parseOne(t, "page.txt", tt.page)
			if !hasWarningOn(rec.Warnings, tt.line, tt.key, tt.has) {
				t.Errorf("no warning on line %d [%s] with %q in %v", tt.line, tt.key, tt.has, rec.Warnings)
			}
		})
	}
	// Below a sentence of the text, the heading is its own text's
	// subheading.
	rec := parseOne(t, "page.txt", seedLinesWith(t, seed2021, "Insats av strategisk betydelse:\nNej", "Insats av strategisk betydelse:\nNej\n\nProjektet följs upp varje år av styrgruppen och av kommunens revisorer.\n\n[Flik 5 av 5] Sammanfattning"))
	if hasWarningOn(rec.Warnings, 46, KeySummary, "the first line") {
		t.Errorf("a subheading below a sentence named as the text's first line: %v", rec.Warnings)
	}
}

// TestSummaryHeadingsInOtherWords reads a summary under the headings a
// case system or a translation gives it.
func TestSummaryHeadingsInOtherWords(t *testing.T) {
	want := jsonMap(t, parseOne(t, seedGlued, seedLinesWith(t, seedGlued)))["summary"]
	for _, h := range []string{"Projektbeskrivning", "Beskrivning", "BESKRIVNING", "Kort om projektet", "Projektsammanfattning", "Project summary", "Project description"} {
		rec := parseOne(t, "page.txt", seedLinesWith(t, seedGlued, "Sammanfattning", h))
		if got := jsonMap(t, rec)["summary"]; jsonString(got) != jsonString(want) {
			t.Errorf("under %q: summary = %.60s, want %.60s", h, jsonString(got), jsonString(want))
		}
	}
}

// TestHeadingOverFields reads a case system's printout that gives the
// page's text first and its fields after, under their tab's name: the
// name, the text's last line, is named; a sentence there is the text's.
func TestHeadingOverFields(t *testing.T) {
	data, err := os.ReadFile(filepath.Join(testdata, "pages", seed2021))
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(data), "\n")
	end := slices.Index(lines, "Insats av strategisk betydelse:") + 2 // the block's last value, and past it
	textFirst := func(last string) []byte {
		page := slices.Concat(lines[:2], []string{"Sammanfattning", ""}, lines[end+1:len(lines)-1], []string{"", last, ""}, lines[2:end], []string{""})
		return []byte(strings.Join(page, "\n"))
	}
	at := 2 + 2 + (len(lines) - 1 - (end + 1)) + 2 // the line's number
	for _, tt := range []struct {
		last  string
		named bool
	}{
		{"Grunduppgifter", true},
		{"Ekonomi och deltagare", true},
		{"Projektet följs upp varje år.", false},      // a sentence
		{"projektet följs upp varje år", false},       // no heading's capital
		{strings.Repeat("Grunduppgifter ", 5), false}, // longer than a heading
	} {
		rec := parseOne(t, "page.txt", textFirst(tt.last))
		if got := hasWarningOn(rec.Warnings, at, KeySummary, "stands over the fields below"); got != tt.named {
			t.Errorf("%q: named %v, want %v: %v", tt.last, got, tt.named, rec.Warnings)
		}
		if rec.ID == nil || *rec.ID != "23-038-S06" {
			t.Errorf("%q: the fields below the text were not read: id %v", tt.last, rec.ID)
		}
	}
}

func TestContactRoleLabel(t *testing.T) {
	for label, want := range map[string]bool{
		"Projektledare": true, "Ansvarig projektledare": true, "Project manager": true, "Kontakt": true, "Samordnare:": true,
		"Projektledaren": false, "Kontaktuppgifter": false, "Ansvarsområde": false, "Webbplats": false, "": false,
	} {
		if got := contactRole(label); got != want {
			t.Errorf("contactRole(%q) = %v, want %v", label, got, want)
		}
	}
}
