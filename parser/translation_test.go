package parser

import (
	"encoding/xml"
	"fmt"
	"strings"
	"testing"
)

// xmlEscaped is s as XML's text.
func xmlEscaped(s string) string {
	var b strings.Builder
	xml.EscapeText(&b, []byte(s))
	return b.String()
}

// translationXML write a page's lines, a segment each, as a translation
// memory or an XLIFF file, as translationFormats.
var translationXML = map[string]func(segs []string) (string, []int){
	"TMX": func(segs []string) (string, []int) {
		var b strings.Builder
		b.WriteString("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">\n<header srclang=\"sv-SE\" segtype=\"sentence\"/>\n<body>\n")
		var at []int
		for k, s := range segs {
			e := xmlEscaped(s)
			fmt.Fprintf(&b, "<tu tuid=\"%d\">\n<tuv xml:lang=\"en-GB\"><seg>%s</seg></tuv>\n<tuv xml:lang=\"sv-SE\"><seg>%s</seg></tuv>\n</tu>\n", k+1, e, e)
			at = append(at, 5+4*k+2)
		}
		b.WriteString("</body>\n</tmx>\n")
		return b.String(), at
	},
	"XLIFF": func(segs []string) (string, []int) {
		var b strings.Builder
		b.WriteString("<?xml version=\"1.0\"?>\n<xliff version=\"1.2\">\n<file source-language=\"sv-SE\" target-language=\"en-GB\" original=\"sida.docx\">\n<body>\n")
		var at []int
		for k, s := range segs {
			e := xmlEscaped(s)
			fmt.Fprintf(&b, "<trans-unit id=\"%d\">\n<source>%s</source>\n<target>%s</target>\n</trans-unit>\n", k+1, e, e)
			at = append(at, 5+4*k+1)
		}
		b.WriteString("</body>\n</file>\n</xliff>\n")
		return b.String(), at
	},
}

// translationFormats write a page's lines, a segment each, as each
// translator's tool keeps them, the English target beside each; each
// returns the file and, for each segment, its line in the file.
var translationFormats = map[string]func(segs []string) (string, []int){
	"memoQ table": func(segs []string) (string, []int) {
		var b strings.Builder
		b.WriteString("sida.docx\nID\tSvenska (Sverige)\tEngelska (Storbritannien)\tKommentar\tStatus\n")
		var at []int
		for k, s := range segs {
			fmt.Fprintf(&b, "%d\t%s\t%s\t\tBekräftad\n", k+1, s, s)
			at = append(at, k+3)
		}
		return b.String(), at
	},
	"Wordfast TM": func(segs []string) (string, []int) {
		var b strings.Builder
		b.WriteString("%20240316~101012\t%User ID,AB,AB\t%TU=00000064\t%SV-SE\t%Wordfast TM v.546/00\t%EN-GB\t%---13893345\t\t\t.\n")
		var at []int
		for k, s := range segs {
			fmt.Fprintf(&b, "20240316~12%04d\tAB\t1\tSV-SE\t%s\tEN-GB\t%s\n", k, s, s)
			at = append(at, k+2)
		}
		return b.String(), at
	},
	"Wordfast TM, Swedish the target": func(segs []string) (string, []int) {
		var b strings.Builder
		b.WriteString("%20240316~101012\t%User ID,AB,AB\t%TU=00000064\t%EN-GB\t%Wordfast TM v.546/00\t%SV-SE\t%---13893345\n")
		var at []int
		for k, s := range segs {
			fmt.Fprintf(&b, "20240316~12%04d\tAB\t1\tEN-GB\t%s\tSV-SE\t%s\n", k, s, s)
			at = append(at, k+2)
		}
		return b.String(), at
	},
	"Trados review, no codes": func(segs []string) (string, []int) {
		var b strings.Builder
		var at []int
		for k, s := range segs {
			fmt.Fprintf(&b, "Segment %d\n%s\n%s\nBekräftad\n\n", k+1, s, s)
			at = append(at, 5*k+2)
		}
		return b.String(), at
	},
	"Trados review": func(segs []string) (string, []int) {
		var b strings.Builder
		var at []int
		for k, s := range segs {
			fmt.Fprintf(&b, "Segment %d [Översatt]\nsv: %s\nen: %s\n\n", k+1, s, s)
			at = append(at, 4*k+2)
		}
		return b.String(), at
	},
}

// TestTranslationFiles writes the seeds into each translator's tool's
// bilingual file: each reads as the seed, from its Swedish segments, each
// field on the line of the file its segment stands on, and says once it
// was read from a translation file.
func TestTranslationFiles(t *testing.T) {
	for _, seed := range []string{seed2021, seed2014, seedStacked, seedGlued} {
		page := seedPage(t, seed)
		want := parseOne(t, seed, []byte(page))
		wantMap := jsonMap(t, want)
		var segs []string
		segAt := map[int]int{} // the seed's line → its segment
		for n, l := range splitLines(page) {
			if strings.TrimSpace(l) != "" {
				segAt[n+1] = len(segs)
				segs = append(segs, l)
			}
		}
		formats := map[string]func([]string) (string, []int){}
		for name, write := range translationFormats {
			formats[name+".txt"], formats[name+".tsv"] = write, write
		}
		for name, write := range translationXML {
			formats[name+".xml"] = write
		}
		for name, write := range formats {
			file, at := write(segs)
			got := parseOne(t, name, []byte(file))
			gotMap := jsonMap(t, got)
			for k := range wantMap {
				if k != "source" && k != "warnings" && unparagraphed(jsonString(gotMap[k])) != unparagraphed(jsonString(wantMap[k])) {
					t.Errorf("%s as %s: %s = %.80s, want %.80s", seed, name, k, jsonString(gotMap[k]), jsonString(wantMap[k]))
				}
			}
			if l := want.Lines[KeyName]; l > 0 && got.Lines[KeyName] != at[segAt[l]] {
				t.Errorf("%s as %s: name on line %d, want %d", seed, name, got.Lines[KeyName], at[segAt[l]])
			}
			noted := 0
			for _, w := range got.Warnings {
				if w.Message == translationNote || w.Message == tmxNote {
					noted++
				}
			}
			if noted != 1 {
				t.Errorf("%s as %s: %d notes of a translation file, want 1", seed, name, noted)
			}
		}
	}
}

// unparagraphed is a field's JSON with its paragraphs' blank lines as
// line ends: a translation file keeps a page's lines as its segments but
// not the blank lines between its paragraphs.
func unparagraphed(s string) string {
	for strings.Contains(s, `\n\n`) {
		s = strings.ReplaceAll(s, `\n\n`, `\n`)
	}
	return s
}

// TestTranslationSegmentsEdge reads a file of minTranslationSegments
// segments as a translation's, and one of a segment fewer as it is.
func TestTranslationSegmentsEdge(t *testing.T) {
	segs := []string{"Namn:", "Digga", "Region:", "Sydsverige", "Fond:", "ESF+", "Slut"}
	for name, write := range translationFormats {
		for _, n := range []int{minTranslationSegments - 1, minTranslationSegments} {
			file, _ := write(segs[:n])
			read, _, _, ok := readTranslation(file)
			if ok != (n >= minTranslationSegments) {
				t.Errorf("%s, %d segments: read %v, want %v", name, n, ok, !ok)
			}
			if ok && read != strings.Join(segs[:n], "\n")+"\n" {
				t.Errorf("%s, %d segments: read %q", name, n, read)
			}
		}
	}
}

// TestTranslationPreambleEdge reads a memoQ table below
// maxTranslationPreamble lines of its own, and not below one more.
func TestTranslationPreambleEdge(t *testing.T) {
	table := "ID\tSvenska\tEngelska\n1\tNamn:\tName:\n2\tDigga\tDigga\n3\tRegion:\tRegion:\n4\tSydsverige\tSydsverige\n5\tFond:\tFund:\n"
	for _, n := range []int{maxTranslationPreamble, maxTranslationPreamble + 1} {
		file := strings.Repeat("rubrik\n", n) + table
		if _, _, _, ok := readTranslation(file); ok != (n <= maxTranslationPreamble) {
			t.Errorf("%d lines above the header: read %v", n, ok)
		}
	}
}

// TestTranslationNotOthers leaves as they are a table whose rows do not
// all begin with an ID and a table of no Swedish column.
func TestTranslationNotOthers(t *testing.T) {
	for _, file := range []string{
		"ID\tSvenska\tEngelska\n1\tNamn:\tName:\n2\tDigga\tDigga\nx\tRegion:\tRegion:\n4\tSydsverige\tSydsverige\n5\tFond:\tFund:\n6\ta\tb\n",
		"ID\tEnglish\tDeutsch\n1\tName:\tName:\n2\tDigga\tDigga\n3\tRegion:\tRegion:\n4\tSydsverige\tSydsverige\n5\tFund:\tFonds:\n",
		"Segment 1\nsv: a\nen: b\nSegment 2\nsv: a\nen: b\nfri text\nmer fri text\nSegment 3\nsv: a\nSegment 4\nsv: a\nSegment 5\nsv: a\n",
	} {
		if _, _, _, ok := readTranslation(file); ok {
			t.Errorf("%.40q read as a translation file", file)
		}
	}
}

// TestTranslationXMLNoSwedish reads a translation memory of no Swedish
// segment as the XML it is, not as a translation's page.
func TestTranslationXMLNoSwedish(t *testing.T) {
	for _, file := range []string{
		`<tmx version="1.4"><body><tu><tuv xml:lang="en-GB"><seg>Name:</seg></tuv><tuv xml:lang="de-DE"><seg>Name:</seg></tuv></tu></body></tmx>`,
		`<xliff version="1.2"><file source-language="en-GB" target-language="de-DE"><body><trans-unit id="1"><source>Name:</source><target>Name:</target></trans-unit></body></file></xliff>`,
	} {
		if _, _, ok := readXML(file).tmxLayout(); ok {
			t.Errorf("%.40q read as a translation's page", file)
		}
	}
}
