package cmd

import (
	"archive/tar"
	"archive/zip"
	"bytes"
	"compress/gzip"
	"database/sql"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"

	"github.com/esfdata/esf/internal/schematest"
)

var updateScripts = flag.Bool("update", false, "rewrite the expected output in testdata/script from what esf writes")

func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"esf": func() { os.Exit(Execute()) },
	})
}

// TestScripts runs the command-line sessions in testdata/script: each is a
// txtar file with its input pages, the commands, and the expected output
// and exit status. $TESTDATA is the repository's testdata folder.
func TestScripts(t *testing.T) {
	testdata, err := filepath.Abs("../testdata")
	if err != nil {
		t.Fatal(err)
	}
	testscript.Run(t, testscript.Params{
		Dir:           filepath.Join(testdata, "script"),
		UpdateScripts: *updateScripts,
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			"binfile":  cmdBinfile,
			"archive":  cmdArchive,
			"mkfifo":   cmdMkfifo,
			"hugeline": cmdHugeline,
			"conforms": cmdConforms,
			"sqlquery": cmdSQLQuery,
		},
		Condition: func(cond string) (bool, error) {
			if cond == "root" {
				return os.Geteuid() == 0, nil
			}
			return false, fmt.Errorf("unknown condition %q", cond)
		},
		Setup: func(env *testscript.Env) error {
			env.Setenv("TESTDATA", testdata)
			env.Setenv("XDG_CONFIG_HOME", filepath.Join(env.WorkDir, ".config"))
			return nil
		},
	})
}

// cmdBinfile writes a file that is not text: the start of a zip archive,
// or with 7z the start of a 7-Zip one.
func cmdBinfile(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) < 1 || len(args) > 2 {
		ts.Fatalf("usage: binfile FILE [7z]")
	}
	data := []byte("PK\x03\x04\x14\x00\x00\x00\x08\x00\x00\x00!\x00\x8d\x1a")
	if len(args) == 2 {
		data = []byte("7z\xbc\xaf\x27\x1c\x00\x04")
	}
	ts.Check(os.WriteFile(ts.MkAbs(args[0]), data, 0o644))
}

// cmdArchive packs files into an archive of the kind its name ends in:
// .zip, .tar, .tgz (a gzipped tar), or .gz (one file gzipped). A file is
// packed under the name given, "name=file" packs file under name.
func cmdArchive(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) < 2 {
		ts.Fatalf("usage: archive OUT [NAME=]FILE...")
	}
	type file struct {
		name string
		data []byte
	}
	var files []file
	for _, a := range args[1:] {
		name, path, ok := strings.Cut(a, "=")
		if !ok {
			path = name
		}
		data, err := os.ReadFile(ts.MkAbs(path))
		ts.Check(err)
		files = append(files, file{name, data})
	}
	var b bytes.Buffer
	out := args[0]
	switch {
	case strings.HasSuffix(out, ".zip"):
		w := zip.NewWriter(&b)
		for _, f := range files {
			fw, err := w.Create(f.name)
			ts.Check(err)
			_, err = fw.Write(f.data)
			ts.Check(err)
		}
		ts.Check(w.Close())
	case strings.HasSuffix(out, ".tar"), strings.HasSuffix(out, ".tgz"):
		var tb bytes.Buffer
		w := tar.NewWriter(&tb)
		for _, f := range files {
			ts.Check(w.WriteHeader(&tar.Header{Name: f.name, Typeflag: tar.TypeReg, Size: int64(len(f.data)), Mode: 0o644}))
			_, err := w.Write(f.data)
			ts.Check(err)
		}
		ts.Check(w.Close())
		if strings.HasSuffix(out, ".tar") {
			b = tb
			break
		}
		gw := gzip.NewWriter(&b)
		_, err := gw.Write(tb.Bytes())
		ts.Check(err)
		ts.Check(gw.Close())
	case strings.HasSuffix(out, ".gz"):
		gw := gzip.NewWriter(&b)
		_, err := gw.Write(files[0].data)
		ts.Check(err)
		ts.Check(gw.Close())
	default:
		ts.Fatalf("archive: unknown kind %s", out)
	}
	ts.Check(os.WriteFile(ts.MkAbs(out), b.Bytes(), 0o644))
}

// cmdHugeline writes a page whose summary is one line of SIZE bytes.
func cmdHugeline(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 2 {
		ts.Fatalf("usage: hugeline FILE SIZE")
	}
	size, err := strconv.Atoi(args[1])
	ts.Check(err)
	page := "Projektnummer:\n2020/00634\nNamn:\nStor sida\n\n" + strings.Repeat("x", size) + "\n"
	ts.Check(os.WriteFile(ts.MkAbs(args[0]), []byte(page), 0o644))
}

// cmdConforms validates a file esf wrote against a JSON Schema esf wrote:
// .json whole, .ndjson by line, .yaml by document.
func cmdConforms(ts *testscript.TestScript, neg bool, args []string) {
	if len(args) != 2 {
		ts.Fatalf("usage: conforms SCHEMA FILE")
	}
	schema, err := schematest.Compile([]byte(ts.ReadFile(args[0])))
	if err != nil {
		ts.Fatalf("%s: %v", args[0], err)
	}
	docs, err := schematest.Documents(strings.TrimPrefix(filepath.Ext(args[1]), "."), []byte(ts.ReadFile(args[1])))
	if err != nil {
		ts.Fatalf("%s: %v", args[1], err)
	}
	var failed error
	for i, d := range docs {
		if err := schema.Validate(d); err != nil && failed == nil {
			failed = fmt.Errorf("%s: document %d: %v", args[1], i+1, err)
		}
	}
	switch {
	case failed != nil && !neg:
		ts.Fatalf("%v", failed)
	case failed == nil && neg:
		ts.Fatalf("%s conforms to %s", args[1], args[0])
	}
}

// cmdSQLQuery runs a query on a database esf wrote, as the sqlite3 shell
// would, and prints the rows with | between columns.
func cmdSQLQuery(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 2 {
		ts.Fatalf("usage: sqlquery DB QUERY")
	}
	db, err := sql.Open("sqlite", "file:"+ts.MkAbs(args[0])+"?mode=ro")
	ts.Check(err)
	defer db.Close()
	rows, err := db.Query(args[1])
	ts.Check(err)
	defer rows.Close()
	cols, err := rows.Columns()
	ts.Check(err)
	for rows.Next() {
		cells := make([]sql.NullString, len(cols))
		ptrs := make([]any, len(cols))
		for i := range cells {
			ptrs[i] = &cells[i]
		}
		ts.Check(rows.Scan(ptrs...))
		out := make([]string, len(cells))
		for i, c := range cells {
			out[i] = c.String
		}
		fmt.Fprintln(ts.Stdout(), strings.Join(out, "|"))
	}
	ts.Check(rows.Err())
}
