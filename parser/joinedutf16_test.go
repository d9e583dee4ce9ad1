package parser

import (
	"bytes"
	"encoding/hex"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf16"
)

func utf16Bytes(s string, big bool) []byte {
	out := []byte{0xFF, 0xFE}
	if big {
		out = []byte{0xFE, 0xFF}
	}
	for _, u := range utf16.Encode([]rune(s)) {
		if big {
			out = append(out, byte(u>>8), byte(u))
		} else {
			out = append(out, byte(u), byte(u>>8))
		}
	}
	return out
}

// TestJoinedUTF16 reads a text file and a UTF-16 one joined, in either
// order of byte, with a sheet break between or none, and a file after
// them, each page as it reads alone; the UTF-16 part is named at its
// first line.
func TestJoinedUTF16(t *testing.T) {
	one, err := os.ReadFile(filepath.Join(testdata, "pages", "001_451f6fcbe595c098.txt"))
	if err != nil {
		t.Fatal(err)
	}
	two, err := os.ReadFile(filepath.Join(testdata, "pages", "002_7858258275a19d00.txt"))
	if err != nil {
		t.Fatal(err)
	}
	ids := func(data []byte) (got []string, notes []int) {
		recs, err := Parse("joined.txt", data, Options{})
		if err != nil {
			t.Error(err)
		}
		for _, r := range recs {
			got = append(got, deref(r.ID))
			for _, w := range r.Warnings {
				if w.Message == joinedUTF16Note {
					notes = append(notes, w.Line)
				}
			}
		}
		return got, notes
	}
	line := bytes.Count(one, []byte("\n")) + 1 // the UTF-16 part's first line
	for _, tt := range []struct {
		name  string
		data  []byte
		ids   string
		notes []int
	}{
		{"UTF-16LE after UTF-8", append(bytes.Clone(one), utf16Bytes(string(two), false)...), "2020/00634 2015/00764", []int{line}},
		{"UTF-16BE", append(bytes.Clone(one), utf16Bytes(string(two), true)...), "2020/00634 2015/00764", []int{line}},
		{"a sheet break before it", append(append(bytes.Clone(one), '\f'), utf16Bytes(string(two), false)...), "2020/00634 2015/00764", []int{line}},
		{"UTF-8 after it", append(append(bytes.Clone(one), utf16Bytes(string(two), false)...), one...), "2020/00634 2015/00764 2020/00634", []int{line}},
		{"a UTF-16 part with letters whose bytes are ASCII's", append(bytes.Clone(one), utf16Bytes(string(two)+"\nSe även… • ™ punkter.\n", false)...), "2020/00634 2015/00764", []int{line}},
		{"two UTF-16 files", append(append(bytes.Clone(one), utf16Bytes(string(two), false)...), utf16Bytes(string(one), false)...), "2020/00634 2015/00764 2020/00634", []int{line, line + bytes.Count(two, []byte("\n"))}},
	} {
		got, notes := ids(tt.data)
		if strings.Join(got, " ") != tt.ids || !slices.Equal(notes, tt.notes) {
			t.Errorf("%s: ids %q, notes on %v; want %q on %v", tt.name, got, notes, tt.ids, tt.notes)
		}
	}
	// A mark at the file's start is a UTF-16 file, read whole; bytes after
	// a mark that are no UTF-16 text (few NULs) stay binary.
	if got, notes := ids(utf16Bytes(string(two), false)); strings.Join(got, " ") != "2015/00764" || notes != nil {
		t.Errorf("a UTF-16 file: %q %v", got, notes)
	}
	junk := append(append(bytes.Clone(one), 0xFF, 0xFE), bytes.Repeat([]byte("ab\x00cdefgh"), 20)...)
	if _, err := Parse("joined.txt", junk, Options{}); err != ErrBinary {
		t.Errorf("a mark over bytes of no UTF-16 text: %v", err)
	}
}

// TestAppleScriptData reads the clipboard as AppleScript prints it, its
// data literal of the page's HTML, as the page.
func TestAppleScriptData(t *testing.T) {
	html, err := os.ReadFile(filepath.Join(testdata, "html", "site", "001_451f6fcbe595c098.html"))
	if err != nil {
		t.Fatal(err)
	}
	want := parseFile(t, filepath.Join("html", "site", "001_451f6fcbe595c098.html"))
	lit := []byte("«data HTML" + strings.ToUpper(hex.EncodeToString(html)) + "»\n")
	got, err := Parse("clip.txt", lit, Options{})
	if err != nil || len(got) != 1 {
		t.Fatalf("%d records, %v", len(got), err)
	}
	if g, w := asRead(t, got[0]), asRead(t, want); g != w || got[0].Source.Format != FormatHTML {
		t.Errorf("got %s (%s)\nwant %s", g, got[0].Source.Format, w)
	}
	for _, bad := range []string{"«data HTML3C6»", "«data HTML3C68", "«data HT»", "«data HTMLzz»", "Se «data HTML3C68» i mejlet."} {
		if out, ok := appleScriptData([]byte(bad)); ok || string(out) != bad {
			t.Errorf("%q read as a data literal: %q", bad, out)
		}
	}
}

// FuzzJoinedUTF16 holds that no bytes stop the reading of joined files
// with a panic, that bytes with no mark come back as they are, and that
// the line map covers every line of the text returned.
func FuzzJoinedUTF16(f *testing.F) {
	f.Add(append([]byte("Projektnummer: 2020/00634\n"), utf16Bytes("Namn: Framtidsresan\n", false)...))
	f.Add(append([]byte("Namn: A"), utf16Bytes("Namn: B", true)...))
	f.Add([]byte("a\x00b\xff\xfe"))
	f.Fuzz(func(t *testing.T, data []byte) {
		out, parts, lines := joinedUTF16(data)
		if parts == nil && !bytes.Equal(out, data) {
			t.Fatalf("changed with no UTF-16 part: %q -> %q", data, out)
		}
		if lines != nil && len(lines) != bytes.Count(out, []byte("\n"))+1 {
			t.Fatalf("%d lines mapped of %d", len(lines), bytes.Count(out, []byte("\n"))+1)
		}
	})
}
