package mangle

// fieldLabel is a label as the clean test pages write it, with the record
// keys (JSON names) its value fills. The table is the generator's own and
// deliberately does not come from the parser: an oracle that shared the
// parser's table would share its blind spots.
type fieldLabel struct {
	text string
	keys []string
}

// knownLabels are the labels of the clean pages, Swedish and English. A
// longer label comes before a shorter one it begins with, so that the first
// prefix that matches is the longest.
var knownLabels = []fieldLabel{
	{"Projektägare organisationsnummer", []string{"owner_org_number"}},
	{"Projektägare", []string{"owner"}},
	{"Projektnummer", []string{"id"}},
	{"Diarienummer", []string{"id"}},
	{"Namn", []string{"name"}},
	{"Startdatum", []string{"start_date"}},
	{"Slutdatum", []string{"end_date"}},
	{"Land som berörs", []string{"country"}},
	{"Berörd fond", []string{"fund"}},
	{"Program CCI", []string{"programme_cci"}},
	{"Unionens medfinansieringsgrad", []string{"eu_cofinancing_rate_pct"}},
	{"Programområde", []string{"programme_area_code", "programme_area_name"}},
	{"Specifikt mål", []string{"specific_objective"}},
	{"Sekundärtema - Motverka barnfattigdom", []string{"secondary_theme_child_poverty"}},
	{"Region", []string{"region"}},
	{"NUTS-2 kod", []string{"nuts2"}},
	{"Stödmottagare postnr", []string{"postcode"}},
	{"Stödmottagare ort", []string{"city"}},
	{"Stödmottagarens address", []string{"address"}},
	{"Interventionstyp", []string{"intervention_type"}},
	{"Planerat antal deltagare", []string{"participants"}},
	{"Antal deltagare", []string{"participants"}},
	{"Insats av strategisk betydelse", []string{"strategic_importance"}},
	{"Projektperiod", []string{"start_date", "end_date"}},
	{"Total projektbudget", []string{"total_budget_sek"}},
	{"Beviljat ESF-stöd", []string{"esf_support_sek"}},
	{"Kontaktperson", []string{"contact_name"}},
	{"E-post", []string{"contact_email"}},
	{"Telefonnummer", []string{"contact_phone"}},
	{"Utlysning", []string{"call_id"}},
	{"Projektfas", []string{"project_phase"}},

	{"Project owner organisation number", []string{"owner_org_number"}},
	{"Project owner", []string{"owner"}},
	{"Project number", []string{"id"}},
	{"Project period", []string{"start_date", "end_date"}},
	{"Project phase", []string{"project_phase"}},
	{"Diary number", []string{"id"}},
	{"Name", []string{"name"}},
	{"Start date", []string{"start_date"}},
	{"End date", []string{"end_date"}},
	{"Country concerned", []string{"country"}},
	{"Fund concerned", []string{"fund"}},
	{"Programme CCI", []string{"programme_cci"}},
	{"Union co-financing rate", []string{"eu_cofinancing_rate_pct"}},
	{"Programme area", []string{"programme_area_code", "programme_area_name"}},
	{"Specific objective", []string{"specific_objective"}},
	{"Secondary theme - Combating child poverty", []string{"secondary_theme_child_poverty"}},
	{"NUTS-2 code", []string{"nuts2"}},
	{"Beneficiary postcode", []string{"postcode"}},
	{"Beneficiary city", []string{"city"}},
	{"Intervention type", []string{"intervention_type"}},
	{"Planned number of participants", []string{"participants"}},
	{"Number of participants", []string{"participants"}},
	{"Operation of strategic importance", []string{"strategic_importance"}},
	{"Total project budget", []string{"total_budget_sek"}},
	{"Granted ESF funding", []string{"esf_support_sek"}},
	{"Contact person", []string{"contact_name"}},
	{"E-mail", []string{"contact_email"}},
	{"Phone", []string{"contact_phone"}},
	{"Call", []string{"call_id"}},
}

// derivedKeys are keys the record may derive from another key's value: when
// a variation empties the one, the other may legitimately change with it.
var derivedKeys = map[string][]string{
	"region":     {"nuts2"},
	"fund":       {"programme_period"},
	"start_date": {"programme_period", "fund"},
	"end_date":   {"programme_period", "fund"},
	"id":         {"programme_period", "fund"},
}

// spellings are other ways the project bank and its users write a label:
// older label sets, abbreviations, the beneficiary written out. Some the
// parser knows and some it does not; either way the record must hold the
// value or say which line it could not place.
var spellings = map[string][]string{
	"Projektägare organisationsnummer": {"Projektägare org.nr.", "Organisationsnummer", "Org.nr", "Projektägarens organisationsnummer", "Stödmottagarens organisationsnummer"},
	"Projektägare":                     {"Stödmottagare", "Projektägare/Stödmottagare", "Projektägaren", "Sökande", "Huvudman"},
	"Projektnummer":                    {"Projekt-nr", "Projektnr", "Diarienummer", "Ärendenummer"},
	"Diarienummer":                     {"Dnr", "Diarienr", "Ärendenummer", "Projektnummer"},
	"Namn":                             {"Projektnamn", "Projektets namn", "Projekttitel"},
	"Startdatum":                       {"Projektstart", "Startdatum för projektet", "Start"},
	"Slutdatum":                        {"Projektslut", "Slutdatum för projektet", "Slut"},
	"Land som berörs":                  {"Stödmottagarens land", "Land"},
	"Berörd fond":                      {"Fond"},
	"Program CCI":                      {"CCI", "Programmets CCI"},
	"Unionens medfinansieringsgrad":    {"Medfinansieringsgrad", "EU:s medfinansieringsgrad", "Unionens medfinansiering"},
	"Programområde":                    {"Insatsområde", "Programområde/insatsområde"},
	"Specifikt mål":                    {"Specifika mål", "Specifikt mål (SM)"},
	"Region":                           {"ESF-region", "Programregion"},
	"NUTS-2 kod":                       {"NUTS2", "NUTS-2", "NUTS 2-kod"},
	"Stödmottagare postnr":             {"Stödmottagarens postnummer", "Postnummer", "Postnr", "Stödmottagarens postnr"},
	"Stödmottagare ort":                {"Stödmottagarens ort", "Ort", "Postort"},
	"Stödmottagarens address":          {"Stödmottagarens adress", "Adress", "Besöksadress"},
	"Interventionstyp":                 {"Typ av intervention", "Interventionskod"},
	"Planerat antal deltagare":         {"Antal deltagare", "Planerade deltagare", "Deltagare"},
	"Antal deltagare":                  {"Planerat antal deltagare", "Deltagare"},
	"Insats av strategisk betydelse":   {"Strategisk betydelse"},
	"Projektperiod":                    {"Projekttid", "Period", "Projektets löptid"},
	"Total projektbudget":              {"Total budget", "Projektbudget", "Budget totalt", "Budget"},
	"Beviljat ESF-stöd":                {"Beviljat stöd", "Beviljat ESF+-stöd", "ESF-stöd", "Beviljat EU-stöd"},
	"Kontaktperson":                    {"Kontakt", "Kontaktperson namn"},
	"E-post":                           {"E-postadress", "Epost", "Mejl", "E-mail"},
	"Telefonnummer":                    {"Telefon", "Tel", "Tfn"},
	"Utlysning":                        {"Utlysningsnummer", "Utlysningens diarienummer"},
	"Projektfas":                       {"Projektets fas"},
}

// english are the English labels of the project bank's "In English" pages
// for the Swedish labels of the clean pages.
var english = map[string]string{
	"Projektägare organisationsnummer":      "Project owner organisation number",
	"Projektägare":                          "Project owner",
	"Projektnummer":                         "Project number",
	"Diarienummer":                          "Diary number",
	"Namn":                                  "Name",
	"Startdatum":                            "Start date",
	"Slutdatum":                             "End date",
	"Land som berörs":                       "Country concerned",
	"Berörd fond":                           "Fund concerned",
	"Program CCI":                           "Programme CCI",
	"Unionens medfinansieringsgrad":         "Union co-financing rate",
	"Programområde":                         "Programme area",
	"Specifikt mål":                         "Specific objective",
	"Sekundärtema - Motverka barnfattigdom": "Secondary theme - Combating child poverty",
	"NUTS-2 kod":                            "NUTS-2 code",
	"Stödmottagare postnr":                  "Beneficiary postcode",
	"Stödmottagare ort":                     "Beneficiary city",
	"Stödmottagarens address":               "Beneficiary address",
	"Interventionstyp":                      "Intervention type",
	"Planerat antal deltagare":              "Planned number of participants",
	"Antal deltagare":                       "Number of participants",
	"Insats av strategisk betydelse":        "Operation of strategic importance",
	"Projektperiod":                         "Project period",
	"Total projektbudget":                   "Total project budget",
	"Beviljat ESF-stöd":                     "Granted ESF funding",
	"Kontaktperson":                         "Contact person",
	"E-post":                                "E-mail",
	"Telefonnummer":                         "Phone",
	"Utlysning":                             "Call",
	"Projektfas":                            "Project phase",
}

// capitalOwners are real owners written in capitals whose first word is a
// heading or label word of the pages (Kommun, Medfinansiärer, Namn, Region).
var capitalOwners = []string{
	"KOMMUNFÖRBUNDET KALMAR LÄN",
	"KOMMUNALFÖRBUNDET SJUHÄRAD",
	"KOMMUNSTYRELSEN I LUDVIKA",
	"MEDFINANSIÄRERNA EKONOMISK FÖRENING",
	"NAMNBYRÅN AB",
	"REGION GOTLAND",
	"SAMMANFATTNINGSFÖRLAGET AB",
	"Region",
}

// longOwners are owner names long enough that a mail program or a narrow
// window wraps them.
var longOwners = []string{
	"Kommunförbundet Kalmar län, Regional utveckling och Arbetsmarknadsenheten för unga vuxna",
	"Samordningsförbundet Centrala Östergötland i samverkan med Linköpings och Norrköpings kommuner",
	"Stiftelsen för kompetensutveckling inom vård och omsorg i Västra Götalandsregionen, avdelning Borås",
}

// placeholders are what pages write for a value they do not have.
var placeholders = []string{"saknas", "-", "ej beslutat", "Saknas", "–", "Uppgift saknas"}

// Spellings returns the other spellings of each label that respell and
// englishLabels write, by the label of the clean pages: every one of them
// must read as that label's field.
func Spellings() map[string][]string {
	out := make(map[string][]string, len(spellings)+len(english))
	for k, alts := range spellings {
		out[k] = append(out[k], alts...)
	}
	for k, en := range english {
		out[k] = append(out[k], en)
	}
	return out
}
