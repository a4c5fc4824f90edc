using System.Collections.Immutable;
using DfxrmViz.Core.Numerics;
using DfxrmViz.Core.Symmetry;

namespace DfxrmViz.Core.Crystal;

/// <summary>Expands the asymmetric unit to every atom in the unit cell (docs/physics.md §2 "Symmetry expansion").</summary>
/// <remarks>Per site: x′ = R x + t wrapped into [0, 1) (values within 1e-9 of 1 snap to 0); images of the same label whose
/// minimum-image distance |A(Δ − round Δ)| is below <see cref="MergeDistanceA"/> are one atom (special positions); different
/// labels are never merged (mixed sites); occupancy is kept, never summed; U*′ = R U* Rᵀ [GKA02].</remarks>
public static class SiteExpansion
{
    /// <summary>Images of one site closer than this (Å) are the same atom.</summary>
    public const double MergeDistanceA = 0.05;

    /// <summary>All atoms of the unit cell, site by site in file order, images in operation order.</summary>
    public static ImmutableArray<CellSite> Expand(UnitCell cell, SpaceGroup group, IEnumerable<AtomSite> sites)
    {
        ArgumentNullException.ThrowIfNull(cell);
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(sites);
        var a = cell.A;
        var ops = group.Operations;
        // The operations as floating-point matrices and translations once per expansion (the same values op.Apply uses).
        var rotations = new Mat3[ops.Length];
        var translations = new Vec3[ops.Length];
        for (var i = 0; i < ops.Length; i++)
        {
            rotations[i] = ops[i].Rotation.ToMat3();
            translations[i] = ops[i].Translation;
        }
        var result = ImmutableArray.CreateBuilder<CellSite>();
        var images = new List<Vec3>(ops.Length);
        foreach (var site in sites)
        {
            var uIso = site.Displacement.UisoA2(cell);
            var uStar = site.Displacement.Aniso?.ToUStar(cell);
            images.Clear();
            for (var i = 0; i < ops.Length; i++)
            {
                var r = rotations[i];
                var x = Wrap(r * site.Fractional + translations[i]);
                if (IsNearAny(a, x, images))
                {
                    continue;
                }
                images.Add(x);
                result.Add(new CellSite(site.Label, site.Element, x, site.Occupancy, uIso, uStar is { } u ? r * u * r.Transpose() : null));
            }
        }
        return result.ToImmutable();
    }

    private static bool IsNearAny(Mat3 a, Vec3 x, List<Vec3> images)
    {
        foreach (var y in images)
        {
            if (MinimumImageDistanceA(a, x - y) < MergeDistanceA)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Wraps each coordinate into [0, 1).</summary>
    public static Vec3 Wrap(Vec3 x) => new(Wrap(x.X), Wrap(x.Y), Wrap(x.Z));

    private static double Wrap(double v)
    {
        var w = v - Math.Floor(v);
        return w >= 1 - 1e-9 ? 0 : w;
    }

    /// <summary>|A(Δ − round Δ)| in Å.</summary>
    private static double MinimumImageDistanceA(Mat3 a, Vec3 d) =>
        (a * new Vec3(d.X - Math.Round(d.X), d.Y - Math.Round(d.Y), d.Z - Math.Round(d.Z))).Norm;
}
