using System.Globalization;
using DfxrmViz.Core.Crystal;
using DfxrmViz.Core.Goniometer;
using DfxrmViz.Core.Numerics;
using DfxrmViz.Core.Units;

namespace DfxrmViz.Core.Orientation;

/// <summary>Reachability of one reflection with the current mount: yes/no and the plain reason.</summary>
/// <param name="Hkl">Miller indices.</param>
/// <param name="Reachable">A solution inside all axis limits exists.</param>
/// <param name="Reason">"reachable", "needs E ≥ … keV", "2θ … outside the window …" or "blocked by the … limit by …°".</param>
/// <param name="TwoThetaDeg">2θ, or null when λ/2d &gt; 1.</param>
/// <param name="Solution">A solution inside the limits (the one with the least motion), when reachable.</param>
/// <param name="Blocked">When every solution leaves the limits: the axis that blocks it and by how much.</param>
public sealed record ReachabilityRow(Vec3 Hkl, bool Reachable, string Reason, double? TwoThetaDeg, GoniometerSolution? Solution,
    LimitBlock? Blocked = null);

/// <summary>For the reflections table: can each reflection be reached inside the goniometer limits with the current mount
/// (docs/physics.md §4, §7)? The beam leaves towards the front normal ẑ_S (its part ⟂ Q; if Q ∥ ẑ_S then x_S, then y_S).
/// For a 4-motor stack the held motor is tried at its default value and then searched over its whole range in closed form
/// (<see cref="HeldMotorSearch"/>): every window is found, however narrow.</summary>
public static class Reachability
{
    /// <summary>One row per reflection, in input order.</summary>
    public static IReadOnlyList<ReachabilityRow> Evaluate(UnitCell cell, IEnumerable<(int H, int K, int L)> reflections,
        double energyKeV, SampleMount mount, GoniometerProfile profile, double twoThetaMinDeg = 0, double twoThetaMaxDeg = 180)
    {
        cell.Validated();
        var lambda = Photon.WavelengthA(energyKeV);
        return [.. reflections.Select(r => Row(cell, new Vec3(r.H, r.K, r.L), energyKeV, lambda, mount, profile, twoThetaMinDeg, twoThetaMaxDeg))];
    }

    private static ReachabilityRow Row(UnitCell cell, Vec3 h, double energyKeV, double lambda, SampleMount mount,
        GoniometerProfile profile, double minDeg, double maxDeg)
    {
        if (h.Norm == 0)
        {
            return new ReachabilityRow(h, false, "(0 0 0) is not a reflection", null, null);
        }
        var d = cell.DSpacingA(h);
        if (lambda / (2 * d) > 1)
        {
            return new ReachabilityRow(h, false, Invariant($"needs E ≥ {BraggGeometry.MinimumEnergyKeV(d):0.###} keV"), null, null);
        }
        var twoTheta = Frames.Deg(2 * Math.Asin(lambda / (2 * d)));
        if (twoTheta < minDeg || twoTheta > maxDeg)
        {
            return new ReachabilityRow(h, false, Invariant($"2θ = {twoTheta:0.###}° outside the window [{minDeg:0.###}°, {maxDeg:0.###}°]"), twoTheta, null);
        }
        var beams = BeamsWithFallback(cell, h, energyKeV, mount.U);
        var sets = CandidateSets(profile, beams);
        var inside = sets.SelectMany(s => s.Solutions).Where(s => s.WithinLimits).MinBy(s => s.MotionDeg);
        if (inside is not null)
        {
            return new ReachabilityRow(h, true, "reachable", twoTheta, inside);
        }
        var all = sets.SelectMany(s => s.Solutions).ToList();
        var block = BraggSolutions.Block(profile, all);
        return new ReachabilityRow(h, false, block.Message, twoTheta, null, block);
    }

    private static BraggBeams BeamsWithFallback(UnitCell cell, Vec3 h, double energyKeV, Mat3 u)
    {
        var q = (u * cell.ReciprocalVector(h)).Normalized();
        var exit = new[] { Frames.SampleFront, Frames.SampleUp, Vec3.UnitY }.First(e => e.Cross(q).Norm > 1e-6);
        return BraggGeometry.Beams(cell, h, energyKeV, u, exit);
    }

    private static List<SolutionSet> CandidateSets(GoniometerProfile profile, BraggBeams beams)
    {
        var first = BraggSolutions.Solve(profile, beams.K0Sample, beams.KhSample, beams.ThetaRad);
        var sets = new List<SolutionSet> { first };
        if (first.ChosenIndex is null && profile.Axes.Count == 4 && profile.DefaultFixed is not null
            && HeldMotorSearch.Best(profile, beams) is { } held)
        {
            sets.Add(held);
        }
        return sets;
    }

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
