package parser

import (
	"slices"
	"strings"
	"testing"
)

func TestPlainLetters(t *testing.T) {
	tests := []struct {
		name, in, want string
		lines          []int
	}{
		{"plain text", "Region: Sydsverige\nNamn: Å", "Region: Sydsverige\nNamn: Å", nil},
		{"mathematical bold", "𝐏𝐫𝐨𝐣𝐞𝐤𝐭ä𝐠𝐚𝐫𝐞: X", "Projektägare: X", []int{1}},
		{"sans-serif bold, a line below", "Namn\n𝗘𝗴𝗲𝗻𝗺𝗮𝗸𝘁", "Namn\nEgenmakt", []int{2}},
		{"bold digits", "Antal deltagare: 𝟰𝟬𝟬", "Antal deltagare: 400", []int{1}},
		{"italic with a letter-like h", "𝑃𝑟𝑜𝑗𝑒𝑘𝑡 𝑜𝑐ℎ", "Projekt och", []int{1}},
		{"a letter-like symbol alone stays", "Temperatur ℃ och ℎ", "Temperatur ℃ och ℎ", nil},
		{"full-width letters, the colon left to the labels' reading", "Ｒｅｇｉｏｎ：Sydsverige", "Region：Sydsverige", []int{1}},
		{"a full-width colon alone stays", "Region：Sydsverige", "Region：Sydsverige", nil},
		{"a styled letter and a combining diaeresis compose", "𝐚\u0308r", "är", []int{1}},
		{"an emoji keeps its bytes", "Namn: 🎉 Fest\n", "Namn: 🎉 Fest\n", nil},
		{"a full-width space outside the range stays", "a\u3000b", "a\u3000b", nil},
		{"last line without a line end", "a\n\n𝐛", "a\n\nb", []int{3}},
	}
	for _, tt := range tests {
		got, lines := plainLetters(tt.in)
		if got != tt.want || !slices.Equal(lines, tt.lines) {
			t.Errorf("%s: plainLetters(%q) = %q, %v; want %q, %v", tt.name, tt.in, got, lines, tt.want, tt.lines)
		}
	}
}

// TestStyledPage reads a page whose labels and values a post styled, and
// names the lines.
func TestStyledPage(t *testing.T) {
	page := "𝐃𝐢𝐠𝐠𝐚 𝐏𝐞𝐫𝐬𝐭𝐨𝐫𝐩𝐬\n\n𝐏𝐫𝐨𝐣𝐞𝐤𝐭ä𝐠𝐚𝐫𝐞: 𝗔𝗿𝗯𝗲𝘁𝗲\nＲｅｇｉｏｎ： Sydsverige\nDiarienummer: 𝟮𝟯-038-S06\nStartdatum: 2024-03-01\n"
	rec := parseOne(t, "post.txt", []byte(page))
	if rec.Name == nil || *rec.Name != "Digga Perstorps" || rec.Owner == nil || *rec.Owner != "Arbete" ||
		rec.Region == nil || *rec.Region != "Sydsverige" || rec.ID == nil || *rec.ID != "23-038-S06" {
		t.Fatalf("styled page: %+v", rec)
	}
	if !slices.ContainsFunc(rec.Warnings, func(w Warning) bool {
		return w.Line == 1 && w.Kind == WarnEncoding && strings.Contains(w.Message, "styled alphabet") && strings.HasSuffix(w.Message, "on 3 more lines of the page")
	}) {
		t.Errorf("styled page: warnings %v", rec.Warnings)
	}
}

// TestStyledLineAfterSoftBreaks names the input's line of a styled
// letter, below a line that soft breaks split.
func TestStyledLineAfterSoftBreaks(t *testing.T) {
	page := "Digga\n\nRegion: Syd\u2028sverige\u2028x\u2028y\nProjektfas: \U0001d405örprojektering\nProjektägare: A\n"
	rec := parseOne(t, "p.txt", []byte(page))
	if !slices.ContainsFunc(rec.Warnings, func(w Warning) bool { return w.Line == 4 && strings.Contains(w.Message, "styled alphabet") }) {
		t.Errorf("warnings %v, want the styled letter named on line 4", rec.Warnings)
	}
}

func TestLoneCRs(t *testing.T) {
	for in, want := range map[string]string{
		"a\rb":       "a\nb",
		"a\r\nb\rc":  "a\r\nb\nc",
		"a\r\nb\r\n": "a\r\nb\r\n",
		"a\r":        "a\n",
		"ab":         "ab",
		"\r\r\n":     "\n\r\n",
	} {
		if got := loneCRs(in); got != want {
			t.Errorf("loneCRs(%q) = %q, want %q", in, got, want)
		}
	}
}
