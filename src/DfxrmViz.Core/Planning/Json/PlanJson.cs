using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using DfxrmViz.Core.Diagnostics;

namespace DfxrmViz.Core.Planning.Json;

/// <summary>The plan as JSON (docs/api.md "The plan"): a strict reader (text → <see cref="Plan"/>, refusals name the JSON
/// path) and the writer of the normalised form (every default filled in, fixed field order). normalise(normalise(p)) =
/// normalise(p), byte for byte.</summary>
public static class PlanJson
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Options for parsing plan JSON: bounded depth, no comments, no trailing commas (strict JSON).</summary>
    public static JsonDocumentOptions DocumentOptions { get; } = new() { MaxDepth = PlanLimits.MaxDepth };

    /// <summary>Reads a plan from JSON text; refusals are <see cref="InputException"/>s naming <c>plan.…</c>.</summary>
    public static Plan Read(string json, string path = "plan")
    {
        ArgumentNullException.ThrowIfNull(json);
        return Read(Encoding.UTF8.GetBytes(json), path);
    }

    /// <summary>Reads a plan from UTF-8 JSON.</summary>
    public static Plan Read(ReadOnlyMemory<byte> utf8, string path = "plan")
    {
        if (utf8.Length > PlanLimits.MaxPlanBytes)
        {
            throw JsonFields.Error(path, $"is {utf8.Length} bytes; at most {PlanLimits.MaxPlanBytes} are accepted.");
        }
        using var doc = Parse(utf8, path);
        return Read(doc.RootElement, path);
    }

    /// <summary>Reads a plan from a parsed JSON value (e.g. the <c>plan</c> field of a request).</summary>
    public static Plan Read(JsonElement element, string path = "plan")
    {
        var f = JsonFields.Of(element, path, PlanFieldNames.All);
        var crystal = f.Get("crystal") is { } c ? PlanPartsReader.Crystal(c, f.PathOf("crystal"))
            : throw JsonFields.Error(f.PathOf("crystal"), "is required: {\"builtin\": \"LiNbO3\"} or {\"cif\": \"<CIF text>\"}.");
        return PlanValidation.Validated(PlanJsonReader.ReadInto(f, new Plan { Crystal = crystal }), path);
    }

    /// <summary>Parses JSON text; a syntax error (including NaN/Infinity literals) names its line and column, a string that cannot
    /// be read (<see cref="JsonStrings"/>) its path.</summary>
    public static JsonDocument Parse(ReadOnlyMemory<byte> utf8, string path)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(utf8, DocumentOptions);
        }
        catch (JsonException ex)
        {
            var line = (int?)ex.LineNumber + 1;
            var column = (int?)ex.BytePositionInLine + 1;
            throw new InputException(new InputProblem(path.Length == 0 ? "body" : path,
                $"is not valid JSON (line {line}, column {column}): {FirstSentence(ex.Message)} NaN and Infinity cannot be written in JSON.",
                line, column));
        }
        try
        {
            JsonStrings.RequireReadable(doc.RootElement, path);
        }
        catch
        {
            doc.Dispose();
            throw;
        }
        return doc;
    }

    /// <summary>The normalised plan JSON as UTF-8.</summary>
    public static byte[] WriteUtf8(Plan plan)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, WriterOptions))
        {
            PlanJsonWriter.Write(w, plan);
        }
        return stream.ToArray();
    }

    /// <summary>The normalised plan JSON text.</summary>
    public static string Write(Plan plan) => Encoding.UTF8.GetString(WriteUtf8(plan));

    /// <summary>Writes the normalised plan into a JSON writer (for responses that embed it).</summary>
    public static void WriteTo(Utf8JsonWriter writer, Plan plan) => PlanJsonWriter.Write(writer, plan);

    /// <summary>The plan as written and read back: every default filled in.</summary>
    public static Plan Normalise(Plan plan) => Read(WriteUtf8(plan));

    /// <summary>Applies an RFC 7386 JSON merge patch to the normalised plan and reads the result (refusals name <c>plan.…</c>).</summary>
    public static Plan ApplyMergePatch(Plan plan, string patchJson)
    {
        var target = JsonNode.Parse(WriteUtf8(plan));
        var patch = JsonNode.Parse(patchJson, documentOptions: DocumentOptions);
        return Read(Merge(target, patch)?.ToJsonString() ?? "null");
    }

    /// <summary>RFC 7386 §2: objects merge member by member, null removes a member, anything else replaces.</summary>
    public static JsonNode? Merge(JsonNode? target, JsonNode? patch)
    {
        if (patch is not JsonObject p)
        {
            return patch?.DeepClone();
        }
        var t = target as JsonObject ?? [];
        foreach (var (name, value) in p)
        {
            if (value is null)
            {
                t.Remove(name);
            }
            else
            {
                var merged = Merge(t[name], value);
                t.Remove(name);
                t[name] = merged;
            }
        }
        return t;
    }

    private static string FirstSentence(string message)
    {
        var i = message.IndexOf(". ", StringComparison.Ordinal);
        return i > 0 ? message[..(i + 1)] : message;
    }
}
