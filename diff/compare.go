package diff

import (
	"math"
	"strings"
	"time"

	"github.com/esfdata/esf/parser"
)

// Change is one field whose value differs between the old record and the
// new one. Old and New are typed as in the record (an amount is a number,
// a list a list, a missing value nil); the other members are the extras
// of the field's kind, nil where they do not apply.
type Change struct {
	Field string `json:"field"`
	Old   any    `json:"old"`
	New   any    `json:"new"`
	// Delta is new − old: kronor or a count (int64) for a whole number,
	// percentage points (float64) for the rate.
	Delta any `json:"delta,omitempty"`
	// Percent is Delta in percent of old, for whole numbers when old is
	// not zero.
	Percent *float64 `json:"percent,omitempty"`
	// Days is how many days a date moved: positive is later.
	Days *int `json:"days,omitempty"`
	// Added and Removed are the items of a list, sections or pairs that
	// are only in the new value, or only in the old one, in the order of
	// the value they stand in.
	Added   any `json:"added,omitempty"`
	Removed any `json:"removed,omitempty"`
	// Similarity is how alike two texts are, from 0 to 1: twice the words
	// they share in order over the words of both.
	Similarity *float64 `json:"similarity,omitempty"`
}

// compare returns how the values of a field differ, and false when they
// are the same as the diff compares them (white space aside, unless
// exact; lists as sets).
func compare(f field, old, new any, exact bool) (Change, bool) {
	c := Change{Field: f.name, Old: old, New: new}
	if old == nil || new == nil {
		// A value that appeared or went is a change whatever its kind;
		// only a list is never nil, and so never gets here.
		return c, old != nil || new != nil
	}
	if isSetKind(f.kind) {
		added, removed := setDifference(old, new, exact)
		if added == nil && removed == nil {
			return c, false
		}
		c.Added, c.Removed = items(new, added), items(old, removed)
		return c, true
	}
	if canonical(old, exact) == canonical(new, exact) {
		return c, false
	}
	switch f.kind {
	case KindAmount:
		o, n := old.(int64), new.(int64)
		c.Delta = n - o
		if o != 0 {
			c.Percent = ptr(round(float64(n-o)/float64(o)*100, 2))
		}
	case KindRate:
		c.Delta = round(new.(float64)-old.(float64), 6)
	case KindDate:
		if days, ok := daysBetween(old.(string), new.(string)); ok {
			c.Days = &days
		}
	case KindText:
		c.Similarity = ptr(round(similarity(old.(string), new.(string)), 3))
	}
	return c, true
}

// canonical returns the form a scalar value compares by.
func canonical(v any, exact bool) string {
	var b strings.Builder
	writeScalar(&b, v, exact)
	return b.String()
}

// setDifference returns the indexes of the items only in new (added) and
// only in old (removed), comparing items by their canonical forms; both
// are nil when the two hold the same items.
func setDifference(old, new any, exact bool) (added, removed []int) {
	oldForms := make(map[string]bool, itemCount(old))
	for i := range itemCount(old) {
		oldForms[itemForm(old, i, exact)] = true
	}
	newForms := make(map[string]bool, itemCount(new))
	for i := range itemCount(new) {
		form := itemForm(new, i, exact)
		newForms[form] = true
		if !oldForms[form] {
			added = append(added, i)
		}
	}
	for i := range itemCount(old) {
		if !newForms[itemForm(old, i, exact)] {
			removed = append(removed, i)
		}
	}
	return added, removed
}

// items returns the items of v at the indexes, as a value of v's own type,
// so that they encode as the record's items do; an empty list, not nil,
// when there are none.
func items(v any, indexes []int) any {
	switch v := v.(type) {
	case []string:
		out := []string{}
		for _, i := range indexes {
			out = append(out, v[i])
		}
		return out
	case []parser.Section:
		out := []parser.Section{}
		for _, i := range indexes {
			out = append(out, v[i])
		}
		return out
	case parser.Pairs:
		out := parser.Pairs{}
		for _, i := range indexes {
			out = append(out, v[i])
		}
		return out
	case []parser.Warning:
		out := []parser.Warning{}
		for _, i := range indexes {
			out = append(out, v[i])
		}
		return out
	}
	return nil
}

// daysBetween returns how many days after old new is, when both are
// dates.
func daysBetween(old, new string) (int, bool) {
	o, err1 := time.Parse(time.DateOnly, old)
	n, err2 := time.Parse(time.DateOnly, new)
	if err1 != nil || err2 != nil {
		return 0, false
	}
	return int(n.Sub(o).Hours() / 24), true
}

// round rounds x to the given number of decimals, so that 40.1 − 40 is
// 0.1 and not 0.10000000000000142; a tiny decrease is 0, not -0.
func round(x float64, decimals int) float64 {
	p := math.Pow10(decimals)
	if r := math.Round(x*p) / p; r != 0 {
		return r
	}
	return 0
}

func ptr[T any](v T) *T { return &v }
