package cmd

import (
	"fmt"
	"io"
	"time"
)

// progressAfter and progressFiles decide when a run is long enough for a
// progress line: after this much time, or from the start with this many
// files.
const (
	progressAfter = 2 * time.Second
	progressFiles = 500
	progressTick  = 250 * time.Millisecond
)

// progress draws "esf: 1200/10000 files, 950 files/s, 9s left" on one
// line of stderr, redrawn in place; for a big input cut in pieces it counts
// pages and megabytes: "esf: 1/1 files, 4213 pages, 31.2 MB, 2410 pages/s".
// It is drawn and cleared by the goroutine that writes every other
// message, so the two never mix.
type progress struct {
	w         io.Writer
	total     int
	done      int
	pages     int
	bytes     int
	pieces    bool // an input was cut in pieces
	start     time.Time
	lastDrawn time.Time
	drawn     bool
	now       func() time.Time
}

// newProgress returns a progress line, or nil when none is wanted; the
// methods of a nil progress do nothing.
func newProgress(w io.Writer, total int, enabled bool) *progress {
	if !enabled || total == 0 {
		return nil
	}
	return &progress{w: w, total: total, start: time.Now(), now: time.Now}
}

// step counts a finished input or piece of one and redraws the line when
// it is due.
func (p *progress) step(in *input) {
	if p == nil {
		return
	}
	p.pages += len(in.recs)
	p.bytes += in.bytes
	p.pieces = p.pieces || in.part > 0
	if in.last {
		p.done++
	}
	now := p.now()
	elapsed := now.Sub(p.start)
	if now.Sub(p.lastDrawn) < progressTick || (p.total < progressFiles && elapsed < progressAfter) {
		return
	}
	line := fmt.Sprintf("esf: %d/%d files", p.done, p.total)
	secs := elapsed.Seconds()
	switch {
	case p.pieces:
		line += fmt.Sprintf(", %d pages, %.1f MB", p.pages, float64(p.bytes)/1e6)
		if secs > 0 {
			line += fmt.Sprintf(", %.0f pages/s", float64(p.pages)/secs)
		}
	case secs > 0:
		rate := float64(p.done) / secs
		left := time.Duration(float64(p.total-p.done) / rate * float64(time.Second)).Round(time.Second)
		line += fmt.Sprintf(", %.0f files/s, %s left", rate, left)
	}
	fmt.Fprintf(p.w, "\r\033[K%s", line)
	p.drawn, p.lastDrawn = true, now
}

// clear removes the line, before a message or at the end of the run.
func (p *progress) clear() {
	if p != nil && p.drawn {
		fmt.Fprint(p.w, "\r\033[K")
		p.drawn = false
	}
}

// messages is stderr for a run with a progress line: each message first
// clears the line.
type messages struct {
	w   io.Writer
	bar *progress
}

func (m messages) Write(b []byte) (int, error) {
	m.bar.clear()
	return m.w.Write(b)
}
