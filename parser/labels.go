package parser

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// field names what a label fills: a record key, or one of the labels that
// fill two keys at once (fieldPeriod, fieldProgrammeArea).
type field string

const (
	fieldID                  field = "id"
	fieldName                field = "name"
	fieldCallID              field = "call_id"
	fieldFund                field = "fund"
	fieldProgrammeCCI        field = "programme_cci"
	fieldProgrammeArea       field = "programme_area"
	fieldSpecificObjective   field = "specific_objective"
	fieldProjectPhase        field = "project_phase"
	fieldOwner               field = "owner"
	fieldOwnerOrgNumber      field = "owner_org_number"
	fieldContactName         field = "contact_name"
	fieldContactEmail        field = "contact_email"
	fieldContactPhone        field = "contact_phone"
	fieldAddress             field = "address"
	fieldPostcode            field = "postcode"
	fieldCity                field = "city"
	fieldCountry             field = "country"
	fieldRegion              field = "region"
	fieldNUTS2               field = "nuts2"
	fieldStartDate           field = "start_date"
	fieldEndDate             field = "end_date"
	fieldPeriod              field = "period"
	fieldTotalBudget         field = "total_budget_sek"
	fieldESFSupport          field = "esf_support_sek"
	fieldCofinancingRate     field = "eu_cofinancing_rate_pct"
	fieldParticipants        field = "participants"
	fieldInterventionType    field = "intervention_type"
	fieldChildPoverty        field = "secondary_theme_child_poverty"
	fieldStrategicImportance field = "strategic_importance"
	fieldMunicipalities      field = "municipalities"
	fieldCofinanciers        field = "cofinanciers"
)

// Languages of labels.
const (
	langSV = "sv"
	langEN = "en"
)

type label struct {
	text  string
	field field
	lang  string
}

// fieldLabels maps every label of the field block, as pages write it, to
// what it fills. Matching ignores case, spacing and a trailing colon, so one
// line here covers every layout. Adding a label is adding a line.
var fieldLabels = []label{
	{"Projektnummer", fieldID, langSV},
	{"Diarienummer", fieldID, langSV},
	{"Ärendenummer", fieldID, langSV},
	{"Project number", fieldID, langEN},
	{"Project no", fieldID, langEN},
	{"Project ID", fieldID, langEN},
	{"Reference number", fieldID, langEN},
	{"Diary number", fieldID, langEN},
	{"Case number", fieldID, langEN},

	{"Namn", fieldName, langSV},
	{"Projektnamn", fieldName, langSV},
	{"Name", fieldName, langEN},
	{"Project name", fieldName, langEN},

	{"Utlysning", fieldCallID, langSV},
	{"Utlysningsnummer", fieldCallID, langSV},
	{"Call", fieldCallID, langEN},
	{"Call for proposals", fieldCallID, langEN},

	{"Berörd fond", fieldFund, langSV},
	{"Fond", fieldFund, langSV},
	{"Fund", fieldFund, langEN},
	{"Fund concerned", fieldFund, langEN},

	{"Program CCI", fieldProgrammeCCI, langSV},
	{"Programme CCI", fieldProgrammeCCI, langEN},
	{"CCI", fieldProgrammeCCI, langEN},

	{"Programområde", fieldProgrammeArea, langSV},
	{"Insatsområde", fieldProgrammeArea, langSV},
	{"Programme area", fieldProgrammeArea, langEN},
	{"Program area", fieldProgrammeArea, langEN},
	{"Priority axis", fieldProgrammeArea, langEN},

	{"Specifikt mål", fieldSpecificObjective, langSV},
	{"Specific objective", fieldSpecificObjective, langEN},

	{"Projektfas", fieldProjectPhase, langSV},
	{"Project phase", fieldProjectPhase, langEN},

	{"Projektägare", fieldOwner, langSV},
	{"Stödmottagare", fieldOwner, langSV},
	{"Project owner", fieldOwner, langEN},
	{"Beneficiary", fieldOwner, langEN},

	{"Projektägare organisationsnummer", fieldOwnerOrgNumber, langSV},
	{"Projektägarens organisationsnummer", fieldOwnerOrgNumber, langSV},
	{"Organisationsnummer", fieldOwnerOrgNumber, langSV},
	{"Project owner organisation number", fieldOwnerOrgNumber, langEN},
	{"Project owner organization number", fieldOwnerOrgNumber, langEN},
	{"Organisation number", fieldOwnerOrgNumber, langEN},
	{"Organization number", fieldOwnerOrgNumber, langEN},
	{"Corporate identity number", fieldOwnerOrgNumber, langEN},

	{"Kontaktperson", fieldContactName, langSV},
	{"Contact person", fieldContactName, langEN},
	{"Contact", fieldContactName, langEN},

	{"E-post", fieldContactEmail, langSV},
	{"Epost", fieldContactEmail, langSV},
	{"E-postadress", fieldContactEmail, langSV},
	{"E-mail", fieldContactEmail, langEN},
	{"Email", fieldContactEmail, langEN},
	{"E-mail address", fieldContactEmail, langEN},

	{"Telefonnummer", fieldContactPhone, langSV},
	{"Telefon", fieldContactPhone, langSV},
	{"Phone", fieldContactPhone, langEN},
	{"Phone number", fieldContactPhone, langEN},
	{"Telephone", fieldContactPhone, langEN},
	{"Telephone number", fieldContactPhone, langEN},

	{"Stödmottagarens address", fieldAddress, langSV},
	{"Stödmottagarens adress", fieldAddress, langSV},
	{"Adress", fieldAddress, langSV},
	{"Address", fieldAddress, langEN},
	{"Beneficiary address", fieldAddress, langEN},
	{"Beneficiary's address", fieldAddress, langEN},

	{"Stödmottagare postnr", fieldPostcode, langSV},
	{"Stödmottagarens postnr", fieldPostcode, langSV},
	{"Postnummer", fieldPostcode, langSV},
	{"Postnr", fieldPostcode, langSV},
	{"Postcode", fieldPostcode, langEN},
	{"Postal code", fieldPostcode, langEN},
	{"Beneficiary postcode", fieldPostcode, langEN},

	{"Stödmottagare ort", fieldCity, langSV},
	{"Stödmottagarens ort", fieldCity, langSV},
	{"Ort", fieldCity, langSV},
	{"Postort", fieldCity, langSV},
	{"City", fieldCity, langEN},
	{"Town", fieldCity, langEN},
	{"Beneficiary city", fieldCity, langEN},

	{"Land som berörs", fieldCountry, langSV},
	{"Land", fieldCountry, langSV},
	{"Country", fieldCountry, langEN},
	{"Country concerned", fieldCountry, langEN},
	{"Countries concerned", fieldCountry, langEN},

	{"Region", fieldRegion, langSV},
	{"ESF-region", fieldRegion, langSV},

	{"NUTS-2 kod", fieldNUTS2, langSV},
	{"NUTS2", fieldNUTS2, langSV},
	{"NUTS-2 code", fieldNUTS2, langEN},

	{"Startdatum", fieldStartDate, langSV},
	{"Start date", fieldStartDate, langEN},
	{"Slutdatum", fieldEndDate, langSV},
	{"End date", fieldEndDate, langEN},
	{"Projektperiod", fieldPeriod, langSV},
	{"Project period", fieldPeriod, langEN},
	{"Projekttid", fieldPeriod, langSV},

	{"Total projektbudget", fieldTotalBudget, langSV},
	{"Total budget", fieldTotalBudget, langEN},
	{"Total project budget", fieldTotalBudget, langEN},

	{"Beviljat ESF-stöd", fieldESFSupport, langSV},
	{"Beviljat ESF+-stöd", fieldESFSupport, langSV},
	{"Beviljat stöd", fieldESFSupport, langSV},
	{"Granted ESF funding", fieldESFSupport, langEN},
	{"Granted ESF support", fieldESFSupport, langEN},
	{"Granted ESF+ funding", fieldESFSupport, langEN},
	{"ESF funding", fieldESFSupport, langEN},

	{"Unionens medfinansieringsgrad", fieldCofinancingRate, langSV},
	{"Medfinansieringsgrad", fieldCofinancingRate, langSV},
	{"Union co-financing rate", fieldCofinancingRate, langEN},
	{"EU co-financing rate", fieldCofinancingRate, langEN},
	{"Co-financing rate", fieldCofinancingRate, langEN},

	{"Planerat antal deltagare", fieldParticipants, langSV},
	{"Antal deltagare", fieldParticipants, langSV},
	{"Planned number of participants", fieldParticipants, langEN},
	{"Number of participants", fieldParticipants, langEN},

	{"Interventionstyp", fieldInterventionType, langSV},
	{"Intervention type", fieldInterventionType, langEN},
	{"Type of intervention", fieldInterventionType, langEN},

	{"Sekundärtema - Motverka barnfattigdom", fieldChildPoverty, langSV},
	{"Secondary theme - Combating child poverty", fieldChildPoverty, langEN},
	{"Secondary theme - Addressing child poverty", fieldChildPoverty, langEN},

	{"Insats av strategisk betydelse", fieldStrategicImportance, langSV},
	{"Operation of strategic importance", fieldStrategicImportance, langEN},
	{"Strategic importance", fieldStrategicImportance, langEN},

	{"Kommun", fieldMunicipalities, langSV},
	{"Kommuner", fieldMunicipalities, langSV},
	{"Municipality", fieldMunicipalities, langEN},
	{"Municipalities", fieldMunicipalities, langEN},

	{"Medfinansiärer", fieldCofinanciers, langSV},
	{"Medfinansiär", fieldCofinanciers, langSV},
	{"Co-financiers", fieldCofinanciers, langEN},
	{"Co-financers", fieldCofinanciers, langEN},
	{"Cofinanciers", fieldCofinanciers, langEN},
}

// section names a part of the free text with a key of its own.
type section string

const (
	sectionSummary        section = "summary"
	sectionBackground     section = "background"
	sectionPurpose        section = "purpose"
	sectionGoals          section = "goals"
	sectionAccessibility  section = "accessibility"
	sectionTransnational  section = "transnational"
	sectionMunicipalities section = "municipalities"
	sectionCofinanciers   section = "cofinanciers"
	// sectionOther is a heading kept as written in OtherSections.
	sectionOther section = ""
)

type heading struct {
	text    string
	section section
	lang    string
}

// sectionHeadings maps the headings of the free text to their keys. The
// headings with sectionOther are known to stand alone on pages and are kept
// in OtherSections under their own words.
var sectionHeadings = []heading{
	{"Sammanfattning", sectionSummary, langSV},
	{"Summary", sectionSummary, langEN},
	{"Bakgrund", sectionBackground, langSV},
	{"Background", sectionBackground, langEN},
	{"Syfte", sectionPurpose, langSV},
	{"Purpose", sectionPurpose, langEN},
	{"Aim", sectionPurpose, langEN},
	{"Målsättning", sectionGoals, langSV},
	{"Mål", sectionGoals, langSV},
	{"Goals", sectionGoals, langEN},
	{"Objectives", sectionGoals, langEN},
	{"Tillgänglighet för personer med funktionsnedsättning", sectionAccessibility, langSV},
	{"Tillgänglighet", sectionAccessibility, langSV},
	{"Accessibility for persons with disabilities", sectionAccessibility, langEN},
	{"Accessibility for people with disabilities", sectionAccessibility, langEN},
	{"Accessibility", sectionAccessibility, langEN},
	{"Transnationellt samarbete", sectionTransnational, langSV},
	{"Transnational cooperation", sectionTransnational, langEN},
	{"Transnational co-operation", sectionTransnational, langEN},
	{"Kommun", sectionMunicipalities, langSV},
	{"Kommuner", sectionMunicipalities, langSV},
	{"Municipality", sectionMunicipalities, langEN},
	{"Municipalities", sectionMunicipalities, langEN},
	{"Medfinansiärer", sectionCofinanciers, langSV},
	{"Medfinansiär", sectionCofinanciers, langSV},
	{"Co-financiers", sectionCofinanciers, langEN},
	{"Co-financers", sectionCofinanciers, langEN},
	{"Cofinanciers", sectionCofinanciers, langEN},

	{"Jämställdhet", sectionOther, langSV},
	{"Gender equality", sectionOther, langEN},
	{"Lika möjligheter och icke-diskriminering", sectionOther, langSV},
	{"Likabehandling", sectionOther, langSV},
	{"Equal opportunities and non-discrimination", sectionOther, langEN},
	{"Horisontella principer", sectionOther, langSV},
	{"Horizontal principles", sectionOther, langEN},
	{"Målgrupp", sectionOther, langSV},
	{"Target group", sectionOther, langEN},
	{"Förväntat resultat", sectionOther, langSV},
	{"Förväntade resultat", sectionOther, langSV},
	{"Expected results", sectionOther, langEN},
	{"Resultat", sectionOther, langSV},
	{"Results", sectionOther, langEN},
	{"Samverkanspartner", sectionOther, langSV},
	{"Samverkanspartners", sectionOther, langSV},
	{"Partners", sectionOther, langEN},
}

// noiseLines are the page furniture that copies of the web pages carry: a
// line equal to one of these (by matchKey) is not project data.
var noiseLines = []string{
	"Logotyp på utskrifter",
	"Logo on printouts",
	"Stäng",
	"Close",
	"In English",
	"På svenska",
	"In Swedish",
	"Mer information och anmälan.",
	"More information and registration.",
	"Skriv ut",
	"Print",
	"Dela",
	"Share",
	"Till toppen",
	"Tillbaka",
	"Back",
	"Tillbaka till projektbanken",
	"Back to the project bank",
	"Projektbanken",
	"Project bank",
	"Acceptera",
	"Acceptera alla",
	"Accept",
	"Accept all",
	"Neka",
	"Decline",
	"Inställningar",
	"Cookie settings",
	"Cookieinställningar",
}

// cookieWords mark a cookie notice, whatever its wording.
var cookieWords = []string{"cookie", "kakor"}

// matchKey folds a label or heading for matching: lower case, without white
// space, zero-width characters or a trailing colon, with every dash as '-'.
func matchKey(s string) string {
	return string(appendMatchKey(make([]byte, 0, len(s)), s))
}

// appendMatchKey appends the matchKey of s to dst, for lookups that need no
// string of their own.
func appendMatchKey(dst []byte, s string) []byte {
	for _, r := range s {
		if r, ok := foldRune(r); ok {
			dst = utf8.AppendRune(dst, r)
		}
	}
	for len(dst) > 0 && dst[len(dst)-1] == ':' {
		dst = dst[:len(dst)-1]
	}
	return dst
}

// foldRune maps one rune for matchKey, and reports false for runes that
// matching ignores.
func foldRune(r rune) (rune, bool) {
	switch {
	case unicode.IsSpace(r) || isInvisible(r):
		return 0, false
	case isDash(r):
		return '-', true
	}
	return unicode.ToLower(r), true
}

func isDash(r rune) bool {
	switch r {
	case '-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212':
		return true
	}
	return false
}

// isInvisible reports zero-width characters that pages copied from the web
// carry inside words.
func isInvisible(r rune) bool {
	switch r {
	case '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD':
		return true
	}
	return false
}

// labelTrie finds the longest known label at the start of a line, however
// it is spaced or cased, in one walk over the line's runes.
type labelTrie struct {
	children map[rune]*labelTrie
	label    *label
}

func newLabelTrie(labels []label) *labelTrie {
	root := &labelTrie{}
	for i := range labels {
		node := root
		for _, r := range matchKey(labels[i].text) {
			if node.children == nil {
				node.children = map[rune]*labelTrie{}
			}
			next, ok := node.children[r]
			if !ok {
				next = &labelTrie{}
				node.children[r] = next
			}
			node = next
		}
		node.label = &labels[i]
	}
	return root
}

// longestPrefix returns the longest label that starts line and the byte
// offset in line just after it.
func (t *labelTrie) longestPrefix(line string) (*label, int) {
	var best *label
	end := 0
	node := t
	for i, r := range line {
		folded, ok := foldRune(r)
		if !ok {
			continue
		}
		node = node.children[folded]
		if node == nil {
			break
		}
		if node.label != nil {
			best, end = node.label, i+len(string(r))
		}
	}
	return best, end
}

var (
	labelIndex   = newLabelTrie(fieldLabels)
	headingIndex = func() map[string]*heading {
		m := make(map[string]*heading, len(sectionHeadings))
		for i := range sectionHeadings {
			m[matchKey(sectionHeadings[i].text)] = &sectionHeadings[i]
		}
		return m
	}()
	noiseIndex = func() map[string]bool {
		m := make(map[string]bool, len(noiseLines))
		for _, s := range noiseLines {
			m[matchKey(s)] = true
		}
		return m
	}()
)

// isNoise reports a line of page furniture: a known one, or a cookie notice.
func isNoise(line string) bool {
	key := matchKey(line)
	if noiseIndex[key] {
		return true
	}
	for _, w := range cookieWords {
		if strings.Contains(key, w) {
			return true
		}
	}
	return false
}
