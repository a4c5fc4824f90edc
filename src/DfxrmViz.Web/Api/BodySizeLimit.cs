using Microsoft.AspNetCore.Mvc;

namespace DfxrmViz.Web.Api;

/// <summary>Refuses an API request whose declared body is over the limit with 413 problem+json before anything reads it
/// (docs/api.md). Kestrel's MaxRequestBodySize covers bodies without Content-Length as they stream in.</summary>
public static class BodySizeLimit
{
    public static IApplicationBuilder UseApiBodySizeLimit(this IApplicationBuilder app, long maxBytes) => app.Use(async (http, next) =>
    {
        if (http.Request.ContentLength > maxBytes && http.Request.Path.StartsWithSegments("/api"))
        {
            var problems = http.RequestServices.GetRequiredService<IProblemDetailsService>();
            http.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            await problems.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = http,
                ProblemDetails = new ProblemDetails
                {
                    Status = StatusCodes.Status413PayloadTooLarge,
                    Title = "Request body too large",
                    Detail = $"The request body is {http.Request.ContentLength} bytes; this server accepts at most {maxBytes} bytes.",
                },
            });
            return;
        }
        await next(http);
    });
}
