//go:build !js

package web

import (
	"bytes"
	"context"
	"flag"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/chromedp"

	"github.com/esfdata/esf/cmd"
)

var (
	screenshot = flag.String("screenshot", "", "also save the browser test's screenshot to this file")
	corpus     = flag.String("corpus", "", "time the page on the pages of this folder (go run ./internal/corpusgen -n 10000 DIR)")
)

// chromium finds the browser: $ESF_CHROMIUM, else Debian's chromium or
// another Chrome on the PATH. CI sets ESF_BROWSER_TEST=required, so that a
// missing browser fails the test instead of skipping it.
func chromium(t *testing.T) string {
	if path := os.Getenv("ESF_CHROMIUM"); path != "" {
		return path
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "chrome"} {
		if path, err := exec.LookPath(name); err == nil {
			return path
		}
	}
	if os.Getenv("ESF_BROWSER_TEST") == "required" {
		t.Fatal("no Chromium found (apt-get install chromium, or set ESF_CHROMIUM)")
	}
	t.Skip("SKIPPED: no Chromium found, the browser test did not run (apt-get install chromium, or set ESF_CHROMIUM)")
	return ""
}

// site builds the page and serves it, recording every request.
type site struct {
	*httptest.Server
	mu       sync.Mutex
	requests []string
}

func serve(t *testing.T) *site {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "site")
	if err := Build(dir, ""); err != nil {
		t.Fatal(err)
	}
	s := &site{}
	files := http.FileServer(http.Dir(dir))
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		s.requests = append(s.requests, r.URL.Path)
		s.mu.Unlock()
		files.ServeHTTP(w, r)
	}))
	t.Cleanup(s.Close)
	return s
}

func (s *site) requestCount() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.requests)
}

// elsewhere is where a request to any address but the page's server
// ends: Chromium reaches every other address through it, as a proxy, so a
// request it receives left the page's origin, from the page, its worker or
// anything they started. Chromium's own services that call home (updates,
// network time, autofill, sign-in) are turned off where a flag can; the
// hosts of those that no flag stops are chromiumHosts, which the page's
// own code never names.
type elsewhere struct {
	*httptest.Server
	mu   sync.Mutex
	urls []string
}

var chromiumHosts = map[string]bool{"update.googleapis.com": true, "accounts.google.com": true}

func newElsewhere(t *testing.T) *elsewhere {
	e := &elsewhere{}
	e.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !chromiumHosts[r.URL.Hostname()] {
			e.mu.Lock()
			e.urls = append(e.urls, r.Method+" "+r.Host+" "+r.URL.String())
			e.mu.Unlock()
		}
		http.Error(w, "no request leaves the page", http.StatusForbidden)
	}))
	t.Cleanup(e.Close)
	return e
}

func (e *elsewhere) seen() []string {
	e.mu.Lock()
	defer e.mu.Unlock()
	return append([]string(nil), e.urls...)
}

// browse starts headless Chromium (the program chrome) on the page, in language lang, with
// downloads going to downloads.
func browse(t *testing.T, chrome string, s *site, proxy *elsewhere, lang, downloads string) context.Context {
	t.Helper()
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(chrome),
		chromedp.NoSandbox, // CI runs as root, where Chromium's sandbox cannot start
		chromedp.DisableGPU,
		chromedp.WindowSize(1400, 1000),
		chromedp.Flag("lang", lang),
		chromedp.Flag("accept-lang", lang),
		// <-loopback> sends even loopback addresses to the proxy, but for
		// the page's server.
		chromedp.ProxyServer(proxy.URL),
		chromedp.Flag("proxy-bypass-list", "<-loopback>;"+strings.TrimPrefix(s.URL, "http://")),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-features", "Translate,AutofillServerCommunication,NetworkTimeServiceQuerying,OptimizationHints,MediaRouter,DialMediaRouteProvider,SigninInterceptBubbleV2"),
		chromedp.Flag("disable-domain-reliability", true),
		chromedp.Flag("no-pings", true),
	)
	alloc, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	t.Cleanup(cancel)
	ctx, cancel := chromedp.NewContext(alloc)
	t.Cleanup(cancel)
	ctx, cancel = context.WithTimeout(ctx, 3*time.Minute)
	t.Cleanup(cancel)
	events := true
	_, err := chromedp.CallBrowser(ctx, browser.SetDownloadBehavior, browser.SetDownloadBehaviorParams{
		Behavior: browser.SetDownloadBehaviorBehaviorAllowAndName, DownloadPath: downloads, EventsEnabled: &events,
	})
	if err != nil {
		t.Fatal(err)
	}
	return ctx
}

// state waits until the page's state (body's data-state) is want, and
// returns how long that took.
func state(t *testing.T, ctx context.Context, want string) time.Duration {
	t.Helper()
	start := time.Now()
	if err := chromedp.Do(ctx, chromedp.WaitReady(chromedp.CSS(`body[data-state="`+want+`"]`))); err != nil {
		status, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`document.body.dataset.state + ": " + document.getElementById("status").textContent`))
		t.Fatalf("waiting for the page to be %s: %v (it is %s)", want, err, status)
	}
	return time.Since(start)
}

// readyMs returns the time the page took to be ready, by its own clock.
func readyMs(t *testing.T, ctx context.Context) string {
	ms, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.body.dataset.readyMs`))
	if err != nil {
		t.Fatal(err)
	}
	return ms
}

// runs returns how many results the page has shown.
func runs(t *testing.T, ctx context.Context) int {
	n, err := chromedp.Run(ctx, chromedp.Evaluate[int](`Number(document.body.dataset.runs || 0)`))
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// upload gives the page files or a folder through one of its pickers and
// waits for the result.
func upload(t *testing.T, ctx context.Context, picker string, paths ...string) {
	t.Helper()
	before := runs(t, ctx)
	if err := chromedp.Do(ctx, chromedp.SetUploadFiles(chromedp.ID(picker), paths)); err != nil {
		t.Fatal(err)
	}
	for start := time.Now(); runs(t, ctx) == before; time.Sleep(20 * time.Millisecond) {
		if time.Since(start) > time.Minute {
			t.Fatalf("no result after giving %s", picker)
		}
	}
	state(t, ctx, "done")
}

// download clicks a download button and returns the file's bytes.
func download(t *testing.T, ctx context.Context, dir, name string) []byte {
	t.Helper()
	dctx, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()
	progress := chromedp.BrowserEvents(dctx, browser.DownloadProgress)
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.ID("download-"+name))); err != nil {
		t.Fatal(err)
	}
	for ev, err := range progress {
		if err != nil {
			t.Fatalf("downloading %s: %v", name, err)
		}
		switch ev.State {
		case browser.DownloadProgressStateCompleted:
			data, err := os.ReadFile(filepath.Join(dir, ev.GUID))
			if err != nil {
				t.Fatal(err)
			}
			return data
		case browser.DownloadProgressStateCanceled:
			t.Fatalf("download %s canceled", name)
		}
	}
	t.Fatalf("download %s did not complete", name)
	return nil
}

// esfParse runs the command line in dir and returns what it writes.
func esfParse(t *testing.T, dir string, args ...string) []byte {
	t.Helper()
	t.Chdir(dir)
	var out, errs bytes.Buffer
	if code := cmd.Run(append([]string{"parse", "-q"}, args...), cmd.Streams{Out: &out, Err: &errs}); code != 0 {
		t.Fatalf("esf parse %s: exit %d: %s", strings.Join(args, " "), code, errs.String())
	}
	return out.Bytes()
}

// copyTree copies the files of from into to.
func copyTree(t *testing.T, from, to string) {
	t.Helper()
	if err := os.CopyFS(to, os.DirFS(from)); err != nil {
		t.Fatal(err)
	}
}

// TestBrowser loads the page in headless Chromium, gives it the seed pages
// with the file picker and a folder of varied pages with the folder
// picker, and holds the table and every download to what esf parse
// writes for the same files; no request may leave the page's server, and
// none may be made at all once the page is ready.
func TestBrowser(t *testing.T) {
	chrome := chromium(t)
	// esfParse changes the working directory; the screenshot's path is
	// the one given.
	if *screenshot != "" {
		abs, err := filepath.Abs(*screenshot)
		if err != nil {
			t.Fatal(err)
		}
		*screenshot = abs
	}
	s := serve(t)
	downloads := t.TempDir()
	proxy := newElsewhere(t)
	ctx := browse(t, chrome, s, proxy, "en-GB", downloads)

	start := time.Now()
	if err := chromedp.Do(ctx, chromedp.Navigate(s.URL)); err != nil {
		t.Fatal(err)
	}
	state(t, ctx, "ready")
	t.Logf("ready %v after the navigation began (%s ms by the page's clock)", time.Since(start).Round(time.Millisecond), readyMs(t, ctx))
	// Once more, as a user who comes back would load it.
	if err := chromedp.Do(ctx, chromedp.Reload()); err != nil {
		t.Fatal(err)
	}
	state(t, ctx, "ready")
	t.Logf("ready again after %s ms", readyMs(t, ctx))
	loaded := s.requestCount()

	// The files as the page gets them: the seed pages by name, the
	// variants folder with its name, in one folder for the command line.
	in := t.TempDir()
	copyTree(t, "../testdata/pages", in)
	copyTree(t, "../testdata/variants", filepath.Join(in, "variants"))
	seeds, err := filepath.Glob(filepath.Join(in, "*.txt"))
	if err != nil || len(seeds) == 0 {
		t.Fatalf("no seed pages: %v", err)
	}
	upload(t, ctx, "files", seeds...)
	upload(t, ctx, "folder", filepath.Join(in, "variants"))

	// The page reads what it is given in the order of the names, as the
	// command line reads its arguments in the order given.
	var args []string
	for _, seed := range seeds {
		args = append(args, filepath.Base(seed))
	}
	args = append(args, "variants")
	want := esfParse(t, in, append([]string{"--format", "csv"}, args...)...)
	rows, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll("#table tbody tr").length`))
	if err != nil {
		t.Fatal(err)
	}
	if records := bytes.Count(esfParse(t, in, append([]string{"--format", "ndjson"}, args...)...), []byte("\n")); rows != records {
		t.Errorf("the table has %d rows; esf parse writes %d records", rows, records)
	}
	for _, d := range []struct{ name, flags string }{
		{"csv", "--format csv"}, {"excel", "--excel"}, {"xlsx", "--format xlsx"},
		{"json", "--format json"}, {"ndjson", "--format ndjson"},
	} {
		got := download(t, ctx, downloads, d.name)
		want := want
		if d.name != "csv" {
			want = esfParse(t, in, append(strings.Fields(d.flags), args...)...)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("the %s download (%d bytes) differs from esf parse %s (%d bytes)", d.name, len(got), d.flags, len(want))
		}
	}

	// Warnings and findings are listed, and shown on their record.
	counts, err := chromedp.Run(ctx, chromedp.Evaluate[[]int](`[
		document.querySelectorAll("#warnings li").length,
		document.querySelectorAll("#findings li").length]`))
	if err != nil {
		t.Fatal(err)
	}
	if counts[0] == 0 || counts[1] == 0 {
		t.Errorf("%d warnings and %d findings listed; the variants have both", counts[0], counts[1])
	}
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS("#warnings-box summary")), chromedp.Click(chromedp.CSS("#warnings li")),
		chromedp.WaitVisible(chromedp.CSS("#record li.warning"))); err != nil {
		t.Errorf("a warning's record: %v", err)
	}

	// Sorting by a number, a second click puts the largest first.
	for _, mark := range []string{"▲", "▼"} {
		if err := chromedp.Do(ctx, chromedp.Evaluate[chromedp.Void](`[...document.querySelectorAll("#table th")].find((th) => th.textContent.startsWith("esf_support_sek")).click()`),
			chromedp.WaitReady(chromedp.Search(`//th[.="esf_support_sek `+mark+`"]`))); err != nil {
			t.Fatalf("sorting by esf_support_sek %s: %v", mark, err)
		}
	}
	top, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`(() => {
		const at = [...document.querySelectorAll("#table th")].findIndex((th) => th.textContent.startsWith("esf_support_sek"));
		return [...document.querySelectorAll("#table tbody tr")].slice(0, 2).map((tr) => tr.children[at].textContent);
	})()`))
	if err != nil {
		t.Fatal(err)
	}
	if len(top) != 2 || len(top[0]) < len(top[1]) || (len(top[0]) == len(top[1]) && top[0] < top[1]) {
		t.Errorf("sorted down by esf_support_sek, the table begins %q", top)
	}

	png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatal(err)
	}
	saveScreenshot(t, png)

	// English from the browser's language, Swedish at a click, the status
	// line too.
	for _, want := range []struct{ lang, pages string }{{"en", "pages"}, {"sv", "sidor"}} {
		got, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`[document.documentElement.lang, document.getElementById("status").textContent]`))
		if err != nil || got[0] != want.lang || !strings.Contains(got[1], " "+want.pages+" ") {
			t.Errorf("the page's language and status are %q (%v), want %s and %q", got, err, want.lang, want.pages)
		}
		if want.lang == "en" {
			if err := chromedp.Do(ctx, chromedp.Click(chromedp.ID("language"))); err != nil {
				t.Fatal(err)
			}
		}
	}

	if n := s.requestCount(); n != loaded {
		s.mu.Lock()
		t.Errorf("the page made %d requests after it was ready: %q", n-loaded, s.requests[loaded:])
		s.mu.Unlock()
	}
	if urls := proxy.seen(); len(urls) > 0 {
		t.Errorf("requests left the page's server: %q", urls)
	}
}

func saveScreenshot(t *testing.T, png []byte) {
	t.Helper()
	paths := []string{filepath.Join(t.TempDir(), "esf-web.png")}
	if *screenshot != "" {
		paths = append(paths, *screenshot)
	}
	for _, path := range paths {
		if err := os.WriteFile(path, png, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	t.Logf("screenshot: %s", strings.Join(paths, ", "))
}

// TestBrowserCorpus times the page on a folder of generated pages, from
// the folder picker to the table: go test ./web -run BrowserCorpus
// -corpus DIR. The page must read 10,000 pages in under 10 s.
func TestBrowserCorpus(t *testing.T) {
	if *corpus == "" {
		t.Skip("no -corpus DIR")
	}
	chrome := chromium(t)
	dir, err := filepath.Abs(*corpus)
	if err != nil {
		t.Fatal(err)
	}
	s := serve(t)
	downloads := t.TempDir()
	ctx := browse(t, chrome, s, newElsewhere(t), "en", downloads)
	if err := chromedp.Do(ctx, chromedp.Navigate(s.URL)); err != nil {
		t.Fatal(err)
	}
	state(t, ctx, "ready")
	start := time.Now()
	upload(t, ctx, "folder", dir)
	took := time.Since(start)
	status, err := chromedp.Run(ctx, chromedp.Text(chromedp.ID("status")))
	if err != nil {
		t.Fatal(err)
	}
	// The page's own time runs from the files given to the table shown;
	// the rest is the test handing Chromium the folder's files.
	page, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`[document.body.dataset.ms, document.body.dataset.timing]`))
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%s: %s ms in the page (%s), %v from the test's giving the folder to the table", status, page[0], page[1], took.Round(time.Millisecond))
	if ms, _ := strconv.Atoi(page[0]); ms > 10000 {
		t.Errorf("the page took %d ms, over 10 s", ms)
	}
	for _, name := range []string{"csv", "xlsx"} {
		start := time.Now()
		data := download(t, ctx, downloads, name)
		t.Logf("%s: %d bytes in %v", name, len(data), time.Since(start).Round(time.Millisecond))
	}
}
