package validate

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/esfdata/esf/parser"
)

// rules are the checks, each with its default severity. A rule reports on
// the line where the value it concerns stands.
var rules = []Rule{
	{"missing-field", Error, "a page lacks its name, owner, region or period; a 2014–2020 or 2021–2027 page lacks its id", checkMissing},
	{"bad-value", Error, "a value the parser could not normalise (a date like 2026-13-45, an amount with letters in it), or a field given twice differently", checkBadValue},
	{"date-order", Error, "the end date is before the start date, or a date lies far outside the programme period", checkDates},
	{"money", Error, "the ESF support is above the total budget, or the budget is zero or less", checkMoney},
	{"rate", Error, "the co-financing rate is outside 0–100 %", checkRate},
	{"email", Error, "the contact e-mail is not an e-mail address", checkEmail},
	{"phone", Warning, "the contact phone number is not a phone number", checkPhone},
	{"postcode", Error, "the postcode is not five digits", checkPostcode},
	{"org-number", Error, "the organisation number is not NNNNNN-NNNN with a correct check digit", checkOrgNumber},
	{"nuts2", Error, "the NUTS-2 code is not a Swedish one, or does not agree with the region", checkNUTS2},
	{"unknown-label", Info, "a label the parser does not know, kept in extra", checkUnknownLabels},
	{"duplicate-id", Error, "the same id stands on two pages", checkDuplicateID},
}

// ownRule lists the keys whose unreadable values a rule of their own
// reports, so that bad-value does not report them twice.
var ownRule = map[string]bool{"postcode": true, "owner_org_number": true, "nuts2": true}

func checkMissing(c *check) {
	r := c.rec
	required := []struct {
		key, label string
		missing    bool
	}{
		{"name", "name (Namn or the title)", r.Name == nil},
		{"owner", "owner (Projektägare)", r.Owner == nil},
		{"region", "region (Region)", r.Region == nil},
		{"start_date", "start date (Startdatum or Projektperiod)", r.StartDate == nil},
		{"end_date", "end date (Slutdatum or Projektperiod)", r.EndDate == nil},
	}
	for _, f := range required {
		if f.missing && !c.hasWarning(f.key) {
			c.report(c.line(f.key), "no %s", f.label)
		}
	}
	if r.ID == nil && r.ProgrammePeriod != nil && *r.ProgrammePeriod != parser.Period2007 {
		c.report(c.line("id"), "no id (Projektnummer or Diarienummer) on a %s page", *r.ProgrammePeriod)
	}
}

// hasWarning reports a key whose value the page gives but the parser could
// not read: bad-value reports it, so missing-field need not.
func (c *check) hasWarning(key string) bool {
	for _, w := range c.rec.Warnings {
		if w.Field == key {
			return true
		}
	}
	return false
}

func checkBadValue(c *check) {
	for _, w := range c.rec.Warnings {
		if (w.Kind == parser.WarnValue || w.Kind == parser.WarnConflict) && !ownRule[w.Field] {
			c.report(w.Line, "%s: %s", w.Field, w.Message)
		}
	}
}

// periodYears are the years in which a project of each programme period
// may run, with room for late starts and extensions.
var periodYears = map[string][2]int{
	parser.Period2007: {2007, 2015},
	parser.Period2014: {2014, 2023},
	parser.Period2021: {2021, 2029},
}

func checkDates(c *check) {
	r := c.rec
	if r.StartDate != nil && r.EndDate != nil && *r.EndDate < *r.StartDate {
		c.report(c.line("end_date"), "end date %s is before start date %s", *r.EndDate, *r.StartDate)
	}
	if r.ProgrammePeriod == nil {
		return
	}
	years, ok := periodYears[*r.ProgrammePeriod]
	if !ok {
		return
	}
	for _, d := range []struct {
		key  string
		date *string
	}{{"start_date", r.StartDate}, {"end_date", r.EndDate}} {
		if d.date == nil {
			continue
		}
		var year int
		fmt.Sscanf(*d.date, "%d", &year)
		if year < years[0] || year > years[1] {
			c.report(c.line(d.key), "%s %s lies outside the %s programme (%d–%d)", strings.ReplaceAll(d.key, "_", " "), *d.date, *r.ProgrammePeriod, years[0], years[1])
		}
	}
}

func checkMoney(c *check) {
	r := c.rec
	if r.TotalBudgetSEK != nil && *r.TotalBudgetSEK <= 0 {
		c.report(c.line("total_budget_sek"), "total budget is %d kr", *r.TotalBudgetSEK)
	}
	if r.TotalBudgetSEK != nil && r.ESFSupportSEK != nil && *r.ESFSupportSEK > *r.TotalBudgetSEK {
		c.report(c.line("esf_support_sek"), "ESF support %d kr is above the total budget %d kr", *r.ESFSupportSEK, *r.TotalBudgetSEK)
	}
}

func checkRate(c *check) {
	if r := c.rec.EUCofinancingRatePct; r != nil && (*r < 0 || *r > 100) {
		c.report(c.line("eu_cofinancing_rate_pct"), "co-financing rate %v %% is outside 0–100 %%", *r)
	}
}

var emailAddress = regexp.MustCompile(`^[^@\s<>(),;:"]+@[^@\s<>(),;:"]+\.[\p{L}]{2,}$`)

func checkEmail(c *check) {
	if e := c.rec.ContactEmail; e != nil && !emailAddress.MatchString(*e) {
		c.report(c.line("contact_email"), "%q is not an e-mail address", *e)
	}
}

func checkPhone(c *check) {
	p := c.rec.ContactPhone
	if p == nil {
		return
	}
	digits := 0
	for _, r := range *p {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case strings.ContainsRune(" +-()/", r):
		default:
			c.report(c.line("contact_phone"), "%q is not a phone number: it holds %q", *p, r)
			return
		}
	}
	if digits < 6 || digits > 15 {
		c.report(c.line("contact_phone"), "%q is not a phone number: it has %d digits", *p, digits)
	}
}

var fiveDigits = regexp.MustCompile(`^\d{5}$`)

func checkPostcode(c *check) {
	if p := c.rec.Postcode; p != nil && !fiveDigits.MatchString(*p) {
		c.report(c.line("postcode"), "postcode %q is not five digits", *p)
	}
}

var orgNumber = regexp.MustCompile(`^\d{6}-\d{4}$`)

func checkOrgNumber(c *check) {
	n := c.rec.OwnerOrgNumber
	if n == nil {
		return
	}
	if !orgNumber.MatchString(*n) {
		c.report(c.line("owner_org_number"), "organisation number %q is not NNNNNN-NNNN", *n)
		return
	}
	if !luhnValid(strings.ReplaceAll(*n, "-", "")) {
		c.report(c.line("owner_org_number"), "organisation number %s has a wrong check digit", *n)
	}
}

// luhnValid reports whether a string of digits ends with its Luhn check
// digit, as Swedish organisation and personal numbers do.
func luhnValid(digits string) bool {
	sum := 0
	for i := len(digits) - 1; i >= 0; i-- {
		d := int(digits[i] - '0')
		if (len(digits)-1-i)%2 == 1 {
			d *= 2
			if d > 9 {
				d -= 9
			}
		}
		sum += d
	}
	return sum%10 == 0
}

var nuts2Code = regexp.MustCompile(`^SE\d\d$`)

func checkNUTS2(c *check) {
	r := c.rec
	if r.NUTS2 == nil {
		return
	}
	if !nuts2Code.MatchString(*r.NUTS2) {
		c.report(c.line("nuts2"), "%q is not a Swedish NUTS-2 code (SEnn)", *r.NUTS2)
		return
	}
	if r.Region == nil {
		return
	}
	want, known := parser.RegionNUTS2(*r.Region)
	switch {
	case !known:
	case want == "":
		c.report(c.line("nuts2"), "NUTS-2 code %s given for region %s, which has none", *r.NUTS2, *r.Region)
	case want != *r.NUTS2:
		c.report(c.line("nuts2"), "NUTS-2 code %s does not agree with region %s (%s)", *r.NUTS2, *r.Region, want)
	}
}

func checkUnknownLabels(c *check) {
	for _, p := range c.rec.Extra {
		c.report(p.Line, "label %q is not known; kept in extra", p.Label)
	}
}

func checkDuplicateID(c *check) {
	id := c.rec.ID
	if id == nil {
		return
	}
	here := fmt.Sprintf("%s:%d", c.rec.Source.Path, c.line("id"))
	if first, seen := c.checker.ids[*id]; seen {
		c.report(c.line("id"), "id %s is also on %s", *id, first)
		return
	}
	c.checker.ids[*id] = here
}
