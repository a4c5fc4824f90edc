using System.Globalization;
using DfxrmViz.Core.Diagnostics;
using DfxrmViz.Core.Numerics;
using DfxrmViz.Core.Orientation;

namespace DfxrmViz.Core.Goniometer;

/// <summary>One set of motor angles that puts the reflection in Bragg condition.</summary>
/// <param name="AnglesDeg">Angle per axis, keyed by ASCII axis name, in stack order (base → top), wrapped to (−180°, 180°].</param>
/// <param name="WithinLimits">Whether every angle lies inside its axis limits.</param>
/// <param name="Residual">Largest of |Γk̂0 − ẑ_L|, the out-of-plane part of Γk̂h and |∠(k0,kh) − 2θ| (rad) (docs/physics.md §7).</param>
/// <param name="MotionDeg">√Σ angle²: the distance from all-zero used to pick the default.</param>
public sealed record GoniometerSolution(IReadOnlyList<KeyValuePair<string, double>> AnglesDeg, bool WithinLimits, double Residual, double MotionDeg)
{
    /// <summary>Angle of the axis with ASCII name <paramref name="ascii"/>, degrees.</summary>
    public double this[string ascii] => AnglesDeg.First(kv => kv.Key == ascii).Value;
}

/// <summary>Why no solution lies inside the limits: the axis whose limit blocks the closest solution, and by how much.</summary>
public sealed record LimitBlock(string AxisAsciiName, double ExcessDeg, string Message);

/// <summary>All solutions for one reflection, the default choice and, if none is inside the limits, what blocks it.</summary>
/// <param name="Solutions">Every solution in (−180°, 180°] for the fixed-axis rule used.</param>
/// <param name="ChosenIndex">Default: the solution inside the limits with the smallest motion from zero; null if none.</param>
/// <param name="Blocked">Set when solutions exist but none is inside the limits, or when there is none at all.</param>
/// <param name="Fixed">The axis held fixed (4-motor stacks), with its value in degrees.</param>
/// <param name="ContinuousFamily">The free axes are degenerate (gimbal lock): one member of a continuous family is shown.</param>
public sealed record SolutionSet(IReadOnlyList<GoniometerSolution> Solutions, int? ChosenIndex, LimitBlock? Blocked,
    KeyValuePair<string, double>? Fixed, bool ContinuousFamily);

/// <summary>Goniometer angles that bring k0 onto the beam and kh into the vertical scattering plane (docs/physics.md §7).</summary>
public static class BraggSolutions
{
    /// <summary>Bragg-condition tolerance on every residual (docs/physics.md §7), rad.</summary>
    public const double Tolerance = 1e-9;

    /// <summary>Target lab rotation R* = F_L F_Sᵀ, F = [ê1 ê2 ê3], ê1 = k̂0, ê3 = normalise(k̂0 × k̂h), ê2 = ê3 × ê1 (docs/physics.md §7).</summary>
    public static Mat3 TargetRotation(Vec3 k0Sample, Vec3 khSample, double thetaRad, double etaRad = 0) =>
        Triad(Frames.LabBeam, Frames.LabDiffractedUnit(thetaRad, etaRad)) * Triad(k0Sample, khSample).Transpose();

    /// <summary>Every solution for the profile; <paramref name="fixedAxis"/> overrides the profile's default fixed axis.</summary>
    public static SolutionSet Solve(GoniometerProfile profile, Vec3 k0Sample, Vec3 khSample, double thetaRad,
        FixedAxis? fixedAxis = null, double etaRad = 0)
    {
        var (list, chosen, fixedShown, family) = Solutions(profile, k0Sample, khSample, thetaRad, fixedAxis, etaRad);
        return new SolutionSet(list, chosen, chosen is null ? Block(profile, list) : null, fixedShown, family);
    }

    /// <summary>The solutions of <see cref="Solve"/> (least motion first) and the index of the first inside the limits, without
    /// the text of what blocks them: the reachability of a table asks this for every row and needs the text for a few.</summary>
    internal static (List<GoniometerSolution> Solutions, int? Chosen) Bare(GoniometerProfile profile, Vec3 k0Sample, Vec3 khSample,
        double thetaRad, FixedAxis? fixedAxis = null)
    {
        var (list, chosen, _, _) = Solutions(profile, k0Sample, khSample, thetaRad, fixedAxis, 0);
        return (list, chosen);
    }

    private static (List<GoniometerSolution> List, int? Chosen, KeyValuePair<string, double>? Fixed, bool Family) Solutions(
        GoniometerProfile profile, Vec3 k0Sample, Vec3 khSample, double thetaRad, FixedAxis? fixedAxis, double etaRad)
    {
        var (fixedRad, fixedShown) = FixedValues(profile, fixedAxis ?? profile.DefaultFixed, thetaRad);
        if (!(k0Sample.Normalized().Cross(khSample.Normalized()).Norm > 1e-12))
        {
            throw new InputException(new InputProblem("hkl",
                "2θ is 180° (exact backscattering): the scattering plane is undefined; change the energy slightly.")
            { PhysicallyImpossible = true });
        }
        var target = TargetRotation(k0Sample, khSample, thetaRad, etaRad);
        var dec = GoniometerSolver.Solve(profile, target, fixedRad);
        var list = new List<GoniometerSolution>(dec.AnglesRad.Count);
        foreach (var rad in dec.AnglesRad)
        {
            var residual = Residual(profile.Rotation(rad), k0Sample, khSample, thetaRad, etaRad);
            if (residual <= Tolerance)
            {
                list.Add(Describe(profile, rad, residual));
            }
        }
        list.Sort((a, b) => a.MotionDeg.CompareTo(b.MotionDeg));
        var chosen = list.FindIndex(s => s.WithinLimits);
        return (list, chosen < 0 ? null : chosen, fixedShown, dec.ContinuousFamily);
    }

    /// <summary>Residual of the Bragg conditions for lab rotation Γ (docs/physics.md §7 acceptance test).</summary>
    public static double Residual(Mat3 gamma, Vec3 k0Sample, Vec3 khSample, double thetaRad, double etaRad = 0)
    {
        var k0 = gamma * k0Sample.Normalized();
        var kh = gamma * khSample.Normalized();
        var normal = Frames.LabBeam.Cross(Frames.LabDiffractedUnit(thetaRad, etaRad)).Normalized();
        var beam = (k0 - Frames.LabBeam).Norm;
        var outOfPlane = Math.Abs(kh.Dot(normal));
        var angle = Math.Abs(k0.AngleTo(kh) - 2 * thetaRad);
        return Math.Max(beam, Math.Max(outOfPlane, angle));
    }

    private static Mat3 Triad(Vec3 k0, Vec3 kh)
    {
        var e1 = k0.Normalized();
        var e3 = k0.Cross(kh).Normalized();
        return Mat3.FromColumns(e1, e3.Cross(e1), e3);
    }

    private static (double?[] Rad, KeyValuePair<string, double>? Shown) FixedValues(GoniometerProfile profile, FixedAxis? fixedAxis, double thetaRad)
    {
        var rad = new double?[profile.Axes.Count];
        if (profile.Axes.Count == 3)
        {
            return (rad, null);
        }
        if (fixedAxis is null || profile.Axes.Count != 4 || profile.IndexOf(fixedAxis.AsciiName) < 0)
        {
            throw new InputException(new InputProblem("fixedAxis",
                $"Goniometer '{profile.Id}' has {profile.Axes.Count} axes; name one of {string.Join(", ", profile.Axes.Select(a => a.AsciiName))} to hold fixed."));
        }
        var deg = fixedAxis.ValueDeg ?? Frames.Deg(thetaRad);
        if (!double.IsFinite(deg))
        {
            throw new InputException(new InputProblem("fixedAxis", "The fixed axis value must be a finite number of degrees."));
        }
        var i = profile.IndexOf(fixedAxis.AsciiName);
        rad[i] = Frames.Rad(deg);
        return (rad, new KeyValuePair<string, double>(profile.Axes[i].AsciiName, deg));
    }

    private static GoniometerSolution Describe(GoniometerProfile profile, double[] rad, double residual)
    {
        var angles = new List<KeyValuePair<string, double>>();
        var inside = true;
        var sq = 0.0;
        for (var i = 0; i < rad.Length; i++)
        {
            var deg = Frames.WrapDeg(Frames.Deg(rad[i]));
            angles.Add(new(profile.Axes[i].AsciiName, deg));
            inside &= profile.Axes[i].Limits.Contains(deg);
            sq += deg * deg;
        }
        return new GoniometerSolution(angles, inside, residual, Math.Sqrt(sq));
    }

    /// <summary>The axis and excess that keep the closest solution (least total excess) outside the limits.</summary>
    public static LimitBlock Block(GoniometerProfile profile, IReadOnlyList<GoniometerSolution> solutions)
    {
        if (solutions.Count == 0)
        {
            return new LimitBlock("", 0, $"No motor angles of goniometer '{profile.Id}' bring this reflection into Bragg condition with the axis held fixed.");
        }
        var best = solutions.MinBy(s => TotalExcess(profile, s))!;
        var worst = profile.Axes.Select((a, i) => (Axis: a, Excess: a.Limits.ExcessDeg(best.AnglesDeg[i].Value), Deg: best.AnglesDeg[i].Value))
            .MaxBy(t => t.Excess);
        var msg = string.Create(CultureInfo.InvariantCulture,
            $"Blocked by the {worst.Axis.Name} ({worst.Axis.AsciiName}) limit [{worst.Axis.Limits.MinDeg:0.###}°, {worst.Axis.Limits.MaxDeg:0.###}°] by {worst.Excess:0.###}°: the closest solution needs {worst.Axis.AsciiName} = {worst.Deg:0.###}°.");
        return new LimitBlock(worst.Axis.AsciiName, worst.Excess, msg);
    }

    private static double TotalExcess(GoniometerProfile profile, GoniometerSolution s) =>
        profile.Axes.Select((a, i) => a.Limits.ExcessDeg(s.AnglesDeg[i].Value)).Sum();
}
