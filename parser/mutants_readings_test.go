package parser

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// TestMacRomanPageFromItsFirstByte holds the repair of a page saved in
// Mac Roman whose text begins with a letter's lead ("√ñstsam" for
// "Östsam"): the lead at the input's first bytes is seen, and the page's
// values are read repaired.
func TestMacRomanPageFromItsFirstByte(t *testing.T) {
	page := "Östsam Kompetens\n\nDiarienummer:\n2020/00634\nProjektägare:\nRegionförbundet Östsam\nRegion:\nÖstra Mellansverige\n\nSammanfattning\n\nProjektet ska öka kompetensen i regionen.\n"
	rec := parseOne(t, "p.txt", []byte(consoled(t, page, charmap.Macintosh)))
	if str(rec.Name) != "Östsam Kompetens" || str(rec.Owner) != "Regionförbundet Östsam" || str(rec.Region) != "Östra Mellansverige" {
		t.Errorf("name %v, owner %v, region %v; want them repaired", str(rec.Name), str(rec.Owner), str(rec.Region))
	}
}

// TestRecodedNamedAcrossLineEnds holds the lines the warnings of letters
// encoded twice name, in a page whose lines end as Windows ends them (CR
// LF, a console's text copied) and as the classic Mac OS did (CR alone,
// to the input's last byte): the repair on the page's first line that
// held such a letter, and a lead left unrepaired on its own line.
func TestRecodedNamedAcrossLineEnds(t *testing.T) {
	tests := []struct {
		name       string
		text       string
		note, left string
	}{
		{"a console's page, CR LF",
			"Digga Perstorps Personal\r\n\r\nDiarienummer:\r\n2020/00634\r\nProjekt├ñgare:\r\nArbete och F├\r\nRegion:\r\nSydsverige\r\n",
			"CP850 or CP437", consoleLeftNote},
		{"a Mac Roman page, CR alone",
			"Digga Perstorps Personal\r\rDiarienummer:\r2020/00634\rProjekt√§gare:\rArbete och F√\rRegion:\rSydsverige\r",
			"Mac Roman and saved again", macRomanLeftNote},
	}
	for _, tt := range tests {
		rec := parseOne(t, "p.txt", []byte(tt.text))
		if str(rec.Name) != "Digga Perstorps Personal" || str(rec.Region) != "Sydsverige" {
			t.Errorf("%s: name %v, region %v", tt.name, str(rec.Name), str(rec.Region))
		}
		if w := warningSaying(rec, 5, tt.note); w == nil || w.Kind != WarnEncoding {
			t.Errorf("%s: warnings %+v, want the repair named at line 5", tt.name, rec.Warnings)
		}
		if w := warningSaying(rec, 6, tt.left); w == nil || w.Kind != WarnEncoding || w.Key != KeyOwner {
			t.Errorf("%s: warnings %+v, want the lead left named on owner at line 6", tt.name, rec.Warnings)
		}
	}
}

// TestLeadLeftBeforeContinuation holds which sign's lead ("¬", C2 read in
// Mac Roman) a line is named for: one before the first and the last of
// the characters Mac Roman has for a continuation byte ("Ä", 80; "ø",
// BF), none before the character after them ("¿", C0).
func TestLeadLeftBeforeContinuation(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want []int
	}{
		{"Region: Sydsverige\n493¬Ä090 kr", []int{2}},
		{"Region: Sydsverige\n493¬ø090 kr", []int{2}},
		{"Region: Sydsverige\n493¬¿090 kr", nil},
	} {
		if got := recodedLeft([]byte(tt.in), macRoman); !slices.Equal(got, tt.want) {
			t.Errorf("recodedLeft(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

// TestCutAtNarrowestWidth holds minFoldWidth at its edge: a page cut at
// that width, as fold -w 20 cuts it, is read with each line joined and
// named, its owner whole; one cut a character narrower is read as it
// stands, and nothing is named.
func TestCutAtNarrowestWidth(t *testing.T) {
	page := "2020/00634 - Framtidsresan\n\nProjektägare:\nPerstorps kommun, Arbetsmarknadsenheten\nKontaktperson:\nPeter Lindow, projektledare för förstudien\nUnionens medfinansieringsgrad:\n50%\nStödmottagarens address:\nStortorget 1, Perstorps kommunhus\nProgramområde:\n1 Kompetensförsörjning\n"
	for _, tt := range []struct {
		width int
		cut   bool
	}{
		{minFoldWidth - 1, false},
		{minFoldWidth, true},
	} {
		rec := parseOne(t, "p.txt", []byte(foldLines(page, tt.width)))
		w := warningSaying(rec, 0, "as fold -w cuts them")
		if tt.cut && (str(rec.Owner) != "Perstorps kommun, Arbetsmarknadsenheten" || w == nil || !strings.Contains(w.Message, "cut at 20 characters")) {
			t.Errorf("cut at %d: owner %v, warnings %+v; want the owner whole and the cut named", tt.width, str(rec.Owner), rec.Warnings)
		}
		if !tt.cut && w != nil {
			t.Errorf("cut at %d: named as cut: %+v", tt.width, w)
		}
	}
}

// TestSoftBreaksAtShortestLine holds minSoftLine and minSoftBreaks at
// their edges: a summary whose four lines a mail's soft breaks left, each
// minSoftLine bytes with its "=", is read as one paragraph; each a byte
// shorter, it is read as it stands, its "=" kept.
func TestSoftBreaksAtShortestLine(t *testing.T) {
	const text = "Perstorp är Skånes minsta kommun, och en kommun som under en längre tid haft betydande socioekonomiska utmaningar, med en hög arbetslöshet och många invånare som står långt från arbetsmarknaden."
	head := "2020/00634 - Framtidsresan\n\nProjektnummer:\n2020/00634\n\nSammanfattning\n\n"
	for _, tt := range []struct {
		name   string
		lines  []string
		joined bool
	}{
		{"lines of minSoftLine bytes", []string{"Perstorp är Skånes minsta kommun, och=", " en kommun som under en längre tid haf=", "t betydande socioekonomiska utmaningar,=", " med en hög arbetslöshet och många i=", "nvånare som står långt från arbetsmarknaden."}, true},
		{"lines a byte shorter", []string{"Perstorp är Skånes minsta kommun, oc=", "h en kommun som under en längre tid h=", "aft betydande socioekonomiska utmaning=", "ar, med en hög arbetslöshet och mån=", "ga invånare som står långt från arbetsmarknaden."}, false},
	} {
		for _, l := range tt.lines[:len(tt.lines)-1] {
			if len(l) != minSoftLine-map[bool]int{true: 0, false: 1}[tt.joined] {
				t.Fatalf("%s: %q is %d bytes", tt.name, l, len(l))
			}
		}
		rec := parseOne(t, "p.txt", []byte(head+strings.Join(tt.lines, "\n")+"\n"))
		if got := str(rec.Summary); tt.joined && got != text || !tt.joined && (got == text || !strings.Contains(deref(rec.Summary), "=")) {
			t.Errorf("%s: summary %q", tt.name, deref(rec.Summary))
		}
	}
}

// TestWrappedAtNarrowestScreen holds minScreenWidth, minScreenLines and
// screenSlack at their edges: a paragraph of minScreenLines lines wrapped
// at minScreenWidth characters, its last line screenSlack characters
// shorter, is read as wrapped at that width; with its last line a
// character shorter still, it is a paragraph's own lines.
func TestWrappedAtNarrowestScreen(t *testing.T) {
	lines := []string{"Perstorp är Skånes minsta", "kommun, och en kommun som", "under en mycket lång tid,", "haft stora problem med en", "hög arbetslöshet och fler", "invånare som står utanför", "arbetsmarknaden än i vårt"}
	for _, l := range lines {
		if n := utf8.RuneCountInString(l); n != minScreenWidth {
			t.Fatalf("%q is %d characters", l, n)
		}
	}
	for _, tt := range []struct {
		last  string
		short int // characters short of the width
		width int
	}{
		{"ny samverkan.", screenSlack, minScreenWidth},
		{"ny samverkan", screenSlack + 1, 0},
	} {
		if n := utf8.RuneCountInString(tt.last); n != minScreenWidth-tt.short {
			t.Fatalf("%q is %d characters", tt.last, n)
		}
		text := strings.Join(append(slices.Clone(lines), tt.last), "\n") + "\n"
		got, _, width, joined, _ := unwrap(text)
		if width != tt.width || tt.width > 0 && got != strings.Join(append(slices.Clone(lines), tt.last), " ")+"\n" || tt.width == 0 && joined != nil {
			t.Errorf("last line %q: unwrap = %q, width %d, joined %v; want width %d", tt.last, got, width, joined, tt.width)
		}
	}
}

// TestCutAtWidestWidth holds maxFoldWidth at its edge: a page cut at the
// widest width read as cut is joined and named, as one cut a character
// narrower is; the count of lines one wider is the width's neighbour.
func TestCutAtWidestWidth(t *testing.T) {
	data, err := os.ReadFile(filepath.Join(testdata, "pages", "000_79b1cc7135eb8e4d.txt"))
	if err != nil {
		t.Fatal(err)
	}
	for _, width := range []int{maxFoldWidth - 1, maxFoldWidth} {
		rec := parseOne(t, "p.txt", []byte(foldLines(string(data), width)))
		w := warningSaying(rec, 0, "as fold -w cuts them")
		if w == nil || !strings.Contains(w.Message, fmt.Sprintf("cut at %d characters", width)) {
			t.Errorf("cut at %d: not named as cut: %v", width, rec.Warnings)
		}
	}
}
