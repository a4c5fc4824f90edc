using DfxrmViz.Export.Pdf.Drawing;
using DfxrmViz.Export.Pdf.Model;
using DfxrmViz.Export.Pdf.Text;
using SkiaSharp;

namespace DfxrmViz.Export.Pdf.Plot;

/// <summary>Guide lines (edges, the current value, thresholds) and their labels: vertical labels read upwards along the
/// line, on a pale backing so the data under them does not hide them.</summary>
internal static class PlotGuidesRenderer
{
    private const float LabelSize = 7f;

    public static void Draw(SKCanvas canvas, IReadOnlyList<PlotGuide> guides, PlotFrame f, TextPainter text)
    {
        var vertical = new List<(PlotGuide, float)>();
        foreach (var g in guides)
        {
            var axis = g.Orientation == GuideOrientation.Vertical ? f.X : f.Y;
            if (!axis.InRange(g.Value))
            {
                continue;
            }
            var at = axis.Map(g.Value);
            using var stroke = Stroke(g.Kind);
            if (g.Orientation == GuideOrientation.Vertical)
            {
                canvas.DrawLine(at, f.Area.Bottom, at, f.Area.Top, stroke.Paint);
                vertical.Add((g, at));
            }
            else
            {
                canvas.DrawLine(f.Area.Left, at, f.Area.Right, at, stroke.Paint);
                var style = g.Kind == GuideKind.Current ? TextStyle.Bold : TextStyle.Regular;
                var w = text.Measure(g.Label, style, LabelSize);
                Backing(canvas, text, f.Area.Right - 3f - w, at - 2.5f, w);
                text.Draw(canvas, g.Label, f.Area.Right - 3f - w, at - 2.5f, style, LabelSize, Color(g.Kind));
            }
        }
        var height = text.Ascent(LabelSize) + text.Descent(LabelSize);
        foreach (var label in GuideLabels.Arrange(vertical, height, f.Area.Right))
        {
            var style = label.Kind == GuideKind.Current ? TextStyle.Bold : TextStyle.Regular;
            var w = text.Measure(label.Text, style, LabelSize);
            var baselineX = label.LeftOfLine ? label.LineX - 2f - text.Descent(LabelSize) : label.LineX + 2f + text.Ascent(LabelSize);
            canvas.Save();
            canvas.Translate(baselineX, f.Area.Top + 4f + w);
            canvas.RotateDegrees(-90);
            Backing(canvas, text, 0, 0, w);
            text.Draw(canvas, label.Text, 0, 0, style, LabelSize, Color(label.Kind));
            canvas.Restore();
        }
    }

    private static StrokePaint Stroke(GuideKind kind) => kind switch
    {
        GuideKind.Current => SkiaConversions.Stroke(ReportColor.FromHex("#c0392b"), 1.1f),
        GuideKind.Threshold => SkiaConversions.Stroke(ReportColor.FromHex("#b25e00"), 0.9f, LineDash.Dotted),
        _ => SkiaConversions.Stroke(ReportColor.Muted, 0.6f, LineDash.Dashed),
    };

    private static ReportColor Color(GuideKind kind) => kind switch
    {
        GuideKind.Current => ReportColor.FromHex("#a02c20"),
        GuideKind.Threshold => ReportColor.FromHex("#8a4a00"),
        _ => ReportColor.FromHex("#404448"),
    };

    private static void Backing(SKCanvas canvas, TextPainter text, float x, float baseline, float width)
    {
        using var fill = SkiaConversions.Fill(ReportColor.White.WithAlpha(0.85));
        var ascent = text.Ascent(LabelSize);
        canvas.DrawRect(SKRect.Create(x - 1f, baseline - ascent - 1f, width + 2f, ascent + text.Descent(LabelSize) + 2f), fill);
    }
}
