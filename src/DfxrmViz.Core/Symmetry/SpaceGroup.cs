using System.Collections.Concurrent;
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
    /// <remarks>Each operation is packed into one 64-bit key (rotation entries 4 bits each, translations in 24ths 5 bits each);
    /// the n² compositions are integer arithmetic on a set of longs, and the answer is remembered per distinct set of
    /// operations (every read of the same group's file asks again), for up to <see cref="ClosureCacheLimit"/> sets.</remarks>
    public bool IsClosedGroup()
    {
        var n = Operations.Length;
        var ops = new int[12 * n];
        var keys = new long[n];
        for (var i = 0; i < n; i++)
        {
            var o = Operations[i];
            var r = o.Rotation;
            var row = ops.AsSpan(12 * i, 12);
            (row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[7], row[8]) = (r.M00, r.M01, r.M02, r.M10, r.M11, r.M12, r.M20, r.M21, r.M22);
            (row[9], row[10], row[11]) = (Mod24(o.T0), Mod24(o.T1), Mod24(o.T2));
            if (Pack(row) is not { } key)
            {
                return IsClosedGroupSlow();
            }
            keys[i] = key;
        }
        Array.Sort(keys);
        var setKey = new OperationSetKey(keys);
        if (ClosureCache.TryGetValue(setKey, out var known))
        {
            return known;
        }
        var closed = IsClosed(ops, keys);
        if (ClosureCache.Count < ClosureCacheLimit)
        {
            ClosureCache.TryAdd(setKey, closed);
        }
        return closed;
    }

    /// <summary>Distinct operation sets whose closure is remembered (far more than the settings of the 230 space groups).</summary>
    public const int ClosureCacheLimit = 1024;

    private static readonly ConcurrentDictionary<OperationSetKey, bool> ClosureCache = new();

    /// <summary>Whether every a ∘ b of <paramref name="ops"/> (12 ints each: rotation row-major, translation in 24ths) has its
    /// packed key in <paramref name="sortedKeys"/>.</summary>
    private static bool IsClosed(int[] ops, long[] sortedKeys)
    {
        var n = sortedKeys.Length;
        Span<int> c = stackalloc int[12];
        for (var i = 0; i < n; i++)
        {
            var a = ops.AsSpan(12 * i, 12);
            for (var j = 0; j < n; j++)
            {
                var b = ops.AsSpan(12 * j, 12);
                // a ∘ b: R = Ra Rb, t = Ra tb + ta (SymOp.Then), translation wrapped to [0, 24).
                for (var r = 0; r < 3; r++)
                {
                    int a0 = a[3 * r], a1 = a[3 * r + 1], a2 = a[3 * r + 2];
                    c[3 * r] = a0 * b[0] + a1 * b[3] + a2 * b[6];
                    c[3 * r + 1] = a0 * b[1] + a1 * b[4] + a2 * b[7];
                    c[3 * r + 2] = a0 * b[2] + a1 * b[5] + a2 * b[8];
                    c[9 + r] = Mod24(a0 * b[9] + a1 * b[10] + a2 * b[11] + a[9 + r]);
                }
                // A rotation entry outside the packable range is in no operation of the list (all of them packed).
                if (Pack(c) is not { } key || Array.BinarySearch(sortedKeys, key) < 0)
                {
                    return false;
                }
            }
        }
        return true;
    }

    /// <summary>A set of packed operations (sorted) compared by value, hash computed once.</summary>
    private sealed class OperationSetKey : IEquatable<OperationSetKey>
    {
        private readonly long[] _keys;
        private readonly int _hash;

        public OperationSetKey(long[] sortedKeys)
        {
            _keys = sortedKeys;
            var h = new HashCode();
            foreach (var k in sortedKeys)
            {
                h.Add(k);
            }
            _hash = h.ToHashCode();
        }

        public bool Equals(OperationSetKey? other) => other is not null && _keys.AsSpan().SequenceEqual(other._keys);

        public override bool Equals(object? obj) => Equals(obj as OperationSetKey);

        public override int GetHashCode() => _hash;
    }

    /// <summary>The same check on operation records, for operations with a rotation entry outside −8…7 (none in practice).</summary>
    private bool IsClosedGroupSlow()
    {
        var set = Operations.Select(o => o.Wrapped()).ToHashSet();
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

    /// <summary>Rotation entries (−8…7) and translations (0…23) of one operation in one key; null when an entry does not fit.</summary>
    private static long? Pack(ReadOnlySpan<int> op)
    {
        long key = 0;
        for (var e = 0; e < 9; e++)
        {
            var v = op[e] + 8;
            if ((uint)v > 15)
            {
                return null;
            }
            key = (key << 4) | (uint)v;
        }
        return (key << 15) | ((long)op[9] << 10) | ((long)op[10] << 5) | (uint)op[11];
    }

    private static int Mod24(int t) => ((t % SymOp.Den) + SymOp.Den) % SymOp.Den;
}
