using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Deque.AxeCore.Playwright;
using DfxrmViz.Core.Planning;
using DfxrmViz.Core.Planning.Json;
using DfxrmViz.Core.Scattering;
using Microsoft.Playwright;

namespace DfxrmViz.E2E;

/// <summary>The pre-flight panel as a new user meets it: the example on first visit, each pitfall provoked and cleared with one click,
/// the same verdicts from POST /api/v1/plan, and an axe-core scan of the example page.</summary>
public class PreflightJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static ILocator Line(PageSession s, string check) => s.Page.Locator($"#preflight-{check}");

    private static async Task ExpectStatusAsync(PageSession s, string check, string status) =>
        await Assertions.Expect(Line(s, check)).ToHaveAttributeAsync("data-status", status, new() { Timeout = 60_000 });

    private static async Task ViewportShotAsync(PageSession s, string name) =>
        await s.Page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ArtifactsDir, name + ".png") });

    [Theory]
    [InlineData(1280, 720)]
    [InlineData(390, 844)]
    public async Task First_visit_opens_on_the_example_with_the_3D_view_and_three_checks(int width, int height)
    {
        await using var s = await PageSession.OpenAsync(fixture, width, height);
        await s.GotoInteractiveAsync(fixture);
        await ExpectStatusAsync(s, "absorption", "ok");
        // The README mount (up (0 0 1), exit surface (−1 −1 0)) needs χ = 57.25° for (1 −1 2) on the ESRF stack with μ = θ, beyond its
        // assumed ±10°: the example itself shows line 2 as a problem, with a reachable reflection to try.
        await ExpectStatusAsync(s, "reachability", "problem");
        await ExpectStatusAsync(s, "mount", "unchecked");
        await Assertions.Expect(Line(s, "absorption")).ToContainTextAsync("path in this geometry");
        await Assertions.Expect(Line(s, "reachability")).ToContainTextAsync("(1 −1 2) cannot be reached");
        await Assertions.Expect(s.Page.Locator("#preflight-reachability-apply")).ToBeVisibleAsync();
        await Assertions.Expect(Line(s, "mount")).ToContainTextAsync("Not checked yet");
        await Assertions.Expect(s.Page.Locator("#start-your-own")).ToBeVisibleAsync();
        await Assertions.Expect(s.Page.Locator("#viewer-canvas")).ToBeAttachedAsync();
        await ViewportShotAsync(s, $"preflight-first-visit-{width}x{height}");
        await s.Page.Locator("#preflight").ScrollIntoViewIfNeededAsync();
        await ViewportShotAsync(s, $"preflight-panel-{width}x{height}");
        await s.Page.Locator("#start-your-own").ClickAsync();
        await Assertions.Expect(s.Page.Locator("#crystal-picker")).ToBeFocusedAsync();
        // For the report: what sticks out sideways elsewhere on the page (not asserted here).
        var wide = await s.Page.EvaluateAsync<string[]>("[...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)" +
            ".slice(0, 8).map(e => e.tagName + '#' + e.id + '.' + e.className.toString().slice(0, 40))");
        File.WriteAllLines(Path.Combine(BrowserFixture.ArtifactsDir, $"preflight-wide-{width}x{height}.txt"), wide);
        // The panel itself never needs sideways scrolling (the rest of the page is the layout's business).
        var panel = await s.Page.Locator("#preflight").BoundingBoxAsync() ?? throw new InvalidOperationException("no #preflight");
        Assert.True(panel.X >= 0 && panel.X + panel.Width <= width + 0.5, $"the panel spans {panel.X}–{panel.X + panel.Width} px of {width}");
        Assert.False(await s.Page.EvaluateAsync<bool>("(() => { const p = document.getElementById('preflight'); return p.scrollWidth > p.clientWidth + 1; })()"));
        s.AssertCleanConsoleAndNetwork();
    }

    [Fact]
    public async Task A_thick_sample_is_a_problem_on_line_1_and_its_suggestion_clears_it()
    {
        await using var s = await PageSession.OpenAsync(fixture);
        await s.GotoInteractiveAsync(fixture);
        await ExpectStatusAsync(s, "absorption", "ok");
        await s.Page.Locator("#sample-thickness").FillAsync("5000");
        await s.Page.Locator("#sample-thickness").PressAsync("Tab");
        await ExpectStatusAsync(s, "absorption", "problem");
        await Assertions.Expect(Line(s, "absorption")).ToContainTextAsync("thin the sample to ≤ 800 µm");
        await ViewportShotAsync(s, "preflight-absorption-problem");
        await s.Page.Locator("#preflight-absorption-apply").ClickAsync();
        await ExpectStatusAsync(s, "absorption", "ok");
        await Assertions.Expect(s.Page.Locator("#sample-thickness")).ToHaveValueAsync("800");
        await ViewportShotAsync(s, "preflight-absorption-cleared");
        s.AssertCleanConsoleAndNetwork();
    }

    [Fact]
    public async Task An_unreachable_reflection_is_a_problem_on_line_2_and_the_proposed_one_clears_it()
    {
        await using var s = await PageSession.OpenAsync(fixture);
        await s.GotoInteractiveAsync(fixture);
        await ExpectStatusAsync(s, "absorption", "ok");
        await s.Page.Locator("#goto-hkl").FillAsync("6 0 0");
        await s.Page.Locator("#goto-button").ClickAsync();
        await ExpectStatusAsync(s, "reachability", "problem");
        await Assertions.Expect(Line(s, "reachability")).ToContainTextAsync("(6 0 0): 2θ = 58.7775° at 17 keV is outside [0°, 45°]");
        await Assertions.Expect(Line(s, "reachability")).ToContainTextAsync("is the strongest reachable near it", new() { Timeout = 60_000 });
        await ViewportShotAsync(s, "preflight-reachability-problem");
        await s.Page.Locator("#preflight-reachability-apply").ClickAsync();
        await ExpectStatusAsync(s, "reachability", "ok");
        s.AssertCleanConsoleAndNetwork();
    }

    [Fact]
    public async Task Found_angles_that_disagree_are_a_problem_on_line_3_in_degrees()
    {
        var plan = Plan.Example with { MountCheck = TurnedByChi(2) };
        await using var s = await PageSession.OpenAsync(fixture);
        await s.GotoInteractiveAsync(fixture, "/?plan=" + PlanAddress.Encode(plan));
        await ExpectStatusAsync(s, "mount", "problem");
        await Assertions.Expect(Line(s, "mount")).ToContainTextAsync("turned by 2.000°");
        await ViewportShotAsync(s, "preflight-mount-problem");
        await s.Page.Locator("#preflight-mount-apply").ClickAsync();
        await ExpectStatusAsync(s, "mount", "warning"); // one found reflection: the turn about its Q stays free
        s.AssertCleanConsoleAndNetwork();
    }

    [Fact]
    public async Task The_api_gives_the_same_three_checks_and_each_suggestion_applied_clears_its_check()
    {
        using var http = new HttpClient { BaseAddress = new Uri(fixture.BaseUrl) };
        async Task<JsonElement> CheckAsync(Plan plan, string name)
        {
            var body = new JsonObject { ["plan"] = JsonNode.Parse(PlanJson.Write(plan)) };
            using var response = await http.PostAsJsonAsync("/api/v1/plan", body);
            Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
            var json = await response.Content.ReadFromJsonAsync<JsonElement>();
            return json.GetProperty("preflight").EnumerateArray().Single(p => p.GetProperty("check").GetString() == name);
        }
        var cases = new (Plan Plan, string Check, string Status)[]
        {
            (Plan.Example with { SampleUm = new SampleSizeUm(5000, 5000, 5000) }, "absorption", "problem"),
            (Plan.Example with { Up = null, Front = null, Hkl = new Hkl(6, 0, 0) }, "reachability", "problem"),
            (Plan.Example with { MountCheck = TurnedByChi(2) }, "mount", "problem"),
        };
        foreach (var (plan, name, status) in cases)
        {
            var before = await CheckAsync(plan, name);
            Assert.Equal(status, before.GetProperty("status").GetString());
            var patched = PlanJson.ApplyMergePatch(plan, before.GetProperty("suggestion").GetRawText());
            var after = await CheckAsync(patched, name);
            Assert.Equal(name == "mount" ? "warning" : "ok", after.GetProperty("status").GetString());
        }
        Assert.Equal("unchecked", (await CheckAsync(Plan.Example, "mount")).GetProperty("status").GetString());
    }

    [Fact]
    public async Task The_example_page_has_no_critical_or_serious_accessibility_violation()
    {
        await using var s = await PageSession.OpenAsync(fixture);
        await s.GotoInteractiveAsync(fixture);
        await ExpectStatusAsync(s, "absorption", "ok");
        await Assertions.Expect(s.Page.Locator("#preflight-reachability-apply")).ToBeVisibleAsync(new() { Timeout = 60_000 });
        var result = await s.Page.RunAxe();
        var bad = result.Violations.Where(v => v.Impact is "critical" or "serious").ToList();
        var report = string.Join("\n", bad.Select(v => $"{v.Impact} {v.Id}: {v.Help} — " +
            string.Join(" | ", v.Nodes.Take(6).Select(n => $"{n.Target} {n.Html}"))));
        File.WriteAllText(Path.Combine(BrowserFixture.ArtifactsDir, "axe-example.txt"), report);
        Assert.True(bad.Count == 0, "axe-core found:\n" + report);
    }

    [Fact]
    public async Task Help_opens_from_the_app_bar_with_every_goniometer_profile_read_from_Core()
    {
        await using var s = await PageSession.OpenAsync(fixture);
        await s.GotoInteractiveAsync(fixture);
        await s.Page.Locator("#help-link").ClickAsync();
        await Assertions.Expect(s.Page.Locator("#help-title")).ToHaveTextAsync("Help");
        foreach (var p in DfxrmViz.Core.Goniometer.GoniometerProfiles.All)
        {
            var section = s.Page.Locator($"#help-goniometer-{p.Id}");
            await Assertions.Expect(section).ToContainTextAsync(p.Id);
            var table = s.Page.Locator($"#help-goniometer-{p.Id} + p + table");
            await Assertions.Expect(table.Locator("tbody tr")).ToHaveCountAsync(p.Axes.Count);
        }
        await Assertions.Expect(s.Page.Locator("#help-goniometer-esrf-dfxm + p + table")).ToContainTextAsync("+y_L");
        await Assertions.Expect(s.Page.Locator("#help-tables")).ToBeVisibleAsync();
        await s.ScreenshotAsync("help-page");
        s.AssertCleanConsoleAndNetwork();
    }

    /// <summary>One found reflection: the planned (1 −1 2) with χ off by <paramref name="deg"/>.</summary>
    private static MountCheckPlan TurnedByChi(double deg)
    {
        var planned = new PlanPipeline().Compute(Plan.Example).Orientation.Value!.Result.Solutions.Solutions[0];
        var found = new ValueMap<double>(planned.AnglesDeg.Select(kv => new KeyValuePair<string, double>(kv.Key, kv.Key == "chi" ? kv.Value + deg : kv.Value)));
        return new MountCheckPlan(new([new FoundReflectionPlan(new Hkl(1, -1, 2), found)]));
    }
}
