using DfxrmViz.Core.Crystal;
using DfxrmViz.Core.Numerics;
using DfxrmViz.Core.Orientation;

namespace DfxrmViz.Core.Tests.Orientation;

/// <summary>Seeded random cells of all seven crystal systems, reflections, mounts and energies for property tests.</summary>
internal static class RandomGeometry
{
    public static readonly string[] Systems = ["triclinic", "monoclinic", "orthorhombic", "tetragonal", "trigonal", "hexagonal", "cubic"];

    public static UnitCell Cell(Random r, string system)
    {
        double L() => 2.5 + 10 * r.NextDouble();
        double Ang() => 65 + 50 * r.NextDouble();
        return system switch
        {
            "triclinic" => TriclinicValid(r),
            "monoclinic" => new UnitCell(L(), L(), L(), 90, 92 + 25 * r.NextDouble(), 90),
            "orthorhombic" => new UnitCell(L(), L(), L(), 90, 90, 90),
            "tetragonal" => Same(L(), (a) => new UnitCell(a, a, L(), 90, 90, 90)),
            "trigonal" => Same(L(), (a) => Same(Ang(), (al) => new UnitCell(a, a, a, al, al, al))),
            "hexagonal" => Same(L(), (a) => new UnitCell(a, a, L(), 90, 90, 120)),
            _ => Same(L(), (a) => new UnitCell(a, a, a, 90, 90, 90)),
        };
    }

    private static UnitCell TriclinicValid(Random r)
    {
        while (true)
        {
            var c = new UnitCell(2.5 + 10 * r.NextDouble(), 2.5 + 10 * r.NextDouble(), 2.5 + 10 * r.NextDouble(),
                65 + 50 * r.NextDouble(), 65 + 50 * r.NextDouble(), 65 + 50 * r.NextDouble());
            if (c.VolumeA3 > 0.3 * c.AA * c.BA * c.CA)
            {
                return c;
            }
        }
    }

    private static T Same<T>(double v, Func<double, T> f) => f(v);

    public static Vec3 Indices(Random r, int max)
    {
        while (true)
        {
            var v = new Vec3(r.Next(-max, max + 1), r.Next(-max, max + 1), r.Next(-max, max + 1));
            if (v.Norm > 0)
            {
                return v;
            }
        }
    }

    public static LatticeVector Vector(Random r) =>
        new(Indices(r, 3) + (r.NextDouble() < 0.3 ? new Vec3(0.25, -0.5, 0.125) : Vec3.Zero),
            r.NextDouble() < 0.5 ? LatticeVectorKind.Plane : LatticeVectorKind.Direction);

    /// <summary>Independent d: 1/√(hᵀ G⁻¹ h) from the metric tensor G (not from B).</summary>
    public static double DFromMetric(UnitCell c, Vec3 h)
    {
        double Cos(double d) => Math.Cos(d * Math.PI / 180);
        var g = new Mat3(c.AA * c.AA, c.AA * c.BA * Cos(c.GammaDeg), c.AA * c.CA * Cos(c.BetaDeg),
            c.AA * c.BA * Cos(c.GammaDeg), c.BA * c.BA, c.BA * c.CA * Cos(c.AlphaDeg),
            c.AA * c.CA * Cos(c.BetaDeg), c.BA * c.CA * Cos(c.AlphaDeg), c.CA * c.CA);
        return 1 / Math.Sqrt(h.Dot(g.Inverse() * h));
    }

    /// <summary>Independent θ: λ = 12.398419843320026/E (CODATA 2018 hc in keV·Å), θ = asin(λ/2d).</summary>
    public static double Theta(UnitCell c, Vec3 h, double energyKeV) => Math.Asin(12.398419843320026 / energyKeV / (2 * DFromMetric(c, h)));
}
