using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace DfxrmViz.E2E;

/// <summary>Issue 14 "Accessibility": axe-core (Deque.AxeCore.Playwright 4.14.0) on every detail section of the example page, each
/// one expanded, on the pre-flight panel, on the help page and on a live room page: no critical or serious violation. Each scan
/// writes its report to test-artifacts/e2e/axe-*.txt.</summary>
public class AccessibilityScanTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static readonly string[] Sections = ["crystal", "absorption", "reflections", "geometry", "lens", "export"];

    [Fact]
    public async Task Every_section_of_the_example_page_expanded_has_no_critical_or_serious_violation()
    {
        await using var s = await OpenExampleAsync();
        var failures = new List<string>();
        foreach (var id in Sections)
        {
            var header = s.Page.Locator($"#{id}-header");
            if (await header.GetAttributeAsync("aria-expanded") != "true")
            {
                await header.ClickAsync();
            }
            await Assertions.Expect(header).ToHaveAttributeAsync("aria-expanded", "true");
            await Assertions.Expect(s.Page.Locator($"#{id}-body")).ToBeVisibleAsync();
            failures.AddRange(Report($"section-{id}", await s.Page.Locator($"#{id}").RunAxe()));
        }
        failures.AddRange(Report("preflight", await s.Page.Locator("#preflight").RunAxe()));
        Assert.True(failures.Count == 0, "axe-core found:\n" + string.Join("\n", failures));
        s.AssertCleanConsoleAndNetwork();
    }

    [Fact]
    public async Task The_help_page_has_no_critical_or_serious_violation()
    {
        await using var s = await PageSession.OpenAsync(fixture);
        await s.GotoInteractiveAsync(fixture, "/help");
        await Assertions.Expect(s.Page.Locator("#help-title")).ToHaveTextAsync("Help");
        var failures = Report("help", await s.Page.RunAxe());
        Assert.True(failures.Count == 0, "axe-core found:\n" + string.Join("\n", failures));
        s.AssertCleanConsoleAndNetwork();
    }

    [Fact]
    public async Task A_live_room_page_has_no_critical_or_serious_violation()
    {
        await using var s = await OpenExampleAsync();
        await s.Page.Locator("#share-live").ClickAsync();
        await Assertions.Expect(s.Page.Locator("#room")).ToHaveAttributeAsync("data-status", "live", new() { Timeout = 60_000 });
        await Assertions.Expect(s.Page.Locator("#room-presence .room-member-name")).ToHaveCountAsync(1);
        var failures = Report("room", await s.Page.RunAxe());
        Assert.True(failures.Count == 0, "axe-core found:\n" + string.Join("\n", failures));
        s.AssertCleanConsoleAndNetwork();
    }

    private async Task<PageSession> OpenExampleAsync()
    {
        var s = await PageSession.OpenAsync(fixture);
        await s.GotoInteractiveAsync(fixture);
        await Assertions.Expect(s.Page.Locator("#lens-d1")).ToContainTextAsync("mm", new() { Timeout = 60_000 });
        await s.Page.Locator("#reflections-grid tr.reflection-row").First.WaitForAsync();
        await Assertions.Expect(s.Page.Locator("#preflight-reachability-apply")).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await s.WaitForPlotsSettledAsync(); // before Share live leaves the page
        return s;
    }

    // The critical and serious violations, one line each with up to six of the elements; all of them go to the report file.
    private static List<string> Report(string name, AxeResult result)
    {
        var bad = result.Violations.Where(v => v.Impact is "critical" or "serious").ToList();
        var lines = bad.Select(v => $"[{name}] {v.Impact} {v.Id}: {v.Help} — " + string.Join(" | ", v.Nodes.Take(6).Select(n => $"{n.Target} {n.Html}"))).ToList();
        var others = result.Violations.Except(bad).Select(v => $"[{name}] {v.Impact} {v.Id}: {v.Help} ({v.Nodes.Length} elements)");
        File.WriteAllLines(Path.Combine(BrowserFixture.ArtifactsDir, $"axe-{name}.txt"),
            [$"{bad.Count} critical/serious, {result.Violations.Length - bad.Count} other violations; {result.Passes.Length} rules passed", .. lines, .. others]);
        return lines;
    }
}
