using System.Diagnostics;
using System.Reflection;
using System.Text.RegularExpressions;

namespace DfxrmViz.Storage.Tests.Durability;

/// <summary>The web app as its own process (the Release build of src/DfxrmViz.Web, as `dotnet DfxrmViz.Web.dll`), on a
/// loopback port it picks itself; its address is read from its own "Now listening on" log line.</summary>
public sealed partial class AppProcess : IAsyncDisposable
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(2);

    private readonly Process _process;
    private readonly TaskCompletionSource<Uri> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly List<string> _log = [];

    private AppProcess(IReadOnlyDictionary<string, string?> environment)
    {
        var app = WebAppDll();
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { app, "--urls", "http://127.0.0.1:0" },
            WorkingDirectory = Path.GetDirectoryName(app)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // Only what the test names: no storage settings leak in from the machine running the tests.
        foreach (var key in new[] { "ConnectionStrings__Plans", "ConnectionStrings__Redis", "DfxrmViz__DataDirectory" })
        {
            start.Environment.Remove(key);
        }
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DfxrmViz__Limits__ApiBurst"] = "1000000"; // the rate limiter stays on, too high to slow a burst of saves
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }
        _process = new Process { StartInfo = start, EnableRaisingEvents = true };
        _process.OutputDataReceived += (_, e) => OnLine(e.Data);
        _process.ErrorDataReceived += (_, e) => OnLine(e.Data);
        _process.Exited += (_, _) => _listening.TrySetException(new InvalidOperationException("The app exited before it listened:\n" + Log));
    }

    /// <summary>The app's base address.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The app's process id (for /proc/&lt;pid&gt;/status memory readings).</summary>
    public int ProcessId => _process.Id;

    /// <summary>What the app printed so far.</summary>
    public string Log
    {
        get
        {
            lock (_log)
            {
                return string.Join('\n', _log);
            }
        }
    }

    /// <summary>Starts the app with these environment variables and waits until it listens.</summary>
    public static async Task<AppProcess> StartAsync(IReadOnlyDictionary<string, string?> environment)
    {
        var app = new AppProcess(environment);
        app._process.Start();
        app._process.BeginOutputReadLine();
        app._process.BeginErrorReadLine();
        app.BaseAddress = await app._listening.Task.WaitAsync(HangGuard);
        return app;
    }

    /// <summary>SIGKILL (what `kill -9` sends; .NET's Process.Kill on Linux): no shutdown code of the app runs.</summary>
    public async Task KillHardAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync().WaitAsync(HangGuard);
    }

    /// <summary>SIGTERM (what `docker stop` and systemd send): the host drains and stops; returns the exit code.</summary>
    public async Task<int> TerminateAsync()
    {
        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }
        await _process.WaitForExitAsync().WaitAsync(HangGuard);
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            await KillHardAsync();
        }
        _process.Dispose();
    }

    private void OnLine(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (_log)
        {
            _log.Add(line);
        }
        if (ListeningLine().Match(line) is { Success: true } m)
        {
            _listening.TrySetResult(new Uri(m.Groups[1].Value));
        }
    }

    /// <summary>src/DfxrmViz.Web's build output in this test assembly's configuration (built first by the project reference).</summary>
    private static string WebAppDll()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "DfxrmViz.sln")))
        {
            root = root.Parent;
        }
        var configuration = typeof(AppProcess).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Release";
        var dll = Path.Combine(root?.FullName ?? ".", "src", "DfxrmViz.Web", "bin", configuration, "net10.0", "linux-x64", "DfxrmViz.Web.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException($"Build the web app first: {dll} is missing.", dll);
    }

    [GeneratedRegex(@"Now listening on: (http://127\.0\.0\.1:\d+)")]
    private static partial Regex ListeningLine();
}
