using System.Diagnostics;

namespace DfxrmViz.LoadTest;

/// <summary>Whether the server released the circuits, read from its log: ./loadtest.sh starts it with the category
/// DfxrmViz.Web.Hosting.CircuitLifetimeLog at Debug, which logs each circuit the server has finished with (the framework's own
/// CircuitHost category at Debug would log every JS interop call too, a load of its own on the server being measured).</summary>
public static class CircuitLog
{
    /// <summary>The text CircuitLifetimeLog writes for each released circuit (its ClosedText, repeated: the load generator does
    /// not reference the app; a run whose log never shows it reports every circuit as held).</summary>
    public const string DisposedMarker = "Circuit closed and released";

    /// <summary>The disposals in <paramref name="log"/> so far (0 without a log).</summary>
    public static int DisposedCount(string? log)
    {
        if (log is null || !File.Exists(log))
        {
            return 0;
        }
        using var stream = new FileStream(log, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        var count = 0;
        while (reader.ReadLine() is { } line)
        {
            if (line.Contains(DisposedMarker, StringComparison.Ordinal))
            {
                count++;
            }
        }
        return count;
    }

    /// <summary>Waits until <paramref name="expected"/> more disposals than <paramref name="before"/> are logged, at most
    /// <paramref name="timeout"/>; null without a log.</summary>
    public static async Task<(int Done, int Expected, TimeSpan Elapsed)?> WaitForDisposedAsync(string? log, int before, int expected,
        TimeSpan timeout, CancellationToken cancel)
    {
        if (log is null)
        {
            return null;
        }
        var watch = Stopwatch.StartNew();
        int done;
        while ((done = DisposedCount(log) - before) < expected && watch.Elapsed < timeout)
        {
            await Task.Delay(250, cancel);
        }
        return (done, expected, watch.Elapsed);
    }
}
