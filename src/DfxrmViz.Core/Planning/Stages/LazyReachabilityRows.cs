using System.Collections;
using DfxrmViz.Core.Orientation;
using DfxrmViz.Core.Scattering;

namespace DfxrmViz.Core.Planning.Stages;

/// <summary>The reachability of a table's rows, each found when first read: the page reads the rows it shows (a few dozen of
/// hundreds), the suggestion a few candidates, the pre-flight none; a CSV or the API reads them all. A row is computed once
/// (two threads racing compute the same row, and one result is kept), so every reader sees the same row.</summary>
public sealed class LazyReachabilityRows : IReadOnlyDictionary<Hkl, ReachabilityRow>
{
    private readonly Dictionary<Hkl, int> _index;
    private readonly Hkl[] _keys;
    private readonly ReachabilityRow?[] _rows;
    private readonly Func<Hkl, ReachabilityRow> _compute;

    /// <param name="keys">The rows' class representatives, in table order (distinct).</param>
    /// <param name="compute">The row of one representative (pure: the same answer whenever asked).</param>
    public LazyReachabilityRows(IEnumerable<Hkl> keys, Func<Hkl, ReachabilityRow> compute)
    {
        _keys = [.. keys];
        _index = new Dictionary<Hkl, int>(_keys.Length);
        for (var i = 0; i < _keys.Length; i++)
        {
            _index.Add(_keys[i], i);
        }
        _rows = new ReachabilityRow?[_keys.Length];
        _compute = compute;
    }

    public int Count => _keys.Length;

    public IEnumerable<Hkl> Keys => _keys;

    public IEnumerable<ReachabilityRow> Values => _keys.Select(k => this[k]);

    /// <summary>Rows computed so far (tests: reading a few rows computes those alone).</summary>
    public int ComputedCount => _rows.Count(r => r is not null);

    public ReachabilityRow this[Hkl key] => TryGetValue(key, out var row) ? row : throw new KeyNotFoundException($"{key} is not a row of the table.");

    public bool ContainsKey(Hkl key) => _index.ContainsKey(key);

    public bool TryGetValue(Hkl key, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out ReachabilityRow value)
    {
        if (!_index.TryGetValue(key, out var i))
        {
            value = null;
            return false;
        }
        value = Volatile.Read(ref _rows[i]) ?? (Interlocked.CompareExchange(ref _rows[i], _compute(key), null) ?? _rows[i]!);
        return true;
    }

    public IEnumerator<KeyValuePair<Hkl, ReachabilityRow>> GetEnumerator() =>
        _keys.Select(k => new KeyValuePair<Hkl, ReachabilityRow>(k, this[k])).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
