//go:build !unix

package cmd

import "os"

// readFile reads a file whole; size is not needed here.
func readFile(path string, _ int64) ([]byte, error) { return os.ReadFile(path) }
