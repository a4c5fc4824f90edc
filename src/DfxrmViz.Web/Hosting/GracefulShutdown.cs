namespace DfxrmViz.Web.Hosting;

/// <summary>On SIGTERM the host stops taking connections, lets requests in flight finish (an acknowledged save is committed
/// before its 201 is sent) and ends within <c>DfxrmViz:ShutdownSeconds</c> (default 5 s) instead of the 30 s default.
/// Open circuits (the /_blazor WebSockets of open tabs) never end by themselves, so Kestrel would wait the whole timeout
/// for them: they are aborted as soon as stopping begins, and the browsers show their reconnect dialog, then reload
/// from the address when the server is back (measured by tests/DfxrmViz.E2E/Reconnect/ServerRestartTests).</summary>
public static class GracefulShutdown
{
    public const int DefaultShutdownSeconds = 5;

    public static WebApplicationBuilder AddDfxrmVizGracefulShutdown(this WebApplicationBuilder builder)
    {
        var seconds = builder.Configuration.GetValue("DfxrmViz:ShutdownSeconds", DefaultShutdownSeconds);
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(seconds));
        return builder;
    }

    /// <summary>Aborts every circuit connection when the host starts stopping (before the endpoints, so it wraps them).</summary>
    public static WebApplication UseCircuitAbortOnShutdown(this WebApplication app)
    {
        var stopping = app.Lifetime.ApplicationStopping;
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/_blazor"), a => a.Use(async (context, next) =>
        {
            using var abort = stopping.Register(context.Abort);
            await next(context);
        }));
        return app;
    }
}
