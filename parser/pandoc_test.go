package parser

import (
	"strings"
	"testing"
)

// TestReadPandocTables reads the tables pandoc prints as plain text: a
// simple table, a multiline one whose labels and values wrap, either with
// a header row of column names, and rules whole or of columns; and leaves
// what is no table of two columns as it is.
func TestReadPandocTables(t *testing.T) {
	for _, tt := range []struct{ name, in, want string }{
		{"multiline, a label over two lines",
			"  ------------------------------------\n  Projektägare     Kristianstads kommun\n\n  Planerat antal   440\n  deltagare\n\n  Region           Sydsverige\n  ------------------------------------",
			"\nProjektägare: Kristianstads kommun\n\nPlanerat antal deltagare: 440\n\n\nRegion: Sydsverige\n"},
		{"multiline, a value over two lines",
			"  ------------------------------------\n  Programområde:   Programområde 1\n                   Kompetensförsörjning\n\n  Projektägare:    Regionförbundet Östsam\n  ------------------------------------",
			"\nProgramområde: Programområde 1 Kompetensförsörjning\n\n\nProjektägare: Regionförbundet Östsam\n"},
		{"multiline, a label over three lines, a space before the values",
			"  ----------------------------\n  Sekundärtema - Nej\n  Motverka\n  barnfattigdom:\n\n  Region:        Sydsverige\n  ----------------------------",
			"\nSekundärtema - Motverka barnfattigdom: Nej\n\n\n\nRegion: Sydsverige\n"},
		{"multiline, its rows' blank lines lost: capitals begin rows",
			"  ------------------------------------\n  Projektägare           Kristianstads\n                         kommun\n  Region                 Sydsverige\n  Projektägare           2120000910\n  organisationsnummer\n  ------------------------------------",
			"\nProjektägare: Kristianstads kommun\n\nRegion: Sydsverige\nProjektägare organisationsnummer: 2120000910\n\n"},
		{"multiline, rules of columns",
			"  ---------------- ----------------------\n  Programområde:   Programområde 1\n                   Kompetensförsörjning\n\n  Region:          Sydsverige\n  ---------------- ----------------------",
			"\nProgramområde: Programområde 1 Kompetensförsörjning\n\n\nRegion: Sydsverige\n"},
		{"multiline, a header row",
			"  -----------------------------------\n  Fält             Värde\n  ---------------- ------------------\n  Projektägare     Kristianstads kommun\n\n  Planerat antal   440\n  deltagare\n  -----------------------------------",
			"\n\n\nProjektägare: Kristianstads kommun\n\nPlanerat antal deltagare: 440\n\n"},
		{"simple, rules of columns",
			"  ------------------------  ---------------\n  Projektägare:             PERSTORPS KOMMUN\n  Antal deltagare:          605\n  ------------------------  ---------------",
			"\nProjektägare: PERSTORPS KOMMUN\nAntal deltagare: 605\n"},
		{"simple, a header row and no rule below",
			"Within\n\n  Fält           Värde\n  -------------- --------------------\n  Projektägare   Kristianstads kommun\n  Region         Sydsverige\n\nProjektet handlar om kompetens.",
			"Within\n\n\n\nProjektägare: Kristianstads kommun\nRegion: Sydsverige\n\nProjektet handlar om kompetens."},
		{"simple, a header row that is a field's",
			"  Projektägare   Kristianstads kommun\n  -------------- --------------------\n  Region         Sydsverige\n",
			"Projektägare: Kristianstads kommun\n\nRegion: Sydsverige\n"},
		{"lines ended by CR LF",
			"  ----------------------------\r\n  Planerat antal   440\r\n  deltagare\r\n\r\n  Region           Syd\r\n  ----------------------------\r",
			"\nPlanerat antal deltagare: 440\n\n\nRegion: Syd\n"},
		{"three columns", "  -------------------------\n  År     Belopp    Källa\n\n  2019   400 000   ESF\n  -------------------------", ""},
		{"a rule of three columns", "  ------ ------- ------\n  År     Belopp  Källa\n  2019   400000  ESF\n  ------ ------- ------", ""},
		{"rules of columns that part them elsewhere",
			"  ------------- ------\n  Fält          Värde\n  ------ -------------\n  Projektägare  Kristianstads\n  ------ -------------", ""},
		{"prose between rules", "  ------------------------------\n  Viktigt: ansökan stänger i maj\n  Kontakta oss för mer\n  ------------------------------", ""},
		{"rows and no rule below", "  ------------------------------\n  Projektägare     Kristianstads\n  Region           Sydsverige\nText.", ""},
		{"rules at the margin", "------------------------------\nProjektägare     Kristianstads\nRegion           Sydsverige\n------------------------------", ""},
		{"no rule", "  Projektägare     Kristianstads\n  Region           Sydsverige", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got, changed := readPandocTables(tt.in)
			if tt.want == "" {
				if changed != nil {
					t.Errorf("changed %v: %q", changed, got)
				}
				return
			}
			if got != tt.want {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
			if strings.Count(got, "\n") != strings.Count(tt.in, "\n") {
				t.Error("lines moved")
			}
		})
	}
}

// TestPandocThresholds holds the reading to its thresholds: pandocIndent
// spaces before a rule, minPandocDashes dashes in each of its runs,
// minPandocRows rows.
func TestPandocThresholds(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want bool
	}{
		{strings.Repeat(" ", pandocIndent) + strings.Repeat("-", minPandocDashes), true},
		{strings.Repeat(" ", pandocIndent) + strings.Repeat("-", minPandocDashes-1), false},
		{strings.Repeat(" ", pandocIndent) + "----------" + " " + strings.Repeat("-", minPandocDashes), true},
		{strings.Repeat(" ", pandocIndent) + "----------" + " " + strings.Repeat("-", minPandocDashes-1), false},
		{strings.Repeat(" ", pandocIndent-1) + "----------", false},
		{strings.Repeat(" ", pandocIndent+1) + "----------", false},
		{strings.Repeat(" ", pandocIndent) + "---------- - -", false},
	} {
		if _, got := readPandocRule(tt.in); got != tt.want {
			t.Errorf("readPandocRule(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
	rule := "  ------------------------------\n"
	row := "  Projektägare     Kristianstads\n                   kommun\n\n"
	if _, changed := readPandocTables(rule + strings.Repeat(row, minPandocRows-1) + rule); changed != nil {
		t.Errorf("%d row read", minPandocRows-1)
	}
	if _, changed := readPandocTables(rule + strings.Repeat(row, minPandocRows) + rule); changed == nil {
		t.Errorf("%d rows not read", minPandocRows)
	}
}

// TestPandocPages reads whole pages whose fields pandoc printed as a
// table: each field whole, and the reading named once, at the table.
func TestPandocPages(t *testing.T) {
	for _, tt := range []struct {
		name, page string
		want       map[string]any
	}{
		{"a simple table", `23-038-S06 - Digga Perstorps Personal

  --------------------------------------  ------------------------
  Diarienummer:                           23-038-S06
  Namn:                                   Digga Perstorps Personal
  Projektägare organisationsnummer:       2120000910
  Projektägare:                           PERSTORPS KOMMUN
  Unionens medfinansieringsgrad:          40%
  Sekundärtema - Motverka barnfattigdom:  Nej
  Antal deltagare:                        605
  --------------------------------------  ------------------------

Perstorp är Skånes minsta kommun.
`, map[string]any{"owner": "PERSTORPS KOMMUN", "owner_org_number": "212000-0910", "participants": int64(605), "eu_cofinancing_rate_pct": 40.0, "secondary_theme_child_poverty": false}},
		{"a multiline table, a label and a value wrapped", `23-038-S06 - Digga Perstorps Personal

  -----------------------------------------
  Diarienummer:          23-038-S06

  Namn:                  Digga Perstorps
                         Personal

  Projektägare           2120000910
  organisationsnummer:

  Projektägare:          PERSTORPS KOMMUN

  Programområde:         Programområde 1
                         Kompetensförsörjning

  Sekundärtema -         Nej
  Motverka
  barnfattigdom:

  Antal deltagare:       605
  -----------------------------------------

Perstorp är Skånes minsta kommun.
`, map[string]any{"name": "Digga Perstorps Personal", "owner": "PERSTORPS KOMMUN", "owner_org_number": "212000-0910", "participants": int64(605),
			"programme_area_name": "Kompetensförsörjning", "secondary_theme_child_poverty": false}},
		{"a header row", `Within Kompetens

  -----------------------------------------
  Fält             Värde
  ---------------- ------------------------
  Projektägare     Kristianstads kommun

  Planerat antal   440
  deltagare

  Total            9 997 836 kr
  projektbudget
  -----------------------------------------

Projektet handlar om kompetens.
`, map[string]any{"owner": "Kristianstads kommun", "participants": int64(440), "total_budget_sek": int64(9997836)}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			p := parseOne(t, "pandoc.txt", []byte(tt.page))
			got := map[string]any{"name": str(p.Name), "owner": str(p.Owner), "owner_org_number": str(p.OwnerOrgNumber), "participants": num(p.Participants),
				"eu_cofinancing_rate_pct": num(p.EUCofinancingRatePct), "secondary_theme_child_poverty": num(p.SecondaryThemeChildPoverty),
				"programme_area_name": str(p.ProgrammeAreaName), "total_budget_sek": num(p.TotalBudgetSEK)}
			for field, want := range tt.want {
				if got[field] != want {
					t.Errorf("%s = %#v, want %#v", field, got[field], want)
				}
			}
			if len(p.Extra) > 0 {
				t.Errorf("extra %v", p.Extra)
			}
			notes := 0
			for _, w := range p.Warnings {
				if w.Message == pandocNote {
					notes++
					if w.Line != 3 {
						t.Errorf("the reading named on line %d, want 3", w.Line)
					}
				}
			}
			if notes != 1 {
				t.Errorf("the reading named %d times, want once: %v", notes, p.Warnings)
			}
		})
	}
}
