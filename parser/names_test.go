package parser

import "testing"

// TestUnescapeName reads SharePoint's "_xHHHH_" escapes in a field's name,
// and leaves what only looks like one.
func TestUnescapeName(t *testing.T) {
	for _, tt := range []struct {
		in, want string
		found    bool
	}{
		{"Projekt_x00e4_gare", "Projektägare", true},
		{"Land_x0020_som_x0020_ber_x00f6_rs", "Land som berörs", true},
		{"Sekund_x00e4_rtema_x0020__x002d__x0020_Motverka", "Sekundärtema - Motverka", true},
		{"Sekund_x00e4_rtema_x0020__x00", "Sekundärtema _x00", true}, // cut at 32 characters
		{"max_x", "max_x", false},
		{"a_xZZZZ_b", "a_xZZZZ_b", false},
		{"a_x00e4b", "a_x00e4b", false},
		{"_xd800_", "_xd800_", false},     // a surrogate is no character
		{"a_x000D_b", "a_x000D_b", false}, // a control character is no name's
		{"a_x001F_b_x0020_c", "a_x001F_b c", true},
		{"Region", "Region", false},
	} {
		got, found := unescapeName(tt.in)
		if got != tt.want || found != tt.found {
			t.Errorf("unescapeName(%q) = %q, %v; want %q, %v", tt.in, got, found, tt.want, tt.found)
		}
	}
}

// TestUnescapeLabels reads the escapes in each line's label and leaves the
// values as written.
func TestUnescapeLabels(t *testing.T) {
	in := "Projekt_x00e4_gare      : PERSTORPS_x0020_AB\nSt_x00f6_dmottagare_x0020_ort\tPERSTORP\nRegion=Syd_x00e4_\nBer_x00f6_rd_x0020_fond\n"
	want := "Projektägare      : PERSTORPS_x0020_AB\nStödmottagare ort\tPERSTORP\nRegion=Syd_x00e4_\nBerörd fond\n"
	if got, ok := unescapeLabels(in); got != want || !ok {
		t.Errorf("unescapeLabels = %q, %v\nwant %q", got, ok, want)
	}
	if got, ok := unescapeLabels("Projektet ska ge vägar._x000D_Det sker_x0020_så\n"); ok || got != "Projektet ska ge vägar._x000D_Det sker_x0020_så\n" {
		t.Errorf("a sentence's escapes read: %q, %v", got, ok)
	}
	if got, ok := unescapeLabels("Region: Syd_x00e4_\n"); ok || got != "Region: Syd_x00e4_\n" {
		t.Errorf("a value's escape read: %q, %v", got, ok)
	}
	if got := listFieldName("ows_Projekt_x00e4_gare"); got != "Projektägare" {
		t.Errorf("listFieldName = %q", got)
	}
	if got := listFieldName("ows_"); got != "ows_" {
		t.Errorf("listFieldName(ows_) = %q", got)
	}
}

// TestSharePointList reads a list exported from SharePoint as CSV: its
// columns' names escaped, its items' titles the projects' names.
func TestSharePointList(t *testing.T) {
	in := "Title,Projektnummer,Projekt_x00e4_gare,Beviljat_x0020_ESF_x002d_st_x00f6_d,Modified\nWithin Kompetens,2015/00764,Kristianstads kommun,7 380 388 kr,2024-03-05T09:12:00Z\n"
	rec := parseOne(t, "lista.csv", []byte(in))
	if deref(rec.Name) != "Within Kompetens" || deref(rec.Owner) != "Kristianstads kommun" || rec.ESFSupportSEK == nil || *rec.ESFSupportSEK != 7380388 {
		t.Errorf("read name %q, owner %q, support %v", deref(rec.Name), deref(rec.Owner), rec.ESFSupportSEK)
	}
	if !hasWarning(rec, 2, KeyName, WarnSpelling) {
		t.Errorf("the title's column is not named: %v", rec.Warnings)
	}
	// A contact's title is no name.
	rec = parseOne(t, "lista.csv", []byte("Projektnummer,Projektägare,Region,Kontaktperson,Titel\n2020/00634,Perstorps kommun,Sydsverige,Peter Lindow,Projektledare\n"))
	if rec.Name != nil && *rec.Name == "Projektledare" {
		t.Error("a contact's title read as the name")
	}
	// A list that names its projects keeps "Title" as a column of its own.
	rec = parseOne(t, "lista.csv", []byte("Title,Namn,Projektnummer,Region\nPost 1,Within Kompetens,2015/00764,Sydsverige\n"))
	if title, _ := rec.Extra.Get("Title"); deref(rec.Name) != "Within Kompetens" || deref(title) != "Post 1" {
		t.Errorf("read name %q, extra %v", deref(rec.Name), rec.Extra)
	}
}

// TestCutLabel reads a label cut short at a width as the one label it
// begins, from minCutLabel letters on.
func TestCutLabel(t *testing.T) {
	for _, tt := range []struct {
		label string
		want  Key // NumKeys for none
	}{
		{"Projektägare organis", KeyOwnerOrgNumber},
		{"Insats av strategisk", KeyStrategicImportance},
		{"Sekundärtema -", KeyChildPoverty},
		{"Unionens medf", KeyCofinancingRate}, // minCutLabel letters
		{"Unionens med", numKeys},             // one fewer
		{"Projektägare", numKeys},             // a label's whole spelling
		{"Stödmottagare", numKeys},            // begins postnr's, ort's and address's
	} {
		got := cutLabel(spellingKey(tt.label))
		if got == nil && tt.want != numKeys || got != nil && got.key != tt.want {
			t.Errorf("cutLabel(%q) = %v, want %v", tt.label, got, tt.want)
		}
	}
}

// TestHTMLFragment reads a CMS's blocks saved as text as HTML, and a text
// with a tag or two left in it as text.
func TestHTMLFragment(t *testing.T) {
	for in, want := range map[string]bool{
		"<!-- wp:heading -->\n<h1>Egenmakt</h1>\n<!-- /wp:heading -->\n<p><strong>Region:</strong> Sydsverige</p>\n<p>Text</p>\n": true,
		"<div class=\"x\"><p>A</p><p>B</p><p>C</p></div>":                                                                         true,
		"<p>A</p><p>B</p>":                                false, // minFragmentBlocks less one
		"Egenmakt\n<p>A</p><p>B</p><p>C</p>":              false, // text first
		"<?xml version=\"1.0\"?><p>A</p><p>B</p><p>C</p>": false,
	} {
		if got := htmlFragment([]byte(in)); got != want {
			t.Errorf("htmlFragment(%q) = %v", in, got)
		}
	}
}
