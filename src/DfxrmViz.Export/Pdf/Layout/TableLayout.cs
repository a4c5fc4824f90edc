using DfxrmViz.Export.Pdf.Drawing;
using DfxrmViz.Export.Pdf.Model;
using DfxrmViz.Export.Pdf.Text;
using SkiaSharp;

namespace DfxrmViz.Export.Pdf.Layout;

/// <summary>A data table: header on a grey band between rules, repeated (with the title and "(continued)") on every page the
/// table runs onto; rows never split; a marked row is bold on an amber band with ▶ in the left gutter.</summary>
internal static class TableLayout
{
    /// <summary>The mark printed before a marked row.</summary>
    public const string Mark = "▶";

    private const float PadY = 2.4f;
    private const float Gutter = 11f;

    private sealed record Row(List<TextLine>[] Cells, bool Marked, bool Last, float Height);

    public static void Place(DataTableBlock table, PageFlow flow, TextPainter text)
    {
        var gutter = table.Rows.Any(r => r.Marked) ? Gutter : 0f;
        var cols = TableColumns.Measure(table, text, PageFlow.Width - gutter);
        var lineHeight = ReportStyle.LineHeight(table.Size);
        var header = table.Columns.Select((c, i) => TextWrapper.Wrap(text, c.Header, TextStyle.Bold, table.Size,
            cols.Widths[i] - 2 * TableColumns.Pad)).ToArray();
        var headerHeight = header.Max(h => h.Count) * lineHeight + 2 * PadY;
        var rows = table.Rows.Select((r, k) =>
        {
            var cells = table.Columns.Select((c, i) => c.Align == ColumnAlign.Decimal
                ? TextWrapper.Wrap(text, TableColumns.Cell(r, i), TextStyle.Bold, table.Size, float.MaxValue)
                : TextWrapper.Wrap(text, TableColumns.Cell(r, i), r.Marked ? TextStyle.Bold : TextStyle.Regular, table.Size,
                    cols.Widths[i] - 2 * TableColumns.Pad)).ToArray();
            return new Row(cells, r.Marked, k == table.Rows.Count - 1, cells.Max(l => l.Count) * lineHeight + 2 * PadY);
        }).ToList();
        var titleHeight = table.Title is null ? 0 : TextLayout.TitleHeight;
        var first = rows.Take(3).Sum(r => r.Height);
        flow.Need(titleHeight + headerHeight + first);
        PlaceHeader(table, flow, text, cols, header, headerHeight, gutter, false);
        foreach (var row in rows)
        {
            if (row.Height > flow.Remaining && !flow.AtPageTop)
            {
                flow.NewPage();
                PlaceHeader(table, flow, text, cols, header, headerHeight, gutter, true);
            }
            flow.Place(row.Height, (canvas, top) => DrawRow(canvas, table, text, cols, row, top, gutter));
        }
        if (table.Note is not null)
        {
            var noteHeight = TextLayout.SmallPrintHeight(text, table.Note, PageFlow.Width) + 3f;
            flow.Place(noteHeight, (canvas, top) => TextLayout.DrawSmallPrint(canvas, text, table.Note, PageFlow.Left, top + 3f, PageFlow.Width));
        }
    }

    private static void PlaceHeader(DataTableBlock table, PageFlow flow, TextPainter text, TableColumns cols, List<TextLine>[] header,
        float height, float gutter, bool continued)
    {
        if (table.Title is not null)
        {
            TextLayout.PlaceTitle(flow, text, continued ? table.Title + " (continued)" : table.Title);
        }
        flow.Place(height, (canvas, top) =>
        {
            var box = SKRect.Create(PageFlow.Left, top, gutter + cols.Total, height);
            using (var band = SkiaConversions.Fill(ReportStyle.HeaderBand))
            {
                canvas.DrawRect(box, band);
            }
            using (var rule = SkiaConversions.Stroke(ReportColor.Ink, 0.7f))
            {
                canvas.DrawLine(box.Left, box.Top, box.Right, box.Top, rule.Paint);
                canvas.DrawLine(box.Left, box.Bottom, box.Right, box.Bottom, rule.Paint);
            }
            var x = PageFlow.Left + gutter;
            for (var c = 0; c < header.Length; c++)
            {
                var align = table.Columns[c].Align == ColumnAlign.Decimal ? ColumnAlign.Right : table.Columns[c].Align;
                DrawLines(canvas, text, header[c], align, x, cols.Widths[c], top, table.Size, ReportColor.Ink);
                x += cols.Widths[c];
            }
        });
    }

    private static void DrawRow(SKCanvas canvas, DataTableBlock table, TextPainter text, TableColumns cols, Row row, float top, float gutter)
    {
        var box = SKRect.Create(PageFlow.Left, top, gutter + cols.Total, row.Height);
        if (row.Marked)
        {
            using var band = SkiaConversions.Fill(ReportStyle.MarkBand);
            canvas.DrawRect(box, band);
            var baseline = top + PadY + text.Ascent(table.Size) + 0.5f;
            text.Draw(canvas, Mark, PageFlow.Left + 1.5f, baseline, TextStyle.Regular, table.Size, ReportStyle.MarkInk);
        }
        using (var rule = SkiaConversions.Stroke(row.Last ? ReportColor.Ink : ReportStyle.Hairline, row.Last ? 0.7f : 0.5f))
        {
            canvas.DrawLine(box.Left, box.Bottom, box.Right, box.Bottom, rule.Paint);
        }
        var x = PageFlow.Left + gutter;
        for (var c = 0; c < row.Cells.Length; c++)
        {
            var column = table.Columns[c];
            if (column.Align == ColumnAlign.Decimal)
            {
                DrawDecimal(canvas, text, row.Cells[c], x + cols.Widths[c] - TableColumns.Pad - cols.FractionWidths[c], top, table.Size, row.Marked);
            }
            else
            {
                DrawLines(canvas, text, row.Cells[c], column.Align, x, cols.Widths[c], top, table.Size, ReportColor.Ink);
            }
            x += cols.Widths[c];
        }
    }

    private static void DrawLines(SKCanvas canvas, TextPainter text, List<TextLine> lines, ColumnAlign align, float left, float width,
        float top, float size, ReportColor color)
    {
        var lineHeight = ReportStyle.LineHeight(size);
        for (var i = 0; i < lines.Count; i++)
        {
            var inner = width - 2 * TableColumns.Pad;
            var dx = align switch
            {
                ColumnAlign.Right => inner - lines[i].Width,
                ColumnAlign.Center => (inner - lines[i].Width) / 2,
                _ => 0,
            };
            var baseline = top + PadY + text.Ascent(size) + 0.5f + i * lineHeight;
            TextLayout.DrawLine(canvas, text, lines[i], left + TableColumns.Pad + dx, baseline, size, color);
        }
    }

    /// <summary>Draws a number so that its decimal point (or its end, if it has none) sits at <paramref name="axis"/>.</summary>
    private static void DrawDecimal(SKCanvas canvas, TextPainter text, List<TextLine> lines, float axis, float top, float size, bool bold)
    {
        var s = lines.Count > 0 ? lines[0].PlainText : "";
        var style = bold ? TextStyle.Bold : TextStyle.Regular;
        var (integer, _) = TableColumns.SplitDecimal(s);
        var x = axis - text.Measure(integer, style, size);
        text.Draw(canvas, s, x, top + PadY + text.Ascent(size) + 0.5f, style, size, ReportColor.Ink);
    }
}
