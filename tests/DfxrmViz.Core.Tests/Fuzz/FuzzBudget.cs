using System.Globalization;

namespace DfxrmViz.Core.Tests.Fuzz;

/// <summary>How many cases a fuzz test runs and from which seed: the test's own fixed values in CI, or the values of
/// DFXRMVIZ_FUZZ_CASES / DFXRMVIZ_FUZZ_SEED for the longer run of tools/fuzz-long.sh. Bounded by count, never by a clock.</summary>
public static class FuzzBudget
{
    /// <summary>The number of cases: <paramref name="ciCases"/>, or DFXRMVIZ_FUZZ_CASES when that is set and larger (a long run never runs fewer).</summary>
    public static int Cases(int ciCases) =>
        int.TryParse(Environment.GetEnvironmentVariable("DFXRMVIZ_FUZZ_CASES"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > ciCases ? n : ciCases;

    /// <summary>The seed: <paramref name="ciSeed"/>, or DFXRMVIZ_FUZZ_SEED when that is set.</summary>
    public static int Seed(int ciSeed) =>
        int.TryParse(Environment.GetEnvironmentVariable("DFXRMVIZ_FUZZ_SEED"), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var s) ? s : ciSeed;
}
