using Microsoft.Playwright;

namespace DfxrmViz.E2E;

public class CrystalTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Picking_LiNbO3_shows_its_summary_and_atom_sites()
    {
        await using var s = await PageSession.OpenAsync(fixture);
        await s.GotoInteractiveAsync(fixture);
        await s.PickCrystalAsync("LiNb", "Lithium niobate");

        // docs/physics.md §9: V = 318.21232 Å³, ρ = 4.62898 g/cm³.
        await Assertions.Expect(s.Page.Locator("#crystal-volume")).ToContainTextAsync("318.212 Å³");
        await Assertions.Expect(s.Page.Locator("#crystal-density")).ToContainTextAsync("4.6290 g/cm³");
        await Assertions.Expect(s.Page.Locator("#crystal-spacegroup")).ToContainTextAsync("No. 161");
        Assert.Equal(3, await s.Page.Locator("#atom-sites tbody tr").CountAsync());

        // Usable at 1280×720: with every section filled (tables, plots, figure) nothing overflows sideways.
        await Assertions.Expect(s.Page.Locator("#reflections-grid")).ToBeVisibleAsync();
        await Assertions.Expect(s.Page.Locator("#optics-figure")).ToBeVisibleAsync();
        await Assertions.Expect(s.Page.Locator("#reflections-grid td.reach-cell").First).ToContainTextAsync(new System.Text.RegularExpressions.Regex("yes|no"));
        await s.Page.WaitForTimeoutAsync(500);
        Assert.True(await s.Page.EvaluateAsync<int>("document.documentElement.scrollWidth") <= 1280, "the page scrolls sideways at 1280 px");
        await s.ScreenshotAsync("crystal-linbo3");
        s.AssertCleanConsoleAndNetwork();
    }

    [Fact]
    public async Task A_broken_cif_names_the_line_and_keeps_the_crystal_in_use()
    {
        await using var s = await PageSession.OpenAsync(fixture);
        await s.GotoInteractiveAsync(fixture);
        await s.PickCrystalAsync("Si", "Silicon");

        await s.UploadAsync("cif-upload", "broken.cif", "data_broken\n_cell_length_a 5.4x3\n_cell_length_b 5.43\n");
        var error = s.Page.Locator("#cif-error");
        await Assertions.Expect(error).ToContainTextAsync("line 2");
        await Assertions.Expect(error).ToContainTextAsync("_cell_length_a");
        await Assertions.Expect(error).ToContainTextAsync("Still using Si");
        await Assertions.Expect(s.Page.Locator("#crystal-current")).ToContainTextAsync("Silicon");
        await s.ScreenshotAsync("crystal-broken-cif");
        s.AssertCleanConsoleAndNetwork();
    }

    [Fact]
    public async Task A_cif_with_two_blocks_lets_the_user_pick_one()
    {
        await using var s = await PageSession.OpenAsync(fixture);
        await s.GotoInteractiveAsync(fixture);
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TwoBlocks.cif"));
        await s.UploadAsync("cif-upload", "two.cif", text);
        await Assertions.Expect(s.Page.Locator("#cif-blocks")).ToContainTextAsync("2 structures");
        await s.Page.Locator("#cif-block-select").ClickAsync();
        await s.Page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = "w" }).Last.ClickAsync();
        await Assertions.Expect(s.Page.Locator("#crystal-current")).ToContainTextAsync("block w");
        s.AssertCleanConsoleAndNetwork();
    }
}
