package parser

import (
	"bytes"
	"encoding/json"
	"fmt"
	"iter"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// propertyPages are the test pages the properties vary: the seeds and
// their variants, in their paths' order, so that a property's random
// choices fall on the same pages in every run.
func propertyPages(t testing.TB) iter.Seq2[string, []byte] {
	t.Helper()
	pages := readPages(t, "pages", "variants")
	return func(yield func(string, []byte) bool) {
		for _, name := range sortedKeys(pages) {
			if !yield(name, pages[name]) {
				return
			}
		}
	}
}

// readPages reads the test pages of the folders of testdata dirs, by
// their paths in it.
func readPages(t testing.TB, dirs ...string) map[string][]byte {
	t.Helper()
	pages := map[string][]byte{}
	for _, dir := range dirs {
		for _, rel := range pagePaths(t, dir) {
			data, err := os.ReadFile(filepath.Join(testdata, rel))
			if err != nil {
				t.Fatal(err)
			}
			pages[rel] = data
		}
	}
	return pages
}

var lineNumber = regexp.MustCompile(`line \d+`)

// comparable writes records as JSON without what moves when a page moves
// within its input: source.line and the lines of warnings.
func comparable(t testing.TB, recs []*Project) string {
	t.Helper()
	var b strings.Builder
	for _, rec := range recs {
		m := jsonMap(t, rec)
		delete(m["source"].(map[string]any), "line")
		delete(m["source"].(map[string]any), "path")
		for _, w := range m["warnings"].([]any) {
			delete(w.(map[string]any), "line")
			w.(map[string]any)["message"] = lineNumber.ReplaceAllString(w.(map[string]any)["message"].(string), "line N")
		}
		data, _ := json.MarshalIndent(m, "", " ")
		b.Write(data)
		b.WriteByte('\n')
	}
	return b.String()
}

func mustParse(t testing.TB, data []byte) []*Project {
	t.Helper()
	recs, err := Parse("input.txt", data, Options{})
	if err != nil {
		t.Fatal(err)
	}
	return recs
}

// separators are what stands between pages pasted into one input.
var separators = []struct{ name, text string }{
	{"newline", "\n"},
	{"blank line", "\n\n"},
	{"blank lines", "\n\n\n\n\n"},
	{"dashes", "\n----\n"},
	{"long rule", "\n\n========================================\n\n"},
	{"form feed", "\n\f"},
	{"form feed line", "\n\f\n"},
	{"banner", "\n\nLogotyp på utskrifter\n\nStäng\n\n"},
	{"print footer", "\nhttps://www.esf.se/projektbanken/projekt 2/2\n\f2024-03-05 14:22 Projektbanken\n"},
	{"crlf", "\r\n\r\n"},
}

// TestPastedPages checks that pages pasted into one input read as the
// pages read alone, in order, whatever stands between them, and that each
// record says on which line its page starts.
func TestPastedPages(t *testing.T) {
	pages := readPages(t, "pages", "variants")
	names := sortedKeys(pages)
	for i, a := range names {
		b := names[(i*7+3)%len(names)]
		want := comparable(t, append(mustParse(t, pages[a]), mustParse(t, pages[b])...))
		for _, sep := range separators {
			first := bytes.TrimRight(pages[a], "\n")
			input := append(append(append([]byte{}, first...), sep.text...), pages[b]...)
			t.Run(fmt.Sprintf("%s+%s/%s", filepath.Base(a), filepath.Base(b), sep.name), func(t *testing.T) {
				recs := mustParse(t, input)
				if got := comparable(t, recs); got != want {
					t.Fatalf("pasted pages read differently:\n%s", lineDiff(want, got))
				}
				if recs[0].Source.Line != firstTextLine(input, 0) {
					t.Errorf("first page starts on line %d, want %d", recs[0].Source.Line, firstTextLine(input, 0))
				}
				// Furniture between the pages belongs to the second: a
				// banner, a print footer.
				if want := firstTextLine(input, len(first)); recs[1].Source.Line != want {
					t.Errorf("second page starts on line %d, want %d", recs[1].Source.Line, want)
				}
			})
		}
		// With nothing between them, the second page starts on the last
		// line of the first, which had no line end.
		t.Run(filepath.Base(a)+"+"+filepath.Base(b)+"/nothing", func(t *testing.T) {
			input := append(bytes.TrimRight(pages[a], "\n"), pages[b]...)
			if got := comparable(t, mustParse(t, input)); got != want {
				t.Fatalf("glued pages read differently:\n%s", lineDiff(want, got))
			}
		})
	}
}

// firstTextLine returns the 1-based line of the first line at or after the
// byte offset that holds text.
func firstTextLine(data []byte, offset int) int {
	line := 1 + bytes.Count(data[:offset], []byte("\n"))
	for _, l := range strings.Split(string(data[offset:]), "\n") {
		if strings.TrimSpace(strings.Trim(l, "\f\r")) != "" && !isSeparator(strings.TrimSpace(l)) {
			return line
		}
		line++
	}
	return line
}

func sortedKeys(m map[string][]byte) []string {
	var keys []string
	for k := range m {
		keys = append(keys, k)
	}
	for i := range keys {
		for j := i + 1; j < len(keys); j++ {
			if keys[j] < keys[i] {
				keys[i], keys[j] = keys[j], keys[i]
			}
		}
	}
	return keys
}

// TestSamePageTwice checks that a page given twice is two records.
func TestSamePageTwice(t *testing.T) {
	for name, data := range propertyPages(t) {
		input := append(append(append([]byte{}, data...), "\n\n"...), data...)
		if recs := mustParse(t, input); len(recs) != 2 {
			t.Errorf("%s twice: %d records, want 2", name, len(recs))
		}
	}
}

// blockLines returns the indexes of the lines of a page's field block: the
// lines the reader used as labels, values and extra.
func blockLines(text string) (lines []string, block map[int]bool) {
	r := parseText("input.txt", text, nil, nil)
	block = map[int]bool{}
	for i, u := range r.uses {
		switch u.disp {
		case dispLabel, dispValue, dispExtra:
			block[r.lines[i].num-1] = true
		}
	}
	return splitLines(text), block
}

// TestBlankLinesInBlock checks that blank lines between the lines of the
// field block, as a browser copy has them, and a printed page's break with
// its header and footer inside the block, leave the record as it was.
func TestBlankLinesInBlock(t *testing.T) {
	insertions := []struct{ name, text string }{
		{"blank line", ""},
		{"blank lines", "\n\n"},
		{"page break", "\nhttps://www.esf.se/projektbanken/projekt 1/2\n\f2024-03-05 14:22 Projektbanken - Svenska ESF-rådet\nSida 2 av 2\n"},
	}
	for name, data := range propertyPages(t) {
		text, _, err := Decode(data, "")
		if err != nil {
			t.Fatal(err)
		}
		want := comparable(t, mustParse(t, data))
		lines, block := blockLines(text)
		last := -1
		for i := range lines {
			if block[i] {
				last = i
			}
		}
		for _, ins := range insertions {
			t.Run(filepath.Base(name)+"/"+ins.name, func(t *testing.T) {
				var b strings.Builder
				for i, l := range lines {
					b.WriteString(l + "\n")
					if block[i] && i < last {
						b.WriteString(ins.text + "\n")
					}
				}
				got := comparable(t, mustParse(t, []byte(b.String())))
				if got != want {
					t.Fatalf("record changed:\n%s", lineDiff(want, got))
				}
			})
		}
	}
}

// TestReencoded checks that a page reads the same in every encoding and
// line end it arrives in; a stray Windows-1252 byte in UTF-8 is repaired
// with one warning that names its line.
func TestReencoded(t *testing.T) {
	utf16 := func(order unicode.Endianness) func([]byte) []byte {
		return func(b []byte) []byte {
			out, err := unicode.UTF16(order, unicode.UseBOM).NewEncoder().Bytes(b)
			if err != nil {
				t.Fatal(err)
			}
			return out
		}
	}
	encodings := []struct {
		name     string
		encode   func([]byte) []byte
		encoding string
	}{
		{"crlf", func(b []byte) []byte { return bytes.ReplaceAll(b, []byte("\n"), []byte("\r\n")) }, EncodingUTF8},
		{"bom", func(b []byte) []byte { return append([]byte("\uFEFF"), b...) }, EncodingUTF8},
		{"utf-16le", utf16(unicode.LittleEndian), EncodingUTF16LE},
		{"utf-16be", utf16(unicode.BigEndian), EncodingUTF16BE},
		{"windows-1252", func(b []byte) []byte {
			out, err := charmap.Windows1252.NewEncoder().Bytes(b)
			if err != nil {
				return nil
			}
			return out
		}, EncodingWindows1252},
	}
	for name, data := range propertyPages(t) {
		want := comparable(t, mustParse(t, data))
		for _, enc := range encodings {
			t.Run(filepath.Base(name)+"/"+enc.name, func(t *testing.T) {
				encoded := enc.encode(data)
				if encoded == nil {
					t.Skip("page has characters Windows-1252 lacks")
				}
				recs := mustParse(t, encoded)
				if recs[0].Source.Encoding != enc.encoding {
					t.Errorf("encoding = %s, want %s", recs[0].Source.Encoding, enc.encoding)
				}
				recs[0].Source.Encoding = EncodingUTF8
				if got := comparable(t, recs); got != want {
					t.Fatalf("record changed:\n%s", lineDiff(want, got))
				}
			})
		}
		t.Run(filepath.Base(name)+"/stray byte", func(t *testing.T) {
			// A no-break space typed on Windows, in the last line of text.
			at := bytes.LastIndexByte(bytes.TrimRight(data, " \n"), ' ')
			if at < 0 {
				t.Skip("no space to replace")
			}
			stray := append(append(append([]byte{}, data[:at]...), 0xA0), data[at+1:]...)
			recs := mustParse(t, stray)
			line := 1 + bytes.Count(data[:at], []byte("\n"))
			var found *Warning
			for i, w := range recs[0].Warnings {
				if w.Kind == WarnEncoding {
					found = &recs[0].Warnings[i]
				}
			}
			if found == nil || found.Line != line {
				t.Fatalf("warnings = %v, want one on line %d", recs[0].Warnings, line)
			}
			recs[0].Warnings = slicesDelete(recs[0].Warnings, found)
			if got := comparable(t, recs); got != strings.ReplaceAll(want, "\u00a0", " ") && got != want {
				t.Fatalf("record changed:\n%s", lineDiff(want, got))
			}
		})
	}
}

func slicesDelete(ws []Warning, w *Warning) []Warning {
	var out []Warning
	for i := range ws {
		if &ws[i] != w {
			out = append(out, ws[i])
		}
	}
	if out == nil {
		out = []Warning{}
	}
	return out
}
