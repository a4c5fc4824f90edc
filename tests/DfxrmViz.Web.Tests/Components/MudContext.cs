using Bunit;
using DfxrmViz.Core.Planning;
using DfxrmViz.Web.Components.Shared;
using DfxrmViz.Web.Services;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace DfxrmViz.Web.Tests.Components;

/// <summary>bUnit context with MudBlazor and the app's scoped session. Dispose with <c>await using</c>: MudBlazor's
/// services are async-disposable only, and xunit 2 disposes test classes synchronously.</summary>
public static class MudContext
{
    public static BunitContext Create()
    {
        var ctx = new BunitContext();
        ctx.Services.AddMudServices();
        ctx.Services.AddLogging();
        ctx.Services.AddScoped<PlanSession>();
        ctx.Services.AddScoped<PlanRenderRegistry>();
        ctx.Services.AddScoped<FileDownloader>();
        ctx.JSInterop.Mode = JSRuntimeMode.Loose;
        return ctx;
    }

    /// <summary>The session of <paramref name="ctx"/>, opened on <paramref name="plan"/> with every phase computed.</summary>
    public static async Task<PlanSession> OpenAsync(this BunitContext ctx, Plan plan)
    {
        var session = ctx.Services.GetRequiredService<PlanSession>();
        session.Open(plan);
        await session.Settled;
        return session;
    }

    /// <summary>A plan on a built-in crystal with the plan's other defaults (default reflection).</summary>
    public static Plan Builtin(string id) => new() { Crystal = CrystalSource.BuiltIn(id) };
}
