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

    private static async Task EditEnergyAsync(PageSession s, string keV)
    {
        var before = s.Page.Url;
        await s.Page.Locator("#energy-kev").FillAsync(keV);
        await s.Page.Locator("#energy-kev").PressAsync("Tab");
        await s.Page.WaitForFunctionAsync("u => location.href !== u", before);
        await Assertions.Expect(s.Page.Locator("#absorption-transmission-plot")).ToContainTextAsync($"Transmission at {keV} keV");
    }

    [Fact]
    public async Task After_two_energy_edits_both_plots_hold_what_a_fresh_load_of_the_plan_draws()
    {
        await using var s = await PageSession.OpenAsync(fixture, 1920, 1080);
        await s.GotoInteractiveAsync(fixture);
        await Assertions.Expect(s.Page.Locator("#lens-d1")).ToContainTextAsync("mm");
        await s.Page.WaitForURLAsync(new System.Text.RegularExpressions.Regex(@"\?plan="), new() { WaitUntil = WaitUntilState.Commit });
        foreach (var plot in Plots)
        {
            await s.Page.Locator($"#{plot} .main-svg").First.WaitForAsync();
        }
        var first = await Task.WhenAll(Plots.Select(p => FigureAsync(s.Page, p)));

        await EditEnergyAsync(s, "18.5");
        await EditEnergyAsync(s, "16");

        await using var fresh = await PageSession.OpenAsync(fixture, 1920, 1080);
        await fresh.GotoInteractiveAsync(fixture, new Uri(s.Page.Url).PathAndQuery);
        await Assertions.Expect(fresh.Page.Locator("#energy-kev")).ToHaveValueAsync("16");
        foreach (var plot in Plots)
        {
            await fresh.Page.Locator($"#{plot} .main-svg").First.WaitForAsync();
            // The fresh page's lens curve may still be on its way (the plot shows it after the full phase): poll both.
            var deadline = DateTime.UtcNow.AddSeconds(30);
            string? edited, loaded;
            while ((edited = await FigureAsync(s.Page, plot)) != (loaded = await FigureAsync(fresh.Page, plot)) && DateTime.UtcNow < deadline)
            {
                await Task.Delay(250);
            }
            Assert.NotNull(loaded);
            Assert.Equal(loaded, edited);
        }
        // The edits changed both figures (2θ follows the energy, and with it the lens curve).
        for (var i = 0; i < Plots.Length; i++)
        {
            Assert.NotEqual(first[i], await FigureAsync(s.Page, Plots[i]));
        }
        await Assertions.Expect(s.Page.Locator("#absorption-transmission-plot")).ToContainTextAsync("1/e at L =");
        foreach (var (page, name) in new[] { (s.Page, "after-edits"), (fresh.Page, "fresh-load") })
        {
            foreach (var plot in Plots)
            {
                await page.Locator("#" + plot).ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ArtifactsDir, $"{plot}-{name}.png") });
            }
        }
        s.AssertCleanConsoleAndNetwork();
        fresh.AssertCleanConsoleAndNetwork();
    }
}
