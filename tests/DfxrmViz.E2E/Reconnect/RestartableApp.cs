using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Reflection;

namespace DfxrmViz.E2E.Reconnect;

/// <summary>The web app as its own process (`dotnet DfxrmViz.Web.dll`, the Release build of src/DfxrmViz.Web, Development
/// environment so the build output serves its static assets), always on the same loopback port and data directory, so
/// a test can stop it (SIGTERM, as `docker stop` and systemd do) and start it again under pages that stay open.</summary>
public sealed class RestartableApp : IAsyncDisposable
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(2);
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "dfxrmviz-e2e-restart-" + Guid.NewGuid().ToString("N"));
    private readonly List<string> _log = [];
    private Process? _process;

    public RestartableApp()
    {
        // A free port now; the app binds it on every start (nothing else on the machine asks for a port by number).
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        Port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
    }

    public int Port { get; }

    public string BaseUrl => $"http://127.0.0.1:{Port}";

    /// <summary>What the app printed so far, over every start.</summary>
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

    /// <summary>Starts the app and waits until it listens.</summary>
    public async Task StartAsync()
    {
        var dll = WebAppDll();
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { dll, "--urls", BaseUrl },
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var key in new[] { "ConnectionStrings__Plans", "ConnectionStrings__Redis" })
        {
            start.Environment.Remove(key);
        }
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["DfxrmViz__DataDirectory"] = _dataDirectory;
        var listening = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        void OnLine(string? line)
        {
            if (line is null)
            {
                return;
            }
            lock (_log)
            {
                _log.Add(line);
            }
            if (line.Contains("Now listening on: " + BaseUrl, StringComparison.Ordinal))
            {
                listening.TrySetResult();
            }
        }
        process.OutputDataReceived += (_, e) => OnLine(e.Data);
        process.ErrorDataReceived += (_, e) => OnLine(e.Data);
        process.Exited += (_, _) => listening.TrySetException(new InvalidOperationException("The app exited before it listened:\n" + Log));
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process = process;
        await listening.Task.WaitAsync(HangGuard);
    }

    /// <summary>Sends SIGTERM and waits until the process has exited; returns the exit code and the time from signal to exit.</summary>
    public async Task<(int ExitCode, TimeSpan Stopped)> TerminateAsync()
    {
        var process = _process ?? throw new InvalidOperationException("The app is not running.");
        var clock = Stopwatch.StartNew();
        using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }
        await process.WaitForExitAsync().WaitAsync(HangGuard);
        var stopped = clock.Elapsed;
        _process = null;
        var exitCode = process.ExitCode;
        process.Dispose();
        return (exitCode, stopped);
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is { HasExited: false } process)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync().WaitAsync(HangGuard);
        }
        _process?.Dispose();
        if (Directory.Exists(_dataDirectory))
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
    }

    /// <summary>src/DfxrmViz.Web's build output in this test assembly's configuration (built first by the project reference).</summary>
    private static string WebAppDll()
    {
        var configuration = typeof(RestartableApp).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Release";
        var dll = Path.Combine(BrowserFixture.RepoRoot, "src", "DfxrmViz.Web", "bin", configuration, "net10.0", "linux-x64", "DfxrmViz.Web.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException($"Build the web app first: {dll} is missing.", dll);
    }
}
