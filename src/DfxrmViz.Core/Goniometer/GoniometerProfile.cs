using DfxrmViz.Core.Numerics;

namespace DfxrmViz.Core.Goniometer;

/// <summary>Travel range of one motor, with where it comes from.</summary>
/// <param name="MinDeg">Lower limit, degrees.</param>
/// <param name="MaxDeg">Upper limit, degrees.</param>
/// <param name="Source">Citation for the range, or null when it is an assumption.</param>
/// <param name="Assumption">True when the range is an editable assumption rather than a documented limit.</param>
/// <param name="Note">Why the assumption was made / what to confirm.</param>
public sealed record AxisLimits(double MinDeg, double MaxDeg, string? Source, bool Assumption, string? Note)
{
    /// <summary>Whether <paramref name="deg"/> lies inside [min, max] (1e-9° slack for rounding).</summary>
    public bool Contains(double deg) => deg >= MinDeg - 1e-9 && deg <= MaxDeg + 1e-9;

    /// <summary>How far outside the range <paramref name="deg"/> lies (0 inside), degrees, along the circle: −180° and 180° are one
    /// motor position, so the nearer limit counts (otherwise a wrapped angle at ±180° would jump by the width of the range).</summary>
    public double ExcessDeg(double deg) => Math.Min(LinearExcess(deg), Math.Min(LinearExcess(deg - 360), LinearExcess(deg + 360)));

    private double LinearExcess(double deg) => deg < MinDeg ? MinDeg - deg : deg > MaxDeg ? deg - MaxDeg : 0;
}

/// <summary>One rotation axis of a goniometer stack.</summary>
/// <param name="Name">Display name (e.g. μ).</param>
/// <param name="AsciiName">API key (mu, omega, chi, phi).</param>
/// <param name="Role">What the motor does physically.</param>
/// <param name="AxisLab">Unit rotation axis in L with all motors at zero; the sign carries the sense (right-handed, active).</param>
/// <param name="Limits">Travel range.</param>
public sealed record GoniometerAxis(string Name, string AsciiName, string Role, Vec3 AxisLab, AxisLimits Limits);

/// <summary>Which motor the solver holds fixed when the stack has more motors than the three degrees of freedom.</summary>
/// <param name="AsciiName">Axis held fixed.</param>
/// <param name="ValueDeg">Its value in degrees; null means θ of the reflection (ESRF mode A: μ = θ).</param>
public sealed record FixedAxis(string AsciiName, double? ValueDeg);

/// <summary>A goniometer as data (Data/Goniometers/*.json): ordered axes base → top; Γ = R_base ··· R_top maps S → L (docs/physics.md §7).</summary>
public sealed record GoniometerProfile(
    string Id, string Name, string Source, string LabFrame, string Note,
    IReadOnlyList<GoniometerAxis> Axes, FixedAxis? DefaultFixed)
{
    /// <summary>Γ(angles) = Π R(n_i, α_i), base first; angles in radians, one per axis in order.</summary>
    public Mat3 Rotation(IReadOnlyList<double> anglesRad)
    {
        var m = Mat3.Identity;
        for (var i = 0; i < Axes.Count; i++)
        {
            m *= Mat3.Rotation(Axes[i].AxisLab, anglesRad[i]);
        }
        return m;
    }

    /// <summary>Index of the axis with API name <paramref name="asciiName"/>, or −1.</summary>
    public int IndexOf(string asciiName)
    {
        for (var i = 0; i < Axes.Count; i++)
        {
            if (string.Equals(Axes[i].AsciiName, asciiName, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }
        return -1;
    }
}
