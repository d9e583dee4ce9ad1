package parser

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// exportCase is an input of a chat's export or a notebook, what its one
// record or more read, and the warnings they carry.
type exportCase struct {
	name, in string
	// want maps each record, in order, to its keys' values.
	want []map[Key]string
	// lines maps keys of the first record to the lines their values stand on.
	lines map[Key]int
	// warned are warnings the records carry, each "line: a piece of the
	// message"; unwarned pieces no warning may hold.
	warned, unwarned []string
}

// checkExport parses tt.in as JSON and holds its records to tt, and every
// line they name to the input's lines.
func checkExport(t *testing.T, tt exportCase) {
	t.Helper()
	recs, err := Parse("in.json", []byte(tt.in), Options{})
	if err != nil {
		t.Fatalf("%s: %v", tt.name, err)
	}
	if len(recs) != len(tt.want) {
		t.Fatalf("%s: %d records, want %d: %s", tt.name, len(recs), len(tt.want), dumpRecords(recs))
	}
	inputLines := len(Lines(tt.in))
	var warnings []string
	for i, rec := range recs {
		if rec.Source.Format != FormatJSON {
			t.Errorf("%s: format %q", tt.name, rec.Source.Format)
		}
		for k, v := range tt.want[i] {
			if got := keyValue(t, rec, k); got != v {
				t.Errorf("%s: record %d: %s %q, want %q", tt.name, i+1, k, got, v)
			}
		}
		for _, w := range rec.Warnings {
			if w.Line < 1 || w.Line > inputLines {
				t.Errorf("%s: a warning on line %d of %d: %s", tt.name, w.Line, inputLines, w.Message)
			}
			warnings = append(warnings, fmt.Sprintf("%d: %s", w.Line, w.Message))
		}
		for k, n := range rec.Lines {
			if n != 0 && (n < 1 || n > inputLines) {
				t.Errorf("%s: %s on line %d of %d", tt.name, Key(k), n, inputLines)
			}
		}
	}
	for k, n := range tt.lines {
		if got := recs[0].Lines[k]; got != n {
			t.Errorf("%s: %s on line %d, want %d", tt.name, k, got, n)
		}
	}
	all := strings.Join(warnings, "\n")
	for _, w := range tt.warned {
		if !strings.Contains(all, w) {
			t.Errorf("%s: no warning %q among\n%s", tt.name, w, all)
		}
	}
	for _, w := range tt.unwarned {
		if strings.Contains(all, w) {
			t.Errorf("%s: a warning %q among\n%s", tt.name, w, all)
		}
	}
}

// keyValue returns a record's value of k as its JSON writes it, a list's
// items joined by "; ", "" for none.
func keyValue(t *testing.T, rec *Project, k Key) string {
	v := jsonMap(t, rec)[k.String()]
	switch v := v.(type) {
	case nil:
		return ""
	case string:
		return v
	case []any:
		var items []string
		for _, it := range v {
			items = append(items, fmt.Sprint(it))
		}
		return strings.Join(items, "; ")
	}
	return fmt.Sprint(v)
}

// dumpRecords writes records for a failure's message.
func dumpRecords(recs []*Project) string {
	b, _ := json.MarshalIndent(recs, "", " ")
	return string(b)
}

// slackPage is a page as a Slack message writes it: its marks, a link to
// a mail address, an ampersand escaped.
const slackPage = `*2020/00634 - Framtidsresan*\n*Projektnummer:* 2020/00634\n*Projektägare:* Perstorps kommun, Arbetsmarknadsenheten\n` +
	`*Region:* Sydsverige\n*Kontaktperson:* Peter Lindow\n*E-post:* <mailto:peter.lindow@perstorp.se|peter.lindow@perstorp.se>\n` +
	`*Projektperiod:* 2021-02-01 - 2021-10-31\n\n*Sammanfattning*\nFörstudien gäller samverkan mellan arbetsmarknad &amp; ekonomiskt bistånd i en liten kommun.`

// TestChatExports reads the shapes of chats' exports: the page in one
// message or several, the other messages left out and named.
func TestChatExports(t *testing.T) {
	framtidsresan := map[Key]string{KeyID: "2020/00634", KeyName: "Framtidsresan", KeyOwner: "Perstorps kommun, Arbetsmarknadsenheten",
		KeyRegion: "Sydsverige", KeyContactEmail: "peter.lindow@perstorp.se", KeyStartDate: "2021-02-01",
		KeySummary: "Förstudien gäller samverkan mellan arbetsmarknad & ekonomiskt bistånd i en liten kommun."}
	for _, tt := range []exportCase{
		{name: "Slack: the page in one message, its lines on the line of its text; the writers' other messages left out",
			in: "[\n" +
				`{"type": "message", "user": "U1", "text": "Kolla det här :eyes: <https://esf.se|esf.se>", "ts": "1714653067.1"},` + "\n" +
				`{"type": "message", "user": "U1", "text": "` + slackPage + `", "ts": "1714653101.2", "user_profile": {"real_name": "Anna Svensson"}},` + "\n" +
				`{"type": "message", "user": "U2", "text": "Tack! Budgeten stämmer inte.", "ts": "1714653201.1", "thread_ts": "1714653101.2"}` + "\n]",
			want:     []map[Key]string{framtidsresan},
			lines:    map[Key]int{KeyID: 3, KeyOwner: 3, KeySummary: 3},
			warned:   []string{`3: the page is a message by Anna Svensson in Slack's export`, "3: the rest of the chat, its writers' own words, was left out: 2 messages"},
			unwarned: []string{"Budgeten", "spelling", "emphasis"}},
		{name: "Slack, the export in one line",
			in:     `[{"type": "message", "user": "U1", "text": "` + slackPage + `", "ts": "1714653101.2"}]`,
			want:   []map[Key]string{framtidsresan},
			lines:  map[Key]int{KeyOwner: 1},
			warned: []string{"1: the page is a message by U1 in Slack's export"}, unwarned: []string{"left out"}},
		{name: "Slack: a page parted over two messages of one writer, the second holding labels",
			in: "[\n" + `{"type": "message", "user": "U1", "text": "*2020/00634 - Framtidsresan*\n*Projektnummer:* 2020/00634\n*Projektägare:*", "ts": "1714653101.2"},` + "\n" +
				`{"type": "message", "user": "U1", "text": "Perstorps kommun\n*Region:* Sydsverige", "ts": "1714653102.2"}` + "\n]",
			want:   []map[Key]string{{KeyID: "2020/00634", KeyOwner: "Perstorps kommun", KeyRegion: "Sydsverige"}},
			lines:  map[Key]int{KeyID: 2, KeyRegion: 3},
			warned: []string{"3: the page goes on in a message by U1, right after it"}},
		{name: "Slack: the rest of a summary in the next message, sent at once",
			in: "[\n" + `{"type": "message", "user": "U1", "text": "` + slackPage + `", "ts": "1714653101.2"},` + "\n" +
				`{"type": "message", "user": "U1", "text": "Förstudien ska leda till en analys inför kommande satsningar i kommunen.", "ts": "1714653103.2"}` + "\n]",
			want: []map[Key]string{{KeyID: "2020/00634",
				KeySummary: "Förstudien gäller samverkan mellan arbetsmarknad & ekonomiskt bistånd i en liten kommun.\n\nFörstudien ska leda till en analys inför kommande satsningar i kommunen."}},
			warned: []string{"3: the page goes on in a message by U1"}},
		{name: "Slack: the writer's remark a quarter of an hour later is no part of the page, and is named",
			in: "[\n" + `{"type": "message", "user": "U1", "text": "` + slackPage + `", "ts": "1714653101.2"},` + "\n" +
				`{"type": "message", "user": "U1", "text": "Budgeten verkar hög för så få deltagare, men det är nog rätt ändå.", "ts": "1714654101.2"}` + "\n]",
			want:   []map[Key]string{{KeyID: "2020/00634", KeySummary: "Förstudien gäller samverkan mellan arbetsmarknad & ekonomiskt bistånd i en liten kommun."}},
			warned: []string{"3: a message by U1, right after the page from the same hand, was left out as no part of it: it may be the page's own text"}},
		{name: "Slack: a question right after is the writer's, said in the count alone",
			in: "[\n" + `{"type": "message", "user": "U1", "text": "` + slackPage + `", "ts": "1714653101.2"},` + "\n" +
				`{"type": "message", "user": "U1", "text": "Kan någon se om budgeten stämmer med ansökan som kom in i våras?", "ts": "1714653102.2"}` + "\n]",
			want:   []map[Key]string{{KeySummary: "Förstudien gäller samverkan mellan arbetsmarknad & ekonomiskt bistånd i en liten kommun."}},
			warned: []string{"was left out: 1 message"}, unwarned: []string{"may be the page's own text"}},
		{name: "Slack: the page goes on in the middle of a sentence",
			in: "[\n" + `{"type": "message", "user": "U1", "text": "*Projektnummer:* 2020/00634\n*Region:* Sydsverige\n\n*Sammanfattning*\nFörstudien gäller samverkan mellan", "ts": "1714653101.2"},` + "\n" +
				`{"type": "message", "user": "U1", "text": "arbetsmarknad och ekonomiskt bistånd.", "ts": "1714653501.2"}` + "\n]",
			want: []map[Key]string{{KeyID: "2020/00634", KeySummary: "Förstudien gäller samverkan mellan\narbetsmarknad och ekonomiskt bistånd."}}},
		{name: "Slack: another writer's message with a label is named, its value in no field",
			in: "[\n" + `{"type": "message", "user": "U1", "text": "` + slackPage + `", "ts": "1714653101.2"},` + "\n" +
				`{"type": "message", "user": "U2", "text": "Rättelse:\nProjektägare: Perstorps kommun", "ts": "1714653201.1"}` + "\n]",
			want:   []map[Key]string{{KeyOwner: "Perstorps kommun, Arbetsmarknadsenheten"}},
			warned: []string{`3: a message by U2, left out as no page's, holds a label ("Projektägare: Perstorps kommun")`}},
		{name: "Slack: an app's message of blocks alone",
			in: `[{"type": "message", "bot_id": "B1", "text": "", "ts": "1714653101.2", "blocks": [` + "\n" +
				`{"type": "header", "text": {"type": "plain_text", "text": "2020/00634 - Framtidsresan"}},` + "\n" +
				`{"type": "section", "fields": [{"type": "mrkdwn", "text": "*Projektägare:* Perstorps kommun"},` + "\n" + `{"type": "mrkdwn", "text": "*Region:* Sydsverige"}]},` + "\n" +
				`{"type": "rich_text", "elements": [{"type": "rich_text_section", "elements": [{"type": "text", "text": "Projektnummer: ", "style": {"bold": true}}, {"type": "text", "text": "2020/00634"}]}]}]}]`,
			want:  []map[Key]string{{KeyID: "2020/00634", KeyName: "Framtidsresan", KeyOwner: "Perstorps kommun", KeyRegion: "Sydsverige"}},
			lines: map[Key]int{KeyOwner: 3, KeyRegion: 4, KeyID: 5}},
		{name: "Slack: a snippet's preview, cut short, names the lines the export lost",
			in: `[{"type": "message", "user": "U1", "text": "Sidan:", "ts": "1714653101.2", "files": [{"mode": "snippet", "name": "sida.txt",` + "\n" +
				`"preview": "Projektnummer: 2020/00634\nProjektägare: Perstorps kommun\nRegion: Sydsverige", "preview_is_truncated": true, "lines": 40, "lines_more": 37}]}]`,
			want:   []map[Key]string{{KeyID: "2020/00634", KeyRegion: "Sydsverige"}},
			warned: []string{"2: the export holds the file's preview alone: its 37 lines after the preview"}},
		{name: "Slack: an app's attachment of fields",
			in: `[{"type": "message", "bot_id": "B1", "text": "Nytt projekt", "ts": "1714653101.2", "attachments": [{"title": "2020/00634 - Framtidsresan",` + "\n" +
				`"fields": [{"title": "Projektägare", "value": "Perstorps kommun", "short": true},` + "\n" + `{"title": "Region", "value": "Sydsverige"}]}]}]`,
			want:  []map[Key]string{{KeyName: "Framtidsresan", KeyOwner: "Perstorps kommun", KeyRegion: "Sydsverige"}},
			lines: map[Key]int{KeyOwner: 2, KeyRegion: 3}},
		{name: "Slack: two writers' pages, two records",
			in: "[\n" + `{"type": "message", "user": "U1", "text": "` + slackPage + `", "ts": "1714653101.2"},` + "\n" +
				`{"type": "message", "user": "U2", "text": "*2015/00764 - Within*\n*Projektnummer:* 2015/00764\n*Region:* Sydsverige", "ts": "1714653201.1"}` + "\n]",
			want:   []map[Key]string{{KeyID: "2020/00634"}, {KeyID: "2015/00764", KeyName: "Within"}},
			warned: []string{"2: the page is a message by U1", "3: the page is a message by U2"}},
		{name: "Discord: Markdown, a code block among the writer's words, mentions",
			in: `{"guild": {"id": "1", "name": "Socialfondsnätverket"}, "channel": {"name": "projekt"}, "messages": [` + "\n" +
				`{"id": "1", "type": "Default", "timestamp": "2024-05-02T14:31:41.123+02:00", "author": {"id": "9", "name": "anna_s", "nickname": "Anna"},` + "\n" +
				`"content": "Här är sidan <@112233>:\n` + "```" + `\n**Projektnummer:** 2020/00634\n**Projektägare:** Perstorps kommun\n__Region:__ Sydsverige\n` + "```" + `\nSäg till om något är fel!", "embeds": []},` + "\n" +
				`{"id": "2", "type": "Default", "timestamp": "2024-05-02T14:40:00+02:00", "author": {"id": "8", "name": "erik"}, "content": "**Tack!**"}]}`,
			want:   []map[Key]string{{KeyID: "2020/00634", KeyOwner: "Perstorps kommun", KeyRegion: "Sydsverige"}},
			lines:  map[Key]int{KeyOwner: 3},
			warned: []string{"3: the page is a message by Anna in Discord's export", "the lines outside the block, were left out", "was left out: 1 message"}},
		{name: "Discord: a page parted as the chat parts a long message, sent at once: a part that asks in its text, a part of a list",
			in: `{"messages": [{"id": "1", "timestamp": "2024-05-02T14:31:41+02:00", "author": {"id": "9", "name": "anna"}, "content": "**Projektnummer:** 2020/00634\n**Region:** Sydsverige\n\n**Sammanfattning**\nFörstudien gäller samverkan mellan förvaltningarna i en liten kommun."},` + "\n" +
				`{"id": "2", "timestamp": "2024-05-02T14:31:42+02:00", "author": {"id": "9", "name": "anna"}, "content": "Hur når vi fler unga i kommunen?\nDet är förstudiens fråga.\n\nKommun:"},` + "\n" +
				`{"id": "3", "timestamp": "2024-05-02T14:31:43+02:00", "author": {"id": "9", "name": "anna"}, "content": "• Lund\n• Malmö"},` + "\n" +
				`{"id": "4", "timestamp": "2024-05-02T14:31:50+02:00", "author": {"id": "9", "name": "anna"}, "content": "Stämmer budgeten?"}]}`,
			want: []map[Key]string{{KeyID: "2020/00634", KeyMunicipalities: "Lund; Malmö",
				KeySummary: "Förstudien gäller samverkan mellan förvaltningarna i en liten kommun.\n\nHur når vi fler unga i kommunen?\nDet är förstudiens fråga."}},
			warned: []string{"2: the page goes on in a message by anna", "3: the page goes on in a message by anna", "was left out: 1 message"}},
		{name: "Discord: a bot's embed of fields",
			in: `{"messages": [{"id": "1", "author": {"id": "7", "name": "esf-bot", "isBot": true}, "content": "", "embeds": [{"title": "2020/00634 - Framtidsresan",` + "\n" +
				`"description": "Projektnummer: 2020/00634", "fields": [{"name": "Projektägare", "value": "Perstorps kommun", "isInline": true}]}]}]}`,
			want: []map[Key]string{{KeyID: "2020/00634", KeyName: "Framtidsresan", KeyOwner: "Perstorps kommun"}}},
		{name: "Teams: the body's HTML",
			in: `{"value": [{"id": "1", "messageType": "message", "from": {"user": {"id": "u1", "displayName": "Anna Svensson"}},` + "\n" +
				`"body": {"contentType": "html", "content": "<p><strong>Projektnummer:</strong> 2020/00634</p><p><strong>Projekt&auml;gare:</strong> Perstorps kommun</p><div>Region: Sydsverige</div>"}},` + "\n" +
				`{"id": "2", "from": {"user": {"displayName": "Erik Berg"}}, "body": {"contentType": "text", "content": "Tack"}}]}`,
			want:   []map[Key]string{{KeyID: "2020/00634", KeyOwner: "Perstorps kommun", KeyRegion: "Sydsverige"}},
			lines:  map[Key]int{KeyOwner: 2},
			warned: []string{"2: the page is a message by Anna Svensson in Teams' export of a chat: its HTML"}},
		{name: "Teams: a table under a header of labels; the writer's next message, a page that names the same labels, another page",
			in: `{"value": [{"id": "1", "from": {"user": {"displayName": "Anna"}}, "body": {"contentType": "html", "content": "<p>Sidan:</p><table><tr><th>Projektnummer</th><th>Projektägare</th><th>Region</th></tr><tr><td>2020/00634</td><td>Perstorps kommun</td><td>Sydsverige</td></tr></table>"}},` + "\n" +
				`{"id": "2", "from": {"user": {"displayName": "Anna"}}, "body": {"contentType": "html", "content": "<table><tr><td>Projektnummer</td><td>2015/00764</td></tr><tr><td>Region</td><td>Sydsverige</td></tr></table>"}}]}`,
			want:     []map[Key]string{{KeyID: "2020/00634", KeyOwner: "Perstorps kommun", KeyRegion: "Sydsverige"}, {KeyID: "2015/00764", KeyRegion: "Sydsverige"}},
			unwarned: []string{"given again"}},
		{name: "Telegram: a text in pieces, each line on its piece's line",
			in: "{\"name\": \"ESF-gruppen\", \"type\": \"private_group\", \"messages\": [{\"id\": 2, \"type\": \"message\", \"from\": \"Anna\", \"text\": [\n" +
				"{\"type\": \"bold\", \"text\": \"Projektnummer:\"}, \" 2020/00634\\n\",\n{\"type\": \"bold\", \"text\": \"Projektägare:\"},\n\" Perstorps kommun\\nRegion: Sydsverige\"]}]}",
			want:  []map[Key]string{{KeyID: "2020/00634", KeyOwner: "Perstorps kommun", KeyRegion: "Sydsverige"}},
			lines: map[Key]int{KeyID: 2, KeyOwner: 3, KeyRegion: 4}},
		{name: "Matrix: the content's body",
			in:   `{"room_name": "ESF", "messages": [{"type": "m.room.message", "sender": "@anna:matrix.org", "content": {"msgtype": "m.text", "body": "Projektnummer: 2020/00634\nRegion: Sydsverige"}}]}`,
			want: []map[Key]string{{KeyID: "2020/00634", KeyRegion: "Sydsverige"}}},
		{name: "Messenger: UTF-8 escaped a byte at a time",
			in:   `{"participants": [{"name": "Anna"}], "messages": [{"sender_name": "Anna", "timestamp_ms": 1714653101000, "content": "Projektnummer: 2020/00634\nProjekt\u00c3\u00a4gare: Perstorps kommun"}]}`,
			want: []map[Key]string{{KeyID: "2020/00634", KeyOwner: "Perstorps kommun"}}},
		{name: "Google Chat: the creator's text, its emphasis",
			in:       `{"messages": [{"creator": {"name": "Anna", "email": "anna@perstorp.se"}, "created_date": "2024-05-02", "text": "*Projektnummer:* 2020/00634\n*Region:* Sydsverige"}]}`,
			want:     []map[Key]string{{KeyID: "2020/00634", KeyRegion: "Sydsverige"}},
			unwarned: []string{"emphasis"}},
		{name: "a page's fields with comments under a key is no chat",
			in:   `{"Projektnummer": "2020/00634", "Region": "Sydsverige", "kommentarer": [{"user": "anna", "text": "Stämmer"}]}`,
			want: []map[Key]string{{KeyID: "2020/00634", KeyRegion: "Sydsverige"}}},
	} {
		checkExport(t, tt)
	}
}

// TestChatWithoutPage reads a chat that holds no page as no page.
func TestChatWithoutPage(t *testing.T) {
	recs, err := Parse("chat.json", []byte(`[{"type": "message", "user": "U1", "text": "Hej!", "ts": "1"}, {"type": "message", "user": "U2", "text": "Hej på dig.", "ts": "2"}]`), Options{})
	if err != nil || len(recs) != 0 {
		t.Errorf("%v, %d records: %s", err, len(recs), dumpRecords(recs))
	}
}

// TestChatMarkup reads a line of a chat's text as the chat shows it.
func TestChatMarkup(t *testing.T) {
	for in, want := range map[string]string{
		"*Projektägare:* Perstorps kommun &amp; Arbetsmarknadsenheten": "Projektägare: Perstorps kommun & Arbetsmarknadsenheten",
		"*E-post:* <mailto:a@b.se|a@b.se>":                             "E-post: a@b.se",
		"<https://esf.se/p/1|Projektbanken> och <https://esf.se>":      "Projektbanken och https://esf.se",
		"<@U04ABCD12> <#C01|projekt> <!here> <mailto:a@b.se>":          "@U04ABCD12 #projekt @here a@b.se",
		"_kursiv_ och `kod` och &lt;b&gt;":                             "kursiv och kod och <b>",
		"a < b":                                                        "a < b",
	} {
		if got := slackInline(in); got != want {
			t.Errorf("slackInline(%q) = %q, want %q", in, got, want)
		}
	}
	for in, want := range map[string]string{
		"**Projektägare:** Perstorps kommun": "Projektägare: Perstorps kommun",
		"__Region:__ Sydsverige ||hemligt||": "Region: Sydsverige hemligt",
		"## Sammanfattning":                  "Sammanfattning",
		"-# liten text":                      "liten text",
		"<@!123> <#456> <:tada:789> <@&1>":   "@123 #456 :tada: @1",
		"<t:1714653101:f>":                   "<t:1714653101:f>",
	} {
		if got := discordInline(in); got != want {
			t.Errorf("discordInline(%q) = %q, want %q", in, got, want)
		}
	}
	for in, want := range map[string]string{
		"Projekt\u00c3\u00a4gare": "Projektägare", "Malmö": "Malmö", "plain": "plain", "\u00c3": "\u00c3", "Ö\u4e16": "Ö\u4e16",
	} {
		if got := repairLatin1Escapes(in); got != want {
			t.Errorf("repairLatin1Escapes(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestJSONPieces checks the line each line of a text in pieces stands on:
// the line of the piece it begins in.
func TestJSONPieces(t *testing.T) {
	root, err := jsonTree("[\"a\\n\",\n\"\\n\",\n\"b\", \"c\\n\",\n\"d\"]")
	if err != nil {
		t.Fatal(err)
	}
	var p jsonPart
	p.addPieces(root, nil)
	if got, want := fmt.Sprint(p.lines, p.at), fmt.Sprint([]string{"a", "", "bc", "d"}, []int{1, 2, 3, 4}); got != want {
		t.Errorf("got %s, want %s", got, want)
	}
}

// TestJSONExportFiles reads the exports kept as test data, each to as many
// records as it holds pages, every line a warning names within the file.
func TestJSONExportFiles(t *testing.T) {
	want := map[string]int{"notebook_frame.ipynb": 2}
	files, _ := filepath.Glob(filepath.Join("..", "testdata", "exports", "*"))
	if len(files) == 0 {
		t.Fatal("no files")
	}
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		recs, err := Parse(file, data, Options{})
		n := want[filepath.Base(file)]
		if n == 0 {
			n = 1
		}
		if err != nil || len(recs) != n {
			t.Errorf("%s: %v, %d records, want %d", file, err, len(recs), n)
			continue
		}
		lines := len(Lines(string(data)))
		for _, rec := range recs {
			if rec.Source.Format != FormatJSON || deref(rec.ID) == "" || deref(rec.Owner) == "" {
				t.Errorf("%s: format %s, id %q, owner %q", file, rec.Source.Format, deref(rec.ID), deref(rec.Owner))
			}
			for _, w := range rec.Warnings {
				if w.Line < 1 || w.Line > lines {
					t.Errorf("%s: a warning on line %d of %d: %s", file, w.Line, lines, w.Message)
				}
			}
		}
	}
}

// TestHeadingsApart checks the blank line below a heading that shares its
// line of the input with the text below it, and none elsewhere.
func TestHeadingsApart(t *testing.T) {
	for _, tt := range []struct {
		text     string
		at       []int
		want     string
		wantAt   []int
		unchange bool
	}{
		{"Sammanfattning\nText.\nRegion: Syd\n", []int{1, 1, 2}, "Sammanfattning\n\nText.\nRegion: Syd\n", []int{1, 1, 1, 2}, false},
		{"Sammanfattning\nText.\n", []int{1, 2}, "", nil, true},
		{"Sammanfattning\n\nText.\n", []int{1, 1, 1}, "", nil, true},
		{"Region: Syd\nText.\n", []int{1, 1}, "", nil, true},
		{"", nil, "", nil, true},
	} {
		text, at := headingsApart(tt.text, tt.at)
		if tt.unchange {
			tt.want, tt.wantAt = tt.text, tt.at
		}
		if text != tt.want || fmt.Sprint(at) != fmt.Sprint(tt.wantAt) {
			t.Errorf("headingsApart(%q, %v) = %q %v, want %q %v", tt.text, tt.at, text, at, tt.want, tt.wantAt)
		}
	}
}
