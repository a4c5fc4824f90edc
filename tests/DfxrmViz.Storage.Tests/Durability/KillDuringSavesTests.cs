using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Xunit.Abstractions;

namespace DfxrmViz.Storage.Tests.Durability;

/// <summary>Issue 15 "Durability": the app on its default SQLite store, a burst of saves from 8 clients, `kill -9` of the
/// server in the middle of it, a restart over the same data directory: every save that was answered 201 is there,
/// with its plan unchanged. Prints acknowledged vs found.</summary>
public sealed class KillDuringSavesTests(ITestOutputHelper output) : IDisposable
{
    private const int Clients = 8;
    private const int KillAfterAcknowledged = 200;

    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "dfxrmviz-durability-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Every_acknowledged_save_survives_a_kill_9_in_the_middle_of_a_burst()
    {
        var environment = new Dictionary<string, string?> { ["DfxrmViz__DataDirectory"] = _dataDirectory };
        var acknowledged = new ConcurrentDictionary<string, string>();
        var failedByKill = 0;
        using var killed = new CancellationTokenSource();
        await using (var app = await AppProcess.StartAsync(environment))
        {
            using var http = new HttpClient { BaseAddress = app.BaseAddress, Timeout = TimeSpan.FromMinutes(1) };
            var next = 0;
            async Task Client()
            {
                while (true)
                {
                    var n = Interlocked.Increment(ref next);
                    var plan = string.Create(CultureInfo.InvariantCulture,
                        $$$"""{"version":1,"crystal":{"builtin":"Si"},"energyKeV":{{{10 + n * 0.001}}},"sampleUm":{"height":5000,"width":5000,"thickness":{{{n}}}}}""");
                    try
                    {
                        using var response = await http.PostAsync(new Uri("/api/v1/plans", UriKind.Relative),
                            new StringContent($$"""{"plan":{{plan}}}""", Encoding.UTF8, "application/json"));
                        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
                        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
                        acknowledged[id] = plan;
                        if (acknowledged.Count >= KillAfterAcknowledged && !killed.IsCancellationRequested)
                        {
                            await killed.CancelAsync();
                            await app.KillHardAsync();
                        }
                    }
                    catch (HttpRequestException) when (killed.IsCancellationRequested)
                    {
                        // In flight or sent after the kill: not acknowledged, so nothing is owed.
                        Interlocked.Increment(ref failedByKill);
                        return;
                    }
                }
            }
            await Task.WhenAll(Enumerable.Range(0, Clients).Select(_ => Task.Run(Client)));
        }

        await using var restarted = await AppProcess.StartAsync(environment);
        using var check = new HttpClient { BaseAddress = restarted.BaseAddress };
        var found = 0;
        foreach (var (id, plan) in acknowledged)
        {
            using var response = await check.GetAsync(new Uri($"/api/v1/plans/{id}", UriKind.Relative));
            // The store keeps the plan as the strict reader normalises it (defaults written out), so the fields this
            // client sent are compared, not the text.
            if (response.StatusCode == HttpStatusCode.OK
                && SameSentFields(JsonDocument.Parse(plan).RootElement,
                    (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("plan")))
            {
                found++;
            }
        }
        output.WriteLine($"kill -9 during a burst of saves ({Clients} clients): acknowledged {acknowledged.Count}, found after restart {found}, " +
                         $"requests cut off by the kill {failedByKill}");
        Assert.True(failedByKill > 0, "the kill did not interrupt the burst");
        Assert.Equal(acknowledged.Count, found);
    }

    private static bool SameSentFields(JsonElement sent, JsonElement stored) =>
        stored.GetProperty("crystal").GetProperty("builtin").GetString() == sent.GetProperty("crystal").GetProperty("builtin").GetString()
        && stored.GetProperty("energyKeV").GetDouble() == sent.GetProperty("energyKeV").GetDouble()
        && stored.GetProperty("sampleUm").GetProperty("thickness").GetDouble() == sent.GetProperty("sampleUm").GetProperty("thickness").GetDouble()
        && stored.GetProperty("sampleUm").GetProperty("height").GetDouble() == sent.GetProperty("sampleUm").GetProperty("height").GetDouble();

    public void Dispose()
    {
        if (Directory.Exists(_dataDirectory))
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
    }
}
