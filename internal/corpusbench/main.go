// Command corpusbench measures esf end to end on a corpus: wall time,
// pages/s, MB/s and peak RSS of `esf parse`, beside `cat` over the same
// files, which is the floor.
//
//	go run ./internal/corpusbench -esf bin/esf -runs 3 DIR
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
	format := flag.String("format", "csv", "esf's output format")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: corpusbench [-esf BIN] [-runs N] [-format F] DIR")
		os.Exit(2)
	}
	if err := bench(flag.Arg(0), *esf, *format, *runs); err != nil {
		fmt.Fprintln(os.Stderr, "corpusbench:", err)
		os.Exit(1)
	}
}

type result struct {
	wall   time.Duration
	maxRSS int64 // bytes
}

func bench(dir, esf, format string, runs int) error {
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
	esfCmd := func() *exec.Cmd { return exec.Command(esf, "parse", "--format", format, "--quiet", dir) }

	run(catCmd()) // warm the page cache
	cat, err := median(runs, catCmd)
	if err != nil {
		return fmt.Errorf("cat: %w", err)
	}
	parse, err := median(runs, esfCmd)
	if err != nil {
		return fmt.Errorf("esf: %w", err)
	}
	mb := float64(size) / 1e6
	fmt.Printf("corpus      %d pages, %.1f MB, %s\n", len(files), mb, dir)
	fmt.Printf("cat         %8.3fs  %9.0f pages/s  %7.1f MB/s\n", cat.wall.Seconds(), float64(len(files))/cat.wall.Seconds(), mb/cat.wall.Seconds())
	fmt.Printf("esf %-7s %8.3fs  %9.0f pages/s  %7.1f MB/s  peak RSS %.1f MB\n", format, parse.wall.Seconds(), float64(len(files))/parse.wall.Seconds(), mb/parse.wall.Seconds(), float64(parse.maxRSS)/1e6)
	fmt.Printf("esf / cat   %8.2fx\n", parse.wall.Seconds()/cat.wall.Seconds())
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
