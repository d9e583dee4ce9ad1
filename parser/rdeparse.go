package parser

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// R's dput() and deparse() write a record as the code that builds it: a
// list of named values (list(Namn = "Egenmakt", `Beviljat ESF-stöd` =
// "493 090 kr")), a data frame as a list of columns with its class and
// row names (structure(list(Namn = c("Egenmakt", "Within"), …), class =
// "data.frame", row.names = c(NA, -2L))), over as many lines as R wraps
// it. readRDeparse reads such code: each name a label, each value its
// value (a list's vector its items), a data frame's every row a page.

// readRDeparse reads a list or a data frame that dput() printed from line
// i, to the line its last bracket closes on.
func readRDeparse(lines []string, i int) (replPrint, bool) {
	t := strings.TrimLeft(lines[i], " ")
	if !strings.HasPrefix(t, "list(") && !strings.HasPrefix(t, "structure(list(") {
		return replPrint{}, false
	}
	p := &rParser{}
	for j := i; j < len(lines); j++ {
		p.add(lines[j], j)
		if p.closed() {
			v, ok := p.parse()
			if !ok {
				return replPrint{}, false
			}
			return rPrint(v, i, j)
		}
	}
	return replPrint{}, false
}

// rPrint lays out the value of a list or a data frame as a printout's
// pages, its first line first and its last last (0-based).
func rPrint(v rValue, first, last int) (replPrint, bool) {
	frame := v.call == "structure" && len(v.args) > 0
	if frame {
		v = v.args[0].value // the list of a data frame's columns
	}
	if v.call != "list" || len(v.args) == 0 {
		return replPrint{}, false
	}
	rows := 1
	for _, a := range v.args {
		if a.name == "" {
			return replPrint{}, false
		}
		if frame && a.value.call == "c" {
			rows = max(rows, len(a.value.args))
		}
	}
	p := replPrint{program: "R's dput()", first: first, entry: first, last: last}
	if rows > 1 {
		p.program = "R's dput() of a data frame, a page a row"
	}
	for r := range rows {
		var fields []jsonField
		for _, a := range v.args {
			e := a.value
			if !frame && e.call == "c" {
				// A list's vector: the items of a list's field.
				var items []string
				for _, item := range e.args {
					if item.value.call == "" && !item.value.na {
						items = append(items, item.value.text)
					}
				}
				fields = append(fields, jsonField{key: a.name, value: items, line: e.line + 1})
				continue
			}
			if e.call == "c" {
				if r >= len(e.args) {
					continue
				}
				e = e.args[r].value
			}
			switch {
			case e.na:
				// NA, NULL: no value
			case e.call != "":
				// "structure(18262, class = \"Date\")": a value no
				// printout's reading knows, named.
				p.notes = append(p.notes, note{line: e.line + 1, kind: WarnValue, key: replKey(a.name), keyed: true,
					message: fmt.Sprintf("the value of %q, %s(…), is R's code, no string or number, and was not read", a.name, e.call)})
			default:
				fields = append(fields, jsonField{key: a.name, value: e.text, line: e.line + 1})
			}
		}
		if r == 0 {
			p.fields = fields
		} else if len(fields) > 0 {
			p.more = append(p.more, fields) // a row of NA alone is no page
		}
	}
	return p, true
}

// rValue is a value of R's code: a string, a number or a name as text, NA
// or NULL, or a call with its arguments.
type rValue struct {
	text string
	na   bool
	call string
	args []rArg
	line int // the 0-based line it begins on
}

// rArg is an argument of a call, named or not.
type rArg struct {
	name  string
	value rValue
}

// rParser reads R's code over lines.
type rParser struct {
	src   []rune
	at    []int // the line of each rune
	pos   int
	depth int  // brackets open, for closed
	quote rune // the quote of the string open, for closed
	began bool
}

// add adds a line of code.
func (p *rParser) add(line string, n int) {
	for _, r := range line + "\n" {
		p.src = append(p.src, r)
		p.at = append(p.at, n)
		switch {
		case p.quote != 0 && r == '\\':
			p.quote = -p.quote // the next rune is escaped
		case p.quote < 0:
			p.quote = -p.quote
		case p.quote != 0:
			if r == p.quote {
				p.quote = 0
			}
		case r == '"' || r == '\'' || r == '`':
			p.quote = r
		case r == '(':
			p.depth++
			p.began = true
		case r == ')':
			p.depth--
		}
	}
}

// closed reports code whose first bracket closed.
func (p *rParser) closed() bool { return p.began && p.depth <= 0 && p.quote == 0 }

func (p *rParser) skip() {
	for p.pos < len(p.src) && unicode.IsSpace(p.src[p.pos]) {
		p.pos++
	}
}

// parse reads the code as one value.
func (p *rParser) parse() (rValue, bool) { return p.value() }

func (p *rParser) value() (rValue, bool) {
	p.skip()
	if p.pos >= len(p.src) {
		return rValue{}, false
	}
	v := rValue{line: p.at[p.pos]}
	switch c := p.src[p.pos]; {
	case c == '"' || c == '\'':
		s, ok := p.str(c)
		v.text = s
		return v, ok
	case c == '-' || c == '.' || unicode.IsDigit(c):
		start := p.pos
		for p.pos < len(p.src) && (unicode.IsDigit(p.src[p.pos]) || strings.ContainsRune("-.eEL", p.src[p.pos])) {
			p.pos++
		}
		v.text = strings.TrimSuffix(string(p.src[start:p.pos]), "L")
		return v, true
	case unicode.IsLetter(c) || c == '`':
		name := p.name()
		p.skip()
		if p.pos < len(p.src) && p.src[p.pos] == '(' {
			p.pos++
			v.call = name
			args, ok := p.args()
			v.args = args
			return v, ok
		}
		switch name {
		case "NA", "NA_character_", "NA_integer_", "NA_real_", "NULL":
			v.na = true
		case "TRUE":
			v.text = "Ja"
		case "FALSE":
			v.text = "Nej"
		default:
			v.text = name
		}
		return v, true
	}
	return rValue{}, false
}

// args reads a call's arguments up to its closing bracket.
func (p *rParser) args() ([]rArg, bool) {
	var args []rArg
	for {
		p.skip()
		if p.pos >= len(p.src) {
			return nil, false // cut short
		}
		if p.src[p.pos] == ')' {
			p.pos++
			return args, true
		}
		var a rArg
		save := p.pos
		if c := p.src[p.pos]; unicode.IsLetter(c) || c == '`' || c == '"' {
			var name string
			if c == '"' {
				name, _ = p.str('"')
			} else {
				name = p.name()
			}
			p.skip()
			if p.pos < len(p.src) && p.src[p.pos] == '=' && (p.pos+1 >= len(p.src) || p.src[p.pos+1] != '=') {
				p.pos++
				a.name = name
			} else {
				p.pos = save
			}
		}
		v, ok := p.value()
		if !ok {
			return nil, false
		}
		a.value = v
		args = append(args, a)
		p.skip()
		if p.pos < len(p.src) && p.src[p.pos] == ',' {
			p.pos++
		}
	}
}

// name reads a name, bare or in backticks.
func (p *rParser) name() string {
	if p.src[p.pos] == '`' {
		end := p.pos + 1
		for end < len(p.src) && p.src[end] != '`' {
			end++
		}
		s := rUnicodeNames(string(p.src[p.pos+1 : end]))
		p.pos = end + 1
		return s
	}
	start := p.pos
	for p.pos < len(p.src) && (unicode.IsLetter(p.src[p.pos]) || unicode.IsDigit(p.src[p.pos]) || p.src[p.pos] == '.' || p.src[p.pos] == '_') {
		p.pos++
	}
	return string(p.src[start:p.pos])
}

// str reads a string in quote q with R's escapes ("\n", "\"", "\u00e4",
// "\U{00E4}"), and old R's "<U+00E4>" for a letter its locale lacked.
func (p *rParser) str(q rune) (string, bool) {
	var b strings.Builder
	for p.pos++; p.pos < len(p.src); p.pos++ {
		c := p.src[p.pos]
		switch {
		case c == q:
			p.pos++
			return rUnicodeNames(b.String()), true
		case c == '\\' && p.pos+1 < len(p.src):
			p.pos++
			switch e := p.src[p.pos]; e {
			case 'n':
				b.WriteByte('\n')
			case 't':
				b.WriteByte('\t')
			case 'r':
				// "\r\n": the line's end is the "\n"
			case 'x':
				if p.pos+2 < len(p.src) {
					if n, err := strconv.ParseUint(string(p.src[p.pos+1:p.pos+3]), 16, 8); err == nil {
						b.WriteString(asUTF8(string([]byte{byte(n)}))) // a Latin-1 session's letter
						p.pos += 2
						continue
					}
				}
				b.WriteRune(e)
			case 'u', 'U':
				digits := ""
				j := p.pos + 1
				braced := j < len(p.src) && p.src[j] == '{'
				if braced {
					j++
				}
				for j < len(p.src) && len(digits) < 8 && strings.ContainsRune("0123456789abcdefABCDEF", p.src[j]) {
					digits += string(p.src[j])
					j++
				}
				if braced && j < len(p.src) && p.src[j] == '}' {
					j++
				}
				if n, err := strconv.ParseUint(digits, 16, 32); err == nil && digits != "" {
					b.WriteRune(rune(n))
					p.pos = j - 1
				} else {
					b.WriteRune(e)
				}
			default:
				b.WriteRune(e)
			}
		default:
			b.WriteRune(c)
		}
	}
	return "", false
}

// rUnicodeNames writes each "<U+00E4>" in s, as R on Windows printed a
// letter its locale lacked, as the letter.
func rUnicodeNames(s string) string {
	if !strings.Contains(s, "<U+") {
		return s
	}
	var b strings.Builder
	for {
		i := strings.Index(s, "<U+")
		if i < 0 {
			break
		}
		end := strings.IndexByte(s[i:], '>')
		n, err := strconv.ParseUint(s[i+3:i+max(end, 3)], 16, 32)
		if end < 0 || err != nil || !utf8.ValidRune(rune(n)) {
			b.WriteString(s[:i+3])
			s = s[i+3:]
			continue
		}
		b.WriteString(s[:i])
		b.WriteRune(rune(n))
		s = s[i+end+1:]
	}
	b.WriteString(s)
	return b.String()
}
