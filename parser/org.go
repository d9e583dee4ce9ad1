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
	declared := orgKeywords(lines)
	settings, drawers, tagged, described, planned, tasks := 0, 0, 0, 0, 0, 0
	headings := map[string]bool{}
	afterHeading := false // the line above is an Org heading
	for _, l := range lines {
		below := afterHeading
		afterHeading = false
		switch {
		case orgPlanning(l):
			planned++
			if below {
				tasks++ // a planning line right below its heading
			}
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
			if orgKeywordOf(strings.TrimLeft(heading[min(orgHeadingLevel(l), len(heading)):], " "), declared) != "" {
				tasks++ // "* DONE Egenmakt": a task's state
			}
			headings[strings.TrimSpace(heading[orgHeadingLevel(l):])] = true
			afterHeading = true
		}
	}
	// A planning line tells Org with a task's state or a tag beside it,
	// or another; a task's state alone may be a note's bullet ("* DONE
	// ring Peter").
	planning := planned > 0 && (tasks > 0 || tagged > 0 || planned >= 2)
	if drawers == 0 && settings < 2 && tagged < 2 && (tagged == 0 || described < 2) && !planning {
		return text, false
	}
	inDrawer, logbook := false, false
	return rewriteLines(text, lines, func(i int, l string) string {
		t := strings.TrimSpace(l)
		switch {
		case orgDrawerMark(t) && (!inDrawer || logbook || strings.EqualFold(t, ":END:")):
			// In the properties' drawer only ":END:" closes it: a
			// property in capitals with no value
			// (":STÖDMOTTAGARENS_ADDRESS:") is the drawer's next line.
			inDrawer = !strings.EqualFold(t, ":END:")
			logbook = inDrawer && t != ":PROPERTIES:"
			return ""
		case logbook:
			return "" // a task's log, its clock: Org's own
		case inDrawer && strings.HasPrefix(t, ":"):
			name, value, ok := strings.Cut(t[1:], ":")
			if !ok || name == "" {
				return l
			}
			if orgProperties[strings.ToUpper(name)] {
				return "" // Org's own: an anchor's id, a date
			}
			return strings.ReplaceAll(name, "_", " ") + ": " + orgUnmarked(strings.TrimSpace(value))
		case orgPlanning(l):
			return ""
		case orgTableRule(t):
			return "" // "|----+----|"
		case i+1 < len(lines) && orgTableRule(strings.TrimSpace(lines[i+1])) && !orgFieldRow(t):
			return "" // a table's header of column names, "| Fält | Värde |"
		case orgSetting(strings.TrimLeft(l, " \t")) != "":
			if orgSetting(l) == "TITLE" {
				title := strings.TrimSpace(l[strings.IndexByte(l, ':')+1:])
				if !headings[title] {
					return title
				}
			}
			return ""
		case orgHeadingLevel(l) > 0:
			heading, _ := cutOrgTags(l)
			n := orgHeadingLevel(l)
			if len(heading) <= n+1 {
				return heading // "* :esf:": tags alone
			}
			if k := orgKeywordOf(heading[n+1:], declared); k != "" {
				heading = heading[:n+1] + strings.TrimLeft(heading[n+1+len(k):], " ")
			}
			return heading
		case orgDescription(l) >= 0:
			i := orgDescription(l)
			term := strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(l[:i]), "-+"))
			return orgUnmarked(term) + ": " + orgUnmarked(strings.TrimSpace(l[i+len(" :: "):]))
		}
		return orgText(l)
	}), true
}

// orgText reads a line of Org's text as Org shows it: a link as its
// words ("[[https://www.esf.se/en/][In English]]", "[[https://…]]"), and
// "--" between words as the dash it prints.
func orgText(l string) string {
	l = rewriteAt(l, '[', func(rest string) (int, string, bool) {
		if !strings.HasPrefix(rest, "[[") {
			return 0, "", false
		}
		end := indexRare(near(rest), "]]")
		if end < 0 {
			return 0, "", false
		}
		link := rest[2:end]
		if _, words, ok := strings.Cut(link, "]["); ok {
			link = words
		}
		return end + 2, link, true
	})
	l = strings.ReplaceAll(l, " -- ", " – ")
	if rest, ok := strings.CutSuffix(l, " --"); ok {
		l = rest + " –" // a line wrapped after the dash; one that begins
		// with "-- " may be a mail's signature's rule
	}
	return l
}

// orgProperties are the properties Org keeps of a heading for itself,
// which no page writes.
var orgProperties = map[string]bool{"ID": true, "CUSTOM_ID": true, "CREATED": true, "CATEGORY": true, "LAST_MODIFIED": true, "ARCHIVE_TIME": true, "ARCHIVE_FILE": true, "VISIBILITY": true}

// orgPlanning reports an Org heading's planning line: "SCHEDULED:
// <2024-04-02 tis>", "DEADLINE: …", "CLOSED: [2024-03-12 tis 10:14]", one
// or more of them.
func orgPlanning(l string) bool {
	t := strings.TrimSpace(l)
	found := false
	for t != "" {
		word, rest, ok := strings.Cut(t, ": ")
		if !ok || word != "SCHEDULED" && word != "DEADLINE" && word != "CLOSED" {
			return false
		}
		rest = strings.TrimSpace(rest)
		if rest == "" || rest[0] != '<' && rest[0] != '[' {
			return false
		}
		end := strings.IndexAny(rest, ">]")
		if end < 0 {
			return false
		}
		t, found = strings.TrimSpace(rest[end+1:]), true
	}
	return found
}

// orgKeyword returns the task's state a heading's text begins with
// ("DONE Egenmakt", "TODO [#A] Egenmakt"), its priority with it, or "".
func orgKeyword(heading string) string { return orgKeywordOf(heading, nil) }

// orgKeywordOf is orgKeyword with the states a file declares besides
// Org's own (orgKeywords).
func orgKeywordOf(heading string, declared map[string]bool) string {
	word, rest, _ := strings.Cut(heading, " ")
	switch word {
	case "TODO", "DONE", "NEXT", "WAITING", "CANCELLED", "CANCELED", "HOLD":
	default:
		if !declared[word] {
			return ""
		}
	}
	if p := strings.TrimLeft(rest, " "); len(p) >= 4 && strings.HasPrefix(p, "[#") && p[3] == ']' {
		return heading[:len(heading)-len(p)+4]
	}
	return word
}

// orgTableRule reports an Org table's rule: "|---+---|".
func orgTableRule(t string) bool {
	return len(t) > 2 && t[0] == '|' && strings.Trim(t, "|-+: ") == "" && containsRare(t, "-")
}

// orgFieldRow reports a table's row whose first cell is a label esf
// knows: a field, not a header of column names.
func orgFieldRow(t string) bool {
	cell, _, _ := strings.Cut(strings.Trim(t, "| "), "|")
	l := classify(strings.TrimSpace(cell), 1, false)
	return l.term != nil
}

// orgDescription returns where " :: " stands in an item of an Org
// description list ("- Region :: Sydsverige"), or -1.
func orgDescription(l string) int {
	t := strings.TrimLeft(l, " \t")
	if len(t) < 2 || t[0] != '-' && t[0] != '+' || t[1] != ' ' {
		return -1
	}
	i := indexRare(l, " :: ")
	if i < 0 || strings.TrimSpace(l[:i]) == t[:1] {
		return -1
	}
	return i
}

// orgKeywords returns the task states an Org file declares in its
// settings ("#+TODO: TODO VÄNTAR | KLART", "#+SEQ_TODO: …", "#+TYP_TODO: …"),
// each without its key ("VÄNTAR(v)"), or nil for none.
func orgKeywords(lines []string) map[string]bool {
	var states map[string]bool
	for _, l := range lines {
		switch orgSetting(l) {
		case "TODO", "SEQ_TODO", "TYP_TODO":
		default:
			continue
		}
		_, words, _ := strings.Cut(l, ":")
		for _, w := range strings.Fields(words) {
			if w, _, _ = strings.Cut(w, "("); w != "" && w != "|" {
				if states == nil {
					states = make(map[string]bool)
				}
				states[w] = true
			}
		}
	}
	return states
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
