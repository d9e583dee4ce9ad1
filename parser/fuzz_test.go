package parser_test

import (
	"bytes"
	"cmp"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/esfdata/esf/export"
	"github.com/esfdata/esf/internal/schematest"
	"github.com/esfdata/esf/parser"
)

// FuzzParse checks what must hold for any input: no panic; the same
// records twice; every line with text accounted for; no key of extra
// longer than a label; every warning on a line of the input; every record
// valid against esf schema.
func FuzzParse(f *testing.F) {
	addPageSeeds(f)
	schema := compileSchema(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		if parser.DetectFormat("fuzz.txt", data) != parser.FormatText {
			return // the fuzz target of its own kind's
		}
		recs, err := parser.Parse("fuzz.txt", data, parser.Options{})
		if err != nil {
			return
		}
		// Parsed again: the same records, whatever the parser kept from
		// the first time in its pools.
		again, _ := parser.Parse("fuzz.txt", bytes.Clone(data), parser.Options{})
		if a, b := encode(t, recs), encode(t, again); !bytes.Equal(a, b) {
			t.Fatalf("two parses differ:\n%s\n%s", a, b)
		}
		text, _, err := parser.Decode(data, "")
		if err != nil {
			// Bytes no text decodes that a reading before decoding took
			// (a form's body, its binary field left out): the input's
			// own lines.
			for _, rec := range recs {
				checkRecord(t, rec, parser.Lines(string(data)), schema)
			}
			return
		}
		if lines := parser.Unaccounted(text); len(lines) > 0 {
			t.Fatalf("lines %v are not accounted for", lines)
		}
		// The lines as the reader saw them: a line padded with spaces,
		// or two lines a soft break made of one, is checked as it was
		// read.
		lines := parser.ReadLines(text)
		for _, rec := range recs {
			checkRecord(t, rec, lines, schema)
		}
	})
}

// FuzzReading checks two properties of the reading, not of safety: no
// one-line value is itself a label (checkReading), and a page pasted
// twice, with a separator line between, reads as itself twice. The reader
// judges, and the fuzzer makes inputs from garbage that its judgement
// gets wrong faster than they can be told from a real page's failure: a
// style believed from two of its marks in a file (two underlined
// headings) is seen once in a page and twice in its paste, and a label
// glued to mojibake is no label. Its seeds, the inputs once found and
// fixed among them, run with every go test; make fuzz-reading looks for
// new ones, and make fuzz, which CI runs, leaves it out.
func FuzzReading(f *testing.F) {
	addPageSeeds(f)
	// The inputs fuzzing found before this property had its own target.
	files, _ := filepath.Glob(filepath.Join("testdata", "fuzz", "FuzzParse", "*"))
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(corpusBytes(f, file, data))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		if parser.DetectFormat("fuzz.txt", data) != parser.FormatText {
			return
		}
		recs, err := parser.Parse("fuzz.txt", data, parser.Options{})
		if err != nil {
			return
		}
		text, _, _ := parser.Decode(data, "")
		lines := parser.ReadLines(text)
		for _, rec := range recs {
			checkReading(t, rec, lines)
		}
		// The text itself, without the input's byte-order mark or encoding,
		// must read as one page for the property to say anything; and its
		// lines must end as the paste's do (a text whose lines end in NEL
		// alone reads them as line ends, and joined by line feeds as "…").
		pasted := []byte(text + "\n----\n" + text)
		if once, err := parser.Parse("fuzz.txt", []byte(text), parser.Options{}); err == nil && len(once) == 1 && !parser.HasSeparator(text) && !parser.NELBreaks(text) &&
			parser.DetectFormat("fuzz.txt", pasted) == parser.FormatText {
			twice, _ := parser.Parse("fuzz.txt", pasted, parser.Options{})
			want := comparable(t, append(once, once...))
			if got := comparable(t, twice); got != want {
				t.Fatalf("the page pasted twice reads differently:\n%s\nwant\n%s", got, want)
			}
		}
	})
}

// corpusBytes reads the input of a file of Go's fuzzing corpus of one
// []byte: "go test fuzz v1" and "[]byte(\"…\")".
func corpusBytes(t testing.TB, name string, file []byte) []byte {
	_, v, ok := strings.Cut(strings.TrimSpace(string(file)), "\n")
	v, ok2 := strings.CutPrefix(v, "[]byte(")
	v, ok3 := strings.CutSuffix(v, ")")
	s, err := strconv.Unquote(v)
	if !ok || !ok2 || !ok3 || err != nil {
		t.Fatalf("%s: not a corpus file of one []byte", name)
	}
	return []byte(s)
}

// addPageSeeds adds the test pages and the inputs each reading was built
// for: the seeds of FuzzParse and FuzzReading.
func addPageSeeds(f *testing.F) {
	for _, dir := range []string{"pages", "variants", "encodings"} {
		files, _ := filepath.Glob(filepath.Join("..", "testdata", dir, "*.txt"))
		for _, file := range files {
			data, err := os.ReadFile(file)
			if err != nil {
				f.Fatal(err)
			}
			f.Add(data)
		}
	}
	f.Add([]byte("     1\t<!DOCTYPE html>\n     2\t<html>\n     3\t<dl><dt>Namn</dt><dd>A</dd>\n     4\t<dt>Region</dt><dd>Sydsverige</dd></dl>\n"))
	f.Add([]byte("subject=x&text=Namn%3A+A%0D%0ARegion%3A+Syd%25&submit=Skicka\n"))
	f.Add([]byte("Region\n"))
	f.Add([]byte("A\n\nProjekt{gare: F|rs|rjning\n\nBakgrund\nId`n och projektid`er om `kod` - och \"v}ra\" m}l f|r {ldre\n"))
	f.Add([]byte("A\n\nRegion: Syd\n\nPerstorp har länge haft utmaningar rela-\nterade till en genera-\ntion och mål-\noch resultatstyrning.\n"))
	f.Add([]byte("A\n\n[Flik 1 av 2] Grunduppgifter\n\nProjektnummer\n1\nRegion\nSyd\n\n[Flik 2 av 2] Ekonomi\n\nProjektnummer\n1\nRegion\nSyd\n"))
	f.Add([]byte("A\n\nGRUNDUPPGIFTER\n\nProjektnummer: 1\n\nA › Ekonomi\nOrganisation\nProjektnummer: 1\nKontakt\n\nProjektnummer: 1\n"))
	f.Add([]byte("---\nFieldType: Text\nFieldName: Sammanfattning\nFieldValue: A:&#13;- b&#13;&#10;&#13;&#8226; c\nFieldJustification: Left\n"))
	f.Add([]byte("<tmx><body><tu><tuv xml:lang=\"sv\"><seg>Namn: A</seg></tuv><tuv lang=\"en\"><seg>Name: A</seg></tuv></tu><tu><tuv xml:lang=\"sv-SE\"><seg>Region:\nSydsverige</seg></tuv></tu></body></tmx>"))
	f.Add([]byte("<xliff srcLang=\"sv\"><file><unit><segment><source>Namn: A</source><target>Name: A</target></segment></unit></file></xliff>"))
	f.Add([]byte("doc.docx\nID\tSvenska (Sverige)\tEngelska\tStatus\n1\tNamn:\tName:\tOK\n2\tA\tA\tOK\n3\tRegion:\tRegion:\tOK\n4\tSydsverige\t\tOK\n5\tProjektnummer:\t\tOK\n6\t1\t1\tOK\n"))
	f.Add([]byte("Segment 1 [OK]\nsv: Namn:\nen: Name:\n\nSegment 2\nsv: A\n\nSegment 3\nRegion:\nRegion:\nOK\nSegment 4\nsv: Sydsverige\nSegment 5\nsv: Projektnummer: 1\n"))
	f.Add([]byte("Kommun\n\n• \n"))
	f.Add([]byte("Projektnummer:\n\nNamn: x\nKommun:\n- a\n"))
	f.Add([]byte("Telefonnummer\nBeviljat ESF-stöd493 090 kr\nKontaktpersonstefan Johansson\n"))
	f.Add([]byte("A\n\nProjektnummer:\n1\nNamn:\nB\nStartdatum:\n2024-01-01\n----\nC\n\nProjektnummer:\n2\nNamn:\nD\nStartdatum:\n2024-01-01\n"))
	// The readings of a reference manager's entry, a console's letters,
	// styled letters, joined files and a registrar's stamp.
	f.Add([]byte("@online{x,\n\ttitle = {A},\n\tnote = {A\n\nRegion: Sydsverige\nNamn: A},\n}\n"))
	f.Add([]byte("TY  - ELEC\nTI  - A\nN1  - Region: Sydsverige\nNamn: A\nER  - \n"))
	f.Add([]byte("TY  - GEN\nTI  - A\nN1  - A\nRegion: Syd\nER  - \n\nTY  - GEN\nTI  - B\nN1  - Region: Syd\nER  - \n"))
	f.Add([]byte("TY  - GEN\nTI  - A\nN1  - <div><h1>A</h1><p>Region: Syd</p>\n<p>Namn: A</p></div>\nER  - \n"))
	f.Add([]byte("%0 Web Page\n%T A\n%Z A\n\nRegion: Syd\n\n%0 Web Page\n%T B\n%X <p>Region: Syd</p><p>Namn: B</p>"))
	f.Add([]byte("@misc{a,\n  title = {A},\n  annote = {<h1>A</h1><p>Region: Syd</p>\n<p>Andel: 40\\%</p>},\n}\n@misc{b,\n  note = {B},\n}\n"))
	f.Add([]byte("C:\\Users\\a>type a.txt\nProjekt\u251c\u00a4gare: F\u251c\u00c2r\nRegion: Sydsverige\n\nC:\\Users\\a>"))
	f.Add([]byte("\U0001d40f\U0001d42b\U0001d428: A\nRegion: \uff33ydsverige\n"))
	f.Add([]byte("===== a.txt =====\nNamn: A\nRegion: Sydsverige\n::::::::::::::\nb.txt\n::::::::::::::\nNamn: B\n"))
	f.Add([]byte("REGION SK\u00c5NE\nDnr: 2025/00057\n\nA\n\nProjektnummer: 2020/00634\nRegion: Sydsverige\n"))
	// A page's facts, a mail's signature and the page's text below it.
	f.Add([]byte("A\n\nProjektnummer: 1\nRegion: Syd\n\nMvh\nB\n070-123 45 67\n\nNedan:\n\nProjektet ska ge deltagarna en bättre chans att få ett arbete i kommunen och i regionen i stort.\n"))
	f.Add([]byte("A\n\nProjektnummer: 1\n\nBest regards\nB\n\nFrom: C\nSent: 1\n\nProjektet ska ge deltagarna en bättre chans att få ett arbete i kommunen och i regionen.\n"))
	f.Add([]byte("A\n\nProjektnummer: 1\n\n-- \n\nx\n"))
	f.Add([]byte("A\n\nProjektnummer: 1\n\nMvh\nB\n\nDetta e-postmeddelande är konfidentiellt.\n\nSammanfattning\n\nC\n"))
	f.Add([]byte("\"\nAe1tAgAre:\nA0rAteg1skBetYde1se:000"))
	// The readings of text messages in parts, a screen's wrap, a site's
	// templates, Org's tasks, wikis, grep's prefixes, a screen reader's
	// table and 7-bit text.
	f.Add([]byte("(1/3) Projekt\n(2/3) ägare: Lu\n(3/3) nd\n"))
	f.Add([]byte("2024-03-12 14:59:07\nFrån: A\nRegion: Syd\n\n2024-03-12 14:59:08\nFrån: A\nsverige\n\n2024-03-12 14:59:09\nFrån: A\nNamn: B\n"))
	f.Add([]byte("Perstorp är Skånes minsta kommun, och\nen kommun som under en längre tid haft\nbetydande socioekonomiska utmaningar.\n"))
	f.Add([]byte("---\ntitle: \"A \\\"B\\\"\"\nlayout: post\n---\n# {{ page.title }}\n{% comment %}\nRegion: X\n{% endcomment %}\n{{< a >}}\n"))
	f.Add([]byte("+++\ntitle = \"A\"\n[params]\n  region = \"Sydsverige\"\n+++\n{\n\"title\": \"A\"\n}\n"))
	f.Add([]byte("* DONE [#A] A :esf:\nCLOSED: [2024-03-12 tis]\n:LOGBOOK:\nCLOCK: x\n:END:\n* :esf:\n| Fält | Värde |\n|---+---|\n"))
	f.Add([]byte("---+ A\n| *Fält* | *Värde* |\n| *Region* | Sydsverige |\nh2(#b). B\n\"x\":http://y {{2020/00634}} [a|http://b]\n! Fält\n! Värde\n"))
	f.Add([]byte("sidor/a.txt:1:A\nsidor/a.txt:2:Region:\nsidor/a.txt-3-Sydsverige\nsidor/a.txt:4:\nsidor/a.txt:5:Namn:\n"))
	f.Add([]byte("A, heading level 1\ntable, 2 columns, 2 rows\nRegion, row 1 of 2, column 1 of 2\nSydsverige, column 2 of 2\nrow 2  column 1  Namn\n"))
	f.Add([]byte("Projekt{gare: F|rs|rjning och det att som med det\nProjekt?gare: Ume? kommun p? ?ver\n"))
	f.Add([]byte("13:40\n5G\n🔒 esf.se\nRegion:\nSydsverige\nAA  esf.se  ↻\n"))
	f.Add([]byte("13:40\n5G\n🔒 esf.se\nRegion:\nSyd\nAA  esf.se  ↻\n13:41\n87\n🔒 esf.se\nSyd\nsverige\n"))
	f.Add([]byte("Borttaget: Västsverige\nRegion:\nSydsverige\nFormaterat: Teckensnitt: Fetstil\n"))
	// Speech written back, and headings behind marks.
	f.Add([]byte("Egenmakt.\nProjektägare.\nArbete och Försörjning.\nRegion, Sydsverige.\nKommuner.\nArboga.\nBakgrund.\nText här.\n"))
	f.Add([]byte("Egenmakt.\nProjektägare.\nArbete och Försörjning.\nTelefonnummer.\n0410-73 30 94.\nRegion, Sydsverige.\nIn English.\nMålsättning.\n1.\nBidra till att fler får arbete.\n99.\n"))
	f.Add([]byte("Namn: A\n\n[Flik 2 av 2] Beskrivning\n\nText.\n\nGrunduppgifter\n\nRegion:\nSyd\n\n0Bakgrund\n"))
	f.Add([]byte("Land;som;berörs:;;\r\nSverige;;;;\r\n;;;;\r\nBerörd;fond:;;;\r\nESF+;;;;\r\nväldigt;\"expansiv;\";under\r\n"))
	f.Add([]byte("Kolumn1\tKolumn2\tKolumn3\nLand\tsom\tberörs:\n\t\tSverige\nBerörd\tfond:\t\nde\t\"ramlar\"\t\"\"\"in\"\n----\nRegion: Sydsverige\n"))
	f.Add([]byte("sep=,\n\"Land\",\"som\",\"berörs:\"\n\"Beviljat\",\"ESF-stöd\",\"493 090\",\"kr\"\nBerörd,fond:,,\n"))
	// The readings of printed pages (carriage control, overstrikes) and
	// of pages shown with their marks (an editor's, cat -A's, sed -n l's).
	f.Add([]byte("1ESF  SIDA 1\n K\u00d6RDATUM\n0Region: Syd\n+Region:\n-Bakgrund\n0x\n1ESF  SIDA 2\n K\u00d6RDATUM\n0y\n+z\n"))
	f.Add([]byte("R\bRe\beg\bgion:\b: A\r_____\r\nNamn:\rNamn:\r\n\bB\rC\rD\n"))
	f.Add([]byte("Region:\u00b7Syd\u00b7och\u00b7mer\u00b7\u00e4n\u00b7s\u00e5\u00b7h\u00e4r\u00b7i\u00b7dag\u00b6\nNamn:\u2192A\u00b0B\u00b6\nX\u00a4\u00b7\u00b7Y\u00a4\u00b7\u00b7\u00a4\nA CRLF\n"))
	f.Add([]byte("anna@lap:~/esf$ cat -A a\nRegion:$\nSyd M-CM-$$\nNamn:$\nA^I^M$\n$\nBanna@lap:~/esf$ "))
	f.Add([]byte("Region:\\303\\244$\nSyd och en l\\\n\\303\\245ng$\n$\n$\n$\nx\\"))
	// A meeting's invitation round a page, a social post's platform
	// lines and a writer's decorations.
	f.Add([]byte("Intervju: A\ntis 26/3 10:00 - 11:00\nMicrosoft Teams-möte\nMötes-ID: 1\n\nNamn:\nA\nRegion:\nSydsverige\n\n____________\nMicrosoft Teams meeting\n+46 8 505 201 37,,1# Sweden\n"))
	f.Add([]byte("A\n@a\n·\n25 mars\nNamn: A\n1/2\n3\nA\n@a\n·\n25 mars\nRegion: Sydsverige\n2/2\n#ESF\nAlla reaktioner:\n33\nGilla\n"))
	f.Add([]byte("🔹 Bakgrund 🔹\n.\n🔢 Namn: A\n📍 Region: Sydsverige 🌊\n📅 Period: 2021-02-01 ➡️ 2021-10-31\n.\nVisa översättning\n15 kommentarer\n"))
	// A record copied from a CRM, and letters a page's fields were
	// merged into.
	f.Add([]byte("Projekt\nA\nProjekt · Informationsformulär\n\nALLMÄNT\nRegion\nSydsverige\nRedigera Region\nSkapad av\nB\n\nGranskningshistorik\nDatum\tFält\tNytt värde\n1\tRegion\tSyd\nVisa mindre\nKopplingar\n1 företag\n"))
	f.Add([]byte("A\nAtt: B\n\nStockholm 2024-01-11\n\nHej B!\n\nNamn: A\nStartdatum: 3/1/2024\nSlutdatum: 45352\nUnionens medfinansieringsgrad: 0.4\n\nMed vänliga hälsningar\nC\n\nBilaga: x\n\nSammanfattning\nText.\n\f\nD\n\n2024-01-12\nTill D,\nNamn: D\nMvh\n"))
	// A qualitative analysis program's reports and codes.
	// A qualitative analysis program's reports and codes, and a slide
	// deck's text.
	f.Add([]byte("<Files\\\\a> - § 2 references coded  [100,00% Coverage]\n\nReference 1 - 3,21% Coverage\n\nA\n\nReference 2 - 96,79% Coverage\n\nNamn: A [AKTÖR]\nRegion: Syd [GEOGRAFI]\nAntal deltagare: 6 [MÅLGRUPP]\n"))
	f.Add([]byte("Report: 2 quotations\n\n○ 1:1 A\nContent:\nA\nCodes:\n● Projekt\n\n○ 1:2 Namn: A…\nContent:\nNamn: A\nRegion: Sydsverige\nCodes:\n● Fakta\n\nA: 1 - 2 (0)\nKod: Dokument\\Fakta\n\nRegion: Syd\n"))
	f.Add([]byte("Bild 1\nA\nMöte 2024-03-12\n\nAnteckningar:\nKälla: x.\n\nBild 2\nFakta\n• Namn: A\n\nBild 3\nBakgrund\n• Text om…\n\nAnteckningar: Text om allt.\n"))
	f.Add([]byte("1\tA\n\t•\tMöte\n2\tFakta\n\t•\tRegion: Sydsverige\n3\tBakgrund\n\t•\tText.\nB\n\tMöte\nFakta\n\tNamn: B\nKommun\n\tLund\n"))
	// A record printed in a REPL: Python's dict and pprint's, an R list,
	// glimpse()'s columns and a pandas Series, values cut and missing.
	f.Add([]byte(">>> rec\n{'Titel': 'A', 'Projektägare': \"B's\", 'Region': None, 'Kommun': ['C',\n 'D'], 'Syfte': ('E '\n 'F\\n'), 'X': f(1)}\n"))
	f.Add([]byte("> projekt[[1]]\n$Titel\n[1] \"A\"\n\n$`Projektägare`\n[1] NA\n\n$Kommun\n[1] \"C\" \"D\"\n[3] \"E\\\"\n\n$Region\ncharacter(0)\n[[1]]\n"))
	f.Add([]byte("Rows: 1\nColumns: 3\n$ Titel <chr> \"A\"\n$ `Projektägare` <chr> \"B…\n$ Kommun <list> [<\"C\", \"D\">]\n$ Region <chr> NA\n"))
	f.Add([]byte("          0\nTitel     A\nProjektägare  B...\nKommun  [C, D\nRegion  NaN\nName: 0, dtype: object\n----\nTitel  A\nRegion  Syd\nKommun  [C]\ndtype: object\n"))
}

// FuzzParseHTML checks the saved-page path: no panic on any markup, the
// same records twice, every line number within the HTML file, and every
// record valid against esf schema.
func FuzzParseHTML(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("..", "testdata", "html", "site", "*.html"))
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte("<!doctype html><dl><dt>Projektnummer<dd>2020/00634<dt>Namn<dd>A<dt>Region<dd>Sydsverige</dl>"))
	f.Add([]byte("<html><table><tr><th>Namn<td>A<tr><th>Region<td hidden>x<td>Sydsverige</table><p hidden>Projektnummer: 1<p>Namn: B"))
	f.Add([]byte("<html><body><div><span>Namn</span> <span>C</span><script>Namn: x</script><pre>Region:\n Sydsverige</pre></div>"))
	f.Add([]byte("<html><meta charset=windows-1252><p>Namn: \xe5\xe4\xf6</p><x-banner hidden><x-banner>y</x-banner>"))
	f.Add([]byte("<html lang=3D\"sv\"><dl class=3D\"x\"><dt>Projekt=C3=A4gare</dt><dd>A=\n=C3=A5</dd></heade=\nr><dt>Namn</dt><dd>B</dd></dl>"))
	f.Add([]byte("<form><div><label>Namn</label><input value=\"A\"></div><div>Region<select><option>x<option selected>Sydsverige</select><select hidden><option>y</select></div>"))
	schema := compileSchema(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		checkSource(t, "fuzz.html", data, parser.FormatHTML, parser.Lines(string(data)), schema)
	})
}

// checkSource parses data as format, as path: an error is no fault, but
// a second parse must give the same records, and every record must pass
// checkRecord against lines, the input's lines as its positions count
// them.
func checkSource(t *testing.T, path string, data []byte, format string, lines []string, schema *jsonschema.Schema) {
	t.Helper()
	opts := parser.Options{Format: format}
	recs, err := parser.Parse(path, data, opts)
	if err != nil {
		return
	}
	again, _ := parser.Parse(path, data, opts)
	if a, b := encode(t, recs), encode(t, again); !bytes.Equal(a, b) {
		t.Fatalf("two parses differ:\n%s\n%s", a, b)
	}
	for _, rec := range recs {
		checkRecord(t, rec, lines, schema)
	}
}

// checkRecord checks what esf guarantees of every record, whatever its
// input: a key of extra no longer than a label, every warning and the
// page's first line within the input, and a record valid against esf
// schema.
func checkRecord(t *testing.T, rec *parser.Project, text []string, schema *jsonschema.Schema) {
	t.Helper()
	for _, p := range rec.Extra {
		if utf8.RuneCountInString(p.Label) > parser.MaxLabelLen+8 {
			t.Fatalf("extra has a key of %d characters: %.100q", utf8.RuneCountInString(p.Label), p.Label)
		}
	}
	lines := len(text)
	for _, w := range rec.Warnings {
		if w.Line < 1 || w.Line > lines {
			t.Fatalf("warning on line %d of %d: %s", w.Line, lines, w.Message)
		}
	}
	if rec.Source.Line < 1 || rec.Source.Line > lines {
		t.Fatalf("page starts on line %d of %d", rec.Source.Line, lines)
	}
	var b bytes.Buffer
	w, err := export.New(&b, export.Options{Format: "ndjson"})
	if err != nil {
		t.Fatal(err)
	}
	if err := w.Write(rec); err != nil {
		t.Fatal(err)
	}
	doc, err := jsonschema.UnmarshalJSON(&b)
	if err != nil {
		t.Fatal(err)
	}
	if err := schema.Validate(doc); err != nil {
		t.Fatalf("record does not validate against esf schema: %v", err)
	}
}

// checkReading checks a property of the reading: no value that stands
// alone on its line is itself a label, the next label taken for the value
// of an empty one.
func checkReading(t *testing.T, rec *parser.Project, text []string) {
	t.Helper()
	for _, k := range []parser.Key{parser.KeyName, parser.KeyOwner, parser.KeyContactName, parser.KeyContactPhone,
		parser.KeyContactEmail, parser.KeyAddress, parser.KeyCity, parser.KeyCallID, parser.KeyProjectPhase} {
		line := rec.Lines[k]
		if line < 1 || line > len(text) {
			continue
		}
		if v := text[line-1]; parser.StartsWithLabel(v) && valueOf(rec, k) == parser.CleanValue(v) {
			t.Fatalf("%s is the label %q on line %d", k, v, line)
		}
	}
}

func valueOf(rec *parser.Project, k parser.Key) string {
	var b bytes.Buffer
	w, _ := export.New(&b, export.Options{Format: "ndjson"})
	_ = w.Write(rec)
	var m map[string]any
	_ = json.Unmarshal(b.Bytes(), &m)
	s, _ := m[k.String()].(string)
	return s
}

var lineNumber = regexp.MustCompile(`line \d+`)

// comparable writes records as JSON without what moves when a page moves
// within its input: source.line, encoding, the lines of warnings, and the
// warning that a page after the first has no title.
func comparable(t *testing.T, recs []*parser.Project) string {
	t.Helper()
	var b strings.Builder
	for _, rec := range recs {
		rec := *rec
		rec.Warnings = slices.DeleteFunc(slices.Clone(rec.Warnings), func(w parser.Warning) bool { return w.Kind == parser.WarnPage })
		var m map[string]any
		if err := json.Unmarshal(encode(t, &rec), &m); err != nil {
			t.Fatal(err)
		}
		source := m["source"].(map[string]any)
		delete(source, "line")
		delete(source, "encoding")
		warnings := m["warnings"].([]any)
		for _, w := range warnings {
			w := w.(map[string]any)
			delete(w, "line")
			w["message"] = lineNumber.ReplaceAllString(w["message"].(string), "line N")
		}
		// Without their lines, warnings that stood on one line in a
		// page's copy and on two in the other compare in one order.
		slices.SortStableFunc(warnings, func(a, b any) int {
			x, y := a.(map[string]any), b.(map[string]any)
			return cmp.Or(strings.Compare(x["field"].(string), y["field"].(string)), strings.Compare(x["message"].(string), y["message"].(string)))
		})
		out, _ := json.Marshal(m)
		b.Write(out)
		b.WriteByte('\n')
	}
	return b.String()
}

func encode(t *testing.T, v any) []byte {
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatalf("records do not encode: %v", err)
	}
	return b
}

func compileSchema(t testing.TB) *jsonschema.Schema {
	raw, err := export.Schema(nil, "ndjson")
	if err != nil {
		t.Fatal(err)
	}
	s, err := schematest.Compile(raw)
	if err != nil {
		t.Fatal(err)
	}
	return s
}
