using System.Globalization;

namespace DfxrmViz.Core.Tests.Optics;

/// <summary>Values written by tools/lens/lens_golden.py (XrayDB 4.4.7 + an independent lens-by-lens trace) into Golden/lens_id06.csv.</summary>
internal static class LensGolden
{
    private static readonly Lazy<Dictionary<string, double>> Values = new(() =>
        File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Golden", "lens_id06.csv"))
            .Where(l => l.Length > 0 && !l.StartsWith('#') && !l.StartsWith("name,", StringComparison.Ordinal))
            .Select(l => l.Split(','))
            .ToDictionary(f => f[0], f => double.Parse(f[1], CultureInfo.InvariantCulture)));

    public static double Get(string name) => Values.Value[name];

    /// <summary>The id06 box as shipped (src/DfxrmViz.Core/Data/Lenses/id06.lens).</summary>
    public static DfxrmViz.Core.Optics.LensFile Id06 => DfxrmViz.Core.Optics.LensFileReader.ReadBuiltin("id06");
}
