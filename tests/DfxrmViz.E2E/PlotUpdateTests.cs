using Microsoft.Playwright;

namespace DfxrmViz.E2E;

/// <summary>The transmission and lens plots change in place on an edit (plotly.js update()): what the browser holds after
/// edits must be what a fresh page load of the same plan draws.</summary>
public class PlotUpdateTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static readonly string[] Plots = ["absorption-transmission-plot", "lens-energy-plot"];

    /// <summary>The figure plotly.js holds on the plot's element (its data and layout properties, plotly.js 3.x), as JSON: every
    /// trace's x, y and visibility, the title, the axis ranges (autoranged ones are written back there), shapes and labels.</summary>
    private const string FigureScript = """
        id => {
            const gd = document.querySelector('#' + id + ' .js-plotly-plot');
            if (!gd || !gd.data || !gd.layout) return null;
            const l = gd.layout, range = a => l[a] && l[a].range ? Array.from(l[a].range) : null;
            return JSON.stringify({
                data: gd.data.map(t => ({ x: Array.from(t.x), y: Array.from(t.y), visible: t.visible === undefined ? true : t.visible })),
                title: l.title && l.title.text, x: range('xaxis'), y: range('yaxis'), y2: range('yaxis2'),
                shapes: (l.shapes || []).map(s => [s.x0, s.x1, s.y0, s.y1]),
                annotations: (l.annotations || []).map(a => [a.x, a.y, a.text, a.ax, a.ay, a.xanchor]),
            });
        }
        """;

    private static Task<string?> FigureAsync(IPage page, string plot) => page.EvaluateAsync<string?>(FigureScript, plot);

    /// <summary>The same figure, numbers to 1e-14 relative (plus 1e-27): a fresh load's come through Plotly.Blazor's serializer as
    /// System.Decimal (15 significant digits, 28 decimal places), an update's in System.Text.Json's shortest round-trip form.</summary>
    private static bool SameFigure(string? a, string? b) =>
        a is not null && b is not null && Same(System.Text.Json.Nodes.JsonNode.Parse(a), System.Text.Json.Nodes.JsonNode.Parse(b));

    private static bool Same(System.Text.Json.Nodes.JsonNode? a, System.Text.Json.Nodes.JsonNode? b) => (a, b) switch
    {
        (null, null) => true,
        (System.Text.Json.Nodes.JsonObject x, System.Text.Json.Nodes.JsonObject y) =>
            x.Count == y.Count && x.All(p => y.ContainsKey(p.Key) && Same(p.Value, y[p.Key])),
        (System.Text.Json.Nodes.JsonArray x, System.Text.Json.Nodes.JsonArray y) => x.Count == y.Count && x.Zip(y).All(p => Same(p.First, p.Second)),
        (System.Text.Json.Nodes.JsonValue x, System.Text.Json.Nodes.JsonValue y)
            when x.GetValueKind() == System.Text.Json.JsonValueKind.Number && y.GetValueKind() == System.Text.Json.JsonValueKind.Number =>
            Math.Abs(x.GetValue<double>() - y.GetValue<double>()) <= (1e-14 * Math.Abs(x.GetValue<double>())) + 1e-27,
        _ => a?.ToJsonString() == b?.ToJsonString(),
    };

    /// <summary>An edit is in the plan once the page address changes (docs/api.md "Plan in the page address").</summary>
    private static async Task EditAsync(PageSession s, Func<Task> edit)
    {
        var before = s.Page.Url;
        await edit();
        await s.Page.WaitForFunctionAsync("u => location.href !== u", before);
    }

    private static Task TypeAsync(PageSession s, string field, string value) => EditAsync(s, async () =>
    {
        await s.Page.Locator(field).FillAsync(value);
        await s.Page.Locator(field).PressAsync("Tab");
    });

    private static async Task EditEnergyAsync(PageSession s, string keV)
    {
        await TypeAsync(s, "#energy-kev", keV);
        await Assertions.Expect(s.Page.Locator("#absorption-transmission-plot")).ToContainTextAsync($"Transmission at {keV} keV");
    }

    /// <summary>Both plots of <paramref name="s"/> hold what a fresh load of its address draws; screenshots of both pages' plots
    /// under <paramref name="name"/>.</summary>
    private async Task AssertAsFreshLoadAsync(PageSession s, string keV, string name)
    {
        await using var fresh = await PageSession.OpenAsync(fixture, 1920, 1080);
        await fresh.GotoInteractiveAsync(fixture, new Uri(s.Page.Url).PathAndQuery);
        await Assertions.Expect(fresh.Page.Locator("#energy-kev")).ToHaveValueAsync(keV);
        foreach (var plot in Plots)
        {
            await fresh.Page.Locator($"#{plot} .main-svg").First.WaitForAsync();
            // Either page's lens curve may still be on its way (it follows in the full phase of the plan): poll both, up to 120
            // times 250 ms apart.
            string? edited, loaded;
            for (var polls = 1; !SameFigure(edited = await FigureAsync(s.Page, plot), loaded = await FigureAsync(fresh.Page, plot)) && polls < 120; polls++)
            {
                await Task.Delay(250);
            }
            Assert.NotNull(loaded);
            Assert.True(SameFigure(edited, loaded), $"{plot}: after the edits {edited}; fresh load {loaded}");
        }
        foreach (var (page, which) in new[] { (s.Page, "edited"), (fresh.Page, "fresh-load") })
        {
            foreach (var plot in Plots)
            {
                await page.Locator("#" + plot).ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ArtifactsDir, $"{plot}-{name}-{which}.png") });
            }
        }
        fresh.AssertCleanConsoleAndNetwork();
    }

    private static async Task<PageSession> OpenExampleAsync(BrowserFixture fixture)
    {
        var s = await PageSession.OpenAsync(fixture, 1920, 1080);
        await s.GotoInteractiveAsync(fixture);
        await Assertions.Expect(s.Page.Locator("#lens-d1")).ToContainTextAsync("mm");
        await s.Page.WaitForURLAsync(new System.Text.RegularExpressions.Regex(@"\?plan="), new() { WaitUntil = WaitUntilState.Commit });
        foreach (var plot in Plots)
        {
            await s.Page.Locator($"#{plot} .main-svg").First.WaitForAsync();
        }
        return s;
    }

    [Fact]
    public async Task After_two_energy_edits_both_plots_hold_what_a_fresh_load_of_the_plan_draws()
    {
        await using var s = await OpenExampleAsync(fixture);
        var first = await Task.WhenAll(Plots.Select(p => FigureAsync(s.Page, p)));

        await EditEnergyAsync(s, "18.5");
        await EditEnergyAsync(s, "16");

        await AssertAsFreshLoadAsync(s, "16", "two-energies");
        // The edits changed both figures (2θ follows the energy, and with it the lens curve).
        for (var i = 0; i < Plots.Length; i++)
        {
            Assert.NotEqual(first[i], await FigureAsync(s.Page, Plots[i]));
        }
        s.AssertCleanConsoleAndNetwork();
    }

    [Fact]
    public async Task After_thickness_threshold_distance_and_model_edits_both_plots_hold_what_a_fresh_load_draws()
    {
        await using var s = await OpenExampleAsync(fixture);

        await EditEnergyAsync(s, "12");
        // 2000 µm puts the sample past 60 % of the axis: its label turns left (another anchor).
        await TypeAsync(s, "#absorption-thickness", "2000");
        await Assertions.Expect(s.Page.Locator("#absorption-transmission-plot")).ToContainTextAsync("sample 2000 µm");
        await TypeAsync(s, "#absorption-warn", "30");
        await TypeAsync(s, "#lens-distance", "3000");
        await EditAsync(s, () => s.Page.GetByText("Thin-lens approximation").ClickAsync());
        await EditAsync(s, () => s.Page.GetByText("(along the diffracted beam)").ClickAsync());
        await EditEnergyAsync(s, "21");

        await AssertAsFreshLoadAsync(s, "21", "many-edits");
        s.AssertCleanConsoleAndNetwork();
    }
}
