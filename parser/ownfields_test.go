package parser

import (
	"slices"
	"strings"
	"testing"
)

// TestFieldsOfTheirOwn reads fields the council's newer pages add, as
// they come pasted, saved from a sheet or copied from a chat: each is
// kept in extra under its label, or named, and no other field takes it,
// nor does the page part in two.
func TestFieldsOfTheirOwn(t *testing.T) {
	const top = "2020/00634 - Framtidsresan\n\n"
	const text = "\nPerstorps kommun har under lång tid kännetecknats av hög arbetslöshet.\n"
	tests := []struct {
		name, path, page string
		want             map[string]any
		warnings         []edgeWarning
	}{
		{
			name: "a section's word and a label beside their values in a sheet's rows",
			path: "page.csv",
			page: "Framtidsresan\n\nProjektägare;Perstorps kommun\nProjektnummer;2020/00634\nSamverkanspartners;Arbetsförmedlingen och Region Skåne\nMålgrupp;Unga vuxna 16-24 år\nWebbplats;https://www.example.se/projektet\nTotal projektbudget;9 997 836 kr\n\nSammanfattning\n\nProjektet grundar sig i ett väl förankrat förarbete.\n",
			want: map[string]any{
				"extra":          map[string]any{"Samverkanspartners": "Arbetsförmedlingen och Region Skåne", "Målgrupp": "Unga vuxna 16-24 år", "Webbplats": "https://www.example.se/projektet"},
				"other_sections": []any{}, "total_budget_sek": 9997836,
			},
		},
		{
			name: "the same rows a tab between the cells",
			path: "page.tsv",
			page: "Framtidsresan\n\nProjektägare\tPerstorps kommun\nProjektnummer\t2020/00634\nSamverkanspartners\tArbetsförmedlingen och Region Skåne\nTotal projektbudget\t9 997 836 kr\n",
			want: map[string]any{"extra": map[string]any{"Samverkanspartners": "Arbetsförmedlingen och Region Skåne"}, "other_sections": []any{}},
		},
		{
			name: "a section's word over its text of sentences in a sheet's row is the section",
			path: "page.csv",
			page: "Framtidsresan\n\nProjektägare;Perstorps kommun\nProjektnummer;2020/00634\nMålgrupp;Unga vuxna som varken arbetar eller studerar får stöd att hitta en väg till arbete.\n",
			want: map[string]any{"extra": map[string]any{}, "other_sections": []any{map[string]any{"heading": "Målgrupp", "text": "Unga vuxna som varken arbetar eller studerar får stöd att hitta en väg till arbete."}}},
		},
		{
			name: "a section's word and a short text far below the rows of fields is a section",
			path: "page.csv",
			page: "Framtidsresan\n\nProjektägare;Perstorps kommun\nProjektnummer;2020/00634\n\n\n\n\nSammanfattning;Projektet grundar sig i ett väl förankrat förarbete.\n\n\n\n\nMålgrupp;Unga vuxna 16-24 år\n",
			want: map[string]any{"extra": map[string]any{}, "other_sections": []any{map[string]any{"heading": "Målgrupp", "text": "Unga vuxna 16-24 år"}}},
		},
		{
			name:     "co-financing in money, a label of its own, not the Union's rate",
			path:     "page.txt",
			page:     top + "Projektnummer:\n2020/00634\nProjektägare:\nPerstorps kommun\nMedfinansiering:\n250 000 kr\nProgramområde:\n1\nInsatsområde:\nKompetensförsörjning i offentlig sektor\nSpecifikt mål:\n1.1\nUnionens medfinansieringsgrad:\n50%\n" + text,
			want:     map[string]any{"extra": map[string]any{"Medfinansiering": "250 000 kr"}, "eu_cofinancing_rate_pct": 50, "specific_objective": "1.1"},
			warnings: []edgeWarning{{12, KeyProgrammeAreaCode, "has no programme area code"}},
		},
		{
			name: "a web address in a cell below a label left empty",
			path: "page.txt",
			page: top + "Projektnummer\t2020/00634\nProjektägare\tPerstorps kommun\nStödmottagarens address:\nWebbplats\thttps://www.example.se/projektet\nProgramområde\t1\n" + text,
			want: map[string]any{"address": nil, "extra": map[string]any{"Webbplats": "https://www.example.se/projektet"}, "programme_area_code": "1"},
		},
		{
			name: "a label esf does not know with a web address below a label left empty",
			path: "page.txt",
			page: top + "Projektnummer:\n2020/00634\nProjektägare:\nPerstorps kommun\nStödmottagarens address:\nWebbplats: https://www.example.se/projektet\n" + text,
			want: map[string]any{"address": nil, "extra": map[string]any{"Webbplats": "https://www.example.se/projektet"}},
		},
		{
			name: "fields of their own at the stacked block's end, a chat's heading right below",
			path: "page.txt",
			page: "Within Kompetens\n\nProjektägare\nKristianstads kommun\nProjektnummer\n2015/00764\nE-post\nkaisa.welander@kristianstad.se\nMedfinansiering\n250 000 kr\nMålgrupp\nUnga vuxna 16-24 år\nSammanfattning\nProjektet grundar sig i ett väl förankrat förarbete, framförallt via en förstudie genomförd under 2014.\n",
			want: map[string]any{"extra": map[string]any{"Medfinansiering": "250 000 kr", "Målgrupp": "Unga vuxna 16-24 år"}, "other_sections": []any{},
				"summary": "Projektet grundar sig i ett väl förankrat förarbete, framförallt via en förstudie genomförd under 2014."},
			warnings: []edgeWarning{{9, KeyCofinancingRate, `may shorten "Unionens medfinansieringsgrad"`}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := parseOne(t, tt.path, []byte(tt.page))
			names := make([]string, 0, len(tt.want))
			for k := range tt.want {
				names = append(names, k)
			}
			got := keyValues(t, rec, names...)
			for k, v := range tt.want {
				if jsonString(got[k]) != jsonString(v) {
					t.Errorf("%s = %s, want %s", k, jsonString(got[k]), jsonString(v))
				}
			}
			if len(rec.Warnings) != len(tt.warnings) {
				t.Errorf("warnings = %v, want %d", rec.Warnings, len(tt.warnings))
			}
			for _, w := range tt.warnings {
				if !hasWarningOn(rec.Warnings, w.line, w.key, w.has) {
					t.Errorf("no warning on line %d [%s] with %q in %v", w.line, w.key, w.has, rec.Warnings)
				}
			}
		})
	}
}

// TestLastWordOf tells a label that is a known label's last word, its
// first left out, from a slip of that label.
func TestLastWordOf(t *testing.T) {
	for _, tt := range []struct {
		label, written string
		want           bool
	}{
		{"EU-medfinansiering", "Medfinansiering", true},
		{"EU-medfinansiering", "medfinansiering", true},
		{"Total projektbudget", "Projektbudget", true},
		{"EU-medfinansiering", "EU-medfinansiring", false},
		{"EU-medfinansiering", "Medfinansieringen", false},
		{"Kontaktperson", "Kontaktpreson", false},
		{"-medfinansiering", "medfinansiering", false},
	} {
		if got := lastWordOf(tt.label, tt.written); got != tt.want {
			t.Errorf("lastWordOf(%q, %q) = %v, want %v", tt.label, tt.written, got, tt.want)
		}
	}
}

// TestWrappedOverListLabel reads a value wrapped so that its last word
// is the list's label (Kommun): with a label or a heading's word below
// it, it is the value's end; with a municipality below, the list's.
func TestWrappedOverListLabel(t *testing.T) {
	const top = "23-038-S06 - Digga Perstorps Personal\n\nDiarienummer:\n23-038-S06\nProjektägare:\nPERSTORPS\nKOMMUN\n"
	const end = "Region:\nSydsverige\n\nPerstorp är Skånes minsta kommun, och en kommun med utmaningar.\n"
	tests := []struct {
		name, between, owner string
		municipalities       []string
	}{
		{"a label esf does not know below", "Beslutsdatum:\n2023-11-20\n", "PERSTORPS KOMMUN", []string{}},
		{"a known label below", "", "PERSTORPS KOMMUN", []string{}},
		{"a heading's word below, named as the owner's run", "Ekonomi\n", "PERSTORPS KOMMUN Ekonomi", []string{}},
		{"a municipality below", "Perstorp\n", "PERSTORPS", []string{"Perstorp"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := parseOne(t, "page.txt", []byte(top+tt.between+end))
			if got := deref(rec.Owner); got != tt.owner {
				t.Errorf("owner = %q, want %q", got, tt.owner)
			}
			if got := jsonString(rec.Municipalities); got != jsonString(tt.municipalities) {
				t.Errorf("municipalities = %s, want %s", got, jsonString(tt.municipalities))
			}
			if strings.HasSuffix(tt.owner, "Ekonomi") && !hasWarningOn(rec.Warnings, 8, KeyOwner, "runs on over several lines") {
				t.Errorf("the owner's run into line 8 is not named: %v", rec.Warnings)
			}
		})
	}
}

// TestGluedRunOn names a value of a 2007–2013 page that runs on into a
// tab's name or a heading a writer puts between the fields, and the value
// of a label esf does not know that runs on into a line shaped like a
// heading with a field below it. Other words run on unnamed, as a scan
// wraps a value.
func TestGluedRunOn(t *testing.T) {
	const top = "Gagna:kompetens\n\nProgramområdeProgramområde 1 Kompetensförsörjning\n"
	const end = "KontaktpersonMargareta Wandel\nRegionÖstra Mellansverige\n\nSammanfattning\n\nUtgångspunkten för förstudien är medborgarens behov.\n"
	tests := []struct {
		name, lines, key string
		value            string
		warned           bool
	}{
		{"a heading's words below the owner", "ProjektägareRegionförbundet Östsam\nOm projektet\n", "owner", "Regionförbundet Östsam Om projektet", true},
		{"a tab's name below the owner", "ProjektägareRegionförbundet Östsam\nEkonomi\n", "owner", "Regionförbundet Östsam Ekonomi", true},
		{"the owner's last word wrapped, as a scan wraps it", "ProjektägareRegionförbundet\nÖstsam\n", "owner", "Regionförbundet Östsam", false},
		{"the owner's words in a small letter", "ProjektägareRegionförbundet Östsam och\nsamordningsförbunden\n", "owner", "Regionförbundet Östsam och samordningsförbunden", false},
		{"a heading's word below a label esf does not know", "ProjektägareRegionförbundet Östsam\nSamverkanspartners: Arbetsförmedlingen\nEkonomi\n", "extra", `{"Samverkanspartners":"Arbetsförmedlingen Ekonomi"}`, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := parseOne(t, "page.txt", []byte(top+tt.lines+end))
			got := keyValues(t, rec, tt.key)[tt.key]
			if s, ok := got.(string); ok {
				if s != tt.value {
					t.Errorf("%s = %q, want %q", tt.key, s, tt.value)
				}
			} else if jsonString(got) != tt.value {
				t.Errorf("%s = %s, want %s", tt.key, jsonString(got), tt.value)
			}
			line := 3 + strings.Count(tt.lines, "\n") // the run's last line
			k := KeyOwner
			if tt.key == "extra" {
				k = KeyExtra
			}
			if warned := hasWarningOn(rec.Warnings, line, k, "runs on over several lines"); warned != tt.warned {
				t.Errorf("warned on line %d: %v, want %v (%v)", line, warned, tt.warned, rec.Warnings)
			}
		})
	}
}

// TestThresholdEdgeOfLastPairs holds maxLastPairs at its edge: a label
// esf does not know over its value, and that many more below it, end a
// stacked block above a heading; with one more they are no longer the
// block's.
func TestThresholdEdgeOfLastPairs(t *testing.T) {
	pairs := []string{"Medfinansiering\n250 000 kr\n", "Målgrupp\nUnga vuxna\n", "Beslutsdatum\n2023-11-20\n", "Stödform\nProjektstöd\n", "Diarium\nA12\n"}
	for _, tt := range []struct {
		n    int // the pairs: the block's last entry, and those below it
		read bool
	}{{maxLastPairs + 1, true}, {maxLastPairs + 2, false}} {
		page := "Within Kompetens\n\nProjektägare\nKristianstads kommun\nProjektnummer\n2015/00764\nE-post\nkaisa.welander@kristianstad.se\n" +
			strings.Join(pairs[:tt.n], "") + "Sammanfattning\nProjektet grundar sig i ett väl förankrat förarbete, framförallt via en förstudie.\n"
		rec := parseOne(t, "page.txt", []byte(page))
		read := strings.Contains(jsonString(keyValues(t, rec, "extra")["extra"]), `"Medfinansiering":"250 000 kr"`)
		if read != tt.read {
			t.Errorf("%d pairs at the block's end: Medfinansiering in extra %v, want %v (%v)", tt.n, read, tt.read, rec.Extra)
		}
	}
}

// TestUnknownPairsAtTheEnd reads the last entries of a stacked block that
// esf does not know as the block's, an entry under one of them too, where
// the one above has a figure for its value; where the reader still takes
// such a pair for the text, the text's head is named.
func TestUnknownPairsAtTheEnd(t *testing.T) {
	const top = "Within Kompetens\n\nProjektägare\nKristianstads kommun\nProjektnummer\n2015/00764\nE-post\nkaisa.welander@kristianstad.se\n"
	const end = "\nSammanfattning\n\nProjektet grundar sig i ett väl förankrat förarbete.\n"
	for _, tt := range []struct {
		name, pairs string
		extra       string // extra as JSON
		named       bool   // the summary's head named
	}{
		{"under a figure", "Utbetalt ESF-stöd\n236 931 kr\nMedfinansiering\n290 000 kr\n", `{"Medfinansiering":"290 000 kr","Utbetalt ESF-stöd":"236 931 kr"}`, false},
		{"under a date", "Beslutsdatum\n2023-11-20\nStödform\nProjektstöd\n", `{"Beslutsdatum":"2023-11-20","Stödform":"Projektstöd"}`, false},
		// Under a name, a line may be the name's wrapped end: the pair
		// stays out of the block, and the text's head is named.
		{"under a name", "Samverkanspart\nKlippans kommun\nMedfinansiering\n290 000 kr\n", `{"Samverkanspart":"Klippans kommun"}`, true},
	} {
		rec := parseOne(t, "page.txt", []byte(top+tt.pairs+end))
		if got := jsonString(keyValues(t, rec, "extra")["extra"]); got != tt.extra {
			t.Errorf("%s: extra %s, want %s (summary %q)", tt.name, got, tt.extra, deref(rec.Summary))
		}
		named := slices.ContainsFunc(rec.Warnings, func(w Warning) bool { return strings.Contains(w.Message, "at the head of the text") })
		if named != tt.named {
			t.Errorf("%s: named %v, want %v (%v)", tt.name, named, tt.named, rec.Warnings)
		}
	}
	// A pair the reader leaves in the text, its value a figure, is named
	// at its label's line; one whose value is words is a line of text.
	for _, tt := range []struct {
		value string
		named bool
	}{{"290 000 kr", true}, {"2 500", true}, {"12,5 %", true}, {"2023-11-20", true}, {"Region Skåne", false}, {"290 000 kr per år", false}} {
		page := top + "Egen insats\n236 931 kr\nMedfinansiering\nRegion Skåne\n" + end
		page = strings.Replace(page, "236 931 kr", tt.value, 1)
		rec := parseOne(t, "page.txt", []byte(page))
		if named := hasWarningOn(rec.Warnings, 9, KeySummary, "at the head of the text"); named != tt.named {
			t.Errorf("value %q: named %v, want %v (summary %q, %v)", tt.value, named, tt.named, deref(rec.Summary), rec.Warnings)
		}
	}
}

// TestNamesLine tells a list's items written on one line, however long,
// from a sentence, and holds minNamesOnLine, listNameWords,
// lowerListNameWords and oddNamesShare at their edges.
func TestNamesLine(t *testing.T) {
	names := []string{"Kiruna", "Trelleborg", "Uddevalla", "Gnesta", "Ydre", "Borås"}
	const prose = "Projektet vänder sig till unga vuxna, nyanlända kvinnor och män, personer med funktionsnedsättning, långtidssjukskrivna, personer med försörjningsstöd, föräldralediga och andra grupper"
	words := func(n int) string { return strings.TrimSpace(strings.Repeat("Ny ", n)) }
	for _, tt := range []struct {
		text string
		want bool
	}{
		{strings.Join(names[:minNamesOnLine], "; "), true},
		{strings.Join(names[:minNamesOnLine-1], "; "), false},
		{strings.Join(names, ", "), true},
		{strings.Join(names, ", ") + ".", false},
		{"Kiruna, Trelleborg, Uddevalla, Gnesta och Ydre deltar i projektet, som leds av kommunen i samverkan.", false},
		{"Kiruna; " + strings.Repeat("x", listItemLen) + "; Gnesta; Ydre; Borås", true},
		{"Kiruna; " + strings.Repeat("x", listItemLen+1) + "; Gnesta; Ydre; Borås", true}, // odd, one of five
		{"Kiruna; " + strings.Repeat("x", listItemLen+listItemLen/2) + "; Gnesta; Ydre; Borås", true},
		{"Kiruna; " + strings.Repeat("x", listItemLen+listItemLen/2+1) + "; Gnesta; Ydre; Borås", false},
		{prose, false},
		{"kiruna, trelleborg, uddevalla, östra göinge, ydre", true},
		{"Kiruna, Trelleborg, Uddevalla, 3 kommuner, Ydre", true},
		{"Kiruna, Trelleborg, Uddevalla, Gnesta, " + words(listNameWords), true},
		{"kiruna, trelleborg, uddevalla, gnesta, " + strings.ToLower(words(lowerListNameWords)), true},
		// One part in oddNamesShare may be no name's shape, never the first.
		{"Kiruna, Trelleborg, Uddevalla, Gnesta, vård och omsorg", true},
		{"Kiruna, Trelleborg, Uddevalla, Gnesta, " + words(listNameWords+1), true},
		{"kiruna, trelleborg, uddevalla, gnesta, " + strings.ToLower(words(lowerListNameWords+1)), true},
		{"vård och omsorg, Kiruna, Trelleborg, Uddevalla, Gnesta", false},
		{"Kiruna, Trelleborg, Uddevalla, Gnesta, vård, omsorg", false},
		{"Kiruna, Trelleborg, Uddevalla, Gnesta, Ydre, Borås, vård, omsorg", true},
		{"Kiruna, Trelleborg, Uddevalla, Gnesta, Ydre, vård, omsorg", false},
		{"Kiruna, Trelleborg, Uddevalla, Gnesta, Ydre, " + words(listNameWords+1) + ", " + strings.ToLower(words(2)), false},
	} {
		if got := namesLine(tt.text); got != tt.want {
			t.Errorf("namesLine(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
	// A long line of them below the list's label, on a page with no text.
	long := "Kiruna; Trelleborg; Uddevalla; Gnesta; Ydre; Borås; Kalmar; Tomelilla; Östra Göinge; Trollhättan; Härnösand; Lekeberg; Gävle; Nora; Höör; Solna; Bromölla; Askersund"
	rec := parseOne(t, "page.txt", []byte("Nya vägar in\n\nProjektnummer:\n2016/00245\nProjektägare:\nKristianstads kommun\n\nKommun\n\n"+long+"\n"))
	if len(rec.Municipalities) != 18 || rec.Summary != nil {
		t.Errorf("municipalities %q, summary %q", rec.Municipalities, deref(rec.Summary))
	}
	// A line of a list's length that is no names line, right below the
	// list's label, is the page's text, named at the label; a sentence
	// with fewer parts is not named.
	for _, tt := range []struct {
		line  string
		named bool
	}{
		{"Arbetsförmedlingen, Försäkringskassan, Region Skåne, Kristianstads kommun, de lokala företagen i regionen, vård och omsorg i de deltagande kommunerna, ideella föreningar i Skåne Nordost", true},
		{"Arbetsförmedlingen och Försäkringskassan, som båda deltar i styrgruppen, har tillsammans med kommunerna i Skåne Nordost tagit fram projektets plan för arbetet", false},
		{"Målgruppen är unga vuxna, nyanlända kvinnor och män, personer med funktionsnedsättning, långtidssjukskrivna och föräldralediga i Perstorp, Klippan och Åstorp.", false}, // a sentence
	} {
		rec := parseOne(t, "page.txt", []byte("Nya vägar in\n\nProjektnummer:\n2016/00245\nMedfinansiärer:\n"+tt.line+"\n"))
		if got := hasWarningOn(rec.Warnings, 5, KeyCofinanciers, "may be the list's items"); got != tt.named {
			t.Errorf("%q: named %v, want %v (%v, cofinanciers %q)", tt.line, got, tt.named, rec.Warnings, rec.Cofinanciers)
		}
	}
	// A sentence's list below a list's label is the page's text, not its
	// items.
	for _, label := range []string{"Kommun\n\n", "Medfinansiärer:\n"} {
		rec := parseOne(t, "page.txt", []byte("Nya vägar in\n\nProjektnummer:\n2016/00245\nProjektägare:\nKristianstads kommun\n"+label+prose+"\n"))
		if len(rec.Municipalities)+len(rec.Cofinanciers) != 0 || !strings.Contains(jsonString(rec), "unga vuxna") {
			t.Errorf("below %q: municipalities %q, cofinanciers %q, summary %q", label, rec.Municipalities, rec.Cofinanciers, deref(rec.Summary))
		}
	}
}
