//go:build unix

package cmd

import (
	"io/fs"
	"syscall"
)

// readFile reads a file whole, as os.ReadFile does, in four calls to the
// system (open, read, read to the end, close) where an os.File makes ten:
// it asks whether the file can be polled, setting and unsetting its
// blocking twice, and for the size the walk knew. On a folder of small
// pages the calls are much of a run. size is the file's size when known,
// or -1; a file that grew since is read to its end all the same.
func readFile(path string, size int64) ([]byte, error) {
	var fd int
	var err error
	for {
		fd, err = syscall.Open(path, syscall.O_RDONLY|syscall.O_CLOEXEC, 0)
		if err != syscall.EINTR {
			break
		}
	}
	if err != nil {
		return nil, &fs.PathError{Op: "open", Path: path, Err: err}
	}
	defer syscall.Close(fd)
	if size < 0 || size > 1<<30 {
		size = 511
	}
	// One byte over the size, so that the file's end is met without
	// growing the buffer.
	data := make([]byte, 0, size+1)
	for {
		if len(data) == cap(data) {
			data = append(data, 0)[:len(data)]
		}
		n, err := syscall.Read(fd, data[len(data):cap(data)])
		switch {
		case err == syscall.EINTR:
			continue
		case err != nil:
			return nil, &fs.PathError{Op: "read", Path: path, Err: err}
		case n == 0:
			return data, nil
		}
		data = data[:len(data)+n]
	}
}
