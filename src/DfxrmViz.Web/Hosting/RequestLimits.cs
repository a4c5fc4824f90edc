using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace DfxrmViz.Web.Hosting;

/// <summary>Bounds on what one client can ask of the server (README "Limits"), from <c>DfxrmViz:Limits</c>: an API request
/// rate per client address (ASP.NET Core rate limiter, token bucket), live circuits per client address (a concurrency limit
/// on the long-lived /_blazor connection), and a timeout for API requests. On by default in Production only.</summary>
public sealed record RequestLimitOptions
{
    /// <summary>Whether the rate and circuit limits apply (default: in Production).</summary>
    public bool? Enabled { get; init; }

    /// <summary>API requests per second one client address may sustain.</summary>
    public int ApiRequestsPerSecond { get; init; } = 20;

    /// <summary>API requests one client address may send in a burst.</summary>
    public int ApiBurst { get; init; } = 200;

    /// <summary>Open Blazor circuits (browser tabs) per client address.</summary>
    public int CircuitsPerClient { get; init; } = 20;

    /// <summary>Longest an API request may run before it is answered 504.</summary>
    public int ApiTimeoutSeconds { get; init; } = 60;
}

/// <summary>Registers and applies <see cref="RequestLimitOptions"/>.</summary>
public static class RequestLimits
{
    public static WebApplicationBuilder AddDfxrmVizRequestLimits(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection("DfxrmViz:Limits").Get<RequestLimitOptions>() ?? new RequestLimitOptions();
        options = options with { Enabled = options.Enabled ?? builder.Environment.IsProduction() };
        builder.Services.AddSingleton(options);
        builder.Services.AddRequestTimeouts(o => o.DefaultPolicy = new RequestTimeoutPolicy
        {
            Timeout = TimeSpan.FromSeconds(options.ApiTimeoutSeconds),
            TimeoutStatusCode = StatusCodes.Status504GatewayTimeout,
        });
        builder.Services.AddRateLimiter(o =>
        {
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http => Partition(http, options));
            o.OnRejected = Rejected;
        });
        return builder;
    }

    /// <summary>The limiter before everything that does work; the timeout for API requests only (the circuit's
    /// connection lives as long as the tab).</summary>
    public static WebApplication UseDfxrmVizRequestLimits(this WebApplication app)
    {
        if (app.Services.GetRequiredService<RequestLimitOptions>().Enabled == true)
        {
            app.UseRateLimiter();
        }
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/api"), a => a.UseRequestTimeouts());
        return app;
    }

    private static RateLimitPartition<string> Partition(HttpContext http, RequestLimitOptions o)
    {
        // Behind a reverse proxy, configure forwarded headers so this is the client's address, not the proxy's.
        var client = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (http.Request.Path.StartsWithSegments("/api"))
        {
            return RateLimitPartition.GetTokenBucketLimiter("api:" + client, _ => new TokenBucketRateLimiterOptions
            {
                TokenLimit = o.ApiBurst,
                TokensPerPeriod = o.ApiRequestsPerSecond,
                ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                QueueLimit = 0,
            });
        }
        if (http.Request.Path.StartsWithSegments("/_blazor"))
        {
            return RateLimitPartition.GetConcurrencyLimiter("circuit:" + client, _ => new ConcurrencyLimiterOptions
            {
                PermitLimit = o.CircuitsPerClient,
                QueueLimit = 0,
            });
        }
        return RateLimitPartition.GetNoLimiter("page");
    }

    private static async ValueTask Rejected(OnRejectedContext context, CancellationToken cancel)
    {
        var http = context.HttpContext;
        var circuits = http.Request.Path.StartsWithSegments("/_blazor");
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retry))
        {
            http.Response.Headers.RetryAfter = ((int)Math.Ceiling(retry.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        }
        var options = http.RequestServices.GetRequiredService<RequestLimitOptions>();
        await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status429TooManyRequests,
                Title = "Too many requests",
                Detail = circuits
                    ? $"This address has {options.CircuitsPerClient} planner tabs open, the most this server allows; close one and reload."
                    : $"This address sent more than {options.ApiBurst} API requests at once or {options.ApiRequestsPerSecond} per second for a while; retry after the time in Retry-After.",
            },
        });
    }
}
