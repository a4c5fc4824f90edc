using System.Globalization;
using System.Net;
using System.Text;
using DfxrmViz.Export.Pdf.Model;

namespace DfxrmViz.Export.Svg;

/// <summary>Writes a <see cref="VectorFigureBlock"/> as an inline SVG element for a web page: the view box scaled uniformly
/// (equal axes, y up) and centred as the PDF renderer does, elements in list order; widths and text sizes in points are
/// used as CSS pixels. Non-finite coordinates are left out (never NaN in the markup); text is HTML-encoded.</summary>
public static class SvgFigureWriter
{
    public static string Write(VectorFigureBlock figure, double widthPx, double heightPx, string id, string label)
    {
        ArgumentNullException.ThrowIfNull(figure);
        var b = figure.ViewBox;
        var (w, h) = (Math.Max(b.MaxX - b.MinX, 1e-12), Math.Max(b.MaxY - b.MinY, 1e-12));
        var scale = Math.Min(widthPx / w, heightPx / h);
        var (ox, oy) = ((widthPx - w * scale) / 2, (heightPx - h * scale) / 2);
        double Px(FigurePoint p) => ox + (p.X - b.MinX) * scale;
        double Py(FigurePoint p) => oy + (b.MaxY - p.Y) * scale;
        string X(FigurePoint p) => N(Px(p));
        string Y(FigurePoint p) => N(Py(p));
        string Points(IEnumerable<FigurePoint> ps) => string.Join(" ", ps.Select(p => $"{X(p)},{Y(p)}"));
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"{Enc(id)}\" role=\"img\" aria-label=\"{Enc(label)}\" ")
            .Append(CultureInfo.InvariantCulture, $"viewBox=\"0 0 {N(widthPx)} {N(heightPx)}\" width=\"100%\" preserveAspectRatio=\"xMidYMid meet\" font-family=\"sans-serif\">");
        foreach (var e in figure.Elements.Where(DfxrmViz.Export.Pdf.Figure.VectorFigureRenderer.IsFinite))
        {
            switch (e)
            {
                case FigurePolyline l when l.Points.Count >= 2:
                    svg.Append(CultureInfo.InvariantCulture, $"<polyline points=\"{Points(l.Points)}\" fill=\"none\"{Stroke(l.Stroke)}/>");
                    break;
                case FigurePolygon p when p.Points.Count >= 3:
                    svg.Append(CultureInfo.InvariantCulture, $"<polygon points=\"{Points(p.Points)}\"{Fill(p.Fill)}{Stroke(p.Stroke)}/>");
                    break;
                case FigureCircle c:
                    svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{X(c.Center)}\" cy=\"{Y(c.Center)}\" r=\"{N(c.RadiusPt ?? c.Radius * scale)}\"{Fill(c.Fill)}{Stroke(c.Stroke)}/>");
                    break;
                case FigureArrow a:
                    Arrow(svg, (Px(a.From), Py(a.From)), (Px(a.To), Py(a.To)), a.Stroke, a.HeadPt);
                    break;
                case FigureLabel t:
                    var (anchor, baseline) = Anchor(t.Anchor);
                    svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{N(Px(t.At) + t.OffsetXPt)}\" y=\"{N(Py(t.At) - t.OffsetYPt)}\" ")
                        .Append(CultureInfo.InvariantCulture, $"font-size=\"{N(t.SizePt * 1.25)}\" ")
                        .Append(CultureInfo.InvariantCulture, $"text-anchor=\"{anchor}\" dominant-baseline=\"{baseline}\"{Fill(t.Color ?? ReportColor.Ink)}>{Enc(t.Text)}</text>");
                    break;
            }
        }
        return svg.Append("</svg>").ToString();
    }

    private static void Arrow(StringBuilder svg, (double X, double Y) from, (double X, double Y) to, FigureStroke stroke, float headPt)
    {
        var (dx, dy) = (to.X - from.X, to.Y - from.Y);
        var length = Math.Sqrt(dx * dx + dy * dy);
        if (length < 1e-3)
        {
            return;
        }
        var (ux, uy) = (dx / length, dy / length);
        var head = Math.Min(headPt, length * 0.6);
        var (bx, by) = (to.X - ux * head, to.Y - uy * head);
        var w = head * 0.42;
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{N(from.X)}\" y1=\"{N(from.Y)}\" x2=\"{N(bx)}\" y2=\"{N(by)}\"{Stroke(stroke)}/>")
            .Append(CultureInfo.InvariantCulture, $"<polygon points=\"{N(to.X)},{N(to.Y)} {N(bx - uy * w)},{N(by + ux * w)} {N(bx + uy * w)},{N(by - ux * w)}\"{Fill(stroke.Color)}/>");
    }

    private static (string Anchor, string Baseline) Anchor(TextAnchor a) => a switch
    {
        TextAnchor.BaselineCenter => ("middle", "alphabetic"),
        TextAnchor.BaselineRight => ("end", "alphabetic"),
        TextAnchor.MiddleLeft => ("start", "central"),
        TextAnchor.Center => ("middle", "central"),
        TextAnchor.MiddleRight => ("end", "central"),
        TextAnchor.TopLeft => ("start", "hanging"),
        TextAnchor.TopCenter => ("middle", "hanging"),
        TextAnchor.TopRight => ("end", "hanging"),
        _ => ("start", "alphabetic"),
    };

    private static string Stroke(FigureStroke? s) => s is null ? " stroke=\"none\"" :
        $" stroke=\"{Hex(s.Color)}\" stroke-opacity=\"{N(s.Color.A / 255.0)}\" stroke-width=\"{N(s.WidthPt)}\"" +
        (s.Dash == LineDash.Solid ? "" : s.Dash == LineDash.Dashed ? " stroke-dasharray=\"6 3\"" : " stroke-dasharray=\"1.5 2.5\"");

    private static string Fill(ReportColor? c) => c is { } f ? $" fill=\"{Hex(f)}\" fill-opacity=\"{N(f.A / 255.0)}\"" : " fill=\"none\"";

    private static string Hex(ReportColor c) => $"#{c.R:x2}{c.G:x2}{c.B:x2}";

    private static string N(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Enc(string s) => WebUtility.HtmlEncode(s);
}
