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
// and renamed into place when the run has written everything. A target that
// is not a regular file (/dev/null, /dev/stdout, a named pipe, a terminal)
// is written directly: renaming a file onto it would replace the device or
// pipe with a plain file. A symbolic link to a file stays a link; the file
// it names is the one replaced.
type output struct {
	io.Writer
	file   *os.File
	final  string
	direct *os.File
}

func openOutput(path string, stdout io.Writer) (*output, error) {
	if path == "" || path == "-" {
		return &output{Writer: stdout}, nil
	}
	info, err := os.Stat(path)
	switch {
	case err == nil && info.IsDir():
		return nil, fmt.Errorf("writing %s: is a directory", path)
	case err == nil && !info.Mode().IsRegular():
		f, err := os.OpenFile(path, os.O_WRONLY, 0)
		if err != nil {
			return nil, targetError(path, err)
		}
		return &output{Writer: f, direct: f}, nil
	case err == nil:
		if real, err := filepath.EvalSymlinks(path); err == nil {
			path = real
		}
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
	if o.direct != nil {
		if err := o.direct.Close(); err != nil {
			return targetError(o.direct.Name(), err)
		}
		return nil
	}
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
// same name as it was. What went to a target written directly stays sent.
func (o *output) abort() {
	if o.direct != nil {
		o.direct.Close()
	}
	if o.file != nil {
		o.file.Close()
		os.Remove(o.file.Name())
	}
}
