package validate

import (
	"regexp"
	"strconv"
	"strings"
	"sync"
	"unicode"

	"github.com/esfdata/esf/parser"
)

// rules are the checks, each with its default severity. A rule reports on
// the line where the value it concerns stands.
var rules = []Rule{
	{"missing-field", Error, "a page lacks its name, owner, region or period; a 2014–2020 or 2021–2027 page lacks its id", nil, checkMissing},
	{"bad-value", Error, "a value the parser could not normalise (a date like 2026-13-45, an amount with letters in it), or a field given twice differently", nil, checkBadValue},
	{"date-order", Error, "the end date is before the start date, or a date lies far outside the programme period", nil, checkDates},
	{"money", Error, "the ESF support is above the total budget or below zero, the budget is zero or less, or an amount is more than any project's", nil, checkMoney},
	{"participants", Warning, "the planned participants are more than any project plans, as two counts run together are", nil, checkParticipants},
	{"rate", Error, "the co-financing rate is outside 0–100 %", nil, checkRate},
	{"email", Error, "the contact e-mail is not an e-mail address", nil, checkEmail},
	{"phone", Warning, "the contact phone number is not a phone number", nil, checkPhone},
	{"postcode", Error, "the postcode is not five digits", []parser.Key{parser.KeyPostcode}, checkPostcode},
	{"org-number", Error, "the organisation number is not NNNNNN-NNNN with a correct check digit", []parser.Key{parser.KeyOwnerOrgNumber}, checkOrgNumber},
	{"nuts2", Error, "the NUTS-2 code is not a Swedish one, or does not agree with the region", []parser.Key{parser.KeyNUTS2}, checkNUTS2},
	{"unknown-label", Info, "a label the parser does not know, kept in extra", nil, checkUnknownLabels},
	{"duplicate-id", Error, "the same id stands on two pages", nil, checkDuplicateID},
	{"encoding", Warning, "a byte that is not UTF-8 in a UTF-8 page, read as Windows-1252", nil, checkEncoding},
	{"page-split", Warning, "a page of an input of several has no title above its field block", nil, checkPageSplit},
	{"audit", Warning, "the record disagrees with its page: a label whose value did not reach its field, a value holding a label, a one-line field over several lines, a value not of its field's type, a line nothing read", nil, checkAudit},
	{"label-spelling", Info, "a label read by a tolerant match: without its diacritics, with OCR confusions, another separator, broken over two lines", nil, checkSpelling},
}

// ruleOwning names, for each key, the rule that reports the parser's
// warnings about its values: the rule that owns the key, or bad-value.
var ruleOwning [parser.NumRecordKeys]string

func init() {
	for k := range ruleOwning {
		ruleOwning[k] = "bad-value"
	}
	for _, r := range rules {
		for _, k := range r.owns {
			ruleOwning[k] = r.Name
		}
	}
}

func checkMissing(c *check) {
	r := c.rec
	required := []struct {
		key     parser.Key
		label   string
		missing bool
	}{
		{parser.KeyName, "name (Namn or the title)", r.Name == nil},
		{parser.KeyOwner, "owner (Projektägare)", r.Owner == nil},
		{parser.KeyRegion, "region (Region)", r.Region == nil},
		{parser.KeyStartDate, "start date (Startdatum or Projektperiod)", r.StartDate == nil},
		{parser.KeyEndDate, "end date (Slutdatum or Projektperiod)", r.EndDate == nil},
	}
	for _, f := range required {
		if f.missing && !c.hasWarning(f.key) && !(isDate(f.key) && c.hasDateWarning()) {
			c.reportAt(f.key, "no %s", f.label)
		}
	}
	if r.ID == nil && r.ProgrammePeriod != nil && *r.ProgrammePeriod != parser.Period2007 {
		c.reportAt(parser.KeyID, "no id (Projektnummer or Diarienummer) on a %s page", *r.ProgrammePeriod)
	}
}

// hasWarning reports a key whose value the page gives but the parser could
// not read: bad-value reports it as an error, so missing-field need not.
// A warning of the audit's (a label glued to the value above, a value
// read as furniture) says where the value may be, and is a warning only:
// the field is still missing, an error.
func (c *check) hasWarning(k parser.Key) bool {
	for _, w := range c.rec.Warnings {
		if w.Key == k && (w.Kind == parser.WarnValue || w.Kind == parser.WarnConflict) {
			return true
		}
	}
	return false
}

func checkBadValue(c *check) { c.reportWarnings() }

func isDate(k parser.Key) bool { return k == parser.KeyStartDate || k == parser.KeyEndDate }

// hasDateWarning reports a value of either date that the parser could not
// read. One value may fill both dates (Projektperiod: "2021-02-01 -
// 2021-10-31"), and when it does not read, the parser warns about each
// date at the value's line: one diagnostic (bad-value) says why both
// dates are missing, so missing-field does not point at the first line of
// the field block for either.
func (c *check) hasDateWarning() bool {
	for _, w := range c.rec.Warnings {
		if w.Kind == parser.WarnValue && isDate(w.Key) {
			return true
		}
	}
	return false
}

// missingDates names the dates a record lacks, as the start of a
// diagnostic about the value of date k that did not read, when that value
// leaves the other date missing too (it was a period): "no start or end
// date: ". A value that only fails to be its own date needs no prefix.
func (c *check) missingDates(k parser.Key) string {
	start, end := c.rec.StartDate == nil, c.rec.EndDate == nil
	if (k == parser.KeyStartDate && !end) || (k == parser.KeyEndDate && !start) {
		return ""
	}
	switch {
	case start && end:
		return "no start or end date: "
	case start:
		return "no start date: "
	case end:
		return "no end date: "
	}
	return ""
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
		c.reportAt(parser.KeyEndDate, "end date %s is before start date %s", *r.EndDate, *r.StartDate)
	}
	if r.ProgrammePeriod == nil {
		return
	}
	years, ok := periodYears[*r.ProgrammePeriod]
	if !ok {
		return
	}
	for _, d := range []struct {
		key  parser.Key
		date *string
	}{{parser.KeyStartDate, r.StartDate}, {parser.KeyEndDate, r.EndDate}} {
		if d.date == nil {
			continue
		}
		year := yearOf(*d.date)
		if year < years[0] || year > years[1] {
			c.reportAt(d.key, "%s %s lies outside the %s programme (%d–%d)", strings.ReplaceAll(d.key.String(), "_", " "), *d.date, *r.ProgrammePeriod, years[0], years[1])
		}
	}
}

// yearOf reads the year a date begins with ("2021-03-01"), as
// fmt.Sscanf(date, "%d", &year) does: past white space on its line, with
// a sign if it has one; 0 where there is no number or it overflows. A
// record read back may have been edited by hand (" 2021-03-01").
func yearOf(date string) int {
	date = strings.TrimLeftFunc(date, func(r rune) bool { return r != '\n' && unicode.IsSpace(r) })
	end := 0
	if end < len(date) && (date[end] == '+' || date[end] == '-') {
		end++
	}
	for end < len(date) && date[end] >= '0' && date[end] <= '9' {
		end++
	}
	year, err := strconv.Atoi(date[:end])
	if err != nil {
		return 0
	}
	return year
}

// maxProjectSEK is the most an amount of one project's may be: the whole
// of Sweden's ESF+ programme is some 7 billion kronor, and its largest
// projects have a few hundred million. An amount above it is two amounts
// run together ("500 000 400 000", an edit's old and new values).
const maxProjectSEK = 2_000_000_000

// maxParticipants is the most participants a project may plan: the
// largest national projects plan some tens of thousands. A count above
// it is two counts run together ("460 440").
const maxParticipants = 100_000

func checkMoney(c *check) {
	r := c.rec
	if r.TotalBudgetSEK != nil && *r.TotalBudgetSEK <= 0 {
		c.reportAt(parser.KeyTotalBudget, "total budget is %d kr", *r.TotalBudgetSEK)
	}
	for _, a := range [...]struct {
		key  parser.Key
		what string
		sek  *int64
	}{{parser.KeyTotalBudget, "total budget", r.TotalBudgetSEK}, {parser.KeyESFSupport, "ESF support", r.ESFSupportSEK}} {
		if a.sek != nil && *a.sek > maxProjectSEK {
			c.reportAt(a.key, "%s %d kr is more than any project's (%d kr): it may be two amounts run together", a.what, *a.sek, int64(maxProjectSEK))
		}
	}
	if r.ESFSupportSEK != nil && *r.ESFSupportSEK < 0 {
		// "- 400 000": a dash before the amount, a list's or a
		// separator's, or a sign no grant has.
		c.reportAt(parser.KeyESFSupport, "ESF support is %d kr", *r.ESFSupportSEK)
	}
	if r.TotalBudgetSEK != nil && r.ESFSupportSEK != nil && *r.ESFSupportSEK > *r.TotalBudgetSEK {
		c.reportAt(parser.KeyESFSupport, "ESF support %d kr is above the total budget %d kr", *r.ESFSupportSEK, *r.TotalBudgetSEK)
	}
}

func checkParticipants(c *check) {
	if p := c.rec.Participants; p != nil && *p > maxParticipants {
		c.reportAt(parser.KeyParticipants, "%d planned participants are more than any project plans (%d): it may be two counts run together", *p, maxParticipants)
	}
}

func checkRate(c *check) {
	if r := c.rec.EUCofinancingRatePct; r != nil && (*r < 0 || *r > 100) {
		c.reportAt(parser.KeyCofinancingRate, "co-financing rate %v %% is outside 0–100 %%", *r)
	}
}

// emailAddress is compiled at its first use, not whenever esf starts: a
// run of pages without an address, or of another command, needs none. The
// name before the @ holds letters of any script, digits and the marks an
// address may have (RFC 5322's atext and the dot); the domain letters,
// digits, hyphens and dots. A colon of another script or a dash glued on
// ("：ola@trelleborg.se", "—ola@…") is no part of an address.
var emailAddress = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^[\p{L}\p{M}\p{N}!#$%&'*+/=?^_\x60{|}~.-]+@[\p{L}\p{M}\p{N}-]+(\.[\p{L}\p{M}\p{N}-]+)*\.[\p{L}]{2,}$`)
})

func checkEmail(c *check) {
	if e := c.rec.ContactEmail; e != nil && !emailAddress().MatchString(*e) {
		c.reportAt(parser.KeyContactEmail, "%q is not an e-mail address", *e)
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
			c.reportAt(parser.KeyContactPhone, "%q is not a phone number: it holds %q", *p, r)
			return
		}
	}
	if digits < 6 || digits > 15 {
		c.reportAt(parser.KeyContactPhone, "%q is not a phone number: it has %d digits", *p, digits)
		return
	}
	if i := strings.IndexAny(*p, "+0123456789"); (*p)[i] != '+' && (*p)[i] != '0' {
		// "410733094": a spreadsheet reads a number and drops its 0.
		c.reportAt(parser.KeyContactPhone, "%q is not a phone number: it begins with neither 0 nor +, as one whose first 0 a spreadsheet dropped", *p)
	}
}

// checkPostcode reports the postcodes the parser could not read as five
// digits.
func checkPostcode(c *check) { c.reportWarnings() }

// checkOrgNumber reports the organisation numbers the parser could not
// read, and those whose check digit is wrong.
func checkOrgNumber(c *check) {
	c.reportWarnings()
	n := c.rec.OwnerOrgNumber
	if n == nil || c.hasWarning(parser.KeyOwnerOrgNumber) {
		return
	}
	if !luhnValid(strings.ReplaceAll(*n, "-", "")) {
		c.reportAt(parser.KeyOwnerOrgNumber, "organisation number %s has a wrong check digit", *n)
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

// checkNUTS2 reports the NUTS-2 codes the parser could not read, and
// those that do not agree with the region. SE0, the project bank's code
// for national projects, agrees with Nationellt.
func checkNUTS2(c *check) {
	c.reportWarnings()
	r := c.rec
	if r.NUTS2 == nil || r.Region == nil || c.hasWarning(parser.KeyNUTS2) {
		return
	}
	want, known := parser.RegionNUTS2(*r.Region)
	switch {
	case !known:
	case want == "" && *r.NUTS2 != parser.NUTS2National:
		c.reportAt(parser.KeyNUTS2, "NUTS-2 code %s given for region %s, which has none", *r.NUTS2, *r.Region)
	case want != "" && want != *r.NUTS2:
		c.reportAt(parser.KeyNUTS2, "NUTS-2 code %s does not agree with region %s (%s)", *r.NUTS2, *r.Region, want)
	}
}

func checkUnknownLabels(c *check) {
	for _, p := range c.rec.Extra {
		c.report(p.Line, parser.KeyExtra, "label %q is not known; kept in extra", p.Label)
	}
}

func checkDuplicateID(c *check) {
	id := c.rec.ID
	if id == nil {
		return
	}
	here := parser.Position{Path: c.rec.Source.Path, Line: c.line(parser.KeyID)}
	if first, seen := c.checker.ids[*id]; seen {
		c.reportAt(parser.KeyID, "id %s is also on %s", *id, first)
		return
	}
	c.checker.ids[*id] = here
}

func checkEncoding(c *check) { c.reportKind(parser.WarnEncoding) }

func checkPageSplit(c *check) { c.reportKind(parser.WarnPage) }

// reportKind reports the parser's warnings of one kind.
func (c *check) reportKind(kind parser.WarningKind) {
	for _, w := range c.rec.Warnings {
		if w.Kind == kind {
			c.report(w.Line, w.Key, "%s", w.Message)
		}
	}
}
