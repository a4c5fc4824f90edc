using DfxrmViz.Export.Pdf.Drawing;
using DfxrmViz.Export.Pdf.Layout;
using DfxrmViz.Export.Pdf.Model;
using DfxrmViz.Export.Pdf.Text;
using SkiaSharp;

namespace DfxrmViz.Export.Pdf.Figure;

/// <summary>Draws a <see cref="VectorFigureBlock"/>: its view box scaled uniformly (equal axes, y up) and centred in the drawing
/// area, elements in list order, clipped to the area; stroke widths, arrow heads and label sizes stay in points. Labels are
/// placed by <see cref="FigureLabelLayout"/>: never on each other, always whole inside the area; the ones left out are
/// listed in small print under the figure, before its caption.</summary>
internal static class VectorFigureRenderer
{
    private const float HaloPt = LabelPlacer.GapPt / 2;
    private const double HaloAlpha = 0.75;

    public static void Place(VectorFigureBlock fig, PageFlow flow, TextPainter text)
    {
        var titleHeight = fig.Title is null ? 0 : TextLayout.TitleHeight + 1f;
        var local = SKRect.Create(0, 0, PageFlow.Width, fig.HeightPt);
        var labels = FigureLabelLayout.Of(fig, text, local);
        var notes = new[] { labels.Legend, fig.Caption }.OfType<string>()
            .Select(n => (Text: n, Height: TextLayout.SmallPrintHeight(text, n, PageFlow.Width) + 3f)).ToList();
        flow.Place(titleHeight + fig.HeightPt + notes.Sum(n => n.Height), (canvas, top) =>
        {
            if (fig.Title is not null)
            {
                TextLayout.DrawTitle(canvas, text, fig.Title, PageFlow.Left, top);
            }
            var y = top + titleHeight;
            canvas.Save();
            canvas.Translate(PageFlow.Left, y);
            Draw(canvas, fig, text, local, labels);
            canvas.Restore();
            y += fig.HeightPt;
            foreach (var (note, height) in notes)
            {
                TextLayout.DrawSmallPrint(canvas, text, note, PageFlow.Left, y + 3f, PageFlow.Width);
                y += height;
            }
        });
    }

    /// <summary>Draws the figure in <paramref name="area"/> with its labels where <paramref name="labels"/> (laid out for that
    /// area) put them; a label it left out is not drawn.</summary>
    public static void Draw(SKCanvas canvas, VectorFigureBlock fig, TextPainter text, SKRect area, FigureLabelLayout labels)
    {
        var map = FigureTransform.Fit(fig.ViewBox, area);
        canvas.Save();
        canvas.ClipRect(area);
        for (var i = 0; i < fig.Elements.Count; i++)
        {
            var element = fig.Elements[i];
            if (!IsFinite(element))
            {
                continue;
            }
            switch (element)
            {
                case FigurePolyline line when line.Points.Count >= 2:
                    using (var path = Path(line.Points, map, false))
                    using (var stroke = Stroke(line.Stroke))
                    {
                        canvas.DrawPath(path, stroke.Paint);
                    }
                    break;
                case FigurePolygon poly when poly.Points.Count >= 3:
                    using (var path = Path(poly.Points, map, true))
                    {
                        DrawShape(canvas, path, poly.Fill, poly.Stroke);
                    }
                    break;
                case FigureCircle circle:
                    var c = map.Map(circle.Center);
                    using (var b = new SKPathBuilder())
                    {
                        b.AddCircle(c.X, c.Y, circle.RadiusPt ?? (float)(circle.Radius * map.Scale));
                        using var path = b.Detach();
                        DrawShape(canvas, path, circle.Fill, circle.Stroke);
                    }
                    break;
                case FigureArrow arrow:
                    DrawArrow(canvas, map.Map(arrow.From), map.Map(arrow.To), arrow.Stroke, arrow.HeadPt);
                    break;
                case FigureLabel label when labels.Placed.TryGetValue(i, out var box):
                    // A pale halo keeps the text legible over atoms and edges, as the viewer's white text-shadow does
                    // (src/DfxrmViz.Web/wwwroot/css/app.css .dfx-label); it stays inside the gap between placed labels.
                    using (var halo = SkiaConversions.Fill(ReportColor.White.WithAlpha(HaloAlpha)))
                    {
                        canvas.DrawRoundRect(SKRect.Inflate(box, HaloPt, HaloPt / 2), HaloPt, HaloPt, halo);
                    }
                    text.Draw(canvas, label.Text, box.Left, box.Top + text.Ascent(label.SizePt), label.Style, label.SizePt,
                        label.Color ?? ReportColor.Ink);
                    break;
            }
        }
        canvas.Restore();
    }

    /// <summary>Elements with a coordinate that is not a finite number are left out (never NaN in the PDF or the SVG).</summary>
    internal static bool IsFinite(FigureElement e)
    {
        static bool F(FigurePoint p) => double.IsFinite(p.X) && double.IsFinite(p.Y);
        return e switch
        {
            FigurePolyline l => l.Points.All(F),
            FigurePolygon p => p.Points.All(F),
            FigureCircle c => F(c.Center) && double.IsFinite(c.Radius),
            FigureArrow a => F(a.From) && F(a.To),
            FigureLabel t => F(t.At),
            _ => true,
        };
    }

    private static StrokePaint Stroke(FigureStroke s) => SkiaConversions.Stroke(s.Color, s.WidthPt, s.Dash);

    private static SKPath Path(IReadOnlyList<FigurePoint> points, FigureTransform map, bool close)
    {
        using var b = new SKPathBuilder();
        for (var i = 0; i < points.Count; i++)
        {
            var p = map.Map(points[i]);
            if (i == 0)
            {
                b.MoveTo(p);
            }
            else
            {
                b.LineTo(p);
            }
        }
        if (close)
        {
            b.Close();
        }
        return b.Detach();
    }

    private static void DrawShape(SKCanvas canvas, SKPath path, ReportColor? fill, FigureStroke? stroke)
    {
        if (fill is { } f)
        {
            using var paint = SkiaConversions.Fill(f);
            canvas.DrawPath(path, paint);
        }
        if (stroke is not null)
        {
            using var paint = Stroke(stroke);
            canvas.DrawPath(path, paint.Paint);
        }
    }

    private static void DrawArrow(SKCanvas canvas, SKPoint from, SKPoint to, FigureStroke stroke, float head)
    {
        var d = to - from;
        var length = d.Length;
        if (length < 1e-3f)
        {
            return;
        }
        var u = new SKPoint(d.X / length, d.Y / length);
        var n = new SKPoint(-u.Y, u.X);
        var h = Math.Min(head, length * 0.6f);
        var w = h * 0.42f;
        var baseCentre = to - new SKPoint(u.X * h, u.Y * h);
        using (var line = Stroke(stroke))
        {
            canvas.DrawLine(from, baseCentre + new SKPoint(u.X * 0.5f, u.Y * 0.5f), line.Paint);
        }
        using var b = new SKPathBuilder();
        b.MoveTo(to);
        b.LineTo(baseCentre + new SKPoint(n.X * w, n.Y * w));
        b.LineTo(baseCentre - new SKPoint(n.X * w, n.Y * w));
        b.Close();
        using var path = b.Detach();
        using var fill = SkiaConversions.Fill(stroke.Color);
        canvas.DrawPath(path, fill);
    }
}

/// <summary>Uniform scale and offset from figure coordinates (y up) to page points (y down), centring the view box.</summary>
internal sealed record FigureTransform(double Scale, double OffsetX, double OffsetY, FigureViewBox Box)
{
    public static FigureTransform Fit(FigureViewBox box, SKRect area)
    {
        if (!new[] { box.MinX, box.MinY, box.MaxX, box.MaxY }.All(double.IsFinite))
        {
            box = new FigureViewBox(-1, -1, 1, 1);
        }
        var (w, h) = (Math.Max(box.MaxX - box.MinX, 1e-12), Math.Max(box.MaxY - box.MinY, 1e-12));
        var s = Math.Min(area.Width / w, area.Height / h);
        return new FigureTransform(s, area.Left + (area.Width - w * s) / 2, area.Top + (area.Height - h * s) / 2, box);
    }

    public SKPoint Map(FigurePoint p) =>
        new((float)(OffsetX + (p.X - Box.MinX) * Scale), (float)(OffsetY + (Box.MaxY - p.Y) * Scale));
}
