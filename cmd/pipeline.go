package cmd

import (
	"context"
	"iter"
	"sync"
)

// ordered runs work on every item with jobs goroutines and hands the
// results to emit in the items' order, so that the output of a run does not
// depend on jobs. Items are drawn as they are needed and at most
// aheadPerJob×jobs results wait at once, which bounds memory by the largest
// pages, not by the number of pages. emit runs on the
// calling goroutine; when it returns an error, or ctx ends, the remaining
// items are not started and that error is returned.
func ordered[In, Out any](ctx context.Context, items iter.Seq[In], jobs int, work func(In) Out, emit func(Out) error) error {
	jobs = max(jobs, 1)
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	type task struct {
		item   In
		result chan Out
	}
	tasks := make(chan task)
	queue := make(chan chan Out, aheadPerJob*jobs)

	var wg sync.WaitGroup
	for range jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for t := range tasks {
				t.result <- work(t.item)
			}
		}()
	}
	go func() {
		defer close(queue)
		defer close(tasks)
		for item := range items {
			result := make(chan Out, 1)
			select {
			case queue <- result:
			case <-ctx.Done():
				return
			}
			select {
			case tasks <- task{item, result}:
			case <-ctx.Done():
				return
			}
		}
	}()

	var err error
	for result := range queue {
		if err != nil {
			continue // drain, so the feeder and workers can end
		}
		select {
		case out := <-result:
			err = emit(out)
		case <-ctx.Done():
			err = ctx.Err()
		}
		if err != nil {
			cancel()
		}
	}
	wg.Wait()
	return err
}

// aheadPerJob is how many results a job may run ahead of the one emit
// waits for: with 2, a worker done early often waited for a slot while emit
// waited on a slower page; with 8, the 10,000-page corpus ran 5-13 % faster
// as files (four runs of go run ./internal/corpusbench taking turns), and
// as one input, cut in 256 KiB pieces, as fast in as much memory.
const aheadPerJob = 8
