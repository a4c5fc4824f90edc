using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using DfxrmViz.Web.Tests.Api;

namespace DfxrmViz.Web.Tests.Absorption;

public class AttenuationApiTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private async Task<(HttpResponseMessage Response, JsonElement Body)> PostAsync(object body)
    {
        var response = await _client.PostAsJsonAsync(new Uri("/api/v1/attenuation", UriKind.Relative), body);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (response, doc.RootElement.Clone());
    }

    private static void AssertRelative(double expected, double actual, double relative) =>
        Assert.True(Math.Abs(actual - expected) <= relative * Math.Abs(expected), $"expected {expected} ± {relative:e1} rel, got {actual}");

    [Fact]
    public async Task LiNbO3_at_17_keV_matches_XrayDB_Elam_and_Chantler()
    {
        var (elamResponse, elam) = await PostAsync(new
        {
            crystal = new { builtin = "LiNbO3" },
            energiesKeV = new[] { 17.0 },
            thicknessesUm = new[] { 150.0, 174.581 },
            table = "elam",
            kind = "total",
        });
        Assert.Equal(HttpStatusCode.OK, elamResponse.StatusCode);
        // docs/physics.md §9 (xraydb 4.4.7, DB 8.1): L = 174.581 µm (Elam total), T(150 µm) = 0.42350; ρ 4.62898 g/cm³ (gemmi + XrayDB masses).
        AssertRelative(174.581, elam.GetProperty("attenuationLengthUm")[0].GetDouble(), 1e-5);
        AssertRelative(0.42350, elam.GetProperty("transmission")[0][0].GetDouble(), 1e-4);
        AssertRelative(Math.Exp(-1), elam.GetProperty("transmission")[0][1].GetDouble(), 1e-5);
        AssertRelative(4.62898, elam.GetProperty("densityGcm3").GetDouble(), 1e-5);
        AssertRelative(1e4 / 174.581, elam.GetProperty("muPerCm")[0].GetDouble(), 1e-5);
        Assert.Equal("elam", elam.GetProperty("table").GetString());
        Assert.Contains("Elam", elam.GetProperty("tableName").GetString(), StringComparison.Ordinal);

        var (_, chantler) = await PostAsync(new { crystal = new { builtin = "LiNbO3" }, energiesKeV = new[] { 17.0 }, table = "chantler" });
        // docs/physics.md §9: Chantler total 182.175 µm.
        AssertRelative(182.175, chantler.GetProperty("attenuationLengthUm")[0].GetDouble(), 1e-5);
        Assert.Equal(0, chantler.GetProperty("transmission")[0].GetArrayLength());
    }

    [Fact]
    public async Task One_row_per_energy_and_one_value_per_thickness_with_defaults_elam_total()
    {
        var (response, body) = await PostAsync(new
        {
            crystal = new { builtin = "LiNbO3" },
            energiesKeV = new[] { 8.048, 17.0, 30.0 },
            thicknessesUm = new[] { 10.0, 100.0 },
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(3, body.GetProperty("attenuationLengthUm").GetArrayLength());
        Assert.Equal(3, body.GetProperty("transmission").GetArrayLength());
        Assert.All(body.GetProperty("transmission").EnumerateArray(), row => Assert.Equal(2, row.GetArrayLength()));
        AssertRelative(174.581, body.GetProperty("attenuationLengthUm")[1].GetDouble(), 1e-5);
        Assert.Equal("total", body.GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Photo_only_is_longer_than_total()
    {
        var (_, photo) = await PostAsync(new { crystal = new { builtin = "LiNbO3" }, energiesKeV = new[] { 17.0 }, kind = "photo" });
        // Scattering adds attenuation: photo-only L exceeds the total 174.581 µm (docs/physics.md §3: almost all photoelectric at 17 keV).
        var l = photo.GetProperty("attenuationLengthUm")[0].GetDouble();
        Assert.InRange(l, 174.6, 174.581 * 1.1);
    }

    public static TheoryData<string, string, string> BadRequests => new()
    {
        { """{"crystal":{"builtin":"LiNbO3"},"energiesKeV":[0]}""", "energiesKeV", "positive" },
        { """{"crystal":{"builtin":"LiNbO3"},"energiesKeV":[17, -3]}""", "energiesKeV", "energiesKeV[1]" },
        { """{"crystal":{"builtin":"LiNbO3"},"energiesKeV":[900]}""", "energiesKeV", "0.1–800 keV" },
        { """{"crystal":{"builtin":"LiNbO3"},"energiesKeV":[0.5],"table":"chantler"}""", "energiesKeV", "1–200 keV" },
        { """{"crystal":{"builtin":"LiNbO3"},"energiesKeV":[17],"thicknessesUm":[150, -1]}""", "thicknessesUm", "thicknessesUm[1]" },
        { """{"crystal":{"builtin":"LiNbO3"},"energiesKeV":[17],"thicknessesUm":[0]}""", "thicknessesUm", "positive" },
        { """{"crystal":{"builtin":"LiNbO3"},"energiesKeV":[]}""", "energiesKeV", "at least one" },
        { """{"crystal":{"builtin":"LiNbO3"}}""", "energiesKeV", "at least one" },
        { """{"crystal":{"builtin":"LiNbO3"},"energiesKeV":[17],"table":"henke"}""", "table", "chantler" },
        { """{"crystal":{"builtin":"LiNbO3"},"energiesKeV":[17],"kind":"elastic"}""", "kind", "photo" },
        { """{"energiesKeV":[17]}""", "crystal", "required" },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task Bad_input_is_400_problem_json_naming_the_field(string json, string field, string says)
    {
        var response = await _client.PostAsync(new Uri("/api/v1/attenuation", UriKind.Relative),
            new StringContent(json, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var messages = doc.RootElement.GetProperty("errors").GetProperty(field);
        Assert.Contains(says, messages[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Too_many_energies_are_refused_with_the_limit_in_the_message()
    {
        var (response, body) = await PostAsync(new { crystal = new { builtin = "LiNbO3" }, energiesKeV = Enumerable.Repeat(17.0, 10_001) });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("at most 10000", body.GetProperty("errors").GetProperty("energiesKeV")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NaN_energy_is_a_400_not_a_500()
    {
        var response = await _client.PostAsync(new Uri("/api/v1/attenuation", UriKind.Relative),
            new StringContent("""{"crystal":{"builtin":"LiNbO3"},"energiesKeV":["NaN"]}""", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task OpenApi_documents_the_endpoint()
    {
        using var doc = JsonDocument.Parse(await _client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)));
        Assert.True(doc.RootElement.GetProperty("paths").TryGetProperty("/api/v1/attenuation", out _));
    }
}
