using DfxrmViz.Core.Planning;
using DfxrmViz.Core.Planning.Stages;
using Xunit.Abstractions;

namespace DfxrmViz.Core.Tests;

public class ScratchSuggestTests(ITestOutputHelper output)
{
    [Fact]
    public void Count()
    {
        var p = new PlanPipeline();
        var r = p.Compute(Plan.Example);
        var rows = (LazyReachabilityRows)r.Reachability.Value!.Rows;
        output.WriteLine($"rows {rows.Count} computed {rows.ComputedCount}; table {r.Reflections.Value!.Rows.Length}");
        foreach (var c in r.Preflight) output.WriteLine($"{c.Check} {c.Status} {c.Message}");
        var sw = System.Diagnostics.Stopwatch.StartNew();
        for (var i = 0; i < 200; i++) p.Compute(Plan.Example with { EnergyKeV = 17 + i * 1e-4 });
        output.WriteLine($"full {sw.Elapsed.TotalMilliseconds / 200:0.000} ms");
        var key = OrientationKey.Of(Plan.Example, r.Crystal.Value!, r.Selection.Value!.Hkl!.Value);
        sw.Restart();
        for (var i = 0; i < 200; i++) ReachableSuggestion.Find(r.Reflections.Value!, Selections.Reach(r.Reflections.Value!, key), key);
        output.WriteLine($"find with a fresh table {sw.Elapsed.TotalMilliseconds / 200:0.000} ms");
    }
}
