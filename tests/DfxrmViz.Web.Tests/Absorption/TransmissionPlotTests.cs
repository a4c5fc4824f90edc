using System.Text.Json.Nodes;
using Bunit;
using DfxrmViz.Core.Absorption;
using DfxrmViz.Web.Components.Absorption;
using DfxrmViz.Web.Tests.Components;

namespace DfxrmViz.Web.Tests.Absorption;

/// <summary>An edit after the first draw reaches plotly.js as one update() with the new numbers (no traces serialised again), and
/// the figure it leaves is the one a fresh draw at the same inputs gives.</summary>
public class TransmissionPlotTests
{
    // docs/physics.md §9: LiNbO3 at 17 keV, Elam total L = 174.581 µm; at 8 keV L is about 22.6 µm (the app's Elam value, rounded).
    private const double L17 = 174.581, L8 = 22.6;

    private static IRenderedComponent<TransmissionPlot> Render(BunitContext ctx, double l, double t, double warn, string title) =>
        ctx.Render<TransmissionPlot>(p => p
            .Add(x => x.AttenuationLengthUm, l).Add(x => x.ThicknessUm, t).Add(x => x.WarnBelow, warn).Add(x => x.Title, title));

    private static void Edit(IRenderedComponent<TransmissionPlot> cut, double l, double t, double warn, string title) =>
        cut.Render(p => p.Add(x => x.AttenuationLengthUm, l).Add(x => x.ThicknessUm, t).Add(x => x.WarnBelow, warn).Add(x => x.Title, title));

    [Fact]
    public async Task When_the_update_module_fails_the_edit_goes_through_Plotly_Blazors_own_update_to_the_same_figure()
    {
        await using var ctx = MudContext.Create();
        var module = ctx.JSInterop.SetupModule(DfxrmViz.Web.Components.Shared.PlotComponentBase.UpdateModulePath);
        module.SetupVoid("updateJson", _ => true).SetException(new Microsoft.JSInterop.JSException("Failed to fetch dynamically imported module"));
        var cut = Render(ctx, L17, 150, 0.01, "Transmission at 17 keV");

        Edit(cut, L8, 150, 0.01, "Transmission at 8 keV");
        Edit(cut, L17, 150, 0.01, "Transmission at 17 keV");

        // Plotly.Blazor's update for both edits (the module is not tried again after it failed once), to the fresh-draw figure.
        var plotly = ctx.JSInterop.Invocations.Where(i => i.Identifier is "newPlot" or "update").Select(i => i.Identifier);
        Assert.Equal(["newPlot", "update", "update"], plotly);
        Assert.Single(ctx.JSInterop.Invocations, i => i.Identifier == "updateJson");
        var fresh = MudContext.Create();
        await using (fresh)
        {
            Render(fresh, L17, 150, 0.01, "Transmission at 17 keV");
            AssertSameFigure(PlotlyFigure.After(PlotlyCalls.Of(fresh)), PlotlyFigure.After(PlotlyCalls.Of(ctx, withModule: false)));
        }
    }

    [Fact]
    public async Task An_energy_edit_sends_the_new_curve_through_one_update_and_no_react()
    {
        await using var ctx = MudContext.Create();
        var cut = Render(ctx, L17, 150, 0.01, "Transmission at 17 keV");
        Assert.Equal(["newPlot"], PlotlyCalls.Of(ctx).Select(c => c.Name));

        Edit(cut, L8, 150, 0.01, "Transmission at 8 keV");

        var calls = PlotlyCalls.Of(ctx);
        Assert.Equal(["newPlot", "update"], calls.Select(c => c.Name));
        var (data, layout, traces) = (calls[1].Args[0]!, calls[1].Args[1]!, calls[1].Args[2]!);
        Assert.Equal([0, 1, 2], traces.AsArray().Select(i => i!.GetValue<int>()));
        var expected = TransmissionCurve.Compute(L8, 150);
        Assert.Equal(TransmissionCurve.Points, data["x"]![0]!.AsArray().Count);
        // Numbers pass through JSON (Plotly.Blazor reads them back as decimal): equal to 1e-12 relative.
        AssertClose(expected.ThicknessesUm, data["x"]![0]!);
        AssertClose(expected.Transmissions.Select(t => t * 100), data["y"]![0]!);
        AssertClose([150], data["x"]![1]!);
        AssertClose([expected.SampleTransmission * 100], data["y"]![1]!);
        AssertClose([L8], data["x"]![2]!);
        AssertClose([expected.AtLengthTransmission * 100], data["y"]![2]!);
        AssertClose([0, expected.MaxUm], layout["xaxis.range"]!);
        Assert.Equal("Transmission at 8 keV", layout["title.text"]!.GetValue<string>());
        Assert.Equal("1/e at L = 22.60 µm", layout["annotations[1].text"]!.GetValue<string>());
    }

    [Fact]
    public async Task After_any_edits_the_figure_is_the_one_a_fresh_draw_at_the_last_inputs_gives()
    {
        await using var ctx = MudContext.Create();
        var cut = Render(ctx, L17, 150, 0.01, "Transmission at 17 keV");
        // Energy, thickness (the sample label turns left past 60 % of the axis), warning threshold, and back.
        (double L, double T, double Warn, string Title)[] edits =
        [
            (L8, 150, 0.01, "Transmission at 8 keV"), (L8, 2000, 0.01, "Transmission at 8 keV"), (L8, 2000, 0.25, "Transmission at 8 keV"),
            (L17, 20, 0.25, "Transmission at 17 keV"), (L17, 150, 0.01, "Transmission at 17 keV"),
        ];
        foreach (var e in edits)
        {
            Edit(cut, e.L, e.T, e.Warn, e.Title);
            await using var fresh = MudContext.Create();
            Render(fresh, e.L, e.T, e.Warn, e.Title);
            AssertSameFigure(PlotlyFigure.After(PlotlyCalls.Of(fresh)), PlotlyFigure.After(PlotlyCalls.Of(ctx)));
        }
        Assert.Equal(["newPlot", .. edits.Select(_ => "update")], PlotlyCalls.Of(ctx).Select(c => c.Name));
    }

    /// <summary>Same figure; yaxis.range is resent as React resent it, and the fresh draw has it too. Numbers agree to 1e-14
    /// relative: a fresh draw goes through Plotly.Blazor's serializer, which writes them as System.Decimal (15 significant
    /// digits); the update writes the shortest round-trip form (System.Text.Json).</summary>
    internal static void AssertSameFigure(PlotlyFigure fresh, PlotlyFigure edited)
    {
        AssertSameJson(fresh.Data, edited.Data, "data");
        AssertSameJson(fresh.Layout, edited.Layout, "layout");
    }

    private static void AssertSameJson(JsonNode? expected, JsonNode? actual, string path)
    {
        switch (expected)
        {
            case null:
                Assert.True(actual is null, $"{path}: expected null, got {actual?.ToJsonString()}");
                return;
            case JsonObject o:
                var other = Assert.IsType<JsonObject>(actual);
                Assert.Equal(o.Select(p => p.Key).Order(), other.Select(p => p.Key).Order());
                foreach (var (key, value) in o)
                {
                    AssertSameJson(value, other[key], $"{path}.{key}");
                }
                return;
            case JsonArray a:
                var list = Assert.IsType<JsonArray>(actual);
                Assert.True(a.Count == list.Count, $"{path}: {a.Count} items expected, {list.Count} found");
                for (var i = 0; i < a.Count; i++)
                {
                    AssertSameJson(a[i], list[i], $"{path}[{i}]");
                }
                return;
            case JsonValue v when v.GetValueKind() == System.Text.Json.JsonValueKind.Number:
                Assert.True(actual is JsonValue n && n.GetValueKind() == System.Text.Json.JsonValueKind.Number, $"{path}: a number expected, got {actual?.ToJsonString()}");
                var (want, got) = (v.GetValue<double>(), actual!.GetValue<double>());
                // 1e-27: System.Decimal, behind Plotly.Blazor's numbers, keeps 28 decimal places (tiny transmissions lose digits).
                Assert.True(Math.Abs(want - got) <= (1e-14 * Math.Abs(want)) + 1e-27, $"{path}: {want:R} expected, {got:R} found");
                return;
            default:
                Assert.Equal(expected.ToJsonString(), actual?.ToJsonString());
                return;
        }
    }

    private static void AssertClose(IEnumerable<double> expected, JsonNode actual)
    {
        var values = actual.AsArray().Select(v => (double)v!.GetValue<decimal>()).ToArray();
        var want = expected.ToArray();
        Assert.Equal(want.Length, values.Length);
        for (var i = 0; i < want.Length; i++)
        {
            Assert.True(Math.Abs(values[i] - want[i]) <= 1e-12 * Math.Max(1, Math.Abs(want[i])), $"[{i}] {values[i]} ≠ {want[i]}");
        }
    }
}
