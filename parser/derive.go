package parser

import (
	"strconv"
)

// The programme periods.
const (
	Period2007 = "2007-2013"
	Period2014 = "2014-2020"
	Period2021 = "2021-2027"
)

var (
	ccYear    = lazyRE(`^(\d{4})SE`)
	idYear    = lazyRE(`^(\d{4})[/-]`)
	idCurrent = lazyRE(`^\d{2}-\d{3}-[A-ZÅÄÖ]\d{1,3}$`)
)

// derive fills the keys that pages do not write but imply: the programme
// period, the fund of the older periods, and the NUTS-2 code of the region.
func derive(rec *Project) {
	if rec.ProgrammePeriod == nil {
		if period := programmePeriod(rec); period != "" {
			rec.ProgrammePeriod = &period
		}
	}
	if rec.Fund == nil && rec.ProgrammePeriod != nil {
		fund := "ESF"
		if *rec.ProgrammePeriod == Period2021 {
			fund = "ESF+"
		}
		rec.Fund = &fund
	}
	if rec.NUTS2 == nil && rec.Region != nil {
		if code := regionNUTS2(*rec.Region); code != "" {
			rec.NUTS2 = &code
		}
	}
}

// programmePeriod tells the period from the strongest evidence the record
// holds: the fund, the programme's CCI, the form of the id, the layout
// (only the 2007–2013 printouts are glued), and last the dates, where they
// fit one period only.
func programmePeriod(rec *Project) string {
	if rec.Fund != nil && *rec.Fund == "ESF+" {
		return Period2021
	}
	if rec.ProgrammeCCI != nil {
		if m := ccYear.FindStringSubmatch(*rec.ProgrammeCCI); m != nil {
			return periodOfYear(m[1])
		}
	}
	if rec.ID != nil {
		if idCurrent.MatchString(*rec.ID) {
			return Period2021
		}
		if m := idYear.FindStringSubmatch(*rec.ID); m != nil {
			if year, _ := strconv.Atoi(m[1]); year >= 2014 {
				return Period2014
			}
			return Period2007
		}
	}
	if rec.Source.Layout == LayoutGlued {
		return Period2007
	}
	if rec.StartDate != nil {
		return periodOfDates(rec.StartDate, rec.EndDate)
	}
	return ""
}

// lastYear2014 is the last year a project of the 2014–2020 programme ran
// (REACT-EU's extension), and firstYear2021 the first a project of
// 2021–2027 could start; between the two a project's dates fit either.
const (
	lastYear2014  = 2023
	firstYear2021 = 2021
)

// periodOfDates tells the period of a project that starts on start and
// ends on end (nil when not known), "" when its dates fit two: a project
// that starts in 2021–2023 and ends by 2023 may be of 2014–2020 (REACT-EU
// ran into 2023) or of 2021–2027.
func periodOfDates(start, end *string) string {
	year, _ := strconv.Atoi((*start)[:4])
	if year < firstYear2021 {
		return periodOfYear((*start)[:4])
	}
	if year > lastYear2014 {
		return Period2021
	}
	if end != nil {
		if endYear, _ := strconv.Atoi((*end)[:4]); endYear > lastYear2014 {
			return Period2021
		}
	}
	return ""
}

func periodOfYear(s string) string {
	year, _ := strconv.Atoi(s)
	switch {
	case year >= 2021:
		return Period2021
	case year >= 2014:
		return Period2014
	case year >= 2007:
		return Period2007
	}
	return ""
}

// parseProgrammePeriod reads a programme period as pages write it:
// "2014-2020", "2014–2020", "2014 - 2020", "ESF 2014-2020".
func parseProgrammePeriod(s string) (string, bool) {
	var digits []byte
	for i := 0; i < len(s); i++ {
		if isDigit(s[i]) {
			digits = append(digits, s[i])
		}
	}
	for _, p := range []string{Period2007, Period2014, Period2021} {
		if string(digits) == p[:4]+p[5:] {
			return p, true
		}
	}
	return "", false
}
