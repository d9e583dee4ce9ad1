// Package validate checks parsed ESF project records against rules and
// reports diagnostics that point at the line of the page where the value
// stands.
package validate

import (
	"cmp"
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"github.com/esfdata/esf/parser"
)

// Severity is how much a diagnostic matters.
type Severity int

// The severities, least first.
const (
	Info Severity = iota
	Warning
	Error
)

var severityNames = []string{"info", "warning", "error"}

func (s Severity) String() string { return severityNames[s] }

// SeverityNames lists the severities from the least to the most severe.
func SeverityNames() []string { return slices.Clone(severityNames) }

// ParseSeverity reads "info", "warning" or "error".
func ParseSeverity(s string) (Severity, error) {
	i := slices.Index(severityNames, strings.ToLower(strings.TrimSpace(s)))
	if i < 0 {
		return 0, fmt.Errorf("unknown severity %q; valid: %s", s, strings.Join(severityNames, ", "))
	}
	return Severity(i), nil
}

// MarshalText writes the severity's name, for JSON.
func (s Severity) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// Diagnostic is one finding on one page, at the position of the value it
// concerns, printed the way the parser's warnings are.
type Diagnostic struct {
	Pos      parser.Position
	Severity Severity
	Rule     string
	Key      parser.Key
	Message  string
}

func (d Diagnostic) String() string {
	return fmt.Sprintf("%s: %s: %s [%s]", d.Pos, d.Severity, d.Message, d.Rule)
}

// MarshalJSON writes the diagnostic as {file, line, severity, rule, field,
// message}.
func (d Diagnostic) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		File     string     `json:"file"`
		Line     int        `json:"line"`
		Severity Severity   `json:"severity"`
		Rule     string     `json:"rule"`
		Field    parser.Key `json:"field"`
		Message  string     `json:"message"`
	}{d.Pos.Path, d.Pos.Line, d.Severity, d.Rule, d.Key, d.Message})
}

// Rule is one check. A rule that owns keys reports the parser's warnings
// about values of those keys; bad-value reports the rest.
type Rule struct {
	Name     string
	Severity Severity // the default
	Doc      string
	owns     []parser.Key
	check    func(c *check)
}

// Rules lists every rule, in the order they run.
func Rules() []Rule { return slices.Clone(rules) }

// RuleNames lists the names of the rules.
func RuleNames() []string {
	names := make([]string, len(rules))
	for i, r := range rules {
		names[i] = r.Name
	}
	return names
}

// Config turns rules off and changes their severity.
type Config struct {
	Disabled []string
	Severity map[string]Severity
}

// Check reports an unknown rule name in the configuration.
func (cfg Config) Check() error {
	names := RuleNames()
	for _, name := range cfg.Disabled {
		if !slices.Contains(names, name) {
			return unknownRule(name)
		}
	}
	for name := range cfg.Severity {
		if !slices.Contains(names, name) {
			return unknownRule(name)
		}
	}
	return nil
}

func unknownRule(name string) error {
	return fmt.Errorf("unknown rule %q; valid rules: %s", name, strings.Join(RuleNames(), ", "))
}

// Checker checks records one page at a time. It remembers the ids it has
// seen, to find an id that stands on two pages.
type Checker struct {
	cfg Config
	ids map[string]parser.Position // id → where the first page with it gives it
}

// NewChecker returns a Checker with the rules configured by cfg.
func NewChecker(cfg Config) (*Checker, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	return &Checker{cfg: cfg, ids: map[string]parser.Position{}}, nil
}

// Check returns the diagnostics of one record, sorted by line.
func (ch *Checker) Check(rec *parser.Project) []Diagnostic {
	c := &check{rec: rec, checker: ch}
	for _, r := range rules {
		if slices.Contains(ch.cfg.Disabled, r.Name) {
			continue
		}
		c.rule = r
		if s, ok := ch.cfg.Severity[r.Name]; ok {
			c.rule.Severity = s
		}
		r.check(c)
	}
	slices.SortStableFunc(c.found, func(a, b Diagnostic) int { return cmp.Compare(a.Pos.Line, b.Pos.Line) })
	return c.found
}

// check is the state of checking one record with one rule.
type check struct {
	rec     *parser.Project
	checker *Checker
	rule    Rule
	found   []Diagnostic
}

// report adds a diagnostic of the current rule about a key, on a line.
func (c *check) report(line int, k parser.Key, format string, args ...any) {
	c.found = append(c.found, Diagnostic{
		Pos:      parser.Position{Path: c.rec.Source.Path, Line: max(line, 1)},
		Severity: c.rule.Severity, Rule: c.rule.Name, Key: k,
		Message: fmt.Sprintf(format, args...),
	})
}

// reportAt adds a diagnostic about a key on the line its value stands on.
func (c *check) reportAt(k parser.Key, format string, args ...any) {
	c.report(c.line(k), k, format, args...)
}

// line returns the line a record key's value stands on, or the start of the
// field block for a key the page lacks.
func (c *check) line(k parser.Key) int {
	if l := c.rec.Lines[k]; l > 0 {
		return l
	}
	return max(c.rec.BlockLine, 1)
}

// reportWarnings reports the parser's warnings about values of the keys
// the current rule owns.
// sameValueWarning reports two warnings of one kind at one line with one
// message, about two keys a value fills.
func sameValueWarning(a, b parser.Warning) bool {
	return a.Kind == b.Kind && a.Line == b.Line && a.Message == b.Message && a.Key != b.Key
}

func (c *check) reportWarnings() {
	for i, w := range c.rec.Warnings {
		if (w.Kind == parser.WarnValue || w.Kind == parser.WarnConflict) && w.Key < parser.NumRecordKeys && ruleOwning[w.Key] == c.rule.Name {
			why := ""
			if w.Kind == parser.WarnValue && isDate(w.Key) {
				why = c.missingDates(w.Key)
				if why == "no start or end date: " && i > 0 && sameValueWarning(c.rec.Warnings[i-1], w) {
					// A period that reads for neither date is named at
					// each; one diagnostic says both are missing.
					continue
				}
			}
			c.report(w.Line, w.Key, "%s%s: %s", why, w.Key, w.Message)
		}
	}
}
