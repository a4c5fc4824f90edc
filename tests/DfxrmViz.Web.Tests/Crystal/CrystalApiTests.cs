using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DfxrmViz.Web.Tests.Api;

namespace DfxrmViz.Web.Tests.Crystal;

public class CrystalApiTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Library_lists_at_least_25_crystals_with_provenance()
    {
        var list = await _client.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/crystals", UriKind.Relative));
        Assert.True(list.GetArrayLength() >= 25);
        var lno = list.EnumerateArray().Single(e => e.GetProperty("id").GetString() == "LiNbO3");
        Assert.Equal("COD 1541936", lno.GetProperty("source").GetString());
        foreach (var field in new[] { "id", "name", "formula", "spaceGroup", "source" })
        {
            Assert.All(list.EnumerateArray(), e => Assert.False(string.IsNullOrWhiteSpace(e.GetProperty(field).GetString())));
        }
    }

    // docs/physics.md §9: LiNbO3 (COD 1541936) V = 318.21232 Å³, ρ = 4.62898 g/cm³ (gemmi 0.5.7 + XrayDB masses).
    [Fact]
    public async Task Builtin_LiNbO3_summary_matches_the_reference_values()
    {
        var response = await _client.PostAsJsonAsync(new Uri("/api/v1/crystal", UriKind.Relative), new { crystal = new { builtin = "LiNbO3" } });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var r = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(318.21232, r.GetProperty("volumeA3").GetDouble(), 1e-4);
        Assert.Equal(4.62898, r.GetProperty("densityGcm3").GetDouble(), 1e-4);
        Assert.Equal(6, r.GetProperty("atomsPerCell").GetProperty("Li").GetDouble(), 1e-9);
        Assert.Equal(18, r.GetProperty("atomsPerCell").GetProperty("O").GetDouble(), 1e-9);
        Assert.Equal(5.14829, r.GetProperty("cell").GetProperty("aA").GetDouble(), 1e-9);
        Assert.Equal(161, r.GetProperty("spaceGroup").GetProperty("number").GetInt32());
        Assert.Equal(6, r.GetProperty("z").GetInt32());
    }

    [Fact]
    public async Task Broken_cif_is_problem_json_with_the_line()
    {
        var response = await _client.PostAsJsonAsync(new Uri("/api/v1/crystal", UriKind.Relative),
            new { crystal = new { cif = "data_x\n_cell_length_a 5.4x3\n" } });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var p = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(2, p.GetProperty("line").GetInt32());
        Assert.True(p.GetProperty("errors").TryGetProperty("crystal.cif", out _));
    }

    [Fact]
    public async Task Several_blocks_need_a_block_name_and_then_read()
    {
        var cif = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Crystal", "TwoBlocks.cif"));
        var first = await _client.PostAsJsonAsync(new Uri("/api/v1/crystal", UriKind.Relative), new { crystal = new { cif } });
        Assert.Equal(HttpStatusCode.BadRequest, first.StatusCode);
        Assert.Contains("block", await first.Content.ReadAsStringAsync());
        var second = await _client.PostAsJsonAsync(new Uri("/api/v1/crystal", UriKind.Relative), new { crystal = new { cif, block = "al" } });
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
    }

    [Fact]
    public async Task Unknown_builtin_is_a_400_naming_the_field()
    {
        var response = await _client.PostAsJsonAsync(new Uri("/api/v1/crystal", UriKind.Relative), new { crystal = new { builtin = "Unobtainium" } });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("crystal", await response.Content.ReadAsStringAsync());
    }
}
