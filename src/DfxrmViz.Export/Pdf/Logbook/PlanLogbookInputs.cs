using DfxrmViz.Core.Instruments;
using DfxrmViz.Core.Orientation;
using DfxrmViz.Core.Planning;
using DfxrmViz.Core.Planning.Stages;
using DfxrmViz.Core.Scattering;
using DfxrmViz.Core.XrayData;
using static DfxrmViz.Core.Planning.NumberText;

namespace DfxrmViz.Export.Pdf.Logbook;

/// <summary>Every field of a plan (docs/api.md "The plan") as label–value text, in the page's order; a field left to its
/// default says what the default came to.</summary>
public static class PlanLogbookInputs
{
    public static IReadOnlyList<KeyValuePair<string, string>> Of(Plan plan, LoadedCrystal crystal, PlanResults results)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(crystal);
        ArgumentNullException.ThrowIfNull(results);
        var instrument = InstrumentProfiles.Get(plan.Instrument);
        var window = PlanWindow.Of(plan);
        var selection = results.Selection.Value;
        var orientation = results.Orientation.Value;
        var s = plan.SampleUm;
        var lines = new List<KeyValuePair<string, string>>
        {
            new("Crystal", UserText.OneLine(LoadedCrystal.LabelOf(plan.Crystal)) + (plan.Crystal.Cif is { } cif ? $", CIF of {cif.Length} characters" : "")),
            new("Energy", KeV(plan.EnergyKeV) + " keV"),
            new("Sample (h × w × t)", $"{Plain(s.Height)} × {Plain(s.Width)} × {Plain(s.Thickness)} µm"),
            new("Cross sections", (plan.Table == AttenuationTable.Elam ? "Elam" : "Chantler") + (plan.Kind == AttenuationKind.Total ? ", total" : ", photoabsorption only")),
            new("Warn below", Plain(plan.WarnBelowPercent) + " %"),
            new("Instrument", instrument.Name),
            new("2θ window", $"{Plain(window.MinDeg)}° – {Plain(window.MaxDeg)}°" +
                (window.MinDeg == instrument.TwoThetaMinDeg.Value && window.MaxDeg == instrument.TwoThetaMaxDeg.Value ? " (instrument's)" : " (set by the user)")),
            new("f′ + if″", plan.Anomalous ? "on (Chantler)" : "off"),
            new("f0", plan.F0 == FormFactorTable.It92 ? "IT92" : "Waasmaier–Kirfel"),
            new("Reflection", plan.Hkl is { } h ? Miller(h)
                : selection?.Hkl is { } d ? $"default: {Miller(d)}, strongest |F|² in the window" : "default: none in the window"),
            new("Up", plan.Up is { } up ? Show(up) : "Q of the reflection"),
            new("Front", plan.Front is { } f ? Show(f)
                : orientation is { FrontIsDefault: true } o ? $"default: {Show(o.Result.Mount.Front)} (shortest lattice vector ⟂ up)" : "the frame-independent default"),
            new("Beam rule", plan.BeamRule switch
            {
                BeamRule.ExitSurface => "exit surface",
                BeamRule.ShortestPath => "shortest path",
                _ => "beam-exit direction " + (plan.BeamExit is { } e ? Show(e) : "(not given)"),
            }),
            new("Azimuth about Q", Plain(plan.AzimuthDeg) + "°"),
            new("Goniometer", orientation?.Profile.Name ?? plan.Goniometer),
        };
        lines.AddRange(plan.LimitsDeg.Select(l => new KeyValuePair<string, string>($"Limits of {l.Key}", $"{Plain(l.Value.MinDeg)}° – {Plain(l.Value.MaxDeg)}° (set by the user)")));
        lines.Add(new("Fixed axis", plan.FixedAxis is { } fa ? fa.Axis + " at " + (fa.ValueDeg is double v ? Plain(v) + "°" : "θ") : "profile default"));
        lines.Add(new("Solution", plan.Solution is int i ? $"#{i + 1} (chosen)" : "default (least motion inside the limits)"));
        lines.Add(new("Mount check", plan.MountCheck is { } m
            ? $"{m.Found.Count} found reflection(s), tolerance {Plain(m.ToleranceDeg)}°: " + string.Join("; ", m.Found.Select(Found))
            : "none"));
        lines.Add(new("Lens", plan.Lens is null ? "none" : LensName(plan.Lens)));
        if (plan.Lens is not null)
        {
            lines.Add(new(plan.Distance.Projected ? "d_tot′" : "d_tot", Plain(plan.Distance.Mm) + " mm"));
            lines.Add(new("Lens model", plan.LensModel == Core.Optics.LensModel.Thick ? "thick (every lenslet and gap)" : "thin"));
            lines.Add(new("Aperture radius R0", plan.ApertureRadiusUm is double r ? Plain(r) + " µm" : "not given"));
            lines.Add(new("Web thickness", plan.WebThicknessUm is double w ? Plain(w) + " µm" : "not given"));
        }
        lines.Add(new("3D view", View(plan.View)));
        return lines;
    }

    /// <summary>"ID06 (built in)" or the uploaded file's name (on one line: <see cref="UserText.OneLine"/>).</summary>
    public static string LensName(LensSource lens)
    {
        ArgumentNullException.ThrowIfNull(lens);
        return lens.Builtin is { } id ? $"{(id == "id06" ? "ESRF ID06" : id)} (built in)"
            : UserText.OneLine(lens.FileName ?? "uploaded .lens file") + " (uploaded)";
    }

    /// <summary>"plane (1 −1 2)" or "direction [1 1 0]", as the page's vector fields.</summary>
    public static string Show(LatticeVector v)
    {
        ArgumentNullException.ThrowIfNull(v);
        return v.Kind == LatticeVectorKind.Plane ? $"plane ({Indices(v.Indices)})" : $"direction [{Indices(v.Indices)}]";
    }

    private static string Found(FoundReflectionPlan f) =>
        Miller(f.Hkl) + " at " + string.Join(", ", f.AnglesDeg.Select(a => $"{a.Key} {Plain(a.Value)}°"));

    private static string View(ViewOptions v)
    {
        var shown = new[] { (v.ShowCell, "cell"), (v.ShowBeams, "beams"), (v.ShowLens, "lens"), (v.ShowGoniometer, "goniometer"), (v.ShowLabels, "labels") }
            .Where(x => x.Item1).Select(x => x.Item2);
        return $"{(v.Projection == Projection.Orthographic ? "orthographic" : "perspective")}; shows {string.Join(", ", shown)}; sample scale {Plain(v.SampleScale)}" +
            (v.Camera is null ? "; default camera" : "; camera as the user left it");
    }
}
