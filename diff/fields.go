package diff

import (
	"fmt"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/esfdata/esf/parser"
)

// Kind is how a field's values are compared.
type Kind uint8

// The kinds of field.
const (
	KindString Kind = iota // one-line text
	KindText               // multi-line text: a similarity ratio and a line diff
	KindDate               // an ISO date: the shift in days
	KindAmount             // a whole number: the difference and the percent
	KindRate               // a rate in percent: the difference in points
	KindBool
	KindList   // a list of strings, compared as a set
	KindSet    // a list of objects (sections, warnings), compared as a set
	KindPairs  // labels and values (extra, raw), compared as a set of pairs
	KindObject // an object compared whole (source)
)

// field is one key of the record that a diff can compare.
type field struct {
	name  string
	kind  Kind
	index int // of the field in parser.Project
}

// allFields lists every key of the record in the record's order, read
// from parser.Project's json and esf tags, so that a key added to the
// record is compared without a change here. It is read when a diff first
// needs it, not whenever esf starts.
var allFields = sync.OnceValue(func() []field {
	var fields []field
	t := reflect.TypeFor[parser.Project]()
	for i := range t.NumField() {
		f := t.Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if name == "" || name == "-" {
			continue
		}
		fields = append(fields, field{name: name, kind: kindOf(f), index: i})
	}
	return fields
})

func kindOf(f reflect.StructField) Kind {
	tags := strings.Split(f.Tag.Get("esf"), ",")
	switch {
	case slices.Contains(tags, "date"):
		return KindDate
	case slices.Contains(tags, "text"):
		return KindText
	}
	switch f.Type {
	case reflect.TypeFor[*int64]():
		return KindAmount
	case reflect.TypeFor[*float64]():
		return KindRate
	case reflect.TypeFor[*bool]():
		return KindBool
	case reflect.TypeFor[[]string]():
		return KindList
	case reflect.TypeFor[parser.Pairs]():
		return KindPairs
	case reflect.TypeFor[parser.Source]():
		return KindObject
	}
	if f.Type.Kind() == reflect.Slice {
		return KindSet
	}
	return KindString
}

// ignoredByDefault are the keys that say how a record was read rather
// than what the project is: a page moved to another file, or read by a
// newer esf, has not changed.
var ignoredByDefault = []string{"source", "warnings", "raw"}

// FieldNames returns the names of every key a diff can compare or key on.
func FieldNames() []string {
	fields := allFields()
	names := make([]string, len(fields))
	for i, f := range fields {
		names[i] = f.name
	}
	return names
}

// lookupField returns the field of a name, or an error that lists the
// valid names.
func lookupField(name string) (field, error) {
	for _, f := range allFields() {
		if f.name == name {
			return f, nil
		}
	}
	return field{}, fmt.Errorf("unknown field %q; valid fields: %s", name, strings.Join(FieldNames(), ", "))
}

// selectFields picks the fields to compare: those named in only (all but
// the ignored-by-default ones when empty), less those named in ignore.
func selectFields(only, ignore []string) ([]field, error) {
	var fields []field
	if len(only) == 0 {
		for _, f := range allFields() {
			if !slices.Contains(ignoredByDefault, f.name) {
				fields = append(fields, f)
			}
		}
	}
	for _, name := range only {
		f, err := lookupField(name)
		if err != nil {
			return nil, err
		}
		if !slices.ContainsFunc(fields, func(g field) bool { return g.name == name }) {
			fields = append(fields, f)
		}
	}
	for _, name := range ignore {
		if _, err := lookupField(name); err != nil {
			return nil, err
		}
		fields = slices.DeleteFunc(fields, func(f field) bool { return f.name == name })
	}
	if len(fields) == 0 {
		return nil, fmt.Errorf("no field left to compare")
	}
	return fields, nil
}

// value returns the field's value in rec: nil for a missing value, else a
// string, int64, float64, bool, []string, []parser.Section, parser.Pairs,
// parser.Source or []parser.Warning.
func (f field) value(rec *parser.Project) any {
	v := reflect.ValueOf(rec).Elem().Field(f.index)
	if v.Kind() == reflect.Pointer {
		if v.IsNil() {
			return nil
		}
		v = v.Elem()
	}
	return v.Interface()
}

// sink is where a canonical form is written: a hash, or a builder when
// the form itself is needed.
type sink interface {
	WriteString(s string) (int, error)
	WriteByte(c byte) error
}

// writeText writes s as it compares: unless exact, with runs of white
// space as one space and none at the ends, so that a change of white
// space alone is no change.
func writeText(w sink, s string, exact bool) {
	if exact {
		w.WriteString(s)
		return
	}
	first := true
	for word := range strings.FieldsSeq(s) {
		if !first {
			w.WriteByte(' ')
		}
		w.WriteString(word)
		first = false
	}
}

// normText returns s as it compares (see writeText).
func normText(s string, exact bool) string {
	if exact {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	writeText(&b, s, exact)
	return b.String()
}

// writeScalar writes the canonical form of a value that is not a list.
func writeScalar(w sink, v any, exact bool) {
	switch v := v.(type) {
	case string:
		writeText(w, v, exact)
	case int64:
		w.WriteString(strconv.FormatInt(v, 10))
	case float64:
		w.WriteString(strconv.FormatFloat(v, 'g', -1, 64))
	case bool:
		w.WriteString(strconv.FormatBool(v))
	case parser.Source:
		for _, s := range []string{v.Path, strconv.Itoa(v.Line), v.Format, string(v.Layout), v.Language, v.Encoding} {
			w.WriteString(s)
			w.WriteByte(0)
		}
	}
}

// itemCount returns the number of items of a set-like value.
func itemCount(v any) int {
	switch v := v.(type) {
	case []string:
		return len(v)
	case []parser.Section:
		return len(v)
	case parser.Pairs:
		return len(v)
	case []parser.Warning:
		return len(v)
	}
	return 0
}

// item returns the i-th item of a set-like value, as the record holds it.
func item(v any, i int) any {
	switch v := v.(type) {
	case []string:
		return v[i]
	case []parser.Section:
		return v[i]
	case parser.Pairs:
		return v[i]
	case []parser.Warning:
		return v[i]
	}
	return nil
}

// writeItem writes the canonical form of the i-th item of a set-like
// value. Parts are ended by a zero byte, which text never holds, so that
// two different items never write the same form.
func writeItem(w sink, v any, i int, exact bool) {
	switch v := v.(type) {
	case []string:
		writeText(w, v[i], exact)
	case []parser.Section:
		writeText(w, v[i].Heading, exact)
		w.WriteByte(0)
		writeText(w, v[i].Text, exact)
	case parser.Pairs:
		w.WriteString(v[i].Label)
		w.WriteByte(0)
		if v[i].Value == nil {
			w.WriteByte(1) // no value, unlike an empty one
		} else {
			writeText(w, *v[i].Value, exact)
		}
	case []parser.Warning:
		w.WriteString(strconv.Itoa(v[i].Line))
		w.WriteByte(0)
		w.WriteString(v[i].Key.String())
		w.WriteByte(0)
		w.WriteString(v[i].Message)
	}
}

// itemForm returns the canonical form of the i-th item (see writeItem).
func itemForm(v any, i int, exact bool) string {
	var b strings.Builder
	writeItem(&b, v, i, exact)
	return b.String()
}

// isSetKind reports a kind whose values are compared as sets of items.
func isSetKind(k Kind) bool {
	return k == KindList || k == KindSet || k == KindPairs
}

// clone copies a value so that it holds none of the memory of the record
// or the input it came from: a kept string would pin the whole file it
// was cut from.
func clone(v any) any {
	switch v := v.(type) {
	case string:
		return strings.Clone(v)
	case []string:
		out := make([]string, len(v))
		for i, s := range v {
			out[i] = strings.Clone(s)
		}
		return out
	case []parser.Section:
		out := make([]parser.Section, len(v))
		for i, s := range v {
			out[i] = parser.Section{Heading: strings.Clone(s.Heading), Text: strings.Clone(s.Text), Line: s.Line}
		}
		return out
	case parser.Pairs:
		out := make(parser.Pairs, len(v))
		for i, p := range v {
			out[i] = parser.Pair{Label: strings.Clone(p.Label), Line: p.Line}
			if p.Value != nil {
				s := strings.Clone(*p.Value)
				out[i].Value = &s
			}
		}
		return out
	case parser.Source:
		v.Path = strings.Clone(v.Path)
		v.Format, v.Language, v.Encoding = strings.Clone(v.Format), strings.Clone(v.Language), strings.Clone(v.Encoding)
		v.Layout = parser.Layout(strings.Clone(string(v.Layout)))
		return v
	case []parser.Warning:
		out := make([]parser.Warning, len(v))
		for i, w := range v {
			w.Path, w.Message = strings.Clone(w.Path), strings.Clone(w.Message)
			out[i] = w
		}
		return out
	}
	return v // numbers and booleans hold no memory of the input
}
