package parser

import (
	"strings"
	"unicode"
)

// A writer who sets a page's facts apart draws rules between them, or
// under each label: "* * *", "············", "──────", "════", a line of
// tildes between blank lines. Read as they stand, such a rule is a page's
// separator, and each field below it a page of its own, or a value's
// wrapped end ("Arbete och Försörjning ──────"). dropFactRules leaves out
// each rule that stands inside a page's facts: between a label and its
// value, or between one field and the next where the fields below it
// give none of the keys the fields above it gave. A rule above a title,
// above the page's text, or between two pages' facts (their keys given
// again) stays, and parts what it parts.

// factRulesNote says that rules between a page's facts were left out.
const factRulesNote = "rules drawn between the page's facts or under its labels were left out, each field read with its value across them"

// minRuleMarks is the fewest marks that make a line a rule: two are a
// dash or a pair of stars in the text.
const minRuleMarks = 3

// minUnderlineMarks is the fewest dashes or dots of a rule under a label
// alone: fewer ("---", "...") say that the label's value is missing.
const minUnderlineMarks = 4

// placeholder reports a rule that stands for a value missing: dashes or
// dots, fewer than minUnderlineMarks ("---", "...", "–").
func placeholder(t string) bool {
	return ruleMarks(t) < minUnderlineMarks && strings.Trim(t, "-.–— ") == ""
}

// ruleLine reports a line of rule marks alone, spaces between them: the
// marks of a separator (isSeparator's), box-drawing lines ("───",
// "═══", "━━━", "┄┄┄"), or ornaments ("◆◆◆", "■ ■ ■", "✦✦✦"). Underscores are a form's blank (formBlank), not
// a rule.
func ruleLine(text string) bool {
	n := 0
	for _, r := range text {
		switch {
		case strings.ContainsRune("-=*~#.·•–—★☆", r), r >= 0x2500 && r <= 0x25FF, r >= 0x2700 && r <= 0x27BF:
			n++
		case unicode.IsSpace(r):
		default:
			return false
		}
	}
	return n >= minRuleMarks
}

// factLabel returns a line's known label as labels stand, and whether it
// has no value on its line; nil for a line that is none.
func factLabel(text string) (*term, bool) {
	c := classify(text, 0, false)
	if c.term == nil || c.heading != nil || !c.writtenAsLabel() {
		return nil, false
	}
	return c.term, c.value == ""
}

// dropFactRules returns text with each rule inside a page's facts left
// out, lines for each line of the result in text's lines (1-based), and
// the lines of the rules it left out; text as it is, and no lines, where
// there are none.
func dropFactRules(text string) (_ string, at, dropped []int) {
	if !mayHoldRules(text) {
		return text, nil, nil
	}
	lines := splitLines(text)
	drop := make([]bool, len(lines))
	from := 0 // where the facts above the next rule begin: below the last rule kept, or the text's top
	for i, l := range lines {
		t := strings.TrimSpace(l)
		if t == "" || columnRule(t) || !ruleLine(t) {
			continue
		}
		if factRule(lines, from, i) {
			drop[i] = true
			dropped = append(dropped, i+1)
			continue
		}
		from = i + 1
	}
	if dropped == nil {
		return text, nil, nil
	}
	var read []string
	for i, l := range lines {
		if drop[i] {
			continue
		}
		if strings.TrimSpace(l) == "" && (i > 0 && drop[i-1] || i+1 < len(lines) && drop[i+1]) && labelAcross(lines, drop, i) {
			continue // a blank line beside a rule under a label: the label and its value meet
		}
		read = append(read, l)
		at = append(at, i+1)
	}
	return joinLinesOf(read, text), at, dropped
}

// mayHoldRules reports text with a line that begins with a rule's mark,
// looked for without splitting it.
func mayHoldRules(text string) bool {
	for rest := text; rest != ""; {
		var line string
		line, rest = nextLine(rest)
		if t := strings.TrimLeft(line, " \t"); t != "" && (strings.IndexByte("-=*~#.", t[0]) >= 0 || t[0] >= 0xC2) && ruleLine(strings.TrimSpace(t)) {
			return true
		}
	}
	return false
}

// factRule reports the rule at line i inside a page's facts: right
// below a label alone with its value right below the rule, the rule no
// placeholder; or right below a field (a label and
// its value, on its line or the one below) with a label right below the
// rule, the fields below it giving none of the keys of those above it.
// The fields above are those from from, below the last rule kept; those
// below run to the next rule: a page pasted twice with a rule between
// gives its keys again.
func factRule(lines []string, from, i int) bool {
	a, b := prevContent(lines, i-1, 0), nextContentLine(lines, i+1)
	if a < from || b < 0 {
		return false
	}
	above, aboveBare := factLabel(lines[a])
	below, _ := factLabel(lines[b])
	switch {
	case above != nil && aboveBare && below == nil:
		// "Projektägare" / "════" / "Arbete och Försörjning": a label's
		// underline, its value below it, of the value's shape.
		t := strings.TrimSpace(lines[b])
		if placeholder(strings.TrimSpace(lines[i])) || looksLikeProse(t) || classify(t, 0, false).heading != nil ||
			!columnReads(above.key, t) || !shapedKey(above.key) && !factsGoOn(lines, b) {
			return false
		}
	case below == nil:
		return false
	case strings.Trim(strings.TrimSpace(lines[i]), "-= ") == "":
		// "-----", "=====" between fields: a separator of pages pasted
		// one after another, as a file of pages has it, though neither
		// has a title.
		return false
	case above != nil && aboveBare && placeholder(strings.TrimSpace(lines[i])):
		return false // "Projektägare:" / "..." / "Region:": the value missing, as the page says
	case above == nil:
		// A value: the label right above it alone.
		if p := a - 1; p < from || strings.TrimSpace(lines[p]) == "" {
			return false
		} else if t, bare := factLabel(lines[p]); t == nil || !bare {
			return false
		}
	}
	given := map[Key]bool{}
	for _, l := range lines[from:i] {
		if t, _ := factLabel(l); t != nil {
			given[t.key] = true
		}
	}
	for _, l := range lines[b:] {
		if t := strings.TrimSpace(l); t != "" && ruleLine(t) {
			break
		}
		if t, _ := factLabel(l); t != nil && given[t.key] {
			return false // the next page's facts, its keys given again
		}
	}
	return true
}

// factsGoOn reports the facts going on below the value at line b: the
// next line that holds words is a label, a known heading, or there is
// none. A line of text there, or a rule, leaves a value of text below the
// rule the page's text or the next page's title ("Stödmottagarens
// address:" / "* * *" / "Projektet ska hjälpa unga …"); a value of its
// key's shape ("Nej", a date) vouches for itself.
func factsGoOn(lines []string, b int) bool {
	n := nextContentLine(lines, b+1)
	if n < 0 {
		return true
	}
	t := strings.TrimSpace(lines[n])
	if ruleLine(t) {
		return false
	}
	c := classify(t, 0, false)
	return c.term != nil && c.writtenAsLabel() || c.heading != nil
}

// ruleMarks counts the marks of a rule, its spaces left out.
func ruleMarks(t string) int {
	n := 0
	for _, r := range t {
		if !unicode.IsSpace(r) {
			n++
		}
	}
	return n
}

// labelAcross reports a blank line i between a label alone and its value
// across a rule left out (drop): the label above, the value below.
func labelAcross(lines []string, drop []bool, i int) bool {
	a := i - 1
	for a >= 0 && (drop[a] || strings.TrimSpace(lines[a]) == "") {
		a--
	}
	if a < 0 {
		return false
	}
	t, bare := factLabel(lines[a])
	return t != nil && bare
}
