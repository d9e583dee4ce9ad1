package parser

import "testing"

func TestSplitContact(t *testing.T) {
	tests := []struct {
		in, name, phone, email string
		ok                     bool
	}{
		{"Peter Lindow, 0435-78 10 00", "Peter Lindow", "0435-78 10 00", "", true},
		{"Peter Lindow tel: 0435-78 10 00", "Peter Lindow", "0435-78 10 00", "", true},
		{"Peter Lindow (tfn 0435-781000)", "Peter Lindow", "0435-781000", "", true},
		{"Ola Johnsson 0410-733094", "Ola Johnsson", "0410-733094", "", true},
		{"Ola Johnsson, +46 410 73 30 94", "Ola Johnsson", "+46 410 73 30 94", "", true},
		{"Ola Johnsson ola.johnsson@trelleborg.se", "Ola Johnsson", "", "ola.johnsson@trelleborg.se", true},
		{"Ola Johnsson, e-post: ola@trelleborg.se, mobil: 070-123 45 67", "Ola Johnsson", "070-123 45 67", "ola@trelleborg.se", true},
		{"tel 0410-733094 Ola Johnsson", "Ola Johnsson", "0410-733094", "", true},
		{"0410-733094", "", "0410-733094", "", true},
		{"Ola Johnsson 012 345", "Ola Johnsson 012 345", "", "", false}, // six digits: no phone number
		{"Ola Johnsson 0123 456", "Ola Johnsson", "0123 456", "", true}, // seven
		{"Ola Johnsson 2021-2023", "Ola Johnsson 2021-2023", "", "", false},
		{"Ola Johnsson 0410-733094, 0410-733095", "Ola Johnsson 0410-733094, 0410-733095", "", "", false},
		{"Anna Andersson (projektledare)", "Anna Andersson (projektledare)", "", "", false},
		{"Anna Andersson", "Anna Andersson", "", "", false},
		{"OLA JOHNSSON E-POSTOLA.JOHNSSON@TRELLEBORG.SE", "OLA JOHNSSON", "", "OLA.JOHNSSON@TRELLEBORG.SE", true},
		{"Ola e-post@trelleborg.se", "Ola", "", "e-post@trelleborg.se", true},
		{"Peter Lindow, projektledare, Peter.Lindow (at) perstorp.se", "Peter Lindow, projektledare", "", "Peter.Lindow@perstorp.se", true},
		{"Peter Lindow, peter.lindow at perstorp.se", "Peter Lindow", "", "peter.lindow@perstorp.se", true},
		{"Peter Lindow [peter.lindow(at)perstorp(punkt)se]", "Peter Lindow", "", "peter.lindow@perstorp.se", true},
		{"Peter Lindow, peter [at] perstorp [dot] se, 0435-78 10 00", "Peter Lindow", "0435-78 10 00", "peter@perstorp.se", true},
		{"Peter Lindow at perstorp", "Peter Lindow at perstorp", "", "", false},       // no domain
		{"Peter Lindow, möte at 10.30", "Peter Lindow, möte at 10.30", "", "", false}, // no address's domain
	}
	for _, tt := range tests {
		name, phone, email, ok := splitContact(tt.in)
		if name != tt.name || phone != tt.phone || email != tt.email || ok != tt.ok {
			t.Errorf("splitContact(%q) = %q, %q, %q, %v; want %q, %q, %q, %v", tt.in, name, phone, email, ok, tt.name, tt.phone, tt.email, tt.ok)
		}
	}
}

// TestContactOnOneLine checks that a contact written with their phone
// number gives the name and the number, each to its key, and says so; and
// that a number given again under its own label is no conflict.
func TestContactOnOneLine(t *testing.T) {
	rec := parseOne(t, "p.txt", []byte("Projektnummer: 2020/00634\nKontaktperson: Peter Lindow, 0435-78 10 00\nTelefonnummer: 0435-78 10 00\nRegion: Sydsverige\n"))
	if str(rec.ContactName) != "Peter Lindow" || str(rec.ContactPhone) != "0435-78 10 00" {
		t.Errorf("contact %v, phone %v", str(rec.ContactName), str(rec.ContactPhone))
	}
	// The page has no title, which is said on line 1.
	if len(rec.Warnings) != 3 || warningOn(rec, 1, KeyName) == nil || warningOn(rec, 2, KeyContactName) == nil || warningOn(rec, 2, KeyContactPhone) == nil {
		t.Errorf("warnings %v, want one on line 2 for the name and one for the phone", rec.Warnings)
	}
}

// TestOwnerOrgNumber checks an organisation number written on the owner's
// line, taken off it into owner_org_number, and owners with digits of
// their own, kept.
func TestOwnerOrgNumber(t *testing.T) {
	for _, tt := range []struct{ value, owner, number string }{
		{"Kristianstads kommun (212000-0910)", "Kristianstads kommun", "212000-0910"},
		{"Kristianstads kommun, org.nr 212000-0910", "Kristianstads kommun", "212000-0910"},
		{"Kristianstads kommun, Org nr: 212000-0910", "Kristianstads kommun", "212000-0910"},
		{"Kristianstads kommun, organisationsnummer 2120000910", "Kristianstads kommun", "2120000910"},
		{"Kristianstads kommun 2120000910", "Kristianstads kommun", "2120000910"},
		{"Kristianstads kommun – 212000-0910", "Kristianstads kommun", "212000-0910"},
		{"Arbete och Försörjning", "", ""},
		{"Region 12345", "", ""},
		{"212000-0910", "", ""},
		{"Kristianstads kommun 21200-0910", "", ""},
		{"Kristianstads kommun 212000-09101", "", ""},
		{"3M Svenska AB", "", ""},
		{"212000-0910 Kristianstads kommun", "Kristianstads kommun", "212000-0910"},
		{"(2120000910) Kristianstads kommun", "Kristianstads kommun", "2120000910"},
		{"212000-0910, Kristianstads kommun", "Kristianstads kommun", "212000-0910"},
		{"212000-0910 2020", "", ""},
		{"21200-0910 Kristianstads kommun", "", ""},
		{"Kommunförbundet 12345678901", "", ""},
		{"Perstorps kommun 0435781000", "", ""},
		{"0435781000 Perstorps kommun", "", ""},
	} {
		owner, number, ok := splitOwnerOrgNumber(tt.value)
		if ok != (tt.owner != "") || ok && (owner != tt.owner || number != tt.number) {
			t.Errorf("splitOwnerOrgNumber(%q) = %q, %q, %v; want %q, %q", tt.value, owner, number, ok, tt.owner, tt.number)
		}
	}
	page := "Within\n\nProjektnummer:\n2015/00764\nProjektägare:\nKristianstads kommun (212000-0910)\nRegion:\nSydsverige\n"
	rec := parseOne(t, "p.txt", []byte(page))
	if valueOf(rec.Owner) != "Kristianstads kommun" || valueOf(rec.OwnerOrgNumber) != "212000-0910" || warningSaying(rec, 6, "organisation number") == nil {
		t.Errorf("owner %q, number %q, warnings %v", valueOf(rec.Owner), valueOf(rec.OwnerOrgNumber), rec.Warnings)
	}
	twice := "Within\n\nProjektägare:\nKristianstads kommun\nProjektägare:\nLunds kommun (212000-1124)\n"
	rec = parseOne(t, "p.txt", []byte(twice))
	if valueOf(rec.Owner) != "Kristianstads kommun" || rec.OwnerOrgNumber != nil {
		t.Errorf("an owner given again with a number: owner %q, number %q", valueOf(rec.Owner), valueOf(rec.OwnerOrgNumber))
	}
	given := "Within\n\nProjektägare organisationsnummer:\n2120000911\nProjektägare:\nKristianstads kommun (212000-0910)\n"
	rec = parseOne(t, "p.txt", []byte(given))
	if valueOf(rec.Owner) != "Kristianstads kommun" || valueOf(rec.OwnerOrgNumber) != "212000-0911" || warningSaying(rec, 6, "as given on line 4") == nil {
		t.Errorf("a number given: owner %q, number %q, warnings %v", valueOf(rec.Owner), valueOf(rec.OwnerOrgNumber), rec.Warnings)
	}
}

// TestNumberNamed checks a project's or a call's number with the word a
// registry writes before it, read without the word.
func TestNumberNamed(t *testing.T) {
	for _, tt := range []struct{ written, id string }{
		{"Dnr 2020/00634", "2020/00634"},
		{"Dnr. 2020/00634", "2020/00634"},
		{"dnr: 2020/00634", "2020/00634"},
		{"Diarienr 2008-3020003", "2008-3020003"},
		{"Nr 23-038-S06", "23-038-S06"},
		{"2020/00634", "2020/00634"},
		{"Dnr 2020/0063", "Dnr 2020/0063"},
		{"Dnr2020/00634", "2020/00634"},
		{"Ansökan 2020/00634", "Ansökan 2020/00634"},
		{"ESF-2020/00634", "2020/00634"},
		{"ESF 2020/00634", "2020/00634"},
		{"Projektnummer 2020/00634", "2020/00634"},
		{"2020 / 00634", "2020/00634"},
		{"2020 /00634", "2020/00634"},
		{"2020  / 00634", "2020/00634"},
		{"ESF+-2020/00634", "ESF+-2020/00634"},
	} {
		rec := parseOne(t, "p.txt", []byte("Framtidsresan\n\nProjektnummer:\n"+tt.written+"\nRegion:\nSydsverige\n"))
		if valueOf(rec.ID) != tt.id {
			t.Errorf("%q: id %q, want %q", tt.written, valueOf(rec.ID), tt.id)
		}
	}
}
