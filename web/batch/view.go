package batch

import "github.com/esfdata/esf/export"

// View is what the page shows of a result, sent to it as JSON.
type View struct {
	Columns     []ViewColumn     `json:"columns"` // the columns of Table
	Records     []ViewRecord     `json:"records"`
	Diagnostics []ViewDiagnostic `json:"diagnostics"` // sorted by file and line
	Skipped     []Skip           `json:"skipped"`
	Downloads   []Download       `json:"downloads"`
}

// ViewColumn is a column of the flat formats.
type ViewColumn struct {
	Name string `json:"name"`
	// Numeric columns sort by value, the others as text.
	Numeric bool `json:"numeric"`
}

// ViewRecord is where a record's page stands, and its warnings.
type ViewRecord struct {
	Path     string        `json:"path"`
	Line     int           `json:"line"`
	Warnings []ViewWarning `json:"warnings"`
}

// ViewWarning is a warning of the parser on a record.
type ViewWarning struct {
	Line    int    `json:"line"`
	Field   string `json:"field"`
	Message string `json:"message"`
}

// ViewDiagnostic is a validate finding, with the record it is on.
type ViewDiagnostic struct {
	Record   int    `json:"record"`
	Path     string `json:"path"`
	Line     int    `json:"line"`
	Severity string `json:"severity"`
	Rule     string `json:"rule"`
	Field    string `json:"field"`
	Message  string `json:"message"`
}

// View returns what the page shows of r.
func (r *Result) View() *View {
	v := &View{Skipped: r.Skipped, Downloads: Downloads,
		Records: make([]ViewRecord, len(r.Records)), Diagnostics: make([]ViewDiagnostic, len(r.Diagnostics))}
	if v.Skipped == nil {
		v.Skipped = []Skip{}
	}
	sel, _ := export.Select(nil, false, false)
	for _, c := range sel {
		numeric := c.Kind == export.KindInteger || c.Kind == export.KindNumber
		v.Columns = append(v.Columns, ViewColumn{c.Name, numeric})
	}
	for i, rec := range r.Records {
		vr := ViewRecord{Path: rec.Source.Path, Line: rec.Source.Line, Warnings: make([]ViewWarning, len(rec.Warnings))}
		for j, w := range rec.Warnings {
			vr.Warnings[j] = ViewWarning{w.Line, w.Key.String(), w.Message}
		}
		v.Records[i] = vr
	}
	for i, d := range r.Diagnostics {
		v.Diagnostics[i] = ViewDiagnostic{d.Record, d.Pos.Path, d.Pos.Line, d.Severity.String(), d.Rule, d.Key.String(), d.Message}
	}
	return v
}
