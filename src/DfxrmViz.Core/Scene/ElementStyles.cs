using System.Collections.Frozen;
using System.Globalization;
using DfxrmViz.Core.Data;

namespace DfxrmViz.Core.Scene;

/// <summary>Colour and size of one element in the 3D view.</summary>
/// <param name="Symbol">Element symbol.</param>
/// <param name="Color">Jmol colour, sRGB <c>#rrggbb</c>.</param>
/// <param name="CovalentRadiusA">Covalent radius in Å (Cordero et al., Dalton Trans. 2008, 2832).</param>
/// <param name="RadiusIsPlaceholder">True where Cordero gives no radius (Z &gt; 96) and ASE's 0.2 Å stands in.</param>
public sealed record ElementStyle(string Symbol, string Color, double CovalentRadiusA, bool RadiusIsPlaceholder);

/// <summary>Jmol element colours and Cordero 2008 covalent radii as tabulated by ASE 3.22.1 (Data/ElementStyles.csv,
/// written by tools/ase/element_styles.py; provenance in Data/README.md).</summary>
public static class ElementStyles
{
    private static readonly Lazy<FrozenDictionary<string, ElementStyle>> Table = new(Load);

    /// <summary>Shown for a symbol the table does not know (never happens for parsed elements; deep pink stands out).</summary>
    public static ElementStyle Unknown { get; } = new("?", "#ff1493", 1.0, true);

    /// <summary>Style of <paramref name="symbol"/> (case-sensitive standard symbol), or <see cref="Unknown"/>.</summary>
    public static ElementStyle Of(string symbol) => Table.Value.TryGetValue(symbol, out var s) ? s : Unknown with { Symbol = symbol };

    /// <summary>Number of elements in the table.</summary>
    public static int Count => Table.Value.Count;

    private static FrozenDictionary<string, ElementStyle> Load() =>
        EmbeddedData.ReadCsv("ElementStyles.csv")
            .Select(f => new ElementStyle(f[1], f[2], double.Parse(f[3], CultureInfo.InvariantCulture), f[4] != "Cordero2008"))
            .ToFrozenDictionary(s => s.Symbol, StringComparer.Ordinal);
}
