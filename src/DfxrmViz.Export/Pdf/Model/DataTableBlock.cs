namespace DfxrmViz.Export.Pdf.Model;

/// <summary>Horizontal placement of a column's cells.</summary>
public enum ColumnAlign
{
    /// <summary>Flush left (text).</summary>
    Left,

    /// <summary>Flush right (integers, numbers with equal decimals).</summary>
    Right,

    /// <summary>Centred (short flags).</summary>
    Center,

    /// <summary>Numbers lined up on their decimal point (the part after the first '.' hangs right of a common axis).</summary>
    Decimal,
}

/// <summary>One column: header text, alignment and an optional width share.</summary>
/// <param name="Header">Header text; it may wrap onto two lines.</param>
/// <param name="Align">Placement of the cells.</param>
/// <param name="Weight">Share of the table width; null = as wide as the widest cell (text columns give way first).</param>
public sealed record TableColumn(string Header, ColumnAlign Align = ColumnAlign.Left, float? Weight = null);

/// <summary>One row of cells; a <paramref name="Marked"/> row is set in bold on a tinted band with a ▶ mark before it.</summary>
public sealed record TableRow(IReadOnlyList<string> Cells, bool Marked = false);

/// <summary>A data table: the header row is repeated on every page the table runs onto.</summary>
/// <param name="Title">Caption above the table (repeated with "(continued)"), or null.</param>
/// <param name="Columns">Columns, left to right.</param>
/// <param name="Rows">Rows; each has one cell per column (missing cells are blank).</param>
/// <param name="Note">Small print under the table, e.g. what the mark means, or null.</param>
/// <param name="Size">Type size of the cells in points.</param>
public sealed record DataTableBlock(string? Title, IReadOnlyList<TableColumn> Columns, IReadOnlyList<TableRow> Rows,
    string? Note = null, float Size = 8f) : ReportBlock;
