//go:build !(js && wasm)

package snapshot

import (
	"database/sql"
	"fmt"
	"strconv"

	_ "modernc.org/sqlite" // the database/sql driver "sqlite", pure Go
)

// readSQLite reads the projects table of a database esf wrote, a row per
// record, each numbered by its project column.
func readSQLite(path string, want Want, use Use) error {
	if want == nil {
		want = func(int) bool { return true }
	}
	db, err := sql.Open("sqlite", path)
	if err != nil {
		return fmt.Errorf("%s: %v", path, err)
	}
	defer db.Close()
	rows, err := db.Query("SELECT * FROM projects ORDER BY project")
	if err != nil {
		return fmt.Errorf("%s: %v", path, err)
	}
	defer rows.Close()
	names, err := rows.Columns()
	if err != nil {
		return fmt.Errorf("%s: %v", path, err)
	}
	fr := &flatReader{name: path, want: want}
	projectColumn := -1
	var keep []int // the indexes of the record's columns among names
	var header []string
	for i, name := range names {
		if _, ok := columns()[name]; ok {
			keep = append(keep, i)
			header = append(header, name)
		} else if name == "project" {
			projectColumn = i
		}
	}
	fr.setHeader(header)
	values := make([]any, len(names))
	ptrs := make([]any, len(names))
	for i := range values {
		ptrs[i] = &values[i]
	}
	cells := make([]string, len(keep))
	for n := 1; rows.Next(); n++ {
		if err := rows.Scan(ptrs...); err != nil {
			return fmt.Errorf("%s: %v", path, err)
		}
		for j, i := range keep {
			cells[j] = sqlText(values[i])
		}
		line := n
		if projectColumn >= 0 {
			if p, ok := values[projectColumn].(int64); ok {
				line = int(p)
			}
		}
		if err := fr.use(cells, line, use); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("%s: %v", path, err)
	}
	return nil
}

// sqlText writes a database value as the text of a flat cell; a boolean
// is stored as 0 or 1.
func sqlText(v any) string {
	switch v := v.(type) {
	case nil:
		return ""
	case int64:
		return strconv.FormatInt(v, 10)
	case float64:
		return strconv.FormatFloat(v, 'g', -1, 64)
	case []byte:
		return string(v)
	case string:
		return v
	}
	return fmt.Sprint(v)
}
