package parser

import (
	"slices"
	"strings"
	"testing"
)

// TestSurveyColumns holds each tool's export to its edges: its first
// column in its place and an answer after its own, the names that are a
// page's labels too ("E-post", "Namn", "Startdatum") its own only in its
// run, an optional column left out.
func TestSurveyColumns(t *testing.T) {
	tests := []struct {
		name   string
		header string
		tool   string
		own    int // how many of the first cells are the tool's
		trail  int // how many of the last
	}{
		{"Google Forms", "Tidsstämpel,E-postadress,Namn,Projektnummer,Region", "Google Forms", 2, 0},
		{"Google Forms in English", "Timestamp,Email Address,Score,Namn,Region", "Google Forms", 3, 0},
		{"Google Forms, no e-mail asked: Namn is the page's", "Tidsstämpel,Namn,Projektnummer,Region", "Google Forms", 1, 0},
		{"Google Forms, only its own", "Tidsstämpel,E-postadress", "", 0, 0},
		{"Google Forms, one answer", "Tidsstämpel,E-postadress,Namn", "Google Forms", 2, 0},
		{"a timestamp not first", "Namn,Tidsstämpel,Region,Projektägare", "", 0, 0},
		{"Microsoft Forms", "ID,Starttid,Sluttid,E-post,Namn,Senast ändrad,Namn,E-post,Region", "Microsoft Forms", 6, 0},
		{"Microsoft Forms in English", "ID,Start time,Completion time,Email,Name,Namn,Region", "Microsoft Forms", 5, 0},
		{"an ID column of projects", "ID,Namn,Projektägare,Region", "", 0, 0},
		{"ID and a start, no end", "ID,Starttid,Namn,Region", "", 0, 0},
		{"Typeform", "#,Namn,Region,Projektägare,Start Date (UTC),Submit Date (UTC),Network ID", "Typeform", 1, 3},
		{"Typeform with tags", "#,Namn,Region,Start Date (UTC),Submit Date (UTC),Network ID,Tags", "Typeform", 1, 4},
		{"a # with no dates after", "#,Namn,Region,Projektägare", "", 0, 0},
		{"SurveyMonkey", "Respondent ID,Collector ID,Start Date,End Date,IP Address,Email Address,First Name,Last Name,Custom Data 1,Namn,Region", "SurveyMonkey", 9, 0},
		{"SurveyMonkey in Swedish: Startdatum its own", "Respondent-ID,Insamlar-ID,Startdatum,Slutdatum,IP-adress,E-postadress,Förnamn,Efternamn,Namn,Startdatum", "SurveyMonkey", 8, 0},
		{"a page's Startdatum first", "Startdatum,Slutdatum,Namn,Region", "", 0, 0},
	}
	for _, tt := range tests {
		header := strings.Split(tt.header, ",")
		tool, own, ok := surveyColumns(header)
		if tt.tool == "" {
			if ok {
				t.Errorf("%s: read as %s's export", tt.name, tool.name)
			}
			continue
		}
		if !ok || tool.name != tt.tool {
			t.Errorf("%s: not read as %s's export", tt.name, tt.tool)
			continue
		}
		want := make([]bool, len(header))
		for i := range want {
			want[i] = i < tt.own || i >= len(header)-tt.trail
		}
		if !slices.Equal(own, want) {
			t.Errorf("%s: own columns %v, want %v", tt.name, own, want)
		}
	}
}
