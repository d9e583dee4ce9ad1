package parser

import "fmt"

// Key names one key of the record. Its value is the index of the key's
// field in Project, so that the names table, the struct and the columns
// cannot disagree without a test failing (TestKeysMatchRecord).
type Key uint8

// The record keys, in the order of SPEC.md and of Project's fields.
const (
	KeyID Key = iota
	KeyName
	KeyCallID
	KeyProgrammePeriod
	KeyFund
	KeyProgrammeCCI
	KeyProgrammeAreaCode
	KeyProgrammeAreaName
	KeySpecificObjective
	KeyProjectPhase
	KeyOwner
	KeyOwnerOrgNumber
	KeyContactName
	KeyContactEmail
	KeyContactPhone
	KeyAddress
	KeyPostcode
	KeyCity
	KeyCountry
	KeyRegion
	KeyNUTS2
	KeyStartDate
	KeyEndDate
	KeyTotalBudget
	KeyESFSupport
	KeyCofinancingRate
	KeyParticipants
	KeyInterventionType
	KeyChildPoverty
	KeyStrategicImportance
	KeyMunicipalities
	KeyCofinanciers
	KeySummary
	KeyBackground
	KeyPurpose
	KeyGoals
	KeyAccessibility
	KeyTransnational
	KeyOtherSections
	KeyExtra
	KeySource
	KeyWarnings
	KeyRaw

	// NumRecordKeys counts the keys of the record.
	NumRecordKeys

	// KeyPeriod is no key of the record: it is what a label such as
	// Projektperiod fills, the start and the end date at once.
	KeyPeriod = NumRecordKeys
	numKeys   = KeyPeriod + 1
)

// origin says where a key's value comes from.
type origin uint8

const (
	fromLabel   origin = iota + 1 // a labelled field of the block
	fromSection                   // a headed section of the free text
	fromDerived                   // derived from other keys only
	fromReader                    // kept by the reader: extra, source, warnings, raw
)

// kind says what a key holds, and so how the reader reads its value.
type kind uint8

const (
	kindText    kind = iota + 1 // a string as the page writes it, which may run over lines
	kindNormal                  // a string in a normal form, or as written with a warning
	kindTyped                   // a date, an amount, a count, a rate or a yes/no
	kindList                    // a list of strings, an item a line or parted by commas
	kindSection                 // free text under a heading
	kindReader                  // kept by the reader: extra, source, warnings, raw
)

// keyInfo is one key's row of the key table.
type keyInfo struct {
	name   string // the JSON name, the column, the YAML key
	origin origin
	kind   kind
	doc    string // what the key holds, for the schema's readers
}

// keys is the key table: every key's name, which is its JSON name and its
// column, where its value comes from, what it holds, and what it means.
// The setters' flags (setters.go), the lists' sections (page.go) and the
// schema's descriptions (export) are derived from it; TestKeysMatchRecord
// holds each key's kind to its field's type in Project.
var keys = [numKeys]keyInfo{
	KeyID:                  {"id", fromLabel, kindText, "Project number (2015/00764) or diary number (23-038-S06), as written."},
	KeyName:                {"name", fromLabel, kindText, "The project's name, without surrounding quotes."},
	KeyCallID:              {"call_id", fromLabel, kindText, "The call (Utlysning) the project answered."},
	KeyProgrammePeriod:     {"programme_period", fromLabel, kindNormal, "The programme period, derived from the fund, the programme CCI, the id's form, the layout or the dates."},
	KeyFund:                {"fund", fromLabel, kindNormal, "ESF or ESF+; ESF for the older periods when the page does not say."},
	KeyProgrammeCCI:        {"programme_cci", fromLabel, kindText, "The programme's CCI code, as written."},
	KeyProgrammeAreaCode:   {"programme_area_code", fromLabel, kindNormal, "The programme area's code: 2, 1.1, A."},
	KeyProgrammeAreaName:   {"programme_area_name", fromLabel, kindText, "The programme area's name, when the page gives one."},
	KeySpecificObjective:   {"specific_objective", fromLabel, kindText, "The specific objective: 1.1, A1A."},
	KeyProjectPhase:        {"project_phase", fromLabel, kindText, "The project phase, as written."},
	KeyOwner:               {"owner", fromLabel, kindText, "The project owner (Projektägare), as written."},
	KeyOwnerOrgNumber:      {"owner_org_number", fromLabel, kindNormal, "The owner's organisation number as NNNNNN-NNNN; as written when it has not that form (with a warning)."},
	KeyContactName:         {"contact_name", fromLabel, kindText, "The contact person (personal data)."},
	KeyContactEmail:        {"contact_email", fromLabel, kindText, "The contact's e-mail address (personal data)."},
	KeyContactPhone:        {"contact_phone", fromLabel, kindText, "The contact's phone number (personal data)."},
	KeyAddress:             {"address", fromLabel, kindText, "The beneficiary's address."},
	KeyPostcode:            {"postcode", fromLabel, kindNormal, "The beneficiary's postcode as five digits; as written otherwise (with a warning)."},
	KeyCity:                {"city", fromLabel, kindText, "The beneficiary's city, as written."},
	KeyCountry:             {"country", fromLabel, kindText, "The country concerned."},
	KeyRegion:              {"region", fromLabel, kindNormal, "The canonical ESF region; as written when it is none (with a warning)."},
	KeyNUTS2:               {"nuts2", fromLabel, kindNormal, "The NUTS-2 code, from the page or derived from the region; null for Nationellt unless the page gives SE0."},
	KeyStartDate:           {"start_date", fromLabel, kindTyped, "The project's first day."},
	KeyEndDate:             {"end_date", fromLabel, kindTyped, "The project's last day."},
	KeyTotalBudget:         {"total_budget_sek", fromLabel, kindTyped, "The total project budget in whole kronor."},
	KeyESFSupport:          {"esf_support_sek", fromLabel, kindTyped, "The granted ESF support in whole kronor."},
	KeyCofinancingRate:     {"eu_cofinancing_rate_pct", fromLabel, kindTyped, "The Union co-financing rate in percent."},
	KeyParticipants:        {"participants", fromLabel, kindTyped, "The (planned) number of participants."},
	KeyInterventionType:    {"intervention_type", fromLabel, kindText, "The intervention type code."},
	KeyChildPoverty:        {"secondary_theme_child_poverty", fromLabel, kindTyped, "Secondary theme: combating child poverty."},
	KeyStrategicImportance: {"strategic_importance", fromLabel, kindTyped, "Operation of strategic importance."},
	KeyMunicipalities:      {"municipalities", fromLabel, kindList, "The municipalities concerned."},
	KeyCofinanciers:        {"cofinanciers", fromLabel, kindList, "The co-financiers."},
	KeySummary:             {"summary", fromSection, kindSection, "The summary, or the unheaded text of the page; paragraphs are separated by a blank line."},
	KeyBackground:          {"background", fromSection, kindSection, "The background section."},
	KeyPurpose:             {"purpose", fromSection, kindSection, "The purpose section."},
	KeyGoals:               {"goals", fromSection, kindSection, "The goals section."},
	KeyAccessibility:       {"accessibility", fromSection, kindSection, "The section on accessibility for persons with disabilities."},
	KeyTransnational:       {"transnational", fromSection, kindSection, "The section on transnational cooperation."},
	KeyOtherSections:       {"other_sections", fromSection, kindSection, "Every other headed section, in page order."},
	KeyExtra:               {"extra", fromReader, kindReader, "Labels the parser does not know, with their values as written, in page order."},
	KeySource:              {"source", fromReader, kindReader, "Where the record came from and how it was read."},
	KeyWarnings:            {"warnings", fromReader, kindReader, "What the parser could not read cleanly; the text stays in the record."},
	KeyRaw:                 {"raw", fromReader, kindReader, "Only with --raw: every label as written on the page, with its value as written."},
	KeyPeriod:              {"period", fromLabel, kindTyped, ""},
}

// String returns the key's name: "id", "start_date".
func (k Key) String() string {
	if k < numKeys {
		return keys[k].name
	}
	return fmt.Sprintf("Key(%d)", k)
}

// Doc says what the key holds, for the schema's readers.
func (k Key) Doc() string {
	if k < numKeys {
		return keys[k].doc
	}
	return ""
}

// IsList reports a key that holds a list of strings.
func (k Key) IsList() bool { return k < numKeys && keys[k].kind == kindList }

// MarshalText writes the key's name, so that a Key reads as its name in
// JSON and YAML.
func (k Key) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// UnmarshalText reads a key's name.
func (k *Key) UnmarshalText(b []byte) error {
	found, ok := KeyNamed(string(b))
	if !ok {
		return fmt.Errorf("unknown record key %q", b)
	}
	*k = found
	return nil
}

// KeyNamed returns the record key with a name, and whether there is one.
func KeyNamed(name string) (Key, bool) {
	for k := range NumRecordKeys {
		if keys[k].name == name {
			return k, true
		}
	}
	return 0, false
}

// Keys returns the record keys in order.
func Keys() []Key {
	ks := make([]Key, NumRecordKeys)
	for i := range ks {
		ks[i] = Key(i)
	}
	return ks
}

// KeyLines holds, for each record key, the 1-based line its value stands
// on; 0 where the page gives none.
type KeyLines [NumRecordKeys]int
