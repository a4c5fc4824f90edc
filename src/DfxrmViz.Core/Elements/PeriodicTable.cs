using System.Collections.Frozen;
using System.Globalization;
using DfxrmViz.Core.Data;

namespace DfxrmViz.Core.Elements;

/// <summary>Elements H … Cf with molar masses from XrayDB 4.4.7 (DB 8.1), read once from Data/Elements.csv.</summary>
public static class PeriodicTable
{
    private static readonly Lazy<FrozenDictionary<string, Element>> BySymbol = new(Load);

    /// <summary>Every element in the table, by atomic number.</summary>
    public static IReadOnlyList<Element> All => [.. BySymbol.Value.Values.OrderBy(e => e.Z)];

    /// <summary>The element with this symbol (case-insensitive: "NB", "nb" → Nb), or null.</summary>
    public static Element? Find(string symbol) =>
        BySymbol.Value.TryGetValue(symbol, out var e) ? e : null;

    /// <summary>Splits a CIF type symbol such as <c>O2-</c>, <c>Nb5+</c>, <c>Fe3</c> or <c>Ow</c> into its element, or null.</summary>
    /// <remarks>CIF core dictionary, _atom_type_symbol: element symbol, optionally followed by a charge or label suffix.</remarks>
    public static Element? FromTypeSymbol(string typeSymbol)
    {
        var letters = new string([.. typeSymbol.Trim().TakeWhile(char.IsLetter)]);
        if (letters.Length >= 2 && char.IsLower(letters[1]) && Find(letters[..2]) is { } twoLetter)
        {
            return twoLetter;
        }
        return letters.Length >= 1 ? Find(letters[..1]) : null;
    }

    private static FrozenDictionary<string, Element> Load() =>
        EmbeddedData.ReadCsv("Elements.csv")
            .Select(f => new Element(int.Parse(f[0], CultureInfo.InvariantCulture), f[1], double.Parse(f[2], CultureInfo.InvariantCulture)))
            .ToFrozenDictionary(e => e.Symbol, StringComparer.OrdinalIgnoreCase);
}
