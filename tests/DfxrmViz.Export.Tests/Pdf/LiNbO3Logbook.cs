using DfxrmViz.Core.Absorption;
using DfxrmViz.Core.Crystal;
using DfxrmViz.Core.Goniometer;
using DfxrmViz.Core.Instruments;
using DfxrmViz.Core.Optics;
using DfxrmViz.Core.Orientation;
using DfxrmViz.Core.Planning;
using DfxrmViz.Core.Scattering;
using DfxrmViz.Export.Pdf.Logbook;
using DfxrmViz.Export.Pdf.Model;
using static DfxrmViz.Export.Pdf.Logbook.ReportNumbers;

namespace DfxrmViz.Export.Tests.Pdf;

/// <summary>Logbook data computed with today's Core, so the layout meets real numbers, table lengths and edge positions:
/// <see cref="Default"/> is the example plan (LiNbO3 at 17 keV, 5000 × 5000 × 150 µm, ID06 lens at d_tot′ = 5 m) with the app's
/// default reflection (strongest |F|²) and mount (up = its Q); <see cref="Example"/> is Plan.Example as it stands ((1 −1 2),
/// up (0 0 1), front (−1 −1 0)), which the ESRF χ limit blocks. The verdict sentences are made here from those numbers; the
/// plan pipeline will supply its own.</summary>
internal static class LiNbO3Logbook
{
    public const string Url = "https://dfxrmviz.example.org/p/Lq7Zr2Wc9XbN4kPa0sYtE";

    public static LogbookReportData Default() => Data(Plan.Example with { Hkl = null, Up = null, Front = null });

    public static LogbookReportData Example() => Data(Plan.Example);

    private static LogbookReportData Data(Plan plan)
    {
        var crystal = CrystalLibrary.Load("LiNbO3");
        var summary = CrystalSummary.Of(crystal);
        var material = AbsorbingMaterial.Create(summary.AtomsPerCellByElement, summary.VolumeA3);
        var energy = plan.EnergyKeV;
        var thickness = plan.SampleUm.Thickness;
        var length = Attenuation.LengthUm(material, energy);
        var transmission = Attenuation.TransmissionAtLength(length, thickness);
        var instrument = InstrumentProfiles.Get(plan.Instrument);
        var table = ReflectionCalculator.Compute(crystal, energy, instrument.TwoThetaMinDeg.Value, instrument.TwoThetaMaxDeg.Value);
        var profile = GoniometerProfiles.Get(plan.Goniometer);
        var hkl = plan.Hkl ?? table.DefaultReflection!.Hkl;
        var orientation = OrientationCalculator.Compute(crystal.Cell, (hkl.H, hkl.K, hkl.L), energy,
            new OrientationInputs(plan.Up, plan.Front, Sample: new SampleBoxUm(plan.SampleUm.Height, plan.SampleUm.Width, thickness),
                AttenuationLengthUm: length), profile);
        var lensFile = LensFileReader.ReadBuiltin("id06");
        var lens = LensCalculator.Compute(lensFile, new LensRequest(energy, orientation.TwoThetaDeg, null, 5000), AtomicOpticsData.XrayDb);
        var chosen = orientation.Solutions.ChosenIndex;
        return new LogbookReportData(
            $"DFXM plan: {summary.Name} {Hkl(hkl.H, hkl.K, hkl.L)} at {KeV(energy)} keV", SampleModels.Time, "0.9.0+pdf", Url,
            [
                new("Absorption", transmission * 100 >= plan.WarnBelowPercent ? "ok" : "warning",
                    $"{Percent(transmission)} of the beam passes {Fixed(thickness, "0.#")} µm at {KeV(energy)} keV (attenuation length {Significant(length)} µm)."),
                new("Reachability", chosen is null ? "problem" : "ok", chosen is null ? orientation.Solutions.Blocked!.Message
                    : $"{Hkl(hkl.H, hkl.K, hkl.L)} at 2θ = {Fixed(orientation.TwoThetaDeg, "0.0000")}°: solution {chosen + 1} lies inside every limit of {profile.Name}."),
                new("Mount", "unchecked", "No reflections found on the instrument yet: the orientation of the crystal on the mount is assumed, not checked."),
            ],
            [.. instrument.Limits.Where(l => l.Limit.Assumption && l.Field.StartsWith("twoTheta", StringComparison.Ordinal))
                .Select(l => $"{instrument.Name}: {l.Field} = {Fixed(l.Limit.Value, "0.###")} is an assumption. {l.Limit.Note}")],
            Inputs(plan, instrument, profile, hkl),
            Crystal(summary),
            Absorption(material, energy, thickness, length, transmission, plan.WarnBelowPercent),
            Geometry(orientation, profile, hkl),
            Reflections(table, crystal.Cell, energy, orientation.Mount, profile, hkl, plan.Hkl is null),
            Lens(lens, lensFile),
            []);
    }

    private static List<KeyValuePair<string, string>> Inputs(Plan plan, InstrumentProfile instrument, GoniometerProfile profile, Hkl hkl) =>
    [
        new("Crystal", "LiNbO3 (built in, COD 1541936)"), new("Energy", KeV(plan.EnergyKeV) + " keV"),
        new("Sample (h × w × t)", $"{plan.SampleUm.Height} × {plan.SampleUm.Width} × {plan.SampleUm.Thickness} µm"),
        new("Cross sections", "Elam, total"), new("Warn below", Fixed(plan.WarnBelowPercent, "0.##") + " %"),
        new("Instrument", instrument.Name), new("2θ window", $"{instrument.TwoThetaMinDeg.Value}° – {instrument.TwoThetaMaxDeg.Value}° (instrument's)"),
        new("f′ + if″", plan.Anomalous ? "on (Chantler)" : "off"), new("f0", "IT92"),
        new("Reflection", plan.Hkl is null ? $"default: {Hkl(hkl.H, hkl.K, hkl.L)}, strongest |F|²" : Hkl(hkl.H, hkl.K, hkl.L)),
        new("Up", plan.Up is { } up ? Vector(up) : "Q of the reflection"), new("Front", plan.Front is { } f ? Vector(f) : "the frame-independent default"),
        new("Beam rule", "exit surface"), new("Goniometer", profile.Name), new("Fixed axis", "profile default (μ = θ)"),
        new("Solution", "default"), new("Lens", "ID06 (built in)"), new("d_tot′", "5000 mm"), new("Lens model", "thick"),
        new("Mount check", "none"),
    ];

    private static string Vector(LatticeVector v) =>
        $"({Fixed(v.Indices.X, "0.###")} {Fixed(v.Indices.Y, "0.###")} {Fixed(v.Indices.Z, "0.###")}) {(v.Kind == LatticeVectorKind.Plane ? "plane normal" : "direction")}";

    private static CrystalNumbers Crystal(CrystalSummary s) => new(s.Name, s.FormulaSum, s.HermannMauguin, s.Number,
        s.CrystalSystem.ToString(), s.PointGroup, s.IsCentrosymmetric, s.Z, s.Cell.AA, s.Cell.BA, s.Cell.CA, s.Cell.AlphaDeg, s.Cell.BetaDeg,
        s.Cell.GammaDeg, s.VolumeA3, s.DensityGcm3, string.Join(", ", s.AtomsPerCell.Select(p => $"{p.Key} {Fixed(p.Value, "0.###")}")),
        "COD 1541936");

    private static AbsorptionNumbers Absorption(AbsorbingMaterial m, double energy, double thickness, double length, double t, double warn)
    {
        var curve = AttenuationCurve.Compute(m);
        var maxUm = Math.Max(4 * length, 1.25 * thickness); // as the page's transmission plot (TransmissionPlot.razor)
        return new AbsorptionNumbers(energy, thickness, length, t, warn, "Elam (XrayDB 4.4.7), total",
            [.. curve.EnergiesKeV.Zip(curve.AttenuationLengthsUm, (e, l) => new PlotPoint(e, l))],
            [.. curve.Edges.Select(e => new EdgeMark(e.Name, e.EnergyKeV))],
            [.. Enumerable.Range(1, 300).Select(i => maxUm * i / 300).Select(x => new PlotPoint(x, Attenuation.TransmissionAtLength(length, x)))]);
    }

    private static GeometryNumbers Geometry(OrientationResult o, GoniometerProfile profile, Hkl hkl)
    {
        var set = o.Solutions;
        var fixedText = set.Fixed is { } f ? $"**{profile.Axes[profile.IndexOf(f.Key)].Name} ({f.Key})** held at {Fixed(f.Value, "0.0000")}° (= θ: DFXM practice, Q on the ω axis); the other axes are solved." : null;
        return new GeometryNumbers(hkl.H, hkl.K, hkl.L, o.TwoThetaDeg, o.DA, profile.Name, [.. profile.Axes.Select(a => $"{a.Name} ({a.AsciiName})")],
            fixedText,
            [.. set.Solutions.Select(s => new SolutionLine([.. s.AnglesDeg.Select(a => a.Value)], s.WithinLimits,
                [.. profile.Axes.Where((a, j) => !a.Limits.Contains(s.AnglesDeg[j].Value)).Select(a => a.Name)], s.Residual, s.MotionDeg))],
            set.ChosenIndex, false, set.Blocked?.Message,
            [
                new("Path in / out", o.BeamPathUm is { } p ? $"{Fixed(p.Incident, "0.0")} / {Fixed(p.Diffracted, "0.0")} µm" : "—"),
                new("Transmission along the path", o.Transmission is double t ? Percent(t) : "—"),
            ]);
    }

    private static ReflectionNumbers Reflections(ReflectionTable table, UnitCell cell, double energy, SampleMount mount, GoniometerProfile profile,
        Hkl hkl, bool isDefault)
    {
        var reach = Reachability.Evaluate(cell, table.Rows.Select(r => (r.Hkl.H, r.Hkl.K, r.Hkl.L)), energy, mount, profile,
            table.TwoThetaMinDeg, table.TwoThetaMaxDeg);
        var names = profile.Axes.ToDictionary(a => a.AsciiName, a => a.Name);
        string Short(ReachabilityRow r) => r.Reachable ? "yes"
            : r.Blocked is { } b ? $"no: {names.GetValueOrDefault(b.AxisAsciiName, b.AxisAsciiName)} limit, {Fixed(b.ExcessDeg, "0.#")}° beyond"
            : "no: " + r.Reason;
        var selected = table.Find(hkl);
        return new ReflectionNumbers(
            [.. table.Rows.Select((r, i) => new ReflectionLine(r.Hkl.H, r.Hkl.K, r.Hkl.L, r.DA, r.TwoThetaDeg, r.F2, r.RelativeIntensityPercent,
                r.Multiplicity, Short(reach[i])))],
            selected is null ? null : table.Rows.IndexOf(selected), isDefault, table.WavelengthA, table.TwoThetaMinDeg, table.TwoThetaMaxDeg,
            "f0 IT92, f′ + if″ Chantler (XrayDB 4.4.7), anisotropic Debye–Waller factor where the CIF gives one");
    }

    private static LensNumbers Lens(LensResult r, LensFile file) => new("ID06 (built in)", r.Model == LensModel.Thick ? "thick" : "thin",
        r.TwoThetaDeg, r.D1Mm, r.DLMm, r.D2Mm, r.DTotMm, r.DTotPrimeMm, r.Magnification, r.FocalLengthMm, r.FocalLengthPerLensletMm,
        r.DeltaLens, r.BetaLens, r.MountPointMm.X, r.MountPointMm.Y, r.Transmission, r.EffectiveApertureRmsUm, r.NumericalApertureRms,
        r.LensletPositionsMm);
}
