//go:build js && wasm

// Command wasm is esf for the browser page: built with GOOS=js
// GOARCH=wasm, it runs in the page's Web Worker and gives it the functions
// of globalThis.esf, over the same packages as the command line.
package main

import (
	"encoding/json"
	"runtime/debug"
	"strings"
	"syscall/js"

	"github.com/esfdata/esf/web/batch"
)

// gcPercent is the command line's: a run allocates a little for every page
// and keeps the records, so collecting at 4× the live heap rather than 2×
// spends far less time collecting, for memory the page has.
const gcPercent = 400

// A run orders the files, has them added one by one as the worker reads
// them, and finishes; its result stays here for the downloads.
var (
	run    *batch.Parser
	result = &batch.Result{}
)

func main() {
	debug.SetGCPercent(gcPercent)
	js.Global().Set("esf", js.ValueOf(map[string]any{
		"order":    js.FuncOf(order),
		"add":      js.FuncOf(add),
		"finish":   js.FuncOf(finish),
		"table":    js.FuncOf(table),
		"download": js.FuncOf(download),
	}))
	select {} // the functions stay callable as long as the worker lives
}

// order(paths, inFolder) begins a run, and returns the indices of paths in
// the order the files must be added (see batch.Order).
func order(_ js.Value, args []js.Value) any {
	run = batch.NewParser()
	files := make([]batch.File, args[0].Length())
	index := make(map[string]int, len(files))
	for i := range files {
		files[i] = batch.File{Path: args[0].Index(i).String()}
		index[files[i].Path] = i
	}
	batch.Order(files)
	out := make([]any, len(files))
	for i, f := range files {
		out[i] = index[f.Path]
	}
	return js.ValueOf(out)
}

// add(path, bytes, inFolder) reads the run's next file.
func add(_ js.Value, args []js.Value) any {
	data := make([]byte, args[1].Get("byteLength").Int())
	js.CopyBytesToGo(data, args[1])
	run.Add(batch.File{Path: args[0].String(), Data: data, InFolder: args[2].Bool()})
	return nil
}

// finish ends the run and returns its batch.View as JSON, or an object
// with error.
func finish(js.Value, []js.Value) any {
	result, run = run.Result(), nil
	view, err := json.Marshal(result.View())
	if err != nil {
		return failure(err)
	}
	return string(view)
}

// table(indices, fields) returns the table's rows of the records of
// indices (an array, or null for every record) with the columns of fields
// (an array), as batch.Result.Table writes them, or an object with error.
func table(_ js.Value, args []js.Value) any {
	var indices []int
	if !args[0].IsNull() {
		indices = make([]int, args[0].Length())
		for i := range indices {
			indices[i] = args[0].Index(i).Int()
		}
	}
	var b strings.Builder
	if err := result.Table(&b, indices, stringSlice(args[1])); err != nil {
		return failure(err)
	}
	return b.String()
}

// download(name, fields) returns the bytes of a download as a Uint8Array,
// with the columns of fields (an array; every column when empty), or an
// object with error.
func download(_ js.Value, args []js.Value) any {
	var b strings.Builder
	if err := result.Write(&b, args[0].String(), stringSlice(args[1])); err != nil {
		return failure(err)
	}
	out := js.Global().Get("Uint8Array").New(b.Len())
	js.CopyBytesToJS(out, []byte(b.String()))
	return out
}

// stringSlice returns a JavaScript array of strings as a slice.
func stringSlice(array js.Value) []string {
	out := make([]string, array.Length())
	for i := range out {
		out[i] = array.Index(i).String()
	}
	return out
}

func failure(err error) js.Value {
	return js.ValueOf(map[string]any{"error": err.Error()})
}
