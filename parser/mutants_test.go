package parser

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// seedWith reads a seed page of testdata/pages with each pair of old and
// new text replaced, and returns its records.
func seedWith(t *testing.T, seed string, replace ...string) []*Project {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(testdata, "pages", seed))
	if err != nil {
		t.Fatal(err)
	}
	page := string(data)
	for i := 0; i+1 < len(replace); i += 2 {
		if !strings.Contains(page, replace[i]) {
			t.Fatalf("%s holds no %q", seed, replace[i])
		}
		page = strings.Replace(page, replace[i], replace[i+1], 1)
	}
	recs, err := Parse("p.txt", []byte(page), Options{})
	if err != nil {
		t.Fatal(err)
	}
	return recs
}

const (
	seed000 = "000_79b1cc7135eb8e4d.txt" // 2021–2027, Perstorps kommun
	seed001 = "001_451f6fcbe595c098.txt" // 2014–2020, Framtidsresan
)

// hasWarning reports a warning on key k at line, of kind kind.
func hasWarning(rec *Project, line int, k Key, kind WarningKind) bool {
	for _, w := range rec.Warnings {
		if w.Line == line && w.Key == k && w.Kind == kind {
			return true
		}
	}
	return false
}

// warningSaying returns the first warning whose message holds text, on
// line (any line for 0), or nil.
func warningSaying(rec *Project, line int, text string) *Warning {
	for i, w := range rec.Warnings {
		if (line == 0 || w.Line == line) && strings.Contains(w.Message, text) {
			return &rec.Warnings[i]
		}
	}
	return nil
}

// TestNormalisedOnThePage checks, on real pages with one value changed,
// the normalising steps a user relies on: each case beside its neighbour
// one step across the edge.
func TestNormalisedOnThePage(t *testing.T) {
	tests := []struct {
		name    string
		seed    string
		replace []string
		want    map[string]any
		warn    Key // a warning of kind value on this key, at wantLine
		line    int
	}{
		{"an amount in groups of three after a comma", seed001, []string{"Total projektbudget:\n400 000", "Total projektbudget:\n123,456"},
			map[string]any{"total_budget_sek": 123456.0}, 0, 0},
		{"a first group of four digits is no grouping", seed001, []string{"Total projektbudget:\n400 000", "Total projektbudget:\n1234,567"},
			map[string]any{"total_budget_sek": nil}, KeyTotalBudget, 16},
		{"a first group of four digits before a dot", seed001, []string{"Beviljat ESF-stöd:\n400 000", "Beviljat ESF-stöd:\n1234.567"},
			map[string]any{"esf_support_sek": nil}, KeyESFSupport, 18},
		{"öre of two digits", seed001, []string{"Beviljat ESF-stöd:\n400 000", "Beviljat ESF-stöd:\n399 999,50"},
			map[string]any{"esf_support_sek": 400000.0}, 0, 0},
		{"öre of three digits is no amount", seed001, []string{"Beviljat ESF-stöd:\n400 000", "Beviljat ESF-stöd:\n399999,500"},
			map[string]any{"esf_support_sek": nil}, KeyESFSupport, 18},
		{"the S- prefix of a postcode", seed001, []string{"Stödmottagare postnr:\n28485", "Stödmottagare postnr:\nS-284 85"},
			map[string]any{"postcode": "28485"}, 0, 0},
		{"the SE- prefix of a postcode", seed000, []string{"Stödmottagare postnr:\n28485", "Stödmottagare postnr:\nSE-284 85"},
			map[string]any{"postcode": "28485"}, 0, 0},
		{"a postcode of four digits", seed000, []string{"Stödmottagare postnr:\n28485", "Stödmottagare postnr:\nS-2848"},
			map[string]any{"postcode": "S-2848"}, KeyPostcode, 34},
		{"a name in quotes", seed001, []string{"Namn:\nFramtidsresan", "Namn:\n\"Framtidsresan\""},
			map[string]any{"name": "Framtidsresan"}, 0, 0},
		{"a name in Swedish quotes", seed000, []string{"Namn:\nDigga Perstorps Personal", "Namn:\n”Digga Perstorps Personal”"},
			map[string]any{"name": "Digga Perstorps Personal"}, 0, 0},
		{"a name with quotes inside keeps them", seed000, []string{"Namn:\nDigga Perstorps Personal", "Namn:\n\"Digga\" Perstorps \"Personal\""},
			map[string]any{"name": "\"Digga\" Perstorps \"Personal\""}, 0, 0},
	}
	for _, tt := range tests {
		recs := seedWith(t, tt.seed, tt.replace...)
		if len(recs) != 1 {
			t.Fatalf("%s: %d records", tt.name, len(recs))
		}
		names := make([]string, 0, len(tt.want))
		for k := range tt.want {
			names = append(names, k)
		}
		if got := keyValues(t, recs[0], names...); !mapsEqual(got, tt.want) {
			t.Errorf("%s: %v, want %v", tt.name, got, tt.want)
		}
		if tt.line != 0 && !hasWarning(recs[0], tt.line, tt.warn, WarnValue) {
			t.Errorf("%s: no warning on %s at line %d: %v", tt.name, tt.warn, tt.line, recs[0].Warnings)
		}
	}
}

func mapsEqual(a, b map[string]any) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if w, ok := b[k]; !ok || w != v {
			return false
		}
	}
	return true
}

// TestSeparatorOfThree checks that a line of three dashes between two
// pages is a page boundary, and a line of two is a line of the page kept
// in extra, with its line.
func TestSeparatorOfThree(t *testing.T) {
	data, err := os.ReadFile(filepath.Join(testdata, "pages", seed000))
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(data), "\n")
	first := strings.Join(lines[:40], "\n")
	second := strings.Join(lines[2:40], "\n") // no title
	for _, tt := range []struct {
		sep        string
		unlabelled bool
	}{{"--", true}, {"---", false}, {"- - -", false}, {"==", true}, {"===", false}} {
		recs, err := Parse("p.txt", []byte(first+"\n"+tt.sep+"\n"+second+"\n"), Options{})
		if err != nil || len(recs) != 2 {
			t.Fatalf("%q between pages: %d records, %v", tt.sep, len(recs), err)
		}
		if got := hasWarning(recs[0], 41, KeyExtra, WarnUnlabelled); got != tt.unlabelled {
			t.Errorf("%q between pages: kept as an unlabelled line %v, want %v: %v", tt.sep, got, tt.unlabelled, recs[0].Warnings)
		}
	}
}

// TestQuotesAroundNothing checks that a value of only a pair of quotes
// stays as written: there is no name inside to keep.
func TestQuotesAroundNothing(t *testing.T) {
	for in, want := range map[string]string{`""`: `""`, `"x"`: "x", "””": "””", "”x”": "x", "«»": "«»"} {
		if got := stripQuotes(in); got != want {
			t.Errorf("stripQuotes(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestIsCleanStrayByte checks that the fast test for a clean value sends
// a byte that is no UTF-8 to cleanValue's slow path, the lowest such byte
// first.
func TestIsCleanStrayByte(t *testing.T) {
	for in, want := range map[string]bool{"a\x80b": false, "a\x7fb": true, "Perstorp": true, "a\xffb": false} {
		if got := isClean(in); got != want {
			t.Errorf("isClean(%q) = %v, want %v", in, got, want)
		}
	}
}

// TestPlaceholderLength checks the longest value read as a placeholder:
// 45 bytes, trailing dots and spaces included, the length of a Word
// form's prompt.
func TestPlaceholderLength(t *testing.T) {
	for in, want := range map[string]bool{
		"uppgift saknas" + strings.Repeat(".", 31):    true,  // 45 bytes
		"uppgift saknas" + strings.Repeat(".", 32):    false, // 46
		"Klicka eller tryck här för att ange text.":   true,
		"Click or tap here to enter text.":            true,
		"Klicka eller tryck här för att ange texten.": false,
		"Saknas":       true,
		"saknas helt":  false,
		"(saknas)":     true,
		"[Okänt]":      true,
		"()":           false,
		"???":          true,
		"?":            true,
		"xxx":          true,
		"XX":           true,
		"x":            false, // one letter may be a value
		"...":          true,
		".":            false,
		"Se ovan":      true,
		"TODO":         true,
		"x?":           false,
		"Region Skåne": false,
		"NaN":          true, // pandas
		"None":         true,
		"☐":            true, // a form's empty box
		"[ ]":          true,
		"[x]":          true,
		"Nanna":        false,
		// Masks of a copy made public.
		"XXXXX XXXXX": true, "██████ ████████": true, "▇▇": true, "▇": false, "[borttaget]": true, "[SEKRETESS]": true,
		"*** ***": true, "Xerxes": false, "Maskin AB": false, "x-x": false,
		// A form's answer left empty, a template's field left as it was.
		"Ditt svar": true, "<fyll i>": true, "Välj ett alternativ": true, "«Kontaktperson»": true,
		"[Projektägare]": true, "<Stödmottagare ort>": true, "[Sydsverige]": false,
		"{ MERGEFIELD Projektägare }": true, `{ MERGEFIELD "Stödmottagare_ort" \* MERGEFORMAT }`: true,
		"Fel! Kopplingsfältet finns inte i rubrikposten.": true, "Error! MergeField was not found in header record.": true,
		"«Kontaktperson": false, "«Region» och «Kommun»": false, "{Region}": false, "«Perstorps kommun»": false,
		"«Stödmottagare_ort»": true, "<Perstorps kommun AB>": false, "Välja": false,
		"---": true, // a case system's form's empty field
		// None, or none that applies; none of the label's.
		"Inget": true, "ingen": true, "Ej tillämpligt": true, "Ej aktuellt": true, "Finns ej": true, "n.a.": true,
		"Inga": false, "Inga Lindström": false, "Ingenjörshuset AB": false, "Ej tillämpligt för oss": false,
	} {
		if got := isPlaceholder(in); got != want {
			t.Errorf("isPlaceholder(%q) (%d bytes) = %v, want %v", in, len(in), got, want)
		}
	}
	for in, want := range map[string]bool{
		"Ingen adress": true, "Inget telefonnummer": true, "Inga medfinansiärer": true, "INGEN KONTAKTPERSON": true,
		"Ingen aning": false, "Ingen": false, "Ingenjörshuset AB": false, "Region Skåne": false,
		// A label's none of 44 bytes, then padded to 45 and 46: the
		// longest read is 45 bytes, as isPlaceholder's.
		"Ingen sekundärtema - motverka barnfattigdom": true, "Ingen sekundärtema - motverka barnfattigdom ": true,
		"Ingen sekundärtema - motverka barnfattigdom  ": false,
	} {
		if got := noneOfLabel(in); got != want {
			t.Errorf("noneOfLabel(%q) = %v, want %v", in, got, want)
		}
	}
	// A project's name may begin so, and a person's ("Inga Land"): each
	// is its name. Another field's is none.
	rec := parseAll(t, "Ingen budget\n\nNamn: Ingen budget\nProjektnummer: 2015/00999\nKontaktperson: Inga Land\nStödmottagarens adress: Ingen adress\nRegion: Sydsverige\n")[0]
	if deref(rec.Name) != "Ingen budget" || deref(rec.ContactName) != "Inga Land" || rec.Address != nil {
		t.Errorf("name %q, contact %q, address %q", deref(rec.Name), deref(rec.ContactName), deref(rec.Address))
	}
}

// TestAmountDigits checks the longest amount read: 18 digits of kronor.
func TestAmountDigits(t *testing.T) {
	for in, want := range map[string]bool{
		"123456789012345678":      true,  // 18 digits
		"1234567890123456789":     false, // 19, though it fits in an int64
		"123 456 789 012 345 678": true,
	} {
		if _, ok := parseAmount(in); ok != want {
			t.Errorf("parseAmount(%q) ok = %v, want %v", in, ok, want)
		}
	}
}

// TestCountDigits checks the longest count read: 18 digits.
func TestCountDigits(t *testing.T) {
	for in, want := range map[string]bool{"123456789012345678": true, "1234567890123456789": false} {
		if _, ok := parseCount(in); ok != want {
			t.Errorf("parseCount(%q) ok = %v, want %v", in, ok, want)
		}
	}
}

// TestIsISODateShape checks IsISODate at the edges of its shape: digits
// from 0 to 9, dashes at 4 and 7, ten bytes.
func TestIsISODateShape(t *testing.T) {
	for s, want := range map[string]bool{
		"2024-03-01": true, "2099-09-09": true, "2000-00-00": true, "2024/03/01": false, "2024-03/01": false,
		"2024-03-1": false, "2024-03-011": false, "2024-03-0a": false, "2024-03-0:": false, "2024-03-0/": false,
		"20-4-03-01": false, "-024-03-01": false,
	} {
		if got := IsISODate(s); got != want {
			t.Errorf("IsISODate(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestDatesFrom1900 checks the first day read as a date: 1900-01-01.
func TestDatesFrom1900(t *testing.T) {
	checkStrings(t, "parseDate", parseDate, []stringCase{
		{"1900-01-01", "1900-01-01", true},
		{"1899-12-31", "", false},
	})
}

// TestSpellingWalk holds the walk down the labels' spellings to what it
// promises: the first two letters pass prose over, a line is read only as
// far as a label's spelling goes, "rn" reads as "m", and a walk that has
// left the trie stays out of it.
func TestSpellingWalk(t *testing.T) {
	for _, tt := range []struct {
		line        string
		mayBegin    bool
		labelPrefix bool
	}{
		{"Projektägare: Perstorps kommun", true, true},
		{"PROJEKTAGARE", true, true},
		{"Programornråde 2", true, true},
		{"Xylofonen spelar", false, false},
		{"Xprojektägare", false, false},
		{"Projektet har", true, false},
		{"Prograrx område", true, false},
		{"Åtgärder", true, false}, // the slow way decides a line that begins outside ASCII
		{"P", true, false},
		{"", true, false},
		{"\u0080Namn", true, true}, // a control character folds to nothing
	} {
		if got := mayBeginLabel(tt.line); got != tt.mayBegin {
			t.Errorf("mayBeginLabel(%q) = %v, want %v", tt.line, got, tt.mayBegin)
		}
		if got := labelPrefix(tt.line); got != tt.labelPrefix {
			t.Errorf("labelPrefix(%q) = %v, want %v", tt.line, got, tt.labelPrefix)
		}
	}
	if n := spellTrie().child(-1, 'p'); n != -1 {
		t.Errorf("a walk out of the trie comes back in at node %d", n)
	}
	if n := spellTrie().child(0, 'x'); n != -1 {
		t.Errorf("no label's spelling begins with x, yet the root has child %d", n)
	}
	w := newSpellWalk()
	for _, r := range "Kommunr" {
		w.add(r)
	}
	if grew, on := w.add('x'); !grew || on || w.term() != nil {
		t.Errorf(`after "Kommunrx" the walk grew %v, is on %v at %v`, grew, on, w.term())
	}
}
