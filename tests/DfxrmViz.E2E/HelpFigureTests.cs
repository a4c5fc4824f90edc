using DfxrmViz.Core.Goniometer;
using Microsoft.Playwright;

namespace DfxrmViz.E2E;

/// <summary>Issue 14 "Help": the help page's geometry figure is the scene model projected along the beam and from the side, with the
/// sample frame and each goniometer profile's axes numbered base → top; the profile picker redraws it.</summary>
public class HelpFigureTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task The_figure_shows_both_views_with_every_axis_of_each_profile()
    {
        await using var s = await PageSession.OpenAsync(fixture);
        await s.GotoInteractiveAsync(fixture, "/help");
        foreach (var p in GoniometerProfiles.All)
        {
            await s.Page.Locator("#help-figure-profile").SelectOptionAsync(p.Id);
            await Assertions.Expect(s.Page.Locator("#help-figure-caption")).ToContainTextAsync(p.Name);
            foreach (var view in new[] { "beam", "side" })
            {
                var texts = s.Page.Locator($"#help-figure-{view} text");
                for (var i = 0; i < p.Axes.Count; i++)
                {
                    await Assertions.Expect(texts.Filter(new() { HasTextString = $"{i + 1} {p.Axes[i].Name}" })).ToHaveCountAsync(1);
                }
                foreach (var axis in new[] { "x_S (up)", "y_S", "z_S (exit normal)", "x_L (up)", "y_L = z_L × x_L", "z_L (beam)" })
                {
                    await Assertions.Expect(texts.Filter(new() { HasTextString = axis })).Not.ToHaveCountAsync(0);
                }
                Assert.DoesNotContain("NaN", await s.Page.Locator($"#help-figure-{view}").EvaluateAsync<string>("e => e.outerHTML"), StringComparison.Ordinal);
            }
            await s.Page.Locator("#help-figure").ScrollIntoViewIfNeededAsync();
            await s.Page.Locator("#help-figure").ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ArtifactsDir, $"help-figure-{p.Id}.png") });
        }
        s.AssertCleanConsoleAndNetwork();
    }
}
