using System.Text.Json.Nodes;
using DfxrmViz.Core.Orientation;
using DfxrmViz.Core.Scattering;
using static DfxrmViz.Core.Planning.NumberText;

namespace DfxrmViz.Core.Planning.Stages;

/// <summary>The three pre-flight checks — the three ways beamtime is lost (too much absorption, an unreachable reflection, a
/// mount that is not what was assumed) — each with a status, a sentence and a JSON merge patch (RFC 7386) of the plan that,
/// applied, changes the status. The suggestions are simple computed ones (a thinner sample, the strongest reachable
/// reflection, the mount the found reflections show).</summary>
public static class Preflight
{
    /// <summary>Transmission below which the absorption check is a problem rather than a warning: practically nothing gets through.</summary>
    public const double NothingThrough = 1e-6;

    /// <summary>The checks of one set of stage results.</summary>
    public static IReadOnlyList<PreflightCheck> Checks(Plan plan, LoadedCrystal crystal, StageResult<AbsorptionResult> absorption,
        StageResult<ReflectionTable> table, StageResult<SelectionResult> selection, StageResult<BraggResult> bragg,
        StageResult<PlannedOrientation> orientation, StageResult<ReachabilityTable> reach, StageResult<MountCheckResult>? mount, PlanWindow window)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return [Absorption(absorption), Reachable(plan, crystal, table, selection, bragg, orientation, reach, window), Mount(plan, mount)];
    }

    private static PreflightCheck Absorption(StageResult<AbsorptionResult> a)
    {
        const string name = "absorption";
        if (a.Value is not { } v)
        {
            return new(name, PreflightStatus.Problem, $"No attenuation at this energy: {a.Problem?.Message}", null);
        }
        if (!v.Verdict.IsWarning)
        {
            return new(name, PreflightStatus.Ok, v.Verdict.Headline, null);
        }
        var patch = v.Verdict.ThinnerUm is double t && t > 0
            ? new JsonObject { ["sampleUm"] = new JsonObject { ["thickness"] = RoundDown(t) } }.ToJsonString() : null;
        return new(name, v.Transmission < NothingThrough ? PreflightStatus.Problem : PreflightStatus.Warning,
            v.Verdict.Headline + " " + string.Join(" ", v.Verdict.Advice), patch);
    }

    private static PreflightCheck Reachable(Plan plan, LoadedCrystal crystal, StageResult<ReflectionTable> table, StageResult<SelectionResult> selection,
        StageResult<BraggResult> bragg, StageResult<PlannedOrientation> orientation, StageResult<ReachabilityTable> reach, PlanWindow window)
    {
        const string name = "reachability";
        if (orientation.IsPending || selection.IsPending)
        {
            return new(name, PreflightStatus.Unchecked, "Still computing the reflection table.", null);
        }
        string? Better() => table.Value is { } t && reach.Value is { } r && selection.Value?.Hkl is { } h
            && Selections.StrongestReachable(t, r, OrientationKey.Of(plan, crystal, h)) is { } best ? HklPatch(best) : null;
        if (selection.Value is not { Hkl: { } hkl } s)
        {
            return new(name, PreflightStatus.Problem, selection.Problem?.Message ?? "No reflection is selected.", null);
        }
        if (bragg.Value is null)
        {
            var d = crystal.Crystal.Cell.DSpacingA(new Numerics.Vec3(hkl.H, hkl.K, hkl.L));
            var energy = Math.Ceiling(BraggWindow.MinEnergyKeV(d, window.MaxDeg) * 1.01 * 1000) / 1000;
            return new(name, PreflightStatus.Problem, bragg.Problem?.Message ?? "No Bragg angle.",
                new JsonObject { ["energyKeV"] = energy }.ToJsonString());
        }
        if (!s.Usable)
        {
            return new(name, PreflightStatus.Problem, s.Reason ?? $"{NumberText.Miller(hkl)} cannot be used.", Better());
        }
        if (orientation.Value is not { } o)
        {
            return new(name, PreflightStatus.Problem, orientation.Problem?.Message ?? "No orientation.", null);
        }
        var solutions = o.Result.Solutions;
        if (o.Chosen is { WithinLimits: true } chosen)
        {
            return new(name, PreflightStatus.Ok, $"{NumberText.Miller(hkl)} is reachable: {Angles(o, chosen.AnglesDeg)}, every motor inside its limits.", null);
        }
        if (solutions.ChosenIndex is not null)
        {
            return new(name, PreflightStatus.Warning, $"The chosen solution of {NumberText.Miller(hkl)} leaves the motor limits; another one is inside them.",
                new JsonObject { ["solution"] = null }.ToJsonString());
        }
        var why = solutions.Blocked?.Message ?? "No goniometer solution brings it into the Bragg condition.";
        return new(name, PreflightStatus.Problem, $"{NumberText.Miller(hkl)} cannot be reached: {why}", Better());
    }

    private static PreflightCheck Mount(Plan plan, StageResult<MountCheckResult>? mount)
    {
        const string name = "mount";
        if (mount is null)
        {
            return new(name, PreflightStatus.Unchecked, "Not checked: enter the reflections you found on the instrument (one or more), with their motor angles.", null);
        }
        if (mount.Value is not { } m)
        {
            return new(name, mount.IsPending ? PreflightStatus.Unchecked : PreflightStatus.Problem,
                mount.IsPending ? "Still computing." : $"The mount check could not run: {mount.Problem?.Message}", null);
        }
        var tolerance = plan.MountCheck?.ToleranceDeg ?? 0.5;
        var angle = Fixed(m.MisorientationDeg, "0.000");
        if (m.MisorientationDeg > tolerance)
        {
            var patch = new JsonObject { ["up"] = Direction(m.Up.Direction), ["front"] = Direction(m.Front.Direction) }.ToJsonString();
            return new(name, PreflightStatus.Problem,
                $"The crystal is turned by {angle}° from the assumed mount (tolerance {Plain(tolerance)}°): the planned angles will miss the reflection.", patch);
        }
        if (m.Fit is { FlaggedIndex: int k } fit)
        {
            return new(name, PreflightStatus.Warning, $"Found reflection {k + 1} disagrees with the others by {Fixed(fit.Residuals[k].LeaveOneOutDeg ?? 0, "0.000")}°: " +
                $"check its indices and angles (misorientation {angle}° from all of them).", null);
        }
        return m.RotationAboutQFree
            ? new(name, PreflightStatus.Warning, $"One found reflection agrees with the mount to {angle}°, but the rotation about its Q is undetermined: add a second reflection.", null)
            : new(name, PreflightStatus.Ok, $"The crystal sits as assumed: misorientation {angle}° (tolerance {Plain(tolerance)}°).", null);
    }

    private static string HklPatch(Hkl h) => new JsonObject { ["hkl"] = new JsonArray(h.H, h.K, h.L), ["solution"] = null }.ToJsonString();

    // RFC 7386 merges objects member by member: "hkl": null removes a plane given before, so only the direction remains.
    private static JsonObject Direction(Numerics.Vec3 v) => new() { ["hkl"] = null, ["uvw"] = new JsonArray(v.X, v.Y, v.Z) };

    private static string Angles(PlannedOrientation o, IReadOnlyList<KeyValuePair<string, double>> angles) =>
        string.Join(", ", angles.Select(kv => $"{o.Profile.Axes.FirstOrDefault(a => a.AsciiName == kv.Key)?.Name ?? kv.Key} = {Fixed(kv.Value, "0.####")}°"));

    /// <summary>Three significant digits, rounded down (a thinner sample than needed is on the safe side).</summary>
    private static double RoundDown(double v)
    {
        var scale = Math.Pow(10, Math.Floor(Math.Log10(v)) - 2);
        return Math.Floor(v / scale) * scale;
    }
}
