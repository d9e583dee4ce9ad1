package parser

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

func TestCriticLine(t *testing.T) {
	for _, c := range []struct {
		in, want string
		n        int
	}{
		{"{==Sydsverige==}", "Sydsverige", 1},
		{"{==Sydsverige==}{>>verifierat<<}", "Sydsverige", 2},
		{"{>>kolla med handläggaren<<}", "", 1},
		{"Region: {~~Skåne~>Sydsverige~~}", "Region: Sydsverige", 1},
		{"Text {++(Uppdaterat.)++} och {--strykt--}mer.", "Text (Uppdaterat.) och mer.", 2},
		{"{==öppen", "{==öppen", 0}, // no closing
		{"Kostnad {100} kr", "Kostnad {100} kr", 0},
	} {
		if got, n := criticLine(c.in); got != c.want || n != c.n {
			t.Errorf("criticLine(%q) = %q, %d; want %q, %d", c.in, got, n, c.want, c.n)
		}
	}
	if _, ok := stripCriticMarkup("Region: {==Sydsverige==}\n"); ok {
		t.Error("one mark read as a reviewer's")
	}
}

// TestCriticProperty marks every test page as a reviewer would, its
// values highlighted and comments after them and on lines of their own,
// and checks that each reads as the page does, the marks named.
func TestCriticProperty(t *testing.T) {
	rng := rand.New(rand.NewPCG(111, 7))
	comments := []string{"verifierat", "kolla med handläggaren", "stämmer? /AL", "jfr ansökan", "fel i diariet?"}
	tried := 0
	for name, data := range propertyPages(t) {
		want := mustParse(t, data)
		lines := strings.Split(string(data), "\n")
		marks := 0
		for i, l := range lines {
			t := strings.TrimSpace(l)
			if t == "" || strings.HasSuffix(t, ":") || looksLikeProse(t) || rng.IntN(3) > 0 {
				continue
			}
			if value, ok := strings.CutPrefix(t, colonLabelPrefix(t)); ok && value != "" && value != t {
				lines[i] = colonLabelPrefix(t) + "{==" + value + "==}"
			} else {
				lines[i] = "{==" + t + "==}"
			}
			if rng.IntN(2) == 0 {
				lines[i] += "{>>" + comments[rng.IntN(len(comments))] + "<<}"
			} else {
				lines[i] += "\n{>>" + comments[rng.IntN(len(comments))] + "<<}"
			}
			marks++
		}
		if marks < minCriticMarks {
			continue
		}
		tried++
		got := mustParse(t, []byte(strings.Join(lines, "\n")))
		// A comment's own line, left out, may part a section's text as a
		// blank line does: the text is compared with its paragraphs'
		// breaks as line breaks.
		paragraphs := strings.NewReplacer(`\n\n`, `\n`)
		if a, b := paragraphs.Replace(fieldsOf(t, want)), paragraphs.Replace(fieldsOf(t, got)); a != b {
			t.Errorf("%s marked reads otherwise:\n%s", name, firstDiff(a, b))
			continue
		}
		if !warnedOf(got[0], "a reviewer's marks") {
			t.Errorf("%s: the marks not named", name)
		}
	}
	if tried < 10 {
		t.Fatalf("%d pages marked, want 10 or more", tried)
	}
}

// colonLabelPrefix returns a line's known label and its colon and space,
// or "".
func colonLabelPrefix(l string) string {
	if c := colonLabelAt(l, 0); c > 0 && c+1 < len(l) && l[c+1] == ' ' {
		return l[:c+2]
	}
	return ""
}

// TestPhotoScanSpecks reads a phone photo's scan whose specks stand
// before a value, alone on a line above the text, and between a list's
// item and its bullet: the value is its field's, no label's slip; the
// line of specks no text; the item without its bullet.
func TestPhotoScanSpecks(t *testing.T) {
	page := "Egenmakt\n\nProjektägare:\nArbete och Försörjning\nUnionens medfinansieringsgrad:\n. 50%\n. Interventionstyp:\n117\nRegion:\nSydsverige\nMedfinansiärer:\n;   • Arbete och Försörjning\nIn English\n\n. .\nSammanfattning\n\nDenna förprojektering ämnar ta fram en modell.\n"
	rec := mustParse(t, []byte(page))[0]
	if rec.EUCofinancingRatePct == nil || *rec.EUCofinancingRatePct != 50 || deref(rec.InterventionType) != "117" {
		t.Errorf("rate %v, intervention %q", rec.EUCofinancingRatePct, deref(rec.InterventionType))
	}
	if deref(rec.Summary) != "Denna förprojektering ämnar ta fram en modell." || !slices.Equal(rec.Cofinanciers, []string{"Arbete och Försörjning"}) {
		t.Errorf("summary %q, cofinanciers %q", deref(rec.Summary), rec.Cofinanciers)
	}
	if !hasWarningOn(rec.Warnings, 15, KeySummary, "marks a scan's reading leaves alone") {
		t.Errorf("the specks' line not named: %v", rec.Warnings)
	}
	for _, c := range []struct {
		label string
		want  bool
	}{{"P0", true}, {". 50%", false}, {"1.1", false}, {"Regi0n", true}, {"2O2O", true}, {"20 20", false}, {"A 1234", false}} {
		if got := letteredLabel(c.label); got != c.want {
			t.Errorf("letteredLabel(%q) = %v, want %v", c.label, got, c.want)
		}
	}
	for s, want := range map[string]bool{". .": true, "'": true, "-": false, "--": false, "[": false, "...": false, ". . ,": true, ". . . ,": false} {
		if got := specksAlone(s); got != want {
			t.Errorf("specksAlone(%q) = %v, want %v", s, got, want)
		}
	}
}
