using DfxrmViz.Core.Absorption;
using DfxrmViz.Core.Diagnostics;
using DfxrmViz.Core.XrayData;

namespace DfxrmViz.Core.Tests.Fuzz;

/// <summary>Random energies (incl. NaN, ±∞, 0, negatives, table ends, exact edges and Elam nodes), thicknesses and symbols
/// into the X-ray and absorption API: only InputException may escape and every result must be finite.</summary>
public class XrayDataFuzzTests
{
    private static readonly string[] Symbols = ["H", "Li", "O", "Si", "Nb", "Pb", "U", "Cf", "Xx", "", "nb", "O2-", "Nb5+"];

    private static readonly AbsorbingMaterial LiNbO3 = AbsorbingMaterial.Create(
        new Dictionary<string, double> { ["Li"] = 6, ["Nb"] = 6, ["O"] = 18 }, 318.2123219778982);

    [Fact]
    public void Only_InputException_escapes_and_outputs_are_finite()
    {
        var rng = new Random(20240605);
        for (var i = 0; i < 4000; i++)
        {
            var e = Energy(rng);
            var symbol = Symbols[rng.Next(Symbols.Length)];
            var table = rng.Next(2) == 0 ? AttenuationTable.Elam : AttenuationTable.Chantler;
            var kind = rng.Next(2) == 0 ? AttenuationKind.Total : AttenuationKind.Photo;
            Check(() => MassAttenuation.CoefficientCm2PerG(symbol, e, table, kind));
            Check(() => AnomalousScattering.FPrime(symbol, e));
            Check(() => AnomalousScattering.FDoublePrime(symbol, e));
            Check(() => FormFactors.F0It92(symbol, e / 10));
            Check(() => FormFactors.F0WaasmaierKirfel(symbol, e / 10));
            Check(() => Attenuation.Transmission(LiNbO3, e, Energy(rng) * 100, table, kind));
            Check(() => TransmissionAdvice.ThicknessForTransmissionUm(LiNbO3, e, rng.NextDouble() * 1.2 - 0.1, table));
        }
    }

    private static double Energy(Random rng) => rng.Next(12) switch
    {
        0 => double.NaN,
        1 => rng.Next(2) == 0 ? double.PositiveInfinity : double.NegativeInfinity,
        2 => -rng.NextDouble() * 10,
        3 => 0,
        4 => new[] { 0.1, 1.0, 200.0, 800.0, 18.986, 2.371, 88.0045 }[rng.Next(7)],
        5 => 18.986 * (1 + (rng.NextDouble() - 0.5) * 1e-5),
        6 => Math.Exp(9.85146) / 1000,
        _ => Math.Exp(rng.NextDouble() * Math.Log(2000)) * 0.05,
    };

    private static void Check(Func<double> f)
    {
        try
        {
            var v = f();
            Assert.True(double.IsFinite(v), $"non-finite result {v}");
        }
        catch (InputException)
        {
        }
    }
}
