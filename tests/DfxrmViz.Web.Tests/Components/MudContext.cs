using Bunit;
using DfxrmViz.Web.Services;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace DfxrmViz.Web.Tests.Components;

/// <summary>bUnit context with MudBlazor and the app's scoped state. Dispose with <c>await using</c>: MudBlazor's
/// services are async-disposable only, and xunit 2 disposes test classes synchronously.</summary>
public static class MudContext
{
    public static BunitContext Create()
    {
        var ctx = new BunitContext();
        ctx.Services.AddMudServices();
        ctx.Services.AddScoped<PlannerState>();
        ctx.Services.AddScoped<FileDownloader>();
        ctx.JSInterop.Mode = JSRuntimeMode.Loose;
        return ctx;
    }
}
