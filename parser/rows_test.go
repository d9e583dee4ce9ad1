package parser

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestFactRowParts(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want []string
	}{
		{"Startdatum: 2024-03-01 | Slutdatum: 2026-12-31", []string{"Startdatum: 2024-03-01", "Slutdatum: 2026-12-31"}},
		{"Region: Sydsverige · NUTS-2 kod: SE22 · Stödmottagare ort: PERSTORP", []string{"Region: Sydsverige", "NUTS-2 kod: SE22", "Stödmottagare ort: PERSTORP"}},
		{"  Projektfas: Förprojektering; Projektägare: Arbete och Försörjning", []string{"Projektfas: Förprojektering", "Projektägare: Arbete och Försörjning"}},
		{"Kontaktperson: Ola Johnsson — E-post: ola.johnsson@trelleborg.se", []string{"Kontaktperson: Ola Johnsson", "E-post: ola.johnsson@trelleborg.se"}},
		{"Region: Sydsverige / Projektnummer: 2015/00764", []string{"Region: Sydsverige", "Projektnummer: 2015/00764"}},
		// A mark no label follows stays in the value.
		{"Projektägare: Perstorps kommun; Region Skåne | Namn: Framtidsresan", []string{"Projektägare: Perstorps kommun; Region Skåne", "Namn: Framtidsresan"}},
		{"Projektägare: Perstorps kommun; Region Skåne", nil},
		// No label and colon after the mark, or none first.
		{"Region: Sydsverige | Kristianstad: en kommun", nil},
		{"Enligt beslut: Region: Sydsverige | Namn: Framtidsresan", nil},
		{"| Region: Sydsverige | Namn: Framtidsresan |", nil},
		{"Region: Sydsverige Namn: Framtidsresan", nil},
		{"Region: Sydsverige |Namn: Framtidsresan", nil},
		// A page whose every line was joined by the mark: splitJoined's.
		{"Diarienummer: | 23-038-S06 | Namn: | Digga Perstorps Personal", nil},
	} {
		if got := factRowParts(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("factRowParts(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestFactRows checks a page whose facts stand several to a line: each
// read, on the line it stands on, and the reading named.
func TestFactRows(t *testing.T) {
	page := "Egenmakt\n\nProjektfas: Förprojektering | Projektägare: Arbete och Försörjning\n" +
		"Kontaktperson: Ola Johnsson | E-post: ola.johnsson@trelleborg.se | Region: Sydsverige\n" +
		"Projektperiod: 2009-01-15 till 2009-10-31\n\nDenna förprojektering ämnar ta fram en modell.\n"
	rec := parseOne(t, "note.txt", []byte(page))
	if str(rec.ProjectPhase) != "Förprojektering" || str(rec.Owner) != "Arbete och Försörjning" || str(rec.ContactEmail) != "ola.johnsson@trelleborg.se" || str(rec.Region) != "Sydsverige" {
		t.Errorf("phase %q, owner %q, e-mail %q, region %q", str(rec.ProjectPhase), str(rec.Owner), str(rec.ContactEmail), str(rec.Region))
	}
	if rec.Lines[KeyRegion] != 4 || rec.Lines[KeyOwner] != 3 || rec.Lines[KeyStartDate] != 5 {
		t.Errorf("lines: region %d, owner %d, start %d", rec.Lines[KeyRegion], rec.Lines[KeyOwner], rec.Lines[KeyStartDate])
	}
	// Named once, on the first line cut, as the other readings of a
	// whole input are.
	var named []int
	for _, w := range rec.Warnings {
		if strings.Contains(w.Message, "several to a line") {
			named = append(named, w.Line)
		}
	}
	if !slices.Equal(named, []int{3}) {
		t.Errorf("named on lines %v, want [3]: %v", named, rec.Warnings)
	}
}

// TestFactRowsProperty checks, on every test page whose facts stand each
// label over its value, that the facts written one to a line and the same
// facts two to four to a line, parted by any of the marks, read as the
// same record.
func TestFactRowsProperty(t *testing.T) {
	rng := rand.New(rand.NewPCG(28, 1))
	tried := 0
	for name, data := range propertyPages(t) {
		lines := strings.Split(string(data), "\n")
		first, last := labelValueRun(lines, nil)
		var facts []string
		for i := first; i >= 0 && i < last; i += 2 {
			facts = append(facts, strings.TrimSpace(lines[i])+" "+strings.TrimSpace(lines[i+1]))
		}
		if len(facts) < 4 {
			continue
		}
		tried++
		head, tail := strings.Join(lines[:first], "\n"), strings.Join(lines[last+1:], "\n")
		one := head + "\n" + strings.Join(facts, "\n") + "\n" + tail
		var rows []string
		for k := 0; k < len(facts); {
			n := min(len(facts)-k, 2+rng.IntN(3))
			rows = append(rows, strings.Join(facts[k:k+n], rowMarks[rng.IntN(len(rowMarks))]))
			k += n
		}
		several := head + "\n" + strings.Join(rows, "\n") + "\n" + tail
		if a, b := fieldsOf(t, mustParse(t, []byte(one))), fieldsOf(t, mustParse(t, []byte(several))); a != b {
			t.Errorf("%s: the facts several to a line read otherwise:\n%s\n%s", name, several[:min(len(several), 600)], firstDiff(a, b))
			if d := os.Getenv("ROWS_DUMP"); d != "" {
				base := filepath.Join(d, strings.ReplaceAll(name, "/", "_"))
				_ = os.WriteFile(base+".one.txt", []byte(one), 0o644)
				_ = os.WriteFile(base+".rows.txt", []byte(several), 0o644)
			}
		}
	}
	if tried < 4 {
		t.Fatalf("%d test pages have their facts each label over its value, want 4 or more", tried)
	}
}

// labelValueRun returns the first and the last line (0-based) of the
// first run of "Label:" / value pairs in lines, each a known label and its
// colon on a line of its own over a value that is no label, and that
// skip, where given, does not leave out; -1, -1 for none.
func labelValueRun(lines []string, skip func(v string) bool) (first, last int) {
	first, last = -1, -1
	for i := 0; i+1 < len(lines); i += 2 {
		l, v := strings.TrimSpace(lines[i]), strings.TrimSpace(lines[i+1])
		if l == "" || colonLabelAt(l, 0) != len(l)-1 || v == "" || colonLabelAt(v, 0) >= 0 || strings.HasSuffix(v, ":") || skip != nil && skip(v) {
			if first >= 0 {
				break
			}
			i--
			continue
		}
		if first < 0 {
			first = i
		}
		last = i + 1
	}
	return first, last
}

// firstDiff returns where a and b part, with some of each after it.
func firstDiff(a, b string) string {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	return "…" + a[i:min(len(a), i+120)] + "\n…" + b[i:min(len(b), i+120)]
}

// TestFactRowsJoinedPage checks that a page joined on one line, its
// headings and text among its facts, is splitJoined's: its region and
// its text read, not a region holding the rest of the page.
func TestFactRowsJoinedPage(t *testing.T) {
	line := "Projektnummer: 2020/00634 | Projektägare: Perstorps kommun | Region: Sydsverige | Sammanfattning | Projektet ska hjälpa unga vuxna att hitta arbete."
	if p := factRowParts(line); p != nil {
		t.Errorf("factRowParts cut a joined page: %q", p)
	}
	rec := parseOne(t, "page.txt", []byte(line+"\n"))
	if str(rec.Region) != "Sydsverige" || str(rec.Summary) != "Projektet ska hjälpa unga vuxna att hitta arbete." {
		t.Errorf("region %q, summary %q", str(rec.Region), str(rec.Summary))
	}
}
