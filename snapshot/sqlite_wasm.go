//go:build js && wasm

package snapshot

import "errors"

// readSQLite reads no database in the browser's build, which leaves the
// SQLite library out (it does not build for WebAssembly).
func readSQLite(path string, _ Want, _ Use) error {
	return errors.New(path + ": a SQLite database is not read in the browser; export it as NDJSON or CSV")
}
