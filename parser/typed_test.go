package parser

import (
	"fmt"
	"testing"
)

// TestLabelsInOwnWords checks a label in a person's own words: read
// where the table has it, and else named where its value reads as a
// field the page leaves empty, by its type alone (a date, an amount, a
// region's name) and the label's words; a fact of its own stays quiet.
func TestLabelsInOwnWords(t *testing.T) {
	type warning = edgeWarning
	const top = "Framtidsresan\n\nProjektnummer: 2020/00634\nProjektägare: Kristianstads kommun\n"
	runEdges(t, []edgeCase{
		{
			name:     "labels as an English translation writes them",
			page:     top + "Project start: 2023-04-01\nProject end: 2023-11-30\nTotal cost: SEK 26 888 615\nEU grant: SEK 13 444 000\n",
			want:     map[string]any{"start_date": "2023-04-01", "end_date": "2023-11-30", "total_budget_sek": 26888615, "esf_support_sek": 13444000},
			warnings: []warning{},
		},
		{
			name:     "the support's amount in a word of its own",
			page:     top + "Stödbelopp:\n5 022 000 kr\n",
			want:     map[string]any{"esf_support_sek": 5022000},
			warnings: []warning{},
		},
		{
			name:     "an end date under a sentence's words",
			page:     top + "Startdatum: 2024-04-28\nProjektet slutar: 2024-09-30\n",
			want:     map[string]any{"end_date": nil, "extra": map[string]any{"Projektet slutar": "2024-09-30"}},
			warnings: []warning{{6, KeyEndDate, `"Projektet slutar", kept in extra as a label esf does not know, may be the label of end_date: its value is a date, "2024-09-30", and end_date is empty`}},
		},
		{
			name: "the words people write for a period's ends and a turnover: a start read, an end named",
			page: top + "Startar: 2024-04-28\nSlutar: 2024-09-30\nOmslutning: 392 009 kr\n",
			want: map[string]any{"start_date": "2024-04-28", "end_date": nil, "total_budget_sek": 392009},
			warnings: []warning{
				{5, KeyStartDate, `read as the label "Start", written "Startar", with an ending of its own`},
				{6, KeyEndDate, `"Slutar", kept in extra as a label esf does not know, may be the label of end_date`},
			},
		},
		{
			name:     "a section's heading that ends a project is no label",
			page:     top + "\nAvslut\nProjektet avslutas med en konferens för alla deltagare.\n",
			want:     map[string]any{"end_date": nil, "summary": "Avslut\nProjektet avslutas med en konferens för alla deltagare."},
			warnings: []warning{},
		},
		{
			name:     "an end date in a compound, the start empty too",
			page:     top + "Projektavslutning: 2024-09-30\n",
			warnings: []warning{{5, KeyEndDate, `its value is a date, "2024-09-30", and start_date and end_date are empty`}},
		},
		{
			name:     "a budget's word stacked over its amount",
			page:     top + "Budgetram:\n392 009 kr\n",
			want:     map[string]any{"total_budget_sek": nil},
			warnings: []warning{{5, KeyTotalBudget, `may be the label of total_budget_sek: its value is an amount`}},
		},
		{
			name:     "a grant's amount without a unit, minTypedAmount",
			page:     top + "Bidrag: 10000\n",
			warnings: []warning{{5, KeyESFSupport, `its value is an amount, "10000"`}},
		},
		{
			name:     "a count under a grant's word, under minTypedAmount",
			page:     top + "Bidrag: 9999\n",
			want:     map[string]any{"extra": map[string]any{"Bidrag": "9999"}},
			warnings: []warning{},
		},
		{
			name: "labels in another language over dates, amounts and a project number, their fields empty",
			page: "Kraftsamling Skåne\n\nRegion: Övre Norrland\nNr sprawy: 2014/01099\nData rozpoczęcia: 2015-03-02\nKoszt całkowity: 19 348 811 SEK\n",
			want: map[string]any{"id": nil, "start_date": nil, "total_budget_sek": nil},
			warnings: []warning{
				{4, KeyID, `"Nr sprawy", kept in extra as a label esf does not know, has a value of id's shape, "2014/01099", and id is empty`},
				{5, KeyStartDate, `"Data rozpoczęcia", kept in extra as a label esf does not know, holds a date, "2015-03-02", and start_date and end_date are empty: it may be the label of either`},
				{6, KeyTotalBudget, `holds an amount, "19 348 811 SEK", and total_budget_sek and esf_support_sek are empty`},
			},
		},
		{
			name:     "a date under a label in no hinting words, a date of the project's given: quiet",
			page:     top + "Startdatum: 2024-04-28\nData rozpoczęcia: 2015-03-02\n",
			warnings: []warning{},
		},
		{
			name:     "a decision's date is a fact of its own",
			page:     top + "Beslutsdatum: 2023-11-20\n",
			want:     map[string]any{"start_date": nil, "extra": map[string]any{"Beslutsdatum": "2023-11-20"}},
			warnings: []warning{},
		},
		{
			name:     "a date under a label that hints at no field",
			page:     top + "Styrgruppsmöte: 2023-11-20\n",
			warnings: []warning{},
		},
		{
			name:     "the dates filled, an end under a word of its own is a fact of its own",
			page:     top + "Startdatum: 2024-04-28\nSlutdatum: 2024-09-30\nSlutredovisning: 2024-12-31\n",
			want:     map[string]any{"end_date": "2024-09-30"},
			warnings: []warning{},
		},
		{
			name:     "a region's name under a word of its own",
			page:     top + "Område:\nMellersta Norrland\n",
			want:     map[string]any{"region": nil},
			warnings: []warning{{5, KeyRegion, `its value is a region's name, "Mellersta Norrland", and region is empty`}},
		},
		{
			name: "a region's name as OCR reads it, below a label OCR misread twice: read, both named",
			page: "Framtidsresan\n\nProjektnummer\n2020/00634\nRcgiori\nStockholrn\nKontaktperson\nAnna Svensson\n",
			want: map[string]any{"region": "Stockholm"},
			warnings: []warning{
				{5, KeyRegion, `"Rcgiori" read as the label "Region", written "Rcgiori"`},
				{6, KeyRegion, `"Stockholrn"`},
			},
		},
		{
			name:     "the last word of the owner's labels, an owner's name below it",
			page:     "Framtidsresan\n\nProjektnummer: 2020/00634\nOrganisation:\nPerstorps kommun\nRegion: Sydsverige\n",
			want:     map[string]any{"owner": nil},
			warnings: []warning{{4, KeyOwner, `it is the last word of`}},
		},
		{
			name:     "a last day's date that reads two ways",
			page:     top + "Sista dag: 5/9/2018\n",
			warnings: []warning{{5, KeyEndDate, `may be the label of end_date: its value is a date, "5/9/2018"`}},
		},
		{
			name:     "words a translation gives back: an owner, a region, the municipalities",
			page:     "Framtidsresan\n\nProjektnummer: 2020/00634\nProjektinnehavare: KOMMUNFÖRBUNDET KALMAR LÄN\nRegion: Östra centrala Sverige\nBerörda kommuner:\n• Kalmar\n• Nybro\n",
			want:     map[string]any{"owner": "KOMMUNFÖRBUNDET KALMAR LÄN", "region": "Östra Mellansverige", "municipalities": []any{"Kalmar", "Nybro"}},
			warnings: []warning{},
		},
		{
			name:     "a period's start stacked over its date",
			page:     top + "Fr.o.m.:\n2008-07-15\n",
			warnings: []warning{{5, KeyStartDate, `is a date, and the record has no start_date`}},
		},
	})
}

func TestHintedKey(t *testing.T) {
	dates, amounts := []Key{KeyStartDate, KeyEndDate}, []Key{KeyTotalBudget, KeyESFSupport}
	for _, tt := range []struct {
		label string
		ks    []Key
		want  Key
		ok    bool
	}{
		{"Slutar", dates, KeyEndDate, true},
		{"Projektavslut", dates, KeyEndDate, true},
		{"Project end", dates, KeyEndDate, true},
		{"T.o.m.", dates, KeyEndDate, true},
		{"Startar", dates, KeyStartDate, true},
		{"Startar", []Key{KeyEndDate}, 0, false},
		{"Beslutsdatum", dates, 0, false}, // "slut" inside a word, no end
		{"Datum", dates, 0, false},
		{"Omslutning", amounts, KeyTotalBudget, true},
		{"Projektkostnad", amounts, KeyTotalBudget, true},
		{"EU grant (ESF)", amounts, KeyESFSupport, true},
		{"Stödbelopp", amounts, KeyESFSupport, true},
		{"Hyra", amounts, 0, false},
	} {
		if got, ok := hintedKey(tt.label, tt.ks); got != tt.want || ok != tt.ok {
			t.Errorf("hintedKey(%q, %v) = %v, %v; want %v, %v", tt.label, tt.ks, got, ok, tt.want, tt.ok)
		}
	}
}

// TestMinInnerHint holds minInnerHint at its edge: a hint of five letters
// counts inside a word, one of four only at its start.
func TestMinInnerHint(t *testing.T) {
	dates := []Key{KeyStartDate, KeyEndDate}
	if k, ok := hintedKey("Projektavslutning", dates); !ok || k != KeyEndDate {
		t.Errorf(`hintedKey("Projektavslutning") = %v, %v; want end_date`, k, ok)
	}
	if k, ok := hintedKey("Beslut", dates); ok {
		t.Errorf(`hintedKey("Beslut") = %v; want none: "slut" is four letters`, k)
	}
	if k, ok := hintedKey("Slut på projektet", dates); !ok || k != KeyEndDate {
		t.Errorf(`hintedKey("Slut på projektet") = %v, %v; want end_date`, k, ok)
	}
}

// TestSlipRegion holds regionSlips at its edge: one letter off reads as
// the region, two do not, nor do the regions' own words two apart.
func TestSlipRegion(t *testing.T) {
	for _, tt := range []struct {
		value, want string
	}{
		{"Östra Mellamsverige", "Östra Mellansverige"}, // one slip
		{"Östra Mellamsvrige", ""},                     // two
		{"Sydsverge", "Sydsverige"},
		{"Sydsvrge", ""},
		{"Mellersta Norland", "Mellersta Norrland"},
		{"Stockholms", "Stockholm"},
		{"Sydsverige", ""},              // the name itself: no slip
		{"Skåne", ""},                   // a county, no region's slip
		{"North Sweden", ""},            // two from "South Sweden"
		{"Västra Mellansverige", ""},    // two from "Östra Mellansverige"
		{"Västra centrala Sverige", ""}, // two from "Östra centrala Sverige"
	} {
		if got, _ := slipRegion(tt.value); got != tt.want {
			t.Errorf("slipRegion(%q) = %q, want %q", tt.value, got, tt.want)
		}
	}
}

// TestNoteLine holds noteLine and minNoteWords at their edges.
func TestNoteLine(t *testing.T) {
	for text, want := range map[string]bool{
		"-> fråga Anna om detta":        true,
		"→ kolla budget":                true,
		"OBS! Stämmer inte":             true,
		"Observationer i projektet":     false, // a word that begins with "obs"
		"Min kommentar: verkar rimligt": true,
		"Notering: budgeten ändrad":     true,
		"(ringde ej svar)":              true, // minNoteWords words in brackets
		"(Arbetsmarknadsenhet IFO)":     false,
		"(IFO)":                         false,
		"(Arbete och Försörjning)":      false, // a department's name, its capital first
		"Hallands Bildningsförbund":     false,
		"avdelning: Arbetsmarknad":      false, // a small letter: no label's shape
	} {
		if got := noteLine(text); got != want {
			t.Errorf("noteLine(%q) = %v, want %v", text, got, want)
		}
	}
	runEdges(t, []edgeCase{{
		name:     "a reader's note below an owner on a glued page",
		page:     "Egenmakt\n\nProjektfasFörprojektering\nProjektägareRegion Skåne\n-> fråga Anna om detta\nKontaktpersonAnna Svensson\nRegionSydsverige\n",
		warnings: []edgeWarning{{5, KeyOwner, `may be a note of its own, not the value's`}},
	}})
}

func TestTimeAlone(t *testing.T) {
	for text, want := range map[string]bool{
		"11:02": true, "kl. 14:46": true, "9.05": true, "23:59": true,
		"24:00": false, "11:60": false, "11:2": false, "111:02": false, "1.1": false, "2015": false, "Unga in 2.0": false,
	} {
		if got := timeAlone(text); got != want {
			t.Errorf("timeAlone(%q) = %v, want %v", text, got, want)
		}
	}
	runEdges(t, []edgeCase{
		{
			name:     "a note app's date and time below the title",
			page:     "Unga in 2.0\ntisdag 21 maj 2024\n11:02\n\nProgramområde:\t1.1 Kompetensförsörjning\nRegion\tSmåland och Öarna\nProjektägare:\tArbete och Försörjning\nProjektnummer:\t2015/00796\n",
			want:     map[string]any{"name": "Unga in 2.0", "id": "2015/00796"},
			warnings: []edgeWarning{},
		},
		{
			name:     "a date alone below the title, no time beside it, is no stamp: the choice is named",
			page:     "Unga in 2.0\ntisdag 21 maj 2024\n\nProjektnummer: 2015/00796\nRegion: Småland och Öarna\n",
			warnings: []edgeWarning{{2, KeyName, `"Unga in 2.0", on line 1 above it, may be the title instead`}},
		},
	})
}

// TestGluedTyped names a line of the text of a glued page that is a
// label esf does not know glued to a region's name, as OCR reads it, the
// region empty; a label OCR misread is named as the label it is.
func TestGluedTyped(t *testing.T) {
	const page = "Jobbsprånget\n\nProgramområdeProgramområde 2 Ökat arbetskraftsutbud\nProjektägareFöreningen Kvinnors Nätverk\nTotal projektbudget7 738 150 kr\nProjckfperiod201l-O9-0I till 2014-l0-3I\n%s\nIn English\n\nSammanfattning\n\nText om projektet.\n"
	above := []edgeWarning{
		{6, KeyTotalBudget, `right below the value of total_budget_sek`},
		{6, KeySummary, `may be the end of the value of total_budget_sek`},
		{6, KeyStartDate, `"Projckfperiod" is no label esf knows, and the line was read as text of summary; it is a slip from "Projektperiod"`},
		{6, KeyEndDate, `it is a slip from "Projektperiod"`},
	}
	runEdges(t, []edgeCase{
		{
			name:     "a region's name as OCR reads it",
			page:     fmt.Sprintf(page, "OmrådeOvre Norrland"),
			want:     map[string]any{"region": nil},
			warnings: append(above[:4:4], edgeWarning{7, KeyRegion, `may be a label esf does not know glued to a region's name, "Ovre Norrland", and region is empty`}),
		},
		{
			name:     "a label OCR misread before a county's name",
			page:     fmt.Sprintf(page, "RegloriOvre Norrbotten"),
			want:     map[string]any{"region": nil},
			warnings: append(above[:4:4], edgeWarning{7, KeyRegion, `"Reglori" is no label esf knows`}),
		},
	})
	rec := parseOne(t, "p.txt", []byte(fmt.Sprintf(page, "OmrådeOvre Norrbotten")))
	if w := warningOn(rec, 7, KeyRegion); w != nil {
		t.Errorf("no region's name, named: %v", w)
	}
}
