package inputs

import (
	"archive/tar"
	"archive/zip"
	"bytes"
	"compress/gzip"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

const page = "Projektnummer:\n2020/00634\nNamn:\nEn sida\n"

type entry struct{ name, data string }

func zipOf(t testing.TB, entries ...entry) []byte {
	t.Helper()
	var b bytes.Buffer
	w := zip.NewWriter(&b)
	for _, e := range entries {
		f, err := w.Create(e.name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := f.Write([]byte(e.data)); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func tarOf(t testing.TB, entries ...entry) []byte {
	t.Helper()
	var b bytes.Buffer
	w := tar.NewWriter(&b)
	for _, e := range entries {
		typ := byte(tar.TypeReg)
		if strings.HasSuffix(e.name, "/") {
			typ = tar.TypeDir
		}
		if err := w.WriteHeader(&tar.Header{Name: e.name, Typeflag: typ, Size: int64(len(e.data)), Mode: 0o644}); err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write([]byte(e.data)); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func gzipOf(t testing.TB, data []byte) []byte {
	t.Helper()
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	if _, err := w.Write(data); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// unpacked lists what Unpack yields of data: each file as "path=data",
// each problem as "path (error)", and the error last.
func unpacked(t testing.TB, path string, data []byte, pattern string, limit int64) []string {
	return unpackedIn(t, path, data, pattern, limit, MaxArchiveSize)
}

// unpackedIn is unpacked with the archive's budget, all told.
func unpackedIn(t testing.TB, path string, data []byte, pattern string, limit, left int64) []string {
	t.Helper()
	kind, other := Sniff(data[:min(len(data), SniffLen)])
	if other != "" || kind == NoArchive {
		t.Fatalf("%s: Sniff = %q, %q", path, kind, other)
	}
	var got []string
	u := unpacker{pattern: pattern, limit: limit, left: left, yield: func(m Member) bool {
		if m.Problem != nil {
			got = append(got, m.Path+" ("+m.Problem.Err.Error()+")")
		} else {
			got = append(got, m.Path+"="+string(m.Data))
		}
		return true
	}}
	if _, err := u.unpack(path, bytes.NewReader(data), int64(len(data)), kind, 1); err != nil {
		got = append(got, "error: "+err.Error())
	}
	return got
}

func TestSniff(t *testing.T) {
	docx := zipOf(t, entry{"[Content_Types].xml", "<Types/>"}, entry{"word/document.xml", "<w:document/>"})
	odt := zipOf(t, entry{"mimetype", "application/vnd.oasis.opendocument.text"})
	tarData := tarOf(t, entry{"a.txt", page})
	for _, c := range []struct {
		name        string
		head        []byte
		kind, other string
	}{
		{"zip", zipOf(t, entry{"a.txt", page}), Zip, ""},
		{"empty zip", zipOf(t), Zip, ""},
		{"Word document", docx, NoArchive, ""},
		{"OpenDocument", odt, NoArchive, ""},
		{"gzip", gzipOf(t, []byte(page)), Gzip, ""},
		{"bzip2", []byte("BZh91AY&SY"), Bzip2, ""},
		{"bzip2 block size 0 is no bzip2", []byte("BZh0 text"), NoArchive, ""},
		{"BZh as a word", []byte("BZh"), NoArchive, ""},
		{"tar", tarData[:SniffLen], Tar, ""},
		{"tar cut before its magic", tarData[:261], NoArchive, ""},
		{"7-Zip", []byte("7z\xbc\xaf\x27\x1c\x00\x04"), NoArchive, "7-Zip"},
		{"RAR", []byte("Rar!\x1a\x07\x01\x00"), NoArchive, "RAR"},
		{"xz", []byte("\xfd7zXZ\x00\x00"), NoArchive, "xz"},
		{"zstd", []byte{0x28, 0xb5, 0x2f, 0xfd, 0}, NoArchive, "zstd"},
		{"a page", []byte(page), NoArchive, ""},
		{"nothing", nil, NoArchive, ""},
	} {
		head := c.head[:min(len(c.head), SniffLen)]
		if kind, other := Sniff(head); kind != c.kind || other != c.other {
			t.Errorf("%s: Sniff = %q, %q; want %q, %q", c.name, kind, other, c.kind, c.other)
		}
	}
}

func TestUnpack(t *testing.T) {
	inner := zipOf(t, entry{"inner.txt", "inner page"})
	for _, c := range []struct {
		name string
		path string
		data []byte
		want []string
	}{{
		"a zip is read as a folder, in its own order, by the walk's rules",
		"p.zip",
		zipOf(t, entry{"b.txt", "B"}, entry{"dir/", ""}, entry{"dir/a.TXT", "A"}, entry{"notes.png", "x"},
			entry{".hidden.txt", "h"}, entry{"__MACOSX/._b.txt", "fork"}, entry{".git/x.txt", "g"}),
		[]string{"p.zip/b.txt=B", "p.zip/dir/a.TXT=A", "p.zip/notes.png (" + ErrNoMatch.Error() + ")",
			"p.zip/.hidden.txt (" + ErrHidden.Error() + ")", "p.zip/__MACOSX/._b.txt (" + ErrHidden.Error() + ")",
			"p.zip/.git/x.txt (" + ErrHidden.Error() + ")"},
	}, {
		"names are cleaned: ./, //, backslashes and a leading /",
		"p.zip",
		zipOf(t, entry{"./a.txt", "1"}, entry{"x//b.txt", "2"}, entry{`w\c.txt`, "3"}, entry{"/d.txt", "4"}),
		[]string{"p.zip/a.txt=1", "p.zip/x/b.txt=2", "p.zip/w/c.txt=3", "p.zip/d.txt=4"},
	}, {
		"a file compressed by itself is taken by the name under its compression",
		"p.zip",
		zipOf(t, entry{"projects.csv.gz", string(gzipOf(t, []byte("id\n")))}, entry{"page.txt.gz", string(gzipOf(t, []byte("P")))}),
		[]string{"p.zip/projects.csv.gz (" + ErrNoMatch.Error() + ")", "p.zip/page.txt.gz=P"},
	}, {
		"control characters in a name are no escapes",
		"p.zip",
		zipOf(t, entry{"a\x1b[31m\nesf: b.txt", "A"}),
		[]string{"p.zip/a?[31m?esf: b.txt=A"},
	}, {
		"a tar skips its folders",
		"p.tar",
		tarOf(t, entry{"./", ""}, entry{"./a.txt", "A"}, entry{"./sub/", ""}, entry{"./sub/b.md", "B"}),
		[]string{"p.tar/a.txt=A", "p.tar/sub/b.md=B"},
	}, {
		"a gzipped tar is a tar",
		"p.tgz",
		gzipOf(t, tarOf(t, entry{"a.txt", "A"})),
		[]string{"p.tgz/a.txt=A"},
	}, {
		"a gzipped page is the one input, under the compressed file's name",
		"page.txt.gz",
		gzipOf(t, []byte(page)),
		[]string{"page.txt.gz=" + page},
	}, {
		"an archive inside is read in its place",
		"outer.zip",
		zipOf(t, entry{"a.txt", "A"}, entry{"in.zip", string(inner)}, entry{"z.txt", "Z"}),
		[]string{"outer.zip/a.txt=A", "outer.zip/in.zip/inner.txt=inner page", "outer.zip/z.txt=Z"},
	}, {
		"a document inside is a file",
		"p.zip",
		zipOf(t, entry{"a.docx", string(zipOf(t, entry{"word/document.xml", "<w:document/>"}))}),
		[]string{"p.zip/a.docx=" + string(zipOf(t, entry{"word/document.xml", "<w:document/>"}))},
	}, {
		"a 7-Zip archive inside is named",
		"p.zip",
		zipOf(t, entry{"x.zip", "7z\xbc\xaf\x27\x1c\x00\x04"}),
		[]string{"p.zip/x.zip (7-Zip " + ErrArchiveKind.Error() + ")"},
	}, {
		"a broken archive inside is named, and the outer one goes on",
		"p.zip",
		zipOf(t, entry{"bad.zip", "PK\x03\x04broken"}, entry{"a.txt", "A"}),
		[]string{"p.zip/bad.zip (unreadable zip archive: zip: not a valid zip file)", "p.zip/a.txt=A"},
	}} {
		t.Run(c.name, func(t *testing.T) {
			got := unpacked(t, c.path, c.data, "*.txt,*.md,*.docx", MaxMemberSize)
			if !slices.Equal(got, c.want) {
				t.Errorf("got  %q\nwant %q", got, c.want)
			}
		})
	}
}

// TestUnpackBzip2 reads what the bzip2 tool wrote, which the standard
// library can read but not write.
func TestUnpackBzip2(t *testing.T) {
	for file, want := range map[string]string{
		"pages.tar.bz2": "pages.tar.bz2/bzpage.txt=Projektnummer:\n2020/00634\nNamn:\nBz sida\n",
		"page.txt.bz2":  "page.txt.bz2=Projektnummer:\n2020/00634\nNamn:\nBz sida\n",
	} {
		data, err := os.ReadFile(filepath.Join("testdata", file))
		if err != nil {
			t.Fatal(err)
		}
		if got := unpacked(t, file, data, "*.txt", MaxMemberSize); !slices.Equal(got, []string{want}) {
			t.Errorf("%s: got %q, want %q", file, got, want)
		}
	}
}

// TestUnpackLimits holds each limit at its edge.
func TestUnpackLimits(t *testing.T) {
	t.Run("member size", func(t *testing.T) {
		data := zipOf(t, entry{"a.txt", "12345"})
		if got := unpacked(t, "p.zip", data, "", 5); !slices.Equal(got, []string{"p.zip/a.txt=12345"}) {
			t.Errorf("at the limit: %q", got)
		}
		want := []string{"p.zip/a.txt (" + ErrMemberSize.Error() + ")"}
		if got := unpacked(t, "p.zip", data, "", 4); !slices.Equal(got, want) {
			t.Errorf("one past the limit: %q", got)
		}
		// A tar goes on past a member too big.
		data = tarOf(t, entry{"big.txt", "12345"}, entry{"b.txt", "1"})
		want = []string{"p.tar/big.txt (" + ErrMemberSize.Error() + ")", "p.tar/b.txt=1"}
		if got := unpacked(t, "p.tar", data, "", 4); !slices.Equal(got, want) {
			t.Errorf("tar: %q", got)
		}
		data = gzipOf(t, []byte("12345"))
		if got := unpacked(t, "p.gz", data, "", 4); !slices.Equal(got, []string{"p.gz (" + ErrMemberSize.Error() + ")"}) {
			t.Errorf("gzip: %q", got)
		}
	})
	t.Run("the archive's size, all told", func(t *testing.T) {
		data := zipOf(t, entry{"a.txt", "123"}, entry{"b.txt", "45"}, entry{"c.txt", "6"})
		want := []string{"p.zip/a.txt=123", "p.zip/b.txt=45", "p.zip/c.txt (" + ErrArchiveSize.Error() + ")"}
		if got := unpackedIn(t, "p.zip", data, "", 10, 5); !slices.Equal(got, want) {
			t.Errorf("one past the budget: %q", got)
		}
		want = []string{"p.zip/a.txt=123", "p.zip/b.txt=45", "p.zip/c.txt=6"}
		if got := unpackedIn(t, "p.zip", data, "", 10, 6); !slices.Equal(got, want) {
			t.Errorf("at the budget: %q", got)
		}
		// Archives inside count against the outer one's budget.
		outer := zipOf(t, entry{"in.zip", string(zipOf(t, entry{"a.txt", "123456"}))})
		if got := unpackedIn(t, "p.zip", outer, "", 1<<20, 20); len(got) != 1 || !strings.Contains(got[0], ErrArchiveSize.Error()) {
			t.Errorf("nested: %q", got)
		}
	})
	t.Run("nesting", func(t *testing.T) {
		// nested(n) is n zips, one inside the other, the innermost holding a page.
		nested := func(n int) []byte {
			data := zipOf(t, entry{"a.txt", "A"})
			for range n - 1 {
				data = zipOf(t, entry{"in.zip", string(data)})
			}
			return data
		}
		deepest := "p.zip" + strings.Repeat("/in.zip", MaxNesting-1)
		if got := unpacked(t, "p.zip", nested(MaxNesting), "", MaxMemberSize); !slices.Equal(got, []string{deepest + "/a.txt=A"}) {
			t.Errorf("%d deep: %q", MaxNesting, got)
		}
		want := []string{deepest + "/in.zip (" + ErrNesting.Error() + ")"}
		if got := unpacked(t, "p.zip", nested(MaxNesting+1), "", MaxMemberSize); !slices.Equal(got, want) {
			t.Errorf("%d deep: %q", MaxNesting+1, got)
		}
	})
}

func TestUnpackErrors(t *testing.T) {
	docx := zipOf(t, entry{"_rels/.rels", "<r/>"}, entry{"word/document.xml", "<w:document/>"})
	if err := Unpack("a", bytes.NewReader(docx), int64(len(docx)), Zip, "", func(Member) bool {
		t.Error("a document yields a member")
		return true
	}); !errors.Is(err, ErrDocument) {
		t.Errorf("a Word document whose first entry is not its content types: %v", err)
	}
	broken := gzipOf(t, []byte(page))
	broken = broken[:len(broken)-10]
	var got []string
	err := Unpack("p.gz", bytes.NewReader(broken), int64(len(broken)), Gzip, "", func(m Member) bool {
		if m.Problem == nil {
			t.Errorf("a cut gzip yields %q", m.Data)
		} else {
			got = append(got, m.Problem.Err.Error())
		}
		return true
	})
	if err != nil || len(got) != 1 || !strings.HasPrefix(got[0], "unreadable gzip file: ") {
		t.Errorf("a cut gzip: %q, %v", got, err)
	}
	if err := Unpack("p.tar", strings.NewReader("x"), 1, Tar, "", func(Member) bool { return true }); err == nil {
		t.Error("a broken tar gives no error")
	}
	// yield asking to stop stops the walk of the archive.
	data := zipOf(t, entry{"a.txt", "A"}, entry{"b.txt", "B"})
	n := 0
	Unpack("p.zip", bytes.NewReader(data), int64(len(data)), Zip, "", func(Member) bool { n++; return false })
	if n != 1 {
		t.Errorf("yielded %d after a stop", n)
	}
}

func TestArchiveNames(t *testing.T) {
	for name, want := range map[string]bool{
		"page.txt": true, "page.txt.gz": true, "page.html.bz2": true, "projects.csv.gz": false, "p.tar.gz": true,
		"p.tgz": true, "p.zip": true, "notes.png": false, "notes.png.gz": false,
	} {
		if got := Takes(name, "*.txt,*.html"); got != want {
			t.Errorf("Takes(%q) = %v", name, got)
		}
	}
	for name, want := range map[string]bool{
		"p.zip": true, "P.ZIP": true, "p.tar": true, "p.tgz": true, "p.tar.gz": true, "page.txt.gz": true,
		"p.tar.bz2": true, "p.tbz2": true, "dir.zip/page.txt": false, "p.txt": false, "zip": false,
	} {
		if got := ArchiveName(name); got != want {
			t.Errorf("ArchiveName(%q) = %v", name, got)
		}
	}
	for name, want := range map[string]string{
		"page.html.gz": "page.html", "PAGE.MD.GZ": "PAGE.MD", "p.txt.bz2": "p.txt", "p.txt": "p.txt", "gz": "gz",
	} {
		if got := Uncompressed(name); got != want {
			t.Errorf("Uncompressed(%q) = %q, want %q", name, got, want)
		}
	}
}

// FuzzUnpack holds that no archive, however broken, stops the reader
// with a panic, and that every file it yields is named inside the archive.
func FuzzUnpack(f *testing.F) {
	f.Add(zipOf(f, entry{"a.txt", page}, entry{"in.zip", string(zipOf(f, entry{"b.txt", "B"}))}))
	f.Add(tarOf(f, entry{"dir/", ""}, entry{"dir/a.txt", page}))
	f.Add(gzipOf(f, tarOf(f, entry{"a.txt", page})))
	f.Add(gzipOf(f, []byte(page)))
	for _, name := range []string{"pages.tar.bz2", "page.txt.bz2"} {
		if data, err := os.ReadFile(filepath.Join("testdata", name)); err == nil {
			f.Add(data)
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		kind, _ := Sniff(data[:min(len(data), SniffLen)])
		if kind == NoArchive {
			return
		}
		u := unpacker{limit: 1 << 20, yield: func(m Member) bool {
			if m.Path != "a" && !strings.HasPrefix(m.Path, "a/") {
				t.Errorf("a file named %q outside the archive", m.Path)
			}
			if slices.Contains(strings.Split(m.Path, "/"), "..") {
				t.Errorf("a file named %q climbs out of the archive", m.Path)
			}
			return true
		}}
		u.unpack("a", bytes.NewReader(data), int64(len(data)), kind, 1)
	})
}
