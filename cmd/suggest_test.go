package cmd

import "testing"

func TestEditDistance(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{
		{"", "", 0},
		{"name", "name", 0},
		{"nmae", "name", 1}, // a swap is one edit
		{"nme", "name", 1},
		{"csvv", "csv", 1},
		{"formt", "format", 1},
		{"xslx", "xlsx", 1},
		{"kitten", "sitting", 3},
		{"år", "ar", 1}, // letters, not bytes
	}
	for _, tt := range tests {
		if got := editDistance(tt.a, tt.b); got != tt.want {
			t.Errorf("editDistance(%q, %q) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestNearest(t *testing.T) {
	formats := []string{"json", "ndjson", "csv", "tsv", "yaml", "xlsx", "sqlite"}
	tests := []struct {
		name       string
		candidates []string
		want       string
	}{
		{"csvv", formats, "csv"},
		{"CSV", formats, "csv"},
		{"jsno", formats, "json"},
		{"sqlit", formats, "sqlite"},
		{"pdf", formats, ""}, // nothing near: no guess
		{"xml", formats, ""}, // two edits from yaml, too many for a short name
		{"nmae", []string{"id", "name", "owner"}, "name"},
		{"contact_nmae", []string{"contact_name", "contact_email"}, "contact_name"},
		{"formatt", []string{"format", "fields"}, "format"},
		{"sv", formats, "csv"}, // as near tsv: the first wins
	}
	for _, tt := range tests {
		if got := nearest(tt.name, tt.candidates); got != tt.want {
			t.Errorf("nearest(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
}
