//go:build js && wasm

package export

// databaseFormats is empty in the WebAssembly build: modernc's SQLite does
// not build for it (see sqlite_format.go).
var databaseFormats []format
