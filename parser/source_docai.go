package parser

// A document reader's analysis (Azure Document Intelligence, Amazon
// Textract, Google's Document AI), saved as the JSON its service returns: the page's text as
// the service read it, in reading order, is the page. The analysis cuts
// the same text up again (pages, lines, words, paragraphs, key-value
// pairs with their boxes and confidences); those copies are left out, so
// that a field is read once, from the page's own lines, and the text the
// key-value pairs miss (the title, the summary, the municipalities) is
// read too.

// mayHoldDocAI reports a JSON input that may be a document reader's
// analysis, asked before its tree is read.
func mayHoldDocAI(src string) bool {
	return containsRare(src, `"analyzeResult"`) || containsRare(src, `"key_value_pairs"`) ||
		containsRare(src, `"keyValuePairs"`) || containsRare(src, `"BlockType"`) || containsRare(src, `"mimeType"`) || containsRare(src, `"mime_type"`)
}

// docAIParts returns the text a document reader's analysis holds as one
// part, each line on the input's line its string or block stands on; nil
// for JSON that is no such analysis.
func docAIParts(root *jsonNode) ([]jsonPart, func([]jsonPart) string) {
	if root == nil || root.kind != '{' {
		return nil, nil
	}
	// Azure's REST answer holds the analysis under "analyzeResult"; its
	// SDKs' dictionaries hold it at the top, their keys in camel or
	// snake case.
	result, rest := root, false
	if r := root.get("analyzeResult"); r != nil {
		result, rest = r, true
	}
	if content := result.get("content"); content != nil && content.kind == '"' && azureAnalysis(result, rest) {
		p := jsonPart{who: "analysis", kind: "analysis", what: "the analysis's content"}
		p.addString(content, nil)
		p.reading = `the page is the text Azure Document Intelligence read ("content"), each line named by its string's line; the analysis's pages, paragraphs and key-value pairs, the same text cut up, were left out`
		return []jsonPart{p}, leftOutOfAnalysis
	}
	// Google's Document AI: the document, alone or under "document",
	// its text beside its pages.
	doc := root
	if d := root.get("document"); d != nil {
		doc = d
	}
	if text := doc.get("text"); text != nil && text.kind == '"' && doc.get("pages") != nil && (doc.get("mimeType") != nil || doc.get("mime_type") != nil) {
		p := jsonPart{who: "analysis", kind: "analysis", what: "the document's text"}
		p.addString(text, nil)
		p.reading = `the page is the text Google's Document AI read ("text"), each line named by its string's line; the document's pages, form fields and entities, the same text cut up, were left out`
		return []jsonPart{p}, leftOutOfAnalysis
	}
	if blocks := root.get("Blocks"); blocks != nil && blocks.kind == '[' {
		p := jsonPart{who: "analysis", kind: "analysis", what: "the analysis's lines"}
		for _, b := range blocks.items {
			if b.str("BlockType") == "LINE" {
				if t := b.get("Text"); t != nil && t.kind == '"' {
					p.add(t.text, t.line)
				}
			}
		}
		if len(p.lines) == 0 {
			return nil, nil
		}
		p.reading = `the page is the lines Amazon Textract read (its blocks of type "LINE", in order), each named by its text's line; the analysis's words and key-value sets, the same text cut up, were left out`
		return []jsonPart{p}, leftOutOfAnalysis
	}
	return nil, nil
}

// azureAnalysis reports an object that is Azure Document Intelligence's
// analysis: its text beside the text cut up, under "analyzeResult" (rest),
// or at the top with the model that read it, as the SDKs write it; a
// page's own JSON with a "content" and "pages" is none.
func azureAnalysis(n *jsonNode, rest bool) bool {
	model := n.get("modelId") != nil || n.get("model_id") != nil || n.get("apiVersion") != nil || n.get("api_version") != nil
	for _, k := range []string{"pages", "paragraphs", "keyValuePairs", "key_value_pairs"} {
		if n.get(k) != nil && (rest || model) {
			return true
		}
	}
	return false
}

// leftOutOfAnalysis says that the rest of an analysis was left out.
func leftOutOfAnalysis(left []jsonPart) string {
	return "the rest of the analysis was left out: " + countKinds(left)
}
