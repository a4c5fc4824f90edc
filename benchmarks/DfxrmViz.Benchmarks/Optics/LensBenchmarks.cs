using BenchmarkDotNet.Attributes;
using DfxrmViz.Core.Data;
using DfxrmViz.Core.Optics;

namespace DfxrmViz.Benchmarks.Optics;

/// <summary>Reading id06.lens and solving the imaging condition (88 lenslets, thick model) at 17 keV, d_tot′ = 5000 mm.</summary>
[MemoryDiagnoser]
public class LensBenchmarks
{
    private readonly string _text = EmbeddedData.ReadText("Lenses/id06.lens");
    private readonly LensFile _lens = LensFileReader.ReadBuiltin("id06");
    // f′ = f″ = 0 stand-in until the X-ray tables are wired: the cost measured is the lens code, not a table look-up.
    private readonly AtomicOpticsData _data = new((_, _) => 0, (_, _) => 0, (_, _) => 0.255);
    private readonly LensRequest _request = new(17, 11.161381674768602, null, 5000);

    [Benchmark]
    public LensFile ReadId06() => LensFileReader.Read(_text);

    [Benchmark]
    public double SolveThick() => LensCalculator.Compute(_lens, _request, _data).D1Mm;

    [Benchmark]
    public double SolveThin() => LensCalculator.Compute(_lens, _request with { Model = LensModel.Thin }, _data).D1Mm;

    [Benchmark]
    public double ReadAndSolve() => LensCalculator.Compute(LensFileReader.Read(_text), _request, _data).D1Mm;

    [Benchmark]
    public int EnergyCurve200Points() =>
        LensEnergyCurve.Compute(_lens, [.. Enumerable.Range(0, 200).Select(i => 8 + (i * 0.15))], 11.16, null, 5000, LensModel.Thick, _data).Count;
}
