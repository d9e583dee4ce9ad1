package parser

import (
	"bytes"
	"errors"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/unicode/norm"
)

// TestEncodings checks that a seed page gives the identical record
// whatever encoding, byte-order mark, line ends or Unicode form it comes in.
func TestEncodings(t *testing.T) {
	tests := []struct {
		file, original, encoding string
	}{
		{"002_windows1252_crlf", "002_7858258275a19d00", EncodingWindows1252},
		{"000_utf16le_bom", "000_79b1cc7135eb8e4d", EncodingUTF16LE},
		{"001_utf16be_bom", "001_451f6fcbe595c098", EncodingUTF16BE},
		{"001_utf8_bom_crlf", "001_451f6fcbe595c098", EncodingUTF8},
		{"003_cr_only", "003_fc0d866d55fe1104", EncodingUTF8},
		{"004_nfd_trailing_blanks", "004_4a684bc2c2b12aa3", EncodingUTF8},
		{"002_mixed_eol_zero_width", "002_7858258275a19d00", EncodingUTF8},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			got := parseFile(t, "encodings/"+tt.file+".txt")
			want := parseFile(t, "pages/"+tt.original+".txt")
			if got.Source.Encoding != tt.encoding {
				t.Errorf("encoding = %q, want %q", got.Source.Encoding, tt.encoding)
			}
			got.Source, want.Source = Source{}, Source{}
			got.Raw, want.Raw = nil, nil
			if !reflect.DeepEqual(recordMap(t, got), recordMap(t, want)) {
				t.Errorf("record differs from %s:\n%s", tt.original, lineDiff(jsonString(want), jsonString(got)))
			}
		})
	}
}

func TestDecode(t *testing.T) {
	tests := []struct {
		name     string
		in       []byte
		force    string
		want     string
		encoding string
		err      error
	}{
		{"utf-8", []byte("Region\nSydsverige"), "", "Region\nSydsverige", EncodingUTF8, nil},
		{"utf-8 bom", []byte("\xef\xbb\xbfÖ"), "", "Ö", EncodingUTF8, nil},
		{"utf-16le bom", []byte("\xff\xfe\xd6\x00\n\x00"), "", "Ö\n", EncodingUTF16LE, nil},
		{"utf-16be bom", []byte("\xfe\xff\x00\xd6\x00\n"), "", "Ö\n", EncodingUTF16BE, nil},
		{"utf-16le without bom", []byte("R\x00e\x00g\x00i\x00o\x00n\x00\n\x00S\x00y\x00d\x00"), "", "Region\nSyd", EncodingUTF16LE, nil},
		{"windows-1252", []byte("St\xf6dmottagare ort\n\x96 \x93x\x94"), "", "Stödmottagare ort\n– “x”", EncodingWindows1252, nil},
		{"nfc", []byte("a\u030angest"), "", "ångest", EncodingUTF8, nil},
		{"forced latin1", []byte("G\xe4vle"), "iso-8859-1", "Gävle", EncodingWindows1252, nil},
		{"forced utf-8 keeps bom out", []byte("\xef\xbb\xbfx"), "utf-8", "x", EncodingUTF8, nil},
		{"nul padding at the end", []byte("Region\nSydsverige\n\x00\x00\x00"), "", "Region\nSydsverige\n", EncodingUTF8, nil},
		{"binary nul", []byte("PK\x03\x04\x00\x00\x08\x00"), "", "", "", ErrBinary},
		{"binary control bytes", []byte("\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f"), "", "", "", ErrBinary},
		{"unknown forced encoding", []byte("x"), "klingon", "", "", ErrEncoding},
		// Lines of two encodings, each read in its own: UTF-8 among
		// Windows-1252 lines more than the UTF-8's characters.
		{"mixed lines", []byte("Projektfas: F\xc3\xb6rprojektering, n\xc3\xa4r\nProjekt\xe4gare: Arbete och F\xf6rs\xf6rjning\r\nR\xe5d"), "", "Projektfas: Förprojektering, när\nProjektägare: Arbete och Försörjning\r\nRåd", EncodingWindows1252, nil},
		{"mixed lines, a lone CR", []byte("F\xc3\xb6r \xc3\xa4\rf\xf6r \xe4 \xe5"), "", "För ä\rför ä å", EncodingWindows1252, nil},
		// One character of UTF-8 (minMixedUTF8-1) may be two of
		// Windows-1252's: the input is read whole as Windows-1252.
		{"one UTF-8 character", []byte("F\xc3\xb6r\nf\xf6r \xe4 \xe5"), "", "FÃ¶r\nför ä å", EncodingWindows1252, nil},
		// A line of Windows-1252 whose letters happen to make UTF-8 of
		// no Swedish text's characters ("Ö" and a no-break space,
		// U+05A0) is Windows-1252's.
		{"an accidental pair", []byte("Projektfas: F\xc3\xb6rprojektering, n\xc3\xa4r\nOrt: MALM\xd6\xa0\nProjekt\xe4gare: Malm\xf6 stad, f\xf6r v\xe4gledning\n"), "", "Projektfas: Förprojektering, när\nOrt: MALMÖ\u00a0\nProjektägare: Malmö stad, för vägledning\n", EncodingWindows1252, nil},
		// A Mac's letters, an accent after its letter, read as UTF-8.
		{"mixed lines, decomposed", []byte("Projektfas: Fo\xcc\x88rprojektering och sto\xcc\x88d\nProjekt\xe4gare: Malm\xf6 stad, f\xf6r v\xe4gledning\n"), "", "Projektfas: Förprojektering och stöd\nProjektägare: Malmö stad, för vägledning\n", EncodingWindows1252, nil},
		// A line with both is Windows-1252's.
		{"a line of both", []byte("F\xc3\xb6r \xc3\xa4 f\xf6r\nf\xf6r \xe4 \xe5"), "", "FÃ¶r Ã¤ för\nför ä å", EncodingWindows1252, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, enc, err := Decode(tt.in, tt.force)
			if tt.err != nil {
				if !errors.Is(err, tt.err) {
					t.Fatalf("err = %v, want %v", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got != tt.want || enc != tt.encoding {
				t.Errorf("Decode = %q, %q; want %q, %q", got, enc, tt.want, tt.encoding)
			}
		})
	}
}

// TestHugeLine checks that no line is too long to read: an 8 MB line of
// summary text comes through whole.
func TestHugeLine(t *testing.T) {
	long := strings.Repeat("Lång text om projektet. ", 8<<20/len("Lång text om projektet. "))
	page := "Projektnummer:\n2020/00634\nRegion:\nSydsverige\n\n" + long
	p := parseOne(t, "huge.txt", []byte(page))
	if p.Summary == nil || len(*p.Summary) != len(strings.TrimSpace(long)) {
		t.Fatalf("summary has %d bytes, want %d", len(str(p.Summary).(string)), len(strings.TrimSpace(long)))
	}
}

// TestLatinNFC checks the fast path of NFC against the norm package: every
// character it passes is in NFC after every other character it passes.
func TestLatinNFC(t *testing.T) {
	var passed []rune
	for r := rune(0); r < 0x3000; r++ {
		if s := string(r); latinNFC(s) {
			passed = append(passed, r)
			if !norm.NFC.IsNormalString(s) {
				t.Errorf("latinNFC passes %U, which is not NFC", r)
			}
		}
	}
	for _, r := range []rune{'å', 'Ö', 'é', '–', '“', '•', '€', 'ł'} {
		if !latinNFC(string(r)) {
			t.Errorf("latinNFC misses %q", r)
		}
	}
	for _, s := range []string{"a\u030a", "\u2126", "\u2000", "ﬁ", "\u212b"} {
		if latinNFC(s) {
			t.Errorf("latinNFC passes %q", s)
		}
	}
	// Pairs of passed characters stay in NFC, so the check holds for any
	// text of them, not only for single characters.
	for _, a := range passed {
		for _, b := range []rune{'a', 'å', 'A', '\u00a0', '\u2013', 0x17F} {
			if s := string(a) + string(b); !norm.NFC.IsNormalString(s) {
				t.Errorf("%q is not NFC", s)
			}
		}
	}
}

// FuzzScanUTF8 proves the one-pass scan equal to the passes it replaces:
// utf8.Valid with no NUL, and latinNFC.
func FuzzScanUTF8(f *testing.F) {
	for _, s := range []string{"", "abc", "Övre Norrland – å", "a\x00b", "\xff", "€ …\u2002", "é\u0301", "12345678abcdefgh\xc3", "\uFEFFx", "ǅ", "\u2001"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		valid, latin := scanUTF8(data)
		wantValid := utf8.Valid(data) && bytes.IndexByte(data, 0) < 0
		if valid != wantValid || valid && latin != latinNFC(string(data)) {
			t.Fatalf("scanUTF8(%q) = %v, %v; want %v, %v", data, valid, latin, wantValid, wantValid && latinNFC(string(data)))
		}
		if got, want := scanText(data), scanTextByRune(data); got != want {
			t.Fatalf("scanText(%q) = %+v, rune by rune %+v", data, got, want)
		}
	})
}

// scanTextByRune is scanText without its eight bytes at a time: what the
// fast path must agree with.
func scanTextByRune(data []byte) textScan {
	sc := textScan{valid: true, latin: true}
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			sc.valid, sc.latin = false, false
			sc.invalid++
		case r == 0:
			sc.nul = true
		case r < 0x20 && !strings.ContainsRune("\n\r\t\f", r):
			sc.typography = sc.typography || r == '\v'
			if i < binaryHead {
				sc.control++
			}
		case r >= utf8.RuneSelf:
			sc.multi++
			sc.latin = sc.latin && latinRune(r)
			sc.typography = sc.typography || typographyRune(r)
		}
		i += size
	}
	return sc
}

// TestScanTextAtEveryOffset moves each kind of byte scanText stops at
// through the eight positions of a word and past a word's end, near the
// binaryHead edge too.
func TestScanTextAtEveryOffset(t *testing.T) {
	for _, odd := range []string{"\n", "\x01", "\x00", "\v", "å", "\u00a0", "\u2011", "\xff", "\xc3", "€", "\x1f", " "} {
		for _, pad := range []int{0, 1, 7, 8, 9, 15, 16, binaryHead - 9, binaryHead - 1, binaryHead} {
			for _, tail := range []string{"", "x", "abcdefgh", "abcdefghijklmnop"} {
				data := []byte(strings.Repeat("a", pad) + odd + tail)
				if got, want := scanText(data), scanTextByRune(data); got != want {
					t.Errorf("scanText(%q at %d, then %q) = %+v, want %+v", odd, pad, tail, got, want)
				}
			}
		}
	}
}

// FuzzDecode proves the one-pass decoding equal to the general one: the
// same text, encoding and repaired lines as the passes it replaces, for
// every input without a byte-order mark or UTF-16.
func FuzzDecode(f *testing.F) {
	for _, s := range []string{"Region:\nSydsverige", "𝐏𝐫𝐨𝐣𝐞𝐤𝐭ä𝐠𝐚𝐫𝐞:\n𝟰𝟬𝟬 Ｒｅｇｉｏｎ\n", "R\xe4kna \x80 \x81\x8d\x8f\x90\x9d", "blandat \xe5 och å", "a\x00b", "e\u0301", "\x01\x02\x03\x04", strings.Repeat("\x80\x93\xe4", 200)} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		if bytes.HasPrefix(data, bomUTF8) || bytes.HasPrefix(data, bomUTF16LE) || bytes.HasPrefix(data, bomUTF16BE) || sniffUTF16(data) != "" {
			return
		}
		got, gotErr := decode(data, "")
		want, wantErr := slowDecode(data)
		// Whether Windows-1252 text has a byte that is not quiet is what
		// decode weighs, not what it reads.
		got.odd1252 = false
		if (gotErr != nil) != (wantErr != nil) || gotErr == nil && !reflect.DeepEqual(got, want) {
			t.Fatalf("decode(%q) = %+v, %v; want %+v, %v", data, got, gotErr, want, wantErr)
		}
		// Styled letters are read line for line: as many lines, and each
		// line named is changed.
		if text := string(data); utf8.ValidString(text) {
			plain, lines := plainLetters(text)
			was, is := strings.Split(text, "\n"), strings.Split(plain, "\n")
			if len(was) != len(is) {
				t.Fatalf("plainLetters(%q) = %q: %d lines, want %d", text, plain, len(is), len(was))
			}
			for _, n := range lines {
				if was[n-1] == is[n-1] {
					t.Fatalf("plainLetters(%q) names line %d, unchanged", text, n)
				}
			}
			if lines == nil && plain != text {
				t.Fatalf("plainLetters(%q) = %q, naming no line", text, plain)
			}
		}
	})
}

// slowDecode is detection as it is written without shortcuts: binary,
// else UTF-8 (repaired), else Windows-1252 through golang.org/x/text.
func slowDecode(data []byte) (decoded, error) {
	data, r := repairTwice(data)
	if looksBinary(data) {
		return decoded{}, ErrBinary
	}
	d, err := decodeWith(data, charmap.Windows1252, EncodingWindows1252)
	if utf8.Valid(data) || mostlyUTF8(data) {
		d, err = decodeUTF8(data)
	} else if m, ok := decodeMixed(data); ok && utf8Sequences(data) >= minMixedUTF8 {
		d, err = m, nil
	}
	d.undoubled, d.guessed, d.recoded, d.unrepaired = r.undoubled, r.guessed, r.recoded, r.unrepaired
	if d.encoding == EncodingUTF8 && hasC1(string(data)) {
		d.c1 = c1Lines(data)
	}
	d.text, d.styled = plainLetters(d.text)
	d.text, d.lookalike = latinLookalikes(d.text)
	return d, err
}

// utf8Sequences counts the characters of two bytes or more in data that
// are UTF-8.
func utf8Sequences(data []byte) int {
	n := 0
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if size > 1 && r != utf8.RuneError {
			n++
		}
		i += size
	}
	return n
}

// TestMixedEncodingsNamed reads a page whose lines are in two encodings,
// more of Windows-1252's characters than of UTF-8's, each in its own, and
// says so once, on its first line of UTF-8.
func TestMixedEncodingsNamed(t *testing.T) {
	page := "Framtidsresan\n\nProjektnummer: 2020/00634\nProjektfas: F\xc3\xb6rprojektering\nProjekt\xe4gare: Perstorps kommun\nStadsdel: N\xc3\xa4rheten\nOrt: G\xe4vle, \xc5re och \xd6rebro\n"
	rec := parseOne(t, "p.txt", []byte(page))
	if deref(rec.ProjectPhase) != "Förprojektering" || deref(rec.Owner) != "Perstorps kommun" || rec.Source.Encoding != EncodingWindows1252 {
		t.Errorf("phase %q, owner %q, encoding %s", deref(rec.ProjectPhase), deref(rec.Owner), rec.Source.Encoding)
	}
	var said []Warning
	for _, w := range rec.Warnings {
		if strings.HasPrefix(w.Message, mixedNote) {
			said = append(said, w)
		}
	}
	if len(said) != 1 || said[0].Line != 4 {
		t.Errorf("mixed encodings said %+v, want once on line 4", said)
	}
}

// TestMixedDeclines reads the lines of UTF-8 among lines that read as a
// legacy code page's (CP850's here) each in its own encoding, and leaves
// an input with no line of either to the whole input's reading.
func TestMixedDeclines(t *testing.T) {
	cp850 := "F\x94rprojektering i Tr\x84lleborg, r\x86d och st\x94d\nProjekt\x84gare: Arbete och F\x94rs\x94rjning\n"
	data := []byte("Projektfas: F\xc3\xb6rprojektering och st\xc3\xb6d\n" + cp850)
	d, ok := decodeMixed(data)
	if want := "Projektfas: Förprojektering och stöd\nFörprojektering i Trälleborg, råd och stöd\nProjektägare: Arbete och Försörjning\n"; !ok || d.text != want || d.encoding == EncodingWindows1252 {
		t.Errorf("decodeMixed of UTF-8 and CP850: %v, %q (%s)", ok, d.text, d.encoding)
	}
	if _, ok := decodeMixed([]byte(strings.ReplaceAll(cp850, "\x94", "\xf6"))); ok {
		t.Errorf("decodeMixed read an input with no line of UTF-8")
	}
	if _, ok := decodeMixed([]byte("F\xc3\xb6r och st\xc3\xb6d\nRegion: Syd\n")); ok {
		t.Errorf("decodeMixed read an input with no line of Windows-1252")
	}
}

// TestPadding reads an input whose end is padded with NUL bytes as the
// input without them, named on its last line; a NUL among its text is
// still a binary file's, and text in UTF-16 keeps its NULs.
func TestPadding(t *testing.T) {
	page := "Egenmakt\n\nProjektnummer: 2015/00764\nRegion: Sydsverige\n"
	for _, tt := range []struct {
		name, in string
		line     int
	}{
		{"after the last line's end", page + "\x00\x00\x00", 4},
		{"one NUL", page + "\x00", 4},
		{"with no line end", strings.TrimSuffix(page, "\n") + "\x00\x00", 4},
		{"a saved page", "<html><body><h1>Egenmakt</h1><p>Projektnummer: 2015/00764</p>\n<p>Region: Sydsverige</p></body></html>\n\x00", 2},
	} {
		recs, err := Parse("p", []byte(tt.in), Options{})
		if err != nil || len(recs) != 1 {
			t.Errorf("%s: %v, %d records", tt.name, err, len(recs))
			continue
		}
		if deref(recs[0].Region) != "Sydsverige" || warningSaying(recs[0], tt.line, "NUL bytes") == nil {
			t.Errorf("%s: region %q, warnings %v", tt.name, deref(recs[0].Region), recs[0].Warnings)
		}
	}
	if _, err := Parse("p", []byte("Egenmakt\x00\nRegion: Sydsverige\n\x00"), Options{}); !errors.Is(err, ErrBinary) {
		t.Errorf("a NUL among the text: %v, want ErrBinary", err)
	}
	for in, want := range map[string]string{"a\x00\x00": "a", "a\x00b\x00": "a\x00b\x00", "\x00\x00": "\x00\x00", "a": "a", "": ""} {
		got, ok := cutPadding([]byte(in))
		if string(got) != want || ok != (want != in) {
			t.Errorf("cutPadding(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
}

// TestMixedMacRoman reads a file of a page saved on a Mac (Mac Roman)
// joined with one in UTF-8, each line in its own encoding.
func TestMixedMacRoman(t *testing.T) {
	mac := "Gagna:kompetens\n\nProjekt\x8agare: Regionf\x9arbundet \x85stsam\nSammanfattning\n\nUtg\x8cngspunkten f\x9ar f\x9arstudien \x8er medborgarens behov och v\x8alf\x8ard.\n"
	utf := "Egenmakt\n\nProjektägare: Arbete och Försörjning\nSammanfattning\n\nDenna förprojektering ämnar att tillse vilka insatser som behövs.\n"
	recs := mustParse(t, []byte(utf+"\n----\n\n"+mac))
	if len(recs) != 2 || str(recs[0].Owner) != "Arbete och Försörjning" || str(recs[1].Owner) != "Regionförbundet Östsam" || !strings.Contains(deref(recs[1].Summary), "Utgångspunkten för förstudien") {
		for _, r := range recs {
			t.Errorf("owner %v, summary %q (%s)", str(r.Owner), deref(r.Summary), r.Source.Encoding)
		}
	}
}
