package parser

import (
	"strings"
	"testing"
)

// TestReadFormBody reads a form's body as the text of its fields that hold
// lines, at minFormEscapes escapes and above; a line with a space, a
// field with no "=", or no field that holds a line break is no form's.
func TestReadFormBody(t *testing.T) {
	for _, tt := range []struct {
		name, in, want string
	}{
		{"a form's body", "subject=Projekt&text=Region%3A+Sydsverige%0D%0AOrt%3A+Lund&submit=Skicka\n", "Region: Sydsverige\nOrt: Lund\n"},
		{"at the edge", "text=Region%3A%0ASyd%2C\n", "Region:\nSyd,\n"},
		{"under the edge", "text=Region%3A%0ASyd\n", ""},
		{"a page's line above", "Framtidsresan\ntext=Region%3A+Sydsverige%0D%0AOrt%3A+Lund\n", "Framtidsresan\nRegion: Sydsverige\nOrt: Lund\n"},
		{"no line end at the end", "text=Region%3A+Sydsverige%0D%0AOrt%3A+Lund", "Region: Sydsverige\nOrt: Lund"},
		{"a space", "text=Region%3A Sydsverige%0D%0AOrt%3A+Lund\n", ""},
		{"a field with no =", "text=Region%3A+Sydsverige%0D%0AOrt%3A+Lund&x\n", ""},
		{"a mailto link's body", "mailto:a@b.se?subject=Intresseanm%C3%A4lan&body=Namn%3A%0D%0ATelefon%3A%0D%0A\n", ""},
		{"an address's query", "https://x.se/?q=Namn%3A%0D%0ATelefon%3A%0D%0A\n", ""},
		{"a mailto link that carries a page", "mailto:?subject=Framtidsresan&body=A%0D%0AB%0D%0AC%0D%0AD%0D%0AE\n", "A\nB\nC\nD\nE\n"},
		{"a link's field of minLinkedLines less one", "mailto:?subject=Framtidsresan&body=A%0D%0AB%0D%0AC%0D%0AD\n", ""},
		{"a field's name in brackets", "page[body]=Region%3A+Syd%0AOrt%3A+Lund\n", "Region: Syd\nOrt: Lund\n"},
		{"no line break in a field", "text=Region%3A+Sydsverige%2C+Lund%2C&y=%0A\n", ""},
	} {
		got, at, read := readFormBody([]byte(tt.in))
		if (read != nil) != (tt.want != "") || read != nil && got != tt.want {
			t.Errorf("%s: %q %v, want %q", tt.name, got, read, tt.want)
		}
		if read != nil && len(at) != strings.Count(got, "\n")+1-boolInt(strings.HasSuffix(got, "\n")) {
			t.Errorf("%s: %d lines mapped for %q", tt.name, len(at), got)
		}
	}
	rec := parseOne(t, "p.txt", []byte("Framtidsresan\n\ntext=Projektnummer%3A+2020%2F00634%0D%0ARegion%3A+Sydsverige&submit=Skicka\n"))
	if deref(rec.Region) != "Sydsverige" || rec.Lines[KeyRegion] != 3 || warningSaying(rec, 3, "web form's body") == nil {
		t.Errorf("region %q (line %d): %v", deref(rec.Region), rec.Lines[KeyRegion], rec.Warnings)
	}
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// TestFormFacts reads a form's body and a link's query whose fields are
// named by labels as the page's facts, escaped in UTF-8 or in Latin-1,
// spaces as "+" or "%20"; a site's own query of few labels is left as
// it is.
func TestFormFacts(t *testing.T) {
	for _, c := range []struct{ name, page string }{
		{"query", "https://intranat.example.se/esf/registrera?Namn=Egenmakt&Projekt%C3%A4gare=Arbete%20och%20F%C3%B6rs%C3%B6rjning&Region=Sydsverige&Projektperiod=2009-01-15%20till%202009-10-31&Sammanfattning=Denna%20f%C3%B6rprojektering%20%C3%A4mnar%20ta%20fram%20en%20modell.\n"},
		{"latin1", "Form Data (view source)\nNamn=Egenmakt&Projekt%E4gare=Arbete+och+F%F6rs%F6rjning&Region=Sydsverige&Projektperiod=2009-01-15+till+2009-10-31&Sammanfattning=Denna+f%F6rprojektering+%E4mnar+ta+fram+en+modell.\n"},
	} {
		rec := mustParse(t, []byte(c.page))[0]
		if deref(rec.Name) != "Egenmakt" || deref(rec.Owner) != "Arbete och Försörjning" || deref(rec.EndDate) != "2009-10-31" || deref(rec.Summary) != "Denna förprojektering ämnar ta fram en modell." {
			t.Errorf("%s: name %q, owner %q, end %q, summary %q", c.name, deref(rec.Name), deref(rec.Owner), deref(rec.EndDate), deref(rec.Summary))
		}
		if !warnedOf(rec, "a link's query") {
			t.Errorf("%s: the reading not named: %v", c.name, rec.Warnings)
		}
	}
	for _, c := range []struct {
		line string
		ok   bool
	}{
		{"Namn=A&Region=Sydsverige&Projekt%C3%A4gare=B", true},
		{"Namn=A&Region=Sydsverige&utm_source=x%20y", false}, // two labels
		{"q=region%20sk%C3%A5ne&page=2&sort=asc", false},
		{"Namn=A&Region=Sydsverige&Projektägare=%ZZ", false}, // no escape
	} {
		if _, ok := formFacts(c.line); ok != c.ok {
			t.Errorf("formFacts(%q) = %v, want %v", c.line, ok, c.ok)
		}
	}
}
