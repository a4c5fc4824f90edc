using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Bunit;
using DfxrmViz.Core.Data;
using DfxrmViz.Web.Components.Crystal;
using DfxrmViz.Web.Tests.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using UglyToad.PdfPig;
using static DfxrmViz.Core.Tests.Hostile.HostilePayloads;

namespace DfxrmViz.Web.Tests.Hostile;

/// <summary>Issue 15: "Nothing a user uploads is written to disk under a name they chose" (docs/security.md). Upload names
/// that would climb out of a directory go through every path that takes a file name (the page's upload, POST /api/v1/plan,
/// saving, exporting, a room); afterwards the only files under the server's folders are its own (plans.db and SQLite's
/// -wal/-shm), nothing exists outside the data directory, and the name comes back only as text.</summary>
public sealed class UploadNameTests : IDisposable
{
    public static TheoryData<string> Names => ["../../etc/passwd", "..\\x.cif", "/etc/dfxrmviz-x.cif", "..\\..\\..\\x.cif"];

    /// <summary>An empty root with the data directory three levels down, so "../../" from it stays inside the root.</summary>
    private readonly string _root = Path.Combine(Path.GetTempPath(), "dfxrmviz-names-" + Guid.NewGuid().ToString("N"));

    private string DataDirectory => Path.Combine(_root, "a", "b", "data");

    [Theory]
    [MemberData(nameof(Names))]
    public async Task An_api_file_name_is_stored_and_printed_as_text_and_never_becomes_a_path(string name)
    {
        var passwd = File.Exists("/etc/passwd") ? File.GetLastWriteTimeUtc("/etc/passwd") : default;
        await using (var factory = new Factory(DataDirectory))
        {
            var client = factory.CreateClient();
            var plan = new JsonObject
            {
                ["version"] = 1,
                ["crystal"] = new JsonObject { ["cif"] = Cif("uploaded"), ["fileName"] = name },
                ["hkl"] = new JsonArray(2, 2, 0),
                ["lens"] = new JsonObject { ["text"] = EmbeddedData.ReadText("Lenses/id06.lens"), ["fileName"] = name },
            };
            var body = new JsonObject { ["plan"] = plan }.ToJsonString();

            Assert.Equal(HttpStatusCode.OK, (await Post(client, "/api/v1/plan", body)).StatusCode);
            var saved = await Post(client, "/api/v1/plans", body);
            Assert.Equal(HttpStatusCode.Created, saved.StatusCode);
            var id = (await saved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
            Assert.Equal(HttpStatusCode.Created, (await Post(client, "/api/v1/rooms", body)).StatusCode);

            // Stored as data: the saved plan gives the name back as a JSON string.
            var back = await client.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/plans/{id}", UriKind.Relative));
            Assert.Equal(name, back.GetProperty("plan").GetProperty("crystal").GetProperty("fileName").GetString());
            Assert.Equal(name, back.GetProperty("plan").GetProperty("lens").GetProperty("fileName").GetString());

            // Printed as text; the download's own name is the server's (PlanFiles.Stem), never the user's.
            foreach (var file in new[] { "report.pdf", "scene.glb", "plan.json", "reflections.csv" })
            {
                var response = await client.GetAsync(new Uri($"/api/v1/plans/{id}/{file}", UriKind.Relative));
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                var download = response.Content.Headers.ContentDisposition?.FileName?.Trim('"') ?? "";
                Assert.Matches("^dfxrmviz-[A-Za-z0-9_-]+\\.(pdf|glb|json|csv)$", download);
                if (file == "report.pdf")
                {
                    using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
                    var text = string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
                    Assert.Contains($"{name},", text, StringComparison.Ordinal); // Plan inputs: "Crystal  <name>, CIF of …"
                }
            }
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var files = Directory.GetFiles(_root, "*", SearchOption.AllDirectories);
        Assert.NotEmpty(files);
        Assert.All(files, f =>
        {
            Assert.Equal(DataDirectory, Path.GetDirectoryName(f));
            Assert.Matches("^plans\\.db(-wal|-shm|-journal)?$", Path.GetFileName(f));
        });
        Assert.Equal([Path.Combine(_root, "a")], Directory.GetDirectories(_root));
        Assert.Equal([Path.Combine(_root, "a", "b")], Directory.GetDirectories(Path.Combine(_root, "a")));
        Assert.False(File.Exists(Path.Combine(Path.GetTempPath(), "x.cif")));
        Assert.False(File.Exists("/etc/dfxrmviz-x.cif"));
        if (passwd != default)
        {
            Assert.Equal(passwd, File.GetLastWriteTimeUtc("/etc/passwd"));
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public async Task A_page_upload_is_read_in_memory_and_its_name_shown_as_text(string name)
    {
        var before = Directory.GetFiles(Path.GetTempPath()).ToHashSet();
        await using var ctx = MudContext.Create();
        await ctx.OpenAsync(MudContext.Builtin("Si"));
        var cut = ctx.Render<CrystalInput>();
        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText(Cif("paged"), name));

        cut.WaitForAssertion(() => Assert.EndsWith($" — {name}", cut.Find("#crystal-current").TextContent, StringComparison.Ordinal));
        Assert.Empty(cut.FindAll("#crystal-current *:not(strong)"));
        var created = Directory.GetFiles(Path.GetTempPath()).Except(before).Select(Path.GetFileName).ToList();
        Assert.DoesNotContain(created, f => f!.Contains("passwd", StringComparison.Ordinal) || f.Contains("x.cif", StringComparison.Ordinal));
        Assert.False(File.Exists(Path.Combine(Path.GetTempPath(), "x.cif")));
    }

    [Fact]
    public async Task Two_pages_uploading_the_same_cif_each_show_their_own_file_name()
    {
        // The crystal cache keeps the first upload of a text; each page names the file its own user uploaded.
        var cif = Cif("shared-on-the-page");
        await using var first = MudContext.Create();
        await first.OpenAsync(MudContext.Builtin("Si"));
        var a = first.Render<CrystalInput>();
        a.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText(cif, "first-user.cif"));
        a.WaitForAssertion(() => Assert.EndsWith("first-user.cif", a.Find("#crystal-current").TextContent, StringComparison.Ordinal));

        await using var second = MudContext.Create();
        await second.OpenAsync(MudContext.Builtin("Si"));
        var b = second.Render<CrystalInput>();
        b.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText(cif, "second-user.cif"));
        b.WaitForAssertion(() => Assert.EndsWith("second-user.cif", b.Find("#crystal-current").TextContent, StringComparison.Ordinal));
        Assert.DoesNotContain("first-user", b.Markup, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private static Task<HttpResponseMessage> Post(HttpClient client, string path, string json) =>
        client.PostAsync(new Uri(path, UriKind.Relative), new StringContent(json, Encoding.UTF8, "application/json"));

    /// <summary>The Production server with its data directory at <paramref name="dataDirectory"/>.</summary>
    private sealed class Factory(string dataDirectory) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder) =>
            builder.UseEnvironment("Production").UseSetting("DfxrmViz:DataDirectory", dataDirectory)
                .UseSetting("DfxrmViz:Limits:ApiBurst", "1000000");
    }
}
