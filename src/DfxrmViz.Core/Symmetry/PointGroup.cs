using System.Collections.Frozen;
using System.Collections.Immutable;

namespace DfxrmViz.Core.Symmetry;

/// <summary>Crystal systems (ITA 2016 Table 2.1.2.1; trigonal and hexagonal kept apart as gemmi does).</summary>
public enum CrystalSystem
{
    Triclinic,
    Monoclinic,
    Orthorhombic,
    Tetragonal,
    Trigonal,
    Hexagonal,
    Cubic,
}

/// <summary>A crystallographic point group: its distinct rotation matrices, class symbol, crystal system and centrosymmetry.</summary>
/// <param name="Rotations">Distinct R of the space group (docs/physics.md §2: point group P = distinct R).</param>
/// <param name="Symbol">Geometric class symbol as gemmi 0.5.7 <c>point_group_hm</c> (e.g. <c>-42m</c>, <c>-62m</c>, <c>m-3m</c>).</param>
/// <param name="System">Crystal system.</param>
public sealed record PointGroup(ImmutableArray<IntMat3> Rotations, string Symbol, CrystalSystem System)
{
    /// <summary>Whether the inversion −1 is in the group.</summary>
    public bool IsCentrosymmetric => Rotations.Contains(new IntMat3(-1, 0, 0, 0, -1, 0, 0, 0, -1));

    /// <summary>Laue group rotations P ∪ −P.</summary>
    public ImmutableArray<IntMat3> LaueRotations =>
        [.. Rotations.Concat(Rotations.Select(r => r * new IntMat3(-1, 0, 0, 0, -1, 0, 0, 0, -1))).Distinct()];

    /// <summary>Classifies the distinct rotations of <paramref name="ops"/>.</summary>
    /// <remarks>The 32 classes are told apart by how many operations of each type (1, 2, 3, 4, 6, −1, m, −3, −4, −6) they
    /// contain; the type follows from det R and tr R (ITA 2016 Table 1.2.2.1).</remarks>
    public static PointGroup FromOperations(IEnumerable<SymOp> ops)
    {
        ImmutableArray<IntMat3> rotations = [.. ops.Select(o => o.Rotation).Distinct()];
        var counts = new int[10];
        foreach (var r in rotations)
        {
            counts[TypeIndex(r)]++;
        }
        var key = string.Join(',', counts);
        return ByCounts.TryGetValue(key, out var c)
            ? new PointGroup(rotations, c.Symbol, c.System)
            : throw new ArgumentException($"The operations do not form a crystallographic point group (type counts {key}).", nameof(ops));
    }

    /// <summary>Index into (1, 2, 3, 4, 6, −1, m, −3, −4, −6) from det and trace.</summary>
    private static int TypeIndex(IntMat3 r) => (r.Determinant, r.Trace) switch
    {
        (1, 3) => 0,
        (1, -1) => 1,
        (1, 0) => 2,
        (1, 1) => 3,
        (1, 2) => 4,
        (-1, -3) => 5,
        (-1, 1) => 6,
        (-1, 0) => 7,
        (-1, -1) => 8,
        (-1, -2) => 9,
        _ => throw new ArgumentException($"Matrix with det {r.Determinant} and trace {r.Trace} is not a crystallographic rotation."),
    };

    // Counts of (1, 2, 3, 4, 6, -1, m, -3, -4, -6) per class (ITA 2016 Table 3.2.3.2, derived from the general positions).
    private static readonly FrozenDictionary<string, (string Symbol, CrystalSystem System)> ByCounts = new (string, string, CrystalSystem)[]
    {
        ("1,0,0,0,0,0,0,0,0,0", "1", CrystalSystem.Triclinic),
        ("1,0,0,0,0,1,0,0,0,0", "-1", CrystalSystem.Triclinic),
        ("1,1,0,0,0,0,0,0,0,0", "2", CrystalSystem.Monoclinic),
        ("1,0,0,0,0,0,1,0,0,0", "m", CrystalSystem.Monoclinic),
        ("1,1,0,0,0,1,1,0,0,0", "2/m", CrystalSystem.Monoclinic),
        ("1,3,0,0,0,0,0,0,0,0", "222", CrystalSystem.Orthorhombic),
        ("1,1,0,0,0,0,2,0,0,0", "mm2", CrystalSystem.Orthorhombic),
        ("1,3,0,0,0,1,3,0,0,0", "mmm", CrystalSystem.Orthorhombic),
        ("1,1,0,2,0,0,0,0,0,0", "4", CrystalSystem.Tetragonal),
        ("1,1,0,0,0,0,0,0,2,0", "-4", CrystalSystem.Tetragonal),
        ("1,1,0,2,0,1,1,0,2,0", "4/m", CrystalSystem.Tetragonal),
        ("1,5,0,2,0,0,0,0,0,0", "422", CrystalSystem.Tetragonal),
        ("1,1,0,2,0,0,4,0,0,0", "4mm", CrystalSystem.Tetragonal),
        ("1,3,0,0,0,0,2,0,2,0", "-42m", CrystalSystem.Tetragonal),
        ("1,5,0,2,0,1,5,0,2,0", "4/mmm", CrystalSystem.Tetragonal),
        ("1,0,2,0,0,0,0,0,0,0", "3", CrystalSystem.Trigonal),
        ("1,0,2,0,0,1,0,2,0,0", "-3", CrystalSystem.Trigonal),
        ("1,3,2,0,0,0,0,0,0,0", "32", CrystalSystem.Trigonal),
        ("1,0,2,0,0,0,3,0,0,0", "3m", CrystalSystem.Trigonal),
        ("1,3,2,0,0,1,3,2,0,0", "-3m", CrystalSystem.Trigonal),
        ("1,1,2,0,2,0,0,0,0,0", "6", CrystalSystem.Hexagonal),
        ("1,0,2,0,0,0,1,0,0,2", "-6", CrystalSystem.Hexagonal),
        ("1,1,2,0,2,1,1,2,0,2", "6/m", CrystalSystem.Hexagonal),
        ("1,7,2,0,2,0,0,0,0,0", "622", CrystalSystem.Hexagonal),
        ("1,1,2,0,2,0,6,0,0,0", "6mm", CrystalSystem.Hexagonal),
        ("1,3,2,0,0,0,4,0,0,2", "-62m", CrystalSystem.Hexagonal),
        ("1,7,2,0,2,1,7,2,0,2", "6/mmm", CrystalSystem.Hexagonal),
        ("1,3,8,0,0,0,0,0,0,0", "23", CrystalSystem.Cubic),
        ("1,3,8,0,0,1,3,8,0,0", "m-3", CrystalSystem.Cubic),
        ("1,9,8,6,0,0,0,0,0,0", "432", CrystalSystem.Cubic),
        ("1,3,8,0,0,0,6,0,6,0", "-43m", CrystalSystem.Cubic),
        ("1,9,8,6,0,1,9,8,6,0", "m-3m", CrystalSystem.Cubic),
    }.ToFrozenDictionary(t => t.Item1, t => (t.Item2, t.Item3));
}
