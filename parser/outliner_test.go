package parser

import (
	"fmt"
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

// TestOutlinerProperty writes every test page whose facts stand each
// label over its value as an outliner would hold it, as Tana Paste and as
// a Logseq page (its facts the page's properties, their names in small
// letters joined by hyphens), and checks that each reads as the page
// does: its name, its number, its owner, its dates, its money and the
// start of its summary.
func TestOutlinerProperty(t *testing.T) {
	tried := 0
	for name, data := range propertyPages(t) {
		lines := strings.Split(string(data), "\n")
		first, last := labelValueRun(lines, nil)
		if first < 0 || last-first < 7 {
			continue
		}
		title := ""
		for _, l := range lines[:first] {
			if l = strings.TrimSpace(l); l != "" {
				title = l
			}
		}
		// The text below the block, from its first blank line or
		// sentence: the block's lines after the run are left out, and
		// paragraphs before any heading are the summary's.
		tail := last + 1
		for tail < len(lines) && strings.TrimSpace(lines[tail]) != "" && !looksLikeProse(strings.TrimSpace(lines[tail])) {
			tail++
		}
		var sections [][]string // a heading, then its paragraphs
		for _, l := range lines[min(tail, len(lines)):] {
			switch l = strings.TrimSpace(l); {
			case l == "":
			case knownHeading(l):
				sections = append(sections, []string{l})
			case len(sections) == 0:
				sections = append(sections, []string{"Sammanfattning", l})
			default:
				sections[len(sections)-1] = append(sections[len(sections)-1], l)
			}
		}
		if title == "" || len(sections) == 0 || len(sections[0]) < 2 {
			continue
		}
		tried++
		var tana, logseq strings.Builder
		tana.WriteString("%%tana%%\n- " + title + "\n")
		logseq.WriteString("title:: " + title + "\n")
		for i := first; i < last; i += 2 {
			label := strings.TrimSuffix(strings.TrimSpace(lines[i]), ":")
			value := strings.TrimSpace(lines[i+1])
			tana.WriteString("  - " + label + ":: " + value + "\n")
			logseq.WriteString(strings.ReplaceAll(strings.ToLower(label), " ", "-") + ":: " + value + "\n")
		}
		logseq.WriteString("\n")
		for _, s := range sections {
			tana.WriteString("  - **" + s[0] + "**\n")
			logseq.WriteString("- ## " + s[0] + "\n")
			for _, p := range s[1:] {
				tana.WriteString("    - " + p + "\n")
				logseq.WriteString("\t- " + p + "\n")
			}
		}
		want := outlineFacts(parseOne(t, name, data))
		for _, form := range []struct{ path, text string }{
			{"tana.txt", tana.String()}, {"tana.md", tana.String()}, {"logseq.md", logseq.String()}, {"logseq.txt", logseq.String()},
		} {
			recs, err := Parse(form.path, []byte(form.text), Options{})
			if err != nil || len(recs) != 1 {
				t.Errorf("%s as %s: %d records, %v", name, form.path, len(recs), err)
				continue
			}
			if got := outlineFacts(recs[0]); got != want {
				t.Errorf("%s as %s reads otherwise:\n got %s\nwant %s\n%s", name, form.path, got, want, form.text[:min(len(form.text), 400)])
			}
		}
	}
	t.Logf("%d test pages written as outlines", tried)
	if tried < 3 {
		t.Fatalf("%d test pages written as outlines, want 3 or more", tried)
	}
}

// outlineFacts is what TestOutlinerProperty compares of a record.
func outlineFacts(r *Project) string {
	summary := strings.Join(strings.Fields(deref(r.Summary)), " ")
	summary = summary[:min(len(summary), 60)]
	money := func(p *int64) int64 {
		if p == nil {
			return -1
		}
		return *p
	}
	return fmt.Sprintf("name %q, id %q, owner %q, %s–%s, %d kr, summary %q", deref(r.Name), deref(r.ID), deref(r.Owner), deref(r.StartDate), deref(r.EndDate), money(r.ESFSupportSEK), summary)
}
