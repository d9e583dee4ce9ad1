package parser

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// legacyText encodes UTF-8 text in cm, writing a character cm lacks as
// the ASCII a person would type for it, so that the same text can be read
// back in UTF-8 and in cm; what has no ASCII stand-in is a question mark.
func legacyText(cm *charmap.Charmap, text string) (legacy []byte, plain string) {
	var out []byte
	var b strings.Builder
	for _, r := range text {
		if r < utf8.RuneSelf {
			out = append(out, byte(r))
			b.WriteRune(r)
			continue
		}
		if c, ok := cm.EncodeRune(r); ok {
			out = append(out, c)
			b.WriteRune(r)
			continue
		}
		s, ok := asciiStandIns[r]
		if !ok {
			s = "?"
		}
		out = append(out, s...)
		b.WriteString(s)
	}
	return out, b.String()
}

var asciiStandIns = map[rune]string{
	'–': "-", '—': "-", '‐': "-", '‑': "-", '“': `"`, '”': `"`, '„': `"`, '‘': "'", '’': "'",
	'•': "*", '·': ".", '…': "...", '\u00A0': " ", '\u202F': " ", '\u2007': " ", '€': "EUR", '‰': "o/oo",
}

// legacyCodePages are the code pages the tests write pages in, with the
// encoding each is reported as: CP437's Swedish letters are CP850's.
var legacyCodePages = []struct {
	cm       *charmap.Charmap
	encoding string
}{
	{charmap.Macintosh, EncodingMacintosh},
	{charmap.CodePage850, EncodingIBM850},
	{charmap.CodePage437, EncodingIBM850},
}

// allTestPages are the UTF-8 text of every test page, the pages given in
// other encodings decoded.
func allTestPages(t *testing.T) map[string]string {
	t.Helper()
	pages := map[string]string{}
	for rel, data := range readPages(t, "pages", "variants", "multi", "invalid", "encodings") {
		text, _, err := Decode(data, "")
		if err != nil {
			t.Fatal(err)
		}
		pages[rel] = text
	}
	return pages
}

// TestLegacyPages checks that every test page written on an old Mac or in
// a DOS code page gives the record of the same page in UTF-8, with the
// code page named as its encoding and no warning of it.
func TestLegacyPages(t *testing.T) {
	for rel, text := range allTestPages(t) {
		for _, cp := range legacyCodePages {
			for _, eol := range []string{"\n", "\r"} {
				name := fmt.Sprintf("%s/%s/%q", filepath.Base(rel), cp.cm, eol)
				t.Run(name, func(t *testing.T) {
					data, plain := legacyText(cp.cm, strings.ReplaceAll(text, "\n", eol))
					want := comparable(t, mustParse(t, []byte(plain)))
					recs := mustParse(t, data)
					for _, rec := range recs {
						if rec.Source.Encoding != cp.encoding {
							t.Errorf("encoding = %s, want %s", rec.Source.Encoding, cp.encoding)
						}
						rec.Source.Encoding = EncodingUTF8
					}
					if got := comparable(t, recs); got != want {
						t.Fatalf("record differs from the UTF-8 page's:\n%s", lineDiff(want, got))
					}
					if d, err := decode(data, ""); err != nil || d.legacyNote != "" {
						t.Errorf("decode = %q, %v; want no note", d.legacyNote, err)
					}
				})
			}
		}
	}
}

// typographyLines are what a page written in Word on Windows holds besides
// its letters: Swedish quotes (” on both sides), English ones, dashes
// between words and between letters, the euro, the ellipsis, per mille,
// apostrophes, bullets, no-break spaces and a glued capital.
const typographyLines = "\n\nEnligt ”Projekt” och ”Region” – “quote” – ‘single’ … 5 000 € ‰ ‚low‘ „German“\n" +
	"• Malmö–Lund, ”öppet” och ”år”, it’s 3 ‰, 10\u00a0000 kr … slut”\n" +
	"”Citat”, ”Mål”, ”Ökad”, ”Åtgärd”, RegionÖstra, ”Malmö” — ”Umeå” • † 1990 ™ ®\n"

// TestWindows1252Pages is the property that no page written on Windows is
// taken for a legacy one: every test page in Windows-1252, with its
// typography and with more of it, reads as Windows-1252 exactly as in
// UTF-8, with no word of another code page.
func TestWindows1252Pages(t *testing.T) {
	for rel, text := range allTestPages(t) {
		for _, variant := range []struct{ name, text string }{
			{"as written", text},
			{"typography", strings.ReplaceAll(strings.ReplaceAll(text, " - ", " – "), `"`, "”") + typographyLines},
		} {
			t.Run(filepath.Base(rel)+"/"+variant.name, func(t *testing.T) {
				data, plain := legacyText(charmap.Windows1252, variant.text)
				if !slices.ContainsFunc(data, func(c byte) bool { return c >= utf8.RuneSelf }) {
					t.Fatal("the page has no byte above ASCII")
				}
				if v := judgeLegacy(data); v.page != nil || v.note != "" {
					t.Errorf("judgeLegacy = %s, %q; want Windows-1252 without a note", v.page.name, v.note)
				}
				want := comparable(t, mustParse(t, []byte(plain)))
				recs := mustParse(t, data)
				for _, rec := range recs {
					if rec.Source.Encoding != EncodingWindows1252 {
						t.Errorf("encoding = %s, want %s", rec.Source.Encoding, EncodingWindows1252)
					}
					rec.Source.Encoding = EncodingUTF8
				}
				if got := comparable(t, recs); got != want {
					t.Fatalf("record differs from the UTF-8 page's:\n%s", lineDiff(want, got))
				}
			})
		}
	}
}

// Pieces of text whose evidence is known, to build inputs at each
// threshold's edge. Each names its lead for a legacy code page: its
// Swedish letters between letters plus Windows-1252's odd characters,
// less the other way round.
const (
	macLetter  = "Projekt\x8agare\n" // +2: Mac Roman ä between letters, Windows-1252 Š
	macEdge    = "Malm\x9a\n"        // +1: Mac Roman ö at a word's end, Windows-1252 š
	dosLetter  = "G\x94teborg\n"     // +2: CP850 ö between letters, Windows-1252 ” between letters
	dosEdge    = "p\x86\n"           // +1: CP850 å at a word's end, Windows-1252 †
	capsLetter = "SK\xe5NE\n"        // −1: Windows-1252 å within capitals, Â and Õ in the others
)

func inWindows1252(s string) string {
	b, _ := legacyText(charmap.Windows1252, s)
	return string(b)
}

// TestLegacyThresholds holds each threshold of the judgement at its edge,
// one under and one over, and the conditions before them.
func TestLegacyThresholds(t *testing.T) {
	const (
		none = iota
		guess
		doubt
	)
	tests := []struct {
		name, in string
		encoding string
		note     int
	}{
		// legacySure: a lead of 8 is read silently, 7 is a guess.
		{"sure", strings.Repeat(macLetter, 4), EncodingMacintosh, none},
		{"one under sure", strings.Repeat(macLetter, 4) + capsLetter, EncodingMacintosh, guess},
		{"sure cp850", strings.Repeat(dosLetter, 4), EncodingIBM850, none},
		{"one under sure cp850", strings.Repeat(dosLetter, 3) + dosEdge, EncodingIBM850, guess},
		// legacyGuess: a lead of 2 is a guess, 1 keeps Windows-1252 in doubt.
		{"guess", macLetter, EncodingMacintosh, guess},
		{"one under guess", macLetter + capsLetter, EncodingWindows1252, doubt},
		{"guess cp850", dosLetter, EncodingIBM850, guess},
		{"one under guess cp850", dosLetter + capsLetter, EncodingWindows1252, doubt},
		// A guess needs a letter between letters, not only at words' edges.
		{"edges only", macEdge + macEdge, EncodingWindows1252, doubt},
		{"edges and a letter", macEdge + macLetter, EncodingMacintosh, guess},
		// legacyDoubt: a lead of 0 is in doubt, −1 is Windows-1252.
		{"doubt", macEdge + capsLetter, EncodingWindows1252, doubt},
		{"one under doubt", macEdge + capsLetter + capsLetter, EncodingWindows1252, none},
		{"doubt cp850", dosEdge + capsLetter, EncodingWindows1252, doubt},
		{"one under doubt cp850", dosEdge + capsLetter + capsLetter, EncodingWindows1252, none},
		// Nothing odd in the Windows-1252 reading: it stands silently,
		// however many Swedish letters another code page reads at words'
		// edges ("Malm”" may be a quote); one odd character puts it in
		// doubt.
		{"no odd character", strings.Repeat("Malm\x94 \x94ver\n", 8), EncodingWindows1252, none},
		{"one odd character", strings.Repeat("Malm\x94 \x94ver\n", 8) + dosEdge, EncodingWindows1252, doubt},
		// Windows-1252's typography, with few Swedish letters and odd
		// signs of its own („German‚ quotes, a glued capital), stands.
		{"Windows-1252 typography", inWindows1252(typographyLines), EncodingWindows1252, none},
		// Odd in Windows-1252, but no Swedish letter in another reading:
		// a byte Windows-1252 lacks, which Mac Roman reads as Å and CP850
		// as ü within a word.
		{"no letter elsewhere", "x\x81y\n", EncodingWindows1252, none},
		{"a letter elsewhere", "\x81ngest\n", EncodingWindows1252, doubt},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := decode([]byte(tt.in), "")
			if err != nil {
				t.Fatal(err)
			}
			note := none
			switch {
			case strings.HasPrefix(d.legacyNote, "the encoding is a guess"):
				note = guess
			case strings.HasPrefix(d.legacyNote, "the encoding is in doubt"):
				note = doubt
			case d.legacyNote != "":
				t.Fatalf("note %q", d.legacyNote)
			}
			if d.encoding != tt.encoding || note != tt.note {
				in := []byte(tt.in)
				t.Errorf("decode(%q) = %s, note %d; want %s, note %d (Windows-1252 %+v, Mac Roman %+v, CP850 %+v)", tt.in, d.encoding, note, tt.encoding, tt.note,
					weigh(in, windows1252Glyphs()), weigh(in, legacyPages()[0].glyphs), weigh(in, legacyPages()[1].glyphs))
			}
			if (note == none) != (len(d.legacy) == 0) {
				t.Errorf("lines %v with note %q", d.legacy, d.legacyNote)
			}
		})
	}
}

// TestLegacyNotes checks the warning of a guess: once a page, at the first
// line where the readings differ, saying which code page was read and how
// to read the other.
func TestLegacyNotes(t *testing.T) {
	in := "Projektnummer:\n2020/00634\nProjekt\x8agare:\nPerstorps kommun\nOrt:\nV\x8axj\x9a\n"
	d, err := decode([]byte(in), "")
	if err != nil {
		t.Fatal(err)
	}
	if d.encoding != EncodingMacintosh || !strings.Contains(d.text, "Projektägare:") || !strings.Contains(d.text, "Växjö") {
		t.Fatalf("decode = %q, %s", d.text, d.encoding)
	}
	notes := legacyNotes(d, nil)
	want := `the encoding is a guess from few letters, read as Mac Roman (macintosh; --encoding windows-1252 reads it as Windows-1252): bytes that Windows-1252 reads as "Œ", "Š" or "š" are å, ä or ö`
	if len(notes) != 2 || notes[0].line != 3 || notes[1].line != 6 || notes[0].message != want || !notes[0].perPage || notes[0].kind != WarnEncoding {
		t.Errorf("notes = %+v, want lines 3 and 6, once a page: %s", notes, want)
	}
	// Lines that a soft break moved are the input's.
	if notes := legacyNotes(d, []int{1, 2, 4, 5, 6, 7}); notes[0].line != 4 {
		t.Errorf("mapped notes = %+v, want line 4 first", notes)
	}

	// In doubt, the page is read as Windows-1252 and the note names the
	// code page it may be in.
	d, err = decode([]byte("Ort:\nMalm\x86\n"), "")
	if err != nil {
		t.Fatal(err)
	}
	want = `the encoding is in doubt, read as Windows-1252 (--encoding ibm850 reads it as CP850): bytes that Windows-1252 reads as "†", "„" or "”" may be CP850's å, ä or ö`
	if d.encoding != EncodingWindows1252 || d.text != "Ort:\nMalm†\n" || d.legacyNote != want || !slices.Equal(d.legacy, []int{2}) {
		t.Errorf("decode = %q, %s, %v %q; want the note %s", d.text, d.encoding, d.legacy, d.legacyNote, want)
	}
}

// TestLegacyForced checks that --encoding reads each code page, by its
// names, whatever the bytes look like.
func TestLegacyForced(t *testing.T) {
	tests := []struct {
		force, want, encoding string
		in                    []byte
	}{
		{"macintosh", "Kompetensförsörjning Å", EncodingMacintosh, []byte("Kompetensf\x9ars\x9arjning \x81")},
		{"mac", "Kompetensförsörjning Å", EncodingMacintosh, []byte("Kompetensf\x9ars\x9arjning \x81")},
		{"x-mac-roman", "Kompetensförsörjning Å", EncodingMacintosh, []byte("Kompetensf\x9ars\x9arjning \x81")},
		{"cp850", "Kompetensförsörjning Å§", EncodingIBM850, []byte("Kompetensf\x94rs\x94rjning \x8f\xf5")},
		{"IBM850", "Kompetensförsörjning Å§", EncodingIBM850, []byte("Kompetensf\x94rs\x94rjning \x8f\xf5")},
		{"850", "Kompetensförsörjning Å§", EncodingIBM850, []byte("Kompetensf\x94rs\x94rjning \x8f\xf5")},
		{"cp437", "Kompetensförsörjning Å⌡", EncodingIBM437, []byte("Kompetensf\x94rs\x94rjning \x8f\xf5")},
		{"ibm437", "Kompetensförsörjning Å⌡", EncodingIBM437, []byte("Kompetensf\x94rs\x94rjning \x8f\xf5")},
		// Forced, Windows-1252 is read as such, with no note.
		{"windows-1252", "Kompetensfšrsšrjning", EncodingWindows1252, []byte("Kompetensf\x9ars\x9arjning")},
	}
	for _, tt := range tests {
		t.Run(tt.force, func(t *testing.T) {
			if err := CheckEncoding(tt.force); err != nil {
				t.Fatal(err)
			}
			d, err := decode(tt.in, tt.force)
			if err != nil {
				t.Fatal(err)
			}
			if d.text != tt.want || d.encoding != tt.encoding || d.legacyNote != "" {
				t.Errorf("decode(%q, %s) = %q, %s, %q; want %q, %s", tt.in, tt.force, d.text, d.encoding, d.legacyNote, tt.want, tt.encoding)
			}
		})
	}
	for _, name := range Encodings {
		if err := CheckEncoding(name); err != nil {
			t.Errorf("Encodings lists %s: %v", name, err)
		}
	}
	if err := CheckEncoding("cp851"); !errors.Is(err, ErrEncoding) {
		t.Errorf("CheckEncoding(cp851) = %v, want %v", err, ErrEncoding)
	}
}

// TestLegacyParse checks a short page through Parse: a guess reads the
// labels and values of the code page it guessed, and names it.
func TestLegacyParse(t *testing.T) {
	page := "Projektnummer:\n2020/00634\nProjektnamn:\nFramtidsresan\nProjekt\x8agare:\nPerstorps kommun\nRegion:\nSydsverige\n"
	p := parseOne(t, "mac.txt", []byte(page))
	if p.Source.Encoding != EncodingMacintosh || str(p.Owner) != "Perstorps kommun" {
		t.Errorf("encoding %s, owner %v; want %s, Perstorps kommun", p.Source.Encoding, str(p.Owner), EncodingMacintosh)
	}
	// A page of few letters is read as its guess says, and the guess is
	// named on the first line where it mattered.
	short := "Framtidsresan\n\nProjekt\x8agare: Perstorps kommun\nRegion: Sydsverige\n"
	p = parseOne(t, "mac.txt", []byte(short))
	if p.Source.Encoding != EncodingMacintosh || str(p.Owner) != "Perstorps kommun" || warningSaying(p, 3, "guess") == nil {
		t.Errorf("a short page: encoding %s, owner %v, warnings %v", p.Source.Encoding, str(p.Owner), p.Warnings)
	}
	// An HTML page that declares no charset is judged as a text page is;
	// one that declares windows-1252 is read as it says.
	doc := "<html><body><h1>Framtidsresan</h1><dl><dt>Projektnummer</dt><dd>2020/00634</dd>" +
		"<dt>Projekt\x8agare</dt><dd>Perstorps kommun, Arbetsmarknadsenheten</dd><dt>Region</dt><dd>Sydsverige</dd></dl>" +
		"<p>Perstorps kommun har under l\x8cng tid k\x8anneteckn ats av h\x9ag arbetsl\x9ashet och l\x8ag utbildningsniv\x8c.</p></body></html>"
	p = parseOne(t, "mac.html", []byte(doc))
	if p.Source.Encoding != EncodingMacintosh || str(p.Owner) != "Perstorps kommun, Arbetsmarknadsenheten" {
		t.Errorf("HTML: encoding %s, owner %v, warnings %v", p.Source.Encoding, str(p.Owner), p.Warnings)
	}
	p = parseOne(t, "w.html", []byte(strings.Replace(doc, "<html>", `<html><meta charset="windows-1252">`, 1)))
	if p.Source.Encoding != EncodingWindows1252 {
		t.Errorf("HTML that declares windows-1252: encoding %s", p.Source.Encoding)
	}
}

// FuzzLegacy proves the judgement safe on any input: decoding never
// panics, a page read in a legacy code page is read as that code page
// reads it, and a note's lines are the input's, in order.
func FuzzLegacy(f *testing.F) {
	for _, s := range []string{macLetter, macEdge, dosLetter, dosEdge, capsLetter, "\x81", "\x8a", "a\x9a", "\x94b", "\r\x8a\r", typographyLines} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		w, legacy := weighAll(data)
		if w != weigh(data, windows1252Glyphs()) || legacy[0] != weigh(data, legacyPages()[0].glyphs) || legacy[1] != weigh(data, legacyPages()[1].glyphs) {
			t.Fatalf("weighAll(%q) = %v %v, not what weigh gives each page", data, w, legacy)
		}
		v := judgeLegacy(data)
		if d := decodeWindows1252(data); !d.odd1252 && (v.page != nil || v.note != "") {
			t.Fatalf("decodeWindows1252(%q) finds nothing to weigh, but judgeLegacy says %+v", data, v)
		}
		lines := 1 + bytes.Count(data, []byte("\n")) + bytes.Count(bytes.ReplaceAll(data, []byte("\r\n"), nil), []byte("\r"))
		if !slices.IsSorted(v.lines) || len(v.lines) > 0 && (v.lines[0] < 1 || v.lines[len(v.lines)-1] > lines) {
			t.Fatalf("judgeLegacy(%q) lines %v of %d", data, v.lines, lines)
		}
		if (len(v.lines) == 0) != (v.note == "") {
			t.Fatalf("judgeLegacy(%q) lines %v, note %q", data, v.lines, v.note)
		}
		if doubled(data) {
			return // repaired before it is judged
		}
		d, err := decode(data, "")
		if err != nil || d.encoding == EncodingWindows1252 {
			return
		}
		for _, p := range legacyPages() {
			if d.encoding != p.name {
				continue
			}
			if len(d.mixed) > 0 {
				// Lines of UTF-8 among the code page's (decodeMixed):
				// every other line as the code page reads it.
				got, in := inputLines([]byte(d.text)), inputLines(data)
				if len(got) != len(in) {
					t.Fatalf("decode(%q) = %q: %d lines of %d", data, d.text, len(got), len(in))
				}
				for n := range in {
					if _, ok := slices.BinarySearch(d.mixed, n+1); ok {
						continue
					}
					want, _ := decodeBytes(in[n], p.cm, p.name)
					if text, _ := latinLookalikes(want.text); string(got[n]) != text {
						t.Fatalf("decode(%q) line %d = %q, %s reads %q", data, n+1, got[n], p.name, text)
					}
				}
				continue
			}
			want, _ := decodeBytes(data, p.cm, p.name)
			// Read as decode reads every text: a look-alike letter of
			// the code page in a Latin word ("õ") as its Latin one.
			if text, _ := latinLookalikes(want.text); d.text != text {
				t.Fatalf("decode(%q) = %q, %s reads %q", data, d.text, p.name, text)
			}
		}
	})
}

// inputLines splits data at its line ends as decodeMixed does: "\n",
// "\r\n" and a "\r" alone, each kept with its line.
func inputLines(data []byte) [][]byte {
	var lines [][]byte
	for start := 0; start < len(data); {
		end := start
		for end < len(data) && data[end] != '\n' && !(data[end] == '\r' && (end+1 == len(data) || data[end+1] != '\n')) {
			end++
		}
		if end < len(data) {
			end++
		}
		lines = append(lines, data[start:end])
		start = end
	}
	return lines
}

// BenchmarkJudgeLegacy is the cost the judgement adds to a page that is
// not UTF-8: judge is the judgement alone, windows-1252 the decoding it
// comes before, decode the two with the rest of decode.
func BenchmarkJudgeLegacy(b *testing.B) {
	data, err := os.ReadFile(filepath.Join(testdata, "encodings/002_windows1252_crlf.txt"))
	if err != nil {
		b.Fatal(err)
	}
	for _, bench := range []struct {
		name string
		run  func()
	}{
		{"judge", func() { judgeLegacy(data) }},
		{"windows-1252", func() { decodeWindows1252(data) }},
		{"decode", func() { _, _ = decode(data, "") }},
	} {
		b.Run(bench.name, func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				bench.run()
			}
		})
	}
}
