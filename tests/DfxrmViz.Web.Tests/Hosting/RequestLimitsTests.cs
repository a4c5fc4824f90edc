using System.Net;
using System.Text.Json;
using DfxrmViz.Web.Tests.Api;

namespace DfxrmViz.Web.Tests.Hosting;

/// <summary>The API rate limiter (Hosting/RequestLimits.cs) with a burst of 3 and 1 request a second: the 4th quick request
/// is answered 429 problem+json with Retry-After; the page itself is not limited.</summary>
public class RequestLimitsTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task A_burst_over_the_limit_gets_429_with_retry_after_and_the_page_still_loads()
    {
        using var limited = factory.WithWebHostBuilder(b => b.UseSetting("DfxrmViz:Limits:ApiBurst", "3")
            .UseSetting("DfxrmViz:Limits:ApiRequestsPerSecond", "1"));
        using var client = limited.CreateClient();
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? refused = null;
        for (var i = 0; i < 6; i++)
        {
            var response = await client.GetAsync("/api/v1/crystals");
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                refused ??= response;
            }
        }
        Assert.Equal(HttpStatusCode.OK, statuses[0]);
        Assert.NotNull(refused);
        Assert.True(refused.Headers.RetryAfter is not null, "no Retry-After");
        using var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync());
        Assert.Equal("Too many requests", problem.RootElement.GetProperty("title").GetString());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
    }
}
