using System.Text;
using DfxrmViz.Core.Diagnostics;
using DfxrmViz.Core.Optics;

namespace DfxrmViz.Core.Tests.Fuzz;

/// <summary>Mutated .lens text (HELPERS.md fuzz rule): only InputException may escape; results are finite.</summary>
public class LensFileFuzzTests
{
    private static readonly string[] Fragments =
    [
        "[", "]", "[[", "=", "\"", "'", "#", ",", ".", "\n", "\r\n", "\t", "µ", "\u03BC", "\u00B5", "\\u", "\\", "{", "}",
        "0", "-1", "1e308", "nan", "inf", "0x", "_", "true", "false", "lens_series_99", "separator_0", "[lens_series_1]",
        "number_of_lenses = 1000", "lens_spacing_in_mm = 1e-300", "\0", "\uFEFF", "\uD800", "[[[[[[[[[[[[[[[[[[[[",
    ];

    [Fact]
    public void Mutated_lens_files_raise_only_InputException_and_give_finite_results()
    {
        var baseText = DfxrmViz.Core.Data.EmbeddedData.ReadText("Lenses/id06.lens");
        var data = new AtomicOpticsData((_, _) => 0.01, (_, _) => 0.001, (_, _) => 0.3);
        var seed = FuzzBudget.Seed(20250108);
        var cases = FuzzBudget.Cases(10_000);
        var rng = new Random(seed);
        int read = 0, computed = 0;
        for (var i = 0; i < cases; i++) // a fixed count from a fixed seed, not a clock
        {
            var text = Mutate(baseText, rng);
            LensFile lens;
            try
            {
                lens = LensFileReader.Read(text);
                read++;
            }
            catch (InputException ex)
            {
                Assert.False(string.IsNullOrWhiteSpace(ex.Problem.Message), $"seed {seed} case {i}: an error without a message");
                continue;
            }
            catch (Exception ex)
            {
                Assert.Fail($"{ex.GetType().Name} escaped the reader: {ex.Message}; seed {seed} case {i}:\n{text}");
                continue;
            }
            var request = new LensRequest(rng.NextDouble() * 40, rng.NextDouble() * 60, null, rng.NextDouble() * 8000,
                rng.Next(2) == 0 ? LensModel.Thick : LensModel.Thin, rng.Next(2) == 0 ? null : 300, null);
            try
            {
                var r = LensCalculator.Compute(lens, request, data);
                computed++;
                Assert.True(double.IsFinite(r.D1Mm) && double.IsFinite(r.D2Mm) && double.IsFinite(r.Magnification)
                    && double.IsFinite(r.MountPointMm.X) && double.IsFinite(r.MountPointMm.Y) && double.IsFinite(r.Transmission!.Value),
                    $"seed {seed} case {i}: a non-finite lens result for\n{text}");
            }
            catch (InputException)
            {
            }
        }
        // Some mutations must survive, or the fuzz explores only the syntax checks.
        Assert.True(read > 50, $"seed {seed}: only {read} of {cases} mutated files were readable");
        Assert.True(computed > 10, $"only {computed} computations succeeded");
    }

    private static string Mutate(string text, Random rng)
    {
        var sb = new StringBuilder(text);
        var n = 1 + rng.Next(3);
        for (var k = 0; k < n && sb.Length > 0; k++)
        {
            var at = rng.Next(sb.Length);
            switch (rng.Next(5))
            {
                case 0:
                    sb.Remove(at, Math.Min(1 + rng.Next(4), sb.Length - at));
                    break;
                case 1:
                    sb.Insert(at, Fragments[rng.Next(Fragments.Length)]);
                    break;
                case 2:
                    sb[at] = (char)rng.Next(0x20, 0x250);
                    break;
                case 3:
                    if (char.IsAsciiDigit(sb[at]))
                    {
                        sb[at] = (char)('0' + rng.Next(10));
                    }
                    break;
                default:
                    var lines = sb.ToString().Split('\n').ToList();
                    var li = rng.Next(lines.Count);
                    lines.Insert(rng.Next(lines.Count), lines[li]);
                    sb.Clear().Append(string.Join('\n', lines));
                    break;
            }
        }
        return sb.ToString();
    }
}
