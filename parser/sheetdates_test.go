package parser

import (
	"strconv"
	"testing"
)

// TestExcelSerialDate reads a serial number of a day in the programmes'
// years, at both edges, and nothing else.
func TestExcelSerialDate(t *testing.T) {
	for _, tt := range []struct {
		cell, want string
	}{
		{"42402", "2016-02-02"}, {"44228", "2021-02-01"}, {"44500", "2021-10-31"},
		{strconv.Itoa(minExcelSerial), "2000-01-01"}, {strconv.Itoa(maxExcelSerial), "2050-12-31"},
		{strconv.Itoa(minExcelSerial - 1), ""}, {strconv.Itoa(maxExcelSerial + 1), ""},
		{"4240", ""}, {"424020", ""}, {"4240a", ""}, {"", ""},
	} {
		got, ok := excelSerialDate(tt.cell)
		if ok != (tt.want != "") || got != tt.want {
			t.Errorf("excelSerialDate(%q) = %q, %v; want %q", tt.cell, got, ok, tt.want)
		}
	}
}

// TestSlashOrder tells a row's order of day and month from a date that
// reads only one way, and none from dates that disagree or read both ways.
func TestSlashOrder(t *testing.T) {
	for _, tt := range []struct {
		cells                []string
		monthFirst, dayFirst bool
	}{
		{[]string{"2/1/2021", "10/31/2021"}, true, false},
		{[]string{"2/1/2021", "31/10/2021"}, false, true},
		{[]string{"2/1/2021", "10/12/2021"}, false, false},
		{[]string{"12/13/2021"}, true, false},
		{[]string{"13/12/2021"}, false, true},
		{[]string{"10/32/2021"}, false, false},
		{[]string{"10/31/2021", "31/10/2021"}, false, false},
		{[]string{"2021-10-31", "10/31/21"}, false, false},
	} {
		mf, df := slashOrder(tt.cells)
		if mf != tt.monthFirst || df != tt.dayFirst {
			t.Errorf("slashOrder(%q) = %v, %v; want %v, %v", tt.cells, mf, df, tt.monthFirst, tt.dayFirst)
		}
	}
	for _, tt := range []struct {
		cell                 string
		monthFirst, dayFirst bool
		want                 string
	}{
		{"2/1/2021", true, false, "2021-02-01"},
		{"2/1/2021", false, true, "2021-01-02"},
		{"2/1/2021", false, false, ""},
		{"2/2/2021", true, false, ""},   // either way the same: the reader's
		{"10/31/2021", true, false, ""}, // one way only: the reader's
		{"2/30/2021", true, false, ""},
		{"44228", false, false, "2021-02-01"},
	} {
		got, _, ok := sheetDate(tt.cell, tt.monthFirst, tt.dayFirst)
		if ok != (tt.want != "") || got != tt.want {
			t.Errorf("sheetDate(%q, %v, %v) = %q, %v; want %q", tt.cell, tt.monthFirst, tt.dayFirst, got, ok, tt.want)
		}
	}
	sheet := "Projektnummer,Namn,Startdatum,Slutdatum,Planerat antal deltagare\n2020/00634,Framtidsresan,2/1/2021,10/31/2021,44228\n2015/00764,Within,42402,43496,11\n"
	recs, err := Parse("p.csv", []byte(sheet), Options{})
	if err != nil || len(recs) != 2 {
		t.Fatalf("%v, %d records", err, len(recs))
	}
	if r := recs[0]; deref(r.StartDate) != "2021-02-01" || deref(r.EndDate) != "2021-10-31" || r.Participants == nil || *r.Participants != 44228 || warningSaying(r, 2, "month first") == nil || r.Warnings[0].Key != KeyStartDate {
		t.Errorf("first row: %s", asRead(t, r))
	}
	if r := recs[1]; deref(r.StartDate) != "2016-02-02" || deref(r.EndDate) != "2019-01-31" || warningSaying(r, 3, "serial number") == nil {
		t.Errorf("second row: %s", asRead(t, r))
	}
}
