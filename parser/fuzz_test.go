package parser

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// FuzzParse checks, for any input, that the parser does not panic, gives
// the same record twice, and accounts for every line that is not blank.
func FuzzParse(f *testing.F) {
	for _, dir := range []string{"pages", "variants", "encodings"} {
		files, _ := filepath.Glob(filepath.Join(testdata, dir, "*.txt"))
		for _, file := range files {
			data, err := os.ReadFile(file)
			if err != nil {
				f.Fatal(err)
			}
			f.Add(data)
		}
	}
	f.Add([]byte("Region\n"))
	f.Add([]byte("Kommun\n\n• \n"))
	f.Add([]byte("Projektnummer:\n\nNamn: x\nKommun:\n- a\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		first, err := Parse("fuzz.txt", data, Options{})
		if err != nil {
			return
		}
		second, _ := Parse("fuzz.txt", data, Options{})
		a, errA := json.Marshal(first)
		b, errB := json.Marshal(second)
		if errA != nil || errB != nil {
			t.Fatalf("record does not encode: %v, %v", errA, errB)
		}
		if string(a) != string(b) {
			t.Fatalf("two parses differ:\n%s\n%s", a, b)
		}
		text, _, _ := Decode(data, "")
		r := parseText("fuzz.txt", text)
		for i, u := range r.uses {
			if u.disp == dispNone && !r.lines[i].blank() {
				t.Fatalf("line %d %q is not accounted for", r.lines[i].num, r.lines[i].text)
			}
		}
	})
}
