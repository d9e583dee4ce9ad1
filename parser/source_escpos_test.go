package parser

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"
)

// printFile writes text as a receipt printer's print file: the printer
// reset, the code table n chosen, each line's letters in cm, the title
// centred and in double size, a logo's raster image above it (its bytes
// holding line feeds), the paper fed and cut at the end.
func printFile(t *testing.T, text string, n byte, cm *charmap.Charmap) []byte {
	t.Helper()
	var b bytes.Buffer
	b.WriteString("\x1b@\x1bt")
	b.WriteByte(n)
	// A logo 2 bytes wide and 3 rows high, with line feeds among its dots.
	b.WriteString("\x1ba\x01\x1dv0\x00\x02\x00\x03\x00\n\n\x0a\xff\x00\n\x1ba\x00")
	for k, line := range strings.Split(text, "\n") {
		enc, err := cm.NewEncoder().String(line)
		if err != nil {
			t.Fatalf("%q: %v", line, err)
		}
		if k == 0 {
			b.WriteString("\x1b!\x30\x1bE\x01" + enc + "\x1bE\x00\x1b!\x00\n")
			continue
		}
		b.WriteString(enc + "\n")
	}
	b.WriteString("\x1bd\x03\x1dVA\x03")
	return b.Bytes()
}

// printerNearest writes the letters the code tables lack as a printer prints
// them.
var printerNearest = strings.NewReplacer("–", "-", "—", "-", "”", `"`, "“", `"`, "’", "'", "•", "*", "…", "...")

// TestReceiptPrintFiles reads the seeds printed as receipts and kept as
// print files in each code table: each reads as the seed printed as text.
func TestReceiptPrintFiles(t *testing.T) {
	for _, seed := range []string{seed2021, seed2014} {
		// The letters a code table lacks, printed as the printer's
		// nearest.
		page := printerNearest.Replace(printedOnReceipt(t, seed, 42, true, false, "-"))
		want := jsonMap(t, parseOne(t, seed, []byte(page)))
		for n, ct := range codeTables {
			data := printFile(t, page, n, ct.cm)
			if f := DetectFormat("utskrift.bin", data); f != FormatReceipt {
				t.Errorf("%s in %s: DetectFormat = %s", seed, ct.name, f)
			}
			rec := parseOne(t, "utskrift.prn", data)
			got := jsonMap(t, rec)
			for _, k := range receiptFields {
				if !sameOnReceipt(got[k], want[k]) {
					t.Errorf("%s in %s: %s = %.80s, want %.80s", seed, ct.name, k, jsonString(got[k]), jsonString(want[k]))
				}
			}
			if rec.Source.Format != FormatReceipt || rec.Source.Encoding != ct.encoding {
				t.Errorf("%s in %s: source %+v", seed, ct.name, rec.Source)
			}
		}
	}
}

func TestPrintedText(t *testing.T) {
	for _, tt := range []struct {
		name, in, want string
		at             []int
		table          string
	}{
		{"CP437 by default", "\x1b@Sm\x86 \x84 \x94\n", "Små ä ö\n", []int{1, 2}, "CP437"},
		{"CP865 chosen", "\x1b@\x1bt\x05\x9b\x9d\n", "øØ\n", []int{1, 2}, "CP865"},
		{"CP850 chosen", "\x1bt\x02\x8f\x8e\x99\n", "ÅÄÖ\n", []int{1, 2}, "CP850"},
		{"UTF-8 with no table chosen", "\x1b@Försörjning\n", "Försörjning\n", []int{1, 2}, "UTF-8"},
		{"a feed of lines", "A\x1bd\x02B", "A\n\nB", []int{1, 1, 1}, "CP437"},
		{"a raster image's line feeds counted", "\x1dv0\x00\x01\x00\x02\x00\n\nA\nB", "A\nB", []int{3, 4}, "CP437"},
		{"a barcode's data", "\x1dk\x04123\x00A\x1dkE\x0320xA", "AA", []int{1}, "CP437"},
		{"a function with its length (a QR code)", "\x1d(k\x04\x001P0xA\n", "A\n", []int{1, 2}, "CP437"},
		{"tab positions", "\x1bD\x08\x10\x00A\tB", "A\tB", []int{1}, "CP437"},
		{"a command cut short", "A\x1b", "A", []int{1}, "CP437"},
		{"a cut after a feed", "A\n\x1dVB\x03", "A\n", []int{1, 2}, "CP437"},
	} {
		p := printedText([]byte(tt.in))
		if p.text != tt.want || p.table != tt.table || !slices.Equal(p.at, tt.at) {
			t.Errorf("%s: printedText(%q) = %q at %v in %s, want %q at %v in %s", tt.name, tt.in, p.text, p.at, p.table, tt.want, tt.at, tt.table)
		}
	}
}

// TestUnknownCodeTable names a code table esf does not know, whose letters
// may read wrong.
func TestUnknownCodeTable(t *testing.T) {
	page := printerNearest.Replace(printedOnReceipt(t, seed2021, 42, true, false, "-"))
	data := printFile(t, page, 17, charmap.CodePage437)
	rec := parseOne(t, "utskrift.prn", data)
	found := false
	for _, w := range rec.Warnings {
		found = found || strings.Contains(w.Message, "code table 17")
	}
	if !found {
		t.Errorf("no warning of code table 17: %v", rec.Warnings)
	}
}

func TestLooksLikeReceipt(t *testing.T) {
	cut := "\x1dVA\x03"
	for _, tt := range []struct {
		name string
		in   string
		want bool
	}{
		{"the printer reset first", "\x1b@Namn: A\n", true},
		{"after a driver's NUL bytes", "\x00\x00\x1b@Namn: A\n", true},
		{"another command first and a cut", "\x1b!\x00Namn: A\n" + cut, true},
		{"the cut within the sniffed start", "\x1b!\x00" + strings.Repeat("a", receiptSniffLen-5) + cut, true},
		{"the cut past it", "\x1b!\x00" + strings.Repeat("a", receiptSniffLen-3) + cut, false},
		{"another command first and no cut", "\x1b!\x00Namn: A\n", false},
		{"PCL's reset", "\x1bE\x1b&l0O" + cut, false},
		{"text", "Namn: A\n", false},
	} {
		if got := looksLikeReceipt([]byte(tt.in)); got != tt.want {
			t.Errorf("%s: looksLikeReceipt = %v, want %v", tt.name, got, tt.want)
		}
	}
	// Text saved as .prn, with no printer's command, is text.
	if f := DetectFormat("utskrift.prn", []byte("Namn: A\nRegion: Syd\n")); f != FormatText {
		t.Errorf("text named .prn: DetectFormat = %s, want text", f)
	}
	if f := DetectFormat("utskrift.prn", []byte("\x1b!\x00Namn: A\n")); f != FormatReceipt {
		t.Errorf("a print file named .prn: DetectFormat = %s, want receipt", f)
	}
}
