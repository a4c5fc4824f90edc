using DfxrmViz.Core.Crystal;
using DfxrmViz.Core.Numerics;

namespace DfxrmViz.Core.Orientation;

/// <summary>The azimuth ψ of k̂⊥ about Q that minimises L_in + L_out at the box centre (docs/physics.md §6, optional rule).</summary>
/// <remarks>L(ψ) is piecewise smooth (a new wall takes over at kinks): a 0.5° scan brackets the global minimum, golden-section
/// search refines it inside the ±0.5° bracket (to 1e-10 rad).</remarks>
public static class ShortestPath
{
    /// <summary>Beams with the shortest total path; the beam-exit direction reported is the optimal k̂⊥.</summary>
    public static BraggBeams Beams(UnitCell cell, Vec3 hkl, double energyKeV, Mat3 u, SampleBoxUm box)
    {
        var theta = BraggGeometry.ThetaRad(cell, hkl, energyKeV);
        var d = cell.DSpacingA(hkl);
        var q = 2 * Math.PI * (u * cell.ReciprocalVector(hkl));
        var qn = q.Normalized();
        var seed = Math.Abs(qn.Z) < 0.9 ? Vec3.UnitZ : Vec3.UnitX;
        var a = (seed - qn.Dot(seed) * qn).Normalized();
        var b = qn.Cross(a);
        Vec3 Perp(double psi) => Math.Cos(psi) * a + Math.Sin(psi) * b;
        double Length(double psi)
        {
            var beams = BraggGeometry.FromAzimuth(theta, d, q, Perp(psi), energyKeV, Perp(psi));
            var (i, o) = BeamPath.FromCentreUm(box, beams.K0Sample, beams.KhSample);
            return i + o;
        }
        var step = Math.PI / 360;
        var best = 0.0;
        var bestL = double.PositiveInfinity;
        for (var psi = 0.0; psi < 2 * Math.PI; psi += step)
        {
            var l = Length(psi);
            if (l < bestL)
            {
                (best, bestL) = (psi, l);
            }
        }
        var opt = GoldenMin(Length, best - step, best + step);
        return BraggGeometry.FromAzimuth(theta, d, q, Perp(opt), energyKeV, Perp(opt));
    }

    private static double GoldenMin(Func<double, double> f, double lo, double hi)
    {
        var g = (Math.Sqrt(5) - 1) / 2;
        double x1 = hi - g * (hi - lo), x2 = lo + g * (hi - lo);
        double f1 = f(x1), f2 = f(x2);
        while (hi - lo > 1e-10)
        {
            if (f1 <= f2)
            {
                (hi, x2, f2) = (x2, x1, f1);
                x1 = hi - g * (hi - lo);
                f1 = f(x1);
            }
            else
            {
                (lo, x1, f1) = (x1, x2, f2);
                x2 = lo + g * (hi - lo);
                f2 = f(x2);
            }
        }
        return (lo + hi) / 2;
    }
}
