package cmd

import (
	"errors"
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
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	f, err := os.CreateTemp(dir, "."+base+".tmp-*")
	if err != nil {
		return nil, err
	}
	return &output{Writer: f, file: f, final: path}, nil
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
		return errors.Join(errors.New("writing "+o.final), err)
	}
	return nil
}

// abort drops a file that was not written whole, leaving any file of the
// same name as it was.
func (o *output) abort() {
	if o.file != nil {
		o.file.Close()
		os.Remove(o.file.Name())
	}
}
