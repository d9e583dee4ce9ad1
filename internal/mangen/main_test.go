package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/esfdata/esf/cmd"
)

// TestManPages writes the man pages and checks that every command has one
// that names each of its flags.
func TestManPages(t *testing.T) {
	dir := t.TempDir()
	if err := write(dir); err != nil {
		t.Fatal(err)
	}
	var check func(c *cobra.Command)
	check = func(c *cobra.Command) {
		if !c.IsAvailableCommand() && c.HasParent() {
			return
		}
		name := strings.ReplaceAll(c.CommandPath(), " ", "-") + ".1"
		page, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Errorf("%s: no man page: %v", c.CommandPath(), err)
			return
		}
		if !strings.HasPrefix(string(page), ".nh\n.TH \"ESF\" \"1\"") {
			t.Errorf("%s: not a man page: %.40q", name, page)
		}
		c.NonInheritedFlags().VisitAll(func(f *pflag.Flag) {
			if !strings.Contains(string(page), `\fB--`+f.Name+`\fP`) {
				t.Errorf("%s does not name --%s", name, f.Name)
			}
		})
		for _, sub := range c.Commands() {
			check(sub)
		}
	}
	check(cmd.Command())
	if _, err := os.Stat(filepath.Join(dir, "esf-parse.1")); err != nil {
		t.Error("no esf-parse.1")
	}
}
