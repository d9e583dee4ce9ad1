package parser

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// withoutNotes returns recs's records without the warnings whose message
// is one of messages, and how many it took off.
func withoutNotes(recs []*Project, messages ...string) int {
	n := 0
	for _, rec := range recs {
		rec.Warnings = slices.DeleteFunc(rec.Warnings, func(w Warning) bool {
			if slices.Contains(messages, w.Message) {
				n++
				return true
			}
			return false
		})
	}
	return n
}

// codingReports returns a page as each program's report of its segments
// writes it, a segment a paragraph, in the page's order.
func codingReports(page string) map[string]string {
	segments := strings.Split(strings.TrimRight(page, "\n"), "\n\n")
	var nvivo, atlas, maxqda, dedoose strings.Builder
	nvivo.WriteString(fmt.Sprintf("<Files\\\\ESF-projekt\\\\Digga> - § %d references coded  [100,00%% Coverage]\n\n", len(segments)))
	atlas.WriteString(fmt.Sprintf("Project: ESF-utvärdering 2024\nReport created by Anna Berg on 2024-03-12\n\nAll (%d) quotations\n\n", len(segments)))
	at := 1
	for k, s := range segments {
		n := strings.Count(s, "\n") + 1
		first, _, _ := strings.Cut(s, "\n")
		fmt.Fprintf(&nvivo, "Reference %d - %d,%02d%% Coverage\n\n%s\n\n", k+1, 3*k, k, s)
		fmt.Fprintf(&atlas, "○ 1:%d %s…\nContent:\n%s\nCodes:\n● Kod %d\n● Projekt\n\n", k+1, first[:min(len(first), 30)], s, k)
		fmt.Fprintf(&maxqda, "Digga Perstorps Personal: %d - %d (0)\nKod: Dokument\\Kod %d\n\n%s\n\n\n", at, at+n-1, k, s)
		fmt.Fprintf(&dedoose, "Media Title: Digga\nExcerpt Range: %d-%d\nCodes Applied: Kod %d\nExcerpt Copy:\n%s\n\n", at, at+n-1, k, s)
		at += n + 1
	}
	return map[string]string{"NVivo": nvivo.String(), "ATLAS.ti": atlas.String(), "MAXQDA": maxqda.String(), "Dedoose": dedoose.String()}
}

// TestCodedPages holds a seed page coded in each program, and with codes
// in its text, to the page alone: the program's lines and the codes are
// left out, named once, and none of them reaches the record.
func TestCodedPages(t *testing.T) {
	page := strings.TrimRight(seedPage(t, seed000), "\n") + "\n"
	alone := comparable(t, mustParse(t, []byte(page)))
	cases := codingReports(page)
	inline := page
	for _, r := range []struct{ value, code string }{
		{"PERSTORPS KOMMUN\n", "AKTÖR"}, {"Sydsverige\n", "GEOGRAFI"}, {"605\n", "MÅLGRUPP"}, {"2024-03-01\n", "TID"}, {"40%\n", "FINANSIERING"},
	} {
		inline = strings.Replace(inline, r.value, strings.TrimSuffix(r.value, "\n")+" ["+r.code+"]\n", 1)
	}
	cases["inline codes"] = inline
	for name, in := range cases {
		recs := mustParse(t, []byte(in))
		if len(recs) != 1 {
			t.Errorf("%s: %d records, want 1", name, len(recs))
			continue
		}
		if withoutNotes(recs, codingReportNote, inlineCodeNote) == 0 {
			t.Errorf("%s: the program's lines are not named", name)
		}
		if got := comparable(t, recs); got != alone {
			t.Errorf("%s: read as\n%s\nwant the page alone:\n%s", name, got, alone)
		}
	}
}

func TestStripInlineCodes(t *testing.T) {
	coded := func(n int, code string) string {
		return strings.Repeat("Region: Sydsverige ["+code+"]\n", n)
	}
	for _, tt := range []struct {
		name, in, want string
		ok             bool
	}{
		{"minCodedLines-1 lines coded", coded(minCodedLines-1, "GEOGRAFI"), "", false},
		{"minCodedLines lines coded", coded(minCodedLines, "GEOGRAFI"), strings.Repeat("Region: Sydsverige\n", minCodedLines), true},
		{"a code of maxCodeLen", coded(minCodedLines, strings.Repeat("Å", maxCodeLen)), strings.Repeat("Region: Sydsverige\n", minCodedLines), true},
		{"a code of maxCodeLen+1", coded(minCodedLines, strings.Repeat("Å", maxCodeLen+1)), "", false},
		{"a code of two capitals", coded(minCodedLines, "AB"), strings.Repeat("Region: Sydsverige\n", minCodedLines), true},
		{"a capital alone", coded(minCodedLines, "A"), "", false},
		{"footnotes' marks", coded(minCodedLines, "1"), "", false},
		{"a checker's notes", coded(minCodedLines, "kolla"), "", false},
		{"a code alone on its line", strings.Repeat("[AKTÖR]\n", minCodedLines), "", false},
		{"codes of words", coded(minCodedLines, "TID-PERIOD/START"), strings.Repeat("Region: Sydsverige\n", minCodedLines), true},
		{"two codes on a line", coded(minCodedLines, "GEOGRAFI] [REGION"), strings.Repeat("Region: Sydsverige\n", minCodedLines), true},
	} {
		got, ok := stripInlineCodes(tt.in)
		if ok != tt.ok || ok && got != tt.want {
			t.Errorf("%s: stripInlineCodes = %q, %v; want %q, %v", tt.name, got, ok, tt.want, tt.ok)
		}
	}
}

func TestStripCodingReport(t *testing.T) {
	refs := func(n int) string {
		var b strings.Builder
		for k := 1; k <= n; k++ {
			fmt.Fprintf(&b, "Reference %d - 12,5%% Coverage\nRegion: Sydsverige\n", k)
		}
		return b.String()
	}
	for _, tt := range []struct {
		name, in, want string
		ok             bool
	}{
		{"minReferences-1 reference, no source's head", refs(minReferences - 1), "", false},
		{"minReferences references", refs(minReferences), strings.Repeat("\nRegion: Sydsverige\n", minReferences), true},
		{"one reference below its source's head", "<Files\\\\a> - § 1 references coded  [8,24% Coverage]\n" + refs(1), "\n\nRegion: Sydsverige\n", true},
		{"a node's name over a source's head", "Name: Nodes\\\\Bakgrund\n<Files\\\\a> - § 1 references coded  [8.24% Coverage]\n" + refs(1), "\n\n\nRegion: Sydsverige\n", true},
		{"a reference in words", "Reference 1 - see Coverage\nReference 2 - 3 % Coverage\n", "", false},
		{"a quotation over its content and codes", "Report: 1 quotations\n\n○ 1:1 Region\nContent:\nRegion: Sydsverige\nCodes:\n● Geografi\n\nText.\n",
			"\n\n\n\nRegion: Sydsverige\n\n\n\nText.\n", true},
		{"a quotation's document between its name and content", "○ 1:1 Region\nDocument: Digga\nContent:\nRegion: Sydsverige\n", "\n\n\nRegion: Sydsverige\n", true},
		{"a quotation's name with no content right below", "○ 1:1 Region\nRegion: Sydsverige\nContent:\nCodes:\n● Geografi\n", "", false},
		{"a segment's place over its code", "Digga: 1 - 3 (0)\nKod: Dokument\\Bakgrund\n\nRegion: Sydsverige\n", "\n\n\nRegion: Sydsverige\n", true},
		{"a segment's place, its document named with a colon", "Gagna:kompetens: 1 - 3 (12,5)\nCode: Bakgrund\nRegion: Sydsverige\n", "\n\nRegion: Sydsverige\n", true},
		{"a segment's place as a quotation names it", "Digga, Pos. 3-4\nCode: Bakgrund\nRegion: Sydsverige\n", "\n\nRegion: Sydsverige\n", true},
		{"coverage in small letters", strings.ReplaceAll(refs(minReferences), "Coverage", "coverage"), strings.Repeat("\nRegion: Sydsverige\n", minReferences), true},
		{"a place with no code below", "Digga: 1 - 3 (0)\nRegion: Sydsverige\nKod: 4\n", "", false},
		{"minDedooseLabels-1 excerpt's label", "Excerpt Copy: Region: Sydsverige\nKod: 1\n", "", false},
		{"minDedooseLabels excerpt's labels", "Codes Applied: Geografi\nExcerpt Copy: Region: Sydsverige\n", "\nRegion: Sydsverige\n", true},
	} {
		got, ok := stripCodingReport(tt.in)
		if ok != tt.ok || ok && got != tt.want {
			t.Errorf("%s: stripCodingReport = %q, %v; want %q, %v", tt.name, got, ok, tt.want, tt.ok)
		}
	}
}
