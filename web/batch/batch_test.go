package batch

import (
	"archive/zip"
	"bytes"
	"compress/gzip"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/esfdata/esf/cmd"
	"github.com/esfdata/esf/internal/inputs"
)

// pasted is text pasted into the page, read as standard input.
const pasted = "2015/00764 - Klistrad\nProjektägare\nKlistra AB\nRegion\nStockholm\n"

// load reads what the page would be given for args, run in dir: each
// folder with every file under it, hidden ones included, as a dropped
// folder gives them; each file by itself. The files come shuffled, as a
// browser may hand them over in any order.
func load(t *testing.T, dir string, args ...string) []File {
	t.Helper()
	var files []File
	for _, arg := range args {
		if arg == inputs.Stdin {
			files = append(files, File{Path: inputs.Stdin, Data: []byte(pasted)})
			continue
		}
		err := filepath.WalkDir(filepath.Join(dir, arg), func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			data, err := os.ReadFile(path)
			rel, _ := filepath.Rel(dir, path)
			files = append(files, File{Path: filepath.ToSlash(rel), Data: data, InFolder: rel != arg})
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	rand.Shuffle(len(files), func(i, j int) { files[i], files[j] = files[j], files[i] })
	return files
}

// esfParse runs the command line in dir and returns what it writes.
func esfParse(t *testing.T, dir string, args ...string) []byte {
	t.Helper()
	t.Chdir(dir)
	var out, errs bytes.Buffer
	code := cmd.Run(append([]string{"parse", "-q"}, args...), cmd.Streams{In: strings.NewReader(pasted), Out: &out, Err: &errs})
	if code != 0 {
		t.Fatalf("esf parse %s: exit %d: %s", strings.Join(args, " "), code, errs.String())
	}
	return out.Bytes()
}

// TestDownloadsAreTheCommandLines holds every download to what esf parse
// writes for the same files: folders with pages, saved web pages and their
// assets, files given by themselves, and pasted text.
func TestDownloadsAreTheCommandLines(t *testing.T) {
	dir, err := filepath.Abs("../../testdata")
	if err != nil {
		t.Fatal(err)
	}
	args := []string{"encodings", "html", "multi/seeds_cat.txt", "pages", "variants", inputs.Stdin}
	files := load(t, dir, args...)
	Order(files)
	r := Parse(files, nil)
	if len(r.Records) == 0 || len(r.Skipped) == 0 {
		t.Fatalf("%d records, %d skipped; want some of each", len(r.Records), len(r.Skipped))
	}
	for _, fields := range [][]string{nil, {"id", "name", "source"}} {
		for _, d := range Downloads {
			var got bytes.Buffer
			if err := r.Write(&got, d.Name, fields); err != nil {
				t.Fatal(err)
			}
			flags := strings.Fields(d.Flags)
			if fields != nil {
				flags = append(flags, "--fields", strings.Join(fields, ","))
			}
			want := esfParse(t, dir, append(flags, args...)...)
			if !bytes.Equal(got.Bytes(), want) {
				t.Errorf("%s with fields %v: %d bytes differ from esf parse %s's %d", d.Name, fields, got.Len(), strings.Join(flags, " "), len(want))
			}
		}
	}
}

// TestFolderRules holds the files read from a dropped folder to those the
// command line's walk reads.
func TestFolderRules(t *testing.T) {
	dir := t.TempDir()
	page, err := os.ReadFile("../../testdata/pages/000_79b1cc7135eb8e4d.txt")
	if err != nil {
		t.Fatal(err)
	}
	names := []string{"d/a.txt", "d/a/b.txt", "d/a.txt.bak", "d/.hidden.txt", "d/.git/c.txt", "d/B.TXT",
		"d/p_files/x.htm", "d/page.HTML", "d/sub/deeper/e.txt", "d.txt", ".named.txt", "d/notes.md"}
	for _, name := range names {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, page, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// Archives are read as folders, by the same rules.
	var zipped bytes.Buffer
	zw := zip.NewWriter(&zipped)
	for _, name := range []string{"in/a.txt", ".hidden.txt", "__MACOSX/._a.txt", "b.md", "c.csv"} {
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write(page)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	var gz bytes.Buffer
	gw := gzip.NewWriter(&gz)
	gw.Write(page)
	gw.Close()
	for name, data := range map[string][]byte{"d/pages.zip": zipped.Bytes(), "d/page.txt.gz": gz.Bytes(), "named.zip": zipped.Bytes()} {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	args := []string{".named.txt", "d", "d.txt", "named.zip"}
	want := strings.Fields(string(esfParse(t, dir, append([]string{"--format", "csv", "--fields", "source_path"}, args...)...)))[1:]
	files := load(t, dir, args...)
	Order(files)
	var got []string
	for _, rec := range Parse(files, nil).Records {
		got = append(got, rec.Source.Path)
	}
	if !slices.Equal(got, want) {
		t.Errorf("records of\n%q\nwant those of esf parse\n%q", got, want)
	}
}

// TestTable holds the table's cells to the records' values, line breaks
// and tabs included, as the page reads them, for every record or some, with
// every column or some.
func TestTable(t *testing.T) {
	files := load(t, "../../testdata", "variants")
	Order(files)
	r := Parse(files, nil)
	// As the page's worker.js splits the table.
	unescape := strings.NewReplacer(`\t`, "\t", `\n`, "\n", `\r`, "\r", `\\`, `\`)
	table := func(indices []int, fields []string) [][]string {
		var b strings.Builder
		if err := r.Table(&b, indices, fields); err != nil {
			t.Fatal(err)
		}
		var rows [][]string
		for _, line := range strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n") {
			rows = append(rows, strings.Split(line, "\t"))
		}
		return rows
	}
	all := table(nil, nil)
	cols := r.View().Columns
	if len(all) != 1+len(r.Records) {
		t.Fatalf("%d lines for %d records", len(all), len(r.Records))
	}
	name := slices.IndexFunc(cols, func(c ViewColumn) bool { return c.Name == "name" })
	summary := slices.IndexFunc(cols, func(c ViewColumn) bool { return c.Name == "summary" })
	if header := all[0]; len(header) != len(cols) || header[name] != "name" {
		t.Fatalf("header %q for columns %v", header, cols)
	}
	for i, rec := range r.Records {
		cells := all[i+1]
		if len(cells) != len(cols) {
			t.Fatalf("row %d has %d cells for %d columns", i, len(cells), len(cols))
		}
		if rec.Name != nil && unescape.Replace(cells[name]) != *rec.Name {
			t.Errorf("row %d: name %q, want %q", i, cells[name], *rec.Name)
		}
		if rec.Summary != nil && unescape.Replace(cells[summary]) != *rec.Summary {
			t.Errorf("row %d: summary %q, want %q", i, cells[summary], *rec.Summary)
		}
	}
	some := table([]int{3, 1}, []string{"summary", "name"})
	want := [][]string{{"summary", "name"}, {all[4][summary], all[4][name]}, {all[2][summary], all[2][name]}}
	if !slices.EqualFunc(some, want, slices.Equal) {
		t.Errorf("rows 3 and 1, summary and name:\n%q\nwant\n%q", some, want)
	}
	var b strings.Builder
	if err := r.Table(&b, []int{len(r.Records)}, nil); err == nil {
		t.Error("a record past the last gave no error")
	}
}
