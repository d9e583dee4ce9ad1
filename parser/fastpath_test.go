package parser

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// FuzzFastPaths proves each fast path of the line reader equal to the
// plain code it stands for, on any text: the cookie words, the trimming,
// the cleaning of values, the term trie, the odd-space test and the
// length test before the project-number expressions.
func FuzzFastPaths(f *testing.F) {
	for _, s := range []string{
		"Vi använder KAKOR och Cookies", "cOOKIE kAKOR Kakor COOKIE", "  Projektägare:\tX  ", "\u200bRegion Syd\u00a0",
		"Beviljat ESF-stöd493 090 kr", "a  b", " a", "a ", "a\tb", "x\u2007y\u202fz\u2060\ufeff", "\xff\xfe", "kok", "ck", "",
		"Total projektbudget", "Kontaktpersonola johnsson", "Projektnummer:", "ÄRENDENUMMER 1",
		"Bakgrund", "BAKGRUND :", "Bakgrund\u00a0:\u200b:", "Bak grund", "Bakgrund:x", "Logotyp på utskrifter", "Stäng:",
		"Kommun", "Medfinansiärer:", ":::", "Syfte", "Syfte och mål", "Acceptera alla:",
		"a;b,c\td", "x\t,;", "Projektägare：X", "a,b;", "a\u00a0b\u2011c\u00e9\u2013d\ufeffe\u00adf", "\u00c2\u00e2\u00ef", "Sida 1 av 2", "Sida 1 av 2x", "2024-03-01 10:15 Digga", "2024-03-01 – 2026-12-31", "1/3/24 9:05 ESF", "www.esf.se 1/2",
		"2015/00764", "2015/007640", "23-038-S06", "23-038-Ö061", "2007-5020001", "2007-50200011", "2020-123-1234", "2015/0076", "2015/007", "2020-1234-1234", "23-038-Ö123", "Fo¨rprojektering", "a·b", "Svenska ESF-rådet", " ESF–rådet:", "\u200bProjektbanken", "PROJEKTBANKEN", ".\n .\r\n.", "x.\n.", "\u2600", "\u27bf", "\u25ff", "\u27c0", "\u2aff", "\u2b00", "\u2bff", "\u2c00", "\U0001F600", "\U0001EFFF", "\U0001FB00", "\xe2", "x\xc2", "rad¶", "Ha˚kan",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		cookie, kakor := cookieWords(s)
		if cookie != containsFoldASCII(s, "cookie") || kakor != containsFoldASCII(s, "kakor") {
			t.Fatalf("cookieWords(%q) = %v, %v", s, cookie, kakor)
		}
		if s != "" && siteName(s) != siteNames[matchKey(s)] {
			t.Fatalf("siteName(%q) = %v, want %v", s, siteName(s), siteNames[matchKey(s)])
		}
		if got, want := hasEmoji(s), strings.ContainsFunc(s, emoji); got != want {
			t.Fatalf("hasEmoji(%q) = %v, want %v", s, got, want)
		}
		dots := 0
		for l := range eachLine(s) {
			if strings.TrimSpace(l) == "." {
				dots++
			}
		}
		if got := dotLines(s); got != dots {
			t.Fatalf("dotLines(%q) = %d, want %d", s, got, dots)
		}
		for _, chars := range []string{"·␣¶↵↲", "¨˚´", "ab"} {
			if got, want := containsRuneOf(s, chars), strings.ContainsAny(s, chars); got != want {
				t.Fatalf("containsRuneOf(%q, %q) = %v, want %v", s, chars, got, want)
			}
		}
		if got, want := trimLine(s), strings.TrimFunc(s, isSpaceOrInvisible); got != want {
			t.Fatalf("trimLine(%q) = %q, want %q", s, got, want)
		}
		if got, want := cleanValue(s), foldSpace(s); got != want {
			t.Fatalf("cleanValue(%q) = %q, want %q", s, got, want)
		}
		for _, whole := range []bool{false, true} {
			m := termIndex().match(s, whole)
			wantTerm, wantEnd := longestPrefixSlow(termIndex(), s)
			if m.label != wantTerm || m.end != wantEnd {
				t.Fatalf("match(%q) finds label %v, %d; want %v, %d", s, m.label, m.end, wantTerm, wantEnd)
			}
			var heading, wantHeading *term
			var furn, wantFurn furniture
			if m.whole != nil {
				heading, furn = m.whole.heading, m.whole.furniture
			}
			if whole {
				wantHeading, wantFurn = headingsByKey[matchKey(s)], furnitureByKey[matchKey(s)]
			}
			if heading != wantHeading || furn != wantFurn {
				t.Fatalf("match(%q, %v) finds heading %v, furniture %d; want %v, %d", s, whole, heading, furn, wantHeading, wantFurn)
			}
		}
		if got, want := hasOddSpace(s), hasOddSpaceSlow(s); got != want {
			t.Fatalf("hasOddSpace(%q) = %v, want %v", s, got, want)
		}
		if l := trimLine(s); l != "" && printPart(l) != isPrintFurnitureSlow(l) {
			t.Fatalf("isPrintFurniture(%q) = %v, the expressions say otherwise", l, isPrintFurniture(l))
		}
		if got, want := firstDelimiter([]byte(s)), strings.IndexAny(s, ";,\t"); got != want {
			t.Fatalf("firstDelimiter(%q) = %d, want %d", s, got, want)
		}
		if got, want := hasColonLike(s), strings.ContainsAny(s, ":：;\t"); got != want {
			t.Fatalf("hasColonLike(%q) = %v, want %v", s, got, want)
		}
		if _, glued := gluedSpelling(s); glued && !labelPrefix(s) {
			t.Fatalf("gluedSpelling(%q) reads a label where labelPrefix sees none begin", s)
		}
		if utf8.ValidString(s) && !strings.ContainsAny(s, "\v\r\u2028\u2029") && !nelBreaks([]byte(s)) {
			if got, _ := normalizeTypography(s); got != typographySlow(s) {
				t.Fatalf("normalizeTypography(%q) = %q, want %q", s, got, typographySlow(s))
			}
		}
		if got, want := isProjectID(s), idProjectNumber.MatchString(s) || idDiaryNumber.MatchString(s); got != want {
			t.Fatalf("isProjectID(%q) = %v, want %v", s, got, want)
		}
	})
}

// headingsByKey and furnitureByKey look a whole line's matchKey up in a
// map, as termTrie.match does in its walk.
var (
	headingsByKey = func() map[string]*term {
		m := map[string]*term{}
		for i := range terms {
			if terms[i].role&asHeading != 0 {
				m[matchKey(terms[i].text)] = &terms[i]
			}
		}
		return m
	}()
	furnitureByKey = func() map[string]furniture {
		m := map[string]furniture{}
		for _, s := range furnitureLines {
			m[matchKey(s)] = furnitureLine
		}
		for _, s := range pageTopLines {
			m[matchKey(s)] = furniturePageTop
		}
		return m
	}()
)

// longestPrefixSlow finds the longest label at line's start rune by rune.
func longestPrefixSlow(t *termTrie, line string) (*term, int) {
	var best *term
	end := 0
	node := t
	for i, r := range line {
		folded, ok := foldRune(r)
		if !ok {
			continue
		}
		if node = node.child(folded); node == nil {
			break
		}
		if node.label != nil {
			best, end = node.label, i+utf8.RuneLen(r)
		}
	}
	return best, end
}

func hasOddSpaceSlow(s string) bool {
	return strings.ContainsFunc(s, func(r rune) bool {
		switch r {
		case '\u00A0', '\u00AD', '\u2007', '\u200B', '\u200C', '\u200D', '\u202F', '\u2060', '\uFEFF':
			return true
		}
		return false
	})
}

// TestIndexByFirst holds indexByFirst equal to strings.Index, and the
// cookie openers to what it is quick for: a capital first.
func TestIndexByFirst(t *testing.T) {
	for _, m := range cookieOpeners {
		if m[0] < 'A' || m[0] > 'Z' {
			t.Errorf("cookie opener %q does not begin with a capital", m)
		}
		if _, top, ok := splitPageTop("… • Trelleborg" + m + " på sidan"); !ok || top != m+" på sidan" {
			t.Errorf("a line ending in the cookie opener %q splits at %q, %v", m, top, ok)
		}
		for _, text := range []string{"", m, "x" + m, "Vi använder kakor? " + m, "V", "VVi använder", "Webb" + m + m} {
			if got, want := indexByFirst(text, m), strings.Index(text, m); got != want {
				t.Errorf("indexByFirst(%q, %q) = %d, want %d", text, m, got, want)
			}
		}
	}
}

// FuzzDateFastPaths holds the ISO shortcuts of parseDate and parsePeriod
// equal to the regular expressions they stand before.
func FuzzDateFastPaths(f *testing.F) {
	for _, s := range []string{
		"2024-03-01", "2024-13-01", "2024-02-30", "1899-12-31", "0000-00-00", "2024-3-1", "2021-02-01 - 2021-10-31", "2021-02-01 - 2021-13-31", "2024-03-01T10:00", "１２３４-05-06",
		"2008-05-01 till 2009-08-10", "2008-05-01 TILL 2009-08-10", "2008-05-01–2009-08-10", "2008-05-01 – 2009-08-10", "2008-05-01 to 2009-08-10",
		"2008-05-01 tom 2009-08-10", "2008-05-01  till 2009-08-10", "2008-05-01 till 2009-08-10 till 2010-01-01",
	} {
		f.Add(s)
	}
	for _, sep := range isoSeparators {
		f.Add("2008-05-01" + sep + "2009-08-10")
	}
	f.Fuzz(func(t *testing.T, s string) {
		if IsISODate(s) {
			m := isoDate.FindStringSubmatch(s)
			if m == nil || atoi(m[1]) != atoi(s[:4]) || atoi(m[2]) != atoi(s[5:7]) || atoi(m[3]) != atoi(s[8:]) {
				t.Fatalf("IsISODate(%q) but isoDate reads %q", s, m)
			}
			year, month, day := atoi(m[1]), atoi(m[2]), atoi(m[3])
			want, wantOK := "", validDate(year, month, day)
			if wantOK {
				want = time.Date(year, time.Month(month), day, 0, 0, 0, 0, time.UTC).Format(time.DateOnly)
			}
			if got, ok := parseDate(s); got != want || ok != wantOK {
				t.Fatalf("parseDate(%q) = %q, %v; want %q, %v", s, got, ok, want, wantOK)
			}
		}
		if l, r, ok := isoPeriod(s); ok {
			if wl, wr, wok := periodParts(s); !wok || wl != l || wr != r {
				t.Fatalf("isoPeriod(%q) = %q, %q but periodParts reads %q, %q, %v", s, l, r, wl, wr, wok)
			}
		}
	})
}

// FuzzAreaFastPath holds numberedArea equal to the regular expressions of
// programmeAreaParts wherever it reads an area.
func FuzzAreaFastPath(f *testing.F) {
	for _, s := range []string{
		"Programområde 1 Kompetensförsörjning", "Programområde 2", "1.1 Kompetensförsörjning", "1.12.3 X", "123 X", "1.123 X",
		"1. X", "1 .X", "1  X", "1 -X", "1 – X", "1\tX", "1 X\nY", "Programområde\t1 X", "ProgramområdeA", "A", "React-EU", "PO 1 X",
		"Programområde 1.1", "1.1.", "12", "1 X ", "B", "Å", "a", "P",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		code, name, ok := numberedArea(s)
		if !ok {
			return
		}
		if wcode, wname, wok := programmeAreaParts(s); !wok || wcode != code || wname != name {
			t.Fatalf("numberedArea(%q) = %q, %q but programmeAreaParts reads %q, %q, %v", s, code, name, wcode, wname, wok)
		}
	})
}

// TestPrintFurniture holds isPrintFurniture, whose cheap tests stand before
// its regular expressions, to the expressions alone, over every line of
// the test pages and lines made to sit at the edges of those tests.
func TestPrintFurniture(t *testing.T) {
	lines := []string{
		"a;b,c\td", "x\t,;", "Projektägare：X", "a,b;", "a\u00a0b\u2011c\u00e9\u2013d\ufeffe\u00adf", "\u00c2\u00e2\u00ef", "Sida 1 av 2", "Sida 1 av 2x", "Page 3", "page 12 of 14", "Sydsverige", "Sida", "Sida 1/2", "Projektägare 1",
		"Sida 1 (3)", "Page 2 (2)", "Sida 1 (3", "Sida (3)", "Projekt 1 (3)",
		"2024-03-01 10:15 Digga Perstorps Personal", "2024-03-01, 10.15", "2024-03-01 – 2026-12-31", "2024-03-01",
		"1/3/24 9:05 ESF-rådet", "1/3/24 9 05", "12/31/2024 23:59", "2024-03-01 10", "2024-03-01T10:15",
		"https://www.esf.se/projekt 1/2", "www.esf.se/projekt sida 1 av 2", "HTTP://X.SE",
		"Utskrivet 2024-05-03 14:22", "utskriven: 3.5.2024", "Utskriftsdatum: 2024-05-03, kl. 14:22:05", "Printed on 3 May 2024",
		"Printed 2024-05-03 14:22", "Utskrivet av Anna 2024-05-03", "Utskrift", "Printed matter 2024", "Utskrivet 2024-05-03 14:22 och arkiverat 2024-05-04 10:00",
		"Utskrivet 2024-05-12 2", "Utskrivet 2024-05-12 14:22 2/4", "Utskrivet 2024-05-12 Sida 2 av 3", "Utskrivet 2024-05-12 2024", "Utskrivet 2024-05-12 och 2",
	}
	files, _ := filepath.Glob(filepath.Join(testdata, "pages", "*.txt"))
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for l := range eachLine(string(data)) {
			if l = trimLine(l); l != "" {
				lines = append(lines, l)
			}
		}
	}
	printed := 0
	for _, l := range lines {
		got, want := printPart(l), isPrintFurnitureSlow(l)
		if got != want {
			t.Errorf("isPrintFurniture(%q) = %v, the expressions say %v", l, got, want)
		}
		if got {
			printed++
		}
	}
	if printed < 6 {
		t.Errorf("only %d lines are print furniture: the test reads too few", printed)
	}
}

// isPrintFurnitureSlow is printPart by its regular expressions alone.
func isPrintFurnitureSlow(text string) bool {
	if text == "" || len(text) > 300 {
		return false
	}
	if len(text) <= 48 && printedOn.MatchString(text) {
		return true
	}
	switch c := text[0]; {
	case (c == '[' || c == '(') && len(text) <= maxBracketedCounter && bracketedCounter(text):
		return true
	case c == 'S' || c == 's' || c == 'P' || c == 'p':
		return len(text) <= 20 && pageCounter.MatchString(text)
	case c >= '0' && c <= '9':
		return printDate.MatchString(text) && !stampSentence(text) || isPageNumber(text)
	case c == 'h' || c == 'w' || c == 'H' || c == 'W':
		return printURL.MatchString(text)
	}
	return isPageNumber(text)
}

// typographySlow is normalizeTypography one character at a time, for
// text with no line breaks of its own to map (no "\v", U+2028, U+2029, no
// lines ended by U+0085 alone) and no carriage return.
func typographySlow(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '\u2010', r == '\u2011', r == '\u2012', r == '\u2212':
			b.WriteByte('-')
		case r == '\u2015':
			b.WriteString("—")
		case r == '\u00A0', r == '\u2007', r == '\u202F':
			b.WriteByte(' ')
		case r >= '\uFB00' && r <= '\uFB06':
			b.WriteString(ligatures[r-'\uFB00'])
		case r >= 0x80 && r <= 0x9F:
			b.WriteString(windows1252[r-0x80].utf8)
		case isFormatMark(r):
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}
