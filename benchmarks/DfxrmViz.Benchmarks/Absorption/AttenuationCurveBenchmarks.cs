using BenchmarkDotNet.Attributes;
using DfxrmViz.Core.Absorption;
using DfxrmViz.Core.XrayData;

namespace DfxrmViz.Benchmarks.Absorption;

/// <summary>Attenuation length at 2000 log-spaced energies 1–100 keV for LiNbO3 (30 atoms per cell, the most among
/// Data/Crystals' shared test crystals, tied with Al2O3); compare tools/bench/xraydb_curve.py (xraydb material_mu).</summary>
[MemoryDiagnoser]
[MedianColumn]
public class AttenuationCurveBenchmarks
{
    private readonly AbsorbingMaterial _liNbO3 = AbsorbingMaterial.Create(
        new Dictionary<string, double> { ["Li"] = 6, ["Nb"] = 6, ["O"] = 18 }, 318.2123219778982);

    private readonly double[] _energiesKeV = [.. Enumerable.Range(0, 2000).Select(i => Math.Exp(Math.Log(100) * i / 1999))];

    [GlobalSetup]
    public void LoadTables() => Attenuation.LengthUm(_liNbO3, 17, AttenuationTable.Chantler);

    [Benchmark(Baseline = true)]
    public double Elam2000Energies() => Sum(AttenuationTable.Elam);

    [Benchmark]
    public double Chantler2000Energies() => Sum(AttenuationTable.Chantler);

    [Benchmark]
    public int ElamCurveWithEdges() => AttenuationCurve.Compute(_liNbO3, points: 2000).EnergiesKeV.Count;

    private double Sum(AttenuationTable table)
    {
        var s = 0.0;
        foreach (var e in _energiesKeV)
        {
            s += Attenuation.LengthUm(_liNbO3, e, table);
        }
        return s;
    }
}
