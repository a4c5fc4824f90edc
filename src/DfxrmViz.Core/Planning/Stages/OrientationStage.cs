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
        RequireAzimuthSupported(k.AzimuthDeg);
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
            FixedAxis: k.Fixed is { } f ? new FixedAxis(f.Axis, f.ValueDeg) : null);
        var result = OrientationCalculator.Compute(k.Crystal.Crystal.Cell, (k.Hkl.H, k.Hkl.K, k.Hkl.L), k.EnergyKeV, inputs, profile);
        var count = result.Solutions.Solutions.Count;
        var byUser = k.Solution is int s && s < count;
        var solutionNote = k.Solution is int t && t >= count
            ? $"The plan picks solution {t + 1}, but this reflection has {count}; the default is shown." : null;
        return new PlannedOrientation(result, profile, sample, attenuation, note, k.Up is null, k.Front is null,
            byUser ? k.Solution : result.Solutions.ChosenIndex, byUser, BeamRuleText(result), tableShort, inputs, solutionNote);
    }

    /// <summary>The one place where the plan's <c>azimuthDeg</c> meets Core: today's <see cref="OrientationCalculator"/> has no
    /// azimuth input, so a non-zero azimuth is refused as a stated problem of this stage rather than silently ignored.</summary>
    public static void RequireAzimuthSupported(double azimuthDeg)
    {
        if (azimuthDeg != 0)
        {
            throw new InputException(new InputProblem("azimuthDeg",
                "Turning the scattering plane about Q (azimuthDeg ≠ 0) is not available in this version; set azimuthDeg to 0."));
        }
    }

    /// <summary>How the beam-exit direction was chosen, in words that say what the option really does (docs/physics.md §6).</summary>
    public static string BeamRuleText(OrientationResult r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return r.BeamExitRule switch
        {
            BeamExitRule.Given => "The beams lie in the plane of Q and the beam-exit direction you gave, leaving towards it.",
            BeamExitRule.ShortestPath => "The azimuth of the beams about Q is the one with the shortest total path L_in + L_out from the sample centre.",
            _ => "The beams lie in the plane of Q and the exit-surface normal and leave through the exit surface (the old tool's “minimise beam path”; " +
                 "no path is actually minimised)" +
                 (r.QSampleInvA.Normalized().Cross(r.UpSample).Norm < 1e-9 ? ": with up = Q this is symmetric Laue through the thickness." : "."),
        };
    }

    /// <summary>The mount check with the plan's found reflections; the one place where their number meets Core, whose
    /// <see cref="MountCheck"/> takes one or two (a least-squares fit from more is not in this version).</summary>
    /// <exception cref="InputException">more than two found reflections, or a refusal of the check (inconsistent pair, …).</exception>
    public static MountCheckResult CheckMount(PlannedOrientation o, LoadedCrystal crystal, double energyKeV, MountCheckPlan check, Hkl planned)
    {
        ArgumentNullException.ThrowIfNull(o);
        ArgumentNullException.ThrowIfNull(crystal);
        ArgumentNullException.ThrowIfNull(check);
        if (check.Found.Count > 2)
        {
            throw new InputException(new InputProblem("mountCheck.found[2]",
                $"This version determines the orientation from one or two found reflections; {check.Found.Count} are given. " +
                "Keep the two that are furthest apart (a least-squares fit from more is not available yet)."));
        }
        static FoundReflection Core(FoundReflectionPlan f) => new((f.Hkl.H, f.Hkl.K, f.Hkl.L), f.AnglesDeg);
        return MountCheck.Check(crystal.Crystal.Cell, energyKeV, o.Profile, o.Result.Mount, Core(check.Found[0]),
            check.Found.Count > 1 ? Core(check.Found[1]) : null, check.ToleranceDeg, (planned.H, planned.K, planned.L), o.Inputs);
    }
}
