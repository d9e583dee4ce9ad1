package parser

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// helpLines are a form's help with four fields, as a portal shows it.
var helpLines = map[string]string{
	"Projektägare":        "Den organisation som ansvarar för projektet och tar emot stödet.",
	"Kontaktperson":       "Person att kontakta för frågor om projektet.",
	"E-post":              "Kontaktpersonens e-postadress.",
	"Telefonnummer":       "Kontaktpersonens telefonnummer.",
	"Projektperiod":       "Projektets start- och slutdatum enligt senaste beslut.",
	"Total projektbudget": "Projektets totala budget, inklusive offentlig och privat medfinansiering.",
	"Namn":                "Projektets namn enligt ansökan.",
	"Region":              "Den region där projektet genomförs.",
	"Diarienummer":        "Ärendets nummer hos Svenska rådet.",
	"Projektnummer":       "Ärendets nummer hos Svenska rådet.",
}

// TestHelpText reads every test page with a form's help below each label
// it holds help for, below each value, marked, as a button, or in
// brackets after the label, as the page reads without it.
func TestHelpText(t *testing.T) {
	for name, text := range seedTexts(t) {
		want := recordValues(t, parseOne(t, name, []byte(text)))
		lines := strings.Split(strings.TrimRight(text, "\n"), "\n")
		for _, how := range []string{"below the label", "below the value", "marked", "icon", "button", "toggle", "naming button", "in brackets"} {
			var out []string
			for i := 0; i < len(lines); i++ {
				l := lines[i]
				label := strings.TrimSuffix(l, ":")
				help, ok := helpLines[label]
				if !ok || i+1 >= len(lines) {
					out = append(out, l)
					continue
				}
				switch how {
				case "below the label":
					out = append(out, l, help)
				case "below the value":
					out = append(out, l, lines[i+1], help)
					i++
				case "marked":
					out = append(out, l, "Info: "+help)
				case "icon":
					out = append(out, l, "? "+help)
				case "button":
					out = append(out, l, "Mer om fältet")
				case "naming button":
					// A CRM's hidden button below each value, which
					// names the field (namingButtons).
					out = append(out, l, lines[i+1], "Redigera "+label)
					i++
				case "toggle":
					// A button of words no list holds, the same with
					// each field (repeatedHelp).
					out = append(out, l, "Vad betyder detta?")
				case "in brackets":
					r, size := utf8.DecodeRuneInString(help)
					out = append(out, label+" ("+string(unicode.ToLower(r))+strings.TrimSuffix(help[size:], ".")+")"+strings.TrimPrefix(l, label))
				}
			}
			page := strings.Join(out, "\n") + "\n"
			if page == text {
				continue // a page with no such label (glued)
			}
			rec := parseOne(t, name, []byte(page))
			if got := recordValues(t, rec); got != want {
				t.Errorf("%s, help %s, reads\n%s\nwant\n%s", name, how, got, want)
			}
		}
	}
}

// TestHelpTextEdges holds the help's rules at their edges: minHelpLines
// lines of help, a help's words in brackets, a sentence's shape.
func TestHelpTextEdges(t *testing.T) {
	page := func(helps int) string {
		var b strings.Builder
		b.WriteString("Egenmakt\n\n")
		i := 0
		for _, label := range []string{"Projektägare", "Kontaktperson", "E-post"} {
			b.WriteString(label + ":\n")
			if i < helps {
				b.WriteString(helpLines[label] + "\n")
			}
			i++
			b.WriteString(map[string]string{"Projektägare": "Arbete och Försörjning", "Kontaktperson": "Ola Johnsson", "E-post": "ola@trelleborg.se"}[label] + "\n")
		}
		return b.String()
	}
	if _, ok := stripHelpText(page(minSaidHelp)); !ok {
		t.Errorf("%d sentences of help not read", minSaidHelp)
	}
	if _, ok := stripHelpText(page(minSaidHelp - 1)); ok {
		t.Errorf("%d sentences of help read", minSaidHelp-1)
	}
	marked := func(n int) string {
		return "Egenmakt\n\nProjektägare:\n" + strings.Repeat("Info: Den som ansvarar.\n", min(n, 1)) + "Arbete\nRegion:\n" + strings.Repeat("Mer om fältet\n", max(n-1, 0)) + "Sydsverige\n"
	}
	if _, ok := stripHelpText(marked(minHelpLines)); !ok {
		t.Errorf("%d marked lines of help not read", minHelpLines)
	}
	if _, ok := stripHelpText(marked(minHelpLines - 1)); ok {
		t.Errorf("%d marked line of help read", minHelpLines-1)
	}
	// A button's words the same with each field: minSaidHelp times, each
	// between a label alone and its value; a value the same below
	// several labels has the next label below it.
	toggled := func(n int, button string) string {
		var b strings.Builder
		b.WriteString("Egenmakt\n\n")
		for i, f := range [][2]string{{"Projektägare", "Arbete"}, {"Kontaktperson", "Ola Johnsson"}, {"Region", "Sydsverige"}, {"Projektfas", "Genomförande"}} {
			b.WriteString(f[0] + ":\n")
			if i < n {
				b.WriteString(button + "\n")
			}
			b.WriteString(f[1] + "\n")
		}
		return b.String()
	}
	if got, ok := stripHelpText(toggled(minSaidHelp, "Vad betyder detta?")); !ok || strings.Contains(got, "betyder") {
		t.Errorf("%d buttons of the same words not read:\n%s", minSaidHelp, got)
	}
	if _, ok := stripHelpText(toggled(minSaidHelp-1, "Vad betyder detta?")); ok {
		t.Errorf("%d buttons of the same words read", minSaidHelp-1)
	}
	if _, ok := stripHelpText(toggled(minSaidHelp, strings.Repeat("x", maxHelpButtonLen+1))); ok {
		t.Errorf("a line of %d bytes read as a button", maxHelpButtonLen+1)
	}
	if _, ok := stripHelpText(toggled(minSaidHelp, strings.Repeat("x", maxHelpButtonLen))); !ok {
		t.Errorf("a line of %d bytes not read as a button", maxHelpButtonLen)
	}
	// A button below each value that names its field: minSaidHelp
	// fields, each another.
	named := func(n int) string {
		var b strings.Builder
		b.WriteString("Egenmakt\n\n")
		for i, f := range [][2]string{{"Projektägare", "Arbete"}, {"Kontaktperson", "Ola Johnsson"}, {"Region", "Sydsverige"}, {"Projektfas", "Genomförande"}} {
			b.WriteString(f[0] + "\n" + f[1] + "\n")
			if i < n {
				b.WriteString("Redigera " + f[0] + "\n")
			}
		}
		return b.String()
	}
	if got, ok := stripHelpText(named(minSaidHelp)); !ok || strings.Contains(got, "Redigera") {
		t.Errorf("%d buttons naming their fields not read:\n%s", minSaidHelp, got)
	}
	if got, ok := stripHelpText(named(minSaidHelp - 1)); ok {
		t.Errorf("%d buttons naming their fields read:\n%s", minSaidHelp-1, got)
	}
	copies := strings.Repeat("Projektnummer:\n2020/00634\nNamn:\nFramtidsresan\n----\n", minSaidHelp)
	if got, ok := stripHelpText(copies); ok {
		t.Errorf("a page's value, the same in each copy of it, read as a button:\n%s", got)
	}
	same := "Sekundärtema - Motverka barnfattigdom:\nNej\nInsats av strategisk betydelse:\nNej\nProjektägare:\nNej\nRegion:\nSydsverige\n"
	if got, ok := stripHelpText(same); ok {
		t.Errorf("values the same below their labels read as buttons:\n%s", got)
	}
	// What is no help: a value's second line and a contact's title, each
	// a sentence; a label left empty over the text; notes in brackets
	// that are the page's.
	for name, text := range map[string]string{
		"second lines":              "Projektägare\nPerstorps kommun\nArbetsmarknadsenheten, Socialförvaltningen.\nProjektnummer\n2020/00634\nKontaktperson\nPeter Lindow\nProjektledare på Arbetsmarknadsenheten.\nE-post\npeter@perstorp.se\nRegion\nSydsverige\nProjektfas\nGenomförande\n",
		"empty label over the text": "Kontaktperson:\nPeter Lindow\nProjektledare med ansvar för samverkan.\nE-post:\npeter@perstorp.se\nStödmottagarens address:\nProjektet vänder sig till unga utan arbete.\nUnga i Perstorp saknar ofta arbete och utbildning, vilket projektet vill ändra på genom samverkan.\n",
		"notes in brackets":         "Projektägare (i samverkan med Klippans och Åstorps kommun): Perstorps kommun\nRegion (samt delar av Västsverige och Småland):\nSydsverige\n",
	} {
		if got, ok := stripHelpText(text); ok {
			t.Errorf("%s: read as help:\n%s", name, got)
		}
	}
	// A mark's line among the text's, far from a label, is the text's.
	text := "Egenmakt\n\nProjektägare:\nArbete\n\nSammanfattning\n\nFörsta stycket.\n\nInfo: projektet har en sida.\nAndra stycket.\nInfo: och en film.\n"
	if _, ok := stripHelpText(text); ok {
		t.Error("the text's own lines with a help's mark read as help")
	}
	for in, want := range map[string]string{
		"Projektägare (den organisation som ansvarar):":        "Projektägare:",
		"Projektägare (den organisation som ansvarar) Arbete":  "Projektägare: Arbete",
		"Projektägare (den organisation som ansvarar): Arbete": "Projektägare: Arbete",
		"Total projektbudget (belopp i tkr):":                  "", // a note of three words
		"Total projektbudget (alla belopp i tkr):":             "", // a unit
		"Projektägare (den som ansvarar):":                     "",
		"Projektägare (den som ansvarar nu):":                  "Projektägare:",
		"Projektägare (Den organisation som ansvarar):":        "", // no small letter first
		"Okänd etikett (den organisation som ansvarar):":       "", // no label
	} {
		got, ok := labelWithHelp(in)
		if ok != (want != "") || got != want {
			t.Errorf("labelWithHelp(%q) = %q, %v, want %q", in, got, ok, want)
		}
	}
	for in, want := range map[string]bool{
		"Kontaktpersonens e-postadress.": true,
		"Telefonnummer.":                 false, // one word
		"Arbete och Försörjning":         false,
		"Beviljat 2019 av rådet.":        false, // a digit: a value's
		"ola@trelleborg.se.":             false,
		"den organisation som ansvarar.": false,
		"Vänta...":                       false,
	} {
		if got := helpSentence(in); got != want {
			t.Errorf("helpSentence(%q) = %v, want %v", in, got, want)
		}
	}
}

// TestHelpValue holds a value next to help to maxHelpValueLen characters
// and no sentence.
func TestHelpValue(t *testing.T) {
	for in, want := range map[string]bool{
		strings.Repeat("x", maxHelpValueLen):   true,
		strings.Repeat("x", maxHelpValueLen+1): false,
		"Arbete och Försörjning.":              false,
		"":                                     false,
	} {
		if got := helpValue(in); got != want {
			t.Errorf("helpValue(%.20q…) = %v, want %v", in, got, want)
		}
	}
}
