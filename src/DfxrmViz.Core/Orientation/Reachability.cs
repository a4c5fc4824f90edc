using System.Globalization;
using DfxrmViz.Core.Crystal;
using DfxrmViz.Core.Diagnostics;
using DfxrmViz.Core.Goniometer;
using DfxrmViz.Core.Numerics;
using DfxrmViz.Core.Units;

namespace DfxrmViz.Core.Orientation;

/// <summary>Reachability of one reflection with the current mount: yes/no and the plain reason.</summary>
/// <remarks>For a reflection blocked by the motor limits, the yes/no is decided at once and what blocks it (the least-excess
/// search, most of the cost) only when <see cref="Reason"/> or <see cref="Blocked"/> is first read: the table shows a few dozen
/// rows of hundreds, and the suggestion and the pre-flight need only the yes/no. The block is computed once, thread-safely.</remarks>
public sealed record ReachabilityRow
{
    private readonly string? _reason;
    private readonly Lazy<LimitBlock>? _block;

    /// <param name="hkl">Miller indices.</param>
    /// <param name="reachable">A solution inside all axis limits exists.</param>
    /// <param name="reason">"reachable", "needs E ≥ … keV" or "2θ … outside the window …".</param>
    /// <param name="twoThetaDeg">2θ, or null when λ/2d &gt; 1.</param>
    /// <param name="solution">A solution inside the limits (the one with the least motion), when reachable.</param>
    public ReachabilityRow(Vec3 hkl, bool reachable, string reason, double? twoThetaDeg, GoniometerSolution? solution)
    {
        (Hkl, Reachable, _reason, TwoThetaDeg, Solution) = (hkl, reachable, reason, twoThetaDeg, solution);
    }

    /// <summary>A reflection in the window that every solution puts outside the limits; <paramref name="block"/> says why.</summary>
    public ReachabilityRow(Vec3 hkl, double twoThetaDeg, Func<LimitBlock> block)
    {
        (Hkl, Reachable, TwoThetaDeg) = (hkl, false, twoThetaDeg);
        _block = new Lazy<LimitBlock>(block, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Miller indices.</summary>
    public Vec3 Hkl { get; }

    /// <summary>A solution inside all axis limits exists.</summary>
    public bool Reachable { get; }

    /// <summary>"reachable", "needs E ≥ … keV", "2θ … outside the window …" or "blocked by the … limit by …°".</summary>
    public string Reason => _reason ?? _block!.Value.Message;

    /// <summary>2θ, or null when λ/2d &gt; 1.</summary>
    public double? TwoThetaDeg { get; }

    /// <summary>A solution inside the limits (the one with the least motion), when reachable.</summary>
    public GoniometerSolution? Solution { get; }

    /// <summary>When every solution leaves the limits: the axis that blocks it and by how much.</summary>
    public LimitBlock? Blocked => _block?.Value;

    /// <summary>Whether the block of an unreachable row is still to be computed (tests: the table defers it).</summary>
    internal bool IsBlockPending => _block is { IsValueCreated: false };
}

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

    /// <summary>The row of one reflection, read when a page shows it: a refusal of the goniometer solver (exact backscattering)
    /// becomes the row's reason instead of an exception.</summary>
    public static ReachabilityRow EvaluateOne(UnitCell cell, (int H, int K, int L) reflection, double energyKeV, SampleMount mount,
        GoniometerProfile profile, double twoThetaMinDeg = 0, double twoThetaMaxDeg = 180)
    {
        ArgumentNullException.ThrowIfNull(cell);
        var h = new Vec3(reflection.H, reflection.K, reflection.L);
        try
        {
            return Row(cell, h, energyKeV, Photon.WavelengthA(energyKeV), mount, profile, twoThetaMinDeg, twoThetaMaxDeg);
        }
        catch (InputException ex)
        {
            return new ReachabilityRow(h, false, ex.Problem.Message, null, null);
        }
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
        var (first, chosen) = BraggSolutions.Bare(profile, beams.K0Sample, beams.KhSample, beams.ThetaRad);
        if (chosen is int c)
        {
            return new ReachabilityRow(h, true, "reachable", twoTheta, first[c]);
        }
        var search = HeldSearch(profile, beams);
        if (search is not null && HeldMotorSearch.Reachable(profile, beams, search) is { } held)
        {
            return new ReachabilityRow(h, true, "reachable", twoTheta, held);
        }
        // The row keeps only the beams: the solutions and cuts are found again if its text is read (a few dozen rows of a
        // session's hundreds), so a session's memo does not hold them for every row.
        return new ReachabilityRow(h, twoTheta, () => Block(profile, beams));
    }

    private static HeldMotorSearch.Search? HeldSearch(GoniometerProfile profile, BraggBeams beams) =>
        profile.Axes.Count == 4 && profile.DefaultFixed is not null ? HeldMotorSearch.Search.Of(profile, beams) : null;

    /// <summary>What blocks the closest solution: the default held value's and, for a 4-motor stack, the least-excess held
    /// value's solutions together. Read late (while a page renders), so a refusal becomes the row's text, never an exception.</summary>
    private static LimitBlock Block(GoniometerProfile profile, BraggBeams beams)
    {
        try
        {
            var all = BraggSolutions.Bare(profile, beams.K0Sample, beams.KhSample, beams.ThetaRad).Solutions;
            if (HeldSearch(profile, beams) is { } search)
            {
                all.AddRange(HeldMotorSearch.LeastExcessSet(profile, beams, search).Solutions);
            }
            return BraggSolutions.Block(profile, all);
        }
        catch (InputException ex)
        {
            return new LimitBlock("", 0, ex.Problem.Message);
        }
    }

    private static BraggBeams BeamsWithFallback(UnitCell cell, Vec3 h, double energyKeV, Mat3 u)
    {
        var q = (u * cell.ReciprocalVector(h)).Normalized();
        var exit = new[] { Frames.SampleFront, Frames.SampleUp, Vec3.UnitY }.First(e => e.Cross(q).Norm > 1e-6);
        return BraggGeometry.Beams(cell, h, energyKeV, u, exit);
    }

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
