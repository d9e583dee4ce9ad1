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

type keyInfo struct {
	name   string
	origin origin
}

// keys is the names table: every key's name, which is its JSON name and
// its column, and where its value comes from.
var keys = [numKeys]keyInfo{
	KeyID:                  {"id", fromLabel},
	KeyName:                {"name", fromLabel},
	KeyCallID:              {"call_id", fromLabel},
	KeyProgrammePeriod:     {"programme_period", fromLabel},
	KeyFund:                {"fund", fromLabel},
	KeyProgrammeCCI:        {"programme_cci", fromLabel},
	KeyProgrammeAreaCode:   {"programme_area_code", fromLabel},
	KeyProgrammeAreaName:   {"programme_area_name", fromLabel},
	KeySpecificObjective:   {"specific_objective", fromLabel},
	KeyProjectPhase:        {"project_phase", fromLabel},
	KeyOwner:               {"owner", fromLabel},
	KeyOwnerOrgNumber:      {"owner_org_number", fromLabel},
	KeyContactName:         {"contact_name", fromLabel},
	KeyContactEmail:        {"contact_email", fromLabel},
	KeyContactPhone:        {"contact_phone", fromLabel},
	KeyAddress:             {"address", fromLabel},
	KeyPostcode:            {"postcode", fromLabel},
	KeyCity:                {"city", fromLabel},
	KeyCountry:             {"country", fromLabel},
	KeyRegion:              {"region", fromLabel},
	KeyNUTS2:               {"nuts2", fromLabel},
	KeyStartDate:           {"start_date", fromLabel},
	KeyEndDate:             {"end_date", fromLabel},
	KeyTotalBudget:         {"total_budget_sek", fromLabel},
	KeyESFSupport:          {"esf_support_sek", fromLabel},
	KeyCofinancingRate:     {"eu_cofinancing_rate_pct", fromLabel},
	KeyParticipants:        {"participants", fromLabel},
	KeyInterventionType:    {"intervention_type", fromLabel},
	KeyChildPoverty:        {"secondary_theme_child_poverty", fromLabel},
	KeyStrategicImportance: {"strategic_importance", fromLabel},
	KeyMunicipalities:      {"municipalities", fromLabel},
	KeyCofinanciers:        {"cofinanciers", fromLabel},
	KeySummary:             {"summary", fromSection},
	KeyBackground:          {"background", fromSection},
	KeyPurpose:             {"purpose", fromSection},
	KeyGoals:               {"goals", fromSection},
	KeyAccessibility:       {"accessibility", fromSection},
	KeyTransnational:       {"transnational", fromSection},
	KeyOtherSections:       {"other_sections", fromSection},
	KeyExtra:               {"extra", fromReader},
	KeySource:              {"source", fromReader},
	KeyWarnings:            {"warnings", fromReader},
	KeyRaw:                 {"raw", fromReader},
	KeyPeriod:              {"period", fromLabel},
}

// String returns the key's name: "id", "start_date".
func (k Key) String() string {
	if k < numKeys {
		return keys[k].name
	}
	return fmt.Sprintf("Key(%d)", k)
}

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
