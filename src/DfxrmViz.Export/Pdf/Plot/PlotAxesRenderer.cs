using DfxrmViz.Export.Pdf.Drawing;
using DfxrmViz.Export.Pdf.Layout;
using DfxrmViz.Export.Pdf.Model;
using DfxrmViz.Export.Pdf.Text;
using SkiaSharp;

namespace DfxrmViz.Export.Pdf.Plot;

/// <summary>Grid, frame, ticks (inward; minor ticks half length), tick labels and axis titles of a plot.</summary>
internal static class PlotAxesRenderer
{
    private const float Major = 4f;
    private const float Minor = 2f;

    public static void DrawGrid(SKCanvas canvas, PlotFrame f)
    {
        using var grid = SkiaConversions.Stroke(ReportColor.FromHex("#e8ebee"), 0.4f);
        foreach (var t in f.XTicks.Where(t => t.Major))
        {
            var x = f.X.Map(t.Value);
            canvas.DrawLine(x, f.Area.Top, x, f.Area.Bottom, grid.Paint);
        }
        foreach (var t in f.YTicks.Where(t => t.Major))
        {
            var y = f.Y.Map(t.Value);
            canvas.DrawLine(f.Area.Left, y, f.Area.Right, y, grid.Paint);
        }
    }

    public static void DrawAxes(SKCanvas canvas, LinePlotBlock plot, PlotFrame f, TextPainter text)
    {
        using var ink = SkiaConversions.Stroke(ReportColor.Ink, 0.6f);
        canvas.DrawRect(f.Area, ink.Paint);
        var size = PlotFrame.TickSize;
        var lastRight = float.NegativeInfinity;
        foreach (var t in f.XTicks)
        {
            var x = f.X.Map(t.Value);
            var len = t.Major ? Major : Minor;
            canvas.DrawLine(x, f.Area.Bottom, x, f.Area.Bottom - len, ink.Paint);
            canvas.DrawLine(x, f.Area.Top, x, f.Area.Top + len, ink.Paint);
            var w = text.Measure(t.Label, TextStyle.Regular, size);
            if (t.Label.Length > 0 && x - w / 2 > lastRight + 3f)
            {
                text.Draw(canvas, t.Label, x - w / 2, f.Area.Bottom + 2.5f + text.Ascent(size), TextStyle.Regular, size, ReportColor.Ink);
                lastRight = x + w / 2;
            }
        }
        var lastTop = float.PositiveInfinity;
        foreach (var t in f.YTicks)
        {
            var y = f.Y.Map(t.Value);
            var len = t.Major ? Major : Minor;
            canvas.DrawLine(f.Area.Left, y, f.Area.Left + len, y, ink.Paint);
            canvas.DrawLine(f.Area.Right, y, f.Area.Right - len, y, ink.Paint);
            var h = text.Ascent(size);
            if (t.Label.Length > 0 && y + h / 2 < lastTop - 1.5f)
            {
                var w = text.Measure(t.Label, TextStyle.Regular, size);
                text.Draw(canvas, t.Label, f.Area.Left - 3f - w, y + h / 2, TextStyle.Regular, size, ReportColor.Ink);
                lastTop = y - h / 2;
            }
        }
        var labelSize = PlotFrame.AxisLabelSize;
        var xLabelWidth = text.Measure(plot.X.Label, TextStyle.Regular, labelSize);
        var xBaseline = f.Area.Bottom + ReportStyle.LineHeight(size) + 2.5f + text.Ascent(labelSize);
        text.Draw(canvas, plot.X.Label, f.Area.MidX - xLabelWidth / 2, xBaseline, TextStyle.Regular, labelSize, ReportColor.Ink);
        // The y title runs horizontally above the axis (readable without turning the page, and extracted as one line).
        var yLabelsWidth = f.YTicks.Select(t => text.Measure(t.Label, TextStyle.Regular, size)).DefaultIfEmpty(0).Max();
        text.Draw(canvas, plot.Y.Label, f.Area.Left - yLabelsWidth - 3f, f.Area.Top - 6.5f, TextStyle.Regular, labelSize, ReportColor.Ink);
    }
}
