using System.Collections.Frozen;
using System.Globalization;
using DfxrmViz.Core.Data;

namespace DfxrmViz.Core.XrayData;

/// <summary>Elam photoabsorption, coherent and incoherent cross sections of one element.</summary>
internal sealed record ElamElement(string Symbol, ElamCurve Photo, ElamCurve Coherent, ElamCurve Incoherent);

/// <summary>Elam, Ravel &amp; Sieber (2002) tables from XrayDB 4.4.7 (DB 8.1), read once from Data/XrayDb/Elam*.csv.</summary>
internal static class ElamTables
{
    /// <summary>Range served: 0.1 keV (XrayDB's lower clamp) to 800 keV (end of the scattering tables).</summary>
    public static readonly EnergyRange Range = new(0.1, 800.0);

    public const string Coverage = "H–Cf (Z 1–98)";

    private static readonly Lazy<FrozenDictionary<string, ElamElement>> Elements = new(Load);

    public static IReadOnlyDictionary<string, ElamElement> BySymbol => Elements.Value;

    private static FrozenDictionary<string, ElamElement> Load()
    {
        var photo = Columns("XrayDb/ElamPhoto.csv", 3);
        var scatter = Columns("XrayDb/ElamScattering.csv", 5);
        return photo.Keys.ToFrozenDictionary(s => s, s =>
        {
            var p = photo[s];
            var c = scatter[s];
            return new ElamElement(s, new ElamCurve(p[0], p[1], p[2]),
                new ElamCurve(c[0], c[1], c[2]), new ElamCurve(c[0], c[3], c[4]));
        }, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Rows "symbol,v1..vn" grouped by symbol into n column arrays (file order kept).</summary>
    internal static Dictionary<string, double[][]> Columns(string file, int count)
    {
        var lists = new Dictionary<string, List<double>[]>(StringComparer.Ordinal);
        foreach (var f in EmbeddedData.ReadCsv(file))
        {
            if (!lists.TryGetValue(f[0], out var cols))
            {
                cols = [.. Enumerable.Range(0, count).Select(_ => new List<double>())];
                lists[f[0]] = cols;
            }
            for (var i = 0; i < count; i++)
            {
                cols[i].Add(double.Parse(f[i + 1], CultureInfo.InvariantCulture));
            }
        }
        return lists.ToDictionary(kv => kv.Key, kv => kv.Value.Select(l => l.ToArray()).ToArray(), StringComparer.Ordinal);
    }
}
