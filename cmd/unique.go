package cmd

import (
	"fmt"
	"io"
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
type idPlaces struct {
	places   map[string][]parser.Position
	repeated []string // ids read more than once, in the order of their second reading
}

func newIDPlaces() *idPlaces {
	return &idPlaces{places: map[string][]parser.Position{}}
}

// placeOf is where a record's page starts, as its source_path and
// source_line say.
func placeOf(rec *parser.Project) parser.Position {
	return parser.Position{Path: rec.Source.Path, Line: rec.Source.Line}
}

// add notes a record's id, and returns where that id was first read when
// it was read before. A record with no id is never a repeat.
func (ip *idPlaces) add(rec *parser.Project) (first parser.Position, seen bool) {
	if rec.ID == nil {
		return parser.Position{}, false
	}
	places := ip.places[*rec.ID]
	// The id shares the memory of its page's input (ParseOwned): a copy
	// keeps the map from holding every input of the run.
	id := strings.Clone(*rec.ID)
	if len(places) == 1 {
		ip.repeated = append(ip.repeated, id)
	}
	ip.places[id] = append(places, placeOf(rec))
	if len(places) > 0 {
		return places[0], true
	}
	return parser.Position{}, false
}

// laterPlace returns where a record's id was read after it, the last
// time, when it was.
func (ip *idPlaces) laterPlace(rec *parser.Project) (last parser.Position, later bool) {
	if rec.ID == nil {
		return parser.Position{}, false
	}
	places := ip.places[*rec.ID]
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
		places := make([]string, len(ip.places[id]))
		for j, p := range ip.places[id] {
			places[j] = p.String()
		}
		fmt.Fprintf(w, "esf:   %s at %s\n", id, strings.Join(places, ", "))
	}
}
