using DfxrmViz.Core.Goniometer;
using DfxrmViz.Core.Numerics;

namespace DfxrmViz.Core.Orientation;

/// <summary>
/// A 4-motor stack whose held motor is the base (axis n0) and whose three free axes n1, n2, n3 are mutually orthogonal with
/// n0 ⟂ n1 (esrf-dfxm: μ = y, ω = x, χ = z, φ = −y; docs/physics.md §7). For a target rotation R and base angle t every free
/// angle is in closed form: Γ = R(n0,t) R(n1,a1) R(n2,a2) R(n3,a3) = R gives v(t) = Rᵀ R(n0,t) n1 = cos a2 cos a3 n1 −
/// h cos a2 sin a3 n2 + h sin a2 n3 (h = (n1 × n2)·n3), and R(n1,a1) takes cos a2 n3 to the part of R(n0,−t) R n3 ⟂ n1
/// (Paden–Kahan subproblems 1 and 2; Murray, Li, Sastry, "A Mathematical Introduction to Robotic Manipulation", CRC 1994, §3.2.2).
/// Each limit of a free axis is reached where a cos t + b sin t = c, as in <see cref="GoniometerSolver"/>.
/// </summary>
internal sealed class BaseHeldStack
{
    private readonly Vec3 _n0, _n1, _n2, _n3;
    private readonly double _h;
    private readonly Vec3 _p, _q, _w0, _n0xW0;
    private readonly double _n0w0;

    private BaseHeldStack(GoniometerProfile profile, Mat3 target)
    {
        (_n0, _n1, _n2, _n3) = (profile.Axes[0].AxisLab, profile.Axes[1].AxisLab, profile.Axes[2].AxisLab, profile.Axes[3].AxisLab);
        _h = Math.Sign(_n1.Cross(_n2).Dot(_n3));
        var rt = target.Transpose();
        (_p, _q) = (rt * _n1, rt * _n0.Cross(_n1));
        _w0 = target * _n3;
        _n0xW0 = _n0.Cross(_w0);
        _n0w0 = _n0.Dot(_w0);
    }

    /// <summary>Whether <paramref name="profile"/> has this shape with its default held motor as the base.</summary>
    public static bool Fits(GoniometerProfile profile)
    {
        if (profile.Axes.Count != 4 || profile.DefaultFixed is null || profile.IndexOf(profile.DefaultFixed.AsciiName) != 0)
        {
            return false;
        }
        var n = profile.Axes.Select(a => a.AxisLab).ToArray();
        const double tol = 1e-12;
        return Math.Abs(n[0].Dot(n[1])) < tol && Math.Abs(n[1].Dot(n[2])) < tol && Math.Abs(n[1].Dot(n[3])) < tol && Math.Abs(n[2].Dot(n[3])) < tol;
    }

    /// <summary>The model for <paramref name="target"/> (a <see cref="BraggSolutions.TargetRotation"/>); requires <see cref="Fits"/>.</summary>
    public static BaseHeldStack For(GoniometerProfile profile, Mat3 target) => new(profile, target);

    /// <summary>Free angles (a1, a2, a3) in degrees, wrapped to (−180°, 180°], at base angle <paramref name="tRad"/>; branch +1 has
    /// cos a2 ≥ 0, branch −1 cos a2 ≤ 0.</summary>
    public (double A1, double A2, double A3) AnglesDeg(double tRad, int branch)
    {
        var (c, s) = (Math.Cos(tRad), Math.Sin(tRad));
        var v = c * _p + s * _q;
        var sin2 = Math.Clamp(_h * v.Dot(_n3), -1, 1);
        var a2 = branch > 0 ? Math.Asin(sin2) : Math.PI - Math.Asin(sin2);
        var a3 = Math.Atan2(-_h * v.Dot(_n2), v.Dot(_n1)) + (branch > 0 ? 0 : Math.PI);
        var w = c * _w0 - s * _n0xW0 + (1 - c) * _n0w0 * _n0;
        var perp = w - _n1.Dot(w) * _n1;
        var from = branch * _n3;
        var a1 = Math.Atan2(_n1.Dot(from.Cross(perp)), from.Dot(perp));
        return (Wrap(a1), Wrap(a2), Wrap(a3));
    }

    /// <summary>Adds to <paramref name="into"/> the base angles (rad, in (−π, π]) strictly inside (<paramref name="lo"/>,
    /// <paramref name="hi"/>) where free axis <paramref name="axis"/> (1…3) equals <paramref name="deg"/> on some branch (or
    /// <paramref name="deg"/> + 180° for a1 and a3, which share one equation): the roots of a cos t + b sin t = c. Added in
    /// place, not returned: this runs for every row of a reflection table the default held value cannot reach.</summary>
    public void AddCrossings(int axis, double deg, double lo, double hi, List<double> into)
    {
        var l = Frames.Rad(deg);
        switch (axis)
        {
            case 1:
                // perp(w(t)) ∥ R(n1, L) n3  ⇔  w(t)·e = 0 with e = n1 × R(n1, L) n3.
                var e = _n1.Cross(Mat3.Rotation(_n1, l) * _n3);
                var ne = _n0.Dot(e);
                AddRoots(_w0.Dot(e) - _n0w0 * ne, -_n0xW0.Dot(e), -_n0w0 * ne, lo, hi, into);
                return;
            case 2:
                AddRoots(_h * _p.Dot(_n3), _h * _q.Dot(_n3), Math.Sin(l), lo, hi, into);
                return;
            default:
                // c2 sin a3 = −h v·n2 and c2 cos a3 = v·n1, so a3 = L ⇔ (−h v·n2) cos L − (v·n1) sin L = 0.
                var (cl, sl) = (Math.Cos(l), Math.Sin(l));
                AddRoots(-_h * _p.Dot(_n2) * cl - _p.Dot(_n1) * sl, -_h * _q.Dot(_n2) * cl - _q.Dot(_n1) * sl, 0, lo, hi, into);
                return;
        }
    }

    /// <summary>Adds the roots in (−π, π] of a cos t + b sin t = c that lie strictly inside (lo, hi).</summary>
    private static void AddRoots(double a, double b, double c, double lo, double hi, List<double> into)
    {
        var r = Math.Sqrt(a * a + b * b);
        if (!(r > 1e-14) || Math.Abs(c) > r * (1 + 1e-12))
        {
            return;
        }
        var phase = Math.Atan2(b, a);
        var spread = Math.Acos(Math.Clamp(c / r, -1, 1));
        foreach (var t in (ReadOnlySpan<double>)[GoniometerSolver.Wrap(phase + spread), GoniometerSolver.Wrap(phase - spread)])
        {
            if (t > lo && t < hi)
            {
                into.Add(t);
            }
        }
    }

    private static double Wrap(double rad) => Frames.WrapDeg(Frames.Deg(rad));
}
