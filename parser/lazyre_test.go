package parser

import (
	"regexp"
	"testing"
)

// TestLazyRegexpsCompile compiles every expression the parser compiles on
// first use, so that a bad one fails here and not on some page.
func TestLazyRegexpsCompile(t *testing.T) {
	if len(lazyRegexps) < 20 {
		t.Fatalf("%d lazy expressions: the list misses some", len(lazyRegexps))
	}
	for _, l := range lazyRegexps {
		if _, err := regexp.Compile(l.expr); err != nil {
			t.Errorf("%s: %v", l.expr, err)
		}
		if l.re().String() != l.String() {
			t.Errorf("%s compiles to %s", l, l.re())
		}
	}
}
