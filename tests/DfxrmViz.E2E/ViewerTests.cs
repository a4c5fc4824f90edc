using System.Text.Json;
using DfxrmViz.Core.Scene;
using DfxrmViz.Core.Tests.Scene;
using DfxrmViz.Export.Gltf;
using Microsoft.Playwright;

namespace DfxrmViz.E2E;

/// <summary>The 3D view in Chromium with SwiftShader WebGL (issue 16): it draws, a parameter change redraws it and keeps the
/// user's camera, nothing is logged as an error, a browser without WebGL gets a message, and a written .glb opens in
/// three.js's GLTFLoader.</summary>
public class ViewerTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    // Counts the pixels of a PNG (base64) that are not white, decoded by the browser itself.
    private const string CountInk = """
        async b64 => {
          // An <img> rather than fetch(): the page's Content-Security-Policy allows data: images but no data: fetches.
          const img = new Image();
          img.src = 'data:image/png;base64,' + b64;
          await img.decode();
          const bitmap = await createImageBitmap(img);
          const c = new OffscreenCanvas(bitmap.width, bitmap.height), g = c.getContext('2d');
          g.drawImage(bitmap, 0, 0);
          const d = g.getImageData(0, 0, c.width, c.height).data;
          let n = 0;
          for (let i = 0; i < d.length; i += 4) if (d[i] < 240 || d[i + 1] < 240 || d[i + 2] < 240) n++;
          return n;
        }
        """;

    [Fact]
    public async Task Draws_redraws_on_a_change_and_keeps_the_camera()
    {
        await using var s = await PageSession.OpenAsync(fixture, 1400, 1000);
        await s.GotoInteractiveAsync(fixture);
        await s.PickCrystalAsync("LiNb", "Lithium niobate");
        await s.Page.WaitForFunctionAsync("() => window.dfxViewer && window.dfxViewer.renderedAt() > 0");
        var canvas = s.Page.Locator("#viewer-canvas");
        await canvas.ScrollIntoViewIfNeededAsync();
        var first = await canvas.ScreenshotAsync();
        var ink = await s.Page.EvaluateAsync<int>(CountInk, Convert.ToBase64String(first));
        Assert.True(ink > 5000, $"canvas nearly blank: {ink} non-white pixels");

        // Orbit by dragging, then change the energy: a new frame, the camera where the user left it.
        var box = (await canvas.BoundingBoxAsync())!;
        await s.Page.Mouse.MoveAsync(box.X + box.Width / 2, box.Y + box.Height / 2);
        await s.Page.Mouse.DownAsync();
        await s.Page.Mouse.MoveAsync(box.X + box.Width / 2 + 90, box.Y + box.Height / 2 + 40, new() { Steps = 6 });
        await s.Page.Mouse.UpAsync();
        var camera = await s.Page.EvaluateAsync<JsonElement>("() => window.dfxViewer.camera()");
        var before = await s.Page.EvaluateAsync<double>("() => window.dfxViewer.renderedAt()");
        await s.Page.Locator("#energy-kev").FillAsync("20");
        await s.Page.Locator("#energy-kev").PressAsync("Tab");
        await s.Page.WaitForFunctionAsync("b => window.dfxViewer.renderedAt() > b", before);
        var after = await s.Page.EvaluateAsync<JsonElement>("() => window.dfxViewer.camera()");
        Assert.Equal(camera.ToString(), after.ToString());
        var second = await canvas.ScreenshotAsync();
        Assert.NotEqual(Convert.ToBase64String(first), Convert.ToBase64String(second));
        await s.ScreenshotAsync("viewer-linbo3-20kev");

        // The PNG snapshot comes back through an IJSStreamReference (larger than the 32 KB message limit) as a download.
        var download = await s.Page.RunAndWaitForDownloadAsync(() => s.Page.Locator("#viewer-snapshot").ClickAsync());
        var path = Path.Combine(BrowserFixture.ArtifactsDir, "viewer-snapshot.png");
        await download.SaveAsAsync(path);
        var png = await File.ReadAllBytesAsync(path);
        Assert.Equal([0x89, 0x50, 0x4E, 0x47], png[..4]);
        Assert.True(png.Length > 32 * 1024, $"snapshot only {png.Length} bytes");
        Assert.True(await s.Page.EvaluateAsync<int>(CountInk, Convert.ToBase64String(png)) > 5000, "snapshot nearly blank");
        s.AssertCleanConsoleAndNetwork();
    }

    [Fact]
    public async Task The_first_frame_needs_no_circuit_and_the_circuit_takes_it_over()
    {
        await using var s = await PageSession.OpenAsync(fixture, 1280, 720);
        // Hold the circuit's negotiation: whatever is drawn meanwhile comes from the prerendered page alone.
        var release = new TaskCompletionSource();
        await s.Page.RouteAsync("**/_blazor/negotiate*", async route =>
        {
            await release.Task;
            await route.ContinueAsync();
        });
        await s.Page.GotoAsync(fixture.BaseUrl + "/", new() { Timeout = 60_000 });
        await s.Page.WaitForFunctionAsync("() => window.dfxViewer && window.dfxViewer.renderedAt() > 0", null, new() { Timeout = 60_000 });
        Assert.Equal(0, await s.Page.Locator("#interactive").CountAsync());
        var canvas = s.Page.Locator("#viewer-canvas");
        var early = await canvas.ScreenshotAsync();
        Assert.True(await s.Page.EvaluateAsync<int>(CountInk, Convert.ToBase64String(early)) > 5000, "first frame nearly blank");
        var camera = (await s.Page.EvaluateAsync<JsonElement>("() => window.dfxViewer.camera()")).ToString();
        await s.ScreenshotAsync("viewer-first-frame-before-circuit");

        release.SetResult();
        await s.Page.Locator("#interactive").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 60_000 });
        await s.Page.WaitForFunctionAsync("() => window.dfxViewer.stats().adopted");
        // The circuit found the same scene drawn (one diff: the page's), kept the camera and the one canvas, and redraws on a change.
        var stats = await s.Page.EvaluateAsync<JsonElement>("() => window.dfxViewer.stats()");
        Assert.Equal(1, stats.GetProperty("diffs").GetInt32());
        Assert.Equal(camera, (await s.Page.EvaluateAsync<JsonElement>("() => window.dfxViewer.camera()")).ToString());
        Assert.Equal(1, await s.Page.Locator("#viewer-canvas").CountAsync());
        var before = await s.Page.EvaluateAsync<double>("() => window.dfxViewer.renderedAt()");
        await s.Page.Locator("#energy-kev").FillAsync("18");
        await s.Page.Locator("#energy-kev").PressAsync("Tab");
        await s.Page.WaitForFunctionAsync("b => window.dfxViewer.renderedAt() > b", before);
        stats = await s.Page.EvaluateAsync<JsonElement>("() => window.dfxViewer.stats()");
        Assert.Equal(2, stats.GetProperty("diffs").GetInt32());
        Assert.True(stats.GetProperty("lastPayloadBytes").GetInt32() < 8000, $"a change sent {stats.GetProperty("lastPayloadBytes")} bytes");
        s.AssertCleanConsoleAndNetwork();
    }

    [Fact]
    public async Task Without_WebGL_the_page_says_so_and_the_rest_works()
    {
        await using var browser = await fixture.LaunchWithoutWebGlAsync();
        var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, m) => { if (m.Type == "error") { errors.Add(m.Text); } };
        page.PageError += (_, e) => errors.Add(e);
        await page.GotoAsync(fixture.BaseUrl + "/");
        await page.Locator("#interactive").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 30_000 });
        await page.Locator("#crystal-picker").ClickAsync();
        await page.Locator("#crystal-picker").FillAsync("LiNb");
        await page.Locator(".mud-popover-open .crystal-option").Filter(new() { HasText = "Lithium niobate" }).First.ClickAsync();
        await Assertions.Expect(page.Locator("#viewer-no-webgl")).ToContainTextAsync("cannot draw the 3D view");
        await Assertions.Expect(page.Locator("#viewer-canvas")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("#geometry-two-theta")).ToContainTextAsync("°");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ArtifactsDir, "viewer-no-webgl.png"), FullPage = true });
        Assert.True(errors.Count == 0, "Browser console errors:\n" + string.Join("\n", errors));
    }

    [Fact]
    public async Task A_written_glb_opens_in_threes_GLTFLoader()
    {
        var glb = SceneGlb.Write(SceneBuilder.Build(SceneScenario.LiNbO3()));
        var module = await File.ReadAllBytesAsync(Path.Combine(BrowserFixture.RepoRoot, "src", "DfxrmViz.Viewer", "dist", "gltf-inspect.js"));
        await using var s = await PageSession.OpenAsync(fixture, 1000, 700);
        await s.Page.RouteAsync(fixture.BaseUrl + "/__gltf/**", route =>
        {
            var path = new Uri(route.Request.Url).AbsolutePath;
            return path.EndsWith(".glb", StringComparison.Ordinal)
                ? route.FulfillAsync(new() { BodyBytes = glb, ContentType = "model/gltf-binary" })
                : path.EndsWith(".js", StringComparison.Ordinal)
                    ? route.FulfillAsync(new() { BodyBytes = module, ContentType = "text/javascript" })
                    : route.FulfillAsync(new() { Body = "<!DOCTYPE html><canvas id='c' width='960' height='640'></canvas>", ContentType = "text/html" });
        });
        await s.Page.GotoAsync(fixture.BaseUrl + "/__gltf/index.html");
        var report = await s.Page.EvaluateAsync<JsonElement>(
            "async () => { const m = await import('./gltf-inspect.js'); return await m.inspect('./scene.glb', document.getElementById('c')); }");
        var names = report.GetProperty("fileNames").EnumerateArray().Select(n => n.GetString()).ToHashSet();
        Assert.Contains("goniometer_omega", report.GetProperty("names").EnumerateArray().Select(n => n.GetString()));
        foreach (var name in new[] { "sample", "beam-incident", "beam-diffracted", "q-vector", "unit-cell", "goniometer omega", "goniometer chi", "goniometer phi" })
        {
            Assert.Contains(name, names);
        }
        Assert.Contains(names, n => n!.StartsWith("atom Nb ", StringComparison.Ordinal));
        Assert.True(report.GetProperty("meshes").GetInt32() > 50);
        Assert.Equal(3, report.GetProperty("sample").GetProperty("sizeUm").GetArrayLength());
        Assert.Equal(1.0, report.GetProperty("beamIncident").GetProperty("direction")[0].GetDouble(), 9);
        // #90a4ae written linear, shown by three.js converted back to sRGB.
        Assert.Equal("90a4ae", report.GetProperty("sampleColor").GetString());
        await s.Page.Locator("#c").ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ArtifactsDir, "glb-in-gltfloader.png") });
        s.AssertCleanConsoleAndNetwork();
    }
}
