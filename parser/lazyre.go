package parser

import (
	"regexp"
	"sync"
)

// lazyRegexp is a regular expression compiled when it is first used.
// Most of the parser's expressions read rare shapes (a print date, a
// forwarded mail, a date in words) behind cheaper tests; compiling them
// all at start-up cost a one-page run more than reading its page.
type lazyRegexp struct {
	expr string
	re   func() *regexp.Regexp
}

// lazyRegexps lists every lazy expression, for the test that compiles
// them all (TestLazyRegexpsCompile): a bad one must fail there, not at
// its first use.
var lazyRegexps []*lazyRegexp

func lazyRE(expr string) *lazyRegexp {
	l := &lazyRegexp{expr: expr, re: sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(expr) })}
	lazyRegexps = append(lazyRegexps, l)
	return l
}

func (l *lazyRegexp) String() string                       { return l.expr }
func (l *lazyRegexp) MatchString(s string) bool            { return l.re().MatchString(s) }
func (l *lazyRegexp) Match(b []byte) bool                  { return l.re().Match(b) }
func (l *lazyRegexp) FindStringSubmatch(s string) []string { return l.re().FindStringSubmatch(s) }
func (l *lazyRegexp) ReplaceAllString(src, repl string) string {
	return l.re().ReplaceAllString(src, repl)
}
func (l *lazyRegexp) Split(s string, n int) []string { return l.re().Split(s, n) }
func (l *lazyRegexp) FindStringIndex(s string) []int { return l.re().FindStringIndex(s) }
func (l *lazyRegexp) FindStringSubmatchIndex(s string) []int {
	return l.re().FindStringSubmatchIndex(s)
}
func (l *lazyRegexp) FindString(s string) string { return l.re().FindString(s) }
func (l *lazyRegexp) FindAllStringIndex(s string, n int) [][]int {
	return l.re().FindAllStringIndex(s, n)
}
func (l *lazyRegexp) FindAllSubmatchIndex(b []byte, n int) [][]int {
	return l.re().FindAllSubmatchIndex(b, n)
}
func (l *lazyRegexp) FindSubmatch(b []byte) [][]byte         { return l.re().FindSubmatch(b) }
func (l *lazyRegexp) FindAllString(s string, n int) []string { return l.re().FindAllString(s, n) }
func (l *lazyRegexp) FindAllStringSubmatchIndex(s string, n int) [][]int {
	return l.re().FindAllStringSubmatchIndex(s, n)
}
func (l *lazyRegexp) FindAllStringSubmatch(s string, n int) [][]string {
	return l.re().FindAllStringSubmatch(s, n)
}
func (l *lazyRegexp) ReplaceAllStringFunc(src string, repl func(string) string) string {
	return l.re().ReplaceAllStringFunc(src, repl)
}
