package parser

import (
	"fmt"
	"testing"
)

// TestMunicipalityNames holds the table to Sweden's 290 municipalities,
// each once, each found by its own name.
func TestMunicipalityNames(t *testing.T) {
	seen := map[string]bool{}
	for _, name := range municipalityNames {
		if seen[name] {
			t.Errorf("%q twice", name)
		}
		seen[name] = true
		if got, how, ok := municipality(name); !ok || got != name || how != "" {
			t.Errorf("municipality(%q) = %q, %q, %v", name, got, how, ok)
		}
	}
	if len(seen) != 290 {
		t.Errorf("%d municipalities, want 290", len(seen))
	}
}

// TestMunicipality checks the ways a list writes a municipality, read as
// its name, and what names none, kept as written.
func TestMunicipality(t *testing.T) {
	for _, tt := range []struct {
		item, name string
		plain, ok  bool
	}{
		{"Trelleborg", "Trelleborg", false, true},
		{"Trelleborgs kommun", "Trelleborg", false, true},
		{"Trelleborg kommun", "Trelleborg", false, true},
		{"Trelleborgs Kommun", "Trelleborg", false, true},
		{"Eslövs kommuner", "Eslöv", false, true},
		{"Malmö stad", "Malmö", false, true},
		{"Göteborgs Stad", "Göteborg", false, true},
		{"Borås", "Borås", false, true},
		{"Borås kommun", "Borås", false, true},
		{"Västerås stad", "Västerås", false, true},
		{"Upplands Bro", "Upplands-Bro", false, true},
		{"upplands-väsby", "Upplands Väsby", false, true},
		{"Östra Göinge kommun", "Östra Göinge", false, true},
		{"Malmo", "Malmö", true, true},
		{"Orebro kommun", "Örebro", true, true},
		{"Trelleborg municipality", "Trelleborg", false, true},
		// No municipality: kept as written.
		{"Trelleborgs", "Trelleborgs", false, false},
		{"Skåne", "Skåne", false, false},
		{"Region Skåne", "Region Skåne", false, false},
		{"Samtliga kommuner i Skåne län", "Samtliga kommuner i Skåne län", false, false},
		{"Uppgiften avser beslutat belopp.", "Uppgiften avser beslutat belopp.", false, false},
		{"kommun", "kommun", false, false},
		{"KRISTIANSTADS KOMMUN", "Kristianstad", false, true},
		{"Falu kommun", "Falun", false, true},
		{"Falu", "Falu", false, false},
		{"Malmö (60 %)", "Malmö (60 %)", false, false},
		{"Lund 2", "Lund 2", false, false},
		{"Lund.", "Lund.", false, false},
		{"", "", false, false},
		// OCR's letters for others: read, named.
		{"Askcrsund", "Askersund", true, true},
		{"Katrinebolm", "Katrineholm", true, true},
		{"Surabarnmar", "Surahammar", true, true},
		{"Surahamrnar", "Surahammar", true, true},
		{"Ha1lstaharnmar", "Hallstahammar", true, true},
		{"Sa1a", "Sala", true, true},
		{"5ala", "Sala", true, true},
		{"Örebr0", "Örebro", true, true},
		{"Odeshog", "Ödeshög", true, true},
		{"Håstad", "Håstad", false, false},
		{"Gncsta kommun", "Gnesta", true, true},
		{"Sa1a 2", "Sa1a 2", false, false},
		{"Sala 1", "Sala 1", false, false},
		{"1 Sala", "1 Sala", false, false},
		{"Sa7a", "Sa7a", false, false},
		{"Bora 5", "Bora 5", false, false}, // "boras", Borås, but a number on its own
		{"Lund!", "Lund!", false, false},
	} {
		name, how, ok := municipality(tt.item)
		if name != tt.name || ok != tt.ok || (how != "") != tt.plain {
			t.Errorf("municipality(%q) = %q, %q, %v; want %q, plain %v, %v", tt.item, name, how, ok, tt.name, tt.plain, tt.ok)
		}
	}
	for in, want := range map[string]string{
		"Vellinge m.fl.": "Vellinge", "Vellinge m fl": "Vellinge", "Vellinge, m.fl.": "Vellinge", "med flera": "",
		"Lund etc.": "Lund", "Vellinge mfl": "Vellinge", "Hemfl": "Hemfl", "Lund": "Lund", "Osby etc": "Osby",
		// A list typed with no space after its comma ends in the same
		// words: the municipality is read, the list marked as partial.
		"Vellinge,m.fl.": "Vellinge", "Lund,etc.": "Lund",
	} {
		got, partial := cutPartial(in)
		if got != want || !partial && got != in || partial == (got == in) {
			t.Errorf("cutPartial(%q) = %q, %v; want %q", in, got, partial, want)
		}
	}
}

// TestOCRIndex checks that a key two names of a closed list share under
// OCR's folds names neither: "Håbo" and "Habo".
func TestOCRIndex(t *testing.T) {
	names := []string{"Håbo", "Habo", "Heby"}
	m := ocrIndex(len(names), func(i int, add func(string)) { add(names[i]) })
	if _, ok := m[ocrKey("Habo")]; ok {
		t.Errorf("the key Håbo and Habo share names one of them: %v", m)
	}
	if i, ok := m[ocrKey("Hcby")]; !ok || names[i] != "Heby" {
		t.Errorf("Hcby names %v, want Heby", m)
	}
	if name, _, ok := municipality("Hab0"); ok {
		t.Errorf("municipality(Hab0) = %q: Håbo and Habo share its key", name)
	}
	for in, want := range map[string]string{"Askcrsund": "askersund", "5ydsveríge": "sydsverlge", "Hallstahamrnar": "hallstabammar", "Håstad": "hastad", "N0rberg": "norberg"} {
		if got := ocrKey(in); got != want {
			t.Errorf("ocrKey(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestMunicipalitiesOfAPage checks a page's list read as municipalities'
// names, with a warning on each item's line for what is not one, and for
// words that say it names only some.
func TestMunicipalitiesOfAPage(t *testing.T) {
	page := "Egenmakt\n\nProjektägare: Arbete och Försörjning\nRegion: Sydsverige\n\nKommun\n\n" +
		"• Trelleborgs kommun\n• Malmo\n• Vellinge m.fl.\n• med flera\n• Samtliga kommuner i Skåne län\n• Lund och Eslövs kommuner\n"
	rec := parseOne(t, "p.txt", []byte(page))
	want := "[Trelleborg Malmö Vellinge Samtliga kommuner i Skåne län Lund Eslöv]"
	if got := fmt.Sprint(rec.Municipalities); got != want {
		t.Errorf("municipalities %s, want %s", got, want)
	}
	for line, part := range map[int]string{9: `"Malmo" read as "Malmö"`, 10: `("Vellinge m.fl.")`, 11: `("med flera")`, 12: `"Samtliga kommuner i Skåne län" is no`} {
		if warningSaying(rec, line, part) == nil {
			t.Errorf("no warning on line %d saying %s: %v", line, part, rec.Warnings)
		}
	}
	n := 0
	for _, w := range rec.Warnings {
		if w.Key == recordKey(KeyMunicipalities) {
			n++
		}
	}
	if n != 4 {
		t.Errorf("%d warnings on the list, want 4: %v", n, rec.Warnings)
	}
	// A list on its label's line: its items stand on that line.
	inline := parseOne(t, "p.txt", []byte("Egenmakt\n\nProjektägare: Arbete och Försörjning\nKommuner: Lund, Malmo\n"))
	if warningSaying(inline, 4, `"Malmo" read as "Malmö"`) == nil {
		t.Errorf("a list on its label's line: %v", inline.Warnings)
	}
}
