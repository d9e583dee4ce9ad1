package parser

// The reader's thresholds, in one place, each with why it has its value.
// The length thresholds have a test at their edge, one under and one over,
// with text of the pages' own kinds (thresholds_test.go); the line counts
// are held by the page tests (TestPages, the variations, the pasted pages).
const (
	// layoutWindow is how many lines from a field block's start tell its
	// layout: the longest block, the 2021–2027 colon page, has about 60.
	layoutWindow = 200
	// layoutLoose is how many lines in a row that are no label the layout
	// count reads past: a value wrapped and an unknown label; more is text.
	layoutLoose = 2

	// proseLen is the length from which a line is running text, never a
	// value: the longest value a page gives, a long owner's name with its
	// department, stays under 160 characters.
	proseLen = 160
	// maxValueLen bounds a line longer than proseLen that is still a value:
	// one that is no sentence and stands between its label and the next
	// ("Projektägare:" / an owner with its departments, 204 characters /
	// "Region:"). Longer is text whatever stands around it.
	maxValueLen = 400
	// sentenceLen and sentenceWords: a line of 40 characters or more that
	// ends like a sentence and has ten words is running text; shorter
	// lines (a name, an address) may end with a full stop.
	sentenceLen   = 40
	sentenceWords = 10

	// wrappedSentenceWords: a line of six words or more that runs on
	// into a line beginning with a small letter is a sentence wrapped,
	// not a value below a blank line; an owner's name with its department
	// is as long, but the line after it starts with a capital or a label.
	wrappedSentenceWords = 6

	// listItemLen is the longest line that continues a list after a
	// blank line without a bullet: a municipality or co-financier, not a
	// sentence of the text that follows the list.
	listItemLen = 40

	// unknownLabelLen and unknownLabelWords bound a line read as a label
	// the table does not know ("Stödform", "Beslutsdatum"): labels are a
	// few words; a longer line is a value or text.
	unknownLabelLen   = 60
	unknownLabelWords = 6
	// lastLabelWords bounds a stacked label esf does not know as the
	// field block's last entry, with no blank line before the text
	// (stackedLast): "Antal kvinnor", "Samverkanspartner"; a line of four
	// words or more there is more often the text's first.
	lastLabelWords = 3
	// lastValueWords bounds its value: a number, a date, a name or two
	// ("320", "Arbetsförmedlingen"); a line of seven words or more
	// without its full stop is the text's first sentence, wrapped.
	lastValueWords = 6
	// minTypedAmount is the least number without a unit below a label
	// esf does not know that the audit takes for an amount in kronor
	// (emptyTypedKeys): a project's budget and support are six figures
	// or more; a smaller number is a count ("Antal kommuner: 4",
	// "Timmar: 1200").
	minTypedAmount = 10000
	// minInnerHint is the fewest letters of a label's hint at a field
	// (keyHints) found inside a compound word ("Projektavslutning":
	// "avslut"); a shorter one counts only at a word's start, for "slut"
	// ends "Beslut" and stands inside "Beslutsdatum", a fact of its own.
	minInnerHint = 5
	// regionSlips is the letters a region's name may be off by and still
	// read as that region, named (slipRegion): one ("Sydsverge", "Östra
	// Mellamsverige"). Two would bridge the regions' own words ("North
	// Sweden" is two from "South Sweden", "Västra Mellansverige" two from
	// "Östra"); the regions' names are three apart at least, so one slip
	// is never near two.
	regionSlips = 1
	// minNoteWords is the fewest words of a remark in brackets, in a
	// small letter, alone on a line run on into a value above it, that
	// the audit names as a reader's note ("(ringde 28/3, ej svar)"): an
	// abbreviation's or a word's gloss in brackets is a word or two
	// ("(förkortat)", "(IFO)").
	minNoteWords = 3
	// lowerLabelWords bounds a label in small letters alone with its
	// colon ("samverkanspart:"): two words; "med följande mål:" leads
	// into a list.
	lowerLabelWords = 2

	// strongStartWindow is how many lines below a line a new page's field
	// block is looked for: its banner, title and first three labels stand
	// well within 40 lines. strongStartLabels of them, one an identity
	// key, make it a block; more than strongStartLoose lines that are no
	// label in a row make it text.
	strongStartWindow = 40
	strongStartLabels = 3
	strongStartLoose  = 2
	// idTitleLabels is how many labels below an "ID - Name" title, which
	// gives the page's identity, make the block of a page of its own.
	idTitleLabels = 2

	// titleLen is the longest line taken for a page's title; a longer one
	// is a paragraph.
	titleLen = 150
	// minFieldRun is how many lines reading as a label and its value
	// ("Issue key: ESF-22", "Created: 12/Mar/24") above a field block, and
	// nothing else, make them fields with no title among them: a tracker's
	// or a sheet's columns above a page without its title. One alone may be
	// a title with a colon ("Proj.nr: Framtid"), taken and said.
	minFieldRun = 2

	// headingLikeLen is the longest line taken for a heading the table
	// does not know, standing alone between blank lines.
	headingLikeLen = 60

	// blockGoesOnLines is how many lines that are no entry the field block
	// reads past when an entry follows them: a value wrapped over two lines
	// and an unknown label.
	blockGoesOnLines = 3

	// bannerLines is how far above a banner line the top of its printed
	// page is looked for: "Logotyp på utskrifter", "Stäng", then the banner.
	bannerLines = 4

	// repeatEntries and repeatGiven tell a field block that repeats the
	// page's, and so begins another page with no title above it: of its
	// first three entries, two give keys the page has already.
	repeatEntries = 3
	repeatGiven   = 2

	// maxIDLen is the longest project or diary number, 2020-1234-1234: a
	// title glued to the end of the line before it is looked for this far
	// before its dash.
	maxIDLen = 14

	// minGluedTitleLine is the shortest line that holds text and a title
	// glued to its end: a character, the shortest id (2015/007), " - " and
	// a character of the name.
	minGluedTitleLine = 13

	// gluedTitleWords is the most words a title glued to a sentence's end
	// may have ("… arbetssätt.Arbetsliv för alla"): a project's name is
	// seldom longer ("Kompetensutveckling för anställda inom äldreomsorgen
	// i Skåne" has eight), and a sentence's words after a lost space are
	// more.
	gluedTitleWords = 10

	// gluedSentenceWords is the fewest words of a sentence a title may be
	// glued to ("Vi vill.Lyftet" has two): fewer are a code's or a
	// name's parts.
	gluedSentenceWords = 3

	// nextTitleLines is how far below a digest's heading ("Projekt:
	// Stegvis") the page's title is looked for: the printout's top, the
	// site's "Stäng", its banner of two lines and the title make five
	// lines that are not blank; three more for a menu's words.
	nextTitleLines = 8

	// maxLastPairs is how many labels esf does not know, each over its
	// value, may stand as a stacked block's last entries below one of a
	// shape of its own ("E-post" / "…@…" / "Medfinansiering" / "250 000
	// kr" / "Målgrupp" / "Unga vuxna"): a page adds a few fields of its
	// own at the block's end; more are the text's short lines.
	maxLastPairs = 3

	// maxAreaNameEdits is the most letters a programme area's name may be
	// misspelt by and still be read as the programme's name, where its
	// spelling key has minAreaNameEdited letters or more: the names are
	// few and long ("Kompetensförsörjning", 20), and no two within four
	// letters of each other; "Tekniskt stöd" (12) is read only as written.
	maxAreaNameEdits  = 2
	minAreaNameEdited = 13

	// minNamesOnLine is the fewest names a line longer than proseLen
	// must part by commas or semicolons to be a list's items, not text: a
	// sentence holds a comma or two, a list of municipalities many.
	minNamesOnLine = 5

	// listNameWords is the most words a name in such a line has
	// ("Arbetsmarknads- och socialförvaltningen i Malmö stad"), and
	// lowerListNameWords the most where the line has no capital at all: a
	// sentence's parts run longer ("Projektet vänder sig till unga vuxna").
	listNameWords      = 6
	lowerListNameWords = 3

	// minListedNames is the fewest names, each a capital first and none
	// a department, that a cofinancier's item parts by commas for
	// checkCofinanciers to name it as maybe a list read as one: an
	// organisation's name holds a comma or two ("Göteborgs universitet,
	// Institutionen för socialt arbete"), seldom three parts of names.
	minListedNames = 3

	// oddNamesShare is the share, one in oddNamesShare, of a names line's
	// parts that may be no name's shape ("de lokala företagen",
	// "Samordningsförbundet Finsam i Kristianstad och Östra Göinge"): one
	// in a list of four or more; a sentence's list has more.
	oddNamesShare = 4

	// gluedEntryLabels and gluedEntryWindow tell the field block below a
	// line whose end holds the block's first entry: two more labels
	// within the next six lines that are not blank. A field block's first
	// fields stand a label and a value a line each, or one a line.
	gluedEntryLabels = 2
	gluedEntryWindow = 6

	// maxItemGap is the most lines between two numbers alone on their
	// lines that count as a list's items: an item's number, its text and
	// a blank line or two. A printed sheet holds forty lines or more, so
	// its numbers, counting 1, 2, 3, stand farther apart.
	maxItemGap = 20

	// maxWrappedValueLines is the most lines a typed value below a blank
	// line is read from where no one of them reads alone: a region's or a
	// date's words wrapped at a narrow width ("Östra" / "Mellansverige",
	// "2008-05-01" / "till" / "2008-10-31").
	maxWrappedValueLines = 3

	// minPaddedShare is the share of a sheet's rows, in per cent, written
	// with as many cells, empty ones after the last value among them, from
	// which the sheet pads its rows: a spreadsheet saves every row as
	// wide as its widest, and a page's label rows are two cells wide. A
	// text copy's lines hold a delimiter in a few of them only.
	minPaddedShare = 90

	// minTitleNameLen is the shortest title that is named where the
	// page's name label gives another name: a line of one or two
	// characters above the fields ("X", "–") names nothing.
	minTitleNameLen = 3
)
