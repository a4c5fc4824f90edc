using DfxrmViz.Core.Goniometer;

namespace DfxrmViz.Core.Orientation;

/// <summary>
/// Where over its whole range the held motor of a 4-motor stack lets a reflection be reached (docs/physics.md §7). The values
/// at which a free axis meets one of its limits (or the ±180° wrap) are found in closed form (<see cref="BaseHeldStack"/>);
/// between two such values every axis stays on its side of its limits, so one probe per interval decides it exactly, however
/// narrow the window. When nothing is reachable, the held value of least total excess (the measure of
/// <see cref="BraggSolutions.Block"/>) is found on those smooth pieces by sampling and a golden-section refinement.
/// </summary>
internal static class HeldMotorSearch
{
    private const int SamplesPerPiece = 4;
    private const int PiecesRefined = 3;
    private const double RefineToleranceRad = 1e-9;
    private const double CutMarginRad = 1e-7;

    /// <summary>The held range cut where a free axis meets a limit, for one reflection: computed once, shared by the reachable
    /// probe and the least-excess search.</summary>
    internal sealed record Search(BaseHeldStack Stack, List<double> CutsRad)
    {
        /// <summary>Null when the profile has not the shape of <see cref="BaseHeldStack"/> or its held range is empty.</summary>
        public static Search? Of(GoniometerProfile profile, BraggBeams beams)
        {
            if (!BaseHeldStack.Fits(profile))
            {
                return null;
            }
            var held = profile.Axes[0];
            var lo = Math.Max(Frames.Rad(held.Limits.MinDeg), -Math.PI);
            var hi = Math.Min(Frames.Rad(held.Limits.MaxDeg), Math.PI);
            if (lo > hi)
            {
                return null;
            }
            var stack = BaseHeldStack.For(profile, BraggSolutions.TargetRotation(beams.K0Sample, beams.KhSample, beams.ThetaRad));
            return new Search(stack, Cuts(profile, stack, lo, hi));
        }
    }

    /// <summary>The solutions at a held value where the reflection is reached (least motion among the probes), or null when
    /// none is: the cheap yes/no of the reflection table, which needs no limit excess.</summary>
    internal static GoniometerSolution? Reachable(GoniometerProfile profile, BraggBeams beams, Search search)
    {
        foreach (var t in ReachableProbes(profile, search.Stack, search.CutsRad))
        {
            var (solutions, chosen) = BraggSolutions.Bare(profile, beams.K0Sample, beams.KhSample, beams.ThetaRad, Held(profile, t));
            if (chosen is int i)
            {
                return solutions[i];
            }
        }
        return null;
    }

    private static FixedAxis Held(GoniometerProfile profile, double tRad) => profile.DefaultFixed! with { ValueDeg = Frames.Deg(tRad) };

    /// <summary>The solutions at the held value of least total excess: what blocks an unreachable reflection, and by how much
    /// (the costly part, asked only for the text of a row that is shown).</summary>
    internal static SolutionSet LeastExcessSet(GoniometerProfile profile, BraggBeams beams, Search search) =>
        BraggSolutions.Solve(profile, beams.K0Sample, beams.KhSample, beams.ThetaRad, Held(profile, LeastExcess(profile, search.Stack, search.CutsRad)));

    /// <summary>Sorted held values: the range ends and every crossing of a free-axis limit, of ±180° or of gimbal lock inside the range.</summary>
    private static List<double> Cuts(GoniometerProfile profile, BaseHeldStack stack, double lo, double hi)
    {
        var cuts = new List<double>(32) { lo, hi };
        for (var axis = 1; axis <= 3; axis++)
        {
            var limits = profile.Axes[axis].Limits;
            // a2 = ±90° is gimbal lock, where a1 and a3 jump by 180°: a cut too.
            ReadOnlySpan<double> degs = axis == 2 ? [limits.MinDeg, limits.MaxDeg, 180, 90, -90] : [limits.MinDeg, limits.MaxDeg, 180];
            foreach (var deg in degs)
            {
                stack.AddCrossings(axis, deg, lo, hi, cuts);
            }
        }
        cuts.Sort();
        return cuts;
    }

    /// <summary>Held values inside a reachable window, least motion first: interval midpoints, then the cuts themselves (a
    /// window that only touches a limit); equal ones in the order found.</summary>
    private static List<double> ReachableProbes(GoniometerProfile profile, BaseHeldStack stack, List<double> cuts)
    {
        var inside = new List<(int Rank, double Motion, int Found, double T)>();
        for (var i = 0; i + 1 < cuts.Count; i++)
        {
            AddIfInside(profile, stack, 0.5 * (cuts[i] + cuts[i + 1]), 0, inside);
        }
        foreach (var t in cuts)
        {
            AddIfInside(profile, stack, t, 1, inside);
        }
        inside.Sort();
        return inside.ConvertAll(p => p.T);
    }

    private static void AddIfInside(GoniometerProfile profile, BaseHeldStack stack, double t, int rank, List<(int, double, int, double)> inside)
    {
        foreach (var branch in Branches)
        {
            if (Excess(profile, stack, t, branch) is (0.0, var motion))
            {
                inside.Add((rank, motion, inside.Count, t));
            }
        }
    }

    /// <summary>The held value of least total excess: each smooth piece sampled, the best few refined by golden section. Pieces
    /// are open (<see cref="CutMarginRad"/> inside their ends): at a cut itself a wrapped angle may sit on the favourable side of
    /// ±180° for that one value only, which no motor setting near it shares.</summary>
    private static double LeastExcess(GoniometerProfile profile, BaseHeldStack stack, List<double> cuts)
    {
        var brackets = new List<(double Excess, double A, double B, int Branch)>();
        for (var i = 0; i + 1 < cuts.Count; i++)
        {
            var (lo, hi) = (cuts[i] + CutMarginRad, cuts[i + 1] - CutMarginRad);
            if (hi < lo)
            {
                continue; // a piece narrower than the margins is one isolated value (e.g. at gimbal lock)
            }
            var step = (hi - lo) / SamplesPerPiece;
            foreach (var branch in Branches)
            {
                var (best, bestExcess) = (0, ExcessTotal(profile, stack, lo, branch));
                for (var k = 1; k <= SamplesPerPiece; k++)
                {
                    // The first of equal minima, NaN counting as least (as Enumerable.MinBy with Comparer<double>.Default).
                    var e = ExcessTotal(profile, stack, lo + k * step, branch);
                    if (Comparer<double>.Default.Compare(e, bestExcess) < 0)
                    {
                        (best, bestExcess) = (k, e);
                    }
                }
                var at = lo + best * step;
                brackets.Add((ExcessTotal(profile, stack, at, branch), Math.Max(lo, at - step), Math.Min(hi, at + step), branch));
            }
        }
        if (brackets.Count == 0)
        {
            return 0.5 * (cuts[0] + cuts[^1]);
        }
        // Each refined minimum is judged just beside it: exactly at gimbal lock (cos a2 = 0) a continuous family lets an angle
        // take any value for that one held value, which no setting next to it shares.
        return brackets.OrderBy(b => b.Excess).Take(PiecesRefined)
            .Select(b => (Branch: b.Branch, Golden(t => ExcessTotal(profile, stack, t, b.Branch), b.A, b.B).T))
            .SelectMany(m => new[] { m.T - CutMarginRad, m.T + CutMarginRad }.Select(t => (T: t, Total: ExcessTotal(profile, stack, t, m.Branch))))
            .MinBy(m => m.Total).T;
    }

    private static readonly int[] Branches = [1, -1];

    /// <summary>Total excess over the axis limits (0 when all inside, with the 1e-9° slack of <see cref="AxisLimits.Contains"/>)
    /// and the motion √Σ angle² of the branch at held value <paramref name="tRad"/>, degrees.</summary>
    private static (double Total, double Motion) Excess(GoniometerProfile profile, BaseHeldStack stack, double tRad, int branch)
    {
        var (a1, a2, a3) = stack.AnglesDeg(tRad, branch);
        var t = Frames.Deg(tRad);
        return (TotalExcess(profile.Axes, t, a1, a2, a3), Math.Sqrt(t * t + a1 * a1 + a2 * a2 + a3 * a3));
    }

    /// <summary>The total of <see cref="Excess"/> alone (the searches need no motion).</summary>
    private static double ExcessTotal(GoniometerProfile profile, BaseHeldStack stack, double tRad, int branch)
    {
        var (a1, a2, a3) = stack.AnglesDeg(tRad, branch);
        return TotalExcess(profile.Axes, Frames.Deg(tRad), a1, a2, a3);
    }

    private static double TotalExcess(IReadOnlyList<GoniometerAxis> axes, double t, double a1, double a2, double a3)
    {
        var (l0, l1, l2, l3) = (axes[0].Limits, axes[1].Limits, axes[2].Limits, axes[3].Limits);
        var inside = l0.Contains(t) && l1.Contains(a1) && l2.Contains(a2) && l3.Contains(a3);
        return inside ? 0 : l0.ExcessDeg(t) + l1.ExcessDeg(a1) + l2.ExcessDeg(a2) + l3.ExcessDeg(a3);
    }

    /// <summary>Golden-section minimum of <paramref name="f"/> on [a, b] (Press et al., Numerical Recipes 3rd ed. §10.2).</summary>
    private static (double T, double Value) Golden(Func<double, double> f, double a, double b)
    {
        var g = (Math.Sqrt(5) - 1) / 2;
        var (x1, x2) = (b - g * (b - a), a + g * (b - a));
        var (f1, f2) = (f(x1), f(x2));
        while (b - a > RefineToleranceRad)
        {
            if (f1 <= f2)
            {
                (b, x2, f2) = (x2, x1, f1);
                x1 = b - g * (b - a);
                f1 = f(x1);
            }
            else
            {
                (a, x1, f1) = (x1, x2, f2);
                x2 = a + g * (b - a);
                f2 = f(x2);
            }
        }
        var (fa, fb) = (f(a), f(b));
        return new[] { (a, fa), (x1, f1), (x2, f2), (b, fb) }.MinBy(p => p.Item2);
    }
}
