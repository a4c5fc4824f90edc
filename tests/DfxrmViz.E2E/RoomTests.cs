using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace DfxrmViz.E2E;

/// <summary>Live rooms (issue 13): "Share live" opens /r/{id}; two browser contexts in the room see each other's edits,
/// names and (when following) camera. The latency of an edit from one page to the other is measured and printed; only a
/// generous bound on each wait is asserted, never the latency itself.</summary>
public partial class RoomTests(BrowserFixture fixture, ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    private const int Edits = 10;

    // Time (Date.now, one clock for both pages of the one browser) of the last energy commit on this page.
    private const string RecordCommits = """
        () => document.addEventListener('change', e => { if (e.target.id === 'energy-kev') window.__committedAt = Date.now(); }, true)
        """;

    // Time at which each text of #geometry-two-theta first appeared on this page (the element may be re-rendered).
    private const string RecordTwoTheta = """
        () => {
          window.__shownAt = {};
          const note = () => { const e = document.querySelector('#geometry-two-theta'); const t = e && e.textContent;
                               if (t && !(t in window.__shownAt)) window.__shownAt[t] = Date.now(); };
          new MutationObserver(note).observe(document.body, { subtree: true, childList: true, characterData: true });
          note();
        }
        """;

    // What the page shows when an expected navigation did not happen (for the failure message).
    private const string PageState = """
        () => JSON.stringify({
          problem: document.querySelector('#share-live-problem')?.textContent ?? null,
          button: document.querySelector('#share-live') ? (document.querySelector('#share-live').disabled ? 'disabled' : 'enabled') : 'absent',
          errorUi: getComputedStyle(document.querySelector('#blazor-error-ui') ?? document.body).display,
          reconnect: document.querySelector('#components-reconnect-modal')?.className ?? null,
          room: document.querySelector('#room')?.getAttribute('data-status') ?? null,
        })
        """;

    [Fact]
    public async Task Two_pages_in_one_room_share_edits_names_and_the_followed_camera()
    {
        await using var a = await PageSession.OpenAsync(fixture, 960, 900);
        await a.GotoInteractiveAsync(fixture);
        await Assertions.Expect(a.Page.Locator("#lens-d1")).ToContainTextAsync("mm");
        await ViewportShotAsync(a, "room-share-live-button");
        await a.WaitForPlotsSettledAsync(); // before Share live leaves the page
        var addresses = new List<string>();
        a.Page.FrameNavigated += (_, f) => addresses.Add(f.Url);
        await a.Page.Locator("#share-live").ClickAsync();
        try
        {
            // Blazor's NavigateTo is a client-side navigation (history.pushState); with the default WaitUntil=Load, Playwright
            // 1.x at times kept waiting for a load event of the same document after the address had changed (seen 3 of 3
            // runs at load average 13), so the wait ends when the address is committed and the room state is checked next.
            await a.Page.WaitForURLAsync(RoomAddress(), new() { WaitUntil = WaitUntilState.Commit });
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException($"Share live did not open the room. Addresses: [{string.Join(", ", addresses)}]; now {a.Page.Url}; "
                + $"page state: {await a.Page.EvaluateAsync<string>(PageState)}", e);
        }
        await Assertions.Expect(a.Page.Locator("#room")).ToHaveAttributeAsync("data-status", "live");
        var path = new Uri(a.Page.Url).AbsolutePath;

        await using var b = await PageSession.OpenAsync(fixture, 960, 900);
        await b.GotoInteractiveAsync(fixture, path);
        await Assertions.Expect(b.Page.Locator("#room")).ToHaveAttributeAsync("data-status", "live");
        foreach (var s in new[] { a, b })
        {
            await Assertions.Expect(s.Page.Locator("#room-presence .room-member-name")).ToHaveTextAsync(["Guest 1", "Guest 2"]);
        }
        await Assertions.Expect(b.Page.Locator("#energy-kev")).ToHaveValueAsync("17");
        Assert.Empty(await a.Page.Locator("#share-live").AllAsync());

        // Edits from A reach B: the latency from A's commit (change event) to B's DOM showing A's 2θ.
        await a.Page.EvaluateAsync(RecordCommits);
        await a.Page.EvaluateAsync(RecordTwoTheta);
        await b.Page.EvaluateAsync(RecordTwoTheta);
        var latencies = new List<double>();
        var local = new List<double>();
        var twoTheta = await a.Page.Locator("#geometry-two-theta").InnerTextAsync();
        for (var i = 1; i <= Edits; i++)
        {
            var energy = ((170 + i) / 10.0).ToString("0.##", CultureInfo.InvariantCulture);
            await a.Page.Locator("#energy-kev").FillAsync(energy);
            await a.Page.Locator("#energy-kev").PressAsync("Tab");
            await Assertions.Expect(a.Page.Locator("#geometry-two-theta")).Not.ToHaveTextAsync(twoTheta);
            twoTheta = await a.Page.Locator("#geometry-two-theta").InnerTextAsync();
            var wait = new LocatorAssertionsToHaveTextOptions { Timeout = 5_000 };
            await Assertions.Expect(b.Page.Locator("#geometry-two-theta")).ToHaveTextAsync(twoTheta, wait);
            await Assertions.Expect(b.Page.Locator("#energy-kev")).ToHaveValueAsync(energy, new() { Timeout = 5_000 });
            var committed = await a.Page.EvaluateAsync<double>("() => window.__committedAt");
            var shown = await b.Page.EvaluateAsync<double>("t => window.__shownAt[t]", twoTheta);
            latencies.Add(shown - committed);
            local.Add(await a.Page.EvaluateAsync<double>("t => window.__shownAt[t]", twoTheta) - committed);
        }
        Report("A→B (room)", latencies);
        Report("A→A (own page, for comparison)", local);
        Assert.Matches(RoomAddress(), b.Page.Url);
        Assert.Equal(path, new Uri(a.Page.Url).AbsolutePath);

        // B renames itself (markup stays text); A sees it.
        await b.Page.Locator("#room-my-name").FillAsync("Beamline <i>B</i>");
        await b.Page.Locator("#room-my-name").PressAsync("Tab");
        await Assertions.Expect(a.Page.Locator("#room-presence .room-member-name")).ToHaveTextAsync(["Guest 1", "Beamline <i>B</i>"]);
        Assert.Empty(await a.Page.Locator("#room-presence i").AllAsync());

        // B follows A; A orbits its view; B's camera goes where A's is.
        await b.Page.Locator("#room-presence li", new() { HasText = "Guest 1" }).Locator(".room-follow").ClickAsync();
        await Assertions.Expect(b.Page.Locator(".room-unfollow")).ToBeVisibleAsync();
        await a.Page.WaitForFunctionAsync("() => window.dfxViewer && window.dfxViewer.renderedAt() > 0");
        await b.Page.WaitForFunctionAsync("() => window.dfxViewer && window.dfxViewer.renderedAt() > 0");
        var canvas = a.Page.Locator("#viewer-canvas");
        await canvas.ScrollIntoViewIfNeededAsync();
        await b.Page.Locator("#viewer-canvas").ScrollIntoViewIfNeededAsync();
        var box = (await canvas.BoundingBoxAsync())!;
        await a.Page.Mouse.MoveAsync(box.X + (box.Width / 2), box.Y + (box.Height / 2));
        await a.Page.Mouse.DownAsync();
        await a.Page.Mouse.MoveAsync(box.X + (box.Width / 2) + 120, box.Y + (box.Height / 2) - 50, new() { Steps = 6 });
        await a.Page.Mouse.UpAsync();
        var camera = await a.Page.EvaluateAsync<JsonElement>("() => window.dfxViewer.camera()");
        var position = camera.GetProperty("position").EnumerateArray().Select(x => x.GetDouble()).ToArray();
        await b.Page.WaitForFunctionAsync("""
            p => { const q = window.dfxViewer.camera().position;
                   return Math.hypot(q[0] - p[0], q[1] - p[1], q[2] - p[2]) <= 1e-3 * Math.hypot(...p); }
            """, position, new() { Timeout = 5_000 });
        var followed = await b.Page.EvaluateAsync<JsonElement>("() => window.dfxViewer.camera()");
        output.WriteLine($"A's camera {camera}; B's camera {followed}");

        await a.Page.Locator("#viewer").ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ArtifactsDir, "room-viewer-a.png") });
        await b.Page.Locator("#viewer").ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ArtifactsDir, "room-viewer-b.png") });
        var shotA = await ViewportShotAsync(a, "room-page-a");
        var shotB = await ViewportShotAsync(b, "room-page-b");
        output.WriteLine($"Screenshots: {shotA} {shotB}");
        a.AssertCleanConsoleAndNetwork();
        b.AssertCleanConsoleAndNetwork();
    }

    [Fact]
    public async Task A_room_closed_on_one_page_turns_the_other_read_only_with_the_banner_at_once()
    {
        await using var a = await PageSession.OpenAsync(fixture, 960, 900);
        await a.GotoInteractiveAsync(fixture);
        await a.WaitForPlotsSettledAsync(); // before Share live leaves the page
        await a.Page.Locator("#share-live").ClickAsync();
        await a.Page.WaitForURLAsync(RoomAddress(), new() { WaitUntil = WaitUntilState.Commit });
        await Assertions.Expect(a.Page.Locator("#room")).ToHaveAttributeAsync("data-status", "live");
        var path = new Uri(a.Page.Url).AbsolutePath;
        await using var b = await PageSession.OpenAsync(fixture, 960, 900);
        await b.GotoInteractiveAsync(fixture, path);
        await Assertions.Expect(b.Page.Locator("#room")).ToHaveAttributeAsync("data-status", "live");
        var twoTheta = await b.Page.Locator("#geometry-two-theta").TextContentAsync();

        await a.Page.Locator("#room-close").ClickAsync();
        await a.Page.Locator("#room-close-confirm").ClickAsync();

        // B did nothing: the "closed" message reaches it over the live channel.
        await Assertions.Expect(b.Page.Locator("#room")).ToHaveAttributeAsync("data-status", "closed");
        await Assertions.Expect(b.Page.Locator("#room-status")).ToContainTextAsync(
            new Regex(@"This room was closed on \d{4}-\d\d-\d\d \d\d:\d\d UTC\. Its last plan is shown read-only — Open as a new plan"));
        await Assertions.Expect(b.Page.Locator("#room-open-as-new")).ToHaveAttributeAsync("href", new Regex(@"^/\?plan="));
        await Assertions.Expect(b.Page.Locator("#energy-kev")).ToBeDisabledAsync();
        await Assertions.Expect(b.Page.Locator("#geometry-two-theta")).ToHaveTextAsync(twoTheta!);
        await Assertions.Expect(b.Page.Locator("#viewer")).ToBeVisibleAsync();
        await Assertions.Expect(a.Page.Locator("#room")).ToHaveAttributeAsync("data-status", "closed");
        var shot = await ViewportShotAsync(b, "room-closed-b");
        output.WriteLine($"Screenshot: {shot}");
        a.AssertCleanConsoleAndNetwork();
        b.AssertCleanConsoleAndNetwork();
    }

    [Fact]
    public async Task An_unknown_room_says_so_and_shows_the_example_plan()
    {
        await using var s = await PageSession.OpenAsync(fixture);
        await s.GotoInteractiveAsync(fixture, "/r/AAAAAAAAAAAAAAAAAAAA");
        await Assertions.Expect(s.Page.Locator("#room")).ToHaveAttributeAsync("data-status", "missing");
        await Assertions.Expect(s.Page.Locator("#room-status")).ToContainTextAsync("no live room at this address");
        await Assertions.Expect(s.Page.Locator("#geometry-two-theta")).ToContainTextAsync("11.16138°");
        Assert.EndsWith("/r/AAAAAAAAAAAAAAAAAAAA", s.Page.Url, StringComparison.Ordinal);
        await s.ScreenshotAsync("room-unknown");
        s.AssertCleanConsoleAndNetwork();
    }

    private void Report(string what, List<double> latencies)
    {
        var sorted = latencies.Order().ToArray();
        var median = (sorted[(sorted.Length - 1) / 2] + sorted[sorted.Length / 2]) / 2;
        // Nearest-rank p95.
        var p95 = sorted[(int)Math.Ceiling(0.95 * sorted.Length) - 1];
        var line = FormattableString.Invariant(
            $"Edit latency {what} over {sorted.Length} edits: median {median:0} ms, p95 {p95:0} ms, all [{string.Join(", ", latencies.Select(l => l.ToString("0", CultureInfo.InvariantCulture)))}] ms");
        output.WriteLine(line);
        File.AppendAllText(Path.Combine(BrowserFixture.ArtifactsDir, "room-latency.txt"), line + Environment.NewLine);
    }

    private static async Task<string> ViewportShotAsync(PageSession s, string name)
    {
        var file = Path.Combine(BrowserFixture.ArtifactsDir, name + ".png");
        await s.Page.EvaluateAsync("() => window.scrollTo(0, 0)");
        await s.Page.ScreenshotAsync(new() { Path = file });
        return file;
    }

    [GeneratedRegex(@"/r/[A-Za-z0-9_-]{20}$")]
    private static partial Regex RoomAddress();
}
