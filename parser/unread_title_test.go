package parser

import "testing"

// TestUnreadBelowTitle names a line between an "ID - Name" title and the
// field block that no reading took: one in a small letter, one of
// minUnreadWords words, one that begins with a label; an app's button of
// two words is left unsaid. A label glued to its value by an arrow is read.
func TestUnreadBelowTitle(t *testing.T) {
	for _, tt := range []struct {
		line  string
		named bool
	}{
		{"ett projekt om unga", true},
		{"Ett projekt om", true},
		{"Skriv ut", false},
		{"Projektägare⟶Perstorps kommun", true},
	} {
		for _, gap := range []string{"", "\n"} {
			rec := parseOne(t, "p.txt", []byte("2020/00634 - Framtidsresan\n"+tt.line+"\n"+gap+"Region: Sydsverige\n"))
			if named := warningSaying(rec, 2, "is in no field") != nil; named != tt.named || deref(rec.Name) != "Framtidsresan" {
				t.Errorf("%q (gap %q): named %v, name %q: %v", tt.line, gap, named, deref(rec.Name), rec.Warnings)
			}
		}
	}
	for _, arrow := range []string{"→", "⇒", "->", "=>", "➔", "►"} {
		rec := parseOne(t, "p.txt", []byte("2020/00634 - Framtidsresan\nProjektägare"+arrow+"Perstorps kommun\nRegion"+arrow+"Sydsverige\n"))
		if deref(rec.Owner) != "Perstorps kommun" || deref(rec.Region) != "Sydsverige" {
			t.Errorf("%q: owner %q, region %q", arrow, deref(rec.Owner), deref(rec.Region))
		}
	}
	for _, mark := range []string{"»", "›", ">>", "|"} {
		if gluedArrowValue(mark, "Sydsverige") {
			t.Errorf("%q glued read as a colon", mark)
		}
	}
}
