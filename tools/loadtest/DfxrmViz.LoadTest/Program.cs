using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using DfxrmViz.LoadTest;

// ./loadtest.sh runs this against the instance it started:
//   DfxrmViz.LoadTest --url http://127.0.0.1:PORT/ --users N --seconds S [--server-pid PID] [--server-log FILE] [--capture DIR]
// One warm-up user first (JIT, the X-ray tables and built-in crystals every process loads once), then the server's RSS and
// CPU time; N users start (4 at a time), all edit the energy once a second for S seconds, then leave like closed tabs.
// Last line: users=N p50_ms=X p95_ms=Y errors=E mb_per_circuit=M (MB = 2^20 bytes of RSS growth per circuit).
var options = Options.Parse(args);
if (options is null)
{
    Console.Error.WriteLine("usage: DfxrmViz.LoadTest --url http://127.0.0.1:PORT/ --users N --seconds S [--server-pid PID] [--server-log FILE] [--capture DIR]");
    return 2;
}
if (!IPAddress.TryParse(options.Url.Host, out var host) || !IPAddress.IsLoopback(host))
{
    Console.Error.WriteLine($"--url {options.Url}: the load test only talks to a loopback address (127.0.0.1)");
    return 2;
}

var editTimeout = TimeSpan.FromSeconds(10);
var startTimeout = TimeSpan.FromSeconds(60);
// Bounded in time: every step below has its own timeout, and the whole run this one.
using var run = new CancellationTokenSource(TimeSpan.FromSeconds(180 + options.Seconds + (options.Users * 2)));
using var http = new HttpClient(new SocketsHttpHandler { UseCookies = false, MaxConnectionsPerServer = 16 }) { Timeout = startTimeout };
var server = options.ServerPid is { } pid ? Process.GetProcessById(pid) : null;
var disposedAtStart = CircuitLog.DisposedCount(options.ServerLog);

Console.WriteLine($"== warm-up: one user, 3 edits ({options.Url})");
var trace = Environment.GetEnvironmentVariable("LOADTEST_TRACE") == "1" ? (Action<string>)(line => Console.Error.WriteLine("   trace: " + line)) : null;
await using (var warm = new CircuitUser(options.Url, http, options.CaptureDir) { Trace = trace })
{
    await warm.StartAsync(startTimeout, run.Token);
    for (var k = 0; k < 3; k++)
    {
        Console.WriteLine($"   edit {k + 1}: {await warm.EditEnergyAsync(Energy(0, k), editTimeout, run.Token):0.0} ms");
    }
    await warm.LeaveAsync(run.Token);
}
await Task.Delay(TimeSpan.FromSeconds(2), run.Token);
var rssBase = Rss(server);

Console.WriteLine($"== {options.Users} users start");
var errors = new ConcurrentQueue<string>();
var users = new CircuitUser?[options.Users];
var startWatch = Stopwatch.StartNew();
using (var gate = new SemaphoreSlim(4))
{
    await Task.WhenAll(Enumerable.Range(0, options.Users).Select(async i =>
    {
        await gate.WaitAsync(run.Token);
        try
        {
            var user = new CircuitUser(options.Url, http);
            users[i] = user;
            await user.StartAsync(startTimeout, run.Token);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !run.IsCancellationRequested)
        {
            errors.Enqueue($"user {i} start: {ex.Message}");
            users[i] = null;
        }
        finally
        {
            gate.Release();
        }
    }));
}
var started = users.Count(u => u is not null);
Console.WriteLine($"   {started} circuits in {startWatch.Elapsed.TotalSeconds:0.0} s");
var rssConnected = Rss(server);

Console.WriteLine($"== edits: every user changes the energy once a second for {options.Seconds} s");
var latencies = new ConcurrentBag<double>();
var cpu0 = server?.TotalProcessorTime;
var ownCpu0 = Process.GetCurrentProcess().TotalProcessorTime; // the load generator shares the machine's cores with the server
var batches0 = users.Sum(u => u?.Batches ?? 0);
var wall = Stopwatch.StartNew();
var end = TimeSpan.FromSeconds(options.Seconds);
await Task.WhenAll(users.Select(async (user, i) =>
{
    if (user is null)
    {
        return;
    }
    // Users are not in step: each starts at its own fraction of the second (fixed seed, so runs are comparable).
    var offset = TimeSpan.FromMilliseconds(new Random(i).Next(1000));
    await Task.Delay(offset, run.Token);
    // One edit a second while the phase lasts: an edit that took longer than its second skips the slots it overran (the
    // user waits for the page, as a person would), so the phase ends at S seconds plus at most one edit timeout.
    for (var k = 0; ; k++)
    {
        var due = offset + TimeSpan.FromSeconds(k);
        if (due < wall.Elapsed)
        {
            continue;
        }
        if (due >= end)
        {
            break;
        }
        if (due - wall.Elapsed is { Ticks: > 0 } wait)
        {
            await Task.Delay(wait, run.Token);
        }
        try
        {
            latencies.Add(await user.EditEnergyAsync(Energy(i, k), editTimeout, run.Token));
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !run.IsCancellationRequested)
        {
            errors.Enqueue($"user {i} edit {k + 1}: {ex.Message}");
            if (user.Failure is not null)
            {
                return; // the circuit is gone: its remaining edits are not attempted (counted once)
            }
        }
    }
}));
var editWall = wall.Elapsed;
var cpu = server is null || cpu0 is null ? (TimeSpan?)null : Refreshed(server).TotalProcessorTime - cpu0.Value;
var ownCpu = Process.GetCurrentProcess().TotalProcessorTime - ownCpu0;
var editBatches = users.Sum(u => u?.Batches ?? 0) - batches0;
var rssEdited = Rss(server);

Console.WriteLine("== users leave (POST /_blazor/disconnect, connection closed)");
using (var gate = new SemaphoreSlim(16))
{
    await Task.WhenAll(users.Where(u => u is not null).Select(async u =>
    {
        await gate.WaitAsync(run.Token);
        try
        {
            await u!.LeaveAsync(run.Token);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !run.IsCancellationRequested)
        {
            errors.Enqueue($"leave: {ex.Message}");
        }
        finally
        {
            gate.Release();
            await u!.DisposeAsync();
        }
    }));
}
var released = await CircuitLog.WaitForDisposedAsync(options.ServerLog, disposedAtStart, 1 + started, TimeSpan.FromSeconds(15), run.Token);

// Report.
var sorted = latencies.Order().ToArray();
var p50 = Percentile(sorted, 0.50);
var p95 = Percentile(sorted, 0.95);
var growth = Math.Max(rssConnected ?? 0, rssEdited ?? 0) - (rssBase ?? 0);
var mbPerCircuit = rssBase is null ? double.NaN : growth / 1048576.0 / Math.Max(1, options.Users);
foreach (var e in errors.Take(10))
{
    Console.WriteLine("   error: " + e);
}
if (errors.Count > 10)
{
    Console.WriteLine($"   … {errors.Count - 10} more errors");
}
Console.WriteLine();
Console.WriteLine($"edits measured      {sorted.Length} ({started} circuits, at most one edit a second each for {options.Seconds} s)");
Console.WriteLine($"latency ms          p50 {p50:0.0}  p95 {p95:0.0}  max {(sorted.Length > 0 ? sorted[^1] : double.NaN):0.0}");
Console.WriteLine($"render batches      {(sorted.Length > 0 ? (double)editBatches / sorted.Length : double.NaN):0.0} per edit (all the circuits' batches during the edits)");
if (server is not null)
{
    Console.WriteLine($"server RSS MB       before {Mb(rssBase)}  with circuits {Mb(rssConnected)}  after edits {Mb(rssEdited)}  after leave {Mb(Rss(server))}");
    var cpuPct = cpu is { } c ? 100 * c.TotalSeconds / editWall.TotalSeconds : double.NaN;
    Console.WriteLine($"server CPU          {cpuPct:0}% of one core over the {editWall.TotalSeconds:0.0} s of edits ({Environment.ProcessorCount} cores); " +
        $"load generator {100 * ownCpu.TotalSeconds / editWall.TotalSeconds:0}%");
}
if (released is { } r)
{
    Console.WriteLine(r.Done == r.Expected
        ? $"circuits released   {r.Done}/{r.Expected} disposed by the server {r.Elapsed.TotalSeconds:0.0} s after the users left"
        : $"circuits released   only {r.Done}/{r.Expected} disposed within {r.Elapsed.TotalSeconds:0} s of the users leaving (the rest are held for the disconnected-circuit retention, default 3 min)");
}
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"users={options.Users} p50_ms={p50:0.0} p95_ms={p95:0.0} errors={errors.Count} mb_per_circuit={mbPerCircuit:0.00}"));
return errors.IsEmpty ? 0 : 1;

// User i's k-th energy: 17 keV plus 13 eV steps (every step moves λ in its sixth decimal), a different start per user.
static double Energy(int user, int k) => 17 + (0.013 * (((user * 7) + k) % 40 + 1));

static double Percentile(double[] sorted, double q) =>
    sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(q * sorted.Length) - 1, 0, sorted.Length - 1)];

static Process Refreshed(Process p)
{
    p.Refresh();
    return p;
}

static long? Rss(Process? p) => p is null ? null : Refreshed(p).WorkingSet64;

static string Mb(long? bytes) => bytes is { } b ? (b / 1048576.0).ToString("0", CultureInfo.InvariantCulture) : "?";

/// <summary>Command line.</summary>
internal sealed record Options(Uri Url, int Users, int Seconds, int? ServerPid, string? ServerLog, string? CaptureDir)
{
    public static Options? Parse(string[] args)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                return null;
            }
            map[args[i][2..]] = args[i + 1];
        }
        if (args.Length % 2 != 0 || !map.TryGetValue("url", out var url) || !Uri.TryCreate(url.TrimEnd('/') + "/", UriKind.Absolute, out var uri) ||
            !int.TryParse(map.GetValueOrDefault("users", "10"), CultureInfo.InvariantCulture, out var users) || users < 1 ||
            !int.TryParse(map.GetValueOrDefault("seconds", "20"), CultureInfo.InvariantCulture, out var seconds) || seconds < 1)
        {
            return null;
        }
        int? pid = map.TryGetValue("server-pid", out var p) && int.TryParse(p, CultureInfo.InvariantCulture, out var v) ? v : null;
        return new Options(uri, users, seconds, pid, map.GetValueOrDefault("server-log"), map.GetValueOrDefault("capture"));
    }
}
