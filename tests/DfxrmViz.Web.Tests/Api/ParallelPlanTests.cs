using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Xunit.Abstractions;

namespace DfxrmViz.Web.Tests.Api;

/// <summary>POST /api/v1/plan under parallel load (once seen to answer JSON that did not parse while other test classes ran):
/// a fixed set of different plans (fixed seed, fixed count) is posted many at a time to one app, whose pipeline memos and
/// the process-wide crystal cache are shared by all requests; every answer must be 200, parse, and be byte for byte the
/// answer the same plan gets alone from a second app.</summary>
public sealed class ParallelPlanTests(ITestOutputHelper output) : IDisposable
{
    private const int Seed = 15_013;
    private const int Plans = 48;
    private const int Rounds = 2; // each plan is posted twice in the burst: once computed, once from the memos
    private const int Parallel = 12;
    private static readonly string[] Crystals = ["Si", "Ge", "Cu", "Al", "LiNbO3", "GaAs", "NaCl", "MgO"];

    private readonly AppFactory _loaded = new();
    private readonly AppFactory _alone = new();

    [Fact]
    public async Task Parallel_posts_of_different_plans_each_get_the_answer_they_get_alone()
    {
        var random = new Random(Seed);
        var plans = Enumerable.Range(0, Plans).Select(_ => RandomPlan(random)).ToArray();
        var order = Enumerable.Range(0, Plans * Rounds).Select(i => i % Plans).OrderBy(_ => random.Next()).ToArray();

        using var client = _loaded.CreateClient();
        var answers = new (HttpStatusCode Status, string Body)[order.Length];
        await System.Threading.Tasks.Parallel.ForEachAsync(Enumerable.Range(0, order.Length), new ParallelOptions { MaxDegreeOfParallelism = Parallel },
            async (i, ct) => answers[i] = await PostAsync(client, plans[order[i]], ct));

        using var alone = _alone.CreateClient();
        var expected = new string[Plans];
        for (var p = 0; p < Plans; p++)
        {
            var (status, body) = await PostAsync(alone, plans[p], CancellationToken.None);
            Assert.True(status == HttpStatusCode.OK, $"seed {Seed}, plan {p} alone: {(int)status} {body}\n{plans[p]}");
            expected[p] = body;
        }
        var differing = 0;
        for (var i = 0; i < order.Length; i++)
        {
            var (status, body) = answers[i];
            var p = order[i];
            Assert.True(status == HttpStatusCode.OK, $"seed {Seed}, post {i} (plan {p}): {(int)status} {body}\n{plans[p]}");
            try
            {
                using var _ = JsonDocument.Parse(body);
            }
            catch (JsonException e)
            {
                Assert.Fail($"seed {Seed}, post {i} (plan {p}): the answer does not parse ({e.Message}):\n{body}\n{plans[p]}");
            }
            if (body != expected[p])
            {
                differing++;
                output.WriteLine($"seed {Seed}, post {i}: plan {p} answered differently under load:\n{plans[p]}\nunder load: {body}\nalone: {expected[p]}");
            }
        }
        output.WriteLine($"seed {Seed}: {order.Length} posts of {Plans} plans, {Parallel} at a time; {differing} answers differ from the plan alone");
        Assert.Equal(0, differing);
    }

    private static async Task<(HttpStatusCode, string)> PostAsync(HttpClient client, string plan, CancellationToken ct)
    {
        using var content = new StringContent($$"""{"plan":{{plan}}}""", Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(new Uri("/api/v1/plan", UriKind.Relative), content, ct);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(ct));
    }

    /// <summary>A well-formed plan: a built-in crystal, an energy of 8–30 keV, a thickness, both tables, sometimes a reflection.</summary>
    private static string RandomPlan(Random r)
    {
        var crystal = Crystals[r.Next(Crystals.Length)];
        var energy = Math.Round(8 + (22 * r.NextDouble()), 3);
        var thickness = Math.Round(20 + (480 * r.NextDouble()), 1);
        var table = r.Next(2) == 0 ? "elam" : "chantler";
        var hkl = r.Next(3) == 0 ? "" : $",\"hkl\":[{r.Next(0, 3)},{r.Next(0, 3)},{r.Next(1, 4)}]";
        return string.Create(CultureInfo.InvariantCulture,
            $$"""{"crystal":{"builtin":"{{crystal}}"},"energyKeV":{{energy}},"sampleUm":{"thickness":{{thickness}}},"table":"{{table}}"{{hkl}}}""");
    }

    public void Dispose()
    {
        _loaded.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _alone.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }
}
