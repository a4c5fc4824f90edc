using System.Collections.Immutable;

namespace DfxrmViz.Core.Cif;

/// <summary>A CIF data block: single tag–value pairs and loops (syntax only; no crystallographic meaning).</summary>
/// <param name="Name">Block name after <c>data_</c>.</param>
/// <param name="Line">1-based line of the <c>data_</c> header.</param>
/// <param name="Pairs">Single-valued items keyed by tag (case-insensitive); the value carries its line.</param>
/// <param name="PairTagLines">1-based line of each pair's tag, keyed like <paramref name="Pairs"/>.</param>
/// <param name="Loops">Loops in file order.</param>
/// <param name="Warnings">Harmless oddities the parser tolerated (e.g. a duplicated tag whose second value is empty).</param>
public sealed record CifBlock(
    string Name,
    int Line,
    IReadOnlyDictionary<string, CifValue> Pairs,
    IReadOnlyDictionary<string, int> PairTagLines,
    ImmutableArray<CifLoop> Loops,
    ImmutableArray<string> Warnings)
{
    /// <summary>The single value of <paramref name="tag"/> (case-insensitive), or null if absent.</summary>
    public CifValue? Find(string tag) => Pairs.TryGetValue(tag, out var v) ? v : null;

    /// <summary>The first of <paramref name="tags"/> present as a pair with a value (not ? or .), with the tag found.</summary>
    public (string Tag, CifValue Value)? FindFirst(params string[] tags)
    {
        foreach (var tag in tags)
        {
            if (Find(tag) is { HasValue: true } v)
            {
                return (tag, v);
            }
        }
        return null;
    }

    /// <summary>The loop that holds <paramref name="tag"/>, or null.</summary>
    public CifLoop? FindLoop(string tag) => Loops.FirstOrDefault(l => l.ColumnOf(tag) >= 0);

    /// <summary>Values of <paramref name="tag"/> as a column: a loop column, or a single pair as one row; null if absent.</summary>
    public ImmutableArray<CifValue>? FindColumn(string tag)
    {
        if (FindLoop(tag) is { } loop)
        {
            var c = loop.ColumnOf(tag);
            return [.. Enumerable.Range(0, loop.RowCount).Select(r => loop[r, c])];
        }
        return Find(tag) is { } v ? [v] : null;
    }
}
