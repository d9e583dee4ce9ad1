package parser

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Languages of labels.
const (
	langSV = "sv"
	langEN = "en"
	// langOther marks a label in another language than the page's two
	// (labelled so in terms), which tells neither.
	langOther = "other"
)

// role says how a term stands on a page.
type role uint8

const (
	asLabel   role = 1 << iota // a label of the field block
	asHeading                  // a heading of the free text
)

// term is a label or heading as pages write it, with the key it fills.
type term struct {
	text string
	key  Key
	lang string
	role role
}

// terms maps every label of the field block and every heading of the free
// text, as pages write them, to the key it fills. Matching ignores case,
// spacing and a trailing colon, so one line here covers every layout.
// Adding a label is adding a line. The lists (Kommun, Medfinansiärer)
// stand both as labels and as headings; headings with KeyOtherSections are
// known to stand alone on pages and are kept under their own words.
var terms = withRecordKeys([]term{
	{"Projektnummer", KeyID, langSV, asLabel},
	{"Diarienummer", KeyID, langSV, asLabel},
	{"Projekt-nr", KeyID, langSV, asLabel},
	{"Projektnr", KeyID, langSV, asLabel},
	{"Projnr", KeyID, langSV, asLabel},
	{"Dnr", KeyID, langSV, asLabel},
	{"Diarienr", KeyID, langSV, asLabel},
	{"Ärendenummer", KeyID, langSV, asLabel},
	{"Ärendenr", KeyID, langSV, asLabel},
	{"Projekt-ID", KeyID, langSV, asLabel},
	{"Project number", KeyID, langEN, asLabel},
	{"Project no", KeyID, langEN, asLabel},
	{"Project ID", KeyID, langEN, asLabel},
	{"Reference number", KeyID, langEN, asLabel},
	{"Diary number", KeyID, langEN, asLabel},
	{"Case number", KeyID, langEN, asLabel},

	{"Namn", KeyName, langSV, asLabel},
	{"Projektnamn", KeyName, langSV, asLabel},
	{"Projektets namn", KeyName, langSV, asLabel},
	{"Projekttitel", KeyName, langSV, asLabel},
	{"Projektets titel", KeyName, langSV, asLabel},
	{"Name", KeyName, langEN, asLabel},
	{"Project name", KeyName, langEN, asLabel},
	{"Project title", KeyName, langEN, asLabel},

	{"Utlysning", KeyCallID, langSV, asLabel},
	{"Utlysningsnummer", KeyCallID, langSV, asLabel},
	{"Utlysningsnr", KeyCallID, langSV, asLabel},
	{"Utlysning nr", KeyCallID, langSV, asLabel},
	{"Utlysningens diarienummer", KeyCallID, langSV, asLabel},
	{"Call", KeyCallID, langEN, asLabel},
	{"Call for proposals", KeyCallID, langEN, asLabel},
	{"Announcement", KeyCallID, langEN, asLabel},
	{"Call for applications", KeyCallID, langEN, asLabel},

	{"Programperiod", KeyProgrammePeriod, langSV, asLabel},
	{"Programme period", KeyProgrammePeriod, langEN, asLabel},
	{"Programming period", KeyProgrammePeriod, langEN, asLabel},

	{"Berörd fond", KeyFund, langSV, asLabel},
	{"Fond", KeyFund, langSV, asLabel},
	{"Fund", KeyFund, langEN, asLabel},
	{"Fund concerned", KeyFund, langEN, asLabel},
	{"Affected fund", KeyFund, langEN, asLabel},

	{"Program CCI", KeyProgrammeCCI, langSV, asLabel},
	{"Programmets CCI", KeyProgrammeCCI, langSV, asLabel},
	{"Programme CCI", KeyProgrammeCCI, langEN, asLabel},
	{"CCI", KeyProgrammeCCI, langEN, asLabel},

	{"Programområde", KeyProgrammeAreaCode, langSV, asLabel},
	{"PO", KeyProgrammeAreaCode, langSV, asLabel},
	{"Insatsområde", KeyProgrammeAreaCode, langSV, asLabel},
	{"Programområde/insatsområde", KeyProgrammeAreaCode, langSV, asLabel},
	{"Programme area", KeyProgrammeAreaCode, langEN, asLabel},
	{"Program area", KeyProgrammeAreaCode, langEN, asLabel},
	{"Priority axis", KeyProgrammeAreaCode, langEN, asLabel},

	{"Specifikt mål", KeySpecificObjective, langSV, asLabel},
	{"Specifika mål", KeySpecificObjective, langSV, asLabel},
	{"Specifikt mål (SM)", KeySpecificObjective, langSV, asLabel},
	{"Specific objective", KeySpecificObjective, langEN, asLabel},
	{"Specific goal", KeySpecificObjective, langEN, asLabel},
	{"Specific target", KeySpecificObjective, langEN, asLabel},

	{"Projektfas", KeyProjectPhase, langSV, asLabel},
	{"Projektets fas", KeyProjectPhase, langSV, asLabel},
	{"Project phase", KeyProjectPhase, langEN, asLabel},
	{"Project stage", KeyProjectPhase, langEN, asLabel},

	{"Projektägare", KeyOwner, langSV, asLabel},
	{"Stödmottagare", KeyOwner, langSV, asLabel},
	{"Projektägaren", KeyOwner, langSV, asLabel},
	{"Projektägare/Stödmottagare", KeyOwner, langSV, asLabel},
	{"Projektägande organisation", KeyOwner, langSV, asLabel},
	{"Sökande organisation", KeyOwner, langSV, asLabel},
	{"Ansvarig organisation", KeyOwner, langSV, asLabel},
	{"Huvudman", KeyOwner, langSV, asLabel},
	{"Sökande", KeyOwner, langSV, asLabel},
	{"Project owner", KeyOwner, langEN, asLabel},
	{"Lead organisation", KeyOwner, langEN, asLabel},
	{"Projektinnehavare", KeyOwner, langSV, asLabel},
	{"Lead organization", KeyOwner, langEN, asLabel},
	{"Beneficiary", KeyOwner, langEN, asLabel},

	{"Projektägare organisationsnummer", KeyOwnerOrgNumber, langSV, asLabel},
	{"Projektägarens organisationsnummer", KeyOwnerOrgNumber, langSV, asLabel},
	{"Organisationsnummer", KeyOwnerOrgNumber, langSV, asLabel},
	{"Stödmottagarens organisationsnummer", KeyOwnerOrgNumber, langSV, asLabel},
	{"Projektägare org.nr.", KeyOwnerOrgNumber, langSV, asLabel},
	{"Projektägare org.nr", KeyOwnerOrgNumber, langSV, asLabel},
	{"Projektägarens org.nr.", KeyOwnerOrgNumber, langSV, asLabel},
	{"Projektägarens org.nr", KeyOwnerOrgNumber, langSV, asLabel},
	{"Org.nr.", KeyOwnerOrgNumber, langSV, asLabel},
	{"Org.nr", KeyOwnerOrgNumber, langSV, asLabel},
	{"Organisationsnr", KeyOwnerOrgNumber, langSV, asLabel},
	{"Project owner organisation number", KeyOwnerOrgNumber, langEN, asLabel},
	{"Project owner organization number", KeyOwnerOrgNumber, langEN, asLabel},
	{"Organisation number", KeyOwnerOrgNumber, langEN, asLabel},
	{"Organization number", KeyOwnerOrgNumber, langEN, asLabel},
	{"Corporate identity number", KeyOwnerOrgNumber, langEN, asLabel},

	{"Kontaktperson", KeyContactName, langSV, asLabel},
	{"Kontaktperson namn", KeyContactName, langSV, asLabel},
	{"Kontakt", KeyContactName, langSV, asLabel},
	{"Contact person", KeyContactName, langEN, asLabel},
	{"Contact", KeyContactName, langEN, asLabel},

	{"E-post", KeyContactEmail, langSV, asLabel},
	{"Epost", KeyContactEmail, langSV, asLabel},
	{"E-postadress", KeyContactEmail, langSV, asLabel},
	{"Mejl", KeyContactEmail, langSV, asLabel},
	{"Mail", KeyContactEmail, langSV, asLabel},
	{"Mejladress", KeyContactEmail, langSV, asLabel},
	{"E-mail", KeyContactEmail, langEN, asLabel},
	{"Email", KeyContactEmail, langEN, asLabel},
	{"E-mail address", KeyContactEmail, langEN, asLabel},

	{"Telefonnummer", KeyContactPhone, langSV, asLabel},
	{"Telefon", KeyContactPhone, langSV, asLabel},
	{"Tel", KeyContactPhone, langSV, asLabel},
	{"Tfn", KeyContactPhone, langSV, asLabel},
	{"Mobil", KeyContactPhone, langSV, asLabel},
	{"Mobilnummer", KeyContactPhone, langSV, asLabel},
	{"Mobiltelefon", KeyContactPhone, langSV, asLabel},
	{"Phone", KeyContactPhone, langEN, asLabel},
	{"Phone number", KeyContactPhone, langEN, asLabel},
	{"Telephone", KeyContactPhone, langEN, asLabel},
	{"Telephone number", KeyContactPhone, langEN, asLabel},

	{"Stödmottagarens address", KeyAddress, langSV, asLabel},
	{"Stödmottagarens adress", KeyAddress, langSV, asLabel},
	{"Adress", KeyAddress, langSV, asLabel},
	{"Besöksadress", KeyAddress, langSV, asLabel},
	{"Postadress", KeyAddress, langSV, asLabel},
	{"Stödmottagarens postadress", KeyAddress, langSV, asLabel},
	{"Stödmottagare postadress", KeyAddress, langSV, asLabel},
	{"Stödmottagare adress", KeyAddress, langSV, asLabel},
	{"Address", KeyAddress, langEN, asLabel},
	{"Beneficiary address", KeyAddress, langEN, asLabel},
	{"Beneficiary's address", KeyAddress, langEN, asLabel},
	{"The beneficiary's address", KeyAddress, langEN, asLabel},
	{"Support recipient's address", KeyAddress, langEN, asLabel},

	{"Stödmottagare postnr", KeyPostcode, langSV, asLabel},
	{"Stödmottagarens postnr", KeyPostcode, langSV, asLabel},
	{"Postnummer", KeyPostcode, langSV, asLabel},
	{"Postnr", KeyPostcode, langSV, asLabel},
	// A postcode and a town under one label: the value gives both
	// ("284 85 Perstorp"), each to its key.
	{"Postnummer och ort", KeyPostcode, langSV, asLabel},
	{"Postnummer och postort", KeyPostcode, langSV, asLabel},
	{"Postnr och ort", KeyPostcode, langSV, asLabel},
	{"Postnummer/ort", KeyPostcode, langSV, asLabel},
	{"Postnr/ort", KeyPostcode, langSV, asLabel},
	{"Postnummer & ort", KeyPostcode, langSV, asLabel},
	{"Postnr & ort", KeyPostcode, langSV, asLabel},
	{"Postcode and town", KeyPostcode, langEN, asLabel},
	{"Postal code and city", KeyPostcode, langEN, asLabel},
	{"Stödmottagarens postnummer", KeyPostcode, langSV, asLabel},
	{"Stödmottagare postnummer", KeyPostcode, langSV, asLabel},
	{"Postcode", KeyPostcode, langEN, asLabel},
	{"Postal code", KeyPostcode, langEN, asLabel},
	{"Beneficiary postcode", KeyPostcode, langEN, asLabel},
	{"Beneficiary postal code", KeyPostcode, langEN, asLabel},
	{"Beneficiary zip code", KeyPostcode, langEN, asLabel},
	{"Support recipient postcode", KeyPostcode, langEN, asLabel},
	{"Support recipient postal code", KeyPostcode, langEN, asLabel},

	{"Stödmottagare ort", KeyCity, langSV, asLabel},
	{"Stödmottagarens ort", KeyCity, langSV, asLabel},
	{"Ort", KeyCity, langSV, asLabel},
	{"Postort", KeyCity, langSV, asLabel},
	{"City", KeyCity, langEN, asLabel},
	{"Town", KeyCity, langEN, asLabel},
	{"Beneficiary city", KeyCity, langEN, asLabel},
	{"Beneficiary location", KeyCity, langEN, asLabel},
	{"Beneficiary place", KeyCity, langEN, asLabel},
	{"Support recipient location", KeyCity, langEN, asLabel},
	{"Support recipient city", KeyCity, langEN, asLabel},

	{"Land som berörs", KeyCountry, langSV, asLabel},
	{"Land", KeyCountry, langSV, asLabel},
	{"Stödmottagarens land", KeyCountry, langSV, asLabel},
	{"Stödmottagare land", KeyCountry, langSV, asLabel},
	{"Country", KeyCountry, langEN, asLabel},
	{"Country concerned", KeyCountry, langEN, asLabel},
	{"Countries concerned", KeyCountry, langEN, asLabel},
	{"Country affected", KeyCountry, langEN, asLabel},
	{"Countries affected", KeyCountry, langEN, asLabel},

	{"Region", KeyRegion, langSV, asLabel},
	{"ESF-region", KeyRegion, langSV, asLabel},
	{"Län/region", KeyRegion, langSV, asLabel},
	{"Programregion", KeyRegion, langSV, asLabel},

	{"NUTS-2 kod", KeyNUTS2, langSV, asLabel},
	{"NUTS2", KeyNUTS2, langSV, asLabel},
	{"NUTS-2", KeyNUTS2, langSV, asLabel},
	{"NUTS 2-kod", KeyNUTS2, langSV, asLabel},
	{"NUTS-2 code", KeyNUTS2, langEN, asLabel},

	{"Startdatum", KeyStartDate, langSV, asLabel},
	{"Projektstart", KeyStartDate, langSV, asLabel},
	{"Projektets start", KeyStartDate, langSV, asLabel},
	{"Startdatum för projektet", KeyStartDate, langSV, asLabel},
	{"Start date", KeyStartDate, langEN, asLabel},
	{"Project start", KeyStartDate, langEN, asLabel},
	{"Project start date", KeyStartDate, langEN, asLabel},
	{"Start", KeyStartDate, langSV, asLabel},
	{"Slutdatum", KeyEndDate, langSV, asLabel},
	{"Projektslut", KeyEndDate, langSV, asLabel},
	{"Projektets slut", KeyEndDate, langSV, asLabel},
	{"Slutdatum för projektet", KeyEndDate, langSV, asLabel},
	{"End date", KeyEndDate, langEN, asLabel},
	{"Project end", KeyEndDate, langEN, asLabel},
	{"Project end date", KeyEndDate, langEN, asLabel},
	{"Slut", KeyEndDate, langSV, asLabel},
	{"Projektperiod", KeyPeriod, langSV, asLabel},
	{"Project period", KeyPeriod, langEN, asLabel},
	{"Projekttid", KeyPeriod, langSV, asLabel},
	{"Projektets löptid", KeyPeriod, langSV, asLabel},
	{"Genomförandeperiod", KeyPeriod, langSV, asLabel},
	{"Period", KeyPeriod, langSV, asLabel},

	{"Total projektbudget", KeyTotalBudget, langSV, asLabel},
	{"Projektbudget", KeyTotalBudget, langSV, asLabel},
	{"Budget totalt", KeyTotalBudget, langSV, asLabel},
	{"Projektets totala budget", KeyTotalBudget, langSV, asLabel},
	{"Totalbudget", KeyTotalBudget, langSV, asLabel},
	{"Budget", KeyTotalBudget, langSV, asLabel},
	{"Total kostnad", KeyTotalBudget, langSV, asLabel},
	{"Projektets omslutning", KeyTotalBudget, langSV, asLabel},
	{"Total budget", KeyTotalBudget, langEN, asLabel},
	{"Total project budget", KeyTotalBudget, langEN, asLabel},
	{"Total cost", KeyTotalBudget, langEN, asLabel},
	{"Omslutning", KeyTotalBudget, langSV, asLabel},
	{"Total costs", KeyTotalBudget, langEN, asLabel},
	{"Total project cost", KeyTotalBudget, langEN, asLabel},

	{"Beviljat ESF-stöd", KeyESFSupport, langSV, asLabel},
	{"Beviljat ESF+-stöd", KeyESFSupport, langSV, asLabel},
	{"Beviljat stöd", KeyESFSupport, langSV, asLabel},
	{"ESF-stöd", KeyESFSupport, langSV, asLabel},
	{"Beviljat EU-stöd", KeyESFSupport, langSV, asLabel},
	{"EU-stöd", KeyESFSupport, langSV, asLabel},
	{"Stöd från ESF", KeyESFSupport, langSV, asLabel},
	{"Socialfondsstöd", KeyESFSupport, langSV, asLabel},
	{"Beviljat belopp", KeyESFSupport, langSV, asLabel},
	{"Beviljade medel", KeyESFSupport, langSV, asLabel},
	{"Granted ESF funding", KeyESFSupport, langEN, asLabel},
	{"Granted ESF support", KeyESFSupport, langEN, asLabel},
	{"Approved ESF support", KeyESFSupport, langEN, asLabel},
	{"Approved ESF funding", KeyESFSupport, langEN, asLabel},
	{"ESF support", KeyESFSupport, langEN, asLabel},
	{"Granted ESF+ funding", KeyESFSupport, langEN, asLabel},
	{"ESF funding", KeyESFSupport, langEN, asLabel},
	{"ESF grant", KeyESFSupport, langEN, asLabel},
	{"EU grant", KeyESFSupport, langEN, asLabel},
	{"Stödbelopp", KeyESFSupport, langSV, asLabel},

	{"Unionens medfinansieringsgrad", KeyCofinancingRate, langSV, asLabel},
	{"Medfinansieringsgrad", KeyCofinancingRate, langSV, asLabel},
	{"EU:s medfinansieringsgrad", KeyCofinancingRate, langSV, asLabel},
	{"Unionens medfinansiering", KeyCofinancingRate, langSV, asLabel},
	{"EU-medfinansiering", KeyCofinancingRate, langSV, asLabel},
	{"Union co-financing rate", KeyCofinancingRate, langEN, asLabel},
	{"The Union's co-financing rate", KeyCofinancingRate, langEN, asLabel},
	{"Union's co-financing rate", KeyCofinancingRate, langEN, asLabel},
	{"EU co-financing rate", KeyCofinancingRate, langEN, asLabel},
	{"Co-financing rate", KeyCofinancingRate, langEN, asLabel},

	{"Planerat antal deltagare", KeyParticipants, langSV, asLabel},
	{"Antal deltagare", KeyParticipants, langSV, asLabel},
	{"Planerade deltagare", KeyParticipants, langSV, asLabel},
	{"Deltagare", KeyParticipants, langSV, asLabel},
	{"Planned number of participants", KeyParticipants, langEN, asLabel},
	{"Planned participants", KeyParticipants, langEN, asLabel},
	{"Number of participants", KeyParticipants, langEN, asLabel},

	{"Interventionstyp", KeyInterventionType, langSV, asLabel},
	{"Typ av intervention", KeyInterventionType, langSV, asLabel},
	{"Interventionskod", KeyInterventionType, langSV, asLabel},
	{"Intervention", KeyInterventionType, langSV, asLabel},
	{"Intervention type", KeyInterventionType, langEN, asLabel},
	{"Type of intervention", KeyInterventionType, langEN, asLabel},

	{"Sekundärtema - Motverka barnfattigdom", KeyChildPoverty, langSV, asLabel},
	{"Secondary theme - Combating child poverty", KeyChildPoverty, langEN, asLabel},
	{"Secondary theme - Addressing child poverty", KeyChildPoverty, langEN, asLabel},
	{"Secondary theme - Counteract child poverty", KeyChildPoverty, langEN, asLabel},
	{"Secondary theme - Combat child poverty", KeyChildPoverty, langEN, asLabel},
	{"Secondary theme - Counteracting child poverty", KeyChildPoverty, langEN, asLabel},

	{"Insats av strategisk betydelse", KeyStrategicImportance, langSV, asLabel},
	{"Strategisk betydelse", KeyStrategicImportance, langSV, asLabel},
	{"Operation of strategic importance", KeyStrategicImportance, langEN, asLabel},
	{"Strategic importance", KeyStrategicImportance, langEN, asLabel},
	{"Effort of strategic importance", KeyStrategicImportance, langEN, asLabel},
	{"Intervention of strategic importance", KeyStrategicImportance, langEN, asLabel},
	{"Action of strategic importance", KeyStrategicImportance, langEN, asLabel},
	{"Initiative of strategic importance", KeyStrategicImportance, langEN, asLabel},

	// A partner's report, an Interreg page or a Nordic sister fund's
	// page, copied among the council's: the core facts' labels in
	// German, Finnish, Danish and Norwegian. They count as no language
	// of the page's (langOther).
	{"Projekttitel", KeyName, langOther, asLabel},
	{"Hankkeen nimi", KeyName, langOther, asLabel},
	{"Projektträger", KeyOwner, langOther, asLabel},
	{"Zuwendungsempfänger", KeyOwner, langOther, asLabel},
	{"Begünstigter", KeyOwner, langOther, asLabel},
	{"Hankkeen toteuttaja", KeyOwner, langOther, asLabel},
	{"Tuensaaja", KeyOwner, langOther, asLabel},
	{"Projektejer", KeyOwner, langOther, asLabel},
	{"Prosjekteier", KeyOwner, langOther, asLabel},
	{"Aktenzeichen", KeyID, langOther, asLabel},
	{"Hanketunnus", KeyID, langOther, asLabel},
	{"Hankekoodi", KeyID, langOther, asLabel},
	{"Diaarinumero", KeyID, langOther, asLabel},
	{"Projektbeginn", KeyStartDate, langOther, asLabel},
	{"Aloituspäivä", KeyStartDate, langOther, asLabel},
	{"Alkamispäivä", KeyStartDate, langOther, asLabel},
	{"Startdato", KeyStartDate, langOther, asLabel},
	{"Projektende", KeyEndDate, langOther, asLabel},
	{"Päättymispäivä", KeyEndDate, langOther, asLabel},
	{"Slutdato", KeyEndDate, langOther, asLabel},
	{"Sluttdato", KeyEndDate, langOther, asLabel},
	{"Laufzeit", KeyPeriod, langOther, asLabel},
	{"Toteutusaika", KeyPeriod, langOther, asLabel},
	{"Gesamtkosten", KeyTotalBudget, langOther, asLabel},
	{"Kokonaiskustannukset", KeyTotalBudget, langOther, asLabel},
	{"Kokonaisbudjetti", KeyTotalBudget, langOther, asLabel},
	{"Samlet budget", KeyTotalBudget, langOther, asLabel},
	{"Totalbudsjett", KeyTotalBudget, langOther, asLabel},
	{"ESF-Förderung", KeyESFSupport, langOther, asLabel},
	{"ESF-Mittel", KeyESFSupport, langOther, asLabel},
	{"ESR-tuki", KeyESFSupport, langOther, asLabel},
	{"ESR-rahoitus", KeyESFSupport, langOther, asLabel},
	{"Ansprechpartner", KeyContactName, langOther, asLabel},
	{"Yhteyshenkilö", KeyContactName, langOther, asLabel},
	{"Sähköposti", KeyContactEmail, langOther, asLabel},
	{"Puhelin", KeyContactPhone, langOther, asLabel},
	{"Alue", KeyRegion, langOther, asLabel},

	{"Kommun", KeyMunicipalities, langSV, asLabel | asHeading},
	{"Kommuner", KeyMunicipalities, langSV, asLabel | asHeading},
	{"Berörda kommuner", KeyMunicipalities, langSV, asLabel | asHeading},
	{"Berörd kommun", KeyMunicipalities, langSV, asLabel | asHeading},
	{"Municipality", KeyMunicipalities, langEN, asLabel | asHeading},
	{"Municipalities", KeyMunicipalities, langEN, asLabel | asHeading},

	{"Medfinansiärer", KeyCofinanciers, langSV, asLabel | asHeading},
	{"Medfinansiär", KeyCofinanciers, langSV, asLabel | asHeading},
	{"Co-financiers", KeyCofinanciers, langEN, asLabel | asHeading},
	{"Co-financers", KeyCofinanciers, langEN, asLabel | asHeading},
	{"Cofinanciers", KeyCofinanciers, langEN, asLabel | asHeading},
	{"Co-funders", KeyCofinanciers, langEN, asLabel | asHeading},
	{"Cofunders", KeyCofinanciers, langEN, asLabel | asHeading},

	{"Sammanfattning", KeySummary, langSV, asHeading},
	{"Sammandrag", KeySummary, langSV, asHeading},
	{"Summary", KeySummary, langEN, asHeading},
	{"Projektsammanfattning", KeySummary, langSV, asHeading},
	{"Beskrivning", KeySummary, langSV, asHeading},
	{"Projektbeskrivning", KeySummary, langSV, asHeading},
	{"Kort om projektet", KeySummary, langSV, asHeading},
	{"Project summary", KeySummary, langEN, asHeading},
	{"Project description", KeySummary, langEN, asHeading},
	{"Bakgrund", KeyBackground, langSV, asHeading},
	{"Bakgrundsbeskrivning", KeyBackground, langSV, asHeading},
	{"Bakgrund och problembeskrivning", KeyBackground, langSV, asHeading},
	{"Project background", KeyBackground, langEN, asHeading},
	{"Background", KeyBackground, langEN, asHeading},
	{"Syfte", KeyPurpose, langSV, asHeading},
	{"Syftesbeskrivning", KeyPurpose, langSV, asHeading},
	{"Ändamål", KeyPurpose, langSV, asHeading},
	{"Purpose", KeyPurpose, langEN, asHeading},
	{"Aim", KeyPurpose, langEN, asHeading},
	{"Målsättning", KeyGoals, langSV, asHeading},
	{"Mål", KeyGoals, langSV, asHeading},
	{"Målbeskrivning", KeyGoals, langSV, asHeading},
	{"Goals", KeyGoals, langEN, asHeading},
	{"Objectives", KeyGoals, langEN, asHeading},
	{"Goal setting", KeyGoals, langEN, asHeading},
	{"Goal", KeyGoals, langEN, asHeading},
	{"Tillgänglighet för personer med funktionsnedsättning", KeyAccessibility, langSV, asHeading},
	{"Tillgänglighet", KeyAccessibility, langSV, asHeading},
	{"Accessibility for persons with disabilities", KeyAccessibility, langEN, asHeading},
	{"Accessibility for people with disabilities", KeyAccessibility, langEN, asHeading},
	{"Accessibility", KeyAccessibility, langEN, asHeading},
	{"Transnationellt samarbete", KeyTransnational, langSV, asHeading},
	{"Transnational cooperation", KeyTransnational, langEN, asHeading},
	{"Transnational co-operation", KeyTransnational, langEN, asHeading},

	{"Jämställdhet", KeyOtherSections, langSV, asHeading},
	{"Gender equality", KeyOtherSections, langEN, asHeading},
	{"Lika möjligheter och icke-diskriminering", KeyOtherSections, langSV, asHeading},
	{"Likabehandling", KeyOtherSections, langSV, asHeading},
	{"Equal opportunities and non-discrimination", KeyOtherSections, langEN, asHeading},
	{"Horisontella principer", KeyOtherSections, langSV, asHeading},
	{"Horizontal principles", KeyOtherSections, langEN, asHeading},
	{"Målgrupp", KeyOtherSections, langSV, asHeading},
	{"Target group", KeyOtherSections, langEN, asHeading},
	// The site's list of other projects below a page, kept apart from
	// the page's text.
	{"Relaterade projekt", KeyOtherSections, langSV, asHeading},
	{"Liknande projekt", KeyOtherSections, langSV, asHeading},
	{"Related projects", KeyOtherSections, langEN, asHeading},
	{"Similar projects", KeyOtherSections, langEN, asHeading},
	{"Förväntat resultat", KeyOtherSections, langSV, asHeading},
	{"Förväntade resultat", KeyOtherSections, langSV, asHeading},
	{"Expected results", KeyOtherSections, langEN, asHeading},
	{"Resultat", KeyOtherSections, langSV, asHeading},
	{"Results", KeyOtherSections, langEN, asHeading},
	{"Samverkanspartner", KeyOtherSections, langSV, asHeading},
	{"Samverkanspartners", KeyOtherSections, langSV, asHeading},
	{"Partners", KeyOtherSections, langEN, asHeading},

	// A page a browser's translator turned into Norwegian (bokmål) or
	// Danish, for a reader there: labels and headings as the translator
	// writes them, where they differ from the Swedish by more than a
	// slip of its spelling, which reads the Swedish label with a warning
	// ("Projektperiode", "Baggrund", "Målsætning").
	{"Saksnummer", KeyID, langOther, asLabel},
	{"Sagsnummer", KeyID, langOther, asLabel},
	{"Kunngjøring", KeyCallID, langOther, asLabel},
	{"Indkaldelse", KeyCallID, langOther, asLabel},
	{"Støttemottaker", KeyOwner, langOther, asLabel},
	{"Støttemodtager", KeyOwner, langOther, asLabel},
	{"Navn", KeyName, langOther, asLabel},
	{"Prosjektfase", KeyProjectPhase, langOther, asLabel},
	{"Prosjektperiode", KeyPeriod, langOther, asLabel},
	{"Berørt land", KeyCountry, langOther, asLabel},
	{"Intervensjonstype", KeyInterventionType, langOther, asLabel},
	{"Medfinansierere", KeyCofinanciers, langOther, asLabel | asHeading},
	{"Medfinansierende", KeyCofinanciers, langOther, asLabel | asHeading},
	{"Prosjekteier organisasjonsnummer", KeyOwnerOrgNumber, langOther, asLabel},
	{"Organisasjonsnummer", KeyOwnerOrgNumber, langOther, asLabel},
	{"Projektejer organisationsnummer", KeyOwnerOrgNumber, langOther, asLabel},
	{"Støttemottakerens adresse", KeyAddress, langOther, asLabel},
	{"Støttemodtagerens adresse", KeyAddress, langOther, asLabel},
	{"Støttemottaker postnr", KeyPostcode, langOther, asLabel},
	{"Støttemodtager postnr", KeyPostcode, langOther, asLabel},
	{"Støttemottaker sted", KeyCity, langOther, asLabel},
	{"Støttemottaker poststed", KeyCity, langOther, asLabel},
	{"Støttemodtager by", KeyCity, langOther, asLabel},
	{"Totalt prosjektbudsjett", KeyTotalBudget, langOther, asLabel},
	{"Samlet prosjektbudsjett", KeyTotalBudget, langOther, asLabel},
	{"Samlet projektbudget", KeyTotalBudget, langOther, asLabel},
	{"Totalt projektbudget", KeyTotalBudget, langOther, asLabel},
	{"Innvilget ESF-støtte", KeyESFSupport, langOther, asLabel},
	{"Bevilget ESF-støtte", KeyESFSupport, langOther, asLabel},
	{"Bevilget ESF-tilskud", KeyESFSupport, langOther, asLabel},
	{"Planlagt antall deltakere", KeyParticipants, langOther, asLabel},
	{"Antall deltakere", KeyParticipants, langOther, asLabel},
	{"Planlagt antal deltagere", KeyParticipants, langOther, asLabel},
	{"Antal deltagere", KeyParticipants, langOther, asLabel},
	{"Sekundærtema - Motvirke barnefattigdom", KeyChildPoverty, langOther, asLabel},
	{"Sekundært tema - Bekæmpe børnefattigdom", KeyChildPoverty, langOther, asLabel},
	{"Sekundærtema - Bekæmpe børnefattigdom", KeyChildPoverty, langOther, asLabel},
	{"Innsats av strategisk betydning", KeyStrategicImportance, langOther, asLabel},
	{"Indsats af strategisk betydning", KeyStrategicImportance, langOther, asLabel},
	{"Resumé", KeySummary, langOther, asHeading},
	{"Formål", KeyPurpose, langOther, asHeading},
	{"Målsetting", KeyGoals, langOther, asHeading},
	{"Transnasjonalt samarbeid", KeyTransnational, langOther, asHeading},
	{"Transnationalt samarbejde", KeyTransnational, langOther, asHeading},
})

// withRecordKeys returns ts with the record's own keys as labels: a page
// written from esf's output or from a database's columns names its fields
// so ("owner_org_number: 802036-2011", "contact_email = …"). Each key of
// the field block of two words or more is a label, its underscores
// spaces, where no label of ts is written so; a word alone ("id",
// "owner") names a field of any JSON document or program.
func withRecordKeys(ts []term) []term {
	known := make(map[string]bool, len(ts))
	for _, t := range ts {
		known[matchKey(t.text)] = true
	}
	for k := Key(0); k < numKeys; k++ {
		if keys[k].origin != fromLabel || !strings.Contains(keys[k].name, "_") || setters[k].set == nil {
			continue // a word alone, or a key no label fills (programme_area_name)
		}
		if t := (term{strings.ReplaceAll(keys[k].name, "_", " "), k, langEN, asLabel}); !known[matchKey(t.text)] {
			ts = append(ts, t)
		}
	}
	return ts
}

// recordKeyLabel reports a label withRecordKeys made of a key's name.
func recordKeyLabel(t term) bool {
	return t.lang == langEN && t.text == strings.ReplaceAll(t.key.String(), "_", " ")
}

// furnitureLines are the page furniture that copies of the web pages
// carry: a line equal to one of these (by matchKey) is not project data.
var furnitureLines = []string{
	"Stäng",
	"Close",
	// A cookie banner's buttons, below its notice.
	"Endast nödvändiga",
	"Endast nödvändiga kakor",
	"Acceptera alla",
	"Acceptera alla kakor",
	"Godkänn alla",
	"Godkänn alla kakor",
	"Neka alla",
	"Avvisa alla",
	"Anpassa inställningar",
	"Inställningar för kakor",
	"Hantera kakor",
	"Only necessary",
	"Necessary only",
	"Accept all",
	"Accept all cookies",
	"Reject all",
	"Cookie settings",
	"Manage cookies",
	"Svara", // a chat's buttons below a message
	"Reply",
	"Gilla",
	// A note's foot, as OneNote writes it below a clipped page.
	"Skapad med OneNote.",
	"Created with OneNote.",
	// A wiki page's foot (Confluence's), below its text.
	"Var först med att gilla detta",
	"Be the first to like this",
	"Inga etiketter",
	"No labels",
	"Gilla · Kommentera",
	"Like · Comment",
	// A slide's notes, as PowerPoint prints them below it.
	"Talaranteckningar",
	"Speaker notes",
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
	// The site's title, which a browser prints at a printout's top.
	"ESF-rådet - Projektbanken",
	"Svenska ESF-rådet - Projektbanken",
	"Projektbanken - Svenska ESF-rådet",
	"Projektbanken - ESF-rådet",
	"Projektbanken | Svenska ESF-rådet",
	"Acceptera",
	"Acceptera alla",
	"Accept",
	"Accept all",
	"Neka",
	"Decline",
	"Inställningar",
	"Cookie settings",
	"Cookieinställningar",
	// The links and buttons under a page on the web, which a copy of the
	// whole page takes along.
	"Läs mer",
	"Filtrera",         // a search page's filter's heading
	"Justerandes sign", // the foot of every sheet of Swedish minutes
	"Justerandes signatur",
	"Utdragsbestyrkande",
	"Filtrera resultat",
	"Filtrera projekt",
	"Filter results",
	"Read more",
	"Dela sidan",
	"Dela på Facebook",
	"Dela på LinkedIn",
	"Dela på X",
	"Dela på Twitter",
	"Dela via e-post",
	"Share on Facebook",
	"Share on LinkedIn",
	"Share on X",
	"Share on Twitter",
	"Dela på e-post",
	"Dela via mejl",
	"Dela via mail",
	"Share by e-mail",
	"Share by email",
	"Share via e-mail",
	"Share via email",
	"Kopiera länk",
	"Kopiera länken",
	"Copy link",
	// The networks a bar of links names alone, beside "Dela" ("Dela
	// Facebook LinkedIn Skriv ut").
	"Facebook",
	"LinkedIn",
	"Twitter",
	"Instagram",
	"YouTube",
	"WhatsApp",
	"Messenger",
	"Kontakta oss",
	"Contact us",
	// A reader view's link back to the page, and a site's question
	// whether the page helped, with its buttons.
	"Visa originalsida",
	"Visa originalet",
	"Visa original",
	"View original",
	"Show original",
	"View original page",
	"Hittade du det du sökte?",
	"Hittade du vad du sökte?",
	"Var sidan till hjälp?",
	"Var informationen till hjälp?",
	"Fick du svar på din fråga?",
	"Was this page helpful?",
	"Did you find what you were looking for?",
	"Ja Nej",
	"Yes No",
	"Tipsa en vän",
	"Skriv ut sidan",
	"Print page",
	"Till sidans topp",
	"Back to top",
	"Lyssna",
	"Listen",
	// A site's own links above a page, which a copy of the whole page
	// takes along: the link past the menu, the menu, the search, a
	// breadcrumb's separator alone on its line.
	"Hoppa till huvudinnehåll",
	"Hoppa till innehållet",
	"Hoppa till innehåll",
	"Hoppa direkt till innehållet",
	"Hoppa över navigering",
	"Gå till huvudinnehåll",
	"Gå till innehållet",
	"Gå till innehåll",
	"Gå direkt till innehållet",
	"Gå direkt till huvudinnehållet",
	"Till huvudinnehållet",
	"Till innehållet",
	"Skip to main content",
	"Skip to content",
	"Skip to main",
	"Skip navigation",
	"Jump to content",
	"Jump to main content",
	"Meny",
	"Menu",
	"Stäng meny",
	"Sök",
	"Search",
	"Sök på webbplatsen",
	"Search the site",
	"Sök projekt",
	"Search projects",
	"Till startsidan",
	"Startsida",
	"Home",
	"Om oss",
	"About us",
	"Utlysningar", // the site's menu: its calls, its news, its press
	"Calls",
	"Nyheter",
	"News",
	"Aktuellt",
	"Kalendarium",
	"Press",
	"Logga in",
	"Log in",
	"/",
	">",
	"›",
	// The site's footer below every page: its links, and where it asks
	// to be followed.
	"Om webbplatsen",
	"About the website",
	"Tillgänglighetsredogörelse",
	"Accessibility statement",
	"Kakor (cookies)",
	"Om kakor",
	"Om cookies",
	"Cookies",
	"Behandling av personuppgifter",
	"Hantering av personuppgifter",
	"Personuppgifter",
	"Personal data",
	"Privacy policy",
	"Följ oss",
	"Följ oss på",
	"Follow us",
	"Prenumerera på nyhetsbrev",
	"Prenumerera på vårt nyhetsbrev",
	"Prenumerera på nyhetsbrevet",
	"Anmäl dig till nyhetsbrevet",
	"Subscribe to our newsletter",
	"Nyhetsbrev",
	"Newsletter",
	"Facebook",
	"LinkedIn",
	"Instagram",
	"YouTube",
	"Twitter",
	"Webbkarta",
	"Sitemap",
}

// boxHeadings head the box of a page's facts on the web, which a copy
// takes along above the field block wherever the box stands on the page:
// furniture that, unlike a title, starts no page of its own.
var boxHeadings = []string{
	"Projektfakta",
	"Fakta om projektet",
	"Fakta",
	"Om projektet i korthet",
	"Nyckeluppgifter",
	"Project facts",
	"Facts about the project",
	"Key facts",
}

// pageTopLines stand at the top of every printed page of the project bank:
// furniture that also marks where a page begins, in an input of several.
var pageTopLines = []string{
	"Logotyp på utskrifter",
	"Logo on printouts",
}

// matchKey folds a label or heading for matching: lower case, without white
// space, zero-width characters or a trailing colon, with every dash as '-'.
func matchKey(s string) string {
	return string(appendMatchKey(make([]byte, 0, len(s)), s))
}

// appendMatchKey appends the matchKey of s to dst, for lookups that need no
// string of their own.
func appendMatchKey(dst []byte, s string) []byte {
	for i := 0; i < len(s); {
		// ASCII as foldRune maps it, without decoding.
		if c := s[i]; c < utf8.RuneSelf {
			switch {
			case c == ' ' || c >= '\t' && c <= '\r':
			case c >= 'A' && c <= 'Z':
				dst = append(dst, c+'a'-'A')
			default:
				dst = append(dst, c)
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
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
func isInvisible(r rune) bool { return isFormatMark(r) }

// termTrie holds every label, heading and furniture line folded as
// matchKey folds them. One walk over a line's runes finds the longest label
// the line begins with and, when the walk takes in the whole line, the
// heading or furniture line it is.
type termTrie struct {
	// children are few, most often one: the first stands in the node, the
	// others in a slice scanned in order, which is faster than a map. The
	// root's ASCII children are also in first.
	child1    trieEdge
	children  []trieEdge
	first     *[utf8.RuneSelf]*termTrie
	label     *term // a label ends here
	heading   *term // a heading ends here
	furniture furniture
}

type trieEdge struct {
	r    rune
	node *termTrie
}

func (t *termTrie) child(r rune) *termTrie {
	if t.first != nil && r < utf8.RuneSelf {
		return t.first[r]
	}
	if t.child1.r == r {
		return t.child1.node
	}
	for i := range t.children {
		if t.children[i].r == r {
			return t.children[i].node
		}
	}
	return nil
}

// trieBuilder makes a termTrie's nodes in blocks, and folds each line in
// one buffer: the trie is built at start-up, where its thousands of small
// allocations were most of the parser's initialisation.
type trieBuilder struct {
	root  *termTrie
	block []termTrie
	key   []byte
}

// add returns the node of s's matchKey, made as needed.
func (b *trieBuilder) add(s string) *termTrie {
	node := b.root
	b.key = appendMatchKey(b.key[:0], s)
	for i := 0; i < len(b.key); {
		r, size := utf8.DecodeRune(b.key[i:])
		i += size
		next := node.child(r)
		if next == nil {
			if len(b.block) == cap(b.block) {
				b.block = make([]termTrie, 0, 256)
			}
			b.block = append(b.block, termTrie{})
			next = &b.block[len(b.block)-1]
			if node.child1.node == nil {
				node.child1 = trieEdge{r, next}
			} else {
				node.children = append(node.children, trieEdge{r, next})
			}
			if node.first != nil && r < utf8.RuneSelf {
				node.first[r] = next
			}
		}
		node = next
	}
	return node
}

func newTermTrie(ts []term, furnitureLines, pageTopLines []string) *termTrie {
	b := &trieBuilder{root: &termTrie{first: new([utf8.RuneSelf]*termTrie)}}
	for i := range ts {
		if ts[i].role&asLabel != 0 {
			b.add(ts[i].text).label = &ts[i]
		}
		if ts[i].role&asHeading != 0 {
			b.add(ts[i].text).heading = &ts[i]
		}
	}
	for _, s := range furnitureLines {
		b.add(s).furniture = furnitureLine
	}
	for _, s := range boxHeadings {
		b.add(s).furniture = furnitureBox
	}
	for _, s := range pageTopLines {
		b.add(s).furniture = furniturePageTop
	}
	return b.root
}

// lineMatch is what termTrie.match finds in a line.
type lineMatch struct {
	label *term // the longest label at the line's start
	end   int   // the byte offset just after label
	// shorter holds the labels the line also begins with, shorter than
	// label, longest last: "ProjektägareNAMNBYRÅN AB" begins with
	// "Projektägaren" and with "Projektägare".
	shorter [maxShorter]labelEnd
	nShort  int
	// whole is the node of the line's own matchKey, when the line was
	// looked up whole and is a known heading or furniture line.
	whole *termTrie
	// heading is the longest heading at the line's start, and headingEnd
	// the byte offset just after it.
	heading    *term
	headingEnd int
}

// labelEnd is a label a line begins with, and where it ends.
type labelEnd struct {
	label *term
	end   int
}

// maxShorter bounds the shorter labels a match keeps: labels nest two or
// three deep ("Projektägare", "Projektägaren", "Projektägare org.nr").
const maxShorter = 4

// match walks line once. With whole set it also finds the node whose key
// is the line's matchKey: the walk's node where the line ends but for its
// trailing colons and ignored runes (colonTail).
func (t *termTrie) match(line string, whole bool) lineMatch {
	var m lineMatch
	wholeEnd := -1
	if whole {
		wholeEnd = len(line) - colonTail(line)
	}
	node := t
	for i := 0; i < len(line); {
		r, size := rune(line[i]), 1
		switch {
		case r >= utf8.RuneSelf:
			r, size = utf8.DecodeRuneInString(line[i:])
			folded, ok := foldRune(r)
			if !ok {
				i += size
				continue
			}
			r = folded
		case r == ' ' || r >= '\t' && r <= '\r':
			i++
			continue
		case r >= 'A' && r <= 'Z':
			r += 'a' - 'A'
		}
		i += size
		if node = node.child(r); node == nil {
			break
		}
		if node.label != nil {
			if m.label != nil {
				if m.nShort == maxShorter {
					copy(m.shorter[:], m.shorter[1:])
					m.nShort--
				}
				m.shorter[m.nShort] = labelEnd{m.label, m.end}
				m.nShort++
			}
			m.label, m.end = node.label, i
		}
		if node.heading != nil {
			m.heading, m.headingEnd = node.heading, i
		}
		if i == wholeEnd && (node.heading != nil || node.furniture != notFurniture) {
			m.whole = node
		}
	}
	return m
}

// colonTail returns the length of the end of line that matchKey drops or
// ignores: colons, white space and zero-width characters.
func colonTail(line string) int {
	end := len(line)
	for end > 0 {
		c := line[end-1]
		if c < utf8.RuneSelf {
			if c != ':' && c != ' ' && (c < '\t' || c > '\r') {
				break
			}
			end--
			continue
		}
		r, size := utf8.DecodeLastRuneInString(line[:end])
		if _, ok := foldRune(r); ok {
			break
		}
		end -= size
	}
	return len(line) - end
}

// furniture sorts the lines that are not project data.
type furniture uint8

const (
	notFurniture       furniture = iota
	furnitureLine                // a known line of the web page: Stäng, In English
	furniturePageTop             // Logotyp på utskrifter: the top of a printed page
	furnitureCookie              // a cookie notice, whatever its wording
	furniturePrint               // a PDF page's header or footer: Sida 1 av 2, a print date, the page's address
	furnitureSeparator           // a line of dashes or the like between pasted pages
	furnitureSignature           // a mail's signature: "-- ", "Mvh", "Skickat från min iPhone"
	furnitureBox                 // the heading of the page's box of facts: Projektfakta
	furnitureScreen              // a screenshot's chrome: the status bar's clock, the browser's bar
)

// termIndex is the trie of every label, heading and furniture line, built
// on first use (see Prepare) rather than when the program starts.
var termIndex = sync.OnceValue(func() *termTrie { return newTermTrie(terms, furnitureLines, pageTopLines) })

// Prepare starts building the label tables on another goroutine and
// returns at once. The tables are built on first use anyway; a command
// calls Prepare as it starts so that they are ready, or nearly, when its
// first page is read, instead of every run paying for them before main.
func Prepare() {
	go func() {
		termIndex()
		firstTwo()
		spellTrie()
	}()
}

// labelWordStop are the words that tell no label from another: articles,
// prepositions and the word for the project itself.
var labelWordStop = map[string]bool{
	"the": true, "a": true, "an": true, "of": true, "for": true, "to": true, "in": true, "and": true, "by": true,
	"och": true, "av": true, "för": true, "i": true, "som": true, "till": true, "med": true, "den": true, "det": true,
	"project": true, "projekt": true, "projektet": true, "projektets": true, "project's": true,
}

// labelWords returns the words of a label that may tell it apart, in small
// letters, a possessive's "'s" and a plural's "s" taken off.
func labelWords(label string) []string {
	var words []string
	for _, w := range strings.FieldsFunc(strings.ToLower(label), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '’'
	}) {
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		if labelWordStop[w] || !strings.ContainsFunc(w, unicode.IsLetter) {
			continue
		}
		if len(w) > 4 {
			w = strings.TrimSuffix(w, "s")
		}
		words = append(words, w)
	}
	return words
}

// termWords holds labelWords of every label of the field block.
var termWords = sync.OnceValue(func() [][]string {
	words := make([][]string, len(terms))
	for i, t := range terms {
		if t.role&asLabel != 0 {
			words[i] = labelWords(t.text)
		}
	}
	return words
})

// labelAbbreviating returns the label of the field block that label
// abbreviates, a label esf does not know whose every word shortens a word
// of it (abbreviates: "Slutdat", "EU-medfin", "Orgnr", "Ägare", "Fas");
// nil for none. A label whose words shorten more of a label's words wins.
// fits says which keys may be returned.
func labelAbbreviating(label string, fits func(Key) bool) *term {
	words := labelWords(label)
	if len(words) == 0 || strings.ContainsAny(label, "0123456789") {
		return nil // "Fas 1": a part of the text, named
	}
	for _, w := range words {
		if r := []rune(w); len(r) > 2 && knownLabelWord(string(r[:len(r)-1])) {
			return nil // "Mobile": a letter more, a slip the spelling's checks name
		}
	}
	var best *term
	bestWords := 0
	for i, tw := range termWords() {
		if len(tw) == 0 || !fits(terms[i].key) {
			continue
		}
		shortened := map[int]bool{}
		all := true
		for _, w := range words {
			found := false
			for j, t := range tw {
				if w != t && abbreviates(w, t) {
					found, shortened[j] = true, true
					break
				}
			}
			all = all && (found || slices.Contains(tw, w))
		}
		if all && len(shortened) > bestWords {
			best, bestWords = &terms[i], len(shortened)
		}
	}
	return best
}

// knownLabelWord reports a word of a label of the field block.
func knownLabelWord(w string) bool {
	for _, tw := range termWords() {
		if slices.Contains(tw, w) {
			return true
		}
	}
	return false
}

// minAbbreviated is the fewest letters an abbreviation leaves out of its
// word: one is a slip of typing.
const minAbbreviated = 2

// minAbbreviationEnd is the fewest letters of an abbreviation: "Fas" for
// "Projektfas"; two ("re") begin or end too many words.
const minAbbreviationEnd = 3

// abbreviates reports a word of minAbbreviationEnd letters or more that
// shortens another by minAbbreviated letters or more: the other's start or
// end, or its start and "nr" for a number's word ("Orgnr").
func abbreviates(short, word string) bool {
	if utf8.RuneCountInString(word)-utf8.RuneCountInString(short) < minAbbreviated {
		return false // a letter dropped is a slip, which the spelling's checks name
	}
	if utf8.RuneCountInString(short) < minAbbreviationEnd {
		return false
	}
	if strings.HasSuffix(word, short) || strings.HasSuffix(word+"s", short) || strings.HasPrefix(word, short) {
		return true // "ägare", "fas" (labelWords took the s off "projektfas"), "slutdat"
	}
	// "orgnr" for "organisationsnummer": a number's word shortened to nr.
	head, ok := strings.CutSuffix(short, "nr")
	return ok && utf8.RuneCountInString(head) >= 2 && strings.HasPrefix(word, head) && strings.HasSuffix(word, "nummer")
}

// labelEndingIn returns a label of two words or more whose last word is
// label's one word ("Organisation": "Sökande organisation"), of a field
// that fits, where the labels so ending are all one field's; nil for none.
func labelEndingIn(label string, fits func(Key) bool) *term {
	words := labelWords(label)
	if len(words) != 1 {
		return nil
	}
	var found *term
	for i, tw := range termWords() {
		if len(tw) < 2 || tw[len(tw)-1] != words[0] || !fits(terms[i].key) {
			continue
		}
		if found != nil && found.key != terms[i].key {
			return nil // the last word of two fields' labels
		}
		if found == nil {
			found = &terms[i]
		}
	}
	return found
}

// labelWordAlone returns the label esf knows whose only word, beside the
// words that tell no label from another, is label, a word alone: "Owner"
// for "Project owner", as a person translating a page shortens it; nil
// for none, or for a label of more than a word ("Fas 1"). fits says which
// keys may be returned.
func labelWordAlone(label string, fits func(Key) bool) *term {
	if len(strings.Fields(label)) != 1 {
		return nil
	}
	words := labelWords(label)
	if len(words) != 1 {
		return nil
	}
	for i, tw := range termWords() {
		if len(tw) == 1 && tw[0] == words[0] && fits(terms[i].key) {
			return &terms[i]
		}
	}
	return nil
}

// labelSharingWords returns the label of the field block that shares the
// most words with label, a label esf does not know of two words or more
// ("Approved ESF support", "Specific goal", a page's labels as a
// translation wrote them), where the words they share are half the words
// of each at least; nil for none. fits says which keys may be returned.
// A label of one word ("Fas 1") is left to the spelling's checks and to
// labelWordAlone.
func labelSharingWords(label string, fits func(Key) bool) *term {
	words := labelWords(label)
	if len(words) < 2 {
		return nil
	}
	var best *term
	bestShared := 0
	for i, tw := range termWords() {
		if len(tw) == 0 || !fits(terms[i].key) {
			continue
		}
		shared := 0
		for _, w := range words {
			if slices.Contains(tw, w) {
				shared++
			}
		}
		if shared > bestShared && 2*shared >= max(len(words), len(tw)) {
			best, bestShared = &terms[i], shared
		}
	}
	return best
}
