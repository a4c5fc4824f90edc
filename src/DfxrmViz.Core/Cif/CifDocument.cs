using System.Collections.Immutable;

namespace DfxrmViz.Core.Cif;

/// <summary>A parsed CIF file: its data blocks in file order (gemmi cifdoc.hpp <c>Document</c>).</summary>
public sealed record CifDocument(ImmutableArray<CifBlock> Blocks)
{
    /// <summary>Block names in file order.</summary>
    public ImmutableArray<string> BlockNames => [.. Blocks.Select(b => b.Name)];

    /// <summary>The block named <paramref name="name"/> (case-insensitive), or null.</summary>
    public CifBlock? Find(string name) =>
        Blocks.FirstOrDefault(b => string.Equals(b.Name, name, StringComparison.OrdinalIgnoreCase));
}
