package parser

import (
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestSpellingOCRMBeginsLine holds the reading of a label whose first
// letter "m" OCR read as "rn", or whose "m" after its first letter it read
// so, with a dash for its colon: "Rnejl - …" is the label Mejl, and
// "E-rnail - …" the label E-mail.
func TestSpellingOCRMBeginsLine(t *testing.T) {
	checkSpelled(t, KeyContactEmail, "anna@example.se", "Rnejl - anna@example.se", "Rnail - anna@example.se", "E-rnail - anna@example.se")
}

// checkSpelled checks that spellingOf reads each line as a label of key k
// with value.
func checkSpelled(t *testing.T, k Key, value string, lines ...string) {
	t.Helper()
	for _, line := range lines {
		sp, ok := spellingOf(line)
		if !ok || sp.term.key != k || sp.value != value {
			t.Errorf("spellingOf(%q) = %+v, %v; want the label of %s with %q", line, sp, ok, k, value)
		}
	}
}

// TestSpelledOutLabelBound holds how far into a line a label's letters are
// read: a label spaced out across the line ("Te … l") is read while its
// last letter lies within the first 192 bytes, and not past them, whether
// it begins the line or runs past a line break joined into it.
func TestSpelledOutLabelBound(t *testing.T) {
	within := "Te" + strings.Repeat(" ", 190) + "l" // the l at byte 192
	past := "Te" + strings.Repeat(" ", 191) + "l"   // the l at byte 193
	if !labelPrefix(within) || !labelSpans(within, 2) {
		t.Errorf("the label Tel ending at byte 192 is not read: labelPrefix %v, labelSpans %v",
			labelPrefix(within), labelSpans(within, 2))
	}
	if labelPrefix(past) || labelSpans(past, 2) {
		t.Errorf("the label Tel ending at byte 193 is read: labelPrefix %v, labelSpans %v",
			labelPrefix(past), labelSpans(past, 2))
	}
}

// TestLabelSpansBreakAtLastLetter holds the reading of a label that a line
// break split before its last letter: "Telefo" + "n" joined spans the
// break, while a break after the whole label does not.
func TestLabelSpansBreakAtLastLetter(t *testing.T) {
	if !labelSpans("Telefon", 6) {
		t.Error(`labelSpans("Telefon", 6) = false: the label's last letter is past the break`)
	}
	if labelSpans("Telefon", 7) {
		t.Error(`labelSpans("Telefon", 7) = true: the label ends before the break`)
	}
}

// TestSlipLabelColonBeforeTab holds a label with a typing slip read at its
// colon when its value holds a tab or a full-width colon further on: the
// value keeps them.
func TestSlipLabelColonBeforeTab(t *testing.T) {
	for _, tt := range []struct{ line, value string }{
		{"Projektägrae: Perstorps kommun\tsedan 2019", "Perstorps kommun\tsedan 2019"},
		{"Projektägrae: Perstorps kommun：sedan 2019", "Perstorps kommun：sedan 2019"},
	} {
		sp, ok := spellingOf(tt.line)
		if !ok || sp.term.key != KeyOwner || sp.value != tt.value {
			t.Errorf("spellingOf(%q) = %+v, %v; want owner %q", tt.line, sp, ok, tt.value)
		}
	}
}

// TestSlipLabelSeparators holds which separators let a label with a typing
// slip be read: a colon, a full-width colon or a tab, as a form writes a
// label; after a dash, a semicolon or a run of spaces the words are as
// likely a value's, and the line is not read as a label.
func TestSlipLabelSeparators(t *testing.T) {
	for _, line := range []string{
		"Projektägrae: Perstorps kommun",
		"Projektägrae：Perstorps kommun",
		"Projektägrae\tPerstorps kommun",
	} {
		if sp, ok := spellingOf(line); !ok || sp.term.key != KeyOwner || sp.value != "Perstorps kommun" {
			t.Errorf("spellingOf(%q) = %+v, %v; want owner", line, sp, ok)
		}
	}
	for _, line := range []string{
		"Projektägrae - Perstorps kommun",
		"Projektägrae; Perstorps kommun",
		"Projektägrae  Perstorps kommun",
	} {
		if sp, ok := spellingOf(line); ok {
			t.Errorf("spellingOf(%q) read the label %q", line, sp.term.text)
		}
	}
}

// TestSpelledLabelLength holds the longest label part a line is read with:
// a label without its diacritics and spaced out ("P r o j e k t a g a r e n
// s …") is read up to 48 characters, and not at 49, before a colon or
// alone on its line.
func TestSpelledLabelLength(t *testing.T) {
	label48 := "P r o j e k t a g a r e n s o rganisationsnummer"
	label49 := "P r o j e k t a g a r e n s o r ganisationsnummer"
	if n := utf8.RuneCountInString(label48); n != 48 {
		t.Fatalf("label48 has %d characters", n)
	}
	if sp, ok := spellingOf(label48 + ": 556000-0000"); !ok || sp.term.key != KeyOwnerOrgNumber {
		t.Errorf("a label of 48 characters is not read: %+v, %v", sp, ok)
	}
	if sp, ok := spellingOf(label49 + ": 556000-0000"); ok {
		t.Errorf("a label of 49 characters is read as %q", sp.term.text)
	}
	// Alone on its line, the same.
	if sp, ok := spellingOf(label48); !ok || sp.term.key != KeyOwnerOrgNumber || sp.form != formBare {
		t.Errorf("a label of 48 characters alone on its line is not read: %+v, %v", sp, ok)
	}
	if sp, ok := spellingOf(label49); ok {
		t.Errorf("a label of 49 characters alone on its line is read as %q", sp.term.text)
	}
}

// TestSlipLabelNearestLengths holds the lengths at which a label with a
// typing slip is still read, as a form writes it with a colon: one slip in
// a label of 8 letters ("Huvdurnan", "rn" an OCR'd "m" besides;
// "Diarirnr", where the "rn" is the slip), and two in a label of 14
// ("Projketest narnn"; "Antal deltagrne", where the "rn" is a slip).
func TestSlipLabelNearestLengths(t *testing.T) {
	for _, tt := range []struct {
		line string
		key  Key
	}{
		{"Huvdurnan: Perstorps kommun", KeyOwner},
		{"Diarirnr: 2019-123", KeyID},
		{"Projketest narnn: Steget före", KeyName},
		{"Antal deltagrne: 25", KeyParticipants},
	} {
		if sp, ok := spellingOf(tt.line); !ok || sp.term.key != tt.key {
			t.Errorf("spellingOf(%q) = %+v, %v; want the label of %v", tt.line, sp, ok, tt.key)
		}
	}
}

// TestSlipLabelsInsideWord holds the labels the audit names for an
// unknown label: a slip inside the word ("Telefno") names Telefon, while a
// letter more or less at the end ("Telefonn", "Telefo"), as a plural or a
// word of another language has, names none, also where the label writes a
// space or a dash the line leaves out ("Projectowners", "Emails").
func TestSlipLabelsInsideWord(t *testing.T) {
	if got := slipLabels("Telefno"); len(got) != 1 || got[0].text != "Telefon" {
		t.Errorf("slipLabels(%q) = %v, want Telefon", "Telefno", got)
	}
	for _, label := range []string{"Telefonn", "Telefo", "Projectowners", "Emails"} {
		if got := slipLabels(label); len(got) != 0 {
			t.Errorf("slipLabels(%q) names %q", label, got[0].text)
		}
		if got := nearestSameLength(label); got != nil {
			t.Errorf("nearestSameLength(%q) = %q", label, got.text)
		}
	}
}

// TestLabelAfterBullet holds a label after a notes app's bullet or a list
// number of one or two digits read as the label, with the bullet or number
// named as decoration, not as part of how the label is written.
func TestLabelAfterBullet(t *testing.T) {
	for _, line := range []string{
		"• Projektägare: Perstorps kommun",
		"– Projektägare: Perstorps kommun",
		"▪ Projektägare: Perstorps kommun",
		"1. Projektägare: Perstorps kommun",
		"12) Projektägare: Perstorps kommun",
	} {
		sp, ok := spellingOf(line)
		if !ok || sp.term.key != KeyOwner || sp.value != "Perstorps kommun" || sp.how != "with bullets or emphasis" {
			t.Errorf("spellingOf(%q) = %+v, %v; want owner, with bullets or emphasis", line, sp, ok)
		}
	}
}

// TestListNumberAloneOnLine holds a line that is a list number and nothing
// more ("1.", "12)") read as no label.
func TestListNumberAloneOnLine(t *testing.T) {
	for _, line := range []string{"1.", "12)", "3"} {
		if sp, ok := spellingOf(line); ok {
			t.Errorf("spellingOf(%q) read the label %q", line, sp.term.text)
		}
		if body, _ := undecorate(line); body != line {
			t.Errorf("undecorate(%q) = %q, want the line as it is", line, body)
		}
	}
}

// TestLabelColonAfterOtherSeparators holds a label read at its colon where
// another separator stands next to it: spaces before the colon
// ("Projektägrae  : …"), a tab before the label, a run of spaces in the
// value after it.
func TestLabelColonAfterOtherSeparators(t *testing.T) {
	for _, tt := range []struct{ line, value string }{
		{"Projektägrae  : Perstorps kommun", "Perstorps kommun"},
		{"\tProjektagare: Perstorps kommun", "Perstorps kommun"},
		{"\tProjektagare: Perstorps  kommun", "Perstorps  kommun"},
	} {
		sp, ok := spellingOf(tt.line)
		if !ok || sp.term.key != KeyOwner || sp.value != tt.value || sp.form != formColon {
			t.Errorf("spellingOf(%q) = %+v, %v; want owner %q after a colon", tt.line, sp, ok, tt.value)
		}
	}
}

// TestSpellingQuotedWhole holds the warning's quote of a label as written:
// one of 40 characters is quoted whole, a longer one cut at 40 with an
// ellipsis.
func TestSpellingQuotedWhole(t *testing.T) {
	for _, tt := range []struct{ label, how string }{
		{"P r o j e k tagarens organisationsnummer", `written "P r o j e k tagarens organisationsnummer"`},
		{"P r o j e k t agarens organisationsnummer", `written "P r o j e k t agarens organisationsnumme…"`},
	} {
		sp, ok := spellingOf(tt.label + ": 556000-0000")
		if !ok || sp.term.key != KeyOwnerOrgNumber || sp.how != tt.how {
			t.Errorf("spellingOf(%q) = %+v, %v; want how %s", tt.label, sp, ok, tt.how)
		}
	}
}

// TestGluedSpellingLineLength holds the longest line read as a glued label
// and its value, as a 2007–2013 printout writes them: 160 bytes; a longer
// line is prose.
func TestGluedSpellingLineLength(t *testing.T) {
	const label = "ProgramomradeProgramområde 2 "
	line160 := label + strings.Repeat("x", 160-len(label))
	if sp, ok := gluedSpelling(line160); !ok || sp.term.key != KeyProgrammeAreaCode {
		t.Errorf("a glued line of 160 bytes is not read: %+v, %v", sp, ok)
	}
	if sp, ok := gluedSpelling(line160 + "x"); ok {
		t.Errorf("a glued line of 161 bytes is read as %q", sp.term.text)
	}
}

// TestGluedSpelledOutLabelLength holds the longest glued label read: a
// label in capitals spaced out to 48 characters is read whole before its
// value; spaced out to 49, only the shorter label its first letters spell
// is.
func TestGluedSpelledOutLabelLength(t *testing.T) {
	const spaced48 = "P R O J E K T A G A R E N S O RGANISATIONSNUMMER"
	const spaced49 = "P R O J E K T A G A R E N S O R GANISATIONSNUMMER"
	if sp, ok := gluedSpelling(spaced48 + "556000-0000"); !ok || sp.term.key != KeyOwnerOrgNumber || sp.value != "556000-0000" {
		t.Errorf("the glued label of 48 characters is not read: %+v, %v", sp, ok)
	}
	if sp, ok := gluedSpelling(spaced49 + "556000-0000"); ok && sp.term.key == KeyOwnerOrgNumber {
		t.Errorf("the glued label of 49 characters is read whole: %+v", sp)
	}
}

// TestSlipLabelCapitalNotASCII holds a label with a typing slip read when
// its first letter is a capital outside ASCII: "Ärendenumemr:" is the
// label Ärendenummer, as "Diarienumemr:" would be Diarienummer.
func TestSlipLabelCapitalNotASCII(t *testing.T) {
	checkSpelled(t, KeyID, "2019-123", "Ärendenumemr: 2019-123", "Ärendenummre: 2019-123")
}

// TestMayBeginLabelFirstTwoLetters holds mayBeginLabel to the first two
// letters of a line: a value whose first two letters begin no label is
// passed over whatever its third is, "å" or "ö" included; a byte that is no
// character of UTF-8 (cp1252's euro sign, left undecoded) before them
// leaves it unable to tell, so the slow way decides.
func TestMayBeginLabelFirstTwoLetters(t *testing.T) {
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"Skåne län", false},
		{"Tjörns kommun", false},
		{"Eksjö kommun", false},
		{"Projektägare", true},
		{"Växjö kommun", true},
		{"\x80 1 200 000", true},
		{"\x80Skåne län", true},
	} {
		if got := mayBeginLabel(tt.line); got != tt.want {
			t.Errorf("mayBeginLabel(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}

// TestLabelLengthGap holds the gap in length between a label as written
// and a label's key, on which labels too long or too short to be a slip
// away are passed over: the same whichever of the two is longer, and never
// below zero.
func TestLabelLengthGap(t *testing.T) {
	for _, tt := range []struct{ written, label string }{
		{"Telefno", "Telefonnummer"},
		{"Telefonnummer", "Tel"},
		{"Projektagare", "Projektägare"},
	} {
		a, b := spellingKey(tt.written), spellingKey(tt.label)
		want := len(a) - len(b)
		if want < 0 {
			want = len(b) - len(a)
		}
		if got := abs(len(a) - len(b)); got != want {
			t.Errorf("abs(len(%q)-len(%q)) = %d, want %d", a, b, got, want)
		}
		if got := abs(len(b) - len(a)); got != want {
			t.Errorf("abs(len(%q)-len(%q)) = %d, want %d", b, a, got, want)
		}
	}
}

// TestNearestRemembersBounded holds what nearestSpelling and slipLabels
// remember of the unknown labels they were asked of: one after another,
// each is remembered ("Projektägrae", then "Projketägare"), and no more
// than maxNearest are, the whole forgotten when one more would pass it.
func TestNearestRemembersBounded(t *testing.T) {
	forgetNearest()
	t.Cleanup(forgetNearest)

	written := []string{"Projektägrae", "Projketägare"}
	for _, label := range written {
		nearestSpelling(spellingKey(label))
		slipLabels(label)
	}
	nearest.Lock()
	for _, label := range written {
		if _, ok := nearest.found[spellingKey(label)]; !ok {
			t.Errorf("nearestSpelling does not remember %q after %q", label, written[len(written)-1])
		}
	}
	nearest.Unlock()
	slips.Lock()
	for _, label := range written {
		if _, ok := slips.found[spellingKey(label)+"\x00"+label]; !ok {
			t.Errorf("slipLabels does not remember %q after %q", label, written[len(written)-1])
		}
	}
	slips.Unlock()

	// Full to the bound, one more look forgets the rest.
	nearest.Lock()
	slips.Lock()
	for i := len(nearest.found); i < maxNearest; i++ {
		nearest.found["\x00"+strconv.Itoa(i)] = nil
	}
	for i := len(slips.found); i < maxNearest; i++ {
		slips.found["\x00"+strconv.Itoa(i)] = nil
	}
	slips.Unlock()
	nearest.Unlock()
	nearestSpelling(spellingKey("Telefno"))
	slipLabels("Telefno")
	nearest.Lock()
	if n := len(nearest.found); n > maxNearest {
		t.Errorf("nearestSpelling remembers %d labels, more than %d", n, maxNearest)
	}
	nearest.Unlock()
	slips.Lock()
	if n := len(slips.found); n > maxNearest {
		t.Errorf("slipLabels remembers %d labels, more than %d", n, maxNearest)
	}
	slips.Unlock()
}
