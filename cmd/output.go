package cmd

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

// output is where a run writes its records: stdout, or a file that appears
// whole or not at all, written through a temporary file in the same folder
// and renamed into place when the run has written everything.
type output struct {
	io.Writer
	file  *os.File
	final string
}

func openOutput(path string, stdout io.Writer) (*output, error) {
	if path == "" || path == "-" {
		return &output{Writer: stdout}, nil
	}
	if info, err := os.Stat(path); err == nil && info.IsDir() {
		return nil, fmt.Errorf("writing %s: is a directory", path)
	}
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	f, err := os.CreateTemp(dir, "."+base+".tmp-*")
	if err != nil {
		return nil, targetError(path, err)
	}
	return &output{Writer: f, file: f, final: path}, nil
}

// path is the file being written, or "" for stdout.
func (o *output) path() string {
	if o.file == nil {
		return ""
	}
	return o.file.Name()
}

// commit puts a written file in place. Its mode follows the usual umask
// for new files rather than the temporary file's 0600.
func (o *output) commit() error {
	if o.file == nil {
		return nil
	}
	err := o.file.Sync()
	if cerr := o.file.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(o.file.Name(), 0o644)
	}
	if err == nil {
		err = os.Rename(o.file.Name(), o.final)
	}
	if err != nil {
		os.Remove(o.file.Name())
		return targetError(o.final, err)
	}
	return nil
}

// targetError names the file the user asked for, not the temporary file
// that an *os.PathError or *os.LinkError would name: "writing out.csv:
// permission denied".
func targetError(path string, err error) error {
	var pe *os.PathError
	var le *os.LinkError
	switch {
	case errors.As(err, &pe):
		err = pe.Err
	case errors.As(err, &le):
		err = le.Err
	}
	return fmt.Errorf("writing %s: %w", path, err)
}

// abort drops a file that was not written whole, leaving any file of the
// same name as it was.
func (o *output) abort() {
	if o.file != nil {
		o.file.Close()
		os.Remove(o.file.Name())
	}
}
