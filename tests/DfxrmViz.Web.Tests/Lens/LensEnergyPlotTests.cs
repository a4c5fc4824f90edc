using System.Text.Json.Nodes;
using Bunit;
using DfxrmViz.Core.Optics;
using DfxrmViz.Core.Planning;
using DfxrmViz.Core.Planning.Stages;
using DfxrmViz.Web.Components.Lens;
using DfxrmViz.Web.Tests.Absorption;
using DfxrmViz.Web.Tests.Components;

namespace DfxrmViz.Web.Tests.Lens;

/// <summary>After the first draw the lens plot's edits (energy, which moves 2θ and so the curve; distance; model) reach plotly.js
/// as one update() with the new numbers, and leave the figure a fresh draw gives.</summary>
public class LensEnergyPlotTests
{
    private static readonly PlanPipeline Pipeline = new();

    private static (LensCurve Curve, double EnergyKeV) At(Plan plan) =>
        (Pipeline.Compute(plan).LensCurve?.Value ?? throw new InvalidOperationException("no lens curve"), plan.EnergyKeV);

    private static IRenderedComponent<LensEnergyPlot> Render(BunitContext ctx, (LensCurve Curve, double EnergyKeV) at) =>
        ctx.Render<LensEnergyPlot>(p => p.Add(x => x.Curve, at.Curve).Add(x => x.EnergyKeV, at.EnergyKeV));

    [Fact]
    public async Task An_energy_edit_sends_both_curves_and_the_energy_line_through_one_update()
    {
        var plan = MudContext.Builtin("LiNbO3");
        await using var ctx = MudContext.Create();
        var cut = Render(ctx, At(plan));
        var next = At(plan with { EnergyKeV = 19 });
        Assert.NotSame(At(plan).Curve, next.Curve);

        cut.Render(p => p.Add(x => x.Curve, next.Curve).Add(x => x.EnergyKeV, next.EnergyKeV));

        var calls = PlotlyCalls.Of(ctx);
        Assert.Equal(["newPlot", "update"], calls.Select(c => c.Name));
        var (data, layout) = (calls[1].Args[0]!, calls[1].Args[1]!);
        var points = next.Curve.Points;
        // Numbers pass through JSON (Plotly.Blazor reads them back as decimal): equal to 1e-12 relative; no image: null (a gap).
        AssertClose(points.Select(p => (double?)p.EnergyKeV), data["x"]![0]!);
        AssertClose(points.Select(p => (double?)p.EnergyKeV), data["x"]![1]!);
        AssertClose(points.Select(p => p.D1Mm), data["y"]![0]!);
        AssertClose(points.Select(p => p.Magnification is double m ? Math.Abs(m) : (double?)null), data["y"]![1]!);
        Assert.Equal(19, layout["shapes[0].x0"]!.GetValue<decimal>());
    }

    [Fact]
    public async Task After_energy_distance_and_model_edits_the_figure_is_the_one_a_fresh_draw_gives()
    {
        var plan = MudContext.Builtin("LiNbO3");
        await using var ctx = MudContext.Create();
        var cut = Render(ctx, At(plan));
        Plan[] edits =
        [
            plan with { EnergyKeV = 19 }, plan with { EnergyKeV = 15 }, plan with { EnergyKeV = 15, Distance = new LensDistance(3000, true) },
            plan with { EnergyKeV = 15, Distance = new LensDistance(3000, false) }, plan with { EnergyKeV = 15, LensModel = LensModel.Thin },
        ];
        foreach (var edit in edits)
        {
            var at = At(edit);
            cut.Render(p => p.Add(x => x.Curve, at.Curve).Add(x => x.EnergyKeV, at.EnergyKeV));
            await using var fresh = MudContext.Create();
            Render(fresh, at);
            AssertSameFigure(PlotlyFigure.After(PlotlyCalls.Of(fresh)), PlotlyFigure.After(PlotlyCalls.Of(ctx)), updated: true);
        }
        Assert.Equal(["newPlot", .. edits.Select(_ => "update")], PlotlyCalls.Of(ctx).Select(c => c.Name));
    }

    /// <summary>How long the renders after an edit may take to arrive (bUnit's default is 1 s; the whole Web.Tests run in parallel
    /// on 2 cores once took longer). A wait, not a bound on what is tested: the same figures are asserted.</summary>
    private static readonly TimeSpan Settling = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_plot_that_goes_away_with_the_lens_and_comes_back_is_drawn_anew_at_the_current_plan()
    {
        await using var ctx = MudContext.Create();
        // The example plan chooses its reflection: 2θ is known in the quick phase of an edit, and the section keeps the plot.
        var session = await ctx.OpenAsync(Plan.Example);
        var cut = ctx.Render<LensSection>();
        cut.WaitForElement("#lens-energy-plot");
        await cut.InvokeAsync(() => session.Edit(p => p with { EnergyKeV = 19 }));
        await session.Settled;
        // The quick phase may move the energy line before the curve at 19 keV comes: one update or two to the same chart.
        await using (var at19 = MudContext.Create())
        {
            Render(at19, At(session.Plan));
            cut.WaitForAssertion(() => AssertSameFigure(PlotlyFigure.After(PlotlyCalls.Of(at19)), PlotlyFigure.After(PlotlyCalls.Of(ctx)), updated: true), Settling);
        }
        Assert.Equal("newPlot", PlotlyCalls.Of(ctx)[0].Name);
        Assert.All(PlotlyCalls.Of(ctx).Skip(1), c => Assert.Equal("update", c.Name));

        await cut.InvokeAsync(() => session.Edit(p => p with { Lens = null }));
        await session.Settled;
        cut.WaitForElement("#lens-none");
        Assert.Empty(cut.FindAll("#lens-energy-plot"));
        await cut.InvokeAsync(() => session.Edit(p => p with { Lens = LensSource.Id06, EnergyKeV = 15 }));
        await session.Settled;
        cut.WaitForElement("#lens-energy-plot");

        // A new chart: its first draw (and any update after it) holds the curve at 15 keV, whatever the old chart was sent.
        await using var fresh = MudContext.Create();
        Render(fresh, At(session.Plan));
        cut.WaitForAssertion(() =>
        {
            var calls = PlotlyCalls.Of(ctx);
            var charts = calls.Select(c => c.Chart).Distinct().ToList();
            Assert.Equal(2, charts.Count);
            var second = calls.Where(c => c.Chart == charts[1]).ToList();
            Assert.Equal("newPlot", second[0].Name);
            AssertSameFigure(PlotlyFigure.After(PlotlyCalls.Of(fresh)), PlotlyFigure.After(second), updated: second.Count > 1);
        }, Settling);
    }

    /// <summary>Same figure. update() also resets what React reset (a trace hidden from the legend, a zoom): after one those keys
    /// are extra, and true.</summary>
    private static void AssertSameFigure(PlotlyFigure fresh, PlotlyFigure edited, bool updated)
    {
        if (updated)
        {
            foreach (var trace in edited.Data)
            {
                Assert.True(trace!.AsObject().Remove("visible", out var visible) && visible!.GetValue<bool>());
            }
            foreach (var axis in new[] { "xaxis", "yaxis", "yaxis2" })
            {
                Assert.True(edited.Layout[axis]!.AsObject().Remove("autorange", out var auto) && auto!.GetValue<bool>());
            }
        }
        TransmissionPlotTests.AssertSameFigure(fresh, edited);
    }

    private static void AssertClose(IEnumerable<double?> expected, JsonNode actual)
    {
        var values = actual.AsArray().Select(v => v is null ? (double?)null : (double)v.GetValue<decimal>()).ToArray();
        var want = expected.ToArray();
        Assert.Equal(want.Length, values.Length);
        Assert.Contains(want, w => w is not null);
        for (var i = 0; i < want.Length; i++)
        {
            Assert.Equal(want[i] is null, values[i] is null);
            if (want[i] is double w)
            {
                Assert.True(Math.Abs(values[i]!.Value - w) <= 1e-12 * Math.Max(1, Math.Abs(w)), $"[{i}] {values[i]} ≠ {w}");
            }
        }
    }
}
