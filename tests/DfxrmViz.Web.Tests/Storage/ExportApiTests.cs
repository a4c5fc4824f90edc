using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using DfxrmViz.Core.Planning;
using DfxrmViz.Core.Planning.Json;
using DfxrmViz.Web.Tests.Api;
using SharpGLTF.Schema2;
using UglyToad.PdfPig;
using static DfxrmViz.Core.Planning.NumberText;

namespace DfxrmViz.Web.Tests.Storage;

/// <summary>Saved plans and their files through the API: plan → save → reopen gives identical numbers; the PDF, .glb and CSV
/// files of a saved plan and of an unsaved one; unknown and malformed ids are 404 problem+json.</summary>
public class ExportApiTests(AppFactory factory) : IClassFixture<AppFactory>
{
    /// <summary>LiNbO3 (1 −1 2) at 17 keV, up = Q, front [1 1 0], ID06 at d_tot′ = 5 m: μ = θ = 5.5807° (docs/physics.md §9).</summary>
    private const string Plan = """{"version":1,"crystal":{"builtin":"LiNbO3"},"energyKeV":17.0,"sampleUm":{"height":5000,"width":5000,"thickness":150},"hkl":[1,-1,2],"front":{"uvw":[1,1,0]},"goniometer":"esrf-dfxm","lens":{"builtin":"id06"},"dTotPrimeMm":5000}""";

    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task A_saved_plan_reopens_with_identical_numbers()
    {
        var id = await SaveAsync();
        var saved = await _client.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/plans/{id}", UriKind.Relative));
        var before = await ResultsAsync(Plan);
        var after = await ResultsAsync(saved.GetProperty("plan").GetRawText());
        foreach (var part in new[] { "crystal", "attenuation", "reflections", "selectedHkl", "orientation", "lens", "preflight" })
        {
            Assert.Equal(before.GetProperty(part).GetRawText(), after.GetProperty(part).GetRawText());
        }
        Assert.Equal(11.161382, after.GetProperty("orientation").GetProperty("twoThetaDeg").GetDouble(), 6);
        var json = await GetAsync($"/api/v1/plans/{id}/plan.json", "application/json");
        Assert.Equal(PlanJson.Write(PlanJson.Read(Plan)), Encoding.UTF8.GetString(json));
    }

    [Fact]
    public async Task The_saved_plans_pdf_holds_two_theta_the_chosen_angles_attenuation_length_d1_and_the_reopen_link()
    {
        var id = await SaveAsync();
        var response = await _client.GetAsync(new Uri($"/api/v1/plans/{id}/report.pdf", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("dfxrmviz-LiNbO3-1_m1_2-17keV-report.pdf", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var pdf = await response.Content.ReadAsByteArrayAsync();
        using var doc = PdfDocument.Open(pdf);
        var text = string.Join("\n", doc.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
        var r = (await ResultsAsync(Plan)).GetProperty("orientation");
        Assert.Contains(Fixed(r.GetProperty("twoThetaDeg").GetDouble(), "0.00000") + "°", text); // as #geometry-two-theta
        var chosen = r.GetProperty("solutions")[r.GetProperty("chosenIndex").GetInt32()].GetProperty("angles");
        Assert.All(chosen.EnumerateObject(), a => Assert.Contains(Fixed(a.Value.GetDouble(), "0.0000") + "°", text));
        Assert.Contains("5.5807°", text);
        var page = new PlanPipeline().Compute(PlanJson.Read(Plan));
        Assert.Contains(Sig(page.Absorption.Value!.AttenuationLengthUm) + " µm", text); // as #absorption-length
        Assert.Contains(Fixed(page.Lens!.Value!.Result.D1Mm, "0.000") + " mm", text); // as #lens-d1
        Assert.Contains($"/p/{id}", text);
        Assert.Contains("Along the beam", text);
    }

    [Fact]
    public async Task The_saved_plans_glb_reads_back_with_the_chosen_angles_and_the_named_nodes()
    {
        var id = await SaveAsync();
        var glb = await GetAsync($"/api/v1/plans/{id}/scene.glb", "model/gltf-binary");
        var model = ModelRoot.ReadGLB(new MemoryStream(glb));
        var names = model.LogicalNodes.Select(n => n.Name).ToHashSet();
        Assert.Superset(new HashSet<string> { "sample", "beam-incident", "beam-diffracted", "q-vector", "unit-cell", "lens", "goniometer mu" }, names);
        double Angle(string axis) => ((JsonObject)model.LogicalNodes.Single(n => n.Name == "goniometer " + axis).Extras!)["angleDeg"]!.GetValue<double>();
        Assert.Equal(5.5806908, Angle("mu"), 4); // μ = θ (docs/physics.md §9)
        Assert.Equal(0, Angle("chi"), 9);
    }

    [Theory]
    [InlineData("reflections.csv", "text/csv", "h,k,l,d_A,two_theta_deg")]
    [InlineData("attenuation.csv", "text/csv", "energy_keV,attenuation_length_um,transmission")]
    [InlineData("plan.json", "application/json", "\"crystal\"")]
    public async Task The_csv_and_json_files_of_a_saved_and_an_unsaved_plan_are_the_same(string file, string type, string header)
    {
        var id = await SaveAsync();
        var saved = Encoding.UTF8.GetString(await GetAsync($"/api/v1/plans/{id}/{file}", type));
        var posted = await _client.PostAsync(new Uri($"/api/v1/export/{file}", UriKind.Relative), Body($$"""{"plan":{{Plan}}}"""));
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Equal(saved, await posted.Content.ReadAsStringAsync());
        var address = PlanAddress.Encode(PlanJson.Read(Plan));
        Assert.Equal(saved, Encoding.UTF8.GetString(await GetAsync($"/api/v1/export/{file}?plan={address}", type)));
        Assert.Contains(header, saved, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unsaved_plans_pdf_reopens_through_its_page_address()
    {
        var response = await _client.PostAsync(new Uri("/api/v1/export/report.pdf", UriKind.Relative), Body($$"""{"plan":{{Plan}}}"""));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var doc = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        var text = string.Concat(doc.GetPages().Select(p => p.Text));
        Assert.Contains("/?plan=", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_plan_without_a_crystal_or_with_a_broken_address_is_400_naming_the_field()
    {
        var response = await _client.PostAsync(new Uri("/api/v1/export/report.pdf", UriKind.Relative), Body("""{"plan":{"energyKeV":17}}"""));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("crystal", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var broken = await _client.GetAsync(new Uri("/api/v1/export/report.pdf?plan=%21%21", UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        Assert.Equal("application/problem+json", broken.Content.Headers.ContentType?.MediaType);
    }

    private async Task<string> SaveAsync()
    {
        var response = await _client.PostAsync(new Uri("/api/v1/plans", UriKind.Relative), Body($$"""{"plan":{{Plan}}}"""));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    private async Task<JsonElement> ResultsAsync(string plan)
    {
        var response = await _client.PostAsync(new Uri("/api/v1/plan", UriKind.Relative), Body($$"""{"plan":{{plan}}}"""));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private async Task<byte[]> GetAsync(string path, string mediaType)
    {
        var response = await _client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(response.Content.Headers.ContentDisposition?.FileName);
        return await response.Content.ReadAsByteArrayAsync();
    }

    private static StringContent Body(string json) => new(json, Encoding.UTF8, "application/json");
}
