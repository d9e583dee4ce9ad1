package export

import (
	"reflect"
	"testing"

	"github.com/esfdata/esf/parser"
)

// TestSQLiteListPositions checks what the README promises of the child
// tables: one row per item of the list, in the list's order, position
// counted from 1.
func TestSQLiteListPositions(t *testing.T) {
	db := writeDB(t, []*parser.Project{fullRecord()}, Options{Selection: allColumnsSelection(t)}, true)
	for table, want := range map[string][]string{
		"municipalities": {"1 Arboga", "2 Köping", "3 Kungsör"},
		"cofinanciers":   {"1 Region Västmanland"},
	} {
		rows, err := db.Query("SELECT position || ' ' || name FROM " + table + " WHERE project = 1 ORDER BY position")
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for rows.Next() {
			var s string
			if err := rows.Scan(&s); err != nil {
				t.Fatal(err)
			}
			got = append(got, s)
		}
		rows.Close()
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: %q, want %q", table, got, want)
		}
	}
}
