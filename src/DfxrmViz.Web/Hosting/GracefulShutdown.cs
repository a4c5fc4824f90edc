namespace DfxrmViz.Web.Hosting;

/// <summary>On SIGTERM the host stops taking connections, lets requests in flight finish (an acknowledged save is committed
/// before its 201 is sent) and ends within <c>DfxrmViz:ShutdownSeconds</c> (default 5 s) instead of the 30 s default that
/// open circuits (WebSockets) would otherwise hold it for; the browsers then reconnect or reload from the address.</summary>
public static class GracefulShutdown
{
    public const int DefaultShutdownSeconds = 5;

    public static WebApplicationBuilder AddDfxrmVizGracefulShutdown(this WebApplicationBuilder builder)
    {
        var seconds = builder.Configuration.GetValue("DfxrmViz:ShutdownSeconds", DefaultShutdownSeconds);
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(seconds));
        return builder;
    }
}
