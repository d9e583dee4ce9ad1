package parser

import (
	"slices"
	"testing"
)

func TestUnicodeEscapes(t *testing.T) {
	for _, tt := range []struct {
		in, want string
		lines    []int
	}{
		{"Projekt\\u00e4gare: Arbete och F\\u00f6rs\\u00f6rjning", "Projektägare: Arbete och Försörjning", []int{1}},
		{"Region: Syd\n\\u2022 Trelleborg\n\\u2022 Malm\\u00F6", "Region: Syd\n• Trelleborg\n• Malmö", []int{2, 3}},
		{"\\ud83d\\ude00 och \\u00e4", "😀 och ä", []int{1}},          // a pair beyond the basic plane
		{"Projekt\\u00e4gare: X", "Projekt\\u00e4gare: X", nil},      // one alone: under minUnicodeEscapes
		{"a\\u000ab \\u00e4 \\u00f6", "a\\u000ab ä ö", []int{1}},     // a control character stays
		{"\\ud83d och \\u00e4 \\u00f6", "\\ud83d och ä ö", []int{1}}, // a lone half stays
		{"C:\\users\\u00e4 \\u00e", "C:\\users\\u00e4 \\u00e", nil},  // four digits or none
		{"\\u00e4\r\n\\u00f6\r\n", "ä\r\nö\r\n", []int{1, 2}},        // line ends kept
	} {
		got, lines := unicodeEscapes(tt.in)
		if got != tt.want || !slices.Equal(lines, tt.lines) {
			t.Errorf("unicodeEscapes(%q) = %q, %v; want %q, %v", tt.in, got, lines, tt.want, tt.lines)
		}
	}
	// A whole page: its labels and heading found, the reading named.
	rec := parseOne(t, "a.txt", []byte("Egenmakt\n\nProjekt\\u00e4gare: Arbete och F\\u00f6rs\\u00f6rjning\nRegion: Sydsverige\n\nMedfinansi\\u00e4rer\n\n\\u2022 Arbete och F\\u00f6rs\\u00f6rjning\n"))
	if deref(rec.Owner) != "Arbete och Försörjning" || !slices.Equal(rec.Cofinanciers, []string{"Arbete och Försörjning"}) || !hasWarningOn(rec.Warnings, 3, KeyOwner, "were read as the letters") {
		t.Errorf("owner %q, cofinanciers %q, warnings %v", deref(rec.Owner), rec.Cofinanciers, rec.Warnings)
	}
}
