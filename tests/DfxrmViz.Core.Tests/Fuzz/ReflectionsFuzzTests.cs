using DfxrmViz.Core.Crystal;
using DfxrmViz.Core.Diagnostics;
using DfxrmViz.Core.Scattering;

namespace DfxrmViz.Core.Tests.Fuzz;

/// <summary>Random energies, windows, options and hkl text into the reflection API: only InputException escapes, outputs finite.</summary>
public class ReflectionsFuzzTests
{
    private static readonly string[] Ids = ["Si", "LiNbO3", "KNbO3", "Na0.8CoO2", "Triclinic", "W"];
    private static readonly string[] Texts = ["1 0 -2", "(1,0,-2)", "10-2", "", "1..2", "--1 0 0", "1e3 0 0", "(,,)", "+1+1+1", "٣ 0 0", "1,2", "((1 1 1))"];

    [Fact]
    public void Only_InputException_escapes_and_outputs_are_finite()
    {
        var rng = new Random(606);
        var crystals = Ids.Select(CrystalLibrary.Load).ToArray();
        var deadline = DateTime.UtcNow.AddSeconds(4);
        for (var i = 0; i < 300 && DateTime.UtcNow < deadline; i++)
        {
            var c = crystals[rng.Next(crystals.Length)];
            var e = Pick(rng, [double.NaN, 0, -3, 0.5, 1, 8.048, 17, 18.986, 60, 250, double.PositiveInfinity], () => rng.NextDouble() * 40);
            var min = Pick(rng, [double.NaN, -5, 0, 10, 44, 179, 200], () => rng.NextDouble() * 30);
            var max = Pick(rng, [double.NaN, 0, 5, 45, 90, 180, 181], () => rng.NextDouble() * 60);
            var options = new ScatteringOptions((FormFactorTable)rng.Next(2), rng.Next(2) == 0, (DebyeWallerMode)rng.Next(3));
            Check(() =>
            {
                var t = ReflectionCalculator.Compute(c, e, min, max, options, rng.Next(2) == 0);
                Assert.All(t.Rows, r => Assert.True(double.IsFinite(r.F2) && double.IsFinite(r.TwoThetaDeg) && double.IsFinite(r.DA)
                    && double.IsFinite(r.RelativeIntensityPercent)));
            });
            var text = rng.Next(3) == 0 ? Texts[rng.Next(Texts.Length)] : $"{rng.Next(-9, 10)} {rng.Next(-9, 10)} {rng.Next(-9, 10)}";
            Check(() =>
            {
                var v = ReflectionExplainer.Explain(c, HklText.Parse(text), e, min, max, options);
                Assert.False(string.IsNullOrEmpty(v.Message));
                Assert.True(v.F2 is null || double.IsFinite(v.F2.Value));
            });
        }
    }

    private static double Pick(Random rng, double[] specials, Func<double> random) =>
        rng.Next(3) == 0 ? specials[rng.Next(specials.Length)] : random();

    private static void Check(Action a)
    {
        try
        {
            a();
        }
        catch (InputException)
        {
        }
    }
}
