package parser

import "strings"

// A page kept in an issue tracker or a wiki (Jira, Confluence): its text
// in a macro's block ("{noformat}" … "{noformat}", "{excerpt}" …
// "{excerpt}"), the issue's comments below it ("Anna Berg lade till en
// kommentar - 2024-03-11 10:22" and what she wrote). The macros' lines
// show nothing of their own, and the comments are the tracker's users'
// words, not the page's.

// macroLinesNote says that lines of a tracker's macros were left out.
const macroLinesNote = `lines of an issue tracker's or a wiki's macros ("{noformat}", "{code}", "{excerpt}", "{panel}"), which show nothing of their own, were left out`

// issueCommentsNote says that an issue's comments were left out.
const issueCommentsNote = `the page is an issue's in a tracker (Jira): its comments below it ("Anna Berg lade till en kommentar - 2024-03-11 10:22"), its users' words, were left out`

// macroLine reports a line of a tracker's macros and nothing else:
// "{noformat}", "{code:java}", "{panel:title=Fakta}", "{excerpt}{excerpt}".
func macroLine(line string) bool {
	t := strings.TrimSpace(line)
	if t == "" {
		return false
	}
	for t != "" {
		if t[0] != '{' {
			return false
		}
		end := strings.IndexByte(t, '}')
		if end < 0 || !jiraMacro(t[1:end]) {
			return false
		}
		t = strings.TrimSpace(t[end+1:])
	}
	return true
}

// stripMacroLines blanks the lines of text that are a tracker's macros
// alone (macroLine).
func stripMacroLines(text string) (string, bool) {
	if !containsRare(text, "\n{") && !strings.HasPrefix(strings.TrimLeft(text, " \t\r\n"), "{") {
		return text, false
	}
	lines := strings.Split(text, "\n")
	found := false
	for i, l := range lines {
		if macroLine(l) {
			lines[i], found = "", true
		}
	}
	if !found {
		return text, false
	}
	return strings.Join(lines, "\n"), true
}

// issueCommentHead is the line a tracker writes over an issue's comment,
// a name first and its time last: "Anna Berg lade till en kommentar -
// 2024-03-11 10:22", "Anna Berg added a comment - 11/Mar/24 10:22 AM". A
// sentence of a page's ("- Styrgruppen lade till en kommentar - se
// bilaga 3") has no time of day.
var issueCommentHead = lazyRE(`^\pL[^\n]{0,80}? (?:lade till en kommentar|added a comment) - [^\n]{0,30}\b\d{1,2}:\d{2}(?:\s*[AaPp][Mm])?$`)

// issueCommentTabs are the tracker's tabs and headings over an issue's
// comments, directly above the first.
var issueCommentTabs = []string{"Aktivitet", "Kommentarer", "Alla", "Historik", "Arbetslogg", "Activity", "Comments", "All", "History", "Work log"}

// stripIssueComments blanks an issue's comments in text: from the first
// comment's head (issueCommentHead), with the tracker's tabs right above
// it, to the text's end; where a label stands below the head, a page
// pasted in a comment, only the heads and the tabs.
func stripIssueComments(text string) (string, bool) {
	if !containsRare(text, " en kommentar") && !containsRare(text, " a comment") {
		return text, false
	}
	lines := strings.Split(text, "\n")
	first := -1
	for i, l := range lines {
		if issueCommentHead.MatchString(strings.TrimSpace(l)) {
			first = i
			break
		}
	}
	if first < 0 {
		return text, false
	}
	for first > 0 && isCommentTab(lines[first-1]) {
		first--
	}
	below := false // a label below the first head: the page is a comment's
	for _, l := range lines[first:] {
		if t := strings.TrimSpace(l); t != "" && isLabelLine(t) {
			below = true
			break
		}
	}
	for i := first; i < len(lines); i++ {
		if !below || isCommentTab(lines[i]) || issueCommentHead.MatchString(strings.TrimSpace(lines[i])) {
			lines[i] = ""
		}
	}
	return strings.Join(lines, "\n"), true
}

// isCommentTab reports a line that is one of issueCommentTabs.
func isCommentTab(line string) bool {
	t := strings.TrimSpace(line)
	for _, tab := range issueCommentTabs {
		if strings.EqualFold(t, tab) {
			return true
		}
	}
	return false
}
