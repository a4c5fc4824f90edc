using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace DfxrmViz.Web.Tests.Api;

/// <summary>In-memory test server in the Production environment, so tests see what a deployed app answers.</summary>
public sealed class AppFactory : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder) => builder.UseEnvironment("Production");
}
