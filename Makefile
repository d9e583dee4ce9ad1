# esf: common tasks. `make run` and `make test` are all a newcomer needs.

GO      ?= go
BIN     ?= bin/esf
PAGES   ?= testdata/pages
FUZZTIME ?= 20s
FUZZMINIMIZE ?= 100x

BENCH_PAGES ?= 10000
BENCH_FORMATS ?= csv,tsv,ndjson,json,yaml,xlsx,sqlite
CORPUS      ?= testdata/corpus/$(BENCH_PAGES)
# The larger corpus on which bench measures the memory of xlsx and sqlite
# (BENCH_BIG_PAGES= leaves it out), and the regular-expression script esf
# is timed beside.
BENCH_BIG_PAGES ?= 100000
BENCH_PEER  ?= ../shared/bench/peer_regex.py

WEB_DIR ?= dist/web

.PHONY: all build run test test-wasm vet lint fmt-check fuzz fuzz-reading golden install clean bench bench-big-corpus corpus man web mutation

all: build

# esf needs no C: built without cgo it is a static binary, which starts
# without the dynamic loader and libc, 0.4 ms sooner a run.
build:
	CGO_ENABLED=0 $(GO) build -o $(BIN) .

install:
	CGO_ENABLED=0 $(GO) install .

# Parse the bundled sample pages and print the records.
run:
	$(GO) run . parse $(PAGES)

# Vet, then every test with the race detector (the browser page's in
# headless Chromium when there is one), then the page's Go code compiled
# to WebAssembly under Node. The parser's tests take 8–14 minutes under
# the race detector on a 2-core machine, past go test's default 10-minute
# limit: the limit is 30 minutes.
test: vet
	$(GO) test -race -timeout 30m ./...
	@found=$$ESF_CHROMIUM; for b in chromium chromium-browser google-chrome chrome; do \
		command -v $$b >/dev/null && found=$$b; done; \
	if [ -z "$$found" ]; then \
		echo "make test: SKIPPED the browser test (web.TestBrowser): no Chromium; apt-get install chromium, or set ESF_CHROMIUM"; fi
	@$(MAKE) --no-print-directory test-wasm

# The browser page's Go code as it runs in the page: GOOS=js GOARCH=wasm,
# run by Node through Go's go_js_wasm_exec.
test-wasm:
	@if command -v node >/dev/null 2>&1; then \
		GOOS=js GOARCH=wasm $(GO) test -exec="$$($(GO) env GOROOT)/lib/wasm/go_js_wasm_exec" ./web/batch; \
	else echo "make test: SKIPPED the WebAssembly tests: no Node (apt-get install nodejs)"; fi

# The browser page, a static site in WEB_DIR that any static web server
# serves as it is (see README, "In the browser").
web:
	$(GO) run ./web/build -go $(GO) $(WEB_DIR)
	@gzip -9 -c $(WEB_DIR)/esf.wasm | wc -c | awk '{ printf "$(WEB_DIR)/esf.wasm: %.2f MB gzipped\n", $$1 / 1e6 }'

vet:
	$(GO) vet ./...

# staticcheck, at a pinned version, over every package and the browser's.
STATICCHECK ?= honnef.co/go/tools/cmd/staticcheck@v0.8.2
lint:
	GOBIN=$(CURDIR)/bin $(GO) install $(STATICCHECK)
	bin/staticcheck ./...
	GOOS=js GOARCH=wasm bin/staticcheck ./web/...

# Fails when a file is not gofmt-formatted.
fmt-check:
	@out=$$(gofmt -l .); if [ -n "$$out" ]; then echo "gofmt would change:"; echo "$$out"; exit 1; fi

# Fuzz the parser and every source: text, HTML, spreadsheet rows, Markdown,
# Word documents, e-mail and web archives, JSON, XML, subtitles, a notebook's printout,
# the judgement of old code pages, the keys of esf's own JSON read back, the repair of text encoded
# twice, the reading of HTML left in text and of lines read before (the line
# memo), then the parser with the checks esf parse and esf validate run on
# its records, for FUZZTIME each (make fuzz FUZZTIME=10m for a long run).
# A count (FUZZTIME=40000x), as CI uses, cannot meet Go 1.26's spurious
# "context deadline exceeded" at a duration's end (go.dev/issue/75804).
# A failing input is minimized for FUZZMINIMIZE (100x); CI sets it to 0.
# A worker that dies while minimizing a new input (a crash the fuzzer
# cannot reproduce, or the machine's memory) fails the target with the
# input it started from, not the one that killed it (go.dev/issue/52569,
# go.dev/issue/48731); unminimized, a crash is written as it was found.
# The reading's own properties (a page pasted twice reads as itself twice,
# no value is a label) are judgement, not safety: their fuzzing (make
# fuzz-reading) is left out of make fuzz, see FuzzReading. Their seeds run
# with make test.
fuzz:
	$(GO) test ./parser -run '^$$' -fuzz '^FuzzParse$$' -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINIMIZE)
	$(GO) test ./parser -run '^$$' -fuzz '^FuzzParseHTML$$' -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINIMIZE)
	$(GO) test ./parser -run '^$$' -fuzz '^FuzzTable$$' -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINIMIZE)
	$(GO) test ./parser -run '^$$' -fuzz '^FuzzMarkdown$$' -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINIMIZE)
	$(GO) test ./parser -run '^$$' -fuzz '^FuzzDocx$$' -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINIMIZE)
	$(GO) test ./parser -run '^$$' -fuzz '^FuzzEmail$$' -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINIMIZE)
	$(GO) test ./parser -run '^$$' -fuzz '^FuzzMHTML$$' -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINIMIZE)
	$(GO) test ./parser -run '^$$' -fuzz '^FuzzWebArchive$$' -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINIMIZE)
	$(GO) test ./parser -run '^$$' -fuzz '^FuzzPDF$$' -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINIMIZE)
	$(GO) test ./parser -run '^$$' -fuzz '^FuzzJoinedUTF16$$' -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINIMIZE)
	$(GO) test ./parser -run '^$$' -fuzz '^FuzzCalendar$$' -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINIMIZE)
	$(GO) test ./parser -run '^$$' -fuzz '^FuzzWordXML$$' -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINIMIZE)
	$(GO) test ./parser -run '^$$' -fuzz '^FuzzODT$$' -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINIMIZE)
	$(GO) test ./parser -run '^$$' -fuzz '^FuzzFDF$$' -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINIMIZE)
	$(GO) test ./parser -run '^$$' -fuzz '^FuzzRDeparse$$' -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINIMIZE)
	$(GO) test ./parser -run '^$$' -fuzz '^FuzzPostScript$$' -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINIMIZE)
	$(GO) test ./parser -run '^$$' -fuzz '^FuzzSMS$$' -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINIMIZE)
	$(GO) test ./parser -run '^$$' -fuzz '^FuzzSubtitles$$' -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINIMIZE)
	$(GO) test ./parser -run '^$$' -fuzz '^FuzzYAML$$' -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINIMIZE)
	$(GO) test ./parser -run '^$$' -fuzz '^FuzzHTTP$$' -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINIMIZE)
	$(GO) test ./parser -run '^$$' -fuzz '^FuzzUndouble$$' -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINIMIZE)
	$(GO) test ./parser -run '^$$' -fuzz '^FuzzHTMLLeftovers$$' -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINIMIZE)
	$(GO) test ./parser -run '^$$' -fuzz '^FuzzLineMemo$$' -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINIMIZE)
	$(GO) test ./parser -run '^$$' -fuzz '^FuzzJSON$$' -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINIMIZE)
	$(GO) test ./parser -run '^$$' -fuzz '^FuzzXML$$' -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINIMIZE)
	$(GO) test ./parser -run '^$$' -fuzz '^FuzzNotebookOutput$$' -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINIMIZE)
	$(GO) test ./parser -run '^$$' -fuzz '^FuzzLegacy$$' -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINIMIZE)
	$(GO) test ./parser -run '^$$' -fuzz '^FuzzRTF$$' -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINIMIZE)
	$(GO) test ./parser -run '^$$' -fuzz '^FuzzScanMarks$$' -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINIMIZE)
	$(GO) test ./snapshot -run '^$$' -fuzz '^FuzzRecordKeys$$' -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINIMIZE)
	$(GO) test ./internal/inputs -run '^$$' -fuzz '^FuzzUnpack$$' -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINIMIZE)
	$(GO) test ./snapshot -run '^$$' -fuzz '^FuzzReadFlat$$' -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINIMIZE)
	$(GO) test ./validate -run '^$$' -fuzz '^FuzzParseAndCheck$$' -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINIMIZE)

# Look for pages the reader's judgement gets wrong: read otherwise pasted
# twice, or a label read as a value (make fuzz-reading FUZZTIME=10m). What
# it finds is kept in parser/testdata/fuzz/FuzzReading once it is fixed.
fuzz-reading:
	$(GO) test ./parser -run '^$$' -fuzz '^FuzzReading$$' -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINIMIZE)

# Rewrite the golden files and expected outputs; review them with git diff.
golden:
	$(GO) test ./... -update

# Go benchmarks of the parser and the exporters, then esf parse in every
# format over a generated corpus of BENCH_PAGES pages beside cat and the
# peer script over the same files, the same pages in one input beside them
# as files, a one-page run beside cat, and the memory of xlsx and sqlite,
# and of the pages in one input, over BENCH_BIG_PAGES pages.
bench: build corpus $(if $(BENCH_BIG_PAGES),bench-big-corpus)
	$(GO) test ./parser -run '^$$' -bench . -benchmem -cpu 1
	$(GO) test ./export -run '^$$' -bench . -benchmem
	$(GO) run ./internal/corpusbench -esf $(BIN) -runs 3 -formats $(BENCH_FORMATS) -single \
		-peer $(BENCH_PEER) -startup testdata/pages/$(firstword $(notdir $(wildcard testdata/pages/*.txt))) \
		$(if $(BENCH_BIG_PAGES),-memory testdata/corpus/$(BENCH_BIG_PAGES)) $(CORPUS)

bench-big-corpus:
	$(MAKE) corpus BENCH_PAGES=$(BENCH_BIG_PAGES)

# The benchmark corpus, made once (testdata/corpus is not committed).
corpus: $(CORPUS)/.done
$(CORPUS)/.done:
	rm -rf $(CORPUS)
	$(GO) run ./internal/corpusgen -n $(BENCH_PAGES) $(CORPUS)
	touch $@

# Mutation testing with gremlins: each package's tests must kill at least
# MUTATION_EFFICACY % of the mutants they cover (timed-out mutants count for
# neither side). Slow: every mutant rebuilds and tests its package (see the
# README for times). One package: make mutation MUTATION_PKGS=validate; a
# sample of files: MUTATION_EXCLUDE='(^|/)(read|classify)\.go$$', a regexp
# of file names in the package, to leave out. -count=1 keeps the coverage
# run out of the test cache, since the timeout of each mutant is a
# multiple of that run's time. Each package builds into a cache of its own,
# removed when it ends: every mutant's build would otherwise stay in the
# user's Go cache, some 9 MB a mutant, until the disk is full, and a build
# that fails for want of space counts its mutant as killed.
GREMLINS_VERSION  ?= v0.6.0
GREMLINS          ?= $(CURDIR)/bin/gremlins-$(GREMLINS_VERSION)/gremlins
MUTATION_PKGS     ?= validate parser export cmd
MUTATION_EFFICACY ?= 85
# Two workers, one a core: with the Go cache contained (below), two and one
# give the same figures.
MUTATION_WORKERS  ?= 2
MUTATION_EXCLUDE  ?=
MUTATION_FLAGS    ?= --workers $(MUTATION_WORKERS) --timeout-coefficient 5 \
	$(if $(MUTATION_EXCLUDE),--exclude-files '$(MUTATION_EXCLUDE)')

$(GREMLINS):
	GOBIN=$(dir $(GREMLINS)) $(GO) install github.com/go-gremlins/gremlins/cmd/gremlins@$(GREMLINS_VERSION)

mutation: $(GREMLINS)
	@mkdir -p bin/mutation; failed=; \
	for p in $(MUTATION_PKGS); do \
		echo "== ./$$p"; start=$$(date +%s); \
		rm -rf bin/mutation/gocache; \
		GOCACHE=$(CURDIR)/bin/mutation/gocache GOFLAGS=-count=1 $(GREMLINS) unleash $(MUTATION_FLAGS) --threshold-efficacy $(MUTATION_EFFICACY) \
			-o bin/mutation/$$p.json ./$$p > bin/mutation/$$p.log 2>&1 || failed="$$failed $$p"; \
		grep -E ' (LIVED|TIMED OUT) ' bin/mutation/$$p.log; \
		grep -E '^(Killed|Timed out|Test efficacy|Mutator coverage)' bin/mutation/$$p.log; \
		echo "./$$p took $$(( $$(date +%s) - start )) s; the whole run is in bin/mutation/$$p.log"; \
		rm -rf bin/mutation/gocache; \
	done; \
	if [ -n "$$failed" ]; then echo "efficacy under $(MUTATION_EFFICACY) % in:$$failed"; exit 1; fi

clean:
	rm -rf bin testdata/corpus man dist

# Man pages for every command, from the commands' own help, into man/.
man:
	$(GO) run ./internal/mangen man
