using DfxrmViz.Export.Pdf.Model;
using SkiaSharp;

namespace DfxrmViz.Export.Pdf.Plot;

/// <summary>Where a plot's parts go inside its block, and the axis maps of its data area.</summary>
internal sealed record PlotFrame(SKRect Area, AxisMap X, AxisMap Y, List<Tick> XTicks, List<Tick> YTicks, float LegendTop, float CaptionTop)
{
    public const float TickSize = 7f;
    public const float AxisLabelSize = 8.5f;
}

/// <summary>Data values of a plot for the axis ranges (series points and the guides of each orientation).</summary>
internal static class PlotData
{
    public static IEnumerable<double> Xs(LinePlotBlock plot) =>
        plot.Series.SelectMany(s => s.Points.Select(p => p.X))
            .Concat((plot.Guides ?? []).Where(g => g.Orientation == GuideOrientation.Vertical).Select(g => g.Value));

    public static IEnumerable<double> Ys(LinePlotBlock plot) =>
        plot.Series.SelectMany(s => s.Points.Select(p => p.Y))
            .Concat((plot.Guides ?? []).Where(g => g.Orientation == GuideOrientation.Horizontal).Select(g => g.Value));
}
