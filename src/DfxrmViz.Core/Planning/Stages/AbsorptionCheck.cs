using System.Text.Json.Nodes;
using DfxrmViz.Core.Absorption;
using DfxrmViz.Core.Diagnostics;
using DfxrmViz.Core.Orientation;
using static DfxrmViz.Core.Planning.NumberText;

namespace DfxrmViz.Core.Planning.Stages;

/// <summary>The absorption pre-flight check along the real beam path of the chosen geometry: L_in + L_out from the sample centre
/// (docs/physics.md §3 "Path through the sample box"), T = exp(−(L_in + L_out)/L), against the plan's warning threshold. Its
/// suggestions are searched, not solved from a formula: the thickness by bisection on the path through the box, the energy on
/// the transmission curve inside edge-free windows, with the geometry recomputed at the new energy.</summary>
public static class AbsorptionCheck
{
    /// <summary>Transmission below which the check is a problem rather than a warning: practically nothing gets through.</summary>
    public const double NothingThrough = 1e-6;

    private const string Name = "absorption";

    /// <summary>The check for <paramref name="plan"/> with the absorption and orientation stages of its results.</summary>
    public static PreflightCheck Of(Plan plan, LoadedCrystal crystal, StageResult<AbsorptionResult> absorption, StageResult<PlannedOrientation> orientation,
        Scattering.Hkl? hkl)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(crystal);
        ArgumentNullException.ThrowIfNull(absorption);
        ArgumentNullException.ThrowIfNull(orientation);
        if (absorption.Value is not { } a || crystal.Material is not { } material)
        {
            return new(Name, PreflightStatus.Problem, $"No attenuation at this energy: {absorption.Problem?.Message ?? crystal.MaterialProblem?.Message}", null);
        }
        var o = orientation.Value;
        var path = PathUm(o, plan.SampleUm.Thickness);
        var t = BeamPath.Transmission(path, a.AttenuationLengthUm);
        var warn = a.WarnBelow;
        var where = o?.Result.BeamPathUm is { } bp
            ? $"its {Sig(path)} µm path in this geometry ({Sig(bp.Incident)} µm in + {Sig(bp.Diffracted)} µm out from the centre of the {Plain(plan.SampleUm.Thickness)} µm thick sample)"
            : $"{Plain(plan.SampleUm.Thickness)} µm (the sample thickness at normal incidence: the beam geometry is not known yet)";
        var head = $"{Percent(t)} of the beam gets through {where} at {KeV(plan.EnergyKeV)} keV";
        if (t >= warn)
        {
            return new(Name, PreflightStatus.Ok, $"{head}: above your {Plain(warn * 100)} % limit.", null);
        }
        var thinner = ThinnerUm(o, plan.SampleUm.Thickness, a.AttenuationLengthUm, warn);
        var higher = HigherEnergyKeV(plan, crystal, hkl, material, o, path, warn);
        var options = new List<string>();
        if (thinner is double th)
        {
            options.Add($"thin the sample to ≤ {Plain(th)} µm");
        }
        if (higher is double e)
        {
            options.Add($"go to ≥ {KeV(e)} keV");
        }
        var advice = options.Count == 0 ? "no thinner sample or higher energy in the table's range helps" : string.Join(" or ", options);
        var status = t < NothingThrough ? PreflightStatus.Problem : PreflightStatus.Warning;
        return new PreflightCheck(Name, status, $"{head}, below your {Plain(warn * 100)} % limit: {advice}.",
            thinner is double t2 ? Patch(new JsonObject { ["sampleUm"] = new JsonObject { ["thickness"] = t2 } }) : Energy(higher))
        {
            SuggestionLabel = thinner is double t3 ? $"Thin to {Plain(t3)} µm" : higher is double e2 ? $"Go to {KeV(e2)} keV" : null,
            AlternativeJson = thinner is not null ? Energy(higher) : null,
            AlternativeLabel = thinner is not null && higher is double e3 ? $"Go to {KeV(e3)} keV" : null,
        };
    }

    /// <summary>L_in + L_out from the sample centre in the planned geometry, or the slab thickness when there is no geometry.</summary>
    public static double PathUm(PlannedOrientation? o, double thicknessUm) =>
        o?.Result.BeamPathUm is { } bp ? bp.Incident + bp.Diffracted : thicknessUm;

    /// <summary>The largest thickness (two significant digits, rounded down) whose path with the same beams transmits ≥ warn;
    /// the path is monotone in the thickness, so bisection finds it whether the thickness faces or the side walls bound it.</summary>
    public static double? ThinnerUm(PlannedOrientation? o, double thicknessUm, double lengthUm, double warn)
    {
        double T(double thickness) => BeamPath.Transmission(o is null ? thickness : PathAt(o, thickness), lengthUm);
        if (T(thicknessUm * 1e-6) < warn)
        {
            return null; // the side walls alone absorb too much: thinning does not help
        }
        double lo = 0, hi = thicknessUm;
        for (var i = 0; i < 60; i++)
        {
            var mid = (lo + hi) / 2;
            if (T(mid) >= warn) { lo = mid; } else { hi = mid; }
        }
        var rounded = RoundDown2(lo);
        return rounded > 0 && T(rounded) >= warn ? rounded : null;
    }

    /// <summary>The nearest energy ≥ the plan's (rounded up to 0.1 keV where that stays in the same edge-free window) at which the
    /// path, recomputed with the geometry of <paramref name="hkl"/> at that energy (2θ changes with E), transmits ≥ warn.</summary>
    public static double? HigherEnergyKeV(Plan plan, LoadedCrystal crystal, Scattering.Hkl? hkl, AbsorbingMaterial material, PlannedOrientation? o, double pathUm, double warn)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var (_, maxKeV) = PlotRanges.Attenuation(plan.EnergyKeV, plan.Table);
        var start = plan.EnergyKeV;
        for (var round = 0; round < 6; round++)
        {
            var found = TransmissionAdvice.EnergyForTransmission(material, pathUm, warn, start, SearchDirection.Up, plan.Table, plan.Kind, plan.EnergyKeV, maxKeV);
            if (found is null)
            {
                return null;
            }
            var up = Math.Ceiling(found.EnergyKeV * 10 - 1e-9) / 10;
            var e = up <= found.WindowMaxKeV ? up : Math.Ceiling(found.EnergyKeV * 1000) / 1000;
            var newPath = o is null ? pathUm : PathAtEnergy(plan, crystal, hkl, e) ?? pathUm;
            if (BeamPath.Transmission(newPath, Attenuation.LengthUm(material, e, plan.Table, plan.Kind)) >= warn)
            {
                return e;
            }
            (start, pathUm) = (e, Math.Max(newPath, pathUm));
        }
        return null;
    }

    private static double PathAt(PlannedOrientation o, double thicknessUm)
    {
        var box = o.Sample with { ThicknessUm = thicknessUm };
        var (lin, lout) = BeamPath.FromCentreUm(box, o.Result.K0SampleInvA, o.Result.KhSampleInvA);
        return lin + lout;
    }

    private static double? PathAtEnergy(Plan plan, LoadedCrystal crystal, Scattering.Hkl? hkl, double energyKeV)
    {
        if (hkl is not { } h)
        {
            return null;
        }
        try
        {
            var o = OrientationStage.Compute(OrientationKey.Of(plan with { EnergyKeV = energyKeV }, crystal, h));
            return o.Result.BeamPathUm is { } bp ? bp.Incident + bp.Diffracted : null;
        }
        catch (InputException)
        {
            return null; // no geometry at that energy: the path at the plan's energy stands
        }
    }

    private static string? Energy(double? e) => e is double v ? Patch(new JsonObject { ["energyKeV"] = v }) : null;

    private static string Patch(JsonObject o) => o.ToJsonString();

    /// <summary>Two significant digits, rounded down (a thinner sample than needed is on the safe side).</summary>
    private static double RoundDown2(double v)
    {
        if (v <= 0)
        {
            return 0;
        }
        var scale = Math.Pow(10, Math.Floor(Math.Log10(v)) - 1);
        return Math.Round(Math.Floor(v / scale) * scale, 6);
    }
}
