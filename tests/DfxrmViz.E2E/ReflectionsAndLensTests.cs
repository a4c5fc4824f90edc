using Microsoft.Playwright;

namespace DfxrmViz.E2E;

public class ReflectionsAndLensTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static async Task GoToAsync(PageSession s, string hkl)
    {
        await s.Page.Locator("#goto-hkl").FillAsync(hkl);
        await s.Page.Locator("#goto-button").ClickAsync();
    }

    [Fact]
    public async Task LiNbO3_table_at_17_keV_selects_the_strongest_by_default_and_filters()
    {
        await using var s = await PageSession.OpenAsync(fixture);
        await s.GotoInteractiveAsync(fixture);
        await s.PickCrystalAsync("LiNb", "Lithium niobate");

        await Assertions.Expect(s.Page.Locator("#selection-note")).ToContainTextAsync("chosen by default as the strongest");
        await Assertions.Expect(s.Page.Locator("#reflections-grid")).ToContainTextAsync("11.1614"); // 2θ of (1,-1,2), docs/physics.md §9
        await s.Page.Locator("#reflections").ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ArtifactsDir, "reflections-linbo3-17kev.png") });

        await s.Page.Locator("#filter-hkl").FillAsync("(1,0,-2)");
        await Assertions.Expect(s.Page.Locator("#reflections-grid tr.reflection-row")).ToHaveCountAsync(1);
        await Assertions.Expect(s.Page.Locator("#reflections-grid tr.reflection-row").First).ToContainTextAsync("1 0 −2");
        await s.Page.Locator("#reflections").ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ArtifactsDir, "reflections-filtered.png") });
        s.AssertCleanConsoleAndNetwork();
    }

    [Fact]
    public async Task Typed_reflections_that_cannot_be_used_say_why()
    {
        await using var s = await PageSession.OpenAsync(fixture);
        await s.GotoInteractiveAsync(fixture);
        await s.PickCrystalAsync("LiNb", "Lithium niobate");

        await GoToAsync(s, "0 0 1"); // R 3 c (hexagonal axes): −h+k+l = 3n
        await Assertions.Expect(s.Page.Locator("#goto-message")).ToContainTextAsync("absent");
        await GoToAsync(s, "9 9 9");
        await Assertions.Expect(s.Page.Locator("#goto-message")).ToContainTextAsync("keV");
        await s.Page.Locator("#reflections").ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ArtifactsDir, "reflections-unreachable.png") });
        await GoToAsync(s, "1 1 2.5");
        await Assertions.Expect(s.Page.Locator("#goto-message")).ToContainTextAsync("integer");
        s.AssertCleanConsoleAndNetwork();
    }

    [Fact]
    public async Task Lens_section_for_LiNbO3_1_m1_2_at_17_keV_and_5000_mm()
    {
        await using var s = await PageSession.OpenAsync(fixture, 1920, 1080);
        await s.GotoInteractiveAsync(fixture);
        await s.PickCrystalAsync("LiNb", "Lithium niobate");
        await GoToAsync(s, "1 -1 2");
        await Assertions.Expect(s.Page.Locator("#selection-note")).ToContainTextAsync("chosen by you");

        // docs/physics.md §8/§9: correct d1 ≈ 209 mm (not DF-XRM_vis' 210.3) with XrayDB δ at the file's density: 209.04 mm.
        await Assertions.Expect(s.Page.Locator("#lens-d1")).ToContainTextAsync("209.0");
        await Assertions.Expect(s.Page.Locator("#lens-magnification")).ToContainTextAsync("−17.01");
        await Assertions.Expect(s.Page.Locator("#optics-figure")).ToBeVisibleAsync();
        await s.Page.Locator("#lens").ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ArtifactsDir, "lens-17kev-5000mm.png") });
        s.AssertCleanConsoleAndNetwork();
    }

    [Fact]
    public async Task Csv_download_holds_the_table_with_units_and_reachability()
    {
        await using var s = await PageSession.OpenAsync(fixture);
        await s.GotoInteractiveAsync(fixture);
        await s.PickCrystalAsync("LiNb", "Lithium niobate");
        await Assertions.Expect(s.Page.Locator("#selection-note")).ToContainTextAsync("Selected");

        var download = await s.Page.RunAndWaitForDownloadAsync(() => s.Page.Locator("#download-csv").ClickAsync());
        var path = Path.Combine(BrowserFixture.ArtifactsDir, "reflections-linbo3.csv");
        await download.SaveAsAsync(path);
        var lines = await File.ReadAllLinesAsync(path);
        Assert.StartsWith("# DfxrmViz reflections: Lithium niobate, E = 17 keV", lines[0]);
        Assert.Equal("h,k,l,d_A,two_theta_deg,F2,relative_intensity_percent,multiplicity,reachable", lines[2]);
        Assert.Contains(lines, l => l.StartsWith("1,0,-2,3.749808,11.16138,", StringComparison.Ordinal));
        s.AssertCleanConsoleAndNetwork();
    }
}
