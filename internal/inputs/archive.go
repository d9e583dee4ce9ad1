package inputs

import (
	"archive/tar"
	"archive/zip"
	"bufio"
	"bytes"
	"compress/bzip2"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"path"
	"strings"
	"unicode"
	"unicode/utf8"
)

// An archive of pages (a .zip mailed, a .tar.gz kept, a page.txt.gz) is
// read as a folder: each file in it is an input of its own, named by the
// archive's path and its name in the archive, "pages.zip/2021/a.txt", and
// taken or passed over by the rules of a walk (the pattern, hidden names).
// A compressed file that holds no archive (page.txt.gz) is the one input
// it holds, named by the compressed file's own path.

// Archive kinds, as Sniff tells them.
const (
	NoArchive = ""
	Zip       = "zip"
	Tar       = "tar"
	Gzip      = "gzip"
	Bzip2     = "bzip2"
)

// SniffLen is how many of an input's first bytes Sniff needs.
const SniffLen = 512

// Errors for archives esf cannot open.
var (
	// ErrArchiveKind is an archive in a format the standard library does
	// not read.
	ErrArchiveKind = errors.New("archive of a kind esf does not read; unpack it and read its files")
	// ErrMemberSize is a file in an archive that unpacks past
	// MaxMemberSize: a compression bomb more likely than a page.
	ErrMemberSize = fmt.Errorf("unpacks to more than %d MB, not read", MaxMemberSize>>20)
	// ErrArchiveSize is a file of an archive past MaxArchiveSize.
	ErrArchiveSize = fmt.Errorf("the archive unpacks to more than %d MB in all; this file and those after it are not read", MaxArchiveSize>>20)
	// ErrNesting is an archive inside archives MaxNesting deep.
	ErrNesting = fmt.Errorf("an archive inside %d archives, not read", MaxNesting)
	// ErrDocument is a zip that is a document (Word, LibreOffice, a
	// workbook, an e-book), to be read whole.
	ErrDocument = errors.New("a document, not an archive")
)

// MaxMemberSize caps a file unpacked from an archive. A page is some
// kilobytes, a printout of ten thousand pages some ten megabytes; a file
// that unpacks past this is a compression bomb.
const MaxMemberSize = 128 << 20

// MaxArchiveSize caps what an archive unpacks to, all its files and the
// archives inside them told together: a compression bomb of many files,
// or of archives inside archives, stops there.
const MaxArchiveSize = 512 << 20

// MaxNesting caps archives inside archives: a .zip mailed inside a .zip
// is read, a chain deeper than this is not.
const MaxNesting = 4

// Sniff tells an archive by its first bytes (SniffLen or fewer). A zip
// that is a document (Word, LibreOffice, a workbook, an e-book) is none:
// its kind is read by the parser, whole. otherKind names an archive esf
// cannot open (7-Zip, RAR, xz, zstd), for the error.
func Sniff(head []byte) (kind, otherKind string) {
	switch {
	case bytes.HasPrefix(head, []byte("PK\x03\x04")) || bytes.HasPrefix(head, []byte("PK\x05\x06")):
		if zipDocument(head) {
			return NoArchive, ""
		}
		return Zip, ""
	case bytes.HasPrefix(head, []byte{0x1f, 0x8b}):
		return Gzip, ""
	case bytes.HasPrefix(head, []byte("BZh")) && len(head) > 3 && head[3] >= '1' && head[3] <= '9':
		return Bzip2, ""
	case len(head) >= 262 && string(head[257:262]) == "ustar":
		return Tar, ""
	case bytes.HasPrefix(head, []byte("7z\xbc\xaf\x27\x1c")):
		return NoArchive, "7-Zip"
	case bytes.HasPrefix(head, []byte("Rar!\x1a\x07")):
		return NoArchive, "RAR"
	case bytes.HasPrefix(head, []byte("\xfd7zXZ\x00")):
		return NoArchive, "xz"
	case bytes.HasPrefix(head, []byte{0x28, 0xb5, 0x2f, 0xfd}):
		return NoArchive, "zstd"
	}
	return NoArchive, ""
}

// zipDocument reports a zip whose first entry marks a document: Office
// Open XML names its content types first, OpenDocument and EPUB a
// "mimetype" entry. A zip's first local header holds its name.
func zipDocument(head []byte) bool {
	if len(head) < 30 || !bytes.HasPrefix(head, []byte("PK\x03\x04")) {
		return false
	}
	n := int(head[26]) | int(head[27])<<8
	name := string(head[30:min(len(head), 30+n)])
	return name == "[Content_Types].xml" || name == "mimetype" ||
		strings.HasPrefix(name, "word/") || strings.HasPrefix(name, "xl/") || strings.HasPrefix(name, "_rels/")
}

// Member is one file of an archive, or the Problem it gives.
type Member struct {
	Path    string
	Data    []byte
	Problem *Problem
}

// Unpack yields the files of the archive at path, of size bytes read
// through r, in the archive's order, by the walk's rules: a file whose
// name the pattern does not take, or a hidden one, is a quiet skipped
// Problem, and an archive inside is unpacked in its place. kind is what
// Sniff told. It returns an error for an archive it cannot open or read
// on; the files yielded before it stand. It stops when yield returns
// false.
func Unpack(path string, r io.ReaderAt, size int64, kind, pattern string, yield func(Member) bool) error {
	u := unpacker{pattern: pattern, yield: yield, limit: MaxMemberSize, left: MaxArchiveSize}
	_, err := u.unpack(path, r, size, kind, 1)
	return err
}

type unpacker struct {
	pattern string
	yield   func(Member) bool
	limit   int64 // MaxMemberSize, or less in a test
	left    int64 // the bytes the archive may yet unpack to, all told
}

// unpack reads one archive, depth archives deep; more is false once yield
// asked to stop.
func (u *unpacker) unpack(path string, r io.ReaderAt, size int64, kind string, depth int) (more bool, err error) {
	switch kind {
	case Zip:
		return u.zip(path, r, size, depth)
	case Tar:
		return u.tar(path, io.NewSectionReader(r, 0, size), depth)
	case Gzip, Bzip2:
		return u.compressed(path, io.NewSectionReader(r, 0, size), kind, depth)
	}
	return true, ErrArchiveKind
}

func (u *unpacker) zip(path string, r io.ReaderAt, size int64, depth int) (bool, error) {
	zr, err := zip.NewReader(r, size)
	if err != nil {
		return true, fmt.Errorf("unreadable zip archive: %w", err)
	}
	for _, f := range zr.File {
		switch f.Name {
		case "[Content_Types].xml", "mimetype", "word/document.xml", "META-INF/MANIFEST.MF":
			return true, ErrDocument
		}
	}
	for _, f := range zr.File {
		if f.FileInfo().IsDir() {
			continue
		}
		name, inner := memberPath(path, f.Name)
		if !u.takes(inner) {
			if !u.quiet(name, inner) {
				return false, nil
			}
			continue
		}
		rc, err := f.Open()
		var data []byte
		if err == nil {
			data, err = u.read(rc)
			rc.Close()
		}
		if !u.member(name, data, err, depth) {
			return false, nil
		}
	}
	return true, nil
}

func (u *unpacker) tar(path string, r io.Reader, depth int) (bool, error) {
	tr := tar.NewReader(r)
	for {
		h, err := tr.Next()
		if err == io.EOF {
			return true, nil
		}
		if err != nil {
			return true, fmt.Errorf("unreadable tar archive: %w", err)
		}
		if h.Typeflag != tar.TypeReg {
			continue // folders, links, devices
		}
		name, inner := memberPath(path, h.Name)
		if !u.takes(inner) {
			if !u.quiet(name, inner) {
				return false, nil
			}
			continue
		}
		data, err := u.read(tr)
		if errors.Is(err, ErrMemberSize) || errors.Is(err, ErrArchiveSize) {
			// The rest of a member too big is not read: the archive
			// goes on from the next header.
			if !u.member(name, nil, err, depth) {
				return false, nil
			}
			continue
		}
		if err != nil {
			return true, fmt.Errorf("unreadable tar archive at %s: %w", h.Name, err)
		}
		if !u.member(name, data, nil, depth) {
			return false, nil
		}
	}
}

// compressed reads a gzip or bzip2 stream: a tar inside is unpacked, any
// other content is the one input, under the compressed file's path.
func (u *unpacker) compressed(path string, r io.Reader, kind string, depth int) (bool, error) {
	var zr io.Reader
	if kind == Gzip {
		g, err := gzip.NewReader(r)
		if err != nil {
			return true, fmt.Errorf("unreadable gzip file: %w", err)
		}
		defer g.Close()
		zr = g
	} else {
		zr = bzip2.NewReader(r)
	}
	br := bufio.NewReaderSize(zr, SniffLen)
	head, _ := br.Peek(SniffLen)
	if inner, _ := Sniff(head); inner == Tar {
		return u.tar(path, br, depth)
	}
	data, err := u.read(br)
	if err != nil && !errors.Is(err, ErrMemberSize) && !errors.Is(err, ErrArchiveSize) {
		err = fmt.Errorf("unreadable %s file: %w", kind, err)
	}
	return u.member(path, data, err, depth), nil
}

// member yields a file read from an archive, or unpacks it when it is an
// archive itself.
func (u *unpacker) member(name string, data []byte, err error, depth int) bool {
	if err != nil {
		return u.yield(Member{Path: name, Problem: &Problem{Path: name, Err: err}})
	}
	kind, other := Sniff(data[:min(len(data), SniffLen)])
	switch {
	case other != "":
		return u.yield(Member{Path: name, Problem: &Problem{Path: name, Err: fmt.Errorf("%s %w", other, ErrArchiveKind)}})
	case kind == NoArchive:
		return u.yield(Member{Path: name, Data: data})
	case depth >= MaxNesting:
		return u.yield(Member{Path: name, Problem: &Problem{Path: name, Err: ErrNesting}})
	}
	more, err := u.unpack(name, bytes.NewReader(data), int64(len(data)), kind, depth+1)
	if errors.Is(err, ErrDocument) {
		return u.yield(Member{Path: name, Data: data})
	}
	if err != nil && more {
		return u.yield(Member{Path: name, Problem: &Problem{Path: name, Err: err}})
	}
	return more
}

// takes reports a file of the archive the walk would read: no hidden
// folder or file on its way (macOS's __MACOSX forks among them), and a
// name the pattern takes, or an archive inside, which is read as a folder.
func (u *unpacker) takes(name string) bool {
	parts := strings.Split(name, "/")
	for i, p := range parts {
		if PassedOver(p, i < len(parts)-1) != nil || p == "__MACOSX" {
			return false
		}
	}
	return Takes(parts[len(parts)-1], u.pattern)
}

// Takes reports a file's base name that a walk reads by pattern: a name
// the pattern takes, or an archive's, read as a folder; a file compressed
// by itself (projects.csv.gz, page.html.gz) is taken by the name under its
// compression.
func Takes(base, pattern string) bool {
	if inner := Uncompressed(base); inner != base && !Match(inner, "*.tar") {
		return Match(inner, pattern) || Match(inner, ArchivePattern)
	}
	return Match(base, pattern) || Match(base, ArchivePattern)
}

// quiet yields a file the walk's rules pass over, to be counted.
func (u *unpacker) quiet(full, name string) bool {
	err := ErrNoMatch
	for _, p := range strings.Split(name, "/") {
		if e := PassedOver(p, false); e != nil || p == "__MACOSX" {
			err = ErrHidden
			break
		}
	}
	return u.yield(Member{Path: full, Problem: &Problem{Path: full, Err: err, Skipped: true, Quiet: true}})
}

// memberPath names a file of the archive at archive: inner is its name in
// the archive, cleaned ("./a.txt", "a//b.txt", "\dir\a.txt" and "/a.txt"
// all name what they mean, a control character or a byte that is no
// UTF-8 a "?"), full that name under the archive's path.
func memberPath(archive, name string) (full, inner string) {
	name = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) || r == utf8.RuneError {
			return '?' // no terminal's escape, no line of its own in a message
		}
		return r
	}, strings.ReplaceAll(name, `\`, "/"))
	inner = strings.TrimPrefix(path.Clean("/"+name), "/")
	return archive + "/" + inner, inner
}

// read reads a member whole, up to the limit, and up to what the
// archive may yet unpack to.
func (u *unpacker) read(r io.Reader) ([]byte, error) {
	limit := min(u.limit, u.left)
	data, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, err
	}
	switch {
	case int64(len(data)) > u.limit:
		return nil, ErrMemberSize
	case int64(len(data)) > limit:
		u.left = 0
		return nil, ErrArchiveSize
	}
	u.left -= int64(len(data))
	return data, nil
}

// ArchivePattern takes the names of the archives a walk reads as folders.
const ArchivePattern = "*.zip,*.tar,*.tgz,*.tbz2,*.gz,*.bz2"

// ArchiveName reports a name that marks an archive or a compressed file.
func ArchiveName(name string) bool {
	return Match(path.Base(strings.ReplaceAll(name, `\`, "/")), ArchivePattern)
}

// Uncompressed is a name with the ending of its compression taken off,
// "page.html" for "page.html.gz": what a compressed file holds is told by
// the name under it.
func Uncompressed(name string) string {
	lower := strings.ToLower(name)
	for _, ext := range []string{".gz", ".bz2"} {
		if strings.HasSuffix(lower, ext) {
			return name[:len(name)-len(ext)]
		}
	}
	return name
}
