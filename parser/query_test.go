package parser

import (
	"strings"
	"testing"
)

func TestStripQueryOutput(t *testing.T) {
	for _, tc := range []struct {
		name     string
		in, want []string
	}{
		{"psql expanded",
			[]string{`esf=> \x`, `-[ RECORD 1 ]--+------------`, `Namn           | Within`, `Berörd fond    | ESF+`, `Sammanfattning | Första raden+`, `               | +`, `               | Andra stycket`, `Region         | Sydsverige`},
			[]string{"", "", "Namn: Within", "Berörd fond: ESF+", "Sammanfattning: Första raden", "", "Andra stycket", "Region: Sydsverige"}},
		{"psql aligned, Swedish",
			[]string{` falt          | varde`, `---------------+-------`, ` Namn          | Within`, ` Projektägare  | Kristianstads kommun`, ` Region        | Sydsverige`, `(3 rader)`},
			[]string{"", "", "Namn: Within", "Projektägare: Kristianstads kommun", "Region: Sydsverige", ""}},
		{"mysql framed",
			[]string{`mysql> SELECT falt, varde FROM projekt;`, `+--------+--------+`, `| falt   | varde  |`, `+--------+--------+`, `| Namn   | Within |`, `| Region | Syd    |`, `+--------+--------+`, `2 rows in set (0,01 sec)`},
			[]string{"", "", "", "", "Namn: Within", "Region: Syd", "", ""}},
		{"mysql vertical",
			[]string{`*************************** 1. row ***************************`, `  Namn: Within`, `Region: Syd`, `1 row in set (0.00 sec)`},
			[]string{"", "  Namn: Within", "Region: Syd", ""}},
		{"mysql vertical, two rows: the second's frame a separator",
			[]string{`*************************** 1. row ***************************`, `  Namn: Within`, `*************************** 2. row ***************************`, `Region: Syd`},
			[]string{"", "  Namn: Within", recordSeparator, "Region: Syd"}},
		{"psql expanded, two records",
			[]string{`-[ RECORD 1 ]--+------------`, `Namn           | Within`, `Region         | Sydsverige`, `-[ RECORD 2 ]--+------------`, `Namn           | Egenmakt`, `Region         | Sydsverige`},
			[]string{"", "Namn: Within", "Region: Sydsverige", recordSeparator, "Namn: Egenmakt", "Region: Sydsverige"}},
	} {
		got, ok := stripQueryOutput(strings.Join(tc.in, "\n"))
		if want := strings.Join(tc.want, "\n"); !ok || got != want {
			t.Errorf("%s: stripQueryOutput read\n%s\nwant\n%s", tc.name, got, want)
		}
	}
	// No client's marks: a page's own bars and quotes stay.
	for _, in := range []string{
		"Namn | Within\nRegion | Syd\nProjektägare | X",
		"> Namn: Within\n> Region: Syd",
		"Vi hade 3 rader i tabellen.\nNamn: Within",
	} {
		if got, ok := stripQueryOutput(in); ok || got != in {
			t.Errorf("stripQueryOutput(%q) = %q, %v; want it as it is", in, got, ok)
		}
	}
}

// TestKnownHeadingInSmallLetters: a heading in small letters with its
// text on its line is split as one in capitals is; a label in small
// letters is not a heading.
func TestKnownHeadingInSmallLetters(t *testing.T) {
	for text, want := range map[string]bool{
		"sammanfattning": true, "Sammanfattning": true, "malsattning": true, "bakgrund": true,
		"region": false, "projektägare": false, "": false,
	} {
		if got := knownHeading(text); got != want {
			t.Errorf("knownHeading(%q) = %v, want %v", text, got, want)
		}
	}
	if label, value := splitUnknownLabel("sammanfattning: Den text som står här."); label != "sammanfattning" || value != "Den text som står här." {
		t.Errorf("splitUnknownLabel split %q, %q; want the heading and its text", label, value)
	}
	if label, _ := splitUnknownLabel("vi gjorde: en sak"); label != "" {
		t.Errorf("splitUnknownLabel read %q as a label; a sentence in small letters is none", label)
	}
}
