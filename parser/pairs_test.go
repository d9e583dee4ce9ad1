package parser

import (
	"fmt"
	"strings"
	"testing"
)

// columnLines classifies each of texts as a line of its own.
func columnLines(texts ...string) []pageLine {
	lines := make([]pageLine, len(texts))
	for i, s := range texts {
		lines[i] = classify(s, i+1, false)
	}
	return lines
}

// TestAlignColumn pairs a column of labels with a column of values, a
// cell left empty giving no line: where the values' shapes tell one
// pairing, and nowhere else.
func TestAlignColumn(t *testing.T) {
	for _, tt := range []struct {
		name           string
		labels, values []string
		want           string // the label of each value, "[]" for none
	}{
		{"as many values, in order", []string{"Projektnummer:", "Projektägare:", "Region:"}, []string{"2015/00764", "Perstorps kommun", "Sydsverige"}, "[0 1 2]"},
		{"as many values, one not its label's", []string{"Projektnummer:", "Region:", "Startdatum:"}, []string{"2015/00764", "Sydsverige", "snart"}, "[]"},
		{"a text's cell left empty between shaped ones", []string{"Stödmottagare postnr:", "Stödmottagarens address:", "Programområde:", "Specifikt mål:"}, []string{"28485", "1", "1.1"}, "[0 2 3]"},
		{"a date's cell left empty of two dates", []string{"Namn:", "Startdatum:", "Slutdatum:", "Land som berörs:"}, []string{"Digga", "2024-03-01", "Sverige"}, "[]"},
		{"two texts, one cell left empty", []string{"Projektnummer:", "Projektägare:", "Namn:", "Region:"}, []string{"2020/00634", "Perstorps kommun", "Sydsverige"}, "[]"},
		{"an e-mail address is no person's name", []string{"Kontaktperson:", "E-post:", "Stödmottagare postnr:"}, []string{"peter.lindow@perstorp.se", "28485"}, "[1 2]"},
		{"two values of text tell nothing", []string{"Projektägare:", "Namn:", "Kontaktperson:"}, []string{"Perstorps kommun", "Framtidsresan"}, "[]"},
		{"more values than labels", []string{"Projektnummer:", "Region:"}, []string{"2015/00764", "Sydsverige", "2016-01-01"}, "[]"},
		{"one label twice", []string{"Region:", "Projektnummer:", "Region:"}, []string{"Sydsverige", "2015/00764", "Sydsverige"}, "[]"},
		{"a code past the regulation's table", []string{"Interventionstyp:", "Antal deltagare:", "Insats av strategisk betydelse:"}, []string{"605", "Nej"}, "[1 2]"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			lines := columnLines(append(append([]string{}, tt.labels...), tt.values...)...)
			values := make([]int, len(tt.values))
			for j := range values {
				values[j] = len(tt.labels) + j
			}
			got := alignColumn(lines[:len(tt.labels)], lines, values)
			if s := fmt.Sprint(got); s != tt.want {
				t.Errorf("alignColumn = %s, want %s", s, tt.want)
			}
		})
	}
}

// TestPairColumns puts runs of labels and runs of values in pairs, or
// leaves them, and says how many it paired on the run's first label.
func TestPairColumns(t *testing.T) {
	for _, tt := range []struct {
		name  string
		page  string
		want  string // the lines' texts after, "|" between
		label int    // the line that says how many, 0 for none
		n, m  uint16
	}{
		{"labels over values", "Projektnummer:\nRegion:\nStartdatum:\n2015/00764\nSydsverige\n2016-01-01\n\nText.",
			"Projektnummer:|2015/00764|Region:|Sydsverige|Startdatum:|2016-01-01||Text.", 1, 3, 3},
		{"values over labels", "\n2015/00764\nSydsverige\n2016-01-01\n\nProjektnummer:\nRegion:\nStartdatum:",
			"|Projektnummer:|2015/00764|Region:|Sydsverige|Startdatum:|2016-01-01|", 6, 3, 3},
		{"a blank line a cell left empty", "Projektnummer:\nStödmottagarens address:\nRegion:\n2015/00764\n\nSydsverige\n\nText.",
			"Projektnummer:|2015/00764|Stödmottagarens address:|Region:|Sydsverige|||Text.", 1, 3, 2},
		{"a blank line after the values ends them", "Projektnummer:\nStödmottagarens address:\nRegion:\nStartdatum:\n2015/00764\nSydsverige\n2016-01-01\n\nText.",
			"Projektnummer:|2015/00764|Stödmottagarens address:|Region:|Sydsverige|Startdatum:|2016-01-01||Text.", 1, 4, 3},
		{"values with a paragraph right below", "Projektnummer:\nRegion:\nStartdatum:\n2015/00764\nSydsverige\n2016-01-01\nProjektet ska ge unga vägar till arbete, och det gör det genom praktik hos företag.",
			"Projektnummer:|2015/00764|Region:|Sydsverige|Startdatum:|2016-01-01|Projektet ska ge unga vägar till arbete, och det gör det genom praktik hos företag.", 1, 3, 3},
		{"values that run on are none", "Projektnummer:\nRegion:\nStartdatum:\n2015/00764\nSydsverige\n2016-01-01\nmer text",
			"Projektnummer:|Region:|Startdatum:|2015/00764|Sydsverige|2016-01-01|mer text", 0, 0, 0},
		{"values over labels below a text are none", "Text\n2015/00764\nSydsverige\n2016-01-01\n\nProjektnummer:\nRegion:\nStartdatum:",
			"Text|2015/00764|Sydsverige|2016-01-01||Projektnummer:|Region:|Startdatum:", 0, 0, 0},
		{"two labels of text are no run", "Projektägare:\nNamn:\nPerstorps kommun\nFramtidsresan",
			"Projektägare:|Namn:|Perstorps kommun|Framtidsresan", 0, 0, 0},
		{"values over labels, a date the page got wrong among them", "\n2024-13-45\n2024-03-01 - 2026-12-31\n2026-12-31\nSverige\n\nStartdatum:\nProjektperiod:\nSlutdatum:\nLand som berörs:",
			"|Startdatum:|2024-13-45|Projektperiod:|2024-03-01 - 2026-12-31|Slutdatum:|2026-12-31|Land som berörs:|Sverige|", 7, 4, 4},
		{"values over labels, a word where a date stands", "\nsnart\n2024-03-01 - 2026-12-31\n2026-12-31\nSverige\n\nStartdatum:\nProjektperiod:\nSlutdatum:\nLand som berörs:",
			"|snart|2024-03-01 - 2026-12-31|2026-12-31|Sverige||Startdatum:|Projektperiod:|Slutdatum:|Land som berörs:", 0, 0, 0},
		{"labels and values each a paragraph", "Projektnummer:\n\nRegion:\n\nStartdatum:\n\n2015/00764\n\nSydsverige\n\n2016-01-01",
			"||Projektnummer:|2015/00764|Region:|Sydsverige|Startdatum:|2016-01-01|||", 1, 3, 3},
		{"the values' column's header pasted with it", "Projektnummer:\nRegion:\nStartdatum:\n\nVärde\n2015/00764\nSydsverige\n2016-01-01\n\nText.",
			"Projektnummer:|2015/00764|Region:|Sydsverige|Startdatum:|2016-01-01||Värde||Text.", 1, 3, 3},
		{"a header's word that is the first value, as many values as labels", "Projektfas:\nProjektnummer:\nRegion:\nProjekt\n2015/00764\nSydsverige\n\nText.",
			"Projektfas:|Projekt|Projektnummer:|2015/00764|Region:|Sydsverige||Text.", 1, 3, 3},
		{"a word of the values' own above them is no header", "Projektnummer:\nRegion:\nStartdatum:\n\nSnart\n2015/00764\nSydsverige\n2016-01-01\n\nText.",
			"Projektnummer:|Region:|Startdatum:||Snart|2015/00764|Sydsverige|2016-01-01||Text.", 0, 0, 0},
		{"labels each a paragraph, one value below", "Projektägare\n\nRegion\n\nProjektnummer\n\n2015/00764",
			"Projektägare||Region||Projektnummer||2015/00764", 0, 0, 0},
	} {
		t.Run(tt.name, func(t *testing.T) {
			lines := pairColumns(columnLines(strings.Split(tt.page, "\n")...))
			texts := make([]string, len(lines))
			for i, l := range lines {
				texts[i] = l.text
				if l.columns > 0 && (l.num != tt.label || l.columns != tt.n || l.columnValues != tt.m) {
					t.Errorf("line %d says %d labels, %d values; want line %d, %d, %d", l.num, l.columns, l.columnValues, tt.label, tt.n, tt.m)
				}
			}
			if got := strings.Join(texts, "|"); got != tt.want {
				t.Errorf("got  %s\nwant %s", got, tt.want)
			}
		})
	}
}

// TestInterventionCodes holds the codes to the regulation's table.
func TestInterventionCodes(t *testing.T) {
	for s, want := range map[string]bool{
		"117": true, "141, 142": true, "141/142": true, "182": true, "183": false, "605": false,
		"1": false, "1170": false, "141, 605": false, "": false,
	} {
		if got := interventionCodes(s); got != want {
			t.Errorf("interventionCodes(%q) = %v", s, got)
		}
	}
}
