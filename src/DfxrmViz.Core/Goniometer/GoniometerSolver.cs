using DfxrmViz.Core.Numerics;

namespace DfxrmViz.Core.Goniometer;

/// <summary>
/// Every set of motor angles with Γ(angles) = R for a stack of three free axes (others held fixed), in closed form.
/// </summary>
/// <remarks>
/// Fixed rotations are moved to the right by conjugation (F R(n, a) = R(F n, a) F), leaving R(n1,a1) R(n2,a2) R(n3,a3) = M.
/// a1 solves n2·R(n1,a1)ᵀ M n3 = n2·n3, i.e. A cos a1 + B sin a1 + C = 0 (at most two roots); a2 and a3 are then single
/// rotations taking one known vector to another (Paden–Kahan subproblems 1 and 2; R. M. Murray, Z. Li, S. S. Sastry,
/// "A Mathematical Introduction to Robotic Manipulation", CRC 1994, §3.2.2). Each root is polished by two Newton steps on
/// the rotation error. For the ESRF stack with μ fixed at θ this is docs/physics.md §7 mode A, with φ fixed mode B.
/// </remarks>
public static class GoniometerSolver
{
    /// <summary>Result of a decomposition: the angle sets (radians, one per axis, wrapped to (−π, π]) and whether the free
    /// base angle was undetermined (a continuous family; one member, with that angle at its fixed/zero value, is returned).</summary>
    public sealed record Decomposition(IReadOnlyList<double[]> AnglesRad, bool ContinuousFamily);

    /// <summary>All angle sets with Γ = <paramref name="target"/>; <paramref name="fixedRad"/> holds a value for each fixed axis and null for free ones.</summary>
    /// <exception cref="ArgumentException">not exactly three free axes.</exception>
    public static Decomposition Solve(GoniometerProfile profile, Mat3 target, IReadOnlyList<double?> fixedRad)
    {
        var free = new List<int>();
        var axes = new List<Vec3>();
        var p = Mat3.Identity;
        for (var i = 0; i < profile.Axes.Count; i++)
        {
            if (fixedRad[i] is double c)
            {
                p *= Mat3.Rotation(profile.Axes[i].AxisLab, c);
            }
            else
            {
                free.Add(i);
                axes.Add(p * profile.Axes[i].AxisLab);
            }
        }
        if (free.Count != 3)
        {
            throw new ArgumentException($"The solver needs exactly three free axes; got {free.Count}.", nameof(fixedRad));
        }
        var m = target * p.Transpose();
        var (roots, family) = BaseRoots(axes[0], axes[1], axes[2], m);
        var results = new List<double[]>();
        foreach (var a1 in roots)
        {
            var abc = Polish(axes, m, Rest(axes, m, a1));
            var full = new double[profile.Axes.Count];
            for (var i = 0; i < full.Length; i++)
            {
                full[i] = fixedRad[i] ?? 0;
            }
            for (var j = 0; j < 3; j++)
            {
                full[free[j]] = Wrap(abc[j]);
            }
            if (full.All(double.IsFinite) && !results.Any(r => SameAngles(r, full)))
            {
                results.Add(full);
            }
        }
        return new Decomposition(results, family);
    }

    /// <summary>Roots a1 of A cos a1 + B sin a1 + C = 0 (see remarks); a family when A = B = C = 0.</summary>
    private static (List<double> Roots, bool Family) BaseRoots(Vec3 n1, Vec3 n2, Vec3 n3, Mat3 m)
    {
        var w = m * n3;
        var a = n2.Dot(w) - n1.Dot(w) * n1.Dot(n2);
        var b = -n2.Dot(n1.Cross(w));
        var c = n1.Dot(w) * n1.Dot(n2) - n2.Dot(n3);
        var r = Math.Sqrt(a * a + b * b);
        if (!double.IsFinite(r) || !double.IsFinite(c))
        {
            return ([], false);
        }
        if (r < 1e-12)
        {
            return Math.Abs(c) < 1e-9 ? ([0.0], true) : ([], false);
        }
        var ratio = -c / r;
        if (Math.Abs(ratio) > 1 + 1e-12)
        {
            return ([], false);
        }
        var phase = Math.Atan2(b, a);
        var spread = Math.Acos(Math.Clamp(ratio, -1, 1));
        return spread < 1e-12 ? ([phase], false) : ([phase + spread, phase - spread], false);
    }

    /// <summary>a2, a3 for a given a1: a2 turns n3 into N n3 about n2, a3 is what remains about n3.</summary>
    private static double[] Rest(List<Vec3> n, Mat3 m, double a1)
    {
        var nn = Mat3.Rotation(n[0], a1).Transpose() * m;
        var a2 = AngleAbout(n[1], n[2], nn * n[2]);
        var k = Mat3.Rotation(n[1], a2).Transpose() * nn;
        var v = Perpendicular(n[2]);
        var a3 = AngleAbout(n[2], v, k * v);
        return [a1, a2, a3];
    }

    /// <summary>Signed angle of the rotation about unit <paramref name="axis"/> taking the part of <paramref name="from"/> ⟂ axis to that of <paramref name="to"/>.</summary>
    private static double AngleAbout(Vec3 axis, Vec3 from, Vec3 to)
    {
        var p = from - axis.Dot(from) * axis;
        var q = to - axis.Dot(to) * axis;
        return Math.Atan2(axis.Dot(p.Cross(q)), p.Dot(q));
    }

    private static Vec3 Perpendicular(Vec3 n)
    {
        var trial = Math.Abs(n.X) < 0.9 ? Vec3.UnitX : Vec3.UnitY;
        return (trial - n.Dot(trial) * n).Normalized();
    }

    /// <summary>Two Newton steps on e = vee(Γ Mᵀ) (small-angle rotation error); Jacobian columns are the axes in L.</summary>
    private static double[] Polish(List<Vec3> n, Mat3 m, double[] a)
    {
        for (var iter = 0; iter < 2; iter++)
        {
            var r1 = Mat3.Rotation(n[0], a[0]);
            var r12 = r1 * Mat3.Rotation(n[1], a[1]);
            var e = r12 * Mat3.Rotation(n[2], a[2]) * m.Transpose();
            var err = 0.5 * new Vec3(e.M21 - e.M12, e.M02 - e.M20, e.M10 - e.M01);
            var j = Mat3.FromColumns(n[0], r1 * n[1], r12 * n[2]);
            if (!(err.Norm >= 1e-15) || !(Math.Abs(j.Determinant) >= 1e-6))
            {
                break;
            }
            var d = j.Inverse() * err;
            a = [a[0] - d.X, a[1] - d.Y, a[2] - d.Z];
        }
        return a;
    }

    /// <summary>Wraps radians into (−π, π].</summary>
    public static double Wrap(double rad)
    {
        var w = Math.IEEERemainder(rad, 2 * Math.PI);
        return w <= -Math.PI ? w + 2 * Math.PI : w;
    }

    private static bool SameAngles(double[] x, double[] y)
    {
        for (var i = 0; i < x.Length; i++)
        {
            if (Math.Abs(Wrap(x[i] - y[i])) > 1e-7)
            {
                return false;
            }
        }
        return true;
    }
}
