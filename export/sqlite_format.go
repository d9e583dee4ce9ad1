//go:build !(js && wasm)

package export

import "io"

// databaseFormats are the formats that need a database engine. modernc's
// SQLite does not build for WebAssembly, so the browser build has none.
var databaseFormats = []format{
	{"sqlite", true, func(w io.Writer, sel Selection, opts Options) (Writer, error) {
		return newSQLiteWriter(w, sel, opts)
	}},
}
