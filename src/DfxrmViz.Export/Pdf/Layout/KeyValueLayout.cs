using DfxrmViz.Export.Pdf.Drawing;
using DfxrmViz.Export.Pdf.Model;
using DfxrmViz.Export.Pdf.Text;
using SkiaSharp;

namespace DfxrmViz.Export.Pdf.Layout;

/// <summary>Label–value pairs: labels in grey, values in ink, a hairline under each pair. One column flows pair by pair over
/// pages; two columns (first half left, second half right, each stacked on its own) stay together on one page, or fall back
/// to one column when taller than a page.</summary>
internal static class KeyValueLayout
{
    private const float Gutter = 18f;
    private const float Pad = 2.2f;
    private const float Size = ReportStyle.KeyValueSize;

    private sealed record Cell(List<TextLine> Key, List<TextLine> Value, float Height);

    public static void Place(KeyValueBlock block, PageFlow flow, TextPainter text)
    {
        if (block.Title is not null)
        {
            flow.Need(TextLayout.TitleHeight + 2 * ReportStyle.LineHeight(Size) + 2 * Pad);
            TextLayout.PlaceTitle(flow, text, block.Title);
        }
        if (block.Columns >= 2 && block.Rows.Count > 1 && TryTwoColumns(block, flow, text))
        {
            return;
        }
        var (cells, keyWidth) = Measure(block.Rows, text, PageFlow.Width);
        foreach (var cell in cells)
        {
            flow.Place(cell.Height, (canvas, top) => DrawCell(canvas, text, cell, PageFlow.Left, top, keyWidth, PageFlow.Width));
        }
    }

    private static bool TryTwoColumns(KeyValueBlock block, PageFlow flow, TextPainter text)
    {
        var width = (PageFlow.Width - Gutter) / 2;
        var half = (block.Rows.Count + 1) / 2;
        var (cells, keyWidth) = Measure(block.Rows, text, width);
        var (left, right) = (cells.Take(half).ToList(), cells.Skip(half).ToList());
        var height = Math.Max(left.Sum(c => c.Height), right.Sum(c => c.Height));
        if (height > PageGeometry.ContentBottom - PageGeometry.ContentTop)
        {
            return false;
        }
        flow.Place(height, (canvas, top) =>
        {
            foreach (var (stack, x) in new[] { (left, PageFlow.Left), (right, PageFlow.Left + width + Gutter) })
            {
                var y = top;
                foreach (var cell in stack)
                {
                    DrawCell(canvas, text, cell, x, y, keyWidth, width);
                    y += cell.Height;
                }
            }
        });
        return true;
    }

    /// <summary>Wrapped cells for a column of <paramref name="columnWidth"/>; labels get up to 46 % of it.</summary>
    private static (List<Cell> Cells, float KeyWidth) Measure(IReadOnlyList<KeyValueRow> rows, TextPainter text, float columnWidth)
    {
        var keyWidth = Math.Min(columnWidth * 0.46f, rows.Select(r => text.Measure(r.Key, TextStyle.Regular, Size)).DefaultIfEmpty(0).Max() + 8f);
        var lineHeight = ReportStyle.LineHeight(Size);
        var cells = rows.Select(r =>
        {
            var key = TextWrapper.Wrap(text, r.Key, TextStyle.Regular, Size, keyWidth - 6f);
            var value = TextWrapper.Wrap(text, r.Value, r.Mono ? TextStyle.Mono : TextStyle.Regular, Size, columnWidth - keyWidth);
            return new Cell(key, value, Math.Max(key.Count, value.Count) * lineHeight + 2 * Pad);
        }).ToList();
        return (cells, keyWidth);
    }

    private static void DrawCell(SKCanvas canvas, TextPainter text, Cell cell, float left, float top, float keyWidth, float columnWidth)
    {
        var lineHeight = ReportStyle.LineHeight(Size);
        var baseline = top + Pad + text.Ascent(Size) + 0.5f;
        for (var i = 0; i < cell.Key.Count; i++)
        {
            TextLayout.DrawLine(canvas, text, cell.Key[i], left, baseline + i * lineHeight, Size, ReportColor.Muted);
        }
        for (var i = 0; i < cell.Value.Count; i++)
        {
            TextLayout.DrawLine(canvas, text, cell.Value[i], left + keyWidth, baseline + i * lineHeight, Size, ReportColor.Ink);
        }
        using var rule = SkiaConversions.Stroke(ReportStyle.Hairline, 0.5f);
        canvas.DrawLine(left, top + cell.Height, left + columnWidth, top + cell.Height, rule.Paint);
    }
}
