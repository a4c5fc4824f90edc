using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Playwright;

namespace DfxrmViz.E2E;

/// <summary>One real Kestrel server on 127.0.0.1 and one headless Debian Chromium for all browser tests of a class.</summary>
public sealed class BrowserFixture : IAsyncLifetime, IBrowserHost
{
    /// <summary>Flags that give WebGL in headless Debian Chromium 156 through SwiftShader, no background traffic off the machine.</summary>
    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--use-angle=swiftshader", "--enable-unsafe-swiftshader",
    ];

    private readonly ServerFactory _factory = new();
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public string BaseUrl { get; private set; } = "";

    /// <summary>Folder for screenshots kept as test artifacts (E2E_ARTIFACTS_DIR, else test-artifacts/e2e at the repo root).</summary>
    public static string ArtifactsDir { get; } = FindArtifactsDir();

    public async Task InitializeAsync()
    {
        _factory.UseKestrel(0);
        _factory.StartServer();
        BaseUrl = _factory.ClientOptions.BaseAddress.ToString().TrimEnd('/');
        _playwright = await Playwright.CreateAsync();
        Browser = await LaunchChromiumAsync(_playwright);
    }

    /// <summary>Debian's headless Chromium with WebGL through SwiftShader (also for fixtures that run their own server).</summary>
    public static async Task<IBrowser> LaunchChromiumAsync(IPlaywright playwright)
    {
        // CI is a shared 2-core machine running server and browser together: allow for slow first renders.
        Assertions.SetDefaultExpectTimeout(20_000);
        var executable = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium";
        if (!File.Exists(executable))
        {
            throw new InvalidOperationException($"Chromium not found at {executable}: install Debian's chromium (./test.sh does).");
        }
        return await playwright.Chromium.LaunchAsync(new() { ExecutablePath = executable, Headless = true, Args = ChromiumArgs });
    }

    /// <summary>A second Chromium with WebGL switched off (the page must show its message instead of the 3D view).</summary>
    public Task<IBrowser> LaunchWithoutWebGlAsync() => _playwright!.Chromium.LaunchAsync(new()
    {
        ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
        Headless = true,
        Args = [.. ChromiumArgs, "--disable-webgl", "--disable-3d-apis"],
    });

    /// <summary>The repository root (the folder with DfxrmViz.sln).</summary>
    public static string RepoRoot { get; } = FindRepoRoot();

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright?.Dispose();
        await _factory.DisposeAsync();
    }

    private static string FindArtifactsDir()
    {
        var dir = Environment.GetEnvironmentVariable("E2E_ARTIFACTS_DIR");
        if (string.IsNullOrEmpty(dir))
        {
            dir = Path.Combine(FindRepoRoot(), "test-artifacts", "e2e");
        }
        Directory.CreateDirectory(dir);
        return dir;
    }

    private static string FindRepoRoot()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "DfxrmViz.sln")))
        {
            root = root.Parent;
        }
        return root?.FullName ?? AppContext.BaseDirectory;
    }

    private sealed class ServerFactory : WebApplicationFactory<Program>
    {
        // Saved plans in a folder of their own under the temp folder, never in the source tree.
        protected override void ConfigureWebHost(IWebHostBuilder builder) => builder.UseEnvironment("Development")
            .UseSetting("DfxrmViz:DataDirectory", Path.Combine(Path.GetTempPath(), "dfxrmviz-e2e-" + Guid.NewGuid().ToString("N")));
    }
}
