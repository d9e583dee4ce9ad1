package parser

import (
	"fmt"
	"strings"
	"testing"
)

func TestOverstrikes(t *testing.T) {
	for _, tt := range []struct {
		name, in, want    string
		changed, mismatch []int
	}{
		{"nroff's bold and underline", "R\bRe\beg\bgi\bio\bon\bn:\b: Syd\n_\bB_\ba\n", "Region: Syd\nBa\n", []int{1, 2}, nil},
		{"a DOS printer's bold and underline", "Region: Syd\rRegion:\r\nBakgrund\r________\r\nx\r\n", "Region: Syd\r\nBakgrund\r\nx\r\n", []int{1, 2}, nil},
		{"an old Mac's lines", "Region:\rSydsverige\rNamn:\rA\r", "", nil, nil},
		{"an old Mac's lines, one struck over", "Region:\rS\bSydsverige\r", "Region:\rSydsverige\r", []int{2}, nil},
		{"a CR at the end of each line", "Region:\r\nSyd\r\n", "", nil, nil},
		{"two characters on one place", "Fo\b\"rs\n", "Fors\n", []int{1}, []int{1}},
		{"a backspace with nothing before it", "\bRegion\n", "", nil, nil},
		{"spaces struck over", "Region:\r\b\n \b \n", "", nil, nil},
		{"nothing to print over", "\r____\n", "", nil, nil},
	} {
		got, changed, mismatch := overstrikes(tt.in)
		if changed == nil {
			got = ""
		}
		if got != tt.want || fmt.Sprint(changed) != fmt.Sprint(tt.changed) || fmt.Sprint(mismatch) != fmt.Sprint(tt.mismatch) {
			t.Errorf("%s: overstrikes(%q) = %q, %v, %v; want %q, %v, %v", tt.name, tt.in, got, changed, mismatch, tt.want, tt.changed, tt.mismatch)
		}
	}
}

func TestReadCarriageControl(t *testing.T) {
	spaced := func(n int) string { return strings.Repeat("0Bakgrund\n", n) }
	for _, tt := range []struct {
		name, in, want string
		at, over       []int
	}{
		{"spacing, a sheet's head again, a line struck over", "1ESF  SIDA 1\n KÖRDATUM 2024\n0Region: Syd\n+Region:\n-Bakgrund\n Text\n1ESF  SIDA 2\n KÖRDATUM 2024\n0Mer\n+______\n0Syfte\n+Annat\n",
			"ESF  SIDA 1\nKÖRDATUM 2024\n\nRegion: Syd\n\n\nBakgrund\nText\n\nMer\n\nSyfte\nAnnat\n", []int{1, 2, 3, 3, 5, 5, 5, 6, 9, 9, 11, 11, 12}, []int{12}},
		{"minASASpacing spaced lines", spaced(minASASpacing), strings.Repeat("\nBakgrund\n", minASASpacing), nil, nil},
		{"one under", spaced(minASASpacing - 1), "", nil, nil},
		{"a line without control", spaced(minASASpacing) + "Region: Syd\n", "", nil, nil},
		{"SQL's comments, no spacing", strings.Repeat("-- Region:\n-- Syd\n", minASASpacing), "", nil, nil},
		{"amounts and dates, a page's own", "0410-733094\n1 000 000 kr\n2024-01-01\n-2025\n", "", nil, nil},
		{"each page apart", spaced(minASASpacing) + "----\nRegion: Syd\n0x\n", strings.Repeat("\nBakgrund\n", minASASpacing) + "----\nRegion: Syd\n0x\n", nil, nil},
	} {
		got, at, _, over, ok := readCarriageControl(tt.in)
		if !ok {
			got = ""
		}
		if got != tt.want {
			t.Errorf("%s: readCarriageControl(%q) = %q, want %q", tt.name, tt.in, got, tt.want)
		}
		if tt.at != nil && (fmt.Sprint(at) != fmt.Sprint(tt.at) || fmt.Sprint(over) != fmt.Sprint(tt.over)) {
			t.Errorf("%s: lines %v, over %v; want %v, %v", tt.name, at, over, tt.at, tt.over)
		}
	}
}

// asa prints a page as a mainframe's print file: a sheet's head every
// sheet lines, a blank line before a line given as "0" in the first
// column, labels struck over with "+".
func asa(page string, sheet int) string {
	var b strings.Builder
	n, blank := 0, true
	for _, l := range strings.Split(strings.TrimSuffix(page, "\n"), "\n") {
		if l == "" {
			blank = true
			continue
		}
		if n%sheet == 0 {
			fmt.Fprintf(&b, "1ESF-RÅDET   PROJEKTREGISTER   SIDA %4d\n KÖRDATUM 2024-03-12\n", n/sheet+1)
			blank = true
		}
		n++
		if blank {
			b.WriteString("0")
		} else {
			b.WriteString(" ")
		}
		b.WriteString(l + "\n")
		if strings.HasSuffix(l, ":") {
			b.WriteString("+" + strings.Repeat("_", len([]rune(l))) + "\n")
		}
		blank = false
	}
	return b.String()
}

// nroff prints a page as nroff does for a terminal: labels in bold, each
// character struck twice.
func nroff(page string) string {
	var b strings.Builder
	for _, l := range strings.SplitAfter(page, "\n") {
		if strings.HasSuffix(strings.TrimSpace(l), ":") {
			for _, r := range strings.TrimSuffix(l, "\n") {
				fmt.Fprintf(&b, "%c\b%c", r, r)
			}
			b.WriteString("\n")
			continue
		}
		b.WriteString(l)
	}
	return b.String()
}

// TestPrintedPages reads seed pages printed by a mainframe with carriage
// control, by nroff and by a DOS program striking labels over, as the
// seeds read, with the page's note, and pasted twice as themselves twice.
func TestPrintedPages(t *testing.T) {
	for _, seed := range []string{seed2021, seed2014} {
		page := string(seedLinesWith(t, seed))
		want := jsonMap(t, parseOne(t, "seed.txt", []byte(page)))
		dos := strings.NewReplacer("Projektägare:\n", "Projektägare:\rProjektägare:\n", "Region:\n", "Region:\r_______\n").Replace(page)
		for _, printed := range []struct{ name, text, note string }{
			{"ASA", asa(page, 30), "carriage control"},
			{"nroff", nroff(page), "struck twice"},
			{"DOS", strings.ReplaceAll(dos, "\n", "\r\n"), "struck twice"},
		} {
			rec := parseOne(t, "printed.txt", []byte(printed.text))
			got := jsonMap(t, rec)
			for _, k := range []string{"id", "owner", "region", "contact_email", "start_date", "municipalities", "summary", "background", "purpose"} {
				if jsonString(got[k]) != jsonString(want[k]) {
					t.Errorf("%s, %s: %s = %.80s, want %.80s", seed, printed.name, k, jsonString(got[k]), jsonString(want[k]))
				}
			}
			if len(rec.Warnings) == 0 || !strings.Contains(rec.Warnings[0].Message, printed.note) {
				t.Errorf("%s, %s: warnings %v", seed, printed.name, rec.Warnings)
			}
			twice, err := Parse("printed.txt", []byte(printed.text+"\n----\n"+printed.text), Options{})
			if err != nil || len(twice) != 2 || jsonString(jsonMap(t, twice[1])["owner"]) != jsonString(want["owner"]) {
				t.Errorf("%s, %s: pasted twice: %d records, %v", seed, printed.name, len(twice), err)
			}
		}
	}
}
