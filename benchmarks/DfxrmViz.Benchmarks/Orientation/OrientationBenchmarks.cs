using BenchmarkDotNet.Attributes;
using DfxrmViz.Core.Crystal;
using DfxrmViz.Core.Goniometer;
using DfxrmViz.Core.Orientation;

namespace DfxrmViz.Benchmarks.Orientation;

/// <summary>All goniometer solutions for one reflection, and the reachability column for a ~200-row table (issue 7).</summary>
[MemoryDiagnoser]
[MedianColumn]
public class OrientationBenchmarks
{
    private static readonly UnitCell LiNbO3 = new(5.14829, 5.14829, 13.8631, 90, 90, 120);
    private readonly GoniometerProfile esrf = GoniometerProfiles.Get("esrf-dfxm");
    private readonly GoniometerProfile vis = GoniometerProfiles.Get("dfxrm-vis");
    private SampleMount mount = null!;
    private (int, int, int)[] table = [];

    [GlobalSetup]
    public void Setup()
    {
        mount = SampleFrame.Mount(LiNbO3, LatticeVector.Plane(1, -1, 2), null);
        table = [.. (from h in Enumerable.Range(-4, 9) from k in Enumerable.Range(-4, 9) from l in Enumerable.Range(-6, 13)
                     where (h, k, l) != (0, 0, 0) && (-h + k + l) % 3 == 0 select (h, k, l)).Take(200)];
    }

    [Benchmark]
    public OrientationResult AllSolutionsEsrf() =>
        OrientationCalculator.Compute(LiNbO3, (1, -1, 2), 17, new OrientationInputs(Sample: new SampleBoxUm(1000, 1000, 150), AttenuationLengthUm: 174.581), esrf);

    [Benchmark]
    public OrientationResult AllSolutionsDfxrmVis() =>
        OrientationCalculator.Compute(LiNbO3, (1, -1, 2), 17, new OrientationInputs(), vis);

    [Benchmark]
    public IReadOnlyList<ReachabilityRow> ReachabilityTable200Esrf() =>
        Reachability.Evaluate(LiNbO3, table, 17, mount, esrf, 0, 45);

    /// <summary>The yes/no of every row and the text of every row too (a CSV export; the page reads the shown rows' only).</summary>
    [Benchmark]
    public int ReachabilityTable200EsrfWithTexts() =>
        Reachability.Evaluate(LiNbO3, table, 17, mount, esrf, 0, 45).Sum(r => r.Reason.Length);

    [Benchmark]
    public IReadOnlyList<ReachabilityRow> ReachabilityTable200DfxrmVis() =>
        Reachability.Evaluate(LiNbO3, table, 17, mount, vis, 0, 45);
}
