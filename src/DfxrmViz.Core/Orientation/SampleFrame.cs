using DfxrmViz.Core.Crystal;
using DfxrmViz.Core.Diagnostics;
using DfxrmViz.Core.Numerics;

namespace DfxrmViz.Core.Orientation;

/// <summary>How the crystal sits in the sample frame S: U maps crystal-frame vectors to S (v_S = U v_C).</summary>
/// <param name="U">Rotation crystal → S; rows are x̂_S, ŷ_S, ẑ_S in the crystal frame (det +1).</param>
/// <param name="Up">The up vector the frame was built from.</param>
/// <param name="Front">The exit-surface vector the frame was built from (given or the default).</param>
public sealed record SampleMount(Mat3 U, LatticeVector Up, LatticeVector Front);

/// <summary>Builds U from 'up' and 'front' (exit-surface) vectors and picks the frame-independent default front (docs/physics.md §6).</summary>
public static class SampleFrame
{
    private const int MaxIndex = 3;

    /// <summary>U with x̂ = up/|up|, ẑ = normalise(front − (front·x̂)x̂), ŷ = ẑ × x̂ [docs/physics.md §6; Busing &amp; Levy 1967].</summary>
    /// <exception cref="InputException">zero vector, non-finite indices, or front ∥ up.</exception>
    public static SampleMount Mount(UnitCell cell, LatticeVector up, LatticeVector? front)
    {
        var x = up.CartesianUnit(cell, "up");
        front ??= DefaultFront(cell, up);
        var f = front.CartesianUnit(cell, "front");
        var perp = f - f.Dot(x) * x;
        // docs/physics.md §6: error if the part ⟂ up is < 1e-6 of |front|.
        if (perp.Norm < 1e-6)
        {
            throw new InputException(new InputProblem("front",
                $"The exit surface {front} is parallel to up {up}; choose a front direction that is not parallel to up."));
        }
        var z = perp.Normalized();
        var y = z.Cross(x);
        return new SampleMount(Mat3.FromRows(x, y, z), up, front);
    }

    /// <summary>
    /// Frame-independent default front (docs/physics.md §6): for up = (hkl) the shortest direction [uvw] ≠ 0 with hu + kv + lw = 0;
    /// for up = [uvw] the plane (hkl) of largest d with hu + kv + lw = 0. Indices −3…3; ties → fewer non-zero indices, then
    /// lexicographically largest with the first non-zero index positive (so [100] before [010]).
    /// For non-integer 'up' with no exact zone-law partner, the candidate most nearly ⟂ up is taken.
    /// </summary>
    public static LatticeVector DefaultFront(UnitCell cell, LatticeVector up)
    {
        var upUnit = up.CartesianUnit(cell, "up");
        var kind = up.Kind == LatticeVectorKind.Plane ? LatticeVectorKind.Direction : LatticeVectorKind.Plane;
        var scale = Math.Max(1, Math.Abs(up.Indices.X) + Math.Abs(up.Indices.Y) + Math.Abs(up.Indices.Z));
        var toCartesian = kind == LatticeVectorKind.Plane ? cell.B : cell.A;
        LatticeVector? best = null;
        (double Zone, double Length, int NonZero) bestKey = (double.MaxValue, 0, 0);
        foreach (var idx in Candidates())
        {
            var c = toCartesian * idx;
            // Zone law r·g = hu + kv + lw exactly (any cell); 1e-9 absorbs non-integer rounding only.
            var zone = Math.Abs(up.Indices.Dot(idx)) <= 1e-9 * scale ? 0 : Math.Abs(c.Normalized().Dot(upUnit));
            var key = (zone, c.Norm, NonZero(idx));
            if (best is null || Better(key, idx, bestKey, best.Indices))
            {
                best = new LatticeVector(idx, kind);
                bestKey = key;
            }
        }
        return best!;
    }

    private static bool Better((double Zone, double Length, int NonZero) a, Vec3 ia, (double Zone, double Length, int NonZero) b, Vec3 ib)
    {
        if (a.Zone != b.Zone)
        {
            return a.Zone < b.Zone;
        }
        if (Math.Abs(a.Length - b.Length) > 1e-9 * b.Length)
        {
            return a.Length < b.Length;
        }
        if (a.NonZero != b.NonZero)
        {
            return a.NonZero < b.NonZero;
        }
        for (var i = 0; i < 3; i++)
        {
            if (ia[i] != ib[i])
            {
                return ia[i] > ib[i];
            }
        }
        return false;
    }

    private static IEnumerable<Vec3> Candidates()
    {
        for (var u = -MaxIndex; u <= MaxIndex; u++)
        {
            for (var v = -MaxIndex; v <= MaxIndex; v++)
            {
                for (var w = -MaxIndex; w <= MaxIndex; w++)
                {
                    var first = u != 0 ? u : v != 0 ? v : w;
                    if (first > 0)
                    {
                        yield return new Vec3(u, v, w);
                    }
                }
            }
        }
    }

    private static int NonZero(Vec3 v) => (v.X != 0 ? 1 : 0) + (v.Y != 0 ? 1 : 0) + (v.Z != 0 ? 1 : 0);
}
