using BenchmarkDotNet.Attributes;
using DfxrmViz.Core.Crystal;
using DfxrmViz.Core.Scattering;

namespace DfxrmViz.Benchmarks.Scattering;

/// <summary>The whole reflection table (every point-group class, absences included) to 2θ = 45° at 17 keV for LiNbO3 and for
/// PZT (36 atoms per cell, the most among Data/Crystals), without and with f′ + i f″. Compare tools/bench/gemmi_structure_factors.py
/// (gemmi 0.5.7 on the same class representatives).</summary>
[MemoryDiagnoser]
[MedianColumn]
public class ReflectionTableBenchmarks
{
    private Core.Crystal.Crystal _liNbO3 = null!;
    private Core.Crystal.Crystal _pzt = null!;

    [GlobalSetup]
    public void Load()
    {
        _liNbO3 = CrystalLibrary.Load("LiNbO3");
        _pzt = CrystalLibrary.Load("PZT");
        ReflectionCalculator.Compute(_pzt, 17, 0, 45, ScatteringOptions.Default, includeAbsent: true);
    }

    [Benchmark(Baseline = true)]
    public int LiNbO3NoAnomalous() => ReflectionCalculator.Compute(_liNbO3, 17, 0, 45, ScatteringOptions.NoAnomalous, true).Rows.Length;

    [Benchmark]
    public int LiNbO3Anomalous() => ReflectionCalculator.Compute(_liNbO3, 17, 0, 45, ScatteringOptions.Default, true).Rows.Length;

    [Benchmark]
    public int PztNoAnomalous() => ReflectionCalculator.Compute(_pzt, 17, 0, 45, ScatteringOptions.NoAnomalous, true).Rows.Length;

    [Benchmark]
    public int PztAnomalous() => ReflectionCalculator.Compute(_pzt, 17, 0, 45, ScatteringOptions.Default, true).Rows.Length;
}
