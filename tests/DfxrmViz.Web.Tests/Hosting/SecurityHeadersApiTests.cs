using System.Net;
using System.Text;
using System.Text.Json;
using DfxrmViz.Core.Planning.Json;
using DfxrmViz.Core.Tests.Planning;
using DfxrmViz.Web.Hosting;
using DfxrmViz.Web.Tests.Api;

namespace DfxrmViz.Web.Tests.Hosting;

/// <summary>The security headers as served on the page, an API answer and an error; and POST /api/v1/plan answers random
/// well-formed plans with JSON holding no NaN or ±∞ (not as numbers, not as strings).</summary>
public class SecurityHeadersApiTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/api/v1/crystals")]
    [InlineData("/api/v1/no-such-endpoint")]
    public async Task Every_response_carries_the_security_headers(string path)
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync(path);
        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, string.Join(",", response.Headers.GetValues("Content-Security-Policy")));
        Assert.Equal("nosniff", string.Join(",", response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("same-origin", string.Join(",", response.Headers.GetValues("Referrer-Policy")));
        Assert.Equal("DENY", string.Join(",", response.Headers.GetValues("X-Frame-Options")));
    }

    [Fact]
    public async Task The_page_has_no_inline_script()
    {
        using var client = factory.CreateClient();
        var html = await client.GetStringAsync("/");
        var scripts = System.Text.RegularExpressions.Regex.Matches(html, "<script(?![^>]*\\ssrc=)[^>]*>");
        Assert.True(scripts.Count == 0, "inline scripts: " + string.Join(", ", scripts.Select(m => m.Value)));
    }

    [Fact]
    public async Task Random_valid_plans_get_finite_json_from_the_plan_endpoint()
    {
        const int Seed = 20261205, Cases = 12; // a fixed count from a fixed seed
        var rng = new Random(Seed);
        using var client = factory.CreateClient();
        for (var i = 0; i < Cases; i++)
        {
            var plan = PlanJson.Write(RandomPlans.Next(rng));
            using var response = await client.PostAsync("/api/v1/plan", new StringContent($"{{\"plan\": {plan}}}", Encoding.UTF8, "application/json"));
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"seed {Seed} case {i}: {(int)response.StatusCode} {body}\n{plan}");
            JsonDocument doc;
            try
            {
                doc = JsonDocument.Parse(body);
            }
            catch (JsonException ex)
            {
                var at = (int)(ex.BytePositionInLine ?? 0);
                var bytes = Encoding.UTF8.GetBytes(body);
                var around = Encoding.UTF8.GetString(bytes, Math.Max(0, at - 300), Math.Min(400, bytes.Length - Math.Max(0, at - 300)));
                Assert.Fail($"seed {Seed} case {i}: the answer is not JSON ({ex.Message}) near: …{around}…\n{plan}");
                return;
            }
            using var _ = doc;
            var bad = FirstNonFinite(doc.RootElement, "$");
            Assert.True(bad is null, $"seed {Seed} case {i}: {bad}\n{plan}");
        }
    }

    private static string? FirstNonFinite(JsonElement e, string path) => e.ValueKind switch
    {
        JsonValueKind.Number => double.IsFinite(e.GetDouble()) ? null : $"{path} = {e.GetRawText()}",
        JsonValueKind.String => e.GetString() is "NaN" or "Infinity" or "-Infinity" or "∞" or "-∞" ? $"{path} = \"{e.GetString()}\"" : null,
        JsonValueKind.Array => e.EnumerateArray().Select((x, i) => FirstNonFinite(x, $"{path}[{i}]")).FirstOrDefault(b => b is not null),
        JsonValueKind.Object => e.EnumerateObject().Select(p => FirstNonFinite(p.Value, $"{path}.{p.Name}")).FirstOrDefault(b => b is not null),
        _ => null,
    };
}
