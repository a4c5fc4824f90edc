using System.Text.Json.Nodes;
using DfxrmViz.Core.Orientation;
using DfxrmViz.Core.Scattering;
using static DfxrmViz.Core.Planning.NumberText;

namespace DfxrmViz.Core.Planning.Stages;

/// <summary>The three pre-flight checks — the three ways beamtime is lost (too much absorption, an unreachable reflection, a
/// mount that is not what was assumed) — each with a status, a sentence and a JSON merge patch (RFC 7386) of the plan that,
/// applied, changes the status: the thickness or energy that passes along the real beam path (<see cref="AbsorptionCheck"/>),
/// a strong reachable reflection near the planned one (<see cref="ReachableSuggestion"/>), the mount the found reflections show
/// (<see cref="MountPreflight"/>).</summary>
public static class Preflight
{
    /// <summary>The checks of one set of stage results.</summary>
    public static IReadOnlyList<PreflightCheck> Checks(Plan plan, LoadedCrystal crystal, StageResult<AbsorptionResult> absorption,
        StageResult<ReflectionTable> table, StageResult<SelectionResult> selection, StageResult<BraggResult> bragg,
        StageResult<PlannedOrientation> orientation, StageResult<ReachabilityTable> reach, StageResult<MountCheckResult>? mount, PlanWindow window)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return [AbsorptionCheck.Of(plan, crystal, absorption, orientation, selection.Value?.Hkl),
            Reachable(plan, crystal, table, selection, bragg, orientation, reach, window), MountPreflight.Of(plan, mount)];
    }

    private static PreflightCheck Reachable(Plan plan, LoadedCrystal crystal, StageResult<ReflectionTable> table, StageResult<SelectionResult> selection,
        StageResult<BraggResult> bragg, StageResult<PlannedOrientation> orientation, StageResult<ReachabilityTable> reach, PlanWindow window)
    {
        const string name = "reachability";
        if (orientation.IsPending || selection.IsPending)
        {
            return new(name, PreflightStatus.Unchecked, "Still computing the reflection table.", null);
        }
        // Searched only when the planned reflection fails: with up = Q each candidate needs its own mount.
        PreflightCheck Unreachable(string why) => (table.Value is { } t && reach.Value is { } r && selection.Value?.Hkl is { } h
            ? ReachableSuggestion.Find(t, r, OrientationKey.Of(plan, crystal, h)) : null) is not { } better
            ? new(name, PreflightStatus.Problem, why + (reach.IsPending ? " (looking for a reachable reflection…)" : ""), null)
            : new(name, PreflightStatus.Problem, $"{why.TrimEnd('.')}: {NumberText.Miller(better.Hkl)} at 2θ = {Fixed(better.TwoThetaDeg, "0.0")}° is the " +
                $"strongest reachable near it (|F|² = {Sig(better.F2)}).", HklPatch(better.Hkl))
            { SuggestionLabel = $"Use {NumberText.Miller(better.Hkl)}" };
        if (selection.Value is not { Hkl: { } hkl } s)
        {
            return new(name, PreflightStatus.Problem, selection.Problem?.Message ?? "No reflection is selected.", null);
        }
        if (bragg.Value is not { } planned)
        {
            var d = crystal.Crystal.Cell.DSpacingA(new Numerics.Vec3(hkl.H, hkl.K, hkl.L));
            var energy = Math.Ceiling(BraggWindow.MinEnergyKeV(d, window.MaxDeg) * 1.01 * 1000) / 1000;
            return new(name, PreflightStatus.Problem, bragg.Problem?.Message ?? "No Bragg angle.",
                new JsonObject { ["energyKeV"] = energy }.ToJsonString())
            { SuggestionLabel = $"Go to {KeV(energy)} keV" };
        }
        if (!s.Usable)
        {
            return Unreachable(s.Reason ?? $"{NumberText.Miller(hkl)} cannot be used.");
        }
        if (orientation.Value is not { } o)
        {
            return new(name, PreflightStatus.Problem, orientation.Problem?.Message ?? "No orientation.", null);
        }
        var solutions = o.Result.Solutions;
        if (o.Chosen is { WithinLimits: true } chosen)
        {
            return new(name, PreflightStatus.Ok, $"{NumberText.Miller(hkl)} at 2θ = {Fixed(planned.TwoThetaDeg, "0.00")}° is reachable: {Angles(o, chosen.AnglesDeg)}, every motor inside its limits.", null);
        }
        if (solutions.ChosenIndex is not null)
        {
            return new(name, PreflightStatus.Warning, $"The chosen solution of {NumberText.Miller(hkl)} leaves the motor limits; another one is inside them.",
                new JsonObject { ["solution"] = null }.ToJsonString())
            { SuggestionLabel = "Use the solution inside the limits" };
        }
        var why = solutions.Blocked?.Message ?? "No goniometer solution brings it into the Bragg condition.";
        return Unreachable($"{NumberText.Miller(hkl)} cannot be reached: {why}");
    }

    private static string HklPatch(Hkl h) => new JsonObject { ["hkl"] = new JsonArray(h.H, h.K, h.L), ["solution"] = null }.ToJsonString();

    private static string Angles(PlannedOrientation o, IReadOnlyList<KeyValuePair<string, double>> angles) =>
        string.Join(", ", angles.Select(kv => $"{o.Profile.Axes.FirstOrDefault(a => a.AsciiName == kv.Key)?.Name ?? kv.Key} = {Fixed(kv.Value, "0.####")}°"));
}
