namespace DfxrmViz.E2E;

public class ShellTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Theory]
    [InlineData(1280, 720)]
    [InlineData(1920, 1080)]
    public async Task Planner_loads_interactive_with_no_console_error_and_no_offsite_request(int width, int height)
    {
        await using var s = await PageSession.OpenAsync(fixture, width, height);
        await s.GotoInteractiveAsync(fixture);

        Assert.Equal("DfxrmViz", await s.Page.Locator("#app-title").InnerTextAsync());
        foreach (var id in new[] { "absorption", "reflections", "geometry", "lens", "export" })
        {
            Assert.True(await s.Page.Locator($"#{id}").IsVisibleAsync(), $"section #{id} is not visible");
        }
        var path = await s.ScreenshotAsync($"planner-{width}x{height}");
        Assert.True(new FileInfo(path).Length > 10_000);
        s.AssertCleanConsoleAndNetwork();
    }

    [Fact]
    public async Task Energy_and_wavelength_stay_in_sync_and_a_bad_energy_keeps_the_last_good_one()
    {
        await using var s = await PageSession.OpenAsync(fixture);
        await s.GotoInteractiveAsync(fixture);

        await s.Page.Locator("#energy-kev").FillAsync("8.048");
        await s.Page.Locator("#energy-kev").PressAsync("Tab");
        // docs/physics.md §9: λ(8.048 keV) = 1.5405591257 Å, shown to 6 decimals.
        await Microsoft.Playwright.Assertions.Expect(s.Page.Locator("#wavelength-a")).ToHaveValueAsync("1.540559");

        await s.Page.Locator("#energy-kev").FillAsync("0");
        await s.Page.Locator("#energy-kev").PressAsync("Tab");
        await Microsoft.Playwright.Assertions.Expect(s.Page.GetByText("must be a positive number of keV")).ToBeVisibleAsync();
        await Microsoft.Playwright.Assertions.Expect(s.Page.Locator("#wavelength-a")).ToHaveValueAsync("1.540559");
        s.AssertCleanConsoleAndNetwork();
    }

    [Fact]
    public async Task Dark_theme_toggles()
    {
        await using var s = await PageSession.OpenAsync(fixture);
        await s.GotoInteractiveAsync(fixture);
        var before = await s.Page.EvaluateAsync<string>("getComputedStyle(document.body).backgroundColor");
        await s.Page.Locator("#theme-toggle").ClickAsync();
        // A function, not an expression: Playwright polls an expression with eval() in the page, which the CSP forbids.
        await s.Page.WaitForFunctionAsync("b => getComputedStyle(document.body).backgroundColor !== b", before);
        await s.ScreenshotAsync("planner-dark");
        s.AssertCleanConsoleAndNetwork();
    }
}
