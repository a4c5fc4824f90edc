using DfxrmViz.Export.Pdf.Drawing;
using DfxrmViz.Export.Pdf.Model;
using DfxrmViz.Export.Pdf.Text;
using SkiaSharp;

namespace DfxrmViz.Export.Pdf.Plot;

/// <summary>The legend under a plot: for each series a short sample of its line (dash and marker) and its name, in rows.</summary>
internal static class PlotLegend
{
    private const float Size = 7.5f;
    private const float Sample = 20f;
    private const float RowHeight = 11f;
    private const float EntryGap = 14f;

    public static float Height(LinePlotBlock plot, TextPainter text, float width) =>
        plot.Series.Count == 0 ? 0 : Rows(plot, text, width).Count * RowHeight + 2f;

    public static void Draw(SKCanvas canvas, LinePlotBlock plot, TextPainter text, float left, float top, float width)
    {
        var rows = Rows(plot, text, width);
        for (var r = 0; r < rows.Count; r++)
        {
            var x = left;
            var mid = top + r * RowHeight + RowHeight / 2;
            foreach (var (index, entryWidth) in rows[r])
            {
                var series = plot.Series[index];
                var style = SeriesStyles.Resolve(series.Style, index);
                if (style.DrawLine)
                {
                    using var stroke = SkiaConversions.Stroke(style.Color, style.LineWidth, style.Dash);
                    canvas.DrawLine(x, mid, x + Sample, mid, stroke.Paint);
                }
                var marker = style.Marker == MarkerShape.None && !style.DrawLine ? MarkerShape.Circle : style.Marker;
                SeriesStyles.DrawMarker(canvas, marker, x + Sample / 2, mid, 2.6f, style.Color);
                text.Draw(canvas, series.Name, x + Sample + 4f, mid + text.Ascent(Size) / 2, TextStyle.Regular, Size, ReportColor.Ink);
                x += entryWidth + EntryGap;
            }
        }
    }

    /// <summary>Entries (series index, width) packed into rows that fit <paramref name="width"/>.</summary>
    private static List<List<(int Index, float Width)>> Rows(LinePlotBlock plot, TextPainter text, float width)
    {
        var rows = new List<List<(int, float)>> { new() };
        var used = 0f;
        for (var i = 0; i < plot.Series.Count; i++)
        {
            var w = Sample + 4f + text.Measure(plot.Series[i].Name, TextStyle.Regular, Size);
            if (rows[^1].Count > 0 && used + w > width)
            {
                rows.Add([]);
                used = 0;
            }
            rows[^1].Add((i, w));
            used += w + EntryGap;
        }
        return rows;
    }
}
