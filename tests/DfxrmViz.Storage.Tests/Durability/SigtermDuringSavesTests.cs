using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Xunit.Abstractions;

namespace DfxrmViz.Storage.Tests.Durability;

/// <summary>Issue 15: SIGTERM during a burst of saves. The host drains (Hosting/GracefulShutdown.cs) and exits with code 0;
/// every save answered 201 before or during the drain is there after a restart. Prints acknowledged vs found and how
/// long the stop took (a measurement, not an assertion: no clock bounds a test).</summary>
public sealed class SigtermDuringSavesTests(ITestOutputHelper output) : IDisposable
{
    private const int Clients = 4;
    private const int TerminateAfterAcknowledged = 60;
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "dfxrmviz-sigterm-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task A_sigterm_drains_and_keeps_every_acknowledged_save()
    {
        var environment = new Dictionary<string, string?> { ["DfxrmViz__DataDirectory"] = _dataDirectory };
        var acknowledged = new ConcurrentDictionary<string, double>();
        using var terminating = new CancellationTokenSource();
        int exitCode;
        var stop = new Stopwatch();
        await using (var app = await AppProcess.StartAsync(environment))
        {
            using var http = new HttpClient { BaseAddress = app.BaseAddress, Timeout = TimeSpan.FromMinutes(1) };
            Task<int>? terminated = null;
            var next = 0;
            async Task Client()
            {
                while (true)
                {
                    var energy = 10 + (Interlocked.Increment(ref next) * 0.001);
                    var body = string.Create(CultureInfo.InvariantCulture, $$$"""{"plan":{"crystal":{"builtin":"Si"},"energyKeV":{{{energy}}}}}""");
                    try
                    {
                        using var response = await http.PostAsync(new Uri("/api/v1/plans", UriKind.Relative), new StringContent(body, Encoding.UTF8, "application/json"));
                        if (response.StatusCode != HttpStatusCode.Created)
                        {
                            Assert.True(terminating.IsCancellationRequested, $"{(int)response.StatusCode} before the SIGTERM");
                            return; // refused while stopping: not acknowledged
                        }
                        acknowledged[(await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!] = energy;
                        if (acknowledged.Count >= TerminateAfterAcknowledged && !terminating.IsCancellationRequested)
                        {
                            await terminating.CancelAsync();
                            stop.Start();
                            terminated = app.TerminateAsync();
                        }
                    }
                    catch (HttpRequestException) when (terminating.IsCancellationRequested)
                    {
                        return;
                    }
                }
            }
            await Task.WhenAll(Enumerable.Range(0, Clients).Select(_ => Task.Run(Client)));
            exitCode = await terminated!;
            stop.Stop();
        }

        await using var restarted = await AppProcess.StartAsync(environment);
        using var check = new HttpClient { BaseAddress = restarted.BaseAddress };
        var found = 0;
        foreach (var (id, energy) in acknowledged)
        {
            using var response = await check.GetAsync(new Uri($"/api/v1/plans/{id}", UriKind.Relative));
            if (response.StatusCode == HttpStatusCode.OK
                && (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("plan").GetProperty("energyKeV").GetDouble() == energy)
            {
                found++;
            }
        }
        output.WriteLine($"SIGTERM during a burst of saves ({Clients} clients): acknowledged {acknowledged.Count}, found after restart {found}, " +
                         $"exit code {exitCode}, stopped {stop.Elapsed.TotalSeconds:F1} s after the signal");
        Assert.Equal(0, exitCode);
        Assert.Equal(acknowledged.Count, found);
    }

    public void Dispose()
    {
        if (Directory.Exists(_dataDirectory))
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
    }
}
