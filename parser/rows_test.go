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
		// Two hyphens, a comma, a full stop; the mark left after
		// the last fact taken off.
		{"Projektägare: Kristianstads kommun -- Kontaktperson: Kaisa Welander -- Projektnummer: 2015/00764", []string{"Projektägare: Kristianstads kommun", "Kontaktperson: Kaisa Welander", "Projektnummer: 2015/00764"}},
		{"Projektägare:\tKristianstads kommun\tProjektnummer:\t2015/00764", nil}, // a sheet's cells
		{"Projektägare: Perstorps kommun, Arbetsmarknadsenheten, Region: Sydsverige,", []string{"Projektägare: Perstorps kommun, Arbetsmarknadsenheten", "Region: Sydsverige"}},
		{"Beviljat ESF-stöd: 7 380 388 kr ¦ Kontaktperson: Kaisa Welander ¦", []string{"Beviljat ESF-stöd: 7 380 388 kr", "Kontaktperson: Kaisa Welander"}},
		{"Kontaktperson: Ola J. Johnsson. E-post: ola@trelleborg.se", []string{"Kontaktperson: Ola J. Johnsson", "E-post: ola@trelleborg.se"}},
		// Without colons: every part a known label and its value.
		{"Diarienummer 23-038-S06 | Namn Digga Perstorps Personal | Startdatum 2024-03-01 |", []string{"Diarienummer 23-038-S06", "Namn Digga Perstorps Personal", "Startdatum 2024-03-01"}},
		{"Projektnummer 2020/00634   Projektägare Perstorps kommun      Region Sydsverige", []string{"Projektnummer 2020/00634", "Projektägare Perstorps kommun", "Region Sydsverige"}},
		{"Projektägare: Perstorps kommun | Region Sydsverige", []string{"Projektägare: Perstorps kommun", "Region Sydsverige"}},
		{"Diarienummer 23-038-S06\tNamn Digga Perstorps Personal", []string{"Diarienummer 23-038-S06", "Namn Digga Perstorps Personal"}},
		{"Kontaktperson: Ola\tE-post ola@x.se", nil},                                                       // a sheet's cells
		{"Kontaktperson Anna Berg, E-post anna@berg.se, Telefonnummer 040-123456 finns på hemsidan.", nil}, // a sentence
		{"Telefonnummer 013-255612. Region Östra Mellansverige. Total projektbudget 691 000 kr.", []string{"Telefonnummer 013-255612", "Region Östra Mellansverige", "Total projektbudget 691 000 kr"}},
		{"Region Sydsverige, Startdatum 2024-03-01, Antal deltagare 605", []string{"Region Sydsverige", "Startdatum 2024-03-01", "Antal deltagare 605"}},
		// A part that is no label, a field given twice, a value that is
		// not the field's, one fact with a value: no row.
		{"Region Sydsverige | Perstorps kommun", nil},
		{"Region Sydsverige | Region Stockholm", nil},
		{"Startdatum i höst | Region Sydsverige", nil},
		{"Region Sydsverige | Kontaktperson", nil},
		{"Regionens Sydsverige | Startdatum 2024-03-01", nil},
	} {
		if got := factRowParts(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("factRowParts(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestRowThresholds checks minProseRow and minWeakRows at their edges:
// facts without colons parted by a comma are a row on their own at three,
// and at two only where the page has two such rows or more.
func TestRowThresholds(t *testing.T) {
	two := "Region Sydsverige, Startdatum 2024-03-01"
	if r := rowParts(two); r.parts == nil || !r.weak {
		t.Errorf("rowParts(%q) = %+v, want a weak row", two, r)
	}
	three := two + ", Antal deltagare 605"
	if r := rowParts(three); r.parts == nil || r.weak {
		t.Errorf("rowParts(%q) = %+v, want a row", three, r)
	}
	if r := rowParts("Region Sydsverige | Startdatum 2024-03-01"); r.parts == nil || r.weak {
		t.Errorf("a bar's row of two is weak: %+v", r)
	}
	page := "Framtidsresan\n\n" + two + "\n"
	if _, _, cut := splitFactRows(page); cut != nil {
		t.Errorf("one weak row was cut: %v", cut)
	}
	page += "Projektägare Perstorps kommun, Kontaktperson Peter Lindow\n"
	if _, _, cut := splitFactRows(page); !slices.Equal(cut, []int{3, 4}) {
		t.Errorf("two weak rows cut at %v, want [3 4]", cut)
	}
}

// TestRowMarkAlone checks that a fact alone on its line, a row's mark
// left after it, is read without the mark where the page's rows are
// parted by it, and keeps it where they are not.
func TestRowMarkAlone(t *testing.T) {
	page := "Within Kompetens\n\nProjektnummer 2015/00764 | Planerat antal deltagare 440\nBeviljat ESF-stöd 7 380 388 kr | Kontaktperson Kaisa Welander\nE-post kaisa.welander@kristianstad.se |\n\nSammanfattning\n\nProjektet ska hjälpa unga.\n"
	rec := parseOne(t, "rows.txt", []byte(page))
	if str(rec.ContactEmail) != "kaisa.welander@kristianstad.se" || str(rec.ContactName) != "Kaisa Welander" || rec.Participants == nil || *rec.Participants != 440 {
		t.Errorf("e-mail %q, contact %q, participants %v", str(rec.ContactEmail), str(rec.ContactName), num(rec.Participants))
	}
	read, _, _ := splitFactRows("Region: Sydsverige · Startdatum: 2024-03-01\nE-post: ola@trelleborg.se |\n")
	if !strings.Contains(read, "E-post: ola@trelleborg.se |") {
		t.Errorf("a mark the rows do not use was taken off:\n%s", read)
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
		checkRows(t, name, one, several)
		// The same facts without their colons, each label and its value
		// parted by a space, several to a line parted by a mark no value
		// holds.
		bare := make([]string, len(facts))
		for i, f := range facts {
			bare[i] = strings.Replace(f, ": ", " ", 1)
		}
		rows = rows[:0]
		for k := 0; k < len(bare); {
			n := min(len(bare)-k, 2+rng.IntN(3))
			m := bareRowMarks[rng.IntN(len(bareRowMarks))]
			if slices.Contains(weakMarks, m) || m == "\t" {
				// A weak mark needs a page of such rows, a tab no colon
				// in the row (a value's "tel: …"): TestFactRowParts.
				m = " | "
			}
			rows = append(rows, strings.Join(bare[k:k+n], m))
			k += n
		}
		checkRows(t, name, head+"\n"+strings.Join(bare, "\n")+"\n"+tail, head+"\n"+strings.Join(rows, "\n")+"\n"+tail)
		// The same facts, their labels written as a notes app names its
		// properties (small letters, the words joined by hyphens or
		// underscores), several to a line parted by a mark no sentence
		// holds.
		spelled := make([]string, len(facts))
		for i, f := range facts {
			label, value, _ := strings.Cut(f, ": ")
			label = strings.ReplaceAll(strings.ToLower(label), " ", []string{"-", "_", " "}[rng.IntN(3)])
			spelled[i] = label + ": " + value
		}
		rows = rows[:0]
		for k := 0; k < len(spelled); {
			n := min(len(spelled)-k, 2+rng.IntN(3))
			m := rowMarks[rng.IntN(len(rowMarks))]
			if slices.Contains(proseMarks, m) {
				m = " · "
			}
			rows = append(rows, strings.Join(spelled[k:k+n], m))
			k += n
		}
		checkRows(t, name, head+"\n"+strings.Join(spelled, "\n")+"\n"+tail, head+"\n"+strings.Join(rows, "\n")+"\n"+tail)
	}
	if tried < 4 {
		t.Fatalf("%d test pages have their facts each label over its value, want 4 or more", tried)
	}
}

// checkRows checks that a page's facts several to a line read as the same
// facts one to a line.
func checkRows(t *testing.T, name, one, several string) {
	t.Helper()
	if a, b := fieldsOf(t, mustParse(t, []byte(one))), fieldsOf(t, mustParse(t, []byte(several))); a != b {
		t.Errorf("%s: the facts several to a line read otherwise:\n%s\n%s", name, several[:min(len(several), 600)], firstDiff(a, b))
		if d := os.Getenv("ROWS_DUMP"); d != "" {
			base := filepath.Join(d, strings.ReplaceAll(name, "/", "_"))
			_ = os.WriteFile(base+".one.txt", []byte(one), 0o644)
			_ = os.WriteFile(base+".rows.txt", []byte(several), 0o644)
		}
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
