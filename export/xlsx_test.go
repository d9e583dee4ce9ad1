package export

import (
	"bytes"
	"encoding/xml"
	"io"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/esfdata/esf/parser"
)

// TestXLSXText reads back, with excelize, text that XML or Excel would
// change if written as it is: markup characters, white space at the ends,
// line breaks with CR, control characters, a literal _xHHHH_ (Excel's own
// escape), characters outside the BMP.
func TestXLSXText(t *testing.T) {
	texts := []string{
		`a < b > c & "d" 'e'`,
		"  spaces at both ends  ",
		"line\nbreak\n",
		"\nleading break",
		"cr\r\nlf and a lone \r",
		"tab\there",
		"control \x01 \x08 \x0b \x0c \x1f characters",
		"_x0041_ is not A, nor _x005F_ an underscore",
		"_x00e5_ _xZZZZ_ _x12_ _x",
		"å ä ö Å Ä Ö — “citat” 😀",
		"\uFFFE\uFFFF",
		// Excel's escape with a hex digit at the edge of its range, at
		// the very end of the text, and text that only looks like one.
		"_x0041_", "_x0009_", "_x9999_", "_xaaaa_", "_xffff_", "_xAAAA_", "_xFFFF_", "Ord _x0041_", "_x004_", "_x00411",
	}
	sel := mustSelect(t, []string{"name"}, false, false)
	var recs []*parser.Project
	for _, s := range texts {
		recs = append(recs, &parser.Project{Name: &s})
	}
	out := write(t, recs, Options{Format: "xlsx", Selection: sel})
	f, err := excelize.OpenReader(bytes.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for i, want := range texts {
		cell, _ := excelize.CoordinatesToCellName(1, i+2)
		if got, _ := f.GetCellValue(xlsxSheet, cell); got != want {
			t.Errorf("%s = %q, want %q", cell, got, want)
		}
	}
	sheet := string(xlsxPart(t, out, "xl/worksheets/sheet1.xml"))
	for _, s := range []string{"_x004_", "_x00411"} {
		if !strings.Contains(sheet, "<t>"+s+"</t>") {
			t.Errorf("%q is not written as it is", s)
		}
	}
	invalid := "bad \xff byte"
	out = write(t, []*parser.Project{{Name: &invalid}}, Options{Format: "xlsx", Selection: sel})
	f2, err := excelize.OpenReader(bytes.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	defer f2.Close()
	if got, _ := f2.GetCellValue(xlsxSheet, "A2"); got != "bad \uFFFD byte" {
		t.Errorf("invalid UTF-8 reads %q", got)
	}
}

// TestXLSXWellFormed checks every part of the package with an XML parser,
// and the parts a reader needs to find the sheet, its styles and its
// filter.
func TestXLSXWellFormed(t *testing.T) {
	recs := append(testRecords(t), fullRecord())
	out := write(t, recs, Options{Format: "xlsx", Selection: allColumnsSelection(t)})
	for _, name := range []string{"[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/worksheets/sheet1.xml"} {
		dec := xml.NewDecoder(bytes.NewReader(xlsxPart(t, out, name)))
		for {
			_, err := dec.Token()
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
		}
	}
	workbook := string(xlsxPart(t, out, "xl/workbook.xml"))
	last, _ := excelize.CoordinatesToCellName(len(allColumnsSelection(t)), len(recs)+1)
	col, row, _ := excelize.SplitCellName(last)
	if want := `_xlnm._FilterDatabase" localSheetId="0" hidden="1">Projects!$A$1:$` + col + "$" + strconv.Itoa(row); !strings.Contains(workbook, want) {
		t.Errorf("workbook.xml does not name the filter's range %s: %s", want, workbook)
	}
}

// TestXLSXIntegerTypes reads back the type of the cells of counts and
// line numbers: numbers, not text, so that a sort puts 19 before 119.
func TestXLSXIntegerTypes(t *testing.T) {
	budget, participants := int64(9997836), int64(40)
	rec := &parser.Project{TotalBudgetSEK: &budget, Participants: &participants,
		Source: parser.Source{Path: "p.txt", Line: 119}}
	sel := mustSelect(t, []string{"total_budget_sek", "participants", "source_line"}, false, false)
	out := write(t, []*parser.Project{rec}, Options{Format: "xlsx", Selection: sel})
	f, err := excelize.OpenReader(bytes.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for cell, want := range map[string]string{"A2": "9997836", "B2": "40", "C2": "119"} {
		got, _ := f.GetCellValue(xlsxSheet, cell, excelize.Options{RawCellValue: true})
		typ, _ := f.GetCellType(xlsxSheet, cell)
		if got != want || (typ != excelize.CellTypeNumber && typ != excelize.CellTypeUnset) {
			t.Errorf("%s = %q of type %v, want the number %s", cell, got, typ, want)
		}
	}
	if sheet := xlsxPart(t, out, "xl/worksheets/sheet1.xml"); !bytes.Contains(sheet, []byte(`<c r="C2"><v>119</v></c>`)) {
		t.Errorf("source_line is not a number cell: %s", sheet)
	}
}

// TestXLSXRowLimit checks that a record past the last row of a sheet is
// an error, not a workbook Excel cannot open.
func TestXLSXRowLimit(t *testing.T) {
	sel := mustSelect(t, []string{"id"}, false, false)
	w, err := New(io.Discard, Options{Format: "xlsx", Selection: sel})
	if err != nil {
		t.Fatal(err)
	}
	xw := w.(*xlsxWriter)
	xw.row = xlsxMaxRows - 1
	if err := w.Write(&parser.Project{}); err != nil {
		t.Fatalf("the last row: %v", err)
	}
	if err := w.Write(&parser.Project{}); err == nil {
		t.Error("a row past the sheet's last was written")
	}
}
