using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DfxrmViz.Web.Tests.Api;

namespace DfxrmViz.Web.Tests.Reflections;

/// <summary>Issue 12 items 6 and 7 through the API: an absent reflection names the operation that kills it (reflections and
/// plan), and a window beyond the IT92 range is clipped with a note instead of refused.</summary>
public class AbsenceAndWindowApiTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private async Task<(HttpStatusCode Status, JsonElement Body)> PostAsync(string path, object body)
    {
        var response = await _client.PostAsJsonAsync(new Uri(path, UriKind.Relative), body);
        return (response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    [Fact]
    public async Task Reflections_name_the_operation_that_makes_an_absent_row_absent()
    {
        var (status, body) = await PostAsync("/api/v1/reflections", new { crystal = new { builtin = "LiNbO3" }, energyKeV = 17.0, twoThetaMaxDeg = 45.0, includeAbsent = true });
        Assert.Equal(HttpStatusCode.OK, status);
        var rows = body.GetProperty("reflections").EnumerateArray().ToList();
        var row = rows.Single(r => r.GetProperty("hkl").EnumerateArray().Select(x => x.GetInt32()).SequenceEqual([0, 0, 3]));
        Assert.True(row.GetProperty("absent").GetBoolean());
        Assert.Contains("glide plane", row.GetProperty("absentBy").GetString(), StringComparison.Ordinal);
        Assert.All(rows, r => Assert.Equal(r.GetProperty("absent").GetBoolean(), r.GetProperty("absentBy").ValueKind == JsonValueKind.String));
    }

    [Fact]
    public async Task A_plan_on_an_absent_reflection_is_planned_and_says_it_is_absent_and_why()
    {
        var plan = new { crystal = new { builtin = "LiNbO3" }, energyKeV = 17.0, hkl = new[] { 0, 0, 3 } };
        var (status, body) = await PostAsync("/api/v1/plan", new { plan });
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal([0, 0, 3], body.GetProperty("selectedHkl").EnumerateArray().Select(x => x.GetInt32()));
        Assert.False(body.GetProperty("selectedIsDefault").GetBoolean());
        var reason = body.GetProperty("selectedReason").GetString();
        Assert.Contains("systematically absent", reason, StringComparison.Ordinal);
        Assert.Contains("glide plane", reason, StringComparison.Ordinal);
        Assert.True(body.GetProperty("orientation").TryGetProperty("twoThetaDeg", out _));
        var verdict = body.GetProperty("preflight").EnumerateArray().Single(p => p.GetProperty("check").GetString() == "reachability");
        Assert.Contains("systematically absent", verdict.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task At_150_keV_the_it92_window_is_clipped_with_a_note()
    {
        var (status, body) = await PostAsync("/api/v1/reflections", new { crystal = new { builtin = "Si" }, energyKeV = 150.0, twoThetaMaxDeg = 45.0 });
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(body.GetProperty("twoThetaMaxDeg").GetDouble() < 20);
        Assert.Contains("IT92", body.GetProperty("windowNote").GetString(), StringComparison.Ordinal);
        Assert.NotEmpty(body.GetProperty("reflections").EnumerateArray());
    }

    [Fact]
    public async Task A_plan_at_an_energy_no_table_covers_is_a_400_naming_the_energy()
    {
        var (status, body) = await PostAsync("/api/v1/plan", new { plan = new { crystal = new { builtin = "Si" }, energyKeV = 1e9 } });
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("energyKeV", body.GetRawText(), StringComparison.Ordinal);
    }
}
