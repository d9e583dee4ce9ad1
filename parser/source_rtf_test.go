package parser

import (
	"slices"
	"strings"
	"testing"
)

// wordRTF is a page as Word saves it in RTF: a font table, styles and the
// document's information to leave out, a code page's escapes and Unicode
// with its fallback, a table of labels and values, and a footer.
const wordRTF = `{\rtf1\adeflang1025\ansi\ansicpg1252\uc1\deff0{\fonttbl{\f0\froman\fcharset0 Times New Roman;}}
{\colortbl;\red0\green0\blue0;}{\stylesheet{\ql \fs22 Normal;}}{\*\generator Microsoft Word 16;}{\info{\title Projekt}{\author Anna}}
{\footer \pard\plain Sida 1 av 1\par}
\pard\plain\f0\fs28 2015/00764 - Within Kompetens\par
\pard\plain\par
\trowd\cellx3000\cellx9000 Projektnummer\cell 2015/00764\cell\row
\trowd\cellx3000\cellx9000 Projekt\'e4gare\cell Kristianstads kommun\cell\row
\pard Region: Sydsverige\par
Kontaktperson: Kaisa Welander \u8211?\~ \{chef\}\par
Beviljat ESF-st\u246\'f6d: 7 380 388 kr\par
{\*\bkmkstart x}{\field{\*\fldinst HYPERLINK "mailto:k@x.se"}{\fldrslt E-post: kaisa.welander@kristianstad.se}}\par
}`

// TestRTFLines checks the text of an RTF document, line by line, and the
// line of the file each stands on.
func TestRTFLines(t *testing.T) {
	text, at, enc, err := rtfLines([]byte(wordRTF))
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"2015/00764 - Within Kompetens", "",
		"Projektnummer\t2015/00764\t", "Projektägare\tKristianstads kommun\t",
		"Region: Sydsverige",
		"Kontaktperson: Kaisa Welander –\u00a0 {chef}", // a symbol takes no space after it
		"Beviljat ESF-stöd: 7 380 388 kr",
		"E-post: kaisa.welander@kristianstad.se",
	}
	got := strings.Split(strings.TrimSuffix(text, "\n"), "\n")
	if !slices.Equal(got, want) || !slices.Equal(at, []int{4, 5, 6, 7, 8, 9, 10, 11}) || enc != EncodingWindows1252 {
		t.Errorf("got %q %v %s\nwant %q [4 5 6 7 8 9 10 11]", got, at, enc, want)
	}
	for _, bad := range []string{`{\rtf1 a}}`, strings.Repeat("{", maxRTFDepth+1)} {
		if _, _, _, err := rtfLines([]byte(bad)); err == nil {
			t.Errorf("rtfLines(%.20q): no error", bad)
		}
	}
	// WordPad pads its file with a NUL after the document: no text. Text
	// after the document is kept.
	for pad, want := range map[string]string{"\r\n\x00": "Region: Sydsverige\n", "\r\nRegion: Skane\n": "Region: Sydsverige\nRegion: Skane\n"} {
		if text, _, _, err := rtfLines([]byte(`{\rtf1 Region: Sydsverige\par}` + pad)); err != nil || text != want {
			t.Errorf("rtfLines with %q after the document = %q, %v; want %q", pad, text, err, want)
		}
	}
	if _, _, enc, _ := rtfLines([]byte(`{\rtf1\mac Projekt\'8agare\par}`)); enc != "macintosh" {
		t.Errorf("\\mac: %s", enc)
	}
}

// TestRTFPage reads the document as a page, by its bytes and by its name.
func TestRTFPage(t *testing.T) {
	for _, path := range []string{"page.rtf", "page.txt", "-"} {
		if f := DetectFormat(path, []byte(wordRTF)); f != FormatRTF {
			t.Errorf("%s: detected as %q", path, f)
		}
		recs, err := Parse(path, []byte(wordRTF), Options{})
		if err != nil || len(recs) != 1 {
			t.Fatalf("%s: %v, %d records", path, err, len(recs))
		}
		r := recs[0]
		if r.ID == nil || *r.ID != "2015/00764" || r.Owner == nil || *r.Owner != "Kristianstads kommun" || r.ESFSupportSEK == nil || *r.ESFSupportSEK != 7380388 ||
			r.ContactEmail == nil || *r.ContactEmail != "kaisa.welander@kristianstad.se" || r.Lines[KeyOwner] != 7 {
			t.Errorf("%s: %s", path, asRead(t, r))
		}
	}
}

// FuzzRTF checks that no document makes the RTF reader panic, and that
// each line of its text has its line of the file, within the file.
func FuzzRTF(f *testing.F) {
	f.Add([]byte(wordRTF))
	f.Add([]byte(`{\rtf1\uc2\u-3908??\'\par\u10 a\\\{}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		text, at, _, err := rtfLines(data)
		if err != nil {
			return
		}
		lines := strings.Count(text, "\n")
		if len(at) != lines {
			t.Fatalf("%d lines, %d positions", lines, len(at))
		}
		max := 1 + strings.Count(string(data), "\n") + strings.Count(string(data), "\r")
		for _, n := range at {
			if n < 1 || n > max {
				t.Fatalf("line %d of %d", n, max)
			}
		}
		// The page it makes: no panic, the same records twice.
		once, err1 := Parse("fuzz.rtf", data, Options{Format: FormatRTF})
		twice, err2 := Parse("fuzz.rtf", data, Options{Format: FormatRTF})
		if (err1 == nil) != (err2 == nil) || len(once) != len(twice) {
			t.Fatalf("two parses differ: %v %v", err1, err2)
		}
		for i := range once {
			if a, b := asRead(t, once[i]), asRead(t, twice[i]); a != b {
				t.Fatalf("two parses differ:\n%s\n%s", a, b)
			}
		}
	})
}

// TestRTFEdges holds the reader of RTF to its edges: the code page's bytes
// and escapes, \u with its fallback and \uc, negative and missing
// parameters, the space that ends a word, control words of any letters,
// the depth of groups, a document that ends early, and empty paragraphs.
func TestRTFEdges(t *testing.T) {
	tests := []struct {
		name, in, want string
		at             []int
	}{
		{"a byte of the code page", "{\\rtf1 \x80 \xe4}", "€ ä\n", []int{1}},
		{"an escape in the code page named", "{\\rtf1\\ansi\\ansicpg1250 \\'e8}", "č\n", []int{1}},
		{"a negative \\u", "{\\rtf1 \\u-3913?x}", "\uf0b7x\n", []int{1}},
		{"\\uc0: no fallback", "{\\rtf1\\uc0\\u228 x}", "äx\n", []int{1}},
		{"\\uc with no number keeps one", "{\\rtf1\\uc \\u228?x}", "äx\n", []int{1}},
		{"an escaped brace as the fallback", "{\\rtf1 \\u8211\\{x}", "–x\n", []int{1}},
		{"a hex escape as the fallback", "{\\rtf1 \\u8211\\'e4x}", "–x\n", []int{1}},
		{"\\u0, its fallback after the space that ends it", "{\\rtf1 a\\u0 b}", "a\x00\n", []int{1}},
		{"the space that ends a word", "{\\rtf1 \\par x}", "\nx\n", []int{1, 1}},
		{"words of any letters", "{\\rtf1 \\zz \\AZ \\Za x}", "x\n", []int{1}},
		{"an escape cut short", "{\\rtf1 a\\'e", "ae\n", []int{1}},
		{"an escape at the end", "{\\rtf1 a\\'e4", "aä\n", []int{1}},
		{"a backslash at the end", "{\\rtf1 a\\", "a\n", []int{1}},
		{"a control word at the end", "{\\rtf1 a\\par", "a\n", []int{1}},
		{"a control word and its number at the end", "{\\rtf1 a\\uc-1", "a\n", []int{1}},
		{"no \\par at the end", "{\\rtf1 a}", "a\n", []int{1}},
		{"a \\par at the end", "{\\rtf1 a\\par}", "a\n", []int{1}},
		{"empty paragraphs on their lines", "{\\rtf1 a\\par\n\\par\n\n\\par b}", "a\n\n\nb\n", []int{1, 2, 4, 4}},
		{"nothing", "{\\rtf1}", "", nil},
		{"a paragraph over lines of the file, on its first", "{\\rtf1 a\nb\\par}", "ab\n", []int{1}},
	}
	for _, tt := range tests {
		text, at, _, err := rtfLines([]byte(tt.in))
		if err != nil || text != tt.want || !slices.Equal(at, tt.at) {
			t.Errorf("%s: %q %v %v, want %q %v", tt.name, text, at, err, tt.want, tt.at)
		}
	}
	deep := func(n int) []byte {
		return []byte(`{\rtf1 ` + strings.Repeat("{", n-1) + "x" + strings.Repeat("}", n))
	}
	if _, _, _, err := rtfLines(deep(maxRTFDepth - 1)); err != nil {
		t.Errorf("groups %d deep: %v", maxRTFDepth-1, err)
	}
	if _, _, _, err := rtfLines(deep(maxRTFDepth)); err == nil {
		t.Errorf("groups %d deep: no error", maxRTFDepth)
	}
}
