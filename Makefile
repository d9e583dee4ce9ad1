# esf: common tasks. `make run` and `make test` are all a newcomer needs.

GO      ?= go
BIN     ?= bin/esf
PAGES   ?= testdata/pages
FUZZTIME ?= 20s

.PHONY: all build run test vet fmt-check fuzz golden install clean

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

# Fuzz the parser for FUZZTIME (make fuzz FUZZTIME=10m for a long run).
fuzz:
	$(GO) test ./parser -run '^$$' -fuzz FuzzParse -fuzztime $(FUZZTIME) -fuzzminimizetime 100x

# Rewrite the golden files and expected outputs; review them with git diff.
golden:
	$(GO) test ./... -update

clean:
	rm -rf bin
