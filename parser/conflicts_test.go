package parser

import (
	"strings"
	"testing"
)

func TestConflictMark(t *testing.T) {
	for _, tc := range []struct {
		line string
		c    byte
		want bool
	}{
		{"<<<<<<< HEAD", '<', true},
		{"<<<<<<<", '<', true},
		{"<<<<<<< Updated upstream\r", '<', true},
		{"<<<<<< HEAD", '<', false},   // six
		{"<<<<<<<< HEAD", '<', false}, // eight
		{"<<<<<<<HEAD", '<', false},
		{"=======", '=', true},
		{"=======  ", '=', true},
		{"======= x", '=', false},
		{"========", '=', false}, // a heading's underline, as long as it
		{"||||||| base", '|', true},
		{">>>>>>> origin/main", '>', true},
		{">>>>>> x", '>', false},
	} {
		if got := conflictMark(tc.line, tc.c); got != tc.want {
			t.Errorf("conflictMark(%q, %q) = %v, want %v", tc.line, tc.c, got, tc.want)
		}
	}
}

func TestStripConflicts(t *testing.T) {
	in := strings.Join([]string{
		"Namn: Digga",
		"<<<<<<< HEAD",
		"Projektägare: PERSTORPS KOMMUN",
		"||||||| base",
		"Projektägare: Perstorps kommun",
		"=======",
		"Projektägare: Klippans kommun",
		">>>>>>> origin/main",
		"<<<<<<< HEAD",
		"Region: Sydsverige",
		"=======",
		"Region:  Sydsverige",
		">>>>>>> b",
		"Titel",
		"=======",
	}, "\n")
	want := strings.Join([]string{
		"Namn: Digga", "", "Projektägare: PERSTORPS KOMMUN", "", "", "", "", "",
		"", "Region: Sydsverige", "", "", "",
		"Titel", "=======",
	}, "\n")
	got, notes := stripConflicts(in, nil)
	if got != want {
		t.Errorf("stripConflicts read\n%s\nwant\n%s", got, want)
	}
	if len(notes) != 2 || notes[0].line != 3 || notes[0].whole || !strings.Contains(notes[0].message, `"Projektägare: Klippans kommun"`) ||
		notes[1].line != 9 || !notes[1].whole || notes[1].message != conflictNote {
		t.Errorf("stripConflicts noted %+v; want the other side on line 3, and the marks of sides alike once on line 9", notes)
	}
	// A conflict not closed, or marks out of order, is no conflict: the
	// lines stay as they are.
	for _, in := range []string{"<<<<<<< HEAD\nRegion: X\n=======\nRegion: Y", "=======\n<<<<<<< HEAD\n>>>>>>> b", "Region: X"} {
		if got, notes := stripConflicts(in, nil); got != in || notes != nil {
			t.Errorf("stripConflicts(%q) = %q, %v; want it as it is", in, got, notes)
		}
	}
}

// TestConflictOtherSideFields names, under their keys, the fields only a
// conflict's other side gives: with the first side empty, or with fewer
// fields than the other.
func TestConflictOtherSideFields(t *testing.T) {
	page := "Namn: Digga\n<<<<<<< HEAD\n=======\nRegion: Sydsverige\nAntal deltagare: 605\n>>>>>>> b\nProjektägare: X\n"
	rec := parseOne(t, "page.txt", []byte(page))
	named := map[Key]int{}
	for _, w := range rec.Warnings {
		if strings.Contains(w.Message, "merge conflict") {
			named[w.Key] = w.Line
		}
	}
	if named[KeyRegion] != 2 || named[KeyParticipants] != 2 {
		t.Errorf("warnings %v; want region and participants named on line 2", rec.Warnings)
	}
}

// TestConflictInPeriod checks a merge conflict inside a period: the note
// of the side left out names both dates, for either may be the other
// side's.
func TestConflictInPeriod(t *testing.T) {
	page := "Within Kompetens\n\nProjektperiod\n<<<<<<< HEAD\n2016-02-02-2019-01-31\n=======\n2016-02-02-2020-06-30\n>>>>>>> uppdatering\nRegion\nSydsverige\n"
	rec := parseOne(t, "p.txt", []byte(page))
	for _, k := range []Key{KeyStartDate, KeyEndDate} {
		if !hasWarningOn(rec.Warnings, 5, k, "a merge conflict") {
			t.Errorf("%s not named: %v", k, rec.Warnings)
		}
	}
	// A note on another field's line names that field alone.
	other := parseOne(t, "p.txt", []byte("Within Kompetens\n\nRegion\n<<<<<<< HEAD\nSydsverige\n=======\nNorra Mellansverige\n>>>>>>> uppdatering\n"))
	for _, w := range other.Warnings {
		if w.Key == KeyEndDate || w.Key == KeyStartDate {
			t.Errorf("a date named: %v", w)
		}
	}
}
