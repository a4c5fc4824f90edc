using DfxrmViz.Export.Pdf.Drawing;
using DfxrmViz.Export.Pdf.Model;
using SkiaSharp;

namespace DfxrmViz.Export.Pdf.Plot;

/// <summary>A series style with every field decided.</summary>
internal sealed record ResolvedStyle(ReportColor Color, LineDash Dash, MarkerShape Marker, float LineWidth, bool DrawLine);

/// <summary>The default cycle (colour, dash and marker change together, so series differ in grey print too) and markers.</summary>
internal static class SeriesStyles
{
    /// <summary>At most this many markers on one series: evenly spread over its points.</summary>
    public const int MaxMarkers = 24;

    private static readonly (string Color, LineDash Dash, MarkerShape Marker)[] Cycle =
    [
        ("#1f5fa8", LineDash.Solid, MarkerShape.None),
        ("#c0392b", LineDash.Dashed, MarkerShape.Square),
        ("#1e7b34", LineDash.Dotted, MarkerShape.Triangle),
        ("#7d3c98", LineDash.Solid, MarkerShape.Circle),
        ("#b25e00", LineDash.Dashed, MarkerShape.Diamond),
    ];

    public static ResolvedStyle Resolve(SeriesStyle? style, int index)
    {
        var c = Cycle[index % Cycle.Length];
        style ??= new SeriesStyle();
        return new ResolvedStyle(style.Color ?? ReportColor.FromHex(c.Color), style.Dash ?? c.Dash, style.Marker ?? c.Marker,
            style.LineWidth, style.DrawLine);
    }

    /// <summary>Indices of the points that get a marker.</summary>
    public static IEnumerable<int> MarkerIndices(int count, bool all) =>
        all || count <= MaxMarkers
            ? Enumerable.Range(0, count)
            : Enumerable.Range(0, MaxMarkers).Select(i => (int)Math.Round(i * (count - 1) / (double)(MaxMarkers - 1))).Distinct();

    /// <summary>Draws a marker centred at (x, y): filled shape with a white rim so it stays visible on lines.</summary>
    public static void DrawMarker(SKCanvas canvas, MarkerShape shape, float x, float y, float r, ReportColor color)
    {
        if (shape == MarkerShape.None)
        {
            return;
        }
        using var builder = new SKPathBuilder();
        switch (shape)
        {
            case MarkerShape.Square:
                builder.AddRect(SKRect.Create(x - r * 0.85f, y - r * 0.85f, r * 1.7f, r * 1.7f));
                break;
            case MarkerShape.Triangle:
                builder.MoveTo(x, y - r * 1.1f);
                builder.LineTo(x + r, y + r * 0.7f);
                builder.LineTo(x - r, y + r * 0.7f);
                builder.Close();
                break;
            case MarkerShape.Diamond:
                builder.MoveTo(x, y - r * 1.15f);
                builder.LineTo(x + r, y);
                builder.LineTo(x, y + r * 1.15f);
                builder.LineTo(x - r, y);
                builder.Close();
                break;
            default:
                builder.AddCircle(x, y, r);
                break;
        }
        using var path = builder.Detach();
        using var fill = SkiaConversions.Fill(color);
        using var rim = SkiaConversions.Stroke(ReportColor.White, 0.6f);
        canvas.DrawPath(path, fill);
        canvas.DrawPath(path, rim.Paint);
    }
}
