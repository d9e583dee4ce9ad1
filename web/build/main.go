// Command build writes the browser page into a folder: go run ./web/build
// [-go GO] DIR (make web).
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/esfdata/esf/web"
)

func main() {
	goCmd := flag.String("go", "go", "the go command that builds esf.wasm")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: go run ./web/build [-go GO] DIR")
		os.Exit(2)
	}
	if err := web.Build(flag.Arg(0), *goCmd); err != nil {
		fmt.Fprintln(os.Stderr, "web:", err)
		os.Exit(1)
	}
}
