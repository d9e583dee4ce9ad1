package parser

import (
	"strings"
	"testing"
)

// TestMacroLine holds the lines of a tracker's macros alone, and not a
// line with text beside them or braces of another kind.
func TestMacroLine(t *testing.T) {
	for line, want := range map[string]bool{
		"{noformat}": true, "{code:java}": true, "{panel:title=Fakta}": true, "  {excerpt}{excerpt}  ": true, "{code}": true,
		"{info}Hämtat från projektbanken{info}": false, "{okänd}": false, "{noformat": false, "": false, "Region: {x}": false,
		"{anchor:x}": false,
	} {
		if got := macroLine(line); got != want {
			t.Errorf("macroLine(%q) = %v, want %v", line, got, want)
		}
	}
}

// TestStripMacroLines blanks a tracker's macros' lines, and leaves a text
// without them as it is.
func TestStripMacroLines(t *testing.T) {
	for _, c := range []struct{ name, in, want string }{
		{"a block", "{noformat}\nRegion: Sydsverige\n{noformat}\n", "\nRegion: Sydsverige\n\n"},
		{"first", "{excerpt}\nText.", "\nText."},
		{"none", "Region: Sydsverige\n{info}Hämtat{info}\n", ""},
	} {
		got, ok := stripMacroLines(c.in)
		checkStrip(t, c.name, c.in, c.want, got, ok)
	}
}

// TestStripIssueComments blanks an issue's comments from the first
// comment's head, with the tracker's tabs above it, to the end.
func TestStripIssueComments(t *testing.T) {
	page := "Region: Sydsverige\n\nText.\n"
	for _, c := range []struct{ name, in, want string }{
		{"Swedish", page + "Aktivitet\nKommentarer\nAnna Berg lade till en kommentar - 2024-03-11 10:22\nKollat, stämmer.\n",
			page + "\n\n\n\n"},
		{"English", page + "Anna Berg added a comment - 11/Mar/24 10:22 AM\nChecked.\n", page + "\n\n"},
		{"a sentence", page + "Handläggaren lade till en kommentar om budgeten i beslutet.\n", ""},
		{"a bullet, no time", page + "- Styrgruppen lade till en kommentar - se bilaga\nMer text.\n", ""},
		{"a number, no time", page + "The steering group added a comment - see annex 3\nMore.\n", ""},
		{"a page in a comment", "Aktivitet\nAnna Berg lade till en kommentar - 2024-03-11 10:22\n" + page,
			"\n\n" + page},
		{"none", page, ""},
	} {
		got, ok := stripIssueComments(c.in)
		checkStrip(t, c.name, c.in, c.want, got, ok)
	}
}

// TestTrackerPage reads a page kept in a Jira issue, in a macro's block
// with comments below, and a Confluence page's text in an excerpt with
// the wiki's foot below: the page's text alone.
func TestTrackerPage(t *testing.T) {
	page := "2020/00634 - Framtidsresan\n\nProjektnummer:\n2020/00634\nRegion:\nSydsverige\n\nPerstorps kommun har under lång tid haft hög arbetslöshet.\n"
	for name, in := range map[string]string{
		"noformat":   "ESF-12: Framtidsresan\n{noformat}\n" + page + "{noformat}\n",
		"comments":   page + "\nAktivitet\nKommentarer\nKarin Berg lade till en kommentar - 2024-03-27 10:22\nKollat mot beslutet, stämmer.\n",
		"excerpt":    strings.Replace(page, "Perstorps", "{excerpt}\nPerstorps", 1) + "{excerpt}\n",
		"confluence": page + "\nGilla\nVar först med att gilla detta\nInga etiketter\n",
		"buttons":    page + "\nGilla · Kommentera\n\nInga etiketter\n",
	} {
		rec := parseOne(t, name+".txt", []byte(in))
		if got := str(rec.Summary); got != "Perstorps kommun har under lång tid haft hög arbetslöshet." {
			t.Errorf("%s: summary %q", name, got)
		}
	}
}
