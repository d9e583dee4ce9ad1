package diff

import (
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/esfdata/esf/parser"
)

func mustField(t *testing.T, name string) field {
	t.Helper()
	f, err := lookupField(name)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func str(s string) *string { return &s }

// TestCompare holds each kind of comparison at its edges: the smallest
// change, no change, a value that appears or goes, and what each kind adds.
func TestCompare(t *testing.T) {
	for _, tc := range []struct {
		name     string
		field    string
		old, new any
		exact    bool
		want     string // the change as JSON; "" for no change
	}{
		// Amounts: the difference and the percent of the old amount.
		{"amount up", "total_budget_sek", int64(36797134), int64(45192864), false,
			`{"field":"total_budget_sek","old":36797134,"new":45192864,"delta":8395730,"percent":22.82}`},
		{"amount down by one", "esf_support_sek", int64(400000), int64(399999), false,
			`{"field":"esf_support_sek","old":400000,"new":399999,"delta":-1,"percent":0}`},
		{"amount from zero has no percent", "total_budget_sek", int64(0), int64(5), false,
			`{"field":"total_budget_sek","old":0,"new":5,"delta":5}`},
		{"amount to zero", "total_budget_sek", int64(5), int64(0), false,
			`{"field":"total_budget_sek","old":5,"new":0,"delta":-5,"percent":-100}`},
		{"amount same", "participants", int64(11), int64(11), false, ""},
		{"amount appears", "total_budget_sek", nil, int64(1), false,
			`{"field":"total_budget_sek","old":null,"new":1}`},
		{"amount goes", "participants", int64(605), nil, false,
			`{"field":"participants","old":605,"new":null}`},
		{"both null", "participants", nil, nil, false, ""},

		// The rate: the difference in points, without float noise.
		{"rate", "eu_cofinancing_rate_pct", 40.0, 50.0, false,
			`{"field":"eu_cofinancing_rate_pct","old":40,"new":50,"delta":10}`},
		{"rate by a tenth", "eu_cofinancing_rate_pct", 40.0, 40.1, false,
			`{"field":"eu_cofinancing_rate_pct","old":40,"new":40.1,"delta":0.1}`},
		{"rate same", "eu_cofinancing_rate_pct", 52.5, 52.5, false, ""},

		// Dates: the shift in days, across a leap day.
		{"date later", "end_date", "2019-01-31", "2020-04-30", false,
			`{"field":"end_date","old":"2019-01-31","new":"2020-04-30","days":455}`},
		{"date a day earlier", "start_date", "2024-03-01", "2024-02-29", false,
			`{"field":"start_date","old":"2024-03-01","new":"2024-02-29","days":-1}`},
		{"date not a date", "end_date", "2019-01-31", "2019-13-01", false,
			`{"field":"end_date","old":"2019-01-31","new":"2019-13-01"}`},
		{"date appears", "end_date", nil, "2019-01-31", false,
			`{"field":"end_date","old":null,"new":"2019-01-31"}`},

		// Lists: sets, so that order and repetition are no change.
		{"list item added and removed", "municipalities", []string{"Arboga", "Borgholm"}, []string{"Arboga", "Kalmar"}, false,
			`{"field":"municipalities","old":["Arboga","Borgholm"],"new":["Arboga","Kalmar"],"added":["Kalmar"],"removed":["Borgholm"]}`},
		{"list item added", "cofinanciers", []string{}, []string{"Region Skåne"}, false,
			`{"field":"cofinanciers","old":[],"new":["Region Skåne"],"added":["Region Skåne"],"removed":[]}`},
		{"list reordered", "municipalities", []string{"A", "B"}, []string{"B", "A"}, false, ""},
		{"list repeated", "municipalities", []string{"A"}, []string{"A", "A"}, false, ""},
		{"list item spaced", "municipalities", []string{"Kalmar"}, []string{" Kalmar "}, false, ""},
		{"list item spaced exact", "municipalities", []string{"Kalmar"}, []string{"Kalmar "}, true,
			`{"field":"municipalities","old":["Kalmar"],"new":["Kalmar "],"added":["Kalmar "],"removed":["Kalmar"]}`},

		// Text: a similarity; white space alone is no change unless exact.
		{"text one word", "summary", "a b c d", "a b x d", false,
			`{"field":"summary","old":"a b c d","new":"a b x d","similarity":0.75}`},
		{"text nothing shared", "goals", "a b", "c d", false,
			`{"field":"goals","old":"a b","new":"c d","similarity":0}`},
		{"text white space", "summary", "a  b\nc", "a b c ", false, ""},
		{"text white space exact", "summary", "a b", "a  b", true,
			`{"field":"summary","old":"a b","new":"a  b","similarity":1}`},
		{"text goes", "purpose", "a", nil, false, `{"field":"purpose","old":"a","new":null}`},

		// Strings and booleans: old and new only.
		{"string", "contact_name", "Anna", "Bo", false, `{"field":"contact_name","old":"Anna","new":"Bo"}`},
		{"string case", "owner", "PERSTORPS KOMMUN", "Perstorps kommun", false,
			`{"field":"owner","old":"PERSTORPS KOMMUN","new":"Perstorps kommun"}`},
		{"string white space", "owner", "Perstorps  kommun", "Perstorps kommun", false, ""},
		{"bool", "strategic_importance", false, true, false,
			`{"field":"strategic_importance","old":false,"new":true}`},

		// Sections and pairs: sets of items.
		{"section changed", "other_sections",
			[]parser.Section{{Heading: "Mål", Text: "x"}}, []parser.Section{{Heading: "Mål", Text: "y"}}, false,
			`{"field":"other_sections","old":[{"heading":"Mål","text":"x"}],"new":[{"heading":"Mål","text":"y"}],"added":[{"heading":"Mål","text":"y"}],"removed":[{"heading":"Mål","text":"x"}]}`},
		{"pair without value", "extra",
			parser.Pairs{{Label: "Fas", Value: str("")}}, parser.Pairs{{Label: "Fas"}}, false,
			`{"field":"extra","old":{"Fas":""},"new":{"Fas":null},"added":{"Fas":null},"removed":{"Fas":""}}`},
		{"pairs reordered", "extra",
			parser.Pairs{{Label: "A", Value: str("1")}, {Label: "B"}}, parser.Pairs{{Label: "B"}, {Label: "A", Value: str("1")}}, false, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, differs := compare(mustField(t, tc.field), tc.old, tc.new, tc.exact)
			if !differs {
				if tc.want != "" {
					t.Errorf("no change, want %s", tc.want)
				}
				return
			}
			got, err := json.Marshal(c)
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != tc.want {
				t.Errorf("got  %s\nwant %s", got, tc.want)
			}
		})
	}
}

// TestCompareAgreesWithHash: two values compare equal exactly when their
// hashes are equal, for every kind, so that the first pass (hashes) and
// the last (values) never disagree.
func TestCompareAgreesWithHash(t *testing.T) {
	d, err := New(Options{Fields: FieldNames()})
	if err != nil {
		t.Fatal(err)
	}
	pairs := []struct{ a, b parser.Project }{
		{parser.Project{Name: str("a  b")}, parser.Project{Name: str("a b")}},
		{parser.Project{Name: str("")}, parser.Project{}},
		{parser.Project{Municipalities: []string{"a", "b"}}, parser.Project{Municipalities: []string{"b", "a", "a"}}},
		{parser.Project{Municipalities: []string{"a b"}}, parser.Project{Municipalities: []string{"a", "b"}}},
		{parser.Project{Extra: parser.Pairs{{Label: "x"}}}, parser.Project{Extra: parser.Pairs{{Label: "x", Value: str("")}}}},
		{parser.Project{Source: parser.Source{Path: "a", Line: 1}}, parser.Project{Source: parser.Source{Path: "a", Line: 2}}},
		{parser.Project{Warnings: []parser.Warning{{Message: "m"}}}, parser.Project{Warnings: []parser.Warning{{Message: "m"}}}},
	}
	for i, p := range pairs {
		d.hashFields(&p.a)
		ha := append([]uint64(nil), d.scratch...)
		d.hashFields(&p.b)
		for j, f := range d.fields {
			_, differs := compare(f, f.value(&p.a), f.value(&p.b), false)
			if sameHash := ha[j] == d.scratch[j]; sameHash == differs {
				t.Errorf("pair %d, %s: compare says differs=%v, hashes equal=%v", i, f.name, differs, sameHash)
			}
		}
	}
}

func TestSimilarity(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want float64
	}{
		{"", "", 1},
		{"a", "", 0},
		{"a b c", "a b c", 1},
		{"a b c d", "a c d", 2 * 3.0 / 7},
		{"x a b", "a b y", 2 * 2.0 / 6},
	} {
		if got := similarity(tc.a, tc.b); got != tc.want {
			t.Errorf("similarity(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
		if got := similarity(tc.b, tc.a); got != tc.want {
			t.Errorf("similarity(%q, %q) = %v, want %v (symmetric)", tc.b, tc.a, got, tc.want)
		}
	}
}

// TestEditDistanceLimit: one edit under the limit is counted; at the
// limit the count stops.
func TestEditDistanceLimit(t *testing.T) {
	a, b := []string{"1", "2", "3"}, []string{"4", "5", "6"}
	if got := editDistance(a, b, 6); got != 6 {
		t.Errorf("distance %d, want 6", got)
	}
	if got := editDistance(a, b, 5); got != 5 {
		t.Errorf("distance with limit 5 is %d, want 5", got)
	}
	if got := editDistance([]string{"a", "x", "b"}, []string{"a", "b"}, 1); got != 1 {
		t.Errorf("distance %d, want 1", got)
	}
}

func TestLineDiff(t *testing.T) {
	old := "Första stycket.\n\nAndra stycket.\n\nTredje."
	new := "Första stycket.\n\nAndra  stycket, ändrat.\n\nTredje.\n\nFjärde."
	want := []Edit{{'-', "Andra stycket."}, {'+', "Andra  stycket, ändrat."}, {'+', "Fjärde."}}
	if got := lineDiff(old, new, false); !reflect.DeepEqual(got, want) {
		t.Errorf("lineDiff = %q, want %q", got, want)
	}
	if got := lineDiff("a\nb", "a \nb", false); len(got) != 0 {
		t.Errorf("white space alone: %q, want no edit", got)
	}
	if got := lineDiff("a\nb", "a \nb", true); len(got) != 2 {
		t.Errorf("white space, exact: %q, want two edits", got)
	}
}

// TestLineDiffLimit: texts whose table fits are diffed line by line; one
// line more and every line is shown out and in.
func TestLineDiffLimit(t *testing.T) {
	text := func(n int, changed int) string {
		lines := make([]string, n)
		for i := range lines {
			lines[i] = fmt.Sprint("rad ", i)
		}
		lines[changed] = "ändrad"
		return strings.Join(lines, "\n")
	}
	side := 1024 // 1024 × 1024 cells: the limit
	if got := lineDiff(text(side, 0), text(side, 5), false); len(got) != 4 {
		t.Errorf("at the limit: %d edits, want 4", len(got))
	}
	if got := lineDiff(text(side+1, 0), text(side, 5), false); len(got) != 2*side+1 {
		t.Errorf("over the limit: %d edits, want %d", len(got), 2*side+1)
	}
}

// TestDescribe: how the text and github formats write each kind of change.
func TestDescribe(t *testing.T) {
	for _, tc := range []struct {
		field    string
		old, new any
		want     string
	}{
		{"total_budget_sek", int64(400000), int64(450000), `400000 → 450000 (+50000, +12.50%)`},
		{"total_budget_sek", int64(0), int64(10), `0 → 10 (+10)`},
		{"participants", nil, int64(10), `null → 10`},
		{"eu_cofinancing_rate_pct", 50.0, 52.5, `50 → 52.5 (+2.5 points)`},
		{"end_date", "2021-10-31", "2021-10-01", `"2021-10-31" → "2021-10-01" (-30 days)`},
		{"municipalities", []string{"A", "B"}, []string{"B", "C"}, `+ "C", - "A"`},
		{"extra", parser.Pairs{{Label: "Fas", Value: str("1")}}, parser.Pairs{}, `- {"Fas":"1"}`},
		{"other_sections", []parser.Section{}, []parser.Section{{Heading: "Mål", Text: "x"}}, `+ {"heading":"Mål","text":"x"}`},
		{"summary", nil, "två ord", `null → 2 words`},
		{"summary", "ett", nil, `1 word → null`},
		{"summary", "ett två", "ett tre", `changed, similarity 0.5`},
		{"strategic_importance", true, false, `true → false`},
	} {
		c, differs := compare(mustField(t, tc.field), tc.old, tc.new, false)
		if !differs {
			t.Errorf("%s %v → %v: no change", tc.field, tc.old, tc.new)
			continue
		}
		if got := describe(c); got != tc.want {
			t.Errorf("%s: %q, want %q", tc.field, got, tc.want)
		}
	}
}

// TestClone: a kept value equals the record's.
func TestClone(t *testing.T) {
	values := []any{
		"text", int64(1), 2.5, true, []string{"a", "b"},
		[]parser.Section{{Heading: "h", Text: "t", Line: 3}},
		parser.Pairs{{Label: "l", Value: str("v")}, {Label: "m"}},
		parser.Source{Path: "p", Line: 2, Format: "text", Layout: parser.LayoutColon, Language: "sv", Encoding: "utf-8"},
		[]parser.Warning{{Position: parser.Position{Path: "p", Line: 1}, Key: parser.KeyName, Message: "m"}},
	}
	for _, v := range values {
		if got := clone(v); !reflect.DeepEqual(got, v) {
			t.Errorf("clone(%#v) = %#v", v, got)
		}
	}
}
