using DfxrmViz.Core.Orientation;
using DfxrmViz.Core.Planning;
using DfxrmViz.Core.Planning.Stages;
using DfxrmViz.Core.Scattering;

namespace DfxrmViz.Core.Tests.Planning.Stages;

public class LazyReachabilityRowsTests
{
    [Fact]
    public void The_plans_table_computes_the_rows_read_and_each_equals_the_eager_evaluation()
    {
        var results = new PlanPipeline().Compute(Plan.Example);
        var table = results.Reflections.Value!;
        var reach = results.Reachability.Value!;
        var rows = Assert.IsType<LazyReachabilityRows>(reach.Rows);
        Assert.Equal(table.Rows.Length, rows.Count);
        // The pre-flight's suggestion read its candidates (the strongest first, with the plan's up fixed), not every row.
        var read = rows.ComputedCount;
        Assert.InRange(read, 1, rows.Count - 1);

        // The rows a page shows first (table order), read as the table cell reads them.
        var shown = table.Rows.Take(20).ToArray();
        var texts = shown.Select(r => reach.ShortText(r.Hkl)).ToArray();
        Assert.InRange(rows.ComputedCount, Math.Max(read, shown.Length), read + shown.Length);

        // Each equals Reachability.Evaluate of the whole table at once (same cell, mount, limits and window as the plan).
        var crystal = results.Crystal.Value!.Crystal;
        var mount = SampleFrame.Mount(crystal.Cell, Plan.Example.Up!, Plan.Example.Front);
        var eager = Reachability.Evaluate(crystal.Cell, shown.Select(r => (r.Hkl.H, r.Hkl.K, r.Hkl.L)), Plan.Example.EnergyKeV, mount,
            PlanGoniometer.Profile(Plan.Example.Goniometer, Plan.Example.LimitsDeg), table.TwoThetaMinDeg, table.TwoThetaMaxDeg);
        for (var i = 0; i < shown.Length; i++)
        {
            var lazy = rows[shown[i].Hkl];
            Assert.Equal(eager[i].Reachable, lazy.Reachable);
            Assert.Equal(eager[i].Reason, lazy.Reason);
            Assert.Same(lazy, rows[shown[i].Hkl]); // computed once
            Assert.StartsWith(eager[i].Reachable ? "yes" : "no", texts[i], StringComparison.Ordinal);
        }
        Assert.Contains(eager, r => !r.Reachable); // the example's ±10° tilts block most of them: the texts were exercised

        // Enumerating (a CSV, the API) computes every row.
        Assert.Equal(table.Rows.Length, rows.Count(kv => kv.Value.TwoThetaDeg is not null));
        Assert.Equal(table.Rows.Length, rows.ComputedCount);
        Assert.False(rows.ContainsKey(new Hkl(99, 99, 99)));
        Assert.Equal("—", reach.Text(new Hkl(99, 99, 99)));
    }
}
