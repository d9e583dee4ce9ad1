package parser

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// A sheet of projects, a row each, keeps its dates as the program that
// saved it writes them: Excel's serial number of the day where the cell
// lost its format (42402 for 2016-02-02), or the month first where the
// sheet's locale is American (10/31/2021). The row's own dates show which
// way its slashes go: "2/1/2021" beside "10/31/2021" is 1 February.

// The serial numbers read as days: from 2000-01-01 to 2050-12-31, the
// years a project of the three programmes runs in and some. A number
// outside them is no day of a project's.
const (
	minExcelSerial = 36526
	maxExcelSerial = 55153
)

// excelEpoch is the day before Excel's serial day 1, counted so that the
// serials after February 1900 fall right (Excel takes 1900 for a leap
// year).
var excelEpoch = time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)

// excelSerialDate reads a cell of five digits in the years of the
// programmes as Excel's serial number of a day: the day, in ISO form.
func excelSerialDate(cell string) (string, bool) {
	if len(cell) != 5 || !allDigits(cell) {
		return "", false
	}
	n, _ := strconv.Atoi(cell)
	if n < minExcelSerial || n > maxExcelSerial {
		return "", false
	}
	return excelEpoch.AddDate(0, 0, n).Format(time.DateOnly), true
}

// slashParts reads a date of two slashes, "2/1/2021": its first and second
// numbers and its year.
func slashParts(cell string) (first, second, year int, ok bool) {
	parts := strings.Split(cell, "/")
	if len(parts) != 3 || len(parts[2]) != 4 || len(parts[0]) < 1 || len(parts[0]) > 2 || len(parts[1]) < 1 || len(parts[1]) > 2 ||
		!allDigits(parts[0]) || !allDigits(parts[1]) || !allDigits(parts[2]) {
		return 0, 0, 0, false
	}
	return atoi(parts[0]), atoi(parts[1]), atoi(parts[2]), true
}

// slashOrder tells from a row's dates of two slashes which way they go:
// month first where one reads only so ("10/31/2021"), day first where one
// reads only so ("31/10/2021"); neither where none shows it, or they
// disagree.
func slashOrder(cells []string) (monthFirst, dayFirst bool) {
	for _, c := range cells {
		first, second, _, ok := slashParts(strings.TrimSpace(c))
		if !ok {
			continue
		}
		monthFirst = monthFirst || first <= 12 && second > 12 && second <= 31
		dayFirst = dayFirst || second <= 12 && first > 12 && first <= 31
	}
	if monthFirst && dayFirst {
		return false, false
	}
	return monthFirst, dayFirst
}

// sheetDate reads a date cell of a sheet's row as its row shows it: a
// serial number of a day, or a date of two slashes that may read either
// way, in the order the row's other dates show. It returns the day and
// a note of how it was read, or false for a cell read as written.
func sheetDate(cell string, monthFirst, dayFirst bool) (iso, how string, ok bool) {
	cell = strings.TrimSpace(cell)
	if d, ok := excelSerialDate(cell); ok {
		return d, fmt.Sprintf("%q, a date cell that lost its format, was read as the spreadsheet's serial number of the day, %s", cell, d), true
	}
	first, second, year, ok := slashParts(cell)
	if !ok || first == second || first > 12 || second > 12 || !monthFirst && !dayFirst {
		return "", "", false
	}
	month, day, order := first, second, "month first"
	if dayFirst {
		month, day, order = second, first, "day first"
	}
	d, ok := isoDateOf(year, month, day)
	if !ok {
		return "", "", false
	}
	return d, fmt.Sprintf("%q, which may read either way, was read %s, as another date of its row is written: %s", cell, order, d), true
}
