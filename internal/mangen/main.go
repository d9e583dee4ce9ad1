// Command mangen writes a man page for every esf command into a folder:
//
//	go run ./internal/mangen man
//
// (make man). The pages are made by cobra/doc from the commands' own help,
// so they cannot drift from it. SOURCE_DATE_EPOCH, if set, dates them.
package main

import (
	"fmt"
	"os"

	"github.com/spf13/cobra/doc"

	"github.com/esfdata/esf/cmd"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: mangen DIR")
		os.Exit(2)
	}
	if err := write(os.Args[1]); err != nil {
		fmt.Fprintln(os.Stderr, "mangen:", err)
		os.Exit(1)
	}
}

// write writes esf.1, esf-parse.1 and the rest into dir.
func write(dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	root := cmd.Command()
	root.DisableAutoGenTag = true
	return doc.GenManTree(root, &doc.GenManHeader{
		Title:   "ESF",
		Section: "1",
		Source:  "esf",
		Manual:  "esf manual",
	}, dir)
}
