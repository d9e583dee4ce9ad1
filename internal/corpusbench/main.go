// Command corpusbench measures esf end to end on a corpus: wall time,
// pages/s, MB/s and peak RSS of `esf parse` in each format, beside `cat`
// over the same files, which is the floor, and beside the regular
// expressions a user might write instead (a Python script).
//
//	go run ./internal/corpusbench -esf bin/esf -runs 3 -formats csv,yaml DIR
//	go run ./internal/corpusbench -peer ../shared/bench/peer_regex.py -startup page.txt DIR
//	go run ./internal/corpusbench -formats xlsx,sqlite -memory BIGDIR DIR
//	go run ./internal/corpusbench -esf bin/esf,bin/esf-before -formats csv,sqlite DIR
//	go run ./internal/corpusbench -single -memory BIGDIR DIR
//
// The commands take turns, a round at a time, and each one's median is
// reported: a machine whose load changes during the run slows them all
// alike. Several binaries (-esf A,B) take turns the same way, so that two
// builds are compared in one run, each format beside the same binary's
// csv. Binary formats (xlsx, sqlite) are written to a temporary file with
// -o, as a user writes them; the text formats go to /dev/null.
package main

import (
	"flag"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"time"
)

func main() {
	esf := flag.String("esf", "bin/esf", "the esf binary, or several, comma-separated, to compare builds")
	runs := flag.Int("runs", 3, "rounds; each command's median is reported")
	formats := flag.String("formats", "csv", "esf's output formats, comma-separated; each is timed beside csv")
	peer := flag.String("peer", "", "a script that parses the corpus with regular expressions (python3 SCRIPT DIR), timed beside esf's csv")
	startup := flag.String("startup", "", "a page: time one-page runs of esf --format csv beside cat")
	memory := flag.String("memory", "", "a larger corpus: the peak RSS of -memory-formats on it, one run each")
	memoryFormats := flag.String("memory-formats", "xlsx,sqlite", "the formats -memory measures, beside csv")
	single := flag.Bool("single", false, "also time the corpus's pages in one input (a cat of them all) beside the same pages as files; with -memory, the larger corpus too")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: corpusbench [-esf BIN] [-runs N] [-formats F,G] [-peer SCRIPT] [-startup PAGE] [-memory DIR] DIR")
		os.Exit(2)
	}
	b := &bench{esf: strings.Split(*esf, ","), runs: *runs}
	err := b.corpus(flag.Arg(0), strings.Split(*formats, ","), *peer)
	if err == nil && *single {
		err = b.single(flag.Arg(0), max(b.runs, 1))
	}
	if err == nil && *startup != "" {
		err = b.startup(*startup)
	}
	if err == nil && *memory != "" {
		err = b.memory(*memory, strings.Split(*memoryFormats, ","))
	}
	if err == nil && *memory != "" && *single {
		err = b.single(*memory, 1)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "corpusbench:", err)
		os.Exit(1)
	}
}

type bench struct {
	esf  []string // the binaries compared
	runs int
}

// label names a command of binary i: "esf csv" with one binary, the
// binary's file name ("esf-before csv") with several.
func (b *bench) label(i int, what string) string {
	if len(b.esf) == 1 {
		return "esf " + what
	}
	return filepath.Base(b.esf[i]) + " " + what
}

type result struct {
	wall   time.Duration
	maxRSS int64 // bytes
}

// A command is one line of the report.
type command struct {
	name string
	cmd  func() *exec.Cmd
	out  string   // the file it writes, if any: its size is reported
	csv  *command // the same binary's csv, for the × csv column
	rs   []result
}

func (c *command) median() result {
	rs := slices.Clone(c.rs)
	slices.SortFunc(rs, func(a, b result) int { return int(a.wall - b.wall) })
	return rs[len(rs)/2]
}

// corpus times cat, esf in each format and the peer script over dir.
func (b *bench) corpus(dir string, formats []string, peer string) error {
	files, size, err := pages(dir)
	if err != nil {
		return err
	}
	list, err := os.CreateTemp("", "corpusbench-*.list")
	if err != nil {
		return err
	}
	defer os.Remove(list.Name())
	list.WriteString(strings.Join(files, "\x00"))
	list.Close()
	out, err := os.MkdirTemp("", "corpusbench-*")
	if err != nil {
		return err
	}
	defer os.RemoveAll(out)

	cat := &command{name: "cat", cmd: func() *exec.Cmd { return exec.Command("xargs", "-0", "-a", list.Name(), "cat") }}
	cmds := []*command{cat}
	if !slices.Contains(formats, "csv") {
		formats = append([]string{"csv"}, formats...)
	}
	var csvs []*command
	for i := range b.esf {
		var csv *command
		for _, format := range formats {
			c := b.esfCommand(i, format, dir, out)
			if format == "csv" {
				csv = c
			}
			c.csv = csv
			cmds = append(cmds, c)
		}
		csvs = append(csvs, csv)
	}
	cat.csv = csvs[0]
	// The peer script writes its CSV to standard output; esf is timed
	// beside it doing the same, both into /dev/null.
	var peerCmd, csvOut *command
	if peer != "" {
		if _, err := os.Stat(peer); err != nil {
			fmt.Printf("no peer script: %v\n", err)
		} else {
			csvOut = &command{name: b.label(0, "csv >null"), csv: csvs[0], cmd: func() *exec.Cmd {
				return exec.Command(b.esf[0], "parse", "--format", "csv", "--quiet", dir)
			}}
			peerCmd = &command{name: "peer regex", csv: csvs[0], cmd: func() *exec.Cmd { return exec.Command("python3", peer, dir) }}
			cmds = append(cmds, csvOut, peerCmd)
		}
	}
	run(cat.cmd()) // warm the page cache
	if err := takeTurns(cmds, max(b.runs, 1)); err != nil {
		return err
	}
	mb := float64(size) / 1e6
	fmt.Printf("corpus %d pages, %.1f MB, %s; median of %d rounds\n", len(files), mb, dir, max(b.runs, 1))
	fmt.Printf("%-20s %8s %9s %8s %9s %8s %7s %8s\n", "run", "time", "pages/s", "MB/s", "peak RSS", "output", "× cat", "× csv")
	for _, c := range cmds {
		m := c.median()
		rss, output := "", ""
		if c != cat {
			rss = fmt.Sprintf("%.1f MB", float64(m.maxRSS)/1e6)
		}
		if c.out != "" {
			if info, err := os.Stat(c.out); err == nil {
				output = fmt.Sprintf("%.1f MB", float64(info.Size())/1e6)
			}
		}
		fmt.Printf("%-20s %7.3fs %9.0f %8.1f %9s %8s %7.2f %8.2f\n", c.name, m.wall.Seconds(),
			float64(len(files))/m.wall.Seconds(), mb/m.wall.Seconds(), rss, output,
			m.wall.Seconds()/cat.median().wall.Seconds(), m.wall.Seconds()/c.csv.median().wall.Seconds())
	}
	if peerCmd != nil {
		fmt.Printf("esf csv is %.1f× faster than the peer regex script, both writing to /dev/null\n",
			peerCmd.median().wall.Seconds()/csvOut.median().wall.Seconds())
	}
	return nil
}

// esfCommand is esf parse in one format, writing to a file in out (so
// that its size can be told) or, for text piped to the next program, to
// /dev/null.
func (b *bench) esfCommand(i int, format, dir, out string) *command {
	c := &command{name: b.label(i, format), out: filepath.Join(out, fmt.Sprintf("out%d.%s", i, format))}
	c.cmd = func() *exec.Cmd {
		return exec.Command(b.esf[i], "parse", "--format", format, "--quiet", "-o", c.out, dir)
	}
	return c
}

// single times esf over the corpus's pages in one input, the cat of them
// all, beside the same pages as files and beside cat of the one input:
// a long printout or a folder pasted into one file is cut where its pages
// begin and read like files, in memory that follows the pieces in flight.
func (b *bench) single(dir string, runs int) error {
	files, size, err := pages(dir)
	if err != nil {
		return err
	}
	whole, err := os.CreateTemp("", "corpusbench-*.txt")
	if err != nil {
		return err
	}
	defer os.Remove(whole.Name())
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			return err
		}
		// Joined as cat joins them.
		if _, err := whole.Write(data); err != nil {
			return err
		}
	}
	if err := whole.Close(); err != nil {
		return err
	}
	cat := &command{name: "cat, one input", cmd: func() *exec.Cmd { return exec.Command("cat", whole.Name()) }}
	cmds := []*command{cat}
	for i, bin := range b.esf {
		asFiles := &command{name: b.label(i, "csv, files"), cmd: func() *exec.Cmd {
			return exec.Command(bin, "parse", "--format", "csv", "--quiet", dir)
		}}
		oneInput := &command{name: b.label(i, "csv, one input"), csv: asFiles, cmd: func() *exec.Cmd {
			return exec.Command(bin, "parse", "--format", "csv", "--quiet", whole.Name())
		}}
		asFiles.csv = asFiles
		cmds = append(cmds, asFiles, oneInput)
	}
	cat.csv = cmds[1]
	run(cat.cmd()) // warm the page cache
	if err := takeTurns(cmds, runs); err != nil {
		return err
	}
	fmt.Printf("one input of %d pages, %.1f MB, from %s; median of %d rounds\n", len(files), float64(size)/1e6, dir, runs)
	fmt.Printf("%-24s %8s %9s %7s %10s\n", "run", "time", "peak RSS", "× cat", "× files")
	for _, c := range cmds {
		m := c.median()
		rss := ""
		if c != cat {
			rss = fmt.Sprintf("%.1f MB", float64(m.maxRSS)/1e6)
		}
		fmt.Printf("%-24s %7.3fs %9s %7.2f %10.2f\n", c.name, m.wall.Seconds(), rss,
			m.wall.Seconds()/cat.median().wall.Seconds(), m.wall.Seconds()/c.csv.median().wall.Seconds())
	}
	return nil
}

// startup times runs of esf on one page beside cat on it: what a script
// that calls esf once per file pays each time.
func (b *bench) startup(page string) error {
	const n = 200
	cat := &command{name: "cat, 1 page", cmd: func() *exec.Cmd { return exec.Command("cat", page) }}
	cmds := []*command{cat}
	for i, bin := range b.esf {
		cmds = append(cmds, &command{name: b.label(i, "csv, 1 page"), cmd: func() *exec.Cmd {
			return exec.Command(bin, "parse", "--format", "csv", "--quiet", page)
		}})
	}
	if err := takeTurns(cmds, n); err != nil {
		return err
	}
	fmt.Printf("one page, %d runs each, taking turns\n", n)
	for _, c := range cmds {
		m := c.median()
		least := slices.MinFunc(c.rs, func(a, b result) int { return int(a.wall - b.wall) })
		fmt.Printf("%-22s median %6.2f ms  least %6.2f ms  peak RSS %5.1f MB\n", c.name,
			float64(m.wall.Microseconds())/1000, float64(least.wall.Microseconds())/1000, float64(m.maxRSS)/1e6)
	}
	return nil
}

// memory runs the formats once each on a larger corpus and reports their
// peak RSS beside csv's, to show that memory does not grow with the run.
func (b *bench) memory(dir string, formats []string) error {
	files, size, err := pages(dir)
	if err != nil {
		return err
	}
	out, err := os.MkdirTemp("", "corpusbench-*")
	if err != nil {
		return err
	}
	defer os.RemoveAll(out)
	if !slices.Contains(formats, "csv") {
		formats = append([]string{"csv"}, formats...)
	}
	fmt.Printf("corpus %d pages, %.1f MB, %s; one run each\n", len(files), float64(size)/1e6, dir)
	var csv time.Duration
	for _, format := range formats {
		c := b.esfCommand(0, format, dir, out)
		r, err := run(c.cmd())
		if err != nil {
			return fmt.Errorf("%s: %w", c.name, err)
		}
		if format == "csv" {
			csv = r.wall
		}
		info, _ := os.Stat(c.out)
		fmt.Printf("%-14s %7.3fs  peak RSS %6.1f MB  output %7.1f MB  %5.2f× csv\n", c.name, r.wall.Seconds(),
			float64(r.maxRSS)/1e6, float64(info.Size())/1e6, r.wall.Seconds()/csv.Seconds())
		os.Remove(c.out)
	}
	return nil
}

// pages lists the .txt files under dir and their total size. dir may be
// a symbolic link to the corpus.
func pages(dir string) ([]string, int64, error) {
	var files []string
	var size int64
	root, err := filepath.EvalSymlinks(dir)
	if err != nil {
		return nil, 0, err
	}
	err = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.Type().IsRegular() && strings.HasSuffix(path, ".txt") {
			info, err := d.Info()
			if err != nil {
				return err
			}
			files = append(files, path)
			size += info.Size()
		}
		return nil
	})
	if err == nil && len(files) == 0 {
		err = fmt.Errorf("no pages in %s", dir)
	}
	return files, size, err
}

// takeTurns runs the commands a round at a time, rounds times, keeping each
// one's results: a load that comes and goes slows them all alike.
func takeTurns(cmds []*command, rounds int) error {
	for range rounds {
		for _, c := range cmds {
			r, err := run(c.cmd())
			if err != nil {
				return fmt.Errorf("%s: %w", c.name, err)
			}
			c.rs = append(c.rs, r)
		}
	}
	return nil
}

// run times a command with its output thrown away, and reads its peak RSS
// from the kernel's accounting of the finished process.
func run(cmd *exec.Cmd) (result, error) {
	devnull, err := os.OpenFile(os.DevNull, os.O_WRONLY, 0)
	if err != nil {
		return result{}, err
	}
	defer devnull.Close()
	cmd.Stdout, cmd.Stderr = devnull, os.Stderr
	start := time.Now()
	if err := cmd.Run(); err != nil {
		return result{}, err
	}
	r := result{wall: time.Since(start)}
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		r.maxRSS = ru.Maxrss * 1024 // kilobytes on Linux
	}
	return r, nil
}
