// Command corpusbench measures esf end to end on a corpus: wall time,
// pages/s, MB/s and peak RSS of `esf parse`, beside `cat` over the same
// files, which is the floor.
//
//	go run ./internal/corpusbench -esf bin/esf -runs 3 -formats csv,yaml DIR
//
// Binary formats (xlsx, sqlite) are written to a temporary file with -o,
// as a user writes them; the text formats go to /dev/null.
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
	esf := flag.String("esf", "bin/esf", "the esf binary")
	runs := flag.Int("runs", 3, "runs of each command; the median is reported")
	formats := flag.String("formats", "csv", "esf's output formats, comma-separated; each is timed")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: corpusbench [-esf BIN] [-runs N] [-formats F,G] DIR")
		os.Exit(2)
	}
	if err := bench(flag.Arg(0), *esf, strings.Split(*formats, ","), *runs); err != nil {
		fmt.Fprintln(os.Stderr, "corpusbench:", err)
		os.Exit(1)
	}
}

type result struct {
	wall   time.Duration
	maxRSS int64 // bytes
}

func bench(dir, esf string, formats []string, runs int) error {
	var files []string
	var size int64
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
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
	if err != nil {
		return err
	}
	if len(files) == 0 {
		return fmt.Errorf("no pages in %s", dir)
	}
	list, err := os.CreateTemp("", "corpusbench-*.list")
	if err != nil {
		return err
	}
	defer os.Remove(list.Name())
	list.WriteString(strings.Join(files, "\x00"))
	list.Close()

	catCmd := func() *exec.Cmd { return exec.Command("xargs", "-0", "-a", list.Name(), "cat") }
	out, err := os.MkdirTemp("", "corpusbench-*")
	if err != nil {
		return err
	}
	defer os.RemoveAll(out)
	esfCmd := func(format string) func() *exec.Cmd {
		return func() *exec.Cmd {
			args := []string{"parse", "--format", format, "--quiet", dir}
			if format == "xlsx" || format == "sqlite" {
				args = append(args, "-o", filepath.Join(out, "out."+format))
			}
			return exec.Command(esf, args...)
		}
	}

	run(catCmd()) // warm the page cache
	cat, err := median(runs, catCmd)
	if err != nil {
		return fmt.Errorf("cat: %w", err)
	}
	mb := float64(size) / 1e6
	fmt.Printf("corpus      %d pages, %.1f MB, %s\n", len(files), mb, dir)
	fmt.Printf("%-11s %8.3fs  %9.0f pages/s  %7.1f MB/s  %17s  %6.2fx cat\n", "cat", cat.wall.Seconds(),
		float64(len(files))/cat.wall.Seconds(), mb/cat.wall.Seconds(), "", 1.0)
	var first time.Duration
	for i, format := range formats {
		parse, err := median(runs, esfCmd(format))
		if err != nil {
			return fmt.Errorf("esf --format %s: %w", format, err)
		}
		if i == 0 {
			first = parse.wall
		}
		fmt.Printf("esf %-7s %8.3fs  %9.0f pages/s  %7.1f MB/s  peak RSS %6.1f MB  %6.2fx cat  %5.2fx %s\n", format,
			parse.wall.Seconds(), float64(len(files))/parse.wall.Seconds(), mb/parse.wall.Seconds(),
			float64(parse.maxRSS)/1e6, parse.wall.Seconds()/cat.wall.Seconds(), parse.wall.Seconds()/first.Seconds(), formats[0])
	}
	return nil
}

func median(runs int, cmd func() *exec.Cmd) (result, error) {
	var rs []result
	for range max(runs, 1) {
		r, err := run(cmd())
		if err != nil {
			return r, err
		}
		rs = append(rs, r)
	}
	slices.SortFunc(rs, func(a, b result) int { return int(a.wall - b.wall) })
	return rs[len(rs)/2], nil
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
