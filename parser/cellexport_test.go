package parser

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// seedTexts returns the test pages of the project bank, by name.
func seedTexts(t *testing.T) map[string]string {
	t.Helper()
	out := map[string]string{}
	for _, rel := range pagePaths(t, "pages") {
		data, err := os.ReadFile(filepath.Join(testdata, rel))
		if err != nil {
			t.Fatal(err)
		}
		out[filepath.Base(rel)] = string(data)
	}
	return out
}

// TestPageInACell reads every test page as a spreadsheet's cell gives it
// back: its lines joined by " || " or by escaped line ends ("\n", "\r\n",
// no quotes round them), or each line ending in the sheet's escape of a
// carriage return ("_x000D_"); each reads as the page does, its text's
// paragraphs aside.
func TestPageInACell(t *testing.T) {
	for name, text := range seedTexts(t) {
		want := recordValues(t, parseOne(t, name, []byte(text)))
		lines := strings.Split(strings.TrimRight(text, "\n"), "\n")
		for how, cell := range map[string]string{
			"joined by ||":    strings.Join(lines, " || "),
			`joined by \n`:    strings.Join(lines, `\n`),
			`joined by \r\n`:  strings.Join(lines, `\r\n`),
			"_x000D_ at ends": strings.Join(lines, "_x000D_\n") + "_x000D_",
		} {
			rec := parseOne(t, name, []byte(cell+"\n"))
			if got := recordValues(t, rec); got != want {
				t.Errorf("%s %s reads\n%s\nwant\n%s", name, how, got, want)
			}
		}
	}
}

// TestSheetEscapes reads a spreadsheet's escapes of characters within
// their lines, and leaves what is no escape as written.
func TestSheetEscapes(t *testing.T) {
	for in, want := range map[string]string{
		"Falu kommun_x000D_":          "Falu kommun",
		"Rad ett_x000A_rad två":       "Rad ett rad två",
		"Region_x0009_Sydsverige":     "Region\tSydsverige",
		"Projekt_x00E4_gare":          "Projektägare",
		"fil_x005F_x000D_":            "fil_x000D_", // an underscore escaped: the rest is text
		"_xD800_ halv":                "_xD800_ halv",
		"_x00G0_ ej hex":              "_x00G0_ ej hex",
		"_x000D utan understreck":     "_x000D utan understreck",
		"_x000":                       "_x000",
		"a_x000D_b_x000D_":            "ab",
		"variabel_x_namn och _x0041_": "variabel_x_namn och A",
	} {
		if got := readSheetEscapes(in); got != want {
			t.Errorf("readSheetEscapes(%q) = %q, want %q", in, got, want)
		}
	}
	// Read where minSheetBreaks lines end in one: a text that writes of
	// an escape is left as it is.
	if got, lines := sheetEscapes("Rad ett_x000D_\nRad två_x000D_\nRad_x0009_tre\n"); got != "Rad ett\nRad två\nRad\ttre\n" || len(lines) != 3 {
		t.Errorf("sheetEscapes: %q, lines %v", got, lines)
	}
	if got, lines := sheetEscapes("Rad ett_x000D_\nVerktyget byter ut _x0009_ mot en tabb.\n"); lines != nil {
		t.Errorf("one line's end escaped: %q, lines %v", got, lines)
	}
}

// TestQuotesInEscapedPage reads a page whose line ends are escaped, with
// no quotes round it, as its lines, though its text quotes words of its
// own ("Satsa på tidiga insatser"): a page printed as a string holds its
// line ends inside its quotes.
func TestQuotesInEscapedPage(t *testing.T) {
	page := `2020/00634 - Framtidsresan\n\nProjektnummer:\n2020/00634\nProjektägare:\nPerstorps kommun\nRegion:\nSydsverige\n\nIdén har sin utgångspunkt i "Satsa på tidiga insatser" och "Utveckla samverkan".`
	rec := parseOne(t, "p.txt", []byte(page+"\n"))
	if str(rec.Owner) != "Perstorps kommun" || !strings.HasPrefix(deref(rec.Summary), "Idén har") {
		t.Errorf("owner %v, summary %q", str(rec.Owner), deref(rec.Summary))
	}
	// The quotes hold half the line ends, and the line is printed as a
	// string: read as the literals it holds.
	if got := literalBreaks([]string{"a\nb\nc", "d"}); got != 2 {
		t.Errorf("literalBreaks = %d, want 2", got)
	}
}

// TestLiteralBreaksEdge holds a line printed as a string at its edge: its
// quotes hold half its escaped line ends or more.
func TestLiteralBreaksEdge(t *testing.T) {
	line := func(outside int) string {
		return `'Rad 1\nRad 2\nRad 3\nRad 4\nRad 5\nRad 6' och` + strings.Repeat(`\nmer`, outside) + "\n"
	}
	if _, _, printed := expandEscaped(line(5)); printed == nil {
		t.Error("a string holding half the line ends: not read as printed")
	}
	if _, _, printed := expandEscaped(line(6)); printed != nil {
		t.Error("a string holding fewer than half the line ends: read as printed")
	}
}
