using DfxrmViz.Export.Pdf.Model;
using SkiaSharp;

namespace DfxrmViz.Export.Pdf.Drawing;

/// <summary>Vector icons of the callout kinds, each a different shape: circled i, triangle with !, check, cross, dash.</summary>
internal static class CalloutIcons
{
    /// <summary>Draws the icon of <paramref name="kind"/> centred at (cx, cy) with radius <paramref name="r"/>.</summary>
    public static void Draw(SKCanvas canvas, CalloutKind kind, float cx, float cy, float r, ReportColor color)
    {
        using var fill = SkiaConversions.Fill(color);
        using var white = SkiaConversions.Stroke(ReportColor.White, r * 0.28f);
        white.Paint.StrokeCap = SKStrokeCap.Round;
        switch (kind)
        {
            case CalloutKind.Warning:
                using (var b = new SKPathBuilder())
                {
                    b.MoveTo(cx, cy - r * 1.1f);
                    b.LineTo(cx + r * 1.15f, cy + r * 0.9f);
                    b.LineTo(cx - r * 1.15f, cy + r * 0.9f);
                    b.Close();
                    using var path = b.Detach();
                    canvas.DrawPath(path, fill);
                }
                canvas.DrawLine(cx, cy - r * 0.45f, cx, cy + r * 0.2f, white.Paint);
                canvas.DrawCircle(cx, cy + r * 0.58f, r * 0.12f, white.Paint);
                break;
            case CalloutKind.Ok:
                canvas.DrawCircle(cx, cy, r, fill);
                canvas.DrawLine(cx - r * 0.5f, cy, cx - r * 0.12f, cy + r * 0.4f, white.Paint);
                canvas.DrawLine(cx - r * 0.12f, cy + r * 0.4f, cx + r * 0.52f, cy - r * 0.38f, white.Paint);
                break;
            case CalloutKind.Problem:
                canvas.DrawCircle(cx, cy, r, fill);
                canvas.DrawLine(cx - r * 0.4f, cy - r * 0.4f, cx + r * 0.4f, cy + r * 0.4f, white.Paint);
                canvas.DrawLine(cx - r * 0.4f, cy + r * 0.4f, cx + r * 0.4f, cy - r * 0.4f, white.Paint);
                break;
            case CalloutKind.Unchecked:
                using (var ring = SkiaConversions.Stroke(color, r * 0.22f))
                {
                    canvas.DrawCircle(cx, cy, r * 0.9f, ring.Paint);
                    canvas.DrawLine(cx - r * 0.42f, cy, cx + r * 0.42f, cy, ring.Paint);
                }
                break;
            default:
                canvas.DrawCircle(cx, cy, r, fill);
                canvas.DrawLine(cx, cy - r * 0.05f, cx, cy + r * 0.5f, white.Paint);
                canvas.DrawCircle(cx, cy - r * 0.45f, r * 0.08f, white.Paint);
                break;
        }
    }
}
