using System.Text.Json;
using DfxrmViz.Core.Diagnostics;
using DfxrmViz.Core.Planning;
using DfxrmViz.Core.Planning.Json;
using DfxrmViz.Core.Planning.Stages;

namespace DfxrmViz.Web.Api;

/// <summary>Request bodies read strictly through Core's plan readers (so an endpoint and the plan accept the same names and
/// values), and stage problems turned into the endpoint's refusal.</summary>
public static class RequestJson
{
    /// <summary>The body as a JSON object with fields among <paramref name="known"/> (field paths without a prefix).</summary>
    public static async Task<(JsonDocument Doc, JsonFields Fields)> ReadAsync(HttpRequest request, IReadOnlyCollection<string> known)
    {
        ArgumentNullException.ThrowIfNull(request);
        // Sized by Content-Length when given (the body size limit has already bounded it); the document reads the stream's own
        // buffer, which it keeps alive, instead of a copy.
        using var buffer = new MemoryStream(request.ContentLength is > 0 and <= int.MaxValue and var n ? (int)n : 0);
        await request.Body.CopyToAsync(buffer, request.HttpContext.RequestAborted);
        var doc = PlanJson.Parse(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), "");
        try
        {
            return (doc, JsonFields.Of(doc.RootElement, "", known));
        }
        catch
        {
            doc.Dispose();
            throw;
        }
    }

    /// <summary>The body's <c>{ "plan": { … } }</c> (required), read strictly through Core's plan reader.</summary>
    public static async Task<Plan> PlanAsync(HttpRequest request)
    {
        var (doc, f) = await ReadAsync(request, ["plan"]);
        using (doc)
        {
            return f.Get("plan") is { } p ? PlanJson.Read(p, "plan") : throw JsonFields.Error("plan", "is required: { \"plan\": { \"crystal\": … } }.");
        }
    }

    /// <summary>The request's crystal (required), read through the shared cache; a CIF problem is the refusal.</summary>
    public static LoadedCrystal Crystal(PlanPipeline pipeline, JsonFields f)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(f);
        var source = f.Get("crystal") is { } c ? PlanPartsReader.Crystal(c, "crystal")
            : throw JsonFields.Error("crystal", "is required: {\"builtin\": \"LiNbO3\"} or {\"cif\": \"<CIF text>\"}.");
        var plan = PlanValidation.Validated(new Plan { Crystal = source }, "");
        var read = pipeline.Crystal(plan.Crystal);
        return read.Crystal ?? throw Refusal(read.Problem!);
    }

    /// <summary>The value of a stage, or its problem as the endpoint's refusal (field without the <c>plan.</c> prefix).</summary>
    public static T Value<T>(StageResult<T> stage) where T : class
    {
        ArgumentNullException.ThrowIfNull(stage);
        return stage.Value ?? throw Refusal(stage.Problem ?? new InputProblem("body", "Not computed."));
    }

    /// <summary>Throws (400, with line and column) when the plan's CIF or lens text does not read: such a plan is not well-formed.</summary>
    public static void RequireWellFormedTexts(PlanResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        if (results.Crystal.Problem is { } c)
        {
            throw new InputException(c);
        }
        if (results.Lens?.Problem is { } l && (l.Line is not null || l.Field == "plan.lens.text"))
        {
            throw new InputException(l);
        }
    }

    private static InputException Refusal(InputProblem p) =>
        new(p with { Field = p.Field.StartsWith("plan.", StringComparison.Ordinal) ? p.Field[5..] : p.Field });
}
