using Microsoft.Playwright;

namespace DfxrmViz.E2E;

public class OrientationTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    // docs/physics.md §9: LiNbO3 (1,−1,2) at 17 keV: 2θ 11.161382°; esrf-dfxm μ = θ = 5.5807°, others 0; dfxrm-vis ω −5.58°.
    [Fact]
    public async Task LiNbO3_1m12_shows_the_solutions_and_a_mount_check_verdict()
    {
        await using var s = await PageSession.OpenAsync(fixture);
        await s.GotoInteractiveAsync(fixture);
        await s.PickCrystalAsync("LiNb", "Lithium niobate");

        var hkl = s.Page.Locator("#geometry-hkl");
        await hkl.FillAsync("1 -1 2");
        await hkl.PressAsync("Tab");
        await Assertions.Expect(s.Page.Locator("#geometry-two-theta")).ToContainTextAsync("11.16138°");
        var first = s.Page.Locator("#geometry-solutions-row-0");
        await Assertions.Expect(first).ToHaveClassAsync("chosen");
        await Assertions.Expect(first).ToContainTextAsync("5.5807°");
        await Assertions.Expect(s.Page.Locator("#geometry-front-used")).ToContainTextAsync("[1 1 0]");
        await s.Page.Locator("#geometry").ScrollIntoViewIfNeededAsync();
        await s.ScreenshotAsync("geometry-linbo3-esrf");

        // Mount check: the planned angles with χ off by 1.5° → a 1.5° misorientation, rotation about Q undetermined.
        await s.Page.Locator("#mount-check-fill").ClickAsync();
        await s.Page.Locator("#found-0-chi").FillAsync("1.5");
        await s.Page.Locator("#found-0-chi").PressAsync("Tab");
        await s.Page.Locator("#mount-check-run").ClickAsync();
        await Assertions.Expect(s.Page.Locator("#mount-check-verdict")).ToContainTextAsync("turned by 1.500°");
        await Assertions.Expect(s.Page.Locator("#mount-check-verdict")).ToContainTextAsync("rotation about its Q is undetermined");
        await s.ScreenshotAsync("geometry-mount-check");

        // The old tool's stack: ω −5.58° (upstream case ii).
        await s.Page.Locator(".mud-select:has(#geometry-goniometer)").First.ClickAsync();
        await s.Page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = "dfxrm-vis" }).First.ClickAsync();
        await Assertions.Expect(s.Page.Locator("#geometry-solutions-row-0")).ToContainTextAsync("−5.5807°");
        s.AssertCleanConsoleAndNetwork();
    }

    [Fact]
    public async Task Up_parallel_to_front_shows_a_message_by_the_field_and_a_blocked_reflection_names_the_axis()
    {
        await using var s = await PageSession.OpenAsync(fixture);
        await s.GotoInteractiveAsync(fixture);
        await s.PickCrystalAsync("LiNb", "Lithium niobate");
        await s.Page.Locator("#geometry-hkl").FillAsync("1 -1 2");
        await s.Page.Locator("#geometry-hkl").PressAsync("Tab");

        await s.Page.Locator("#geometry-up").FillAsync("0 0 1");
        await s.Page.Locator("#geometry-up").PressAsync("Tab");
        await Assertions.Expect(s.Page.Locator("#geometry-solutions-blocked")).ToContainTextAsync("Blocked by the");

        await s.Page.Locator("#geometry-front").FillAsync("0 0 2");
        await s.Page.Locator("#geometry-front").PressAsync("Tab");
        await Assertions.Expect(s.Page.Locator("#geometry-problem")).ToContainTextAsync("is parallel to up");
        await Assertions.Expect(s.Page.Locator("#geometry-two-theta")).ToContainTextAsync("11.16138°");
        await s.ScreenshotAsync("geometry-blocked-and-parallel");
        s.AssertCleanConsoleAndNetwork();
    }
}
