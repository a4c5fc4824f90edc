using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using DfxrmViz.Web.Tests.Api;
using Microsoft.AspNetCore.Hosting;

namespace DfxrmViz.Web.Tests.Storage;

/// <summary>The app configured for a PostgreSQL that is not running: it starts, serves pages, and saving answers 503.</summary>
public class StoreDownApiTests(StoreDownApiTests.DownFactory factory) : IClassFixture<StoreDownApiTests.DownFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("/api/v1/plans")]
    [InlineData("/api/v1/rooms")]
    public async Task Saving_while_the_database_is_down_is_503_problem_json_saying_nothing_was_saved(string path)
    {
        var response = await _client.PostAsync(new Uri(path, UriKind.Relative),
            new StringContent("""{"plan":{"crystal":{"builtin":"Si"}}}""", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var detail = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString();
        Assert.Contains("Nothing was changed", detail, StringComparison.Ordinal);
        Assert.DoesNotContain("127.0.0.1", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reading_a_plan_while_the_database_is_down_is_503_not_404()
    {
        var response = await _client.GetAsync(new Uri("/api/v1/plans/AAAAAAAAAAAAAAAAAAAA", UriKind.Relative));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
    }

    [Fact]
    public async Task The_page_and_the_physics_work_on()
    {
        Assert.Equal("ok", await _client.GetStringAsync(new Uri("/healthz", UriKind.Relative)));
        var crystals = await _client.GetAsync(new Uri("/api/v1/crystals", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, crystals.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync(new Uri("/", UriKind.Relative))).StatusCode);
    }

    /// <summary>The app with ConnectionStrings:Plans naming a loopback port nothing listens on.</summary>
    public sealed class DownFactory : AppFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;
            listener.Stop();
            builder.UseSetting("ConnectionStrings:Plans", $"Host=127.0.0.1;Port={port};Username=dfxrmviz;Database=plans;Timeout=5");
        }
    }
}
