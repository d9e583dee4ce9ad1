package cmd

import (
	"github.com/spf13/cobra"

	"github.com/esfdata/esf/export"
)

func newSchemaCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "schema",
		Short: "Print the JSON Schema of one record",
		Long: `schema prints the JSON Schema (draft 2020-12) of the record that esf parse
writes in JSON, NDJSON and YAML, with every key, its type and what it holds.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			schema, err := export.Schema()
			if err != nil {
				return err
			}
			_, err = cmd.OutOrStdout().Write(schema)
			return err
		},
	}
}
