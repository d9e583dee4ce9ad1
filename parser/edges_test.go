package parser

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// keyValues returns the named keys of a record as JSON sees them.
func keyValues(t *testing.T, rec *Project, names ...string) map[string]any {
	t.Helper()
	m := jsonMap(t, rec)
	out := map[string]any{}
	for _, n := range names {
		out[n] = m[n]
	}
	return out
}

// TestEdges reads the shapes that gave wrong records with no warning: each
// case names the values it must give and the warnings it must raise (a
// substring each, with its line and key).
func TestEdges(t *testing.T) {
	type warning = edgeWarning
	tests := []edgeCase{
		{
			name:     "a heading with words added, a line of its own, heads its section",
			page:     "Egenmakt\n\nProjektägare: Arbete och Försörjning\nRegion: Sydsverige\n\nKort sammanfattning\n\nText om projektet.\n\nProjektets målsättning\nAtt nå målen.\n\nTransnationellt samarbete i projektet\n\nIngen.\n",
			want:     map[string]any{"summary": "Text om projektet.", "goals": "Att nå målen.", "transnational": "Ingen."},
			warnings: []warning{{6, KeySummary, "written with words of its own"}, {10, KeyGoals, "written with words of its own"}, {13, KeyTransnational, "written with words of its own"}},
		},
		{
			name:     "a list's heading with words added over items behind Word's bullet pasted as o and a tab heads its list",
			page:     "Egenmakt\n\nProjektägare: Arbete och Försörjning\nRegion: Sydsverige\n\nSammanfattning\n\nText om projektet.\n\nProjektets medfinansiärer\n\no\tArbete och Försörjning\no\tRegion Skåne\n",
			want:     map[string]any{"summary": "Text om projektet.", "cofinanciers": []string{"Arbete och Försörjning", "Region Skåne"}},
			warnings: []warning{{10, KeyCofinanciers, "written with words of its own"}},
		},
		{
			name:     "a list's heading inflected right over items behind Word's bullet pasted as o and a space heads its list",
			page:     "Egenmakt\n\nProjektägare: Arbete och Försörjning\nRegion: Sydsverige\n\nSammanfattning\n\nText om projektet.\nMedfinansiärerna\no Arbete och Försörjning\no Region Skåne\n",
			want:     map[string]any{"summary": "Text om projektet.", "cofinanciers": []string{"Arbete och Försörjning", "Region Skåne"}},
			warnings: []warning{{9, KeyCofinanciers, "written with other endings"}},
		},
		{
			name:     "a list's heading with words added over items in a sheet's quoted cells heads its list",
			page:     "Egenmakt\n\nProjektägare: Arbete och Försörjning\nRegion: Sydsverige\n\nSammanfattning\n\nText om projektet.\n\nMedfinansiärer i projektet\n\n\"•\tArbete och Försörjning\"\n\"o\tRegion Skåne\"\n",
			want:     map[string]any{"summary": "Text om projektet.", "cofinanciers": []string{"Arbete och Försörjning", "Region Skåne"}},
			warnings: []warning{{10, KeyCofinanciers, "written with words of its own"}},
		},
		{
			name: "items in a sheet's quoted cells with spaces before their bullets are the list's",
			page: "Egenmakt\n\nProjektägare: Arbete och Försörjning\nRegion: Sydsverige\n\nSammanfattning\n\nText om projektet.\n\nMedfinansiärer\n\"  • Arbete och Försörjning\"\n\"  • Region Skåne\"\n\nKommun\n\"  • Trelleborg\"\n",
			want: map[string]any{"summary": "Text om projektet.", "cofinanciers": []string{"Arbete och Försörjning", "Region Skåne"}, "municipalities": []string{"Trelleborg"}},
		},
		{
			name: "a list's heading inflected over a line in small letters is the text's",
			page: "Egenmakt\n\nProjektägare: Arbete och Försörjning\nRegion: Sydsverige\n\nSammanfattning\n\nText om projektet.\nMedfinansiärerna\nox och kor betar.\n",
			want: map[string]any{"summary": "Text om projektet.\nMedfinansiärerna\nox och kor betar."},
		},
		{
			name:     "a shortened label with a space after its full stop and its value after it is read, named",
			page:     "Egenmakt\n\nProjektägare: Arbete och Försörjning\nKontaktpers. Ola Johnsson\nRegion: Sydsverige\n",
			want:     map[string]any{"contact_name": "Ola Johnsson", "region": "Sydsverige"},
			warnings: []warning{{4, KeyContactName, "shortened, its value after it on its line"}},
		},
		{
			name:     "a label's first letters glued to a name in capitals are no label and its value",
			page:     "Egenmakt\n\nProjektägare: Arbete och Försörjning\nKontaktpers Ola Johnsson\nRegion: Sydsverige\n",
			warnings: []warning{{4, KeyContactName, ""}},
		},
		{
			name:     "a shortened label with an equals sign run on into the value above is named for its empty field and the value",
			page:     "Egenmakt\n\nProjektägare: Arbete och Försörjning\nKontaktpers = Ola Johnsson\nRegion: Sydsverige\n",
			want:     map[string]any{"contact_name": nil},
			warnings: []warning{{4, KeyContactName, "\"Kontaktpers\", which may shorten \"Kontaktperson\""}, {4, KeyOwner, "runs on over several lines"}},
		},
		{
			name:     "a shortened label and its value after a space run on into the value above is named for its empty field and the value",
			page:     "Egenmakt\n\nProjektägare: Arbete och Försörjning\nSpec. mål 1.1\nRegion: Sydsverige\n",
			want:     map[string]any{"specific_objective": nil},
			warnings: []warning{{4, KeySpecificObjective, "\"Spec. mål\", which may shorten \"Specifikt mål\""}, {4, KeyOwner, "runs on over several lines"}},
		},
		{
			name:     "a shortened label and its value kept in extra as no label is named for its empty field",
			page:     "Egenmakt\n\nProjektägare: Arbete och Försörjning\n\nKontaktpers = Ola Johnsson\n\nRegion: Sydsverige\n",
			want:     map[string]any{"contact_name": nil, "owner": "Arbete och Försörjning"},
			warnings: []warning{{5, KeyExtra, "neither a label nor a value"}, {5, KeyContactName, "was kept in extra as neither a label nor a value; it begins with \"Kontaktpers\""}},
		},
		{
			name:     "a line kept in extra whose first words shorten a label the page fills is not named for it",
			page:     "Egenmakt\n\nProjektägare: Arbete och Försörjning\n\nKontaktpers = Ola Johnsson\n\nKontaktperson: Per Olsson\nRegion: Sydsverige\n",
			want:     map[string]any{"contact_name": "Per Olsson"},
			warnings: []warning{{5, KeyExtra, "neither a label nor a value"}},
		},
		{
			name:     "an owner's value run on into a line with a web address is named",
			page:     "Egenmakt\n\nProjektägare: Arbete och Försörjning\nWebbplats www.trelleborg.se\nRegion: Sydsverige\n",
			warnings: []warning{{4, KeyOwner, "may belong to another field, or be another value of its own"}},
		},
		{
			name:     "an owner's value run on into a line with a date is named",
			page:     "Egenmakt\n\nProjektägare: Arbete och Försörjning\nBeslutsdatum 2008-12-01\nRegion: Sydsverige\n",
			warnings: []warning{{4, KeyOwner, "may belong to another field, or be another value of its own"}},
		},
		{
			name: "an owner's value run on into a line of its department is the owner's",
			page: "Egenmakt\n\nProjektägare: Trelleborgs kommun,\nArbetsmarknadsenheten 2.0\nRegion: Sydsverige\n",
			want: map[string]any{"owner": "Trelleborgs kommun, Arbetsmarknadsenheten 2.0", "warnings": []any{}},
		},
		{
			name:     "a label wrapped at a space over a blank line, its value after its colon, is the label",
			page:     "Digga\n\nDiarienummer:\n23-038-S06\nInsats av strategisk\n\nbetydelse: Nej\nRegion:\nSydsverige\n",
			want:     map[string]any{"strategic_importance": false, "region": "Sydsverige"},
			warnings: []warning{{5, KeyStrategicImportance, "broken over two lines"}},
		},
		{
			name:     "a line over a blank line and a label's end with a colon that spell no label whole are no label",
			page:     "Digga\n\nDiarienummer:\n23-038-S06\nInsats av stora\n\nbetydelse: Nej\nRegion:\nSydsverige\n",
			want:     map[string]any{"strategic_importance": nil, "region": "Sydsverige"},
			warnings: []warning{{4, KeyID, ""}, {5, KeyID, "runs on"}, {7, KeyExtra, "neither a label nor a value"}},
		},
		{
			name:     "a heading with words added right below the site's furniture heads its section",
			page:     "Egenmakt\n\nProjektägare: Arbete och Försörjning\nRegion: Sydsverige\nIn English\nKort sammanfattning\nText om projektet.\n",
			want:     map[string]any{"summary": "Text om projektet."},
			warnings: []warning{{6, KeySummary, "written with words of its own"}},
		},
		{
			name:     "a heading's known words in small letters, a colon after them, head their section",
			page:     "Egenmakt\n\nProjektägare: Arbete och Försörjning\nRegion: Sydsverige\n\nMålsättning\n\nAtt nå målen.\n\ntillgänglighet för personer med funktionsnedsättningar:\n\nLokalerna är tillgängliga.\n\nTransnationellt samarbete\n\nIngen.\n",
			want:     map[string]any{"goals": "Att nå målen.", "accessibility": "Lokalerna är tillgängliga."},
			warnings: []warning{{10, KeyAccessibility, "written with other endings"}},
		},
		{
			name:     "a heading with words added between lines of text, below a sentence's end, heads its section",
			page:     "Egenmakt\n\nProjektägare: Arbete och Försörjning\nRegion: Sydsverige\n\nSyfte\nAtt gagna.\nProjektets målsättning\nAtt nå målen.\n",
			want:     map[string]any{"purpose": "Att gagna.", "goals": "Att nå målen."},
			warnings: []warning{{8, KeyGoals, "written with words of its own"}},
		},
		{
			name: "a heading with words added that a narrow wrap left alone on a line of the text is text",
			page: "Egenmakt\n\nProjektägare: Arbete och Försörjning\nRegion: Sydsverige\n\nSammanfattning\n\nDet handlar om utveckling.\nSyftet med projektet\när att gagna medborgarna.\n",
			want: map[string]any{"summary": "Det handlar om utveckling.\nSyftet med projektet\när att gagna medborgarna.", "purpose": nil},
		},
		{
			name: "a heading with words added below a line that goes on is text",
			page: "Egenmakt\n\nProjektägare: Arbete och Försörjning\nRegion: Sydsverige\n\nSammanfattning\n\nDet handlar om\nProjektets målsättning\n\nMer text.\n",
			want: map[string]any{"summary": "Det handlar om\nProjektets målsättning\n\nMer text.", "goals": nil},
		},
		{
			name: "an inflected heading where the page heads the section in its own words is a subheading",
			page: "Egenmakt\n\nProjektägare: Arbete och Försörjning\nRegion: Sydsverige\n\nBakgrund\n\nText.\n\nSyftet\n\nMer text.\n\nSyfte\n\nAtt gagna.\n",
			want: map[string]any{"background": "Text.\n\nSyftet\n\nMer text.", "purpose": "Att gagna."},
		},
		{
			name: "a bar of the site's share links below the text is the site's, not the summary's",
			page: "Egenmakt\n\nProjektägare: Arbete och Försörjning\nRegion: Sydsverige\n\nSammanfattning\n\nText om projektet.\n\nDela på Facebook Dela på LinkedIn\n",
			want: map[string]any{"summary": "Text om projektet.", "extra": map[string]any{}},
		},
		{
			name:     "a glued block whose second and third labels misspelt begins at its first",
			page:     "Egcnmakt\n\nProgramområdeProgramområde 2 Ökat arbetskraftsutbud\nProjktfasFörprojektering\nProjktägareArbete och Försörjning\nKontaktpersonOla Johnsson\nRegionSydsverige\n\nSammanfattning\n\nText om projektet.\n",
			want:     map[string]any{"name": "Egcnmakt", "programme_area_code": "2", "contact_name": "Ola Johnsson", "region": "Sydsverige"},
			warnings: []warning{{4, KeyExtra, `kept in extra as "ProjktfasFörprojektering"`}, {4, KeyProjectPhase, `slip from "Projektfas"`}, {5, KeyExtra, "kept in extra"}, {5, KeyOwner, `slip from "Projektägare"`}},
		},
		{
			name:     "a glued block whose first value OCR misread begins at it, the value named",
			page:     "Logotyp på utskrifter\n\nEgenmakt\n\nRegionSydsvcrige\nProjktfasFörprojektering\nProjktägareArbete och Försörjning\nKontaktpersonOla Johnsson\n\nSammanfattning\n\nText om projektet.\n",
			want:     map[string]any{"name": "Egenmakt", "region": "Sydsverige", "contact_name": "Ola Johnsson"},
			warnings: []warning{{5, KeyRegion, `"Sydsvcrige" read as "Sydsverige", with letters OCR takes for others`}, {6, KeyExtra, "kept in extra"}, {6, KeyProjectPhase, `slip from "Projektfas"`}, {7, KeyExtra, "kept in extra"}, {7, KeyOwner, `slip from "Projektägare"`}},
		},
		{
			name:     "glued labels OCR misread, an e read as a c, are read, each named",
			page:     "Egenmakt\n\nProgramområdeProgramområde 2 Ökat arbetskraftsutbud\nProjcktfasFörprojektering\nProjcktägareArbete och Försörjning\nKontaktpcrsonOla Johnsson\nRcgionSydsverige\n\nSammanfattning\n\nText om projektet.\n",
			want:     map[string]any{"project_phase": "Förprojektering", "owner": "Arbete och Försörjning", "contact_name": "Ola Johnsson", "region": "Sydsverige", "extra": map[string]any{}},
			warnings: []warning{{4, KeyProjectPhase, `written "Projcktfas"`}, {5, KeyOwner, `written "Projcktägare"`}, {6, KeyContactName, `written "Kontaktpcrson"`}, {7, KeyRegion, `written "Rcgion"`}},
		},
		{
			name:     "a glued e-mail label OCR misread before its address in small letters",
			page:     "Egenmakt\n\nProjektägareArbete och Försörjning\nKontaktpersonOla Johnsson\nE-p0stola.johnsson@trelleborg.se\nRegionSydsverige\n\nSammanfattning\n\nText om projektet.\n",
			want:     map[string]any{"contact_name": "Ola Johnsson", "contact_email": "ola.johnsson@trelleborg.se", "region": "Sydsverige"},
			warnings: []warning{{5, KeyContactEmail, `written "E-p0st"`}},
		},
		{
			name:     "a stacked label and a colon's label whose e OCR read as a c are read, named",
			page:     "Egenmakt\n\nProjektnummer:\n2015/00764\nRcgion:\nSydsverige\nKontaktpcrson\nOla Johnsson\n\nSammanfattning\n\nText om projektet.\n",
			want:     map[string]any{"region": "Sydsverige", "contact_name": "Ola Johnsson", "extra": map[string]any{}},
			warnings: []warning{{5, KeyRegion, `written "Rcgion"`}, {7, KeyContactName, `written "Kontaktpcrson"`}},
		},
		{
			name: "codes OCR misread, letters for digits and digits for letters, read, named",
			page: "Framtidsresan\n\nProjektnummer: 23-038-S06\nBerörd fond: E5F+\nSpecifikt mål: AlA\nInterventionstyp: 1l7\nNUTS-2: 5E22\n",
			want: map[string]any{"fund": "ESF+", "specific_objective": "A1A", "intervention_type": "117", "nuts2": "SE22"},
			warnings: []warning{{4, KeyFund, `"E5F+" read as "ESF+"`}, {5, KeySpecificObjective, `"AlA" read as "A1A"`},
				{6, KeyInterventionType, `"1l7" read as "117"`}, {7, KeyNUTS2, `"5E22" read as "SE22"`}},
		},
		{
			name: "labels written as analysts shorten them",
			page: "Framtidsresan\n\nProjnr: 2020/00634\nUtlysning nr: 2019/00123\nBeviljade medel: 400 000 kr\nEU-medfinansiering: 50 %\nIntervention: 117\n",
			want: map[string]any{"id": "2020/00634", "call_id": "2019/00123", "esf_support_sek": 400000, "eu_cofinancing_rate_pct": 50, "intervention_type": "117", "extra": map[string]any{}, "warnings": []any{}},
		},
		{
			name: "the tab of the page's facts as a heading below the title",
			page: "Logotyp på utskrifter\n# Egenmakt\n\n## Grunduppgifter\n\n- Projektfas: Förprojektering\n- Projektägare: Arbete och Försörjning\n- Region: Sydsverige\n\n### Sammanfattning\n\nText om projektet.\n",
			want: map[string]any{"name": "Egenmakt", "owner": "Arbete och Försörjning", "warnings": []any{}},
		},
		{
			name: "the tab of the page's facts below two lines that may be the title gives way to the nearest",
			page: "Stäng\n3 december - Webbinarium om fattigdom i dagens Sverige\nGagna:kompetens\n\n## Grunduppgifter\n\nProjektfas:: Förprojektering\nProjektägare:: Regionförbundet Östsam\nRegion:: Sydsverige\n\n### Sammanfattning\n\nText om projektet.\n",
			want: map[string]any{"name": "Gagna:kompetens", "owner": "Regionförbundet Östsam"},
		},
		{
			name:     "a heading of no tab below the title is read as the title, named",
			page:     "Logotyp på utskrifter\n# Egenmakt\n\n## Förstudien\n\n- Projektfas: Förprojektering\n- Projektägare: Arbete och Försörjning\n- Region: Sydsverige\n\n### Sammanfattning\n\nText om projektet.\n",
			want:     map[string]any{"name": "Förstudien"},
			warnings: []warning{{4, KeyName, `"Egenmakt", on line 2 above it, may be the title instead`}},
		},
		{
			name:     "words of typed values OCR misread, read, named",
			page:     "Framtidsresan\n\nProjektnummer: 2020/00634\nProjektperiod: 2008-05-01 tilI 2008-10-31\nInsats av strategisk betydelse: Ncj\nProjektägare: Ncj Kommun\n",
			want:     map[string]any{"start_date": "2008-05-01", "end_date": "2008-10-31", "strategic_importance": false, "owner": "Ncj Kommun"},
			warnings: []warning{{4, KeyStartDate, `"2008-05-01 tilI 2008-10-31" read as "2008-05-01 till 2008-10-31"`}, {5, KeyStrategicImportance, `"Ncj" read as "Nej"`}},
		},
		{
			name:     "an amount of two groups with a number below it keeps its own, the number named",
			page:     "2020/00634 - Framtidsresan\n\nProjektnummer:\n2020/00634\nProjektägare:\nPerstorps kommun\nBeviljat ESF-stöd:\n600 000\n117\nRegion:\nSydsverige\n\nPerstorps kommun har under lång tid kännetecknats av hög arbetslöshet.\n",
			want:     map[string]any{"esf_support_sek": 600000, "owner": "Perstorps kommun"},
			warnings: []warning{{8, KeyESFSupport, "may go on at"}, {9, KeyExtra, "neither a label nor a value"}},
		},
		{
			name:     "a table's amount of two groups with a number below it keeps its own",
			page:     "2020/00634 - Framtidsresan\n\nProjektnummer:\n2020/00634\nProjektägare:\nPerstorps kommun\nBeviljat ESF-stöd\t600 000\n117\nRegion:\nSydsverige\n\nPerstorps kommun har under lång tid kännetecknats av hög arbetslöshet.\n",
			want:     map[string]any{"esf_support_sek": 600000},
			warnings: []warning{{8, KeyExtra, `kept in extra as "117"`}},
		},
		{
			name: "an address that begins with a label's word in small letters stays whole",
			page: "2020/00634 - Framtidsresan\n\nProjektnummer:\n2020/00634\nProjektägare:\nPerstorps kommun\nE-post:\nmailbox@perstorp.se\nRegion:\nSydsverige\n\nPerstorps kommun har under lång tid kännetecknats av hög arbetslöshet.\n",
			want: map[string]any{"contact_email": "mailbox@perstorp.se", "warnings": []any{}},
		},
		{
			name:     "a NUTS-3 code is no NUTS-2 label",
			page:     "2020/00634 - Framtidsresan\n\nProjektnummer:\n2020/00634\nProjektägare:\nPerstorps kommun\nNUTS 3: SE224\nRegion:\nSydsverige\n\nPerstorps kommun har under lång tid kännetecknats av hög arbetslöshet.\n",
			want:     map[string]any{"owner": "Perstorps kommun", "nuts2": "SE22"},
			warnings: []warning{{7, KeyNUTS2, "no label esf knows"}},
		},
		{
			name:     "a programme area's name below a code of another area is not joined",
			page:     "2020/00634 - Framtidsresan\n\nProjektnummer:\n2020/00634\nProjektägare:\nPerstorps kommun\nProgramområde:\n1\nÖkat arbetskraftsutbud\nRegion:\nSydsverige\n\nPerstorps kommun har under lång tid kännetecknats av hög arbetslöshet.\n",
			want:     map[string]any{"programme_area_code": "1", "programme_area_name": nil},
			warnings: []warning{{9, KeyExtra, "neither a label nor a value"}, {9, KeyProgrammeAreaName, "may be the area's name"}},
		},
		{
			name: "an amount of two groups whose last group and unit are wrapped below",
			page: "Within Kompetens\n\nProjektnummer: 2015/00764\nTotal projektbudget: 9 997\n    836 kr\nBeviljat ESF-stöd: 7 380\n  388\nkr\nKontaktperson: Kaisa Welander\n",
			want: map[string]any{"total_budget_sek": 9997836, "esf_support_sek": 7380388, "contact_name": "Kaisa Welander", "extra": map[string]any{}, "warnings": []any{}},
		},
		{
			name:     "a glued label whose value does not read, passed over above the title, is named",
			page:     "Logotyp på utskrifter\n\nRegionSydsvcrige\n\nEgenmakt\n\nProjektfasFörprojektering\nProjektägareArbete och Försörjning\nKontaktpersonOla Johnsson\n\nSammanfattning\n\nText om projektet.\n",
			want:     map[string]any{"name": "Egenmakt", "region": nil, "owner": "Arbete och Försörjning"},
			warnings: []warning{{3, KeyRegion, `"Sydsvcrige" does not read as one`}, {5, KeyName, "may be the title instead"}},
		},
		{
			name:     "a shortened label glued to its value at its full stop",
			page:     "Egenmakt\n\nProjektägare\nArbete och Försörjning\nKontaktpers.Ola Johnsson\nEpostola.johnsson@trelleborg.se\nRegionSydsverige\n\nSammanfattning\n\nText om projektet.\n",
			want:     map[string]any{"owner": "Arbete och Försörjning", "contact_name": "Ola Johnsson"},
			warnings: []warning{{5, KeyContactName, "shortened, glued to its value"}},
		},
		{
			name: "a section's heading with no colon as a stacked block's first entry",
			page: "Within Kompetens\n\nSamverkanspartner\nArbetsförmedlingen\nProgramområde\n1.1 Kompetensförsörjning\nRegion\nSydsverige\nProjektägare\nKristianstads kommun\n\nSammanfattning\n\nText om projektet.\n",
			want: map[string]any{"name": "Within Kompetens", "extra": map[string]any{"Samverkanspartner": "Arbetsförmedlingen"}, "other_sections": []any{}, "programme_area_code": "1.1"},
		},
		{
			name: "a section's heading with no colon over a sentence, right above a stacked block, is a section",
			page: "Within Kompetens\n\nSamverkanspartner\nVi samverkar med Arbetsförmedlingen och kommunerna i regionen.\nProgramområde\n1.1 Kompetensförsörjning\nRegion\nSydsverige\n",
			want: map[string]any{"extra": map[string]any{}, "other_sections": []any{map[string]any{"heading": "Samverkanspartner", "text": "Vi samverkar med Arbetsförmedlingen och kommunerna i regionen."}}},
		},
		{
			name: "a section's heading with no colon right above a colon block is a section",
			page: "Within Kompetens\n\nSamverkanspartner\nArbetsförmedlingen\nProgramområde: 1.1 Kompetensförsörjning\nRegion: Sydsverige\n",
			want: map[string]any{"extra": map[string]any{}, "other_sections": []any{map[string]any{"heading": "Samverkanspartner", "text": "Arbetsförmedlingen"}}},
		},
		{
			name: "two sections' headings with their colons, one after the other, between a block's labels",
			page: "Framtidsresan\n\nDiarienummer:\n23-038-S06\nSlutdatum:\n2026-12-31\nSamverkanspartner:\nArbetsförmedlingen\nMålgrupp:\nUnga 16-24 år som varken arbetar eller studerar\nStödmottagare ort:\nPERSTORP\nProjektägare:\nPERSTORPS KOMMUN\n\nSammanfattning\n\nText om projektet.\n",
			want: map[string]any{"city": "PERSTORP", "owner": "PERSTORPS KOMMUN", "other_sections": []any{}, "summary": "Text om projektet.",
				"extra": map[string]any{"Samverkanspartner": "Arbetsförmedlingen", "Målgrupp": "Unga 16-24 år som varken arbetar eller studerar"}},
		},
		{
			name: "a section's heading with its value on its line right below a glued block's first field",
			page: "Gagna:kompetens\n\nProjektperiod2008-05-01 till 2008-10-31\nMålgrupp: Unga 16-24 år som varken arbetar eller studerar\nProjektägareRegionförbundet Östsam\nRegionÖstra Mellansverige\n\nSammanfattning\n\nText om projektet.\n",
			want: map[string]any{"name": "Gagna:kompetens", "start_date": "2008-05-01", "owner": "Regionförbundet Östsam", "other_sections": []any{},
				"extra": map[string]any{"Målgrupp": "Unga 16-24 år som varken arbetar eller studerar"}},
		},
		{
			name:     "a label alone whose value stands below a printed sheet's number is named",
			page:     "Framtidsresan\n\nProjektnummer:\n2020/00634\nProjektägare:\nPerstorps kommun\nInsats av strategisk betydelse:\n\n2\n\n\nNej\n\nPerstorps kommun har under lång tid haft hög arbetslöshet.\n",
			want:     map[string]any{"strategic_importance": nil},
			warnings: []warning{{7, KeyStrategicImportance, `"Nej", below it after "2"`}, {9, KeySummary, "printed sheet's number"}},
		},
		{
			name:     "a label alone over a number alone and a sentence is not named",
			page:     "Framtidsresan\n\nProjektnummer:\n2020/00634\nProjektägare:\nPerstorps kommun\nInsats av strategisk betydelse:\n\n2\n\n\nPerstorps kommun har under lång tid haft hög arbetslöshet.\n",
			want:     map[string]any{"strategic_importance": nil},
			warnings: []warning{{9, KeySummary, "printed sheet's number"}},
		},
		{
			name:     "a programme area's code with its last digit OCR'd as a letter",
			page:     "Within Kompetens\n\nProgramområde\n1.l Kompetensförsörjning\nRegion\nSydsverige\n",
			want:     map[string]any{"programme_area_code": "1.1", "programme_area_name": "Kompetensförsörjning"},
			warnings: []warning{{4, KeyProgrammeAreaCode, `read as "1.1 Kompetensförsörjning": letters OCR takes for digits`}},
		},
		{
			name: "a web address below a stacked label esf does not know is its value",
			page: "Within Kompetens\n\nProjektnummer\n2015/00764\nWebbplats\nhttps://www.example.se/projekt-16\nProjektledare\nEva Nilsson\nKontaktperson\nKaisa Welander\n\nSammanfattning\n\nText om projektet.\n",
			want: map[string]any{"contact_name": "Kaisa Welander", "extra": map[string]any{"Webbplats": "https://www.example.se/projekt-16", "Projektledare": "Eva Nilsson"}},
		},
		{
			name:     "a web address with a blank line below it at a stacked block's end stays a printout's foot",
			page:     "Within Kompetens\n\nProjektnummer\n2015/00764\nKontaktperson\nKaisa Welander\nWebbplats\nhttps://www.example.se/projekt-16\n\nSammanfattning\n\nText om projektet.\n",
			want:     map[string]any{"contact_name": "Kaisa Welander", "extra": map[string]any{}},
			warnings: []warning{{7, KeyContactName, "may be the value's end"}, {7, KeySummary, `begins with "Webbplats"`}},
		},
		{
			name: "a date below a stacked label esf does not know, below the owner, is the block's last field",
			page: "Within Kompetens\n\nProjektnummer\n2015/00764\nProjektägare\nKristianstads kommun\nBeslutsdatum\n2020-11-18\n\nSammanfattning\n\nText om projektet.\n",
			want: map[string]any{"owner": "Kristianstads kommun", "summary": "Text om projektet.", "extra": map[string]any{"Beslutsdatum": "2020-11-18"}},
		},
		{
			name:     "a number alone after a form feed, a blank line below it, taken for a label's value, is named",
			page:     "Framtidsresan\n\nProjektnummer:\n2020/00634\nStödmottagarens address:\n\f1\n\n\nProgramområde:\nA\n",
			want:     map[string]any{"address": "1", "programme_area_code": "A"},
			warnings: []warning{{6, KeyAddress, "may be the printed sheet's number"}},
		},
		{
			name: "a number after a form feed with the next label right below it is a value",
			page: "Framtidsresan\n\nProjektnummer:\n2020/00634\nPlanerat antal deltagare:\n\f44\nProgramområde:\nA\n",
			want: map[string]any{"participants": 44, "programme_area_code": "A"},
		},
		{
			name: "a section's heading with no colon as a stacked block's first entry, its value of many words and no full stop",
			page: "Within Kompetens\n\nMålgrupp\nUnga 16-24 år som varken arbetar eller studerar\nProjektperiod\n2016-02-02-2019-01-31\nRegion\nSydsverige\n\nSammanfattning\n\nText om projektet.\n",
			want: map[string]any{"name": "Within Kompetens", "other_sections": []any{}, "extra": map[string]any{"Målgrupp": "Unga 16-24 år som varken arbetar eller studerar"}},
		},
		{
			name:     "a number alone between blank lines taken for an address is named",
			page:     "Framtidsresan\n\nProjektnummer:\n2020/00634\nStödmottagarens address:\n\n1\n\n\nProgramområde:\nA\n",
			want:     map[string]any{"address": "1", "programme_area_code": "A"},
			warnings: []warning{{7, KeyAddress, "a number alone between blank lines"}},
		},
		{
			name: "a number alone between blank lines for a count is its value",
			page: "Framtidsresan\n\nProjektnummer:\n2020/00634\nAntal deltagare:\n\n12\n\nProgramområde:\nA\n",
			want: map[string]any{"participants": 12, "programme_area_code": "A"},
		},
		{
			name:     "a heading with a slip right above a new sheet's head",
			page:     "Framtidsresan\n\nProjektnummer: 2020/00634\nRegion: Sydsverige\n\nMålsättning\n\nVi ska nå målen.\n\nTillgängligbet för personer med funktionsnedsättníng\n\fESF-rådet   Projektbanken   9/11\n\n\nI förprojekteringen har vi fokus på tillgänglighet.\n",
			want:     map[string]any{"goals": "Vi ska nå målen.", "accessibility": "I förprojekteringen har vi fokus på tillgänglighet."},
			warnings: []warning{{10, KeyAccessibility, "written with other endings"}},
		},
		{
			name: "a run of entries esf does not know, a web address among them, first in a stacked block",
			page: "Logotyp på utskrifter\n\nWithin Kompetens\n\nWebbplats\nhttps://www.example.se/projekt-23\nSamverkanspartner\nArbetsförmedlingen\nRegion\nSydsverige\nProjektnummer\n2015/00764\n\nSammanfattning\n\nText om projektet.\n",
			want: map[string]any{"name": "Within Kompetens", "other_sections": []any{}, "region": "Sydsverige", "extra": map[string]any{"Webbplats": "https://www.example.se/projekt-23", "Samverkanspartner": "Arbetsförmedlingen"}},
		},
		{
			name: "a run of a heading with its colon and a label with its colon first in a colon block",
			page: "Framtidsresan\n\nStödform:\nProjektstöd\nMålgrupp:\nUnga vuxna\nProjektnummer:\n2020/00634\nRegion:\nSydsverige\n",
			want: map[string]any{"name": "Framtidsresan", "other_sections": []any{}, "extra": map[string]any{"Stödform": "Projektstöd", "Målgrupp": "Unga vuxna"}},
		},
		{
			name: "a heading and its line above a stacked block, a blank line between, is a section",
			page: "Within Kompetens\n\nSamverkanspartner\nArbetsförmedlingen\n\nRegion\nSydsverige\nProjektnummer\n2015/00764\n",
			want: map[string]any{"extra": map[string]any{}, "other_sections": []any{map[string]any{"heading": "Samverkanspartner", "text": "Arbetsförmedlingen"}}},
		},
		{
			name: "a section's heading with its colon over a list's lead-in and its items is a section",
			page: "Framtidsresan\n\nProjektnummer:\n2020/00634\nProjektägare:\nPerstorps kommun\nMålgrupp:\nProjektet riktar sig till följande grupper i Perstorps kommun:\n\n• Unga 16-24 år som varken arbetar eller studerar\n• Långtidsarbetslösa\n\nSammanfattning\n\nText om projektet.\n",
			want: map[string]any{"extra": map[string]any{}, "summary": "Text om projektet."},
		},
		{
			name: "a section's heading with its colon over a long line with list items below it is a section",
			page: "Framtidsresan\n\nProjektnummer:\n2020/00634\nProjektägare:\nPerstorps kommun\nMålgrupp:\nUnga 16-24 år som varken arbetar eller studerar i kommunen\n\n• Långtidsarbetslösa\n• Nyanlända\n\nSammanfattning\n\nText om projektet.\n",
			want: map[string]any{"extra": map[string]any{}, "summary": "Text om projektet."},
		},
		{
			name: "a web address below a known label's value is no value of a label",
			page: "Framtidsresan\n\nProjektnummer\n2020/00634\nKontaktperson\nKaisa Welander\nhttps://www.example.se/kaisa\nE-post\nkaisa.welander@example.se\n\nSammanfattning\n\nText om projektet.\n",
			want: map[string]any{"contact_name": "Kaisa Welander", "contact_email": "kaisa.welander@example.se", "extra": map[string]any{}},
		},
		{
			name:     "a title glued like a label, a blank line below it, is the title",
			page:     "RegionKraft\n\nProgramområdeProgramområde 2 Ökat arbetskraftsutbud\nProjektfasFörprojektering\nProjektägareArbete och Försörjning\nRegionSydsverige\n\nSammanfattning\n\nText om projektet.\n",
			want:     map[string]any{"name": "RegionKraft", "region": "Sydsverige", "programme_area_code": "2"},
			warnings: []warning{{1, KeyName, `the title "RegionKraft" reads as the label of region`}},
		},
		{
			name: "a line of the text above a new sheet's head is no heading",
			page: "Framtidsresan\n\nProjektnummer\n2020/00634\nRegion\nSydsverige\n\nFler unga i arbete i Perstorp\n\fESF-rådet   Projektbanken   2/3\n\n\nPerstorps kommun har under lång tid haft hög arbetslöshet bland unga.\n",
			want: map[string]any{"other_sections": []any{}},
		},
		{
			name: "a section's heading with its colon as the block's first entry",
			page: "2020/00634 - Framtidsresan\n\nMålgrupp:\nUnga 16-24 år som varken arbetar eller studerar\nProjektnummer:\n2020/00634\nProjektägare:\nPerstorps kommun\n\nSammanfattning\n\nText om projektet.\n",
			want: map[string]any{"name": "Framtidsresan", "extra": map[string]any{"Målgrupp": "Unga 16-24 år som varken arbetar eller studerar"}, "other_sections": []any{}, "owner": "Perstorps kommun", "summary": "Text om projektet."},
		},
		{
			name: "a section's heading with its value on its line as a glued block's first entry",
			page: "Gagna:kompetens\n\nSamverkanspartner: Arbetsförmedlingen\nProjektfasFörprojektering\nProjektägareRegionförbundet Östsam\nRegionÖstra Mellansverige\n\nSammanfattning\n\nText om projektet.\n",
			want: map[string]any{"name": "Gagna:kompetens", "extra": map[string]any{"Samverkanspartner": "Arbetsförmedlingen"}, "other_sections": []any{}, "owner": "Regionförbundet Östsam"},
		},
		{
			name:     "a title that reads as a section's heading with its text, right above the block",
			page:     "Jämställdhet: en väg till arbete\nProjektägare: Arbete och Försörjning\nRegion: Sydsverige\n",
			want:     map[string]any{"extra": map[string]any{}},
			warnings: []warning{{2, KeyName, "the page names no project"}},
		},
		{
			name: "a section's heading with its colon as a colon block's last entry, the unheaded text below",
			page: "Framtidsresan\n\nProjektnummer:\n2020/00634\nRegion:\nVästsverige\nSamverkanspartner:\nArbetsförmedlingen\n\nPerstorps kommun har under lång tid haft hög arbetslöshet.\n",
			want: map[string]any{"extra": map[string]any{"Samverkanspartner": "Arbetsförmedlingen"}, "other_sections": []any{}, "summary": "Perstorps kommun har under lång tid haft hög arbetslöshet."},
		},
		{
			name: "a section's heading with its colon as a colon block's last entry, its value of many words and no full stop",
			page: "Framtidsresan\n\nProjektnummer:\n2020/00634\nProgramområde:\n1\nMålgrupp:\nUnga 16-24 år som varken arbetar eller studerar\n\nPerstorps kommun har under lång tid haft hög arbetslöshet.\n",
			want: map[string]any{"extra": map[string]any{"Målgrupp": "Unga 16-24 år som varken arbetar eller studerar"}, "other_sections": []any{}, "summary": "Perstorps kommun har under lång tid haft hög arbetslöshet."},
		},
		{
			name: "a section's heading with its colon at a colon block's end over a sentence is a section",
			page: "Framtidsresan\n\nProjektnummer:\n2020/00634\nRegion:\nVästsverige\nMålgrupp:\nUnga som varken arbetar eller studerar ska få stöd.\n\nPerstorps kommun har under lång tid haft hög arbetslöshet.\n",
			want: map[string]any{"extra": map[string]any{}},
		},
		{
			name: "a section's heading with its colon at a colon block's end with text right below its value is a section",
			page: "Framtidsresan\n\nProjektnummer:\n2020/00634\nRegion:\nVästsverige\nMålgrupp:\nUnga vuxna\nPerstorps kommun har under lång tid haft hög arbetslöshet.\n",
			want: map[string]any{"extra": map[string]any{}},
		},
		{
			name:     "a title pasted with no blank line right below a programme area's code alone stays apart, named",
			page:     "Egenmakt\n\nProjektägare: Arbete och Försörjning\nRegion: Sydsverige\nProgramområde: 2\nFramtidsresan\nProjektnummer: 2020/00634\nKontaktperson: Peter Lindow\n\nPerstorps kommun har under lång tid kännetecknats av hög arbetslöshet.\n",
			want:     map[string]any{"programme_area_code": "2", "programme_area_name": nil},
			warnings: []warning{{6, KeyExtra, `kept in extra as "Framtidsresan"`}},
		},
		{
			name: "a section's heading above the block after a blank line is a section",
			page: "2020/00634 - Framtidsresan\n\nMålgrupp:\nUnga 16-24 år som varken arbetar eller studerar\n\nProjektnummer:\n2020/00634\nProjektägare:\nPerstorps kommun\n",
			want: map[string]any{"extra": map[string]any{}, "other_sections": []any{map[string]any{"heading": "Målgrupp:", "text": "Unga 16-24 år som varken arbetar eller studerar"}}},
		},
		{
			name: "a section's heading above the block over a sentence is a section",
			page: "2020/00634 - Framtidsresan\n\nMålgrupp:\nUnga som varken arbetar eller studerar ska få stöd att hitta vägar till arbete.\nProjektnummer:\n2020/00634\nProjektägare:\nPerstorps kommun\n",
			want: map[string]any{"extra": map[string]any{}, "other_sections": []any{map[string]any{"heading": "Målgrupp:", "text": "Unga som varken arbetar eller studerar ska få stöd att hitta vägar till arbete."}}},
		},
		{
			name: "one of the page's own headings with its text right above the block is its section",
			page: "2020/00634 - Framtidsresan\n\nSyfte:\nAtt ge unga arbete\nProjektnummer:\n2020/00634\nProjektägare:\nPerstorps kommun\n",
			want: map[string]any{"extra": map[string]any{}, "purpose": "Att ge unga arbete"},
		},
		{
			name:     "a stacked label esf does not know as the block's last entry, below a value of a shape of its own",
			page:     "Within Kompetens\n\nProjektnummer\n2015/00764\nProjektägare\nKristianstads kommun\nE-post\nkaisa.welander@kristianstad.se\nAntal kvinnor\n320\n\nSammanfattning\n\nText om projektet.\n",
			want:     map[string]any{"extra": map[string]any{"Antal kvinnor": "320"}, "summary": "Text om projektet."},
			warnings: []warning{{9, KeyParticipants, "kept in extra; it shares its words with"}},
		},
		{
			name: "a stacked label of lastLabelWords words as the block's last entry",
			page: "Within Kompetens\n\nProjektnummer\n2015/00764\nProjektägare\nKristianstads kommun\nE-post\nkaisa.welander@kristianstad.se\nAntal kvinnor totalt\n320\n\nSammanfattning\n\nText om projektet.\n",
			want: map[string]any{"extra": map[string]any{"Antal kvinnor totalt": "320"}},
		},
		{
			name:     "a stacked label of more words as the block's last entry is the text's",
			page:     "Within Kompetens\n\nProjektnummer\n2015/00764\nProjektägare\nKristianstads kommun\nE-post\nkaisa.welander@kristianstad.se\nAntal kvinnor i projektet\n320\n\nSammanfattning\n\nText om projektet.\n",
			want:     map[string]any{"extra": map[string]any{}},
			warnings: []warning{{9, KeyParticipants, "but were read as text of summary"}, {9, KeySummary, "the text may end above them"}},
		},
		{
			name:     "the text's first lines below the block's last value, no blank line between",
			page:     "Within Kompetens\n\nProjektnummer\n2015/00764\nProjektägare\nKristianstads kommun\nE-post\nkaisa.welander@kristianstad.se\nProjektet Within ger arbete\nÅt unga i kommunen\n\nFörstudien pekade på brister.\n",
			want:     map[string]any{"extra": map[string]any{}},
			warnings: []warning{{9, KeyContactEmail, "may be the value's end"}, {9, KeySummary, "may be the end of the value of contact_email"}},
		},
		{
			name: "the text's first sentence wrapped below the block's last value",
			page: "Within Kompetens\n\nProjektnummer\n2015/00764\nProjektägare\nKristianstads kommun\nE-post\nkaisa.welander@kristianstad.se\nProjektet ger\ngenom samverkan mellan kommunerna\n\nFörstudien pekade på brister.\n",
			want: map[string]any{"extra": map[string]any{}},
		},
		{
			name: "a heading's words over a sentence of more than lastValueWords words below the block's last value",
			page: "Within Kompetens\n\nProjektnummer\n2015/00764\nProjektägare\nKristianstads kommun\nE-post\nkaisa.welander@kristianstad.se\nUnga i utanförskap\nProjekt Within riktar sig till unga 16-24 år i Kristianstad\n\nFörstudien pekade på brister.\n",
			want: map[string]any{"extra": map[string]any{}},
		},
		{
			name: "a stacked label over a value of lastValueWords words as the block's last entry",
			page: "Within Kompetens\n\nProjektnummer\n2015/00764\nProjektägare\nKristianstads kommun\nE-post\nkaisa.welander@kristianstad.se\nDeltagande organisationer\nArbetsförmedlingen Region Skåne och Lunds universitet\n\nFörstudien pekade på brister.\n",
			want: map[string]any{"extra": map[string]any{"Deltagande organisationer": "Arbetsförmedlingen Region Skåne och Lunds universitet"}},
		},
		{
			name:     "two lines below an owner's value may be its wrapped end",
			page:     "Within Kompetens\n\nProjektnummer\n2015/00764\nE-post\nkaisa.welander@kristianstad.se\nProjektägare\nKristianstads kommun\nArbetsmarknadsförvaltningen\nVuxenutbildning\n\nSammanfattning\n\nText om projektet.\n",
			want:     map[string]any{"extra": map[string]any{}},
			warnings: []warning{{9, KeyOwner, "may be the value's end"}, {9, KeySummary, "may be the end of the value of owner"}},
		},
		{
			name:     "a stacked label's shape over a line of text is the text's",
			page:     "Within Kompetens\n\nProjektnummer\n2015/00764\nProjektägare\nKristianstads kommun\nE-post\nkaisa.welander@kristianstad.se\nAntal kvinnor\n320\nProjektet ger unga arbete.\n\nSammanfattning\n\nText om projektet.\n",
			want:     map[string]any{"extra": map[string]any{}},
			warnings: []warning{{9, KeyParticipants, "but were read as text of summary"}, {9, KeySummary, "the text may end above them"}},
		},
		{
			name:     "a stacked label's shape below a blank line is the text's",
			page:     "Within Kompetens\n\nProjektnummer\n2015/00764\nProjektägare\nKristianstads kommun\nE-post\nkaisa.welander@kristianstad.se\n\nAntal kvinnor\n320\n\nSammanfattning\n\nText om projektet.\n",
			want:     map[string]any{"extra": map[string]any{}},
			warnings: []warning{{10, KeyParticipants, "but were read as text of summary"}, {10, KeySummary, "the text may end above them"}},
		},
		{
			name:     "a stacked label with a slip whose last words are a label is not split",
			page:     "Within Kompetens\n\nProjektnummer\n2015/00764\nTotal projektbudget\n9 997 836 kr\nBcviljat ESF-stöd\n7 380 388 kr\nKontaktperson\nKaisa Welander\nE-post\nkaisa.welander@kristianstad.se\n",
			want:     map[string]any{"esf_support_sek": 7380388.0, "extra": map[string]any{}},
			warnings: []warning{{7, KeyESFSupport, `written "Bcviljat ESF-stöd"`}},
		},
		{
			name:     "a stacked label broken over two lines whose last words are a label is not split",
			page:     "Within Kompetens\n\nProjektnummer\n2015/00764\nTotal projektbudget\n9 997 836 kr\nBev-\niljat ESF-stöd\n7 380 388 kr\nKontaktperson\nKaisa Welander\nE-post\nkaisa.welander@kristianstad.se\n",
			want:     map[string]any{"esf_support_sek": 7380388.0, "extra": map[string]any{}},
			warnings: []warning{{7, KeyESFSupport, "broken over two lines"}},
		},
		{
			name:     "a colon page's values wrapped at a narrow width",
			page:     "Egenmakt\n\nProgramområde: Programområde 2\nÖkat arbetskraftsutbud\nProjektägare: Arbete och\nFörsörjning\nBeviljat ESF-stöd: 493 090\nkr\nTotal projektbudget: 820\n090 kr\nProjektperiod: 2009-01-15 till\n2009-10-31\nRegion: Östra\nMellansverige\n\nSammanfattning\n\nText om projektet.\n",
			want:     map[string]any{"programme_area_code": "2", "programme_area_name": "Ökat arbetskraftsutbud", "owner": "Arbete och Försörjning", "esf_support_sek": 493090.0, "total_budget_sek": 820090.0, "start_date": "2009-01-15", "end_date": "2009-10-31", "region": "Östra Mellansverige", "extra": map[string]any{}},
			warnings: []warning{},
		},
		{
			name:     "a heading's word in a small letter inside a paragraph is the text's",
			page:     "Egenmakt\n\nProjektnummer: 2015/00764\nRegion: Sydsverige\n\nTillgänglighet för personer med funktionsnedsättning\n\nDenna kunskap omfattar fysisk\ntillgänglighet, kommunikativ tillgänglighet, informativ\ntillgänglighet\nmen fokus har legat på tillgänglig verksamhet.\n",
			want:     map[string]any{"accessibility": "Denna kunskap omfattar fysisk\ntillgänglighet, kommunikativ tillgänglighet, informativ\ntillgänglighet\nmen fokus har legat på tillgänglig verksamhet."},
			warnings: []warning{},
		},
		{
			name:     "a heading in a small letter below a list's item opens its section",
			page:     "egenmakt\n\nprojektägare: arbete och försörjning\nregion: sydsverige\n\nsammanfattning\n\nprojektet ger unga:\n- kartläggning\n- coachning\nsyfte\nsyftet är att ge unga arbete.\n",
			want:     map[string]any{"purpose": "syftet är att ge unga arbete."},
			warnings: []warning{{1, KeyName, "not a project's name"}},
		},
		{
			name: "a heading's word in a small letter below a list's item of its own section is the text's",
			page: "Egenmakt\n\nProjektnummer: 2015/00764\nRegion: Sydsverige\n\nBakgrund\n\nProjektet ska:\n3. Bidra till att underlätta för personer med utländsk\nbakgrund\natt etablera sig i arbetslivet.\n",
			want: map[string]any{"background": "Projektet ska:\n3. Bidra till att underlätta för personer med utländsk\nbakgrund\natt etablera sig i arbetslivet."},
		},
		{
			name: "a pager's words in small letters inside a paragraph are the text's",
			page: "Egenmakt\n\nProjektnummer: 2015/00764\nRegion: Sydsverige\n\nBakgrund\n\nDock har denna trend vänt och under de\nförsta 6\nmånaderna 2008 har antalet ökat.\n",
			want: map[string]any{"background": "Dock har denna trend vänt och under de\nförsta 6\nmånaderna 2008 har antalet ökat."},
		},
		{
			name: "a pager's words with a mark inside a paragraph stay the site's",
			page: "Egenmakt\n\nProjektnummer: 2015/00764\nRegion: Sydsverige\n\nBakgrund\n\nDock har denna trend vänt och under de\nnästa »\nmånaderna 2008 har antalet ökat.\n",
			want: map[string]any{"background": "Dock har denna trend vänt och under de\nmånaderna 2008 har antalet ökat."},
		},
		{
			name:     "a heading's words in capitals that begin a sentence going on below are the text's",
			page:     "Egenmakt\n\nProjektnummer: 2015/00764\nRegion: Sydsverige\n\nSammanfattning\n\nFörstudien ger idéer inför kommande ansökningar.\nFörväntade resultat\nav denna förstudie kommer i en slutrapport.\n",
			want:     map[string]any{"summary": "Förstudien ger idéer inför kommande ansökningar.\nFörväntade resultat\nav denna förstudie kommer i en slutrapport.", "other_sections": []any{}},
			warnings: []warning{{9, KeyOtherSections, "was read as the first words of the sentence"}},
		},
		{
			name: "a heading of one word in capitals between lines of text, a small letter below it, opens its section",
			page: "Egenmakt\n\nProjektnummer: 2015/00764\nRegion: Sydsverige\n\nSyfte\n\nProjektet syftar till att öka sysselsättningen i kommunen.\nMålgrupp\nanställda i Perstorps kommun.\n",
			want: map[string]any{"purpose": "Projektet syftar till att öka sysselsättningen i kommunen."},
		},
		{
			name: "a heading in capitals between lines of text over \"att\" opens its section",
			page: "Egenmakt\n\nProjektnummer: 2015/00764\nRegion: Sydsverige\n\nSyfte\n\nProjektet syftar till att öka sysselsättningen i kommunen.\nFörväntade resultat\natt minst 600 anställda får utbildning.\n",
			want: map[string]any{"purpose": "Projektet syftar till att öka sysselsättningen i kommunen.", "other_sections": []any{map[string]any{"heading": "Förväntade resultat", "text": "att minst 600 anställda får utbildning."}}},
		},
		{
			name: "a heading in capitals between lines of text, a capital below it, opens its section",
			page: "Egenmakt\n\nProjektnummer: 2015/00764\nRegion: Sydsverige\n\nSammanfattning\n\nFörstudien ger idéer inför kommande ansökningar.\nSyfte\nAtt pröva nya metoder.\n",
			want: map[string]any{"summary": "Förstudien ger idéer inför kommande ansökningar.", "purpose": "Att pröva nya metoder."},
		},
		{
			name: "a heading in capitals between lines of text over a list lettered in small letters opens its section",
			page: "Egenmakt\n\nProjektnummer: 2015/00764\nRegion: Sydsverige\n\nSammanfattning\n\nFörstudien ger idéer inför kommande ansökningar.\nSyfte\na) pröva nya metoder.\n",
			want: map[string]any{"summary": "Förstudien ger idéer inför kommande ansökningar.", "purpose": "a) pröva nya metoder."},
		},
		{
			name: "a heading in capitals with its colon between lines of text, a small letter below it, opens its section",
			page: "Egenmakt\n\nProjektnummer: 2015/00764\nRegion: Sydsverige\n\nSammanfattning\n\nFörstudien ger idéer inför kommande ansökningar.\nSyfte:\natt pröva nya metoder.\n",
			want: map[string]any{"summary": "Förstudien ger idéer inför kommande ansökningar.", "purpose": "att pröva nya metoder."},
		},
		{
			name: "a heading in capitals below a blank line, a small letter below it, opens its section",
			page: "Egenmakt\n\nProjektnummer: 2015/00764\nRegion: Sydsverige\n\nSammanfattning\n\nFörstudien ger idéer inför kommande ansökningar.\n\nSyfte\natt pröva nya metoder.\n",
			want: map[string]any{"summary": "Förstudien ger idéer inför kommande ansökningar.", "purpose": "att pröva nya metoder."},
		},
		{
			name: "a heading in a small letter below a web address opens its section",
			page: "Egenmakt\n\nProjektnummer: 2015/00764\nRegion: Sydsverige\n\nsammanfattning\n\nprojektet ger unga arbete, se www.esf.se\nsyfte\nsyftet är att ge unga arbete.\n",
			want: map[string]any{"summary": "projektet ger unga arbete, se www.esf.se", "purpose": "syftet är att ge unga arbete."},
		},
		{
			name: "a heading in a small letter above a sentence's capital opens its section",
			page: "Egenmakt\n\nProjektnummer: 2015/00764\nRegion: Sydsverige\n\nsammanfattning\n\nProjektet ger unga i Trelleborg arbete genom coachning och praktik\nsyfte\nSyftet är att ge unga arbete.\nmål\nMålet är att 40 unga får arbete.\n",
			want: map[string]any{"summary": "Projektet ger unga i Trelleborg arbete genom coachning och praktik", "purpose": "Syftet är att ge unga arbete.", "goals": "Målet är att 40 unga får arbete."},
		},
		{
			name: "a heading in a small letter below a sentence's end opens its section",
			page: "Egenmakt\n\nProjektnummer: 2015/00764\nRegion: Sydsverige\n\nsammanfattning\n\nprojektet ger unga arbete.\nsyfte\nsyftet är att ge unga arbete.\n",
			want: map[string]any{"summary": "projektet ger unga arbete.", "purpose": "syftet är att ge unga arbete."},
		},
		{
			name:     "a heading in a small letter with its text on its line opens its section",
			page:     "Egenmakt\n\nProjektnummer: 2015/00764\nRegion: Sydsverige\n\nsammanfattning\n\nprojektet ger unga arbete och\nsyfte: att ge unga arbete.\nmer om det.\n",
			want:     map[string]any{"summary": "projektet ger unga arbete och", "purpose": "att ge unga arbete.\nmer om det."},
			warnings: []warning{{9, KeyPurpose, "may be a sentence of the page's text"}, {9, KeySummary, "may go on at"}},
		},
		{
			name: "a heading in a small letter with a blank line below opens its section",
			page: "Egenmakt\n\nProjektnummer: 2015/00764\nRegion: Sydsverige\n\nsammanfattning\n\nprojektet ger unga arbete och\nsyfte\n\nsyftet är att ge unga arbete.\n",
			want: map[string]any{"summary": "projektet ger unga arbete och", "purpose": "syftet är att ge unga arbete."},
		},
		{
			name: "glued label with an empty value before a glued label",
			page: "Egenmakt\n\nProjektfasFörprojektering\nTelefonnummer\nBeviljat ESF-stöd493 090 kr\nRegionSydsverige\n",
			want: map[string]any{"contact_phone": nil, "esf_support_sek": 493090.0, "region": "Sydsverige"},
		},
		{
			name: "tab rows with and without values",
			page: "X\n\nProjektnummer\t2020/00634\nTelefonnummer\t\nBeviljat ESF-stöd\t493 090 kr\nRegion   \nProjektägare:\nPerstorps kommun\n",
			want: map[string]any{"contact_phone": nil, "esf_support_sek": 493090.0, "region": nil, "owner": "Perstorps kommun"},
		},
		{
			name: "an empty colon label before the next label",
			page: "X\n\nProjektnummer:\n2020/00634\nStödmottagarens address:\nProgramområde:\n1\n",
			want: map[string]any{"address": nil, "programme_area_code": "1"},
		},
		{
			name:     "values with a colon",
			page:     "X\n\nProjektnummer:\n2020/00634\nNamn:\nDigga: Perstorps Personal\nProjektägare:\nPerstorps kommun, Avd: Arbetsmarknad\nKontaktperson:\nPeter Lindow, tel: 0435-78 10 00\n",
			want:     map[string]any{"name": "Digga: Perstorps Personal", "owner": "Perstorps kommun, Avd: Arbetsmarknad", "contact_name": "Peter Lindow", "contact_phone": "0435-78 10 00", "extra": map[string]any{}},
			warnings: []warning{{6, KeyName, `"Digga: Perstorps Personal", read as the value of name, may be a label esf does not know with its value`}, {10, KeyContactName, `"Peter Lindow, tel: 0435-78 10 00" holds more than a name`}, {10, KeyContactPhone, `"0435-78 10 00", after the contact's name, read as contact_phone`}},
		},
		{
			name: "a section's heading with its value inside the block",
			page: "X\n\nProjektnummer:\n2020/00634\nMålgrupp: Unga vuxna\nRegion:\nSydsverige\n",
			want: map[string]any{"region": "Sydsverige", "extra": map[string]any{"Målgrupp": "Unga vuxna"}, "other_sections": []any{}},
		},
		{
			name: "a section's heading in capitals over its value inside the block",
			page: "X\n\nProjektnummer:\n2020/00634\nMÅLGRUPP:\nUnga vuxna\nRegion:\nSydsverige\n",
			want: map[string]any{"region": "Sydsverige", "extra": map[string]any{"MÅLGRUPP": "Unga vuxna"}, "other_sections": []any{}},
		},
		{
			name: "a section's heading with a colon after the block",
			page: "X\n\nProjektnummer:\n2020/00634\nRegion:\nSydsverige\n\nMålgrupp:\nUnga vuxna som står långt från arbetsmarknaden.\n",
			want: map[string]any{"region": "Sydsverige", "extra": map[string]any{}, "other_sections": []any{map[string]any{"heading": "Målgrupp:", "text": "Unga vuxna som står långt från arbetsmarknaden."}}},
		},
		{
			name:     "a label esf does not know in small letters below a value",
			page:     "X\n\nProjektnummer:\n2020/00634\nProjektägare:\nKommun X\nsamverkanspart:\nRegion Y\nRegion: Sydsverige\n",
			want:     map[string]any{"owner": "Kommun X", "region": "Sydsverige", "extra": map[string]any{"samverkanspart": "Region Y"}},
			warnings: []warning{{7, KeyExtra, `"samverkanspart:", in small letters with its colon, was read as a label esf does not know`}},
		},
		{
			name:     "a label esf does not know in small letters with its value below a value",
			page:     "X\n\nProjektnummer:\n2020/00634\nProjektägare:\nKommun X\nbeslutsdatum: 2023-05-04\nRegion: Sydsverige\n",
			want:     map[string]any{"owner": "Kommun X beslutsdatum: 2023-05-04", "region": "Sydsverige"},
			warnings: []warning{{7, KeyOwner, `"beslutsdatum: 2023-05-04", read as the value of owner, begins with a label in small letters`}},
		},
		{
			name: "a long owner above a printed page's break",
			page: "X\n\nProjektnummer:\n2020/00634\nProjektägare:\n" + runes(proseLen+40, "Kommunförbundet", "Kalmar", "län,", "avdelning", "Borås") + "\nwww.esf.se/projektbanken 1 / 2\n\nUnionens medfinansieringsgrad:\n40%\nRegion:\nSydsverige\n",
			want: map[string]any{"owner": runes(proseLen+40, "Kommunförbundet", "Kalmar", "län,", "avdelning", "Borås"), "eu_cofinancing_rate_pct": 40.0, "region": "Sydsverige"},
		},
		{
			name:     "a full stop for the colon, by OCR",
			page:     "X\n\nProjektnummer:\n2020/00634\nProjektägare:\nPERSTORPS KOMMUN\nUnionens medfinansieringsgrad.\n40%\nKontaktperson. Ola Johnsson\nRegion: Sydsverige\n",
			want:     map[string]any{"owner": "PERSTORPS KOMMUN", "eu_cofinancing_rate_pct": 40.0, "contact_name": "Ola Johnsson"},
			warnings: []warning{{7, KeyCofinancingRate, `with "." for the colon`}, {9, KeyContactName, `with "." for the colon`}},
		},
		{
			name: "a short label and a full stop ending a sentence's line",
			page: "X\n\nProjektnummer:\n2020/00634\nRegion: Sydsverige\n\nProjektet drivs med Klippans och Åstorps\nkommun.\n",
			want: map[string]any{"region": "Sydsverige", "summary": "Projektet drivs med Klippans och Åstorps\nkommun."},
		},
		{
			name:     "a glued label right after a value on a glued page",
			page:     "Egenmakt\n\nProjektfasFörprojekteringProjektägareArbete och Försörjning\nRegionSydsverige\nKontaktpersonOla Johnsson\n",
			want:     map[string]any{"project_phase": "FörprojekteringProjektägareArbete och Försörjning", "owner": nil},
			warnings: []warning{{3, KeyProjectPhase, `holds the label "Projektägare"`}, {3, KeyOwner, `stands inside the value of project_phase, and owner is empty`}},
		},
		{
			name:     "a glued label with its value in small letters glued to a value, two columns read across",
			page:     "Egenmakt\n\nProgramområdeProgramområde 2 Ökat arbetskraftsutbud E-postola.johnsson@trelleborg.se\nProjektfasFörprojektering\nRegionSydsverige\n",
			want:     map[string]any{"contact_email": nil},
			warnings: []warning{{3, KeyProgrammeAreaName, `holds the label "E-post"`}, {3, KeyContactEmail, `stands inside the value of programme_area_name, and contact_email is empty`}},
		},
		{
			name:     "a label in code, its field empty",
			page:     "X\n\nProjektnummer: 2020/00634\n`Projektägare` Arbete och Försörjning\nRegion: Sydsverige\n",
			want:     map[string]any{"owner": nil},
			warnings: []warning{{4, KeyOwner, `in markup esf does not read`}, {3, KeyID, `is not a project number`}, {4, KeyID, `runs on over several lines`}},
		},
		{
			name: "a glued value in small letters that is no label's value",
			page: "Egenmakt\n\nProjektägareArbete och försörjning regionens\nProjektfasFörprojektering\nRegionSydsverige\n",
			want: map[string]any{"owner": "Arbete och försörjning regionens", "warnings": []any{}},
		},
		{
			name:     "another column's words after a gap of columnGap spaces",
			page:     "X\n\nProjektnummer:\n2020/00634\nProjektägare:\nPERSTORPS KOMMUN  Om kakor\nRegion: Sydsverige\n",
			want:     map[string]any{"owner": "PERSTORPS KOMMUN Om kakor"},
			warnings: []warning{{6, KeyOwner, `has a wide gap`}},
		},
		{
			name: "two spaces after a full stop in a value",
			page: "X\n\nProjektnummer:\n2020/00634\nProjektägare:\nPerstorps kommun, Arbetsmarknadsenh.  Vuxenutbildning\nRegion: Sydsverige\n",
			want: map[string]any{"owner": "Perstorps kommun, Arbetsmarknadsenh. Vuxenutbildning"},
		},
		{
			name: "a printout's foot of address, date and page between a glued label and its value",
			page: "Egenmakt\n\nProjektfasFörprojektering\nProjektägare\nwww.esf.se  2019-03-12  Sida 1\nArbete och Försörjning\nRegionSydsverige\n",
			want: map[string]any{"owner": "Arbete och Försörjning", "region": "Sydsverige"},
		},
		{
			name: "an address with words after it is no printout's foot",
			page: "X\n\nProjektnummer:\n2020/00634\nProjektägare:\nwww.esf.se Arbete och Försörjning\nRegion: Sydsverige\n",
			want: map[string]any{"owner": "www.esf.se Arbete och Försörjning"},
		},
		{
			name:     "a glued label with its last letter lost",
			page:     "Egenmakt\n\nProjektfasFörprojektering\nProjektägareArbete och Försörjning\nRegioSydsverige\nKontaktpersonOla Johnsson\n\nEgenmakt ger unga en väg till arbete.\n",
			want:     map[string]any{"region": nil},
			warnings: []warning{{5, KeyRegion, `"Regio" may be the label "Region" with its last letter lost`}},
		},
		{
			name:     "a value edited by hand",
			page:     "X\n\nProjektnummer:\n2020/00634\nKontaktperson:\n~~Peter Lindow~~ Anna Berg\nProjektägare:\n???\nRegion: Sydsverige\n",
			want:     map[string]any{"contact_name": "~~Peter Lindow~~ Anna Berg", "owner": nil},
			warnings: []warning{{6, KeyContactName, `a mark of an edit or a note`}, {8, KeyOwner, `says the value is missing`}},
		},
		{
			name:     "two stacked labels with no value, the second's field empty",
			page:     "Within Kompetens\n\nRegion\nSydsverige\nProjektägare\nProjektnummer\nPlanerat antal deltagare\n440\n",
			want:     map[string]any{"owner": "Projektnummer", "id": nil},
			warnings: []warning{{6, KeyOwner, `"Projektnummer", read as the value of owner, is the label of id, which has no value on the page`}},
		},
		{
			name: "an owner named like a label whose field the page fills",
			page: "Within Kompetens\n\nRegion\nSydsverige\nProjektägare\nRegion\nPlanerat antal deltagare\n440\n",
			want: map[string]any{"owner": "Region", "region": "Sydsverige"},
		},
		{
			name:     "an owner that runs on into a project's number",
			page:     "Within Kompetens\n\nRegion\nSydsverige\nProjektägare\nKristianstads kommun\n2015/00764\nProjektnummer\nPlanerat antal deltagare\n440\n",
			want:     map[string]any{"owner": "Kristianstads kommun 2015/00764"},
			warnings: []warning{{7, KeyOwner, `may belong to another field, or be another value of its own`}},
		},
		{
			name:     "two owners, each a whole organisation's name",
			page:     "Within Kompetens\n\nRegion\nSydsverige\nProjektägare\nKristianstads kommun\nHässleholms kommun\nPlanerat antal deltagare\n440\n",
			want:     map[string]any{"owner": "Kristianstads kommun Hässleholms kommun"},
			warnings: []warning{{7, KeyOwner, `may belong to another field, or be another value of its own`}},
		},
		{
			name:     "an owner that runs on from an organisation's whole name",
			page:     "Within Kompetens\n\nRegion\nSydsverige\nProjektägare\nPerstorps kommun\nNyheter och press\nPlanerat antal deltagare\n440\n",
			want:     map[string]any{"owner": "Perstorps kommun Nyheter och press"},
			warnings: []warning{{7, KeyOwner, `may belong to another field, or be another value of its own`}},
		},
		{
			name:     "an owner in capitals that runs on in small letters",
			page:     "Within Kompetens\n\nRegion\nSydsverige\nProjektägare\nKOMPETENSCENTRUM SKÅNE\nMed partners\nPlanerat antal deltagare\n440\n",
			want:     map[string]any{"owner": "KOMPETENSCENTRUM SKÅNE Med partners"},
			warnings: []warning{{7, KeyOwner, `may belong to another field, or be another value of its own`}},
		},
		{
			name: "a glued page's last field in capitals, read as the text's first line",
			page: "Logotyp på utskrifter\n\nEgenmakt\n\nProjektfasFörprojektering\nProjektägareArbete och Försörjning\nKontaktpersonOla Johnsson\nBeviljat ESF-stöd493 090 kr\nProjektperiod2009-01-15 till 2009-10-31\nREGIONSE22\nIn English\n\nSammanfattning\n\nDenna förprojektering ämnar att tillse vilka insatser som behövs.\n",
			want: map[string]any{"owner": "Arbete och Försörjning"},
			warnings: []warning{{10, KeyRegion, `"REGIONSE22" begins with the label "Region", glued to words that do not read as its value`},
				{10, KeyEndDate, "right below the value of end_date"}, {10, KeySummary, "may be the end of the value of end_date"}},
		},
		{
			name: "a programme area's code alone, its name on the line below",
			page: "Within Kompetens\n\nProgramområde\n1.1\nKompetensförsörjning\nRegion\nSydsverige\nProjektnummer\n2015/00764\n",
			want: map[string]any{"programme_area_code": "1.1", "programme_area_name": "Kompetensförsörjning", "region": "Sydsverige"},
		},
		{
			name: "a programme area's code and name on one line",
			page: "Within Kompetens\n\nProgramområde\n1.1 Kompetensförsörjning\nRegion\nSydsverige\nProjektnummer\n2015/00764\n",
			want: map[string]any{"programme_area_code": "1.1", "programme_area_name": "Kompetensförsörjning"},
		},
		{
			name: "a note's first line names the project after the word for project",
			page: "Projekt: Within Kompetens\n\nProjektnummer: 2015/00764\nProjektägare: Kristianstads kommun\n",
			want: map[string]any{"name": "Within Kompetens", "id": "2015/00764"},
		},
		{
			name:     "a first line of another word and a colon stays the title, said",
			page:     "Projektet: Within Kompetens\n\nProjektnummer: 2015/00764\nProjektägare: Kristianstads kommun\n",
			want:     map[string]any{"name": "Projektet: Within Kompetens"},
			warnings: []warning{{1, KeyName, `which reads as a label and its value, is read as the title`}},
		},
		{
			name:     "an owner's line with no comma, then a line that begins with an organisation's whole name",
			page:     "Within Kompetens\n\nRegion\nSydsverige\nProjektägare\nSocialförvaltningen\nPerstorps kommun, Arbetsmarknadsenheten\nPlanerat antal deltagare\n440\n",
			want:     map[string]any{"owner": "Socialförvaltningen Perstorps kommun, Arbetsmarknadsenheten"},
			warnings: []warning{{7, KeyOwner, `may belong to another field, or be another value of its own`}},
		},
		{
			name:     "an owner's name broken with a hyphen",
			page:     "Within Kompetens\n\nRegion\nSydsverige\nProjektägare\nKristians-\ntads kommun\nPlanerat antal deltagare\n440\n",
			want:     map[string]any{"owner": "Kristianstads kommun"},
			warnings: []warning{{6, KeyOwner, `a word broken at a line's end`}},
		},
		{
			name: "an owner's line, then one in small letters that ends as an organisation's name",
			page: "Within Kompetens\n\nRegion\nSydsverige\nProjektägare\nStiftelsen för\nutveckling i Perstorps kommun\nPlanerat antal deltagare\n440\n",
			want: map[string]any{"owner": "Stiftelsen för utveckling i Perstorps kommun"},
		},
		{
			name: "an owner wrapped after a comma, then an organisation's whole name",
			page: "Within Kompetens\n\nRegion\nSydsverige\nProjektägare\nArbetsmarknadsenheten,\nPerstorps kommun\nPlanerat antal deltagare\n440\n",
			want: map[string]any{"owner": "Arbetsmarknadsenheten, Perstorps kommun"},
		},
		{
			name: "an owner in capitals wrapped after a comma",
			page: "Within Kompetens\n\nRegion\nSydsverige\nProjektägare\nKRISTIANSTADS KOMMUN,\nARBETSMARKNADSFÖRVALTNINGEN\nPlanerat antal deltagare\n440\n",
			want: map[string]any{"owner": "KRISTIANSTADS KOMMUN, ARBETSMARKNADSFÖRVALTNINGEN"},
		},
		{
			name: "an owner wrapped, two words in capitals",
			page: "Within Kompetens\n\nRegion\nSydsverige\nProjektägare\nStiftelsen för utbildning i\nESF-frågor i Skåne\nPlanerat antal deltagare\n440\n",
			want: map[string]any{"owner": "Stiftelsen för utbildning i ESF-frågor i Skåne"},
		},
		{
			name: "a title marked as a heading in text",
			page: "## 2020/00634 - Framtidsresan ##\n\nRegion:\nSydsverige\nProjektägare:\nPerstorps kommun\n",
			want: map[string]any{"id": "2020/00634", "name": "Framtidsresan", "region": "Sydsverige"},
		},
		{
			name: "a title after an outline's stars",
			page: "** 2020/00634 - Framtidsresan\n\nRegion:\nSydsverige\nProjektägare:\nPerstorps kommun\n",
			want: map[string]any{"id": "2020/00634", "name": "Framtidsresan"},
		},
		{
			name:     "a title that begins with a dash of its own",
			page:     "-Framtidsresan\n\nRegion:\nSydsverige\nProjektägare:\nPerstorps kommun\n",
			want:     map[string]any{"name": "-Framtidsresan"},
			warnings: []warning{{1, KeyName, `a mark of an edit`}},
		},
		{
			name:     "a page in a wiki's source",
			page:     "== Framtidsresan ==\n\n{| class=\"wikitable\"\n|-\n| Projektnummer || 2020/00634\n|-\n| Region || Sydsverige\n|}\n\n== Sammanfattning ==\nText.\n",
			want:     map[string]any{"id": "2020/00634", "name": "Framtidsresan", "region": "Sydsverige", "summary": "Text."},
			warnings: []warning{{1, KeySource, `a wiki's source`}},
		},
		{
			name: "a title that is a tag, not a heading",
			page: "#Framtidsresan\n\nRegion:\nSydsverige\nProjektägare:\nPerstorps kommun\n",
			want: map[string]any{"name": "#Framtidsresan", "region": "Sydsverige"},
		},
		{
			name:     "a label esf does not know that shares its words with an empty field's",
			page:     "X\n\nProjektnummer: 2020/00634\nSpecific aim: 1.1\nRegion: Sydsverige\n",
			want:     map[string]any{"specific_objective": nil, "extra": map[string]any{"Specific aim": "1.1"}},
			warnings: []warning{{4, KeySpecificObjective, `shares its words with "Specific objective"`}},
		},
		{
			name: "a label esf does not know that shares its words with a filled field's",
			page: "X\n\nProjektnummer: 2020/00634\nSpecifikt mål: 1.1\nSpecific aim: 1.2\nRegion: Sydsverige\n",
			want: map[string]any{"specific_objective": "1.1", "extra": map[string]any{"Specific aim": "1.2"}},
		},
		{
			name:     "a heading with its text in small letters inside a paragraph",
			page:     "X\n\nProjektnummer: 2020/00634\nRegion: Sydsverige\n\nSammanfattning\nDet var en gång.\nSyfte: att stärka de anställda.\nMer text.\n",
			want:     map[string]any{"summary": "Det var en gång.", "purpose": "att stärka de anställda.\nMer text."},
			warnings: []warning{{8, KeyPurpose, `may be a sentence of the page's text`}, {8, KeySummary, `the text of summary may go on at`}},
		},
		{
			name:     "a heading with its text in capitals inside a paragraph",
			page:     "X\n\nProjektnummer: 2020/00634\nRegion: Sydsverige\n\nSammanfattning\nDet var en gång.\nSyfte: Att stärka de anställda.\n",
			want:     map[string]any{"summary": "Det var en gång.", "purpose": "Att stärka de anställda."},
			warnings: []warning{{8, KeyPurpose, `may be a sentence of the page's text`}, {8, KeySummary, `the text of summary may go on at`}},
		},
		{
			name: "headings with their text in small letters, a paragraph each",
			page: "X\n\nProjektnummer: 2020/00634\nRegion: Sydsverige\n\nSammanfattning\nDet var en gång.\n\nSyfte: att stärka de anställda.\n\nMålgrupp: anställda inom vård.\n",
			want: map[string]any{"summary": "Det var en gång.", "purpose": "att stärka de anställda."},
		},
		{
			name: "headings with their text in capitals, a paragraph each",
			page: "X\n\nProjektnummer: 2020/00634\nRegion: Sydsverige\n\nSammanfattning: Det var en gång.\n\nSyfte: Att stärka de anställda.\n",
			want: map[string]any{"summary": "Det var en gång.", "purpose": "Att stärka de anställda."},
		},
		{
			name:     "a label esf does not know before a sentence",
			page:     "X\n\nProjektnummer: 2020/00634\nRegion: Sydsverige\n\nOBS: projektet förlängdes efter beslut i styrgruppen.\nText.\n",
			want:     map[string]any{"extra": map[string]any{"OBS": "projektet förlängdes efter beslut i styrgruppen."}},
			warnings: []warning{{6, KeySummary, `reads as a sentence`}},
		},
		{
			name: "a label esf does not know before minSentenceWords-1 words in small letters",
			page: "X\n\nProjektnummer: 2020/00634\nRegion: Sydsverige\n\nOBS: projektet förlängdes efter beslut.\nText.\n",
			want: map[string]any{"extra": map[string]any{"OBS": "projektet förlängdes efter beslut."}},
		},
		{
			name: "a form's boxes below a stacked label, the first unticked",
			page: "X\n\nProjektnummer:\n2020/00634\nInsats av strategisk betydelse:\n☐ Ja ☒ Nej\nSekundärtema - Motverka barnfattigdom:\n[x] Ja [ ] Nej\nRegion:\nSydsverige\n",
			want: map[string]any{"strategic_importance": false, "secondary_theme_child_poverty": true, "region": "Sydsverige"},
		},
		{
			name: "a form's answers stacked below their labels, and on a label's line",
			page: "X\n\nProjektnummer:\n2020/00634\nRegion *\n☐ Övre Norrland\n☐ Stockholm\n☒ Sydsverige\n☐ Nationellt\n\nBerörd fond: [ ] ESF  [x] ESF+\nProjektfas\n( ) Förprojektering\n( ) Genomförande\n",
			want: map[string]any{"region": "Sydsverige", "fund": "ESF+", "project_phase": nil},
			warnings: []warning{
				{5, KeyRegion, `"Region *" read as the label "Region", with a star after it`},
				{6, KeySource, `the page is a form's answers, each after its box`},
			},
		},
		{
			name: "an owner wrapped after a comma",
			page: "Within Kompetens\n\nRegion\nSydsverige\nProjektägare\nPerstorps kommun,\nArbetsmarknadsenheten\nPlanerat antal deltagare\n440\n",
			want: map[string]any{"owner": "Perstorps kommun, Arbetsmarknadsenheten"},
		},
		{
			name:     "a known label with a word after it",
			page:     "X\n\nProjektnummer:\n2020/00634\nTotal projektbudget info: 9 997 836 kr\nRegion: Sydsverige\n",
			want:     map[string]any{"total_budget_sek": nil, "region": "Sydsverige", "extra": map[string]any{"Total projektbudget info": "9 997 836 kr"}},
			warnings: []warning{{5, KeyTotalBudget, `"Total projektbudget info" is the label "Total projektbudget" with "info" after it`}},
		},
		{
			// The label and a value whose first words end in a colon, or
			// a longer label and its value: the reading named.
			name:     "a known label with capitalised words of the writer's before a colon",
			page:     "X\n\nProjektnummer:\n2020/00634\nProjektägare Enligt Beslut: Perstorps kommun\nRegion: Sydsverige\n",
			want:     map[string]any{"owner": "Enligt Beslut: Perstorps kommun", "region": "Sydsverige"},
			warnings: []warning{{5, KeyOwner, `"Enligt Beslut" before its colon may be words of a longer label`}},
		},
		{
			name:     "a known label and a name with a colon, no colon after the label",
			page:     "X\n\nProjektnummer:\n2020/00634\nProjektnamn Digga: Perstorps Personal\nRegion: Sydsverige\n",
			want:     map[string]any{"region": "Sydsverige", "name": "Digga: Perstorps Personal"},
			warnings: []warning{{5, KeyName, `"Digga" before its colon may be words of a longer label`}},
		},
		{
			name:     "a known label and a value with a time, no colon after the label",
			page:     "X\n\nProjektnummer:\n2020/00634\nProjektägare Kl 14:00 idag\nRegion: Sydsverige\n",
			want:     map[string]any{"owner": "Kl 14:00 idag"},
			warnings: []warning{},
		},
		{
			name:     "a known label numbered",
			page:     "X\n\nProjektnummer:\n2020/00634\nKontaktperson 2: Anna Berg\nRegion: Sydsverige\n",
			want:     map[string]any{"contact_name": "2: Anna Berg", "region": "Sydsverige"},
			warnings: []warning{{5, KeyContactName, `"2: Anna Berg" begins with "2" and a colon`}},
		},
		{
			name:     "a value that begins with a word of labelEndLen runes and a colon",
			page:     "X\n\nProjektnummer:\n2020/00634\nProjektägare:\nAvd: perstorps kommun\nRegion: Sydsverige\n",
			want:     map[string]any{"owner": "Avd: perstorps kommun"},
			warnings: []warning{{6, KeyOwner, `"Avd: perstorps kommun" begins with "Avd" and a colon`}},
		},
		{
			name: "a value that begins with a word of labelEndLen+1 runes and a colon",
			page: "X\n\nProjektnummer:\n2020/00634\nProjektägare:\nAvdl: perstorps kommun\nRegion: Sydsverige\n",
			want: map[string]any{"owner": "Avdl: perstorps kommun"},
		},
		{
			name:     "a name with a colon that its title gives",
			page:     "23-038-S06 - Digga: Perstorps Personal\n\nProjektnummer:\n23-038-S06\nNamn:\nDigga: Perstorps Personal\nStödmottagarens adress:\nBeslutsdatum: 2023-05-04\nRegion: Sydsverige\n",
			want:     map[string]any{"name": "Digga: Perstorps Personal", "address": "Beslutsdatum: 2023-05-04", "region": "Sydsverige", "extra": map[string]any{}},
			warnings: []warning{{8, KeyAddress, `"Beslutsdatum: 2023-05-04", read as the value of address, may be a label esf does not know with its value`}},
		},
		{
			name: "prose that begins with a label word, right after the block",
			page: "X\n\nProjektnummer:\n2020/00634\nInterventionstyp:\n117\nRegion Västmanland har länge arbetat med frågor om kompetens och arbetsmarknad i hela länet.\n\nRegionförbundet deltar.\n",
			want: map[string]any{"intervention_type": "117", "region": nil, "extra": map[string]any{}, "summary": "Region Västmanland har länge arbetat med frågor om kompetens och arbetsmarknad i hela länet.\n\nRegionförbundet deltar."},
		},
		{
			name: "an empty last value before the text",
			page: "X\n\nProjektnummer:\n2020/00634\nKontaktperson:\nPerstorps kommun har under lång tid kännetecknats av hög arbetslöshet, låg utbildningsnivå och låg sysselsättning bland unga vuxna.\n",
			want: map[string]any{"contact_name": nil, "summary": "Perstorps kommun har under lång tid kännetecknats av hög arbetslöshet, låg utbildningsnivå och låg sysselsättning bland unga vuxna."},
		},
		{
			name: "a cookie notice is never text",
			page: "X\n\nProjektnummer:\n2020/00634\n\nText.\n\nVi använder kakor för att webbplatsen ska fungera.\n",
			want: map[string]any{"summary": "Text."},
		},
		{
			name: "glued lower-case name and a +46 number",
			page: "Egenmakt\n\nProjektfasFörprojektering\nKontaktpersonstefan Johansson\nTelefonnummer+46703626349\nRegionSydsverige\n",
			want: map[string]any{"contact_name": "stefan Johansson", "contact_phone": "+46703626349"},
		},
		{
			name:     "an invalid start date, then a valid period",
			page:     "X\n\nProjektnummer:\n2020/00634\nStartdatum:\n2026-13-45\nProjektperiod:\n2021-02-01 - 2021-10-31\n",
			want:     map[string]any{"start_date": "2021-02-01", "end_date": "2021-10-31"},
			warnings: []warning{{6, KeyStartDate, `"2026-13-45" is not a date; the value on line 8 is used`}},
		},
		{
			name:     "a region kept as written gives way to one that reads",
			page:     "X\n\nProjektnummer:\n2020/00634\nRegion:\nSkåneland\nESF-region:\nSydsverige\n",
			want:     map[string]any{"region": "Sydsverige", "nuts2": "SE22"},
			warnings: []warning{{6, KeyRegion, `"Skåneland" is not an ESF region; the value on line 8 is used`}},
		},
		{
			name:     "two values that read and differ: the first is kept",
			page:     "X\n\nProjektnummer:\n2020/00634\nDiarienummer:\n2020/00999\n",
			want:     map[string]any{"id": "2020/00634"},
			warnings: []warning{{6, KeyID, `the first value, "2020/00634" on line 4, is kept`}},
		},
		{
			name:     "an invalid repeat of a value that reads",
			page:     "X\n\nProjektnummer:\n2020/00634\nStartdatum:\n2019-02-01\nStartdatum:\nsnart\n",
			want:     map[string]any{"start_date": "2019-02-01"},
			warnings: []warning{{8, KeyStartDate, `"snart" is not a date; the value on line 6 is kept`}},
		},
		{
			name: "English thousands",
			page: "X\n\nProjektnummer:\n2020/00634\nTotal projektbudget:\n400,000\nBeviljat ESF-stöd:\n1,234,567 kr\n",
			want: map[string]any{"total_budget_sek": 400000.0, "esf_support_sek": 1234567.0},
		},
		{
			name:     "a rate that may be a fraction",
			page:     "X\n\nProjektnummer:\n2020/00634\nUnionens medfinansieringsgrad:\n0,4\n",
			want:     map[string]any{"eu_cofinancing_rate_pct": nil},
			warnings: []warning{{6, KeyCofinancingRate, "may be a fraction"}},
		},
		{
			name: "publisher conventions",
			page: "X\n\nDiarienummer:\n23-038-S06\nProgramområde:\nReact-EU\nRegion:\nESF Nationellt\nNUTS-2 kod:\nSE0\n",
			want: map[string]any{"programme_area_code": "React-EU", "region": "Nationellt", "nuts2": "SE0", "warnings": []any{}},
		},
		{
			name: "a list after a colon label, across blank lines",
			page: "X\n\nProjektnummer:\n2020/00634\nKommun:\n\n• Arboga\n\n• Askersund\n\nRegion:\nSydsverige\n",
			want: map[string]any{"municipalities": []any{"Arboga", "Askersund"}, "region": "Sydsverige"},
		},
		{
			name:     "a loose line inside the block is kept in extra",
			page:     "X\n\nProjektnummer:\n2020/00634\nBeviljat ESF-stöd:\n100 000 kr\nnågot annat\nRegion:\nSydsverige\n",
			want:     map[string]any{"extra": map[string]any{"något annat": nil}, "region": "Sydsverige"},
			warnings: []warning{{7, KeyExtra, "neither a label nor a value"}},
		},
		{
			name: "a stacked unknown label with its value",
			page: "X\n\nProjektnummer\n2020/00634\nStödform\nProjektstöd\nRegion\nSydsverige\n",
			want: map[string]any{"extra": map[string]any{"Stödform": "Projektstöd"}, "region": "Sydsverige"},
		},
		{
			name: "a two-line value",
			page: "X\n\nProjektnummer:\n2020/00634\nProjektägare:\nPerstorps kommun,\nArbetsmarknadsenheten\nRegion:\nSydsverige\n",
			want: map[string]any{"owner": "Perstorps kommun, Arbetsmarknadsenheten"},
		},
		{
			name:     "a stray no-break space byte",
			page:     "X\n\nProjektnummer:\n2020/00634\nProjektägare:\nPerstorps\xa0kommun\n",
			want:     map[string]any{"owner": "Perstorps kommun"},
			warnings: []warning{{6, KeyOwner, "not UTF-8"}},
		},
		{
			name: "an unknown heading first in a glued body is a section",
			page: "Egenmakt\n\nProjektfasFörprojektering\nRegionSydsverige\n\nOm projektet\n\nText om projektet.\n\nBakgrund\n\nMer text.\n",
			want: map[string]any{"other_sections": []any{map[string]any{"heading": "Om projektet", "text": "Text om projektet."}}, "background": "Mer text.", "summary": nil},
		},
		{
			name: "a first text line that is no heading is the summary",
			page: "Egenmakt\n\nProjektfasFörprojektering\nRegionSydsverige\n\nDenna förprojektering ämnar att tillse vilka insatser som behövs.\n",
			want: map[string]any{"other_sections": []any{}, "summary": "Denna förprojektering ämnar att tillse vilka insatser som behövs."},
		},
		{
			name: "a page's text above its facts is read as its sections",
			page: "Egenmakt\n\nSammanfattning\n\nText om projektet.\n\nBakgrund\n\nMer text.\n\nProjektfasFörprojektering\nRegionSydsverige\n",
			want: map[string]any{"name": "Egenmakt", "summary": "Text om projektet.", "background": "Mer text.", "region": "Sydsverige", "warnings": []any{}},
		},
		{
			name:     "a shortened label the reader does not know, right above facts below the text",
			page:     "Within\n\nSammanfattning\n\nText om projektet.\n\nProg.\n\n1.1 Kompetensförsörjning\n\nRegion\n\nSydsverige\n\nProjektnummer\n\n2015/00764\n\nProjektägare\n\nKristianstads kommun\n",
			want:     map[string]any{"name": "Within", "region": "Sydsverige", "programme_area_code": nil},
			warnings: []warning{{7, KeyExtra, `"Prog." may be`}},
		},
		{
			name:     "a shortened label two lines above the block is named, three lines above is text",
			page:     "Within\n\nSammanfattning\n\nText om projektet.\n\nProg.\nMer text.\nÄnnu mer text.\n\nRegion\n\nSydsverige\n\nProjektnummer\n\n2015/00764\n\nProjektägare\n\nKristianstads kommun\n",
			want:     map[string]any{"name": "Within", "region": "Sydsverige"},
			warnings: []warning{},
		},
		{
			name:     "a stacked label that shortens an empty field's label is named",
			page:     "Within\n\nProjektnummer\n2015/00764\nÄgare\nKristianstads kommun\nRegion\nSydsverige\n",
			want:     map[string]any{"owner": nil, "extra": map[string]any{"Ägare": "Kristianstads kommun"}},
			warnings: []warning{{5, KeyOwner, `"Ägare" was read as a label esf does not know, kept in extra; it may shorten "Projektägare"`}},
		},
		{
			name:     "a label spelt another way with a note in brackets before its colon",
			page:     "X\n\nDiarienummer:\n23-038-S06\nOrgnr (ägare):\n2120000910\nRegion:\nSydsverige\n",
			want:     map[string]any{"owner_org_number": "212000-0910", "extra": map[string]any{}},
			warnings: []warning{{5, KeyOwnerOrgNumber, `with "(ägare)" after it`}},
		},
		{
			name:     "an unknown label with a note in brackets is a label",
			page:     "X\n\nDiarienummer:\n23-038-S06\nBeslutsdatum (styrelse): 2023-11-20\nRegion:\nSydsverige\n",
			want:     map[string]any{"extra": map[string]any{"Beslutsdatum (styrelse)": "2023-11-20"}},
			warnings: []warning{},
		},
		{
			name:     "a label and a value esf cannot read, run on into the value above, names its field",
			page:     "X\n\nDiarienummer 23-038-S06\nNamn Digga Perstorps Personal\nStartdatum den första mars 2024\nSlutdatum den trettioförsta december 2026\nLand som berörs Sverige\n",
			want:     map[string]any{"start_date": nil, "end_date": nil},
			warnings: []warning{{5, KeyName, "runs on"}, {5, KeyStartDate, "begins with the label of start_date"}, {6, KeyEndDate, "begins with the label of end_date"}},
		},
		{
			name:     "numbers dictated with their marks as words",
			page:     "X\n\nProjektnummer: 2015 snedstreck 00764\nProgramområde: 1 punkt 1 Kompetensförsörjning\n",
			want:     map[string]any{"id": "2015/00764", "programme_area_code": "1.1", "programme_area_name": "Kompetensförsörjning"},
			warnings: []warning{{3, KeyID, "spoken as words"}, {4, KeyProgrammeAreaCode, "spoken as words"}},
		},
		{
			name:     "a text's first sentence that reads as a section's heading, where the page has no summary",
			page:     "X\n\nProjektnummer: 2020/00634\nRegion: Sydsverige\n\nResultat: en slutrapport lämnas vid projektets slut.\nPerstorp är Skånes minsta kommun.\n",
			want:     map[string]any{"summary": nil},
			warnings: []warning{{6, KeySummary, "may be the first sentence of the page's text"}},
		},
		{
			name: "a section's heading with its text in capitals is no sentence",
			page: "X\n\nProjektnummer: 2020/00634\nRegion: Sydsverige\n\nResultat: En slutrapport lämnas vid projektets slut.\nPerstorp är Skånes minsta kommun.\n",
			want: map[string]any{"summary": nil},
		},
		{
			name:     "a heading right at the top is no title below it",
			page:     "Sammanfattning\n\nText om projektet.\n\nProjektfasFörprojektering\nRegionSydsverige\n",
			want:     map[string]any{"name": nil, "summary": "Text om projektet.", "region": "Sydsverige"},
			warnings: []warning{{5, KeyName, `the page names no project: no title stands above its field block, and no label gives the name`}},
		},
		{
			name:     "a bulleted line above the block is no title",
			page:     "Egenmakt\n\n• Trelleborg\n\nProjektfasFörprojektering\nRegionSydsverige\n",
			want:     map[string]any{"name": "Egenmakt"},
			warnings: []warning{{3, KeySummary, "is in no field"}},
		},
		{
			name: "an unknown label above the block with its value below it",
			page: "Egenmakt\n\nStödform:\nProjektstöd\n\nProjektnummer:\n2020/00634\nRegion:\nSydsverige\n",
			want: map[string]any{"name": "Egenmakt", "extra": map[string]any{"Stödform": "Projektstöd"}},
		},
		{
			name:     "an unknown label above the block with a blank line below it",
			page:     "Egenmakt\n\nStödform:\n\nProjektstöd\n\nProjektnummer:\n2020/00634\nRegion:\nSydsverige\n",
			want:     map[string]any{"name": "Projektstöd", "extra": map[string]any{}},
			warnings: []warning{{5, KeyName, `"Egenmakt", on line 1 above it, may be the title instead`}},
		},
		{
			name: "the title's id agrees with the page",
			page: "2020/00634 - Framtidsresan\n\nProjektnummer:\n2020/00634\n",
			want: map[string]any{"id": "2020/00634", "name": "Framtidsresan", "warnings": []any{}},
		},
		{
			name:     "the title's id does not agree",
			page:     "2020/00999 - Framtidsresan\n\nProjektnummer:\n2020/00634\n",
			want:     map[string]any{"id": "2020/00634"},
			warnings: []warning{{1, KeyID, `the title gives id "2020/00999"`}},
		},
		{
			name:     "an empty name field beside the title's name",
			page:     "2020/00634 - Framtidsresan\n\nProjektnummer:\n2020/00634\nNamn:\nRegion:\nSydsverige\n",
			want:     map[string]any{"name": "Framtidsresan", "region": "Sydsverige"},
			warnings: []warning{{5, KeyName, `Namn has no value; name "Framtidsresan" is taken from line 1`}},
		},
		{
			name:     "an empty id field beside the title's id",
			page:     "2020/00634 - Framtidsresan\n\nProjektnummer:\nNamn:\nFramtidsresan\n",
			want:     map[string]any{"id": "2020/00634", "name": "Framtidsresan"},
			warnings: []warning{{3, KeyID, `Projektnummer has no value; id "2020/00634" is taken from line 1`}},
		},
		{
			name:     "an empty fund field where the period implies one",
			page:     "Framtidsresan\n\nProjektnummer:\n23-038-S06\nBerörd fond:\nProgram CCI:\n2021SE05SFPR001\n",
			want:     map[string]any{"fund": "ESF+"},
			warnings: []warning{{5, KeyFund, `Berörd fond has no value; fund "ESF+" is implied by the other fields`}},
		},
		{
			name:     "an owner named like a label, between blank lines",
			page:     "X\n\nProjektägare\n\nRegion\n\nProjektnummer\n\n2015/00764\n",
			want:     map[string]any{"owner": nil, "region": nil, "id": "2015/00764"},
			warnings: []warning{{5, KeyOwner, `"Region", read as a label with no value, stands below Projektägare, which has none either: it may be the value of owner`}},
		},
		{
			name: "a label with no value above one with its value",
			page: "X\n\nProjektägare\n\nRegion\n\nSydsverige\n\nProjektnummer\n\n2015/00764\n",
			want: map[string]any{"owner": nil, "region": "Sydsverige", "warnings": []any{}},
		},
		{
			name:     "a value's wrapped end standing like a heading",
			page:     "X\n\nProjektnummer\n2015/00764\nProgramområde\n1.1\nKompetensförsörjning\n\nSammanfattning\n\nText.\n",
			want:     map[string]any{"programme_area_code": "1.1"},
			warnings: []warning{{7, KeyProgrammeAreaCode, `"Kompetensförsörjning" stands right below the value of programme_area_code`}},
		},
		{
			name: "a heading below a blank line after the block",
			page: "X\n\nProjektnummer\n2015/00764\nProgramområde\n1.1\n\nKompetensförsörjning\n\nText.\n",
			want: map[string]any{"programme_area_code": "1.1", "other_sections": []any{map[string]any{"heading": "Kompetensförsörjning", "text": "Text."}}, "warnings": []any{}},
		},
		{
			name:     "a longer label misspelt after a shorter one, with a colon",
			page:     "X\n\nProjektnummer:\n2020/00634\nProjektägare 0rganisationsnummer: 2120000910\nProjektägare:\nPERSTORPS KOMMUN\n",
			want:     map[string]any{"owner": "PERSTORPS KOMMUN", "owner_org_number": "212000-0910"},
			warnings: []warning{{5, KeyOwnerOrgNumber, `read as the label "Projektägare organisationsnummer"`}},
		},
		{
			name:     "the same in English",
			page:     "X\n\nDiary number:\n2020/00634\nProject owner 0rganisation number: 2120000910\nProject owner:\nPERSTORPS KOMMUN\n",
			want:     map[string]any{"owner": "PERSTORPS KOMMUN", "owner_org_number": "212000-0910"},
			warnings: []warning{{5, KeyOwnerOrgNumber, `read as the label`}},
		},
		{
			name:     "a spaced value with a colon in it is no longer label",
			page:     "X\n\nProjektnummer:\n2020/00634\nKontaktperson Peter Lindow, tel: 0435-78 10 00\n",
			want:     map[string]any{"contact_name": "Peter Lindow", "contact_phone": "0435-78 10 00"},
			warnings: []warning{{5, KeyContactName, `"Peter Lindow, tel: 0435-78 10 00" holds more than a name`}, {5, KeyContactPhone, `"0435-78 10 00", after the contact's name, read as contact_phone`}},
		},
		{
			name:     "an owner named like a label given earlier",
			page:     "X\n\nRegion\n\nSydsverige\n\nProjektägare\n\nRegion\n\nProjektnummer\n\n2015/00764\n",
			want:     map[string]any{"owner": nil, "region": "Sydsverige"},
			warnings: []warning{{9, KeyOwner, `"Region", read as a label with no value, stands below Projektägare`}},
		},
		{
			name:     "a value ending with a comma above a label",
			page:     "X\n\nProjektnummer:\n2020/00634\nKontaktperson:\nPeter Lindow,\ntel: 0435-78 10 00\nRegion:\nSydsverige\n",
			want:     map[string]any{"contact_phone": "0435-78 10 00"},
			warnings: []warning{{6, KeyContactName, `the value of contact_name ends with a comma, and the next line, "tel: 0435-78 10 00"`}},
		},
		{
			name:     "a value ending with a comma on its label's line",
			page:     "X\n\nProjektnummer:\n2020/00634\nKontaktperson: Peter Lindow,\ntel: 0435-78 10 00\n",
			want:     map[string]any{"contact_phone": "0435-78 10 00"},
			warnings: []warning{{5, KeyContactName, `the value of contact_name ends with a comma`}},
		},
		{
			name: "a value ending with a comma above a line of its own",
			page: "X\n\nProjektnummer:\n2020/00634\nProjektägare:\nPerstorps kommun,\nArbetsmarknadsenheten\nRegion:\nSydsverige\n",
			want: map[string]any{"owner": "Perstorps kommun, Arbetsmarknadsenheten", "warnings": []any{}},
		},
		{
			name: "an empty name field above a label esf does not know",
			page: "2020/00634 - Framtidsresan\n\nProjektnummer:\n2020/00634\nNamn:\nFramtidsresan:\nen förstudie\n",
			want: map[string]any{"name": "Framtidsresan", "extra": map[string]any{"Framtidsresan": "en förstudie"}},
			warnings: []warning{
				{5, KeyName, `Namn has no value; name "Framtidsresan" is taken from line 1`},
				{6, KeyName, `"Framtidsresan:", read as a label esf does not know, stands right below Namn`},
			},
		},
		{
			name:     "a glued period written in words",
			page:     "Egenmakt\n\nProjektnummer2015/00764\nProjektperiodfrån 2009-01-15 till 2009-10-31\nStartdatumden 1 maj 2009\nRegionSydsverige\n",
			want:     map[string]any{"start_date": "2009-01-15", "end_date": "2009-10-31", "region": "Sydsverige", "extra": map[string]any{}},
			warnings: []warning{{5, KeyStartDate, `start_date is given again`}},
		},
		{
			name:     "a word that only begins with a label on a glued page",
			page:     "Egenmakt\n\nProjektnummer2015/00764\nRegionförbundet i Kalmar län\nRegionSydsverige\n",
			want:     map[string]any{"region": "Sydsverige"},
			warnings: []warning{{3, KeyID, "is not a project number"}, {4, KeyID, `"Regionförbundet i Kalmar län" may belong to another field`}},
		},
		{
			name:     "a stacked label wrapped at a space over blank lines",
			page:     "X\n\nProjektnummer\n\n2015/00764\n\nTotal\n\n\nproject budget\n\n9 997 836 kr\n\nRegion\n\nSydsverige\n",
			want:     map[string]any{"total_budget_sek": 9997836, "extra": map[string]any{}, "region": "Sydsverige"},
			warnings: []warning{{7, KeyTotalBudget, "broken over two lines"}},
		},
		{
			name: "two words over three blank lines stay apart",
			page: "X\n\nProjektnummer\n\n2015/00764\n\nTotal\n\n\n\nproject budget\n\n9 997 836 kr\n\nRegion\n\nSydsverige\n",
			want: map[string]any{"total_budget_sek": nil, "region": "Sydsverige"},
			warnings: []warning{{7, KeyTotalBudget, `"Total" was read as a label esf does not know, kept in extra; it may shorten "Totalbudget"`}, {13, KeyExtra, `kept in extra as "9 997 836 kr"`},
				{13, KeyESFSupport, `holds an amount in kronor, and the record has no esf_support_sek`}, {13, KeyTotalBudget, `holds an amount in kronor, and the record has no total_budget_sek`}},
		},
		{
			name:     "a value's second line read as the text after the block",
			page:     "X\n\nProjektnummer:\n2020/00634\nStödmottagarens adress:\nBox 1\n284 85 Perstorp\n\nSammanfattning\n\nText om projektet.\n",
			want:     map[string]any{"address": "Box 1"},
			warnings: []warning{{7, KeyAddress, `"284 85 Perstorp", right below the value of address, was read as the text of summary`}, {7, KeySummary, `the text of summary begins with "284 85 Perstorp", which may be the end of the value of address above it`}},
		},
		{
			name: "prose right below the block's last value",
			page: "X\n\nProjektnummer:\n2020/00634\nRegion:\nSydsverige\nPerstorps kommun har under lång tid kännetecknats av hög arbetslöshet, låg utbildningsnivå och låg sysselsättningsgrad.\n",
			want: map[string]any{"region": "Sydsverige", "warnings": []any{}},
		},
		{
			name:     "a label word in small letters below a value, with no value of its own",
			page:     "X\n\nProjektnummer:\n2015/00764\nProjektägare: Kristianstads\n\nkommun\n\nRegion:\nSydsverige\n",
			want:     map[string]any{"owner": "Kristianstads", "municipalities": []any{}},
			warnings: []warning{{7, KeyOwner, `"kommun", read as the label of municipalities with no value, stands below the value of owner`}},
		},
		{
			name: "a label written as the table writes it below a value, with no value of its own",
			page: "X\n\nProjektnummer:\n2015/00764\nProjektägare: Kristianstads kommun\n\nKommun\n\nRegion:\nSydsverige\n",
			want: map[string]any{"owner": "Kristianstads kommun", "warnings": []any{}},
		},
		{
			name:     "a stacked label with a slip is read, and named",
			page:     "X\n\nProjektnummer\n2015/00764\nPrrojektägare\nKristianstads kommun\nRegion\nSydsverige\n",
			want:     map[string]any{"owner": "Kristianstads kommun", "extra": map[string]any{}},
			warnings: []warning{{5, KeyOwner, `"Prrojektägare" read as the label "Projektägare", written "Prrojektägare"`}},
		},
		{
			name:     "a stacked label with a slip below a label with no value",
			page:     "X\n\nProjektnamn: Test\nProjektägare\nPrrojektnummer\n2015/00764\nKontaktperson: Ola\n",
			want:     map[string]any{"owner": nil, "id": "2015/00764"},
			warnings: []warning{{5, KeyID, `"Prrojektnummer" read as the label "Projektnummer", written "Prrojektnummer"`}},
		},
		{
			name:     "a stacked label with a slip below a list's label",
			page:     "X\n\nProjektnamn: Test\nProjektägare\nKristianstads\nkommun\nUtlysinng\n2015/00538\nKontaktperson: Ola\n",
			want:     map[string]any{"owner": "Kristianstads kommun", "municipalities": []any{}, "call_id": "2015/00538"},
			warnings: []warning{{7, KeyCallID, `"Utlysinng" read as the label "Utlysning", written "Utlysinng"`}},
		},
		{
			name: "a value like a label stays a value",
			page: "X\n\nProjektnummer\n2015/00764\nProjektägare\nProjektledare\nRegion\nSydsverige\n",
			want: map[string]any{"owner": "Projektledare", "warnings": []any{}},
		},
		{
			name: "a glued label with a slip is named",
			page: "Egenmakt\n\nProjektnummer2015/00764\nProjektägareArbete och Försörjning\nReionSydsverige\n\nText om projektet.\n",
			want: map[string]any{"region": nil},
			warnings: []warning{
				{5, KeyRegion, `"Reion" is no label esf knows, and the line was read as a section's text; it is a slip from "Region"`},
				{5, KeyOwner, `"ReionSydsverige" stands right below the value of owner and was read as a heading`},
			},
		},
		{
			name: "two glued labels with a slip at the glued block's end are named, each",
			page: "Egenmakt\n\nProjektnummer2015/00764\nProjektägareArbete och Försörjning\nTotal projektbudget820 090 kr\nProjektpriod2009-01-15 till 2009-10-31\nRegjonSydsverige\n\nSammanfattning\n\nText om projektet.\n",
			want: map[string]any{"region": nil, "start_date": nil},
			warnings: []warning{
				{6, KeyStartDate, `"Projektpriod" is no label esf knows`},
				{6, KeyEndDate, `"Projektpriod" is no label esf knows`},
				{6, KeyTotalBudget, "may be the value's end"},
				{6, KeySummary, "may be the end of the value of total_budget_sek"},
				{7, KeyRegion, `"Regjon" is no label esf knows, and the line was read as text of summary; it is a slip from "Region"`},
			},
		},
		{
			name: "a glued line below the text's first line in another paragraph is the text's",
			page: "Egenmakt\n\nProjektnummer2015/00764\nProjektägareArbete och Försörjning\n\nText om projektet.\n\nReionSydsverige\n",
			want: map[string]any{"region": nil},
		},
		{
			name:     "a label with a slip that makes an rn",
			page:     "X\n\nDiarienummer:\n23-038-S06\nUnionens medfinansierngsgrad: 50%\n",
			want:     map[string]any{"eu_cofinancing_rate_pct": 50},
			warnings: []warning{{5, KeyCofinancingRate, `read as the label "Unionens medfinansieringsgrad"`}},
		},
		{
			name:     "a sheet's label cell with a slip",
			page:     "X\n\nDiarienummer:\n23-038-S06\nKontaktpeerson\tOla Johnsson\n",
			want:     map[string]any{"contact_name": "Ola Johnsson"},
			warnings: []warning{{5, KeyContactName, `read as the label "Kontaktperson"`}},
		},
		{
			name:     "a glued label with a slip before a name in small letters",
			page:     "Egenmakt\n\nProjektnummer2015/00764\nProjektägareArbete\nKontaktperosnola johnsson\nRegionSydsverige\n",
			warnings: []warning{{5, KeyContactName, `read as the label "Kontakt" glued to "perosnola johnsson"; it may be "Kontaktperson" misspelt`}},
		},
		{
			name: "a short glued label before a name in small letters",
			page: "Egenmakt\n\nProjektnummer2015/00764\nProjektägareArbete\nKontaktola johnsson\nRegionSydsverige\n",
			want: map[string]any{"contact_name": "ola johnsson", "warnings": []any{}},
		},
		{
			name:     "a glued label with a slip begins a line of the owner",
			page:     "Egenmakt\n\nProjektnummer2015/00764\nProjektägareArbete och Försörjning\nKontktpersonola johnsson\nRegionSydsverige\n",
			warnings: []warning{{5, KeyOwner, `"Kontktpersonola johnsson", read as a line of the value of owner, begins like the label "Kontaktperson" misspelt`}},
		},
		{
			name: "a part of the text named like a phase",
			page: "X\n\nProjektnummer:\n2020/00634\nProjektägare:\nPerstorps kommun\n\nFas 1: Kartläggning av behoven.\n\nText om projektet.\n",
			want: map[string]any{"project_phase": nil},
		},
		{
			name: "an owner wrapped below a blank line, in a page with blank lines",
			page: "X\n\nProjektnummer:\n\n2020/00634\n\nProjektägare:\n\nPerstorps kommun, Arbetsmarknadsenheten och Individ- och\nfamiljeomsorgens enhet för vuxna\n\nNamn:\n\nFramtidsresan\n",
			want: map[string]any{"owner": "Perstorps kommun, Arbetsmarknadsenheten och Individ- och familjeomsorgens enhet för vuxna", "name": "Framtidsresan"},
		},
		{
			name:     "a period's label misspelt beside the period given again",
			page:     "X\n\nProjektnummer:\n2020/00634\nProjektperioden:\n2021-01-01 - 2021-12-31\nProjektperiod:\n2021-02-01 - 2021-10-31\n",
			want:     map[string]any{"start_date": "2021-01-01"},
			warnings: []warning{{5, KeyStartDate, `read as the label "Projektperiod"`}, {8, KeyStartDate, "given again"}, {8, KeyEndDate, "given again"}},
		},
		{
			name: "an owner wrapped onto words of a label on a glued page",
			page: "Egenmakt\n\nProjektnummer2015/00764\nProjektägareRegion Skåne och samtliga\nkommunerna i Skåne\nRegionSydsverige\n",
			want: map[string]any{"owner": "Region Skåne och samtliga kommunerna i Skåne", "warnings": []any{}},
		},
		{
			name: "a heading right below a typed value",
			page: "X\n\nProjektnummer:\n2020/00634\nInterventionstyp:\n117\nProjektbeskrivning\nPerstorps kommun har under lång tid kännetecknats av hög arbetslöshet, låg utbildningsnivå och låg sysselsättningsgrad.\n",
			want: map[string]any{"intervention_type": "117", "warnings": []any{}},
		},
		{
			name:     "a short label with a slip inside the word above the block",
			page:     "E-pot\nkaisa.welander@kristianstad.se\nProjektnummer\n2015/00764\nRegion\nSydsverige\n",
			want:     map[string]any{"contact_email": "kaisa.welander@kristianstad.se", "name": nil},
			warnings: []warning{{1, KeyName, `the page names no project: no title stands above its field block, and no label gives the name`}, {1, KeyContactEmail, `"E-pot" read as the label "E-post", written "E-pot"`}},
		},
		{
			name: "a label misspelt at the block's end, read as a label esf does not know",
			page: "Within Kompetens\n\nProjektnummer\n2015/00764\nRegion\nSydsverige\nE-ail\nkaisa.welander@kristianstad.se\n\nSummary\n\nText.\n",
			want: map[string]any{"extra": map[string]any{"E-ail": "kaisa.welander@kristianstad.se"}, "summary": "Text."},
			warnings: []warning{
				{7, KeyExtra, `"E-ail" is no label esf knows, and the line was read as an unknown label kept in extra; it is a slip from "Call" or "E-mail"`},
				{8, KeyContactEmail, `read as the value of extra, holds the e-mail address "kaisa.welander@kristianstad.se", and the record has no contact_email`},
			},
		},
		{
			name: "a short line later in the text is not held to the labels",
			page: "Within Kompetens\n\nProjektnummer\n2015/00764\nRegion\nSydsverige\n\nSummary\n\nText.\nE-ail\n",
			want: map[string]any{"warnings": []any{}},
		},
		{
			name: "a heading with its text on its line",
			page: "X\n\nProjektnummer:\n2020/00634\nRegion:\nSydsverige\n\nSammanfattning: Perstorps kommun har under lång tid kännetecknats av hög arbetslöshet.\n\nFörstudien är förankrad.\n\nSyfte: Att minska arbetslösheten.\n",
			want: map[string]any{
				"summary": "Perstorps kommun har under lång tid kännetecknats av hög arbetslöshet.\n\nFörstudien är förankrad.",
				"purpose": "Att minska arbetslösheten.", "extra": map[string]any{}, "warnings": []any{},
			},
		},
		{
			name: "a label esf does not know with its value is no heading",
			page: "X\n\nProjektnummer:\n2020/00634\nStödform: Projektstöd\nRegion:\nSydsverige\n",
			want: map[string]any{"extra": map[string]any{"Stödform": "Projektstöd"}, "summary": nil},
		},
		{
			name: "two fields side by side, as a page printed in columns",
			page: "X\n\nProjektnummer: 2020/00634\nProjektägare: Perstorps kommun    Region: Sydsverige\nStartdatum: 2016-01-01  Slutdatum: 2018-12-31\n",
			want: map[string]any{"owner": "Perstorps kommun", "region": "Sydsverige", "start_date": "2016-01-01", "end_date": "2018-12-31", "warnings": []any{}},
		},
		{
			name: "three fields side by side, a tab between them",
			page: "X\n\nProjektnummer: 2020/00634\nKontaktperson: Ola\tE-post: ola@x.se\tTelefonnummer: 0410-733094\n",
			want: map[string]any{"contact_name": "Ola", "contact_email": "ola@x.se", "contact_phone": "0410-733094", "warnings": []any{}},
		},
		{
			name: "a sheet's row of two fields copied with tabs",
			page: "X\n\nProjektnummer\t2020/00634\nNamn\tFramtidsresan\tRegion\tSydsverige\n",
			want: map[string]any{"name": "Framtidsresan", "region": "Sydsverige", "warnings": []any{}},
		},
		{
			name: "one space before a label word is the value's",
			page: "X\n\nProjektnummer: 2020/00634\nProjektägare: Arbete och Region Skåne: Malmö\nRegion: Sydsverige\n",
			want: map[string]any{"owner": "Arbete och Region Skåne: Malmö", "region": "Sydsverige"},
		},
		{
			name: "a label in small letters after a gap",
			page: "X\n\nProjektnummer: 2020/00634\nProjektägare: Perstorps kommun  region: Sydsverige\n",
			want: map[string]any{"owner": "Perstorps kommun", "region": "Sydsverige", "warnings": []any{}},
		},
		{
			name: "a gap in a text line is the text's",
			page: "X\n\nProjektnummer: 2020/00634\nRegion: Sydsverige\n\nSammanfattning\n\nText om projektet.  Region: Skåne är med.\n",
			want: map[string]any{"region": "Sydsverige", "summary": "Text om projektet.  Region: Skåne är med."},
		},
		{
			name: "a note in brackets before a semicolon",
			page: "X\n\nProjektnummer: 2020/00634\nProjektägare (obligatorisk);Perstorps kommun\nRegion: Sydsverige\n",
			want: map[string]any{"owner": "Perstorps kommun"},
			warnings: []warning{
				{4, KeyOwner, `with "(obligatorisk)" after it, with ";" for the colon`},
			},
		},
		{
			name: "a sheet's label cell with a note in brackets",
			page: "X\n\nProjektnummer;2020/00634\nProjektägare (obligatorisk);Perstorps kommun\nRegion;Sydsverige\n",
			want: map[string]any{"owner": "Perstorps kommun", "region": "Sydsverige"},
			warnings: []warning{
				{4, KeyOwner, `with "(obligatorisk)" after it`},
			},
		},
		{
			name:     "a note in brackets before a tab",
			page:     "X\n\nProjektnummer\t2020/00634\nProjektägare (obligatorisk)\tPerstorps kommun\nRegion\tSydsverige\n",
			want:     map[string]any{"owner": "Perstorps kommun"},
			warnings: []warning{{4, KeyOwner, `read as the label "Projektägare", with "(obligatorisk)" after it`}},
		},
		{
			name: "a unit in brackets before a space and a colon",
			page: "X\n\nProjektnummer: 2020/00634\nTotal projektbudget (tkr) : 850\n",
			want: map[string]any{"total_budget_sek": 850000.0, "warnings": []any{}},
		},
		{
			name:     "a colon label wrapped at a space across blank lines",
			page:     "X\n\nDiarienummer:\n23-038-S06\nProgramområde:\nA\nSpecifikt\n\n\nmål:\nA1A\nRegion:\nSydsverige\n",
			want:     map[string]any{"specific_objective": "A1A", "goals": nil, "region": "Sydsverige"},
			warnings: []warning{{7, KeySpecificObjective, `"Specifikt mål:" read as the label "Specifikt mål", broken over two lines`}},
		},
		{
			name: "a value and a heading with a colon across blank lines stay apart",
			page: "X\n\nDiarienummer:\n23-038-S06\nProgramområde:\nA\n\n\nMål:\nAtt minska arbetslösheten.\n",
			want: map[string]any{"programme_area_code": "A", "goals": "Att minska arbetslösheten.", "extra": map[string]any{}},
		},
		{
			name:     "a programme area's name wrapped below its code, inside the block",
			page:     "Within\n\nProjektnummer: 2015/00764\nProgramområde: 1.1\nKompetensförsörjning\nRegion: Sydsverige\n\nSammanfattning\n\nProjekt Within grundar sig i ett förarbete.\n",
			want:     map[string]any{"programme_area_code": "1.1", "programme_area_name": "Kompetensförsörjning", "summary": "Projekt Within grundar sig i ett förarbete."},
			warnings: []warning{},
		},
		{
			name:     "a value's wrapped end that heads nothing, at the block's end",
			page:     "Within\n\nProjektnummer: 2015/00764\nRegion: Sydsverige\nProgramområde: 1.1\nKompetensförsörjning\n\nSammanfattning\n\nProjekt Within grundar sig i ett förarbete.\n",
			want:     map[string]any{"programme_area_code": "1.1"},
			warnings: []warning{{6, KeyProgrammeAreaCode, `"Kompetensförsörjning", right below the value of programme_area_code, was read as the text of summary`}, {6, KeySummary, `the text of summary begins with "Kompetensförsörjning"`}},
		},
		{
			name: "a heading of the text right below the block's last value",
			page: "Within\n\nProjektnummer: 2015/00764\nRegion: Sydsverige\nOm projektet\nProjekt Within grundar sig i ett förarbete.\n",
			want: map[string]any{"region": "Sydsverige", "warnings": []any{}},
		},
		{
			name:     "a telephone number kept in extra under a short slip",
			page:     "Egenmakt\n\nProject owner: Arbete\nContact person: Ola\nPone: 0410-733094\nE-mail: ola@x.se\n",
			want:     map[string]any{"contact_phone": nil, "extra": map[string]any{"Pone": "0410-733094"}},
			warnings: []warning{{5, KeyContactPhone, `"Pone: 0410-733094", read as an unknown label kept in extra, is a telephone number, and the record has no contact_phone`}},
		},
		{
			name:     "an e-mail address read as a glued owner's second line",
			page:     "Egenmakt\n\nProjektnummer2015/00764\nProjektägareArbete och Försörjning\nE-psotola.johnsson@trelleborg.se\nRegionSydsverige\n",
			want:     map[string]any{"contact_email": nil},
			warnings: []warning{{5, KeyContactEmail, `holds the e-mail address "E-psotola.johnsson@trelleborg.se", and the record has no contact_email`}, {5, KeyOwner, "runs on over several lines"}},
		},
		{
			name:     "a period's ends under words of their own, the dates empty",
			page:     "X\n\nProjektnummer: 2015/00764\nFrån: 2021-02-01\nTill: 2021-10-31\n",
			want:     map[string]any{"start_date": nil, "end_date": nil},
			warnings: []warning{{4, KeyStartDate, `"Från: 2021-02-01", read as an unknown label kept in extra, is a date, and the record has no start_date`}, {5, KeyEndDate, `is a date, and the record has no end_date`}},
		},
		{
			name: "a date kept in extra is no telephone number",
			page: "X\n\nProjektnummer: 2015/00764\nBeslutsdatum: 2023-11-20\nOrganisationsnummer hos SCB: 212000-0910\n",
			want: map[string]any{"contact_phone": nil},
			// Two words after a known label: named as that label, not read.
			warnings: []warning{{5, KeyOwnerOrgNumber, `is the label "Organisationsnummer" with "hos SCB" after it`}},
		},
		{
			name:     "a sheet's label cell with a slip past a space",
			page:     "X\n\nProject number\t2015/00764\nContact eprson\tKaisa Welander\nRegion\tSydsverige\n",
			want:     map[string]any{"contact_name": "Kaisa Welander"},
			warnings: []warning{{4, KeyContactName, `read as the label "Contact person", written "Contact eprson"`}},
		},
		{
			name:     "a label and a word before a tab that is no label",
			page:     "X\n\nProjektnummer\t2015/00764\nRegion Skåne\tSydsverige\n",
			want:     map[string]any{"region": nil, "extra": map[string]any{}},
			warnings: []warning{{4, KeyID, `right below the value of id, was read as the text of summary`}, {4, KeySummary, `which may be the end of the value of id above it`}},
		},
		{
			name: "leader dots for every colon",
			page: "X\n\nProjektnummer ........ 2015/00764\nProjektägare.....Perstorps kommun\nRegion … Sydsverige\n",
			want: map[string]any{"id": "2015/00764", "owner": "Perstorps kommun", "region": "Sydsverige"},
			warnings: []warning{
				{3, KeyID, `with "........" for the colon`},
				{4, KeyOwner, `with "....." for the colon`},
				{5, KeyRegion, `with "…" for the colon`},
			},
		},
		{
			name: "arrows, an equals sign and a text table's bars for the colon",
			page: "X\n\nProjektnummer → 2015/00764\nProjektägare = Perstorps kommun\n| Region | Sydsverige |\nKontaktperson -> Ola\n",
			want: map[string]any{"id": "2015/00764", "owner": "Perstorps kommun", "region": "Sydsverige", "contact_name": "Ola"},
			warnings: []warning{
				{3, KeyID, `with "→" for the colon`},
				{4, KeyOwner, `with "=" for the colon`},
				{5, KeyRegion, `with "|" for the colon`},
				{6, KeyContactName, `with "->" for the colon`},
			},
		},
		{
			name:     "a sheet's label with a note and an empty value cell",
			page:     "X\n\nProjektnummer\t2020/00634\nStödmottagarens adress (obligatorisk)\t\nRegion\tSydsverige\n",
			want:     map[string]any{"address": nil, "region": "Sydsverige"},
			warnings: []warning{{4, KeyAddress, `with "(obligatorisk)" after it`}},
		},
		{
			name: "digits OCR read as letters in typed values",
			page: "X\n\nProjektnummer: 2015/00764\nTotal projektbudget: 4OO OOO kr\nProjektperiod: 2O21-02-01 - 2O21-lO-31\nStödmottagare postnr: 284 B5\n",
			want: map[string]any{"total_budget_sek": 400000.0, "start_date": "2021-02-01", "end_date": "2021-10-31", "postcode": "28485"},
			warnings: []warning{
				{4, KeyTotalBudget, `"4OO OOO kr" read as "400 000 kr": letters OCR takes for digits`},
				{5, KeyStartDate, `read as "2021-02-01 - 2021-10-31"`},
				{6, KeyPostcode, `"284 B5" read as "284 85"`},
			},
		},
		{
			name:     "letters where no digit stands stay a value that does not read",
			page:     "X\n\nProjektnummer: 2015/00764\nTotal projektbudget: OOO\n",
			want:     map[string]any{"total_budget_sek": nil},
			warnings: []warning{{4, KeyTotalBudget, `"OOO" is not an amount in kronor`}},
		},
		{
			name: "a name wrapped below its label, then a short label with a slip",
			page: "X\n\nProjektnummer\n2015/00764\nKontaktperson\nKaisa\nWelander\nE-ail\nkaisa.welander@kristianstad.se\n",
			want: map[string]any{"contact_name": "Kaisa"},
			warnings: []warning{
				{7, KeyContactName, `"Welander", right below the value of contact_name, was read as the text of summary`},
				{7, KeySummary, `the text of summary begins with "Welander"`},
				{9, KeyContactEmail, `and the record has no contact_email`},
			},
		},
		{
			name:     "a name with a colon wrapped after it, the title missing",
			page:     "Projektnummer:\n2020/00634\nNamn:\nFramtidsresan:\nen förstudie\nRegion:\nSydsverige\n",
			want:     map[string]any{"name": nil, "extra": map[string]any{"Framtidsresan": "en förstudie"}},
			warnings: []warning{{4, KeyName, `"Framtidsresan:", read as a label esf does not know, stands right below Namn, which has no value: it may be the value`}},
		},
		{
			name: "a label esf does not know below an empty label of another field is left alone",
			page: "X\n\nProjektnummer:\n2020/00634\nStödmottagarens address:\nStödform:\nProjektstöd\n",
			want: map[string]any{"address": nil, "extra": map[string]any{"Stödform": "Projektstöd"}, "warnings": []any{}},
		},
		{
			name:     "labels over their values, as a page copied in columns",
			page:     "Framtidsresan\n\nProjektnummer\nProjektägare\nRegion\nTotal projektbudget\n2015/00764\nPerstorps kommun\nSydsverige\n400 000 kr\n\nSammanfattning\n\nText om projektet.\n",
			want:     map[string]any{"id": "2015/00764", "owner": "Perstorps kommun", "region": "Sydsverige", "total_budget_sek": 400000.0},
			warnings: []warning{{3, KeyID, `4 labels from this line on stand over their 4 values, from line 7 on`}},
		},
		{
			name:     "colon labels over their values, then the next label",
			page:     "X\n\nProjektnummer:\nRegion:\nStartdatum:\n2015/00764\nSydsverige\n2016-01-01\nKontaktperson:\nOla\n",
			want:     map[string]any{"id": "2015/00764", "region": "Sydsverige", "start_date": "2016-01-01", "contact_name": "Ola"},
			warnings: []warning{{3, KeyID, `3 labels from this line on`}},
		},
		{
			name:     "labels over their values with a blank line and a printed page's break between",
			page:     "X\n\nProjektnummer\nRegion\nStartdatum\n\n2015/00764\nSydsverige\n\fSida 2 av 2\n2016-01-01\n\nText om projektet.\n",
			want:     map[string]any{"id": "2015/00764", "region": "Sydsverige", "start_date": "2016-01-01"},
			warnings: []warning{{3, KeyID, `3 labels from this line on stand over their 3 values, from line 7 on`}},
		},
		{
			name: "a colon on the value's line is the separator's",
			page: "X\n\nProjektnummer\n: 2020/00634\nProjektägare\n: Perstorps kommun\n",
			want: map[string]any{"id": "2020/00634", "owner": "Perstorps kommun"},
		},
		{
			name: "a dash after the colon is the separator's",
			page: "X\n\nProjektnummer: - 2020/00634\nUtlysning: – 2015/00538\nBeviljat ESF-stöd: - 400 000 kr\n",
			want: map[string]any{"id": "2020/00634", "call_id": "2015/00538", "esf_support_sek": 400000.0},
		},
		{
			name: "an empty field above labels over their values",
			page: "X\n\nNamn:\nA\nStödmottagarens address:\nProjektnummer:\nRegion:\nStartdatum:\n2015/00764\n1/2\n\nSydsverige\n2016-01-01\n\nText om projektet.\n",
			want: map[string]any{"id": "2015/00764", "region": "Sydsverige", "start_date": "2016-01-01", "address": nil, "summary": "Text om projektet."},
			warnings: []warning{
				{5, KeyAddress, `Stödmottagarens address is one of 4 labels that stand over 3 values, from line 9 on, as a copy of a page in two columns has them, which leaves out a cell left empty; read in pairs by what each value reads as, address is null`},
				{6, KeyID, `Projektnummer is one of 4 labels that stand over 3 values, from line 9 on, as a copy of a page in two columns has them, which leaves out a cell left empty; read in pairs by what each value reads as, id is "2015/00764"`},
				{7, KeyRegion, `Region is one of 4 labels`}, {8, KeyStartDate, `Startdatum is one of 4 labels`},
			},
		},
		{
			name: "two empty fields above two labels over their values",
			page: "X\n\nNamn:\nA\nStödmottagarens address:\nKontaktperson:\nProjektnummer:\nRegion:\n2015/00764\nSydsverige\n",
			want: map[string]any{"id": "2015/00764", "region": "Sydsverige", "address": nil, "contact_name": nil},
			warnings: []warning{
				{5, KeyAddress, `Stödmottagarens address is one of 4 labels that stand over 2 values, from line 9 on, as a copy of a page in two columns has them, which leaves out a cell left empty; read in pairs by what each value reads as, address is null`},
				{6, KeyContactName, `Kontaktperson is one of 4 labels that stand over 2 values`}, {7, KeyID, `id is "2015/00764"`}, {8, KeyRegion, `region is "Sydsverige"`},
			},
		},
		{
			name:     "two labels of shaped keys over their values",
			page:     "X\n\nProjektnummer\nRegion\n2015/00764\nSydsverige\n",
			want:     map[string]any{"id": "2015/00764", "region": "Sydsverige"},
			warnings: []warning{{3, KeyID, `2 labels from this line on stand over their 2 values, from line 5 on`}},
		},
		{
			name:     "two labels, one of text, over their values are no columns",
			page:     "X\n\nProjektägare\nRegion\nPerstorps kommun\nSydsverige\n",
			want:     map[string]any{"owner": nil},
			warnings: []warning{{3, KeyOwner, `"Perstorps kommun", which reads as owner's value, not region's`}, {3, KeyRegion, `it was read as region's value, and owner is empty`}, {5, KeyRegion, `"Perstorps kommun" is not an ESF region`}, {6, KeyRegion, `"Sydsverige" stands right below the value of region`}},
		},
		{
			name:     "three labels over lines that do not read as their values are no columns",
			page:     "X\n\nProjektnummer\nRegion\nStartdatum\n2015/00764\nSydsverige\nsnart\n",
			want:     map[string]any{"start_date": nil, "region": nil},
			warnings: []warning{{4, KeyRegion, `the label of region alone on its line, was read as the value of id`}, {4, KeyID, `"Region" is not a project number`}, {6, KeyStartDate, `"2015/00764" is not a date`}},
		},
		{
			name: "three labels over values and more text are no columns",
			page: "X\n\nProjektnummer\nRegion\nStartdatum\n2015/00764\nSydsverige\n2016-01-01\nmer text\n",
			want: map[string]any{"start_date": nil},
			warnings: []warning{{4, KeyRegion, `the label of region alone on its line, was read as the value of id`}, {4, KeyID, `"Region" is not a project number`}, {6, KeyStartDate, `"2015/00764" is not a date`},
				{7, KeySummary, `"Sydsverige" over "2016-01-01" stands at the head of the text of summary`}},
		},
		{
			name:     "values over their labels, as a copy that gave the column of values first",
			page:     "X\n\n2015/00764\nPerstorps kommun\nSydsverige\n400 000 kr\n\nProjektnummer\nProjektägare\nRegion\nTotal projektbudget\n\nText om projektet.\n",
			want:     map[string]any{"id": "2015/00764", "owner": "Perstorps kommun", "region": "Sydsverige", "total_budget_sek": 400000.0, "summary": "Text om projektet."},
			warnings: []warning{{8, KeyID, `4 labels from this line on stand under their 4 values, from line 3 on`}},
		},
		{
			name: "values over their labels below a text are no column",
			page: "X\n\nText om projektet\n2015/00764\nPerstorps kommun\nSydsverige\n\nProjektnummer\nProjektägare\nRegion\n",
			want: map[string]any{"id": nil, "owner": nil},
			warnings: []warning{
				{6, KeyName, `"Sydsverige" is read as the title`},
				{8, KeyID, `Projektnummer has no value on its line, nor have 2 labels around it, and "2015/00764" on line 4, which may be the value of one of them, was read as page furniture`},
				{9, KeyOwner, `Projektägare has no value on its line`}, {10, KeyRegion, `Region has no value on its line`},
			},
		},
		{
			name: "labels over their values, a cell left empty left out",
			page: "X\n\nProjektnummer:\nStödmottagare postnr:\nStödmottagarens address:\nProgramområde:\nSpecifikt mål:\n2020/00634\n28485\n1\n1.1\n\nText om projektet.\n",
			want: map[string]any{"id": "2020/00634", "postcode": "28485", "address": nil, "programme_area_code": "1", "specific_objective": "1.1"},
			warnings: []warning{
				{3, KeyID, `Projektnummer is one of 5 labels that stand over 4 values, from line 8 on, as a copy of a page in two columns has them, which leaves out a cell left empty; read in pairs by what each value reads as, id is "2020/00634"`},
				{4, KeyPostcode, `postcode is "28485"`}, {5, KeyAddress, `address is null`}, {6, KeyProgrammeAreaCode, `programme_area_code is "1"`}, {7, KeySpecificObjective, `specific_objective is "1.1"`},
			},
		},
		{
			name:     "labels over their values, a cell left empty a blank line",
			page:     "X\n\nProjektnummer:\nStödmottagare postnr:\nStödmottagarens address:\nProgramområde:\n\n2020/00634\n28485\n\n1\n\nText om projektet.\n",
			want:     map[string]any{"id": "2020/00634", "postcode": "28485", "address": nil, "programme_area_code": "1"},
			warnings: []warning{{3, KeyID, `id is "2020/00634"`}, {4, KeyPostcode, `postcode is "28485"`}, {5, KeyAddress, `address is null`}, {6, KeyProgrammeAreaCode, `programme_area_code is "1"`}},
		},
		{
			name: "labels of text over fewer values are paired by no guess",
			page: "X\n\nProjektägare:\nNamn:\nKontaktperson:\nRegion:\nPerstorps kommun\nFramtidsresan\nSydsverige\n\nText om projektet.\n",
			want: map[string]any{"owner": nil, "name": "X", "contact_name": nil},
			warnings: []warning{
				{3, KeyOwner, `Projektägare has no value on its line, nor have 2 labels around it, and "Framtidsresan" on line 8`},
				{4, KeyName, `Namn has no value; name "X" is taken from line 1`},
				{5, KeyContactName, `Kontaktperson has no value on its line, nor have 2 labels around it`},
				{7, KeyRegion, `"Perstorps kommun" is not an ESF region`}, {8, KeyRegion, `"Framtidsresan", right below the value of region`}, {8, KeySummary, `the text of summary begins with "Framtidsresan"`},
			},
		},
		{
			name:     "two labels of typed keys over their values",
			page:     "X\n\nProjektperiod\nRegion\n\n2009-01-15 till 2009-10-31\nSydsverige\n\nText om projektet.\n",
			want:     map[string]any{"start_date": "2009-01-15", "end_date": "2009-10-31", "region": "Sydsverige", "summary": "Text om projektet."},
			warnings: []warning{{3, KeyStartDate, `2 labels from this line on stand over their 2 values, from line 6 on`}},
		},
		{
			name:     "a value in a column that begins with its label's words",
			page:     "X\n\nProgramområde\nProjektfas\nProjektägare\n\nProgramområde 2 Ökat arbetskraftsutbud\nFörprojektering\nArbete och Försörjning\n",
			want:     map[string]any{"programme_area_code": "2", "programme_area_name": "Ökat arbetskraftsutbud", "project_phase": "Förprojektering", "owner": "Arbete och Försörjning"},
			warnings: []warning{{3, KeyProgrammeAreaCode, `3 labels from this line on stand over their 3 values, from line 7 on`}},
		},
		{
			name:     "another document's fields below the page's text",
			page:     "X\n\nProjektnummer:\n2015/00764\n\nSammanfattning\n\nProjektet ska ge unga vägar till arbete.\n\nRegistreringsuppgifter\nReg.datum: 2024-03-04\nDokument: Beslut om stöd\n",
			want:     map[string]any{"id": "2015/00764"},
			warnings: []warning{{11, KeySummary, `the 2 lines from this one to the page's end, read as the text of summary, are written as labels esf does not know with their values ("Reg.datum: 2024-03-04")`}},
		},
		{
			name: "fields after the text's own sentence are the text's",
			page: "X\n\nProjektnummer:\n2015/00764\n\nSammanfattning\n\nProjektet ska ge unga vägar till arbete.\nVi gör så här:\nSteg 1: kartläggning\nSteg 2: coachning\n",
			want: map[string]any{"id": "2015/00764", "warnings": []any{}},
		},
		{
			name: "one line written as a label below the page's text is the text's",
			page: "X\n\nProjektnummer:\n2015/00764\n\nSammanfattning\n\nProjektet ska ge unga vägar till arbete.\n\nMålgrupp: unga\n",
			want: map[string]any{"id": "2015/00764", "warnings": []any{}},
		},
		{
			name:     "two empty fields of text and the next label's value below are no column",
			page:     "X\n\nProjektnummer:\n2020/00634\nProjektägare:\nNamn:\nKontaktperson:\nPeter Lindow\n\nArbetsmarknad och integration\n\nProjektet ska ge unga vägar till arbete, och det gör det genom praktik hos företag.\n",
			want:     map[string]any{"contact_name": "Peter Lindow", "owner": nil},
			warnings: []warning{{6, KeyName, `Namn has no value; name "X" is taken from line 1`}},
		},
		{
			name:     "an empty field of a shaped key and a value wrapped below the next are no column",
			page:     "X\n\nProjektnummer:\n2020/00634\nNamn:\nFramtidsresan\nProgramområde:\nSpecifikt mål:\n1.1\n1.2\n\nProjektet ska ge unga vägar till arbete, och det gör det genom praktik hos företag.\n",
			want:     map[string]any{"specific_objective": "1.1", "programme_area_code": nil},
			warnings: []warning{{10, KeySpecificObjective, `"1.2", right below the value of specific_objective`}, {10, KeySummary, `begins with "1.2"`}},
		},
		{
			name: "a shaped value below a blank line among the values is no column's end",
			page: "X\n\nDiarienummer:\nAntal deltagare:\nNamn:\nStartdatum:\nSlutdatum:\n\n23-038-S06\n605\n\n2024-03-01\n\n",
			want: map[string]any{"id": nil, "start_date": nil, "end_date": nil},
			warnings: []warning{
				{3, KeyID, `Diarienummer has no value on its line, nor have 4 labels around it, and "23-038-S06" on line 9`},
				{4, KeyParticipants, `nor have 4 labels`}, {5, KeyName, `Namn has no value`}, {6, KeyStartDate, `nor have 4 labels`}, {7, KeyEndDate, `nor have 4 labels`},
				{12, KeySummary, `"2024-03-01", after the page's text and no sentence of it, is in no field`},
			},
		},
		{
			name: "a value of two fields' shapes in a column that left a cell out: each label named",
			page: "X\n\nDiarienummer:\nNamn:\nRegion:\nNUTS-2 kod:\nStödmottagare postnr:\nStödmottagare ort:\nInterventionstyp:\n\n23-038-S06\nDigga Stockholms Personal\nStockholm\n141\n",
			want: map[string]any{"region": "Stockholm", "city": nil},
			warnings: []warning{
				{3, KeyID, `id is "23-038-S06"`}, {4, KeyName, `name is "Digga Stockholms Personal"`}, {5, KeyRegion, `region is "Stockholm"`}, {6, KeyNUTS2, `nuts2 is "SE11"`},
				{7, KeyPostcode, `postcode is null`}, {8, KeyCity, `Stödmottagare ort is one of 7 labels that stand over 4 values, from line 11 on`}, {9, KeyInterventionType, `intervention_type is "141"`},
			},
		},
		{
			name: "an empty field, a label with its value below and the title above are no column",
			page: "Framtidsresan\n\nProjektnummer:\nRegion:\nSydsverige\nKontaktperson:\nPeter Lindow\n",
			want: map[string]any{"region": "Sydsverige", "contact_name": "Peter Lindow", "warnings": []any{}},
		},
		{
			name:     "an empty field over a label with its value is no run",
			page:     "X\n\nAntal deltagare:\nInsats av strategisk betydelse:\nNej\nSverige\n",
			want:     map[string]any{"strategic_importance": false},
			warnings: []warning{{6, KeyStrategicImportance, `"Sverige", right below the value of strategic_importance`}, {6, KeySummary, `begins with "Sverige"`}},
		},
		{
			name:     "values over two labels, the third with its value below",
			page:     "2020/00634\nFramtidsresan\n\nProjektnummer:\nNamn:\nRegion:\nSydsverige\n",
			want:     map[string]any{"id": "2020/00634", "name": "Framtidsresan", "region": "Sydsverige"},
			warnings: []warning{{4, KeyID, `2 labels from this line on stand under their 2 values, from line 1 on`}},
		},
		{
			name: "a definition list's mark alone under a label, and one with its value",
			page: "Framtidsresan\n\nStödmottagarens address:\n\n:   \n\nProjektnummer:\n:   2020/00634\n",
			want: map[string]any{"address": nil, "id": "2020/00634", "warnings": []any{}},
		},
		{
			name: "labels esf does not know, with colons, among glued labels",
			page: "Gagna:kompetens\n\nProgramområdeProgramområde 1 Kompetensförsörjning\nProjektfasFörprojektering\nWebbplats: https://www.example.se/projekt-24\nMålgrupp: Unga 16-24 år som varken arbetar eller studerar\nKontaktpersonEva Nilsson\nProjektägareRegionförbundet Östsam\nIn English\n\nSammanfattning\n\nText om projektet.\n",
			want: map[string]any{"project_phase": "Förprojektering", "owner": "Regionförbundet Östsam", "contact_name": "Eva Nilsson", "extra": map[string]any{"Webbplats": "https://www.example.se/projekt-24", "Målgrupp": "Unga 16-24 år som varken arbetar eller studerar"}, "warnings": []any{}},
		},
		{
			name: "a heading written as a label, the block's last entry",
			page: "Gagna\n\nProjektfasFörprojektering\nRegionÖstra Mellansverige\nProjektägareRegionförbundet Östsam\nMålgrupp: Unga 16-24 år som varken arbetar eller studerar\nIn English\n\nSammanfattning\n\nText om projektet.\n",
			want: map[string]any{"extra": map[string]any{"Målgrupp": "Unga 16-24 år som varken arbetar eller studerar"}, "other_sections": []any{}},
		},
		{
			name: "a heading written as a label below the block, a line of text below it",
			page: "Gagna\n\nProjektfasFörprojektering\nRegionÖstra Mellansverige\nProjektägareRegionförbundet Östsam\nMålgrupp: Unga 16-24 år som varken arbetar eller studerar\nDe får stöd av coacher under hela året.\n\nSammanfattning\n\nText om projektet.\n",
			want: map[string]any{"extra": map[string]any{}, "other_sections": []any{map[string]any{"heading": "Målgrupp", "text": "Unga 16-24 år som varken arbetar eller studerar\nDe får stöd av coacher under hela året."}}},
		},
		{
			name: "a heading written as a label below a blank line after the block",
			page: "Gagna\n\nProjektfasFörprojektering\nRegionÖstra Mellansverige\nProjektägareRegionförbundet Östsam\n\nMålgrupp: Unga 16-24 år som varken arbetar eller studerar\n\nSammanfattning\n\nText om projektet.\n",
			want: map[string]any{"extra": map[string]any{}, "other_sections": []any{map[string]any{"heading": "Målgrupp", "text": "Unga 16-24 år som varken arbetar eller studerar"}}},
		},
		{
			name: "a heading over its value, the stacked block's last entry",
			page: "Within\n\nProgramområde\n1.1 Kompetensförsörjning\nRegion\nSydsverige\nSamverkanspartner\nArbetsförmedlingen\n\nSammanfattning\nText om projektet.\n",
			want: map[string]any{"extra": map[string]any{"Samverkanspartner": "Arbetsförmedlingen"}, "other_sections": []any{}},
		},
		{
			name: "a region wrapped below a blank line, above the text",
			page: "Gagna\n\nProjektnummer: 2020/00001\nRegion:\n\nÖstra\nMellansverige\n\nSammanfattning\n\nText om projektet.\n",
			want: map[string]any{"region": "Östra Mellansverige", "summary": "Text om projektet."},
		},
		{
			name: "a period wrapped over maxWrappedValueLines lines",
			page: "Gagna\n\nProjektnummer: 2020/00001\nProjektperiod:\n\n2015-05-01\ntill\n2016-10-31\n\nSammanfattning\n\nText om projektet.\n",
			want: map[string]any{"start_date": "2015-05-01", "end_date": "2016-10-31", "summary": "Text om projektet.", "warnings": []any{}},
		},
		{
			name: "a stacked period wrapped after its dash, and an amount between its groups",
			page: "Framtidsresan\n\nProjektnummer\n2020/00634\nProjektperiod\n2021-02-01 -\n2021-10-31\nTotal projektbudget\n400\n000\nRegion\nSydsverige\n\nSammanfattning\n\nText om projektet.\n",
			want: map[string]any{"start_date": "2021-02-01", "end_date": "2021-10-31", "total_budget_sek": 400000, "region": "Sydsverige", "extra": map[string]any{}, "warnings": []any{}},
		},
		{
			name: "a value wrapped below its label, a word to a line, its unit last",
			page: "Framtidsresan\n\nProjektnummer:\n2020/00634\nTotal projektbudget:\n9\n997\n836\nkr\nRegion:\nSydsverige\n\nSammanfattning\n\nText om projektet.\n",
			want: map[string]any{"total_budget_sek": 9997836, "region": "Sydsverige", "extra": map[string]any{}, "warnings": []any{}},
		},
		{
			name: "a stacked amount whose line below is a label esf does not know keeps it",
			page: "Framtidsresan\n\nProjektnummer\n2020/00634\nTotal projektbudget\n400 000\nWebbplats\n4 sidor\nRegion\nSydsverige\n\nSammanfattning\n\nText om projektet.\n",
			want: map[string]any{"total_budget_sek": 400000, "extra": map[string]any{"Webbplats": "4 sidor"}, "warnings": []any{}},
		},
		{
			name: "a programme area's name wrapped below its label, a word to a line",
			page: "Egenmakt\n\nProgramområde:\nProgramområde\n2\nÖka\növergångarna\ntill\narbete\nProjektfas:\nFörprojektering\nRegion:\nSydsverige\n\nSammanfattning\n\nText om projektet.\n",
			want: map[string]any{"programme_area_code": "2", "programme_area_name": "Öka övergångarna till arbete", "project_phase": "Förprojektering", "extra": map[string]any{}, "warnings": []any{}},
		},
		{
			name:     "a programme area's name cut short keeps the words that make no name",
			page:     "Egenmakt\n\nProgramområde:\nProgramområde\n3\nÖka\növergångarna\nProjektfas:\nFörprojektering\nRegion:\nSydsverige\n\nSammanfattning\n\nText om projektet.\n",
			want:     map[string]any{"programme_area_code": "3", "programme_area_name": nil, "project_phase": "Förprojektering"},
			warnings: []warning{{6, KeyExtra, "neither a label nor a value"}, {6, KeyProgrammeAreaName, "may be the area's name"}, {7, KeyExtra, "neither a label nor a value"}},
		},
		{
			name: "a glued programme area's last word wrapped",
			page: "Egenmakt\n\nProgramområdeProgramområde 2 Ökat\narbetskraftsutbud\nProjektfasFörprojektering\nProjektägareArbete och Försörjning\nRegionSydsverige\n\nSammanfattning\n\nText om projektet.\n",
			want: map[string]any{"programme_area_code": "2", "programme_area_name": "Ökat arbetskraftsutbud", "owner": "Arbete och Försörjning", "extra": map[string]any{}, "warnings": []any{}},
		},
		{
			name: "a programme area's last word wrapped, last in the block",
			page: "Egenmakt\n\nRegion: Sydsverige\nProgramområde: Programområde 2 Ökat\narbetskraftsutbud\n\nSammanfattning\n\nText om projektet.\n",
			want: map[string]any{"programme_area_code": "2", "programme_area_name": "Ökat arbetskraftsutbud", "summary": "Text om projektet.", "extra": map[string]any{}, "warnings": []any{}},
		},
		{
			name: "an OCR'd region and municipalities read as the names they misread",
			page: "Egenmakt\n\nProjektägare: Arbete och Försörjning\nRegion: 5ydsverige\nKommuner: Trel1eborg, Ska1a\n\nSammanfattning\n\nText om projektet.\n",
			want: map[string]any{"region": "Sydsverige", "nuts2": "SE22", "municipalities": []any{"Trelleborg", "Ska1a"}},
			warnings: []warning{{4, KeyRegion, `"5ydsverige" read as "Sydsverige", with letters OCR takes for others`},
				{5, KeyMunicipalities, `"Trel1eborg" read as "Trelleborg", with letters OCR takes for others`}, {5, KeyMunicipalities, `"Ska1a" is no Swedish municipality's name`}},
		},
		{
			name: "a table's rows with values wrapped below them",
			page: "Egenmakt\n\nProgramområde\tProgramområde 1\n    Kompetensförsörjning\nProjektfas\tFörprojektering\nTotal projektbudget\t691 000\nkr\nProjektperiod\t2008-05-01 till\n2008-10-31\nRegion\tÖstra Mellansverige\n\nSammanfattning\n\nText om projektet.\n",
			want: map[string]any{"programme_area_name": "Kompetensförsörjning", "total_budget_sek": 691000, "start_date": "2008-05-01", "end_date": "2008-10-31", "region": "Östra Mellansverige", "extra": map[string]any{}, "warnings": []any{}},
		},
		{
			name: "a colon's value wrapped over three lines",
			page: "Egenmakt\n\nBeviljat ESF-stöd: 691\n  000\nkr\nProjektperiod: 2008-05-01\n  till\n2008-10-31\nRegion: Östra Mellansverige\n\nSammanfattning\n\nText om projektet.\n",
			want: map[string]any{"esf_support_sek": 691000, "start_date": "2008-05-01", "end_date": "2008-10-31", "extra": map[string]any{}, "warnings": []any{}},
		},
		{
			name: "a period wrapped over more lines is the text's",
			page: "Gagna\n\nProjektnummer: 2020/00001\nProjektperiod:\n\n2015-05-01\n-\ntill\n2016-10-31\n\nSammanfattning\n\nText om projektet.\n",
			want: map[string]any{"start_date": nil, "summary": "2015-05-01\n-\ntill\n2016-10-31\n\nText om projektet."},
		},
		{
			name: "lines that read as no value joined are the text's",
			page: "Gagna\n\nProjektnummer: 2020/00001\nRegion:\n\nNågon\nannan plats\n\nSammanfattning\n\nText om projektet.\n",
			want: map[string]any{"region": nil, "summary": "Någon\nannan plats\n\nText om projektet."},
		},
		{
			name: "a definition list's last value above the text",
			page: "Framtidsresan\n\nProjektnummer:\n\n:   2020/00634\n\nInsats av strategisk betydelse:\n\n:   Nej\n\n\nPerstorp är Skånes minsta kommun, och en kommun som under en längre tid\nhaft betydande utmaningar.\n",
			want: map[string]any{"strategic_importance": false, "summary": "Perstorp är Skånes minsta kommun, och en kommun som under en längre tid\nhaft betydande utmaningar.", "warnings": []any{}},
		},
		{
			name: "a definition under a label without its colon, above a heading",
			page: "Egenmakt\n\nProjektperiod\n\n    2009-01-15 till 2009-10-31\n\nRegion\n\n:   Sydsverige\n\n\nSammanfattning\n\nDenna förprojektering ämnar att tillse vilka insatser som behövs.\n",
			want: map[string]any{"region": "Sydsverige", "nuts2": "SE22", "summary": "Denna förprojektering ämnar att tillse vilka insatser som behövs.", "warnings": []any{}},
		},
		{
			name: "a sheet's number with dashes below a label is no value",
			page: "Framtidsresan\n\nProjektnummer:\n2020/00634\nProgramområde:\n- 1 -\n\nA\nSpecifikt mål:\nA1A\n",
			want: map[string]any{"programme_area_code": "A", "extra": map[string]any{}},
		},
		{
			name: "a period field given on the page is no empty field",
			page: "Framtidsresan\n\nProjektnummer:\n23-038-S06\nBerörd fond:\nESF+\n",
			want: map[string]any{"fund": "ESF+", "warnings": []any{}},
		},
	}
	runEdges(t, tests)
}

// edgeWarning is a warning an edge case must raise: a substring of its
// message, with its line and key.
type edgeWarning struct {
	line int
	key  Key
	has  string
}

// edgeCase is a page, the values it must give and the warnings it must
// raise; with "warnings" among the values, other warnings may come too.
type edgeCase struct {
	name     string
	page     string
	want     map[string]any
	warnings []edgeWarning
}

// runEdges reads each case's page and checks its values and warnings.
func runEdges(t *testing.T, tests []edgeCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := parseOne(t, "edge.txt", []byte(tt.page))
			names := make([]string, 0, len(tt.want))
			for k := range tt.want {
				names = append(names, k)
			}
			got := keyValues(t, rec, names...)
			for k, v := range tt.want {
				if jsonString(got[k]) != jsonString(v) {
					t.Errorf("%s = %s, want %s", k, jsonString(got[k]), jsonString(v))
				}
			}
			if len(rec.Warnings) != len(tt.warnings) && tt.want["warnings"] == nil {
				t.Errorf("warnings = %v, want %d", rec.Warnings, len(tt.warnings))
			}
			for _, w := range tt.warnings {
				if !hasWarningOn(rec.Warnings, w.line, w.key, w.has) {
					t.Errorf("no warning on line %d [%s] with %q in %v", w.line, w.key, w.has, rec.Warnings)
				}
			}
		})
	}
}

// TestPages checks how an input splits into pages where a blank line,
// a title or a repeated block is all that tells them apart.
func TestPages(t *testing.T) {
	tests := []struct {
		name  string
		input string
		ids   []string
		lines []int
	}{
		{"block after block, titles between", "A\n\nProjektnummer:\n2020/00001\nNamn:\nA\nRegion:\nSydsverige\n\nB\n\nProjektnummer:\n2020/00002\nNamn:\nB\nRegion:\nSydsverige\n", []string{"2020/00001", "2020/00002"}, []int{1, 10}},
		{"an ID title right after the last value", "Projektnummer:\n2020/00001\nRegion:\nSydsverige\n2020/00002 - B\n\nProjektnummer:\n2020/00002\nRegion:\nSydsverige\nNamn:\nB\n", []string{"2020/00001", "2020/00002"}, []int{1, 5}},
		{"a repeated block with no title", "X\n\nProjektnummer:\n2020/00001\nRegion:\nSydsverige\nNamn:\nA\n\nProjektnummer:\n2020/00002\nRegion:\nSydsverige\nNamn:\nB\n", []string{"2020/00001", "2020/00002"}, []int{1, 10}},
		{"a separator line starts a page even with one label", "A\n\nProjektnummer:\n2020/00001\n\nText.\n----\nB\n\nProjektnummer:\n2020/00002\n", []string{"2020/00001", "2020/00002"}, []int{1, 8}},
		{"a separator line with no block below stays inside the page", "A\n\nProjektnummer:\n2020/00001\n\nText.\n----\nMore text.\n", []string{"2020/00001"}, []int{1}},
		{"contact details at the end of a text stay text", "X\n\nProjektnummer:\n2020/00001\n\nText.\n\nKontaktperson: Anna\nTelefon: 070-1234567\nE-post: anna@example.se\n", []string{"2020/00001"}, []int{1}},
		// A page's box of facts printed below its text: the block below
		// the text is the page's own unless it repeats labels the page
		// has shown or a title, a page's top or a separator stands above.
		{"facts below the text are the page's", "Egenmakt\n\nSammanfattning\n\nText om projektet.\n\nProjektnummer: 2020/00001\nProjektägare: Trelleborgs kommun\nRegion: Sydsverige\n", []string{"2020/00001"}, []int{1}},
		{"facts below the lists are the page's", "Egenmakt\n\nKommun\n\nTrelleborg\n\nProjektnummer: 2020/00001\nProjektägare: Trelleborgs kommun\nRegion: Sydsverige\n", []string{"2020/00001"}, []int{1}},
		{"facts below a bulleted list are the page's", "Egenmakt\n\nKommun\n\n  • Trelleborg\n\nProjektnummer: 2020/00001\nProjektägare: Trelleborgs kommun\nRegion: Sydsverige\n", []string{"2020/00001"}, []int{1}},
		{"facts under a ruled box heading are the page's", "Egenmakt\n\nSammanfattning\n\nText om projektet.\n\nFakta om projektet\n--------------------\nProjektnummer: 2020/00001\nProjektägare: Trelleborgs kommun\nRegion: Sydsverige\n", []string{"2020/00001"}, []int{1}},
		{"a rule with no box heading above it parts pages", "A\n\nProjektnummer: 2020/00001\nRegion: Sydsverige\n\nText.\n\nDet här\n--------------------\nProjektnummer: 2020/00002\nKontaktperson: Anna Berg\nE-post: anna@example.se\n", []string{"2020/00001", "2020/00002"}, []int{1, 10}},
		{"a second box of other labels is the page's", "A\n\nProjektnummer: 2020/00001\nRegion: Sydsverige\n\nText om projektet.\n\nKontaktperson: Anna Berg\nE-post: anna@example.se\nTelefonnummer: 070-1234567\n", []string{"2020/00001"}, []int{1}},
		{"a block below the text that repeats the page's labels is another page", "A\n\nProjektnummer: 2020/00001\nProjektägare: X\nRegion: Sydsverige\n\nText om projektet.\n\nProjektnummer: 2020/00002\nProjektägare: Y\nRegion: Sydsverige\n", []string{"2020/00001", "2020/00002"}, []int{1, 9}},
		{"a title above a block below the text starts another page", "A\n\nProjektnummer: 2020/00001\nRegion: Sydsverige\n\nSammanfattning\n\nText om projektet.\n\nB\n\nProjektnummer: 2020/00002\nKontaktperson: Anna Berg\nE-post: anna@example.se\n", []string{"2020/00001", "2020/00002"}, []int{1, 10}},
		{"a compilation's numbers above the titles begin the pages", "1.\n\nA\n\nProjektnummer: 2020/00001\nProjektägare: X\nRegion: Sydsverige\n\nSammanfattning\n\nText.\n\n2.\n\nB\n\nProjektnummer: 2020/00002\nProjektägare: Y\nRegion: Sydsverige\n", []string{"2020/00001", "2020/00002"}, []int{1, 13}},
		{"a text table's rule below a page is no line of the next", "A\n\n=============  ==========\nProjektnummer  2020/00001\nProjektägare   X kommun\nRegion         Sydsverige\n=============  ==========\n\nB\n\n=============  ==========\nProjektnummer  2020/00002\nProjektägare   Y kommun\nRegion         Sydsverige\n=============  ==========\n", []string{"2020/00001", "2020/00002"}, []int{1, 9}},
		{"a block right below the lists that gives a date of the page's period is another page", "A\n\nProjektägare: X\nRegion: Sydsverige\nProjektperiod: 2009-01-15 till 2009-10-31\n\nSammanfattning\n\nText.\n\nKommun\n\n  • Trelleborg\nDiarienummer:\n23-038-S06\nNamn:\nB\nStartdatum:\n2024-03-01\n", []string{"<nil>", "23-038-S06"}, []int{1, 14}},
		{"the same with no date among its first entries is the page's", "A\n\nProjektägare: X\nRegion: Sydsverige\nProjektperiod: 2009-01-15 till 2009-10-31\n\nSammanfattning\n\nText.\n\nKommun\n\n  • Trelleborg\nKontaktperson:\nAnna Berg\nNamn:\nB\nE-post:\nanna@example.se\n", []string{"<nil>"}, []int{1}},
		{"a glued page's first label glued to the first item below a list's heading", "A\n\nProjektnummer: 2020/00001\nRegion: Sydsverige\n\nKommun\n\n  • TrelleborgProgramområde\n1.1 Kompetensförsörjning\nProjektnummer\n2020/00002\nRegion\nSydsverige\n", []string{"2020/00001", "2020/00002"}, []int{1, 8}},
		{"a contact's box below the text giving an end date of the page's period is the page's", "A\n\nProjektnummer: 2020/00634\nProjektägare: Perstorps kommun\nRegion: Sydsverige\nProjektperiod: 2020-01-01 till 2022-12-31\n\nSammanfattning\n\nText om projektet.\n\nKontaktperson: Anna Berg\nE-post: anna.berg@perstorp.se\nSlutdatum: 2022-12-31\n", []string{"2020/00634"}, []int{1}},
		{"a browser copy with blank lines everywhere is one page", "X\n\nProjektnummer:\n\n2020/00001\n\nProjektägare:\n\nPerstorps kommun\n\nNamn:\n\nA\n\nRegion:\n\nSydsverige\n\nStartdatum:\n\n2021-01-01\n", []string{"2020/00001"}, []int{1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			recs := mustParse(t, []byte(tt.input))
			var ids []string
			var lines []int
			for _, r := range recs {
				ids = append(ids, deref(r.ID))
				lines = append(lines, r.Source.Line)
			}
			if jsonString(ids) != jsonString(tt.ids) || jsonString(lines) != jsonString(tt.lines) {
				t.Errorf("pages %v at lines %v, want %v at %v", ids, lines, tt.ids, tt.lines)
			}
		})
	}
}

// TestButtonWordInSentence keeps a word of the site's buttons, in small
// letters, alone on its line inside a sentence, in the text; a button
// stays furniture.
func TestButtonWordInSentence(t *testing.T) {
	head := "Framtidsresan\n\nProjektnummer: 2020/00634\nRegion: Sydsverige\n\nSammanfattning\n\n"
	for _, tt := range []struct {
		name, text, want string
	}{
		{"a word in small letters inside a sentence", "De har svårt att få fotfäste och \"ramlar\" oftast\ntillbaka\ntill arbetslösheten igen.\n",
			"De har svårt att få fotfäste och \"ramlar\" oftast\ntillbaka\ntill arbetslösheten igen."},
		{"a button below a sentence's end", "De har svårt att få fotfäste och \"ramlar\" oftast.\ntillbaka\ntill arbetslösheten igen.\n",
			"De har svårt att få fotfäste och \"ramlar\" oftast.\ntill arbetslösheten igen."},
		{"a button with a capital", "De har svårt att få fotfäste och \"ramlar\" oftast\nTillbaka\ntill arbetslösheten igen.\n",
			"De har svårt att få fotfäste och \"ramlar\" oftast\ntill arbetslösheten igen."},
		{"a button above a capital", "De har svårt att få fotfäste och \"ramlar\" oftast\ntillbaka\nTill arbetslösheten igen.\n",
			"De har svårt att få fotfäste och \"ramlar\" oftast\nTill arbetslösheten igen."},
		{"a button below a short line", "Se vidare\ntillbaka\ntill arbetslösheten igen.\n",
			"Se vidare\ntill arbetslösheten igen."},
	} {
		rec := parseOne(t, "button.txt", []byte(head+tt.text))
		if got := deref(rec.Summary); got != tt.want {
			t.Errorf("%s: summary %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestCookieNotice checks the cookie test in every case, against prose
// about baking.
func TestCookieNotice(t *testing.T) {
	tests := map[string]bool{
		"Vi använder kakor för att webbplatsen ska fungera.": true,
		"We use COOKIES on this site":                        true,
		"Cookie settings":                                    true,
		"Deltagarna bakade kakor till caféet.":               false,
		"Kakor":                                              false,
		"":                                                   false,
		// A paragraph that mentions cookies is text, not a notice.
		strings.Repeat("Projektet tog fram en webbplats som använder cookies för statistik. ", 8): false,
	}
	for text, want := range tests {
		if got := isCookieNotice(text); got != want {
			t.Errorf("isCookieNotice(%q) = %v, want %v", text, got, want)
		}
	}
}

// TestCapitalsOnly holds the least count of capitals at its edge.
func TestCapitalsOnly(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want bool
	}{
		{"", false},
		{"ESF", false},
		{"ESFR", true},
		{"ESF+ 2021", false},
		{"PERSTORPS KOMMUN", true},
		{"PERSTORPS KOMMUn", false},
		{"ÅÄÖÉ", true},
		{"Region Skåne", false},
		{"212000-0910 AB", false},
	} {
		if got := capitalsOnly(tt.in); got != tt.want {
			t.Errorf("capitalsOnly(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

// TestLabelSharingWords holds the words a label esf does not know shares
// with a known one at the edges: half of each, one word, the words that
// tell nothing.
func TestLabelSharingWords(t *testing.T) {
	any := func(Key) bool { return true }
	for _, tt := range []struct {
		label string
		want  string
	}{
		{"Accepted ESF support", "Granted ESF support"}, // 2 of 3 each
		{"Specific aim", "Specific objective"},          // 1 of 2 each
		{"Specific aim of it all", ""},                  // 1 of 4
		{"Fas 1", ""},                                   // one word
		{"Owner", ""},                                   // one word: labelWordAlone's
		{"The project's specific aim", "Specific objective"},
		{"Union's rate of co-financing", "Union co-financing rate"},
		{"Website of the project", ""},
		{"Webbplats för projektet", ""}, // the project's word, as "för", shared by many
		{"", ""},
	} {
		got := ""
		if tr := labelSharingWords(tt.label, any); tr != nil {
			got = tr.text
		}
		if got != tt.want {
			t.Errorf("labelSharingWords(%q) = %q, want %q", tt.label, got, tt.want)
		}
	}
	if tr := labelSharingWords("Specific aim", func(k Key) bool { return k != KeySpecificObjective }); tr != nil {
		t.Errorf("a key that does not fit: %q", tr.text)
	}
}

// TestLabelAlone holds a label of one word that a known label has alone
// beside the words that tell nothing, and not one of two words or of a
// word no label has alone.
func TestLabelAlone(t *testing.T) {
	any := func(Key) bool { return true }
	for label, want := range map[string]string{
		"Owner": "Project owner", "owner": "Project owner", "Fas 1": "", "Ekonomi": "", "Project owner": "", "": "",
	} {
		got := ""
		if tr := labelWordAlone(label, any); tr != nil {
			got = tr.text
		}
		if got != want {
			t.Errorf("labelWordAlone(%q) = %q, want %q", label, got, want)
		}
	}
	if tr := labelWordAlone("Owner", func(k Key) bool { return k != KeyOwner }); tr != nil {
		t.Errorf("a key that does not fit: %q", tr.text)
	}
}

// TestSpacingAccents joins a PDF's spacing accents to their letters, after
// them or before, and leaves them alone elsewhere.
func TestSpacingAccents(t *testing.T) {
	for in, want := range map[string]string{
		"Fo¨rprojektering": "Förprojektering", "Ha˚kan": "Håkan", "Andre´": "André", "F¨orprojektering": "Förprojektering",
		"˚Asa": "Åsa", "x¨": "x¨", "´s": "´s", "¨": "¨", "ARBETE OCH FO¨RSO¨RJNING": "ARBETE OCH FÖRSÖRJNING",
	} {
		if got := finishText(in); got != want {
			t.Errorf("finishText(%q) = %q, want %q", in, got, want)
		}
	}
	// Spaced accents are Latin-1, which the common input's one pass
	// otherwise copies as it is.
	for _, value := range []string{"Kompetensfo¨rso¨rjning", "Kompetensf¨ors¨orjning", "Kompetensfo\u0308rso\u0308rjning"} {
		page := "Namn:\nP\nProgramområde:\n1.1 " + value + "\n"
		recs, err := Parse("p.txt", []byte(page), Options{})
		if err != nil || len(recs) != 1 {
			t.Fatalf("%v, %d records", err, len(recs))
		}
		if got := deref(recs[0].ProgrammeAreaName); got != "Kompetensförsörjning" {
			t.Errorf("%q read as %q", value, got)
		}
	}
}

// TestFrontMatterValues reads the values of a note's front matter as YAML
// writes them: quoted, a block below its key, a list in brackets or below
// its key, each item on its own line.
func TestFrontMatterValues(t *testing.T) {
	note := "---\ntitle: Within Kompetens\nProjektnummer: \"2015/00764\"\nProjektägare: >-\n  Kristianstads\n  kommun\nKommun:\n  - Trelleborg\n  - 'Vellinge'\nMedfinansiärer: [Arbete och Försörjning, \"Region Skåne\"]\nRegion: Sydsverige\n---\n\n# Within Kompetens\n\nText.\n"
	recs, err := Parse("note.md", []byte(note), Options{})
	if err != nil || len(recs) != 1 {
		t.Fatalf("%v, %d records", err, len(recs))
	}
	r := recs[0]
	if deref(r.ID) != "2015/00764" || deref(r.Owner) != "Kristianstads kommun" || r.Lines[KeyOwner] != 4 ||
		!slices.Equal(r.Municipalities, []string{"Trelleborg", "Vellinge"}) || !slices.Equal(r.Cofinanciers, []string{"Arbete och Försörjning", "Region Skåne"}) ||
		deref(r.Region) != "Sydsverige" || r.Lines[KeyRegion] != 11 || deref(r.Summary) != "Text." {
		t.Errorf("read %+v", r)
	}
	nested := "---\ntitle: Framtidsresan\nprojekt:\n  diarienummer: 2020/00634\n  projektägare: Perstorps kommun\n  region: Sydsverige\n---\n# Framtidsresan\n\nText.\n"
	if recs, err := Parse("nested.md", []byte(nested), Options{}); err != nil || len(recs) != 1 || deref(recs[0].ID) != "2020/00634" || deref(recs[0].Owner) != "Perstorps kommun" || recs[0].Lines[KeyRegion] != 6 {
		t.Errorf("a map inside the front matter: %v, %+v", err, recs)
	}
	lines := strings.Split(note, "\n")
	for i, want := range map[int]string{2: "2015/00764", 3: "Kristianstads kommun", 4: "", 6: "Trelleborg, Vellinge", 9: "Arbete och Försörjning\tRegion Skåne", 10: "Sydsverige"} {
		if got := frontMatterValue(lines, i, 11); got != want {
			t.Errorf("frontMatterValue(line %d) = %q, want %q", i+1, got, want)
		}
	}
}

// TestLostLigatures reads a stacked label and a heading whose ligature a
// PDF's text lost, as a space or as nothing, and names the label.
func TestLostLigatures(t *testing.T) {
	for _, gap := range []string{" ", ""} {
		page := "Within Kompetens\n\nProgramområde\n1.1 Kompetensförsörjning\nSpeci" + gap + "kt mål\n1.1\nProjektägare\nKristianstads kommun\n\nSammanfattning\n\nText.\n\nMed" + gap + "nansiärer\n\nArbete och Försörjning\n"
		rec := parseOne(t, "p.txt", []byte(page))
		if deref(rec.SpecificObjective) != "1.1" || !slices.Equal(rec.Cofinanciers, []string{"Arbete och Försörjning"}) || deref(rec.Summary) != "Text." {
			t.Errorf("%q: read %q, %q, %q", gap, deref(rec.SpecificObjective), rec.Cofinanciers, deref(rec.Summary))
		}
		if !hasWarning(rec, 5, KeySpecificObjective, WarnSpelling) {
			t.Errorf("%q: no spelling warning on line 5 in %+v", gap, rec.Warnings)
		}
	}
}

// TestWrappedValueMayCutWord names a one-line field's value joined with a
// space where the line's end may have cut a word, and no other join.
func TestWrappedValueMayCutWord(t *testing.T) {
	for _, tt := range []struct {
		value string
		want  string
		named bool
	}{
		{"Perstorps kommun, Arbetsmark\nnadsenheten", "Perstorps kommun, Arbetsmark nadsenheten", true},
		{"Arbete och Försörjni\nng", "Arbete och Försörjni ng", true},
		{"Perstorps kommun,\nArbetsmarknadsenheten", "Perstorps kommun, Arbetsmarknadsenheten", false},
		{"Kristianstads\nkommun", "Kristianstads kommun", false},
		{"Kristianstads\nkommun, AMA", "Kristianstads kommun, AMA", false},
		{"Perstorps kommun 2\nenheter", "Perstorps kommun 2 enheter", false},
		{"Arbetsmarknads-\nenheten", "Arbetsmarknadsenheten", true},
		// A small word of a name with a capital is a word's first
		// letters; in small letters, or a noun with one, it is a word.
		{"Arbete och För\nsörjning", "Arbete och För sörjning", true},
		{"Nämnden för\narbete", "Nämnden för arbete", false},
		{"Nämnden Kommun\nstyrelsen", "Nämnden Kommun styrelsen", false},
		{"Kristian\nstads kommun", "Kristian stads kommun", true}, // a municipality's name cut
		{"Kristianstads\nstads kommun", "Kristianstads stads kommun", false},
	} {
		page := "Projektnummer:\n2020/00634\nProjektägare:\n" + tt.value + "\nNamn:\nFramtidsresan\nRegion:\nSydsverige\n"
		rec := parseOne(t, "p.txt", []byte(page))
		if got := deref(rec.Owner); got != tt.want {
			t.Errorf("%q read as %q, want %q", tt.value, got, tt.want)
		}
		if named := hasWarning(rec, 4, KeyOwner, WarnWrapped); named != tt.named {
			t.Errorf("%q: named %v, want %v (%+v)", tt.value, named, tt.named, rec.Warnings)
		}
	}
	if mayCutWord(KeyMunicipalities, "Trelle", "borg") || mayCutWord(KeyStartDate, "mars", "tjugo") {
		t.Error("a list's or a typed field's lines are no cut word")
	}
}

// TestCutAreaName reads a programme area's name whose word a line's end
// cut, wherever the value stands, as the name the programme gives it, and
// joins no other lines so.
func TestCutAreaName(t *testing.T) {
	for _, tt := range []struct{ page, code, name string }{
		{"Egenmakt\n\nProgramområdeProgramområde 2 Ökat arbetsk\nraftsutbud\nProjektfasFörprojektering\n", "2", "Ökat arbetskraftsutbud"},
		{"Egenmakt\n\nProgramområdeProgramområde 2 Ökat\narbetskraftsutbud\nProjektfasFörprojektering\n", "2", "Ökat arbetskraftsutbud"},
		{"Framtidsresan\n\nProjektnummer:\n2020/00634\nProgramområde:\n1 Kompetensför\nsörjning\nRegion:\nSydsverige\n", "1", "Kompetensförsörjning"},
		{"Framtidsresan\n\nProjektnummer:\n2020/00634\nProgramområde: 1 Kompetensför\nsörjning\nRegion:\nSydsverige\n", "1", "Kompetensförsörjning"},
	} {
		rec := parseOne(t, "p.txt", []byte(tt.page))
		if deref(rec.ProgrammeAreaCode) != tt.code || deref(rec.ProgrammeAreaName) != tt.name {
			t.Errorf("%q: %q %q, want %q %q", tt.page, deref(rec.ProgrammeAreaCode), deref(rec.ProgrammeAreaName), tt.code, tt.name)
		}
	}
	for _, tt := range []struct {
		k           Key
		value, next string
		want        bool
	}{
		{KeyProgrammeAreaCode, "Programområde 2 Ökat arbetsk", "raftsutbud", true},
		{KeyProgrammeAreaCode, "2 Okat arbetsk", "raftsutbud", true},
		{KeyProgrammeAreaName, "Kompetensför", "sörjning", true},
		{KeyProgrammeAreaCode, "Programområde 2 Ökat", "arbetskraftsutbud", false}, // a word of its own
		{KeyProgrammeAreaCode, "Programområde 2 Ökat arbetsk", "raftsutbudet", false},
		{KeyOwner, "Kompetensför", "sörjning", false},
	} {
		if got := cutAreaName(tt.k, tt.value, tt.next); got != tt.want {
			t.Errorf("cutAreaName(%s, %q, %q) = %v, want %v", tt.k, tt.value, tt.next, got, tt.want)
		}
	}
}

// TestListLabelSpeltAnotherWay reads a list's label without its diacritics
// or in small letters, which is its heading too, in the field block.
func TestListLabelSpeltAnotherWay(t *testing.T) {
	for _, label := range []string{"Medfinansiarer", "medfinansiarer", "MEDFINANSIARER", "medfinansiärer"} {
		page := "Egenmakt\nProjektägare: Arbete och Försörjning\n" + label + ":\n• Arbete och Försörjning\nKommun:\n• Trelleborg\n\nText.\n"
		rec := parseOne(t, "p.txt", []byte(page))
		if !slices.Equal(rec.Cofinanciers, []string{"Arbete och Försörjning"}) || len(rec.Extra) != 0 || deref(rec.Summary) != "Text." {
			t.Errorf("%q: read %q, extra %v, summary %q", label, rec.Cofinanciers, rec.Extra, deref(rec.Summary))
		}
		if spelt := label != "medfinansiärer"; hasWarning(rec, 3, KeyCofinanciers, WarnSpelling) != spelt {
			t.Errorf("%q: a spelling warning %v, want %v: %+v", label, !spelt, spelt, rec.Warnings)
		}
	}
}

// TestSiteMenuAboveTitle leaves a site's menu above a page's "id - name"
// title out, where a menu's item reads as a field ("Kontakt" /
// "English"), and says so; a short page of its own above the title stays.
func TestSiteMenuAboveTitle(t *testing.T) {
	menu := "Hoppa till huvudinnehåll\nMeny\nSök\nStartsida\nOm Svenska ESF-rådet\nProjektbanken\nUtlysningar\nKontakt\nEnglish\n"
	page := "2020/00634 - Framtidsresan\n\nProjektnummer:\n2020/00634\nProjektägare:\nPerstorps kommun\nKontaktperson:\nPeter Lindow\n"
	recs, err := Parse("p.txt", []byte(menu+page), Options{})
	if err != nil || len(recs) != 1 {
		t.Fatalf("%v, %d records", err, len(recs))
	}
	if deref(recs[0].ContactName) != "Peter Lindow" || recs[0].Source.Line != 10 || !hasWarning(recs[0], 1, KeySource, WarnUnused) {
		t.Errorf("read %q from line %d, warnings %+v", deref(recs[0].ContactName), recs[0].Source.Line, recs[0].Warnings)
	}
	for name, above := range map[string]string{
		"an id":                  "Egenmakt\n\nProjektnummer:\n2015/00764\n\n",
		"two fields":             "Egenmakt\n\nKontakt\nOla Johnsson\nRegion\nSydsverige\n\n",
		"a line over a menu":     "Egenmakt\nStartsida\n\nKontakt\nOla Johnsson, " + strings.Repeat("x", maxMenuItem-13) + "\n\n",
		"one field":              "Egenmakt\nStartsida\n\nKontakt\nOla Johnsson, " + strings.Repeat("x", maxMenuItem-14) + "\n\n",
		"a label with its colon": "Egenmakt\nStartsida\nKontakt:\nOla Johnsson\n\n",
		"three lines":            "Egenmakt\nKontakt\nOla Johnsson\n\n",
	} {
		// A contact alone is no project's fact: the lines above are
		// named on the page, with the contact they gave.
		want := 1
		if name == "an id" || name == "two fields" {
			want = 2
		}
		recs, _ := Parse("p.txt", []byte(above+page), Options{})
		if len(recs) != want {
			t.Errorf("a page of %s above the title: %d records, want %d", name, len(recs), want)
		}
		if want == 1 && name != "one field" && !slices.ContainsFunc(recs[0].Warnings, func(w Warning) bool {
			return w.Line <= 2 && strings.Contains(w.Message, `contact_name "Ola Johnsson`) && strings.Contains(w.Message, "read as no page")
		}) {
			t.Errorf("a page of %s above the title is not named: %v", name, recs[0].Warnings)
		}
	}
}

// TestRunningHeads leaves out what a word processor prints at the head of
// every sheet beside its page number, where it stands in the field block
// below a label with no value; and keeps it where it is no running head.
func TestRunningHeads(t *testing.T) {
	head := "Projektsammanställning ESF\n2024-05-02\n"
	page := "2020/00634 - Framtidsresan\n\nProjektnummer:\n2020/00634\nStödmottagarens address:\n\n\fSida 1 (3)\n" + head + "Programområde:\n1\n"
	rec := parseOne(t, "p.txt", []byte(head+page))
	if rec.Address != nil || deref(rec.ProgrammeAreaCode) != "1" || deref(rec.Name) != "Framtidsresan" || len(rec.Extra) != 0 {
		t.Errorf("read address %q, area %q, name %q, extra %v", deref(rec.Address), deref(rec.ProgrammeAreaCode), deref(rec.Name), rec.Extra)
	}
	// A letterhead's line that is a list's item, above the page number
	// or alone below it, is the list's.
	letterhead := "Perstorps kommun\nProjektsammanställning\n\n2020/00634 - Framtidsresan\n\nProjektnummer:\n2020/00634\nMedfinansiärer:\n"
	for _, items := range []string{"Arbetsförmedlingen\nPerstorps kommun\nSida 1 (2)\n", "Arbetsförmedlingen\nSida 1 (2)\nPerstorps kommun\n"} {
		rec := parseOne(t, "p.txt", []byte(letterhead+items+"Region:\nSydsverige\n"))
		if !slices.Equal(rec.Cofinanciers, []string{"Arbetsförmedlingen", "Perstorps kommun"}) {
			t.Errorf("%q: cofinanciers %q", items, rec.Cofinanciers)
		}
	}
	if !isPrintFurniture("Sida 1 (3)") || isPrintFurniture("Sida 1 (3") {
		t.Error("a page number with its count in brackets")
	}
	// Without the same lines at the input's top, the lines are the
	// address's value.
	if rec := parseOne(t, "p.txt", []byte(page)); deref(rec.Address) == "" {
		t.Errorf("no running head at the top: address %q", deref(rec.Address))
	}
}

// TestFurnitureAsLink reads a site's link written as Markdown by a
// converter ("[In English](…)") as the link's words are read.
func TestFurnitureAsLink(t *testing.T) {
	for text, want := range map[string]bool{
		"[In English](https://www.esf.se/en/)": true, "[Skriv ut](#print)": true,
		"[Within Kompetens](https://www.esf.se/p/1)": false, "[In English]": false, "In English (https://www.esf.se/en/)": true,
	} {
		if got := classify(text, 1, false).furniture != notFurniture; got != want {
			t.Errorf("%q furniture %v, want %v", text, got, want)
		}
	}
}

// TestSymbolBullet takes a symbol font's bullet, pasted as a letter, off
// a list's item, and leaves a word of an item alone.
func TestSymbolBullet(t *testing.T) {
	for in, want := range map[string]string{
		"o Arbete och Försörjning": "Arbete och Försörjning", "§ Trelleborg": "Trelleborg", "Ø  Region Skåne": "Region Skåne",
		"o trelleborg": "o trelleborg", "oTrelleborg": "oTrelleborg", "Ö Trelleborg": "Ö Trelleborg", "o": "o", "": "",
	} {
		if got := symbolBullet(in); got != want {
			t.Errorf("symbolBullet(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestPasteSignsOfLetters holds the signs a line's first letter gives
// apart from a list's items that begin with a letter: "lista med 2 objekt"
// is a screen reader's, though "l" is a roman numeral too.
func TestPasteSignsOfLetters(t *testing.T) {
	if pasteSigns("Within\nProjektägare:\nPerstorps kommun\nlista med 2 objekt\n")&signReader == 0 {
		t.Error("a screen reader's list not signed")
	}
	items := "A. Projektnummer:\nB. 1\nC. Region:\nD. Sydsverige\nE. Namn:\nF. X\n"
	if pasteSigns(items)&signList == 0 || pasteSigns(items[:strings.Index(items, "B.")])&signList != 0 {
		t.Error("a list of lettered items signed at other than minLabelItems")
	}
	if pasteSigns("§ 1 Projektnummer: 1\n§ 2 Namn: A\n")&signList == 0 {
		t.Error("a list of items marked § not signed")
	}
}

// TestPhoneCopy reads a page copied from a phone: the site's name after
// the title, as a share sheet writes it, and a folded section's toggle
// after its heading.
func TestPhoneCopy(t *testing.T) {
	page := "2015/00764 - Within Kompetens | Svenska ESF-rådet\n\nProjektnummer\n2015/00764\nRegion\nSydsverige\n\nSammanfattning ⌄\n\nText.\n\nKommun ⌄\n\n• Kristianstad\n\nMedfinansiärer +\n\n• Region Skåne\n"
	rec := parseOne(t, "p.txt", []byte(page))
	if deref(rec.Name) != "Within Kompetens" || deref(rec.Summary) != "Text." || !slices.Equal(rec.Municipalities, []string{"Kristianstad"}) || !slices.Equal(rec.Cofinanciers, []string{"Region Skåne"}) {
		t.Errorf("read name %q, summary %q, municipalities %q, cofinanciers %q", deref(rec.Name), deref(rec.Summary), rec.Municipalities, rec.Cofinanciers)
	}
	for in, want := range map[string]string{
		"Within Kompetens | Svenska ESF-rådet": "Within Kompetens", "Within - Projektbanken": "Within", "Framtidsresan - en förstudie": "Framtidsresan - en förstudie",
		"Svenska ESF-rådet": "Svenska ESF-rådet",
		// Before the title, as a site's trail of links writes it; two
		// names after it; the site's address.
		"Projektbanken – Within Kompetens": "Within Kompetens", "Svenska ESF-rådet – Within Kompetens": "Within Kompetens",
		"Projektbanken » Within Kompetens": "Within Kompetens", "Projektbanken › Within Kompetens": "Within Kompetens",
		"Within Kompetens | Projektbanken | Svenska ESF-rådet": "Within Kompetens", "Within Kompetens | esf.se": "Within Kompetens",
		"Gagna:kompetens – Svenska ESF-rådet": "Gagna:kompetens", "Projektbanken:Within": "Projektbanken:Within",
		"Within Kompetens – avslutat projekt": "Within Kompetens – avslutat projekt", "Within Kompetens » Svenska ESF-rådets projekt i Skåne och Blekinge": "Within Kompetens » Svenska ESF-rådets projekt i Skåne och Blekinge",
		// A side that names the council among words of its own is the
		// title's.
		"ESF-rådet Skåne - en lärande region": "ESF-rådet Skåne - en lärande region", "Skånes projektbank – samverkan för tillväxt": "Skånes projektbank – samverkan för tillväxt",
		"Lärande utvärdering – ESF-rådets temagrupp": "Lärande utvärdering – ESF-rådets temagrupp", "Within Kompetens - www.esf.se": "Within Kompetens",
	} {
		if got := trimSiteName(in); got != want {
			t.Errorf("trimSiteName(%q) = %q, want %q", in, got, want)
		}
	}
	for in, want := range map[string]string{"Kommun ⌄": "Kommun", "Bakgrund +": "Bakgrund", "Bakgrund+": "", "A +": "A", " +": "", "Syfte ▾": "Syfte"} {
		if got, _ := cutToggle(in); got != want {
			t.Errorf("cutToggle(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestTitleStatus reads a project's state written after its name in the
// title, after a dash or in brackets, as no part of the name, named; a
// name that goes on in words of its own keeps them.
func TestTitleStatus(t *testing.T) {
	for _, tt := range []struct{ in, base, status string }{
		{"Within Kompetens – avslutat projekt", "Within Kompetens", "– avslutat projekt"},
		{"Within Kompetens (avslutat)", "Within Kompetens", "(avslutat)"},
		{"Within Kompetens - Avslutat", "Within Kompetens", "- Avslutat"},
		{"Within Kompetens — pågående", "Within Kompetens", "— pågående"},
		{"Within Kompetens [Pågående projekt]", "Within Kompetens", "[Pågående projekt]"},
		{"Within - Kompetens - avslutad", "Within - Kompetens", "- avslutad"},
		{"Within Kompetens – ett avslutat projekt", "", ""},
		{"Within Kompetens (avslutat", "", ""},
		{"Within Kompetens avslutat", "", ""},
		{"Avslutat", "", ""},
		{"- avslutat", "", ""},
		{"Within Kompetens (ESF)", "", ""},
	} {
		base, status, ok := cutStatus(tt.in)
		if ok != (tt.base != "") || ok && (base != tt.base || status != tt.status) {
			t.Errorf("cutStatus(%q) = %q, %q, %v; want %q, %q", tt.in, base, status, ok, tt.base, tt.status)
		}
	}
	rec := parseOne(t, "p.txt", []byte("Within Kompetens – avslutat projekt\n\nProjektnummer\n2015/00764\nRegion\nSydsverige\n"))
	if deref(rec.Name) != "Within Kompetens" || warningSaying(rec, 1, "the project's state") == nil {
		t.Errorf("name %q, warnings %v", deref(rec.Name), rec.Warnings)
	}
}

// TestSheetHeads reads the line a printout repeats at its sheets' tops or
// feet as furniture (sheetHeads), at minSheetHeads' edge and
// maxCouncilLineWords', and keeps a line of the page's that a break
// happens to stand beside: once, beside the same line each time (a page
// pasted twice), a value below its label, a label, a slide's title.
func TestSheetHeads(t *testing.T) {
	const top = "Egenmakt\n\nProjektägare: Arbete och Försörjning\n\nBakgrund\n\n"
	// A sheet's text of n lines, and of minSheetLines.
	lines := func(k, n int) string {
		var b strings.Builder
		for i := 1; i <= n; i++ {
			fmt.Fprintf(&b, "Rad %d av texten på sida %d.\n", i, k)
		}
		return b.String()
	}
	sheet := func(k int) string { return lines(k, minSheetLines) }
	// Heads n lines apart: the sheet's lines and its number between them.
	apart := func(n int) string {
		return top + lines(1, n-2) + "Sida 1 av 3\nEgenmakt\n" + lines(2, n-2) + "Sida 2 av 3\nEgenmakt\n" + lines(3, n-2) + "Sida 3 av 3\n"
	}
	for _, tt := range []struct {
		name      string
		text      string
		furniture []string // the lines read as a printout's, counters too
	}{
		{"the title at minSheetHeads sheets' tops",
			top + sheet(1) + "\nSida 1 av 3\n\fEgenmakt\n\n" + sheet(2) + "\nSida 2 av 3\n\fEgenmakt\n\n" + sheet(3) + "\nSida 3 av 3\n",
			[]string{"Sida 1 av 3", "Egenmakt", "Sida 2 av 3", "Egenmakt", "Sida 3 av 3"}},
		{"heads minSheetLines lines apart", apart(minSheetLines),
			[]string{"Sida 1 av 3", "Egenmakt", "Sida 2 av 3", "Egenmakt", "Sida 3 av 3"}},
		{"heads minSheetLines-1 lines apart: the page's lines", apart(minSheetLines - 1),
			[]string{"Sida 1 av 3", "Sida 2 av 3", "Sida 3 av 3"}},
		{"the title at one sheet's top, standing apart",
			top + sheet(1) + "\nSida 1 av 2\n\fEgenmakt\n\n" + sheet(2) + "\nSida 2 av 2\n",
			[]string{"Sida 1 av 2", "Egenmakt", "Sida 2 av 2"}},
		{"the title at one sheet's top, a line of the page's right below it: the page's line",
			top + sheet(1) + "\nSida 1 av 2\n\fEgenmakt\n" + sheet(2) + "\nSida 2 av 2\n",
			[]string{"Sida 1 av 2", "Sida 2 av 2"}},
		{"the title below a printout's head at the input's top",
			"2024-03-05 14:22 Projektbanken - Svenska ESF-rådet\n\n" + top + sheet(1) + "\nSida 1 av 2\n\fEgenmakt\n\n" + sheet(2),
			[]string{"2024-03-05 14:22 Projektbanken - Svenska ESF-rådet", "Sida 1 av 2", "Egenmakt"}},
		{"the title at one sheet's top, below a label that waits for its value: the value",
			"Egenmakt\n\nNamn:\nSida 1 av 2\n\fEgenmakt\n\nRegion: Sydsverige\n",
			[]string{"Sida 1 av 2"}},
		{"the title at one sheet's top, below a printout's top line OCR'd at the input's top",
			"Logolyp pa utskrifter\n\n" + top + sheet(1) + "\nSida 1 av 2\n\fEgenmakt\n\n" + sheet(2) + "\nSida 2 av 2\n",
			[]string{"Sida 1 av 2", "Egenmakt", "Sida 2 av 2"}},
		{"a line at one sheet's top standing apart, no title: the page's line",
			top + sheet(1) + "\nSida 1 av 2\n\fTrelleborg\n\n" + sheet(2) + "\nSida 2 av 2\n",
			[]string{"Sida 1 av 2", "Sida 2 av 2"}},
		{"a line naming the council at one sheet's top",
			top + sheet(1) + "\n1 (2)\n\nESF-rådet | Projekt\n\n" + sheet(2),
			[]string{"1 (2)", "ESF-rådet | Projekt"}},
		{"maxCouncilLineWords words",
			top + sheet(1) + "\n1 (2)\n\nUtskrivet från Svenska ESF-rådets projektbank\n\n" + sheet(2),
			[]string{"1 (2)", "Utskrivet från Svenska ESF-rådets projektbank"}},
		{"maxCouncilLineWords+1 words: the page's",
			top + sheet(1) + "\n1 (2)\n\nUtskrivet här från Svenska ESF-rådets projektbank\n\n" + sheet(2),
			[]string{"1 (2)"}},
		{"a printout's date after a line naming the council",
			top + sheet(1) + "\n1 (2)\n\fUtskrivet från ESF-rådets projektbank 2026-05-20\n\n" + sheet(2),
			[]string{"1 (2)", "Utskrivet från ESF-rådets projektbank 2026-05-20"}},
		{"the title and the council at one sheet's top",
			top + sheet(1) + "\n1 (2)\n\fEgenmakt – Svenska ESF-rådet\n\n" + sheet(2),
			[]string{"1 (2)", "Egenmakt – Svenska ESF-rådet"}},
		{"a foot at one break and at the input's end: the last sheet's",
			top + sheet(1) + "\nUtskrift från Projektbanken, Svenska ESF-rådet\n\fSida 2 (2)\n\n" + sheet(2) + "\nUtskrift från Projektbanken, Svenska ESF-rådet\n\n",
			[]string{"Utskrift från Projektbanken, Svenska ESF-rådet", "Sida 2 (2)", "Utskrift från Projektbanken, Svenska ESF-rådet"}},
		{"a line at one break and at the input's end beside the same line: the page's",
			top + sheet(1) + "\nTrelleborg\n\fSida 2 (2)\n\n" + sheet(1) + "\nTrelleborg\n",
			[]string{"Sida 2 (2)"}},
		{"the council named at the input's end below a label that waits: the value",
			top + sheet(1) + "\nSida 1 (2)\n\f" + sheet(2) + "Projektägare:\nSvenska ESF-rådet\n",
			[]string{"Sida 1 (2)"}},
		{"the council's address at one sheet's top",
			top + sheet(1) + "\n1 (2)\n\fesf.se/projekt\n\n" + sheet(2),
			[]string{"1 (2)", "esf.se/projekt"}},
		{"a printout's head a form feed opens, no sheet's number",
			top + sheet(1) + "\fUtskrivet från ESF-rådets projektbank 2026-05-20\n" + sheet(2) + "\fUtskrivet från ESF-rådets projektbank 2026-05-20\n" + sheet(3),
			[]string{"Utskrivet från ESF-rådets projektbank 2026-05-20", "Utskrivet från ESF-rådets projektbank 2026-05-20"}},
		{"the title a form feed opens at one sheet's top, standing apart",
			top + sheet(1) + "\fEgenmakt\n\n" + sheet(2),
			[]string{"Egenmakt"}},
		{"a line of the page's a form feed opens: the page's",
			top + sheet(1) + "\fTrelleborg\n\n" + sheet(2),
			nil},
		{"the title beside the council's name, no break: a printout's head",
			top + sheet(1) + "\nEgenmakt – Svenska ESF-rådet\n\n" + sheet(2) + "\nEgenmakt | Projektbanken\n",
			[]string{"Egenmakt – Svenska ESF-rådet", "Egenmakt | Projektbanken"}},
		{"the title beside the council's name, a banner above the title",
			"3 december - Webbinarium om fattigdom\n\nEgenmakt\n\nProjektägare: Arbete och Försörjning\n\nBakgrund\n\n" + sheet(1) + "\nSvenska ESF-rådet - Egenmakt\n\n" + sheet(2),
			[]string{"Svenska ESF-rådet - Egenmakt"}},
		{"the title beside the council's name below a label waiting for it, a label below: the value",
			"Egenmakt\n\nProjektnamn:\nSvenska ESF-rådet - Egenmakt\nRegion: Sydsverige\n",
			nil},
		{"the council's name beside words that stand on no line of their own: the page's",
			top + sheet(1) + "\nSvenska ESF-rådet - Egenmakt i Trelleborg\n\n" + sheet(2),
			nil},
		{"a line naming the council at the input's end, a break above: the page's",
			top + sheet(1) + "\nSida 1 (2)\n\f" + sheet(2) + "Projektet finansieras av Svenska ESF-rådet\n",
			[]string{"Sida 1 (2)"}},
		{"a list's item naming the bank at the input's end, a break above: the page's",
			top + sheet(1) + "\nSida 1 (2)\n\f" + sheet(2) + "- Projektbanken\n",
			[]string{"Sida 1 (2)"}},
		{"a line naming the bank at the input's end, a break above: the last sheet's foot",
			top + sheet(1) + "\nSida 1 (2)\n\f" + sheet(2) + "\nUtskrivet från ESF-rådets projektbank\n",
			[]string{"Sida 1 (2)", "Utskrivet från ESF-rådets projektbank"}},
		{"a line naming a print at the input's end and no break: a one sheet's foot",
			top + sheet(1) + "\nUtskrift från Projektbanken, Svenska ESF-rådet\n",
			[]string{"Utskrift från Projektbanken, Svenska ESF-rådet"}},
		{"a line naming the council at the input's end and no break: the page's",
			top + sheet(1) + "\nProjektet finansieras av Svenska ESF-rådet\n",
			nil},
		{"a printout's foot below a label that waits, a label below the break: the foot",
			"Egenmakt\n\nAdress:\n\nUtskrift från Projektbanken, Svenska ESF-rådet\n\fSida 2 (2)\n\nRegion: Sydsverige\n",
			[]string{"Utskrift från Projektbanken, Svenska ESF-rådet", "Sida 2 (2)"}},
		{"a printout's head below a label that waits, a label below it: the head",
			"Egenmakt\n\nAdress:\nSida 1 (2)\n\fEgenmakt – Svenska ESF-rådet\n\nRegion: Sydsverige\n",
			[]string{"Sida 1 (2)", "Egenmakt – Svenska ESF-rådet"}},
		{"a foot below a label that waits, its value below the break: the foot",
			"Egenmakt\n\nRegion:\n\nSvenska ESF-rådet\n\fSida 2 (2)\n\nSydsverige\n",
			[]string{"Svenska ESF-rådet", "Sida 2 (2)"}},
		{"a foot below a label that waits, a label below the break: the value",
			"Egenmakt\n\nProjektägare:\n\nSvenska ESF-rådet\n\fSida 2 (2)\n\nRegion: Sydsverige\n",
			[]string{"Sida 2 (2)"}},
		{"a printout's head below a label that waits, a page below it",
			"Egenmakt\n\nProjektägare: Trelleborg\nAdress:\nSida 1 av 1\n\fUtskrivet från ESF-rådets projektbank\nProjektägare: Region Skåne\n",
			[]string{"Sida 1 av 1", "Utskrivet från ESF-rådets projektbank"}},
		{"the council named below a label that waits, a page below it: the value",
			"Egenmakt\n\nProjektägare: Trelleborg\nAdress:\nSida 1 av 1\n\fSvenska ESF-rådet\nProjektägare: Region Skåne\n",
			[]string{"Sida 1 av 1"}},
		{"a sentence naming the council: the page's",
			top + sheet(1) + "\n1 (2)\n\nESF-rådet beviljade stöd.\n\n" + sheet(2),
			[]string{"1 (2)"}},
		{"a running foot above minSheetHeads form feeds",
			top + sheet(1) + "ESF i Trelleborg\n\f" + sheet(2) + "ESF i Trelleborg\n\f" + sheet(3),
			[]string{"ESF i Trelleborg", "ESF i Trelleborg"}},
		{"the same line beside the same line each time: a page pasted twice",
			top + sheet(1) + "\nSida 1 av 2\n\fEgenmakt\n" + sheet(2) + "\n" + top + sheet(1) + "\nSida 1 av 2\n\fEgenmakt\n" + sheet(2),
			[]string{"Sida 1 av 2", "Sida 1 av 2"}},
		{"a value below its label across a break",
			"Egenmakt\n\nTotal projektbudget:\nSida 1 av 3\n\f400 000\nRegion: Sydsverige\nBeviljat ESF-stöd:\nSida 2 av 3\n\f400 000\nProjektfas: Förprojektering\n",
			[]string{"Sida 1 av 3", "Sida 2 av 3"}},
		{"a head repeated in the text, and below a label across a break",
			"Egenmakt\n\nProjektägare:\nSida 1 av 4\n\fEgenmakt\nArbete och Försörjning\nRegion: Sydsverige\n\nBakgrund\n\n" + sheet(1) + "\nSida 2 av 4\n\fEgenmakt\n\n" + sheet(2) + "\nSida 3 av 4\n\fEgenmakt\n\n" + sheet(3),
			[]string{"Sida 1 av 4", "Egenmakt", "Sida 2 av 4", "Egenmakt", "Sida 3 av 4", "Egenmakt"}},
		{"a head repeated in the text, and right below a label with a label below it",
			"Egenmakt\n\nProjektägare:\nSida 1 av 4\n\fEgenmakt\nRegion: Sydsverige\n\nBakgrund\n\n" + sheet(1) + "\nSida 2 av 4\n\fEgenmakt\n\n" + sheet(2) + "\nSida 3 av 4\n\fEgenmakt\n\n" + sheet(3),
			[]string{"Sida 1 av 4", "Egenmakt", "Sida 2 av 4", "Egenmakt", "Sida 3 av 4", "Egenmakt"}},
		{"a line at two breaks, right below labels with labels below it: their values",
			"Egenmakt\n\nTotal projektbudget:\nSida 1 av 3\n\f400 000\nRegion: Sydsverige\nBeviljat ESF-stöd:\nSida 2 av 3\n\f400 000\nProjektfas: Förprojektering\n\nBakgrund\n\n" + sheet(1) + "\nSida 3 av 3\n\f" + sheet(2),
			[]string{"Sida 1 av 3", "Sida 2 av 3", "Sida 3 av 3"}},
		{"the council named below a label across a break: the label's value",
			"Egenmakt\n\nProjektägare:\nSida 1 av 2\n\fSvenska ESF-rådet\nRegion: Sydsverige\n",
			[]string{"Sida 1 av 2"}},
		{"the council named below a label across a break, a label of the page's below it",
			"Egenmakt\n\nRegion: Sydsverige\nProjektägare:\nSida 1 av 2\n\fSvenska ESF-rådet\nRegion: Sydsverige\n",
			[]string{"Sida 1 av 2"}},
		{"a label at minSheetHeads sheets' tops",
			top + sheet(1) + "\nSida 1 av 3\n\fFrån: Trelleborg\n\n" + sheet(2) + "\nSida 2 av 3\n\fFrån: Trelleborg\n\n" + sheet(3),
			[]string{"Sida 1 av 3", "Sida 2 av 3"}},
		{"a line naming the council above the title of a page pasted below",
			top + sheet(1) + "\nSida 1 av 1\n\fESF-rådet | Projekt\nWithin\n\nProjektägare: Region Skåne\n",
			[]string{"Sida 1 av 1", "ESF-rådet | Projekt"}},
		{"the titles of pages of one name pasted below printouts",
			top + sheet(1) + "\nSida 1 av 1\n\fEgenmakt\n\nProjektägare: Region Skåne\n\n" + sheet(2) + "\nSida 1 av 1\n\fEgenmakt\n\nProjektägare: Trelleborgs kommun\n",
			[]string{"Sida 1 av 1", "Sida 1 av 1"}},
		{"the \"ID - Name\" title at one sheet's top, a note above the page",
			"Hej,\n\nse nedan.\n\n2015/00764 - Egenmakt\n\nProjektägare: Arbete och Försörjning\n\nBakgrund\n\n" + sheet(1) + "\n- 1 -\n\f2015/00764 - Egenmakt\n\n" + sheet(2),
			[]string{"- 1 -", "2015/00764 - Egenmakt"}},
		{"a note's line at one sheet's top, a note above the page: the page's",
			"Hej,\n\nse nedan.\n\n2015/00764 - Egenmakt\n\nProjektägare: Arbete och Försörjning\n\nBakgrund\n\n" + sheet(1) + "\n- 1 -\n\fHej,\n\n" + sheet(2),
			[]string{"- 1 -"}},
		{"the \"ID - Name\" title at one sheet's top, below a label that waits for its value: the title",
			"2015/00764 - Egenmakt\n\nProjektägare: Arbete och Försörjning\nAdress:\n\n1 (2)\n\f2015/00764 - Egenmakt\n\nRegion: Sydsverige\n",
			[]string{"1 (2)", "2015/00764 - Egenmakt"}},
		{"a line naming a print standing apart, its break lost",
			top + sheet(1) + "\nUtskrift från Projektbanken, Svenska ESF-rådet\n\n" + sheet(2),
			[]string{"Utskrift från Projektbanken, Svenska ESF-rådet"}},
		{"a line naming a print at the input's top, above the title",
			"Utskrift från Projektbanken\n\n" + top + sheet(1),
			[]string{"Utskrift från Projektbanken"}},
		{"a line naming a print, a line of the page's right below it: the page's",
			top + sheet(1) + "\nUtskrift från Projektbanken, Svenska ESF-rådet\n" + sheet(2),
			nil},
		{"a line naming a print, a line of the page's right above it: the page's",
			top + sheet(1) + "Utskrift från Projektbanken, Svenska ESF-rådet\n\n" + sheet(2),
			nil},
		{"a line naming a print at the input's end",
			top + sheet(1) + "\nUtskrivet från ESF-rådets projektbank 2026-05-20",
			[]string{"Utskrivet från ESF-rådets projektbank 2026-05-20"}},
		{"a list's item naming a print: the page's",
			top + sheet(1) + "\n- Utskrift från Projektbanken\n\n" + sheet(2),
			nil},
		{"a line naming a print below a label that waits for its value: the printout's",
			"Egenmakt\n\nProjektägare:\n\nUtskrift från Projektbanken\n\nRegion: Sydsverige\n",
			[]string{"Utskrift från Projektbanken"}},
		{"a line naming the bank standing apart once: the page's",
			top + sheet(1) + "\nLäs mer i Projektbanken\n\n" + sheet(2),
			nil},
		{"a line naming the bank standing apart twice",
			top + sheet(1) + "\nSvenska ESF-rådets projektbank\n\n" + sheet(2) + "\nSvenska ESF-rådets projektbank\n\n" + sheet(3),
			[]string{"Svenska ESF-rådets projektbank", "Svenska ESF-rådets projektbank"}},
		{"a line naming the bank standing apart once: the page's",
			top + sheet(1) + "\nSvenska ESF-rådets projektbank\n\n" + sheet(2),
			nil},
		{"a sentence naming the bank standing apart twice: the page's",
			top + sheet(1) + "\nLäs mer i Projektbanken\n\n" + sheet(2) + "\nLäs mer i Projektbanken\n\n" + sheet(3),
			nil},
		{"a title beside the bank, a word of a print's in it: the title",
			"Printmedia för unga | Projektbanken\n\nProjektägare: Arbete och Försörjning\n\n" + sheet(1),
			nil},
		{"a word that begins as a print's: the page's",
			top + sheet(1) + "\nUtskrivningsklara, Projektbanken\n\n" + sheet(2),
			nil},
		{"a line of maxCouncilLineWords+1 words naming a print: the page's",
			top + sheet(1) + "\nUtskrift här från Projektbanken, Svenska ESF-rådet\n\n" + sheet(2),
			nil},
		{"a slide's title below its counter on two slides",
			top + "Bild 1 av 3\nAktiviteter\n" + sheet(1) + "\nBild 2 av 3\nAktiviteter\n" + sheet(2),
			[]string{"Bild 1 av 3", "Bild 2 av 3"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, l := range classifyText(tt.text, nil, nil, nil, nil) {
				if l.furniture == furniturePrint && !l.blank() {
					got = append(got, l.text)
				}
			}
			if !slices.Equal(got, tt.furniture) {
				t.Errorf("printout's lines %q, want %q", got, tt.furniture)
			}
		})
	}
	// Read whole, the page's text keeps no running head, and its title is
	// its name.
	rec := parseOne(t, "p.txt", []byte(top+sheet(1)+"\nSida 1 av 3\n\fEgenmakt\n\n"+sheet(2)+"\nSida 2 av 3\n\fEgenmakt\n\n"+sheet(3)+"\nSida 3 av 3\n"))
	if deref(rec.Name) != "Egenmakt" || strings.Contains(deref(rec.Background), "Egenmakt") || !strings.Contains(deref(rec.Background), "på sida 3.") {
		t.Errorf("name %q, background %q", deref(rec.Name), deref(rec.Background))
	}
}

// TestNamesCouncil holds a printout's line naming the council or its
// project bank to maxCouncilLineWords words, a date's no words, and a
// sentence away.
func TestNamesCouncil(t *testing.T) {
	for text, want := range map[string]bool{
		"Svenska ESF-rådet":                                    true,
		"ESF-rådet | Projekt":                                  true,
		"Utskrift från Projektbanken, Svenska ESF-rådet":       true, // maxCouncilLineWords, a comma between names
		"Utskrivet från ESF-rådets projektbank 2026-05-20":     true, // a date is no word
		"Utskrivet – från ESF-rådets projektbank - 2026-05-20": true,
		"Utskrift här från Projektbanken, Svenska ESF-rådet":   false, // maxCouncilLineWords+1
		"ESF-rådet beviljade stöd.":                            false,
		"Beviljat av ESF-rådet; 400 000 kronor":                false,
		"Projektet fick stöd av ESF-rådet!":                    false,
		"esf.se/projekt":                                       true, // the council's address
		"https://www.esf.se/projektbanken":                     true,
		"esf.se/projekt sida":                                  false,
		"esf.se.example.org":                                   false,
		"Svenska ESF":                                          false,
		"2026-05-20":                                           false,
		"":                                                     false,
		"Projektbanken " + strings.Repeat("x", maxBannerLen-len("Projektbanken ")):   true,
		"Projektbanken " + strings.Repeat("x", maxBannerLen-len("Projektbanken ")+1): false,
	} {
		if got := namesCouncil(text); got != want {
			t.Errorf("namesCouncil(%q) = %v, want %v", text, got, want)
		}
	}
}

// TestNamesPrintout holds the lines naming the council that no field
// holds as its value apart from those a project's owner may be.
func TestNamesPrintout(t *testing.T) {
	for text, want := range map[string]bool{
		"Utskrift från Projektbanken, Svenska ESF-rådet": true,
		"Utskrivet från Svenska ESF-rådet 2026-05-20":    true,
		"Printed from ESF-rådet":                         true,
		"Projektbanken":                                  true,
		"www.esf.se":                                     true,
		"Svenska ESF-rådet":                              false, // an owner
		"ESF-rådet | Projekt":                            false,
		"Utskrift":                                       false,
		"Utskrift här från Projektbanken, Svenska ESF-rådet": false, // maxCouncilLineWords+1
		"Utskrivet från ESF-rådet.":                          false,
	} {
		if got := namesPrintout(text); got != want {
			t.Errorf("namesPrintout(%q) = %v, want %v", text, got, want)
		}
	}
}

// TestTitledCouncil reads a printout's head that is the page's title and
// the council's name, a mark between spaces between them, either first,
// and no line where a word stands between them or the rest names no council.
func TestTitledCouncil(t *testing.T) {
	const title = "Fokus arbete för unga"
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"Fokus arbete för unga – Svenska ESF-rådet", true},
		{"Fokus arbete för unga - Svenska ESF-rådet", true},
		{"Fokus arbete för unga | Projektbanken", true},
		{"Svenska ESF-rådet – Fokus arbete för unga", true},
		{"Projektbanken: Fokus arbete för unga", false}, // a label's colon
		{"Projektbanken : Fokus arbete för unga", true},
		{"Projektbanken:Fokus arbete för unga", false}, // no space beside the title
		{"FOKUS ARBETE FÖR UNGA – SVENSKA ESF-RÅDET", true},
		{"Fokus arbete för unga –Svenska ESF-rådet", false},
		{"Fokus arbete för unga– Svenska ESF-rådet", false},
		{"Fokus arbete för unga i Svenska ESF-rådet", false},
		{"Fokus arbete för unga – Trelleborg", false},
		{"Fokus arbete för unga – ", false},
		{"Fokus arbete för unga", false},
		{"Fokus arbete för ungdomar – Svenska ESF-rådet", false},
		{"Svenska ESF-rådet", false},
		{"Svenska ESF-rådet beviljade stöd till Fokus arbete för unga", false},
	} {
		if got := titledCouncil(tt.text, title); got != tt.want {
			t.Errorf("titledCouncil(%q, %q) = %v, want %v", tt.text, title, got, tt.want)
		}
	}
	if titledCouncil(" – Svenska ESF-rådet", "") {
		t.Error("no title read as one")
	}
}

// TestCouncilBeside splits a line naming the council on one side of a
// mark between spaces, and no line where the mark stands in a word or the
// council is named on neither side.
func TestCouncilBeside(t *testing.T) {
	for _, tt := range []struct {
		text, other string
		ok          bool
	}{
		{"Gagna:kompetens – Svenska ESF-rådet", "Gagna:kompetens", true},
		{"Svenska ESF-rådet | Egenmakt", "Egenmakt", true},
		{"Egenmakt · Projektbanken", "Egenmakt", true},
		{"Egenmakt – Trelleborg – Svenska ESF-rådet", "Egenmakt – Trelleborg", true},
		{"Egenmakt –Svenska ESF-rådet", "", false},
		{"Egenmakt-Svenska ESF-rådet", "", false},
		{"Egenmakt – Trelleborg", "", false},
		{" – Svenska ESF-rådet", "", false},
		{"Svenska ESF-rådet – ", "", false},
	} {
		if other, ok := councilBeside(tt.text); other != tt.other || ok != tt.ok {
			t.Errorf("councilBeside(%q) = %q, %v, want %q, %v", tt.text, other, ok, tt.other, tt.ok)
		}
	}
}

// TestPrintedOnWithSheet reads a print's date with the sheet's number
// after it as a printout's foot, and no more after the date.
func TestPrintedOnWithSheet(t *testing.T) {
	for text, want := range map[string]bool{
		"Utskrivet 2024-05-12 2": true, "Utskrivet 2024-05-12 14:22 2/4": true, "Utskrivet 2024-05-12 Sida 2 av 3": true,
		"Printed 3 May 2024 page 2": true, "Utskrivet 2024-05-12 2 (3)": true,
		"Utskrivet 2024-05-12 2024": false, "Utskrivet 2024-05-12 och 2": false, "Utskrivet 2024-05-12 2 deltagare": false,
	} {
		if got := isPrintFurniture(text); got != want {
			t.Errorf("isPrintFurniture(%q) = %v, want %v", text, got, want)
		}
	}
}

// TestMisreadAreaCode reads a programme area's code that OCR read as a
// letter as its digit where the name after it is that digit's area's, and
// names a letter before a 2007–2020 area's name that no OCR reading makes
// that area's.
func TestMisreadAreaCode(t *testing.T) {
	for _, tt := range []struct {
		value, code, name string
		warned            bool
	}{
		{"Programområde I Kompetensförsörjning", "1", "Kompetensförsörjning", true},
		{"Programområde l Kompetensförsörjning", "1", "Kompetensförsörjning", true},
		{"l Kompetensförsörjning", "1", "Kompetensförsörjning", true},
		{"Programområde Z Ökat arbetskraftsutbud", "2", "Ökat arbetskraftsutbud", true},
		{"Programområde I Ökat arbetskraftsutbud", "I", "Ökat arbetskraftsutbud", true}, // 1 is no area of that name
		{"Programområde B Kompetensförsörjning", "B", "Kompetensförsörjning", true},
		{"Programområde 1 Kompetensförsörjning", "1", "Kompetensförsörjning", false},
		{"I.1 Kompetensförsörjning", "1.1", "Kompetensförsörjning", true},
		{"l.12 Kompetensförsörjning", "1.12", "Kompetensförsörjning", true},
		{"I.123 Kompetensförsörjning", "I", "123 Kompetensförsörjning", false}, // no code of the programmes
		{"I41 Kompetensförsörjning", "<nil>", "I41 Kompetensförsörjning", true},
		{"Programområde A", "A", "<nil>", false},
		{"Programområde I", "I", "<nil>", false},
		{"C Inkludering", "C", "Inkludering", false},
	} {
		rec := parseOne(t, "p.txt", []byte("Egenmakt\n\nProgramområde: "+tt.value+"\nProjektägare: Arbete och Försörjning\n"))
		if deref(rec.ProgrammeAreaCode) != tt.code || deref(rec.ProgrammeAreaName) != tt.name || (len(rec.Warnings) > 0) != tt.warned {
			t.Errorf("%q: code %q, name %q, warnings %v; want %q, %q, warned %v", tt.value, deref(rec.ProgrammeAreaCode), deref(rec.ProgrammeAreaName), rec.Warnings, tt.code, tt.name, tt.warned)
		}
	}
}

// TestPlusBullet takes Markdown's "+ " off a list's item, and leaves a
// telephone number's plus sign alone.
func TestPlusBullet(t *testing.T) {
	for in, want := range map[string]string{
		"+ Trelleborg": "Trelleborg", "+  Region Skåne": "Region Skåne", "+ 46 410 73 30 94": "+ 46 410 73 30 94",
		"+46 410 73 30 94": "+46 410 73 30 94", "+": "+", "+ ": "+ ", "Trelleborg +": "Trelleborg +",
	} {
		if got := plusBullet(in); got != want {
			t.Errorf("plusBullet(%q) = %q, want %q", in, got, want)
		}
	}
	page := "**Egenmakt**\n\n**Projektägare:** Arbete och Försörjning\n\n**Medfinansiärer**\n\n+ Arbete och Försörjning\n+ Region Skåne\n\n**Kommun**\n\n+ Trelleborg\n"
	rec := parseOne(t, "p.md", []byte(page))
	if !slices.Equal(rec.Cofinanciers, []string{"Arbete och Försörjning", "Region Skåne"}) || !slices.Equal(rec.Municipalities, []string{"Trelleborg"}) {
		t.Errorf("cofinanciers %q, municipalities %q", rec.Cofinanciers, rec.Municipalities)
	}
}

// TestQuotedItemCell reads a list's item in a sheet's quoted cell behind
// its bullet, a tab or a space after it, spaces before it or none.
func TestQuotedItemCell(t *testing.T) {
	for in, want := range map[string]string{
		"\"•\tArbete och Försörjning\"": "•\tArbete och Försörjning", "\"  • Trelleborg\"": "• Trelleborg",
		"\"• Region \"\"Skåne\"\"\"": "• Region \"Skåne\"", "\"  Trelleborg\"": "", "\"•Trelleborg\"": "", "• Trelleborg": "", "\"\"": "", "\"• Trelleborg": "",
	} {
		got, ok := quotedItemCell(in)
		if got != want || ok != (want != "") {
			t.Errorf("quotedItemCell(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
}

// TestSectionNumber takes a section's number off its heading, with the
// space or the tab a word processor's numbered heading puts after it.
func TestSectionNumber(t *testing.T) {
	for in, want := range map[string]string{
		"2. Bakgrund": "Bakgrund", "2.\tBakgrund": "Bakgrund", "2.1 Syfte": "Syfte", "II. Mål": "Mål", "B) Syfte": "Syfte",
		"2)\tSyfte": "Syfte", "2.Bakgrund": "2.Bakgrund", "Bakgrund": "Bakgrund", "2": "2", "II Mål": "II Mål",
	} {
		if got := sectionNumber(in); got != want {
			t.Errorf("sectionNumber(%q) = %q, want %q", in, got, want)
		}
	}
	rec := parseOne(t, "p.txt", []byte("Egenmakt\n\nProjektägare: Arbete och Försörjning\nRegion: Sydsverige\n\n1.\tSammanfattning\nText om projektet.\n2.\tBakgrund\nBakgrunden här.\n"))
	if deref(rec.Summary) != "Text om projektet." || deref(rec.Background) != "Bakgrunden här." {
		t.Errorf("summary %q, background %q", deref(rec.Summary), deref(rec.Background))
	}
}

// TestSheetInMail reads a sheet's rows sent as a message's text as the
// sheet, each line named at its line of the message.
func TestSheetInMail(t *testing.T) {
	mail := "From: anna@example.se\nTo: erik@example.se\nSubject: Projektet\nDate: Mon, 3 Mar 2025 10:00:00 +0100\nContent-Type: text/plain; charset=utf-8\n\n" +
		"Egenmakt\n\nProjektägare,Arbete och Försörjning\nKontaktperson,Ola Johnsson\nRegion,Atlantis\nProjektperiod,2009-01-15 till 2009-10-31\n\nSammanfattning,\"Text om projektet.\nPå två rader.\"\n"
	rec := parseOne(t, "p.eml", []byte(mail))
	if deref(rec.Owner) != "Arbete och Försörjning" || deref(rec.ContactName) != "Ola Johnsson" || deref(rec.StartDate) != "2009-01-15" || deref(rec.Summary) != "Text om projektet.\nPå två rader." {
		t.Errorf("owner %q, contact %q, start %q, summary %q", deref(rec.Owner), deref(rec.ContactName), deref(rec.StartDate), deref(rec.Summary))
	}
	if !slices.ContainsFunc(rec.Warnings, func(w Warning) bool { return w.Key == KeyRegion && w.Line == 11 }) {
		t.Errorf("no warning of the region at the message's line 11: %v", rec.Warnings)
	}
	// What the sheet's reading says of a row names the row's line too.
	head := mail[:strings.Index(mail, "Egenmakt")]
	rec = parseOne(t, "p.eml", []byte(head+"Fält,Värde,Kommentar\nNamn,Egenmakt,\nProjektägare,Arbete och Försörjning,\nRegion,Sydsverige,kolla\n"))
	if deref(rec.Region) != "Sydsverige" || !slices.ContainsFunc(rec.Warnings, func(w Warning) bool { return w.Line == 10 && strings.Contains(w.Message, "Kommentar") }) {
		t.Errorf("region %q, no warning of the notes' column at the message's line 10: %v", deref(rec.Region), rec.Warnings)
	}
}

// TestAreaLetter names a programme area's one letter that OCR takes for
// the digit its specific objective begins with, and no other letter.
func TestAreaLetter(t *testing.T) {
	for _, tt := range []struct {
		area, objective string
		named           bool
	}{
		{"I", "1.1", true},
		{"Z", "2.1", true},
		{"I", "2.1", false},
		{"A", "A1A", false},
		{"1", "1.1", false},
		{"I", "11", false},
	} {
		rec := parseOne(t, "p.txt", []byte("Framtidsresan\n\nProjektnummer: 2020/00634\nProgramområde: "+tt.area+"\nSpecifikt mål: "+tt.objective+"\nProjektägare: Perstorps kommun\n"))
		named := slices.ContainsFunc(rec.Warnings, func(w Warning) bool {
			return w.Key == KeyProgrammeAreaCode && w.Line == 4 && strings.Contains(w.Message, "misread by OCR")
		})
		if named != tt.named {
			t.Errorf("area %q, objective %q: named %v, want %v (%v)", tt.area, tt.objective, named, tt.named, rec.Warnings)
		}
	}
}

// TestFrontMatterNameTitle reads a note's "ID - Name" heading below a
// front matter that gives the name as the page's number, once.
func TestFrontMatterNameTitle(t *testing.T) {
	for _, body := range []string{"\n**Slutdatum:** 2026-12-31\n", "\n**Diarienummer:** 23-038-S06\n**Slutdatum:** 2026-12-31\n"} {
		recs, err := Parse("note.md", []byte("---\nnamn: Digga\nregion: Sydsverige\n---\n\n# 23-038-S06 - Digga\n"+body), Options{})
		if err != nil || len(recs) != 1 {
			t.Errorf("%q: %v, %d records", body, err, len(recs))
			continue
		}
		if r := recs[0]; deref(r.ID) != "23-038-S06" || deref(r.Name) != "Digga" || r.Lines[KeyName] != 2 || deref(r.EndDate) != "2026-12-31" {
			t.Errorf("%q: id %q, name %q (line %d)", body, deref(r.ID), deref(r.Name), r.Lines[KeyName])
		}
	}
}

// TestFrontMatterIDTitle reads a note's "ID - Name" heading below the
// fields of its front matter as the page's number and name, once where the
// body gives them again.
func TestFrontMatterIDTitle(t *testing.T) {
	for _, tt := range []struct {
		name, body, id, title string
		line                  int // the name's
	}{
		{"a project's number", "# 2020/00634 - Framtidsresan\n\nProjektägare: Perstorps kommun\n", "2020/00634", "Framtidsresan", 4},
		{"a diary's number", "# 23-038-S06 - Digga Perstorps Personal\n\nSlutdatum: 2026-12-31\n", "23-038-S06", "Digga Perstorps Personal", 4},
		{"the body's name again", "# 23-038-S06 - Digga Perstorps Personal\n**Namn:** Digga Perstorps Personal\n**Slutdatum:** 2026-12-31\n", "23-038-S06", "Digga Perstorps Personal", 5},
		{"the body's number and name again", "# 23-038-S06 - Digga\n**Diarienummer:** 23-038-S06\n**Namn:** Digga\n", "23-038-S06", "Digga", 6},
		{"a name alone", "# Framtidsresan\n\nProjektägare: Perstorps kommun\n", "<nil>", "Framtidsresan", 4},
		{"the body's number and name again, as a list's items", "# 23-038-S06 - Digga\n\n- Diarienummer: 23-038-S06\n- Namn: Digga\n", "23-038-S06", "Digga", 7},
		{"a name alone, the body's again", "# Framtidsresan\n**Namn:** Framtidsresan\n**Projektägare:** Perstorps kommun\n", "<nil>", "Framtidsresan", 5},
	} {
		note := "---\nregion: Sydsverige\n---\n" + tt.body
		ownerLine := 0 // the owner's line in the note, where it gives one
		for i, l := range strings.Split(note, "\n") {
			if strings.Contains(l, "Projektägare") {
				ownerLine = i + 1
			}
		}
		recs, err := Parse("note.md", []byte(note), Options{})
		if err != nil || len(recs) != 1 {
			t.Errorf("%s: %v, %d records", tt.name, err, len(recs))
			continue
		}
		if r := recs[0]; deref(r.ID) != tt.id || deref(r.Name) != tt.title || deref(r.Region) != "Sydsverige" || r.Lines[KeyName] != tt.line || r.Lines[KeyOwner] != ownerLine {
			t.Errorf("%s: id %q, name %q (line %d), region %q", tt.name, deref(r.ID), deref(r.Name), r.Lines[KeyName], deref(r.Region))
		}
	}
}

// TestBracketedCounter holds a printout's page counter in brackets, up to
// maxBracketedCounter bytes, as a printout's line.
func TestBracketedCounter(t *testing.T) {
	long := "[Sida 1 av " + strings.Repeat("9", 4) + "]"
	for text, want := range map[string]bool{
		"[Sida 2 av 2]": true, "(Page 2 of 3)": true, "[Sida 2]": true, "[Sida 2 av 2)": false, "[Region]": false,
		"(Projekt 1 av 3)": false, long: len(long) <= maxBracketedCounter,
	} {
		if got := printPart(text); got != want {
			t.Errorf("printPart(%q) = %v, want %v", text, got, want)
		}
	}
	if over := "[Sida  1  av  9999 ]" + strings.Repeat(" ", maxBracketedCounter); printPart(over) {
		t.Errorf("printPart(%q) over maxBracketedCounter bytes", over)
	}
}

// TestTextPhone names a telephone number alone on a line of the text, a
// mail's signature run on into it, up to maxTextPhoneLine bytes and a
// word of maxPhoneWordLen before it; not a sentence that gives one.
func TestTextPhone(t *testing.T) {
	page := "Framtidsresan\n\nProjektnummer:\n2020/00634\n\nSammanfattning\n\nPerstorps kommun har under lång tid haft hög arbetslöshet.\n"
	for _, c := range []struct {
		line  string
		named bool
	}{
		{"Direkt: 044-309 30 00", true},
		{"Mobil 070-123 45 67", true},
		{"070-123 45 67", true},
		{strings.Repeat("T", maxPhoneWordLen) + " 070-123 45 67", true},
		{strings.Repeat("T", maxPhoneWordLen+1) + " 070-123 45 67", false},
		{"Ring oss på 070-123 45 67 om du undrar något.", false},
		{"Deltagare: 2016", false},
	} {
		in := page + "Anna Svensson\n" + c.line + "\n"
		rec := parseOne(t, "sig.txt", []byte(in))
		named := hasWarningOn(rec.Warnings, 10, KeySummary, "a telephone number")
		if named != c.named {
			t.Errorf("%q: named %v, want %v: %v", c.line, named, c.named, rec.Warnings)
		}
	}
	if len("Direkt: 044-309 30 00") > maxTextPhoneLine {
		t.Errorf("maxTextPhoneLine too short for a signature's line")
	}
}

// TestEnglishLabels reads labels as a person translating a page writes
// them: "Co-funders" as the co-financiers' heading, and "Owner" named as
// the project owner's label though esf does not read it so.
func TestEnglishLabels(t *testing.T) {
	rec := parseOne(t, "en.txt", []byte("Framtidsresan\n\nProject number: 2020/00634\nOwner: Perstorps kommun\nRegion: Sydsverige\n\nCo-funders\n\n• Arbete och Försörjning\n"))
	if len(rec.Cofinanciers) != 1 || rec.Cofinanciers[0] != "Arbete och Försörjning" {
		t.Errorf("cofinanciers %q", rec.Cofinanciers)
	}
	if !hasWarningOn(rec.Warnings, 4, KeyOwner, `"Project owner"`) {
		t.Errorf("Owner not named: %v", rec.Warnings)
	}
}

// TestGluedAfterAddress cuts a word in capitals glued to an address's
// last part, as a site's copy button is, and nothing else.
func TestGluedAfterAddress(t *testing.T) {
	for _, tt := range []struct{ in, addr, word string }{
		{"Peter.Lindow@perstorp.seKopiera", "Peter.Lindow@perstorp.se", "Kopiera"},
		{"ola@trelleborg.comCopy", "ola@trelleborg.com", "Copy"},
		{"ola@x." + strings.Repeat("a", maxTLDLen) + "Copy", "ola@x." + strings.Repeat("a", maxTLDLen), "Copy"},
		{"ola@x." + strings.Repeat("a", maxTLDLen+1) + "Copy", "", ""},
		{"ola@trelleborg.se", "", ""},
		{"ola@Trelleborg.SE", "", ""},
		{"ola@trelleborg.se Kopiera", "", ""},
		{"ola@trelleborg.seKopiera2", "", ""},
		{"Perstorp.seKopiera", "", ""},
	} {
		addr, word, ok := gluedAfterAddress(tt.in)
		if ok != (tt.addr != "") || addr != tt.addr || word != tt.word {
			t.Errorf("gluedAfterAddress(%q) = %q, %q, %v; want %q, %q", tt.in, addr, word, ok, tt.addr, tt.word)
		}
	}
	rec := parseOne(t, "a.txt", []byte("Framtidsresan\n\nProjektnummer:\n2020/00634\nE-post:\nPeter.Lindow@perstorp.seKopiera\n"))
	if str(rec.ContactEmail) != "Peter.Lindow@perstorp.se" || !hasWarningOn(rec.Warnings, 6, KeyContactEmail, `"Kopiera"`) {
		t.Errorf("contact_email %v, %v", str(rec.ContactEmail), rec.Warnings)
	}
}

// TestRunningTitle reads the page's own title again inside its field
// block, the block going on with labels it has not given, as a running
// head, one page; the same page pasted again, its labels again, is two.
func TestRunningTitle(t *testing.T) {
	head := "2020/00634 - Framtidsresan\n\nProjektnummer:\n2020/00634\nRegion:\nSydsverige\n\n"
	running := head + "2020/00634 - Framtidsresan\n\nProjektägare:\nPerstorps kommun\nBeviljat ESF-stöd:\n400 000\n"
	recs := mustParse(t, []byte(running))
	if len(recs) != 1 || str(recs[0].Owner) != "Perstorps kommun" || str(recs[0].Region) != "Sydsverige" {
		t.Fatalf("a running head: %d records", len(recs))
	}
	if !hasWarningOn(recs[0].Warnings, 8, KeyExtra, "2020/00634 - Framtidsresan") {
		t.Errorf("the running head not named: %v", recs[0].Warnings)
	}
	again := head + "2020/00634 - Framtidsresan\n\nProjektnummer:\n2020/00634\nRegion:\nSydsverige\n"
	if recs := mustParse(t, []byte(again)); len(recs) != 2 {
		t.Errorf("the same page again: %d records, want 2", len(recs))
	}
	// A copy updated, its labels in another order, below the first's text.
	updated := head + "Sammanfattning\n\n" + strings.Repeat("Ett stycke av sidans text om projektet. ", 4) + "\n\n" +
		"2020/00634 - Framtidsresan\n\nKontaktperson:\nPeter Lindow\nProjektägare:\nPerstorps kommun\nProjektnummer:\n2020/00634\n"
	if recs := mustParse(t, []byte(updated)); len(recs) != 2 || str(recs[1].Owner) != "Perstorps kommun" {
		t.Errorf("an updated copy below the page's text: %d records", len(recs))
	}
	late := head + "2020/00634 - Framtidsresan\n\nKontaktperson:\nPeter Lindow\nProjektägare:\nPerstorps kommun\nSlutdatum:\n2021-01-01\nRegion:\nSydsverige\n"
	if recs := mustParse(t, []byte(late)); len(recs) != 2 {
		t.Errorf("a copy whose fourth label is given: %d records, want 2", len(recs))
	}
	other := head + "2016/00100 - Annat\n\nProjektägare:\nMalmö stad\nBeviljat ESF-stöd:\n400 000\n"
	if recs := mustParse(t, []byte(other)); len(recs) != 2 {
		t.Errorf("another page's title: %d records, want 2", len(recs))
	}
}

// TestRunningHead names a line of the text that is the page's name, with
// a word before it or a sheet's counter after it, up to maxRunningHeadLen
// bytes, and not a line that names more.
func TestRunningHead(t *testing.T) {
	page := "Egenmakt\n\nProjektnummer:\n2020/00634\n\nSammanfattning\n\nFörsta stycket.\n%s\nAndra stycket.\n"
	for _, tt := range []struct {
		line  string
		named bool
	}{
		{"Egenmakt", true},
		{"Projekt: Egenmakt", true},
		{"Egenmakt    Sida 7 av 9", true},
		{"EGENMAKT", true},
		{"Egenmakt i Trelleborg", false},
		{"Egenmakt " + strings.Repeat("x", maxRunningHeadLen), false},
		// runningHeadExtra bytes beside the name, and one more.
		{"Projekt: Egenmakt" + strings.Repeat(" ", runningHeadExtra-len("Projekt: Sida 1 av 2")) + "Sida 1 av 2", true},
		{"Projekt: Egenmakt" + strings.Repeat(" ", runningHeadExtra-len("Projekt: Sida 1 av 2")+1) + "Sida 1 av 2", false},
	} {
		rec := parseOne(t, "h.txt", fmt.Appendf(nil, page, tt.line))
		if named := hasWarningOn(rec.Warnings, 9, KeySummary, "running head"); named != tt.named {
			t.Errorf("%q: named %v, want %v: %v", tt.line, named, tt.named, rec.Warnings)
		}
	}
}

// TestBrowserIcons reads a phone browser's bar of icons, as text
// recognition reads a screenshot's, as furniture: minBrowserIcons icons,
// back and forward among them, each once; not a drawing's row of arrows.
func TestBrowserIcons(t *testing.T) {
	for text, want := range map[string]bool{
		"<   >   ⬆   ⧉": true, "‹  ›  ↻": true, "<   >": false, "*  *  *": false, "<   >   Region": false, "↓    ↓    ↓": false,
		"⬆  ⬆  ⬆": false, "<   ⬆   ⧉": false, "→   →   →": false, "<   >   ⬆   ⬆": false,
	} {
		if got := isBrowserBar(text); got != want {
			t.Errorf("isBrowserBar(%q) = %v, want %v", text, got, want)
		}
	}
	rec := parseOne(t, "p.txt", []byte("Framtidsresan\n\nProjektnummer:\n2020/00634\n\nSammanfattning\n\nText.\n<   >   ⬆   ⧉\n\nSkapad med OneNote.\n"))
	if str(rec.Summary) != "Text." {
		t.Errorf("summary %q", str(rec.Summary))
	}
}

// TestStampSentence keeps a line of the text that begins with a date and
// a time and goes on in a sentence of minStampSentenceWords words, and
// leaves a printout's stamp furniture.
func TestStampSentence(t *testing.T) {
	for text, want := range map[string]bool{
		"2024-03-01 10:00 Kickoff med partnerna i Perstorp.": true,
		"2024-03-01 10:00 Kickoff med alla partner.":         true,  // minStampSentenceWords words
		"2024-03-01 10:00 Kickoff med partnerna.":            false, // one fewer
		"2024-03-01 10:00 Kickoff med partnerna i Perstorp":  false, // no sentence's end
		"2024-03-12 10:32    Egenmakt – Svenska ESF i Syd.":  false, // a header's gap
		"12/03/2024, 10:32": false,
		"2024-03-12 10:32 Egenmakt - Svenska ESF-rådet": false,
	} {
		if got := stampSentence(text); got != want {
			t.Errorf("stampSentence(%q) = %v, want %v", text, got, want)
		}
	}
	rec := parseOne(t, "d.txt", []byte("Framtidsresan\n\nProjektnummer:\n2020/00634\n\nSammanfattning\n\nFörsta stycket.\n2024-03-01 10:00 Kickoff med partnerna i Perstorp.\nAndra stycket.\n"))
	if got := fmt.Sprint(str(rec.Summary)); !strings.Contains(got, "Kickoff") {
		t.Errorf("summary %q", got)
	}
}
