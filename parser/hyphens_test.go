package parser

import (
	"fmt"
	"strings"
	"testing"
	"unicode"
)

func TestBrokenWord(t *testing.T) {
	tests := []struct {
		line, next string
		want       bool
	}{
		{"breda utmaningar rela-", "terade till folkhälsa", true},
		{"breda utmaningar bet-", "ydande", true},                    // minBrokenPart letters
		{"breda utmaningar be-", "tydande", false},                   // one under
		{"skicka e-", "post till", false},                            // an abbreviation's
		{"och de berörda str-", "ukturerna", false},                  // no vowel: an abbreviation's
		{"stärka förmågan inom mål-", "och resultatstyrning", false}, // a compound's shared half
		{"inom hälso-", "eller sjukvården", false},
		{"inom Skåne-", "Blekinge", false}, // a name's
		{"inom ESF-", "projektet", false},  // an abbreviation's
		{"deltagare 16-", "24 år", false},
		{"utmaningar rela- ", "  terade till", true},
		{"utmaningar rela", "terade till", false},
		{"ett exempel --", "och", false},
		{"utmaningar (rela-", "terade)", true},
	}
	for _, tt := range tests {
		if got := brokenWord(tt.line, tt.next); got != tt.want {
			t.Errorf("brokenWord(%q, %q) = %v, want %v", tt.line, tt.next, got, tt.want)
		}
	}
}

func TestJoinBrokenWords(t *testing.T) {
	line39 := "Perstorp har sedan länge utmaning rela-" // minBrokenLine-1 characters
	line40 := "Perstorp har länge haft utmaningar rela-"
	if n, m := len([]rune(line39)), len([]rune(line40)); n != minBrokenLine-1 || m != minBrokenLine {
		t.Fatalf("lines of %d and %d characters", n, m)
	}
	tests := []struct {
		text, want string
		ok         bool
	}{
		{line40 + "\nterade till folkhälsa.", strings.TrimSuffix(line40, "-") + "terade till folkhälsa.", true},
		{line39 + "\nterade till folkhälsa.", line39 + "\nterade till folkhälsa.", false},
		// Across the blank lines a sheet's foot, taken out, left.
		{line40 + "\n\nterade till folkhälsa.", strings.TrimSuffix(line40, "-") + "terade till folkhälsa.", true},
		{line40 + strings.Repeat("\n", maxBrokenGap+1) + "terade till folkhälsa.", strings.TrimSuffix(line40, "-") + "terade till folkhälsa.", true},
		{line40 + strings.Repeat("\n", maxBrokenGap+2) + "terade till folkhälsa.", line40 + strings.Repeat("\n", maxBrokenGap+2) + "terade till folkhälsa.", false},
		{line40 + "\n\nTerade till folkhälsa.", line40 + "\n\nTerade till folkhälsa.", false},
		// Before a capital, a word the text writes whole elsewhere.
		{"I Östergötland bedrev vi utvecklingsprojektet Lika-\nOlika, och LikaOlika gav resultat.", "I Östergötland bedrev vi utvecklingsprojektet LikaOlika, och LikaOlika gav resultat.", true},
		{"I Östergötland bedrev vi utvecklingsprojektet Lika-\nOlika, och Lika-Olika gav resultat.", "I Östergötland bedrev vi utvecklingsprojektet Lika-\nOlika, och Lika-Olika gav resultat.", false},
		{"Samarbetet i regionerna omfattar hela Skåne-\nBlekinge med kommunerna.", "Samarbetet i regionerna omfattar hela Skåne-\nBlekinge med kommunerna.", false},
		{"I Östergötland bedrev vi utvecklingsprojektet Lika-\nOlika, och LikaOlikas resultat.", "I Östergötland bedrev vi utvecklingsprojektet Lika-\nOlika, och LikaOlikas resultat.", false},
		{line40 + "\n\nterade till folkhälsa.\nMer text om hälso-\n\noch sjukvård.", strings.TrimSuffix(line40, "-") + "terade till folkhälsa.\nMer text om hälso-\n\noch sjukvård.", true},
		{"Projektet ska stärka kunskaperna inom mål-\noch resultatstyrning i kommunen.", "Projektet ska stärka kunskaperna inom mål-\noch resultatstyrning i kommunen.", false},
		{line40 + "\nterade till folkhälsa och i kommunen en hel genera-\ntion i taget med breda och svåra utmaningar rela-\nterade.", strings.TrimSuffix(line40, "-") + "terade till folkhälsa och i kommunen en hel generation i taget med breda och svåra utmaningar relaterade.", true},
		{"Inga brutna ord här.\nNej.", "Inga brutna ord här.\nNej.", false},
	}
	for _, tt := range tests {
		got, ok := joinBrokenWords(tt.text)
		if got != tt.want || ok != tt.ok {
			t.Errorf("joinBrokenWords(%q) = %q, %v; want %q, %v", tt.text, got, ok, tt.want, tt.ok)
		}
	}
}

// TestBrokenWordsPages reads a seed page whose text a report set
// justified, breaking long words at its lines' ends with a hyphen, at a
// printed page's width and at a narrow screen's, which unwrap joins: the
// text reads as the seed's, word for word.
func TestBrokenWordsPages(t *testing.T) {
	seed := string(seedLinesWith(t, seed2021))
	want := jsonMap(t, parseOne(t, "seed.txt", []byte(seed)))
	for _, width := range []int{50, 66, 72} {
		var b strings.Builder
		broken := 0
		for _, l := range strings.SplitAfter(seed, "\n") {
			if len([]rune(l)) > 200 {
				var n int
				l, n = justify(strings.TrimSuffix(l, "\n"), width)
				l += "\n"
				broken += n
			}
			b.WriteString(l)
		}
		if broken < 3 {
			t.Fatalf("width %d: %d words broken", width, broken)
		}
		got := jsonMap(t, parseOne(t, "seed.txt", []byte(b.String())))
		if g, w := strings.Fields(fmt.Sprint(got["summary"])), strings.Fields(fmt.Sprint(want["summary"])); strings.Join(g, " ") != strings.Join(w, " ") {
			t.Errorf("width %d: summary\n%s\nwant\n%s", width, strings.Join(g, " "), strings.Join(w, " "))
		}
	}
}

// justify wraps a paragraph at width characters, breaking a long word
// that does not fit with a hyphen after a vowel as a word processor
// does, and returns it with the number of words broken.
func justify(text string, width int) (string, int) {
	var lines []string
	cur, broken := "", 0
	for _, word := range strings.Fields(text) {
		w := []rune(word)
		if len([]rune(cur))+1+len(w) <= width {
			cur = strings.TrimPrefix(cur+" "+word, " ")
			continue
		}
		room := width - len([]rune(cur)) - 2
		cut := 0
		for k := 4; k <= min(room, len(w)-4); k++ {
			if isLetters(w) && strings.ContainsRune("aeiouyåäö", w[k-1]) && !strings.ContainsRune("aeiouyåäö", w[k]) {
				cut = k
			}
		}
		if cut > 0 && len(w) >= 10 {
			lines = append(lines, strings.TrimPrefix(cur+" "+string(w[:cut])+"-", " "))
			cur = string(w[cut:])
			broken++
			continue
		}
		lines = append(lines, cur)
		cur = word
	}
	return strings.Join(append(lines, cur), "\n"), broken
}

func isLetters(w []rune) bool {
	for _, r := range w {
		if !unicode.IsLower(r) {
			return false
		}
	}
	return true
}
