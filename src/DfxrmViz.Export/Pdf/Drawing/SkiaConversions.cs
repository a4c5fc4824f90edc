using DfxrmViz.Export.Pdf.Model;
using SkiaSharp;

namespace DfxrmViz.Export.Pdf.Drawing;

/// <summary>Model values to Skia values.</summary>
internal static class SkiaConversions
{
    public static SKColor ToSk(this ReportColor c) => new(c.R, c.G, c.B, c.A);

    /// <summary>Dash intervals in points for a line of width <paramref name="width"/> (null = solid).</summary>
    public static SKPathEffect? DashEffect(LineDash dash, float width) => dash switch
    {
        LineDash.Dashed => SKPathEffect.CreateDash([4.5f + width, 2.5f + width], 0),
        LineDash.Dotted => SKPathEffect.CreateDash([Math.Max(width, 0.8f), 1.6f + width], 0),
        _ => null,
    };

    /// <summary>A stroke paint (caller disposes; the dash effect is disposed with it by <see cref="StrokePaint.Dispose"/>).</summary>
    public static StrokePaint Stroke(ReportColor color, float width, LineDash dash = LineDash.Solid) => new(color, width, dash);

    /// <summary>A fill paint (caller disposes).</summary>
    public static SKPaint Fill(ReportColor color) => new() { Color = color.ToSk(), IsAntialias = true, Style = SKPaintStyle.Fill };
}

/// <summary>An SKPaint for strokes that owns its dash effect.</summary>
internal sealed class StrokePaint : IDisposable
{
    private readonly SKPathEffect? _dash;

    public StrokePaint(ReportColor color, float width, LineDash dash)
    {
        _dash = SkiaConversions.DashEffect(dash, width);
        Paint = new SKPaint
        {
            Color = color.ToSk(),
            IsAntialias = true,
            Style = SKPaintStyle.Stroke,
            StrokeWidth = width,
            StrokeCap = dash == LineDash.Dotted ? SKStrokeCap.Round : SKStrokeCap.Butt,
            StrokeJoin = SKStrokeJoin.Round,
            PathEffect = _dash,
        };
    }

    public SKPaint Paint { get; }

    public void Dispose()
    {
        Paint.Dispose();
        _dash?.Dispose();
    }
}
