package parser

import (
	"strings"
	"unicode"
)

// A page kept in an Org file (Emacs's Org mode, and the notes apps that
// write it): its settings ("#+TITLE: …", "#+FILETAGS: …"), a heading's
// properties in a drawer (":PROPERTIES:" / ":Region: Sydsverige" /
// ":END:") and a heading's tags after it ("** Bakgrund   :esf:").

// stripOrg reads an Org file's page as Org shows it: the settings lines
// are blanked but for the title's, which stands as its text where no
// heading gives it; a drawer's markers are blanked and its properties
// read as labels and values ("Beviljat_ESF-stöd" as "Beviljat ESF-stöd");
// and a heading's tags are taken off. It reads a text with a drawer, two
// settings lines, or two headings with tags or one and two items of a
// description list ("- Region :: Sydsverige"), which are read as labels
// and values. Each line keeps its number.
func stripOrg(text string) (string, bool) {
	lines := splitLines(text)
	settings, drawers, tagged, described := 0, 0, 0, 0
	headings := map[string]bool{}
	for _, l := range lines {
		switch {
		case orgDescription(l) >= 0:
			described++
		case orgSetting(l) != "":
			settings++
		case strings.EqualFold(strings.TrimSpace(l), ":PROPERTIES:"):
			drawers++
		case orgHeadingLevel(l) > 0:
			heading, tags := cutOrgTags(l)
			if tags {
				tagged++
			}
			headings[strings.TrimSpace(heading[orgHeadingLevel(l):])] = true
		}
	}
	if drawers == 0 && settings < 2 && tagged < 2 && (tagged == 0 || described < 2) {
		return text, false
	}
	inDrawer := false
	return rewriteLines(text, lines, func(_ int, l string) string {
		t := strings.TrimSpace(l)
		switch {
		case orgDrawerMark(t):
			inDrawer = !strings.EqualFold(t, ":END:")
			return ""
		case inDrawer && strings.HasPrefix(t, ":"):
			name, value, ok := strings.Cut(t[1:], ":")
			if !ok || name == "" {
				return l
			}
			return strings.ReplaceAll(name, "_", " ") + ": " + orgUnmarked(strings.TrimSpace(value))
		case orgSetting(l) != "":
			if orgSetting(l) == "TITLE" {
				title := strings.TrimSpace(l[strings.IndexByte(l, ':')+1:])
				if !headings[title] {
					return title
				}
			}
			return ""
		case orgHeadingLevel(l) > 0:
			heading, _ := cutOrgTags(l)
			return heading
		case orgDescription(l) >= 0:
			i := orgDescription(l)
			term := strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(l[:i]), "-+"))
			return orgUnmarked(term) + ": " + orgUnmarked(strings.TrimSpace(l[i+len(" :: "):]))
		}
		return l
	}), true
}

// orgDescription returns where " :: " stands in an item of an Org
// description list ("- Region :: Sydsverige"), or -1.
func orgDescription(l string) int {
	t := strings.TrimLeft(l, " \t")
	if len(t) < 2 || t[0] != '-' && t[0] != '+' || t[1] != ' ' {
		return -1
	}
	i := strings.Index(l, " :: ")
	if i < 0 || strings.TrimSpace(l[:i]) == t[:1] {
		return -1
	}
	return i
}

// orgSetting returns the keyword of an Org settings line ("#+TITLE: …"
// gives TITLE), upper case, or "".
func orgSetting(l string) string {
	rest, ok := strings.CutPrefix(l, "#+")
	if !ok {
		return ""
	}
	key, _, ok := strings.Cut(rest, ":")
	if !ok || key == "" || strings.ContainsFunc(key, func(r rune) bool { return !unicode.IsLetter(r) && r != '_' }) {
		return ""
	}
	return strings.ToUpper(key)
}

// orgDrawerMark reports a drawer's opening or closing line: a word in
// capitals between colons, ":PROPERTIES:", ":LOGBOOK:", ":END:".
func orgDrawerMark(t string) bool {
	if len(t) < 3 || t[0] != ':' || t[len(t)-1] != ':' {
		return false
	}
	for _, r := range t[1 : len(t)-1] {
		if !unicode.IsUpper(r) && r != '_' {
			return false
		}
	}
	return true
}

// orgHeadingLevel returns the number of stars of an Org heading ("**
// Bakgrund" is 2, with the space after them), or 0.
func orgHeadingLevel(l string) int {
	n := 0
	for n < len(l) && l[n] == '*' {
		n++
	}
	if n == 0 || n >= len(l) || l[n] != ' ' {
		return 0
	}
	return n
}

// cutOrgTags takes the tags off an Org heading ("** Bakgrund   :esf:x:"
// is "** Bakgrund"), and reports whether it had them: words of letters,
// digits, "_", "@", "#" or "%" between colons, at the line's end, after a
// space.
func cutOrgTags(l string) (string, bool) {
	t := strings.TrimRight(l, " \t")
	if len(t) < 3 || t[len(t)-1] != ':' {
		return l, false
	}
	i := strings.LastIndexAny(t, " \t")
	if i < 0 {
		return l, false
	}
	tags := t[i+1:]
	if len(tags) < 3 || tags[0] != ':' {
		return l, false
	}
	for _, tag := range strings.Split(tags[1:len(tags)-1], ":") {
		if tag == "" || strings.ContainsFunc(tag, func(r rune) bool {
			return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !strings.ContainsRune("_@#%", r)
		}) {
			return l, false
		}
	}
	return strings.TrimRight(t[:i], " \t"), true
}

// orgUnmarked takes off the marks of Org's markup round a whole value:
// verbatim "=23-038-S06=", code "~…~", bold "*…*", italic "/…/",
// underlined "_…_".
func orgUnmarked(v string) string {
	if len(v) > 2 && strings.ContainsRune("=~*/_", rune(v[0])) && v[len(v)-1] == v[0] && !strings.ContainsRune(v[1:len(v)-1], rune(v[0])) {
		return strings.TrimSpace(v[1 : len(v)-1])
	}
	return v
}
