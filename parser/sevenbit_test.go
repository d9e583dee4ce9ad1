package parser

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestSevenBit(t *testing.T) {
	tests := []struct {
		name, text, want, encoding string
	}{
		{"brackets for letters", "Projekt{gare: F|rs|rjning\nM}l f|r {ldre i sv}ra m}l\n", "Projektägare: Försörjning\nMål för äldre i svåra mål\n", EncodingISO646SE},
		{"minSevenBitSigns of them", "Projekt{gare: f|r f|r f|r f|r\n", "Projektägare: för för för för\n", EncodingISO646SE},
		{"a grave accent inside a word is é", "Projekt{gare: f|r f|r f|r f|r\nId`n och projektid`er, `kod`\n", "Projektägare: för för för för\nIdén och projektidéer, `kod`\n", EncodingISO646SE},
		{"one under", "Projekt{gare: f|r f|r f|r\n", "Projekt{gare: f|r f|r f|r\n", ""},
		{"a bar before a capital is a table's", "Projekt{gare|Arbete f|r f|r f|r\n", "Projekt{gare|Arbete f|r f|r f|r\n", ""},
		{"a table's rows", "|Projekt{gare|f|r|\n|s|r|f|r|\n|m|l|\n", "|Projekt{gare|f|r|\n|s|r|f|r|\n|m|l|\n", ""},
		{"a drive's backslash stays", "C:\\Users\\anna>type a.txt\nProjekt{gare: f|r f|r f|r f|r\n\\rebro\n", "C:\\Users\\anna>type a.txt\nProjektägare: för för för för\nÖrebro\n", EncodingISO646SE},
		{"a table with no spaces round its bars", "|Field|Value|\n|Project number|2020/00634|\n|Name|Framtidsresan|\n|Project owner|Perstorps kommun|\n|Region|Sydsverige|\n|Contact person|Peter Lindow|\n", "|Field|Value|\n|Project number|2020/00634|\n|Name|Framtidsresan|\n|Project owner|Perstorps kommun|\n|Region|Sydsverige|\n|Contact person|Peter Lindow|\n", ""},
		{"LaTeX in Swedish", "\\textbf{Projekt\\\"{a}gare:} Arbete och F\\\"{o}rs\\\"{o}rjning\\\\\n\\textbf{Region:} Sydsverige och det att som med det\n\\textbf{Ort:} V\\\"{a}ster\\r{a}s\n", "\\textbf{Projekt\\\"{a}gare:} Arbete och F\\\"{o}rs\\\"{o}rjning\\\\\n\\textbf{Region:} Sydsverige och det att som med det\n\\textbf{Ort:} V\\\"{a}ster\\r{a}s\n", ""},
		{"a pipeline", "Region: Sydsverige\ncat list.txt|grep esf|sort|uniq|head|tail\n", "Region: Sydsverige\ncat list.txt|grep esf|sort|uniq|head|tail\n", ""},
		{"a wiki's links", "[[a|b]] [[c|d]] [[e|f]] [[g|h]] [[i|j]]\n", "[[a|b]] [[c|d]] [[e|f]] [[g|h]] [[i|j]]\n", ""},
		{"a letter outside ASCII", "Försörjning F|r f|r f|r f|r f|r\n", "Försörjning F|r f|r f|r f|r f|r\n", ""},
		{"an é outside ASCII", "Idé F|r f|r f|r f|r f|r\n", "Idé F|r f|r f|r f|r f|r\n", ""},
		// A conversion that kept its symbols and lost its letters.
		{"a bullet and a dash outside ASCII", "• Projekt?gare: Ume? kommun – M?l f?r r?tt s?tt p? sidan\n", "• Projekt\uFFFDgare: Ume\uFFFD kommun – M\uFFFDl f\uFFFDr r\uFFFDtt s\uFFFDtt p\uFFFD sidan\n", ""},
		{"question marks for letters", "Projekt?gare: Ume? kommun\nM?l f?r r?tt s?tt p? sidan, ?ver\n", "Projekt\uFFFDgare: Ume\uFFFD kommun\nM\uFFFDl f\uFFFDr r\uFFFDtt s\uFFFDtt p\uFFFD sidan, \uFFFDver\n", ""},
		{"questions", "Region: Sydsverige\nWhat was the goal?The goal was to learn?Yes. Why?Because. Who?Us. How?So.\n", "Region: Sydsverige\nWhat was the goal?The goal was to learn?Yes. Why?Because. Who?Us. How?So.\n", ""},
		{"a regular expression", "Region: Sydsverige\n(?i)colou?r|behaviou?r|labou?r|favou?rite|honou?r\n", "Region: Sydsverige\n(?i)colou?r|behaviou?r|labou?r|favou?rite|honou?r\n", ""},
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

// TestSevenBitFiles reads 7-bit pages as they come: in a mail that says
// its charset is US-ASCII, and below a Windows console's prompts, whose
// paths keep their backslashes.
func TestSevenBitFiles(t *testing.T) {
	for _, f := range []string{"iso646_mail_us-ascii.eml", "iso646_cmd.txt"} {
		data, err := os.ReadFile(filepath.Join("testdata", "sevenbit", f))
		if err != nil {
			t.Fatal(err)
		}
		recs, err := Parse(f, data, Options{})
		if err != nil || len(recs) != 1 {
			t.Fatalf("%s: %d records, %v", f, len(recs), err)
		}
		got := jsonMap(t, recs[0])
		if summary := jsonString(got["summary"]); !strings.Contains(summary, "lång tid kännetecknats") || recs[0].Source.Encoding != EncodingISO646SE || strings.Contains(summary, "Users") {
			t.Errorf("%s: encoding %s, summary %.80s", f, recs[0].Source.Encoding, summary)
		}
	}
}

func TestSwedishWords(t *testing.T) {
	for text, want := range map[string]bool{
		"Vi och de att som med det nu.":         true, // minSwedishWords
		"Vi och de att som med oss nu.":         false,
		"We and they and so on, with the rest.": false,
	} {
		if got := swedishWords(text); got != want {
			t.Errorf("swedishWords(%q) = %v, want %v", text, got, want)
		}
	}
}

// TestSevenBitTypography reads seed pages written in ISO 646-SE, their
// dashes and quotes of print written as 7-bit text writes them: the
// letters, é too, read back, and each text that holds a hyphen between
// spaces or a straight quote is named, as only such a text is, whether the
// page had a dash there or the hyphen (which no one can tell); a page
// in UTF-8 with the same signs is not.
func TestSevenBitTypography(t *testing.T) {
	iso := strings.NewReplacer("Ä", "[", "Ö", "\\", "Å", "]", "ä", "{", "ö", "|", "å", "}", "é", "`", "–", "-", "”", `"`, "“", `"`)
	for _, seed := range []string{seed2021, seed2014} {
		page := seedLinesWith(t, seed)
		want := jsonMap(t, parseOne(t, "seed.txt", page))
		rec := parseOne(t, "seed.txt", []byte(iso.Replace(string(page))))
		got := jsonMap(t, rec)
		flat := strings.NewReplacer("–", "-", "”", `"`, "“", `"`)
		named := map[Key]bool{}
		for _, w := range rec.Warnings {
			if strings.Contains(w.Message, "no dashes or quotes of print") {
				named[w.Key] = true
			}
		}
		for k := Key(0); k < NumRecordKeys; k++ {
			if keys[k].kind != kindSection {
				continue
			}
			g, w := jsonString(got[keys[k].name]), jsonString(want[keys[k].name])
			if g != flat.Replace(w) {
				t.Errorf("%s: %s = %.200s, want %.200s", seed, keys[k].name, g, flat.Replace(w))
			}
			// jsonString quotes the text: a straight quote is \".
			signs := strings.Contains(g, " - ") || strings.Contains(g, `\"`) || strings.Contains(g, "'")
			if g != w && !named[k] || named[k] != signs {
				t.Errorf("%s: %s named %v, its text has dashes or quotes of print %v, signs for them %v", seed, keys[k].name, named[k], g != w, signs)
			}
		}
		if len(named) == 0 {
			t.Errorf("%s: no text named", seed)
		}
		for _, w := range parseOne(t, "seed.txt", []byte(flat.Replace(string(page)))).Warnings {
			if strings.Contains(w.Message, "no dashes or quotes of print") {
				t.Errorf("%s in UTF-8: %v", seed, w)
			}
		}
	}
}

// TestHoldsSwedishLetter finds å, ä, ö and é and their capitals by their
// bytes, and nothing else outside ASCII.
func TestHoldsSwedishLetter(t *testing.T) {
	for text, want := range map[string]bool{
		"Försörjning": true, "Å": true, "Ä": true, "Ö": true, "å": true, "idé": true, "IDÉ": true,
		"Forsorjning": false, "• – “”": false, "Ü": false, "ü": false, "": false, "\xC3": false,
	} {
		if got := holdsSwedishLetter(text); got != want {
			t.Errorf("holdsSwedishLetter(%q) = %v, want %v", text, got, want)
		}
	}
}
