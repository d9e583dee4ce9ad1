package validate

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/esfdata/esf/parser"
)

var update = flag.Bool("update", false, "rewrite the golden diagnostics in testdata/golden/invalid")

func parsePages(t *testing.T, dir string) []*parser.Project {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("..", "testdata", dir, "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no pages in %s", dir)
	}
	var recs []*parser.Project
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		rec, err := parser.Parse(filepath.Base(f), data, parser.Options{})
		if err != nil {
			t.Fatal(err)
		}
		recs = append(recs, rec...)
	}
	return recs
}

func render(ds []Diagnostic) string {
	var b strings.Builder
	for _, d := range ds {
		b.WriteString(d.String() + "\n")
	}
	return b.String()
}

// TestInvalidPages checks every page of testdata/invalid against its golden
// diagnostics, and that the rule the page is named after fires on it.
func TestInvalidPages(t *testing.T) {
	checker, err := NewChecker(Config{})
	if err != nil {
		t.Fatal(err)
	}
	annotatedChecker, _ := NewChecker(Config{})
	for _, rec := range parsePages(t, "invalid") {
		name := strings.TrimSuffix(rec.Source.Path, ".txt")
		got := render(checker.Check(rec))
		golden := filepath.Join("..", "testdata", "golden", "invalid", name+".diag")
		if *update {
			if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatalf("%v (run go test ./... -update)", err)
		}
		if got != string(want) {
			t.Errorf("%s: diagnostics\n%s\nwant\n%s", name, got, want)
		}
		// esf validate reads the record as esf parse does, with the
		// contradiction rules' warnings already on it: the diagnostics
		// are the same.
		Annotate(rec)
		if annotated := render(annotatedChecker.Check(rec)); annotated != string(want) {
			t.Errorf("%s: diagnostics of the annotated record\n%s\nwant\n%s", name, annotated, want)
		}
		rule := name
		for _, r := range RuleNames() {
			if strings.HasPrefix(name, r) {
				rule = r
			}
		}
		if name != "duplicate-id-1" && !strings.Contains(got, "["+rule+"]") {
			t.Errorf("%s: rule %s does not fire", name, rule)
		}
	}
}

// TestSeedPagesValidateClean checks that the real pages give no diagnostic.
func TestSeedPagesValidateClean(t *testing.T) {
	checker, _ := NewChecker(Config{})
	for _, rec := range parsePages(t, "pages") {
		if ds := checker.Check(rec); len(ds) != 0 {
			t.Errorf("%s:\n%s", rec.Source.Path, render(ds))
		}
	}
}

func TestConfig(t *testing.T) {
	recs := parsePages(t, "invalid")
	var phone *parser.Project
	for _, r := range recs {
		if r.Source.Path == "phone.txt" {
			phone = r
		}
	}
	checker, err := NewChecker(Config{Severity: map[string]Severity{"phone": Error}})
	if err != nil {
		t.Fatal(err)
	}
	if ds := checker.Check(phone); len(ds) != 1 || ds[0].Severity != Error {
		t.Errorf("--severity phone=error: %v", ds)
	}
	checker, _ = NewChecker(Config{Disabled: []string{"phone"}})
	if ds := checker.Check(phone); len(ds) != 0 {
		t.Errorf("--disable phone: %v", ds)
	}
	if _, err := NewChecker(Config{Disabled: []string{"phne"}}); err == nil || !strings.Contains(err.Error(), "valid rules: missing-field") {
		t.Errorf("unknown rule: %v", err)
	}
	if _, err := ParseSeverity("fatal"); err == nil {
		t.Error("ParseSeverity accepts fatal")
	}
}

// TestYearOf holds yearOf to fmt.Sscanf's "%d", which it stands for, on
// dates as esf writes them and as a hand may edit a record read back.
func TestYearOf(t *testing.T) {
	for date, want := range map[string]int{
		"2021-03-01":              2021,
		"2007-12-31":              2007,
		"1999":                    1999,
		"":                        0,
		"-2021":                   -2021,
		"+2024-03-01":             2024,
		" 2024-03-01":             2024,
		"\t2024":                  2024,
		"\n2024":                  0, // a line break is not skipped
		"2021x":                   2021,
		"x2021":                   0,
		"+":                       0,
		"99999999999999999999-01": 0, // too big for an int
		"\u00a02024":              2024,
	} {
		var sscanf int
		fmt.Sscanf(date, "%d", &sscanf)
		if got := yearOf(date); got != want || got != sscanf {
			t.Errorf("yearOf(%q) = %d, want %d (fmt.Sscanf reads %d)", date, got, want, sscanf)
		}
	}
}

func TestLuhn(t *testing.T) {
	tests := map[string]bool{
		"2120000910": true, // Perstorps kommun, seed page 000
		"2021005489": true,
		"5560360793": true,
		"2120000911": false, // one off
		"2120000901": false, // two digits swapped
	}
	for digits, want := range tests {
		if got := luhnValid(digits); got != want {
			t.Errorf("luhnValid(%s) = %v, want %v", digits, got, want)
		}
	}
}

func TestPhoneAndEmail(t *testing.T) {
	phones := map[string]bool{"0410-733094": true, "+46 8 123 456 78": true, "013-255612": true, "(08) 123 45": true, "ring växeln": false, "123": false,
		"410733094": false, "410-733094": false, "(8) 123 45 67": false, "+46410733094": true, "0046 410 733094": true}
	for p, ok := range phones {
		c := &check{rec: &parser.Project{ContactPhone: &p}, rule: Rule{Name: "phone"}}
		checkPhone(c)
		if (len(c.found) == 0) != ok {
			t.Errorf("phone %q: %v", p, c.found)
		}
	}
	emails := map[string]bool{"ola.johnsson@trelleborg.se": true, "Peter.Lindow@perstorp.se": true, "a@b.c": false, "x(at)y.se": false, "a b@c.se": false, "a@@c.se": false,
		"：ola@trelleborg.se": false, "—ola@trelleborg.se": false, "ola@trelleborg.se—": false, "ola@trelleborg.se.": false,
		"ola@trelleborg..se": false, "o'neil+esf@kommun.se": true, "åsa.öberg@örebro.se": true, "a_b-c@sub.x-y.se": true}
	for e, ok := range emails {
		c := &check{rec: &parser.Project{ContactEmail: &e}, rule: Rule{Name: "email"}}
		checkEmail(c)
		if (len(c.found) == 0) != ok {
			t.Errorf("email %q: %v", e, c.found)
		}
	}
}

// TestDateValueThatFails checks that a date value that does not read gives
// one diagnostic, at the line of the value, saying which dates it leaves
// missing; missing-field does not add a second one at the top of the
// field block.
func TestDateValueThatFails(t *testing.T) {
	const head = "2020/00634 - Framtidsresan\n\nProjektnummer:\n2020/00634\nProjektägare:\nPerstorps kommun\nNamn:\nFramtidsresan\nRegion:\nSydsverige\n"
	tests := []struct {
		name, dates string
		want        string
	}{
		{"a period that does not read leaves both dates missing",
			"Projektperiod:\n2021-14-01 - 2021-14-31\n",
			`p.txt:12: error: no start or end date: start_date: "2021-14-01 - 2021-14-31" is not a period of two dates [bad-value]` + "\n"},
		{"a period whose end does not read leaves the end missing",
			"Projektperiod:\n2021-02-01 - 2021-14-31\n",
			`p.txt:12: error: end_date: "2021-02-01 - 2021-14-31" is not a period of two dates: its start, 2021-02-01, was read, its end not [bad-value]` + "\n"},
		{"a period after a start date leaves the end missing",
			"Startdatum:\n2021-02-01\nProjektperiod:\n2021-02-01 - 2021-14-31\n",
			`p.txt:14: error: end_date: "2021-02-01 - 2021-14-31" is not a period of two dates: its start, 2021-02-01, was read, its end not; the value on line 12 is kept [bad-value]` + "\n"},
		{"a start date that does not read is only itself",
			"Startdatum:\n2021-13-01\nSlutdatum:\n2021-10-31\n",
			`p.txt:12: error: start_date: "2021-13-01" is not a date [bad-value]` + "\n"},
		{"no dates at all are missing fields",
			"",
			"p.txt:3: error: no start date (Startdatum or Projektperiod) [missing-field]\np.txt:3: error: no end date (Slutdatum or Projektperiod) [missing-field]\n"},
	}
	for _, tt := range tests {
		recs, err := parser.Parse("p.txt", []byte(head+tt.dates), parser.Options{})
		if err != nil || len(recs) != 1 {
			t.Fatalf("%s: %d records, %v", tt.name, len(recs), err)
		}
		checker, _ := NewChecker(Config{})
		if got := render(checker.Check(recs[0])); got != tt.want {
			t.Errorf("%s:\n%s\nwant\n%s", tt.name, got, tt.want)
		}
	}
}

// TestDatesAuditOnly checks dates that no value gave, where the parser's
// audit says where the page may hold them: they are missing, errors, and
// the audit's warning about both dates is one diagnostic.
func TestDatesAuditOnly(t *testing.T) {
	for _, page := range []string{
		"2020/00634 - Framtidsresan\n\nProjektnummer:\n2020/00634\nProjektägare:\nPerstorps kommun\nRegion:\nSydsverige\nProjektperiod enligt beslut:\n2021-02-01 - 2021-10-31\n",
		"Egenmakt\n\nProjektägareArbete och Försörjning\nProjektperiodca 2009 till 2010\nRegionSydsverige\n",
	} {
		recs, err := parser.Parse("p.txt", []byte(page), parser.Options{})
		if err != nil || len(recs) != 1 {
			t.Fatalf("%d records, %v", len(recs), err)
		}
		checker, _ := NewChecker(Config{})
		got := render(checker.Check(recs[0]))
		for _, want := range []string{"error: no start date", "error: no end date"} {
			if !strings.Contains(got, want) {
				t.Errorf("%.30q: no %q in\n%s", page, want, got)
			}
		}
		lines := strings.Split(strings.TrimSpace(got), "\n")
		for i := 1; i < len(lines); i++ {
			if strings.HasSuffix(lines[i], "[audit]") && lines[i] == lines[i-1] {
				t.Errorf("%.30q: an audit diagnostic twice:\n%s", page, got)
			}
		}
	}
}
