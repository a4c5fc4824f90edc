using DfxrmViz.Export.Pdf.Model;
using DfxrmViz.Export.Pdf.Text;

namespace DfxrmViz.Export.Pdf.Layout;

/// <summary>Column widths of a data table and the decimal axis of its Decimal columns. Columns get what their widest cell
/// and header need plus a share of the spare width (capped, so narrow tables stay narrow); when the table is too wide,
/// headers wrap first and then the text columns give way (numbers never wrap). Weights, when every column has one, split
/// the whole width instead.</summary>
internal sealed class TableColumns
{
    public const float Pad = 3.5f;

    /// <summary>Most a column grows beyond its content when the table is narrower than the page.</summary>
    public const float MaxExtra = 24f;

    private TableColumns(float[] widths, float[] fractionWidths)
    {
        Widths = widths;
        FractionWidths = fractionWidths;
    }

    /// <summary>Width of each column, padding included.</summary>
    public float[] Widths { get; }

    /// <summary>Sum of the column widths.</summary>
    public float Total => Widths.Sum();

    /// <summary>For Decimal columns: width of the widest ".fraction" part, so every decimal point sits at the same x.</summary>
    public float[] FractionWidths { get; }

    public static TableColumns Measure(DataTableBlock table, TextPainter text, float available)
    {
        var n = table.Columns.Count;
        var (want, min, fraction) = (new float[n], new float[n], new float[n]);
        for (var c = 0; c < n; c++)
        {
            var column = table.Columns[c];
            var cells = table.Rows.Select(r => Cell(r, c)).ToList();
            float cellMax;
            if (column.Align == ColumnAlign.Decimal)
            {
                var parts = cells.Select(s => SplitDecimal(s)).ToList();
                fraction[c] = parts.Select(p => text.Measure(p.Fraction, TextStyle.Bold, table.Size)).DefaultIfEmpty(0).Max();
                cellMax = parts.Select(p => text.Measure(p.Integer, TextStyle.Bold, table.Size)).DefaultIfEmpty(0).Max() + fraction[c];
            }
            else
            {
                cellMax = cells.Select(s => text.Measure(s, TextStyle.Bold, table.Size)).DefaultIfEmpty(0).Max();
            }
            var header = text.Measure(column.Header, TextStyle.Bold, table.Size);
            var headerWord = LongestWord(text, column.Header, table.Size);
            var cellMin = column.Align == ColumnAlign.Left
                ? cells.Select(s => LongestWord(text, s, table.Size)).DefaultIfEmpty(0).Max()
                : cellMax;
            want[c] = Math.Max(cellMax, header) + 2 * Pad;
            min[c] = Math.Max(cellMin, headerWord) + 2 * Pad;
        }
        return new TableColumns(Distribute(table.Columns, want, min, available), fraction);
    }

    /// <summary>The cell of column <paramref name="c"/>, blank when the row is short.</summary>
    public static string Cell(TableRow row, int c) => c < row.Cells.Count ? row.Cells[c] ?? "" : "";

    /// <summary>"12.345" → ("12", ".345"); text without a '.' is all integer part.</summary>
    public static (string Integer, string Fraction) SplitDecimal(string s)
    {
        var dot = s.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? (s, "") : (s[..dot], s[dot..]);
    }

    private static float[] Distribute(IReadOnlyList<TableColumn> columns, float[] want, float[] min, float available)
    {
        var n = want.Length;
        if (n > 0 && columns.All(c => c.Weight is > 0))
        {
            var total = columns.Sum(c => c.Weight!.Value);
            return [.. columns.Select(c => available * c.Weight!.Value / total)];
        }
        var sumWant = want.Sum();
        if (sumWant <= available)
        {
            // Spare width is shared equally, at most MaxExtra per column: a narrow table stays narrow rather than
            // pushing its numbers far from their neighbours.
            var extra = Math.Min((available - sumWant) / n, MaxExtra);
            return [.. want.Select(w => w + extra)];
        }
        var slack = want.Zip(min, (w, m) => Math.Max(w - m, 0)).ToArray();
        var deficit = sumWant - available;
        if (slack.Sum() >= deficit)
        {
            return [.. want.Select((w, i) => w - deficit * slack[i] / slack.Sum())];
        }
        var sumMin = min.Sum();
        return [.. min.Select(m => m * available / sumMin)];
    }

    private static float LongestWord(TextPainter text, string s, float size) =>
        s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => text.Measure(w, TextStyle.Bold, size)).DefaultIfEmpty(0).Max();
}
