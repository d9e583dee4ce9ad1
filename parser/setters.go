package parser

import (
	"fmt"
	"reflect"
	"strings"
)

// setter stores one label's value in a record. set is handed a cleaned,
// non-empty value; it stores the normalised form, or the value as written
// where a key keeps what it cannot normalise, and returns what was wrong
// with the value ("" when nothing was). fills lists the keys it may fill
// when they are more than the label's own key; text marks a value kept as
// written, which may run over more than one line, and list a list: both
// from the key's kind in the key table.
type setter struct {
	set   func(rec *Project, value string) (problem string)
	fills []Key
	text  bool
	list  bool
	// reads, where set, tells whether a value reads without storing it.
	reads func(value string) bool
}

// keysFilled returns the record keys a label of k fills.
func (s *setter) keysFilled(k Key) []Key {
	if s.fills != nil {
		return s.fills
	}
	return []Key{k}
}

// setters holds, for every key a label fills, how its value is stored.
// TestEveryKeyIsRead fails when a key read from labels has none.
var setters = [numKeys]setter{
	KeyID:              asNumber(func(r *Project) **string { return &r.ID }),
	KeyName:            {set: func(rec *Project, value string) string { v := stripQuotes(value); rec.Name = &v; return "" }},
	KeyCallID:          asNumber(func(r *Project) **string { return &r.CallID }),
	KeyProgrammePeriod: typed(func(r *Project) **string { return &r.ProgrammePeriod }, parseProgrammePeriod, "a programme period (2007-2013, 2014-2020 or 2021-2027)"),
	KeyFund:            normalised(func(r *Project) **string { return &r.Fund }, parseFund, "a fund (ESF or ESF+)"),
	KeyProgrammeCCI:    asWritten(func(r *Project) **string { return &r.ProgrammeCCI }),
	KeyProgrammeAreaCode: {
		set: func(rec *Project, value string) string {
			code, name, ok := parseProgrammeArea(value)
			if !ok {
				rec.ProgrammeAreaName = &value
				return fmt.Sprintf("%q has no programme area code", value)
			}
			rec.ProgrammeAreaCode = &code
			if name != "" {
				name = areaNameSpelled(name)
				rec.ProgrammeAreaName = &name
			}
			return ""
		},
		fills: []Key{KeyProgrammeAreaCode, KeyProgrammeAreaName},
	},
	KeySpecificObjective: asWritten(func(r *Project) **string { return &r.SpecificObjective }),
	KeyProjectPhase:      asWritten(func(r *Project) **string { return &r.ProjectPhase }),
	KeyOwner:             asWritten(func(r *Project) **string { return &r.Owner }),
	KeyOwnerOrgNumber:    normalised(func(r *Project) **string { return &r.OwnerOrgNumber }, parseOrgNumber, "an organisation number (NNNNNN-NNNN)"),
	KeyContactName:       asWritten(func(r *Project) **string { return &r.ContactName }),
	KeyContactEmail:      asWritten(func(r *Project) **string { return &r.ContactEmail }),
	KeyContactPhone:      asWritten(func(r *Project) **string { return &r.ContactPhone }),
	KeyAddress:           asWritten(func(r *Project) **string { return &r.Address }),
	KeyPostcode:          normalised(func(r *Project) **string { return &r.Postcode }, parsePostcode, "a postcode of five digits"),
	KeyCity:              asWritten(func(r *Project) **string { return &r.City }),
	KeyCountry:           asWritten(func(r *Project) **string { return &r.Country }),
	KeyRegion:            normalised(func(r *Project) **string { return &r.Region }, parseRegion, "an ESF region"),
	KeyNUTS2:             normalised(func(r *Project) **string { return &r.NUTS2 }, parseNUTS2, "a Swedish NUTS-2 code (SEnn, or SE0 for national projects)"),
	KeyStartDate:         explained(func(r *Project) **string { return &r.StartDate }, parseDateExplained),
	KeyEndDate:           explained(func(r *Project) **string { return &r.EndDate }, parseDateExplained),
	KeyPeriod: {
		set: func(rec *Project, value string) string {
			start, end, okStart, okEnd := periodHalves(value)
			switch {
			case okStart && okEnd:
				rec.StartDate, rec.EndDate = &start, &end
				return ""
			case okStart:
				// "2021-2-1 till oktober 2021": the start is read, the
				// end is named.
				rec.StartDate = &start
				return fmt.Sprintf("%q is not a period of two dates: its start, %s, was read, its end not", value, start)
			case okEnd:
				rec.EndDate = &end
				return fmt.Sprintf("%q is not a period of two dates: its end, %s, was read, its start not", value, end)
			}
			return fmt.Sprintf("%q is not a period of two dates", value)
		},
		fills: []Key{KeyStartDate, KeyEndDate},
	},
	KeyTotalBudget:         typed(func(r *Project) **int64 { return &r.TotalBudgetSEK }, parseAmount, "an amount in kronor"),
	KeyESFSupport:          typed(func(r *Project) **int64 { return &r.ESFSupportSEK }, parseAmount, "an amount in kronor"),
	KeyCofinancingRate:     explained(func(r *Project) **float64 { return &r.EUCofinancingRatePct }, parseRate),
	KeyParticipants:        typed(func(r *Project) **int64 { return &r.Participants }, parseCount, "a whole number"),
	KeyInterventionType:    asWritten(func(r *Project) **string { return &r.InterventionType }),
	KeyChildPoverty:        typed(func(r *Project) **bool { return &r.SecondaryThemeChildPoverty }, parseYesNo, "Ja or Nej"),
	KeyStrategicImportance: typed(func(r *Project) **bool { return &r.StrategicImportance }, parseYesNo, "Ja or Nej"),
	KeyMunicipalities: {
		set: func(rec *Project, value string) string {
			rec.Municipalities = appendOrGoOn(rec.Municipalities, true, value)
			return ""
		},
	},
	KeyCofinanciers: {
		set: func(rec *Project, value string) string {
			rec.Cofinanciers = appendOrGoOn(rec.Cofinanciers, false, value)
			return ""
		},
	},
}

// The setters' flags come from the key table.
func init() {
	for k := range setters {
		setters[k].text = keys[k].kind == kindText
		setters[k].list = keys[k].kind == kindList
	}
}

// asWritten stores a value as the page writes it.
func asWritten(field func(*Project) **string) setter {
	return setter{set: func(rec *Project, value string) string {
		*field(rec) = &value
		return ""
	}}
}

// asNumber stores a project's or a call's number as written, without the
// word a registry writes before it ("Dnr 2020/00634") or spaces round its
// slash (numberNamed).
func asNumber(field func(*Project) **string) setter {
	return setter{set: func(rec *Project, value string) string {
		if value != "" && (!isDigit(value[0]) || strings.IndexByte(value, ' ') >= 0) {
			if m := numberNamed.FindStringSubmatch(value); m != nil {
				value = strings.ReplaceAll(m[1], " ", "")
			}
		}
		*field(rec) = &value
		return ""
	}}
}

// numberNamed is a project's or a call's number with the word a registry
// writes before it, or the fund's name: "Dnr 2020/00634", "Diarienr:
// 2015/00538", "nr 23-038-S06", "ESF-2020/00634"; and one with spaces
// round its slash ("2020 / 00634").
var numberNamed = lazyRE(`^(?:(?i:dnr|diarienr|diarienummer|d\.nr|projektnr|projektnummer|nr|no)\.?:?\s+|ESF[- ]?)?(\d{4} ?/ ?\d{5}|\d{4}-\d{7}|\d{2}-\d{3}-[A-ZÅÄÖ]\d{1,3})$`)

// normalised stores the normalised form of a value, or the value as
// written when it has none.
func normalised(field func(*Project) **string, normalise func(string) (string, bool), what string) setter {
	return setter{set: func(rec *Project, value string) string {
		if v, ok := normalise(value); ok {
			*field(rec) = &v
			return ""
		}
		*field(rec) = &value
		return fmt.Sprintf("%q is not %s", value, what)
	}, reads: func(value string) bool { _, ok := normalise(value); return ok }}
}

// typed stores a value that has a type of its own, or nothing when the
// value cannot be read as one.
func typed[T any](field func(*Project) **T, parse func(string) (T, bool), what string) setter {
	return explained(field, func(s string) (T, string) {
		v, ok := parse(s)
		if !ok {
			return v, fmt.Sprintf("%q is not %s", s, what)
		}
		return v, ""
	})
}

// explained is typed for a parser that says why it could not read a value.
func explained[T any](field func(*Project) **T, parse func(string) (T, string)) setter {
	return setter{set: func(rec *Project, value string) string {
		v, problem := parse(value)
		if problem != "" {
			return problem
		}
		*field(rec) = &v
		return ""
	}, reads: func(value string) bool { _, problem := parse(value); return problem == "" }}
}

// valueReads reports whether value reads as key k: used to tell a glued
// label from prose or a title that only begins like one.
func valueReads(k Key, value string) bool {
	s := &setters[k]
	if s.set == nil {
		return false
	}
	value = cleanValue(value)
	if rest, ok := strings.CutPrefix(value, ": "); ok {
		// ":   Nej" below its label: a definition list's mark, which
		// setField takes off too. A dash may be a page's number's
		// ("- 1 -") or a list's.
		value = strings.TrimSpace(rest)
	}
	if value == "" {
		return false
	}
	if s.text || s.list {
		return true
	}
	if s.reads != nil {
		return s.reads(value)
	}
	return s.set(new(Project), value) == ""
}

// fieldOf returns the struct field that holds a record key; Key values are
// the indexes of Project's fields (TestKeysMatchRecord).
func fieldOf(rec *Project, k Key) reflect.Value {
	return reflect.ValueOf(rec).Elem().Field(int(k))
}

// filled reports whether a record key holds a value.
func filled(rec *Project, k Key) bool {
	v := fieldOf(rec, k)
	switch v.Kind() {
	case reflect.Pointer, reflect.Slice, reflect.Map:
		return !v.IsNil() && (v.Kind() == reflect.Pointer || v.Len() > 0)
	}
	return !v.IsZero()
}

// copyKey copies one key's value from a record to another.
func copyKey(dst, src *Project, k Key) { fieldOf(dst, k).Set(fieldOf(src, k)) }

// sameValue reports whether two records hold the same value for a key.
func sameValue(a, b *Project, k Key) bool {
	return reflect.DeepEqual(fieldOf(a, k).Interface(), fieldOf(b, k).Interface())
}

// describe writes a key's value for a message.
func describe(rec *Project, k Key) string {
	v := fieldOf(rec, k)
	if v.Kind() == reflect.Pointer {
		if v.IsNil() {
			return "null"
		}
		v = v.Elem()
	}
	if v.Kind() == reflect.String {
		return fmt.Sprintf("%q", v.String())
	}
	return fmt.Sprint(v.Interface())
}

// appendOrGoOn appends the items of a list's line below its label, or
// goes on with the last item where that is cut off (endsCut) and the line
// begins with no bullet: "• Arbete och" / "Försörjning", wrapped by a
// narrow window.
func appendOrGoOn(items []string, splitCommas bool, value string) []string {
	if t := strings.TrimSpace(value); len(items) > 0 && t != "" && endsCut(items[len(items)-1]) && !startsWithBullet(t) && listNumber(t) == t {
		items[len(items)-1] += " " + cleanValue(t)
		return items
	}
	return appendListItems(items, splitCommas, value)
}
