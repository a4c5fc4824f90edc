using System.Collections.Immutable;

namespace DfxrmViz.Core.Symmetry;

/// <summary>A space group as used by a crystal: its name(s) and the full list of operations (including centring).</summary>
/// <param name="HermannMauguin">H-M symbol as given in the file or table (may be non-standard, e.g. <c>B m m 2</c>).</param>
/// <param name="Number">International Tables number, when known.</param>
/// <param name="Hall">Hall symbol, when known.</param>
/// <param name="Operations">All operations, translations wrapped to [0, 1), identity first, no duplicates.</param>
/// <param name="OperationsFromFile">Whether the operations were read from the CIF (authoritative) or generated from the symbol.</param>
/// <remarks>Immutable; <see cref="Operations"/> compares by reference in record equality.</remarks>
public sealed record SpaceGroup(string HermannMauguin, int? Number, string? Hall, ImmutableArray<SymOp> Operations, bool OperationsFromFile)
{
    /// <summary>Builds a space group from raw operations: wraps translations, drops duplicates, puts the identity first.</summary>
    public static SpaceGroup FromOperations(string hermannMauguin, int? number, string? hall, IEnumerable<SymOp> ops, bool fromFile)
    {
        var wrapped = ops.Select(o => o.Wrapped()).Distinct().ToList();
        wrapped.Remove(SymOp.Identity);
        return new SpaceGroup(hermannMauguin, number, hall, [SymOp.Identity, .. wrapped], fromFile);
    }

    /// <summary>The point group (distinct rotations) with its class symbol and crystal system.</summary>
    public PointGroup PointGroup() => Symmetry.PointGroup.FromOperations(Operations);

    /// <summary>Whether the reflection h is systematically absent: some op has hR = h and h·t ∉ ℤ (docs/physics.md §2; ITB 1.4).</summary>
    /// <remarks>Exact in 24ths (gemmi GroupOps::is_systematically_absent). Site extinctions are not flagged.</remarks>
    public bool IsSystematicallyAbsent(int h, int k, int l)
    {
        foreach (var op in Operations)
        {
            if (op.ApplyToHkl(h, k, l) == (h, k, l) && op.PhaseShift24(h, k, l) % SymOp.Den != 0)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether the operations form a group (closed under composition modulo lattice translations).</summary>
    public bool IsClosedGroup()
    {
        var set = Operations.ToHashSet();
        foreach (var a in Operations)
        {
            foreach (var b in Operations)
            {
                if (!set.Contains(a.Then(b).Wrapped()))
                {
                    return false;
                }
            }
        }
        return true;
    }
}
