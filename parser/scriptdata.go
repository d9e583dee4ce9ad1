package parser

import (
	"bytes"
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"strings"
)

// A web page drawn by its scripts (Next.js, Nuxt, a site's own), saved
// from the browser before they ran or as the server sent it: its text
// holds no project ("Laddar…"), and its data stands in a script, as JSON
// (`<script id="__NEXT_DATA__" type="application/json">`) or assigned to
// a variable (`window.__INITIAL_STATE__ = {…};`). scriptPages reads the
// projects in that data where the page's text gives none.

// minScriptKeys is the fewest keys of an object in a page's script data,
// each a label or a field's name, that make it a project's: an object of
// the site's own ("locale", "page", "buildId") has none, a project's a
// dozen.
const minScriptKeys = 3

// minScriptOwnKeys is the fewest keys of an object in a page's script
// data that only a project has (projectOwnKeys) that make it a project's
// where it gives no project's number: an organisation's card (name,
// e-mail, telephone, address), a site's settings ("region", "owner",
// "startDate") or an event (its start and end) have two or fewer.
const minScriptOwnKeys = 4

// projectOwnKeys are the fields only a project has: its number, owner,
// call, programme area, dates, money and participants.
var projectOwnKeys = map[Key]bool{
	KeyID: true, KeyOwner: true, KeyCallID: true, KeyProgrammeAreaCode: true, KeyStartDate: true, KeyEndDate: true,
	KeyPeriod: true, KeyTotalBudget: true, KeyESFSupport: true, KeyParticipants: true,
}

// scriptDataNote is said on a record read from a page's script data.
const scriptDataNote = "the page shows no project in its text, as a page its scripts draw is saved; the project in its script's data (%s) was read, its keys as labels, each on the script's line"

// scriptData finds the data a page's scripts hold: a script of JSON, or
// an object a script assigns to the window.
var scriptData = lazyRE(`(?is)<script\b([^>]*)>\s*(?:(?:window\.|var\s+|const\s+|let\s+)?(__[A-Z_]+__|[A-Za-z_$][\w$.]*)\s*=\s*)?(\{.*?\}|\[.*?\])\s*;?\s*</script>`)

// scriptPages returns the records of the projects in a saved page's
// script data, each on the line of the file where its script begins, or
// none.
func scriptPages(path string, data []byte) []*Project {
	if !bytes.Contains(data, []byte("<script")) {
		return nil
	}
	var recs []*Project
	for _, m := range scriptData.FindAllSubmatchIndex(data, -1) {
		attrs, name := data[m[2]:m[3]], ""
		if m[4] >= 0 {
			name = string(data[m[4]:m[5]])
		}
		if name == "" && !bytes.Contains(bytes.ToLower(attrs), []byte("json")) {
			continue // a script of code, no data
		}
		if name == "" {
			name = "JSON"
			if id := attrID(attrs); id != "" {
				name = id
			}
		}
		var v any
		if json.Unmarshal(data[m[6]:m[7]], &v) != nil {
			continue
		}
		line := bytes.Count(data[:m[6]], []byte("\n")) + 1
		objects, markup := projectObjects(v)
		for _, obj := range objects {
			text, err := json.MarshalIndent(obj, "", "  ")
			if err != nil {
				continue
			}
			got, err := Parse(path, text, Options{Format: FormatJSON})
			if err != nil {
				continue
			}
			markup = nil // the data's fields, not a page's markup in it
			recs = append(recs, onScriptLine(got, line, name, path)...)
		}
		for _, page := range markup {
			// The page's markup or text as a string of the data
			// ("bodyHtml", "text").
			format := FormatText
			if page[0] == '<' {
				format = FormatHTML
			}
			got, err := Parse(path, []byte(page), Options{Format: format})
			if err != nil {
				continue
			}
			// A page of the site's own in the data (a call's text, a
			// news item) gives no project's number.
			got = slices.DeleteFunc(got, func(rec *Project) bool { return rec.ID == nil })
			recs = append(recs, onScriptLine(got, line, name, path)...)
		}
	}
	return recs
}

// onScriptLine sets recs, read from a page's script data, on the line of
// the file where the script's data begins, and names the reading.
func onScriptLine(recs []*Project, line int, name, path string) []*Project {
	for _, rec := range recs {
		rec.Source.Line, rec.Source.Format = line, FormatHTML
		for i := range rec.Warnings {
			rec.Warnings[i].Line = line
		}
		rec.Warnings = append([]Warning{{Position: Position{Path: path, Line: line}, Key: KeySource, Kind: WarnEncoding,
			Message: fmt.Sprintf(scriptDataNote, name)}}, rec.Warnings...)
	}
	return recs
}

// attrID returns the id a script's attributes give it, or "".
func attrID(attrs []byte) string {
	m := scriptID.FindSubmatch(attrs)
	if m == nil {
		return ""
	}
	return string(m[1])
}

var scriptID = lazyRE(`(?i)\bid\s*=\s*["']?([\w-]+)`)

// projectObjects returns the objects in v that hold a project's fields,
// minScriptKeys of their keys labels or fields' names, outermost first
// (an object inside one is the project's own: its contact, its lists),
// and the strings that hold a page's markup ("bodyHtml":
// "<dl><dt>Projektnummer:</dt>…") or its text, minScriptKeys lines or more
// a label and its value ("text": "Projektnummer: 2014/01102\n…").
func projectObjects(v any) (out []map[string]any, markup []string) {
	var walk func(v any)
	walk = func(v any) {
		switch x := v.(type) {
		case string:
			if len(x) >= minMarkupPage && (x[0] == '<' && strings.Contains(x, "</") || labelledLines(x) >= minScriptKeys) {
				markup = append(markup, x)
			}
		case map[string]any:
			n, own, id := 0, 0, false
			for k, val := range x {
				t := cellLabel(programKeyLabel(k, val))
				if t == nil || t.key == KeySummary {
					continue // no label, or the page's text's
				}
				n++
				if projectOwnKeys[t.key] {
					own++
					v, ok := val.(string)
					id = id || t.key == KeyID && ok && valueReads(KeyID, v)
				}
			}
			if n >= minScriptKeys && (id || own >= minScriptOwnKeys) {
				out = append(out, x)
				return
			}
			for _, k := range slices.Sorted(maps.Keys(x)) {
				walk(x[k])
			}
		case []any:
			for _, val := range x {
				walk(val)
			}
		}
	}
	walk(v)
	return out, markup
}

// labelledLines counts the lines of s that begin with a known label and a
// colon: a page's text, as a string of the data holds it.
func labelledLines(s string) int {
	n := 0
	for l := range strings.Lines(s) {
		if label, _, ok := strings.Cut(l, ":"); ok && len(label) <= maxSpelledLabel*4 && wholeLabel(label) != nil {
			n++
		}
	}
	return n
}

// minMarkupPage is the shortest string of a page's script data read as a
// page's markup: a project's facts in tags take a few hundred bytes.
const minMarkupPage = 200
