using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using DfxrmViz.Core.Planning.Json;
using DfxrmViz.Web.Tests.Api;

namespace DfxrmViz.Web.Tests.Storage;

/// <summary>POST/GET /api/v1/plans and /api/v1/rooms on the default store (SQLite in the factory's data directory).</summary>
public class PlanStoreApiTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private const string Plan = """{"version":1,"crystal":{"builtin":"LiNbO3"},"energyKeV":17.5,"sampleUm":{"height":5000,"width":5000,"thickness":150}}""";

    /// <summary>What the store keeps: the plan normalised by the plan reader (every default filled in).</summary>
    private static readonly string Normalised = PlanJson.Write(PlanJson.Read(Plan));

    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task A_saved_plan_opens_again_with_the_same_fields_and_values()
    {
        var response = await Post("/api/v1/plans", $$"""{"plan":{{Plan}}}""");
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        var id = created.GetProperty("id").GetString()!;
        Assert.Equal($"/p/{id}", created.GetProperty("url").GetString());
        Assert.Equal($"/api/v1/plans/{id}", response.Headers.Location?.OriginalString);
        Assert.Matches("^[A-Za-z0-9_-]{20}$", id);

        var saved = await _client.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/plans/{id}", UriKind.Relative));
        Assert.Equal(Normalised, saved.GetProperty("plan").GetRawText());
        Assert.Equal(17.5, saved.GetProperty("plan").GetProperty("energyKeV").GetDouble());
        var createdUtc = saved.GetProperty("createdUtc").GetDateTimeOffset();
        Assert.Equal(TimeSpan.Zero, createdUtc.Offset);
        Assert.InRange(DateTimeOffset.UtcNow - createdUtc, TimeSpan.Zero, TimeSpan.FromHours(1));
    }

    [Fact]
    public async Task Saving_the_same_plan_twice_gives_two_links()
    {
        var first = await (await Post("/api/v1/plans", $$"""{"plan":{{Plan}}}""")).Content.ReadFromJsonAsync<JsonElement>();
        var second = await (await Post("/api/v1/plans", $$"""{"plan":{{Plan}}}""")).Content.ReadFromJsonAsync<JsonElement>();
        Assert.NotEqual(first.GetProperty("id").GetString(), second.GetProperty("id").GetString());
    }

    [Theory]
    [InlineData("/api/v1/plans/AAAAAAAAAAAAAAAAAAAA", "Unknown plan id")]
    [InlineData("/api/v1/plans/not-an-id", "Malformed plan id")]
    [InlineData("/api/v1/plans/%3Cscript%3Ealert(1)%3C%2Fscript%3E", "Malformed plan id")]
    [InlineData("/api/v1/rooms/AAAAAAAAAAAAAAAAAAAA", "Unknown room id")]
    [InlineData("/api/v1/rooms/x", "Malformed room id")]
    // The files of a saved plan (ExportEndpoints) answer an unknown or malformed id the same way.
    [InlineData("/api/v1/plans/AAAAAAAAAAAAAAAAAAAA/report.pdf", "Unknown plan id")]
    [InlineData("/api/v1/plans/AAAAAAAAAAAAAAAAAAAA/scene.glb", "Unknown plan id")]
    [InlineData("/api/v1/plans/not-an-id/reflections.csv", "Malformed plan id")]
    [InlineData("/api/v1/plans/%3Cscript%3E/plan.json", "Malformed plan id")]
    [InlineData("/api/v1/plans/x/attenuation.csv", "Malformed plan id")]
    public async Task An_unknown_or_malformed_id_is_404_problem_json_that_offers_the_example(string path, string title)
    {
        var response = await _client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(title, problem.GetProperty("title").GetString());
        Assert.Contains("example plan", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{}""", "plan")]
    [InlineData("""{"plan":[1,2]}""", "plan")]
    [InlineData("""{"plan":{"version":2,"crystal":{"builtin":"Si"}}}""", "plan.version")]
    [InlineData("""{"plan":{"version":1}}""", "plan.crystal")]
    [InlineData("""{"plan":{"crystal":{"builtin":"Unobtainium"}}}""", "plan.crystal.builtin")]
    [InlineData("""{"plan":{"crystal":{"cif":"   "}}}""", "plan.crystal.cif")]
    [InlineData("""{"plan":{"crystal":{"builtin":"Si","cif":"data_x"}}}""", "plan.crystal")]
    public async Task A_plan_that_is_not_well_formed_is_400_naming_the_field(string body, string field)
    {
        foreach (var path in new[] { "/api/v1/plans", "/api/v1/rooms" })
        {
            var response = await Post(path, body);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"{path}: {problem}");
        }
    }

    [Fact]
    public async Task A_room_holds_its_plan_at_version_0()
    {
        var response = await Post("/api/v1/rooms", $$"""{"plan":{{Plan}}}""");
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        var id = created.GetProperty("id").GetString()!;
        Assert.Equal($"/r/{id}", created.GetProperty("url").GetString());
        var room = await _client.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/rooms/{id}", UriKind.Relative));
        Assert.Equal((Normalised, 0), (room.GetProperty("plan").GetRawText(), room.GetProperty("version").GetInt32()));
    }

    [Fact]
    public async Task A_closed_room_answers_its_last_plan_with_closedUtc_and_refuses_changes_with_409()
    {
        var id = (await (await Post("/api/v1/rooms", $$"""{"plan":{{Plan}}}""")).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        var changed = Plan.Replace("17.5", "18.25", StringComparison.Ordinal);
        var put = await _client.PutAsync(new Uri($"/api/v1/rooms/{id}/plan", UriKind.Relative),
            new StringContent($$"""{"plan":{{changed}}}""", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var live = await _client.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/rooms/{id}", UriKind.Relative));
        Assert.Equal((1, JsonValueKind.Null), (live.GetProperty("version").GetInt32(), live.GetProperty("closedUtc").ValueKind));

        var close = await Post($"/api/v1/rooms/{id}/close", "");
        Assert.Equal(HttpStatusCode.OK, close.StatusCode);
        var closed = await close.Content.ReadFromJsonAsync<JsonElement>();
        var closedUtc = closed.GetProperty("closedUtc").GetDateTimeOffset();
        Assert.Equal(18.25, closed.GetProperty("plan").GetProperty("energyKeV").GetDouble());

        var refused = await _client.PutAsync(new Uri($"/api/v1/rooms/{id}/plan", UriKind.Relative),
            new StringContent($$"""{"plan":{{Plan}}}""", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("closed on", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var after = await _client.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/rooms/{id}", UriKind.Relative));
        Assert.Equal((closedUtc, 18.25, 1), (after.GetProperty("closedUtc").GetDateTimeOffset(),
            after.GetProperty("plan").GetProperty("energyKeV").GetDouble(), after.GetProperty("version").GetInt32()));
        Assert.Equal(HttpStatusCode.NotFound, (await Post("/api/v1/rooms/AAAAAAAAAAAAAAAAAAAA/close", "")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.PutAsync(new Uri("/api/v1/rooms/AAAAAAAAAAAAAAAAAAAA/plan", UriKind.Relative),
            new StringContent($$"""{"plan":{{Plan}}}""", Encoding.UTF8, "application/json"))).StatusCode);
    }

    [Fact]
    public async Task The_store_is_a_sqlite_file_in_the_data_directory()
    {
        await Post("/api/v1/plans", $$"""{"plan":{{Plan}}}""");
        Assert.True(File.Exists(Path.Combine(factory.DataDirectory, "plans.db")));
    }

    private Task<HttpResponseMessage> Post(string path, string json) =>
        _client.PostAsync(new Uri(path, UriKind.Relative), new StringContent(json, Encoding.UTF8, "application/json"));
}
