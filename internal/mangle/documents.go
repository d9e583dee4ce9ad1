package mangle

import (
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"
	"unicode/utf8"
)

// What a page goes through in other people's documents: a browser's
// translation, a document with comments, a mail's reply above it, a
// numbered list, a wiki's source and a form's boxes.

// translated are the labels as a browser's machine translation writes
// them, a few ways each, where they are not the site's own English.
var translated = map[string][]string{
	"Utlysning":                             {"Announcement", "Call for applications"},
	"Unionens medfinansieringsgrad":         {"The Union's co-financing rate", "Union's co-financing rate"},
	"Specifikt mål":                         {"Specific goal", "Specific target"},
	"Insats av strategisk betydelse":        {"Effort of strategic importance", "Intervention of strategic importance", "Action of strategic importance"},
	"Beviljat ESF-stöd":                     {"Approved ESF support", "Approved ESF funding"},
	"Land som berörs":                       {"Country affected", "Countries affected"},
	"Berörd fond":                           {"Affected fund"},
	"Stödmottagare ort":                     {"Beneficiary location", "Support recipient location"},
	"Stödmottagare postnr":                  {"Beneficiary postal code", "Support recipient postcode"},
	"Stödmottagarens address":               {"The beneficiary's address", "Support recipient's address"},
	"Projektfas":                            {"Project stage"},
	"Sekundärtema - Motverka barnfattigdom": {"Secondary theme - Counteract child poverty", "Secondary theme - Combat child poverty"},
}

// translatedRegions are the regions as a machine translation writes them.
var translatedRegions = map[string]string{
	"Sydsverige": "Southern Sweden", "Östra Mellansverige": "Eastern Central Sweden", "Västsverige": "Western Sweden",
	"Norra Mellansverige": "Northern Central Sweden", "Övre Norrland": "Northern Norrland",
}

// translateLabels writes every label a translation writes its own way so,
// and the region's name, as a browser translating the page does.
func translateLabels(d *doc, r *rand.Rand) bool {
	fs := d.untouched(func(f *field) bool { return translated[f.label] != nil })
	if len(fs) == 0 {
		return false
	}
	for _, f := range fs {
		f.label = pick(r, translated[f.label])
		f.labelLine.touched = true
	}
	for _, f := range d.untouched(func(f *field) bool { return f.label == "Region" }) {
		if en := translatedRegions[strings.TrimSpace(f.valueText())]; en != "" {
			d.setValue(f, en)
		}
	}
	return true
}

// commentAnchors marks values with the anchors of comments, glued to
// them, as a copy of a document with comments has them ("Kristianstads
// kommun[a]", Word's "[AS1]"), and, half the time, the comments at the
// page's end, as Google Docs writes them.
func commentAnchors(d *doc, r *rand.Rand) bool {
	fs := d.untouched(func(f *field) bool {
		v := f.valueText()
		return strings.TrimSpace(v) != "" && !strings.HasSuffix(v, " |")
	})
	if len(fs) == 0 {
		return false
	}
	word := r.IntN(2) == 0
	var comments []string
	for i := range 1 + r.IntN(min(3, len(fs))) {
		f := fs[r.IntN(len(fs))]
		anchor := "[" + string(rune('a'+i)) + "]"
		if word {
			anchor = "[AS" + strconv.Itoa(i+1) + "]"
		}
		if f.valueLine != nil {
			f.valueLine.text = strings.TrimRight(f.valueLine.text, " ") + anchor
			f.valueLine.touched = true
		} else {
			f.value = strings.TrimRight(f.value, " ") + anchor
			f.labelLine.touched = true
		}
		comments = append(comments, anchor+"Anna Svensson: Stämmer detta?")
	}
	if !word && r.IntN(2) == 0 {
		d.lines = append(d.lines, &line{role: roleOther, text: ""})
		for _, c := range comments {
			d.lines = append(d.lines, &line{role: roleOther, text: c, touched: true})
		}
	}
	return true
}

// replies are the replies a page is mailed on with, above it: a greeting,
// a question, a closing and a signature with a telephone.
var replies = [][]string{
	{"Hej!", "", "Kan du kolla att beloppen stämmer?", "", "Med vänlig hälsning", "Anna Svensson", "Projektsamordnare", "Tel: 070-123 45 67", ""},
	{"Hej Karin,", "", "Här är projektet vi pratade om.", "", "Mvh", "Erik Berg", "Utvecklingsenheten", "Mobil: 070-765 43 21", "erik.berg@kommun.se", ""},
	{"Se nedan.", "", "Vänliga hälsningar", "Lisa", "Telefon: 08-123 456 78", ""},
}

// replyAbove puts a reply with its signature above the page, as a page
// mailed on is answered above it.
func replyAbove(d *doc, r *rand.Rand) bool {
	if d.layout == "" {
		return false
	}
	var ls []*line
	for _, s := range pick(r, replies) {
		ls = append(ls, &line{role: roleOther, text: s, touched: s != ""})
	}
	d.insert(0, ls...)
	return true
}

// blockLines returns the lines from the first of the field block to its
// last, each a label's line or a value's.
func (d *doc) blockLines() []*line {
	first, last := -1, -1
	for i, l := range d.lines {
		if l.role == roleLabel || l.role == roleValue || l.continues != nil {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	if first < 0 {
		return nil
	}
	return d.lines[first : last+1]
}

// numberLines numbers every line of the field block, labels and values
// alike, as a page pasted into a numbered list of a notes app or a
// document is.
func numberLines(d *doc, r *rand.Rand) bool {
	block := d.blockLines()
	if len(block) < 6 {
		return false
	}
	mark := pick(r, []string{". ", ") "})
	n := 0
	for _, l := range block {
		if strings.TrimSpace(l.render()) == "" {
			continue
		}
		n++
		if l.role == roleLabel {
			l.field.pre = strconv.Itoa(n) + mark + l.field.pre
		} else {
			l.text = strconv.Itoa(n) + mark + l.text
		}
		l.touched = true
	}
	return true
}

// underlineHeadings underlines the title and the free text's headings, as
// reStructuredText writes them and a page converted by pandoc has them.
func underlineHeadings(d *doc, r *rand.Rand) bool {
	hs := headingLines(d, false)
	if t := d.title(); t != nil {
		hs = append([]*line{t}, hs...)
	}
	if len(hs) < 2 {
		return false
	}
	for i, h := range hs {
		mark := "-"
		if i == 0 {
			mark = "="
		}
		under := &line{role: roleOther, text: strings.Repeat(mark, utf8.RuneCountInString(strings.TrimSpace(h.text))), touched: true}
		d.insert(d.index(h)+1, under)
	}
	return true
}

// yesNoBoxes writes the answers of yes or no as the boxes of a form
// copied as text.
func yesNoBoxes(d *doc, r *rand.Rand) bool {
	fs := d.untouched(func(f *field) bool {
		v := strings.TrimSpace(f.valueText())
		return v == "Ja" || v == "Nej"
	})
	if len(fs) == 0 {
		return false
	}
	for _, f := range fs {
		yes := strings.TrimSpace(f.valueText()) == "Ja"
		forms := []string{"☐ Ja ☒ Nej", "[ ] Ja [x] Nej", "Ja ☐ Nej ☒", "☒ Nej", "Nej ✓"}
		if yes {
			forms = []string{"☒ Ja ☐ Nej", "[x] Ja [ ] Nej", "Ja ☒ Nej ☐", "☑ Ja", "Ja ✓"}
		}
		d.setValue(f, pick(r, forms))
	}
	return true
}

// wikiSource writes the page as a wiki's source: MediaWiki's table of its
// fields and headings between "==", or Jira's headings and table.
func wikiSource(d *doc, r *rand.Rand) bool {
	fs := d.fields()
	if len(fs) == 0 {
		return false
	}
	jira := r.IntN(2) == 0
	if t := d.title(); t != nil {
		if jira {
			t.text = "h1. " + t.text
		} else {
			t.text = "== " + t.text + " =="
		}
		t.touched = true
	}
	for _, f := range fs {
		d.inline(f)
		f.pre, f.sep, f.post, f.gap = "| ", "", "", " || "
		if jira {
			f.pre, f.gap = "|", "|"
			f.value += "|"
		}
		f.value = strings.TrimSuffix(f.value, " |")
	}
	first, last := d.index(fs[0].labelLine), d.index(fs[len(fs)-1].labelLine)
	if jira {
		d.insert(first, &line{role: roleOther, text: "||Fält||Värde||", touched: true})
	} else {
		d.insert(last+1, &line{role: roleOther, text: "|}", touched: true})
		d.insert(first, &line{role: roleOther, text: "{| class=\"wikitable\"", touched: true})
	}
	for _, h := range headingLines(d, false) {
		if jira {
			h.text = "h2. " + strings.TrimSpace(h.text)
		} else {
			h.text = "== " + strings.TrimSpace(h.text) + " =="
		}
		h.touched = true
	}
	return true
}

// versionControl puts the page in what version control prints of a
// repository that keeps it: a commit's diff that adds it (git show, diff
// -u, svn diff), each line after the diff's "+", or git blame's listing,
// each line after the commit, the author and the time that last changed
// it.
func versionControl(d *doc, r *rand.Rand) bool {
	n := len(d.lines)
	blame := r.IntN(3) == 0
	width := len(strconv.Itoa(n))
	for i, l := range d.lines {
		prefix := "+"
		if blame {
			prefix = fmt.Sprintf("%08x (Anna Svensson 2024-05-%02d 03:00:12 +0200 %*d) ", r.Uint32(), 1+r.IntN(28), width, i+1)
		}
		if l.role == roleLabel {
			l.field.pre = prefix + l.field.pre
		} else {
			l.text = prefix + l.text
		}
		l.touched = true
	}
	if blame {
		return true
	}
	hunk := fmt.Sprintf("@@ -0,0 +1,%d @@", n)
	header := pick(r, [][]string{
		{"commit 685b469cc97b35c58f73c471823a7a3e9a28bec3", "Author: Anna Svensson <anna@example.se>", "Date:   Thu May 2 03:00:12 2024 +0200", "", "    Lägg till projektet", "",
			"diff --git a/projekt/sida.txt b/projekt/sida.txt", "new file mode 100644", "index 0000000..685b469", "--- /dev/null", "+++ b/projekt/sida.txt", hunk},
		{"--- /dev/null\t1970-01-01 01:00:00.000000000 +0100", "+++ projekt/sida.txt\t2024-05-02 14:31:07.123456789 +0200", hunk},
		{"Index: projekt/sida.txt", strings.Repeat("=", 67), "--- projekt/sida.txt\t(nonexistent)", "+++ projekt/sida.txt\t(revision 1287)", hunk},
	})
	lines := make([]*line, len(header))
	for i, h := range header {
		lines[i] = &line{role: roleOther, text: h, touched: true}
	}
	d.insert(0, lines...)
	return true
}

// orgFile puts the page in an Org file, as Emacs and the notes apps that
// write Org keep it: the title a heading, with the file's settings above
// it, the fields its properties in a drawer, or items of a description
// list, and the free text's headings a level below, with tags.
func orgFile(d *doc, r *rand.Rand) bool {
	fs := d.fields()
	t := d.title()
	if len(fs) == 0 || t == nil {
		return false
	}
	drawer := r.IntN(2) == 0
	t.text = "* " + t.text
	t.touched = true
	for _, f := range fs {
		d.inline(f)
		if drawer {
			f.pre, f.label, f.sep, f.post, f.gap = ":", strings.ReplaceAll(f.label, " ", "_"), ":", "", " "
		} else {
			f.pre, f.sep, f.post, f.gap = "- ", " ::", "", " "
		}
		f.labelLine.touched = true
	}
	if drawer {
		first, last := d.index(fs[0].labelLine), d.index(fs[len(fs)-1].labelLine)
		d.insert(last+1, &line{role: roleOther, text: ":END:", touched: true})
		d.insert(first, &line{role: roleOther, text: ":PROPERTIES:", touched: true})
	}
	for _, h := range headingLines(d, false) {
		h.text = "** " + strings.TrimSpace(h.text) + pick(r, []string{" :esf:", "   :esf:projekt:"})
		h.touched = true
	}
	settings := []*line{{role: roleOther, text: "#+STARTUP: overview", touched: true}, {role: roleOther, text: "#+FILETAGS: :esf:", touched: true}}
	d.insert(d.index(t), settings...)
	return true
}

// forumPost puts the page in a forum post's source, in BBCode: the title
// large and bold, the labels bold, the free text's headings underlined,
// and at times the whole page quoted in a reply, with the writer's words
// around it.
func forumPost(d *doc, r *rand.Rand) bool {
	fs := d.fields()
	t := d.title()
	if len(fs) == 0 || t == nil {
		return false
	}
	t.text = "[size=150][b]" + t.text + "[/b][/size]"
	t.touched = true
	for _, f := range fs {
		f.pre, f.post = "[b]"+f.pre, f.post+"[/b]"
		if f.sep == "" && !f.inline {
			f.post = "[/b]"
		}
		f.labelLine.touched = true
	}
	for _, h := range headingLines(d, false) {
		h.text = "[u]" + strings.TrimSpace(h.text) + "[/u]"
		h.touched = true
	}
	if r.IntN(2) == 0 {
		d.insert(0, &line{role: roleOther, text: "Hej alla, hittade det här i projektbanken:", touched: true},
			&line{role: roleOther, text: `[quote="anna_s"]`, touched: true})
		d.lines = append(d.lines, &line{role: roleOther, text: "[/quote]", touched: true},
			&line{role: roleOther, text: "", touched: true}, &line{role: roleOther, text: "Stämmer beloppen?", touched: true})
	}
	return true
}

// latexDocument writes the page into a LaTeX document, as a report quotes
// it: the title a section, the fields bold labels, a description list's
// items or a tabular's rows, the free text's headings subsections, and at
// times the labels' letters as accent commands ("Projekt\"agare").
func latexDocument(d *doc, r *rand.Rand) bool {
	fs := d.fields()
	t := d.title()
	if len(fs) == 0 || t == nil {
		return false
	}
	accents := strings.NewReplacer("ä", `\"a`, "ö", `\"o`, "å", `\aa{}`, "Ä", `\"A`, "Ö", `\"O`, "Å", `\AA{}`)
	t.text = `\section*{` + t.text + `}`
	t.touched = true
	kind := r.IntN(3)
	for _, f := range fs {
		d.inline(f)
		if r.IntN(2) == 0 {
			f.label = accents.Replace(f.label)
		}
		switch kind {
		case 0:
			f.pre, f.sep, f.post, f.gap = `\textbf{`+f.pre, ":", "}", " "
			f.value += `\\`
		case 1:
			f.pre, f.sep, f.post, f.gap = `  \item[`+f.pre, "", "]", " "
		default:
			f.sep, f.post, f.gap = "", "", " & "
			f.value += ` \\`
		}
		f.labelLine.touched = true
	}
	if kind > 0 {
		env := [...]string{1: "description", 2: "tabular"}[kind]
		open := `\begin{` + env + `}`
		if kind == 2 {
			open += "{ll}"
		}
		first, last := d.index(fs[0].labelLine), d.index(fs[len(fs)-1].labelLine)
		d.insert(last+1, &line{role: roleOther, text: `\end{` + env + `}`, touched: true})
		d.insert(first, &line{role: roleOther, text: open, touched: true})
	}
	for _, h := range headingLines(d, false) {
		h.text = `\subsection*{` + strings.TrimSpace(h.text) + `}`
		h.touched = true
	}
	d.insert(0, &line{role: roleOther, text: `\documentclass{article}`, touched: true}, &line{role: roleOther, text: `\begin{document}`, touched: true})
	d.lines = append(d.lines, &line{role: roleOther, text: `\end{document}`, touched: true})
	return true
}

// programString writes the page into a program as a string literal a
// line, concatenated, as code that keeps a page for a test or a scraper
// does: each line in quotes with its line end and quotes escaped.
func programString(d *doc, r *rand.Rand) bool {
	for _, l := range d.lines {
		if l.beside != nil {
			return false // its end is another field's
		}
	}
	esc := strings.NewReplacer(`\`, `\\`, `"`, `\"`)
	open := pick(r, []string{`  "`, "\t\""})
	for i, l := range d.lines {
		end := `\n" +`
		if i == len(d.lines)-1 {
			end = `\n";`
		}
		if l.role != roleLabel {
			l.text = open + esc.Replace(l.text) + end
			l.touched = true
			continue
		}
		f := l.field
		f.pre, f.label, f.post = open+esc.Replace(f.pre), esc.Replace(f.label), esc.Replace(f.post)
		if f.inline && f.value != "" {
			f.value = esc.Replace(f.value) + end
		} else {
			f.post += end
		}
		l.touched = true
	}
	d.insert(0, &line{role: roleOther, text: pick(r, []string{"const page =", "page := \"\" +", "String page ="}), touched: true})
	return true
}
