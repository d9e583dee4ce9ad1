package cmd

import (
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/esfdata/esf/export"
)

func newSchemaCmd() *cobra.Command {
	var (
		sel    selectFlags
		format string
	)
	cmd := &cobra.Command{
		Use:   "schema",
		Short: "Print the JSON Schema of what esf parse writes",
		Long: `schema prints the JSON Schema (draft 2020-12) of what esf parse writes with
the same --format, --fields, --raw and --no-personal: for json the array of
records, for ndjson and yaml one record (a line, a document). It gives every
key, its type and what it holds.`,
		Example: `  esf schema > records.schema.json
  esf schema --format ndjson --no-personal > record.schema.json
  esf schema --format yaml --fields id,name,source`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			s, err := sel.selection(cmd)
			if err != nil {
				return err
			}
			if !slices.Contains(export.Formats, format) {
				return flagError(cmd, "format", unknownName("format", format, export.Formats))
			}
			schema, err := export.Schema(s, format)
			if err != nil {
				return flagError(cmd, "format", err)
			}
			_, err = cmd.OutOrStdout().Write(schema)
			return err
		},
	}
	cmd.Flags().StringVarP(&format, "format", "f", "json", "the output format to describe: "+strings.Join(export.SchemaFormats, ", "))
	// parse's format (often csv in a config file) is not the schema's.
	_ = cmd.Flags().SetAnnotation("format", scopedAnnotation, []string{"true"})
	sel.register(cmd)
	return cmd
}
