package parser

import (
	"bytes"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// consoled shows text's UTF-8 bytes as cp shows them, as a console does
// and as a Mac program reads them in Mac Roman.
func consoled(t *testing.T, text string, cp *charmap.Charmap) string {
	t.Helper()
	s, err := cp.NewDecoder().String(text)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestUnrecodeConsole(t *testing.T) {
	page := "Projektägare: Arbete och Försörjning\nProgramområde: 2 Ökat arbetskraftsutbud\n\nBeviljat ESF-stöd: 493\u00a0090 kr – Å é"
	for _, cp := range []*charmap.Charmap{charmap.CodePage850, charmap.CodePage437} {
		in := consoled(t, page, cp)
		out, lines, _ := unrecode([]byte(in), &recodings[0])
		want := page
		if cp == charmap.CodePage437 {
			// CP437's E2 is no dash's lead: "ΓÇô" is left as written.
			want = "Projektägare: Arbete och Försörjning\nProgramområde: 2 Ökat arbetskraftsutbud\n\nBeviljat ESF-stöd: 493\u00a0090 kr " + consoled(t, "–", cp) + " Å é"
		}
		if string(out) != want || !slices.Equal(lines, []int{1, 2, 4}) {
			t.Errorf("%v: unrecode(%q) = %q, %v; want %q, [1 2 4]", cp, in, out, lines, want)
		}
	}
	for _, in := range []string{
		"Region: Sydsverige",       // no lead
		"├── sidor\n│   └── a.txt", // a tree's branches
		"├ Region",                 // a lead before a space
		"Förprojektering ├",        // a lead at the end
		"Ôkat",                     // a dash's lead in a text with no letter's
	} {
		if out, lines, _ := unrecode([]byte(in), &recodings[0]); out != nil || lines != nil {
			t.Errorf("unrecode(%q) = %q, %v; want it unchanged", in, out, lines)
		}
	}
}

// macRoman is the Mac Roman recoding.
var macRoman = &recodings[1]

func TestUnrecodeMacRoman(t *testing.T) {
	page := "Projektägare: Arbete och Försörjning\nProgramområde: 2 Ökat arbetskraftsutbud\n\nBeviljat ESF-stöd: 493\u00a0090 kr – Å é\n• ”projekttrötta” · Aurelija Kłosowska"
	in := page
	for times := 1; times <= maxRecode; times++ {
		in = consoled(t, in, charmap.Macintosh)
		out, lines, left := unrecode([]byte(in), macRoman)
		if string(out) != page || !slices.Equal(lines, []int{1, 2, 4, 5}) || left != nil {
			t.Errorf("%d times: unrecode(%q) = %q, %v, left %v; want %q, [1 2 4 5], none", times, in, out, lines, left, page)
		}
	}
	// Once more than maxRecode: the last time is left, and named.
	in = consoled(t, in, charmap.Macintosh)
	out, lines, left := unrecode([]byte(in), macRoman)
	if want := consoled(t, page, charmap.Macintosh); string(out) != want || !slices.Equal(lines, []int{1, 2, 4, 5}) || !slices.Equal(left, []int{1, 2, 4, 5}) {
		t.Errorf("%d times: unrecode = %q, %v, left %v; want %q, [1 2 4 5], left [1 2 4 5]", maxRecode+1, out, lines, left, want)
	}
}

// TestUnrecodeMacRomanEdges checks each lead's characters at the ends of
// its range, one inside and one outside, in a text the first look takes
// (a letter's "√§" after them).
func TestUnrecodeMacRomanEdges(t *testing.T) {
	for _, tt := range []struct {
		in, want string
	}{
		{"x √Ä x", "x À x"},              // C3 80, the first of C3's
		{"x √ø x", "x ÿ x"},              // C3 BF, the last
		{"x ¬† x", "x \u00a0 x"},         // C2 A0, the first of C2's signs
		{"x ¬ø x", "x ¿ x"},              // C2 BF, the last
		{"x ¬ü x", "x ¬ü x"},             // C2 9F, a control character: left
		{"x ‚ÄÄ x", "x \u2000 x"},        // E2 80 80, the first of E2's
		{"x ‚Øø x", "x \u2bff x"},        // E2 AF BF, the last
		{"x ‚∞Ä x", "x ‚∞Ä x"},           // E2 B0 80, past them: left
		{"x ƒÄ x", "x Ā x"},              // C4 80, Latin Extended-A's first
		{"x ≈ø x", "x ſ x"},              // C5 BF, its last
		{"x ŒÄ x", "x \u0380 x"},         // CE 80, Greek's first
		{"x œø x", "x \u03ff x"},         // CF BF, its last
		{"x Ôªø x", "x \ufeff x"},        // EF BB BF, a byte-order mark
		{"x Ô∏Ä x", "x \ufe00 x"},        // EF B8 80, the first of EF's
		{"x Ô∑ø x", "x Ô∑ø x"},           // EF B7 BF, before them: left
		{"x √ x", "x √ x"},               // a lead alone
		{"x √2 x", "x √2 x"},             // a root
		{"x √Ñ", "x Ä"},                  // before a space
		{"x ‚Ä", "x ‚Ä"},                 // a lead cut short
		{"x √\n§", "x √\n§"},             // a line end between
		{"x √" + "\u00a7" + "x", "x äx"}, // in a word
	} {
		out, _, _ := unrecode([]byte(tt.in+" √§"), macRoman)
		if string(out) != tt.want+" ä" {
			t.Errorf("unrecode(%q) = %q, want %q", tt.in, out, tt.want)
		}
	}
}

func TestMacRomanSeen(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want bool
	}{
		{"Försörjning", false},
		{"F√∂rs√∂rjning", true}, // √, E2 88 9A
		{"2009 ‚Äì 2010", true}, // ‚, E2 80 9A
		{"493¬†090 kr", true},   // ¬, C2 AC
		{"Úlfarsson", false},    // C3 9A
		{"Ślęza", false},        // C5 9A
		{"100 €", false},        // E2 82 AC
		{"\u2199 x", false},     // E2 86 99: E2, then not 80 or 88
		{"\u209a", false},       // E2 82 9A
		{"\x9a\xac", false},     // no lead before
		{"\x88\x9a", false},     // the text's start
		{"", false},
	} {
		if got := macRomanSeen([]byte(tt.in)); got != tt.want {
			t.Errorf("macRomanSeen(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestRecodedLeft(t *testing.T) {
	for _, tt := range []struct {
		in   string
		r    *recoding
		want []int
	}{
		{"Region: Sydsverige\nx √2 = 1,41", macRoman, nil}, // a root
		{"a √ b", macRoman, nil},                           // between spaces
		{"Arbete och F√\nx", macRoman, []int{1}},           // after a letter: cut
		{"x\nArbete och F√o\u0308rs", macRoman, []int{2}},  // before one: decomposed
		{"493¬ü090", macRoman, []int{1}},                   // before a continuation's character
		{"x ¬ 1", macRoman, nil},                           // a sign alone
		{"├── sidor\n│   └── a.txt", &recodings[0], nil},   // a tree's branches
		{"x\nx\nf├rprojektering", &recodings[0], []int{3}}, // a console's lead in a word
		{"f├\r\nx\r├Ö", &recodings[0], []int{1, 3}},        // line ends of each kind
	} {
		if got := recodedLeft([]byte(tt.in), tt.r); !slices.Equal(got, tt.want) {
			t.Errorf("recodedLeft(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

// TestMacRomanPage reads a page whose facts a Mac program read in Mac Roman
// and saved again, as a CRM's import leaves them: each value is repaired,
// the list under a damaged label read, and one warning names the first
// damaged line; a value cut inside a letter is named on its line.
func TestMacRomanPage(t *testing.T) {
	mac := func(s string) string { return consoled(t, s, charmap.Macintosh) }
	page := "Egenmakt\n\n" +
		"Projektfas:\n" + mac("Förprojektering") + "\n" +
		"Projektägare:\n" + mac("Arbete och Försörjning") + "\n" +
		"Kontaktperson:\nOla Johnsson\n" +
		"Beviljat ESF-stöd:\n" + mac("493\u00a0090 kr") + "\n" +
		"Region:\nSydsverige\n" +
		mac("Medfinansiärer") + ":\n" + mac("• Arbete och Försörjning") + "\n\n" +
		"Sammanfattning\n\n" + mac("Denna förprojektering ämnar att tillse vilka insatser som skulle göra att deltagarna tar makten över sina egna liv.") + "\n"
	rec := parseOne(t, "p.txt", []byte(page))
	if rec.ProjectPhase == nil || *rec.ProjectPhase != "Förprojektering" || rec.Owner == nil || *rec.Owner != "Arbete och Försörjning" ||
		rec.ESFSupportSEK == nil || *rec.ESFSupportSEK != 493090 || !slices.Equal(rec.Cofinanciers, []string{"Arbete och Försörjning"}) ||
		rec.Summary == nil || !strings.HasPrefix(*rec.Summary, "Denna förprojektering ämnar") {
		t.Errorf("record = %s", jsonString(rec))
	}
	if len(rec.Warnings) != 1 || warningSaying(rec, 4, "Mac Roman") == nil || !strings.Contains(rec.Warnings[0].Message, "and on 5 more lines") {
		t.Errorf("warnings = %+v, want one at line 4 of 6 lines", rec.Warnings)
	}

	cut := strings.Replace(page, mac("Arbete och Försörjning")+"\n", mac("Arbete och Försörjning")[:len("Arbete och F√")]+"\n", 1)
	rec = parseOne(t, "p.txt", []byte(cut))
	if w := warningSaying(rec, 6, "stands where nothing follows it"); w == nil || w.Kind != WarnEncoding || w.Key != KeyOwner {
		t.Errorf("warnings = %+v, want one at line 6 naming owner", rec.Warnings)
	}
}

// FuzzUnrecode holds unrecode to what the page's reading relies on: it
// keeps every line end where it was, keeps UTF-8 valid, never grows the
// text, and names only lines of the input, in order.
func FuzzUnrecode(f *testing.F) {
	for _, s := range []string{"F√∂rs√∂rjning\n‚Ä¢ x", "‚Äö√Ñ√π\r\n¬†", "√\n√§\rÔªø", "f├Ârprojektering", "x √2 ≈ø ‚∞Ä"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		for k := range recodings {
			out, lines, left := unrecode(data, &recodings[k])
			count := func(b []byte) int { return bytes.Count(b, []byte("\n")) + bytes.Count(b, []byte("\r")) }
			n := count(data) + 1
			for _, ls := range [][]int{lines, left} {
				for i, l := range ls {
					if l < 1 || l > n || i > 0 && l <= ls[i-1] {
						t.Fatalf("lines %v outside 1..%d or out of order", ls, n)
					}
				}
			}
			if out == nil {
				continue
			}
			if count(out) != count(data) {
				t.Fatalf("line ends changed: %q → %q", data, out)
			}
			if utf8.Valid(data) && !utf8.Valid(out) {
				t.Fatalf("UTF-8 broken: %q → %q", data, out)
			}
			if len(out) > len(data) {
				t.Fatalf("repair grew the text: %q → %q", data, out)
			}
		}
	})
}
