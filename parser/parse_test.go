package parser

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

const testdata = "../testdata"

// pagePaths returns the test pages of a folder of testdata, as paths
// relative to testdata.
func pagePaths(t testing.TB, dir string) []string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(testdata, dir, "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no pages in %s: %v", dir, err)
	}
	for i, f := range files {
		files[i], _ = filepath.Rel(testdata, f)
	}
	return files
}

func parseFile(t testing.TB, rel string) *Project {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(testdata, rel))
	if err != nil {
		t.Fatal(err)
	}
	return parseOne(t, filepath.ToSlash(rel), data)
}

// parseOne parses an input that must hold exactly one page.
func parseOne(t testing.TB, path string, data []byte) *Project {
	t.Helper()
	recs, err := Parse(path, data, Options{})
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	if len(recs) != 1 {
		t.Fatalf("%s: %d records, want 1", path, len(recs))
	}
	return recs[0]
}

// TestGolden compares the whole record of every test page with its golden
// file; go test ./... -update rewrites them for review in the diff.
func TestGolden(t *testing.T) {
	var pages []string
	for _, dir := range []string{"pages", "variants", "encodings", "multi"} {
		pages = append(pages, pagePaths(t, dir)...)
	}
	for _, rel := range pages {
		t.Run(rel, func(t *testing.T) {
			// A file of one page has its record as golden; an input of
			// several (multi/) the list of its records.
			var v any
			if strings.HasPrefix(rel, "multi") {
				data, err := os.ReadFile(filepath.Join(testdata, rel))
				if err != nil {
					t.Fatal(err)
				}
				v = mustParse(t, data)
			} else {
				v = parseFile(t, rel)
			}
			got, err := json.MarshalIndent(v, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			golden := filepath.Join(testdata, "golden", strings.TrimSuffix(rel, ".txt")+".json")
			if *update {
				if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test ./... -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("record differs from %s (run go test ./... -update and review the diff):\n%s", golden, lineDiff(string(want), string(got)))
			}
		})
	}
}

// lineDiff shows the first lines where two texts differ.
func lineDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	var b strings.Builder
	for i := 0; i < max(len(w), len(g)) && b.Len() < 2000; i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			fmt.Fprintf(&b, "line %d:\n- %s\n+ %s\n", i+1, wl, gl)
		}
	}
	return b.String()
}

func jsonString(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}

func str(p *string) any {
	if p == nil {
		return nil
	}
	return *p
}

func num[T any](p *T) any {
	if p == nil {
		return nil
	}
	return *p
}

// TestSeeds checks what a person reads off the seed pages.
func TestSeeds(t *testing.T) {
	p0 := parseFile(t, "pages/000_79b1cc7135eb8e4d.txt")
	p1 := parseFile(t, "pages/001_451f6fcbe595c098.txt")
	p2 := parseFile(t, "pages/002_7858258275a19d00.txt")
	p3 := parseFile(t, "pages/003_fc0d866d55fe1104.txt")
	p4 := parseFile(t, "pages/004_4a684bc2c2b12aa3.txt")
	checks := []struct {
		page string
		got  any
		want any
	}{
		{"000 id", str(p0.ID), "23-038-S06"},
		{"000 name", str(p0.Name), "Digga Perstorps Personal"},
		{"000 owner_org_number", str(p0.OwnerOrgNumber), "212000-0910"},
		{"000 participants", num(p0.Participants), int64(605)},
		{"000 eu_cofinancing_rate_pct", num(p0.EUCofinancingRatePct), 40.0},
		{"000 nuts2", str(p0.NUTS2), "SE22"},
		{"000 strategic_importance", num(p0.StrategicImportance), false},
		{"000 secondary_theme_child_poverty", num(p0.SecondaryThemeChildPoverty), false},
		{"000 fund", str(p0.Fund), "ESF+"},
		{"000 programme_period", str(p0.ProgrammePeriod), "2021-2027"},
		{"000 programme_area_code", str(p0.ProgrammeAreaCode), "A"},
		{"000 specific_objective", str(p0.SpecificObjective), "A1A"},
		{"000 start_date", str(p0.StartDate), "2024-03-01"},
		{"000 end_date", str(p0.EndDate), "2026-12-31"},
		{"000 postcode", str(p0.Postcode), "28485"},
		{"000 layout", p0.Source.Layout, LayoutColon},
		{"001 address", str(p1.Address), nil},
		{"001 programme_area_code", str(p1.ProgrammeAreaCode), "1"},
		{"001 programme_area_name", str(p1.ProgrammeAreaName), nil},
		{"001 total_budget_sek", num(p1.TotalBudgetSEK), int64(400000)},
		{"001 programme_period", str(p1.ProgrammePeriod), "2014-2020"},
		{"001 start_date", str(p1.StartDate), "2021-02-01"},
		{"001 contact_email", str(p1.ContactEmail), "Peter.Lindow@perstorp.se"},
		{"002 call_id", str(p2.CallID), "2015/00538"},
		{"002 start_date", str(p2.StartDate), "2016-02-02"},
		{"002 end_date", str(p2.EndDate), "2019-01-31"},
		{"002 total_budget_sek", num(p2.TotalBudgetSEK), int64(9997836)},
		{"002 esf_support_sek", num(p2.ESFSupportSEK), int64(7380388)},
		{"002 name", str(p2.Name), "Within Kompetens"},
		{"002 programme_area", [2]any{str(p2.ProgrammeAreaCode), str(p2.ProgrammeAreaName)}, [2]any{"1.1", "Kompetensförsörjning"}},
		{"002 layout", p2.Source.Layout, LayoutStacked},
		{"003 esf_support_sek", num(p3.ESFSupportSEK), int64(493090)},
		{"003 total_budget_sek", num(p3.TotalBudgetSEK), int64(820090)},
		{"003 cofinanciers", p3.Cofinanciers, []string{"Arbete och Försörjning"}},
		{"003 municipalities", p3.Municipalities, []string{"Trelleborg"}},
		{"003 programme_area", [2]any{str(p3.ProgrammeAreaCode), str(p3.ProgrammeAreaName)}, [2]any{"2", "Ökat arbetskraftsutbud"}},
		{"003 contact_phone", str(p3.ContactPhone), "0410-733094"},
		{"003 layout", p3.Source.Layout, LayoutGlued},
		{"003 programme_period", str(p3.ProgrammePeriod), "2007-2013"},
		{"004 name", str(p4.Name), "Gagna:kompetens"},
		{"004 id", str(p4.ID), nil},
		{"004 municipalities", len(p4.Municipalities), 46},
		{"004 first municipality", p4.Municipalities[0], "Arboga"},
		{"004 last municipality", p4.Municipalities[len(p4.Municipalities)-1], "Örebro"},
		{"004 region", str(p4.Region), "Östra Mellansverige"},
		{"004 nuts2", str(p4.NUTS2), "SE12"},
	}
	for _, c := range checks {
		if !reflect.DeepEqual(c.got, c.want) {
			t.Errorf("%s = %#v, want %#v", c.page, c.got, c.want)
		}
	}
	for _, p := range []*Project{p0, p1, p2, p3, p4} {
		if len(p.Warnings) != 0 {
			t.Errorf("%s: unexpected warnings %v", p.Source.Path, p.Warnings)
		}
		if len(p.Extra) != 0 {
			t.Errorf("%s: unexpected extra %v", p.Source.Path, p.Extra)
		}
	}
	// Sub-headings and prose ending in a colon stay in their section.
	if !strings.HasPrefix(str(p4.Background).(string), "Inledning\nUnder hösten") {
		t.Errorf("004 background does not start with its sub-heading: %.60q", str(p4.Background))
	}
	if !strings.Contains(str(p4.Background).(string), "\n\nMEDBORGARNAS BEHOV\n\n") {
		t.Error("004 background lost the sub-heading MEDBORGARNAS BEHOV")
	}
	if !strings.HasPrefix(str(p3.Accessibility).(string), "Fysiska funktionshinder\n") {
		t.Errorf("003 accessibility does not start with its sub-heading: %.60q", str(p3.Accessibility))
	}
	if !strings.Contains(str(p2.Summary).(string), "utanförskap:\n- Kortsiktighet") {
		t.Error("002 summary lost its list")
	}
}

// jsonMap is a record as JSON sees it, for comparing records key by key.
func jsonMap(t testing.TB, p *Project) map[string]any {
	t.Helper()
	b, err := json.Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	return m
}

// recordMap is jsonMap without raw and source, which variants change.
func recordMap(t *testing.T, p *Project) map[string]any {
	t.Helper()
	m := jsonMap(t, p)
	delete(m, "raw")
	delete(m, "source")
	return m
}

// TestVariants checks that each variant page gives the record of its
// original, but for the keys the variant changes on purpose.
func TestVariants(t *testing.T) {
	tests := []struct {
		variant, original string
		differ            map[string]any
		layout            Layout
		language          string
	}{
		{"002_reordered", "002_7858258275a19d00", nil, LayoutStacked, "sv"},
		{"001_missing_region", "001_451f6fcbe595c098", map[string]any{"region": nil, "nuts2": nil}, LayoutColon, "sv"},
		{"001_inline_values", "001_451f6fcbe595c098", nil, LayoutColon, "sv"},
		{"001_empty_value", "001_451f6fcbe595c098", nil, LayoutColon, "sv"},
		{"002_english", "002_7858258275a19d00", nil, LayoutStacked, "en"},
		{"000_english", "000_79b1cc7135eb8e4d", nil, LayoutColon, "en"},
		{"003_english", "003_fc0d866d55fe1104", nil, LayoutGlued, "en"},
		{"004_cookie_notice", "004_4a684bc2c2b12aa3", nil, LayoutGlued, "sv"},
		{"000_empty_dates_period", "000_79b1cc7135eb8e4d", nil, LayoutColon, "sv"},
		{"003_name_with_dash", "003_fc0d866d55fe1104", map[string]any{"name": "Egenmakt - steg två"}, LayoutGlued, "sv"},
		{"002_id_title_dash", "002_7858258275a19d00", map[string]any{"name": "Within - Kompetens för unga"}, LayoutStacked, "sv"},
		{"001_blank_lines_browser", "001_451f6fcbe595c098", nil, LayoutColon, "sv"},
		{"002_blank_lines", "002_7858258275a19d00", nil, LayoutStacked, "sv"},
		{"001_pdf_page_break", "001_451f6fcbe595c098", nil, LayoutColon, "sv"},
		{"003_empty_glued_value", "003_fc0d866d55fe1104", map[string]any{"contact_phone": nil}, LayoutGlued, "sv"},
		{"003_glued_lowercase", "003_fc0d866d55fe1104", map[string]any{"contact_name": "ola johnsson", "contact_phone": "+46410733094"}, LayoutGlued, "sv"},
		{"001_colon_in_values", "001_451f6fcbe595c098", map[string]any{
			"owner": "Perstorps kommun, Avd: Arbetsmarknad", "name": "Framtidsresan: en förstudie", "contact_name": "Peter Lindow", "contact_phone": "0435-78 10 00",
			"warnings": []any{
				map[string]any{"line": 20.0, "field": "contact_name", "kind": "value", "message": `"Peter Lindow, tel: 0435-78 10 00" holds more than a name: "Peter Lindow" read as contact_name, "0435-78 10 00" as contact_phone`},
				map[string]any{"line": 20.0, "field": "contact_phone", "kind": "value", "message": `"0435-78 10 00", after the contact's name, read as contact_phone`},
			},
		}, LayoutColon, "sv"},
		{"000_invalid_date_then_period", "000_79b1cc7135eb8e4d", map[string]any{"warnings": []any{map[string]any{
			"line": 8.0, "field": "start_date", "kind": "value", "message": `"2024-13-45" is not a date; the value on line 10 is used`,
		}}}, LayoutColon, "sv"},
		{"001_publisher_conventions", "001_451f6fcbe595c098", map[string]any{
			"programme_area_code": "React-EU", "region": "Nationellt", "nuts2": "SE0", "eu_cofinancing_rate_pct": nil,
			"warnings": []any{map[string]any{"line": 33.0, "field": "eu_cofinancing_rate_pct", "kind": "value", "message": `"0,4" may be a fraction (40 %) or a percentage: write the rate with a % sign`}},
		}, LayoutColon, "sv"},
		{"000_unknown_labels", "000_79b1cc7135eb8e4d", map[string]any{
			"extra": map[string]any{"Stödform": "Projektstöd", "Beslutsdatum": "2023-11-20"},
		}, LayoutColon, "sv"},
	}
	for _, tt := range tests {
		t.Run(tt.variant, func(t *testing.T) {
			v := parseFile(t, "variants/"+tt.variant+".txt")
			o := parseFile(t, "pages/"+tt.original+".txt")
			got, want := recordMap(t, v), recordMap(t, o)
			for k, val := range tt.differ {
				want[k] = val
			}
			for k := range want {
				if !reflect.DeepEqual(got[k], want[k]) {
					t.Errorf("%s = %.200s, want %.200s", k, jsonString(got[k]), jsonString(want[k]))
				}
			}
			if v.Source.Layout != tt.layout || v.Source.Language != tt.language {
				t.Errorf("source = %s/%s, want %s/%s", v.Source.Layout, v.Source.Language, tt.layout, tt.language)
			}
		})
	}
}

// TestEveryLineAccounted checks that no line of a test page is dropped
// unread: each is a label, a value, text, a heading, the title, a blank
// or known page furniture.
func TestEveryLineAccounted(t *testing.T) {
	for rel, data := range propertyPages(t) {
		text, _, err := Decode(data, "")
		if err != nil {
			t.Fatal(err)
		}
		r := parseText(rel, text, nil, nil)
		for i, u := range r.uses {
			if u.disp == dispNone {
				t.Errorf("%s:%d: line not accounted for", rel, r.lines[i].num)
			}
		}
	}
}

// TestParseKeepsNoBuffer holds Parse to its word: it copies what it keeps,
// so records stay the same when the caller then reuses its buffer.
func TestParseKeepsNoBuffer(t *testing.T) {
	for _, dir := range []string{"pages", "variants", "encodings", "multi"} {
		for _, rel := range pagePaths(t, dir) {
			data, err := os.ReadFile(filepath.Join(testdata, rel))
			if err != nil {
				t.Fatal(err)
			}
			recs, err := Parse(rel, data, Options{})
			if err != nil {
				t.Fatal(err)
			}
			want, _ := json.Marshal(recs)
			for i := range data {
				data[i] = 'x'
			}
			if got, _ := json.Marshal(recs); !bytes.Equal(got, want) {
				t.Errorf("%s: the records changed with the buffer Parse read", rel)
			}
		}
	}
}

// TestReuseLeavesNoTrace parses every test page after every other: the
// state the parser keeps from one input for the next (lines, sections,
// values) must not show in any record.
func TestReuseLeavesNoTrace(t *testing.T) {
	var paths []string
	for _, dir := range []string{"pages", "variants", "encodings", "multi"} {
		paths = append(paths, pagePaths(t, dir)...)
	}
	inputs := make([][]byte, len(paths))
	want := make([][]byte, len(paths))
	for i, rel := range paths {
		data, err := os.ReadFile(filepath.Join(testdata, rel))
		if err != nil {
			t.Fatal(err)
		}
		inputs[i] = data
		recs, err := Parse(rel, data, Options{})
		if err != nil {
			t.Fatal(err)
		}
		want[i], _ = json.Marshal(recs)
	}
	for _, before := range inputs {
		for i := len(paths) - 1; i >= 0; i-- {
			if _, err := Parse("before.txt", before, Options{}); err != nil {
				t.Fatal(err)
			}
			recs, err := Parse(paths[i], inputs[i], Options{})
			if err != nil {
				t.Fatal(err)
			}
			if got, _ := json.Marshal(recs); !bytes.Equal(got, want[i]) {
				t.Fatalf("%s read after another input differs from its first reading:\n%s\nwant\n%s", paths[i], got, want[i])
			}
		}
	}
}

// checkStrip holds what a paste's reading of in gave, got and ok, to want:
// read and written as want, or, where want is "", not read and as it was.
// Either way each line keeps its number.
func checkStrip(t *testing.T, name, in, want, got string, ok bool) {
	t.Helper()
	if ok != (want != "") {
		t.Errorf("%s: ok = %v, want %v", name, ok, want != "")
	}
	if want != "" && got != want {
		t.Errorf("%s:\n got %q\nwant %q", name, got, want)
	}
	if !ok && got != in {
		t.Errorf("%s: changed though not read: %q", name, got)
	}
	if ok && strings.Count(got, "\n") != strings.Count(in, "\n") {
		t.Errorf("%s: lines moved: %q", name, got)
	}
}
