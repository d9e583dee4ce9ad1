package parser

import "strings"

// A page saved or copied from a web archive carries the archive's toolbar
// above it: the Wayback Machine's ("The Wayback Machine - https://…",
// "125 captures", "MAY	JUN	JUL", "About this capture", "TIMESTAMPS",
// "loading") or archive.today's ("archive.today" / "webpage capture" /
// "Saved from" … "Webpage	Screenshot" / "share	download .zip	…").
// stripArchiveBar leaves it out.

// archiveNote says what stripArchiveBar did.
const archiveNote = "the page was copied from a web archive (the Wayback Machine, archive.today): the archive's toolbar above it was left out"

// maxArchiveBar is the most lines an archive's toolbar takes.
const maxArchiveBar = 40

// stripArchiveBar blanks an archive's toolbar at the top of text, told by
// its first line. Each line keeps its number.
func stripArchiveBar(text string) (string, bool) {
	top := strings.TrimLeft(text, " \t\r\n")
	wayback := strings.HasPrefix(top, "The Wayback Machine - http")
	today := strings.HasPrefix(top, "archive.today") || strings.HasPrefix(top, "archive.ph") || strings.HasPrefix(top, "archive.is")
	if !wayback && !today {
		return text, false
	}
	lines := splitLines(text)
	first := 0
	for first < len(lines) && strings.TrimSpace(lines[first]) == "" {
		first++
	}
	end := -1 // the bar's last line
	for i := first; i < len(lines) && i <= first+maxArchiveBar; i++ {
		t := strings.TrimSpace(lines[i])
		switch {
		case wayback && (t == "loading" || t == "TIMESTAMPS"):
			end = i
		case today && (strings.HasPrefix(t, "Webpage\t") || strings.HasPrefix(t, "share\t")):
			end = i
		}
	}
	if end < 0 {
		// The bar's shortest form: up to its first blank line.
		for end = first; end+1 < len(lines) && strings.TrimSpace(lines[end+1]) != ""; end++ {
		}
	}
	for i := first; i <= end; i++ {
		lines[i] = ""
	}
	out := joinLinesOf(lines, text)
	return out, true
}
