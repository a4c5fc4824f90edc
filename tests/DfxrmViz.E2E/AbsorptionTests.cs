using Microsoft.Playwright;

namespace DfxrmViz.E2E;

public class AbsorptionTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static async Task WaitForPlotsAsync(PageSession s)
    {
        await s.Page.Locator("#absorption-length-plot .main-svg").First.WaitForAsync(new() { Timeout = 30_000 });
        await s.Page.Locator("#absorption-transmission-plot .main-svg").First.WaitForAsync(new() { Timeout = 30_000 });
    }

    /// <summary>The Absorption section alone (clipped from the full page, so the sticky app bar never covers it).</summary>
    private static async Task ScreenshotSectionAsync(PageSession s, string name)
    {
        await s.Page.EvaluateAsync("window.scrollTo(0, 0)");
        var box = await s.Page.Locator("#absorption").BoundingBoxAsync() ?? throw new InvalidOperationException("no #absorption");
        await s.Page.ScreenshotAsync(new()
        {
            Path = Path.Combine(BrowserFixture.ArtifactsDir, name + ".png"),
            FullPage = true,
            Clip = new() { X = box.X, Y = box.Y, Width = box.Width, Height = box.Height },
        });
    }

    [Fact]
    public async Task LiNbO3_at_17_keV_and_150_um_shows_the_old_tools_175_um_and_42_35_percent()
    {
        await using var s = await PageSession.OpenAsync(fixture);
        await s.GotoInteractiveAsync(fixture);
        await s.PickCrystalAsync("LiNb", "Lithium niobate");
        await WaitForPlotsAsync(s);

        // docs/physics.md §9: Elam total 174.581 µm, T(150 µm) 0.42350 (upstream labels "175 µm", "42.35%").
        await Assertions.Expect(s.Page.Locator("#absorption-length")).ToHaveTextAsync("174.6 µm");
        await Assertions.Expect(s.Page.Locator("#absorption-transmission")).ToHaveTextAsync("42.35 %");
        await Assertions.Expect(s.Page.Locator("#absorption-verdict")).ToContainTextAsync("above your 1 % limit");
        await Assertions.Expect(s.Page.Locator("#absorption-length-plot")).ToContainTextAsync("Nb K");
        await Assertions.Expect(s.Page.Locator("#absorption-transmission-plot")).ToContainTextAsync("1/e at L = 174.6 µm");
        await ScreenshotSectionAsync(s, "absorption-linbo3-17kev-150um");
        await s.ScreenshotAsync("absorption-linbo3-17kev-150um-page");
        s.AssertCleanConsoleAndNetwork();
    }

    [Fact]
    public async Task Two_mm_at_8_keV_warns_and_the_plots_follow_the_new_energy()
    {
        await using var s = await PageSession.OpenAsync(fixture);
        await s.GotoInteractiveAsync(fixture);
        await s.PickCrystalAsync("LiNb", "Lithium niobate");
        await WaitForPlotsAsync(s);

        await s.Page.Locator("#absorption-energy").FillAsync("8");
        await s.Page.Locator("#absorption-energy").PressAsync("Tab");
        await s.Page.Locator("#absorption-thickness").FillAsync("2000");
        await s.Page.Locator("#absorption-thickness").PressAsync("Tab");

        var verdict = s.Page.Locator("#absorption-verdict");
        await Assertions.Expect(verdict).ToContainTextAsync("below your 1 % limit");
        await Assertions.Expect(verdict).ToContainTextAsync("Make the sample thinner");
        await Assertions.Expect(verdict).ToContainTextAsync("raise the energy");
        // The marker label is drawn by plotly: it moves only if the new data reached the chart.
        await Assertions.Expect(s.Page.Locator("#absorption-length-plot")).ToContainTextAsync("at 8 keV");
        await Assertions.Expect(s.Page.Locator("#absorption-transmission-plot")).ToContainTextAsync("sample 2000 µm");
        await ScreenshotSectionAsync(s, "absorption-warning-8kev-2000um");
        s.AssertCleanConsoleAndNetwork();
    }

    [Fact]
    public async Task Energy_outside_the_Chantler_range_is_named_by_the_field_and_the_last_plot_stays()
    {
        await using var s = await PageSession.OpenAsync(fixture);
        await s.GotoInteractiveAsync(fixture);
        await s.PickCrystalAsync("LiNb", "Lithium niobate");
        await WaitForPlotsAsync(s);

        await s.Page.Locator("#absorption-table-chantler").ClickAsync();
        // docs/physics.md §9: Chantler total 182.175 µm.
        await Assertions.Expect(s.Page.Locator("#absorption-length")).ToHaveTextAsync("182.2 µm");
        await s.Page.Locator("#absorption-energy").FillAsync("250");
        await s.Page.Locator("#absorption-energy").PressAsync("Tab");
        await Assertions.Expect(s.Page.Locator("#absorption")).ToContainTextAsync("The Chantler tables cover 1–200 keV");
        await Assertions.Expect(s.Page.Locator("#absorption-length")).ToHaveTextAsync("182.2 µm");
        Assert.True(await s.Page.Locator("#absorption-length-plot .main-svg").First.IsVisibleAsync());
        s.AssertCleanConsoleAndNetwork();
    }
}
