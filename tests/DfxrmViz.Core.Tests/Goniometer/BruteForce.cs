using DfxrmViz.Core.Goniometer;
using DfxrmViz.Core.Numerics;

namespace DfxrmViz.Core.Tests.Goniometer;

/// <summary>
/// Test-only, independent of the solver: counts the angles a1 of the lowest free axis for which the remaining free axes can
/// reach the target. With Γ = P0 R_i(a1) P1 R_j(a2) P2 R_k(a3) P3 (P = fixed rotations) and m = P3ᵀ n_k, Γm = R*m requires
/// R_j(a2) P2 n_k = P1ᵀ R_i(a1)ᵀ P0ᵀ R* m, possible iff both sides have the same component along n_j. That scalar is scanned
/// on a 0.1° grid and each sign change refined by bisection.
/// </summary>
internal static class BruteForce
{
    public static List<double> Roots(GoniometerProfile profile, Mat3 target, double?[] fixedRad, out bool ambiguous)
    {
        var free = Enumerable.Range(0, profile.Axes.Count).Where(i => fixedRad[i] is null).ToArray();
        Mat3 Fixed(int from, int to)
        {
            var m = Mat3.Identity;
            for (var i = from; i < to; i++)
            {
                m *= Mat3.Rotation(profile.Axes[i].AxisLab, fixedRad[i]!.Value);
            }
            return m;
        }
        var p0 = Fixed(0, free[0]);
        var p1 = Fixed(free[0] + 1, free[1]);
        var p2 = Fixed(free[1] + 1, free[2]);
        var p3 = Fixed(free[2] + 1, profile.Axes.Count);
        Vec3 ni = profile.Axes[free[0]].AxisLab, nj = profile.Axes[free[1]].AxisLab, nk = profile.Axes[free[2]].AxisLab;
        var rm = target * (p3.Transpose() * nk);
        var rhs = nj.Dot(p2 * nk);
        double H(double a) => nj.Dot(p1.Transpose() * (Mat3.Rotation(ni, a).Transpose() * (p0.Transpose() * rm))) - rhs;

        const int n = 3600;
        var step = 2 * Math.PI / n;
        var values = Enumerable.Range(0, n).Select(i => H(-Math.PI + i * step)).ToArray();
        var roots = new List<double>();
        ambiguous = false;
        for (var i = 0; i < n; i++)
        {
            double a = -Math.PI + i * step, fa = values[i], fb = values[(i + 1) % n];
            if (fa == 0)
            {
                roots.Add(a);
            }
            else if (fa * fb < 0)
            {
                roots.Add(Bisect(H, a, a + step));
            }
            var prev = values[(i + n - 1) % n];
            // A local minimum of |H| close to zero without a sign change: a tangent (double) root the grid cannot count.
            if (Math.Abs(fa) < 1e-3 && Math.Abs(fa) <= Math.Abs(prev) && Math.Abs(fa) <= Math.Abs(fb) && Math.Sign(prev) == Math.Sign(fb))
            {
                ambiguous = true;
            }
        }
        return roots;
    }

    private static double Bisect(Func<double, double> f, double lo, double hi)
    {
        var flo = f(lo);
        for (var i = 0; i < 80; i++)
        {
            var mid = (lo + hi) / 2;
            var fm = f(mid);
            if (Math.Sign(fm) == Math.Sign(flo))
            {
                (lo, flo) = (mid, fm);
            }
            else
            {
                hi = mid;
            }
        }
        return (lo + hi) / 2;
    }
}
