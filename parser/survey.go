package parser

import (
	"fmt"
	"slices"
	"strings"
)

// A survey's download is a sheet of projects: a page typed into a form
// whose questions are the page's labels, a row a response. Beside the
// answers the survey tool writes columns of its own (when the response
// came, who sent it, from where): the respondent's e-mail is no
// project's contact, nor the tool's running number a project's. The
// tools are told by the columns they begin (or end) the header with, in
// their order; a name that is also a page's label ("E-post", "Namn",
// "Startdatum") is the tool's only in its place in that run.

// surveyColumn is one of a survey tool's own columns: the names it is
// written with (in small letters, the tool's languages), and whether an
// export may leave it out.
type surveyColumn struct {
	names    []string
	optional bool
}

// surveyTool is a survey tool's export: the columns it writes before the
// answers, and those it writes after them.
type surveyTool struct {
	name        string
	lead, trail []surveyColumn
	// subHeader marks a tool that writes a second header row, the kind of
	// each answer ("Response", "Open-Ended Response") under its question.
	subHeader bool
}

// surveyTools are the exports of the survey tools a page is typed into.
// Adding a tool, or a language of one, is a line here.
var surveyTools = []surveyTool{
	{name: "Google Forms", lead: []surveyColumn{
		{names: []string{"tidsstämpel", "tidstämpel", "timestamp"}},
		{names: []string{"e-postadress", "email address", "e-mail address"}, optional: true},
		{names: []string{"poäng", "score"}, optional: true},
	}},
	{name: "Microsoft Forms", lead: []surveyColumn{
		{names: []string{"id"}},
		{names: []string{"starttid", "start time"}},
		{names: []string{"sluttid", "tid för slutförande", "slutförandetid", "completion time"}},
		{names: []string{"e-post", "e-postadress", "email"}, optional: true},
		{names: []string{"namn", "name"}, optional: true},
		{names: []string{"senast ändrad", "tid för senaste ändring", "last modified time"}, optional: true},
		{names: []string{"totalt antal poäng", "total points"}, optional: true},
		{names: []string{"feedback om test", "quiz feedback"}, optional: true},
	}},
	{name: "Typeform", lead: []surveyColumn{
		{names: []string{"#"}},
	}, trail: []surveyColumn{
		{names: []string{"response type"}, optional: true},
		{names: []string{"start date (utc)"}},
		{names: []string{"stage date (utc)"}, optional: true},
		{names: []string{"submit date (utc)"}},
		{names: []string{"network id"}, optional: true},
		{names: []string{"tags"}, optional: true},
		{names: []string{"ending"}, optional: true},
	}},
	{name: "SurveyMonkey", subHeader: true, lead: []surveyColumn{
		{names: []string{"respondent id", "respondent-id"}},
		{names: []string{"collector id", "insamlar-id"}, optional: true},
		{names: []string{"start date", "startdatum"}, optional: true},
		{names: []string{"end date", "slutdatum"}, optional: true},
		{names: []string{"ip address", "ip-adress"}, optional: true},
		{names: []string{"email address", "e-postadress"}, optional: true},
		{names: []string{"first name", "förnamn"}, optional: true},
		{names: []string{"last name", "efternamn"}, optional: true},
		{names: []string{"custom data 1", "custom data", "anpassade data 1", "anpassade data"}, optional: true},
	}},
}

// surveyColumns returns the survey tool whose export header is, and which
// of its columns are the tool's own; ok is false for a header no tool
// wrote. A tool's first column (its first last column, for one that writes
// its own after the answers) must stand in its place, so the first look
// is a cell's comparison.
func surveyColumns(header []string) (tool *surveyTool, own []bool, ok bool) {
	if len(header) == 0 {
		return nil, nil, false
	}
	cell := func(i int) string { return strings.ToLower(strings.TrimSpace(header[i])) }
	for k := range surveyTools {
		t := &surveyTools[k]
		lead := runOf(t.lead, len(header), cell)
		if lead == 0 {
			continue
		}
		trail := 0
		if len(t.trail) > 0 {
			// The columns after the answers, read from the last cell back.
			n := len(header) - lead
			back := make([]surveyColumn, len(t.trail))
			for j := range t.trail {
				back[j] = t.trail[len(t.trail)-1-j]
			}
			if trail = runOf(back, n, func(i int) string { return cell(len(header) - 1 - i) }); trail == 0 {
				continue
			}
		}
		own = make([]bool, len(header))
		for i := range lead {
			own[i] = true
		}
		for i := len(header) - trail; i < len(header); i++ {
			own[i] = true
		}
		return t, own, true
	}
	return nil, nil, false
}

// runOf returns how many of n cells, read by cell from the first, are the
// columns cols in their order, optional ones skipped where absent; 0 when
// a column that must stand there does not, or no answer is left after
// them.
func runOf(cols []surveyColumn, n int, cell func(int) string) int {
	i := 0
	for _, c := range cols {
		if i < n && slices.Contains(c.names, cell(i)) {
			i++
			continue
		}
		if !c.optional {
			return 0
		}
	}
	if i >= n {
		return 0
	}
	return i
}

// surveyNote says which of a response's cells are the survey tool's own,
// with their values, and that they were left out of the record.
func surveyNote(tool *surveyTool, header, cells []string, own []bool) string {
	var b strings.Builder
	for i, isOwn := range own {
		if !isOwn || i >= len(cells) || strings.TrimSpace(cells[i]) == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "%s %q", strings.TrimSpace(header[i]), strings.TrimSpace(cells[i]))
	}
	if b.Len() == 0 {
		return ""
	}
	return fmt.Sprintf("%s are the columns %s adds to each response (when it came, who sent it), no field of the page's, and were left out", b.String(), tool.name)
}

// isSubHeader reports a tool's second header row: no cell in the tool's
// own columns, as SurveyMonkey writes the kind of each answer under its
// question and nothing under its own.
func isSubHeader(tool *surveyTool, cells []string, own []bool) bool {
	if !tool.subHeader {
		return false
	}
	for i, c := range cells {
		if i < len(own) && own[i] && strings.TrimSpace(c) != "" {
			return false
		}
	}
	return true
}
