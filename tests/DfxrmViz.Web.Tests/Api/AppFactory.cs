using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace DfxrmViz.Web.Tests.Api;

/// <summary>In-memory test server in the Production environment, so tests see what a deployed app answers. Saved plans go
/// to a data directory of its own under the temp folder, never into the source tree.</summary>
public class AppFactory : WebApplicationFactory<Program>
{
    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "dfxrmviz-web-tests-" + Guid.NewGuid().ToString("N"));

    protected override void ConfigureWebHost(IWebHostBuilder builder) =>
        builder.UseEnvironment("Production").UseSetting("DfxrmViz:DataDirectory", DataDirectory)
            .UseSetting("DfxrmViz:Limits:ApiBurst", "1000000"); // the rate limiter stays on, too high to slow a test

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        GC.SuppressFinalize(this);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(DataDirectory))
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
    }
}
