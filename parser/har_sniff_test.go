package parser

import "testing"

// TestLooksLikeHAR tells a HAR file's log from a scraper's JSON that
// names its keys alike: each of log, creator and entries must hold what
// HAR gives it.
func TestLooksLikeHAR(t *testing.T) {
	for _, tt := range []struct {
		name, head string
		want       bool
	}{
		{"Firefox's, minified", `{"log":{"version":"1.2","creator":{"name":"Firefox","version":"133.0"},"entries":[{`, true},
		{"Chrome's, indented", "{\n  \"log\": {\n    \"version\": \"1.2\",\n    \"creator\": {\n      \"name\": \"WebInspector\"\n    },\n    \"pages\": [],\n    \"entries\": [\n", true},
		{"a scraper's log of its run", `{"creator": "esf-scraper 0.3", "log": "hämtade 1 sida", "entries": [{"Projektnummer": "2020/00634"}]}`, false},
		{"a creator that is a string", `{"log":{"creator":"x","entries":[`, false},
		{"entries that are an object", `{"log":{"creator":{"name":"x"},"entries":{`, false},
		{"an array", `[{"log":{"creator":{"name":"x"},"entries":[`, false},
	} {
		if got := looksLikeHAR([]byte(tt.head)); got != tt.want {
			t.Errorf("%s: looksLikeHAR = %v, want %v", tt.name, got, tt.want)
		}
	}
}
