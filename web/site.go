// Package web builds the browser page, a static site: its own files, esf
// compiled to WebAssembly (./wasm), and Go's JavaScript support for it.
// Any static host serves the folder Build writes.
package web

import (
	"bytes"
	"embed"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

//go:embed static
var static embed.FS

// wasmPackage is the page's esf, built with GOOS=js GOARCH=wasm.
const wasmPackage = "github.com/esfdata/esf/web/wasm"

// Build writes the site into dir, building esf.wasm with the go command
// goCmd ("go" when empty).
func Build(dir, goCmd string) error {
	if goCmd == "" {
		goCmd = "go"
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	// The page's files, written over those of an earlier build.
	err := fs.WalkDir(static, "static", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := static.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dir, d.Name()), data, 0o644)
	})
	if err != nil {
		return err
	}
	// Symbols and file paths are of no use in the browser and would make
	// the download larger.
	build := exec.Command(goCmd, "build", "-trimpath", "-ldflags=-s -w", "-o", filepath.Join(dir, "esf.wasm"), wasmPackage)
	build.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	if out, err := build.CombinedOutput(); err != nil {
		return fmt.Errorf("building esf.wasm: %v\n%s", err, out)
	}
	// wasm_exec.js must come from the Go that built esf.wasm.
	var root bytes.Buffer
	env := exec.Command(goCmd, "env", "GOROOT")
	env.Stdout = &root
	if err := env.Run(); err != nil {
		return fmt.Errorf("finding GOROOT: %v", err)
	}
	support, err := os.ReadFile(filepath.Join(strings.TrimSpace(root.String()), "lib", "wasm", "wasm_exec.js"))
	if err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, "wasm_exec.js"), support, 0o644)
}
