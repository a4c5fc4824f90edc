using DfxrmViz.Export.Pdf.Model;
using static DfxrmViz.Export.Pdf.Logbook.ReportNumbers;

namespace DfxrmViz.Export.Pdf.Logbook;

/// <summary>The sections of the logbook page; number formats as on the web page's sections.</summary>
internal static class LogbookSections
{
    public static IEnumerable<ReportBlock> Crystal(CrystalNumbers c)
    {
        yield return new HeadingBlock("Crystal");
        var group = c.SpaceGroupNumber is int n ? $"{c.SpaceGroup} (No. {n})" : c.SpaceGroup;
        yield return new KeyValueBlock(null,
        [
            new("Name", c.Name), new("Formula", c.FormulaSum + ", Z = " + Fixed(c.Z, "0")), new("Space group", group),
            new("Crystal system", $"{c.CrystalSystem}, point group {c.PointGroup} ({(c.Centrosymmetric ? "centrosymmetric" : "non-centrosymmetric")})"),
            new("a, b, c", $"{Fixed(c.AA, "0.0000")}, {Fixed(c.BA, "0.0000")}, {Fixed(c.CA, "0.0000")} Å"),
            new("α, β, γ", $"{Fixed(c.AlphaDeg, "0.###")}°, {Fixed(c.BetaDeg, "0.###")}°, {Fixed(c.GammaDeg, "0.###")}°"),
            new("Volume", Fixed(c.VolumeA3, "0.000") + " Å³"), new("Density", Fixed(c.DensityGcm3, "0.0000") + " g/cm³"),
            new("Atoms per cell", c.AtomsPerCell), new("Source", c.Source),
        ], 2);
    }

    public static IEnumerable<ReportBlock> Absorption(AbsorptionNumbers a)
    {
        yield return new HeadingBlock("Absorption");
        yield return new KeyValueBlock(null,
        [
            new("Energy", KeV(a.EnergyKeV) + " keV"), new("Attenuation length", Significant(a.AttenuationLengthUm) + " µm"),
            new("Sample thickness", Fixed(a.ThicknessUm, "0.####") + " µm"), new("Transmission", Percent(a.Transmission)),
            new("Cross sections", a.Table), new("Warn below", Fixed(a.WarnBelowPercent, "0.####") + " %"),
        ], 2);
        var edges = a.Edges.Select(e => new PlotGuide(e.EnergyKeV, e.Name));
        yield return new LinePlotBlock("Attenuation length against energy",
            new PlotAxis("Energy (keV)", AxisScale.Log), new PlotAxis("Attenuation length (µm)", AxisScale.Log),
            [new PlotSeries("attenuation length 1/µ", a.Curve)],
            [.. edges, new PlotGuide(a.EnergyKeV, KeV(a.EnergyKeV) + " keV", GuideKind.Current)], 250,
            "Dashed lines: absorption edges of the crystal's elements (XrayDB 4.4.7 xray_levels); solid: the plan's energy.");
        var sample = new PlotPoint(a.ThicknessUm, a.Transmission * 100);
        yield return new LinePlotBlock("Transmission against thickness at " + KeV(a.EnergyKeV) + " keV",
            new PlotAxis("Thickness (µm)", Min: 0), new PlotAxis("Transmission (%)", Min: 0, Max: 100),
            [new PlotSeries("exp(−t/L)", [.. a.TransmissionCurve.Select(p => p with { Y = p.Y * 100 })]),
             new PlotSeries($"sample: {Fixed(a.ThicknessUm, "0.####")} µm, {Percent(a.Transmission)}", [sample],
                 new SeriesStyle(ReportColor.FromHex("#c0392b"), Marker: MarkerShape.Circle, DrawLine: false))],
            [new PlotGuide(a.ThicknessUm, "sample " + Fixed(a.ThicknessUm, "0.####") + " µm", GuideKind.Current),
             new PlotGuide(a.WarnBelowPercent, "warn below " + Fixed(a.WarnBelowPercent, "0.####") + " %", GuideKind.Threshold,
                 GuideOrientation.Horizontal)], 200);
    }

    public static IEnumerable<ReportBlock> Geometry(GeometryNumbers g)
    {
        yield return new HeadingBlock("Geometry");
        yield return new KeyValueBlock(null,
        [
            new("Reflection", Hkl(g.H, g.K, g.L)), new("2θ / θ", $"{Fixed(g.TwoThetaDeg, "0.00000")}° / {Fixed(g.TwoThetaDeg / 2, "0.00000")}°"),
            new("d", Fixed(g.DA, "0.000000") + " Å"), new("Goniometer", g.Goniometer),
            .. g.Extra.Select(e => new KeyValueRow(e.Key, e.Value)),
        ], 2);
        if (g.FixedAxis is not null)
        {
            yield return ParagraphBlock.FromMarkup(g.FixedAxis, 8.5f);
        }
        var chosen = g.ChosenIndex is int c ? $"▶ marks the solution used ({(g.ChosenByUser ? "chosen by the user" : "the default: least motion inside the limits")})."
            : "No solution is used.";
        yield return new DataTableBlock("Goniometer solutions",
        [
            new TableColumn("#", ColumnAlign.Right), .. g.AxisNames.Select(n => new TableColumn(n, ColumnAlign.Decimal)),
            new TableColumn("Within limits"), new TableColumn("Residual (rad)", ColumnAlign.Right), new TableColumn("Motion", ColumnAlign.Decimal),
        ],
        [.. g.Solutions.Select((s, i) => new TableRow(
        [
            Fixed(i + 1, "0"), .. s.AnglesDeg.Select(v => Fixed(v, "0.0000") + "°"),
            s.WithinLimits ? "yes" : "no: " + string.Join(", ", s.AxesOutside), Fixed(s.Residual, "0.0e+0"), Fixed(s.MotionDeg, "0.00") + "°",
        ], i == g.ChosenIndex))],
        chosen + " Angles in degrees, base → top of the stack; residual: largest violation of the Bragg conditions.");
        if (g.Blocked is not null)
        {
            yield return new CalloutBlock(CalloutKind.Problem, g.Blocked, "BLOCKED");
        }
    }

    public static IEnumerable<ReportBlock> Lens(LensNumbers l)
    {
        yield return new HeadingBlock("Optics");
        yield return new KeyValueBlock(null,
        [
            new("d1 (sample → first lens)", Fixed(l.D1Mm, "0.000") + " mm"), new("dL (first → last lens)", Fixed(l.DLMm, "0.000") + " mm"),
            new("d2 (last lens → detector)", Fixed(l.D2Mm, "0.000") + " mm"),
            new("d_tot / d_tot′", $"{Fixed(l.DTotMm, "0.000")} / {Fixed(l.DTotPrimeMm, "0.000")} mm"),
            new("Magnification", Fixed(l.Magnification, "0.000") + (l.Magnification < 0 ? " (inverted image)" : " (upright image)")),
            new("Mount point (x along beam, y up)", $"({Fixed(l.MountXMm, "0.000")}, {Fixed(l.MountYMm, "0.000")}) mm"),
            new("δ, β of the lens material", $"{Fixed(l.DeltaLens, "0.0000e+0")}, {Fixed(l.BetaLens, "0.0000e+0")}"),
            new("Focal length per lenslet R/2δ", Fixed(l.FocalLengthPerLensletMm, "0.0") + " mm"),
            new("Effective focal length", Fixed(l.FocalLengthMm, "0.00") + " mm"),
            new("Effective aperture σa (rms)", l.EffectiveApertureRmsUm is double s ? Fixed(s, "0.0") + " µm" : "—"),
            new("Numerical aperture (rms)", l.NumericalApertureRms is double na ? Fixed(na, "0.0000e+0") : "—"),
            new("Transmission", l.Transmission is double t ? Percent(t) : "—"), new("Lens box", $"{l.LensName}, {l.Model} model"),
        ], 2);
        yield return OpticsFigure.Layout(l);
        yield return OpticsFigure.LensBox(l);
    }

    public static IEnumerable<ReportBlock> Reflections(ReflectionNumbers r)
    {
        yield return new HeadingBlock("Reflections");
        var selected = r.SelectedIndex is int i && i < r.Rows.Count ? r.Rows[i] : null;
        var note = selected is null ? "The selected reflection is not in this window."
            : $"▶ marks the selected reflection {Hkl(selected.H, selected.K, selected.L)}" + (r.SelectedIsDefault ? " (the app's default: strongest |F|²)." : " (chosen by the user).");
        yield return new DataTableBlock(
            $"{r.Rows.Count} classes of reflections, 2θ in [{Fixed(r.TwoThetaMinDeg, "0.###")}°, {Fixed(r.TwoThetaMaxDeg, "0.###")}°], λ = {Fixed(r.WavelengthA, "0.000000")} Å",
        [
            new TableColumn("hkl"), new TableColumn("d (Å)", ColumnAlign.Decimal), new TableColumn("2θ (°)", ColumnAlign.Decimal),
            new TableColumn("|F|² (e²)", ColumnAlign.Decimal), new TableColumn("% of strongest", ColumnAlign.Decimal),
            new TableColumn("Mult.", ColumnAlign.Right), new TableColumn("Reachable with this mount"),
        ],
        [.. r.Rows.Select((x, k) => new TableRow(
        [
            Hkl(x.H, x.K, x.L), Fixed(x.DA, "0.00000"), Fixed(x.TwoThetaDeg, "0.0000"), Fixed(x.F2, "0.0"), Fixed(x.RelativePercent, "0.00"),
            Fixed(x.Multiplicity, "0"), x.Reachable,
        ], k == r.SelectedIndex))],
        note + " |F|² in electrons² per cell, no Lorentz, polarisation or absorption factor; " + r.Method + ".");
    }
}
