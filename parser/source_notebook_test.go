package parser

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// notebook writes a notebook of nbformat 4 with cells, each given as
// its JSON, one key a line, as Jupyter saves it.
func notebook(cells ...string) string {
	return "{\n \"cells\": [\n" + strings.Join(cells, ",\n") + "\n ],\n \"metadata\": {\"kernelspec\": {\"name\": \"python3\"}},\n \"nbformat\": 4,\n \"nbformat_minor\": 5\n}\n"
}

// cellSource writes lines as a cell's source, a string a line, each on a
// line of its own.
func cellSource(lines ...string) string {
	var b strings.Builder
	b.WriteString("[")
	for i, l := range lines {
		if i < len(lines)-1 {
			l += "\n"
		}
		s, _ := json.Marshal(l)
		if i > 0 {
			b.WriteString(",")
		}
		b.WriteString("\n    " + string(s))
	}
	b.WriteString("\n   ]")
	return b.String()
}

// codeCell writes a code cell of code and an output's JSON.
func codeCell(code string, outputs ...string) string {
	s, _ := json.Marshal(code)
	return fmt.Sprintf("  {\"cell_type\": \"code\", \"execution_count\": 1, \"metadata\": {},\n   \"source\": %s,\n   \"outputs\": [%s]}", s, strings.Join(outputs, ",\n"))
}

// result writes an execute_result whose text/plain is lines.
func result(lines ...string) string {
	return "{\"output_type\": \"execute_result\", \"execution_count\": 1, \"metadata\": {},\n   \"data\": {\"text/plain\": " + cellSource(lines...) + "}}"
}

// TestNotebooks reads the shapes of notebooks: a page in a Markdown cell,
// in code's output, a pandas Series or DataFrame printed, the rest left
// out and counted, and what pandas left out named.
func TestNotebooks(t *testing.T) {
	markdownCell := "  {\"cell_type\": \"markdown\", \"metadata\": {},\n   \"source\": " + cellSource(
		"# 2020/00634 - Framtidsresan", "", "**Projektnummer:** 2020/00634", "**Projektägare:** Perstorps kommun", "- **Region:** Sydsverige", "", "## Sammanfattning", "", "Förstudien gäller samverkan.") + "}"
	// Lines: 1 {, 2 "cells", 3 the cell, 4 "source": [, 5 the title, … 7 Projektnummer.
	for _, tt := range []exportCase{
		{name: "a Markdown cell, each line on its string's line; the code cell left out",
			in:     notebook(markdownCell, codeCell("import pandas as pd")),
			want:   []map[Key]string{{KeyID: "2020/00634", KeyName: "Framtidsresan", KeyOwner: "Perstorps kommun", KeyRegion: "Sydsverige", KeySummary: "Förstudien gäller samverkan."}},
			lines:  map[Key]int{KeyID: 7, KeyOwner: 8, KeyRegion: 9},
			warned: []string{"5: the page is cell 1 of a notebook, read as Markdown", "5: the rest of the notebook was left out: 1 code cell"}},
		{name: "a page over two Markdown cells, its text in the second",
			in: notebook("  {\"cell_type\": \"markdown\", \"metadata\": {},\n   \"source\": "+cellSource("**Projektnummer:** 2020/00634", "**Region:** Sydsverige")+"}",
				"  {\"cell_type\": \"markdown\", \"metadata\": {},\n   \"source\": "+cellSource("## Sammanfattning", "Förstudien gäller samverkan.")+"}"),
			want:   []map[Key]string{{KeyID: "2020/00634", KeySummary: "Förstudien gäller samverkan."}},
			warned: []string{"10: the page goes on in the notebook's Markdown cell 2, right after it"}},
		{name: "a section's heading in a cell apart is named",
			in:     notebook(markdownCell, codeCell("x = 1"), "  {\"cell_type\": \"markdown\", \"metadata\": {},\n   \"source\": "+cellSource("## Bakgrund", "Kommunen har länge haft hög arbetslöshet.")+"}"),
			want:   []map[Key]string{{KeyID: "2020/00634"}},
			warned: []string{`the notebook's Markdown cell 3, left out as no page's, holds a section's heading ("## Bakgrund")`}},
		{name: "a cell's source in one string: its lines on its line",
			in:    notebook("  {\"cell_type\": \"raw\", \"metadata\": {},\n   \"source\": \"Projektnummer: 2020/00634\\nProjektägare: Perstorps kommun\"}"),
			want:  []map[Key]string{{KeyID: "2020/00634", KeyOwner: "Perstorps kommun"}},
			lines: map[Key]int{KeyID: 4, KeyOwner: 4}},
		{name: "a page printed: the output, not the code",
			in:     notebook(codeCell("print(sida)", "{\"output_type\": \"stream\", \"name\": \"stdout\", \"text\": "+cellSource("2020/00634 - Framtidsresan", "", "Projektnummer:", "2020/00634", "Projektägare:", "Perstorps kommun")+"}")),
			want:   []map[Key]string{{KeyID: "2020/00634", KeyName: "Framtidsresan", KeyOwner: "Perstorps kommun"}},
			lines:  map[Key]int{KeyOwner: 11},
			warned: []string{"the page is what cell 1 of a notebook showed, what it printed", "was left out: 1 code cell"}},
		{name: "a page shown as the cell's last value, a string",
			in:     notebook(codeCell("sida", result(`'2020/00634 - Framtidsresan\n\nProjektnummer:\n2020/00634\nProjektägare:\nPerstorps kommun\n'`))),
			want:   []map[Key]string{{KeyID: "2020/00634", KeyName: "Framtidsresan", KeyOwner: "Perstorps kommun"}},
			lines:  map[Key]int{KeyID: 7, KeyOwner: 7},
			warned: []string{`7: the page is printed as a program's string, its line ends escaped`}},
		{name: "a page in a string of the code",
			in:   notebook(codeCell("sida = \"\"\"\nProjektnummer: 2020/00634\nProjektägare: Perstorps kommun\nRegion: Sydsverige\n\"\"\"")),
			want: []map[Key]string{{KeyID: "2020/00634", KeyOwner: "Perstorps kommun", KeyRegion: "Sydsverige"}}},
		{name: "a pandas Series: NaN no value, a value cut, rows left out",
			in: notebook(codeCell("df.iloc[0]", result(
				"Projektnummer                                2020/00634",
				"Projektägare      Perstorps kommun, Arbetsmarknadsenheten",
				"Stödmottagarens address                             NaN",
				"                   ...",
				"Sammanfattning    Förstudien gäller samverkan mellan a...",
				"Name: 0, Length: 30, dtype: object"))),
			want:     []map[Key]string{{KeyID: "2020/00634", KeyOwner: "Perstorps kommun, Arbetsmarknadsenheten", KeyAddress: "", KeySummary: "Förstudien gäller samverkan mellan a..."}},
			lines:    map[Key]int{KeyID: 7, KeyOwner: 8, KeySummary: 11},
			warned:   []string{"10: the fields in the 26 rows pandas left out (display.max_rows) are lost", "11: the text of summary ends in an ellipsis", "a pandas Series printed by cell 1"},
			unwarned: []string{"NaN"}},
		{name: "a pandas DataFrame in two blocks of columns, a column left out: a page a row",
			in: notebook(codeCell("df.head(2)", result(
				"   Projektnummer              Namn  \\",
				"0     2020/00634     Framtidsresan   ",
				"1     2015/00764  Within Kompetens   ",
				"",
				"           Projektägare  ...      Region",
				"0      Perstorps kommun  ...  Sydsverige",
				"1  Kristianstads kommun  ...         NaN",
				"",
				"[2 rows x 20 columns]"))),
			want: []map[Key]string{
				{KeyID: "2020/00634", KeyName: "Framtidsresan", KeyOwner: "Perstorps kommun", KeyRegion: "Sydsverige"},
				{KeyID: "2015/00764", KeyName: "Within Kompetens", KeyOwner: "Kristianstads kommun", KeyRegion: ""}},
			lines:  map[Key]int{KeyID: 8, KeyOwner: 12, KeyRegion: 12},
			warned: []string{`12: this row's fields in the 16 columns pandas left out (display.max_columns), between "Projektägare" and "Region", are lost`, `13: this row's fields in the 16 columns`}},
		{name: "a pandas DataFrame of rows left out, its values wider than its names",
			in: notebook(codeCell("df", result(
				"    Projektnummer               Region",
				"0      2020/00634           Sydsverige",
				"..            ...                  ...",
				"9      2015/00764  Östra Mellansverige",
				"",
				"[10 rows x 2 columns]"))),
			want:   []map[Key]string{{KeyID: "2020/00634", KeyRegion: "Sydsverige"}, {KeyID: "2015/00764", KeyRegion: "Östra Mellansverige"}},
			warned: []string{"9: the projects in the 8 rows pandas left out (display.max_rows) are lost"}},
		{name: "a DataFrame of columns named as a program names them, each page its notes",
			in: notebook(codeCell("df", result(printFrame([]string{"projektnummer", "namn", "beviljat_esf_stöd"}, []string{"0", "1"},
				[][]string{{"2020/00634", "Framtidsresan", "400000"}, {"2015/00764", "Within", "493090"}})...))),
			want:   []map[Key]string{{KeyID: "2020/00634", KeyESFSupport: "400000"}, {KeyID: "2015/00764", KeyName: "Within", KeyESFSupport: "493090"}},
			warned: []string{"8: the page is a pandas DataFrame", "9: the page is a pandas DataFrame"}},
		{name: "a DataFrame indexed by a label: the index's name labels each row's index",
			in: notebook(codeCell("df.set_index('Projektnummer')", result(printFrame([]string{"Namn", "Region"}, []string{"Projektnummer", "2020/00634", "2015/00764"},
				[][]string{{"", ""}, {"Framtidsresan", "Sydsverige"}, {"Within", "Sydsverige"}})...))),
			want: []map[Key]string{{KeyID: "2020/00634", KeyName: "Framtidsresan", KeyRegion: "Sydsverige"}, {KeyID: "2015/00764", KeyName: "Within"}}},
		{name: "a page printed in a terminal's colours",
			in:   notebook(codeCell("print(sida)", "{\"output_type\": \"stream\", \"name\": \"stdout\", \"text\": "+cellSource("\x1b[1mProjektnummer:\x1b[0m 2020/00634", "\x1b[1;34mProjektägare:\x1b[0m Perstorps kommun")+"}")),
			want: []map[Key]string{{KeyID: "2020/00634", KeyOwner: "Perstorps kommun"}}},
		{name: "a Python dict, as pprint prints it: a long string in parts, None no value, a text of lines",
			in: notebook(codeCell("pprint(rad)", "{\"output_type\": \"stream\", \"name\": \"stdout\", \"text\": "+cellSource(
				"{'Projektnummer': '2020/00634',",
				" 'Projekt\\xe4gare': 'Perstorps kommun',",
				" 'Namn': ('Digga Perstorps '",
				"          'Personal'),",
				" 'Stödmottagarens address': None,",
				` "Insats av strategisk betydelse": False,`,
				" 'Sammanfattning': 'Första stycket.\\n\\nAndra stycket.'}")+"}")),
			want: []map[Key]string{{KeyID: "2020/00634", KeyOwner: "Perstorps kommun", KeyName: "Digga Perstorps Personal", KeyAddress: "",
				KeyStrategicImportance: "false", KeySummary: "Första stycket.\n\nAndra stycket."}},
			lines:  map[Key]int{KeyID: 6, KeyOwner: 7, KeyName: 8, KeySummary: 12},
			warned: []string{"6: the page is a Python dict printed by cell 1"}},
		{name: "a DataFrame transposed: a page a column",
			in: notebook(codeCell("df.T", result(printFrame([]string{"0", "1"},
				[]string{"Projektnummer", "Projektägare", "Land som berörs", "Startdatum"},
				[][]string{{"2020/00634", "2015/00764"}, {"Perstorps kommun", "Kristianstads kommun"}, {"Sverige", "Sverige"}, {"NaN", "2015-09-01"}})...))),
			want: []map[Key]string{{KeyID: "2020/00634", KeyOwner: "Perstorps kommun", KeyCountry: "Sverige"}, {KeyID: "2015/00764", KeyOwner: "Kristianstads kommun"}}},
		{name: "a result's HTML alone",
			in:    notebook(codeCell("HTML(sida)", "{\"output_type\": \"display_data\", \"metadata\": {},\n \"data\": {\"text/html\": "+cellSource("<dl><dt>Projektnummer</dt><dd>2020/00634</dd>", "<dt>Projektägare</dt><dd>Perstorps kommun</dd></dl>")+"}}")),
			want:  []map[Key]string{{KeyID: "2020/00634", KeyOwner: "Perstorps kommun"}},
			lines: map[Key]int{KeyID: 7, KeyOwner: 8}},
		{name: "an error's traceback is left out",
			in:     notebook(markdownCell, codeCell("1/0", `{"output_type": "error", "ename": "ZeroDivisionError", "evalue": "division by zero", "traceback": ["Traceback", "ZeroDivisionError: division by zero"]}`)),
			want:   []map[Key]string{{KeyID: "2020/00634"}},
			warned: []string{"was left out: 1 code cell, 1 output"}},
		{name: "nbformat 3: worksheets, a heading cell, a code cell's input",
			in: `{"nbformat": 3, "metadata": {}, "worksheets": [{"cells": [{"cell_type": "heading", "level": 1, "source": ["2020/00634 - Framtidsresan"]},` + "\n" +
				`{"cell_type": "code", "input": ["print(sida)"], "outputs": [{"output_type": "pyout", "text": ["Projektnummer: 2020/00634\n",` + "\n" + `"Projektägare: Perstorps kommun"]}]}]}]}`,
			want:  []map[Key]string{{KeyID: "2020/00634", KeyOwner: "Perstorps kommun"}},
			lines: map[Key]int{KeyID: 2, KeyOwner: 3}},
		{name: "Zeppelin: a table's result",
			in: `{"name": "Projektbanken", "id": "2JX1", "paragraphs": [{"text": "%sql\nselect * from projekt", "results": {"code": "SUCCESS", "msg": [` + "\n" +
				`{"type": "TABLE", "data": "Projektnummer\tProjektägare\tRegion\n2020/00634\tPerstorps kommun\tSydsverige\n"}]}}]}`,
			want:   []map[Key]string{{KeyID: "2020/00634", KeyOwner: "Perstorps kommun", KeyRegion: "Sydsverige"}},
			warned: []string{"2: the page is a table in a result of paragraph 1 of a Zeppelin note"}},
	} {
		checkExport(t, tt)
	}
}

// printFrame prints a DataFrame as pandas does: the index left-aligned,
// each column right-aligned to its widest cell or name, two spaces between.
func printFrame(head, index []string, rows [][]string) []string {
	width := func(s string) int { return len([]rune(s)) }
	wi := 0
	for _, i := range index {
		wi = max(wi, width(i))
	}
	widths := make([]int, len(head))
	for k, h := range head {
		widths[k] = width(h)
		for _, r := range rows {
			widths[k] = max(widths[k], width(r[k]))
		}
	}
	line := strings.Repeat(" ", wi)
	for k, h := range head {
		line += "  " + strings.Repeat(" ", widths[k]-width(h)) + h
	}
	out := []string{line}
	for i, r := range rows {
		line = index[i] + strings.Repeat(" ", wi-width(index[i]))
		for k, c := range r {
			line += "  " + strings.Repeat(" ", widths[k]-width(c)) + c
		}
		out = append(out, line)
	}
	return out
}

// TestNotebookWithoutPage reads a notebook of code alone as no page.
func TestNotebookWithoutPage(t *testing.T) {
	recs, err := Parse("nb.ipynb", []byte(notebook(codeCell("import pandas as pd", result("42")))), Options{})
	if err != nil || len(recs) != 0 {
		t.Errorf("%v, %d records: %s", err, len(recs), dumpRecords(recs))
	}
}

// TestHeaderColumns checks the columns of a printed frame's header, parted
// by two spaces or more, and where each ends.
func TestHeaderColumns(t *testing.T) {
	for in, want := range map[string]string{
		"   Projektnummer              Namn":   "[Projektnummer Namn] [16 34]",
		"  Land som berörs  ...  Region":       "[Land som berörs ... Region] [17 22 30]",
		"                              0    1": "[0 1] [31 36]",
		"":                                     "[] []",
	} {
		names, ends := headerColumns([]rune(in))
		if got := fmt.Sprint(names, " ", ends); strings.ReplaceAll(got, "  ", " ") != want {
			t.Errorf("headerColumns(%q) = %s, want %s", in, got, want)
		}
	}
}

// TestPandasPagesNot checks that printed text that is no frame or dict of
// a page's labels is not read as one.
func TestPandasPagesNot(t *testing.T) {
	for _, lines := range [][]string{
		{"42"},
		{"   a  b", "0  1  2"},
		{"Projektnummer    2020/00634", "Region    Sydsverige"}, // no footer: the text reader's
		{"   Projektnummer  Region", "0  2020/00634  Sydsverige  och mer"},
		{"Projektnummer    2020/00634", "  en rad till", "dtype: object"},
		{"{'Projektnummer': '2020/00634', 'Region': ['Syd']}"},
		{"{'Projektnummer': '2020/00634', 'Region': 'Syd'", "}", "x"},
		{"{'a': 1, 'b': 2}"},
		{"{'Projektnummer': '2020/00634',", " 'Region': 'Sydsv", "erige'}"},
	} {
		at := make([]int, len(lines))
		if f, ok := pandasPages(lines, at); ok {
			t.Errorf("pandasPages(%q) = %q", lines, f.lines)
		}
		if f, ok := pythonDict(lines, at); ok {
			t.Errorf("pythonDict(%q) = %q", lines, f.lines)
		}
	}
}

// FuzzNotebookOutput checks the reading of what a notebook's cell printed
// (a pandas Series or DataFrame, blocks, footers, elisions; a Python
// dict) on any text:
// no panic, a line of the input for every line of text and every note,
// and the output, wrapped in a notebook, read with every line a warning
// names within the file.
func FuzzNotebookOutput(f *testing.F) {
	f.Add("   Projektnummer  Namn  \\\n0     2020/00634     A   \n\n   ...  Region\n0  ...  Sydsverige\n..  ...  ...\n\n[9 rows x 5 columns]\n")
	f.Add("Projektnummer    2020/00634\n           ...\nRegion    NaN\nName: 0, Length: 9, dtype: object\n")
	f.Add("                 0           1\nProjektnummer  2020/00634  2015/00764\nRegion  Syd  Syd\n")
	f.Add("              Namn  Region\nProjektnummer              \n2020/00634       A     Syd\n")
	f.Add("'Projektnummer: 2020/00634\\nRegion: Sydsverige\\n'\n")
	f.Add("{'Projektnummer': '2020/00634',\n 'Namn': ('A '\n          'B'),\n 'Region': None, 'x': 1.5, 'y': True, 'z': '\\xe4\\u00e5\\n'}\n")
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		lines := strings.Split(strings.TrimSuffix(text, "\n"), "\n")
		at := make([]int, len(lines))
		for i := range at {
			at[i] = i + 1
		}
		if f, ok := pandasPages(lines, at); ok {
			if len(f.lines) != len(f.at) {
				t.Fatalf("%d lines, %d lines of the input", len(f.lines), len(f.at))
			}
			for _, n := range append(append(slices.Clone(f.at), f.starts...), noteLines(f.notes)...) {
				if n < 1 || n > len(lines) {
					t.Fatalf("line %d of %d", n, len(lines))
				}
			}
		}
		nb := notebook(codeCell("df", result(lines...)))
		recs, err := Parse("nb.ipynb", []byte(nb), Options{})
		if err != nil {
			t.Fatal(err)
		}
		n := len(Lines(nb))
		for _, rec := range recs {
			for _, w := range rec.Warnings {
				if w.Line < 1 || w.Line > n {
					t.Fatalf("a warning on line %d of %d: %s", w.Line, n, w.Message)
				}
			}
		}
	})
}

// noteLines returns the lines notes stand on.
func noteLines(notes []note) []int {
	out := make([]int, len(notes))
	for i, n := range notes {
		out[i] = n.line
	}
	return out
}
