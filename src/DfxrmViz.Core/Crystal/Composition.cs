using System.Collections.Immutable;
using System.Globalization;
using DfxrmViz.Core.Elements;

namespace DfxrmViz.Core.Crystal;

/// <summary>Cell contents by element, formula units Z and the formula sum.</summary>
public static class Composition
{
    /// <summary>Σ occupancy per element over the cell, in Hill order (C, H, then alphabetical; alphabetical without C).</summary>
    public static ImmutableArray<KeyValuePair<string, double>> AtomsPerCell(IEnumerable<CellSite> sites)
    {
        var sums = new Dictionary<string, double>();
        foreach (var s in sites)
        {
            sums[s.Element.Symbol] = sums.GetValueOrDefault(s.Element.Symbol) + s.Occupancy;
        }
        return [.. HillOrder(sums.Keys).Select(k => new KeyValuePair<string, double>(k, sums[k]))];
    }

    /// <summary>Z: _cell_formula_units_Z when given; else cell contents ÷ the file's formula sum when that divides evenly;
    /// else the greatest common divisor of the element counts when all are whole numbers; else (partial occupancy) the
    /// greatest common divisor of the number of positions per element (Na0.8CoO2: Co 2, Na 2, O 4 → 2).</summary>
    public static int FormulaUnits(IReadOnlyCollection<CellSite> cellSites, ImmutableArray<KeyValuePair<string, double>> counts, int? zFromFile, string? formulaFromFile)
    {
        if (zFromFile is > 0)
        {
            return zFromFile.Value;
        }
        if (formulaFromFile is not null && ParseFormula(formulaFromFile) is { Count: > 0 } formula && counts.Length > 0
            && formula.TryGetValue(counts[0].Key, out var n0) && n0 > 0)
        {
            var z = Math.Round(counts[0].Value / n0);
            if (z >= 1 && counts.All(c => formula.TryGetValue(c.Key, out var n) && Math.Abs(c.Value - z * n) < 0.02 * Math.Max(1, c.Value)))
            {
                return (int)z;
            }
        }
        if (counts.Length > 0 && counts.All(c => Math.Abs(c.Value - Math.Round(c.Value)) < 1e-3 && c.Value >= 0.5))
        {
            return counts.Select(c => (int)Math.Round(c.Value)).Aggregate(Gcd);
        }
        return cellSites.Count == 0 ? 1 : cellSites.GroupBy(s => s.Element.Symbol).Select(g => g.Count()).Aggregate(Gcd);
    }

    /// <summary>Formula sum in CIF style, e.g. <c>Li Nb O3</c>, <c>Co Na0.8 O2</c>: cell contents ÷ Z, Hill order.</summary>
    public static string FormatFormula(ImmutableArray<KeyValuePair<string, double>> counts, int z) =>
        string.Join(' ', counts.Select(c => c.Key + Count(c.Value / z)));

    /// <summary>Parses a formula sum such as <c>'O3 Pb Ti0.35 Zr0.65'</c> into element counts; null if any part is unreadable.</summary>
    public static Dictionary<string, double>? ParseFormula(string formula)
    {
        var result = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase);
        foreach (var part in formula.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries))
        {
            var letters = new string([.. part.TakeWhile(char.IsLetter)]);
            var rest = part[letters.Length..];
            if (letters.Length == 0 || PeriodicTable.Find(letters) is null)
            {
                return null;
            }
            var n = 1.0;
            if (rest.Length > 0 && !double.TryParse(rest, NumberStyles.Float, CultureInfo.InvariantCulture, out n))
            {
                return null;
            }
            result[letters] = result.GetValueOrDefault(letters) + n;
        }
        return result;
    }

    private static string Count(double n)
    {
        var r = Math.Round(n, 3);
        return Math.Abs(r - 1) < 1e-9 ? "" : r.ToString("0.###", CultureInfo.InvariantCulture);
    }

    private static IEnumerable<string> HillOrder(IEnumerable<string> symbols)
    {
        var list = symbols.Order(StringComparer.Ordinal).ToList();
        if (!list.Contains("C"))
        {
            return list;
        }
        var first = list.Contains("H") ? new[] { "C", "H" } : ["C"];
        return first.Concat(list.Except(first));
    }

    private static int Gcd(int a, int b) => b == 0 ? a : Gcd(b, a % b);
}
