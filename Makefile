# esf: common tasks. `make run` and `make test` are all a newcomer needs.

GO      ?= go
BIN     ?= bin/esf
PAGES   ?= testdata/pages
FUZZTIME ?= 20s

BENCH_PAGES ?= 10000
BENCH_FORMATS ?= csv,tsv,ndjson,json,yaml,xlsx,sqlite
CORPUS      ?= testdata/corpus/$(BENCH_PAGES)
# The larger corpus on which bench measures the memory of xlsx and sqlite
# (BENCH_BIG_PAGES= leaves it out), and the regular-expression script esf
# is timed beside.
BENCH_BIG_PAGES ?= 100000
BENCH_PEER  ?= ../shared/bench/peer_regex.py

.PHONY: all build run test vet fmt-check fuzz golden install clean bench bench-big-corpus corpus man

all: build

build:
	$(GO) build -o $(BIN) .

install:
	$(GO) install .

# Parse the bundled sample pages and print the records.
run:
	$(GO) run . parse $(PAGES)

# Vet, then every test with the race detector.
test: vet
	$(GO) test -race ./...

vet:
	$(GO) vet ./...

# Fails when a file is not gofmt-formatted.
fmt-check:
	@out=$$(gofmt -l .); if [ -n "$$out" ]; then echo "gofmt would change:"; echo "$$out"; exit 1; fi

# Fuzz the parser and every source: text, HTML, spreadsheet rows, Markdown,
# Word documents, e-mail and web archives, for FUZZTIME each (make fuzz FUZZTIME=10m for a long run).
fuzz:
	$(GO) test ./parser -run '^$$' -fuzz '^FuzzParse$$' -fuzztime $(FUZZTIME) -fuzzminimizetime 100x
	$(GO) test ./parser -run '^$$' -fuzz '^FuzzParseHTML$$' -fuzztime $(FUZZTIME) -fuzzminimizetime 100x
	$(GO) test ./parser -run '^$$' -fuzz '^FuzzTable$$' -fuzztime $(FUZZTIME) -fuzzminimizetime 100x
	$(GO) test ./parser -run '^$$' -fuzz '^FuzzMarkdown$$' -fuzztime $(FUZZTIME) -fuzzminimizetime 100x
	$(GO) test ./parser -run '^$$' -fuzz '^FuzzDocx$$' -fuzztime $(FUZZTIME) -fuzzminimizetime 100x
	$(GO) test ./parser -run '^$$' -fuzz '^FuzzEmail$$' -fuzztime $(FUZZTIME) -fuzzminimizetime 100x
	$(GO) test ./parser -run '^$$' -fuzz '^FuzzMHTML$$' -fuzztime $(FUZZTIME) -fuzzminimizetime 100x

# Rewrite the golden files and expected outputs; review them with git diff.
golden:
	$(GO) test ./... -update

# Go benchmarks of the parser and the exporters, then esf parse in every
# format over a generated corpus of BENCH_PAGES pages beside cat and the
# peer script over the same files, a one-page run beside cat, and the
# memory of xlsx and sqlite over BENCH_BIG_PAGES pages.
bench: build corpus $(if $(BENCH_BIG_PAGES),bench-big-corpus)
	$(GO) test ./parser -run '^$$' -bench . -benchmem -cpu 1
	$(GO) test ./export -run '^$$' -bench . -benchmem
	$(GO) run ./internal/corpusbench -esf $(BIN) -runs 3 -formats $(BENCH_FORMATS) \
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

clean:
	rm -rf bin testdata/corpus man

# Man pages for every command, from the commands' own help, into man/.
man:
	$(GO) run ./internal/mangen man
