package eval

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/olekukonko/tablewriter"
	"github.com/olekukonko/tablewriter/renderer"
	"github.com/olekukonko/tablewriter/tw"

	"github.com/newsbench/newsbench/gold"
)

func typeOf(s string) gold.EntityType { return gold.EntityType(s) }

// Formats lists the output formats of [Render].
var Formats = []string{"table", "markdown", "json", "csv"}

// Render writes the report in format: "table" (text tables), "markdown",
// "json" (the versioned results format) or "csv" (one row per extractor and
// metric).
func Render(w io.Writer, r Report, format string) error {
	switch format {
	case "table":
		return renderTables(w, r.Tables(), false)
	case "markdown":
		return renderTables(w, r.Tables(), true)
	case "json":
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(r)
	case "csv":
		return renderCSV(w, r.DetailTable())
	}
	return fmt.Errorf("unknown format %q (want %s)", format, strings.Join(Formats, ", "))
}

func renderTables(w io.Writer, ts []Table, markdown bool) error {
	for i, t := range ts {
		if i > 0 {
			fmt.Fprintln(w)
		}
		if err := RenderTable(w, t, markdown); err != nil {
			return err
		}
	}
	return nil
}

// RenderTable writes one table as text or as a Markdown table, under its
// title.
func RenderTable(w io.Writer, t Table, markdown bool) error {
	opts := []tablewriter.Option{
		tablewriter.WithHeaderAutoFormat(tw.Off),
		tablewriter.WithRowAlignment(tw.AlignRight),
		tablewriter.WithHeaderAlignment(tw.AlignCenter),
	}
	if markdown {
		fmt.Fprintf(w, "**%s**\n\n", t.Title)
		opts = append(opts, tablewriter.WithRenderer(renderer.NewMarkdown()))
	} else {
		fmt.Fprintln(w, t.Title)
		opts = append(opts, tablewriter.WithRenderer(renderer.NewBlueprint(tw.Rendition{Symbols: tw.NewSymbols(tw.StyleASCII)})))
	}
	tab := tablewriter.NewTable(w, opts...)
	tab.Header(t.Header)
	if err := tab.Bulk(t.Rows); err != nil {
		return fmt.Errorf("table %q: %w", t.Title, err)
	}
	if err := tab.Render(); err != nil {
		return fmt.Errorf("table %q: %w", t.Title, err)
	}
	return nil
}

func renderCSV(w io.Writer, t Table) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(t.Header); err != nil {
		return err
	}
	if err := cw.WriteAll(t.Rows); err != nil {
		return err
	}
	cw.Flush()
	return cw.Error()
}
