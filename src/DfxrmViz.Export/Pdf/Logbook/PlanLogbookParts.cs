using DfxrmViz.Core.Absorption;
using DfxrmViz.Core.Crystal;
using DfxrmViz.Core.Optics;
using DfxrmViz.Core.Planning;
using DfxrmViz.Core.Planning.Stages;
using DfxrmViz.Core.Scattering;
using DfxrmViz.Export.Pdf.Model;
using static DfxrmViz.Core.Planning.NumberText;

namespace DfxrmViz.Export.Pdf.Logbook;

/// <summary>The logbook's sections from the plan pipeline's stages, with the page's texts and the page's plot data.</summary>
public static class PlanLogbookParts
{
    /// <summary>The crystal numbers of <paramref name="c"/>, read from the plan's <paramref name="planSource"/> (its file name is
    /// this user's; <see cref="LoadedCrystal.Source"/> may be another user's upload of the same text).</summary>
    public static CrystalNumbers Crystal(LoadedCrystal c, CrystalSource planSource)
    {
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(planSource);
        var s = c.Summary;
        var source = planSource.Builtin is { } id
            ? CrystalLibrary.List().FirstOrDefault(e => e.Id == id)?.Source ?? "built in"
            : $"uploaded CIF {UserText.OneLine(planSource.FileName ?? "")}, block {UserText.Cut(c.Crystal.BlockName)}".Replace("  ", " ", StringComparison.Ordinal);
        return new CrystalNumbers(UserText.Cut(s.Name), s.FormulaSum, s.HermannMauguin, s.Number, s.CrystalSystem.ToString().ToLowerInvariant(), s.PointGroup,
            s.IsCentrosymmetric, s.Z, s.Cell.AA, s.Cell.BA, s.Cell.CA, s.Cell.AlphaDeg, s.Cell.BetaDeg, s.Cell.GammaDeg, s.VolumeA3, s.DensityGcm3,
            string.Join(", ", s.AtomsPerCell.Select(p => $"{p.Key} {Fixed(p.Value, "0.###")}")), source);
    }

    /// <summary>The absorption numbers and both curves; NaN numbers (printed "—") when the stage failed.</summary>
    public static AbsorptionNumbers Absorption(PlanResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var plan = results.Plan;
        var a = results.Absorption.Value;
        var curve = results.AttenuationCurve.Value;
        var length = a?.AttenuationLengthUm ?? double.NaN;
        var thickness = plan.SampleUm.Thickness;
        return new AbsorptionNumbers(plan.EnergyKeV, thickness, length, a?.Transmission ?? double.NaN, plan.WarnBelowPercent,
            a is null ? "—" : $"{a.TableName}, {(a.Kind == Core.XrayData.AttenuationKind.Total ? "total" : "photoabsorption only")}",
            curve is null ? [] : [.. curve.EnergiesKeV.Zip(curve.AttenuationLengthsUm, (e, l) => new PlotPoint(e, l))],
            curve is null ? [] : [.. curve.Edges.Select(e => new EdgeMark(e.Name, e.EnergyKeV))],
            // The page's transmission plot draws the same Core curve (Components/Absorption/TransmissionPlot.razor).
            a is null ? [] : TransmissionPoints(TransmissionCurve.Compute(length, thickness)));
    }

    private static PlotPoint[] TransmissionPoints(TransmissionCurve t) => [.. t.ThicknessesUm.Zip(t.Transmissions, (x, y) => new PlotPoint(x, y))];

    public static GeometryNumbers Geometry(PlannedOrientation o, BraggResult b)
    {
        ArgumentNullException.ThrowIfNull(o);
        ArgumentNullException.ThrowIfNull(b);
        var r = o.Result;
        var set = r.Solutions;
        var profile = o.Profile;
        string AxisName(string ascii) => profile.Axes.FirstOrDefault(a => a.AsciiName == ascii) is { } a ? $"{a.Name} ({a.AsciiName})" : ascii;
        var fixedText = set.Fixed is { } f
            ? $"**{AxisName(f.Key)}** held at {Fixed(f.Value, "0.0000")}°{(f.Key == "mu" ? " (= θ: DFXM practice, Q on the ω axis)" : "")}; the other axes are solved."
            : null;
        var extra = new List<KeyValuePair<string, string>>
        {
            new("Q (sample frame)", Vector(r.QSampleInvA, "0.0000") + " Å⁻¹"),
            new("k0 (sample frame)", Vector(r.K0SampleInvA, "0.0000") + " Å⁻¹"),
            new("kh (sample frame)", Vector(r.KhSampleInvA, "0.0000") + " Å⁻¹"),
            new("Up (x) is", PlanLogbookInputs.Show(r.Mount.Up) + (o.UpIsQ ? " = Q (default)" : "")),
            new("Exit surface (z) is", PlanLogbookInputs.Show(r.Mount.Front) + (o.FrontIsDefault ? " (default)" : "") + ", its part ⟂ up"),
            new("Beam exit direction e", Vector(r.BeamExitSample, "0.0000")),
            new("Path in / out", r.BeamPathUm is { } p ? $"{Fixed(p.Incident, "0.0")} / {Fixed(p.Diffracted, "0.0")} µm" : "—"),
            new("Transmission along that path", r.Transmission is double t && r.BeamPathUm is { } q
                ? $"{Fixed(t * 100, "0.00")} % over {Fixed(q.Incident + q.Diffracted, "0.0")} µm" : "— " + (o.AttenuationNote ?? "(no sample box)")),
            new("Slab, depth-averaged", r.Slab is { } s
                ? $"{Fixed(s.Transmission * 100, "0.00")} % ({(s.Geometry == Core.Orientation.SlabGeometry.Laue ? "Laue" : "Bragg")}, γ0 = {Fixed(s.Gamma0, "0.0000")}, γh = {Fixed(s.GammaH, "0.0000")})"
                : "—"),
            new("Beam plane", o.BeamRuleText),
        };
        return new GeometryNumbers(b.Hkl.H, b.Hkl.K, b.Hkl.L, b.TwoThetaDeg, b.DA, profile.Name, [.. profile.Axes.Select(a => $"{a.Name} ({a.AsciiName})")],
            fixedText,
            [.. set.Solutions.Select(s => new SolutionLine([.. s.AnglesDeg.Select(a => a.Value)], s.WithinLimits,
                [.. profile.Axes.Where((a, j) => !a.Limits.Contains(s.AnglesDeg[j].Value)).Select(a => a.Name)], s.Residual, s.MotionDeg))],
            o.Chosen is null ? null : o.ChosenIndex, o.ChosenByUser, set.Blocked?.Message, extra);
    }

    public static ReflectionNumbers Reflections(PlanResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var window = PlanWindow.Of(results.Plan);
        var method = $"f0 {(results.Plan.F0 == FormFactorTable.It92 ? "IT92" : "Waasmaier–Kirfel")}, " +
            (results.Plan.Anomalous ? "f′ + if″ Chantler (XrayDB 4.4.7)" : "no anomalous terms") + ", anisotropic Debye–Waller factor where the CIF gives one";
        if (results.Reflections.Value is not { } table)
        {
            return new ReflectionNumbers([], null, false, Photon(results.Plan.EnergyKeV), window.MinDeg, window.MaxDeg,
                method + ". " + (results.Reflections.Problem?.Message ?? "The table was not computed."));
        }
        var reach = results.Reachability.Value;
        var selection = results.Selection.Value;
        var selected = selection?.Hkl is { } h ? table.Find(h) : null;
        return new ReflectionNumbers(
            [.. table.Rows.Select(r => new ReflectionLine(r.Hkl.H, r.Hkl.K, r.Hkl.L, r.DA, r.TwoThetaDeg, r.F2, r.RelativeIntensityPercent,
                r.Multiplicity, reach?.ShortText(r.Hkl) ?? "—"))],
            selected is null ? null : table.Rows.IndexOf(selected), selection?.IsDefault ?? false, table.WavelengthA, table.TwoThetaMinDeg,
            table.TwoThetaMaxDeg, method + (reach is null ? "" : $". Reachable: {reach.MountText}"));
    }

    public static LensNumbers Lens(LensOutcome o, LensSource? source)
    {
        ArgumentNullException.ThrowIfNull(o);
        var r = o.Result;
        return new LensNumbers(source is null ? "—" : PlanLogbookInputs.LensName(source), r.Model == LensModel.Thick ? "thick" : "thin",
            r.TwoThetaDeg, r.D1Mm, r.DLMm, r.D2Mm, r.DTotMm, r.DTotPrimeMm, r.Magnification, r.FocalLengthMm, r.FocalLengthPerLensletMm,
            r.DeltaLens, r.BetaLens, r.MountPointMm.X, r.MountPointMm.Y, o.ApertureGiven ? r.Transmission : null, r.EffectiveApertureRmsUm,
            r.NumericalApertureRms, r.LensletPositionsMm);
    }

    private static double Photon(double energyKeV) => Core.Units.Photon.WavelengthA(energyKeV);
}
