using System.Text.RegularExpressions;

namespace DfxrmViz.Web.Hosting;

/// <summary>Sticky sessions behind a plain reverse proxy: an instance given <c>DfxrmViz:InstanceName</c> names itself in
/// the <c>dfx_instance</c> cookie and the <c>X-Dfx-Instance</c> header; the proxy routes a browser by that cookie to the
/// instance holding its Blazor circuit (deploy/nginx/dfxrmviz.conf.template). A circuit lives in one process, so its
/// negotiate and WebSocket requests must reach the instance that rendered the page.</summary>
public static partial class InstanceAffinity
{
    public const string CookieName = "dfx_instance";
    public const string HeaderName = "X-Dfx-Instance";

    public static WebApplication UseInstanceAffinity(this WebApplication app)
    {
        var name = app.Configuration["DfxrmViz:InstanceName"];
        if (string.IsNullOrEmpty(name))
        {
            return app;
        }
        if (!InstanceNamePattern().IsMatch(name))
        {
            throw new InvalidOperationException(
                $"DfxrmViz:InstanceName '{name}' must be 1–63 letters, digits or '-' (it becomes a cookie value and a proxy route).");
        }
        app.Use((context, next) =>
        {
            context.Response.Headers[HeaderName] = name;
            if (context.Request.Cookies[CookieName] != name)
            {
                // Session cookie: a browser that comes back later is placed afresh, so a removed instance does not strand it.
                context.Response.Cookies.Append(CookieName, name,
                    new CookieOptions { Path = "/", HttpOnly = true, SameSite = SameSiteMode.Lax, Secure = context.Request.IsHttps });
            }
            return next(context);
        });
        return app;
    }

    [GeneratedRegex("^[A-Za-z0-9-]{1,63}$")]
    private static partial Regex InstanceNamePattern();
}
