package parser

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// doubleEncode writes text as a program that read its UTF-8 bytes as
// Windows-1252 (or Latin-1) and wrote them out as UTF-8 again.
func doubleEncode(t testing.TB, text string, cm *charmap.Charmap) string {
	t.Helper()
	out, err := cm.NewDecoder().String(text)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func TestUndouble(t *testing.T) {
	tests := []struct {
		name, in, want string
		lines          []int
	}{
		{"a label", "ProjektÃ¤gare:", "Projektägare:", []int{1}},
		{"every Swedish letter", "Ã¥Ã¤Ã¶ Ã…Ã„Ã–", "åäö ÅÄÖ", []int{1}},
		{"an accent", "CafÃ© Ã¼ber", "Café über", []int{1}},
		{"a dash and quotes", "2016â€“2019 â€œxâ€\u009d â€™", "2016–2019 “x” ’", []int{1}},
		{"an ellipsis and a bullet", "â€¦ â€¢", "… •", []int{1}},
		{"a trade mark", "ESFâ„¢", "ESF™", []int{1}},
		{"a sign of Latin-1", "Â§ 3, 20Â°", "§ 3, 20°", []int{1}},
		{"encoded three times", "ProjektÃƒÂ¤gare", "Projektägare", []int{1}},
		{"a closing quote Windows-1252 lost", "â€\ufffdxâ€\ufffd", "”x”", []int{1}},
		{"a closing quote lost, encoded three times", "Ã¢â‚¬ï¿½x", "”x", []int{1}},
		{"a byte-order mark", "ï»¿Region", "\ufeffRegion", []int{1}},
		{"a closing quote's byte Windows-1252 lacks, encoded three times", "Ã¢â‚¬Â\u009dx", "”x", []int{1}},
		{"Â before the first control of Latin-1", "Â\u0080x Ã¤", "\u0080x ä", []int{1}},
		{"Â before the last", "Â\u009fx Ã¤", "\u009fx ä", []int{1}},
		{"Â before DEL is left", "Â\u007fx Ã¤", "Â\u007fx ä", []int{1}},
		{"Â before € is left", "Â€ Ã¤", "Â€ ä", []int{1}},
		{"a letter Windows-1252 lost is left", "Ã\ufffdrea", "Ã\ufffdrea", nil},
		{"read as Latin-1", "Projekt\u00c3\u00a4gare \u00c3\u0096rebro", "Projektägare Örebro", []int{1}},
		{"the lines it changed", "Region\nSkÃ¥ne\nx\r\nGÃ¤vle\rMalmÃ¶", "Region\nSkåne\nx\r\nGävle\rMalmö", []int{2, 4, 5}},
		{"right text is left", "Projektägare: Örebro – “x”", "Projektägare: Örebro – “x”", nil},
		{"a letter with a tilde is left", "São Paulo, Ãgua", "São Paulo, Ãgua", nil},
		{"Ã before a space is left", "Ã la carte", "Ã la carte", nil},
		{"Ã at the end is left", "vÃ", "vÃ", nil},
		{"Ã before a line end is left", "Ã\nÃ¤", "Ã\nä", []int{2}},
		{"â before other signs is left", "â€ x", "â€ x", nil},
		{"Â before a letter is left", "ÂÃ", "ÂÃ", nil},
		{"a lead byte read alone is left", "Ã\u00c3", "Ã\u00c3", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := []byte(tt.in)
			if !doubled(data) {
				if tt.lines != nil {
					t.Fatalf("doubled(%q) = false", tt.in)
				}
				return
			}
			got, lines, _ := undouble(data)
			if string(got) != tt.want || !slices.Equal(lines, tt.lines) {
				t.Errorf("undouble(%q) = %q, %v; want %q, %v", tt.in, got, lines, tt.want, tt.lines)
			}
		})
	}
}

// TestDoubled checks what doubled looks for: the second byte of Ã, Â or
// â after its first, anywhere in the input, and nothing in right text.
func TestDoubled(t *testing.T) {
	for _, s := range []string{"Ã¤", "xÂ§", "â€“", "a\nb Ã…"} {
		if !doubled([]byte(s)) {
			t.Errorf("doubled(%q) = false", s)
		}
	}
	for _, s := range []string{"", "åäöÅÄÖé – “” € ™ ł Ń", "\x83\x82\xa2\xaf"} {
		if doubled([]byte(s)) {
			t.Errorf("doubled(%q) = true", s)
		}
	}
}

// TestDoubledPages checks that every test page encoded twice, through
// Windows-1252, Latin-1 or Mac Roman, once or more over, one after the
// other, as text or saved HTML,
// gives the record of the page, with one warning of it at the page's
// first line that held such letters.
func TestDoubledPages(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(testdata, "pages", "*.txt"))
	html, _ := filepath.Glob(filepath.Join(testdata, "html", "site", "0*.html"))
	files = append(files, html...)
	if len(files) == 0 {
		t.Fatal("no test pages")
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if !utf8.Valid(data) {
			continue // a page in Windows-1252 is not UTF-8 to read wrongly
		}
		want := parseOne(t, f, data)
		w1252, mac := charmap.Windows1252, charmap.Macintosh
		for _, v := range []struct {
			name    string
			through []*charmap.Charmap // the code pages, in the order the page was read in them
			leads   string             // the leads of letters and signs so encoded
		}{
			{"windows-1252", []*charmap.Charmap{w1252}, "ÃÂâ"},
			{"latin-1", []*charmap.Charmap{charmap.ISO8859_1}, "ÃÂâ"},
			{"twice", []*charmap.Charmap{w1252, w1252}, "ÃÂâ"},
			{"mac-roman", []*charmap.Charmap{mac}, "√¬‚"},
			{"mac-roman-thrice", []*charmap.Charmap{mac, mac, mac}, "√¬‚"},
			{"windows-1252-then-mac-roman", []*charmap.Charmap{w1252, mac}, "√¬‚"},
			{"mac-roman-then-windows-1252", []*charmap.Charmap{mac, w1252}, "ÃÂâ"},
		} {
			t.Run(filepath.Base(f)+"/"+v.name, func(t *testing.T) {
				text := string(data)
				for _, cm := range v.through {
					text = doubleEncode(t, text, cm)
				}
				got := parseOne(t, f, []byte(text))
				var encodingWarnings []Warning
				others := got.Warnings[:0:0]
				for _, w := range got.Warnings {
					if w.Kind == WarnEncoding {
						encodingWarnings = append(encodingWarnings, w)
					} else {
						others = append(others, w)
					}
				}
				if at := strings.IndexAny(text, v.leads); at < 0 {
					if len(encodingWarnings) != 0 {
						t.Errorf("encoding warnings = %+v, want none", encodingWarnings)
					}
				} else {
					pages := 1 // a warning for each code page the page went through
					if v.through[0] != v.through[len(v.through)-1] {
						pages = 2
					}
					firstLine := 1 + strings.Count(text[:at], "\n")
					ok := len(encodingWarnings) == pages
					for _, w := range encodingWarnings {
						ok = ok && w.Line == firstLine && strings.Contains(w.Message, "encoded twice")
					}
					if !ok {
						t.Errorf("encoding warnings = %+v, want %d at line %d", encodingWarnings, pages, firstLine)
					}
				}
				got.Warnings = others
				if !reflect.DeepEqual(recordMap(t, got), recordMap(t, want)) {
					t.Errorf("record differs:\n%s", lineDiff(jsonString(want), jsonString(got)))
				}
			})
		}
	}
}

// FuzzUndouble holds undouble to what the page's reading relies on: it
// keeps every line end where it was, keeps UTF-8 valid, names only lines
// of the input, and leaves text that doubled passes over as it is.
func FuzzUndouble(f *testing.F) {
	for _, s := range []string{"ProjektÃ¤gare:\nGÃ¤vle", "â€œxâ€\ufffd", "Ã\nÃ¤\r\nx\rÂ§", "ÃƒÂ¤ï»¿", "São Ãgua"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		if !doubled(data) {
			return
		}
		out, lines, _ := undouble(data)
		count := func(b []byte) int { return bytes.Count(b, []byte("\n")) + bytes.Count(b, []byte("\r")) }
		if count(out) != count(data) {
			t.Fatalf("line ends changed: %q → %q", data, out)
		}
		if utf8.Valid(data) && !utf8.Valid(out) {
			t.Fatalf("UTF-8 broken: %q → %q", data, out)
		}
		if len(out) > len(data) {
			t.Fatalf("repair grew the text: %q → %q", data, out)
		}
		n := count(data) + 1
		for i, l := range lines {
			if l < 1 || l > n || i > 0 && l <= lines[i-1] {
				t.Fatalf("lines %v outside 1..%d or out of order", lines, n)
			}
		}
	})
}

// TestUndoubleGuessNamed checks that the closing quote undouble guesses for
// "â€" and a byte the first decoding lost is named where it stands between
// two letters, where a quote seldom does, and not beside a space or a sign.
func TestUndoubleGuessNamed(t *testing.T) {
	for _, tt := range []struct {
		in      string
		guessed []int
	}{
		{"Namn: x\nProjektÃ¤gareâ€\ufffdRegionfÃ¶rbundet\n", []int{2}},
		{"Han sa: â€\ufffdhejâ€\ufffd och gick. SkÃ¥ne\n", nil},
		{"â€\ufffdÃ¤r\n", nil},
		{"Ã¤â€\ufffd2\nx\nAâ€\ufffdB Ã¶\n", []int{1, 3}},
	} {
		_, _, guessed := undouble([]byte(tt.in))
		if !slices.Equal(guessed, tt.guessed) {
			t.Errorf("undouble(%q) guessed on lines %v, want %v", tt.in, guessed, tt.guessed)
		}
	}
	rec := parseOne(t, "p.txt", []byte("Projektnummer:\n2020/00634\nProjektÃ¤gareâ€\ufffdRegionfÃ¶rbundet Ã–stsam\n"))
	if w := warningSaying(rec, 3, "likeliest of five"); w == nil || w.Kind != WarnEncoding {
		t.Errorf("no warning on line 3: %v", rec.Warnings)
	}
}
