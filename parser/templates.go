package parser

import (
	"strings"
)

// templateNote says what stripTemplates did.
const templateNote = `the page is a site generator's source ("{{ page.title }}", "{% include … %}", "{{< shortcode >}}"): its template tags were left out, a title's tag read as the front matter's title`

// stripTemplates leaves out the template tags of a static site
// generator's page (Jekyll's and Eleventy's Liquid "{{ … }}" and
// "{% … %}", Hugo's shortcodes "{{< … >}}" and "{{% … %}}"), which the
// site fills in when it builds the page: a line of tags alone is blank,
// the tags round words are taken off the words, a comment's block is left
// out, and a tag that writes the page's title ("{{ page.title }}", "{{ .Title }}") is the title of the
// front matter above, where it has one. Each line keeps its number.
func stripTemplates(text string) (string, bool) {
	if !containsRare(text, "{{") && !containsRare(text, "{%") {
		return text, false
	}
	lines := splitLines(text)
	title := frontMatterTitle(lines)
	found := false
	comment := false // inside Liquid's "{% comment %}" … "{% endcomment %}"
	for i, l := range lines {
		if t := strings.Join(strings.Fields(l), " "); t == "{% comment %}" || t == "{%- comment -%}" {
			comment, lines[i], found = true, "", true
			continue
		} else if comment {
			if t == "{% endcomment %}" || t == "{%- endcomment -%}" {
				comment = false
			}
			lines[i] = "" // a comment the site does not show
			continue
		}
		if !containsRare(l, "{{") && !containsRare(l, "{%") {
			continue
		}
		var b strings.Builder
		rest, tags := l, 0
		for {
			open, end := nextTemplateTag(rest)
			if open < 0 {
				break
			}
			tag := rest[open:end]
			b.WriteString(rest[:open])
			rest = rest[end:]
			if monospace(tag) {
				b.WriteString(tag) // Jira's "{{2020/00634}}", which the wiki's reading reads
				continue
			}
			if title != "" && titleTag(tag) {
				b.WriteString(title)
			}
			tags++
		}
		if tags == 0 {
			continue
		}
		b.WriteString(rest)
		read := b.String()
		if t := strings.TrimSpace(read); t == "" || strings.Trim(t, "#") == "" || isSeparator(t) {
			read = "" // the tags alone, or a heading's or a rule's marks with them
		}
		lines[i], found = read, true
	}
	if !found {
		return text, false
	}
	out := joinLinesOf(lines, text)
	return out, true
}

// nextTemplateTag returns where the first template tag of s begins and
// ends, or -1: "{{ … }}", "{{< … >}}", "{{% … %}}" or "{% … %}", closed on
// the same line.
func nextTemplateTag(s string) (open, end int) {
	for from := 0; from < len(s); {
		i := strings.IndexByte(s[from:], '{')
		if i < 0 || from+i+1 >= len(s) {
			return -1, -1
		}
		open = from + i
		closer := ""
		switch s[open+1] {
		case '{':
			closer = "}}"
		case '%':
			closer = "%}"
		}
		if closer != "" {
			if j := indexRare(near(s[open+2:]), closer); j >= 0 {
				return open, open + 2 + j + len(closer)
			}
		}
		from = open + 1
	}
	return -1, -1
}

// monospace reports Jira's and Confluence's text in monospace,
// "{{2020/00634}}": no template's expression, which a space, a shortcode's
// "<" or "%", a trim's "-" or a field's "." opens.
func monospace(tag string) bool {
	if !strings.HasPrefix(tag, "{{") || len(tag) <= 4 || strings.ContainsRune(" <%-.\t", rune(tag[2])) {
		return false
	}
	// Liquid's variable written tight, "{{page.title}}", "{{site.data.x}}",
	// "{{ title | upcase }}": a path of names, or a filter.
	inner := tag[2 : len(tag)-2]
	return !titleTag(tag) && !containsRare(inner, "|") && !liquidPath.MatchString(inner)
}

// liquidPath is a Liquid variable's path: "page.title", "site.data.agare".
var liquidPath = lazyRE(`^[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+$`)

// titleTag reports a tag that writes the page's title: Jekyll's
// "{{ page.title }}", Hugo's "{{ .Title }}", Eleventy's "{{ title }}".
func titleTag(tag string) bool {
	inner := strings.TrimSpace(strings.Trim(tag, "{}%<> -"))
	switch strings.ToLower(inner) {
	case "page.title", ".title", "title", ".params.title", "page.data.title":
		return true
	}
	return false
}

// frontMatterTitle returns the title of the front matter that lines
// begin with (YAML between "---", TOML between "+++", or JSON in braces),
// "" when there is none.
func frontMatterTitle(lines []string) string {
	if len(lines) == 0 {
		return ""
	}
	end := ""
	switch strings.TrimSpace(lines[0]) {
	case "---":
		end = "---"
	case "+++":
		end = "+++"
	case "{":
		end = "}"
	default:
		return ""
	}
	for _, l := range lines[1:min(len(lines), maxFrontMatter)] {
		t := strings.TrimSpace(l)
		if t == end {
			return ""
		}
		key, value, ok := strings.Cut(t, ":")
		if !ok || containsRare(key, "=") {
			key, value, ok = strings.Cut(t, "=")
		}
		if ok && strings.Trim(strings.TrimSpace(key), `"`) == "title" {
			return frontMatterScalar(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(value), ",")))
		}
	}
	return ""
}
