package parser

import (
	"fmt"
	"strings"
	"testing"
)

// TestOnFormBlank takes off the underscores of a form's line to write on,
// minBlankRun or more before a value, after it or both; one underscore is
// a name's own, and underscores inside a value leave it as written.
func TestOnFormBlank(t *testing.T) {
	blank := strings.Repeat("_", minBlankRun)
	for v, want := range map[string]string{
		"___GÄVLE KOMMUN___":               "GÄVLE KOMMUN",
		blank + "Perstorps kommun" + blank: "Perstorps kommun",
		"Perstorps kommun" + blank:         "Perstorps kommun",
		blank + "Perstorps kommun":         "Perstorps kommun",
		"_____Mikael Pettersson_____ ":     "Mikael Pettersson",
		"___ 11 ___":                       "11",
		// Under the run: a name's own underscore, or none at all.
		"_Perstorps kommun_":   "",
		"anna_svensson":        "",
		"Perstorps kommun":     "",
		"___":                  "",
		"___Ola___Johnsson___": "",
		"_" + blank + "x":      "x",
		"x" + blank + "_":      "x",
		"_x" + blank:           "",
	} {
		got, ok := onFormBlank(v)
		if !ok {
			got = ""
		}
		if got != want {
			t.Errorf("onFormBlank(%q) = %q, want %q", v, got, want)
		}
	}
	rec := parseOne(t, "p.txt", []byte("Within\n\nProjektnummer: 2015/00764\nProjektägare: ____Kristianstads kommun____\nKontaktperson: ___Kaisa Welander___\nStödmottagare ort: ___KRISTIANSTAD___\n"))
	if deref(rec.Owner) != "Kristianstads kommun" || deref(rec.ContactName) != "Kaisa Welander" || deref(rec.City) != "KRISTIANSTAD" || !hasWarningOn(rec.Warnings, 4, KeyOwner, "form's blank line") {
		t.Errorf("owner %q, contact %q, city %q, warnings %v", deref(rec.Owner), deref(rec.ContactName), deref(rec.City), rec.Warnings)
	}
}

// TestBoxedValue reads a form's box in square brackets round a value,
// with a space inside either end, or round the label before its value;
// a word in brackets close to them is the form's note.
func TestBoxedValue(t *testing.T) {
	for _, tc := range []struct{ line, label, value string }{
		{"Telefonnummer [ 08-615 98 81 ]", "Telefonnummer", "08-615 98 81"},
		{"Region [Sydsverige ]", "Region", "Sydsverige"},
		{"[Projektfas] Förprojektering", "Projektfas", "Förprojektering"},
		{"[ Projektägare ] Umeå kommun", "Projektägare", "Umeå kommun"},
		{"Projektägare [krävs]", "", ""},
		{"Projektägare [ ]", "", ""},
		{"[Projektfas]", "", ""},
		{"[Projektfas]Förprojektering", "", ""},
		{"[x] Sydsverige", "x", "Sydsverige"},
		{"Se [länk](https://esf.se)", "", ""},
	} {
		label, value, ok := boxedValue(tc.line)
		if !ok {
			label, value = "", ""
		}
		if label != tc.label || value != tc.value {
			t.Errorf("boxedValue(%q) = %q, %q; want %q, %q", tc.line, label, value, tc.label, tc.value)
		}
	}
	page := "Vägen vidare\n\n[Projektfas] Förprojektering\nProjektägare [ Södertälje kommun ]\nTelefonnummer [ 08-615 98 81 ]\nBeviljat ESF-stöd [ 5 400 000 kr ]\n[Projektperiod] 2012-01-01 till 2013-12-31\n"
	rec := parseOne(t, "p.txt", []byte(page))
	if deref(rec.ProjectPhase) != "Förprojektering" || deref(rec.Owner) != "Södertälje kommun" || deref(rec.ContactPhone) != "08-615 98 81" ||
		rec.ESFSupportSEK == nil || *rec.ESFSupportSEK != 5400000 || deref(rec.EndDate) != "2013-12-31" {
		t.Errorf("phase %q, owner %q, phone %q, support %v, end %q", deref(rec.ProjectPhase), deref(rec.Owner), deref(rec.ContactPhone), rec.ESFSupportSEK, deref(rec.EndDate))
	}
	if !hasWarningOn(rec.Warnings, 5, KeyContactPhone, "form's box") {
		t.Errorf("the box is not named: %v", rec.Warnings)
	}
}

// TestLowerLabelBelow joins a glued value's last word that is a label's
// in a small letter ("kommun") below a label in a capital; a label in a
// capital below, or a page whose labels are all small, keeps its label.
func TestLowerLabelBelow(t *testing.T) {
	for _, tc := range []struct {
		page, owner string
	}{
		{"ProjektnummerX\nProjektägareFalu\n    kommun\nKontaktpersonUlf Forsberg\nRegionNorra Mellansverige\n", "Falu kommun"},
		{"ProjektnummerX\nProjektägareFalu\n    kommun\n\nSammanfattning\n", "Falu kommun"},
		{"Projektnummer: 2015/00764\nProjektägare: Falu\nkommun\nKontaktperson: Ulf Forsberg\n", "Falu kommun"},
		// A label over a value of its own stays the page's label.
		{"ProjektnummerX\nProjektägarePerstorps kommun\nregion\nSydsverige\n", "Perstorps kommun"},
		{"Projektnummer: 2015/00764\nProjektägare: Falu\nKommun: Falun\nKontaktperson: Ulf Forsberg\n", "Falu"},
	} {
		rec := parseOne(t, "p.txt", []byte("Within\n\n"+tc.page))
		if deref(rec.Owner) != tc.owner {
			t.Errorf("%q: owner %q, want %q", tc.page, deref(rec.Owner), tc.owner)
		}
	}
	next := classify("KontaktpersonUlf Forsberg", 3, false)
	for _, tc := range []struct {
		above, below string
		want         bool
	}{
		{"ProjektägareFalu", "kommun", true},
		{"projektägarefalu", "kommun", false}, // a page of small letters
		{"ProjektägareFalu", "b) kommun", false},
		{"Projektägare: Falu", "kommun", false}, // the label's colon
		{"ProjektägareFalu", "Kommun", false},
	} {
		above, below := classify(tc.above, 1, false), classify(tc.below, 2, false)
		if got := lowerLabelBelow(&above, &below, &next); got != tc.want {
			t.Errorf("lowerLabelBelow(%q, %q) = %v, want %v", tc.above, tc.below, got, tc.want)
		}
	}
	above, below := classify("ProjektägareFalu", 1, false), classify("kommun", 2, false)
	if value := classify("Sydsverige", 3, false); lowerLabelBelow(&above, &below, &value) {
		t.Error("a label over a value of its own read as a value's end")
	}
}

// TestQuotedPrintableInReply decodes a reply whose quoted page is written
// in quoted-printable, as a mail client sent it and a reader pasted it,
// with no header to say so; one "=C3" by chance decodes nothing.
func TestQuotedPrintableInReply(t *testing.T) {
	page := "Hej Per!\n\nH=C3=A4r kommer sidan.\n\nMvh Anna\n\n> Arbetsliv f=C3=B6r alla\n>\n> Projektnummer: 2014/00607\n> Projekt=C3=A4gare: V=C3=A4ster=C3=A5s stad\n> Kontaktperson: H=C3=A5kan Johansson\n> Region: =C3=96stra Mellansverige\n"
	rec := parseOne(t, "p.txt", []byte(page))
	if deref(rec.Owner) != "Västerås stad" || deref(rec.ContactName) != "Håkan Johansson" || deref(rec.Region) != "Östra Mellansverige" {
		t.Errorf("owner %q, contact %q, region %q", deref(rec.Owner), deref(rec.ContactName), deref(rec.Region))
	}
	once := strings.Replace(page, "H=C3=A5kan", "Håkan", 1)
	once = strings.NewReplacer("=C3=A4", "ä", "=C3=A5", "å", "=C3=96", "Ö").Replace(once)
	once = strings.Replace(once, "för alla", "f=C3=B6r alla", 1)
	rec = parseOne(t, "p.txt", []byte(once))
	if deref(rec.Name) != "Arbetsliv f=C3=B6r alla" {
		t.Errorf("one letter in quoted-printable decoded: name %q", deref(rec.Name))
	}
}

// TestSoftHyphenAtLineEnd reads a soft hyphen at a line's end, where a PDF
// or a word processor broke a word, as the hyphen that broke it: the word
// is joined whole. Elsewhere the soft hyphen shows nothing and goes.
func TestSoftHyphenAtLineEnd(t *testing.T) {
	page := "Within\n\nProjektnummer: 2015/00764\nProjektägare: Perstorps kommun\n\nSammanfattning\n\n" +
		"förhållningssätt för verksamheterna. Förstudien ger möjlighet till utvec\u00AD\nklade projektidéer inför kommande ansök\u00ADningar.\n"
	rec := parseOne(t, "p.txt", []byte(page))
	if want := "förhållningssätt för verksamheterna. Förstudien ger möjlighet till utvecklade projektidéer inför kommande ansökningar."; deref(rec.Summary) != want {
		t.Errorf("summary %q, want %q", deref(rec.Summary), want)
	}
}

// TestFormAnswersJSON reads a form's export, each answer an object of its
// question, its answer and the form's own keys, in a list or a line each;
// an object with a key of a page's own is no answer.
func TestFormAnswersJSON(t *testing.T) {
	answers := []string{
		`{"question": "Diarienummer", "answer": "24-102-S09", "id": 1, "type": "text"}`,
		`{"question": "Namn", "answer": "Hållbar Omställning 2.0", "id": 2, "type": "text"}`,
		`{"question": "Projektägare", "answer": "Falu kommun", "id": 3, "type": "text"}`,
		`{"question": "Region", "answer": "Norra Mellansverige", "id": 4, "type": "choice"}`,
	}
	for name, data := range map[string]string{
		"form.jsonl": strings.Join(answers, "\n") + "\n",
		"form.json":  "[\n" + strings.Join(answers, ",\n") + "\n]\n",
	} {
		recs, err := Parse(name, []byte(data), Options{})
		if err != nil || len(recs) != 1 {
			t.Fatalf("%s: %d records, %v", name, len(recs), err)
		}
		if rec := recs[0]; deref(rec.ID) != "24-102-S09" || deref(rec.Owner) != "Falu kommun" || deref(rec.Region) != "Norra Mellansverige" {
			t.Errorf("%s: id %q, owner %q, region %q", name, deref(rec.ID), deref(rec.Owner), deref(rec.Region))
		}
	}
	for _, fields := range [][]jsonField{
		{{key: "question", value: "Region"}, {key: "answer", value: "Skåne"}, {key: "Projektägare", value: "Falu"}},
		{{key: "question", value: "Region"}, {key: "answer", value: "Skåne"}, {key: "färg", value: "blå"}},
		{{key: "question", value: "Region"}, {key: "answer", value: "Skåne"}, {key: "id", value: "1"}, {key: "type", value: "x"}, {key: "order", value: "2"}},
	} {
		if _, ok := labelValue(fields); ok {
			t.Errorf("labelValue(%v) read as a form's answer", fields)
		}
	}
}

// TestHTTPStructuredBody reads a captured answer whose body is JSON or
// XML as a file of its kind, each line at its line of the capture.
func TestHTTPStructuredBody(t *testing.T) {
	head := "HTTP/1.1 200 OK\r\nContent-Type: %s\r\nX-Request-Id: 7f3c\r\n\r\n"
	for _, tc := range []struct{ kind, body string }{
		{"application/json; charset=utf-8", "{\n  \"Projektnummer\": \"2020/00634\",\n  \"Projektägare\": \"Perstorps kommun\",\n  \"Region\": \"Sydsverige\"\n}\n"},
		{"application/xml", "<?xml version=\"1.0\"?>\n<projekt>\n  <projektnummer>2020/00634</projektnummer>\n  <projektagare>Perstorps kommun</projektagare>\n  <region>Sydsverige</region>\n</projekt>\n"},
	} {
		data := fmt.Sprintf(head, tc.kind) + tc.body
		recs, err := Parse("answer.http", []byte(data), Options{})
		if err != nil || len(recs) != 1 {
			t.Fatalf("%s: %d records, %v", tc.kind, len(recs), err)
		}
		rec := recs[0]
		if deref(rec.ID) != "2020/00634" || deref(rec.Owner) != "Perstorps kommun" || deref(rec.Region) != "Sydsverige" {
			t.Errorf("%s: id %q, owner %q, region %q", tc.kind, deref(rec.ID), deref(rec.Owner), deref(rec.Region))
		}
		if line := rec.Source.Line; line < 5 {
			t.Errorf("%s: the page's line %d is in the header", tc.kind, line)
		}
	}
}
