using DfxrmViz.Core.Diagnostics;
using DfxrmViz.Core.Numerics;
using DfxrmViz.Core.Scattering;

namespace DfxrmViz.Core.Planning.Stages;

/// <summary>The reflection the reachability check proposes instead of an unreachable one: among the reachable listed reflections
/// whose |F|² is at least half the strongest reachable one's, the one whose Q (class representative, as the reachability table lists it) is nearest in direction to the planned Q (least
/// re-mounting and turning), ties to the nearer 2θ. Reachability is docs/physics.md §4: in the window and inside every motor limit, checked with the orientation stage the
/// patched plan runs, so the proposal does clear the check.</summary>
public static class ReachableSuggestion
{
    /// <summary>Fraction of the strongest reachable |F|² a candidate must have to count as "strong".</summary>
    public const double StrongFraction = 0.5;

    /// <summary>Candidates put through the orientation stage at most: the strongest ones first.</summary>
    private const int MaxEvaluations = 40;

    /// <summary>The proposal, or null when no listed reflection other than the planned one is reachable.</summary>
    public static Reflection? Find(ReflectionTable table, ReachabilityTable reach, OrientationKey key)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(reach);
        ArgumentNullException.ThrowIfNull(key);
        var cell = key.Crystal.Crystal.Cell;
        var planned = cell.ReciprocalVector(new Vec3(key.Hkl.H, key.Hkl.K, key.Hkl.L));
        var candidates = table.Rows.Where(r => !r.Absent && !r.Equivalents.Contains(key.Hkl)).OrderByDescending(r => r.F2).ThenBy(r => r.TwoThetaDeg);
        var reachable = new List<Reflection>();
        double? strongest = null;
        var evaluated = 0;
        foreach (var r in candidates)
        {
            if (strongest is double s && r.F2 < StrongFraction * s)
            {
                break;
            }
            // With a fixed up the table rules out most candidates cheaply; each one left goes through the same orientation stage
            // the plan would run after the patch (the table may hold a motor at another value than the plan's fixedAxis).
            if ((key.Up is null || reach.IsReachable(r.Hkl)) && ++evaluated <= MaxEvaluations && ReachableAsPlanned(key, r.Hkl))
            {
                strongest ??= r.F2;
                reachable.Add(r);
            }
        }
        var plannedTwoTheta = table.Find(key.Hkl)?.TwoThetaDeg;
        return reachable.OrderBy(r => cell.ReciprocalVector(new Vec3(r.Hkl.H, r.Hkl.K, r.Hkl.L)).AngleTo(planned))
            .ThenBy(r => Math.Abs(r.TwoThetaDeg - (plannedTwoTheta ?? r.TwoThetaDeg))).FirstOrDefault();
    }

    private static bool ReachableAsPlanned(OrientationKey key, Hkl h)
    {
        try
        {
            return OrientationStage.Compute(key with { Hkl = h, Solution = null }).Chosen is { WithinLimits: true };
        }
        catch (InputException)
        {
            return false; // this candidate cannot be mounted with the plan's front (front ∥ its Q), or has no Bragg angle
        }
    }
}
