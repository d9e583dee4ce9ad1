package parser

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
)

// fieldSetter stores a cleaned, non-empty value of a field in the record,
// and returns a message when the value cannot be normalised; the value is
// then kept as written, or for typed fields left null with the warning.
type fieldSetter func(rec *Project, value string) (problem string)

// textField returns the string of a record that a field fills as written.
func textField(get func(*Project) **string) fieldSetter {
	return func(rec *Project, value string) string {
		*get(rec) = &value
		return ""
	}
}

// normalisedField stores the normalised form of a value, or the value as
// written with a problem when it has no normalised form.
func normalisedField(get func(*Project) **string, normalise func(string) (string, bool), what string) fieldSetter {
	return func(rec *Project, value string) string {
		if v, ok := normalise(value); ok {
			*get(rec) = &v
			return ""
		}
		*get(rec) = &value
		return fmt.Sprintf("%q is not %s; kept as written", value, what)
	}
}

func amountField(get func(*Project) **int64) fieldSetter {
	return func(rec *Project, value string) string {
		n, ok := parseAmount(value)
		if !ok {
			return fmt.Sprintf("%q is not an amount in kronor", value)
		}
		*get(rec) = &n
		return ""
	}
}

func yesNoField(get func(*Project) **bool) fieldSetter {
	return func(rec *Project, value string) string {
		b, ok := parseYesNo(value)
		if !ok {
			return fmt.Sprintf("%q is neither Ja nor Nej", value)
		}
		*get(rec) = &b
		return ""
	}
}

func dateField(get func(*Project) **string) fieldSetter {
	return func(rec *Project, value string) string {
		d, ok := parseDate(value)
		if !ok {
			return fmt.Sprintf("%q is not a date", value)
		}
		*get(rec) = &d
		return ""
	}
}

// textFields are the fields kept as written, with the string each fills.
// Their values may run over more lines (continueValue).
var textFields = map[field]func(*Project) **string{
	fieldID:                func(r *Project) **string { return &r.ID },
	fieldName:              func(r *Project) **string { return &r.Name },
	fieldCallID:            func(r *Project) **string { return &r.CallID },
	fieldProgrammeCCI:      func(r *Project) **string { return &r.ProgrammeCCI },
	fieldSpecificObjective: func(r *Project) **string { return &r.SpecificObjective },
	fieldProjectPhase:      func(r *Project) **string { return &r.ProjectPhase },
	fieldOwner:             func(r *Project) **string { return &r.Owner },
	fieldContactName:       func(r *Project) **string { return &r.ContactName },
	fieldContactEmail:      func(r *Project) **string { return &r.ContactEmail },
	fieldContactPhone:      func(r *Project) **string { return &r.ContactPhone },
	fieldAddress:           func(r *Project) **string { return &r.Address },
	fieldCity:              func(r *Project) **string { return &r.City },
	fieldCountry:           func(r *Project) **string { return &r.Country },
	fieldInterventionType:  func(r *Project) **string { return &r.InterventionType },
}

// setters maps every field to how it is stored: the text fields as written
// (the name without its quotes), the others through their normalisers. The
// record keys that a field fills are in keysOf.
var setters = func() map[field]fieldSetter {
	m := map[field]fieldSetter{
		fieldName: func(rec *Project, value string) string { v := stripQuotes(value); rec.Name = &v; return "" },
		fieldFund: normalisedField(func(r *Project) **string { return &r.Fund }, parseFund, "a fund (ESF or ESF+)"),
		fieldProgrammeArea: func(rec *Project, value string) string {
			code, name, ok := parseProgrammeArea(value)
			if !ok {
				rec.ProgrammeAreaName = &value
				return fmt.Sprintf("%q has no programme area code; kept as the name", value)
			}
			rec.ProgrammeAreaCode = &code
			if name != "" {
				rec.ProgrammeAreaName = &name
			}
			return ""
		},
		fieldOwnerOrgNumber: normalisedField(func(r *Project) **string { return &r.OwnerOrgNumber }, parseOrgNumber, "an organisation number (NNNNNN-NNNN)"),
		fieldPostcode:       normalisedField(func(r *Project) **string { return &r.Postcode }, parsePostcode, "a postcode of five digits"),
		fieldRegion:         normalisedField(func(r *Project) **string { return &r.Region }, parseRegion, "an ESF region"),
		fieldNUTS2:          normalisedField(func(r *Project) **string { return &r.NUTS2 }, parseNUTS2, "a Swedish NUTS-2 code (SEnn)"),
		fieldStartDate:      dateField(func(r *Project) **string { return &r.StartDate }),
		fieldEndDate:        dateField(func(r *Project) **string { return &r.EndDate }),
		fieldPeriod: func(rec *Project, value string) string {
			start, end, ok := parsePeriod(value)
			if !ok {
				return fmt.Sprintf("%q is not a period of two dates", value)
			}
			rec.StartDate, rec.EndDate = &start, &end
			return ""
		},
		fieldTotalBudget: amountField(func(r *Project) **int64 { return &r.TotalBudgetSEK }),
		fieldESFSupport:  amountField(func(r *Project) **int64 { return &r.ESFSupportSEK }),
		fieldCofinancingRate: func(rec *Project, value string) string {
			f, ok := parsePercent(value)
			if !ok {
				return fmt.Sprintf("%q is not a percentage", value)
			}
			rec.EUCofinancingRatePct = &f
			return ""
		},
		fieldParticipants: func(rec *Project, value string) string {
			n, ok := parseCount(value)
			if !ok {
				return fmt.Sprintf("%q is not a whole number", value)
			}
			rec.Participants = &n
			return ""
		},
		fieldChildPoverty:        yesNoField(func(r *Project) **bool { return &r.SecondaryThemeChildPoverty }),
		fieldStrategicImportance: yesNoField(func(r *Project) **bool { return &r.StrategicImportance }),
		fieldMunicipalities: func(rec *Project, value string) string {
			rec.Municipalities = append(rec.Municipalities, listItems(true, value)...)
			return ""
		},
		fieldCofinanciers: func(rec *Project, value string) string {
			rec.Cofinanciers = append(rec.Cofinanciers, listItems(false, value)...)
			return ""
		},
	}
	for f, get := range textFields {
		if _, own := m[f]; !own {
			m[f] = textField(get)
		}
	}
	return m
}()

// keysOf lists the record keys a field fills.
func keysOf(f field) []string {
	switch f {
	case fieldPeriod:
		return []string{"start_date", "end_date"}
	case fieldProgrammeArea:
		return []string{"programme_area_code", "programme_area_name"}
	}
	return []string{string(f)}
}

// valueReads reports whether value reads as field f: used to tell a glued
// label from a title that only begins like one.
func valueReads(f field, value string) bool {
	value = cleanValue(value)
	var ok bool
	switch f {
	case fieldRegion:
		_, ok = parseRegion(value)
	case fieldTotalBudget, fieldESFSupport:
		_, ok = parseAmount(value)
	case fieldPeriod:
		_, _, ok = parsePeriod(value)
	case fieldStartDate, fieldEndDate:
		_, ok = parseDate(value)
	case fieldParticipants:
		_, ok = parseCount(value)
	case fieldCofinancingRate:
		_, ok = parsePercent(value)
	default:
		ok = value != ""
	}
	return ok
}

func isListField(f field) bool { return f == fieldMunicipalities || f == fieldCofinanciers }

// setValue stores the value of the label on line labelLine; the value
// stands on valueLine (0-based).
func (pg *page) setValue(l *pageLine, value string, labelLine, valueLine int) {
	rec := pg.rec
	value = cleanValue(value)
	pg.endValue()
	if l.label == nil {
		pg.addExtra(l.unknownLabel, value, valueLine)
		return
	}
	rec.Fields++
	pg.countLang(l.label.lang)
	pg.addRaw(pg.labelText(labelLine), value, valueLine)
	pg.lastField = nil
	if value == "" {
		return
	}
	keys := keysOf(l.label.field)
	if pg.givenAlready(l.label.field, value, keys, valueLine) {
		return
	}
	if problem := setters[l.label.field](rec, value); problem != "" {
		pg.warn(WarnValue, valueLine+1, keys[0], "%s", problem)
	}
	for _, k := range keys {
		setLine(rec, k, valueLine+1)
	}
	pg.lastField = l.label
}

// givenAlready reports a field whose keys the page has filled before. A
// repeat that agrees (an id given as both Projektnummer and Diarienummer, a
// Projektperiod beside its Startdatum and Slutdatum) is quiet; one that
// disagrees keeps the first value and warns.
func (pg *page) givenAlready(f field, value string, keys []string, line int) bool {
	if isListField(f) {
		return false
	}
	given := false
	for _, k := range keys {
		if _, ok := pg.rec.Lines[k]; ok {
			given = true
		}
	}
	if !given {
		return false
	}
	scratch := &Project{}
	setters[f](scratch, value)
	for _, k := range keys {
		if _, ok := pg.rec.Lines[k]; ok && !reflect.DeepEqual(keyValue(pg.rec, k), keyValue(scratch, k)) {
			pg.warn(WarnConflict, line+1, k, "%s is given again as %q; the first value is kept", k, value)
			return true
		}
	}
	for _, k := range keys {
		if _, ok := pg.rec.Lines[k]; !ok {
			setKeyValue(pg.rec, k, keyValue(scratch, k))
			setLine(pg.rec, k, line+1)
		}
	}
	return true
}

// continueValue adds a line to the value above it: a list item, or the
// rest of a text that runs over more lines. Text is joined once the value
// ends (endValue), so that a long run of lines costs no more than its size.
func (pg *page) continueValue(text string, i int) {
	f := pg.lastField.field
	if isListField(f) {
		setters[f](pg.rec, text)
		pg.more = append(pg.more, cleanValue(text))
		return
	}
	get := textFields[f]
	if get == nil || *get(pg.rec) == nil {
		pg.addExtra(cleanValue(text), "", i)
		pg.warn(WarnUnlabelled, i+1, string(f), "line after the value of %s is not a label: kept in extra", f)
		return
	}
	pg.more = append(pg.more, cleanValue(text))
}

// endValue joins the lines that continued the last value into it.
func (pg *page) endValue() {
	if len(pg.more) == 0 || pg.lastField == nil {
		pg.more = pg.more[:0]
		return
	}
	f := pg.lastField.field
	sep := " "
	if isListField(f) {
		sep = "\n"
	} else {
		get := textFields[f]
		joined := **get(pg.rec) + " " + strings.Join(pg.more, " ")
		*get(pg.rec) = &joined
	}
	if n := len(pg.rec.Raw); n > 0 {
		last := &pg.rec.Raw[n-1]
		parts := pg.more
		if last.Value != nil {
			parts = append([]string{*last.Value}, parts...)
		}
		v := strings.Join(parts, sep)
		last.Value = &v
	}
	pg.more = pg.more[:0]
}

// keyIndex maps each record key to its struct field.
var keyIndex = func() map[string]int {
	m := map[string]int{}
	t := reflect.TypeFor[Project]()
	for i := range t.NumField() {
		if name, _, _ := strings.Cut(t.Field(i).Tag.Get("json"), ","); name != "" && name != "-" {
			m[name] = i
		}
	}
	return m
}()

// keyValue returns the value of a record key, as stored.
func keyValue(rec *Project, key string) any {
	return reflect.ValueOf(rec).Elem().Field(keyIndex[key]).Interface()
}

func setKeyValue(rec *Project, key string, v any) {
	reflect.ValueOf(rec).Elem().Field(keyIndex[key]).Set(reflect.ValueOf(v))
}

// labelText returns a known label as the page writes it on line i.
func (pg *page) labelText(i int) string {
	l := &pg.lines[i]
	if l.label == nil {
		return l.unknownLabel
	}
	text := l.text
	if l.value != "" {
		text = strings.TrimSuffix(text, l.value)
	}
	return cleanValue(strings.TrimRight(strings.TrimSpace(text), ":"))
}

// addExtra keeps an unknown label and its value; a label the page repeats
// is numbered so that every one is kept.
func (pg *page) addExtra(label, value string, i int) {
	pg.endValue()
	pg.lastField = nil
	pg.rec.Extra = addPair(pg.rec.Extra, pg.extraSeen, label, value, i+1)
	pg.addRaw(label, value, i)
}

func (pg *page) addRaw(label, value string, i int) {
	pg.rec.Raw = addPair(pg.rec.Raw, pg.rawSeen, label, value, i+1)
}

// addPair appends a label and its value, numbering a label already in seen
// ("Label (2)") so that labels stay unique.
func addPair(ps Pairs, seen map[string]int, label, value string, line int) Pairs {
	unique := label
	for n := seen[label] + 1; seen[unique] > 0; n++ {
		unique = fmt.Sprintf("%s (%d)", label, n)
		seen[label] = n
	}
	seen[unique]++
	var v *string
	if value != "" {
		v = &value
	}
	return append(ps, Pair{Label: unique, Value: v, Line: line})
}

// warn records a warning on a 1-based line.
func (pg *page) warn(kind WarningKind, line int, key, format string, args ...any) {
	pg.rec.Warnings = append(pg.rec.Warnings, Warning{Line: line, Field: key, Message: fmt.Sprintf(format, args...), Kind: kind})
}

func sortWarnings(ws []Warning) {
	slices.SortStableFunc(ws, func(a, b Warning) int { return a.Line - b.Line })
}
