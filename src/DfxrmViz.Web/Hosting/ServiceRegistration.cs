using DfxrmViz.Core.Planning;
using DfxrmViz.Web.Api;
using DfxrmViz.Web.Components.Shared;
using DfxrmViz.Web.Services;
using Microsoft.AspNetCore.Components.Server.Circuits;
using MudBlazor.Services;

namespace DfxrmViz.Web.Hosting;

/// <summary>Every service registration of the app, so Program.cs stays a few lines (eShop Extensions.cs pattern).</summary>
public static class ServiceRegistration
{
    /// <summary>Default request-body limit (docs/api.md: 5 MB, answered with 413 before the body is read whole).</summary>
    public const long DefaultMaxRequestBodyBytes = 5 * 1024 * 1024;

    public static WebApplicationBuilder AddDfxrmViz(this WebApplicationBuilder builder)
    {
        var maxBody = builder.Configuration.GetValue("DfxrmViz:MaxRequestBodyBytes", DefaultMaxRequestBodyBytes);
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = maxBody);

        builder.Services.AddRazorComponents()
            .AddInteractiveServerComponents()
            // Uploaded CIF/lens files stream in chunks; this only bounds single JS→.NET messages (SignalR MaximumReceiveMessageSize, default 32 KB).
            .AddHubOptions(o => o.MaximumReceiveMessageSize = 1024 * 1024);
        builder.Services.AddMudServices();

        builder.Services.AddProblemDetails();
        // Generated writers first for the answers the API gives most often; every other type keeps the reflection-based resolver.
        // The options themselves (web defaults, ASP.NET Core's relaxed encoder) stay those of minimal APIs: the same bytes.
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.TypeInfoResolverChain.Insert(0, ApiJsonContext.Default));
        builder.Services.AddExceptionHandler<ProblemExceptionHandler>();
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.AddOpenApi();

        // The API shares one pipeline (its stage memos are thread-safe); each browser session has its own (PlanSession).
        builder.Services.AddSingleton<PlanPipeline>();
        builder.Services.AddScoped<PlanSession>();
        builder.Services.AddScoped<PlanRenderRegistry>();
        builder.Services.AddScoped<CircuitHandler, CircuitLifetimeLog>();
        builder.Services.AddScoped<FileDownloader>();
        builder.Services.AddScoped<SavedPlanState>();
        builder.AddDfxrmVizStorage();
        builder.AddDfxrmVizRequestLimits();
        builder.AddDfxrmVizGracefulShutdown();
        return builder;
    }
}
