package parser

import (
	"encoding/json"
	"strings"
	"testing"
)

// docAIPage is a page as a document reader reads it: its labels glued to
// their values, as a web page's copy gives them.
const docAIPage = "Egenmakt\n\nProjektägareArbete och Försörjning\nRegionSydsverige\nProjektperiod2009-01-15 till 2009-10-31\n\nSammanfattning\n\nDenna förprojektering ämnar ta fram en modell.\n"

// TestDocAIAnalyses reads each document reader's analysis by the text it
// read, not by its key-value pairs or its words: the title and the
// summary, which no pair holds, are read, and no copy is kept in extra.
func TestDocAIAnalyses(t *testing.T) {
	quoted, _ := json.Marshal(docAIPage)
	pairs := `[{"key": {"content": "Projektägare:", "boundingRegions": [{"pageNumber": 1}]}, "value": {"content": "Arbete och Försörjning"}, "confidence": 0.9}]`
	var blocks []string
	for _, l := range strings.Split(strings.TrimSuffix(docAIPage, "\n"), "\n") {
		if l != "" {
			text, _ := json.Marshal(l)
			blocks = append(blocks, `{"BlockType": "LINE", "Text": `+string(text)+`}`, `{"BlockType": "WORD", "Text": "x"}`)
		}
	}
	for _, c := range []struct{ name, doc, reading string }{
		{"azure-rest", `{"status": "succeeded", "analyzeResult": {"apiVersion": "2023-07-31", "modelId": "prebuilt-layout", "content": ` + string(quoted) + `, "pages": [], "keyValuePairs": ` + pairs + `}}`, "Azure"},
		{"azure-sdk", `{"api_version": "2023-07-31", "model_id": "prebuilt-layout", "content": ` + string(quoted) + `, "pages": [{"page_number": 1}], "key_value_pairs": []}`, "Azure"},
		{"textract", `{"DocumentMetadata": {"Pages": 1}, "Blocks": [{"BlockType": "PAGE"}, ` + strings.Join(blocks, ", ") + `]}`, "Textract"},
		{"google", `{"uri": "", "mimeType": "application/pdf", "text": ` + string(quoted) + `, "pages": [{"pageNumber": 1, "formFields": []}]}`, "Document AI"},
		{"google-document", `{"document": {"mimeType": "application/pdf", "text": ` + string(quoted) + `, "pages": []}}`, "Document AI"},
	} {
		recs, err := Parse("analysis.json", []byte(c.doc), Options{})
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if len(recs) != 1 {
			t.Errorf("%s: %d records", c.name, len(recs))
			continue
		}
		rec := recs[0]
		if deref(rec.Name) != "Egenmakt" || deref(rec.Owner) != "Arbete och Försörjning" || deref(rec.EndDate) != "2009-10-31" || !strings.HasPrefix(deref(rec.Summary), "Denna förprojektering") {
			t.Errorf("%s: name %q, owner %q, end %q, summary %q", c.name, deref(rec.Name), deref(rec.Owner), deref(rec.EndDate), deref(rec.Summary))
		}
		if len(rec.Extra) > 0 {
			t.Errorf("%s: extra %v", c.name, rec.Extra)
		}
		if !hasWarningOn(rec.Warnings, 1, KeySource, c.reading) {
			t.Errorf("%s: no note of the reading: %v", c.name, rec.Warnings)
		}
	}
	// JSON with a text and pages but no document's type is no analysis.
	if parts, _ := docAIParts(mustTree(t, `{"text": "x", "pages": []}`)); parts != nil {
		t.Errorf("a text and pages read as an analysis")
	}
	if parts, _ := docAIParts(mustTree(t, `{"content": "x", "author": "a"}`)); parts != nil {
		t.Errorf("a content without the analysis read as one")
	}
}

func mustTree(t *testing.T, src string) *jsonNode {
	t.Helper()
	root, err := jsonTree(src)
	if err != nil {
		t.Fatal(err)
	}
	return root
}

// TestTextMarks takes a spreadsheet's mark of text off every cell of a
// sheet where each cell that is not a number has it, minLabelRows of
// them at least; and names a column of a reader's confidence once.
func TestTextMarks(t *testing.T) {
	sheet := "'Key,'Value,'Confidence Score % (Value)\n'Namn:,'Egenmakt,96.5\n'Projektägare:,'Arbete och Försörjning,81.2\n'Region:,'Sydsverige,77.0\n'Startdatum:,'2009-01-15,90.1\n"
	recs, err := Parse("keyValues.csv", []byte(sheet), Options{})
	if err != nil || len(recs) != 1 {
		t.Fatalf("%d records, want 1", len(recs))
	}
	rec := recs[0]
	if deref(rec.Name) != "Egenmakt" || deref(rec.Owner) != "Arbete och Försörjning" || deref(rec.StartDate) != "2009-01-15" {
		t.Errorf("name %q, owner %q, start %q", deref(rec.Name), deref(rec.Owner), deref(rec.StartDate))
	}
	said := 0
	for _, w := range rec.Warnings {
		if strings.Contains(w.Message, "confidence") || strings.Contains(w.Message, "96.5") {
			said++
		}
	}
	if said != 1 || !hasWarningOn(rec.Warnings, 1, KeySource, "apostrophe") {
		t.Errorf("the confidence column said %d times, want once; %v", said, rec.Warnings)
	}
	rows := func(s string) []tableRow {
		r, err := readRows(s, ',')
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	for _, c := range []struct {
		sheet string
		want  int
	}{
		{"'A,'B\n'C,1.5\n", 1},  // three marked cells: minLabelRows
		{"'A,'B\n2,1.5\n", 0},   // two
		{"'A,'B\n'C,D\n", 0},    // a text cell without it
		{"''A,'B\n'C,'D\n", 0},  // a quote, no mark
		{"\n'A,'B\n'C,'D\n", 2}, // the first cell's line
		{"'A,'B,'C,'D\n", 1},
	} {
		if got := dropTextMarks(rows(c.sheet)); got != c.want {
			t.Errorf("dropTextMarks(%q) = %d, want %d", c.sheet, got, c.want)
		}
	}
	if !scoreColumn("Confidence Score % (Key)") || !scoreColumn("Konfidens") || scoreColumn("Kommentar") {
		t.Error("scoreColumn")
	}
}
