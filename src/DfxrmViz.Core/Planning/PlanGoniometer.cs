using System.Globalization;
using DfxrmViz.Core.Goniometer;
using DfxrmViz.Core.Numerics;

namespace DfxrmViz.Core.Planning;

/// <summary>The goniometer of a plan: its profile with the plan's limits (each marked "set by the user"), and how axes are
/// named on screen (docs/physics.md §7).</summary>
public static class PlanGoniometer
{
    /// <summary>Profile <paramref name="id"/> with <paramref name="limits"/> replacing the profile's ranges of those axes.</summary>
    /// <exception cref="Diagnostics.InputException">unknown profile or axis (use <see cref="PlanValidation"/> first for plan paths).</exception>
    public static GoniometerProfile Profile(string id, ValueMap<AxisRangeDeg> limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        var profile = GoniometerProfiles.Get(id);
        if (limits.Count == 0)
        {
            return profile;
        }
        var axes = profile.Axes.Select(a => limits.FirstOrDefault(kv => string.Equals(kv.Key, a.AsciiName, StringComparison.OrdinalIgnoreCase)) is
        { Key: not null } kv
            ? a with { Limits = new AxisLimits(kv.Value.MinDeg, kv.Value.MaxDeg, null, true, "Set by the user.") }
            : a).ToList();
        return profile with { Axes = axes };
    }

    /// <summary>"+y_L" for a lab axis along a coordinate direction, else the vector.</summary>
    public static string AxisLabel(Vec3 axis)
    {
        string[] names = ["x_L", "y_L", "z_L"];
        for (var i = 0; i < 3; i++)
        {
            if (Math.Abs(Math.Abs(axis[i]) - 1) < 1e-12)
            {
                return (axis[i] > 0 ? "+" : NumberText.Minus.ToString()) + names[i];
            }
        }
        return string.Create(CultureInfo.InvariantCulture, $"({axis.X:0.###}, {axis.Y:0.###}, {axis.Z:0.###})");
    }

    /// <summary>How a positive angle turns, in words.</summary>
    public static string Sense(Vec3 axis) =>
        $"right-handed about {AxisLabel(axis)} (active rotation, v′ = R v): positive turns counter-clockwise seen from the tip of {AxisLabel(axis)}";
}
