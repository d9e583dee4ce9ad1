package validate

import (
	"slices"

	"github.com/esfdata/esf/parser"
)

// contradictionRules are the rules that find a page contradicting itself
// or a value that is not of its kind: the ones esf parse runs too, so that
// a user who only parses sees them in the record's warnings.
var contradictionRules = []string{"date-order", "money", "participants", "rate", "email", "phone", "postcode", "org-number", "nuts2"}

// Annotate adds to a record, as warnings of kind contradiction, what the
// contradiction rules find in it that no warning on the same line and key
// says already. It is the one implementation esf parse and esf validate
// share: validate reports the same findings as diagnostics.
func Annotate(rec *parser.Project) {
	c := &check{rec: rec, checker: &Checker{ids: map[string]parser.Position{}}}
	for _, r := range rules {
		if slices.Contains(contradictionRules, r.Name) {
			c.rule = r
			r.check(c)
		}
	}
	type place struct {
		line int
		key  parser.Key
	}
	said := make(map[place]bool, len(rec.Warnings))
	for _, w := range rec.Warnings {
		said[place{w.Line, w.Key}] = true
	}
	for _, d := range c.found {
		if said[place{d.Pos.Line, d.Key}] {
			continue
		}
		said[place{d.Pos.Line, d.Key}] = true
		rec.Warnings = append(rec.Warnings, parser.Warning{
			Position: d.Pos, Key: d.Key, Kind: parser.WarnContradiction,
			Message: d.Message,
		})
	}
	slices.SortStableFunc(rec.Warnings, func(a, b parser.Warning) int { return a.Line - b.Line })
}

// auditKinds are the warnings of the parser's audit, which the audit rule
// reports: a record that disagrees with its page.
var auditKinds = []parser.WarningKind{parser.WarnUnread, parser.WarnLabelInValue, parser.WarnWrapped, parser.WarnType, parser.WarnUnused}

func checkAudit(c *check) {
	for i, w := range c.rec.Warnings {
		if slices.Contains(auditKinds, w.Kind) && !(i > 0 && sameValueWarning(c.rec.Warnings[i-1], w)) {
			// One line's warning about both dates a period fills is
			// one diagnostic.
			c.report(w.Line, w.Key, "%s", w.Message)
		}
	}
}

func checkSpelling(c *check) { c.reportKind(parser.WarnSpelling) }
