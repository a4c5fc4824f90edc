using DfxrmViz.Core.Crystal;
using DfxrmViz.Core.Numerics;
using DfxrmViz.Core.Planning;

namespace DfxrmViz.Core.Scene;

/// <summary>One drawn atom: element, site label, fractional coordinates as drawn (an image may lie outside [0, 1)) and
/// its position in Å in the crystal Cartesian frame with the cell centred on the origin.</summary>
public sealed record DrawnAtom(string Element, string Label, Vec3 Fractional, Vec3 PositionA);

/// <summary>Which atoms of the cell are drawn (docs/physics.md §2 expansion; display range of DF-XRM_vis,
/// libs/draw_crystal_structures.py: fractional −0.1 … 1.1), in site order, images in a fixed order.</summary>
public static class CellAtoms
{
    /// <summary>Slack on the range ends so atoms on faces, edges and corners are all drawn.</summary>
    private const double Slack = 1e-6;

    /// <summary>The drawn atoms for the range.</summary>
    public static IReadOnlyList<DrawnAtom> Drawn(UnitCell cell, IReadOnlyList<CellSite> sites, CellRange range)
    {
        var (lo, hi) = range == CellRange.Extended ? (-0.1, 1.1) : (0.0, 1.0);
        var a = cell.A;
        var half = new Vec3(0.5, 0.5, 0.5);
        var result = new List<DrawnAtom>();
        foreach (var site in sites)
        {
            if (!site.Fractional.IsFinite)
            {
                continue;
            }
            for (var i = -1; i <= 1; i++)
            {
                for (var j = -1; j <= 1; j++)
                {
                    for (var k = -1; k <= 1; k++)
                    {
                        var f = site.Fractional + new Vec3(i, j, k);
                        if (Inside(f.X, lo, hi) && Inside(f.Y, lo, hi) && Inside(f.Z, lo, hi))
                        {
                            result.Add(new DrawnAtom(site.Element.Symbol, site.Label, f, a * (f - half)));
                        }
                    }
                }
            }
        }
        return result;
    }

    /// <summary>Every lattice image of the sites of <paramref name="elements"/> within <paramref name="radiusA"/> of
    /// <paramref name="centreA"/> (Å, same centred frame), excluding the centre itself.</summary>
    public static IEnumerable<Vec3> Neighbours(UnitCell cell, IReadOnlyList<CellSite> sites, ISet<string> elements, Vec3 centreA, double radiusA)
    {
        var a = cell.A;
        var toFractional = a.Inverse();
        var centre = toFractional * centreA + new Vec3(0.5, 0.5, 0.5);
        // Fractional half-extent of a sphere of radius r along axis i is r·|row i of A⁻¹| (the reciprocal vector a*_i).
        var reach = new Vec3(radiusA * toFractional.Row(0).Norm, radiusA * toFractional.Row(1).Norm, radiusA * toFractional.Row(2).Norm);
        foreach (var site in sites)
        {
            if (!elements.Contains(site.Element.Symbol) || !site.Fractional.IsFinite)
            {
                continue;
            }
            var f = site.Fractional;
            for (var i = (int)Math.Ceiling(centre.X - reach.X - f.X); i <= (int)Math.Floor(centre.X + reach.X - f.X); i++)
            {
                for (var j = (int)Math.Ceiling(centre.Y - reach.Y - f.Y); j <= (int)Math.Floor(centre.Y + reach.Y - f.Y); j++)
                {
                    for (var k = (int)Math.Ceiling(centre.Z - reach.Z - f.Z); k <= (int)Math.Floor(centre.Z + reach.Z - f.Z); k++)
                    {
                        var p = a * (f + new Vec3(i, j, k) - new Vec3(0.5, 0.5, 0.5));
                        var d = (p - centreA).Norm;
                        if (d <= radiusA && d > 1e-6)
                        {
                            yield return p;
                        }
                    }
                }
            }
        }
    }

    private static bool Inside(double v, double lo, double hi) => v >= lo - Slack && v <= hi + Slack;
}
