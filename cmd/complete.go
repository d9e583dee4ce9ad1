package cmd

import (
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/esfdata/esf/export"
	"github.com/esfdata/esf/parser"
	"github.com/esfdata/esf/validate"
)

// completeFunc completes a flag's value in the shell.
type completeFunc = func(cmd *cobra.Command, args []string, toComplete string) ([]string, cobra.ShellCompDirective)

// completeOne completes a flag that takes one of names.
func completeOne(names ...string) completeFunc {
	return func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
		return names, cobra.ShellCompDirectiveNoFileComp
	}
}

// completeList completes the last item of a comma-separated list from
// names, leaving out the items already given: "id,na" offers "id,name".
// items, if set, gives the names for the item being typed.
func completeList(names []string, items func(last string) []string) completeFunc {
	return func(_ *cobra.Command, _ []string, toComplete string) ([]string, cobra.ShellCompDirective) {
		done, last := "", toComplete
		if i := strings.LastIndexByte(toComplete, ','); i >= 0 {
			done, last = toComplete[:i+1], toComplete[i+1:]
		}
		given := strings.Split(done, ",")
		candidates := names
		if items != nil {
			candidates = items(last)
		}
		var out []string
		for _, n := range candidates {
			if strings.HasPrefix(n, last) && !slices.Contains(given, n) {
				out = append(out, done+n)
			}
		}
		// No space after a completion: the list may go on after a comma.
		return out, cobra.ShellCompDirectiveNoFileComp | cobra.ShellCompDirectiveNoSpace
	}
}

// severityItems completes validate's --severity: a rule and "=", then the
// levels after it.
func severityItems(last string) []string {
	if rule, _, ok := strings.Cut(last, "="); ok {
		var out []string
		for _, level := range validate.SeverityNames() {
			out = append(out, rule+"="+level)
		}
		return out
	}
	var out []string
	for _, r := range validate.RuleNames() {
		out = append(out, r+"=")
	}
	return out
}

// registerCompletions gives the flags that take names their completions.
func registerCompletions(root *cobra.Command) {
	for _, c := range root.Commands() {
		complete := map[string]completeFunc{}
		switch c.Name() {
		case "parse":
			complete["format"] = completeOne(export.Formats...)
		case "schema":
			complete["format"] = completeOne(export.SchemaFormats...)
		case "validate":
			complete["format"] = completeOne(diagnosticFormatNames()...)
			complete["disable"] = completeList(validate.RuleNames(), nil)
			complete["severity"] = completeList(nil, severityItems)
		}
		complete["fields"] = completeList(export.ColumnNames(), nil)
		complete["encoding"] = completeOne(parser.Encodings...)
		for name, fn := range complete {
			if c.Flags().Lookup(name) != nil {
				_ = c.RegisterFlagCompletionFunc(name, fn)
			}
		}
	}
}
