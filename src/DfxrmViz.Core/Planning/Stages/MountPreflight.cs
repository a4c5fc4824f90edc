using System.Text.Json.Nodes;
using DfxrmViz.Core.Numerics;
using DfxrmViz.Core.Orientation;
using static DfxrmViz.Core.Planning.NumberText;

namespace DfxrmViz.Core.Planning.Stages;

/// <summary>The mount pre-flight check: the misorientation between the assumed mount and the one the found reflections show
/// (docs/physics.md §6 "Mount check"), its axis in the sample frame and the crystal direction that actually points up.</summary>
public static class MountPreflight
{
    private const string Name = "mount";

    /// <summary>"Not checked yet" without found reflections; else the verdict with the mount the reflections show as the suggestion.</summary>
    public static PreflightCheck Of(Plan plan, StageResult<MountCheckResult>? mount)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (mount is null)
        {
            return new(Name, PreflightStatus.Unchecked,
                "Not checked yet: after finding a first reflection on the instrument, enter its indices and motor angles in the mount check.", null);
        }
        if (mount.Value is not { } m)
        {
            return new(Name, mount.IsPending ? PreflightStatus.Unchecked : PreflightStatus.Problem,
                mount.IsPending ? "Still computing." : $"The mount check could not run: {mount.Problem?.Message}", null);
        }
        var tolerance = plan.MountCheck?.ToleranceDeg ?? 0.5;
        var angle = Fixed(m.MisorientationDeg, "0.000");
        var axis = m.MisorientationDeg > 0 ? $" about {AxisText(m.MisorientationAxisSample)}" : "";
        var up = $"[{Indices(m.Up.Direction)}]";
        var actual = $"up is {up} (assumed {Assumed(plan.Up, "Q of the planned reflection")}) and out of the exit surface " +
            $"[{Indices(m.Front.Direction)}] (assumed {Assumed(plan.Front, "the default front")})";
        if (m.MisorientationDeg > tolerance)
        {
            var patch = new JsonObject { ["up"] = Direction(m.Up.Direction), ["front"] = Direction(m.Front.Direction) }.ToJsonString();
            return new(Name, PreflightStatus.Problem,
                $"The crystal is turned by {angle}°{axis} from the assumed mount (tolerance {Plain(tolerance)}°): {actual}, " +
                "so the planned angles will miss the reflection. Re-mount, or take the mount the found reflections show.", patch)
            { SuggestionLabel = $"Take the found mount (up {up})" };
        }
        if (m.Fit is { FlaggedIndex: int k } fit)
        {
            return new(Name, PreflightStatus.Warning, $"Found reflection {k + 1} disagrees with the others by {Fixed(fit.Residuals[k].LeaveOneOutDeg ?? 0, "0.000")}°: " +
                $"check its indices and angles (misorientation {angle}°{axis} from all of them; {up} points up).", null);
        }
        return m.RotationAboutQFree
            ? new(Name, PreflightStatus.Warning,
                $"One found reflection agrees with the mount to {angle}°, but the rotation about its Q is undetermined: find and enter a second reflection.", null)
            : new(Name, PreflightStatus.Ok, $"The crystal sits as assumed: misorientation {angle}° (tolerance {Plain(tolerance)}°), {up} points up.", null);
    }

    /// <summary>"the sample axis (0.00, 1.00, 0.00), 2.1° from y_S (x_S = up, z_S = out of the exit surface)".</summary>
    public static string AxisText(Vec3 axisSample)
    {
        var names = new[] { "x_S (up)", "y_S (width)", "z_S (exit-surface normal)" };
        var i = Enumerable.Range(0, 3).MaxBy(k => Math.Abs(axisSample[k]));
        var off = Frames.Deg(Math.Acos(Math.Min(1, Math.Abs(axisSample[i]) / Math.Max(axisSample.Norm, 1e-300))));
        return $"the sample axis {Vector(axisSample, "0.00")}, {Fixed(off, "0.0")}° from {(axisSample[i] < 0 ? "−" : "")}{names[i]}";
    }

    private static string Assumed(LatticeVector? v, string otherwise) => v is null ? otherwise
        : v.Kind == LatticeVectorKind.Plane ? $"({Indices(v.Indices)})" : $"[{Indices(v.Indices)}]";

    // RFC 7386 merges objects member by member: "hkl": null removes a plane given before, so only the direction remains.
    private static JsonObject Direction(Vec3 v) => new() { ["hkl"] = null, ["uvw"] = new JsonArray(v.X, v.Y, v.Z) };
}
