package parser

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
)

func TestSourceEntry(t *testing.T) {
	tests := []struct {
		in   string
		num  int
		want bool
	}{
		{"1 esf.se", 1, true},
		{"2", 2, true},
		{"3.", 3, true},
		{"[4] https://www.esf.se/projekt", 4, true},
		{"12 kohesio.ec.europa.eu", 12, true},
		{"123 esf.se", 0, false},          // three digits: no source's number
		{"0 esf.se", 0, false},            // sources count from 1
		{"1 Svenska ESF-rådet", 0, false}, // words, no address: a list's item
		{"1 esf.se och mer", 0, false},
		{"1esf.se", 0, false},
		{"Läs mer", 0, false},
	}
	for _, tt := range tests {
		num, ok := sourceEntry(tt.in)
		if ok != tt.want || ok && num != tt.num {
			t.Errorf("sourceEntry(%q) = %d, %v; want %d, %v", tt.in, num, ok, tt.num, tt.want)
		}
	}
}

func TestCutSourceDigits(t *testing.T) {
	tests := []struct {
		in   string
		n    int
		want string
	}{
		{"Projektägare: PERSTORPS KOMMUN2", 3, "Projektägare: PERSTORPS KOMMUN"},
		{"Kostnad: 691 000 kronor3", 3, "Kostnad: 691 000 kronor"},
		{"E-post: ola.johnsson@trelleborg.se1", 3, "E-post: ola.johnsson@trelleborg.se"},
		{"Ort: Umeå12 ", 12, "Ort: Umeå"},
		{"Ort: Umeå3", 2, "Ort: Umeå3"},               // no source 3: the list has 2
		{"Ort: Umeå13", 12, "Ort: Umeå13"},            // over the list's last number
		{"Programområde: A1", 3, "Programområde: A1"}, // a code: one letter before the digit
		{"Diarienummer: 2015/00764", 3, "Diarienummer: 2015/00764"},
		{"Beslut: 2021", 3, "Beslut: 2021"},
		{"Ort: Umeå123", 3, "Ort: Umeå123"}, // three digits: no source's mark
		{"Ort: Umeå0", 3, "Ort: Umeå0"},     // sources count from 1
		{"2", 3, "2"},
	}
	for _, tt := range tests {
		got, ok := cutSourceDigits(tt.in, tt.n)
		if got != tt.want || ok != (tt.want != tt.in) {
			t.Errorf("cutSourceDigits(%q, %d) = %q, %v; want %q", tt.in, tt.n, got, ok, tt.want)
		}
	}
}

// copilotAnswer is an assistant's answer of the page's facts, each value
// marked with the number of its source, and the sources listed, n of
// them, at its end.
func copilotAnswer(n int, mark func(i int) string) string {
	var b strings.Builder
	b.WriteString("Här är vad jag hittade om projektet Digga Perstorps Personal:\n\n")
	facts := [][2]string{
		{"Diarienummer", "23-038-S06"},
		{"Projektägare", "PERSTORPS KOMMUN"},
		{"Programområde", "A1"},
		{"Ort", "PERSTORP"},
		{"Kontaktperson", "Kaisa Welander"},
		{"Beviljat ESF-stöd", "691 000 kronor"},
	}
	for i, f := range facts {
		fmt.Fprintf(&b, "%s: %s%s\n", f[0], f[1], mark(i))
	}
	b.WriteString("\nPerstorp är Skånes minsta kommun.\n\nLäs mer\n")
	for i := 1; i <= n; i++ {
		fmt.Fprintf(&b, "%d esf.se\n", i)
	}
	return b.String()
}

func TestSourceDigitsPage(t *testing.T) {
	// Every value that ends in a word of two letters or more loses its
	// mark, whichever source it names; the code and the id keep their
	// digits.
	for seed := range uint64(50) {
		rng := rand.New(rand.NewPCG(seed, 1))
		n := minSourceEntries + rng.IntN(4)
		text := copilotAnswer(n, func(i int) string {
			// An id's or a code's digit glued on is its own to a
			// reader too ("23-038-S063", "A13"): they are left bare.
			if i == 0 || i == 2 || rng.IntN(3) == 0 {
				return ""
			}
			return fmt.Sprint(1 + rng.IntN(n))
		})
		rec := parseOne(t, "answer.txt", []byte(text))
		for k, want := range map[Key]string{KeyName: "Digga Perstorps Personal", KeyID: "23-038-S06", KeyOwner: "PERSTORPS KOMMUN", KeyCity: "PERSTORP", KeyContactName: "Kaisa Welander", KeyProgrammeAreaName: "A1"} {
			if got := fieldString(rec, k); got != want {
				t.Errorf("seed %d: %s = %q, want %q\n%s", seed, k, got, want, text)
			}
		}
		if rec.ESFSupportSEK == nil || *rec.ESFSupportSEK != 691000 {
			t.Errorf("seed %d: esf_support_sek = %v, want 691000\n%s", seed, rec.ESFSupportSEK, text)
		}
	}
}

func TestSourceDigitsNeedAList(t *testing.T) {
	// One numbered line at the end is a list's item, no list of sources
	// (minSourceEntries): the digits glued to the values stay on the
	// lines, and the owner's and the city's are named as marks.
	text := copilotAnswer(minSourceEntries-1, func(int) string { return "1" })
	if got, ok := stripSourceDigits(text); ok {
		t.Fatalf("stripSourceDigits read a list of one source:\n%s", got)
	}
	rec := parseOne(t, "answer.txt", []byte(text))
	for k, line := range map[Key]int{KeyOwner: 4, KeyCity: 6, KeyContactName: 7} {
		if !hasWarningOn(rec.Warnings, line, k, "glued to the name's last letter") {
			t.Errorf("%s = %q, named by no warning of a glued mark: %v", k, fieldString(rec, k), rec.Warnings)
		}
	}
	if text := copilotAnswer(minSourceEntries, func(int) string { return "1" }); !strings.Contains(text, "2 esf.se") {
		t.Fatal("the list's second entry is missing")
	} else if _, ok := stripSourceDigits(text); !ok {
		t.Errorf("stripSourceDigits did not read a list of %d sources", minSourceEntries)
	}
}

func TestGluedCitation(t *testing.T) {
	tests := []struct {
		k          Key
		in         string
		rest, mark string
	}{
		{KeyOwner, "PERSTORPS KOMMUN2", "PERSTORPS KOMMUN", "2"},
		{KeyContactName, "Ola Johnsson12", "Ola Johnsson", "12"},
		{KeyCity, "Umeå3 ", "Umeå", "3"},
		{KeyCity, "Umeå123", "Umeå123", ""},        // three digits: a name's own number
		{KeyOwner, "Region 10", "Region 10", ""},   // a space before: the name's number
		{KeyName, "Steg2", "Steg2", ""},            // a project's name may end so
		{KeySpecificObjective, "A1A2", "A1A2", ""}, // a code
		{KeyOwner, "PERSTORPS KOMMUN", "PERSTORPS KOMMUN", ""},
	}
	for _, tt := range tests {
		rest, mark := gluedCitation(tt.k, tt.in)
		if rest != tt.rest || mark != tt.mark {
			t.Errorf("gluedCitation(%s, %q) = %q, %q; want %q, %q", tt.k, tt.in, rest, mark, tt.rest, tt.mark)
		}
	}
}
