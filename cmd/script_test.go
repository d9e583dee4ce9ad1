package cmd

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
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
			"mkfifo":   cmdMkfifo,
			"hugeline": cmdHugeline,
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

// cmdBinfile writes a file that is not text: the start of a zip archive.
func cmdBinfile(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 1 {
		ts.Fatalf("usage: binfile FILE")
	}
	data := []byte("PK\x03\x04\x14\x00\x00\x00\x08\x00\x00\x00!\x00\x8d\x1a")
	ts.Check(os.WriteFile(ts.MkAbs(args[0]), data, 0o644))
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
