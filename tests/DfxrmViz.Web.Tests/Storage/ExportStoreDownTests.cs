using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace DfxrmViz.Web.Tests.Storage;

/// <summary>Files while the PostgreSQL store is down: a saved plan's file is 503 (not 404), and the files of an unsaved plan
/// are still made (they need no store).</summary>
public class ExportStoreDownTests(StoreDownApiTests.DownFactory factory) : IClassFixture<StoreDownApiTests.DownFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task A_saved_plans_file_is_503_and_an_unsaved_plans_file_is_made()
    {
        var saved = await _client.GetAsync(new Uri("/api/v1/plans/AAAAAAAAAAAAAAAAAAAA/report.pdf", UriKind.Relative));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, saved.StatusCode);
        Assert.Equal("application/problem+json", saved.Content.Headers.ContentType?.MediaType);
        Assert.Contains("not available", (await saved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(),
            StringComparison.Ordinal);
        var posted = await _client.PostAsync(new Uri("/api/v1/export/plan.json", UriKind.Relative),
            new StringContent("""{"plan":{"crystal":{"builtin":"Si"}}}""", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Contains("\"Si\"", await posted.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
