package validate

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/esfdata/esf/parser"
)

// FuzzParseAndCheck runs what esf parse and esf validate run on an input:
// the parser, the contradiction rules on each record, then every rule.
// Whatever the page, none of it may panic, and every diagnostic names a
// field of the record.
func FuzzParseAndCheck(f *testing.F) {
	for _, dir := range []string{"../testdata/pages", "../testdata/variants", "../testdata/invalid"} {
		files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
		for _, file := range files {
			if data, err := os.ReadFile(file); err == nil {
				f.Add(data)
			}
		}
	}
	f.Add([]byte("X\n\nProjektnummer:\n2020/00634\nProjektperiod:\nsaknas\n"))
	f.Add([]byte("X\n\nProjektnummer;2020/00634\nProjektperiod;-\nRegion;Sydsverige\n"))
	ch, err := NewChecker(Config{})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		recs, err := parser.Parse("page.txt", data, parser.Options{})
		if err != nil {
			return
		}
		for _, rec := range recs {
			Annotate(rec)
			for _, w := range rec.Warnings {
				if w.Key >= parser.NumRecordKeys {
					t.Errorf("a warning names %v, no field of the record: %v", w.Key, w)
				}
			}
			for _, d := range ch.Check(rec) {
				if d.Pos.Line < 0 {
					t.Errorf("a diagnostic on line %d: %v", d.Pos.Line, d)
				}
			}
		}
	})
}
