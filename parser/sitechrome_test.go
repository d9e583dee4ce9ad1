package parser

import "testing"

// TestSiteChrome reads pages copied from the site with what a copy of the
// whole window takes along below the page's text: a share bar, a button
// behind its arrow, the council's footer in its forms, a cookie notice's
// heading, a box of other projects. None of it is the page's: the text
// ends above it, and the other projects make no page of their own. Each
// row beside it is an edge: the same words where they are the page's.
func TestSiteChrome(t *testing.T) {
	const page = "Framtidsresan\n\nProjektnummer:\n2020/00634\nRegion:\nSydsverige\n\nSammanfattning\n\nText om projektet.\n\n"
	tests := []struct {
		name    string
		tail    string
		summary string
		pages   int
		want    map[string]any
	}{
		{"a share bar's e-mail button at the end", "Dela:\nFacebook\nLinkedIn\nE-post\n", "Text om projektet.", 1, nil},
		{"a share bar's e-mail button above a box of other projects", "Dela\nFacebook\nE-post\n\nLiknande projekt\nUnga i Nordost\n2016/00033\n", "Text om projektet.", 1, nil},
		{"the e-mail label below a share bar with its value below", "Dela:\nFacebook\nE-post\nola@trelleborg.se\n", "Text om projektet.\n\nE-post\nola@trelleborg.se", 1, nil},
		{"a button behind its arrow", "↑ Till toppen\n", "Text om projektet.", 1, nil},
		{"a heading behind an arrow is the text's", "↑ Ny rubrik\n", "Text om projektet.\n\n↑ Ny rubrik", 1, nil},
		{"the footer on one line, its parts parted again by commas", "Svenska ESF-rådet | Box 47141, 100 74 Stockholm | Telefon 08-579 171 00 | esf@esf.se | Org.nr 202100-5521\n", "Text om projektet.", 1, nil},
		{"the footer a line a part, its number with no word", "Svenska ESF-rådet\nBox 47141\n100 74 Stockholm\n08-579 171 00\nesf@esf.se\nOrganisationsnummer 202100-5521\n", "Text om projektet.", 1, nil},
		{"the council's telephone and e-mail alone", "Tel: 08-579 171 00\nE-post: esf@esf.se\n", "Text om projektet.", 1, nil},
		{"another's telephone and e-mail below the text stay", "Tel: 0410-733094\nE-post: ola@trelleborg.se\n", "Text om projektet.\n\nTel: 0410-733094\nE-post: ola@trelleborg.se", 1, nil},
		{"a cookie notice's heading", "Kakor på esf.se\nVi använder kakor för att webbplatsen ska fungera.\nGodkänn alla\n", "Text om projektet.", 1, nil},
		{"a box of other projects, each a card of a name and a number", "Liknande projekt\nFramtidsvägen Klippan\nProjektnummer: 2019/00241\nArbetsmarknadsnavet\nProjektnummer: 2020/00711\n", "Text om projektet.", 1,
			map[string]any{"other_sections": []any{map[string]any{"heading": "Liknande projekt", "text": "Framtidsvägen Klippan\nProjektnummer: 2019/00241\nArbetsmarknadsnavet\nProjektnummer: 2020/00711"}}}},
		{"a box of other projects under a heading of no section", "Fler projekt inom samma område\nFramtidsvägen Klippan\nProjektnummer: 2019/00241\n", "Text om projektet.", 1, map[string]any{"other_sections": []any{}}},
		{"a box of cards of a name, an owner, a number and a link", "Relaterade projekt\nUnga i Nordost\nÖstra Göinge kommun\n2016/00033\nLäs mer\nWithin po 2\nHässleholms kommun\n2015/00812\nLäs mer\n", "Text om projektet.", 1, nil},
		{"a box of cards with the number below its label", "Fler projekt inom samma område\nUnga i Nordost\nProjektnummer\n2016/00033\nArbetsmarknadsnavet\nProjektnummer\n2020/00711\n", "Text om projektet.", 1, nil},
		{"a box's heading with no number below it is a section", "Liknande projekt\nFler projekt finns i projektbanken\n", "Text om projektet.", 1, map[string]any{"other_sections": []any{map[string]any{"heading": "Liknande projekt", "text": "Fler projekt finns i projektbanken"}}}},
		{"a page below a box of other projects keeps its title", "Relaterade projekt\nUnga i Nordost\n2016/00033\n\nArbetsmarknadsnavet\n\nProjektnummer:\n2020/00711\nRegion:\nSydsverige\n", "Text om projektet.", 2, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			recs := mustParse(t, []byte(page+tt.tail))
			if len(recs) != tt.pages {
				t.Fatalf("%d pages, want %d", len(recs), tt.pages)
			}
			rec := recs[0]
			if got := deref(rec.Summary); got != tt.summary {
				t.Errorf("summary = %q, want %q", got, tt.summary)
			}
			got := keyValues(t, rec, "other_sections")
			if want, ok := tt.want["other_sections"]; ok && jsonString(got["other_sections"]) != jsonString(want) {
				t.Errorf("other_sections = %s, want %s", jsonString(got["other_sections"]), jsonString(want))
			}
			if tt.pages == 2 && deref(recs[1].Name) != "Arbetsmarknadsnavet" {
				t.Errorf("the page below the box is named %q, want Arbetsmarknadsnavet", deref(recs[1].Name))
			}
		})
	}
}

// TestCouncilContactInBlock reads the council's own telephone and e-mail
// as a page's contact where the page's field block gives them: only below
// the page's text, beside the council's address, are they its footer.
func TestCouncilContactInBlock(t *testing.T) {
	rec := parseOne(t, "page.txt", []byte("Framtidsresan\n\nProjektnummer:\n2020/00634\nKontaktperson:\nAnna Berg\nE-post:\nanna.berg@esf.se\nTelefon:\n08-579 171 00\n"))
	if deref(rec.ContactEmail) != "anna.berg@esf.se" || deref(rec.ContactPhone) != "08-579 171 00" {
		t.Errorf("contact = %q, %q, want anna.berg@esf.se, 08-579 171 00", deref(rec.ContactEmail), deref(rec.ContactPhone))
	}
}

// TestCutDay names a date of a period that ends in a day of one digit
// after a month of two, as a printed cell cut it; dates written unpadded
// throughout are no cut.
func TestCutDay(t *testing.T) {
	tests := []struct {
		period string
		warned bool
	}{
		{"2021-02-01 - 2021-10-3", true},
		{"2021-02-01 - 2021-10-31", false},
		{"2021-2-1 - 2021-10-31", false},
		{"2021-2-1 - 2021-3-1", false},
		{"2021-02-1 - 2021-10-31", false},
		{"20210201 - 2021-10-3", true},
	}
	for _, tt := range tests {
		rec := parseOne(t, "page.txt", []byte("Framtidsresan\n\nProjektnummer:\n2020/00634\nProjektperiod:\n"+tt.period+"\n"))
		if warned := hasWarningOn(rec.Warnings, 6, KeyEndDate, "the date may be cut short"); warned != tt.warned {
			t.Errorf("%q: warned %v, want %v (%v)", tt.period, warned, tt.warned, rec.Warnings)
		}
	}
}

// TestBoxAboveOwnNumber reads a box of other projects above a page's own
// field block: the box ends where the page's number has a label below it.
func TestBoxAboveOwnNumber(t *testing.T) {
	rec := parseOne(t, "page.txt", []byte("Framtidsresan\n\nFler projekt inom samma område\nUnga i Nordost\n2016/00033\n\nProjektnummer:\n2020/00634\nProjektägare:\nPerstorps kommun\n"))
	if deref(rec.ID) != "2020/00634" || deref(rec.Owner) != "Perstorps kommun" || deref(rec.Name) != "Framtidsresan" {
		t.Errorf("id %q, owner %q, name %q", deref(rec.ID), deref(rec.Owner), deref(rec.Name))
	}
}
