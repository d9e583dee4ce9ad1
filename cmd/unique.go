package cmd

import (
	"fmt"
	"io"
	"math"
	"path/filepath"
	"strings"

	"github.com/esfdata/esf/parser"
)

// The values of --unique: which record of an id read more than once to keep.
const (
	keepFirst = "first"
	keepLast  = "last"
)

// maxRepeatsShown bounds the ids a summary names: two crawls of the whole
// project bank repeat every id, and a summary of thousands of lines would
// bury the rest of the run's messages. esf validate names them all.
const maxRepeatsShown = 10

// idPlaces notes where each id was read, to report the projects a run read
// more than once (the same page in two crawls, a folder and its copy),
// which would count twice in any sum, and to keep one record of each.
//
// It keeps something for every page of the run, so it keeps it small: the
// ids are copied into an arena of strings, a file's name into one run of
// bytes and its folder's once, a place is eight bytes, and only the ids
// read again keep a list of places.
// At 100,000 pages it holds some 3.4 MB where a map of ids to lists of
// positions held about 10 MB (heap profiles near the end of a run), and
// the garbage collector, which lets the heap grow to a multiple of what is
// live, follows it.
type idPlaces struct {
	first    map[string]place             // where each id was read first
	later    map[string][]parser.Position // where an id read again was read after that
	repeated []string                     // ids read more than once, in the order of their second reading
	files    []fileName                   // the files of the places, each once
	names    []byte                       // the files' names, one after another
	dirs     []string                     // the files' folders, each once
	arena    stringArena                  // the ids and folders
}

// place is a Position in eight bytes: the file's number in files, and the
// line.
type place struct {
	file, line uint32
}

// fileName is a file of places: its folder's number in dirs, and where
// its name ends in names (it begins where the one before ends).
type fileName struct {
	dir, end uint32
}

func newIDPlaces() *idPlaces {
	return &idPlaces{first: map[string]place{}, later: map[string][]parser.Position{}}
}

// placeOf is where a record's page starts, as its source_path and
// source_line say.
func placeOf(rec *parser.Project) parser.Position {
	return parser.Position{Path: rec.Source.Path, Line: rec.Source.Line}
}

// position is the Position of a place.
func (ip *idPlaces) position(p place) parser.Position {
	f, begin := ip.files[p.file], uint32(0)
	if p.file > 0 {
		begin = ip.files[p.file-1].end
	}
	return parser.Position{Path: ip.dirs[f.dir] + string(ip.names[begin:f.end]), Line: int(p.line)}
}

// place is the place of a position, with its file noted. Pages come file
// after file, so a file is noted again only when the last one differs.
func (ip *idPlaces) place(pos parser.Position) place {
	line := uint32(min(max(pos.Line, 0), math.MaxUint32))
	dir, name := filepath.Split(pos.Path)
	if n := len(ip.files); n > 0 {
		last, begin := ip.files[n-1], uint32(0)
		if n > 1 {
			begin = ip.files[n-2].end
		}
		if ip.dirs[last.dir] == dir && string(ip.names[begin:last.end]) == name {
			return place{file: uint32(n - 1), line: line}
		}
	}
	if n := len(ip.dirs); n == 0 || ip.dirs[n-1] != dir {
		ip.dirs = append(ip.dirs, ip.arena.add(dir))
	}
	ip.names = append(ip.names, name...)
	ip.files = append(ip.files, fileName{dir: uint32(len(ip.dirs) - 1), end: uint32(len(ip.names))})
	return place{file: uint32(len(ip.files) - 1), line: line}
}

// add notes a record's id, and returns where that id was first read when
// it was read before. A record with no id is never a repeat.
func (ip *idPlaces) add(rec *parser.Project) (first parser.Position, seen bool) {
	if rec.ID == nil {
		return parser.Position{}, false
	}
	id := *rec.ID
	p, seen := ip.first[id]
	if !seen {
		// The arena's copy: the id shares the memory of its page's input
		// text, which the map would otherwise keep.
		ip.first[ip.arena.add(id)] = ip.place(placeOf(rec))
		return parser.Position{}, false
	}
	later, ok := ip.later[id]
	if !ok {
		id = ip.arena.add(id)
		ip.repeated = append(ip.repeated, id)
	}
	ip.later[id] = append(later, placeOf(rec))
	return ip.position(p), true
}

// places is every place an id was read, in order.
func (ip *idPlaces) places(id string) []parser.Position {
	p, ok := ip.first[id]
	if !ok {
		return nil
	}
	return append([]parser.Position{ip.position(p)}, ip.later[id]...)
}

// laterPlace returns where a record's id was read after it, the last
// time, when it was.
func (ip *idPlaces) laterPlace(rec *parser.Project) (last parser.Position, later bool) {
	if rec.ID == nil {
		return parser.Position{}, false
	}
	places := ip.places(*rec.ID)
	if len(places) == 0 {
		return parser.Position{}, false
	}
	last = places[len(places)-1]
	return last, last != placeOf(rec)
}

// report writes, after the summary, the ids read more than once with
// every place each was read.
func (ip *idPlaces) report(w io.Writer) {
	if len(ip.repeated) == 0 {
		return
	}
	n := len(ip.repeated)
	fmt.Fprintf(w, "esf: %d %s read more than once; --unique first or --unique last keeps one record of each:\n",
		n, plural(n, "project", "projects"))
	for i, id := range ip.repeated {
		if i == maxRepeatsShown {
			fmt.Fprintf(w, "esf:   and %d more (esf validate names them all)\n", n-i)
			break
		}
		places := make([]string, 0, 1+len(ip.later[id]))
		for _, p := range ip.places(id) {
			places = append(places, p.String())
		}
		fmt.Fprintf(w, "esf:   %s at %s\n", id, strings.Join(places, ", "))
	}
}

// stringArena copies strings into large shared blocks, so that many small
// strings kept to the end of a run cost their bytes and not an allocation
// each.
type stringArena struct {
	block strings.Builder
}

// arenaBlock is the size of the arena's blocks.
const arenaBlock = 64 << 10

// add returns a copy of s in the arena. The copy is a slice of the
// block's string: a Builder never changes the bytes it has written, and
// a full block is left to the strings that share it.
func (a *stringArena) add(s string) string {
	if a.block.Cap()-a.block.Len() < len(s) {
		a.block = strings.Builder{}
		a.block.Grow(max(arenaBlock, len(s)))
	}
	a.block.WriteString(s)
	all := a.block.String()
	return all[len(all)-len(s):]
}
