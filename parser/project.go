// Package parser turns the plain-text copy of an ESF project page into one
// normalised Project record.
//
// The parser is tolerant and line-oriented: it recognises the three page
// layouts (glued, stacked and colon) by their labels, reads every field it
// knows, keeps every label it does not know in Project.Extra, and reports
// what it could not read as Warnings with 1-based line numbers. It knows
// nothing of files, flags or output formats.
package parser

import (
	"bytes"
	"encoding/json"
	"fmt"
)

// Layout names the way a page writes its fields.
type Layout string

// The page layouts.
const (
	// LayoutGlued runs label and value together: "Beviljat ESF-stöd493 090 kr".
	LayoutGlued Layout = "glued"
	// LayoutStacked puts the label on one line and its value on the next.
	LayoutStacked Layout = "stacked"
	// LayoutColon ends labels with a colon: "Projektnummer:" / "2020/00634",
	// or "Label: value" on one line.
	LayoutColon Layout = "colon"
)

// Project is the normalised record of one ESF project page. The field order
// and JSON names are the contract of SPEC.md; a value the page does not give
// is nil (a list: empty).
//
// The esf struct tag tells exporters how to treat a value: "date" for ISO
// dates, "personal" for data about a person, "text" for multi-line text.
type Project struct {
	ID                         *string   `json:"id"`
	Name                       *string   `json:"name"`
	CallID                     *string   `json:"call_id"`
	ProgrammePeriod            *string   `json:"programme_period"`
	Fund                       *string   `json:"fund"`
	ProgrammeCCI               *string   `json:"programme_cci"`
	ProgrammeAreaCode          *string   `json:"programme_area_code"`
	ProgrammeAreaName          *string   `json:"programme_area_name"`
	SpecificObjective          *string   `json:"specific_objective"`
	ProjectPhase               *string   `json:"project_phase"`
	Owner                      *string   `json:"owner"`
	OwnerOrgNumber             *string   `json:"owner_org_number"`
	ContactName                *string   `json:"contact_name" esf:"personal"`
	ContactEmail               *string   `json:"contact_email" esf:"personal"`
	ContactPhone               *string   `json:"contact_phone" esf:"personal"`
	Address                    *string   `json:"address"`
	Postcode                   *string   `json:"postcode"`
	City                       *string   `json:"city"`
	Country                    *string   `json:"country"`
	Region                     *string   `json:"region"`
	NUTS2                      *string   `json:"nuts2"`
	StartDate                  *string   `json:"start_date" esf:"date"`
	EndDate                    *string   `json:"end_date" esf:"date"`
	TotalBudgetSEK             *int64    `json:"total_budget_sek"`
	ESFSupportSEK              *int64    `json:"esf_support_sek"`
	EUCofinancingRatePct       *float64  `json:"eu_cofinancing_rate_pct"`
	Participants               *int64    `json:"participants"`
	InterventionType           *string   `json:"intervention_type"`
	SecondaryThemeChildPoverty *bool     `json:"secondary_theme_child_poverty"`
	StrategicImportance        *bool     `json:"strategic_importance"`
	Municipalities             []string  `json:"municipalities"`
	Cofinanciers               []string  `json:"cofinanciers"`
	Summary                    *string   `json:"summary" esf:"text"`
	Background                 *string   `json:"background" esf:"text"`
	Purpose                    *string   `json:"purpose" esf:"text"`
	Goals                      *string   `json:"goals" esf:"text"`
	Accessibility              *string   `json:"accessibility" esf:"text"`
	Transnational              *string   `json:"transnational" esf:"text"`
	OtherSections              []Section `json:"other_sections"`
	Extra                      Pairs     `json:"extra"`
	Source                     Source    `json:"source"`
	Warnings                   []Warning `json:"warnings"`
	// Raw holds every label as written on the page with its value as
	// written. Exporters include it only when asked to.
	Raw Pairs `json:"raw" esf:"optional"`

	// Lines holds the 1-based line each key's value stands on, so that
	// checks on the record can point at the page.
	Lines KeyLines `json:"-"`
	// Fields counts the labelled fields the parser recognised; zero means
	// the input does not look like a project page.
	Fields int `json:"-"`
	// BlockLine is the 1-based line where the field block starts (0: the
	// page has none), for checks on fields a page lacks.
	BlockLine int `json:"-"`
}

// Section is a headed part of the page's free text that has no key of its
// own in the record.
type Section struct {
	Heading string `json:"heading"`
	Text    string `json:"text"`
	Line    int    `json:"-"`
}

// Source describes where a record came from and how it was read.
type Source struct {
	Path string `json:"path"`
	// Line is the 1-based line of the file where the page starts; an
	// input may hold several pages.
	Line int `json:"line"`
	// Format is how the page was stored: FormatText, FormatHTML,
	// FormatMarkdown or FormatDocx (Formats lists them).
	Format   string `json:"format"`
	Layout   Layout `json:"layout"`
	Language string `json:"language"`
	Encoding string `json:"encoding"`
}

// FormatText is Source.Format for a plain-text page.
const FormatText = "text"

// Position is a place in an input: its path and 1-based line. Parser
// warnings and validate's diagnostics carry one, and print it the same way.
type Position struct {
	Path string `json:"-"`
	Line int    `json:"line"`
}

// String writes the position as path:line, or the path alone for line 0.
func (p Position) String() string {
	if p.Line <= 0 {
		return p.Path
	}
	return fmt.Sprintf("%s:%d", p.Path, p.Line)
}

// Warning is something the parser could not read cleanly, or a way the
// record disagrees with its page, at the line it stands on and about the
// key it concerns. The text stays in the record.
type Warning struct {
	Position
	Key     Key         `json:"field"`
	Kind    WarningKind `json:"kind"`
	Message string      `json:"message"`
}

// WarningKind sorts warnings: what the reader could not read, and what the
// audit found when it held the record against its page.
type WarningKind uint8

// The kinds of warning. Their names are the contract of SPEC.md.
const (
	// WarnValue is a value that has no normalised form.
	WarnValue WarningKind = iota
	// WarnConflict is a field the page gives twice, differently.
	WarnConflict
	// WarnUnlabelled is a line of the field block without a label, kept
	// in Extra, or a label kept there that is a slip from a known one.
	WarnUnlabelled
	// WarnEncoding is a byte that is not UTF-8 in a UTF-8 page, read as
	// Windows-1252, or a declared charset the bytes contradict.
	WarnEncoding
	// WarnPage is a page of a multi-page input that could not be told
	// apart cleanly: no title before its field block.
	WarnPage
	// WarnSpelling is a label read by a tolerant match: without its
	// diacritics, with OCR confusions, another separator than a colon,
	// or broken over two lines. The message names the spelling.
	WarnSpelling
	// WarnUnread is a line that reads as a known label whose value did
	// not reach its key.
	WarnUnread
	// WarnLabelInValue is a value that holds a known label, or a line
	// that starts a page (a banner, a cookie notice, an "ID - Name" title).
	WarnLabelInValue
	// WarnWrapped is a one-line field whose value took several lines.
	WarnWrapped
	// WarnType is a typed field whose value does not read as its type.
	WarnType
	// WarnUnused is a line of the field block that no key took.
	WarnUnused
	// WarnContradiction is a page that contradicts itself: support above
	// the budget, a start after the end, a NUTS-2 code against the region.
	WarnContradiction
	numWarningKinds
)

var warningKindNames = [numWarningKinds]string{
	WarnValue:         "value",
	WarnConflict:      "conflict",
	WarnUnlabelled:    "unlabelled",
	WarnEncoding:      "encoding",
	WarnPage:          "page",
	WarnSpelling:      "spelling",
	WarnUnread:        "unread-label",
	WarnLabelInValue:  "label-in-value",
	WarnWrapped:       "wrapped",
	WarnType:          "type",
	WarnUnused:        "unused-line",
	WarnContradiction: "contradiction",
}

// String returns the kind's name: "value", "unread-label".
func (k WarningKind) String() string {
	if k < numWarningKinds {
		return warningKindNames[k]
	}
	return fmt.Sprintf("WarningKind(%d)", k)
}

// MarshalText writes the kind's name.
func (k WarningKind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// UnmarshalText reads a kind's name.
func (k *WarningKind) UnmarshalText(b []byte) error {
	for i, name := range warningKindNames {
		if name == string(b) {
			*k = WarningKind(i)
			return nil
		}
	}
	return fmt.Errorf("unknown warning kind %q", b)
}

// WarningKinds lists every kind of warning, in order.
func WarningKinds() []WarningKind {
	out := make([]WarningKind, numWarningKinds)
	for i := range out {
		out[i] = WarningKind(i)
	}
	return out
}

// Pair is one label of a page with its value; a label with no value has a
// nil Value.
type Pair struct {
	Label string
	Value *string
	Line  int
}

// Pairs is an ordered set of labels and values. It encodes as a JSON object
// in page order; labels are unique within it.
type Pairs []Pair

// Get returns the value of label, and whether the label is present.
func (ps Pairs) Get(label string) (*string, bool) {
	for _, p := range ps {
		if p.Label == label {
			return p.Value, true
		}
	}
	return nil, false
}

// MarshalJSON writes the pairs as one JSON object, in order.
func (ps Pairs) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	b.WriteByte('{')
	for i, p := range ps {
		if i > 0 {
			b.WriteByte(',')
		}
		if err := writeJSONValue(&b, p.Label); err != nil {
			return nil, err
		}
		b.WriteByte(':')
		if p.Value == nil {
			b.WriteString("null")
		} else if err := writeJSONValue(&b, *p.Value); err != nil {
			return nil, err
		}
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}

// UnmarshalJSON reads a JSON object into pairs, keeping its order.
func (ps *Pairs) UnmarshalJSON(data []byte) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	if _, err := dec.Token(); err != nil { // the opening brace
		return err
	}
	*ps = Pairs{}
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return err
		}
		label, _ := tok.(string)
		var value *string
		if err := dec.Decode(&value); err != nil {
			return err
		}
		*ps = append(*ps, Pair{Label: label, Value: value})
	}
	_, err := dec.Token()
	return err
}

// writeJSONValue encodes v without escaping <, > and &, which are common in
// page text and need no escaping outside HTML.
func writeJSONValue(b *bytes.Buffer, v any) error {
	enc := json.NewEncoder(b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return err
	}
	b.Truncate(b.Len() - 1) // Encode ends with a newline.
	return nil
}
