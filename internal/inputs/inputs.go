// Package inputs finds the pages a command reads: files named on the
// command line, and files under directories walked in sorted order.
package inputs

import (
	"errors"
	"fmt"
	"io/fs"
	"iter"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/esfdata/esf/parser"
)

// FormatOf tells an input's kind (parser.Formats) by its name and bytes,
// for the command line and the browser page alike.
func FormatOf(path string, data []byte) string {
	return parser.DetectFormat(Uncompressed(path), data)
}

// Stdin is the path that stands for standard input.
const Stdin = "-"

// Problem is a path that yields no input, and why.
type Problem struct {
	Path string
	Err  error
	// Skipped marks a path passed over on purpose (a FIFO, a socket, a
	// device, a file in a folder that the pattern does not take); other
	// problems fail the run.
	Skipped bool
	// Quiet marks a skipped path that is only counted, and named when
	// asked to: a file the pattern does not take, a hidden file.
	Quiet bool
}

func (p Problem) Error() string { return p.Path + ": " + p.Err.Error() }

// Errors for paths that yield no input.
var (
	ErrNotRegular = errors.New("not a regular file, skipped")
	ErrDangling   = errors.New("broken symbolic link")
	ErrCycle      = errors.New("symbolic link loops back to a folder being walked, skipped")
	ErrHidden     = errors.New("hidden, skipped")
	ErrNoMatch    = errors.New("name does not match the pattern, skipped")
	ErrRepeated   = errors.New("already read, skipped")
	ErrAssets     = errors.New("the assets of a saved web page, skipped")
)

// Input is one file to read, or a path that gives none, with the Problem.
type Input struct {
	Path    string
	Problem *Problem
}

// Walk yields the files to read, in order, as it finds them: each named
// file as it is, each directory walked recursively in sorted order, keeping
// the files whose base name matches pattern (filepath.Match patterns
// separated by commas, matched without regard to case; empty matches every
// file). The other files, hidden files and folders, and the _files folders
// of saved web pages, are yielded as quiet skipped Problems, so that they
// can be counted; symbolic links are followed, and a link back into a folder
// being walked is not. A file reached twice is read once. Stdin stands for
// itself. A path that gives no file is yielded in its place with its
// Problem. Nothing is held but the folders being walked and, when several
// paths are given, the names of the files yielded.
func Walk(paths []string, pattern string) iter.Seq[Input] {
	return func(yield func(Input) bool) {
		c := &walker{pattern: pattern, yield: yield}
		// One folder or file reaches each file once; only several paths,
		// which may overlap, need the names of the files yielded.
		c.dedupe = len(paths) > 1
		for _, p := range paths {
			if p == Stdin {
				if !yield(Input{Path: Stdin}) {
					return
				}
				continue
			}
			if !c.named(p) {
				return
			}
		}
	}
}

// CheckPattern reports a malformed pattern.
func CheckPattern(pattern string) error {
	for _, p := range strings.Split(pattern, ",") {
		if _, err := filepath.Match(strings.TrimSpace(p), ""); err != nil {
			return fmt.Errorf("bad --glob pattern %q: %w", p, err)
		}
	}
	return nil
}

// DefaultPattern takes the files pages are kept in: text copies, pages
// saved from a browser, Markdown notes, Word and LibreOffice documents,
// pages printed to PDF,
// saved e-mails and
// web archives (.mht, .mhtml, Safari's .webarchive), and archives of any of them (.zip, .tar, .tgz, .gz, .bz2),
// read as folders. Spreadsheets are read when named or globbed: a folder of
// pages often holds the CSV that esf wrote from them.
const DefaultPattern = PagePattern + "," + ArchivePattern

// PagePattern takes the files of pages a walk reads by default.
const PagePattern = "*.txt,*.html,*.htm,*.md,*.markdown,*.docx,*.odt,*.pdf,*.eml,*.mht,*.mhtml,*.webarchive"

type walker struct {
	pattern string
	yield   func(Input) bool
	// walking holds the real paths of the folders being walked, to stop
	// at a symbolic link that leads back into one of them.
	walking []string
	// walked holds the real paths of the folders walked, so that a folder
	// reached again by another path (a link to a sibling) is read once.
	walked map[string]bool
	// seen holds the real paths of the files yielded, when dedupe.
	seen   map[string]bool
	dedupe bool
}

// file and problem yield an input; they report false when the consumer
// wants no more. A file named twice (pages/ pages/a.txt) is read once;
// the second time it is a quiet skipped Problem. real is the file's path
// with its folder's links resolved, or "" to resolve it here.
func (c *walker) file(path, real string) bool {
	if !c.dedupe {
		if len(c.seen) > 0 && real != "" && c.seen[real] {
			return c.quiet(path, ErrRepeated) // read through a link before
		}
		return c.yield(Input{Path: path})
	}
	key := real
	if key == "" {
		key = path
		if r, err := filepath.EvalSymlinks(path); err == nil {
			key = r
		}
		if abs, err := filepath.Abs(key); err == nil {
			key = abs
		}
	}
	if c.seen[key] {
		return c.quiet(path, ErrRepeated)
	}
	if c.seen == nil {
		c.seen = map[string]bool{}
	}
	c.seen[key] = true
	return c.yield(Input{Path: path})
}

func (c *walker) problem(path string, err error, skipped bool) bool {
	return c.yield(Input{Path: path, Problem: &Problem{Path: path, Err: err, Skipped: skipped}})
}

// named handles a path given on the command line: a file is read whatever
// its name, a folder is walked.
func (c *walker) named(path string) bool {
	info, err := os.Stat(path)
	if err != nil {
		if _, lerr := os.Lstat(path); lerr == nil {
			return c.problem(path, ErrDangling, false)
		}
		return c.problem(path, describe(err), false)
	}
	switch {
	case info.IsDir():
		return c.walk(path)
	case info.Mode().IsRegular():
		return c.file(path, "")
	}
	return c.problem(path, ErrNotRegular, true)
}

func (c *walker) walk(dir string) bool {
	real, err := filepath.EvalSymlinks(dir)
	if err != nil {
		return c.problem(dir, describe(err), false)
	}
	if abs, err := filepath.Abs(real); err == nil {
		real = abs
	}
	if slices.Contains(c.walking, real) {
		return c.problem(dir, ErrCycle, true)
	}
	if c.walked[real] {
		// A link to a folder walked already, or the folder a link led
		// to before: its files were read by the other path.
		return c.quiet(dir, ErrRepeated)
	}
	if c.walked == nil {
		c.walked = map[string]bool{}
	}
	c.walked[real] = true
	c.walking = append(c.walking, real)
	defer func() { c.walking = c.walking[:len(c.walking)-1] }()

	entries, err := os.ReadDir(dir)
	if err != nil && len(entries) == 0 {
		return c.problem(dir, describe(err), false)
	}
	// ReadDir sorts by name, so every run sees the same order.
	for _, e := range entries {
		name := e.Name()
		path := filepath.Join(dir, name)
		if err := PassedOver(name, e.IsDir()); err != nil {
			if !c.quiet(path, err) {
				return false
			}
			continue
		}
		mode := e.Type()
		if mode&fs.ModeSymlink != 0 {
			info, err := os.Stat(path)
			if err != nil {
				if !c.problem(path, ErrDangling, false) {
					return false
				}
				continue
			}
			mode = info.Mode().Type()
		}
		ok := true
		switch {
		case mode.IsDir():
			ok = c.walk(path)
		case !mode.IsRegular():
			if c.matches(name) {
				ok = c.problem(path, ErrNotRegular, true)
			}
		case c.matches(name) && mode == e.Type():
			ok = c.file(path, filepath.Join(real, name))
		case c.matches(name):
			ok = c.linkedFile(path)
		default:
			ok = c.quiet(path, ErrNoMatch)
		}
		if !ok {
			return false
		}
	}
	if err != nil {
		return c.problem(dir, describe(err), false)
	}
	return true
}

// linkedFile yields a link to a file, unless the walk reads its target by
// the target's own path before or after it; a target read after it is
// noted, to be passed over then.
func (c *walker) linkedFile(path string) bool {
	target, err := filepath.EvalSymlinks(path)
	if err == nil {
		target, err = filepath.Abs(target)
	}
	if err != nil || c.dedupe {
		return c.file(path, target)
	}
	dir, name := filepath.Split(target)
	dir = filepath.Clean(dir)
	if c.walked[dir] && PassedOver(name, false) == nil && c.matches(name) && c.readBefore(dir, name, path) {
		return c.quiet(path, ErrRepeated)
	}
	if c.seen == nil {
		c.seen = map[string]bool{}
	}
	c.seen[target] = true
	return c.yield(Input{Path: path})
}

// readBefore reports whether the file name of the walked folder dir was
// yielded before the walk reached path: dir is walked whole, or name
// sorts before the entry of dir the walk is in.
func (c *walker) readBefore(dir, name, path string) bool {
	i := slices.Index(c.walking, dir)
	if i < 0 {
		return true
	}
	at := filepath.Base(path) // the link, in dir itself
	if i+1 < len(c.walking) {
		at = filepath.Base(c.walking[i+1]) // the folder of dir the walk is in
	}
	return name < at
}

// PassedOver tells why a walk passes over a folder's entry by its name
// alone, or returns nil: hidden files and folders (ErrHidden), and the
// _files folder beside a page saved as "Web page, complete" (ErrAssets).
// The browser page applies it to the folders dropped on it.
func PassedOver(name string, dir bool) error {
	switch {
	case strings.HasPrefix(name, "."):
		return ErrHidden
	case dir && strings.HasSuffix(strings.ToLower(name), "_files"):
		return ErrAssets
	}
	return nil
}

// quiet yields a path passed over on purpose, to be counted.
func (c *walker) quiet(path string, err error) bool {
	return c.yield(Input{Path: path, Problem: &Problem{Path: path, Err: err, Skipped: true, Quiet: true}})
}

// matches reports a name the pattern takes, in any case: *.txt takes
// PAGE.TXT and Page.Txt, as on the file systems of Windows and macOS.
func (c *walker) matches(name string) bool {
	if inner := Uncompressed(name); inner != name && !Match(inner, "*.tar") {
		return Takes(name, c.pattern) // by the name under its compression
	}
	return Match(name, c.pattern)
}

// Match reports whether pattern (filepath.Match patterns separated by
// commas; empty matches everything) takes a file's base name, in any case.
func Match(name, pattern string) bool {
	if pattern == "" {
		return true
	}
	name = strings.ToLower(name)
	for _, p := range strings.Split(strings.ToLower(pattern), ",") {
		if ok, _ := filepath.Match(strings.TrimSpace(p), name); ok {
			return true
		}
	}
	return false
}

// describe shortens the errors of the os package to their cause: the path
// is already in the message.
func describe(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return errors.New("no such file or folder")
	case errors.Is(err, fs.ErrPermission):
		return errors.New("permission denied")
	}
	return err
}
