using BenchmarkDotNet.Attributes;
using DfxrmViz.Core.Planning;
using DfxrmViz.Core.Planning.Stages;

namespace DfxrmViz.Benchmarks.Planning;

/// <summary>The whole recompute of the page's results (docs/api.md "The plan") for the LiNbO3 example (Plan.Example): after an
/// energy change with every other stage warm, in the three phases the page shows one after the other, and after loading a
/// new crystal (cold: fresh crystal cache and stage memos). Compare tools/bench/gemmi_structure_factors.py (gemmi 0.5.7 |F|²
/// of the same classes and hkl sphere: LiNbO3, 2θ ≤ 45° at 17 keV); run both with tools/bench/plan_recompute.sh.</summary>
[MemoryDiagnoser]
[MedianColumn]
public class PlanRecomputeBenchmarks
{
    private PlanPipeline _warm = null!;
    private double _energyKeV = 17;

    [GlobalSetup]
    public void Warm()
    {
        _warm = new PlanPipeline();
        _warm.Compute(Plan.Example);
    }

    /// <summary>A new energy every call (the memo never holds it): what an energy edit costs.</summary>
    private Plan NextEnergy() => Plan.Example with { EnergyKeV = _energyKeV += 1e-6 };

    [Benchmark]
    public object EnergyChangeQuick() => _warm.Compute(NextEnergy(), PlanPhase.Quick);

    [Benchmark(Baseline = true)]
    public object EnergyChangeWithTable() => _warm.Compute(NextEnergy(), PlanPhase.Table);

    [Benchmark]
    public object EnergyChangeWithReachability() => _warm.Compute(NextEnergy(), PlanPhase.Full);

    [Benchmark]
    public object NewCrystalColdWithTable() => new PlanPipeline(new CrystalCache()).Compute(Plan.Example, PlanPhase.Table);
}
