using DfxrmViz.Export.Pdf.Layout;
using DfxrmViz.Export.Pdf.Model;
using static DfxrmViz.Export.Pdf.Logbook.ReportNumbers;

namespace DfxrmViz.Export.Pdf.Logbook;

/// <summary>The optics figure of the page (src/DfxrmViz.Web Components/Lens/OpticsFigure.razor) as vector figures: the
/// scattering plane to scale with equal axes (sample, incident and diffracted beams, lens box, detector, d1, d2, 2θ, the
/// d_tot′ projection, the mount point), and the lens box magnified, every lenslet to scale along the beam.</summary>
internal static class OpticsFigure
{
    private static readonly ReportColor Incident = ReportColor.FromHex("#c0392b");
    private static readonly ReportColor Diffracted = ReportColor.FromHex("#1f5fa8");
    private static readonly ReportColor Lens = ReportColor.FromHex("#d68910");
    private static readonly ReportColor Mount = ReportColor.FromHex("#117a65");

    public static VectorFigureBlock Layout(LensNumbers l)
    {
        var t = l.TwoThetaDeg * Math.PI / 180;
        var (c, s) = (Math.Cos(t), Math.Sin(t));
        FigurePoint Along(double mm) => new(mm * c, mm * s);
        var (det, lens0, lens1) = (Along(l.DTotMm), Along(l.D1Mm), Along(l.D1Mm + l.DLMm));
        var span = Math.Max(l.DTotMm, 1e-6);
        var (xMin, xMax) = (Math.Min(-0.14 * span, l.MountXMm - 0.05 * span), Math.Max(det.X, l.MountXMm) + 0.06 * span);
        var (yMin, yMax) = (Math.Min(-0.1 * span, l.MountYMm - 0.06 * span), Math.Max(det.Y, l.MountYMm) + 0.1 * span);
        var widthScale = PageGeometry.ContentWidth / (xMax - xMin);
        var height = (float)Math.Clamp((yMax - yMin) * widthScale, 150, 260);
        var pad = (height / widthScale - (yMax - yMin)) / 2;
        (yMin, yMax) = (yMin - Math.Max(pad, 0), yMax + Math.Max(pad, 0));
        var scale = Math.Min(widthScale, height / (yMax - yMin)); // points per mm, as FigureTransform.Fit will use
        // The 2θ arc beyond the lens box, where the wedge between the beams is wide enough for its label.
        var arc = Math.Max(0.35 * span, (l.D1Mm + l.DLMm) * 1.15);
        var ink = ReportColor.Ink;
        var elements = new List<FigureElement>
        {
            new FigurePolyline([new(xMin, 0), new(0, 0)], new FigureStroke(Incident, 2f)),
            new FigurePolyline([new(0, 0), new(det.X, 0)], new FigureStroke(Incident.WithAlpha(0.6), 0.8f, LineDash.Dashed)),
            new FigureLabel(new(xMin, 0), "incident beam", TextAnchor.TopLeft, OffsetYPt: -4),
            new FigurePolyline([new(0, 0), det], new FigureStroke(Diffracted, 1.6f)),
            new FigurePolyline([.. Enumerable.Range(0, 25).Select(i => new FigurePoint(arc * Math.Cos(t * i / 24), arc * Math.Sin(t * i / 24)))],
                new FigureStroke(ink, 0.8f)),
            new FigureLabel(new(arc * Math.Cos(t / 2), arc * Math.Sin(t / 2)), $"2θ = {Fixed(l.TwoThetaDeg, "0.000")}°", TextAnchor.MiddleLeft, OffsetXPt: 4),
            new FigurePolyline([lens0, lens1], new FigureStroke(Lens, 7f)),
            new FigureLabel(lens0, $"CRL ({l.LensletPositionsMm.Count} lenslets)", TextAnchor.BaselineRight, OffsetXPt: -2, OffsetYPt: 14),
            new FigureLabel(new(0, 0), $"d1 = {Fixed(l.D1Mm, "0.000")} mm", TextAnchor.TopLeft, Color: Diffracted, OffsetXPt: 6, OffsetYPt: -14),
            // Up and to the left of a point on a rising beam is clear of the beam.
            new FigureLabel(Along(l.D1Mm + l.DLMm + l.D2Mm / 2), $"d2 = {Fixed(l.D2Mm, "0.000")} mm", TextAnchor.BaselineRight, Color: Diffracted,
                OffsetXPt: -6, OffsetYPt: 6),
            new FigurePolyline([new(det.X - 0.04 * span * s, det.Y + 0.04 * span * c), new(det.X + 0.04 * span * s, det.Y - 0.04 * span * c)],
                new FigureStroke(ink, 3f)),
            new FigureLabel(det, $"detector, M = {Fixed(l.Magnification, "0.00")}", TextAnchor.BaselineRight, OffsetXPt: -10, OffsetYPt: 6),
            new FigurePolyline([det, new(det.X, 0)], new FigureStroke(ink, 0.7f, LineDash.Dotted)),
            new FigureLabel(new(det.X / 2, 0), $"d_tot′ = {Fixed(l.DTotPrimeMm, "0.000")} mm (d_tot = {Fixed(l.DTotMm, "0.000")} mm)",
                TextAnchor.TopCenter, OffsetYPt: -4),
            new FigureCircle(new(0, 0), 0, ReportColor.FromHex("#7d3c98"), null, 3.2f),
            new FigureLabel(new(0, 0), "sample", TextAnchor.BaselineRight, OffsetXPt: -5, OffsetYPt: 5),
        };
        elements.AddRange(Cross(new FigurePoint(l.MountXMm, l.MountYMm), 3.5 / scale));
        // Under d1, below the beams: near the sample there is no room beside the mount point itself.
        elements.Add(new FigureLabel(new(0, 0), $"× mount point ({Fixed(l.MountXMm, "0.000")}, {Fixed(l.MountYMm, "0.000")}) mm",
            TextAnchor.TopLeft, Color: Mount, OffsetXPt: 6, OffsetYPt: -26));
        return new VectorFigureBlock("Optics in the scattering plane, to scale", new FigureViewBox(xMin, yMin, xMax, yMax), elements, height,
            "x along the incident beam, y up; distances along the diffracted beam. The mount point is where the lens box is held.");
    }

    public static VectorFigureBlock LensBox(LensNumbers l)
    {
        var length = Math.Max(l.DLMm, 1e-3);
        const float height = 44f;
        var (x0, x1) = (-0.03 * length, 1.03 * length);
        var half = (x1 - x0) * height / PageGeometry.ContentWidth / 2; // equal axes: the y range that fills the height
        var tick = half * 0.45;
        var elements = new List<FigureElement>
        {
            new FigurePolyline([new(x0, 0), new(x1, 0)], new FigureStroke(Diffracted, 0.8f)),
        };
        elements.AddRange(l.LensletPositionsMm.Select(p => new FigurePolyline([new(p, -tick), new(p, tick)], new FigureStroke(Lens, 1.2f))));
        elements.Add(new FigureLabel(new(0, -tick), "0", TextAnchor.TopCenter, 7, OffsetYPt: -2));
        elements.Add(new FigureLabel(new(l.DLMm, -tick), Fixed(l.DLMm, "0.000") + " mm", TextAnchor.TopRight, 7, OffsetYPt: -2));
        return new VectorFigureBlock($"Lens box, to scale along the beam: dL = {Fixed(l.DLMm, "0.000")} mm (first to last lens centre)",
            new FigureViewBox(x0, -half, x1, half), elements, height);
    }

    private static IEnumerable<FigureElement> Cross(FigurePoint p, double r)
    {
        var stroke = new FigureStroke(Mount, 1.4f);
        yield return new FigurePolyline([new(p.X - r, p.Y - r), new(p.X + r, p.Y + r)], stroke);
        yield return new FigurePolyline([new(p.X - r, p.Y + r), new(p.X + r, p.Y - r)], stroke);
    }
}
