package parser

import (
	"strings"
	"unicode"
)

// calloutNote says that a notes app's callouts were read as the page's
// lines.
const calloutNote = `the page holds a notes app's callout ("> [!info] Projektfakta", "> [!NOTE]"), whose type and title were taken off and whose lines were read as the page's, not as a quote`

// calloutHead reports the first line of an Obsidian or GitHub callout: a
// quote whose first word is its type in brackets after "!" ("> [!info]
// Projektfakta", "> [!NOTE]", "> [!warning]- Folded").
func calloutHead(t string) bool {
	rest, ok := strings.CutPrefix(t, ">")
	if !ok {
		return false
	}
	rest, ok = strings.CutPrefix(strings.TrimLeft(rest, " "), "[!")
	end := strings.IndexByte(rest, ']')
	return ok && end > 0 && !strings.ContainsFunc(rest[:end], func(r rune) bool { return !unicode.IsLetter(r) && r != '-' && r != '_' })
}

// stripCallouts reads each Obsidian or GitHub callout in text as the
// page's own lines: its first line, the callout's type and title, blank;
// the quote marks of the lines below it taken off, up to the first line
// with none. A callout is a note's box round a part of the page
// ("Projektfakta"), not another writer's words quoted.
func stripCallouts(text string) (string, bool) {
	if !containsRare(text, "[!") {
		return text, false
	}
	lines := strings.Split(text, "\n")
	found, in := false, false
	for i, l := range lines {
		t := strings.TrimLeft(l, " \t")
		switch {
		case calloutHead(t):
			lines[i], found, in = "", true, true
		case in && strings.HasPrefix(t, ">"):
			lines[i] = strings.TrimPrefix(t[1:], " ")
		default:
			in = false
		}
	}
	if !found {
		return text, false
	}
	return strings.Join(lines, "\n"), true
}

// asideNote says that a notes app's aside was left out.
const asideNote = `the page holds a notes app's aside ("<aside>" … "</aside>", Notion's callout) of a writer's own words, which was left out`

// stripAsides blanks the lines of an aside block ("<aside>" and
// "</aside>" each on a line of their own, as Notion exports a callout)
// that holds no label esf knows: a writer's note beside the page
// ("ℹ️ Uppdaterad av handläggare."). An aside with the page's facts is
// read as the page's, its tags left to HTML's reading. Each line keeps
// its number.
func stripAsides(text string) (string, bool) {
	if !containsRare(text, "</aside>") {
		return text, false
	}
	lines := splitLines(text)
	found := false
	for i := 0; i < len(lines); i++ {
		if !strings.EqualFold(strings.TrimSpace(lines[i]), "<aside>") {
			continue
		}
		end, labels := -1, 0
		for j := i + 1; j < len(lines) && end < 0; j++ {
			switch t := strings.TrimSpace(lines[j]); {
			case strings.EqualFold(t, "</aside>"):
				end = j
			case t != "" && classify(t, 0, false).term != nil:
				labels++
			}
		}
		if end < 0 {
			break
		}
		if labels == 0 {
			for j := i; j <= end; j++ {
				lines[j] = ""
			}
			found = true
		}
		i = end
	}
	if !found {
		return text, false
	}
	return rewriteLines(text, lines, func(_ int, l string) string { return l }), true
}

// subpageNote says that links to a notes app's sub-pages were left out.
const subpageNote = `the page links to a notes app's sub-pages or tables ("[Budget](Budget%20underlag%20462b….md)", as Notion exports them), lines of their own that were left out`

// subpageLink reports a line that is one Markdown link alone to a file
// beside the page, a sub-page or a table (".md", ".csv"), as Notion
// exports a page's children: "[Budget underlag](Budget%20underlag%20
// 462b38540302f585798da23e7655f700.md)".
func subpageLink(l string) bool {
	t := strings.TrimSpace(l)
	if !strings.HasPrefix(t, "[") || !strings.HasSuffix(t, ")") {
		return false
	}
	words, target, ok := strings.Cut(t[1:len(t)-1], "](")
	if !ok || words == "" || strings.ContainsAny(words, "[]") || strings.Contains(target, "://") || strings.ContainsAny(target, " ()") {
		return false
	}
	return strings.HasSuffix(target, ".md") || strings.HasSuffix(target, ".csv")
}

// stripSubpageLinks blanks the lines that are a link alone to a sub-page
// (subpageLink). Each line keeps its number.
func stripSubpageLinks(text string) (string, bool) {
	if !containsRare(text, ".md)") && !containsRare(text, ".csv)") {
		return text, false
	}
	lines := splitLines(text)
	found := false
	for i, l := range lines {
		if subpageLink(l) {
			lines[i], found = "", true
		}
	}
	if !found {
		return text, false
	}
	return rewriteLines(text, lines, func(_ int, l string) string { return l }), true
}
