package parser

import (
	"strings"
	"testing"
)

// TestStripOutliner reads a text pasted from an outliner as its blocks'
// lines, and leaves a page's own list, and a list of one level, alone.
func TestStripOutliner(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"%%tana%%\n- Egenmakt\n  - Region:: Sydsverige\n", "\nEgenmakt\nRegion:: Sydsverige\n", true},
		{"- Egenmakt\n  - Region:: Sydsverige\n  - **Bakgrund**\n    - Text.\n", "Egenmakt\nRegion:: Sydsverige\n**Bakgrund**\nText.\n", true},
		{"title:: Egenmakt\n- Egenmakt\n\t- Text.\n", "title:: Egenmakt\nEgenmakt\nText.\n", true},
		{"%%tana%%\n- Egenmakt\n", "\nEgenmakt\n", false},                                                  // one block
		{"- Lund\n- Malmö\n- Ystad\n", "", false},                                                          // one level: a list
		{"Kommuner:\n- Lund\n  - Malmö\n", "", false},                                                      // a line that is no block
		{"- Egenmakt\n  - Text.\n-\n", "Egenmakt\nText.\n\n", true},                                        // an empty block
		{"Region:: Sydsverige\n- A\n  - B\nText\n", "", false},                                             // text below the blocks
		{"- A\n  - B\nregion:: Sydsverige\n", "", false},                                                   // a property below the first block
		{"- Egenmakt\n  region:: Sydsverige\n\t- Text.\n", "Egenmakt\nregion:: Sydsverige\nText.\n", true}, // a block's property
		{"- A\n  Text.\n\t- B\n", "", false},                                                               // a line that is no property below a block
	}
	for _, tt := range tests {
		got, ok := stripOutliner(tt.in)
		if ok != tt.ok || ok && got != tt.want {
			t.Errorf("stripOutliner(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

// TestOutlinerPages reads a Logseq page and a Tana paste, in Markdown and
// as text: the name from the title's block or property, every field,
// and the summary's blocks without their bullets.
func TestOutlinerPages(t *testing.T) {
	logseq := "title:: Egenmakt\ntags:: esf, projekt\nprojektägare:: Arbete och Försörjning\nregion:: Sydsverige\n" +
		"projektperiod:: 2009-01-15 till 2009-10-31\n\n- ## Sammanfattning\n\t- Denna förprojektering ämnar ta fram en modell.\n\t- Mer text.\n"
	tana := "%%tana%%\n- Egenmakt #esf-projekt\n  - Projektägare:: Arbete och Försörjning\n  - Region:: Sydsverige\n" +
		"  - Projektperiod:: 2009-01-15 till 2009-10-31\n  - **Sammanfattning**\n    - Denna förprojektering ämnar ta fram en modell.\n    - Mer text.\n"
	for _, page := range []struct{ name, text string }{
		{"logseq.md", logseq}, {"tana.md", tana}, {"tana.txt", tana},
		// Indented by tabs, a text pasted.
		{"tana-tabs.txt", strings.ReplaceAll(tana, "  ", "\t")},
	} {
		rec := parseOne(t, page.name, []byte(page.text))
		if deref(rec.Name) != "Egenmakt" || deref(rec.Owner) != "Arbete och Försörjning" || deref(rec.Region) != "Sydsverige" || deref(rec.EndDate) != "2009-10-31" {
			t.Errorf("%s: name %q, owner %q, region %q, end %q", page.name, deref(rec.Name), deref(rec.Owner), deref(rec.Region), deref(rec.EndDate))
		}
		if s := deref(rec.Summary); !strings.HasPrefix(s, "Denna förprojektering") || !strings.Contains(s, "Mer text.") || strings.Contains(s, "- ") {
			t.Errorf("%s: summary %q, want the blocks' text without bullets", page.name, s)
		}
	}
}

// TestPropertyLabels reads a notes app's property, two colons after its
// name in any case, as a label esf does not know; one colon after a name
// in small letters, or two glued to the value, is none.
func TestPropertyLabels(t *testing.T) {
	tests := []struct{ in, label, value string }{
		{"Färg:: blå", "Färg", "blå"},
		{"tags:: esf, projekt", "tags", "esf, projekt"},
		{"Status::", "Status", ""},
		{"status::\tklar", "status", "klar"},
		{"tags: esf", "", ""},
		{"Färg::blå", "", ""},
		{"a:::b", "", ""},
	}
	for _, tt := range tests {
		if label, value := splitUnknownLabel(tt.in); label != tt.label || value != tt.value {
			t.Errorf("splitUnknownLabel(%q) = %q, %q; want %q, %q", tt.in, label, value, tt.label, tt.value)
		}
	}
	rec := parseOne(t, "note.txt", []byte("Egenmakt\n\nProjektägare: Arbete och Försörjning\nFärg:: blå\nRegion: Sydsverige\n"))
	if v, ok := rec.Extra.Get("Färg"); deref(rec.Owner) != "Arbete och Försörjning" || !ok || deref(v) != "blå" {
		t.Errorf("owner %q, extra %v", deref(rec.Owner), rec.Extra)
	}
}

// TestSpelledColonLabel finds a label written as a property's name after
// a row's mark, and names one inside a value where no row was read.
func TestSpelledColonLabel(t *testing.T) {
	tests := []struct {
		line string
		at   int
		want int
	}{
		{"projektnummer: 2015/00764", 0, 13},
		{"beviljat-esf-stöd: 100 kr", 0, 18},
		{"Beviljat_ESF_stod: 100 kr", 0, 17},
		{"projektnummer:: 2015/00764", 0, 13},
		{"Projektnummer: 2015/00764", 0, 13},
		{"projektnummer:2015/00764", 0, -1}, // no space after the colon
		{"färg: blå", 0, -1},                // no label's
		{"x projektnummer: 1", 2, 15},
		{"projektnummer", 0, -1},
	}
	for _, tt := range tests {
		if got := spelledColonLabelAt(tt.line, tt.at); got != tt.want {
			t.Errorf("spelledColonLabelAt(%q, %d) = %d, want %d", tt.line, tt.at, got, tt.want)
		}
	}
	rows := parseOne(t, "note.txt", []byte("Egenmakt\n\nprojektägare: Arbete och Försörjning · projektnummer: 2015/00764\nRegion: Sydsverige\n"))
	if deref(rows.Owner) != "Arbete och Försörjning" || deref(rows.ID) != "2015/00764" {
		t.Errorf("owner %q, id %q", deref(rows.Owner), deref(rows.ID))
	}
	// After a mark that parts no row, the value that holds a label so
	// written is named.
	inside := parseOne(t, "note.txt", []byte("Egenmakt\n\nProjektägare: Arbete och Försörjning ¤ projektnummer: 2015/00764\nRegion: Sydsverige\n"))
	if !hasWarningOn(inside.Warnings, 3, KeyID, "stands inside the value of owner") {
		t.Errorf("no warning of the label inside the owner: %v", inside.Warnings)
	}
}
