//go:build js && wasm

// Command wasm is esf for the browser page: built with GOOS=js
// GOARCH=wasm, it runs in the page's Web Worker and gives it the functions
// of globalThis.esf, over the same packages as the command line.
package main

import (
	"bytes"
	"encoding/json"
	"syscall/js"

	"github.com/esfdata/esf/web/batch"
)

// The worker hands the files over one by one as it reads them, then has
// them all parsed; the result stays here for the downloads.
var (
	files  []batch.File
	result = &batch.Result{}
)

func main() {
	js.Global().Set("esf", js.ValueOf(map[string]any{
		"add":      js.FuncOf(add),
		"parse":    js.FuncOf(parse),
		"download": js.FuncOf(download),
	}))
	select {} // the functions stay callable as long as the worker lives
}

// add(path, bytes, inFolder) keeps a file for the next parse.
func add(_ js.Value, args []js.Value) any {
	data := make([]byte, args[1].Get("byteLength").Int())
	js.CopyBytesToGo(data, args[1])
	files = append(files, batch.File{Path: args[0].String(), Data: data, InFolder: args[2].Bool()})
	return nil
}

// parse(progress) parses the files added since the last parse, calling
// progress(done, total) about a hundred times, and returns the result's
// batch.View as JSON, or an object with error.
func parse(_ js.Value, args []js.Value) any {
	progress := args[0]
	batch.Order(files)
	step := max(len(files)/100, 1)
	result = batch.Parse(files, func(done, total int) {
		if done%step == 0 || done == total {
			progress.Invoke(done, total)
		}
	})
	files = nil // the records keep what they need of the files
	v, err := result.View()
	if err != nil {
		return failure(err)
	}
	out, err := json.Marshal(v)
	if err != nil {
		return failure(err)
	}
	return string(out)
}

// download(name, fields) returns the bytes of a download as a Uint8Array,
// with the columns of fields (an array; every column when empty), or an
// object with error.
func download(_ js.Value, args []js.Value) any {
	var fields []string
	for i := range args[1].Length() {
		fields = append(fields, args[1].Index(i).String())
	}
	var b bytes.Buffer
	if err := result.Write(&b, args[0].String(), fields); err != nil {
		return failure(err)
	}
	out := js.Global().Get("Uint8Array").New(b.Len())
	js.CopyBytesToJS(out, b.Bytes())
	return out
}

func failure(err error) js.Value {
	return js.ValueOf(map[string]any{"error": err.Error()})
}
