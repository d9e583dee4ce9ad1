package export

import (
	"testing"

	"github.com/esfdata/esf/parser"
)

// TestOneEmptyCell checks that a row whose only cell is empty is written
// "" rather than as an empty line, which readers skip, in every flat text
// dialect; with two columns a row of empty cells needs no quotes.
func TestOneEmptyCell(t *testing.T) {
	name := "Framtidsresan"
	recs := []*parser.Project{{}, {Name: &name}, {}}
	one, _ := Select([]string{"name"}, false, false)
	two, _ := Select([]string{"name", "owner"}, false, false)
	tests := []struct {
		opts Options
		want string
	}{
		{Options{Format: "csv", Selection: one}, "name\n\"\"\nFramtidsresan\n\"\"\n"},
		{Options{Format: "csv", Excel: true, Selection: one}, "\uFEFFname\r\n\"\"\r\nFramtidsresan\r\n\"\"\r\n"},
		{Options{Format: "tsv", Selection: one}, "name\n\"\"\nFramtidsresan\n\"\"\n"},
		{Options{Format: "csv", Selection: two}, "name,owner\n,\nFramtidsresan,\n,\n"},
		{Options{Format: "tsv", Selection: two}, "name\towner\n\t\nFramtidsresan\t\n\t\n"},
	}
	for _, tt := range tests {
		if got := string(write(t, recs, tt.opts)); got != tt.want {
			t.Errorf("%s excel=%v, %d columns: wrote %q, want %q", tt.opts.Format, tt.opts.Excel, len(tt.opts.Selection), got, tt.want)
		}
	}
	// encoding/csv, like pandas, skips an empty line: the "" row reads back.
	rows := readCSV(t, write(t, recs, Options{Format: "csv", Selection: one}), ',')
	if len(rows) != len(recs)+1 || rows[1][0] != "" {
		t.Errorf("read back %q, want a header and %d rows", rows, len(recs))
	}
}
