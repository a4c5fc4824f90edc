using DfxrmViz.Core.Crystal;
using DfxrmViz.Core.Data;
using DfxrmViz.Core.Diagnostics;

namespace DfxrmViz.Core.Tests.Fuzz;

/// <summary>Mutations of real CIFs: only InputException may escape, and every number that comes out is finite.</summary>
public class CifFuzzTests
{
    private static readonly string[] Snippets = ["'", "\"", "\n;", "loop_", "_cell_length_a", "?", ".", "(", "1e999", "-", "data_x", "#", "\0", "[", "_atom_site_fract_x", " x,y ", "NaN", "1/0", "\t"];

    [Fact]
    public void Mutated_cifs_throw_only_input_exceptions_and_give_finite_results()
    {
        var sources = new[] { "LiNbO3_COD1541936.cif", "KNbO3_COD2310011.cif", "Na0.8CoO2_DansDiffraction.cif", "Al2O3_Sapphire_DansDiffraction.cif", "Ni_fcc_Swanson1953.cif" }
            .Select(f => EmbeddedData.ReadText("Crystals/" + f)).ToArray();
        // A fixed count from a fixed seed (not a clock), so every machine tries the same inputs.
        var seed = FuzzBudget.Seed(20240611);
        var cases = FuzzBudget.Cases(10_000);
        var rng = new Random(seed);
        var readable = 0;
        for (var i = 0; i < cases; i++)
        {
            var text = Mutate(sources[rng.Next(sources.Length)], rng);
            try
            {
                var r = CrystalCifReader.Read(text);
                if (r.Crystal is { } c)
                {
                    readable++;
                    var s = c.Summarise();
                    Assert.True(double.IsFinite(s.VolumeA3) && double.IsFinite(s.DensityGcm3) && s.Z >= 1, $"seed {seed} case {i}:\n{text}");
                    Assert.All(c.ExpandToCell(), x => Assert.True(x.Fractional.IsFinite && double.IsFinite(x.Occupancy)));
                }
            }
            catch (InputException ex)
            {
                Assert.False(string.IsNullOrWhiteSpace(ex.Problem.Field) || string.IsNullOrWhiteSpace(ex.Problem.Message), $"seed {seed} case {i}: an error without field or message");
            }
            catch (Exception ex) when (ex is not Xunit.Sdk.XunitException)
            {
                Assert.Fail($"{ex.GetType().Name} escaped: {ex.Message}; seed {seed} case {i}:\n{text}");
            }
        }
        Assert.True(readable > 30, $"seed {seed}: only {readable} of {cases} mutated files were readable");
    }

    private static string Mutate(string text, Random rng)
    {
        var chars = text.ToCharArray().ToList();
        for (var i = rng.Next(1, 5); i > 0 && chars.Count > 0; i--)
        {
            var at = rng.Next(chars.Count);
            switch (rng.Next(4))
            {
                case 0:
                    chars.RemoveRange(at, Math.Min(rng.Next(1, 40), chars.Count - at));
                    break;
                case 1:
                    chars.InsertRange(at, Snippets[rng.Next(Snippets.Length)]);
                    break;
                case 2:
                    chars[at] = (char)rng.Next(32, 127);
                    break;
                default:
                    var len = Math.Min(rng.Next(1, 80), chars.Count - at);
                    chars.InsertRange(rng.Next(chars.Count), chars.GetRange(at, len).ToArray());
                    break;
            }
        }
        return new string([.. chars]);
    }
}
