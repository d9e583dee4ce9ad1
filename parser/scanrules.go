package parser

import "strings"

// scanRuleNote names the rules a scan's reading left at the lines' edges.
const scanRuleNote = `the page is a scan's reading, whose lines begin or end with a box's rule read as "|" or "¦", which was taken off`

// minScanRuleLines is the fewest lines with a rule at an edge that make
// the rules a scan's box, not a line's own bar: a box around the field
// block has a line a field, and a page has three fields or more.
const minScanRuleLines = 3

// minScanRuleLabels is the fewest ruled lines that hold a label, as a
// box around the field block has: a bar before a text's lines ("|
// Rekrytering av deltagare") or a menu's is no scan's rule.
const minScanRuleLabels = 2

// stripScanRules takes off the rule a scan's reading leaves at a line's
// start or end, where a box stood around the fields ("| Region: Sydsverige
// |", "¦ Projektperiod:"): where minScanRuleLines lines or more have one,
// minScanRuleLabels of them a label's, and no line has a bar inside it,
// as a table's rows have. Each line keeps its number.
func stripScanRules(text string) (string, bool) {
	if strings.IndexByte(text, '|') < 0 && !containsRare(text, "¦") {
		return text, false
	}
	lines := splitLines(text)
	ruled, labelled := 0, 0
	for _, l := range lines {
		body, cut := cutScanRules(l)
		if strings.ContainsAny(body, "|¦") || cut && strings.Trim(body, "-:= ") == "" && body != "" {
			return text, false // a table's row, or its rule ("|---|")
		}
		if cut {
			ruled++
			if classify(body, 0, false).term != nil {
				labelled++
			}
		}
	}
	if ruled < minScanRuleLines || labelled < minScanRuleLabels {
		return text, false
	}
	return rewriteLines(text, lines, func(_ int, l string) string {
		body, _ := cutScanRules(l)
		return body
	}), true
}

// cutScanRules returns a line without a rule at its start ("| ", "¦")
// and at its end (" |"), its indent kept, and whether it had one.
func cutScanRules(l string) (string, bool) {
	body := strings.TrimLeft(l, " \t")
	indent := l[:len(l)-len(body)]
	cut := false
	for _, r := range [...]string{"|", "¦"} {
		if strings.HasPrefix(body, r) {
			body, cut = strings.TrimLeft(body[len(r):], " "), true
			break
		}
	}
	trimmed := strings.TrimRight(body, " \t")
	for _, r := range [...]string{"|", "¦"} {
		if strings.HasSuffix(trimmed, r) {
			body, cut = strings.TrimRight(trimmed[:len(trimmed)-len(r)], " "), true
			break
		}
	}
	return indent + body, cut
}
