package parser

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A page kept as a record in a CRM (Dynamics 365, Salesforce, HubSpot,
// Lime, Upsales) and copied back out of it as text carries the program's
// lines among the page's: the record's type and form below its title
// ("Projekt · Informationsformulär"), the form's tabs and sections over
// the fields ("ALLMÄNT", "Information", "Detaljer"), the buttons that fold
// a long text ("Visa mer", "Visa mindre"), a field's history as a table
// ("Ändrat datum  Ändrat av  Fält  Gammalt värde  Nytt värde") and its
// heading ("Granskningshistorik", "Projekt-historik (4)"), the activity's
// timeline ("Johan Lindqvist lämnade en anteckning", "10 dec. 2024 kl.
// 11:31") and the record's associations ("Kopplingar", "1 företag").
// None of it is the project's. stripCRMRecord leaves it out where the
// record is told by two of the program's lines or a field history; a
// line it does not know ends the program's lines and is read as the
// page's.

// crmNote says what stripCRMRecord did.
const crmNote = `the page was copied from a CRM's record (Dynamics 365, Salesforce, HubSpot): the program's lines among it (the record's type and form, its tabs, "Visa mer", a field's history, the activity's timeline, "Kopplingar") were left out`

// crmWords are the program's words, whole lines, on a record's page:
// its buttons, tabs and panels.
var crmWords = []string{
	"visa mer", "visa mindre", "show more", "show less", "see more", "see less", "läs mer", "read more",
	"redigera", "edit", "ta bort", "delete", "klona", "clone", "följ", "follow", "följer", "following",
	"kommentera", "comment", "gilla", "like", "ändra ägare", "change owner", "dela", "share",
	"utskriftsvänlig vy", "printable view", "skriv ut", "print",
	"kopplingar", "associations", "relaterade", "relaterat", "related", "detaljer", "details",
	"aktivitet", "aktiviteter", "activity", "activities", "chatter", "tidslinje", "timeline",
	"anteckning", "anteckningar", "note", "notes", "bilagor", "attachments", "filer", "files",
	"ny anteckning", "new note", "logga aktivitet", "log activity", "skapa anteckning", "create note",
	"visa alla", "view all", "visa fler", "show all", "filtrera tidslinje", "filter timeline", "filtrera aktivitet", "filter activity",
	"fäst", "pin", "åtgärder", "actions", "fler", "more", "uppdatera", "refresh", "spara", "save", "avbryt", "cancel",
	"om den här posten", "about this record", "posten", "record", "senaste aktivitet", "recent activity",
}

// crmSections are the names of a record's form's tabs and sections that
// stand over its fields: read as the program's only there, or right
// below the record's type.
var crmSections = []string{
	"allmänt", "general", "information", "detaljer", "details", "översikt", "overview",
	"systeminformation", "system information", "projektinformation", "project information",
	"grundläggande information", "basic information", "huvudinformation", "egenskaper", "properties",
	"om det här projektet", "about this project", "sammanfattning av posten", "record summary",
}

// crmSystemLabels are the labels of a record's own facts, which the
// program keeps: who made it and changed it, and when.
var crmSystemLabels = []string{
	"skapad av", "senast ändrad av", "ändrad av", "skapad", "skapad den", "ändrad", "ändrad den", "senast ändrad",
	"created by", "last modified by", "modified by", "created on", "modified on", "created", "modified", "last modified",
	"postens ägare", "record owner", "posttyp", "record type",
}

// crmSystemSections are the headings of a record's own facts.
var crmSystemSections = []string{"systeminformation", "system information", "posteninformation", "record information"}

// crmEditWords are the words of the button beside a field that edits
// it, as a screen reader's text names it: "Redigera Region", "Edit
// Region".
var crmEditWords = []string{"redigera ", "edit ", "ändra "}

// crmEntities are the record types a CRM's record of a project is kept
// as, in the line below its title ("Projekt · Informationsformulär") or
// the line above it (Salesforce's "Projekt").
var crmEntities = []string{
	"projekt", "project", "projects", "konto", "account", "företag", "company", "affärsmöjlighet", "opportunity",
	"affär", "deal", "ärende", "case", "kund", "customer", "organisation", "organization",
}

// crmCounted are the associations a record counts: "1 företag", "2
// kontakter", "Kontakter (2)".
var crmCounted = []string{
	"företag", "kontakt", "kontakter", "affär", "affärer", "ärende", "ärenden", "biljett", "biljetter",
	"company", "companies", "contact", "contacts", "deal", "deals", "ticket", "tickets",
	"anteckningar", "notes", "filer", "files", "aktiviteter", "activities", "bilagor", "attachments",
	"uppgifter", "tasks", "möten", "meetings", "e-postmeddelanden", "emails",
}

// crmEventVerbs are what a timeline says a user did: "Johan Lindqvist
// lämnade en anteckning", "Anna Berg logged a call".
var crmEventVerbs = []string{
	" lämnade en anteckning", " skapade ", " uppdaterade ", " ändrade ", " loggade ", " skickade ", " la till ", " lade till ",
	" left a note", " created ", " updated ", " changed ", " logged ", " sent ", " added ",
}

// historyColumns are the columns of a field's history: Dynamics' audit
// history, Salesforce's and HubSpot's property history.
var historyColumns = []string{
	"datum", "ändrat datum", "ändringsdatum", "date", "changed date", "fält", "ändrat fält", "field", "changed field",
	"användare", "ändrat av", "user", "changed by", "händelse", "event", "åtgärd", "action",
	"gammalt värde", "nytt värde", "originalvärde", "old value", "new value", "original value", "värde", "value", "källa", "source",
}

// minHistoryColumns is the fewest history columns (historyColumns) a
// table's header names that tell a field's history: one may be a
// page's own table's.
const minHistoryColumns = 3

// minCRMSigns is the fewest of the program's lines (crmSign) that tell a
// record copied from a CRM: a button's word alone may be the page's.
const minCRMSigns = 2

// maxCRMLine bounds a line of the program's: longer is a sentence.
const maxCRMLine = 80

// stripCRMRecord blanks a CRM's lines among a record's page. Each line
// keeps its number. unpaste calls it where pasteSigns saw a record's
// sign (signRecord).
func stripCRMRecord(text string) (string, bool) {
	lines := splitLines(text)
	tables := historyTables(lines)
	signs := 0
	for i, l := range lines {
		if t := strings.TrimSpace(l); crmSign(t) || oneOf(strings.ToLower(t), crmSections) && labelBelow(lines, i) {
			signs++ // a form's section over its fields, with another sign
		}
	}
	if len(tables) == 0 && signs < minCRMSigns {
		return text, false
	}
	out := append([]string(nil), lines...)
	for _, t := range tables {
		for i := t[0]; i < t[1]; i++ {
			out[i] = ""
		}
	}
	// The record's own facts (who made it, when), and the buttons that
	// edit a field, named by its label.
	for i := 0; i < len(out); i++ {
		t := strings.TrimSpace(out[i])
		switch {
		case t == "":
		case editButton(t):
			out[i] = ""
		case oneOf(strings.ToLower(t), crmSystemSections) && systemLabelBelow(out, i):
			out[i] = ""
		default:
			label, value := systemFact(t)
			if label == "" {
				continue
			}
			out[i] = ""
			if next := nextContentLine(out, i+1); value == "" && next >= 0 && utf8.RuneCountInString(strings.TrimSpace(out[next])) <= maxCRMLine && classify(strings.TrimSpace(out[next]), 1, false).term == nil {
				out[next] = "" // the fact's value below its label
				i = next
			}
		}
	}
	// The program's lines at the record's top and at its end.
	for i := 0; i < len(out); i++ {
		t := strings.TrimSpace(out[i])
		if t != "" && !crmHeadLine(t) && !(i+1 < len(out) && crmEntity(t) && crmTypeBelow(out, i)) {
			break
		}
		out[i] = ""
	}
	for i := len(out) - 1; i >= 0; i-- {
		t := strings.TrimSpace(out[i])
		if t != "" && !crmTailLine(t) {
			break
		}
		out[i] = ""
	}
	// The record's type below its title, the form's sections over its
	// fields, and the buttons that fold its texts.
	for i, l := range out {
		t := strings.TrimSpace(l)
		switch {
		case t == "":
		case recordType(t), foldButton(t):
			out[i] = ""
		case oneOf(strings.ToLower(t), crmSections) && (labelBelow(out, i) || typeAbove(out, i)):
			out[i] = ""
		}
	}
	read := joinLinesOf(out, text)
	return read, read != text
}

// crmAnchor reports a line, its start trimmed, that is one of the words
// every record's copy shows (crmAnchors): pasteSigns' look for a record,
// with its record's type (recordTypeIn) and a field history's header.
func crmAnchor(line string) bool {
	t := strings.TrimRight(line, " \t\r")
	if n := len(t); n < minAnchorLen || n > maxAnchorLen {
		return false // most lines
	}
	for _, a := range crmAnchors {
		if len(a) == len(t) && strings.EqualFold(t, a) {
			return true
		}
	}
	return false
}

// recordTypeIn reports a text with a record's type on a line of its own
// (recordType), looked for at each " · ".
func recordTypeIn(text string) bool {
	for at := 0; ; {
		i := indexRare(text[at:], "·")
		if i < 0 {
			return false
		}
		i += at
		start := strings.LastIndexByte(text[:i], '\n') + 1
		end := strings.IndexByte(text[i:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += i
		}
		if recordType(strings.TrimSpace(text[start:end])) {
			return true
		}
		at = end
		if at >= len(text) {
			return false
		}
	}
}

// crmAnchors are the words, whole lines, that a record's copy shows
// wherever it folds a text or lists its associations or its activity.
var crmAnchors = []string{
	"visa mer", "visa mindre", "show more", "show less", "see more", "see less",
	"kopplingar", "associations", "chatter", "tidslinje", "timeline", "relaterat", "relaterade", "related",
}

// minAnchorLen and maxAnchorLen bound crmAnchors' lengths in bytes: most
// lines are passed over on their length.
const (
	minAnchorLen = len("related")
	maxAnchorLen = len("associations")
)

// crmSign reports a line only a CRM's record shows: its type, a button
// that folds a text, an association's count, a timeline's event, a
// panel's word.
func crmSign(t string) bool {
	if t == "" || len(t) > 4*maxCRMLine {
		return false
	}
	return recordType(t) || foldButton(t) || crmCount(t) || crmEvent(t) || oneOf(strings.ToLower(t), crmWords) && !oneOf(strings.ToLower(t), crmCommon)
}

// crmCommon are crmWords a page's own line may be alone: they tell no
// record, though they are the program's where the record is told.
var crmCommon = []string{"information", "print", "more", "fler", "record", "posten", "pin", "fäst", "save", "spara", "dela", "share", "note", "notes", "files", "filer"}

// crmHeadLine reports a line of the program's at a record's top: a
// panel's word, a timeline's event or time, a section's name.
func crmHeadLine(t string) bool {
	low := strings.ToLower(t)
	return oneOf(low, crmWords) || crmEvent(t) || crmTime(t) || crmCount(t) || recordType(t)
}

// crmTailLine reports a line of the program's at a record's end.
func crmTailLine(t string) bool {
	return oneOf(strings.ToLower(t), crmWords) || crmEvent(t) || crmTime(t) || crmCount(t)
}

// crmEntity reports a record's type alone: "Projekt".
func crmEntity(t string) bool { return oneOf(strings.ToLower(t), crmEntities) }

// crmTypeBelow reports a record's type alone at i that stands right
// above the record's title, as Salesforce shows it: the title below it,
// then no other type.
func crmTypeBelow(lines []string, i int) bool {
	next := nextContentLine(lines, i+1)
	return next >= 0 && !crmHeadLine(strings.TrimSpace(lines[next])) && classify(strings.TrimSpace(lines[next]), 1, false).term == nil
}

// recordType reports the line below a record's title that gives its
// type and form, parted by a dot: "Projekt · Informationsformulär",
// "Project · Main form".
func recordType(t string) bool {
	entity, form, ok := strings.Cut(t, " · ")
	if !ok || !crmEntity(strings.TrimSpace(entity)) || utf8.RuneCountInString(form) > maxCRMLine/2 {
		return false
	}
	form = strings.TrimSpace(form)
	return form != "" && !strings.ContainsFunc(form, unicode.IsDigit) && len(strings.Fields(form)) <= 3
}

// foldButton reports the button that folds or unfolds a long text.
func foldButton(t string) bool {
	low := strings.ToLower(strings.TrimRight(t, " ▾▴▼▲⌄⌃"))
	return oneOf(low, []string{"visa mer", "visa mindre", "show more", "show less", "see more", "see less"})
}

// crmCount reports an association's count: "1 företag", "Kontakter (2)".
func crmCount(t string) bool {
	low := strings.ToLower(t)
	if n, word, ok := strings.Cut(low, " "); ok && strings.Trim(n, "0123456789") == "" && n != "" {
		return oneOf(word, crmCounted)
	}
	if word, n, ok := strings.Cut(low, " ("); ok && strings.HasSuffix(n, ")") {
		n = strings.TrimSuffix(n, ")")
		return n != "" && strings.Trim(n, "0123456789+") == "" && oneOf(word, crmCounted)
	}
	return false
}

// crmEvent reports a timeline's event: a user's name and what they did.
func crmEvent(t string) bool {
	if utf8.RuneCountInString(t) > maxCRMLine || strings.HasSuffix(t, ".") || containsRare(t, ":") {
		return false
	}
	for _, v := range crmEventVerbs {
		if i := indexRare(t, v); i > 0 && authorName(t[:i]) {
			return true
		}
	}
	return false
}

// crmTime reports a timeline's time alone: "10 dec. 2024 kl. 11:31 CET",
// "2024-03-12 10:32", "Igår kl. 10:32".
func crmTime(t string) bool {
	if utf8.RuneCountInString(t) > maxCRMLine/2 {
		return false
	}
	start, _ := clockAt(t, 0)
	return start >= 0 && classify(t, 1, false).term == nil && !strings.ContainsAny(t, "!?")
}

// labelBelow reports a known label on the line below i that is not
// blank.
func labelBelow(lines []string, i int) bool {
	next := nextContentLine(lines, i+1)
	return next >= 0 && classify(strings.TrimSpace(lines[next]), 1, false).term != nil
}

// typeAbove reports a record's type on the line above i that is not
// blank.
func typeAbove(lines []string, i int) bool {
	for j := i - 1; j >= 0; j-- {
		if t := strings.TrimSpace(lines[j]); t != "" {
			return recordType(t)
		}
	}
	return false
}

// systemFact returns the label of a record's own fact at the start of t
// and its value on the line, if any: "Skapad av", "Created By: Anna
// Berg, 2024-03-12 10:32"; or "", "".
func systemFact(t string) (label, value string) {
	if len(t) > 2*maxCRMLine {
		return "", ""
	}
	label, value = t, ""
	if i := strings.IndexAny(t, ":\t"); i > 0 {
		label, value = t[:i], strings.TrimSpace(t[i+1:])
	}
	if !oneOf(strings.ToLower(strings.TrimSpace(label)), crmSystemLabels) {
		return "", ""
	}
	return label, value
}

// systemLabelBelow reports a record's own fact on the line below i that
// is not blank.
func systemLabelBelow(lines []string, i int) bool {
	next := nextContentLine(lines, i+1)
	if next < 0 {
		return false
	}
	label, _ := systemFact(strings.TrimSpace(lines[next]))
	return label != ""
}

// editButton reports the button that edits a field, named by the
// field's label: "Redigera Region", "Edit Projektägare".
func editButton(t string) bool {
	low := strings.ToLower(t)
	for _, w := range crmEditWords {
		if rest, ok := strings.CutPrefix(low, w); ok && rest != "" {
			return wholeLabel(t[len(w):]) != nil
		}
	}
	return false
}

// nextContentLine returns the first line at or below i that is not
// blank, or -1.
func nextContentLine(lines []string, i int) int {
	for ; i < len(lines); i++ {
		if strings.TrimSpace(lines[i]) != "" {
			return i
		}
	}
	return -1
}

// prevContent returns the last line at or above i, down to start, that is
// not blank; or -1.
func prevContent(lines []string, i, start int) int {
	for ; i >= start; i-- {
		if strings.TrimSpace(strings.Trim(lines[i], "\f")) != "" {
			return i
		}
	}
	return -1
}

// historyTables returns the lines, [start, end), of each field's history
// in lines: its heading ("Granskningshistorik", "Projekt-historik (4)"),
// the header that names minHistoryColumns of its columns or more, its
// rows below, cells parted by tabs, and a "Visa alla" below them.
func historyTables(lines []string) [][2]int {
	var tables [][2]int
	for i := 0; i < len(lines); i++ {
		if !historyHeader(lines[i]) {
			continue
		}
		start, end := i, i+1
		if above := prevContent(lines, i-1, 0); above >= 0 && historyHeading(strings.TrimSpace(lines[above])) {
			start = above
		}
		for end < len(lines) && strings.Count(lines[end], "\t") >= 1 && strings.TrimSpace(lines[end]) != "" {
			end++
		}
		if next := nextContentLine(lines, end); next >= 0 && oneOf(strings.ToLower(strings.TrimSpace(lines[next])), []string{"visa alla", "view all"}) {
			end = next + 1
		}
		tables = append(tables, [2]int{start, end})
		i = end - 1
	}
	return tables
}

// historyHeader reports a field history's header: cells parted by tabs,
// minHistoryColumns of them history's columns.
func historyHeader(line string) bool {
	if strings.Count(line, "\t") < minHistoryColumns-1 {
		return false
	}
	n := 0
	for _, c := range strings.Split(line, "\t") {
		if oneOf(strings.ToLower(strings.TrimSpace(c)), historyColumns) {
			n++
		}
	}
	return n >= minHistoryColumns
}

// historyHeading reports a field history's heading: "Granskningshistorik",
// "Projekt-historik (4)", "Field History".
func historyHeading(t string) bool {
	if i := strings.LastIndex(t, " ("); i > 0 && strings.HasSuffix(t, ")") && strings.Trim(t[i+2:len(t)-1], "0123456789+") == "" {
		t = t[:i]
	}
	low := strings.ToLower(t)
	return utf8.RuneCountInString(t) <= maxCRMLine/2 && (strings.HasSuffix(low, "historik") || strings.HasSuffix(low, "history"))
}
