package parser

import (
	"reflect"
	"slices"
	"strings"
	"testing"
)

func TestParseAmount(t *testing.T) {
	tests := []struct {
		in   string
		want int64
		ok   bool
	}{
		{"493 090 kr", 493090, true},
		{"493\u00a0090 kr", 493090, true},
		{"9 997 836 kr", 9997836, true},
		{"400 000", 400000, true},
		{"7\u202f380\u202f388 SEK", 7380388, true},
		{"12 500:-", 12500, true},
		{"12 500,-", 12500, true},
		{"9 997 836,- kr", 9997836, true},
		{"9 997 836 kr,-", 9997836, true},
		{"12 500:- SEK", 12500, true},
		{",- kr", 0, false},
		{"kr", 0, false},
		{"3 544 067,52", 3544068, true},
		{"3 544 067,49 kr", 3544067, true},
		{"1.234.567 kr", 1234567, true},
		{"SEK 250 000", 250000, true},
		{"0", 0, true},
		{"0 kr", 0, true},
		{"-5 000 kr", -5000, true},
		{"691 000 kronor", 691000, true},
		{"", 0, false},
		{"kr", 0, false},
		{"12a 000 kr", 0, false},
		{"ca 400 000", 0, false},
		{"1,2,3", 0, false},
		{"99999999999999999999", 0, false},
		{"400,000", 400000, true},
		{"1,234,567 kr", 1234567, true},
		{"1.234,56", 1235, true},
		{"1,234.56", 1235, true},
		{"400.000", 400000, true},
		{"12,5", 13, true},
		{"400,0000", 0, false},
		{"1.234.56", 0, false},
		{"1,23,456", 0, false},
		{"1.234,567", 0, false},
		{"kr 1 234 567", 1234567, true},
		// Groups of three, parted by spaces.
		{"400 000 15", 0, false}, // a number after a gap
		{"440 25", 0, false},     // the last group of two
		{"4000 000", 0, false},   // a first group of four
		{"400 0000", 0, false},   // a last group of four
		{"1 000 0", 0, false},    // a last group of one
		{"1 000 000,5", 1000001, true},
		{"1 000,50 kr", 1001, true},
		{"1 000x", 0, false},
		{"- 400 000", -400000, true},
		// Thousands, millions and billions of kronor.
		{"850 tkr", 850000, true},
		{"850 tkr.", 850000, true},
		{"850tkr", 850000, true},
		{"1 234 tkr", 1234000, true},
		{"1 234,5 tkr", 1234500, true},
		{"1,2 mnkr", 1200000, true},
		{"1,2 Mkr", 1200000, true},
		{"1.2 MSEK", 1200000, true},
		{"3,75 milj. kr", 3750000, true},
		{"2 miljoner kronor", 2000000, true},
		{"1,5 mdkr", 1500000000, true},
		{"0,5 mkr", 500000, true},
		{"12,345678 mnkr", 12345678, true},
		{"0,0000005 mnkr", 1, true}, // half a krona rounds up
		{"0,0000004 mnkr", 0, true}, // under half rounds down
		{"1,234 mnkr", 0, false},    // 1.234 or 1,234 millions
		{"1.234 MSEK", 0, false},
		{"1,123456789 mnkr", 1123457, true},   // maxScaledDigits decimals
		{"1.234.567,5 tkr", 1234567500, true}, // grouped, then decimals
		{"999999999 mdkr", 999999999000000000, true},
		{"1000000000 mdkr", 0, false}, // past maxScaledDigits
		{"1,1234567891 mnkr", 0, false},
		{"mnkr", 0, false},
		{"x mnkr", 0, false},
		{"1,2,3 mnkr", 0, false},
		{"12 blomkr", 0, false}, // a word that ends like a unit
		{"ca 1,2 miljoner kronor", 0, false},
	}
	for _, tt := range tests {
		got, ok := parseAmount(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("parseAmount(%q) = %d, %v; want %d, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestParseCount(t *testing.T) {
	tests := []struct {
		in   string
		want int64
		ok   bool
	}{
		{"605", 605, true},
		{"11", 11, true},
		{"0", 0, true},
		{"1 200", 1200, true},
		{"440 25", 0, false}, // a number after a gap
		{"1 20", 0, false},
		{"1\u00a0200", 1200, true},
		{"", 0, false},
		{"ca 50", 0, false},
		{"11 st", 11, true},
		{"11 st.", 11, true},
		{"1 200 deltagare", 1200, true},
		{"40 Personer", 40, true},
		{"25 participants", 25, true},
		{"st", 0, false},
		{"11 st 12", 0, false},
		{"11 kr", 0, false},
		{"11st", 0, false},
		{"-3", 0, false},
		{"12.5", 0, false},
		{"605 unika personer", 605, true},
		{"40 st deltagare", 40, true},
		{"605 pers", 605, true},
		{"605 individer", 605, true},
		{"605 unika personer deltagare", 0, false}, // three words after it
		{"605.", 605, true},
		{"605,0", 605, true},
		{"605.0", 605, true},
		{"605,00", 0, false},
		{"1.200", 1200, true},
		{"12.000.000", 12000000, true},
		{"1.20", 0, false},
		{"1234.567", 0, false},
		{".200", 0, false},
		{"cirka 605.", 0, false},
	}
	for _, tt := range tests {
		got, ok := parseCount(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("parseCount(%q) = %d, %v; want %d, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestParsePercent(t *testing.T) {
	tests := []struct {
		in   string
		want float64
		ok   bool
	}{
		{"40%", 40, true},
		{"50 %", 50, true},
		{"52,5 %", 52.5, true},
		{"52.5%", 52.5, true},
		{"0%", 0, true},
		{"85 procent", 85, true},
		{"40 pct", 40, true},
		{"40 proc.", 40, true},
		{"40 procentenheter", 40, true},
		{"40 %.", 40, true},
		{"40 %-ig", 40, true},
		{"40 (procent)", 40, true},
		{"40 (EU-andel)", 0, false},
		{"40 %..", 0, false},
		{"40 procent procent", 0, false},
		{"100", 100, true},
		{"", 0, false},
		{"%", 0, false},
		{"fyrtio", 0, false},
		{"NaN", 0, false},
		{"1e3%", 0, false},
	}
	for _, tt := range tests {
		got, ok := parsePercent(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("parsePercent(%q) = %v, %v; want %v, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestParseYesNo(t *testing.T) {
	tests := []struct {
		in       string
		want, ok bool
	}{
		{"Ja", true, true},
		{"☐ Ja ☒ Nej", false, true},
		{"☒ Ja ☐ Nej", true, true},
		{"☐ Ja  ☑ Nej", false, true},
		{"[ ] Ja [x] Nej", false, true},
		{"[x] Ja [ ] Nej", true, true},
		{"( ) Ja (x) Nej", false, true},
		{"Ja ☐ Nej ☒", false, true},
		{"Ja [ ] Nej [X]", false, true},
		{"☒ Nej", false, true},
		{"☑ Ja", true, true},
		{"X Nej", false, true},
		{"Nej ✓", false, true},
		{"Ja ✓", true, true},
		{"✓", true, true},
		{"✗", false, true},
		{"☒ Ja ☒ Nej", false, false}, // both ticked
		{"☐ Ja ☐ Nej", false, false}, // none
		{"☒ Ja Nej", false, false},   // the other's box left out
		{"☒ Ja ☐ Kanske", false, false},
		{"☒ Ja ☐", false, false},
		{"x", false, false},
		{"Ja ☒ ☐ Nej", false, false},
		{"Nej", false, true},
		{"nej", false, true},
		{"JA", true, true},
		{"Yes", true, true},
		{"No", false, true},
		{"Nej.", false, true},
		{"", false, false},
		{"Kanske", false, false},
	}
	for _, tt := range tests {
		got, ok := parseYesNo(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("parseYesNo(%q) = %v, %v; want %v, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

// stringCase is a table row for normalisers from string to string.
type stringCase struct {
	in, want string
	ok       bool
}

func checkStrings(t *testing.T, name string, f func(string) (string, bool), tests []stringCase) {
	t.Helper()
	for _, tt := range tests {
		got, ok := f(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("%s(%q) = %q, %v; want %q, %v", name, tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestParseOrgNumber(t *testing.T) {
	checkStrings(t, "parseOrgNumber", parseOrgNumber, []stringCase{
		{"2120000910", "212000-0910", true},
		{"212000-0910", "212000-0910", true},
		{"212000 0910", "212000-0910", true},
		{"16212000-0910", "212000-0910", true},
		{"162120000910", "212000-0910", true},
		{"21200009", "", false},
		{"212000-091X", "", false},
		{"SE212000091001", "212000-0910", true}, // the VAT number
		{"se 212000-0910 01", "212000-0910", true},
		{"SE212000091002", "", false},
		{"DE212000091001", "", false},
		{"SE2120000910011", "", false},
		{"", "", false},
	})
}

func TestParsePostcode(t *testing.T) {
	checkStrings(t, "parsePostcode", parsePostcode, []stringCase{
		{"28485", "28485", true},
		{"284 85", "28485", true},
		{"SE-284 85", "28485", true},
		{"284\u00a085", "28485", true},
		{"2848", "", false},
		{"284 856", "", false},
		{"PERSTORP", "", false},
	})
}

func TestParseDate(t *testing.T) {
	checkStrings(t, "parseDate", parseDate, []stringCase{
		{"2024-03-01", "2024-03-01", true},
		{"2024-3-1", "2024-03-01", true},
		{"20240301", "2024-03-01", true},
		// A weekday before the date, which must be the date's.
		{"fredag den 1 mars 2024", "2024-03-01", true},
		{"fre 1 mars 2024", "2024-03-01", true},
		{"Friday, 1 March 2024", "2024-03-01", true},
		{"Fri, Mar 1, 2024", "2024-03-01", true},
		{"Fre. 2024-03-01", "2024-03-01", true},
		{"torsdag den 1 mars 2024", "", false},
		{"fredag", "", false},
		{"fredag den", "", false},
		{"Fredrik 1 mars 2024", "", false},
		{"2024-03-01 00:00", "2024-03-01", true},
		// A time of day after the date; a zone only at midnight, where
		// the day written is the day.
		{"2024-03-01T08:15:00", "2024-03-01", true},
		{"2024-03-01T00:00:00Z", "2024-03-01", true},
		{"2024-03-01T00:00Z", "2024-03-01", true},
		{"2024-03-01T00:00:00.000+01:00", "2024-03-01", true},
		{"2024-03-01T00:00:00+0100", "2024-03-01", true},
		{"2024-02-29T23:00:00Z", "", false}, // Swedish midnight of 1 March
		{"2024-03-01T00:01:00Z", "", false},
		{"2024-03-01T08:15:00+01:00", "", false},
		{"2024-03-01, kl. 08.00", "2024-03-01", true},
		{"2024-03-01 kl 8.15", "2024-03-01", true},
		{"2024-03-01 08.00", "2024-03-01", true},
		{"2024-03-01 kl.", "", false},
		{"2024-03-01 kl. 25.00", "", false},
		{"2024-03-01 23.59", "2024-03-01", true},
		{"2024-03-01 99.99", "", false},
		{"2024-03-01 12:60", "", false},
		{"2024-03-01T00:00:00+02:00", "2024-03-01", true},
		{"2024-03-01T00:00:00+03:00", "", false}, // 22:00 on 29 February in Sweden
		{"2024-03-01T00:00:00-05:00", "2024-03-01", true},
		{"2024-03-01 8", "", false},
		{"1.3.2024", "2024-03-01", true},
		{"01/03/2024", "", false}, // 1 March or 3 January
		{"13/03/2024", "2024-03-13", true},
		{"03/13/2024", "2024-03-13", true}, // month first: the one reading
		{"13/13/2024", "", false},
		{"03.13.2024", "", false},
		{"03/03/2024", "2024-03-03", true},
		{"01.03.2024", "2024-03-01", true},
		{"1/3 2024", "2024-03-01", true},
		{"1 april 2017", "2017-04-01", true},
		{"31 mars 2019", "2019-03-31", true},
		{"1 Apr 2017", "2017-04-01", true},
		{"15 januari 2009", "2009-01-15", true},
		{"2024-02-29", "2024-02-29", true},
		{"2023-02-29", "", false},
		{"2026-13-45", "", false},
		{"1 smarch 2017", "", false},
		{"våren 2017", "", false},
		{"", "", false},
		{"2024.03.01", "2024-03-01", true},
		{"2024/03/01", "2024-03-01", true},
		{"01-03-2024", "2024-03-01", true}, // day first, as Swedish writes it
		{"1/3 2024", "2024-03-01", true},
		{"1.3 2024", "2024-03-01", true},
		{"31-02-2024", "", false},
		{"den 1 mars 2024", "2024-03-01", true},
		{"31:a oktober 2008", "2008-10-31", true}, {"den 3:e mars 2024", "2024-03-03", true}, {"1:A februari 2021", "2021-02-01", true},
		{"1st March 2024", "2024-03-01", true}, {"March 1st, 2024", "2024-03-01", true}, {"22nd May 2024", "2024-05-22", true},
		{"1:o mars 2024", "", false}, {"1:aa mars 2024", "", false}, {"1x mars 2024", "", false},
		{"Den 1 mars 2024", "2024-03-01", true},
		{"1 mars, 2024", "2024-03-01", true},
		{"March 1, 2024", "2024-03-01", true},
		{"Mars 1 2024", "2024-03-01", true},
		{"Smarch 1, 2024", "", false},
		{"mars 2024", "", false}, // no day
		{"1 mars 1899", "", false},
		{"1 mars 1900", "1900-03-01", true},
	})
}

func TestParsePeriod(t *testing.T) {
	tests := []struct {
		in, start, end string
		ok             bool
	}{
		{"2009-01-15 till 2009-10-31", "2009-01-15", "2009-10-31", true},
		// Two dates in another form, a dash between them and no space.
		{"2016/02/02-2019/01/31", "2016-02-02", "2019-01-31", true},
		{"2 februari 2016-31 januari 2019", "2016-02-02", "2019-01-31", true},
		{"02.02.2016–31.01.2019", "2016-02-02", "2019-01-31", true},
		{"20160202-20190131", "2016-02-02", "2019-01-31", true},
		{"2016-02-02-2019", "", "", false},
		{"2016/02/02-", "", "", false},
		// Dates with a time of day, as an export or a calendar writes
		// them.
		{"2021-02-01, kl. 08.00 -- 2021-10-31T00:00:00Z", "2021-02-01", "2021-10-31", true},
		{"2021-02-01 kl 8.00 - 2021-10-31 kl 16.00", "2021-02-01", "2021-10-31", true},
		{"2021-02-01T00:00:00Z/2021-10-31T00:00:00Z", "2021-02-01", "2021-10-31", true},
		{"2021-02-01T00:00:00Z - 2021-10-31T22:00:00Z", "", "", false},
		{"mellan 2016-02-02 och 2019-01-31", "2016-02-02", "2019-01-31", true},
		{"2016-02-02 och 2019-01-31", "2016-02-02", "2019-01-31", true},
		{"Start 2016-02-02, slut 2019-01-31", "2016-02-02", "2019-01-31", true},
		{"Startdatum: 2016-02-02 Slutdatum: 2019-01-31", "2016-02-02", "2019-01-31", true},
		{"2016-02-02 → 2019-01-31", "2016-02-02", "2019-01-31", true},
		{"2016-02-02→2019-01-31", "2016-02-02", "2019-01-31", true},
		{"2016-02-02 ~ 2019-01-31", "2016-02-02", "2019-01-31", true},
		{"2016-02-02 … 2019-01-31", "2016-02-02", "2019-01-31", true},
		{"2016-02-02, 2019-01-31", "2016-02-02", "2019-01-31", true},
		{"2016-02-02 - 2019-01-31.", "2016-02-02", "2019-01-31", true},
		{"20160202-20190131", "2016-02-02", "2019-01-31", true},
		{"20160202 - 20190131", "2016-02-02", "2019-01-31", true},
		{"2016020-20190131", "", "", false},
		{"2016-02-02 & 2019-01-31", "", "", false},
		{"2016-02-02 och", "", "", false},
		{"01/02/2021 - 31/10/2021", "2021-02-01", "2021-10-31", true}, // the end is day first
		{"02/01/2021 - 10/31/2021", "2021-02-01", "2021-10-31", true}, // the end is month first
		{"15/01/2021 - 01/02/2021", "2021-01-15", "2021-02-01", true}, // the start is day first
		{"01/02/2021 - 03/04/2021", "", "", false},                    // both read both ways
		{"01/02/2021 - 2021-10-31", "", "", false},                    // no order to follow
		{"31/02/2021 - 31/10/2021", "", "", false},                    // no such day
		{"2021-02-01 - 2021-10-31", "2021-02-01", "2021-10-31", true},
		{"2016-02-02-2019-01-31", "2016-02-02", "2019-01-31", true},
		{"2016-02-02 – 2019-01-31", "2016-02-02", "2019-01-31", true},
		{"2016-02-02–2019-01-31", "2016-02-02", "2019-01-31", true},
		{"2021-02-01/2021-10-31", "2021-02-01", "2021-10-31", true},
		{"2021-02-01 00:00/2021-10-31 00:00", "2021-02-01", "2021-10-31", true},
		{"2021-02-01 / 2021-10-31", "2021-02-01", "2021-10-31", true},
		{"2016-02-02--2019-01-31", "2016-02-02", "2019-01-31", true},
		{"2016-02-02 00:00--2019-01-31 00:00", "2016-02-02", "2019-01-31", true},
		{"2016-02-02..2019-01-31", "2016-02-02", "2019-01-31", true},
		{"2016-02-02 2019-01-31", "2016-02-02", "2019-01-31", true},
		{"2016-02-02 00:00  2019-01-31 00:00", "2016-02-02", "2019-01-31", true},
		{"2016-02-02---2019-01-31", "", "", false},
		{"2016-02-02//2019-01-31", "", "", false},
		{"2016-02-02...2019-01-31", "", "", false},
		{"2016-02-02 | 2019-01-31", "", "", false},
		{"01-03-2019 - 28-02-2020", "2019-03-01", "2020-02-28", true},
		{"den 1 mars 2019 till den 28 februari 2020", "2019-03-01", "2020-02-28", true},
		{"March 1, 2019 – February 28, 2020", "2019-03-01", "2020-02-28", true},
		{"2009-01-15 to 2009-10-31", "2009-01-15", "2009-10-31", true},
		{"1 april 2017 - 31 mars 2019", "2017-04-01", "2019-03-31", true},
		{"1 april 2017 till 31 mars 2019", "2017-04-01", "2019-03-31", true},
		{"från 2021-02-01 till 2021-10-31", "2021-02-01", "2021-10-31", true},
		{"Från och med 2021-02-01 till och med 2021-10-31", "2021-02-01", "2021-10-31", true},
		{"fr.o.m. 2021-02-01 t.o.m. 2021-10-31", "2021-02-01", "2021-10-31", true},
		{"fr o m 2021-02-01 t o m 2021-10-31", "2021-02-01", "2021-10-31", true},
		{"from 2021-02-01 to 2021-10-31", "2021-02-01", "2021-10-31", true},
		{"från", "", "", false},
		{"2009-01-15", "", "", false},
		{"2009-01-15 till", "", "", false},
		{"2009-01-15 till 2009-13-01", "", "", false},
		{"", "", "", false},
	}
	for _, tt := range tests {
		start, end, ok := parsePeriod(tt.in)
		if start != tt.start || end != tt.end || ok != tt.ok {
			t.Errorf("parsePeriod(%q) = %q, %q, %v; want %q, %q, %v", tt.in, start, end, ok, tt.start, tt.end, tt.ok)
		}
	}
}

func TestParseProgrammeArea(t *testing.T) {
	tests := []struct {
		in, code, name string
		ok             bool
	}{
		{"Programområde 2 Ökat arbetskraftsutbud", "2", "Ökat arbetskraftsutbud", true},
		{"Programområde 1 Kompetensförsörjning", "1", "Kompetensförsörjning", true},
		{"Programomrade 1 Kompetensförsörjning", "1", "Kompetensförsörjning", true},     // its ring lost
		{"Pr0gramområde 2 Ökat arbetskraftsutbud", "2", "Ökat arbetskraftsutbud", true}, // OCR'd
		{"Programområdc 2 Ökat arbetskraftsutbud", "2", "Ökat arbetskraftsutbud", true}, // a letter OCR'd
		{"Progranområde 1", "1", "", true},
		{"Prgramområde 1", "", "", false},           // a letter lost: a word of its own
		{"Progrannområde 1", "", "", false},         // two letters misread
		{"1.l Kompetensförsörjning", "", "", false}, // a code's digit OCR'd: read again by ocrDigits
		{"1.I", "", "", false},
		{"1.Ix Kompetens", "1", "Ix Kompetens", true}, // a word of the name, not a digit alone
		{"1.Ökat", "1", "Ökat", true},
		{"2. Lika villkor", "2", "Lika villkor", true},
		{"PROGRAMOMRADE 2", "2", "", true},
		{"Programområdet 2 Ökat", "", "", false},
		{"Program 2 Ökat", "", "", false},
		{"1.1 Kompetensförsörjning", "1.1", "Kompetensförsörjning", true},
		{"A", "A", "", true},
		{"1", "1", "", true},
		{"2.3: Sysselsättning", "2.3", "Sysselsättning", true},
		{"Programme area 1 Skills supply", "1", "Skills supply", true},
		{"B - Främja social inkludering", "B", "Främja social inkludering", true},
		{"React-EU", "React-EU", "", true},
		{"react-eu", "React-EU", "", true},
		{"7", "7", "", true},
		{"Kompetensförsörjning", "", "", false},
		{"", "", "", false},
	}
	for _, tt := range tests {
		code, name, ok := parseProgrammeArea(tt.in)
		if code != tt.code || name != tt.name || ok != tt.ok {
			t.Errorf("parseProgrammeArea(%q) = %q, %q, %v; want %q, %q, %v", tt.in, code, name, ok, tt.code, tt.name, tt.ok)
		}
	}
}

func TestParseRegion(t *testing.T) {
	checkStrings(t, "parseRegion", parseRegion, []stringCase{
		{"Sydsverige", "Sydsverige", true},
		{"sydsverige", "Sydsverige", true},
		{"Östra Mellansverige", "Östra Mellansverige", true},
		{"ESF Nationellt", "Nationellt", true},
		{"ESF-nationellt", "Nationellt", true},
		{"Nationellt", "Nationellt", true},
		{"Småland & Öarna", "Småland och Öarna", true},
		{"Småland och Öarna", "Småland och Öarna", true},
		{"Övre  Norrland", "Övre Norrland", true},
		{"West Sweden", "Västsverige", true},
		{"Norra Mellansverige.", "Norra Mellansverige", true},
		{"Sydsverige..", "Sydsverige", true},
		{".", "", false},
		{"Skåne.", "", false},
		{"Skåne", "", false},
		{"", "", false},
	})
	for _, tt := range []struct{ in, region, how string }{
		{"5ydsverige", "Sydsverige", "OCR"},
		{"Sydsveríge", "Sydsverige", "OCR"},
		{"Östra MelIansverige", "Östra Mellansverige", "OCR"},
		{"Ostra Mellansverige", "Östra Mellansverige", "diacritics"},
		{"Vastsvcrige", "Västsverige", "OCR"},
		{"0vre Norrland.", "Övre Norrland", "OCR"},
		{"Smaland och Oarna", "Småland och Öarna", "diacritics"},
		{"\"Syd\"sverige", "", ""},
		{"Sydsverige 2", "", ""},
		{"Syd", "", ""},
		{"Skane", "", ""},
	} {
		region, how, ok := ocrRegion(tt.in)
		if region != tt.region || ok != (tt.region != "") || !strings.Contains(how, tt.how) {
			t.Errorf("ocrRegion(%q) = %q, %q, %v; want %q, %q", tt.in, region, how, ok, tt.region, tt.how)
		}
	}
	for _, r := range regions {
		if got := regionNUTS2(r.name); got != r.nuts2 {
			t.Errorf("regionNUTS2(%q) = %q, want %q", r.name, got, r.nuts2)
		}
	}
}

func TestParseNUTS2(t *testing.T) {
	checkStrings(t, "parseNUTS2", parseNUTS2, []stringCase{
		{"SE22", "SE22", true},
		{"se22", "SE22", true},
		{"SE 22", "SE22", true},
		{"SE-22", "SE22", true},
		{"se - 22", "SE22", true},
		{"SE0", "SE0", true},
		{"SE224", "", false},
		{"SE2", "", false},
		{"SE000", "", false},
		{"DK01", "", false},
	})
}

func TestParseRate(t *testing.T) {
	tests := []struct {
		in      string
		want    float64
		problem string
	}{
		{"40%", 40, ""},
		{"52,5 %", 52.5, ""},
		{"40", 40, ""},
		{"0,4 %", 0.4, ""},
		{"0,4 procent", 0.4, ""},
		{"0,4", 0, "may be a fraction"},
		{"1", 0, "may be a fraction"},
		{"0", 0, ""},
		{"fyrtio", 0, "is not a percentage"},
	}
	for _, tt := range tests {
		got, problem := parseRate(tt.in)
		if got != tt.want || !strings.Contains(problem, tt.problem) || (tt.problem == "") != (problem == "") {
			t.Errorf("parseRate(%q) = %v, %q; want %v, %q", tt.in, got, problem, tt.want, tt.problem)
		}
	}
}

func TestPeriodOfYear(t *testing.T) {
	tests := map[string]string{"2006": "", "2007": Period2007, "2013": Period2007, "2014": Period2014, "2020": Period2014, "2021": Period2021, "2027": Period2021, "x": ""}
	for year, want := range tests {
		if got := periodOfYear(year); got != want {
			t.Errorf("periodOfYear(%q) = %q, want %q", year, got, want)
		}
	}
}

func TestPeriodOfDates(t *testing.T) {
	tests := []struct {
		start, end, want string
	}{
		{"2006-12-31", "", ""},
		{"2013-06-01", "2015-12-31", Period2007},
		{"2020-12-31", "", Period2014},
		{"2021-01-01", "", ""},                   // REACT-EU, or 2021–2027
		{"2021-02-01", "2023-12-31", ""},         // ends within 2014–2020's last year
		{"2021-02-01", "2024-01-01", Period2021}, // ends after it
		{"2023-12-31", "", ""},
		{"2024-01-01", "", Period2021},
	}
	for _, tt := range tests {
		var end *string
		if tt.end != "" {
			end = &tt.end
		}
		if got := periodOfDates(&tt.start, end); got != tt.want {
			t.Errorf("periodOfDates(%s, %q) = %q, want %q", tt.start, tt.end, got, tt.want)
		}
	}
}

// TestPeriodFromDatesThatFitTwo checks that a page with no id, fund or
// period whose dates fit two programmes has none, and says why.
func TestPeriodFromDatesThatFitTwo(t *testing.T) {
	rec := parseOne(t, "p.txt", []byte("Framtidsresan\n\nProjektägare:\nPerstorps kommun\nProjektperiod:\n2021-02-01 - 2021-10-31\n"))
	if rec.ProgrammePeriod != nil || rec.Fund != nil {
		t.Errorf("period %v, fund %v; want none", str(rec.ProgrammePeriod), str(rec.Fund))
	}
	if w := warningOn(rec, 6, KeyProgrammePeriod); w == nil || w.Kind != WarnValue {
		t.Errorf("warnings %v, want one on line 6", rec.Warnings)
	}
	rec = parseOne(t, "p.txt", []byte("Framtidsresan\n\nProjektägare:\nPerstorps kommun\nProjektperiod:\n2024-02-01 - 2025-10-31\n"))
	if str(rec.ProgrammePeriod) != Period2021 || str(rec.Fund) != "ESF+" || len(rec.Warnings) > 0 {
		t.Errorf("period %v, fund %v, warnings %v", str(rec.ProgrammePeriod), str(rec.Fund), rec.Warnings)
	}
}

func TestParseFund(t *testing.T) {
	checkStrings(t, "parseFund", parseFund, []stringCase{
		{"ESF+", "ESF+", true},
		{"ESF +", "ESF+", true},
		{"ESF", "ESF", true},
		{"Europeiska socialfonden plus", "ESF+", true},
		{"Europeiska socialfonden", "ESF", true},
		{"European Social Fund Plus", "ESF+", true},
		{"ESF+ (Europeiska socialfonden+)", "ESF+", true},
		{"Europeiska socialfonden+", "ESF+", true},
		{"Socialfonden+", "ESF+", true},
		{"Socialfonden +", "ESF+", true},
		{"ESF (Europeiska socialfonden)", "ESF", true},
		{"ESFplus", "ESF+", true},
		{"ERUF", "", false},
		{"ESF+ | Program CCI: 2021SE05SFPR", "", false},
		{"ESF+ och ERUF", "", false},
		{"ESF+ / ERUF", "", false},
		{"ESF+ Nej", "", false},
		{"Plus", "", false},
		{"Europeiska", "", false},
		{"European Social Fund", "ESF", true},
		{"Fund", "", false},
		{"esf+", "ESF+", true},
	})
}

func TestSplitTitle(t *testing.T) {
	tests := []struct {
		in, id, name string
		ok           bool
	}{
		{"23-038-S06 - Digga Perstorps Personal", "23-038-S06", "Digga Perstorps Personal", true},
		{"2020/00634 - Framtidsresan", "2020/00634", "Framtidsresan", true},
		{"2015/00764 - Within - Kompetens", "2015/00764", "Within - Kompetens", true},
		{"2015/00764 – Within", "2015/00764", "Within", true},
		{"Egenmakt - steg två", "", "", false},
		{"3 december - Webbinarium om fattigdom", "", "", false},
		{"Gagna:kompetens", "", "", false},
		{"2015/00764 - ", "", "", false},
		{"2020/00634 *)", "", "", false}, {"2020/00634 * †", "", "", false}, {"2020/00634 * 2", "2020/00634", "2", true}, // a footnote's mark, no name
		{"2020/00634 * Framtidsresan", "2020/00634", "Framtidsresan", true},
		{"2015/00764: Within Kompetens", "2015/00764", "Within Kompetens", true},
		{"2015/00764 : Within", "2015/00764", "Within", true},
		{"2015/00764 Within Kompetens", "2015/00764", "Within Kompetens", true},
		{"Within Kompetens (2015/00764)", "2015/00764", "Within Kompetens", true},
		{"Within (steg 2) (2015/00764)", "2015/00764", "Within (steg 2)", true},
		{"Within Kompetens (steg 2)", "", "", false},
		{"(2015/00764)", "", "", false},
		{"2015/00764", "", "", false},
		{"2015/00764 ", "", "", false},
		{"2020 års projekt", "", "", false},
		{"2015/00 Within", "", "", false},
		{"2015/00764 -- x", "2015/00764", "x", true},
		{"2015/00764 » Within Kompetens", "2015/00764", "Within Kompetens", true},
		{"2015/00764 – – Within", "2015/00764", "Within", true},
		{"2015/00764 - »Within - Kompetens«", "2015/00764", "»Within - Kompetens«", true},
		{"2015/00764 »Within«", "2015/00764", "»Within«", true},
		{"2015/00764 | Within Kompetens", "2015/00764", "Within Kompetens", true},
		{"2015/00764 · Within", "2015/00764", "Within", true},
		{"2015/00764 / Within", "2015/00764", "Within", true},
		{"2015/00764, Within", "2015/00764", "Within", true},
		{"2015/00764\tWithin", "2015/00764", "Within", true},
		{"2015/00764 - (Re)start", "2015/00764", "(Re)start", true},
		{"2015/00764 (Re)start", "", "", false}, // a space alone, and no name's first letter
		{"2015/00764 | ", "", "", false},
		{"2008-3020003 – Egenmakt", "2008-3020003", "Egenmakt", true},
		{"23-103-S10 | Vidga vyerna", "23-103-S10", "Vidga vyerna", true},
		{"[2015/00764] Within Kompetens", "2015/00764", "Within Kompetens", true},
		{"(2015/00764) Within", "2015/00764", "Within", true},
		{"Within Kompetens [2015/00764]", "2015/00764", "Within Kompetens", true},
		{"Within Kompetens(2015/00764)", "", "", false},
		{"[2015/00764]", "", "", false},
		{"[steg 2] Within", "", "", false},
		{"Within Kompetens – 2015/00764", "", "", false},
		{"Sida 2 – 2015/00764", "", "", false},
		{"Peter Lindow – 0435-350000", "", "", false},
		{"[2015/00764](https://www.esf.se/projekt/2015-00764)", "", "", false},
		{"Within Kompetens | 2015/00764", "", "", false},
		{"Within Kompetens 2015/00764", "", "", false}, // a space alone
		{"Within Kompetens – 2015", "", "", false},
		{"– 2015/00764", "", "", false},
		{"23-038-S06,added,,,,", "", "", false},
		{"2020/00999\tFörsta raden\\med ett snedstreck", "2020/00999", "Första raden\\med ett snedstreck", true},
		{"2020/00999\tFörsta raden\tandra", "", "", false},
		{"2020/00999 | Vi vill.", "", "", false},
		{"2020/00999 - Vi vill.", "2020/00999", "Vi vill.", true},
		{"Vi vill, och vi kan | 2020/00999", "", "", false},
		{"id: 2020/00634", "", "", false},
		{"2008-3020-0031 | Egenmakt", "2008-3020-0031", "Egenmakt", true}, // an ID of maxIDLen
		{"2020/00634 | " + strings.Repeat("Lång ", titleLen/5+1), "", "", false},
		{"Projektnummer = 2020/00634", "", "", false},
	}
	for _, tt := range tests {
		id, name, ok := splitTitle(tt.in)
		if id != tt.id || name != tt.name || ok != tt.ok {
			t.Errorf("splitTitle(%q) = %q, %q, %v; want %q, %q, %v", tt.in, id, name, ok, tt.id, tt.name, tt.ok)
		}
	}
}

func TestCleanValue(t *testing.T) {
	tests := map[string]string{
		"  Perstorps   kommun ":    "Perstorps kommun",
		"493\u00a0090\u202fkr":     "493 090 kr",
		"Arbete\toch\nFörsörjning": "Arbete och Försörjning",
		"Ö\u200bstsam":             "Östsam",
		"":                         "",
	}
	for in, want := range tests {
		if got := cleanValue(in); got != want {
			t.Errorf("cleanValue(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestStripQuotes(t *testing.T) {
	tests := map[string]string{
		`"Gagna kompetens"`: "Gagna kompetens",
		"”Within”":          "Within",
		"“Within”":          "Within",
		"«Within»":          "Within",
		"’Förstudie’ och ’Genomförande’": "’Förstudie’ och ’Genomförande’",
		"'A' och 'B'":                 "'A' och 'B'",
		"“Barnens rätt” och ”vuxnas”": "“Barnens rätt” och ”vuxnas”",
		"’Children's’":                "Children's",
		`Projekt "Within" po1`:        `Projekt "Within" po1`,
		`"A" och "B"`:                 `"A" och "B"`,
		`"`:                           `"`,
	}
	for in, want := range tests {
		if got := stripQuotes(in); got != want {
			t.Errorf("stripQuotes(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestListItems(t *testing.T) {
	tests := []struct {
		in     string
		commas bool
		want   []string
	}{
		{"  • Arboga", true, []string{"Arboga"}},
		{"\u00a0\u00a0· Askersund", true, []string{"Askersund"}},
		{"- Boxholm", true, []string{"Boxholm"}},
		{"* Flen", true, []string{"Flen"}},
		{"Arboga, Askersund; Boxholm", true, []string{"Arboga", "Askersund", "Boxholm"}},
		{"• Perstorps kommun, Arbetsmarknadsenheten", false, []string{"Perstorps kommun, Arbetsmarknadsenheten"}},
		{"  •  ", true, nil},
		{"Trelleborg\tVellinge\t\tSkurup", true, []string{"Trelleborg", "Vellinge", "Skurup"}},
		{"Linköping, Norrköping samt Motala", true, []string{"Linköping", "Norrköping", "Motala"}},
		{"Lund & Eslöv och Höör", true, []string{"Lund", "Eslöv", "Höör"}},
		{"Samtliga kommuner", true, []string{"Samtliga kommuner"}},
		{"Arbete och Försörjning samt Region Skåne", false, []string{"Arbete och Försörjning samt Region Skåne"}},
		{"• Trelleborg\t", true, []string{"Trelleborg"}},
		{"Perstorps kommun\tRegion Skåne, Enheten", false, []string{"Perstorps kommun", "Region Skåne, Enheten"}},
		{"Perstorps  kommun", false, []string{"Perstorps kommun"}},
	}
	for _, tt := range tests {
		if got := appendListItems(nil, tt.commas, tt.in); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("appendListItems(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestHasOddSpace(t *testing.T) {
	odd := []string{"a\u00a0b", "\u00ad", "x\u2007", "\u200b", "\u200c", "\u200d", "1\u202f000", "\u2060", "\ufeffx"}
	for _, s := range odd {
		if !hasOddSpace(s) {
			t.Errorf("hasOddSpace(%q) = false", s)
		}
	}
	plain := []string{"", "Östra – Mellansverige", "“citat”", "åäö", "…", "\u2010"}
	for _, s := range plain {
		if hasOddSpace(s) {
			t.Errorf("hasOddSpace(%q) = true", s)
		}
	}
}

func TestStripLinks(t *testing.T) {
	tests := []struct{ in, want string }{
		{"kaisa.welander@kristianstad.se", "kaisa.welander@kristianstad.se"},
		{"[[PERSTORPS KOMMUN]]", "PERSTORPS KOMMUN"},
		{"[[perstorp|Perstorps kommun]], [[AMA]]", "Perstorps kommun, AMA"},
		{"[[Perstorps kommun", "[[Perstorps kommun"},
		{"x@y.se<mailto:x@y.se>", "x@y.se"},
		{"x@y.se <mailto:x@y.se>", "x@y.se"},
		{"[x@y.se](mailto:x@y.se)", "x@y.se"},
		{"<https://esf.se/p/1|Within Kompetens>", "Within Kompetens"},
		{"<mailto:x@y.se|x@y.se>", "x@y.se"},
		{"<https://esf.se/p/1|>", "https://esf.se/p/1"},
		{"[Within Kompetens|https://esf.se/p/1]", "Within Kompetens"},
		{"[Within Kompetens|Egenmakt]", "[Within Kompetens|Egenmakt]"},
		{"[url=https://esf.se/p/1]Within Kompetens[/url]", "Within Kompetens"},
		{"[URL]https://esf.se/p/1[/URL]", "https://esf.se/p/1"},
		{"`Within Kompetens <https://esf.se/p/1>`_", "Within Kompetens"},
		{"`Within Kompetens <https://esf.se/p/1>`__", "Within Kompetens"},
		{"Perstorps kommun (https://www.allabolag.se/2120000910)", "Perstorps kommun"},
		{"Perstorps kommun (www.perstorp.se)", "Perstorps kommun"},
		{"Perstorps kommun (Arbetsmarknad)", "Perstorps kommun (Arbetsmarknad)"},
		{"Perstorps kommun (se https://x.se)", "Perstorps kommun (se https://x.se)"},
		{"[](mailto:x@y.se)", "x@y.se"},
		{"<mailto:x@y.se>", "x@y.se"},
		{"mailto:x@y.se", "x@y.se"},
		{"0410-733094<tel:0410733094>", "0410-733094"},
		{"<tel:+46410733094>", "+46410733094"},
		{"www.esf.se<https://www.esf.se/>", "www.esf.se"},
		{"Perstorps kommun <Avd 3>", "Perstorps kommun <Avd 3>"},
		{"a < b", "a < b"},
		{"[1] Not a link", "[1] Not a link"},
		{"Kristianstads kommun [https://www.esf.se/projektbanken/?q=Kristianstads+kommun]", "Kristianstads kommun"},
		{"Kristianstads kommun [www.kristianstad.se]", "Kristianstads kommun"},
		{"Kristianstads kommun [http är en länk]", "Kristianstads kommun [http är en länk]"},
		{"[https://www.esf.se/]", "[https://www.esf.se/]"}, // the whole value: no text before it
	}
	for _, tt := range tests {
		if got := stripLinks(tt.in); got != tt.want {
			t.Errorf("stripLinks(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestEditDistance holds the distance a misspelt label is read within: a
// letter added, dropped or changed, or two side by side swapped, is one
// slip; the limit caps the answer.
func TestEditDistance(t *testing.T) {
	for _, tt := range []struct {
		a, b  string
		limit int
		want  int
	}{
		{"kontaktperson", "kontaktperson", 2, 0},
		{"kontaktperson", "kontakperson", 2, 1},   // dropped
		{"kontaktperson", "kontaktpersonn", 2, 1}, // added
		{"kontaktperson", "kontaktpersen", 2, 1},  // changed
		{"kontaktperson", "kontaktpreson", 2, 1},  // swapped
		{"projektagare", "projektagrae", 1, 1},    // swapped at the end
		{"projektagare", "rpojektagare", 1, 1},    // swapped at the start
		{"projektagare", "projektgaare", 1, 1},
		{"kontaktperson", "kontaktpsreon", 2, 2}, // two swaps apart
		{"kontaktperson", "kontaktpsreon", 1, 2}, // over the limit: limit+1
		{"abc", "cba", 3, 2},                     // no swap of letters apart
		{"region", "regoin", 1, 1},
		{"", "abc", 5, 3},
		{"abc", "", 1, 2},
		// Longer than the arrays on the stack: the same distance.
		{strings.Repeat("ä", maxSpelledLabel) + "projektägare", strings.Repeat("ä", maxSpelledLabel) + "projektgäare", 2, 1},
		{strings.Repeat("a", maxSpelledLabel+1), strings.Repeat("a", maxSpelledLabel), 1, 1},
	} {
		if got := editDistance(tt.a, tt.b, tt.limit); got != tt.want {
			t.Errorf("editDistance(%q, %q, %d) = %d, want %d", tt.a, tt.b, tt.limit, got, tt.want)
		}
	}
	// A look over every label compares a written label with each: labels
	// as long as maxSpelledLabel cost no allocation.
	long := strings.Repeat("ö", maxSpelledLabel)
	if n := testing.AllocsPerRun(10, func() { editDistance(long, "stödmottagarens organisationsnummer", 2) }); n != 0 {
		t.Errorf("editDistance allocates %v times, want 0", n)
	}
}

func TestOCRDigits(t *testing.T) {
	tests := []struct {
		in, want string
		changed  bool
	}{
		{"4OO OOO kr", "400 000 kr", true},
		{"2O21-lO-31", "2021-10-31", true},
		{"284 B5", "284 85", true},
		{"2l2000-09l0", "212000-0910", true},
		{"1 maj 2O21", "1 maj 2021", true},
		{"S0%", "50%", true},
		{"Z0 I5", "20 15", true},
		{"D0 |0", "00 10", true},
		{"ca 4OO kr", "ca 400 kr", true},        // "ca" stays: it has other letters
		{"OOO", "OOO", false},                   // no digit: no number to read
		{"400 000 kr", "400 000 kr", false},     // nothing to read
		{"Sverige 2021", "Sverige 2021", false}, // a word with other letters stays
		{"4O0 ÖO", "400 ÖO", true},
	}
	for _, tt := range tests {
		got, changed := ocrDigits(tt.in)
		if got != tt.want || changed != tt.changed {
			t.Errorf("ocrDigits(%q) = %q, %v; want %q, %v", tt.in, got, changed, tt.want, tt.changed)
		}
	}
}

// TestFootnoteMark checks the marks that point to a footnote, taken off a
// value's end or start, and what only looks like one, kept.
func TestFootnoteMark(t *testing.T) {
	for _, tt := range []struct{ in, rest, mark string }{
		{"2015/00764²)", "2015/00764", "²)"},
		{"Sverige²", "Sverige", "²"},
		{"A1A¹²", "A1A", "¹²"},
		{"A1A⁴⁵", "A1A", "⁴⁵"},
		{"A1A¹²³", "A1A¹", "²³"},
		{"117*", "117", "*"},
		{"117 **", "117", "**"},
		{"117***", "117", "***"},
		{"117****", "117", "****"},
		{"117*****", "117*", "****"},
		{"7 380 388 kr§", "7 380 388 kr", "§"},
		{"Kaisa Welander¶", "Kaisa Welander", "¶"},
		{"A1A‖", "A1A", "‖"},
		{"117*†", "117*", "†"},
		{"2021SE05SFPR *)", "2021SE05SFPR", "*)"},
		{"1.1 (*)", "1.1", "(*)"},
		{"PERSTORP [1]", "PERSTORP", "[1]"},
		{"PERSTORP [12]", "PERSTORP", "[12]"},
		{"PERSTORP [*]", "PERSTORP", "[*]"},
		{"Ola Johnsson (1)", "Ola Johnsson", "(1)"},
		{"[1]Sydsverige", "Sydsverige", "[1]"},
		{"(1)Ola Johnsson", "Ola Johnsson", "(1)"},
		{"[12]Sydsverige", "Sydsverige", "[12]"},
		{"PERSTORP[1]", "PERSTORP", "[1]"},
		{"Kaisa Welander[2]", "Kaisa Welander", "[2]"},
		{"Kristianstads kommun†", "Kristianstads kommun", "†"},
		{"A1A ‡", "A1A", "‡"},
		{"A1A†‡", "A1A", "†‡"},
		{"A1A†††", "A1A†", "††"},
		{"Kaisa Welander^3", "Kaisa Welander", "^3"},
		{"Sydsverige ^12", "Sydsverige", "^12"},
		{"Sydsverige[^1]", "Sydsverige", "[^1]"},
		// Kept as they are.
		{"PERSTORP [123]", "PERSTORP [123]", ""},
		{"†", "†", ""},
		{"*****", "*****", ""},
		{"*****@*****", "*****@*****", ""},
		{"-†", "-†", ""},
		{"A†B", "A†B", ""},
		{"Projekt (10)", "Projekt (10)", ""},
		{"Projekt (0)", "Projekt (0)", ""},
		{"Projekt(1)", "Projekt(1)", ""},
		{"Arbetsförmedlingen (AF)", "Arbetsförmedlingen (AF)", ""},
		{"(12)Ola", "(12)Ola", ""},
		{"(1) Ola", "(1) Ola", ""},
		{"[1] Ola", "[1] Ola", ""},
		{"[1]2020", "[1]2020", ""},
		{"*", "*", ""},
		{"²", "²", ""},
		{"[1]", "[1]", ""},
		{"(1)", "(1)", ""},
		{"m²", "m", "²"},
		{"", "", ""},
	} {
		rest, mark := footnoteMark(tt.in)
		if rest != tt.rest || mark != tt.mark {
			t.Errorf("footnoteMark(%q) = %q, %q; want %q, %q", tt.in, rest, mark, tt.rest, tt.mark)
		}
	}
	named := parseOne(t, "p.txt", []byte("Steg (2)\n\nNamn: Steg (2)\nProjektnummer: 2015/00764\nRegion: Sydsverige\n"))
	if valueOf(named.Name) != "Steg (2)" || warningSaying(named, 3, "may be a footnote's mark") == nil {
		t.Errorf("a name ending in (2): %q, %v", valueOf(named.Name), named.Warnings)
	}
	page := "Within Kompetens\n\nProjektnummer\n2015/00764²)\nProjektägare\nKristianstads kommun (1)\nRegion\nSydsverige\n\n²) Uppgiften avser beslutat belopp.\n"
	rec := parseOne(t, "p.txt", []byte(page))
	if valueOf(rec.ID) != "2015/00764" || valueOf(rec.Owner) != "Kristianstads kommun" ||
		warningSaying(rec, 4, "footnote") == nil || warningSaying(rec, 6, "footnote") == nil {
		t.Errorf("id %q, owner %q, warnings %v", valueOf(rec.ID), valueOf(rec.Owner), rec.Warnings)
	}
}

func TestTrimLeaders(t *testing.T) {
	tests := []struct{ in, want string }{
		{"............. Arbete och Försörjning", "Arbete och Försörjning"},
		{".... Förprojektering", "Förprojektering"},    // minLeaders
		{"... Förprojektering", "... Förprojektering"}, // minLeaders-1
		{"… och sedan då?", "… och sedan då?"},         // a value's own ellipsis
		{"………… PERSTORP", "PERSTORP"},                  // ellipses, one each
		{"·········· Sverige", "Sverige"},              // middle dots
		{"______\tPeter Lindow", "Peter Lindow"},       // a form's line
		{"...", "..."},                                 // only leaders
		{"....Sverige", "....Sverige"},                 // no space after
		{"Perstorp...", "Perstorp..."},                 // at the end, the value's
		{"Arbete och Försörjning", "Arbete och Försörjning"},
		{". . . . Förprojektering", "Förprojektering"},     // spaced, minLeaders
		{". . . Förprojektering", ". . . Förprojektering"}, // spaced, minLeaders-1
		{". .  . . Sverige", ". .  . . Sverige"},           // two spaces part two runs
		{"· · · · · Sverige", "Sverige"},
		{". . . .", ". . . ."}, // only leaders
	}
	for _, tt := range tests {
		if got := trimLeaders(tt.in); got != tt.want {
			t.Errorf("trimLeaders(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestInBrackets(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"(Arbete och Försörjning)", "Arbete och Försörjning", true},
		{"(0410-733094)", "0410-733094", true},
		{"( Sverige )", "Sverige", true},
		{"(a (b) c)", "a (b) c", true},
		{"(a) och (b)", "(a) och (b)", false},
		{"Kristianstads kommun (Arbetsmarknadsenheten)", "Kristianstads kommun (Arbetsmarknadsenheten)", false},
		{"()", "()", false},
		{"( )", "", false},
		{"(a", "(a", false},
		{"[Ola Johnsson]", "Ola Johnsson", true},
		{"<Sverige>", "Sverige", true},
		{"[a] och [b]", "[a] och [b]", false},
		{"(a]", "(a]", false},
		{"[Projektägare]", "[Projektägare]", false}, // a template's blank
		{"<Kontaktperson>", "<Kontaktperson>", false},
		{"(Projektägare)", "Projektägare", true},
	}
	for _, tt := range tests {
		got, ok := inBrackets(tt.in)
		if ok != tt.ok || ok && got != tt.want {
			t.Errorf("inBrackets(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

// TestValueWrapped holds what a writer wraps a value in, read off every
// field: quotes of any kind, leaders, and brackets round the whole value,
// which are named.
func TestValueWrapped(t *testing.T) {
	page := "Framtidsresan\n\nProjektnummer: 2020/00634\nProjektfas: „Förprojektering“\nStödmottagare ort: ”PERSTORP”\n" +
		"Land som berörs: ........ Sverige\nProjektägare: (Arbete och Försörjning)\nTelefonnummer: (0410-733094)\n" +
		"Kontaktperson: [Ola Johnsson]\nRegion: <Sydsverige>\nE-post: [E-post]\nUtlysning: [X]\n"
	rec := mustParse(t, []byte(page))[0]
	for _, tt := range []struct {
		got  *string
		want string
	}{
		{rec.ProjectPhase, "Förprojektering"}, {rec.City, "PERSTORP"}, {rec.Country, "Sverige"},
		{rec.Owner, "Arbete och Försörjning"}, {rec.ContactPhone, "0410-733094"},
		{rec.ContactName, "Ola Johnsson"}, {rec.Region, "Sydsverige"},
	} {
		if tt.got == nil || *tt.got != tt.want {
			t.Errorf("got %v, want %q", tt.got, tt.want)
		}
	}
	named := map[Key]bool{}
	for _, w := range rec.Warnings {
		if strings.Contains(w.Message, "brackets") {
			named[w.Key] = true
		}
	}
	if !named[KeyOwner] || !named[KeyContactPhone] || !named[KeyContactName] || !named[KeyRegion] {
		t.Errorf("brackets named on %v, want owner, contact_phone, contact_name and region", named)
	}
	if rec.ContactEmail != nil {
		t.Errorf("a template's blank [E-post] read as %q", *rec.ContactEmail)
	}
	if rec.CallID != nil {
		t.Errorf("a form's ticked box [X] read as %q", *rec.CallID)
	}
}

func TestLostBullet(t *testing.T) {
	tests := []struct{ in, want string }{
		{"? Arbete och Försörjning", "Arbete och Försörjning"},
		{"\uFFFD Trelleborg", "Trelleborg"},
		{"?  Trelleborg", "Trelleborg"},
		{"?Trelleborg", "?Trelleborg"}, // no space: no bullet's place
		{"Vad? Ja", "Vad? Ja"},
		{"Trelleborg", "Trelleborg"},
	}
	for _, tt := range tests {
		if got := lostBullet(tt.in); got != tt.want {
			t.Errorf("lostBullet(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	rec := mustParse(t, []byte("Framtidsresan\n\nProjektnummer: 2020/00634\nRegion: Sydsverige\n\nKommun\n? Trelleborg\n? Vellinge\n"))[0]
	if !slices.Equal(rec.Municipalities, []string{"Trelleborg", "Vellinge"}) {
		t.Errorf("municipalities = %q", rec.Municipalities)
	}
}

func TestSwedishKeys(t *testing.T) {
	for in, want := range map[string]string{
		"Ber;rd fond: ESF+":           "Berörd fond: ESF+",
		"Projekt'gare":                "Projektägare",
		"Specifikt m[l: Sm;land":      "Specifikt mål: Sm;land", // the value stays
		"M[ls'ttning":                 "Målsättning",
		"Region; Sydsverige":          "Region; Sydsverige", // a separator, not a letter
		"'Projektägare'":              "'Projektägare'",
		"Kontaktperson\tSt;d":         "Kontaktperson\tSt;d",
		"St;dmottagare ort: PERSTORP": "Stödmottagare ort: PERSTORP",
	} {
		if got := swedishKeys(in); got != want {
			t.Errorf("swedishKeys(%q) = %q, want %q", in, got, want)
		}
	}
	rec := mustParse(t, []byte("Within\n\nProjekt'gare:\nKristianstads kommun\nSt;dmottagare ort:\nKRISTIANSTAD\n\nM[ls'ttning\nAtt lyckas.\n"))[0]
	if deref(rec.Owner) != "Kristianstads kommun" || deref(rec.City) != "KRISTIANSTAD" || deref(rec.Goals) != "Att lyckas." {
		t.Errorf("owner %q, city %q, goals %q", deref(rec.Owner), deref(rec.City), deref(rec.Goals))
	}
	named := map[Key]bool{}
	for _, w := range rec.Warnings {
		if w.Kind == WarnSpelling {
			named[w.Key] = true
		}
	}
	if !named[KeyOwner] || !named[KeyCity] {
		t.Errorf("the labels typed so are not named: %v", rec.Warnings)
	}
}

func TestCutShort(t *testing.T) {
	for in, want := range map[string]bool{
		"Arbete och Förs…": true, "Förprojekteri...": true, "Kom…sörjning": true,
		"…": false, "...": false, "Arbete … och": false, "Arbete och Försörjning": false, "a…": true,
		"Kristia...s kommun": true, "bl.a. ...": true, "t.ex. Lund": false,
	} {
		if got := cutShort(in); got != want {
			t.Errorf("cutShort(%q) = %v, want %v", in, got, want)
		}
	}
	for in, want := range map[string]string{
		"Perstorp är minst… Läs mer": "Perstorp är minst…", "Text...": "Text...", "Text … Read more »": "Text …",
	} {
		if got, ok := teaserEnd(in); !ok || got != want {
			t.Errorf("teaserEnd(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
	if _, ok := teaserEnd("Vi utreder. Läs mer"); ok {
		t.Error("a text with no ellipsis is no teaser")
	}
	rec := mustParse(t, []byte("*Within*\n\nProjektägare: Arbete och Förs…\nRegion: Sydsverige\n\nSammanfattning\nVi utreder och… Läs mer\n"))[0]
	named := map[Key]bool{}
	for _, w := range rec.Warnings {
		if strings.Contains(w.Message, "ellipsis") {
			named[w.Key] = true
		}
	}
	if deref(rec.Name) != "Within" || !named[KeyOwner] || !named[KeySummary] || deref(rec.Summary) != "Vi utreder och…" {
		t.Errorf("name %q, summary %q, named %v", deref(rec.Name), deref(rec.Summary), named)
	}
	for in, want := range map[string]string{"*Within*": "Within", "**Within**": "Within", "_Within_": "Within", "*A* och *B*": "*A* och *B*", "**": "**", "* A *": "* A *"} {
		if got := unemphasised(in); got != want {
			t.Errorf("unemphasised(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestUnspaced(t *testing.T) {
	for in, want := range map[string]string{
		"E g e n m a k t":                           "Egenmakt",
		"F ö r p r o j e k t e r i n g":             "Förprojektering",
		"A r b e t e  o c h  F ö r s ö r j n i n g": "Arbete och Försörjning",
		"S v e r i g e":                             "Sverige",
		"A B C":                                     "A B C", // minSpacedLetters-1: initials
		"A B C D":                                   "ABCD",
		"Ö s t":                                     "Ö s t",
		"Arbete och Försörjning":                    "Arbete och Försörjning",
		"E g e n makt":                              "E g e n makt",
		"1 2 3 4":                                   "1234",
	} {
		if got := unspaced(in); got != want {
			t.Errorf("unspaced(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestSpacedLen(t *testing.T) {
	for in, want := range map[string]int{"a  b": 3, "a b": 3, "   ": 1, "": 0, "ab      cd  ": 6} {
		if got := spacedLen(in); got != want {
			t.Errorf("spacedLen(%q) = %d, want %d", in, got, want)
		}
	}
	// A glued label and its value padded with spaces past maxGluedLine is
	// read as it reads cleaned.
	line := "ProjektagareArbete" + strings.Repeat(" ", maxGluedLine) + "och Försörjning"
	if l := classify(line, 1, false); l.term == nil || l.term.key != KeyOwner {
		t.Errorf("%q is not read as the owner's label", line)
	}
}

// TestSpokenMarks reads a mark spoken between two digits as the mark, and
// the word anywhere else as it stands.
func TestSpokenMarks(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"1 punkt 1 Kompetensförsörjning", "1.1 Kompetensförsörjning"},
		{"2015 snedstreck 00764", "2015/00764"},
		{"23 bindestreck 038 bindestreck S06", "23-038 bindestreck S06"},
		{"1 punkt 2 punkt 3", "1.2.3"},
		{"punkt 1", ""},
		{"1 punkt", ""},
		{"en punkt 1", ""},
		{"1  punkt 1", ""},
		{"Projekt punkt se", ""},
		// Text not trimmed, as a cell's or a line's piece may be: the word
		// at its very start or end has no digit beside it and is kept as
		// dictated, while a mark spoken between digits later on is still
		// written as the mark.
		{" punkt 1", ""},
		{"1 punkt ", ""},
		{" punkt 1 punkt 2", " punkt 1.2"},
		{"2015 snedstreck ", ""},
	} {
		got, ok := spokenMarks(tt.in)
		if ok != (tt.want != "") || ok && got != tt.want {
			t.Errorf("spokenMarks(%q) = %q, %v; want %q", tt.in, got, ok, tt.want)
		}
	}
}

// TestIsFootnote checks the lines that are a footnote: a report's mark,
// then the note's text.
func TestIsFootnote(t *testing.T) {
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"¹ Se vidare avsnitt 4.2.", true},
		{"¹²Se vidare.", true},
		{"[1] Intervju med projektledaren.", true},
		{"[12]Intervju.", true},
		{"† Organisationen har bytt namn.", true},
		{"‡ 2016-01-20", true},
		{"§ Enligt beslut.", true},
		{"* Enligt slutrapporten.", true},
		{"*** Enligt slutrapporten.", true},
		// No footnotes.
		{"**** Enligt slutrapporten.", true},
		{"¶ Intervju.", true},
		{"***** Enligt slutrapporten.", false},
		{"*Enligt slutrapporten.", false},
		{"[123] Intervju.", false},
		{"[1 Intervju.", false},
		{"¹", false},
		{"† ", false},
		{"- Enligt slutrapporten.", false},
		{"1 Se vidare avsnitt 4.2.", false},
		{"Se vidare¹", false},
		{"", false},
	} {
		if got := isFootnote(tt.line); got != tt.want {
			t.Errorf("isFootnote(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}

// TestEmptyCellsAfter checks a title copied from a sheet's row: the
// row's cells after it that say they are empty go, its own text stays.
func TestEmptyCellsAfter(t *testing.T) {
	for in, want := range map[string]string{
		"Within Kompetens\tnull":         "Within Kompetens",
		"Within Kompetens\tnull\tnull\t": "Within Kompetens",
		"Within Kompetens\t#N/A":         "Within Kompetens",
		"Within Kompetens\t\t":           "Within Kompetens",
		"Within Kompetens\t2015/00764":   "Within Kompetens\t2015/00764",
		"Within Kompetens\tnull\tSkåne":  "Within Kompetens\tnull\tSkåne",
		"Within Kompetens null":          "Within Kompetens null",
		"\tnull":                         "\tnull",
		"Gagna:kompetens\tnull":          "Gagna:kompetens",
	} {
		if got := emptyCellsAfter(in); got != want {
			t.Errorf("emptyCellsAfter(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestOtherScriptsMarks reads a page whose values carry the invisible
// marks of other scripts, which a copy keeps round and inside names, as
// the page with none: each mark is dropped, in a text of Latin letters
// alone (scanText's fast path) and in one with other letters.
func TestOtherScriptsMarks(t *testing.T) {
	for _, mark := range []string{"\u034F", "\u061C", "\u180E", "\u17B4", "\u17B5", "\u115F", "\u1160", "\u3164", "\uFFA0"} {
		for _, other := range []string{"", "Σ"} {
			page := "Framtidsresan\n\nProjektnummer:\n" + mark + "2020/00634\nProjektägare:\n" + mark + "Perstorps " + mark + "kommun" + mark + "\nLand:\nSv" + mark + "erige\n\nSammanfattning\n\nText" + other + ".\n"
			rec := parseOne(t, "p.txt", []byte(page))
			if deref(rec.ID) != "2020/00634" || deref(rec.Owner) != "Perstorps kommun" || deref(rec.Country) != "Sverige" {
				t.Errorf("%U with %q: id %q, owner %q, country %q", []rune(mark)[0], other, deref(rec.ID), deref(rec.Owner), deref(rec.Country))
			}
		}
		if r := []rune(mark)[0]; !typographyRune(r) || !isFormatMark(r) {
			t.Errorf("%U is no mark normalizeTypography drops", r)
		}
	}
}

func TestNamedAddress(t *testing.T) {
	for _, tt := range []struct{ in, name, addr string }{
		{"Ola Johnsson <ola.johnsson@trelleborg.se>", "Ola Johnsson", "ola.johnsson@trelleborg.se"},
		{`"Johnsson, Ola" <ola.johnsson@trelleborg.se>`, "Johnsson, Ola", "ola.johnsson@trelleborg.se"},
		{"<ola.johnsson@trelleborg.se>", "", ""},                 // no name
		{"Ola Johnsson <ola.johnsson>", "", ""},                  // no address
		{"ola@x.se <ola.johnsson@trelleborg.se>", "", ""},        // an address for a name
		{"Ola Johnsson <ola.johnsson@trelleborg.se> ja", "", ""}, // more after it
		{"ola.johnsson@trelleborg.se", "", ""},
	} {
		name, addr, ok := namedAddress(tt.in)
		if name != tt.name || addr != tt.addr || ok != (tt.addr != "") {
			t.Errorf("namedAddress(%q) = %q, %q, %v; want %q, %q", tt.in, name, addr, ok, tt.name, tt.addr)
		}
	}
	rec := parseOne(t, "mail.txt", []byte("Within Kompetens\n\nProjektnummer: 2015/00764\nE-post: Kaisa Welander <kaisa.welander@kristianstad.se>\n"))
	if str(rec.ContactEmail) != "kaisa.welander@kristianstad.se" || warningSaying(rec, 4, "gives a name") == nil {
		t.Errorf("e-mail %q, warnings %v", str(rec.ContactEmail), rec.Warnings)
	}
}

// TestOCRCode checks codes OCR misread read again, the fewest characters
// swapped, and values it leaves: too long, too many characters it may
// have misread, or no reading that fits.
func TestOCRCode(t *testing.T) {
	for _, tt := range []struct {
		k        Key
		in, want string
	}{
		{KeySpecificObjective, "l.1", "1.1"},
		{KeySpecificObjective, "AlA", "A1A"},
		{KeySpecificObjective, "A1A", ""}, // fits already: nothing to swap to
		{KeyInterventionType, "1l7", "117"},
		{KeyInterventionType, "II7", "117"},
		{KeyFund, "E5F+", "ESF+"},
		{KeyFund, "E5F", "ESF"},
		{KeyNUTS2, "5E22", "SE22"},
		{KeyNUTS2, "SE2Z", "SE22"},
		{KeyNUTS2, "SEZZ", ""}, // capitals alone: a word
		{KeySpecificObjective, "ESF", ""},
		{KeySpecificObjective, "Sl", ""},
		{KeySpecificObjective, "PO 1", ""},
		{KeyProgrammeCCI, "2021SE05SFPR", ""},
		{KeyProgrammeCCI, "2O21SE05SFPR", "2021SE05SFPR"},
		{KeyProgrammeCCI, "2O2lSE05SFPR", "2021SE05SFPR"},
		{KeyProgrammeCCI, "2O2lSEO5SFPR", "2021SE05SFPR"},
		{KeyInterventionType, "l4l, lO2", "141, 102"},                 // maxOCRSwaps swapped
		{KeyInterventionType, "l4l, lOZ", ""},                         // one more
		{KeyInterventionType, "l4l, 142; 143/14", "141, 142; 143/14"}, // maxOCRCodeLen bytes
		{KeyInterventionType, "l4l, 142; 143/144", ""},                // one more
		{KeyNUTS2, "5E22 Sydsverige med öarna", ""},                   // maxOCRCodeLen
		{KeyNUTS2, "5E2", ""},                                         // no reading fits
		{KeyFund, "Socialfonden", ""},
	} {
		got, ok := ocrCode(tt.k, tt.in)
		if got != tt.want || ok != (tt.want != "") {
			t.Errorf("ocrCode(%s, %q) = %q, %v; want %q", tt.k, tt.in, got, ok, tt.want)
		}
	}
}

// TestOCRWords checks the words of letters OCR misread read again, and
// the words it leaves.
func TestOCRWords(t *testing.T) {
	for in, want := range map[string]string{
		"Ncj":                        "Nej",
		"2008-05-01 tilI 2008-10-31": "2008-05-01 till 2008-10-31",
		"1 rnaj 2008":                "1 maj 2008",
		"TILL":                       "", // capitals: an I is an I
		"Ingen":                      "", // a capital I first
		"Nej":                        "", // nothing to read again
		"2O08-05-01":                 "", // a word with a digit: ocrDigits's
		"":                           "",
	} {
		got, ok := ocrWords(in)
		if ok != (want != "") || ok && got != want {
			t.Errorf("ocrWords(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
}

// TestAreaNameSpelled: a programme area's name written in capitals, in
// small letters or without its diacritics is the programme's spelling, as
// a region's is; a name of no area, or an area's with a word more, is
// kept as written.
func TestAreaNameSpelled(t *testing.T) {
	for in, want := range map[string]string{
		"KOMPETENSFÖRSÖRJNING":         "Kompetensförsörjning",
		"kompetensforsorjning":         "Kompetensförsörjning",
		"Okat arbetskraftsutbud":       "Ökat arbetskraftsutbud",
		"ÖKA ÖVERGÅNGARNA TILL ARBETE": "Öka övergångarna till arbete",
		"Kompetensförsörjning":         "Kompetensförsörjning",
		"Kompetensförsörjning i Skåne": "Kompetensförsörjning i Skåne",
		"Social inkludering":           "Social inkludering",
	} {
		if got := areaNameSpelled(in); got != want {
			t.Errorf("areaNameSpelled(%q) = %q, want %q", in, got, want)
		}
	}
	rec := parseOne(t, "p.txt", []byte("Within\n\nProgramområde\n1.1 KOMPETENSFÖRSÖRJNING\nProjektnummer\n2015/00764\nRegion\nSydsverige\n"))
	if deref(rec.ProgrammeAreaCode) != "1.1" || deref(rec.ProgrammeAreaName) != "Kompetensförsörjning" {
		t.Errorf("area %q %q", deref(rec.ProgrammeAreaCode), deref(rec.ProgrammeAreaName))
	}
}

// TestDateWeekdayExplained names a weekday that is not the date's.
func TestDateWeekdayExplained(t *testing.T) {
	if _, why := parseDateExplained("torsdag den 1 mars 2024"); !strings.Contains(why, "names a Thursday, but 2024-03-01 is a Friday") {
		t.Errorf("why %q", why)
	}
	if _, why := parseDateExplained("fredag den 31 februari 2024"); why != `"fredag den 31 februari 2024" is not a date` {
		t.Errorf("why %q", why)
	}
}

// FuzzSplitTitle splits any title: where it splits, the ID is of a known
// form and the name is not empty, both as the title writes them.
func FuzzSplitTitle(f *testing.F) {
	for _, s := range []string{"2015/00764 » Within", "[2015/00764] Within", "Within – 2015/00764", "Within (2015/00764)", "id: 2020/00634", "2015/00764 - »Within«", "("} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, title string) {
		id, name, ok := splitTitle(title)
		if !ok {
			return
		}
		if !isProjectID(id) || name == "" || !strings.Contains(title, id) || !strings.Contains(title, name) {
			t.Errorf("splitTitle(%q) = %q, %q", title, id, name)
		}
	})
}

// TestSpreadsheetError checks the values a spreadsheet shows for a cell
// with none to show, at minShownHashes and maxSpreadsheetError, and that
// a page's own marks are none.
func TestSpreadsheetError(t *testing.T) {
	for s, want := range map[string]bool{
		"#REF!": true, "#ref!": true, " #SAKNAS! ": true, "#VÄRDEFEL!": true, "#DIVISION/0!": true, "#NAMN?": true, "#GETTING_DATA": true,
		"Err:502": true, "Err:50": false, "Err:5021": false, "err:502": false, "Err:5a2": false,
		"###": true, "##": false, "#": false, strings.Repeat("#", maxSpreadsheetError): true, strings.Repeat("#", maxSpreadsheetError+1): false,
		"#REFX!": false, "#Hashtag": false, "# Rubrik": false, "REF!": false, "#N/A": false, "": false, "C#": false,
	} {
		if got := spreadsheetError(s); got != want {
			t.Errorf("spreadsheetError(%q) = %v, want %v", s, got, want)
		}
	}
	rec := parseOne(t, "p.txt", []byte("Within\n\nProjektnummer:\t2015/00764\nProjektägare:\t#REF!\nTotal projektbudget:\t#######\nKontaktperson:\t#SAKNAS!\n"))
	if rec.Owner != nil || rec.TotalBudgetSEK != nil || rec.ContactName != nil {
		t.Errorf("owner %s, budget %v, contact %s", deref(rec.Owner), rec.TotalBudgetSEK, deref(rec.ContactName))
	}
	for line, k := range map[int]Key{4: KeyOwner, 5: KeyTotalBudget, 6: KeyContactName} {
		if !hasWarningOn(rec.Warnings, line, k, "read as null") {
			t.Errorf("%s not named on line %d: %v", k, line, rec.Warnings)
		}
	}
}
