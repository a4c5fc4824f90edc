using DfxrmViz.Core.Diagnostics;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace DfxrmViz.Web.Api;

/// <summary>Turns exceptions into application/problem+json (docs/api.md "Errors"): Core input problems → 400/422 with the field,
/// line and column; malformed or oversized requests → their 4xx; anything else → a 500 that leaks no internals.</summary>
public sealed class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> log) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken cancellationToken)
    {
        var details = exception switch
        {
            InputException input => ForInput(input.Problem),
            BadHttpRequestException bad => new ProblemDetails
            {
                Status = bad.StatusCode,
                Title = bad.StatusCode == StatusCodes.Status413PayloadTooLarge ? "Request body too large" : "Malformed request",
                Detail = bad.StatusCode == StatusCodes.Status413PayloadTooLarge
                    ? "The request body is larger than this server accepts (5 MB by default)."
                    : (bad.InnerException?.Message ?? bad.Message),
            },
            _ => null,
        };
        if (details is null)
        {
            log.LogError(exception, "Unhandled error on {Path}", http.Request.Path);
            details = new ProblemDetails
            {
                Status = StatusCodes.Status500InternalServerError,
                Title = "Unexpected server error",
                Detail = "The server could not complete this request. Your inputs were not changed.",
            };
        }
        http.Response.StatusCode = details.Status ?? 500;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = details, Exception = exception });
    }

    /// <summary>problem+json for one Core input problem: <c>errors.{field}</c>, plus <c>line</c>/<c>column</c>/<c>tag</c> for file inputs.</summary>
    public static ProblemDetails ForInput(InputProblem p)
    {
        var details = new ProblemDetails
        {
            Status = p.PhysicallyImpossible ? StatusCodes.Status422UnprocessableEntity : StatusCodes.Status400BadRequest,
            Title = p.PhysicallyImpossible ? "Physically impossible request" : "Invalid input",
            Detail = p.Located,
        };
        details.Extensions["errors"] = new Dictionary<string, string[]> { [p.Field] = [p.Message] };
        if (p.Line is int line)
        {
            details.Extensions["line"] = line;
        }
        if (p.Column is int column)
        {
            details.Extensions["column"] = column;
        }
        if (p.Tag is not null)
        {
            details.Extensions["tag"] = p.Tag;
        }
        return details;
    }
}
