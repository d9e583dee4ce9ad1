package parser

import (
	"strconv"
	"strings"
)

// A page of the project bank shows its facts in tabs (Grunduppgifter,
// Organisation, Ekonomi, …). A browser's print of every tab, or a print
// with each tab on a sheet of its own, heads each tab's fields with its
// name: alone ("Ekonomi", "EKONOMI", underlined), after the tab's count
// ("[Flik 3 av 5] Ekonomi") or after the page's name as a breadcrumb
// ("Egenmakt › Ekonomi"). printedTabs reads those names as the heading of
// a box of facts is read, furniture that starts no page of its own; a
// known heading of the text so marked ("[Flik 5 av 5] Beskrivning") is
// read as the heading.

// boxTabNames are the names of the project bank's tabs that are no label
// or heading of a page: alone on a line, two of them tell a print of the
// tabs. The tabs "Kontakt" and "Beskrivning" are a label and a heading too.
var boxTabNames = []string{"Grunduppgifter", "Organisation", "Ekonomi", "Deltagare och insatser"}

// tabNames are the names of all the project bank's tabs, folded by
// matchKey: a field block right below one is the page's next tab, not
// another page, whatever labels it gives again (underTabName).
var tabNames = map[string]bool{
	"grunduppgifter": true, "organisation": true, "ekonomi": true, "deltagareochinsatser": true,
	"kontakt": true, "beskrivning": true,
}

// maxTabLine bounds a line that names a tab, with its count or the page's
// name before it.
const maxTabLine = 120

// minPrintedTabs is the fewest tabs' names, each a different tab, that
// tell a print of a page's tabs: one alone may be a page's own word.
const minPrintedTabs = 2

// isTabName reports a line that is a tab's name (tabNames), in any case.
func isTabName(text string) bool {
	return len(text) <= len("Deltagare och insatser") && tabNames[matchKey(text)]
}

// isBoxTabName reports a tab's name that is no label or heading
// (boxTabNames), in any case.
func isBoxTabName(text string) bool {
	for _, n := range boxTabNames {
		if strings.EqualFold(text, n) {
			return true
		}
	}
	return false
}

// tabMark is how a print marks a tab's name.
type tabMark uint8

const (
	tabAlone      tabMark = iota // "Ekonomi"
	tabCounted                   // "[Flik 3 av 5] Ekonomi"
	tabBreadcrumb                // "Egenmakt › Ekonomi"
)

// tabLine is a line that may name a tab: its index, how it is marked, the
// name and what marks it (the count's total, the breadcrumb's trail).
type tabLine struct {
	i     int
	mark  tabMark
	name  string
	trail string
}

// tabCount matches a tab's count before its name: "[Flik 3 av 5] ".
var tabCount = lazyRE(`^\[(?:[Ff]lik|[Tt]ab)\s+(\d{1,2})\s+(?:av|of)\s+(\d{1,2})\]\s+`)

// breadcrumbSep parts a breadcrumb's trail from the tab's name.
const breadcrumbSep = " › "

// markedTab returns the line's tab's name and how it is marked, or false.
func markedTab(text string) (tabLine, bool) {
	if len(text) > maxTabLine {
		return tabLine{}, false
	}
	if text[0] == '[' {
		m := tabCount.FindStringSubmatch(text)
		if m == nil {
			return tabLine{}, false
		}
		k, _ := strconv.Atoi(m[1])
		n, _ := strconv.Atoi(m[2])
		if k < 1 || k > n {
			return tabLine{}, false
		}
		return tabLine{mark: tabCounted, name: text[len(m[0]):], trail: m[2]}, true
	}
	if i := strings.LastIndex(text, breadcrumbSep); i > 0 {
		return tabLine{mark: tabBreadcrumb, name: text[i+len(breadcrumbSep):], trail: text[:i]}, true
	}
	if isBoxTabName(text) {
		return tabLine{mark: tabAlone, name: text}, true
	}
	return tabLine{}, false
}

// printedTabs reads the tabs' names of a print of a page's tabs: where
// minPrintedTabs lines or more name different tabs marked the same way
// (alone, after counts of one total, or after one trail), each such line
// is the heading of a box of facts, or the known heading it marks.
func printedTabs(lines []pageLine) []pageLine {
	var found []tabLine
	for i := range lines {
		l := &lines[i]
		if l.blank() || l.furniture != notFurniture || l.writtenAsLabel() {
			continue
		}
		// A cheap first look: a count, a breadcrumb's mark, or a tab's
		// name's last letter.
		if c := l.text[len(l.text)-1] | 0x20; l.text[0] != '[' && c != 'r' && c != 'n' && c != 'i' && !containsRare(l.text, breadcrumbSep) {
			continue
		}
		if t, ok := markedTab(l.text); ok {
			t.i = i
			found = append(found, t)
		}
	}
	if len(found) < minPrintedTabs {
		return lines
	}
	for _, t := range found {
		if !printedWith(found, t) {
			continue
		}
		l := &lines[t.i]
		if t.mark != tabAlone {
			if inner := classify(t.name, l.num, false); inner.heading != nil && inner.term == nil && inner.furniture == notFurniture {
				// "[Flik 5 av 5] Beskrivning": the summary's heading.
				inner.off, inner.sheetBreak = l.off+len(l.text)-len(t.name), l.sheetBreak
				*l = inner
				continue
			}
		}
		*l = pageLine{num: l.num, text: l.text, off: l.off, furniture: furnitureBox, sheetBreak: l.sheetBreak}
	}
	return lines
}

// printedWith reports a tab's line t that another of found, marked the
// same way, names a different tab beside: one of them a tab of the
// project bank's (a print's count or trail on one line alone may be a
// page's own).
func printedWith(found []tabLine, t tabLine) bool {
	for _, o := range found {
		if o.i == t.i || o.mark != t.mark || o.trail != t.trail || strings.EqualFold(o.name, t.name) {
			continue
		}
		if isTabName(o.name) || isTabName(t.name) {
			return true
		}
	}
	return false
}
