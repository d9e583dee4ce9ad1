package parser

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestSevenBit(t *testing.T) {
	tests := []struct {
		name, text, want, encoding string
	}{
		{"brackets for letters", "F|rs|rjning och M}l f|r {ldre\nR{tt\n", "Försörjning och Mål för äldre\nRätt\n", EncodingISO646SE},
		{"minSevenBitSigns of them", "F|r f|r f|r f|r f|r\n", "För för för för för\n", EncodingISO646SE},
		{"one under", "F|r f|r f|r f|r\n", "F|r f|r f|r f|r\n", ""},
		{"a table's bars stand apart", "| a | b |\n| c | d |\n| e | f |\n| g | h |\n| i | j |\n| k | l |\n", "| a | b |\n| c | d |\n| e | f |\n| g | h |\n| i | j |\n| k | l |\n", ""},
		{"a wiki's links", "[[a|b]] [[c|d]] [[e|f]] [[g|h]] [[i|j]]\n", "[[a|b]] [[c|d]] [[e|f]] [[g|h]] [[i|j]]\n", ""},
		{"a forum's tags", "[b]Projekt[/b] [b]Namn[/b] [b]Region[/b] [i]a[/i] [u]b[/u]\n", "[b]Projekt[/b] [b]Namn[/b] [b]Region[/b] [i]a[/i] [u]b[/u]\n", ""},
		{"a letter outside ASCII", "Försörjning F|r f|r f|r f|r f|r\n", "Försörjning F|r f|r f|r f|r f|r\n", ""},
		{"question marks for letters", "Projekt?gare p? ?ver m?l f?r r?tt s?tt\n", "Projekt\uFFFDgare p? \uFFFDver m\uFFFDl f\uFFFDr r\uFFFDtt s\uFFFDtt\n", ""},
		{"questions", "Vad?Nej. Hur?Ja. Vem?Du. Var?H\u00e4r.\n", "Vad?Nej. Hur?Ja. Vem?Du. Var?H\u00e4r.\n", ""},
		{"a link's queries", "https://x.se/a?b=1 https://x.se/a?c=2 www.x.se/a?d https://x.se/a?e=3 https://x.se/?f=4 x?y\n", "https://x.se/a?b=1 https://x.se/a?c=2 www.x.se/a?d https://x.se/a?e=3 https://x.se/?f=4 x?y\n", ""},
	}
	for _, tt := range tests {
		got, enc, _ := sevenBit(tt.text)
		if got != tt.want || enc != tt.encoding {
			t.Errorf("%s: sevenBit(%q) = %q, %q; want %q, %q", tt.name, tt.text, got, enc, tt.want, tt.encoding)
		}
	}
}

// TestSevenBitPages reads seed pages whose letters a 7-bit channel
// changed: to ISO 646-SE's brackets, read back as the seed with one
// warning; to question marks, each line with one named.
func TestSevenBitPages(t *testing.T) {
	iso := strings.NewReplacer("Ä", "[", "Ö", "\\", "Å", "]", "ä", "{", "ö", "|", "å", "}")
	seed := seedLinesWith(t, seedGlued)
	want := jsonMap(t, parseOne(t, "seed.txt", seed))
	rec := parseOne(t, "seed.txt", []byte(toASCII(iso.Replace(string(seed)))))
	got := jsonMap(t, rec)
	for _, k := range []string{"owner", "cofinanciers", "programme_area_name", "project_phase", "municipalities", "summary"} {
		if jsonString(got[k]) != jsonString(want[k]) {
			t.Errorf("ISO 646: %s = %s, want %s", k, jsonString(got[k]), jsonString(want[k]))
		}
	}
	if !strings.Contains(rec.Warnings[0].Message, "ISO 646-SE") || rec.Source.Encoding != EncodingISO646SE {
		t.Errorf("ISO 646: warnings %v, encoding %s", rec.Warnings, rec.Source.Encoding)
	}

	rec = parseOne(t, "seed.txt", []byte(toASCII(string(seedLinesWith(t, seed2021)))))
	named := map[Key]bool{}
	for _, w := range rec.Warnings {
		named[w.Key] = true
	}
	for _, k := range []Key{KeyOwner, KeyOwnerOrgNumber, KeyProgrammeAreaCode, KeySpecificObjective, KeyPostcode, KeyCity, KeyCountry, KeyFund, KeyChildPoverty} {
		if !named[k] {
			t.Errorf("question marks: %s not named in %v", k, rec.Warnings)
		}
	}
	if got := jsonMap(t, rec); got["owner"] != "PERSTORPS KOMMUN" || got["postcode"] != "28485" {
		t.Errorf("question marks: owner %v, postcode %v", got["owner"], got["postcode"])
	}
}

// toASCII writes "?" for every character outside ASCII, as an encoder to
// 7-bit text does for what it cannot write.
func toASCII(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= utf8.RuneSelf {
			return '?'
		}
		return r
	}, s)
}
