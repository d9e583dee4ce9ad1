package parser

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A page a researcher coded in a qualitative analysis program comes back
// out of it in two ways. Coded by hand in the text, each coded fact
// carries its code in capitals at its line's end ("Perstorps kommun
// [AKTÖR]", "605 [MÅLGRUPP]"). Exported as the program's report, the
// page's segments stand in their order under the program's own lines:
// NVivo's coding report ("<Files\\ESF-projekt\\Within> - § 3 references
// coded [100,00% Coverage]", "Reference 1 - 3,21% Coverage"), ATLAS.ti's
// quotations ("○ 2:3 Programområde 1.1 …", "Content:", the segment,
// "Codes:", "● Aktör"), MAXQDA's coded segments ("Within: 12 - 30 (0)",
// "Kod: Dokument\Bakgrund") and Dedoose's excerpts ("Excerpt Range:",
// "Codes Applied:"). None of that is the project's: stripInlineCodes and
// stripCodingReport take it off, each line keeping its number.

// inlineCodeNote says what stripInlineCodes did.
const inlineCodeNote = `the page's lines carry a coder's codes in capitals ("Perstorps kommun [AKTÖR]", "605 [MÅLGRUPP]"), as a qualitative analysis marks what it coded; the codes were taken off`

// codingReportNote says what stripCodingReport did.
const codingReportNote = `the page is a qualitative analysis program's report of its coded segments (NVivo's "Reference 1 - 3,21% Coverage", ATLAS.ti's "Content:" and "Codes:", MAXQDA's "Kod: Dokument\Bakgrund"): the program's heads, codes and coverage were left out, the segments read as the page in their order`

// minCodedLines is the fewest lines ending in a code in capitals that
// tell a coded page: a page's own line may end in a bracket in capitals
// once or twice ("Programmet [ESF]").
const minCodedLines = 3

// maxCodeLen bounds a code's length in runes: a word or three, not a
// sentence in capitals.
const maxCodeLen = 32

// stripInlineCodes takes a coder's codes in capitals off the ends of a
// page's lines, where minCodedLines lines or more end in one.
func stripInlineCodes(text string) (string, bool) {
	if !containsRare(text, "]\n") && !containsRare(text, "]\r\n") && !strings.HasSuffix(text, "]") {
		return text, false
	}
	lines := splitLines(text)
	coded := 0
	for _, l := range lines {
		if _, ok := cutInlineCode(l); ok {
			coded++
		}
	}
	if coded < minCodedLines {
		return text, false
	}
	for i, l := range lines {
		if rest, ok := cutInlineCode(l); ok {
			lines[i] = rest
		}
	}
	read := joinLinesOf(lines, text)
	return read, true
}

// cutInlineCode returns line without the codes in capitals at its end,
// each after a space ("Sydsverige [GEOGRAFI]", "Lund [GEOGRAFI] [KOMMUN]"),
// and whether it had one with text before it.
func cutInlineCode(line string) (string, bool) {
	t, cut := strings.TrimRight(line, " \t\r"), false
	for strings.HasSuffix(t, "]") {
		open := strings.LastIndex(t, " [")
		if open <= 0 || strings.TrimSpace(t[:open]) == "" || !isCode(t[open+2:len(t)-1]) {
			break
		}
		t, cut = strings.TrimRight(t[:open], " "), true
	}
	if !cut {
		return line, false
	}
	return t, true
}

// isCode reports a code as coders write one: capitals, with a space, a
// hyphen, a slash or an underscore between words ("AKTÖR", "TID-PERIOD",
// "MÅLGRUPP/UNGA"); no digit, which a footnote's mark is.
func isCode(s string) bool {
	if s == "" || utf8.RuneCountInString(s) > maxCodeLen {
		return false
	}
	letters := 0
	for _, r := range s {
		switch {
		case unicode.IsUpper(r):
			letters++
		case r == ' ' || r == '-' || r == '/' || r == '_':
		default:
			return false
		}
	}
	return letters >= 2
}

// codingReportWords are what a coding report holds and a page does not,
// looked for before its lines are read; each begins with a byte that a
// page's text seldom has, which the search looks for first.
var codingReportWords = []string{"% Coverage", "% coverage", "Content:", "Kod:", "Code:", "Excerpt "}

// hasAnyWord reports text holding one of words.
func hasAnyWord(text string, words []string) bool {
	for _, w := range words {
		if containsRare(text, w) {
			return true
		}
	}
	return false
}

// stripCodingReport blanks a qualitative analysis program's own lines
// round a page's coded segments. Each line keeps its number.
func stripCodingReport(text string) (string, bool) {
	if !hasAnyWord(text, codingReportWords) {
		return text, false
	}
	lines := splitLines(text)
	out := make([]bool, len(lines)) // the lines left out
	n := nvivoLines(lines, out) + atlasLines(lines, out) + maxqdaLines(lines, out) + dedooseLines(lines, out)
	if n == 0 {
		return text, false
	}
	for i := range lines {
		if out[i] {
			lines[i] = ""
		}
	}
	read := joinLinesOf(lines, text)
	return read, read != text
}

// minReferences is the fewest NVivo references that tell its report
// without the source's head above them: one "Reference 1 - …" may be a
// page's line.
const minReferences = 2

// nvivoLines marks NVivo's lines in a coding report: each source's head
// ("<Files\\ESF-projekt\\Within> - § 3 references coded [100,00%
// Coverage]"), each reference's ("Reference 1 - 3,21% Coverage") and a
// node's name over its references (nvivoNodes). It returns how
// many segments it found, 0 where the lines are no report's.
func nvivoLines(lines []string, out []bool) int {
	heads, refs := 0, 0
	for _, l := range lines {
		t := strings.TrimSpace(l)
		switch {
		case nvivoSource(t):
			heads++
		case nvivoReference(t):
			refs++
		}
	}
	if refs == 0 || heads == 0 && refs < minReferences {
		return 0
	}
	for i, l := range lines {
		t := strings.TrimSpace(l)
		if nvivoSource(t) || nvivoReference(t) || hasAnyPrefix(strings.TrimPrefix(t, "Name: "), nvivoNodes) {
			out[i] = true
		}
	}
	return refs
}

// nvivoNodes are how a node's name begins above its references in
// NVivo's report ("Nodes\\Bakgrund", "Name: Codes\\Aktör").
var nvivoNodes = []string{`Nodes\`, `Codes\`}

// nvivoSource reports a source's head in NVivo's coding report:
// "<Files\\Intervju 1> - § 2 references coded  [3,52% Coverage]".
func nvivoSource(t string) bool {
	return strings.HasPrefix(t, "<") && containsRare(t, "> - § ") && (strings.HasSuffix(t, "% Coverage]") || strings.HasSuffix(t, "% coverage]"))
}

// nvivoReference reports a reference's head: "Reference 3 - 87,13%
// Coverage".
func nvivoReference(t string) bool {
	rest, ok := strings.CutPrefix(t, "Reference ")
	if !ok {
		return false
	}
	n, pct, ok := strings.Cut(rest, " - ")
	pct, cov := strings.CutSuffix(strings.Replace(pct, "% coverage", "% Coverage", 1), "% Coverage")
	pct = strings.TrimSpace(pct)
	return ok && cov && allDigits(n) && n != "" && pct != "" && strings.Trim(pct, "0123456789,.") == ""
}

// atlasHeadLabels are the labels ATLAS.ti writes about a quotation
// between its name and its content.
var atlasHeadLabels = []string{"Document:", "Dokument:", "Created:", "Modified:", "Position:", "Content:"}

// atlasReportHead are how the lines above a quotation report's first
// quotation begin.
var atlasReportHead = []string{"Report: ", "Project: ", "Report created by ", "Quotation Report", "All (", "Quotations"}

// atlasLines marks ATLAS.ti's lines in a quotation report: the report's
// head above the first quotation, each quotation's name ("○ 2:3
// Programområde 1.1 …") over its "Content:", and the codes below it
// ("Codes:", "● Aktör"). It returns how many quotations it found.
func atlasLines(lines []string, out []bool) int {
	quotes, first := 0, -1
	for i := 0; i < len(lines); i++ {
		if !atlasQuotation(strings.TrimSpace(lines[i])) {
			continue
		}
		content := -1
		for j := i + 1; j < len(lines) && j <= i+len(atlasHeadLabels); j++ {
			t := strings.TrimSpace(lines[j])
			if t == "Content:" {
				content = j
				break
			}
			if !hasAnyPrefix(t, atlasHeadLabels) {
				break
			}
		}
		if content < 0 {
			continue
		}
		if first < 0 {
			first = i
		}
		quotes++
		for j := i; j <= content; j++ {
			out[j] = true
		}
		i = content
	}
	if quotes == 0 {
		return 0
	}
	for i := 0; i < first; i++ {
		if t := strings.TrimSpace(lines[i]); hasAnyPrefix(t, atlasReportHead) || strings.HasSuffix(t, " quotations") {
			out[i] = true
		}
	}
	for i := first; i < len(lines); i++ {
		if strings.TrimSpace(lines[i]) != "Codes:" {
			continue
		}
		out[i] = true
		for j := i + 1; j < len(lines); j++ {
			t := strings.TrimSpace(lines[j])
			if !strings.HasPrefix(t, "●") && !strings.HasPrefix(t, "◇") && !(strings.HasPrefix(t, "[") && strings.HasSuffix(t, "]")) {
				break
			}
			out[j] = true
		}
	}
	return quotes
}

// atlasQuotation reports a quotation's name as ATLAS.ti writes it: its
// document's and its own number, then its first words ("○ 2:3 …").
func atlasQuotation(t string) bool {
	t = strings.TrimSpace(strings.TrimPrefix(t, "○"))
	num, rest, ok := strings.Cut(t, " ")
	doc, q, colon := strings.Cut(num, ":")
	return ok && colon && doc != "" && q != "" && allDigits(doc) && allDigits(q) && strings.TrimSpace(rest) != ""
}

// maxqdaCodeLabels are the labels of a segment's code in MAXQDA's
// export, in its languages.
var maxqdaCodeLabels = []string{"Kod: ", "Code: ", "Kode: ", "Codice: ", "Código: "}

// maxqdaLines marks MAXQDA's lines round its coded segments: each
// segment's document and place ("Within Kompetens: 12 - 30 (0)") over its
// code ("Kod: Dokument\Bakgrund"). It returns how many segments it
// found.
func maxqdaLines(lines []string, out []bool) int {
	segments := 0
	for i := 0; i+1 < len(lines); i++ {
		if !maxqdaPlace(strings.TrimSpace(lines[i])) || !hasAnyPrefix(strings.TrimSpace(lines[i+1]), maxqdaCodeLabels) {
			continue
		}
		out[i], out[i+1] = true, true
		segments++
	}
	return segments
}

// maxqdaPlace reports a segment's document and place, its paragraphs
// from and to and its weight ("Within Kompetens: 12 - 30 (0)"), or as a
// document's quotation names it ("Within Kompetens, Pos. 12-30").
func maxqdaPlace(t string) bool {
	if i := strings.LastIndex(t, ", Pos. "); i > 0 {
		from, to, _ := strings.Cut(t[i+len(", Pos. "):], "-")
		return from != "" && allDigits(from) && allDigits(to)
	}
	if !strings.HasSuffix(t, ")") {
		return false
	}
	i := strings.LastIndex(t, ": ")
	if i <= 0 {
		return false
	}
	span, weight, ok := strings.Cut(t[i+2:], " (")
	from, to, dash := strings.Cut(span, " - ")
	weight = strings.TrimSuffix(weight, ")")
	return ok && dash && from != "" && to != "" && allDigits(from) && allDigits(to) && weight != "" && strings.Trim(weight, "0123456789,.") == ""
}

// dedooseLabels are the labels of an excerpt's head in Dedoose's export.
var dedooseLabels = []string{"Excerpt Range:", "Excerpt Creator:", "Excerpt Date:", "Codes Applied:", "Media Title:", "Excerpt Copy:"}

// minDedooseLabels is the fewest of an excerpt's labels that tell
// Dedoose's export: one may be a page's.
const minDedooseLabels = 2

// dedooseLines marks Dedoose's lines round its excerpts: each excerpt's
// head of labels, the text after "Excerpt Copy:" kept. It returns how
// many excerpts it found.
func dedooseLines(lines []string, out []bool) int {
	labels, copies := 0, 0
	for _, l := range lines {
		t := strings.TrimSpace(l)
		if hasAnyPrefix(t, dedooseLabels) {
			labels++
			if strings.HasPrefix(t, "Excerpt Copy:") {
				copies++
			}
		}
	}
	if labels < minDedooseLabels || copies == 0 {
		return 0
	}
	for i, l := range lines {
		t := strings.TrimSpace(l)
		if !hasAnyPrefix(t, dedooseLabels) {
			continue
		}
		if rest, ok := strings.CutPrefix(t, "Excerpt Copy:"); ok && strings.TrimSpace(rest) != "" {
			lines[i] = strings.TrimSpace(rest)
			continue
		}
		out[i] = true
	}
	return copies
}
