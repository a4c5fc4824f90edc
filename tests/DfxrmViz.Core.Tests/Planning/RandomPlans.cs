using DfxrmViz.Core.Crystal;
using DfxrmViz.Core.Diagnostics;
using DfxrmViz.Core.Optics;
using DfxrmViz.Core.Orientation;
using DfxrmViz.Core.Planning;
using DfxrmViz.Core.Scattering;
using DfxrmViz.Core.XrayData;

namespace DfxrmViz.Core.Tests.Planning;

/// <summary>Random well-formed plans for property tests: every built-in crystal, energies 5–80 keV, samples 1 µm–10 mm,
/// random reflections and mounts (some physically impossible, which the results must state, not turn into NaN), lens or
/// none at 0.5–10 m, and random view options.</summary>
public static class RandomPlans
{
    private static readonly string[] Crystals = [.. CrystalLibrary.List().Select(e => e.Id)];

    /// <summary>The next plan that passes <see cref="PlanValidation"/> (a refused draw is drawn again).</summary>
    public static Plan Next(Random rng)
    {
        while (true)
        {
            try
            {
                return PlanValidation.Validated(Draw(rng));
            }
            catch (InputException)
            {
            }
        }
    }

    private static Plan Draw(Random rng)
    {
        double Between(double a, double b) => a + ((b - a) * rng.NextDouble());
        double LogBetween(double a, double b) => Math.Exp(Between(Math.Log(a), Math.Log(b)));
        int Index() => rng.Next(-4, 5);
        LatticeVector? Vector() => rng.Next(3) switch
        {
            0 => null,
            1 => LatticeVector.Plane(Index(), Index(), Index()),
            _ => LatticeVector.Direction(Index(), Index(), Index()),
        };
        var hkl = rng.Next(4) == 0 ? (Hkl?)null : new Hkl(Index(), Index(), Index());
        return new Plan
        {
            Crystal = CrystalSource.BuiltIn(Crystals[rng.Next(Crystals.Length)]),
            EnergyKeV = Between(5, 80),
            SampleUm = new SampleSizeUm(LogBetween(1, 10000), LogBetween(1, 10000), LogBetween(1, 10000)),
            Table = rng.Next(2) == 0 ? AttenuationTable.Elam : AttenuationTable.Chantler,
            Kind = rng.Next(2) == 0 ? AttenuationKind.Total : AttenuationKind.Photo,
            WarnBelowPercent = Between(0.01, 99),
            Anomalous = rng.Next(2) == 0,
            F0 = rng.Next(2) == 0 ? FormFactorTable.It92 : FormFactorTable.WaasmaierKirfel,
            Hkl = hkl is { IsOrigin: true } ? null : hkl,
            Up = Vector(),
            Front = Vector(),
            BeamRule = rng.Next(2) == 0 ? BeamRule.ExitSurface : BeamRule.ShortestPath,
            AzimuthDeg = rng.Next(5) == 0 ? Between(-180, 180) : 0, // mostly 0: a turned scattering plane is refused in this version
            Lens = rng.Next(4) == 0 ? null : LensSource.Id06,
            Distance = new LensDistance(Between(500, 10000), rng.Next(2) == 0),
            LensModel = rng.Next(2) == 0 ? LensModel.Thick : LensModel.Thin,
            View = ViewOptions.Default with
            {
                Projection = rng.Next(2) == 0 ? Projection.Orthographic : Projection.Perspective,
                ShowCell = rng.Next(2) == 0,
                ShowLens = rng.Next(2) == 0,
                ShowGoniometer = rng.Next(2) == 0,
                ShowBeams = rng.Next(2) == 0,
                ShowLabels = rng.Next(2) == 0,
                SampleScale = LogBetween(0.01, 100),
                BeamExtensionFrontUm = LogBetween(1, 1e5),
                BeamExtensionBackUm = LogBetween(1, 1e5),
                BeamWidthUm = LogBetween(0.1, 1000),
                BeamThicknessUm = LogBetween(0.1, 1000),
                StructureScale = rng.Next(2) == 0 ? null : LogBetween(1, 1e4),
                CellRange = rng.Next(2) == 0 ? CellRange.Cell : CellRange.Extended,
                BondMaxA = Between(0.5, 4),
            },
        };
    }
}
