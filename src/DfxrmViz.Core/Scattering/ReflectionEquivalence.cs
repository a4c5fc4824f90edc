using System.Collections.Immutable;
using DfxrmViz.Core.Symmetry;

namespace DfxrmViz.Core.Scattering;

/// <summary>Classes of reflections equivalent under a point group (docs/physics.md §2 "Equivalence"; ITB 1.4):
/// h ~ hR for R in P (row vector), multiplicity |{hR}|. The point group P itself is used, never the Laue group P ∪ −P, so
/// Friedel mates of a non-centrosymmetric crystal are separate classes (f″ breaks Friedel's law; docs/api.md); for a
/// centrosymmetric crystal P already contains −1 and the class is the Laue class.</summary>
/// <remarks>Representative rule (deterministic, frame-free): the member with the largest h, then the largest k, then the
/// largest l — e.g. (1 1 1) for {111} in m-3m, (2 2 0) for {220}.</remarks>
public sealed class ReflectionEquivalence
{
    private readonly IntMat3[] _transposed;

    /// <summary>Classes under the distinct rotations of <paramref name="pointGroup"/>.</summary>
    public ReflectionEquivalence(PointGroup pointGroup)
    {
        ArgumentNullException.ThrowIfNull(pointGroup);
        // h′ = h R as a row vector = Rᵀ h as a column (gemmi Op::apply_to_hkl).
        _transposed = [.. pointGroup.Rotations.Select(r => r.Transpose())];
    }

    /// <summary>The class representative of <paramref name="hkl"/> (no allocation).</summary>
    public Hkl Representative(Hkl hkl)
    {
        var best = hkl;
        foreach (var rt in _transposed)
        {
            var (h, k, l) = rt.Times(hkl.H, hkl.K, hkl.L);
            var m = new Hkl(h, k, l);
            if (m.CompareTo(best) > 0)
            {
                best = m;
            }
        }
        return best;
    }

    /// <summary>Every distinct member of the class of <paramref name="hkl"/>, in descending (h, k, l) order (representative first).</summary>
    public ImmutableArray<Hkl> Members(Hkl hkl)
    {
        // At most 48 rotations: a linear de-duplication on the stack beats a HashSet here.
        Span<Hkl> found = stackalloc Hkl[_transposed.Length];
        var n = 0;
        foreach (var rt in _transposed)
        {
            var (h, k, l) = rt.Times(hkl.H, hkl.K, hkl.L);
            var m = new Hkl(h, k, l);
            if (!found[..n].Contains(m))
            {
                found[n++] = m;
            }
        }
        var members = found[..n];
        members.Sort((a, b) => b.CompareTo(a));
        return [.. members];
    }

    /// <summary>Multiplicity: number of distinct members of the class.</summary>
    public int Multiplicity(Hkl hkl) => Members(hkl).Length;
}
