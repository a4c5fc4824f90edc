using DfxrmViz.Core.Absorption;
using DfxrmViz.Core.Diagnostics;
using DfxrmViz.Core.Goniometer;
using DfxrmViz.Core.Orientation;
using DfxrmViz.Core.Scattering;
using DfxrmViz.Core.XrayData;

namespace DfxrmViz.Core.Planning.Stages;

/// <summary>The inputs of the orientation stage (value-equal: the stage is memoized on them).</summary>
public sealed record OrientationKey(LoadedCrystal Crystal, Hkl Hkl, double EnergyKeV, LatticeVector? Up, LatticeVector? Front,
    LatticeVector? BeamExit, BeamRule Rule, double AzimuthDeg, string Goniometer, ValueMap<AxisRangeDeg> Limits, FixedAxisPlan? Fixed,
    SampleSizeUm Sample, AttenuationTable Table, AttenuationKind Kind, int? Solution)
{
    /// <summary>The orientation inputs of <paramref name="plan"/> for reflection <paramref name="hkl"/>.</summary>
    public static OrientationKey Of(Plan plan, LoadedCrystal crystal, Hkl hkl) => new(crystal, hkl, plan.EnergyKeV, plan.Up, plan.Front,
        plan.BeamExit, plan.BeamRule, plan.AzimuthDeg, plan.Goniometer, plan.LimitsDeg, plan.FixedAxis, plan.SampleUm, plan.Table,
        plan.Kind, plan.Solution);
}

/// <summary>Orientation stage: the plan's mount, beam rule and goniometer → Core's <see cref="OrientationCalculator"/>, with the
/// attenuation length from the plan's table and kind (docs/physics.md §3, §6, §7).</summary>
public static class OrientationStage
{
    /// <summary>Runs the stage.</summary>
    /// <exception cref="InputException">a refusal of Core (no Bragg angle, front ∥ up, …) or an input this build cannot take.</exception>
    public static PlannedOrientation Compute(OrientationKey k)
    {
        ArgumentNullException.ThrowIfNull(k);
        var profile = PlanGoniometer.Profile(k.Goniometer, k.Limits);
        var sample = new SampleBoxUm(k.Sample.Height, k.Sample.Width, k.Sample.Thickness);
        double? attenuation = null;
        string? note = null;
        var tableShort = (k.Table == AttenuationTable.Elam ? "Elam" : "Chantler") + (k.Kind == AttenuationKind.Total ? ", total" : ", photoabsorption only");
        try
        {
            attenuation = k.Crystal.Material is { } m ? Attenuation.LengthUm(m, k.EnergyKeV, k.Table, k.Kind)
                : throw new InputException(k.Crystal.MaterialProblem!);
        }
        catch (InputException ex)
        {
            note = $"No transmission: {ex.Problem.Message}";
        }
        var inputs = new OrientationInputs(k.Up, k.Front, k.Rule == BeamRule.Direction ? k.BeamExit : null, MinimiseBeamPath: true,
            OptimiseBeamPath: k.Rule == BeamRule.ShortestPath, Sample: sample, AttenuationLengthUm: attenuation,
            FixedAxis: k.Fixed is { } f ? new FixedAxis(f.Axis, f.ValueDeg) : null, AzimuthDeg: k.AzimuthDeg);
        var result = OrientationCalculator.Compute(k.Crystal.Crystal.Cell, (k.Hkl.H, k.Hkl.K, k.Hkl.L), k.EnergyKeV, inputs, profile);
        var count = result.Solutions.Solutions.Count;
        var byUser = k.Solution is int s && s < count;
        var solutionNote = k.Solution is int t && t >= count
            ? $"The plan picks solution {t + 1}, but this reflection has {count}; the default is shown." : null;
        return new PlannedOrientation(result, profile, sample, attenuation, note, k.Up is null, k.Front is null,
            byUser ? k.Solution : result.Solutions.ChosenIndex, byUser, BeamRuleText(result), tableShort, inputs, solutionNote);
    }

    /// <summary>How the beam-exit direction was chosen, in words that say what the option really does (docs/physics.md §6).</summary>
    public static string BeamRuleText(OrientationResult r)
    {
        ArgumentNullException.ThrowIfNull(r);
        if (r.AzimuthFree)
        {
            return "Q is parallel to the beam-exit direction (planes parallel to the exit surface: symmetric Bragg), so the plane of the beams " +
                   $"is free to turn about Q: it is the plane of Q and the sample's up axis, turned by azimuthDeg = {NumberText.Plain(r.AzimuthDeg)}° about Q.";
        }
        var unused = r.AzimuthDeg != 0 ? $" azimuthDeg = {NumberText.Plain(r.AzimuthDeg)}° is not used: the beam rule fixes the plane." : "";
        return r.BeamExitRule switch
        {
            BeamExitRule.Given => "The beams lie in the plane of Q and the beam-exit direction you gave, leaving towards it." + unused,
            BeamExitRule.ShortestPath => "The azimuth of the beams about Q is the one with the shortest total path L_in + L_out from the sample centre." + unused,
            _ => "The beams lie in the plane of Q and the exit-surface normal and leave through the exit surface (the old tool's “minimise beam path”; " +
                 "no path is actually minimised)" +
                 (r.QSampleInvA.Normalized().Cross(r.UpSample).Norm < 1e-9 ? ": with up = Q this is symmetric Laue through the thickness." : ".") + unused,
        };
    }

    /// <summary>The mount check with every found reflection of the plan (docs/physics.md §6 "Mount check"); the misorientation
    /// axis is also given in the lab with the motors at the planned solution.</summary>
    /// <exception cref="InputException">a refusal of the check (all parallel, inconsistent pair, missing angle, …).</exception>
    public static MountCheckResult CheckMount(PlannedOrientation o, LoadedCrystal crystal, double energyKeV, MountCheckPlan check, Hkl planned)
    {
        ArgumentNullException.ThrowIfNull(o);
        ArgumentNullException.ThrowIfNull(crystal);
        ArgumentNullException.ThrowIfNull(check);
        var found = check.Found.Select(f => new FoundReflection((f.Hkl.H, f.Hkl.K, f.Hkl.L), f.AnglesDeg)).ToList();
        var result = MountCheck.Check(crystal.Crystal.Cell, energyKeV, o.Profile, o.Result.Mount, found, check.ToleranceDeg,
            (planned.H, planned.K, planned.L), o.Inputs);
        return o.Chosen is { } s
            ? result with { MisorientationAxisLab = o.Profile.Rotation([.. s.AnglesDeg.Select(a => Frames.Rad(a.Value))]) * result.MisorientationAxisSample }
            : result;
    }
}
