// Command esf reads the Swedish ESF council's project pages into one clean
// table. See README.md, or run esf --help.
package main

import (
	"os"

	"github.com/esfdata/esf/cmd"
)

func main() {
	os.Exit(cmd.Execute())
}
