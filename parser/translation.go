package parser

import (
	"strings"
)

// A page sent for translation comes back in the translator's tools'
// bilingual files, which people keep and later use as the page: memoQ's
// bilingual table as text (ID, source, target, comment, status, a row a
// segment, under a header naming the languages), a Wordfast TM (a "%"
// header, then date, user, count, source language, source, target
// language, target) or Trados' review text ("Segment 12", then "sv: …"
// and "en: …" lines). readTranslation reads the page from its Swedish
// segments, a line each, on the line of the file where each stands.

// translationNote says that a page was read from a translation file.
const translationNote = "the page is a translation tool's bilingual file (a memoQ table, a Wordfast TM, a Trados review): it was read from the Swedish source segments, a line each, with no blank line between paragraphs, which the file does not keep; the translation, IDs and statuses were left out"

// minTranslationSegments is how many segments a file holds at least to be
// read as a translation's: a page has dozens, and a few rows that happen
// to look like a tool's are more likely a table of the page's own.
const minTranslationSegments = 5

// maxTranslationPreamble is how many lines may stand above a memoQ
// table's header: the exported document's name, a title.
const maxTranslationPreamble = 3

// readTranslation reads each page of text that is a translation tool's
// bilingual file from its Swedish segments. It returns the text, each of
// its lines' line of text (1-based), and the first line of each page read;
// ok is false where text holds no such file.
func readTranslation(text string) (read string, lines, pages []int, ok bool) {
	if !containsRare(text, "\t") && !containsRare(text, "Segment ") {
		return text, nil, nil, false
	}
	read, lines, pages, _, ok = readEachPage(text, readTranslationPage)
	return read, lines, pages, ok
}

// readTranslationPage is readTranslation for one page.
func readTranslationPage(page string) (read string, lines, named []int, ok bool) {
	all := splitLines(strings.TrimSuffix(page, "\n"))
	var segs []int
	var texts []string
	for _, reader := range []func([]string) ([]int, []string){memoQSegments, wordfastSegments, tradosSegments} {
		if segs, texts = reader(all); len(segs) >= minTranslationSegments {
			break
		}
	}
	if len(segs) < minTranslationSegments {
		return page, nil, nil, false
	}
	var b strings.Builder
	for i, t := range texts {
		b.WriteString(t)
		b.WriteByte('\n')
		lines = append(lines, segs[i]+1)
	}
	return b.String(), lines, nil, true
}

// isSwedishTag reports a language as a tool names it in its header or
// its rows: "sv", "SV-SE", "Svenska (Sverige)", "Swedish".
func isSwedishTag(s string) bool {
	s = strings.ToLower(strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(s), "%")))
	return s == "sv" || strings.HasPrefix(s, "sv-") || strings.HasPrefix(s, "sv_") ||
		strings.HasPrefix(s, "svenska") || strings.HasPrefix(s, "swedish")
}

// isLanguageTag reports a language code as a tool writes it: "en",
// "EN-GB", "sv_SE".
func isLanguageTag(s string) bool {
	s = strings.TrimPrefix(strings.TrimSpace(s), "%")
	if len(s) != 2 && len(s) != 5 || len(s) == 5 && s[2] != '-' && s[2] != '_' {
		return false
	}
	for i := 0; i < len(s); i++ {
		if i != 2 && !isASCIILetter(s[i]) {
			return false
		}
	}
	return true
}

// memoQSegments returns the 0-based lines and texts of the Swedish
// segments of a memoQ bilingual table: a header "ID", then a column
// naming each language, above rows that begin with their IDs.
func memoQSegments(all []string) ([]int, []string) {
	head := -1
	for i, l := range all {
		if blankOrSeparator(l) {
			continue
		}
		if c := strings.Split(l, "\t"); len(c) >= 3 && (strings.TrimSpace(c[0]) == "ID" || strings.TrimSpace(c[0]) == "#") {
			head = i
		}
		if head >= 0 || i >= maxTranslationPreamble {
			break
		}
	}
	if head < 0 {
		return nil, nil
	}
	cells := strings.Split(all[head], "\t")
	col := -1
	for k, c := range cells[1:] {
		if isSwedishTag(c) {
			col = k + 1
			break
		}
	}
	if col < 0 {
		return nil, nil
	}
	var segs []int
	var texts []string
	for i := head + 1; i < len(all); i++ {
		if blankOrSeparator(all[i]) {
			continue
		}
		c := strings.Split(all[i], "\t")
		if len(c) <= col || !allDigits(strings.TrimSpace(c[0])) {
			return nil, nil
		}
		segs, texts = append(segs, i), append(texts, c[col])
	}
	return segs, texts
}

// wordfastSegments returns the 0-based lines and texts of the Swedish
// segments of a Wordfast TM: a header whose cells begin with "%", then
// rows of date, user, count, a language and its text, and the other
// language and its text.
func wordfastSegments(all []string) ([]int, []string) {
	if len(all) == 0 || !strings.HasPrefix(all[0], "%") || strings.Count(all[0], "\t%") < 3 {
		return nil, nil
	}
	var segs []int
	var texts []string
	for i := 1; i < len(all); i++ {
		if blankOrSeparator(all[i]) {
			continue
		}
		c := strings.Split(all[i], "\t")
		if len(c) < 7 || !isLanguageTag(c[3]) || !isLanguageTag(c[5]) {
			return nil, nil
		}
		switch {
		case isSwedishTag(c[3]):
			texts = append(texts, c[4])
		case isSwedishTag(c[5]):
			texts = append(texts, c[6])
		default:
			return nil, nil
		}
		segs = append(segs, i)
	}
	return segs, texts
}

// tradosSegments returns the 0-based lines and texts of the Swedish
// segments of a Trados review text: blocks of a "Segment 12" line, then a
// line for each language, each after its code ("sv: …", "en: …"), or the
// source's line and the target's without codes, and a status's line.
func tradosSegments(all []string) ([]int, []string) {
	var segs []int
	var texts []string
	var block []int // the block's lines that are not blank, 0-based
	started := false
	end := func() bool {
		if len(block) == 0 {
			return true
		}
		sv, others := -1, 0
		for _, i := range block {
			lang, seg, found := strings.Cut(strings.TrimSpace(all[i]), ":")
			switch {
			case found && isLanguageTag(lang) && isSwedishTag(lang) && sv < 0:
				segs, texts = append(segs, i), append(texts, strings.TrimPrefix(seg, " "))
				sv = i
			case found && isLanguageTag(lang) && !isSwedishTag(lang):
			default:
				others++
			}
		}
		if sv < 0 && len(block) <= maxTradosBlock {
			// No codes: the source's line comes first.
			segs, texts = append(segs, block[0]), append(texts, strings.TrimSpace(all[block[0]]))
			return true
		}
		return sv >= 0 && others <= maxTradosBlock-2
	}
	for i, l := range all {
		t := strings.TrimSpace(l)
		if blankOrSeparator(t) {
			continue
		}
		if rest, found := strings.CutPrefix(t, "Segment "); found {
			if n, _, _ := strings.Cut(rest, " "); allDigits(n) {
				if !end() {
					return nil, nil
				}
				block, started = block[:0], true
				continue
			}
		}
		if !started {
			// Above the first segment.
			return nil, nil
		}
		block = append(block, i)
	}
	if !end() {
		return nil, nil
	}
	return segs, texts
}

// maxTradosBlock is how many lines a Trados review's segment holds at
// most: its source, its target and its status. More is no such file.
const maxTradosBlock = 3

// blankOrSeparator reports a line that is blank or a separator between
// pages, which a page read apart (readEachPage) ends with.
func blankOrSeparator(l string) bool {
	t := strings.TrimSpace(l)
	return t == "" || isSeparator(t)
}
