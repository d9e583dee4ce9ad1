package diff

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/esfdata/esf/parser"
)

// Formats lists the ways a Result can be written.
var Formats = []string{"text", "ndjson", "json", "csv", "github"}

// Write writes r to w in format, one of Formats.
func Write(w io.Writer, r *Result, format string) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	var err error
	switch format {
	case "text":
		err = writeReport(bw, r)
	case "ndjson", "json":
		err = writeJSON(bw, r, format == "json")
	case "csv":
		err = writeCSV(bw, r)
	case "github":
		err = writeGitHub(bw, r)
	default:
		return fmt.Errorf("unknown format %q; valid formats: %s", format, strings.Join(Formats, ", "))
	}
	if err != nil {
		return err
	}
	return bw.Flush()
}

// String writes the counts in a line: "2 added, 1 removed, 3 changed
// (end_date 2, total_budget_sek 1), 40 unchanged", with the ambiguous and
// unkeyed ones when there are any.
func (c Counts) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%d added, %d removed, %d changed", c.Added, c.Removed, c.Changed)
	if len(c.Fields) > 0 {
		names := make([]string, 0, len(c.Fields))
		for name := range c.Fields {
			names = append(names, name)
		}
		// The fields that changed most come first; ties in record order.
		order := map[string]int{}
		for i, name := range FieldNames() {
			order[name] = i
		}
		slices.SortFunc(names, func(a, b string) int {
			if c.Fields[a] != c.Fields[b] {
				return c.Fields[b] - c.Fields[a]
			}
			return order[a] - order[b]
		})
		parts := make([]string, len(names))
		for i, name := range names {
			parts[i] = fmt.Sprintf("%s %d", name, c.Fields[name])
		}
		fmt.Fprintf(&b, " (%s)", strings.Join(parts, ", "))
	}
	fmt.Fprintf(&b, ", %d unchanged", c.Unchanged)
	if c.Ambiguous > 0 {
		fmt.Fprintf(&b, ", %d ambiguous", c.Ambiguous)
	}
	if c.Unkeyed > 0 {
		fmt.Fprintf(&b, ", %d unkeyed", c.Unkeyed)
	}
	return b.String()
}

// KeyText writes a key's values for people: the id, or the values of a
// compound key joined by " / ", with "(no name)" for a missing one.
func KeyText(fields []string, key []*string) string {
	parts := make([]string, len(key))
	for i, v := range key {
		if v == nil {
			parts[i] = "(no " + fields[i] + ")"
		} else {
			parts[i] = *v
		}
	}
	return strings.Join(parts, " / ")
}

// isIDKey reports the default key, for which an entry's "id" is the key.
func (r *Result) isIDKey() bool { return len(r.KeyFields) == 1 && r.KeyFields[0] == "id" }

func writeReport(w *bufio.Writer, r *Result) error {
	for _, e := range r.Entries {
		fmt.Fprintf(w, "%s %s (%s)\n", e.Status, KeyText(r.KeyFields, e.Key), placesText(e))
		for _, c := range e.Changes {
			fmt.Fprintf(w, "  %s: %s\n", c.Field, describe(c))
			if f, err := lookupField(c.Field); err == nil && f.kind == KindText {
				for _, edit := range lineDiff(textOf(c.Old), textOf(c.New), r.Exact) {
					fmt.Fprintf(w, "    %c %s\n", edit.Op, edit.Line)
				}
			}
		}
	}
	_, err := fmt.Fprintln(w, r.Counts.String())
	return err
}

func textOf(v any) string {
	s, _ := v.(string)
	return s
}

// placesText writes where an entry's records stand: "old a.txt:1; new
// b.txt:3", every place of a key that stands more than once on a side.
func placesText(e Entry) string {
	var parts []string
	for _, side := range []struct {
		name   string
		first  *Place
		places []Place
	}{{"old", e.Old, e.OldPlaces}, {"new", e.New, e.NewPlaces}} {
		switch {
		case len(side.places) > 0:
			texts := make([]string, len(side.places))
			for i, p := range side.places {
				texts[i] = p.String()
			}
			parts = append(parts, side.name+" "+strings.Join(texts, ", "))
		case side.first != nil:
			parts = append(parts, side.name+" "+side.first.String())
		}
	}
	return strings.Join(parts, "; ")
}

// describe writes a change for people, in one line: the values and what
// the field's kind adds.
func describe(c Change) string {
	f, _ := lookupField(c.Field)
	switch {
	case isSetKind(f.kind) && c.Old != nil && c.New != nil:
		var parts []string
		for _, list := range []struct {
			sign  string
			items any
		}{{"+", c.Added}, {"-", c.Removed}} {
			for i := range itemCount(list.items) {
				parts = append(parts, list.sign+" "+valueText(item(list.items, i)))
			}
		}
		return strings.Join(parts, ", ")
	case f.kind == KindText:
		switch {
		case c.Old == nil:
			return "null → " + wordCount(textOf(c.New))
		case c.New == nil:
			return wordCount(textOf(c.Old)) + " → null"
		}
		return fmt.Sprintf("changed, similarity %s", strconv.FormatFloat(*c.Similarity, 'f', -1, 64))
	}
	s := valueText(c.Old) + " → " + valueText(c.New)
	switch {
	case c.Days != nil:
		s += fmt.Sprintf(" (%+d days)", *c.Days)
	case f.kind == KindRate && c.Delta != nil:
		s += fmt.Sprintf(" (%+g points)", c.Delta)
	case c.Percent != nil:
		s += fmt.Sprintf(" (%+d, %+.2f%%)", c.Delta, *c.Percent)
	case c.Delta != nil:
		s += fmt.Sprintf(" (%+d)", c.Delta)
	}
	return s
}

// wordCount writes how many words a text has: "1 word", "256 words".
func wordCount(s string) string {
	if n := len(strings.Fields(s)); n != 1 {
		return fmt.Sprintf("%d words", n)
	}
	return "1 word"
}

// valueText writes a value as JSON writes it, on one line: strings
// quoted, null, lists in brackets.
func valueText(v any) string {
	if p, ok := v.(parser.Pair); ok {
		v = parser.Pairs{p}
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return fmt.Sprint(v)
	}
	return strings.TrimSuffix(b.String(), "\n")
}

// jsonEntry is an Entry as the ndjson and json formats write it.
type jsonEntry struct {
	ID      *string      `json:"id"`
	Key     parser.Pairs `json:"key,omitempty"`
	Status  Status       `json:"status"`
	Old     *Place       `json:"old"`
	New     *Place       `json:"new"`
	Places  *jsonPlaces  `json:"places,omitempty"`
	Changes []Change     `json:"changes"`
}

type jsonPlaces struct {
	Old []Place `json:"old"`
	New []Place `json:"new"`
}

// toJSON returns an entry as it is written. With the default key, id is
// the key; with another key, id is null and key holds its fields.
func (r *Result) toJSON(e Entry) jsonEntry {
	j := jsonEntry{Status: e.Status, Old: e.Old, New: e.New, Changes: e.Changes}
	if r.isIDKey() {
		j.ID = e.Key[0]
	} else {
		for i, name := range r.KeyFields {
			j.Key = append(j.Key, parser.Pair{Label: name, Value: e.Key[i]})
		}
	}
	if e.OldPlaces != nil || e.NewPlaces != nil {
		j.Places = &jsonPlaces{Old: e.OldPlaces, New: e.NewPlaces}
		if j.Places.Old == nil {
			j.Places.Old = []Place{}
		}
		if j.Places.New == nil {
			j.Places.New = []Place{}
		}
	}
	if j.Changes == nil {
		j.Changes = []Change{}
	}
	return j
}

// writeJSON writes one object a line (ndjson), or the same objects as one
// array, an object a line (json).
func writeJSON(w *bufio.Writer, r *Result, array bool) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	if array {
		if len(r.Entries) == 0 {
			_, err := w.WriteString("[]\n")
			return err
		}
		w.WriteString("[\n")
	}
	for i, e := range r.Entries {
		if array {
			if i > 0 {
				w.WriteString(",\n")
			}
			w.WriteString("  ")
			var b bytes.Buffer
			inner := json.NewEncoder(&b)
			inner.SetEscapeHTML(false)
			if err := inner.Encode(r.toJSON(e)); err != nil {
				return err
			}
			w.Write(bytes.TrimSuffix(b.Bytes(), []byte("\n")))
			continue
		}
		if err := enc.Encode(r.toJSON(e)); err != nil {
			return err
		}
	}
	if array {
		w.WriteString("\n]\n")
	}
	return nil
}

// csvHeader are the columns of the csv format: one row per changed field,
// one row with an empty field for a project added, removed, ambiguous or
// unkeyed.
var csvHeader = []string{"id", "status", "field", "old", "new", "delta"}

func writeCSV(w *bufio.Writer, r *Result) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(csvHeader); err != nil {
		return err
	}
	for _, e := range r.Entries {
		id := KeyText(r.KeyFields, e.Key)
		if len(e.Changes) == 0 {
			if err := cw.Write([]string{id, string(e.Status), "", "", "", ""}); err != nil {
				return err
			}
			continue
		}
		for _, c := range e.Changes {
			delta := ""
			switch {
			case c.Days != nil:
				delta = strconv.Itoa(*c.Days)
			case c.Delta != nil:
				delta = cellText(c.Delta)
			}
			if err := cw.Write([]string{id, string(e.Status), c.Field, cellText(c.Old), cellText(c.New), delta}); err != nil {
				return err
			}
		}
	}
	cw.Flush()
	return cw.Error()
}

// cellText writes a value as esf's csv does: null empty, lists joined
// with "; ", objects and lists of objects as compact JSON.
func cellText(v any) string {
	switch v := v.(type) {
	case nil:
		return ""
	case string:
		return v
	case int64:
		return strconv.FormatInt(v, 10)
	case float64:
		return strconv.FormatFloat(v, 'f', -1, 64)
	case bool:
		return strconv.FormatBool(v)
	case []string:
		return strings.Join(v, "; ")
	}
	return valueText(v)
}

// writeGitHub writes one workflow command per project, which GitHub
// Actions shows as an annotation on the page's file and line: a notice
// for a project added or changed, a warning for one removed, ambiguous or
// without the key.
func writeGitHub(w *bufio.Writer, r *Result) error {
	for _, e := range r.Entries {
		level, place := "notice", e.New
		if e.Status != Added && e.Status != Changed {
			level = "warning"
		}
		if place == nil {
			place = e.Old
		}
		lines := []string{fmt.Sprintf("%s %s (%s)", e.Status, KeyText(r.KeyFields, e.Key), placesText(e))}
		for _, c := range e.Changes {
			lines = append(lines, c.Field+": "+describe(c))
		}
		title := fmt.Sprintf("esf diff: %s %s", e.Status, KeyText(r.KeyFields, e.Key))
		fmt.Fprintf(w, "::%s file=%s,line=%d,title=%s::%s\n", level, githubProperty(place.Path), place.Line,
			githubProperty(title), githubMessage(strings.Join(lines, "\n")))
	}
	_, err := fmt.Fprintf(w, "::notice title=esf diff::%s\n", githubMessage(r.Counts.String()))
	return err
}

// githubMessage escapes a workflow command's message.
func githubMessage(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

// githubProperty escapes a workflow command's property value.
func githubProperty(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}
