package parser

import (
	"slices"
	"testing"
)

// TestLeftOutAmong checks which lines a paste left out are named as
// standing among the page's: a run blanked right between two lines kept,
// not one with a blank line on either side, nor the first or last line.
func TestLeftOutAmong(t *testing.T) {
	tests := []struct {
		name          string
		before, after string
		want          []int
	}{
		{"a word between two quoted lines", "> a\nord\n> b", "> a\n\n> b", []int{2}},
		{"two lines between", "> a\nett\ntvå\n> b", "> a\n\n\n> b", []int{2, 3}},
		{"a blank line above", "> a\n\nord\n> b", "> a\n\n\n> b", nil},
		{"a blank line below", "> a\nord\n\n> b", "> a\n\n\n> b", nil},
		{"the first line", "Hej\n> a\n> b", "\n> a\n> b", nil},
		{"the last line", "> a\n> b\n/Anna", "> a\n> b\n", nil},
		{"a line rewritten, not blanked", "> a\nord\n> b", "> a\nORD\n> b", nil},
		{"a separator above", "----\nord\n> b", "----\n\n> b", nil},
	}
	for _, tt := range tests {
		if got := leftOutAmong(tt.before, tt.after); !slices.Equal(got, tt.want) {
			t.Errorf("%s: leftOutAmong = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestQuoteCutWordNamed reads a page quoted twice in a text file, whose
// quote lost its marks on a word when the mail was wrapped again: the
// word is named on its line, not lost unseen.
func TestQuoteCutWordNamed(t *testing.T) {
	page := "Hej, se nedan.\n\n> > Egenmakt\n> >\n> > Projektnummer: 2020/00634\n> > Projektägare: Arbete och Försörjning\n> > Region: Sydsverige\n> >\n> > Sammanfattning\n> >\n" +
		"> > Projektdrivarna ska aktivt delta i hela projektprocessen och vara en\n> > del av de kompetenshöjande insatserna som leder till ett\nstadigvarande\n> på arbetsmarknaden.\n\n/Anna\n"
	rec := parseOne(t, "mail.txt", []byte(page))
	if !hasWarningOn(rec.Warnings, 13, KeySource, "left out between two lines of the page") {
		t.Errorf("the cut word on line 13 is not named: %v", rec.Warnings)
	}
	if hasWarningOn(rec.Warnings, 1, KeySource, "left out between two lines of the page") {
		t.Errorf("the writer's greeting above the quote is named as the page's: %v", rec.Warnings)
	}
}
