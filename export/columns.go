package export

import (
	"fmt"
	"reflect"
	"slices"
	"strings"

	"github.com/esfdata/esf/parser"
)

// Kind is the type of a column's values.
type Kind int

// The kinds of column.
const (
	KindString  Kind = iota
	KindText         // a string that keeps its line breaks
	KindDate         // an ISO date, YYYY-MM-DD
	KindInteger      // a whole number
	KindNumber       // a number that may have decimals
	KindBoolean      // true or false
	KindList         // a list of strings
	KindJSON         // an array or object, written as compact JSON in flat formats
)

// Column is one key of the record.
type Column struct {
	// Name is the column's name in flat formats: "id", "source_path".
	Name string
	// Key is the record key that holds it, and Sub its key inside an
	// object: "source" and "path" for source_path; Sub is empty for
	// top-level keys.
	Key, Sub string
	Kind     Kind
	// Personal marks data about a person, left out by --no-personal.
	Personal bool
	// Optional marks a column written only when asked for (raw).
	Optional bool

	index []int // the struct field path
}

// allColumns lists every column of the record, in SPEC.md's order, read
// once from the json and esf tags of parser.Project.
var allColumns = func() []Column {
	var cols []Column
	t := reflect.TypeFor[parser.Project]()
	for i := range t.NumField() {
		f := t.Field(i)
		key, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if key == "" || key == "-" {
			continue
		}
		tags := strings.Split(f.Tag.Get("esf"), ",")
		if f.Type.Kind() == reflect.Struct && f.Type != reflect.TypeFor[parser.Pairs]() {
			for j := range f.Type.NumField() {
				sub := f.Type.Field(j)
				subKey, _, _ := strings.Cut(sub.Tag.Get("json"), ",")
				cols = append(cols, Column{
					Name: key + "_" + subKey, Key: key, Sub: subKey,
					Kind: kindOf(sub.Type, nil), index: []int{i, j},
				})
			}
			continue
		}
		cols = append(cols, Column{
			Name: key, Key: key,
			Kind:     kindOf(f.Type, tags),
			Personal: slices.Contains(tags, "personal"),
			Optional: slices.Contains(tags, "optional"),
			index:    []int{i},
		})
	}
	return cols
}()

func kindOf(t reflect.Type, tags []string) Kind {
	switch {
	case slices.Contains(tags, "date"):
		return KindDate
	case slices.Contains(tags, "text"):
		return KindText
	}
	if t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	switch t.Kind() {
	case reflect.String:
		return KindString
	case reflect.Int, reflect.Int64:
		return KindInteger
	case reflect.Float64:
		return KindNumber
	case reflect.Bool:
		return KindBoolean
	case reflect.Slice:
		if t.Elem().Kind() == reflect.String {
			return KindList
		}
	}
	return KindJSON
}

// Columns returns every column in order, the optional ones included.
func Columns() []Column { return slices.Clone(allColumns) }

// ColumnNames returns the names --fields accepts: every column, and the
// object keys ("source") that stand for all their columns.
func ColumnNames() []string {
	var names []string
	for _, c := range allColumns {
		if c.Sub != "" && (len(names) == 0 || names[len(names)-1] != c.Key) && !slices.Contains(names, c.Key) {
			names = append(names, c.Key)
		}
		names = append(names, c.Name)
	}
	return names
}

// Selection is the columns a run writes, in the order it writes them.
type Selection []Column

// Select picks the columns to write: the ones named in fields, in that
// order (all by default); raw only when asked for, unless named; and no
// personal data when noPersonal is set. An unknown name is an error that
// lists the valid ones.
func Select(fields []string, raw, noPersonal bool) (Selection, error) {
	var sel Selection
	if len(fields) == 0 {
		for _, c := range allColumns {
			if (!c.Optional || raw) && !(c.Personal && noPersonal) {
				sel = append(sel, c)
			}
		}
		return sel, nil
	}
	for _, name := range fields {
		name = strings.TrimSpace(name)
		if name == "" {
			continue
		}
		var matched []Column
		for _, c := range allColumns {
			if c.Name == name || (c.Sub != "" && c.Key == name) {
				matched = append(matched, c)
			}
		}
		if len(matched) == 0 {
			return nil, &UnknownFieldError{Name: name}
		}
		for _, c := range matched {
			if c.Personal && noPersonal {
				continue
			}
			if !slices.ContainsFunc(sel, func(s Column) bool { return s.Name == c.Name }) {
				sel = append(sel, c)
			}
		}
	}
	if len(sel) == 0 {
		return nil, fmt.Errorf("--fields selects no column")
	}
	return sel, nil
}

// UnknownFieldError names a --fields entry that is not a column.
type UnknownFieldError struct{ Name string }

func (e *UnknownFieldError) Error() string {
	return fmt.Sprintf("unknown field %q; valid fields: %s", e.Name, strings.Join(ColumnNames(), ", "))
}

// Field returns the field of rec that holds the column's value, which may
// be set: a reader of esf's flat formats fills records through it.
func (c Column) Field(rec *parser.Project) reflect.Value {
	return reflect.ValueOf(rec).Elem().FieldByIndex(c.index)
}

// value returns the column's value in rec: nil for a missing value, else a
// string, int64, float64, bool, []string, or the Go value of a JSON column.
func (c Column) value(rec *parser.Project) any {
	v := c.Field(rec)
	if v.Kind() == reflect.Pointer {
		if v.IsNil() {
			return nil
		}
		v = v.Elem()
	}
	if v.Kind() == reflect.Int {
		// source_line: every format writes whole numbers as int64.
		return v.Int()
	}
	if v.Kind() == reflect.String {
		if c.Sub != "" && v.String() == "" {
			return nil
		}
		return v.String()
	}
	return v.Interface()
}

// groups returns the selection as the nested formats write it: one entry
// per record key, each with the columns under it.
func (s Selection) groups() [][]Column {
	var groups [][]Column
	for _, c := range s {
		if n := len(groups); c.Sub != "" && n > 0 && groups[n-1][0].Key == c.Key && groups[n-1][0].Sub != "" {
			groups[n-1] = append(groups[n-1], c)
			continue
		}
		groups = append(groups, []Column{c})
	}
	return groups
}
