// Package snapshot reads back what esf wrote: NDJSON, JSON, CSV (plain or
// for Excel), TSV and SQLite outputs of esf parse, as records. It tells
// such a file from a project page by its first bytes, so that a command
// can take either where it reads records.
//
// A record read back holds what the output held: a column left out with
// --fields is missing (nil), and CSV, TSV and SQLite cannot tell an empty
// text from a missing one, nor keep a list item that holds "; " whole.
package snapshot

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"sync"

	"github.com/esfdata/esf/parser"
)

// Format is the kind of output a snapshot is.
type Format string

// The formats a snapshot may be in. None is an input that is not one.
const (
	None   Format = ""
	NDJSON Format = "ndjson"
	JSON   Format = "json"
	CSV    Format = "csv"
	TSV    Format = "tsv"
	SQLite Format = "sqlite"
)

// SniffLen is how much of the start of an input Sniff needs at most.
const SniffLen = 64 << 10

// sqliteMagic begins every SQLite database file.
var sqliteMagic = []byte("SQLite format 3\x00")

// utf8BOM begins the CSV esf writes for Excel.
var utf8BOM = []byte("\uFEFF")

// Sniff tells from the start of an input whether esf wrote it, and in
// which format: a SQLite database by its magic bytes; JSON and NDJSON by
// a first record whose keys are all esf's, spelt as esf writes them (an
// array of records, or a record a line); CSV and TSV by a header row of
// esf's column names. A project page (text or HTML) begins with none of
// them, nor does JSON of another program, which is read as text then.
//
// head is the whole input when it is shorter than SniffLen. A first
// record longer than that is taken for esf's when the keys in head are,
// and the reader checks the rest of them.
func Sniff(head []byte) Format {
	if bytes.HasPrefix(head, sqliteMagic) {
		return SQLite
	}
	whole := len(head) < SniffLen
	head = bytes.TrimPrefix(head, utf8BOM)
	trimmed := bytes.TrimLeft(head, " \t\r\n")
	switch {
	case bytes.HasPrefix(trimmed, []byte("[")):
		if sniffArray(trimmed, whole) {
			return JSON
		}
	case bytes.HasPrefix(trimmed, []byte("{")):
		if sniffLine(trimmed, whole) {
			return NDJSON
		}
	}
	if _, format, ok := sniffHeader(head); ok {
		return format
	}
	return None
}

// sniffLine tells a line of esf's NDJSON at the start of head: a record
// whose keys are all esf's, and nothing after it on its line. esf writes
// a record on one line: one that goes on past its line is none of esf's.
// When whole is false, a record that goes on past head is taken for
// esf's by what head holds of it: esf's keys, one at least.
func sniffLine(head []byte, whole bool) bool {
	line, _, found := bytes.Cut(head, []byte("\n"))
	s := keyScanner{b: line}
	n, err := s.object(recordShape())
	s.space()
	switch err {
	case nil:
		return n > 0 && s.i == len(line)
	case errShort:
		return n > 0 && !whole && !found
	}
	return false
}

// sniffArray tells a JSON array of esf's records at the start of head,
// or an empty one, by its first record.
func sniffArray(head []byte, whole bool) bool {
	s := keyScanner{b: head, i: 1}
	s.space()
	switch {
	case s.i == len(head):
		return !whole
	case head[s.i] == ']':
		return true
	case head[s.i] != '{':
		return false
	}
	n, err := s.object(recordShape())
	if err == nil {
		// The first record decides: what follows it may be cut short.
		if err = s.expect(',', ']'); err == errShort {
			err = nil
		}
	}
	switch err {
	case nil:
		return n > 0
	case errShort:
		return n > 0 && !whole
	}
	return false
}

// ErrNotSnapshot is returned for an input that esf did not write.
var ErrNotSnapshot = errors.New("not an output of esf")

// Use takes a record read back, with the line of the snapshot it stands
// on (for a JSON array or a database, its number).
type Use func(rec *parser.Project, line int) error

// Want chooses the records to read by their lines; nil reads every one.
// The others are passed over without being decoded, which makes reading
// a few records of a large snapshot again cheap.
type Want func(line int) bool

// ReadFile reads the records of the snapshot at path that want takes, in
// order, handing each to use, and returns the snapshot's format. A file
// that is not a snapshot gives ErrNotSnapshot, having handed nothing over.
func ReadFile(path string, want Want, use Use) (Format, error) {
	f, err := os.Open(path)
	if err != nil {
		return None, err
	}
	defer f.Close()
	br := bufio.NewReaderSize(f, SniffLen)
	head, err := br.Peek(SniffLen)
	if err != nil && err != io.EOF && !errors.Is(err, bufio.ErrBufferFull) {
		return None, err
	}
	format := Sniff(head)
	if format == SQLite {
		return format, readSQLite(path, want, use)
	}
	return format, read(br, format, path, want, use)
}

// Read reads the records of a snapshot from r (standard input, say),
// handing each to use; name stands for r in messages and in the source of
// a record that has none. An input that is not a snapshot gives
// ErrNotSnapshot, having handed nothing over. A SQLite database must be a
// file: see ReadFile.
func Read(r io.Reader, name string, want Want, use Use) (Format, error) {
	br := bufio.NewReaderSize(r, SniffLen)
	head, err := br.Peek(SniffLen)
	if err != nil && err != io.EOF && !errors.Is(err, bufio.ErrBufferFull) {
		return None, err
	}
	format := Sniff(head)
	if format == SQLite {
		return format, fmt.Errorf("%s: a SQLite database is read from a file, not a stream", name)
	}
	return format, read(br, format, name, want, use)
}

func read(br *bufio.Reader, format Format, name string, want Want, use Use) error {
	if want == nil {
		want = func(int) bool { return true }
	}
	switch format {
	case NDJSON:
		return readNDJSON(br, name, want, use)
	case JSON:
		return readJSON(br, name, want, use)
	case CSV, TSV:
		return readFlat(br, name, want, use)
	}
	return ErrNotSnapshot
}

// ndjsonBatch is how many bytes of lines a goroutine decodes at a time:
// enough that handing batches around costs nothing beside decoding them,
// few enough that the batches in flight stay small.
const ndjsonBatch = 1 << 20

// batch is a run of lines of an NDJSON snapshot and their records.
type batch struct {
	first int // the line number of lines[0]
	lines [][]byte
	recs  []*parser.Project // nil for a line passed over
	err   error             // of the line after the last record in recs
	done  chan struct{}     // closed when decoded
}

func (b *batch) decode(name string, want Want) {
	defer close(b.done)
	b.recs = make([]*parser.Project, len(b.lines))
	for i, l := range b.lines {
		line := b.first + i
		if !want(line) || len(bytes.TrimSpace(l)) == 0 {
			continue
		}
		rec := &parser.Project{}
		err := json.Unmarshal(l, rec)
		if err == nil {
			err = checkRecord(l)
		}
		if err != nil {
			b.err = fmt.Errorf("%s:%d: %v", name, line, err)
			return
		}
		placeRecord(rec, name, line)
		b.recs[i] = rec
	}
	b.lines = nil
}

// readNDJSON reads one record a line; blank lines are passed over.
// Decoding JSON costs more than reading the page it came from, so lines
// are decoded a batch at a time by as many goroutines as there are
// processors, and handed over in order.
func readNDJSON(br *bufio.Reader, name string, want Want, use Use) error {
	workers := runtime.GOMAXPROCS(0)
	todo := make(chan *batch)
	inOrder := make(chan *batch, 2*workers)
	stop := make(chan struct{})
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for b := range todo {
				b.decode(name, want)
			}
		}()
	}
	var readErr error // set before inOrder closes
	go func() {
		defer close(inOrder)
		defer close(todo)
		for line, eof := 1, false; !eof; {
			b := &batch{first: line, done: make(chan struct{})}
			for size := 0; size < ndjsonBatch && !eof; {
				l, err := br.ReadBytes('\n')
				if len(l) > 0 {
					b.lines = append(b.lines, l)
					size += len(l)
					line++
				}
				if err != nil {
					if err != io.EOF {
						readErr = fmt.Errorf("%s: %v", name, err)
					}
					eof = true
				}
			}
			select {
			case inOrder <- b:
			case <-stop:
				return
			}
			select {
			case todo <- b:
			case <-stop:
				close(b.done)
				return
			}
		}
	}()
	var err error
	for b := range inOrder {
		if err != nil {
			continue // drain, so that the reader ends
		}
		<-b.done
		for i, rec := range b.recs {
			if rec == nil {
				continue
			}
			if err = use(rec, b.first+i); err != nil {
				break
			}
		}
		if err == nil {
			err = b.err
		}
		if err != nil {
			close(stop)
		}
	}
	wg.Wait()
	if err == nil {
		err = readErr
	}
	return err
}

// readJSON reads an array of records, one at a time.
func readJSON(br *bufio.Reader, name string, want Want, use Use) error {
	dec := json.NewDecoder(br)
	if _, err := dec.Token(); err != nil { // the opening bracket
		return fmt.Errorf("%s: %v", name, err)
	}
	for n := 1; dec.More(); n++ {
		if !want(n) {
			var skip json.RawMessage
			if err := dec.Decode(&skip); err != nil {
				return fmt.Errorf("%s: record %d: %v", name, n, err)
			}
			continue
		}
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return fmt.Errorf("%s: record %d: %v", name, n, err)
		}
		rec := &parser.Project{}
		err := json.Unmarshal(raw, rec)
		if err == nil {
			err = checkRecord(raw)
		}
		if err != nil {
			return fmt.Errorf("%s: record %d: %v", name, n, err)
		}
		// The array's records are numbered, not their lines: an array
		// may be written on one line.
		placeRecord(rec, name, n)
		if err := use(rec, n); err != nil {
			return err
		}
	}
	if _, err := dec.Token(); err != nil {
		return fmt.Errorf("%s: %v", name, err)
	}
	return nil
}

// placeRecord gives a record read without its source (left out with
// --fields) the snapshot's name and the record's line in it, so that it
// can still be pointed at.
func placeRecord(rec *parser.Project, name string, line int) {
	if rec.Source.Path == "" {
		rec.Source.Path, rec.Source.Line = name, line
	}
}
