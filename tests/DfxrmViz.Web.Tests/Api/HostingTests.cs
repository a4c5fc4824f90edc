using System.Net;
using System.Text;
using System.Text.Json;

namespace DfxrmViz.Web.Tests.Api;

public class HostingTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Healthz_answers_ok()
    {
        var response = await _client.GetAsync(new Uri("/healthz", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ok", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task OpenApi_document_lists_the_health_endpoint()
    {
        var json = await _client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative));
        using var doc = JsonDocument.Parse(json);
        Assert.True(doc.RootElement.GetProperty("paths").TryGetProperty("/healthz", out _));
    }

    [Fact]
    public async Task Unknown_api_path_is_problem_json_not_an_html_page()
    {
        var response = await _client.GetAsync(new Uri("/api/v1/no-such-thing", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Planner_page_renders_every_section_and_the_share_link()
    {
        var html = await _client.GetStringAsync(new Uri("/", UriKind.Relative));
        foreach (var id in new[] { "absorption", "reflections", "geometry", "lens", "export" })
        {
            Assert.Contains($"id=\"{id}\"", html);
        }
        Assert.Contains("id=\"share-link\"", html); // the Export section, the last one, has no empty state left
        Assert.DoesNotContain("fonts.googleapis", html);
    }

    [Fact]
    public async Task Unknown_page_shows_the_not_found_page()
    {
        var response = await _client.GetAsync(new Uri("/no/such/page", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("There is no page at this address", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Oversized_body_is_refused_with_413_problem_json()
    {
        var big = new StringContent(new string('x', 6 * 1024 * 1024), Encoding.UTF8, "application/json");
        var response = await _client.PostAsync(new Uri("/api/v1/crystal", UriKind.Relative), big);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
