//go:build !unix

package cmd

import "github.com/rogpeppe/go-internal/testscript"

// cmdMkfifo is unix-only; scripts guard it with [unix].
func cmdMkfifo(ts *testscript.TestScript, neg bool, args []string) {
	ts.Fatalf("mkfifo: not supported on this system")
}
