package cmd

import (
	"flag"
	"os"
	"path/filepath"
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
		Setup: func(env *testscript.Env) error {
			env.Setenv("TESTDATA", testdata)
			env.Setenv("XDG_CONFIG_HOME", filepath.Join(env.WorkDir, ".config"))
			return nil
		},
	})
}
