using Microsoft.Playwright;

namespace DfxrmViz.E2E;

/// <summary>Issue 12: planes parallel to the exit surface (symmetric Bragg) in the page, with the azimuth field.</summary>
public class SymmetricBraggTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    // 2θ of LiNbO3 (3 0 0) at 17 keV: 28.406972° (gemmi 0.5.7, tools/gemmi/golden_symmetric_bragg.py).
    [Fact]
    public async Task LiNbO3_300_with_the_exit_surface_100_shows_angles_and_takes_an_azimuth()
    {
        await using var s = await PageSession.OpenAsync(fixture);
        await s.GotoInteractiveAsync(fixture);
        await s.PickCrystalAsync("LiNb", "Lithium niobate");
        await s.Page.Locator("#geometry-up-kind").GetByText("direction [uvw]").ClickAsync();
        foreach (var (id, text) in new[] { ("#geometry-hkl", "3 0 0"), ("#geometry-up", "0 0 1"), ("#geometry-front", "1 0 0") })
        {
            await s.Page.Locator(id).FillAsync(text);
            await s.Page.Locator(id).PressAsync("Tab");
        }
        await Assertions.Expect(s.Page.Locator("#geometry-two-theta")).ToContainTextAsync("28.40697°");
        await Assertions.Expect(s.Page.Locator("#geometry-azimuth")).ToBeVisibleAsync();
        await s.Page.Locator("#geometry-azimuth").FillAsync("30");
        await s.Page.Locator("#geometry-azimuth").PressAsync("Tab");
        await Assertions.Expect(s.Page.Locator("#geometry-beam-rule")).ToContainTextAsync("azimuthDeg = 30°");
        await Assertions.Expect(s.Page.Locator("#geometry-solutions-row-0")).ToBeVisibleAsync();
        await s.Page.Locator("#geometry").ScrollIntoViewIfNeededAsync();
        await s.ScreenshotAsync("geometry-symmetric-bragg-azimuth");
        s.AssertCleanConsoleAndNetwork();
    }
}
