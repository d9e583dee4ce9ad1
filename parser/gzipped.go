package parser

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
)

// A page saved as it came over HTTP with gzip's content encoding (curl
// without --compressed, a proxy's cache, a browser's cache file), or
// gzipped by hand, is read as what it holds: its bytes are inflated before
// anything else looks at them, and its lines are the inflated text's.

// ErrGzip is the error for gzipped input that does not inflate.
var ErrGzip = errors.New("unreadable gzip data")

// maxGunzipped caps what a gzipped input inflates to: a page is some
// kilobytes, a printout of ten thousand pages some ten megabytes.
const maxGunzipped = 256 << 20

// isGzip reports gzip's magic bytes, and the deflate method after them.
func isGzip(data []byte) bool {
	return len(data) >= 3 && data[0] == 0x1f && data[1] == 0x8b && data[2] == 8
}

// gunzipped returns the bytes gzipped data inflates to; ok is false for
// data that is not gzipped.
func gunzipped(data []byte) (out []byte, ok bool, err error) {
	return gunzipUpTo(data, maxGunzipped)
}

func gunzipUpTo(data []byte, limit int) (out []byte, ok bool, err error) {
	if !isGzip(data) {
		return data, false, nil
	}
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, true, fmt.Errorf("%w: %v", ErrGzip, err)
	}
	out, err = io.ReadAll(io.LimitReader(zr, int64(limit)+1))
	switch {
	case len(out) > limit:
		return nil, true, fmt.Errorf("%w: inflates to more than %d MB", ErrGzip, limit>>20)
	case err != nil:
		return nil, true, fmt.Errorf("%w: %v", ErrGzip, err)
	}
	return out, true, nil
}
