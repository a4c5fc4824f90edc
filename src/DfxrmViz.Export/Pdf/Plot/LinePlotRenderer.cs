using DfxrmViz.Export.Pdf.Drawing;
using DfxrmViz.Export.Pdf.Layout;
using DfxrmViz.Export.Pdf.Model;
using DfxrmViz.Export.Pdf.Text;
using SkiaSharp;

namespace DfxrmViz.Export.Pdf.Plot;

/// <summary>Draws a <see cref="LinePlotBlock"/> as vectors: framed data area with ticks and a light grid, series clipped to it,
/// guide lines with labels, axis titles, a legend row and the caption.</summary>
internal static class LinePlotRenderer
{
    public static void Draw(SKCanvas canvas, LinePlotBlock plot, TextPainter text, float left, float top, float width)
    {
        var frame = Frame(plot, text, left, top, width);
        if (plot.Title is not null)
        {
            TextLayout.DrawTitle(canvas, text, plot.Title, left, top);
        }
        PlotAxesRenderer.DrawGrid(canvas, frame);
        canvas.Save();
        canvas.ClipRect(frame.Area);
        for (var i = 0; i < plot.Series.Count; i++)
        {
            DrawSeries(canvas, plot.Series[i], SeriesStyles.Resolve(plot.Series[i].Style, i), frame);
        }
        canvas.Restore();
        PlotGuidesRenderer.Draw(canvas, plot.Guides ?? [], frame, text);
        PlotAxesRenderer.DrawAxes(canvas, plot, frame, text);
        PlotLegend.Draw(canvas, plot, text, frame.Area.Left, frame.LegendTop, left + width - frame.Area.Left);
        if (plot.Caption is not null)
        {
            TextLayout.DrawSmallPrint(canvas, text, plot.Caption, frame.Area.Left, frame.CaptionTop, left + width - frame.Area.Left);
        }
    }

    /// <summary>Splits the block: title, y-axis title, data area, tick labels and x-axis title below, y tick labels to the
    /// left, legend, caption.</summary>
    internal static PlotFrame Frame(LinePlotBlock plot, TextPainter text, float left, float top, float width)
    {
        var (xMin, xMax) = AxisTicks.Range(plot.X, PlotData.Xs(plot));
        var (yMin, yMax) = AxisTicks.Range(plot.Y, PlotData.Ys(plot));
        var xTicks = AxisTicks.Ticks(plot.X.Scale, xMin, xMax);
        var yTicks = AxisTicks.Ticks(plot.Y.Scale, yMin, yMax);
        var yLabelWidth = yTicks.Select(t => text.Measure(t.Label, TextStyle.Regular, PlotFrame.TickSize)).DefaultIfEmpty(0).Max();
        var areaLeft = left + yLabelWidth + 4f;
        var areaRight = left + width - 8f;
        var legendWidth = areaRight - areaLeft;
        var legendHeight = PlotLegend.Height(plot, text, legendWidth);
        var captionHeight = plot.Caption is null ? 0 : TextLayout.SmallPrintHeight(text, plot.Caption, left + width - areaLeft) + 2f;
        var areaTop = top + (plot.Title is null ? 0 : TextLayout.TitleHeight) + ReportStyle.LineHeight(PlotFrame.AxisLabelSize) + 6f;
        var below = ReportStyle.LineHeight(PlotFrame.TickSize) + ReportStyle.LineHeight(PlotFrame.AxisLabelSize) + 6f;
        var areaBottom = top + plot.HeightPt - below - legendHeight - captionHeight;
        var area = new SKRect(areaLeft, areaTop, areaRight, Math.Max(areaBottom, areaTop + 40f));
        return new PlotFrame(area, new AxisMap(plot.X.Scale, xMin, xMax, area.Left, area.Right),
            new AxisMap(plot.Y.Scale, yMin, yMax, area.Bottom, area.Top), xTicks, yTicks, area.Bottom + below,
            area.Bottom + below + legendHeight);
    }

    private static void DrawSeries(SKCanvas canvas, PlotSeries series, ResolvedStyle style, PlotFrame frame)
    {
        var valid = series.Points.Select(p => frame.X.Accepts(p.X) && frame.Y.Accepts(p.Y)).ToArray();
        if (style.DrawLine)
        {
            using var builder = new SKPathBuilder();
            var open = false;
            for (var i = 0; i < series.Points.Count; i++)
            {
                if (!valid[i])
                {
                    open = false;
                    continue;
                }
                var (x, y) = (frame.X.Map(series.Points[i].X), frame.Y.Map(series.Points[i].Y));
                if (open)
                {
                    builder.LineTo(x, y);
                }
                else
                {
                    builder.MoveTo(x, y);
                    open = true;
                }
            }
            using var path = builder.Detach();
            using var stroke = SkiaConversions.Stroke(style.Color, style.LineWidth, style.Dash);
            canvas.DrawPath(path, stroke.Paint);
        }
        foreach (var i in SeriesStyles.MarkerIndices(series.Points.Count, !style.DrawLine).Where(i => valid[i]))
        {
            var p = series.Points[i];
            SeriesStyles.DrawMarker(canvas, style.Marker == MarkerShape.None && !style.DrawLine ? MarkerShape.Circle : style.Marker,
                frame.X.Map(p.X), frame.Y.Map(p.Y), 2.6f, style.Color);
        }
    }
}
