package parser

import (
	"slices"
	"strings"
	"testing"
)

func TestStripLogPrefixes(t *testing.T) {
	page := []string{"Framtidsresan", "", "Startdatum:", "2021-02-01", "Region:", "Sydsverige", "Projektägare:", "Perstorps kommun"}
	for _, prefix := range []string{
		"2024-03-12 10:13:57,037 INFO esfskrapa: ", "2024-03-12T10:27:56.0370000Z ", "mar 12 10:01:25 analys01 skrapa[4121]: ",
		"skrapa-1  | ", "skrapa_1 | ", "[pod/skrapa-7d9f8b/skrapa] ", "10:48:31  ",
	} {
		var in []string
		for _, l := range page {
			p := prefix
			if l == "" && (strings.HasSuffix(p, "| ") || strings.HasSuffix(p, "] ")) {
				p = strings.TrimSuffix(p, " ") // a blank line's prefix ends at its bar or bracket
			}
			in = append(in, p+l)
		}
		got, ok := stripLogPrefixes(strings.Join(in, "\n"))
		if want := strings.Join(page, "\n"); !ok || got != want {
			t.Errorf("%q: stripLogPrefixes read\n%q\nwant\n%q", prefix, got, want)
		}
	}
	// A page's own dates and times at its lines' starts are no log.
	for _, in := range []string{
		"Startdatum:\n2021-02-01\nSlutdatum:\n2021-10-31\nRegion:\nSydsverige\nNamn:\nX",
		"2021-02-01 Start\n2021-03-01 Möte\n2021-04-01 Möte\nText om projektet.\nMer text.\nÄnnu mer text här.\nOch här.\nSlut.",
	} {
		if got, ok := stripLogPrefixes(in); ok && got != in {
			t.Errorf("stripLogPrefixes(%q) = %q; want it as it is", in, got)
		}
	}
}

// TestPagesOf reads each page between separator lines on its own, the
// separators kept, and gives the text back as it was where no page read.
func TestPagesOf(t *testing.T) {
	var seen []string
	upper := func(page string) (string, bool) {
		seen = append(seen, page)
		if !strings.Contains(page, "x") {
			return page, false
		}
		return strings.ToUpper(page), true
	}
	text := "a x\nb\n-----\nc\n=====\nd x\n"
	got, ok := cutPages(text).strip(upper)
	if want := "A X\nB\n-----\nc\n=====\nD X\n"; !ok || got != want {
		t.Errorf("strip = %q, %v; want %q, true", got, ok, want)
	}
	if want := []string{"a x\nb\n", "c\n", "d x\n"}; !slices.Equal(seen, want) {
		t.Errorf("pages read %q, want %q", seen, want)
	}
	seen = nil
	if got, ok := cutPages("a\n---\nb").strip(upper); ok || got != "a\n---\nb" || len(seen) != 2 {
		t.Errorf("no page read: %q, %v, %d pages; want the text, false, 2", got, ok, len(seen))
	}
	seen = nil
	if got, ok := cutPages("a x\n---").strip(upper); !ok || got != "A X\n---" || len(seen) != 1 {
		t.Errorf("a last line with no line end is no separator: %q, %v, %q", got, ok, seen)
	}
}

func TestStripGrepPrefixes(t *testing.T) {
	five := "sidor/a.txt:1:Within\nsidor/a.txt:2:\nsidor/a.txt:3:Region:\nsidor/a.txt-4-Sydsverige\nsidor/a.txt:5:Projektägare:\n"
	for _, tt := range []struct{ name, in, want string }{
		{"grep -Hn, a context line among them", five, "Within\n\nRegion:\nSydsverige\nProjektägare:\n"},
		{"Select-String's", "PS D:\\ESF> Select-String -Path .\\sidor\\*.txt -Pattern '^'\n\nsidor\\a.txt:1:Within\nsidor\\a.txt:2:Region:\nsidor\\a.txt:3:Sydsverige\nsidor\\a.txt:4:Projektägare:\nsidor\\a.txt:5:Lund\n",
			"PS D:\\ESF> Select-String -Path .\\sidor\\*.txt -Pattern '^'\n\nWithin\nRegion:\nSydsverige\nProjektägare:\nLund\n"},
		{"below a prompt of two lines", "┌──(anna㉿lap)-[~/esf]\n└─$ grep -Hn '' sidor/*.txt\n" + five, "┌──(anna㉿lap)-[~/esf]\n└─$ grep -Hn '' sidor/*.txt\nWithin\n\nRegion:\nSydsverige\nProjektägare:\n"},
		{"minCommentLines-1 lines", strings.Replace(five, "sidor/a.txt:5:", "", 1), ""},
		{"under commentShare of the lines", five + "a\nb\nc\nd\n", ""},
		{"a file's name in a page's text", "Bilaga: budget.txt:3: se sidan\nRegion: Sydsverige\n", ""},
		{"grep -H, the name alone", "a.txt:Within\na.txt:\na.txt:Region:\na.txt:Sydsverige\na.txt:Projektägare:\n", "Within\n\nRegion:\nSydsverige\nProjektägare:\n"},
		{"grep -H, a date after the name no line's number", "a.txt:Within\na.txt:Startdatum:\na.txt:2024-03-01\na.txt:Diarienummer:\na.txt:23-038-S06\n", "Within\nStartdatum:\n2024-03-01\nDiarienummer:\n23-038-S06\n"},
		{"grep -Hn, a number after the number", "a.txt:1:Within\na.txt:2:Startdatum:\na.txt:3:2024-03-01\na.txt:4:Slutdatum:\na.txt:5:12:30\n", "Within\nStartdatum:\n2024-03-01\nSlutdatum:\n12:30\n"},
		{"grep -H, the line's own number kept", "a.txt:Within\na.txt:Region:\na.txt:Sydsverige\na.txt:Projektnummer:\na.txt:2015/00764\n", "Within\nRegion:\nSydsverige\nProjektnummer:\n2015/00764\n"},
	} {
		got, ok := stripGrepPrefixes(tt.in)
		if !ok {
			got = ""
		}
		if got != tt.want {
			t.Errorf("%s: stripGrepPrefixes(%q) = %q, want %q", tt.name, tt.in, got, tt.want)
		}
	}
}
